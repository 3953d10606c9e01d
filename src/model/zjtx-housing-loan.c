/* zjtx-housing-loan.c: a bank loan to buy park industrial housing */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "zjtx-housing-loan.h"

struct _ZjtxHousingLoan
{
  ZjtxRecord  parent_instance;

  gint64      enterprise_id;
  gint64      principal;
  int         term_months;
  char       *bank;
  char       *date;
};

G_DEFINE_FINAL_TYPE (ZjtxHousingLoan, zjtx_housing_loan, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_PRINCIPAL,
  PROP_TERM_MONTHS,
  PROP_BANK,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_housing_loan_finalize (GObject *object)
{
  ZjtxHousingLoan *self = (ZjtxHousingLoan *) object;

  g_clear_pointer (&self->bank, g_free);
  g_clear_pointer (&self->date, g_free);

  G_OBJECT_CLASS (zjtx_housing_loan_parent_class)->finalize (object);
}

static void
zjtx_housing_loan_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZjtxHousingLoan *self = ZJTX_HOUSING_LOAN (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_int64 (value, self->enterprise_id);
      break;

    case PROP_PRINCIPAL:
      g_value_set_int64 (value, self->principal);
      break;

    case PROP_TERM_MONTHS:
      g_value_set_int (value, self->term_months);
      break;

    case PROP_BANK:
      g_value_set_string (value, self->bank);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_housing_loan_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZjtxHousingLoan *self = ZJTX_HOUSING_LOAN (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      zjtx_housing_loan_set_enterprise_id (self, g_value_get_int64 (value));
      break;

    case PROP_PRINCIPAL:
      zjtx_housing_loan_set_principal (self, g_value_get_int64 (value));
      break;

    case PROP_TERM_MONTHS:
      zjtx_housing_loan_set_term_months (self, g_value_get_int (value));
      break;

    case PROP_BANK:
      zjtx_housing_loan_set_bank (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      zjtx_housing_loan_set_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_housing_loan_validate (ZjtxRecord  *record,
                            GError     **error)
{
  ZjtxHousingLoan *self = ZJTX_HOUSING_LOAN (record);

  if (self->enterprise_id == 0)
    return zjtx_record_invalid (record, error, "enterprise-id", "%s", _("must be chosen"));

  if (self->principal == ZJTX_RECORD_NULL)
    return zjtx_record_invalid (record, error, "principal", "%s", _("must be filled in"));
  if (self->principal < 0)
    return zjtx_record_invalid (record, error, "principal", "%s", _("must not be negative"));
  /* Beyond this the core's arithmetic is not defined. */
  if (self->principal > ZJTX_FEN_MAX)
    return zjtx_record_invalid (record, error, "principal", "%s", _("is too large"));

  return zjtx_record_check_range (record, "term-months", 1, 1200, TRUE, error) &&
         zjtx_record_check_date (record, "date", FALSE, error);
}

static void
zjtx_housing_loan_class_init (ZjtxHousingLoanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_housing_loan_finalize;
  object_class->get_property = zjtx_housing_loan_get_property;
  object_class->set_property = zjtx_housing_loan_set_property;

  record_class->table = "housing_loan";
  record_class->validate = zjtx_housing_loan_validate;

  properties[PROP_ENTERPRISE_ID] =
    g_param_spec_int64 ("enterprise-id", N_("Enterprise"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PRINCIPAL] =
    g_param_spec_int64 ("principal", N_("Loan principal"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TERM_MONTHS] =
    g_param_spec_int ("term-months", N_("Loan term (months)"), NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BANK] =
    g_param_spec_string ("bank", N_("Bank"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Loan date"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_housing_loan_init (ZjtxHousingLoan *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->principal = ZJTX_RECORD_NULL;
  self->bank = g_strdup ("");
}

ZjtxHousingLoan *
zjtx_housing_loan_new (void)
{
  return g_object_new (ZJTX_TYPE_HOUSING_LOAN, NULL);
}

gint64
zjtx_housing_loan_get_enterprise_id (ZjtxHousingLoan *self)
{
  g_return_val_if_fail (ZJTX_IS_HOUSING_LOAN (self), 0);

  return self->enterprise_id;
}

void
zjtx_housing_loan_set_enterprise_id (ZjtxHousingLoan *self,
                                     gint64           enterprise_id)
{
  g_return_if_fail (ZJTX_IS_HOUSING_LOAN (self));
  g_return_if_fail (enterprise_id >= 0);

  if (self->enterprise_id != enterprise_id)
    {
      self->enterprise_id = enterprise_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE_ID]);
    }
}

gint64
zjtx_housing_loan_get_principal (ZjtxHousingLoan *self)
{
  g_return_val_if_fail (ZJTX_IS_HOUSING_LOAN (self), ZJTX_RECORD_NULL);

  return self->principal;
}

void
zjtx_housing_loan_set_principal (ZjtxHousingLoan *self,
                                 gint64           principal)
{
  g_return_if_fail (ZJTX_IS_HOUSING_LOAN (self));

  if (self->principal != principal)
    {
      self->principal = principal;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRINCIPAL]);
    }
}

int
zjtx_housing_loan_get_term_months (ZjtxHousingLoan *self)
{
  g_return_val_if_fail (ZJTX_IS_HOUSING_LOAN (self), 0);

  return self->term_months;
}

void
zjtx_housing_loan_set_term_months (ZjtxHousingLoan *self,
                                   int              term_months)
{
  g_return_if_fail (ZJTX_IS_HOUSING_LOAN (self));

  if (self->term_months != term_months)
    {
      self->term_months = term_months;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM_MONTHS]);
    }
}

const char *
zjtx_housing_loan_get_bank (ZjtxHousingLoan *self)
{
  g_return_val_if_fail (ZJTX_IS_HOUSING_LOAN (self), NULL);

  return self->bank;
}

void
zjtx_housing_loan_set_bank (ZjtxHousingLoan *self,
                            const char      *bank)
{
  g_return_if_fail (ZJTX_IS_HOUSING_LOAN (self));

  if (bank == NULL)
    bank = "";
  if (zjtx_record_replace_string (&self->bank, bank))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BANK]);
}

const char *
zjtx_housing_loan_get_date (ZjtxHousingLoan *self)
{
  g_return_val_if_fail (ZJTX_IS_HOUSING_LOAN (self), NULL);

  return self->date;
}

void
zjtx_housing_loan_set_date (ZjtxHousingLoan *self,
                            const char      *date)
{
  g_return_if_fail (ZJTX_IS_HOUSING_LOAN (self));

  if (date != NULL && date[0] == '\0')
    date = NULL;
  if (zjtx_record_replace_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}
