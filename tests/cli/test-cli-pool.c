/* test-cli-pool.c: zjtx-cli import, export, list and evaluate on a database
 *
 * Runs the real program on temporary databases, as a script or an officer
 * at a terminal would, including a kill -9 in the middle of a large import.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sqlite3.h>

#include "core/zjtx-uscc.h"

typedef struct {
  char *dir;
  char *db;
} Fixture;

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static GSubprocessLauncher *
launcher_new (void)
{
  GSubprocessLauncher *launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                             G_SUBPROCESS_FLAGS_STDERR_PIPE);

  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  return launcher;
}

static GSubprocess *
spawn (Fixture            *f,
       const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = launcher_new ();
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ZJTX_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

static void
finish (GSubprocess *process,
        Run         *run)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

static void
run_cli (Fixture            *f,
         Run                *run,
         const char * const *args)
{
  g_autoptr(GSubprocess) process = spawn (f, args);
  finish (process, run);
}

static gint64
query (Fixture    *f,
       const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->db, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

static char *
data_path (const char *name)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "cli", name, NULL);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("zjtx-cli-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "zjtx.db", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        remove_tree (child);
      }
  g_remove (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
test_import_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = data_path ("pool.csv");
  const char *args[] = { "import", csv, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) again = { 0 };
  g_autofree char *products = NULL;

  run_cli (f, &run, args);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "header on line 2"));
  g_assert_nonnull (strstr (run.out, "6 rows: 2 added, 0 updated, 0 unchanged, 4 rejected."));
  g_assert_nonnull (strstr (run.out, "line 5, column 所属乡镇: “不存在镇” is not one of the county's townships"));
  g_assert_nonnull (strstr (run.out, "line 6, column 统一社会信用代码: check character 18 is 'A' but should be 'D'"));
  g_assert_nonnull (strstr (run.out, "line 7, column 认定时间: “2024-02-30” is not a real date"));
  g_assert_nonnull (strstr (run.out, "line 8, column 营业收入（万元）: “12万” is not a number"));

  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 2);
  products = query_text (f, "SELECT products FROM enterprise WHERE uscc = '91350525MA2Y00001D'");
  g_assert_cmpstr (products, ==, "竹签香,檀香");
  /* 1234.56 万元 = 12,345,600.00 yuan */
  g_assert_cmpint (query (f, "SELECT revenue FROM monitoring_record m JOIN enterprise e ON e.id = m.enterprise_id "
                             "WHERE e.uscc = '91350525MA2Y00001D' AND period = '2024'"), ==, 1234560000);
  g_assert_cmpint (query (f, "SELECT count(*) FROM recognition WHERE tier = 'provincial' AND date = '2024-05-10'"), ==, 1);

  /* The same file again: matched by USCC, nothing duplicated. */
  run_cli (f, &again, args);
  g_assert_nonnull (strstr (again.out, "6 rows: 0 added, 0 updated, 2 unchanged, 4 rejected."));
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 2);
  g_assert_cmpint (query (f, "SELECT count(*) FROM recognition"), ==, 2);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = data_path ("pool.csv");
  const char *args[] = { "import", "--dry-run", csv, NULL };
  g_auto(Run) run = { 0 };

  run_cli (f, &run, args);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_nonnull (strstr (run.out, "Dry run, nothing changed: 6 rows; would add 2, update 0; 0 unchanged; 4 rejected."));
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit WHERE entity = 'enterprise'"), ==, 0);
}

static void
round_trip (Fixture    *f,
            const char *what,
            const char *extension)
{
  g_autofree char *out = g_strdup_printf ("%s/%s.%s", f->dir, what, extension);
  const char *export_args[] = { "export", "--what", what, "-o", out, NULL };
  const char *import_args[] = { "import", out, NULL };
  g_auto(Run) exported = { 0 };
  g_auto(Run) imported = { 0 };
  gint64 audits = query (f, "SELECT count(*) FROM audit");

  run_cli (f, &exported, export_args);
  g_assert_cmpint (exported.status, ==, 0);
  run_cli (f, &imported, import_args);
  g_assert_cmpstr (imported.err, ==, "");
  g_assert_cmpint (imported.status, ==, 0);
  if (strstr (imported.out, " 0 added, 0 updated, ") == NULL || strstr (imported.out, " 0 rejected.") == NULL)
    g_error ("re-importing %s changed something: %s", out, imported.out);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit"), ==, audits);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = data_path ("pool.csv");
  const char *demo[] = { "demo", "--enterprises", "60", NULL };
  const char *args[] = { "import", csv, NULL };
  g_auto(Run) run = { 0 };
  g_auto(Run) filled = { 0 };

  run_cli (f, &filled, demo);
  g_assert_cmpint (filled.status, ==, 0);
  run_cli (f, &run, args);
  g_assert_cmpint (run.status, ==, 3);

  round_trip (f, "enterprises", "csv");
  round_trip (f, "enterprises", "xlsx");
  round_trip (f, "recognitions", "csv");
  round_trip (f, "recognitions", "xlsx");
  round_trip (f, "monitoring", "csv");
  round_trip (f, "monitoring", "xlsx");
}

static void
test_list_and_search (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *csv = data_path ("pool.csv");
  const char *args[] = { "import", csv, NULL };
  const char *by_two[] = { "list", "--search", "老醋", NULL };       /* two characters: LIKE */
  const char *by_three[] = { "list", "--search", "达埔香", NULL };  /* three: FTS5 trigram */
  const char *by_tier[] = { "list", "--tier", "provincial", "--as-of", "2025-01-01", NULL };
  g_auto(Run) imported = { 0 };
  g_auto(Run) two = { 0 };
  g_auto(Run) three = { 0 };
  g_auto(Run) tier = { 0 };

  run_cli (f, &imported, args);
  run_cli (f, &two, by_two);
  g_assert_cmpint (two.status, ==, 0);
  g_assert_nonnull (strstr (two.out, "永春县老醋有限公司"));
  g_assert_nonnull (strstr (two.out, "1 of 1 enterprise"));
  run_cli (f, &three, by_three);
  g_assert_nonnull (strstr (three.out, "永春县达埔香业有限公司"));
  g_assert_nonnull (strstr (three.out, "1 of 1 enterprise"));
  run_cli (f, &tier, by_tier);
  g_assert_nonnull (strstr (tier.out, "91350525MA2Y00001D"));
  g_assert_nonnull (strstr (tier.out, "1 of 1 enterprise"));
}

static void
test_bad_database (Fixture       *f,
                   gconstpointer  data)
{
  const char *args[] = { "list", NULL };
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (f->db, "not a database at all, just text", -1, NULL));
  run_cli (f, &run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "is not a zjtx database"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
}

/* n rows of valid, distinct enterprises. */
static char *
write_big_csv (Fixture *f,
               guint    n,
               guint    offset)
{
  g_autoptr(GString) csv = g_string_new ("企业名称,统一社会信用代码,所属乡镇,产业链,主要产品\n");
  g_autofree char *path = g_strdup_printf ("%s/big-%u.csv", f->dir, offset);

  for (guint i = 0; i < n; i++)
    {
      char code[19];

      /* 91 350525 + 8 digits + an organisation check digit position + check */
      g_snprintf (code, sizeof code, "91350525%09u", offset + i);
      code[17] = zjtx_uscc_check_character (code);
      code[18] = '\0';
      g_string_append_printf (csv, "永春县第%u号测试企业有限公司,%s,桃城镇,瓷,白瓷\n", offset + i, code);
    }
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  return g_steal_pointer (&path);
}

static gboolean
quit_loop (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* kill -9 half-way through a 100,000-row import: the database is exactly as
 * before (the rows go in one transaction, and SQLite's WAL is crash-safe). */
static void
test_kill_during_import (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *csv = write_big_csv (f, 100000, 0);
  const char *create[] = { "list", NULL };
  const char *args[] = { "import", csv, NULL };
  g_auto(Run) created = { 0 };
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *check = NULL;
  gint64 audits;
  gint64 whole;

  run_cli (f, &created, create);
  g_assert_cmpint (created.status, ==, 0);
  audits = query (f, "SELECT count(*) FROM audit");

  /* How long a whole import takes here (into another database), so that
   * the kill lands half-way through, whatever the machine's speed. */
  {
    Fixture other = { f->dir, g_build_filename (f->dir, "timing.db", NULL) };
    g_auto(Run) timing = { 0 };
    gint64 start = g_get_monotonic_time ();

    run_cli (&other, &timing, args);
    g_assert_cmpint (timing.status, ==, 0);
    whole = g_get_monotonic_time () - start;
    g_free (other.db);
  }

  process = spawn (f, args);
  {
    g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
    g_timeout_add (whole / 2000, quit_loop, loop);
    g_main_loop_run (loop);
  }
  g_subprocess_send_signal (process, SIGKILL);
  g_subprocess_wait (process, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (process));

  check = query_text (f, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit"), ==, audits);
}

/* Two programs importing into one database at once: one waits, both land. */
static void
test_two_processes (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *a = write_big_csv (f, 3000, 0);
  g_autofree char *b = write_big_csv (f, 3000, 500000);
  const char *create[] = { "list", NULL };
  const char *args_a[] = { "import", a, NULL };
  const char *args_b[] = { "import", b, NULL };
  g_auto(Run) created = { 0 };
  g_auto(Run) run_a = { 0 };
  g_auto(Run) run_b = { 0 };
  g_autoptr(GSubprocess) pa = NULL;
  g_autoptr(GSubprocess) pb = NULL;
  g_autofree char *check = NULL;

  run_cli (f, &created, create);
  pa = spawn (f, args_a);
  pb = spawn (f, args_b);
  finish (pa, &run_a);
  finish (pb, &run_b);
  g_assert_cmpstr (run_a.err, ==, "");
  g_assert_cmpstr (run_b.err, ==, "");
  g_assert_cmpint (run_a.status, ==, 0);
  g_assert_cmpint (run_b.status, ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 6000);
  check = query_text (f, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
}

static void
test_evaluate_store (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv = data_path ("pool.csv");
  const char *args[] = { "import", csv, NULL };
  const char *evaluate[] = { "evaluate", "--as-of", "2025-12-31", NULL };
  g_auto(Run) imported = { 0 };
  g_auto(Run) run = { 0 };

  run_cli (f, &imported, args);
  run_cli (f, &run, evaluate);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* 100,000 provincial + 10,000 innovative, both first recognised in 2024 */
  g_assert_nonnull (strstr (run.out, "\"total\": \"110000.00\""));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/cli/import/report", test_import_report);
  ADD ("/cli/import/dry-run", test_dry_run);
  ADD ("/cli/import/kill-9", test_kill_during_import);
  ADD ("/cli/import/two-processes", test_two_processes);
  ADD ("/cli/export/round-trip", test_round_trip);
  ADD ("/cli/list/search", test_list_and_search);
  ADD ("/cli/open/bad-database", test_bad_database);
  ADD ("/cli/evaluate/store", test_evaluate_store);
#undef ADD

  return g_test_run ();
}
