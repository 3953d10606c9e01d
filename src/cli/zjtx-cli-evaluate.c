/* zjtx-cli-evaluate.c: zjtx-cli evaluate FACTS.json [--policy FILE]… [--as-of DATE] */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-evaluator.h"
#include "zjtx-cli.h"

/* Writes @text to stdout in one go, so that a failure leaves nothing half-printed
 * that a caller could mistake for a result. */
static gboolean
write_all (const char *text,
           gsize       length)
{
  return fwrite (text, 1, length, stdout) == length && fflush (stdout) == 0;
}

int
zjtx_cli_evaluate (int   argc,
                   char *argv[])
{
  g_auto(GStrv) policy_files = NULL;
  g_autofree char *as_of_text = NULL;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxFacts) facts = NULL;
  g_autoptr(ZjtxEvaluation) evaluation = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  g_autofree char *display = NULL;
  gsize length = 0;
  ZjtxDate as_of = ZJTX_DATE_NONE;
  const GOptionEntry entries[] = {
    { "policy", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policy_files,
      N_("Evaluate under this policy file (repeatable; default: the installed policies)"), N_("FILE") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      N_("Evaluation date, overriding the facts' as_of"), N_("YYYY-MM-DD") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("[FACTS.json]") },
    { NULL }
  };

  context = g_option_context_new (_("[FACTS.json] — compute what each enterprise and institution is owed"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Without FACTS.json, evaluates the database (--db) as of --as-of, default today, under its policies.\n"
      "Prints the evaluation as JSON on standard output. The formats are described in docs/formats.md.\n"
      "Exit status: 0 done, 2 bad input (one line on standard error names the JSON path and the problem)."));

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }

  if (rest != NULL && rest[0] != NULL && rest[1] != NULL)
    {
      zjtx_cli_error (_("evaluate takes at most one facts file; “zjtx-cli evaluate --help” shows how"));
      return ZJTX_CLI_EXIT_USAGE;
    }

  if (as_of_text != NULL && !zjtx_date_parse (as_of_text, &as_of, &error))
    {
      zjtx_cli_error ("--as-of: %s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }

  if (rest == NULL || rest[0] == NULL)
    {
      /* The database: its own policies unless files are named. */
      g_autoptr(ZjtxStore) store = zjtx_cli_open_store ();

      if (store == NULL)
        return ZJTX_CLI_EXIT_USAGE;
      if (as_of == ZJTX_DATE_NONE)
        as_of = zjtx_date_today ();
      policies = policy_files ? zjtx_cli_load_policies (policy_files, &error)
                              : zjtx_store_load_policies (store, &error);
      if (policies != NULL)
        facts = zjtx_store_build_facts (store, as_of, &error);
      if (policies == NULL || facts == NULL)
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_USAGE;
        }
    }
  else
    {
      policies = zjtx_cli_load_policies (policy_files, &error);
      if (policies == NULL)
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_USAGE;
        }

      display = g_filename_display_name (rest[0]);
      if (!g_file_get_contents (rest[0], &contents, &length, &error))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_USAGE;
        }

      facts = zjtx_facts_new_from_data (contents, length, &error);
      if (facts == NULL)
        {
          zjtx_cli_error ("%s: %s", display, error->message);
          return ZJTX_CLI_EXIT_USAGE;
        }

      if (as_of == ZJTX_DATE_NONE)
        as_of = facts->as_of;
      if (as_of == ZJTX_DATE_NONE)
        {
          zjtx_cli_error (_("%s: as_of: missing, and no --as-of was given"), display);
          return ZJTX_CLI_EXIT_USAGE;
        }
    }

  if (zjtx_policy_set_get_n (policies) == 0)
    {
      zjtx_cli_error (_("no policy is loaded"));
      return ZJTX_CLI_EXIT_USAGE;
    }

  evaluation = zjtx_evaluate (facts, policies, as_of);
  output = zjtx_evaluation_to_data (evaluation, &length);

  if (!write_all (output, length))
    {
      zjtx_cli_error (_("could not write the result: %s"), g_strerror (errno));
      return ZJTX_CLI_EXIT_FAILURE;
    }

  return ZJTX_CLI_EXIT_OK;
}
