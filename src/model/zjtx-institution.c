/* zjtx-institution.c: a public service institution (公共服务机构) */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-institution.h"

struct _ZjtxInstitution
{
  ZjtxRecord  parent_instance;

  char       *name;
  char       *kind;
  gint64      park_id;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxInstitution, zjtx_institution, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_KIND,
  PROP_PARK_ID,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_institution_finalize (GObject *object)
{
  ZjtxInstitution *self = (ZjtxInstitution *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_institution_parent_class)->finalize (object);
}

static void
zjtx_institution_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZjtxInstitution *self = ZJTX_INSTITUTION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_PARK_ID:
      g_value_set_int64 (value, self->park_id);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_institution_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZjtxInstitution *self = ZJTX_INSTITUTION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      zjtx_institution_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      zjtx_institution_set_kind (self, g_value_get_string (value));
      break;

    case PROP_PARK_ID:
      zjtx_institution_set_park_id (self, g_value_get_int64 (value));
      break;

    case PROP_NOTES:
      zjtx_institution_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_institution_validate (ZjtxRecord  *record,
                           GError     **error)
{
  return zjtx_record_check_required (record, "name", error);
}

static void
zjtx_institution_class_init (ZjtxInstitutionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_institution_finalize;
  object_class->get_property = zjtx_institution_get_property;
  object_class->set_property = zjtx_institution_set_property;

  record_class->table = "institution";
  record_class->validate = zjtx_institution_validate;

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Institution name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", N_("Kind of service"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARK_ID] =
    g_param_spec_int64 ("park-id", N_("Park"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_institution_init (ZjtxInstitution *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->name = g_strdup ("");
  self->kind = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxInstitution *
zjtx_institution_new (void)
{
  return g_object_new (ZJTX_TYPE_INSTITUTION, NULL);
}

const char *
zjtx_institution_get_name (ZjtxInstitution *self)
{
  g_return_val_if_fail (ZJTX_IS_INSTITUTION (self), NULL);

  return self->name;
}

void
zjtx_institution_set_name (ZjtxInstitution *self,
                           const char      *name)
{
  g_return_if_fail (ZJTX_IS_INSTITUTION (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
zjtx_institution_get_kind (ZjtxInstitution *self)
{
  g_return_val_if_fail (ZJTX_IS_INSTITUTION (self), NULL);

  return self->kind;
}

void
zjtx_institution_set_kind (ZjtxInstitution *self,
                           const char      *kind)
{
  g_return_if_fail (ZJTX_IS_INSTITUTION (self));

  if (kind == NULL)
    kind = "";
  if (zjtx_record_replace_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
zjtx_institution_get_park_id (ZjtxInstitution *self)
{
  g_return_val_if_fail (ZJTX_IS_INSTITUTION (self), 0);

  return self->park_id;
}

void
zjtx_institution_set_park_id (ZjtxInstitution *self,
                              gint64           park_id)
{
  g_return_if_fail (ZJTX_IS_INSTITUTION (self));
  g_return_if_fail (park_id >= 0);

  if (self->park_id != park_id)
    {
      self->park_id = park_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARK_ID]);
    }
}

const char *
zjtx_institution_get_notes (ZjtxInstitution *self)
{
  g_return_val_if_fail (ZJTX_IS_INSTITUTION (self), NULL);

  return self->notes;
}

void
zjtx_institution_set_notes (ZjtxInstitution *self,
                            const char      *notes)
{
  g_return_if_fail (ZJTX_IS_INSTITUTION (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
