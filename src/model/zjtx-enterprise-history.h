/* zjtx-enterprise-history.h: an enterprise's audit trail, and its records
 * kept across a delete so that the delete can be undone
 */
#pragma once

#include "zjtx-store.h"

G_BEGIN_DECLS

/* One audit row about the enterprise or one of its records. */
typedef struct {
  gint64  id;
  char   *at;          /* ISO 8601 */
  char   *actor;
  char   *entity;      /* table: "enterprise", "recognition" … */
  gint64  entity_id;
  char   *action;      /* "insert", "update", "delete" */
  char   *old_values;  /* JSON object or NULL */
  char   *new_values;  /* JSON object or NULL */
} ZjtxAuditEntry;

void        zjtx_audit_entry_free          (ZjtxAuditEntry *entry);

/* The audit rows of enterprise @enterprise_id and of its current
 * recognitions, monitoring records, housing loans and rents, newest first,
 * at most @limit of them. An array of ZjtxAuditEntry. */
GPtrArray  *zjtx_enterprise_history_list   (ZjtxStore  *store,
                                            gint64      enterprise_id,
                                            guint       limit,
                                            GError    **error);

/* An enterprise with its recognitions, monitoring records, housing loans
 * and rents, as loaded before a delete. */
typedef struct _ZjtxEnterpriseSnapshot ZjtxEnterpriseSnapshot;

ZjtxEnterpriseSnapshot *zjtx_enterprise_snapshot_take    (ZjtxStore               *store,
                                                          gint64                   enterprise_id,
                                                          GError                 **error);
void                    zjtx_enterprise_snapshot_free    (ZjtxEnterpriseSnapshot  *snapshot);
gint64                  zjtx_enterprise_snapshot_get_id  (ZjtxEnterpriseSnapshot  *snapshot);
/* Deletes the enterprise and its records (each audited) in one transaction. */
gboolean                zjtx_enterprise_snapshot_delete  (ZjtxEnterpriseSnapshot  *snapshot,
                                                          ZjtxStore               *store,
                                                          GError                 **error);
/* Re-creates them (audited as inserts) in one transaction. The store gives
 * new rows new ids: returns the enterprise's new id, or 0 with @error. */
gint64                  zjtx_enterprise_snapshot_restore (ZjtxEnterpriseSnapshot  *snapshot,
                                                          ZjtxStore               *store,
                                                          GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxAuditEntry, zjtx_audit_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxEnterpriseSnapshot, zjtx_enterprise_snapshot_free)

G_END_DECLS
