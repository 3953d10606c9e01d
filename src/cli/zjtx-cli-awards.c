/* zjtx-cli-awards.c: zjtx-cli awards — the award ledger for scripted batches
 *
 * The same steps as the rewards page, with the same rules: they are the
 * ledger's (zjtx-ledger.h), each all or nothing. Bad arguments are refused
 * before the database is opened (exit 2); a step the ledger refuses exits 1
 * with its message, which names the award.
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-json-writer.h"
#include "model/zjtx-award-query.h"
#include "model/zjtx-ledger.h"
#include "zjtx-cli.h"

typedef enum {
  STEP_APPROVE,
  STEP_REJECT,
  STEP_PAY,
  STEP_SETTLE,
} Step;

static const char * const statuses[] = { "proposed", "approved", "paid", "rejected" };

static const char *
kind_label (const char *kind_id)
{
  ZjtxAwardKind kind;

  return zjtx_award_kind_from_id (kind_id, &kind) ? zjtx_award_kind_get_label (kind) : kind_id;
}

static char *
format_amount (ZjtxFen fen)
{
  return fen != ZJTX_RECORD_NULL ? zjtx_money_format (fen) : g_strdup ("-");
}

static ZjtxStore *
open_store_as (const char *officer)
{
  ZjtxStore *store = zjtx_cli_open_store ();

  if (store != NULL && officer != NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (officer));
      zjtx_store_set_actor (store, name);
    }
  return store;
}

/* ------------------------------------------------------------------ */
/* awards: the list                                                    */

static int
compare_rows_by_id (gconstpointer a,
                    gconstpointer b)
{
  const ZjtxAwardRow *ra = *(ZjtxAwardRow * const *) a;
  const ZjtxAwardRow *rb = *(ZjtxAwardRow * const *) b;

  return (ra->id > rb->id) - (ra->id < rb->id);
}

static void
write_money (ZjtxJsonWriter *writer,
             const char     *name,
             ZjtxFen         fen)
{
  g_autofree char *fen_name = g_strconcat (name, "_fen", NULL);
  g_autofree char *plain = fen != ZJTX_RECORD_NULL ? zjtx_money_format_plain (fen) : NULL;

  zjtx_json_writer_member (writer, fen_name);
  if (fen != ZJTX_RECORD_NULL)
    zjtx_json_writer_int (writer, fen);
  else
    zjtx_json_writer_string (writer, NULL);
  zjtx_json_writer_member (writer, name);
  zjtx_json_writer_string (writer, plain);
}

static void
write_text (ZjtxJsonWriter *writer,
            const char     *name,
            const char     *value)
{
  zjtx_json_writer_member (writer, name);
  zjtx_json_writer_string (writer, value);
}

/* Every column of the ledger, with the recipient's name, USCC, township
 * and park; amounts both as fen and as yuan strings. */
static gboolean
print_json (ZjtxStore  *store,
            GPtrArray  *rows,
            GError    **error)
{
  g_autoptr(GPtrArray) entries = zjtx_store_list (store, ZJTX_TYPE_LEDGER_ENTRY, NULL, NULL, NULL, error);
  g_autoptr(GHashTable) by_id = NULL;
  g_autoptr(ZjtxJsonWriter) writer = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;

  if (entries == NULL)
    return FALSE;
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      ZjtxRecord *record = g_ptr_array_index (entries, i);
      gint64 id = zjtx_record_get_id (record);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), record);
    }

  writer = zjtx_json_writer_new ();
  zjtx_json_writer_begin_array (writer);
  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxAwardRow *row = g_ptr_array_index (rows, i);
      ZjtxLedgerEntry *entry = g_hash_table_lookup (by_id, &row->id);

      if (entry == NULL)
        continue;   /* cannot happen: both were read in one go */
      zjtx_json_writer_begin_object (writer);
      zjtx_json_writer_member (writer, "id");
      zjtx_json_writer_int (writer, row->id);
      write_text (writer, "recipient_type", zjtx_ledger_entry_get_recipient_type (entry));
      zjtx_json_writer_member (writer, "recipient_id");
      zjtx_json_writer_int (writer, row->recipient_id);
      write_text (writer, "recipient", row->recipient);
      write_text (writer, "uscc", row->uscc);
      write_text (writer, "township", row->township);
      write_text (writer, "park", row->park);
      write_text (writer, "kind", zjtx_ledger_entry_get_kind (entry));
      write_text (writer, "fact_key", zjtx_ledger_entry_get_fact_key (entry));
      write_text (writer, "policy_key", zjtx_ledger_entry_get_policy_key (entry));
      write_text (writer, "clause", zjtx_ledger_entry_get_clause (entry));
      write_text (writer, "event_date", zjtx_ledger_entry_get_event_date (entry));
      write_money (writer, "amount", zjtx_ledger_entry_get_amount (entry));
      write_text (writer, "basis", zjtx_ledger_entry_get_basis (entry));
      write_text (writer, "status", zjtx_ledger_entry_get_status (entry));
      write_text (writer, "proposed_on", zjtx_ledger_entry_get_proposed_on (entry));
      write_text (writer, "approved_on", zjtx_ledger_entry_get_approved_on (entry));
      write_text (writer, "approved_by", zjtx_ledger_entry_get_approved_by (entry));
      write_text (writer, "paid_on", zjtx_ledger_entry_get_paid_on (entry));
      write_text (writer, "paid_by", zjtx_ledger_entry_get_paid_by (entry));
      write_text (writer, "voucher", zjtx_ledger_entry_get_voucher (entry));
      write_text (writer, "rejected_on", zjtx_ledger_entry_get_rejected_on (entry));
      write_text (writer, "rejected_by", zjtx_ledger_entry_get_rejected_by (entry));
      write_text (writer, "reason", zjtx_ledger_entry_get_reason (entry));
      zjtx_json_writer_member (writer, "basis_changed");
      zjtx_json_writer_bool (writer, zjtx_ledger_entry_get_basis_changed (entry));
      write_money (writer, "computed_amount", zjtx_ledger_entry_get_computed_amount (entry));
      write_text (writer, "computed_basis", zjtx_ledger_entry_get_computed_basis (entry));
      zjtx_json_writer_end_object (writer);
    }
  zjtx_json_writer_end_array (writer);
  text = zjtx_json_writer_finish (g_steal_pointer (&writer), &length);
  return zjtx_cli_write_all (text, length, error);
}

static void
print_text (GPtrArray *rows)
{
  g_autoptr(ZjtxCliTable) table = zjtx_cli_table_new (9, 1 << 0 | 1 << 4);
  guint n[G_N_ELEMENTS (statuses)] = { 0 };
  ZjtxFen sum[G_N_ELEMENTS (statuses)] = { 0 };

  if (rows->len == 0)
    printf ("%s\n", _("No awards"));
  else
    /* Translators: column header: the award's number in the ledger */
    zjtx_cli_table_add (table, _("ID"), _("Recipient"), _("USCC"), _("Kind of award"), _("Amount (yuan)"),
                        _("Status"), _("Clause"), _("Event date"), _("Basis"));

  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxAwardRow *row = g_ptr_array_index (rows, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, row->id);
      g_autofree char *amount = format_amount (row->amount);
      g_autofree char *status = row->flagged ? g_strdup_printf (_("%s · to settle"), zjtx_ledger_status_label (row->status))
                                             : g_strdup (zjtx_ledger_status_label (row->status));

      zjtx_cli_table_add (table, id, row->recipient, row->uscc, kind_label (row->kind), amount, status,
                          row->clause, row->event_date, row->basis);
      for (guint s = 0; s < G_N_ELEMENTS (statuses); s++)
        if (g_strcmp0 (row->status, statuses[s]) == 0)
          {
            n[s]++;
            sum[s] += row->amount;
          }
    }
  zjtx_cli_table_print (table);

  {
    g_autofree char *proposed = zjtx_money_format (sum[0]);
    g_autofree char *approved = zjtx_money_format (sum[1]);
    g_autofree char *paid = zjtx_money_format (sum[2]);
    g_autofree char *rejected = zjtx_money_format (sum[3]);

    /* Translators: the totals under the ledger: the number of awards listed,
     * then for each status its number and sum in yuan ("100,000.00") */
    printf (g_dngettext (GETTEXT_PACKAGE,
                         "Total: %u award; proposed %u, %s; approved %u, %s; paid %u, %s; rejected %u, %s",
                         "Total: %u awards; proposed %u, %s; approved %u, %s; paid %u, %s; rejected %u, %s",
                         rows->len),
            rows->len, n[0], proposed, n[1], approved, n[2], paid, n[3], rejected);
    printf ("\n");
  }
}

static const char *
subcommand_names (void)
{
  return "sync, approve, reject, pay, settle";
}

static gboolean
is_subcommand (const char *word)
{
  return g_str_equal (word, "sync") || g_str_equal (word, "approve") || g_str_equal (word, "reject") ||
         g_str_equal (word, "pay") || g_str_equal (word, "settle");
}

static gboolean
is_status (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    if (g_str_equal (word, statuses[i]))
      return TRUE;
  return FALSE;
}

static int
awards_list (int   argc,
             char *argv[])
{
  g_autofree char *status = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *format = NULL;
  int year = G_MININT;
  gboolean flagged = FALSE;
  gboolean json;
  g_autoptr(GOptionContext) context = g_option_context_new (_("[SUBCOMMAND] — the award ledger: list it, or sync, "
                                                              "approve, reject, pay or settle awards"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxAwardQuery) query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  const GOptionEntry entries[] = {
    { "status", 0, 0, G_OPTION_ARG_STRING, &status,
      N_("Only awards with this status: proposed, approved, paid or rejected"), N_("STATUS") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("Only this kind of award: recognition_innovative, recognition_provincial, recognition_national, "
         "loan_interest_subsidy, rent_subsidy, production_reward or service_institution_reward"), N_("KIND") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("Only awards for events in this year"), N_("YYYY") },
    { "flagged", 0, 0, G_OPTION_ARG_NONE, &flagged,
      N_("Only awards whose basis has changed since they were approved (to settle)"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL }
  };

  g_option_context_set_summary (context,
    _("Without a subcommand, lists the ledger by award id, with totals by status."));
  g_option_context_set_description (context,
    /* Translators: keep the subcommands, options and JSON names in English, and the columns aligned */
    _("Subcommands (“zjtx-cli awards SUBCOMMAND --help” shows the options of each):\n"
      "  sync [--as-of YYYY-MM-DD] [--dry-run]     bring the ledger in step with the facts\n"
      "  approve ID… [--date YYYY-MM-DD]           approve proposed awards, all or none\n"
      "  reject ID --reason TEXT [--date …]        reject a proposed or approved award\n"
      "  pay ID --voucher TEXT [--date …]          record the payment of an approved award\n"
      "  settle ID --reason TEXT [--date …]        settle an award whose basis has changed\n"
      "The steps are dated today unless --date is given, and recorded under the login name unless\n"
      "--officer NAME is given.\n"
      "\n"
      "--format json prints an array with one object per award: every column of the ledger and the\n"
      "recipient's name, USCC, township and park. Each amount is given twice: “amount_fen”, a whole\n"
      "number of fen (10000000), and “amount”, a string in yuan (\"100000.00\"); likewise\n"
      "“computed_amount_fen” and “computed_amount” (null when nothing is computed).\n"
      "\n"
      "Exit status: 0 done; 1 the ledger refused the step (the message names the award) or it failed;\n"
      "2 bad input. Nothing is changed unless the exit status is 0."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      if (is_subcommand (argv[1]))
        zjtx_cli_error (_("the subcommand “%s” must come right after “awards”"), argv[1]);
      else
        zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (status != NULL && !is_status (status))
    {
      zjtx_cli_error (_("unknown status “%s” (proposed, approved, paid or rejected)"), status);
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
  if (!zjtx_cli_parse_text_or_json (format, &json))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  query = zjtx_award_query_new ();
  zjtx_award_query_set_status (query, status);
  zjtx_award_query_set_kind (query, kind);
  zjtx_award_query_set_year (query, year != G_MININT ? year : 0);
  zjtx_award_query_set_flagged_only (query, flagged);
  rows = zjtx_award_query_run (query, store, &error);
  if (rows == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }
  /* The query puts flagged awards first, for the window; a script wants one order. */
  g_ptr_array_sort (rows, compare_rows_by_id);

  if (json)
    {
      if (!print_json (store, rows, &error))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
    }
  else
    print_text (rows);
  return ZJTX_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* awards sync                                                         */

static const char *
change_label (ZjtxLedgerChangeKind kind)
{
  switch (kind)
    {
    case ZJTX_LEDGER_CHANGE_ADDED:
      /* Translators: what a sync did to an award: the first word of each line it prints */
      return C_("ledger change", "added");
    case ZJTX_LEDGER_CHANGE_UPDATED:
      return C_("ledger change", "updated");
    case ZJTX_LEDGER_CHANGE_WITHDRAWN:
      return C_("ledger change", "withdrawn");
    case ZJTX_LEDGER_CHANGE_FLAGGED:
      return C_("ledger change", "flagged");
    case ZJTX_LEDGER_CHANGE_UNFLAGGED:
    default:
      return C_("ledger change", "unflagged");
    }
}

static int
awards_sync (int   argc,
             char *argv[])
{
  g_autofree char *as_of_text = NULL;
  g_autofree char *officer = NULL;
  gboolean dry_run = FALSE;
  g_autoptr(GOptionContext) context = g_option_context_new (_("sync — bring the award ledger in step with the facts"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(ZjtxCliTable) table = zjtx_cli_table_new (5, 1 << 1);
  guint counts[ZJTX_LEDGER_CHANGE_UNFLAGGED + 1] = { 0 };
  ZjtxDate today = zjtx_date_today ();
  ZjtxDate as_of;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("Awards due as of this date (default today)"),
      N_("YYYY-MM-DD") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Show what would change, but change nothing"), NULL },
    { "officer", 0, 0, G_OPTION_ARG_STRING, &officer,
      N_("The officer recorded as making the changes (default: the login name)"), N_("NAME") },
    { NULL }
  };

  g_option_context_set_description (context,
    _("New proposals are made, proposals follow the facts or are withdrawn; an approved or paid award\n"
      "is never changed: it is flagged for an officer to settle. Each change is printed on one line:\n"
      "what changed, award id, recipient, kind of award, old amount → new amount."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_date_option ("--as-of", as_of_text, &as_of) || !zjtx_cli_check_not_blank ("--officer", officer))
    return ZJTX_CLI_EXIT_USAGE;

  store = open_store_as (officer);
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  changes = zjtx_ledger_sync (store, as_of, today, dry_run, &error);
  if (changes == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  for (guint i = 0; i < changes->len; i++)
    {
      ZjtxLedgerChange *change = g_ptr_array_index (changes, i);
      g_autofree char *id = change->award_id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, change->award_id)
                                                 : g_strdup ("-");
      g_autofree char *old_amount = format_amount (change->old_amount);
      g_autofree char *new_amount = format_amount (change->new_amount);
      g_autofree char *amounts = g_strdup_printf ("%s → %s", old_amount, new_amount);

      zjtx_cli_table_add (table, change_label (change->kind), id, change->recipient, kind_label (change->award_kind),
                          amounts);
      if (change->kind <= ZJTX_LEDGER_CHANGE_UNFLAGGED)
        counts[change->kind]++;
    }
  zjtx_cli_table_print (table);

  /* Translators: the summary of a sync; the words are those of each change line */
  printf (g_dngettext (GETTEXT_PACKAGE,
                       "%u change: %u added, %u updated, %u withdrawn, %u flagged, %u unflagged",
                       "%u changes: %u added, %u updated, %u withdrawn, %u flagged, %u unflagged",
                       changes->len),
          changes->len, counts[ZJTX_LEDGER_CHANGE_ADDED], counts[ZJTX_LEDGER_CHANGE_UPDATED],
          counts[ZJTX_LEDGER_CHANGE_WITHDRAWN], counts[ZJTX_LEDGER_CHANGE_FLAGGED],
          counts[ZJTX_LEDGER_CHANGE_UNFLAGGED]);
  printf ("\n");
  if (dry_run)
    printf ("%s\n", _("Dry run: nothing was changed."));
  return ZJTX_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* awards approve, reject, pay, settle                                 */

static int
awards_step (Step   step,
             int    argc,
             char  *argv[])
{
  static const char * const names[] = { "approve", "reject", "pay", "settle" };
  g_autofree char *date_text = NULL;
  g_autofree char *officer = NULL;
  g_autofree char *text = NULL;   /* the reason or the voucher */
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *date_iso = NULL;
  g_autofree char *trimmed = NULL;
  const char *name = names[step];
  const char *text_option = step == STEP_PAY ? "--voucher" : "--reason";
  ZjtxDate date;
  gboolean ok = FALSE;
  GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The date of the step (default today)"), N_("YYYY-MM-DD") },
    { "officer", 0, 0, G_OPTION_ARG_STRING, &officer,
      N_("The officer recorded as taking the step (default: the login name)"), N_("NAME") },
    { NULL },
    { NULL }
  };

  switch (step)
    {
    case STEP_APPROVE:
      context = g_option_context_new (_("approve ID… — approve proposed awards, all or none"));
      break;
    case STEP_REJECT:
      context = g_option_context_new (_("reject ID --reason TEXT — reject a proposed or approved award"));
      entries[2] = (GOptionEntry) { "reason", 0, 0, G_OPTION_ARG_STRING, &text,
                                    N_("Why the award is not granted (required)"), N_("TEXT") };
      break;
    case STEP_PAY:
      context = g_option_context_new (_("pay ID --voucher TEXT — record the payment of an approved award"));
      entries[2] = (GOptionEntry) { "voucher", 0, 0, G_OPTION_ARG_STRING, &text,
                                    N_("The voucher number of the payment (required)"), N_("TEXT") };
      break;
    case STEP_SETTLE:
    default:
      context = g_option_context_new (_("settle ID --reason TEXT — settle an award whose basis has changed"));
      g_option_context_set_description (context,
        _("An approved award goes back to proposed with what the facts give now, or is rejected if they give\n"
          "nothing; a paid award keeps its amount and the reason says how the difference is settled."));
      entries[2] = (GOptionEntry) { "reason", 0, 0, G_OPTION_ARG_STRING, &text,
                                    N_("How the change is settled (required)"), N_("TEXT") };
      break;
    }

  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;

  for (int i = 1; i < argc; i++)
    {
      gint64 id;

      if (!zjtx_cli_parse_award_id (argv[i], &id))
        return ZJTX_CLI_EXIT_USAGE;
      g_array_append_val (ids, id);
    }
  if (ids->len == 0)
    {
      /* Translators: %s is the subcommand, "approve" */
      zjtx_cli_error (step == STEP_APPROVE ? _("%s needs the id of at least one award")
                                           : _("%s needs the id of an award"), name);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (step != STEP_APPROVE && ids->len > 1)
    {
      zjtx_cli_error (_("%s takes one award id, not %u"), name, ids->len);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (step != STEP_APPROVE && text == NULL)
    {
      /* Translators: "pay needs --voucher TEXT" */
      zjtx_cli_error (_("%s needs %s TEXT"), name, text_option);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_check_not_blank (text_option, text) || !zjtx_cli_check_not_blank ("--officer", officer) ||
      !zjtx_cli_parse_date_option ("--date", date_text, &date))
    return ZJTX_CLI_EXIT_USAGE;

  store = open_store_as (officer);
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  switch (step)
    {
    case STEP_APPROVE:
      ok = zjtx_ledger_approve (store, (const gint64 *) ids->data, ids->len, date, &error);
      break;
    case STEP_REJECT:
      ok = zjtx_ledger_reject (store, g_array_index (ids, gint64, 0), date, text, &error);
      break;
    case STEP_PAY:
      ok = zjtx_ledger_pay (store, g_array_index (ids, gint64, 0), date, text, &error);
      break;
    case STEP_SETTLE:
    default:
      ok = zjtx_ledger_settle (store, g_array_index (ids, gint64, 0), date, text, &error);
      break;
    }
  if (!ok)
    {
      /* Refused or failed, the ledger changed nothing. */
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  date_iso = zjtx_date_format_iso (date);
  trimmed = text ? g_strstrip (g_strdup (text)) : NULL;
  switch (step)
    {
    case STEP_APPROVE:
      {
        g_autoptr(GString) list = g_string_new (NULL);

        for (guint i = 0; i < ids->len; i++)
          g_string_append_printf (list, "%s%" G_GINT64_FORMAT, i > 0 ? ", " : "", g_array_index (ids, gint64, i));
        /* Translators: "Awards 3, 4 approved on 2025-07-02 by 林科员" */
        printf (g_dngettext (GETTEXT_PACKAGE, "Award %s approved on %s by %s", "Awards %s approved on %s by %s",
                             ids->len),
                list->str, date_iso, zjtx_store_get_actor (store));
      }
      break;
    case STEP_REJECT:
      {
        g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (ids, gint64, 0));
        printf (_("Award %s rejected on %s by %s"), id, date_iso, zjtx_store_get_actor (store));
      }
      break;
    case STEP_PAY:
      {
        g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (ids, gint64, 0));
        /* Translators: award id, date, officer, voucher number */
        printf (_("Award %s paid on %s by %s, voucher %s"), id, date_iso, zjtx_store_get_actor (store), trimmed);
      }
      break;
    case STEP_SETTLE:
    default:
      {
        gint64 award_id = g_array_index (ids, gint64, 0);
        g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, award_id);
        g_autoptr(ZjtxLedgerEntry) entry = zjtx_store_load (store, ZJTX_TYPE_LEDGER_ENTRY, award_id, NULL);

        /* Translators: award id, date, officer, and the award's status now ("proposed") */
        printf (_("Award %s settled on %s by %s; it is now %s"), id, date_iso, zjtx_store_get_actor (store),
                entry ? zjtx_ledger_status_label (zjtx_ledger_entry_get_status (entry)) : "-");
      }
      break;
    }
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}

int
zjtx_cli_awards (int   argc,
                 char *argv[])
{
  const char *word = argc > 1 ? argv[1] : NULL;

  if (word == NULL || word[0] == '-')
    return awards_list (argc, argv);
  if (g_str_equal (word, "sync"))
    return awards_sync (argc - 1, argv + 1);
  if (g_str_equal (word, "approve"))
    return awards_step (STEP_APPROVE, argc - 1, argv + 1);
  if (g_str_equal (word, "reject"))
    return awards_step (STEP_REJECT, argc - 1, argv + 1);
  if (g_str_equal (word, "pay"))
    return awards_step (STEP_PAY, argc - 1, argv + 1);
  if (g_str_equal (word, "settle"))
    return awards_step (STEP_SETTLE, argc - 1, argv + 1);

  zjtx_cli_error (_("unknown subcommand “%s” of awards (%s)"), word, subcommand_names ());
  return ZJTX_CLI_EXIT_USAGE;
}
