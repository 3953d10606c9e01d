/* zjtx-policy.h: a policy version (e.g. 永政办规〔2024〕1号) as data
 *
 * Every number a rule uses lives here, loaded from a JSON document
 * (data/policies/, format documented in docs/formats.md); the
 * evaluator has no constant of the policy in it.
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "zjtx-date.h"
#include "zjtx-money.h"

G_BEGIN_DECLS

typedef enum {
  ZJTX_TIER_NONE = 0,        /* reserve: in the pool, no tier */
  ZJTX_TIER_INNOVATIVE,      /* 创新型中小企业 */
  ZJTX_TIER_PROVINCIAL,      /* 省级专精特新中小企业 */
  ZJTX_TIER_NATIONAL,        /* 国家专精特新"小巨人"企业 */
} ZjtxTier;

#define ZJTX_N_TIERS 4

/* "innovative" ↔ ZJTX_TIER_INNOVATIVE …; "reserve" ↔ ZJTX_TIER_NONE. */
const char *zjtx_tier_to_id      (ZjtxTier    tier);
gboolean    zjtx_tier_from_id    (const char *id,
                                  ZjtxTier   *tier);
/* Translated display name ("Provincial SRDI SME" / 省级专精特新中小企业). */
const char *zjtx_tier_get_label  (ZjtxTier    tier);

typedef enum {
  ZJTX_AWARD_RECOGNITION_INNOVATIVE,
  ZJTX_AWARD_RECOGNITION_PROVINCIAL,
  ZJTX_AWARD_RECOGNITION_NATIONAL,
  ZJTX_AWARD_LOAN_INTEREST_SUBSIDY,
  ZJTX_AWARD_RENT_SUBSIDY,
  ZJTX_AWARD_PRODUCTION_REWARD,
  ZJTX_AWARD_SERVICE_INSTITUTION_REWARD,
} ZjtxAwardKind;

#define ZJTX_N_AWARD_KINDS 7

const char *zjtx_award_kind_to_id     (ZjtxAwardKind  kind);
gboolean    zjtx_award_kind_from_id   (const char    *id,
                                       ZjtxAwardKind *kind);
const char *zjtx_award_kind_get_label (ZjtxAwardKind  kind);
ZjtxAwardKind zjtx_award_kind_for_recognition (ZjtxTier tier);

#define ZJTX_POLICY_ERROR (zjtx_policy_error_quark ())

typedef enum {
  ZJTX_POLICY_ERROR_PARSE,     /* not JSON */
  ZJTX_POLICY_ERROR_INVALID,   /* a member missing, of the wrong type or out of range */
  ZJTX_POLICY_ERROR_OVERLAP,   /* two policies' windows overlap */
  ZJTX_POLICY_ERROR_DUPLICATE, /* the same policy id twice */
} ZjtxPolicyError;

GQuark zjtx_policy_error_quark (void);

typedef struct {
  char       *clause;                       /* "四（一）" */
  ZjtxFen     amount[ZJTX_N_TIERS];         /* indexed by ZjtxTier; [NONE] is 0 */
} ZjtxRecognitionRule;

typedef struct {
  char       *clause;          /* "四（二）" */
  ZjtxTier    min_tier;        /* 省级以上 → ZJTX_TIER_PROVINCIAL */
} ZjtxParkSupportRule;

typedef struct {
  char       *clause;          /* "四（二）1" */
  gint64      rate_ppm;        /* 1% → 10000 */
  int         max_months;      /* 12 */
  ZjtxFen     cap;             /* per enterprise */
} ZjtxLoanRule;

typedef struct {
  char       *clause;          /* "四（二）2" */
  gint64      rate_ppm;        /* 20% → 200000 */
  int         max_months;      /* 12, in all, per enterprise */
  ZjtxFen     cap;
  gboolean    exclusive_with_loan; /* 不重复享受 */
  ZjtxAwardKind prefer_on_tie; /* loan interest subsidy */
} ZjtxRentRule;

typedef struct {
  char       *clause;          /* "四（二）3" */
  gint64      threshold_kwh;   /* 2,000,000: ≥ earns */
  gint64      price_micro_yuan;/* 0.05 yuan → 50000 */
  ZjtxFen     cap;
} ZjtxProductionRule;

typedef struct {
  char       *clause;          /* "四（二）4" */
  gint64      max_rate_ppm;    /* 3% */
  gint64      default_rate_ppm;/* when a claim gives no rate */
  ZjtxFen     cap;             /* per institution */
} ZjtxServiceRule;

typedef struct {
  char       *clause;          /* "三（三）" */
  int         min_srdi_enterprises; /* 4 */
  ZjtxTier    srdi_min_tier;   /* provincial */
  ZjtxTier    output_min_tier; /* innovative */
  gint64      min_output_share_ppm; /* 20% → 200000: ≥ earns */
  gboolean    require_contiguous;
} ZjtxParkTitleRule;

typedef struct {
  char       *clause;          /* "二" */
  ZjtxDate    deadline;
  int         goal[ZJTX_N_TIERS]; /* [NONE] unused */
} ZjtxTargets;

typedef struct _ZjtxPolicy ZjtxPolicy;

struct _ZjtxPolicy {
  /*< private >*/
  gatomicrefcount ref_count;
  /*< public, read-only >*/
  char               *id;            /* "yongchun-2024-1" */
  char               *doc_number;    /* 永政办规〔2024〕1号 */
  char               *title;
  char               *issuer;
  ZjtxDate            issued;
  ZjtxDate            window_start;  /* both days included */
  ZjtxDate            window_end;
  int                 recognition_validity_years;
  ZjtxTargets         targets;
  ZjtxRecognitionRule recognition;
  ZjtxParkSupportRule park_support;
  ZjtxLoanRule        loan;
  ZjtxRentRule        rent;
  ZjtxProductionRule  production;
  ZjtxServiceRule     service;
  ZjtxParkTitleRule   park_title;
};

#define ZJTX_TYPE_POLICY (zjtx_policy_get_type ())
GType        zjtx_policy_get_type         (void) G_GNUC_CONST;

ZjtxPolicy  *zjtx_policy_new_from_json    (JsonNode    *root,
                                           GError     **error);
ZjtxPolicy  *zjtx_policy_new_from_data    (const char  *data,
                                           gssize       length,
                                           GError     **error);
ZjtxPolicy  *zjtx_policy_ref              (ZjtxPolicy  *self);
void         zjtx_policy_unref            (ZjtxPolicy  *self);
/* The policy as its JSON document (what new_from_json reads back). */
JsonNode    *zjtx_policy_to_json          (ZjtxPolicy  *self);
gboolean     zjtx_policy_window_contains  (ZjtxPolicy  *self,
                                           ZjtxDate     date);
/* Clause of a kind of award. */
const char  *zjtx_policy_get_clause       (ZjtxPolicy    *self,
                                           ZjtxAwardKind  kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxPolicy, zjtx_policy_unref)

/* A human summary of one rule, for the policies page and `zjtx-cli policies`:
 * the words live here so that no program repeats the policy's logic. */
typedef struct {
  char *clause;   /* "四（二）2" */
  char *name;     /* "Rent subsidy" (translated) */
  char *amount;   /* "20% of rent" / "500,000.00 yuan" (translated) */
  char *detail;   /* "At most 12 months; at most 500,000.00 yuan per enterprise; …" */
} ZjtxRuleSummary;

void       zjtx_rule_summary_free      (ZjtxRuleSummary *summary);
/* An array of ZjtxRuleSummary, in the policy's order. */
GPtrArray *zjtx_policy_summarize       (ZjtxPolicy      *self);

/* A set of policies whose windows do not overlap, ordered by window start. */
typedef struct _ZjtxPolicySet ZjtxPolicySet;

#define ZJTX_TYPE_POLICY_SET (zjtx_policy_set_get_type ())
GType          zjtx_policy_set_get_type   (void) G_GNUC_CONST;

ZjtxPolicySet *zjtx_policy_set_new        (void);
ZjtxPolicySet *zjtx_policy_set_ref        (ZjtxPolicySet *self);
void           zjtx_policy_set_unref      (ZjtxPolicySet *self);
/* Fails with ZJTX_POLICY_ERROR_OVERLAP (naming both documents) or _DUPLICATE. */
gboolean       zjtx_policy_set_add        (ZjtxPolicySet *self,
                                           ZjtxPolicy    *policy,
                                           GError       **error);
guint          zjtx_policy_set_get_n      (ZjtxPolicySet *self);
ZjtxPolicy    *zjtx_policy_set_get        (ZjtxPolicySet *self,
                                           guint          index);
/* The policy whose window contains @date, or NULL. */
ZjtxPolicy    *zjtx_policy_set_lookup     (ZjtxPolicySet *self,
                                           ZjtxDate       date);
/* The policy in force on @date, else the latest that began before it,
 * else the earliest: the one to judge a standing fact (the park title) by. */
ZjtxPolicy    *zjtx_policy_set_nearest    (ZjtxPolicySet *self,
                                           ZjtxDate       date);
/* Loads a file; the error message starts with the file name. */
gboolean       zjtx_policy_set_load_file  (ZjtxPolicySet *self,
                                           const char    *path,
                                           GError       **error);
/* The policies shipped with zjtx (compiled in as resources). */
ZjtxPolicySet *zjtx_policy_set_new_builtin (GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxPolicySet, zjtx_policy_set_unref)

G_END_DECLS
