/* zjtx-policy.c: a policy version as data, and sets of them */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "zjtx-core-resources.h"
#include "zjtx-json-reader.h"
#include "zjtx-policy.h"

G_DEFINE_QUARK (zjtx-policy-error-quark, zjtx_policy_error)

#define INVALID ((ZjtxJsonErrorKind) { ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID })

/* Tiers */

static const char * const tier_ids[ZJTX_N_TIERS] = {
  "reserve", "innovative", "provincial", "national",
};

const char *
zjtx_tier_to_id (ZjtxTier tier)
{
  g_return_val_if_fail (tier < ZJTX_N_TIERS, NULL);
  return tier_ids[tier];
}

gboolean
zjtx_tier_from_id (const char *id,
                   ZjtxTier   *tier)
{
  for (guint i = 0; i < ZJTX_N_TIERS; i++)
    if (g_strcmp0 (id, tier_ids[i]) == 0)
      {
        *tier = i;
        return TRUE;
      }
  return FALSE;
}

const char *
zjtx_tier_get_label (ZjtxTier tier)
{
  switch (tier)
    {
    case ZJTX_TIER_NONE:
      return _("Reserve");
    case ZJTX_TIER_INNOVATIVE:
      return _("Innovative SME");
    case ZJTX_TIER_PROVINCIAL:
      return _("Provincial SRDI SME");
    case ZJTX_TIER_NATIONAL:
      return _("National “Little Giant”");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Award kinds */

static const char * const award_kind_ids[ZJTX_N_AWARD_KINDS] = {
  "recognition_innovative",
  "recognition_provincial",
  "recognition_national",
  "loan_interest_subsidy",
  "rent_subsidy",
  "production_reward",
  "service_institution_reward",
};

const char *
zjtx_award_kind_to_id (ZjtxAwardKind kind)
{
  g_return_val_if_fail (kind < ZJTX_N_AWARD_KINDS, NULL);
  return award_kind_ids[kind];
}

gboolean
zjtx_award_kind_from_id (const char    *id,
                         ZjtxAwardKind *kind)
{
  for (guint i = 0; i < ZJTX_N_AWARD_KINDS; i++)
    if (g_strcmp0 (id, award_kind_ids[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
zjtx_award_kind_get_label (ZjtxAwardKind kind)
{
  switch (kind)
    {
    case ZJTX_AWARD_RECOGNITION_INNOVATIVE:
      return _("Recognition reward: innovative SME");
    case ZJTX_AWARD_RECOGNITION_PROVINCIAL:
      return _("Recognition reward: provincial SRDI SME");
    case ZJTX_AWARD_RECOGNITION_NATIONAL:
      return _("Recognition reward: national “Little Giant”");
    case ZJTX_AWARD_LOAN_INTEREST_SUBSIDY:
      return _("Loan interest subsidy");
    case ZJTX_AWARD_RENT_SUBSIDY:
      return _("Rent subsidy");
    case ZJTX_AWARD_PRODUCTION_REWARD:
      return _("Production reward");
    case ZJTX_AWARD_SERVICE_INSTITUTION_REWARD:
      return _("Service-institution reward");
    default:
      g_return_val_if_reached (NULL);
    }
}

ZjtxAwardKind
zjtx_award_kind_for_recognition (ZjtxTier tier)
{
  switch (tier)
    {
    case ZJTX_TIER_INNOVATIVE:
      return ZJTX_AWARD_RECOGNITION_INNOVATIVE;
    case ZJTX_TIER_PROVINCIAL:
      return ZJTX_AWARD_RECOGNITION_PROVINCIAL;
    case ZJTX_TIER_NATIONAL:
      return ZJTX_AWARD_RECOGNITION_NATIONAL;
    case ZJTX_TIER_NONE:
    default:
      g_return_val_if_reached (ZJTX_AWARD_RECOGNITION_INNOVATIVE);
    }
}

/* Policy */

G_DEFINE_BOXED_TYPE (ZjtxPolicy, zjtx_policy, zjtx_policy_ref, zjtx_policy_unref)

ZjtxPolicy *
zjtx_policy_ref (ZjtxPolicy *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

static void
zjtx_policy_free (ZjtxPolicy *self)
{
  g_free (self->id);
  g_free (self->doc_number);
  g_free (self->title);
  g_free (self->issuer);
  g_free (self->targets.clause);
  g_free (self->recognition.clause);
  g_free (self->park_support.clause);
  g_free (self->loan.clause);
  g_free (self->rent.clause);
  g_free (self->production.clause);
  g_free (self->service.clause);
  g_free (self->park_title.clause);
  g_free (self);
}

void
zjtx_policy_unref (ZjtxPolicy *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    zjtx_policy_free (self);
}

/* Reading */

static gboolean
get_clause (JsonObject  *object,
            const char  *path,
            char       **out,
            GError     **error)
{
  const char *text = NULL;

  if (!zjtx_json_get_string (object, path, "clause", TRUE, &text, INVALID, error))
    return FALSE;
  if (text[0] == '\0')
    {
      g_autofree char *p = zjtx_json_path_member (path, "clause");
      g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                   "%s: %s", p, _("must not be empty"));
      return FALSE;
    }
  *out = g_strdup (text);
  return TRUE;
}

static gboolean
get_nonempty_string (JsonObject  *object,
                     const char  *path,
                     const char  *member,
                     char       **out,
                     GError     **error)
{
  const char *text = NULL;

  if (!zjtx_json_get_string (object, path, member, TRUE, &text, INVALID, error))
    return FALSE;
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      if (*p == '\0')
        {
          g_autofree char *mp = zjtx_json_path_member (path, member);
          g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                       "%s: %s", mp, _("must not be empty"));
          return FALSE;
        }
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        break;
    }
  *out = g_strdup (text);
  return TRUE;
}

static gboolean
get_tier (JsonObject  *object,
          const char  *path,
          const char  *member,
          gboolean     allow_reserve,
          ZjtxTier    *out,
          GError     **error)
{
  const char *text = NULL;

  if (!zjtx_json_get_string (object, path, member, TRUE, &text, INVALID, error))
    return FALSE;
  if (!zjtx_tier_from_id (text, out) || (*out == ZJTX_TIER_NONE && !allow_reserve))
    {
      g_autofree char *mp = zjtx_json_path_member (path, member);
      g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                   _("%s: unknown tier “%s” (expected innovative, provincial or national)"),
                   mp, text);
      return FALSE;
    }
  return TRUE;
}

static gboolean
get_int (JsonObject  *object,
         const char  *path,
         const char  *member,
         gint64       min,
         gint64       max,
         int         *out,
         GError     **error)
{
  gint64 value = 0;

  if (!zjtx_json_get_int (object, path, member, TRUE, min, max, &value, INVALID, error))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

#define MAX_RATE_PPM ((gint64) ZJTX_PPM)              /* rates are at most 100% */
#define MAX_PRICE_MICRO_YUAN ((gint64) 1000 * ZJTX_PPM) /* 1,000 yuan per kWh: far above any tariff */
#define MAX_KWH ((gint64) 1000000000000)              /* 10^12 kWh */

static gboolean
read_rules (ZjtxPolicy  *self,
            JsonObject  *rules,
            GError     **error)
{
  static const char * const rule_keys[] = {
    "recognition_reward", "park_support", "loan_interest_subsidy", "rent_subsidy",
    "production_reward", "service_institution_reward", "park_title", NULL,
  };
  JsonObject *o = NULL;
  JsonObject *amounts = NULL;
  const char *tie = NULL;

  if (!zjtx_json_check_keys (rules, "rules", rule_keys, INVALID, error))
    return FALSE;

  /* 四（一） */
  {
    static const char * const keys[] = { "clause", "amounts", NULL };
    static const char * const amount_keys[] = { "innovative", "provincial", "national", NULL };
    const char *p = "rules.recognition_reward";

    if (!zjtx_json_get_object (rules, "rules", "recognition_reward", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->recognition.clause, error) ||
        !zjtx_json_get_object (o, p, "amounts", TRUE, &amounts, INVALID, error) ||
        !zjtx_json_check_keys (amounts, "rules.recognition_reward.amounts", amount_keys, INVALID, error))
      return FALSE;

    for (ZjtxTier t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
      if (!zjtx_json_get_money (amounts, "rules.recognition_reward.amounts", zjtx_tier_to_id (t),
                                TRUE, &self->recognition.amount[t], INVALID, error))
        return FALSE;
  }

  /* 四（二） */
  {
    static const char * const keys[] = { "clause", "min_tier", NULL };
    const char *p = "rules.park_support";

    if (!zjtx_json_get_object (rules, "rules", "park_support", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->park_support.clause, error) ||
        !get_tier (o, p, "min_tier", FALSE, &self->park_support.min_tier, error))
      return FALSE;
  }

  /* 四（二）1 */
  {
    static const char * const keys[] = { "clause", "rate", "max_months", "cap", NULL };
    const char *p = "rules.loan_interest_subsidy";

    if (!zjtx_json_get_object (rules, "rules", "loan_interest_subsidy", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->loan.clause, error) ||
        !zjtx_json_get_ppm (o, p, "rate", TRUE, MAX_RATE_PPM, &self->loan.rate_ppm, INVALID, error) ||
        !get_int (o, p, "max_months", 1, 1200, &self->loan.max_months, error) ||
        !zjtx_json_get_money (o, p, "cap", TRUE, &self->loan.cap, INVALID, error))
      return FALSE;
  }

  /* 四（二）2 */
  {
    static const char * const keys[] = {
      "clause", "rate", "max_months", "cap", "exclusive_with_loan", "prefer_on_tie", NULL,
    };
    const char *p = "rules.rent_subsidy";

    if (!zjtx_json_get_object (rules, "rules", "rent_subsidy", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->rent.clause, error) ||
        !zjtx_json_get_ppm (o, p, "rate", TRUE, MAX_RATE_PPM, &self->rent.rate_ppm, INVALID, error) ||
        !get_int (o, p, "max_months", 1, 1200, &self->rent.max_months, error) ||
        !zjtx_json_get_money (o, p, "cap", TRUE, &self->rent.cap, INVALID, error) ||
        !zjtx_json_get_bool (o, p, "exclusive_with_loan", TRUE, &self->rent.exclusive_with_loan, INVALID, error) ||
        !zjtx_json_get_string (o, p, "prefer_on_tie", TRUE, &tie, INVALID, error))
      return FALSE;

    if (!zjtx_award_kind_from_id (tie, &self->rent.prefer_on_tie) ||
        (self->rent.prefer_on_tie != ZJTX_AWARD_LOAN_INTEREST_SUBSIDY &&
         self->rent.prefer_on_tie != ZJTX_AWARD_RENT_SUBSIDY))
      {
        g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                     _("%s: “%s” must be loan_interest_subsidy or rent_subsidy"),
                     "rules.rent_subsidy.prefer_on_tie", tie);
        return FALSE;
      }
  }

  /* 四（二）3 */
  {
    static const char * const keys[] = { "clause", "threshold_kwh", "price_per_kwh", "cap", NULL };
    const char *p = "rules.production_reward";

    if (!zjtx_json_get_object (rules, "rules", "production_reward", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->production.clause, error) ||
        !zjtx_json_get_int (o, p, "threshold_kwh", TRUE, 0, MAX_KWH, &self->production.threshold_kwh, INVALID, error) ||
        !zjtx_json_get_ppm (o, p, "price_per_kwh", TRUE, MAX_PRICE_MICRO_YUAN,
                            &self->production.price_micro_yuan, INVALID, error) ||
        !zjtx_json_get_money (o, p, "cap", TRUE, &self->production.cap, INVALID, error))
      return FALSE;
  }

  /* 四（二）4 */
  {
    static const char * const keys[] = { "clause", "max_rate", "default_rate", "cap", NULL };
    const char *p = "rules.service_institution_reward";

    if (!zjtx_json_get_object (rules, "rules", "service_institution_reward", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->service.clause, error) ||
        !zjtx_json_get_ppm (o, p, "max_rate", TRUE, MAX_RATE_PPM, &self->service.max_rate_ppm, INVALID, error) ||
        !zjtx_json_get_ppm (o, p, "default_rate", TRUE, MAX_RATE_PPM, &self->service.default_rate_ppm, INVALID, error) ||
        !zjtx_json_get_money (o, p, "cap", TRUE, &self->service.cap, INVALID, error))
      return FALSE;

    if (self->service.default_rate_ppm > self->service.max_rate_ppm)
      {
        g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                     "%s: %s", "rules.service_institution_reward.default_rate",
                     _("must not be above max_rate"));
        return FALSE;
      }
  }

  /* 三（三） */
  {
    static const char * const keys[] = {
      "clause", "min_srdi_enterprises", "srdi_min_tier", "output_min_tier",
      "min_output_share", "require_contiguous", NULL,
    };
    const char *p = "rules.park_title";

    if (!zjtx_json_get_object (rules, "rules", "park_title", TRUE, &o, INVALID, error) ||
        !zjtx_json_check_keys (o, p, keys, INVALID, error) ||
        !get_clause (o, p, &self->park_title.clause, error) ||
        !get_int (o, p, "min_srdi_enterprises", 0, 100000, &self->park_title.min_srdi_enterprises, error) ||
        !get_tier (o, p, "srdi_min_tier", FALSE, &self->park_title.srdi_min_tier, error) ||
        !get_tier (o, p, "output_min_tier", FALSE, &self->park_title.output_min_tier, error) ||
        !zjtx_json_get_ppm (o, p, "min_output_share", TRUE, MAX_RATE_PPM,
                            &self->park_title.min_output_share_ppm, INVALID, error) ||
        !zjtx_json_get_bool (o, p, "require_contiguous", TRUE, &self->park_title.require_contiguous, INVALID, error))
      return FALSE;
  }

  return TRUE;
}

ZjtxPolicy *
zjtx_policy_new_from_json (JsonNode  *root,
                           GError   **error)
{
  static const char * const keys[] = {
    "format", "id", "doc_number", "title", "issuer", "issued", "window",
    "recognition_validity_years", "targets", "rules", NULL,
  };
  static const char * const window_keys[] = { "start", "end", NULL };
  static const char * const target_keys[] = { "clause", "deadline", "innovative", "provincial", "national", NULL };
  g_autoptr(ZjtxPolicy) self = NULL;
  JsonObject *object;
  JsonObject *window = NULL;
  JsonObject *targets = NULL;
  JsonObject *rules = NULL;
  gint64 format = 0;

  g_return_val_if_fail (root != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                           _("a policy must be a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);

  self = g_new0 (ZjtxPolicy, 1);
  g_atomic_ref_count_init (&self->ref_count);

  if (!zjtx_json_check_keys (object, "", keys, INVALID, error) ||
      !zjtx_json_get_int (object, "", "format", TRUE, 1, 1, &format, INVALID, error) ||
      !get_nonempty_string (object, "", "id", &self->id, error) ||
      !get_nonempty_string (object, "", "doc_number", &self->doc_number, error) ||
      !get_nonempty_string (object, "", "title", &self->title, error) ||
      !get_nonempty_string (object, "", "issuer", &self->issuer, error) ||
      !zjtx_json_get_date (object, "", "issued", TRUE, &self->issued, INVALID, error) ||
      !zjtx_json_get_object (object, "", "window", TRUE, &window, INVALID, error) ||
      !zjtx_json_check_keys (window, "window", window_keys, INVALID, error) ||
      !zjtx_json_get_date (window, "window", "start", TRUE, &self->window_start, INVALID, error) ||
      !zjtx_json_get_date (window, "window", "end", TRUE, &self->window_end, INVALID, error) ||
      !get_int (object, "", "recognition_validity_years", 1, 100, &self->recognition_validity_years, error) ||
      !zjtx_json_get_object (object, "", "targets", TRUE, &targets, INVALID, error) ||
      !zjtx_json_check_keys (targets, "targets", target_keys, INVALID, error) ||
      !get_clause (targets, "targets", &self->targets.clause, error) ||
      !zjtx_json_get_date (targets, "targets", "deadline", TRUE, &self->targets.deadline, INVALID, error))
    return NULL;

  for (ZjtxTier t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
    if (!get_int (targets, "targets", zjtx_tier_to_id (t), 0, 1000000, &self->targets.goal[t], error))
      return NULL;

  if (self->window_start > self->window_end)
    {
      g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_INVALID,
                   "%s: %s", "window", _("the start is after the end"));
      return NULL;
    }

  if (!zjtx_json_get_object (object, "", "rules", TRUE, &rules, INVALID, error) ||
      !read_rules (self, rules, error))
    return NULL;

  return g_steal_pointer (&self);
}

ZjtxPolicy *
zjtx_policy_new_from_data (const char  *data,
                           gssize       length,
                           GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  root = zjtx_json_parse (data, length, (ZjtxJsonErrorKind) { ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_PARSE }, error);
  if (root == NULL)
    return NULL;
  return zjtx_policy_new_from_json (root, error);
}

/* Writing */

static void
add_money (JsonBuilder *b,
           const char  *member,
           ZjtxFen      fen)
{
  g_autofree char *text = zjtx_money_format_plain (fen);
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, text);
}

static void
add_ppm (JsonBuilder *b,
         const char  *member,
         gint64       ppm)
{
  g_autofree char *text = zjtx_ppm_format_decimal (ppm);
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, text);
}

static void
add_date (JsonBuilder *b,
          const char  *member,
          ZjtxDate     date)
{
  g_autofree char *text = zjtx_date_format_iso (date);
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, text);
}

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static void
add_int (JsonBuilder *b,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_int_value (b, value);
}

static void
add_bool (JsonBuilder *b,
          const char  *member,
          gboolean     value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_boolean_value (b, value);
}

JsonNode *
zjtx_policy_to_json (ZjtxPolicy *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (b);
  add_int (b, "format", 1);
  add_string (b, "id", self->id);
  add_string (b, "doc_number", self->doc_number);
  add_string (b, "title", self->title);
  add_string (b, "issuer", self->issuer);
  add_date (b, "issued", self->issued);
  json_builder_set_member_name (b, "window");
  json_builder_begin_object (b);
  add_date (b, "start", self->window_start);
  add_date (b, "end", self->window_end);
  json_builder_end_object (b);
  add_int (b, "recognition_validity_years", self->recognition_validity_years);

  json_builder_set_member_name (b, "targets");
  json_builder_begin_object (b);
  add_string (b, "clause", self->targets.clause);
  add_date (b, "deadline", self->targets.deadline);
  for (ZjtxTier t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
    add_int (b, zjtx_tier_to_id (t), self->targets.goal[t]);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "rules");
  json_builder_begin_object (b);

  json_builder_set_member_name (b, "recognition_reward");
  json_builder_begin_object (b);
  add_string (b, "clause", self->recognition.clause);
  json_builder_set_member_name (b, "amounts");
  json_builder_begin_object (b);
  for (ZjtxTier t = ZJTX_TIER_INNOVATIVE; t <= ZJTX_TIER_NATIONAL; t++)
    add_money (b, zjtx_tier_to_id (t), self->recognition.amount[t]);
  json_builder_end_object (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "park_support");
  json_builder_begin_object (b);
  add_string (b, "clause", self->park_support.clause);
  add_string (b, "min_tier", zjtx_tier_to_id (self->park_support.min_tier));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "loan_interest_subsidy");
  json_builder_begin_object (b);
  add_string (b, "clause", self->loan.clause);
  add_ppm (b, "rate", self->loan.rate_ppm);
  add_int (b, "max_months", self->loan.max_months);
  add_money (b, "cap", self->loan.cap);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "rent_subsidy");
  json_builder_begin_object (b);
  add_string (b, "clause", self->rent.clause);
  add_ppm (b, "rate", self->rent.rate_ppm);
  add_int (b, "max_months", self->rent.max_months);
  add_money (b, "cap", self->rent.cap);
  add_bool (b, "exclusive_with_loan", self->rent.exclusive_with_loan);
  add_string (b, "prefer_on_tie", zjtx_award_kind_to_id (self->rent.prefer_on_tie));
  json_builder_end_object (b);

  json_builder_set_member_name (b, "production_reward");
  json_builder_begin_object (b);
  add_string (b, "clause", self->production.clause);
  add_int (b, "threshold_kwh", self->production.threshold_kwh);
  add_ppm (b, "price_per_kwh", self->production.price_micro_yuan);
  add_money (b, "cap", self->production.cap);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "service_institution_reward");
  json_builder_begin_object (b);
  add_string (b, "clause", self->service.clause);
  add_ppm (b, "max_rate", self->service.max_rate_ppm);
  add_ppm (b, "default_rate", self->service.default_rate_ppm);
  add_money (b, "cap", self->service.cap);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "park_title");
  json_builder_begin_object (b);
  add_string (b, "clause", self->park_title.clause);
  add_int (b, "min_srdi_enterprises", self->park_title.min_srdi_enterprises);
  add_string (b, "srdi_min_tier", zjtx_tier_to_id (self->park_title.srdi_min_tier));
  add_string (b, "output_min_tier", zjtx_tier_to_id (self->park_title.output_min_tier));
  add_ppm (b, "min_output_share", self->park_title.min_output_share_ppm);
  add_bool (b, "require_contiguous", self->park_title.require_contiguous);
  json_builder_end_object (b);

  json_builder_end_object (b); /* rules */
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

gboolean
zjtx_policy_window_contains (ZjtxPolicy *self,
                             ZjtxDate    date)
{
  return date >= self->window_start && date <= self->window_end;
}

const char *
zjtx_policy_get_clause (ZjtxPolicy    *self,
                        ZjtxAwardKind  kind)
{
  switch (kind)
    {
    case ZJTX_AWARD_RECOGNITION_INNOVATIVE:
    case ZJTX_AWARD_RECOGNITION_PROVINCIAL:
    case ZJTX_AWARD_RECOGNITION_NATIONAL:
      return self->recognition.clause;
    case ZJTX_AWARD_LOAN_INTEREST_SUBSIDY:
      return self->loan.clause;
    case ZJTX_AWARD_RENT_SUBSIDY:
      return self->rent.clause;
    case ZJTX_AWARD_PRODUCTION_REWARD:
      return self->production.clause;
    case ZJTX_AWARD_SERVICE_INSTITUTION_REWARD:
      return self->service.clause;
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Summaries */

void
zjtx_rule_summary_free (ZjtxRuleSummary *summary)
{
  if (summary == NULL)
    return;
  g_free (summary->clause);
  g_free (summary->name);
  g_free (summary->amount);
  g_free (summary->detail);
  g_free (summary);
}

static void
add_summary (GPtrArray  *array,
             const char *clause,
             const char *name,
             char       *amount,
             char       *detail)
{
  ZjtxRuleSummary *s = g_new0 (ZjtxRuleSummary, 1);

  s->clause = g_strdup (clause);
  s->name = g_strdup (name);
  s->amount = amount;
  s->detail = detail;
  g_ptr_array_add (array, s);
}

static char *
yuan (ZjtxFen fen)
{
  g_autofree char *number = zjtx_money_format (fen);
  /* Translators: an amount of money, e.g. "500,000.00 yuan" (元) */
  return g_strdup_printf (_("%s yuan"), number);
}

GPtrArray *
zjtx_policy_summarize (ZjtxPolicy *self)
{
  GPtrArray *array = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_rule_summary_free);

  g_return_val_if_fail (self != NULL, array);

  for (ZjtxTier t = ZJTX_TIER_NATIONAL; t >= ZJTX_TIER_INNOVATIVE; t--)
    add_summary (array, self->recognition.clause,
                 zjtx_award_kind_get_label (zjtx_award_kind_for_recognition (t)),
                 yuan (self->recognition.amount[t]),
                 g_strdup (_("One-off, for a first recognition dated inside the policy period; "
                             "re-reviews earn nothing; rewards for different tiers add up")));

  {
    g_autofree char *rate = zjtx_ppm_format_percent (self->loan.rate_ppm);
    g_autofree char *cap = yuan (self->loan.cap);
    g_autofree char *tier = g_strdup (zjtx_tier_get_label (self->park_support.min_tier));

    add_summary (array, self->loan.clause, zjtx_award_kind_get_label (ZJTX_AWARD_LOAN_INTEREST_SUBSIDY),
                 /* Translators: "1% of the loan principal a year" */
                 g_strdup_printf (_("%s of the principal a year"), rate),
                 g_strdup_printf (_("Bank loans to buy park industrial housing; at most %d months; "
                                    "at most %s per enterprise; for a %s or higher entering the demonstration park"),
                                  self->loan.max_months, cap, tier));
  }

  {
    g_autofree char *rate = zjtx_ppm_format_percent (self->rent.rate_ppm);
    g_autofree char *cap = yuan (self->rent.cap);
    g_autofree char *detail = g_strdup_printf (_("Rent of park industrial housing; at most %d months in all; "
                                                 "at most %s per enterprise"),
                                               self->rent.max_months, cap);

    add_summary (array, self->rent.clause, zjtx_award_kind_get_label (ZJTX_AWARD_RENT_SUBSIDY),
                 g_strdup_printf (_("%s of the rent"), rate),
                 self->rent.exclusive_with_loan
                   /* Translators: two parts of a rule's description */
                   ? g_strdup_printf (_("%s; %s"), detail,
                                      self->rent.prefer_on_tie == ZJTX_AWARD_LOAN_INTEREST_SUBSIDY
                                        ? _("not together with the loan interest subsidy: the larger is paid, "
                                            "the loan interest subsidy on a tie")
                                        : _("not together with the loan interest subsidy: the larger is paid, "
                                            "the rent subsidy on a tie"))
                   : g_strdup (detail));
  }

  {
    g_autofree char *price = zjtx_ppm_format_decimal (self->production.price_micro_yuan);
    g_autofree char *cap = yuan (self->production.cap);
    g_autofree char *threshold = zjtx_money_format (self->production.threshold_kwh * 100);

    /* The thousands separators of money serve for kWh too; drop the ".00". */
    threshold[strlen (threshold) - 3] = '\0';
    add_summary (array, self->production.clause, zjtx_award_kind_get_label (ZJTX_AWARD_PRODUCTION_REWARD),
                 g_strdup_printf (_("%s yuan per kWh"), price),
                 g_strdup_printf (_("Electricity used in the first year in the park, if at least %s kWh; "
                                    "at most %s per enterprise"),
                                  threshold, cap));
  }

  {
    g_autofree char *rate = zjtx_ppm_format_percent (self->service.max_rate_ppm);
    g_autofree char *cap = yuan (self->service.cap);

    add_summary (array, self->service.clause, zjtx_award_kind_get_label (ZJTX_AWARD_SERVICE_INSTITUTION_REWARD),
                 g_strdup_printf (_("Up to %s of service fees"), rate),
                 g_strdup_printf (_("Public service institutions in the demonstration park serving its enterprises; "
                                    "at most %s per institution"),
                                  cap));
  }

  {
    g_autofree char *share = zjtx_ppm_format_percent (self->park_title.min_output_share_ppm);

    add_summary (array, self->park_title.clause, _("SRDI park title"),
                 g_strdup (_("Honorary title")),
                 g_strdup_printf (self->park_title.require_contiguous
                                    ? _("At least %d members of tier %s or higher; output of members with a tier "
                                        "at least %s of the park's output; the park contiguous")
                                    : _("At least %d members of tier %s or higher; output of members with a tier "
                                        "at least %s of the park's output"),
                                  self->park_title.min_srdi_enterprises,
                                  zjtx_tier_get_label (self->park_title.srdi_min_tier), share));
  }

  {
    g_autofree char *deadline = zjtx_date_format_iso (self->targets.deadline);

    add_summary (array, self->targets.clause, _("Targets"),
                 g_strdup_printf (_("%d / %d / %d"),
                                  self->targets.goal[ZJTX_TIER_INNOVATIVE],
                                  self->targets.goal[ZJTX_TIER_PROVINCIAL],
                                  self->targets.goal[ZJTX_TIER_NATIONAL]),
                 g_strdup_printf (_("Innovative SMEs, provincial SRDI SMEs and national “Little Giants” "
                                    "cultivated in all by %s"),
                                  deadline));
  }

  return array;
}

/* Policy sets */

struct _ZjtxPolicySet {
  gatomicrefcount  ref_count;
  GPtrArray       *policies;   /* ordered by window start */
};

G_DEFINE_BOXED_TYPE (ZjtxPolicySet, zjtx_policy_set, zjtx_policy_set_ref, zjtx_policy_set_unref)

ZjtxPolicySet *
zjtx_policy_set_new (void)
{
  ZjtxPolicySet *self = g_new0 (ZjtxPolicySet, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->policies = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_policy_unref);
  return self;
}

ZjtxPolicySet *
zjtx_policy_set_ref (ZjtxPolicySet *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_policy_set_unref (ZjtxPolicySet *self)
{
  g_return_if_fail (self != NULL);
  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_ptr_array_unref (self->policies);
      g_free (self);
    }
}

gboolean
zjtx_policy_set_add (ZjtxPolicySet  *self,
                     ZjtxPolicy     *policy,
                     GError        **error)
{
  guint position = self->policies->len;

  for (guint i = 0; i < self->policies->len; i++)
    {
      ZjtxPolicy *other = g_ptr_array_index (self->policies, i);

      if (g_strcmp0 (other->id, policy->id) == 0)
        {
          g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_DUPLICATE,
                       _("the policy “%s” is already loaded"), policy->id);
          return FALSE;
        }
      if (policy->window_start <= other->window_end && other->window_start <= policy->window_end)
        {
          g_autofree char *s1 = zjtx_date_format_iso (policy->window_start);
          g_autofree char *e1 = zjtx_date_format_iso (policy->window_end);
          g_autofree char *s2 = zjtx_date_format_iso (other->window_start);
          g_autofree char *e2 = zjtx_date_format_iso (other->window_end);

          g_set_error (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP,
                       _("the period of %s (%s to %s) overlaps that of %s (%s to %s)"),
                       policy->doc_number, s1, e1, other->doc_number, s2, e2);
          return FALSE;
        }
      if (policy->window_start < other->window_start && position == self->policies->len)
        position = i;
    }

  g_ptr_array_insert (self->policies, position, zjtx_policy_ref (policy));
  return TRUE;
}

guint
zjtx_policy_set_get_n (ZjtxPolicySet *self)
{
  return self->policies->len;
}

ZjtxPolicy *
zjtx_policy_set_get (ZjtxPolicySet *self,
                     guint          index)
{
  g_return_val_if_fail (index < self->policies->len, NULL);
  return g_ptr_array_index (self->policies, index);
}

ZjtxPolicy *
zjtx_policy_set_lookup (ZjtxPolicySet *self,
                        ZjtxDate       date)
{
  for (guint i = 0; i < self->policies->len; i++)
    {
      ZjtxPolicy *policy = g_ptr_array_index (self->policies, i);

      if (zjtx_policy_window_contains (policy, date))
        return policy;
    }
  return NULL;
}

ZjtxPolicy *
zjtx_policy_set_nearest (ZjtxPolicySet *self,
                         ZjtxDate       date)
{
  ZjtxPolicy *best = NULL;

  if (self->policies->len == 0)
    return NULL;

  for (guint i = 0; i < self->policies->len; i++)
    {
      ZjtxPolicy *policy = g_ptr_array_index (self->policies, i);

      if (policy->window_start <= date)
        best = policy;
    }

  return best ? best : g_ptr_array_index (self->policies, 0);
}

gboolean
zjtx_policy_set_load_file (ZjtxPolicySet  *self,
                           const char     *path,
                           GError        **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ZjtxPolicy) policy = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, &local_error) ||
      !(policy = zjtx_policy_new_from_data (contents, length, &local_error)) ||
      !zjtx_policy_set_add (self, policy, &local_error))
    {
      if (local_error->domain == G_FILE_ERROR)
        g_set_error_literal (error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_PARSE, local_error->message);
      else
        g_set_error (error, local_error->domain, local_error->code, "%s: %s", display, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static int
compare_names (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

ZjtxPolicySet *
zjtx_policy_set_new_builtin (GError **error)
{
  static const char *root = "/cn/gov/yongchun/Zjtx/policies";
  g_autoptr(ZjtxPolicySet) self = zjtx_policy_set_new ();
  g_auto(GStrv) names = NULL;

  /* Through the resource itself rather than the global registry: a static
   * library's constructor that would register it may never be linked in. */
  names = g_resource_enumerate_children (zjtx_core_get_resource (), root, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (names == NULL)
    return NULL;

  /* Sorted so that the set, and any error, does not depend on resource order. */
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_path ("/", root, names[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(ZjtxPolicy) policy = NULL;
      g_autoptr(GError) local_error = NULL;
      gsize size;
      const char *data;

      bytes = g_resource_lookup_data (zjtx_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &size);
      policy = zjtx_policy_new_from_data (data, size, &local_error);
      if (policy == NULL || !zjtx_policy_set_add (self, policy, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code, "%s: %s", names[i], local_error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&self);
}
