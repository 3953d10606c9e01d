/* test-window.c: the main window, under a real display (Xvfb)
 *
 *  - the window opens on the policies page, which shows the shipped
 *    永政办规〔2024〕1号 and one row per rule of every policy, with the words
 *    of zjtx_policy_summarize();
 *  - a policy set that failed to load shows its error on the page;
 *  - the actions exist, with their accelerators, and do something;
 *  - the window restores and saves its state in GSettings;
 *  - `zjtx --screenshot` writes a 1280×800 PNG that is not blank, and
 *    fails on an unknown page;
 *  - the enterprises page lists the demo county (300 enterprises, seed 1,
 *    in a temporary database: never the user's), searches as one types,
 *    filters, sorts by header, and takes the focus on Ctrl+F;
 *  - a database that cannot be opened is shown, with its path;
 *  - the header bar names the database; the menu's actions exist with
 *    their accelerators; Back Up Now writes a backup;
 *  - importing a spreadsheet shows a dry run first (rows to add, rejected
 *    rows with their line), then imports and refreshes the page;
 *  - an empty database offers the first-run choice, and Load Demo Data
 *    fills the demo county;
 *  - opening another database replaces the window; one that cannot be
 *    opened changes nothing.
 *
 * Runs in the C locale (gtk_test_init), so the interface is in English.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise.h"
#include "zjtx-application.h"
#include "zjtx-enterprises-page.h"
#include "zjtx-policies-page.h"
#include "zjtx-screenshot.h"
#include "zjtx-window.h"

#include "gui-test-util.h"

#define DOC_NUMBER "永政办规〔2024〕1号"
#define COUNTY 300
#define SEED 1

static ZjtxApplication *app;
static char *tmp_dir;
static char *db_path;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static GtkWidget *
find_one (GtkWidget *root,
          GType      type)
{
  g_autoptr(GPtrArray) found = gui_test_find_all (root, type);

  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* The rows of rules: AdwActionRows marked zjtx-rule, mapped. */
static GPtrArray *
find_rule_rows (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = gui_test_find_all (root, ADW_TYPE_ACTION_ROW);
  GPtrArray *rules = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_has_css_class (row, "zjtx-rule") && gtk_widget_get_mapped (row))
        g_ptr_array_add (rules, row);
    }
  return rules;
}

static ZjtxWindow *
show_window (GSettings *settings)
{
  ZjtxWindow *window = zjtx_window_new (app, settings);

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static gboolean
strv_has (const char * const *strv,
          const char         *s)
{
  return strv != NULL && g_strv_contains (strv, s);
}

/* ------------------------------------------------------------------ */
/* the policies page                                                   */

static void
test_window_shows_policies (void)
{
  ZjtxPolicySet *policies = zjtx_application_get_policies (app);
  ZjtxWindow *window;
  GtkWidget *page;
  g_autoptr(GPtrArray) rows = NULL;
  guint expected = 0;
  guint r = 0;

  g_assert_nonnull (policies);
  g_assert_null (zjtx_application_get_policies_error (app));
  g_assert_cmpuint (zjtx_policy_set_get_n (policies), >=, 1);

  window = show_window (NULL);
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  g_assert_true (zjtx_window_set_page (window, "policies"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "SRDI Enterprises");

  page = zjtx_window_get_page_widget (window, "policies");
  g_assert_true (ZJTX_IS_POLICIES_PAGE (page));
  g_assert_true (gtk_widget_get_mapped (page));
  /* With a database, the page shows the database's policies: the same
   * documents as the application's, read anew. */
  {
    ZjtxPolicySet *shown = zjtx_policies_page_get_policies (ZJTX_POLICIES_PAGE (page));

    g_assert_nonnull (shown);
    g_assert_cmpuint (zjtx_policy_set_get_n (shown), ==, zjtx_policy_set_get_n (policies));
    for (guint i = 0; i < zjtx_policy_set_get_n (policies); i++)
      g_assert_cmpstr (zjtx_policy_set_get (shown, i)->id, ==, zjtx_policy_set_get (policies, i)->id);
  }

  /* The shipped document, on screen. */
  g_assert_nonnull (gui_test_find_label (page, DOC_NUMBER));
  g_assert_nonnull (gui_test_find_label (page, zjtx_policy_set_get (policies, 0)->title));
  g_assert_nonnull (gui_test_find_label (page, "In force from 2024-01-23 to 2025-12-31"));

  /* One row per rule of every policy, in order, with the summary's words. */
  rows = find_rule_rows (page);
  for (guint p = 0; p < zjtx_policy_set_get_n (policies); p++)
    {
      g_autoptr(GPtrArray) rules = zjtx_policy_summarize (zjtx_policy_set_get (policies, p));

      g_assert_cmpuint (rules->len, >=, 8);
      expected += rules->len;
      for (guint i = 0; i < rules->len && r < rows->len; i++, r++)
        {
          ZjtxRuleSummary *summary = g_ptr_array_index (rules, i);
          GtkWidget *row = g_ptr_array_index (rows, r);

          g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, summary->name);
          g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, summary->detail);
          g_assert_nonnull (gui_test_find_label (row, summary->clause));
          g_assert_nonnull (gui_test_find_label (row, summary->amount));
        }
    }
  g_assert_cmpuint (rows->len, ==, expected);

  /* The recognition reward of a national Little Giant, as the policy says. */
  g_assert_nonnull (gui_test_find_label (page, "500,000.00 yuan"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_window_sidebar (void)
{
  ZjtxWindow *window = show_window (NULL);
  GtkListBox *sidebar = NULL;
  g_autoptr(GPtrArray) lists = gui_test_find_all (GTK_WIDGET (window), GTK_TYPE_LIST_BOX);
  g_auto(GStrv) pages = zjtx_window_list_pages (window);
  GtkListBoxRow *row;

  for (guint i = 0; i < lists->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (lists, i), "navigation-sidebar"))
      sidebar = g_ptr_array_index (lists, i);
  g_assert_nonnull (sidebar);

  /* The pages that exist, no placeholders for those to come. */
  g_assert_cmpstrv (pages, ((const char *[]) { "enterprises", "parks", "rewards", "dashboards", "tasks",
                                                "task-force", "policies", NULL }));
  row = gtk_list_box_get_row_at_index (sidebar, 0);
  g_assert_nonnull (row);
  g_assert_nonnull (gtk_list_box_get_row_at_index (sidebar, 6));
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, 7));
  g_assert_true (gtk_list_box_get_selected_row (sidebar) == row);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (row), "Enterprises"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 1)), "Parks"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 2)), "Rewards"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 3)), "Dashboards"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 4)), "Tasks"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 5)), "Task Force"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (gtk_list_box_get_row_at_index (sidebar, 6)), "Policies"));

  g_assert_false (zjtx_window_set_page (window, "no-such-page"));
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
check_error_shown (GtkWidget  *page,
                   const char *message)
{
  g_autoptr(GPtrArray) status_pages = gui_test_find_all (page, ADW_TYPE_STATUS_PAGE);
  g_autoptr(GPtrArray) rows = find_rule_rows (page);
  gboolean shown = FALSE;

  for (guint i = 0; i < status_pages->len; i++)
    {
      AdwStatusPage *status = g_ptr_array_index (status_pages, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (status)))
        {
          g_assert_cmpstr (adw_status_page_get_title (status), ==, "Could Not Load the Policies");
          /* Escaped for markup: "<" and "&" in a file name are not tags. */
          g_assert_nonnull (strstr (adw_status_page_get_description (status), message));
          shown = TRUE;
        }
    }
  g_assert_true (shown);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_null (gui_test_find_label (page, DOC_NUMBER));
}

static void
test_window_shows_load_error (void)
{
  g_autoptr(GError) error = g_error_new (ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_PARSE,
                                         "yongchun-2024-1.json: not JSON at line 3");
  ZjtxWindow *window;

  /* As the application hands it over when zjtx_policy_set_new_builtin fails. */
  window = g_object_new (ZJTX_TYPE_WINDOW,
                         "application", app,
                         "policies-error", error,
                         NULL);
  zjtx_window_set_page (window, "policies");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  check_error_shown (zjtx_window_get_page_widget (window, "policies"),
                     "yongchun-2024-1.json: not JSON at line 3");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_page_error_then_policies (void)
{
  g_autoptr(GError) error = g_error_new_literal (ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP,
                                                 "a.json & b.json <overlap>");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = zjtx_policies_page_new ();
  g_autoptr(GPtrArray) rows = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  zjtx_policies_page_set_policies (ZJTX_POLICIES_PAGE (page), NULL, error);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  check_error_shown (page, "a.json &amp; b.json &lt;overlap&gt;");

  /* Loaded after all: the error goes, the rules come. */
  zjtx_policies_page_set_policies (ZJTX_POLICIES_PAGE (page), zjtx_application_get_policies (app), NULL);
  gui_test_spin ();
  rows = find_rule_rows (page);
  g_assert_cmpuint (rows->len, >=, 8);
  g_assert_nonnull (gui_test_find_label (page, DOC_NUMBER));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------ */
/* actions                                                             */

static void
test_actions_and_accels (void)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  ZjtxWindow *window = show_window (NULL);
  AdwFlap *flap = ADW_FLAP (find_one (GTK_WIDGET (window), ADW_TYPE_FLAP));
  g_auto(GStrv) quit = gtk_application_get_accels_for_action (gtk_app, "app.quit");
  g_auto(GStrv) help = gtk_application_get_accels_for_action (gtk_app, "win.show-help-overlay");
  g_auto(GStrv) sidebar = gtk_application_get_accels_for_action (gtk_app, "win.toggle-sidebar");
  g_auto(GStrv) ctrl_q = gtk_application_get_actions_for_accel (gtk_app, "<Control>q");
  gboolean revealed;

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "about"));
  g_assert_true (strv_has ((const char * const *) quit, "<Control>q"));
  g_assert_true (strv_has ((const char * const *) help, "<Control>question"));
  g_assert_true (strv_has ((const char * const *) sidebar, "F9"));
  g_assert_true (strv_has ((const char * const *) ctrl_q, "app.quit"));

  /* The shortcuts window is found at the resource path GTK looks at. */
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "show-help-overlay"));

  revealed = adw_flap_get_reveal_flap (flap);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), !=, revealed);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  g_assert_cmpint (adw_flap_get_reveal_flap (flap), ==, revealed);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "policies"));
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "policies");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about (void)
{
  ZjtxWindow *window = show_window (NULL);
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwAboutWindow *about = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  gui_test_spin ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (item))
        about = ADW_ABOUT_WINDOW (item);
    }
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "SRDI Enterprises");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (about)) == GTK_WINDOW (window));

  gtk_window_destroy (GTK_WINDOW (about));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ------------------------------------------------------------------ */
/* window state                                                        */

static void
test_window_state (void)
{
  /* GSETTINGS_BACKEND=memory: nothing touches the user's settings. */
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last_page = NULL;
  ZjtxWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);
  g_settings_set_boolean (settings, "window-maximized", FALSE);
  /* A page of another version: the window keeps its first page. */
  g_settings_set_string (settings, "last-page", "no-such-page");

  window = show_window (settings);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 700);
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  zjtx_window_set_page (window, "policies");

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 650);
  gtk_window_close (GTK_WINDOW (window));
  gui_test_spin ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  last_page = g_settings_get_string (settings, "last-page");
  g_assert_cmpstr (last_page, ==, "policies");
}

/* ------------------------------------------------------------------ */
/* screenshots                                                         */

static void
test_render_to_texture (void)
{
  ZjtxWindow *window = show_window (NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *unshown = zjtx_policies_page_new ();

  g_object_ref_sink (unshown);

  texture = zjtx_screenshot_render (GTK_WIDGET (window), &error);
  g_assert_no_error (error);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gdk_texture_get_height (texture), ==, gtk_widget_get_height (GTK_WIDGET (window)));

  /* A widget never shown cannot be rendered: an error, not a blank file. */
  g_clear_object (&texture);
  texture = zjtx_screenshot_render (unshown, &error);
  g_assert_error (error, ZJTX_SCREENSHOT_ERROR, ZJTX_SCREENSHOT_ERROR_NOT_DRAWN);
  g_assert_null (texture);

  g_object_unref (unshown);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
run_program (const char * const  *argv,
             int                 *status,
             char               **err)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, NULL, err, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_exit_status (process);
}

static void
test_screenshot_program (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  g_autofree guint32 *pixels = NULL;
  int status;

  dir = g_dir_make_tmp ("zjtx-test-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_build_filename (dir, "policies.png", NULL);

  run_program ((const char *[]) { ZJTX_PROGRAM, "--db", db_path, "--screenshot", "policies", file, NULL }, &status, &err);
  if (status != 0)
    g_test_message ("zjtx said: %s", err);
  g_assert_cmpint (status, ==, 0);

  texture = gdk_texture_new_from_filename (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);

  /* Drawn, not blank: text, lines and accent colour make many colours. */
  pixels = g_new (guint32, 1280 * 800);
  gdk_texture_download (texture, (guchar *) pixels, 1280 * 4);
  for (guint i = 0; i < 1280 * 800; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  g_assert_cmpuint (g_hash_table_size (colours), >, 50);

  g_assert_cmpint (g_unlink (file), ==, 0);
  g_clear_pointer (&err, g_free);

  /* An unknown page fails, says why, and writes nothing. */
  run_program ((const char *[]) { ZJTX_PROGRAM, "--db", db_path, "--screenshot", "no-such-page", file, NULL }, &status, &err);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "no-such-page"));
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  /* A page without a file is a usage error. */
  run_program ((const char *[]) { ZJTX_PROGRAM, "--db", db_path, "--screenshot", "policies", NULL }, &status, &err);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "--screenshot"));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ------------------------------------------------------------------ */
/* the enterprises page                                                */

/* The page's search entry: the first in reading order (searchable
 * dropdowns have entries of their own in their popovers). */
static GtkWidget *
find_search_entry (GtkWidget *page)
{
  g_autoptr(GPtrArray) entries = gui_test_find_all (page, GTK_TYPE_SEARCH_ENTRY);

  g_assert_cmpuint (entries->len, >=, 1);
  return g_ptr_array_index (entries, 0);
}

static ZjtxEnterprisesPage *
enterprises_page (ZjtxWindow *window)
{
  GtkWidget *page = zjtx_window_get_page_widget (window, "enterprises");

  g_assert_true (ZJTX_IS_ENTERPRISES_PAGE (page));
  return ZJTX_ENTERPRISES_PAGE (page);
}

static guint
n_rows (ZjtxEnterprisesPage *page)
{
  return g_list_model_get_n_items (G_LIST_MODEL (zjtx_enterprises_page_get_list (page)));
}

static gboolean
on_timeout (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms milliseconds (the search entry's delay). */
static void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* What the model gives today for @tier, to compare the page with. */
static guint
count_for_tier (ZjtxStore *store,
                ZjtxTier   tier)
{
  g_autoptr(ZjtxEnterpriseList) list = zjtx_enterprise_list_new (store, zjtx_date_today ());
  g_autoptr(GError) error = NULL;

  zjtx_pool_query_set_tier (zjtx_enterprise_list_get_query (list), tier);
  g_assert_true (zjtx_enterprise_list_refresh (list, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* What the model gives today for "expiring within 6 months". */
static guint
count_expiring (ZjtxStore *store)
{
  g_autoptr(ZjtxEnterpriseList) list = zjtx_enterprise_list_new (store, zjtx_date_today ());
  g_autoptr(GError) error = NULL;

  zjtx_pool_query_set_expiring_by (zjtx_enterprise_list_get_query (list),
                                   zjtx_date_add_months (zjtx_date_today (), 6));
  g_assert_true (zjtx_enterprise_list_refresh (list, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

static void
test_enterprises_page (void)
{
  ZjtxWindow *window = show_window (NULL);
  ZjtxEnterprisesPage *page = enterprises_page (window);
  GtkWidget *search = find_search_entry (GTK_WIDGET (page));
  g_autoptr(GPtrArray) dropdowns = gui_test_find_all (GTK_WIDGET (page), GTK_TYPE_DROP_DOWN);
  g_autoptr(GPtrArray) buttons = gui_test_find_all (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON);
  g_autoptr(GPtrArray) toggles = g_ptr_array_new ();
  GtkDropDown *tier;
  GtkDropDown *industry;
  guint expected;

  g_assert_nonnull (zjtx_window_get_store (window));
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  g_assert_cmpuint (n_rows (page), ==, COUNTY);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (page), "300 of 300 enterprises"));
  /* The first rows are on screen, in name order. */
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (page), "永春下洋制香有限公司"));

  /* Search as one types, once the entry's delay has passed: two
   * characters go to LIKE, more to FTS5 (counts as in test-enterprise-list). */
  gtk_editable_set_text (GTK_EDITABLE (search), "陶瓷");
  g_assert_cmpuint (n_rows (page), ==, COUNTY);
  wait_ms (400);
  g_assert_cmpuint (n_rows (page), ==, 32);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (page), "32 of 300 enterprises"));
  gtk_editable_set_text (GTK_EDITABLE (search), "制香有限");
  wait_ms (400);
  g_assert_cmpuint (n_rows (page), ==, 9);
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_ms (400);
  g_assert_cmpuint (n_rows (page), ==, COUNTY);

  /* Tier (the first dropdown: all, reserve, innovative, provincial,
   * national), held today: as the model counts it for today. */
  g_assert_cmpuint (dropdowns->len, ==, 4);
  tier = g_ptr_array_index (dropdowns, 0);
  industry = g_ptr_array_index (dropdowns, 2);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (tier)), ==, 5);
  expected = count_for_tier (zjtx_window_get_store (window), ZJTX_TIER_PROVINCIAL);
  g_assert_cmpuint (expected, >, 0);
  gtk_drop_down_set_selected (tier, 3);
  g_assert_cmpuint (n_rows (page), ==, expected);
  gtk_drop_down_set_selected (tier, 1);
  g_assert_cmpuint (n_rows (page), ==, count_for_tier (zjtx_window_get_store (window), ZJTX_TIER_NONE));
  gtk_drop_down_set_selected (tier, 0);
  g_assert_cmpuint (n_rows (page), ==, COUNTY);

  /* Industry: the chains of the database, after "All industries". */
  for (guint i = 1; i < g_list_model_get_n_items (gtk_drop_down_get_model (industry)); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (gtk_drop_down_get_model (industry), i);

      if (g_strcmp0 (gtk_string_object_get_string (item), "香") == 0)
        gtk_drop_down_set_selected (industry, i);
    }
  g_assert_cmpuint (n_rows (page), ==, 69);
  gtk_drop_down_set_selected (industry, 0);

  /* Toggles: key targets, recommended, without commissioner (the
   * dropdowns have toggle buttons of their own, without a label). */
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_button_get_label (g_ptr_array_index (buttons, i)) != NULL)
      g_ptr_array_add (toggles, g_ptr_array_index (buttons, i));
  g_assert_cmpuint (toggles->len, ==, 4);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (toggles, 0)), ==, "Key targets");
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 0), TRUE);
  g_assert_cmpuint (n_rows (page), ==, 57);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 0), FALSE);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 1), TRUE);
  g_assert_cmpuint (n_rows (page), ==, 17);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 1), FALSE);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 2), TRUE);
  g_assert_cmpuint (n_rows (page), ==, 248);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 2), FALSE);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (toggles, 3)), ==, "Expiring soon");
  expected = count_expiring (zjtx_window_get_store (window));
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 3), TRUE);
  g_assert_cmpuint (n_rows (page), ==, expected);
  g_assert_cmpuint (n_rows (page), <, COUNTY);
  gtk_toggle_button_set_active (g_ptr_array_index (toggles, 3), FALSE);
  g_assert_cmpuint (n_rows (page), ==, COUNTY);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The parks page's "show all members" row: the enterprises page, every
 * other filter cleared, the park chosen. */
static void
test_show_park_members (void)
{
  ZjtxWindow *window = show_window (NULL);
  ZjtxEnterprisesPage *page = enterprises_page (window);
  GtkWidget *search = find_search_entry (GTK_WIDGET (page));
  g_autoptr(GPtrArray) buttons = gui_test_find_all (GTK_WIDGET (page), GTK_TYPE_TOGGLE_BUTTON);

  zjtx_window_set_page (window, "parks");
  gtk_editable_set_text (GTK_EDITABLE (search), "陶瓷");
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_button_get_label (g_ptr_array_index (buttons, i)) != NULL)
      gtk_toggle_button_set_active (g_ptr_array_index (buttons, i), TRUE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-park-members", "s", "蓬壶专精特新示范园");
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (search)), ==, "");
  for (guint i = 0; i < buttons->len; i++)
    if (gtk_button_get_label (g_ptr_array_index (buttons, i)) != NULL)
      g_assert_false (gtk_toggle_button_get_active (g_ptr_array_index (buttons, i)));
  g_assert_cmpuint (n_rows (page), ==, 19);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkColumnViewColumn *
find_column (GtkColumnView *view,
             const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column;
    }
  g_assert_not_reached ();
}

static const char *
name_at (ZjtxEnterprisesPage *page,
         guint                position)
{
  g_autoptr(ZjtxEnterpriseRow) row = g_list_model_get_item (G_LIST_MODEL (zjtx_enterprises_page_get_list (page)), position);

  return zjtx_enterprise_row_get_name (row);
}

static void
test_enterprises_sort (void)
{
  ZjtxWindow *window = show_window (NULL);
  ZjtxEnterprisesPage *page = enterprises_page (window);
  GtkColumnView *view = GTK_COLUMN_VIEW (find_one (GTK_WIDGET (page), GTK_TYPE_COLUMN_VIEW));
  g_autoptr(ZjtxEnterpriseRow) first = NULL;

  /* As a header click does it: through the column view's sorter. */
  g_assert_cmpstr (name_at (page, 0), ==, "永春下洋制香有限公司");
  gtk_column_view_sort_by_column (view, find_column (view, "Name"), GTK_SORT_DESCENDING);
  g_assert_cmpstr (name_at (page, 0), ==, "福建龙水香品有限公司");
  g_assert_cmpstr (name_at (page, COUNTY - 1), ==, "永春下洋制香有限公司");

  gtk_column_view_sort_by_column (view, find_column (view, "Tier held today"), GTK_SORT_DESCENDING);
  first = g_list_model_get_item (G_LIST_MODEL (zjtx_enterprises_page_get_list (page)), 0);
  g_assert_cmpint (zjtx_enterprise_row_get_tier (first), ==, ZJTX_TIER_NATIONAL);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (zjtx_enterprises_page_get_list (page)), COUNTY - 1);
  g_assert_cmpint (zjtx_enterprise_row_get_tier (first), ==, ZJTX_TIER_NONE);

  gtk_column_view_sort_by_column (view, find_column (view, "Park"), GTK_SORT_ASCENDING);
  g_assert_cmpstr (name_at (page, 0), !=, "永春下洋制香有限公司");
  gtk_column_view_sort_by_column (view, find_column (view, "Name"), GTK_SORT_ASCENDING);
  g_assert_cmpstr (name_at (page, 0), ==, "永春下洋制香有限公司");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_action (void)
{
  ZjtxWindow *window = show_window (NULL);
  ZjtxEnterprisesPage *page = enterprises_page (window);
  GtkWidget *search = find_search_entry (GTK_WIDGET (page));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.search");
  GtkWidget *focus;

  g_assert_true (strv_has ((const char * const *) accels, "<Control>f"));

  zjtx_window_set_page (window, "policies");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gui_test_spin ();
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == search || gtk_widget_is_ancestor (focus, search));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_store_error (void)
{
  g_autoptr(GError) error = g_error_new_literal (ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_DATABASE,
                                                 "The file is not a zjtx database");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) status_pages = NULL;
  ZjtxWindow *window;
  gboolean shown = FALSE;

  /* Even when the policies page was left open last time. */
  g_settings_set_string (settings, "last-page", "policies");
  window = g_object_new (ZJTX_TYPE_WINDOW,
                         "application", app,
                         "settings", settings,
                         "store-error", error,
                         "database-path", "/data/a&b.db",
                         NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  g_assert_null (zjtx_window_get_store (window));
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  status_pages = gui_test_find_all (GTK_WIDGET (enterprises_page (window)), ADW_TYPE_STATUS_PAGE);
  for (guint i = 0; i < status_pages->len; i++)
    {
      AdwStatusPage *status = g_ptr_array_index (status_pages, i);

      if (gtk_widget_get_mapped (GTK_WIDGET (status)))
        {
          g_assert_cmpstr (adw_status_page_get_title (status), ==, "Could Not Open the Database");
          g_assert_nonnull (strstr (adw_status_page_get_description (status), "The file is not a zjtx database"));
          g_assert_nonnull (strstr (adw_status_page_get_description (status), "/data/a&amp;b.db"));
          shown = TRUE;
        }
    }
  g_assert_true (shown);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_screenshot_enterprises (void)
{
  g_autofree char *file = g_build_filename (tmp_dir, "enterprises.png", NULL);
  g_autofree char *err = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  run_program ((const char *[]) { ZJTX_PROGRAM, "--db", db_path, "--screenshot", "enterprises", file, NULL },
               &status, &err);
  if (status != 0)
    g_test_message ("zjtx said: %s", err);
  g_assert_cmpint (status, ==, 0);
  texture = gdk_texture_new_from_filename (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);
  g_assert_cmpint (g_unlink (file), ==, 0);
}

/* The temporary folder, with the database, its WAL and its backups. */
static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        remove_tree (child);
      }
  g_remove (path);
}

/* ------------------------------------------------------------------ */
/* header bar, menu, import, first run                                 */

static gboolean
window_has_action (ZjtxWindow *window,
                   const char *name)
{
  const char *action_name;
  const GVariantType *parameter_type;
  const char *property_name;
  GType owner;
  guint i = 0;

  /* GTK 4.8 wants every out argument. */
  while (gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i++, &owner,
                                        &action_name, &parameter_type, &property_name))
    if (g_strcmp0 (action_name, name) == 0)
      return TRUE;
  return FALSE;
}

static void
test_menu_actions (void)
{
  GtkApplication *gtk_app = GTK_APPLICATION (app);
  ZjtxWindow *window = show_window (NULL);
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_one (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE));
  static const struct {
    const char *action;
    const char *accel;
  } expected[] = {
    { "win.open-database", "<Control>o" },
    { "win.new-database", "<Shift><Control>n" },
    { "win.import", "<Control>i" },
    { "win.export", "<Shift><Control>e" },
    { "win.backup-now", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (gtk_app, expected[i].action);

      g_test_message ("%s", expected[i].action);
      g_assert_true (window_has_action (window, expected[i].action));
      if (expected[i].accel != NULL)
        {
          g_auto(GStrv) actions = gtk_application_get_actions_for_accel (gtk_app, expected[i].accel);

          g_assert_true (strv_has ((const char * const *) accels, expected[i].accel));
          /* Nothing else on the same keys. */
          g_assert_cmpuint (g_strv_length (actions), ==, 1);
        }
    }

  /* The page, and the database by its name (its path on hover). */
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Enterprises");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "county.db");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (title)), ==, db_path);
  zjtx_window_set_page (window, "policies");
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Policies");

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  if (dir != NULL)
    while (g_dir_read_name (dir) != NULL)
      n++;
  return n;
}

static void
test_backup_now (void)
{
  ZjtxWindow *window = show_window (NULL);
  g_autofree char *backups = zjtx_store_get_backup_dir (zjtx_window_get_store (window));

  /* Only the backup made now, not the day's made on opening. */
  remove_tree (backups);
  g_assert_cmpuint (count_files (backups), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.backup-now", NULL));
  g_assert_cmpuint (count_files (backups), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window on a new, empty database @name in the temporary folder. */
static ZjtxWindow *
show_empty_window (const char *name)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = zjtx_store_open (path, &error);
  ZjtxWindow *window;

  g_assert_no_error (error);
  g_assert_cmpint (zjtx_store_count (store, ZJTX_TYPE_ENTERPRISE, NULL), ==, 0);
  window = g_object_new (ZJTX_TYPE_WINDOW,
                         "application", app,
                         "store", store,
                         "database-path", path,
                         "policies", zjtx_application_get_policies (app),
                         NULL);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static void
test_import_dialog (void)
{
  ZjtxWindow *window = show_empty_window ("import.db");
  ZjtxStore *store = zjtx_window_get_store (window);
  g_autofree char *csv = g_build_filename (tmp_dir, "list.csv", NULL);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  AdwMessageDialog *dialog;
  static const char content[] =
    "企业名称,统一社会信用代码,所属乡镇\n"
    "永春县甲新材料有限公司,91350525MA2Y0001X5,石鼓镇\n"
    "福建永春乙老醋有限公司,91350525MA2Y000285,五里街镇\n"
    "永春县丙制香有限公司,,不存在镇\n";

  g_assert_true (g_file_set_contents (csv, content, -1, NULL));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), "0 of 0 enterprises"));

  dialog = ADW_MESSAGE_DIALOG (zjtx_window_import_file (window, csv));
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  /* A dry run: what would be done, and nothing written yet. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Rows read: 3\n"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "To add: 2\n"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Rejected: 1"));
  g_assert_cmpint (zjtx_store_count (store, ZJTX_TYPE_ENTERPRISE, NULL), ==, 0);
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "import"), ==, "_Import 2 Rows");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "import"));

  /* The rejected row, by its line and column. */
  rows = gui_test_find_all (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (rows, i), "zjtx-import-problem"))
      g_ptr_array_add (problems, g_ptr_array_index (rows, i));
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (problems, 0)), ==,
                   "Line 4, column “所属乡镇”");
  g_assert_nonnull (strstr (adw_preferences_row_get_title (g_ptr_array_index (problems, 0)),
                            "is not one of the county's townships"));

  adw_message_dialog_response (dialog, "import");
  gui_test_spin ();
  g_assert_cmpint (zjtx_store_count (store, ZJTX_TYPE_ENTERPRISE, NULL), ==, 2);
  g_assert_cmpuint (n_rows (enterprises_page (window)), ==, 2);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), "2 of 2 enterprises"));

  /* Not empty any more: no first-run choice. */
  g_assert_null (zjtx_window_offer_first_run (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_first_run (void)
{
  ZjtxWindow *demo = show_window (NULL);
  ZjtxWindow *window;
  AdwMessageDialog *dialog;

  /* The demo county has enterprises: nothing to offer. */
  g_assert_null (zjtx_window_offer_first_run (demo));
  gtk_window_destroy (GTK_WINDOW (demo));

  window = show_empty_window ("first-run.db");
  dialog = ADW_MESSAGE_DIALOG (zjtx_window_offer_first_run (window));
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "import"), ==, "_Import a Spreadsheet…");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "demo"), ==, "_Load Demo Data");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "empty"), ==, "_Start Empty");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "empty");

  adw_message_dialog_response (dialog, "demo");
  gui_test_spin ();
  g_assert_cmpint (zjtx_store_count (zjtx_window_get_store (window), ZJTX_TYPE_ENTERPRISE, NULL), ==, COUNTY);
  g_assert_cmpuint (n_rows (enterprises_page (window)), ==, COUNTY);
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (window), "300 of 300 enterprises"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The application's only window, after opening a database. */
static ZjtxWindow *
only_window (void)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));

  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_true (ZJTX_IS_WINDOW (windows->data));
  return windows->data;
}

static void
test_open_database (void)
{
  g_autofree char *other = g_build_filename (tmp_dir, "other.db", NULL);
  g_autofree char *junk = g_build_filename (tmp_dir, "junk.db", NULL);
  g_autoptr(GError) error = NULL;
  ZjtxWindow *window = show_window (NULL);
  ZjtxStore *store = zjtx_application_get_store (app);
  GtkWindow *first_run;

  /* Not a database: nothing changes. */
  g_assert_true (g_file_set_contents (junk, "not a database, not at all", -1, NULL));
  g_assert_false (zjtx_application_open_database (app, junk, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (zjtx_application_get_store (app) == store);
  g_assert_true (only_window () == window);

  /* Another (new) database: a new window on it, the old one closed, and
   * the first-run choice, as it is empty. */
  g_assert_true (zjtx_application_open_database (app, other, &error));
  g_assert_no_error (error);
  gui_test_spin ();
  g_assert_cmpstr (zjtx_application_get_database_path (app), ==, other);
  g_assert_cmpstr (zjtx_store_get_path (zjtx_window_get_store (only_window ())), ==, other);
  first_run = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (ADW_IS_MESSAGE_DIALOG (item) &&
          gtk_window_get_transient_for (GTK_WINDOW (item)) == GTK_WINDOW (only_window ()))
        first_run = GTK_WINDOW (item);
    }
  g_assert_nonnull (first_run);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (first_run), "empty");
  gui_test_spin ();

  /* And back, for the tests that follow. */
  g_assert_true (zjtx_application_open_database (app, db_path, &error));
  g_assert_no_error (error);
  gui_test_spin ();
  window = only_window ();
  g_assert_cmpuint (n_rows (enterprises_page (window)), ==, COUNTY);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);

  /* The demo county in a database of our own: never the user's. */
  tmp_dir = g_dir_make_tmp ("zjtx-gui-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmp_dir, "county.db", NULL);
  {
    g_autoptr(ZjtxStore) store = zjtx_store_open (db_path, &error);

    g_assert_no_error (error);
    g_assert_true (zjtx_demo_fill (store, COUNTY, SEED, &error));
    g_assert_no_error (error);
  }

  /* Registered, hence started up (policies, actions, accelerators), but
   * not run: the tests drive the main context themselves. */
  app = zjtx_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  zjtx_application_set_database_path (app, db_path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/gui/window/policies", test_window_shows_policies);
  g_test_add_func ("/gui/window/sidebar", test_window_sidebar);
  g_test_add_func ("/gui/window/load-error", test_window_shows_load_error);
  g_test_add_func ("/gui/policies-page/error-then-policies", test_page_error_then_policies);
  g_test_add_func ("/gui/window/actions", test_actions_and_accels);
  g_test_add_func ("/gui/window/about", test_about);
  g_test_add_func ("/gui/window/state", test_window_state);
  g_test_add_func ("/gui/screenshot/render", test_render_to_texture);
  g_test_add_func ("/gui/screenshot/program", test_screenshot_program);
  g_test_add_func ("/gui/enterprises/list", test_enterprises_page);
  g_test_add_func ("/gui/enterprises/sort", test_enterprises_sort);
  g_test_add_func ("/gui/enterprises/show-park-members", test_show_park_members);
  g_test_add_func ("/gui/enterprises/search-action", test_search_action);
  g_test_add_func ("/gui/enterprises/store-error", test_store_error);
  g_test_add_func ("/gui/screenshot/enterprises", test_screenshot_enterprises);
  g_test_add_func ("/gui/window/menu-actions", test_menu_actions);
  g_test_add_func ("/gui/window/backup-now", test_backup_now);
  g_test_add_func ("/gui/window/import", test_import_dialog);
  g_test_add_func ("/gui/window/first-run", test_first_run);
  g_test_add_func ("/gui/window/open-database", test_open_database);

  status = g_test_run ();

  g_object_unref (app);
  remove_tree (tmp_dir);
  g_free (db_path);
  g_free (tmp_dir);
  return status;
}
