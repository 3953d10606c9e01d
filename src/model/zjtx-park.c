/* zjtx-park.c: an industrial park (园区) */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-park.h"

struct _ZjtxPark
{
  ZjtxRecord  parent_instance;

  char       *name;
  char       *township;
  gboolean    contiguous;
  gboolean    standardised;
  gboolean    demonstration;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxPark, zjtx_park, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_TOWNSHIP,
  PROP_CONTIGUOUS,
  PROP_STANDARDISED,
  PROP_DEMONSTRATION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_park_finalize (GObject *object)
{
  ZjtxPark *self = (ZjtxPark *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->township, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_park_parent_class)->finalize (object);
}

static void
zjtx_park_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  ZjtxPark *self = ZJTX_PARK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TOWNSHIP:
      g_value_set_string (value, self->township);
      break;

    case PROP_CONTIGUOUS:
      g_value_set_boolean (value, self->contiguous);
      break;

    case PROP_STANDARDISED:
      g_value_set_boolean (value, self->standardised);
      break;

    case PROP_DEMONSTRATION:
      g_value_set_boolean (value, self->demonstration);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_park_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  ZjtxPark *self = ZJTX_PARK (object);

  switch (prop_id)
    {
    case PROP_NAME:
      zjtx_park_set_name (self, g_value_get_string (value));
      break;

    case PROP_TOWNSHIP:
      zjtx_park_set_township (self, g_value_get_string (value));
      break;

    case PROP_CONTIGUOUS:
      zjtx_park_set_contiguous (self, g_value_get_boolean (value));
      break;

    case PROP_STANDARDISED:
      zjtx_park_set_standardised (self, g_value_get_boolean (value));
      break;

    case PROP_DEMONSTRATION:
      zjtx_park_set_demonstration (self, g_value_get_boolean (value));
      break;

    case PROP_NOTES:
      zjtx_park_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_park_validate (ZjtxRecord  *record,
                    GError     **error)
{
  return zjtx_record_check_required (record, "name", error);
}

static void
zjtx_park_class_init (ZjtxParkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_park_finalize;
  object_class->get_property = zjtx_park_get_property;
  object_class->set_property = zjtx_park_set_property;

  record_class->table = "park";
  record_class->validate = zjtx_park_validate;

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Park name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOWNSHIP] =
    g_param_spec_string ("township", N_("Township"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CONTIGUOUS] =
    g_param_spec_boolean ("contiguous", N_("Contiguous"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STANDARDISED] =
    g_param_spec_boolean ("standardised", N_("Standardised park"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DEMONSTRATION] =
    g_param_spec_boolean ("demonstration", N_("SRDI demonstration park"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_park_init (ZjtxPark *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->name = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxPark *
zjtx_park_new (void)
{
  return g_object_new (ZJTX_TYPE_PARK, NULL);
}

const char *
zjtx_park_get_name (ZjtxPark *self)
{
  g_return_val_if_fail (ZJTX_IS_PARK (self), NULL);

  return self->name;
}

void
zjtx_park_set_name (ZjtxPark   *self,
                    const char *name)
{
  g_return_if_fail (ZJTX_IS_PARK (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
zjtx_park_get_township (ZjtxPark *self)
{
  g_return_val_if_fail (ZJTX_IS_PARK (self), NULL);

  return self->township;
}

void
zjtx_park_set_township (ZjtxPark   *self,
                        const char *township)
{
  g_return_if_fail (ZJTX_IS_PARK (self));

  if (township != NULL && township[0] == '\0')
    township = NULL;
  if (zjtx_record_replace_string (&self->township, township))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOWNSHIP]);
}

gboolean
zjtx_park_get_contiguous (ZjtxPark *self)
{
  g_return_val_if_fail (ZJTX_IS_PARK (self), FALSE);

  return self->contiguous;
}

void
zjtx_park_set_contiguous (ZjtxPark *self,
                          gboolean  contiguous)
{
  g_return_if_fail (ZJTX_IS_PARK (self));

  contiguous = !!contiguous;
  if (self->contiguous != contiguous)
    {
      self->contiguous = contiguous;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTIGUOUS]);
    }
}

gboolean
zjtx_park_get_standardised (ZjtxPark *self)
{
  g_return_val_if_fail (ZJTX_IS_PARK (self), FALSE);

  return self->standardised;
}

void
zjtx_park_set_standardised (ZjtxPark *self,
                            gboolean  standardised)
{
  g_return_if_fail (ZJTX_IS_PARK (self));

  standardised = !!standardised;
  if (self->standardised != standardised)
    {
      self->standardised = standardised;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STANDARDISED]);
    }
}

gboolean
zjtx_park_get_demonstration (ZjtxPark *self)
{
  g_return_val_if_fail (ZJTX_IS_PARK (self), FALSE);

  return self->demonstration;
}

void
zjtx_park_set_demonstration (ZjtxPark *self,
                             gboolean  demonstration)
{
  g_return_if_fail (ZJTX_IS_PARK (self));

  demonstration = !!demonstration;
  if (self->demonstration != demonstration)
    {
      self->demonstration = demonstration;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEMONSTRATION]);
    }
}

const char *
zjtx_park_get_notes (ZjtxPark *self)
{
  g_return_val_if_fail (ZJTX_IS_PARK (self), NULL);

  return self->notes;
}

void
zjtx_park_set_notes (ZjtxPark   *self,
                     const char *notes)
{
  g_return_if_fail (ZJTX_IS_PARK (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
