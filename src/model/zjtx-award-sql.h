/* zjtx-award-sql.h: an award's status on a date, as SQL (private to src/model)
 *
 * The ledger keeps the date of each step (proposed_on, approved_on,
 * paid_on, rejected_on), so its state on any day can be read back. The
 * rewards dashboard and the rewards page's "as of" view are built from
 * this one expression, so that a number on the dashboard and the list
 * behind it cannot disagree.
 *
 * A an award alias, D a date (usually a bound parameter, "?1").
 */
#pragma once

/* The status award A had on D: paid on or before it; else rejected by
 * then; else approved by then; else proposed by then; NULL before it was
 * proposed. An approval withdrawn by settling leaves no date behind, so
 * such an award reads as proposed on the days it was approved. */
#define ZJTX_AWARD_STATUS_ON_SQL(A, D) \
  "(CASE WHEN " A ".paid_on <= " D " THEN 'paid' " \
  "      WHEN " A ".rejected_on <= " D " THEN 'rejected' " \
  "      WHEN " A ".approved_on <= " D " THEN 'approved' " \
  "      WHEN " A ".proposed_on <= " D " THEN 'proposed' END)"
