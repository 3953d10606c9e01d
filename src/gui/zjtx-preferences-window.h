/* zjtx-preferences-window.h: the Preferences window (style, officer's name,
 * award notices)
 *
 * Also the rules the application shares with it: what a style-variant
 * value means to AdwStyleManager, what makes an officer's name and what
 * makes an issuing office.
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define ZJTX_PREFERENCES_ERROR (zjtx_preferences_error_quark ())

typedef enum {
  ZJTX_PREFERENCES_ERROR_NAME_TOO_LONG,    /* over ZJTX_OFFICER_NAME_MAX_CHARS */
  ZJTX_PREFERENCES_ERROR_NAME_CONTROL,     /* a line break, a tab, … */
  ZJTX_PREFERENCES_ERROR_OFFICE_EMPTY,     /* blank */
  ZJTX_PREFERENCES_ERROR_OFFICE_TOO_LONG,  /* over ZJTX_ISSUING_OFFICE_MAX_CHARS */
  ZJTX_PREFERENCES_ERROR_OFFICE_CONTROL,   /* a line break, a tab, … */
} ZjtxPreferencesError;

GQuark zjtx_preferences_error_quark (void);

/* Characters (not bytes) of an officer's name, once trimmed. */
#define ZJTX_OFFICER_NAME_MAX_CHARS 40
/* Characters of an issuing office, once trimmed. */
#define ZJTX_ISSUING_OFFICE_MAX_CHARS 40

#define ZJTX_TYPE_PREFERENCES_WINDOW (zjtx_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxPreferencesWindow, zjtx_preferences_window, ZJTX, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @settings: the application's (schema cn.gov.yongchun.Zjtx), or NULL when
 * the schema is missing, and then the rows are insensitive. */
ZjtxPreferencesWindow *zjtx_preferences_window_new        (GSettings  *settings);

/* The color scheme of a style-variant value: "light" and "dark" force one,
 * anything else follows the system. */
AdwColorScheme         zjtx_style_variant_to_color_scheme (const char *variant);

/* @name without the spaces around it, or NULL with @error when it is longer
 * than ZJTX_OFFICER_NAME_MAX_CHARS or holds a control character (a line
 * break anywhere included). "" stays "": it stands for the login name. */
char                  *zjtx_officer_name_normalize        (const char  *name,
                                                           GError     **error);

/* @office without the spaces around it, or NULL with @error when it is
 * blank, longer than ZJTX_ISSUING_OFFICE_MAX_CHARS or holds a control
 * character: it heads every award notice. */
char                  *zjtx_issuing_office_normalize      (const char  *office,
                                                           GError     **error);

/* What choosing @file in the Seal Image row's file chooser does: keeps its
 * path in seal-image if it reads as a seal (zjtx_notice_check_seal), else
 * says so in a toast naming it and leaves the key as it was. Returns
 * whether it was kept. Public for the tests, which cannot answer a native
 * file chooser; nothing else should call it. */
gboolean               zjtx_preferences_window_choose_seal (ZjtxPreferencesWindow *self,
                                                            GFile                 *file);

G_END_DECLS
