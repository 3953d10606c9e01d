/* test-demo.c: the fictional county of zjtx_demo_fill ()
 *
 * The county's size (300, Yongchun's) and seed 1 are what `zjtx-cli demo`
 * makes by default. The counts asserted exactly are those that follow from
 * the size alone (the generator deals recognitions, park places and
 * commissioners out by quota); the others are checked for their range.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/zjtx-evaluator.h"
#include "core/zjtx-uscc.h"
#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-park.h"
#include "model/zjtx-store.h"
#include "model-test-util.h"

#define COUNTY 300
#define SEED 1

static const char * const townships[] = {
  "桃城镇", "五里街镇", "一都镇", "下洋镇", "蓬壶镇", "达埔镇", "吾峰镇", "石鼓镇", "岵山镇",
  "东平镇", "湖洋镇", "坑仔口镇", "玉斗镇", "锦斗镇", "东关镇", "桂洋镇", "苏坑镇", "仙夹镇",
  "横口乡", "呈祥乡", "介福乡", "外山乡", NULL,
};

static const char * const tables[] = {
  "township", "person", "park", "enterprise", "recognition", "monitoring_record", "housing_loan",
  "rent", "institution", "service_claim", "task_force_member", "policy_action", "policy", "award",
  "support_record", "action_task", "task_progress", "audit", NULL,
};

typedef struct {
  char      *dir;
  ZjtxStore *store;
} Fixture;

static ZjtxStore *
open_store (Fixture    *f,
            const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  ZjtxStore *store = zjtx_store_open (path, &error);

  g_assert_no_error (error);
  return store;
}

static ZjtxStore *
filled_store (Fixture    *f,
              const char *name,
              guint       n,
              guint32     seed)
{
  g_autoptr(GError) error = NULL;
  ZjtxStore *store = open_store (f, name);

  g_assert_true (zjtx_demo_fill (store, n, seed, &error));
  g_assert_no_error (error);
  return store;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zjtx-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->store = filled_store (f, "county.db", COUNTY, SEED);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  model_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
query_int (ZjtxStore  *store,
           const char *sql)
{
  return model_test_query_int (store, sql);
}

static char *
query_text (ZjtxStore  *store,
            const char *sql)
{
  return model_test_query_text (store, sql);
}

/* Every table's row count, "table=n;…", to see that nothing changed. */
static char *
table_counts (ZjtxStore *store)
{
  GString *counts = g_string_new (NULL);

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_string_append_printf (counts, "%s=%" G_GINT64_FORMAT ";", tables[i], query_int (store, sql));
    }
  return g_string_free (counts, FALSE);
}

static GPtrArray *
list (ZjtxStore *store,
      GType      type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = zjtx_store_list (store, type, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return records;
}

/* ------------------------------------------------------------------ */

static void
test_enterprises (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) enterprises = list (f->store, ZJTX_TYPE_ENTERPRISE);
  g_autoptr(GHashTable) usccs = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) industries = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (enterprises->len, ==, COUNTY);
  for (guint i = 0; i < enterprises->len; i++)
    {
      ZjtxEnterprise *e = g_ptr_array_index (enterprises, i);
      const char *uscc = zjtx_enterprise_get_uscc (e);
      const char *phone = zjtx_enterprise_get_contact_phone (e);
      const char *founded = zjtx_enterprise_get_founded (e);
      g_autofree char *area = NULL;
      g_autofree char *warning = NULL;
      g_autoptr(GError) error = NULL;

      /* Valid, with a right organisation-code check too, and the county's. */
      g_assert_nonnull (uscc);
      g_assert_true (zjtx_uscc_validate (uscc, &warning, &error));
      g_assert_no_error (error);
      g_assert_null (warning);
      area = zjtx_uscc_area_code (uscc);
      g_assert_cmpstr (area, ==, "350525");
      g_assert_true (g_str_has_prefix (uscc, "91"));
      g_assert_true (g_hash_table_add (usccs, (gpointer) uscc));

      g_assert_true (g_str_has_suffix (zjtx_enterprise_get_name (e), "有限公司"));
      g_assert_true (g_hash_table_add (names, (gpointer) zjtx_enterprise_get_name (e)));

      g_assert_true (g_strv_contains (townships, zjtx_enterprise_get_township (e)));
      g_assert_true (g_str_has_prefix (zjtx_enterprise_get_address (e), "永春县"));
      g_assert_nonnull (strstr (zjtx_enterprise_get_address (e), zjtx_enterprise_get_township (e)));
      g_hash_table_add (industries, (gpointer) zjtx_enterprise_get_industry (e));
      g_assert_cmpstr (zjtx_enterprise_get_niche (e), !=, "");
      g_assert_cmpstr (zjtx_enterprise_get_products (e), !=, "");
      g_assert_cmpstr (zjtx_enterprise_get_legal_representative (e), !=, "");
      g_assert_cmpstr (zjtx_enterprise_get_contact_person (e), !=, "");

      /* A mobile number: 1, then 3–9, then 9 digits. */
      g_assert_cmpuint (strlen (phone), ==, 11);
      g_assert_true (phone[0] == '1' && phone[1] >= '3' && phone[1] <= '9');
      for (guint k = 0; k < 11; k++)
        g_assert_true (g_ascii_isdigit (phone[k]));

      g_assert_cmpstr (founded, >=, "1995-01-01");
      g_assert_cmpstr (founded, <=, "2022-12-31");
      if (zjtx_enterprise_get_park_id (e) != 0)
        {
          const char *entry = zjtx_enterprise_get_park_entry_date (e);

          g_assert_cmpstr (entry, >=, "2019-01-01");
          g_assert_cmpstr (entry, <=, "2026-12-31");
          g_assert_cmpstr (entry, >, founded);
        }
    }

  /* The three rooted, the three emerging and the others: all ten. */
  g_assert_cmpuint (g_hash_table_size (industries), ==, 10);
  for (guint i = 0; i < 6; i++)
    {
      static const char * const policy_industries[] = { "香", "醋", "瓷", "纺织新材料", "电子新材料", "智能终端" };
      g_assert_true (g_hash_table_contains (industries, policy_industries[i]));
    }

  /* A quarter in parks. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM enterprise WHERE park_id IS NOT NULL"), ==, COUNTY / 4);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM enterprise WHERE key_target"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM enterprise WHERE recommended"), >, 0);
}

static void
test_parks (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) parks = list (f->store, ZJTX_TYPE_PARK);
  guint demonstration = 0, contiguous = 0, standardised = 0;

  g_assert_cmpuint (parks->len, ==, 10);
  for (guint i = 0; i < parks->len; i++)
    {
      ZjtxPark *park = g_ptr_array_index (parks, i);

      g_assert_true (g_strv_contains (townships, zjtx_park_get_township (park)));
      demonstration += zjtx_park_get_demonstration (park);
      contiguous += zjtx_park_get_contiguous (park);
      standardised += zjtx_park_get_standardised (park);
    }
  g_assert_cmpuint (demonstration, ==, 1);
  g_assert_cmpuint (contiguous, >, 0);
  g_assert_cmpuint (contiguous, <, parks->len);
  g_assert_cmpuint (standardised, >, 0);
  g_assert_cmpuint (standardised, <, parks->len);

  /* The institutions, mostly in the demonstration park, and their claims. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM institution"), ==, 5);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM institution i JOIN park p ON p.id = i.park_id WHERE p.demonstration"),
                   ==, 4);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM service_claim WHERE service_fees NOT BETWEEN 20000000 AND 2000000000 "
                              "OR date NOT BETWEEN '2024-01-01' AND '2025-12-31' OR rate NOT BETWEEN 10000 AND 40000"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM service_claim WHERE rate IS NULL"), >, 0);
}

static void
test_recognitions (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *first = query_text (f->store, "SELECT min(date) FROM recognition");
  g_autofree char *last = query_text (f->store, "SELECT max(date) FROM recognition");

  /* Dealt out by quota: the policy's targets for 2025 (70, 30, 2), met. */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM recognition WHERE tier = 'innovative' AND NOT review AND date <= '2025-12-31'"),
                   ==, 70);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM recognition WHERE tier = 'provincial' AND NOT review AND date <= '2025-12-31'"),
                   ==, 30);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM recognition WHERE tier = 'national' AND NOT review AND date <= '2025-12-31'"),
                   ==, 2);
  /* And some more in 2026. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM recognition WHERE NOT review"), ==, 75 + 33 + 3);

  g_assert_true (g_str_has_prefix (first, "2019-"));
  g_assert_true (g_str_has_prefix (last, "2026-"));

  /* Re-reviews, 3 years after a recognition of the same tier. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM recognition WHERE review"), >, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM recognition r WHERE review AND NOT EXISTS ("
                              "  SELECT 1 FROM recognition o WHERE o.enterprise_id = r.enterprise_id AND o.tier = r.tier"
                              "  AND CAST (substr (o.date, 1, 4) AS INTEGER) + 3 = CAST (substr (r.date, 1, 4) AS INTEGER))"),
                   ==, 0);
  /* One first recognition per enterprise and tier, each higher tier after the lower. */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM (SELECT 1 FROM recognition WHERE NOT review "
                              "GROUP BY enterprise_id, tier HAVING count(*) > 1)"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM recognition h JOIN recognition l ON l.enterprise_id = h.enterprise_id "
                              "WHERE NOT h.review AND NOT l.review AND l.date >= h.date AND "
                              "((h.tier = 'provincial' AND l.tier = 'innovative') OR (h.tier = 'national' AND l.tier = 'provincial'))"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM recognition WHERE batch NOT LIKE '%第%批' OR certificate = ''"),
                   ==, 0);
}

static void
test_people (Fixture       *f,
             gconstpointer  data)
{
  static const char srdi[] =
    "SELECT count(*) FROM enterprise e WHERE EXISTS (SELECT 1 FROM recognition r "
    "WHERE r.enterprise_id = e.id AND r.tier IN ('provincial', 'national'))";
  g_autofree char *without = g_strconcat (srdi, " AND e.commissioner_id IS NULL", NULL);

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM person WHERE notes = '服务专员'"), ==, 20);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM person WHERE notes = '挂钩领导'"), ==, 5);
  g_assert_cmpint (query_int (f->store, "SELECT count(DISTINCT name) FROM person"), ==, 25);

  /* One in eight of the 33 provincial-or-higher enterprises still waits
   * for a commissioner; the others have one. */
  g_assert_cmpint (query_int (f->store, srdi), ==, 33);
  g_assert_cmpint (query_int (f->store, without), ==, 4);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM enterprise e JOIN person p ON p.id = e.commissioner_id "
                              "WHERE p.notes <> '服务专员'"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM enterprise e JOIN person p ON p.id = e.liaison_id "
                              "WHERE p.notes = '挂钩领导'"),
                   >, 0);
}

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  /* Yearly monitoring 2022–2025, some years at a loss. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM monitoring_record"), >, 4 * 75);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM monitoring_record WHERE period NOT IN ('2022', '2023', '2024', '2025')"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM monitoring_record WHERE profit < 0"), >, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM monitoring_record WHERE revenue IS NULL OR output IS NULL "
                              "OR rd_expense IS NULL OR employees IS NULL OR kwh IS NULL OR tax_paid IS NULL OR patents IS NULL"),
                   ==, 0);
  /* Everyone recognised reports. */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(DISTINCT enterprise_id) FROM recognition WHERE enterprise_id NOT IN "
                              "(SELECT enterprise_id FROM monitoring_record)"),
                   ==, 0);

  /* The demonstration park's claims, in the brief's ranges (fen). */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM housing_loan"), >, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM housing_loan WHERE principal NOT BETWEEN 100000000 AND 2000000000 "
                              "OR term_months NOT BETWEEN 6 AND 36"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM rent"), >, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM rent WHERE monthly NOT BETWEEN 500000 AND 8000000 OR months NOT BETWEEN 6 AND 24"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM enterprise WHERE first_year_kwh >= 2000000"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM enterprise WHERE first_year_kwh < 2000000"), >, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM enterprise WHERE first_year_kwh NOT BETWEEN 500000 AND 13000000"),
                   ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM (SELECT enterprise_id FROM housing_loan UNION SELECT enterprise_id FROM rent) c "
                              "JOIN enterprise e ON e.id = c.enterprise_id JOIN park p ON p.id = e.park_id WHERE p.demonstration"),
                   ==, query_int (f->store, "SELECT count(*) FROM (SELECT enterprise_id FROM housing_loan UNION "
                                            "SELECT enterprise_id FROM rent)"));
}

static void
test_evaluate (Fixture       *f,
               gconstpointer  data)
{
  ZjtxDate as_of = zjtx_date_from_ymd (2025, 12, 31);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxFacts) facts = zjtx_store_build_facts (f->store, as_of, &error);
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxEvaluation) evaluation = NULL;
  guint per_kind[ZJTX_N_AWARD_KINDS] = { 0 };

  g_assert_no_error (error);
  policies = zjtx_store_load_policies (f->store, &error);
  g_assert_no_error (error);
  evaluation = zjtx_evaluate (facts, policies, as_of);

  for (guint i = 0; i < evaluation->awards->len; i++)
    per_kind[g_array_index (evaluation->awards, ZjtxAward, i).kind]++;
  for (guint k = 0; k < ZJTX_N_AWARD_KINDS; k++)
    {
      if (per_kind[k] == 0)
        g_test_message ("no %s award", zjtx_award_kind_to_id (k));
      g_assert_cmpuint (per_kind[k], >, 0);
    }
  /* First recognitions in the window (2024–2025): by quota. */
  g_assert_cmpuint (per_kind[ZJTX_AWARD_RECOGNITION_INNOVATIVE], ==, 17 + 18);
  g_assert_cmpuint (per_kind[ZJTX_AWARD_RECOGNITION_PROVINCIAL], ==, 8 + 7);
  g_assert_cmpuint (per_kind[ZJTX_AWARD_RECOGNITION_NATIONAL], ==, 2);

  for (guint i = 0; i < evaluation->targets->len; i++)
    {
      ZjtxTargetProgress *t = &g_array_index (evaluation->targets, ZjtxTargetProgress, i);

      g_assert_cmpint (t->cumulative, ==, t->goal);
    }
}

static void
test_not_empty (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = table_counts (f->store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (zjtx_demo_fill (f->store, COUNTY, SEED + 1, &error));
  g_assert_error (error, ZJTX_DEMO_ERROR, ZJTX_DEMO_ERROR_NOT_EMPTY);
  after = table_counts (f->store);
  g_assert_cmpstr (after, ==, before);

  /* And the store is still usable: no transaction left open. */
  g_clear_error (&error);
  g_assert_true (zjtx_store_begin (f->store, &error));
  g_assert_true (zjtx_store_commit (f->store, &error));
  g_assert_no_error (error);
}

static char *
all_names (ZjtxStore *store)
{
  g_autoptr(GPtrArray) enterprises = list (store, ZJTX_TYPE_ENTERPRISE);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < enterprises->len; i++)
    {
      ZjtxEnterprise *e = g_ptr_array_index (enterprises, i);
      g_string_append_printf (names, "%s %s\n", zjtx_enterprise_get_name (e), zjtx_enterprise_get_uscc (e));
    }
  return g_string_free (names, FALSE);
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZjtxStore) again = filled_store (f, "again.db", COUNTY, SEED);
  g_autoptr(ZjtxStore) other = filled_store (f, "other.db", COUNTY, SEED + 1);
  g_autofree char *names = all_names (f->store);
  g_autofree char *names_again = all_names (again);
  g_autofree char *names_other = all_names (other);
  g_autofree char *counts = table_counts (f->store);
  g_autofree char *counts_again = table_counts (again);

  g_assert_cmpstr (names_again, ==, names);
  g_assert_cmpstr (counts_again, ==, counts);
  g_assert_cmpstr (names_other, !=, names);
}

/* Small and large counties: the generator's edges (no SRDI enterprise at
 * all; a second demonstration park and a sixth institution). */
static void
test_sizes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ZjtxStore) one = filled_store (f, "one.db", 1, SEED);
  g_autoptr(ZjtxStore) small = filled_store (f, "small.db", 12, SEED);
  g_autoptr(ZjtxStore) large = filled_store (f, "large.db", 1000, SEED);

  g_assert_cmpint (query_int (one, "SELECT count(*) FROM enterprise"), ==, 1);
  g_assert_cmpint (query_int (one, "SELECT count(*) FROM park"), ==, 8);
  g_assert_cmpint (query_int (small, "SELECT count(*) FROM enterprise"), ==, 12);
  g_assert_cmpint (query_int (small, "SELECT count(*) FROM institution"), ==, 3);
  g_assert_cmpint (query_int (large, "SELECT count(*) FROM enterprise"), ==, 1000);
  g_assert_cmpint (query_int (large, "SELECT count(*) FROM park"), ==, 12);
  g_assert_cmpint (query_int (large, "SELECT count(*) FROM park WHERE demonstration"), ==, 2);
  g_assert_cmpint (query_int (large, "SELECT count(*) FROM institution"), ==, 6);
  g_assert_cmpint (query_int (large, "SELECT count(DISTINCT uscc) FROM enterprise"), ==, 1000);
  g_assert_cmpint (query_int (large, "SELECT count(DISTINCT name) FROM enterprise"), ==, 1000);
}

/* Support under the six actions: each of part 三's kinds but the parks'
 * (they are the parks page's), only for the pool's enterprises, never after
 * the demo's horizon; the cultivation steps follow the enterprises' flags;
 * and the units' tasks moved, with notes. */
static void
test_support (Fixture       *f,
              gconstpointer  data)
{
  static const char * const kinds[] = {
    "platform", "rd_expense", "loan", "guarantee", "listing", "management_training", "order_training",
    "chain_role", "pool_entry", "key_target", "recommended", NULL,
  };

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM support_record WHERE kind = '%s'", kinds[i]);

      if (query_int (f->store, sql) == 0)
        g_error ("no support record of kind %s", kinds[i]);
    }
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM support_record WHERE date > '2026-09-30'"), ==, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM support_record s JOIN enterprise e ON e.id = s.enterprise_id "
                              "WHERE NOT e.key_target AND e.park_id IS NULL "
                              "AND NOT EXISTS (SELECT 1 FROM recognition r WHERE r.enterprise_id = e.id)"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM support_record WHERE kind = 'key_target'"), ==,
                   query_int (f->store, "SELECT count(*) FROM enterprise WHERE key_target"));
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM support_record WHERE kind = 'recommended'"), ==,
                   query_int (f->store, "SELECT count(*) FROM enterprise WHERE recommended"));
  /* One entry into the pool each, for every enterprise the pool holds. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM support_record WHERE kind = 'pool_entry'"), ==,
                   query_int (f->store,
                              "SELECT count(*) FROM enterprise e WHERE e.key_target OR e.park_id IS NOT NULL "
                              "OR EXISTS (SELECT 1 FROM recognition r WHERE r.enterprise_id = e.id)"));
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM (SELECT enterprise_id FROM support_record "
                              "WHERE kind = 'pool_entry' GROUP BY enterprise_id HAVING count(*) > 1)"), ==, 0);
  /* Listing steps in order: nobody applies without tutoring first. */
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM support_record a WHERE a.kind = 'listing' AND a.stage = 'applied' "
                              "AND NOT EXISTS (SELECT 1 FROM support_record t WHERE t.enterprise_id = a.enterprise_id "
                              "AND t.kind = 'listing' AND t.stage = 'tutoring' AND t.date < a.date)"), ==, 0);

  /* Every change audited, as any officer's. */
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM audit WHERE entity = 'support_record' AND action = 'insert'"), ==,
                   query_int (f->store, "SELECT count(*) FROM support_record"));

  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM action_task WHERE status = 'done'"), >, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM action_task WHERE status = 'under_way'"), >, 0);
  g_assert_cmpint (query_int (f->store,
                              "SELECT count(*) FROM action_task t WHERE status <> 'not_started' "
                              "AND NOT EXISTS (SELECT 1 FROM task_progress p WHERE p.task_id = t.id)"), ==, 0);
  g_assert_cmpint (query_int (f->store, "SELECT count(*) FROM task_progress WHERE date > '2026-09-30'"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/demo/enterprises", Fixture, NULL, fixture_setup, test_enterprises, fixture_teardown);
  g_test_add ("/demo/parks", Fixture, NULL, fixture_setup, test_parks, fixture_teardown);
  g_test_add ("/demo/recognitions", Fixture, NULL, fixture_setup, test_recognitions, fixture_teardown);
  g_test_add ("/demo/people", Fixture, NULL, fixture_setup, test_people, fixture_teardown);
  g_test_add ("/demo/figures", Fixture, NULL, fixture_setup, test_figures, fixture_teardown);
  g_test_add ("/demo/evaluate", Fixture, NULL, fixture_setup, test_evaluate, fixture_teardown);
  g_test_add ("/demo/support", Fixture, NULL, fixture_setup, test_support, fixture_teardown);
  g_test_add ("/demo/not-empty", Fixture, NULL, fixture_setup, test_not_empty, fixture_teardown);
  g_test_add ("/demo/deterministic", Fixture, NULL, fixture_setup, test_deterministic, fixture_teardown);
  g_test_add ("/demo/sizes", Fixture, NULL, fixture_setup, test_sizes, fixture_teardown);

  return g_test_run ();
}
