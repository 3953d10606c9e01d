/* zjtx-enterprises-page.h: the enterprises of the pool, filtered and sorted in SQL */
#pragma once

#include <adwaita.h>

#include "model/zjtx-enterprise-list.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_ENTERPRISES_PAGE (zjtx_enterprises_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxEnterprisesPage, zjtx_enterprises_page, ZJTX, ENTERPRISES_PAGE, AdwBin)

GtkWidget          *zjtx_enterprises_page_new        (void);
ZjtxStore          *zjtx_enterprises_page_get_store  (ZjtxEnterprisesPage *self);
/* Lists the enterprises of @store, with tiers held today. */
void                zjtx_enterprises_page_set_store  (ZjtxEnterprisesPage *self,
                                                      ZjtxStore           *store);
/* Instead of the list: why the database at @path could not be opened. */
void                zjtx_enterprises_page_show_error (ZjtxEnterprisesPage *self,
                                                      const char          *path,
                                                      const GError        *error);
/* The list shown, or NULL before a store is set. */
ZjtxEnterpriseList *zjtx_enterprises_page_get_list   (ZjtxEnterprisesPage *self);
/* Lists the members of the park named @park, every other filter cleared. */
void                zjtx_enterprises_page_show_park  (ZjtxEnterprisesPage *self,
                                                      const char          *park);
/* Lists what @params (the keys and values of a dashboard's
 * "enterprises?…" link: tier, township, industry, park, search, and
 * key-target, recommended, no-commissioner, expiring as "1"; first-tier
 * with first-year; as-of, the day tiers are held on, default today)
 * select, every other filter
 * cleared. FALSE when a value is not among the filter's choices: that
 * filter is then left at "All". */
gboolean            zjtx_enterprises_page_show_filter (ZjtxEnterprisesPage *self,
                                                       GHashTable          *params);
/* The day the list's tiers are held on. */
ZjtxDate            zjtx_enterprises_page_get_as_of   (ZjtxEnterprisesPage *self);
/* Opens the editor on the enterprise of store id @id, as a double click
 * on its row would. */
void                zjtx_enterprises_page_open_editor (ZjtxEnterprisesPage *self,
                                                       gint64               id);
/* Moves the keyboard focus to the search entry (Ctrl+F). */
void                zjtx_enterprises_page_focus_search (ZjtxEnterprisesPage *self);

G_END_DECLS
