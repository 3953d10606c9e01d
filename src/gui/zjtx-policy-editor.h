/* zjtx-policy-editor.h: a new policy version, prepared from an existing one */
#pragma once

#include <adwaita.h>

#include "core/zjtx-policy.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_POLICY_EDITOR (zjtx_policy_editor_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxPolicyEditor, zjtx_policy_editor, ZJTX, POLICY_EDITOR, AdwWindow)

/* An editor pre-filled from @source, with its id and document number left
 * empty; Save adds the new version to @store and emits "saved". */
ZjtxPolicyEditor *zjtx_policy_editor_new        (ZjtxStore        *store,
                                                 ZjtxPolicy       *source);
/* The entry of the member at the JSON @path ("rules.rent_subsidy.rate"),
 * or NULL: a GtkEditable for text members. */
GtkWidget        *zjtx_policy_editor_get_field  (ZjtxPolicyEditor *self,
                                                 const char       *path);
/* What the Save button does: builds the document, validates it as a file
 * would be, adds it to the store. On failure the field at fault is marked
 * and the editor stays open. */
gboolean          zjtx_policy_editor_save       (ZjtxPolicyEditor *self,
                                                 GError          **error);

G_END_DECLS
