/* zjtx-evaluator.h: facts + policies + a date → what is owed, and why
 *
 * Deterministic and pure: no clock, no I/O, no global state. The readings
 * of the policy are those of shared/design/policy-rules.md.
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "zjtx-facts.h"
#include "zjtx-policy.h"

G_BEGIN_DECLS

typedef enum {
  ZJTX_RECIPIENT_ENTERPRISE,
  ZJTX_RECIPIENT_INSTITUTION,
} ZjtxRecipientType;

/* Why something earns nothing (or less): stable identifiers for programs,
 * with a translated sentence beside them for people. */
typedef enum {
  ZJTX_EXCLUSION_OUTSIDE_WINDOW,      /* event date outside every policy window */
  ZJTX_EXCLUSION_AFTER_AS_OF,         /* event dated after the evaluation date */
  ZJTX_EXCLUSION_REVIEW,              /* 复核 earns nothing */
  ZJTX_EXCLUSION_ALREADY_RECOGNISED,  /* tier first recognised earlier */
  ZJTX_EXCLUSION_NO_PARK,             /* claims, but in no park */
  ZJTX_EXCLUSION_NOT_DEMONSTRATION,   /* park is not a demonstration park */
  ZJTX_EXCLUSION_NO_ENTRY_DATE,       /* park entry date unknown */
  ZJTX_EXCLUSION_NOT_SRDI,            /* not provincial-or-higher while in the park */
  ZJTX_EXCLUSION_BELOW_THRESHOLD,     /* kWh below the threshold */
  ZJTX_EXCLUSION_EXCLUSIVE,           /* rent/loan 不重复享受 */
  ZJTX_EXCLUSION_CAP_APPLIED,         /* the part above the cap */
  ZJTX_EXCLUSION_NOTHING_CLAIMED,     /* e.g. zero fees */
} ZjtxExclusionReason;

const char *zjtx_exclusion_reason_to_id (ZjtxExclusionReason reason);

typedef struct {
  const char        *recipient;       /* id, owned by the facts */
  const char        *recipient_name;
  ZjtxRecipientType  recipient_type;
  ZjtxAwardKind      kind;
  ZjtxFen            amount;
  ZjtxPolicy        *policy;          /* borrowed from the policy set */
  const char        *clause;          /* borrowed from the policy */
  ZjtxDate           event_date;      /* the date that chose the policy */
  char              *basis;           /* "8,000,000.00 × 1% × 12/12 = 80,000.00" */
  char              *note;            /* e.g. an officer's override reason, or NULL */
} ZjtxAward;

typedef struct {
  const char          *recipient;
  const char          *recipient_name;
  ZjtxRecipientType    recipient_type;
  ZjtxAwardKind        kind;
  ZjtxFen              amount;        /* what it would have been, or the excess over a cap */
  ZjtxPolicy          *policy;        /* may be NULL (outside every window) */
  ZjtxExclusionReason  reason;
  char                *text;          /* translated explanation */
} ZjtxExclusion;

typedef enum {
  ZJTX_CRITERION_SRDI_ENTERPRISES,
  ZJTX_CRITERION_OUTPUT_SHARE,
  ZJTX_CRITERION_CONTIGUOUS,
} ZjtxCriterionKind;

typedef struct {
  ZjtxCriterionKind kind;
  gboolean          met;
  char             *value;            /* "3", "0.1720", "true" */
  char             *required;         /* "4", "0.2000", "true" */
  char             *text;             /* "3 of 4 SRDI enterprises; needs 1 more" */
} ZjtxCriterion;

typedef struct {
  const char    *park;                /* id */
  const char    *name;
  ZjtxPolicy    *policy;
  gboolean       title;
  int            members;
  int            srdi_count;
  ZjtxFen        tiered_output;
  ZjtxFen        total_output;
  gint64         output_share_ppm;    /* rounded half-up, for display only */
  gboolean       contiguous;
  gboolean       demonstration;
  ZjtxCriterion  criteria[3];
} ZjtxParkVerdict;

typedef struct {
  ZjtxPolicy *policy;
  ZjtxTier    tier;
  int         goal;
  ZjtxDate    deadline;
  int         cumulative;  /* first recognised on or before as_of */
  int         holding;     /* holding the tier on as_of */
  int         in_window;   /* first recognised inside the window, on or before as_of */
} ZjtxTargetProgress;

typedef struct _ZjtxEvaluation ZjtxEvaluation;

struct _ZjtxEvaluation {
  /*< private >*/
  gatomicrefcount     ref_count;
  /*< public, read-only >*/
  ZjtxFacts          *facts;
  ZjtxPolicySet      *policies;
  ZjtxDate            as_of;
  GArray             *awards;      /* ZjtxAward */
  GArray             *exclusions;  /* ZjtxExclusion */
  GArray             *parks;       /* ZjtxParkVerdict, in the facts' order */
  GArray             *targets;     /* ZjtxTargetProgress */
  ZjtxFen             total;
};

#define ZJTX_TYPE_EVALUATION (zjtx_evaluation_get_type ())
GType            zjtx_evaluation_get_type (void) G_GNUC_CONST;

/* @as_of must be a date. */
ZjtxEvaluation  *zjtx_evaluate            (ZjtxFacts      *facts,
                                           ZjtxPolicySet  *policies,
                                           ZjtxDate        as_of);
ZjtxEvaluation  *zjtx_evaluation_ref      (ZjtxEvaluation *self);
void             zjtx_evaluation_unref    (ZjtxEvaluation *self);
/* The evaluation document of docs/formats.md, as indented UTF-8 text
 * ending in a newline, and as a JSON tree (for tests and callers that walk it). */
char            *zjtx_evaluation_to_data  (ZjtxEvaluation *self,
                                           gsize          *length);
JsonNode        *zjtx_evaluation_to_json  (ZjtxEvaluation *self);

/* Whether an enterprise holds @tier (a recognition of exactly that tier,
 * first or re-review, valid) on @date under @validity_years. */
gboolean         zjtx_enterprise_holds_tier (const ZjtxEnterpriseFact *enterprise,
                                             ZjtxTier                  tier,
                                             ZjtxDate                  date,
                                             int                       validity_years);
/* The highest tier held on @date, or ZJTX_TIER_NONE. */
ZjtxTier         zjtx_enterprise_tier_on    (const ZjtxEnterpriseFact *enterprise,
                                             ZjtxDate                  date,
                                             int                       validity_years);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxEvaluation, zjtx_evaluation_unref)

G_END_DECLS
