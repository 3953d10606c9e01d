/* zjtx-cli.c: command dispatch and shared helpers of zjtx-cli */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-i18n.h"
#include "zjtx-cli.h"

typedef struct {
  const char *name;
  int       (*run) (int argc, char *argv[]);
  const char *summary;
} Command;

static const Command commands[] = {
  { "evaluate", zjtx_cli_evaluate, N_("Compute the awards owed for a facts file") },
  { "policies", zjtx_cli_policies, N_("Show the loaded policies and their rules") },
};

void
zjtx_cli_error (const char *format,
                ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, always: a message with a newline in it (from a file name,
   * say) would look like two errors to a script reading stderr. */
  g_strdelimit (message, "\r\n", ' ');
  fprintf (stderr, "zjtx-cli: %s\n", message);
}

ZjtxPolicySet *
zjtx_cli_load_policies (char   **files,
                        GError **error)
{
  g_autoptr(ZjtxPolicySet) set = NULL;

  if (files == NULL || files[0] == NULL)
    return zjtx_policy_set_new_builtin (error);

  set = zjtx_policy_set_new ();
  for (guint i = 0; files[i] != NULL; i++)
    if (!zjtx_policy_set_load_file (set, files[i], error))
      return NULL;

  return g_steal_pointer (&set);
}

static void
print_usage (FILE *out)
{
  fprintf (out, "%s\n\n", _("Usage: zjtx-cli COMMAND [OPTION…]"));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “zjtx-cli COMMAND --help” for the options of a command."));
}

int
zjtx_cli_main (int   argc,
               char *argv[])
{
  zjtx_i18n_init ();
  g_set_prgname ("zjtx-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return ZJTX_CLI_EXIT_USAGE;
    }

  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      print_usage (stdout);
      return ZJTX_CLI_EXIT_OK;
    }

  if (g_str_equal (argv[1], "--version"))
    {
      printf ("zjtx-cli %s\n", PACKAGE_VERSION);
      return ZJTX_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  zjtx_cli_error (_("unknown command “%s”; “zjtx-cli --help” lists the commands"), argv[1]);
  return ZJTX_CLI_EXIT_USAGE;
}
