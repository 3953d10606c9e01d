/* zjtx-date.h: calendar dates as Julian day numbers
 *
 * The core passes dates around as guint32 Julian day numbers (as GDate
 * counts them, 0001-01-01 = 1), 0 meaning "no date". Comparing and
 * subtracting is then plain integer arithmetic.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef guint32 ZjtxDate;

#define ZJTX_DATE_NONE ((ZjtxDate) 0)
#define ZJTX_DATE_ERROR (zjtx_date_error_quark ())

typedef enum {
  ZJTX_DATE_ERROR_FORMAT,      /* not YYYY-MM-DD */
  ZJTX_DATE_ERROR_IMPOSSIBLE,  /* e.g. 2024-02-30 or month 13 */
} ZjtxDateError;

GQuark    zjtx_date_error_quark  (void);

/* Strict ISO "YYYY-MM-DD" (years 1900–9999). */
gboolean  zjtx_date_parse        (const char *text,
                                  ZjtxDate   *out,
                                  GError    **error);
ZjtxDate  zjtx_date_from_ymd     (int year, int month, int day);
void      zjtx_date_to_ymd       (ZjtxDate date, int *year, int *month, int *day);
/* "2025-03-01"; NULL for ZJTX_DATE_NONE. */
char     *zjtx_date_format_iso   (ZjtxDate date);
/* "2025年3月1日" (the official form, Arabic numerals, no leading zeros). */
char     *zjtx_date_format_cn    (ZjtxDate date);
/* The same day @years later; 29 February becomes 28 February in a common year. */
ZjtxDate  zjtx_date_add_years    (ZjtxDate date, int years);
/* The same day @months later, or the last day of a shorter month. */
ZjtxDate  zjtx_date_add_months   (ZjtxDate date, int months);
/* Today in local time (for the programs; the core itself never asks the clock). */
ZjtxDate  zjtx_date_today        (void);

G_END_DECLS
