/* test-evaluator.c: facts + policies + a date → awards, exclusions, park
 * verdicts and targets
 *
 * Written from the specification (shared/design/policy-rules.md,
 * docs/formats.md), independently of the implementation. Every expected
 * amount is computed by hand in the comment beside it and asserted to the
 * fen (1 yuan = 100 fen).
 *
 * Facts are written as JSON with single quotes for readability; facts_from()
 * turns them into double quotes (no text here contains an apostrophe).
 */
#include <string.h>

#include "core/zjtx-date.h"
#include "core/zjtx-evaluator.h"
#include "core/zjtx-facts.h"
#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"

#define YUAN(y) ((ZjtxFen) (y) * 100)

#define CUR_ID "yongchun-2024-1"
#define NEXT_ID "test-next-2026"

/* Two parks used throughout: P1 a demonstration park, P2 an ordinary one. */
#define PARKS \
  "'parks':[{'id':'P1','name':'示范园','contiguous':true,'demonstration':true}," \
           "{'id':'P2','name':'普通园','contiguous':true,'demonstration':false}]"

/* An enterprise that qualifies for the park supports of 四（二）: provincial
 * since 2024-03-01, in the demonstration park P1 since 2024-06-01. */
#define ELIGIBLE \
  "'recognitions':[{'tier':'provincial','date':'2024-03-01'}],'park':'P1','park_entry_date':'2024-06-01'"

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static ZjtxDate
d (const char *iso)
{
  ZjtxDate date = ZJTX_DATE_NONE;
  g_autoptr(GError) error = NULL;

  if (!zjtx_date_parse (iso, &date, &error))
    g_error ("test bug: bad date %s: %s", iso, error->message);
  return date;
}

static char *
shipped_policy_path (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  if (srcdir != NULL)
    return g_build_filename (srcdir, "..", "data", "policies", "yongchun-2024-1.json", NULL);
  return g_strdup (TEST_DATA_DIR "/../../data/policies/yongchun-2024-1.json");
}

/* 永政办规〔2024〕1号 alone. */
static ZjtxPolicySet *
current_policies (void)
{
  g_autofree char *path = shipped_policy_path ();
  g_autoptr(GError) error = NULL;
  ZjtxPolicySet *set = zjtx_policy_set_new ();

  zjtx_policy_set_load_file (set, path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
  return set;
}

/* 永政办规〔2024〕1号 (2024-01-23..2025-12-31) and tests/data/policy-next.json
 * (2026-01-01..2027-12-31, other amounts). */
static ZjtxPolicySet *
two_policies (void)
{
  g_autofree char *next = g_build_filename (TEST_DATA_DIR, "policy-next.json", NULL);
  g_autoptr(GError) error = NULL;
  ZjtxPolicySet *set = current_policies ();

  zjtx_policy_set_load_file (set, next, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 2);
  return set;
}

static char *
dq (const char *single_quoted)
{
  char *json = g_strdup (single_quoted);
  g_strdelimit (json, "'", '"');
  return json;
}

static ZjtxFacts *
facts_from (const char *sq_json)
{
  g_autofree char *json = dq (sq_json);
  g_autoptr(GError) error = NULL;
  ZjtxFacts *facts = zjtx_facts_new_from_data (json, -1, &error);

  if (error != NULL)
    g_error ("test facts rejected: %s\n%s", error->message, json);
  g_assert_nonnull (facts);
  return facts;
}

static ZjtxEvaluation *
evaluate_with (ZjtxPolicySet *set,
               const char    *sq_json,
               const char    *as_of)
{
  g_autoptr(ZjtxFacts) facts = facts_from (sq_json);
  ZjtxEvaluation *ev = zjtx_evaluate (facts, set, d (as_of));

  g_assert_nonnull (ev);
  return ev;
}

/* Under 永政办规〔2024〕1号 alone. */
static ZjtxEvaluation *
evaluate (const char *sq_json,
          const char *as_of)
{
  g_autoptr(ZjtxPolicySet) set = current_policies ();
  return evaluate_with (set, sq_json, as_of);
}

static char *
dump (ZjtxEvaluation *ev)
{
  g_autoptr(JsonNode) node = zjtx_evaluation_to_json (ev);
  return json_to_string (node, TRUE);
}

static void fail_at (const char *file, int line, ZjtxEvaluation *ev, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static void
fail_at (const char     *file,
         int             line,
         ZjtxEvaluation *ev,
         const char     *fmt,
         ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  g_autofree char *doc = ev ? dump (ev) : g_strdup ("");
  g_autofree char *full = NULL;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  full = g_strdup_printf ("%s\n--- evaluation:\n%s", msg, doc);
  g_assertion_message (G_LOG_DOMAIN, file, line, "", full);
}

static const ZjtxAward *
find_award (ZjtxEvaluation *ev,
            const char     *who,
            ZjtxAwardKind   kind,
            guint          *n_out)
{
  const ZjtxAward *found = NULL;
  guint n = 0;

  for (guint i = 0; i < ev->awards->len; i++)
    {
      const ZjtxAward *a = &g_array_index (ev->awards, ZjtxAward, i);
      if (g_strcmp0 (a->recipient, who) == 0 && a->kind == kind)
        {
          if (found == NULL)
            found = a;
          n++;
        }
    }
  if (n_out)
    *n_out = n;
  return found;
}

static const ZjtxExclusion *
find_exclusion (ZjtxEvaluation      *ev,
                const char          *who,
                ZjtxAwardKind        kind,
                ZjtxExclusionReason  reason)
{
  for (guint i = 0; i < ev->exclusions->len; i++)
    {
      const ZjtxExclusion *x = &g_array_index (ev->exclusions, ZjtxExclusion, i);
      if (g_strcmp0 (x->recipient, who) == 0 && x->kind == kind && x->reason == reason)
        return x;
    }
  return NULL;
}

/* Exactly one award of @kind to @who, of @fen; returns it. */
#define assert_award(ev, who, kind, fen) check_award (__FILE__, __LINE__, ev, who, kind, fen)
static const ZjtxAward *
check_award (const char *file, int line, ZjtxEvaluation *ev, const char *who, ZjtxAwardKind kind, ZjtxFen fen)
{
  guint n;
  const ZjtxAward *a = find_award (ev, who, kind, &n);

  if (n != 1)
    fail_at (file, line, ev, "expected one %s award to %s, found %u", zjtx_award_kind_to_id (kind), who, n);
  else if (a->amount != fen)
    fail_at (file, line, ev, "%s award to %s: expected %" G_GINT64_FORMAT " fen, got %" G_GINT64_FORMAT,
             zjtx_award_kind_to_id (kind), who, fen, a->amount);
  return a;
}

#define assert_no_award(ev, who, kind) check_no_award (__FILE__, __LINE__, ev, who, kind)
static void
check_no_award (const char *file, int line, ZjtxEvaluation *ev, const char *who, ZjtxAwardKind kind)
{
  guint n;
  find_award (ev, who, kind, &n);
  if (n != 0)
    fail_at (file, line, ev, "expected no %s award to %s, found %u", zjtx_award_kind_to_id (kind), who, n);
}

/* An exclusion of @kind for @who with @reason; @fen -1 = any amount. */
#define assert_excluded(ev, who, kind, reason, fen) check_excluded (__FILE__, __LINE__, ev, who, kind, reason, fen)
static const ZjtxExclusion *
check_excluded (const char *file, int line, ZjtxEvaluation *ev, const char *who, ZjtxAwardKind kind,
                ZjtxExclusionReason reason, ZjtxFen fen)
{
  const ZjtxExclusion *x = find_exclusion (ev, who, kind, reason);

  if (x == NULL)
    fail_at (file, line, ev, "expected %s of %s excluded for %s", zjtx_award_kind_to_id (kind), who,
             zjtx_exclusion_reason_to_id (reason));
  else if (fen >= 0 && x->amount != fen)
    fail_at (file, line, ev, "%s of %s excluded for %s: expected amount %" G_GINT64_FORMAT
             " fen, got %" G_GINT64_FORMAT, zjtx_award_kind_to_id (kind), who,
             zjtx_exclusion_reason_to_id (reason), fen, x->amount);
  else if (x->text == NULL || x->text[0] == '\0')
    fail_at (file, line, ev, "exclusion without an explanation");
  return x;
}

#define assert_not_excluded(ev, who, kind, reason) check_not_excluded (__FILE__, __LINE__, ev, who, kind, reason)
static void
check_not_excluded (const char *file, int line, ZjtxEvaluation *ev, const char *who, ZjtxAwardKind kind,
                    ZjtxExclusionReason reason)
{
  if (find_exclusion (ev, who, kind, reason) != NULL)
    fail_at (file, line, ev, "unexpected %s exclusion of %s for %s", zjtx_exclusion_reason_to_id (reason),
             zjtx_award_kind_to_id (kind), who);
}

/* No exclusion of any reason for @who and @kind. */
#define assert_no_exclusion(ev, who, kind) check_no_exclusion (__FILE__, __LINE__, ev, who, kind)
static void
check_no_exclusion (const char *file, int line, ZjtxEvaluation *ev, const char *who, ZjtxAwardKind kind)
{
  for (guint i = 0; i < ev->exclusions->len; i++)
    {
      const ZjtxExclusion *x = &g_array_index (ev->exclusions, ZjtxExclusion, i);
      if (g_strcmp0 (x->recipient, who) == 0 && x->kind == kind)
        fail_at (file, line, ev, "unexpected exclusion of %s for %s (%s)", zjtx_award_kind_to_id (kind), who,
                 zjtx_exclusion_reason_to_id (x->reason));
    }
}

/* The total is the sum of the awards. */
static void
assert_total (ZjtxEvaluation *ev,
              ZjtxFen         expected)
{
  ZjtxFen sum = 0;

  for (guint i = 0; i < ev->awards->len; i++)
    sum += g_array_index (ev->awards, ZjtxAward, i).amount;
  if (sum != ev->total)
    fail_at (__FILE__, __LINE__, ev, "total %" G_GINT64_FORMAT " is not the sum of the awards %" G_GINT64_FORMAT,
             ev->total, sum);
  if (expected != ev->total)
    fail_at (__FILE__, __LINE__, ev, "total: expected %" G_GINT64_FORMAT ", got %" G_GINT64_FORMAT,
             expected, ev->total);
}

static const ZjtxParkVerdict *
find_park (ZjtxEvaluation *ev,
           const char     *id)
{
  for (guint i = 0; i < ev->parks->len; i++)
    {
      const ZjtxParkVerdict *v = &g_array_index (ev->parks, ZjtxParkVerdict, i);
      if (g_strcmp0 (v->park, id) == 0)
        return v;
    }
  fail_at (__FILE__, __LINE__, ev, "no verdict for park %s", id);
  return NULL;
}

static const ZjtxCriterion *
criterion (const ZjtxParkVerdict *v,
           ZjtxCriterionKind      kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (v->criteria); i++)
    if (v->criteria[i].kind == kind)
      return &v->criteria[i];
  g_error ("park %s: no criterion %d", v->park, kind);
  return NULL;
}

static const ZjtxTargetProgress *
find_target (ZjtxEvaluation *ev,
             ZjtxTier        tier)
{
  for (guint i = 0; i < ev->targets->len; i++)
    {
      const ZjtxTargetProgress *t = &g_array_index (ev->targets, ZjtxTargetProgress, i);
      if (t->tier == tier)
        return t;
    }
  fail_at (__FILE__, __LINE__, ev, "no target for tier %d", tier);
  return NULL;
}

/* JSON helpers, for the documented output format. */
static JsonObject *
json_find (JsonArray  *array,
           const char *key1,
           const char *value1,
           const char *key2,
           const char *value2)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      if (g_strcmp0 (json_object_get_string_member_with_default (o, key1, NULL), value1) == 0 &&
          (key2 == NULL || g_strcmp0 (json_object_get_string_member_with_default (o, key2, NULL), value2) == 0))
        return o;
    }
  return NULL;
}

static const char *
str (JsonObject *o,
     const char *key)
{
  g_assert_true (json_object_has_member (o, key));
  return json_object_get_string_member (o, key);
}

static gint64
num (JsonObject *o,
     const char *key)
{
  g_assert_true (json_object_has_member (o, key));
  return json_object_get_int_member (o, key);
}

/* ------------------------------------------------------------------ */
/* 四（一） recognition reward                                          */

/* The window is 2024-01-23..2025-12-31, both days included. */
static void
test_recognition_window (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲','recognitions':[{'tier':'innovative','date':'2024-01-22'}]},"
    "{'id':'E2','name':'乙','recognitions':[{'tier':'innovative','date':'2024-01-23'}]},"
    "{'id':'E3','name':'丙','recognitions':[{'tier':'innovative','date':'2025-12-31'}]},"
    "{'id':'E4','name':'丁','recognitions':[{'tier':'innovative','date':'2026-01-01'}]}]}",
    "2026-06-30");
  const ZjtxAward *a;
  const ZjtxExclusion *x;

  /* the day before the policy took effect */
  assert_no_award (ev, "E1", ZJTX_AWARD_RECOGNITION_INNOVATIVE);
  x = assert_excluded (ev, "E1", ZJTX_AWARD_RECOGNITION_INNOVATIVE, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);
  g_assert_null (x->policy);   /* outside every window */

  /* first day: 10,000.00 */
  a = assert_award (ev, "E2", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);
  g_assert_cmpstr (a->clause, ==, "四（一）");
  g_assert_cmpstr (a->policy->id, ==, CUR_ID);
  g_assert_cmpuint (a->event_date, ==, d ("2024-01-23"));
  g_assert_cmpint (a->recipient_type, ==, ZJTX_RECIPIENT_ENTERPRISE);
  g_assert_cmpstr (a->recipient_name, ==, "乙");
  g_assert_nonnull (a->basis);
  g_assert_nonnull (strstr (a->basis, "10,000.00"));

  /* last day */
  assert_award (ev, "E3", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);

  /* the day after it expired */
  assert_no_award (ev, "E4", ZJTX_AWARD_RECOGNITION_INNOVATIVE);
  assert_excluded (ev, "E4", ZJTX_AWARD_RECOGNITION_INNOVATIVE, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);

  assert_total (ev, 2000000);
}

/* innovative 10,000.00; provincial 100,000.00; national 500,000.00; a
 * climber stacks all three: 10,000 + 100,000 + 500,000 = 610,000.00. */
static void
test_recognition_tiers (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲','recognitions':[{'tier':'innovative','date':'2024-03-15'}]},"
    "{'id':'E2','name':'乙','recognitions':[{'tier':'provincial','date':'2024-09-01','review':false}]},"
    "{'id':'E3','name':'丙','recognitions':[{'tier':'national','date':'2025-07-01'}]},"
    "{'id':'E4','name':'丁','recognitions':["
      "{'tier':'innovative','date':'2024-02-01'},"
      "{'tier':'provincial','date':'2024-08-01'},"
      "{'tier':'national','date':'2025-03-01'}]}]}",
    "2025-12-31");

  assert_award (ev, "E1", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);
  assert_award (ev, "E2", ZJTX_AWARD_RECOGNITION_PROVINCIAL, 10000000);
  assert_award (ev, "E3", ZJTX_AWARD_RECOGNITION_NATIONAL, 50000000);

  assert_award (ev, "E4", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);
  assert_award (ev, "E4", ZJTX_AWARD_RECOGNITION_PROVINCIAL, 10000000);
  assert_award (ev, "E4", ZJTX_AWARD_RECOGNITION_NATIONAL, 50000000);

  /* 10,000 + 100,000 + 500,000 + 610,000 = 1,220,000.00 */
  assert_total (ev, 122000000);
}

/* A stacking climber alone: exactly 610,000.00. */
static void
test_recognition_stacking (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[{'id':'E1','name':'甲','recognitions':["
      "{'tier':'national','date':'2025-03-01'},"
      "{'tier':'innovative','date':'2024-02-01'},"
      "{'tier':'provincial','date':'2024-08-01'}]}]}",
    "2025-06-30");

  g_assert_cmpuint (ev->awards->len, ==, 3);
  assert_total (ev, 61000000);
}

/* Re-reviews earn nothing; a tier first recognised before the window earns
 * nothing again; a recognition after the evaluation date is not yet due. */
static void
test_recognition_exclusions (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* 复核 inside the window */
    "{'id':'E1','name':'甲','recognitions':[{'tier':'provincial','date':'2024-05-01','review':true}]},"
    /* first recognised 2022 (before the window), then again in 2024 */
    "{'id':'E2','name':'乙','recognitions':["
      "{'tier':'provincial','date':'2022-03-01'},"
      "{'tier':'provincial','date':'2024-06-01'}]},"
    /* dated after as_of (2025-06-30) */
    "{'id':'E3','name':'丙','recognitions':[{'tier':'provincial','date':'2025-07-01'}]},"
    /* twice inside the window: the second is already recognised */
    "{'id':'E4','name':'丁','recognitions':["
      "{'tier':'innovative','date':'2024-04-01'},"
      "{'tier':'innovative','date':'2025-04-01'}]},"
    /* on as_of itself: due */
    "{'id':'E5','name':'戊','recognitions':[{'tier':'national','date':'2025-06-30'}]}]}",
    "2025-06-30");

  assert_no_award (ev, "E1", ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  assert_excluded (ev, "E1", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_REVIEW, -1);

  assert_no_award (ev, "E2", ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  assert_excluded (ev, "E2", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);
  assert_excluded (ev, "E2", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_ALREADY_RECOGNISED, -1);

  assert_no_award (ev, "E3", ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  assert_excluded (ev, "E3", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_AFTER_AS_OF, -1);

  assert_award (ev, "E4", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);
  assert_excluded (ev, "E4", ZJTX_AWARD_RECOGNITION_INNOVATIVE, ZJTX_EXCLUSION_ALREADY_RECOGNISED, -1);

  assert_award (ev, "E5", ZJTX_AWARD_RECOGNITION_NATIONAL, 50000000);

  assert_total (ev, 51000000);
}

/* "First" is by date, not by the order of the list. */
static void
test_recognition_out_of_order (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* 2024-06-01 listed first, but 2022-03-01 was the first recognition */
    "{'id':'E1','name':'甲','recognitions':["
      "{'tier':'provincial','date':'2024-06-01'},{'tier':'provincial','date':'2022-03-01'}]},"
    /* 2025-04-01 listed first; 2024-04-01 earns */
    "{'id':'E2','name':'乙','recognitions':["
      "{'tier':'innovative','date':'2025-04-01'},{'tier':'innovative','date':'2024-04-01'}]}]}",
    "2025-06-30");
  const ZjtxAward *a;

  assert_no_award (ev, "E1", ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  assert_excluded (ev, "E1", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_ALREADY_RECOGNISED, -1);
  a = assert_award (ev, "E2", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);
  g_assert_cmpuint (a->event_date, ==, d ("2024-04-01"));
  assert_excluded (ev, "E2", ZJTX_AWARD_RECOGNITION_INNOVATIVE, ZJTX_EXCLUSION_ALREADY_RECOGNISED, -1);
  assert_total (ev, 1000000);
}

/* The evaluation date is the argument, not the document's as_of. */
static void
test_as_of_argument (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'as_of':'2025-06-30','enterprises':["
    "{'id':'E1','name':'甲','recognitions':[{'tier':'provincial','date':'2024-09-01'}]}]}",
    "2024-06-30");

  g_assert_cmpuint (ev->as_of, ==, d ("2024-06-30"));
  assert_no_award (ev, "E1", ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  assert_excluded (ev, "E1", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_AFTER_AS_OF, -1);
  assert_total (ev, 0);
}

/* ------------------------------------------------------------------ */
/* 四（二）1 loan interest subsidy: principal × 1% × min(months, 12)/12  */

/* 5,000,000.00 × 1% × 9/12 = 37,500.00 */
static void
test_loan_nine_months (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[{'id':'E1','name':'甲'," ELIGIBLE ","
    "'housing_loans':[{'principal':'5000000.00','term_months':9}]}]," PARKS "}",
    "2025-06-30");
  const ZjtxAward *a = assert_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 3750000);

  g_assert_cmpstr (a->clause, ==, "四（二）1");
  g_assert_cmpstr (a->policy->id, ==, CUR_ID);
  g_assert_nonnull (a->basis);
  /* a basis a person can recompute: "5,000,000.00 × 1% × 9/12 = 37,500.00" */
  g_assert_nonnull (strstr (a->basis, "5,000,000.00"));
  g_assert_nonnull (strstr (a->basis, "37,500.00"));
  assert_no_exclusion (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  /* + the provincial recognition of 2024-03-01: 100,000.00 */
  assert_total (ev, 3750000 + 10000000);
}

/* The term counts up to 12 months (最长不超过1年). */
static void
test_loan_term_cap (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," ELIGIBLE ",'housing_loans':[{'principal':'5000000.00','term_months':12}]},"
    "{'id':'E2','name':'乙'," ELIGIBLE ",'housing_loans':[{'principal':'5000000.00','term_months':13}]},"
    "{'id':'E3','name':'丙'," ELIGIBLE ",'housing_loans':[{'principal':'5000000.00','term_months':24}]},"
    "{'id':'E4','name':'丁'," ELIGIBLE ",'housing_loans':[{'principal':'5000000.00','term_months':11}]},"
    "{'id':'E5','name':'戊'," ELIGIBLE ",'housing_loans':[{'principal':'5000000.00','term_months':1}]}"
    "]," PARKS "}",
    "2025-06-30");

  /* 5,000,000.00 × 1% × 12/12 = 50,000.00 */
  assert_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  /* 13 and 24 months count as 12 */
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  assert_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  /* 5,000,000.00 × 1% × 11/12 = 45,833.3333… → 45,833.33 */
  assert_award (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 4583333);
  /* 5,000,000.00 × 1% × 1/12 = 4,166.6666… → 4,166.67 */
  assert_award (ev, "E5", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 416667);
  assert_not_excluded (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_CAP_APPLIED);
}

/* Each line is rounded half-up (四舍五入) to the fen, once. */
static void
test_loan_rounding (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," ELIGIBLE ",'housing_loans':[{'principal':'1234567.89','term_months':7}]},"
    "{'id':'E2','name':'乙'," ELIGIBLE ",'housing_loans':[{'principal':'123456.50','term_months':12}]},"
    "{'id':'E3','name':'丙'," ELIGIBLE ",'housing_loans':[{'principal':'123456.40','term_months':12}]},"
    "{'id':'E4','name':'丁'," ELIGIBLE ",'housing_loans':["
      "{'principal':'123456.50','term_months':12},{'principal':'123456.50','term_months':12}]},"
    "{'id':'E5','name':'戊'," ELIGIBLE ",'housing_loans':[{'principal':7,'term_months':12}]}"
    "]," PARKS "}",
    "2025-06-30");
  const ZjtxAward *a;

  /* 1,234,567.89 × 1% × 7/12 = 7,201.646025 → 7,201.65 */
  a = assert_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 720165);
  g_assert_nonnull (strstr (a->basis, "7,201.65"));
  /* 123,456.50 × 1% = 1,234.565 → exactly half a fen → up: 1,234.57
   * (banker's rounding would give 1,234.56) */
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 123457);
  /* 123,456.40 × 1% = 1,234.564 → 1,234.56 */
  assert_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 123456);
  /* two lines of 1,234.565 → 1,234.57 each, summed: 2,469.14
   * (summing before rounding would give 2,469.13) */
  assert_award (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 246914);
  /* principal as a JSON integer, 7 yuan: 7.00 × 1% = 0.07 */
  assert_award (ev, "E5", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 7);
}

/* Sum over the loans, then cap at 500,000.00 per enterprise; the excess is
 * reported as cap_applied. */
static void
test_loan_cap (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," ELIGIBLE ",'housing_loans':["
      "{'principal':'30000000.00','term_months':12},{'principal':'20000000.00','term_months':24}]},"
    "{'id':'E2','name':'乙'," ELIGIBLE ",'housing_loans':["
      "{'principal':'30000000.00','term_months':12},{'principal':'20000001.00','term_months':12}]},"
    "{'id':'E3','name':'丙'," ELIGIBLE ",'housing_loans':[{'principal':'100000000.00','term_months':18}]},"
    "{'id':'E4','name':'丁'," ELIGIBLE ",'housing_loans':["
      "{'principal':'40000000.00','term_months':12},{'principal':'40000000.00','term_months':12}]}"
    "]," PARKS "}",
    "2025-06-30");

  /* 300,000.00 + 200,000.00 = 500,000.00: exactly the cap, nothing cut */
  assert_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 50000000);
  assert_no_exclusion (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);

  /* 300,000.00 + 200,000.01 = 500,000.01 → 500,000.00, 0.01 above the cap */
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 50000000);
  assert_excluded (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_CAP_APPLIED, 1);

  /* 100,000,000.00 × 1% × 12/12 = 1,000,000.00 → 500,000.00, excess 500,000.00 */
  assert_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 50000000);
  assert_excluded (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_CAP_APPLIED, 50000000);

  /* two loans each under the cap (400,000.00), together 800,000.00 → 500,000.00 */
  assert_award (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 50000000);
  assert_excluded (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_CAP_APPLIED, 30000000);
}

/* ------------------------------------------------------------------ */
/* 四（二）2 rent subsidy: 20% of rent for at most 12 months in all     */

/* 30,000.00 × 20% × 12 = 72,000.00 */
static void
test_rent_fifteen_months (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[{'id':'E1','name':'甲'," ELIGIBLE ","
    "'rent':[{'monthly':'30000.00','months':15}]}]," PARKS "}",
    "2025-06-30");
  const ZjtxAward *a = assert_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, 7200000);

  g_assert_cmpstr (a->clause, ==, "四（二）2");
  g_assert_nonnull (strstr (a->basis, "72,000.00"));
  assert_no_exclusion (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY);
}

/* The 12 months are taken from the entries in the order given. */
static void
test_rent_entries_in_order (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," ELIGIBLE ",'rent':["
      "{'monthly':'10000.00','months':8},{'monthly':'20000.00','months':10}]},"
    "{'id':'E2','name':'乙'," ELIGIBLE ",'rent':["
      "{'monthly':'20000.00','months':10},{'monthly':'10000.00','months':8}]},"
    "{'id':'E3','name':'丙'," ELIGIBLE ",'rent':["
      "{'monthly':'10000.00','months':5},{'monthly':'20000.00','months':7},{'monthly':'100000.00','months':6}]},"
    "{'id':'E4','name':'丁'," ELIGIBLE ",'rent':[{'monthly':'10000.00','months':6}]},"
    "{'id':'E5','name':'戊'," ELIGIBLE ",'rent':["
      "{'monthly':'10000.00','months':12},{'monthly':'90000.00','months':3}]}"
    "]," PARKS "}",
    "2025-06-30");

  /* 8 × 2,000.00 + 4 × 4,000.00 = 16,000.00 + 16,000.00 = 32,000.00 */
  assert_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, 3200000);
  /* reversed: 10 × 4,000.00 + 2 × 2,000.00 = 44,000.00 */
  assert_award (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY, 4400000);
  /* 5 × 2,000.00 + 7 × 4,000.00 = 38,000.00; the third entry is beyond 12 months */
  assert_award (ev, "E3", ZJTX_AWARD_RENT_SUBSIDY, 3800000);
  /* fewer than 12 months: 6 × 2,000.00 = 12,000.00 */
  assert_award (ev, "E4", ZJTX_AWARD_RENT_SUBSIDY, 1200000);
  /* the first entry uses all 12 months: 12 × 2,000.00 = 24,000.00 */
  assert_award (ev, "E5", ZJTX_AWARD_RENT_SUBSIDY, 2400000);
}

/* Cap 500,000.00 per enterprise. */
static void
test_rent_cap (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," ELIGIBLE ",'rent':[{'monthly':'250000.00','months':10}]},"
    "{'id':'E2','name':'乙'," ELIGIBLE ",'rent':[{'monthly':'250000.00','months':12}]},"
    "{'id':'E3','name':'丙'," ELIGIBLE ",'rent':["
      "{'monthly':'200000.00','months':6},{'monthly':'200000.00','months':6}]}"
    "]," PARKS "}",
    "2025-06-30");

  /* 250,000.00 × 20% × 10 = 500,000.00: at the cap */
  assert_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, 50000000);
  assert_no_exclusion (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY);
  /* 250,000.00 × 20% × 12 = 600,000.00 → 500,000.00, excess 100,000.00 */
  assert_award (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY, 50000000);
  assert_excluded (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY, ZJTX_EXCLUSION_CAP_APPLIED, 10000000);
  /* 6 × 40,000.00 + 6 × 40,000.00 = 480,000.00: under the cap */
  assert_award (ev, "E3", ZJTX_AWARD_RENT_SUBSIDY, 48000000);
}

/* ------------------------------------------------------------------ */
/* rent and loan 不重复享受                                              */

static void
test_exclusive_larger_wins (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* loan 5,000,000.00 × 1% = 50,000.00 < rent 30,000.00 × 20% × 12 = 72,000.00 */
    "{'id':'E1','name':'甲'," ELIGIBLE ","
      "'housing_loans':[{'principal':'5000000.00','term_months':12}],"
      "'rent':[{'monthly':'30000.00','months':12}]},"
    /* loan 10,000,000.00 × 1% = 100,000.00 > rent 72,000.00 */
    "{'id':'E2','name':'乙'," ELIGIBLE ","
      "'housing_loans':[{'principal':'10000000.00','term_months':12}],"
      "'rent':[{'monthly':'30000.00','months':12}]}"
    "]," PARKS "}",
    "2025-06-30");

  assert_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, 7200000);
  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 5000000);

  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 10000000);
  assert_no_award (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY);
  assert_excluded (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 7200000);

  /* 72,000 + 100,000 + two provincial recognitions 200,000 */
  assert_total (ev, 7200000 + 10000000 + 20000000);
}

/* Loan 2,400,000.00 × 1% × 12/12 = 24,000.00 = rent 10,000.00 × 20% × 12:
 * on a tie the loan interest subsidy (prefer_on_tie) wins. */
static void
test_exclusive_tie (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[{'id':'E1','name':'甲'," ELIGIBLE ","
    "'housing_loans':[{'principal':'2400000.00','term_months':12}],"
    "'rent':[{'monthly':'10000.00','months':12}]}]," PARKS "}",
    "2025-06-30");

  assert_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 2400000);
  assert_no_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 2400000);
}

/* An officer's choice is respected even against the larger amount, and its
 * reason is recorded with the award. */
static void
test_exclusive_override (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* loan 100,000.00 > rent 72,000.00, but rent chosen */
    "{'id':'E1','name':'甲'," ELIGIBLE ","
      "'housing_loans':[{'principal':'10000000.00','term_months':12}],"
      "'rent':[{'monthly':'30000.00','months':12}],"
      "'park_support_choice':'rent_subsidy','park_support_choice_reason':'企业申请，经局务会研究'},"
    /* rent 72,000.00 > loan 50,000.00, but loan chosen */
    "{'id':'E2','name':'乙'," ELIGIBLE ","
      "'housing_loans':[{'principal':'5000000.00','term_months':12}],"
      "'rent':[{'monthly':'30000.00','months':12}],"
      "'park_support_choice':'loan_interest_subsidy','park_support_choice_reason':'按企业书面申请'}"
    "]," PARKS "}",
    "2025-06-30");
  const ZjtxAward *a;

  a = assert_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, 7200000);
  g_assert_nonnull (a->note);
  g_assert_nonnull (strstr (a->note, "企业申请，经局务会研究"));
  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 10000000);

  a = assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  g_assert_nonnull (a->note);
  g_assert_nonnull (strstr (a->note, "按企业书面申请"));
  assert_no_award (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY);
  assert_excluded (ev, "E2", ZJTX_AWARD_RENT_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 7200000);
}

/* The enterprise "gets the larger one": compared on what it would get,
 * after the cap.
 *  loan 60,000,000.00 × 1% × 12/12 = 600,000.00 → capped 500,000.00
 *  rent 291,666.67 × 20% × 12 = 700,000.008 → 700,000.01 → capped 500,000.00
 * Both give 500,000.00: a tie, so the loan subsidy (prefer_on_tie). */
static void
test_exclusive_after_cap (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[{'id':'E1','name':'甲'," ELIGIBLE ","
    "'housing_loans':[{'principal':'60000000.00','term_months':12}],"
    "'rent':[{'monthly':'291666.67','months':12}]}]," PARKS "}",
    "2025-06-30");

  assert_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 50000000);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_CAP_APPLIED, 10000000);
  assert_no_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 50000000);
}

/* ------------------------------------------------------------------ */
/* 四（二） eligibility for the park supports                            */

/* Loan 5,000,000.00 × 1% × 12/12 = 50,000.00 when eligible. */
#define LOAN "'housing_loans':[{'principal':'5000000.00','term_months':12}]"
#define PROV(date) "'recognitions':[{'tier':'provincial','date':'" date "'}]"

static void
test_support_park (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* an ordinary park */
    "{'id':'E1','name':'甲'," PROV ("2024-03-01") ",'park':'P2','park_entry_date':'2024-06-01'," LOAN "},"
    /* no park */
    "{'id':'E2','name':'乙'," PROV ("2024-03-01") "," LOAN "},"
    /* no entry date */
    "{'id':'E3','name':'丙'," PROV ("2024-03-01") ",'park':'P1'," LOAN "},"
    /* the demonstration park */
    "{'id':'E4','name':'丁'," PROV ("2024-03-01") ",'park':'P1','park_entry_date':'2024-06-01'," LOAN "}"
    "]," PARKS "}",
    "2025-06-30");

  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NOT_DEMONSTRATION, -1);
  assert_no_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NO_PARK, -1);
  assert_no_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NO_ENTRY_DATE, -1);
  assert_award (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
}

/* The park entry date must lie in 2024-01-23..2025-12-31. The provincial
 * recognition of 2024-01-01 is valid until 2026-12-31, so every one of these
 * enterprises is SRDI in the park. */
static void
test_support_entry_window (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," PROV ("2024-01-01") ",'park':'P1','park_entry_date':'2024-01-22'," LOAN "},"
    "{'id':'E2','name':'乙'," PROV ("2024-01-01") ",'park':'P1','park_entry_date':'2024-01-23'," LOAN "},"
    "{'id':'E3','name':'丙'," PROV ("2024-01-01") ",'park':'P1','park_entry_date':'2025-12-31'," LOAN "},"
    "{'id':'E4','name':'丁'," PROV ("2024-01-01") ",'park':'P1','park_entry_date':'2026-01-01'," LOAN "}"
    "]," PARKS "}",
    "2026-03-01");

  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  assert_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  assert_no_award (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);
}

/* SRDI (provincial or national) on at least one day between the entry date
 * and min(as_of, window end). */
static void
test_support_not_srdi (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* innovative only, claiming all three supports */
    "{'id':'E1','name':'甲','recognitions':[{'tier':'innovative','date':'2024-02-01'}],"
      "'park':'P1','park_entry_date':'2024-06-01'," LOAN ","
      "'rent':[{'monthly':'30000.00','months':12}],'first_year_kwh':3000000},"
    /* no recognition at all */
    "{'id':'E2','name':'乙','park':'P1','park_entry_date':'2024-06-01'," LOAN "},"
    /* provincial only after as_of */
    "{'id':'E3','name':'丙'," PROV ("2025-07-01") ",'park':'P1','park_entry_date':'2024-06-01'," LOAN "},"
    /* provincial on as_of itself, after entering */
    "{'id':'E4','name':'丁'," PROV ("2025-06-30") ",'park':'P1','park_entry_date':'2024-03-01'," LOAN "},"
    /* national counts (省级以上) */
    "{'id':'E5','name':'戊','recognitions':[{'tier':'national','date':'2024-05-01'}],"
      "'park':'P1','park_entry_date':'2024-06-01'," LOAN "},"
    /* a provincial re-review makes it hold the tier too */
    "{'id':'E6','name':'己','recognitions':[{'tier':'provincial','date':'2024-02-01','review':true}],"
      "'park':'P1','park_entry_date':'2024-06-01'," LOAN "}"
    "]," PARKS "}",
    "2025-06-30");

  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_no_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY);
  assert_no_award (ev, "E1", ZJTX_AWARD_PRODUCTION_REWARD);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NOT_SRDI, -1);
  assert_excluded (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, ZJTX_EXCLUSION_NOT_SRDI, -1);
  assert_excluded (ev, "E1", ZJTX_AWARD_PRODUCTION_REWARD, ZJTX_EXCLUSION_NOT_SRDI, -1);
  assert_award (ev, "E1", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);

  assert_no_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NOT_SRDI, -1);

  assert_no_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NOT_SRDI, -1);

  assert_award (ev, "E4", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  assert_award (ev, "E5", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  assert_award (ev, "E6", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
}

/* Entering the park after the evaluation date: not yet due. */
static void
test_support_entry_after_as_of (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," PROV ("2024-03-01") ",'park':'P1','park_entry_date':'2025-07-01'," LOAN "},"
    "{'id':'E2','name':'乙'," PROV ("2024-03-01") ",'park':'P1','park_entry_date':'2025-06-30'," LOAN "}"
    "]," PARKS "}",
    "2025-06-30");

  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_AFTER_AS_OF, -1);
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
}

/* SRDI only after the window's end does not count, even before as_of. */
static void
test_support_srdi_after_window (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," PROV ("2026-01-10") ",'park':'P1','park_entry_date':'2025-06-01'," LOAN "},"
    "{'id':'E2','name':'乙'," PROV ("2025-12-31") ",'park':'P1','park_entry_date':'2025-06-01'," LOAN "}"
    "]," PARKS "}",
    "2026-03-01");

  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NOT_SRDI, -1);
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
}

/* A recognition is valid from its date up to, not including, the same day
 * 3 years later. Entry 2024-06-01:
 *  - provincial 2021-06-01 is valid through 2024-05-31: expired the day
 *    before entry → not SRDI;
 *  - provincial 2021-06-02 is valid through 2024-06-01, the entry day → SRDI;
 *  - provincial 2021-06-01 and entry 2024-05-31 (its last day) → SRDI. */
static void
test_support_expiry (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," PROV ("2021-06-01") ",'park':'P1','park_entry_date':'2024-06-01'," LOAN "},"
    "{'id':'E2','name':'乙'," PROV ("2021-06-02") ",'park':'P1','park_entry_date':'2024-06-01'," LOAN "},"
    "{'id':'E3','name':'丙'," PROV ("2021-06-01") ",'park':'P1','park_entry_date':'2024-05-31'," LOAN "}"
    "]," PARKS "}",
    "2025-06-30");

  assert_no_award (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E1", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_NOT_SRDI, -1);
  assert_award (ev, "E2", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
  assert_award (ev, "E3", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 5000000);
}

/* zjtx_enterprise_holds_tier / zjtx_enterprise_tier_on, directly. */
static void
test_holds_tier (void)
{
  g_autoptr(ZjtxFacts) facts = facts_from (
    "{'enterprises':[{'id':'E1','name':'甲','recognitions':["
      "{'tier':'provincial','date':'2021-06-02'},"
      "{'tier':'innovative','date':'2024-02-29'},"
      "{'tier':'national','date':'2024-05-01','review':true}]}]}");
  const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, 0);

  /* provincial 2021-06-02: valid 2021-06-02 … 2024-06-01 */
  g_assert_false (zjtx_enterprise_holds_tier (e, ZJTX_TIER_PROVINCIAL, d ("2021-06-01"), 3));
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_PROVINCIAL, d ("2021-06-02"), 3));
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_PROVINCIAL, d ("2024-06-01"), 3));
  g_assert_false (zjtx_enterprise_holds_tier (e, ZJTX_TIER_PROVINCIAL, d ("2024-06-02"), 3));
  /* with a validity of 1 year: 2021-06-02 … 2022-06-01 */
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_PROVINCIAL, d ("2022-06-01"), 1));
  g_assert_false (zjtx_enterprise_holds_tier (e, ZJTX_TIER_PROVINCIAL, d ("2022-06-02"), 1));

  /* innovative 2024-02-29: "the same day 3 years later" is 2027-02-28
   * (zjtx_date_add_years), so valid through 2027-02-27 */
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_INNOVATIVE, d ("2024-02-29"), 3));
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_INNOVATIVE, d ("2027-02-27"), 3));
  g_assert_false (zjtx_enterprise_holds_tier (e, ZJTX_TIER_INNOVATIVE, d ("2027-02-28"), 3));
  /* exactly that tier: a provincial recognition is not an innovative one */
  g_assert_false (zjtx_enterprise_holds_tier (e, ZJTX_TIER_INNOVATIVE, d ("2023-01-01"), 3));

  /* a re-review is held too: national 2024-05-01 … 2027-04-30 */
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_NATIONAL, d ("2024-05-01"), 3));
  g_assert_true (zjtx_enterprise_holds_tier (e, ZJTX_TIER_NATIONAL, d ("2027-04-30"), 3));
  g_assert_false (zjtx_enterprise_holds_tier (e, ZJTX_TIER_NATIONAL, d ("2027-05-01"), 3));

  /* the highest tier held */
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2021-06-01"), 3), ==, ZJTX_TIER_NONE);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2023-01-01"), 3), ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2024-03-01"), 3), ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2024-05-01"), 3), ==, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2027-03-01"), 3), ==, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2027-05-01"), 3), ==, ZJTX_TIER_NONE);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2024-06-10"), 1), ==, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2025-04-01"), 1), ==, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (zjtx_enterprise_tier_on (e, d ("2025-05-01"), 1), ==, ZJTX_TIER_NONE);
}

/* ------------------------------------------------------------------ */
/* 四（二）3 production reward: kWh ≥ 2,000,000 → kWh × 0.05 yuan, cap 500,000 */

static void
test_production (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'E1','name':'甲'," ELIGIBLE ",'first_year_kwh':1999999},"
    "{'id':'E2','name':'乙'," ELIGIBLE ",'first_year_kwh':2000000},"
    "{'id':'E3','name':'丙'," ELIGIBLE ",'first_year_kwh':3400000},"
    "{'id':'E4','name':'丁'," ELIGIBLE ",'first_year_kwh':10000000},"
    "{'id':'E5','name':'戊'," ELIGIBLE ",'first_year_kwh':12500000},"
    "{'id':'E6','name':'己'," ELIGIBLE ",'first_year_kwh':2000001}"
    "]," PARKS "}",
    "2025-06-30");
  const ZjtxAward *a;

  /* one kWh short */
  assert_no_award (ev, "E1", ZJTX_AWARD_PRODUCTION_REWARD);
  assert_excluded (ev, "E1", ZJTX_AWARD_PRODUCTION_REWARD, ZJTX_EXCLUSION_BELOW_THRESHOLD, -1);
  /* 2,000,000 × 0.05 = 100,000.00 (以上 includes the threshold) */
  a = assert_award (ev, "E2", ZJTX_AWARD_PRODUCTION_REWARD, 10000000);
  g_assert_cmpstr (a->clause, ==, "四（二）3");
  assert_no_exclusion (ev, "E2", ZJTX_AWARD_PRODUCTION_REWARD);
  /* 3,400,000 × 0.05 = 170,000.00 */
  assert_award (ev, "E3", ZJTX_AWARD_PRODUCTION_REWARD, 17000000);
  /* 10,000,000 × 0.05 = 500,000.00: at the cap, nothing cut */
  assert_award (ev, "E4", ZJTX_AWARD_PRODUCTION_REWARD, 50000000);
  assert_no_exclusion (ev, "E4", ZJTX_AWARD_PRODUCTION_REWARD);
  /* 12,500,000 × 0.05 = 625,000.00 → 500,000.00, excess 125,000.00 */
  assert_award (ev, "E5", ZJTX_AWARD_PRODUCTION_REWARD, 50000000);
  assert_excluded (ev, "E5", ZJTX_AWARD_PRODUCTION_REWARD, ZJTX_EXCLUSION_CAP_APPLIED, 12500000);
  /* 2,000,001 × 0.05 = 100,000.05 */
  assert_award (ev, "E6", ZJTX_AWARD_PRODUCTION_REWARD, 10000005);
}

/* ------------------------------------------------------------------ */
/* 四（二）4 service institutions: fees × min(rate, 3%), cap 500,000      */

static void
test_service_rate (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'设计中心','park':'P1','service_fees':'900000.00','rate':'0.02','date':'2025-05-01'},"
    "{'id':'S2','name':'研发中心','park':'P1','service_fees':'900000.00','rate':'0.04','date':'2025-05-01'},"
    "{'id':'S3','name':'辅导中心','park':'P1','service_fees':'900000.00','date':'2025-05-01'},"
    "{'id':'S4','name':'人力中心','park':'P1','service_fees':'900000.00','rate':'0.03','date':'2025-05-01'},"
    "{'id':'S5','name':'检测中心','park':'P1','service_fees':'12345.67','rate':'0.025','date':'2025-05-01'}"
    "]}",
    "2025-06-30");
  const ZjtxAward *a;

  /* 900,000.00 × 2% = 18,000.00 */
  a = assert_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 1800000);
  g_assert_cmpint (a->recipient_type, ==, ZJTX_RECIPIENT_INSTITUTION);
  g_assert_cmpstr (a->clause, ==, "四（二）4");
  g_assert_cmpstr (a->recipient_name, ==, "设计中心");
  g_assert_cmpuint (a->event_date, ==, d ("2025-05-01"));
  g_assert_nonnull (strstr (a->basis, "18,000.00"));
  /* 4% asked, at most 3%: 900,000.00 × 3% = 27,000.00 */
  assert_award (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 2700000);
  /* no rate given: 3% */
  assert_award (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 2700000);
  assert_award (ev, "S4", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 2700000);
  /* 12,345.67 × 2.5% = 308.64175 → 308.64 */
  assert_award (ev, "S5", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 30864);

  assert_total (ev, 1800000 + 2700000 * 3 + 30864);
}

/* The claim date must lie in the window (and not after as_of). */
static void
test_service_window (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'甲','park':'P1','service_fees':'900000.00','date':'2024-01-22'},"
    "{'id':'S2','name':'乙','park':'P1','service_fees':'900000.00','date':'2024-01-23'},"
    "{'id':'S3','name':'丙','park':'P1','service_fees':'900000.00','date':'2025-12-31'},"
    "{'id':'S4','name':'丁','park':'P1','service_fees':'900000.00','date':'2026-01-01'}"
    "]}",
    "2026-03-01");
  g_autoptr(ZjtxEvaluation) ev2 = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S5','name':'戊','park':'P1','service_fees':'900000.00','date':'2025-07-01'}]}",
    "2025-06-30");

  assert_no_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  assert_excluded (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);
  assert_award (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 2700000);
  assert_award (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 2700000);
  assert_no_award (ev, "S4", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  assert_excluded (ev, "S4", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);

  assert_no_award (ev2, "S5", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  assert_excluded (ev2, "S5", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_AFTER_AS_OF, -1);
}

/* Cap 500,000.00 per institution, applied to the rounded line. */
static void
test_service_cap (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'甲','park':'P1','service_fees':'16666666.67','date':'2025-05-01'},"
    "{'id':'S2','name':'乙','park':'P1','service_fees':'16666666.84','date':'2025-05-01'},"
    "{'id':'S3','name':'丙','park':'P1','service_fees':'20000000.00','date':'2025-05-01'}"
    "]}",
    "2025-06-30");

  /* 16,666,666.67 × 3% = 500,000.0001 → 500,000.00: exactly the cap, nothing cut */
  assert_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 50000000);
  assert_no_exclusion (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  /* 16,666,666.84 × 3% = 500,000.0052 → 500,000.01 → 500,000.00, excess 0.01 */
  assert_award (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 50000000);
  assert_excluded (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_CAP_APPLIED, 1);
  /* 20,000,000.00 × 3% = 600,000.00 → 500,000.00, excess 100,000.00 */
  assert_award (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 50000000);
  assert_excluded (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_CAP_APPLIED, 10000000);
}

/* Several claims of one institution: each line rounded, summed, and the cap
 * applies to the institution (单个服务机构奖励不超过50万元), not per claim. */
static void
test_service_several_claims (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'甲','park':'P1','claims':["
    "  {'service_fees':'10000000.00','date':'2024-05-01'},"
    "  {'service_fees':'10000000.00','rate':'0.02','date':'2025-05-01'}]},"
    "{'id':'S2','name':'乙','park':'P1','claims':["
    "  {'service_fees':'100.50','rate':'0.03','date':'2025-05-01'},"
    "  {'service_fees':'100.50','rate':'0.03','date':'2025-06-01'},"
    "  {'service_fees':'100.00','date':'2026-01-01'}]}"
    "]}",
    "2026-06-30");
  const ZjtxAward *a;

  /* 300,000.00 + 200,000.00 = 500,000.00: at the cap */
  a = assert_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 50000000);
  g_assert_cmpstr (a->basis, ==, "10,000,000.00 × 3% = 300,000.00; 10,000,000.00 × 2% = 200,000.00; total 500,000.00");
  assert_no_exclusion (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  /* 100.50 × 3% = 3.015 → 3.02 per line, twice: 6.04 (not 201.00 × 3% = 6.03);
   * the 2026 claim is outside the period. */
  assert_award (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 604);
  assert_excluded (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_OUTSIDE_WINDOW, 0);
}

static void
test_service_claims_capped (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'甲','park':'P1','claims':["
    "  {'service_fees':'12000000.00','date':'2024-05-01'},"
    "  {'service_fees':'8000000.00','date':'2025-05-01'}]}"
    "]}",
    "2025-12-31");

  /* 360,000.00 + 240,000.00 = 600,000.00 → 500,000.00, excess 100,000.00 */
  assert_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 50000000);
  assert_excluded (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_CAP_APPLIED, 10000000);
  g_assert_cmpuint (ev->awards->len, ==, 1);
}

/* Claims under two policies: one award under each, each with its own cap. */
static void
test_service_claims_two_policies (void)
{
  g_autoptr(ZjtxPolicySet) set = two_policies ();
  g_autoptr(ZjtxEvaluation) ev = evaluate_with (set,
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'甲','park':'P1','claims':["
    "  {'service_fees':'1000000.00','date':'2025-05-01'},"
    "  {'service_fees':'1000000.00','date':'2026-05-01'}]}"
    "]}",
    "2026-12-31");
  guint n = 0;

  /* 1,000,000.00 × 3% under the first; × 2%, its default rate, under the second (policy-next.json) */
  for (guint i = 0; i < ev->awards->len; i++)
    {
      const ZjtxAward *a = &g_array_index (ev->awards, ZjtxAward, i);
      if (g_str_equal (a->recipient, "S1"))
        {
          n++;
          g_assert_cmpuint (a->event_date, ==, d (n == 1 ? "2025-05-01" : "2026-05-01"));
          g_assert_cmpint (a->amount, ==, n == 1 ? 3000000 : 2000000);
          g_assert_true (zjtx_policy_window_contains (a->policy, a->event_date));
        }
    }
  g_assert_cmpuint (n, ==, 2);
}

static void
test_service_claims_both_forms (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dq ("{'institutions':[{'id':'S1','name':'甲','service_fees':'1.00','date':'2025-01-01',"
                              "'claims':[]}]}");
  g_autoptr(ZjtxFacts) facts = zjtx_facts_new_from_data (json, -1, &error);

  g_assert_null (facts);
  g_assert_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "institutions[0].claims: "));
}

/* The institution must be in a demonstration park. */
static void
test_service_park (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[]," PARKS ",'institutions':["
    "{'id':'S1','name':'甲','park':'P2','service_fees':'900000.00','date':'2025-05-01'},"
    "{'id':'S2','name':'乙','service_fees':'900000.00','date':'2025-05-01'},"
    "{'id':'S3','name':'丙','park':'P1','service_fees':'0','date':'2025-05-01'}"
    "]}",
    "2025-06-30");

  assert_no_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  assert_excluded (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_NOT_DEMONSTRATION, -1);
  assert_no_award (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  assert_excluded (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_NO_PARK, -1);
  /* zero fees: nothing claimed */
  assert_no_award (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD);
  assert_excluded (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, ZJTX_EXCLUSION_NOTHING_CLAIMED, -1);
  assert_total (ev, 0);
}

/* ------------------------------------------------------------------ */
/* 三（三） park title                                                   */

/* ≥ 4 members holding provincial or national on as_of (2025-06-30).
 * P1: A provincial 2024-03-01, B national 2024-04-01, C provincial
 *     2022-07-01 (last valid day 2025-06-30 = as_of), D provincial re-review
 *     2024-05-05 → 4 SRDI.
 * P2: F provincial, G national, H provincial → 3; I innovative (not SRDI);
 *     J provincial 2022-06-30 (valid through 2025-06-29: expired) → 3.
 * P3: one SRDI member → needs 3 more. */
static void
test_park_title_srdi_count (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'A','name':'A','park':'P1','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2024-03-01'}]},"
    "{'id':'B','name':'B','park':'P1','output':'1000000.00','recognitions':[{'tier':'national','date':'2024-04-01'}]},"
    "{'id':'C','name':'C','park':'P1','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2022-07-01'}]},"
    "{'id':'D','name':'D','park':'P1','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2024-05-05','review':true}]},"
    "{'id':'F','name':'F','park':'P2','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2024-03-01'}]},"
    "{'id':'G','name':'G','park':'P2','output':'1000000.00','recognitions':[{'tier':'national','date':'2024-04-01'}]},"
    "{'id':'H','name':'H','park':'P2','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2023-01-01'}]},"
    "{'id':'I','name':'I','park':'P2','output':'1000000.00','recognitions':[{'tier':'innovative','date':'2024-02-01'}]},"
    "{'id':'J','name':'J','park':'P2','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2022-06-30'}]},"
    "{'id':'K','name':'K','park':'P3','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2024-03-01'}]}"
    "],'parks':["
    "{'id':'P1','name':'一园','contiguous':true,'demonstration':true},"
    "{'id':'P2','name':'二园','contiguous':true,'demonstration':false},"
    "{'id':'P3','name':'三园','contiguous':true,'demonstration':false}]}",
    "2025-06-30");
  const ZjtxParkVerdict *v;
  const ZjtxCriterion *c;

  g_assert_cmpuint (ev->parks->len, ==, 3);
  /* in the facts' order */
  g_assert_cmpstr (g_array_index (ev->parks, ZjtxParkVerdict, 0).park, ==, "P1");
  g_assert_cmpstr (g_array_index (ev->parks, ZjtxParkVerdict, 2).park, ==, "P3");

  v = find_park (ev, "P1");
  g_assert_cmpint (v->members, ==, 4);
  g_assert_cmpint (v->srdi_count, ==, 4);
  g_assert_cmpstr (v->name, ==, "一园");
  g_assert_cmpstr (v->policy->id, ==, CUR_ID);
  c = criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES);
  g_assert_true (c->met);
  g_assert_cmpstr (c->value, ==, "4");
  g_assert_cmpstr (c->required, ==, "4");
  g_assert_true (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->met);
  g_assert_true (criterion (v, ZJTX_CRITERION_CONTIGUOUS)->met);
  g_assert_true (v->title);
  g_assert_true (v->demonstration);

  v = find_park (ev, "P2");
  g_assert_cmpint (v->members, ==, 5);
  g_assert_cmpint (v->srdi_count, ==, 3);
  c = criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES);
  g_assert_false (c->met);
  g_assert_cmpstr (c->value, ==, "3");
  g_assert_cmpstr (c->required, ==, "4");
  /* "3 of 4 SRDI enterprises; needs 1 more" */
  g_assert_nonnull (c->text);
  if (strstr (c->text, "1 more") == NULL)
    fail_at (__FILE__, __LINE__, ev, "P2 criterion text “%s” does not give the shortfall", c->text);
  g_assert_false (v->title);
  g_assert_false (v->demonstration);
  /* F, G, H, I hold a tier; J's has expired: 4,000,000.00 of 5,000,000.00 */
  g_assert_cmpint (v->tiered_output, ==, YUAN (4000000));
  g_assert_cmpint (v->total_output, ==, YUAN (5000000));

  v = find_park (ev, "P3");
  g_assert_cmpint (v->srdi_count, ==, 1);
  c = criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES);
  g_assert_false (c->met);
  if (strstr (c->text, "3 more") == NULL)
    fail_at (__FILE__, __LINE__, ev, "P3 criterion text “%s” does not give the shortfall", c->text);
  g_assert_false (v->title);
}

/* Output of members holding any tier ≥ 20% of all members' output, compared
 * exactly (the displayed share is rounded). Each park has four SRDI members
 * and one without a tier. */
#define FOUR_SRDI(park, out) \
  "{'id':'" park "a','name':'a','park':'" park "','output':'" out "','recognitions':[{'tier':'provincial','date':'2024-03-01'}]}," \
  "{'id':'" park "b','name':'b','park':'" park "','output':'" out "','recognitions':[{'tier':'national','date':'2024-03-01'}]}," \
  "{'id':'" park "c','name':'c','park':'" park "','output':'" out "','recognitions':[{'tier':'provincial','date':'2024-03-01'}]}," \
  "{'id':'" park "d','name':'d','park':'" park "','output':'" out "','recognitions':[{'tier':'provincial','date':'2024-03-01'}]}"

static void
test_park_title_output_share (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    /* Q1: 4 × 500,000.00 = 2,000,000.00 of 10,000,000.00 = exactly 20% → met */
    FOUR_SRDI ("Q1", "500000.00") ","
    "{'id':'Q1x','name':'x','park':'Q1','output':'8000000.00'},"
    /* Q2: 4 × 499,997.50 = 1,999,990.00 of 10,000,000.00 = 19.9999% → not met,
     * though it shows as 0.2000 */
    FOUR_SRDI ("Q2", "499997.50") ","
    "{'id':'Q2x','name':'x','park':'Q2','output':'8000010.00'},"
    /* Q3: no output at all → fails */
    FOUR_SRDI ("Q3", "0") ","
    /* Q4: SRDI output 0; an innovative member 1,000,000.00; an innovative
     * member whose recognition expired (2022-01-01 → 2024-12-31)
     * 1,000,000.00; no tier 8,000,000.00 → 1,000,000.00 of 10,000,000.00 */
    FOUR_SRDI ("Q4", "0") ","
    "{'id':'Q4i','name':'i','park':'Q4','output':'1000000.00','recognitions':[{'tier':'innovative','date':'2024-02-01'}]},"
    "{'id':'Q4k','name':'k','park':'Q4','output':'1000000.00','recognitions':[{'tier':'innovative','date':'2022-01-01'}]},"
    "{'id':'Q4x','name':'x','park':'Q4','output':'8000000.00'},"
    /* Q5: the innovative member brings it to exactly 20%:
     * 0 + 2,000,000.00 of 10,000,000.00 */
    FOUR_SRDI ("Q5", "0") ","
    "{'id':'Q5i','name':'i','park':'Q5','output':'2000000.00','recognitions':[{'tier':'innovative','date':'2024-02-01'}]},"
    "{'id':'Q5x','name':'x','park':'Q5','output':'8000000.00'}"
    "],'parks':["
    "{'id':'Q1','name':'Q1','contiguous':true,'demonstration':false},"
    "{'id':'Q2','name':'Q2','contiguous':true,'demonstration':false},"
    "{'id':'Q3','name':'Q3','contiguous':true,'demonstration':false},"
    "{'id':'Q4','name':'Q4','contiguous':true,'demonstration':false},"
    "{'id':'Q5','name':'Q5','contiguous':true,'demonstration':false}]}",
    "2025-06-30");
  const ZjtxParkVerdict *v;
  const ZjtxCriterion *c;
  g_autoptr(JsonNode) root = zjtx_evaluation_to_json (ev);
  JsonArray *parks = json_object_get_array_member (json_node_get_object (root), "parks");
  JsonObject *o;

  v = find_park (ev, "Q1");
  g_assert_cmpint (v->tiered_output, ==, YUAN (2000000));
  g_assert_cmpint (v->total_output, ==, YUAN (10000000));
  g_assert_cmpint (v->output_share_ppm, ==, 200000);
  c = criterion (v, ZJTX_CRITERION_OUTPUT_SHARE);
  g_assert_true (c->met);
  g_assert_cmpstr (c->value, ==, "0.2000");
  g_assert_cmpstr (c->required, ==, "0.2000");
  g_assert_true (v->title);

  v = find_park (ev, "Q2");
  g_assert_cmpint (v->tiered_output, ==, 199999000);
  g_assert_cmpint (v->total_output, ==, YUAN (10000000));
  g_assert_cmpint (v->output_share_ppm, ==, 199999);
  c = criterion (v, ZJTX_CRITERION_OUTPUT_SHARE);
  g_assert_false (c->met);
  g_assert_false (v->title);
  o = json_find (parks, "id", "Q2", NULL, NULL);
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "output_share"), ==, "0.2000");   /* display only */
  g_assert_cmpstr (str (o, "tiered_output"), ==, "1999990.00");
  g_assert_cmpstr (str (o, "total_output"), ==, "10000000.00");
  g_assert_false (json_object_get_boolean_member (o, "title"));

  v = find_park (ev, "Q3");
  g_assert_cmpint (v->total_output, ==, 0);
  g_assert_false (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->met);
  g_assert_true (criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES)->met);
  g_assert_false (v->title);

  v = find_park (ev, "Q4");
  g_assert_cmpint (v->members, ==, 7);
  g_assert_cmpint (v->tiered_output, ==, YUAN (1000000));
  g_assert_cmpint (v->total_output, ==, YUAN (10000000));
  g_assert_false (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->met);
  g_assert_false (v->title);

  v = find_park (ev, "Q5");
  g_assert_cmpint (v->tiered_output, ==, YUAN (2000000));
  g_assert_true (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->met);
  g_assert_true (v->title);
}

/* 集中连片 is required; a park without members fails every count. */
static void
test_park_title_contiguous (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':[" FOUR_SRDI ("R1", "1000000.00") "],'parks':["
    "{'id':'R1','name':'R1','contiguous':false,'demonstration':true},"
    "{'id':'R2','name':'R2','contiguous':true,'demonstration':true}]}",
    "2025-06-30");
  const ZjtxParkVerdict *v;
  const ZjtxCriterion *c;

  v = find_park (ev, "R1");
  g_assert_true (criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES)->met);
  g_assert_true (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->met);
  g_assert_cmpstr (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->value, ==, "1.0000");
  c = criterion (v, ZJTX_CRITERION_CONTIGUOUS);
  g_assert_false (c->met);
  g_assert_cmpstr (c->value, ==, "false");
  g_assert_cmpstr (c->required, ==, "true");
  g_assert_false (v->contiguous);
  g_assert_false (v->title);

  v = find_park (ev, "R2");
  g_assert_cmpint (v->members, ==, 0);
  g_assert_cmpint (v->srdi_count, ==, 0);
  g_assert_false (criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES)->met);
  g_assert_false (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->met);
  g_assert_true (criterion (v, ZJTX_CRITERION_CONTIGUOUS)->met);
  g_assert_false (v->title);
}

/* ------------------------------------------------------------------ */
/* 二 targets                                                           */

/* As of 2025-06-30, window 2024-01-23..2025-12-31, validity 3 years:
 *  A innovative 2020-05-01 (expired 2023-05-01), re-review 2023-05-01
 *  B innovative 2024-03-01, provincial 2024-09-01
 *  C innovative 2021-01-10 (expired 2024-01-10)
 *  D provincial 2025-07-01 (after as_of)
 *  E provincial 2022-12-01, national 2024-01-23
 *  F innovative 2024-01-22 (the day before the window)
 *  G innovative 2025-06-30 (as_of)
 *  (B is first-recognised innovative twice: still one enterprise)
 * innovative: cumulative A B C F G = 5; holding A B F G = 4; in window B G = 2
 * provincial: cumulative B E = 2; holding B E = 2; in window B = 1
 * national:   cumulative E = 1; holding E = 1; in window E = 1 */
static void
test_targets (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'enterprises':["
    "{'id':'A','name':'A','recognitions':[{'tier':'innovative','date':'2020-05-01'},"
      "{'tier':'innovative','date':'2023-05-01','review':true}]},"
    "{'id':'B','name':'B','recognitions':[{'tier':'innovative','date':'2024-03-01'},"
      "{'tier':'provincial','date':'2024-09-01'},{'tier':'innovative','date':'2025-03-01'}]},"
    "{'id':'C','name':'C','recognitions':[{'tier':'innovative','date':'2021-01-10'}]},"
    "{'id':'D','name':'D','recognitions':[{'tier':'provincial','date':'2025-07-01'}]},"
    "{'id':'E','name':'E','recognitions':[{'tier':'provincial','date':'2022-12-01'},"
      "{'tier':'national','date':'2024-01-23'}]},"
    "{'id':'F','name':'F','recognitions':[{'tier':'innovative','date':'2024-01-22'}]},"
    "{'id':'G','name':'G','recognitions':[{'tier':'innovative','date':'2025-06-30'}]}"
    "]}",
    "2025-06-30");
  const ZjtxTargetProgress *t;

  g_assert_cmpuint (ev->targets->len, ==, 3);

  t = find_target (ev, ZJTX_TIER_INNOVATIVE);
  g_assert_cmpstr (t->policy->id, ==, CUR_ID);
  g_assert_cmpint (t->goal, ==, 70);
  g_assert_cmpuint (t->deadline, ==, d ("2025-12-31"));
  g_assert_cmpint (t->cumulative, ==, 5);
  g_assert_cmpint (t->holding, ==, 4);
  g_assert_cmpint (t->in_window, ==, 2);

  t = find_target (ev, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (t->goal, ==, 30);
  g_assert_cmpint (t->cumulative, ==, 2);
  g_assert_cmpint (t->holding, ==, 2);
  g_assert_cmpint (t->in_window, ==, 1);

  t = find_target (ev, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (t->goal, ==, 2);
  g_assert_cmpint (t->cumulative, ==, 1);
  g_assert_cmpint (t->holding, ==, 1);
  g_assert_cmpint (t->in_window, ==, 1);
}

/* ------------------------------------------------------------------ */
/* several policies: each event judged by the policy whose window holds it */

/* tests/data/policy-next.json (2026-01-01..2027-12-31): recognition
 * 20,000 / 200,000 / 1,000,000; loan 1.5% for at most 6 months; rent 25%
 * for at most 6 months, rent preferred on a tie; production ≥ 1,500,000 kWh
 * at 0.06; service default 2%, at most 5%; park title 3 SRDI, 25%. */
static void
test_policies_recognition (void)
{
  g_autoptr(ZjtxPolicySet) set = two_policies ();
  g_autoptr(ZjtxEvaluation) ev = evaluate_with (set,
    "{'enterprises':["
    "{'id':'E1','name':'甲','recognitions':[{'tier':'innovative','date':'2025-12-31'}]},"
    "{'id':'E2','name':'乙','recognitions':[{'tier':'innovative','date':'2026-01-01'}]},"
    "{'id':'E3','name':'丙','recognitions':[{'tier':'national','date':'2026-02-01'}]},"
    "{'id':'E4','name':'丁','recognitions':[{'tier':'provincial','date':'2024-05-01'},"
      "{'tier':'national','date':'2027-12-31'}]},"
    "{'id':'E5','name':'戊','recognitions':[{'tier':'provincial','date':'2028-01-01'}]}"
    "]}",
    "2028-06-30");
  const ZjtxAward *a;
  const ZjtxExclusion *x;

  /* 2025-12-31: 永政办规〔2024〕1号, 10,000.00 */
  a = assert_award (ev, "E1", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 1000000);
  g_assert_cmpstr (a->policy->id, ==, CUR_ID);
  g_assert_cmpstr (a->clause, ==, "四（一）");
  /* 2026-01-01: the next policy, 20,000.00 */
  a = assert_award (ev, "E2", ZJTX_AWARD_RECOGNITION_INNOVATIVE, 2000000);
  g_assert_cmpstr (a->policy->id, ==, NEXT_ID);
  g_assert_cmpstr (a->clause, ==, "三（一）");
  /* national under the next policy: 1,000,000.00 */
  assert_award (ev, "E3", ZJTX_AWARD_RECOGNITION_NATIONAL, 100000000);
  /* one enterprise, two policies: 100,000.00 + 1,000,000.00 */
  a = assert_award (ev, "E4", ZJTX_AWARD_RECOGNITION_PROVINCIAL, 10000000);
  g_assert_cmpstr (a->policy->id, ==, CUR_ID);
  a = assert_award (ev, "E4", ZJTX_AWARD_RECOGNITION_NATIONAL, 100000000);
  g_assert_cmpstr (a->policy->id, ==, NEXT_ID);
  /* 2028-01-01: outside every window */
  assert_no_award (ev, "E5", ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  x = assert_excluded (ev, "E5", ZJTX_AWARD_RECOGNITION_PROVINCIAL, ZJTX_EXCLUSION_OUTSIDE_WINDOW, -1);
  g_assert_null (x->policy);

  assert_total (ev, 1000000 + 2000000 + 100000000 + 10000000 + 100000000);
}

/* The park supports are judged by the policy of the park entry date. */
static void
test_policies_park_support (void)
{
  g_autoptr(ZjtxPolicySet) set = two_policies ();
  g_autoptr(ZjtxEvaluation) ev = evaluate_with (set,
    "{'enterprises':["
    /* entered 2026-02-01: next policy */
    "{'id':'E5','name':'甲','recognitions':[{'tier':'provincial','date':'2026-01-15'}],"
      "'park':'P1','park_entry_date':'2026-02-01',"
      "'housing_loans':[{'principal':'4000000.00','term_months':12}],'first_year_kwh':1500000},"
    /* entered 2025-12-01: 永政办规〔2024〕1号 */
    "{'id':'E6','name':'乙','recognitions':[{'tier':'provincial','date':'2025-11-01'}],"
      "'park':'P1','park_entry_date':'2025-12-01',"
      "'housing_loans':[{'principal':'4000000.00','term_months':12}],'first_year_kwh':1500000},"
    /* next policy, a tie: loan 3,200,000.00 × 1.5% × 6/12 = 24,000.00,
     * rent 16,000.00 × 25% × 6 = 24,000.00 → rent preferred */
    "{'id':'E7','name':'丙','recognitions':[{'tier':'provincial','date':'2026-01-15'}],"
      "'park':'P1','park_entry_date':'2026-02-01',"
      "'housing_loans':[{'principal':'3200000.00','term_months':12}],"
      "'rent':[{'monthly':'16000.00','months':8}]}"
    "]," PARKS ",'institutions':["
    /* next: 900,000.00 × 2% (default) = 18,000.00 */
    "{'id':'S1','name':'甲','park':'P1','service_fees':'900000.00','date':'2026-03-01'},"
    /* next: 4% ≤ 5%: 900,000.00 × 4% = 36,000.00 */
    "{'id':'S2','name':'乙','park':'P1','service_fees':'900000.00','rate':'0.04','date':'2026-03-01'},"
    /* 永政办规〔2024〕1号: 900,000.00 × 3% (default) = 27,000.00 */
    "{'id':'S3','name':'丙','park':'P1','service_fees':'900000.00','date':'2025-12-31'}"
    "]}",
    "2026-06-30");
  const ZjtxAward *a;

  /* 4,000,000.00 × 1.5% × min(12, 6)/12 = 30,000.00 */
  a = assert_award (ev, "E5", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 3000000);
  g_assert_cmpstr (a->policy->id, ==, NEXT_ID);
  g_assert_cmpstr (a->clause, ==, "三（二）1");
  /* 1,500,000 kWh ≥ 1,500,000: × 0.06 = 90,000.00 */
  assert_award (ev, "E5", ZJTX_AWARD_PRODUCTION_REWARD, 9000000);
  /* provincial 2026-01-15 under the next policy: 200,000.00 */
  assert_award (ev, "E5", ZJTX_AWARD_RECOGNITION_PROVINCIAL, 20000000);

  /* 4,000,000.00 × 1% × 12/12 = 40,000.00 */
  a = assert_award (ev, "E6", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 4000000);
  g_assert_cmpstr (a->policy->id, ==, CUR_ID);
  g_assert_cmpstr (a->clause, ==, "四（二）1");
  /* 1,500,000 kWh < 2,000,000 under 永政办规〔2024〕1号 */
  assert_no_award (ev, "E6", ZJTX_AWARD_PRODUCTION_REWARD);
  assert_excluded (ev, "E6", ZJTX_AWARD_PRODUCTION_REWARD, ZJTX_EXCLUSION_BELOW_THRESHOLD, -1);
  assert_award (ev, "E6", ZJTX_AWARD_RECOGNITION_PROVINCIAL, 10000000);

  a = assert_award (ev, "E7", ZJTX_AWARD_RENT_SUBSIDY, 2400000);
  g_assert_cmpstr (a->policy->id, ==, NEXT_ID);
  assert_no_award (ev, "E7", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  assert_excluded (ev, "E7", ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, ZJTX_EXCLUSION_EXCLUSIVE, 2400000);

  a = assert_award (ev, "S1", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 1800000);
  g_assert_cmpstr (a->policy->id, ==, NEXT_ID);
  assert_award (ev, "S2", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 3600000);
  a = assert_award (ev, "S3", ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, 2700000);
  g_assert_cmpstr (a->policy->id, ==, CUR_ID);
}

/* With two policies, each reports its own targets; "in_window" counts the
 * first recognitions inside that policy's window (and on or before as_of).
 * As of 2026-06-30:
 *  T1 innovative 2025-03-01, provincial 2026-03-01
 *  T2 innovative 2026-02-01
 *  T3 provincial 2021-06-01 (expired 2024-06-01)
 * innovative: cumulative 2, holding 2; in window: 2024 policy 1 (T1), next 1 (T2)
 * provincial: cumulative 2, holding 1; in window: 2024 policy 0, next 1 (T1) */
static const ZjtxTargetProgress *
find_target_of (ZjtxEvaluation *ev,
                const char     *policy_id,
                ZjtxTier        tier)
{
  for (guint i = 0; i < ev->targets->len; i++)
    {
      const ZjtxTargetProgress *t = &g_array_index (ev->targets, ZjtxTargetProgress, i);
      if (t->tier == tier && g_strcmp0 (t->policy->id, policy_id) == 0)
        return t;
    }
  fail_at (__FILE__, __LINE__, ev, "no target of %s for tier %d", policy_id, tier);
  return NULL;
}

static void
test_policies_targets (void)
{
  g_autoptr(ZjtxPolicySet) set = two_policies ();
  g_autoptr(ZjtxEvaluation) ev = evaluate_with (set,
    "{'enterprises':["
    "{'id':'T1','name':'甲','recognitions':[{'tier':'innovative','date':'2025-03-01'},{'tier':'provincial','date':'2026-03-01'}]},"
    "{'id':'T2','name':'乙','recognitions':[{'tier':'innovative','date':'2026-02-01'}]},"
    "{'id':'T3','name':'丙','recognitions':[{'tier':'provincial','date':'2021-06-01'}]}"
    "]}",
    "2026-06-30");
  const ZjtxTargetProgress *t;

  t = find_target_of (ev, CUR_ID, ZJTX_TIER_INNOVATIVE);
  g_assert_cmpint (t->goal, ==, 70);
  g_assert_cmpint (t->in_window, ==, 1);
  t = find_target_of (ev, NEXT_ID, ZJTX_TIER_INNOVATIVE);
  g_assert_cmpint (t->goal, ==, 100);
  g_assert_cmpuint (t->deadline, ==, d ("2027-12-31"));
  g_assert_cmpint (t->cumulative, ==, 2);
  g_assert_cmpint (t->holding, ==, 2);
  g_assert_cmpint (t->in_window, ==, 1);
  t = find_target_of (ev, CUR_ID, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (t->in_window, ==, 0);
  t = find_target_of (ev, NEXT_ID, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (t->goal, ==, 40);
  g_assert_cmpint (t->cumulative, ==, 2);
  g_assert_cmpint (t->holding, ==, 1);
  g_assert_cmpint (t->in_window, ==, 1);
  t = find_target_of (ev, NEXT_ID, ZJTX_TIER_NATIONAL);
  g_assert_cmpint (t->goal, ==, 3);
  g_assert_cmpint (t->cumulative, ==, 0);
}

/* The park title is judged by the policy in force on as_of: under the next
 * policy 3 SRDI members suffice. */
static void
test_policies_park_title (void)
{
  g_autoptr(ZjtxPolicySet) set = two_policies ();
  const char *facts =
    "{'enterprises':["
    "{'id':'A','name':'A','park':'P1','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2025-03-01'}]},"
    "{'id':'B','name':'B','park':'P1','output':'1000000.00','recognitions':[{'tier':'provincial','date':'2025-03-01'}]},"
    "{'id':'C','name':'C','park':'P1','output':'1000000.00','recognitions':[{'tier':'national','date':'2025-03-01'}]}"
    "]," PARKS "}";
  g_autoptr(ZjtxEvaluation) ev_old = evaluate_with (set, facts, "2025-12-31");
  g_autoptr(ZjtxEvaluation) ev_new = evaluate_with (set, facts, "2026-01-01");
  const ZjtxParkVerdict *v;

  v = find_park (ev_old, "P1");
  g_assert_cmpstr (v->policy->id, ==, CUR_ID);
  g_assert_cmpint (v->srdi_count, ==, 3);
  g_assert_cmpstr (criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES)->required, ==, "4");
  g_assert_false (v->title);

  v = find_park (ev_new, "P1");
  g_assert_cmpstr (v->policy->id, ==, NEXT_ID);
  g_assert_cmpint (v->srdi_count, ==, 3);
  g_assert_cmpstr (criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES)->required, ==, "3");
  g_assert_cmpstr (criterion (v, ZJTX_CRITERION_OUTPUT_SHARE)->required, ==, "0.2500");
  g_assert_true (criterion (v, ZJTX_CRITERION_SRDI_ENTERPRISES)->met);
  g_assert_true (v->title);
}

/* ------------------------------------------------------------------ */
/* the evaluation document (docs/formats.md)                           */

/* The example facts of docs/formats.md (with a valid USCC), as of 2025-06-30:
 *  recognition innovative 2024-03-15: 10,000.00
 *  recognition provincial 2024-09-01: 100,000.00
 *  loan 8,000,000.00 × 1% × 12/12 = 80,000.00 (24 months, counted 12)
 *  rent 50,000.00 × 20% × 12 = 120,000.00, chosen (and larger): loan excluded
 *  production 3,500,000 × 0.05 = 175,000.00
 *  S1 2,000,000.00 × 3% = 60,000.00
 *  total 465,000.00 */
static const char example_facts[] =
  "{"
  "'as_of':'2025-06-30',"
  "'enterprises':[{"
    "'id':'E1','name':'永春县某某香业有限公司','uscc':'91350525MA2Y00001D',"
    "'recognitions':[{'tier':'innovative','date':'2024-03-15','review':false},"
                    "{'tier':'provincial','date':'2024-09-01'}],"
    "'park':'P1','park_entry_date':'2024-06-01','output':'12000000.00',"
    "'housing_loans':[{'principal':'8000000.00','term_months':24}],"
    "'rent':[{'monthly':'50000.00','months':18}],"
    "'first_year_kwh':3500000,"
    "'park_support_choice':'rent_subsidy',"
    "'park_support_choice_reason':'企业申请，经局务会研究'}],"
  "'parks':[{'id':'P1','name':'永春县专精特新示范园','contiguous':true,'demonstration':true}],"
  "'institutions':[{'id':'S1','name':'某工业设计中心','park':'P1','service_fees':'2000000.00',"
                   "'rate':'0.03','date':'2025-05-01'}]"
  "}";

static void
test_json_document (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (example_facts, "2025-06-30");
  g_autoptr(JsonNode) root = zjtx_evaluation_to_json (ev);
  JsonObject *doc = json_node_get_object (root);
  JsonArray *awards, *excluded, *parks, *targets, *policies, *criteria;
  JsonObject *o;

  g_assert_cmpstr (str (doc, "as_of"), ==, "2025-06-30");
  policies = json_object_get_array_member (doc, "policies");
  g_assert_cmpuint (json_array_get_length (policies), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (policies, 0), ==, "永政办规〔2024〕1号");

  awards = json_object_get_array_member (doc, "awards");
  g_assert_cmpuint (json_array_get_length (awards), ==, 5);

  o = json_find (awards, "recipient", "E1", "kind", "recognition_innovative");
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "amount"), ==, "10000.00");
  g_assert_cmpstr (str (o, "event_date"), ==, "2024-03-15");
  g_assert_cmpstr (str (o, "clause"), ==, "四（一）");
  g_assert_cmpstr (str (o, "policy"), ==, "永政办规〔2024〕1号");
  g_assert_cmpstr (str (o, "policy_id"), ==, CUR_ID);
  g_assert_cmpstr (str (o, "recipient_type"), ==, "enterprise");
  g_assert_cmpstr (str (o, "recipient_name"), ==, "永春县某某香业有限公司");
  g_assert_nonnull (str (o, "basis"));

  o = json_find (awards, "recipient", "E1", "kind", "recognition_provincial");
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "amount"), ==, "100000.00");
  g_assert_cmpstr (str (o, "event_date"), ==, "2024-09-01");

  o = json_find (awards, "recipient", "E1", "kind", "rent_subsidy");
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "amount"), ==, "120000.00");
  g_assert_cmpstr (str (o, "clause"), ==, "四（二）2");

  g_assert_null (json_find (awards, "recipient", "E1", "kind", "loan_interest_subsidy"));

  o = json_find (awards, "recipient", "E1", "kind", "production_reward");
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "amount"), ==, "175000.00");
  g_assert_cmpstr (str (o, "clause"), ==, "四（二）3");

  o = json_find (awards, "recipient", "S1", "kind", "service_institution_reward");
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "amount"), ==, "60000.00");
  g_assert_cmpstr (str (o, "recipient_type"), ==, "institution");
  g_assert_cmpstr (str (o, "clause"), ==, "四（二）4");
  g_assert_cmpstr (str (o, "event_date"), ==, "2025-05-01");
  /* institutions come after the enterprises */
  g_assert_cmpstr (str (json_array_get_object_element (awards, 4), "recipient"), ==, "S1");

  excluded = json_object_get_array_member (doc, "excluded");
  o = json_find (excluded, "recipient", "E1", "kind", "loan_interest_subsidy");
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "reason_code"), ==, "exclusive");
  g_assert_cmpstr (str (o, "amount"), ==, "80000.00");
  g_assert_cmpstr (str (o, "policy"), ==, "永政办规〔2024〕1号");
  g_assert_nonnull (str (o, "reason"));

  parks = json_object_get_array_member (doc, "parks");
  g_assert_cmpuint (json_array_get_length (parks), ==, 1);
  o = json_array_get_object_element (parks, 0);
  g_assert_cmpstr (str (o, "id"), ==, "P1");
  g_assert_cmpstr (str (o, "policy"), ==, "永政办规〔2024〕1号");
  g_assert_false (json_object_get_boolean_member (o, "title"));
  g_assert_cmpint (num (o, "members"), ==, 1);
  g_assert_cmpint (num (o, "srdi_count"), ==, 1);
  g_assert_cmpstr (str (o, "tiered_output"), ==, "12000000.00");
  g_assert_cmpstr (str (o, "total_output"), ==, "12000000.00");
  g_assert_cmpstr (str (o, "output_share"), ==, "1.0000");
  g_assert_true (json_object_get_boolean_member (o, "contiguous"));
  g_assert_true (json_object_get_boolean_member (o, "demonstration"));
  criteria = json_object_get_array_member (o, "criteria");
  g_assert_cmpuint (json_array_get_length (criteria), ==, 3);
  o = json_find (criteria, "criterion", "srdi_enterprises", NULL, NULL);
  g_assert_nonnull (o);
  g_assert_false (json_object_get_boolean_member (o, "met"));
  g_assert_cmpstr (str (o, "value"), ==, "1");
  g_assert_cmpstr (str (o, "required"), ==, "4");
  g_assert_nonnull (strstr (str (o, "text"), "3 more"));
  o = json_find (criteria, "criterion", "output_share", NULL, NULL);
  g_assert_nonnull (o);
  g_assert_true (json_object_get_boolean_member (o, "met"));
  g_assert_cmpstr (str (o, "value"), ==, "1.0000");
  g_assert_cmpstr (str (o, "required"), ==, "0.2000");
  o = json_find (criteria, "criterion", "contiguous", NULL, NULL);
  g_assert_nonnull (o);
  g_assert_true (json_object_get_boolean_member (o, "met"));
  g_assert_cmpstr (str (o, "value"), ==, "true");
  g_assert_cmpstr (str (o, "required"), ==, "true");

  targets = json_object_get_array_member (doc, "targets");
  g_assert_cmpuint (json_array_get_length (targets), ==, 3);
  o = json_find (targets, "tier", "innovative", NULL, NULL);
  g_assert_nonnull (o);
  g_assert_cmpstr (str (o, "policy"), ==, "永政办规〔2024〕1号");
  g_assert_cmpint (num (o, "goal"), ==, 70);
  g_assert_cmpstr (str (o, "deadline"), ==, "2025-12-31");
  g_assert_cmpint (num (o, "cumulative"), ==, 1);
  g_assert_cmpint (num (o, "holding"), ==, 1);
  g_assert_cmpint (num (o, "in_window"), ==, 1);
  o = json_find (targets, "tier", "provincial", NULL, NULL);
  g_assert_cmpint (num (o, "goal"), ==, 30);
  g_assert_cmpint (num (o, "cumulative"), ==, 1);
  o = json_find (targets, "tier", "national", NULL, NULL);
  g_assert_cmpint (num (o, "goal"), ==, 2);
  g_assert_cmpint (num (o, "cumulative"), ==, 0);
  g_assert_cmpint (num (o, "holding"), ==, 0);
  g_assert_cmpint (num (o, "in_window"), ==, 0);

  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (doc, "warnings")), ==, 0);
  /* 10,000 + 100,000 + 120,000 + 175,000 + 60,000 */
  g_assert_cmpstr (str (doc, "total"), ==, "465000.00");
  assert_total (ev, 46500000);
}

/* Awards enterprise by enterprise in the order of the facts, then
 * institutions. */
static void
test_award_order (void)
{
  g_autoptr(ZjtxEvaluation) ev = evaluate (
    "{'institutions':[{'id':'S1','name':'甲','park':'P1','service_fees':'1000.00','date':'2025-05-01'}],"
    "'enterprises':["
    "{'id':'Z','name':'Z'," ELIGIBLE ",'first_year_kwh':2000000,"
      "'housing_loans':[{'principal':'1000000.00','term_months':12}]},"
    "{'id':'A','name':'A','recognitions':[{'tier':'innovative','date':'2024-03-01'},"
      "{'tier':'national','date':'2025-03-01'}]}"
    "]," PARKS "}",
    "2025-06-30");
  int state = 0;   /* 0: Z, 1: A, 2: S1 */

  g_assert_cmpuint (ev->awards->len, ==, 6);
  for (guint i = 0; i < ev->awards->len; i++)
    {
      const char *who = g_array_index (ev->awards, ZjtxAward, i).recipient;
      int s = g_str_equal (who, "Z") ? 0 : g_str_equal (who, "A") ? 1 : 2;
      if (s < state)
        fail_at (__FILE__, __LINE__, ev, "awards out of order at %u (%s)", i, who);
      state = s;
    }
}

static void
test_reason_ids (void)
{
  static const char *ids[] = {
    "outside_window", "after_as_of", "review", "already_recognised", "no_park",
    "not_demonstration_park", "no_entry_date", "not_srdi", "below_threshold",
    "exclusive", "cap_applied", "nothing_claimed",
  };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_assert_cmpstr (zjtx_exclusion_reason_to_id ((ZjtxExclusionReason) i), ==, ids[i]);
}

/* The evaluation keeps what it needs: facts and policies may be dropped. */
static void
test_ownership (void)
{
  ZjtxPolicySet *set = current_policies ();
  ZjtxFacts *facts = facts_from (example_facts);
  ZjtxEvaluation *ev = zjtx_evaluate (facts, set, d ("2025-06-30"));
  g_autoptr(JsonNode) root = NULL;

  zjtx_facts_unref (facts);
  zjtx_policy_set_unref (set);
  assert_award (ev, "E1", ZJTX_AWARD_RENT_SUBSIDY, 12000000);
  root = zjtx_evaluation_to_json (ev);
  g_assert_nonnull (root);
  zjtx_evaluation_unref (ev);
}

/* Same input, same output (no clock, no global state). */
static void
test_deterministic (void)
{
  g_autoptr(ZjtxEvaluation) a = evaluate (example_facts, "2025-06-30");
  g_autoptr(ZjtxEvaluation) b = evaluate (example_facts, "2025-06-30");
  g_autofree char *ja = dump (a);
  g_autofree char *jb = dump (b);

  g_assert_cmpstr (ja, ==, jb);
}

/* ------------------------------------------------------------------ */
/* facts parsing                                                        */

static void
test_facts_parse (void)
{
  g_autoptr(ZjtxFacts) f = facts_from (
    "{'as_of':'2025-06-30','enterprises':["
    "{'id':'E1','name':'甲','uscc':'91350525MA2Y00001D',"
      "'recognitions':[{'tier':'provincial','date':'2024-09-01'},{'tier':'innovative','date':'2024-03-15','review':true}],"
      "'park':'P2','park_entry_date':'2024-06-01','output':'12.5',"
      "'housing_loans':[{'principal':7,'term_months':3},{'principal':'8000000.00','term_months':24}],"
      "'rent':[{'monthly':'7','months':18}],'first_year_kwh':3500000,"
      "'park_support_choice':'loan_interest_subsidy','park_support_choice_reason':'理由'},"
    "{'id':'E2','name':'乙','output':'10000000000000.00'}"
    "]," PARKS ",'institutions':["
    "{'id':'S1','name':'中心','park':'P1','service_fees':'2000000.00','date':'2025-05-01'},"
    "{'id':'S2','name':'中心二','service_fees':1,'rate':'0.025','date':'2025-05-01'}]}");
  const ZjtxEnterpriseFact *e;
  const ZjtxParkFact *p;
  const ZjtxInstitutionFact *s;

  g_assert_cmpuint (f->as_of, ==, d ("2025-06-30"));
  g_assert_cmpuint (f->enterprises->len, ==, 2);
  g_assert_cmpuint (f->parks->len, ==, 2);
  g_assert_cmpuint (f->institutions->len, ==, 2);
  g_assert_true (f->warnings == NULL || f->warnings->len == 0);

  e = &g_array_index (f->enterprises, ZjtxEnterpriseFact, 0);
  g_assert_cmpstr (e->id, ==, "E1");
  g_assert_cmpstr (e->name, ==, "甲");
  g_assert_cmpstr (e->uscc, ==, "91350525MA2Y00001D");
  g_assert_cmpuint (e->n_recognitions, ==, 2);
  g_assert_cmpint (e->recognitions[0].tier, ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpuint (e->recognitions[0].date, ==, d ("2024-09-01"));
  g_assert_false (e->recognitions[0].review);
  g_assert_cmpint (e->recognitions[1].tier, ==, ZJTX_TIER_INNOVATIVE);
  g_assert_true (e->recognitions[1].review);
  g_assert_cmpint (e->park, ==, 1);
  g_assert_cmpuint (e->park_entry_date, ==, d ("2024-06-01"));
  g_assert_cmpint (e->output, ==, 1250);
  g_assert_cmpuint (e->n_loans, ==, 2);
  g_assert_cmpint (e->loans[0].principal, ==, 700);
  g_assert_cmpint (e->loans[0].term_months, ==, 3);
  g_assert_cmpint (e->loans[1].principal, ==, 800000000);
  g_assert_cmpuint (e->n_rents, ==, 1);
  g_assert_cmpint (e->rents[0].monthly, ==, 700);
  g_assert_cmpint (e->rents[0].months, ==, 18);
  g_assert_cmpint (e->first_year_kwh, ==, 3500000);
  g_assert_cmpint (e->support_choice, ==, ZJTX_SUPPORT_CHOICE_LOAN);
  g_assert_cmpstr (e->support_choice_reason, ==, "理由");

  e = &g_array_index (f->enterprises, ZjtxEnterpriseFact, 1);
  g_assert_null (e->uscc);
  g_assert_cmpuint (e->n_recognitions, ==, 0);
  g_assert_cmpint (e->park, ==, -1);
  g_assert_cmpuint (e->park_entry_date, ==, ZJTX_DATE_NONE);
  g_assert_cmpint (e->output, ==, ZJTX_FEN_MAX);   /* the largest amount */
  g_assert_cmpuint (e->n_loans, ==, 0);
  g_assert_cmpuint (e->n_rents, ==, 0);
  g_assert_cmpint (e->first_year_kwh, ==, -1);
  g_assert_cmpint (e->support_choice, ==, ZJTX_SUPPORT_CHOICE_AUTO);

  p = &g_array_index (f->parks, ZjtxParkFact, 1);
  g_assert_cmpstr (p->id, ==, "P2");
  g_assert_true (p->contiguous);
  g_assert_false (p->demonstration);

  s = &g_array_index (f->institutions, ZjtxInstitutionFact, 0);
  g_assert_cmpint (s->park, ==, 0);
  g_assert_cmpuint (s->n_claims, ==, 1);
  g_assert_cmpint (s->claims[0].service_fees, ==, 200000000);
  g_assert_cmpint (s->claims[0].rate_ppm, ==, -1);
  g_assert_cmpuint (s->claims[0].date, ==, d ("2025-05-01"));
  s = &g_array_index (f->institutions, ZjtxInstitutionFact, 1);
  g_assert_cmpint (s->park, ==, -1);
  g_assert_cmpuint (s->n_claims, ==, 1);
  g_assert_cmpint (s->claims[0].service_fees, ==, 100);
  g_assert_cmpint (s->claims[0].rate_ppm, ==, 25000);
}

static void
test_facts_no_as_of (void)
{
  g_autoptr(ZjtxFacts) f = facts_from ("{'enterprises':[]}");

  g_assert_cmpuint (f->as_of, ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (f->enterprises->len, ==, 0);
}

/* The model builds facts from code: the same facts as example_facts give
 * the same evaluation document. */
static void
test_facts_built_from_code (void)
{
  g_autoptr(ZjtxFacts) built = zjtx_facts_new ();
  g_autoptr(ZjtxFacts) parsed = facts_from (example_facts);
  g_autoptr(ZjtxPolicySet) set = current_policies ();
  g_autoptr(ZjtxEvaluation) ev_built = NULL;
  g_autoptr(ZjtxEvaluation) ev_parsed = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  zjtx_facts_set_as_of (built, d ("2025-06-30"));
  g_assert_true (zjtx_facts_add_park (built, "P1", "永春县专精特新示范园", TRUE, TRUE, &error));
  g_assert_nonnull (zjtx_facts_add_enterprise (built, "E1", "永春县某某香业有限公司", "91350525MA2Y00001D",
                                               "P1", d ("2024-06-01"), YUAN (12000000), 3500000, &error));
  g_assert_no_error (error);
  zjtx_facts_add_recognition (built, ZJTX_TIER_INNOVATIVE, d ("2024-03-15"), FALSE);
  zjtx_facts_add_recognition (built, ZJTX_TIER_PROVINCIAL, d ("2024-09-01"), FALSE);
  zjtx_facts_add_loan (built, YUAN (8000000), 24);
  zjtx_facts_add_rent (built, YUAN (50000), 18);
  zjtx_facts_set_support_choice (built, ZJTX_SUPPORT_CHOICE_RENT, "企业申请，经局务会研究");
  g_assert_true (zjtx_facts_add_institution (built, "S1", "某工业设计中心", "P1", &error));
  zjtx_facts_add_service_claim (built, YUAN (2000000), 30000, d ("2025-05-01"));
  /* a duplicate id and an unknown park are refused */
  g_assert_false (zjtx_facts_add_park (built, "E1", "重复", TRUE, TRUE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (zjtx_facts_add_institution (built, "S2", "x", "P9", &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  zjtx_facts_seal (built);

  ev_built = zjtx_evaluate (built, set, d ("2025-06-30"));
  ev_parsed = zjtx_evaluate (parsed, set, d ("2025-06-30"));
  assert_total (ev_built, 46500000);
  a = dump (ev_built);
  b = dump (ev_parsed);
  g_assert_cmpstr (a, ==, b);
}

/* Fails with @code; the message starts with @prefix (the JSON path) and
 * contains @also if given. */
static void
check_facts_error (const char *sq_json,
                   int         code,
                   const char *prefix,
                   const char *also)
{
  g_autofree char *json = dq (sq_json);
  g_autoptr(GError) error = NULL;
  ZjtxFacts *f = zjtx_facts_new_from_data (json, -1, &error);

  if (f != NULL)
    g_error ("facts accepted: %s", json);
  g_assert_error (error, ZJTX_FACTS_ERROR, code);
  if (prefix != NULL && !g_str_has_prefix (error->message, prefix))
    g_error ("message “%s” should start with “%s” (facts: %s)", error->message, prefix, json);
  if (also != NULL && strstr (error->message, also) == NULL)
    g_error ("message “%s” should contain “%s” (facts: %s)", error->message, also, json);
}

#define ONE(enterprise) "{'enterprises':[{'id':'E1','name':'甲'," enterprise "}]," PARKS "}"

static void
test_facts_errors (void)
{
  check_facts_error ("{'enterprises':[", ZJTX_FACTS_ERROR_PARSE, NULL, NULL);

  /* the example of docs/formats.md */
  check_facts_error (ONE ("'housing_loans':[{'principal':'1.234','term_months':12}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].housing_loans[0].principal", "1.234");
  check_facts_error ("{'enterprises':[{'id':'E0','name':'x'},{'id':'E1','name':'y',"
                     "'housing_loans':[{'principal':'1','term_months':12},{'principal':'1.234','term_months':12}]}]}",
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[1].housing_loans[1].principal", NULL);
  /* a JSON float is never money */
  check_facts_error (ONE ("'output':12.5"), ZJTX_FACTS_ERROR_INVALID, "enterprises[0].output", NULL);
  check_facts_error (ONE ("'rent':[{'monthly':'-5.00','months':3}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].rent[0].monthly", NULL);
  check_facts_error (ONE ("'output':'10000000000000.01'"), ZJTX_FACTS_ERROR_INVALID, "enterprises[0].output", NULL);
  check_facts_error (ONE ("'output':'1,000.00'"), ZJTX_FACTS_ERROR_INVALID, "enterprises[0].output", NULL);
  /* an unknown (misspelt) key */
  check_facts_error ("{'enterprises':[{'id':'E1','name':'甲','nmae':'乙'}]}",
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0]", "nmae");
  check_facts_error ("{'enterprises':[],'asof':'2025-06-30'}", ZJTX_FACTS_ERROR_INVALID, NULL, "asof");
  check_facts_error (ONE ("'housing_loans':[{'principal':'1','term_months':12,'rate':'0.01'}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].housing_loans[0]", "rate");
  /* an unknown park */
  check_facts_error (ONE ("'park':'P9','park_entry_date':'2024-06-01'"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].park", "P9");
  check_facts_error ("{'enterprises':[]," PARKS ",'institutions':[{'id':'S1','name':'x','park':'P9',"
                     "'service_fees':'1','date':'2025-01-01'}]}",
                     ZJTX_FACTS_ERROR_INVALID, "institutions[0].park", NULL);
  /* a duplicate id */
  check_facts_error ("{'enterprises':[{'id':'E1','name':'甲'},{'id':'E1','name':'乙'}]}",
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[1].id", "E1");
  check_facts_error ("{'enterprises':[{'id':'P1','name':'甲'}]," PARKS "}",
                     ZJTX_FACTS_ERROR_INVALID, NULL, "P1");
  /* an impossible date */
  check_facts_error (ONE ("'recognitions':[{'tier':'provincial','date':'2024-02-30'}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].recognitions[0].date", NULL);
  check_facts_error ("{'as_of':'2025-13-01','enterprises':[]}", ZJTX_FACTS_ERROR_INVALID, "as_of", NULL);
  check_facts_error (ONE ("'park':'P1','park_entry_date':'2024-6-1'"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].park_entry_date", NULL);
  /* an invalid USCC (the check character should be 4) */
  check_facts_error (ONE ("'uscc':'91350525MA2Y0000XX'"), ZJTX_FACTS_ERROR_INVALID, "enterprises[0].uscc", NULL);
  check_facts_error (ONE ("'uscc':'9135052'"), ZJTX_FACTS_ERROR_INVALID, "enterprises[0].uscc", NULL);
  /* an unknown tier */
  check_facts_error (ONE ("'recognitions':[{'tier':'municipal','date':'2024-03-01'}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].recognitions[0].tier", "municipal");
  /* other ranges and types */
  check_facts_error (ONE ("'housing_loans':[{'principal':'1000.00','term_months':0}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].housing_loans[0].term_months", NULL);
  check_facts_error (ONE ("'rent':[{'monthly':'1000.00','months':0}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].rent[0].months", NULL);
  check_facts_error (ONE ("'first_year_kwh':3500000.5"), ZJTX_FACTS_ERROR_INVALID, "enterprises[0].first_year_kwh", NULL);
  check_facts_error (ONE ("'recognitions':[{'tier':'provincial','date':'2024-03-01','review':'no'}]"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].recognitions[0].review", NULL);
  check_facts_error (ONE ("'park_support_choice':'both','park_support_choice_reason':'x'"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].park_support_choice", NULL);
  /* the reason is required with a choice */
  check_facts_error (ONE ("'park_support_choice':'rent_subsidy'"),
                     ZJTX_FACTS_ERROR_INVALID, "enterprises[0].park_support_choice", NULL);
  check_facts_error ("{'enterprises':[{'id':'E1'}]}", ZJTX_FACTS_ERROR_INVALID, "enterprises[0]", "name");
  check_facts_error ("{'enterprises':[]," PARKS ",'institutions':[{'id':'S1','name':'x','park':'P1',"
                     "'service_fees':'1','rate':'0.0000001','date':'2025-01-01'}]}",
                     ZJTX_FACTS_ERROR_INVALID, "institutions[0].rate", NULL);
  check_facts_error ("{'enterprises':[],'parks':[{'id':'P1','name':'x','contiguous':'yes','demonstration':true}]}",
                     ZJTX_FACTS_ERROR_INVALID, "parks[0].contiguous", NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluator/recognition/window", test_recognition_window);
  g_test_add_func ("/evaluator/recognition/tiers", test_recognition_tiers);
  g_test_add_func ("/evaluator/recognition/stacking", test_recognition_stacking);
  g_test_add_func ("/evaluator/recognition/exclusions", test_recognition_exclusions);
  g_test_add_func ("/evaluator/recognition/out-of-order", test_recognition_out_of_order);
  g_test_add_func ("/evaluator/as-of-argument", test_as_of_argument);

  g_test_add_func ("/evaluator/loan/nine-months", test_loan_nine_months);
  g_test_add_func ("/evaluator/loan/term-cap", test_loan_term_cap);
  g_test_add_func ("/evaluator/loan/rounding", test_loan_rounding);
  g_test_add_func ("/evaluator/loan/cap", test_loan_cap);

  g_test_add_func ("/evaluator/rent/fifteen-months", test_rent_fifteen_months);
  g_test_add_func ("/evaluator/rent/entries-in-order", test_rent_entries_in_order);
  g_test_add_func ("/evaluator/rent/cap", test_rent_cap);

  g_test_add_func ("/evaluator/exclusive/larger-wins", test_exclusive_larger_wins);
  g_test_add_func ("/evaluator/exclusive/tie", test_exclusive_tie);
  g_test_add_func ("/evaluator/exclusive/override", test_exclusive_override);
  g_test_add_func ("/evaluator/exclusive/after-cap", test_exclusive_after_cap);

  g_test_add_func ("/evaluator/park-support/park", test_support_park);
  g_test_add_func ("/evaluator/park-support/entry-window", test_support_entry_window);
  g_test_add_func ("/evaluator/park-support/not-srdi", test_support_not_srdi);
  g_test_add_func ("/evaluator/park-support/srdi-after-window", test_support_srdi_after_window);
  g_test_add_func ("/evaluator/park-support/entry-after-as-of", test_support_entry_after_as_of);
  g_test_add_func ("/evaluator/park-support/expiry", test_support_expiry);
  g_test_add_func ("/evaluator/holds-tier", test_holds_tier);

  g_test_add_func ("/evaluator/production", test_production);

  g_test_add_func ("/evaluator/service/rate", test_service_rate);
  g_test_add_func ("/evaluator/service/window", test_service_window);
  g_test_add_func ("/evaluator/service/cap", test_service_cap);
  g_test_add_func ("/evaluator/service/park", test_service_park);
  g_test_add_func ("/evaluator/service/several-claims", test_service_several_claims);
  g_test_add_func ("/evaluator/service/claims-capped", test_service_claims_capped);
  g_test_add_func ("/evaluator/service/claims-two-policies", test_service_claims_two_policies);
  g_test_add_func ("/evaluator/service/claims-both-forms", test_service_claims_both_forms);

  g_test_add_func ("/evaluator/park-title/srdi-count", test_park_title_srdi_count);
  g_test_add_func ("/evaluator/park-title/output-share", test_park_title_output_share);
  g_test_add_func ("/evaluator/park-title/contiguous", test_park_title_contiguous);

  g_test_add_func ("/evaluator/targets", test_targets);

  g_test_add_func ("/evaluator/policies/recognition", test_policies_recognition);
  g_test_add_func ("/evaluator/policies/park-support", test_policies_park_support);
  g_test_add_func ("/evaluator/policies/park-title", test_policies_park_title);
  g_test_add_func ("/evaluator/policies/targets", test_policies_targets);

  g_test_add_func ("/evaluator/json/document", test_json_document);
  g_test_add_func ("/evaluator/json/award-order", test_award_order);
  g_test_add_func ("/evaluator/reason-ids", test_reason_ids);
  g_test_add_func ("/evaluator/ownership", test_ownership);
  g_test_add_func ("/evaluator/deterministic", test_deterministic);

  g_test_add_func ("/facts/parse", test_facts_parse);
  g_test_add_func ("/facts/no-as-of", test_facts_no_as_of);
  g_test_add_func ("/facts/built-from-code", test_facts_built_from_code);
  g_test_add_func ("/facts/errors", test_facts_errors);

  return g_test_run ();
}
