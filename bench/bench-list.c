/* bench-list.c: the enterprises page's list model, timed
 *
 *   bench-list DB    refresh, first page, sorts, filters and searches on DB
 *
 * What a keystroke in the search entry costs the model: the refresh that
 * runs the query again (items-changed and the first rows read included).
 * Each figure is the median of five runs after one that warms the cache.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "model/zjtx-enterprise-list.h"
#include "model/zjtx-store.h"

#define RUNS 5

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Refreshes @list and reads its first screenful, as the view would. */
static double
refresh_ms (ZjtxEnterpriseList *list)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  guint n;

  if (!zjtx_enterprise_list_refresh (list, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      exit (1);
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (list));
  for (guint i = 0; i < MIN (n, 40); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), i));
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* A query change, then the median refresh; @search is typed fresh each
 * time (the entry's text changes), the rest stay. */
static void
time_case (ZjtxEnterpriseList *list,
           const char         *label,
           const char         *search)
{
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);
  double times[RUNS];

  zjtx_pool_query_set_search (query, search);
  refresh_ms (list);
  for (guint i = 0; i < RUNS; i++)
    {
      /* Another text in between, as typing does, so nothing is reused
       * that a keystroke would not reuse. */
      zjtx_pool_query_set_search (query, search != NULL ? "" : NULL);
      refresh_ms (list);
      zjtx_pool_query_set_search (query, search);
      times[i] = refresh_ms (list);
    }
  qsort (times, RUNS, sizeof (double), compare_doubles);
  printf ("%-44s %8.1f ms  (%u rows)\n", label, times[RUNS / 2],
          g_list_model_get_n_items (G_LIST_MODEL (list)));
}

/* A filter or order change: nothing cached is valid, every run is cold
 * for the list (warm for SQLite's page cache). */
static void
time_change (ZjtxEnterpriseList *list,
             const char         *label,
             void              (*set) (ZjtxPoolQuery *query, gboolean on))
{
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);
  double times[RUNS];

  for (guint i = 0; i < RUNS; i++)
    {
      set (query, FALSE);
      refresh_ms (list);
      set (query, TRUE);
      times[i] = refresh_ms (list);
    }
  set (query, FALSE);
  qsort (times, RUNS, sizeof (double), compare_doubles);
  printf ("%-44s %8.1f ms\n", label, times[RUNS / 2]);
}

static void set_sort_park (ZjtxPoolQuery *q, gboolean on) { zjtx_pool_query_set_sort (q, on ? ZJTX_POOL_SORT_PARK : ZJTX_POOL_SORT_NAME, FALSE); }
static void set_sort_township (ZjtxPoolQuery *q, gboolean on) { zjtx_pool_query_set_sort (q, on ? ZJTX_POOL_SORT_TOWNSHIP : ZJTX_POOL_SORT_NAME, FALSE); }
static void set_sort_tier (ZjtxPoolQuery *q, gboolean on) { zjtx_pool_query_set_sort (q, on ? ZJTX_POOL_SORT_TIER : ZJTX_POOL_SORT_NAME, TRUE); }
static void set_sort_uscc (ZjtxPoolQuery *q, gboolean on) { zjtx_pool_query_set_sort (q, on ? ZJTX_POOL_SORT_USCC : ZJTX_POOL_SORT_NAME, FALSE); }
static void set_tier (ZjtxPoolQuery *q, gboolean on) { if (on) zjtx_pool_query_set_tier (q, ZJTX_TIER_PROVINCIAL); else zjtx_pool_query_clear_tier (q); }
static void set_township (ZjtxPoolQuery *q, gboolean on) { zjtx_pool_query_set_township (q, on ? "蓬壶镇" : NULL); }
static void set_expiring (ZjtxPoolQuery *q, gboolean on)
{
  zjtx_pool_query_set_expiring_by (q, on ? zjtx_date_add_months (zjtx_date_today (), 6) : ZJTX_DATE_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxEnterpriseList) list = NULL;
  static const char * const searches[] = { "香", "瓷", "永春", "陶瓷", "ma", "制香有限", "有限公司", "91350525" };

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-list DB\n");
      return 2;
    }
  store = zjtx_store_open (argv[1], &error);
  if (store == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  list = zjtx_enterprise_list_new (store, zjtx_date_today ());

  {
    double ms = refresh_ms (list);

    printf ("%-44s %8.1f ms  (%u rows)\n", "first refresh and first rows (cold list)",
            ms, g_list_model_get_n_items (G_LIST_MODEL (list)));
  }
  time_case (list, "refresh again, nothing changed", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autofree char *label = g_strdup_printf ("search \"%s\"", searches[i]);

      time_case (list, label, searches[i]);
    }
  zjtx_pool_query_set_search (zjtx_enterprise_list_get_query (list), NULL);
  time_change (list, "sort by USCC", set_sort_uscc);
  time_change (list, "sort by park", set_sort_park);
  time_change (list, "sort by township", set_sort_township);
  time_change (list, "sort by tier (descending)", set_sort_tier);
  time_change (list, "filter: provincial tier", set_tier);
  time_change (list, "filter: a township", set_township);
  time_change (list, "filter: expiring within 6 months", set_expiring);
  return 0;
}
