/* zjtx-action-figures.h: what the policy's actions add up to, for the dashboards and the bulletin
 *
 * Plain read-only data for src/render to draw (or a page to show): from
 * the support records, the platforms created by level, the loans and
 * guarantees by amount, the listing pipeline, the talent teams and
 * trainings, the chains and the steps of tiered cultivation; from the
 * action tasks, the tasks by status per responsible unit and per action.
 *
 * A period, @from to @to, both days included: support records count when
 * dated in it (@from ZJTX_DATE_NONE: since the first record, which is what
 * a dashboard "as of @to" wants; a bulletin gives its period). What is a
 * state rather than an event is read as it stands on @to: the listing
 * pipeline (each enterprise at the furthest stage it reached by @to) and
 * the tasks' statuses (overdue when not done and @to is after the due
 * date). Money is fen, rates ppm, counts whole numbers; nothing is
 * rounded here.
 *
 *   g_autoptr(ZjtxActionFigures) f = zjtx_action_figures_load (store, ZJTX_DATE_NONE, today, &error);
 *   f->platforms_by_level[ZJTX_SUPPORT_LEVEL_PROVINCIAL]   // provincial platforms so far
 *   f->kinds[ZJTX_SUPPORT_LOAN].amount                     // fen lent through matchmaking
 *   for (guint i = 0; i < f->units->len; i++) { ZjtxUnitTaskFigures *u = …; u->counts[ZJTX_TASK_OVERDUE]; }
 */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "zjtx-action-task.h"
#include "zjtx-store.h"
#include "zjtx-support-record.h"

G_BEGIN_DECLS

/* Support records of one kind (or action) in the period. */
typedef struct {
  guint    count;         /* records */
  guint    enterprises;   /* distinct enterprises they went to */
  ZjtxFen  amount;        /* sum of their amounts (loans, guarantees, R&D expense, project funding) */
  gint64   people;        /* sum of their people (trainings, talent teams) */
} ZjtxActionTally;

/* The tasks a unit is responsible for (a task with three responsible units
 * counts for each of them), or the tasks of one action or measure. */
typedef struct {
  char  *key;                           /* the unit's one name ("县科技局"), or the clause ("三（四）") */
  char  *title;                         /* the unit, or the action's or measure's name */
  guint  counts[ZJTX_N_TASK_STATUSES];  /* by status on @to; overdue ones only under ZJTX_TASK_OVERDUE */
  guint  total;
} ZjtxTaskFigures;

void zjtx_task_figures_free (ZjtxTaskFigures *figures);

typedef struct {
  /*< private >*/
  gatomicrefcount  ref_count;
  /*< public, read-only >*/
  ZjtxDate         from;                          /* ZJTX_DATE_NONE: since the beginning */
  ZjtxDate         to;

  ZjtxActionTally  kinds[ZJTX_N_SUPPORT_KINDS];   /* every kind of support */
  ZjtxActionTally  actions[ZJTX_N_ACTIONS];       /* all kinds of an action together
                                                   * (amount and people summed over them) */

  /* 三（四） innovation */
  guint            platforms[ZJTX_N_SUPPORT_LEVELS][ZJTX_N_PLATFORMS];  /* created, by level and kind */
  guint            platforms_by_level[ZJTX_N_SUPPORT_LEVELS];

  /* 三（五） finance */
  gint64           loan_rate_min;                 /* ppm over loans with a rate; -1 when none */
  gint64           loan_rate_max;
  ZjtxFen          guarantee_fees;                /* sum of the fees charged */
  guint            guarantees_waived;             /* guarantees with the counter-guarantee waived */
  guint            listing[ZJTX_N_LISTING_STAGES]; /* enterprises by the furthest stage reached by @to */

  /* 三（六） talent */
  guint            talent_teams[ZJTX_N_SUPPORT_LEVELS];   /* teams recognised, by level */

  /* 三（二） chains */
  guint            chain_roles[ZJTX_N_INDUSTRIES][ZJTX_N_CHAIN_ROLES]; /* enterprises by industry and role */
  guint            new_products[ZJTX_N_INDUSTRIES];
  guint            rooted_enterprises;            /* with a role or a new product in 香, 醋, 瓷 */
  guint            emerging_enterprises;          /* … in the three emerging industries */

  /* Tasks (all of them, whatever their dates), by status on @to. */
  guint            tasks[ZJTX_N_TASK_STATUSES];
  guint            n_tasks;
  GPtrArray       *units;                         /* ZjtxTaskFigures per unit, the task force's order */
  GPtrArray       *clauses;                       /* ZjtxTaskFigures per action or measure, the policy's order */
} ZjtxActionFigures;

/* @to is required; @from, if given, is not after @to. */
ZjtxActionFigures *zjtx_action_figures_load  (ZjtxStore          *store,
                                              ZjtxDate            from,
                                              ZjtxDate            to,
                                              GError            **error);
ZjtxActionFigures *zjtx_action_figures_ref   (ZjtxActionFigures  *self);
void               zjtx_action_figures_unref (ZjtxActionFigures  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxActionFigures, zjtx_action_figures_unref)

G_END_DECLS
