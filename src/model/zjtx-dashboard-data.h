/* zjtx-dashboard-data.h: the figures behind the three meeting dashboards
 *
 * What the task force sees, as of a date: progress to the policy's targets
 * and the pool by tier (enterprises), each park against the title criteria
 * (parks), and the award ledger's money (rewards); and what changed
 * between two dates (the periodic bulletin). Plain read-only data for
 * src/render to draw; every number comes from the store, the policy in
 * force and the core's rules (no rule is restated here), in SQL where
 * the county is large.
 */
#pragma once

#include <glib.h>
#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"
#include "zjtx-award-query.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

/* An enterprise named on a dashboard (expiring, without a commissioner). */
typedef struct {
  gint64    id;
  char     *name;
  char     *township;     /* "" when unknown */
  ZjtxTier  tier;         /* held on the as-of date */
  ZjtxDate  until;        /* when that tier lapses (expiring list), else ZJTX_DATE_NONE */
} ZjtxDashboardEnterprise;

void zjtx_dashboard_enterprise_free (ZjtxDashboardEnterprise *e);

/* Enterprises held on the as-of date, per tier (index ZjtxTier; [NONE] is
 * the reserve), for one township, industry chain or year. */
typedef struct {
  char *key;                   /* township, industry ("" when unknown); the year in digits */
  int   year;                  /* first-recognition years; 0 otherwise */
  int   counts[ZJTX_N_TIERS];
} ZjtxDashboardGroup;

void zjtx_dashboard_group_free (ZjtxDashboardGroup *g);

typedef struct {
  ZjtxTier tier;               /* innovative, provincial, national */
  int      goal;               /* from the policy */
  int      cumulative;         /* first recognised on or before the as-of date
                                * (as the evaluator counts: ZjtxTargetProgress) */
  int      holding;            /* holding the tier on the as-of date */
  int      gap;                /* max (goal − cumulative, 0) */
  ZjtxDate deadline;           /* the policy's target date */
  int      days_left;          /* deadline − as-of, ≥ 0 */
} ZjtxDashboardTarget;

typedef struct {
  /*< private >*/
  gatomicrefcount      ref_count;
  /*< public, read-only >*/
  ZjtxDate             as_of;
  char                *policy_id;       /* the policy whose targets are shown */
  ZjtxDashboardTarget  targets[3];      /* innovative, provincial, national */
  int                  tiers[ZJTX_N_TIERS]; /* the pool by tier held (the pyramid) */
  int                  pool;            /* enterprises in the pool */
  GPtrArray           *first_by_year;   /* ZjtxDashboardGroup by year, oldest first:
                                         * first recognitions per tier and year,
                                         * on or before as-of */
  GPtrArray           *by_township;     /* ZjtxDashboardGroup: all the county's townships
                                         * in its order, then "" if any */
  GPtrArray           *by_industry;     /* ZjtxDashboardGroup, largest (provincial or
                                         * higher, then innovative, then all) first */
  int                  n_expiring;      /* tier held lapses within 6 months of as-of */
  GPtrArray           *expiring;        /* ZjtxDashboardEnterprise, soonest first, ≤ 50 */
  int                  n_no_commissioner; /* provincial or higher without a commissioner */
  GPtrArray           *no_commissioner; /* ZjtxDashboardEnterprise by name, ≤ 50 */
  int                  n_key_targets;
  int                  n_recommended;
} ZjtxEnterpriseDashboard;

typedef struct {
  gint64   id;
  char    *name;
  gboolean title;                  /* earns the SRDI park title on as-of */
  gboolean demonstration;
  gboolean contiguous;
  int      members;
  int      tiers[ZJTX_N_TIERS];    /* members by tier held */
  int      srdi_count;             /* as the evaluator counts for the criterion */
  int      srdi_required;          /* from the policy */
  gint64   share_ppm;              /* tiered output share, ppm, half-up */
  gint64   share_required_ppm;     /* from the policy */
  ZjtxFen  tiered_output;
  ZjtxFen  total_output;
  gboolean met[3];                 /* ZjtxCriterionKind order */
  char    *criteria[3];            /* the evaluator's sentence per criterion */
  char    *shortfall;              /* what is missing, one translated sentence;
                                    * NULL when the title is earned */
  ZjtxFen  support_paid;           /* 四（二） awards paid to members by as-of */
  ZjtxFen  support_committed;      /* approved or paid by as-of */
} ZjtxParkFigures;

void zjtx_park_figures_free (ZjtxParkFigures *p);

typedef struct {
  /*< private >*/
  gatomicrefcount  ref_count;
  /*< public, read-only >*/
  ZjtxDate         as_of;
  GPtrArray       *parks;          /* ZjtxParkFigures: title first, then by share */
  int              n_title;
  ZjtxFen          support_paid;   /* sum over parks */
  ZjtxFen          support_committed;
} ZjtxParkDashboard;

/* The ledger as it stood on the as-of date: an award counts as paid if
 * paid on or before it, approved if approved by then and not yet paid,
 * proposed if proposed by then and not yet decided; rejected ones and
 * those proposed later are left out. */
typedef struct {
  /*< private >*/
  gatomicrefcount  ref_count;
  /*< public, read-only >*/
  ZjtxDate         as_of;
  ZjtxAwardSum    *total;          /* key "" */
  GPtrArray       *by_kind_year;   /* ZjtxAwardSum, as zjtx_award_query_sum () */
  GPtrArray       *by_township;    /* ZjtxAwardSum in the county's order */
  GPtrArray       *top_recipients; /* ZjtxAwardSum, ≤ 10, largest committed first */
  guint            n_waiting;      /* proposals waiting for a decision */
  ZjtxFen          waiting;
  guint            n_flagged;      /* approved or paid awards whose facts changed */
} ZjtxRewardDashboard;

ZjtxEnterpriseDashboard *zjtx_enterprise_dashboard_load  (ZjtxStore *store,
                                                          ZjtxDate   as_of,
                                                          GError   **error);
ZjtxEnterpriseDashboard *zjtx_enterprise_dashboard_ref   (ZjtxEnterpriseDashboard *self);
void                     zjtx_enterprise_dashboard_unref (ZjtxEnterpriseDashboard *self);

ZjtxParkDashboard       *zjtx_park_dashboard_load        (ZjtxStore *store,
                                                          ZjtxDate   as_of,
                                                          GError   **error);
ZjtxParkDashboard       *zjtx_park_dashboard_ref         (ZjtxParkDashboard *self);
void                     zjtx_park_dashboard_unref       (ZjtxParkDashboard *self);

ZjtxRewardDashboard     *zjtx_reward_dashboard_load      (ZjtxStore *store,
                                                          ZjtxDate   as_of,
                                                          GError   **error);
ZjtxRewardDashboard     *zjtx_reward_dashboard_ref       (ZjtxRewardDashboard *self);
void                     zjtx_reward_dashboard_unref     (ZjtxRewardDashboard *self);

/* A recognition dated inside a bulletin's period. */
typedef struct {
  gint64    enterprise_id;
  char     *name;
  char     *township;
  ZjtxTier  tier;
  ZjtxDate  date;
  gboolean  first;           /* a first recognition (else a re-review) */
} ZjtxBulletinRecognition;

void zjtx_bulletin_recognition_free (ZjtxBulletinRecognition *r);

/* What changed from @from (exclusive) to @to (inclusive). */
typedef struct {
  /*< private >*/
  gatomicrefcount  ref_count;
  /*< public, read-only >*/
  ZjtxDate         from;
  ZjtxDate         to;
  GPtrArray       *recognitions;   /* ZjtxBulletinRecognition, by date then name */
  GPtrArray       *paid;           /* ZjtxAwardRow paid in the period, by date then recipient */
  ZjtxFen          paid_total;
  GPtrArray       *parks_gained;   /* char *: park names with the title on @to, not on @from */
  GPtrArray       *parks_lost;     /* char *: the other way round */
} ZjtxBulletinChanges;

ZjtxBulletinChanges     *zjtx_bulletin_changes_load      (ZjtxStore *store,
                                                          ZjtxDate   from,
                                                          ZjtxDate   to,
                                                          GError   **error);
ZjtxBulletinChanges     *zjtx_bulletin_changes_ref       (ZjtxBulletinChanges *self);
void                     zjtx_bulletin_changes_unref     (ZjtxBulletinChanges *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxEnterpriseDashboard, zjtx_enterprise_dashboard_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxParkDashboard, zjtx_park_dashboard_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxRewardDashboard, zjtx_reward_dashboard_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxBulletinChanges, zjtx_bulletin_changes_unref)

G_END_DECLS
