/* zjtx-record.c: the base class of everything the store keeps */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-date.h"
#include "zjtx-record.h"

G_DEFINE_QUARK (zjtx-record-error-quark, zjtx_record_error)

typedef struct {
  gint64  id;
  char   *error_field;
} ZjtxRecordPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (ZjtxRecord, zjtx_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_record_finalize (GObject *object)
{
  ZjtxRecordPrivate *priv = zjtx_record_get_instance_private (ZJTX_RECORD (object));

  g_free (priv->error_field);
  G_OBJECT_CLASS (zjtx_record_parent_class)->finalize (object);
}

static void
zjtx_record_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ZjtxRecord *self = ZJTX_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, zjtx_record_get_id (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_record_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ZjtxRecord *self = ZJTX_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID:
      zjtx_record_set_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_record_real_validate (ZjtxRecord  *self,
                           GError     **error)
{
  return TRUE;
}

static void
zjtx_record_class_init (ZjtxRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zjtx_record_finalize;
  object_class->get_property = zjtx_record_get_property;
  object_class->set_property = zjtx_record_set_property;
  klass->validate = zjtx_record_real_validate;

  /* 0 until the store has saved the record. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_record_init (ZjtxRecord *self)
{
}

gint64
zjtx_record_get_id (ZjtxRecord *self)
{
  ZjtxRecordPrivate *priv = zjtx_record_get_instance_private (self);

  g_return_val_if_fail (ZJTX_IS_RECORD (self), 0);
  return priv->id;
}

void
zjtx_record_set_id (ZjtxRecord *self,
                    gint64      id)
{
  ZjtxRecordPrivate *priv = zjtx_record_get_instance_private (self);

  g_return_if_fail (ZJTX_IS_RECORD (self));
  if (priv->id != id)
    {
      priv->id = id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
    }
}

const char *
zjtx_record_get_table (ZjtxRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_RECORD (self), NULL);
  return ZJTX_RECORD_GET_CLASS (self)->table;
}

gboolean
zjtx_record_validate (ZjtxRecord  *self,
                      GError     **error)
{
  g_return_val_if_fail (ZJTX_IS_RECORD (self), FALSE);
  return zjtx_record_validate_on (self, zjtx_date_today (), error);
}

gboolean
zjtx_record_validate_on (ZjtxRecord  *self,
                         ZjtxDate     today,
                         GError     **error)
{
  ZjtxRecordPrivate *priv = zjtx_record_get_instance_private (self);
  ZjtxRecordClass *klass;

  g_return_val_if_fail (ZJTX_IS_RECORD (self), FALSE);
  g_return_val_if_fail (today != ZJTX_DATE_NONE, FALSE);

  klass = ZJTX_RECORD_GET_CLASS (self);
  g_clear_pointer (&priv->error_field, g_free);
  return klass->validate (self, error) &&
         (klass->validate_dates == NULL || klass->validate_dates (self, today, error));
}

GParamSpec **
zjtx_record_class_list_columns (ZjtxRecordClass *klass,
                                guint           *n_columns)
{
  guint n = 0;
  g_autofree GParamSpec **all = g_object_class_list_properties (G_OBJECT_CLASS (klass), &n);
  GPtrArray *columns = g_ptr_array_new ();

  /* "id" first, then every read-write property of a column type. */
  g_ptr_array_add (columns, properties[PROP_ID]);
  for (guint i = 0; i < n; i++)
    {
      GParamSpec *pspec = all[i];
      GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

      if (pspec == properties[PROP_ID] || (pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      if (type != G_TYPE_STRING && type != G_TYPE_BOOLEAN && type != G_TYPE_INT && type != G_TYPE_INT64)
        continue;
      g_ptr_array_add (columns, pspec);
    }

  *n_columns = columns->len;
  g_ptr_array_add (columns, NULL);
  return (GParamSpec **) g_ptr_array_free (columns, FALSE);
}

char *
zjtx_record_column_name (GParamSpec *pspec)
{
  return g_strdelimit (g_strdup (pspec->name), "-", '_');
}

static const char *
label_of (ZjtxRecord  *self,
          const char  *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  const char *nick;

  g_return_val_if_fail (pspec != NULL, property);
  nick = g_param_spec_get_nick (pspec);
  return nick && g_strcmp0 (nick, property) != 0 ? g_dgettext (GETTEXT_PACKAGE, nick) : property;
}

gboolean
zjtx_record_invalid (ZjtxRecord  *self,
                     GError     **error,
                     const char  *property,
                     const char  *format,
                     ...)
{
  ZjtxRecordPrivate *priv = zjtx_record_get_instance_private (self);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_free (priv->error_field);
  priv->error_field = g_strdup (property);
  /* Translators: a field's label and what is wrong with it, e.g. "USCC: must be filled in" */
  g_set_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID, _("%s: %s"), label_of (self, property), message);
  return FALSE;
}

const char *
zjtx_record_get_error_field (ZjtxRecord *self)
{
  ZjtxRecordPrivate *priv = zjtx_record_get_instance_private (self);
  return priv->error_field;
}

gboolean
zjtx_record_check_required (ZjtxRecord  *self,
                            const char  *property,
                            GError     **error)
{
  g_autofree char *value = NULL;

  g_object_get (self, property, &value, NULL);
  /* Blank also when only full-width spaces (U+3000), which Chinese input leaves. */
  for (const char *p = value; p && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000)
      return TRUE;
  return zjtx_record_invalid (self, error, property, "%s", _("must be filled in"));
}

gboolean
zjtx_record_check_date (ZjtxRecord  *self,
                        const char  *property,
                        gboolean     required,
                        GError     **error)
{
  g_autofree char *value = NULL;
  g_autoptr(GError) local_error = NULL;
  ZjtxDate date;

  g_object_get (self, property, &value, NULL);
  if (value == NULL || value[0] == '\0')
    return required ? zjtx_record_invalid (self, error, property, "%s", _("must be filled in")) : TRUE;
  if (!zjtx_date_parse (value, &date, &local_error))
    return zjtx_record_invalid (self, error, property, "%s", local_error->message);
  return TRUE;
}

gboolean
zjtx_record_check_range (ZjtxRecord  *self,
                         const char  *property,
                         gint64       min,
                         gint64       max,
                         gboolean     required,
                         GError     **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  gint64 value;

  g_return_val_if_fail (pspec != NULL, FALSE);
  if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT)
    {
      int v;
      g_object_get (self, property, &v, NULL);
      value = v;
    }
  else
    g_object_get (self, property, &value, NULL);

  if (value == ZJTX_RECORD_NULL)
    return required ? zjtx_record_invalid (self, error, property, "%s", _("must be filled in")) : TRUE;
  if (value < min || value > max)
    {
      g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, max);
      return zjtx_record_invalid (self, error, property, _("must be between %s and %s"), lo, hi);
    }
  return TRUE;
}

gboolean
zjtx_record_check_not_future (ZjtxRecord  *self,
                              const char  *property,
                              ZjtxDate     today,
                              GError     **error)
{
  g_autofree char *value = NULL;
  g_autofree char *today_text = NULL;
  ZjtxDate date;

  g_object_get (self, property, &value, NULL);
  if (value == NULL || !zjtx_date_parse (value, &date, NULL) || date <= today)
    return TRUE;
  today_text = zjtx_date_format_iso (today);
  /* Translators: a date that must already have happened; the second %s is today's date */
  return zjtx_record_invalid (self, error, property, _("%s is in the future (today is %s)"), value, today_text);
}

gboolean
zjtx_record_replace_string (char       **field,
                            const char  *value)
{
  char *copy;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  /* Copied before freeing, in case value points into *field. */
  copy = g_strdup (value);
  g_free (*field);
  *field = copy;
  return TRUE;
}
