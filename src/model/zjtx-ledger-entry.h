/* zjtx-ledger-entry.h: one award of the ledger (the "award" table)
 *
 * An award the evaluator computed, identified by recipient, kind and
 * "fact-key" (what it rests on), as it moves proposed → approved → paid,
 * or → rejected. "amount" and "basis" are what was proposed or approved;
 * when the facts later give something else for an approved or paid award,
 * "basis-changed" is set and "computed-amount"/"computed-basis" say what
 * (zjtx-ledger.h does all this; the record only holds and checks it).
 * Dates are ISO strings; amounts fen; "computed-amount" is ZJTX_RECORD_NULL
 * when nothing is computed any more.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_LEDGER_ENTRY (zjtx_ledger_entry_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxLedgerEntry, zjtx_ledger_entry, ZJTX, LEDGER_ENTRY, ZjtxRecord)

ZjtxLedgerEntry *zjtx_ledger_entry_new (void);

const char *     zjtx_ledger_entry_get_recipient_type (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_recipient_type (ZjtxLedgerEntry *self,
                                                       const char *recipient_type);
gint64           zjtx_ledger_entry_get_enterprise_id (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_enterprise_id (ZjtxLedgerEntry *self,
                                                      gint64 enterprise_id);
gint64           zjtx_ledger_entry_get_institution_id (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_institution_id (ZjtxLedgerEntry *self,
                                                       gint64 institution_id);
const char *     zjtx_ledger_entry_get_kind (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_kind (ZjtxLedgerEntry *self,
                                             const char *kind);
const char *     zjtx_ledger_entry_get_fact_key (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_fact_key (ZjtxLedgerEntry *self,
                                                 const char *fact_key);
const char *     zjtx_ledger_entry_get_policy_key (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_policy_key (ZjtxLedgerEntry *self,
                                                   const char *policy_key);
const char *     zjtx_ledger_entry_get_clause (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_clause (ZjtxLedgerEntry *self,
                                               const char *clause);
const char *     zjtx_ledger_entry_get_event_date (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_event_date (ZjtxLedgerEntry *self,
                                                   const char *event_date);
gint64           zjtx_ledger_entry_get_amount (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_amount (ZjtxLedgerEntry *self,
                                               gint64 amount);
const char *     zjtx_ledger_entry_get_basis (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_basis (ZjtxLedgerEntry *self,
                                              const char *basis);
const char *     zjtx_ledger_entry_get_status (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_status (ZjtxLedgerEntry *self,
                                               const char *status);
const char *     zjtx_ledger_entry_get_proposed_on (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_proposed_on (ZjtxLedgerEntry *self,
                                                    const char *proposed_on);
const char *     zjtx_ledger_entry_get_approved_on (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_approved_on (ZjtxLedgerEntry *self,
                                                    const char *approved_on);
const char *     zjtx_ledger_entry_get_approved_by (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_approved_by (ZjtxLedgerEntry *self,
                                                    const char *approved_by);
const char *     zjtx_ledger_entry_get_paid_on (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_paid_on (ZjtxLedgerEntry *self,
                                                const char *paid_on);
const char *     zjtx_ledger_entry_get_paid_by (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_paid_by (ZjtxLedgerEntry *self,
                                                const char *paid_by);
const char *     zjtx_ledger_entry_get_voucher (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_voucher (ZjtxLedgerEntry *self,
                                                const char *voucher);
const char *     zjtx_ledger_entry_get_rejected_on (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_rejected_on (ZjtxLedgerEntry *self,
                                                    const char *rejected_on);
const char *     zjtx_ledger_entry_get_rejected_by (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_rejected_by (ZjtxLedgerEntry *self,
                                                    const char *rejected_by);
const char *     zjtx_ledger_entry_get_reason (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_reason (ZjtxLedgerEntry *self,
                                               const char *reason);
gboolean         zjtx_ledger_entry_get_basis_changed (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_basis_changed (ZjtxLedgerEntry *self,
                                                      gboolean basis_changed);
gint64           zjtx_ledger_entry_get_computed_amount (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_computed_amount (ZjtxLedgerEntry *self,
                                                        gint64 computed_amount);
const char *     zjtx_ledger_entry_get_computed_basis (ZjtxLedgerEntry *self);
void             zjtx_ledger_entry_set_computed_basis (ZjtxLedgerEntry *self,
                                                       const char *computed_basis);

G_END_DECLS
