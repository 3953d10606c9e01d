/* zjtx-ledger-entry.c: one award of the ledger */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"
#include "zjtx-ledger-entry.h"

struct _ZjtxLedgerEntry
{
  ZjtxRecord  parent_instance;

  char *recipient_type;
  gint64 enterprise_id;
  gint64 institution_id;
  char *kind;
  char *fact_key;
  char *policy_key;
  char *clause;
  char *event_date;
  gint64 amount;
  char *basis;
  char *status;
  char *proposed_on;
  char *approved_on;
  char *approved_by;
  char *paid_on;
  char *paid_by;
  char *voucher;
  char *rejected_on;
  char *rejected_by;
  char *reason;
  gboolean basis_changed;
  gint64 computed_amount;
  char *computed_basis;
};

G_DEFINE_FINAL_TYPE (ZjtxLedgerEntry, zjtx_ledger_entry, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_RECIPIENT_TYPE,
  PROP_ENTERPRISE_ID,
  PROP_INSTITUTION_ID,
  PROP_KIND,
  PROP_FACT_KEY,
  PROP_POLICY_KEY,
  PROP_CLAUSE,
  PROP_EVENT_DATE,
  PROP_AMOUNT,
  PROP_BASIS,
  PROP_STATUS,
  PROP_PROPOSED_ON,
  PROP_APPROVED_ON,
  PROP_APPROVED_BY,
  PROP_PAID_ON,
  PROP_PAID_BY,
  PROP_VOUCHER,
  PROP_REJECTED_ON,
  PROP_REJECTED_BY,
  PROP_REASON,
  PROP_BASIS_CHANGED,
  PROP_COMPUTED_AMOUNT,
  PROP_COMPUTED_BASIS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_ledger_entry_finalize (GObject *object)
{
  ZjtxLedgerEntry *self = (ZjtxLedgerEntry *) object;

  g_clear_pointer (&self->recipient_type, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->fact_key, g_free);
  g_clear_pointer (&self->policy_key, g_free);
  g_clear_pointer (&self->clause, g_free);
  g_clear_pointer (&self->event_date, g_free);
  g_clear_pointer (&self->basis, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->proposed_on, g_free);
  g_clear_pointer (&self->approved_on, g_free);
  g_clear_pointer (&self->approved_by, g_free);
  g_clear_pointer (&self->paid_on, g_free);
  g_clear_pointer (&self->paid_by, g_free);
  g_clear_pointer (&self->voucher, g_free);
  g_clear_pointer (&self->rejected_on, g_free);
  g_clear_pointer (&self->rejected_by, g_free);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->computed_basis, g_free);

  G_OBJECT_CLASS (zjtx_ledger_entry_parent_class)->finalize (object);
}

static void
zjtx_ledger_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZjtxLedgerEntry *self = ZJTX_LEDGER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_RECIPIENT_TYPE:
      g_value_set_string (value, self->recipient_type);
      break;

    case PROP_ENTERPRISE_ID:
      g_value_set_int64 (value, self->enterprise_id);
      break;

    case PROP_INSTITUTION_ID:
      g_value_set_int64 (value, self->institution_id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_FACT_KEY:
      g_value_set_string (value, self->fact_key);
      break;

    case PROP_POLICY_KEY:
      g_value_set_string (value, self->policy_key);
      break;

    case PROP_CLAUSE:
      g_value_set_string (value, self->clause);
      break;

    case PROP_EVENT_DATE:
      g_value_set_string (value, self->event_date);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_BASIS:
      g_value_set_string (value, self->basis);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_PROPOSED_ON:
      g_value_set_string (value, self->proposed_on);
      break;

    case PROP_APPROVED_ON:
      g_value_set_string (value, self->approved_on);
      break;

    case PROP_APPROVED_BY:
      g_value_set_string (value, self->approved_by);
      break;

    case PROP_PAID_ON:
      g_value_set_string (value, self->paid_on);
      break;

    case PROP_PAID_BY:
      g_value_set_string (value, self->paid_by);
      break;

    case PROP_VOUCHER:
      g_value_set_string (value, self->voucher);
      break;

    case PROP_REJECTED_ON:
      g_value_set_string (value, self->rejected_on);
      break;

    case PROP_REJECTED_BY:
      g_value_set_string (value, self->rejected_by);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_BASIS_CHANGED:
      g_value_set_boolean (value, self->basis_changed);
      break;

    case PROP_COMPUTED_AMOUNT:
      g_value_set_int64 (value, self->computed_amount);
      break;

    case PROP_COMPUTED_BASIS:
      g_value_set_string (value, self->computed_basis);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_ledger_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZjtxLedgerEntry *self = ZJTX_LEDGER_ENTRY (object);

  switch (prop_id)
    {
    case PROP_RECIPIENT_TYPE:
      zjtx_ledger_entry_set_recipient_type (self, g_value_get_string (value));
      break;

    case PROP_ENTERPRISE_ID:
      zjtx_ledger_entry_set_enterprise_id (self, g_value_get_int64 (value));
      break;

    case PROP_INSTITUTION_ID:
      zjtx_ledger_entry_set_institution_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      zjtx_ledger_entry_set_kind (self, g_value_get_string (value));
      break;

    case PROP_FACT_KEY:
      zjtx_ledger_entry_set_fact_key (self, g_value_get_string (value));
      break;

    case PROP_POLICY_KEY:
      zjtx_ledger_entry_set_policy_key (self, g_value_get_string (value));
      break;

    case PROP_CLAUSE:
      zjtx_ledger_entry_set_clause (self, g_value_get_string (value));
      break;

    case PROP_EVENT_DATE:
      zjtx_ledger_entry_set_event_date (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      zjtx_ledger_entry_set_amount (self, g_value_get_int64 (value));
      break;

    case PROP_BASIS:
      zjtx_ledger_entry_set_basis (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      zjtx_ledger_entry_set_status (self, g_value_get_string (value));
      break;

    case PROP_PROPOSED_ON:
      zjtx_ledger_entry_set_proposed_on (self, g_value_get_string (value));
      break;

    case PROP_APPROVED_ON:
      zjtx_ledger_entry_set_approved_on (self, g_value_get_string (value));
      break;

    case PROP_APPROVED_BY:
      zjtx_ledger_entry_set_approved_by (self, g_value_get_string (value));
      break;

    case PROP_PAID_ON:
      zjtx_ledger_entry_set_paid_on (self, g_value_get_string (value));
      break;

    case PROP_PAID_BY:
      zjtx_ledger_entry_set_paid_by (self, g_value_get_string (value));
      break;

    case PROP_VOUCHER:
      zjtx_ledger_entry_set_voucher (self, g_value_get_string (value));
      break;

    case PROP_REJECTED_ON:
      zjtx_ledger_entry_set_rejected_on (self, g_value_get_string (value));
      break;

    case PROP_REJECTED_BY:
      zjtx_ledger_entry_set_rejected_by (self, g_value_get_string (value));
      break;

    case PROP_REASON:
      zjtx_ledger_entry_set_reason (self, g_value_get_string (value));
      break;

    case PROP_BASIS_CHANGED:
      zjtx_ledger_entry_set_basis_changed (self, g_value_get_boolean (value));
      break;

    case PROP_COMPUTED_AMOUNT:
      zjtx_ledger_entry_set_computed_amount (self, g_value_get_int64 (value));
      break;

    case PROP_COMPUTED_BASIS:
      zjtx_ledger_entry_set_computed_basis (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
is_blank (const char *text)
{
  for (const char *c = text; c != NULL && *c != '\0'; c = g_utf8_next_char (c))
    if (!g_unichar_isspace (g_utf8_get_char (c)))
      return FALSE;
  return TRUE;
}

static gboolean
is_one_of (const char         *value,
           const char * const *choices)
{
  return value != NULL && g_strv_contains (choices, value);
}

/* The record's own consistency, as the table's CHECKs have it, with the
 * field named; which steps may follow which is zjtx-ledger.c's to say. */
static gboolean
zjtx_ledger_entry_validate (ZjtxRecord  *record,
                            GError     **error)
{
  ZjtxLedgerEntry *self = ZJTX_LEDGER_ENTRY (record);
  static const char * const recipient_types[] = { "enterprise", "institution", NULL };
  static const char * const statuses[] = { "proposed", "approved", "paid", "rejected", NULL };
  ZjtxAwardKind kind;

  if (!is_one_of (self->recipient_type, recipient_types))
    return zjtx_record_invalid (record, error, "recipient-type", "%s", _("must be an enterprise or an institution"));
  if (g_str_equal (self->recipient_type, "enterprise") && (self->enterprise_id == 0 || self->institution_id != 0))
    return zjtx_record_invalid (record, error, "enterprise-id", "%s", _("must be chosen"));
  if (g_str_equal (self->recipient_type, "institution") && (self->institution_id == 0 || self->enterprise_id != 0))
    return zjtx_record_invalid (record, error, "institution-id", "%s", _("must be chosen"));
  if (!zjtx_award_kind_from_id (self->kind, &kind))
    return zjtx_record_invalid (record, error, "kind", _("“%s” is not a kind of award"), self->kind);
  if (!zjtx_record_check_required (record, "fact-key", error) ||
      !zjtx_record_check_required (record, "policy-key", error) ||
      !zjtx_record_check_required (record, "clause", error) ||
      !zjtx_record_check_date (record, "event-date", TRUE, error) ||
      !zjtx_record_check_required (record, "basis", error))
    return FALSE;
  if (self->amount == ZJTX_RECORD_NULL)
    return zjtx_record_invalid (record, error, "amount", "%s", _("must be filled in"));
  if (self->amount < 0 || self->amount > ZJTX_FEN_MAX)
    return zjtx_record_invalid (record, error, "amount", "%s", _("is out of range"));
  if (self->computed_amount != ZJTX_RECORD_NULL && (self->computed_amount < 0 || self->computed_amount > ZJTX_FEN_MAX))
    return zjtx_record_invalid (record, error, "computed-amount", "%s", _("is out of range"));

  if (!is_one_of (self->status, statuses))
    return zjtx_record_invalid (record, error, "status", _("“%s” is not a status of an award"), self->status);
  if (!zjtx_record_check_date (record, "proposed-on", TRUE, error) ||
      !zjtx_record_check_date (record, "approved-on", FALSE, error) ||
      !zjtx_record_check_date (record, "paid-on", FALSE, error) ||
      !zjtx_record_check_date (record, "rejected-on", FALSE, error))
    return FALSE;

  if (g_str_equal (self->status, "approved") || g_str_equal (self->status, "paid"))
    {
      if (self->approved_on == NULL)
        return zjtx_record_invalid (record, error, "approved-on", "%s", _("must be filled in"));
      if (self->approved_by == NULL)
        return zjtx_record_invalid (record, error, "approved-by", "%s", _("must be filled in"));
      /* ISO dates compare as text. */
      if (strcmp (self->approved_on, self->proposed_on) < 0)
        return zjtx_record_invalid (record, error, "approved-on", "%s", _("is before the award was proposed"));
    }
  if (g_str_equal (self->status, "paid"))
    {
      if (self->paid_on == NULL)
        return zjtx_record_invalid (record, error, "paid-on", "%s", _("must be filled in"));
      if (strcmp (self->paid_on, self->approved_on) < 0)
        return zjtx_record_invalid (record, error, "paid-on", "%s", _("is before the award was approved"));
      if (self->voucher == NULL)
        return zjtx_record_invalid (record, error, "voucher", "%s", _("must be filled in"));
    }
  if (g_str_equal (self->status, "rejected"))
    {
      if (self->rejected_on == NULL)
        return zjtx_record_invalid (record, error, "rejected-on", "%s", _("must be filled in"));
      if (is_blank (self->reason))
        return zjtx_record_invalid (record, error, "reason", "%s", _("must say why"));
    }
  if (self->voucher != NULL && g_utf8_strlen (self->voucher, -1) > 64)
    return zjtx_record_invalid (record, error, "voucher", "%s", _("is longer than 64 characters"));

  return TRUE;
}


static void
zjtx_ledger_entry_class_init (ZjtxLedgerEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_ledger_entry_finalize;
  object_class->get_property = zjtx_ledger_entry_get_property;
  object_class->set_property = zjtx_ledger_entry_set_property;

  record_class->table = "award";
  record_class->validate = zjtx_ledger_entry_validate;

  properties[PROP_RECIPIENT_TYPE] =
    g_param_spec_string ("recipient-type", N_("Recipient type"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ENTERPRISE_ID] =
    g_param_spec_int64 ("enterprise-id", N_("Enterprise"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INSTITUTION_ID] =
    g_param_spec_int64 ("institution-id", N_("Service institution"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", N_("Kind of award"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FACT_KEY] =
    g_param_spec_string ("fact-key", N_("Basis key"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLICY_KEY] =
    g_param_spec_string ("policy-key", N_("Policy"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CLAUSE] =
    g_param_spec_string ("clause", N_("Clause"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EVENT_DATE] =
    g_param_spec_string ("event-date", N_("Event date"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", N_("Amount"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BASIS] =
    g_param_spec_string ("basis", N_("Basis"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", N_("Status"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROPOSED_ON] =
    g_param_spec_string ("proposed-on", N_("Proposed on"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_APPROVED_ON] =
    g_param_spec_string ("approved-on", N_("Approved on"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_APPROVED_BY] =
    g_param_spec_string ("approved-by", N_("Approved by"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAID_ON] =
    g_param_spec_string ("paid-on", N_("Paid on"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PAID_BY] =
    g_param_spec_string ("paid-by", N_("Paid by"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_VOUCHER] =
    g_param_spec_string ("voucher", N_("Voucher number"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REJECTED_ON] =
    g_param_spec_string ("rejected-on", N_("Rejected on"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REJECTED_BY] =
    g_param_spec_string ("rejected-by", N_("Rejected by"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REASON] =
    g_param_spec_string ("reason", N_("Reason"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BASIS_CHANGED] =
    g_param_spec_boolean ("basis-changed", N_("Basis changed"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPUTED_AMOUNT] =
    g_param_spec_int64 ("computed-amount", N_("Amount the facts give now"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPUTED_BASIS] =
    g_param_spec_string ("computed-basis", N_("Basis the facts give now"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_ledger_entry_init (ZjtxLedgerEntry *self)
{
  /* The columns' defaults. */
  self->recipient_type = g_strdup ("");
  self->kind = g_strdup ("");
  self->fact_key = g_strdup ("");
  self->policy_key = g_strdup ("");
  self->clause = g_strdup ("");
  self->event_date = g_strdup ("");
  self->amount = ZJTX_RECORD_NULL;
  self->basis = g_strdup ("");
  self->status = g_strdup ("proposed");
  self->proposed_on = g_strdup ("");
  self->computed_amount = ZJTX_RECORD_NULL;
}

ZjtxLedgerEntry *
zjtx_ledger_entry_new (void)
{
  return g_object_new (ZJTX_TYPE_LEDGER_ENTRY, NULL);
}

const char *
zjtx_ledger_entry_get_recipient_type (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->recipient_type;
}

void
zjtx_ledger_entry_set_recipient_type (ZjtxLedgerEntry *self,
                                      const char *recipient_type)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (recipient_type == NULL)
    recipient_type = "";
  if (zjtx_record_replace_string (&self->recipient_type, recipient_type))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECIPIENT_TYPE]);
}

gint64
zjtx_ledger_entry_get_enterprise_id (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), 0);

  return self->enterprise_id;
}

void
zjtx_ledger_entry_set_enterprise_id (ZjtxLedgerEntry *self,
                                     gint64 enterprise_id)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));
  g_return_if_fail (enterprise_id >= 0);

  if (self->enterprise_id != enterprise_id)
    {
      self->enterprise_id = enterprise_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE_ID]);
    }
}

gint64
zjtx_ledger_entry_get_institution_id (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), 0);

  return self->institution_id;
}

void
zjtx_ledger_entry_set_institution_id (ZjtxLedgerEntry *self,
                                      gint64 institution_id)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));
  g_return_if_fail (institution_id >= 0);

  if (self->institution_id != institution_id)
    {
      self->institution_id = institution_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSTITUTION_ID]);
    }
}

const char *
zjtx_ledger_entry_get_kind (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->kind;
}

void
zjtx_ledger_entry_set_kind (ZjtxLedgerEntry *self,
                            const char *kind)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (kind == NULL)
    kind = "";
  if (zjtx_record_replace_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
zjtx_ledger_entry_get_fact_key (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->fact_key;
}

void
zjtx_ledger_entry_set_fact_key (ZjtxLedgerEntry *self,
                                const char *fact_key)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (fact_key == NULL)
    fact_key = "";
  if (zjtx_record_replace_string (&self->fact_key, fact_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FACT_KEY]);
}

const char *
zjtx_ledger_entry_get_policy_key (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->policy_key;
}

void
zjtx_ledger_entry_set_policy_key (ZjtxLedgerEntry *self,
                                  const char *policy_key)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (policy_key == NULL)
    policy_key = "";
  if (zjtx_record_replace_string (&self->policy_key, policy_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLICY_KEY]);
}

const char *
zjtx_ledger_entry_get_clause (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->clause;
}

void
zjtx_ledger_entry_set_clause (ZjtxLedgerEntry *self,
                              const char *clause)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (clause == NULL)
    clause = "";
  if (zjtx_record_replace_string (&self->clause, clause))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAUSE]);
}

const char *
zjtx_ledger_entry_get_event_date (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->event_date;
}

void
zjtx_ledger_entry_set_event_date (ZjtxLedgerEntry *self,
                                  const char *event_date)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (event_date == NULL)
    event_date = "";
  if (zjtx_record_replace_string (&self->event_date, event_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT_DATE]);
}

gint64
zjtx_ledger_entry_get_amount (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), ZJTX_RECORD_NULL);

  return self->amount;
}

void
zjtx_ledger_entry_set_amount (ZjtxLedgerEntry *self,
                              gint64 amount)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (self->amount != amount)
    {
      self->amount = amount;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
    }
}

const char *
zjtx_ledger_entry_get_basis (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->basis;
}

void
zjtx_ledger_entry_set_basis (ZjtxLedgerEntry *self,
                             const char *basis)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (basis == NULL)
    basis = "";
  if (zjtx_record_replace_string (&self->basis, basis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASIS]);
}

const char *
zjtx_ledger_entry_get_status (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->status;
}

void
zjtx_ledger_entry_set_status (ZjtxLedgerEntry *self,
                              const char *status)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (status == NULL)
    status = "";
  if (zjtx_record_replace_string (&self->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
zjtx_ledger_entry_get_proposed_on (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->proposed_on;
}

void
zjtx_ledger_entry_set_proposed_on (ZjtxLedgerEntry *self,
                                   const char *proposed_on)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (proposed_on == NULL)
    proposed_on = "";
  if (zjtx_record_replace_string (&self->proposed_on, proposed_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROPOSED_ON]);
}

const char *
zjtx_ledger_entry_get_approved_on (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->approved_on;
}

void
zjtx_ledger_entry_set_approved_on (ZjtxLedgerEntry *self,
                                   const char *approved_on)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (approved_on != NULL && approved_on[0] == '\0')
    approved_on = NULL;
  if (zjtx_record_replace_string (&self->approved_on, approved_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVED_ON]);
}

const char *
zjtx_ledger_entry_get_approved_by (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->approved_by;
}

void
zjtx_ledger_entry_set_approved_by (ZjtxLedgerEntry *self,
                                   const char *approved_by)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (approved_by != NULL && approved_by[0] == '\0')
    approved_by = NULL;
  if (zjtx_record_replace_string (&self->approved_by, approved_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVED_BY]);
}

const char *
zjtx_ledger_entry_get_paid_on (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->paid_on;
}

void
zjtx_ledger_entry_set_paid_on (ZjtxLedgerEntry *self,
                               const char *paid_on)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (paid_on != NULL && paid_on[0] == '\0')
    paid_on = NULL;
  if (zjtx_record_replace_string (&self->paid_on, paid_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAID_ON]);
}

const char *
zjtx_ledger_entry_get_paid_by (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->paid_by;
}

void
zjtx_ledger_entry_set_paid_by (ZjtxLedgerEntry *self,
                               const char *paid_by)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (paid_by != NULL && paid_by[0] == '\0')
    paid_by = NULL;
  if (zjtx_record_replace_string (&self->paid_by, paid_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAID_BY]);
}

const char *
zjtx_ledger_entry_get_voucher (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->voucher;
}

void
zjtx_ledger_entry_set_voucher (ZjtxLedgerEntry *self,
                               const char *voucher)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (voucher != NULL && voucher[0] == '\0')
    voucher = NULL;
  if (zjtx_record_replace_string (&self->voucher, voucher))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOUCHER]);
}

const char *
zjtx_ledger_entry_get_rejected_on (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->rejected_on;
}

void
zjtx_ledger_entry_set_rejected_on (ZjtxLedgerEntry *self,
                                   const char *rejected_on)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (rejected_on != NULL && rejected_on[0] == '\0')
    rejected_on = NULL;
  if (zjtx_record_replace_string (&self->rejected_on, rejected_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REJECTED_ON]);
}

const char *
zjtx_ledger_entry_get_rejected_by (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->rejected_by;
}

void
zjtx_ledger_entry_set_rejected_by (ZjtxLedgerEntry *self,
                                   const char *rejected_by)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (rejected_by != NULL && rejected_by[0] == '\0')
    rejected_by = NULL;
  if (zjtx_record_replace_string (&self->rejected_by, rejected_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REJECTED_BY]);
}

const char *
zjtx_ledger_entry_get_reason (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->reason;
}

void
zjtx_ledger_entry_set_reason (ZjtxLedgerEntry *self,
                              const char *reason)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (reason != NULL && reason[0] == '\0')
    reason = NULL;
  if (zjtx_record_replace_string (&self->reason, reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

gboolean
zjtx_ledger_entry_get_basis_changed (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), FALSE);

  return self->basis_changed;
}

void
zjtx_ledger_entry_set_basis_changed (ZjtxLedgerEntry *self,
                                     gboolean basis_changed)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));
  basis_changed = !!basis_changed;

  if (self->basis_changed != basis_changed)
    {
      self->basis_changed = basis_changed;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASIS_CHANGED]);
    }
}

gint64
zjtx_ledger_entry_get_computed_amount (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), ZJTX_RECORD_NULL);

  return self->computed_amount;
}

void
zjtx_ledger_entry_set_computed_amount (ZjtxLedgerEntry *self,
                                       gint64 computed_amount)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (self->computed_amount != computed_amount)
    {
      self->computed_amount = computed_amount;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTED_AMOUNT]);
    }
}

const char *
zjtx_ledger_entry_get_computed_basis (ZjtxLedgerEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_LEDGER_ENTRY (self), NULL);

  return self->computed_basis;
}

void
zjtx_ledger_entry_set_computed_basis (ZjtxLedgerEntry *self,
                                      const char *computed_basis)
{
  g_return_if_fail (ZJTX_IS_LEDGER_ENTRY (self));

  if (computed_basis != NULL && computed_basis[0] == '\0')
    computed_basis = NULL;
  if (zjtx_record_replace_string (&self->computed_basis, computed_basis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPUTED_BASIS]);
}
