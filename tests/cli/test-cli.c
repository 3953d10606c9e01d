/* test-cli.c: zjtx-cli as an auditor or a script uses it
 *
 * Runs the real program (ZJTX_CLI) and checks the exit status, that stdout
 * holds the whole result or nothing, and that every error is one line on
 * stderr naming the JSON path.
 */

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "cli-test-util.h"

static char *
write_temp (const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("zjtx-cli-XXXXXX.json", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

/* The amount of the award (recipient, kind), or NULL. */
static const char *
award_amount (JsonObject *root,
              const char *recipient,
              const char *kind)
{
  JsonArray *awards = json_object_get_array_member (root, "awards");

  for (guint i = 0; i < json_array_get_length (awards); i++)
    {
      JsonObject *a = json_array_get_object_element (awards, i);

      if (g_str_equal (json_object_get_string_member (a, "recipient"), recipient) &&
          g_str_equal (json_object_get_string_member (a, "kind"), kind))
        return json_object_get_string_member (a, "amount");
    }
  return NULL;
}

static void
test_worked_examples (void)
{
  g_autofree char *facts = cli_data_path ("worked-examples.json");
  const char *args[] = { "evaluate", facts, NULL };
  g_auto(CliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  cli_run (NULL, &run, args);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2025-12-31");
  /* 5,000,000.00 × 1% × 9/12 */
  g_assert_cmpstr (award_amount (root, "LOAN9", "loan_interest_subsidy"), ==, "37500.00");
  /* 30,000.00 × 20% × 12 */
  g_assert_cmpstr (award_amount (root, "RENT15", "rent_subsidy"), ==, "72000.00");
  /* 3,400,000 kWh × 0.05 */
  g_assert_cmpstr (award_amount (root, "KWH34", "production_reward"), ==, "170000.00");
  /* 12,500,000 kWh × 0.05 = 625,000.00, capped */
  g_assert_cmpstr (award_amount (root, "KWH125", "production_reward"), ==, "500000.00");
  /* 900,000.00 × 2% */
  g_assert_cmpstr (award_amount (root, "S1", "service_institution_reward"), ==, "18000.00");
  /* First provincial recognitions inside the window; the national one of 2023 is not. */
  g_assert_cmpstr (award_amount (root, "LOAN9", "recognition_provincial"), ==, "100000.00");
  g_assert_null (award_amount (root, "KWH34", "recognition_national"));
  /* 37,500 + 72,000 + 170,000 + 500,000 + 18,000 + 3 × 100,000 */
  g_assert_cmpstr (json_object_get_string_member (root, "total"), ==, "1097500.00");
}

static void
test_as_of_option (void)
{
  g_autofree char *facts = cli_data_path ("worked-examples.json");
  /* On 2024-05-31 nobody has entered the park yet. */
  const char *args[] = { "evaluate", facts, "--as-of", "2024-05-31", NULL };
  g_auto(CliRun) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  cli_run (NULL, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  json_parser_load_from_data (parser, run.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "as_of"), ==, "2024-05-31");
  g_assert_null (award_amount (root, "LOAN9", "loan_interest_subsidy"));
  g_assert_cmpstr (award_amount (root, "LOAN9", "recognition_provincial"), ==, "100000.00");
}

typedef struct {
  const char *name;
  const char *json;        /* facts document, or NULL for a missing file */
  const char *expect;      /* what stderr must contain */
} BadInput;

static const BadInput bad_inputs[] = {
  { "not-json", "{ \"enterprises\": [ ", "not valid JSON" },
  { "not-utf8", "{ \"as_of\": \"\xff\" }", "not UTF-8" },
  { "wrong-type", "{ \"as_of\": \"2025-01-01\", \"enterprises\": {} }", "enterprises: must be an array" },
  { "unknown-tier", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"recognitions\": [ { \"tier\": \"county\", \"date\": \"2024-03-01\" } ] } ] }",
    "enterprises[0].recognitions[0].tier: unknown tier" },
  { "impossible-date", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"recognitions\": [ { \"tier\": \"innovative\", \"date\": \"2024-02-30\" } ] } ] }",
    "enterprises[0].recognitions[0].date:" },
  { "negative-amount", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"output\": \"-5.00\" } ] }", "enterprises[0].output:" },
  { "negative-integer", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"output\": -5 } ] }", "enterprises[0].output:" },
  { "over-precise", "{ \"as_of\": \"2025-01-01\", \"parks\": [ { \"id\": \"P1\", \"name\": \"园\" } ], "
    "\"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\" }, { \"id\": \"E2\", \"name\": \"乙\" }, "
    "{ \"id\": \"E3\", \"name\": \"丙\" }, { \"id\": \"E4\", \"name\": \"丁\", \"park\": \"P1\", "
    "\"housing_loans\": [ { \"principal\": \"1.234\", \"term_months\": 12 } ] } ] }",
    "enterprises[3].housing_loans[0].principal:" },
  { "float", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"output\": 12.5 } ] }", "enterprises[0].output: must be a decimal string" },
  { "unknown-park", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"park\": \"P9\" } ] }", "enterprises[0].park: no park has the id “P9”" },
  { "duplicate-id", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\" }, "
    "{ \"id\": \"E1\", \"name\": \"乙\" } ] }", "enterprises[1].id: the id “E1” is used twice" },
  { "invalid-uscc", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"uscc\": \"91310110666007217A\" } ] }", "enterprises[0].uscc:" },
  { "too-large-string", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"output\": \"100000000000000000000000.00\" } ] }", "enterprises[0].output:" },
  { "too-large-integer", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"output\": 99999999999999999999999 } ] }", "enterprises[0].output:" },
  { "unknown-key", "{ \"as_of\": \"2025-01-01\", \"enterprises\": [ { \"id\": \"E1\", \"name\": \"甲\", "
    "\"outptu\": \"5\" } ] }", "enterprises[0].outptu: unknown key" },
  { "no-date", "{ \"enterprises\": [] }", "as_of: missing" },
  { "missing-file", NULL, "No such file" },
};

static void
test_bad_input (gconstpointer data)
{
  const BadInput *bad = data;
  g_autofree char *path = bad->json ? write_temp (bad->json) : g_strdup ("/nonexistent/facts.json");
  const char *args[] = { "evaluate", path, NULL };
  g_auto(CliRun) run = { 0 };

  cli_run (NULL, &run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  /* Exactly one line, naming the problem. */
  g_assert_true (g_str_has_prefix (run.err, "zjtx-cli: "));
  g_assert_true (g_str_has_suffix (run.err, "\n"));
  g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
  cli_assert_contains (run.err, bad->expect);

  if (bad->json)
    g_unlink (path);
}

static void
test_bad_as_of (void)
{
  g_autofree char *facts = cli_data_path ("worked-examples.json");
  const char *args[] = { "evaluate", facts, "--as-of", "2025-13-01", NULL };
  g_auto(CliRun) run = { 0 };

  cli_run (NULL, &run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  cli_assert_contains (run.err, "--as-of");
}

static void
test_bad_policy (void)
{
  g_autofree char *facts = cli_data_path ("worked-examples.json");
  g_autofree char *policy = write_temp ("{ \"format\": 1 }");
  const char *args[] = { "evaluate", facts, "--policy", policy, NULL };
  g_auto(CliRun) run = { 0 };

  cli_run (NULL, &run, args);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_cmpstr (run.out, ==, "");
  cli_assert_contains (run.err, "id: missing");
  g_unlink (policy);
}

static void
test_policies (void)
{
  const char *args[] = { "policies", NULL };
  g_auto(CliRun) run = { 0 };

  cli_run (NULL, &run, args);
  g_assert_cmpint (run.status, ==, 0);
  cli_assert_contains (run.out, "永政办规〔2024〕1号");
  cli_assert_contains (run.out, "四（二）2");
  cli_assert_contains (run.out, "500,000.00");
}

static void
test_unknown_command (void)
{
  const char *args[] = { "frobnicate", NULL };
  g_auto(CliRun) run = { 0 };

  cli_run (NULL, &run, args);
  g_assert_cmpint (run.status, ==, 2);
  cli_assert_contains (run.err, "frobnicate");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/evaluate/worked-examples", test_worked_examples);
  g_test_add_func ("/cli/evaluate/as-of", test_as_of_option);
  g_test_add_func ("/cli/evaluate/bad-as-of", test_bad_as_of);
  g_test_add_func ("/cli/evaluate/bad-policy", test_bad_policy);
  for (guint i = 0; i < G_N_ELEMENTS (bad_inputs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/evaluate/bad/%s", bad_inputs[i].name);
      g_test_add_data_func (name, &bad_inputs[i], test_bad_input);
    }
  g_test_add_func ("/cli/policies", test_policies);
  g_test_add_func ("/cli/unknown-command", test_unknown_command);

  return g_test_run ();
}
