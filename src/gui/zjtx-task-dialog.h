/* zjtx-task-dialog.h: one action task, edited or added
 *
 * For a task the policy states: its lead unit (chosen among its
 * responsible units, or typed by any of its names), its due date and
 * notes; what the policy says of it (clause, title, units) is shown, not
 * edited. For a task of the bureau's own, and a new one: those too — the
 * clause among the policy's actions and measures, the units among those
 * it names. Save checks the task as the store will (naming the field,
 * marking its row, the dialog staying open) and saves it, audited, in one
 * transaction (zjtx_action_tasks_update () or _add ()); Cancel writes
 * nothing.
 */
#pragma once

#include <adwaita.h>

#include "model/zjtx-action-task.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TASK_DIALOG (zjtx_task_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxTaskDialog, zjtx_task_dialog, ZJTX, TASK_DIALOG, AdwWindow)

/* @task: the task to edit (read again from @store when saved), or NULL for
 * a new one, whose clause is @clause when it is one of the policy's (its
 * units and lead unit then filled in as the policy has them). */
ZjtxTaskDialog *zjtx_task_dialog_new      (GtkWindow      *parent,
                                           ZjtxStore      *store,
                                           ZjtxActionTask *task,
                                           const char     *clause);
/* The task as saved, once "saved" was emitted; before, the one given or NULL. */
ZjtxActionTask *zjtx_task_dialog_get_task (ZjtxTaskDialog *self);
/* Whether the dialog adds a task rather than edits one. */
gboolean        zjtx_task_dialog_is_new   (ZjtxTaskDialog *self);

G_END_DECLS
