/* zjtx-progress-dialog.h: a progress note on an action task, corrected
 *
 * Its date, text and reporting unit, for a typo or a wrong day; the status
 * the note moved its task to is shown, not edited (it is the task's
 * history: a new note moves the task again). Save checks the note as the
 * store will (naming the field, marking its row, the dialog staying open)
 * and saves it, audited, in one transaction
 * (zjtx_action_tasks_correct_progress ()); Cancel writes nothing.
 */
#pragma once

#include <adwaita.h>

#include "model/zjtx-store.h"
#include "model/zjtx-task-progress.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_PROGRESS_DIALOG (zjtx_progress_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxProgressDialog, zjtx_progress_dialog, ZJTX, PROGRESS_DIALOG, AdwWindow)

/* @progress: the stored note to correct (read again from @store when
 * saved); @task_title: what the dialog's subtitle names it by. */
ZjtxProgressDialog *zjtx_progress_dialog_new          (GtkWindow          *parent,
                                                       ZjtxStore          *store,
                                                       ZjtxTaskProgress   *progress,
                                                       const char         *task_title);
/* The note as saved, once "saved" was emitted; before, the one given. */
ZjtxTaskProgress   *zjtx_progress_dialog_get_progress (ZjtxProgressDialog *self);

G_END_DECLS
