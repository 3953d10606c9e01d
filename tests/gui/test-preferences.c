/* test-preferences.c: the Preferences window, under a real display (Xvfb)
 *
 * On an application registered (not run) on an empty database of its own,
 * with the memory GSettings backend of the test environment, whose keys
 * every GSettings object of the process shares:
 *  - each style-variant value has its color scheme;
 *  - choosing Dark in the Style row writes 'dark', and the application
 *    turns AdwStyleManager to ADW_COLOR_SCHEME_FORCE_DARK; Follow System
 *    brings back 'default' and ADW_COLOR_SCHEME_DEFAULT;
 *  - a name is trimmed and saved on apply; one of 41 characters, or with a
 *    line break, is refused: not saved, the row marked "error" with the
 *    reason as its tooltip, a toast; a name typed but not applied is saved
 *    when the window closes;
 *  - the name set, a record saved in the application's store is audited
 *    with it as the actor, as in a database opened afterwards; empty, the
 *    login name;
 *  - an issuing office and a document number prefix are trimmed and saved
 *    on apply or when the window closes; a blank office, one of 41
 *    characters or with a line break, and a prefix the notices refuse
 *    (with 〔 or 号, blank) are refused as a name is; the example line
 *    shows the number the prefix typed gives this year's first notice,
 *    or why it gives none;
 *  - a seal image chosen is kept only if it reads as a PNG: a text file is
 *    refused with a toast naming it, the key unchanged; a PNG is kept and
 *    the row shows its name; Remove empties the key; the row follows the
 *    key, whoever writes it;
 *  - Choose… opens a modal file chooser of PNG images in the current
 *    seal's folder; cancelled, nothing changes;
 *  - without settings the rows are insensitive;
 *  - app.preferences (Ctrl+,, in the primary menu before Keyboard
 *    Shortcuts, and in the shortcuts window) shows the window, modal and
 *    transient for the main window;
 *  - with ZJTX_PREFERENCES_SCREENSHOT=FILE the window, with a refused name
 *    applied (ZJTX_PREFERENCES_SCREENSHOT_NAME=TEXT applies TEXT instead)
 *    and a seal image chosen (ZJTX_PREFERENCES_SCREENSHOT_PREFIX=TEXT types
 *    TEXT as the prefix), is written to FILE as a PNG (run with
 *    LANG=zh_CN.UTF-8 to look at it in Chinese).
 *
 * Runs in the C locale (gtk_test_init), so the interface is in English.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <cairo.h>
#include <sqlite3.h>

#include "core/zjtx-date.h"
#include "core/zjtx-i18n.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-notices.h"
#include "zjtx-application.h"
#include "zjtx-preferences-window.h"
#include "zjtx-screenshot.h"
#include "zjtx-window.h"

#include "gui-test-util.h"

/* 41 characters, 123 bytes: the limit counts characters. */
#define NAME_41 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"
#define NAME_40 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"
#define DEFAULT_OFFICE "永春县工业信息化和商务局"
#define DEFAULT_PREFIX "永工信商"

static ZjtxApplication *app;
static GSettings *settings;
static char *tmp_dir;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static ZjtxPreferencesWindow *
show_preferences (GSettings *with)
{
  ZjtxPreferencesWindow *window = zjtx_preferences_window_new (with);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static AdwComboRow *
style_row (ZjtxPreferencesWindow *window)
{
  GtkWidget *row = gui_test_find_named (GTK_WIDGET (window), "style-variant");

  g_assert_true (ADW_IS_COMBO_ROW (row));
  return ADW_COMBO_ROW (row);
}

static AdwEntryRow *
name_row (ZjtxPreferencesWindow *window)
{
  GtkWidget *row = gui_test_find_named (GTK_WIDGET (window), "officer-name");

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return ADW_ENTRY_ROW (row);
}

/* Types @text and presses the apply button (what Enter does too). */
static void
apply_name (ZjtxPreferencesWindow *window,
            const char            *text)
{
  gtk_editable_set_text (GTK_EDITABLE (name_row (window)), text);
  g_signal_emit_by_name (name_row (window), "apply");
  gui_test_spin ();
}

static AdwEntryRow *
entry_row (ZjtxPreferencesWindow *window,
           const char            *key)
{
  GtkWidget *row = gui_test_find_named (GTK_WIDGET (window), key);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  return ADW_ENTRY_ROW (row);
}

static AdwActionRow *
action_row (ZjtxPreferencesWindow *window,
            const char            *name)
{
  GtkWidget *row = gui_test_find_named (GTK_WIDGET (window), name);

  g_assert_true (ADW_IS_ACTION_ROW (row));
  return ADW_ACTION_ROW (row);
}

/* Types @text in the row of @key and presses its apply button. */
static void
apply_text (ZjtxPreferencesWindow *window,
            const char            *key,
            const char            *text)
{
  AdwEntryRow *row = entry_row (window, key);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
  gui_test_spin ();
}

/* Asserts @key holds @expected. */
static void
assert_key (const char *key,
            const char *expected)
{
  g_autofree char *value = g_settings_get_string (settings, key);

  g_assert_cmpstr (value, ==, expected);
}

/* Asserts the row of @key is marked refused, for @reason. */
static void
assert_refused (ZjtxPreferencesWindow *window,
                const char            *key,
                const char            *reason)
{
  GtkWidget *row = GTK_WIDGET (entry_row (window, key));

  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, reason);
}

static void
assert_accepted (ZjtxPreferencesWindow *window,
                 const char            *key)
{
  GtkWidget *row = GTK_WIDGET (entry_row (window, key));

  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (row));
}

/* "永工信商〔2026〕1号", with this year. */
static char *
first_number (const char *prefix)
{
  int year;

  zjtx_date_to_ymd (zjtx_date_today (), &year, NULL, NULL);
  return zjtx_notices_format_doc_number (prefix, year, 1);
}

/* A real PNG (a red disc on transparency, as a seal is) at @path. */
static void
write_png (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 64);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.8, 0.0, 0.0);
  cairo_arc (cr, 32, 32, 30, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* What the file chooser hands over when @path is chosen. */
static gboolean
choose_seal (ZjtxPreferencesWindow *window,
             const char            *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean kept = zjtx_preferences_window_choose_seal (window, file);

  gui_test_spin ();
  return kept;
}

static char *
officer_name (void)
{
  return g_settings_get_string (settings, "officer-name");
}

static char *
last_actor (ZjtxStore *store)
{
  sqlite3_stmt *stmt = NULL;
  char *actor = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store),
                                       "SELECT actor FROM audit ORDER BY id DESC LIMIT 1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    actor = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return actor;
}

/* Saves a new enterprise (audited) in @store; returns the audit's actor. */
static char *
save_enterprise (ZjtxStore  *store,
                 const char *name)
{
  g_autoptr(ZjtxEnterprise) enterprise = zjtx_enterprise_new ();
  g_autoptr(GError) error = NULL;

  zjtx_enterprise_set_name (enterprise, name);
  zjtx_enterprise_set_township (enterprise, "桃城镇");
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (enterprise), &error));
  g_assert_no_error (error);
  return last_actor (store);
}

static guint
n_toasts (ZjtxPreferencesWindow *window)
{
  g_autoptr(GPtrArray) toasts = gui_test_find_all (GTK_WIDGET (window), GTK_TYPE_WIDGET);
  guint n = 0;

  for (guint i = 0; i < toasts->len; i++)
    if (g_strcmp0 (gtk_widget_get_css_name (g_ptr_array_index (toasts, i)), "toast") == 0)
      n++;
  return n;
}

static void
reset_settings (void)
{
  g_settings_reset (settings, "style-variant");
  g_settings_reset (settings, "officer-name");
  g_settings_reset (settings, "issuing-office");
  g_settings_reset (settings, "doc-number-prefix");
  g_settings_reset (settings, "seal-image");
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* style                                                               */

static void
test_style_mapping (void)
{
  g_assert_cmpint (zjtx_style_variant_to_color_scheme ("default"), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpint (zjtx_style_variant_to_color_scheme ("light"), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_cmpint (zjtx_style_variant_to_color_scheme ("dark"), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_cmpint (zjtx_style_variant_to_color_scheme ("purple"), ==, ADW_COLOR_SCHEME_DEFAULT);
  g_assert_cmpint (zjtx_style_variant_to_color_scheme (NULL), ==, ADW_COLOR_SCHEME_DEFAULT);
}

static void
test_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  ZjtxPreferencesWindow *window;
  g_autofree char *variant = NULL;
  GListModel *model;

  reset_settings ();
  window = show_preferences (settings);
  model = adw_combo_row_get_model (style_row (window));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "Follow System");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 1), ==, "Light");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 2), ==, "Dark");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row (window)), ==, 0);
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  adw_combo_row_set_selected (style_row (window), 2);
  gui_test_spin ();
  variant = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (variant, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_clear_pointer (&variant, g_free);

  adw_combo_row_set_selected (style_row (window), 1);
  gui_test_spin ();
  variant = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (variant, ==, "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_clear_pointer (&variant, g_free);

  /* And the row follows the key, whoever writes it. */
  g_settings_set_string (settings, "style-variant", "dark");
  gui_test_spin ();
  g_assert_cmpuint (adw_combo_row_get_selected (style_row (window)), ==, 2);

  adw_combo_row_set_selected (style_row (window), 0);
  gui_test_spin ();
  variant = g_settings_get_string (settings, "style-variant");
  g_assert_cmpstr (variant, ==, "default");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------ */
/* name                                                                */

static void
test_name_normalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  name = zjtx_officer_name_normalize (" \u3000张三\u00a0 ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "张三");
  g_clear_pointer (&name, g_free);

  name = zjtx_officer_name_normalize ("   ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "");
  g_clear_pointer (&name, g_free);

  name = zjtx_officer_name_normalize ("  " NAME_40 "  ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, NAME_40);
  g_clear_pointer (&name, g_free);

  g_assert_null (zjtx_officer_name_normalize (NAME_41, &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_TOO_LONG);
  g_assert_cmpstr (error->message, ==, "A name has at most 40 characters");
  g_clear_error (&error);

  /* Refused wherever it is, even where trimming would drop it. */
  g_assert_null (zjtx_officer_name_normalize ("张三\n", &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_CONTROL);
  g_assert_cmpstr (error->message, ==, "A name cannot contain line breaks or tabs");
  g_clear_error (&error);
  g_assert_null (zjtx_officer_name_normalize ("张\t三", &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_CONTROL);
  g_clear_error (&error);
  g_assert_null (zjtx_officer_name_normalize ("张\u2028三", &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_CONTROL);
  g_clear_error (&error);
}

static void
test_name (void)
{
  ZjtxPreferencesWindow *window;
  GtkWidget *row;
  g_autofree char *name = NULL;

  reset_settings ();
  g_settings_set_string (settings, "officer-name", "李四");
  window = show_preferences (settings);
  row = GTK_WIDGET (name_row (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "李四");
  g_assert_true (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (row)));
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* Trimmed, then saved. */
  apply_name (window, "  王五  ");
  name = officer_name ();
  g_assert_cmpstr (name, ==, "王五");
  g_clear_pointer (&name, g_free);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (row));
  g_assert_cmpuint (n_toasts (window), ==, 0);

  /* 41 characters: marked as typed, before any apply, and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (row), NAME_41);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "A name has at most 40 characters");
  g_signal_emit_by_name (row, "apply");
  gui_test_spin ();
  name = officer_name ();
  g_assert_cmpstr (name, ==, "王五");
  g_clear_pointer (&name, g_free);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpuint (n_toasts (window), ==, 1);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), "Not saved: A name has at most 40 characters"));

  /* Corrected, the mark goes. */
  gtk_editable_set_text (GTK_EDITABLE (row), NAME_40);
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_null (gtk_widget_get_tooltip_text (row));

  /* A line break. */
  apply_name (window, "赵六\n钱七");
  name = officer_name ();
  g_assert_cmpstr (name, ==, "王五");
  g_clear_pointer (&name, g_free);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==,
                   "A name cannot contain line breaks or tabs");

  /* Typed, not applied: kept when the window closes. */
  gtk_editable_set_text (GTK_EDITABLE (row), "孙八");
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();
  name = officer_name ();
  g_assert_cmpstr (name, ==, "孙八");
  g_clear_pointer (&name, g_free);

  /* Refused, even on closing. */
  window = show_preferences (settings);
  gtk_editable_set_text (GTK_EDITABLE (name_row (window)), NAME_41);
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();
  name = officer_name ();
  g_assert_cmpstr (name, ==, "孙八");
  g_clear_pointer (&name, g_free);

  /* Emptied: the login name, as the key's default. */
  window = show_preferences (settings);
  apply_name (window, " ");
  name = officer_name ();
  g_assert_cmpstr (name, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_name_is_actor (void)
{
  g_autofree char *other = g_build_filename (tmp_dir, "other.db", NULL);
  ZjtxStore *store = zjtx_application_get_store (app);
  ZjtxPreferencesWindow *window;
  g_autoptr(GError) error = NULL;
  g_autofree char *actor = NULL;
  GList *windows;

  reset_settings ();
  g_assert_nonnull (store);
  g_assert_cmpstr (zjtx_store_get_actor (store), ==, g_get_user_name ());
  actor = save_enterprise (store, "甲公司");
  g_assert_cmpstr (actor, ==, g_get_user_name ());
  g_clear_pointer (&actor, g_free);

  window = show_preferences (settings);
  apply_name (window, "周九");
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpstr (zjtx_store_get_actor (store), ==, "周九");
  actor = save_enterprise (store, "乙公司");
  g_assert_cmpstr (actor, ==, "周九");
  g_clear_pointer (&actor, g_free);

  /* A database opened afterwards records the same officer. */
  g_assert_true (zjtx_application_open_database (app, other, &error));
  g_assert_no_error (error);
  gui_test_spin ();
  store = zjtx_application_get_store (app);
  g_assert_cmpstr (zjtx_store_get_path (store), ==, other);
  actor = save_enterprise (store, "丙公司");
  g_assert_cmpstr (actor, ==, "周九");
  g_clear_pointer (&actor, g_free);

  /* Emptied: the login name again, never an empty actor. */
  g_settings_set_string (settings, "officer-name", "");
  gui_test_spin ();
  actor = save_enterprise (store, "丁公司");
  g_assert_cmpstr (actor, ==, g_get_user_name ());

  /* The new window, and its first-run dialog. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (windows->data);
  for (guint i = g_list_model_get_n_items (gtk_window_get_toplevels ()); i > 0; i--)
    {
      g_autoptr(GObject) item = g_list_model_get_item (gtk_window_get_toplevels (), i - 1);

      if (ADW_IS_MESSAGE_DIALOG (item))
        gtk_window_destroy (GTK_WINDOW (item));
    }
  gui_test_spin ();
}

/* GTK 4.8's own file chooser dialog (GtkFileChooserNative's fallback when
 * there is no portal, as under Xvfb) now and then snapshots one of its
 * buttons before allocating it as it first appears, and warns "Trying to
 * snapshot GtkButton … without a current allocation" (about one run in
 * seven). While that dialog opens, warnings are counted rather than fatal:
 * that one of GTK's is let through, any other fails the test after. */
static guint other_warnings;

static GLogWriterOutput
count_warnings (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         data)
{
  if (level & G_LOG_LEVEL_WARNING)
    {
      const char *domain = NULL;
      const char *message = NULL;

      for (gsize i = 0; i < n_fields; i++)
        if (g_str_equal (fields[i].key, "GLIB_DOMAIN"))
          domain = fields[i].value;
        else if (g_str_equal (fields[i].key, "MESSAGE"))
          message = fields[i].value;
      if (!(g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
            g_str_has_prefix (message, "Trying to snapshot GtkButton ") &&
            g_str_has_suffix (message, " without a current allocation")))
        other_warnings++;
    }
  return g_log_writer_default (level, fields, n_fields, data);
}

/* Clicks @button, which opens the file chooser, and lets it appear. */
static void
open_file_chooser (GtkWidget *button)
{
  GLogLevelFlags fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);

  other_warnings = 0;
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin ();
  g_log_set_always_fatal (fatal);
  g_assert_cmpuint (other_warnings, ==, 0);
}

/* ------------------------------------------------------------------ */
/* award notices                                                       */

static void
test_office_normalize (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *office = NULL;

  office = zjtx_issuing_office_normalize ("\u3000 " DEFAULT_OFFICE " \u00a0", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (office, ==, DEFAULT_OFFICE);
  g_clear_pointer (&office, g_free);

  office = zjtx_issuing_office_normalize (" " NAME_40 " ", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (office, ==, NAME_40);
  g_clear_pointer (&office, g_free);

  g_assert_null (zjtx_issuing_office_normalize ("", &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_EMPTY);
  g_assert_cmpstr (error->message, ==, "The issuing office cannot be empty");
  g_clear_error (&error);
  g_assert_null (zjtx_issuing_office_normalize (" \u3000 ", &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_EMPTY);
  g_clear_error (&error);

  g_assert_null (zjtx_issuing_office_normalize (NAME_41, &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_TOO_LONG);
  g_assert_cmpstr (error->message, ==, "An issuing office has at most 40 characters");
  g_clear_error (&error);

  g_assert_null (zjtx_issuing_office_normalize (DEFAULT_OFFICE "\n", &error));
  g_assert_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_CONTROL);
  g_assert_cmpstr (error->message, ==, "An issuing office cannot contain line breaks or tabs");
  g_clear_error (&error);
}

static void
test_office (void)
{
  ZjtxPreferencesWindow *window;
  GtkWidget *row;

  reset_settings ();
  window = show_preferences (settings);
  row = GTK_WIDGET (entry_row (window, "issuing-office"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Issuing Office");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, DEFAULT_OFFICE);
  g_assert_true (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (row)));
  assert_accepted (window, "issuing-office");

  /* Trimmed, then saved. */
  apply_text (window, "issuing-office", " \u3000永春县商务局 ");
  assert_key ("issuing-office", "永春县商务局");
  assert_accepted (window, "issuing-office");
  g_assert_cmpuint (n_toasts (window), ==, 0);

  /* Blank: refused as typed, and on apply. */
  gtk_editable_set_text (GTK_EDITABLE (row), "  ");
  assert_refused (window, "issuing-office", "The issuing office cannot be empty");
  g_signal_emit_by_name (row, "apply");
  gui_test_spin ();
  assert_key ("issuing-office", "永春县商务局");
  assert_refused (window, "issuing-office", "The issuing office cannot be empty");
  g_assert_cmpuint (n_toasts (window), ==, 1);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), "Not saved: The issuing office cannot be empty"));

  /* 41 characters; 40 are one. */
  apply_text (window, "issuing-office", NAME_41);
  assert_key ("issuing-office", "永春县商务局");
  assert_refused (window, "issuing-office", "An issuing office has at most 40 characters");
  gtk_editable_set_text (GTK_EDITABLE (row), NAME_40);
  assert_accepted (window, "issuing-office");

  /* Two lines. */
  apply_text (window, "issuing-office", "永春县\n商务局");
  assert_key ("issuing-office", "永春县商务局");
  assert_refused (window, "issuing-office", "An issuing office cannot contain line breaks or tabs");

  /* Typed, not applied: kept when the window closes; refused, not. */
  gtk_editable_set_text (GTK_EDITABLE (row), DEFAULT_OFFICE " ");
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();
  assert_key ("issuing-office", DEFAULT_OFFICE);

  window = show_preferences (settings);
  gtk_editable_set_text (GTK_EDITABLE (entry_row (window, "issuing-office")), "");
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();
  assert_key ("issuing-office", DEFAULT_OFFICE);
}

static void
test_prefix (void)
{
  ZjtxPreferencesWindow *window;
  GtkWidget *row;

  reset_settings ();
  window = show_preferences (settings);
  row = GTK_WIDGET (entry_row (window, "doc-number-prefix"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Document Number Prefix");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, DEFAULT_PREFIX);
  g_assert_true (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (row)));
  assert_accepted (window, "doc-number-prefix");

  /* Trimmed, then saved. */
  apply_text (window, "doc-number-prefix", "\u3000永商务 ");
  assert_key ("doc-number-prefix", "永商务");
  assert_accepted (window, "doc-number-prefix");
  g_assert_cmpuint (n_toasts (window), ==, 0);

  /* The brackets and 号 are the number's: refused as typed and on apply,
   * with the notices' own reason. */
  apply_text (window, "doc-number-prefix", "永工〔信商");
  assert_key ("doc-number-prefix", "永商务");
  assert_refused (window, "doc-number-prefix",
                  "The document number prefix “永工〔信商” must not contain “〔”: the year and 号 are added to it");
  g_assert_cmpuint (n_toasts (window), ==, 1);

  apply_text (window, "doc-number-prefix", "永工信商号");
  assert_key ("doc-number-prefix", "永商务");
  assert_refused (window, "doc-number-prefix",
                  "The document number prefix “永工信商号” must not contain “号”: the year and 号 are added to it");

  /* Blank, even of wide spaces only. */
  apply_text (window, "doc-number-prefix", "\u3000\u3000");
  assert_key ("doc-number-prefix", "永商务");
  assert_refused (window, "doc-number-prefix", "The document number prefix is empty (e.g. 永工信商)");

  /* A line break at its end is refused, not dropped. */
  apply_text (window, "doc-number-prefix", "永工信商\n");
  assert_key ("doc-number-prefix", "永商务");
  assert_refused (window, "doc-number-prefix",
                  "The document number prefix “永工信商\n” must not contain “\n”: the year and 号 are added to it");

  /* Typed, not applied: kept when the window closes. */
  gtk_editable_set_text (GTK_EDITABLE (row), " " DEFAULT_PREFIX);
  assert_accepted (window, "doc-number-prefix");
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();
  assert_key ("doc-number-prefix", DEFAULT_PREFIX);
}

static void
test_prefix_example (void)
{
  ZjtxPreferencesWindow *window;
  AdwActionRow *example;
  g_autofree char *expected = NULL;

  reset_settings ();
  window = show_preferences (settings);
  example = action_row (window, "doc-number-example");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (example)), ==, "Example Document Number");

  /* The stored prefix, this year. */
  expected = first_number (DEFAULT_PREFIX);
  g_assert_cmpstr (adw_action_row_get_subtitle (example), ==, expected);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), expected));
  g_clear_pointer (&expected, g_free);

  /* As it is typed, trimmed, before any apply. */
  gtk_editable_set_text (GTK_EDITABLE (entry_row (window, "doc-number-prefix")), " 永工信 ");
  expected = first_number ("永工信");
  g_assert_cmpstr (adw_action_row_get_subtitle (example), ==, expected);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), expected));
  g_assert_true (g_str_has_prefix (expected, "永工信〔20"));
  g_assert_true (g_str_has_suffix (expected, "〕1号"));
  assert_key ("doc-number-prefix", DEFAULT_PREFIX);
  g_clear_pointer (&expected, g_free);

  /* A prefix with "&" is text, not markup. */
  gtk_editable_set_text (GTK_EDITABLE (entry_row (window, "doc-number-prefix")), "A&B");
  expected = first_number ("A&B");
  g_assert_cmpstr (adw_action_row_get_subtitle (example), ==, expected);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), expected));
  g_clear_pointer (&expected, g_free);

  /* Refused: why, instead of a number. */
  gtk_editable_set_text (GTK_EDITABLE (entry_row (window, "doc-number-prefix")), "永工〔信商");
  g_assert_cmpstr (adw_action_row_get_subtitle (example), ==,
                   "The document number prefix “永工〔信商” must not contain “〔”: the year and 号 are added to it");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_seal (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "seals", NULL);
  g_autofree char *text_file = g_build_filename (dir, "fake-seal.png", NULL);
  g_autofree char *png_file = g_build_filename (dir, "seal & stamp.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.png", NULL);
  g_autoptr(GError) error = NULL;
  ZjtxPreferencesWindow *window;
  AdwActionRow *row;
  GtkWidget *choose;
  GtkWidget *remove;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (text_file, "not a seal\n", -1, &error));
  g_assert_no_error (error);
  write_png (png_file);

  reset_settings ();
  window = show_preferences (settings);
  row = action_row (window, "seal-image");
  choose = gui_test_find_named (GTK_WIDGET (window), "seal-choose");
  remove = gui_test_find_named (GTK_WIDGET (window), "seal-remove");
  g_assert_true (GTK_IS_BUTTON (choose));
  g_assert_true (GTK_IS_BUTTON (remove));
  g_assert_true (gtk_widget_is_ancestor (choose, GTK_WIDGET (row)));
  g_assert_true (gtk_widget_is_ancestor (remove, GTK_WIDGET (row)));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (choose)), ==, "Choose…");
  /* Icon-only, so named for the screen reader, and explained on hover. */
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (remove)), ==, "edit-clear-symbolic");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (remove), ==, "Remove");
  /* Its accessible label (Remove Seal Image) cannot be read back under
   * GTK_A11Y=none, which the tests run with. */

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Seal Image");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "None: the seal is stamped by hand");
  g_assert_false (gtk_widget_get_sensitive (remove));

  /* Not a PNG, whatever its name says: refused, named in a toast. */
  g_assert_false (choose_seal (window, text_file));
  assert_key ("seal-image", "");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "None: the seal is stamped by hand");
  g_assert_cmpuint (n_toasts (window), ==, 1);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window),
                                         "“fake-seal.png” is not a readable PNG image: the seal image is unchanged"));

  /* A PNG: kept, its name shown, its path on hover. */
  g_assert_true (choose_seal (window, png_file));
  assert_key ("seal-image", png_file);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "seal & stamp.png");
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), "seal & stamp.png"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, png_file);
  g_assert_true (gtk_widget_get_sensitive (remove));

  /* A seal set, a bad choice leaves it; so does a file that is not there. */
  g_assert_false (choose_seal (window, text_file));
  assert_key ("seal-image", png_file);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "seal & stamp.png");
  g_assert_false (choose_seal (window, missing));
  assert_key ("seal-image", png_file);
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "seal & stamp.png");

  /* Remove. */
  g_signal_emit_by_name (remove, "clicked");
  gui_test_spin ();
  assert_key ("seal-image", "");
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "None: the seal is stamped by hand");
  g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (row)));
  g_assert_false (gtk_widget_get_sensitive (remove));

  /* The row follows the key, whoever writes it. */
  g_settings_set_string (settings, "seal-image", png_file);
  gui_test_spin ();
  g_assert_cmpstr (adw_action_row_get_subtitle (row), ==, "seal & stamp.png");
  g_assert_true (gtk_widget_get_sensitive (remove));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A window shows one toast at a time: a new one for the missing file's. */
  window = show_preferences (settings);
  g_assert_cmpstr (adw_action_row_get_subtitle (action_row (window, "seal-image")), ==, "seal & stamp.png");
  g_assert_false (choose_seal (window, missing));
  assert_key ("seal-image", png_file);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window),
                                         "“missing.png” is not a readable PNG image: the seal image is unchanged"));
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

/* Choose… opens the file chooser, here GTK's own dialog (no portal
 * outside a sandbox): modal on the window, PNG images only, in the
 * current seal's folder. Cancelled, nothing changes; the window can go
 * while it is open. */
static void
test_seal_chooser (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "chooser", NULL);
  g_autofree char *png_file = g_build_filename (dir, "seal.png", NULL);
  g_autoptr(GListModel) filters = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) expected = NULL;
  ZjtxPreferencesWindow *window;
  GtkWidget *choose;
  GtkWindow *dialog = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  write_png (png_file);
  reset_settings ();
  g_settings_set_string (settings, "seal-image", png_file);
  window = show_preferences (settings);
  choose = gui_test_find_named (GTK_WIDGET (window), "seal-choose");
  open_file_chooser (choose);
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (item))
        dialog = GTK_WINDOW (item);
    }
  if (dialog == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (window));
      reset_settings ();
      g_test_skip ("the file chooser is a portal's");
      return;
    }

  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Choose a Seal Image");
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_true (gtk_window_get_transient_for (dialog) == GTK_WINDOW (window));
  filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 1);
  filter = g_list_model_get_item (filters, 0);
  g_assert_cmpstr (gtk_file_filter_get_name (filter), ==, "PNG Images");
  folder = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (dialog));
  expected = g_file_new_for_path (dir);
  g_assert_nonnull (folder);
  g_assert_true (g_file_equal (folder, expected));

  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  gui_test_spin ();
  assert_key ("seal-image", png_file);

  /* Open again, then the window closed under it. */
  open_file_chooser (choose);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
  assert_key ("seal-image", png_file);
  reset_settings ();
}

/* ------------------------------------------------------------------ */
/* the window                                                          */

static void
test_no_settings (void)
{
  ZjtxPreferencesWindow *window = show_preferences (NULL);

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (style_row (window))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (name_row (window))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (entry_row (window, "issuing-office"))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (entry_row (window, "doc-number-prefix"))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (action_row (window, "seal-image"))));
  g_assert_cmpstr (adw_action_row_get_subtitle (action_row (window, "seal-image")), ==,
                   "None: the seal is stamped by hand");
  /* Closing with nothing to save to does nothing. */
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();
}

/* The actions of @menu's items, sections flattened, in order. */
static void
collect_menu_actions (GMenuModel *menu,
                      GPtrArray  *actions)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);
      char *action = NULL;

      if (section != NULL)
        collect_menu_actions (section, actions);
      else if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
        g_ptr_array_add (actions, action);
    }
}

static GMenuModel *
primary_menu (ZjtxWindow *window)
{
  g_autoptr(GPtrArray) buttons = gui_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (gtk_menu_button_get_primary (g_ptr_array_index (buttons, i)))
      return gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));
  g_assert_not_reached ();
}

static void
test_action (void)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (gtk_app, "app.preferences");
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (gtk_app, "<Control>comma");
  ZjtxWindow *window;
  g_autoptr(GPtrArray) menu_actions = g_ptr_array_new_with_free_func (g_free);
  GtkWindow *preferences = NULL;
  GtkWidget *overlay;
  g_autoptr(GPtrArray) shortcuts = NULL;
  gboolean in_overlay = FALSE;
  guint position;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");
  g_assert_cmpuint (g_strv_length (actions), ==, 1);
  g_assert_cmpstr (actions[0], ==, "app.preferences");

  window = zjtx_window_new (app, NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* In the primary menu, just before Keyboard Shortcuts. */
  collect_menu_actions (primary_menu (window), menu_actions);
  g_assert_true (g_ptr_array_find_with_equal_func (menu_actions, "app.preferences", g_str_equal, &position));
  g_assert_cmpuint (position + 1, <, menu_actions->len);
  g_assert_cmpstr (g_ptr_array_index (menu_actions, position + 1), ==, "win.show-help-overlay");

  /* In the shortcuts window's General group (not only among the copies
   * its search page makes). */
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  shortcuts = gui_test_find_all (overlay, GTK_TYPE_SHORTCUTS_SHORTCUT);
  for (guint i = 0; i < shortcuts->len; i++)
    {
      GtkWidget *shortcut = g_ptr_array_index (shortcuts, i);
      GtkWidget *group = gtk_widget_get_ancestor (shortcut, GTK_TYPE_SHORTCUTS_GROUP);
      g_autofree char *title = NULL;
      g_autofree char *action_name = NULL;
      g_autofree char *group_title = NULL;

      g_object_get (shortcut, "title", &title, "action-name", &action_name, NULL);
      if (group == NULL || g_strcmp0 (action_name, "app.preferences") != 0)
        continue;
      g_object_get (group, "title", &group_title, NULL);
      g_assert_cmpstr (title, ==, "Preferences");
      g_assert_cmpstr (group_title, ==, "General");
      in_overlay = TRUE;
    }
  g_assert_true (in_overlay);

  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  gui_test_spin ();
  for (GList *l = gtk_application_get_windows (gtk_app); l != NULL; l = l->next)
    if (ZJTX_IS_PREFERENCES_WINDOW (l->data))
      preferences = l->data;
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (preferences));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (preferences)));
  g_assert_cmpstr (gtk_window_get_title (preferences), ==, "Preferences");

  gtk_window_destroy (preferences);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* screenshot                                                          */

static void
save_screenshot (const char *file)
{
  const char *typed = g_getenv ("ZJTX_PREFERENCES_SCREENSHOT_NAME");
  const char *prefix = g_getenv ("ZJTX_PREFERENCES_SCREENSHOT_PREFIX");
  g_autofree char *seal = g_build_filename (tmp_dir, "永春县工业信息化和商务局公章.png", NULL);
  ZjtxPreferencesWindow *window;
  g_autoptr(GError) error = NULL;

  write_png (seal);
  g_settings_set_string (settings, "officer-name", "张三");
  window = show_preferences (settings);
  /* A seal chosen: the row at its widest, the Remove button live. */
  g_assert_true (choose_seal (window, seal));
  if (prefix != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry_row (window, "doc-number-prefix")), prefix);
  /* By default the refused state with the longest reason: the most there
   * is to see. */
  apply_name (window, typed != NULL ? typed : "赵六\n钱七");
  /* Let the toast come in. */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end;)
    g_main_context_iteration (NULL, FALSE);
  gui_test_spin ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (zjtx_screenshot_save_png (GTK_WIDGET (window), file, &error));
  g_assert_no_error (error);
  g_print ("# written to %s\n", file);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_PREFERENCES_SCREENSHOT");
  g_autofree char *db_path = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (screenshot != NULL)
    {
      zjtx_i18n_init ();
      gtk_init ();
    }
  else
    gtk_test_init (&argc, &argv, NULL);
  g_log_set_writer_func (count_warnings, NULL, NULL);
  adw_init ();

  /* An empty database of our own: never the user's. */
  tmp_dir = g_dir_make_tmp ("zjtx-preferences-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmp_dir, "zjtx.db", NULL);

  /* Registered, hence started up (store, settings, actions), but not run:
   * the tests drive the main context themselves. */
  app = zjtx_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  zjtx_application_set_database_path (app, db_path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* Another object on the same keys, as the application's would be. */
  settings = g_settings_new (APP_ID);

  if (screenshot != NULL)
    save_screenshot (screenshot);
  else
    {
      g_test_add_func ("/gui/preferences/style-mapping", test_style_mapping);
      g_test_add_func ("/gui/preferences/style", test_style);
      g_test_add_func ("/gui/preferences/name-normalize", test_name_normalize);
      g_test_add_func ("/gui/preferences/name", test_name);
      g_test_add_func ("/gui/preferences/name-is-actor", test_name_is_actor);
      g_test_add_func ("/gui/preferences/office-normalize", test_office_normalize);
      g_test_add_func ("/gui/preferences/office", test_office);
      g_test_add_func ("/gui/preferences/prefix", test_prefix);
      g_test_add_func ("/gui/preferences/prefix-example", test_prefix_example);
      g_test_add_func ("/gui/preferences/seal", test_seal);
      g_test_add_func ("/gui/preferences/seal-chooser", test_seal_chooser);
      g_test_add_func ("/gui/preferences/no-settings", test_no_settings);
      g_test_add_func ("/gui/preferences/action", test_action);

      status = g_test_run ();
    }

  g_object_unref (settings);
  g_object_unref (app);
  gui_test_rm_rf (tmp_dir);
  g_free (tmp_dir);
  return status;
}
