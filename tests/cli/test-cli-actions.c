/* test-cli-actions.c: zjtx-cli support and tasks — the policy's actions from a script
 *
 * A temporary county made through the model API (two enterprises; the
 * seeded tasks replaced by five of our own), then the real program:
 * support import (Chinese headers, a bad amount, a date in the future),
 * list (text and JSON, filtered), export and import of the export;
 * tasks by unit and overdue on a given day; each refusal with its exit
 * status, one line on stderr and nothing changed.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "model/zjtx-action-task.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-store.h"

#define USCC_A "91350525MA2Y00001D"
#define USCC_B "91310110666007217T"

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

static void
run_cli (Fixture            *f,
         Run                *run,
         const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                         G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  /* Messages in English so that the assertions below read the source strings. */
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  g_subprocess_launcher_set_cwd (launcher, f->dir);

  g_ptr_array_add (argv, (gpointer) g_getenv ("ZJTX_CLI"));
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

#define RUN(f, run, ...) run_cli ((f), (run), (const char * const[]) { __VA_ARGS__, NULL })

/* A refusal: the exit status, nothing on stdout, one line on stderr. */
static void
assert_refused (Run        *run,
                int         status,
                const char *err)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, err);
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

static void
save (ZjtxStore *store,
      gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (record), &error));
  g_assert_no_error (error);
}

static void
add_enterprise (ZjtxStore  *store,
                const char *name,
                const char *uscc)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  save (store, e);
}

static void
add_task (ZjtxStore  *store,
          const char *clause,
          const char *title,
          const char *units,
          const char *owner,
          const char *due,
          const char *status,
          int         position)
{
  g_autoptr(ZjtxActionTask) t = zjtx_action_task_new ();

  zjtx_action_task_set_clause (t, clause);
  zjtx_action_task_set_title (t, title);
  zjtx_action_task_set_responsible_units (t, units);
  zjtx_action_task_set_owner_unit (t, owner);
  zjtx_action_task_set_due_date (t, due);
  zjtx_action_task_set_status (t, status);
  zjtx_action_task_set_position (t, position);
  save (store, t);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) seeded = NULL;

  f->dir = g_dir_make_tmp ("zjtx-cli-actions-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "county.db", NULL);

  store = zjtx_store_open (f->db, &error);
  g_assert_no_error (error);
  add_enterprise (store, "永春县达埔制香有限公司", USCC_A);
  add_enterprise (store, "永春县蓬壶电子材料有限公司", USCC_B);

  seeded = zjtx_store_list (store, ZJTX_TYPE_ACTION_TASK, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (seeded->len, ==, 10);
  /* Ours take ids 1 to 5: SQLite reuses the ids of an emptied table. */
  for (guint i = 0; i < seeded->len; i++)
    g_assert_true (zjtx_store_delete (store, g_ptr_array_index (seeded, i), NULL));
  add_task (store, "三（四）", "支持企业创建企业技术中心", "县工信商务局、县科技局、财政局", "县科技局", "2025-06-30",
            "under_way", 0);
  add_task (store, "三（四）", "重大科技专项设置专题模块", "科技局", "科技局", "2025-03-31", "not_started", 1);
  add_task (store, "三（五）", "组织银企对接会", "县金融办、财政局", "金融办", "2025-12-31", "not_started", 2);
  add_task (store, "三（六）", "经营管理人才培训", "县人才办、人社局、工信商务局、科技局", "人才办", "2025-05-31", "done", 3);
  add_task (store, "四（一）", "兑现认定奖励", "县工信商务局、财政局", "工信局", "2025-04-30", "under_way", 4);
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

static const char support_csv[] =
  "企业名称,统一社会信用代码,扶持类型,日期,提供单位,银行,金额（元）,利率,平台类型,级别,备注\n"
  "永春县达埔制香有限公司," USCC_A ",银企对接贷款,2024/7/15,县金融办,中国银行永春支行,12万,4.35%,,,首贷\n"
  "永春县达埔制香有限公司," USCC_A ",银企对接贷款,2024-08-01,县金融办,农业银行,12万x,4.35%,,,\n"
  "永春县蓬壶电子材料有限公司,,科研平台,2024年5月10日,县工信商务局,,,,企业技术中心,省级,\n"
  "永春县蓬壶电子材料有限公司,,科研平台,2999-01-01,,,,,工业设计中心,市级,\n";

/* ------------------------------------------------------------------ */
/* support                                                             */

static void
test_support_import (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) dry = { 0 };
  g_auto(Run) run = { 0 };
  g_autofree char *csv = write_file (f, "support.csv", support_csv);
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  /* The program's today: the one clock it has. */
  g_autofree char *expected = g_strdup_printf ("Read as UTF-8; header on line 1.\n"
                                               "4 rows: 2 added, 0 updated, 0 unchanged, 2 rejected.\n"
                                               "line 3, column 金额（元）: “12万x” is not an amount "
                                               "(write 120000, 120000.00 or 12万)\n"
                                               "line 5, column 日期: Date: 2999-01-01 is in the future (today is %s)\n",
                                               today);
  gint64 audit = query (f, "SELECT count(*) FROM audit");

  RUN (f, &dry, "support", "import", "--dry-run", "support.csv");
  g_assert_cmpint (dry.status, ==, 3);
  g_assert_true (g_str_has_prefix (dry.out, "Read as UTF-8; header on line 1.\n"
                                            "Dry run, nothing changed: 4 rows; would add 2, update 0; 0 unchanged; "
                                            "2 rejected.\n"));
  g_assert_cmpint (query (f, "SELECT count(*) FROM support_record"), ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit"), ==, audit);

  RUN (f, &run, "support", "import", "support.csv");
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (query (f, "SELECT count(*) FROM support_record"), ==, 2);
  g_assert_cmpint (query (f, "SELECT amount FROM support_record WHERE kind = 'loan'"), ==, 12000000);
  g_assert_cmpint (query (f, "SELECT rate FROM support_record WHERE kind = 'loan'"), ==, 43500);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit WHERE entity = 'support_record' AND action = 'insert'"), ==, 2);
}

static void
test_support_list (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(Run) all = { 0 };
  g_auto(Run) finance = { 0 };
  g_auto(Run) one = { 0 };
  g_auto(Run) json = { 0 };
  g_autofree char *csv = write_file (f, "support.csv", support_csv);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *loan;

  RUN (f, &all, "support", "import", "support.csv");
  g_clear_pointer (&all.out, g_free);
  g_clear_pointer (&all.err, g_free);

  RUN (f, &all, "support");
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.err, ==, "");
  g_assert_cmpstr (all.out, ==,
    "ID  Date        Enterprise                  USCC                Clause    Kind of support   Particulars                                 Provided by\n"
    " 1  2024-07-15  永春县达埔制香有限公司      " USCC_A "  三（五）  Matchmaking loan  中国银行永春支行 · 120,000.00 yuan · 4.35%  县金融办\n"
    " 2  2024-05-10  永春县蓬壶电子材料有限公司  " USCC_B "  三（四）  R&D platform      Enterprise technology center · Provincial   县工信商务局\n"
    "2 support records\n");

  RUN (f, &finance, "support", "list", "--kind", "finance");
  g_assert_cmpint (finance.status, ==, 0);
  g_assert_true (g_str_has_suffix (finance.out, "1 support record\n"));

  RUN (f, &one, "support", "list", "--enterprise", USCC_B, "--kind", "loan");
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.out, ==, "No support records\n");

  RUN (f, &json, "support", "list", "--format", "json", "--enterprise", "91350525ma2y00001d");
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  loan = json_array_get_object_element (array, 0);
  g_assert_cmpstr (json_object_get_string_member (loan, "kind"), ==, "loan");
  g_assert_cmpstr (json_object_get_string_member (loan, "action"), ==, "finance");
  g_assert_cmpstr (json_object_get_string_member (loan, "clause"), ==, "三（五）");
  g_assert_cmpint (json_object_get_int_member (loan, "amount_fen"), ==, 12000000);
  g_assert_cmpstr (json_object_get_string_member (loan, "amount"), ==, "120000.00");
  g_assert_cmpint (json_object_get_int_member (loan, "rate_ppm"), ==, 43500);
  g_assert_true (json_object_get_null_member (loan, "fee_fen"));
  g_assert_false (json_object_get_boolean_member (loan, "waived"));
  g_assert_cmpstr (json_object_get_string_member (loan, "notes"), ==, "首贷");
}

static void
test_support_refused (Fixture       *f,
                      gconstpointer  data)
{
  g_auto(Run) kind = { 0 };
  g_auto(Run) uscc = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) format = { 0 };
  g_auto(Run) not_list = { 0 };
  g_autofree char *enterprises = write_file (f, "enterprises.csv", "企业名称,统一社会信用代码\n某公司," USCC_A "\n");

  RUN (f, &kind, "support", "list", "--kind", "money");
  assert_refused (&kind, 2,
                  "zjtx-cli: unknown kind of support “money” (cultivation, chains, parks, innovation, finance, "
                  "talent, platform, rd_expense, science_project, loan, guarantee, listing, talent_team, "
                  "management_training, order_training, chain_role, new_product, pool_entry, key_target, "
                  "recommended)\n");
  RUN (f, &uscc, "support", "list", "--enterprise", "91350525MA2Y00001A");
  g_assert_cmpint (uscc.status, ==, 2);
  g_assert_cmpstr (uscc.out, ==, "");
  g_assert_true (g_str_has_prefix (uscc.err, "zjtx-cli: --enterprise: "));
  RUN (f, &unknown, "support", "list", "--enterprise", "91350525MA2Y00002G");
  assert_refused (&unknown, 2, "zjtx-cli: no enterprise with the USCC 91350525MA2Y00002G is on file\n");
  RUN (f, &format, "support", "list", "--format", "xml");
  assert_refused (&format, 2, "zjtx-cli: unknown format “xml” (text or json)\n");

  /* An enterprise list is not a support list: refused whole. */
  RUN (f, &not_list, "support", "import", "enterprises.csv");
  assert_refused (&not_list, 2,
                  "zjtx-cli: enterprises.csv: no header row found: a support list names its columns 企业名称 or "
                  "统一社会信用代码, 扶持类型 and 日期\n");
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise WHERE name = '某公司'"), ==, 0);
}

static void
test_support_export (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(Run) run = { 0 };
  g_auto(Run) csv_run = { 0 };
  g_auto(Run) again = { 0 };
  g_auto(Run) what = { 0 };
  g_auto(Run) no_output = { 0 };
  g_autofree char *csv = write_file (f, "support.csv", support_csv);
  g_autofree char *xlsx = g_build_filename (f->dir, "out.xlsx", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("2 rows written to %s\n", xlsx);
  gint64 audit;

  RUN (f, &run, "support", "import", "support.csv");
  g_clear_pointer (&run.out, g_free);
  g_clear_pointer (&run.err, g_free);
  audit = query (f, "SELECT count(*) FROM audit");

  RUN (f, &run, "support", "export", "-o", xlsx);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  RUN (f, &csv_run, "export", "--what", "support", "-o", exported);
  g_assert_cmpint (csv_run.status, ==, 0);

  RUN (f, &again, "support", "import", "out.xlsx");
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, "Read as xlsx; header on line 1.\n"
                                  "2 rows: 0 added, 0 updated, 2 unchanged, 0 rejected.\n");
  /* The general import knows a support list when it sees one. */
  RUN (f, &what, "import", "out.csv");
  g_assert_cmpint (what.status, ==, 0);
  g_assert_cmpstr (what.out, ==, "Read as UTF-8 (BOM); header on line 1.\n"
                                 "2 rows: 0 added, 0 updated, 2 unchanged, 0 rejected.\n");
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit"), ==, audit);

  RUN (f, &no_output, "support", "export");
  assert_refused (&no_output, 2, "zjtx-cli: export needs -o FILE\n");
}

/* ------------------------------------------------------------------ */
/* tasks                                                               */

static void
test_tasks_by_unit (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) all = { 0 };
  g_auto(Run) science = { 0 };

  RUN (f, &all, "tasks", "list", "--as-of", "2025-06-30");
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.err, ==, "");
  g_assert_cmpstr (all.out, ==,
    "ID  Clause    Task                      Status       Due         Lead unit\n"
    " 1  三（四）  支持企业创建企业技术中心  Under way    2025-06-30  县科技局\n"
    " 2  三（四）  重大科技专项设置专题模块  Overdue      2025-03-31  县科技局\n"
    " 3  三（五）  组织银企对接会            Not started  2025-12-31  县金融办\n"
    " 4  三（六）  经营管理人才培训          Done         2025-05-31  县人才办\n"
    " 5  四（一）  兑现认定奖励              Overdue      2025-04-30  县工信商务局\n"
    "\n"
    "Responsible unit  Not started  Under way  Done  Overdue  Total\n"
    "县工信商务局                0          1     1        1      3\n"
    "县科技局                    0          1     1        1      3\n"
    "县财政局                    1          1     0        1      3\n"
    "县金融办                    1          0     0        0      1\n"
    "县人社局                    0          0     1        0      1\n"
    "县人才办                    0          0     1        0      1\n");

  /* The day after its due date, the first task is late too. */
  RUN (f, &science, "tasks", "--unit", "科技局", "--as-of", "2025-07-01");
  g_assert_cmpint (science.status, ==, 0);
  g_assert_cmpstr (science.out, ==,
    "ID  Clause    Task                      Status   Due         Lead unit\n"
    " 1  三（四）  支持企业创建企业技术中心  Overdue  2025-06-30  县科技局\n"
    " 2  三（四）  重大科技专项设置专题模块  Overdue  2025-03-31  县科技局\n"
    " 4  三（六）  经营管理人才培训          Done     2025-05-31  县人才办\n"
    "\n"
    "Responsible unit  Not started  Under way  Done  Overdue  Total\n"
    "县科技局                    0          0     1        2      3\n");
}

static void
test_tasks_overdue (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) overdue = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) none = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *tasks, *units;

  RUN (f, &overdue, "tasks", "--overdue", "--as-of", "2025-06-30");
  g_assert_cmpint (overdue.status, ==, 0);
  g_assert_cmpstr (overdue.out, ==,
    "ID  Clause    Task                      Status   Due         Lead unit\n"
    " 2  三（四）  重大科技专项设置专题模块  Overdue  2025-03-31  县科技局\n"
    " 5  四（一）  兑现认定奖励              Overdue  2025-04-30  县工信商务局\n"
    "\n"
    "Responsible unit  Not started  Under way  Done  Overdue  Total\n"
    "县工信商务局                0          0     0        1      1\n"
    "县科技局                    0          0     0        1      1\n"
    "县财政局                    0          0     0        1      1\n");

  RUN (f, &json, "tasks", "--overdue", "--as-of", "2025-06-30", "--format", "json", "--unit", "县财政局");
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2025-06-30");
  tasks = json_object_get_array_member (root, "tasks");
  g_assert_cmpuint (json_array_get_length (tasks), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (tasks, 0), "id"), ==, 5);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tasks, 0), "status"), ==, "overdue");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tasks, 0), "stored_status"), ==,
                   "under_way");
  units = json_object_get_array_member (root, "units");
  g_assert_cmpuint (json_array_get_length (units), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (units, 0), "unit"), ==, "县财政局");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (units, 0), "overdue"), ==, 1);

  RUN (f, &none, "tasks", "--overdue", "--as-of", "2025-01-01");
  g_assert_cmpint (none.status, ==, 0);
  g_assert_cmpstr (none.out, ==, "No tasks\n");
}

static void
test_tasks_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(Run) date = { 0 };
  g_auto(Run) blank = { 0 };
  g_auto(Run) extra = { 0 };

  RUN (f, &date, "tasks", "--as-of", "2025-02-30");
  assert_refused (&date, 2, "zjtx-cli: --as-of: “2025-02-30” is not a real date: 2025-02 has only 28 days\n");
  RUN (f, &blank, "tasks", "--unit", " ");
  assert_refused (&blank, 2, "zjtx-cli: --unit must not be blank\n");
  RUN (f, &extra, "tasks", "list", "科技局");
  assert_refused (&extra, 2, "zjtx-cli: unexpected argument “科技局”\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/actions/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("support/import", test_support_import);
  ADD ("support/list", test_support_list);
  ADD ("support/refused", test_support_refused);
  ADD ("support/export", test_support_export);
  ADD ("tasks/by-unit", test_tasks_by_unit);
  ADD ("tasks/overdue", test_tasks_overdue);
  ADD ("tasks/refused", test_tasks_refused);

  return g_test_run ();
}
