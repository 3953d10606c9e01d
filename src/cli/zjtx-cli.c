/* zjtx-cli.c: command dispatch and shared helpers of zjtx-cli */

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-i18n.h"
#include "model/zjtx-store.h"
#include "zjtx-cli.h"

typedef struct {
  const char *name;
  int       (*run) (int argc, char *argv[]);
  const char *summary;
} Command;

static const Command commands[] = {
  { "evaluate", zjtx_cli_evaluate, N_("Compute the awards owed, for a facts file or the database") },
  { "policies", zjtx_cli_policies, N_("Show the loaded policies and their rules") },
  { "import", zjtx_cli_import, N_("Import enterprises from a spreadsheet (CSV or .xlsx)") },
  { "export", zjtx_cli_export, N_("Export enterprises, recognitions, monitoring or awards") },
  { "list", zjtx_cli_list, N_("List enterprises, with filters") },
  { "demo", zjtx_cli_demo, N_("Fill an empty database with a fictional county") },
  { "notices", zjtx_cli_notices, N_("Print award notices (奖励通知书) as PDF, numbered in sequence") },
  { "awards", zjtx_cli_awards, N_("The award ledger: list, sync, approve, reject, pay, settle") },
  { "announcement", zjtx_cli_announcement, N_("The public list of approved awards (公示名单) as PDF, .xlsx or CSV") },
  { "support", zjtx_cli_support, N_("Support received under the policy's actions: list, import, export") },
  { "tasks", zjtx_cli_tasks, N_("The tasks of the policy's actions by responsible unit, due and overdue") },
  { "dashboard", zjtx_cli_dashboard, N_("A meeting dashboard (enterprises, parks, rewards, actions) as PNG or PDF") },
  { "bulletin", zjtx_cli_bulletin, N_("The periodic bulletin (定期通报) of a period as PDF") },
};

static char *db_path;

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

const char *
zjtx_cli_get_db_path (void)
{
  return db_path;
}

gboolean
zjtx_cli_parse_options (GOptionContext      *context,
                        const GOptionEntry  *entries,
                        int                 *argc,
                        char              ***argv)
{
  g_autoptr(GError) error = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
zjtx_cli_parse_date_option (const char *option,
                            const char *text,
                            ZjtxDate   *out)
{
  g_autoptr(GError) error = NULL;

  if (text == NULL)
    {
      *out = zjtx_date_today ();
      return TRUE;
    }
  if (!zjtx_date_parse (text, out, &error))
    {
      zjtx_cli_error ("%s: %s", option, error->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
zjtx_cli_parse_id (const char *text,
                   gint64     *out)
{
  guint64 value = 0;

  /* Strictly digits: "+3", " 3" and "3.0" are not ids. */
  if (text[0] != '\0' && strspn (text, "0123456789") == strlen (text) &&
      g_ascii_string_to_unsigned (text, 10, 1, G_MAXINT64, &value, NULL))
    {
      *out = (gint64) value;
      return TRUE;
    }
  return FALSE;
}

gboolean
zjtx_cli_parse_award_id (const char *text,
                         gint64     *out)
{
  if (zjtx_cli_parse_id (text, out))
    return TRUE;
  zjtx_cli_error (_("award id “%s” is not a positive whole number"), text);
  return FALSE;
}

gboolean
zjtx_cli_check_not_blank (const char *option,
                          const char *text)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return TRUE;
  trimmed = g_strstrip (g_strdup (text));
  if (trimmed[0] == '\0')
    {
      /* Translators: %s is an option, "--voucher" */
      zjtx_cli_error (_("%s must not be blank"), option);
      return FALSE;
    }
  return TRUE;
}

char *
zjtx_cli_get_preference (const char *key)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *value = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, "cn.gov.yongchun.Zjtx", TRUE);
  if (schema == NULL || !g_settings_schema_has_key (schema, key))
    return NULL;
  settings = g_settings_new_full (schema, NULL, NULL);
  value = g_strstrip (g_settings_get_string (settings, key));
  return value[0] != '\0' ? g_steal_pointer (&value) : NULL;
}

ZjtxStore *
zjtx_cli_open_store (void)
{
  g_autofree char *path = db_path ? g_strdup (db_path) : zjtx_store_get_default_path ();
  g_autoptr(GError) error = NULL;
  ZjtxStore *store = zjtx_store_open (path, &error);

  if (store == NULL)
    zjtx_cli_error ("%s", error->message);
  else if (zjtx_store_get_backup_error (store) != NULL)
    zjtx_cli_error (_("warning: today's backup could not be made: %s"), zjtx_store_get_backup_error (store)->message);
  return store;
}

/* Takes "--db PATH" or "--db=PATH" out of argv, wherever it stands. */
static gboolean
take_db_option (int    *argc,
                char  **argv)
{
  int out = 0;

  for (int i = 0; i < *argc; i++)
    {
      if (g_str_equal (argv[i], "--db"))
        {
          if (i + 1 >= *argc)
            {
              zjtx_cli_error (_("--db needs the path of a database"));
              return FALSE;
            }
          g_free (db_path);
          db_path = g_strdup (argv[++i]);
        }
      else if (g_str_has_prefix (argv[i], "--db="))
        {
          g_free (db_path);
          db_path = g_strdup (argv[i] + strlen ("--db="));
        }
      else
        argv[out++] = argv[i];
    }
  *argc = out;
  argv[out] = NULL;
  return TRUE;
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

gboolean
zjtx_cli_parse_text_or_json (const char *format,
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

gboolean
zjtx_cli_write_all (const char  *text,
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

/* ------------------------------------------------------------------ */
/* import and export                                                   */

static int
print_import_report (const ZjtxImportReport *report,
                     gboolean                dry_run)
{
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
        /* Translators: "line 17, column 统一社会信用代码: …" */
        printf (_("line %u, column %s: %s"), p->line, p->column, p->reason);
      else
        printf (_("line %u: %s"), p->line, p->reason);
      printf ("\n");
    }
  return report->rejected > 0 ? ZJTX_CLI_EXIT_ROWS_REJECTED : ZJTX_CLI_EXIT_OK;
}

int
zjtx_cli_run_import (GOptionContext    *context,
                     ZjtxCliImportFunc  import,
                     int                argc,
                     char              *argv[])
{
  gboolean dry_run = FALSE;
  g_auto(GStrv) rest = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxImportReport) report = NULL;
  const GOptionEntry entries[] = {
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check and report, but change nothing"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, N_("FILE") },
    { NULL }
  };

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

  report = import (store, rest[0], dry_run, &error);
  if (report == NULL)
    {
      g_autofree char *display = g_filename_display_name (rest[0]);
      zjtx_cli_error ("%s: %s", display, error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }

  return print_import_report (report, dry_run);
}

gboolean
zjtx_cli_parse_export_output (const char      *format_name,
                              const char      *output,
                              ZjtxTableFormat *format)
{
  if (output == NULL)
    {
      zjtx_cli_error (_("export needs -o FILE"));
      return FALSE;
    }
  if (!zjtx_table_format_from_name (format_name ? format_name : output, format))
    {
      zjtx_cli_error (format_name ? _("unknown format “%s” (csv or xlsx)")
                                  : _("cannot tell the format from “%s”: give --format csv or xlsx"),
                      format_name ? format_name : output);
      return FALSE;
    }
  return TRUE;
}

int
zjtx_cli_export_to_file (ZjtxExportWhat   what,
                         ZjtxTableFormat  format,
                         const char      *output)
{
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *display = NULL;
  guint rows = 0;

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  if (!zjtx_export (store, what, format, output, &rows, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }
  display = g_filename_display_name (output);
  printf (g_dngettext (GETTEXT_PACKAGE, "%u row written to %s", "%u rows written to %s", rows), rows, display);
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* an aligned table                                                    */

struct _ZjtxCliTable {
  guint      n_columns;
  guint64    right_aligned;   /* bit i: column i */
  GPtrArray *rows;            /* of GPtrArray of char * */
};

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

ZjtxCliTable *
zjtx_cli_table_new (guint   n_columns,
                    guint64 right_aligned)
{
  ZjtxCliTable *table = g_new0 (ZjtxCliTable, 1);

  table->n_columns = n_columns;
  table->right_aligned = right_aligned;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return table;
}

void
zjtx_cli_table_free (ZjtxCliTable *table)
{
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
zjtx_cli_table_add (ZjtxCliTable *table,
                    ...)
{
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  va_list args;

  va_start (args, table);
  for (guint i = 0; i < table->n_columns; i++)
    {
      const char *text = va_arg (args, const char *);
      char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);

      /* One line per row, whatever a name or a basis holds. */
      g_ptr_array_add (row, g_strdelimit (valid, "\t\r\n", ' '));
    }
  va_end (args);
  g_ptr_array_add (table->rows, row);
}

void
zjtx_cli_table_print (ZjtxCliTable *table)
{
  g_autofree guint *widths = g_new0 (guint, table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    {
      GPtrArray *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], display_width (g_ptr_array_index (row, c)));
    }

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

/* ------------------------------------------------------------------ */
/* command dispatch                                                    */

static void
print_usage (FILE *out)
{
  int width = 0;

  fprintf (out, "%s\n\n", _("Usage: zjtx-cli [--db PATH] COMMAND [OPTION…]"));

  /* The summaries in one column, after the longest command's name. */
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    width = MAX (width, (int) strlen (commands[i].name));
  fprintf (out, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-*s  %s\n", width, commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("--db PATH selects the database (default: the application's own)."));
  fprintf (out, "%s\n", _("Run “zjtx-cli COMMAND --help” for the options of a command."));
}

int
zjtx_cli_main (int   argc,
               char *argv[])
{
  zjtx_i18n_init ();
  g_set_prgname ("zjtx-cli");

  if (!take_db_option (&argc, argv))
    return ZJTX_CLI_EXIT_USAGE;

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
