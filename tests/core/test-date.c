/* test-date.c: dates as Julian day numbers */

#include <glib.h>

#include "core/zjtx-date.h"

static void
assert_parse (const char *text,
              int         year,
              int         month,
              int         day)
{
  g_autoptr(GError) error = NULL;
  ZjtxDate date = ZJTX_DATE_NONE;
  int y = -1, m = -1, d = -1;

  g_assert_true (zjtx_date_parse (text, &date, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (date, ==, zjtx_date_from_ymd (year, month, day));
  zjtx_date_to_ymd (date, &y, &m, &d);
  g_assert_cmpint (y, ==, year);
  g_assert_cmpint (m, ==, month);
  g_assert_cmpint (d, ==, day);
}

static void
assert_parse_error (const char *text,
                    int         code,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  ZjtxDate date = 4242;

  g_assert_false (zjtx_date_parse (text, &date, &error));
  g_assert_error (error, ZJTX_DATE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_cmpuint (date, ==, 4242);
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (ZJTX_DATE_ERROR), ==,
                   "zjtx-date-error-quark");
}

static void
test_julian (void)
{
  /* GDate counts 0001-01-01 as day 1 (the proleptic Gregorian ordinal) */
  g_assert_cmpuint (zjtx_date_from_ymd (1, 1, 1), ==, 1);
  g_assert_cmpuint (zjtx_date_from_ymd (1, 1, 2), ==, 2);
  g_assert_cmpuint (zjtx_date_from_ymd (1900, 1, 1), ==, 693596);
  g_assert_cmpuint (zjtx_date_from_ymd (2000, 1, 1), ==, 730120);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 2, 29), ==, 738945);
  g_assert_cmpuint (zjtx_date_from_ymd (2025, 3, 1), ==, 739311);
  g_assert_cmpuint (zjtx_date_from_ymd (9999, 12, 31), ==, 3652059);

  /* subtraction is days between */
  g_assert_cmpuint (zjtx_date_from_ymd (2025, 1, 1) - zjtx_date_from_ymd (2024, 1, 1), ==, 366);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 3, 1) - zjtx_date_from_ymd (2024, 2, 28), ==, 2);
  g_assert_cmpuint (zjtx_date_from_ymd (2023, 3, 1) - zjtx_date_from_ymd (2023, 2, 28), ==, 1);
  /* comparison is ordering */
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 12, 31), <, zjtx_date_from_ymd (2025, 1, 1));
}

static void
test_from_ymd_invalid (void)
{
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 2, 30), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (2023, 2, 29), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 13, 1), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 0, 1), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 1, 0), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 4, 31), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (0, 1, 1), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (-1, 1, 1), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (65536, 1, 1), ==, ZJTX_DATE_NONE);
  /* would truncate to a valid day or month in 8 bits */
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 1, 257), ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_from_ymd (2024, 257, 1), ==, ZJTX_DATE_NONE);
}

static void
test_to_ymd (void)
{
  int y = -1, m = -1, d = -1;

  zjtx_date_to_ymd (738945, &y, &m, &d);
  g_assert_cmpint (y, ==, 2024);
  g_assert_cmpint (m, ==, 2);
  g_assert_cmpint (d, ==, 29);

  zjtx_date_to_ymd (ZJTX_DATE_NONE, &y, &m, &d);
  g_assert_cmpint (y, ==, 0);
  g_assert_cmpint (m, ==, 0);
  g_assert_cmpint (d, ==, 0);

  /* beyond what GDate can represent */
  y = m = d = -1;
  zjtx_date_to_ymd (G_MAXUINT32, &y, &m, &d);
  g_assert_cmpint (y, ==, 0);
  g_assert_cmpint (m, ==, 0);
  g_assert_cmpint (d, ==, 0);

  /* any out-parameter may be NULL */
  y = -1;
  zjtx_date_to_ymd (739311, &y, NULL, NULL);
  g_assert_cmpint (y, ==, 2025);
  zjtx_date_to_ymd (739311, NULL, NULL, &d);
  g_assert_cmpint (d, ==, 1);
}

static void
test_round_trip_every_day (void)
{
  /* every day from 1900 to 2100 through ymd and ISO text and back */
  ZjtxDate first = zjtx_date_from_ymd (1900, 1, 1);
  ZjtxDate last = zjtx_date_from_ymd (2100, 12, 31);
  int expected_year = 1900, expected_month = 1, expected_day = 1;

  g_assert_cmpuint (last - first + 1, ==, 73414);
  for (ZjtxDate date = first; date <= last; date++)
    {
      g_autofree char *iso = zjtx_date_format_iso (date);
      ZjtxDate parsed = ZJTX_DATE_NONE;
      int y, m, d;

      zjtx_date_to_ymd (date, &y, &m, &d);
      g_assert_cmpint (y, ==, expected_year);
      g_assert_cmpint (m, ==, expected_month);
      g_assert_cmpint (d, ==, expected_day);
      g_assert_cmpuint (zjtx_date_from_ymd (y, m, d), ==, date);
      g_assert_true (zjtx_date_parse (iso, &parsed, NULL));
      g_assert_cmpuint (parsed, ==, date);

      /* the next day, counted by hand */
      if (++expected_day > g_date_get_days_in_month (expected_month, expected_year))
        {
          expected_day = 1;
          if (++expected_month > 12)
            {
              expected_month = 1;
              expected_year++;
            }
        }
    }
}

static void
test_parse_valid (void)
{
  assert_parse ("2025-03-01", 2025, 3, 1);
  assert_parse ("2024-02-29", 2024, 2, 29);
  assert_parse ("2000-02-29", 2000, 2, 29);
  assert_parse ("1900-01-01", 1900, 1, 1);
  assert_parse ("9999-12-31", 9999, 12, 31);
  assert_parse ("2024-12-31", 2024, 12, 31);
  assert_parse ("2024-04-30", 2024, 4, 30);
}

static void
test_parse_impossible (void)
{
  assert_parse_error ("2024-02-30", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-02-30” is not a real date: 2024-02 has only 29 days");
  assert_parse_error ("2023-02-29", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2023-02-29” is not a real date: 2023-02 has only 28 days");
  /* 1900 is not a leap year, 2000 is */
  assert_parse_error ("1900-02-29", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“1900-02-29” is not a real date: 1900-02 has only 28 days");
  assert_parse_error ("2024-04-31", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-04-31” is not a real date: 2024-04 has only 30 days");
  assert_parse_error ("2024-01-32", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-01-32” is not a real date: 2024-01 has only 31 days");
  assert_parse_error ("2024-01-99", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-01-99” is not a real date: 2024-01 has only 31 days");
  assert_parse_error ("2024-13-01", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-13-01” is not a real date: there is no month 13");
  assert_parse_error ("2024-00-10", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-00-10” is not a real date: there is no month 0");
  assert_parse_error ("2024-01-00", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“2024-01-00” is not a real date: there is no day 0");
  assert_parse_error ("1899-12-31", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“1899-12-31” is too early (the year must be 1900 or later)");
  assert_parse_error ("0024-05-01", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“0024-05-01” is too early (the year must be 1900 or later)");
  assert_parse_error ("0000-00-00", ZJTX_DATE_ERROR_IMPOSSIBLE,
                      "“0000-00-00” is too early (the year must be 1900 or later)");
}

static void
test_parse_format (void)
{
  assert_parse_error ("", ZJTX_DATE_ERROR_FORMAT, "no date given (expected YYYY-MM-DD)");
  assert_parse_error ("2024-2-3", ZJTX_DATE_ERROR_FORMAT,
                      "“2024-2-3” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024/02/03", ZJTX_DATE_ERROR_FORMAT,
                      "“2024/02/03” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024-02-3", ZJTX_DATE_ERROR_FORMAT,
                      "“2024-02-3” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024-02-03 ", ZJTX_DATE_ERROR_FORMAT,
                      "“2024-02-03 ” is not a date in the form YYYY-MM-DD");
  assert_parse_error (" 2024-02-03", ZJTX_DATE_ERROR_FORMAT,
                      "“ 2024-02-03” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024-02-03T00:00:00", ZJTX_DATE_ERROR_FORMAT,
                      "“2024-02-03T00:00:00” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("20240203", ZJTX_DATE_ERROR_FORMAT,
                      "“20240203” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("02-03-2024", ZJTX_DATE_ERROR_FORMAT,
                      "“02-03-2024” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024-+2-03", ZJTX_DATE_ERROR_FORMAT,
                      "“2024-+2-03” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024--2-03", ZJTX_DATE_ERROR_FORMAT,
                      "“2024--2-03” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("２０２４-02-03", ZJTX_DATE_ERROR_FORMAT,
                      "“２０２４-02-03” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024年2月3日", ZJTX_DATE_ERROR_FORMAT,
                      "“2024年2月3日” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("12024-02-03", ZJTX_DATE_ERROR_FORMAT,
                      "“12024-02-03” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("2024-02-0\xff", ZJTX_DATE_ERROR_FORMAT,
                      "“2024-02-0\xef\xbf\xbd” is not a date in the form YYYY-MM-DD");
  assert_parse_error ("this is a very long piece of text that is not a date",
                      ZJTX_DATE_ERROR_FORMAT,
                      "“this is a very long piece of text that i…” is not a date "
                      "in the form YYYY-MM-DD");
}

static void
test_format_iso (void)
{
  g_autofree char *a = zjtx_date_format_iso (zjtx_date_from_ymd (2025, 3, 1));
  g_autofree char *b = zjtx_date_format_iso (zjtx_date_from_ymd (1900, 1, 1));
  g_autofree char *c = zjtx_date_format_iso (zjtx_date_from_ymd (9999, 12, 31));
  g_autofree char *d = zjtx_date_format_iso (zjtx_date_from_ymd (1, 1, 1));

  g_assert_cmpstr (a, ==, "2025-03-01");
  g_assert_cmpstr (b, ==, "1900-01-01");
  g_assert_cmpstr (c, ==, "9999-12-31");
  g_assert_cmpstr (d, ==, "0001-01-01");
  g_assert_null (zjtx_date_format_iso (ZJTX_DATE_NONE));
}

static void
test_format_cn (void)
{
  g_autofree char *a = zjtx_date_format_cn (zjtx_date_from_ymd (2025, 3, 1));
  g_autofree char *b = zjtx_date_format_cn (zjtx_date_from_ymd (2024, 12, 31));
  g_autofree char *c = zjtx_date_format_cn (zjtx_date_from_ymd (2024, 10, 10));

  g_assert_cmpstr (a, ==, "2025年3月1日");
  g_assert_cmpstr (b, ==, "2024年12月31日");
  g_assert_cmpstr (c, ==, "2024年10月10日");
  g_assert_null (zjtx_date_format_cn (ZJTX_DATE_NONE));
}

static void
assert_add_years (int from_y, int from_m, int from_d,
                  int years,
                  int to_y, int to_m, int to_d)
{
  ZjtxDate result = zjtx_date_add_years (zjtx_date_from_ymd (from_y, from_m, from_d), years);

  g_assert_cmpuint (result, ==, zjtx_date_from_ymd (to_y, to_m, to_d));
}

static void
assert_add_months (int from_y, int from_m, int from_d,
                   int months,
                   int to_y, int to_m, int to_d)
{
  ZjtxDate result = zjtx_date_add_months (zjtx_date_from_ymd (from_y, from_m, from_d), months);

  g_assert_cmpint (result, ==, zjtx_date_from_ymd (to_y, to_m, to_d));
}

static void
test_add_months (void)
{
  assert_add_months (2025, 1, 15, 6, 2025, 7, 15);
  assert_add_months (2025, 8, 31, 6, 2026, 2, 28);
  assert_add_months (2027, 8, 31, 6, 2028, 2, 29);
  assert_add_months (2025, 12, 31, 6, 2026, 6, 30);
  assert_add_months (2025, 7, 1, 6, 2026, 1, 1);
  assert_add_months (2026, 3, 31, -1, 2026, 2, 28);
  assert_add_months (2025, 5, 20, 0, 2025, 5, 20);
  g_assert_cmpint (zjtx_date_add_months (ZJTX_DATE_NONE, 6), ==, ZJTX_DATE_NONE);
}

static void
test_add_years (void)
{
  assert_add_years (2024, 2, 29, 3, 2027, 2, 28);
  assert_add_years (2024, 2, 29, 4, 2028, 2, 29);
  assert_add_years (2024, 2, 29, 1, 2025, 2, 28);
  assert_add_years (2024, 2, 28, 1, 2025, 2, 28);
  assert_add_years (2023, 3, 1, 1, 2024, 3, 1);
  assert_add_years (2025, 3, 1, 3, 2028, 3, 1);
  assert_add_years (2024, 12, 31, 1, 2025, 12, 31);
  assert_add_years (2025, 6, 15, 0, 2025, 6, 15);
  assert_add_years (2024, 2, 29, 0, 2024, 2, 29);
  assert_add_years (2028, 2, 29, -1, 2027, 2, 28);
  assert_add_years (2028, 2, 29, -4, 2024, 2, 29);
  assert_add_years (2025, 6, 15, -125, 1900, 6, 15);
  /* 2096 is a leap year, 2100 is not */
  assert_add_years (2096, 2, 29, 4, 2100, 2, 28);

  /* no date, no answer */
  g_assert_cmpuint (zjtx_date_add_years (ZJTX_DATE_NONE, 3), ==, ZJTX_DATE_NONE);
  /* nor outside what GDate can hold */
  g_assert_cmpuint (zjtx_date_add_years (zjtx_date_from_ymd (2024, 1, 1), 70000),
                    ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_add_years (zjtx_date_from_ymd (2024, 1, 1), -2024),
                    ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_add_years (zjtx_date_from_ymd (2024, 1, 1), -2023),
                    ==, zjtx_date_from_ymd (1, 1, 1));
  g_assert_cmpuint (zjtx_date_add_years (zjtx_date_from_ymd (2024, 1, 1), G_MAXINT),
                    ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_add_years (zjtx_date_from_ymd (2024, 1, 1), G_MININT),
                    ==, ZJTX_DATE_NONE);
  g_assert_cmpuint (zjtx_date_add_years (G_MAXUINT32, 1), ==, ZJTX_DATE_NONE);
}

static void
test_today (void)
{
  g_autoptr(GDateTime) before = g_date_time_new_now_local ();
  ZjtxDate today = zjtx_date_today ();
  g_autoptr(GDateTime) after = g_date_time_new_now_local ();
  int y, m, d;

  zjtx_date_to_ymd (today, &y, &m, &d);
  /* midnight may pass between the calls; today is one of the two */
  g_assert_true ((y == g_date_time_get_year (before)
                  && m == g_date_time_get_month (before)
                  && d == g_date_time_get_day_of_month (before))
                 || (y == g_date_time_get_year (after)
                     && m == g_date_time_get_month (after)
                     && d == g_date_time_get_day_of_month (after)));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/error-quark", test_error_quark);
  g_test_add_func ("/date/julian", test_julian);
  g_test_add_func ("/date/from-ymd-invalid", test_from_ymd_invalid);
  g_test_add_func ("/date/to-ymd", test_to_ymd);
  g_test_add_func ("/date/round-trip-every-day", test_round_trip_every_day);
  g_test_add_func ("/date/parse/valid", test_parse_valid);
  g_test_add_func ("/date/parse/impossible", test_parse_impossible);
  g_test_add_func ("/date/parse/format", test_parse_format);
  g_test_add_func ("/date/format/iso", test_format_iso);
  g_test_add_func ("/date/format/cn", test_format_cn);
  g_test_add_func ("/date/add-years", test_add_years);
  g_test_add_func ("/date/add-months", test_add_months);
  g_test_add_func ("/date/today", test_today);

  return g_test_run ();
}
