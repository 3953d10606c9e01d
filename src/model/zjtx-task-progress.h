/* zjtx-task-progress.h: a dated progress note on an action task
 *
 * What a unit reports of a task (五（二）: monitor and report regularly):
 * the day, the note, the unit reporting, and the status the task moved to
 * with it ("not_started", "under_way", "done"), or NULL when the note
 * leaves the status as it was. zjtx_action_tasks_add_progress () saves a
 * note and moves its task together. The date must not be in the future.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TASK_PROGRESS (zjtx_task_progress_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxTaskProgress, zjtx_task_progress, ZJTX, TASK_PROGRESS, ZjtxRecord)

ZjtxTaskProgress *zjtx_task_progress_new         (void);

gint64            zjtx_task_progress_get_task_id (ZjtxTaskProgress *self);
void              zjtx_task_progress_set_task_id (ZjtxTaskProgress *self,
                                                  gint64            task_id);

const char       *zjtx_task_progress_get_date    (ZjtxTaskProgress *self);
void              zjtx_task_progress_set_date    (ZjtxTaskProgress *self,
                                                  const char       *date);

const char       *zjtx_task_progress_get_note    (ZjtxTaskProgress *self);
void              zjtx_task_progress_set_note    (ZjtxTaskProgress *self,
                                                  const char       *note);

const char       *zjtx_task_progress_get_unit    (ZjtxTaskProgress *self);
void              zjtx_task_progress_set_unit    (ZjtxTaskProgress *self,
                                                  const char       *unit);

const char       *zjtx_task_progress_get_status  (ZjtxTaskProgress *self);
void              zjtx_task_progress_set_status  (ZjtxTaskProgress *self,
                                                  const char       *status);

G_END_DECLS
