/* test-dashboard.c: the dashboards laid out, their links and exports
 *
 * A demo county of 300 enterprises (fixed seed), its dashboards drawn on
 * image surfaces at a projector's, a small window's and an A4 page's size:
 * every link inside the slide, the links an officer clicks through
 * (pyramid levels, a township's tiers, a park's row), the link found
 * under a point, and the exports (PNG size, one-page PDF, refusals that
 * leave no file).
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "model/zjtx-demo.h"
#include "render/zjtx-dashboard.h"

typedef struct {
  char           *dir;
  ZjtxStore      *store;
  ZjtxDashboards *data;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  unused)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *db = NULL;

  f->dir = g_dir_make_tmp ("zjtx-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  db = g_build_filename (f->dir, "demo.db", NULL);
  f->store = zjtx_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_true (zjtx_demo_fill (f->store, 300, 20240123, &error));
  g_assert_no_error (error);
  f->data = zjtx_dashboards_load (f->store, zjtx_date_from_ymd (2025, 9, 30), NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->data->enterprises);
  g_assert_nonnull (f->data->parks);
  g_assert_nonnull (f->data->rewards);
  g_assert_nonnull (f->data->actions);
}

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

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  unused)
{
  zjtx_dashboards_unref (f->data);
  g_object_unref (f->store);
  remove_tree (f->dir);
  g_free (f->dir);
}

static GArray *
draw (Fixture           *f,
      ZjtxDashboardKind  kind,
      int                width,
      int                height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GArray *links = g_array_new (FALSE, FALSE, sizeof (ZjtxDashboardLink));

  g_array_set_clear_func (links, (GDestroyNotify) zjtx_dashboard_link_clear);
  zjtx_dashboard_draw (cr, width, height, ZJTX_CHART_THEME_LIGHT, f->data, kind, "14:05", links);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return links;
}

static gboolean
has_link (GArray     *links,
          const char *link)
{
  for (guint i = 0; i < links->len; i++)
    if (g_strcmp0 (g_array_index (links, ZjtxDashboardLink, i).link, link) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_inside (GArray *links,
               int     width,
               int     height)
{
  g_assert_cmpuint (links->len, >, 0);
  for (guint i = 0; i < links->len; i++)
    {
      const ZjtxDashboardLink *l = &g_array_index (links, ZjtxDashboardLink, i);

      g_assert_nonnull (l->link);
      g_assert_cmpfloat (l->box.x, >=, 0);
      g_assert_cmpfloat (l->box.y, >=, 0);
      g_assert_cmpfloat (l->box.width, >, 0);
      g_assert_cmpfloat (l->box.height, >, 0);
      g_assert_cmpfloat (l->box.x + l->box.width, <=, width + 0.01);
      g_assert_cmpfloat (l->box.y + l->box.height, <=, height + 0.01);
    }
}

static const int sizes[][2] = { { 1920, 1080 }, { 1024, 640 }, { 842, 595 } };

static void
test_enterprises (Fixture       *f,
                  gconstpointer  unused)
{
  ZjtxEnterpriseDashboard *e = f->data->enterprises;
  int total = 0;

  /* The pyramid is the pool. */
  for (guint t = 0; t < ZJTX_N_TIERS; t++)
    total += e->tiers[t];
  g_assert_cmpint (total, ==, e->pool);
  g_assert_cmpint (e->pool, ==, 300);
  /* All 22 townships, in the county's order. */
  g_assert_cmpuint (e->by_township->len, >=, 22);
  g_assert_cmpstr (((ZjtxDashboardGroup *) g_ptr_array_index (e->by_township, 0))->key, ==, "桃城镇");

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) links = draw (f, ZJTX_DASHBOARD_ENTERPRISES, sizes[s][0], sizes[s][1]);

      assert_inside (links, sizes[s][0], sizes[s][1]);
      g_assert_true (has_link (links, "enterprises?tier=reserve&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?tier=innovative&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?tier=provincial&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?tier=national&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?key-target=1&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?no-commissioner=1&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?expiring=1&as-of=2025-09-30"));
      g_assert_true (has_link (links, "enterprises?as-of=2025-09-30"));
      /* A year's bar: the first recognitions of a tier that year. */
      for (guint i = 0; i < e->first_by_year->len; i++)
        {
          ZjtxDashboardGroup *g = g_ptr_array_index (e->first_by_year, i);
          g_autofree char *link = g_strdup_printf ("enterprises?first-tier=innovative&first-year=%d"
                                                   "&as-of=2025-09-30", g->year);

          if (g->counts[ZJTX_TIER_INNOVATIVE] > 0 && sizes[s][0] == 1920)
            g_assert_true (has_link (links, link));
        }
    }

  /* A township with innovative SMEs links to exactly those. */
  {
    g_autoptr(GArray) links = draw (f, ZJTX_DASHBOARD_ENTERPRISES, 1920, 1080);
    gboolean found = FALSE;

    for (guint i = 0; i < e->by_township->len; i++)
      {
        ZjtxDashboardGroup *g = g_ptr_array_index (e->by_township, i);
        g_autofree char *escaped = g_uri_escape_string (g->key, NULL, FALSE);
        g_autofree char *link = g_strdup_printf ("enterprises?township=%s&tier=innovative&as-of=2025-09-30", escaped);

        if (g->counts[ZJTX_TIER_INNOVATIVE] > 0)
          {
            g_assert_true (has_link (links, link));
            found = TRUE;
          }
      }
    g_assert_true (found);

    /* The point in the middle of a link's box gives that link back (or
     * one drawn over it). */
    for (guint i = 0; i < links->len; i++)
      {
        const ZjtxDashboardLink *l = &g_array_index (links, ZjtxDashboardLink, i);

        if (g_str_equal (l->link, "enterprises?tier=national&as-of=2025-09-30"))
          g_assert_cmpstr (zjtx_dashboard_link_at (links, l->box.x + l->box.width / 2,
                                                   l->box.y + l->box.height / 2), ==, l->link);
      }
    g_assert_null (zjtx_dashboard_link_at (links, 1, 1));
  }
}

static void
test_parks (Fixture       *f,
            gconstpointer  unused)
{
  ZjtxParkDashboard *p = f->data->parks;

  g_assert_cmpuint (p->parks->len, >, 0);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) links = draw (f, ZJTX_DASHBOARD_PARKS, sizes[s][0], sizes[s][1]);
      ZjtxParkFigures *first = g_ptr_array_index (p->parks, 0);
      g_autofree char *link = g_strdup_printf ("parks?id=%" G_GINT64_FORMAT "&as-of=2025-09-30", first->id);

      assert_inside (links, sizes[s][0], sizes[s][1]);
      g_assert_true (has_link (links, link));
    }
}

static void
test_rewards (Fixture       *f,
              gconstpointer  unused)
{
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) links = draw (f, ZJTX_DASHBOARD_REWARDS, sizes[s][0], sizes[s][1]);

      assert_inside (links, sizes[s][0], sizes[s][1]);
      /* The ledger behind a number is the ledger of the dashboard's day. */
      g_assert_true (has_link (links, "rewards?status=paid&as-of=2025-09-30"));
      g_assert_true (has_link (links, "rewards?status=proposed&as-of=2025-09-30"));
    }
}

static void
test_actions (Fixture       *f,
              gconstpointer  unused)
{
  ZjtxActionFigures *a = f->data->actions;

  /* The policy's six actions and four measures, seeded. */
  g_assert_nonnull (a);
  g_assert_cmpuint (a->n_tasks, ==, 10);
  g_assert_cmpuint (a->clauses->len, ==, 10);
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(GArray) links = draw (f, ZJTX_DASHBOARD_ACTIONS, sizes[s][0], sizes[s][1]);

      assert_inside (links, sizes[s][0], sizes[s][1]);
      g_assert_true (has_link (links, "tasks?by=unit"));
      g_assert_true (has_link (links, "tasks?by=action"));
    }
}

static void
test_export (Fixture       *f,
             gconstpointer  unused)
{
  g_autofree char *png = g_build_filename (f->dir, "enterprises.png", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "parks.pdf", NULL);
  g_autofree char *txt = g_build_filename (f->dir, "parks.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "none", "parks.pdf", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  g_autofree char *head = NULL;
  gsize length;

  g_assert_true (zjtx_dashboard_export (f->data, ZJTX_DASHBOARD_ENTERPRISES, png, &error));
  g_assert_no_error (error);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 1080);
  cairo_surface_destroy (surface);

  g_assert_true (zjtx_dashboard_export (f->data, ZJTX_DASHBOARD_PARKS, pdf, &error));
  g_assert_no_error (error);
  g_file_get_contents (pdf, &head, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (head, "%PDF-"));

  g_assert_false (zjtx_dashboard_export (f->data, ZJTX_DASHBOARD_PARKS, txt, &error));
  g_assert_error (error, ZJTX_DASHBOARD_ERROR, ZJTX_DASHBOARD_ERROR_FORMAT);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_false (zjtx_dashboard_export (f->data, ZJTX_DASHBOARD_PARKS, missing, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A database just created: every panel says it has nothing rather than
 * failing or linking to nothing. */
static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("zjtx-dashboard-empty-XXXXXX", &error);
  g_autofree char *db = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(ZjtxStore) store = zjtx_store_open (db, &error);
  g_autoptr(ZjtxDashboards) data = NULL;
  Fixture f = { NULL, NULL, NULL };

  g_assert_no_error (error);
  data = zjtx_dashboards_load (store, zjtx_date_from_ymd (2025, 9, 30), NULL, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpint (data->enterprises->pool, ==, 0);
  g_assert_cmpuint (data->parks->parks->len, ==, 0);
  f.data = data;
  for (int kind = 0; kind < ZJTX_N_DASHBOARDS; kind++)
    {
      g_autoptr(GArray) links = draw (&f, kind, 1920, 1080);

      for (guint i = 0; i < links->len; i++)
        g_assert_false (g_str_has_prefix (g_array_index (links, ZjtxDashboardLink, i).link, "parks?id="));
    }
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dashboard/enterprises", Fixture, NULL, fixture_setup, test_enterprises, fixture_teardown);
  g_test_add ("/dashboard/parks", Fixture, NULL, fixture_setup, test_parks, fixture_teardown);
  g_test_add ("/dashboard/rewards", Fixture, NULL, fixture_setup, test_rewards, fixture_teardown);
  g_test_add ("/dashboard/actions", Fixture, NULL, fixture_setup, test_actions, fixture_teardown);
  g_test_add_func ("/dashboard/empty", test_empty);
  g_test_add ("/dashboard/export", Fixture, NULL, fixture_setup, test_export, fixture_teardown);

  return g_test_run ();
}
