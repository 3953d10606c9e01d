/* zjtx-application.h: the zjtx application (AdwApplication)
 *
 * Owns what every window shares: the store (the database of --db, else
 * the default one) and the policy set, both opened once at startup, and
 * the GSettings of the window state.
 */
#pragma once

#include <adwaita.h>

#include "core/zjtx-policy.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_APPLICATION (zjtx_application_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxApplication, zjtx_application, ZJTX, APPLICATION, AdwApplication)

ZjtxApplication *zjtx_application_new              (void);
/* The database to open at startup instead of the default one (--db sets
 * it); call before the application is registered. */
void             zjtx_application_set_database_path (ZjtxApplication *self,
                                                     const char      *path);
/* The path of the database, opened or not. Valid after startup. */
const char      *zjtx_application_get_database_path (ZjtxApplication *self);
/* The open store, or NULL when the database could not be opened, and then
 * zjtx_application_get_store_error() says why. Valid after startup. */
ZjtxStore       *zjtx_application_get_store         (ZjtxApplication *self);
const GError    *zjtx_application_get_store_error   (ZjtxApplication *self);
/* The policies of the store (the shipped ones when it could not be
 * opened), or NULL when they failed to load, and
 * then zjtx_application_get_policies_error() says why. Valid after startup. */
ZjtxPolicySet   *zjtx_application_get_policies      (ZjtxApplication *self);
const GError    *zjtx_application_get_policies_error (ZjtxApplication *self);
/* Opens the database @path (creating it if missing) in place of the one
 * open now, and replaces the windows by one on it, which offers the
 * first-run choice if it is empty. On failure nothing changes. */
gboolean         zjtx_application_open_database     (ZjtxApplication *self,
                                                     const char      *path,
                                                     GError         **error);
/* Runs the program: g_application_run plus the exit status of --screenshot. */
int              zjtx_application_run               (int              argc,
                                                     char            *argv[]);

G_END_DECLS
