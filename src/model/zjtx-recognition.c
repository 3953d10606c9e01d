/* zjtx-recognition.c: a recognition (认定) of an enterprise at a tier */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-policy.h"
#include "zjtx-recognition.h"

struct _ZjtxRecognition
{
  ZjtxRecord  parent_instance;

  gint64      enterprise_id;
  char       *tier;
  char       *date;
  gboolean    review;
  char       *batch;
  char       *certificate;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxRecognition, zjtx_recognition, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_TIER,
  PROP_DATE,
  PROP_REVIEW,
  PROP_BATCH,
  PROP_CERTIFICATE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_recognition_finalize (GObject *object)
{
  ZjtxRecognition *self = (ZjtxRecognition *) object;

  g_clear_pointer (&self->tier, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->batch, g_free);
  g_clear_pointer (&self->certificate, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_recognition_parent_class)->finalize (object);
}

static void
zjtx_recognition_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZjtxRecognition *self = ZJTX_RECOGNITION (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_int64 (value, self->enterprise_id);
      break;

    case PROP_TIER:
      g_value_set_string (value, self->tier);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_REVIEW:
      g_value_set_boolean (value, self->review);
      break;

    case PROP_BATCH:
      g_value_set_string (value, self->batch);
      break;

    case PROP_CERTIFICATE:
      g_value_set_string (value, self->certificate);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_recognition_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZjtxRecognition *self = ZJTX_RECOGNITION (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      zjtx_recognition_set_enterprise_id (self, g_value_get_int64 (value));
      break;

    case PROP_TIER:
      zjtx_recognition_set_tier (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      zjtx_recognition_set_date (self, g_value_get_string (value));
      break;

    case PROP_REVIEW:
      zjtx_recognition_set_review (self, g_value_get_boolean (value));
      break;

    case PROP_BATCH:
      zjtx_recognition_set_batch (self, g_value_get_string (value));
      break;

    case PROP_CERTIFICATE:
      zjtx_recognition_set_certificate (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      zjtx_recognition_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_recognition_validate (ZjtxRecord  *record,
                           GError     **error)
{
  ZjtxRecognition *self = ZJTX_RECOGNITION (record);
  ZjtxTier tier;

  if (self->enterprise_id == 0)
    return zjtx_record_invalid (record, error, "enterprise-id", "%s", _("must be chosen"));

  if (!zjtx_record_check_required (record, "tier", error))
    return FALSE;
  /* "reserve" is a ZjtxTier id too, but no enterprise is recognised as one. */
  if (!zjtx_tier_from_id (self->tier, &tier) || tier == ZJTX_TIER_NONE)
    return zjtx_record_invalid (record, error, "tier",
                                _("must be innovative, provincial or national, not “%s”"),
                                self->tier);

  return zjtx_record_check_date (record, "date", TRUE, error);
}

static void
zjtx_recognition_class_init (ZjtxRecognitionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_recognition_finalize;
  object_class->get_property = zjtx_recognition_get_property;
  object_class->set_property = zjtx_recognition_set_property;

  record_class->table = "recognition";
  record_class->validate = zjtx_recognition_validate;

  properties[PROP_ENTERPRISE_ID] =
    g_param_spec_int64 ("enterprise-id", N_("Enterprise"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TIER] =
    g_param_spec_string ("tier", N_("Tier"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Recognition date"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVIEW] =
    g_param_spec_boolean ("review", N_("Re-review"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BATCH] =
    g_param_spec_string ("batch", N_("Batch"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CERTIFICATE] =
    g_param_spec_string ("certificate", N_("Certificate number"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_recognition_init (ZjtxRecognition *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->tier = g_strdup ("");
  self->date = g_strdup ("");
  self->batch = g_strdup ("");
  self->certificate = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxRecognition *
zjtx_recognition_new (void)
{
  return g_object_new (ZJTX_TYPE_RECOGNITION, NULL);
}

gint64
zjtx_recognition_get_enterprise_id (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), 0);

  return self->enterprise_id;
}

void
zjtx_recognition_set_enterprise_id (ZjtxRecognition *self,
                                    gint64           enterprise_id)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));
  g_return_if_fail (enterprise_id >= 0);

  if (self->enterprise_id != enterprise_id)
    {
      self->enterprise_id = enterprise_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE_ID]);
    }
}

const char *
zjtx_recognition_get_tier (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), NULL);

  return self->tier;
}

void
zjtx_recognition_set_tier (ZjtxRecognition *self,
                           const char      *tier)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));

  if (tier == NULL)
    tier = "";
  if (zjtx_record_replace_string (&self->tier, tier))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIER]);
}

const char *
zjtx_recognition_get_date (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), NULL);

  return self->date;
}

void
zjtx_recognition_set_date (ZjtxRecognition *self,
                           const char      *date)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));

  if (date == NULL)
    date = "";
  if (zjtx_record_replace_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

gboolean
zjtx_recognition_get_review (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), FALSE);

  return self->review;
}

void
zjtx_recognition_set_review (ZjtxRecognition *self,
                             gboolean         review)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));

  review = !!review;
  if (self->review != review)
    {
      self->review = review;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVIEW]);
    }
}

const char *
zjtx_recognition_get_batch (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), NULL);

  return self->batch;
}

void
zjtx_recognition_set_batch (ZjtxRecognition *self,
                            const char      *batch)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));

  if (batch == NULL)
    batch = "";
  if (zjtx_record_replace_string (&self->batch, batch))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BATCH]);
}

const char *
zjtx_recognition_get_certificate (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), NULL);

  return self->certificate;
}

void
zjtx_recognition_set_certificate (ZjtxRecognition *self,
                                  const char      *certificate)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));

  if (certificate == NULL)
    certificate = "";
  if (zjtx_record_replace_string (&self->certificate, certificate))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CERTIFICATE]);
}

const char *
zjtx_recognition_get_notes (ZjtxRecognition *self)
{
  g_return_val_if_fail (ZJTX_IS_RECOGNITION (self), NULL);

  return self->notes;
}

void
zjtx_recognition_set_notes (ZjtxRecognition *self,
                            const char      *notes)
{
  g_return_if_fail (ZJTX_IS_RECOGNITION (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
