/* zjtx-rewards-page.h: the award ledger, its totals and its budget */
#pragma once

#include <adwaita.h>

#include "core/zjtx-date.h"

#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_REWARDS_PAGE (zjtx_rewards_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxRewardsPage, zjtx_rewards_page, ZJTX, REWARDS_PAGE, AdwBin)

GtkWidget *zjtx_rewards_page_new       (ZjtxStore       *store);
ZjtxStore *zjtx_rewards_page_get_store (ZjtxRewardsPage *self);
void       zjtx_rewards_page_set_store (ZjtxRewardsPage *self,
                                        ZjtxStore       *store);
/* The preferences holding the issuing office, the document number prefix
 * and the seal of award notices (NULL: notices cannot be made). */
void       zjtx_rewards_page_set_settings (ZjtxRewardsPage *self,
                                           GSettings       *settings);
/* Reads the ledger again (after a change made elsewhere). Done now if the
 * page is shown, else when it is next shown. */
void       zjtx_rewards_page_reload    (ZjtxRewardsPage *self);
/* Shows the ledger with the filters @params (the keys and values of a
 * dashboard's "rewards?…" link) select: status (an award status, or
 * "committed": approved or paid), kind, year, township, flagged ("1"),
 * and as-of (the ledger as it stood that day, read only; without it, as it
 * is now); every other filter cleared. FALSE when a value is not among the
 * filter's choices: that filter is then left at "All". */
gboolean   zjtx_rewards_page_show_filter (ZjtxRewardsPage *self,
                                          GHashTable      *params);
/* The ledger as it stood on @as_of, read only (ZJTX_DATE_NONE or today:
 * as it is now, the steps enabled). */
void       zjtx_rewards_page_set_as_of   (ZjtxRewardsPage *self,
                                          ZjtxDate         as_of);
ZjtxDate   zjtx_rewards_page_get_as_of   (ZjtxRewardsPage *self);
/* The rows listed now (for tests): ledger ids in order. */
GArray    *zjtx_rewards_page_list_ids  (ZjtxRewardsPage *self);
/* Selects the rows of @ids (for tests and for "show them"). */
void       zjtx_rewards_page_select_ids (ZjtxRewardsPage *self,
                                         const gint64    *ids,
                                         guint            n_ids);

G_END_DECLS
