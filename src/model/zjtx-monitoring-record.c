/* zjtx-monitoring-record.c: an enterprise's figures for a year or a quarter (运行监测) */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/zjtx-money.h"
#include "zjtx-monitoring-record.h"

struct _ZjtxMonitoringRecord
{
  ZjtxRecord  parent_instance;

  gint64      enterprise_id;
  char       *period;
  gint64      revenue;
  gint64      output;
  gint64      rd_expense;
  gint64      employees;
  gint64      kwh;
  gint64      tax_paid;
  gint64      profit;
  gint64      patents;
};

G_DEFINE_FINAL_TYPE (ZjtxMonitoringRecord, zjtx_monitoring_record, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_PERIOD,
  PROP_REVENUE,
  PROP_OUTPUT,
  PROP_RD_EXPENSE,
  PROP_EMPLOYEES,
  PROP_KWH,
  PROP_TAX_PAID,
  PROP_PROFIT,
  PROP_PATENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_monitoring_record_finalize (GObject *object)
{
  ZjtxMonitoringRecord *self = (ZjtxMonitoringRecord *) object;

  g_clear_pointer (&self->period, g_free);

  G_OBJECT_CLASS (zjtx_monitoring_record_parent_class)->finalize (object);
}

static void
zjtx_monitoring_record_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ZjtxMonitoringRecord *self = ZJTX_MONITORING_RECORD (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_int64 (value, self->enterprise_id);
      break;

    case PROP_PERIOD:
      g_value_set_string (value, self->period);
      break;

    case PROP_REVENUE:
      g_value_set_int64 (value, self->revenue);
      break;

    case PROP_OUTPUT:
      g_value_set_int64 (value, self->output);
      break;

    case PROP_RD_EXPENSE:
      g_value_set_int64 (value, self->rd_expense);
      break;

    case PROP_EMPLOYEES:
      g_value_set_int64 (value, self->employees);
      break;

    case PROP_KWH:
      g_value_set_int64 (value, self->kwh);
      break;

    case PROP_TAX_PAID:
      g_value_set_int64 (value, self->tax_paid);
      break;

    case PROP_PROFIT:
      g_value_set_int64 (value, self->profit);
      break;

    case PROP_PATENTS:
      g_value_set_int64 (value, self->patents);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_monitoring_record_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ZjtxMonitoringRecord *self = ZJTX_MONITORING_RECORD (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      zjtx_monitoring_record_set_enterprise_id (self, g_value_get_int64 (value));
      break;

    case PROP_PERIOD:
      zjtx_monitoring_record_set_period (self, g_value_get_string (value));
      break;

    case PROP_REVENUE:
      zjtx_monitoring_record_set_revenue (self, g_value_get_int64 (value));
      break;

    case PROP_OUTPUT:
      zjtx_monitoring_record_set_output (self, g_value_get_int64 (value));
      break;

    case PROP_RD_EXPENSE:
      zjtx_monitoring_record_set_rd_expense (self, g_value_get_int64 (value));
      break;

    case PROP_EMPLOYEES:
      zjtx_monitoring_record_set_employees (self, g_value_get_int64 (value));
      break;

    case PROP_KWH:
      zjtx_monitoring_record_set_kwh (self, g_value_get_int64 (value));
      break;

    case PROP_TAX_PAID:
      zjtx_monitoring_record_set_tax_paid (self, g_value_get_int64 (value));
      break;

    case PROP_PROFIT:
      zjtx_monitoring_record_set_profit (self, g_value_get_int64 (value));
      break;

    case PROP_PATENTS:
      zjtx_monitoring_record_set_patents (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "2024" or "2024Q3", as the table's CHECK has it. */
gboolean
zjtx_monitoring_record_period_is_valid (const char *period)
{
  size_t length;

  if (period == NULL)
    return FALSE;
  length = strlen (period);

  if (length != 4 && length != 6)
    return FALSE;
  if (period[0] != '1' && period[0] != '2')
    return FALSE;
  for (guint i = 1; i < 4; i++)
    if (!g_ascii_isdigit (period[i]))
      return FALSE;
  return length == 4 || (period[4] == 'Q' && period[5] >= '1' && period[5] <= '4');
}

static gboolean
zjtx_monitoring_record_validate (ZjtxRecord  *record,
                                 GError     **error)
{
  ZjtxMonitoringRecord *self = ZJTX_MONITORING_RECORD (record);
  /* Only profit may be negative; amounts are bounded as the core's money is. */
  const struct {
    const char *property;
    gint64      value;
    gboolean    is_money;
    gboolean    may_be_negative;
  } figures[] = {
    { "revenue",    self->revenue,    TRUE,  FALSE },
    { "output",     self->output,     TRUE,  FALSE },
    { "rd-expense", self->rd_expense, TRUE,  FALSE },
    { "employees",  self->employees,  FALSE, FALSE },
    { "kwh",        self->kwh,        FALSE, FALSE },
    { "tax-paid",   self->tax_paid,   TRUE,  FALSE },
    { "profit",     self->profit,     TRUE,  TRUE },
    { "patents",    self->patents,    FALSE, FALSE },
  };

  if (self->enterprise_id == 0)
    return zjtx_record_invalid (record, error, "enterprise-id", "%s", _("must be chosen"));

  if (!zjtx_record_check_required (record, "period", error))
    return FALSE;
  if (!zjtx_monitoring_record_period_is_valid (self->period))
    return zjtx_record_invalid (record, error, "period", "%s",
                                _("must be a year such as 2024 or a quarter such as 2024Q3"));

  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      gint64 value = figures[i].value;

      if (value == ZJTX_RECORD_NULL)
        continue;
      if (value < 0 && !figures[i].may_be_negative)
        return zjtx_record_invalid (record, error, figures[i].property, "%s", _("must not be negative"));
      if (figures[i].is_money && (value > ZJTX_FEN_MAX || value < -ZJTX_FEN_MAX))
        return zjtx_record_invalid (record, error, figures[i].property, "%s", _("is too large"));
    }

  return TRUE;
}

static void
zjtx_monitoring_record_class_init (ZjtxMonitoringRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_monitoring_record_finalize;
  object_class->get_property = zjtx_monitoring_record_get_property;
  object_class->set_property = zjtx_monitoring_record_set_property;

  record_class->table = "monitoring_record";
  record_class->validate = zjtx_monitoring_record_validate;

  properties[PROP_ENTERPRISE_ID] =
    g_param_spec_int64 ("enterprise-id", N_("Enterprise"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PERIOD] =
    g_param_spec_string ("period", N_("Period"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVENUE] =
    g_param_spec_int64 ("revenue", N_("Revenue"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OUTPUT] =
    g_param_spec_int64 ("output", N_("Output value"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RD_EXPENSE] =
    g_param_spec_int64 ("rd-expense", N_("R&D expense"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_EMPLOYEES] =
    g_param_spec_int64 ("employees", N_("Employees"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KWH] =
    g_param_spec_int64 ("kwh", N_("Electricity used (kWh)"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TAX_PAID] =
    g_param_spec_int64 ("tax-paid", N_("Tax paid"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROFIT] =
    g_param_spec_int64 ("profit", N_("Profit"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PATENTS] =
    g_param_spec_int64 ("patents", N_("Patents"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_monitoring_record_init (ZjtxMonitoringRecord *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->period = g_strdup ("");
  self->revenue = ZJTX_RECORD_NULL;
  self->output = ZJTX_RECORD_NULL;
  self->rd_expense = ZJTX_RECORD_NULL;
  self->employees = ZJTX_RECORD_NULL;
  self->kwh = ZJTX_RECORD_NULL;
  self->tax_paid = ZJTX_RECORD_NULL;
  self->profit = ZJTX_RECORD_NULL;
  self->patents = ZJTX_RECORD_NULL;
}

ZjtxMonitoringRecord *
zjtx_monitoring_record_new (void)
{
  return g_object_new (ZJTX_TYPE_MONITORING_RECORD, NULL);
}

gint64
zjtx_monitoring_record_get_enterprise_id (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), 0);

  return self->enterprise_id;
}

void
zjtx_monitoring_record_set_enterprise_id (ZjtxMonitoringRecord *self,
                                          gint64                enterprise_id)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));
  g_return_if_fail (enterprise_id >= 0);

  if (self->enterprise_id != enterprise_id)
    {
      self->enterprise_id = enterprise_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE_ID]);
    }
}

const char *
zjtx_monitoring_record_get_period (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), NULL);

  return self->period;
}

void
zjtx_monitoring_record_set_period (ZjtxMonitoringRecord *self,
                                   const char           *period)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (period == NULL)
    period = "";
  if (zjtx_record_replace_string (&self->period, period))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD]);
}

gint64
zjtx_monitoring_record_get_revenue (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->revenue;
}

void
zjtx_monitoring_record_set_revenue (ZjtxMonitoringRecord *self,
                                    gint64                revenue)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->revenue != revenue)
    {
      self->revenue = revenue;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVENUE]);
    }
}

gint64
zjtx_monitoring_record_get_output (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->output;
}

void
zjtx_monitoring_record_set_output (ZjtxMonitoringRecord *self,
                                   gint64                output)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->output != output)
    {
      self->output = output;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTPUT]);
    }
}

gint64
zjtx_monitoring_record_get_rd_expense (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->rd_expense;
}

void
zjtx_monitoring_record_set_rd_expense (ZjtxMonitoringRecord *self,
                                       gint64                rd_expense)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->rd_expense != rd_expense)
    {
      self->rd_expense = rd_expense;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RD_EXPENSE]);
    }
}

gint64
zjtx_monitoring_record_get_employees (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->employees;
}

void
zjtx_monitoring_record_set_employees (ZjtxMonitoringRecord *self,
                                      gint64                employees)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->employees != employees)
    {
      self->employees = employees;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPLOYEES]);
    }
}

gint64
zjtx_monitoring_record_get_kwh (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->kwh;
}

void
zjtx_monitoring_record_set_kwh (ZjtxMonitoringRecord *self,
                                gint64                kwh)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->kwh != kwh)
    {
      self->kwh = kwh;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KWH]);
    }
}

gint64
zjtx_monitoring_record_get_tax_paid (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->tax_paid;
}

void
zjtx_monitoring_record_set_tax_paid (ZjtxMonitoringRecord *self,
                                     gint64                tax_paid)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->tax_paid != tax_paid)
    {
      self->tax_paid = tax_paid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAX_PAID]);
    }
}

gint64
zjtx_monitoring_record_get_profit (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->profit;
}

void
zjtx_monitoring_record_set_profit (ZjtxMonitoringRecord *self,
                                   gint64                profit)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->profit != profit)
    {
      self->profit = profit;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFIT]);
    }
}

gint64
zjtx_monitoring_record_get_patents (ZjtxMonitoringRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_MONITORING_RECORD (self), ZJTX_RECORD_NULL);

  return self->patents;
}

void
zjtx_monitoring_record_set_patents (ZjtxMonitoringRecord *self,
                                    gint64                patents)
{
  g_return_if_fail (ZJTX_IS_MONITORING_RECORD (self));

  if (self->patents != patents)
    {
      self->patents = patents;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PATENTS]);
    }
}
