/* zjtx-award-query.c: the award ledger by filter, and its sums, as SQL */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-award-query.h"
#include "zjtx-award-sql.h"
#include "zjtx-record.h"

struct _ZjtxAwardQuery {
  char     *status;
  char     *kind;
  int       year;
  char     *township;
  char     *park;
  char     *policy_key;
  gboolean  flagged_only;
  ZjtxDate  as_of;
};

void
zjtx_award_row_free (ZjtxAwardRow *row)
{
  if (row == NULL)
    return;
  g_free (row->recipient_type);
  g_free (row->recipient);
  g_free (row->uscc);
  g_free (row->township);
  g_free (row->park);
  g_free (row->kind);
  g_free (row->status);
  g_free (row->clause);
  g_free (row->policy_key);
  g_free (row->event_date);
  g_free (row->basis);
  g_free (row->computed_basis);
  g_free (row->proposed_on);
  g_free (row->approved_on);
  g_free (row->approved_by);
  g_free (row->paid_on);
  g_free (row->voucher);
  g_free (row->reason);
  g_free (row);
}

void
zjtx_award_sum_free (ZjtxAwardSum *sum)
{
  if (sum == NULL)
    return;
  g_free (sum->key);
  g_free (sum->key2);
  g_free (sum);
}

ZjtxAwardQuery *
zjtx_award_query_new (void)
{
  return g_new0 (ZjtxAwardQuery, 1);
}

void
zjtx_award_query_free (ZjtxAwardQuery *self)
{
  if (self == NULL)
    return;
  g_free (self->status);
  g_free (self->kind);
  g_free (self->township);
  g_free (self->park);
  g_free (self->policy_key);
  g_free (self);
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = value != NULL && *value != '\0' ? g_strdup (value) : NULL;
}

void
zjtx_award_query_set_status (ZjtxAwardQuery *self,
                             const char     *status)
{
  replace (&self->status, status);
}

void
zjtx_award_query_set_kind (ZjtxAwardQuery *self,
                           const char     *kind)
{
  replace (&self->kind, kind);
}

void
zjtx_award_query_set_year (ZjtxAwardQuery *self,
                           int             year)
{
  self->year = MAX (year, 0);
}

void
zjtx_award_query_set_township (ZjtxAwardQuery *self,
                               const char     *township)
{
  replace (&self->township, township);
}

void
zjtx_award_query_set_park (ZjtxAwardQuery *self,
                           const char     *park)
{
  replace (&self->park, park);
}

void
zjtx_award_query_set_policy (ZjtxAwardQuery *self,
                             const char     *policy_key)
{
  replace (&self->policy_key, policy_key);
}

void
zjtx_award_query_set_flagged_only (ZjtxAwardQuery *self,
                                   gboolean        only)
{
  self->flagged_only = !!only;
}

void
zjtx_award_query_set_as_of (ZjtxAwardQuery *self,
                            ZjtxDate        as_of)
{
  self->as_of = as_of;
}

ZjtxDate
zjtx_award_query_get_as_of (ZjtxAwardQuery *self)
{
  return self->as_of;
}

/* a: award; e: enterprise; i: institution; p: the recipient's park. The
 * institution's township is its park's. Parameters ?1 status, ?2 kind,
 * ?3 year, ?4 township, ?5 park, ?6 policy, ?7 as of; unused ones are
 * bound anyway. */
#define JOINS_SQL \
  "LEFT JOIN enterprise e ON e.id = a.enterprise_id " \
  "LEFT JOIN institution i ON i.id = a.institution_id " \
  "LEFT JOIN park p ON p.id = coalesce (e.park_id, i.park_id) "
#define FROM_SQL "FROM award a " JOINS_SQL
/* As of ?7: the ledger as it stood that day (zjtx-award-sql.h), each award
 * with its status then and only the steps taken by then; awards not yet
 * proposed are not in it. */
#define STATUS_ON_SQL ZJTX_AWARD_STATUS_ON_SQL ("a", "?7")
#define FROM_AS_OF_SQL \
  "FROM (SELECT a.id, a.recipient_type, a.enterprise_id, a.institution_id, a.kind, a.amount, a.clause, " \
  "             a.policy_key, a.event_date, a.basis, a.basis_changed, a.computed_amount, a.computed_basis, " \
  "             a.proposed_on, " \
  "             CASE WHEN a.approved_on <= ?7 THEN a.approved_on END AS approved_on, " \
  "             CASE WHEN a.approved_on <= ?7 THEN a.approved_by END AS approved_by, " \
  "             CASE WHEN a.paid_on <= ?7 THEN a.paid_on END AS paid_on, " \
  "             CASE WHEN a.paid_on <= ?7 THEN a.voucher END AS voucher, " \
  "             CASE WHEN a.rejected_on > ?7 THEN NULL ELSE a.reason END AS reason, " \
  "             " STATUS_ON_SQL " AS status " \
  "      FROM award a WHERE " STATUS_ON_SQL " IS NOT NULL) a " JOINS_SQL

static const char *
from_sql (ZjtxAwardQuery *self)
{
  return self->as_of != ZJTX_DATE_NONE ? FROM_AS_OF_SQL : FROM_SQL;
}
#define NAME_SQL "coalesce (e.name, i.name, '')"
#define TOWNSHIP_SQL "coalesce (e.township, p.township)"

static char *
build_where (ZjtxAwardQuery *self)
{
  GString *where = g_string_new ("1");

  /* "committed": what the county has decided to spend, approved or paid. */
  if (g_strcmp0 (self->status, "committed") == 0)
    g_string_append (where, " AND (a.status = 'approved' OR a.status = 'paid')");
  else if (self->status != NULL)
    g_string_append (where, " AND a.status = ?1");
  if (self->kind != NULL)
    g_string_append (where, " AND a.kind = ?2");
  if (self->year > 0)
    g_string_append (where, " AND substr (a.event_date, 1, 4) = ?3");
  if (self->township != NULL)
    g_string_append (where, " AND " TOWNSHIP_SQL " = ?4");
  if (self->park != NULL)
    g_string_append (where, " AND p.name = ?5");
  if (self->policy_key != NULL)
    g_string_append (where, " AND a.policy_key = ?6");
  if (self->flagged_only)
    g_string_append (where, " AND a.basis_changed");
  return g_string_free (where, FALSE);
}

static int
prepare (ZjtxAwardQuery  *self,
         ZjtxStore       *store,
         const char      *sql,
         sqlite3_stmt   **stmt)
{
  g_autofree char *year = self->year > 0 ? g_strdup_printf ("%04d", self->year) : NULL;
  g_autofree char *as_of = self->as_of != ZJTX_DATE_NONE ? zjtx_date_format_iso (self->as_of) : NULL;
  int rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, stmt, NULL);

  if (rc != SQLITE_OK)
    return rc;
  sqlite3_bind_text (*stmt, 1, self->status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (*stmt, 2, self->kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (*stmt, 3, year, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (*stmt, 4, self->township, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (*stmt, 5, self->park, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (*stmt, 6, self->policy_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (*stmt, 7, as_of, -1, SQLITE_TRANSIENT);
  return SQLITE_OK;
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? g_strdup ((const char *) text) : NULL;
}

GPtrArray *
zjtx_award_query_run (ZjtxAwardQuery  *self,
                      ZjtxStore       *store,
                      GError         **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_award_row_free);
  g_autofree char *where = build_where (self);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  sql = g_strdup_printf ("SELECT a.id, a.recipient_type, coalesce (a.enterprise_id, a.institution_id), "
                         NAME_SQL ", e.uscc, " TOWNSHIP_SQL ", p.name, a.kind, a.amount, a.status, a.clause, "
                         "a.policy_key, a.event_date, a.basis, a.basis_changed, a.computed_amount, "
                         "a.computed_basis, a.proposed_on, a.approved_on, a.approved_by, a.paid_on, "
                         "a.voucher, a.reason "
                         "%s WHERE %s ORDER BY a.basis_changed DESC, a.id", from_sql (self), where);
  rc = prepare (self, store, sql, &stmt);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZjtxAwardRow *row = g_new0 (ZjtxAwardRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->recipient_type = column_text (stmt, 1);
      row->recipient_id = sqlite3_column_int64 (stmt, 2);
      row->recipient = column_text (stmt, 3);
      row->uscc = column_text (stmt, 4);
      row->township = column_text (stmt, 5);
      row->park = column_text (stmt, 6);
      row->kind = column_text (stmt, 7);
      row->amount = sqlite3_column_int64 (stmt, 8);
      row->status = column_text (stmt, 9);
      row->clause = column_text (stmt, 10);
      row->policy_key = column_text (stmt, 11);
      row->event_date = column_text (stmt, 12);
      row->basis = column_text (stmt, 13);
      row->flagged = sqlite3_column_int (stmt, 14) != 0;
      row->computed_amount = sqlite3_column_type (stmt, 15) == SQLITE_NULL ? ZJTX_RECORD_NULL
                                                                          : sqlite3_column_int64 (stmt, 15);
      row->computed_basis = column_text (stmt, 16);
      row->proposed_on = column_text (stmt, 17);
      row->approved_on = column_text (stmt, 18);
      row->approved_by = column_text (stmt, 19);
      row->paid_on = column_text (stmt, 20);
      row->voucher = column_text (stmt, 21);
      row->reason = column_text (stmt, 22);
      g_ptr_array_add (rows, row);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("reading the award ledger"), error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
zjtx_award_query_sum (ZjtxAwardQuery  *self,
                      ZjtxStore       *store,
                      ZjtxAwardGroup   group,
                      GError         **error)
{
  g_autoptr(GPtrArray) sums = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_award_sum_free);
  g_autofree char *where = build_where (self);
  g_autofree char *sql = NULL;
  const char *keys, *order;
  sqlite3_stmt *stmt = NULL;
  int rc;

  switch (group)
    {
    case ZJTX_AWARD_GROUP_KIND_YEAR:
      keys = "a.kind, substr (a.event_date, 1, 4)";
      order = "1, 2";
      break;
    case ZJTX_AWARD_GROUP_TOWNSHIP:
      keys = "coalesce (" TOWNSHIP_SQL ", ''), ''";
      order = "(SELECT t.position FROM township t WHERE t.name = " TOWNSHIP_SQL ") IS NULL, "
              "(SELECT t.position FROM township t WHERE t.name = " TOWNSHIP_SQL "), 1";
      break;
    case ZJTX_AWARD_GROUP_RECIPIENT:
      keys = NAME_SQL ", coalesce (e.uscc, '')";
      order = "committed DESC, 1";
      break;
    case ZJTX_AWARD_GROUP_NONE:
    default:
      keys = "'', ''";
      order = "1";
      break;
    }

  /* Grouped by the recipient's id too: two enterprises may share a name. */
  sql = g_strdup_printf ("SELECT %s, "
                         "sum (a.status = 'proposed'), sum (CASE WHEN a.status = 'proposed' THEN a.amount END), "
                         "sum (a.status = 'approved'), sum (CASE WHEN a.status = 'approved' THEN a.amount END), "
                         "sum (a.status = 'paid'), sum (CASE WHEN a.status = 'paid' THEN a.amount END), "
                         "sum (a.status = 'rejected'), sum (CASE WHEN a.status = 'rejected' THEN a.amount END), "
                         "coalesce (sum (CASE WHEN a.status = 'approved' OR a.status = 'paid' THEN a.amount END), 0) "
                         "AS committed "
                         "%s WHERE %s GROUP BY %s%s ORDER BY %s",
                         keys, from_sql (self), where, keys,
                         group == ZJTX_AWARD_GROUP_RECIPIENT ? ", a.recipient_type, coalesce (a.enterprise_id, a.institution_id)" : "",
                         order);
  rc = prepare (self, store, sql, &stmt);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ZjtxAwardSum *sum = g_new0 (ZjtxAwardSum, 1);

      sum->key = column_text (stmt, 0);
      sum->key2 = column_text (stmt, 1);
      sum->n_proposed = sqlite3_column_int (stmt, 2);
      sum->proposed = sqlite3_column_int64 (stmt, 3);
      sum->n_approved = sqlite3_column_int (stmt, 4);
      sum->approved = sqlite3_column_int64 (stmt, 5);
      sum->n_paid = sqlite3_column_int (stmt, 6);
      sum->paid = sqlite3_column_int64 (stmt, 7);
      sum->n_rejected = sqlite3_column_int (stmt, 8);
      sum->rejected = sqlite3_column_int64 (stmt, 9);
      g_ptr_array_add (sums, sum);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("reading the award ledger"), error);
      return NULL;
    }
  /* No award at all: one line of zeros rather than none. */
  if (group == ZJTX_AWARD_GROUP_NONE && sums->len == 0)
    {
      ZjtxAwardSum *sum = g_new0 (ZjtxAwardSum, 1);

      sum->key = g_strdup ("");
      sum->key2 = g_strdup ("");
      g_ptr_array_add (sums, sum);
    }
  return g_steal_pointer (&sums);
}

GArray *
zjtx_award_query_list_years (ZjtxStore  *store,
                             GError    **error)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (zjtx_store_get_db (store),
                           "SELECT DISTINCT CAST (substr (event_date, 1, 4) AS INTEGER) FROM award ORDER BY 1 DESC",
                           -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int year = sqlite3_column_int (stmt, 0);

      g_array_append_val (years, year);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("reading the award ledger"), error);
      return NULL;
    }
  return g_steal_pointer (&years);
}
