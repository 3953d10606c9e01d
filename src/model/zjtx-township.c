/* zjtx-township.c: a township of the county (乡镇) */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-township.h"

struct _ZjtxTownship
{
  ZjtxRecord  parent_instance;

  char       *name;
  gboolean    builtin;
  int         position;
};

G_DEFINE_FINAL_TYPE (ZjtxTownship, zjtx_township, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_BUILTIN,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_township_finalize (GObject *object)
{
  ZjtxTownship *self = (ZjtxTownship *) object;

  g_clear_pointer (&self->name, g_free);

  G_OBJECT_CLASS (zjtx_township_parent_class)->finalize (object);
}

static void
zjtx_township_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  ZjtxTownship *self = ZJTX_TOWNSHIP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_BUILTIN:
      g_value_set_boolean (value, self->builtin);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_township_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  ZjtxTownship *self = ZJTX_TOWNSHIP (object);

  switch (prop_id)
    {
    case PROP_NAME:
      zjtx_township_set_name (self, g_value_get_string (value));
      break;

    case PROP_BUILTIN:
      zjtx_township_set_builtin (self, g_value_get_boolean (value));
      break;

    case PROP_POSITION:
      zjtx_township_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_township_validate (ZjtxRecord  *record,
                        GError     **error)
{
  return zjtx_record_check_required (record, "name", error);
}

static void
zjtx_township_class_init (ZjtxTownshipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_township_finalize;
  object_class->get_property = zjtx_township_get_property;
  object_class->set_property = zjtx_township_set_property;

  record_class->table = "township";
  record_class->validate = zjtx_township_validate;

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Township name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* One of the county's 22 that zjtx ships, not one added by an officer. */
  properties[PROP_BUILTIN] =
    g_param_spec_boolean ("builtin", N_("Built in"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Lists show townships in this order, as the county's documents do. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Sort order"), NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_township_init (ZjtxTownship *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->name = g_strdup ("");
}

ZjtxTownship *
zjtx_township_new (void)
{
  return g_object_new (ZJTX_TYPE_TOWNSHIP, NULL);
}

const char *
zjtx_township_get_name (ZjtxTownship *self)
{
  g_return_val_if_fail (ZJTX_IS_TOWNSHIP (self), NULL);

  return self->name;
}

void
zjtx_township_set_name (ZjtxTownship *self,
                        const char   *name)
{
  g_return_if_fail (ZJTX_IS_TOWNSHIP (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

gboolean
zjtx_township_get_builtin (ZjtxTownship *self)
{
  g_return_val_if_fail (ZJTX_IS_TOWNSHIP (self), FALSE);

  return self->builtin;
}

void
zjtx_township_set_builtin (ZjtxTownship *self,
                           gboolean      builtin)
{
  g_return_if_fail (ZJTX_IS_TOWNSHIP (self));

  builtin = !!builtin;
  if (self->builtin != builtin)
    {
      self->builtin = builtin;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUILTIN]);
    }
}

int
zjtx_township_get_position (ZjtxTownship *self)
{
  g_return_val_if_fail (ZJTX_IS_TOWNSHIP (self), 0);

  return self->position;
}

void
zjtx_township_set_position (ZjtxTownship *self,
                            int           position)
{
  g_return_if_fail (ZJTX_IS_TOWNSHIP (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}
