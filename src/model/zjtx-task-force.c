/* zjtx-task-force.c: who serves the enterprises, read with SQL */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-task-force.h"

void
zjtx_task_force_person_free (ZjtxTaskForcePerson *person)
{
  if (person == NULL)
    return;
  g_free (person->name);
  g_free (person->title);
  g_free (person->unit);
  g_free (person->phone);
  g_free (person);
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

GPtrArray *
zjtx_task_force_list_people (ZjtxStore  *store,
                             GError    **error)
{
  /* Counted with the commissioner and liaison indexes, so that a province's
   * 100,000 enterprises are never loaded to be counted. */
  static const char sql[] =
    "SELECT p.id, p.name, p.title, p.unit, p.phone, "
    "       (SELECT count (*) FROM enterprise e WHERE e.commissioner_id = p.id), "
    "       (SELECT count (*) FROM enterprise e WHERE e.liaison_id = p.id) "
    "FROM person p ORDER BY p.name, p.id";
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) people = NULL;
  int rc;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);

  db = zjtx_store_get_db (store);
  people = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_task_force_person_free);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZjtxTaskForcePerson *person = g_new0 (ZjtxTaskForcePerson, 1);

      /* Back to OK, so that the loop steps on. */
      rc = SQLITE_OK;
      person->id = sqlite3_column_int64 (stmt, 0);
      person->name = column_text (stmt, 1);
      person->title = column_text (stmt, 2);
      person->unit = column_text (stmt, 3);
      person->phone = column_text (stmt, 4);
      person->n_served = sqlite3_column_int (stmt, 5);
      person->n_liaised = sqlite3_column_int (stmt, 6);
      g_ptr_array_add (people, person);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("listing people"), error);
      return NULL;
    }

  return g_steal_pointer (&people);
}

GPtrArray *
zjtx_task_force_list_served (ZjtxStore  *store,
                             gint64      commissioner_id,
                             GError    **error)
{
  static const char sql[] =
    "SELECT name FROM enterprise WHERE commissioner_id = ?1 ORDER BY name, id";
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) names = NULL;
  int rc;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);

  db = zjtx_store_get_db (store);
  names = g_ptr_array_new_with_free_func (g_free);
  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, commissioner_id);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        g_ptr_array_add (names, column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("listing enterprises"), error);
      return NULL;
    }

  return g_steal_pointer (&names);
}

GPtrArray *
zjtx_task_force_list_unserved (ZjtxStore  *store,
                               ZjtxDate    as_of,
                               guint       limit,
                               guint      *total,
                               GError    **error)
{
  /* Highest tier first: a Little Giant without a commissioner is the
   * more urgent gap. The pool query owns the rule of which tier is held
   * on a date, so it is asked once per tier rather than copied here. */
  static const ZjtxTier tiers[] = { ZJTX_TIER_NATIONAL, ZJTX_TIER_PROVINCIAL };
  g_autoptr(GPtrArray) rows = NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (total != NULL, NULL);

  *total = 0;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_pool_row_free);
  for (guint t = 0; t < G_N_ELEMENTS (tiers); t++)
    {
      g_autoptr(ZjtxPoolQuery) query = zjtx_pool_query_new (as_of);
      g_autoptr(GPtrArray) some = NULL;
      guint room = 0;
      guint n = 0;

      if (limit > 0)
        room = limit > rows->len ? limit - rows->len : 0;

      zjtx_pool_query_set_tier (query, tiers[t]);
      zjtx_pool_query_set_no_commissioner (query, TRUE);
      /* With the limit reached, still run it (LIMIT 1) for the count. */
      some = zjtx_pool_query_run (query, store, limit > 0 ? MAX (room, 1) : 0, &n, error);
      if (some == NULL)
        return NULL;

      *total += n;
      for (guint i = 0; i < some->len && (limit == 0 || rows->len < limit); i++)
        g_ptr_array_add (rows, g_steal_pointer (&g_ptr_array_index (some, i)));
      /* The rows taken are NULL now; the rest are freed with @some. */
    }

  return g_steal_pointer (&rows);
}
