/* zjtx-cli-policies.c: zjtx-cli policies [--policy FILE]… [--json] */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-policy.h"
#include "zjtx-cli.h"

int
zjtx_cli_policies (int   argc,
                   char *argv[])
{
  g_auto(GStrv) policy_files = NULL;
  gboolean as_json = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  const GOptionEntry entries[] = {
    { "policy", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policy_files,
      N_("Show this policy file instead of the installed policies (repeatable)"), N_("FILE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print the policy documents as JSON"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("— show the policies and their rules"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }

  policies = zjtx_cli_load_policies (policy_files, &error);
  if (policies == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }

  if (as_json)
    {
      g_autoptr(JsonArray) array = json_array_new ();
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *text = NULL;

      for (guint i = 0; i < zjtx_policy_set_get_n (policies); i++)
        json_array_add_element (array, zjtx_policy_to_json (zjtx_policy_set_get (policies, i)));
      json_node_set_array (root, array);
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      json_generator_set_root (generator, root);
      text = json_generator_to_data (generator, NULL);
      printf ("%s\n", text);
      return ZJTX_CLI_EXIT_OK;
    }

  for (guint i = 0; i < zjtx_policy_set_get_n (policies); i++)
    {
      ZjtxPolicy *policy = zjtx_policy_set_get (policies, i);
      g_autoptr(GPtrArray) rules = zjtx_policy_summarize (policy);
      g_autofree char *start = zjtx_date_format_iso (policy->window_start);
      g_autofree char *end = zjtx_date_format_iso (policy->window_end);

      if (i > 0)
        printf ("\n");
      printf ("%s %s\n", policy->doc_number, policy->title);
      /* Translators: "In force from 2024-01-23 to 2025-12-31" */
      printf (_("In force from %s to %s"), start, end);
      printf ("\n");
      for (guint r = 0; r < rules->len; r++)
        {
          ZjtxRuleSummary *s = g_ptr_array_index (rules, r);
          printf ("  %s  %s: %s\n      %s\n", s->clause, s->name, s->amount, s->detail);
        }
    }

  return ZJTX_CLI_EXIT_OK;
}
