/* zjtx-action-task.c: a task of one of the policy's actions or measures
 *
 * Units are normalised as they are set, from the names and aliases of the
 * seed (data/seed/yongchun.json "units"): the policy itself writes 县工信局,
 * 县工信商务局 and 工信商务局 for one bureau, and the per-unit view must
 * count it once.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>
#include <json-glib/json-glib.h>

#include "core/zjtx-date.h"
#include "zjtx-action-task.h"
#include "zjtx-model-resources.h"

struct _ZjtxActionTask
{
  ZjtxRecord  parent_instance;

  char       *clause;
  char       *title;
  char       *responsible_units;
  char       *responsible_units_text;
  char       *owner_unit;
  char       *due_date;
  char       *status;
  int         position;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxActionTask, zjtx_action_task, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_CLAUSE,
  PROP_TITLE,
  PROP_RESPONSIBLE_UNITS,
  PROP_RESPONSIBLE_UNITS_TEXT,
  PROP_OWNER_UNIT,
  PROP_DUE_DATE,
  PROP_STATUS,
  PROP_POSITION,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_action_task_finalize (GObject *object)
{
  ZjtxActionTask *self = (ZjtxActionTask *) object;

  g_clear_pointer (&self->clause, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->responsible_units, g_free);
  g_clear_pointer (&self->responsible_units_text, g_free);
  g_clear_pointer (&self->owner_unit, g_free);
  g_clear_pointer (&self->due_date, g_free);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_action_task_parent_class)->finalize (object);
}

static void
zjtx_action_task_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZjtxActionTask *self = ZJTX_ACTION_TASK (object);

  switch (prop_id)
    {
    case PROP_CLAUSE:
      g_value_set_string (value, self->clause);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_RESPONSIBLE_UNITS:
      g_value_set_string (value, self->responsible_units);
      break;

    case PROP_RESPONSIBLE_UNITS_TEXT:
      g_value_set_string (value, self->responsible_units_text);
      break;

    case PROP_OWNER_UNIT:
      g_value_set_string (value, self->owner_unit);
      break;

    case PROP_DUE_DATE:
      g_value_set_string (value, self->due_date);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_action_task_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZjtxActionTask *self = ZJTX_ACTION_TASK (object);

  switch (prop_id)
    {
    case PROP_CLAUSE:
      zjtx_action_task_set_clause (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      zjtx_action_task_set_title (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE_UNITS:
      zjtx_action_task_set_responsible_units (self, g_value_get_string (value));
      break;

    case PROP_RESPONSIBLE_UNITS_TEXT:
      zjtx_action_task_set_responsible_units_text (self, g_value_get_string (value));
      break;

    case PROP_OWNER_UNIT:
      zjtx_action_task_set_owner_unit (self, g_value_get_string (value));
      break;

    case PROP_DUE_DATE:
      zjtx_action_task_set_due_date (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      zjtx_action_task_set_status (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      zjtx_action_task_set_position (self, g_value_get_int (value));
      break;

    case PROP_NOTES:
      zjtx_action_task_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The seed: units, clauses */

typedef struct {
  GHashTable *canonical;   /* alias or name → the one name */
  GPtrArray  *order;       /* the names, in the seed's order */
  GPtrArray  *clauses;     /* the actions' then the measures' clauses, in order */
  GHashTable *names;       /* clause → the action's or measure's name */
  GHashTable *clause_units;/* clause → its responsible units, one names joined by "、" */
  char       *tasks_due;   /* when the policy's own tasks are due */
} Seed;

static char *trim (const char *text);

static const Seed *
seed (void)
{
  static gsize initialised;
  static Seed seed;

  if (g_once_init_enter (&initialised))
    {
      static const char * const lists[] = { "actions", "measures" };
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonObject *root;
      JsonArray *array = NULL;

      seed.canonical = g_hash_table_new (g_str_hash, g_str_equal);
      seed.order = g_ptr_array_new ();
      seed.clauses = g_ptr_array_new ();
      seed.names = g_hash_table_new (g_str_hash, g_str_equal);
      seed.clause_units = g_hash_table_new (g_str_hash, g_str_equal);
      bytes = g_resource_lookup_data (zjtx_model_get_resource (), "/cn/gov/yongchun/Zjtx/model/seed/yongchun.json",
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
      /* Built in: it cannot be missing or broken in a build that passed its tests. */
      if (bytes == NULL || !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
        g_error ("seed/yongchun.json: %s", error->message);
      root = json_node_get_object (json_parser_get_root (parser));
      array = json_object_get_array_member (root, "units");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *unit = json_array_get_object_element (array, i);
          JsonArray *aliases = json_object_get_array_member (unit, "aliases");
          char *name = g_strdup (json_object_get_string_member (unit, "name"));

          /* Kept for the life of the program, like the resource. */
          g_ptr_array_add (seed.order, name);
          g_hash_table_insert (seed.canonical, name, name);
          for (guint a = 0; a < json_array_get_length (aliases); a++)
            g_hash_table_insert (seed.canonical, g_strdup (json_array_get_string_element (aliases, a)), name);
        }
      g_ptr_array_add (seed.order, NULL);

      /* The units are known now: the clauses' lists can be normalised. */
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          array = json_object_get_array_member (root, lists[l]);
          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonObject *item = json_array_get_object_element (array, i);
              JsonArray *units = json_object_get_array_member (item, "responsible_units");
              char *clause = g_strdup (json_object_get_string_member (item, "clause"));
              g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

              for (guint u = 0; u < json_array_get_length (units); u++)
                {
                  g_autofree char *trimmed = trim (json_array_get_string_element (units, u));
                  const char *one = g_hash_table_lookup (seed.canonical, trimmed);

                  g_ptr_array_add (names, g_strdup (one != NULL ? one : trimmed));
                }
              g_ptr_array_add (names, NULL);
              g_ptr_array_add (seed.clauses, clause);
              g_hash_table_insert (seed.names, clause, g_strdup (json_object_get_string_member (item, "name")));
              g_hash_table_insert (seed.clause_units, clause, g_strjoinv ("、", (char **) names->pdata));
            }
        }
      g_ptr_array_add (seed.clauses, NULL);
      seed.tasks_due = g_strdup (json_object_get_string_member (root, "tasks_due"));
      g_once_init_leave (&initialised, 1);
    }
  return &seed;
}

static char *
trim (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start && (g_unichar_isspace (g_utf8_get_char (start)) || g_utf8_get_char (start) == 0x3000))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);

      if (!g_unichar_isspace (c) && c != 0x3000)
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

char *
zjtx_unit_normalise (const char *name)
{
  g_autofree char *trimmed = NULL;
  const char *canonical;

  g_return_val_if_fail (name != NULL, NULL);
  trimmed = trim (name);
  canonical = g_hash_table_lookup (seed ()->canonical, trimmed);
  return canonical ? g_strdup (canonical) : g_steal_pointer (&trimmed);
}

char **
zjtx_units_split (const char *list)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) part = g_string_new (NULL);

  /* The policy separates units with 、 and groups them with ，; lists
   * typed by people use commas or semicolons too. */
  for (const char *p = list ? list : ""; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || c == 0x3001 /* 、 */ || c == 0xFF0C /* ， */ || c == ',' || c == ';' || c == 0xFF1B /* ； */)
        {
          g_autofree char *unit = zjtx_unit_normalise (part->str);
          gboolean seen = FALSE;

          for (guint i = 0; i < out->len; i++)
            seen |= g_str_equal (g_ptr_array_index (out, i), unit);
          if (unit[0] != '\0' && !seen)
            g_ptr_array_add (out, g_steal_pointer (&unit));
          g_string_truncate (part, 0);
          if (c == 0)
            break;
        }
      else
        g_string_append_unichar (part, c);
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&out), FALSE);
}

int
zjtx_unit_get_position (const char *name)
{
  const Seed *s = seed ();

  for (guint i = 0; name != NULL && s->order->pdata[i] != NULL; i++)
    if (g_str_equal (g_ptr_array_index (s->order, i), name))
      return i;
  return -1;
}

const char * const *
zjtx_units_list (void)
{
  return (const char * const *) seed ()->order->pdata;
}

/* Clauses */

char *
zjtx_clause_normalise (const char *clause)
{
  g_autofree char *trimmed = NULL;
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (clause != NULL, NULL);

  /* Typed with ASCII brackets, or with spaces, it is the same clause. */
  trimmed = trim (clause);
  out = g_string_sized_new (strlen (trimmed) + 4);
  for (const char *p = trimmed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(')
        g_string_append_unichar (out, 0xFF08);
      else if (c == ')')
        g_string_append_unichar (out, 0xFF09);
      else if (!g_unichar_isspace (c) && c != 0x3000)
        g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char * const *
zjtx_clauses_list (void)
{
  return (const char * const *) seed ()->clauses->pdata;
}

const char *
zjtx_clause_get_name (const char *clause)
{
  return clause != NULL ? g_hash_table_lookup (seed ()->names, clause) : NULL;
}

const char *
zjtx_clause_get_units (const char *clause)
{
  return clause != NULL ? g_hash_table_lookup (seed ()->clause_units, clause) : NULL;
}

const char *
zjtx_task_get_default_due_date (void)
{
  return seed ()->tasks_due;
}

/* Statuses */

static const struct {
  const char *id;
  const char *label;   /* NC_("task status", …) */
} statuses[] = {
  { "not_started", NC_("task status", "Not started") },
  { "under_way", NC_("task status", "Under way") },
  { "done", NC_("task status", "Done") },
  { "overdue", NC_("task status", "Overdue") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (statuses) == ZJTX_N_TASK_STATUSES);

const char *
zjtx_task_status_to_id (ZjtxTaskStatus status)
{
  g_return_val_if_fail (status < ZJTX_N_TASK_STATUSES, NULL);
  return statuses[status].id;
}

gboolean
zjtx_task_status_from_id (const char     *id,
                          ZjtxTaskStatus *status)
{
  for (guint i = 0; id != NULL && i < ZJTX_N_TASK_STATUSES; i++)
    if (g_str_equal (statuses[i].id, id))
      {
        *status = i;
        return TRUE;
      }
  return FALSE;
}

const char *
zjtx_task_status_get_label (ZjtxTaskStatus status)
{
  g_return_val_if_fail (status < ZJTX_N_TASK_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "task status", statuses[status].label);
}

gboolean
zjtx_task_status_is_stored (const char *id)
{
  ZjtxTaskStatus status;

  return zjtx_task_status_from_id (id, &status) && status != ZJTX_TASK_OVERDUE;
}

static gboolean
zjtx_action_task_validate (ZjtxRecord  *record,
                           GError     **error)
{
  ZjtxActionTask *self = ZJTX_ACTION_TASK (record);
  g_auto(GStrv) units = NULL;

  if (!zjtx_record_check_required (record, "clause", error))
    return FALSE;
  if (zjtx_clause_get_name (self->clause) == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) zjtx_clauses_list ());

      /* Translators: the second %s lists the clauses, "三（一）, 三（二）, …" */
      return zjtx_record_invalid (record, error, "clause", _("“%s” is not one of the policy’s actions or measures (%s)"),
                                  self->clause, known);
    }
  if (!zjtx_record_check_required (record, "title", error) ||
      !zjtx_record_check_required (record, "responsible-units", error))
    return FALSE;

  /* A name the seed does not know is most likely mistyped: it would make
   * a unit of its own in the per-unit view. */
  units = g_strsplit (self->responsible_units, "、", -1);
  for (guint i = 0; units[i] != NULL; i++)
    if (zjtx_unit_get_position (units[i]) < 0)
      /* Translators: a responsible unit not among those the policy and its task force name */
      return zjtx_record_invalid (record, error, "responsible-units", _("“%s” is not a unit the policy names"),
                                  units[i]);

  if (!zjtx_record_check_date (record, "due-date", FALSE, error))
    return FALSE;

  if (!zjtx_task_status_is_stored (self->status))
    /* Translators: the stored statuses of a task; “overdue” is never stored, it follows from the due date */
    return zjtx_record_invalid (record, error, "status", _("must be not_started, under_way or done, not “%s”"),
                                self->status);

  if (self->owner_unit[0] != '\0' && !zjtx_action_task_has_unit (self, self->owner_unit))
    return zjtx_record_invalid (record, error, "owner-unit", _("“%s” is not one of the responsible units"),
                                self->owner_unit);
  return TRUE;
}

static void
zjtx_action_task_class_init (ZjtxActionTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_action_task_finalize;
  object_class->get_property = zjtx_action_task_get_property;
  object_class->set_property = zjtx_action_task_set_property;

  record_class->table = "action_task";
  record_class->validate = zjtx_action_task_validate;

  properties[PROP_CLAUSE] =
    g_param_spec_string ("clause", N_("Clause"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", N_("Task"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESPONSIBLE_UNITS] =
    g_param_spec_string ("responsible-units", N_("Responsible units"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RESPONSIBLE_UNITS_TEXT] =
    g_param_spec_string ("responsible-units-text", N_("Responsible units as the policy writes them"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OWNER_UNIT] =
    g_param_spec_string ("owner-unit", N_("Lead unit"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DUE_DATE] =
    g_param_spec_string ("due-date", N_("Due date"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", N_("Status"), NULL,
                         "not_started",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POSITION] =
    g_param_spec_int ("position", N_("Sort order"), NULL,
                      G_MININT, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_action_task_init (ZjtxActionTask *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->clause = g_strdup ("");
  self->title = g_strdup ("");
  self->responsible_units = g_strdup ("");
  self->responsible_units_text = g_strdup ("");
  self->owner_unit = g_strdup ("");
  self->status = g_strdup ("not_started");
  self->notes = g_strdup ("");
}

ZjtxActionTask *
zjtx_action_task_new (void)
{
  return g_object_new (ZJTX_TYPE_ACTION_TASK, NULL);
}

const char *
zjtx_action_task_get_clause (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->clause;
}

void
zjtx_action_task_set_clause (ZjtxActionTask *self,
                             const char     *clause)
{
  g_autofree char *normalised = NULL;

  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  normalised = zjtx_clause_normalise (clause ? clause : "");
  if (zjtx_record_replace_string (&self->clause, normalised))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CLAUSE]);
}

const char *
zjtx_action_task_get_title (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->title;
}

void
zjtx_action_task_set_title (ZjtxActionTask *self,
                            const char     *title)
{
  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  if (title == NULL)
    title = "";
  if (zjtx_record_replace_string (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
zjtx_action_task_get_responsible_units (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->responsible_units;
}

void
zjtx_action_task_set_responsible_units (ZjtxActionTask *self,
                                        const char     *responsible_units)
{
  g_auto(GStrv) split = NULL;
  g_autofree char *joined = NULL;

  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  split = zjtx_units_split (responsible_units);
  joined = g_strjoinv ("、", split);
  if (zjtx_record_replace_string (&self->responsible_units, joined))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_UNITS]);
}

const char *
zjtx_action_task_get_responsible_units_text (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->responsible_units_text;
}

void
zjtx_action_task_set_responsible_units_text (ZjtxActionTask *self,
                                             const char     *responsible_units_text)
{
  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  if (responsible_units_text == NULL)
    responsible_units_text = "";
  if (zjtx_record_replace_string (&self->responsible_units_text, responsible_units_text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSIBLE_UNITS_TEXT]);
}

const char *
zjtx_action_task_get_owner_unit (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->owner_unit;
}

void
zjtx_action_task_set_owner_unit (ZjtxActionTask *self,
                                 const char     *owner_unit)
{
  g_autofree char *normalised = NULL;

  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  normalised = zjtx_unit_normalise (owner_unit ? owner_unit : "");
  if (zjtx_record_replace_string (&self->owner_unit, normalised))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_UNIT]);
}

const char *
zjtx_action_task_get_due_date (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->due_date;
}

void
zjtx_action_task_set_due_date (ZjtxActionTask *self,
                               const char     *due_date)
{
  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  if (due_date != NULL && due_date[0] == '\0')
    due_date = NULL;
  if (zjtx_record_replace_string (&self->due_date, due_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE_DATE]);
}

const char *
zjtx_action_task_get_status (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->status;
}

void
zjtx_action_task_set_status (ZjtxActionTask *self,
                             const char     *status)
{
  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  if (status == NULL)
    status = "";
  if (zjtx_record_replace_string (&self->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

int
zjtx_action_task_get_position (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), 0);

  return self->position;
}

void
zjtx_action_task_set_position (ZjtxActionTask *self,
                               int            position)
{
  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
}

const char *
zjtx_action_task_get_notes (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), NULL);

  return self->notes;
}

void
zjtx_action_task_set_notes (ZjtxActionTask *self,
                            const char     *notes)
{
  g_return_if_fail (ZJTX_IS_ACTION_TASK (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
zjtx_action_task_is_from_policy (ZjtxActionTask *self)
{
  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), FALSE);

  return self->responsible_units_text[0] != '\0';
}

gboolean
zjtx_action_task_has_unit (ZjtxActionTask *self,
                           const char     *unit)
{
  g_auto(GStrv) units = NULL;
  g_autofree char *normalised = NULL;

  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);

  normalised = zjtx_unit_normalise (unit);
  units = g_strsplit (self->responsible_units, "、", -1);
  return g_strv_contains ((const char * const *) units, normalised);
}

ZjtxTaskStatus
zjtx_action_task_get_status_on (ZjtxActionTask *self,
                                ZjtxDate        day)
{
  ZjtxTaskStatus status = ZJTX_TASK_NOT_STARTED;
  ZjtxDate due;

  g_return_val_if_fail (ZJTX_IS_ACTION_TASK (self), ZJTX_TASK_NOT_STARTED);

  zjtx_task_status_from_id (self->status, &status);
  /* The due date itself is still in time; the day after is late. */
  if (status != ZJTX_TASK_DONE && self->due_date != NULL &&
      zjtx_date_parse (self->due_date, &due, NULL) && day > due)
    return ZJTX_TASK_OVERDUE;
  return status;
}
