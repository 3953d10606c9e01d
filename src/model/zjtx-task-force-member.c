/* zjtx-task-force-member.c: a member of the task force (工作专班) */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-task-force-member.h"

struct _ZjtxTaskForceMember
{
  ZjtxRecord  parent_instance;

  char       *role;
  char       *name;
  char       *title;
  char       *unit;
  char       *phone;
  int         position;
};

G_DEFINE_FINAL_TYPE (ZjtxTaskForceMember, zjtx_task_force_member, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ROLE,
  PROP_NAME,
  PROP_TITLE,
  PROP_UNIT,
  PROP_PHONE,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_task_force_member_finalize (GObject *object)
{
  ZjtxTaskForceMember *self = (ZjtxTaskForceMember *) object;

  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->phone, g_free);

  G_OBJECT_CLASS (zjtx_task_force_member_parent_class)->finalize (object);
}

static void
zjtx_task_force_member_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ZjtxTaskForceMember *self = ZJTX_TASK_FORCE_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_task_force_member_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ZjtxTaskForceMember *self = ZJTX_TASK_FORCE_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ROLE:
      zjtx_task_force_member_set_role (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      zjtx_task_force_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      zjtx_task_force_member_set_title (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      zjtx_task_force_member_set_unit (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      zjtx_task_force_member_set_phone (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      zjtx_task_force_member_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static const char * const roles[] = {
  "leader",
  "deputy",
  "member",
  NULL
};

static gboolean
zjtx_task_force_member_validate (ZjtxRecord  *record,
                                 GError     **error)
{
  ZjtxTaskForceMember *self = ZJTX_TASK_FORCE_MEMBER (record);

  if (!zjtx_record_check_required (record, "role", error))
    return FALSE;
  if (!g_strv_contains (roles, self->role))
    return zjtx_record_invalid (record, error, "role",
                                _("must be leader, deputy or member, not “%s”"),
                                self->role);

  return zjtx_record_check_required (record, "name", error);
}

static void
zjtx_task_force_member_class_init (ZjtxTaskForceMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_task_force_member_finalize;
  object_class->get_property = zjtx_task_force_member_get_property;
  object_class->set_property = zjtx_task_force_member_set_property;

  record_class->table = "task_force_member";
  record_class->validate = zjtx_task_force_member_validate;

  properties[PROP_ROLE] =
    g_param_spec_string ("role", N_("Task force role"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Name"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Title"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", N_("Unit"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", N_("Phone"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Lists show members in this order, as the county's documents do. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Sort order"), NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_task_force_member_init (ZjtxTaskForceMember *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->role = g_strdup ("");
  self->name = g_strdup ("");
  self->title = g_strdup ("");
  self->unit = g_strdup ("");
  self->phone = g_strdup ("");
}

ZjtxTaskForceMember *
zjtx_task_force_member_new (void)
{
  return g_object_new (ZJTX_TYPE_TASK_FORCE_MEMBER, NULL);
}

const char *
zjtx_task_force_member_get_role (ZjtxTaskForceMember *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self), NULL);

  return self->role;
}

void
zjtx_task_force_member_set_role (ZjtxTaskForceMember *self,
                                 const char          *role)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self));

  if (role == NULL)
    role = "";
  if (zjtx_record_replace_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
zjtx_task_force_member_get_name (ZjtxTaskForceMember *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self), NULL);

  return self->name;
}

void
zjtx_task_force_member_set_name (ZjtxTaskForceMember *self,
                                 const char          *name)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
zjtx_task_force_member_get_title (ZjtxTaskForceMember *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self), NULL);

  return self->title;
}

void
zjtx_task_force_member_set_title (ZjtxTaskForceMember *self,
                                  const char          *title)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self));

  if (title == NULL)
    title = "";
  if (zjtx_record_replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
zjtx_task_force_member_get_unit (ZjtxTaskForceMember *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self), NULL);

  return self->unit;
}

void
zjtx_task_force_member_set_unit (ZjtxTaskForceMember *self,
                                 const char          *unit)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self));

  if (unit == NULL)
    unit = "";
  if (zjtx_record_replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
zjtx_task_force_member_get_phone (ZjtxTaskForceMember *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self), NULL);

  return self->phone;
}

void
zjtx_task_force_member_set_phone (ZjtxTaskForceMember *self,
                                  const char          *phone)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self));

  if (phone == NULL)
    phone = "";
  if (zjtx_record_replace_string (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

int
zjtx_task_force_member_get_position (ZjtxTaskForceMember *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self), 0);

  return self->position;
}

void
zjtx_task_force_member_set_position (ZjtxTaskForceMember *self,
                                     int                  position)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_MEMBER (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}
