/* test-cli-awards.c: zjtx-cli awards — the award ledger from a script
 *
 * A temporary county filled through the model API (an enterprise with a
 * provincial recognition dated 2024-05-01: 100,000.00 under the built-in
 * policy), then the real program: sync, list, approve, pay, reject, settle,
 * each refusal with its exit status and nothing changed by it.
 */

#include "config.h"

#include <string.h>
#include <json-glib/json-glib.h>

#include "core/zjtx-date.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-store.h"
#include "cli-test-util.h"

typedef struct {
  char   *dir;
  char   *db;
  gint64  enterprise_id;
  gint64  recognition_id;
} Fixture;

#define RUN(f, run, ...) CLI_RUN ((f)->db, (run), __VA_ARGS__)

/* An enterprise and its first recognition; returns the enterprise's id. */
static gint64
add_recognised (ZjtxStore  *store,
                const char *name,
                const char *uscc,
                const char *tier,
                const char *on,
                gint64     *recognition_id)
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
  if (recognition_id)
    *recognition_id = zjtx_record_get_id (ZJTX_RECORD (r));
  return zjtx_record_get_id (ZJTX_RECORD (e));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;

  f->dir = g_dir_make_tmp ("zjtx-cli-awards-XXXXXX", &error);
  g_assert_no_error (error);
  f->db = g_build_filename (f->dir, "county.db", NULL);

  store = cli_open_store (f->db);
  f->enterprise_id = add_recognised (store, "永春县达埔制香有限公司", "91350525MA2Y00001D",
                                     "provincial", "2024-05-01", &f->recognition_id);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  cli_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

/* The ledger as `awards --format json` prints it. */
static JsonArray *
list_json (Fixture *f)
{
  g_auto(CliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  RUN (f, &run, "awards", "--format", "json");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (json_parser_get_root (parser)));
  return json_array_ref (json_node_get_array (json_parser_get_root (parser)));
}

static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  g_auto(CliRun) preview = { 0 };
  g_auto(CliRun) synced = { 0 };
  g_auto(CliRun) again = { 0 };
  g_auto(CliRun) proposed = { 0 };
  g_auto(CliRun) none = { 0 };
  g_auto(CliRun) too_early = { 0 };
  g_auto(CliRun) approved = { 0 };
  g_auto(CliRun) twice = { 0 };
  g_auto(CliRun) no_voucher = { 0 };
  g_auto(CliRun) blank_voucher = { 0 };
  g_auto(CliRun) paid = { 0 };
  g_auto(CliRun) paid_twice = { 0 };
  g_auto(CliRun) rejected = { 0 };
  g_autoptr(JsonArray) ledger = NULL;
  g_autofree char *id = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *voucher = NULL;
  /* Sync proposes on the day it runs, and the steps cannot be dated before. */
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  JsonObject *award;
  gint64 audits;

  /* A dry run shows the proposal and writes nothing. */
  RUN (f, &preview, "awards", "sync", "--as-of", "2025-06-30", "--dry-run");
  g_assert_cmpint (preview.status, ==, 0);
  g_assert_cmpstr (preview.err, ==, "");
  g_assert_cmpstr (preview.out, ==,
                   "added  -  永春县达埔制香有限公司  Recognition reward: provincial SRDI SME  - → 100,000.00\n"
                   "1 change: 1 added, 0 updated, 0 withdrawn, 0 flagged, 0 unflagged\n"
                   "Dry run: nothing was changed.\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM award"), ==, 0);

  RUN (f, &synced, "awards", "sync", "--as-of", "2025-06-30");
  g_assert_cmpint (synced.status, ==, 0);
  g_assert_cmpstr (synced.err, ==, "");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM award"), ==, 1);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, cli_query (f->db, "SELECT id FROM award"));
  expected = g_strdup_printf ("added  %s  永春县达埔制香有限公司  Recognition reward: provincial SRDI SME  - → 100,000.00\n"
                              "1 change: 1 added, 0 updated, 0 withdrawn, 0 flagged, 0 unflagged\n", id);
  g_assert_cmpstr (synced.out, ==, expected);
  g_assert_cmpint (cli_query (f->db, "SELECT amount FROM award WHERE status = 'proposed'"), ==, 10000000);

  /* Recomputed, nothing changes. */
  RUN (f, &again, "awards", "sync", "--as-of", "2025-06-30");
  g_assert_cmpint (again.status, ==, 0);
  g_assert_cmpstr (again.out, ==, "0 changes: 0 added, 0 updated, 0 withdrawn, 0 flagged, 0 unflagged\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM award"), ==, 1);

  /* Listed among the proposals, not among the approved. */
  RUN (f, &proposed, "awards", "--status", "proposed");
  g_assert_cmpint (proposed.status, ==, 0);
  g_assert_cmpstr (proposed.err, ==, "");
  cli_assert_contains (proposed.out, "永春县达埔制香有限公司  91350525MA2Y00001D  "
                                     "Recognition reward: provincial SRDI SME     100,000.00  proposed  四（一）  2024-05-01");
  g_assert_true (g_str_has_suffix (proposed.out,
                                   "\nTotal: 1 award; proposed 1, 100,000.00; approved 0, 0.00; paid 0, 0.00; "
                                   "rejected 0, 0.00\n"));
  RUN (f, &none, "awards", "--status", "approved");
  g_assert_cmpstr (none.out, ==, "No awards\n"
                                 "Total: 0 awards; proposed 0, 0.00; approved 0, 0.00; paid 0, 0.00; rejected 0, 0.00\n");

  /* Not before it was proposed (today). */
  audits = cli_query (f->db, "SELECT count(*) FROM audit");
  RUN (f, &too_early, "awards", "approve", id, "--date", "2025-07-02");
  {
    g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
    g_autofree char *expected = g_strdup_printf ("zjtx-cli: 永春县达埔制香有限公司, Recognition reward: provincial SRDI SME "
                                                 "(award %s): it cannot be approved on 2025-07-02, before it was "
                                                 "proposed on %s\n", id, today);

    cli_assert_refused (&too_early, 1, expected);
  }
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audits);

  /* Approved by the officer named, today; twice is refused. */
  RUN (f, &approved, "awards", "approve", id, "--officer", "王科长");
  g_assert_cmpint (approved.status, ==, 0);
  g_assert_cmpstr (approved.err, ==, "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Award %s approved on %s by 王科长\n", id, today);
  g_assert_cmpstr (approved.out, ==, expected);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE entity = 'award' AND actor = '王科长' "
                                     "AND json_extract (new_values, '$.status') = 'approved'"), ==, 1);

  audits = cli_query (f->db, "SELECT count(*) FROM audit");
  RUN (f, &twice, "awards", "approve", id);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("zjtx-cli: 永春县达埔制香有限公司, Recognition reward: provincial SRDI SME (award %s): "
                              "it is approved; only a proposed award can be approved\n", id);
  cli_assert_refused (&twice, 1, expected);
  ledger = list_json (f);
  g_assert_cmpuint (json_array_get_length (ledger), ==, 1);
  award = json_array_get_object_element (ledger, 0);
  g_assert_cmpstr (json_object_get_string_member (award, "status"), ==, "approved");
  g_assert_cmpstr (json_object_get_string_member (award, "approved_on"), ==, today);
  g_assert_cmpstr (json_object_get_string_member (award, "approved_by"), ==, "王科长");
  g_clear_pointer (&ledger, json_array_unref);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit WHERE entity = 'award' "
                                     "AND json_extract (new_values, '$.status') = 'approved'"), ==, 1);

  /* Pay: the voucher is required; then paid; then not twice. */
  RUN (f, &no_voucher, "awards", "pay", id);
  cli_assert_refused (&no_voucher, 2, "zjtx-cli: pay needs --voucher TEXT\n");
  RUN (f, &blank_voucher, "awards", "pay", id, "--voucher", "  ");
  cli_assert_refused (&blank_voucher, 2, "zjtx-cli: --voucher must not be blank\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audits);

  RUN (f, &paid, "awards", "pay", id, "--voucher", " 记账凭证 2025-0712 ", "--date", today, "--officer", "陈出纳");
  g_assert_cmpint (paid.status, ==, 0);
  g_assert_cmpstr (paid.err, ==, "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Award %s paid on %s by 陈出纳, voucher 记账凭证 2025-0712\n", id, today);
  g_assert_cmpstr (paid.out, ==, expected);
  voucher = cli_query_text (f->db, "SELECT voucher FROM award");
  g_assert_cmpstr (voucher, ==, "记账凭证 2025-0712");
  audits = cli_query (f->db, "SELECT count(*) FROM audit");

  RUN (f, &paid_twice, "awards", "pay", id, "--voucher", "记账凭证 2025-0713");
  g_assert_cmpint (paid_twice.status, ==, 1);
  cli_assert_contains (paid_twice.err, "it is paid; only an approved award can be paid");

  /* A paid award cannot be rejected. */
  RUN (f, &rejected, "awards", "reject", id, "--reason", "重复申报");
  g_assert_cmpint (rejected.status, ==, 1);
  g_assert_cmpstr (rejected.out, ==, "");
  cli_assert_contains (rejected.err, "it is paid; only a proposed or approved award can be rejected");
  g_assert_true (strchr (rejected.err, '\n') == rejected.err + strlen (rejected.err) - 1);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audits);

  /* The JSON: every column, the amounts exact in fen and as yuan. */
  ledger = list_json (f);
  g_assert_cmpuint (json_array_get_length (ledger), ==, 1);
  award = json_array_get_object_element (ledger, 0);
  g_assert_cmpint (json_object_get_int_member (award, "id"), ==, g_ascii_strtoll (id, NULL, 10));
  g_assert_cmpint (json_object_get_int_member (award, "amount_fen"), ==, 10000000);
  g_assert_cmpstr (json_object_get_string_member (award, "amount"), ==, "100000.00");
  g_assert_cmpstr (json_object_get_string_member (award, "status"), ==, "paid");
  g_assert_cmpstr (json_object_get_string_member (award, "recipient"), ==, "永春县达埔制香有限公司");
  g_assert_cmpstr (json_object_get_string_member (award, "uscc"), ==, "91350525MA2Y00001D");
  g_assert_cmpstr (json_object_get_string_member (award, "kind"), ==, "recognition_provincial");
  g_assert_cmpstr (json_object_get_string_member (award, "clause"), ==, "四（一）");
  g_assert_cmpstr (json_object_get_string_member (award, "event_date"), ==, "2024-05-01");
  g_assert_cmpstr (json_object_get_string_member (award, "paid_on"), ==, today);
  g_assert_cmpstr (json_object_get_string_member (award, "paid_by"), ==, "陈出纳");
  g_assert_cmpstr (json_object_get_string_member (award, "voucher"), ==, "记账凭证 2025-0712");
  g_assert_false (json_object_get_boolean_member (award, "basis_changed"));
  g_assert_true (json_object_get_null_member (award, "computed_amount_fen"));
  g_assert_true (json_object_get_null_member (award, "computed_amount"));
}

/* Bad input: exit 2, one line naming the argument, nothing changed. */
static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_auto(CliRun) synced = { 0 };
  g_autofree char *id = NULL;
  gint64 audits;
  struct {
    const char *args[8];
    const char *err;
  } cases[] = {
    { { "awards", "approve", "abc" }, "zjtx-cli: award id “abc” is not a positive whole number\n" },
    { { "awards", "approve", "0" }, "zjtx-cli: award id “0” is not a positive whole number\n" },
    { { "awards", "approve", "ID", "+1" }, "zjtx-cli: award id “+1” is not a positive whole number\n" },
    { { "awards", "approve", "ID", "--date", "2025-02-30" },
      "zjtx-cli: --date: “2025-02-30” is not a real date: 2025-02 has only 28 days\n" },
    { { "awards", "approve" }, "zjtx-cli: approve needs the id of at least one award\n" },
    { { "awards", "approve", "ID", "--officer", " " }, "zjtx-cli: --officer must not be blank\n" },
    { { "awards", "reject", "ID" }, "zjtx-cli: reject needs --reason TEXT\n" },
    { { "awards", "reject", "ID", "ID", "--reason", "材料不全" }, "zjtx-cli: reject takes one award id, not 2\n" },
    { { "awards", "settle", "ID", "--reason", "" }, "zjtx-cli: --reason must not be blank\n" },
    { { "awards", "settle", "--reason", "x" }, "zjtx-cli: settle needs the id of an award\n" },
    { { "awards", "withdraw", "ID" }, "zjtx-cli: unknown subcommand “withdraw” of awards "
                                      "(sync, approve, reject, pay, settle)\n" },
    { { "awards", "--status", "granted" },
      "zjtx-cli: unknown status “granted” (proposed, approved, paid or rejected)\n" },
    { { "awards", "--kind", "bonus" },
      "zjtx-cli: unknown kind of award “bonus” (recognition_innovative, recognition_provincial, "
      "recognition_national, loan_interest_subsidy, rent_subsidy, production_reward, service_institution_reward)\n" },
    { { "awards", "--year", "24" }, "zjtx-cli: --year must be a year from 1900 to 9999\n" },
    { { "awards", "--format", "xml" }, "zjtx-cli: unknown format “xml” (text or json)\n" },
    { { "awards", "--format", "json", "sync" }, "zjtx-cli: the subcommand “sync” must come right after “awards”\n" },
    { { "awards", "sync", "--as-of", "2025-6-30" },
      "zjtx-cli: --as-of: “2025-6-30” is not a date in the form YYYY-MM-DD\n" },
  };

  RUN (f, &synced, "awards", "sync", "--as-of", "2025-06-30");
  g_assert_cmpint (synced.status, ==, 0);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, cli_query (f->db, "SELECT id FROM award"));
  audits = cli_query (f->db, "SELECT count(*) FROM audit");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliRun) run = { 0 };

      for (guint a = 0; cases[i].args[a] != NULL; a++)
        if (g_str_equal (cases[i].args[a], "ID"))
          cases[i].args[a] = id;
      cli_run (f->db, &run, cases[i].args);
      cli_assert_refused (&run, 2, cases[i].err);
    }

  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM audit"), ==, audits);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM award WHERE status = 'proposed'"), ==, 1);
}

/* A batch is approved whole or not at all; a flagged award is settled. */
static void
test_batch_and_settle (Fixture       *f,
                       gconstpointer  data)
{
  g_auto(CliRun) synced = { 0 };
  g_auto(CliRun) refused = { 0 };
  g_auto(CliRun) batch = { 0 };
  g_auto(CliRun) flagged = { 0 };
  g_auto(CliRun) listed = { 0 };
  g_auto(CliRun) unsettled = { 0 };
  g_auto(CliRun) settled = { 0 };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());

  {
    g_autoptr(ZjtxStore) store = cli_open_store (f->db);
    add_recognised (store, "永春县蓬壶智能装备有限公司", NULL, "national", "2024-06-01", NULL);
  }

  RUN (f, &synced, "awards", "sync", "--as-of", "2025-06-30");
  g_assert_cmpint (synced.status, ==, 0);
  cli_assert_contains (synced.out, "2 changes: 2 added, 0 updated, 0 withdrawn, 0 flagged, 0 unflagged\n");
  g_assert_cmpint (cli_query (f->db, "SELECT sum(amount) FROM award WHERE status = 'proposed'"), ==, 60000000);
  a = g_strdup_printf ("%" G_GINT64_FORMAT, cli_query (f->db, "SELECT min(id) FROM award"));
  b = g_strdup_printf ("%" G_GINT64_FORMAT, cli_query (f->db, "SELECT max(id) FROM award"));

  /* One unknown award in the batch: none approved. */
  RUN (f, &refused, "awards", "approve", a, b, "999");
  cli_assert_refused (&refused, 1, "zjtx-cli: There is no award 999 in the ledger\n");
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM award WHERE status = 'approved'"), ==, 0);

  RUN (f, &batch, "awards", "approve", a, b, "--officer", "林科员");
  g_assert_cmpint (batch.status, ==, 0);
  expected = g_strdup_printf ("Awards %s, %s approved on %s by 林科员\n", a, b, today);
  g_assert_cmpstr (batch.out, ==, expected);
  g_assert_cmpint (cli_query (f->db, "SELECT sum(amount) FROM award WHERE status = 'approved' AND approved_by = '林科员'"),
                   ==, 60000000);

  /* The first recognition's date corrected to before the policy: the
   * approved award is flagged, not changed. */
  {
    g_autoptr(ZjtxStore) store = cli_open_store (f->db);
    g_autoptr(GError) error = NULL;
    g_autoptr(ZjtxRecognition) r = zjtx_store_load (store, ZJTX_TYPE_RECOGNITION, f->recognition_id, &error);

    g_assert_no_error (error);
    zjtx_recognition_set_date (r, "2023-12-01");
    cli_save (store, r);
  }
  RUN (f, &flagged, "awards", "sync", "--as-of", "2025-06-30");
  g_assert_cmpint (flagged.status, ==, 0);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("flagged  %s  永春县达埔制香有限公司  Recognition reward: provincial SRDI SME  100,000.00 → -\n"
                              "1 change: 0 added, 0 updated, 0 withdrawn, 1 flagged, 0 unflagged\n", a);
  g_assert_cmpstr (flagged.out, ==, expected);
  g_assert_cmpint (cli_query (f->db, "SELECT count(*) FROM award WHERE status = 'approved' AND basis_changed = 1"), ==, 1);

  RUN (f, &listed, "awards", "--flagged");
  g_assert_cmpint (listed.status, ==, 0);
  cli_assert_contains (listed.out, "approved · to settle");
  g_assert_true (g_str_has_suffix (listed.out, "\nTotal: 1 award; proposed 0, 0.00; approved 1, 100,000.00; "
                                               "paid 0, 0.00; rejected 0, 0.00\n"));

  /* Settled: nothing is due any more, so the approval is withdrawn. */
  RUN (f, &unsettled, "awards", "settle", b, "--reason", "核对");
  g_assert_cmpint (unsettled.status, ==, 1);
  cli_assert_contains (unsettled.err, "its basis has not changed; there is nothing to settle");
  RUN (f, &settled, "awards", "settle", a, "--reason", "认定日期更正");
  g_assert_cmpint (settled.status, ==, 0);
  g_assert_cmpstr (settled.err, ==, "");
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Award %s settled on %s by %s; it is now rejected\n", a, today, g_get_user_name ());
  g_assert_cmpstr (settled.out, ==, expected);
  reason = cli_query_text (f->db, "SELECT reason FROM award WHERE status = 'rejected'");
  g_assert_cmpstr (reason, ==, "认定日期更正");
}

static void
test_help (Fixture       *f,
           gconstpointer  data)
{
  g_auto(CliRun) run = { 0 };

  RUN (f, &run, "awards", "--help");
  g_assert_cmpint (run.status, ==, 0);
  cli_assert_contains (run.out, "approve ID… [--date YYYY-MM-DD]");
  cli_assert_contains (run.out, "“amount_fen”, a whole");
  cli_assert_contains (run.out, "--status=STATUS");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/cli/awards/steps", test_steps);
  ADD ("/cli/awards/bad-input", test_bad_input);
  ADD ("/cli/awards/batch-and-settle", test_batch_and_settle);
  ADD ("/cli/awards/help", test_help);
#undef ADD

  return g_test_run ();
}
