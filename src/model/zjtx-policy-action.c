/* zjtx-policy-action.c: an action of the policy and the units responsible for it */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-policy-action.h"

struct _ZjtxPolicyAction
{
  ZjtxRecord  parent_instance;

  char       *clause;
  char       *name;
  char       *responsible_units;
  int         position;
};

G_DEFINE_FINAL_TYPE (ZjtxPolicyAction, zjtx_policy_action, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CLAUSE,
  PROP_NAME,
  PROP_RESPONSIBLE_UNITS,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_policy_action_finalize (GObject *object)
{
  ZjtxPolicyAction *self = (ZjtxPolicyAction *) object;

  g_clear_pointer (&self->clause, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->responsible_units, g_free);

  G_OBJECT_CLASS (zjtx_policy_action_parent_class)->finalize (object);
}

static void
zjtx_policy_action_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZjtxPolicyAction *self = ZJTX_POLICY_ACTION (object);

  switch (prop_id)
    {
    case PROP_CLAUSE:
      g_value_set_string (value, self->clause);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_RESPONSIBLE_UNITS:
      g_value_set_string (value, self->responsible_units);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_policy_action_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZjtxPolicyAction *self = ZJTX_POLICY_ACTION (object);

  switch (prop_id)
    {
    case PROP_CLAUSE:
      zjtx_policy_action_set_clause (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      zjtx_policy_action_set_name (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE_UNITS:
      zjtx_policy_action_set_responsible_units (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      zjtx_policy_action_set_position (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_policy_action_validate (ZjtxRecord  *record,
                             GError     **error)
{
  return zjtx_record_check_required (record, "clause", error) &&
         zjtx_record_check_required (record, "name", error);
}

static void
zjtx_policy_action_class_init (ZjtxPolicyActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_policy_action_finalize;
  object_class->get_property = zjtx_policy_action_get_property;
  object_class->set_property = zjtx_policy_action_set_property;

  record_class->table = "policy_action";
  record_class->validate = zjtx_policy_action_validate;

  properties[PROP_CLAUSE] =
    g_param_spec_string ("clause", N_("Clause"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", N_("Action"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESPONSIBLE_UNITS] =
    g_param_spec_string ("responsible-units", N_("Responsible units"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Lists show actions in this order, the policy's. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Sort order"), NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_policy_action_init (ZjtxPolicyAction *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->clause = g_strdup ("");
  self->name = g_strdup ("");
  self->responsible_units = g_strdup ("");
}

ZjtxPolicyAction *
zjtx_policy_action_new (void)
{
  return g_object_new (ZJTX_TYPE_POLICY_ACTION, NULL);
}

const char *
zjtx_policy_action_get_clause (ZjtxPolicyAction *self)
{
  g_return_val_if_fail (ZJTX_IS_POLICY_ACTION (self), NULL);

  return self->clause;
}

void
zjtx_policy_action_set_clause (ZjtxPolicyAction *self,
                               const char       *clause)
{
  g_return_if_fail (ZJTX_IS_POLICY_ACTION (self));

  if (clause == NULL)
    clause = "";
  if (zjtx_record_replace_string (&self->clause, clause))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAUSE]);
}

const char *
zjtx_policy_action_get_name (ZjtxPolicyAction *self)
{
  g_return_val_if_fail (ZJTX_IS_POLICY_ACTION (self), NULL);

  return self->name;
}

void
zjtx_policy_action_set_name (ZjtxPolicyAction *self,
                             const char       *name)
{
  g_return_if_fail (ZJTX_IS_POLICY_ACTION (self));

  if (name == NULL)
    name = "";
  if (zjtx_record_replace_string (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
zjtx_policy_action_get_responsible_units (ZjtxPolicyAction *self)
{
  g_return_val_if_fail (ZJTX_IS_POLICY_ACTION (self), NULL);

  return self->responsible_units;
}

void
zjtx_policy_action_set_responsible_units (ZjtxPolicyAction *self,
                                          const char       *responsible_units)
{
  g_return_if_fail (ZJTX_IS_POLICY_ACTION (self));

  if (responsible_units == NULL)
    responsible_units = "";
  if (zjtx_record_replace_string (&self->responsible_units, responsible_units))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_UNITS]);
}

int
zjtx_policy_action_get_position (ZjtxPolicyAction *self)
{
  g_return_val_if_fail (ZJTX_IS_POLICY_ACTION (self), 0);

  return self->position;
}

void
zjtx_policy_action_set_position (ZjtxPolicyAction *self,
                                 int               position)
{
  g_return_if_fail (ZJTX_IS_POLICY_ACTION (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}
