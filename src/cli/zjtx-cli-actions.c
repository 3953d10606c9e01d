/* zjtx-cli-actions.c: zjtx-cli support and tasks — the policy's actions at work
 *
 * support: what each enterprise received under each action (list, import,
 * export of the support records); tasks: the tasks of the actions and
 * measures with their units, as they stand on a day. Bad arguments are
 * refused before the database is opened (exit 2).
 */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
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

/* Exit status of an import that went in but left some rows out (as import's). */
#define EXIT_ROWS_REJECTED 3

/* ------------------------------------------------------------------ */
/* an aligned table                                                    */

/* Columns on a terminal: CJK characters take two, combining marks none. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_iszerowidth (c))
        width += g_unichar_iswide (c) ? 2 : 1;
    }
  return width;
}

typedef struct {
  guint      n_columns;
  guint64    right_aligned;   /* bit i: column i */
  GPtrArray *rows;            /* of GPtrArray of char * */
} Table;

static Table *
table_new (guint   n_columns,
           guint64 right_aligned)
{
  Table *table = g_new0 (Table, 1);

  table->n_columns = n_columns;
  table->right_aligned = right_aligned;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return table;
}

static void
table_free (Table *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Table, table_free)

/* Adds a row of n_columns cells, each copied on one line (NULL: empty). */
static void
table_add (Table *table,
           ...)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *text = va_arg (args, const char *);
      char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

      g_ptr_array_add (row, g_strdelimit (valid, "\t\r\n", ' '));
    }
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

static void
table_print (Table *table)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    for (guint c = 0; c < table->n_columns; c++)
      widths[c] = MAX (widths[c], display_width (g_ptr_array_index ((GPtrArray *) g_ptr_array_index (table->rows, r), c)));

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, r);
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < table->n_columns; c++)
        {
          const char *text = g_ptr_array_index (row, c);
          guint pad = widths[c] - display_width (text);
          gboolean right = (table->right_aligned & (G_GUINT64_CONSTANT (1) << c)) != 0;

          if (c > 0)
            g_string_append (line, "  ");
          for (guint i = 0; right && i < pad; i++)
            g_string_append_c (line, ' ');
          g_string_append (line, text);
          for (guint i = 0; !right && i < pad; i++)
            g_string_append_c (line, ' ');
        }
      /* No trailing blanks when the last cells are empty. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      printf ("%s\n", line->str);
    }
}

/* Writes @text to stdout in one go, so that a failure leaves nothing half-printed. */
static gboolean
write_all (const char  *text,
           gsize        length,
           GError     **error)
{
  if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
    {
      int saved = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved), _("could not write the result: %s"),
                   g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_format (const char *format,
              gboolean   *json)
{
  *json = FALSE;
  if (format == NULL || g_str_equal (format, "text"))
    return TRUE;
  if (g_str_equal (format, "json"))
    {
      *json = TRUE;
      return TRUE;
    }
  zjtx_cli_error (_("unknown format “%s” (text or json)"), format);
  return FALSE;
}

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
  return write_all (text, length, error);
}

static void
print_support_text (GPtrArray *rows)
{
  g_autoptr(Table) table = table_new (8, 1 << 0);

  if (rows->len == 0)
    {
      printf ("%s\n", _("No support records"));
      return;
    }
  /* Translators: column headers of zjtx-cli support list */
  table_add (table, _("ID"), _("Date"), _("Enterprise"), _("USCC"), _("Clause"), _("Kind of support"),
             _("Particulars"), _("Provided by"));
  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxSupportRow *row = g_ptr_array_index (rows, i);
      ZjtxSupportRecord *r = row->record;
      int kind = zjtx_support_record_get_kind_value (r);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (r)));
      g_autofree char *details = zjtx_support_record_describe (r);

      table_add (table, id, zjtx_support_record_get_date (r), row->enterprise, row->uscc,
                 kind >= 0 ? zjtx_action_get_clause (zjtx_support_kind_get_action (kind)) : "",
                 kind >= 0 ? zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND, kind)
                           : zjtx_support_record_get_kind (r),
                 details, zjtx_support_record_get_unit (r));
    }
  table_print (table);
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
  if (!parse_format (format, &json))
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
  gboolean dry_run = FALSE;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — import support records from a spreadsheet"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxImportReport) report = NULL;
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check and report, but change nothing"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("FILE") },
    { NULL }
  };

  g_option_context_set_description (context,
    _("Reads CSV or .xlsx with the columns 企业名称 or 统一社会信用代码, 扶持类型 and 日期, and those the\n"
      "kind needs (银行, 金额, 利率, 平台类型, 级别, 上市阶段, 人数, 链上角色, 产业, 决定人 …). Enterprises must\n"
      "be on file. A row matching a stored record updates it. Rows with a problem are left out and\n"
      "listed; the others go in together or not at all.\n"
      "Exit status: 0 all rows in, 3 some rows left out, 2 nothing imported."));
  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (rest == NULL || rest[0] == NULL || rest[1] != NULL)
    {
      zjtx_cli_error (_("import takes exactly one file"));
      return ZJTX_CLI_EXIT_USAGE;
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  report = zjtx_support_import_file (store, rest[0], dry_run, &error);
  if (report == NULL)
    {
      g_autofree char *display = g_filename_display_name (rest[0]);
      zjtx_cli_error ("%s: %s", display, error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }

  /* Translators: the encoding and the line of the header row */
  printf (_("Read as %s; header on line %u."), report->encoding, report->header_line);
  printf ("\n");
  for (guint i = 0; i < report->ignored->len; i++)
    {
      printf (_("Column “%s” is not one zjtx knows; it was left out."), (char *) g_ptr_array_index (report->ignored, i));
      printf ("\n");
    }
  printf (dry_run ? _("Dry run, nothing changed: %u rows; would add %u, update %u; %u unchanged; %u rejected.")
                  : _("%u rows: %u added, %u updated, %u unchanged, %u rejected."),
          report->rows, report->added, report->updated, report->unchanged, report->rejected);
  printf ("\n");
  for (guint i = 0; i < report->problems->len; i++)
    {
      ZjtxImportProblem *p = g_ptr_array_index (report->problems, i);

      if (p->column)
        printf (_("line %u, column %s: %s"), p->line, p->column, p->reason);
      else
        printf (_("line %u: %s"), p->line, p->reason);
      printf ("\n");
    }
  return report->rejected > 0 ? EXIT_ROWS_REJECTED : ZJTX_CLI_EXIT_OK;
}

static int
support_export (int   argc,
                char *argv[])
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("— export every support record as a spreadsheet"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  ZjtxTableFormat format;
  guint rows = 0;
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
  if (output == NULL)
    {
      zjtx_cli_error (_("export needs -o FILE"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_table_format_from_name (format_name ? format_name : output, &format))
    {
      zjtx_cli_error (format_name ? _("unknown format “%s” (csv or xlsx)")
                                  : _("cannot tell the format from “%s”: give --format csv or xlsx"),
                      format_name ? format_name : output);
      return ZJTX_CLI_EXIT_USAGE;
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  if (!zjtx_export (store, ZJTX_EXPORT_SUPPORT, format, output, &rows, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }
  {
    g_autofree char *display = g_filename_display_name (output);
    printf (g_dngettext (GETTEXT_PACKAGE, "%u row written to %s", "%u rows written to %s", rows), rows, display);
    printf ("\n");
  }
  return ZJTX_CLI_EXIT_OK;
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
  return write_all (text, length, error);
}

static void
print_tasks_text (GPtrArray *tasks,
                  GPtrArray *units,
                  ZjtxDate   day)
{
  g_autoptr(Table) list = table_new (6, 1 << 0);
  g_autoptr(Table) summary = table_new (6, 0x3e);

  if (tasks->len == 0)
    {
      printf ("%s\n", _("No tasks"));
      return;
    }

  /* Translators: column headers of zjtx-cli tasks list */
  table_add (list, _("ID"), _("Clause"), _("Task"), _("Status"), _("Due"), _("Lead unit"));
  for (guint i = 0; i < tasks->len; i++)
    {
      ZjtxActionTask *t = g_ptr_array_index (tasks, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (t)));

      table_add (list, id, zjtx_action_task_get_clause (t), zjtx_action_task_get_title (t),
                 zjtx_task_status_get_label (zjtx_action_task_get_status_on (t, day)),
                 zjtx_action_task_get_due_date (t), zjtx_action_task_get_owner_unit (t));
    }
  table_print (list);
  printf ("\n");

  /* The per-unit view: what each unit is responsible for, by status. */
  table_add (summary, _("Responsible unit"), zjtx_task_status_get_label (ZJTX_TASK_NOT_STARTED),
             zjtx_task_status_get_label (ZJTX_TASK_UNDER_WAY), zjtx_task_status_get_label (ZJTX_TASK_DONE),
             zjtx_task_status_get_label (ZJTX_TASK_OVERDUE), _("Total"));
  for (guint i = 0; i < units->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (units, i);
      char *counts[ZJTX_N_TASK_STATUSES + 1] = { NULL };

      for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
        counts[s] = g_strdup_printf ("%u", group->counts[s]);
      counts[ZJTX_N_TASK_STATUSES] = g_strdup_printf ("%u", group->total);
      table_add (summary, group->key, counts[0], counts[1], counts[2], counts[3], counts[4]);
      for (guint s = 0; s <= ZJTX_N_TASK_STATUSES; s++)
        g_free (counts[s]);
    }
  table_print (summary);
}

int
zjtx_cli_tasks (int   argc,
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

  /* "tasks list" and "tasks" are the same. */
  if (argc > 1 && g_str_equal (argv[1], "list"))
    {
      argc--;
      argv++;
    }
  g_option_context_set_description (context,
    _("Lists the tasks in the policy's order with their status on the day: not started, under way,\n"
      "done, or overdue (not done, and the day is after the due date), then what each responsible\n"
      "unit has by status. A task counts for each of its responsible units.\n"
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
  if (!parse_format (format, &json) ||
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
