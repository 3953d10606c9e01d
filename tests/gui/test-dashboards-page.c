/* test-dashboards-page.c: the dashboards page, its links and the presentation
 *
 * On the demo county (300 enterprises, seed 1, its ledger synced as of
 * 2025-12-31), in a window of the application:
 *  - the page reads the figures only when first shown, as of today, and
 *    again for another date (the quick picks give the right days);
 *  - a click on a bar of a township and tier opens the enterprises page
 *    with both filters set, listing as many enterprises as the bar
 *    counts; the pointer over a link is a hand; links to the ledger and
 *    to a park open those pages;
 *  - F5 (win.present) opens the presentation: Next, Previous, Home and
 *    End move the slide, the keys are bound, Esc closes it; the slides
 *    and their order are the presentation-slides key's, and the
 *    Preferences window edits that key;
 *  - the dashboard exports as a 1920×1080 PNG and a PDF; the bulletin's
 *    period dialog fills its quick picks; `zjtx --screenshot dashboards`
 *    draws the page.
 *
 * Runs in the C locale (gtk_test_init), so the interface is in English.
 * With ZJTX_PRESENTATION_SCREENSHOT=FILE it instead saves a slide of the
 * presentation at 1920×1080 (slide $ZJTX_PRESENTATION_SCREENSHOT_SLIDE,
 * from 0; database $ZJTX_PRESENTATION_SCREENSHOT_DB, else the demo
 * county), in the locale of the environment.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "core/zjtx-date.h"
#include "core/zjtx-i18n.h"
#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise-list.h"
#include "model/zjtx-ledger.h"
#include "zjtx-application.h"
#include "zjtx-dashboards-page.h"
#include "zjtx-enterprise-editor.h"
#include "zjtx-enterprises-page.h"
#include "zjtx-parks-page.h"
#include "zjtx-preferences-window.h"
#include "zjtx-presentation-window.h"
#include "zjtx-rewards-page.h"
#include "zjtx-window.h"

#include "gui-test-util.h"

#define COUNTY 300
#define SEED 1

static ZjtxApplication *app;
static GSettings *settings;
static char *tmp_dir;
static char *db_path;

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static ZjtxWindow *
show_window (void)
{
  ZjtxWindow *window = zjtx_window_new (app, settings);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static ZjtxDashboardsPage *
dashboards_page (ZjtxWindow *window)
{
  GtkWidget *page = zjtx_window_get_page_widget (window, "dashboards");

  g_assert_true (ZJTX_IS_DASHBOARDS_PAGE (page));
  return ZJTX_DASHBOARDS_PAGE (page);
}

static ZjtxDashboardsPage *
show_dashboards (ZjtxWindow *window)
{
  ZjtxDashboardsPage *page = dashboards_page (window);

  g_assert_true (zjtx_window_set_page (window, "dashboards"));
  gui_test_spin ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return page;
}

/* Draws @view now, so that its links are those of its size. */
static GArray *
drawn_links (ZjtxDashboardView *view)
{
  GtkWidget *widget = GTK_WIDGET (view);
  g_autoptr(GdkPaintable) paintable = NULL;
  GtkSnapshot *snapshot;
  g_autoptr(GskRenderNode) node = NULL;

  gui_test_spin ();
  /* Laid out at its size: a view just switched to is not yet. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (gtk_widget_get_native (widget)));
  g_assert_true (gtk_widget_get_mapped (widget));
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return zjtx_dashboard_view_get_links (view);
}

static const ZjtxDashboardLink *
find_link (GArray     *links,
           const char *prefix,
           const char *also)
{
  for (guint i = 0; i < links->len; i++)
    {
      const ZjtxDashboardLink *l = &g_array_index (links, ZjtxDashboardLink, i);

      if (g_str_has_prefix (l->link, prefix) && (also == NULL || strstr (l->link, also) != NULL))
        return l;
    }
  return NULL;
}

static gpointer
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget holds it */
    }
  return NULL;
}

static void
click (ZjtxDashboardView *view,
       double             x,
       double             y)
{
  GtkGesture *gesture = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK);

  g_assert_nonnull (gesture);
  g_signal_emit_by_name (gesture, "pressed", 1, x, y);
  g_signal_emit_by_name (gesture, "released", 1, x, y);
  gui_test_spin ();
}

static const char *
selected_text (GtkDropDown *dropdown)
{
  GObject *item = gtk_drop_down_get_selected_item (dropdown);

  g_assert_true (GTK_IS_STRING_OBJECT (item));
  return gtk_string_object_get_string (GTK_STRING_OBJECT (item));
}

static ZjtxPresentationWindow *
find_presentation (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  ZjtxPresentationWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ZJTX_IS_PRESENTATION_WINDOW (window))
        {
          g_assert_null (found);
          found = ZJTX_PRESENTATION_WINDOW (window);
        }
    }
  return found;
}

static ZjtxDate
date (const char *text)
{
  ZjtxDate d;

  g_assert_true (zjtx_date_parse (text, &d, NULL));
  return d;
}

/* ------------------------------------------------------------------ */
/* the page                                                            */

static void
test_quick_picks (void)
{
  g_assert_cmpuint (zjtx_dashboards_last_quarter_end (date ("2026-05-12")), ==, date ("2026-03-31"));
  g_assert_cmpuint (zjtx_dashboards_last_quarter_end (date ("2026-01-01")), ==, date ("2025-12-31"));
  g_assert_cmpuint (zjtx_dashboards_last_quarter_end (date ("2026-03-31")), ==, date ("2025-12-31"));
  g_assert_cmpuint (zjtx_dashboards_last_quarter_end (date ("2026-12-31")), ==, date ("2026-09-30"));
  g_assert_cmpuint (zjtx_dashboards_last_quarter_end (date ("2026-08-15")), ==, date ("2026-06-30"));
  g_assert_cmpuint (zjtx_dashboards_last_year_end (date ("2026-05-12")), ==, date ("2025-12-31"));
  g_assert_cmpuint (zjtx_dashboards_last_year_end (date ("2026-12-31")), ==, date ("2025-12-31"));
}

static void
test_page_draws (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = dashboards_page (window);
  ZjtxDashboards *data;
  GArray *links;
  GtkLabel *label;

  /* Read when first shown, not with the window. */
  g_assert_null (zjtx_dashboards_page_get_data (page));

  show_dashboards (window);
  data = zjtx_dashboards_page_get_data (page);
  g_assert_nonnull (data);
  g_assert_cmpuint (data->as_of, ==, zjtx_date_today ());
  g_assert_cmpuint (zjtx_dashboards_page_get_as_of (page), ==, zjtx_date_today ());
  g_assert_nonnull (data->enterprises);
  g_assert_nonnull (data->parks);
  g_assert_nonnull (data->rewards);
  g_assert_cmpint (data->enterprises->pool, ==, COUNTY);
  g_assert_cmpuint (zjtx_dashboards_page_get_kind (page), ==, ZJTX_DASHBOARD_ENTERPRISES);

  /* Each view draws its dashboard, with links to click. */
  links = drawn_links (zjtx_dashboards_page_get_view (page, ZJTX_DASHBOARD_ENTERPRISES));
  g_assert_cmpuint (links->len, >, 10);
  g_assert_nonnull (find_link (links, "enterprises?", "township="));
  for (guint i = 0; i < links->len; i++)
    {
      const char *link = g_array_index (links, ZjtxDashboardLink, i).link;

      g_assert_true (g_str_has_prefix (link, "enterprises?") || g_str_has_prefix (link, "enterprise?id="));
    }

  zjtx_dashboards_page_set_kind (page, ZJTX_DASHBOARD_REWARDS);
  g_assert_cmpuint (zjtx_dashboards_page_get_kind (page), ==, ZJTX_DASHBOARD_REWARDS);
  links = drawn_links (zjtx_dashboards_page_get_view (page, ZJTX_DASHBOARD_REWARDS));
  g_assert_nonnull (find_link (links, "rewards?status=proposed", NULL));

  zjtx_dashboards_page_set_kind (page, ZJTX_DASHBOARD_PARKS);
  links = drawn_links (zjtx_dashboards_page_get_view (page, ZJTX_DASHBOARD_PARKS));
  g_assert_nonnull (find_link (links, "parks?id=", NULL));

  /* Another date: the figures are read again, and the button says which. */
  zjtx_dashboards_page_set_as_of (page, date ("2025-12-31"));
  data = zjtx_dashboards_page_get_data (page);
  g_assert_cmpuint (data->as_of, ==, date ("2025-12-31"));
  label = gui_test_find_label (GTK_WIDGET (page), "2025-12-31");
  g_assert_nonnull (label);

  /* The quick picks, through the popover's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboards.pick-date", "s", "quarter"));
  g_assert_cmpuint (zjtx_dashboards_page_get_data (page)->as_of, ==,
                    zjtx_dashboards_last_quarter_end (zjtx_date_today ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboards.pick-date", "s", "year"));
  g_assert_cmpuint (zjtx_dashboards_page_get_data (page)->as_of, ==,
                    zjtx_dashboards_last_year_end (zjtx_date_today ()));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "dashboards.pick-date", "s", "today"));
  g_assert_cmpuint (zjtx_dashboards_page_get_data (page)->as_of, ==, zjtx_date_today ());

  /* The window's reload reads them again. */
  data = zjtx_dashboards_page_get_data (page);
  zjtx_window_reload (window);
  g_assert_true (zjtx_dashboards_page_get_data (page) != data);

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* links                                                               */

static void
test_link_opens_enterprises (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = show_dashboards (window);
  ZjtxDashboardView *view = zjtx_dashboards_page_get_view (page, ZJTX_DASHBOARD_ENTERPRISES);
  ZjtxEnterpriseDashboard *d = zjtx_dashboards_page_get_data (page)->enterprises;
  ZjtxEnterprisesPage *enterprises = ZJTX_ENTERPRISES_PAGE (zjtx_window_get_page_widget (window, "enterprises"));
  GtkEventController *motion = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  const ZjtxDashboardLink *link = NULL;
  g_autoptr(GHashTable) params = NULL;
  g_autoptr(GPtrArray) dropdowns = NULL;
  GArray *links = drawn_links (view);
  const char *township;
  ZjtxTier tier;
  double x, y;
  int expected = -1;

  /* A township's bar of provincial enterprises, if the county has one;
   * any township and tier otherwise. */
  link = find_link (links, "enterprises?", "tier=provincial");
  for (guint i = 0; i < links->len && (link == NULL || strstr (link->link, "township=") == NULL); i++)
    {
      const ZjtxDashboardLink *l = &g_array_index (links, ZjtxDashboardLink, i);

      if (strstr (l->link, "township=") != NULL && strstr (l->link, "tier=") != NULL)
        link = l;
    }
  g_assert_nonnull (link);
  g_assert_nonnull (strstr (link->link, "township="));
  params = g_uri_parse_params (strchr (link->link, '?') + 1, -1, "&", G_URI_PARAMS_NONE, NULL);
  township = g_hash_table_lookup (params, "township");
  g_assert_nonnull (township);
  g_assert_true (zjtx_tier_from_id (g_hash_table_lookup (params, "tier"), &tier));
  for (guint i = 0; i < d->by_township->len; i++)
    {
      ZjtxDashboardGroup *g = g_ptr_array_index (d->by_township, i);

      if (g_str_equal (g->key, township))
        expected = g->counts[tier];
    }
  g_assert_cmpint (expected, >, 0);

  x = link->box.x + link->box.width / 2;
  y = link->box.y + link->box.height / 2;
  g_assert_cmpstr (zjtx_dashboard_view_link_at (view, x, y), ==, link->link);

  /* A hand over the link, the arrow elsewhere. */
  g_assert_nonnull (motion);
  g_signal_emit_by_name (motion, "motion", x, y);
  g_assert_nonnull (gtk_widget_get_cursor (GTK_WIDGET (view)));
  g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (GTK_WIDGET (view))), ==, "pointer");
  g_signal_emit_by_name (motion, "motion", 1.0, 1.0);
  g_assert_null (zjtx_dashboard_view_link_at (view, 1, 1));
  g_assert_null (gtk_widget_get_cursor (GTK_WIDGET (view)));

  /* Pressed on the link and released off it: nothing opens. */
  {
    GtkGesture *gesture = find_controller (GTK_WIDGET (view), GTK_TYPE_GESTURE_CLICK);

    g_signal_emit_by_name (gesture, "pressed", 1, x, y);
    g_signal_emit_by_name (gesture, "released", 1, 1.0, 1.0);
    gui_test_spin ();
    g_assert_cmpstr (zjtx_window_get_page (window), ==, "dashboards");
  }

  click (view, x, y);
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");

  /* Tier and township set, the other filters cleared, the list as long
   * as the bar (both as of today). */
  dropdowns = gui_test_find_all (GTK_WIDGET (enterprises), GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (dropdowns->len, ==, 4);
  g_assert_cmpstr (selected_text (g_ptr_array_index (dropdowns, 0)), ==, zjtx_tier_get_label (tier));
  g_assert_cmpstr (selected_text (g_ptr_array_index (dropdowns, 1)), ==, township);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 2)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 3)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zjtx_enterprises_page_get_list (enterprises))),
                    ==, expected);

  /* From the keyboard: the view takes focus, arrows walk the links in
   * drawing order, Enter opens the one ringed. */
  zjtx_window_set_page (window, "dashboards");
  gui_test_spin ();
  {
    GtkEventController *keys = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY);
    GArray *drawn = drawn_links (view);
    gboolean handled = FALSE;
    g_autofree char *second = NULL;

    g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
    g_assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
    g_assert_cmpint (zjtx_dashboard_view_get_focus_link (view), ==, -1);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
    g_assert_true (handled);
    g_assert_cmpint (zjtx_dashboard_view_get_focus_link (view), ==, 0);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Down, 0, 0, &handled);
    g_assert_cmpint (zjtx_dashboard_view_get_focus_link (view), ==, 1);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_End, 0, 0, &handled);
    g_assert_cmpint (zjtx_dashboard_view_get_focus_link (view), ==, (int) drawn->len - 1);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
    g_assert_cmpint (zjtx_dashboard_view_get_focus_link (view), ==, (int) drawn->len - 1);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Home, 0, 0, &handled);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
    second = g_strdup (g_array_index (drawn, ZjtxDashboardLink, 1).link);
    /* Tab is not taken: it leaves the view. */
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Tab, 0, 0, &handled);
    g_assert_false (handled);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Return, 0, 0, &handled);
    g_assert_true (handled);
    gui_test_spin ();
    g_assert_cmpstr (zjtx_window_get_page (window), !=, "dashboards");
    g_assert_nonnull (second);
  }

  /* Another link clears what the first one set. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "enterprises?expiring=1"));
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 0)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_ptr_array_index (dropdowns, 1)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zjtx_enterprises_page_get_list (enterprises))),
                    ==, d->n_expiring);

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

/* A dashboard of another day lists the enterprises of that day: the
 * provincial ones of 2024-06-30 are fewer than today's, and the list
 * behind the pyramid's level is as long as the level, until Show Today. */
static void
test_link_as_of (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = show_dashboards (window);
  ZjtxEnterprisesPage *enterprises = ZJTX_ENTERPRISES_PAGE (zjtx_window_get_page_widget (window, "enterprises"));
  ZjtxDashboardView *view;
  const ZjtxDashboardLink *link;
  ZjtxEnterpriseDashboard *d;
  g_autoptr(GPtrArray) revealers = NULL;
  GtkWidget *revealer;
  int today_count;

  today_count = zjtx_dashboards_page_get_data (page)->enterprises->tiers[ZJTX_TIER_PROVINCIAL];
  zjtx_dashboards_page_set_as_of (page, date ("2024-06-30"));
  gui_test_spin ();
  d = zjtx_dashboards_page_get_data (page)->enterprises;
  g_assert_cmpint (d->tiers[ZJTX_TIER_PROVINCIAL], <, today_count);

  view = zjtx_dashboards_page_get_view (page, ZJTX_DASHBOARD_ENTERPRISES);
  link = find_link (drawn_links (view), "enterprises?tier=provincial", "as-of=2024-06-30");
  g_assert_nonnull (link);
  g_assert_cmpstr (link->link, ==, "enterprises?tier=provincial&as-of=2024-06-30");
  click (view, link->box.x + link->box.width / 2, link->box.y + link->box.height / 2);
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
  g_assert_cmpint (zjtx_enterprises_page_get_as_of (enterprises), ==, date ("2024-06-30"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zjtx_enterprises_page_get_list (enterprises))),
                    ==, d->tiers[ZJTX_TIER_PROVINCIAL]);
  revealers = gui_test_find_all (GTK_WIDGET (enterprises), GTK_TYPE_REVEALER);
  g_assert_cmpuint (revealers->len, ==, 1);
  revealer = g_ptr_array_index (revealers, 0);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  /* A year's bar: those first recognised as provincial that year, the
   * as many as the bar counts. */
  {
    ZjtxDashboardGroup *year = NULL;
    g_autofree char *wanted = NULL;

    for (guint i = 0; i < d->first_by_year->len; i++)
      {
        ZjtxDashboardGroup *g = g_ptr_array_index (d->first_by_year, i);

        if (g->counts[ZJTX_TIER_PROVINCIAL] > 0)
          year = g;
      }
    g_assert_nonnull (year);
    zjtx_window_set_page (window, "dashboards");
    gui_test_spin ();
    wanted = g_strdup_printf ("enterprises?first-tier=provincial&first-year=%d&as-of=2024-06-30", year->year);
    link = NULL;
    for (guint i = 0; i < drawn_links (view)->len; i++)
      if (g_str_equal (g_array_index (drawn_links (view), ZjtxDashboardLink, i).link, wanted))
        link = &g_array_index (drawn_links (view), ZjtxDashboardLink, i);
    g_assert_nonnull (link);
    click (view, link->box.x + link->box.width / 2, link->box.y + link->box.height / 2);
    g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zjtx_enterprises_page_get_list (enterprises))),
                      ==, year->counts[ZJTX_TIER_PROVINCIAL]);
    g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));
  }

  /* Back to today: today's provincial enterprises, the note gone. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s",
                                             "enterprises?tier=provincial&as-of=2024-06-30"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (enterprises), "enterprises.show-today", NULL));
  g_assert_cmpint (zjtx_enterprises_page_get_as_of (enterprises), ==, zjtx_date_today ());
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (zjtx_enterprises_page_get_list (enterprises))),
                    ==, today_count);
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (revealer)));

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

/* Opens @link as a click on a dashboard would: how many awards the
 * rewards page then lists. */
static guint
rewards_listed (ZjtxWindow *window,
                const char *link)
{
  ZjtxRewardsPage *page = ZJTX_REWARDS_PAGE (zjtx_window_get_page_widget (window, "rewards"));
  g_autoptr(GArray) ids = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", link));
  gui_test_spin ();
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "rewards");
  ids = zjtx_rewards_page_list_ids (page);
  return ids->len;
}

static void
test_link_opens_rewards_and_parks (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = show_dashboards (window);
  ZjtxRewardDashboard *rewards = zjtx_dashboards_page_get_data (page)->rewards;
  ZjtxParkDashboard *parks = zjtx_dashboards_page_get_data (page)->parks;
  ZjtxRewardsPage *rewards_page = ZJTX_REWARDS_PAGE (zjtx_window_get_page_widget (window, "rewards"));
  ZjtxParksPage *parks_page = ZJTX_PARKS_PAGE (zjtx_window_get_page_widget (window, "parks"));
  g_autoptr(GArray) ids = NULL;
  g_autofree char *park_link = NULL;
  ZjtxParkFigures *park;

  /* The proposals waiting: the ledger filtered to them. */
  g_assert_cmpuint (rewards->n_waiting, >, 0);
  g_assert_cmpuint (rewards_listed (window, "rewards?status=proposed"), ==, rewards->n_waiting);

  /* "Committed": approved or paid. */
  g_assert_cmpuint (rewards->total->n_approved + rewards->total->n_paid, >, 0);
  g_assert_cmpuint (rewards_listed (window, "rewards?status=committed"), ==,
                    rewards->total->n_approved + rewards->total->n_paid);

  /* From a dashboard of another day, the ledger as it stood that day (the
   * three approvals of 2026-01-05, the payment of 2026-01-20), read only,
   * said; Show Today brings today's back. */
  {
    g_autoptr(GPtrArray) all_revealers = gui_test_find_all (GTK_WIDGET (rewards_page), GTK_TYPE_REVEALER);
    g_autoptr(GPtrArray) revealers = g_ptr_array_new ();
    g_autoptr(GPtrArray) buttons = gui_test_find_all (GTK_WIDGET (rewards_page), GTK_TYPE_BUTTON);
    GtkWidget *recompute = NULL;

    for (guint i = 0; i < all_revealers->len; i++)
      if (g_str_equal (gtk_widget_get_name (g_ptr_array_index (all_revealers, i)), "rewards-as-of"))
        g_ptr_array_add (revealers, g_ptr_array_index (all_revealers, i));
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "rewards.recompute") == 0)
        recompute = g_ptr_array_index (buttons, i);
    g_assert_nonnull (recompute);
    g_assert_cmpuint (revealers->len, ==, 1);
    g_assert_false (gtk_revealer_get_reveal_child (g_ptr_array_index (revealers, 0)));
    g_assert_true (gtk_widget_get_sensitive (recompute));

    g_assert_cmpuint (rewards_listed (window, "rewards?status=committed&as-of=2026-01-10"), ==, 3);
    g_assert_cmpint (zjtx_rewards_page_get_as_of (rewards_page), ==, date ("2026-01-10"));
    g_assert_true (gtk_revealer_get_reveal_child (g_ptr_array_index (revealers, 0)));
    g_assert_false (gtk_widget_get_sensitive (recompute));
    g_assert_cmpuint (rewards_listed (window, "rewards?status=paid&as-of=2026-01-10"), ==, 0);
    /* Before the ledger was synced, nothing was proposed. */
    g_assert_cmpuint (rewards_listed (window, "rewards?status=proposed&as-of=2025-12-30"), ==, 0);
    g_assert_cmpuint (rewards_listed (window, "rewards?status=paid&as-of=2026-01-20"), ==, 1);

    g_assert_cmpuint (rewards_listed (window, "rewards?status=paid&as-of=2026-01-10"), ==, 0);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (rewards_page), "rewards.show-today", NULL));
    gui_test_spin ();
    g_assert_cmpint (zjtx_rewards_page_get_as_of (rewards_page), ==, ZJTX_DATE_NONE);
    g_assert_false (gtk_revealer_get_reveal_child (g_ptr_array_index (revealers, 0)));
    g_assert_true (gtk_widget_get_sensitive (recompute));
    ids = zjtx_rewards_page_list_ids (rewards_page);
    g_assert_cmpuint (ids->len, ==, 1);
    g_clear_pointer (&ids, g_array_unref);
  }

  /* A park's row selects it on the parks page. */
  g_assert_cmpuint (parks->parks->len, >, 0);
  park = g_ptr_array_index (parks->parks, parks->parks->len - 1);
  park_link = g_strdup_printf ("parks?id=%" G_GINT64_FORMAT, park->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", park_link));
  gui_test_spin ();
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "parks");
  g_assert_cmpint (zjtx_parks_page_get_selected (parks_page), ==, park->id);
  g_assert_cmpint (zjtx_parks_page_get_as_of (parks_page), ==, zjtx_date_today ());

  /* From a dashboard of another day: the verdicts of that day, said, and
   * Show Today brings today's back. */
  {
    g_autofree char *dated = g_strdup_printf ("parks?id=%" G_GINT64_FORMAT "&as-of=2024-06-30", park->id);
    g_autoptr(GPtrArray) revealers = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", dated));
    gui_test_spin ();
    g_assert_cmpint (zjtx_parks_page_get_as_of (parks_page), ==, date ("2024-06-30"));
    g_assert_cmpint (zjtx_parks_page_get_selected (parks_page), ==, park->id);
    revealers = gui_test_find_all (GTK_WIDGET (parks_page), GTK_TYPE_REVEALER);
    g_assert_cmpuint (revealers->len, ==, 1);
    g_assert_true (gtk_revealer_get_reveal_child (g_ptr_array_index (revealers, 0)));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (parks_page), "parks.show-today", NULL));
    g_assert_cmpint (zjtx_parks_page_get_as_of (parks_page), ==, zjtx_date_today ());
    g_assert_false (gtk_revealer_get_reveal_child (g_ptr_array_index (revealers, 0)));
  }

  /* An enterprise of a table row: its editor. */
  {
    ZjtxEnterpriseDashboard *d = zjtx_dashboards_page_get_data (page)->enterprises;
    ZjtxDashboardEnterprise *e;
    g_autofree char *link = NULL;
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *editor = NULL;

    g_assert_cmpuint (d->expiring->len, >, 0);
    e = g_ptr_array_index (d->expiring, 0);
    link = g_strdup_printf ("enterprise?id=%" G_GINT64_FORMAT, e->id);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", link));
    gui_test_spin ();
    g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");
    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

        if (ZJTX_IS_ENTERPRISE_EDITOR (item))
          editor = GTK_WINDOW (item);
      }
    g_assert_nonnull (editor);
    g_assert_true (gtk_window_get_transient_for (editor) == GTK_WINDOW (window));
    gtk_window_destroy (editor);
    gui_test_spin ();
  }

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* presentation                                                        */

/* The action @keyval (no modifiers) is bound to on @widget's class. */
static const char *
bound_action (GtkWidget *widget,
              guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0 &&
              GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }
  return NULL;
}

static void
test_presentation (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = dashboards_page (window);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.present");
  ZjtxPresentationWindow *presentation;
  ZjtxDashboardView *view;
  g_autofree char *clock = NULL;
  g_autoptr(GRegex) hh_mm = g_regex_new ("^[0-2][0-9]:[0-5][0-9]$", 0, 0, NULL);
  GtkWidget *widget;

  g_settings_reset (settings, "presentation-slides");
  g_assert_true (accels != NULL && g_strv_contains ((const char * const *) accels, "F5"));

  /* From another page: the figures are read for it. */
  g_assert_cmpstr (zjtx_window_get_page (window), !=, "dashboards");
  g_assert_null (zjtx_dashboards_page_get_data (page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  gui_test_spin ();
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  widget = GTK_WIDGET (presentation);
  g_assert_nonnull (zjtx_dashboards_page_get_data (page));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (presentation)) == GTK_WINDOW (window));

  view = zjtx_presentation_window_get_view (presentation);
  g_assert_true (zjtx_dashboard_view_get_data (view) == zjtx_dashboards_page_get_data (page));
  g_object_get (view, "clock", &clock, NULL);
  g_assert_nonnull (clock);
  g_assert_true (g_regex_match (hh_mm, clock, 0, NULL));

  /* The pointer hides when it rests and shows when it moves. */
  {
    GtkEventController *motion = find_controller (widget, GTK_TYPE_EVENT_CONTROLLER_MOTION);
    gint64 until = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (gtk_widget_get_cursor (widget) == NULL && g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (gtk_widget_get_cursor (widget));
    g_assert_cmpstr (gdk_cursor_get_name (gtk_widget_get_cursor (widget)), ==, "none");
    g_signal_emit_by_name (motion, "motion", 10.0, 10.0);
    g_assert_null (gtk_widget_get_cursor (widget));
    /* A redraw under the still pointer does not show it again. */
    g_signal_emit_by_name (motion, "motion", 10.0, 10.0);
    g_assert_null (gtk_widget_get_cursor (widget));
  }

  /* Pressing F5 again presents the same one. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  gui_test_spin ();
  g_assert_true (find_presentation () == presentation);

  g_assert_cmpuint (zjtx_presentation_window_get_n_slides (presentation), ==, 4);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 0);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (view), ==, ZJTX_DASHBOARD_ENTERPRISES);

  g_assert_true (gtk_widget_activate_action (widget, "presentation.next", NULL));
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 1);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (view), ==, ZJTX_DASHBOARD_PARKS);
  gtk_widget_activate_action (widget, "presentation.next", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 2);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (view), ==, ZJTX_DASHBOARD_REWARDS);
  gtk_widget_activate_action (widget, "presentation.next", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 3);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (view), ==, ZJTX_DASHBOARD_ACTIONS);
  /* The last slide stays the last. */
  gtk_widget_activate_action (widget, "presentation.next", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 3);
  gtk_widget_activate_action (widget, "presentation.previous", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 2);
  gtk_widget_activate_action (widget, "presentation.first", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 0);
  gtk_widget_activate_action (widget, "presentation.previous", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 0);
  gtk_widget_activate_action (widget, "presentation.last", NULL);
  g_assert_cmpuint (zjtx_presentation_window_get_slide (presentation), ==, 3);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (view), ==, ZJTX_DASHBOARD_ACTIONS);

  /* The keys of a keyboard and of a presenter's clicker. */
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Right), ==, "presentation.next");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Down), ==, "presentation.next");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Page_Down), ==, "presentation.next");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_space), ==, "presentation.next");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Left), ==, "presentation.previous");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Up), ==, "presentation.previous");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Page_Up), ==, "presentation.previous");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_BackSpace), ==, "presentation.previous");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Home), ==, "presentation.first");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_End), ==, "presentation.last");
  g_assert_cmpstr (bound_action (widget, GDK_KEY_Escape), ==, "presentation.leave");

  /* Drawn, with links, at the window's size. */
  {
    GArray *links = drawn_links (view);

    g_assert_cmpuint (links->len, >, 0);
  }

  g_assert_true (gtk_widget_activate_action (widget, "presentation.leave", NULL));
  gui_test_spin ();
  g_assert_null (find_presentation ());

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

static void
test_presentation_link (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = dashboards_page (window);
  ZjtxPresentationWindow *presentation;
  ZjtxDashboardView *view;
  const ZjtxDashboardLink *link;
  GArray *links;

  g_settings_reset (settings, "presentation-slides");
  presentation = ZJTX_PRESENTATION_WINDOW (zjtx_dashboards_page_present (page));
  gui_test_spin ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
  view = zjtx_presentation_window_get_view (presentation);
  links = drawn_links (view);
  link = find_link (links, "enterprises?", "township=");
  g_assert_nonnull (link);

  /* A click on a bar leaves the presentation for its list. */
  click (view, link->box.x + link->box.width / 2, link->box.y + link->box.height / 2);
  g_assert_null (find_presentation ());
  g_assert_cmpstr (zjtx_window_get_page (window), ==, "enterprises");

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

static void
test_slide_order (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxPresentationWindow *presentation;
  ZjtxDashboardKind kinds[ZJTX_N_DASHBOARDS];

  g_settings_set_strv (settings, "presentation-slides", (const char *[]) { "rewards", "enterprises", NULL });
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  gui_test_spin ();
  presentation = find_presentation ();
  g_assert_nonnull (presentation);
  g_assert_cmpuint (zjtx_presentation_window_get_n_slides (presentation), ==, 2);
  g_assert_cmpuint (zjtx_presentation_window_get_slide_kind (presentation, 0), ==, ZJTX_DASHBOARD_REWARDS);
  g_assert_cmpuint (zjtx_presentation_window_get_slide_kind (presentation, 1), ==, ZJTX_DASHBOARD_ENTERPRISES);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (zjtx_presentation_window_get_view (presentation)), ==,
                    ZJTX_DASHBOARD_REWARDS);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.next", NULL);
  g_assert_cmpuint (zjtx_dashboard_view_get_kind (zjtx_presentation_window_get_view (presentation)), ==,
                    ZJTX_DASHBOARD_ENTERPRISES);
  gtk_widget_activate_action (GTK_WIDGET (presentation), "presentation.leave", NULL);
  gui_test_spin ();
  g_assert_null (find_presentation ());

  /* Unknown names and repeats are left out; nothing left is everything. */
  g_settings_set_strv (settings, "presentation-slides", (const char *[]) { "parks", "bogus", "parks", NULL });
  g_assert_cmpuint (zjtx_presentation_read_slides (settings, kinds), ==, 1);
  g_assert_cmpuint (kinds[0], ==, ZJTX_DASHBOARD_PARKS);
  g_settings_set_strv (settings, "presentation-slides", (const char *[]) { "bogus", NULL });
  g_assert_cmpuint (zjtx_presentation_read_slides (settings, kinds), ==, 4);
  g_assert_cmpuint (zjtx_presentation_read_slides (NULL, kinds), ==, 4);
  g_assert_cmpuint (kinds[2], ==, ZJTX_DASHBOARD_REWARDS);
  g_assert_cmpuint (kinds[3], ==, ZJTX_DASHBOARD_ACTIONS);

  g_settings_reset (settings, "presentation-slides");
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

/* The names of the slide rows of @preferences, in order. */
static char *
slide_rows (GtkWidget *preferences)
{
  g_autoptr(GPtrArray) rows = gui_test_find_all (preferences, ADW_TYPE_ACTION_ROW);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < rows->len; i++)
    {
      const char *name = gtk_widget_get_name (g_ptr_array_index (rows, i));

      if (g_str_has_prefix (name, "slide-"))
        g_string_append_printf (names, "%s%s", names->len > 0 ? " " : "", name + strlen ("slide-"));
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GtkWidget *
slide_control (GtkWidget  *preferences,
               const char *row,
               const char *control)
{
  GtkWidget *found = gui_test_find_named (gui_test_find_named (preferences, row), control);

  g_assert_nonnull (found);
  return found;
}

static void
assert_slides (const char * const *expected)
{
  g_auto(GStrv) slides = g_settings_get_strv (settings, "presentation-slides");

  g_assert_cmpstrv (slides, expected);
}

static void
test_preferences (void)
{
  ZjtxPreferencesWindow *preferences;
  GtkWidget *root;
  g_autofree char *order = NULL;

  g_settings_reset (settings, "presentation-slides");
  preferences = zjtx_preferences_window_new (settings);
  root = GTK_WIDGET (preferences);
  gtk_window_present (GTK_WINDOW (preferences));
  gtk_test_widget_wait_for_draw (root);

  g_assert_nonnull (gui_test_find_label (root, "Presentation"));
  order = slide_rows (root);
  g_assert_cmpstr (order, ==, "enterprises parks rewards actions");
  g_clear_pointer (&order, g_free);
  g_assert_false (gtk_widget_get_sensitive (slide_control (root, "slide-enterprises", "slide-up")));
  g_assert_true (gtk_widget_get_sensitive (slide_control (root, "slide-rewards", "slide-down")));
  g_assert_false (gtk_widget_get_sensitive (slide_control (root, "slide-actions", "slide-down")));

  /* Parks left out: it goes after those shown. */
  gtk_switch_set_active (GTK_SWITCH (slide_control (root, "slide-parks", "slide-switch")), FALSE);
  gui_test_spin ();
  assert_slides ((const char *[]) { "enterprises", "rewards", "actions", NULL });
  order = slide_rows (root);
  g_assert_cmpstr (order, ==, "enterprises rewards actions parks");
  g_clear_pointer (&order, g_free);
  g_assert_false (gtk_widget_get_sensitive (slide_control (root, "slide-parks", "slide-up")));

  /* Rewards first. */
  g_signal_emit_by_name (slide_control (root, "slide-rewards", "slide-up"), "clicked");
  gui_test_spin ();
  assert_slides ((const char *[]) { "rewards", "enterprises", "actions", NULL });
  order = slide_rows (root);
  g_assert_cmpstr (order, ==, "rewards enterprises actions parks");
  g_clear_pointer (&order, g_free);

  /* Parks back, last; the last slide shown cannot be switched off. */
  gtk_switch_set_active (GTK_SWITCH (slide_control (root, "slide-parks", "slide-switch")), TRUE);
  gui_test_spin ();
  assert_slides ((const char *[]) { "rewards", "enterprises", "actions", "parks", NULL });
  gtk_switch_set_active (GTK_SWITCH (slide_control (root, "slide-enterprises", "slide-switch")), FALSE);
  gui_test_spin ();
  gtk_switch_set_active (GTK_SWITCH (slide_control (root, "slide-actions", "slide-switch")), FALSE);
  gui_test_spin ();
  gtk_switch_set_active (GTK_SWITCH (slide_control (root, "slide-parks", "slide-switch")), FALSE);
  gui_test_spin ();
  assert_slides ((const char *[]) { "rewards", NULL });
  g_assert_false (gtk_widget_get_sensitive (slide_control (root, "slide-rewards", "slide-switch")));

  /* Written elsewhere, shown here. */
  g_settings_set_strv (settings, "presentation-slides", (const char *[]) { "parks", "enterprises", NULL });
  gui_test_spin ();
  order = slide_rows (root);
  g_assert_cmpstr (order, ==, "parks enterprises rewards actions");

  g_settings_reset (settings, "presentation-slides");
  gtk_window_destroy (GTK_WINDOW (preferences));
  gui_test_spin ();
}

/* ------------------------------------------------------------------ */
/* export, bulletin, screenshot                                        */

static void
test_export (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = show_dashboards (window);
  g_autofree char *png = g_build_filename (tmp_dir, "dashboard.png", NULL);
  g_autofree char *pdf = g_build_filename (tmp_dir, "dashboard.pdf", NULL);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (zjtx_dashboards_page_export (page, ZJTX_DASHBOARD_ENTERPRISES, png, &error));
  g_assert_no_error (error);
  texture = gdk_texture_new_from_filename (png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1920);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 1080);

  g_assert_true (zjtx_dashboards_page_export (page, ZJTX_DASHBOARD_REWARDS, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, &error));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  g_assert_cmpint (g_unlink (png), ==, 0);
  g_assert_cmpint (g_unlink (pdf), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
}

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* What Save writes, waited for: written on a thread, the Bulletin… action
 * off meanwhile and on again after. */
static gboolean
save_bulletin (ZjtxDashboardsPage  *page,
               const char          *from,
               const char          *to,
               const char          *path,
               GError             **error)
{
  g_autoptr(GAsyncResult) result = NULL;
  GtkWidget *button = NULL;
  g_autoptr(GPtrArray) buttons = gui_test_find_all (GTK_WIDGET (page), GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (g_ptr_array_index (buttons, i)), "dashboards.bulletin") == 0)
      button = g_ptr_array_index (buttons, i);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_get_sensitive (button));

  zjtx_dashboards_page_save_bulletin_async (page, date (from), date (to), path, on_saved, &result);
  g_assert_false (gtk_widget_get_sensitive (button));
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  gui_test_spin ();
  g_assert_true (gtk_widget_get_sensitive (button));
  return zjtx_dashboards_page_save_bulletin_finish (page, result, error);
}

static void
test_bulletin_dialog (void)
{
  ZjtxWindow *window = show_window ();
  ZjtxDashboardsPage *page = show_dashboards (window);
  GtkWindow *dialog = zjtx_dashboards_page_ask_bulletin (page);
  GtkEditable *from, *to;
  ZjtxDate today = zjtx_date_today ();
  ZjtxDate end = zjtx_dashboards_last_quarter_end (today);
  g_autofree char *text = NULL;
  int year, month;

  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  gui_test_spin ();
  from = GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "bulletin-from"));
  to = GTK_EDITABLE (gui_test_find_named (GTK_WIDGET (dialog), "bulletin-to"));

  /* The last quarter to start with. */
  text = zjtx_date_format_iso (end);
  g_assert_cmpstr (gtk_editable_get_text (to), ==, text);
  g_clear_pointer (&text, g_free);
  text = zjtx_date_format_iso (zjtx_date_add_months (end + 1, -3));
  g_assert_cmpstr (gtk_editable_get_text (from), ==, text);
  g_clear_pointer (&text, g_free);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));

  zjtx_date_to_ymd (today, &year, &month, NULL);
  g_signal_emit_by_name (gui_test_find_named (GTK_WIDGET (dialog), "bulletin-this-year"), "clicked");
  text = zjtx_date_format_iso (zjtx_date_from_ymd (year, 1, 1));
  g_assert_cmpstr (gtk_editable_get_text (from), ==, text);
  g_clear_pointer (&text, g_free);
  text = zjtx_date_format_iso (today);
  g_assert_cmpstr (gtk_editable_get_text (to), ==, text);
  g_clear_pointer (&text, g_free);

  g_signal_emit_by_name (gui_test_find_named (GTK_WIDGET (dialog), "bulletin-last-month"), "clicked");
  text = zjtx_date_format_iso (zjtx_date_from_ymd (year, month, 1) - 1);
  g_assert_cmpstr (gtk_editable_get_text (to), ==, text);
  g_clear_pointer (&text, g_free);

  /* Not a date, or a period ending before it starts: no Save. */
  gtk_editable_set_text (from, "2025-13-01");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (from, "2026-02-01");
  gtk_editable_set_text (to, "2026-01-31");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  gtk_editable_set_text (to, "2026-02-01");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));

  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  gui_test_spin ();

  /* What Save writes (the file dialog itself cannot be answered here): the
   * PDF, ".pdf" added, signed with the preferences' issuing office; a
   * folder that does not exist leaves nothing behind. */
  {
    g_autofree char *typed = g_build_filename (tmp_dir, "通报", NULL);
    g_autofree char *written = g_strconcat (typed, ".pdf", NULL);
    g_autofree char *missing = g_build_filename (tmp_dir, "no-such-folder", "通报.pdf", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *out = NULL;
    const char *argv[] = { "pdftotext", written, "-", NULL };
    int status;

    g_settings_set_string (settings, "issuing-office", "永春县工业信息化和商务局");
    g_assert_true (save_bulletin (page, "2025-10-01", "2025-12-31", typed, NULL));
    g_assert_true (g_file_get_contents (written, &contents, NULL, NULL));
    g_assert_true (g_str_has_prefix (contents, "%PDF-"));
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &out, NULL, &status, NULL));
    g_assert_nonnull (strstr (out, "永春县工业信息化和商务局"));
    g_assert_nonnull (strstr (out, "From 2025年10月1日 to 2025年12月31日"));
    g_settings_reset (settings, "issuing-office");

    {
      g_autoptr(GError) error = NULL;

      g_assert_false (save_bulletin (page, "2025-10-01", "2025-12-31", missing, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
    }
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    /* One at a time: a second while the first is written is refused. */
    {
      g_autoptr(GAsyncResult) first = NULL;
      g_autoptr(GAsyncResult) second = NULL;
      g_autoptr(GError) error = NULL;

      zjtx_dashboards_page_save_bulletin_async (page, date ("2025-10-01"), date ("2025-12-31"), typed,
                                                on_saved, &first);
      zjtx_dashboards_page_save_bulletin_async (page, date ("2025-10-01"), date ("2025-12-31"), typed,
                                                on_saved, &second);
      while (first == NULL || second == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (zjtx_dashboards_page_save_bulletin_finish (page, second, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
      g_assert_true (zjtx_dashboards_page_save_bulletin_finish (page, first, NULL));
      gui_test_spin ();
    }
    g_remove (written);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  gui_test_spin ();
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
test_screenshot (void)
{
  g_autofree char *file = g_build_filename (tmp_dir, "dashboards.png", NULL);
  g_autofree char *err = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) colours = g_hash_table_new (NULL, NULL);
  g_autofree guint32 *pixels = NULL;
  int status;

  run_program ((const char *[]) { ZJTX_PROGRAM, "--db", db_path, "--screenshot", "dashboards", file, NULL },
               &status, &err);
  if (status != 0)
    g_test_message ("zjtx said: %s", err);
  g_assert_cmpint (status, ==, 0);

  texture = gdk_texture_new_from_filename (file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 1280);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 800);
  /* Drawn: charts in several colours, text, not a blank page. */
  pixels = g_new (guint32, 1280 * 800);
  gdk_texture_download (texture, (guchar *) pixels, 1280 * 4);
  for (guint i = 0; i < 1280 * 800; i++)
    g_hash_table_add (colours, GUINT_TO_POINTER (pixels[i]));
  g_assert_cmpuint (g_hash_table_size (colours), >, 100);
  g_assert_cmpint (g_unlink (file), ==, 0);
}

static void
save_presentation (const char *file)
{
  const char *db = g_getenv ("ZJTX_PRESENTATION_SCREENSHOT_DB");
  const char *slide = g_getenv ("ZJTX_PRESENTATION_SCREENSHOT_SLIDE");
  ZjtxDashboardKind kinds[ZJTX_N_DASHBOARDS];
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxDashboards) data = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxPresentationWindow *presentation;

  store = zjtx_store_open (db != NULL ? db : db_path, &error);
  g_assert_no_error (error);
  data = zjtx_dashboards_load (store, zjtx_date_today (), NULL, 0, &error);
  g_assert_no_error (error);
  presentation = zjtx_presentation_window_new (NULL, data, kinds, zjtx_presentation_read_slides (NULL, kinds));
  zjtx_presentation_window_set_slide (presentation, slide != NULL ? atoi (slide) : 0);
  /* The projector's size, not the test screen's. */
  gtk_window_set_default_size (GTK_WINDOW (presentation), 1920, 1080);
  gtk_window_present (GTK_WINDOW (presentation));
  gui_test_save_png (GTK_WIDGET (presentation), file);
  gtk_window_destroy (GTK_WINDOW (presentation));
}

int
main (int   argc,
      char *argv[])
{
  const char *screenshot = g_getenv ("ZJTX_PRESENTATION_SCREENSHOT");
  g_autoptr(GError) error = NULL;
  int status;

  if (screenshot != NULL)
    {
      /* The officer's view: the locale of the environment, the catalogue
       * of $ZJTX_LOCALEDIR. */
      zjtx_i18n_init ();
      gtk_init ();
      adw_init ();
      gui_test_load_css ();
    }
  else
    gtk_test_init (&argc, &argv, NULL);

  /* The demo county in a database of our own, its ledger synced. */
  tmp_dir = g_dir_make_tmp ("zjtx-dashboards-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (tmp_dir, "county.db", NULL);
  {
    g_autoptr(ZjtxStore) store = zjtx_store_open (db_path, &error);
    g_autoptr(GPtrArray) changes = NULL;

    g_assert_no_error (error);
    g_assert_true (zjtx_demo_fill (store, COUNTY, SEED, &error));
    g_assert_no_error (error);
    changes = zjtx_ledger_sync (store, date ("2025-12-31"), date ("2025-12-31"), FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, >, 10);
    /* Three approved, one of them paid: the committed awards. */
    for (guint i = 0; i < 3; i++)
      {
        gint64 id = ((ZjtxLedgerChange *) g_ptr_array_index (changes, i))->award_id;

        g_assert_true (zjtx_ledger_approve (store, &id, 1, date ("2026-01-05"), &error));
        g_assert_no_error (error);
        if (i == 0)
          {
            g_assert_true (zjtx_ledger_pay (store, id, date ("2026-01-20"), "PZ-1", &error));
            g_assert_no_error (error);
          }
      }
  }

  app = zjtx_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  zjtx_application_set_database_path (app, db_path);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  /* GSETTINGS_BACKEND=memory: nothing touches the user's settings. */
  settings = g_settings_new (APP_ID);

  if (screenshot != NULL)
    {
      save_presentation (screenshot);
      g_object_unref (settings);
      g_object_unref (app);
      gui_test_rm_rf (tmp_dir);
      return 0;
    }

  g_test_add_func ("/gui/dashboards/quick-picks", test_quick_picks);
  g_test_add_func ("/gui/dashboards/draws", test_page_draws);
  g_test_add_func ("/gui/dashboards/link-enterprises", test_link_opens_enterprises);
  g_test_add_func ("/gui/dashboards/link-as-of", test_link_as_of);
  g_test_add_func ("/gui/dashboards/link-rewards-parks", test_link_opens_rewards_and_parks);
  g_test_add_func ("/gui/dashboards/presentation", test_presentation);
  g_test_add_func ("/gui/dashboards/presentation-link", test_presentation_link);
  g_test_add_func ("/gui/dashboards/slide-order", test_slide_order);
  g_test_add_func ("/gui/dashboards/preferences", test_preferences);
  g_test_add_func ("/gui/dashboards/export", test_export);
  g_test_add_func ("/gui/dashboards/bulletin-dialog", test_bulletin_dialog);
  g_test_add_func ("/gui/dashboards/screenshot", test_screenshot);

  status = g_test_run ();

  g_object_unref (settings);
  g_object_unref (app);
  gui_test_rm_rf (tmp_dir);
  g_free (db_path);
  g_free (tmp_dir);
  return status;
}
