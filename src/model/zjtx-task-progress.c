/* zjtx-task-progress.c: a dated progress note on an action task */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-date.h"
#include "zjtx-action-task.h"
#include "zjtx-task-progress.h"

struct _ZjtxTaskProgress
{
  ZjtxRecord  parent_instance;

  gint64      task_id;
  char       *date;
  char       *note;
  char       *unit;
  char       *status;
};

G_DEFINE_FINAL_TYPE (ZjtxTaskProgress, zjtx_task_progress, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_TASK_ID,
  PROP_DATE,
  PROP_NOTE,
  PROP_UNIT,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_task_progress_finalize (GObject *object)
{
  ZjtxTaskProgress *self = (ZjtxTaskProgress *) object;

  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->status, g_free);

  G_OBJECT_CLASS (zjtx_task_progress_parent_class)->finalize (object);
}

static void
zjtx_task_progress_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZjtxTaskProgress *self = ZJTX_TASK_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_TASK_ID:
      g_value_set_int64 (value, self->task_id);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_task_progress_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZjtxTaskProgress *self = ZJTX_TASK_PROGRESS (object);

  switch (prop_id)
    {
    case PROP_TASK_ID:
      zjtx_task_progress_set_task_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      zjtx_task_progress_set_date (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      zjtx_task_progress_set_note (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      zjtx_task_progress_set_unit (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      zjtx_task_progress_set_status (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_task_progress_validate (ZjtxRecord  *record,
                             GError     **error)
{
  ZjtxTaskProgress *self = ZJTX_TASK_PROGRESS (record);

  if (self->task_id == 0)
    return zjtx_record_invalid (record, error, "task-id", "%s", _("must be chosen"));
  if (!zjtx_record_check_date (record, "date", TRUE, error) ||
      !zjtx_record_check_required (record, "note", error))
    return FALSE;
  if (self->status != NULL && !zjtx_task_status_is_stored (self->status))
    return zjtx_record_invalid (record, error, "status", _("must be not_started, under_way or done, not “%s”"),
                                self->status);
  return TRUE;
}

/* Progress is reported once it happened. */
static gboolean
zjtx_task_progress_validate_dates (ZjtxRecord  *record,
                                   ZjtxDate     today,
                                   GError     **error)
{
  return zjtx_record_check_not_future (record, "date", today, error);
}

static void
zjtx_task_progress_class_init (ZjtxTaskProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_task_progress_finalize;
  object_class->get_property = zjtx_task_progress_get_property;
  object_class->set_property = zjtx_task_progress_set_property;

  record_class->table = "task_progress";
  record_class->validate = zjtx_task_progress_validate;
  record_class->validate_dates = zjtx_task_progress_validate_dates;

  properties[PROP_TASK_ID] =
    g_param_spec_int64 ("task-id", N_("Task"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Date"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", N_("Progress"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", N_("Reported by"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS] =
    g_param_spec_string ("status", N_("Status set"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_task_progress_init (ZjtxTaskProgress *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->date = g_strdup ("");
  self->note = g_strdup ("");
  self->unit = g_strdup ("");
}

ZjtxTaskProgress *
zjtx_task_progress_new (void)
{
  return g_object_new (ZJTX_TYPE_TASK_PROGRESS, NULL);
}

gint64
zjtx_task_progress_get_task_id (ZjtxTaskProgress *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (self), 0);

  return self->task_id;
}

void
zjtx_task_progress_set_task_id (ZjtxTaskProgress *self,
                                gint64           task_id)
{
  g_return_if_fail (ZJTX_IS_TASK_PROGRESS (self));
  g_return_if_fail (task_id >= 0);

  if (self->task_id != task_id)
    {
      self->task_id = task_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TASK_ID]);
    }
}

const char *
zjtx_task_progress_get_date (ZjtxTaskProgress *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (self), NULL);

  return self->date;
}

void
zjtx_task_progress_set_date (ZjtxTaskProgress *self,
                             const char       *date)
{
  g_return_if_fail (ZJTX_IS_TASK_PROGRESS (self));

  if (date == NULL)
    date = "";
  if (zjtx_record_replace_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
zjtx_task_progress_get_note (ZjtxTaskProgress *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (self), NULL);

  return self->note;
}

void
zjtx_task_progress_set_note (ZjtxTaskProgress *self,
                             const char       *note)
{
  g_return_if_fail (ZJTX_IS_TASK_PROGRESS (self));

  if (note == NULL)
    note = "";
  if (zjtx_record_replace_string (&self->note, note))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
}

const char *
zjtx_task_progress_get_unit (ZjtxTaskProgress *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (self), NULL);

  return self->unit;
}

void
zjtx_task_progress_set_unit (ZjtxTaskProgress *self,
                             const char       *unit)
{
  g_return_if_fail (ZJTX_IS_TASK_PROGRESS (self));

  if (unit == NULL)
    unit = "";
  if (zjtx_record_replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
zjtx_task_progress_get_status (ZjtxTaskProgress *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (self), NULL);

  return self->status;
}

void
zjtx_task_progress_set_status (ZjtxTaskProgress *self,
                               const char       *status)
{
  g_return_if_fail (ZJTX_IS_TASK_PROGRESS (self));

  if (status != NULL && status[0] == '\0')
    status = NULL;
  if (zjtx_record_replace_string (&self->status, status))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
