/* test-tasks-page.c: the tasks page, under a real display (Xvfb)
 *
 * On a county whose seeded tasks are replaced by five of our own, on
 * 2025-06-30 (the store's today):
 *  - by unit: the six units responsible for them, in the task force's
 *    order, each with its counts; the overdue tasks marked (three badges:
 *    one task late for 县科技局, one shared by 县工信商务局 and 县财政局);
 *  - by action: four groups in the policy's order;
 *  - overdue only: the three late rows;
 *  - progress reported on a task: a date in the future is marked and
 *    nothing is written; a good one is saved with its audit rows, moves
 *    the task to done and the page shows it so;
 *  - that note corrected through its edit button's dialog: a date in the
 *    future and an empty note refused (the row marked, the field named,
 *    nothing written), then saved with one audit row, its status kept,
 *    and shown in the task's row, still open; Cancel writes nothing;
 *  - a task the policy states edited (the first: its wording kept): its
 *    lead unit chosen among its units, 31 September refused with its row
 *    marked and the field named, then saved with one audit row and shown
 *    under its new lead unit, still open; Cancel writes nothing;
 *  - a new task of 三（四） (its units filled in, then two of them chosen; the
 *    lead unit left over refused), shown under each of its units only;
 *    deleted (the bureau's own) and undone; the policy's refused; the
 *    by-action "+" starting on that action.
 *
 * Runs in the C locale (gtk_test_init). With ZJTX_TASKS_SCREENSHOT=FILE it
 * instead renders the page (1280×800, a task opened on a progress note
 * and its form) in the environment's locale to FILE, to look at it in
 * Chinese (by action with ZJTX_TASKS_BY=action); with
 * ZJTX_TASKS_DIALOG_SCREENSHOTS=PREFIX, the task dialog editing the policy's
 * task (a date refused) and adding one, to PREFIX-edit.png and -new.png,
 * and the progress dialog correcting a note (a date refused), to
 * PREFIX-note.png.
 */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>
#include <adwaita.h>

#include "model/zjtx-action-task.h"
#include "model/zjtx-action-tasks.h"
#include "model/zjtx-store.h"
#include "zjtx-progress-dialog.h"
#include "zjtx-task-dialog.h"
#include "zjtx-tasks-page.h"

#include "gui-test-util.h"

static char *tmp_dir;
static ZjtxStore *store;

typedef struct {
  GtkWindow *window;
  GtkWidget *page;
} Fixture;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static gint64
query_int (const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static GPtrArray *
groups_of (GtkWidget *page)
{
  return gui_test_find_all (page, ADW_TYPE_PREFERENCES_GROUP);
}

static void
assert_groups (GtkWidget          *page,
               const char * const *titles)
{
  g_autoptr(GPtrArray) groups = groups_of (page);

  g_assert_cmpuint (groups->len, ==, g_strv_length ((char **) titles));
  for (guint i = 0; i < groups->len; i++)
    g_assert_cmpstr (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), ==, titles[i]);
}

static AdwPreferencesGroup *
group_named (GtkWidget  *page,
             const char *title)
{
  g_autoptr(GPtrArray) groups = groups_of (page);

  for (guint i = 0; i < groups->len; i++)
    if (g_strcmp0 (adw_preferences_group_get_title (g_ptr_array_index (groups, i)), title) == 0)
      return g_ptr_array_index (groups, i);
  g_assert_not_reached ();
}

/* The status badges under @root with @css_class. */
static guint
count_badges (GtkWidget  *root,
              const char *css_class)
{
  g_autoptr(GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);
  guint n = 0;

  for (guint i = 0; i < labels->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (labels, i), "zjtx-badge") &&
        gtk_widget_has_css_class (g_ptr_array_index (labels, i), css_class))
      n++;
  return n;
}

static AdwExpanderRow *
task_row (GtkWidget  *root,
          const char *title)
{
  g_autoptr(GPtrArray) rows = gui_test_find_all (root, ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_assert_not_reached ();
}

static const char *
badge_of (AdwExpanderRow *row)
{
  GtkWidget *badge = gui_test_find_named (GTK_WIDGET (row), "status");

  g_assert_nonnull (badge);
  return gtk_label_get_text (GTK_LABEL (badge));
}

/* ------------------------------------------------------------------ */
/* fixture                                                             */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->page = zjtx_tasks_page_new (store);
  gtk_window_set_child (fixture->window, fixture->page);
  gtk_window_present (fixture->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (fixture->window));
  gui_test_spin ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* tests                                                               */

static void
test_by_unit (Fixture       *fixture,
              gconstpointer  data)
{
  GtkWidget *summary = gui_test_find_named (fixture->page, "summary");
  AdwPreferencesGroup *science;

  assert_groups (fixture->page, (const char * const[]) {
    "县工信商务局", "县科技局", "县财政局", "县金融办", "县人社局", "县人才办", NULL });
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (summary)), ==,
                   "On 2025-06-30: 5 tasks: 1 not started, 1 under way, 1 done, 2 overdue");

  science = group_named (fixture->page, "县科技局");
  g_assert_cmpstr (adw_preferences_group_get_description (science), ==, "3 tasks: 1 under way, 1 done, 1 overdue");
  g_assert_cmpstr (adw_preferences_group_get_description (group_named (fixture->page, "县金融办")), ==,
                   "1 task: 1 not started");
  g_assert_cmpuint (count_badges (GTK_WIDGET (science), "overdue"), ==, 1);
  /* Due on the day itself: still in time. */
  g_assert_cmpstr (badge_of (task_row (GTK_WIDGET (science), "三（四） 支持企业创建企业技术中心")), ==, "Under way");
  g_assert_cmpstr (badge_of (task_row (GTK_WIDGET (science), "三（四） 重大科技专项设置专题模块")), ==, "Overdue");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (task_row (GTK_WIDGET (science), "三（四） 重大科技专项设置专题模块")),
                                           "overdue"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (task_row (GTK_WIDGET (science), "三（四） 重大科技专项设置专题模块")), ==,
                   "Due 2025-03-31 · Lead: 县科技局");

  g_assert_cmpuint (count_badges (fixture->page, "overdue"), ==, 3);
  /* The done task has four responsible units. */
  g_assert_cmpuint (count_badges (fixture->page, "done"), ==, 4);
}

static void
test_by_action (Fixture       *fixture,
                gconstpointer  data)
{
  zjtx_tasks_page_set_grouping (ZJTX_TASKS_PAGE (fixture->page), ZJTX_TASKS_PAGE_BY_ACTION);
  gui_test_spin ();

  assert_groups (fixture->page, (const char * const[]) {
    "三（四） 支持企业创建企业技术中心", "三（五） 组织银企对接会", "三（六） 经营管理人才培训", "四（一） 兑现认定奖励", NULL });
  g_assert_cmpstr (adw_preferences_group_get_description (group_named (fixture->page, "三（四） 支持企业创建企业技术中心")), ==,
                   "2 tasks: 1 under way, 1 overdue");
  g_assert_cmpuint (count_badges (fixture->page, "overdue"), ==, 2);
  /* By action the rows carry the task's title alone. */
  g_assert_nonnull (task_row (fixture->page, "重大科技专项设置专题模块"));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (gui_test_find_button (fixture->page, "By _Action"))));
}

static void
test_overdue_only (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkToggleButton *overdue = gui_test_find_button (fixture->page, "_Overdue Only");
  g_autoptr(GPtrArray) rows = NULL;

  gtk_toggle_button_set_active (overdue, TRUE);
  gui_test_spin ();
  assert_groups (fixture->page, (const char * const[]) { "县工信商务局", "县科技局", "县财政局", NULL });
  rows = gui_test_find_all (fixture->page, ADW_TYPE_EXPANDER_ROW);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpuint (count_badges (fixture->page, "overdue"), ==, 3);
  g_assert_cmpstr (adw_preferences_group_get_description (group_named (fixture->page, "县财政局")), ==,
                   "1 task: 1 overdue");
  gtk_toggle_button_set_active (overdue, FALSE);
  gui_test_spin ();
}

static void
test_progress (Fixture       *fixture,
               gconstpointer  data)
{
  AdwPreferencesGroup *science = group_named (fixture->page, "县科技局");
  AdwExpanderRow *row = task_row (GTK_WIDGET (science), "三（四） 重大科技专项设置专题模块");
  GtkWidget *date, *note, *unit, *status, *add;
  gint64 audit = query_int ("SELECT count(*) FROM audit");

  adw_expander_row_set_expanded (row, TRUE);
  gui_test_spin ();
  date = gui_test_find_named (GTK_WIDGET (row), "progress-date");
  note = gui_test_find_named (GTK_WIDGET (row), "progress-note");
  unit = gui_test_find_named (GTK_WIDGET (row), "progress-unit");
  status = gui_test_find_named (GTK_WIDGET (row), "progress-status");
  add = gui_test_find_named (GTK_WIDGET (row), "progress-add");
  g_assert_nonnull (add);
  /* Today and the group's unit, ready. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (date)), ==, "2025-06-30");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (unit)), ==, "县科技局");

  /* Dated tomorrow: refused, marked, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-07-01");
  gtk_editable_set_text (GTK_EDITABLE (note), "专题模块已设置");
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), 3);
  g_signal_emit_by_name (add, "clicked");
  gui_test_spin ();
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);
  g_assert_cmpint (query_int ("SELECT count(*) FROM task_progress"), ==, 0);

  gtk_editable_set_text (GTK_EDITABLE (date), "2025-06-30");
  g_signal_emit_by_name (add, "clicked");
  gui_test_spin ();
  g_assert_cmpint (query_int ("SELECT count(*) FROM task_progress WHERE task_id = 2 AND status = 'done' "
                              "AND unit = '县科技局' AND date = '2025-06-30'"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 2 AND status = 'done'"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 2);

  /* Read again: done now, still open, with its note. */
  science = group_named (fixture->page, "县科技局");
  row = task_row (GTK_WIDGET (science), "三（四） 重大科技专项设置专题模块");
  g_assert_cmpstr (badge_of (row), ==, "Done");
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (row), "专题模块已设置"));
  g_assert_cmpstr (adw_preferences_group_get_description (science), ==, "3 tasks: 1 under way, 2 done");
}

/* ------------------------------------------------------------------ */
/* editing and adding                                                  */

/* The task dialog shown, or NULL. */
static GtkWindow *
find_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ZJTX_IS_TASK_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* The row of the task titled @title under @root, or NULL. */
static AdwExpanderRow *
find_task_row (GtkWidget  *root,
               const char *title)
{
  g_autoptr(GPtrArray) rows = gui_test_find_all (root, ADW_TYPE_EXPANDER_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  return NULL;
}

static const char *
text_of (GtkWidget *editable)
{
  return gtk_editable_get_text (GTK_EDITABLE (editable));
}

/* The labels of the menu behind the menu button @button, joined by "|". */
static char *
menu_labels (GtkWidget *button)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_autoptr(GString) out = g_string_new (NULL);

  for (int i = 0; menu != NULL && i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;

      g_assert_true (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
      g_string_append_printf (out, "%s%s", i ? "|" : "", label);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
click (GtkWidget *button)
{
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  gui_test_spin ();
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  AdwPreferencesGroup *science = group_named (fixture->page, "县科技局");
  AdwExpanderRow *row = task_row (GTK_WIDGET (science), "三（四） 支持企业创建企业技术中心");
  GtkWindow *dialog;
  GtkWidget *owner, *due, *notes, *error;
  g_autofree char *choices = NULL;
  gint64 audit = query_int ("SELECT count(*) FROM audit");

  adw_expander_row_set_expanded (row, TRUE);
  gui_test_spin ();
  /* A task the policy states: edited, not deleted. */
  g_assert_null (gui_test_find_named (GTK_WIDGET (row), "task-delete"));
  click (gui_test_find_named (GTK_WIDGET (row), "task-edit"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == fixture->window);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Edit Task");

  /* What the policy says of it is shown, not edited. */
  g_assert_false (gtk_widget_get_visible (gui_test_find_named (GTK_WIDGET (dialog), "title")));
  g_assert_false (gtk_widget_get_visible (gui_test_find_named (GTK_WIDGET (dialog), "responsible-units")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gui_test_find_named (GTK_WIDGET (dialog),
                                                                                      "responsible-units-view"))),
                   ==, "县工信商务局、县科技局、财政局");
  owner = gui_test_find_named (GTK_WIDGET (dialog), "owner-unit");
  due = gui_test_find_named (GTK_WIDGET (dialog), "due-date");
  notes = gui_test_find_named (GTK_WIDGET (dialog), "notes");
  error = gui_test_find_named (GTK_WIDGET (dialog), "error");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (owner)), ==, "Lead unit");
  g_assert_cmpstr (text_of (owner), ==, "县科技局");
  g_assert_cmpstr (text_of (due), ==, "2025-06-30");
  g_assert_cmpstr (text_of (notes), ==, "");

  /* The lead unit is chosen among the responsible units. */
  choices = menu_labels (gui_test_find_named (GTK_WIDGET (dialog), "owner-menu"));
  g_assert_cmpstr (choices, ==, "县工信商务局|县科技局|县财政局");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.set-owner", "s", "县财政局");
  g_assert_cmpstr (text_of (owner), ==, "县财政局");

  /* 31 September: refused, the row marked, the field named, the dialog
   * open, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (due), "2025-09-31");
  gtk_editable_set_text (GTK_EDITABLE (notes), "与县财政局共同推进");
  click (gui_test_find_named (GTK_WIDGET (dialog), "save"));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_has_css_class (due, "error"));
  g_assert_false (gtk_widget_has_css_class (owner, "error"));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==,
                   "Due date: “2025-09-31” is not a real date: 2025-09 has only 30 days");
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 1 AND owner_unit = '县科技局' "
                              "AND due_date = '2025-06-30'"), ==, 1);

  /* Put right and saved: one transaction, one audit row, the dialog closed. */
  gtk_editable_set_text (GTK_EDITABLE (due), "2025-09-30");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.save", NULL);
  gui_test_spin ();
  g_assert_null (dialog);
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 1 AND owner_unit = '县财政局' "
                              "AND due_date = '2025-09-30' AND notes = '与县财政局共同推进' "
                              "AND status = 'under_way'"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit WHERE entity = 'action_task' AND entity_id = 1 "
                              "AND action = 'update' AND actor = 'test' "
                              "AND old_values = '{\"owner_unit\":\"县科技局\",\"due_date\":\"2025-06-30\",\"notes\":\"\"}' "
                              "AND new_values = '{\"owner_unit\":\"县财政局\",\"due_date\":\"2025-09-30\","
                              "\"notes\":\"与县财政局共同推进\"}'"), ==, 1);

  /* By unit: under 县财政局 with its new lead and date; still open where it was. */
  row = task_row (GTK_WIDGET (group_named (fixture->page, "县财政局")), "三（四） 支持企业创建企业技术中心");
  g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Due 2025-09-30 · Lead: 县财政局");
  g_assert_cmpstr (badge_of (row), ==, "Under way");
  row = task_row (GTK_WIDGET (group_named (fixture->page, "县科技局")), "三（四） 支持企业创建企业技术中心");
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (row), "与县财政局共同推进"));
  g_assert_cmpstr (adw_preferences_group_get_description (group_named (fixture->page, "县科技局")), ==,
                   "3 tasks: 1 under way, 2 done");
}

static void
test_edit_cancel (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *dialog = zjtx_tasks_page_edit_task (ZJTX_TASKS_PAGE (fixture->page), 3);
  gint64 audit = query_int ("SELECT count(*) FROM audit");

  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  /* The bureau's own task: all of it editable. */
  g_assert_true (gtk_widget_get_visible (gui_test_find_named (GTK_WIDGET (dialog), "title")));
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "due-date")), "2026-01-31");
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "title")), "组织银企对接");
  click (gui_test_find_button (GTK_WIDGET (dialog), "_Cancel"));
  g_assert_null (dialog);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 3 AND due_date = '2025-12-31' "
                              "AND title = '组织银企对接会'"), ==, 1);
}

/* ------------------------------------------------------------------ */
/* correcting a progress note                                          */

/* The progress dialog shown, or NULL. */
static GtkWindow *
find_progress_dialog (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (ZJTX_IS_PROGRESS_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Task 2's note, from test_progress, as "date|note|unit|status". */
static char *
stored_note (void)
{
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store),
                                       "SELECT date || '|' || note || '|' || unit || '|' || status "
                                       "FROM task_progress WHERE task_id = 2", -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

static void
test_progress_correct (Fixture       *fixture,
                       gconstpointer  data)
{
  AdwExpanderRow *row = task_row (GTK_WIDGET (group_named (fixture->page, "县科技局")), "三（四） 重大科技专项设置专题模块");
  GtkWindow *dialog;
  GtkWidget *button, *date, *note, *unit, *error;
  g_autofree char *before = stored_note ();
  g_autofree char *after = NULL;
  gint64 audit = query_int ("SELECT count(*) FROM audit");

  g_assert_cmpstr (before, ==, "2025-06-30|专题模块已设置|县科技局|done");
  adw_expander_row_set_expanded (row, TRUE);
  gui_test_spin ();
  button = gui_test_find_named (GTK_WIDGET (row), "progress-edit");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Correct the date, text or unit of this progress note");
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (button)), ==, "document-edit-symbolic");
  click (button);
  dialog = find_progress_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (gtk_window_get_transient_for (dialog) == fixture->window);
  g_assert_true (gtk_window_get_modal (dialog));
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "Correct Progress Note");

  /* The note as stored, its status shown and not editable. */
  date = gui_test_find_named (GTK_WIDGET (dialog), "date");
  note = gui_test_find_named (GTK_WIDGET (dialog), "note");
  unit = gui_test_find_named (GTK_WIDGET (dialog), "unit");
  error = gui_test_find_named (GTK_WIDGET (dialog), "error");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (date)), ==, "Date");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (unit)), ==, "Reported by");
  g_assert_cmpstr (text_of (date), ==, "2025-06-30");
  g_assert_cmpstr (text_of (note), ==, "专题模块已设置");
  g_assert_cmpstr (text_of (unit), ==, "县科技局");
  g_assert_true (ADW_IS_ACTION_ROW (gui_test_find_named (GTK_WIDGET (dialog), "status")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gui_test_find_named (GTK_WIDGET (dialog), "status"))),
                   ==, "Done");
  g_assert_false (gtk_widget_get_visible (error));

  /* Dated tomorrow: refused, the row marked, the field named, the dialog
   * open, nothing written. */
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-07-01");
  gtk_editable_set_text (GTK_EDITABLE (note), "专题模块已设置并发布申报指南");
  click (gui_test_find_named (GTK_WIDGET (dialog), "save"));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_has_css_class (date, "error"));
  g_assert_false (gtk_widget_has_css_class (note, "error"));
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==, "Date: 2025-07-01 is in the future (today is 2025-06-30)");
  after = stored_note ();
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);

  /* An empty note: the same, on its row. */
  gtk_editable_set_text (GTK_EDITABLE (date), "2025-06-29");
  gtk_editable_set_text (GTK_EDITABLE (note), "  ");
  click (gui_test_find_named (GTK_WIDGET (dialog), "save"));
  g_assert_nonnull (dialog);
  g_assert_false (gtk_widget_has_css_class (date, "error"));
  g_assert_true (gtk_widget_has_css_class (note, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==, "Progress: must be filled in");
  g_clear_pointer (&after, g_free);
  after = stored_note ();
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);

  /* Put right (the unit by its short name): saved with one audit row, the
   * dialog closed, the status the note set kept. */
  gtk_editable_set_text (GTK_EDITABLE (note), "专题模块已设置并发布申报指南");
  gtk_editable_set_text (GTK_EDITABLE (unit), "工信局");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "progress-dialog.save", NULL);
  gui_test_spin ();
  g_assert_null (dialog);
  g_clear_pointer (&after, g_free);
  after = stored_note ();
  g_assert_cmpstr (after, ==, "2025-06-29|专题模块已设置并发布申报指南|县工信商务局|done");
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit WHERE entity = 'task_progress' AND action = 'update' "
                              "AND actor = 'test' "
                              "AND old_values = '{\"date\":\"2025-06-30\",\"note\":\"专题模块已设置\","
                              "\"unit\":\"县科技局\"}' "
                              "AND new_values = '{\"date\":\"2025-06-29\",\"note\":\"专题模块已设置并发布申报指南\","
                              "\"unit\":\"县工信商务局\"}'"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 2 AND status = 'done'"), ==, 1);

  /* Read again: the row still open on the corrected note. */
  row = task_row (GTK_WIDGET (group_named (fixture->page, "县科技局")), "三（四） 重大科技专项设置专题模块");
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_cmpstr (badge_of (row), ==, "Done");
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (row), "专题模块已设置并发布申报指南"));
  g_assert_nonnull (gui_test_find_label (GTK_WIDGET (row), "2025-06-29 · 县工信商务局 · → Done"));
  g_assert_null (gui_test_find_label (GTK_WIDGET (row), "专题模块已设置"));

  /* Cancel writes nothing. */
  click (gui_test_find_named (GTK_WIDGET (row), "progress-edit"));
  dialog = find_progress_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "note")), "作废");
  click (gui_test_find_named (GTK_WIDGET (dialog), "cancel"));
  g_assert_null (dialog);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM task_progress WHERE note = '专题模块已设置并发布申报指南'"), ==, 1);
}

static void
test_new_task (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWindow *dialog;
  GtkWidget *clause, *title, *units, *owner, *due, *error;
  g_autofree char *choices = NULL;
  gint64 audit = query_int ("SELECT count(*) FROM audit");
  const char * const groups[] = { "县工信商务局", "县科技局", "县财政局", "县金融办", "县人社局", "县人才办", NULL };

  click (gui_test_find_button (fixture->page, "_New Task…"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (gtk_window_get_title (dialog), ==, "New Task");
  clause = gui_test_find_named (GTK_WIDGET (dialog), "clause");
  title = gui_test_find_named (GTK_WIDGET (dialog), "title");
  units = gui_test_find_named (GTK_WIDGET (dialog), "responsible-units");
  owner = gui_test_find_named (GTK_WIDGET (dialog), "owner-unit");
  due = gui_test_find_named (GTK_WIDGET (dialog), "due-date");
  error = gui_test_find_named (GTK_WIDGET (dialog), "error");
  /* The policy's actions and measures, the first chosen with its units;
   * due when the policy's own tasks are. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (clause))), ==, 10);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (clause)), ==, 0);
  g_assert_cmpstr (text_of (units), ==, "县工信商务局、县工业园区管委会、各乡镇");
  g_assert_cmpstr (text_of (due), ==, "2025-12-31");

  /* 三（四）: its units and lead unit, as the policy has them. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (clause), 3);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (ADW_COMBO_ROW (clause))), ==,
                   "三（四） 实施创新驱动建设行动");
  g_assert_cmpstr (text_of (units), ==, "县工信商务局、县科技局、县财政局");
  g_assert_cmpstr (text_of (owner), ==, "县工信商务局");

  /* Two of them, one typed by its short name, one from the known units. */
  gtk_editable_set_text (GTK_EDITABLE (title), "设立企业技术中心培育清单");
  gtk_editable_set_text (GTK_EDITABLE (units), "科技局");
  choices = menu_labels (gui_test_find_named (GTK_WIDGET (dialog), "units-menu"));
  g_assert_true (g_str_has_prefix (choices, "县工信商务局|县发改局|县科技局|县财政局|"));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.add-unit", "s", "县财政局");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.add-unit", "s", "县科技局");
  g_assert_cmpstr (text_of (units), ==, "县科技局、县财政局");
  g_clear_pointer (&choices, g_free);
  choices = menu_labels (gui_test_find_named (GTK_WIDGET (dialog), "owner-menu"));
  g_assert_cmpstr (choices, ==, "县科技局|县财政局");
  gtk_editable_set_text (GTK_EDITABLE (due), "2025-09-30");

  /* The lead unit filled in for 三（四） is no longer among them: refused. */
  g_assert_cmpstr (text_of (owner), ==, "县工信商务局");
  click (gui_test_find_named (GTK_WIDGET (dialog), "save"));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_widget_has_css_class (owner, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (error)), ==,
                   "Lead unit: “县工信商务局” is not one of the responsible units");
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.set-owner", "s", "县科技局");
  click (gui_test_find_named (GTK_WIDGET (dialog), "save"));
  g_assert_null (dialog);
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 6 AND clause = '三（四）' "
                              "AND title = '设立企业技术中心培育清单' AND responsible_units = '县科技局、县财政局' "
                              "AND responsible_units_text = '' AND owner_unit = '县科技局' "
                              "AND due_date = '2025-09-30' AND status = 'not_started' AND position = 5"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit WHERE entity = 'action_task' AND entity_id = 6 "
                              "AND action = 'insert' AND new_values LIKE '%设立企业技术中心培育清单%'"), ==, 1);

  /* Under each of its units, open under its lead unit, and nowhere else. */
  assert_groups (fixture->page, groups);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      AdwExpanderRow *row = find_task_row (GTK_WIDGET (group_named (fixture->page, groups[i])),
                                           "三（四） 设立企业技术中心培育清单");
      gboolean responsible = g_str_equal (groups[i], "县科技局") || g_str_equal (groups[i], "县财政局");

      g_assert_true ((row != NULL) == responsible);
      if (row != NULL)
        {
          g_assert_cmpstr (adw_expander_row_get_subtitle (row), ==, "Due 2025-09-30 · Lead: 县科技局");
          g_assert_cmpstr (badge_of (row), ==, "Not started");
          g_assert_true (adw_expander_row_get_expanded (row) == g_str_equal (groups[i], "县科技局"));
        }
    }
  g_assert_cmpstr (adw_preferences_group_get_description (group_named (fixture->page, "县财政局")), ==,
                   "4 tasks: 2 not started, 1 under way, 1 overdue");
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  data)
{
  AdwExpanderRow *row = task_row (GTK_WIDGET (group_named (fixture->page, "县财政局")), "三（四） 设立企业技术中心培育清单");
  gint64 audit = query_int ("SELECT count(*) FROM audit");

  adw_expander_row_set_expanded (row, TRUE);
  gui_test_spin ();
  click (gui_test_find_named (GTK_WIDGET (row), "task-delete"));
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE title = '设立企业技术中心培育清单'"), ==, 0);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit WHERE entity = 'action_task' AND entity_id = 6 "
                              "AND action = 'delete' AND old_values LIKE '%设立企业技术中心培育清单%'"), ==, 1);
  g_assert_null (find_task_row (fixture->page, "三（四） 设立企业技术中心培育清单"));

  /* Undone: back under both its units. */
  click (gui_test_find_button (fixture->page, "_Undo"));
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE title = '设立企业技术中心培育清单' "
                              "AND owner_unit = '县科技局' AND position = 5"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 2);
  g_assert_nonnull (find_task_row (GTK_WIDGET (group_named (fixture->page, "县科技局")), "三（四） 设立企业技术中心培育清单"));
  row = find_task_row (GTK_WIDGET (group_named (fixture->page, "县财政局")), "三（四） 设立企业技术中心培育清单");
  g_assert_nonnull (row);

  /* A task the policy states offers no delete, and the page refuses it. */
  g_assert_false (zjtx_tasks_page_delete_task (ZJTX_TASKS_PAGE (fixture->page), 1));
  g_assert_cmpint (query_int ("SELECT count(*) FROM action_task WHERE id = 1"), ==, 1);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit + 2);
}

static void
test_add_to_action (Fixture       *fixture,
                    gconstpointer  data)
{
  AdwPreferencesGroup *finance;
  GtkWindow *dialog;
  gint64 audit = query_int ("SELECT count(*) FROM audit");

  zjtx_tasks_page_set_grouping (ZJTX_TASKS_PAGE (fixture->page), ZJTX_TASKS_PAGE_BY_ACTION);
  gui_test_spin ();
  finance = group_named (fixture->page, "三（五） 组织银企对接会");
  click (gui_test_find_named (GTK_WIDGET (finance), "task-add"));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                     ADW_COMBO_ROW (gui_test_find_named (GTK_WIDGET (dialog), "clause")))), ==,
                   "三（五） 实施金融服务保障行动");
  g_assert_cmpstr (text_of (gui_test_find_named (GTK_WIDGET (dialog), "responsible-units")), ==, "县金融办、县财政局");
  g_assert_cmpstr (text_of (gui_test_find_named (GTK_WIDGET (dialog), "owner-unit")), ==, "县金融办");
  /* Escape is Cancel. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  gui_test_spin ();
  g_assert_null (dialog);
  g_assert_cmpint (query_int ("SELECT count(*) FROM audit"), ==, audit);
  zjtx_tasks_page_set_grouping (ZJTX_TASKS_PAGE (fixture->page), ZJTX_TASKS_PAGE_BY_UNIT);
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* the county                                                          */

static void
add_task (const char *clause,
          const char *title,
          const char *units,
          const char *owner,
          const char *due,
          const char *status,
          int         position)
{
  g_autoptr(ZjtxActionTask) t = zjtx_action_task_new ();
  g_autoptr(GError) error = NULL;

  zjtx_action_task_set_clause (t, clause);
  zjtx_action_task_set_title (t, title);
  zjtx_action_task_set_responsible_units (t, units);
  zjtx_action_task_set_owner_unit (t, owner);
  zjtx_action_task_set_due_date (t, due);
  zjtx_action_task_set_status (t, status);
  zjtx_action_task_set_position (t, position);
  /* The first as the policy states it (its wording kept); the others the bureau's own. */
  if (position == 0)
    zjtx_action_task_set_responsible_units_text (t, units);
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (t), &error));
  g_assert_no_error (error);
}

static void
open_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seeded = NULL;
  ZjtxDate today;

  store = gui_test_open_store ("zjtx-tasks-XXXXXX", &tmp_dir);
  g_assert_true (zjtx_date_parse ("2025-06-30", &today, NULL));
  zjtx_store_set_today (store, today);
  seeded = zjtx_store_list (store, ZJTX_TYPE_ACTION_TASK, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < seeded->len; i++)
    g_assert_true (zjtx_store_delete (store, g_ptr_array_index (seeded, i), NULL));
  add_task ("三（四）", "支持企业创建企业技术中心", "县工信商务局、县科技局、财政局", "县科技局", "2025-06-30",
            "under_way", 0);
  add_task ("三（四）", "重大科技专项设置专题模块", "科技局", "科技局", "2025-03-31", "not_started", 1);
  add_task ("三（五）", "组织银企对接会", "县金融办、财政局", "金融办", "2025-12-31", "not_started", 2);
  add_task ("三（六）", "经营管理人才培训", "县人才办、人社局、工信商务局、科技局", "人才办", "2025-05-31", "done", 3);
  add_task ("四（一）", "兑现认定奖励", "县工信商务局、财政局", "工信局", "2025-04-30", "under_way", 4);
}

/* A progress note on the second task, for the screenshots; its id. */
static gint64
add_screenshot_note (void)
{
  g_autoptr(ZjtxActionTask) task = zjtx_store_load (store, ZJTX_TYPE_ACTION_TASK, 2, NULL);
  g_autoptr(ZjtxTaskProgress) progress = zjtx_task_progress_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (task);
  zjtx_task_progress_set_date (progress, "2025-06-30");
  zjtx_task_progress_set_note (progress, "专题模块已设置");
  zjtx_task_progress_set_unit (progress, "县科技局");
  zjtx_task_progress_set_status (progress, "under_way");
  g_assert_true (zjtx_action_tasks_add_progress (store, task, progress, &error));
  g_assert_no_error (error);
  return zjtx_record_get_id (ZJTX_RECORD (progress));
}

static int
render_screenshot (const char *path)
{
  g_autoptr(GdkTexture) texture = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page;
  AdwExpanderRow *row;

  /* The opened task with a note, and its edit button. */
  add_screenshot_note ();
  page = zjtx_tasks_page_new (store);
  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gui_test_spin ();
  if (g_strcmp0 (g_getenv ("ZJTX_TASKS_BY"), "action") == 0)
    {
      zjtx_tasks_page_set_grouping (ZJTX_TASKS_PAGE (page), ZJTX_TASKS_PAGE_BY_ACTION);
      gui_test_spin ();
      row = task_row (page, "重大科技专项设置专题模块");
    }
  else
    row = task_row (page, "三（四） 重大科技专项设置专题模块");
  adw_expander_row_set_expanded (row, TRUE);
  /* The row opens with an animation: let it end. */
  for (gint64 end = g_get_monotonic_time () + G_USEC_PER_SEC / 2; g_get_monotonic_time () < end; )
    g_main_context_iteration (NULL, FALSE);
  gui_test_spin ();
  texture = gui_test_render (GTK_WIDGET (window));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_printerr ("Could not write %s\n", path);
      return 1;
    }
  g_print ("%s\n", path);
  gtk_window_destroy (window);
  return 0;
}

/* The task dialog, to PREFIX-edit.png (the policy's task, a date refused)
 * and PREFIX-new.png (a new task of 三（四）); the progress dialog to
 * PREFIX-note.png (a note on the second task, a date refused). */
static int
render_dialogs (const char *prefix)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = zjtx_tasks_page_new (store);
  g_autofree char *edit_png = g_strconcat (prefix, "-edit.png", NULL);
  g_autofree char *new_png = g_strconcat (prefix, "-new.png", NULL);
  g_autofree char *note_png = g_strconcat (prefix, "-note.png", NULL);
  gint64 note_id;
  GtkWindow *dialog;

  gtk_window_set_default_size (window, 1280, 800);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gui_test_spin ();

  dialog = zjtx_tasks_page_edit_task (ZJTX_TASKS_PAGE (page), 1);
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "due-date")), "2025-09-31");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "task-dialog.save", NULL);
  gui_test_save_png (GTK_WIDGET (dialog), edit_png);
  gtk_window_destroy (dialog);

  dialog = zjtx_tasks_page_add_task (ZJTX_TASKS_PAGE (page), "三（四）");
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "title")), "设立企业技术中心培育清单");
  gui_test_save_png (GTK_WIDGET (dialog), new_png);
  gtk_window_destroy (dialog);

  note_id = add_screenshot_note ();
  gtk_widget_activate_action (page, "tasks.edit-progress", "x", note_id);
  dialog = find_progress_dialog ();
  gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "date")), "2025-07-01");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "progress-dialog.save", NULL);
  gui_test_save_png (GTK_WIDGET (dialog), note_png);
  gtk_window_destroy (dialog);
  gtk_window_destroy (window);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_TASKS_SCREENSHOT");
  const char *dialogs = g_getenv ("ZJTX_TASKS_DIALOG_SCREENSHOTS");
  const char *localedir = g_getenv ("ZJTX_LOCALEDIR");
  int ret;

  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (screenshot != NULL || dialogs != NULL)
    {
      /* The environment's language, which also picks the CJK fonts' SC forms. */
      setlocale (LC_ALL, "");
      gtk_init ();
      adw_init ();
      gui_test_load_css ();
      open_store ();
      ret = screenshot != NULL ? render_screenshot (screenshot) : render_dialogs (dialogs);
      gui_test_close_store (&store, &tmp_dir);
      return ret;
    }

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gui_test_load_css ();
  open_store ();

#define ADD(path, func) \
  g_test_add ("/tasks-page/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("by-unit", test_by_unit);
  ADD ("by-action", test_by_action);
  ADD ("overdue-only", test_overdue_only);
  ADD ("progress", test_progress);
  ADD ("progress-correct", test_progress_correct);
  ADD ("edit", test_edit);
  ADD ("edit-cancel", test_edit_cancel);
  ADD ("new-task", test_new_task);
  ADD ("delete", test_delete);
  ADD ("add-to-action", test_add_to_action);
#undef ADD

  ret = g_test_run ();
  gui_test_close_store (&store, &tmp_dir);
  return ret;
}
