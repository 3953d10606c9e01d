/* test-parks-page.c: the parks page, under a real display (Xvfb)
 *
 *  - on the demo county (300 enterprises, seed 1) the page lists its 10
 *    parks; the demonstration park earns the title with all three criteria
 *    met, and shows the park supports its members are due;
 *  - on a hand-made park of 4 enterprises, 3 of them provincial, the SRDI
 *    criterion fails with the evaluator's shortfall; a provincial
 *    recognition of the 4th, saved through the store, turns it (and the
 *    title) after a reload;
 *  - the editor refuses an empty name, marks the field and stays open; a
 *    good park is saved (audited), listed and selected; an edit of the
 *    park's contiguity changes its verdict;
 *  - with ZJTX_PARKS_SCREENSHOT=FILE, the demo page at 1280×800 is written
 *    to FILE as a PNG (run with LANG=zh_CN.UTF-8 to look at it in Chinese).
 *
 * Runs in the C locale (gtk_test_init) unless a screenshot is asked for.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <sqlite3.h>

#include "core/zjtx-i18n.h"
#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-monitoring-record.h"
#include "model/zjtx-park.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-store.h"

#include "zjtx-parks-page.h"

#include "gui-test-util.h"

/* Inside the policy window, so that the verdicts do not move with the clock. */
#define AS_OF "2025-06-30"

typedef struct {
  char      *dir;
  ZjtxStore *store;
  GtkWidget *window;
  GtkWidget *page;
} Fixture;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

/* The mapped descendants of @root of @type carrying @css_class (if given). */
static GPtrArray *
find_mapped (GtkWidget  *root,
             GType       type,
             const char *css_class)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  GPtrArray *found = g_ptr_array_new ();

  gui_test_collect (root, type, all);
  for (guint i = 0; i < all->len; i++)
    {
      GtkWidget *w = g_ptr_array_index (all, i);

      if (gtk_widget_get_mapped (w) && (css_class == NULL || gtk_widget_has_css_class (w, css_class)))
        g_ptr_array_add (found, w);
    }
  return found;
}

static gpointer
find_first (GtkWidget *root,
            GType      type)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();

  gui_test_collect (root, type, all);
  return all->len > 0 ? g_ptr_array_index (all, 0) : NULL;
}

static ZjtxDate
as_of (void)
{
  ZjtxDate date;

  g_assert_true (zjtx_date_parse (AS_OF, &date, NULL));
  return date;
}

static void
fixture_open (Fixture *f)
{
  f->store = gui_test_open_store ("zjtx-parks-XXXXXX", &f->dir);
}

static void
fixture_show (Fixture *f)
{
  f->page = g_object_new (ZJTX_TYPE_PARKS_PAGE,
                          "store", f->store,
                          "as-of", as_of (),
                          NULL);
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (f->window), f->page);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (f->window);
}

static void
fixture_close (Fixture *f)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  gui_test_spin ();
  gui_test_close_store (&f->store, &f->dir);
}

static void
save (ZjtxStore *store,
      gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (record), &error));
  g_assert_no_error (error);
}

static gint64
demonstration_park_id (ZjtxStore *store)
{
  g_autoptr(GPtrArray) parks = zjtx_store_list (store, ZJTX_TYPE_PARK, NULL, NULL, NULL, NULL);
  gint64 id = 0;

  for (guint i = 0; i < parks->len; i++)
    if (zjtx_park_get_demonstration (g_ptr_array_index (parks, i)))
      {
        g_assert_cmpint (id, ==, 0);  /* the demo has one */
        id = zjtx_record_get_id (g_ptr_array_index (parks, i));
      }
  g_assert_cmpint (id, !=, 0);
  return id;
}

static const ZjtxParkVerdict *
verdict_of (ZjtxParksPage *page,
            gint64         park_id)
{
  ZjtxEvaluation *evaluation = zjtx_parks_page_get_evaluation (page);
  g_autofree char *id = g_strdup_printf ("P%" G_GINT64_FORMAT, park_id);

  g_assert_nonnull (evaluation);
  for (guint i = 0; i < evaluation->parks->len; i++)
    if (g_strcmp0 (g_array_index (evaluation->parks, ZjtxParkVerdict, i).park, id) == 0)
      return &g_array_index (evaluation->parks, ZjtxParkVerdict, i);
  g_assert_not_reached ();
}

/* The criterion rows shown: 3, in the evaluator's order, each with its
 * sentence and a ✓ or ✗ state. */
static GPtrArray *
criterion_rows (GtkWidget *page)
{
  GPtrArray *rows = find_mapped (page, ADW_TYPE_ACTION_ROW, "zjtx-criterion");

  g_assert_cmpuint (rows->len, ==, 3);
  return rows;
}

static void
assert_criterion (GtkWidget           *row,
                  const ZjtxCriterion *criterion,
                  gboolean             met)
{
  g_assert_cmpint (criterion->met, ==, met);
  g_assert_true (gtk_widget_has_css_class (row, met ? "met" : "unmet"));
  g_assert_nonnull (gui_test_find_label (row, met ? "Met" : "Not met"));
}

/* ------------------------------------------------------------------ */
/* the demo county                                                     */

static void
fill_demo (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_demo_fill (f->store, 300, 1, &error));
  g_assert_no_error (error);
}

static void
test_demo (void)
{
  Fixture f = { 0 };
  GtkListBox *list;
  const ZjtxParkVerdict *verdict;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) supports = NULL;
  g_autoptr(GPtrArray) members = NULL;
  ZjtxEvaluation *evaluation;
  gint64 demo_id;
  guint n_rows = 0;
  guint n_due = 0;

  fixture_open (&f);
  fill_demo (&f);
  fixture_show (&f);

  /* The 10 parks, the first selected. */
  list = find_first (f.page, GTK_TYPE_LIST_BOX);
  while (gtk_list_box_get_row_at_index (list, n_rows) != NULL)
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 10);
  g_assert_cmpint (zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)), !=, 0);
  g_assert_cmpuint (zjtx_parks_page_get_as_of (ZJTX_PARKS_PAGE (f.page)), ==, as_of ());

  /* The demonstration park earns the title, every criterion met. */
  demo_id = demonstration_park_id (f.store);
  g_assert_true (zjtx_parks_page_select (ZJTX_PARKS_PAGE (f.page), demo_id));
  gui_test_spin ();
  g_assert_cmpint (zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)), ==, demo_id);
  verdict = verdict_of (ZJTX_PARKS_PAGE (f.page), demo_id);
  g_assert_true (verdict->title);
  g_assert_nonnull (gui_test_find_label (f.page, "Earns the SRDI park title"));
  g_assert_nonnull (gui_test_find_label (f.page, "SRDI demonstration park"));
  rows = criterion_rows (f.page);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *text = NULL;
      GtkWidget *row = g_ptr_array_index (rows, i);

      assert_criterion (row, &verdict->criteria[i], TRUE);
      /* The evaluator's own sentence, first letter raised. */
      text = g_strdup (verdict->criteria[i].text);
      text[0] = g_ascii_toupper (text[0]);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, text);
    }

  /* One row per member, each with its output value in yuan. */
  members = find_mapped (f.page, ADW_TYPE_ACTION_ROW, "srdi");
  g_assert_cmpuint (members->len, ==, verdict->srdi_count);
  g_clear_pointer (&members, g_ptr_array_unref);
  members = find_mapped (f.page, ADW_TYPE_ACTION_ROW, "not-srdi");
  g_assert_cmpuint (members->len, ==, verdict->members - verdict->srdi_count);
  g_clear_pointer (&members, g_ptr_array_unref);
  members = find_mapped (f.page, GTK_TYPE_LABEL, "zjtx-member-output");
  g_assert_cmpuint (members->len, >=, verdict->members);
  g_assert_true (g_str_has_suffix (gtk_label_get_text (g_ptr_array_index (members, 0)), " yuan"));

  /* The park supports its members are due: one row per award of the
   * evaluation to a member (or an institution of the park). */
  evaluation = zjtx_parks_page_get_evaluation (ZJTX_PARKS_PAGE (f.page));
  for (guint i = 0; i < evaluation->awards->len; i++)
    {
      const ZjtxAward *award = &g_array_index (evaluation->awards, ZjtxAward, i);

      if (award->kind >= ZJTX_AWARD_LOAN_INTEREST_SUBSIDY)
        n_due++;  /* the demo's only demonstration park gets them all */
    }
  g_assert_cmpuint (n_due, >, 0);
  supports = find_mapped (f.page, GTK_TYPE_LABEL, "zjtx-amount");
  g_assert_cmpuint (supports->len, ==, n_due);

  /* Another park: no supports group, and the demonstration badge goes. */
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GPtrArray) amounts = NULL;

      gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, i));
      gui_test_spin ();
      if (zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)) == demo_id)
        continue;
      amounts = find_mapped (f.page, GTK_TYPE_LABEL, "zjtx-amount");
      g_assert_cmpuint (amounts->len, ==, 0);
      g_assert_null (gui_test_find_label (f.page, "SRDI demonstration park"));
      g_assert_false (verdict_of (ZJTX_PARKS_PAGE (f.page), zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)))->title);
      g_assert_nonnull (gui_test_find_label (f.page, "Does not earn the SRDI park title"));
    }

  fixture_close (&f);
}

/* ------------------------------------------------------------------ */
/* a member's tier turns the verdict                                   */

static gint64
add_enterprise (ZjtxStore  *store,
                const char *name,
                gint64      park_id,
                ZjtxFen     output)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(ZjtxMonitoringRecord) m = zjtx_monitoring_record_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_park_id (e, park_id);
  zjtx_enterprise_set_park_entry_date (e, "2024-03-01");
  save (store, e);

  zjtx_monitoring_record_set_enterprise_id (m, zjtx_record_get_id (ZJTX_RECORD (e)));
  zjtx_monitoring_record_set_period (m, "2024");
  zjtx_monitoring_record_set_output (m, output);
  save (store, m);

  return zjtx_record_get_id (ZJTX_RECORD (e));
}

static void
recognise (ZjtxStore  *store,
           gint64      enterprise_id,
           const char *tier)
{
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

  zjtx_recognition_set_enterprise_id (r, enterprise_id);
  zjtx_recognition_set_tier (r, tier);
  zjtx_recognition_set_date (r, "2024-05-01");
  save (store, r);
}

static gint64
make_small_park (Fixture *f,
                 gint64   enterprises[4])
{
  g_autoptr(ZjtxPark) park = zjtx_park_new ();

  zjtx_park_set_name (park, "石鼓测试园区");
  zjtx_park_set_township (park, "石鼓镇");
  zjtx_park_set_contiguous (park, TRUE);
  save (f->store, park);

  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("测试企业%u有限公司", i + 1);

      enterprises[i] = add_enterprise (f->store, name, zjtx_record_get_id (ZJTX_RECORD (park)),
                                       (ZjtxFen) (i + 1) * 100000000);
    }
  for (guint i = 0; i < 3; i++)
    recognise (f->store, enterprises[i], "provincial");

  return zjtx_record_get_id (ZJTX_RECORD (park));
}

static void
test_tier_change (void)
{
  Fixture f = { 0 };
  gint64 enterprises[4];
  gint64 park_id;
  const ZjtxParkVerdict *verdict;
  g_autoptr(GPtrArray) rows = NULL;

  fixture_open (&f);
  park_id = make_small_park (&f, enterprises);
  fixture_show (&f);

  g_assert_cmpint (zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)), ==, park_id);
  verdict = verdict_of (ZJTX_PARKS_PAGE (f.page), park_id);
  g_assert_false (verdict->title);
  rows = criterion_rows (f.page);
  assert_criterion (g_ptr_array_index (rows, 0), &verdict->criteria[0], FALSE);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "3 of 4 SRDI enterprises; needs 1 more");
  assert_criterion (g_ptr_array_index (rows, 1), &verdict->criteria[1], TRUE);
  assert_criterion (g_ptr_array_index (rows, 2), &verdict->criteria[2], TRUE);
  g_assert_nonnull (gui_test_find_label (f.page, "Does not earn the SRDI park title"));
  g_assert_nonnull (gui_test_find_label (f.page, "4,000,000.00 yuan"));  /* the 4th member's output */
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The 4th member becomes provincial: the criterion, then the title. */
  recognise (f.store, enterprises[3], "provincial");
  zjtx_parks_page_reload (ZJTX_PARKS_PAGE (f.page));
  gui_test_spin ();

  g_assert_cmpint (zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)), ==, park_id);
  verdict = verdict_of (ZJTX_PARKS_PAGE (f.page), park_id);
  g_assert_true (verdict->title);
  rows = criterion_rows (f.page);
  assert_criterion (g_ptr_array_index (rows, 0), &verdict->criteria[0], TRUE);
  g_assert_cmpstr (adw_action_row_get_subtitle (g_ptr_array_index (rows, 0)), ==,
                   "4 SRDI enterprises, at least 4 needed");
  g_assert_nonnull (gui_test_find_label (f.page, "Earns the SRDI park title"));
  g_assert_nonnull (gui_test_find_label (f.page, "SRDI park title"));

  fixture_close (&f);
}

/* ------------------------------------------------------------------ */
/* the editor                                                          */

static gint64
audit_rows (ZjtxStore  *store,
            const char *action)
{
  sqlite3 *db = zjtx_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM audit WHERE entity = 'park' AND action = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_editor (void)
{
  Fixture f = { 0 };
  gint64 enterprises[4];
  gint64 park_id;
  gint64 new_id;
  GtkWindow *editor;
  AdwEntryRow *name_row;
  AdwComboRow *township_row;
  GtkButton *save_button;
  GtkLabel *error_label;
  g_autoptr(GPtrArray) switches = NULL;
  g_autoptr(ZjtxPark) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBox *list;
  gint64 inserts;

  fixture_open (&f);
  park_id = make_small_park (&f, enterprises);
  recognise (f.store, enterprises[3], "provincial");
  fixture_show (&f);
  g_assert_true (verdict_of (ZJTX_PARKS_PAGE (f.page), park_id)->title);
  inserts = audit_rows (f.store, "insert");

  /* A new park with no name: refused, field marked, editor still open. */
  editor = zjtx_parks_page_edit (ZJTX_PARKS_PAGE (f.page), 0);
  g_assert_nonnull (editor);
  gtk_widget_set_visible (GTK_WIDGET (editor), FALSE);
  /* The header's button does the same. */
  g_assert_true (gtk_widget_activate_action (f.page, "parks.add", NULL));
  gui_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (f.window));
  name_row = find_first (GTK_WIDGET (editor), ADW_TYPE_ENTRY_ROW);
  township_row = find_first (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW);
  save_button = gui_test_find_button (GTK_WIDGET (editor), "_Save");
  g_assert_nonnull (save_button);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "");
  /* "Not set" and the county's 22 townships. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (township_row)), ==, 23);

  gtk_editable_set_text (GTK_EDITABLE (name_row), "　 ");  /* full-width space: still empty */
  g_signal_emit_by_name (save_button, "clicked");
  gui_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  error_label = gui_test_find_label (GTK_WIDGET (editor), "Park name: must be filled in");
  g_assert_nonnull (error_label);
  g_assert_cmpint (audit_rows (f.store, "insert"), ==, inserts);

  /* A good one: saved, audited, listed and selected, with its verdict. */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "桃城新材料产业园");
  adw_combo_row_set_selected (township_row, 1);
  switches = find_mapped (GTK_WIDGET (editor), GTK_TYPE_SWITCH, NULL);
  g_assert_cmpuint (switches->len, ==, 3);
  gtk_switch_set_active (g_ptr_array_index (switches, 0), TRUE);  /* contiguous */
  g_signal_emit_by_name (save_button, "clicked");
  gui_test_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (audit_rows (f.store, "insert"), ==, inserts + 1);

  new_id = zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page));
  g_assert_cmpint (new_id, !=, park_id);
  saved = zjtx_store_load (f.store, ZJTX_TYPE_PARK, new_id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_park_get_name (saved), ==, "桃城新材料产业园");
  g_assert_cmpstr (zjtx_park_get_township (saved), ==, "桃城镇");
  g_assert_true (zjtx_park_get_contiguous (saved));
  g_assert_false (zjtx_park_get_demonstration (saved));
  list = find_first (f.page, GTK_TYPE_LIST_BOX);
  g_assert_nonnull (gtk_list_box_get_row_at_index (list, 1));
  g_assert_null (gtk_list_box_get_row_at_index (list, 2));
  g_assert_nonnull (gui_test_find_label (f.page, "桃城新材料产业园"));
  g_assert_nonnull (gui_test_find_label (f.page, "0 of 4 SRDI enterprises; needs 4 more"));
  g_assert_nonnull (gui_test_find_label (f.page, "No enterprise is in this park"));

  /* Edit the first park: no longer contiguous, so no longer titled. */
  g_assert_true (zjtx_parks_page_select (ZJTX_PARKS_PAGE (f.page), park_id));
  gui_test_spin ();
  g_assert_true (gtk_widget_activate_action (f.page, "parks.edit", NULL));
  gui_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name_row)), ==, "石鼓测试园区");
  g_assert_cmpstr (gtk_string_object_get_string (adw_combo_row_get_selected_item (township_row)), ==, "石鼓镇");
  g_assert_true (gtk_switch_get_active (g_ptr_array_index (switches, 0)));
  /* The last refusal's mark is gone. */
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (name_row), "error"));
  gtk_switch_set_active (g_ptr_array_index (switches, 0), FALSE);
  g_signal_emit_by_name (save_button, "clicked");
  gui_test_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpint (audit_rows (f.store, "update"), >=, 1);
  g_assert_cmpint (zjtx_parks_page_get_selected (ZJTX_PARKS_PAGE (f.page)), ==, park_id);
  g_assert_false (verdict_of (ZJTX_PARKS_PAGE (f.page), park_id)->title);
  g_assert_nonnull (gui_test_find_label (f.page, "The park is not contiguous"));
  g_assert_nonnull (gui_test_find_label (f.page, "Does not earn the SRDI park title"));

  fixture_close (&f);
}

/* ------------------------------------------------------------------ */
/* screenshot                                                          */

static void
save_screenshot (const char *file)
{
  Fixture f = { 0 };

  fixture_open (&f);
  fill_demo (&f);
  fixture_show (&f);
  /* The demonstration park, or the park of the list row in
   * $ZJTX_PARKS_SCREENSHOT_ROW, to look at a failing verdict. */
  if (g_getenv ("ZJTX_PARKS_SCREENSHOT_ROW") != NULL)
    {
      GtkListBox *list = find_first (f.page, GTK_TYPE_LIST_BOX);
      int row = atoi (g_getenv ("ZJTX_PARKS_SCREENSHOT_ROW"));

      gtk_list_box_select_row (list, gtk_list_box_get_row_at_index (list, row));
    }
  else
    zjtx_parks_page_select (ZJTX_PARKS_PAGE (f.page), demonstration_park_id (f.store));
  gui_test_save_png (f.window, file);

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_PARKS_SCREENSHOT");

  if (screenshot != NULL)
    {
      /* The officer's view: the locale of the environment, the catalogue
       * of $ZJTX_LOCALEDIR. */
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
      save_screenshot (screenshot);
      return 0;
    }

  g_test_add_func ("/gui/parks-page/demo", test_demo);
  g_test_add_func ("/gui/parks-page/tier-change", test_tier_change);
  g_test_add_func ("/gui/parks-page/editor", test_editor);

  return g_test_run ();
}
