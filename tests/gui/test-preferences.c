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
 *  - without settings the rows are insensitive;
 *  - app.preferences (Ctrl+,, in the primary menu before Keyboard
 *    Shortcuts, and in the shortcuts window) shows the window, modal and
 *    transient for the main window;
 *  - with ZJTX_PREFERENCES_SCREENSHOT=FILE the window, with a refused name
 *    applied (ZJTX_PREFERENCES_SCREENSHOT_NAME=TEXT applies TEXT instead), is
 *    written to FILE as a PNG (run with LANG=zh_CN.UTF-8 to look at it in
 *    Chinese).
 *
 * Runs in the C locale (gtk_test_init), so the interface is in English.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "core/zjtx-i18n.h"
#include "model/zjtx-enterprise.h"
#include "zjtx-application.h"
#include "zjtx-preferences-window.h"
#include "zjtx-screenshot.h"
#include "zjtx-window.h"

#include "gui-test-util.h"

/* 41 characters, 123 bytes: the limit counts characters. */
#define NAME_41 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一"
#define NAME_40 "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十"

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

/* ------------------------------------------------------------------ */
/* the window                                                          */

static void
test_no_settings (void)
{
  ZjtxPreferencesWindow *window = show_preferences (NULL);

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (style_row (window))));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (name_row (window))));
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
  ZjtxPreferencesWindow *window;
  g_autoptr(GError) error = NULL;

  g_settings_set_string (settings, "officer-name", "张三");
  window = show_preferences (settings);
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
