/* zjtx-action-figures.c: what the policy's actions add up to
 *
 * SQL does the sums over the support records (integers all the way:
 * sum () of INTEGER columns stays an integer); the tasks come from
 * zjtx-action-tasks.c, so that the dashboards count them as the tasks page
 * and zjtx-cli tasks do.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-action-figures.h"
#include "zjtx-action-tasks.h"

void
zjtx_task_figures_free (ZjtxTaskFigures *figures)
{
  if (figures == NULL)
    return;
  g_free (figures->key);
  g_free (figures->title);
  g_free (figures);
}

static void
zjtx_action_figures_free (ZjtxActionFigures *self)
{
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->clauses, g_ptr_array_unref);
}

ZjtxActionFigures *
zjtx_action_figures_ref (ZjtxActionFigures *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_action_figures_unref (ZjtxActionFigures *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      zjtx_action_figures_free (self);
      g_free (self);
    }
}

/* A query over support records of the period: ?1 the first day ('' for
 * none), ?2 the last, both ISO. */
typedef struct {
  ZjtxStore    *store;
  sqlite3_stmt *stmt;
  int           rc;
} Query;

static gboolean
query_start (Query       *q,
             ZjtxStore   *store,
             const char  *sql,
             const char  *from,
             const char  *to,
             GError     **error)
{
  q->store = store;
  q->stmt = NULL;
  q->rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &q->stmt, NULL);
  if (q->rc != SQLITE_OK)
    {
      sqlite3_finalize (q->stmt);
      return zjtx_store_set_sqlite_error (store, q->rc, _("reading the support records"), error);
    }
  sqlite3_bind_text (q->stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (q->stmt, 2, to, -1, SQLITE_TRANSIENT);
  return TRUE;
}

static gboolean
query_next (Query *q)
{
  q->rc = sqlite3_step (q->stmt);
  return q->rc == SQLITE_ROW;
}

static gboolean
query_end (Query   *q,
           GError **error)
{
  int rc = q->rc;

  sqlite3_finalize (q->stmt);
  if (rc != SQLITE_DONE)
    return zjtx_store_set_sqlite_error (q->store, rc, _("reading the support records"), error);
  return TRUE;
}

static int
column_term (sqlite3_stmt          *stmt,
             int                    column,
             ZjtxSupportVocabulary  vocabulary)
{
  return zjtx_support_vocabulary_lookup (vocabulary, (const char *) sqlite3_column_text (stmt, column));
}

#define IN_PERIOD "date >= ?1 AND date <= ?2"

static gboolean
load_support (ZjtxActionFigures  *self,
              ZjtxStore          *store,
              const char         *from,
              const char         *to,
              GError            **error)
{
  GHashTable *action_enterprises[ZJTX_N_ACTIONS] = { NULL };
  g_autoptr(GHashTable) rooted = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) emerging = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  Query q;

  /* Every kind: records, enterprises, sums; and the enterprises of each
   * action (one with a loan and a guarantee counts once for finance). One
   * pass over the index, grouped by kind and enterprise. */
  if (!query_start (&q, store,
                    "SELECT kind, enterprise_id, count(*), coalesce (sum (amount), 0), coalesce (sum (people), 0) "
                    "FROM support_record WHERE " IN_PERIOD " GROUP BY kind, enterprise_id", from, to, error))
    return FALSE;
  /* Sets only while the query runs: freed below whatever its end. */
  while (query_next (&q))
    {
      int kind = column_term (q.stmt, 0, ZJTX_SUPPORT_VOCABULARY_KIND);
      gint64 id = sqlite3_column_int64 (q.stmt, 1);
      gint64 count = sqlite3_column_int64 (q.stmt, 2);
      gint64 amount = sqlite3_column_int64 (q.stmt, 3);
      gint64 people = sqlite3_column_int64 (q.stmt, 4);
      ZjtxActionTally *tally;
      ZjtxAction action;

      if (kind < 0)
        continue;
      action = zjtx_support_kind_get_action (kind);
      tally = &self->kinds[kind];
      tally->count += count;
      tally->enterprises++;
      tally->amount += amount;
      tally->people += people;
      self->actions[action].count += count;
      self->actions[action].amount += amount;
      self->actions[action].people += people;

      if (action_enterprises[action] == NULL)
        action_enterprises[action] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      g_hash_table_add (action_enterprises[action], g_memdup2 (&id, sizeof id));
    }
  for (guint a = 0; a < ZJTX_N_ACTIONS; a++)
    {
      self->actions[a].enterprises = action_enterprises[a] ? g_hash_table_size (action_enterprises[a]) : 0;
      g_clear_pointer (&action_enterprises[a], g_hash_table_unref);
    }
  if (!query_end (&q, error))
    return FALSE;

  /* Platforms and talent teams by level. */
  if (!query_start (&q, store,
                    "SELECT kind, level, platform, count(*) FROM support_record "
                    "WHERE (kind = 'platform' OR kind = 'talent_team') AND " IN_PERIOD " "
                    "GROUP BY kind, level, platform", from, to, error))
    return FALSE;
  while (query_next (&q))
    {
      int kind = column_term (q.stmt, 0, ZJTX_SUPPORT_VOCABULARY_KIND);
      int level = column_term (q.stmt, 1, ZJTX_SUPPORT_VOCABULARY_LEVEL);
      int platform = column_term (q.stmt, 2, ZJTX_SUPPORT_VOCABULARY_PLATFORM);
      guint n = sqlite3_column_int (q.stmt, 3);

      if (level < 0)
        continue;
      if (kind == ZJTX_SUPPORT_PLATFORM && platform >= 0)
        {
          self->platforms[level][platform] += n;
          self->platforms_by_level[level] += n;
        }
      else if (kind == ZJTX_SUPPORT_TALENT_TEAM)
        self->talent_teams[level] += n;
    }
  if (!query_end (&q, error))
    return FALSE;

  /* Loans' rates, guarantees' fees and waivers. */
  if (!query_start (&q, store,
                    "SELECT (SELECT coalesce (min (rate), -1) FROM support_record "
                    "         WHERE kind = 'loan' AND rate IS NOT NULL AND " IN_PERIOD "), "
                    "       (SELECT coalesce (max (rate), -1) FROM support_record "
                    "         WHERE kind = 'loan' AND rate IS NOT NULL AND " IN_PERIOD "), "
                    "       (SELECT coalesce (sum (fee), 0) FROM support_record "
                    "         WHERE kind = 'guarantee' AND " IN_PERIOD "), "
                    "       (SELECT count(*) FROM support_record "
                    "         WHERE kind = 'guarantee' AND waived = 1 AND " IN_PERIOD ")", from, to, error))
    return FALSE;
  if (query_next (&q))
    {
      self->loan_rate_min = sqlite3_column_int64 (q.stmt, 0);
      self->loan_rate_max = sqlite3_column_int64 (q.stmt, 1);
      self->guarantee_fees = sqlite3_column_int64 (q.stmt, 2);
      self->guarantees_waived = sqlite3_column_int (q.stmt, 3);
      q.rc = sqlite3_step (q.stmt);
    }
  if (!query_end (&q, error))
    return FALSE;

  /* The listing pipeline is a state: each enterprise's furthest stage by @to. */
  if (!query_start (&q, store,
                    "SELECT max (CASE stage WHEN 'tutoring' THEN 0 WHEN 'applied' THEN 1 WHEN 'listed' THEN 2 END) "
                    "FROM support_record WHERE kind = 'listing' AND ?1 = ?1 AND date <= ?2 "
                    "GROUP BY enterprise_id", from, to, error))
    return FALSE;
  while (query_next (&q))
    if (sqlite3_column_type (q.stmt, 0) != SQLITE_NULL)
      self->listing[sqlite3_column_int (q.stmt, 0)]++;
  if (!query_end (&q, error))
    return FALSE;

  /* Chains: enterprises by industry and role, new products by industry. */
  if (!query_start (&q, store,
                    "SELECT kind, industry, role, enterprise_id FROM support_record "
                    "WHERE (kind = 'chain_role' OR kind = 'new_product') AND " IN_PERIOD " "
                    "GROUP BY kind, industry, role, enterprise_id", from, to, error))
    return FALSE;
  while (query_next (&q))
    {
      int kind = column_term (q.stmt, 0, ZJTX_SUPPORT_VOCABULARY_KIND);
      int industry = column_term (q.stmt, 1, ZJTX_SUPPORT_VOCABULARY_INDUSTRY);
      int role = column_term (q.stmt, 2, ZJTX_SUPPORT_VOCABULARY_ROLE);
      gint64 id = sqlite3_column_int64 (q.stmt, 3);

      if (industry < 0)
        continue;
      if (kind == ZJTX_SUPPORT_CHAIN_ROLE && role >= 0)
        self->chain_roles[industry][role]++;
      g_hash_table_add (ZJTX_INDUSTRY_IS_ROOTED (industry) ? rooted : emerging, g_memdup2 (&id, sizeof id));
    }
  if (!query_end (&q, error))
    return FALSE;
  self->rooted_enterprises = g_hash_table_size (rooted);
  self->emerging_enterprises = g_hash_table_size (emerging);

  if (!query_start (&q, store,
                    "SELECT industry, count(*) FROM support_record "
                    "WHERE kind = 'new_product' AND " IN_PERIOD " GROUP BY industry", from, to, error))
    return FALSE;
  while (query_next (&q))
    {
      int industry = column_term (q.stmt, 0, ZJTX_SUPPORT_VOCABULARY_INDUSTRY);

      if (industry >= 0)
        self->new_products[industry] = sqlite3_column_int (q.stmt, 1);
    }
  return query_end (&q, error);
}

static GPtrArray *
task_figures (GPtrArray *groups)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_task_figures_free);

  for (guint i = 0; i < groups->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (groups, i);
      ZjtxTaskFigures *figures = g_new0 (ZjtxTaskFigures, 1);

      figures->key = g_strdup (group->key);
      figures->title = g_strdup (group->title);
      memcpy (figures->counts, group->counts, sizeof figures->counts);
      figures->total = group->total;
      g_ptr_array_add (out, figures);
    }
  return out;
}

ZjtxActionFigures *
zjtx_action_figures_load (ZjtxStore  *store,
                          ZjtxDate    from,
                          ZjtxDate    to,
                          GError    **error)
{
  g_autoptr(ZjtxActionFigures) self = NULL;
  g_autoptr(GPtrArray) by_unit = NULL;
  g_autoptr(GPtrArray) by_clause = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (to != ZJTX_DATE_NONE, NULL);
  g_return_val_if_fail (from == ZJTX_DATE_NONE || from <= to, NULL);

  self = g_new0 (ZjtxActionFigures, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->from = from;
  self->to = to;

  /* '' sorts before every ISO date. */
  from_text = from != ZJTX_DATE_NONE ? zjtx_date_format_iso (from) : g_strdup ("");
  to_text = zjtx_date_format_iso (to);
  if (!load_support (self, store, from_text, to_text, error))
    return NULL;

  by_unit = zjtx_action_tasks_group (store, ZJTX_TASK_GROUP_BY_UNIT, to, NULL, FALSE, error);
  if (by_unit == NULL)
    return NULL;
  by_clause = zjtx_action_tasks_group (store, ZJTX_TASK_GROUP_BY_CLAUSE, to, NULL, FALSE, error);
  if (by_clause == NULL)
    return NULL;
  self->units = task_figures (by_unit);
  self->clauses = task_figures (by_clause);
  /* Each task is in exactly one clause. */
  for (guint i = 0; i < self->clauses->len; i++)
    {
      ZjtxTaskFigures *clause = g_ptr_array_index (self->clauses, i);

      for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
        self->tasks[s] += clause->counts[s];
      self->n_tasks += clause->total;
    }

  return g_steal_pointer (&self);
}
