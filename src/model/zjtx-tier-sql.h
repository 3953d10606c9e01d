/* zjtx-tier-sql.h: the tiers held on a date, as SQL (private to src/model)
 *
 * The SQL mirror of zjtx_enterprise_tier_on () and
 * zjtx_enterprise_holds_tier (): a recognition is valid from its date up
 * to, not including, zjtx_add_years (date, validity), the core's own date
 * rule registered as an SQL function by ZjtxStore. Every query that judges
 * tiers in SQL (the pool's lists, the dashboards) is built from these, so
 * that no two of them can disagree with each other or with the core.
 *
 * Arguments are SQL text: R a recognition alias, E an enterprise alias,
 * D a date, V the validity in years (usually bound parameters "?1", "?2").
 */
#pragma once

/* A recognition's tier as a number, 1–3: the values of ZjtxTier. */
#define ZJTX_TIER_RANK_SQL(R) \
  "(CASE " R ".tier WHEN 'national' THEN 3 WHEN 'provincial' THEN 2 ELSE 1 END)"

/* Recognition R is valid on D. */
#define ZJTX_VALID_ON_SQL(R, D, V) \
  R ".date <= " D " AND " D " < zjtx_add_years (" R ".date, " V ")"

/* The highest tier enterprise E holds on D, 0 (none) to 3. */
#define ZJTX_TIER_AT_SQL(E, D, V) \
  "(SELECT coalesce (max (" ZJTX_TIER_RANK_SQL ("r") "), 0) " \
  "   FROM recognition r WHERE r.enterprise_id = " E ".id AND " ZJTX_VALID_ON_SQL ("r", D, V) ")"

/* Enterprise E loses the tier it holds on D by BY. What counts is that
 * the tier held falls (a re-review or a higher tier lasting beyond BY means
 * nothing is lost); it can only fall if a recognition ends in (D, BY],
 * which narrows it cheaply first. Cheaply: zjtx_add_years () is asked only
 * of recognitions dated within a week of [D, BY] moved back V years (it
 * moves a date by whole years, 29 February to 28 February at most, so no
 * other can end in there), once each (BETWEEN; [D, BY]: the few ending on
 * D itself fail the test that follows anyway). */
#define ZJTX_EXPIRING_SQL(E, D, V, BY) \
  E ".id IN (SELECT enterprise_id FROM recognition " \
  "WHERE date > date (zjtx_add_years (" D ", -" V "), '-7 days') " \
  "AND date <= date (zjtx_add_years (" BY ", -" V "), '+7 days') " \
  "AND zjtx_add_years (date, " V ") BETWEEN " D " AND " BY ")" \
  " AND " ZJTX_TIER_AT_SQL (E, BY, V) " < " ZJTX_TIER_AT_SQL (E, D, V)
