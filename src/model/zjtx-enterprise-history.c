/* zjtx-enterprise-history.c: an enterprise's audit trail and undoable delete
 *
 * The history follows the audit index (entity, entity_id) for the
 * enterprise and for the ids of its current records: a scan of the JSON of
 * every audit row would not stay fast with 100,000 enterprises. Rows of
 * records deleted earlier are therefore not listed.
 */

#include "config.h"

#include <sqlite3.h>

#include "zjtx-enterprise.h"
#include "zjtx-housing-loan.h"
#include "zjtx-monitoring-record.h"
#include "zjtx-recognition.h"
#include "zjtx-rent.h"
#include "zjtx-support-record.h"
#include "zjtx-enterprise-history.h"

void
zjtx_audit_entry_free (ZjtxAuditEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->at);
  g_free (entry->actor);
  g_free (entry->entity);
  g_free (entry->action);
  g_free (entry->old_values);
  g_free (entry->new_values);
  g_free (entry);
}

static char *
column_dup (sqlite3_stmt *stmt,
            int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

GPtrArray *
zjtx_enterprise_history_list (ZjtxStore  *store,
                              gint64      enterprise_id,
                              guint       limit,
                              GError    **error)
{
  static const char sql[] =
    "SELECT id, at, actor, entity, entity_id, action, old_values, new_values FROM audit "
    "WHERE (entity = 'enterprise' AND entity_id = ?1) "
    "OR (entity = 'recognition' AND entity_id IN (SELECT id FROM recognition WHERE enterprise_id = ?1)) "
    "OR (entity = 'monitoring_record' AND entity_id IN (SELECT id FROM monitoring_record WHERE enterprise_id = ?1)) "
    "OR (entity = 'housing_loan' AND entity_id IN (SELECT id FROM housing_loan WHERE enterprise_id = ?1)) "
    "OR (entity = 'rent' AND entity_id IN (SELECT id FROM rent WHERE enterprise_id = ?1)) "
    "OR (entity = 'support_record' AND entity_id IN (SELECT id FROM support_record WHERE enterprise_id = ?1)) "
    "ORDER BY id DESC LIMIT ?2";
  sqlite3 *db = zjtx_store_get_db (store);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_audit_entry_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      zjtx_store_set_sqlite_error (store, rc, "reading the history", error);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, enterprise_id);
  sqlite3_bind_int64 (stmt, 2, limit);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZjtxAuditEntry *entry = g_new0 (ZjtxAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = column_dup (stmt, 1);
      entry->actor = column_dup (stmt, 2);
      entry->entity = column_dup (stmt, 3);
      entry->entity_id = sqlite3_column_int64 (stmt, 4);
      entry->action = column_dup (stmt, 5);
      entry->old_values = column_dup (stmt, 6);
      entry->new_values = column_dup (stmt, 7);
      g_ptr_array_add (entries, entry);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, "reading the history", error);
      return NULL;
    }
  return g_steal_pointer (&entries);
}

struct _ZjtxEnterpriseSnapshot
{
  ZjtxEnterprise *enterprise;
  GPtrArray      *records;   /* ZjtxRecord with an "enterprise-id" */
};

static GType
child_type (guint i)
{
  switch (i)
    {
    case 0: return ZJTX_TYPE_RECOGNITION;
    case 1: return ZJTX_TYPE_MONITORING_RECORD;
    case 2: return ZJTX_TYPE_HOUSING_LOAN;
    case 3: return ZJTX_TYPE_RENT;
    case 4: return ZJTX_TYPE_SUPPORT_RECORD;
    default: return G_TYPE_INVALID;
    }
}

ZjtxEnterpriseSnapshot *
zjtx_enterprise_snapshot_take (ZjtxStore  *store,
                               gint64      enterprise_id,
                               GError    **error)
{
  g_autoptr(ZjtxEnterpriseSnapshot) snapshot = g_new0 (ZjtxEnterpriseSnapshot, 1);
  g_auto(GValue) value = G_VALUE_INIT;

  snapshot->records = g_ptr_array_new_with_free_func (g_object_unref);
  snapshot->enterprise = zjtx_store_load (store, ZJTX_TYPE_ENTERPRISE, enterprise_id, error);
  if (snapshot->enterprise == NULL)
    return NULL;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, enterprise_id);
  for (guint i = 0; child_type (i) != G_TYPE_INVALID; i++)
    {
      g_autoptr(GPtrArray) list = zjtx_store_list (store, child_type (i), "enterprise_id", &value, NULL, error);

      if (list == NULL)
        return NULL;
      for (guint j = 0; j < list->len; j++)
        g_ptr_array_add (snapshot->records, g_object_ref (g_ptr_array_index (list, j)));
    }
  return g_steal_pointer (&snapshot);
}

void
zjtx_enterprise_snapshot_free (ZjtxEnterpriseSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_clear_object (&snapshot->enterprise);
  g_clear_pointer (&snapshot->records, g_ptr_array_unref);
  g_free (snapshot);
}

gint64
zjtx_enterprise_snapshot_get_id (ZjtxEnterpriseSnapshot *snapshot)
{
  return zjtx_record_get_id (ZJTX_RECORD (snapshot->enterprise));
}

gboolean
zjtx_enterprise_snapshot_delete (ZjtxEnterpriseSnapshot  *snapshot,
                                 ZjtxStore               *store,
                                 GError                 **error)
{
  if (!zjtx_store_begin (store, error))
    return FALSE;
  /* The children one by one, so that each delete has its audit row
   * (ON DELETE CASCADE would remove them silently). */
  for (guint i = 0; i < snapshot->records->len; i++)
    if (!zjtx_store_delete (store, g_ptr_array_index (snapshot->records, i), error))
      goto fail;
  if (!zjtx_store_delete (store, ZJTX_RECORD (snapshot->enterprise), error))
    goto fail;
  return zjtx_store_commit (store, error);

fail:
  zjtx_store_rollback (store);
  return FALSE;
}

gint64
zjtx_enterprise_snapshot_restore (ZjtxEnterpriseSnapshot  *snapshot,
                                  ZjtxStore               *store,
                                  GError                 **error)
{
  gint64 id;

  if (!zjtx_store_begin (store, error))
    return 0;
  zjtx_record_set_id (ZJTX_RECORD (snapshot->enterprise), 0);
  if (!zjtx_store_save (store, ZJTX_RECORD (snapshot->enterprise), error))
    goto fail;
  id = zjtx_record_get_id (ZJTX_RECORD (snapshot->enterprise));
  for (guint i = 0; i < snapshot->records->len; i++)
    {
      ZjtxRecord *record = g_ptr_array_index (snapshot->records, i);

      zjtx_record_set_id (record, 0);
      g_object_set (record, "enterprise-id", id, NULL);
      if (!zjtx_store_save (store, record, error))
        goto fail;
    }
  if (!zjtx_store_commit (store, error))
    return 0;
  return id;

fail:
  zjtx_store_rollback (store);
  return 0;
}
