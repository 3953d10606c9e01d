/* zjtx-record.h: the base class of everything the store keeps
 *
 * A record is a GObject whose read-write properties are the columns of one
 * table (property "park-entry-date" ↔ column park_entry_date), so that the
 * store saves, loads and audits every class the same way (as gom does).
 *
 * Mapping of property types to SQLite:
 *   gchararray  ↔ TEXT      (NULL ↔ NULL; dates are ISO "YYYY-MM-DD" strings)
 *   gboolean    ↔ INTEGER 0/1
 *   gint        ↔ INTEGER
 *   gint64      ↔ INTEGER   (money in fen, rates in ppm, counts);
 *                 a property whose name ends in "-id" is a reference: 0 ↔ NULL;
 *                 any other gint64 holds ZJTX_RECORD_NULL ↔ NULL ("not known").
 * Each property's nick is its label for people, marked with N_() and
 * translated where shown (error messages, column headers).
 */
#pragma once

#include <glib-object.h>

#include "core/zjtx-date.h"

G_BEGIN_DECLS

#define ZJTX_RECORD_NULL G_MININT64

#define ZJTX_RECORD_ERROR (zjtx_record_error_quark ())

typedef enum {
  ZJTX_RECORD_ERROR_INVALID,   /* message: "<label>: <problem>" */
} ZjtxRecordError;

GQuark zjtx_record_error_quark (void);

#define ZJTX_TYPE_RECORD (zjtx_record_get_type ())
G_DECLARE_DERIVABLE_TYPE (ZjtxRecord, zjtx_record, ZJTX, RECORD, GObject)

struct _ZjtxRecordClass
{
  GObjectClass parent_class;

  /* The SQL table; set in class_init. */
  const char *table;

  /* Checks the record's own fields (not references: the database does).
   * On error, the message starts with the field's label and the error's
   * "field" is set with zjtx_record_set_error_field (). */
  gboolean (*validate) (ZjtxRecord  *self,
                        GError     **error);

  /* Checks that need today's date (a date that must not be in the future),
   * run after validate. @today comes from the store (zjtx_store_set_today ()),
   * so that one clock decides and tests can set it. NULL: none. */
  gboolean (*validate_dates) (ZjtxRecord  *self,
                              ZjtxDate     today,
                              GError     **error);

  /*< private >*/
  gpointer padding[7];
};

gint64        zjtx_record_get_id           (ZjtxRecord  *self);
void          zjtx_record_set_id           (ZjtxRecord  *self,
                                            gint64       id);
const char   *zjtx_record_get_table        (ZjtxRecord  *self);
/* validate, then validate_dates against today's local date. */
gboolean      zjtx_record_validate         (ZjtxRecord  *self,
                                            GError     **error);
/* validate, then validate_dates against @today. */
gboolean      zjtx_record_validate_on      (ZjtxRecord  *self,
                                            ZjtxDate     today,
                                            GError     **error);

/* The persisted properties of @klass, "id" first (the others in no set order). */
GParamSpec  **zjtx_record_class_list_columns (ZjtxRecordClass *klass,
                                              guint           *n_columns);
/* "park-entry-date" → "park_entry_date" (a newly allocated string). */
char         *zjtx_record_column_name      (GParamSpec  *pspec);

/* For validate implementations: sets @error to "<label of property>: <message>"
 * and remembers the property name, which zjtx_record_get_error_field () returns
 * afterwards (an editor marks that field). */
gboolean      zjtx_record_invalid          (ZjtxRecord  *self,
                                            GError     **error,
                                            const char  *property,
                                            const char  *format,
                                            ...) G_GNUC_PRINTF (4, 5);
const char   *zjtx_record_get_error_field  (ZjtxRecord  *self);

/* For setters: replaces the string in *@field by a copy of @value (which may
 * point into *@field) and says whether it changed, so that the setter
 * notifies only on a change. */
gboolean      zjtx_record_replace_string   (char       **field,
                                            const char  *value);

/* Shared checks for validate implementations. Each returns TRUE if the value
 * is acceptable, else calls zjtx_record_invalid (). */
gboolean      zjtx_record_check_required   (ZjtxRecord *self, const char *property, GError **error);
gboolean      zjtx_record_check_date       (ZjtxRecord *self, const char *property, gboolean required, GError **error);
gboolean      zjtx_record_check_range      (ZjtxRecord *self, const char *property, gint64 min, gint64 max,
                                            gboolean required, GError **error);
/* The date in @property (a valid ISO date, or empty) is not after @today. */
gboolean      zjtx_record_check_not_future (ZjtxRecord *self, const char *property, ZjtxDate today,
                                            GError **error);

G_END_DECLS
