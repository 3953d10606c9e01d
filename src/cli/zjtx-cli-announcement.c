/* zjtx-cli-announcement.c: zjtx-cli announcement — the public list of
 * approved awards (公示名单), as a PDF to post or as a spreadsheet
 *
 * The awards are the ledger's approved ones, filtered as `awards` filters
 * (zjtx-award-query.h); the policies cited are those the awards rest on.
 * Bad arguments are refused before the database is opened (exit 2);
 * nothing to announce, or a file that cannot be written, exits 1 and
 * leaves no file.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "model/zjtx-award-query.h"
#include "render/zjtx-announcement-ledger.h"
#include "zjtx-cli.h"

int
zjtx_cli_announcement (int   argc,
                       char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *output = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *office = NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  g_autofree char *display = NULL;
  g_autofree char *total_text = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int year = G_MININT;
  ZjtxFen total = 0;
  guint n = 0;
  ZjtxDate date;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write: .pdf to post, .xlsx or .csv for the record"), N_("FILE") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("Only this kind of award: recognition_innovative, recognition_provincial, recognition_national, "
         "loan_interest_subsidy, rent_subsidy, production_reward or service_institution_reward"), N_("KIND") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only awards for events in this year"), N_("YYYY") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The date printed under the list (default today)"),
      N_("YYYY-MM-DD") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office,
      N_("The issuing office (default: the preference)"), N_("TEXT") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title,
      N_("The title (default 永春县专精特新企业奖励资金拟拨付名单公示)"), N_("TEXT") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period,
      N_("The period of the announcement, as printed, e.g. 2025年3月1日至3月7日"), N_("TEXT") },
    { NULL }
  };

  context = g_option_context_new (_("— the public list of approved awards (公示名单), as PDF, .xlsx or CSV"));
  g_option_context_set_description (context,
    _("Lists the approved awards of the ledger by award id: recipient, USCC, kind of award, amount and\n"
      "clause, with their total, citing the policies they rest on. The format follows the file name.\n"
      "Exit status: 0 done; 1 no approved award to list, or the file cannot be written (no file is left);\n"
      "2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (output == NULL)
    {
      zjtx_cli_error (_("announcement needs -o FILE (.pdf, .xlsx or .csv)"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  display = g_filename_display_name (output);
  if (!zjtx_announcement_path_is_known (output))
    {
      /* Translators: %s is the file name given */
      zjtx_cli_error (_("-o: “%s” does not end in .pdf, .xlsx or .csv"), display);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (kind != NULL)
    {
      ZjtxAwardKind k;

      if (!zjtx_award_kind_from_id (kind, &k))
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) ids = NULL;
          g_autofree char *list = NULL;

          for (guint i = 0; i < ZJTX_N_AWARD_KINDS; i++)
            g_strv_builder_add (builder, zjtx_award_kind_to_id (i));
          ids = g_strv_builder_end (builder);
          list = g_strjoinv (", ", ids);
          zjtx_cli_error (_("unknown kind of award “%s” (%s)"), kind, list);
          return ZJTX_CLI_EXIT_USAGE;
        }
    }
  if (year != G_MININT && (year < 1900 || year > 9999))
    {
      zjtx_cli_error (_("--year must be a year from 1900 to 9999"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_date_option ("--date", date_text, &date) ||
      !zjtx_cli_check_not_blank ("--office", office) || !zjtx_cli_check_not_blank ("--title", title) ||
      !zjtx_cli_check_not_blank ("--period", period))
    return ZJTX_CLI_EXIT_USAGE;
  if (office == NULL)
    office = zjtx_cli_get_preference ("issuing-office");
  if (office == NULL)
    {
      zjtx_cli_error (_("--office: no issuing office is given or set in the preferences"));
      return ZJTX_CLI_EXIT_USAGE;
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  if (!zjtx_announcement_save_approved (store, kind, year != G_MININT ? year : 0, g_strstrip (office),
                                        title != NULL ? g_strstrip (title) : NULL, period, date, output,
                                        &n, &total, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  total_text = zjtx_money_format (total);
  /* Translators: "Wrote 2 awards, total 150,000.00 yuan, to 公示.pdf" */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u award, total %s yuan, to %s\n",
                       "Wrote %u awards, total %s yuan, to %s\n", n),
          n, total_text, display);
  return ZJTX_CLI_EXIT_OK;
}
