/* zjtx-policies-page.h: the policies in force and the rules of each */
#pragma once

#include <adwaita.h>

#include "core/zjtx-policy.h"

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

G_END_DECLS
