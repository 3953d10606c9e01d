/* zjtx-action-tasks.h: the tasks of the policy's actions, by unit and by action
 *
 * The tasks the policy itself states (the six actions of 三 and the four
 * measures of 四, with their responsible units, due when the policy ends)
 * are seeded when a database is created or migrated to schema 4. Officers
 * add tasks, record progress and move their status; the views answer
 * "what is 县科技局 responsible for, and where does it stand" and "where
 * does each action stand", on a given day (overdue depends on it).
 */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "zjtx-action-task.h"
#include "zjtx-store.h"
#include "zjtx-task-progress.h"

G_BEGIN_DECLS

typedef enum {
  ZJTX_TASK_GROUP_BY_UNIT,     /* a task counts under each of its responsible units */
  ZJTX_TASK_GROUP_BY_CLAUSE,   /* an action or measure, in the policy's order */
} ZjtxTaskGrouping;

typedef struct {
  char      *key;                            /* the unit's one name, or the clause ("三（四）") */
  char      *title;                          /* by unit, the unit; by clause, the action's or
                                              * measure's name (the title of its first task) */
  guint      counts[ZJTX_N_TASK_STATUSES];   /* tasks by status on the day asked */
  guint      total;
  GPtrArray *tasks;                          /* ZjtxActionTask, by clause then position */
} ZjtxTaskGroup;

void        zjtx_task_group_free              (ZjtxTaskGroup     *group);

/* Every task, grouped, with its status on @day. By unit, units come in the
 * seed's order (the task force's), then others by name; by clause, in the
 * policy's order (三（一） … 三（六）, 四（一） …). @unit (any of its names;
 * NULL for all) keeps the tasks that unit is responsible for; @overdue_only
 * keeps the overdue ones. Groups left empty are dropped. */
GPtrArray  *zjtx_action_tasks_group           (ZjtxStore         *store,
                                               ZjtxTaskGrouping   grouping,
                                               ZjtxDate           day,
                                               const char        *unit,
                                               gboolean           overdue_only,
                                               GError           **error);

/* -1, 0 or 1 as clause @a comes before, with or after @b in the policy
 * ("三（六）" before "四（一）"; numbers compared as numbers). */
int         zjtx_clause_compare               (const char        *a,
                                               const char        *b);

/* Adds the policy's own tasks (data/seed/yongchun.json "actions" and
 * "measures") if the database has no task yet. */
gboolean    zjtx_action_tasks_seed            (ZjtxStore         *store,
                                               GError           **error);

/* The position after the last task's, for a new task. */
int         zjtx_action_tasks_next_position   (ZjtxStore         *store,
                                               GError           **error);

/* Saves @progress (its task-id set to @task's) and, when it carries a
 * status, moves @task to it: one transaction, both audited. */
gboolean    zjtx_action_tasks_add_progress    (ZjtxStore         *store,
                                               ZjtxActionTask    *task,
                                               ZjtxTaskProgress  *progress,
                                               GError           **error);

/* The progress notes of a task, newest first (ZjtxTaskProgress). */
GPtrArray  *zjtx_action_tasks_list_progress   (ZjtxStore         *store,
                                               gint64             task_id,
                                               GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxTaskGroup, zjtx_task_group_free)

G_END_DECLS
