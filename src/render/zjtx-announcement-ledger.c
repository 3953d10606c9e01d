/* zjtx-announcement-ledger.c: the announcement list of the ledger's approved awards */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-policy.h"
#include "model/zjtx-award-query.h"
#include "zjtx-announcement-ledger.h"
#include "zjtx-notice-award.h"

typedef enum {
  OUTPUT_PDF,
  OUTPUT_TABLE,
} Output;

static gboolean
output_from_path (const char *path,
                  Output     *out)
{
  g_autofree char *lower = g_utf8_strdown (path, -1);

  if (g_str_has_suffix (lower, ".pdf"))
    *out = OUTPUT_PDF;
  else if (g_str_has_suffix (lower, ".xlsx") || g_str_has_suffix (lower, ".csv"))
    *out = OUTPUT_TABLE;
  else
    return FALSE;
  return TRUE;
}

gboolean
zjtx_announcement_path_is_known (const char *path)
{
  Output format;

  return path != NULL && output_from_path (path, &format);
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
 * met; their strings are @set's. */
static GArray *
cited_policies (ZjtxPolicySet  *set,
                GPtrArray      *rows,
                GError        **error)
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

          g_set_error (error, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_WRITE,
                       _("The policy “%s” of award %s is not in the database"), row->policy_key, number);
          return NULL;
        }
      g_hash_table_add (seen, row->policy_key);
      entry.title = policy->title;
      entry.doc_number = policy->doc_number;
      g_array_append_val (cited, entry);
    }
  return g_steal_pointer (&cited);
}

gboolean
zjtx_announcement_save_approved (ZjtxStore   *store,
                                 const char  *kind,
                                 int          year,
                                 const char  *issuing_office,
                                 const char  *title,
                                 const char  *period,
                                 ZjtxDate     date,
                                 const char  *path,
                                 guint       *n_awards,
                                 ZjtxFen     *total,
                                 GError     **error)
{
  g_autoptr(ZjtxAwardQuery) query = zjtx_award_query_new ();
  g_autoptr(GPtrArray) awards = NULL;
  g_autoptr(ZjtxPolicySet) policy_set = NULL;
  g_autoptr(GArray) policies = NULL;
  g_autofree ZjtxAnnouncementRow *rows = NULL;
  ZjtxFen sum = 0;
  Output format;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (issuing_office != NULL && path != NULL, FALSE);

  if (!output_from_path (path, &format))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_FORMAT,
                   _("Cannot tell the format of “%s”: the name must end in .pdf, .xlsx or .csv"), display);
      return FALSE;
    }

  zjtx_award_query_set_status (query, "approved");
  zjtx_award_query_set_kind (query, kind);
  zjtx_award_query_set_year (query, year);
  awards = zjtx_award_query_run (query, store, error);
  if (awards == NULL)
    return FALSE;
  if (awards->len == 0)
    {
      g_set_error_literal (error, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_EMPTY,
                           _("No approved award to announce: nothing was written"));
      return FALSE;
    }
  /* An approved award whose facts changed may not be owed what it says:
   * the list is not posted until an officer has settled it. */
  {
    guint flagged = 0;

    for (guint i = 0; i < awards->len; i++)
      if (((ZjtxAwardRow *) g_ptr_array_index (awards, i))->flagged)
        flagged++;
    if (flagged > 0)
      {
        g_set_error (error, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_EMPTY,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "%u approved award rests on facts that have changed: settle it before "
                                  "the list is posted; nothing was written",
                                  "%u approved awards rest on facts that have changed: settle them before "
                                  "the list is posted; nothing was written", flagged),
                     flagged);
        return FALSE;
      }
  }
  /* The query puts flagged awards first, for the window; a list posted
   * wants one order. */
  g_ptr_array_sort (awards, compare_rows_by_id);

  policy_set = zjtx_store_load_policies (store, error);
  if (policy_set == NULL)
    return FALSE;
  policies = cited_policies (policy_set, awards, error);
  if (policies == NULL)
    return FALSE;

  rows = g_new0 (ZjtxAnnouncementRow, awards->len);
  for (guint i = 0; i < awards->len; i++)
    {
      ZjtxAwardRow *award = g_ptr_array_index (awards, i);

      rows[i].recipient = award->recipient;
      rows[i].uscc = award->uscc;
      rows[i].kind_label = zjtx_document_kind_label (award->kind);
      rows[i].amount = award->amount;
      rows[i].clause = award->clause;
      sum += award->amount;
    }

  if (format == OUTPUT_PDF)
    {
      ZjtxAnnouncementData data = {
        .issuing_office = issuing_office,
        .title = title,
        .date = date,
        .period = period,
        .policies = (const ZjtxAnnouncementPolicy *) (gpointer) policies->data,
        .n_policies = policies->len,
        .rows = rows,
        .n_rows = awards->len,
      };
      g_autoptr(ZjtxAnnouncement) announcement = zjtx_announcement_new (&data);

      if (!zjtx_announcement_write_pdf (announcement, path, error))
        return FALSE;
    }
  else if (!zjtx_announcement_write_table (rows, awards->len, path, error))
    return FALSE;

  if (n_awards != NULL)
    *n_awards = awards->len;
  if (total != NULL)
    *total = sum;
  return TRUE;
}
