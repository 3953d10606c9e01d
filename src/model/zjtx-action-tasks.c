/* zjtx-action-tasks.c: the tasks of the policy's actions, by unit and by action */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "zjtx-action-tasks.h"
#include "zjtx-model-resources.h"

void
zjtx_task_group_free (ZjtxTaskGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->key);
  g_free (group->title);
  g_ptr_array_unref (group->tasks);
  g_free (group);
}

/* Clauses */

/* 一 … 九 → 1 … 9, 十 → 10, anything else 0. */
static int
numeral_value (gunichar c)
{
  static const gunichar numerals[] = {
    0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
  };

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    if (numerals[i] == c)
      return i + 1;
  return 0;
}

/* The next number in a clause from *@p on (一 … 十一 …, or digits), or -1. */
static int
next_number (const char **p)
{
  for (; **p != '\0'; *p = g_utf8_next_char (*p))
    {
      int value = 0, digit = 0, v;

      if (g_ascii_isdigit (**p))
        {
          while (g_ascii_isdigit (**p))
            value = value * 10 + (*(*p)++ - '0');
          return value;
        }
      if (numeral_value (g_utf8_get_char (*p)) == 0)
        continue;
      while ((v = numeral_value (g_utf8_get_char (*p))) > 0)
        {
          if (v == 10)
            {
              value += (digit ? digit : 1) * 10;
              digit = 0;
            }
          else
            digit = v;
          *p = g_utf8_next_char (*p);
        }
      return value + digit;
    }
  return -1;
}

int
zjtx_clause_compare (const char *a,
                     const char *b)
{
  const char *pa = a ? a : "", *pb = b ? b : "";

  for (;;)
    {
      int na = next_number (&pa);
      int nb = next_number (&pb);

      if (na != nb)
        return na < nb ? -1 : 1;
      if (na < 0)
        return CLAMP (g_strcmp0 (a, b), -1, 1);
    }
}

/* Seeding */

static char *
join_array (JsonArray  *array,
            const char *separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    g_ptr_array_add (parts, (gpointer) json_array_get_string_element (array, i));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (separator, (char **) parts->pdata);
}

gboolean
zjtx_action_tasks_seed (ZjtxStore  *store,
                        GError    **error)
{
  static const char * const lists[] = { "actions", "measures" };
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  const char *due;
  gint64 existing;
  int position = 0;

  existing = zjtx_store_count (store, ZJTX_TYPE_ACTION_TASK, error);
  if (existing < 0)
    return FALSE;
  if (existing > 0)
    return TRUE;

  bytes = g_resource_lookup_data (zjtx_model_get_resource (), "/cn/gov/yongchun/Zjtx/model/seed/yongchun.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;
  root = json_node_get_object (json_parser_get_root (parser));
  due = json_object_get_string_member (root, "tasks_due");

  if (!zjtx_store_begin (store, error))
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      JsonArray *array = json_object_get_array_member (root, lists[l]);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *item = json_array_get_object_element (array, i);
          JsonArray *units = json_object_get_array_member (item, "responsible_units");
          g_autoptr(ZjtxActionTask) task = zjtx_action_task_new ();
          g_autofree char *text = join_array (units, "、");

          zjtx_action_task_set_clause (task, json_object_get_string_member (item, "clause"));
          zjtx_action_task_set_title (task, json_object_get_string_member (item, "name"));
          zjtx_action_task_set_responsible_units_text (task, text);
          zjtx_action_task_set_responsible_units (task, text);
          /* The policy names the lead unit first. */
          if (json_array_get_length (units) > 0)
            zjtx_action_task_set_owner_unit (task, json_array_get_string_element (units, 0));
          zjtx_action_task_set_due_date (task, due);
          zjtx_action_task_set_position (task, position++);
          if (!zjtx_store_save (store, ZJTX_RECORD (task), error))
            {
              zjtx_store_rollback (store);
              return FALSE;
            }
        }
    }
  return zjtx_store_commit (store, error);
}

int
zjtx_action_tasks_next_position (ZjtxStore  *store,
                                 GError    **error)
{
  sqlite3 *db = zjtx_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  int position = 0;
  int rc = sqlite3_prepare_v2 (db, "SELECT coalesce (max (position) + 1, 0) FROM action_task", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      position = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      zjtx_store_set_sqlite_error (store, rc, _("reading the tasks"), error);
      return -1;
    }
  return position;
}

/* Changes */

G_DEFINE_QUARK (zjtx-action-tasks-error-quark, zjtx_action_tasks_error)

gboolean
zjtx_action_tasks_add (ZjtxStore       *store,
                       ZjtxActionTask  *task,
                       GError         **error)
{
  int position;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (task), FALSE);
  g_return_val_if_fail (zjtx_record_get_id (ZJTX_RECORD (task)) == 0, FALSE);

  /* The policy's wording is for the tasks it states: this one is the bureau's. */
  zjtx_action_task_set_responsible_units_text (task, NULL);
  if (!zjtx_store_check (store, ZJTX_RECORD (task), error) ||
      !zjtx_store_begin (store, error))
    return FALSE;
  /* Read in the transaction, so that two adding at once do not share a place. */
  position = zjtx_action_tasks_next_position (store, error);
  if (position < 0)
    {
      zjtx_store_rollback (store);
      return FALSE;
    }
  zjtx_action_task_set_position (task, position);
  if (!zjtx_store_save (store, ZJTX_RECORD (task), error))
    {
      zjtx_store_rollback (store);
      return FALSE;
    }
  if (!zjtx_store_commit (store, error))
    {
      zjtx_record_set_id (ZJTX_RECORD (task), 0);
      return FALSE;
    }
  return TRUE;
}

gboolean
zjtx_action_tasks_update (ZjtxStore         *store,
                          ZjtxActionTask    *task,
                          ZjtxTaskProgress  *progress,
                          GError           **error)
{
  g_autofree char *before = NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (task), FALSE);
  g_return_val_if_fail (progress == NULL || ZJTX_IS_TASK_PROGRESS (progress), FALSE);
  g_return_val_if_fail (zjtx_record_get_id (ZJTX_RECORD (task)) > 0, FALSE);

  before = g_strdup (zjtx_action_task_get_status (task));
  if (progress != NULL)
    {
      zjtx_task_progress_set_task_id (progress, zjtx_record_get_id (ZJTX_RECORD (task)));
      if (zjtx_task_progress_get_status (progress) != NULL)
        zjtx_action_task_set_status (task, zjtx_task_progress_get_status (progress));
    }

  /* Both checked before anything is written: a refusal names its field
   * on the record it belongs to, and leaves the task's status as it was. */
  if ((progress != NULL && !zjtx_store_check (store, ZJTX_RECORD (progress), error)) ||
      !zjtx_store_check (store, ZJTX_RECORD (task), error) ||
      !zjtx_store_begin (store, error))
    goto failed;
  if ((progress != NULL && !zjtx_store_save (store, ZJTX_RECORD (progress), error)) ||
      !zjtx_store_save (store, ZJTX_RECORD (task), error))
    {
      zjtx_store_rollback (store);
      goto failed;
    }
  if (!zjtx_store_commit (store, error))
    goto failed;
  return TRUE;

failed:
  zjtx_action_task_set_status (task, before);
  if (progress != NULL)
    zjtx_record_set_id (ZJTX_RECORD (progress), 0);
  return FALSE;
}

gboolean
zjtx_action_tasks_add_progress (ZjtxStore         *store,
                                ZjtxActionTask    *task,
                                ZjtxTaskProgress  *progress,
                                GError           **error)
{
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (progress), FALSE);

  return zjtx_action_tasks_update (store, task, progress, error);
}

gboolean
zjtx_action_tasks_correct_progress (ZjtxStore         *store,
                                    ZjtxTaskProgress  *progress,
                                    GError           **error)
{
  g_autoptr(ZjtxTaskProgress) stored = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 id;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (progress), FALSE);
  g_return_val_if_fail (zjtx_record_get_id (ZJTX_RECORD (progress)) > 0, FALSE);

  /* Read outside a transaction: a note's status and task never change, so
   * the comparison holds when it is written, and a refusal leaves a
   * caller's transaction untouched. */
  id = zjtx_record_get_id (ZJTX_RECORD (progress));
  stored = zjtx_store_load (store, ZJTX_TYPE_TASK_PROGRESS, id, &local_error);
  if (stored == NULL)
    {
      if (g_error_matches (local_error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          g_set_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_NOT_FOUND,
                       /* Translators: %s is the progress note's id */
                       _("there is no progress note %s (was it deleted with its task?)"), id_text);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* What the note did to its task happened: a new note moves it again. */
  if (g_strcmp0 (zjtx_task_progress_get_status (progress), zjtx_task_progress_get_status (stored)) != 0)
    {
      g_set_error_literal (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED,
                           _("the status a progress note moved its task to is the task’s history: it cannot be "
                             "corrected (report a new note to move the task)"));
      return FALSE;
    }
  if (zjtx_task_progress_get_task_id (progress) != zjtx_task_progress_get_task_id (stored))
    {
      g_set_error_literal (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED,
                           _("a progress note stays on the task it was reported on"));
      return FALSE;
    }

  /* Validated as a new note is, written and audited in one transaction. */
  return zjtx_store_save (store, ZJTX_RECORD (progress), error);
}

gboolean
zjtx_action_tasks_delete (ZjtxStore       *store,
                          ZjtxActionTask  *task,
                          GPtrArray      **notes,
                          GError         **error)
{
  g_autoptr(GPtrArray) deleted = NULL;
  gint64 id;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (task), FALSE);
  g_return_val_if_fail (zjtx_record_get_id (ZJTX_RECORD (task)) > 0, FALSE);

  if (zjtx_action_task_is_from_policy (task))
    {
      g_set_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_FROM_POLICY,
                   /* Translators: %s %s are the clause and the task's title */
                   _("“%s %s” is a task the policy states: it cannot be deleted (mark it done, with a note, "
                     "if it no longer applies)"),
                   zjtx_action_task_get_clause (task), zjtx_action_task_get_title (task));
      return FALSE;
    }

  id = zjtx_record_get_id (ZJTX_RECORD (task));
  if (!zjtx_store_begin (store, error))
    return FALSE;
  /* The notes one by one, each audited: the database's ON DELETE CASCADE
   * would take them without a trace. */
  deleted = zjtx_action_tasks_list_progress (store, id, error);
  if (deleted == NULL)
    {
      zjtx_store_rollback (store);
      return FALSE;
    }
  for (guint i = 0; i < deleted->len; i++)
    if (!zjtx_store_delete (store, g_ptr_array_index (deleted, i), error))
      {
        zjtx_store_rollback (store);
        return FALSE;
      }
  if (!zjtx_store_delete (store, ZJTX_RECORD (task), error))
    {
      zjtx_store_rollback (store);
      return FALSE;
    }
  if (!zjtx_store_commit (store, error))
    {
      zjtx_record_set_id (ZJTX_RECORD (task), id);
      return FALSE;
    }
  if (notes != NULL)
    *notes = g_steal_pointer (&deleted);
  return TRUE;
}

gboolean
zjtx_action_tasks_restore (ZjtxStore       *store,
                           ZjtxActionTask  *task,
                           GPtrArray       *notes,
                           GError         **error)
{
  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (task), FALSE);
  g_return_val_if_fail (zjtx_record_get_id (ZJTX_RECORD (task)) == 0, FALSE);

  if (!zjtx_store_begin (store, error))
    return FALSE;
  if (!zjtx_store_save (store, ZJTX_RECORD (task), error))
    goto failed;
  /* Oldest first, as they were written. */
  for (guint i = notes != NULL ? notes->len : 0; i > 0; i--)
    {
      ZjtxTaskProgress *note = g_ptr_array_index (notes, i - 1);

      zjtx_record_set_id (ZJTX_RECORD (note), 0);
      zjtx_task_progress_set_task_id (note, zjtx_record_get_id (ZJTX_RECORD (task)));
      if (!zjtx_store_save (store, ZJTX_RECORD (note), error))
        goto failed;
    }
  if (!zjtx_store_commit (store, error))
    goto rolled_back;
  return TRUE;

failed:
  zjtx_store_rollback (store);
rolled_back:
  zjtx_record_set_id (ZJTX_RECORD (task), 0);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    zjtx_record_set_id (g_ptr_array_index (notes, i), 0);
  return FALSE;
}

GPtrArray *
zjtx_action_tasks_list_progress (ZjtxStore  *store,
                                 gint64      task_id,
                                 GError    **error)
{
  g_auto(GValue) key = G_VALUE_INIT;
  GPtrArray *notes;

  g_value_init (&key, G_TYPE_INT64);
  g_value_set_int64 (&key, task_id);
  notes = zjtx_store_list (store, ZJTX_TYPE_TASK_PROGRESS, "task_id", &key, "date", error);
  if (notes != NULL)
    /* Listed by date then id: newest first is that, reversed. */
    for (guint i = 0; i < notes->len / 2; i++)
      {
        gpointer tmp = notes->pdata[i];

        notes->pdata[i] = notes->pdata[notes->len - 1 - i];
        notes->pdata[notes->len - 1 - i] = tmp;
      }
  return notes;
}

/* Views */

static int
compare_tasks (gconstpointer a,
               gconstpointer b)
{
  ZjtxActionTask *ta = *(ZjtxActionTask * const *) a;
  ZjtxActionTask *tb = *(ZjtxActionTask * const *) b;
  int by_clause = zjtx_clause_compare (zjtx_action_task_get_clause (ta), zjtx_action_task_get_clause (tb));
  int pa = zjtx_action_task_get_position (ta), pb = zjtx_action_task_get_position (tb);
  gint64 ia = zjtx_record_get_id (ZJTX_RECORD (ta)), ib = zjtx_record_get_id (ZJTX_RECORD (tb));

  if (by_clause != 0)
    return by_clause;
  if (pa != pb)
    return pa < pb ? -1 : 1;
  return (ia > ib) - (ia < ib);
}

static int
compare_unit_groups (gconstpointer a,
                     gconstpointer b)
{
  const ZjtxTaskGroup *ga = *(ZjtxTaskGroup * const *) a;
  const ZjtxTaskGroup *gb = *(ZjtxTaskGroup * const *) b;
  int pa = zjtx_unit_get_position (ga->key), pb = zjtx_unit_get_position (gb->key);

  /* Known units in the task force's order, then the others by name. */
  if (pa != pb)
    return pa < 0 ? 1 : pb < 0 ? -1 : (pa < pb ? -1 : 1);
  return g_strcmp0 (ga->key, gb->key);
}

static ZjtxTaskGroup *
group_for (GPtrArray  *groups,
           GHashTable *by_key,
           const char *key,
           const char *title)
{
  ZjtxTaskGroup *group = g_hash_table_lookup (by_key, key);

  if (group == NULL)
    {
      group = g_new0 (ZjtxTaskGroup, 1);
      group->key = g_strdup (key);
      group->title = g_strdup (title);
      group->tasks = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (groups, group);
      g_hash_table_insert (by_key, group->key, group);
    }
  return group;
}

GPtrArray *
zjtx_action_tasks_group (ZjtxStore         *store,
                         ZjtxTaskGrouping   grouping,
                         ZjtxDate           day,
                         const char        *unit,
                         gboolean           overdue_only,
                         GError           **error)
{
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_task_group_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *only_unit = unit ? zjtx_unit_normalise (unit) : NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (day != ZJTX_DATE_NONE, NULL);

  tasks = zjtx_store_list (store, ZJTX_TYPE_ACTION_TASK, NULL, NULL, NULL, error);
  if (tasks == NULL)
    return NULL;
  g_ptr_array_sort (tasks, compare_tasks);

  for (guint i = 0; i < tasks->len; i++)
    {
      ZjtxActionTask *task = g_ptr_array_index (tasks, i);
      ZjtxTaskStatus status = zjtx_action_task_get_status_on (task, day);

      if (only_unit != NULL && !zjtx_action_task_has_unit (task, only_unit))
        continue;
      if (overdue_only && status != ZJTX_TASK_OVERDUE)
        continue;

      if (grouping == ZJTX_TASK_GROUP_BY_CLAUSE)
        {
          ZjtxTaskGroup *group = group_for (groups, by_key, zjtx_action_task_get_clause (task),
                                            zjtx_action_task_get_title (task));

          group->counts[status]++;
          group->total++;
          g_ptr_array_add (group->tasks, g_object_ref (task));
        }
      else
        {
          g_auto(GStrv) units = g_strsplit (zjtx_action_task_get_responsible_units (task), "、", -1);

          for (guint u = 0; units[u] != NULL; u++)
            {
              ZjtxTaskGroup *group;

              if (units[u][0] == '\0' || (only_unit != NULL && !g_str_equal (units[u], only_unit)))
                continue;
              group = group_for (groups, by_key, units[u], units[u]);
              group->counts[status]++;
              group->total++;
              g_ptr_array_add (group->tasks, g_object_ref (task));
            }
        }
    }

  /* By clause the groups already follow the sorted tasks. */
  if (grouping == ZJTX_TASK_GROUP_BY_UNIT)
    g_ptr_array_sort (groups, compare_unit_groups);
  return g_steal_pointer (&groups);
}
