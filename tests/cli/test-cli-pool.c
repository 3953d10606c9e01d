/* test-cli-pool.c: zjtx-cli import, export, list and evaluate on a database
 *
 * Runs the real program on temporary databases, as a script or an officer
 * at a terminal would, including a kill -9 in the middle of a large import.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "core/zjtx-uscc.h"
#include "cli-test-util.h"

typedef struct {
  char *dir;
  char *db;
} Fixture;

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
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static void
test_import_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *csv = cli_data_path ("pool.csv");
  const char *args[] = { "import", csv, NULL };
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) again = { 0 };
  g_autofree char *products = NULL;

  cli_run (f->db, &run, args);
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.err, ==, "");
  cli_assert_contains (run.out, "header on line 2");
  cli_assert_contains (run.out, "6 rows: 2 added, 0 updated, 0 unchanged, 4 rejected.");
  cli_assert_contains (run.out, "line 5, column 所属乡镇: “不存在镇” is not one of the county's townships");
  cli_assert_contains (run.out, "line 6, column 统一社会信用代码: check character 18 is 'A' but should be 'D'");
  cli_assert_contains (run.out, "line 7, column 认定时间: “2024-02-30” is not a real date");
  cli_assert_contains (run.out, "line 8, column 营业收入（万元）: “12万” is not a number");

  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM enterprise"), ==, 2);
  products = cli_query_text (f->db, "SELECT products FROM enterprise WHERE uscc = '91350525MA2Y00001D'");
  g_assert_cmpstr (products, ==, "竹签香,檀香");
  /* 1234.56 万元 = 12,345,600.00 yuan */
  g_assert_cmpint (cli_query (f->db, "SELECT revenue FROM monitoring_record m JOIN enterprise e ON e.id = m.enterprise_id "
                                     "WHERE e.uscc = '91350525MA2Y00001D' AND period = '2024'"), ==, 1234560000);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM recognition WHERE tier = 'provincial' AND date = '2024-05-10'"),
                   ==, 1);

  /* The same file again: matched by USCC, nothing duplicated. */
  cli_run (f->db, &again, args);
  cli_assert_contains (again.out, "6 rows: 0 added, 0 updated, 2 unchanged, 4 rejected.");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM enterprise"), ==, 2);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM recognition"), ==, 2);
}

static void
test_dry_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *csv = cli_data_path ("pool.csv");
  const char *args[] = { "import", "--dry-run", csv, NULL };
  g_auto(CliRun) run = { 0 };

  cli_run (f->db, &run, args);
  g_assert_cmpint (run.status, ==, 3);
  cli_assert_contains (run.out, "Dry run, nothing changed: 6 rows; would add 2, update 0; 0 unchanged; 4 rejected.");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE entity = 'enterprise'"), ==, 0);
}

static void
round_trip (Fixture    *f,
            const char *what,
            const char *extension)
{
  g_autofree char *out = g_strdup_printf ("%s/%s.%s", f->dir, what, extension);
  const char *export_args[] = { "export", "--what", what, "-o", out, NULL };
  const char *import_args[] = { "import", out, NULL };
  g_auto(CliRun) exported = { 0 };
  g_auto(CliRun) imported = { 0 };
  gint64 audits = cli_query (f->db, "SELECT count(*) FROM audit");

  cli_run (f->db, &exported, export_args);
  g_assert_cmpint (exported.status, ==, 0);
  cli_run (f->db, &imported, import_args);
  g_assert_cmpstr (imported.err, ==, "");
  g_assert_cmpint (imported.status, ==, 0);
  if (strstr (imported.out, " 0 added, 0 updated, ") == NULL || strstr (imported.out, " 0 rejected.") == NULL)
    g_error ("re-importing %s changed something: %s", out, imported.out);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audits);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *csv = cli_data_path ("pool.csv");
  const char *demo[] = { "demo", "--enterprises", "60", NULL };
  const char *args[] = { "import", csv, NULL };
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) filled = { 0 };

  cli_run (f->db, &filled, demo);
  g_assert_cmpint (filled.status, ==, 0);
  cli_run (f->db, &run, args);
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
  g_autofree char *csv = cli_data_path ("pool.csv");
  const char *args[] = { "import", csv, NULL };
  const char *by_two[] = { "list", "--search", "老醋", NULL };       /* two characters: LIKE */
  const char *by_three[] = { "list", "--search", "达埔香", NULL };  /* three: FTS5 trigram */
  const char *by_tier[] = { "list", "--tier", "provincial", "--as-of", "2025-01-01", NULL };
  g_auto(CliRun) imported = { 0 };
  g_auto(CliRun) two = { 0 };
  g_auto(CliRun) three = { 0 };
  g_auto(CliRun) tier = { 0 };

  cli_run (f->db, &imported, args);
  cli_run (f->db, &two, by_two);
  g_assert_cmpint (two.status, ==, 0);
  cli_assert_contains (two.out, "永春县老醋有限公司");
  cli_assert_contains (two.out, "1 of 1 enterprise");
  cli_run (f->db, &three, by_three);
  cli_assert_contains (three.out, "永春县达埔香业有限公司");
  cli_assert_contains (three.out, "1 of 1 enterprise");
  cli_run (f->db, &tier, by_tier);
  cli_assert_contains (tier.out, "91350525MA2Y00001D");
  cli_assert_contains (tier.out, "1 of 1 enterprise");
}

static void
test_bad_database (Fixture       *f,
                   gconstpointer  data)
{
  const char *args[] = { "list", NULL };
  g_auto(CliRun) run = { 0 };

  g_assert_true (g_file_set_contents (f->db, "not a database at all, just text", -1, NULL));
  cli_run (f->db, &run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  cli_assert_contains (run.err, "is not a zjtx database");
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

static void
sleep_in_loop (guint ms)
{
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);

  g_timeout_add (ms, quit_loop, loop);
  g_main_loop_run (loop);
}

/* Whether some connection to @db holds its write lock: BEGIN IMMEDIATE
 * without a busy timeout fails at once if so. */
static gboolean
write_locked (const char *db)
{
  sqlite3 *handle = NULL;
  int rc;

  g_assert_cmpint (sqlite3_open_v2 (db, &handle, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  rc = sqlite3_exec (handle, "BEGIN IMMEDIATE", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    sqlite3_exec (handle, "ROLLBACK", NULL, NULL, NULL);
  else
    g_assert_cmpint (rc, ==, SQLITE_BUSY);
  sqlite3_close (handle);
  return rc == SQLITE_BUSY;
}

static void
create_empty_pool (Fixture *f)
{
  const char *create[] = { "list", NULL };
  g_auto(CliRun) created = { 0 };
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (f->db, suffixes[i], NULL);
      g_remove (path);
    }
  cli_run (f->db, &created, create);
  g_assert_cmpint (created.status, ==, 0);
}

/* kill -9 in the middle of a 100,000-row import: the database is exactly as
 * before (the rows go in one transaction, and SQLite's WAL is crash-safe).
 *
 * "In the middle" is made sure of, not guessed from a timing: the program
 * is stopped (SIGSTOP), and killed only if it then holds the database's
 * write lock with none of its rows visible. Stopped too early or too late,
 * the next try waits half-way between, whatever the machine's speed. */
static void
test_kill_during_import (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *csv = write_big_csv (f, 100000, 0);
  const char *args[] = { "import", csv, NULL };
  gint64 audits = -1;
  guint early = 0;
  guint late;
  gboolean killed_inside = FALSE;

  /* How long a whole import takes here (into another database). */
  {
    g_autofree char *other = g_build_filename (f->dir, "timing.db", NULL);
    g_auto(CliRun) timing = { 0 };
    gint64 start = g_get_monotonic_time ();

    cli_run (other, &timing, args);
    g_assert_cmpint (timing.status, ==, 0);
    late = (g_get_monotonic_time () - start) / 1000 + 1;
  }

  for (guint attempt = 0; attempt < 10 && !killed_inside; attempt++)
    {
      g_autoptr(GSubprocess) process = NULL;
      guint wait_ms = (early + late) / 2;
      gint64 rows;

      create_empty_pool (f);
      audits = cli_query (f->db, "SELECT count(*) FROM audit");

      process = cli_spawn (NULL, f->db, args);
      sleep_in_loop (wait_ms);
      g_subprocess_send_signal (process, SIGSTOP);

      rows = cli_query (f->db, "SELECT count(*) FROM enterprise");
      killed_inside = rows == 0 && write_locked (f->db);

      g_subprocess_send_signal (process, SIGKILL);
      g_subprocess_wait (process, NULL, NULL);

      if (killed_inside)
        g_assert_true (g_subprocess_get_if_signaled (process));
      else if (rows == 0)
        early = wait_ms;   /* not yet writing */
      else
        late = wait_ms;    /* already committed */
      g_test_message ("attempt %u: stopped after %u ms: %s", attempt, wait_ms,
                      killed_inside ? "inside the transaction" : rows == 0 ? "too early" : "too late");
    }
  g_assert_true (killed_inside);

  {
    g_autofree char *check = cli_query_text (f->db, "PRAGMA integrity_check");
    g_assert_cmpstr (check, ==, "ok");
  }
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM enterprise"), ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audits);
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
  g_auto(CliRun) created = { 0 };
  g_auto(CliRun) run_a = { 0 };
  g_auto(CliRun) run_b = { 0 };
  g_autoptr(GSubprocess) pa = NULL;
  g_autoptr(GSubprocess) pb = NULL;
  g_autofree char *check = NULL;

  cli_run (f->db, &created, create);
  pa = cli_spawn (NULL, f->db, args_a);
  pb = cli_spawn (NULL, f->db, args_b);
  cli_finish (pa, &run_a);
  cli_finish (pb, &run_b);
  g_assert_cmpstr (run_a.err, ==, "");
  g_assert_cmpstr (run_b.err, ==, "");
  g_assert_cmpint (run_a.status, ==, 0);
  g_assert_cmpint (run_b.status, ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM enterprise"), ==, 6000);
  check = cli_query_text (f->db, "PRAGMA integrity_check");
  g_assert_cmpstr (check, ==, "ok");
}

static void
test_evaluate_store (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *csv = cli_data_path ("pool.csv");
  const char *args[] = { "import", csv, NULL };
  const char *evaluate[] = { "evaluate", "--as-of", "2025-12-31", NULL };
  g_auto(CliRun) imported = { 0 };
  g_auto(CliRun) run = { 0 };

  cli_run (f->db, &imported, args);
  cli_run (f->db, &run, evaluate);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  /* 100,000 provincial + 10,000 innovative, both first recognised in 2024 */
  cli_assert_contains (run.out, "\"total\": \"110000.00\"");
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
