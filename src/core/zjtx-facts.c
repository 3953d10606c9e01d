/* zjtx-facts.c: what the evaluator is told */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-facts.h"
#include "zjtx-json-reader.h"
#include "zjtx-uscc.h"

G_DEFINE_QUARK (zjtx-facts-error-quark, zjtx_facts_error)

#define INVALID ((ZjtxJsonErrorKind) { ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID })

#define MAX_MONTHS 1200
#define MAX_KWH ((gint64) 1000000000000)

/* Where each enterprise's rows start in the pools; the pointers in
 * ZjtxEnterpriseFact are only set by seal(), since the pools may move
 * while they grow. */
typedef struct {
  guint recognitions;
  guint loans;
  guint rents;
} Offsets;

typedef struct {
  ZjtxFacts  facts;
  GArray    *offsets;        /* per enterprise */
  GArray    *claim_offsets;  /* per institution: guint */
  gboolean   sealed;
} ZjtxFactsReal;

G_DEFINE_BOXED_TYPE (ZjtxFacts, zjtx_facts, zjtx_facts_ref, zjtx_facts_unref)

ZjtxFacts *
zjtx_facts_new (void)
{
  ZjtxFactsReal *real = g_new0 (ZjtxFactsReal, 1);
  ZjtxFacts *self = &real->facts;

  g_atomic_ref_count_init (&self->ref_count);
  self->strings = g_string_chunk_new (64 * 1024);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->park_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->recognition_pool = g_array_new (FALSE, TRUE, sizeof (ZjtxRecognitionFact));
  self->loan_pool = g_array_new (FALSE, TRUE, sizeof (ZjtxLoanFact));
  self->rent_pool = g_array_new (FALSE, TRUE, sizeof (ZjtxRentFact));
  self->claim_pool = g_array_new (FALSE, TRUE, sizeof (ZjtxServiceClaimFact));
  self->enterprises = g_array_new (FALSE, TRUE, sizeof (ZjtxEnterpriseFact));
  self->parks = g_array_new (FALSE, TRUE, sizeof (ZjtxParkFact));
  self->institutions = g_array_new (FALSE, TRUE, sizeof (ZjtxInstitutionFact));
  self->warnings = g_ptr_array_new_with_free_func (g_free);
  real->offsets = g_array_new (FALSE, TRUE, sizeof (Offsets));
  real->claim_offsets = g_array_new (FALSE, TRUE, sizeof (guint));

  return self;
}

ZjtxFacts *
zjtx_facts_ref (ZjtxFacts *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_facts_unref (ZjtxFacts *self)
{
  ZjtxFactsReal *real = (ZjtxFactsReal *) self;

  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_string_chunk_free (self->strings);
  g_hash_table_unref (self->ids);
  g_hash_table_unref (self->park_ids);
  g_array_unref (self->recognition_pool);
  g_array_unref (self->loan_pool);
  g_array_unref (self->rent_pool);
  g_array_unref (self->claim_pool);
  g_array_unref (self->enterprises);
  g_array_unref (self->parks);
  g_array_unref (self->institutions);
  g_ptr_array_unref (self->warnings);
  g_array_unref (real->offsets);
  g_array_unref (real->claim_offsets);
  g_free (real);
}

void
zjtx_facts_set_as_of (ZjtxFacts *self,
                      ZjtxDate   as_of)
{
  self->as_of = as_of;
}

static const char *
intern (ZjtxFacts  *self,
        const char *text)
{
  return text ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

static gboolean
check_id (ZjtxFacts   *self,
          const char  *id,
          GError     **error)
{
  if (g_hash_table_contains (self->ids, id))
    {
      g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID,
                   _("the id “%s” is used twice"), id);
      return FALSE;
    }
  return TRUE;
}

static void
claim_id (ZjtxFacts  *self,
          const char *id)
{
  g_hash_table_add (self->ids, (gpointer) intern (self, id));
}

static gboolean
find_park (ZjtxFacts   *self,
           const char  *park_id,
           int         *index,
           GError     **error)
{
  gpointer value;

  if (park_id == NULL)
    {
      *index = -1;
      return TRUE;
    }
  value = g_hash_table_lookup (self->park_ids, park_id);
  if (value == NULL)
    {
      g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID,
                   _("no park has the id “%s”"), park_id);
      return FALSE;
    }
  *index = GPOINTER_TO_INT (value) - 1;
  return TRUE;
}

gboolean
zjtx_facts_add_park (ZjtxFacts   *self,
                     const char  *id,
                     const char  *name,
                     gboolean     contiguous,
                     gboolean     demonstration,
                     GError     **error)
{
  ZjtxParkFact park = { 0 };

  if (!check_id (self, id, error))
    return FALSE;
  claim_id (self, id);
  park.id = intern (self, id);
  park.name = intern (self, name);
  park.contiguous = contiguous;
  park.demonstration = demonstration;
  g_array_append_val (self->parks, park);
  g_hash_table_insert (self->park_ids, (gpointer) park.id, GINT_TO_POINTER (self->parks->len));
  return TRUE;
}

ZjtxEnterpriseFact *
zjtx_facts_add_enterprise (ZjtxFacts   *self,
                           const char  *id,
                           const char  *name,
                           const char  *uscc,
                           const char  *park_id,
                           ZjtxDate     park_entry_date,
                           ZjtxFen      output,
                           gint64       first_year_kwh,
                           GError     **error)
{
  ZjtxFactsReal *real = (ZjtxFactsReal *) self;
  ZjtxEnterpriseFact e = { 0 };
  Offsets offsets;
  int park;

  /* Nothing is recorded unless both checks pass. */
  if (!check_id (self, id, error) || !find_park (self, park_id, &park, error))
    return NULL;
  claim_id (self, id);

  e.id = intern (self, id);
  e.name = intern (self, name);
  e.uscc = intern (self, uscc);
  e.park = park;
  e.park_entry_date = park_entry_date;
  e.output = output;
  e.first_year_kwh = first_year_kwh;
  g_array_append_val (self->enterprises, e);

  offsets.recognitions = self->recognition_pool->len;
  offsets.loans = self->loan_pool->len;
  offsets.rents = self->rent_pool->len;
  g_array_append_val (real->offsets, offsets);
  real->sealed = FALSE;

  return &g_array_index (self->enterprises, ZjtxEnterpriseFact, self->enterprises->len - 1);
}

static ZjtxEnterpriseFact *
last_enterprise (ZjtxFacts *self)
{
  g_return_val_if_fail (self->enterprises->len > 0, NULL);
  return &g_array_index (self->enterprises, ZjtxEnterpriseFact, self->enterprises->len - 1);
}

void
zjtx_facts_add_recognition (ZjtxFacts *self,
                            ZjtxTier   tier,
                            ZjtxDate   date,
                            gboolean   review)
{
  ZjtxRecognitionFact r = { tier, date, review };
  ZjtxEnterpriseFact *e = last_enterprise (self);

  g_return_if_fail (e != NULL);
  g_array_append_val (self->recognition_pool, r);
  e->n_recognitions++;
}

void
zjtx_facts_add_loan (ZjtxFacts *self,
                     ZjtxFen    principal,
                     int        term_months)
{
  ZjtxLoanFact l = { principal, term_months };
  ZjtxEnterpriseFact *e = last_enterprise (self);

  g_return_if_fail (e != NULL);
  g_array_append_val (self->loan_pool, l);
  e->n_loans++;
}

void
zjtx_facts_add_rent (ZjtxFacts *self,
                     ZjtxFen    monthly,
                     int        months)
{
  ZjtxRentFact r = { monthly, months };
  ZjtxEnterpriseFact *e = last_enterprise (self);

  g_return_if_fail (e != NULL);
  g_array_append_val (self->rent_pool, r);
  e->n_rents++;
}

void
zjtx_facts_set_support_choice (ZjtxFacts         *self,
                               ZjtxSupportChoice  choice,
                               const char        *reason)
{
  ZjtxEnterpriseFact *e = last_enterprise (self);

  g_return_if_fail (e != NULL);
  e->support_choice = choice;
  e->support_choice_reason = intern (self, reason);
}

gboolean
zjtx_facts_add_institution (ZjtxFacts   *self,
                            const char  *id,
                            const char  *name,
                            const char  *park_id,
                            GError     **error)
{
  ZjtxFactsReal *real = (ZjtxFactsReal *) self;
  ZjtxInstitutionFact s = { 0 };
  guint offset = self->claim_pool->len;
  int park;

  if (!check_id (self, id, error) || !find_park (self, park_id, &park, error))
    return FALSE;
  claim_id (self, id);

  s.id = intern (self, id);
  s.name = intern (self, name);
  s.park = park;
  g_array_append_val (self->institutions, s);
  g_array_append_val (real->claim_offsets, offset);
  real->sealed = FALSE;
  return TRUE;
}

void
zjtx_facts_add_service_claim (ZjtxFacts *self,
                              ZjtxFen    service_fees,
                              gint64     rate_ppm,
                              ZjtxDate   date)
{
  ZjtxServiceClaimFact c = { service_fees, rate_ppm, date };
  ZjtxInstitutionFact *s;

  g_return_if_fail (self->institutions->len > 0);
  s = &g_array_index (self->institutions, ZjtxInstitutionFact, self->institutions->len - 1);
  g_array_append_val (self->claim_pool, c);
  s->n_claims++;
}

void
zjtx_facts_seal (ZjtxFacts *self)
{
  ZjtxFactsReal *real = (ZjtxFactsReal *) self;

  for (guint i = 0; i < self->enterprises->len; i++)
    {
      ZjtxEnterpriseFact *e = &g_array_index (self->enterprises, ZjtxEnterpriseFact, i);
      const Offsets *o = &g_array_index (real->offsets, Offsets, i);

      e->recognitions = e->n_recognitions
        ? &g_array_index (self->recognition_pool, ZjtxRecognitionFact, o->recognitions) : NULL;
      e->loans = e->n_loans ? &g_array_index (self->loan_pool, ZjtxLoanFact, o->loans) : NULL;
      e->rents = e->n_rents ? &g_array_index (self->rent_pool, ZjtxRentFact, o->rents) : NULL;
    }
  for (guint i = 0; i < self->institutions->len; i++)
    {
      ZjtxInstitutionFact *s = &g_array_index (self->institutions, ZjtxInstitutionFact, i);
      guint o = g_array_index (real->claim_offsets, guint, i);

      s->claims = s->n_claims ? &g_array_index (self->claim_pool, ZjtxServiceClaimFact, o) : NULL;
    }
  real->sealed = TRUE;
}

/* Reading the facts document */

static gboolean
prefix_error (GError     **error,
              GError      *local_error,
              const char  *path)
{
  g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID, "%s: %s", path, local_error->message);
  g_error_free (local_error);
  return FALSE;
}

static gboolean
get_required_text (JsonObject  *object,
                   const char  *path,
                   const char  *member,
                   const char **out,
                   GError     **error)
{
  if (!zjtx_json_get_string (object, path, member, TRUE, out, INVALID, error))
    return FALSE;
  if ((*out)[0] == '\0')
    {
      g_autofree char *p = zjtx_json_path_member (path, member);
      g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID, "%s: %s", p, _("must not be empty"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_parks (ZjtxFacts   *self,
            JsonArray   *parks,
            GError     **error)
{
  static const char * const keys[] = { "id", "name", "contiguous", "demonstration", NULL };

  for (guint i = 0; parks && i < json_array_get_length (parks); i++)
    {
      g_autofree char *path = zjtx_json_path_index ("parks", i);
      JsonObject *o = NULL;
      const char *id = NULL, *name = NULL;
      gboolean contiguous = FALSE, demonstration = FALSE;
      GError *local_error = NULL;

      if (!zjtx_json_array_get_object (parks, "parks", i, &o, INVALID, error) ||
          !zjtx_json_check_keys (o, path, keys, INVALID, error) ||
          !get_required_text (o, path, "id", &id, error) ||
          !get_required_text (o, path, "name", &name, error) ||
          !zjtx_json_get_bool (o, path, "contiguous", FALSE, &contiguous, INVALID, error) ||
          !zjtx_json_get_bool (o, path, "demonstration", FALSE, &demonstration, INVALID, error))
        return FALSE;

      if (!zjtx_facts_add_park (self, id, name, contiguous, demonstration, &local_error))
        {
          g_autofree char *p = zjtx_json_path_member (path, "id");
          return prefix_error (error, local_error, p);
        }
    }
  return TRUE;
}

static gboolean
read_recognitions (ZjtxFacts   *self,
                   JsonArray   *array,
                   const char  *epath,
                   GError     **error)
{
  static const char * const keys[] = { "tier", "date", "review", NULL };
  g_autofree char *apath = zjtx_json_path_member (epath, "recognitions");

  for (guint j = 0; array && j < json_array_get_length (array); j++)
    {
      g_autofree char *path = zjtx_json_path_index (apath, j);
      JsonObject *o = NULL;
      const char *tier_id = NULL;
      ZjtxTier tier;
      ZjtxDate date = 0;
      gboolean review = FALSE;

      if (!zjtx_json_array_get_object (array, apath, j, &o, INVALID, error) ||
          !zjtx_json_check_keys (o, path, keys, INVALID, error) ||
          !zjtx_json_get_string (o, path, "tier", TRUE, &tier_id, INVALID, error) ||
          !zjtx_json_get_date (o, path, "date", TRUE, &date, INVALID, error) ||
          !zjtx_json_get_bool (o, path, "review", FALSE, &review, INVALID, error))
        return FALSE;

      if (!zjtx_tier_from_id (tier_id, &tier) || tier == ZJTX_TIER_NONE)
        {
          g_autofree char *p = zjtx_json_path_member (path, "tier");
          g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID,
                       _("%s: unknown tier “%s” (expected innovative, provincial or national)"), p, tier_id);
          return FALSE;
        }
      zjtx_facts_add_recognition (self, tier, date, review);
    }
  return TRUE;
}

static gboolean
read_loans (ZjtxFacts   *self,
            JsonArray   *array,
            const char  *epath,
            GError     **error)
{
  static const char * const keys[] = { "principal", "term_months", NULL };
  g_autofree char *apath = zjtx_json_path_member (epath, "housing_loans");

  for (guint j = 0; array && j < json_array_get_length (array); j++)
    {
      g_autofree char *path = zjtx_json_path_index (apath, j);
      JsonObject *o = NULL;
      ZjtxFen principal = 0;
      gint64 months = 0;

      if (!zjtx_json_array_get_object (array, apath, j, &o, INVALID, error) ||
          !zjtx_json_check_keys (o, path, keys, INVALID, error) ||
          !zjtx_json_get_money (o, path, "principal", TRUE, &principal, INVALID, error) ||
          !zjtx_json_get_int (o, path, "term_months", TRUE, 1, MAX_MONTHS, &months, INVALID, error))
        return FALSE;
      zjtx_facts_add_loan (self, principal, (int) months);
    }
  return TRUE;
}

static gboolean
read_rents (ZjtxFacts   *self,
            JsonArray   *array,
            const char  *epath,
            GError     **error)
{
  static const char * const keys[] = { "monthly", "months", NULL };
  g_autofree char *apath = zjtx_json_path_member (epath, "rent");

  for (guint j = 0; array && j < json_array_get_length (array); j++)
    {
      g_autofree char *path = zjtx_json_path_index (apath, j);
      JsonObject *o = NULL;
      ZjtxFen monthly = 0;
      gint64 months = 0;

      if (!zjtx_json_array_get_object (array, apath, j, &o, INVALID, error) ||
          !zjtx_json_check_keys (o, path, keys, INVALID, error) ||
          !zjtx_json_get_money (o, path, "monthly", TRUE, &monthly, INVALID, error) ||
          !zjtx_json_get_int (o, path, "months", TRUE, 1, MAX_MONTHS, &months, INVALID, error))
        return FALSE;
      zjtx_facts_add_rent (self, monthly, (int) months);
    }
  return TRUE;
}

static gboolean
read_enterprise (ZjtxFacts   *self,
                 JsonObject  *o,
                 const char  *path,
                 GError     **error)
{
  static const char * const keys[] = {
    "id", "name", "uscc", "recognitions", "park", "park_entry_date", "output",
    "housing_loans", "rent", "first_year_kwh", "park_support_choice",
    "park_support_choice_reason", NULL,
  };
  const char *id = NULL, *name = NULL, *uscc = NULL, *park = NULL;
  const char *choice_id = NULL, *choice_reason = NULL;
  JsonArray *recognitions = NULL, *loans = NULL, *rents = NULL;
  ZjtxDate entry = ZJTX_DATE_NONE;
  ZjtxFen output = 0;
  gint64 kwh = -1;
  ZjtxSupportChoice choice = ZJTX_SUPPORT_CHOICE_AUTO;
  gboolean duplicate;
  GError *local_error = NULL;

  if (!zjtx_json_check_keys (o, path, keys, INVALID, error) ||
      !get_required_text (o, path, "id", &id, error) ||
      !get_required_text (o, path, "name", &name, error) ||
      !zjtx_json_get_string (o, path, "uscc", FALSE, &uscc, INVALID, error) ||
      !zjtx_json_get_array (o, path, "recognitions", FALSE, &recognitions, INVALID, error) ||
      !zjtx_json_get_string (o, path, "park", FALSE, &park, INVALID, error) ||
      !zjtx_json_get_date (o, path, "park_entry_date", FALSE, &entry, INVALID, error) ||
      !zjtx_json_get_money (o, path, "output", FALSE, &output, INVALID, error) ||
      !zjtx_json_get_array (o, path, "housing_loans", FALSE, &loans, INVALID, error) ||
      !zjtx_json_get_array (o, path, "rent", FALSE, &rents, INVALID, error) ||
      !zjtx_json_get_int (o, path, "first_year_kwh", FALSE, 0, MAX_KWH, &kwh, INVALID, error) ||
      !zjtx_json_get_string (o, path, "park_support_choice", FALSE, &choice_id, INVALID, error) ||
      !zjtx_json_get_string (o, path, "park_support_choice_reason", FALSE, &choice_reason, INVALID, error))
    return FALSE;

  if (uscc != NULL)
    {
      g_autofree char *warning = NULL;

      if (!zjtx_uscc_validate (uscc, &warning, &local_error))
        {
          g_autofree char *p = zjtx_json_path_member (path, "uscc");
          return prefix_error (error, local_error, p);
        }
      if (warning != NULL)
        g_ptr_array_add (self->warnings, g_strdup_printf ("%s.uscc: %s", path, warning));
    }

  if (choice_id != NULL)
    {
      g_autofree char *p = zjtx_json_path_member (path, "park_support_choice");

      if (g_strcmp0 (choice_id, "loan_interest_subsidy") == 0)
        choice = ZJTX_SUPPORT_CHOICE_LOAN;
      else if (g_strcmp0 (choice_id, "rent_subsidy") == 0)
        choice = ZJTX_SUPPORT_CHOICE_RENT;
      else
        {
          g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID,
                       _("%s: “%s” must be loan_interest_subsidy or rent_subsidy"), p, choice_id);
          return FALSE;
        }
      if (choice_reason == NULL || choice_reason[0] == '\0')
        {
          g_autofree char *rp = zjtx_json_path_member (path, "park_support_choice_reason");
          g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID, "%s: %s", rp,
                       _("an officer's choice needs a reason"));
          return FALSE;
        }
    }
  else if (choice_reason != NULL)
    {
      g_autofree char *rp = zjtx_json_path_member (path, "park_support_choice_reason");
      g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID, "%s: %s", rp,
                   _("given without park_support_choice"));
      return FALSE;
    }

  if (entry != ZJTX_DATE_NONE && park == NULL)
    {
      g_autofree char *p = zjtx_json_path_member (path, "park_entry_date");
      g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID, "%s: %s", p,
                   _("given without a park"));
      return FALSE;
    }

  duplicate = g_hash_table_contains (self->ids, id);
  if (zjtx_facts_add_enterprise (self, id, name, uscc, park, entry, output, kwh, &local_error) == NULL)
    {
      g_autofree char *p = zjtx_json_path_member (path, duplicate ? "id" : "park");
      return prefix_error (error, local_error, p);
    }

  if (choice != ZJTX_SUPPORT_CHOICE_AUTO)
    zjtx_facts_set_support_choice (self, choice, choice_reason);

  return read_recognitions (self, recognitions, path, error) &&
         read_loans (self, loans, path, error) &&
         read_rents (self, rents, path, error);
}

static gboolean
read_claim (ZjtxFacts   *self,
            JsonObject  *o,
            const char  *path,
            GError     **error)
{
  ZjtxFen fees = 0;
  gint64 rate = -1;
  ZjtxDate date = ZJTX_DATE_NONE;

  if (!zjtx_json_get_money (o, path, "service_fees", TRUE, &fees, INVALID, error) ||
      !zjtx_json_get_ppm (o, path, "rate", FALSE, ZJTX_PPM, &rate, INVALID, error) ||
      !zjtx_json_get_date (o, path, "date", TRUE, &date, INVALID, error))
    return FALSE;
  zjtx_facts_add_service_claim (self, fees, rate, date);
  return TRUE;
}

/* An institution gives its one claim inline (service_fees, rate, date) or
 * several in "claims"; the cap is per institution either way. */
static gboolean
read_institutions (ZjtxFacts   *self,
                   JsonArray   *array,
                   GError     **error)
{
  static const char * const keys[] = { "id", "name", "park", "service_fees", "rate", "date", "claims", NULL };
  static const char * const claim_keys[] = { "service_fees", "rate", "date", NULL };

  for (guint i = 0; array && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = zjtx_json_path_index ("institutions", i);
      g_autofree char *claims_path = NULL;
      JsonObject *o = NULL;
      JsonArray *claims = NULL;
      const char *id = NULL, *name = NULL, *park = NULL;
      GError *local_error = NULL;
      gboolean duplicate;

      if (!zjtx_json_array_get_object (array, "institutions", i, &o, INVALID, error) ||
          !zjtx_json_check_keys (o, path, keys, INVALID, error) ||
          !get_required_text (o, path, "id", &id, error) ||
          !get_required_text (o, path, "name", &name, error) ||
          !zjtx_json_get_string (o, path, "park", FALSE, &park, INVALID, error) ||
          !zjtx_json_get_array (o, path, "claims", FALSE, &claims, INVALID, error))
        return FALSE;

      duplicate = g_hash_table_contains (self->ids, id);
      if (!zjtx_facts_add_institution (self, id, name, park, &local_error))
        {
          g_autofree char *p = zjtx_json_path_member (path, duplicate ? "id" : "park");
          return prefix_error (error, local_error, p);
        }

      if (claims == NULL)
        {
          if (!read_claim (self, o, path, error))
            return FALSE;
          continue;
        }

      claims_path = zjtx_json_path_member (path, "claims");
      if (json_object_has_member (o, "service_fees") || json_object_has_member (o, "rate") ||
          json_object_has_member (o, "date"))
        {
          g_set_error (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID, "%s: %s", claims_path,
                       _("give either claims or service_fees and date, not both"));
          return FALSE;
        }
      for (guint j = 0; j < json_array_get_length (claims); j++)
        {
          g_autofree char *claim_path = zjtx_json_path_index (claims_path, j);
          JsonObject *c = NULL;

          if (!zjtx_json_array_get_object (claims, claims_path, j, &c, INVALID, error) ||
              !zjtx_json_check_keys (c, claim_path, claim_keys, INVALID, error) ||
              !read_claim (self, c, claim_path, error))
            return FALSE;
        }
    }
  return TRUE;
}

ZjtxFacts *
zjtx_facts_new_from_json (JsonNode  *root,
                          GError   **error)
{
  static const char * const keys[] = { "as_of", "enterprises", "parks", "institutions", NULL };
  g_autoptr(ZjtxFacts) self = zjtx_facts_new ();
  JsonObject *object;
  JsonArray *enterprises = NULL, *parks = NULL, *institutions = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_INVALID,
                           _("the facts must be a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);

  if (!zjtx_json_check_keys (object, "", keys, INVALID, error) ||
      !zjtx_json_get_date (object, "", "as_of", FALSE, &self->as_of, INVALID, error) ||
      !zjtx_json_get_array (object, "", "enterprises", FALSE, &enterprises, INVALID, error) ||
      !zjtx_json_get_array (object, "", "parks", FALSE, &parks, INVALID, error) ||
      !zjtx_json_get_array (object, "", "institutions", FALSE, &institutions, INVALID, error))
    return NULL;

  /* Parks first: enterprises and institutions refer to them. */
  if (!read_parks (self, parks, error))
    return NULL;

  for (guint i = 0; enterprises && i < json_array_get_length (enterprises); i++)
    {
      g_autofree char *path = zjtx_json_path_index ("enterprises", i);
      JsonObject *o = NULL;

      if (!zjtx_json_array_get_object (enterprises, "enterprises", i, &o, INVALID, error) ||
          !read_enterprise (self, o, path, error))
        return NULL;
    }

  if (!read_institutions (self, institutions, error))
    return NULL;

  zjtx_facts_seal (self);
  return g_steal_pointer (&self);
}

ZjtxFacts *
zjtx_facts_new_from_data (const char  *data,
                          gssize       length,
                          GError     **error)
{
  g_autoptr(JsonNode) root = NULL;

  root = zjtx_json_parse (data, length, (ZjtxJsonErrorKind) { ZJTX_FACTS_ERROR, ZJTX_FACTS_ERROR_PARSE }, error);
  if (root == NULL)
    return NULL;
  return zjtx_facts_new_from_json (root, error);
}
