/* zjtx-evaluator.c: facts + policies + a date → what is owed, and why
 *
 * Each clause of the policy is one function below, reading the numbers it
 * needs from the ZjtxPolicy that covers the event's date. Every computed line
 * is rounded half-up to the fen once; sums and caps apply to rounded lines
 * (shared/design/policy-rules.md, "General readings").
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "zjtx-evaluator.h"
#include "zjtx-json-writer.h"

static const char * const reason_ids[] = {
  [ZJTX_EXCLUSION_OUTSIDE_WINDOW] = "outside_window",
  [ZJTX_EXCLUSION_AFTER_AS_OF] = "after_as_of",
  [ZJTX_EXCLUSION_REVIEW] = "review",
  [ZJTX_EXCLUSION_ALREADY_RECOGNISED] = "already_recognised",
  [ZJTX_EXCLUSION_NO_PARK] = "no_park",
  [ZJTX_EXCLUSION_NOT_DEMONSTRATION] = "not_demonstration_park",
  [ZJTX_EXCLUSION_NO_ENTRY_DATE] = "no_entry_date",
  [ZJTX_EXCLUSION_NOT_SRDI] = "not_srdi",
  [ZJTX_EXCLUSION_BELOW_THRESHOLD] = "below_threshold",
  [ZJTX_EXCLUSION_EXCLUSIVE] = "exclusive",
  [ZJTX_EXCLUSION_CAP_APPLIED] = "cap_applied",
  [ZJTX_EXCLUSION_NOTHING_CLAIMED] = "nothing_claimed",
};

const char *
zjtx_exclusion_reason_to_id (ZjtxExclusionReason reason)
{
  g_return_val_if_fail (reason < G_N_ELEMENTS (reason_ids), NULL);
  return reason_ids[reason];
}

static const char * const criterion_ids[] = {
  [ZJTX_CRITERION_SRDI_ENTERPRISES] = "srdi_enterprises",
  [ZJTX_CRITERION_OUTPUT_SHARE] = "output_share",
  [ZJTX_CRITERION_CONTIGUOUS] = "contiguous",
};

G_DEFINE_BOXED_TYPE (ZjtxEvaluation, zjtx_evaluation, zjtx_evaluation_ref, zjtx_evaluation_unref)

static void
award_clear (gpointer data)
{
  ZjtxAward *award = data;

  g_clear_pointer (&award->basis, g_free);
  g_clear_pointer (&award->note, g_free);
}

static void
exclusion_clear (gpointer data)
{
  ZjtxExclusion *exclusion = data;

  g_clear_pointer (&exclusion->text, g_free);
}

static void
verdict_clear (gpointer data)
{
  ZjtxParkVerdict *verdict = data;

  for (guint i = 0; i < G_N_ELEMENTS (verdict->criteria); i++)
    {
      g_clear_pointer (&verdict->criteria[i].value, g_free);
      g_clear_pointer (&verdict->criteria[i].required, g_free);
      g_clear_pointer (&verdict->criteria[i].text, g_free);
    }
}

ZjtxEvaluation *
zjtx_evaluation_ref (ZjtxEvaluation *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_evaluation_unref (ZjtxEvaluation *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->awards);
  g_array_unref (self->exclusions);
  g_array_unref (self->parks);
  g_array_unref (self->targets);
  zjtx_facts_unref (self->facts);
  zjtx_policy_set_unref (self->policies);
  g_free (self);
}

/* Recognitions */

static gboolean
recognition_valid_on (const ZjtxRecognitionFact *r,
                      ZjtxDate                   date,
                      int                        validity_years)
{
  return r->date <= date && date < zjtx_date_add_years (r->date, validity_years);
}

gboolean
zjtx_enterprise_holds_tier (const ZjtxEnterpriseFact *enterprise,
                            ZjtxTier                  tier,
                            ZjtxDate                  date,
                            int                       validity_years)
{
  for (guint i = 0; i < enterprise->n_recognitions; i++)
    {
      const ZjtxRecognitionFact *r = &enterprise->recognitions[i];

      if (r->tier == tier && recognition_valid_on (r, date, validity_years))
        return TRUE;
    }
  return FALSE;
}

ZjtxTier
zjtx_enterprise_tier_on (const ZjtxEnterpriseFact *enterprise,
                         ZjtxDate                  date,
                         int                       validity_years)
{
  ZjtxTier best = ZJTX_TIER_NONE;

  for (guint i = 0; i < enterprise->n_recognitions; i++)
    {
      const ZjtxRecognitionFact *r = &enterprise->recognitions[i];

      if (r->tier > best && recognition_valid_on (r, date, validity_years))
        best = r->tier;
    }
  return best;
}

/* Index of the earliest first (non-review) recognition of @tier, or -1. On a
 * tie of dates the one given first wins, so the result never depends on
 * anything but the facts. */
static int
earliest_first (const ZjtxEnterpriseFact *e,
                ZjtxTier                  tier)
{
  int best = -1;

  for (guint i = 0; i < e->n_recognitions; i++)
    {
      const ZjtxRecognitionFact *r = &e->recognitions[i];

      if (r->tier == tier && !r->review &&
          (best < 0 || r->date < e->recognitions[best].date))
        best = i;
    }
  return best;
}

/* Building the result */

typedef struct {
  ZjtxEvaluation *eval;
  const char     *recipient;
  const char     *recipient_name;
  ZjtxRecipientType type;
} Recipient;

static ZjtxAward *
add_award (Recipient     *to,
           ZjtxAwardKind  kind,
           ZjtxFen        amount,
           ZjtxPolicy    *policy,
           ZjtxDate       event_date,
           char          *basis)
{
  ZjtxAward award = { 0 };

  award.recipient = to->recipient;
  award.recipient_name = to->recipient_name;
  award.recipient_type = to->type;
  award.kind = kind;
  award.amount = amount;
  award.policy = policy;
  award.clause = zjtx_policy_get_clause (policy, kind);
  award.event_date = event_date;
  award.basis = basis;
  g_array_append_val (to->eval->awards, award);
  to->eval->total += amount;
  return &g_array_index (to->eval->awards, ZjtxAward, to->eval->awards->len - 1);
}

static void
add_exclusion (Recipient           *to,
               ZjtxAwardKind        kind,
               ZjtxFen              amount,
               ZjtxPolicy          *policy,
               ZjtxExclusionReason  reason,
               char                *text)
{
  ZjtxExclusion exclusion = { 0 };

  exclusion.recipient = to->recipient;
  exclusion.recipient_name = to->recipient_name;
  exclusion.recipient_type = to->type;
  exclusion.kind = kind;
  exclusion.amount = amount;
  exclusion.policy = policy;
  exclusion.reason = reason;
  exclusion.text = text;
  g_array_append_val (to->eval->exclusions, exclusion);
}

static char *
fmt_money (ZjtxFen fen)
{
  return zjtx_money_format (fen);
}

static char *
fmt_date (ZjtxDate date)
{
  return zjtx_date_format_iso (date);
}

static char *
fmt_count (gint64 n)
{
  /* Thousands separators for counts (kWh), reusing the money formatter. */
  char *text = zjtx_money_format (n * ZJTX_FEN_PER_YUAN);

  text[strlen (text) - 3] = '\0';
  return text;
}

static char *
outside_window_text (ZjtxDate date)
{
  g_autofree char *d = fmt_date (date);
  return g_strdup_printf (_("dated %s, outside the period of every loaded policy"), d);
}

static char *
after_as_of_text (ZjtxDate date,
                  ZjtxDate as_of)
{
  g_autofree char *d = fmt_date (date);
  g_autofree char *a = fmt_date (as_of);
  return g_strdup_printf (_("dated %s, after the evaluation date %s"), d, a);
}

/* Caps @gross at @cap, recording the excess as an exclusion. */
static ZjtxFen
apply_cap (Recipient     *to,
           ZjtxAwardKind  kind,
           ZjtxPolicy    *policy,
           ZjtxFen        gross,
           ZjtxFen        cap,
           gboolean       record)
{
  if (gross <= cap)
    return gross;

  if (record)
    {
      g_autofree char *g = fmt_money (gross);
      g_autofree char *c = fmt_money (cap);
      add_exclusion (to, kind, gross - cap, policy, ZJTX_EXCLUSION_CAP_APPLIED,
                     g_strdup_printf (_("%s computed, capped at %s"), g, c));
    }
  return cap;
}

/* 四（一） Recognition reward */

static void
evaluate_recognitions (Recipient                *to,
                       const ZjtxEnterpriseFact *e)
{
  ZjtxEvaluation *eval = to->eval;

  for (ZjtxTier tier = ZJTX_TIER_INNOVATIVE; tier <= ZJTX_TIER_NATIONAL; tier++)
    {
      ZjtxAwardKind kind = zjtx_award_kind_for_recognition (tier);
      int first = earliest_first (e, tier);

      for (guint i = 0; i < e->n_recognitions; i++)
        {
          const ZjtxRecognitionFact *r = &e->recognitions[i];
          ZjtxPolicy *policy;
          g_autofree char *date = NULL;

          if (r->tier != tier)
            continue;

          policy = zjtx_policy_set_lookup (eval->policies, r->date);
          date = fmt_date (r->date);

          if (r->review)
            add_exclusion (to, kind, policy ? policy->recognition.amount[tier] : 0, policy,
                           ZJTX_EXCLUSION_REVIEW,
                           g_strdup_printf (_("re-review of %s: re-reviews earn no reward"), date));
          else if (r->date > eval->as_of)
            add_exclusion (to, kind, policy ? policy->recognition.amount[tier] : 0, policy,
                           ZJTX_EXCLUSION_AFTER_AS_OF, after_as_of_text (r->date, eval->as_of));
          else if ((int) i != first)
            {
              g_autofree char *earlier = fmt_date (e->recognitions[first].date);
              add_exclusion (to, kind, policy ? policy->recognition.amount[tier] : 0, policy,
                             ZJTX_EXCLUSION_ALREADY_RECOGNISED,
                             g_strdup_printf (_("recognised on %s, but first recognised as this tier on %s"),
                                              date, earlier));
            }
          else if (policy == NULL)
            add_exclusion (to, kind, 0, NULL, ZJTX_EXCLUSION_OUTSIDE_WINDOW, outside_window_text (r->date));
          else if (policy->recognition.amount[tier] > 0)
            {
              g_autofree char *amount = fmt_money (policy->recognition.amount[tier]);
              add_award (to, kind, policy->recognition.amount[tier], policy, r->date,
                         /* Translators: "first recognition as Provincial SRDI SME on 2024-09-01: 100,000.00" */
                         g_strdup_printf (_("first recognition as %s on %s: %s"),
                                          zjtx_tier_get_label (tier), date, amount));
            }
        }
    }
}

/* 四（二）1 Loan interest subsidy: Σ principal × rate × min(term, max)/12, capped. */
static ZjtxFen
loan_gross (const ZjtxEnterpriseFact *e,
            ZjtxPolicy               *policy,
            GString                  *basis)
{
  g_autofree char *rate = zjtx_ppm_format_percent (policy->loan.rate_ppm);
  ZjtxFen sum = 0;

  for (guint i = 0; i < e->n_loans; i++)
    {
      const ZjtxLoanFact *l = &e->loans[i];
      int months = MIN (l->term_months, policy->loan.max_months);
      ZjtxFen line = 0;
      g_autofree char *p = fmt_money (l->principal);
      g_autofree char *a = NULL;

      /* principal × rate_ppm × months / (12 × 10^6), rounded once. */
      if (!zjtx_mul_div_round (l->principal, policy->loan.rate_ppm * months, (gint64) 12 * ZJTX_PPM, &line))
        g_assert_not_reached (); /* principal ≤ ZJTX_FEN_MAX keeps this far from overflow */
      a = fmt_money (line);
      if (basis->len > 0)
        g_string_append (basis, "; ");
      g_string_append_printf (basis, "%s × %s × %d/12 = %s", p, rate, months, a);
      sum += line;
    }

  return sum;
}

/* 四（二）2 Rent subsidy: rate × rent of the first max_months months, in the order given. */
static ZjtxFen
rent_gross (const ZjtxEnterpriseFact *e,
            ZjtxPolicy               *policy,
            GString                  *basis)
{
  g_autofree char *rate = zjtx_ppm_format_percent (policy->rent.rate_ppm);
  int left = policy->rent.max_months;
  ZjtxFen sum = 0;

  for (guint i = 0; i < e->n_rents && left > 0; i++)
    {
      const ZjtxRentFact *r = &e->rents[i];
      int months = MIN (r->months, left);
      ZjtxFen line = 0;
      g_autofree char *m = fmt_money (r->monthly);
      g_autofree char *a = NULL;

      if (!zjtx_mul_div_round (r->monthly, policy->rent.rate_ppm * months, ZJTX_PPM, &line))
        g_assert_not_reached ();
      a = fmt_money (line);
      if (basis->len > 0)
        g_string_append (basis, "; ");
      g_string_append_printf (basis, "%s × %s × %d = %s", m, rate, months, a);
      sum += line;
      left -= months;
    }

  return sum;
}

static GString *
string_new_printf (const char *format,
                     ...) G_GNUC_PRINTF (1, 2);

static GString *
string_new_printf (const char *format,
                     ...)
{
  GString *string = g_string_new (NULL);
  va_list args;

  va_start (args, format);
  g_string_append_vprintf (string, format, args);
  va_end (args);
  return string;
}

static char *
finish_basis (GString *basis,
              gboolean several,
              ZjtxFen  gross,
              ZjtxFen  net)
{
  if (several)
    {
      g_autofree char *g = fmt_money (gross);
      /* Translators: appended to several computed lines */
      g_string_append_printf (basis, _("; total %s"), g);
    }
  if (net != gross)
    {
      g_autofree char *n = fmt_money (net);
      /* Translators: appended when the per-recipient cap applies */
      g_string_append_printf (basis, _(", capped at %s"), n);
    }
  return g_string_free (basis, FALSE);
}

/* Whether the enterprise held @min_tier or higher on some day of [from, to]. */
static gboolean
srdi_during (const ZjtxEnterpriseFact *e,
             ZjtxTier                  min_tier,
             ZjtxDate                  from,
             ZjtxDate                  to,
             int                       validity_years)
{
  for (guint i = 0; i < e->n_recognitions; i++)
    {
      const ZjtxRecognitionFact *r = &e->recognitions[i];

      if (r->tier >= min_tier && r->date <= to &&
          zjtx_date_add_years (r->date, validity_years) > from)
        return TRUE;
    }
  return FALSE;
}

static void
exclude_claims (Recipient                *to,
                const ZjtxEnterpriseFact *e,
                ZjtxPolicy               *policy,
                ZjtxExclusionReason       reason,
                const char               *text)
{
  /* What each claim would have come to, where a policy is known, so that an
   * officer sees what is at stake. */
  if (e->n_loans > 0)
    {
      g_autoptr(GString) scratch = g_string_new (NULL);
      ZjtxFen amount = policy ? MIN (loan_gross (e, policy, scratch), policy->loan.cap) : 0;
      add_exclusion (to, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, amount, policy, reason, g_strdup (text));
    }
  if (e->n_rents > 0)
    {
      g_autoptr(GString) scratch = g_string_new (NULL);
      ZjtxFen amount = policy ? MIN (rent_gross (e, policy, scratch), policy->rent.cap) : 0;
      add_exclusion (to, ZJTX_AWARD_RENT_SUBSIDY, amount, policy, reason, g_strdup (text));
    }
  if (e->first_year_kwh >= 0)
    {
      ZjtxFen amount = 0;

      if (policy && e->first_year_kwh >= policy->production.threshold_kwh)
        {
          zjtx_mul_div_round (e->first_year_kwh, policy->production.price_micro_yuan, ZJTX_PPM / ZJTX_FEN_PER_YUAN, &amount);
          amount = MIN (amount, policy->production.cap);
        }
      add_exclusion (to, ZJTX_AWARD_PRODUCTION_REWARD, amount, policy, reason, g_strdup (text));
    }
}

/* 四（二） Support for SRDI enterprises entering the demonstration park */
static void
evaluate_park_support (Recipient                *to,
                       const ZjtxEnterpriseFact *e)
{
  ZjtxEvaluation *eval = to->eval;
  const ZjtxParkFact *park = NULL;
  ZjtxPolicy *policy;
  ZjtxFen loan = 0, rent = 0;
  ZjtxFen loan_net = 0, rent_net = 0;
  g_autoptr(GString) loan_basis = NULL;
  g_autoptr(GString) rent_basis = NULL;
  gboolean want_loan, want_rent, overridden;

  if (e->n_loans == 0 && e->n_rents == 0 && e->first_year_kwh < 0)
    return;

  if (e->park < 0)
    {
      exclude_claims (to, e, NULL, ZJTX_EXCLUSION_NO_PARK, _("the enterprise is in no park"));
      return;
    }

  park = &g_array_index (eval->facts->parks, ZjtxParkFact, e->park);
  policy = e->park_entry_date ? zjtx_policy_set_lookup (eval->policies, e->park_entry_date) : NULL;

  if (!park->demonstration)
    {
      g_autofree char *text = g_strdup_printf (_("%s is not an SRDI demonstration park"), park->name);
      exclude_claims (to, e, policy, ZJTX_EXCLUSION_NOT_DEMONSTRATION, text);
      return;
    }
  if (e->park_entry_date == ZJTX_DATE_NONE)
    {
      exclude_claims (to, e, NULL, ZJTX_EXCLUSION_NO_ENTRY_DATE, _("the date of entering the park is not known"));
      return;
    }
  if (e->park_entry_date > eval->as_of)
    {
      g_autofree char *text = after_as_of_text (e->park_entry_date, eval->as_of);
      exclude_claims (to, e, policy, ZJTX_EXCLUSION_AFTER_AS_OF, text);
      return;
    }
  if (policy == NULL)
    {
      g_autofree char *d = fmt_date (e->park_entry_date);
      g_autofree char *text = g_strdup_printf (_("entered the park on %s, outside the period of every loaded policy"), d);
      exclude_claims (to, e, NULL, ZJTX_EXCLUSION_OUTSIDE_WINDOW, text);
      return;
    }
  if (!srdi_during (e, policy->park_support.min_tier, e->park_entry_date,
                    MIN (eval->as_of, policy->window_end), policy->recognition_validity_years))
    {
      g_autofree char *text = g_strdup_printf (_("held no recognition as %s or higher while in the park during the policy period"),
                                               zjtx_tier_get_label (policy->park_support.min_tier));
      exclude_claims (to, e, policy, ZJTX_EXCLUSION_NOT_SRDI, text);
      return;
    }

  /* Loan and rent, then the choice between them. */
  loan_basis = g_string_new (NULL);
  rent_basis = g_string_new (NULL);
  if (e->n_loans > 0)
    {
      loan = loan_gross (e, policy, loan_basis);
      loan_net = MIN (loan, policy->loan.cap);
    }
  if (e->n_rents > 0)
    {
      rent = rent_gross (e, policy, rent_basis);
      rent_net = MIN (rent, policy->rent.cap);
    }

  want_loan = loan_net > 0;
  want_rent = rent_net > 0;
  overridden = FALSE;
  if (policy->rent.exclusive_with_loan && want_loan && want_rent)
    {
      ZjtxAwardKind chosen;
      g_autofree char *text = NULL;

      if (e->support_choice == ZJTX_SUPPORT_CHOICE_LOAN)
        chosen = ZJTX_AWARD_LOAN_INTEREST_SUBSIDY;
      else if (e->support_choice == ZJTX_SUPPORT_CHOICE_RENT)
        chosen = ZJTX_AWARD_RENT_SUBSIDY;
      else if (loan_net != rent_net)
        chosen = loan_net > rent_net ? ZJTX_AWARD_LOAN_INTEREST_SUBSIDY : ZJTX_AWARD_RENT_SUBSIDY;
      else
        chosen = policy->rent.prefer_on_tie;

      overridden = e->support_choice != ZJTX_SUPPORT_CHOICE_AUTO;
      if (overridden)
        text = g_strdup_printf (_("not together with the %s, which an officer chose: %s"),
                                zjtx_award_kind_get_label (chosen), e->support_choice_reason);
      else if (loan_net == rent_net)
        text = g_strdup_printf (_("not together with the %s, of the same amount, which the policy prefers on a tie"),
                                zjtx_award_kind_get_label (chosen));
      else
        text = g_strdup_printf (_("not together with the %s, which is larger"),
                                zjtx_award_kind_get_label (chosen));

      if (chosen == ZJTX_AWARD_LOAN_INTEREST_SUBSIDY)
        {
          add_exclusion (to, ZJTX_AWARD_RENT_SUBSIDY, rent_net, policy, ZJTX_EXCLUSION_EXCLUSIVE, g_steal_pointer (&text));
          want_rent = FALSE;
        }
      else
        {
          add_exclusion (to, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, loan_net, policy, ZJTX_EXCLUSION_EXCLUSIVE, g_steal_pointer (&text));
          want_loan = FALSE;
        }
    }

  if (want_loan)
    {
      ZjtxAward *award;

      apply_cap (to, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, policy, loan, policy->loan.cap, TRUE);
      award = add_award (to, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, loan_net, policy, e->park_entry_date,
                         finish_basis (g_steal_pointer (&loan_basis), e->n_loans > 1, loan, loan_net));
      if (overridden)
        award->note = g_strdup_printf (_("An officer's choice: %s"), e->support_choice_reason);
    }
  else if (e->n_loans > 0 && loan_net == 0)
    add_exclusion (to, ZJTX_AWARD_LOAN_INTEREST_SUBSIDY, 0, policy, ZJTX_EXCLUSION_NOTHING_CLAIMED,
                   g_strdup (_("the loans come to nothing")));

  if (want_rent)
    {
      ZjtxAward *award;

      apply_cap (to, ZJTX_AWARD_RENT_SUBSIDY, policy, rent, policy->rent.cap, TRUE);
      award = add_award (to, ZJTX_AWARD_RENT_SUBSIDY, rent_net, policy, e->park_entry_date,
                         finish_basis (g_steal_pointer (&rent_basis), e->n_rents > 1, rent, rent_net));
      if (overridden)
        award->note = g_strdup_printf (_("An officer's choice: %s"), e->support_choice_reason);
    }
  else if (e->n_rents > 0 && rent_net == 0)
    add_exclusion (to, ZJTX_AWARD_RENT_SUBSIDY, 0, policy, ZJTX_EXCLUSION_NOTHING_CLAIMED,
                   g_strdup (_("the rent comes to nothing")));

  /* 四（二）3 Production reward on the whole first-year consumption. */
  if (e->first_year_kwh >= 0)
    {
      const ZjtxProductionRule *rule = &policy->production;
      g_autofree char *kwh = fmt_count (e->first_year_kwh);
      g_autofree char *threshold = fmt_count (rule->threshold_kwh);

      if (e->first_year_kwh < rule->threshold_kwh)
        {
          g_autofree char *shortfall = fmt_count (rule->threshold_kwh - e->first_year_kwh);
          add_exclusion (to, ZJTX_AWARD_PRODUCTION_REWARD, 0, policy, ZJTX_EXCLUSION_BELOW_THRESHOLD,
                         g_strdup_printf (_("%s kWh in the first year, %s kWh short of %s kWh"),
                                          kwh, shortfall, threshold));
        }
      else
        {
          g_autofree char *price = zjtx_ppm_format_decimal (rule->price_micro_yuan);
          g_autofree char *gross_text = NULL;
          ZjtxFen gross = 0, net;

          /* kWh × micro-yuan / 10^4 = fen */
          if (!zjtx_mul_div_round (e->first_year_kwh, rule->price_micro_yuan, ZJTX_PPM / ZJTX_FEN_PER_YUAN, &gross))
            g_assert_not_reached (); /* kWh ≤ 10^12 and price ≤ 10^9 */
          net = apply_cap (to, ZJTX_AWARD_PRODUCTION_REWARD, policy, gross, rule->cap, TRUE);
          gross_text = fmt_money (gross);
          add_award (to, ZJTX_AWARD_PRODUCTION_REWARD, net, policy, e->park_entry_date,
                     finish_basis (string_new_printf ("%s kWh × %s = %s", kwh, price, gross_text),
                                   FALSE, gross, net));
        }
    }
}

/* 四（二）4 Service-institution reward: Σ fees × min(rate, max) over the
 * institution's claims under one policy, capped per institution. */

/* One claim's line: "900,000.00 × 2% = 18,000.00". */
static ZjtxFen
service_line (const ZjtxServiceClaimFact *c,
              ZjtxPolicy                 *policy,
              GString                    *basis)
{
  gint64 rate = c->rate_ppm < 0 ? policy->service.default_rate_ppm : MIN (c->rate_ppm, policy->service.max_rate_ppm);
  g_autofree char *fees = fmt_money (c->service_fees);
  g_autofree char *rate_text = zjtx_ppm_format_percent (rate);
  g_autofree char *line_text = NULL;
  ZjtxFen line = 0;

  if (!zjtx_mul_div_round (c->service_fees, rate, ZJTX_PPM, &line))
    g_assert_not_reached (); /* fees ≤ ZJTX_FEN_MAX, rate ≤ 10^6 */
  line_text = fmt_money (line);

  if (basis->len > 0)
    g_string_append (basis, "; ");
  if (c->rate_ppm > policy->service.max_rate_ppm)
    {
      g_autofree char *claimed = zjtx_ppm_format_percent (c->rate_ppm);
      /* Translators: "2,000,000.00 × 3% (4% asked, at most 3%) = 60,000.00" */
      g_string_append_printf (basis, _("%s × %s (%s asked, at most %s) = %s"),
                              fees, rate_text, claimed, rate_text, line_text);
    }
  else
    g_string_append_printf (basis, "%s × %s = %s", fees, rate_text, line_text);
  return line;
}

static void
evaluate_institution (Recipient                 *to,
                      const ZjtxInstitutionFact *s)
{
  ZjtxEvaluation *eval = to->eval;
  const ZjtxParkFact *park = s->park >= 0 ? &g_array_index (eval->facts->parks, ZjtxParkFact, s->park) : NULL;
  const ZjtxAwardKind kind = ZJTX_AWARD_SERVICE_INSTITUTION_REWARD;
  g_autoptr(GPtrArray) done = g_ptr_array_new ();  /* policies already awarded */

  if (s->n_claims == 0)
    return;
  if (park == NULL)
    {
      add_exclusion (to, kind, 0, NULL, ZJTX_EXCLUSION_NO_PARK, g_strdup (_("the institution is in no park")));
      return;
    }
  if (!park->demonstration)
    {
      add_exclusion (to, kind, 0, NULL, ZJTX_EXCLUSION_NOT_DEMONSTRATION,
                     g_strdup_printf (_("%s is not an SRDI demonstration park"), park->name));
      return;
    }

  /* Claims that earn nothing, each with its reason. */
  for (guint i = 0; i < s->n_claims; i++)
    {
      const ZjtxServiceClaimFact *c = &s->claims[i];
      ZjtxPolicy *policy = zjtx_policy_set_lookup (eval->policies, c->date);

      if (c->date > eval->as_of)
        add_exclusion (to, kind, 0, policy, ZJTX_EXCLUSION_AFTER_AS_OF, after_as_of_text (c->date, eval->as_of));
      else if (policy == NULL)
        add_exclusion (to, kind, 0, NULL, ZJTX_EXCLUSION_OUTSIDE_WINDOW, outside_window_text (c->date));
      else if (c->service_fees == 0)
        add_exclusion (to, kind, 0, policy, ZJTX_EXCLUSION_NOTHING_CLAIMED, g_strdup (_("no service fees")));
    }

  /* One award per policy, over that policy's claims, in the order given. */
  for (guint i = 0; i < s->n_claims; i++)
    {
      ZjtxPolicy *policy = zjtx_policy_set_lookup (eval->policies, s->claims[i].date);
      GString *basis;
      ZjtxFen gross = 0, net;
      guint lines = 0;

      if (policy == NULL || s->claims[i].date > eval->as_of || s->claims[i].service_fees == 0 ||
          g_ptr_array_find (done, policy, NULL))
        continue;
      g_ptr_array_add (done, policy);

      basis = g_string_new (NULL);
      for (guint k = i; k < s->n_claims; k++)
        {
          const ZjtxServiceClaimFact *c = &s->claims[k];

          if (c->date > eval->as_of || c->service_fees == 0 ||
              zjtx_policy_set_lookup (eval->policies, c->date) != policy)
            continue;
          gross += service_line (c, policy, basis);
          lines++;
        }

      net = apply_cap (to, kind, policy, gross, policy->service.cap, TRUE);
      add_award (to, kind, net, policy, s->claims[i].date, finish_basis (basis, lines > 1, gross, net));
    }
}

/* 三（三） The SRDI park title */

static void
set_criterion (ZjtxCriterion     *c,
               ZjtxCriterionKind  kind,
               gboolean           met,
               char              *value,
               char              *required,
               char              *text)
{
  c->kind = kind;
  c->met = met;
  c->value = value;
  c->required = required;
  c->text = text;
}

static char *
share_text (gint64 numerator,
            gint64 denominator)
{
  gint64 share = 0;

  /* Four decimals, rounded half-up: display only. */
  if (denominator > 0)
    zjtx_mul_div_round (numerator, 10000, denominator, &share);
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%04" G_GINT64_FORMAT, share / 10000, share % 10000);
}

static void
evaluate_parks (ZjtxEvaluation *eval)
{
  ZjtxFacts *facts = eval->facts;
  ZjtxPolicy *policy = zjtx_policy_set_nearest (eval->policies, eval->as_of);
  const ZjtxParkTitleRule *rule;
  int validity;

  if (policy == NULL)
    return;
  rule = &policy->park_title;
  validity = policy->recognition_validity_years;

  g_array_set_size (eval->parks, facts->parks->len);
  for (guint i = 0; i < facts->parks->len; i++)
    {
      const ZjtxParkFact *park = &g_array_index (facts->parks, ZjtxParkFact, i);
      ZjtxParkVerdict *v = &g_array_index (eval->parks, ZjtxParkVerdict, i);

      v->park = park->id;
      v->name = park->name;
      v->policy = policy;
      v->contiguous = park->contiguous;
      v->demonstration = park->demonstration;
    }

  for (guint i = 0; i < facts->enterprises->len; i++)
    {
      const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);
      ZjtxParkVerdict *v;
      ZjtxTier tier;

      /* A member is one in the park on the evaluation date. */
      if (e->park < 0 || (e->park_entry_date != ZJTX_DATE_NONE && e->park_entry_date > eval->as_of))
        continue;

      v = &g_array_index (eval->parks, ZjtxParkVerdict, e->park);
      tier = zjtx_enterprise_tier_on (e, eval->as_of, validity);
      v->members++;
      v->total_output += e->output;
      if (tier >= rule->srdi_min_tier)
        v->srdi_count++;
      if (tier >= rule->output_min_tier)
        v->tiered_output += e->output;
    }

  for (guint i = 0; i < eval->parks->len; i++)
    {
      ZjtxParkVerdict *v = &g_array_index (eval->parks, ZjtxParkVerdict, i);
      gboolean srdi_met = v->srdi_count >= rule->min_srdi_enterprises;
      /* tiered / total ≥ min_share, as exact integers: tiered × 10^6 ≥ min × total */
      gboolean share_met = v->total_output > 0 &&
        (__int128) v->tiered_output * ZJTX_PPM >= (__int128) rule->min_output_share_ppm * v->total_output;
      gboolean contiguous_met = v->contiguous || !rule->require_contiguous;
      g_autofree char *min_share = zjtx_ppm_format_percent (rule->min_output_share_ppm);
      char *text;

      if (v->total_output > 0)
        zjtx_mul_div_round (v->tiered_output, ZJTX_PPM, v->total_output, &v->output_share_ppm);

      if (srdi_met)
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d SRDI enterprise, at least %d needed",
                                             "%d SRDI enterprises, at least %d needed", v->srdi_count),
                                v->srdi_count, rule->min_srdi_enterprises);
      else
        text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d of %d SRDI enterprises; needs %d more",
                                             "%d of %d SRDI enterprises; needs %d more",
                                             rule->min_srdi_enterprises - v->srdi_count),
                                v->srdi_count, rule->min_srdi_enterprises,
                                rule->min_srdi_enterprises - v->srdi_count);
      set_criterion (&v->criteria[0], ZJTX_CRITERION_SRDI_ENTERPRISES, srdi_met,
                     g_strdup_printf ("%d", v->srdi_count),
                     g_strdup_printf ("%d", rule->min_srdi_enterprises), text);

      if (v->total_output == 0)
        text = g_strdup (_("the members report no output value"));
      else
        {
          /* Shown truncated to 0.01%, so that a share just below the
           * threshold never reads as the threshold itself. */
          gint64 basis_points = (gint64) ((__int128) v->tiered_output * 10000 / v->total_output);
          g_autofree char *share = zjtx_ppm_format_percent (basis_points * 100);
          g_autofree char *tiered = fmt_money (v->tiered_output);
          g_autofree char *total = fmt_money (v->total_output);

          text = g_strdup_printf (share_met ? _("output share %s (%s of %s), at least %s needed")
                                            : _("output share %s (%s of %s), below the %s needed"),
                                  share, tiered, total, min_share);
        }
      set_criterion (&v->criteria[1], ZJTX_CRITERION_OUTPUT_SHARE, share_met,
                     share_text (v->tiered_output, v->total_output),
                     share_text (rule->min_output_share_ppm, ZJTX_PPM), text);

      set_criterion (&v->criteria[2], ZJTX_CRITERION_CONTIGUOUS, contiguous_met,
                     g_strdup (v->contiguous ? "true" : "false"),
                     g_strdup (rule->require_contiguous ? "true" : "false"),
                     g_strdup (v->contiguous ? _("the park is contiguous")
                                             : rule->require_contiguous ? _("the park is not contiguous")
                                                                        : _("the park is not contiguous, which is not required")));

      v->title = srdi_met && share_met && contiguous_met;
    }
}

/* 二 Targets */

static void
evaluate_targets (ZjtxEvaluation *eval)
{
  ZjtxFacts *facts = eval->facts;

  for (guint p = 0; p < zjtx_policy_set_get_n (eval->policies); p++)
    {
      ZjtxPolicy *policy = zjtx_policy_set_get (eval->policies, p);

      for (ZjtxTier tier = ZJTX_TIER_INNOVATIVE; tier <= ZJTX_TIER_NATIONAL; tier++)
        {
          ZjtxTargetProgress t = { policy, tier, policy->targets.goal[tier], policy->targets.deadline, 0, 0, 0 };

          for (guint i = 0; i < facts->enterprises->len; i++)
            {
              const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);
              int first = earliest_first (e, tier);

              if (first >= 0 && e->recognitions[first].date <= eval->as_of)
                {
                  t.cumulative++;
                  if (zjtx_policy_window_contains (policy, e->recognitions[first].date))
                    t.in_window++;
                }
              if (zjtx_enterprise_holds_tier (e, tier, eval->as_of, policy->recognition_validity_years))
                t.holding++;
            }
          g_array_append_val (eval->targets, t);
        }
    }
}

ZjtxEvaluation *
zjtx_evaluate (ZjtxFacts     *facts,
               ZjtxPolicySet *policies,
               ZjtxDate       as_of)
{
  ZjtxEvaluation *eval;

  g_return_val_if_fail (facts != NULL, NULL);
  g_return_val_if_fail (policies != NULL, NULL);
  g_return_val_if_fail (as_of != ZJTX_DATE_NONE, NULL);

  eval = g_new0 (ZjtxEvaluation, 1);
  g_atomic_ref_count_init (&eval->ref_count);
  eval->facts = zjtx_facts_ref (facts);
  eval->policies = zjtx_policy_set_ref (policies);
  eval->as_of = as_of;
  eval->awards = g_array_new (FALSE, TRUE, sizeof (ZjtxAward));
  g_array_set_clear_func (eval->awards, award_clear);
  eval->exclusions = g_array_new (FALSE, TRUE, sizeof (ZjtxExclusion));
  g_array_set_clear_func (eval->exclusions, exclusion_clear);
  eval->parks = g_array_new (FALSE, TRUE, sizeof (ZjtxParkVerdict));
  g_array_set_clear_func (eval->parks, verdict_clear);
  eval->targets = g_array_new (FALSE, TRUE, sizeof (ZjtxTargetProgress));

  for (guint i = 0; i < facts->enterprises->len; i++)
    {
      const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);
      Recipient to = { eval, e->id, e->name, ZJTX_RECIPIENT_ENTERPRISE };

      evaluate_recognitions (&to, e);
      evaluate_park_support (&to, e);
    }

  for (guint i = 0; i < facts->institutions->len; i++)
    {
      const ZjtxInstitutionFact *s = &g_array_index (facts->institutions, ZjtxInstitutionFact, i);
      Recipient to = { eval, s->id, s->name, ZJTX_RECIPIENT_INSTITUTION };

      evaluate_institution (&to, s);
    }

  evaluate_parks (eval);
  evaluate_targets (eval);

  return eval;
}

/* JSON */

static void
member_string (ZjtxJsonWriter *b,
               const char  *name,
               const char  *value)
{
  zjtx_json_writer_member (b, name);
  zjtx_json_writer_string (b, value);
}

static void
member_take_string (ZjtxJsonWriter *b,
                    const char  *name,
                    char        *value)
{
  member_string (b, name, value);
  g_free (value);
}

static void
member_int (ZjtxJsonWriter *b,
            const char  *name,
            gint64       value)
{
  zjtx_json_writer_member (b, name);
  zjtx_json_writer_int (b, value);
}

static void
member_bool (ZjtxJsonWriter *b,
             const char  *name,
             gboolean     value)
{
  zjtx_json_writer_member (b, name);
  zjtx_json_writer_bool (b, value);
}

static const char *
recipient_type_id (ZjtxRecipientType type)
{
  return type == ZJTX_RECIPIENT_INSTITUTION ? "institution" : "enterprise";
}

char *
zjtx_evaluation_to_data (ZjtxEvaluation *self,
                         gsize          *length)
{
  ZjtxJsonWriter *b = zjtx_json_writer_new ();

  zjtx_json_writer_begin_object (b);
  member_take_string (b, "as_of", fmt_date (self->as_of));

  zjtx_json_writer_member (b, "policies");
  zjtx_json_writer_begin_array (b);
  for (guint i = 0; i < zjtx_policy_set_get_n (self->policies); i++)
    zjtx_json_writer_string (b, zjtx_policy_set_get (self->policies, i)->doc_number);
  zjtx_json_writer_end_array (b);

  zjtx_json_writer_member (b, "awards");
  zjtx_json_writer_begin_array (b);
  for (guint i = 0; i < self->awards->len; i++)
    {
      const ZjtxAward *a = &g_array_index (self->awards, ZjtxAward, i);

      zjtx_json_writer_begin_object (b);
      member_string (b, "recipient", a->recipient);
      member_string (b, "recipient_name", a->recipient_name);
      member_string (b, "recipient_type", recipient_type_id (a->recipient_type));
      member_string (b, "kind", zjtx_award_kind_to_id (a->kind));
      member_take_string (b, "amount", zjtx_money_format_plain (a->amount));
      member_string (b, "policy", a->policy->doc_number);
      member_string (b, "policy_id", a->policy->id);
      member_string (b, "clause", a->clause);
      member_take_string (b, "event_date", fmt_date (a->event_date));
      member_string (b, "basis", a->basis);
      if (a->note)
        member_string (b, "note", a->note);
      zjtx_json_writer_end_object (b);
    }
  zjtx_json_writer_end_array (b);

  zjtx_json_writer_member (b, "excluded");
  zjtx_json_writer_begin_array (b);
  for (guint i = 0; i < self->exclusions->len; i++)
    {
      const ZjtxExclusion *x = &g_array_index (self->exclusions, ZjtxExclusion, i);

      zjtx_json_writer_begin_object (b);
      member_string (b, "recipient", x->recipient);
      member_string (b, "recipient_name", x->recipient_name);
      member_string (b, "recipient_type", recipient_type_id (x->recipient_type));
      member_string (b, "kind", zjtx_award_kind_to_id (x->kind));
      member_take_string (b, "amount", zjtx_money_format_plain (x->amount));
      member_string (b, "policy", x->policy ? x->policy->doc_number : NULL);
      member_string (b, "reason_code", zjtx_exclusion_reason_to_id (x->reason));
      member_string (b, "reason", x->text);
      zjtx_json_writer_end_object (b);
    }
  zjtx_json_writer_end_array (b);

  zjtx_json_writer_member (b, "parks");
  zjtx_json_writer_begin_array (b);
  for (guint i = 0; i < self->parks->len; i++)
    {
      const ZjtxParkVerdict *v = &g_array_index (self->parks, ZjtxParkVerdict, i);

      zjtx_json_writer_begin_object (b);
      member_string (b, "id", v->park);
      member_string (b, "name", v->name);
      member_string (b, "policy", v->policy->doc_number);
      member_bool (b, "title", v->title);
      member_int (b, "members", v->members);
      member_int (b, "srdi_count", v->srdi_count);
      member_take_string (b, "tiered_output", zjtx_money_format_plain (v->tiered_output));
      member_take_string (b, "total_output", zjtx_money_format_plain (v->total_output));
      member_string (b, "output_share", v->criteria[1].value);
      member_bool (b, "contiguous", v->contiguous);
      member_bool (b, "demonstration", v->demonstration);
      zjtx_json_writer_member (b, "criteria");
      zjtx_json_writer_begin_array (b);
      for (guint c = 0; c < G_N_ELEMENTS (v->criteria); c++)
        {
          zjtx_json_writer_begin_object (b);
          member_string (b, "criterion", criterion_ids[v->criteria[c].kind]);
          member_bool (b, "met", v->criteria[c].met);
          member_string (b, "value", v->criteria[c].value);
          member_string (b, "required", v->criteria[c].required);
          member_string (b, "text", v->criteria[c].text);
          zjtx_json_writer_end_object (b);
        }
      zjtx_json_writer_end_array (b);
      zjtx_json_writer_end_object (b);
    }
  zjtx_json_writer_end_array (b);

  zjtx_json_writer_member (b, "targets");
  zjtx_json_writer_begin_array (b);
  for (guint i = 0; i < self->targets->len; i++)
    {
      const ZjtxTargetProgress *t = &g_array_index (self->targets, ZjtxTargetProgress, i);

      zjtx_json_writer_begin_object (b);
      member_string (b, "policy", t->policy->doc_number);
      member_string (b, "tier", zjtx_tier_to_id (t->tier));
      member_int (b, "goal", t->goal);
      member_take_string (b, "deadline", fmt_date (t->deadline));
      member_int (b, "cumulative", t->cumulative);
      member_int (b, "holding", t->holding);
      member_int (b, "in_window", t->in_window);
      zjtx_json_writer_end_object (b);
    }
  zjtx_json_writer_end_array (b);

  zjtx_json_writer_member (b, "warnings");
  zjtx_json_writer_begin_array (b);
  for (guint i = 0; i < self->facts->warnings->len; i++)
    zjtx_json_writer_string (b, g_ptr_array_index (self->facts->warnings, i));
  zjtx_json_writer_end_array (b);

  member_take_string (b, "total", zjtx_money_format_plain (self->total));
  zjtx_json_writer_end_object (b);

  return zjtx_json_writer_finish (b, length);
}

JsonNode *
zjtx_evaluation_to_json (ZjtxEvaluation *self)
{
  g_autofree char *text = zjtx_evaluation_to_data (self, NULL);
  g_autoptr(GError) error = NULL;
  JsonNode *root = json_from_string (text, &error);

  /* The writer only ever writes valid JSON. */
  g_assert_no_error (error);
  return root;
}
