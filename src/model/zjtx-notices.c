/* zjtx-notices.c: award notices and their document numbers */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-ledger-entry.h"
#include "zjtx-notices.h"

G_DEFINE_QUARK (zjtx-notices-error-quark, zjtx_notices_error)

/* A prefix as the bureau writes it (永工信商): no brackets or 号 of its
 * own, which the number adds. */
#define PREFIX_MAX_CHARS 20

char *
zjtx_notices_format_doc_number (const char *prefix,
                                int         year,
                                gint64      number)
{
  return g_strdup_printf ("%s〔%d〕%" G_GINT64_FORMAT "号", prefix, year, number);
}

/* Without spaces around, the wide one (U+3000) an input method types
 * included; a line break or tab stays, to be refused, not dropped. */
static char *
strip_spaces (const char *text)
{
  const char *start = text, *end = text + strlen (text);

  while (*start != '\0' && g_unichar_type (g_utf8_get_char (start)) == G_UNICODE_SPACE_SEPARATOR)
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *previous = g_utf8_prev_char (end);

      if (g_unichar_type (g_utf8_get_char (previous)) != G_UNICODE_SPACE_SEPARATOR)
        break;
      end = previous;
    }
  return g_strndup (start, end - start);
}

gboolean
zjtx_notices_check_prefix (const char  *prefix,
                           GError     **error)
{
  static const char * const forbidden[] = { "〔", "〕", "[", "]", "号", "\n", "\r", "\t", NULL };
  g_autofree char *trimmed = NULL;

  if (prefix == NULL || !g_utf8_validate (prefix, -1, NULL))
    prefix = "";
  trimmed = strip_spaces (prefix);
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID,
                           _("The document number prefix is empty (e.g. 永工信商)"));
      return FALSE;
    }
  if (g_utf8_strlen (trimmed, -1) > PREFIX_MAX_CHARS)
    {
      g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID,
                   _("The document number prefix is longer than %d characters"), PREFIX_MAX_CHARS);
      return FALSE;
    }
  for (guint i = 0; forbidden[i] != NULL; i++)
    if (strstr (trimmed, forbidden[i]) != NULL)
      {
        g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID,
                     _("The document number prefix “%s” must not contain “%s”: the year and 号 are added to it"),
                     trimmed, forbidden[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
query_int64 (ZjtxStore   *store,
             const char  *sql,
             gint64       arg,
             gint64      *value,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL);

  *value = 0;
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, arg);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *value = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return zjtx_store_set_sqlite_error (store, rc, _("numbering award notices"), error);
  return TRUE;
}

GPtrArray *
zjtx_notices_issue (ZjtxStore     *store,
                    const gint64  *award_ids,
                    guint          n_ids,
                    ZjtxDate       date,
                    const char    *prefix,
                    GError       **error)
{
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *issued_on = zjtx_date_format_iso (date);
  g_autofree char *trimmed = NULL;
  int year, month, day;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (n_ids == 0 || award_ids != NULL, NULL);

  if (issued_on == NULL)
    {
      g_set_error_literal (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID, _("The date is not a date"));
      return NULL;
    }
  if (!zjtx_notices_check_prefix (prefix, error))
    return NULL;
  trimmed = strip_spaces (prefix);
  zjtx_date_to_ymd (date, &year, &month, &day);

  /* The numbers are read and taken in one transaction: two officers
   * printing at once cannot get the same one (and UNIQUE (year, number)
   * would refuse it anyway). */
  if (!zjtx_store_begin (store, error))
    return NULL;
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(ZjtxLedgerEntry) award = NULL;
      g_autoptr(ZjtxNoticeEntry) notice = NULL;
      g_autoptr(GError) local = NULL;
      g_autofree char *doc_number = NULL;
      const char *status;
      gint64 live = 0, last = 0;

      award = zjtx_store_load (store, ZJTX_TYPE_LEDGER_ENTRY, award_ids[i], &local);
      if (award == NULL)
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, award_ids[i]);

          if (g_error_matches (local, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND))
            g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_NOT_FOUND,
                         _("There is no award %s in the ledger"), number);
          else
            g_propagate_error (error, g_steal_pointer (&local));
          goto failed;
        }
      status = zjtx_ledger_entry_get_status (award);
      if (!g_str_equal (status, "approved") && !g_str_equal (status, "paid"))
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, award_ids[i]);

          g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_STATE,
                       _("Award %s is not approved: a notice is printed for an approved award"), number);
          goto failed;
        }

      /* Its amount may no longer be what the facts give: not on paper
       * until an officer has settled it. */
      if (zjtx_ledger_entry_get_basis_changed (award))
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, award_ids[i]);

          g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_STATE,
                       _("Award %s rests on facts that have changed since it was approved: settle it first"),
                       number);
          goto failed;
        }

      if (!query_int64 (store, "SELECT id FROM notice WHERE award_id = ? AND cancelled_on IS NULL",
                        award_ids[i], &live, error))
        goto failed;
      if (live != 0)
        {
          notice = zjtx_store_load (store, ZJTX_TYPE_NOTICE_ENTRY, live, error);
          if (notice == NULL)
            goto failed;
          g_ptr_array_add (notices, g_steal_pointer (&notice));
          continue;
        }

      if (!query_int64 (store, "SELECT coalesce (max (number), 0) FROM notice WHERE year = ?", year, &last, error))
        goto failed;
      doc_number = zjtx_notices_format_doc_number (trimmed, year, last + 1);
      notice = zjtx_notice_entry_new ();
      zjtx_notice_entry_set_award_id (notice, award_ids[i]);
      zjtx_notice_entry_set_year (notice, year);
      zjtx_notice_entry_set_number (notice, last + 1);
      zjtx_notice_entry_set_doc_number (notice, doc_number);
      zjtx_notice_entry_set_issued_on (notice, issued_on);
      zjtx_notice_entry_set_issued_by (notice, zjtx_store_get_actor (store));
      if (!zjtx_store_save (store, ZJTX_RECORD (notice), error))
        goto failed;
      g_ptr_array_add (notices, g_steal_pointer (&notice));
    }
  if (!zjtx_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&notices);

failed:
  zjtx_store_rollback (store);
  return NULL;
}

gint64
zjtx_notices_lookup (ZjtxStore   *store,
                     const char  *doc_number,
                     GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  int rc;

  g_return_val_if_fail (ZJTX_IS_STORE (store), 0);

  rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), "SELECT id FROM notice WHERE doc_number = ?", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, doc_number != NULL ? doc_number : "", -1, SQLITE_TRANSIENT);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          id = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_DONE;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("numbering award notices"), error);
      return 0;
    }
  if (id == 0)
    g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_NOT_FOUND,
                 _("There is no notice %s"), doc_number != NULL ? doc_number : "");
  return id;
}

gboolean
zjtx_notices_cancel (ZjtxStore   *store,
                     gint64       notice_id,
                     ZjtxDate     date,
                     const char  *reason,
                     GError     **error)
{
  g_autoptr(ZjtxNoticeEntry) notice = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *on = zjtx_date_format_iso (date);
  g_autofree char *trimmed = g_strstrip (g_strdup (reason != NULL ? reason : ""));

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);

  if (on == NULL)
    {
      g_set_error_literal (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID, _("The date is not a date"));
      return FALSE;
    }
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID,
                           _("A reason is needed to cancel a notice"));
      return FALSE;
    }
  notice = zjtx_store_load (store, ZJTX_TYPE_NOTICE_ENTRY, notice_id, &local);
  if (notice == NULL)
    {
      if (g_error_matches (local, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND))
        {
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, notice_id);

          g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_NOT_FOUND,
                       _("There is no notice %s"), number);
        }
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (zjtx_notice_entry_get_cancelled_on (notice) != NULL)
    {
      g_set_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_STATE,
                   _("Notice %s is already cancelled"), zjtx_notice_entry_get_doc_number (notice));
      return FALSE;
    }
  zjtx_notice_entry_set_cancelled_on (notice, on);
  zjtx_notice_entry_set_cancelled_by (notice, zjtx_store_get_actor (store));
  zjtx_notice_entry_set_cancel_reason (notice, trimmed);
  return zjtx_store_save (store, ZJTX_RECORD (notice), error);
}
