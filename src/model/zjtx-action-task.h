/* zjtx-action-task.h: a task of one of the policy's actions or measures
 *
 * Each action of part 三 and each measure of part 四 is a list of tasks
 * (the one the policy states is seeded; officers add others), each with
 * its responsible units (责任单位), the lead unit among them, a due date,
 * a status and dated progress notes (ZjtxTaskProgress), so that the units
 * can report as 五（二） asks. "clause" is the policy's numbering ("三（四）",
 * "四（二）").
 *
 * "clause" is one of the policy's (zjtx_clauses_list ()); the setter
 * writes ASCII brackets as the policy does ("三(四)" → "三（四）").
 * "responsible-units" is the units' one name each ("县科技局" for 科技局 or
 * 县科技局), separated by "、" in the policy's order: the setter normalises
 * what it is given (zjtx_unit_normalise ()); each must be a unit the seed
 * knows, and there must be one at least. "responsible-units-text" keeps
 * them as the policy writes them, for the tasks the policy states (the
 * seeded ones) only: the bureau's own tasks leave it empty, and that is how
 * the two are told apart (zjtx_action_task_is_from_policy ()). "owner-unit"
 * (normalised too) is one of the responsible units, or "".
 *
 * "status" is stored as "not_started", "under_way" or "done"; overdue is
 * derived, never stored: a task not done whose due date is before the day
 * asked about (zjtx_action_task_get_status_on ()).
 */
#pragma once

#include "core/zjtx-date.h"
#include "zjtx-record.h"

G_BEGIN_DECLS

typedef enum {
  ZJTX_TASK_NOT_STARTED,
  ZJTX_TASK_UNDER_WAY,
  ZJTX_TASK_DONE,
  ZJTX_TASK_OVERDUE,        /* derived: not done, and past its due date */
  ZJTX_N_TASK_STATUSES
} ZjtxTaskStatus;

/* "not_started", "under_way", "done", "overdue" */
const char     *zjtx_task_status_to_id     (ZjtxTaskStatus  status);
gboolean        zjtx_task_status_from_id   (const char     *id,
                                            ZjtxTaskStatus *status);
/* Translated: "Under way" */
const char     *zjtx_task_status_get_label (ZjtxTaskStatus  status);
/* Whether @id is a status a task stores (not "overdue"). */
gboolean        zjtx_task_status_is_stored (const char     *id);

/* The one name of a unit the policy names in several ways ("科技局",
 * "县科技局" → "县科技局"); other names come back trimmed. */
char           *zjtx_unit_normalise        (const char     *name);
/* A list of units ("县工信局、工业园区管委会，各乡镇") as their one names, in
 * order, without repeats or blanks. */
char          **zjtx_units_split           (const char     *list);
/* Where the seed lists the unit (the task force's order), or -1. */
int             zjtx_unit_get_position     (const char     *name);
/* The units' one names, in the seed's order (NULL-terminated). */
const char * const *zjtx_units_list        (void);

/* "三(四)", " 三（四） " → "三（四）": the policy's brackets, no spaces. */
char           *zjtx_clause_normalise      (const char     *clause);
/* The clauses of the policy's actions (三（一） … 三（六）) then measures
 * (四（一） … 四（四）), in order (NULL-terminated). */
const char * const *zjtx_clauses_list      (void);
/* The action's or measure's name ("实施创新驱动建设行动"), or NULL when
 * @clause is not one of the policy's. */
const char     *zjtx_clause_get_name       (const char     *clause);
/* The units the policy makes responsible for @clause, one names joined by
 * "、", or NULL when @clause is not one of the policy's. */
const char     *zjtx_clause_get_units      (const char     *clause);
/* The day the policy's own tasks are due ("2025-12-31": the policy runs
 * to the end of 2025); a new task's due date unless given another. */
const char     *zjtx_task_get_default_due_date (void);

#define ZJTX_TYPE_ACTION_TASK (zjtx_action_task_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxActionTask, zjtx_action_task, ZJTX, ACTION_TASK, ZjtxRecord)

ZjtxActionTask *zjtx_action_task_new                        (void);

const char     *zjtx_action_task_get_clause                 (ZjtxActionTask *self);
void            zjtx_action_task_set_clause                 (ZjtxActionTask *self,
                                                             const char     *clause);

const char     *zjtx_action_task_get_title                  (ZjtxActionTask *self);
void            zjtx_action_task_set_title                  (ZjtxActionTask *self,
                                                             const char     *title);

const char     *zjtx_action_task_get_responsible_units      (ZjtxActionTask *self);
void            zjtx_action_task_set_responsible_units      (ZjtxActionTask *self,
                                                             const char     *responsible_units);

const char     *zjtx_action_task_get_responsible_units_text (ZjtxActionTask *self);
void            zjtx_action_task_set_responsible_units_text (ZjtxActionTask *self,
                                                             const char     *responsible_units_text);

const char     *zjtx_action_task_get_owner_unit             (ZjtxActionTask *self);
void            zjtx_action_task_set_owner_unit             (ZjtxActionTask *self,
                                                             const char     *owner_unit);

const char     *zjtx_action_task_get_due_date               (ZjtxActionTask *self);
void            zjtx_action_task_set_due_date               (ZjtxActionTask *self,
                                                             const char     *due_date);

const char     *zjtx_action_task_get_status                 (ZjtxActionTask *self);
void            zjtx_action_task_set_status                 (ZjtxActionTask *self,
                                                             const char     *status);

int             zjtx_action_task_get_position               (ZjtxActionTask *self);
void            zjtx_action_task_set_position               (ZjtxActionTask *self,
                                                             int             position);

const char     *zjtx_action_task_get_notes                  (ZjtxActionTask *self);
void            zjtx_action_task_set_notes                  (ZjtxActionTask *self,
                                                             const char     *notes);

/* Whether the policy states the task (it was seeded), rather than the
 * bureau adding it: only the bureau's own tasks may be deleted. */
gboolean          zjtx_action_task_is_from_policy (ZjtxActionTask *self);
/* Whether @unit (normalised first) is one of the task's responsible units. */
gboolean          zjtx_action_task_has_unit      (ZjtxActionTask *self,
                                                  const char     *unit);
/* The status on @day: the stored one, or ZJTX_TASK_OVERDUE when the task is
 * not done and @day is after its due date. */
ZjtxTaskStatus    zjtx_action_task_get_status_on (ZjtxActionTask *self,
                                                  ZjtxDate        day);

G_END_DECLS
