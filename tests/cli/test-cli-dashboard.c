/* test-cli-dashboard.c: zjtx-cli dashboard and bulletin, without a display
 *
 * A county of four enterprises: two innovative SMEs recognised in 2024, a
 * provincial SRDI SME recognised on 2025-08-01 (inside the bulletin's
 * period), and one in reserve. The ledger synced as of 2025-08-01 on
 * 2025-08-02: the provincial reward (100,000.00) approved on 2025-08-05
 * and paid on 2025-08-20 under voucher PZ-0820; the innovative ones
 * (10,000.00 each) stay proposed. Then the program: each dashboard as PNG
 * (its size read from the header) and PDF (pdfinfo, pdftotext finds the
 * figures), the bulletin (pages, the period's recognition and payment),
 * and each refusal with its exit status and no file left.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "core/zjtx-date.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-ledger.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-store.h"
#include "cli-test-util.h"

#define PROVINCIAL "永春县达埔制香有限公司"
#define INNOVATIVE "永春县蓬壶镇老醋酿造有限公司"

typedef struct {
  char *dir;
  char *db;
} Fixture;

static void
add_enterprise (ZjtxStore  *store,
                const char *name,
                const char *uscc,
                const char *township,
                const char *tier,
                const char *on)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  zjtx_enterprise_set_township (e, township);
  cli_save (store, e);
  if (tier != NULL)
    {
      g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

      zjtx_recognition_set_enterprise_id (r, zjtx_record_get_id (ZJTX_RECORD (e)));
      zjtx_recognition_set_tier (r, tier);
      zjtx_recognition_set_date (r, on);
      cli_save (store, r);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 provincial = 0;

  f->dir = g_dir_make_tmp ("zjtx-cli-dashboard-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "county.db", NULL);

  store = cli_open_store (f->db);
  add_enterprise (store, PROVINCIAL, "91350525MA2Y00001D", "达埔镇", "provincial", "2025-08-01");
  add_enterprise (store, INNOVATIVE, "913505250123456801", "蓬壶镇", "innovative", "2024-03-01");
  add_enterprise (store, "永春县石鼓镇陶瓷有限公司", "91350525MA2Y00003K", "石鼓镇", "innovative", "2024-04-01");
  add_enterprise (store, "永春县桃城镇储备企业有限公司", "91350525MA2Y00004N", "桃城镇", NULL, NULL);

  changes = zjtx_ledger_sync (store, zjtx_date_from_ymd (2025, 8, 1), zjtx_date_from_ymd (2025, 8, 2), FALSE,
                              &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 3);
  for (guint i = 0; i < changes->len; i++)
    {
      ZjtxLedgerChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->recipient, PROVINCIAL))
        provincial = change->award_id;
    }
  g_assert_cmpint (provincial, >, 0);
  g_assert_true (zjtx_ledger_approve (store, &provincial, 1, zjtx_date_from_ymd (2025, 8, 5), &error));
  g_assert_no_error (error);
  g_assert_true (zjtx_ledger_pay (store, provincial, zjtx_date_from_ymd (2025, 8, 20), "PZ-0820", &error));
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

static char *
path_in (Fixture    *f,
         const char *name)
{
  return g_build_filename (f->dir, name, NULL);
}

/* The width and height in a PNG's IHDR chunk. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  static const guchar signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autofree guchar *bytes = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, (char **) &bytes, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (bytes, 8, signature, 8);
  g_assert_cmpmem (bytes + 12, 4, "IHDR", 4);
  *width = (guint) bytes[16] << 24 | (guint) bytes[17] << 16 | (guint) bytes[18] << 8 | bytes[19];
  *height = (guint) bytes[20] << 24 | (guint) bytes[21] << 16 | (guint) bytes[22] << 8 | bytes[23];
}

static void
test_png (Fixture       *f,
          gconstpointer  data)
{
  const char *which[] = { "enterprises", "parks", "rewards", "actions" };
  const char *titles[] = { "SRDI Enterprises", "SRDI Parks", "Rewards and Subsidies", "The Six Actions" };

  for (guint i = 0; i < G_N_ELEMENTS (which); i++)
    {
      g_auto(CliRun) run = { 0 };
      g_autofree char *name = g_strconcat (which[i], ".PNG", NULL);
      g_autofree char *png = path_in (f, name);
      g_autofree char *expected = g_strdup_printf ("Wrote the dashboard “%s” to %s\n", titles[i], png);
      guint width, height;

      CLI_RUN (f->db, &run, "dashboard", "--which", which[i], "--as-of", "2025-09-30", "-o", png);
      g_assert_cmpstr (run.err, ==, "");
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out, ==, expected);
      png_size (png, &width, &height);
      g_assert_cmpuint (width, ==, 1920);
      g_assert_cmpuint (height, ==, 1080);
    }
}

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = path_in (f, "enterprises.pdf");
  g_autofree char *rewards = path_in (f, "rewards.pdf");
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_auto(CliRun) run = { 0 };
  g_auto(CliRun) run2 = { 0 };

  CLI_RUN (f->db, &run, "dashboard", "--which", "enterprises", "--as-of", "2025-09-30", "-o", pdf);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  info = cli_pdf_tool ("pdfinfo", NULL, pdf, FALSE);
  cli_assert_contains (info, "Pages:           1\n");
  cli_assert_contains (info, "Page size:       841.89 x 595.28 pts (A4)");
  text = cli_pdf_tool ("pdftotext", NULL, pdf, TRUE);
  /* Progress to the targets: 2 of 70 innovative, 1 of 30 provincial. */
  cli_assert_contains (text, "2/70");
  cli_assert_contains (text, "1/30");
  cli_assert_contains (text, "0/2");
  cli_assert_contains (text, "Asof2025年9月30日");
  cli_assert_contains (text, "达埔镇");
  g_clear_pointer (&text, g_free);

  /* As of 2025-09-30 the provincial reward is paid (10.00 wan yuan); the
   * innovative ones wait (2.00). */
  CLI_RUN (f->db, &run2, "dashboard", "--which", "rewards", "--as-of", "2025-09-30", "-o", rewards);
  g_assert_cmpint (run2.status, ==, 0);
  text = cli_pdf_tool ("pdftotext", NULL, rewards, TRUE);
  cli_assert_contains (text, "10.00wanyuan");
  cli_assert_contains (text, "2.00wanyuan");
  cli_assert_contains (text, PROVINCIAL);
}

static void
test_bulletin (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *pdf = path_in (f, "bulletin.pdf");
  g_autofree char *expected = g_strdup_printf ("Wrote the bulletin (8 pages) to %s\n", pdf);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_auto(CliRun) run = { 0 };

  CLI_RUN (f->db, &run, "bulletin", "--from", "2025-07-01", "--to", "2025-09-30", "--office",
           "永春县工业信息化和商务局", "-o", pdf);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);

  info = cli_pdf_tool ("pdfinfo", NULL, pdf, FALSE);
  cli_assert_contains (info, "Pages:           8\n");
  text = cli_pdf_tool ("pdftotext", NULL, pdf, TRUE);
  cli_assert_contains (text, "From2025年7月1日to2025年9月30日");
  cli_assert_contains (text, "永春县工业信息化和商务局");
  /* The overview: 2, 1 and 0 cultivated; one recognition in the period,
   * one award paid for 10.00 wan yuan. */
  cli_assert_contains (text, "hascultivated2innovativeSMEs,1provincialSRDISMEsand0national");
  cli_assert_contains (text, "Intheperiod:recognitionsmade,1(firstrecognitions,1);awardspaid,1,10.00wanyuan");
  /* The seeded tasks, due 2025-12-31: none overdue on 2025-09-30. */
  cli_assert_contains (text, "Tasksofthesixactionsandthemeasures:10;done,0;underway,0;notstarted,10;overdue,0.");
  /* The tables: the recognition and the payment of the period. */
  cli_assert_contains (text, PROVINCIAL);
  cli_assert_contains (text, "2025-08-01");
  cli_assert_contains (text, "2025-08-20");
  cli_assert_contains (text, "100,000.00");
  cli_assert_contains (text, "PZ-0820");
  /* The innovative SMEs were recognised before the period. */
  g_assert_null (strstr (text, "2024-03-01"));
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *png = path_in (f, "x.png");
  g_autofree char *pdf = path_in (f, "x.pdf");
  g_autofree char *txt = path_in (f, "x.txt");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "x.pdf", NULL);
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "dashboard", "-o", png);
    cli_assert_refused (&run, 2, "zjtx-cli: dashboard needs --which enterprises, parks, rewards or actions\n");
  }
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "dashboard", "--which", "towns", "-o", png);
    cli_assert_refused (&run, 2, "zjtx-cli: --which: unknown dashboard “towns” (enterprises, parks, rewards or actions)\n");
  }
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "dashboard", "--which", "parks");
    cli_assert_refused (&run, 2, "zjtx-cli: dashboard needs -o FILE (.png or .pdf)\n");
  }
  {
    g_auto(CliRun) run = { 0 };
    err = g_strdup_printf ("zjtx-cli: -o: “%s” does not end in .png or .pdf\n", txt);
    CLI_RUN (f->db, &run, "dashboard", "--which", "parks", "-o", txt);
    cli_assert_refused (&run, 2, err);
  }
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "dashboard", "--which", "parks", "--as-of", "2025-02-30", "-o", png);
    g_assert_cmpint (run.status, ==, 2);
    cli_assert_contains (run.err, "zjtx-cli: --as-of");
  }
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "bulletin", "-o", pdf);
    cli_assert_refused (&run, 2, "zjtx-cli: bulletin needs --from YYYY-MM-DD\n");
  }
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "bulletin", "--from", "2025-07-01", "--to", "2025-06-30", "-o", pdf);
    cli_assert_refused (&run, 2, "zjtx-cli: --to (2025-06-30) is before --from (2025-07-01)\n");
  }
  {
    g_auto(CliRun) run = { 0 };
    err2 = g_strdup_printf ("zjtx-cli: -o: “%s” does not end in .pdf\n", png);
    CLI_RUN (f->db, &run, "bulletin", "--from", "2025-07-01", "-o", png);
    cli_assert_refused (&run, 2, err2);
  }
  /* A folder that does not exist: exit 1, and nothing written anywhere. */
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "bulletin", "--from", "2025-07-01", "--to", "2025-09-30", "-o", missing);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
    cli_assert_contains (run.err, "no-such-folder");
  }
  {
    g_auto(CliRun) run = { 0 };
    CLI_RUN (f->db, &run, "dashboard", "--which", "rewards", "-o", missing);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, "");
  }
  g_assert_cmpuint (cli_count_outputs (f->db), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/dashboard/png", Fixture, NULL, fixture_setup, test_png, fixture_teardown);
  g_test_add ("/cli/dashboard/pdf", Fixture, NULL, fixture_setup, test_pdf, fixture_teardown);
  g_test_add ("/cli/dashboard/bulletin", Fixture, NULL, fixture_setup, test_bulletin, fixture_teardown);
  g_test_add ("/cli/dashboard/refusals", Fixture, NULL, fixture_setup, test_refusals, fixture_teardown);

  return g_test_run ();
}
