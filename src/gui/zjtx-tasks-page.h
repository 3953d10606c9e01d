/* zjtx-tasks-page.h: the tasks of the policy's actions, by responsible unit or by action */
#pragma once

#include <adwaita.h>

#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TASKS_PAGE (zjtx_tasks_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxTasksPage, zjtx_tasks_page, ZJTX, TASKS_PAGE, AdwBin)

typedef enum {
  ZJTX_TASKS_PAGE_BY_UNIT,
  ZJTX_TASKS_PAGE_BY_ACTION,
} ZjtxTasksPageGrouping;

GtkWidget             *zjtx_tasks_page_new           (ZjtxStore             *store);
ZjtxStore             *zjtx_tasks_page_get_store     (ZjtxTasksPage         *self);
void                   zjtx_tasks_page_set_store     (ZjtxTasksPage         *self,
                                                      ZjtxStore             *store);
ZjtxTasksPageGrouping  zjtx_tasks_page_get_grouping  (ZjtxTasksPage         *self);
void                   zjtx_tasks_page_set_grouping  (ZjtxTasksPage         *self,
                                                      ZjtxTasksPageGrouping  grouping);
/* Reads the tasks again (now if shown, else when next shown). Statuses
 * are taken on the store's today (zjtx_store_get_today ()). */
void                   zjtx_tasks_page_reload        (ZjtxTasksPage         *self);
/* Opens the task dialog (ZjtxTaskDialog) on a new task, starting on
 * @clause if it is one of the policy's (NULL or "": the first), or on the
 * stored task @task_id; returns it, shown. Once saved, the page is read
 * again with the task open. Actions "tasks.add" (s: the clause, Ctrl+N
 * with ""), "tasks.edit" (x; Ctrl+E: the task opened last). */
GtkWindow             *zjtx_tasks_page_add_task      (ZjtxTasksPage         *self,
                                                      const char            *clause);
GtkWindow             *zjtx_tasks_page_edit_task     (ZjtxTasksPage         *self,
                                                      gint64                 task_id);
/* Deletes a task of the bureau's own with its progress notes and offers to
 * undo it (a toast); a task the policy states is refused (a toast says
 * why). Action "tasks.delete" (x). */
gboolean               zjtx_tasks_page_delete_task   (ZjtxTasksPage         *self,
                                                      gint64                 task_id);

G_END_DECLS
