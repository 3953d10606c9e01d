/* test-cli-notices.c: zjtx-cli notices — numbered award notices as PDF
 *
 * Two enterprises with provincial recognitions inside the policy's window,
 * their awards synced and approved through the model; then the program:
 * one PDF for the batch (pdfinfo, pdftotext), numbers kept on a reprint,
 * one file per enterprise, and each refusal with nothing written.
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
#include "cli-test-util.h"

typedef struct {
  char   *dir;
  char   *db;
  gint64  ids[2];
} Fixture;

#define RUN(f, run, ...) CLI_RUN ((f)->db, (run), __VA_ARGS__)

static void
add_recognised (ZjtxStore  *store,
                const char *name,
                const char *on)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_township (e, "蓬壶镇");
  cli_save (store, e);
  zjtx_recognition_set_enterprise_id (r, zjtx_record_get_id (ZJTX_RECORD (e)));
  zjtx_recognition_set_tier (r, "provincial");
  zjtx_recognition_set_date (r, on);
  cli_save (store, r);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  ZjtxDate as_of;

  f->dir = g_dir_make_tmp ("zjtx-cli-notices-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "county.db", NULL);
  store = cli_open_store (f->db);
  add_recognised (store, "永春县达埔制香有限公司", "2024-05-01");
  add_recognised (store, "永春县东平陶瓷有限公司", "2024-06-01");
  g_assert_true (zjtx_date_parse ("2025-06-30", &as_of, NULL));
  changes = zjtx_ledger_sync (store, as_of, zjtx_date_today (), FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 2);
  for (guint i = 0; i < 2; i++)
    f->ids[i] = ((ZjtxLedgerChange *) g_ptr_array_index (changes, i))->award_id;
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
approve_all (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = cli_open_store (f->db);
  g_assert_true (zjtx_ledger_approve (store, f->ids, 2, zjtx_date_today (), &error));
  g_assert_no_error (error);
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "notices.pdf", NULL);
  g_autofree char *again = g_build_filename (f->dir, "again.pdf", NULL);
  g_autofree char *one = g_build_filename (f->dir, "one.pdf", NULL);
  g_auto(CliRun) run = { 0 };
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *expected = NULL;
  int year, month, day;

  zjtx_date_to_ymd (zjtx_date_today (), &year, &month, &day);
  first = g_strdup_printf ("永工信商〔%d〕1号", year);
  second = g_strdup_printf ("永工信商〔%d〕2号", year);

  /* Proposed, not approved: refused, no file, no number. */
  RUN (f, &run, "notices", "--approved", "-o", pdf);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "zjtx-cli: No award is approved and waiting for its notice\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  cli_run_clear (&run);

  approve_all (f);
  RUN (f, &run, "notices", "--approved", "-o", pdf);
  g_assert_cmpint (run.status, ==, 0);
  expected = g_strdup_printf ("Wrote 2 notices (%s … %s) to %s\n", first, second, pdf);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM notice"), ==, 2);

  info = cli_pdf_tool ("pdfinfo", NULL, pdf, TRUE);
  cli_assert_contains (info, "(A4)");
  cli_assert_contains (info, "Pages:4");
  text = cli_pdf_tool ("pdftotext", NULL, pdf, TRUE);
  cli_assert_contains (text, "永春县达埔制香有限公司");
  cli_assert_contains (text, "永春县东平陶瓷有限公司");
  cli_assert_contains (text, first);
  cli_assert_contains (text, second);
  cli_assert_contains (text, "100,000.00");
  cli_assert_contains (text, "人民币壹拾万元整");
  cli_assert_contains (text, "永政办规〔2024〕1号");
  cli_assert_contains (text, "四（一）");
  cli_assert_contains (text, "2024年5月1日首次认定为省级专精特新中小企业");

  /* Printed again, or one of them: the same numbers. */
  cli_run_clear (&run);
  RUN (f, &run, "notices", "--approved", "-o", again);
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Wrote 2 notices (%s … %s) to %s\n", first, second, again);
  g_assert_cmpstr (run.out, ==, expected);
  cli_run_clear (&run);
  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids[1]);
    g_autofree char *want = g_strdup_printf ("Wrote notice %s to %s\n", second, one);

    RUN (f, &run, "notices", "--award", id, "-o", one, "--prefix", "另一个");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, want);
  }
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM notice"), ==, 2);

  /* Cancelled: needs a reason; once; the award's next notice takes the
   * next number. */
  cli_run_clear (&run);
  RUN (f, &run, "notices", "--cancel", second);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.err, ==, "zjtx-cli: --cancel needs --reason TEXT\n");
  cli_run_clear (&run);
  RUN (f, &run, "notices", "--cancel", second, "--reason", "抬头有误");
  g_assert_cmpint (run.status, ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Cancelled notice %s; its number is not given again\n", second);
  g_assert_cmpstr (run.out, ==, expected);
  cli_run_clear (&run);
  RUN (f, &run, "notices", "--cancel", second, "--reason", "再次");
  g_assert_cmpint (run.status, ==, 1);
  cli_run_clear (&run);
  RUN (f, &run, "notices", "--cancel", "永工信商〔1999〕1号", "--reason", "没有");
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "zjtx-cli: There is no notice 永工信商〔1999〕1号\n");
  cli_run_clear (&run);
  {
    g_autofree char *third = g_strdup_printf ("永工信商〔%d〕3号", year);
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids[1]);
    g_autofree char *want = g_strdup_printf ("Wrote notice %s to %s\n", third, one);

    RUN (f, &run, "notices", "--award", id, "-o", one);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_cmpstr (run.out, ==, want);
  }
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM notice WHERE cancelled_on IS NOT NULL AND number = 2"), ==, 1);
}

static void
test_per_enterprise (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *dir = g_build_filename (f->dir, "out", NULL);
  g_autofree char *a = g_build_filename (dir, "永春县达埔制香有限公司.pdf", NULL);
  g_autofree char *b = g_build_filename (dir, "永春县东平陶瓷有限公司.pdf", NULL);
  g_auto(CliRun) run = { 0 };
  g_autofree char *info = NULL;

  approve_all (f);
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  RUN (f, &run, "notices", "--approved", "--one-per-enterprise", dir);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_test (a, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (b, G_FILE_TEST_IS_REGULAR));
  info = cli_pdf_tool ("pdfinfo", NULL, a, TRUE);
  cli_assert_contains (info, "Pages:2");
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "x.pdf", NULL);
  g_autofree char *not_png = g_build_filename (f->dir, "seal.png", NULL);
  static const struct {
    const char *args[8];
    int         status;
    const char *err;
  } cases[] = {
    { { "notices", "-o", "@PDF@", NULL }, 2, "zjtx-cli: give either --award ID (one or more) or --approved\n" },
    { { "notices", "--approved", NULL }, 2, "zjtx-cli: give either -o FILE.pdf or --one-per-enterprise DIR\n" },
    { { "notices", "--award", "abc", "-o", "@PDF@", NULL }, 2, "zjtx-cli: award id “abc” is not a positive whole number\n" },
    { { "notices", "--approved", "-o", "x.doc", NULL }, 2, "zjtx-cli: -o: “x.doc” does not end in .pdf\n" },
    { { "notices", "--approved", "-o", "@PDF@", "--date", "2026-02-30", NULL }, 2, NULL },
    { { "notices", "--approved", "-o", "@PDF@", "--prefix", "永工〔信", NULL }, 2, NULL },
    { { "notices", "--award", "999", "-o", "@PDF@", NULL }, 1, "zjtx-cli: There is no award 999 in the ledger\n" },
    { { "notices", "--approved", "-o", "@PDF@", "--seal", "@SEAL@", NULL }, 1, NULL },
  };

  approve_all (f);
  g_assert_true (g_file_set_contents (not_png, "not a picture", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *args[9] = { NULL };
      g_auto(CliRun) run = { 0 };

      for (guint j = 0; cases[i].args[j] != NULL; j++)
        args[j] = g_str_equal (cases[i].args[j], "@PDF@") ? pdf
                  : g_str_equal (cases[i].args[j], "@SEAL@") ? not_png : cases[i].args[j];
      cli_run (f->db, &run, args);
      g_assert_cmpint (run.status, ==, cases[i].status);
      if (cases[i].err != NULL)
        g_assert_cmpstr (run.err, ==, cases[i].err);
      else
        g_assert_true (g_str_has_prefix (run.err, "zjtx-cli: ") &&
                       strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
  /* The seal is read after the numbers are given: they stay, to be printed again. */
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM notice"), ==, 2);
}

/* An approved award whose facts changed since: no notice, no list posted. */
static void
test_flagged (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "x.pdf", NULL);
  g_auto(CliRun) run = { 0 };

  approve_all (f);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(ZjtxStore) store = cli_open_store (f->db);
    g_autoptr(GPtrArray) recognitions = zjtx_store_list (store, ZJTX_TYPE_RECOGNITION, NULL, NULL, NULL, &error);
    g_autoptr(GPtrArray) changes = NULL;
    ZjtxDate as_of;

    g_assert_no_error (error);
    zjtx_recognition_set_date (g_ptr_array_index (recognitions, 0), "2024-05-02");
    g_assert_true (zjtx_store_save (store, g_ptr_array_index (recognitions, 0), &error));
    g_assert_true (zjtx_date_parse ("2025-06-30", &as_of, NULL));
    changes = zjtx_ledger_sync (store, as_of, zjtx_date_today (), FALSE, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changes->len, ==, 1);
  }

  RUN (f, &run, "notices", "--approved", "-o", pdf);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_suffix (run.err, "rests on facts that have changed since it was approved: settle it first\n"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  cli_run_clear (&run);
  RUN (f, &run, "announcement", "-o", pdf);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, "zjtx-cli: 1 approved award rests on facts that have changed: settle it before the "
                                "list is posted; nothing was written\n");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM notice"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/cli/notices/batch", test_batch);
  ADD ("/cli/notices/per-enterprise", test_per_enterprise);
  ADD ("/cli/notices/refusals", test_refusals);
  ADD ("/cli/notices/flagged", test_flagged);
#undef ADD

  return g_test_run ();
}
