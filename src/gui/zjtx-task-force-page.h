/* zjtx-task-force-page.h: the task force, the commissioners and the policy's actions */
#pragma once

#include <adwaita.h>

#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TASK_FORCE_PAGE (zjtx_task_force_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxTaskForcePage, zjtx_task_force_page, ZJTX, TASK_FORCE_PAGE, AdwBin)

GtkWidget *zjtx_task_force_page_new       (ZjtxStore         *store);
ZjtxStore *zjtx_task_force_page_get_store (ZjtxTaskForcePage *self);
void       zjtx_task_force_page_set_store (ZjtxTaskForcePage *self,
                                           ZjtxStore         *store);
/* Reads everything again from the store: call after the database changed
 * behind the page's back (an import, another page's edit). Done now if
 * the page is shown, else when it is next shown. */
void       zjtx_task_force_page_reload    (ZjtxTaskForcePage *self);

G_END_DECLS
