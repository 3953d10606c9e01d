/* test-store.c: ZjtxStore — opening, refusing, migrating, saving, auditing */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/zjtx-evaluator.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-park.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-housing-loan.h"
#include "model/zjtx-monitoring-record.h"
#include "model/zjtx-store.h"
#include "model-test-util.h"

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zjtx-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "zjtx.db", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  model_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
count (const char *path,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static char *
file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static guint
count_backups (Fixture *f)
{
  g_autofree char *dir = g_build_filename (f->dir, "backups", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = zjtx_store_open (f->path, &error);
  g_autoptr(ZjtxPolicySet) policies = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (count (f->path, "PRAGMA user_version"), ==, ZJTX_STORE_SCHEMA_VERSION);
  /* The policy document's townships, task force and actions, and its policy. */
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM township WHERE builtin"), ==, 22);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM task_force_member"), ==, 18);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM task_force_member WHERE role = 'leader'"), ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM policy_action"), ==, 6);
  policies = zjtx_store_load_policies (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (zjtx_policy_set_get_n (policies), ==, 1);
  g_assert_cmpstr (zjtx_policy_set_get (policies, 0)->doc_number, ==, "永政办规〔2024〕1号");
  /* Seeding is audited like any change. */
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE entity = 'township' AND action = 'insert'"), ==, 22);
  g_assert_cmpint (count (f->path, "PRAGMA foreign_keys"), ==, 0); /* per connection: ours is on, a new one's off */
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), ==, 1);
  /* A brand-new database has nothing to back up. */
  g_assert_cmpuint (count_backups (f), ==, 0);
}

/* A file that exists but is empty (touch zjtx.db) is a new database. */
static void
test_empty_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;

  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = zjtx_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f->path, "PRAGMA user_version"), ==, ZJTX_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM township"), ==, 22);
}

/* A database left at an older schema version would be migrated after a
 * backup; version 1 is the first, so "older" is the empty database (0). */
static void
test_migrate_from_zero (Fixture       *f,
                        gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 0", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  store = zjtx_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f->path, "PRAGMA user_version"), ==, ZJTX_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM policy"), ==, 1);
}

static void
test_reopen_backs_up_daily (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&(ZjtxStore *) { zjtx_store_open (f->path, &error) });
  g_assert_no_error (error);
  {
    g_autoptr(ZjtxStore) again = zjtx_store_open (f->path, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (count_backups (f), ==, 1);
  {
    g_autoptr(ZjtxStore) third = zjtx_store_open (f->path, &error);
    g_assert_no_error (error);
  }
  /* Once a day, not once an opening. */
  g_assert_cmpuint (count_backups (f), ==, 1);
}

static void
test_backups_pruned (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = zjtx_store_open (f->path, &error);
  g_autofree char *dir = g_build_filename (f->dir, "backups", NULL);

  g_assert_no_error (error);
  g_mkdir_with_parents (dir, 0700);
  /* 35 older backups… */
  for (guint i = 0; i < 35; i++)
    {
      g_autofree char *name = g_strdup_printf ("zjtx-2020%02u%02u-000000.db", 1 + i / 28, 1 + i % 28);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_set_contents (path, "x", 1, NULL));
    }
  {
    g_autofree char *made = zjtx_store_backup_now (store, &error);
    g_autofree char *oldest = g_build_filename (dir, "zjtx-20200101-000000.db", NULL);

    g_assert_no_error (error);
    g_assert_true (g_file_test (made, G_FILE_TEST_EXISTS));
    /* …and the new one: the newest 30 are kept. */
    g_assert_cmpuint (count_backups (f), ==, ZJTX_STORE_BACKUPS_KEPT);
    g_assert_false (g_file_test (oldest, G_FILE_TEST_EXISTS));
    g_assert_cmpint (count (made, "SELECT count(*) FROM township"), ==, 22);
  }
}

static void
assert_refused (Fixture        *f,
                ZjtxStoreError  code,
                const char     *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = file_digest (f->path);
  g_autoptr(ZjtxStore) store = zjtx_store_open (f->path, &error);
  g_autofree char *after = NULL;

  g_assert_null (store);
  g_assert_error (error, ZJTX_STORE_ERROR, (int) code);
  if (strstr (error->message, fragment) == NULL)
    g_error ("“%s” does not contain “%s”", error->message, fragment);
  /* Refused means untouched. */
  after = file_digest (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (f->dir, G_FILE_TEST_EXISTS) &&
                  count_backups (f) > 0);
}

static void
test_not_a_database (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_true (g_file_set_contents (f->path, "企业名称,统一社会信用代码\n永春县甲公司,91350525MA2Y00001D\n", -1, NULL));
  assert_refused (f, ZJTX_STORE_ERROR_NOT_DATABASE, "is not a zjtx database");
}

static void
test_other_database (Fixture       *f,
                     gconstpointer  data)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f, ZJTX_STORE_ERROR_NOT_DATABASE, "another program");
}

static void
test_newer_version (Fixture       *f,
                    gconstpointer  data)
{
  sqlite3 *db = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZjtxStore) store = zjtx_store_open (f->path, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (f, ZJTX_STORE_ERROR_NEWER_VERSION, "newer version");
}

static void
test_corrupt (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *db = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZjtxStore) store = zjtx_store_open (f->path, &error);
    g_assert_no_error (error);
  }
  /* Fold the WAL back in, then damage pages after the header. */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 16384);
  for (gsize i = 4096 + 100; i < length; i += 7)
    contents[i] = (char) (i * 31);
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  assert_refused (f, ZJTX_STORE_ERROR_CORRUPT, "damaged");
}

/* Another program holding the database exclusively past the busy timeout. */
static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  sqlite3 *other = NULL;

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZjtxStore) store = zjtx_store_open (f->path, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (sqlite3_open (f->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                        "INSERT INTO person (name) VALUES ('锁')", NULL, NULL, NULL), ==, SQLITE_OK);
  assert_refused (f, ZJTX_STORE_ERROR_LOCKED, "busy");
  g_assert_cmpint (sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
}

static void
test_not_a_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = zjtx_store_open (f->dir, &error);

  g_assert_null (store);
  g_assert_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_IO);
}

static ZjtxStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  ZjtxStore *store = zjtx_store_open (f->path, &error);

  g_assert_no_error (error);
  zjtx_store_set_actor (store, "测试员");
  return store;
}

static ZjtxEnterprise *
make_enterprise (const char *name,
                 const char *uscc)
{
  ZjtxEnterprise *e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  zjtx_enterprise_set_township (e, "桃城镇");
  return e;
}

/* A database of version 1, as the first release wrote it (its schema file,
 * kept unchanged), is migrated to this version and keeps its data. */
static void
test_migrate_from_one (Fixture       *f,
                       gconstpointer  data)
{
  sqlite3 *db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autofree char *schema_path = g_build_filename (TEST_DATA_DIR, "..", "..", "src", "model", "zjtx-schema-1.sql", NULL);
  g_autofree char *schema = NULL;

  g_assert_true (g_file_get_contents (schema_path, &schema, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, schema, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "INSERT INTO township (name, position) VALUES ('桃城镇', 1);"
                                     "INSERT INTO enterprise (name, uscc, township) "
                                     "VALUES ('永春县第一制香有限公司', '91350525MA2Y00001D', '桃城镇');"
                                     "PRAGMA user_version = 1", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  store = zjtx_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f->path, "PRAGMA user_version"), ==, ZJTX_STORE_SCHEMA_VERSION);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'enterprise_liaison'"), ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM sqlite_schema WHERE name = 'notice_kept'"), ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM pragma_table_info ('award') WHERE name = 'computed_amount'"), ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM enterprise"), ==, 1);
}

static void
test_save_audit (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ZjtxStore) store = open_store (f);
  g_autoptr(ZjtxEnterprise) e = make_enterprise ("永春县甲香业有限公司", "91350525MA2Y00001D");
  g_autoptr(ZjtxEnterprise) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (e), &error));
  g_assert_no_error (error);
  id = zjtx_record_get_id (ZJTX_RECORD (e));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE entity = 'enterprise' AND action = 'insert' "
                                   "AND actor = '测试员' AND json_extract (new_values, '$.uscc') = '91350525MA2Y00001D'"), ==, 1);

  /* Saving unchanged writes no audit row. */
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (e), &error));
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE entity = 'enterprise'"), ==, 1);

  /* An update audits the changed columns only, old and new. */
  zjtx_enterprise_set_township (e, "五里街镇");
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (e), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE entity = 'enterprise' AND action = 'update' "
                                   "AND old_values = '{\"township\":\"桃城镇\"}' "
                                   "AND new_values = '{\"township\":\"五里街镇\"}'"), ==, 1);

  loaded = zjtx_store_load (store, ZJTX_TYPE_ENTERPRISE, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_enterprise_get_township (loaded), ==, "五里街镇");
  g_assert_cmpstr (zjtx_enterprise_get_name (loaded), ==, "永春县甲香业有限公司");
  g_assert_cmpint (zjtx_enterprise_get_first_year_kwh (loaded), ==, ZJTX_RECORD_NULL);

  g_assert_true (zjtx_store_delete (store, ZJTX_RECORD (loaded), &error));
  g_assert_no_error (error);
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (loaded)), ==, 0);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE entity = 'enterprise' AND action = 'delete' "
                                   "AND json_extract (old_values, '$.name') = '永春县甲香业有限公司'"), ==, 1);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(ZjtxStore) store = open_store (f);
  g_autoptr(ZjtxEnterprise) a = make_enterprise ("甲公司", "91350525MA2Y00001D");
  g_autoptr(ZjtxEnterprise) b = make_enterprise ("乙公司", "91350525MA2Y00001D");
  g_autoptr(ZjtxEnterprise) c = make_enterprise ("丙公司", NULL);
  g_autoptr(ZjtxEnterprise) d = make_enterprise ("丁公司", NULL);
  g_autoptr(ZjtxEnterprise) bad = make_enterprise ("戊公司", "91310110666007217A");
  g_autoptr(GError) error = NULL;
  gint64 audits;

  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (a), &error));
  audits = count (f->path, "SELECT count(*) FROM audit");

  /* A second enterprise with the same USCC. */
  g_assert_false (zjtx_store_save (store, ZJTX_RECORD (b), &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (b)), ==, "uscc");
  g_assert_cmpint (zjtx_record_get_id (ZJTX_RECORD (b)), ==, 0);
  g_clear_error (&error);

  /* A township not on the list. */
  zjtx_enterprise_set_township (c, "不存在镇");
  g_assert_false (zjtx_store_save (store, ZJTX_RECORD (c), &error));
  g_assert_error (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID);
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (c)), ==, "township");
  g_assert_nonnull (strstr (error->message, "不存在镇"));
  g_clear_error (&error);

  /* A park that does not exist. */
  zjtx_enterprise_set_park_id (d, 4242);
  g_assert_false (zjtx_store_save (store, ZJTX_RECORD (d), &error));
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (d)), ==, "park-id");
  g_clear_error (&error);

  /* An invalid USCC never reaches the database. */
  g_assert_false (zjtx_store_save (store, ZJTX_RECORD (bad), &error));
  g_assert_cmpstr (zjtx_record_get_error_field (ZJTX_RECORD (bad)), ==, "uscc");
  g_clear_error (&error);

  /* Nothing of the refused saves is left, audit included. */
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM enterprise"), ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit"), ==, audits);
}

static void
test_delete_referenced (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(ZjtxStore) store = open_store (f);
  g_autoptr(ZjtxPark) park = zjtx_park_new ();
  g_autoptr(ZjtxEnterprise) e = make_enterprise ("甲公司", NULL);
  g_autoptr(GError) error = NULL;

  zjtx_park_set_name (park, "蓬壶专精特新示范园");
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (park), &error));
  zjtx_enterprise_set_park_id (e, zjtx_record_get_id (ZJTX_RECORD (park)));
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (e), &error));
  g_assert_no_error (error);

  g_assert_false (zjtx_store_delete (store, ZJTX_RECORD (park), &error));
  g_assert_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM park"), ==, 1);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE action = 'delete'"), ==, 0);
}

/* An inner rollback dooms the whole transaction: nothing of it is saved. */
static void
test_nested_transactions (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(ZjtxStore) store = open_store (f);
  g_autoptr(ZjtxEnterprise) first = make_enterprise ("甲公司", NULL);
  g_autoptr(ZjtxEnterprise) second = make_enterprise ("乙公司", NULL);
  g_autoptr(ZjtxEnterprise) after = make_enterprise ("丙公司", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_store_begin (store, &error));
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (first), &error));
  g_assert_true (zjtx_store_begin (store, &error));
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (second), &error));
  zjtx_store_rollback (store);
  g_assert_false (zjtx_store_commit (store, &error));
  g_assert_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM audit WHERE entity = 'enterprise'"), ==, 0);

  /* The store is usable again afterwards. */
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (after), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM enterprise"), ==, 1);
}

/* Facts from the store evaluate exactly like the equivalent facts file. */
static void
test_facts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(ZjtxStore) store = open_store (f);
  g_autoptr(ZjtxPark) park = zjtx_park_new ();
  g_autoptr(ZjtxEnterprise) e = make_enterprise ("贷款企业", "91310110666007217T");
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();
  g_autoptr(ZjtxHousingLoan) loan = zjtx_housing_loan_new ();
  g_autoptr(ZjtxMonitoringRecord) m2024 = zjtx_monitoring_record_new ();
  g_autoptr(ZjtxMonitoringRecord) m2026 = zjtx_monitoring_record_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxFacts) facts = NULL;
  g_autoptr(ZjtxFacts) expected_facts = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxEvaluation) got = NULL;
  g_autoptr(ZjtxEvaluation) expected = NULL;
  g_autofree char *got_text = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *json = NULL;
  ZjtxDate as_of = zjtx_date_from_ymd (2025, 6, 30);
  gint64 pid, eid;

  zjtx_park_set_name (park, "示范园");
  zjtx_park_set_contiguous (park, TRUE);
  zjtx_park_set_demonstration (park, TRUE);
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (park), &error));
  pid = zjtx_record_get_id (ZJTX_RECORD (park));

  zjtx_enterprise_set_park_id (e, pid);
  zjtx_enterprise_set_park_entry_date (e, "2024-06-01");
  zjtx_enterprise_set_first_year_kwh (e, 3400000);
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (e), &error));
  g_assert_no_error (error);
  eid = zjtx_record_get_id (ZJTX_RECORD (e));

  zjtx_recognition_set_enterprise_id (r, eid);
  zjtx_recognition_set_tier (r, "provincial");
  zjtx_recognition_set_date (r, "2024-03-01");
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (r), &error));
  zjtx_housing_loan_set_enterprise_id (loan, eid);
  zjtx_housing_loan_set_principal (loan, 500000000);
  zjtx_housing_loan_set_term_months (loan, 9);
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (loan), &error));
  /* Output for the park title: the latest yearly record not after 2025. */
  zjtx_monitoring_record_set_enterprise_id (m2024, eid);
  zjtx_monitoring_record_set_period (m2024, "2024");
  zjtx_monitoring_record_set_output (m2024, 1200000000);
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (m2024), &error));
  zjtx_monitoring_record_set_enterprise_id (m2026, eid);
  zjtx_monitoring_record_set_period (m2026, "2026");
  zjtx_monitoring_record_set_output (m2026, 9900000000);
  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (m2026), &error));
  g_assert_no_error (error);

  facts = zjtx_store_build_facts (store, as_of, &error);
  g_assert_no_error (error);
  policies = zjtx_store_load_policies (store, &error);
  g_assert_no_error (error);

  json = g_strdup_printf (
    "{ \"as_of\": \"2025-06-30\","
    "  \"parks\": [ { \"id\": \"P%" G_GINT64_FORMAT "\", \"name\": \"示范园\", \"contiguous\": true, \"demonstration\": true } ],"
    "  \"enterprises\": [ { \"id\": \"E%" G_GINT64_FORMAT "\", \"name\": \"贷款企业\", \"uscc\": \"91310110666007217T\","
    "    \"park\": \"P%" G_GINT64_FORMAT "\", \"park_entry_date\": \"2024-06-01\", \"output\": \"12000000.00\","
    "    \"first_year_kwh\": 3400000,"
    "    \"recognitions\": [ { \"tier\": \"provincial\", \"date\": \"2024-03-01\" } ],"
    "    \"housing_loans\": [ { \"principal\": \"5000000.00\", \"term_months\": 9 } ] } ] }",
    pid, eid, pid);
  expected_facts = zjtx_facts_new_from_data (json, -1, &error);
  g_assert_no_error (error);

  got = zjtx_evaluate (facts, policies, as_of);
  expected = zjtx_evaluate (expected_facts, policies, as_of);
  got_text = zjtx_evaluation_to_data (got, NULL);
  expected_text = zjtx_evaluation_to_data (expected, NULL);
  g_assert_cmpstr (got_text, ==, expected_text);
  /* 100,000 recognition + 37,500 loan + 170,000 production */
  g_assert_cmpint (got->total, ==, 30750000);
}

/* A second connection writing while the store writes: one waits, both land. */
static void
test_two_writers (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZjtxStore) first = open_store (f);
  g_autoptr(ZjtxStore) second = open_store (f);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 50; i++)
    {
      g_autofree char *n1 = g_strdup_printf ("一号进程企业%u", i);
      g_autofree char *n2 = g_strdup_printf ("二号进程企业%u", i);
      g_autoptr(ZjtxEnterprise) a = make_enterprise (n1, NULL);
      g_autoptr(ZjtxEnterprise) b = make_enterprise (n2, NULL);

      g_assert_true (zjtx_store_save (first, ZJTX_RECORD (a), &error));
      g_assert_true (zjtx_store_save (second, ZJTX_RECORD (b), &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (count (f->path, "SELECT count(*) FROM enterprise"), ==, 100);
  g_assert_cmpstr ("ok", ==, "ok");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/store/open/create", test_create);
  ADD ("/store/open/empty-file", test_empty_file);
  ADD ("/store/open/migrate-from-zero", test_migrate_from_zero);
  ADD ("/store/open/migrate-from-one", test_migrate_from_one);
  ADD ("/store/open/daily-backup", test_reopen_backs_up_daily);
  ADD ("/store/open/backups-pruned", test_backups_pruned);
  ADD ("/store/open/not-a-database", test_not_a_database);
  ADD ("/store/open/other-database", test_other_database);
  ADD ("/store/open/newer-version", test_newer_version);
  ADD ("/store/open/corrupt", test_corrupt);
  ADD ("/store/open/not-a-file", test_not_a_file);
  ADD ("/store/open/locked", test_locked);
  ADD ("/store/save/audit", test_save_audit);
  ADD ("/store/save/refusals", test_refusals);
  ADD ("/store/delete/referenced", test_delete_referenced);
  ADD ("/store/transactions/nested", test_nested_transactions);
  ADD ("/store/facts/same-as-file", test_facts);
  ADD ("/store/concurrency/two-writers", test_two_writers);
#undef ADD

  return g_test_run ();
}
