/* zjtx-person.c: a person the bureau works with */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-person.h"

struct _ZjtxPerson
{
  ZjtxRecord  parent_instance;

  char       *name;
  char       *unit;
  char       *title;
  char       *phone;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxPerson, zjtx_person, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_NAME,
  PROP_UNIT,
  PROP_TITLE,
  PROP_PHONE,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_person_finalize (GObject *object)
{
  ZjtxPerson *self = (ZjtxPerson *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_person_parent_class)->finalize (object);
}

static void
zjtx_person_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ZjtxPerson *self = ZJTX_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_person_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ZjtxPerson *self = ZJTX_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      zjtx_person_set_name (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      zjtx_person_set_unit (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      zjtx_person_set_title (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      zjtx_person_set_phone (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      zjtx_person_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_person_validate (ZjtxRecord  *record,
                      GError     **error)
{
  return zjtx_record_check_required (record, "name", error);
}

static void
zjtx_person_class_init (ZjtxPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_person_finalize;
  object_class->get_property = zjtx_person_get_property;
  object_class->set_property = zjtx_person_set_property;

  record_class->table = "person";
  record_class->validate = zjtx_person_validate;

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", N_("Unit"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", N_("Phone"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_person_init (ZjtxPerson *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->name = g_strdup ("");
  self->unit = g_strdup ("");
  self->title = g_strdup ("");
  self->phone = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxPerson *
zjtx_person_new (void)
{
  return g_object_new (ZJTX_TYPE_PERSON, NULL);
}

const char *
zjtx_person_get_name (ZjtxPerson *self)
{
  g_return_val_if_fail (ZJTX_IS_PERSON (self), NULL);

  return self->name;
}

void
zjtx_person_set_name (ZjtxPerson *self,
                      const char *name)
{
  g_return_if_fail (ZJTX_IS_PERSON (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
zjtx_person_get_unit (ZjtxPerson *self)
{
  g_return_val_if_fail (ZJTX_IS_PERSON (self), NULL);

  return self->unit;
}

void
zjtx_person_set_unit (ZjtxPerson *self,
                      const char *unit)
{
  g_return_if_fail (ZJTX_IS_PERSON (self));

  if (unit == NULL)
    unit = "";
  if (zjtx_record_replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
zjtx_person_get_title (ZjtxPerson *self)
{
  g_return_val_if_fail (ZJTX_IS_PERSON (self), NULL);

  return self->title;
}

void
zjtx_person_set_title (ZjtxPerson *self,
                       const char *title)
{
  g_return_if_fail (ZJTX_IS_PERSON (self));

  if (title == NULL)
    title = "";
  if (zjtx_record_replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
zjtx_person_get_phone (ZjtxPerson *self)
{
  g_return_val_if_fail (ZJTX_IS_PERSON (self), NULL);

  return self->phone;
}

void
zjtx_person_set_phone (ZjtxPerson *self,
                       const char *phone)
{
  g_return_if_fail (ZJTX_IS_PERSON (self));

  if (phone == NULL)
    phone = "";
  if (zjtx_record_replace_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
zjtx_person_get_notes (ZjtxPerson *self)
{
  g_return_val_if_fail (ZJTX_IS_PERSON (self), NULL);

  return self->notes;
}

void
zjtx_person_set_notes (ZjtxPerson *self,
                       const char *notes)
{
  g_return_if_fail (ZJTX_IS_PERSON (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}
