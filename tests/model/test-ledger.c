/* test-ledger.c: the award ledger's steps, refusals and recomputation
 *
 * On a hand-built county under 永政办规〔2024〕1号 (window 2024-01-23 to
 * 2025-12-31, provincial recognition 100,000.00, loan subsidy 1% a year,
 * rent subsidy 20%): every step and every refusal the issue lists, with
 * exact amounts in fen.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/zjtx-award-query.h"
#include "model/zjtx-dashboard-data.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-housing-loan.h"
#include "model/zjtx-ledger.h"
#include "model/zjtx-notices.h"
#include "model/zjtx-park.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-rent.h"
#include "model/zjtx-store.h"
#include "model-test-util.h"

typedef struct {
  char      *dir;
  ZjtxStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("zjtx-ledger-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "county.db", NULL);
  f->store = zjtx_store_open (path, &error);
  g_assert_no_error (error);
  zjtx_store_set_actor (f->store, "林科员");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  model_test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
save (Fixture  *f,
      gpointer  record)
{
  model_test_save (f->store, record);
}

static ZjtxEnterprise *
add_enterprise (Fixture    *f,
                const char *name)
{
  ZjtxEnterprise *e = zjtx_enterprise_new ();

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_township (e, "蓬壶镇");
  save (f, e);
  return e;
}

static ZjtxRecognition *
add_recognition (Fixture        *f,
                 ZjtxEnterprise *e,
                 const char     *tier,
                 const char     *on)
{
  ZjtxRecognition *r = zjtx_recognition_new ();

  zjtx_recognition_set_enterprise_id (r, zjtx_record_get_id (ZJTX_RECORD (e)));
  zjtx_recognition_set_tier (r, tier);
  zjtx_recognition_set_date (r, on);
  save (f, r);
  return r;
}

static GPtrArray *
sync_ledger (Fixture    *f,
      const char *as_of,
      gboolean    dry_run)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = zjtx_ledger_sync (f->store, model_test_date (as_of), model_test_date ("2025-07-01"), dry_run, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);
  return changes;
}

static gint64
query (Fixture    *f,
       const char *sql)
{
  return model_test_query_int (f->store, sql);
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  return model_test_query_text (f->store, sql);
}

static ZjtxLedgerEntry *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  ZjtxLedgerEntry *entry = zjtx_store_load (f->store, ZJTX_TYPE_LEDGER_ENTRY, id, &error);

  g_assert_no_error (error);
  return entry;
}

/* A provincial first recognition inside the window: proposed once, approved,
 * paid; each refusal on the way; nothing proposed twice. */
static void
test_steps_and_refusals (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(ZjtxEnterprise) e = add_enterprise (f, "永春县达埔制香有限公司");
  g_autoptr(ZjtxRecognition) r = add_recognition (f, e, "provincial", "2024-05-01");
  g_autoptr(GPtrArray) changes = sync_ledger (f, "2025-06-30", FALSE);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(ZjtxLedgerEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxLedgerChange *change;
  gint64 id, audits;

  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpint (change->kind, ==, ZJTX_LEDGER_CHANGE_ADDED);
  g_assert_cmpstr (change->recipient, ==, "永春县达埔制香有限公司");
  g_assert_cmpstr (change->award_kind, ==, "recognition_provincial");
  g_assert_cmpint (change->old_amount, ==, ZJTX_RECORD_NULL);
  g_assert_cmpint (change->new_amount, ==, 10000000);
  id = change->award_id;
  g_assert_cmpint (id, >, 0);

  entry = load (f, id);
  g_assert_cmpstr (zjtx_ledger_entry_get_status (entry), ==, "proposed");
  g_assert_cmpstr (zjtx_ledger_entry_get_fact_key (entry), ==, "first");
  g_assert_cmpstr (zjtx_ledger_entry_get_policy_key (entry), ==, "yongchun-2024-1");
  g_assert_cmpstr (zjtx_ledger_entry_get_clause (entry), ==, "四（一）");
  g_assert_cmpstr (zjtx_ledger_entry_get_event_date (entry), ==, "2024-05-01");
  g_assert_cmpstr (zjtx_ledger_entry_get_proposed_on (entry), ==, "2025-07-01");
  g_assert_cmpint (zjtx_ledger_entry_get_amount (entry), ==, 10000000);
  g_clear_object (&entry);

  /* Recomputed, nothing changes; a re-review earns nothing more. */
  again = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (again->len, ==, 0);
  g_clear_pointer (&again, g_ptr_array_unref);
  g_clear_object (&r);
  r = add_recognition (f, e, "provincial", "2025-05-01");
  zjtx_recognition_set_review (r, TRUE);
  save (f, r);
  again = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award"), ==, 1);

  /* Pay before approve. */
  g_assert_false (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-10"), "记账凭证 2025-0712", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE);
  g_clear_error (&error);

  /* Not before it was proposed (2025-07-01). */
  g_assert_false (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-06-30"), &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "永春县达埔制香有限公司"));
  g_clear_error (&error);

  /* Approve; the officer and the date recorded and audited. */
  audits = query (f, "SELECT count(*) FROM audit WHERE entity = 'award'");
  g_assert_true (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-02"), &error));
  g_assert_no_error (error);
  entry = load (f, id);
  g_assert_cmpstr (zjtx_ledger_entry_get_status (entry), ==, "approved");
  g_assert_cmpstr (zjtx_ledger_entry_get_approved_on (entry), ==, "2025-07-02");
  g_assert_cmpstr (zjtx_ledger_entry_get_approved_by (entry), ==, "林科员");
  g_clear_object (&entry);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit WHERE entity = 'award'"), ==, audits + 1);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit WHERE entity = 'award' AND actor = '林科员' "
                             "AND json_extract (new_values, '$.status') = 'approved'"), ==, 1);

  /* Approve twice. */
  g_assert_false (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-03"), &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE);
  g_clear_error (&error);

  /* Pay: without a voucher, before the approval, then properly, then twice. */
  g_assert_false (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-10"), "  ", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-01"), "记账凭证 2025-0712", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-10"), " 记账凭证 2025-0712 ", &error));
  g_assert_no_error (error);
  entry = load (f, id);
  g_assert_cmpstr (zjtx_ledger_entry_get_status (entry), ==, "paid");
  g_assert_cmpstr (zjtx_ledger_entry_get_paid_on (entry), ==, "2025-07-10");
  g_assert_cmpstr (zjtx_ledger_entry_get_voucher (entry), ==, "记账凭证 2025-0712");
  g_clear_object (&entry);
  g_assert_false (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-11"), "记账凭证 2025-0713", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE);
  g_clear_error (&error);

  /* A paid award cannot be rejected; an unknown one is named. */
  g_assert_false (zjtx_ledger_reject (f->store, id, model_test_date ("2025-07-11"), "重复申报", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_false (zjtx_ledger_approve (f->store, (gint64[]) { 999 }, 1, model_test_date ("2025-07-11"), &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

/* The recognition entered again (deleted and re-imported): the paid award
 * is the same award, never proposed a second time. */
static void
test_never_twice (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZjtxEnterprise) e = add_enterprise (f, "永春县东平陶瓷有限公司");
  g_autoptr(ZjtxRecognition) r = add_recognition (f, e, "provincial", "2024-05-01");
  g_autoptr(GPtrArray) changes = sync_ledger (f, "2025-06-30", FALSE);
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(ZjtxRecognition) r2 = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ((ZjtxLedgerChange *) g_ptr_array_index (changes, 0))->award_id;

  g_assert_true (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-02"), &error));
  g_assert_true (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-10"), "V-1", &error));
  g_assert_no_error (error);

  g_assert_true (zjtx_store_delete (f->store, ZJTX_RECORD (r), &error));
  g_assert_no_error (error);
  r2 = add_recognition (f, e, "provincial", "2024-05-01");
  again = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award"), ==, 1);

  /* And the database itself refuses a second row for the same award. */
  g_assert_cmpint (sqlite3_exec (zjtx_store_get_db (f->store),
                                 "INSERT INTO award (recipient_type, enterprise_id, kind, fact_key, policy_key, "
                                 "clause, event_date, amount, basis, proposed_on) SELECT recipient_type, "
                                 "enterprise_id, kind, fact_key, policy_key, clause, event_date, amount, basis, "
                                 "proposed_on FROM award", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT_UNIQUE);
}

/* Facts change: a proposal follows (the difference shown), a paid award is
 * flagged and keeps its amount; settled, it is not flagged again. */
static void
test_recompute (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(ZjtxEnterprise) a = add_enterprise (f, "甲公司");
  g_autoptr(ZjtxEnterprise) b = add_enterprise (f, "乙公司");
  g_autoptr(ZjtxRecognition) ra = add_recognition (f, a, "provincial", "2024-05-01");
  g_autoptr(ZjtxRecognition) rb = add_recognition (f, b, "innovative", "2024-06-01");
  g_autoptr(GPtrArray) changes = sync_ledger (f, "2025-06-30", FALSE);
  g_autoptr(GPtrArray) preview = NULL;
  g_autoptr(GPtrArray) applied = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(ZjtxLedgerEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  gint64 paid_id = 0, proposed_id = 0;
  ZjtxLedgerChange *change;

  g_assert_cmpuint (changes->len, ==, 2);
  for (guint i = 0; i < changes->len; i++)
    {
      change = g_ptr_array_index (changes, i);
      if (g_str_equal (change->recipient, "甲公司"))
        paid_id = change->award_id;
      else
        proposed_id = change->award_id;
    }
  g_assert_true (zjtx_ledger_approve (f->store, &paid_id, 1, model_test_date ("2025-07-02"), &error));
  g_assert_true (zjtx_ledger_pay (f->store, paid_id, model_test_date ("2025-07-10"), "V-1", &error));
  g_assert_no_error (error);

  /* 甲's date corrected to before the window: nothing is due any more.
   * 乙's innovative recognition becomes a provincial one: another kind. */
  zjtx_recognition_set_date (ra, "2023-12-01");
  save (f, ra);
  zjtx_recognition_set_tier (rb, "provincial");
  save (f, rb);

  /* The preview shows the difference and writes nothing. */
  preview = sync_ledger (f, "2025-06-30", TRUE);
  g_assert_cmpuint (preview->len, ==, 3);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award"), ==, 2);
  g_assert_cmpint (query (f, "SELECT basis_changed FROM award WHERE status = 'paid'"), ==, 0);

  applied = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (applied->len, ==, 3);
  for (guint i = 0; i < applied->len; i++)
    {
      change = g_ptr_array_index (applied, i);
      switch (change->kind)
        {
        case ZJTX_LEDGER_CHANGE_FLAGGED:
          g_assert_cmpint (change->award_id, ==, paid_id);
          g_assert_cmpint (change->old_amount, ==, 10000000);
          g_assert_cmpint (change->new_amount, ==, ZJTX_RECORD_NULL);
          break;
        case ZJTX_LEDGER_CHANGE_WITHDRAWN:
          g_assert_cmpint (change->award_id, ==, proposed_id);
          g_assert_cmpstr (change->award_kind, ==, "recognition_innovative");
          g_assert_cmpint (change->old_amount, ==, 1000000);
          break;
        case ZJTX_LEDGER_CHANGE_ADDED:
          g_assert_cmpstr (change->award_kind, ==, "recognition_provincial");
          g_assert_cmpstr (change->recipient, ==, "乙公司");
          g_assert_cmpint (change->new_amount, ==, 10000000);
          break;
        case ZJTX_LEDGER_CHANGE_UPDATED:
        case ZJTX_LEDGER_CHANGE_UNFLAGGED:
        default:
          g_assert_not_reached ();
        }
    }
  entry = load (f, paid_id);
  g_assert_cmpstr (zjtx_ledger_entry_get_status (entry), ==, "paid");
  g_assert_cmpint (zjtx_ledger_entry_get_amount (entry), ==, 10000000);
  g_assert_true (zjtx_ledger_entry_get_basis_changed (entry));
  g_assert_cmpint (zjtx_ledger_entry_get_computed_amount (entry), ==, ZJTX_RECORD_NULL);
  g_clear_object (&entry);

  /* Flagged once, not again. */
  again = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (again->len, ==, 0);
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Settled with a reason: the flag goes and does not come back. */
  g_assert_false (zjtx_ledger_settle (f->store, paid_id, model_test_date ("2025-07-20"), "", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (zjtx_ledger_settle (f->store, paid_id, model_test_date ("2025-07-20"), "已发函追回", &error));
  g_assert_no_error (error);
  entry = load (f, paid_id);
  g_assert_false (zjtx_ledger_entry_get_basis_changed (entry));
  g_assert_cmpstr (zjtx_ledger_entry_get_reason (entry), ==, "已发函追回");
  g_assert_cmpstr (zjtx_ledger_entry_get_status (entry), ==, "paid");
  g_clear_object (&entry);
  again = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (again->len, ==, 0);
  g_clear_pointer (&again, g_ptr_array_unref);
  g_assert_false (zjtx_ledger_settle (f->store, paid_id, model_test_date ("2025-07-21"), "再次", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE);
  g_clear_error (&error);

  /* A flagged approved award cannot be paid before it is settled. */
  {
    gint64 b_id = query (f, "SELECT id FROM award WHERE status = 'proposed'");

    g_assert_true (zjtx_ledger_approve (f->store, &b_id, 1, model_test_date ("2025-07-21"), &error));
    zjtx_recognition_set_date (rb, "2025-03-01");
    save (f, rb);
    again = sync_ledger (f, "2025-06-30", FALSE);
    g_assert_cmpuint (again->len, ==, 1);
    g_assert_cmpint (((ZjtxLedgerChange *) g_ptr_array_index (again, 0))->kind, ==, ZJTX_LEDGER_CHANGE_FLAGGED);
    g_assert_false (zjtx_ledger_pay (f->store, b_id, model_test_date ("2025-07-22"), "V-2", &error));
    g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_FLAGGED);
    g_clear_error (&error);
    /* Settled: proposed again with the new date, to approve again. */
    g_assert_true (zjtx_ledger_settle (f->store, b_id, model_test_date ("2025-07-22"), "认定日期更正", &error));
    g_assert_no_error (error);
    entry = load (f, b_id);
    g_assert_cmpstr (zjtx_ledger_entry_get_status (entry), ==, "proposed");
    g_assert_null (zjtx_ledger_entry_get_approved_on (entry));
    g_clear_object (&entry);
    g_clear_pointer (&again, g_ptr_array_unref);
    again = sync_ledger (f, "2025-06-30", FALSE);
    g_assert_cmpuint (again->len, ==, 1);
    g_assert_cmpint (((ZjtxLedgerChange *) g_ptr_array_index (again, 0))->kind, ==, ZJTX_LEDGER_CHANGE_UPDATED);
    g_autofree char *event = query_text (f, "SELECT event_date FROM award WHERE status = 'proposed'");
    g_assert_cmpstr (event, ==, "2025-03-01");
  }
}

/* An SRDI enterprise entering the demonstration park with both a housing
 * loan and a rent: the larger is proposed; an officer's choice (with its
 * reason) turns it round; the two are never both approved. */
static void
test_rent_or_loan (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(ZjtxPark) park = zjtx_park_new ();
  g_autoptr(ZjtxEnterprise) e = NULL;
  g_autoptr(ZjtxRecognition) r = NULL;
  g_autoptr(ZjtxHousingLoan) loan = zjtx_housing_loan_new ();
  g_autoptr(ZjtxRent) rent = zjtx_rent_new ();
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 loan_id, rent_id;

  zjtx_park_set_name (park, "蓬壶专精特新示范园");
  zjtx_park_set_township (park, "蓬壶镇");
  zjtx_park_set_demonstration (park, TRUE);
  zjtx_park_set_contiguous (park, TRUE);
  save (f, park);
  e = add_enterprise (f, "永春县蓬壶智能装备有限公司");
  zjtx_enterprise_set_park_id (e, zjtx_record_get_id (ZJTX_RECORD (park)));
  zjtx_enterprise_set_park_entry_date (e, "2024-03-01");
  save (f, e);
  r = add_recognition (f, e, "provincial", "2024-02-01");

  /* Loan 5,000,000.00 for 9 months: 37,500.00. Rent 10,000.00 × 12 × 20%: 24,000.00. */
  zjtx_housing_loan_set_enterprise_id (loan, zjtx_record_get_id (ZJTX_RECORD (e)));
  zjtx_housing_loan_set_principal (loan, 500000000);
  zjtx_housing_loan_set_term_months (loan, 9);
  zjtx_housing_loan_set_date (loan, "2024-04-01");
  save (f, loan);
  zjtx_rent_set_enterprise_id (rent, zjtx_record_get_id (ZJTX_RECORD (e)));
  zjtx_rent_set_monthly (rent, 1000000);
  zjtx_rent_set_months (rent, 12);
  save (f, rent);

  changes = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award WHERE kind = 'loan_interest_subsidy' AND amount = 3750000"), ==, 1);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award WHERE kind = 'rent_subsidy'"), ==, 0);
  loan_id = query (f, "SELECT id FROM award WHERE kind = 'loan_interest_subsidy'");
  g_assert_true (zjtx_ledger_approve (f->store, &loan_id, 1, model_test_date ("2025-07-02"), &error));
  g_assert_no_error (error);
  g_clear_pointer (&changes, g_ptr_array_unref);

  /* The officer chooses the rent subsidy, with a reason. */
  zjtx_enterprise_set_support_choice (e, "rent_subsidy");
  zjtx_enterprise_set_support_choice_reason (e, "企业书面申请选择租金补贴");
  save (f, e);
  changes = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award WHERE kind = 'rent_subsidy' AND amount = 2400000 "
                             "AND status = 'proposed'"), ==, 1);
  g_assert_cmpint (query (f, "SELECT basis_changed FROM award WHERE kind = 'loan_interest_subsidy'"), ==, 1);
  rent_id = query (f, "SELECT id FROM award WHERE kind = 'rent_subsidy'");

  /* Not both: the loan subsidy is approved. */
  g_assert_false (zjtx_ledger_approve (f->store, &rent_id, 1, model_test_date ("2025-07-03"), &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_EXCLUSIVE);
  g_clear_error (&error);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award WHERE status = 'approved'"), ==, 1);

  /* Settled: nothing is due on the loan any more, its approval withdrawn;
   * then the rent subsidy can be approved. */
  g_assert_true (zjtx_ledger_settle (f->store, loan_id, model_test_date ("2025-07-03"), "改按租金补贴", &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award WHERE kind = 'loan_interest_subsidy' AND status = 'rejected'"), ==, 1);
  g_assert_true (zjtx_ledger_approve (f->store, &rent_id, 1, model_test_date ("2025-07-03"), &error));
  g_assert_no_error (error);
}

/* A batch is approved whole or not at all. */
static void
test_batch_all_or_nothing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(ZjtxEnterprise) a = add_enterprise (f, "甲公司");
  g_autoptr(ZjtxEnterprise) b = add_enterprise (f, "乙公司");
  g_autoptr(ZjtxRecognition) ra = add_recognition (f, a, "provincial", "2024-05-01");
  g_autoptr(ZjtxRecognition) rb = add_recognition (f, b, "national", "2024-06-01");
  g_autoptr(GPtrArray) changes = sync_ledger (f, "2025-06-30", FALSE);
  g_autoptr(GError) error = NULL;
  gint64 ids[3];

  g_assert_cmpuint (changes->len, ==, 2);
  ids[0] = ((ZjtxLedgerChange *) g_ptr_array_index (changes, 0))->award_id;
  ids[1] = ((ZjtxLedgerChange *) g_ptr_array_index (changes, 1))->award_id;
  ids[2] = ids[0];   /* twice in one batch: the second is refused */
  g_assert_false (zjtx_ledger_approve (f->store, ids, 3, model_test_date ("2025-07-02"), &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_STATE);
  g_clear_error (&error);
  g_assert_cmpint (query (f, "SELECT count(*) FROM award WHERE status = 'proposed'"), ==, 2);
  g_assert_true (zjtx_ledger_approve (f->store, ids, 2, model_test_date ("2025-07-02"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (f, "SELECT sum(amount) FROM award WHERE status = 'approved'"), ==, 60000000);

  /* Reject needs a reason; a proposed or approved award may be rejected. */
  g_assert_false (zjtx_ledger_reject (f->store, ids[0], model_test_date ("2025-07-03"), " ", &error));
  g_assert_error (error, ZJTX_LEDGER_ERROR, ZJTX_LEDGER_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (zjtx_ledger_reject (f->store, ids[0], model_test_date ("2025-07-03"), "材料不全", &error));
  g_assert_no_error (error);
  /* Rejected stays rejected when recomputed. */
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (changes->len, ==, 0);
}

/* Three enterprises and four awards, each a step further: 甲 (蓬壶镇)
 * provincial 100,000.00 approved 2025-07-02 and paid 07-10; 乙 national
 * 500,000.00 approved 07-02; 丙 (桃城镇) innovative 10,000.00 proposed
 * and provincial 100,000.00 rejected 07-02. All proposed 2025-07-01. */
static void
add_stepped_ledger (Fixture *f)
{
  g_autoptr(ZjtxEnterprise) a = add_enterprise (f, "甲公司");
  g_autoptr(ZjtxEnterprise) b = add_enterprise (f, "乙公司");
  g_autoptr(ZjtxEnterprise) c = add_enterprise (f, "丙公司");
  g_autoptr(ZjtxRecognition) ra = NULL, rb = NULL, rc1 = NULL, rc2 = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  zjtx_enterprise_set_township (c, "桃城镇");
  save (f, c);
  ra = add_recognition (f, a, "provincial", "2024-05-01");
  rb = add_recognition (f, b, "national", "2025-02-01");
  rc1 = add_recognition (f, c, "innovative", "2024-03-01");
  rc2 = add_recognition (f, c, "provincial", "2025-04-01");
  changes = sync_ledger (f, "2025-06-30", FALSE);
  g_assert_cmpuint (changes->len, ==, 4);

  id = query (f, "SELECT a.id FROM award a JOIN enterprise e ON e.id = a.enterprise_id WHERE e.name = '甲公司'");
  g_assert_true (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-02"), &error));
  g_assert_true (zjtx_ledger_pay (f->store, id, model_test_date ("2025-07-10"), "V-1", &error));
  id = query (f, "SELECT a.id FROM award a JOIN enterprise e ON e.id = a.enterprise_id WHERE e.name = '乙公司'");
  g_assert_true (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-02"), &error));
  id = query (f, "SELECT id FROM award WHERE kind = 'recognition_provincial' AND event_date = '2025-04-01'");
  g_assert_true (zjtx_ledger_reject (f->store, id, model_test_date ("2025-07-02"), "材料不全", &error));
  g_assert_no_error (error);
}

/* The rewards page's lists and sums, on three enterprises in two
 * townships: exact counts and fen by status, kind × year, township and
 * recipient, and each filter. */
static void
test_query_and_sums (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZjtxAwardQuery) filter = zjtx_award_query_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) sums = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxAwardSum *sum;

  add_stepped_ledger (f);

  /* The whole ledger. */
  sums = zjtx_award_query_sum (filter, f->store, ZJTX_AWARD_GROUP_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sums->len, ==, 1);
  sum = g_ptr_array_index (sums, 0);
  g_assert_cmpuint (sum->n_proposed, ==, 1);
  g_assert_cmpint (sum->proposed, ==, 1000000);
  g_assert_cmpuint (sum->n_approved, ==, 1);
  g_assert_cmpint (sum->approved, ==, 50000000);
  g_assert_cmpuint (sum->n_paid, ==, 1);
  g_assert_cmpint (sum->paid, ==, 10000000);
  g_assert_cmpuint (sum->n_rejected, ==, 1);
  g_assert_cmpint (sum->rejected, ==, 10000000);
  g_clear_pointer (&sums, g_ptr_array_unref);

  /* By kind and year: innovative 2024, national 2025, provincial 2024 and 2025. */
  sums = zjtx_award_query_sum (filter, f->store, ZJTX_AWARD_GROUP_KIND_YEAR, &error);
  g_assert_cmpuint (sums->len, ==, 4);
  sum = g_ptr_array_index (sums, 2);
  g_assert_cmpstr (sum->key, ==, "recognition_provincial");
  g_assert_cmpstr (sum->key2, ==, "2024");
  g_assert_cmpint (sum->paid, ==, 10000000);
  sum = g_ptr_array_index (sums, 3);
  g_assert_cmpstr (sum->key2, ==, "2025");
  g_assert_cmpint (sum->rejected, ==, 10000000);
  g_clear_pointer (&sums, g_ptr_array_unref);

  /* By township, in the county's order: 桃城镇 before 蓬壶镇. */
  sums = zjtx_award_query_sum (filter, f->store, ZJTX_AWARD_GROUP_TOWNSHIP, &error);
  g_assert_cmpuint (sums->len, ==, 2);
  g_assert_cmpstr (((ZjtxAwardSum *) g_ptr_array_index (sums, 0))->key, ==, "桃城镇");
  g_assert_cmpint (((ZjtxAwardSum *) g_ptr_array_index (sums, 0))->proposed, ==, 1000000);
  g_assert_cmpstr (((ZjtxAwardSum *) g_ptr_array_index (sums, 1))->key, ==, "蓬壶镇");
  g_assert_cmpint (((ZjtxAwardSum *) g_ptr_array_index (sums, 1))->approved, ==, 50000000);
  g_clear_pointer (&sums, g_ptr_array_unref);

  /* By recipient, the largest committed first. */
  sums = zjtx_award_query_sum (filter, f->store, ZJTX_AWARD_GROUP_RECIPIENT, &error);
  g_assert_cmpuint (sums->len, ==, 3);
  g_assert_cmpstr (((ZjtxAwardSum *) g_ptr_array_index (sums, 0))->key, ==, "乙公司");
  g_assert_cmpstr (((ZjtxAwardSum *) g_ptr_array_index (sums, 1))->key, ==, "甲公司");
  g_assert_cmpstr (((ZjtxAwardSum *) g_ptr_array_index (sums, 2))->key, ==, "丙公司");
  g_clear_pointer (&sums, g_ptr_array_unref);

  /* Filters. */
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 4);
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_status (filter, "approved");
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->recipient, ==, "乙公司");
  g_assert_cmpstr (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->approved_by, ==, "林科员");
  g_assert_cmpstr (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->township, ==, "蓬壶镇");
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_status (filter, NULL);
  zjtx_award_query_set_year (filter, 2024);
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_kind (filter, "recognition_provincial");
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_kind (filter, NULL);
  zjtx_award_query_set_year (filter, 0);
  zjtx_award_query_set_township (filter, "桃城镇");
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_township (filter, NULL);
  zjtx_award_query_set_policy (filter, "yongchun-2024-1");
  zjtx_award_query_set_flagged_only (filter, TRUE);
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  {
    g_autoptr(GArray) years = zjtx_award_query_list_years (f->store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (years->len, ==, 2);
    g_assert_cmpint (g_array_index (years, int, 0), ==, 2025);
    g_assert_cmpint (g_array_index (years, int, 1), ==, 2024);
  }
}

/* The ledger as it stood on a day, read from the dates of its steps
 * (proposed 2025-07-01; 甲 approved 07-02 and paid 07-10; 乙 approved
 * 07-02; 丙's provincial award rejected 07-02): the rewards page's "as of"
 * view, which must agree with the rewards dashboard of that day. */
static void
test_query_as_of (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(ZjtxAwardQuery) filter = zjtx_award_query_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) sums = NULL;
  g_autoptr(GError) error = NULL;
  ZjtxAwardSum *sum;
  ZjtxAwardRow *row;

  add_stepped_ledger (f);

  /* The day before the proposals: nothing in the ledger yet. */
  zjtx_award_query_set_as_of (filter, model_test_date ("2025-06-30"));
  g_assert_cmpuint (zjtx_award_query_get_as_of (filter), ==, model_test_date ("2025-06-30"));
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The day of the proposals: four proposed, 710,000.00 in all. */
  zjtx_award_query_set_as_of (filter, model_test_date ("2025-07-01"));
  sums = zjtx_award_query_sum (filter, f->store, ZJTX_AWARD_GROUP_NONE, &error);
  sum = g_ptr_array_index (sums, 0);
  g_assert_cmpuint (sum->n_proposed, ==, 4);
  g_assert_cmpint (sum->proposed, ==, 71000000);
  g_assert_cmpuint (sum->n_approved + sum->n_paid + sum->n_rejected, ==, 0);
  g_clear_pointer (&sums, g_ptr_array_unref);

  /* Between approval and payment: 甲 approved, its payment not shown. */
  zjtx_award_query_set_as_of (filter, model_test_date ("2025-07-09"));
  sums = zjtx_award_query_sum (filter, f->store, ZJTX_AWARD_GROUP_NONE, &error);
  sum = g_ptr_array_index (sums, 0);
  g_assert_cmpuint (sum->n_proposed, ==, 1);
  g_assert_cmpint (sum->proposed, ==, 1000000);
  g_assert_cmpuint (sum->n_approved, ==, 2);
  g_assert_cmpint (sum->approved, ==, 60000000);
  g_assert_cmpuint (sum->n_paid, ==, 0);
  g_assert_cmpuint (sum->n_rejected, ==, 1);
  g_assert_cmpint (sum->rejected, ==, 10000000);
  g_clear_pointer (&sums, g_ptr_array_unref);
  {
    g_autoptr(ZjtxRewardDashboard) dashboard = zjtx_reward_dashboard_load (f->store, model_test_date ("2025-07-09"), &error);

    g_assert_no_error (error);
    g_assert_cmpint (dashboard->total->approved, ==, 60000000);
    g_assert_cmpint (dashboard->total->proposed, ==, 1000000);
    g_assert_cmpint (dashboard->total->paid, ==, 0);
  }
  zjtx_award_query_set_status (filter, "approved");
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->recipient, ==, "甲公司");
  g_assert_cmpstr (row->status, ==, "approved");
  g_assert_cmpstr (row->approved_on, ==, "2025-07-02");
  g_assert_null (row->paid_on);
  g_assert_null (row->voucher);
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_status (filter, "committed");
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 2);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The day of the payment: 甲 paid, with its voucher. */
  zjtx_award_query_set_as_of (filter, model_test_date ("2025-07-10"));
  zjtx_award_query_set_status (filter, "paid");
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->recipient, ==, "甲公司");
  g_assert_cmpstr (row->paid_on, ==, "2025-07-10");
  g_assert_cmpstr (row->voucher, ==, "V-1");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* The rejection's reason only from its day on. */
  zjtx_award_query_set_status (filter, NULL);
  zjtx_award_query_set_kind (filter, "recognition_provincial");
  zjtx_award_query_set_year (filter, 2025);
  zjtx_award_query_set_as_of (filter, model_test_date ("2025-07-01"));
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpstr (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->status, ==, "proposed");
  g_assert_null (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->reason);
  g_clear_pointer (&rows, g_ptr_array_unref);
  zjtx_award_query_set_as_of (filter, model_test_date ("2025-07-02"));
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpstr (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->status, ==, "rejected");
  g_assert_cmpstr (((ZjtxAwardRow *) g_ptr_array_index (rows, 0))->reason, ==, "材料不全");
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* And back to now. */
  zjtx_award_query_set_as_of (filter, ZJTX_DATE_NONE);
  zjtx_award_query_set_kind (filter, NULL);
  zjtx_award_query_set_year (filter, 0);
  rows = zjtx_award_query_run (filter, f->store, &error);
  g_assert_cmpuint (rows->len, ==, 4);
}

/* Document numbers: per year, in sequence, never reused; a reprint keeps
 * its number; a cancelled one stays taken and recorded. */
static void
test_notice_numbers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(ZjtxEnterprise) a = add_enterprise (f, "甲公司");
  g_autoptr(ZjtxEnterprise) b = add_enterprise (f, "乙公司");
  g_autoptr(ZjtxEnterprise) c = add_enterprise (f, "丙公司");
  g_autoptr(ZjtxRecognition) ra = add_recognition (f, a, "provincial", "2024-05-01");
  g_autoptr(ZjtxRecognition) rb = add_recognition (f, b, "provincial", "2024-06-01");
  g_autoptr(ZjtxRecognition) rc = add_recognition (f, c, "innovative", "2024-07-01");
  g_autoptr(GPtrArray) changes = sync_ledger (f, "2025-06-30", FALSE);
  g_autoptr(GPtrArray) notices = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *formatted = zjtx_notices_format_doc_number ("永工信商", 2025, 12);
  gint64 ids[3];

  g_assert_cmpstr (formatted, ==, "永工信商〔2025〕12号");
  for (guint i = 0; i < 3; i++)
    ids[i] = ((ZjtxLedgerChange *) g_ptr_array_index (changes, i))->award_id;

  /* Proposed awards get no notice. */
  notices = zjtx_notices_issue (f->store, ids, 1, model_test_date ("2025-07-05"), "永工信商", &error);
  g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_STATE);
  g_assert_null (notices);
  g_clear_error (&error);

  g_assert_true (zjtx_ledger_approve (f->store, ids, 3, model_test_date ("2025-07-02"), &error));
  g_assert_no_error (error);

  /* A bad prefix: nothing numbered. */
  notices = zjtx_notices_issue (f->store, ids, 2, model_test_date ("2025-07-05"), "永工信商〔", &error);
  g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID);
  g_clear_error (&error);
  notices = zjtx_notices_issue (f->store, ids, 2, model_test_date ("2025-07-05"), " ", &error);
  g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query (f, "SELECT count(*) FROM notice"), ==, 0);

  notices = zjtx_notices_issue (f->store, ids, 2, model_test_date ("2025-07-05"), "\u3000\u3000", &error);
  g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID);
  g_clear_error (&error);
  /* Wide spaces around are not part of it. */
  notices = zjtx_notices_issue (f->store, ids, 2, model_test_date ("2025-07-05"), "\u3000永工信商 ", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (notices->len, ==, 2);
  g_assert_cmpstr (zjtx_notice_entry_get_doc_number (g_ptr_array_index (notices, 0)), ==, "永工信商〔2025〕1号");
  g_assert_cmpstr (zjtx_notice_entry_get_doc_number (g_ptr_array_index (notices, 1)), ==, "永工信商〔2025〕2号");
  g_assert_cmpstr (zjtx_notice_entry_get_issued_by (g_ptr_array_index (notices, 0)), ==, "林科员");

  /* Printed again: the same numbers. */
  again = zjtx_notices_issue (f->store, ids, 2, model_test_date ("2025-07-06"), "永工信商", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_notice_entry_get_doc_number (g_ptr_array_index (again, 1)), ==, "永工信商〔2025〕2号");
  g_clear_pointer (&again, g_ptr_array_unref);

  /* Cancelled: needs a reason; keeps its number; the award's next notice
   * takes the next number, never 2 again. */
  g_assert_false (zjtx_notices_cancel (f->store, zjtx_record_get_id (g_ptr_array_index (notices, 1)),
                                       model_test_date ("2025-07-07"), "", &error));
  g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (zjtx_notices_cancel (f->store, zjtx_record_get_id (g_ptr_array_index (notices, 1)),
                                      model_test_date ("2025-07-07"), "抬头有误", &error));
  g_assert_no_error (error);
  g_assert_false (zjtx_notices_cancel (f->store, zjtx_record_get_id (g_ptr_array_index (notices, 1)),
                                       model_test_date ("2025-07-07"), "再次", &error));
  g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_STATE);
  g_clear_error (&error);
  again = zjtx_notices_issue (f->store, &ids[1], 2, model_test_date ("2025-07-08"), "永工信商", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_notice_entry_get_doc_number (g_ptr_array_index (again, 0)), ==, "永工信商〔2025〕3号");
  g_assert_cmpstr (zjtx_notice_entry_get_doc_number (g_ptr_array_index (again, 1)), ==, "永工信商〔2025〕4号");
  g_clear_pointer (&again, g_ptr_array_unref);
  g_assert_cmpint (query (f, "SELECT count(*) FROM notice WHERE cancelled_on IS NOT NULL AND number = 2 "
                             "AND cancel_reason = '抬头有误'"), ==, 1);

  /* A new year starts again at 1. */
  {
    g_autoptr(ZjtxEnterprise) d = add_enterprise (f, "丁公司");
    g_autoptr(ZjtxRecognition) rd = add_recognition (f, d, "innovative", "2025-03-01");
    g_autoptr(GPtrArray) more = sync_ledger (f, "2025-06-30", FALSE);
    gint64 id = ((ZjtxLedgerChange *) g_ptr_array_index (more, 0))->award_id;

    g_assert_true (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-09"), &error));
    again = zjtx_notices_issue (f->store, &id, 1, model_test_date ("2026-01-04"), "永工信商", &error);
    g_assert_no_error (error);
    g_assert_cmpstr (zjtx_notice_entry_get_doc_number (g_ptr_array_index (again, 0)), ==, "永工信商〔2026〕1号");
  }

  /* An approved award whose facts changed gets no notice until settled. */
  {
    g_autoptr(ZjtxEnterprise) e = add_enterprise (f, "戊公司");
    g_autoptr(ZjtxRecognition) re = add_recognition (f, e, "innovative", "2025-04-01");
    g_autoptr(GPtrArray) more = sync_ledger (f, "2025-06-30", FALSE);
    g_autoptr(GPtrArray) changed = NULL;
    g_autoptr(GPtrArray) refused = NULL;
    gint64 id = ((ZjtxLedgerChange *) g_ptr_array_index (more, 0))->award_id;

    g_assert_true (zjtx_ledger_approve (f->store, &id, 1, model_test_date ("2025-07-09"), &error));
    zjtx_recognition_set_date (re, "2025-04-02");
    save (f, re);
    changed = sync_ledger (f, "2025-06-30", FALSE);
    g_assert_cmpuint (changed->len, ==, 1);
    refused = zjtx_notices_issue (f->store, &id, 1, model_test_date ("2026-01-05"), "永工信商", &error);
    g_assert_null (refused);
    g_assert_error (error, ZJTX_NOTICES_ERROR, ZJTX_NOTICES_ERROR_STATE);
    g_clear_error (&error);
    g_assert_cmpint (query (f, "SELECT count(*) FROM notice"), ==, 5);
  }

  /* Notices are never deleted. */
  g_assert_cmpint (sqlite3_exec (zjtx_store_get_db (f->store), "DELETE FROM notice", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (query (f, "SELECT count(*) FROM notice"), ==, 5);
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit WHERE entity = 'notice'"), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ledger/steps-and-refusals", test_steps_and_refusals);
  ADD ("/ledger/never-twice", test_never_twice);
  ADD ("/ledger/recompute", test_recompute);
  ADD ("/ledger/rent-or-loan", test_rent_or_loan);
  ADD ("/ledger/batch", test_batch_all_or_nothing);
  ADD ("/ledger/query-and-sums", test_query_and_sums);
  ADD ("/ledger/query-as-of", test_query_as_of);
  ADD ("/ledger/notice-numbers", test_notice_numbers);
#undef ADD

  return g_test_run ();
}
