/* test-task-force-page.c: the task force page, under a real display (Xvfb)
 *
 * On a demo county (zjtx_demo_fill, 300 enterprises, seed 1):
 *  - the 18 members of the policy's attachment, 张照绿 leading;
 *  - editing a member's phone saves it with an audit row; a blank name
 *    keeps the editor open with the field marked, and saves nothing;
 *  - a member added, then removed after the confirmation;
 *  - the provincial-or-higher enterprises without a commissioner, counted
 *    here with SQL of our own, and one of them assigned;
 *  - the commissioners with the enterprises each serves;
 *  - the six actions of the policy with their responsible units.
 *
 * Runs in the C locale (gtk_test_init). With ZJTX_TASK_FORCE_SCREENSHOT=FILE
 * it instead renders the page at 1280×800 (or the height in
 * ZJTX_TASK_FORCE_SCREENSHOT_HEIGHT) in the environment's locale to FILE (a
 * PNG) and exits, so that the layout can be looked at in Chinese.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <adwaita.h>

#include "model/zjtx-demo.h"
#include "model/zjtx-store.h"
#include "core/zjtx-date.h"
#include "zjtx-task-force-page.h"

#include "gui-test-util.h"

static char *tmp_dir;
static ZjtxStore *store;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

/* The widgets under @root of @type with @css_class, in reading order. */
static GPtrArray *
find_with_class (GtkWidget  *root,
                 GType       type,
                 const char *css_class)
{
  g_autoptr(GPtrArray) all = gui_test_find_all (root, type);
  GPtrArray *found = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (all, i), css_class))
      g_ptr_array_add (found, g_ptr_array_index (all, i));
  return found;
}

/* The first label under @root whose text is @text, mapped or not (unlike
 * gui_test_find_label), or NULL. */
static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, i)), text) == 0)
      return g_ptr_array_index (labels, i);
  return NULL;
}

/* The one toplevel of @type with @css_class (NULL for any), or NULL. */
static GtkWindow *
find_toplevel (GType       type,
               const char *css_class)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) &&
          (css_class == NULL || gtk_widget_has_css_class (GTK_WIDGET (item), css_class)))
        {
          g_assert_null (found);
          found = GTK_WINDOW (item);
        }
    }
  return found;
}

static sqlite3 *
db (void)
{
  return zjtx_store_get_db (store);
}

static gint64
sql_int (const char *sql,
         const char *text_arg)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db (), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (text_arg != NULL)
    sqlite3_bind_text (stmt, 1, text_arg, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static char *
sql_text (const char *sql,
          gint64      int_arg)
{
  sqlite3_stmt *stmt = NULL;
  char *value;

  g_assert_cmpint (sqlite3_prepare_v2 (db (), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, int_arg);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

/* Provincial-or-higher enterprises without a commissioner today, counted
 * here from the recognitions, apart from the page's own query. */
static gint64
count_unserved (void)
{
  static const char sql[] =
    "SELECT count (*) FROM enterprise e WHERE e.commissioner_id IS NULL AND EXISTS "
    "(SELECT 1 FROM recognition r WHERE r.enterprise_id = e.id "
    "   AND (r.tier = 'provincial' OR r.tier = 'national') "
    "   AND r.date <= ?1 AND ?1 < zjtx_add_years (r.date, ?2))";
  g_autoptr(ZjtxPolicySet) policies = zjtx_store_load_policies (store, NULL);
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  ZjtxPolicy *policy = zjtx_policy_set_nearest (policies, zjtx_date_today ());
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_nonnull (policy);
  g_assert_cmpint (sqlite3_prepare_v2 (db (), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, policy->recognition_validity_years);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static gint64
count_audit (const char *entity)
{
  return sql_int ("SELECT count (*) FROM audit WHERE entity = ?1", entity);
}

typedef struct {
  GtkWindow *window;
  GtkWidget *page;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->page = zjtx_task_force_page_new (store);
  gtk_window_set_child (fixture->window, fixture->page);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  gui_test_spin ();
}

static GPtrArray *
member_rows (Fixture *fixture)
{
  return find_with_class (fixture->page, ADW_TYPE_ACTION_ROW, "zjtx-member");
}

static const char *
row_title (gpointer row)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

static GtkWindow *
open_editor (Fixture *fixture,
             gint64   id)
{
  GtkWindow *editor;

  if (id == 0)
    g_assert_true (gtk_widget_activate_action (fixture->page, "task-force.add-member", NULL));
  else
    g_assert_true (gtk_widget_activate_action (fixture->page, "task-force.edit-member", "x", id));
  gui_test_spin ();
  editor = find_toplevel (ADW_TYPE_WINDOW, "zjtx-member-editor");
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (editor) == fixture->window);
  return editor;
}

/* What a click does, at once: gtk_widget_activate () on a button emits
 * "clicked" only after a timeout that shows it pressed. */
static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin ();
}

static void
set_field (GtkWindow  *editor,
           const char *field,
           const char *text)
{
  GtkWidget *row = gui_test_find_named (GTK_WIDGET (editor), field);

  g_assert_true (ADW_IS_ENTRY_ROW (row));
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
press_save (GtkWindow *editor)
{
  GtkWidget *save = gui_test_find_named (GTK_WIDGET (editor), "save");

  g_assert_true (GTK_IS_BUTTON (save));
  click (save);
}

/* ------------------------------------------------------------------ */
/* the task force                                                      */

static void
test_members_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = member_rows (fixture);
  GtkWidget *leader;

  g_assert_cmpuint (rows->len, ==, 18);
  leader = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row_title (leader), ==, "张照绿");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (leader)), ==, "县人民政府 · 县长");
  g_assert_nonnull (find_label (leader, "Leader"));
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 1)), ==, "王卫阳");
  g_assert_nonnull (find_label (g_ptr_array_index (rows, 1), "Deputy Leader"));
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 2)), ==, "赵金豹");
  g_assert_nonnull (find_label (g_ptr_array_index (rows, 2), "Member"));
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 17)), ==, "潘逸");
}

static void
test_member_edit_phone (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 id = sql_int ("SELECT id FROM task_force_member WHERE name = ?1", "赵金豹");
  gint64 audits = count_audit ("task_force_member");
  g_autofree char *phone = NULL;
  g_autofree char *new_values = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GtkWindow *editor = open_editor (fixture, id);

  set_field (editor, "phone", "0595-23881234");
  press_save (editor);

  /* Saved, audited, closed, and shown. */
  g_assert_null (find_toplevel (ADW_TYPE_WINDOW, "zjtx-member-editor"));
  phone = sql_text ("SELECT phone FROM task_force_member WHERE id = ?1", id);
  g_assert_cmpstr (phone, ==, "0595-23881234");
  g_assert_cmpint (count_audit ("task_force_member"), ==, audits + 1);
  new_values = sql_text ("SELECT new_values FROM audit WHERE entity = 'task_force_member' "
                         "AND entity_id = ?1 AND action = 'update' ORDER BY id DESC LIMIT 1", id);
  g_assert_nonnull (strstr (new_values, "0595-23881234"));

  rows = member_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 18);
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 2)), ==, "赵金豹");
  g_assert_nonnull (find_label (g_ptr_array_index (rows, 2), "0595-23881234"));
}

static void
test_member_invalid (Fixture       *fixture,
                     gconstpointer  data)
{
  gint64 id = sql_int ("SELECT id FROM task_force_member WHERE name = ?1", "陈绍掌");
  gint64 audits = count_audit ("task_force_member");
  g_autofree char *name = NULL;
  GtkWindow *editor = open_editor (fixture, id);
  GtkWidget *name_row = gui_test_find_named (GTK_WIDGET (editor), "name");
  g_autoptr(GPtrArray) errors = NULL;
  guint shown = 0;

  /* Only a full-width space, as Chinese input leaves: blank. */
  set_field (editor, "name", "\u3000");
  press_save (editor);

  /* Still open, the name marked with the reason beside it, nothing saved. */
  g_assert_true (find_toplevel (ADW_TYPE_WINDOW, "zjtx-member-editor") == editor);
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  errors = find_with_class (name_row, GTK_TYPE_LABEL, "error");
  for (guint i = 0; i < errors->len; i++)
    if (gtk_widget_get_visible (g_ptr_array_index (errors, i)))
      {
        g_assert_true (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (errors, i)), "Name"));
        shown++;
      }
  g_assert_cmpuint (shown, ==, 1);
  g_assert_false (gtk_widget_has_css_class (gui_test_find_named (GTK_WIDGET (editor), "phone"), "error"));
  g_assert_cmpint (count_audit ("task_force_member"), ==, audits);
  name = sql_text ("SELECT name FROM task_force_member WHERE id = ?1", id);
  g_assert_cmpstr (name, ==, "陈绍掌");

  gtk_window_destroy (editor);
}

static void
test_member_add_remove (Fixture       *fixture,
                        gconstpointer  data)
{
  gint64 audits = count_audit ("task_force_member");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) after = NULL;
  GtkWindow *editor = open_editor (fixture, 0);
  AdwMessageDialog *confirm;
  gint64 id;

  set_field (editor, "name", "林某某");
  set_field (editor, "title", "副局长");
  set_field (editor, "unit", "县工信商务局");
  press_save (editor);
  g_assert_null (find_toplevel (ADW_TYPE_WINDOW, "zjtx-member-editor"));

  rows = member_rows (fixture);
  g_assert_cmpuint (rows->len, ==, 19);
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 18)), ==, "林某某");
  g_assert_cmpint (count_audit ("task_force_member"), ==, audits + 1);
  id = sql_int ("SELECT id FROM task_force_member WHERE name = ?1", "林某某");

  /* Asked first; cancelling keeps the member. */
  g_assert_true (gtk_widget_activate_action (fixture->page, "task-force.remove-member", "x", id));
  gui_test_spin ();
  confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_nonnull (confirm);
  /* What the dialog's button does: answer, then close. */
  adw_message_dialog_response (confirm, "cancel");
  gtk_window_destroy (GTK_WINDOW (confirm));
  gui_test_spin ();
  g_assert_cmpint (sql_int ("SELECT count (*) FROM task_force_member WHERE name = ?1", "林某某"), ==, 1);

  g_assert_true (gtk_widget_activate_action (fixture->page, "task-force.remove-member", "x", id));
  gui_test_spin ();
  confirm = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG, NULL));
  g_assert_nonnull (confirm);
  /* What the dialog's button does: answer, then close. */
  adw_message_dialog_response (confirm, "remove");
  gtk_window_destroy (GTK_WINDOW (confirm));
  gui_test_spin ();

  g_assert_cmpint (sql_int ("SELECT count (*) FROM task_force_member WHERE name = ?1", "林某某"), ==, 0);
  g_assert_cmpint (count_audit ("task_force_member"), ==, audits + 2);
  after = member_rows (fixture);
  g_assert_cmpuint (after->len, ==, 18);
}

/* ------------------------------------------------------------------ */
/* commissioners                                                       */

static void
test_unserved_assign (Fixture       *fixture,
                      gconstpointer  data)
{
  gint64 expected = count_unserved ();
  g_autoptr(GPtrArray) rows = find_with_class (fixture->page, ADW_TYPE_ACTION_ROW, "zjtx-unserved");
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) drop_downs = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autofree char *count = g_strdup_printf ("%" G_GINT64_FORMAT, expected);
  g_autofree char *count_after = g_strdup_printf ("%" G_GINT64_FORMAT, expected - 1);
  g_autofree char *commissioner = NULL;
  g_autofree char *audit = NULL;
  g_autofree char *assigned = NULL;
  GtkWidget *row;
  GtkDropDown *drop_down;
  g_autofree char *choice = NULL;
  gint64 enterprise_id;
  gint64 audits = count_audit ("enterprise");

  /* The demo leaves some without one; all of them fit on the page. */
  g_assert_cmpint (expected, >, 0);
  g_assert_cmpint (expected, <=, 200);
  g_assert_cmpint (rows->len, ==, expected);
  g_assert_nonnull (find_label (fixture->page, count));

  row = g_ptr_array_index (rows, 0);
  /* The rows are rebuilt on assigning: keep what is needed of this one. */
  assigned = g_strdup (row_title (row));
  enterprise_id = sql_int ("SELECT id FROM enterprise WHERE name = ?1 AND commissioner_id IS NULL",
                           row_title (row));
  drop_downs = gui_test_find_all (row, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (drop_downs->len, ==, 1);
  drop_down = g_ptr_array_index (drop_downs, 0);
  buttons = find_with_class (row, GTK_TYPE_BUTTON, "suggested-action");
  g_assert_cmpuint (buttons->len, ==, 1);

  /* Nothing chosen yet: nothing to assign. */
  g_assert_cmpuint (gtk_drop_down_get_selected (drop_down), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (g_ptr_array_index (buttons, 0)));
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (drop_down)), >, 10);

  gtk_drop_down_set_selected (drop_down, 1);
  choice = g_strdup (gtk_string_object_get_string (gtk_drop_down_get_selected_item (drop_down)));
  g_assert_true (gtk_widget_get_sensitive (g_ptr_array_index (buttons, 0)));
  click (g_ptr_array_index (buttons, 0));

  commissioner = sql_text ("SELECT p.name FROM enterprise e JOIN person p ON p.id = e.commissioner_id "
                           "WHERE e.id = ?1", enterprise_id);
  g_assert_true (g_str_has_prefix (choice, commissioner));
  audit = sql_text ("SELECT new_values FROM audit WHERE entity = 'enterprise' AND entity_id = ?1 "
                    "AND action = 'update' ORDER BY id DESC LIMIT 1", enterprise_id);
  g_assert_nonnull (strstr (audit, "commissioner_id"));
  g_assert_cmpint (count_audit ("enterprise"), ==, audits + 1);

  /* The row left the list. */
  g_assert_cmpint (count_unserved (), ==, expected - 1);
  after = find_with_class (fixture->page, ADW_TYPE_ACTION_ROW, "zjtx-unserved");
  g_assert_cmpint (after->len, ==, expected - 1);
  g_assert_nonnull (find_label (fixture->page, count_after));
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (row_title (g_ptr_array_index (after, i)), !=, assigned);
}

static void
test_commissioners (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = find_with_class (fixture->page, ADW_TYPE_EXPANDER_ROW, "zjtx-commissioner");
  g_autoptr(GPtrArray) served = NULL;
  gint64 n_commissioners = sql_int ("SELECT count (*) FROM person p "
                                    "WHERE EXISTS (SELECT 1 FROM enterprise e WHERE e.commissioner_id = p.id) "
                                    "OR NOT EXISTS (SELECT 1 FROM enterprise e WHERE e.liaison_id = p.id)", NULL);
  AdwExpanderRow *first;
  gint64 n_first;
  g_autofree char *count = NULL;

  /* Whoever serves an enterprise, or is no liaison leader. */
  g_assert_cmpint (rows->len, ==, n_commissioners);

  first = g_ptr_array_index (rows, 0);
  n_first = sql_int ("SELECT count (*) FROM enterprise e JOIN person p ON p.id = e.commissioner_id "
                     "WHERE p.name = ?1", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)));
  g_assert_cmpint (n_first, >, 0);
  count = g_strdup_printf ("%" G_GINT64_FORMAT " enterprise%s", n_first, n_first == 1 ? "" : "s");
  g_assert_nonnull (find_label (GTK_WIDGET (first), count));

  /* The names come when expanded. */
  served = find_with_class (GTK_WIDGET (first), ADW_TYPE_ACTION_ROW, "zjtx-served");
  g_assert_cmpuint (served->len, ==, 0);
  adw_expander_row_set_expanded (first, TRUE);
  gui_test_spin ();
  g_clear_pointer (&served, g_ptr_array_unref);
  served = find_with_class (GTK_WIDGET (first), ADW_TYPE_ACTION_ROW, "zjtx-served");
  g_assert_cmpint (served->len, ==, n_first);
}

/* ------------------------------------------------------------------ */
/* actions                                                             */

static void
test_actions_shown (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) rows = find_with_class (fixture->page, ADW_TYPE_ACTION_ROW, "zjtx-action");
  static const char * const clauses[] = { "三（一）", "三（二）", "三（三）", "三（四）", "三（五）", "三（六）" };

  g_assert_cmpuint (rows->len, ==, 6);
  for (guint i = 0; i < rows->len; i++)
    g_assert_nonnull (find_label (g_ptr_array_index (rows, i), clauses[i]));
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 0)), ==, "实施梯度培育行动");
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "Responsible units: 县工信局、工业园区管委会、各乡镇");
  g_assert_cmpstr (row_title (g_ptr_array_index (rows, 5)), ==, "实施人才素质提升行动");
}

static void
test_no_store (void)
{
  g_autoptr(GtkWidget) page = g_object_ref_sink (zjtx_task_force_page_new (NULL));
  g_autoptr(GPtrArray) rows = find_with_class (page, ADW_TYPE_ACTION_ROW, "zjtx-member");
  GtkWindow *window;

  g_assert_null (zjtx_task_force_page_get_store (ZJTX_TASK_FORCE_PAGE (page)));
  g_assert_cmpuint (rows->len, ==, 0);
  /* No database, nothing to add to. */
  gtk_widget_activate_action (page, "task-force.add-member", NULL);
  gui_test_spin ();
  g_assert_null (find_toplevel (ADW_TYPE_WINDOW, "zjtx-member-editor"));

  /* Out of sight, the page waits to be shown before reading. */
  zjtx_task_force_page_set_store (ZJTX_TASK_FORCE_PAGE (page), store);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_with_class (page, ADW_TYPE_ACTION_ROW, "zjtx-member");
  g_assert_cmpuint (rows->len, ==, 0);

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = find_with_class (page, ADW_TYPE_ACTION_ROW, "zjtx-member");
  g_assert_cmpuint (rows->len, ==, 18);
  gtk_window_destroy (window);
}

/* ------------------------------------------------------------------ */
/* screenshot                                                          */

static int
render_screenshot (const char *path,
                   int         window_height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkWindow *window;
  GtkWidget *page;
  int width, height;

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1280, window_height);
  gtk_window_set_decorated (window, FALSE);
  page = zjtx_task_force_page_new (store);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gui_test_spin ();

  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  texture = gui_test_render (GTK_WIDGET (window));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("Could not write %s\n", path);
      return 1;
    }
  g_print ("%s: %d×%d\n", path, width, height);
  gtk_window_destroy (window);
  return 0;
}

/* ------------------------------------------------------------------ */

static void
open_store (void)
{
  g_autoptr(GError) error = NULL;

  store = gui_test_open_store ("zjtx-task-force-XXXXXX", &tmp_dir);
  zjtx_demo_fill (store, 300, 1, &error);
  g_assert_no_error (error);
}

static void
close_store (void)
{
  /* The database, its WAL and the day's backup. */
  gui_test_close_store (&store, &tmp_dir);
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_TASK_FORCE_SCREENSHOT");
  const char *localedir = g_getenv ("ZJTX_LOCALEDIR");
  int ret;

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (screenshot != NULL)
    {
      /* The environment's language (LANG=zh_CN.UTF-8), which also picks
       * the Simplified Chinese forms of the CJK fonts. */
      setlocale (LC_ALL, "");
      gtk_init ();
      adw_init ();
      gui_test_load_css ();
      open_store ();
      /* A taller picture shows every section at once. */
      ret = render_screenshot (screenshot, g_getenv ("ZJTX_TASK_FORCE_SCREENSHOT_HEIGHT") != NULL
                                           ? atoi (g_getenv ("ZJTX_TASK_FORCE_SCREENSHOT_HEIGHT")) : 800);
      close_store ();
      return ret;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gui_test_load_css ();
  open_store ();

#define ADD(path, func) \
  g_test_add ("/task-force-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("members", test_members_shown);
  ADD ("member-edit-phone", test_member_edit_phone);
  ADD ("member-invalid", test_member_invalid);
  ADD ("member-add-remove", test_member_add_remove);
  ADD ("unserved-assign", test_unserved_assign);
  ADD ("commissioners", test_commissioners);
  ADD ("actions", test_actions_shown);
#undef ADD
  g_test_add_func ("/task-force-page/no-store", test_no_store);

  ret = g_test_run ();
  close_store ();
  return ret;
}
