/* zjtx-enterprise-editor.h: one enterprise with its recognitions, figures and claims */
#pragma once

#include <adwaita.h>

#include "model/zjtx-enterprise-history.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_ENTERPRISE_EDITOR (zjtx_enterprise_editor_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxEnterpriseEditor, zjtx_enterprise_editor, ZJTX, ENTERPRISE_EDITOR, AdwWindow)

/* @enterprise_id 0 edits a new enterprise. */
ZjtxEnterpriseEditor   *zjtx_enterprise_editor_new           (GtkWindow            *parent,
                                                              ZjtxStore            *store,
                                                              gint64                enterprise_id);
gint64                  zjtx_enterprise_editor_get_enterprise_id (ZjtxEnterpriseEditor *self);
/* The date rewards are evaluated on (default: today). */
ZjtxDate                zjtx_enterprise_editor_get_as_of     (ZjtxEnterpriseEditor *self);
void                    zjtx_enterprise_editor_set_as_of     (ZjtxEnterpriseEditor *self,
                                                              ZjtxDate              as_of);
/* After "deleted": what was deleted, for an Undo (transfer full; NULL
 * once taken). zjtx_enterprise_snapshot_restore () re-creates it. */
ZjtxEnterpriseSnapshot *zjtx_enterprise_editor_take_deleted  (ZjtxEnterpriseEditor *self);

G_END_DECLS
