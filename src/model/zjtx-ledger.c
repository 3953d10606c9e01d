/* zjtx-ledger.c: the award ledger, from proposal to payment */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "core/zjtx-evaluator.h"
#include "zjtx-ledger.h"

G_DEFINE_QUARK (zjtx-ledger-error-quark, zjtx_ledger_error)

void
zjtx_ledger_change_free (ZjtxLedgerChange *change)
{
  if (change == NULL)
    return;
  g_free (change->recipient);
  g_free (change->award_kind);
  g_free (change->status);
  g_free (change->old_basis);
  g_free (change->new_basis);
  g_free (change);
}

/* ------------------------------------------------------------------ */
/* identity                                                            */

/* What an award rests on besides its recipient and kind: a tier's first
 * recognition is rewarded once ever (四（一）: one-off per enterprise and
 * tier, even across policies); park support and service rewards once per
 * policy, whose window bounds them. */
static char *
fact_key_for (const ZjtxAward *award)
{
  switch (award->kind)
    {
    case ZJTX_AWARD_RECOGNITION_INNOVATIVE:
    case ZJTX_AWARD_RECOGNITION_PROVINCIAL:
    case ZJTX_AWARD_RECOGNITION_NATIONAL:
      return g_strdup ("first");
    case ZJTX_AWARD_LOAN_INTEREST_SUBSIDY:
    case ZJTX_AWARD_RENT_SUBSIDY:
    case ZJTX_AWARD_PRODUCTION_REWARD:
    case ZJTX_AWARD_SERVICE_INSTITUTION_REWARD:
    default:
      return g_strconcat ("policy:", award->policy->id, NULL);
    }
}

static char *
identity (const char *recipient_type,
          gint64      recipient_id,
          const char *kind,
          const char *fact_key)
{
  return g_strdup_printf ("%s/%" G_GINT64_FORMAT "/%s/%s", recipient_type, recipient_id, kind, fact_key);
}

static char *
entry_identity (ZjtxLedgerEntry *entry)
{
  gboolean enterprise = g_str_equal (zjtx_ledger_entry_get_recipient_type (entry), "enterprise");

  return identity (zjtx_ledger_entry_get_recipient_type (entry),
                   enterprise ? zjtx_ledger_entry_get_enterprise_id (entry)
                              : zjtx_ledger_entry_get_institution_id (entry),
                   zjtx_ledger_entry_get_kind (entry),
                   zjtx_ledger_entry_get_fact_key (entry));
}

/* "E12" → enterprise 12, "S3" → institution 3 (the store's fact ids). */
static gboolean
parse_recipient (const ZjtxAward  *award,
                 const char      **type,
                 gint64           *id)
{
  const char *r = award->recipient;
  guint64 n;

  if (r == NULL || (r[0] != 'E' && r[0] != 'S') ||
      !g_ascii_string_to_unsigned (r + 1, 10, 1, G_MAXINT64, &n, NULL))
    return FALSE;
  *type = r[0] == 'E' ? "enterprise" : "institution";
  *id = (gint64) n;
  return TRUE;
}

static char *
recipient_name (ZjtxStore       *store,
                ZjtxLedgerEntry *entry)
{
  gboolean enterprise = g_str_equal (zjtx_ledger_entry_get_recipient_type (entry), "enterprise");
  sqlite3 *db = zjtx_store_get_db (store);
  sqlite3_stmt *stmt = NULL;
  char *name = NULL;

  if (sqlite3_prepare_v2 (db, enterprise ? "SELECT name FROM enterprise WHERE id = ?"
                                         : "SELECT name FROM institution WHERE id = ?",
                          -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, enterprise ? zjtx_ledger_entry_get_enterprise_id (entry)
                                              : zjtx_ledger_entry_get_institution_id (entry));
      if (sqlite3_step (stmt) == SQLITE_ROW)
        name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  return name != NULL ? name : g_strdup ("");
}

/* "永春县某某有限公司, Rent subsidy (#12)": how errors name an award. */
static char *
describe (ZjtxStore       *store,
          ZjtxLedgerEntry *entry)
{
  g_autofree char *name = recipient_name (store, entry);
  ZjtxAwardKind kind;
  const char *label = zjtx_award_kind_from_id (zjtx_ledger_entry_get_kind (entry), &kind)
                      ? zjtx_award_kind_get_label (kind) : zjtx_ledger_entry_get_kind (entry);

  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (entry)));

  /* Translators: an award in an error message: recipient, kind, ledger number */
  return g_strdup_printf (_("%s, %s (award %s)"), name, label, number);
}

/* ------------------------------------------------------------------ */
/* sync                                                                */

static ZjtxLedgerChange *
new_change (ZjtxStore            *store,
            ZjtxLedgerChangeKind  kind,
            ZjtxLedgerEntry      *entry,
            ZjtxFen               old_amount,
            const char           *old_basis,
            ZjtxFen               new_amount,
            const char           *new_basis)
{
  ZjtxLedgerChange *change = g_new0 (ZjtxLedgerChange, 1);

  change->kind = kind;
  change->award_id = zjtx_record_get_id (ZJTX_RECORD (entry));
  change->recipient = recipient_name (store, entry);
  change->award_kind = g_strdup (zjtx_ledger_entry_get_kind (entry));
  change->status = g_strdup (zjtx_ledger_entry_get_status (entry));
  change->old_amount = old_amount;
  change->old_basis = g_strdup (old_basis);
  change->new_amount = new_amount;
  change->new_basis = g_strdup (new_basis);
  return change;
}

/* The basis is a sentence in the language of whoever ran the program
 * last: the amount, the event's date, the clause and the policy are what
 * an award is, and what a change must be judged by. */
static gboolean
same_as_computed (ZjtxLedgerEntry *entry,
                  const ZjtxAward *award)
{
  g_autofree char *event_date = zjtx_date_format_iso (award->event_date);

  return zjtx_ledger_entry_get_amount (entry) == award->amount &&
         g_strcmp0 (zjtx_ledger_entry_get_clause (entry), award->clause) == 0 &&
         g_strcmp0 (zjtx_ledger_entry_get_policy_key (entry), award->policy->id) == 0 &&
         g_strcmp0 (zjtx_ledger_entry_get_event_date (entry), event_date) == 0;
}

static void
take_computed (ZjtxLedgerEntry *entry,
               const ZjtxAward *award)
{
  g_autofree char *event_date = zjtx_date_format_iso (award->event_date);

  zjtx_ledger_entry_set_amount (entry, award->amount);
  zjtx_ledger_entry_set_basis (entry, award->basis);
  zjtx_ledger_entry_set_clause (entry, award->clause);
  zjtx_ledger_entry_set_policy_key (entry, award->policy->id);
  zjtx_ledger_entry_set_event_date (entry, event_date);
  zjtx_ledger_entry_set_basis_changed (entry, FALSE);
  zjtx_ledger_entry_set_computed_amount (entry, ZJTX_RECORD_NULL);
  zjtx_ledger_entry_set_computed_basis (entry, NULL);
}

/* Flags @entry (approved or paid) with what the facts give now: @award, or
 * nothing. FALSE if it is already flagged with exactly that, or was settled
 * for exactly that (a paid award keeps what it was settled against, and
 * the officer's reason). */
static gboolean
flag (ZjtxLedgerEntry *entry,
      const ZjtxAward *award)
{
  ZjtxFen amount = award != NULL ? award->amount : ZJTX_RECORD_NULL;
  const char *basis = award != NULL ? award->basis : NULL;
  gboolean same = zjtx_ledger_entry_get_computed_amount (entry) == amount &&
                  (zjtx_ledger_entry_get_computed_basis (entry) == NULL) == (basis == NULL);

  if (same && (zjtx_ledger_entry_get_basis_changed (entry) || zjtx_ledger_entry_get_reason (entry) != NULL))
    return FALSE;
  zjtx_ledger_entry_set_basis_changed (entry, TRUE);
  zjtx_ledger_entry_set_computed_amount (entry, amount);
  zjtx_ledger_entry_set_computed_basis (entry, basis);
  return TRUE;
}

static gboolean
save (ZjtxStore       *store,
      ZjtxLedgerEntry *entry,
      gboolean         dry_run,
      GError         **error)
{
  return dry_run || zjtx_store_save (store, ZJTX_RECORD (entry), error);
}

GPtrArray *
zjtx_ledger_sync (ZjtxStore  *store,
                  ZjtxDate    as_of,
                  ZjtxDate    today,
                  gboolean    dry_run,
                  GError    **error)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_ledger_change_free);
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxFacts) facts = NULL;
  g_autoptr(ZjtxEvaluation) evaluation = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) by_identity = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) computed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *proposed_on = zjtx_date_format_iso (today);

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (as_of != ZJTX_DATE_NONE && today != ZJTX_DATE_NONE, NULL);

  /* Read and written in one transaction: another process's change cannot
   * slip between what was computed and what is saved. */
  if (!zjtx_store_begin (store, error))
    return NULL;

  policies = zjtx_store_load_policies (store, error);
  if (policies != NULL)
    facts = zjtx_store_build_facts (store, as_of, error);
  if (facts != NULL)
    entries = zjtx_store_list (store, ZJTX_TYPE_LEDGER_ENTRY, NULL, NULL, NULL, error);
  if (entries == NULL)
    goto failed;
  evaluation = zjtx_evaluate (facts, policies, as_of);

  for (guint i = 0; i < entries->len; i++)
    {
      ZjtxLedgerEntry *entry = g_ptr_array_index (entries, i);

      g_hash_table_insert (by_identity, entry_identity (entry), entry);
    }

  for (guint i = 0; i < evaluation->awards->len; i++)
    {
      const ZjtxAward *award = &g_array_index (evaluation->awards, ZjtxAward, i);
      g_autofree char *fact_key = fact_key_for (award);
      g_autofree char *key = NULL;
      const char *kind = zjtx_award_kind_to_id (award->kind);
      const char *type;
      ZjtxLedgerEntry *entry;
      gint64 id;

      if (!parse_recipient (award, &type, &id))
        {
          g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID,
                       _("An award is for “%s”, which is not a stored enterprise or institution"),
                       award->recipient);
          goto failed;
        }
      key = identity (type, id, kind, fact_key);
      g_hash_table_add (computed, g_strdup (key));
      entry = g_hash_table_lookup (by_identity, key);

      if (entry == NULL)
        {
          g_autoptr(ZjtxLedgerEntry) added = zjtx_ledger_entry_new ();

          zjtx_ledger_entry_set_recipient_type (added, type);
          if (g_str_equal (type, "enterprise"))
            zjtx_ledger_entry_set_enterprise_id (added, id);
          else
            zjtx_ledger_entry_set_institution_id (added, id);
          zjtx_ledger_entry_set_kind (added, kind);
          zjtx_ledger_entry_set_fact_key (added, fact_key);
          zjtx_ledger_entry_set_proposed_on (added, proposed_on);
          take_computed (added, award);
          if (!save (store, added, dry_run, error))
            goto failed;
          g_ptr_array_add (changes, new_change (store, ZJTX_LEDGER_CHANGE_ADDED, added,
                                                ZJTX_RECORD_NULL, NULL, award->amount, award->basis));
        }
      else if (g_str_equal (zjtx_ledger_entry_get_status (entry), "proposed"))
        {
          ZjtxFen old_amount = zjtx_ledger_entry_get_amount (entry);
          g_autofree char *old_basis = g_strdup (zjtx_ledger_entry_get_basis (entry));

          if (same_as_computed (entry, award))
            continue;
          take_computed (entry, award);
          if (!save (store, entry, dry_run, error))
            goto failed;
          g_ptr_array_add (changes, new_change (store, ZJTX_LEDGER_CHANGE_UPDATED, entry,
                                                old_amount, old_basis, award->amount, award->basis));
        }
      else if (g_str_equal (zjtx_ledger_entry_get_status (entry), "rejected"))
        continue;   /* decided: the facts reopen nothing */
      else if (same_as_computed (entry, award))
        {
          /* Approved or paid, and the facts give it again as it was. */
          if (!zjtx_ledger_entry_get_basis_changed (entry))
            continue;
          zjtx_ledger_entry_set_basis_changed (entry, FALSE);
          zjtx_ledger_entry_set_computed_amount (entry, ZJTX_RECORD_NULL);
          zjtx_ledger_entry_set_computed_basis (entry, NULL);
          if (!save (store, entry, dry_run, error))
            goto failed;
          g_ptr_array_add (changes, new_change (store, ZJTX_LEDGER_CHANGE_UNFLAGGED, entry,
                                                award->amount, award->basis, award->amount, award->basis));
        }
      else if (flag (entry, award))
        {
          if (!save (store, entry, dry_run, error))
            goto failed;
          g_ptr_array_add (changes, new_change (store, ZJTX_LEDGER_CHANGE_FLAGGED, entry,
                                                zjtx_ledger_entry_get_amount (entry),
                                                zjtx_ledger_entry_get_basis (entry),
                                                award->amount, award->basis));
        }
    }

  /* What the facts no longer give. */
  for (guint i = 0; i < entries->len; i++)
    {
      ZjtxLedgerEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *key = entry_identity (entry);
      const char *status = zjtx_ledger_entry_get_status (entry);

      if (g_hash_table_contains (computed, key) || g_str_equal (status, "rejected"))
        continue;
      if (g_str_equal (status, "proposed"))
        {
          g_ptr_array_add (changes, new_change (store, ZJTX_LEDGER_CHANGE_WITHDRAWN, entry,
                                                zjtx_ledger_entry_get_amount (entry),
                                                zjtx_ledger_entry_get_basis (entry),
                                                ZJTX_RECORD_NULL, NULL));
          if (!dry_run && !zjtx_store_delete (store, ZJTX_RECORD (entry), error))
            goto failed;
        }
      else if (flag (entry, NULL))
        {
          if (!save (store, entry, dry_run, error))
            goto failed;
          g_ptr_array_add (changes, new_change (store, ZJTX_LEDGER_CHANGE_FLAGGED, entry,
                                                zjtx_ledger_entry_get_amount (entry),
                                                zjtx_ledger_entry_get_basis (entry),
                                                ZJTX_RECORD_NULL, NULL));
        }
    }

  if (dry_run)
    {
      zjtx_store_rollback (store);
      return g_steal_pointer (&changes);
    }
  if (!zjtx_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&changes);

failed:
  zjtx_store_rollback (store);
  return NULL;
}

/* ------------------------------------------------------------------ */
/* steps                                                               */

static ZjtxLedgerEntry *
load_entry (ZjtxStore  *store,
            gint64      id,
            GError    **error)
{
  g_autoptr(GError) local = NULL;
  ZjtxLedgerEntry *entry = zjtx_store_load (store, ZJTX_TYPE_LEDGER_ENTRY, id, &local);

  if (entry != NULL)
    return entry;
  if (g_error_matches (local, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_NOT_FOUND,
                   _("There is no award %s in the ledger"), number);
    }
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

const char *
zjtx_ledger_status_label (const char *status)
{
  if (g_strcmp0 (status, "proposed") == 0)
    return C_("award status", "proposed");
  if (g_strcmp0 (status, "approved") == 0)
    return C_("award status", "approved");
  if (g_strcmp0 (status, "paid") == 0)
    return C_("award status", "paid");
  return C_("award status", "rejected");
}

static gboolean
refuse_state (ZjtxStore       *store,
              ZjtxLedgerEntry *entry,
              const char      *step,
              GError         **error)
{
  g_autofree char *what = describe (store, entry);

  /* Translators: "<award>: it is paid; only an approved award can be paid" */
  g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE, _("%s: it is %s; %s"),
               what, zjtx_ledger_status_label (zjtx_ledger_entry_get_status (entry)), step);
  return FALSE;
}

static gboolean
refuse_flagged (ZjtxStore       *store,
                ZjtxLedgerEntry *entry,
                GError         **error)
{
  g_autofree char *what = describe (store, entry);

  g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_FLAGGED,
               _("%s: the facts behind it have changed since it was approved; settle it first"), what);
  return FALSE;
}

static gboolean
check_text (const char  *text,
            const char  *what,
            guint        max_chars,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (trimmed[0] == '\0')
    {
      /* Translators: "a reason is needed" / "a voucher number is needed" */
      g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID, _("%s is needed"), what);
      return FALSE;
    }
  if (g_utf8_strlen (trimmed, -1) > max_chars)
    {
      g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID,
                   _("%s is longer than %u characters"), what, max_chars);
      return FALSE;
    }
  return TRUE;
}

/* Loan interest subsidy and rent subsidy are not both given under one
 * policy (不重复享受, 四（二）): is the other one approved or paid? */
static gboolean
check_exclusive (ZjtxStore       *store,
                 ZjtxLedgerEntry *entry,
                 GError         **error)
{
  const char *kind = zjtx_ledger_entry_get_kind (entry);
  const char *other;
  sqlite3_stmt *stmt = NULL;
  gint64 other_id = 0;

  if (g_str_equal (kind, zjtx_award_kind_to_id (ZJTX_AWARD_LOAN_INTEREST_SUBSIDY)))
    other = zjtx_award_kind_to_id (ZJTX_AWARD_RENT_SUBSIDY);
  else if (g_str_equal (kind, zjtx_award_kind_to_id (ZJTX_AWARD_RENT_SUBSIDY)))
    other = zjtx_award_kind_to_id (ZJTX_AWARD_LOAN_INTEREST_SUBSIDY);
  else
    return TRUE;

  if (sqlite3_prepare_v2 (zjtx_store_get_db (store),
                          "SELECT id FROM award WHERE enterprise_id = ? AND kind = ? AND fact_key = ? "
                          "AND (status = 'approved' OR status = 'paid')", -1, &stmt, NULL) != SQLITE_OK)
    return zjtx_store_set_sqlite_error (store, sqlite3_errcode (zjtx_store_get_db (store)),
                                        _("reading the award ledger"), error);
  sqlite3_bind_int64 (stmt, 1, zjtx_ledger_entry_get_enterprise_id (entry));
  sqlite3_bind_text (stmt, 2, other, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, zjtx_ledger_entry_get_fact_key (entry), -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    other_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);

  if (other_id != 0)
    {
      g_autofree char *what = describe (store, entry);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, other_id);

      g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_EXCLUSIVE,
                   _("%s: award %s under the same policy is already approved; "
                     "the loan interest subsidy and the rent subsidy are not both given"),
                   what, number);
      return FALSE;
    }
  return TRUE;
}

gboolean
zjtx_ledger_approve (ZjtxStore     *store,
                     const gint64  *ids,
                     guint          n_ids,
                     ZjtxDate       date,
                     GError       **error)
{
  g_autofree char *on = zjtx_date_format_iso (date);

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_ids == 0 || ids != NULL, FALSE);

  if (on == NULL)
    {
      g_set_error_literal (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID, _("The date is not a date"));
      return FALSE;
    }
  if (!zjtx_store_begin (store, error))
    return FALSE;
  for (guint i = 0; i < n_ids; i++)
    {
      g_autoptr(ZjtxLedgerEntry) entry = load_entry (store, ids[i], error);

      if (entry == NULL)
        goto failed;
      if (!g_str_equal (zjtx_ledger_entry_get_status (entry), "proposed"))
        {
          refuse_state (store, entry, _("only a proposed award can be approved"), error);
          goto failed;
        }
      if (zjtx_ledger_entry_get_basis_changed (entry))
        {
          refuse_flagged (store, entry, error);
          goto failed;
        }
      if (strcmp (on, zjtx_ledger_entry_get_proposed_on (entry)) < 0)
        {
          g_autofree char *what = describe (store, entry);

          g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID,
                       _("%s: it cannot be approved on %s, before it was proposed on %s"),
                       what, on, zjtx_ledger_entry_get_proposed_on (entry));
          goto failed;
        }
      /* Checked against what is approved so far, this batch included. */
      if (!check_exclusive (store, entry, error))
        goto failed;
      zjtx_ledger_entry_set_status (entry, "approved");
      zjtx_ledger_entry_set_approved_on (entry, on);
      zjtx_ledger_entry_set_approved_by (entry, zjtx_store_get_actor (store));
      if (!zjtx_store_save (store, ZJTX_RECORD (entry), error))
        goto failed;
    }
  return zjtx_store_commit (store, error);

failed:
  zjtx_store_rollback (store);
  return FALSE;
}

/* What each step on one award starts with: its date as ISO text, the
 * officer's text (a reason, a voucher) trimmed, and the award. NULL with
 * the error naming what is wrong. */
static ZjtxLedgerEntry *
begin_step (ZjtxStore   *store,
            gint64       id,
            ZjtxDate     date,
            const char  *text,
            const char  *text_name,
            guint        max_chars,
            char       **on,
            char       **trimmed,
            GError     **error)
{
  *on = zjtx_date_format_iso (date);
  if (*on == NULL)
    {
      g_set_error_literal (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID, _("The date is not a date"));
      return NULL;
    }
  if (!check_text (text, text_name, max_chars, error))
    return NULL;
  *trimmed = g_strstrip (g_strdup (text));
  return load_entry (store, id, error);
}

gboolean
zjtx_ledger_reject (ZjtxStore   *store,
                    gint64       id,
                    ZjtxDate     date,
                    const char  *reason,
                    GError     **error)
{
  g_autoptr(ZjtxLedgerEntry) entry = NULL;
  g_autofree char *on = NULL;
  g_autofree char *trimmed = NULL;
  const char *status;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);

  entry = begin_step (store, id, date, reason, _("A reason"), 500, &on, &trimmed, error);
  if (entry == NULL)
    return FALSE;
  status = zjtx_ledger_entry_get_status (entry);
  if (!g_str_equal (status, "proposed") && !g_str_equal (status, "approved"))
    return refuse_state (store, entry, _("only a proposed or approved award can be rejected"), error);

  zjtx_ledger_entry_set_status (entry, "rejected");
  zjtx_ledger_entry_set_rejected_on (entry, on);
  zjtx_ledger_entry_set_rejected_by (entry, zjtx_store_get_actor (store));
  zjtx_ledger_entry_set_reason (entry, trimmed);
  return zjtx_store_save (store, ZJTX_RECORD (entry), error);
}

gboolean
zjtx_ledger_pay (ZjtxStore   *store,
                 gint64       id,
                 ZjtxDate     date,
                 const char  *voucher,
                 GError     **error)
{
  g_autoptr(ZjtxLedgerEntry) entry = NULL;
  g_autofree char *on = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);

  entry = begin_step (store, id, date, voucher, _("A voucher number"), 64, &on, &trimmed, error);
  if (entry == NULL)
    return FALSE;
  if (!g_str_equal (zjtx_ledger_entry_get_status (entry), "approved"))
    return refuse_state (store, entry, _("only an approved award can be paid"), error);
  if (zjtx_ledger_entry_get_basis_changed (entry))
    return refuse_flagged (store, entry, error);
  if (strcmp (on, zjtx_ledger_entry_get_approved_on (entry)) < 0)
    {
      g_autofree char *what = describe (store, entry);

      g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID,
                   _("%s: it cannot be paid on %s, before it was approved on %s"),
                   what, on, zjtx_ledger_entry_get_approved_on (entry));
      return FALSE;
    }

  zjtx_ledger_entry_set_status (entry, "paid");
  zjtx_ledger_entry_set_paid_on (entry, on);
  zjtx_ledger_entry_set_paid_by (entry, zjtx_store_get_actor (store));
  zjtx_ledger_entry_set_voucher (entry, trimmed);
  return zjtx_store_save (store, ZJTX_RECORD (entry), error);
}

gboolean
zjtx_ledger_settle (ZjtxStore   *store,
                    gint64       id,
                    ZjtxDate     date,
                    const char  *reason,
                    GError     **error)
{
  g_autoptr(ZjtxLedgerEntry) entry = NULL;
  g_autofree char *on = NULL;
  g_autofree char *trimmed = NULL;
  const char *status;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);

  entry = begin_step (store, id, date, reason, _("A reason"), 500, &on, &trimmed, error);
  if (entry == NULL)
    return FALSE;
  if (!zjtx_ledger_entry_get_basis_changed (entry))
    {
      g_autofree char *what = describe (store, entry);

      g_set_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE,
                   _("%s: its basis has not changed; there is nothing to settle"), what);
      return FALSE;
    }

  status = zjtx_ledger_entry_get_status (entry);
  zjtx_ledger_entry_set_reason (entry, trimmed);
  if (g_str_equal (status, "approved") &&
      zjtx_ledger_entry_get_computed_amount (entry) == ZJTX_RECORD_NULL)
    {
      /* Nothing is due any more: the approval is withdrawn. */
      zjtx_ledger_entry_set_status (entry, "rejected");
      zjtx_ledger_entry_set_rejected_on (entry, on);
      zjtx_ledger_entry_set_rejected_by (entry, zjtx_store_get_actor (store));
      zjtx_ledger_entry_set_basis_changed (entry, FALSE);
    }
  else if (g_str_equal (status, "approved"))
    {
      /* Proposed again with what the facts give now, to be approved again. */
      zjtx_ledger_entry_set_amount (entry, zjtx_ledger_entry_get_computed_amount (entry));
      zjtx_ledger_entry_set_basis (entry, zjtx_ledger_entry_get_computed_basis (entry));
      zjtx_ledger_entry_set_status (entry, "proposed");
      zjtx_ledger_entry_set_approved_on (entry, NULL);
      zjtx_ledger_entry_set_approved_by (entry, NULL);
      zjtx_ledger_entry_set_basis_changed (entry, FALSE);
      zjtx_ledger_entry_set_computed_amount (entry, ZJTX_RECORD_NULL);
      zjtx_ledger_entry_set_computed_basis (entry, NULL);
    }
  else
    {
      /* Paid is paid: the flag goes, the reason and the audit log keep
       * what the facts gave and how the difference was settled. */
      zjtx_ledger_entry_set_basis_changed (entry, FALSE);
    }
  return zjtx_store_save (store, ZJTX_RECORD (entry), error);
}
