/* zjtx-notice-entry.c: one award notice and its document number */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-notice-entry.h"

struct _ZjtxNoticeEntry
{
  ZjtxRecord  parent_instance;

  gint64 award_id;
  gint64 year;
  gint64 number;
  char *doc_number;
  char *issued_on;
  char *issued_by;
  char *cancelled_on;
  char *cancelled_by;
  char *cancel_reason;
};

G_DEFINE_FINAL_TYPE (ZjtxNoticeEntry, zjtx_notice_entry, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_AWARD_ID,
  PROP_YEAR,
  PROP_NUMBER,
  PROP_DOC_NUMBER,
  PROP_ISSUED_ON,
  PROP_ISSUED_BY,
  PROP_CANCELLED_ON,
  PROP_CANCELLED_BY,
  PROP_CANCEL_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_notice_entry_finalize (GObject *object)
{
  ZjtxNoticeEntry *self = (ZjtxNoticeEntry *) object;

  g_clear_pointer (&self->doc_number, g_free);
  g_clear_pointer (&self->issued_on, g_free);
  g_clear_pointer (&self->issued_by, g_free);
  g_clear_pointer (&self->cancelled_on, g_free);
  g_clear_pointer (&self->cancelled_by, g_free);
  g_clear_pointer (&self->cancel_reason, g_free);

  G_OBJECT_CLASS (zjtx_notice_entry_parent_class)->finalize (object);
}

static void
zjtx_notice_entry_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  ZjtxNoticeEntry *self = ZJTX_NOTICE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AWARD_ID:
      g_value_set_int64 (value, self->award_id);
      break;

    case PROP_YEAR:
      g_value_set_int64 (value, self->year);
      break;

    case PROP_NUMBER:
      g_value_set_int64 (value, self->number);
      break;

    case PROP_DOC_NUMBER:
      g_value_set_string (value, self->doc_number);
      break;

    case PROP_ISSUED_ON:
      g_value_set_string (value, self->issued_on);
      break;

    case PROP_ISSUED_BY:
      g_value_set_string (value, self->issued_by);
      break;

    case PROP_CANCELLED_ON:
      g_value_set_string (value, self->cancelled_on);
      break;

    case PROP_CANCELLED_BY:
      g_value_set_string (value, self->cancelled_by);
      break;

    case PROP_CANCEL_REASON:
      g_value_set_string (value, self->cancel_reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_notice_entry_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  ZjtxNoticeEntry *self = ZJTX_NOTICE_ENTRY (object);

  switch (prop_id)
    {
    case PROP_AWARD_ID:
      zjtx_notice_entry_set_award_id (self, g_value_get_int64 (value));
      break;

    case PROP_YEAR:
      zjtx_notice_entry_set_year (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      zjtx_notice_entry_set_number (self, g_value_get_int64 (value));
      break;

    case PROP_DOC_NUMBER:
      zjtx_notice_entry_set_doc_number (self, g_value_get_string (value));
      break;

    case PROP_ISSUED_ON:
      zjtx_notice_entry_set_issued_on (self, g_value_get_string (value));
      break;

    case PROP_ISSUED_BY:
      zjtx_notice_entry_set_issued_by (self, g_value_get_string (value));
      break;

    case PROP_CANCELLED_ON:
      zjtx_notice_entry_set_cancelled_on (self, g_value_get_string (value));
      break;

    case PROP_CANCELLED_BY:
      zjtx_notice_entry_set_cancelled_by (self, g_value_get_string (value));
      break;

    case PROP_CANCEL_REASON:
      zjtx_notice_entry_set_cancel_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
zjtx_notice_entry_validate (ZjtxRecord  *record,
                            GError     **error)
{
  ZjtxNoticeEntry *self = ZJTX_NOTICE_ENTRY (record);

  if (self->award_id == 0)
    return zjtx_record_invalid (record, error, "award-id", "%s", _("must be chosen"));
  if (!zjtx_record_check_range (record, "year", 1000, 9999, TRUE, error) ||
      !zjtx_record_check_range (record, "number", 1, G_MAXINT32, TRUE, error) ||
      !zjtx_record_check_required (record, "doc-number", error) ||
      !zjtx_record_check_date (record, "issued-on", TRUE, error) ||
      !zjtx_record_check_required (record, "issued-by", error) ||
      !zjtx_record_check_date (record, "cancelled-on", FALSE, error))
    return FALSE;
  if ((self->cancelled_on == NULL) != (self->cancel_reason == NULL))
    return zjtx_record_invalid (record, error, "cancel-reason", "%s",
                                _("is given with the date of cancelling, and only then"));
  return TRUE;
}


static void
zjtx_notice_entry_class_init (ZjtxNoticeEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_notice_entry_finalize;
  object_class->get_property = zjtx_notice_entry_get_property;
  object_class->set_property = zjtx_notice_entry_set_property;

  record_class->table = "notice";
  record_class->validate = zjtx_notice_entry_validate;

  properties[PROP_AWARD_ID] =
    g_param_spec_int64 ("award-id", N_("Award"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_YEAR] =
    g_param_spec_int64 ("year", N_("Year"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NUMBER] =
    g_param_spec_int64 ("number", N_("Number"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DOC_NUMBER] =
    g_param_spec_string ("doc-number", N_("Document number"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ISSUED_ON] =
    g_param_spec_string ("issued-on", N_("Issued on"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ISSUED_BY] =
    g_param_spec_string ("issued-by", N_("Issued by"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CANCELLED_ON] =
    g_param_spec_string ("cancelled-on", N_("Cancelled on"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CANCELLED_BY] =
    g_param_spec_string ("cancelled-by", N_("Cancelled by"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CANCEL_REASON] =
    g_param_spec_string ("cancel-reason", N_("Reason for cancelling"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_notice_entry_init (ZjtxNoticeEntry *self)
{
  /* The columns' defaults. */
  self->year = ZJTX_RECORD_NULL;
  self->number = ZJTX_RECORD_NULL;
  self->doc_number = g_strdup ("");
  self->issued_on = g_strdup ("");
  self->issued_by = g_strdup ("");
}

ZjtxNoticeEntry *
zjtx_notice_entry_new (void)
{
  return g_object_new (ZJTX_TYPE_NOTICE_ENTRY, NULL);
}

gint64
zjtx_notice_entry_get_award_id (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), 0);

  return self->award_id;
}

void
zjtx_notice_entry_set_award_id (ZjtxNoticeEntry *self,
                                gint64 award_id)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));
  g_return_if_fail (award_id >= 0);

  if (self->award_id != award_id)
    {
      self->award_id = award_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AWARD_ID]);
    }
}

gint64
zjtx_notice_entry_get_year (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), ZJTX_RECORD_NULL);

  return self->year;
}

void
zjtx_notice_entry_set_year (ZjtxNoticeEntry *self,
                            gint64 year)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (self->year != year)
    {
      self->year = year;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_YEAR]);
    }
}

gint64
zjtx_notice_entry_get_number (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), ZJTX_RECORD_NULL);

  return self->number;
}

void
zjtx_notice_entry_set_number (ZjtxNoticeEntry *self,
                              gint64 number)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (self->number != number)
    {
      self->number = number;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
    }
}

const char *
zjtx_notice_entry_get_doc_number (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), NULL);

  return self->doc_number;
}

void
zjtx_notice_entry_set_doc_number (ZjtxNoticeEntry *self,
                                  const char *doc_number)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (doc_number == NULL)
    doc_number = "";
  if (zjtx_record_replace_string (&self->doc_number, doc_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOC_NUMBER]);
}

const char *
zjtx_notice_entry_get_issued_on (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), NULL);

  return self->issued_on;
}

void
zjtx_notice_entry_set_issued_on (ZjtxNoticeEntry *self,
                                 const char *issued_on)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (issued_on == NULL)
    issued_on = "";
  if (zjtx_record_replace_string (&self->issued_on, issued_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUED_ON]);
}

const char *
zjtx_notice_entry_get_issued_by (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), NULL);

  return self->issued_by;
}

void
zjtx_notice_entry_set_issued_by (ZjtxNoticeEntry *self,
                                 const char *issued_by)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (issued_by == NULL)
    issued_by = "";
  if (zjtx_record_replace_string (&self->issued_by, issued_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUED_BY]);
}

const char *
zjtx_notice_entry_get_cancelled_on (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), NULL);

  return self->cancelled_on;
}

void
zjtx_notice_entry_set_cancelled_on (ZjtxNoticeEntry *self,
                                    const char *cancelled_on)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (cancelled_on != NULL && cancelled_on[0] == '\0')
    cancelled_on = NULL;
  if (zjtx_record_replace_string (&self->cancelled_on, cancelled_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED_ON]);
}

const char *
zjtx_notice_entry_get_cancelled_by (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), NULL);

  return self->cancelled_by;
}

void
zjtx_notice_entry_set_cancelled_by (ZjtxNoticeEntry *self,
                                    const char *cancelled_by)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (cancelled_by != NULL && cancelled_by[0] == '\0')
    cancelled_by = NULL;
  if (zjtx_record_replace_string (&self->cancelled_by, cancelled_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCELLED_BY]);
}

const char *
zjtx_notice_entry_get_cancel_reason (ZjtxNoticeEntry *self)
{
  g_return_val_if_fail (ZJTX_IS_NOTICE_ENTRY (self), NULL);

  return self->cancel_reason;
}

void
zjtx_notice_entry_set_cancel_reason (ZjtxNoticeEntry *self,
                                     const char *cancel_reason)
{
  g_return_if_fail (ZJTX_IS_NOTICE_ENTRY (self));

  if (cancel_reason != NULL && cancel_reason[0] == '\0')
    cancel_reason = NULL;
  if (zjtx_record_replace_string (&self->cancel_reason, cancel_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CANCEL_REASON]);
}
