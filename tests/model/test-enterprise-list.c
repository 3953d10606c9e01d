/* test-enterprise-list.c: the paged GListModel of the enterprises page
 *
 * On the demo county (300 enterprises, seed 1, as `zjtx-cli demo` makes it)
 * with tiers held on a fixed date: the counts of each filter, search with
 * two characters (LIKE) and with more (FTS5 trigram), the orders, rows
 * read by page, and items-changed on refresh.
 */

#include "config.h"

#include <glib/gstdio.h>

#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise-list.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-store.h"
#include "model-test-util.h"

#define COUNTY 300
#define SEED 1

static char *dir;
static ZjtxStore *store;
static ZjtxDate as_of;

static ZjtxEnterpriseList *
new_list (void)
{
  g_autoptr(GError) error = NULL;
  ZjtxEnterpriseList *list = zjtx_enterprise_list_new (store, as_of);

  g_assert_true (zjtx_enterprise_list_refresh (list, &error));
  g_assert_no_error (error);
  return list;
}

static guint
refresh (ZjtxEnterpriseList *list)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_enterprise_list_refresh (list, &error));
  g_assert_no_error (error);
  return g_list_model_get_n_items (G_LIST_MODEL (list));
}

/* The count the older path (zjtx_pool_query_run, rows and a window count)
 * gives for the same filter: the two must agree. */
static guint
count_by_run (ZjtxEnterpriseList *list)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint total = 0;

  rows = zjtx_pool_query_run (zjtx_enterprise_list_get_query (list), store, 0, &total, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, total);
  return total;
}

static ZjtxEnterpriseRow *
item (ZjtxEnterpriseList *list,
      guint               position)
{
  ZjtxEnterpriseRow *row = g_list_model_get_item (G_LIST_MODEL (list), position);

  g_assert_nonnull (row);
  /* The caller's reference; the list's cache keeps another. */
  g_object_unref (row);
  return row;
}

static void
test_counts (void)
{
  g_autoptr(ZjtxEnterpriseList) list = new_list ();
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);
  static const struct {
    ZjtxTier tier;
    guint    count;
  } tiers[] = {
    { ZJTX_TIER_NONE, 239 },
    { ZJTX_TIER_INNOVATIVE, 39 },
    { ZJTX_TIER_PROVINCIAL, 21 },
    { ZJTX_TIER_NATIONAL, 1 },
  };
  guint sum = 0;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == ZJTX_TYPE_ENTERPRISE_ROW);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, COUNTY);
  g_assert_cmpuint (zjtx_enterprise_list_get_total (list), ==, COUNTY);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), COUNTY));

  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    {
      zjtx_pool_query_set_tier (query, tiers[i].tier);
      g_assert_cmpuint (refresh (list), ==, tiers[i].count);
      g_assert_cmpuint (count_by_run (list), ==, tiers[i].count);
      g_assert_cmpint (zjtx_enterprise_row_get_tier (item (list, 0)), ==, tiers[i].tier);
      sum += tiers[i].count;
    }
  g_assert_cmpuint (sum, ==, COUNTY);
  zjtx_pool_query_clear_tier (query);

  zjtx_pool_query_set_township (query, "五里街镇");
  g_assert_cmpuint (refresh (list), ==, 54);
  g_assert_cmpstr (zjtx_enterprise_row_get_township (item (list, 53)), ==, "五里街镇");
  zjtx_pool_query_set_township (query, NULL);

  zjtx_pool_query_set_industry (query, "香");
  g_assert_cmpuint (refresh (list), ==, 69);
  zjtx_pool_query_set_industry (query, NULL);

  zjtx_pool_query_set_park (query, "蓬壶专精特新示范园");
  g_assert_cmpuint (refresh (list), ==, 19);
  g_assert_cmpstr (zjtx_enterprise_row_get_park (item (list, 0)), ==, "蓬壶专精特新示范园");
  zjtx_pool_query_set_park (query, NULL);

  zjtx_pool_query_set_key_target (query, TRUE);
  g_assert_cmpuint (refresh (list), ==, 57);
  g_assert_true (zjtx_enterprise_row_get_key_target (item (list, 0)));
  zjtx_pool_query_set_key_target (query, FALSE);

  zjtx_pool_query_set_recommended (query, TRUE);
  g_assert_cmpuint (refresh (list), ==, 17);
  g_assert_true (zjtx_enterprise_row_get_recommended (item (list, 16)));
  zjtx_pool_query_set_recommended (query, FALSE);

  zjtx_pool_query_set_no_commissioner (query, TRUE);
  g_assert_cmpuint (refresh (list), ==, 248);
  g_assert_null (zjtx_enterprise_row_get_commissioner (item (list, 0)));
  zjtx_pool_query_set_no_commissioner (query, FALSE);

  /* Filters combine; the total stays that of the whole store. */
  zjtx_pool_query_set_industry (query, "香");
  zjtx_pool_query_set_key_target (query, TRUE);
  g_assert_cmpuint (refresh (list), ==, count_by_run (list));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), <, 57);
  g_assert_cmpuint (zjtx_enterprise_list_get_total (list), ==, COUNTY);
}

static void
test_search (void)
{
  g_autoptr(ZjtxEnterpriseList) list = new_list ();
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);

  /* Two characters: LIKE on the base table (trigram would find nothing). */
  zjtx_pool_query_set_search (query, "陶瓷");
  g_assert_cmpuint (refresh (list), ==, 32);
  zjtx_pool_query_set_search (query, "老醋");
  g_assert_cmpuint (refresh (list), ==, 15);

  /* Three and more: FTS5 trigram, over name, USCC and products. */
  zjtx_pool_query_set_search (query, "制香有限");
  g_assert_cmpuint (refresh (list), ==, 9);
  g_assert_nonnull (g_strstr_len (zjtx_enterprise_row_get_name (item (list, 0)), -1, "制香有限"));
  zjtx_pool_query_set_search (query, "91350525MAGH463X9L");
  g_assert_cmpuint (refresh (list), ==, 1);
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, 0)), ==, "永春东平陶瓷有限公司");

  zjtx_pool_query_set_search (query, "没有这家企业");
  g_assert_cmpuint (refresh (list), ==, 0);
  zjtx_pool_query_set_search (query, "");
  g_assert_cmpuint (refresh (list), ==, COUNTY);
}

/* Typing reuses the order of the other filters; a change to the database,
 * through this connection or another, must not be hidden by that. */
static void
test_search_sees_changes (void)
{
  g_autoptr(ZjtxEnterpriseList) list = new_list ();
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);
  g_autoptr(ZjtxStore) other = zjtx_store_open (zjtx_store_get_path (store), NULL);
  g_autoptr(ZjtxEnterprise) mine = zjtx_enterprise_new ();
  g_autoptr(ZjtxEnterprise) theirs = zjtx_enterprise_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (other);
  zjtx_pool_query_set_search (query, "陶瓷");
  g_assert_cmpuint (refresh (list), ==, 32);

  zjtx_enterprise_set_name (mine, "永春新陶瓷厂");
  zjtx_enterprise_set_township (mine, "桃城镇");
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (mine), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refresh (list), ==, 33);
  zjtx_pool_query_set_search (query, "陶");
  g_assert_cmpuint (refresh (list), >=, 33);
  zjtx_pool_query_set_search (query, "陶瓷");
  g_assert_cmpuint (refresh (list), ==, 33);

  zjtx_enterprise_set_name (theirs, "另一个陶瓷厂");
  zjtx_enterprise_set_township (theirs, "桃城镇");
  g_assert_true (zjtx_store_save (other, ZJTX_RECORD (theirs), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refresh (list), ==, 34);
  /* In the order of the name: 另 sorts before 永 in the index's order. */
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, 0)), ==, "另一个陶瓷厂");

  g_assert_true (zjtx_store_delete (store, ZJTX_RECORD (mine), &error));
  g_assert_true (zjtx_store_delete (other, ZJTX_RECORD (theirs), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (refresh (list), ==, 32);
}

static void
test_sort (void)
{
  g_autoptr(ZjtxEnterpriseList) list = new_list ();
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);
  ZjtxTier previous = ZJTX_TIER_NATIONAL;

  /* By name, as SQLite compares UTF-8 (code points): 永 before 福. */
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, 0)), ==, "永春下洋制香有限公司");
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, COUNTY - 1)), ==, "福建龙水香品有限公司");

  zjtx_pool_query_set_sort (query, ZJTX_POOL_SORT_NAME, TRUE);
  refresh (list);
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, 0)), ==, "福建龙水香品有限公司");
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, 1)), ==, "福建魁斗茶叶有限公司");
  g_assert_cmpstr (zjtx_enterprise_row_get_name (item (list, COUNTY - 1)), ==, "永春下洋制香有限公司");

  /* Tier, highest first: the national Little Giants lead, the reserve ends. */
  zjtx_pool_query_set_sort (query, ZJTX_POOL_SORT_TIER, TRUE);
  refresh (list);
  for (guint i = 0; i < COUNTY; i++)
    {
      ZjtxTier tier = zjtx_enterprise_row_get_tier (item (list, i));

      g_assert_cmpint (tier, <=, previous);
      previous = tier;
    }
  g_assert_cmpint (zjtx_enterprise_row_get_tier (item (list, 0)), ==, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (zjtx_enterprise_row_get_tier (item (list, 1)), ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (zjtx_enterprise_row_get_tier (item (list, 21)), ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (zjtx_enterprise_row_get_tier (item (list, 22)), ==, ZJTX_TIER_INNOVATIVE);
  g_assert_cmpint (zjtx_enterprise_row_get_tier (item (list, COUNTY - 1)), ==, ZJTX_TIER_NONE);

  /* Without a park or commissioner comes last, whichever the direction. */
  zjtx_pool_query_set_sort (query, ZJTX_POOL_SORT_PARK, FALSE);
  refresh (list);
  g_assert_cmpstr (zjtx_enterprise_row_get_park (item (list, 0)), ==, "东平纺织新材料产业园");
  g_assert_null (zjtx_enterprise_row_get_park (item (list, COUNTY - 1)));
  zjtx_pool_query_set_sort (query, ZJTX_POOL_SORT_COMMISSIONER, TRUE);
  refresh (list);
  g_assert_nonnull (zjtx_enterprise_row_get_commissioner (item (list, 0)));
  g_assert_null (zjtx_enterprise_row_get_commissioner (item (list, COUNTY - 1)));

  zjtx_pool_query_set_sort (query, ZJTX_POOL_SORT_TOWNSHIP, FALSE);
  refresh (list);
  for (guint i = 1; i < COUNTY; i++)
    g_assert_cmpint (g_strcmp0 (zjtx_enterprise_row_get_township (item (list, i - 1)),
                                zjtx_enterprise_row_get_township (item (list, i))), <=, 0);
}

static void
test_paging (void)
{
  g_autoptr(ZjtxEnterpriseList) list = new_list ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  static const guint positions[] = { 0, 150, 299, 99, 100 };

  ids = zjtx_pool_query_run_ids (zjtx_enterprise_list_get_query (list), store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, COUNTY);

  for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
    {
      guint p = positions[i];
      g_autoptr(ZjtxEnterpriseRow) row = g_list_model_get_item (G_LIST_MODEL (list), p);
      g_autoptr(ZjtxEnterpriseRow) again = g_list_model_get_item (G_LIST_MODEL (list), p);
      gint64 id = 0;
      g_autofree char *name = NULL;

      g_assert_cmpint (zjtx_enterprise_row_get_id (row), ==, g_array_index (ids, gint64, p));
      g_assert_cmpint (zjtx_enterprise_list_get_id (list, p), ==, g_array_index (ids, gint64, p));
      /* From the cache the second time: the same object. */
      g_assert_true (row == again);
      g_object_get (row, "id", &id, "name", &name, NULL);
      g_assert_cmpint (id, ==, g_array_index (ids, gint64, p));
      g_assert_cmpstr (name, ==, zjtx_enterprise_row_get_name (row));
    }
  g_assert_cmpint (zjtx_enterprise_list_get_id (list, COUNTY), ==, 0);
}

typedef struct {
  guint calls;
  guint position, removed, added;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->calls++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  /* The model already has its new size when it says so. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, added);
}

static void
test_items_changed (void)
{
  g_autoptr(ZjtxEnterpriseList) list = zjtx_enterprise_list_new (store, as_of);
  ZjtxPoolQuery *query = zjtx_enterprise_list_get_query (list);
  Changes changes = { 0 };
  guint n_items = 0;

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), &changes);

  /* Empty until refreshed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);

  refresh (list);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, COUNTY);

  zjtx_pool_query_set_park (query, "蓬壶专精特新示范园");
  refresh (list);
  g_assert_cmpuint (changes.calls, ==, 2);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, COUNTY);
  g_assert_cmpuint (changes.added, ==, 19);
  g_object_get (list, "n-items", &n_items, NULL);
  g_assert_cmpuint (n_items, ==, 19);
}

static void
test_filter_choices (void)
{
  g_autoptr(ZjtxEnterpriseList) list = new_list ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) townships = zjtx_enterprise_list_list_townships (list, &error);
  g_auto(GStrv) industries = zjtx_enterprise_list_list_industries (list, &error);
  g_auto(GStrv) parks = zjtx_enterprise_list_list_parks (list, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (townships), ==, 22);
  g_assert_cmpstr (townships[0], ==, "桃城镇");
  g_assert_cmpuint (g_strv_length (industries), ==, 10);
  g_assert_true (g_strv_contains ((const char * const *) industries, "香"));
  g_assert_cmpuint (g_strv_length (parks), ==, 10);  /* one without members */
}

static void
add_enterprise (ZjtxStore  *county,
                const char *name,
                const char *tiers_and_dates[])
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(GError) error = NULL;

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_township (e, "桃城镇");
  g_assert_true (zjtx_store_save (county, ZJTX_RECORD (e), &error));
  g_assert_no_error (error);
  for (guint i = 0; tiers_and_dates[i] != NULL; i += 2)
    {
      g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

      zjtx_recognition_set_enterprise_id (r, zjtx_record_get_id (ZJTX_RECORD (e)));
      zjtx_recognition_set_tier (r, tiers_and_dates[i]);
      zjtx_recognition_set_date (r, tiers_and_dates[i + 1]);
      /* A later recognition of a tier already held is its re-review. */
      zjtx_recognition_set_review (r, i > 0 && g_strcmp0 (tiers_and_dates[i], tiers_and_dates[i - 2]) == 0);
      g_assert_true (zjtx_store_save (county, ZJTX_RECORD (r), &error));
      g_assert_no_error (error);
    }
}

/* "Recognition expiring within 6 months" on 2025-06-30: a tier held that
 * day and lost by 2025-12-30, recognitions lasting 3 years. */
static void
test_expiring (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "expiring.db", NULL);
  g_autoptr(ZjtxStore) county = zjtx_store_open (path, &error);
  g_autoptr(ZjtxEnterpriseList) list = NULL;
  ZjtxDate day = zjtx_date_from_ymd (2025, 6, 30);
  ZjtxDate by = zjtx_date_add_months (day, 6);
  ZjtxPoolQuery *query;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_assert_no_error (error);
  g_assert_cmpint (by, ==, zjtx_date_from_ymd (2025, 12, 30));

  /* Last valid day 2025-12-29: expiring. */
  add_enterprise (county, "甲 last day before the limit", (const char *[]) { "provincial", "2022-12-30", NULL });
  /* Still held on 2025-12-30: not. */
  add_enterprise (county, "乙 held on the limit", (const char *[]) { "provincial", "2022-12-31", NULL });
  /* Re-reviewed in time: not. */
  add_enterprise (county, "丙 re-reviewed", (const char *[]) { "provincial", "2022-07-01", "provincial", "2025-06-01", NULL });
  /* A provincial one ends, but the national tier lasts: not. */
  add_enterprise (county, "丁 higher tier lasts", (const char *[]) { "provincial", "2022-08-01", "national", "2023-01-01", NULL });
  /* Innovative, ending: expiring (it falls to the reserve). */
  add_enterprise (county, "戊 innovative", (const char *[]) { "innovative", "2022-09-01", NULL });
  /* Ended on the day itself: already lost, not expiring. */
  add_enterprise (county, "己 already ended", (const char *[]) { "provincial", "2022-06-30", NULL });
  /* Ends the next day: expiring. */
  add_enterprise (county, "庚 ends tomorrow", (const char *[]) { "provincial", "2022-07-01", NULL });
  /* Never recognised: not. */
  add_enterprise (county, "辛 reserve", (const char *[]) { NULL });

  list = zjtx_enterprise_list_new (county, day);
  query = zjtx_enterprise_list_get_query (list);
  zjtx_pool_query_set_expiring_by (query, by);
  g_assert_true (zjtx_enterprise_list_refresh (list, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    g_ptr_array_add (names, (gpointer) zjtx_enterprise_row_get_name (item (list, i)));
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, "庚 ends tomorrow");
  g_assert_cmpstr (g_ptr_array_index (names, 1), ==, "戊 innovative");
  g_assert_cmpstr (g_ptr_array_index (names, 2), ==, "甲 last day before the limit");

  /* With a tier filter, and off again. */
  zjtx_pool_query_set_tier (query, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpuint (refresh (list), ==, 2);
  zjtx_pool_query_clear_tier (query);
  zjtx_pool_query_set_expiring_by (query, ZJTX_DATE_NONE);
  g_assert_cmpuint (refresh (list), ==, 8);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  dir = g_dir_make_tmp ("zjtx-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "county.db", NULL);
  store = zjtx_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (zjtx_demo_fill (store, COUNTY, SEED, &error));
  g_assert_no_error (error);
  /* A fixed day: the tiers held depend on it, and the clock must not. */
  as_of = zjtx_date_from_ymd (2025, 6, 30);

  g_test_add_func ("/model/enterprise-list/counts", test_counts);
  g_test_add_func ("/model/enterprise-list/search", test_search);
  g_test_add_func ("/model/enterprise-list/search-sees-changes", test_search_sees_changes);
  g_test_add_func ("/model/enterprise-list/sort", test_sort);
  g_test_add_func ("/model/enterprise-list/paging", test_paging);
  g_test_add_func ("/model/enterprise-list/items-changed", test_items_changed);
  g_test_add_func ("/model/enterprise-list/filter-choices", test_filter_choices);
  g_test_add_func ("/model/enterprise-list/expiring", test_expiring);

  status = g_test_run ();

  g_clear_object (&store);
  model_test_remove_tree (dir);
  g_free (dir);
  return status;
}
