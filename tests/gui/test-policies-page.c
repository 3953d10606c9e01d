/* test-policies-page.c: the policies page's editing, under a real display
 *
 *  - importing tests/data/policy-next.json (2026-01-01 to 2027-12-31) adds a
 *    second policy, shown on the page;
 *  - policy-overlap.json is refused with a message naming both documents,
 *    in a dialog, and nothing is added;
 *  - policy-bad-rate.json is refused with the JSON path of the bad rate;
 *  - duplicating the 2024 policy with a new id, document number and window
 *    and a rent rate of 0.25 saves it (rate 250000 ppm), shown on the page;
 *    a rate "abc" is refused, the field marked, the editor kept open;
 *  - with ZJTX_POLICIES_SCREENSHOT=PREFIX, PREFIX-page.png,
 *    PREFIX-editor.png and PREFIX-editor-error.png are written (LANG=zh_CN.UTF-8 to see them in Chinese).
 *
 * Runs in the C locale (gtk_test_init) unless a screenshot is asked for.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "core/zjtx-i18n.h"
#include "model/zjtx-store.h"

#include "zjtx-policies-page.h"
#include "zjtx-policy-editor.h"

#include "gui-test-util.h"

typedef struct {
  char      *dir;
  ZjtxStore *store;
  GtkWidget *window;
  GtkWidget *page;
} Fixture;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static guint
count_buttons (GtkWidget  *root,
               const char *label)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  guint n = 0;

  gui_test_collect (root, GTK_TYPE_BUTTON, all);
  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_get_mapped (g_ptr_array_index (all, i)) &&
        g_strcmp0 (gtk_button_get_label (g_ptr_array_index (all, i)), label) == 0)
      n++;
  return n;
}

/* The open message dialog, or NULL. */
static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
close_message_dialog (void)
{
  AdwMessageDialog *dialog = find_message_dialog ();

  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
  gui_test_spin ();
}

static void
fixture_open (Fixture *f)
{
  f->store = gui_test_open_store ("zjtx-policies-XXXXXX", &f->dir);

  f->page = zjtx_policies_page_new ();
  zjtx_policies_page_set_store (ZJTX_POLICIES_PAGE (f->page), f->store);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
}

static void
fixture_close (Fixture *f)
{
  close_message_dialog ();
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_spin ();
  gui_test_close_store (&f->store, &f->dir);
}

static guint
n_stored (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicySet) set = zjtx_store_load_policies (f->store, &error);

  g_assert_no_error (error);
  return zjtx_policy_set_get_n (set);
}

static gboolean
import (Fixture     *f,
        const char  *name,
        GError     **error)
{
  /* The screenshot runs without g_test_init(): find the data by hand. */
  g_autofree char *path = g_test_initialized ()
    ? g_test_build_filename (G_TEST_DIST, "data", name, NULL)
    : g_build_filename (g_getenv ("G_TEST_SRCDIR") != NULL ? g_getenv ("G_TEST_SRCDIR") : ".", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean ok;

  ok = zjtx_policies_page_import_file (ZJTX_POLICIES_PAGE (f->page), file, error);
  gui_test_spin ();
  gtk_test_widget_wait_for_draw (f->window);
  return ok;
}

static void
set_field (ZjtxPolicyEditor *editor,
           const char       *path,
           const char       *text)
{
  GtkWidget *field = zjtx_policy_editor_get_field (editor, path);

  g_assert_nonnull (field);
  gtk_editable_set_text (GTK_EDITABLE (field), text);
}

static ZjtxPolicyEditor *
duplicate_2024 (Fixture *f)
{
  ZjtxPolicySet *set = zjtx_policies_page_get_policies (ZJTX_POLICIES_PAGE (f->page));
  ZjtxPolicyEditor *editor;

  g_assert_nonnull (set);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
  editor = zjtx_policies_page_duplicate (ZJTX_POLICIES_PAGE (f->page), zjtx_policy_set_get (set, 0));
  g_assert_true (ZJTX_IS_POLICY_EDITOR (editor));
  gui_test_spin ();

  /* A new version starts without an identity. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (zjtx_policy_editor_get_field (editor, "id"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (zjtx_policy_editor_get_field (editor, "doc_number"))), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (zjtx_policy_editor_get_field (editor, "rules.rent_subsidy.rate"))), ==, "0.20");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (zjtx_policy_editor_get_field (editor, "rules.rent_subsidy.cap"))), ==, "500000.00");

  set_field (editor, "id", "yongchun-2026-1");
  set_field (editor, "doc_number", "永政办规〔2026〕1号");
  set_field (editor, "window.start", "2026-01-01");
  set_field (editor, "window.end", "2027-12-31");
  return editor;
}

/* ------------------------------------------------------------------ */
/* tests                                                               */

static void
test_import_next (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;

  fixture_open (&f);
  g_assert_cmpuint (count_buttons (f.page, "_Duplicate…"), ==, 1);
  g_assert_nonnull (gui_test_find_label (f.page, "永政办规〔2024〕1号"));

  g_assert_true (import (&f, "policy-next.json", &error));
  g_assert_no_error (error);
  g_assert_null (find_message_dialog ());
  g_assert_cmpuint (n_stored (&f), ==, 2);
  g_assert_nonnull (gui_test_find_label (f.page, "永政办规〔2024〕1号"));
  g_assert_nonnull (gui_test_find_label (f.page, "测试政策〔2026〕1号"));
  g_assert_cmpuint (count_buttons (f.page, "_Duplicate…"), ==, 2);

  fixture_close (&f);
}

static void
test_import_overlap (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  fixture_open (&f);
  g_assert_false (import (&f, "policy-overlap.json", &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP);
  g_assert_nonnull (strstr (error->message, "policy-overlap.json: "));
  g_assert_nonnull (strstr (error->message, "永政办规〔2024〕1号"));
  g_assert_nonnull (strstr (error->message, "测试政策〔2025〕9号"));

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);

  g_assert_cmpuint (n_stored (&f), ==, 1);
  g_assert_null (gui_test_find_label (f.page, "测试政策〔2025〕9号"));

  fixture_close (&f);
}

static void
test_import_bad_rate (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  fixture_open (&f);
  g_assert_false (import (&f, "policy-bad-rate.json", &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "policy-bad-rate.json: rules.rent_subsidy.rate: "));

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "rules.rent_subsidy.rate"));
  g_assert_cmpuint (n_stored (&f), ==, 1);

  fixture_close (&f);
}

static void
test_duplicate (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicySet) set = NULL;
  g_autoptr(GtkWidget) editor_ref = NULL;
  ZjtxPolicyEditor *editor;
  ZjtxPolicy *added;

  fixture_open (&f);
  editor = duplicate_2024 (&f);
  editor_ref = g_object_ref_sink (GTK_WIDGET (editor));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (editor)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (f.window));
  set_field (editor, "rules.rent_subsidy.rate", "0.25");

  g_assert_true (zjtx_policy_editor_save (editor, &error));
  g_assert_no_error (error);
  gui_test_spin ();
  /* Saved: the editor closes. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));

  set = zjtx_store_load_policies (f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 2);
  added = zjtx_policy_set_get (set, 1);
  g_assert_cmpstr (added->id, ==, "yongchun-2026-1");
  g_assert_cmpstr (added->doc_number, ==, "永政办规〔2026〕1号");
  g_assert_cmpint (added->rent.rate_ppm, ==, 250000);
  /* Everything else as in the 2024 policy. */
  g_assert_cmpint (added->loan.rate_ppm, ==, 10000);
  g_assert_cmpint (added->rent.cap, ==, 50000000);
  g_assert_cmpint (added->recognition.amount[ZJTX_TIER_NATIONAL], ==, 50000000);
  g_assert_cmpint (added->production.price_micro_yuan, ==, 50000);
  g_assert_cmpint (added->park_title.srdi_min_tier, ==, ZJTX_TIER_PROVINCIAL);
  g_assert_true (added->rent.exclusive_with_loan);
  g_assert_cmpint (added->rent.prefer_on_tie, ==, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);

  gtk_test_widget_wait_for_draw (f.window);
  g_assert_nonnull (gui_test_find_label (f.page, "永政办规〔2026〕1号"));

  fixture_close (&f);
}

static void
test_duplicate_bad_rate (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) editor_ref = NULL;
  ZjtxPolicyEditor *editor;
  GtkWidget *rate;

  fixture_open (&f);
  editor = duplicate_2024 (&f);
  editor_ref = g_object_ref_sink (GTK_WIDGET (editor));
  set_field (editor, "rules.rent_subsidy.rate", "abc");

  g_assert_false (zjtx_policy_editor_save (editor, &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "rules.rent_subsidy.rate: "));
  gui_test_spin ();

  rate = zjtx_policy_editor_get_field (editor, "rules.rent_subsidy.rate");
  g_assert_true (gtk_widget_has_css_class (rate, "error"));
  g_assert_false (gtk_widget_has_css_class (zjtx_policy_editor_get_field (editor, "rules.loan_interest_subsidy.rate"), "error"));
  /* The problem is shown beside the field, without its path. */
  g_assert_nonnull (gui_test_find_label (rate, error->message + strlen ("rules.rent_subsidy.rate: ")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpuint (n_stored (&f), ==, 1);

  /* Corrected, it saves. */
  set_field (editor, "rules.rent_subsidy.rate", "0.25");
  g_assert_false (gtk_widget_has_css_class (rate, "error"));
  g_clear_error (&error);
  g_assert_true (zjtx_policy_editor_save (editor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_stored (&f), ==, 2);

  fixture_close (&f);
}

static void
test_duplicate_overlap (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkWidget) editor_ref = NULL;
  ZjtxPolicyEditor *editor;

  fixture_open (&f);
  editor = duplicate_2024 (&f);
  editor_ref = g_object_ref_sink (GTK_WIDGET (editor));
  set_field (editor, "window.start", "2025-06-01");

  g_assert_false (zjtx_policy_editor_save (editor, &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP);
  g_assert_nonnull (strstr (error->message, "永政办规〔2024〕1号"));
  g_assert_nonnull (strstr (error->message, "永政办规〔2026〕1号"));
  gui_test_spin ();
  g_assert_true (gtk_widget_has_css_class (zjtx_policy_editor_get_field (editor, "window.start"), "error"));
  g_assert_cmpuint (n_stored (&f), ==, 1);

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&f);
}

/* ------------------------------------------------------------------ */
/* screenshot                                                          */

static void
save_screenshots (const char *prefix)
{
  Fixture f = { 0 };
  g_autofree char *page_file = g_strconcat (prefix, "-page.png", NULL);
  g_autofree char *editor_file = g_strconcat (prefix, "-editor.png", NULL);
  g_autofree char *error_file = g_strconcat (prefix, "-editor-error.png", NULL);
  ZjtxPolicyEditor *editor;

  fixture_open (&f);
  import (&f, "policy-next.json", NULL);
  gui_test_save_png (f.window, page_file);

  editor = zjtx_policies_page_duplicate (ZJTX_POLICIES_PAGE (f.page),
                                         zjtx_policy_set_get (zjtx_policies_page_get_policies (ZJTX_POLICIES_PAGE (f.page)), 0));
  gtk_window_set_default_size (GTK_WINDOW (editor), 680, 800);
  gui_test_save_png (GTK_WIDGET (editor), editor_file);
  set_field (editor, "id", "yongchun-2026-1");
  set_field (editor, "doc_number", "永政办规〔2026〕1号");
  set_field (editor, "rules.rent_subsidy.rate", "abc");
  zjtx_policy_editor_save (editor, NULL);
  gui_test_save_png (GTK_WIDGET (editor), error_file);

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_POLICIES_SCREENSHOT");

  if (screenshot != NULL)
    {
      zjtx_i18n_init ();
      gtk_init ();
    }
  else
    gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  /* What AdwApplication does for the real window. */
  gui_test_load_css ();

  if (screenshot != NULL)
    {
      save_screenshots (screenshot);
      return 0;
    }

  g_test_add_func ("/gui/policies-page/import", test_import_next);
  g_test_add_func ("/gui/policies-page/import-overlap", test_import_overlap);
  g_test_add_func ("/gui/policies-page/import-bad-rate", test_import_bad_rate);
  g_test_add_func ("/gui/policies-page/duplicate", test_duplicate);
  g_test_add_func ("/gui/policies-page/duplicate-bad-rate", test_duplicate_bad_rate);
  g_test_add_func ("/gui/policies-page/duplicate-overlap", test_duplicate_overlap);

  return g_test_run ();
}
