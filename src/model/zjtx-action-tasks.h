/* zjtx-action-tasks.h: the tasks of the policy's actions, by unit and by action
 *
 * The tasks the policy itself states (the six actions of 三 and the four
 * measures of 四, with their responsible units, due when the policy ends)
 * are seeded when a database is created or migrated to schema 4. Officers
 * change a task's lead unit, due date and notes, add tasks of the bureau's
 * own (a sub-task of an action, with its own due date), delete those (never
 * the policy's), record progress and move their status, correct a progress
 * note's date, text or unit (never the status it set), each change one
 * transaction with its audit rows; the views answer
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

#define ZJTX_ACTION_TASKS_ERROR (zjtx_action_tasks_error_quark ())

typedef enum {
  ZJTX_ACTION_TASKS_ERROR_FROM_POLICY,   /* a task the policy states cannot be deleted */
  ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED,  /* a note's status (or task) is history: not corrected */
  ZJTX_ACTION_TASKS_ERROR_NOT_FOUND,     /* no progress note has the id */
} ZjtxActionTasksError;

GQuark      zjtx_action_tasks_error_quark     (void);

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

/* Adds @task (new: id 0) as one of the bureau's own: its
 * responsible-units-text emptied, placed after every other task, saved and
 * audited. A refusal names the field (zjtx_record_get_error_field ()). */
gboolean    zjtx_action_tasks_add             (ZjtxStore         *store,
                                               ZjtxActionTask    *task,
                                               GError           **error);

/* Saves what was changed in @task (its lead unit, due date, notes …) and,
 * with @progress (NULL: none), the progress note (its task-id set to
 * @task's), moving @task to the status it carries: one transaction, each
 * row audited (a task left as stored writes nothing for it). Both are
 * checked before anything is written; on a refusal nothing is, @task's
 * status is as before and the error's field is on the record it concerns. */
gboolean    zjtx_action_tasks_update          (ZjtxStore         *store,
                                               ZjtxActionTask    *task,
                                               ZjtxTaskProgress  *progress,
                                               GError           **error);

/* zjtx_action_tasks_update () with a progress note. */
gboolean    zjtx_action_tasks_add_progress    (ZjtxStore         *store,
                                               ZjtxActionTask    *task,
                                               ZjtxTaskProgress  *progress,
                                               GError           **error);

/* Saves what was corrected in @progress, a stored note (id > 0): its date,
 * note or reporting unit, checked as a new note is (the error's field on
 * @progress) and audited, in one transaction; a note left as stored writes
 * nothing. The status it moved its task to, and the task it is on, are the
 * task's history: a @progress whose status or task-id differs from the
 * stored one is refused (ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED; a new note
 * moves the task), as is an id no note has
 * (ZJTX_ACTION_TASKS_ERROR_NOT_FOUND). A note is never deleted on its own. */
gboolean    zjtx_action_tasks_correct_progress (ZjtxStore        *store,
                                                ZjtxTaskProgress *progress,
                                                GError          **error);

/* Deletes a task of the bureau's own and its progress notes, each with its
 * audit row, in one transaction; the notes deleted come back in @notes
 * (may be NULL), newest first, for zjtx_action_tasks_restore (). A task
 * the policy states is refused (ZJTX_ACTION_TASKS_ERROR_FROM_POLICY): it
 * is the county's commitment; one that no longer applies is marked done
 * with a note saying why. */
gboolean    zjtx_action_tasks_delete          (ZjtxStore         *store,
                                               ZjtxActionTask    *task,
                                               GPtrArray        **notes,
                                               GError           **error);

/* Puts back a task deleted with zjtx_action_tasks_delete () and its @notes
 * (may be NULL): inserted again (new ids, audited), one transaction. */
gboolean    zjtx_action_tasks_restore         (ZjtxStore         *store,
                                               ZjtxActionTask    *task,
                                               GPtrArray         *notes,
                                               GError           **error);

/* The progress notes of a task, newest first (ZjtxTaskProgress). */
GPtrArray  *zjtx_action_tasks_list_progress   (ZjtxStore         *store,
                                               gint64             task_id,
                                               GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxTaskGroup, zjtx_task_group_free)

G_END_DECLS
