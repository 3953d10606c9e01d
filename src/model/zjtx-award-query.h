/* zjtx-award-query.h: the award ledger by filter, and its sums, as SQL
 *
 * What the rewards page lists and totals: ledger rows with their
 * recipient's name, township and park, filtered by status, kind, year of
 * the event, township, park, policy and flag; and the sums of amounts by
 * status, grouped by kind and year, by township or by recipient (the
 * budget and per-enterprise views).
 */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64   id;
  char    *recipient_type;    /* "enterprise" or "institution" */
  gint64   recipient_id;
  char    *recipient;         /* name */
  char    *uscc;              /* NULL for institutions or when unknown */
  char    *township;          /* NULL when unknown */
  char    *park;              /* NULL when none */
  char    *kind;              /* "rent_subsidy" … */
  ZjtxFen  amount;
  char    *status;
  char    *clause;
  char    *policy_key;
  char    *event_date;
  char    *basis;
  gboolean flagged;
  ZjtxFen  computed_amount;   /* ZJTX_RECORD_NULL: nothing (or not flagged) */
  char    *computed_basis;
  char    *proposed_on;
  char    *approved_on;
  char    *approved_by;
  char    *paid_on;
  char    *voucher;
  char    *reason;
} ZjtxAwardRow;

void zjtx_award_row_free (ZjtxAwardRow *row);

typedef enum {
  ZJTX_AWARD_GROUP_NONE,        /* one line: the whole selection */
  ZJTX_AWARD_GROUP_KIND_YEAR,   /* key: kind id, key2: year of the event */
  ZJTX_AWARD_GROUP_TOWNSHIP,    /* key: township ("" when unknown) */
  ZJTX_AWARD_GROUP_RECIPIENT,   /* key: recipient name, key2: USCC or "" */
} ZjtxAwardGroup;

/* Sums by status of the awards in one group. "Committed" is approved or
 * paid: what the county has decided to spend. */
typedef struct {
  char    *key;
  char    *key2;
  guint    n_proposed, n_approved, n_paid, n_rejected;
  ZjtxFen  proposed, approved, paid, rejected;
} ZjtxAwardSum;

void zjtx_award_sum_free (ZjtxAwardSum *sum);

typedef struct _ZjtxAwardQuery ZjtxAwardQuery;

ZjtxAwardQuery *zjtx_award_query_new           (void);
void            zjtx_award_query_free          (ZjtxAwardQuery *self);
/* NULL or "" clears each filter. A status is an award's status, or
 * "committed": approved or paid. */
void            zjtx_award_query_set_status    (ZjtxAwardQuery *self,
                                                const char     *status);
void            zjtx_award_query_set_kind      (ZjtxAwardQuery *self,
                                                const char     *kind);
/* The year of the event the award rests on; 0 clears. */
void            zjtx_award_query_set_year      (ZjtxAwardQuery *self,
                                                int             year);
void            zjtx_award_query_set_township  (ZjtxAwardQuery *self,
                                                const char     *township);
void            zjtx_award_query_set_park      (ZjtxAwardQuery *self,
                                                const char     *park);
void            zjtx_award_query_set_policy    (ZjtxAwardQuery *self,
                                                const char     *policy_key);
void            zjtx_award_query_set_flagged_only (ZjtxAwardQuery *self,
                                                   gboolean        only);
/* The ledger as it stood on @as_of (ZJTX_DATE_NONE: as it is now): each
 * award with the status it had that day, read from the dates of its steps,
 * and only the steps taken by then (a later payment's date and voucher are
 * not shown); awards proposed later are not in it. Amounts are today's. */
void            zjtx_award_query_set_as_of     (ZjtxAwardQuery *self,
                                                ZjtxDate        as_of);
ZjtxDate        zjtx_award_query_get_as_of     (ZjtxAwardQuery *self);

/* The matching rows (ZjtxAwardRow), flagged first, then by id. */
GPtrArray      *zjtx_award_query_run           (ZjtxAwardQuery *self,
                                                ZjtxStore      *store,
                                                GError        **error);
/* The sums (ZjtxAwardSum) of the matching awards by @group, in the
 * group's order (kind then year; the county's order of townships;
 * recipients by committed amount, largest first). */
GPtrArray      *zjtx_award_query_sum           (ZjtxAwardQuery *self,
                                                ZjtxStore      *store,
                                                ZjtxAwardGroup  group,
                                                GError        **error);
/* The years of the events in the ledger, newest first (for a filter). */
GArray         *zjtx_award_query_list_years    (ZjtxStore      *store,
                                                GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxAwardQuery, zjtx_award_query_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxAwardRow, zjtx_award_row_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxAwardSum, zjtx_award_sum_free)

G_END_DECLS
