/* zjtx-service-claim.c: a service institution's claim on its service fees */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "zjtx-service-claim.h"

struct _ZjtxServiceClaim
{
  ZjtxRecord  parent_instance;

  gint64      institution_id;
  gint64      service_fees;
  gint64      rate;
  char       *date;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxServiceClaim, zjtx_service_claim, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_INSTITUTION_ID,
  PROP_SERVICE_FEES,
  PROP_RATE,
  PROP_DATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_service_claim_finalize (GObject *object)
{
  ZjtxServiceClaim *self = (ZjtxServiceClaim *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_service_claim_parent_class)->finalize (object);
}

static void
zjtx_service_claim_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZjtxServiceClaim *self = ZJTX_SERVICE_CLAIM (object);

  switch (prop_id)
    {
    case PROP_INSTITUTION_ID:
      g_value_set_int64 (value, self->institution_id);
      break;

    case PROP_SERVICE_FEES:
      g_value_set_int64 (value, self->service_fees);
      break;

    case PROP_RATE:
      g_value_set_int64 (value, self->rate);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_service_claim_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZjtxServiceClaim *self = ZJTX_SERVICE_CLAIM (object);

  switch (prop_id)
    {
    case PROP_INSTITUTION_ID:
      zjtx_service_claim_set_institution_id (self, g_value_get_int64 (value));
      break;

    case PROP_SERVICE_FEES:
      zjtx_service_claim_set_service_fees (self, g_value_get_int64 (value));
      break;

    case PROP_RATE:
      zjtx_service_claim_set_rate (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      zjtx_service_claim_set_date (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      zjtx_service_claim_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_service_claim_validate (ZjtxRecord  *record,
                             GError     **error)
{
  ZjtxServiceClaim *self = ZJTX_SERVICE_CLAIM (record);

  if (self->institution_id == 0)
    return zjtx_record_invalid (record, error, "institution-id", "%s", _("must be chosen"));

  if (self->service_fees == ZJTX_RECORD_NULL)
    return zjtx_record_invalid (record, error, "service-fees", "%s", _("must be filled in"));
  if (self->service_fees < 0)
    return zjtx_record_invalid (record, error, "service-fees", "%s", _("must not be negative"));
  /* Beyond this the core's arithmetic is not defined. */
  if (self->service_fees > ZJTX_FEN_MAX)
    return zjtx_record_invalid (record, error, "service-fees", "%s", _("is too large"));

  /* The policy caps the rate it pays; above 100% is a slip, not a wish. */
  if (self->rate != ZJTX_RECORD_NULL && (self->rate < 0 || self->rate > ZJTX_PPM))
    return zjtx_record_invalid (record, error, "rate", "%s", _("must be between 0 and 100 percent"));

  return zjtx_record_check_date (record, "date", TRUE, error);
}

static void
zjtx_service_claim_class_init (ZjtxServiceClaimClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_service_claim_finalize;
  object_class->get_property = zjtx_service_claim_get_property;
  object_class->set_property = zjtx_service_claim_set_property;

  record_class->table = "service_claim";
  record_class->validate = zjtx_service_claim_validate;

  properties[PROP_INSTITUTION_ID] =
    g_param_spec_int64 ("institution-id", N_("Institution"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SERVICE_FEES] =
    g_param_spec_int64 ("service-fees", N_("Service fees"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RATE] =
    g_param_spec_int64 ("rate", N_("Reward rate"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Claim date"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_service_claim_init (ZjtxServiceClaim *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->service_fees = ZJTX_RECORD_NULL;
  self->rate = ZJTX_RECORD_NULL;
  self->date = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxServiceClaim *
zjtx_service_claim_new (void)
{
  return g_object_new (ZJTX_TYPE_SERVICE_CLAIM, NULL);
}

gint64
zjtx_service_claim_get_institution_id (ZjtxServiceClaim *self)
{
  g_return_val_if_fail (ZJTX_IS_SERVICE_CLAIM (self), 0);

  return self->institution_id;
}

void
zjtx_service_claim_set_institution_id (ZjtxServiceClaim *self,
                                       gint64            institution_id)
{
  g_return_if_fail (ZJTX_IS_SERVICE_CLAIM (self));
  g_return_if_fail (institution_id >= 0);

  if (self->institution_id != institution_id)
    {
      self->institution_id = institution_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INSTITUTION_ID]);
    }
}

gint64
zjtx_service_claim_get_service_fees (ZjtxServiceClaim *self)
{
  g_return_val_if_fail (ZJTX_IS_SERVICE_CLAIM (self), ZJTX_RECORD_NULL);

  return self->service_fees;
}

void
zjtx_service_claim_set_service_fees (ZjtxServiceClaim *self,
                                     gint64            service_fees)
{
  g_return_if_fail (ZJTX_IS_SERVICE_CLAIM (self));

  if (self->service_fees != service_fees)
    {
      self->service_fees = service_fees;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_FEES]);
    }
}

gint64
zjtx_service_claim_get_rate (ZjtxServiceClaim *self)
{
  g_return_val_if_fail (ZJTX_IS_SERVICE_CLAIM (self), ZJTX_RECORD_NULL);

  return self->rate;
}

void
zjtx_service_claim_set_rate (ZjtxServiceClaim *self,
                             gint64            rate)
{
  g_return_if_fail (ZJTX_IS_SERVICE_CLAIM (self));

  if (self->rate != rate)
    {
      self->rate = rate;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
    }
}

const char *
zjtx_service_claim_get_date (ZjtxServiceClaim *self)
{
  g_return_val_if_fail (ZJTX_IS_SERVICE_CLAIM (self), NULL);

  return self->date;
}

void
zjtx_service_claim_set_date (ZjtxServiceClaim *self,
                             const char       *date)
{
  g_return_if_fail (ZJTX_IS_SERVICE_CLAIM (self));

  if (date == NULL)
    date = "";
  if (zjtx_record_replace_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
zjtx_service_claim_get_notes (ZjtxServiceClaim *self)
{
  g_return_val_if_fail (ZJTX_IS_SERVICE_CLAIM (self), NULL);

  return self->notes;
}

void
zjtx_service_claim_set_notes (ZjtxServiceClaim *self,
                              const char       *notes)
{
  g_return_if_fail (ZJTX_IS_SERVICE_CLAIM (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
