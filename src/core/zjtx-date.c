/* zjtx-date.c: calendar dates as Julian day numbers */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/zjtx-date.h"

G_DEFINE_QUARK (zjtx-date-error-quark, zjtx_date_error)

/* Dates come from our own documents and forms: anything before 1900 is a
 * typo (0024 for 2024), and four digits end at 9999 by themselves. */
#define MIN_YEAR 1900

static int
digits_value (const char *p,
              int         n)
{
  int value = 0;

  for (int i = 0; i < n; i++)
    value = value * 10 + (p[i] - '0');
  return value;
}

static gboolean
fail_format (const char  *text,
             GError     **error)
{
  g_autofree char *echo = NULL;

  if (*text == '\0')
    {
      g_set_error_literal (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_FORMAT,
                           _("no date given (expected YYYY-MM-DD)"));
      return FALSE;
    }

  /* Whatever it is, it is echoed back: keep the message valid UTF-8. */
  echo = g_utf8_make_valid (text, -1);
  if (g_utf8_strlen (echo, -1) > 40)
    {
      *g_utf8_offset_to_pointer (echo, 40) = '\0';
      g_set_error (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_FORMAT,
                   _("“%s…” is not a date in the form YYYY-MM-DD"), echo);
    }
  else
    {
      g_set_error (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_FORMAT,
                   _("“%s” is not a date in the form YYYY-MM-DD"), echo);
    }
  return FALSE;
}

gboolean
zjtx_date_parse (const char  *text,
                 ZjtxDate    *out,
                 GError     **error)
{
  int year;
  int month;
  int day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Byte by byte: only ASCII passes, so a 10-byte match is 10 characters. */
  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return fail_format (text, error);
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return fail_format (text, error);

  year = digits_value (text, 4);
  month = digits_value (text + 5, 2);
  day = digits_value (text + 8, 2);

  /* The text is exactly ten ASCII bytes here, so it can be quoted as is. */
  if (year < MIN_YEAR)
    {
      g_set_error (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_IMPOSSIBLE,
                   _("“%s” is too early (the year must be %d or later)"),
                   text, MIN_YEAR);
      return FALSE;
    }
  if (month < 1 || month > 12)
    {
      g_set_error (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_IMPOSSIBLE,
                   _("“%s” is not a real date: there is no month %d"),
                   text, month);
      return FALSE;
    }
  if (day < 1)
    {
      g_set_error (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_IMPOSSIBLE,
                   _("“%s” is not a real date: there is no day 0"), text);
      return FALSE;
    }
  if (day > g_date_get_days_in_month (month, year))
    {
      g_set_error (error, ZJTX_DATE_ERROR, ZJTX_DATE_ERROR_IMPOSSIBLE,
                   _("“%s” is not a real date: %.7s has only %d days"),
                   text, text, (int) g_date_get_days_in_month (month, year));
      return FALSE;
    }

  *out = zjtx_date_from_ymd (year, month, day);
  return TRUE;
}

/* ZJTX_DATE_NONE if there is no such day, so that a bad date never turns
 * into a plausible one. */
ZjtxDate
zjtx_date_from_ymd (int year,
                    int month,
                    int day)
{
  GDate date;

  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1 || day > 31
      || !g_date_valid_dmy (day, month, year))
    return ZJTX_DATE_NONE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

/* The latest Julian day GDate can turn back into a date (year 65535). */
static ZjtxDate
max_julian (void)
{
  return zjtx_date_from_ymd (G_MAXUINT16, 12, 31);
}

static gboolean
to_gdate (ZjtxDate  date,
          GDate    *out)
{
  g_date_clear (out, 1);
  if (date == ZJTX_DATE_NONE || date > max_julian ())
    return FALSE;
  g_date_set_julian (out, date);
  return TRUE;
}

void
zjtx_date_to_ymd (ZjtxDate  date,
                  int      *year,
                  int      *month,
                  int      *day)
{
  GDate d;
  gboolean valid = to_gdate (date, &d);

  /* Not a date: all zero, which no real date has. */
  if (year != NULL)
    *year = valid ? g_date_get_year (&d) : 0;
  if (month != NULL)
    *month = valid ? g_date_get_month (&d) : 0;
  if (day != NULL)
    *day = valid ? g_date_get_day (&d) : 0;
}

char *
zjtx_date_format_iso (ZjtxDate date)
{
  int year, month, day;

  if (date == ZJTX_DATE_NONE)
    return NULL;

  zjtx_date_to_ymd (date, &year, &month, &day);
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

char *
zjtx_date_format_cn (ZjtxDate date)
{
  int year, month, day;

  if (date == ZJTX_DATE_NONE)
    return NULL;

  zjtx_date_to_ymd (date, &year, &month, &day);
  /* The official form, not a translation: never put this in _(). */
  return g_strdup_printf ("%d年%d月%d日", year, month, day);
}

ZjtxDate
zjtx_date_add_years (ZjtxDate date,
                     int      years)
{
  GDate d;
  int year;

  if (!to_gdate (date, &d))
    return ZJTX_DATE_NONE;

  /* GDate only knows years 1–65535; beyond that there is no answer. */
  year = g_date_get_year (&d);
  if (years > G_MAXUINT16 - year || years < 1 - year)
    return ZJTX_DATE_NONE;

  /* g_date_add_years turns 29 February into 28 February in a common year. */
  if (years >= 0)
    g_date_add_years (&d, years);
  else
    g_date_subtract_years (&d, -years);
  return g_date_get_julian (&d);
}

ZjtxDate
zjtx_date_add_months (ZjtxDate date,
                      int      months)
{
  GDate d;
  int year;

  if (!to_gdate (date, &d))
    return ZJTX_DATE_NONE;

  year = g_date_get_year (&d);
  if (months / 12 > G_MAXUINT16 - year || months / 12 < 1 - year)
    return ZJTX_DATE_NONE;

  /* g_date_add_months keeps the day, or the month's last day when the
   * month is shorter (31 August + 6 months = 28 or 29 February). */
  if (months >= 0)
    g_date_add_months (&d, months);
  else
    g_date_subtract_months (&d, -months);
  if (!g_date_valid (&d))
    return ZJTX_DATE_NONE;
  return g_date_get_julian (&d);
}

ZjtxDate
zjtx_date_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return zjtx_date_from_ymd (g_date_time_get_year (now),
                             g_date_time_get_month (now),
                             g_date_time_get_day_of_month (now));
}
