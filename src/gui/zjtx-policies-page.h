/* zjtx-policies-page.h: the policies in force and the rules of each */
#pragma once

#include <adwaita.h>

#include "core/zjtx-policy.h"
#include "model/zjtx-store.h"
#include "zjtx-policy-editor.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_POLICIES_PAGE (zjtx_policies_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxPoliciesPage, zjtx_policies_page, ZJTX, POLICIES_PAGE, AdwBin)

GtkWidget     *zjtx_policies_page_new          (void);
ZjtxPolicySet *zjtx_policies_page_get_policies (ZjtxPoliciesPage *self);
/* Shows @policies; when they failed to load, @policies is NULL and @error
 * says why, and the page shows the error instead. */
void           zjtx_policies_page_set_policies (ZjtxPoliciesPage *self,
                                                ZjtxPolicySet    *policies,
                                                const GError     *error);
/* With @store, the page shows the store's policies and offers to import and
 * duplicate versions; without, it shows what set_policies() gave, read-only. */
ZjtxStore     *zjtx_policies_page_get_store    (ZjtxPoliciesPage *self);
void           zjtx_policies_page_set_store    (ZjtxPoliciesPage *self,
                                                ZjtxStore        *store);
/* What "Import Policy File…" does with the chosen file: validates it as the
 * loader does and adds it to the store. An error (starting with the file
 * name) is also shown in a dialog. */
gboolean       zjtx_policies_page_import_file  (ZjtxPoliciesPage *self,
                                                GFile            *file,
                                                GError          **error);
/* What "Duplicate…" does: opens the editor on a copy of @policy. */
ZjtxPolicyEditor *zjtx_policies_page_duplicate (ZjtxPoliciesPage *self,
                                                ZjtxPolicy       *policy);

G_END_DECLS
