/* test-records.c: the record classes of src/model against their tables
 *
 * The schema is read from the real src/model/zjtx-schema-1.sql through an
 * in-memory SQLite database, so that a column added to the schema and not to
 * its class (or the other way round) fails here. Each class's read-write
 * properties must be its table's columns with the same types and defaults;
 * setters notify once per change; validation names the field at fault.
 */
#include <sqlite3.h>
#include <string.h>

#include "core/zjtx-money.h"
#include "core/zjtx-uscc.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-housing-loan.h"
#include "model/zjtx-institution.h"
#include "model/zjtx-monitoring-record.h"
#include "model/zjtx-park.h"
#include "model/zjtx-person.h"
#include "model/zjtx-policy-action.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-rent.h"
#include "model/zjtx-service-claim.h"
#include "model/zjtx-task-force-member.h"
#include "model/zjtx-township.h"

#define GOOD_USCC "91310110666007217T"
#define BAD_USCC  "91310110666007217A"

typedef struct {
  const char *table;
  GType     (*get_type) (void);
} RecordClass;

static const RecordClass record_classes[] = {
  { "township", zjtx_township_get_type },
  { "person", zjtx_person_get_type },
  { "park", zjtx_park_get_type },
  { "enterprise", zjtx_enterprise_get_type },
  { "recognition", zjtx_recognition_get_type },
  { "monitoring_record", zjtx_monitoring_record_get_type },
  { "housing_loan", zjtx_housing_loan_get_type },
  { "rent", zjtx_rent_get_type },
  { "institution", zjtx_institution_get_type },
  { "service_claim", zjtx_service_claim_get_type },
  { "task_force_member", zjtx_task_force_member_get_type },
  { "policy_action", zjtx_policy_action_get_type },
};

/* The tables that ZjtxStore keeps without a record class. */
static const char * const store_tables[] = { "policy", "award", "audit", NULL };

/* ------------------------------------------------------------------ */
/* the schema                                                          */

typedef struct {
  char     *name;
  char     *type;      /* "TEXT", "INTEGER" */
  gboolean  not_null;
  char     *dflt;      /* the default's SQL text ("''", "'auto'", "0"), or NULL */
  gboolean  pk;
} Column;

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->name);
  g_free (column->type);
  g_free (column->dflt);
  g_free (column);
}

static sqlite3 *schema_db;

static sqlite3 *
schema (void)
{
  if (schema_db == NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "src", "model", "zjtx-schema-1.sql", NULL);
      g_autofree char *sql = NULL;
      g_autoptr(GError) error = NULL;
      char *message = NULL;

      g_file_get_contents (path, &sql, NULL, &error);
      g_assert_no_error (error);

      g_assert_cmpint (sqlite3_open (":memory:", &schema_db), ==, SQLITE_OK);
      if (sqlite3_exec (schema_db, sql, NULL, NULL, &message) != SQLITE_OK)
        g_error ("%s: %s", path, message);
    }
  return schema_db;
}

/* The columns of @table, in the table's order. */
static GPtrArray *
table_columns (const char *table)
{
  GPtrArray *columns = g_ptr_array_new_with_free_func (column_free);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (schema (),
                                       "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info (?1)",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Column *column = g_new0 (Column, 1);

      column->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      column->type = g_ascii_strup ((const char *) sqlite3_column_text (stmt, 1), -1);
      column->not_null = sqlite3_column_int (stmt, 2) != 0;
      column->dflt = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      column->pk = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (columns, column);
    }
  sqlite3_finalize (stmt);

  g_assert_cmpuint (columns->len, >, 0);
  return columns;
}

/* The value of a literal default: 'it''s' → it's. */
static char *
unquote (const char *sql)
{
  GString *text = g_string_new (NULL);

  g_assert_true (sql[0] == '\'');
  for (const char *p = sql + 1; *p != '\0'; p++)
    {
      if (*p == '\'')
        {
          if (p[1] != '\'')
            {
              g_assert_cmpstr (p + 1, ==, "");
              break;
            }
          p++;
        }
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}

static gboolean
is_reference (GParamSpec *pspec)
{
  return g_str_has_suffix (pspec->name, "-id");
}

/* A record class's columns by column name ("park_entry_date"). */
static GHashTable *
class_columns (GType type)
{
  GTypeClass *klass = g_type_class_ref (type);
  GHashTable *columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n = 0;
  g_autofree GParamSpec **pspecs = zjtx_record_class_list_columns (ZJTX_RECORD_CLASS (klass), &n);

  g_assert_nonnull (pspecs);
  g_assert_null (pspecs[n]);
  g_assert_cmpstr (pspecs[0]->name, ==, "id");
  for (guint i = 0; i < n; i++)
    {
      char *name = zjtx_record_column_name (pspecs[i]);

      g_assert_false (g_hash_table_contains (columns, name));
      g_hash_table_insert (columns, name, pspecs[i]);
    }

  g_type_class_unref (klass);
  return columns;
}

/* ------------------------------------------------------------------ */
/* columns and defaults                                                */

static void
test_tables (void)
{
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GHashTable) expected = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_tables = 0;

  for (guint i = 0; i < G_N_ELEMENTS (record_classes); i++)
    {
      GTypeClass *klass = g_type_class_ref (record_classes[i].get_type ());

      g_assert_true (G_TYPE_CHECK_CLASS_TYPE (klass, ZJTX_TYPE_RECORD));
      g_assert_cmpstr (ZJTX_RECORD_CLASS (klass)->table, ==, record_classes[i].table);
      g_hash_table_add (expected, (gpointer) record_classes[i].table);
      g_type_class_unref (klass);
    }
  for (guint i = 0; store_tables[i] != NULL; i++)
    g_hash_table_add (expected, (gpointer) store_tables[i]);

  /* Every table has a class (or is the store's), and no class lacks its table. */
  g_assert_cmpint (sqlite3_prepare_v2 (schema (),
                                       "SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                                       " AND name NOT LIKE 'enterprise\\_fts%' ESCAPE '\\'",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);

      if (!g_hash_table_contains (expected, table))
        g_error ("table %s has no record class", table);
      n_tables++;
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n_tables, ==, g_hash_table_size (expected));
}

static gboolean
type_matches (Column     *column,
              GParamSpec *pspec)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (strcmp (column->type, "TEXT") == 0)
    return type == G_TYPE_STRING;
  if (strcmp (column->type, "INTEGER") != 0)
    return FALSE;

  /* References are gint64 with 0 for none; the other columns that may be
   * NULL must be gint64 too, since only ZJTX_RECORD_NULL can say so. */
  if (is_reference (pspec) || !column->not_null)
    return type == G_TYPE_INT64;
  /* A boolean is a NOT NULL 0/1 column, false by default. */
  if (type == G_TYPE_BOOLEAN)
    return g_strcmp0 (column->dflt, "0") == 0;
  return type == G_TYPE_INT || type == G_TYPE_INT64;
}

static void
test_columns (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_classes); i++)
    {
      const char *table = record_classes[i].table;
      GType type = record_classes[i].get_type ();
      g_autoptr(GPtrArray) columns = table_columns (table);
      g_autoptr(GHashTable) properties = class_columns (type);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      GObjectClass *klass = g_type_class_ref (type);
      g_autofree GParamSpec **all = NULL;
      guint n_all = 0;
      GHashTableIter iter;
      gpointer key;

      for (guint c = 0; c < columns->len; c++)
        {
          Column *column = g_ptr_array_index (columns, c);
          GParamSpec *pspec = g_hash_table_lookup (properties, column->name);

          if (pspec == NULL)
            g_error ("%s.%s has no property in %s", table, column->name, g_type_name (type));
          if (!type_matches (column, pspec))
            g_error ("%s.%s is %s%s, but its property holds %s", table, column->name, column->type,
                     column->not_null ? " NOT NULL" : "", g_type_name (G_PARAM_SPEC_VALUE_TYPE (pspec)));
          g_assert_cmpint (column->pk, ==, strcmp (column->name, "id") == 0);
          g_hash_table_add (seen, column->name);

          if (c == 0)
            continue;

          /* Read-write, notifying on change only, with a label and no blurb. */
          g_assert_cmpint (pspec->flags & (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY),
                           ==, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY);
          g_assert_cmpint (pspec->flags & G_PARAM_STATIC_STRINGS, ==, G_PARAM_STATIC_STRINGS);
          g_assert_cmpstr (g_param_spec_get_nick (pspec), !=, pspec->name);
          g_assert_null (g_param_spec_get_blurb (pspec));
          g_assert_true (pspec->owner_type == type);
        }

      g_hash_table_iter_init (&iter, properties);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (seen, key))
          g_error ("%s has a property for %s, which %s has not", g_type_name (type), (char *) key, table);

      /* No read-write property of another type, which the store would skip. */
      all = g_object_class_list_properties (klass, &n_all);
      for (guint p = 0; p < n_all; p++)
        {
          g_autofree char *name = zjtx_record_column_name (all[p]);

          if ((all[p]->flags & G_PARAM_READWRITE) == G_PARAM_READWRITE &&
              !g_hash_table_contains (properties, name))
            g_error ("%s:%s is read-write but no column", g_type_name (type), all[p]->name);
        }
      g_type_class_unref (klass);
    }
}

/* What a new record holds for @column, by the schema. */
static void
schema_default (Column     *column,
                GParamSpec *pspec,
                GValue     *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  gint64 number = 0;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    {
      if (column->dflt != NULL)
        g_value_take_string (value, unquote (column->dflt));
      else if (column->not_null)
        g_value_set_string (value, ""); /* NOT NULL without a default: to be filled in */
      /* else NULL */
      return;
    }

  if (column->dflt != NULL)
    number = g_ascii_strtoll (column->dflt, NULL, 10);
  else if (!is_reference (pspec) && type == G_TYPE_INT64)
    number = ZJTX_RECORD_NULL;   /* unknown, or to be filled in if NOT NULL */
  /* else a reference to nothing, or a NOT NULL gint to be filled in: 0 */

  if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, number != 0);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, (int) number);
  else
    g_value_set_int64 (value, number);
}

static void
test_defaults (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_classes); i++)
    {
      const char *table = record_classes[i].table;
      GType type = record_classes[i].get_type ();
      g_autoptr(GPtrArray) columns = table_columns (table);
      g_autoptr(GHashTable) properties = class_columns (type);
      g_autoptr(GObject) record = g_object_new (type, NULL);

      g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (record)), ==, 0);

      for (guint c = 1; c < columns->len; c++)
        {
          Column *column = g_ptr_array_index (columns, c);
          GParamSpec *pspec = g_hash_table_lookup (properties, column->name);
          g_auto(GValue) value = G_VALUE_INIT;
          g_auto(GValue) expected = G_VALUE_INIT;

          g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspec));
          g_object_get_property (record, pspec->name, &value);
          schema_default (column, pspec, &expected);

          /* Both the new record and the pspec's default (what an editor
           * resets to) are the schema's. */
          if (g_param_values_cmp (pspec, &value, &expected) != 0 ||
              g_param_values_cmp (pspec, g_param_spec_get_default_value (pspec), &expected) != 0)
            {
              g_autofree char *got = g_strdup_value_contents (&value);
              g_autofree char *want = g_strdup_value_contents (&expected);
              g_autofree char *spec = g_strdup_value_contents (g_param_spec_get_default_value (pspec));

              g_error ("%s.%s: a new %s holds %s (pspec default %s), the schema says %s",
                       table, column->name, g_type_name (type), got, spec, want);
            }
        }
    }
}

/* ------------------------------------------------------------------ */
/* notification                                                        */

typedef struct {
  GHashTable *counts;   /* property name → number of notifications */
} NotifyLog;

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           NotifyLog  *log)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, pspec->name));

  g_hash_table_insert (log->counts, (gpointer) pspec->name, GUINT_TO_POINTER (count + 1));
}

static guint
notified (NotifyLog  *log,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (log->counts, name));
}

/* Sets @name to @value, a copy each time, so that equal strings at another
 * address count as the same value. */
static void
set_string (GObject    *record,
            const char *name,
            const char *value)
{
  g_autofree char *copy = g_strdup (value);

  g_object_set (record, name, copy, NULL);
}

static void
test_notify (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (record_classes); i++)
    {
      const char *table = record_classes[i].table;
      GType type = record_classes[i].get_type ();
      g_autoptr(GPtrArray) columns = table_columns (table);
      g_autoptr(GHashTable) properties = class_columns (type);
      g_autoptr(GObject) record = g_object_new (type, NULL);
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
      NotifyLog log = { counts };

      g_test_message ("%s", table);
      g_signal_connect (record, "notify", G_CALLBACK (on_notify), &log);

      for (guint c = 0; c < columns->len; c++)
        {
          Column *column = g_ptr_array_index (columns, c);
          GParamSpec *pspec = g_hash_table_lookup (properties, column->name);
          GType value_type = G_PARAM_SPEC_VALUE_TYPE (pspec);
          const char *name = pspec->name;

          g_hash_table_remove_all (counts);

          if (value_type == G_TYPE_STRING)
            {
              g_autofree char *text = NULL;

              set_string (record, name, "永春");
              g_assert_cmpuint (notified (&log, name), ==, 1);
              set_string (record, name, "永春");
              g_assert_cmpuint (notified (&log, name), ==, 1);

              /* "No value" has the one form the column allows, whichever
               * form is given. */
              set_string (record, name, column->not_null ? NULL : "");
              g_assert_cmpuint (notified (&log, name), ==, 2);
              set_string (record, name, column->not_null ? "" : NULL);
              g_assert_cmpuint (notified (&log, name), ==, 2);
              g_object_get (record, name, &text, NULL);
              if (column->not_null)
                g_assert_cmpstr (text, ==, "");
              else
                g_assert_null (text);
            }
          else if (value_type == G_TYPE_BOOLEAN)
            {
              g_object_set (record, name, TRUE, NULL);
              g_object_set (record, name, TRUE, NULL);
              g_assert_cmpuint (notified (&log, name), ==, 1);
              g_object_set (record, name, FALSE, NULL);
              g_object_set (record, name, FALSE, NULL);
              g_assert_cmpuint (notified (&log, name), ==, 2);
            }
          else if (value_type == G_TYPE_INT)
            {
              g_object_set (record, name, 7, NULL);
              g_object_set (record, name, 7, NULL);
              g_assert_cmpuint (notified (&log, name), ==, 1);
              g_object_set (record, name, 8, NULL);
              g_assert_cmpuint (notified (&log, name), ==, 2);
            }
          else
            {
              g_object_set (record, name, (gint64) 7, NULL);
              g_object_set (record, name, (gint64) 7, NULL);
              g_assert_cmpuint (notified (&log, name), ==, 1);
              g_object_set (record, name, (gint64) 8, NULL);
              g_assert_cmpuint (notified (&log, name), ==, 2);
            }

          /* Nothing else was notified. */
          g_assert_cmpuint (g_hash_table_size (counts), ==, 1);
        }
    }
}

/* ------------------------------------------------------------------ */
/* typed accessors                                                     */

/* Each CHECK_* sets a property with its typed setter, reads it back with its
 * typed getter and with g_object_get (), and marks it as covered, so that a
 * class cannot have a column without both accessors. */

static GParamSpec *
covered_property (GObject    *record,
                  const char *field,
                  GHashTable *covered)
{
  g_autofree char *name = g_strdelimit (g_strdup (field), "_", '-');
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), name);

  g_assert_nonnull (pspec);
  g_hash_table_add (covered, g_strdup (name));
  return pspec;
}

static void
assert_string_property (gpointer    record,
                        const char *field,
                        const char *expected,
                        GHashTable *covered)
{
  GParamSpec *pspec = covered_property (record, field, covered);
  g_autofree char *value = NULL;

  g_object_get (record, pspec->name, &value, NULL);
  g_assert_cmpstr (value, ==, expected);
}

static void
assert_boolean_property (gpointer    record,
                         const char *field,
                         gboolean    expected,
                         GHashTable *covered)
{
  GParamSpec *pspec = covered_property (record, field, covered);
  gboolean value;

  g_object_get (record, pspec->name, &value, NULL);
  g_assert_cmpint (value, ==, expected);
}

static void
assert_int_property (gpointer    record,
                     const char *field,
                     int         expected,
                     GHashTable *covered)
{
  GParamSpec *pspec = covered_property (record, field, covered);
  int value;

  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT);
  g_object_get (record, pspec->name, &value, NULL);
  g_assert_cmpint (value, ==, expected);
}

static void
assert_int64_property (gpointer    record,
                       const char *field,
                       gint64      expected,
                       GHashTable *covered)
{
  GParamSpec *pspec = covered_property (record, field, covered);
  gint64 value;

  g_assert_true (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64);
  g_object_get (record, pspec->name, &value, NULL);
  g_assert_cmpint (value, ==, expected);
}

#define CHECK_STRING(kind, record, field, value) G_STMT_START {               \
    zjtx_##kind##_set_##field (record, value);                                \
    g_assert_cmpstr (zjtx_##kind##_get_##field (record), ==, value);          \
    assert_string_property (record, #field, value, covered);                  \
  } G_STMT_END

#define CHECK_BOOLEAN(kind, record, field) G_STMT_START {                     \
    zjtx_##kind##_set_##field (record, TRUE);                                 \
    g_assert_true (zjtx_##kind##_get_##field (record));                       \
    assert_boolean_property (record, #field, TRUE, covered);                  \
  } G_STMT_END

#define CHECK_INT(kind, record, field, value) G_STMT_START {                  \
    zjtx_##kind##_set_##field (record, value);                                \
    g_assert_cmpint (zjtx_##kind##_get_##field (record), ==, value);          \
    assert_int_property (record, #field, value, covered);                     \
  } G_STMT_END

#define CHECK_INT64(kind, record, field, value) G_STMT_START {                \
    zjtx_##kind##_set_##field (record, value);                                \
    g_assert_cmpint (zjtx_##kind##_get_##field (record), ==, value);          \
    assert_int64_property (record, #field, value, covered);                   \
  } G_STMT_END

static void
assert_all_covered (gpointer    record,
                    GHashTable *covered)
{
  guint n = 0;
  g_autofree GParamSpec **columns =
    zjtx_record_class_list_columns (ZJTX_RECORD_GET_CLASS (record), &n);

  for (guint i = 1; i < n; i++)
    if (!g_hash_table_contains (covered, columns[i]->name))
      g_error ("%s: no typed accessors tested for %s", G_OBJECT_TYPE_NAME (record), columns[i]->name);
  g_assert_cmpuint (g_hash_table_size (covered), ==, n - 1);
}

#define COVERED_SET() \
  g_autoptr(GHashTable) covered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL)

static void
test_accessors_township (void)
{
  g_autoptr(ZjtxTownship) t = zjtx_township_new ();
  COVERED_SET ();

  CHECK_STRING (township, t, name, "桃城镇");
  CHECK_BOOLEAN (township, t, builtin);
  CHECK_INT (township, t, position, 3);
  assert_all_covered (t, covered);
}

static void
test_accessors_person (void)
{
  g_autoptr(ZjtxPerson) p = zjtx_person_new ();
  COVERED_SET ();

  CHECK_STRING (person, p, name, "林某某");
  CHECK_STRING (person, p, unit, "县工信商务局");
  CHECK_STRING (person, p, title, "副局长");
  CHECK_STRING (person, p, phone, "0595-23882222");
  CHECK_STRING (person, p, notes, "服务专员");
  assert_all_covered (p, covered);
}

static void
test_accessors_park (void)
{
  g_autoptr(ZjtxPark) p = zjtx_park_new ();
  COVERED_SET ();

  CHECK_STRING (park, p, name, "永春县专精特新示范园");
  CHECK_STRING (park, p, township, "五里街镇");
  CHECK_BOOLEAN (park, p, contiguous);
  CHECK_BOOLEAN (park, p, standardised);
  CHECK_BOOLEAN (park, p, demonstration);
  CHECK_STRING (park, p, notes, "集中连片");
  assert_all_covered (p, covered);
}

static void
test_accessors_enterprise (void)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  COVERED_SET ();

  CHECK_STRING (enterprise, e, name, "福建省永春某某香业有限公司");
  CHECK_STRING (enterprise, e, uscc, GOOD_USCC);
  CHECK_STRING (enterprise, e, township, "达埔镇");
  CHECK_STRING (enterprise, e, industry, "香");
  CHECK_STRING (enterprise, e, niche, "竹签香");
  CHECK_STRING (enterprise, e, products, "线香、盘香");
  CHECK_STRING (enterprise, e, address, "永春县达埔镇");
  CHECK_STRING (enterprise, e, legal_representative, "陈某");
  CHECK_STRING (enterprise, e, contact_person, "李某");
  CHECK_STRING (enterprise, e, contact_phone, "13800000000");
  CHECK_STRING (enterprise, e, founded, "2008-05-12");
  CHECK_INT64 (enterprise, e, park_id, 2);
  CHECK_STRING (enterprise, e, park_entry_date, "2024-06-01");
  CHECK_BOOLEAN (enterprise, e, key_target);
  CHECK_BOOLEAN (enterprise, e, recommended);
  CHECK_INT64 (enterprise, e, commissioner_id, 3);
  CHECK_INT64 (enterprise, e, liaison_id, 4);
  CHECK_INT64 (enterprise, e, first_year_kwh, 3400000);
  CHECK_STRING (enterprise, e, support_choice, "rent_subsidy");
  CHECK_STRING (enterprise, e, support_choice_reason, "企业申请");
  CHECK_STRING (enterprise, e, notes, "备注");
  assert_all_covered (e, covered);
}

static void
test_accessors_recognition (void)
{
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();
  COVERED_SET ();

  CHECK_INT64 (recognition, r, enterprise_id, 5);
  CHECK_STRING (recognition, r, tier, "national");
  CHECK_STRING (recognition, r, date, "2024-07-15");
  CHECK_BOOLEAN (recognition, r, review);
  CHECK_STRING (recognition, r, batch, "第六批");
  CHECK_STRING (recognition, r, certificate, "GJ2024-0001");
  CHECK_STRING (recognition, r, notes, "复核通过");
  assert_all_covered (r, covered);
}

static void
test_accessors_monitoring_record (void)
{
  g_autoptr(ZjtxMonitoringRecord) m = zjtx_monitoring_record_new ();
  COVERED_SET ();

  CHECK_INT64 (monitoring_record, m, enterprise_id, 5);
  CHECK_STRING (monitoring_record, m, period, "2024Q3");
  CHECK_INT64 (monitoring_record, m, revenue, 123456789);
  CHECK_INT64 (monitoring_record, m, output, 234567890);
  CHECK_INT64 (monitoring_record, m, rd_expense, 3456789);
  CHECK_INT64 (monitoring_record, m, employees, 120);
  CHECK_INT64 (monitoring_record, m, kwh, 2500000);
  CHECK_INT64 (monitoring_record, m, tax_paid, 456789);
  CHECK_INT64 (monitoring_record, m, profit, -56789);
  CHECK_INT64 (monitoring_record, m, patents, 17);
  assert_all_covered (m, covered);
}

static void
test_accessors_housing_loan (void)
{
  g_autoptr(ZjtxHousingLoan) l = zjtx_housing_loan_new ();
  COVERED_SET ();

  CHECK_INT64 (housing_loan, l, enterprise_id, 5);
  CHECK_INT64 (housing_loan, l, principal, 500000000);
  CHECK_INT (housing_loan, l, term_months, 9);
  CHECK_STRING (housing_loan, l, bank, "永春农商银行");
  CHECK_STRING (housing_loan, l, date, "2024-08-01");
  assert_all_covered (l, covered);
}

static void
test_accessors_rent (void)
{
  g_autoptr(ZjtxRent) r = zjtx_rent_new ();
  COVERED_SET ();

  CHECK_INT64 (rent, r, enterprise_id, 5);
  CHECK_INT64 (rent, r, monthly, 3000000);
  CHECK_INT (rent, r, months, 15);
  CHECK_STRING (rent, r, start_date, "2024-07-01");
  assert_all_covered (r, covered);
}

static void
test_accessors_institution (void)
{
  g_autoptr(ZjtxInstitution) i = zjtx_institution_new ();
  COVERED_SET ();

  CHECK_STRING (institution, i, name, "永春县工业设计中心");
  CHECK_STRING (institution, i, kind, "工业设计");
  CHECK_INT64 (institution, i, park_id, 2);
  CHECK_STRING (institution, i, notes, "入驻示范园");
  assert_all_covered (i, covered);
}

static void
test_accessors_service_claim (void)
{
  g_autoptr(ZjtxServiceClaim) s = zjtx_service_claim_new ();
  COVERED_SET ();

  CHECK_INT64 (service_claim, s, institution_id, 6);
  CHECK_INT64 (service_claim, s, service_fees, 90000000);
  CHECK_INT64 (service_claim, s, rate, 20000);
  CHECK_STRING (service_claim, s, date, "2024-11-30");
  CHECK_STRING (service_claim, s, notes, "2024年度");
  assert_all_covered (s, covered);
}

static void
test_accessors_task_force_member (void)
{
  g_autoptr(ZjtxTaskForceMember) m = zjtx_task_force_member_new ();
  COVERED_SET ();

  CHECK_STRING (task_force_member, m, role, "deputy");
  CHECK_STRING (task_force_member, m, name, "王某");
  CHECK_STRING (task_force_member, m, title, "副县长");
  CHECK_STRING (task_force_member, m, unit, "县政府");
  CHECK_STRING (task_force_member, m, phone, "0595-23880000");
  CHECK_INT (task_force_member, m, position, 2);
  assert_all_covered (m, covered);
}

static void
test_accessors_policy_action (void)
{
  g_autoptr(ZjtxPolicyAction) a = zjtx_policy_action_new ();
  COVERED_SET ();

  CHECK_STRING (policy_action, a, clause, "四（二）");
  CHECK_STRING (policy_action, a, name, "支持专精特新企业入驻示范园区");
  CHECK_STRING (policy_action, a, responsible_units, "县工信商务局、县财政局");
  CHECK_INT (policy_action, a, position, 5);
  assert_all_covered (a, covered);
}

/* The typed setters normalise like the property setters (they are the same
 * code, but the typed ones are what the editors call). */
static void
test_accessors_normalise (void)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();
  char buffer[] = "abcdef";

  zjtx_enterprise_set_uscc (e, "");
  g_assert_null (zjtx_enterprise_get_uscc (e));
  zjtx_enterprise_set_founded (e, "");
  g_assert_null (zjtx_enterprise_get_founded (e));
  zjtx_enterprise_set_name (e, NULL);
  g_assert_cmpstr (zjtx_enterprise_get_name (e), ==, "");
  zjtx_enterprise_set_support_choice (e, NULL);
  g_assert_cmpstr (zjtx_enterprise_get_support_choice (e), ==, "");
  zjtx_enterprise_set_key_target (e, 2);
  g_assert_cmpint (zjtx_enterprise_get_key_target (e), ==, TRUE);
  zjtx_recognition_set_date (r, NULL);
  g_assert_cmpstr (zjtx_recognition_get_date (r), ==, "");

  /* A value that points into the current one. */
  zjtx_enterprise_set_notes (e, buffer);
  zjtx_enterprise_set_notes (e, zjtx_enterprise_get_notes (e) + 2);
  g_assert_cmpstr (zjtx_enterprise_get_notes (e), ==, "cdef");
}

/* ------------------------------------------------------------------ */
/* validation                                                          */

static void
assert_valid (gpointer record)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = zjtx_record_validate (ZJTX_RECORD (record), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_null (zjtx_record_get_error_field (ZJTX_RECORD (record)));
}

/* Returns the message after "<label>: " for further checks. */
static char *
assert_invalid (gpointer    record,
                const char *field)
{
  g_autoptr(GError) error = NULL;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), field);
  g_autofree char *prefix = NULL;
  gboolean ok;

  g_assert_nonnull (pspec);
  ok = zjtx_record_validate (ZJTX_RECORD (record), &error);
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_false (ok);
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (record)), ==, field);

  /* The message starts with the field's label (untranslated here). */
  prefix = g_strconcat (g_param_spec_get_nick (pspec), ": ", NULL);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  return g_strdup (error->message + strlen (prefix));
}

static void
assert_invalid_field (gpointer    record,
                      const char *field)
{
  g_autofree char *message = assert_invalid (record, field);

  g_assert_cmpstr (message, !=, "");
}

static void
test_validate_names (void)
{
  /* The classes whose only rule is a name. */
  const struct {
    GType       (*get_type) (void);
    const char   *name;
  } named[] = {
    { zjtx_township_get_type, "桃城镇" },
    { zjtx_person_get_type, "林某某" },
    { zjtx_park_get_type, "永春县专精特新示范园" },
    { zjtx_institution_get_type, "永春县工业设计中心" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (named); i++)
    {
      g_autoptr(GObject) record = g_object_new (named[i].get_type (), NULL);
      g_autofree char *message = NULL;

      message = assert_invalid (record, "name");
      g_assert_cmpstr (message, ==, "must be filled in");
      g_object_set (record, "name", " \t", NULL);
      assert_invalid_field (record, "name");
      g_object_set (record, "name", named[i].name, NULL);
      assert_valid (record);
    }
}

static ZjtxEnterprise *
valid_enterprise (void)
{
  ZjtxEnterprise *e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, "福建省永春某某香业有限公司");
  return e;
}

static void
test_validate_enterprise (void)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(GError) uscc_error = NULL;
  g_autofree char *message = NULL;

  /* name */
  assert_invalid_field (e, "name");
  zjtx_enterprise_set_name (e, "  ");
  assert_invalid_field (e, "name");
  zjtx_enterprise_set_name (e, "福建省永春某某香业有限公司");
  assert_valid (e);

  /* uscc: the validator's own message follows the label */
  zjtx_enterprise_set_uscc (e, BAD_USCC);
  g_assert_false (zjtx_uscc_validate (BAD_USCC, NULL, &uscc_error));
  message = assert_invalid (e, "uscc");
  g_assert_cmpstr (message, ==, uscc_error->message);
  zjtx_enterprise_set_uscc (e, "9131011066600721");
  assert_invalid_field (e, "uscc");
  zjtx_enterprise_set_uscc (e, "91310110666007217t");
  assert_invalid_field (e, "uscc");
  zjtx_enterprise_set_uscc (e, GOOD_USCC);
  assert_valid (e);
  zjtx_enterprise_set_uscc (e, "");
  assert_valid (e);

  /* founded */
  zjtx_enterprise_set_founded (e, "2024-02-30");
  assert_invalid_field (e, "founded");
  zjtx_enterprise_set_founded (e, "2008/05/12");
  assert_invalid_field (e, "founded");
  zjtx_enterprise_set_founded (e, "2008-05-12");
  assert_valid (e);

  /* park-entry-date, which needs a park */
  zjtx_enterprise_set_park_id (e, 1);
  assert_valid (e);
  zjtx_enterprise_set_park_entry_date (e, "2024-13-01");
  assert_invalid_field (e, "park-entry-date");
  zjtx_enterprise_set_park_entry_date (e, "2024-06-01");
  assert_valid (e);
  zjtx_enterprise_set_park_id (e, 0);
  assert_invalid_field (e, "park-id");
  zjtx_enterprise_set_park_id (e, 1);
  assert_valid (e);

  /* first-year-kwh */
  zjtx_enterprise_set_first_year_kwh (e, -1);
  assert_invalid_field (e, "first-year-kwh");
  zjtx_enterprise_set_first_year_kwh (e, 0);
  assert_valid (e);
  zjtx_enterprise_set_first_year_kwh (e, 3400000);
  assert_valid (e);
  zjtx_enterprise_set_first_year_kwh (e, ZJTX_RECORD_NULL);
  assert_valid (e);

  /* support-choice, and its reason unless automatic */
  zjtx_enterprise_set_support_choice (e, "loan");
  assert_invalid_field (e, "support-choice");
  zjtx_enterprise_set_support_choice (e, "AUTO");
  assert_invalid_field (e, "support-choice");
  zjtx_enterprise_set_support_choice (e, "");
  assert_invalid_field (e, "support-choice");
  zjtx_enterprise_set_support_choice (e, "loan_interest_subsidy");
  assert_invalid_field (e, "support-choice-reason");
  zjtx_enterprise_set_support_choice_reason (e, " ");
  assert_invalid_field (e, "support-choice-reason");
  zjtx_enterprise_set_support_choice_reason (e, "企业已获贷款，选择贴息");
  assert_valid (e);
  zjtx_enterprise_set_support_choice (e, "rent_subsidy");
  assert_valid (e);
  zjtx_enterprise_set_support_choice_reason (e, "");
  assert_invalid_field (e, "support-choice-reason");
  zjtx_enterprise_set_support_choice (e, "auto");
  assert_valid (e);

  /* the minimal enterprise, and the field remembered only until the next check */
  {
    g_autoptr(ZjtxEnterprise) minimal = valid_enterprise ();

    assert_valid (minimal);
    zjtx_enterprise_set_uscc (minimal, BAD_USCC);
    assert_invalid_field (minimal, "uscc");
    zjtx_enterprise_set_uscc (minimal, NULL);
    assert_valid (minimal);
  }
}

static void
test_validate_recognition (void)
{
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();
  const char * const tiers[] = { "innovative", "provincial", "national" };
  const char * const bad_tiers[] = { "reserve", "Provincial", "county", " national" };

  assert_invalid_field (r, "enterprise-id");
  zjtx_recognition_set_enterprise_id (r, 1);

  assert_invalid_field (r, "tier");
  for (guint i = 0; i < G_N_ELEMENTS (bad_tiers); i++)
    {
      zjtx_recognition_set_tier (r, bad_tiers[i]);
      assert_invalid_field (r, "tier");
    }
  zjtx_recognition_set_tier (r, "provincial");

  assert_invalid_field (r, "date");
  zjtx_recognition_set_date (r, "2024-02-30");
  assert_invalid_field (r, "date");
  zjtx_recognition_set_date (r, "2024-03-01");
  assert_valid (r);

  for (guint i = 0; i < G_N_ELEMENTS (tiers); i++)
    {
      zjtx_recognition_set_tier (r, tiers[i]);
      assert_valid (r);
    }
  zjtx_recognition_set_review (r, TRUE);
  assert_valid (r);
}

static void
test_validate_monitoring_record (void)
{
  g_autoptr(ZjtxMonitoringRecord) m = zjtx_monitoring_record_new ();
  const char * const periods[] = { "2024", "2024Q1", "2024Q2", "2024Q3", "2024Q4", "1999" };
  const char * const bad_periods[] = {
    "2024Q0", "2024Q5", "2024q1", "24", "3024", "0999", "2024-Q1", "20245", "2024Q12", "２０２４", " 2024",
  };
  const char * const not_negative[] = { "revenue", "output", "rd-expense", "employees", "kwh", "tax-paid", "patents" };
  const char * const money[] = { "revenue", "output", "rd-expense", "tax-paid", "profit" };

  assert_invalid_field (m, "enterprise-id");
  zjtx_monitoring_record_set_enterprise_id (m, 1);

  assert_invalid_field (m, "period");
  for (guint i = 0; i < G_N_ELEMENTS (bad_periods); i++)
    {
      zjtx_monitoring_record_set_period (m, bad_periods[i]);
      assert_invalid_field (m, "period");
    }
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      zjtx_monitoring_record_set_period (m, periods[i]);
      assert_valid (m);
    }

  /* All figures unknown is valid; each known one must not be negative. */
  for (guint i = 0; i < G_N_ELEMENTS (not_negative); i++)
    {
      g_object_set (m, not_negative[i], (gint64) -1, NULL);
      assert_invalid_field (m, not_negative[i]);
      g_object_set (m, not_negative[i], (gint64) 0, NULL);
      assert_valid (m);
      g_object_set (m, not_negative[i], (gint64) 12345, NULL);
      assert_valid (m);
    }

  /* A loss is a figure too. */
  zjtx_monitoring_record_set_profit (m, -500000);
  assert_valid (m);
  zjtx_monitoring_record_set_profit (m, ZJTX_RECORD_NULL);
  assert_valid (m);

  /* Amounts stay within what the core's money handles. */
  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    {
      g_object_set (m, money[i], ZJTX_FEN_MAX, NULL);
      assert_valid (m);
      g_object_set (m, money[i], ZJTX_FEN_MAX + 1, NULL);
      assert_invalid_field (m, money[i]);
      g_object_set (m, money[i], (gint64) 0, NULL);
    }
  zjtx_monitoring_record_set_profit (m, -ZJTX_FEN_MAX - 1);
  assert_invalid_field (m, "profit");
  zjtx_monitoring_record_set_profit (m, -ZJTX_FEN_MAX);
  assert_valid (m);
  zjtx_monitoring_record_set_kwh (m, G_MAXINT64);
  assert_valid (m);
}

static void
test_validate_housing_loan (void)
{
  g_autoptr(ZjtxHousingLoan) l = zjtx_housing_loan_new ();
  g_autofree char *message = NULL;

  assert_invalid_field (l, "enterprise-id");
  zjtx_housing_loan_set_enterprise_id (l, 1);

  message = assert_invalid (l, "principal");
  g_assert_cmpstr (message, ==, "must be filled in");
  zjtx_housing_loan_set_principal (l, -1);
  assert_invalid_field (l, "principal");
  zjtx_housing_loan_set_principal (l, ZJTX_FEN_MAX + 1);
  assert_invalid_field (l, "principal");
  zjtx_housing_loan_set_principal (l, 500000000);

  assert_invalid_field (l, "term-months");
  zjtx_housing_loan_set_term_months (l, 1201);
  assert_invalid_field (l, "term-months");
  zjtx_housing_loan_set_term_months (l, -9);
  assert_invalid_field (l, "term-months");
  zjtx_housing_loan_set_term_months (l, 1);
  assert_valid (l);
  zjtx_housing_loan_set_term_months (l, 1200);
  assert_valid (l);
  zjtx_housing_loan_set_term_months (l, 9);

  zjtx_housing_loan_set_date (l, "2023-02-29");
  assert_invalid_field (l, "date");
  zjtx_housing_loan_set_date (l, "2024-02-29");
  assert_valid (l);
  zjtx_housing_loan_set_date (l, NULL);
  assert_valid (l);

  zjtx_housing_loan_set_principal (l, 0);
  assert_valid (l);
  zjtx_housing_loan_set_principal (l, ZJTX_FEN_MAX);
  assert_valid (l);
}

static void
test_validate_rent (void)
{
  g_autoptr(ZjtxRent) r = zjtx_rent_new ();

  assert_invalid_field (r, "enterprise-id");
  zjtx_rent_set_enterprise_id (r, 1);

  assert_invalid_field (r, "monthly");
  zjtx_rent_set_monthly (r, -1);
  assert_invalid_field (r, "monthly");
  zjtx_rent_set_monthly (r, ZJTX_FEN_MAX + 1);
  assert_invalid_field (r, "monthly");
  zjtx_rent_set_monthly (r, 3000000);

  assert_invalid_field (r, "months");
  zjtx_rent_set_months (r, 1201);
  assert_invalid_field (r, "months");
  zjtx_rent_set_months (r, 1);
  assert_valid (r);
  zjtx_rent_set_months (r, 1200);
  assert_valid (r);
  zjtx_rent_set_months (r, 15);

  zjtx_rent_set_start_date (r, "2024-7-1");
  assert_invalid_field (r, "start-date");
  zjtx_rent_set_start_date (r, "2024-07-01");
  assert_valid (r);

  zjtx_rent_set_monthly (r, 0);
  assert_valid (r);
}

static void
test_validate_service_claim (void)
{
  g_autoptr(ZjtxServiceClaim) s = zjtx_service_claim_new ();

  assert_invalid_field (s, "institution-id");
  zjtx_service_claim_set_institution_id (s, 1);

  assert_invalid_field (s, "service-fees");
  zjtx_service_claim_set_service_fees (s, -1);
  assert_invalid_field (s, "service-fees");
  zjtx_service_claim_set_service_fees (s, ZJTX_FEN_MAX + 1);
  assert_invalid_field (s, "service-fees");
  zjtx_service_claim_set_service_fees (s, 90000000);

  assert_invalid_field (s, "date");
  zjtx_service_claim_set_date (s, "2024-11-31");
  assert_invalid_field (s, "date");
  zjtx_service_claim_set_date (s, "2024-11-30");
  assert_valid (s);

  /* rate: unknown (the policy's default), or 0–100% in ppm */
  zjtx_service_claim_set_rate (s, -1);
  assert_invalid_field (s, "rate");
  zjtx_service_claim_set_rate (s, ZJTX_PPM + 1);
  assert_invalid_field (s, "rate");
  zjtx_service_claim_set_rate (s, 0);
  assert_valid (s);
  zjtx_service_claim_set_rate (s, ZJTX_PPM);
  assert_valid (s);
  zjtx_service_claim_set_rate (s, 20000);
  assert_valid (s);
  zjtx_service_claim_set_rate (s, ZJTX_RECORD_NULL);
  assert_valid (s);

  zjtx_service_claim_set_service_fees (s, 0);
  assert_valid (s);
}

static void
test_validate_task_force_member (void)
{
  g_autoptr(ZjtxTaskForceMember) m = zjtx_task_force_member_new ();
  const char * const roles[] = { "leader", "deputy", "member" };

  assert_invalid_field (m, "role");
  zjtx_task_force_member_set_role (m, "chief");
  assert_invalid_field (m, "role");
  zjtx_task_force_member_set_role (m, "Leader");
  assert_invalid_field (m, "role");
  zjtx_task_force_member_set_role (m, "member");

  assert_invalid_field (m, "name");
  zjtx_task_force_member_set_name (m, "王某");
  assert_valid (m);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      zjtx_task_force_member_set_role (m, roles[i]);
      assert_valid (m);
    }
}

static void
test_validate_policy_action (void)
{
  g_autoptr(ZjtxPolicyAction) a = zjtx_policy_action_new ();

  assert_invalid_field (a, "clause");
  zjtx_policy_action_set_clause (a, "四（二）");
  assert_invalid_field (a, "name");
  zjtx_policy_action_set_name (a, "支持专精特新企业入驻示范园区");
  assert_valid (a);
  zjtx_policy_action_set_clause (a, " ");
  assert_invalid_field (a, "clause");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/records/tables", test_tables);
  g_test_add_func ("/records/columns", test_columns);
  g_test_add_func ("/records/defaults", test_defaults);
  g_test_add_func ("/records/notify", test_notify);

  g_test_add_func ("/records/accessors/township", test_accessors_township);
  g_test_add_func ("/records/accessors/person", test_accessors_person);
  g_test_add_func ("/records/accessors/park", test_accessors_park);
  g_test_add_func ("/records/accessors/enterprise", test_accessors_enterprise);
  g_test_add_func ("/records/accessors/recognition", test_accessors_recognition);
  g_test_add_func ("/records/accessors/monitoring-record", test_accessors_monitoring_record);
  g_test_add_func ("/records/accessors/housing-loan", test_accessors_housing_loan);
  g_test_add_func ("/records/accessors/rent", test_accessors_rent);
  g_test_add_func ("/records/accessors/institution", test_accessors_institution);
  g_test_add_func ("/records/accessors/service-claim", test_accessors_service_claim);
  g_test_add_func ("/records/accessors/task-force-member", test_accessors_task_force_member);
  g_test_add_func ("/records/accessors/policy-action", test_accessors_policy_action);
  g_test_add_func ("/records/accessors/normalise", test_accessors_normalise);

  g_test_add_func ("/records/validate/names", test_validate_names);
  g_test_add_func ("/records/validate/enterprise", test_validate_enterprise);
  g_test_add_func ("/records/validate/recognition", test_validate_recognition);
  g_test_add_func ("/records/validate/monitoring-record", test_validate_monitoring_record);
  g_test_add_func ("/records/validate/housing-loan", test_validate_housing_loan);
  g_test_add_func ("/records/validate/rent", test_validate_rent);
  g_test_add_func ("/records/validate/service-claim", test_validate_service_claim);
  g_test_add_func ("/records/validate/task-force-member", test_validate_task_force_member);
  g_test_add_func ("/records/validate/policy-action", test_validate_policy_action);

  status = g_test_run ();
  g_clear_pointer (&schema_db, sqlite3_close);
  return status;
}
