/* bench-dashboard.c: the figures behind the meeting dashboards, timed
 *
 *   bench-dashboard DB [AS-OF]    each dashboard's load on DB (default: today)
 *
 * What opening the dashboards costs on a county (issue 6: the three
 * together under 300 ms on 100,000 enterprises). Each figure is the median
 * of five runs after one that warms SQLite's page cache; the facts builders
 * are timed beside them for comparison.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "model/zjtx-dashboard-data.h"
#include "model/zjtx-store.h"

#define RUNS 5

typedef gpointer (*LoadFunc) (ZjtxStore *store, ZjtxDate as_of, GError **error);

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static gpointer
load_enterprises (ZjtxStore *store, ZjtxDate as_of, GError **error)
{
  return zjtx_enterprise_dashboard_load (store, as_of, error);
}

static gpointer
load_parks (ZjtxStore *store, ZjtxDate as_of, GError **error)
{
  return zjtx_park_dashboard_load (store, as_of, error);
}

static gpointer
load_rewards (ZjtxStore *store, ZjtxDate as_of, GError **error)
{
  return zjtx_reward_dashboard_load (store, as_of, error);
}

/* The quarter before @as_of. */
static gpointer
load_bulletin (ZjtxStore *store, ZjtxDate as_of, GError **error)
{
  return zjtx_bulletin_changes_load (store, zjtx_date_add_months (as_of, -3), as_of, error);
}

static gpointer
load_park_facts (ZjtxStore *store, ZjtxDate as_of, GError **error)
{
  return zjtx_store_build_park_facts (store, as_of, error);
}

static gpointer
load_facts (ZjtxStore *store, ZjtxDate as_of, GError **error)
{
  return zjtx_store_build_facts (store, as_of, error);
}

/* The median time of @load in ms; @free_func frees what it returns. */
static double
time_load (ZjtxStore      *store,
           ZjtxDate        as_of,
           const char     *label,
           LoadFunc        load,
           GDestroyNotify  free_func)
{
  double times[RUNS];

  for (int i = -1; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gpointer data = load (store, as_of, &error);

      if (data == NULL)
        {
          fprintf (stderr, "%s: %s\n", label, error->message);
          exit (1);
        }
      if (i >= 0)
        times[i] = (g_get_monotonic_time () - start) / 1000.0;
      free_func (data);
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  printf ("%-44s %8.1f ms  (%.1f–%.1f)\n", label, times[RUNS / 2], times[0], times[RUNS - 1]);
  return times[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxEnterpriseDashboard) enterprises = NULL;
  g_autoptr(ZjtxParkDashboard) parks = NULL;
  g_autoptr(ZjtxRewardDashboard) rewards = NULL;
  ZjtxDate as_of = zjtx_date_today ();
  struct rusage usage;
  double total;
  gint64 start;

  if (argc < 2 || argc > 3 || (argc == 3 && !zjtx_date_parse (argv[2], &as_of, NULL)))
    {
      fprintf (stderr, "usage: bench-dashboard DB [YYYY-MM-DD]\n");
      return 2;
    }
  start = g_get_monotonic_time ();
  store = zjtx_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  printf ("%-44s %8.1f ms\n", "open the database", (g_get_monotonic_time () - start) / 1000.0);

  total = time_load (store, as_of, "enterprise dashboard", load_enterprises,
                     (GDestroyNotify) zjtx_enterprise_dashboard_unref);
  total += time_load (store, as_of, "park dashboard", load_parks, (GDestroyNotify) zjtx_park_dashboard_unref);
  total += time_load (store, as_of, "reward dashboard", load_rewards, (GDestroyNotify) zjtx_reward_dashboard_unref);
  printf ("%-44s %8.1f ms\n", "the three dashboards (sum of the medians)", total);
  getrusage (RUSAGE_SELF, &usage);
  printf ("%-44s %8.1f MiB\n", "peak RSS so far (the dashboards, 6 runs each)", usage.ru_maxrss / 1024.0);
  time_load (store, as_of, "bulletin of the quarter before", load_bulletin,
             (GDestroyNotify) zjtx_bulletin_changes_unref);
  time_load (store, as_of, "  of which: park facts (build_park_facts)", load_park_facts,
             (GDestroyNotify) zjtx_facts_unref);
  time_load (store, as_of, "  for comparison: the county's facts", load_facts, (GDestroyNotify) zjtx_facts_unref);

  /* What was counted, to see the work is real. */
  enterprises = zjtx_enterprise_dashboard_load (store, as_of, NULL);
  parks = zjtx_park_dashboard_load (store, as_of, NULL);
  rewards = zjtx_reward_dashboard_load (store, as_of, NULL);
  if (enterprises != NULL && parks != NULL && rewards != NULL)
    printf ("(%d enterprises: %d/%d/%d/%d by tier held, %d expiring; %u parks, %d with the title; "
            "%u awards proposed, %u approved, %u paid)\n",
            enterprises->pool, enterprises->tiers[0], enterprises->tiers[1], enterprises->tiers[2],
            enterprises->tiers[3], enterprises->n_expiring, parks->parks->len, parks->n_title,
            rewards->total->n_proposed, rewards->total->n_approved, rewards->total->n_paid);

  getrusage (RUSAGE_SELF, &usage);
  printf ("%-44s %8.1f MiB\n", "peak RSS (with the county's facts)", usage.ru_maxrss / 1024.0);
  return 0;
}
