/* test-policy.c: the policy loader (data/policies/NAME.json, docs/formats.md)
 *
 * Written from the specification (shared/design/policy-rules.md and
 * docs/formats.md), independently of the implementation:
 *  - every number of the shipped 永政办规〔2024〕1号 file reaches its struct field;
 *  - zjtx_policy_to_json round-trips;
 *  - a bad document fails with ZJTX_POLICY_ERROR and a message naming the
 *    JSON path (and, for a file, the file name);
 *  - a policy set refuses overlapping windows and duplicate ids, accepts
 *    adjacent windows and finds the policy in force on a date.
 */
#include <string.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"

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

/* The shipped policy file, found from the tests/ source dir. */
static char *
shipped_policy_path (void)
{
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");

  if (srcdir != NULL)
    return g_build_filename (srcdir, "..", "data", "policies", "yongchun-2024-1.json", NULL);
  return g_strdup (TEST_DATA_DIR "/../../data/policies/yongchun-2024-1.json");
}

static char *
test_data_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, name, NULL);
}

static char *
shipped_policy_text (void)
{
  g_autofree char *path = shipped_policy_path ();
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static ZjtxPolicy *
load_shipped (void)
{
  g_autofree char *text = shipped_policy_text ();
  g_autoptr(GError) error = NULL;
  ZjtxPolicy *policy = zjtx_policy_new_from_data (text, -1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (policy);
  return policy;
}

static ZjtxPolicy *
load_test_policy (const char *name)
{
  g_autofree char *path = test_data_path (name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxPolicy *policy;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  policy = zjtx_policy_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (policy);
  return policy;
}

/* The shipped document as a JSON tree, to be mutated by the error tests. */
static JsonNode *
shipped_tree (void)
{
  g_autofree char *text = shipped_policy_text ();
  g_autoptr(GError) error = NULL;
  JsonNode *root = json_from_string (text, &error);

  g_assert_no_error (error);
  return root;
}

/* Sets (or, with @value_json NULL, removes) the member at the dotted @path
 * ("rules.rent_subsidy.rate") of @root. */
static void
mutate (JsonNode   *root,
        const char *path,
        const char *value_json)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  guint n = g_strv_length (parts);
  JsonObject *object = json_node_get_object (root);

  for (guint i = 0; i + 1 < n; i++)
    {
      JsonNode *child = json_object_get_member (object, parts[i]);
      g_assert_nonnull (child);
      object = json_node_get_object (child);
    }

  if (value_json == NULL)
    {
      g_assert_true (json_object_has_member (object, parts[n - 1]));
      json_object_remove_member (object, parts[n - 1]);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      JsonNode *value = json_from_string (value_json, &error);
      g_assert_no_error (error);
      json_object_set_member (object, parts[n - 1], value);
    }
}

/* Loads the shipped document with one member changed (value_json NULL =
 * removed) and checks it fails with @code and a message containing @path
 * (and @also, if not NULL). Both entry points are tried. */
static void
check_mutation_fails (const char *path,
                      const char *value_json,
                      const char *expected_in_message,
                      const char *also)
{
  g_autoptr(JsonNode) root = shipped_tree ();
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;
  ZjtxPolicy *policy;

  mutate (root, path, value_json);
  text = json_to_string (root, FALSE);

  policy = zjtx_policy_new_from_data (text, -1, &error);
  if (policy != NULL)
    g_error ("policy with %s = %s was accepted", path, value_json ? value_json : "(removed)");
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID);
  if (strstr (error->message, expected_in_message) == NULL)
    g_error ("%s = %s: message “%s” does not contain “%s”",
             path, value_json ? value_json : "(removed)", error->message, expected_in_message);
  if (also != NULL && strstr (error->message, also) == NULL)
    g_error ("%s = %s: message “%s” does not contain “%s”",
             path, value_json ? value_json : "(removed)", error->message, also);

  policy = zjtx_policy_new_from_json (root, &error2);
  g_assert_null (policy);
  g_assert_error (error2, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID);
  g_assert_nonnull (strstr (error2->message, expected_in_message));
}

/* The same policy, field by field. */
static void
assert_policies_equal (ZjtxPolicy *a,
                       ZjtxPolicy *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->doc_number, ==, b->doc_number);
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->issuer, ==, b->issuer);
  g_assert_cmpuint (a->issued, ==, b->issued);
  g_assert_cmpuint (a->window_start, ==, b->window_start);
  g_assert_cmpuint (a->window_end, ==, b->window_end);
  g_assert_cmpint (a->recognition_validity_years, ==, b->recognition_validity_years);

  g_assert_cmpstr (a->targets.clause, ==, b->targets.clause);
  g_assert_cmpuint (a->targets.deadline, ==, b->targets.deadline);
  for (int t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
    g_assert_cmpint (a->targets.goal[t], ==, b->targets.goal[t]);

  g_assert_cmpstr (a->recognition.clause, ==, b->recognition.clause);
  for (int t = 0; t < ZJTX_N_TIERS; t++)
    g_assert_cmpint (a->recognition.amount[t], ==, b->recognition.amount[t]);

  g_assert_cmpstr (a->park_support.clause, ==, b->park_support.clause);
  g_assert_cmpint (a->park_support.min_tier, ==, b->park_support.min_tier);

  g_assert_cmpstr (a->loan.clause, ==, b->loan.clause);
  g_assert_cmpint (a->loan.rate_ppm, ==, b->loan.rate_ppm);
  g_assert_cmpint (a->loan.max_months, ==, b->loan.max_months);
  g_assert_cmpint (a->loan.cap, ==, b->loan.cap);

  g_assert_cmpstr (a->rent.clause, ==, b->rent.clause);
  g_assert_cmpint (a->rent.rate_ppm, ==, b->rent.rate_ppm);
  g_assert_cmpint (a->rent.max_months, ==, b->rent.max_months);
  g_assert_cmpint (a->rent.cap, ==, b->rent.cap);
  g_assert_cmpint (!!a->rent.exclusive_with_loan, ==, !!b->rent.exclusive_with_loan);
  g_assert_cmpint (a->rent.prefer_on_tie, ==, b->rent.prefer_on_tie);

  g_assert_cmpstr (a->production.clause, ==, b->production.clause);
  g_assert_cmpint (a->production.threshold_kwh, ==, b->production.threshold_kwh);
  g_assert_cmpint (a->production.price_micro_yuan, ==, b->production.price_micro_yuan);
  g_assert_cmpint (a->production.cap, ==, b->production.cap);

  g_assert_cmpstr (a->service.clause, ==, b->service.clause);
  g_assert_cmpint (a->service.max_rate_ppm, ==, b->service.max_rate_ppm);
  g_assert_cmpint (a->service.default_rate_ppm, ==, b->service.default_rate_ppm);
  g_assert_cmpint (a->service.cap, ==, b->service.cap);

  g_assert_cmpstr (a->park_title.clause, ==, b->park_title.clause);
  g_assert_cmpint (a->park_title.min_srdi_enterprises, ==, b->park_title.min_srdi_enterprises);
  g_assert_cmpint (a->park_title.srdi_min_tier, ==, b->park_title.srdi_min_tier);
  g_assert_cmpint (a->park_title.output_min_tier, ==, b->park_title.output_min_tier);
  g_assert_cmpint (a->park_title.min_output_share_ppm, ==, b->park_title.min_output_share_ppm);
  g_assert_cmpint (!!a->park_title.require_contiguous, ==, !!b->park_title.require_contiguous);
}

/* ------------------------------------------------------------------ */
/* the shipped policy                                                  */

/* Every member of data/policies/yongchun-2024-1.json, checked against the
 * number written in the file (and in the policy text). */
static void
test_shipped_fields (void)
{
  g_autoptr(ZjtxPolicy) p = load_shipped ();

  g_assert_cmpstr (p->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (p->doc_number, ==, "永政办规〔2024〕1号");
  g_assert_cmpstr (p->title, ==, "永春县促进专精特新企业发展行动方案");
  g_assert_cmpstr (p->issuer, ==, "永春县人民政府办公室");
  g_assert_cmpuint (p->issued, ==, d ("2024-01-23"));
  g_assert_cmpuint (p->window_start, ==, d ("2024-01-23"));
  g_assert_cmpuint (p->window_end, ==, d ("2025-12-31"));
  g_assert_cmpint (p->recognition_validity_years, ==, 3);

  /* 二: 70 / 30 / 2 by 2025-12-31 */
  g_assert_cmpstr (p->targets.clause, ==, "二");
  g_assert_cmpuint (p->targets.deadline, ==, d ("2025-12-31"));
  g_assert_cmpint (p->targets.goal[ZJTX_TIER_INNOVATIVE], ==, 70);
  g_assert_cmpint (p->targets.goal[ZJTX_TIER_PROVINCIAL], ==, 30);
  g_assert_cmpint (p->targets.goal[ZJTX_TIER_NATIONAL], ==, 2);

  /* 四（一）: 1万元, 10万元, 50万元, in fen */
  g_assert_cmpstr (p->recognition.clause, ==, "四（一）");
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_NONE], ==, 0);
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_INNOVATIVE], ==, 1000000);
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_PROVINCIAL], ==, 10000000);
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_NATIONAL], ==, 50000000);

  /* 四（二）: 省级以上 */
  g_assert_cmpstr (p->park_support.clause, ==, "四（二）");
  g_assert_cmpint (p->park_support.min_tier, ==, ZJTX_TIER_PROVINCIAL);

  /* 四（二）1: 1%, at most 1 year, at most 50万元 */
  g_assert_cmpstr (p->loan.clause, ==, "四（二）1");
  g_assert_cmpint (p->loan.rate_ppm, ==, 10000);
  g_assert_cmpint (p->loan.max_months, ==, 12);
  g_assert_cmpint (p->loan.cap, ==, 50000000);

  /* 四（二）2: 20%, at most 1 year, at most 50万元, not with the loan subsidy */
  g_assert_cmpstr (p->rent.clause, ==, "四（二）2");
  g_assert_cmpint (p->rent.rate_ppm, ==, 200000);
  g_assert_cmpint (p->rent.max_months, ==, 12);
  g_assert_cmpint (p->rent.cap, ==, 50000000);
  g_assert_true (p->rent.exclusive_with_loan);
  g_assert_cmpint (p->rent.prefer_on_tie, ==, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);

  /* 四（二）3: ≥ 200万千瓦时, 0.05元/千瓦时, at most 50万元 */
  g_assert_cmpstr (p->production.clause, ==, "四（二）3");
  g_assert_cmpint (p->production.threshold_kwh, ==, 2000000);
  g_assert_cmpint (p->production.price_micro_yuan, ==, 50000);
  g_assert_cmpint (p->production.cap, ==, 50000000);

  /* 四（二）4: ≤ 3% of fees, at most 50万元 */
  g_assert_cmpstr (p->service.clause, ==, "四（二）4");
  g_assert_cmpint (p->service.max_rate_ppm, ==, 30000);
  g_assert_cmpint (p->service.default_rate_ppm, ==, 30000);
  g_assert_cmpint (p->service.cap, ==, 50000000);

  /* 三（三）: 4家以上, 20%以上, 集中连片 */
  g_assert_cmpstr (p->park_title.clause, ==, "三（三）");
  g_assert_cmpint (p->park_title.min_srdi_enterprises, ==, 4);
  g_assert_cmpint (p->park_title.srdi_min_tier, ==, ZJTX_TIER_PROVINCIAL);
  g_assert_cmpint (p->park_title.output_min_tier, ==, ZJTX_TIER_INNOVATIVE);
  g_assert_cmpint (p->park_title.min_output_share_ppm, ==, 200000);
  g_assert_true (p->park_title.require_contiguous);
}

/* The second test policy (tests/data/policy-next.json) has other numbers in
 * every member: they must all be read from the file, not defaulted. */
static void
test_next_fields (void)
{
  g_autoptr(ZjtxPolicy) p = load_test_policy ("policy-next.json");

  g_assert_cmpstr (p->id, ==, "test-next-2026");
  g_assert_cmpuint (p->issued, ==, d ("2025-12-20"));
  g_assert_cmpuint (p->window_start, ==, d ("2026-01-01"));
  g_assert_cmpuint (p->window_end, ==, d ("2027-12-31"));
  g_assert_cmpuint (p->targets.deadline, ==, d ("2027-12-31"));
  g_assert_cmpint (p->targets.goal[ZJTX_TIER_INNOVATIVE], ==, 100);
  g_assert_cmpint (p->targets.goal[ZJTX_TIER_PROVINCIAL], ==, 40);
  g_assert_cmpint (p->targets.goal[ZJTX_TIER_NATIONAL], ==, 3);
  g_assert_cmpstr (p->recognition.clause, ==, "三（一）");
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_INNOVATIVE], ==, 2000000);
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_PROVINCIAL], ==, 20000000);
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_NATIONAL], ==, 100000000);
  g_assert_cmpint (p->loan.rate_ppm, ==, 15000);        /* "0.015" */
  g_assert_cmpint (p->loan.max_months, ==, 6);
  g_assert_cmpint (p->loan.cap, ==, 30000000);
  g_assert_cmpint (p->rent.rate_ppm, ==, 250000);       /* "0.25" */
  g_assert_cmpint (p->rent.max_months, ==, 6);
  g_assert_cmpint (p->rent.cap, ==, 30000000);
  g_assert_cmpint (p->rent.prefer_on_tie, ==, ZJTX_AWARD_RENT_SUBSIDY);
  g_assert_cmpint (p->production.threshold_kwh, ==, 1500000);
  g_assert_cmpint (p->production.price_micro_yuan, ==, 60000);   /* "0.06" */
  g_assert_cmpint (p->production.cap, ==, 40000000);
  g_assert_cmpint (p->service.max_rate_ppm, ==, 50000);
  g_assert_cmpint (p->service.default_rate_ppm, ==, 20000);
  g_assert_cmpint (p->service.cap, ==, 40000000);
  g_assert_cmpint (p->park_title.min_srdi_enterprises, ==, 3);
  g_assert_cmpint (p->park_title.min_output_share_ppm, ==, 250000);
  g_assert_cmpstr (p->park_title.clause, ==, "二（三）");
}

/* to_json, then read back (both through the tree and through text): the
 * same fields. */
static void
test_round_trip (void)
{
  const char *names[] = { NULL, "policy-next.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(ZjtxPolicy) p = names[i] ? load_test_policy (names[i]) : load_shipped ();
      g_autoptr(JsonNode) node = zjtx_policy_to_json (p);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(ZjtxPolicy) q = NULL;
      g_autoptr(ZjtxPolicy) r = NULL;
      g_autoptr(JsonNode) node2 = NULL;
      g_autofree char *text2 = NULL;

      g_assert_nonnull (node);
      text = json_to_string (node, TRUE);

      q = zjtx_policy_new_from_json (node, &error);
      g_assert_no_error (error);
      assert_policies_equal (p, q);

      r = zjtx_policy_new_from_data (text, -1, &error);
      g_assert_no_error (error);
      assert_policies_equal (p, r);

      /* and writing it again gives the same document */
      node2 = zjtx_policy_to_json (r);
      text2 = json_to_string (node2, TRUE);
      g_assert_cmpstr (text, ==, text2);
    }
}

/* The compiled-in set holds exactly the shipped file. */
static void
test_builtin (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new_builtin (&error);
  g_autoptr(ZjtxPolicy) file = load_shipped ();

  g_assert_no_error (error);
  g_assert_nonnull (set);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
  assert_policies_equal (zjtx_policy_set_get (set, 0), file);
}

static void
test_load_file (void)
{
  g_autofree char *path = shipped_policy_path ();
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(ZjtxPolicy) file = load_shipped ();
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_policy_set_load_file (set, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
  assert_policies_equal (zjtx_policy_set_get (set, 0), file);
}

/* Both window days are inside. */
static void
test_window_contains (void)
{
  g_autoptr(ZjtxPolicy) p = load_shipped ();

  g_assert_false (zjtx_policy_window_contains (p, d ("2024-01-22")));
  g_assert_true (zjtx_policy_window_contains (p, d ("2024-01-23")));
  g_assert_true (zjtx_policy_window_contains (p, d ("2024-12-31")));
  g_assert_true (zjtx_policy_window_contains (p, d ("2025-12-31")));
  g_assert_false (zjtx_policy_window_contains (p, d ("2026-01-01")));
}

static void
test_clauses (void)
{
  g_autoptr(ZjtxPolicy) p = load_shipped ();
  g_autoptr(ZjtxPolicy) n = load_test_policy ("policy-next.json");

  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_RECOGNITION_INNOVATIVE), ==, "四（一）");
  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_RECOGNITION_PROVINCIAL), ==, "四（一）");
  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_RECOGNITION_NATIONAL), ==, "四（一）");
  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY), ==, "四（二）1");
  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_RENT_SUBSIDY), ==, "四（二）2");
  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_PRODUCTION_REWARD), ==, "四（二）3");
  g_assert_cmpstr (zjtx_policy_get_clause (p, ZJTX_AWARD_SERVICE_INSTITUTION_REWARD), ==, "四（二）4");

  /* clauses come from the document, not from code */
  g_assert_cmpstr (zjtx_policy_get_clause (n, ZJTX_AWARD_RECOGNITION_NATIONAL), ==, "三（一）");
  g_assert_cmpstr (zjtx_policy_get_clause (n, ZJTX_AWARD_SERVICE_INSTITUTION_REWARD), ==, "三（二）4");
}

/* The stable ids of docs/formats.md. */
static void
test_ids (void)
{
  static const struct { ZjtxTier tier; const char *id; } tiers[] = {
    { ZJTX_TIER_INNOVATIVE, "innovative" },
    { ZJTX_TIER_PROVINCIAL, "provincial" },
    { ZJTX_TIER_NATIONAL, "national" },
  };
  static const struct { ZjtxAwardKind kind; const char *id; } kinds[] = {
    { ZJTX_AWARD_RECOGNITION_INNOVATIVE, "recognition_innovative" },
    { ZJTX_AWARD_RECOGNITION_PROVINCIAL, "recognition_provincial" },
    { ZJTX_AWARD_RECOGNITION_NATIONAL, "recognition_national" },
    { ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, "loan_interest_subsidy" },
    { ZJTX_AWARD_RENT_SUBSIDY, "rent_subsidy" },
    { ZJTX_AWARD_PRODUCTION_REWARD, "production_reward" },
    { ZJTX_AWARD_SERVICE_INSTITUTION_REWARD, "service_institution_reward" },
  };
  ZjtxTier tier;
  ZjtxAwardKind kind;

  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    {
      g_assert_cmpstr (zjtx_tier_to_id (tiers[i].tier), ==, tiers[i].id);
      g_assert_true (zjtx_tier_from_id (tiers[i].id, &tier));
      g_assert_cmpint (tier, ==, tiers[i].tier);
      g_assert_nonnull (zjtx_tier_get_label (tiers[i].tier));
    }
  g_assert_false (zjtx_tier_from_id ("municipal", &tier));
  g_assert_false (zjtx_tier_from_id ("Provincial", &tier));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpstr (zjtx_award_kind_to_id (kinds[i].kind), ==, kinds[i].id);
      g_assert_true (zjtx_award_kind_from_id (kinds[i].id, &kind));
      g_assert_cmpint (kind, ==, kinds[i].kind);
      g_assert_nonnull (zjtx_award_kind_get_label (kinds[i].kind));
    }
  g_assert_false (zjtx_award_kind_from_id ("bonus", &kind));

  g_assert_cmpint (zjtx_award_kind_for_recognition (ZJTX_TIER_INNOVATIVE), ==, ZJTX_AWARD_RECOGNITION_INNOVATIVE);
  g_assert_cmpint (zjtx_award_kind_for_recognition (ZJTX_TIER_PROVINCIAL), ==, ZJTX_AWARD_RECOGNITION_PROVINCIAL);
  g_assert_cmpint (zjtx_award_kind_for_recognition (ZJTX_TIER_NATIONAL), ==, ZJTX_AWARD_RECOGNITION_NATIONAL);
}

/* Amounts may be JSON integers (whole yuan); a start equal to the end is a
 * one-day window. */
static void
test_accepted_variants (void)
{
  g_autoptr(JsonNode) root = shipped_tree ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicy) p = NULL;
  g_autofree char *text = NULL;

  mutate (root, "rules.loan_interest_subsidy.cap", "300000");
  mutate (root, "rules.recognition_reward.amounts.innovative", "\"12345.6\"");
  mutate (root, "rules.service_institution_reward.max_rate", "\"0.035\"");
  mutate (root, "rules.production_reward.price_per_kwh", "\"0.000001\"");
  mutate (root, "window", "{ \"start\": \"2024-02-29\", \"end\": \"2024-02-29\" }");
  text = json_to_string (root, FALSE);

  p = zjtx_policy_new_from_data (text, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (p->loan.cap, ==, 30000000);
  g_assert_cmpint (p->recognition.amount[ZJTX_TIER_INNOVATIVE], ==, 1234560);
  g_assert_cmpint (p->service.max_rate_ppm, ==, 35000);
  g_assert_cmpint (p->production.price_micro_yuan, ==, 1);
  g_assert_cmpuint (p->window_start, ==, d ("2024-02-29"));
  g_assert_cmpuint (p->window_end, ==, d ("2024-02-29"));
  g_assert_true (zjtx_policy_window_contains (p, d ("2024-02-29")));
  g_assert_false (zjtx_policy_window_contains (p, d ("2024-03-01")));
}

/* ------------------------------------------------------------------ */
/* errors                                                              */

static void
test_error_not_json (void)
{
  const char *texts[] = { "{ \"format\": 1, ", "not json at all", "" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      ZjtxPolicy *p = zjtx_policy_new_from_data (texts[i], -1, &error);

      g_assert_null (p);
      g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_PARSE);
    }
}

static void
test_error_not_object (void)
{
  g_autoptr(GError) error = NULL;
  ZjtxPolicy *p = zjtx_policy_new_from_data ("[1, 2]", -1, &error);

  g_assert_null (p);
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID);
}

/* "All members are required." */
static void
test_error_missing_member (void)
{
  check_mutation_fails ("rules.loan_interest_subsidy.cap", NULL, "rules.loan_interest_subsidy.cap", NULL);
  check_mutation_fails ("rules.rent_subsidy.rate", NULL, "rules.rent_subsidy.rate", NULL);
  check_mutation_fails ("rules.rent_subsidy.prefer_on_tie", NULL, "rules.rent_subsidy.prefer_on_tie", NULL);
  check_mutation_fails ("rules.recognition_reward.amounts.national", NULL,
                        "rules.recognition_reward.amounts.national", NULL);
  check_mutation_fails ("rules.park_title.require_contiguous", NULL, "rules.park_title.require_contiguous", NULL);
  check_mutation_fails ("targets.national", NULL, "targets.national", NULL);
  check_mutation_fails ("window.end", NULL, "window.end", NULL);
  check_mutation_fails ("recognition_validity_years", NULL, "recognition_validity_years", NULL);
  check_mutation_fails ("rules.production_reward", NULL, "rules.production_reward", NULL);
  check_mutation_fails ("doc_number", NULL, "doc_number", NULL);
  check_mutation_fails ("format", NULL, "format", NULL);
}

static void
test_error_wrong_type (void)
{
  check_mutation_fails ("rules.loan_interest_subsidy.max_months", "\"12\"",
                        "rules.loan_interest_subsidy.max_months", NULL);
  check_mutation_fails ("rules.rent_subsidy.exclusive_with_loan", "1",
                        "rules.rent_subsidy.exclusive_with_loan", NULL);
  check_mutation_fails ("rules.production_reward.threshold_kwh", "2000000.5",
                        "rules.production_reward.threshold_kwh", NULL);
  check_mutation_fails ("targets.innovative", "\"70\"", "targets.innovative", NULL);
  check_mutation_fails ("recognition_validity_years", "3.0", "recognition_validity_years", NULL);
  check_mutation_fails ("rules.park_support", "[]", "rules.park_support", NULL);
  check_mutation_fails ("window", "\"2024-01-23/2025-12-31\"", "window", NULL);
  check_mutation_fails ("id", "7", "id", NULL);
  check_mutation_fails ("rules.rent_subsidy.rate", "0.2", "rules.rent_subsidy.rate", NULL);
  /* a JSON float is never money: binary floats cannot hold fen exactly */
  check_mutation_fails ("rules.loan_interest_subsidy.cap", "500000.5",
                        "rules.loan_interest_subsidy.cap", NULL);
  check_mutation_fails ("rules.recognition_reward.amounts.provincial", "true",
                        "rules.recognition_reward.amounts.provincial", NULL);
}

/* The example of docs/formats.md. */
static void
test_error_bad_rate (void)
{
  check_mutation_fails ("rules.rent_subsidy.rate", "\"0.2.0\"", "rules.rent_subsidy.rate", "0.2.0");
  check_mutation_fails ("rules.loan_interest_subsidy.rate", "\"1%\"", "rules.loan_interest_subsidy.rate", NULL);
  check_mutation_fails ("rules.loan_interest_subsidy.rate", "\"\"", "rules.loan_interest_subsidy.rate", NULL);
  check_mutation_fails ("rules.service_institution_reward.max_rate", "\"-0.03\"",
                        "rules.service_institution_reward.max_rate", NULL);
  /* rates have at most six decimals */
  check_mutation_fails ("rules.service_institution_reward.default_rate", "\"0.0300001\"",
                        "rules.service_institution_reward.default_rate", NULL);
  check_mutation_fails ("rules.park_title.min_output_share", "\"twenty\"",
                        "rules.park_title.min_output_share", NULL);
  check_mutation_fails ("rules.production_reward.price_per_kwh", "\"0,05\"",
                        "rules.production_reward.price_per_kwh", NULL);
}

static void
test_error_bad_amount (void)
{
  /* negative amounts are errors */
  check_mutation_fails ("rules.production_reward.cap", "\"-1.00\"", "rules.production_reward.cap", NULL);
  check_mutation_fails ("rules.loan_interest_subsidy.cap", "-500000", "rules.loan_interest_subsidy.cap", NULL);
  check_mutation_fails ("rules.recognition_reward.amounts.innovative", "\"-10000.00\"",
                        "rules.recognition_reward.amounts.innovative", NULL);
  /* at most two decimals */
  check_mutation_fails ("rules.rent_subsidy.cap", "\"500000.001\"", "rules.rent_subsidy.cap", NULL);
  /* beyond the largest amount, 10,000,000,000,000.00 */
  check_mutation_fails ("rules.service_institution_reward.cap", "\"10000000000000.01\"",
                        "rules.service_institution_reward.cap", NULL);
  check_mutation_fails ("rules.service_institution_reward.cap", "\"5e5\"",
                        "rules.service_institution_reward.cap", NULL);
}

/* window.start ≤ window.end */
static void
test_error_window_order (void)
{
  check_mutation_fails ("window", "{ \"start\": \"2026-01-01\", \"end\": \"2025-12-31\" }", "window", NULL);
}

static void
test_error_bad_date (void)
{
  check_mutation_fails ("window.end", "\"2025-02-29\"", "window.end", NULL);
  check_mutation_fails ("window.start", "\"2024/01/23\"", "window.start", NULL);
  check_mutation_fails ("issued", "\"2024-13-01\"", "issued", NULL);
  check_mutation_fails ("targets.deadline", "\"2025-04-31\"", "targets.deadline", NULL);
}

static void
test_error_unknown_tier (void)
{
  check_mutation_fails ("rules.park_support.min_tier", "\"municipal\"", "rules.park_support.min_tier", "municipal");
  check_mutation_fails ("rules.park_title.srdi_min_tier", "\"gold\"", "rules.park_title.srdi_min_tier", NULL);
  check_mutation_fails ("rules.park_title.output_min_tier", "7", "rules.park_title.output_min_tier", NULL);
  check_mutation_fails ("rules.rent_subsidy.prefer_on_tie", "\"production\"",
                        "rules.rent_subsidy.prefer_on_tie", NULL);
}

/* "Unknown keys are errors, so that a misspelt key never silently means absent." */
static void
test_error_unknown_key (void)
{
  check_mutation_fails ("rules.loan_interest_subsidy.note", "\"x\"", "rules.loan_interest_subsidy", "note");
  check_mutation_fails ("rules.recognition_reward.amounts.municipal", "\"5000.00\"",
                        "rules.recognition_reward.amounts", "municipal");
  check_mutation_fails ("rules.bonus", "{}", "rules", "bonus");
  check_mutation_fails ("window.middle", "\"2024-06-01\"", "window", "middle");
  check_mutation_fails ("comment", "\"hello\"", "comment", NULL);
}

/* format is 1 */
static void
test_error_format (void)
{
  check_mutation_fails ("format", "2", "format", NULL);
  check_mutation_fails ("format", "\"1\"", "format", NULL);
}

/* Out of range numbers. */
static void
test_error_range (void)
{
  check_mutation_fails ("rules.park_title.min_srdi_enterprises", "-4", "rules.park_title.min_srdi_enterprises", NULL);
  check_mutation_fails ("rules.loan_interest_subsidy.max_months", "-12", "rules.loan_interest_subsidy.max_months", NULL);
  check_mutation_fails ("targets.provincial", "-30", "targets.provincial", NULL);
}

/* A file: the message starts with the file name, then the path. */
static void
test_error_file_name (void)
{
  g_autofree char *path = test_data_path ("policy-bad-rate.json");
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (zjtx_policy_set_load_file (set, path, &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID);
  if (strstr (error->message, "policy-bad-rate.json") == NULL ||
      strstr (error->message, "rules.rent_subsidy.rate") == NULL ||
      strstr (error->message, "0.2.0") == NULL)
    g_error ("message “%s” should name the file, the path and the value", error->message);
  g_assert_true (g_str_has_prefix (error->message, path) ||
                 g_str_has_prefix (error->message, "policy-bad-rate.json"));
  /* the file name comes before the JSON path */
  g_assert_true (strstr (error->message, "policy-bad-rate.json") < strstr (error->message, "rules.rent_subsidy.rate"));
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 0);
}

static void
test_error_missing_file (void)
{
  g_autofree char *path = test_data_path ("policy-does-not-exist.json");
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(GError) error = NULL;

  g_assert_false (zjtx_policy_set_load_file (set, path, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "policy-does-not-exist.json"));
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 0);
}

/* ------------------------------------------------------------------ */
/* policy sets                                                         */

/* yongchun-2024-1 ends 2025-12-31; policy-overlap.json starts that same day. */
static void
test_set_overlap (void)
{
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(ZjtxPolicy) current = load_shipped ();
  g_autoptr(ZjtxPolicy) overlap = load_test_policy ("policy-overlap.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_data_path ("policy-overlap.json");

  g_assert_true (zjtx_policy_set_add (set, current, &error));
  g_assert_no_error (error);
  g_assert_false (zjtx_policy_set_add (set, overlap, &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP);
  /* naming both documents */
  if (strstr (error->message, "永政办规〔2024〕1号") == NULL && strstr (error->message, "yongchun-2024-1") == NULL)
    g_error ("overlap message “%s” does not name the loaded policy", error->message);
  if (strstr (error->message, "测试政策〔2025〕9号") == NULL && strstr (error->message, "test-overlap") == NULL)
    g_error ("overlap message “%s” does not name the refused policy", error->message);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
  g_clear_error (&error);

  /* the same through load_file */
  g_assert_false (zjtx_policy_set_load_file (set, path, &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
  g_clear_error (&error);

  /* and in the other order */
  {
    g_autoptr(ZjtxPolicySet) set2 = zjtx_policy_set_new ();
    g_assert_true (zjtx_policy_set_add (set2, overlap, &error));
    g_assert_false (zjtx_policy_set_add (set2, current, &error));
    g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP);
    g_clear_error (&error);
  }

  /* a window wholly inside another overlaps too */
  {
    g_autoptr(JsonNode) root = shipped_tree ();
    g_autofree char *text = NULL;
    g_autoptr(ZjtxPolicy) inner = NULL;

    mutate (root, "id", "\"inner\"");
    mutate (root, "window", "{ \"start\": \"2024-06-01\", \"end\": \"2024-06-30\" }");
    text = json_to_string (root, FALSE);
    inner = zjtx_policy_new_from_data (text, -1, &error);
    g_assert_no_error (error);
    g_assert_false (zjtx_policy_set_add (set, inner, &error));
    g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP);
  }
}

/* Adjacent windows (…2025-12-31, 2026-01-01…) are fine; the set is ordered by
 * window start whatever the order of adding. */
static void
test_set_adjacent (void)
{
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(ZjtxPolicy) current = load_shipped ();
  g_autoptr(ZjtxPolicy) next = load_test_policy ("policy-next.json");
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_policy_set_add (set, next, &error));
  g_assert_no_error (error);
  g_assert_true (zjtx_policy_set_add (set, current, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 2);
  g_assert_cmpstr (zjtx_policy_set_get (set, 0)->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_policy_set_get (set, 1)->id, ==, "test-next-2026");

  /* lookup: the policy whose window contains the date */
  g_assert_null (zjtx_policy_set_lookup (set, d ("2024-01-22")));
  g_assert_cmpstr (zjtx_policy_set_lookup (set, d ("2024-01-23"))->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_policy_set_lookup (set, d ("2025-12-31"))->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_policy_set_lookup (set, d ("2026-01-01"))->id, ==, "test-next-2026");
  g_assert_cmpstr (zjtx_policy_set_lookup (set, d ("2027-12-31"))->id, ==, "test-next-2026");
  g_assert_null (zjtx_policy_set_lookup (set, d ("2028-01-01")));

  /* nearest: in force, else the latest begun before, else the earliest */
  g_assert_cmpstr (zjtx_policy_set_nearest (set, d ("2020-01-01"))->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_policy_set_nearest (set, d ("2025-12-31"))->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_policy_set_nearest (set, d ("2026-01-01"))->id, ==, "test-next-2026");
  g_assert_cmpstr (zjtx_policy_set_nearest (set, d ("2030-06-30"))->id, ==, "test-next-2026");
}

/* A gap between two windows: nearest is the one that began before. */
static void
test_set_gap (void)
{
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(ZjtxPolicy) current = load_shipped ();
  g_autoptr(JsonNode) root = shipped_tree ();
  g_autoptr(ZjtxPolicy) later = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  mutate (root, "id", "\"later\"");
  mutate (root, "window", "{ \"start\": \"2027-01-01\", \"end\": \"2028-12-31\" }");
  text = json_to_string (root, FALSE);
  later = zjtx_policy_new_from_data (text, -1, &error);
  g_assert_no_error (error);

  g_assert_true (zjtx_policy_set_add (set, current, &error));
  g_assert_true (zjtx_policy_set_add (set, later, &error));
  g_assert_no_error (error);
  g_assert_null (zjtx_policy_set_lookup (set, d ("2026-06-30")));
  g_assert_cmpstr (zjtx_policy_set_nearest (set, d ("2026-06-30"))->id, ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_policy_set_nearest (set, d ("2027-01-01"))->id, ==, "later");
}

/* The same id twice (windows apart) → _DUPLICATE. */
static void
test_set_duplicate (void)
{
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  g_autoptr(ZjtxPolicy) current = load_shipped ();
  g_autoptr(JsonNode) root = shipped_tree ();
  g_autoptr(ZjtxPolicy) again = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  mutate (root, "window", "{ \"start\": \"2030-01-01\", \"end\": \"2031-12-31\" }");
  text = json_to_string (root, FALSE);
  again = zjtx_policy_new_from_data (text, -1, &error);
  g_assert_no_error (error);

  g_assert_true (zjtx_policy_set_add (set, current, &error));
  g_assert_false (zjtx_policy_set_add (set, again, &error));
  g_assert_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_DUPLICATE);
  g_assert_cmpuint (zjtx_policy_set_get_n (set), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/policy/shipped/fields", test_shipped_fields);
  g_test_add_func ("/policy/shipped/builtin", test_builtin);
  g_test_add_func ("/policy/shipped/load-file", test_load_file);
  g_test_add_func ("/policy/next/fields", test_next_fields);
  g_test_add_func ("/policy/round-trip", test_round_trip);
  g_test_add_func ("/policy/window-contains", test_window_contains);
  g_test_add_func ("/policy/clauses", test_clauses);
  g_test_add_func ("/policy/ids", test_ids);
  g_test_add_func ("/policy/accepted-variants", test_accepted_variants);

  g_test_add_func ("/policy/error/not-json", test_error_not_json);
  g_test_add_func ("/policy/error/not-object", test_error_not_object);
  g_test_add_func ("/policy/error/missing-member", test_error_missing_member);
  g_test_add_func ("/policy/error/wrong-type", test_error_wrong_type);
  g_test_add_func ("/policy/error/bad-rate", test_error_bad_rate);
  g_test_add_func ("/policy/error/bad-amount", test_error_bad_amount);
  g_test_add_func ("/policy/error/window-order", test_error_window_order);
  g_test_add_func ("/policy/error/bad-date", test_error_bad_date);
  g_test_add_func ("/policy/error/unknown-tier", test_error_unknown_tier);
  g_test_add_func ("/policy/error/unknown-key", test_error_unknown_key);
  g_test_add_func ("/policy/error/format", test_error_format);
  g_test_add_func ("/policy/error/range", test_error_range);
  g_test_add_func ("/policy/error/file-name", test_error_file_name);
  g_test_add_func ("/policy/error/missing-file", test_error_missing_file);

  g_test_add_func ("/policy/set/overlap", test_set_overlap);
  g_test_add_func ("/policy/set/adjacent", test_set_adjacent);
  g_test_add_func ("/policy/set/gap", test_set_gap);
  g_test_add_func ("/policy/set/duplicate", test_set_duplicate);

  return g_test_run ();
}
