/* zjtx-pool-query.h: enterprises of the pool by filter, as SQL
 *
 * The filter and the order run in SQLite so that a province's 100,000
 * enterprises are never all loaded to be sifted (architecture.md, Data).
 */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-policy.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64    id;
  char     *name;
  char     *uscc;
  char     *township;
  char     *industry;
  char     *park;
  char     *commissioner;
  ZjtxTier  tier;          /* highest tier held on the query's date */
  gboolean  key_target;
  gboolean  recommended;
} ZjtxPoolRow;

void zjtx_pool_row_free (ZjtxPoolRow *row);

typedef struct _ZjtxPoolQuery ZjtxPoolQuery;

/* What the rows are ordered by; ties are broken by id, in the same direction. */
typedef enum {
  ZJTX_POOL_SORT_NAME,
  ZJTX_POOL_SORT_USCC,
  ZJTX_POOL_SORT_TOWNSHIP,
  ZJTX_POOL_SORT_INDUSTRY,
  ZJTX_POOL_SORT_TIER,
  ZJTX_POOL_SORT_PARK,
  ZJTX_POOL_SORT_COMMISSIONER,
} ZjtxPoolSort;

ZjtxPoolQuery *zjtx_pool_query_new              (ZjtxDate        as_of);
void           zjtx_pool_query_free             (ZjtxPoolQuery  *self);
/* The day tiers are held on (and "expiring" counts from): a dashboard's
 * list as of a quarter's end, not today. */
void           zjtx_pool_query_set_as_of        (ZjtxPoolQuery  *self,
                                                 ZjtxDate        as_of);
ZjtxDate       zjtx_pool_query_get_as_of        (ZjtxPoolQuery  *self);
/* Holding exactly @tier on the date; ZJTX_TIER_NONE means holding none (reserve). */
void           zjtx_pool_query_set_tier         (ZjtxPoolQuery  *self,
                                                 ZjtxTier        tier);
void           zjtx_pool_query_set_township     (ZjtxPoolQuery  *self,
                                                 const char     *township);
void           zjtx_pool_query_set_park         (ZjtxPoolQuery  *self,
                                                 const char     *park);
void           zjtx_pool_query_set_industry     (ZjtxPoolQuery  *self,
                                                 const char     *industry);
/* Name, USCC or main products containing @text (FTS5 trigram from three
 * characters on; LIKE for one or two, which trigram cannot match). */
void           zjtx_pool_query_set_search       (ZjtxPoolQuery  *self,
                                                 const char     *text);
void           zjtx_pool_query_set_key_target   (ZjtxPoolQuery  *self,
                                                 gboolean        only);
void           zjtx_pool_query_set_recommended  (ZjtxPoolQuery  *self,
                                                 gboolean        only);
void           zjtx_pool_query_set_no_commissioner (ZjtxPoolQuery *self,
                                                    gboolean       only);
/* Only those whose tier held on the query's date is lost by @date (a
 * recognition expires on or before it and nothing lasts beyond it);
 * ZJTX_DATE_NONE: no such filter. */
void           zjtx_pool_query_set_expiring_by  (ZjtxPoolQuery  *self,
                                                 ZjtxDate        date);

/* Only those first recognised (not a re-review) as @tier in @year, on or
 * before the query's date: a bar of the dashboards' recognitions by year.
 * @year 0: no such filter. */
void           zjtx_pool_query_set_first_recognised (ZjtxPoolQuery *self,
                                                     ZjtxTier       tier,
                                                     int            year);
/* Clears the tier filter set by zjtx_pool_query_set_tier (). */
void           zjtx_pool_query_clear_tier       (ZjtxPoolQuery  *self);
/* The order of zjtx_pool_query_run_ids (); default name, ascending.
 * Empty values (no park, no commissioner …) come last either way. */
void           zjtx_pool_query_set_sort         (ZjtxPoolQuery  *self,
                                                 ZjtxPoolSort    sort,
                                                 gboolean        descending);

/* The ids (gint64) of the matching enterprises in the query's order: the
 * cheap part of a list, from which rows are fetched a page at a time. */
GArray        *zjtx_pool_query_run_ids          (ZjtxPoolQuery  *self,
                                                 ZjtxStore      *store,
                                                 GError        **error);
/* The rows (ZjtxPoolRow) of the enterprises @ids, in no particular order;
 * ids that do not exist (any more) are left out. The query gives the date
 * the tier is held on; its filters are ignored. */
GPtrArray     *zjtx_pool_query_fetch            (ZjtxPoolQuery  *self,
                                                 ZjtxStore      *store,
                                                 const gint64   *ids,
                                                 guint           n_ids,
                                                 GError        **error);

/* Rows (ZjtxPoolRow) ordered by name then id, at most @limit (0: all);
 * *total gets the number matching. */
GPtrArray     *zjtx_pool_query_run              (ZjtxPoolQuery  *self,
                                                 ZjtxStore      *store,
                                                 guint           limit,
                                                 guint          *total,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxPoolQuery, zjtx_pool_query_free)

G_END_DECLS
