/* test-rewards-page.c: the rewards page on the demo county
 *
 * The ledger synced from the demo's facts as of 2025-12-31; then, through
 * the page's own actions and dialogs: filters change the rows as the model
 * says, a batch is approved, paid with a voucher, and a payment without a
 * voucher is refused with nothing changed.
 */

#include "config.h"

#include <string.h>
#include <adwaita.h>
#include <gtk/gtkunixprint.h>
#include <sqlite3.h>

#include "core/zjtx-date.h"
#include "model/zjtx-award-query.h"
#include "model/zjtx-demo.h"
#include "model/zjtx-ledger.h"
#include "model/zjtx-store.h"
#include "zjtx-rewards-page.h"

#include "gui-test-util.h"

typedef struct {
  char       *dir;
  ZjtxStore  *store;
  GtkWindow  *window;
  GtkWidget  *page;
} Fixture;

static gint64
query (ZjtxStore  *store,
       const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static void
fixture_open (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  ZjtxDate as_of;

  f->store = gui_test_open_store ("zjtx-rewards-XXXXXX", &f->dir);
  g_assert_true (zjtx_demo_fill (f->store, 300, 1, &error));
  g_assert_no_error (error);
  g_assert_true (zjtx_date_parse ("2025-12-31", &as_of, NULL));
  changes = zjtx_ledger_sync (f->store, as_of, as_of, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, >, 10);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1280, 800);
  f->page = zjtx_rewards_page_new (f->store);
  gtk_window_set_child (f->window, f->page);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_close (Fixture *f)
{
  gtk_window_destroy (f->window);
  gui_test_spin ();
  gui_test_close_store (&f->store, &f->dir);
}

static guint
n_rows (Fixture *f)
{
  g_autoptr(GArray) ids = zjtx_rewards_page_list_ids (ZJTX_REWARDS_PAGE (f->page));

  return ids->len;
}

static GtkDropDown *
dropdown (Fixture    *f,
          guint       index)
{
  g_autoptr(GPtrArray) all = gui_test_find_all (f->page, GTK_TYPE_DROP_DOWN);

  g_assert_cmpuint (all->len, ==, 6);
  return g_ptr_array_index (all, index);
}

/* The page's dialog, answered with @response after filling its text. */
static void
answer_dialog (const char *text,
               const char *date,
               const char *response)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */
  AdwMessageDialog *dialog = NULL;

  gui_test_spin ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  g_assert_nonnull (dialog);
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "step-text")), text);
  if (date != NULL)
    gtk_editable_set_text (GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "step-date")), date);
  /* The dialog closes itself after its response. */
  adw_message_dialog_response (dialog, response);
  gui_test_spin ();
}

static void
test_filters (void)
{
  Fixture f = { 0 };
  gint64 all, proposed;

  fixture_open (&f);
  all = query (f.store, "SELECT count(*) FROM award");
  g_assert_cmpuint (n_rows (&f), ==, all);
  g_assert_nonnull (gui_test_find_label (f.page, "Ledger"));

  /* Status: proposed is item 1; everything is proposed after a sync. */
  gtk_drop_down_set_selected (dropdown (&f, 0), 1);
  proposed = query (f.store, "SELECT count(*) FROM award WHERE status = 'proposed'");
  g_assert_cmpint (proposed, ==, all);
  g_assert_cmpuint (n_rows (&f), ==, proposed);
  gtk_drop_down_set_selected (dropdown (&f, 0), 2);
  g_assert_cmpuint (n_rows (&f), ==, 0);
  gtk_drop_down_set_selected (dropdown (&f, 0), 0);

  /* Kind: provincial recognition rewards (item 2 after "All kinds"). */
  gtk_drop_down_set_selected (dropdown (&f, 1), 2);
  g_assert_cmpuint (n_rows (&f), ==, query (f.store, "SELECT count(*) FROM award WHERE kind = 'recognition_provincial'"));
  gtk_drop_down_set_selected (dropdown (&f, 1), 0);

  /* Year: the newest first after "All years". */
  gtk_drop_down_set_selected (dropdown (&f, 2), 1);
  g_assert_cmpuint (n_rows (&f), ==, query (f.store, "SELECT count(*) FROM award WHERE event_date LIKE "
                                                     "(SELECT max (substr (event_date, 1, 4)) FROM award) || '%'"));
  gtk_drop_down_set_selected (dropdown (&f, 2), 0);
  g_assert_cmpuint (n_rows (&f), ==, all);

  fixture_close (&f);
}

static void
test_approve_and_pay (void)
{
  Fixture f = { 0 };
  gint64 ids[3];
  gint64 paid_before;
  g_autofree char *sum = NULL;

  fixture_open (&f);
  ids[0] = query (f.store, "SELECT id FROM award ORDER BY id LIMIT 1");
  ids[1] = query (f.store, "SELECT id FROM award ORDER BY id LIMIT 1 OFFSET 1");
  ids[2] = query (f.store, "SELECT id FROM award ORDER BY id LIMIT 1 OFFSET 2");

  /* Nothing selected: no step. */
  g_assert_false (gtk_widget_activate_action (f.page, "rewards.approve", NULL) &&
                  query (f.store, "SELECT count(*) FROM award WHERE status = 'approved'") > 0);

  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 3);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.approve", NULL));
  gui_test_spin ();
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'approved'"), ==, 3);
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'approved' AND approved_by = 'test'"), ==, 3);

  /* Paying without a voucher: refused, nothing paid. */
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 3);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.pay", NULL));
  answer_dialog ("", NULL, "apply");
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'paid'"), ==, 0);

  /* A date that is not one: refused too. */
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 3);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.pay", NULL));
  answer_dialog ("记账凭证 2026-0031", "2026-02-30", "apply");
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'paid'"), ==, 0);

  /* Cancelled: nothing. */
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 3);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.pay", NULL));
  answer_dialog ("记账凭证 2026-0031", NULL, "cancel");
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'paid'"), ==, 0);

  /* With a voucher: all three paid, under it. */
  paid_before = query (f.store, "SELECT count(*) FROM audit WHERE entity = 'award'");
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 3);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.pay", NULL));
  answer_dialog ("记账凭证 2026-0031", NULL, "apply");
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'paid' "
                                   "AND voucher = '记账凭证 2026-0031'"), ==, 3);
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM audit WHERE entity = 'award'"), ==, paid_before + 3);

  /* The totals card shows what is paid now. */
  sum = zjtx_money_format (query (f.store, "SELECT sum (amount) FROM award WHERE status = 'paid'"));
  {
    g_autofree char *text = g_strdup_printf ("%s yuan", sum);

    g_assert_nonnull (gui_test_find_label (f.page, text));
  }

  /* Paid ones cannot be approved again: the action is off for them. */
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 1);
  gtk_widget_activate_action (f.page, "rewards.approve", NULL);
  gui_test_spin ();
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'paid'"), ==, 3);

  /* Reading the ledger again keeps the filters chosen. */
  gtk_drop_down_set_selected (dropdown (&f, 3), 1);
  {
    guint township = gtk_drop_down_get_selected (dropdown (&f, 3));

    g_assert_cmpuint (township, ==, 1);
    zjtx_rewards_page_reload (ZJTX_REWARDS_PAGE (f.page));
    g_assert_cmpuint (gtk_drop_down_get_selected (dropdown (&f, 3)), ==, township);
  }
  gtk_drop_down_set_selected (dropdown (&f, 3), 0);

  /* Reject needs a reason. */
  ids[0] = query (f.store, "SELECT id FROM award WHERE status = 'proposed' ORDER BY id LIMIT 1");
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 1);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.reject", NULL));
  answer_dialog ("  ", NULL, "apply");
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'rejected'"), ==, 0);
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 1);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.reject", NULL));
  answer_dialog ("申报材料不全", NULL, "apply");
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM award WHERE status = 'rejected' AND reason = '申报材料不全'"), ==, 1);

  fixture_close (&f);
}

/* Notices of the selection: numbered (once) and handed to the print
 * dialog; without the office and prefix set, nothing is numbered. */
static void
test_print_notices (void)
{
  Fixture f = { 0 };
  gint64 ids[2];
  g_autoptr(GSettings) settings = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */
  GtkWidget *print_dialog = NULL;
  int year, month, day;
  g_autofree char *first = NULL;

  fixture_open (&f);
  ids[0] = query (f.store, "SELECT id FROM award ORDER BY id LIMIT 1");
  ids[1] = query (f.store, "SELECT id FROM award ORDER BY id LIMIT 1 OFFSET 1");
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 2);
  /* Proposed: no notice. */
  g_assert_false (gtk_widget_activate_action (f.page, "rewards.print-notices", NULL) &&
                  query (f.store, "SELECT count(*) FROM notice") > 0);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.approve", NULL));
  gui_test_spin ();

  /* No preferences: refused, nothing numbered. */
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 2);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.print-notices", NULL));
  gui_test_spin ();
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM notice"), ==, 0);

  settings = g_settings_new ("cn.gov.yongchun.Zjtx");
  zjtx_rewards_page_set_settings (ZJTX_REWARDS_PAGE (f.page), settings);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.print-notices", NULL));
  gui_test_spin ();
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM notice"), ==, 2);
  zjtx_date_to_ymd (zjtx_date_today (), &year, &month, &day);
  first = g_strdup_printf ("SELECT count(*) FROM notice WHERE doc_number = '永工信商〔%d〕1号'", year);
  g_assert_cmpint (query (f.store, first), ==, 1);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_PRINT_UNIX_DIALOG (window))
        print_dialog = GTK_WIDGET (window);
    }
  g_assert_nonnull (print_dialog);
  gtk_dialog_response (GTK_DIALOG (print_dialog), GTK_RESPONSE_CANCEL);
  gui_test_spin ();

  /* Again: the same numbers. */
  zjtx_rewards_page_select_ids (ZJTX_REWARDS_PAGE (f.page), ids, 2);
  g_assert_true (gtk_widget_activate_action (f.page, "rewards.print-notices", NULL));
  gui_test_spin ();
  g_assert_cmpint (query (f.store, "SELECT count(*) FROM notice"), ==, 2);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_PRINT_UNIX_DIALOG (window))
        gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_CANCEL);
    }
  gui_test_spin ();

  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  gui_test_load_css ();

  g_test_add_func ("/gui/rewards-page/filters", test_filters);
  g_test_add_func ("/gui/rewards-page/approve-and-pay", test_approve_and_pay);
  g_test_add_func ("/gui/rewards-page/print-notices", test_print_notices);

  return g_test_run ();
}
