/* zjtx-application.h: the zjtx application (AdwApplication)
 *
 * Owns what every window shares: the policy set, loaded once at startup,
 * and the GSettings of the window state.
 */
#pragma once

#include <adwaita.h>

#include "core/zjtx-policy.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_APPLICATION (zjtx_application_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxApplication, zjtx_application, ZJTX, APPLICATION, AdwApplication)

ZjtxApplication *zjtx_application_new              (void);
/* The policies shipped with zjtx, or NULL when they failed to load, and
 * then zjtx_application_get_policies_error() says why. Valid after startup. */
ZjtxPolicySet   *zjtx_application_get_policies      (ZjtxApplication *self);
const GError    *zjtx_application_get_policies_error (ZjtxApplication *self);
/* Runs the program: g_application_run plus the exit status of --screenshot. */
int              zjtx_application_run               (int              argc,
                                                     char            *argv[]);

G_END_DECLS
