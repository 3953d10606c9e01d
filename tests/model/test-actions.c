/* test-actions.c: the policy's actions at work — support records, action tasks, figures
 *
 *  - the three record classes against their tables (schema 4);
 *  - the tasks the policy states, seeded on creation and on migrating a
 *    schema-3 database, their units normalised (县工信局 → 县工信商务局);
 *  - every kind of support stored, read back and audited (also when its
 *    enterprise is deleted and restored); validation
 *    naming the field: a bad level, a missing or foreign field, a date
 *    after the store's today;
 *  - a task's status on a day (overdue from the day after the due date);
 *  - progress notes moving a task, in one audited transaction; a note's
 *    date, text and unit corrected (one audit row), its status and task
 *    refused as history, as are a future date, an empty note and an id no
 *    note has, each writing nothing;
 *  - the per-unit and per-action views on a hand-built set of tasks;
 *  - the policy's clauses and units as the seed gives them;
 *  - a task's lead unit, due date and notes changed (overdue then from the
 *    day after the new date), with a progress note or without, audited,
 *    refusals naming the field and writing nothing; the bureau's own tasks
 *    added (clause, known units), deleted with their notes and put back;
 *    the policy's own refused;
 *  - the support list imported (Chinese headers, 12万, 4.35%, bad rows
 *    named by line and column), exported and imported again unchanged;
 *  - the figures of a hand-built county, exactly.
 *
 * Messages are the English source strings: no catalogue is bound here.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/zjtx-action-figures.h"
#include "model/zjtx-action-task.h"
#include "model/zjtx-action-tasks.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-enterprise-history.h"
#include "model/zjtx-export.h"
#include "model/zjtx-store.h"
#include "model/zjtx-support-list.h"
#include "model/zjtx-support-record.h"
#include "model/zjtx-task-progress.h"
#include "model-test-util.h"

#define USCC_A "91350525MA2Y00001D"
#define USCC_B "91310110666007217T"

typedef struct {
  char      *dir;
  char      *path;
  ZjtxStore *store;
  gint64     a;      /* 永春县达埔制香有限公司, USCC_A */
  gint64     b;      /* 永春县蓬壶电子材料有限公司, USCC_B */
} Fixture;

static gint64
count (Fixture    *f,
       const char *sql)
{
  return model_test_query_int (f->store, sql);
}

static char *
text (Fixture    *f,
      const char *sql)
{
  return model_test_query_text (f->store, sql);
}

static void
save (Fixture  *f,
      gpointer  record)
{
  model_test_save (f->store, record);
}

static gint64
add_enterprise (Fixture    *f,
                const char *name,
                const char *uscc)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  zjtx_enterprise_set_township (e, "蓬壶镇");
  save (f, e);
  return zjtx_record_get_id (ZJTX_RECORD (e));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zjtx-actions-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "zjtx.db", NULL);
  f->store = zjtx_store_open (f->path, &error);
  g_assert_no_error (error);
  /* Every date below is in the past of this day, whatever the clock says. */
  zjtx_store_set_today (f->store, model_test_date ("2025-06-30"));
  f->a = add_enterprise (f, "永春县达埔制香有限公司", USCC_A);
  f->b = add_enterprise (f, "永春县蓬壶电子材料有限公司", USCC_B);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  model_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* A support record of @kind for @enterprise on @on; the rest by property. */
static ZjtxSupportRecord *
support (gint64      enterprise,
         const char *kind,
         const char *on,
         const char *first_property,
         ...)
{
  ZjtxSupportRecord *record = zjtx_support_record_new ();
  va_list args;

  zjtx_support_record_set_enterprise_id (record, enterprise);
  zjtx_support_record_set_kind (record, kind);
  zjtx_support_record_set_date (record, on);
  if (first_property != NULL)
    {
      va_start (args, first_property);
      g_object_set_valist (G_OBJECT (record), first_property, args);
      va_end (args);
    }
  return record;
}

static void
assert_invalid (Fixture    *f,
                gpointer    record,
                const char *field,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  gint64 audit = count (f, "SELECT count(*) FROM audit");

  g_assert_false (zjtx_store_save (f->store, ZJTX_RECORD (record), &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (record)), ==, field);
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (record)), ==, 0);
  /* Refused before anything was written. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
}

/* ------------------------------------------------------------------ */
/* the classes and their tables                                        */

static void
test_tables (Fixture       *f,
             gconstpointer  data)
{
  const struct { const char *table; GType type; guint n_columns; } classes[] = {
    { "support_record", ZJTX_TYPE_SUPPORT_RECORD, 19 },
    { "action_task", ZJTX_TYPE_ACTION_TASK, 10 },
    { "task_progress", ZJTX_TYPE_TASK_PROGRESS, 6 },
  };

  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      ZjtxRecordClass *klass = g_type_class_ref (classes[c].type);
      g_autofree GParamSpec **columns = NULL;
      g_autofree char *sql = g_strdup_printf ("SELECT name, type, \"notnull\" FROM pragma_table_info ('%s')",
                                              classes[c].table);
      sqlite3_stmt *stmt = NULL;
      guint n = 0, n_table = 0;

      g_assert_cmpstr (klass->table, ==, classes[c].table);
      columns = zjtx_record_class_list_columns (klass, &n);
      g_assert_cmpuint (n, ==, classes[c].n_columns);

      /* Each column is a property of the class, of a matching type. */
      g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_autofree char *property = g_strdelimit (g_strdup ((const char *) sqlite3_column_text (stmt, 0)), "_", '-');
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
          const char *type = (const char *) sqlite3_column_text (stmt, 1);

          g_assert_nonnull (pspec);
          g_assert_cmpstr (type, ==, G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING ? "TEXT" : "INTEGER");
          /* A string that may be NULL defaults to NULL in the class. */
          if (G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_STRING && !sqlite3_column_int (stmt, 2))
            g_assert_null (g_param_spec_get_default_value (pspec)->data[0].v_pointer);
          n_table++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (n_table, ==, n);
      g_type_class_unref (klass);
    }
}

/* ------------------------------------------------------------------ */
/* seeded tasks and units                                              */

static void
assert_seeded (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_CLAUSE, model_test_date ("2025-06-30"),
                                                         NULL, FALSE, &error);
  const char * const clauses[] = {
    "三（一）", "三（二）", "三（三）", "三（四）", "三（五）", "三（六）", "四（一）", "四（二）", "四（三）", "四（四）",
  };
  ZjtxTaskGroup *group;
  ZjtxActionTask *task;

  g_assert_no_error (error);
  g_assert_cmpuint (groups->len, ==, G_N_ELEMENTS (clauses));
  for (guint i = 0; i < groups->len; i++)
    {
      group = g_ptr_array_index (groups, i);
      g_assert_cmpstr (group->key, ==, clauses[i]);
      g_assert_cmpuint (group->total, ==, 1);
      g_assert_cmpuint (group->counts[ZJTX_TASK_NOT_STARTED], ==, 1);
    }

  /* 三（一） as the policy writes it, and its units' one names. */
  group = g_ptr_array_index (groups, 0);
  task = g_ptr_array_index (group->tasks, 0);
  g_assert_cmpstr (group->title, ==, "实施梯度培育行动");
  g_assert_cmpstr (zjtx_action_task_get_responsible_units_text (task), ==, "县工信局、工业园区管委会、各乡镇");
  g_assert_cmpstr (zjtx_action_task_get_responsible_units (task), ==, "县工信商务局、县工业园区管委会、各乡镇");
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (task), ==, "县工信商务局");
  g_assert_cmpstr (zjtx_action_task_get_due_date (task), ==, "2025-12-31");
  g_assert_cmpstr (zjtx_action_task_get_status (task), ==, "not_started");

  /* 三（四） names 县科技局, 三（六） just 科技局: one unit. */
  group = g_ptr_array_index (groups, 5);
  task = g_ptr_array_index (group->tasks, 0);
  g_assert_cmpstr (zjtx_action_task_get_responsible_units (task), ==, "县人才办、县人社局、县工信商务局、县科技局");
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (task), ==, "县人才办");

  group = g_ptr_array_index (groups, 9);
  task = g_ptr_array_index (group->tasks, 0);
  g_assert_cmpstr (group->title, ==, "加强资源要素保障");
  g_assert_cmpstr (zjtx_action_task_get_responsible_units (task), ==,
                   "县自然资源局、县发改局、县工信商务局、县行政服务中心管委会、县工业园区管委会、永春生态环境局、"
                   "国网永春供电公司、永春县城建集团");

  /* Seeding is audited like any change. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'action_task' AND action = 'insert'"), ==, 10);
}

static void
test_seeded (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  assert_seeded (f);

  /* Only into a database without tasks. */
  g_assert_true (zjtx_action_tasks_seed (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM action_task"), ==, 10);
}

static void
test_migrate_from_3 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;

  /* A schema-3 database: as this one, without what 4 adds. */
  g_clear_object (&f->store);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE task_progress; DROP TABLE action_task; DROP TABLE support_record; "
                                     "DROP INDEX enterprise_flags; DROP INDEX monitoring_record_output; "
                                     "DELETE FROM audit WHERE entity = 'action_task'; PRAGMA user_version = 3",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  f->store = zjtx_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "PRAGMA user_version"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM enterprise"), ==, 2);
  assert_seeded (f);
}

static void
test_units (void)
{
  const struct { const char *in, *out; } names[] = {
    { "县工信局", "县工信商务局" },
    { "工信商务局", "县工信商务局" },
    { "县工信商务局", "县工信商务局" },
    { "科技局", "县科技局" },
    { "县科技局", "县科技局" },
    { "　财政局 ", "县财政局" },
    { "城建集团", "永春县城建集团" },
    { "国网永春供电公司", "国网永春供电公司" },
    { "中国银行永春支行", "中国银行永春支行" },
  };
  g_auto(GStrv) split = zjtx_units_split ("县工信局、工业园区管委会，各乡镇、工信商务局; 科技局、");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = zjtx_unit_normalise (names[i].in);
      g_assert_cmpstr (out, ==, names[i].out);
    }

  g_assert_cmpuint (g_strv_length (split), ==, 4);
  g_assert_cmpstr (split[0], ==, "县工信商务局");
  g_assert_cmpstr (split[1], ==, "县工业园区管委会");
  g_assert_cmpstr (split[2], ==, "各乡镇");
  g_assert_cmpstr (split[3], ==, "县科技局");

  g_assert_cmpint (zjtx_unit_get_position ("县工信商务局"), ==, 0);
  g_assert_cmpint (zjtx_unit_get_position ("县科技局"), ==, 2);
  g_assert_cmpint (zjtx_unit_get_position ("中国银行永春支行"), ==, -1);

  g_assert_cmpint (zjtx_clause_compare ("三（六）", "四（一）"), ==, -1);
  g_assert_cmpint (zjtx_clause_compare ("四（二）", "四（十）"), ==, -1);
  g_assert_cmpint (zjtx_clause_compare ("四（十一）", "四（十）"), ==, 1);
  g_assert_cmpint (zjtx_clause_compare ("四（二）1", "四（二）"), ==, 1);
  g_assert_cmpint (zjtx_clause_compare ("三（四）", "三（四）"), ==, 0);
}

/* ------------------------------------------------------------------ */
/* support records                                                     */

static void
test_support_kinds (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const char * const descriptions[] = {
    "Enterprise technology center · Provincial · 达埔制香技术中心",
    "1,250,000.00 yuan",
    "City · 香料提取工艺 · 300,000.00 yuan",
    "中国银行永春支行 · 5,000,000.00 yuan · 4.35%",
    "2,000,000.00 yuan · fee 10,000.00 yuan · counter-guarantee waived",
    "Tutoring filed · 深交所创业板",
    "City · 香料研发团队 · 6 people",
    "专精特新经营管理研修班 · 1 person",
    "泉州职业技术大学 · 40 people",
    "Chain leader · Incense",
    "Incense · 沉香线香",
    "decided by 局务会",
    "decided by 局务会",
    "decided by 局务会",
  };

  g_ptr_array_add (records, support (f->a, "platform", "2024-05-10", "platform", "tech_center", "level", "provincial",
                                     "subject", "达埔制香技术中心", "unit", "县工信商务局", NULL));
  g_ptr_array_add (records, support (f->a, "rd_expense", "2024-12-31", "amount", (gint64) 125000000, NULL));
  g_ptr_array_add (records, support (f->a, "science_project", "2024-09-01", "subject", "香料提取工艺", "level", "city",
                                     "amount", (gint64) 30000000, "unit", "县科技局", NULL));
  g_ptr_array_add (records, support (f->a, "loan", "2024-07-15", "bank", "中国银行永春支行", "amount", (gint64) 500000000,
                                     "rate", (gint64) 43500, "unit", "县金融办", NULL));
  g_ptr_array_add (records, support (f->a, "guarantee", "2024-08-01", "amount", (gint64) 200000000,
                                     "fee", (gint64) 1000000, "waived", TRUE, NULL));
  g_ptr_array_add (records, support (f->a, "listing", "2025-01-20", "stage", "tutoring", "subject", "深交所创业板", NULL));
  g_ptr_array_add (records, support (f->a, "talent_team", "2024-11-11", "level", "city", "subject", "香料研发团队",
                                     "people", (gint64) 6, NULL));
  g_ptr_array_add (records, support (f->a, "management_training", "2024-10-10", "subject", "专精特新经营管理研修班",
                                     "people", (gint64) 1, NULL));
  g_ptr_array_add (records, support (f->a, "order_training", "2024-09-09", "subject", "泉州职业技术大学",
                                     "people", (gint64) 40, NULL));
  g_ptr_array_add (records, support (f->a, "chain_role", "2024-06-01", "role", "leader", "industry", "incense", NULL));
  g_ptr_array_add (records, support (f->a, "new_product", "2024-06-02", "subject", "沉香线香", "industry", "incense", NULL));
  g_ptr_array_add (records, support (f->a, "pool_entry", "2024-03-01", "decided-by", "局务会", NULL));
  g_ptr_array_add (records, support (f->a, "key_target", "2024-03-02", "decided-by", "局务会", NULL));
  g_ptr_array_add (records, support (f->a, "recommended", "2024-03-03", "decided-by", "局务会", NULL));
  g_assert_cmpuint (records->len, ==, ZJTX_N_SUPPORT_KINDS);

  for (guint i = 0; i < records->len; i++)
    {
      ZjtxSupportRecord *record = g_ptr_array_index (records, i);
      g_autoptr(ZjtxSupportRecord) loaded = NULL;
      g_autofree char *description = NULL;
      guint n = 0;
      g_autofree GParamSpec **columns = zjtx_record_class_list_columns (ZJTX_RECORD_GET_CLASS (record), &n);

      g_assert_cmpint (zjtx_support_record_get_kind_value (record), ==, i);
      save (f, record);
      loaded = zjtx_store_load (f->store, ZJTX_TYPE_SUPPORT_RECORD, zjtx_record_get_id (ZJTX_RECORD (record)), &error);
      g_assert_no_error (error);
      /* Every column back as it went in. */
      for (guint c = 0; c < n; c++)
        {
          g_auto(GValue) a = G_VALUE_INIT;
          g_auto(GValue) b = G_VALUE_INIT;

          g_value_init (&a, G_PARAM_SPEC_VALUE_TYPE (columns[c]));
          g_value_init (&b, G_PARAM_SPEC_VALUE_TYPE (columns[c]));
          g_object_get_property (G_OBJECT (record), columns[c]->name, &a);
          g_object_get_property (G_OBJECT (loaded), columns[c]->name, &b);
          g_assert_cmpint (g_param_values_cmp (columns[c], &a, &b), ==, 0);
        }
      description = zjtx_support_record_describe (loaded);
      g_assert_cmpstr (description, ==, descriptions[i]);
    }

  /* Each insert audited with its values. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'support_record' AND action = 'insert'"),
                   ==, ZJTX_N_SUPPORT_KINDS);
  {
    g_autofree char *values = text (f, "SELECT new_values FROM audit WHERE entity = 'support_record' "
                                       "AND entity_id = 4 AND action = 'insert'");
    g_assert_nonnull (strstr (values, "\"bank\":\"中国银行永春支行\""));
    g_assert_nonnull (strstr (values, "\"amount\":500000000"));
    g_assert_nonnull (strstr (values, "\"rate\":43500"));
    g_assert_nonnull (strstr (values, "\"level\":null"));
  }

  /* The enterprise's timeline, newest first; by action. */
  rows = zjtx_support_list (f->store, f->a, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 14);
  g_assert_cmpstr (zjtx_support_record_get_kind (((ZjtxSupportRow *) g_ptr_array_index (rows, 0))->record), ==, "listing");
  g_assert_cmpstr (((ZjtxSupportRow *) g_ptr_array_index (rows, 0))->enterprise, ==, "永春县达埔制香有限公司");
  g_assert_cmpstr (((ZjtxSupportRow *) g_ptr_array_index (rows, 0))->uscc, ==, USCC_A);
  g_assert_cmpstr (zjtx_support_record_get_kind (((ZjtxSupportRow *) g_ptr_array_index (rows, 13))->record), ==,
                   "pool_entry");
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = zjtx_support_list (f->store, 0, "finance", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = zjtx_support_list (f->store, f->b, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = zjtx_support_list (f->store, 0, "money", &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_cmpstr (error->message, ==, "“money” is neither a kind of support nor an action");
  g_assert_null (rows);
}

static void
test_support_validation (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ZjtxSupportRecord) bad_level = support (f->a, "platform", "2024-05-10", "platform", "tech_center",
                                                    "level", "township", NULL);
  g_autoptr(ZjtxSupportRecord) no_level = support (f->a, "platform", "2024-05-10", "platform", "key_lab", NULL);
  g_autoptr(ZjtxSupportRecord) foreign = support (f->a, "loan", "2024-05-10", "bank", "农业银行", "amount", (gint64) 100,
                                                  "level", "city", NULL);
  g_autoptr(ZjtxSupportRecord) no_bank = support (f->a, "loan", "2024-05-10", "amount", (gint64) 100, NULL);
  g_autoptr(ZjtxSupportRecord) future = support (f->a, "pool_entry", "2025-07-01", "decided-by", "局务会", NULL);
  g_autoptr(ZjtxSupportRecord) today = support (f->a, "pool_entry", "2025-06-30", "decided-by", "局务会", NULL);
  g_autoptr(ZjtxSupportRecord) impossible = support (f->a, "pool_entry", "2025-02-30", "decided-by", "局务会", NULL);
  g_autoptr(ZjtxSupportRecord) no_kind = support (f->a, "grant", "2024-05-10", NULL);
  g_autoptr(ZjtxSupportRecord) rate = support (f->a, "loan", "2024-05-10", "bank", "农业银行", "amount", (gint64) 100,
                                               "rate", (gint64) 1000001, NULL);
  g_autoptr(ZjtxSupportRecord) nobody = support (f->a, "order_training", "2024-05-10", "subject", "泉州职业技术大学",
                                                 "people", (gint64) 0, NULL);
  g_autoptr(ZjtxSupportRecord) blank = support (f->a, "key_target", "2024-05-10", "decided-by", "　", NULL);
  g_autoptr(ZjtxSupportRecord) orphan = support (0, "key_target", "2024-05-10", "decided-by", "局务会", NULL);
  g_autoptr(ZjtxSupportRecord) missing = support (999, "key_target", "2024-05-10", "decided-by", "局务会", NULL);

  assert_invalid (f, bad_level, "level", "Level: “township” is not one of County, City, Provincial or National");
  assert_invalid (f, no_level, "level", "Level: must be filled in for “R&D platform”");
  assert_invalid (f, foreign, "level", "Level: does not apply to “Matchmaking loan”");
  assert_invalid (f, no_bank, "bank", "Bank: must be filled in for “Matchmaking loan”");
  assert_invalid (f, future, "date", "Date: 2025-07-01 is in the future (today is 2025-06-30)");
  assert_invalid (f, impossible, "date", "Date: “2025-02-30” is not a real date: 2025-02 has only 28 days");
  assert_invalid (f, no_kind, "kind",
                  "Kind of support: “grant” is not one of R&D platform, R&D expense reported, Major science project, "
                  "Matchmaking loan, Government guarantee, Listing, High-level talent team, Management training, "
                  "Order-based training, Role in a chain, New product, Entered the pool, Marked key target or "
                  "Recommended upward");
  assert_invalid (f, rate, "rate", "Interest rate: must be between 0 and 1000000");
  assert_invalid (f, nobody, "people", "People: must be between 1 and 10000000");
  assert_invalid (f, blank, "decided-by", "Decided by: must be filled in for “Marked key target”");
  assert_invalid (f, orphan, "enterprise-id", "Enterprise: must be chosen");
  assert_invalid (f, missing, "enterprise-id", "Enterprise: refers to a record that does not exist");

  /* The store's today is the last day allowed; a day later it is fine too. */
  save (f, today);
  zjtx_store_set_today (f->store, model_test_date ("2025-07-01"));
  save (f, future);
  g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 2);
}

static void
test_support_audit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(ZjtxSupportRecord) loan = support (f->a, "loan", "2024-07-15", "bank", "中国银行永春支行",
                                               "amount", (gint64) 500000000, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *old_values = NULL;
  g_autofree char *new_values = NULL;
  gint64 id;

  save (f, loan);
  id = zjtx_record_get_id (ZJTX_RECORD (loan));
  zjtx_support_record_set_amount (loan, 600000000);
  zjtx_support_record_set_rate (loan, 39500);
  save (f, loan);
  old_values = text (f, "SELECT old_values FROM audit WHERE entity = 'support_record' AND action = 'update'");
  new_values = text (f, "SELECT new_values FROM audit WHERE entity = 'support_record' AND action = 'update'");
  g_assert_cmpstr (old_values, ==, "{\"amount\":500000000,\"rate\":null}");
  g_assert_cmpstr (new_values, ==, "{\"amount\":600000000,\"rate\":39500}");

  g_assert_true (zjtx_store_delete (f->store, ZJTX_RECORD (loan), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 0);
  g_assert_cmpint (count (f, "SELECT entity_id FROM audit WHERE entity = 'support_record' AND action = 'delete'"), ==, id);

  /* Deleting an enterprise from the editor takes its support records with
   * it, each audited, and Undo brings them back. */
  {
    g_autoptr(ZjtxSupportRecord) entry = support (f->a, "pool_entry", "2024-03-01", "decided-by", "局务会", NULL);
    g_autoptr(ZjtxEnterpriseSnapshot) snapshot = NULL;
    gint64 restored;

    save (f, entry);
    snapshot = zjtx_enterprise_snapshot_take (f->store, f->a, &error);
    g_assert_no_error (error);
    g_assert_true (zjtx_enterprise_snapshot_delete (snapshot, f->store, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 0);
    g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'support_record' AND action = 'delete'"), ==, 2);
    restored = zjtx_enterprise_snapshot_restore (snapshot, f->store, &error);
    g_assert_no_error (error);
    g_assert_cmpint (count (f, "SELECT count(*) FROM support_record WHERE decided_by = '局务会'"), ==, 1);
    {
      g_autoptr(GPtrArray) history = zjtx_enterprise_history_list (f->store, restored, 10, &error);

      g_assert_no_error (error);
      /* The restored record's insert, then the enterprise's. */
      g_assert_cmpstr (((ZjtxAuditEntry *) g_ptr_array_index (history, 0))->entity, ==, "support_record");
      g_assert_cmpstr (((ZjtxAuditEntry *) g_ptr_array_index (history, 1))->entity, ==, "enterprise");
    }
    f->a = restored;
  }

  /* An enterprise's records go with it. */
  {
    g_autoptr(ZjtxSupportRecord) entry = support (f->b, "pool_entry", "2024-03-01", "decided-by", "局务会", NULL);
    g_autoptr(ZjtxEnterprise) b = zjtx_store_load (f->store, ZJTX_TYPE_ENTERPRISE, f->b, &error);

    save (f, entry);
    g_assert_true (zjtx_store_delete (f->store, ZJTX_RECORD (b), &error));
    g_assert_no_error (error);
    /* A's restored record stays. */
    g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 1);
  }
}

/* ------------------------------------------------------------------ */
/* tasks                                                               */

static ZjtxActionTask *
task (const char *clause,
      const char *title,
      const char *units,
      const char *due,
      const char *status)
{
  ZjtxActionTask *t = zjtx_action_task_new ();

  zjtx_action_task_set_clause (t, clause);
  zjtx_action_task_set_title (t, title);
  zjtx_action_task_set_responsible_units (t, units);
  zjtx_action_task_set_due_date (t, due);
  zjtx_action_task_set_status (t, status);
  return t;
}

static void
test_task_status (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZjtxActionTask) t = task ("三（五）", "组织银企对接会", "金融办、财政局", "2025-06-30", "under_way");
  g_autoptr(ZjtxActionTask) undated = task ("三（五）", "推进上市辅导", "金融办", NULL, "not_started");
  g_autoptr(ZjtxActionTask) bad = task ("三（五）", "x", "金融办", NULL, "overdue");
  g_autoptr(ZjtxActionTask) stranger = task ("三（五）", "x", "金融办", NULL, "not_started");

  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-06-29")), ==, ZJTX_TASK_UNDER_WAY);
  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-06-30")), ==, ZJTX_TASK_UNDER_WAY);
  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-07-01")), ==, ZJTX_TASK_OVERDUE);
  zjtx_action_task_set_status (t, "not_started");
  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-06-30")), ==, ZJTX_TASK_NOT_STARTED);
  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-07-01")), ==, ZJTX_TASK_OVERDUE);
  zjtx_action_task_set_status (t, "done");
  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-07-01")), ==, ZJTX_TASK_DONE);
  g_assert_cmpint (zjtx_action_task_get_status_on (undated, model_test_date ("2099-01-01")), ==, ZJTX_TASK_NOT_STARTED);

  g_assert_cmpstr (zjtx_action_task_get_responsible_units (t), ==, "县金融办、县财政局");
  g_assert_true (zjtx_action_task_has_unit (t, "财政局"));
  g_assert_false (zjtx_action_task_has_unit (t, "县科技局"));

  assert_invalid (f, bad, "status", "Status: must be not_started, under_way or done, not “overdue”");
  zjtx_action_task_set_owner_unit (stranger, "科技局");
  assert_invalid (f, stranger, "owner-unit", "Lead unit: “县科技局” is not one of the responsible units");
  zjtx_action_task_set_due_date (undated, "2025-13-01");
  assert_invalid (f, undated, "due-date", "Due date: “2025-13-01” is not a real date: there is no month 13");
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ZjtxActionTask) t = task ("三（五）", "组织银企对接会", "金融办、财政局", "2025-06-30", "not_started");
  g_autoptr(ZjtxTaskProgress) first = zjtx_task_progress_new ();
  g_autoptr(ZjtxTaskProgress) second = zjtx_task_progress_new ();
  g_autoptr(ZjtxTaskProgress) ahead = zjtx_task_progress_new ();
  g_autoptr(ZjtxTaskProgress) remark = zjtx_task_progress_new ();
  g_autoptr(ZjtxActionTask) stored = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 audit;

  save (f, t);

  zjtx_task_progress_set_date (first, "2025-03-01");
  zjtx_task_progress_set_note (first, "第一场银企对接会，12家企业参加");
  zjtx_task_progress_set_unit (first, "县金融办");
  zjtx_task_progress_set_status (first, "under_way");
  g_assert_true (zjtx_action_tasks_add_progress (f->store, t, first, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_action_task_get_status (t), ==, "under_way");

  /* A note dated after today moves nothing and writes nothing. */
  audit = count (f, "SELECT count(*) FROM audit");
  zjtx_task_progress_set_date (ahead, "2025-07-01");
  zjtx_task_progress_set_note (ahead, "全部完成");
  zjtx_task_progress_set_status (ahead, "done");
  g_assert_false (zjtx_action_tasks_add_progress (f->store, t, ahead, &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Date: 2025-07-01 is in the future (today is 2025-06-30)");
  g_clear_error (&error);
  g_assert_cmpstr (zjtx_action_task_get_status (t), ==, "under_way");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);

  /* A note without a status leaves it. */
  zjtx_task_progress_set_date (remark, "2025-04-01");
  zjtx_task_progress_set_note (remark, "筹备第二场");
  g_assert_true (zjtx_action_tasks_add_progress (f->store, t, remark, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_action_task_get_status (t), ==, "under_way");

  zjtx_task_progress_set_date (second, "2025-06-30");
  zjtx_task_progress_set_note (second, "第二场举办，全年任务完成");
  zjtx_task_progress_set_status (second, "done");
  g_assert_true (zjtx_action_tasks_add_progress (f->store, t, second, &error));
  g_assert_no_error (error);

  stored = zjtx_store_load (f->store, ZJTX_TYPE_ACTION_TASK, zjtx_record_get_id (ZJTX_RECORD (t)), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_action_task_get_status (stored), ==, "done");
  g_assert_cmpint (zjtx_action_task_get_status_on (stored, model_test_date ("2025-07-01")), ==, ZJTX_TASK_DONE);

  notes = zjtx_action_tasks_list_progress (f->store, zjtx_record_get_id (ZJTX_RECORD (t)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 3);
  g_assert_cmpstr (zjtx_task_progress_get_date (g_ptr_array_index (notes, 0)), ==, "2025-06-30");
  g_assert_cmpstr (zjtx_task_progress_get_date (g_ptr_array_index (notes, 1)), ==, "2025-04-01");
  g_assert_cmpstr (zjtx_task_progress_get_date (g_ptr_array_index (notes, 2)), ==, "2025-03-01");
  g_assert_cmpstr (zjtx_task_progress_get_unit (g_ptr_array_index (notes, 2)), ==, "县金融办");

  /* Three notes, two moves of the task: each audited. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'task_progress' AND action = 'insert'"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'action_task' AND action = 'update' "
                             "AND entity_id = (SELECT max (id) FROM action_task)"), ==, 2);
}

/* The hand-built tasks of the per-unit view (the seeded ones removed). */
static void
build_tasks (Fixture *f)
{
  g_autoptr(GPtrArray) seeded = zjtx_store_list (f->store, ZJTX_TYPE_ACTION_TASK, NULL, NULL, NULL, NULL);
  struct { const char *clause, *title, *units, *due, *status; } tasks[] = {
    { "三（四）", "支持企业创建企业技术中心", "县工信商务局、县科技局、财政局", "2025-06-30", "under_way" },
    { "三（四）", "重大科技专项设置专题模块", "科技局", "2025-03-31", "not_started" },
    { "三（五）", "组织银企对接会", "县金融办、财政局", "2025-12-31", "not_started" },
    { "三（六）", "经营管理人才培训", "县人才办、人社局、工信商务局、科技局", "2025-05-31", "done" },
    { "四（一）", "兑现认定奖励", "县工信商务局、财政局", "2025-04-30", "under_way" },
    { "三（二）", "新产品开发", "农业农村局、发改局", NULL, "not_started" },
  };

  for (guint i = 0; i < seeded->len; i++)
    g_assert_true (zjtx_store_delete (f->store, g_ptr_array_index (seeded, i), NULL));
  for (guint i = 0; i < G_N_ELEMENTS (tasks); i++)
    {
      g_autoptr(ZjtxActionTask) t = task (tasks[i].clause, tasks[i].title, tasks[i].units, tasks[i].due,
                                          tasks[i].status);
      zjtx_action_task_set_position (t, i);
      save (f, t);
    }
}

static void
assert_group (GPtrArray  *groups,
              guint       index,
              const char *key,
              guint       not_started,
              guint       under_way,
              guint       done,
              guint       overdue)
{
  ZjtxTaskGroup *group;

  g_assert_cmpuint (index, <, groups->len);
  group = g_ptr_array_index (groups, index);
  g_assert_cmpstr (group->key, ==, key);
  g_assert_cmpuint (group->counts[ZJTX_TASK_NOT_STARTED], ==, not_started);
  g_assert_cmpuint (group->counts[ZJTX_TASK_UNDER_WAY], ==, under_way);
  g_assert_cmpuint (group->counts[ZJTX_TASK_DONE], ==, done);
  g_assert_cmpuint (group->counts[ZJTX_TASK_OVERDUE], ==, overdue);
  g_assert_cmpuint (group->total, ==, not_started + under_way + done + overdue);
  g_assert_cmpuint (group->tasks->len, ==, group->total);
}

static void
test_views (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) by_unit = NULL;
  g_autoptr(GPtrArray) by_clause = NULL;
  g_autoptr(GPtrArray) science = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;

  build_tasks (f);

  /* On 2025-06-30: 三（四）second (due 03-31) and 四（一） (due 04-30) are late;
   * the first of 三（四） is due that very day, still in time. */
  by_unit = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_UNIT, model_test_date ("2025-06-30"), NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_unit->len, ==, 8);
  /*                            not started, under way, done, overdue */
  assert_group (by_unit, 0, "县工信商务局", 0, 1, 1, 1);
  assert_group (by_unit, 1, "县发改局", 1, 0, 0, 0);
  assert_group (by_unit, 2, "县科技局", 0, 1, 1, 1);
  assert_group (by_unit, 3, "县财政局", 1, 1, 0, 1);
  assert_group (by_unit, 4, "县金融办", 1, 0, 0, 0);
  assert_group (by_unit, 5, "县人社局", 0, 0, 1, 0);
  assert_group (by_unit, 6, "县人才办", 0, 0, 1, 0);
  assert_group (by_unit, 7, "县农业农村局", 1, 0, 0, 0);

  /* A day later the first of 三（四） is late too. */
  science = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_UNIT, model_test_date ("2025-07-01"), "科技局", FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (science->len, ==, 1);
  assert_group (science, 0, "县科技局", 0, 0, 1, 2);
  g_assert_cmpstr (zjtx_action_task_get_title (g_ptr_array_index (((ZjtxTaskGroup *) g_ptr_array_index (science, 0))->tasks, 0)),
                   ==, "支持企业创建企业技术中心");

  overdue = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_UNIT, model_test_date ("2025-06-30"), NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 3);
  assert_group (overdue, 0, "县工信商务局", 0, 0, 0, 1);
  assert_group (overdue, 1, "县科技局", 0, 0, 0, 1);
  assert_group (overdue, 2, "县财政局", 0, 0, 0, 1);

  by_clause = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_CLAUSE, model_test_date ("2025-06-30"), NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (by_clause->len, ==, 5);
  assert_group (by_clause, 0, "三（二）", 1, 0, 0, 0);
  assert_group (by_clause, 1, "三（四）", 0, 1, 0, 1);
  assert_group (by_clause, 2, "三（五）", 1, 0, 0, 0);
  assert_group (by_clause, 3, "三（六）", 0, 0, 1, 0);
  assert_group (by_clause, 4, "四（一）", 0, 0, 0, 1);
  g_assert_cmpstr (((ZjtxTaskGroup *) g_ptr_array_index (by_clause, 1))->title, ==, "支持企业创建企业技术中心");
}

/* The stored task @id, read back. */
static ZjtxActionTask *
load_task (Fixture *f,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  ZjtxActionTask *t = zjtx_store_load (f->store, ZJTX_TYPE_ACTION_TASK, id, &error);

  g_assert_no_error (error);
  return t;
}

static void
test_clauses (void)
{
  const char * const *clauses = zjtx_clauses_list ();
  const char * const *units = zjtx_units_list ();
  g_autofree char *typed = zjtx_clause_normalise (" 三(四) ");

  g_assert_cmpuint (g_strv_length ((char **) clauses), ==, 10);
  g_assert_cmpstr (clauses[0], ==, "三（一）");
  g_assert_cmpstr (clauses[5], ==, "三（六）");
  g_assert_cmpstr (clauses[6], ==, "四（一）");
  g_assert_cmpstr (clauses[9], ==, "四（四）");
  g_assert_cmpstr (zjtx_clause_get_name ("三（四）"), ==, "实施创新驱动建设行动");
  g_assert_cmpstr (zjtx_clause_get_name ("四（三）"), ==, "支持入驻工业（产业）标准化园区");
  g_assert_null (zjtx_clause_get_name ("三（九）"));
  g_assert_null (zjtx_clause_get_name (NULL));
  /* As the policy writes them (县工信局, 财政局), in their one names. */
  g_assert_cmpstr (zjtx_clause_get_units ("三（一）"), ==, "县工信商务局、县工业园区管委会、各乡镇");
  g_assert_cmpstr (zjtx_clause_get_units ("三（五）"), ==, "县金融办、县财政局");
  g_assert_null (zjtx_clause_get_units ("五（一）"));
  g_assert_cmpstr (typed, ==, "三（四）");
  g_assert_cmpstr (zjtx_task_get_default_due_date (), ==, "2025-12-31");

  g_assert_cmpuint (g_strv_length ((char **) units), ==, 18);
  g_assert_cmpstr (units[0], ==, "县工信商务局");
  g_assert_cmpstr (units[2], ==, "县科技局");
  g_assert_cmpstr (units[17], ==, "各乡镇");
}

static void
test_task_edit (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZjtxActionTask) t = task ("三（五）", "组织银企对接会", "金融办、财政局", "2025-06-30", "under_way");
  g_autoptr(ZjtxActionTask) edit = NULL;
  g_autoptr(ZjtxActionTask) stored = NULL;
  g_autoptr(GPtrArray) overdue = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_values = NULL;
  g_autofree char *new_values = NULL;
  gint64 audit, id;

  zjtx_action_task_set_owner_unit (t, "金融办");
  save (f, t);
  id = zjtx_record_get_id (ZJTX_RECORD (t));
  g_assert_cmpint (zjtx_action_task_get_status_on (t, model_test_date ("2025-07-01")), ==, ZJTX_TASK_OVERDUE);
  audit = count (f, "SELECT count(*) FROM audit");

  /* A month more, another lead unit (by its short name) and a note. */
  edit = load_task (f, id);
  zjtx_action_task_set_due_date (edit, "2025-07-31");
  zjtx_action_task_set_owner_unit (edit, "财政局");
  zjtx_action_task_set_notes (edit, "经费由县财政局拨付");
  g_assert_true (zjtx_action_tasks_update (f->store, edit, NULL, &error));
  g_assert_no_error (error);

  stored = load_task (f, id);
  g_assert_cmpstr (zjtx_action_task_get_due_date (stored), ==, "2025-07-31");
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (stored), ==, "县财政局");
  g_assert_cmpstr (zjtx_action_task_get_notes (stored), ==, "经费由县财政局拨付");
  /* In time through its new due date, late the day after. */
  g_assert_cmpint (zjtx_action_task_get_status_on (stored, model_test_date ("2025-07-01")), ==, ZJTX_TASK_UNDER_WAY);
  g_assert_cmpint (zjtx_action_task_get_status_on (stored, model_test_date ("2025-07-31")), ==, ZJTX_TASK_UNDER_WAY);
  g_assert_cmpint (zjtx_action_task_get_status_on (stored, model_test_date ("2025-08-01")), ==, ZJTX_TASK_OVERDUE);
  overdue = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_UNIT, model_test_date ("2025-07-01"), NULL, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 0);
  g_clear_pointer (&overdue, g_ptr_array_unref);
  overdue = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_UNIT, model_test_date ("2025-08-01"), "金融办", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (overdue->len, ==, 1);
  assert_group (overdue, 0, "县金融办", 0, 0, 0, 1);

  /* One audit row: the three columns changed, before and after. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 1);
  old_values = text (f, "SELECT old_values FROM audit WHERE entity = 'action_task' AND action = 'update' "
                        "ORDER BY id DESC LIMIT 1");
  new_values = text (f, "SELECT new_values FROM audit WHERE entity = 'action_task' AND action = 'update' "
                        "ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (old_values, ==, "{\"owner_unit\":\"县金融办\",\"due_date\":\"2025-06-30\",\"notes\":\"\"}");
  g_assert_cmpstr (new_values, ==, "{\"owner_unit\":\"县财政局\",\"due_date\":\"2025-07-31\","
                                   "\"notes\":\"经费由县财政局拨付\"}");
  g_assert_cmpint (count (f, "SELECT entity_id FROM audit ORDER BY id DESC LIMIT 1"), ==, id);

  /* Saved as it is: nothing written. */
  g_assert_true (zjtx_action_tasks_update (f->store, edit, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 1);

  /* Brought forward to yesterday: overdue today (2025-06-30), in time yesterday. */
  zjtx_action_task_set_due_date (edit, "2025-06-29");
  g_assert_true (zjtx_action_tasks_update (f->store, edit, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = load_task (f, id);
  g_assert_cmpint (zjtx_action_task_get_status_on (stored, model_test_date ("2025-06-29")), ==, ZJTX_TASK_UNDER_WAY);
  g_assert_cmpint (zjtx_action_task_get_status_on (stored, zjtx_store_get_today (f->store)), ==, ZJTX_TASK_OVERDUE);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 2);

  /* Refused, the field named, nothing written: a lead unit not responsible
   * for it, a date that is not one. */
  audit = count (f, "SELECT count(*) FROM audit");
  zjtx_action_task_set_owner_unit (edit, "科技局");
  g_assert_false (zjtx_action_tasks_update (f->store, edit, NULL, &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Lead unit: “县科技局” is not one of the responsible units");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (edit)), ==, "owner-unit");
  g_clear_error (&error);
  zjtx_action_task_set_owner_unit (edit, "县金融办");
  zjtx_action_task_set_due_date (edit, "2025-02-30");
  g_assert_false (zjtx_action_tasks_update (f->store, edit, NULL, &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Due date: “2025-02-30” is not a real date: 2025-02 has only 28 days");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (edit)), ==, "due-date");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
  g_clear_object (&stored);
  stored = load_task (f, id);
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (stored), ==, "县财政局");
  g_assert_cmpstr (zjtx_action_task_get_due_date (stored), ==, "2025-06-29");
}

static void
test_task_edit_with_progress (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(ZjtxActionTask) t = task ("三（六）", "经营管理人才培训", "人才办、人社局", "2025-09-30", "not_started");
  g_autoptr(ZjtxActionTask) stored = NULL;
  g_autoptr(ZjtxTaskProgress) ahead = zjtx_task_progress_new ();
  g_autoptr(ZjtxTaskProgress) note = zjtx_task_progress_new ();
  g_autoptr(GError) error = NULL;
  gint64 audit, id;

  save (f, t);
  id = zjtx_record_get_id (ZJTX_RECORD (t));
  audit = count (f, "SELECT count(*) FROM audit");

  /* A note dated tomorrow: neither it nor the new lead unit is written,
   * and the task keeps its status. */
  zjtx_action_task_set_owner_unit (t, "人社局");
  zjtx_task_progress_set_date (ahead, "2025-07-01");
  zjtx_task_progress_set_note (ahead, "首期培训开班");
  zjtx_task_progress_set_status (ahead, "under_way");
  g_assert_false (zjtx_action_tasks_update (f->store, t, ahead, &error));
  g_assert_cmpstr (error->message, ==, "Date: 2025-07-01 is in the future (today is 2025-06-30)");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (ahead)), ==, "date");
  g_clear_error (&error);
  g_assert_cmpstr (zjtx_action_task_get_status (t), ==, "not_started");
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (ahead)), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
  stored = load_task (f, id);
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (stored), ==, "");

  /* Dated today: the note, the lead unit and the status together. */
  zjtx_task_progress_set_date (note, "2025-06-30");
  zjtx_task_progress_set_note (note, "首期培训开班");
  zjtx_task_progress_set_unit (note, "县人社局");
  zjtx_task_progress_set_status (note, "under_way");
  g_assert_true (zjtx_action_tasks_update (f->store, t, note, &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = load_task (f, id);
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (stored), ==, "县人社局");
  g_assert_cmpstr (zjtx_action_task_get_status (stored), ==, "under_way");
  g_assert_cmpint (zjtx_task_progress_get_task_id (note), ==, id);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'action_task' AND action = 'update' "
                             "AND old_values = '{\"owner_unit\":\"\",\"status\":\"not_started\"}' "
                             "AND new_values = '{\"owner_unit\":\"县人社局\",\"status\":\"under_way\"}'"), ==, 1);
}

static void
test_task_add (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ZjtxActionTask) t = zjtx_action_task_new ();
  g_autoptr(ZjtxActionTask) stored = NULL;
  g_autoptr(ZjtxActionTask) stranger = task ("三（九）", "x", "科技局", NULL, "not_started");
  g_autoptr(ZjtxActionTask) unknown_unit = task ("三（四）", "x", "县教育局、科技局", NULL, "not_started");
  g_autoptr(ZjtxActionTask) no_unit = task ("三（四）", "x", "、 ", NULL, "not_started");
  g_autoptr(GPtrArray) by_clause = NULL;
  g_autoptr(GPtrArray) by_unit = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxTaskGroup *group;
  gint64 audit = count (f, "SELECT count(*) FROM audit");
  gint64 id;

  /* A sub-task of 三（四） with its own due date, as an officer types it. */
  zjtx_action_task_set_clause (t, "三(四)");
  zjtx_action_task_set_title (t, "设立企业技术中心培育清单");
  zjtx_action_task_set_responsible_units (t, "科技局，财政局");
  zjtx_action_task_set_responsible_units_text (t, "科技局，财政局");
  zjtx_action_task_set_owner_unit (t, "科技局");
  zjtx_action_task_set_due_date (t, "2025-09-30");
  g_assert_true (zjtx_action_tasks_add (f->store, t, &error));
  g_assert_no_error (error);
  id = zjtx_record_get_id (ZJTX_RECORD (t));
  g_assert_cmpint (id, ==, 11);

  stored = load_task (f, id);
  g_assert_cmpstr (zjtx_action_task_get_clause (stored), ==, "三（四）");
  g_assert_cmpstr (zjtx_action_task_get_responsible_units (stored), ==, "县科技局、县财政局");
  g_assert_cmpstr (zjtx_action_task_get_responsible_units_text (stored), ==, "");
  g_assert_cmpstr (zjtx_action_task_get_owner_unit (stored), ==, "县科技局");
  g_assert_cmpstr (zjtx_action_task_get_status (stored), ==, "not_started");
  /* After the ten the policy states. */
  g_assert_cmpint (zjtx_action_task_get_position (stored), ==, 10);
  g_assert_false (zjtx_action_task_is_from_policy (stored));
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'action_task' AND action = 'insert' "
                             "AND entity_id = 11"), ==, 1);

  /* Under its action after the policy's own task, and under each of its units. */
  by_clause = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_CLAUSE, model_test_date ("2025-06-30"), NULL, FALSE, &error);
  g_assert_no_error (error);
  group = g_ptr_array_index (by_clause, 3);
  g_assert_cmpstr (group->key, ==, "三（四）");
  g_assert_cmpstr (group->title, ==, "实施创新驱动建设行动");
  g_assert_cmpuint (group->total, ==, 2);
  g_assert_true (zjtx_action_task_is_from_policy (g_ptr_array_index (group->tasks, 0)));
  g_assert_cmpstr (zjtx_action_task_get_title (g_ptr_array_index (group->tasks, 1)), ==, "设立企业技术中心培育清单");
  by_unit = zjtx_action_tasks_group (f->store, ZJTX_TASK_GROUP_BY_UNIT, model_test_date ("2025-06-30"), NULL, FALSE, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < by_unit->len; i++)
    {
      ZjtxTaskGroup *g = g_ptr_array_index (by_unit, i);
      gboolean listed = FALSE;

      for (guint t2 = 0; t2 < g->tasks->len; t2++)
        listed |= zjtx_record_get_id (g_ptr_array_index (g->tasks, t2)) == id;
      g_assert_cmpint (listed, ==, g_str_equal (g->key, "县科技局") || g_str_equal (g->key, "县财政局"));
    }

  /* Refused, the field named, nothing written. */
  audit = count (f, "SELECT count(*) FROM audit");
  g_assert_false (zjtx_action_tasks_add (f->store, stranger, &error));
  g_assert_cmpstr (error->message, ==, "Clause: “三（九）” is not one of the policy’s actions or measures "
                                       "(三（一）, 三（二）, 三（三）, 三（四）, 三（五）, 三（六）, 四（一）, 四（二）, "
                                       "四（三）, 四（四）)");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (stranger)), ==, "clause");
  g_clear_error (&error);
  g_assert_false (zjtx_action_tasks_add (f->store, unknown_unit, &error));
  g_assert_cmpstr (error->message, ==, "Responsible units: “县教育局” is not a unit the policy names");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (unknown_unit)), ==, "responsible-units");
  g_clear_error (&error);
  g_assert_false (zjtx_action_tasks_add (f->store, no_unit, &error));
  g_assert_cmpstr (error->message, ==, "Responsible units: must be filled in");
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (no_unit)), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
  g_assert_cmpint (count (f, "SELECT count(*) FROM action_task"), ==, 11);
}

static void
test_task_delete (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) seeded = zjtx_store_list (f->store, ZJTX_TYPE_ACTION_TASK, NULL, NULL, "position", NULL);
  g_autoptr(ZjtxActionTask) own = task ("三（五）", "组织第二场银企对接会", "金融办", "2025-09-30", "not_started");
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  const char * const dates[] = { "2025-05-01", "2025-06-01" };
  gint64 audit;

  /* The policy's own: refused, nothing written. */
  audit = count (f, "SELECT count(*) FROM audit");
  g_assert_false (zjtx_action_tasks_delete (f->store, g_ptr_array_index (seeded, 0), &notes, &error));
  g_assert_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_FROM_POLICY);
  g_assert_cmpstr (error->message, ==, "“三（一） 实施梯度培育行动” is a task the policy states: it cannot be deleted "
                                       "(mark it done, with a note, if it no longer applies)");
  g_clear_error (&error);
  g_assert_null (notes);
  g_assert_cmpint (count (f, "SELECT count(*) FROM action_task"), ==, 10);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);

  /* The bureau's own, with two notes: all three gone, each audited. */
  g_assert_true (zjtx_action_tasks_add (f->store, own, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autoptr(ZjtxTaskProgress) p = zjtx_task_progress_new ();

      zjtx_task_progress_set_date (p, dates[i]);
      zjtx_task_progress_set_note (p, i == 0 ? "联系银行" : "确定场地");
      zjtx_task_progress_set_status (p, i == 0 ? "under_way" : NULL);
      g_assert_true (zjtx_action_tasks_add_progress (f->store, own, p, &error));
      g_assert_no_error (error);
    }
  audit = count (f, "SELECT count(*) FROM audit");
  g_assert_true (zjtx_action_tasks_delete (f->store, own, &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (own)), ==, 0);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpstr (zjtx_task_progress_get_date (g_ptr_array_index (notes, 0)), ==, "2025-06-01");
  g_assert_cmpint (count (f, "SELECT count(*) FROM action_task"), ==, 10);
  g_assert_cmpint (count (f, "SELECT count(*) FROM task_progress"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE action = 'delete' AND entity = 'task_progress'"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE action = 'delete' AND entity = 'action_task' "
                             "AND old_values LIKE '%\"title\":\"组织第二场银企对接会\"%'"), ==, 1);

  /* Undone: the task and its notes back, as they were. */
  g_assert_true (zjtx_action_tasks_restore (f->store, own, notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (own)), >, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 6);
  g_clear_pointer (&notes, g_ptr_array_unref);
  notes = zjtx_action_tasks_list_progress (f->store, zjtx_record_get_id (ZJTX_RECORD (own)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notes->len, ==, 2);
  g_assert_cmpstr (zjtx_task_progress_get_note (g_ptr_array_index (notes, 0)), ==, "确定场地");
  g_assert_cmpstr (zjtx_task_progress_get_status (g_ptr_array_index (notes, 1)), ==, "under_way");
  g_assert_cmpint (count (f, "SELECT count(*) FROM action_task WHERE title = '组织第二场银企对接会' "
                             "AND status = 'under_way' AND position = 10"), ==, 1);
}

/* The stored note @id, as "date|note|unit|status" (status "-" for NULL). */
static char *
stored_note (Fixture *f,
             gint64   id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT date || '|' || note || '|' || unit || '|' || "
                                          "coalesce (status, '-') FROM task_progress WHERE id = %" G_GINT64_FORMAT,
                                          id);

  return text (f, sql);
}

static void
test_progress_correct (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZjtxActionTask) t = task ("三（五）", "组织银企对接会", "金融办、财政局", "2025-09-30", "not_started");
  g_autoptr(ZjtxTaskProgress) first = zjtx_task_progress_new ();
  g_autoptr(ZjtxTaskProgress) edit = NULL;
  g_autoptr(ZjtxTaskProgress) ghost = zjtx_task_progress_new ();
  g_autoptr(ZjtxActionTask) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_values = NULL;
  g_autofree char *new_values = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 audit, id;

  save (f, t);
  zjtx_task_progress_set_date (first, "2025-03-01");
  zjtx_task_progress_set_note (first, "第一场银企对接会，12加企业参加");
  zjtx_task_progress_set_unit (first, "县财政局");
  zjtx_task_progress_set_status (first, "under_way");
  g_assert_true (zjtx_action_tasks_add_progress (f->store, t, first, &error));
  g_assert_no_error (error);
  id = zjtx_record_get_id (ZJTX_RECORD (first));
  g_assert_cmpint (id, ==, 1);
  audit = count (f, "SELECT count(*) FROM audit");

  /* The typo, the day and the unit corrected: one audit row, the three
   * columns before and after; the status it set and the task untouched. */
  edit = zjtx_store_load (f->store, ZJTX_TYPE_TASK_PROGRESS, id, &error);
  g_assert_no_error (error);
  zjtx_task_progress_set_date (edit, "2025-03-02");
  zjtx_task_progress_set_note (edit, "第一场银企对接会，12家企业参加");
  zjtx_task_progress_set_unit (edit, "县金融办");
  g_assert_true (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (edit)), ==, id);
  after = stored_note (f, id);
  g_assert_cmpstr (after, ==, "2025-03-02|第一场银企对接会，12家企业参加|县金融办|under_way");
  g_assert_cmpint (count (f, "SELECT count(*) FROM task_progress"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'task_progress' AND entity_id = 1 "
                             "AND action = 'update'"), ==, 1);
  old_values = text (f, "SELECT old_values FROM audit ORDER BY id DESC LIMIT 1");
  new_values = text (f, "SELECT new_values FROM audit ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (old_values, ==, "{\"date\":\"2025-03-01\",\"note\":\"第一场银企对接会，12加企业参加\","
                                   "\"unit\":\"县财政局\"}");
  g_assert_cmpstr (new_values, ==, "{\"date\":\"2025-03-02\",\"note\":\"第一场银企对接会，12家企业参加\","
                                   "\"unit\":\"县金融办\"}");
  stored = load_task (f, zjtx_record_get_id (ZJTX_RECORD (t)));
  g_assert_cmpstr (zjtx_action_task_get_status (stored), ==, "under_way");

  /* Saved as it is: nothing written. */
  g_assert_true (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit + 1);

  /* Refused, each writing nothing: the status it set (history), the task
   * it is on, a day after today (the field named), an empty note, an id
   * no note has. */
  before = stored_note (f, id);
  audit = count (f, "SELECT count(*) FROM audit");

  zjtx_task_progress_set_note (edit, "全部完成");
  zjtx_task_progress_set_status (edit, "done");
  g_assert_false (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED);
  g_assert_cmpstr (error->message, ==, "the status a progress note moved its task to is the task’s history: it "
                                       "cannot be corrected (report a new note to move the task)");
  g_clear_error (&error);
  /* Taking the status away is changing it too. */
  zjtx_task_progress_set_status (edit, NULL);
  g_assert_false (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED);
  g_clear_error (&error);
  zjtx_task_progress_set_status (edit, "under_way");

  zjtx_task_progress_set_task_id (edit, zjtx_record_get_id (ZJTX_RECORD (t)) + 100);
  g_assert_false (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_STATUS_FIXED);
  g_assert_cmpstr (error->message, ==, "a progress note stays on the task it was reported on");
  g_clear_error (&error);
  zjtx_task_progress_set_task_id (edit, zjtx_record_get_id (ZJTX_RECORD (t)));

  zjtx_task_progress_set_date (edit, "2025-07-01");
  g_assert_false (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Date: 2025-07-01 is in the future (today is 2025-06-30)");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (edit)), ==, "date");
  g_clear_error (&error);
  zjtx_task_progress_set_date (edit, "2025-03-02");

  zjtx_task_progress_set_note (edit, "\u3000 ");
  g_assert_false (zjtx_action_tasks_correct_progress (f->store, edit, &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Progress: must be filled in");
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (edit)), ==, "note");
  g_clear_error (&error);

  zjtx_record_set_id (ZJTX_RECORD (ghost), 99);
  zjtx_task_progress_set_task_id (ghost, zjtx_record_get_id (ZJTX_RECORD (t)));
  zjtx_task_progress_set_date (ghost, "2025-03-02");
  zjtx_task_progress_set_note (ghost, "不存在的进展");
  g_assert_false (zjtx_action_tasks_correct_progress (f->store, ghost, &error));
  g_assert_error (error, ZJTX_ACTION_TASKS_ERROR, ZJTX_ACTION_TASKS_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "there is no progress note 99 (was it deleted with its task?)");
  g_clear_error (&error);

  g_clear_pointer (&after, g_free);
  after = stored_note (f, id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (count (f, "SELECT count(*) FROM task_progress"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
  g_clear_object (&stored);
  stored = load_task (f, zjtx_record_get_id (ZJTX_RECORD (t)));
  g_assert_cmpstr (zjtx_action_task_get_status (stored), ==, "under_way");
}

/* ------------------------------------------------------------------ */
/* import and export                                                   */

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
assert_problem (ZjtxImportReport *report,
                guint             index,
                guint             line,
                const char       *column,
                const char       *reason)
{
  ZjtxImportProblem *problem;

  g_assert_cmpuint (index, <, report->problems->len);
  problem = g_ptr_array_index (report->problems, index);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpstr (problem->column, ==, column);
  g_assert_cmpstr (problem->reason, ==, reason);
}

static const char support_csv[] =
  "永春县专精特新企业扶持记录\n"
  "企业名称,统一社会信用代码,扶持类型,日期,提供单位,银行,金额（元）,利率,平台类型,级别,事项名称,人数,备注\n"
  "永春县达埔制香有限公司," USCC_A ",银企对接贷款,2024/7/15,县金融办,中国银行永春支行,12万,4.35%,,,,,首贷\n"
  "永春县达埔制香有限公司," USCC_A ",银企对接贷款,2024-08-01,县金融办,农业银行,12万x,4.35%,,,,,\n"
  ",91350525MA2Y00002G,银企对接贷款,2024-08-01,县金融办,农业银行,100000,,,,,,\n"
  "永春县蓬壶电子材料有限公司,,科研平台,2024年5月10日,县工信商务局,,,,企业技术中心,省级,蓬壶电子技术中心,,\n"
  "永春县蓬壶电子材料有限公司,,科研平台,2024-05-11,,,,,工业设计中心,乡级,,,\n"
  "永春县蓬壶电子材料有限公司,,订单培养,2025-07-01,,,,,,,泉州职业技术大学,40人,\n"
  "永春县蓬壶电子材料有限公司,,银企对接贷款,2024-09-01,,兴业银行,,0.0395,,,,,\n"
  "\n"
  "永春县蓬壶电子材料有限公司,,订单培养,2025-06-01,,,,,,,泉州职业技术大学,40,\n";

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = write_file (f, "support.csv", support_csv);
  g_autoptr(ZjtxImportReport) dry = NULL;
  g_autoptr(ZjtxImportReport) report = NULL;
  g_autoptr(ZjtxImportReport) again = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxSupportRecord *loan;
  gint64 audit = count (f, "SELECT count(*) FROM audit");

  /* A dry run reports the same and writes nothing. */
  dry = zjtx_support_import_file (f->store, path, TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (dry->dry_run);
  g_assert_cmpuint (dry->added, ==, 3);
  g_assert_cmpuint (dry->rejected, ==, 5);
  g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);

  /* The same file through the general importer, which knows it by its 扶持类型 column. */
  report = zjtx_import_file (f->store, path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->header_line, ==, 2);
  g_assert_cmpuint (report->rows, ==, 8);
  g_assert_cmpuint (report->added, ==, 3);
  g_assert_cmpuint (report->updated, ==, 0);
  g_assert_cmpuint (report->rejected, ==, 5);
  g_assert_cmpuint (report->ignored->len, ==, 0);
  assert_problem (report, 0, 4, "金额（元）", "“12万x” is not an amount (write 120000, 120000.00 or 12万)");
  assert_problem (report, 1, 5, "统一社会信用代码",
                  "no enterprise with the USCC 91350525MA2Y00002G is on file (import the enterprise first)");
  assert_problem (report, 2, 7, "级别", "“乡级” is not one of County, City, Provincial or National");
  assert_problem (report, 3, 8, "日期", "Date: 2025-07-01 is in the future (today is 2025-06-30)");
  assert_problem (report, 4, 9, "金额（元）", "Amount: must be filled in for “Matchmaking loan”");

  rows = zjtx_support_list (f->store, 0, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  loan = ((ZjtxSupportRow *) g_ptr_array_index (rows, 1))->record;
  g_assert_cmpstr (zjtx_support_record_get_kind (loan), ==, "loan");
  g_assert_cmpstr (zjtx_support_record_get_date (loan), ==, "2024-07-15");
  g_assert_cmpint (zjtx_support_record_get_amount (loan), ==, 12000000);
  g_assert_cmpint (zjtx_support_record_get_rate (loan), ==, 43500);
  g_assert_cmpstr (zjtx_support_record_get_unit (loan), ==, "县金融办");
  g_assert_cmpstr (zjtx_support_record_get_notes (loan), ==, "首贷");
  g_assert_cmpint (zjtx_support_record_get_enterprise_id (loan), ==, f->a);
  {
    ZjtxSupportRecord *platform = ((ZjtxSupportRow *) g_ptr_array_index (rows, 2))->record;
    ZjtxSupportRecord *training = ((ZjtxSupportRow *) g_ptr_array_index (rows, 0))->record;

    g_assert_cmpstr (zjtx_support_record_get_platform (platform), ==, "tech_center");
    g_assert_cmpstr (zjtx_support_record_get_level (platform), ==, "provincial");
    g_assert_cmpstr (zjtx_support_record_get_date (platform), ==, "2024-05-10");
    g_assert_cmpint (zjtx_support_record_get_enterprise_id (platform), ==, f->b);
    g_assert_cmpint (zjtx_support_record_get_people (training), ==, 40);
  }
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit WHERE entity = 'support_record'"), ==, 3);

  /* Again: the same records, found and left alone. */
  again = zjtx_support_import_file (f->store, path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->added, ==, 0);
  g_assert_cmpuint (again->unchanged, ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 3);
}

static void
test_export_roundtrip (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(ZjtxSupportRecord) platform = support (f->a, "platform", "2024-05-10", "platform", "tech_center",
                                                   "level", "provincial", "subject", "技术中心, \"一号\"", NULL);
  g_autoptr(ZjtxSupportRecord) guarantee = support (f->a, "guarantee", "2024-08-01", "amount", (gint64) 200000001,
                                                    "fee", (gint64) 1000000, "waived", TRUE, "unit", "县融资担保公司", NULL);
  g_autoptr(ZjtxSupportRecord) loan = support (f->b, "loan", "2024-07-15", "bank", "中国银行永春支行",
                                               "amount", (gint64) 500000000, "rate", (gint64) 43550, NULL);
  g_autoptr(ZjtxSupportRecord) chain = support (f->b, "chain_role", "2024-06-01", "role", "supporting",
                                                "industry", "electronic_materials", "notes", "第二行\n说明", NULL);
  g_autoptr(ZjtxSupportRecord) listing = support (f->b, "listing", "2025-01-20", "stage", "applied", NULL);
  g_autoptr(ZjtxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "out.xlsx", NULL);
  g_autofree char *contents = NULL;
  gint64 audit;
  guint n = 0;

  save (f, platform);
  save (f, guarantee);
  save (f, loan);
  save (f, chain);
  save (f, listing);
  audit = count (f, "SELECT count(*) FROM audit");

  g_assert_true (zjtx_export (f->store, ZJTX_EXPORT_SUPPORT, ZJTX_TABLE_FORMAT_CSV, csv, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 5);
  g_file_get_contents (csv, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents,
                                   "\xEF\xBB\xBFName,USCC,Action,Support kind,Date,Provided by,Kind of platform,Level,"
                                   "Subject,Bank,Amount (yuan),Interest rate,Guarantee fee (yuan),"
                                   "Counter-guarantee waived,Listing stage,People,Role in the chain,Industry,"
                                   "Decided by,Notes\r\n"
                                   "永春县达埔制香有限公司," USCC_A ",三（四） Innovation,R&D platform,2024-05-10,,"
                                   "Enterprise technology center,Provincial,\"技术中心, \"\"一号\"\"\",,,,,,,,,,,\r\n"
                                   "永春县达埔制香有限公司," USCC_A ",三（五） Finance,Government guarantee,2024-08-01,"
                                   "县融资担保公司,,,,,2000000.01,,10000.00,Yes,,,,,,\r\n"
                                   "永春县蓬壶电子材料有限公司," USCC_B ",三（二） Strengthening chains,Role in a chain,"
                                   "2024-06-01,,,,,,,,,,,,Supporting enterprise,New electronic materials,,"
                                   "\"第二行\n说明\"\r\n"));
  g_assert_nonnull (strstr (contents, "永春县蓬壶电子材料有限公司," USCC_B ",三（五） Finance,Matchmaking loan,2024-07-15,,,,,"
                                      "中国银行永春支行,5000000.00,4.355%,,,,,,,,\r\n"));

  report = zjtx_support_import_file (f->store, csv, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->rows, ==, 5);
  g_assert_cmpuint (report->unchanged, ==, 5);
  g_assert_cmpuint (report->rejected, ==, 0);
  g_assert_cmpuint (report->ignored->len, ==, 0);
  g_clear_pointer (&report, zjtx_import_report_free);

  g_assert_true (zjtx_export (f->store, ZJTX_EXPORT_SUPPORT, ZJTX_TABLE_FORMAT_XLSX, xlsx, &n, &error));
  g_assert_no_error (error);
  report = zjtx_import_file (f->store, xlsx, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->unchanged, ==, 5);
  g_assert_cmpuint (report->rejected, ==, 0);

  /* Nothing written by either. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit"), ==, audit);
  g_assert_cmpint (count (f, "SELECT count(*) FROM support_record"), ==, 5);
}

/* ------------------------------------------------------------------ */
/* figures                                                             */

static void
test_figures (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(ZjtxActionFigures) all = NULL;
  g_autoptr(ZjtxActionFigures) period = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxTaskFigures *unit;
  gint64 c = add_enterprise (f, "永春县东平老醋有限公司", NULL);

  g_ptr_array_add (records, support (f->a, "platform", "2024-05-10", "platform", "tech_center", "level", "provincial", NULL));
  g_ptr_array_add (records, support (f->a, "platform", "2025-02-01", "platform", "key_lab", "level", "provincial", NULL));
  g_ptr_array_add (records, support (f->b, "platform", "2025-03-01", "platform", "design_center", "level", "city", NULL));
  g_ptr_array_add (records, support (f->a, "loan", "2024-07-15", "bank", "中国银行", "amount", (gint64) 500000000,
                                     "rate", (gint64) 43500, NULL));
  g_ptr_array_add (records, support (f->a, "loan", "2025-01-15", "bank", "农业银行", "amount", (gint64) 300000000,
                                     "rate", (gint64) 39500, NULL));
  g_ptr_array_add (records, support (f->b, "loan", "2025-04-15", "bank", "兴业银行", "amount", (gint64) 100000050, NULL));
  g_ptr_array_add (records, support (f->a, "guarantee", "2025-02-01", "amount", (gint64) 200000000, "fee", (gint64) 1000000,
                                     "waived", TRUE, NULL));
  g_ptr_array_add (records, support (f->b, "guarantee", "2025-03-01", "amount", (gint64) 100000000, "fee", (gint64) 500000, NULL));
  /* A goes tutoring → applied; B tutoring; C listed only after the dashboard's day. */
  g_ptr_array_add (records, support (f->a, "listing", "2024-06-01", "stage", "tutoring", NULL));
  g_ptr_array_add (records, support (f->a, "listing", "2025-03-01", "stage", "applied", NULL));
  g_ptr_array_add (records, support (f->b, "listing", "2025-01-01", "stage", "tutoring", NULL));
  g_ptr_array_add (records, support (c, "listing", "2025-06-30", "stage", "listed", NULL));
  g_ptr_array_add (records, support (f->a, "talent_team", "2025-01-01", "level", "city", "subject", "团队一",
                                     "people", (gint64) 6, NULL));
  g_ptr_array_add (records, support (f->b, "talent_team", "2025-02-01", "level", "provincial", "subject", "团队二", NULL));
  g_ptr_array_add (records, support (f->a, "management_training", "2025-03-01", "people", (gint64) 3, NULL));
  g_ptr_array_add (records, support (f->b, "management_training", "2025-03-01", "people", (gint64) 2, NULL));
  g_ptr_array_add (records, support (f->b, "order_training", "2025-04-01", "subject", "泉州职业技术大学",
                                     "people", (gint64) 40, NULL));
  g_ptr_array_add (records, support (f->a, "chain_role", "2024-06-01", "role", "leader", "industry", "incense", NULL));
  g_ptr_array_add (records, support (c, "chain_role", "2025-01-01", "role", "supporting", "industry", "vinegar", NULL));
  g_ptr_array_add (records, support (f->b, "chain_role", "2025-01-01", "role", "supporting",
                                     "industry", "electronic_materials", NULL));
  g_ptr_array_add (records, support (f->b, "new_product", "2025-02-01", "subject", "导电浆料",
                                     "industry", "electronic_materials", NULL));
  g_ptr_array_add (records, support (f->a, "new_product", "2025-02-02", "subject", "线香", "industry", "incense", NULL));
  g_ptr_array_add (records, support (f->a, "pool_entry", "2024-03-01", "decided-by", "局务会", NULL));
  g_ptr_array_add (records, support (f->b, "pool_entry", "2024-03-01", "decided-by", "局务会", NULL));
  g_ptr_array_add (records, support (f->b, "key_target", "2025-03-01", "decided-by", "局务会", NULL));
  for (guint i = 0; i < records->len; i++)
    save (f, g_ptr_array_index (records, i));
  build_tasks (f);

  /* As of 2025-06-29: everything so far. */
  all = zjtx_action_figures_load (f->store, ZJTX_DATE_NONE, model_test_date ("2025-06-29"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->platforms_by_level[ZJTX_SUPPORT_LEVEL_PROVINCIAL], ==, 2);
  g_assert_cmpuint (all->platforms_by_level[ZJTX_SUPPORT_LEVEL_CITY], ==, 1);
  g_assert_cmpuint (all->platforms_by_level[ZJTX_SUPPORT_LEVEL_NATIONAL], ==, 0);
  g_assert_cmpuint (all->platforms[ZJTX_SUPPORT_LEVEL_PROVINCIAL][ZJTX_PLATFORM_TECH_CENTER], ==, 1);
  g_assert_cmpuint (all->platforms[ZJTX_SUPPORT_LEVEL_PROVINCIAL][ZJTX_PLATFORM_KEY_LAB], ==, 1);
  g_assert_cmpuint (all->platforms[ZJTX_SUPPORT_LEVEL_CITY][ZJTX_PLATFORM_DESIGN_CENTER], ==, 1);
  g_assert_cmpuint (all->kinds[ZJTX_SUPPORT_LOAN].count, ==, 3);
  g_assert_cmpuint (all->kinds[ZJTX_SUPPORT_LOAN].enterprises, ==, 2);
  g_assert_cmpint (all->kinds[ZJTX_SUPPORT_LOAN].amount, ==, 900000050);
  g_assert_cmpint (all->loan_rate_min, ==, 39500);
  g_assert_cmpint (all->loan_rate_max, ==, 43500);
  g_assert_cmpuint (all->kinds[ZJTX_SUPPORT_GUARANTEE].count, ==, 2);
  g_assert_cmpint (all->kinds[ZJTX_SUPPORT_GUARANTEE].amount, ==, 300000000);
  g_assert_cmpint (all->guarantee_fees, ==, 1500000);
  g_assert_cmpuint (all->guarantees_waived, ==, 1);
  g_assert_cmpuint (all->listing[ZJTX_LISTING_TUTORING], ==, 1);
  g_assert_cmpuint (all->listing[ZJTX_LISTING_APPLIED], ==, 1);
  g_assert_cmpuint (all->listing[ZJTX_LISTING_LISTED], ==, 0);
  g_assert_cmpuint (all->talent_teams[ZJTX_SUPPORT_LEVEL_CITY], ==, 1);
  g_assert_cmpuint (all->talent_teams[ZJTX_SUPPORT_LEVEL_PROVINCIAL], ==, 1);
  g_assert_cmpint (all->kinds[ZJTX_SUPPORT_TALENT_TEAM].people, ==, 6);
  g_assert_cmpuint (all->kinds[ZJTX_SUPPORT_MANAGEMENT_TRAINING].count, ==, 2);
  g_assert_cmpint (all->kinds[ZJTX_SUPPORT_MANAGEMENT_TRAINING].people, ==, 5);
  g_assert_cmpint (all->kinds[ZJTX_SUPPORT_ORDER_TRAINING].people, ==, 40);
  g_assert_cmpuint (all->chain_roles[ZJTX_INDUSTRY_INCENSE][ZJTX_CHAIN_LEADER], ==, 1);
  g_assert_cmpuint (all->chain_roles[ZJTX_INDUSTRY_VINEGAR][ZJTX_CHAIN_SUPPORTING], ==, 1);
  g_assert_cmpuint (all->chain_roles[ZJTX_INDUSTRY_ELECTRONIC_MATERIALS][ZJTX_CHAIN_SUPPORTING], ==, 1);
  g_assert_cmpuint (all->new_products[ZJTX_INDUSTRY_ELECTRONIC_MATERIALS], ==, 1);
  g_assert_cmpuint (all->new_products[ZJTX_INDUSTRY_INCENSE], ==, 1);
  g_assert_cmpuint (all->rooted_enterprises, ==, 2);
  g_assert_cmpuint (all->emerging_enterprises, ==, 1);
  g_assert_cmpuint (all->kinds[ZJTX_SUPPORT_POOL_ENTRY].count, ==, 2);
  g_assert_cmpuint (all->kinds[ZJTX_SUPPORT_KEY_TARGET].count, ==, 1);
  /* Finance: 3 loans, 2 guarantees, 3 listing steps by two enterprises (C's comes later). */
  g_assert_cmpuint (all->actions[ZJTX_ACTION_FINANCE].count, ==, 8);
  g_assert_cmpuint (all->actions[ZJTX_ACTION_FINANCE].enterprises, ==, 2);
  g_assert_cmpint (all->actions[ZJTX_ACTION_FINANCE].amount, ==, 1200000050);
  g_assert_cmpuint (all->actions[ZJTX_ACTION_CHAINS].enterprises, ==, 3);
  g_assert_cmpuint (all->actions[ZJTX_ACTION_PARKS].count, ==, 0);

  /* Tasks on 2025-06-29, as the per-unit view counts them. */
  g_assert_cmpuint (all->n_tasks, ==, 6);
  g_assert_cmpuint (all->tasks[ZJTX_TASK_NOT_STARTED], ==, 2);
  g_assert_cmpuint (all->tasks[ZJTX_TASK_UNDER_WAY], ==, 1);
  g_assert_cmpuint (all->tasks[ZJTX_TASK_DONE], ==, 1);
  g_assert_cmpuint (all->tasks[ZJTX_TASK_OVERDUE], ==, 2);
  g_assert_cmpuint (all->units->len, ==, 8);
  unit = g_ptr_array_index (all->units, 2);
  g_assert_cmpstr (unit->key, ==, "县科技局");
  g_assert_cmpuint (unit->counts[ZJTX_TASK_UNDER_WAY], ==, 1);
  g_assert_cmpuint (unit->counts[ZJTX_TASK_DONE], ==, 1);
  g_assert_cmpuint (unit->counts[ZJTX_TASK_OVERDUE], ==, 1);
  g_assert_cmpuint (unit->total, ==, 3);
  g_assert_cmpuint (all->clauses->len, ==, 5);
  g_assert_cmpstr (((ZjtxTaskFigures *) g_ptr_array_index (all->clauses, 1))->key, ==, "三（四）");

  /* The first half of 2025: events in it; the pipeline as it stands on its last day. */
  period = zjtx_action_figures_load (f->store, model_test_date ("2025-01-01"), model_test_date ("2025-06-30"), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (period->platforms_by_level[ZJTX_SUPPORT_LEVEL_PROVINCIAL], ==, 1);
  g_assert_cmpuint (period->kinds[ZJTX_SUPPORT_LOAN].count, ==, 2);
  g_assert_cmpint (period->kinds[ZJTX_SUPPORT_LOAN].amount, ==, 400000050);
  g_assert_cmpint (period->loan_rate_min, ==, 39500);
  g_assert_cmpint (period->loan_rate_max, ==, 39500);
  g_assert_cmpuint (period->listing[ZJTX_LISTING_TUTORING], ==, 1);
  g_assert_cmpuint (period->listing[ZJTX_LISTING_APPLIED], ==, 1);
  g_assert_cmpuint (period->listing[ZJTX_LISTING_LISTED], ==, 1);
  g_assert_cmpuint (period->kinds[ZJTX_SUPPORT_POOL_ENTRY].count, ==, 0);
  g_assert_cmpuint (period->chain_roles[ZJTX_INDUSTRY_INCENSE][ZJTX_CHAIN_LEADER], ==, 0);
  g_assert_cmpuint (period->rooted_enterprises, ==, 2);
  g_assert_cmpuint (period->tasks[ZJTX_TASK_OVERDUE], ==, 2);

  /* An empty county: zeros, no rate. */
  {
    g_autoptr(ZjtxActionFigures) none = zjtx_action_figures_load (f->store, model_test_date ("2020-01-01"), model_test_date ("2020-12-31"),
                                                                 &error);
    g_assert_no_error (error);
    g_assert_cmpint (none->loan_rate_min, ==, -1);
    g_assert_cmpint (none->loan_rate_max, ==, -1);
    g_assert_cmpuint (none->kinds[ZJTX_SUPPORT_LOAN].count, ==, 0);
    g_assert_cmpuint (none->listing[ZJTX_LISTING_TUTORING], ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/actions/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("tables", test_tables);
  ADD ("seeded", test_seeded);
  ADD ("migrate-from-3", test_migrate_from_3);
  g_test_add_func ("/actions/units", test_units);
  ADD ("support/kinds", test_support_kinds);
  ADD ("support/validation", test_support_validation);
  ADD ("support/audit", test_support_audit);
  ADD ("tasks/status", test_task_status);
  ADD ("tasks/progress", test_progress);
  ADD ("tasks/progress-correct", test_progress_correct);
  ADD ("tasks/views", test_views);
  g_test_add_func ("/actions/tasks/clauses", test_clauses);
  ADD ("tasks/edit", test_task_edit);
  ADD ("tasks/edit-with-progress", test_task_edit_with_progress);
  ADD ("tasks/add", test_task_add);
  ADD ("tasks/delete", test_task_delete);
  ADD ("support/import", test_import);
  ADD ("support/export", test_export_roundtrip);
  ADD ("figures", test_figures);

  return g_test_run ();
}
