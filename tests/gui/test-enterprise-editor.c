/* test-enterprise-editor.c: the enterprise editor, under a real display (Xvfb)
 *
 * On the demo county (300 enterprises, seed 1), with a reserve enterprise
 * (no recognition):
 *  - a USCC with a wrong check character is marked as typed, with the
 *    validator's reason under the field; Save keeps the window open and
 *    writes nothing;
 *  - a provincial recognition dated 2025-03-01, added in the form, shows
 *    the evaluator's reward (100,000.00, clause 四（一）) before any save;
 *  - Save with a good USCC writes the enterprise and the recognition, both
 *    audited, and closes the window; the history then lists the change;
 *  - a revenue with three decimals is marked and not saved;
 *  - Delete (confirmed) removes the enterprise and its records, and the
 *    snapshot the editor hands over re-creates them;
 *  - on the enterprises page, activating a row opens the editor of that
 *    enterprise; a delete there refreshes the list and its toast's Undo
 *    brings the enterprise back.
 *  - with ZJTX_EDITOR_SCREENSHOT=FILE, the editor (960×760) of a member of
 *    the demonstration park with a provincial recognition added is written
 *    to FILE as a PNG; ZJTX_EDITOR_SCREENSHOT_SCROLL=PIXELS scrolls first,
 *    ZJTX_EDITOR_SCREENSHOT_USCC=TEXT types a USCC, ZJTX_EDITOR_SCREENSHOT_FORM=1
 *    opens the recognition form (run with LANG=zh_CN.UTF-8 to look at it in
 *    Chinese).
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "core/zjtx-i18n.h"
#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-enterprise-history.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-store.h"

#include "zjtx-enterprise-editor.h"
#include "zjtx-trend-view.h"
#include "zjtx-enterprises-page.h"
#include "zjtx-screenshot.h"

#include "gui-test-util.h"

#define AS_OF "2025-12-31"
#define BAD_USCC "91350525MA2Y0001X6"
#define GOOD_USCC "91350525MA2Y0001X5"

typedef struct {
  char      *dir;
  ZjtxStore *store;
} Fixture;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static ZjtxDate
as_of (void)
{
  ZjtxDate date;

  g_assert_true (zjtx_date_parse (AS_OF, &date, NULL));
  return date;
}

static void
collect_class (GtkWidget  *root,
               const char *css_class,
               GPtrArray  *found)
{
  if (gtk_widget_has_css_class (root, css_class))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_class (child, css_class, found);
}

static gint64
query_int (ZjtxStore  *store,
           const char *sql,
           gint64      arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
query_text (ZjtxStore  *store,
            const char *sql,
            gint64      arg)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, arg);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_text (stmt, 0) != NULL)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  f->store = gui_test_open_store ("zjtx-editor-XXXXXX", &f->dir);
  g_assert_true (zjtx_demo_fill (f->store, 300, 1, &error));
  g_assert_no_error (error);
}

static void
fixture_close (Fixture *f)
{
  gui_test_spin ();
  gui_test_close_store (&f->store, &f->dir);
}

static ZjtxEnterpriseEditor *
open_editor (Fixture *f,
             gint64   id)
{
  ZjtxEnterpriseEditor *editor = zjtx_enterprise_editor_new (NULL, f->store, id);

  g_object_ref_sink (editor);
  zjtx_enterprise_editor_set_as_of (editor, as_of ());
  gtk_window_present (GTK_WINDOW (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  return editor;
}

static void
add_recognition (ZjtxEnterpriseEditor *editor,
                 guint                 tier,   /* 0 innovative, 1 provincial, 2 national */
                 const char           *date)
{
  GtkWidget *tier_row = gui_test_find_named (GTK_WIDGET (editor), "new-recognition-tier");
  GtkWidget *date_entry = gui_test_find_named (GTK_WIDGET (editor), "new-recognition-date");
  GtkWidget *add = gui_test_find_named (GTK_WIDGET (editor), "new-recognition-add");

  g_assert_nonnull (tier_row);
  g_assert_nonnull (date_entry);
  g_assert_nonnull (add);
  adw_combo_row_set_selected (ADW_COMBO_ROW (tier_row), tier);
  gtk_editable_set_text (GTK_EDITABLE (date_entry), date);
  g_signal_emit_by_name (add, "clicked");
  gui_test_spin ();
}

/* The texts of the reward labels, in timeline order. */
static GPtrArray *
reward_texts (ZjtxEnterpriseEditor *editor)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  collect_class (GTK_WIDGET (editor), "reward", labels);
  for (guint i = 0; i < labels->len; i++)
    g_ptr_array_add (texts, g_strdup (gtk_label_get_text (g_ptr_array_index (labels, i))));
  return texts;
}

static void
on_saved (ZjtxEnterpriseEditor *editor,
          gint64                id,
          gint64               *saved_id)
{
  *saved_id = id;
}

/* ------------------------------------------------------------------ */
/* tests                                                               */

static void
test_uscc_and_reward (void)
{
  Fixture f = { 0 };
  g_autoptr(ZjtxEnterpriseEditor) editor = NULL;
  g_autoptr(GPtrArray) rewards = NULL;
  g_autofree char *old_uscc = NULL;
  g_autofree char *uscc = NULL;
  g_autofree char *audit = NULL;
  GtkWidget *entry;
  AdwActionRow *row;
  gint64 id, audits, saved_id = 0;

  fixture_open (&f);
  id = query_int (f.store, "SELECT id FROM enterprise e WHERE NOT EXISTS "
                           "(SELECT 1 FROM recognition r WHERE r.enterprise_id = e.id) "
                           "AND ?1 = ?1 ORDER BY id LIMIT 1", 0);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM enterprise WHERE uscc = '" GOOD_USCC "' AND ?1 = ?1", 0),
                   ==, 0);
  old_uscc = query_text (f.store, "SELECT uscc FROM enterprise WHERE id = ?1", id);
  audits = query_int (f.store, "SELECT count(*) FROM audit WHERE ?1 = ?1", 0);

  editor = open_editor (&f, id);
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved), &saved_id);
  entry = gui_test_find_named (GTK_WIDGET (editor), "uscc");
  g_assert_nonnull (entry);
  row = ADW_ACTION_ROW (gtk_widget_get_ancestor (entry, ADW_TYPE_ACTION_ROW));

  /* Marked as typed, with the validator's reason naming the character. */
  gtk_editable_set_text (GTK_EDITABLE (entry), BAD_USCC);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (row), "18"));
  g_test_message ("reason: %s", adw_action_row_get_subtitle (row));

  /* Save refuses: the window stays, the field stays marked, nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpint (saved_id, ==, 0);
  uscc = query_text (f.store, "SELECT uscc FROM enterprise WHERE id = ?1", id);
  g_assert_cmpstr (uscc, ==, old_uscc);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM audit WHERE ?1 = ?1", 0), ==, audits);

  /* A good one clears the mark. */
  gtk_editable_set_text (GTK_EDITABLE (entry), GOOD_USCC);
  g_assert_false (gtk_widget_has_css_class (entry, "error"));


  /* The reward shows before any save, from the evaluator. */
  add_recognition (editor, 1, "2025-03-01");
  rewards = reward_texts (editor);
  g_assert_cmpuint (rewards->len, ==, 1);
  g_test_message ("reward: %s", (char *) g_ptr_array_index (rewards, 0));
  g_assert_cmpstr (g_ptr_array_index (rewards, 0), ==, "100,000.00 yuan, clause 四（一）");
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM recognition WHERE enterprise_id = ?1", id), ==, 0);

  /* A later recognition of the tier earns nothing, with the evaluator's
   * reason; its trash button takes it out again. */
  add_recognition (editor, 1, "2025-06-01");
  {
    g_autoptr(GPtrArray) texts = reward_texts (editor);
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
    g_autoptr(GPtrArray) removes = g_ptr_array_new ();

    g_assert_cmpuint (texts->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (texts, 0), ==, "100,000.00 yuan, clause 四（一）");
    g_assert_cmpstr (g_ptr_array_index (texts, 1), ==,
                     "recognised on 2025-06-01, but first recognised as this tier on 2025-03-01");
    /* The timeline's trash buttons (the tables' are in grids). */
    gui_test_collect (GTK_WIDGET (editor), GTK_TYPE_BUTTON, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "Remove") == 0 &&
          gtk_widget_get_ancestor (g_ptr_array_index (buttons, i), GTK_TYPE_GRID) == NULL)
        g_ptr_array_add (removes, g_ptr_array_index (buttons, i));
    g_assert_cmpuint (removes->len, ==, 2);
    g_signal_emit_by_name (g_ptr_array_index (removes, 1), "clicked");
    gui_test_spin ();
  }
  g_clear_pointer (&rewards, g_ptr_array_unref);
  rewards = reward_texts (editor);
  g_assert_cmpuint (rewards->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rewards, 0), ==, "100,000.00 yuan, clause 四（一）");

  /* Save writes both, audited, and closes. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  gui_test_spin ();
  g_assert_cmpint (saved_id, ==, id);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_clear_pointer (&uscc, g_free);
  uscc = query_text (f.store, "SELECT uscc FROM enterprise WHERE id = ?1", id);
  g_assert_cmpstr (uscc, ==, GOOD_USCC);
  audit = query_text (f.store, "SELECT new_values FROM audit WHERE entity = 'enterprise' AND entity_id = ?1 "
                               "AND action = 'update' ORDER BY id DESC LIMIT 1", id);
  g_assert_nonnull (audit);
  /* Only what changed: the unchanged fields and figures write no audit. */
  g_assert_cmpstr (audit, ==, "{\"uscc\":\"" GOOD_USCC "\"}");
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM recognition WHERE enterprise_id = ?1 "
                                       "AND tier = 'provincial' AND date = '2025-03-01' AND review = 0", id), ==, 1);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM audit WHERE entity = 'recognition' AND action = 'insert' "
                                       "AND entity_id IN (SELECT id FROM recognition WHERE enterprise_id = ?1)", id),
                   ==, 1);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM audit WHERE ?1 = ?1", 0), ==, audits + 2);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_clear_object (&editor);

  /* Reopened: the recognition is stored, its reward unchanged; the history lists the change. */
  editor = open_editor (&f, id);
  g_clear_pointer (&rewards, g_ptr_array_unref);
  rewards = reward_texts (editor);
  g_assert_cmpuint (rewards->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (rewards, 0), ==, "100,000.00 yuan, clause 四（一）");
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();
    gboolean seen = FALSE;

    gui_test_collect (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, rows);
    for (guint i = 0; i < rows->len; i++)
      {
        const char *subtitle = adw_action_row_get_subtitle (g_ptr_array_index (rows, i));
        const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

        if (strstr (title, "test · Enterprise changed") != NULL && subtitle != NULL &&
            strstr (subtitle, "USCC: ") != NULL && strstr (subtitle, "→ " GOOD_USCC) != NULL)
          seen = TRUE;
      }
    g_assert_true (seen);
  }
  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&f);
}

static void
on_deleted (ZjtxEnterpriseEditor    *editor,
            gint64                   id,
            ZjtxEnterpriseSnapshot **snapshot)
{
  *snapshot = zjtx_enterprise_editor_take_deleted (editor);
}

static void
test_delete_undo (void)
{
  Fixture f = { 0 };
  g_autoptr(ZjtxEnterpriseEditor) editor = NULL;
  g_autoptr(ZjtxEnterpriseSnapshot) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) toplevels = NULL;
  g_autofree char *name = NULL;
  g_autofree char *restored_name = NULL;
  AdwMessageDialog *dialog = NULL;
  gint64 id, n_recognitions, n_monitoring, new_id, audits;

  fixture_open (&f);
  /* An enterprise with recognitions and figures. */
  id = query_int (f.store, "SELECT enterprise_id FROM recognition WHERE ?1 = ?1 GROUP BY enterprise_id "
                           "ORDER BY count(*) DESC, enterprise_id LIMIT 1", 0);
  n_recognitions = query_int (f.store, "SELECT count(*) FROM recognition WHERE enterprise_id = ?1", id);
  n_monitoring = query_int (f.store, "SELECT count(*) FROM monitoring_record WHERE enterprise_id = ?1", id);
  name = query_text (f.store, "SELECT name FROM enterprise WHERE id = ?1", id);
  g_assert_cmpint (n_recognitions, >, 0);
  g_assert_cmpint (n_monitoring, >, 0);
  audits = query_int (f.store, "SELECT count(*) FROM audit WHERE ?1 = ?1", 0);

  editor = open_editor (&f, id);
  g_signal_connect (editor, "deleted", G_CALLBACK (on_deleted), &snapshot);

  /* A figure with three decimals is refused by zjtx_money_parse: marked, nothing saved. */
  {
    GtkWidget *revenue = gui_test_find_named (GTK_WIDGET (editor), "revenue");
    g_autofree char *before = NULL;

    g_assert_nonnull (revenue);
    before = g_strdup (gtk_editable_get_text (GTK_EDITABLE (revenue)));
    gtk_editable_set_text (GTK_EDITABLE (revenue), "12.345");
    gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
    gui_test_spin ();
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
    g_assert_true (gtk_widget_has_css_class (revenue, "error"));
    g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM audit WHERE ?1 = ?1", 0), ==, audits);
    gtk_editable_set_text (GTK_EDITABLE (revenue), before);
  }

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  gui_test_spin ();

  /* It asks first. */
  toplevels = gtk_window_get_toplevels ();
  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w))
        dialog = ADW_MESSAGE_DIALOG (w);
    }
  g_assert_nonnull (dialog);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM enterprise WHERE id = ?1", id), ==, 1);
  adw_message_dialog_response (dialog, "delete");
  gui_test_spin ();

  g_assert_nonnull (snapshot);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM enterprise WHERE id = ?1", id), ==, 0);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM recognition WHERE enterprise_id = ?1", id), ==, 0);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM audit WHERE entity = 'enterprise' AND "
                                       "action = 'delete' AND entity_id = ?1", id), ==, 1);

  /* Undo. */
  new_id = zjtx_enterprise_snapshot_restore (snapshot, f.store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (new_id, >, 0);
  restored_name = query_text (f.store, "SELECT name FROM enterprise WHERE id = ?1", new_id);
  g_assert_cmpstr (restored_name, ==, name);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM recognition WHERE enterprise_id = ?1", new_id),
                   ==, n_recognitions);
  g_assert_cmpint (query_int (f.store, "SELECT count(*) FROM monitoring_record WHERE enterprise_id = ?1", new_id),
                   ==, n_monitoring);

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&f);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) w = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (w, type) && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static void
test_page (void)
{
  Fixture f = { 0 };
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = zjtx_enterprises_page_new ();
  ZjtxEnterpriseList *list;
  ZjtxEnterpriseEditor *editor;
  AdwMessageDialog *dialog;
  GtkWidget *undo;
  gint64 id;

  fixture_open (&f);
  zjtx_enterprises_page_set_store (ZJTX_ENTERPRISES_PAGE (page), f.store);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  list = zjtx_enterprises_page_get_list (ZJTX_ENTERPRISES_PAGE (page));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 300);
  id = zjtx_enterprise_list_get_id (list, 2);

  /* Enter or a double click: the column view's "activate". */
  gui_test_collect (page, GTK_TYPE_COLUMN_VIEW, views);
  g_assert_cmpuint (views->len, ==, 1);
  g_signal_emit_by_name (g_ptr_array_index (views, 0), "activate", 2);
  gui_test_spin ();
  editor = find_toplevel (ZJTX_TYPE_ENTERPRISE_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpint (zjtx_enterprise_editor_get_enterprise_id (editor), ==, id);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  gui_test_spin ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");
  gui_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 299);

  undo = gui_test_find_button (overlay, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  gui_test_spin ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 300);

  gtk_window_destroy (GTK_WINDOW (window));
  fixture_close (&f);
}

/* The trend of each monitoring figure follows the table as typed. */
static void
test_trends (void)
{
  Fixture f = { 0 };
  g_autoptr(ZjtxEnterpriseEditor) editor = NULL;
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GPtrArray) periods = g_ptr_array_new ();
  ZjtxTrendView *output = NULL;
  gint64 id, n_years;

  fixture_open (&f);
  id = query_int (f.store, "SELECT enterprise_id FROM monitoring_record WHERE ?1 = ?1 "
                           "GROUP BY enterprise_id HAVING count(*) >= 3 ORDER BY enterprise_id LIMIT 1", 0);
  n_years = query_int (f.store, "SELECT count(*) FROM monitoring_record WHERE enterprise_id = ?1 "
                                "AND output IS NOT NULL", id);
  g_assert_cmpint (n_years, >=, 3);
  editor = open_editor (&f, id);

  gui_test_collect (GTK_WIDGET (editor), ZJTX_TYPE_TREND_VIEW, views);
  g_assert_cmpuint (views->len, ==, 8);
  /* In the table's column order: revenue, then output value. */
  output = g_ptr_array_index (views, 1);
  g_assert_cmpuint (zjtx_trend_view_get_n_points (output), ==, n_years);
  g_assert_cmpint (zjtx_trend_view_get_value (output, n_years - 1), ==,
                   query_int (f.store, "SELECT output FROM monitoring_record WHERE enterprise_id = ?1 "
                                       "ORDER BY period DESC LIMIT 1", id));

  /* The latest year's output typed anew: the last point follows. */
  {
    g_autoptr(GPtrArray) entries = g_ptr_array_new ();
    GtkWidget *latest_output = NULL;
    GtkWidget *latest_period = NULL;
    g_autofree char *last = query_text (f.store, "SELECT max(period) FROM monitoring_record WHERE enterprise_id = ?1", id);

    gui_test_collect (GTK_WIDGET (editor), GTK_TYPE_ENTRY, entries);
    for (guint i = 0; i < entries->len; i++)
      if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (entries, i)), "period") == 0)
        g_ptr_array_add (periods, g_ptr_array_index (entries, i));
    for (guint i = 0; i < periods->len; i++)
      if (g_strcmp0 (gtk_editable_get_text (g_ptr_array_index (periods, i)), last) == 0)
        latest_period = g_ptr_array_index (periods, i);
    g_assert_nonnull (latest_period);
    /* The output cell is two to the right of the period in the grid. */
    latest_output = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (latest_period));
    g_assert_cmpstr (gtk_widget_get_name (latest_output), ==, "output");

    gtk_editable_set_text (GTK_EDITABLE (latest_output), "12345.67");
    g_assert_cmpuint (zjtx_trend_view_get_n_points (output), ==, n_years);
    g_assert_cmpint (zjtx_trend_view_get_value (output, n_years - 1), ==, 1234567);

    /* Not a number: left out until corrected. */
    gtk_editable_set_text (GTK_EDITABLE (latest_output), "很多");
    g_assert_cmpuint (zjtx_trend_view_get_n_points (output), ==, n_years - 1);

    /* A quarter among years: the line keeps to years. */
    gtk_editable_set_text (GTK_EDITABLE (latest_output), "100");
    gtk_editable_set_text (GTK_EDITABLE (latest_period), "2025Q1");
    g_assert_cmpuint (zjtx_trend_view_get_n_points (output), ==, n_years - 1);
  }

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&f);
}

/* ------------------------------------------------------------------ */
/* screenshot                                                          */

static void
save_screenshot (const char *file)
{
  Fixture f = { 0 };
  g_autoptr(ZjtxEnterpriseEditor) editor = NULL;
  g_autoptr(GError) error = NULL;
  const char *scroll = g_getenv ("ZJTX_EDITOR_SCREENSHOT_SCROLL");
  gint64 id;

  fixture_open (&f);
  /* A member of the demonstration park, with loans or rents if any. */
  id = query_int (f.store, "SELECT e.id FROM enterprise e JOIN park p ON p.id = e.park_id "
                           "WHERE p.demonstration AND ?1 = ?1 ORDER BY "
                           "(SELECT count(*) FROM housing_loan l WHERE l.enterprise_id = e.id) + "
                           "(SELECT count(*) FROM rent r WHERE r.enterprise_id = e.id) DESC, e.id LIMIT 1", 0);
  editor = open_editor (&f, id);
  add_recognition (editor, 1, "2025-03-01");
  if (g_getenv ("ZJTX_EDITOR_SCREENSHOT_USCC") != NULL)
    gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (editor), "uscc")),
                           g_getenv ("ZJTX_EDITOR_SCREENSHOT_USCC"));
  if (g_getenv ("ZJTX_EDITOR_SCREENSHOT_FORM") != NULL)
    {
      GtkWidget *tier = gui_test_find_named (GTK_WIDGET (editor), "new-recognition-tier");

      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_ancestor (gtk_widget_get_parent (tier),
                                                                                 ADW_TYPE_EXPANDER_ROW)),
                                     TRUE);
      /* Let the revealer's animation finish. */
      for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < end;)
        g_main_context_iteration (NULL, FALSE);
    }
  if (scroll != NULL)
    {
      g_autoptr(GPtrArray) scrolled = g_ptr_array_new ();

      gui_test_collect (GTK_WIDGET (editor), GTK_TYPE_SCROLLED_WINDOW, scrolled);
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (g_ptr_array_index (scrolled, 0)),
                                atof (scroll));
    }
  gui_test_spin ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_assert_true (zjtx_screenshot_save_png (GTK_WIDGET (editor), file, &error));
  g_assert_no_error (error);
  g_print ("# written to %s\n", file);
  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_EDITOR_SCREENSHOT");

  if (screenshot != NULL)
    {
      zjtx_i18n_init ();
      gtk_init ();
    }
  else
    gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  if (screenshot != NULL)
    {
      save_screenshot (screenshot);
      return 0;
    }

  g_test_add_func ("/gui/enterprise-editor/uscc-and-reward", test_uscc_and_reward);
  g_test_add_func ("/gui/enterprise-editor/delete-undo", test_delete_undo);
  g_test_add_func ("/gui/enterprise-editor/page", test_page);
  g_test_add_func ("/gui/enterprise-editor/trends", test_trends);

  return g_test_run ();
}
