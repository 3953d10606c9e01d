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
#include "render/zjtx-announcement.h"
#include "render/zjtx-notice-award.h"
#include "zjtx-cli.h"

typedef enum {
  OUTPUT_PDF,
  OUTPUT_XLSX,
  OUTPUT_CSV,
} Output;

static gboolean
output_from_path (const char *path,
                  Output     *out)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *out = OUTPUT_PDF;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *out = OUTPUT_XLSX;
  else if (g_str_has_suffix (lower, ".csv"))
    *out = OUTPUT_CSV;
  else
    return FALSE;
  return TRUE;
}


static int
compare_rows_by_id (gconstpointer a,
                    gconstpointer b)
{
  const ZjtxAwardRow *ra = *(ZjtxAwardRow * const *) a;
  const ZjtxAwardRow *rb = *(ZjtxAwardRow * const *) b;

  return (ra->id > rb->id) - (ra->id < rb->id);
}

/* The policies of @set that @rows rest on, each once, in the order first
 * met; their strings are @set's. NULL, the error printed, if one is not in
 * the database. */
static GArray *
cited_policies (ZjtxPolicySet *set,
                GPtrArray     *rows)
{
  g_autoptr(GArray) cited = g_array_new (FALSE, FALSE, sizeof (ZjtxAnnouncementPolicy));
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxAwardRow *row = g_ptr_array_index (rows, i);
      ZjtxPolicy *policy = NULL;
      ZjtxAnnouncementPolicy entry;

      if (g_hash_table_contains (seen, row->policy_key))
        continue;
      for (guint p = 0; p < zjtx_policy_set_get_n (set); p++)
        if (g_strcmp0 (zjtx_policy_set_get (set, p)->id, row->policy_key) == 0)
          policy = zjtx_policy_set_get (set, p);
      if (policy == NULL)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, row->id);

          zjtx_cli_error (_("The policy “%s” of award %s is not in the database"), row->policy_key, number);
          return NULL;
        }
      g_hash_table_add (seen, row->policy_key);
      entry.title = policy->title;
      entry.doc_number = policy->doc_number;
      g_array_append_val (cited, entry);
    }

  return g_steal_pointer (&cited);
}

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
  g_autoptr(ZjtxAwardQuery) query = NULL;
  g_autoptr(GPtrArray) awards = NULL;
  g_autoptr(ZjtxPolicySet) policy_set = NULL;
  g_autoptr(GArray) policies = NULL;
  g_autofree ZjtxAnnouncementRow *rows = NULL;
  g_autoptr(GError) error = NULL;
  int year = G_MININT;
  ZjtxFen total = 0;
  ZjtxDate date;
  Output format;
  gboolean written;
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
  if (!output_from_path (output, &format))
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

  query = zjtx_award_query_new ();
  zjtx_award_query_set_status (query, "approved");
  zjtx_award_query_set_kind (query, kind);
  zjtx_award_query_set_year (query, year != G_MININT ? year : 0);
  awards = zjtx_award_query_run (query, store, &error);
  if (awards == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }
  if (awards->len == 0)
    {
      zjtx_cli_error (_("No approved award to announce: nothing was written"));
      return ZJTX_CLI_EXIT_FAILURE;
    }
  /* The query puts flagged awards first, for the window; a list posted
   * wants one order. */
  g_ptr_array_sort (awards, compare_rows_by_id);

  policy_set = zjtx_store_load_policies (store, &error);
  if (policy_set == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }
  policies = cited_policies (policy_set, awards);
  if (policies == NULL)
    return ZJTX_CLI_EXIT_FAILURE;

  rows = g_new0 (ZjtxAnnouncementRow, awards->len);
  for (guint i = 0; i < awards->len; i++)
    {
      ZjtxAwardRow *award = g_ptr_array_index (awards, i);

      rows[i].recipient = award->recipient;
      rows[i].uscc = award->uscc;
      rows[i].kind_label = zjtx_document_kind_label (award->kind);
      rows[i].amount = award->amount;
      rows[i].clause = award->clause;
      total += award->amount;
    }

  if (format == OUTPUT_PDF)
    {
      ZjtxAnnouncementData data = {
        .issuing_office = g_strstrip (office),
        .title = title != NULL ? g_strstrip (title) : NULL,
        .date = date,
        .period = period,
        .policies = (const ZjtxAnnouncementPolicy *) (gpointer) policies->data,
        .n_policies = policies->len,
        .rows = rows,
        .n_rows = awards->len,
      };
      g_autoptr(ZjtxAnnouncement) announcement = zjtx_announcement_new (&data);

      written = zjtx_announcement_write_pdf (announcement, output, &error);
    }
  else
    written = zjtx_announcement_write_table (rows, awards->len, output, &error);
  if (!written)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  total_text = zjtx_money_format (total);
  /* Translators: "Wrote 2 awards, total 150,000.00 yuan, to 公示.pdf" */
  printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u award, total %s yuan, to %s\n",
                       "Wrote %u awards, total %s yuan, to %s\n", awards->len),
          awards->len, total_text, display);
  return ZJTX_CLI_EXIT_OK;
}
