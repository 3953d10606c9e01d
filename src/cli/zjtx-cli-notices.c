/* zjtx-cli-notices.c: zjtx-cli notices, award notices as PDF
 *
 *   zjtx-cli notices (--award ID … | --approved) (-o FILE.pdf | --one-per-enterprise DIR)
 *                    [--date YYYY-MM-DD] [--office TEXT] [--prefix TEXT] [--seal PNG] [--officer NAME]
 *
 * Numbers the notices first (zjtx-notices.h: an award keeps the number it
 * has), then lays them all out, then writes: a seal or layout problem is
 * found before any file is written, and a failed write leaves the numbers
 * given, to be printed again with the same ones.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "model/zjtx-award-query.h"
#include "model/zjtx-notices.h"
#include "render/zjtx-notice-award.h"
#include "zjtx-cli.h"

typedef struct {
  char      *file;      /* "永春县某某有限公司.pdf" */
  GPtrArray *notices;   /* ZjtxNotice, borrowed */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->file);
  g_ptr_array_unref (group->notices);
  g_free (group);
}

/* "永春县某某有限公司" → a file name: no separators or control characters. */
static char *
file_name_for (const char *recipient,
               GHashTable *taken)
{
  g_autoptr(GString) name = g_string_new (NULL);

  for (const char *c = recipient; *c != '\0'; c = g_utf8_next_char (c))
    {
      gunichar u = g_utf8_get_char (c);

      if (u < 0x20 || (u < 0x80 && strchr ("/\\:*?\"<>|", (int) u) != NULL))
        g_string_append_c (name, '_');
      else
        g_string_append_unichar (name, u);
    }
  if (name->len == 0)
    g_string_append (name, "_");
  /* Two recipients of one name get two files. */
  for (guint n = 2; g_hash_table_contains (taken, name->str); n++)
    {
      g_autofree char *base = g_strdup (recipient);

      g_string_printf (name, "%s (%u)", base, n);
    }
  g_hash_table_add (taken, g_strdup (name->str));
  return g_strconcat (name->str, ".pdf", NULL);
}

int
zjtx_cli_notices (int   argc,
                  char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_auto(GStrv) award_texts = NULL;
  g_autofree char *output = NULL;
  g_autofree char *directory = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *office = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *seal = NULL;
  g_autofree char *officer = NULL;
  g_autofree char *cancel = NULL;
  g_autofree char *reason = NULL;
  gboolean approved = FALSE;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_notice_unref);
  g_autoptr(GError) error = NULL;
  ZjtxDate date;
  const GOptionEntry options[] = {
    { "award", 0, 0, G_OPTION_ARG_STRING_ARRAY, &award_texts, N_("The notice of this award (repeat for more)"), N_("ID") },
    { "approved", 0, 0, G_OPTION_ARG_NONE, &approved, N_("The notices of every approved award not yet paid"), NULL },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write all the notices into one PDF file"), N_("FILE") },
    { "one-per-enterprise", 0, 0, G_OPTION_ARG_FILENAME, &directory,
      N_("Write one PDF file per recipient into this existing folder"), N_("DIR") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The date of new notices (default today)"), N_("YYYY-MM-DD") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office, N_("The issuing office (default: the preference)"), N_("TEXT") },
    { "prefix", 0, 0, G_OPTION_ARG_STRING, &prefix,
      N_("The document number prefix, e.g. 永工信商 (default: the preference)"), N_("TEXT") },
    { "seal", 0, 0, G_OPTION_ARG_FILENAME, &seal, N_("A PNG image of the seal (default: the preference)"), N_("PNG") },
    { "cancel", 0, 0, G_OPTION_ARG_STRING, &cancel,
      N_("Cancel the notice of this document number instead (its number stays taken)"), N_("DOC-NUMBER") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the notice is cancelled (with --cancel)"), N_("TEXT") },
    { "officer", 0, 0, G_OPTION_ARG_STRING, &officer,
      N_("The officer recorded as issuing the notices (default: the login name)"), N_("NAME") },
    { NULL }
  };

  context = g_option_context_new (_("— award notices (奖励通知书) as PDF, numbered in sequence"));
  g_option_context_set_description (context,
    _("A notice is printed for an approved or paid award. New notices take the next document numbers of\n"
      "their year, which are never reused; an award that has a notice keeps its number when printed\n"
      "again. Exit status: 0 done; 1 refused (an award not approved, a seal that is not a PNG, a file\n"
      "that cannot be written); 2 bad input."));
  if (!zjtx_cli_parse_options (context, options, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (cancel != NULL)
    {
      g_autoptr(ZjtxStore) cancelling = NULL;
      g_autoptr(GError) local = NULL;
      gint64 id;

      if (award_texts != NULL || approved || output != NULL || directory != NULL)
        {
          zjtx_cli_error (_("--cancel takes no --award, --approved, -o or --one-per-enterprise"));
          return ZJTX_CLI_EXIT_USAGE;
        }
      if (reason == NULL || !zjtx_cli_check_not_blank ("--reason", reason))
        {
          if (reason == NULL)
            zjtx_cli_error (_("%s needs %s TEXT"), "--cancel", "--reason");
          return ZJTX_CLI_EXIT_USAGE;
        }
      if (!zjtx_cli_parse_date_option ("--date", date_text, &date) || !zjtx_cli_check_not_blank ("--officer", officer))
        return ZJTX_CLI_EXIT_USAGE;
      cancelling = zjtx_cli_open_store ();
      if (cancelling == NULL)
        return ZJTX_CLI_EXIT_USAGE;
      if (officer != NULL)
        zjtx_store_set_actor (cancelling, g_strstrip (officer));
      id = zjtx_notices_lookup (cancelling, cancel, &local);
      if (id == 0 || !zjtx_notices_cancel (cancelling, id, date, reason, &local))
        {
          zjtx_cli_error ("%s", local->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      /* Translators: "Cancelled notice 永工信商〔2026〕3号; its number is not given again" */
      printf (_("Cancelled notice %s; its number is not given again\n"), cancel);
      return ZJTX_CLI_EXIT_OK;
    }
  if ((award_texts != NULL) == approved)
    {
      zjtx_cli_error (_("give either --award ID (one or more) or --approved"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if ((output != NULL) == (directory != NULL))
    {
      zjtx_cli_error (_("give either -o FILE.pdf or --one-per-enterprise DIR"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (output != NULL && !g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    {
      zjtx_cli_error (_("-o: “%s” does not end in .pdf"), output);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (directory != NULL && !g_file_test (directory, G_FILE_TEST_IS_DIR))
    {
      zjtx_cli_error (_("--one-per-enterprise: “%s” is not a folder"), directory);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_date_option ("--date", date_text, &date))
    return ZJTX_CLI_EXIT_USAGE;
  for (guint i = 0; award_texts != NULL && award_texts[i] != NULL; i++)
    {
      gint64 id;

      if (!zjtx_cli_parse_award_id (award_texts[i], &id))
        return ZJTX_CLI_EXIT_USAGE;
      g_array_append_val (ids, id);
    }
  if (office == NULL)
    office = zjtx_cli_get_preference ("issuing-office");
  if (prefix == NULL)
    prefix = zjtx_cli_get_preference ("doc-number-prefix");
  if (seal == NULL)
    seal = zjtx_cli_get_preference ("seal-image");
  if (office == NULL || *g_strstrip (office) == '\0')
    {
      zjtx_cli_error (_("--office: no issuing office is given or set in the preferences"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (prefix == NULL)
    {
      zjtx_cli_error (_("--prefix: no document number prefix is given or set in the preferences"));
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (officer != NULL && *g_strstrip (officer) == '\0')
    {
      zjtx_cli_error (_("%s must not be blank"), "--officer");
      return ZJTX_CLI_EXIT_USAGE;
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;
  if (officer != NULL)
    zjtx_store_set_actor (store, officer);

  if (approved)
    {
      g_autoptr(ZjtxAwardQuery) query = zjtx_award_query_new ();
      g_autoptr(GPtrArray) rows = NULL;

      zjtx_award_query_set_status (query, "approved");
      rows = zjtx_award_query_run (query, store, &error);
      if (rows == NULL)
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      for (guint i = 0; i < rows->len; i++)
        g_array_append_val (ids, ((ZjtxAwardRow *) g_ptr_array_index (rows, i))->id);
      if (ids->len == 0)
        {
          zjtx_cli_error (_("No award is approved and waiting for its notice"));
          return ZJTX_CLI_EXIT_FAILURE;
        }
    }

  entries = zjtx_notices_issue (store, (const gint64 *) (gpointer) ids->data, ids->len, date, prefix, &error);
  if (entries == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return g_error_matches (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID)
             ? ZJTX_CLI_EXIT_USAGE : ZJTX_CLI_EXIT_FAILURE;
    }

  /* Everything laid out before anything is written. */
  for (guint i = 0; i < entries->len; i++)
    {
      ZjtxNoticeEntry *entry = g_ptr_array_index (entries, i);
      ZjtxDate issued;
      ZjtxNotice *notice;

      /* A reprint keeps the date it was issued on. */
      if (!zjtx_date_parse (zjtx_notice_entry_get_issued_on (entry), &issued, NULL))
        issued = date;
      notice = zjtx_notice_new_for_award (store, zjtx_notice_entry_get_award_id (entry),
                                          zjtx_notice_entry_get_doc_number (entry), issued, office, seal, &error);
      if (notice == NULL)
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      g_ptr_array_add (notices, notice);
    }

  if (output != NULL)
    {
      if (!zjtx_notice_write_pdf ((ZjtxNotice * const *) notices->pdata, notices->len, output, &error))
        {
          zjtx_cli_error ("%s", error->message);
          return ZJTX_CLI_EXIT_FAILURE;
        }
      if (entries->len == 1)
        /* Translators: "Wrote notice 永工信商〔2026〕1号 to notice.pdf" */
        printf (_("Wrote notice %s to %s\n"),
                zjtx_notice_entry_get_doc_number (g_ptr_array_index (entries, 0)), output);
      else
        /* Translators: "Wrote 3 notices (永工信商〔2026〕1号 … 永工信商〔2026〕3号) to notices.pdf" */
        printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u notice (%s … %s) to %s\n", "Wrote %u notices (%s … %s) to %s\n",
                             entries->len),
                entries->len, zjtx_notice_entry_get_doc_number (g_ptr_array_index (entries, 0)),
                zjtx_notice_entry_get_doc_number (g_ptr_array_index (entries, entries->len - 1)), output);
      return ZJTX_CLI_EXIT_OK;
    }

  /* One file per recipient, holding that recipient's notices. */
  {
    g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, group_free);
    g_autoptr(GPtrArray) order = g_ptr_array_new ();
    g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr(ZjtxAwardQuery) query = zjtx_award_query_new ();
    g_autoptr(GPtrArray) rows = zjtx_award_query_run (query, store, &error);
    g_autoptr(GHashTable) row_of = g_hash_table_new (g_int64_hash, g_int64_equal);

    if (rows == NULL)
      {
        zjtx_cli_error ("%s", error->message);
        return ZJTX_CLI_EXIT_FAILURE;
      }
    for (guint i = 0; i < rows->len; i++)
      {
        ZjtxAwardRow *row = g_ptr_array_index (rows, i);

        g_hash_table_insert (row_of, &row->id, row);
      }
    for (guint i = 0; i < entries->len; i++)
      {
        gint64 award_id = zjtx_notice_entry_get_award_id (g_ptr_array_index (entries, i));
        ZjtxAwardRow *row = g_hash_table_lookup (row_of, &award_id);
        g_autofree char *key = g_strdup_printf ("%s/%" G_GINT64_FORMAT, row->recipient_type, row->recipient_id);
        Group *group = g_hash_table_lookup (groups, key);

        if (group == NULL)
          {
            group = g_new0 (Group, 1);
            group->file = file_name_for (row->recipient, taken);
            group->notices = g_ptr_array_new ();
            g_hash_table_insert (groups, g_steal_pointer (&key), group);
            g_ptr_array_add (order, group);
          }
        g_ptr_array_add (group->notices, g_ptr_array_index (notices, i));
      }

    for (guint i = 0; i < order->len; i++)
      {
        Group *group = g_ptr_array_index (order, i);
        g_autofree char *path = g_build_filename (directory, group->file, NULL);

        if (!zjtx_notice_write_pdf ((ZjtxNotice * const *) group->notices->pdata, group->notices->len, path, &error))
          {
            zjtx_cli_error ("%s", error->message);
            return ZJTX_CLI_EXIT_FAILURE;
          }
      }
    /* Translators: "Wrote 3 notices into 2 files in notices/" */
    printf (g_dngettext (GETTEXT_PACKAGE, "Wrote %u notice into %u file(s) in %s\n",
                         "Wrote %u notices into %u file(s) in %s\n", entries->len),
            entries->len, order->len, directory);
  }
  return ZJTX_CLI_EXIT_OK;
}
