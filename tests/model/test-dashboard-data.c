/* test-dashboard-data.c: the figures behind the meeting dashboards
 *
 * On a hand-built county under 永政办规〔2024〕1号 (window 2024-01-23 to
 * 2025-12-31, recognitions valid 3 years, targets 70 / 30 / 2 by
 * 2025-12-31, the park title at 4 SRDI enterprises and a 20% output share),
 * as of 2025-06-15 (expiring by 2025-12-15) unless a test says otherwise:
 * every count and every sum in fen, the edges of the as-of date, and what
 * changed from 2025-06-15 to 2025-09-30.
 *
 * The county (output is each member's 2024 monitoring record, in yuan):
 *
 *   蓬壶专精特新示范园 (contiguous, demonstration)
 *     A1 永春甲香业    蓬壶镇 香    provincial 2024-05-01; entered 2024-06-01, loan 5,000,000.00 × 9 months; 1,000,000
 *     A2 永春乙香业    蓬壶镇 香    provincial 2022-05-10, re-review 2025-05-10; entered 2024-02-01, rent 30,000.00 × 15; 1,000,000
 *     A3 永春丙机械    蓬壶镇 机械  provincial 2023-02-01, national 2024-03-01; 2,000,000
 *     A4 永春丁茶业    桃城镇 茶    provincial 2022-09-01 (lapses 2025-09-01), no commissioner; 500,000
 *     A5 永春戊建材    蓬壶镇 建材  none; 10,000,000
 *   达埔工业园 (contiguous)
 *     B1–B3 达埔一/二/三号陶瓷 达埔镇 陶瓷 provincial 2024-06-01 / 07-01 / 08-01 (B3 no commissioner);
 *           B2 re-reviewed 2025-08-15; 1,000,000 each
 *     B4 达埔四号陶瓷  达埔镇 陶瓷  innovative 2022-12-15, provincial 2025-09-30; 1,000,000
 *     B5 达埔五号鞋业  达埔镇 鞋    none; 12,000,000
 *   一都园 (not contiguous)
 *     C1 一都茶厂      一都镇 茶    none; 300,000
 *     C2 一都新茶厂    一都镇 茶    none; enters on 2025-07-01
 *   no park
 *     D1 桃城庚电子    桃城镇 电子  innovative 2025-06-15 (the as-of date itself)
 *     D2 桃城辛电子    桃城镇 电子  innovative 2022-12-15 (lapses 2025-12-15: exactly 6 months on)
 *     D3 桃城壬电子    桃城镇 电子  innovative 2022-12-16 (lapses a day later)
 *     D4 五里街癸纺织  五里街镇 纺织 innovative 2021-01-01 (lapsed), key target
 *     D5 无乡镇企业    (none)  —    innovative 2024-10-10, key target, recommended
 *
 * The ledger: synced on 2025-03-01 (as of then), again on 2025-08-01 and
 * 2025-08-02 (as of 2025-09-30, the loan's principal raised in between).
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/zjtx-evaluator.h"
#include "model/zjtx-dashboard-data.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-housing-loan.h"
#include "model/zjtx-ledger.h"
#include "model/zjtx-monitoring-record.h"
#include "model/zjtx-park.h"
#include "model/zjtx-person.h"
#include "model/zjtx-pool-query.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-rent.h"
#include "model/zjtx-store.h"
#include "model-test-util.h"

#define AS_OF "2025-06-15"

static char *dir;
static ZjtxStore *store;
static gint64 commissioner;
static gint64 park_p1, park_p2, park_p3;

static void
save (gpointer record)
{
  model_test_save (store, record);
}

static gint64
query (const char *sql)
{
  return model_test_query_int (store, sql);
}

static gint64
add_park (const char *name,
          const char *township,
          gboolean    contiguous,
          gboolean    demonstration)
{
  g_autoptr(ZjtxPark) park = zjtx_park_new ();

  zjtx_park_set_name (park, name);
  zjtx_park_set_township (park, township);
  zjtx_park_set_contiguous (park, contiguous);
  zjtx_park_set_demonstration (park, demonstration);
  save (park);
  return zjtx_record_get_id (ZJTX_RECORD (park));
}

/* An enterprise with its 2024 output (yuan, 0: no record). */
static gint64
add_enterprise (const char *name,
                const char *township,
                const char *industry,
                gint64      park,
                const char *entry,
                gboolean    with_commissioner,
                gint64      output_yuan)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  gint64 id;

  zjtx_enterprise_set_name (e, name);
  if (township != NULL)
    zjtx_enterprise_set_township (e, township);
  zjtx_enterprise_set_industry (e, industry);
  zjtx_enterprise_set_park_id (e, park);
  if (entry != NULL)
    zjtx_enterprise_set_park_entry_date (e, entry);
  if (with_commissioner)
    zjtx_enterprise_set_commissioner_id (e, commissioner);
  save (e);
  id = zjtx_record_get_id (ZJTX_RECORD (e));

  if (output_yuan > 0)
    {
      g_autoptr(ZjtxMonitoringRecord) m = zjtx_monitoring_record_new ();

      zjtx_monitoring_record_set_enterprise_id (m, id);
      zjtx_monitoring_record_set_period (m, "2024");
      zjtx_monitoring_record_set_output (m, output_yuan * 100);
      save (m);
    }
  return id;
}

static void
set_flags (gint64   id,
           gboolean key_target,
           gboolean recommended)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxEnterprise) e = zjtx_store_load (store, ZJTX_TYPE_ENTERPRISE, id, &error);

  g_assert_no_error (error);
  zjtx_enterprise_set_key_target (e, key_target);
  zjtx_enterprise_set_recommended (e, recommended);
  save (e);
}

static void
recognise (gint64      enterprise,
           const char *tier,
           const char *on,
           gboolean    review)
{
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

  zjtx_recognition_set_enterprise_id (r, enterprise);
  zjtx_recognition_set_tier (r, tier);
  zjtx_recognition_set_date (r, on);
  zjtx_recognition_set_review (r, review);
  save (r);
}

static void
sync_ledger (const char *as_of,
             const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = zjtx_ledger_sync (store, model_test_date (as_of), model_test_date (today), FALSE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);
}

/* The award of @kind to the enterprise named @name. */
static gint64
award (const char *name,
       const char *kind)
{
  g_autofree char *sql = g_strdup_printf ("SELECT a.id FROM award a JOIN enterprise e ON e.id = a.enterprise_id "
                                          "WHERE e.name = '%s' AND a.kind = '%s'", name, kind);
  gint64 id = query (sql);

  g_assert_cmpint (id, >, 0);
  return id;
}

static void
approve (const char *name,
         const char *kind,
         const char *on)
{
  g_autoptr(GError) error = NULL;
  gint64 id = award (name, kind);

  g_assert_true (zjtx_ledger_approve (store, &id, 1, model_test_date (on), &error));
  g_assert_no_error (error);
}

static void
pay (const char *name,
     const char *kind,
     const char *on)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_ledger_pay (store, award (name, kind), model_test_date (on), "记账凭证", &error));
  g_assert_no_error (error);
}

static void
reject (const char *name,
        const char *kind,
        const char *on)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_ledger_reject (store, award (name, kind), model_test_date (on), "材料不全", &error));
  g_assert_no_error (error);
}

static void
build_county (void)
{
  g_autoptr(ZjtxPerson) person = zjtx_person_new ();
  g_autoptr(ZjtxHousingLoan) loan = zjtx_housing_loan_new ();
  g_autoptr(ZjtxRent) rent = zjtx_rent_new ();
  gint64 a1, a2, a3, a4, b1, b2, b3, b4, d1, d2, d3, d4, d5;

  zjtx_person_set_name (person, "林专员");
  save (person);
  commissioner = zjtx_record_get_id (ZJTX_RECORD (person));

  park_p1 = add_park ("蓬壶专精特新示范园", "蓬壶镇", TRUE, TRUE);
  park_p2 = add_park ("达埔工业园", "达埔镇", TRUE, FALSE);
  park_p3 = add_park ("一都园", "一都镇", FALSE, FALSE);

  a1 = add_enterprise ("永春甲香业", "蓬壶镇", "香", park_p1, "2024-06-01", TRUE, 1000000);
  a2 = add_enterprise ("永春乙香业", "蓬壶镇", "香", park_p1, "2024-02-01", TRUE, 1000000);
  a3 = add_enterprise ("永春丙机械", "蓬壶镇", "机械", park_p1, NULL, TRUE, 2000000);
  a4 = add_enterprise ("永春丁茶业", "桃城镇", "茶", park_p1, NULL, FALSE, 500000);
  add_enterprise ("永春戊建材", "蓬壶镇", "建材", park_p1, NULL, FALSE, 10000000);
  b1 = add_enterprise ("达埔一号陶瓷", "达埔镇", "陶瓷", park_p2, NULL, TRUE, 1000000);
  b2 = add_enterprise ("达埔二号陶瓷", "达埔镇", "陶瓷", park_p2, NULL, TRUE, 1000000);
  b3 = add_enterprise ("达埔三号陶瓷", "达埔镇", "陶瓷", park_p2, NULL, FALSE, 1000000);
  b4 = add_enterprise ("达埔四号陶瓷", "达埔镇", "陶瓷", park_p2, NULL, TRUE, 1000000);
  add_enterprise ("达埔五号鞋业", "达埔镇", "鞋", park_p2, NULL, FALSE, 12000000);
  add_enterprise ("一都茶厂", "一都镇", "茶", park_p3, NULL, FALSE, 300000);
  add_enterprise ("一都新茶厂", "一都镇", "茶", park_p3, "2025-07-01", FALSE, 0);
  d1 = add_enterprise ("桃城庚电子", "桃城镇", "电子", 0, NULL, FALSE, 0);
  d2 = add_enterprise ("桃城辛电子", "桃城镇", "电子", 0, NULL, FALSE, 0);
  d3 = add_enterprise ("桃城壬电子", "桃城镇", "电子", 0, NULL, FALSE, 0);
  d4 = add_enterprise ("五里街癸纺织", "五里街镇", "纺织", 0, NULL, FALSE, 0);
  d5 = add_enterprise ("无乡镇企业", NULL, "", 0, NULL, FALSE, 0);
  set_flags (d4, TRUE, FALSE);
  set_flags (d5, TRUE, TRUE);

  recognise (a1, "provincial", "2024-05-01", FALSE);
  recognise (a2, "provincial", "2022-05-10", FALSE);
  recognise (a2, "provincial", "2025-05-10", TRUE);
  recognise (a3, "provincial", "2023-02-01", FALSE);
  recognise (a3, "national", "2024-03-01", FALSE);
  recognise (a4, "provincial", "2022-09-01", FALSE);
  recognise (b1, "provincial", "2024-06-01", FALSE);
  recognise (b2, "provincial", "2024-07-01", FALSE);
  recognise (b2, "provincial", "2025-08-15", TRUE);
  recognise (b3, "provincial", "2024-08-01", FALSE);
  recognise (b4, "innovative", "2022-12-15", FALSE);
  recognise (b4, "provincial", "2025-09-30", FALSE);
  recognise (d1, "innovative", AS_OF, FALSE);
  recognise (d2, "innovative", "2022-12-15", FALSE);
  recognise (d3, "innovative", "2022-12-16", FALSE);
  recognise (d4, "innovative", "2021-01-01", FALSE);
  recognise (d5, "innovative", "2024-10-10", FALSE);

  /* 5,000,000.00 × 1% × 9/12 = 37,500.00; 30,000.00 × 20% × 12 = 72,000.00 */
  zjtx_housing_loan_set_enterprise_id (loan, a1);
  zjtx_housing_loan_set_principal (loan, 500000000);
  zjtx_housing_loan_set_term_months (loan, 9);
  save (loan);
  zjtx_rent_set_enterprise_id (rent, a2);
  zjtx_rent_set_monthly (rent, 3000000);
  zjtx_rent_set_months (rent, 15);
  save (rent);

  /* Proposed on 2025-03-01: D5's innovative, A1 B1 B2 B3's provincial, A3's
   * national, A1's loan and A2's rent subsidy. */
  sync_ledger ("2025-03-01", "2025-03-01");
  g_assert_cmpint (query ("SELECT count (*) FROM award"), ==, 8);
  approve ("永春甲香业", "recognition_provincial", "2025-04-01");
  approve ("永春丙机械", "recognition_national", "2025-04-01");
  approve ("永春甲香业", "loan_interest_subsidy", "2025-04-01");
  approve ("达埔一号陶瓷", "recognition_provincial", "2025-04-01");
  approve ("永春乙香业", "rent_subsidy", "2025-04-01");
  reject ("达埔二号陶瓷", "recognition_provincial", "2025-05-01");
  pay ("永春甲香业", "recognition_provincial", "2025-05-10");
  pay ("永春甲香业", "loan_interest_subsidy", AS_OF);
  approve ("无乡镇企业", "recognition_innovative", "2025-06-20");
  reject ("永春乙香业", "rent_subsidy", "2025-06-30");
  pay ("永春丙机械", "recognition_national", "2025-07-20");

  /* Proposed on 2025-08-01: D1's innovative, B4's provincial. */
  sync_ledger ("2025-09-30", "2025-08-01");
  g_assert_cmpint (query ("SELECT count (*) FROM award"), ==, 10);

  /* The paid loan subsidy's basis changes: flagged, not changed. */
  zjtx_housing_loan_set_principal (loan, 600000000);
  save (loan);
  sync_ledger ("2025-09-30", "2025-08-02");
  g_assert_cmpint (query ("SELECT count (*) FROM award WHERE basis_changed"), ==, 1);
}

/* Enterprises */

static ZjtxEnterpriseDashboard *
enterprises (const char *as_of)
{
  g_autoptr(GError) error = NULL;
  ZjtxEnterpriseDashboard *d = zjtx_enterprise_dashboard_load (store, model_test_date (as_of), &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

static void
assert_counts (const int  counts[ZJTX_N_TIERS],
               int        reserve,
               int        innovative,
               int        provincial,
               int        national)
{
  g_assert_cmpint (counts[ZJTX_TIER_NONE], ==, reserve);
  g_assert_cmpint (counts[ZJTX_TIER_INNOVATIVE], ==, innovative);
  g_assert_cmpint (counts[ZJTX_TIER_PROVINCIAL], ==, provincial);
  g_assert_cmpint (counts[ZJTX_TIER_NATIONAL], ==, national);
}

static void
assert_target (const ZjtxDashboardTarget *t,
               ZjtxTier                   tier,
               int                        goal,
               int                        cumulative,
               int                        holding,
               int                        days_left)
{
  g_assert_cmpint (t->tier, ==, tier);
  g_assert_cmpint (t->goal, ==, goal);
  g_assert_cmpint (t->cumulative, ==, cumulative);
  g_assert_cmpint (t->holding, ==, holding);
  g_assert_cmpint (t->gap, ==, MAX (goal - cumulative, 0));
  g_assert_cmpuint (t->deadline, ==, model_test_date ("2025-12-31"));
  g_assert_cmpint (t->days_left, ==, days_left);
}

static ZjtxDashboardGroup *
group (GPtrArray *groups,
       guint      index,
       const char *key)
{
  ZjtxDashboardGroup *g;

  g_assert_cmpuint (index, <, groups->len);
  g = g_ptr_array_index (groups, index);
  g_assert_cmpstr (g->key, ==, key);
  return g;
}

/* The targets, the pyramid and the groups on 2025-06-15. */
static void
test_enterprise_figures (void)
{
  g_autoptr(ZjtxEnterpriseDashboard) d = enterprises (AS_OF);
  static const char * const county[] = {
    "桃城镇", "五里街镇", "一都镇", "下洋镇", "蓬壶镇", "达埔镇", "吾峰镇", "石鼓镇", "岵山镇", "东平镇", "湖洋镇",
    "坑仔口镇", "玉斗镇", "锦斗镇", "东关镇", "桂洋镇", "苏坑镇", "仙夹镇", "横口乡", "呈祥乡", "介福乡", "外山乡",
  };
  static const char * const industries[] = { "陶瓷", "香", "茶", "机械", "电子", "", "建材", "纺织", "鞋" };

  g_assert_cmpuint (d->as_of, ==, model_test_date (AS_OF));
  g_assert_cmpstr (d->policy_id, ==, "yongchun-2024-1");

  /* 199 days from 2025-06-15 to 2025-12-31. Innovative first
   * recognitions: B4 D2 D3 D4 D5 and D1 on the day itself; provincial:
   * A1 A2 A3 A4 B1 B2 B3 (B4's is later); national: A3. Holding: A3
   * holds provincial and national, A2 by its re-review. */
  assert_target (&d->targets[0], ZJTX_TIER_INNOVATIVE, 70, 6, 5, 199);
  assert_target (&d->targets[1], ZJTX_TIER_PROVINCIAL, 30, 7, 7, 199);
  assert_target (&d->targets[2], ZJTX_TIER_NATIONAL, 2, 1, 1, 199);
  g_assert_cmpint (d->targets[0].gap, ==, 64);
  g_assert_cmpint (d->targets[1].gap, ==, 23);
  g_assert_cmpint (d->targets[2].gap, ==, 1);

  /* The pyramid: reserve A5 B5 C1 C2 D4; innovative B4 D1 D2 D3 D5;
   * provincial A1 A2 A4 B1 B2 B3; national A3. */
  g_assert_cmpint (d->pool, ==, 17);
  assert_counts (d->tiers, 5, 5, 6, 1);

  g_assert_cmpuint (d->first_by_year->len, ==, 5);
  g_assert_cmpint (group (d->first_by_year, 0, "2021")->year, ==, 2021);
  assert_counts (group (d->first_by_year, 0, "2021")->counts, 0, 1, 0, 0);
  assert_counts (group (d->first_by_year, 1, "2022")->counts, 0, 3, 2, 0);
  assert_counts (group (d->first_by_year, 2, "2023")->counts, 0, 0, 1, 0);
  assert_counts (group (d->first_by_year, 3, "2024")->counts, 0, 1, 4, 1);
  assert_counts (group (d->first_by_year, 4, "2025")->counts, 0, 1, 0, 0);

  /* All 22 townships in the county's order, then "" for D5. */
  g_assert_cmpuint (d->by_township->len, ==, G_N_ELEMENTS (county) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (county); i++)
    {
      ZjtxDashboardGroup *g = group (d->by_township, i, county[i]);

      g_assert_cmpint (g->year, ==, 0);
      if (i != 0 && i != 1 && i != 2 && i != 4 && i != 5)
        assert_counts (g->counts, 0, 0, 0, 0);
    }
  assert_counts (group (d->by_township, 0, "桃城镇")->counts, 0, 3, 1, 0);
  assert_counts (group (d->by_township, 1, "五里街镇")->counts, 1, 0, 0, 0);
  assert_counts (group (d->by_township, 2, "一都镇")->counts, 2, 0, 0, 0);
  assert_counts (group (d->by_township, 4, "蓬壶镇")->counts, 1, 0, 2, 1);
  assert_counts (group (d->by_township, 5, "达埔镇")->counts, 1, 1, 3, 0);
  assert_counts (group (d->by_township, 22, "")->counts, 0, 1, 0, 0);

  /* Provincial or higher first (陶瓷 3, 香 2, then 茶 and 机械 with 1: 茶
   * has more in all), then innovative, then all, then by name. */
  g_assert_cmpuint (d->by_industry->len, ==, G_N_ELEMENTS (industries));
  for (guint i = 0; i < G_N_ELEMENTS (industries); i++)
    group (d->by_industry, i, industries[i]);
  assert_counts (group (d->by_industry, 0, "陶瓷")->counts, 0, 1, 3, 0);
  assert_counts (group (d->by_industry, 1, "香")->counts, 0, 0, 2, 0);
  assert_counts (group (d->by_industry, 2, "茶")->counts, 2, 0, 1, 0);
  assert_counts (group (d->by_industry, 3, "机械")->counts, 0, 0, 0, 1);
  assert_counts (group (d->by_industry, 4, "电子")->counts, 0, 3, 0, 0);
  assert_counts (group (d->by_industry, 5, "")->counts, 0, 1, 0, 0);
  assert_counts (group (d->by_industry, 6, "建材")->counts, 1, 0, 0, 0);

  g_assert_cmpint (d->n_key_targets, ==, 2);
  g_assert_cmpint (d->n_recommended, ==, 1);
}

/* Lapsing by 2025-12-15: A4 (2025-09-01) and D2 (exactly on 2025-12-15);
 * not D3 (a day later) nor B4, whose provincial recognition of 2025-09-30
 * is already recorded. As ZjtxPoolQuery's expiring filter says. */
static void
test_expiring_and_follow_up (void)
{
  g_autoptr(ZjtxEnterpriseDashboard) d = enterprises (AS_OF);
  g_autoptr(ZjtxPoolQuery) q = zjtx_pool_query_new (model_test_date (AS_OF));
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxDashboardEnterprise *e;
  guint total = 0;

  g_assert_cmpint (d->n_expiring, ==, 2);
  g_assert_cmpuint (d->expiring->len, ==, 2);
  e = g_ptr_array_index (d->expiring, 0);
  g_assert_cmpstr (e->name, ==, "永春丁茶业");
  g_assert_cmpstr (e->township, ==, "桃城镇");
  g_assert_cmpint (e->tier, ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpuint (e->until, ==, model_test_date ("2025-09-01"));
  e = g_ptr_array_index (d->expiring, 1);
  g_assert_cmpstr (e->name, ==, "桃城辛电子");
  g_assert_cmpint (e->tier, ==, ZJTX_TIER_INNOVATIVE);
  g_assert_cmpuint (e->until, ==, model_test_date ("2025-12-15"));

  zjtx_pool_query_set_expiring_by (q, zjtx_date_add_months (model_test_date (AS_OF), 6));
  rows = zjtx_pool_query_run (q, store, 0, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (total, ==, 2);

  /* Provincial or higher without a commissioner, by name. */
  g_assert_cmpint (d->n_no_commissioner, ==, 2);
  g_assert_cmpuint (d->no_commissioner->len, ==, 2);
  e = g_ptr_array_index (d->no_commissioner, 0);
  g_assert_cmpstr (e->name, ==, "永春丁茶业");
  g_assert_cmpint (e->tier, ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpuint (e->until, ==, ZJTX_DATE_NONE);
  e = g_ptr_array_index (d->no_commissioner, 1);
  g_assert_cmpstr (e->name, ==, "达埔三号陶瓷");
  g_assert_cmpstr (e->township, ==, "达埔镇");

  /* On 2025-09-01 A4's tier has lapsed (its last day was 08-31); by
   * 2026-03-01 D2 and D3 lapse, not A3, whose national tier lasts. */
  {
    g_autoptr(ZjtxEnterpriseDashboard) later = enterprises ("2025-09-01");

    g_assert_cmpint (later->n_expiring, ==, 2);
    e = g_ptr_array_index (later->expiring, 0);
    g_assert_cmpstr (e->name, ==, "桃城辛电子");
    g_assert_cmpuint (e->until, ==, model_test_date ("2025-12-15"));
    e = g_ptr_array_index (later->expiring, 1);
    g_assert_cmpstr (e->name, ==, "桃城壬电子");
    g_assert_cmpuint (e->until, ==, model_test_date ("2025-12-16"));
    g_assert_cmpint (later->n_no_commissioner, ==, 1);
    assert_counts (later->tiers, 6, 5, 5, 1);
  }
}

/* A recognition dated on the as-of date counts; the day before it does not. */
static void
test_as_of_edge (void)
{
  g_autoptr(ZjtxEnterpriseDashboard) on = enterprises (AS_OF);
  g_autoptr(ZjtxEnterpriseDashboard) before = enterprises ("2025-06-14");

  g_assert_cmpint (on->targets[0].cumulative, ==, 6);
  g_assert_cmpint (on->targets[0].holding, ==, 5);
  g_assert_cmpint (on->tiers[ZJTX_TIER_INNOVATIVE], ==, 5);

  g_assert_cmpint (before->targets[0].cumulative, ==, 5);
  g_assert_cmpint (before->targets[0].holding, ==, 4);
  g_assert_cmpint (before->targets[0].days_left, ==, 200);
  assert_counts (before->tiers, 6, 4, 6, 1);
  g_assert_cmpuint (before->first_by_year->len, ==, 4);
  assert_counts (group (before->by_township, 0, "桃城镇")->counts, 1, 2, 1, 0);
}

/* The SQL mirror agrees with the core: the targets as zjtx_evaluate ()
 * counts them on the whole county's facts, on a few dates. */
static void
test_targets_agree_with_evaluator (void)
{
  static const char * const dates[] = { "2021-06-01", "2024-01-01", AS_OF, "2025-09-01", "2025-12-31", "2026-06-30" };
  g_autoptr(ZjtxPolicySet) policies = zjtx_store_load_policies (store, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
    {
      g_autoptr(ZjtxEnterpriseDashboard) d = enterprises (dates[k]);
      g_autoptr(ZjtxFacts) facts = zjtx_store_build_facts (store, model_test_date (dates[k]), NULL);
      g_autoptr(ZjtxEvaluation) eval = zjtx_evaluate (facts, policies, model_test_date (dates[k]));
      guint checked = 0;

      for (guint i = 0; i < eval->targets->len; i++)
        {
          const ZjtxTargetProgress *t = &g_array_index (eval->targets, ZjtxTargetProgress, i);

          if (!g_str_equal (t->policy->id, d->policy_id))
            continue;
          g_assert_cmpint (d->targets[t->tier - 1].cumulative, ==, t->cumulative);
          g_assert_cmpint (d->targets[t->tier - 1].holding, ==, t->holding);
          checked++;
        }
      g_assert_cmpuint (checked, ==, 3);
    }
}

/* Parks */

static ZjtxParkDashboard *
parks (const char *as_of)
{
  g_autoptr(GError) error = NULL;
  ZjtxParkDashboard *d = zjtx_park_dashboard_load (store, model_test_date (as_of), &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

static void
test_park_figures (void)
{
  g_autoptr(ZjtxParkDashboard) d = parks (AS_OF);
  ZjtxParkFigures *p;

  g_assert_cmpuint (d->parks->len, ==, 3);
  g_assert_cmpint (d->n_title, ==, 1);

  /* 4 SRDI (A1–A4); 4,500,000 of 14,500,000 = 31.03%. */
  p = g_ptr_array_index (d->parks, 0);
  g_assert_cmpint (p->id, ==, park_p1);
  g_assert_cmpstr (p->name, ==, "蓬壶专精特新示范园");
  g_assert_true (p->title);
  g_assert_true (p->demonstration);
  g_assert_true (p->contiguous);
  g_assert_cmpint (p->members, ==, 5);
  assert_counts (p->tiers, 1, 0, 3, 1);
  g_assert_cmpint (p->srdi_count, ==, 4);
  g_assert_cmpint (p->srdi_required, ==, 4);
  g_assert_cmpint (p->tiered_output, ==, 450000000);
  g_assert_cmpint (p->total_output, ==, 1450000000);
  g_assert_cmpint (p->share_ppm, ==, 310345);
  g_assert_cmpint (p->share_required_ppm, ==, 200000);
  g_assert_true (p->met[0] && p->met[1] && p->met[2]);
  g_assert_cmpstr (p->criteria[0], ==, "4 SRDI enterprises, at least 4 needed");
  g_assert_cmpstr (p->criteria[1], ==, "output share 31.03% (4,500,000.00 of 14,500,000.00), at least 20% needed");
  g_assert_cmpstr (p->criteria[2], ==, "the park is contiguous");
  g_assert_null (p->shortfall);
  /* 四（二）: A1's loan subsidy paid on the day; A2's rent subsidy approved
   * then (rejected only on 2025-06-30). */
  g_assert_cmpint (p->support_paid, ==, 3750000);
  g_assert_cmpint (p->support_committed, ==, 3750000 + 7200000);

  /* 3 SRDI (B1–B3; B4 is innovative); 4,000,000 of 16,000,000 = 25%. */
  p = g_ptr_array_index (d->parks, 1);
  g_assert_cmpint (p->id, ==, park_p2);
  g_assert_false (p->title);
  g_assert_false (p->demonstration);
  g_assert_cmpint (p->members, ==, 5);
  assert_counts (p->tiers, 1, 1, 3, 0);
  g_assert_cmpint (p->srdi_count, ==, 3);
  g_assert_cmpint (p->tiered_output, ==, 400000000);
  g_assert_cmpint (p->total_output, ==, 1600000000);
  g_assert_cmpint (p->share_ppm, ==, 250000);
  g_assert_false (p->met[0]);
  g_assert_true (p->met[1] && p->met[2]);
  g_assert_cmpstr (p->criteria[0], ==, "3 of 4 SRDI enterprises; needs 1 more");
  g_assert_cmpstr (p->shortfall, ==, "Short of the title: 1 more SRDI enterprise.");
  g_assert_cmpint (p->support_paid, ==, 0);
  g_assert_cmpint (p->support_committed, ==, 0);

  /* Nothing met; C2 not in it yet. */
  p = g_ptr_array_index (d->parks, 2);
  g_assert_cmpint (p->id, ==, park_p3);
  g_assert_false (p->title);
  g_assert_false (p->contiguous);
  g_assert_cmpint (p->members, ==, 1);
  assert_counts (p->tiers, 1, 0, 0, 0);
  g_assert_cmpint (p->total_output, ==, 30000000);
  g_assert_cmpint (p->share_ppm, ==, 0);
  g_assert_true (!p->met[0] && !p->met[1] && !p->met[2]);
  g_assert_cmpstr (p->criteria[2], ==, "the park is not contiguous");
  g_assert_cmpstr (p->shortfall, ==,
                   "Short of the title: 4 more SRDI enterprises; an output share of 20% (now 0%); a contiguous site.");

  g_assert_cmpint (d->support_paid, ==, 3750000);
  g_assert_cmpint (d->support_committed, ==, 10950000);

  /* C2 is a member from its entry date on. */
  {
    g_autoptr(ZjtxParkDashboard) entered = parks ("2025-07-01");
    g_autoptr(ZjtxParkDashboard) not_yet = parks ("2025-06-30");

    p = g_ptr_array_index (entered->parks, 2);
    g_assert_cmpint (p->id, ==, park_p3);
    g_assert_cmpint (p->members, ==, 2);
    assert_counts (p->tiers, 2, 0, 0, 0);
    p = g_ptr_array_index (not_yet->parks, 2);
    g_assert_cmpint (p->members, ==, 1);
    assert_counts (p->tiers, 1, 0, 0, 0);
  }
}

static ZjtxFen
support_total (ZjtxEvaluation *eval)
{
  ZjtxFen total = 0;

  for (guint i = 0; i < eval->awards->len; i++)
    {
      const ZjtxAward *a = &g_array_index (eval->awards, ZjtxAward, i);

      if (a->kind == ZJTX_AWARD_LOAN_INTEREST_SUBSIDY || a->kind == ZJTX_AWARD_RENT_SUBSIDY ||
          a->kind == ZJTX_AWARD_PRODUCTION_REWARD)
        total += a->amount;
    }
  return total;
}

/* The verdicts from the parks' own facts are the evaluator's on the whole
 * county's. */
static void
test_park_facts_agree (void)
{
  static const char * const dates[] = { "2024-01-01", AS_OF, "2025-09-30" };
  g_autoptr(ZjtxPolicySet) policies = zjtx_store_load_policies (store, NULL);

  for (guint k = 0; k < G_N_ELEMENTS (dates); k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(ZjtxFacts) all = zjtx_store_build_facts (store, model_test_date (dates[k]), &error);
      g_autoptr(ZjtxFacts) in_parks = zjtx_store_build_park_facts (store, model_test_date (dates[k]), &error);
      g_autoptr(ZjtxEvaluation) a = NULL;
      g_autoptr(ZjtxEvaluation) b = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (all->enterprises->len, ==, 17);
      g_assert_cmpuint (in_parks->enterprises->len, ==, 12);
      a = zjtx_evaluate (all, policies, model_test_date (dates[k]));
      b = zjtx_evaluate (in_parks, policies, model_test_date (dates[k]));
      g_assert_cmpuint (a->parks->len, ==, 3);
      g_assert_cmpuint (b->parks->len, ==, 3);
      for (guint i = 0; i < a->parks->len; i++)
        {
          const ZjtxParkVerdict *x = &g_array_index (a->parks, ZjtxParkVerdict, i);
          const ZjtxParkVerdict *y = &g_array_index (b->parks, ZjtxParkVerdict, i);

          g_assert_cmpstr (x->park, ==, y->park);
          g_assert_cmpint (x->title, ==, y->title);
          g_assert_cmpint (x->members, ==, y->members);
          g_assert_cmpint (x->srdi_count, ==, y->srdi_count);
          g_assert_cmpint (x->tiered_output, ==, y->tiered_output);
          g_assert_cmpint (x->total_output, ==, y->total_output);
        }
      /* Park support, which needs the members' loans and rents, too. */
      g_assert_cmpint (support_total (a), ==, support_total (b));
      /* A1's loan as it stands now (6,000,000.00: 45,000.00) and A2's rent. */
      g_assert_cmpint (support_total (a), ==, k == 0 ? 0 : 4500000 + 7200000);
    }
}

/* Rewards */

static ZjtxRewardDashboard *
rewards (const char *as_of)
{
  g_autoptr(GError) error = NULL;
  ZjtxRewardDashboard *d = zjtx_reward_dashboard_load (store, model_test_date (as_of), &error);

  g_assert_no_error (error);
  g_assert_nonnull (d);
  return d;
}

static void
assert_sum (const ZjtxAwardSum *sum,
            const char         *key,
            const char         *key2,
            guint               n_proposed,
            ZjtxFen             proposed,
            guint               n_approved,
            ZjtxFen             approved,
            guint               n_paid,
            ZjtxFen             paid)
{
  g_assert_cmpstr (sum->key, ==, key);
  g_assert_cmpstr (sum->key2, ==, key2);
  g_assert_cmpuint (sum->n_proposed, ==, n_proposed);
  g_assert_cmpint (sum->proposed, ==, proposed);
  g_assert_cmpuint (sum->n_approved, ==, n_approved);
  g_assert_cmpint (sum->approved, ==, approved);
  g_assert_cmpuint (sum->n_paid, ==, n_paid);
  g_assert_cmpint (sum->paid, ==, paid);
  g_assert_cmpuint (sum->n_rejected, ==, 0);
  g_assert_cmpint (sum->rejected, ==, 0);
}

/* On 2025-06-15: paid A1's provincial (2025-05-10) and loan subsidy (on the
 * day); approved B1's provincial, A3's national (paid only on 07-20) and
 * A2's rent subsidy (rejected only on 06-30); proposed B3's provincial and
 * D5's innovative (approved on 06-20); B2's provincial rejected on 05-01
 * and the proposals of 2025-08-01 left out. */
static void
test_reward_figures (void)
{
  g_autoptr(ZjtxRewardDashboard) d = rewards (AS_OF);
  g_autofree char *loan_year = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                query ("SELECT CAST (substr (event_date, 1, 4) AS INTEGER) FROM award "
                                                       "WHERE kind = 'loan_interest_subsidy'"));
  g_autofree char *rent_year = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                query ("SELECT CAST (substr (event_date, 1, 4) AS INTEGER) FROM award "
                                                       "WHERE kind = 'rent_subsidy'"));
  ZjtxAwardSum *sum;

  g_assert_cmpuint (d->as_of, ==, model_test_date (AS_OF));
  assert_sum (d->total, "", "", 2, 11000000, 3, 67200000, 2, 13750000);
  g_assert_cmpuint (d->n_waiting, ==, 2);
  g_assert_cmpint (d->waiting, ==, 11000000);
  /* The loan subsidy's basis changed after it was paid. */
  g_assert_cmpuint (d->n_flagged, ==, 1);

  g_assert_cmpuint (d->by_kind_year->len, ==, 5);
  assert_sum (g_ptr_array_index (d->by_kind_year, 0), "loan_interest_subsidy", loan_year, 0, 0, 0, 0, 1, 3750000);
  assert_sum (g_ptr_array_index (d->by_kind_year, 1), "recognition_innovative", "2024", 1, 1000000, 0, 0, 0, 0);
  assert_sum (g_ptr_array_index (d->by_kind_year, 2), "recognition_national", "2024", 0, 0, 1, 50000000, 0, 0);
  assert_sum (g_ptr_array_index (d->by_kind_year, 3), "recognition_provincial", "2024",
              1, 10000000, 1, 10000000, 1, 10000000);
  assert_sum (g_ptr_array_index (d->by_kind_year, 4), "rent_subsidy", rent_year, 0, 0, 1, 7200000, 0, 0);

  /* Every township, then "" for D5. */
  g_assert_cmpuint (d->by_township->len, ==, 23);
  assert_sum (g_ptr_array_index (d->by_township, 0), "桃城镇", "", 0, 0, 0, 0, 0, 0);
  assert_sum (g_ptr_array_index (d->by_township, 4), "蓬壶镇", "", 0, 0, 2, 57200000, 2, 13750000);
  assert_sum (g_ptr_array_index (d->by_township, 5), "达埔镇", "", 1, 10000000, 1, 10000000, 0, 0);
  assert_sum (g_ptr_array_index (d->by_township, 21), "外山乡", "", 0, 0, 0, 0, 0, 0);
  assert_sum (g_ptr_array_index (d->by_township, 22), "", "", 1, 1000000, 0, 0, 0, 0);

  /* Largest committed first, then proposals by amount. */
  g_assert_cmpuint (d->top_recipients->len, ==, 6);
  assert_sum (g_ptr_array_index (d->top_recipients, 0), "永春丙机械", "", 0, 0, 1, 50000000, 0, 0);
  assert_sum (g_ptr_array_index (d->top_recipients, 1), "永春甲香业", "", 0, 0, 0, 0, 2, 13750000);
  assert_sum (g_ptr_array_index (d->top_recipients, 2), "达埔一号陶瓷", "", 0, 0, 1, 10000000, 0, 0);
  assert_sum (g_ptr_array_index (d->top_recipients, 3), "永春乙香业", "", 0, 0, 1, 7200000, 0, 0);
  assert_sum (g_ptr_array_index (d->top_recipients, 4), "达埔三号陶瓷", "", 1, 10000000, 0, 0, 0, 0);
  sum = g_ptr_array_index (d->top_recipients, 5);
  assert_sum (sum, "无乡镇企业", "", 1, 1000000, 0, 0, 0, 0);
}

/* Before anything was approved, all eight proposals wait (B2's too: it was
 * rejected later); before the first sync, nothing. */
static void
test_reward_status_as_of (void)
{
  g_autoptr(ZjtxRewardDashboard) before_approval = rewards ("2025-03-31");
  g_autoptr(ZjtxRewardDashboard) before_sync = rewards ("2025-02-28");
  g_autoptr(ZjtxRewardDashboard) later = rewards ("2025-09-30");

  assert_sum (before_approval->total, "", "", 8, 101950000, 0, 0, 0, 0);
  g_assert_cmpuint (before_approval->n_waiting, ==, 8);
  g_assert_cmpint (before_approval->waiting, ==, 101950000);
  g_assert_cmpuint (before_approval->n_flagged, ==, 0);
  g_assert_cmpuint (before_approval->top_recipients->len, ==, 7);
  assert_sum (g_ptr_array_index (before_approval->top_recipients, 0), "永春丙机械", "", 1, 50000000, 0, 0, 0, 0);

  assert_sum (before_sync->total, "", "", 0, 0, 0, 0, 0, 0);
  g_assert_cmpuint (before_sync->by_kind_year->len, ==, 0);
  g_assert_cmpuint (before_sync->by_township->len, ==, 22);
  g_assert_cmpuint (before_sync->top_recipients->len, ==, 0);

  /* 2025-09-30: paid A1 ×2 and A3; approved B1 and D5; proposed B3, D1, B4;
   * rejected B2 and A2's rent. */
  assert_sum (later->total, "", "", 3, 21000000, 2, 11000000, 3, 63750000);
  g_assert_cmpuint (later->n_waiting, ==, 3);
}

/* Bulletin */

static void
test_bulletin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxBulletinChanges) b = zjtx_bulletin_changes_load (store, model_test_date (AS_OF), model_test_date ("2025-09-30"), &error);
  g_autoptr(ZjtxBulletinChanges) none = NULL;
  ZjtxBulletinRecognition *r;
  ZjtxAwardRow *row;

  g_assert_no_error (error);
  g_assert_cmpuint (b->from, ==, model_test_date (AS_OF));
  g_assert_cmpuint (b->to, ==, model_test_date ("2025-09-30"));

  /* (06-15, 09-30]: not D1's of 06-15; B4's of 09-30 itself. */
  g_assert_cmpuint (b->recognitions->len, ==, 2);
  r = g_ptr_array_index (b->recognitions, 0);
  g_assert_cmpstr (r->name, ==, "达埔二号陶瓷");
  g_assert_cmpstr (r->township, ==, "达埔镇");
  g_assert_cmpint (r->tier, ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpuint (r->date, ==, model_test_date ("2025-08-15"));
  g_assert_false (r->first);
  r = g_ptr_array_index (b->recognitions, 1);
  g_assert_cmpstr (r->name, ==, "达埔四号陶瓷");
  g_assert_cmpuint (r->date, ==, model_test_date ("2025-09-30"));
  g_assert_true (r->first);

  /* A3's national paid on 07-20; A1's loan subsidy paid on 06-15 is before. */
  g_assert_cmpuint (b->paid->len, ==, 1);
  row = g_ptr_array_index (b->paid, 0);
  g_assert_cmpstr (row->recipient, ==, "永春丙机械");
  g_assert_cmpstr (row->kind, ==, "recognition_national");
  g_assert_cmpstr (row->paid_on, ==, "2025-07-20");
  g_assert_cmpint (row->amount, ==, 50000000);
  g_assert_cmpint (b->paid_total, ==, 50000000);

  /* B4's provincial makes 达埔工业园's fourth SRDI enterprise; A4's lapse
   * on 09-01 leaves the demonstration park three. */
  g_assert_cmpuint (b->parks_gained->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (b->parks_gained, 0), ==, "达埔工业园");
  g_assert_cmpuint (b->parks_lost->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (b->parks_lost, 0), ==, "蓬壶专精特新示范园");

  /* A day before the end: B4 not yet provincial, nothing gained. */
  none = zjtx_bulletin_changes_load (store, model_test_date (AS_OF), model_test_date ("2025-09-29"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->recognitions->len, ==, 1);
  g_assert_cmpuint (none->parks_gained->len, ==, 0);
  g_assert_cmpuint (none->parks_lost->len, ==, 1);

  /* A period that ends before it starts is refused, with both dates. */
  g_clear_pointer (&none, zjtx_bulletin_changes_unref);
  none = zjtx_bulletin_changes_load (store, model_test_date ("2025-09-30"), model_test_date (AS_OF), &error);
  g_assert_null (none);
  g_assert_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "2025-09-30"));
  g_assert_nonnull (strstr (error->message, AS_OF));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("zjtx-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "county.db", NULL);
  store = zjtx_store_open (path, &error);
  g_assert_no_error (error);
  zjtx_store_set_actor (store, "林科员");
  build_county ();

  g_test_add_func ("/dashboard/enterprises/figures", test_enterprise_figures);
  g_test_add_func ("/dashboard/enterprises/expiring-and-follow-up", test_expiring_and_follow_up);
  g_test_add_func ("/dashboard/enterprises/as-of-edge", test_as_of_edge);
  g_test_add_func ("/dashboard/enterprises/targets-agree-with-evaluator", test_targets_agree_with_evaluator);
  g_test_add_func ("/dashboard/parks/figures", test_park_figures);
  g_test_add_func ("/dashboard/parks/park-facts-agree", test_park_facts_agree);
  g_test_add_func ("/dashboard/rewards/figures", test_reward_figures);
  g_test_add_func ("/dashboard/rewards/status-as-of", test_reward_status_as_of);
  g_test_add_func ("/dashboard/bulletin", test_bulletin);
  status = g_test_run ();

  g_clear_object (&store);
  model_test_remove_tree (dir);
  return status;
}
