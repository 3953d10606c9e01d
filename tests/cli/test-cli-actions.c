/* test-cli-actions.c: zjtx-cli support and tasks — the policy's actions from a script
 *
 * A temporary county made through the model API (two enterprises; the
 * seeded tasks replaced by five of our own), then the real program:
 * support import (Chinese headers, a bad amount, a date in the future),
 * list (text and JSON, filtered), export and import of the export;
 * tasks by unit and overdue on a given day; a task's lead unit and due
 * date set (audited, no longer late), progress reported with and without
 * a status; tasks of the bureau's own added (typed as officers type them)
 * and shown under their units; a task shown with its progress notes'
 * ids, a note corrected (audited, its status kept); the bureau's own
 * tasks deleted with their notes, the policy's refused (exit 1); each
 * refusal with its exit status, one line on stderr naming the option,
 * and nothing changed.
 */

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "model/zjtx-action-task.h"
#include "model/zjtx-action-tasks.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-store.h"
#include "cli-test-util.h"

#define USCC_A "91350525MA2Y00001D"
#define USCC_B "91310110666007217T"

typedef struct {
  char *dir;
  char *db;
} Fixture;

/* In the fixture's folder, so that files are named as an officer types them. */
static void
run_in_dir (Fixture            *f,
            CliRun             *run,
            const char * const *args)
{
  g_autoptr(GSubprocess) process = cli_spawn (f->dir, f->db, args);

  cli_finish (process, run);
}

#define RUN(f, run, ...) run_in_dir ((f), (run), (const char * const[]) { __VA_ARGS__, NULL })

static void
add_enterprise (ZjtxStore  *store,
                const char *name,
                const char *uscc)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  cli_save (store, e);
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
  cli_save (store, t);
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

  store = cli_open_store (f->db);
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
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_remove_tree (f->dir);
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
  g_auto(CliRun) dry = { 0 };
  g_auto(CliRun) run = { 0 };
  g_autofree char *csv = write_file (f, "support.csv", support_csv);
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  /* The program's today: the one clock it has. */
  g_autofree char *expected = g_strdup_printf ("Read as UTF-8; header on line 1.\n"
                                               "4 rows: 2 added, 0 updated, 0 unchanged, 2 rejected.\n"
                                               "line 3, column 金额（元）: “12万x” is not an amount "
                                               "(write 120000, 120000.00 or 12万)\n"
                                               "line 5, column 日期: Date: 2999-01-01 is in the future (today is %s)\n",
                                               today);
  gint64 audit = cli_query (f->db, "SELECT count(*) FROM audit");

  RUN (f, &dry, "support", "import", "--dry-run", "support.csv");
  g_assert_cmpint (dry.status, ==, 3);
  g_assert_true (g_str_has_prefix (dry.out, "Read as UTF-8; header on line 1.\n"
                                            "Dry run, nothing changed: 4 rows; would add 2, update 0; 0 unchanged; "
                                            "2 rejected.\n"));
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM support_record"), ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit);

  RUN (f, &run, "support", "import", "support.csv");
  g_assert_cmpint (run.status, ==, 3);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM support_record"), ==, 2);
  g_assert_cmpint (cli_query (f->db, "SELECT amount FROM support_record WHERE kind = 'loan'"), ==, 12000000);
  g_assert_cmpint (cli_query (f->db, "SELECT rate FROM support_record WHERE kind = 'loan'"), ==, 43500);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE entity = 'support_record' AND action = 'insert'"),
                   ==, 2);
}

static void
test_support_list (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(CliRun) all = { 0 };
  g_auto(CliRun) finance = { 0 };
  g_auto(CliRun) one = { 0 };
  g_auto(CliRun) json = { 0 };
  g_autofree char *csv = write_file (f, "support.csv", support_csv);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  JsonObject *loan;

  RUN (f, &all, "support", "import", "support.csv");
  cli_run_clear (&all);

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
  g_auto(CliRun) kind = { 0 };
  g_auto(CliRun) uscc = { 0 };
  g_auto(CliRun) unknown = { 0 };
  g_auto(CliRun) format = { 0 };
  g_auto(CliRun) not_list = { 0 };
  g_autofree char *enterprises = write_file (f, "enterprises.csv", "企业名称,统一社会信用代码\n某公司," USCC_A "\n");

  RUN (f, &kind, "support", "list", "--kind", "money");
  cli_assert_refused (&kind, 2,
                  "zjtx-cli: unknown kind of support “money” (cultivation, chains, parks, innovation, finance, "
                  "talent, platform, rd_expense, science_project, loan, guarantee, listing, talent_team, "
                  "management_training, order_training, chain_role, new_product, pool_entry, key_target, "
                  "recommended)\n");
  RUN (f, &uscc, "support", "list", "--enterprise", "91350525MA2Y00001A");
  g_assert_cmpint (uscc.status, ==, 2);
  g_assert_cmpstr (uscc.out, ==, "");
  g_assert_true (g_str_has_prefix (uscc.err, "zjtx-cli: --enterprise: "));
  RUN (f, &unknown, "support", "list", "--enterprise", "91350525MA2Y00002G");
  cli_assert_refused (&unknown, 2, "zjtx-cli: no enterprise with the USCC 91350525MA2Y00002G is on file\n");
  RUN (f, &format, "support", "list", "--format", "xml");
  cli_assert_refused (&format, 2, "zjtx-cli: unknown format “xml” (text or json)\n");

  /* An enterprise list is not a support list: refused whole. */
  RUN (f, &not_list, "support", "import", "enterprises.csv");
  cli_assert_refused (&not_list, 2,
                  "zjtx-cli: enterprises.csv: no header row found: a support list names its columns 企业名称 or "
                  "统一社会信用代码, 扶持类型 and 日期\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM enterprise WHERE name = '某公司'"), ==, 0);
}

static void
test_support_export (Fixture       *f,
                     gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) csv_run = { 0 };
  g_auto(CliRun) again = { 0 };
  g_auto(CliRun) what = { 0 };
  g_auto(CliRun) no_output = { 0 };
  g_autofree char *csv = write_file (f, "support.csv", support_csv);
  g_autofree char *xlsx = g_build_filename (f->dir, "out.xlsx", NULL);
  g_autofree char *exported = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *expected = g_strdup_printf ("2 rows written to %s\n", xlsx);
  gint64 audit;

  RUN (f, &run, "support", "import", "support.csv");
  cli_run_clear (&run);
  audit = cli_query (f->db, "SELECT count(*) FROM audit");

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
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit);

  RUN (f, &no_output, "support", "export");
  cli_assert_refused (&no_output, 2, "zjtx-cli: export needs -o FILE\n");
}

/* ------------------------------------------------------------------ */
/* tasks                                                               */

static void
test_tasks_by_unit (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(CliRun) all = { 0 };
  g_auto(CliRun) science = { 0 };

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
  g_auto(CliRun) overdue = { 0 };
  g_auto(CliRun) json = { 0 };
  g_auto(CliRun) none = { 0 };
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
  g_auto(CliRun) date = { 0 };
  g_auto(CliRun) blank = { 0 };
  g_auto(CliRun) extra = { 0 };
  g_auto(CliRun) unknown = { 0 };

  RUN (f, &date, "tasks", "--as-of", "2025-02-30");
  cli_assert_refused (&date, 2, "zjtx-cli: --as-of: “2025-02-30” is not a real date: 2025-02 has only 28 days\n");
  RUN (f, &blank, "tasks", "--unit", " ");
  cli_assert_refused (&blank, 2, "zjtx-cli: --unit must not be blank\n");
  RUN (f, &extra, "tasks", "list", "科技局");
  cli_assert_refused (&extra, 2, "zjtx-cli: unexpected argument “科技局”\n");
  /* A unit no task names: a typo, most likely; the units that have tasks are listed. */
  RUN (f, &unknown, "tasks", "--unit", "县科技厅", "--overdue");
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_cmpstr (unknown.out, ==, "");
  g_assert_true (g_str_has_prefix (unknown.err, "zjtx-cli: --unit: no task names “县科技厅” among its responsible "
                                                "units (they are: 县工信商务局, "));
  cli_assert_contains (unknown.err, ", 县科技局, ");
}

static void
test_tasks_set (Fixture       *f,
                gconstpointer  data)
{
  g_auto(CliRun) set = { 0 };
  g_auto(CliRun) json = { 0 };
  g_auto(CliRun) done = { 0 };
  g_auto(CliRun) remark = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *tasks;
  gint64 audit = cli_query (f->db, "SELECT count(*) FROM audit");

  /* Another lead unit (by its short name) and three months more. */
  RUN (f, &set, "tasks", "set", "1", "--owner", "财政局", "--due", "2025-09-30");
  g_assert_cmpint (set.status, ==, 0);
  g_assert_cmpstr (set.err, ==, "");
  g_assert_cmpstr (set.out, ==, "Task 1 saved\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 1 AND owner_unit = '县财政局' "
                                     "AND due_date = '2025-09-30' AND status = 'under_way'"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE entity = 'action_task' AND entity_id = 1 "
                                     "AND action = 'update' "
                                     "AND old_values = '{\"owner_unit\":\"县科技局\",\"due_date\":\"2025-06-30\"}' "
                                     "AND new_values = '{\"owner_unit\":\"县财政局\",\"due_date\":\"2025-09-30\"}'"),
                   ==, 1);

  /* On 1 July it is no longer late, and 县财政局 leads it. */
  RUN (f, &json, "tasks", "--as-of", "2025-07-01", "--unit", "财政局", "--format", "json");
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  tasks = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "tasks");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (tasks, 0), "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tasks, 0), "status"), ==, "under_way");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (tasks, 0), "owner_unit"), ==,
                   "县财政局");

  /* Progress moving the status: the note and the task, two audit rows. */
  RUN (f, &done, "tasks", "set", "2", "--status", "done", "--note", "专题模块已设置", "--date", "2025-06-30",
       "--by", "科技局");
  g_assert_cmpint (done.status, ==, 0);
  g_assert_cmpstr (done.out, ==, "Task 2 saved\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 2 AND status = 'done'"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM task_progress WHERE task_id = 2 AND date = '2025-06-30' "
                                     "AND note = '专题模块已设置' AND unit = '县科技局' AND status = 'done'"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 3);

  /* A note alone leaves the status. */
  RUN (f, &remark, "tasks", "set", "3", "--note", "筹备第一场对接会", "--date", "2025-06-01");
  g_assert_cmpint (remark.status, ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 3 AND status = 'not_started'"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM task_progress WHERE task_id = 3 AND status IS NULL "
                                     "AND unit = ''"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 4);
}

static void
test_tasks_set_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  g_autofree char *future = g_strdup_printf ("zjtx-cli: --date: 2999-01-01 is in the future (today is %s)\n", today);
  gint64 audit = cli_query (f->db, "SELECT count(*) FROM audit");
  const struct { const char *args[8]; const char *err; } cases[] = {
    { { "set", "1", "--owner", "金融办" },
      "zjtx-cli: --owner: “县金融办” is not one of the responsible units of task 1 (县工信商务局、县科技局、县财政局)\n" },
    { { "set", "1", "--due", "2025-09-31" },
      "zjtx-cli: --due: “2025-09-31” is not a real date: 2025-09 has only 30 days\n" },
    { { "set", "1", "--status", "done" }, "zjtx-cli: --status goes with --note: say what was done\n" },
    { { "set", "1", "--date", "2025-06-01" }, "zjtx-cli: --date goes with --note: say what was done\n" },
    { { "set", "1", "--status", "overdue", "--note", "已逾期" },
      "zjtx-cli: --status: “overdue” is not a status a task is set to (not_started, under_way or done; "
      "overdue follows from the due date)\n" },
    { { "set", "1", "--note", " " }, "zjtx-cli: --note must not be blank\n" },
    { { "set", "1" }, "zjtx-cli: set needs --owner, --due or --note\n" },
    { { "set" }, "zjtx-cli: set needs the id of a task (zjtx-cli tasks list shows them)\n" },
    { { "set", "1", "2", "--due", "2025-09-30" }, "zjtx-cli: unexpected argument “2”\n" },
    { { "set", "99", "--due", "2025-09-30" }, "zjtx-cli: no task has the id 99 (zjtx-cli tasks list shows them)\n" },
    { { "set", "1x", "--due", "2025-09-30" }, "zjtx-cli: task id “1x” is not a positive whole number\n" },
    { { "set", "1", "--note", "全部完成", "--date", "2999-01-01" }, future },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_ptr_array_add (args, "tasks");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) cases[i].args[a]);
      g_ptr_array_add (args, NULL);
      run_in_dir (f, &run, (const char * const *) args->pdata);
      cli_assert_refused (&run, 2, cases[i].err);
      cli_run_clear (&run);
    }
  /* Nothing written. */
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 1 AND owner_unit = '县科技局' "
                                     "AND due_date = '2025-06-30' AND status = 'under_way'"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM task_progress"), ==, 0);
}

static void
test_tasks_add (Fixture       *f,
                gconstpointer  data)
{
  g_auto(CliRun) add = { 0 };
  g_auto(CliRun) rewards = { 0 };
  g_auto(CliRun) finance = { 0 };
  g_auto(CliRun) industry = { 0 };
  gint64 audit = cli_query (f->db, "SELECT count(*) FROM audit");

  /* As an officer types it: ASCII brackets, short names, a Chinese comma. */
  RUN (f, &add, "tasks", "add", "--clause", "三(四)", "--title", "设立企业技术中心培育清单", "--units", "科技局，财政局",
       "--due", "2025-09-30");
  g_assert_cmpint (add.status, ==, 0);
  g_assert_cmpstr (add.err, ==, "");
  g_assert_cmpstr (add.out, ==, "Task 6 added\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 6 AND clause = '三（四）' "
                                     "AND title = '设立企业技术中心培育清单' AND responsible_units = '县科技局、县财政局' "
                                     "AND responsible_units_text = '' AND owner_unit = '县科技局' "
                                     "AND due_date = '2025-09-30' AND status = 'not_started' AND position = 5"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 1);

  /* The lead unit named, the due date the policy's. */
  RUN (f, &rewards, "tasks", "add", "--clause", "四（一）", "--title", "兑现2025年认定奖励", "--units", "财政局、工信局",
       "--owner", "工信局", "--notes", "首批6家");
  g_assert_cmpint (rewards.status, ==, 0);
  g_assert_cmpstr (rewards.out, ==, "Task 7 added\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 7 "
                                     "AND responsible_units = '县财政局、县工信商务局' AND owner_unit = '县工信商务局' "
                                     "AND due_date = '2025-12-31' AND notes = '首批6家' AND position = 6"), ==, 1);

  /* In the view by unit, under each of its units and no other. */
  RUN (f, &finance, "tasks", "--unit", "财政局", "--as-of", "2025-06-30");
  cli_assert_contains (finance.out, " 6  三（四）  设立企业技术中心培育清单");
  cli_assert_contains (finance.out, " 7  四（一）  兑现2025年认定奖励");
  cli_assert_contains (finance.out, "县财政局                    3          1     0        1      5\n");
  RUN (f, &industry, "tasks", "--unit", "县工信商务局", "--as-of", "2025-06-30");
  cli_assert_lacks (industry.out, "设立企业技术中心培育清单");
  cli_assert_contains (industry.out, "兑现2025年认定奖励");
}

static void
test_tasks_add_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };
  gint64 audit = cli_query (f->db, "SELECT count(*) FROM audit");
  const struct { const char *args[12]; const char *err; } cases[] = {
    { { "add", "--title", "x", "--units", "科技局" }, "zjtx-cli: add needs --clause\n" },
    { { "add", "--clause", "三（四）", "--units", "科技局" }, "zjtx-cli: add needs --title\n" },
    { { "add", "--clause", "三（四）", "--title", "x" }, "zjtx-cli: add needs --units\n" },
    { { "add", "--clause", "三（九）", "--title", "x", "--units", "科技局" },
      "zjtx-cli: --clause: “三（九）” is not one of the policy’s actions or measures (三（一）, 三（二）, 三（三）, "
      "三（四）, 三（五）, 三（六）, 四（一）, 四（二）, 四（三）, 四（四）)\n" },
    { { "add", "--clause", "三（四）", "--title", " ", "--units", "科技局" }, "zjtx-cli: --title must not be blank\n" },
    { { "add", "--clause", "三（四）", "--title", "x", "--units", "县教育局、科技局" },
      "zjtx-cli: --units: “县教育局” is not a unit the policy names\n" },
    { { "add", "--clause", "三（四）", "--title", "x", "--units", "、" }, "zjtx-cli: --units must not be blank\n" },
    { { "add", "--clause", "三（四）", "--title", "x", "--units", "科技局", "--owner", "金融办" },
      "zjtx-cli: --owner: “县金融办” is not one of the units given with --units\n" },
    { { "add", "--clause", "三（四）", "--title", "x", "--units", "科技局", "--due", "2025-13-01" },
      "zjtx-cli: --due: “2025-13-01” is not a real date: there is no month 13\n" },
    { { "add", "--clause", "三（四）", "--title", "x", "--units", "科技局", "三（五）" },
      "zjtx-cli: unexpected argument “三（五）”\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_ptr_array_add (args, "tasks");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) cases[i].args[a]);
      g_ptr_array_add (args, NULL);
      run_in_dir (f, &run, (const char * const *) args->pdata);
      cli_assert_refused (&run, 2, cases[i].err);
      cli_run_clear (&run);
    }
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task"), ==, 5);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit);
}

/* ------------------------------------------------------------------ */
/* tasks show, note and delete                                         */

/* A progress note on task @task_id, through the model. */
static void
add_note (Fixture    *f,
          gint64      task_id,
          const char *date,
          const char *note,
          const char *unit,
          const char *status)
{
  g_autoptr(ZjtxStore) store = cli_open_store (f->db);
  g_autoptr(ZjtxActionTask) task = zjtx_store_load (store, ZJTX_TYPE_ACTION_TASK, task_id, NULL);
  g_autoptr(ZjtxTaskProgress) progress = zjtx_task_progress_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (task);
  zjtx_task_progress_set_date (progress, date);
  zjtx_task_progress_set_note (progress, note);
  zjtx_task_progress_set_unit (progress, unit);
  zjtx_task_progress_set_status (progress, status);
  g_assert_true (zjtx_action_tasks_add_progress (store, task, progress, &error));
  g_assert_no_error (error);
}

/* Task 1 as the policy states it: its wording kept. */
static void
make_policy_task (Fixture *f)
{
  g_autoptr(ZjtxStore) store = cli_open_store (f->db);
  g_autoptr(ZjtxActionTask) task = zjtx_store_load (store, ZJTX_TYPE_ACTION_TASK, 1, NULL);

  g_assert_nonnull (task);
  zjtx_action_task_set_responsible_units_text (task, "县工信商务局、县科技局、财政局");
  cli_save (store, task);
}

static void
test_tasks_show (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(CliRun) show = { 0 };
  g_auto(CliRun) json = { 0 };
  g_auto(CliRun) bare = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *progress;

  make_policy_task (f);
  add_note (f, 1, "2025-03-01", "三家企业提交申报材料", "县科技局", NULL);
  add_note (f, 1, "2025-05-20", "两家通过市级认定", "县工信商务局", "done");

  /* The task, then its notes newest first with their ids. */
  RUN (f, &show, "tasks", "show", "1", "--as-of", "2025-06-30");
  g_assert_cmpint (show.status, ==, 0);
  g_assert_cmpstr (show.err, ==, "");
  g_assert_cmpstr (show.out, ==,
    "ID                 1\n"
    "Clause             三（四）\n"
    "Task               支持企业创建企业技术中心\n"
    "Status             Done\n"
    "Due                2025-06-30\n"
    "Lead unit          县科技局\n"
    "Responsible units  县工信商务局、县科技局、县财政局\n"
    "Origin             stated by the policy\n"
    "\n"
    "ID  Date        Reported by   Status set  Progress\n"
    " 2  2025-05-20  县工信商务局  Done        两家通过市级认定\n"
    " 1  2025-03-01  县科技局                  三家企业提交申报材料\n");

  RUN (f, &json, "tasks", "show", "1", "--as-of", "2025-06-30", "--format", "json");
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "id"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "status"), ==, "done");
  g_assert_true (json_object_get_boolean_member (root, "from_policy"));
  progress = json_object_get_array_member (root, "progress");
  g_assert_cmpuint (json_array_get_length (progress), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (progress, 0), "id"), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (progress, 0), "status"), ==, "done");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (progress, 1), "id"), ==, 1);
  g_assert_true (json_object_get_null_member (json_array_get_object_element (progress, 1), "status"));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (progress, 1), "note"), ==,
                   "三家企业提交申报材料");

  /* One of the bureau's own, without notes. */
  RUN (f, &bare, "tasks", "show", "3", "--as-of", "2025-06-30");
  g_assert_cmpint (bare.status, ==, 0);
  cli_assert_contains (bare.out, "Origin             the bureau’s own\n\nNo progress notes\n");
}

static void
test_tasks_note (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(CliRun) all = { 0 };
  g_auto(CliRun) text = { 0 };
  g_autofree char *note = NULL;
  gint64 audit;

  add_note (f, 2, "2025-06-01", "专题模快已设置", "县科技局", "done");
  add_note (f, 3, "2025-05-01", "联系银行", "", NULL);
  audit = cli_query (f->db, "SELECT count(*) FROM audit");

  /* Date, text and unit (by its short name) at once: one audit row. */
  RUN (f, &all, "tasks", "note", "1", "--date", "2025-06-02", "--note", " 专题模块已设置 ", "--by", "工信局");
  g_assert_cmpint (all.status, ==, 0);
  g_assert_cmpstr (all.err, ==, "");
  g_assert_cmpstr (all.out, ==, "Progress note 1 saved\n");
  note = cli_query_text (f->db, "SELECT task_id || '|' || date || '|' || note || '|' || unit || '|' || status "
                                "FROM task_progress WHERE id = 1");
  g_assert_cmpstr (note, ==, "2|2025-06-02|专题模块已设置|县工信商务局|done");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE entity = 'task_progress' AND entity_id = 1 "
                                     "AND action = 'update' "
                                     "AND old_values = '{\"date\":\"2025-06-01\",\"note\":\"专题模快已设置\","
                                     "\"unit\":\"县科技局\"}' "
                                     "AND new_values = '{\"date\":\"2025-06-02\",\"note\":\"专题模块已设置\","
                                     "\"unit\":\"县工信商务局\"}'"), ==, 1);
  /* The task keeps the status the note moved it to. */
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 2 AND status = 'done'"), ==, 1);

  /* The text alone: the rest stays. */
  RUN (f, &text, "tasks", "note", "2", "--note", "联系三家银行");
  g_assert_cmpint (text.status, ==, 0);
  g_clear_pointer (&note, g_free);
  note = cli_query_text (f->db, "SELECT date || '|' || note || '|' || unit || '|' || coalesce (status, '-') "
                                "FROM task_progress WHERE id = 2");
  g_assert_cmpstr (note, ==, "2025-05-01|联系三家银行||-");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 2);
}

static void
test_tasks_note_refused (Fixture       *f,
                         gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  g_autofree char *future = g_strdup_printf ("zjtx-cli: --date: 2999-01-01 is in the future (today is %s)\n", today);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 audit;
  const struct { const char *args[8]; const char *err; } cases[] = {
    { { "note" }, "zjtx-cli: note needs the id of a progress note (zjtx-cli tasks show ID lists them)\n" },
    { { "note", "1" }, "zjtx-cli: note needs --date, --note or --by\n" },
    { { "note", "1x", "--note", "x" }, "zjtx-cli: progress note id “1x” is not a positive whole number\n" },
    { { "note", "1", "2", "--note", "x" }, "zjtx-cli: unexpected argument “2”\n" },
    { { "note", "99", "--note", "x" },
      "zjtx-cli: no progress note has the id 99 (zjtx-cli tasks show ID lists a task’s notes)\n" },
    { { "note", "1", "--note", " " }, "zjtx-cli: --note must not be blank\n" },
    /* Blank to the model too (a full-width space), which names the field. */
    { { "note", "1", "--note", "\u3000" }, "zjtx-cli: --note: Progress: must be filled in\n" },
    { { "note", "1", "--by", " " }, "zjtx-cli: --by must not be blank\n" },
    { { "note", "1", "--date", "2025-02-30" },
      "zjtx-cli: --date: “2025-02-30” is not a real date: 2025-02 has only 28 days\n" },
    { { "note", "1", "--date", "2999-01-01" }, future },
    { { "show" }, "zjtx-cli: show needs the id of a task (zjtx-cli tasks list shows them)\n" },
    { { "show", "99" }, "zjtx-cli: no task has the id 99 (zjtx-cli tasks list shows them)\n" },
    { { "show", "1", "--format", "xml" }, "zjtx-cli: unknown format “xml” (text or json)\n" },
    { { "delete" }, "zjtx-cli: delete needs the id of a task (zjtx-cli tasks list shows them)\n" },
    { { "delete", "0" }, "zjtx-cli: task id “0” is not a positive whole number\n" },
    { { "delete", "99" }, "zjtx-cli: no task has the id 99 (zjtx-cli tasks list shows them)\n" },
    { { "delete", "3", "4" }, "zjtx-cli: unexpected argument “4”\n" },
  };

  add_note (f, 2, "2025-06-01", "专题模块已设置", "县科技局", "done");
  audit = cli_query (f->db, "SELECT count(*) FROM audit");
  before = cli_query_text (f->db, "SELECT date || '|' || note || '|' || unit || '|' || status "
                                  "FROM task_progress WHERE id = 1");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();

      g_ptr_array_add (args, "tasks");
      for (guint a = 0; cases[i].args[a] != NULL; a++)
        g_ptr_array_add (args, (gpointer) cases[i].args[a]);
      g_ptr_array_add (args, NULL);
      run_in_dir (f, &run, (const char * const *) args->pdata);
      cli_assert_refused (&run, 2, cases[i].err);
      cli_run_clear (&run);
    }
  /* Nothing written. */
  after = cli_query_text (f->db, "SELECT date || '|' || note || '|' || unit || '|' || status "
                                 "FROM task_progress WHERE id = 1");
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task"), ==, 5);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit);
}

static void
test_tasks_delete (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(CliRun) policy = { 0 };
  g_auto(CliRun) own = { 0 };
  g_auto(CliRun) bare = { 0 };
  g_auto(CliRun) list = { 0 };
  gint64 audit;

  make_policy_task (f);
  add_note (f, 1, "2025-03-01", "三家企业提交申报材料", "县科技局", NULL);
  add_note (f, 3, "2025-05-01", "联系银行", "县金融办", "under_way");
  add_note (f, 3, "2025-06-01", "确定场地", "县金融办", NULL);
  audit = cli_query (f->db, "SELECT count(*) FROM audit");

  /* The policy's own: the model's refusal, exit 1, nothing deleted. */
  RUN (f, &policy, "tasks", "delete", "1");
  cli_assert_refused (&policy, 1, "zjtx-cli: “三（四） 支持企业创建企业技术中心” is a task the policy states: it "
                                  "cannot be deleted (mark it done, with a note, if it no longer applies)\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 1"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM task_progress WHERE task_id = 1"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit);

  /* The bureau's own, with its two notes: three rows gone, three audit rows. */
  RUN (f, &own, "tasks", "delete", "3");
  g_assert_cmpint (own.status, ==, 0);
  g_assert_cmpstr (own.err, ==, "");
  g_assert_cmpstr (own.out, ==, "Task 3 “三（五） 组织银企对接会” deleted, with its 2 progress notes\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM action_task WHERE id = 3"), ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM task_progress WHERE task_id = 3"), ==, 0);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM task_progress"), ==, 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 3);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE action = 'delete' AND entity = 'task_progress' "
                                     "AND (entity_id = 2 OR entity_id = 3)"), ==, 2);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE action = 'delete' AND entity = 'action_task' "
                                     "AND entity_id = 3 AND old_values LIKE '%\"title\":\"组织银企对接会\"%'"), ==, 1);

  /* Without notes. */
  RUN (f, &bare, "tasks", "delete", "5");
  g_assert_cmpint (bare.status, ==, 0);
  g_assert_cmpstr (bare.out, ==, "Task 5 “四（一） 兑现认定奖励” deleted; it had no progress notes\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audit + 4);

  RUN (f, &list, "tasks", "list", "--as-of", "2025-06-30");
  g_assert_cmpint (list.status, ==, 0);
  cli_assert_lacks (list.out, "组织银企对接会");
  cli_assert_lacks (list.out, "兑现认定奖励");
  cli_assert_contains (list.out, " 1  三（四）  支持企业创建企业技术中心");
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
  ADD ("tasks/set", test_tasks_set);
  ADD ("tasks/set-refused", test_tasks_set_refused);
  ADD ("tasks/add", test_tasks_add);
  ADD ("tasks/add-refused", test_tasks_add_refused);
  ADD ("tasks/show", test_tasks_show);
  ADD ("tasks/note", test_tasks_note);
  ADD ("tasks/note-refused", test_tasks_note_refused);
  ADD ("tasks/delete", test_tasks_delete);

  return g_test_run ();
}
