/* bench-dashboard-draw.c: the dashboards drawn and the bulletin written, timed
 *
 *   bench-dashboard-draw DB AS-OF FROM BULLETIN.pdf
 *
 * Loads the three dashboards as of AS-OF, draws each onto a 1920×1080
 * image surface (median of 5), and writes the bulletin of FROM to AS-OF.
 * The data loads alone are timed by bench-dashboard.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "render/zjtx-bulletin.h"
#include "render/zjtx-dashboard.h"

static int
compare (const void *a,
         const void *b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxDashboards) data = NULL;
  g_autoptr(ZjtxBulletin) bulletin = NULL;
  struct rusage usage;
  ZjtxDate as_of, from;
  gint64 start, loaded, laid_out, written;

  if (argc != 5 || !zjtx_date_parse (argv[2], &as_of, NULL) || !zjtx_date_parse (argv[3], &from, NULL))
    {
      fprintf (stderr, "usage: bench-dashboard-draw DB AS-OF FROM BULLETIN.pdf\n");
      return 2;
    }
  if (!(store = zjtx_store_open (argv[1], &error)))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }

  /* Each dashboard's figures alone (median of 5), then all at once. */
  for (int kind = 0; kind < ZJTX_N_DASHBOARDS; kind++)
    {
      gint64 times[5];
      ZjtxDashboardKind k = kind;

      for (guint run = 0; run < G_N_ELEMENTS (times); run++)
        {
          g_autoptr(ZjtxDashboards) one = NULL;
          gint64 t0 = g_get_monotonic_time ();

          if (!(one = zjtx_dashboards_load (store, as_of, &k, 1, &error)))
            {
              fprintf (stderr, "%s\n", error->message);
              return 1;
            }
          times[run] = g_get_monotonic_time () - t0;
        }
      qsort (times, G_N_ELEMENTS (times), sizeof (gint64), compare);
      printf ("load %-12s               %7.1f ms (median of 5)\n", zjtx_dashboard_kind_to_id (kind),
              times[2] / 1000.0);
    }
  start = g_get_monotonic_time ();
  if (!(data = zjtx_dashboards_load (store, as_of, NULL, 0, &error)))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  loaded = g_get_monotonic_time ();
  printf ("load all of them at once       %7.1f ms\n", (loaded - start) / 1000.0);

  for (int kind = 0; kind < ZJTX_N_DASHBOARDS; kind++)
    {
      gint64 times[5];

      for (guint run = 0; run < G_N_ELEMENTS (times); run++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1920, 1080);
          cairo_t *cr = cairo_create (surface);
          g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (ZjtxDashboardLink));
          gint64 t0;

          g_array_set_clear_func (links, (GDestroyNotify) zjtx_dashboard_link_clear);
          t0 = g_get_monotonic_time ();
          zjtx_dashboard_draw (cr, 1920, 1080, ZJTX_CHART_THEME_LIGHT, data, kind, "14:05", links);
          cairo_surface_flush (surface);
          times[run] = g_get_monotonic_time () - t0;
          cairo_destroy (cr);
          cairo_surface_destroy (surface);
        }
      qsort (times, G_N_ELEMENTS (times), sizeof (gint64), compare);
      printf ("draw %-12s 1920×1080   %7.1f ms (median of 5)\n", zjtx_dashboard_kind_to_id (kind),
              times[2] / 1000.0);
    }

  start = g_get_monotonic_time ();
  if (!(bulletin = zjtx_bulletin_new (store, from, as_of, "永春县工业信息化和商务局", &error)))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  laid_out = g_get_monotonic_time ();
  if (!zjtx_bulletin_write_pdf (bulletin, argv[4], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  written = g_get_monotonic_time ();
  printf ("bulletin %s to %s: %u pages; read %.1f ms, written %.1f ms, total %.2f s\n", argv[3], argv[2],
          zjtx_bulletin_get_n_pages (bulletin), (laid_out - start) / 1000.0, (written - laid_out) / 1000.0,
          (written - start) / 1e6);

  getrusage (RUSAGE_SELF, &usage);
  printf ("peak RSS                       %7.1f MiB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
