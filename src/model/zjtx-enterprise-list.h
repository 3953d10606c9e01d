/* zjtx-enterprise-list.h: the enterprises of the pool as a paged GListModel
 *
 * The filter and the order run in SQLite (zjtx-pool-query.h): refresh ()
 * keeps only the ids of the matching enterprises, in order, and rows are
 * read a page at a time when a view asks for them, so that a province's
 * 100,000 enterprises are never all loaded (architecture.md, Data).
 */
#pragma once

#include <gio/gio.h>

#include "zjtx-pool-query.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

/* One enterprise as a list shows it; read-only, a snapshot of refresh time. */
#define ZJTX_TYPE_ENTERPRISE_ROW (zjtx_enterprise_row_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxEnterpriseRow, zjtx_enterprise_row, ZJTX, ENTERPRISE_ROW, GObject)

gint64      zjtx_enterprise_row_get_id           (ZjtxEnterpriseRow *self);
const char *zjtx_enterprise_row_get_name         (ZjtxEnterpriseRow *self);
const char *zjtx_enterprise_row_get_uscc         (ZjtxEnterpriseRow *self);
const char *zjtx_enterprise_row_get_township     (ZjtxEnterpriseRow *self);
const char *zjtx_enterprise_row_get_industry     (ZjtxEnterpriseRow *self);
/* The highest tier held today (the list's date); ZJTX_TIER_NONE: reserve. */
ZjtxTier    zjtx_enterprise_row_get_tier         (ZjtxEnterpriseRow *self);
const char *zjtx_enterprise_row_get_park         (ZjtxEnterpriseRow *self);
const char *zjtx_enterprise_row_get_commissioner (ZjtxEnterpriseRow *self);
gboolean    zjtx_enterprise_row_get_key_target   (ZjtxEnterpriseRow *self);
gboolean    zjtx_enterprise_row_get_recommended  (ZjtxEnterpriseRow *self);

#define ZJTX_TYPE_ENTERPRISE_LIST (zjtx_enterprise_list_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxEnterpriseList, zjtx_enterprise_list, ZJTX, ENTERPRISE_LIST, GObject)

/* Empty until the first refresh; tiers are those held on @as_of. */
ZjtxEnterpriseList *zjtx_enterprise_list_new         (ZjtxStore          *store,
                                                      ZjtxDate            as_of);
ZjtxStore          *zjtx_enterprise_list_get_store   (ZjtxEnterpriseList *self);
/* The filter and order, to change with the zjtx_pool_query_set_* ()
 * functions; the list follows at the next refresh. */
ZjtxPoolQuery      *zjtx_enterprise_list_get_query   (ZjtxEnterpriseList *self);
/* Runs the query again: emits items-changed (0, old count, new count) and
 * notifies n-items and total. On error the list keeps its items. */
gboolean            zjtx_enterprise_list_refresh     (ZjtxEnterpriseList *self,
                                                      GError            **error);
/* All enterprises of the store, at the last refresh (n-items: the matching ones). */
guint               zjtx_enterprise_list_get_total   (ZjtxEnterpriseList *self);
/* The id at @position, without reading its row; 0 past the end. */
gint64              zjtx_enterprise_list_get_id      (ZjtxEnterpriseList *self,
                                                      guint               position);

/* The choices of the filters, as the database has them: townships in the
 * county's order, then industries and parks by name. */
GStrv               zjtx_enterprise_list_list_townships  (ZjtxEnterpriseList *self,
                                                          GError            **error);
GStrv               zjtx_enterprise_list_list_industries (ZjtxEnterpriseList *self,
                                                          GError            **error);
GStrv               zjtx_enterprise_list_list_parks      (ZjtxEnterpriseList *self,
                                                          GError            **error);

G_END_DECLS
