/* zjtx-rent.c: rent of park industrial housing */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "zjtx-rent.h"

struct _ZjtxRent
{
  ZjtxRecord  parent_instance;

  gint64      enterprise_id;
  gint64      monthly;
  int         months;
  char       *start_date;
};

G_DEFINE_FINAL_TYPE (ZjtxRent, zjtx_rent, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_MONTHLY,
  PROP_MONTHS,
  PROP_START_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_rent_finalize (GObject *object)
{
  ZjtxRent *self = (ZjtxRent *) object;

  g_clear_pointer (&self->start_date, g_free);

  G_OBJECT_CLASS (zjtx_rent_parent_class)->finalize (object);
}

static void
zjtx_rent_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZjtxRent *self = ZJTX_RENT (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_int64 (value, self->enterprise_id);
      break;

    case PROP_MONTHLY:
      g_value_set_int64 (value, self->monthly);
      break;

    case PROP_MONTHS:
      g_value_set_int (value, self->months);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_rent_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZjtxRent *self = ZJTX_RENT (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      zjtx_rent_set_enterprise_id (self, g_value_get_int64 (value));
      break;

    case PROP_MONTHLY:
      zjtx_rent_set_monthly (self, g_value_get_int64 (value));
      break;

    case PROP_MONTHS:
      zjtx_rent_set_months (self, g_value_get_int (value));
      break;

    case PROP_START_DATE:
      zjtx_rent_set_start_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_rent_validate (ZjtxRecord  *record,
                    GError     **error)
{
  ZjtxRent *self = ZJTX_RENT (record);

  if (self->enterprise_id == 0)
    return zjtx_record_invalid (record, error, "enterprise-id", "%s", _("must be chosen"));

  if (self->monthly == ZJTX_RECORD_NULL)
    return zjtx_record_invalid (record, error, "monthly", "%s", _("must be filled in"));
  if (self->monthly < 0)
    return zjtx_record_invalid (record, error, "monthly", "%s", _("must not be negative"));
  /* Beyond this the core's arithmetic is not defined. */
  if (self->monthly > ZJTX_FEN_MAX)
    return zjtx_record_invalid (record, error, "monthly", "%s", _("is too large"));

  return zjtx_record_check_range (record, "months", 1, 1200, TRUE, error) &&
         zjtx_record_check_date (record, "start-date", FALSE, error);
}

static void
zjtx_rent_class_init (ZjtxRentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_rent_finalize;
  object_class->get_property = zjtx_rent_get_property;
  object_class->set_property = zjtx_rent_set_property;

  record_class->table = "rent";
  record_class->validate = zjtx_rent_validate;

  properties[PROP_ENTERPRISE_ID] =
    g_param_spec_int64 ("enterprise-id", N_("Enterprise"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MONTHLY] =
    g_param_spec_int64 ("monthly", N_("Monthly rent"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MONTHS] =
    g_param_spec_int ("months", N_("Months rented"), NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", N_("Rent start date"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_rent_init (ZjtxRent *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->monthly = ZJTX_RECORD_NULL;
}

ZjtxRent *
zjtx_rent_new (void)
{
  return g_object_new (ZJTX_TYPE_RENT, NULL);
}

gint64
zjtx_rent_get_enterprise_id (ZjtxRent *self)
{
  g_return_val_if_fail (ZJTX_IS_RENT (self), 0);

  return self->enterprise_id;
}

void
zjtx_rent_set_enterprise_id (ZjtxRent *self,
                             gint64    enterprise_id)
{
  g_return_if_fail (ZJTX_IS_RENT (self));
  g_return_if_fail (enterprise_id >= 0);

  if (self->enterprise_id != enterprise_id)
    {
      self->enterprise_id = enterprise_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE_ID]);
    }
}

gint64
zjtx_rent_get_monthly (ZjtxRent *self)
{
  g_return_val_if_fail (ZJTX_IS_RENT (self), ZJTX_RECORD_NULL);

  return self->monthly;
}

void
zjtx_rent_set_monthly (ZjtxRent *self,
                       gint64    monthly)
{
  g_return_if_fail (ZJTX_IS_RENT (self));

  if (self->monthly != monthly)
    {
      self->monthly = monthly;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTHLY]);
    }
}

int
zjtx_rent_get_months (ZjtxRent *self)
{
  g_return_val_if_fail (ZJTX_IS_RENT (self), 0);

  return self->months;
}

void
zjtx_rent_set_months (ZjtxRent *self,
                      int       months)
{
  g_return_if_fail (ZJTX_IS_RENT (self));

  if (self->months != months)
    {
      self->months = months;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MONTHS]);
    }
}

const char *
zjtx_rent_get_start_date (ZjtxRent *self)
{
  g_return_val_if_fail (ZJTX_IS_RENT (self), NULL);

  return self->start_date;
}

void
zjtx_rent_set_start_date (ZjtxRent   *self,
                          const char *start_date)
{
  g_return_if_fail (ZJTX_IS_RENT (self));

  if (start_date != NULL && start_date[0] == '\0')
    start_date = NULL;
  if (zjtx_record_replace_string (&self->start_date, start_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}
