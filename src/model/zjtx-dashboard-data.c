/* zjtx-dashboard-data.c: the figures behind the three meeting dashboards
 *
 * Counting a county of 100,000 in SQL: tiers held through the shared
 * mirror of the core's rule (zjtx-tier-sql.h), totals through the indexes
 * on township and industry, so that only the recognised enterprises are
 * looked at one by one. The parks are judged by the evaluator itself, on
 * the facts of what is in a park only.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "core/zjtx-evaluator.h"
#include "zjtx-dashboard-data.h"
#include "zjtx-award-sql.h"
#include "zjtx-tier-sql.h"

/* Enterprises named in a list of a dashboard, at most. */
#define MAX_LISTED 50
/* Recipients in the rewards' top list. */
#define MAX_RECIPIENTS 10
/* The "expiring" window: tier held lost within so many months. */
#define EXPIRING_MONTHS 6

/* Plain data */

void
zjtx_dashboard_enterprise_free (ZjtxDashboardEnterprise *e)
{
  if (e == NULL)
    return;
  g_free (e->name);
  g_free (e->township);
  g_free (e);
}

void
zjtx_dashboard_group_free (ZjtxDashboardGroup *g)
{
  if (g == NULL)
    return;
  g_free (g->key);
  g_free (g);
}

void
zjtx_park_figures_free (ZjtxParkFigures *p)
{
  if (p == NULL)
    return;
  g_free (p->name);
  for (guint i = 0; i < G_N_ELEMENTS (p->criteria); i++)
    g_free (p->criteria[i]);
  g_free (p->shortfall);
  g_free (p);
}

void
zjtx_bulletin_recognition_free (ZjtxBulletinRecognition *r)
{
  if (r == NULL)
    return;
  g_free (r->name);
  g_free (r->township);
  g_free (r);
}

ZjtxEnterpriseDashboard *
zjtx_enterprise_dashboard_ref (ZjtxEnterpriseDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_enterprise_dashboard_unref (ZjtxEnterpriseDashboard *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->policy_id);
  g_clear_pointer (&self->first_by_year, g_ptr_array_unref);
  g_clear_pointer (&self->by_township, g_ptr_array_unref);
  g_clear_pointer (&self->by_industry, g_ptr_array_unref);
  g_clear_pointer (&self->expiring, g_ptr_array_unref);
  g_clear_pointer (&self->no_commissioner, g_ptr_array_unref);
  g_free (self);
}

ZjtxParkDashboard *
zjtx_park_dashboard_ref (ZjtxParkDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_park_dashboard_unref (ZjtxParkDashboard *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->parks, g_ptr_array_unref);
  g_free (self);
}

ZjtxRewardDashboard *
zjtx_reward_dashboard_ref (ZjtxRewardDashboard *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_reward_dashboard_unref (ZjtxRewardDashboard *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->total, zjtx_award_sum_free);
  g_clear_pointer (&self->by_kind_year, g_ptr_array_unref);
  g_clear_pointer (&self->by_township, g_ptr_array_unref);
  g_clear_pointer (&self->top_recipients, g_ptr_array_unref);
  g_free (self);
}

ZjtxBulletinChanges *
zjtx_bulletin_changes_ref (ZjtxBulletinChanges *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_bulletin_changes_unref (ZjtxBulletinChanges *self)
{
  if (self == NULL || !g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->recognitions, g_ptr_array_unref);
  g_clear_pointer (&self->paid, g_ptr_array_unref);
  g_clear_pointer (&self->parks_gained, g_ptr_array_unref);
  g_clear_pointer (&self->parks_lost, g_ptr_array_unref);
  g_free (self);
}

/* SQL helpers */

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? (const char *) text : "");
}

/* Prepares @sql and binds ?1 to @date (ISO) and ?2 to @validity; other
 * parameters are the caller's. */
static sqlite3_stmt *
prepare (ZjtxStore   *store,
         const char  *sql,
         const char  *date,
         int          validity,
         const char  *doing,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL);

  if (rc != SQLITE_OK)
    {
      zjtx_store_set_sqlite_error (store, rc, doing, error);
      return NULL;
    }
  if (sqlite3_bind_parameter_count (stmt) >= 1)
    sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int (stmt, 2, validity);
  return stmt;
}

/* Steps @stmt: TRUE with a row; FALSE when done, or with @error set. */
static gboolean
step (ZjtxStore     *store,
      sqlite3_stmt  *stmt,
      const char    *doing,
      gboolean      *failed,
      GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return TRUE;
  if (rc != SQLITE_DONE)
    {
      *failed = TRUE;
      zjtx_store_set_sqlite_error (store, rc, doing, error);
    }
  return FALSE;
}

/* A consistent picture even while another process writes: the queries of
 * one dashboard read in one transaction. */
static void
begin_read (ZjtxStore *store)
{
  sqlite3_exec (zjtx_store_get_db (store), "SAVEPOINT dashboard", NULL, NULL, NULL);
}

static void
end_read (ZjtxStore *store)
{
  sqlite3_exec (zjtx_store_get_db (store), "RELEASE dashboard", NULL, NULL, NULL);
}

/* The policy the tiers held are judged by, as ZjtxPoolQuery does: the one
 * in force on @as_of, else the nearest. */
static ZjtxPolicy *
nearest_policy (ZjtxPolicySet  *policies,
                ZjtxDate        as_of,
                GError        **error)
{
  ZjtxPolicy *policy = zjtx_policy_set_nearest (policies, as_of);

  if (policy == NULL)
    /* How long a recognition lasts is the policy's to say, not ours. */
    g_set_error_literal (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_FAILED,
                         _("no policy is stored, so the tiers held cannot be judged"));
  return policy;
}

/* Enterprises */

static ZjtxDashboardGroup *
group_new (const char *key,
           int         year)
{
  ZjtxDashboardGroup *g = g_new0 (ZjtxDashboardGroup, 1);

  g->key = g_strdup (key);
  g->year = year;
  return g;
}

/* The group of @key in @groups (indexed by @index), added at the end if new. */
static ZjtxDashboardGroup *
group_lookup (GPtrArray  *groups,
              GHashTable *index,
              const char *key)
{
  ZjtxDashboardGroup *g = g_hash_table_lookup (index, key);

  if (g == NULL)
    {
      g = group_new (key, 0);
      g_ptr_array_add (groups, g);
      g_hash_table_insert (index, g->key, g);
    }
  return g;
}

/* Enterprises in each group by the index on its column (@sql: key, count),
 * all counted as the reserve until the tiered ones are taken out. */
static gboolean
count_groups (ZjtxStore   *store,
              const char  *sql,
              GPtrArray   *groups,
              GHashTable  *index,
              int         *pool,
              GError     **error)
{
  const char *doing = _("reading the enterprise dashboard");
  sqlite3_stmt *stmt = prepare (store, sql, NULL, 0, doing, error);
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  while (step (store, stmt, doing, &failed, error))
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      ZjtxDashboardGroup *g = group_lookup (groups, index, key != NULL ? key : "");

      g->counts[ZJTX_TIER_NONE] += sqlite3_column_int (stmt, 1);
      if (pool != NULL)
        *pool += sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  return !failed;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const ZjtxDashboardEnterprise *x = *(ZjtxDashboardEnterprise * const *) a;
  const ZjtxDashboardEnterprise *y = *(ZjtxDashboardEnterprise * const *) b;
  int c = strcmp (x->name, y->name);

  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

/* Largest first: provincial or higher, then innovative, then all. */
static int
compare_industries (gconstpointer a,
                    gconstpointer b)
{
  const ZjtxDashboardGroup *x = *(ZjtxDashboardGroup * const *) a;
  const ZjtxDashboardGroup *y = *(ZjtxDashboardGroup * const *) b;
  int xs = x->counts[ZJTX_TIER_PROVINCIAL] + x->counts[ZJTX_TIER_NATIONAL];
  int ys = y->counts[ZJTX_TIER_PROVINCIAL] + y->counts[ZJTX_TIER_NATIONAL];
  int xa = 0, ya = 0;

  if (xs != ys)
    return ys - xs;
  if (x->counts[ZJTX_TIER_INNOVATIVE] != y->counts[ZJTX_TIER_INNOVATIVE])
    return y->counts[ZJTX_TIER_INNOVATIVE] - x->counts[ZJTX_TIER_INNOVATIVE];
  for (int t = 0; t < ZJTX_N_TIERS; t++)
    {
      xa += x->counts[t];
      ya += y->counts[t];
    }
  if (xa != ya)
    return ya - xa;
  return strcmp (x->key, y->key);
}

/* The tiers held on ?1 by every enterprise that holds one, with the
 * columns the dashboard groups by: one pass over the valid recognitions.
 * ?3 (see lapsed_by ()) passes over the long lapsed ones without asking
 * zjtx_add_years (), which is most of the cost. */
#define HELD_SQL \
  "SELECT h.tier, h.innovative, h.provincial, h.national, coalesce (e.township, ''), e.industry, " \
  "       e.commissioner_id IS NULL, e.id, e.name " \
  "FROM (SELECT r.enterprise_id AS id, max (" ZJTX_TIER_RANK_SQL ("r") ") AS tier, " \
  "             max (r.tier = 'innovative') AS innovative, max (r.tier = 'provincial') AS provincial, " \
  "             max (r.tier = 'national') AS national " \
  "        FROM recognition r WHERE r.date > ?3 AND " ZJTX_VALID_ON_SQL ("r", "?1", "?2") \
  "        GROUP BY r.enterprise_id) h " \
  "JOIN enterprise e ON e.id = h.id"

/* A day on or before which every recognition has lapsed by @as_of, in
 * ISO: one whose validity, by the core's own zjtx_date_add_years (), ends
 * before @as_of (and so does any earlier one's). "" when there is none. */
static char *
lapsed_by (ZjtxDate as_of,
           int      validity)
{
  ZjtxDate day = zjtx_date_add_years (as_of, -validity);

  if (day == ZJTX_DATE_NONE || day <= 1)
    return g_strdup ("");
  day--;
  if (zjtx_date_add_years (day, validity) >= as_of)
    return g_strdup ("");
  return zjtx_date_format_iso (day);
}

/* The first (not re-review) recognitions, by enterprise: each one's
 * earliest of each tier is counted, as the evaluator counts its targets'
 * "cumulative". Read whole and reduced here: SQLite's GROUP BY over two
 * columns sorted them (20× the reading). */
#define FIRST_SQL \
  "SELECT enterprise_id, tier, date FROM recognition WHERE NOT review ORDER BY enterprise_id"

/* Expiring by ?3, soonest first, with the day the tier held lapses: the
 * end of the latest valid recognition of that (the highest) tier. */
#define EXPIRING_SQL \
  "SELECT e.id, e.name, coalesce (e.township, ''), " ZJTX_TIER_AT_SQL ("e", "?1", "?2") ", " \
  "       (SELECT zjtx_add_years (r.date, ?2) FROM recognition r " \
  "         WHERE r.enterprise_id = e.id AND " ZJTX_VALID_ON_SQL ("r", "?1", "?2") \
  "         ORDER BY " ZJTX_TIER_RANK_SQL ("r") " DESC, r.date DESC LIMIT 1) AS until, " \
  "       count (*) OVER () " \
  "FROM enterprise e WHERE " ZJTX_EXPIRING_SQL ("e", "?1", "?2", "?3") " " \
  "ORDER BY until, e.name, e.id LIMIT " G_STRINGIFY (MAX_LISTED)

static gboolean
load_held (ZjtxStore                *store,
           ZjtxEnterpriseDashboard  *self,
           const char               *as_of,
           int                       validity,
           GHashTable               *townships,
           GHashTable               *industries,
           int                       holding[ZJTX_N_TIERS],
           GError                  **error)
{
  const char *doing = _("reading the enterprise dashboard");
  sqlite3_stmt *stmt = prepare (store, HELD_SQL, as_of, validity, doing, error);
  g_autofree char *lapsed = lapsed_by (self->as_of, validity);
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 3, lapsed, -1, SQLITE_TRANSIENT);
  while (step (store, stmt, doing, &failed, error))
    {
      ZjtxTier tier = CLAMP (sqlite3_column_int (stmt, 0), ZJTX_TIER_INNOVATIVE, ZJTX_TIER_NATIONAL);
      const char *township = (const char *) sqlite3_column_text (stmt, 4);
      const char *industry = (const char *) sqlite3_column_text (stmt, 5);
      ZjtxDashboardGroup *g;

      self->tiers[tier]++;
      self->tiers[ZJTX_TIER_NONE]--;
      for (int t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
        holding[t] += sqlite3_column_int (stmt, t);

      g = group_lookup (self->by_township, townships, township);
      g->counts[tier]++;
      g->counts[ZJTX_TIER_NONE]--;
      g = group_lookup (self->by_industry, industries, industry != NULL ? industry : "");
      g->counts[tier]++;
      g->counts[ZJTX_TIER_NONE]--;

      if (tier >= ZJTX_TIER_PROVINCIAL && sqlite3_column_int (stmt, 6))
        {
          ZjtxDashboardEnterprise *e = g_new0 (ZjtxDashboardEnterprise, 1);

          e->id = sqlite3_column_int64 (stmt, 7);
          e->name = column_dup (stmt, 8);
          e->township = g_strdup (township);
          e->tier = tier;
          e->until = ZJTX_DATE_NONE;
          g_ptr_array_add (self->no_commissioner, e);
        }
    }
  sqlite3_finalize (stmt);
  return !failed;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const ZjtxDashboardGroup *x = *(ZjtxDashboardGroup * const *) a;
  const ZjtxDashboardGroup *y = *(ZjtxDashboardGroup * const *) b;

  return x->year - y->year;
}

/* Counts one enterprise's earliest first recognitions (@first, ISO dates
 * by tier, "" for none) that are on or before @as_of, and clears them. */
static void
count_first (ZjtxEnterpriseDashboard *self,
             GHashTable              *years,
             char                     first[ZJTX_N_TIERS][16],
             const char              *as_of,
             int                      cumulative[ZJTX_N_TIERS])
{
  for (int t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
    {
      ZjtxDashboardGroup *g;
      int year;

      if (first[t][0] == '\0' || strcmp (first[t], as_of) > 0)
        {
          first[t][0] = '\0';
          continue;
        }
      year = atoi (first[t]);
      g = g_hash_table_lookup (years, GINT_TO_POINTER (year));
      if (g == NULL)
        {
          g_autofree char *key = g_strdup_printf ("%d", year);

          g = group_new (key, year);
          g_ptr_array_add (self->first_by_year, g);
          g_hash_table_insert (years, GINT_TO_POINTER (year), g);
        }
      g->counts[t]++;
      cumulative[t]++;
      first[t][0] = '\0';
    }
}

static gboolean
load_first_by_year (ZjtxStore                *store,
                    ZjtxEnterpriseDashboard  *self,
                    const char               *as_of,
                    int                       cumulative[ZJTX_N_TIERS],
                    GError                  **error)
{
  const char *doing = _("reading the enterprise dashboard");
  sqlite3_stmt *stmt = prepare (store, FIRST_SQL, NULL, 0, doing, error);
  g_autoptr(GHashTable) years = g_hash_table_new (NULL, NULL);
  char first[ZJTX_N_TIERS][16] = { { 0 } };
  gint64 current = -1;
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  while (step (store, stmt, doing, &failed, error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      ZjtxTier tier;

      if (id != current)
        {
          count_first (self, years, first, as_of, cumulative);
          current = id;
        }
      if (date == NULL || strlen (date) >= sizeof first[0] ||
          !zjtx_tier_from_id ((const char *) sqlite3_column_text (stmt, 1), &tier))
        continue;
      /* ISO dates order as text. */
      if (first[tier][0] == '\0' || strcmp (date, first[tier]) < 0)
        strcpy (first[tier], date);
    }
  count_first (self, years, first, as_of, cumulative);
  sqlite3_finalize (stmt);
  g_ptr_array_sort (self->first_by_year, compare_years);
  return !failed;
}

static gboolean
load_expiring (ZjtxStore                *store,
               ZjtxEnterpriseDashboard  *self,
               const char               *as_of,
               int                       validity,
               GError                  **error)
{
  const char *doing = _("reading the enterprise dashboard");
  sqlite3_stmt *stmt = prepare (store, EXPIRING_SQL, as_of, validity, doing, error);
  g_autofree char *by = zjtx_date_format_iso (zjtx_date_add_months (self->as_of, EXPIRING_MONTHS));
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 3, by, -1, SQLITE_TRANSIENT);
  while (step (store, stmt, doing, &failed, error))
    {
      ZjtxDashboardEnterprise *e = g_new0 (ZjtxDashboardEnterprise, 1);
      const char *until = (const char *) sqlite3_column_text (stmt, 4);

      e->id = sqlite3_column_int64 (stmt, 0);
      e->name = column_dup (stmt, 1);
      e->township = column_dup (stmt, 2);
      e->tier = sqlite3_column_int (stmt, 3);
      if (until == NULL || !zjtx_date_parse (until, &e->until, NULL))
        e->until = ZJTX_DATE_NONE;
      g_ptr_array_add (self->expiring, e);
      self->n_expiring = sqlite3_column_int (stmt, 5);
    }
  sqlite3_finalize (stmt);
  return !failed;
}

static gboolean
load_flags (ZjtxStore                *store,
            ZjtxEnterpriseDashboard  *self,
            GError                  **error)
{
  const char *doing = _("reading the enterprise dashboard");
  /* The WHERE is that of a partial index on the two flags (proposed for
   * the schema): with it a glance at a few rows, without it one scan. */
  sqlite3_stmt *stmt = prepare (store,
                                "SELECT total (key_target), total (recommended) FROM enterprise "
                                "WHERE key_target OR recommended",
                                NULL, 0, doing, error);
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  if (step (store, stmt, doing, &failed, error))
    {
      self->n_key_targets = sqlite3_column_int (stmt, 0);
      self->n_recommended = sqlite3_column_int (stmt, 1);
    }
  sqlite3_finalize (stmt);
  return !failed;
}

/**
 * zjtx_enterprise_dashboard_load:
 *
 * Progress to the targets of the policy in force on @as_of (else the
 * nearest), the pool by tier held, and the lists that need a follow-up.
 */
ZjtxEnterpriseDashboard *
zjtx_enterprise_dashboard_load (ZjtxStore  *store,
                                ZjtxDate    as_of,
                                GError    **error)
{
  g_autoptr(ZjtxEnterpriseDashboard) self = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(GHashTable) townships = NULL;
  g_autoptr(GHashTable) industries = NULL;
  g_autofree char *date = NULL;
  int holding[ZJTX_N_TIERS] = { 0 };
  int cumulative[ZJTX_N_TIERS] = { 0 };
  ZjtxPolicy *policy;
  gboolean ok;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != ZJTX_DATE_NONE, NULL);

  policies = zjtx_store_load_policies (store, error);
  if (policies == NULL)
    return NULL;
  policy = nearest_policy (policies, as_of, error);
  if (policy == NULL)
    return NULL;

  self = g_new0 (ZjtxEnterpriseDashboard, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->as_of = as_of;
  self->policy_id = g_strdup (policy->id);
  self->first_by_year = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_dashboard_group_free);
  self->by_township = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_dashboard_group_free);
  self->by_industry = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_dashboard_group_free);
  self->expiring = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_dashboard_enterprise_free);
  self->no_commissioner = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_dashboard_enterprise_free);
  townships = g_hash_table_new (g_str_hash, g_str_equal);
  industries = g_hash_table_new (g_str_hash, g_str_equal);
  date = zjtx_date_format_iso (as_of);

  begin_read (store);
  /* Every township of the county in its order, those without an
   * enterprise too; then the enterprises of each (and "" for none). */
  ok = count_groups (store, "SELECT name, 0 FROM township ORDER BY position, id",
                     self->by_township, townships, NULL, error) &&
       count_groups (store, "SELECT township, count (*) FROM enterprise GROUP BY township",
                     self->by_township, townships, &self->pool, error) &&
       count_groups (store, "SELECT industry, count (*) FROM enterprise GROUP BY industry",
                     self->by_industry, industries, NULL, error);
  self->tiers[ZJTX_TIER_NONE] = self->pool;
  ok = ok &&
       load_held (store, self, date, policy->recognition_validity_years, townships, industries, holding, error) &&
       load_first_by_year (store, self, date, cumulative, error) &&
       load_expiring (store, self, date, policy->recognition_validity_years, error) &&
       load_flags (store, self, error);
  end_read (store);
  if (!ok)
    return NULL;

  for (ZjtxTier tier = ZJTX_TIER_INNOVATIVE; tier <= ZJTX_TIER_NATIONAL; tier++)
    {
      ZjtxDashboardTarget *t = &self->targets[tier - ZJTX_TIER_INNOVATIVE];

      t->tier = tier;
      t->goal = policy->targets.goal[tier];
      t->cumulative = cumulative[tier];
      t->holding = holding[tier];
      t->gap = MAX (t->goal - t->cumulative, 0);
      t->deadline = policy->targets.deadline;
      t->days_left = MAX ((gint64) t->deadline - (gint64) as_of, 0);
    }

  g_ptr_array_sort (self->by_industry, compare_industries);
  g_ptr_array_sort (self->no_commissioner, compare_by_name);
  self->n_no_commissioner = self->no_commissioner->len;
  if (self->no_commissioner->len > MAX_LISTED)
    g_ptr_array_set_size (self->no_commissioner, MAX_LISTED);

  return g_steal_pointer (&self);
}

/* The award ledger as it stood on a date */

/* The status an award a had on ?1 (zjtx-award-sql.h); the dashboards
 * leave out what was rejected by then. */
#define STATUS_AS_OF_SQL ZJTX_AWARD_STATUS_ON_SQL ("a", "?1")

/* Each award of the ledger on ?1 with its status then (NULL: none), its
 * recipient and the recipient's township: e enterprise, i institution, p
 * its park, whose township is an institution's (as in zjtx-award-query.c).
 * Summed here in one pass rather than by one GROUP BY per view. */
#define LEDGER_AS_OF_SQL \
  "SELECT a.kind, substr (a.event_date, 1, 4), a.amount, " STATUS_AS_OF_SQL ", a.basis_changed, " \
  "       a.recipient_type, coalesce (a.enterprise_id, a.institution_id), " \
  "       coalesce (e.township, p.township, ''), coalesce (e.name, i.name, ''), coalesce (e.uscc, '') " \
  "FROM award a " \
  "LEFT JOIN enterprise e ON e.id = a.enterprise_id " \
  "LEFT JOIN institution i ON i.id = a.institution_id " \
  "LEFT JOIN park p ON p.id = coalesce (e.park_id, i.park_id)"

typedef enum {
  AS_OF_PROPOSED,
  AS_OF_APPROVED,
  AS_OF_PAID,
} StatusAsOf;

static ZjtxAwardSum *
sum_new (const char *key,
         const char *key2)
{
  ZjtxAwardSum *sum = g_new0 (ZjtxAwardSum, 1);

  sum->key = g_strdup (key);
  sum->key2 = g_strdup (key2);
  return sum;
}

static void
sum_add (ZjtxAwardSum *sum,
         StatusAsOf    status,
         ZjtxFen       amount)
{
  switch (status)
    {
    case AS_OF_PROPOSED:
      sum->n_proposed++;
      sum->proposed += amount;
      break;
    case AS_OF_APPROVED:
      sum->n_approved++;
      sum->approved += amount;
      break;
    case AS_OF_PAID:
    default:
      sum->n_paid++;
      sum->paid += amount;
      break;
    }
}

/* What the county has decided to spend: approved or paid. */
static ZjtxFen
committed (const ZjtxAwardSum *sum)
{
  return sum->approved + sum->paid;
}

/* One recipient's sums, with what orders them. */
typedef struct {
  ZjtxAwardSum *sum;
  gboolean      institution;
  gint64        id;
} Recipient;

static void
recipient_free (Recipient *r)
{
  zjtx_award_sum_free (r->sum);
  g_free (r);
}

/* Largest committed first, then the larger amount in all, then by name. */
static int
compare_recipients (gconstpointer a,
                    gconstpointer b)
{
  const Recipient *x = *(Recipient * const *) a;
  const Recipient *y = *(Recipient * const *) b;
  ZjtxFen xc = committed (x->sum), yc = committed (y->sum);
  ZjtxFen xt = xc + x->sum->proposed, yt = yc + y->sum->proposed;
  int c;

  if (xc != yc)
    return xc > yc ? -1 : 1;
  if (xt != yt)
    return xt > yt ? -1 : 1;
  c = strcmp (x->sum->key, y->sum->key);
  if (c != 0)
    return c;
  if (x->institution != y->institution)
    return x->institution ? 1 : -1;
  return (x->id > y->id) - (x->id < y->id);
}

static int
compare_kind_years (gconstpointer a,
                    gconstpointer b)
{
  const ZjtxAwardSum *x = *(ZjtxAwardSum * const *) a;
  const ZjtxAwardSum *y = *(ZjtxAwardSum * const *) b;
  int c = strcmp (x->key, y->key);

  return c != 0 ? c : strcmp (x->key2, y->key2);
}

/* Every township of the county in its order, with nothing yet (a
 * dashboard's row per township stays put). */
static gboolean
load_townships (ZjtxStore   *store,
                GPtrArray   *sums,
                GHashTable  *index,
                GError     **error)
{
  const char *doing = _("reading the award ledger");
  sqlite3_stmt *stmt = prepare (store, "SELECT name FROM township ORDER BY position, id", NULL, 0, doing, error);
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  while (step (store, stmt, doing, &failed, error))
    {
      ZjtxAwardSum *sum = sum_new ((const char *) sqlite3_column_text (stmt, 0), "");

      g_ptr_array_add (sums, sum);
      g_hash_table_insert (index, sum->key, sum);
    }
  sqlite3_finalize (stmt);
  return !failed;
}

static gboolean
load_ledger (ZjtxStore            *store,
             ZjtxRewardDashboard  *self,
             const char           *as_of,
             GError              **error)
{
  const char *doing = _("reading the award ledger");
  g_autoptr(GHashTable) townships = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kind_years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) recipients = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) ranked = g_ptr_array_new_with_free_func ((GDestroyNotify) recipient_free);
  ZjtxAwardSum *unknown = NULL;
  sqlite3_stmt *stmt;
  gboolean failed = FALSE;

  if (!load_townships (store, self->by_township, townships, error))
    return FALSE;
  stmt = prepare (store, LEDGER_AS_OF_SQL, as_of, 0, doing, error);
  if (stmt == NULL)
    return FALSE;
  while (step (store, stmt, doing, &failed, error))
    {
      const char *status = (const char *) sqlite3_column_text (stmt, 3);
      const char *kind = (const char *) sqlite3_column_text (stmt, 0);
      const char *year = (const char *) sqlite3_column_text (stmt, 1);
      const char *township = (const char *) sqlite3_column_text (stmt, 7);
      gboolean institution = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 5), "institution") == 0;
      gint64 recipient_id = sqlite3_column_int64 (stmt, 6);
      ZjtxFen amount = sqlite3_column_int64 (stmt, 2);
      g_autofree char *kind_year = NULL;
      g_autofree char *recipient_key = NULL;
      ZjtxAwardSum *sum;
      Recipient *r;
      StatusAsOf st;

      if (status == NULL || g_str_equal (status, "rejected"))
        continue;  /* not proposed yet, or rejected by then */
      st = g_str_equal (status, "paid") ? AS_OF_PAID
         : g_str_equal (status, "approved") ? AS_OF_APPROVED : AS_OF_PROPOSED;

      sum_add (self->total, st, amount);
      if (st != AS_OF_PROPOSED && sqlite3_column_int (stmt, 4))
        self->n_flagged++;

      kind_year = g_strconcat (kind != NULL ? kind : "", "\x1f", year != NULL ? year : "", NULL);
      sum = g_hash_table_lookup (kind_years, kind_year);
      if (sum == NULL)
        {
          sum = sum_new (kind, year != NULL ? year : "");
          g_ptr_array_add (self->by_kind_year, sum);
          g_hash_table_insert (kind_years, g_steal_pointer (&kind_year), sum);
        }
      sum_add (sum, st, amount);

      sum = g_hash_table_lookup (townships, township);
      if (sum == NULL)
        {
          /* "" (unknown); a township missing from the table cannot be (foreign key). */
          if (unknown == NULL)
            unknown = sum_new ("", "");
          sum = unknown;
        }
      sum_add (sum, st, amount);

      /* By the recipient's id: two enterprises may share a name. */
      recipient_key = g_strdup_printf ("%c%" G_GINT64_FORMAT, institution ? 'S' : 'E', recipient_id);
      r = g_hash_table_lookup (recipients, recipient_key);
      if (r == NULL)
        {
          r = g_new0 (Recipient, 1);
          r->sum = sum_new ((const char *) sqlite3_column_text (stmt, 8), (const char *) sqlite3_column_text (stmt, 9));
          r->institution = institution;
          r->id = recipient_id;
          g_ptr_array_add (ranked, r);
          g_hash_table_insert (recipients, g_steal_pointer (&recipient_key), r);
        }
      sum_add (r->sum, st, amount);
    }
  sqlite3_finalize (stmt);
  if (failed)
    {
      zjtx_award_sum_free (unknown);
      return FALSE;
    }

  if (unknown != NULL)
    g_ptr_array_add (self->by_township, unknown);
  g_ptr_array_sort (self->by_kind_year, compare_kind_years);
  g_ptr_array_sort (ranked, compare_recipients);
  for (guint i = 0; i < MIN (ranked->len, MAX_RECIPIENTS); i++)
    {
      Recipient *r = g_ptr_array_index (ranked, i);

      g_ptr_array_add (self->top_recipients, g_steal_pointer (&r->sum));
    }
  return TRUE;
}

/**
 * zjtx_reward_dashboard_load:
 *
 * The ledger's money as it stood on @as_of. n_rejected and rejected of
 * the sums are 0: what was rejected by then is left out.
 */
ZjtxRewardDashboard *
zjtx_reward_dashboard_load (ZjtxStore  *store,
                            ZjtxDate    as_of,
                            GError    **error)
{
  g_autoptr(ZjtxRewardDashboard) self = NULL;
  g_autofree char *date = NULL;
  gboolean ok;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != ZJTX_DATE_NONE, NULL);

  self = g_new0 (ZjtxRewardDashboard, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->as_of = as_of;
  self->total = sum_new ("", "");
  self->by_kind_year = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_award_sum_free);
  self->by_township = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_award_sum_free);
  self->top_recipients = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_award_sum_free);
  date = zjtx_date_format_iso (as_of);

  begin_read (store);
  ok = load_ledger (store, self, date, error);
  end_read (store);
  if (!ok)
    return NULL;

  self->n_waiting = self->total->n_proposed;
  self->waiting = self->total->proposed;
  return g_steal_pointer (&self);
}

/* Parks */

/* Kinds of 四（二） support to an enterprise in a park (the service
 * institutions' reward goes to institutions, not to members). */
static const ZjtxAwardKind support_kinds[] = {
  ZJTX_AWARD_LOAN_INTEREST_SUBSIDY,
  ZJTX_AWARD_RENT_SUBSIDY,
  ZJTX_AWARD_PRODUCTION_REWARD,
};

/* Per park (?3–?5 the kinds), support paid and committed on ?1. */
#define SUPPORT_SQL \
  "SELECT e.park_id, coalesce (sum (CASE WHEN a.st = 'paid' THEN a.amount END), 0), " \
  "       coalesce (sum (CASE WHEN a.st = 'approved' OR a.st = 'paid' THEN a.amount END), 0) " \
  "FROM (SELECT a.*, " STATUS_AS_OF_SQL " AS st FROM award a WHERE a.kind = ?3 OR a.kind = ?4 OR a.kind = ?5) a " \
  "JOIN enterprise e ON e.id = a.enterprise_id WHERE e.park_id IS NOT NULL GROUP BY e.park_id"

/* The park's database id from the facts' id "P<id>". */
static gint64
park_id (const char *fact_id)
{
  return g_ascii_strtoll (fact_id + 1, NULL, 10);
}

/* Percent truncated to 0.01%, as the evaluator shows a share: a share just
 * below the threshold never reads as the threshold. */
static char *
share_percent (ZjtxFen part,
               ZjtxFen whole)
{
  gint64 basis_points = whole > 0 ? (gint64) ((__int128) part * 10000 / whole) : 0;

  return zjtx_ppm_format_percent (basis_points * 100);
}

/* What the park lacks for the title, one sentence from the verdict's own
 * measures; NULL when it has the title. */
static char *
shortfall_text (const ZjtxParkVerdict   *v,
                const ZjtxParkTitleRule *rule)
{
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *list = NULL;

  if (v->title)
    return NULL;
  if (!v->criteria[ZJTX_CRITERION_SRDI_ENTERPRISES].met)
    {
      int more = MAX (rule->min_srdi_enterprises - v->srdi_count, 1);

      g_ptr_array_add (missing, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d more SRDI enterprise",
                                                              "%d more SRDI enterprises", more), more));
    }
  if (!v->criteria[ZJTX_CRITERION_OUTPUT_SHARE].met)
    {
      if (v->total_output == 0)
        g_ptr_array_add (missing, g_strdup (_("the members’ output value")));
      else
        {
          g_autofree char *needed = zjtx_ppm_format_percent (rule->min_output_share_ppm);
          g_autofree char *now = share_percent (v->tiered_output, v->total_output);

          /* Translators: "an output share of 20% (now 17.2%)" */
          g_ptr_array_add (missing, g_strdup_printf (_("an output share of %s (now %s)"), needed, now));
        }
    }
  if (!v->criteria[ZJTX_CRITERION_CONTIGUOUS].met)
    g_ptr_array_add (missing, g_strdup (_("a contiguous site")));
  g_ptr_array_add (missing, NULL);

  /* Translators: separates the things a park lacks for the title */
  list = g_strjoinv (_("; "), (char **) missing->pdata);
  /* Translators: %s lists what is missing: "1 more SRDI enterprise; a contiguous site" */
  return g_strdup_printf (_("Short of the title: %s."), list);
}

static int
compare_parks (gconstpointer a,
               gconstpointer b)
{
  const ZjtxParkFigures *x = *(ZjtxParkFigures * const *) a;
  const ZjtxParkFigures *y = *(ZjtxParkFigures * const *) b;
  int c;

  if (x->title != y->title)
    return x->title ? -1 : 1;
  if (x->share_ppm != y->share_ppm)
    return x->share_ppm > y->share_ppm ? -1 : 1;
  c = strcmp (x->name, y->name);
  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

/* The evaluator's verdicts on the parks on @as_of, from the facts of what
 * is in a park: the same verdicts as on the whole county's facts. */
static ZjtxEvaluation *
judge_parks (ZjtxStore      *store,
             ZjtxPolicySet  *policies,
             ZjtxDate        as_of,
             GError        **error)
{
  g_autoptr(ZjtxFacts) facts = NULL;

  if (nearest_policy (policies, as_of, error) == NULL)
    return NULL;
  facts = zjtx_store_build_park_facts (store, as_of, error);
  if (facts == NULL)
    return NULL;
  return zjtx_evaluate (facts, policies, as_of);
}

static gboolean
load_support (ZjtxStore          *store,
              ZjtxParkDashboard  *self,
              GHashTable         *by_id,
              const char         *as_of,
              GError            **error)
{
  const char *doing = _("reading the award ledger");
  sqlite3_stmt *stmt = prepare (store, SUPPORT_SQL, as_of, 0, doing, error);
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (support_kinds); k++)
    sqlite3_bind_text (stmt, 3 + k, zjtx_award_kind_to_id (support_kinds[k]), -1, SQLITE_STATIC);
  while (step (store, stmt, doing, &failed, error))
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      ZjtxParkFigures *p = g_hash_table_lookup (by_id, &id);

      if (p == NULL)
        continue;
      p->support_paid = sqlite3_column_int64 (stmt, 1);
      p->support_committed = sqlite3_column_int64 (stmt, 2);
      self->support_paid += p->support_paid;
      self->support_committed += p->support_committed;
    }
  sqlite3_finalize (stmt);
  return !failed;
}

/**
 * zjtx_park_dashboard_load:
 *
 * Each park against the title's criteria on @as_of, with its members by
 * tier held and the 四（二） support paid to them.
 */
ZjtxParkDashboard *
zjtx_park_dashboard_load (ZjtxStore  *store,
                          ZjtxDate    as_of,
                          GError    **error)
{
  g_autoptr(ZjtxParkDashboard) self = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxEvaluation) eval = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  g_autofree char *date = NULL;
  ZjtxFacts *facts;
  gboolean ok;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != ZJTX_DATE_NONE, NULL);

  policies = zjtx_store_load_policies (store, error);
  if (policies == NULL)
    return NULL;

  self = g_new0 (ZjtxParkDashboard, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->as_of = as_of;
  self->parks = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_park_figures_free);
  by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  date = zjtx_date_format_iso (as_of);

  begin_read (store);
  eval = judge_parks (store, policies, as_of, error);
  if (eval == NULL)
    {
      end_read (store);
      return NULL;
    }
  facts = eval->facts;

  for (guint i = 0; i < eval->parks->len; i++)
    {
      const ZjtxParkVerdict *v = &g_array_index (eval->parks, ZjtxParkVerdict, i);
      const ZjtxParkTitleRule *rule = &v->policy->park_title;
      ZjtxParkFigures *p = g_new0 (ZjtxParkFigures, 1);

      p->id = park_id (v->park);
      p->name = g_strdup (v->name);
      p->title = v->title;
      p->demonstration = v->demonstration;
      p->contiguous = v->contiguous;
      p->members = v->members;
      p->srdi_count = v->srdi_count;
      p->srdi_required = rule->min_srdi_enterprises;
      p->share_ppm = v->output_share_ppm;
      p->share_required_ppm = rule->min_output_share_ppm;
      p->tiered_output = v->tiered_output;
      p->total_output = v->total_output;
      for (guint k = 0; k < G_N_ELEMENTS (p->criteria); k++)
        {
          p->met[k] = v->criteria[k].met;
          p->criteria[k] = g_strdup (v->criteria[k].text);
        }
      p->shortfall = shortfall_text (v, rule);
      if (p->title)
        self->n_title++;
      g_ptr_array_add (self->parks, p);
      g_hash_table_insert (by_id, &p->id, p);
    }

  /* Members by tier held, as the evaluator counts members: in the park on
   * the date (entry date unknown, or not after it). */
  for (guint i = 0; i < facts->enterprises->len; i++)
    {
      const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);
      const ZjtxParkVerdict *v;
      ZjtxParkFigures *p;

      if (e->park < 0 || (e->park_entry_date != ZJTX_DATE_NONE && e->park_entry_date > as_of))
        continue;
      v = &g_array_index (eval->parks, ZjtxParkVerdict, e->park);
      p = g_ptr_array_index (self->parks, e->park);
      p->tiers[zjtx_enterprise_tier_on (e, as_of, v->policy->recognition_validity_years)]++;
    }

  ok = load_support (store, self, by_id, date, error);
  end_read (store);
  if (!ok)
    return NULL;

  g_ptr_array_sort (self->parks, compare_parks);
  return g_steal_pointer (&self);
}

/* Bulletin */

#define RECOGNITIONS_SQL \
  "SELECT r.enterprise_id, e.name, coalesce (e.township, ''), r.tier, r.date, r.review " \
  "FROM recognition r JOIN enterprise e ON e.id = r.enterprise_id " \
  "WHERE r.date > ?1 AND r.date <= ?3 ORDER BY r.date, e.name, r.id"

static gboolean
load_recognitions (ZjtxStore            *store,
                   ZjtxBulletinChanges  *self,
                   const char           *from,
                   const char           *to,
                   GError              **error)
{
  const char *doing = _("reading the recognitions");
  sqlite3_stmt *stmt = prepare (store, RECOGNITIONS_SQL, from, 0, doing, error);
  gboolean failed = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
  while (step (store, stmt, doing, &failed, error))
    {
      ZjtxBulletinRecognition *r = g_new0 (ZjtxBulletinRecognition, 1);

      r->enterprise_id = sqlite3_column_int64 (stmt, 0);
      r->name = column_dup (stmt, 1);
      r->township = column_dup (stmt, 2);
      if (!zjtx_tier_from_id ((const char *) sqlite3_column_text (stmt, 3), &r->tier) ||
          !zjtx_date_parse ((const char *) sqlite3_column_text (stmt, 4), &r->date, NULL))
        {
          /* Only possible if the file was edited outside zjtx. */
          g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_CORRUPT,
                       _("a recognition of %s has an unreadable tier or date"), r->name);
          zjtx_bulletin_recognition_free (r);
          failed = TRUE;
          break;
        }
      r->first = !sqlite3_column_int (stmt, 5);
      g_ptr_array_add (self->recognitions, r);
    }
  sqlite3_finalize (stmt);
  return !failed;
}

static int
compare_payments (gconstpointer a,
                  gconstpointer b)
{
  const ZjtxAwardRow *x = *(ZjtxAwardRow * const *) a;
  const ZjtxAwardRow *y = *(ZjtxAwardRow * const *) b;
  int c = strcmp (x->paid_on, y->paid_on);

  if (c == 0)
    c = strcmp (x->recipient, y->recipient);
  return c != 0 ? c : (x->id > y->id) - (x->id < y->id);
}

/* Awards paid in (from, to]: paid is final, so the ledger's paid rows are
 * those ever paid, each with its date. */
static gboolean
load_paid (ZjtxStore            *store,
           ZjtxBulletinChanges  *self,
           const char           *from,
           const char           *to,
           GError              **error)
{
  g_autoptr(ZjtxAwardQuery) query = zjtx_award_query_new ();
  g_autoptr(GPtrArray) rows = NULL;

  zjtx_award_query_set_status (query, "paid");
  rows = zjtx_award_query_run (query, store, error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxAwardRow *row = g_ptr_array_index (rows, i);

      if (row->paid_on == NULL || strcmp (row->paid_on, from) <= 0 || strcmp (row->paid_on, to) > 0)
        continue;
      self->paid_total += row->amount;
      g_ptr_array_add (self->paid, g_ptr_array_steal_index (rows, i--));
    }
  g_ptr_array_sort (self->paid, compare_payments);
  return TRUE;
}

/**
 * zjtx_bulletin_changes_load:
 *
 * What changed after @from up to and including @to.
 */
ZjtxBulletinChanges *
zjtx_bulletin_changes_load (ZjtxStore  *store,
                            ZjtxDate    from,
                            ZjtxDate    to,
                            GError    **error)
{
  g_autoptr(ZjtxBulletinChanges) self = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxEvaluation) before = NULL;
  g_autoptr(ZjtxEvaluation) after = NULL;
  g_autoptr(GHashTable) had_title = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  gboolean ok;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (from != ZJTX_DATE_NONE && to != ZJTX_DATE_NONE, NULL);

  from_text = zjtx_date_format_iso (from);
  to_text = zjtx_date_format_iso (to);
  if (from > to)
    {
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_FAILED,
                   _("the bulletin’s period cannot start on %s, after its end on %s"), from_text, to_text);
      return NULL;
    }
  policies = zjtx_store_load_policies (store, error);
  if (policies == NULL)
    return NULL;

  self = g_new0 (ZjtxBulletinChanges, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->from = from;
  self->to = to;
  self->recognitions = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_bulletin_recognition_free);
  self->paid = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_award_row_free);
  self->parks_gained = g_ptr_array_new_with_free_func (g_free);
  self->parks_lost = g_ptr_array_new_with_free_func (g_free);
  had_title = g_hash_table_new (g_str_hash, g_str_equal);

  begin_read (store);
  ok = load_recognitions (store, self, from_text, to_text, error) &&
       load_paid (store, self, from_text, to_text, error) &&
       (before = judge_parks (store, policies, from, error)) != NULL &&
       (after = judge_parks (store, policies, to, error)) != NULL;
  end_read (store);
  if (!ok)
    return NULL;

  /* By park id: a park added within the period had no title at its start. */
  for (guint i = 0; i < before->parks->len; i++)
    {
      const ZjtxParkVerdict *v = &g_array_index (before->parks, ZjtxParkVerdict, i);

      if (v->title)
        g_hash_table_add (had_title, (gpointer) v->park);
    }
  for (guint i = 0; i < after->parks->len; i++)
    {
      const ZjtxParkVerdict *v = &g_array_index (after->parks, ZjtxParkVerdict, i);
      gboolean had = g_hash_table_remove (had_title, v->park);

      if (v->title && !had)
        g_ptr_array_add (self->parks_gained, g_strdup (v->name));
      else if (!v->title && had)
        g_ptr_array_add (self->parks_lost, g_strdup (v->name));
    }
  /* Parks judged at the start and gone since (deleted) lost nothing to say. */

  return g_steal_pointer (&self);
}
