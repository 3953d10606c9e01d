/* test-cli-announcement.c: zjtx-cli announcement — the public list of
 * approved awards, as PDF, .xlsx and CSV
 *
 * Three enterprises with recognitions inside the policy's window, their
 * awards synced through the model and two of them approved (a provincial
 * one, 100,000.00, and an innovative one, 10,000.00; a national one,
 * 500,000.00, stays proposed); then the program: the PDF read back with
 * pdftotext, the spreadsheets with zjtx-table-reader, the filters, and each
 * refusal with its exit status and no file.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "core/zjtx-date.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-ledger.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-store.h"
#include "model/zjtx-table-reader.h"
#include "cli-test-util.h"

#define PROVINCIAL      "永春县达埔制香有限公司"
#define PROVINCIAL_USCC "91350525MA2Y00001D"
#define INNOVATIVE      "永春县蓬壶镇福建省某某新材料科技研究开发与应用推广股份有限公司"
#define INNOVATIVE_USCC "913505250123456801"
#define PROPOSED        "永春县石鼓镇某某陶瓷有限公司"

typedef struct {
  char *dir;
  char *db;
} Fixture;

#define RUN(f, run, ...) CLI_RUN ((f)->db, (run), __VA_ARGS__)

static void
add_recognised (ZjtxStore  *store,
                const char *name,
                const char *uscc,
                const char *tier,
                const char *on)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  zjtx_enterprise_set_township (e, "蓬壶镇");
  cli_save (store, e);
  zjtx_recognition_set_enterprise_id (r, zjtx_record_get_id (ZJTX_RECORD (e)));
  zjtx_recognition_set_tier (r, tier);
  zjtx_recognition_set_date (r, on);
  cli_save (store, r);
}

/* The awards proposed by a sync, in the ledger's order, by recipient. */
static gint64
award_of (GPtrArray  *changes,
          const char *recipient)
{
  for (guint i = 0; i < changes->len; i++)
    {
      ZjtxLedgerChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->recipient, recipient))
        return change->award_id;
    }
  g_assert_not_reached ();
  return 0;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 ids[2];
  /* Sync proposes on the day it is told is today, and approval cannot be
   * dated before: both today. */
  ZjtxDate today = zjtx_date_today ();

  f->dir = g_dir_make_tmp ("zjtx-cli-announcement-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "county.db", NULL);

  store = cli_open_store (f->db);
  add_recognised (store, PROVINCIAL, PROVINCIAL_USCC, "provincial", "2024-05-01");
  add_recognised (store, INNOVATIVE, INNOVATIVE_USCC, "innovative", "2024-06-01");
  add_recognised (store, PROPOSED, "91350525MA2Y00003K", "national", "2024-07-01");
  changes = zjtx_ledger_sync (store, zjtx_date_from_ymd (2025, 6, 30), today, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);

  if (data != NULL)
    return;   /* nothing approved */
  ids[0] = award_of (changes, PROVINCIAL);
  ids[1] = award_of (changes, INNOVATIVE);
  g_assert_cmpint (ids[0], <, ids[1]);
  g_assert_true (zjtx_ledger_approve (store, ids, G_N_ELEMENTS (ids), today, &error));
  g_assert_no_error (error);
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
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) custom = { 0 };
  g_autofree char *pdf = g_build_filename (f->dir, "公示.pdf", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.PDF", NULL);
  g_autofree char *expected = g_strdup_printf ("Wrote 2 awards, total 110,000.00 yuan, to %s\n", pdf);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;

  RUN (f, &run, "announcement", "-o", pdf, "--date", "2025-03-01");
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (run.status, ==, 0);

  info = cli_pdf_tool ("pdfinfo", NULL, pdf, FALSE);
  cli_assert_contains (info, "(A4)");
  cli_assert_contains (info, "Pages:           1\n");

  text = cli_pdf_tool ("pdftotext", "-layout", pdf, TRUE);
  cli_assert_contains (text, "永春县专精特新企业奖励资金拟拨付名单公示");
  cli_assert_contains (text, "根据《永春县促进专精特新企业发展行动方案》（永政办规〔2024〕1号），经审核，"
                         "拟对下列企业（机构）给予奖励，现予公示。"
                         "公示期间如有异议，请向永春县工业信息化和商务局反映。");
  cli_assert_contains (text, "序号单位名称统一社会信用代码奖励类别金额（元）依据条款");
  cli_assert_contains (text, PROVINCIAL_USCC);
  cli_assert_contains (text, INNOVATIVE_USCC);
  cli_assert_contains (text, "100,000.00");
  cli_assert_contains (text, "10,000.00");
  cli_assert_contains (text, "合计110,000.00");
  cli_assert_contains (text, "永春县工业信息化和商务局2025年3月1日");
  cli_assert_contains (text, "—1—");
  cli_assert_lacks (text, "500,000.00");

  /* In the order drawn, each award's row whole, by award id. */
  raw = cli_pdf_tool ("pdftotext", "-raw", pdf, TRUE);
  cli_assert_contains (raw, "1" PROVINCIAL PROVINCIAL_USCC "省级专精特新中小企业认定奖励100,000.00四（一）"
                        "2" INNOVATIVE INNOVATIVE_USCC "创新型中小企业认定奖励10,000.00四（一）"
                        "合计110,000.00");
  cli_assert_lacks (raw, PROPOSED);

  /* The office, title and period given. */
  RUN (f, &custom, "announcement", "-o", other, "--date", "2025-03-02", "--office", "永春县财政局",
       "--title", "永春县2025年第一批奖励资金公示", "--period", "2025年3月2日至3月8日",
       "--kind", "recognition_innovative", "--year", "2024");
  g_assert_cmpstr (custom.err, ==, "");
  g_assert_cmpint (custom.status, ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Wrote 1 award, total 10,000.00 yuan, to %s\n", other);
  g_assert_cmpstr (custom.out, ==, expected);
  g_clear_pointer (&text, g_free);
  text = cli_pdf_tool ("pdftotext", "-layout", other, TRUE);
  cli_assert_contains (text, "永春县2025年第一批奖励资金公示");
  cli_assert_contains (text, "现予公示。公示期为2025年3月2日至3月8日。公示期间如有异议，请向永春县财政局反映。");
  cli_assert_contains (text, "合计10,000.00");
  cli_assert_contains (text, "永春县财政局2025年3月2日");
  cli_assert_lacks (text, PROVINCIAL_USCC);
}

static void
assert_row (ZjtxTable  *table,
            guint       row,
            const char *c0,
            const char *c1,
            const char *c2,
            const char *c3,
            const char *c4,
            const char *c5)
{
  const char *expected[] = { c0, c1, c2, c3, c4, c5 };

  g_assert_cmpuint (zjtx_table_get_n_columns (table, row), <=, G_N_ELEMENTS (expected));
  for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
    g_assert_cmpstr (zjtx_table_get_cell (table, row, c), ==, expected[c]);
}

/* The .xlsx and the CSV read back: the rows by award id, codes as text
 * (an all-digit one too), amounts exact, the 合计 row last. */
static void
test_table (Fixture       *f,
            gconstpointer  data)
{
  const char * const names[] = { "公示名单.xlsx", "公示名单.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(CliRun) run = { 0 };
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autofree char *expected = g_strdup_printf ("Wrote 2 awards, total 110,000.00 yuan, to %s\n", path);
      g_autoptr(ZjtxTable) table = NULL;
      g_autoptr(GError) error = NULL;
      /* Excel's General format drops the zeros a CSV keeps. */
      const char *big = i == 0 ? "100000" : "100000.00";
      const char *small = i == 0 ? "10000" : "10000.00";
      const char *total = i == 0 ? "110000" : "110000.00";

      RUN (f, &run, "announcement", "-o", path);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpstr (run.out, ==, expected);
      g_assert_cmpint (run.status, ==, 0);

      table = zjtx_table_read_file (path, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (zjtx_table_get_encoding (table), ==, i == 0 ? "xlsx" : "UTF-8 (BOM)");
      g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 4);
      assert_row (table, 0, "序号", "单位名称", "统一社会信用代码", "奖励类别", "金额（元）", "依据条款");
      assert_row (table, 1, "1", PROVINCIAL, PROVINCIAL_USCC, "省级专精特新中小企业认定奖励", big, "四（一）");
      assert_row (table, 2, "2", INNOVATIVE, INNOVATIVE_USCC, "创新型中小企业认定奖励", small, "四（一）");
      assert_row (table, 3, "", "合计", "", "", total, "");
    }
}

/* Nothing approved, or nothing approved among the awards asked for:
 * exit 1, no file. */
static void
test_none (Fixture       *f,
           gconstpointer  data)
{
  g_auto(CliRun) none = { 0 };
  g_auto(CliRun) filtered = { 0 };
  g_autofree char *pdf = g_build_filename (f->dir, "公示.pdf", NULL);

  RUN (f, &none, "announcement", "-o", pdf);
  cli_assert_refused (&none, 1, "zjtx-cli: No approved award to announce: nothing was written\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  RUN (f, &filtered, "announcement", "-o", pdf, "--year", "2023");
  cli_assert_refused (&filtered, 1, "zjtx-cli: No approved award to announce: nothing was written\n");
  g_assert_cmpuint (cli_count_outputs (f->db), ==, 0);
}

static void
test_filtered_none (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };
  g_autofree char *xlsx = g_build_filename (f->dir, "公示.xlsx", NULL);

  RUN (f, &run, "announcement", "-o", xlsx, "--kind", "recognition_national");
  cli_assert_refused (&run, 1, "zjtx-cli: No approved award to announce: nothing was written\n");
  g_assert_cmpuint (cli_count_outputs (f->db), ==, 0);
}

/* Bad input: exit 2 naming the argument, nothing written. */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *doc = g_build_filename (f->dir, "x.doc", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "x.pdf", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *doc_error = g_strdup_printf ("zjtx-cli: -o: “%s” does not end in .pdf, .xlsx or .csv\n", doc);
  struct {
    const char *args[6];
    const char *err;
  } cases[] = {
    { { "announcement", "-o", doc }, doc_error },
    { { "announcement" }, "zjtx-cli: announcement needs -o FILE (.pdf, .xlsx or .csv)\n" },
    { { "announcement", "-o", pdf, "extra" }, "zjtx-cli: unexpected argument “extra”\n" },
    { { "announcement", "-o", pdf, "--kind", "bonus" },
      "zjtx-cli: unknown kind of award “bonus” (recognition_innovative, recognition_provincial, "
      "recognition_national, loan_interest_subsidy, rent_subsidy, production_reward, "
      "service_institution_reward)\n" },
    { { "announcement", "-o", pdf, "--year", "24" }, "zjtx-cli: --year must be a year from 1900 to 9999\n" },
    { { "announcement", "-o", pdf, "--date", "2025-02-30" }, NULL },
    { { "announcement", "-o", pdf, "--office", "  " }, "zjtx-cli: --office must not be blank\n" },
    { { "announcement", "-o", pdf, "--title", "" }, "zjtx-cli: --title must not be blank\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliRun) run = { 0 };

      cli_run (f->db, &run, cases[i].args);
      if (cases[i].err != NULL)
        cli_assert_refused (&run, 2, cases[i].err);
      else
        {
          g_assert_cmpint (run.status, ==, 2);
          g_assert_cmpstr (run.out, ==, "");
          g_assert_true (g_str_has_prefix (run.err, "zjtx-cli: --date: "));
          cli_assert_contains (run.err, "2025-02-30");
        }
    }
  g_assert_cmpuint (cli_count_outputs (f->db), ==, 0);

  /* A folder that does not exist: the file cannot be written, exit 1. */
  {
    g_auto(CliRun) run = { 0 };

    RUN (f, &run, "announcement", "-o", missing);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_true (g_str_has_prefix (run.err, "zjtx-cli: "));
    cli_assert_contains (run.err, "x.pdf");
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn, data) g_test_add (path, Fixture, data, fixture_setup, fn, fixture_teardown)
  ADD ("/cli/announcement/pdf", test_pdf, NULL);
  ADD ("/cli/announcement/table", test_table, NULL);
  ADD ("/cli/announcement/none", test_none, "nothing approved");
  ADD ("/cli/announcement/filtered-none", test_filtered_none, NULL);
  ADD ("/cli/announcement/bad-input", test_bad_input, NULL);
#undef ADD

  return g_test_run ();
}
