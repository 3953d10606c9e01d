/* zjtx-facts.h: what the evaluator is told
 *
 * Plain structs, filled either from a facts JSON document (the public
 * format of `zjtx-cli evaluate`, docs/formats.md) or by the model from the
 * store. Strings live in the facts' own string chunk.
 */
#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "zjtx-date.h"
#include "zjtx-money.h"
#include "zjtx-policy.h"

G_BEGIN_DECLS

#define ZJTX_FACTS_ERROR (zjtx_facts_error_quark ())

typedef enum {
  ZJTX_FACTS_ERROR_PARSE,      /* not JSON */
  ZJTX_FACTS_ERROR_INVALID,    /* the message starts with the JSON path */
} ZjtxFactsError;

GQuark zjtx_facts_error_quark (void);

typedef struct {
  ZjtxTier  tier;
  ZjtxDate  date;
  gboolean  review;          /* 复核, not a first recognition */
} ZjtxRecognitionFact;

typedef struct {
  ZjtxFen   principal;
  int       term_months;
} ZjtxLoanFact;

typedef struct {
  ZjtxFen   monthly;
  int       months;
} ZjtxRentFact;

typedef enum {
  ZJTX_SUPPORT_CHOICE_AUTO = 0,   /* the larger of loan and rent subsidy */
  ZJTX_SUPPORT_CHOICE_LOAN,       /* an officer chose the loan interest subsidy */
  ZJTX_SUPPORT_CHOICE_RENT,       /* an officer chose the rent subsidy */
} ZjtxSupportChoice;

typedef struct {
  const char          *id;
  const char          *name;
  const char          *uscc;              /* may be NULL */
  ZjtxRecognitionFact *recognitions;
  guint                n_recognitions;
  int                  park;              /* index into parks, -1 for none */
  ZjtxDate             park_entry_date;   /* ZJTX_DATE_NONE if unknown */
  ZjtxFen              output;
  ZjtxLoanFact        *loans;
  guint                n_loans;
  ZjtxRentFact        *rents;
  guint                n_rents;
  gint64               first_year_kwh;    /* -1 if not reported */
  ZjtxSupportChoice    support_choice;
  const char          *support_choice_reason;
} ZjtxEnterpriseFact;

typedef struct {
  const char *id;
  const char *name;
  gboolean    contiguous;
  gboolean    demonstration;
} ZjtxParkFact;

typedef struct {
  ZjtxFen     service_fees;
  gint64      rate_ppm;        /* -1 if none given */
  ZjtxDate    date;            /* claim date */
} ZjtxServiceClaimFact;

typedef struct {
  const char           *id;
  const char           *name;
  int                   park;  /* index into parks, -1 for none */
  ZjtxServiceClaimFact *claims;
  guint                 n_claims;
} ZjtxInstitutionFact;

typedef struct _ZjtxFacts ZjtxFacts;

struct _ZjtxFacts {
  /*< private >*/
  gatomicrefcount      ref_count;
  GStringChunk        *strings;
  GHashTable          *ids;          /* id → GINT_TO_POINTER (1) over all kinds */
  GHashTable          *park_ids;     /* id → index + 1 */
  GArray              *recognition_pool;
  GArray              *loan_pool;
  GArray              *rent_pool;
  GArray              *claim_pool;
  /*< public, read-only >*/
  ZjtxDate             as_of;        /* ZJTX_DATE_NONE if the document gave none */
  GArray              *enterprises;  /* ZjtxEnterpriseFact */
  GArray              *parks;        /* ZjtxParkFact */
  GArray              *institutions; /* ZjtxInstitutionFact */
  GPtrArray           *warnings;     /* char *, e.g. a USCC's organisation-code check */
};

#define ZJTX_TYPE_FACTS (zjtx_facts_get_type ())
GType       zjtx_facts_get_type       (void) G_GNUC_CONST;

ZjtxFacts  *zjtx_facts_new            (void);
ZjtxFacts  *zjtx_facts_ref            (ZjtxFacts   *self);
void        zjtx_facts_unref          (ZjtxFacts   *self);

/* Parses the facts document. Any error (unknown key, wrong type, bad date,
 * bad amount, unknown park, duplicate id, invalid USCC…) fails the whole
 * document with a message that starts with the JSON path, e.g.
 * "enterprises[3].housing_loans[0].principal: “1.234” has more than 2 decimal places". */
ZjtxFacts  *zjtx_facts_new_from_json  (JsonNode    *root,
                                       GError     **error);
ZjtxFacts  *zjtx_facts_new_from_data  (const char  *data,
                                       gssize       length,
                                       GError     **error);

/* Building facts from code (the model does this from stored rows).
 * Strings are copied. Each add returns FALSE with an error on a duplicate id
 * or an unknown park id. Recognitions, loans and rents are added to the
 * enterprise returned last by add_enterprise; claims to the last institution. */
void        zjtx_facts_set_as_of      (ZjtxFacts   *self,
                                       ZjtxDate     as_of);
gboolean    zjtx_facts_add_park       (ZjtxFacts   *self,
                                       const char  *id,
                                       const char  *name,
                                       gboolean     contiguous,
                                       gboolean     demonstration,
                                       GError     **error);
ZjtxEnterpriseFact *
            zjtx_facts_add_enterprise (ZjtxFacts   *self,
                                       const char  *id,
                                       const char  *name,
                                       const char  *uscc,
                                       const char  *park_id,
                                       ZjtxDate     park_entry_date,
                                       ZjtxFen      output,
                                       gint64       first_year_kwh,
                                       GError     **error);
void        zjtx_facts_add_recognition (ZjtxFacts  *self,
                                        ZjtxTier    tier,
                                        ZjtxDate    date,
                                        gboolean    review);
void        zjtx_facts_add_loan        (ZjtxFacts  *self,
                                        ZjtxFen     principal,
                                        int         term_months);
void        zjtx_facts_add_rent        (ZjtxFacts  *self,
                                        ZjtxFen     monthly,
                                        int         months);
void        zjtx_facts_set_support_choice (ZjtxFacts         *self,
                                           ZjtxSupportChoice  choice,
                                           const char        *reason);
gboolean    zjtx_facts_add_institution (ZjtxFacts  *self,
                                        const char *id,
                                        const char *name,
                                        const char *park_id,
                                        GError    **error);
/* A fee claim of the institution added last (the cap is per institution). */
void        zjtx_facts_add_service_claim (ZjtxFacts *self,
                                          ZjtxFen    service_fees,
                                          gint64     rate_ppm,
                                          ZjtxDate   date);
/* Must be called once everything is added (the model calls it; the JSON
 * reader does it itself): fixes up the enterprises' pointers into the pools. */
void        zjtx_facts_seal            (ZjtxFacts  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxFacts, zjtx_facts_unref)

G_END_DECLS
