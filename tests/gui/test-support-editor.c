/* test-support-editor.c: support records in the enterprise editor, under a real display (Xvfb)
 *
 * An enterprise with a loan (2024-07-15) and an R&D platform (2024-05-10),
 * on 2025-06-30 (the store's today):
 *  - the timeline lists them newest first, each with its action and
 *    particulars;
 *  - the form of a new record shows the rows its kind needs; an amount
 *    with text, then a date in the future, are marked and keep the form
 *    open; a good guarantee goes to the top of the timeline, unsaved;
 *  - a record edited and one removed; Save writes the three changes in
 *    one transaction, each with its audit row, and the history lists them;
 *  - Cancel writes nothing.
 *
 * Runs in the C locale (gtk_test_init). With ZJTX_SUPPORT_SCREENSHOT=FILE it
 * instead renders the editor scrolled to its support records, and with
 * ZJTX_SUPPORT_SCREENSHOT_FORM=FILE the form of the loan, in the
 * environment's locale.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <adwaita.h>

#include "model/zjtx-enterprise.h"
#include "model/zjtx-store.h"
#include "model/zjtx-support-record.h"
#include "zjtx-enterprise-editor.h"
#include "zjtx-support-dialog.h"

#include "gui-test-util.h"

typedef struct {
  char      *dir;
  ZjtxStore *store;
  gint64     enterprise;
} Fixture;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
save (Fixture  *f,
      gpointer  record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_store_save (f->store, ZJTX_RECORD (record), &error));
  g_assert_no_error (error);
}

/* The timeline's rows, top to bottom. */
static GPtrArray *
support_rows (GtkWidget *editor)
{
  g_autoptr(GPtrArray) rows = gui_test_find_all (editor, ADW_TYPE_ACTION_ROW);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < rows->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (rows, i), "zjtx-support"))
      g_ptr_array_add (found, g_ptr_array_index (rows, i));
  return found;
}

static const char *
row_title (GPtrArray *rows,
           guint      i)
{
  return adw_preferences_row_get_title (g_ptr_array_index (rows, i));
}

/* The icon button @icon of timeline row @i. */
static GtkWidget *
row_button (GPtrArray  *rows,
            guint       i,
            const char *icon)
{
  g_autoptr(GPtrArray) buttons = gui_test_find_all (g_ptr_array_index (rows, i), GTK_TYPE_BUTTON);

  for (guint b = 0; b < buttons->len; b++)
    if (g_strcmp0 (gtk_button_get_icon_name (g_ptr_array_index (buttons, b)), icon) == 0)
      return g_ptr_array_index (buttons, b);
  g_assert_not_reached ();
}

static ZjtxSupportDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ZJTX_IS_SUPPORT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ZJTX_SUPPORT_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
field (ZjtxSupportDialog *dialog,
       const char        *name)
{
  GtkWidget *widget = gui_test_find_named (GTK_WIDGET (dialog), name);

  g_assert_nonnull (widget);
  return widget;
}

static void
set_text (ZjtxSupportDialog *dialog,
          const char        *name,
          const char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (field (dialog, name)), text);
}

static const char *
dialog_error (ZjtxSupportDialog *dialog)
{
  g_autoptr(GPtrArray) labels = gui_test_find_all (GTK_WIDGET (dialog), GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "error") &&
        gtk_widget_get_visible (g_ptr_array_index (labels, i)))
      return gtk_label_get_text (g_ptr_array_index (labels, i));
  return NULL;
}

static void
apply (ZjtxSupportDialog *dialog)
{
  gtk_widget_activate_action (GTK_WIDGET (dialog), "support.apply", NULL);
  gui_test_spin ();
}

static GtkWindow *
open_editor (Fixture *f)
{
  GtkWindow *editor = GTK_WINDOW (zjtx_enterprise_editor_new (NULL, f->store, f->enterprise));

  gtk_window_present (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  gui_test_spin ();
  return editor;
}

/* ------------------------------------------------------------------ */
/* fixture                                                             */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(ZjtxSupportRecord) loan = zjtx_support_record_new ();
  g_autoptr(ZjtxSupportRecord) platform = zjtx_support_record_new ();
  ZjtxDate today;

  f->store = gui_test_open_store ("zjtx-support-XXXXXX", &f->dir);
  g_assert_true (zjtx_date_parse ("2025-06-30", &today, NULL));
  zjtx_store_set_today (f->store, today);

  zjtx_enterprise_set_name (e, "永春县美宇醋业股份有限公司");
  zjtx_enterprise_set_township (e, "桃城镇");
  save (f, e);
  f->enterprise = zjtx_record_get_id (ZJTX_RECORD (e));

  g_object_set (loan, "enterprise-id", f->enterprise, "kind", "loan", "date", "2024-07-15", "bank", "中国银行永春支行",
                "amount", (gint64) 500000000, "rate", (gint64) 43500, "unit", "县金融办", NULL);
  save (f, loan);
  g_object_set (platform, "enterprise-id", f->enterprise, "kind", "platform", "date", "2024-05-10",
                "platform", "tech_center", "level", "provincial", "subject", "美宇老醋技术中心", NULL);
  save (f, platform);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gui_test_spin ();
  gui_test_close_store (&f->store, &f->dir);
}

/* ------------------------------------------------------------------ */
/* tests                                                               */

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  GtkWindow *editor = open_editor (f);
  g_autoptr(GPtrArray) rows = support_rows (GTK_WIDGET (editor));

  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpstr (row_title (rows, 0), ==, "2024-07-15 · 三（五） Finance · Matchmaking loan");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "中国银行永春支行 · 5,000,000.00 yuan · 4.35% · by 县金融办");
  g_assert_cmpstr (row_title (rows, 1), ==, "2024-05-10 · 三（四） Innovation · R&D platform");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 1)), ==,
                   "Enterprise technology center · Provincial · 美宇老醋技术中心");
  gtk_window_destroy (editor);
}

static void
test_add_edit_remove (Fixture       *f,
                      gconstpointer  data)
{
  GtkWindow *editor = open_editor (f);
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *old_values = NULL;
  g_autofree char *new_values = NULL;
  ZjtxSupportDialog *dialog;
  gint64 audit = query_int (f, "SELECT count(*) FROM audit");

  /* A new record: the form shows what a guarantee needs, and no bank. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-support", NULL);
  gui_test_spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "date"))), ==, "2025-06-30");
  adw_combo_row_set_selected (ADW_COMBO_ROW (field (dialog, "kind")), ZJTX_SUPPORT_GUARANTEE);
  gui_test_spin ();
  g_assert_true (gtk_widget_get_visible (field (dialog, "fee")));
  g_assert_false (gtk_widget_get_visible (field (dialog, "bank")));
  g_assert_false (gtk_widget_get_visible (field (dialog, "level")));

  set_text (dialog, "amount", "12万x");
  apply (dialog);
  g_assert_true (find_dialog () == dialog);
  g_assert_true (gtk_widget_has_css_class (field (dialog, "amount"), "error"));
  g_assert_cmpstr (dialog_error (dialog), ==,
                   "Amount (yuan): “12万x” is not a number: use half-width digits 0–9 and “.”");

  set_text (dialog, "amount", "2000000");
  set_text (dialog, "fee", "10000");
  gtk_switch_set_active (GTK_SWITCH (field (dialog, "waived")), TRUE);
  set_text (dialog, "unit", "县融资担保公司");
  set_text (dialog, "date", "2025-07-01");
  apply (dialog);
  g_assert_true (find_dialog () == dialog);
  g_assert_false (gtk_widget_has_css_class (field (dialog, "amount"), "error"));
  g_assert_true (gtk_widget_has_css_class (field (dialog, "date"), "error"));
  g_assert_cmpstr (dialog_error (dialog), ==, "Date: 2025-07-01 is in the future (today is 2025-06-30)");

  set_text (dialog, "date", "2025-06-01");
  apply (dialog);
  g_assert_null (find_dialog ());

  rows = support_rows (GTK_WIDGET (editor));
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (row_title (rows, 0), ==, "2025-06-01 · 三（五） Finance · Government guarantee");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "2,000,000.00 yuan · fee 10,000.00 yuan · counter-guarantee waived · by 县融资担保公司");
  /* Nothing written before Save. */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM support_record"), ==, 2);

  /* The loan: a larger amount. */
  g_signal_emit_by_name (row_button (rows, 1, "document-edit-symbolic"), "clicked");
  gui_test_spin ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (field (dialog, "kind"))), ==, ZJTX_SUPPORT_LOAN);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "amount"))), ==, "5000000.00");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (field (dialog, "rate"))), ==, "4.35%");
  set_text (dialog, "amount", "6000000");
  apply (dialog);
  g_assert_null (find_dialog ());

  /* The platform: gone. */
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = support_rows (GTK_WIDGET (editor));
  g_signal_emit_by_name (row_button (rows, 2, "user-trash-symbolic"), "clicked");
  gui_test_spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = support_rows (GTK_WIDGET (editor));
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM support_record"), ==, 2);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_test_spin ();

  g_assert_cmpint (query_int (f, "SELECT count(*) FROM support_record"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM support_record WHERE kind = 'platform'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT amount FROM support_record WHERE kind = 'loan'"), ==, 600000000);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM support_record WHERE kind = 'guarantee' AND amount = 200000000 "
                                 "AND fee = 1000000 AND waived = 1 AND date = '2025-06-01'"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit"), ==, audit + 3);
  old_values = query_text (f, "SELECT old_values FROM audit WHERE entity = 'support_record' AND action = 'update'");
  new_values = query_text (f, "SELECT new_values FROM audit WHERE entity = 'support_record' AND action = 'update'");
  g_assert_cmpstr (old_values, ==, "{\"amount\":500000000}");
  g_assert_cmpstr (new_values, ==, "{\"amount\":600000000}");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit WHERE entity = 'support_record' AND action = 'delete'"),
                   ==, 1);

  /* Opened again: the history names the change. */
  {
    GtkWindow *again = open_editor (f);
    g_autoptr(GPtrArray) titles = gui_test_find_all (GTK_WIDGET (again), ADW_TYPE_ACTION_ROW);
    gboolean found = FALSE;

    for (guint i = 0; i < titles->len; i++)
      found |= g_strcmp0 (adw_action_row_get_subtitle (g_ptr_array_index (titles, i)),
                          "Amount: 5,000,000.00 → 6,000,000.00") == 0;
    g_assert_true (found);
    gtk_window_destroy (again);
  }
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  GtkWindow *editor = open_editor (f);
  g_autoptr(GPtrArray) rows = support_rows (GTK_WIDGET (editor));
  gint64 audit = query_int (f, "SELECT count(*) FROM audit");

  g_signal_emit_by_name (row_button (rows, 0, "user-trash-symbolic"), "clicked");
  gui_test_spin ();
  gtk_window_close (editor);
  gui_test_spin ();
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM support_record"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit"), ==, audit);
}

/* ------------------------------------------------------------------ */
/* screenshots                                                         */

static int
render (GtkWidget  *widget,
        const char *path)
{
  g_autoptr(GdkTexture) texture = gui_test_render (widget);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("Could not write %s\n", path);
      return 1;
    }
  g_print ("%s\n", path);
  return 0;
}

static int
screenshots (const char *editor_path,
             const char *form_path)
{
  Fixture f = { 0 };
  GtkWindow *editor;
  int ret = 0;

  fixture_set_up (&f, NULL);
  editor = GTK_WINDOW (zjtx_enterprise_editor_new (NULL, f.store, f.enterprise));
  gtk_window_set_default_size (editor, 960, 760);
  gtk_window_present (editor);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  gui_test_spin ();

  if (editor_path != NULL)
    {
      g_autoptr(GPtrArray) rows = support_rows (GTK_WIDGET (editor));
      g_autoptr(GPtrArray) scrolled = gui_test_find_all (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrolled, 0));
      double x, y;

      /* The support group at the top of the view. */
      if (gtk_widget_translate_coordinates (g_ptr_array_index (rows, 0), g_ptr_array_index (scrolled, 0), 0, 0, &x, &y))
        gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + y - 120);
      gui_test_spin ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
      ret |= render (GTK_WIDGET (editor), editor_path);
    }
  if (form_path != NULL)
    {
      g_autoptr(GPtrArray) rows = support_rows (GTK_WIDGET (editor));
      ZjtxSupportDialog *dialog;

      g_signal_emit_by_name (row_button (rows, 0, "document-edit-symbolic"), "clicked");
      gui_test_spin ();
      dialog = find_dialog ();
      gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
      gui_test_spin ();
      ret |= render (GTK_WIDGET (dialog), form_path);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  gtk_window_destroy (editor);
  fixture_tear_down (&f, NULL);
  return ret;
}

int
main (int   argc,
      char *argv[])
{
  const char *editor_shot = g_getenv ("ZJTX_SUPPORT_SCREENSHOT");
  const char *form_shot = g_getenv ("ZJTX_SUPPORT_SCREENSHOT_FORM");
  const char *localedir = g_getenv ("ZJTX_LOCALEDIR");

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (editor_shot != NULL || form_shot != NULL)
    {
      setlocale (LC_ALL, "");
      gtk_init ();
      adw_init ();
      gui_test_load_css ();
      return screenshots (editor_shot, form_shot);
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gui_test_load_css ();

#define ADD(path, func) \
  g_test_add ("/support-editor/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("timeline", test_timeline);
  ADD ("add-edit-remove", test_add_edit_remove);
  ADD ("cancel", test_cancel);
#undef ADD

  return g_test_run ();
}
