/* zjtx-ledger.h: the award ledger, from proposal to payment
 *
 * The evaluator's awards for the stored facts become proposals; each moves
 * proposed → approved → paid, or → rejected, by an officer (the store's
 * actor) on a date, every step audited. An award is identified by its
 * recipient, its kind and "fact-key", what it rests on: a first recognition
 * of a tier is rewarded once ever ("first"); park support and service
 * rewards once per policy ("policy:<policy id>"). So the same award is never
 * proposed or paid twice, whatever is recomputed or imported again.
 *
 * Recomputing (zjtx_ledger_sync) changes proposals to what the facts give
 * now and withdraws those they no longer give; it never changes an approved
 * or paid award: it flags it (basis-changed) with what the facts give now,
 * for an officer to settle.
 */
#pragma once

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "zjtx-ledger-entry.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_LEDGER_ERROR (zjtx_ledger_error_quark ())

typedef enum {
  ZJTX_LEDGER_ERROR_NOT_FOUND,    /* no award with that id */
  ZJTX_LEDGER_ERROR_STATE,        /* the step does not follow the award's status */
  ZJTX_LEDGER_ERROR_FLAGGED,      /* its basis changed: settle it first */
  ZJTX_LEDGER_ERROR_EXCLUSIVE,    /* loan subsidy and rent subsidy are not both given */
  ZJTX_LEDGER_ERROR_INVALID,      /* a date, reason or voucher is missing or wrong */
} ZjtxLedgerError;

GQuark zjtx_ledger_error_quark (void);

typedef enum {
  ZJTX_LEDGER_CHANGE_ADDED,       /* a new proposal */
  ZJTX_LEDGER_CHANGE_UPDATED,     /* a proposal's amount or basis changed */
  ZJTX_LEDGER_CHANGE_WITHDRAWN,   /* a proposal the facts no longer give, removed */
  ZJTX_LEDGER_CHANGE_FLAGGED,     /* an approved or paid award whose basis changed */
  ZJTX_LEDGER_CHANGE_UNFLAGGED,   /* the facts give again what was approved or paid */
} ZjtxLedgerChangeKind;

typedef struct {
  ZjtxLedgerChangeKind kind;
  gint64               award_id;      /* 0 for an addition not made (dry run) */
  char                *recipient;     /* the recipient's name */
  char                *award_kind;    /* "rent_subsidy" … */
  char                *status;        /* the award's status ("proposed" for an addition) */
  ZjtxFen              old_amount;    /* ZJTX_RECORD_NULL: none (an addition) */
  ZjtxFen              new_amount;    /* ZJTX_RECORD_NULL: none (withdrawn, or no longer due) */
  char                *old_basis;
  char                *new_basis;
} ZjtxLedgerChange;

void zjtx_ledger_change_free (ZjtxLedgerChange *change);

/* "proposed" → "拟奖励" (translated), for lists and messages. */
const char *zjtx_ledger_status_label (const char *status);

/* Brings the ledger in step with the facts as of @as_of; @today dates new
 * proposals. Returns the changes (ZjtxLedgerChange), in one transaction; with
 * @dry_run nothing is written and the changes say what would be. */
GPtrArray *zjtx_ledger_sync    (ZjtxStore     *store,
                                ZjtxDate       as_of,
                                ZjtxDate       today,
                                gboolean       dry_run,
                                GError       **error);

/* Approves the proposals @ids on @date, all or none. */
gboolean   zjtx_ledger_approve (ZjtxStore     *store,
                                const gint64  *ids,
                                guint          n_ids,
                                ZjtxDate       date,
                                GError       **error);
/* A proposed or approved (not paid) award, with the officer's reason. */
gboolean   zjtx_ledger_reject  (ZjtxStore     *store,
                                gint64         id,
                                ZjtxDate       date,
                                const char    *reason,
                                GError       **error);
/* An approved award paid on @date under payment voucher @voucher. */
gboolean   zjtx_ledger_pay     (ZjtxStore     *store,
                                gint64         id,
                                ZjtxDate       date,
                                const char    *voucher,
                                GError       **error);
/* Settles a flagged award with the officer's reason: an approved one goes
 * back to proposed with what the facts give now (or is rejected if they give
 * nothing); a paid one keeps its amount, the flag cleared (what was paid was
 * paid: any difference is settled outside, the reason says how). */
gboolean   zjtx_ledger_settle  (ZjtxStore     *store,
                                gint64         id,
                                ZjtxDate       date,
                                const char    *reason,
                                GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxLedgerChange, zjtx_ledger_change_free)

G_END_DECLS
