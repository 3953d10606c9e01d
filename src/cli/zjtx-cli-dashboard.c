/* zjtx-cli-dashboard.c: zjtx-cli dashboard and bulletin — the meeting
 * dashboards as PNG or PDF, and the periodic bulletin as PDF, without a
 * display
 *
 * Bad arguments are refused before the database is opened (exit 2); a
 * file that cannot be written exits 1 and leaves no file.
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "render/zjtx-bulletin.h"
#include "render/zjtx-dashboard.h"
#include "zjtx-cli.h"

static gboolean
check_extension (const char  *output,
                 gboolean     png_too)
{
  g_autofree char *lower = g_ascii_strdown (output, -1);
  g_autofree char *display = g_filename_display_name (output);

  if (g_str_has_suffix (lower, ".pdf") || (png_too && g_str_has_suffix (lower, ".png")))
    return TRUE;
  if (png_too)
    /* Translators: %s is the file name given */
    zjtx_cli_error (_("-o: “%s” does not end in .png or .pdf"), display);
  else
    zjtx_cli_error (_("-o: “%s” does not end in .pdf"), display);
  return FALSE;
}

int
zjtx_cli_dashboard (int   argc,
                    char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *output = NULL;
  g_autofree char *which = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *display = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxDashboards) data = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxDashboardKind kind;
  ZjtxDate as_of;
  const GOptionEntry entries[] = {
    { "which", 0, 0, G_OPTION_ARG_STRING, &which,
      N_("The dashboard: enterprises, parks, rewards or actions"), N_("NAME") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("The date the figures stand on (default today)"),
      N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .png (1920×1080) or .pdf (A4 landscape)"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("— a meeting dashboard as PNG or PDF"));
  g_option_context_set_description (context,
    _("Draws the enterprises, parks, rewards or actions dashboard as it stood on a date, as shown in the window.\n"
      "Exit status: 0 done; 1 the file cannot be written (no file is left); 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (which == NULL || !zjtx_dashboard_kind_from_id (which, &kind))
    {
      if (which == NULL)
        zjtx_cli_error (_("dashboard needs --which enterprises, parks, rewards or actions"));
      else
        zjtx_cli_error (_("--which: unknown dashboard “%s” (enterprises, parks, rewards or actions)"), which);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      zjtx_cli_error (_("dashboard needs -o FILE (.png or .pdf)"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!check_extension (output, TRUE) || !zjtx_cli_parse_date_option ("--as-of", as_of_text, &as_of))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  data = zjtx_dashboards_load (store, as_of, &kind, 1, &error);
  if (data == NULL || !zjtx_dashboard_export (data, kind, output, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  display = g_filename_display_name (output);
  printf (_("Wrote the dashboard “%s” to %s\n"), zjtx_dashboard_kind_get_title (kind), display);
  return ZJTX_CLI_EXIT_OK;
}

int
zjtx_cli_bulletin (int   argc,
                   char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *office = NULL;
  g_autofree char *display = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxBulletin) bulletin = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxDate from, to;
  guint n_pages;
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("The first day of the period"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("The last day of the period (default today)"),
      N_("YYYY-MM-DD") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office,
      N_("The issuing office (default: the preference, or none)"), N_("TEXT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE") },
    { NULL }
  };

  context = g_option_context_new (_("— the periodic bulletin (定期通报) as PDF"));
  g_option_context_set_description (context,
    _("Writes the bulletin of a period: a summary, the dashboards at its end, and the recognitions,\n"
      "awards paid and park titles gained or lost in it.\n"
      "Exit status: 0 done; 1 the file cannot be written (no file is left); 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (from_text == NULL)
    {
      zjtx_cli_error (_("bulletin needs --from YYYY-MM-DD"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      zjtx_cli_error (_("bulletin needs -o FILE.pdf"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!check_extension (output, FALSE) ||
      !zjtx_cli_parse_date_option ("--from", from_text, &from) ||
      !zjtx_cli_parse_date_option ("--to", to_text, &to) ||
      !zjtx_cli_check_not_blank ("--office", office))
    return ZJTX_CLI_EXIT_USAGE;
  if (to < from)
    {
      zjtx_cli_error (_("--to (%s) is before --from (%s)"), to_text != NULL ? to_text : _("today"), from_text);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (office == NULL)
    office = zjtx_cli_get_preference ("issuing-office");

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  bulletin = zjtx_bulletin_new (store, from, to, office != NULL ? g_strstrip (office) : NULL, &error);
  if (bulletin == NULL || !zjtx_bulletin_write_pdf (bulletin, output, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  n_pages = zjtx_bulletin_get_n_pages (bulletin);
  display = g_filename_display_name (output);
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote the bulletin (%u page) to %s\n",
                       "Wrote the bulletin (%u pages) to %s\n", n_pages),
          n_pages, display);
  return ZJTX_CLI_EXIT_OK;
}
