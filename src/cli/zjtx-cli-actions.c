/* zjtx-cli-actions.c: zjtx-cli support and tasks — the policy's actions at work
 *
 * support: what each enterprise received under each action (list, import,
 * export of the support records); tasks: the tasks of the actions and
 * measures with their units, as they stand on a day. Bad arguments are
 * refused before the database is opened (exit 2).
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-json-writer.h"
#include "core/zjtx-money.h"
#include "core/zjtx-uscc.h"
#include "model/zjtx-action-tasks.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-export.h"
#include "model/zjtx-import.h"
#include "model/zjtx-support-list.h"
#include "zjtx-cli.h"

/* ------------------------------------------------------------------ */
/* support list                                                        */

static char *
kind_ids (void)
{
  GString *out = g_string_new (NULL);

  for (guint a = 0; a < ZJTX_N_ACTIONS; a++)
    g_string_append_printf (out, "%s%s", a ? ", " : "", zjtx_action_to_id (a));
  for (guint k = 0; k < ZJTX_N_SUPPORT_KINDS; k++)
    g_string_append_printf (out, ", %s", zjtx_support_vocabulary_get_id (ZJTX_SUPPORT_VOCABULARY_KIND, k));
  return g_string_free (out, FALSE);
}

static void
write_text_member (ZjtxJsonWriter *writer,
                   const char     *name,
                   const char     *value)
{
  zjtx_json_writer_member (writer, name);
  zjtx_json_writer_string (writer, value != NULL && value[0] != '\0' ? value : NULL);
}

static void
write_count_member (ZjtxJsonWriter *writer,
                    const char     *name,
                    gint64          value)
{
  zjtx_json_writer_member (writer, name);
  if (value == ZJTX_RECORD_NULL)
    zjtx_json_writer_string (writer, NULL);
  else
    zjtx_json_writer_int (writer, value);
}

/* Amounts twice, as awards does: "amount_fen" and "amount" in yuan. */
static void
write_money_member (ZjtxJsonWriter *writer,
                    const char     *name,
                    ZjtxFen         fen)
{
  g_autofree char *fen_name = g_strconcat (name, "_fen", NULL);
  g_autofree char *yuan = fen != ZJTX_RECORD_NULL ? zjtx_money_format_plain (fen) : NULL;

  write_count_member (writer, fen_name, fen);
  write_text_member (writer, name, yuan);
}

static gboolean
print_support_json (GPtrArray  *rows,
                    GError    **error)
{
  g_autoptr(ZjtxJsonWriter) writer = zjtx_json_writer_new ();
  g_autofree char *text = NULL;
  gsize length = 0;

  zjtx_json_writer_begin_array (writer);
  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxSupportRow *row = g_ptr_array_index (rows, i);
      ZjtxSupportRecord *r = row->record;
      int kind = zjtx_support_record_get_kind_value (r);

      zjtx_json_writer_begin_object (writer);
      write_count_member (writer, "id", zjtx_record_get_id (ZJTX_RECORD (r)));
      write_count_member (writer, "enterprise_id", zjtx_support_record_get_enterprise_id (r));
      write_text_member (writer, "enterprise", row->enterprise);
      write_text_member (writer, "uscc", row->uscc);
      write_text_member (writer, "action", kind >= 0 ? zjtx_action_to_id (zjtx_support_kind_get_action (kind)) : NULL);
      write_text_member (writer, "clause", kind >= 0 ? zjtx_action_get_clause (zjtx_support_kind_get_action (kind)) : NULL);
      write_text_member (writer, "kind", zjtx_support_record_get_kind (r));
      write_text_member (writer, "date", zjtx_support_record_get_date (r));
      write_text_member (writer, "unit", zjtx_support_record_get_unit (r));
      write_text_member (writer, "platform", zjtx_support_record_get_platform (r));
      write_text_member (writer, "level", zjtx_support_record_get_level (r));
      write_text_member (writer, "subject", zjtx_support_record_get_subject (r));
      write_text_member (writer, "bank", zjtx_support_record_get_bank (r));
      write_money_member (writer, "amount", zjtx_support_record_get_amount (r));
      write_count_member (writer, "rate_ppm", zjtx_support_record_get_rate (r));
      write_money_member (writer, "fee", zjtx_support_record_get_fee (r));
      zjtx_json_writer_member (writer, "waived");
      zjtx_json_writer_bool (writer, zjtx_support_record_get_waived (r));
      write_text_member (writer, "stage", zjtx_support_record_get_stage (r));
      write_count_member (writer, "people", zjtx_support_record_get_people (r));
      write_text_member (writer, "role", zjtx_support_record_get_role (r));
      write_text_member (writer, "industry", zjtx_support_record_get_industry (r));
      write_text_member (writer, "decided_by", zjtx_support_record_get_decided_by (r));
      write_text_member (writer, "notes", zjtx_support_record_get_notes (r));
      zjtx_json_writer_end_object (writer);
    }
  zjtx_json_writer_end_array (writer);
  text = zjtx_json_writer_finish (g_steal_pointer (&writer), &length);
  return zjtx_cli_write_all (text, length, error);
}

static void
print_support_text (GPtrArray *rows)
{
  g_autoptr(ZjtxCliTable) table = zjtx_cli_table_new (8, 1 << 0);

  if (rows->len == 0)
    {
      printf ("%s\n", _("No support records"));
      return;
    }
  /* Translators: column headers of zjtx-cli support list */
  zjtx_cli_table_add (table, _("ID"), _("Date"), _("Enterprise"), _("USCC"), _("Clause"), _("Kind of support"),
                      _("Particulars"), _("Provided by"));
  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxSupportRow *row = g_ptr_array_index (rows, i);
      ZjtxSupportRecord *r = row->record;
      int kind = zjtx_support_record_get_kind_value (r);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (r)));
      g_autofree char *details = zjtx_support_record_describe (r);

      zjtx_cli_table_add (table, id, zjtx_support_record_get_date (r), row->enterprise, row->uscc,
                          kind >= 0 ? zjtx_action_get_clause (zjtx_support_kind_get_action (kind)) : "",
                          kind >= 0 ? zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND, kind)
                                    : zjtx_support_record_get_kind (r),
                          details, zjtx_support_record_get_unit (r));
    }
  zjtx_cli_table_print (table);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u support record", "%u support records", rows->len), rows->len);
  printf ("\n");
}

static int
support_list (int   argc,
              char *argv[])
{
  g_autofree char *enterprise = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *format = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("[list|import|export] — the support each enterprise "
                                                              "received under the policy's actions"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *uscc = NULL;
  gint64 enterprise_id = 0;
  gboolean json;
  const GOptionEntry entries[] = {
    { "enterprise", 0, 0, G_OPTION_ARG_STRING, &enterprise, N_("Only the enterprise with this USCC"), N_("USCC") },
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind,
      N_("Only this kind of support (loan, platform …) or this action's (innovation, finance …)"), N_("KIND") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL }
  };

  g_option_context_set_summary (context,
    _("Without a subcommand, lists the support records, newest first."));
  g_option_context_set_description (context,
    /* Translators: keep the subcommands, options and names in English, and the columns aligned */
    _("Subcommands:\n"
      "  list [--enterprise USCC] [--kind KIND] [--format json]   the records, newest first\n"
      "  import FILE [--dry-run]                                 a support list (CSV or .xlsx)\n"
      "  export -o FILE [--format csv|xlsx]                      every record, as import reads it\n"
      "\n"
      "Actions: cultivation, chains, parks, innovation, finance, talent. Kinds: platform, rd_expense,\n"
      "science_project (innovation); loan, guarantee, listing (finance); talent_team,\n"
      "management_training, order_training (talent); chain_role, new_product (chains); pool_entry,\n"
      "key_target, recommended (cultivation).\n"
      "\n"
      "--format json prints an array with one object per record: every column, amounts as\n"
      "“amount_fen” (whole fen) and “amount” (yuan), the rate as “rate_ppm” (43500 for 4.35%).\n"
      "\n"
      "Exit status: 0 done; 1 it failed; 2 bad input; import: 3 some rows left out."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_text_or_json (format, &json))
    return ZJTX_CLI_EXIT_USAGE;
  if (kind != NULL)
    {
      ZjtxAction action;

      if (zjtx_support_vocabulary_lookup (ZJTX_SUPPORT_VOCABULARY_KIND, kind) < 0 && !zjtx_action_from_id (kind, &action))
        {
          g_autofree char *ids = kind_ids ();
          zjtx_cli_error (_("unknown kind of support “%s” (%s)"), kind, ids);
          return ZJTX_CLI_EXIT_USAGE;
        }
    }
  if (enterprise != NULL)
    {
      uscc = zjtx_uscc_normalize (enterprise);
      if (!zjtx_uscc_validate (uscc, NULL, &error))
        {
          zjtx_cli_error ("--enterprise: %s", error->message);
          return ZJTX_CLI_EXIT_USAGE;
        }
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  if (uscc != NULL)
    {
      g_auto(GValue) key = G_VALUE_INIT;
      g_autoptr(GPtrArray) found = NULL;

      g_value_init (&key, G_TYPE_STRING);
      g_value_set_string (&key, uscc);
      found = zjtx_store_list (store, ZJTX_TYPE_ENTERPRISE, "uscc", &key, NULL, &error);
      if (found == NULL)
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      if (found->len == 0)
        {
          zjtx_cli_error (_("no enterprise with the USCC %s is on file"), uscc);
          return ZJTX_CLI_EXIT_USAGE;
        }
      enterprise_id = zjtx_record_get_id (g_ptr_array_index (found, 0));
    }

  rows = zjtx_support_list (store, enterprise_id, kind, &error);
  if (rows == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }
  if (json)
    {
      if (!print_support_json (rows, &error))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
    }
  else
    print_support_text (rows);
  return ZJTX_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* support import and export                                           */

static int
support_import (int   argc,
                char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — import support records from a spreadsheet"));

  g_option_context_set_description (context,
    _("Reads CSV or .xlsx with the columns 企业名称 or 统一社会信用代码, 扶持类型 and 日期, and those the\n"
      "kind needs (银行, 金额, 利率, 平台类型, 级别, 上市阶段, 人数, 链上角色, 产业, 决定人 …). Enterprises must\n"
      "be on file. A row matching a stored record updates it. Rows with a problem are left out and\n"
      "listed; the others go in together or not at all.\n"
      "Exit status: 0 all rows in, 3 some rows left out, 2 nothing imported."));
  return zjtx_cli_run_import (context, zjtx_support_import_file, argc, argv);
}

static int
support_export (int   argc,
                char *argv[])
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("— export every support record as a spreadsheet"));
  ZjtxTableFormat format;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("csv or xlsx (default: from the file name)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { NULL }
  };

  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_export_output (format_name, output, &format))
    return ZJTX_CLI_EXIT_USAGE;

  return zjtx_cli_export_to_file (ZJTX_EXPORT_SUPPORT, format, output);
}

int
zjtx_cli_support (int   argc,
                  char *argv[])
{
  if (argc > 1 && g_str_equal (argv[1], "list"))
    return support_list (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "import"))
    return support_import (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "export"))
    return support_export (argc - 1, argv + 1);
  return support_list (argc, argv);
}

/* ------------------------------------------------------------------ */
/* tasks                                                               */

static gboolean
print_tasks_json (GPtrArray  *tasks,
                  GPtrArray  *units,
                  ZjtxDate    day,
                  GError    **error)
{
  g_autoptr(ZjtxJsonWriter) writer = zjtx_json_writer_new ();
  g_autofree char *as_of = zjtx_date_format_iso (day);
  g_autofree char *text = NULL;
  gsize length = 0;

  zjtx_json_writer_begin_object (writer);
  write_text_member (writer, "as_of", as_of);
  zjtx_json_writer_member (writer, "tasks");
  zjtx_json_writer_begin_array (writer);
  for (guint i = 0; i < tasks->len; i++)
    {
      ZjtxActionTask *t = g_ptr_array_index (tasks, i);
      g_auto(GStrv) responsible = g_strsplit (zjtx_action_task_get_responsible_units (t), "、", -1);

      zjtx_json_writer_begin_object (writer);
      write_count_member (writer, "id", zjtx_record_get_id (ZJTX_RECORD (t)));
      write_text_member (writer, "clause", zjtx_action_task_get_clause (t));
      write_text_member (writer, "title", zjtx_action_task_get_title (t));
      write_text_member (writer, "status", zjtx_task_status_to_id (zjtx_action_task_get_status_on (t, day)));
      write_text_member (writer, "stored_status", zjtx_action_task_get_status (t));
      write_text_member (writer, "due_date", zjtx_action_task_get_due_date (t));
      write_text_member (writer, "owner_unit", zjtx_action_task_get_owner_unit (t));
      zjtx_json_writer_member (writer, "responsible_units");
      zjtx_json_writer_begin_array (writer);
      for (guint u = 0; responsible[u] != NULL; u++)
        if (responsible[u][0] != '\0')
          zjtx_json_writer_string (writer, responsible[u]);
      zjtx_json_writer_end_array (writer);
      write_text_member (writer, "responsible_units_text", zjtx_action_task_get_responsible_units_text (t));
      zjtx_json_writer_end_object (writer);
    }
  zjtx_json_writer_end_array (writer);
  zjtx_json_writer_member (writer, "units");
  zjtx_json_writer_begin_array (writer);
  for (guint i = 0; i < units->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (units, i);

      zjtx_json_writer_begin_object (writer);
      write_text_member (writer, "unit", group->key);
      for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
        write_count_member (writer, zjtx_task_status_to_id (s), group->counts[s]);
      write_count_member (writer, "total", group->total);
      zjtx_json_writer_end_object (writer);
    }
  zjtx_json_writer_end_array (writer);
  zjtx_json_writer_end_object (writer);
  text = zjtx_json_writer_finish (g_steal_pointer (&writer), &length);
  return zjtx_cli_write_all (text, length, error);
}

static void
print_tasks_text (GPtrArray *tasks,
                  GPtrArray *units,
                  ZjtxDate   day)
{
  g_autoptr(ZjtxCliTable) list = zjtx_cli_table_new (6, 1 << 0);
  g_autoptr(ZjtxCliTable) summary = zjtx_cli_table_new (6, 0x3e);

  if (tasks->len == 0)
    {
      printf ("%s\n", _("No tasks"));
      return;
    }

  /* Translators: column headers of zjtx-cli tasks list */
  zjtx_cli_table_add (list, _("ID"), _("Clause"), _("Task"), _("Status"), _("Due"), _("Lead unit"));
  for (guint i = 0; i < tasks->len; i++)
    {
      ZjtxActionTask *t = g_ptr_array_index (tasks, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (t)));

      zjtx_cli_table_add (list, id, zjtx_action_task_get_clause (t), zjtx_action_task_get_title (t),
                          zjtx_task_status_get_label (zjtx_action_task_get_status_on (t, day)),
                          zjtx_action_task_get_due_date (t), zjtx_action_task_get_owner_unit (t));
    }
  zjtx_cli_table_print (list);
  printf ("\n");

  /* The per-unit view: what each unit is responsible for, by status. */
  zjtx_cli_table_add (summary, _("Responsible unit"), zjtx_task_status_get_label (ZJTX_TASK_NOT_STARTED),
                      zjtx_task_status_get_label (ZJTX_TASK_UNDER_WAY), zjtx_task_status_get_label (ZJTX_TASK_DONE),
                      zjtx_task_status_get_label (ZJTX_TASK_OVERDUE), _("Total"));
  for (guint i = 0; i < units->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (units, i);
      char *counts[ZJTX_N_TASK_STATUSES + 1] = { NULL };

      for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
        counts[s] = g_strdup_printf ("%u", group->counts[s]);
      counts[ZJTX_N_TASK_STATUSES] = g_strdup_printf ("%u", group->total);
      zjtx_cli_table_add (summary, group->key, counts[0], counts[1], counts[2], counts[3], counts[4]);
      for (guint s = 0; s <= ZJTX_N_TASK_STATUSES; s++)
        g_free (counts[s]);
    }
  zjtx_cli_table_print (summary);
}

static int
tasks_list (int   argc,
            char *argv[])
{
  g_autofree char *unit = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *format = NULL;
  gboolean overdue = FALSE;
  gboolean json;
  g_autoptr(GOptionContext) context = g_option_context_new (_("[list] — the tasks of the policy's actions and "
                                                              "measures, by responsible unit"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) by_clause = NULL;
  g_autoptr(GPtrArray) by_unit = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  ZjtxDate day;
  const GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit,
      N_("Only the tasks this unit is responsible for (县科技局 or 科技局)"), N_("UNIT") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only the tasks overdue on the day"), NULL },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("The day the status is taken on (default today)"),
      N_("YYYY-MM-DD") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL }
  };

  g_option_context_set_description (context,
    /* Translators: keep the subcommands, options and statuses in English, and the columns aligned */
    _("Lists the tasks in the policy's order with their status on the day: not started, under way,\n"
      "done, or overdue (not done, and the day is after the due date), then what each responsible\n"
      "unit has by status. A task counts for each of its responsible units.\n"
      "\n"
      "Subcommands:\n"
      "  list [--unit U] [--overdue] [--as-of DATE] [--format json]       as above\n"
      "  show ID [--as-of DATE] [--format json]                           a task and its progress notes,\n"
      "                                                                   with the notes' ids\n"
      "  set ID [--owner U] [--due DATE] [--status STATUS --note TEXT]    change a task, report progress\n"
      "  note NOTE-ID [--date DATE] [--note TEXT] [--by U]                correct a progress note (its\n"
      "                                                                   status stays)\n"
      "  add --clause 三（四） --title TEXT --units \"县科技局、县财政局\"    a task of the bureau's own\n"
      "      [--owner U] [--due DATE]\n"
      "  delete ID                                                        a task of the bureau's own, with\n"
      "                                                                   its progress notes\n"
      "\n"
      "--format json prints { \"as_of\", \"tasks\": […], \"units\": […] }.\n"
      "\n"
      "Exit status: 0 done; 1 it failed; 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_text_or_json (format, &json) ||
      !zjtx_cli_check_not_blank ("--unit", unit) ||
      !zjtx_cli_parse_date_option ("--as-of", as_of_text, &day))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  by_clause = zjtx_action_tasks_group (store, ZJTX_TASK_GROUP_BY_CLAUSE, day, unit, overdue, &error);
  if (by_clause != NULL)
    by_unit = zjtx_action_tasks_group (store, ZJTX_TASK_GROUP_BY_UNIT, day, unit, overdue, &error);
  if (by_unit == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  /* A unit no task names is likely a typo: say which units there are. */
  if (unit != NULL && by_unit->len == 0)
    {
      g_autoptr(GPtrArray) all = zjtx_action_tasks_group (store, ZJTX_TASK_GROUP_BY_UNIT, day, NULL, FALSE, &error);
      g_autofree char *normal = zjtx_unit_normalise (unit);
      g_autoptr(GString) names = g_string_new (NULL);
      gboolean known = FALSE;

      if (all == NULL)
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      for (guint i = 0; i < all->len; i++)
        {
          const char *key = ((ZjtxTaskGroup *) g_ptr_array_index (all, i))->key;

          known |= g_strcmp0 (key, normal) == 0;
          /* Translators: the separator of a list of units */
          g_string_append (names, i > 0 ? _(", ") : "");
          g_string_append (names, key);
        }
      if (!known)
        {
          /* Translators: %s the unit asked for, then the units that have tasks */
          zjtx_cli_error (_("--unit: no task names “%s” among its responsible units (they are: %s)"), unit,
                          names->str);
          return ZJTX_CLI_EXIT_USAGE;
        }
    }

  /* Each task once, in the policy's order. */
  tasks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < by_clause->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (by_clause, i);

      for (guint t = 0; t < group->tasks->len; t++)
        g_ptr_array_add (tasks, g_object_ref (g_ptr_array_index (group->tasks, t)));
    }

  if (json)
    {
      if (!print_tasks_json (tasks, by_unit, day, &error))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
    }
  else
    print_tasks_text (tasks, by_unit, day);
  return ZJTX_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* tasks set and add                                                   */

/* The option that sets a task's or a progress note's @field. */
static const char *
option_of_field (const char *field)
{
  static const struct { const char *field, *option; } options[] = {
    { "clause", "--clause" }, { "title", "--title" }, { "responsible-units", "--units" },
    { "owner-unit", "--owner" }, { "due-date", "--due" }, { "notes", "--notes" },
    { "date", "--date" }, { "note", "--note" }, { "unit", "--by" }, { "status", "--status" },
  };

  for (guint i = 0; field != NULL && i < G_N_ELEMENTS (options); i++)
    if (g_str_equal (options[i].field, field))
      return options[i].option;
  return NULL;
}

/* A refusal of the model's, naming the option behind the field; exit 2
 * for bad input, 1 for anything else. */
static int
report_save_error (const GError *error,
                   ZjtxRecord   *task,
                   ZjtxRecord   *progress)
{
  const char *field = NULL;
  const char *option;

  if (!g_error_matches (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }
  if (progress != NULL)
    field = zjtx_record_get_error_field (progress);
  if (field == NULL)
    field = zjtx_record_get_error_field (task);
  option = option_of_field (field);
  if (option != NULL)
    zjtx_cli_error ("%s: %s", option, error->message);
  else
    zjtx_cli_error ("%s", error->message);
  return ZJTX_CLI_EXIT_USAGE;
}

/* A task id: digits only, positive; else one line naming it. */
static gboolean
parse_task_id (const char *text,
               gint64     *out)
{
  if (zjtx_cli_parse_id (text, out))
    return TRUE;
  zjtx_cli_error (_("task id “%s” is not a positive whole number"), text);
  return FALSE;
}

/* --due: a real date, or one line naming it. */
static gboolean
check_due (const char *due)
{
  g_autoptr(GError) error = NULL;
  ZjtxDate day;

  if (due == NULL || zjtx_date_parse (due, &day, &error))
    return TRUE;
  zjtx_cli_error ("--due: %s", error->message);
  return FALSE;
}

/* The task @id (typed as @id_text), or NULL with one line on stderr and
 * the exit status in @status: 2 for an id no task has, 1 for a failure. */
static ZjtxActionTask *
load_task (ZjtxStore  *store,
           gint64      id,
           const char *id_text,
           int        *status)
{
  g_autoptr(GError) error = NULL;
  ZjtxActionTask *task = zjtx_store_load (store, ZJTX_TYPE_ACTION_TASK, id, &error);

  if (task != NULL)
    return task;
  if (!g_error_matches (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND))
    {
      zjtx_cli_error ("%s", error->message);
      *status = ZJTX_CLI_EXIT_FAILURE;
      return NULL;
    }
  zjtx_cli_error (_("no task has the id %s (zjtx-cli tasks list shows them)"), id_text);
  *status = ZJTX_CLI_EXIT_USAGE;
  return NULL;
}

/* --date of a progress note: not after the store's today, or one line
 * naming it (before the model would, whose message names the field). */
static gboolean
check_not_future (ZjtxStore  *store,
                  const char *date_text,
                  ZjtxDate    day)
{
  g_autofree char *today = NULL;

  if (day <= zjtx_store_get_today (store))
    return TRUE;
  today = zjtx_date_format_iso (zjtx_store_get_today (store));
  /* Translators: progress is reported once it happened */
  zjtx_cli_error (_("--date: %s is in the future (today is %s)"), date_text, today);
  return FALSE;
}

static int
tasks_set (int   argc,
           char *argv[])
{
  g_autofree char *owner = NULL;
  g_autofree char *due = NULL;
  g_autofree char *status = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *by = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — change a task's lead unit or due date, or "
                                                              "report progress on it"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autoptr(ZjtxTaskProgress) progress = NULL;
  g_autofree char *owner_unit = NULL;
  g_autofree char *note_date = NULL;
  ZjtxDate day = ZJTX_DATE_NONE;
  gint64 id;
  int exit_status;
  const GOptionEntry entries[] = {
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("The lead unit: one of the task's responsible units"),
      N_("UNIT") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("The day the task is due"), N_("YYYY-MM-DD") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status,
      N_("Move the task to not_started, under_way or done (with --note)"), N_("STATUS") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("Report progress: what was done"), N_("TEXT") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the progress (default today)"),
      N_("YYYY-MM-DD") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("The unit reporting the progress"), N_("UNIT") },
    { NULL }
  };

  g_option_context_set_description (context,
    _("The changes are saved together or not at all, each with its audit row. A status is set with\n"
      "a progress note saying what moved the task; “overdue” is never set: it follows from the due\n"
      "date. The ids are those of zjtx-cli tasks list.\n"
      "\n"
      "Exit status: 0 done; 1 it failed; 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc < 2)
    {
      zjtx_cli_error (_("set needs the id of a task (zjtx-cli tasks list shows them)"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (argc > 2)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[2]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!parse_task_id (argv[1], &id) ||
      !zjtx_cli_check_not_blank ("--owner", owner) ||
      !zjtx_cli_check_not_blank ("--due", due) ||
      !zjtx_cli_check_not_blank ("--status", status) ||
      !zjtx_cli_check_not_blank ("--note", note) ||
      !zjtx_cli_check_not_blank ("--date", date_text) ||
      !zjtx_cli_check_not_blank ("--by", by) ||
      !check_due (due))
    return ZJTX_CLI_EXIT_USAGE;
  if (status != NULL && !zjtx_task_status_is_stored (status))
    {
      /* Translators: keep the statuses in English, as the option takes them */
      zjtx_cli_error (_("--status: “%s” is not a status a task is set to (not_started, under_way or done; "
                        "overdue follows from the due date)"), status);
      return ZJTX_CLI_EXIT_USAGE;
    }
  /* A status moves with a note saying why, as in the window. */
  if (note == NULL && (status != NULL || date_text != NULL || by != NULL))
    {
      /* Translators: %s is --status, --date or --by */
      zjtx_cli_error (_("%s goes with --note: say what was done"),
                      status != NULL ? "--status" : date_text != NULL ? "--date" : "--by");
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (owner == NULL && due == NULL && note == NULL)
    {
      zjtx_cli_error (_("set needs --owner, --due or --note"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (date_text != NULL && !zjtx_cli_parse_date_option ("--date", date_text, &day))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  task = load_task (store, id, argv[1], &exit_status);
  if (task == NULL)
    return exit_status;

  if (owner != NULL)
    {
      owner_unit = zjtx_unit_normalise (owner);
      if (!zjtx_action_task_has_unit (task, owner_unit))
        {
          /* Translators: the lead unit given, the task's id, then its responsible units */
          zjtx_cli_error (_("--owner: “%s” is not one of the responsible units of task %s (%s)"), owner_unit, argv[1],
                          zjtx_action_task_get_responsible_units (task));
          return ZJTX_CLI_EXIT_USAGE;
        }
      zjtx_action_task_set_owner_unit (task, owner_unit);
    }
  if (due != NULL)
    zjtx_action_task_set_due_date (task, due);
  if (note != NULL)
    {
      if (day == ZJTX_DATE_NONE)
        day = zjtx_store_get_today (store);
      else if (!check_not_future (store, date_text, day))
        return ZJTX_CLI_EXIT_USAGE;
      note_date = zjtx_date_format_iso (day);
      progress = zjtx_task_progress_new ();
      zjtx_task_progress_set_date (progress, note_date);
      zjtx_task_progress_set_note (progress, g_strstrip (note));
      if (by != NULL)
        {
          g_autofree char *unit = zjtx_unit_normalise (by);
          zjtx_task_progress_set_unit (progress, unit);
        }
      zjtx_task_progress_set_status (progress, status);
    }

  if (!zjtx_action_tasks_update (store, task, progress, &error))
    return report_save_error (error, ZJTX_RECORD (task), progress ? ZJTX_RECORD (progress) : NULL);

  /* Translators: after zjtx-cli tasks set */
  printf (_("Task %s saved"), argv[1]);
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}

static int
tasks_add (int   argc,
           char *argv[])
{
  g_autofree char *clause_text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *units_text = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *due = NULL;
  g_autofree char *notes = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("— add a task of the bureau's own to one of the "
                                                              "policy's actions or measures"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autofree char *clause = NULL;
  g_autofree char *owner_unit = NULL;
  g_auto(GStrv) units = NULL;
  const GOptionEntry entries[] = {
    { "clause", 0, 0, G_OPTION_ARG_STRING, &clause_text,
      N_("The action or measure: 三（一） to 三（六）, 四（一） to 四（四）"), N_("CLAUSE") },
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("What is to be done"), N_("TEXT") },
    { "units", 0, 0, G_OPTION_ARG_STRING, &units_text,
      N_("The responsible units, separated by 、 or commas (县科技局、县财政局)"), N_("UNITS") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("The lead unit, one of them (default the first)"),
      N_("UNIT") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due, N_("The day the task is due (default when the policy’s own are)"),
      N_("YYYY-MM-DD") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &notes, N_("Notes on the task"), N_("TEXT") },
    { NULL }
  };

  g_option_context_set_description (context,
    _("A sub-task of an action, say, with its own due date and units. The units are those the policy\n"
      "names, by any of their names (科技局 is 县科技局). It can be deleted (zjtx-cli tasks delete, or in\n"
      "the window); the tasks the policy states cannot.\n"
      "\n"
      "Exit status: 0 done; 1 it failed; 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (clause_text == NULL || title == NULL || units_text == NULL)
    {
      /* Translators: %s is --clause, --title or --units */
      zjtx_cli_error (_("add needs %s"), clause_text == NULL ? "--clause" : title == NULL ? "--title" : "--units");
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_check_not_blank ("--clause", clause_text) ||
      !zjtx_cli_check_not_blank ("--title", title) ||
      !zjtx_cli_check_not_blank ("--units", units_text) ||
      !zjtx_cli_check_not_blank ("--owner", owner) ||
      !zjtx_cli_check_not_blank ("--due", due) ||
      !check_due (due))
    return ZJTX_CLI_EXIT_USAGE;

  clause = zjtx_clause_normalise (clause_text);
  if (zjtx_clause_get_name (clause) == NULL)
    {
      g_autofree char *known = g_strjoinv (", ", (char **) zjtx_clauses_list ());

      zjtx_cli_error (_("--clause: “%s” is not one of the policy’s actions or measures (%s)"), clause_text, known);
      return ZJTX_CLI_EXIT_USAGE;
    }
  units = zjtx_units_split (units_text);
  if (units[0] == NULL)
    {
      zjtx_cli_error (_("%s must not be blank"), "--units");
      return ZJTX_CLI_EXIT_USAGE;
    }
  for (guint i = 0; units[i] != NULL; i++)
    if (zjtx_unit_get_position (units[i]) < 0)
      {
        zjtx_cli_error (_("--units: “%s” is not a unit the policy names"), units[i]);
        return ZJTX_CLI_EXIT_USAGE;
      }
  /* The policy names the lead unit first. */
  owner_unit = zjtx_unit_normalise (owner != NULL ? owner : units[0]);
  if (!g_strv_contains ((const char * const *) units, owner_unit))
    {
      zjtx_cli_error (_("--owner: “%s” is not one of the units given with --units"), owner_unit);
      return ZJTX_CLI_EXIT_USAGE;
    }

  task = zjtx_action_task_new ();
  zjtx_action_task_set_clause (task, clause);
  zjtx_action_task_set_title (task, g_strstrip (title));
  zjtx_action_task_set_responsible_units (task, units_text);
  zjtx_action_task_set_owner_unit (task, owner_unit);
  zjtx_action_task_set_due_date (task, due != NULL ? due : zjtx_task_get_default_due_date ());
  zjtx_action_task_set_notes (task, notes != NULL ? g_strstrip (notes) : NULL);

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;
  if (!zjtx_action_tasks_add (store, task, &error))
    return report_save_error (error, ZJTX_RECORD (task), NULL);

  {
    g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (task)));

    /* Translators: after zjtx-cli tasks add: the new task's id */
    printf (_("Task %s added"), id);
    printf ("\n");
  }
  return ZJTX_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* tasks show, note and delete                                         */

/* A task id as the one argument of @command; else one line, FALSE. */
static gboolean
parse_one_id (const char *command,
              int         argc,
              char       *argv[],
              gint64     *id)
{
  if (argc < 2)
    {
      if (g_str_equal (command, "note"))
        zjtx_cli_error (_("note needs the id of a progress note (zjtx-cli tasks show ID lists them)"));
      else
        /* Translators: %s is show or delete */
        zjtx_cli_error (_("%s needs the id of a task (zjtx-cli tasks list shows them)"), command);
      return FALSE;
    }
  if (argc > 2)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[2]);
      return FALSE;
    }
  if (g_str_equal (command, "note"))
    {
      if (zjtx_cli_parse_id (argv[1], id))
        return TRUE;
      zjtx_cli_error (_("progress note id “%s” is not a positive whole number"), argv[1]);
      return FALSE;
    }
  return parse_task_id (argv[1], id);
}

/* "Done", or "" for a note that left the status as it was. */
static const char *
status_set_label (ZjtxTaskProgress *note)
{
  ZjtxTaskStatus moved;

  if (zjtx_task_status_from_id (zjtx_task_progress_get_status (note), &moved))
    return zjtx_task_status_get_label (moved);
  return "";
}

static gboolean
print_task_json (ZjtxActionTask  *task,
                 GPtrArray       *notes,
                 ZjtxDate         day,
                 GError         **error)
{
  g_autoptr(ZjtxJsonWriter) writer = zjtx_json_writer_new ();
  g_auto(GStrv) responsible = g_strsplit (zjtx_action_task_get_responsible_units (task), "、", -1);
  g_autofree char *as_of = zjtx_date_format_iso (day);
  g_autofree char *text = NULL;
  gsize length = 0;

  zjtx_json_writer_begin_object (writer);
  write_text_member (writer, "as_of", as_of);
  write_count_member (writer, "id", zjtx_record_get_id (ZJTX_RECORD (task)));
  write_text_member (writer, "clause", zjtx_action_task_get_clause (task));
  write_text_member (writer, "title", zjtx_action_task_get_title (task));
  write_text_member (writer, "status", zjtx_task_status_to_id (zjtx_action_task_get_status_on (task, day)));
  write_text_member (writer, "stored_status", zjtx_action_task_get_status (task));
  write_text_member (writer, "due_date", zjtx_action_task_get_due_date (task));
  write_text_member (writer, "owner_unit", zjtx_action_task_get_owner_unit (task));
  zjtx_json_writer_member (writer, "responsible_units");
  zjtx_json_writer_begin_array (writer);
  for (guint u = 0; responsible[u] != NULL; u++)
    if (responsible[u][0] != '\0')
      zjtx_json_writer_string (writer, responsible[u]);
  zjtx_json_writer_end_array (writer);
  write_text_member (writer, "responsible_units_text", zjtx_action_task_get_responsible_units_text (task));
  zjtx_json_writer_member (writer, "from_policy");
  zjtx_json_writer_bool (writer, zjtx_action_task_is_from_policy (task));
  write_text_member (writer, "notes", zjtx_action_task_get_notes (task));
  /* Newest first, as shown everywhere. */
  zjtx_json_writer_member (writer, "progress");
  zjtx_json_writer_begin_array (writer);
  for (guint i = 0; i < notes->len; i++)
    {
      ZjtxTaskProgress *note = g_ptr_array_index (notes, i);

      zjtx_json_writer_begin_object (writer);
      write_count_member (writer, "id", zjtx_record_get_id (ZJTX_RECORD (note)));
      write_text_member (writer, "date", zjtx_task_progress_get_date (note));
      write_text_member (writer, "unit", zjtx_task_progress_get_unit (note));
      write_text_member (writer, "status", zjtx_task_progress_get_status (note));
      write_text_member (writer, "note", zjtx_task_progress_get_note (note));
      zjtx_json_writer_end_object (writer);
    }
  zjtx_json_writer_end_array (writer);
  zjtx_json_writer_end_object (writer);
  text = zjtx_json_writer_finish (g_steal_pointer (&writer), &length);
  return zjtx_cli_write_all (text, length, error);
}

static void
print_task_text (ZjtxActionTask *task,
                 GPtrArray      *notes,
                 ZjtxDate        day)
{
  g_autoptr(ZjtxCliTable) fields = zjtx_cli_table_new (2, 0);
  g_autoptr(ZjtxCliTable) list = zjtx_cli_table_new (5, 1 << 0);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (task)));
  const char *due = zjtx_action_task_get_due_date (task);

  zjtx_cli_table_add (fields, _("ID"), id);
  zjtx_cli_table_add (fields, _("Clause"), zjtx_action_task_get_clause (task));
  zjtx_cli_table_add (fields, _("Task"), zjtx_action_task_get_title (task));
  zjtx_cli_table_add (fields, _("Status"), zjtx_task_status_get_label (zjtx_action_task_get_status_on (task, day)));
  zjtx_cli_table_add (fields, _("Due"), due != NULL ? due : "");
  zjtx_cli_table_add (fields, _("Lead unit"), zjtx_action_task_get_owner_unit (task));
  zjtx_cli_table_add (fields, _("Responsible units"), zjtx_action_task_get_responsible_units (task));
  /* Whether delete will take it. */
  zjtx_cli_table_add (fields, _("Origin"), zjtx_action_task_is_from_policy (task) ? _("stated by the policy")
                                                                                 : _("the bureau’s own"));
  if (zjtx_action_task_get_notes (task)[0] != '\0')
    zjtx_cli_table_add (fields, _("Notes"), zjtx_action_task_get_notes (task));
  zjtx_cli_table_print (fields);
  printf ("\n");

  if (notes->len == 0)
    {
      printf ("%s\n", _("No progress notes"));
      return;
    }
  /* Translators: column headers of zjtx-cli tasks show: the progress notes */
  zjtx_cli_table_add (list, _("ID"), _("Date"), _("Reported by"), _("Status set"), _("Progress"));
  for (guint i = 0; i < notes->len; i++)
    {
      ZjtxTaskProgress *note = g_ptr_array_index (notes, i);
      g_autofree char *note_id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (note)));

      zjtx_cli_table_add (list, note_id, zjtx_task_progress_get_date (note), zjtx_task_progress_get_unit (note),
                          status_set_label (note), zjtx_task_progress_get_note (note));
    }
  zjtx_cli_table_print (list);
}

static int
tasks_show (int   argc,
            char *argv[])
{
  g_autofree char *as_of_text = NULL;
  g_autofree char *format = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — a task and its progress notes, with their ids"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  gboolean json;
  ZjtxDate day;
  gint64 id;
  int exit_status;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("The day the status is taken on (default today)"),
      N_("YYYY-MM-DD") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("text (default) or json"), N_("FORMAT") },
    { NULL }
  };

  g_option_context_set_description (context,
    _("The task's columns, then its progress notes, newest first, each with the id that zjtx-cli tasks\n"
      "note corrects. --format json prints the task as tasks list does, with \"progress\": […].\n"
      "\n"
      "Exit status: 0 done; 1 it failed; 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (!parse_one_id ("show", argc, argv, &id) ||
      !zjtx_cli_parse_text_or_json (format, &json) ||
      !zjtx_cli_parse_date_option ("--as-of", as_of_text, &day))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;
  task = load_task (store, id, argv[1], &exit_status);
  if (task == NULL)
    return exit_status;
  notes = zjtx_action_tasks_list_progress (store, id, &error);
  if (notes == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  if (json)
    {
      if (!print_task_json (task, notes, day, &error))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
    }
  else
    print_task_text (task, notes, day);
  return ZJTX_CLI_EXIT_OK;
}

static int
tasks_note (int   argc,
            char *argv[])
{
  g_autofree char *date_text = NULL;
  g_autofree char *note = NULL;
  g_autofree char *by = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("NOTE-ID — correct a progress note’s date, text or "
                                                              "reporting unit"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxTaskProgress) progress = NULL;
  ZjtxDate day = ZJTX_DATE_NONE;
  gint64 id;
  const GOptionEntry entries[] = {
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The day of the progress"), N_("YYYY-MM-DD") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("What was done"), N_("TEXT") },
    { "by", 0, 0, G_OPTION_ARG_STRING, &by, N_("The unit reporting the progress"), N_("UNIT") },
    { NULL }
  };

  g_option_context_set_description (context,
    _("Corrects a typo or a wrong date in a note already reported; what is not given stays. The status\n"
      "the note moved its task to is the task's history and stays: report a new note with zjtx-cli\n"
      "tasks set to move the task. Notes are not deleted. The ids are those of zjtx-cli tasks show ID.\n"
      "The change is saved with its audit row.\n"
      "\n"
      "Exit status: 0 done; 1 it failed; 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (!parse_one_id ("note", argc, argv, &id) ||
      !zjtx_cli_check_not_blank ("--date", date_text) ||
      !zjtx_cli_check_not_blank ("--note", note) ||
      !zjtx_cli_check_not_blank ("--by", by))
    return ZJTX_CLI_EXIT_USAGE;
  if (date_text == NULL && note == NULL && by == NULL)
    {
      zjtx_cli_error (_("note needs --date, --note or --by"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (date_text != NULL && !zjtx_cli_parse_date_option ("--date", date_text, &day))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;
  if (date_text != NULL && !check_not_future (store, date_text, day))
    return ZJTX_CLI_EXIT_USAGE;

  progress = zjtx_store_load (store, ZJTX_TYPE_TASK_PROGRESS, id, &error);
  if (progress == NULL)
    {
      if (!g_error_matches (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      zjtx_cli_error (_("no progress note has the id %s (zjtx-cli tasks show ID lists a task’s notes)"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }

  if (date_text != NULL)
    {
      g_autofree char *iso = zjtx_date_format_iso (day);
      zjtx_task_progress_set_date (progress, iso);
    }
  if (note != NULL)
    zjtx_task_progress_set_note (progress, g_strstrip (note));
  if (by != NULL)
    {
      g_autofree char *unit = zjtx_unit_normalise (by);
      zjtx_task_progress_set_unit (progress, unit);
    }

  if (!zjtx_action_tasks_correct_progress (store, progress, &error))
    return report_save_error (error, ZJTX_RECORD (progress), ZJTX_RECORD (progress));

  /* Translators: after zjtx-cli tasks note: the note's id */
  printf (_("Progress note %s saved"), argv[1]);
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}

static int
tasks_delete (int   argc,
              char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("ID — delete a task of the bureau's own, with its "
                                                              "progress notes"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  gint64 id;
  int exit_status;
  const GOptionEntry entries[] = {
    { NULL }
  };

  g_option_context_set_description (context,
    _("The task and each of its progress notes are deleted together, each with its audit row (which\n"
      "keeps what was deleted). The tasks the policy states are the county's commitments and cannot be\n"
      "deleted: mark one done, with a note, if it no longer applies (zjtx-cli tasks set ID --status done\n"
      "--note TEXT).\n"
      "\n"
      "Exit status: 0 done; 1 refused (a task the policy states) or it failed; 2 bad input."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (!parse_one_id ("delete", argc, argv, &id))
    return ZJTX_CLI_EXIT_USAGE;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;
  task = load_task (store, id, argv[1], &exit_status);
  if (task == NULL)
    return exit_status;
  if (!zjtx_action_tasks_delete (store, task, &notes, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_FAILURE;
    }

  if (notes->len == 0)
    /* Translators: after zjtx-cli tasks delete: the task's id, clause and title */
    printf (_("Task %s “%s %s” deleted; it had no progress notes"), argv[1], zjtx_action_task_get_clause (task),
            zjtx_action_task_get_title (task));
  else
    /* Translators: after zjtx-cli tasks delete: the task's id, clause and title, then how many notes went */
    printf (g_dngettext (GETTEXT_PACKAGE, "Task %s “%s %s” deleted, with its %u progress note",
                         "Task %s “%s %s” deleted, with its %u progress notes", notes->len),
            argv[1], zjtx_action_task_get_clause (task), zjtx_action_task_get_title (task), notes->len);
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}

int
zjtx_cli_tasks (int   argc,
                char *argv[])
{
  if (argc > 1 && g_str_equal (argv[1], "set"))
    return tasks_set (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "add"))
    return tasks_add (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "show"))
    return tasks_show (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "note"))
    return tasks_note (argc - 1, argv + 1);
  if (argc > 1 && g_str_equal (argv[1], "delete"))
    return tasks_delete (argc - 1, argv + 1);
  /* "tasks list" and "tasks" are the same. */
  if (argc > 1 && g_str_equal (argv[1], "list"))
    return tasks_list (argc - 1, argv + 1);
  return tasks_list (argc, argv);
}
