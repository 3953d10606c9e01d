/* test-money.c: integer money, parsing, formatting and amounts in words */

#include <string.h>

#include <glib.h>

#include "core/zjtx-money.h"

/* ---- parsing ---------------------------------------------------------- */

static void
assert_money (const char *text,
              ZjtxFen     expected)
{
  g_autoptr(GError) error = NULL;
  ZjtxFen fen = -12345;

  g_assert_true (zjtx_money_parse (text, &fen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fen, ==, expected);
}

static void
assert_money_error (const char *text,
                    int         code,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  ZjtxFen fen = -12345;

  g_assert_false (zjtx_money_parse (text, &fen, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  /* a failed parse leaves the output alone */
  g_assert_cmpint (fen, ==, -12345);
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (ZJTX_MONEY_ERROR), ==,
                   "zjtx-money-error-quark");
}

static void
test_parse_valid (void)
{
  assert_money ("8000000.00", 800000000);
  assert_money ("12.5", 1250);
  assert_money ("7", 700);
  assert_money ("0", 0);
  assert_money ("0.0", 0);
  assert_money ("0.00", 0);
  assert_money ("0.01", 1);
  assert_money ("0.1", 10);
  assert_money ("0.99", 99);
  assert_money ("007", 700);
  assert_money ("7201.65", 720165);
  assert_money ("100000", 10000000);
  assert_money ("9999999999999.99", ZJTX_FEN_MAX - 1);
  assert_money ("10000000000000", ZJTX_FEN_MAX);
  assert_money ("10000000000000.00", ZJTX_FEN_MAX);
  /* leading zeros do not count towards overflow */
  assert_money ("0000000000000000000000000000000000000001", 100);
  assert_money ("00000000000000000000000000010000000000000.00", ZJTX_FEN_MAX);
}

static void
test_parse_invalid (void)
{
  assert_money_error ("", ZJTX_MONEY_ERROR_INVALID, "no number given");
  assert_money_error (".", ZJTX_MONEY_ERROR_INVALID,
                      "“.” is not a number: write a digit before the “.”, e.g. 0.5");
  assert_money_error ("1.", ZJTX_MONEY_ERROR_INVALID,
                      "“1.” is not a number: write a digit after the “.”, or leave it out");
  assert_money_error (".5", ZJTX_MONEY_ERROR_INVALID,
                      "“.5” is not a number: write a digit before the “.”, e.g. 0.5");
  assert_money_error ("-.5", ZJTX_MONEY_ERROR_INVALID,
                      "“-.5” is not a number: write a digit before the “.”, e.g. 0.5");
  assert_money_error ("+5", ZJTX_MONEY_ERROR_INVALID,
                      "“+5” is not a number: leave out the “+” sign");
  assert_money_error ("1e5", ZJTX_MONEY_ERROR_INVALID,
                      "“1e5” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  assert_money_error ("1,000", ZJTX_MONEY_ERROR_INVALID,
                      "“1,000” is not a number: leave out thousands separators");
  assert_money_error (" 5", ZJTX_MONEY_ERROR_INVALID,
                      "“ 5” is not a number: it contains a space");
  assert_money_error ("5 ", ZJTX_MONEY_ERROR_INVALID,
                      "“5 ” is not a number: it contains a space");
  assert_money_error ("5\t", ZJTX_MONEY_ERROR_INVALID,
                      "“5\t” is not a number: it contains a space");
  assert_money_error ("５", ZJTX_MONEY_ERROR_INVALID,
                      "“５” is not a number: use half-width digits 0–9 and “.”");
  assert_money_error ("1２.5", ZJTX_MONEY_ERROR_INVALID,
                      "“1２.5” is not a number: use half-width digits 0–9 and “.”");
  assert_money_error ("12。5", ZJTX_MONEY_ERROR_INVALID,
                      "“12。5” is not a number: use half-width digits 0–9 and “.”");
  assert_money_error ("1.2.3", ZJTX_MONEY_ERROR_INVALID,
                      "“1.2.3” is not a number: it has more than one “.”");
  assert_money_error ("abc", ZJTX_MONEY_ERROR_INVALID,
                      "“abc” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  assert_money_error ("-", ZJTX_MONEY_ERROR_INVALID,
                      "“-” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  assert_money_error ("--5", ZJTX_MONEY_ERROR_INVALID,
                      "“--5” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  assert_money_error ("5-", ZJTX_MONEY_ERROR_INVALID,
                      "“5-” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  assert_money_error ("0x10", ZJTX_MONEY_ERROR_INVALID,
                      "“0x10” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  assert_money_error ("12元", ZJTX_MONEY_ERROR_INVALID,
                      "“12元” is not a number: use half-width digits 0–9 and “.”");
  /* a syntax error wins over the sign: "-1,000" is not a number at all */
  assert_money_error ("-1,000", ZJTX_MONEY_ERROR_INVALID,
                      "“-1,000” is not a number: leave out thousands separators");
  /* broken UTF-8 is echoed as U+FFFD, keeping the message valid text */
  assert_money_error ("\xff", ZJTX_MONEY_ERROR_INVALID,
                      "“\xef\xbf\xbd” is not a number: use half-width digits 0–9 and “.”");
  /* long junk is cut to 40 characters */
  assert_money_error ("abcdefghijabcdefghijabcdefghijabcdefghijabcdefghij",
                      ZJTX_MONEY_ERROR_INVALID,
                      "“abcdefghijabcdefghijabcdefghijabcdefghij…” is not a number: "
                      "use only digits and at most one “.”, e.g. 1234.56");
}

static void
test_parse_precision (void)
{
  assert_money_error ("1.234", ZJTX_MONEY_ERROR_PRECISION,
                      "“1.234” has more than 2 decimal places");
  assert_money_error ("0.001", ZJTX_MONEY_ERROR_PRECISION,
                      "“0.001” has more than 2 decimal places");
  /* strictly digits, not value: a third zero is still a third decimal */
  assert_money_error ("1.230", ZJTX_MONEY_ERROR_PRECISION,
                      "“1.230” has more than 2 decimal places");
  /* precision is reported before overflow */
  assert_money_error ("99999999999999999999.999", ZJTX_MONEY_ERROR_PRECISION,
                      "“99999999999999999999.999” has more than 2 decimal places");
}

static void
test_parse_negative (void)
{
  assert_money_error ("-5", ZJTX_MONEY_ERROR_NEGATIVE, "“-5” must not be negative");
  assert_money_error ("-0", ZJTX_MONEY_ERROR_NEGATIVE, "“-0” must not be negative");
  assert_money_error ("-1.234", ZJTX_MONEY_ERROR_NEGATIVE,
                      "“-1.234” must not be negative");
}

static void
test_parse_overflow (void)
{
  assert_money_error ("10000000000000.01", ZJTX_MONEY_ERROR_OVERFLOW,
                      "“10000000000000.01” is too large (at most 10,000,000,000,000)");
  assert_money_error ("10000000000001", ZJTX_MONEY_ERROR_OVERFLOW,
                      "“10000000000001” is too large (at most 10,000,000,000,000)");
  /* past gint64: these would wrap if the check came after the arithmetic */
  assert_money_error ("92233720368547758.07", ZJTX_MONEY_ERROR_OVERFLOW,
                      "“92233720368547758.07” is too large (at most 10,000,000,000,000)");
  assert_money_error ("184467440737095516.16", ZJTX_MONEY_ERROR_OVERFLOW,
                      "“184467440737095516.16” is too large (at most 10,000,000,000,000)");
  assert_money_error ("1234567890123456789012345678901234567890",
                      ZJTX_MONEY_ERROR_OVERFLOW,
                      "“1234567890123456789012345678901234567890” is too large "
                      "(at most 10,000,000,000,000)");
  assert_money_error ("12345678901234567890123456789012345678901234567890",
                      ZJTX_MONEY_ERROR_OVERFLOW,
                      "“1234567890123456789012345678901234567890…” is too large "
                      "(at most 10,000,000,000,000)");
}

static void
test_decimal_parse (void)
{
  g_autoptr(GError) error = NULL;
  gint64 value = 0;

  /* negatives where allowed; the limit bounds the magnitude */
  g_assert_true (zjtx_decimal_parse ("-12.5", 2, TRUE, 10000, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpint (value, ==, -1250);
  g_assert_true (zjtx_decimal_parse ("-100", 2, TRUE, 10000, &value, &error));
  g_assert_cmpint (value, ==, -10000);
  g_assert_false (zjtx_decimal_parse ("-100.01", 2, TRUE, 10000, &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "“-100.01” is too large (at most 100)");
  g_clear_error (&error);
  g_assert_true (zjtx_decimal_parse ("-0", 2, TRUE, 10000, &value, &error));
  g_assert_cmpint (value, ==, 0);

  /* whole numbers */
  g_assert_true (zjtx_decimal_parse ("42", 0, FALSE, 100, &value, &error));
  g_assert_cmpint (value, ==, 42);
  g_assert_false (zjtx_decimal_parse ("12.5", 0, FALSE, 100, &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_PRECISION);
  g_assert_cmpstr (error->message, ==, "“12.5” must be a whole number");
  g_clear_error (&error);
  g_assert_false (zjtx_decimal_parse ("1.23", 1, FALSE, 100, &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_PRECISION);
  g_assert_cmpstr (error->message, ==, "“1.23” has more than 1 decimal place");
  g_clear_error (&error);

  /* tiny limits, where limit - digit is negative */
  g_assert_true (zjtx_decimal_parse ("5", 0, FALSE, 5, &value, &error));
  g_assert_cmpint (value, ==, 5);
  g_assert_false (zjtx_decimal_parse ("6", 0, FALSE, 5, &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "“6” is too large (at most 5)");
  g_clear_error (&error);
  g_assert_true (zjtx_decimal_parse ("0.00", 2, FALSE, 0, &value, &error));
  g_assert_cmpint (value, ==, 0);
  g_assert_false (zjtx_decimal_parse ("0.01", 2, FALSE, 0, &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "“0.01” is too large (at most 0)");
  g_clear_error (&error);

  /* the whole gint64 range, exactly to its edge */
  g_assert_true (zjtx_decimal_parse ("9223372036854775807", 0, TRUE, G_MAXINT64,
                                     &value, &error));
  g_assert_cmpint (value, ==, G_MAXINT64);
  g_assert_true (zjtx_decimal_parse ("-9223372036854775807", 0, TRUE, G_MAXINT64,
                                     &value, &error));
  g_assert_cmpint (value, ==, -G_MAXINT64);
  g_assert_false (zjtx_decimal_parse ("9223372036854775808", 0, TRUE, G_MAXINT64,
                                      &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "“9223372036854775808” is too large (at most 9,223,372,036,854,775,807)");
  g_clear_error (&error);
  g_assert_true (zjtx_decimal_parse ("9.223372036854775807", 18, FALSE, G_MAXINT64,
                                     &value, &error));
  g_assert_cmpint (value, ==, G_MAXINT64);
  g_assert_true (zjtx_decimal_parse ("1", 18, FALSE, G_MAXINT64, &value, &error));
  g_assert_cmpint (value, ==, G_GINT64_CONSTANT (1000000000000000000));
  g_assert_false (zjtx_decimal_parse ("10", 18, FALSE, G_MAXINT64, &value, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "“10” is too large (at most 9.223372036854775807)");
  g_clear_error (&error);

  /* a NULL error is fine */
  g_assert_false (zjtx_decimal_parse ("x", 2, FALSE, 100, &value, NULL));
  g_assert_cmpint (value, ==, G_GINT64_CONSTANT (1000000000000000000));
}

static void
test_from_yuan (void)
{
  g_autoptr(GError) error = NULL;
  ZjtxFen fen = -1;

  g_assert_true (zjtx_money_from_yuan (0, &fen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fen, ==, 0);
  g_assert_true (zjtx_money_from_yuan (80000, &fen, &error));
  g_assert_cmpint (fen, ==, 8000000);
  g_assert_true (zjtx_money_from_yuan (G_GINT64_CONSTANT (10000000000000), &fen, &error));
  g_assert_cmpint (fen, ==, ZJTX_FEN_MAX);

  fen = -1;
  g_assert_false (zjtx_money_from_yuan (G_GINT64_CONSTANT (10000000000001), &fen, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==,
                   "“10000000000001” is too large (at most 10,000,000,000,000)");
  g_clear_error (&error);
  /* would wrap if multiplied first */
  g_assert_false (zjtx_money_from_yuan (G_MAXINT64, &fen, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);
  g_assert_false (zjtx_money_from_yuan (G_MAXINT64 / 100 + 1, &fen, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_clear_error (&error);

  g_assert_false (zjtx_money_from_yuan (-1, &fen, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_NEGATIVE);
  g_assert_cmpstr (error->message, ==, "“-1” must not be negative");
  g_clear_error (&error);
  g_assert_false (zjtx_money_from_yuan (G_MININT64, &fen, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_NEGATIVE);
  g_assert_cmpstr (error->message, ==, "“-9223372036854775808” must not be negative");
  g_clear_error (&error);
  g_assert_cmpint (fen, ==, -1);
}

static void
test_ppm_parse (void)
{
  g_autoptr(GError) error = NULL;
  gint64 ppm = -1;

  g_assert_true (zjtx_ppm_parse ("0.03", ZJTX_PPM, &ppm, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ppm, ==, 30000);
  g_assert_true (zjtx_ppm_parse ("1", ZJTX_PPM, &ppm, &error));
  g_assert_cmpint (ppm, ==, 1000000);
  g_assert_true (zjtx_ppm_parse ("0.000001", ZJTX_PPM, &ppm, &error));
  g_assert_cmpint (ppm, ==, 1);
  g_assert_true (zjtx_ppm_parse ("0.2", ZJTX_PPM, &ppm, &error));
  g_assert_cmpint (ppm, ==, 200000);
  g_assert_true (zjtx_ppm_parse ("0.05", 50000, &ppm, &error));
  g_assert_cmpint (ppm, ==, 50000);
  g_assert_true (zjtx_ppm_parse ("1.5", 10 * ZJTX_PPM, &ppm, &error));
  g_assert_cmpint (ppm, ==, 1500000);

  g_assert_false (zjtx_ppm_parse ("0.0000001", ZJTX_PPM, &ppm, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_PRECISION);
  g_assert_cmpstr (error->message, ==, "“0.0000001” has more than 6 decimal places");
  g_clear_error (&error);
  g_assert_false (zjtx_ppm_parse ("0.05", 30000, &ppm, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "“0.05” is too large (at most 0.03)");
  g_clear_error (&error);
  g_assert_false (zjtx_ppm_parse ("1.000001", ZJTX_PPM, &ppm, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW);
  g_assert_cmpstr (error->message, ==, "“1.000001” is too large (at most 1)");
  g_clear_error (&error);
  g_assert_false (zjtx_ppm_parse ("-0.01", ZJTX_PPM, &ppm, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_NEGATIVE);
  g_assert_cmpstr (error->message, ==, "“-0.01” must not be negative");
  g_clear_error (&error);
  g_assert_false (zjtx_ppm_parse ("3%", ZJTX_PPM, &ppm, &error));
  g_assert_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "“3%” is not a number: use only digits and at most one “.”, e.g. 1234.56");
  g_clear_error (&error);
  g_assert_cmpint (ppm, ==, 1500000);
}

/* ---- formatting ------------------------------------------------------- */

typedef struct {
  gint64      value;
  const char *expected;
} FormatCase;

static void
check_format (char *       (*format) (gint64),
              const FormatCase *cases,
              gsize              n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *text = format (cases[i].value);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_format (void)
{
  static const FormatCase cases[] = {
    { 1234567, "12,345.67" },
    { 0, "0.00" },
    { -5, "-0.05" },
    { 5, "0.05" },
    { 50, "0.50" },
    { 100, "1.00" },
    { 99999, "999.99" },
    { 100000, "1,000.00" },
    { 10000000, "100,000.00" },
    { 123456789, "1,234,567.89" },
    { -1234567, "-12,345.67" },
    { -100000, "-1,000.00" },
    { ZJTX_FEN_MAX, "10,000,000,000,000.00" },
    { G_MAXINT64, "92,233,720,368,547,758.07" },
    { G_MININT64, "-92,233,720,368,547,758.08" },
  };

  check_format (zjtx_money_format, cases, G_N_ELEMENTS (cases));
}

static void
test_format_plain (void)
{
  static const FormatCase cases[] = {
    { 1234567, "12345.67" },
    { 0, "0.00" },
    { -5, "-0.05" },
    { 7, "0.07" },
    { 800000000, "8000000.00" },
    { 720165, "7201.65" },
    { ZJTX_FEN_MAX, "10000000000000.00" },
    { G_MININT64, "-92233720368547758.08" },
  };

  check_format (zjtx_money_format_plain, cases, G_N_ELEMENTS (cases));
}

static void
test_format_plain_round_trip (void)
{
  static const ZjtxFen values[] = {
    0, 1, 9, 10, 99, 100, 101, 720165, 800000000, ZJTX_FEN_MAX - 1, ZJTX_FEN_MAX,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = zjtx_money_format_plain (values[i]);
      ZjtxFen parsed = -1;

      g_assert_true (zjtx_money_parse (text, &parsed, NULL));
      g_assert_cmpint (parsed, ==, values[i]);
    }
}

static void
test_format_wan (void)
{
  static const FormatCase cases[] = {
    { 10000000, "10" },
    { 720165, "0.720165" },
    { 125000000000, "125,000" },
    { 0, "0" },
    { 1, "0.000001" },
    { 100, "0.0001" },
    { 1000000, "1" },
    { 1500000, "1.5" },
    { 800000000, "800" },
    { 1000000000, "1,000" },
    { 123456789012, "123,456.789012" },
    { -720165, "-0.720165" },
    { ZJTX_FEN_MAX, "1,000,000,000" },
  };

  check_format (zjtx_money_format_wan, cases, G_N_ELEMENTS (cases));
}

static void
test_format_percent (void)
{
  static const FormatCase cases[] = {
    { 10000, "1%" },
    { 25000, "2.5%" },
    { 200000, "20%" },
    { 1, "0.0001%" },
    { 0, "0%" },
    { 30000, "3%" },
    { 12345, "1.2345%" },
    { 1000000, "100%" },
    { 10000000, "1000%" },
    { 100, "0.01%" },
    { -10000, "-1%" },
  };

  check_format (zjtx_ppm_format_percent, cases, G_N_ELEMENTS (cases));
}

static void
test_format_decimal (void)
{
  static const FormatCase cases[] = {
    { 50000, "0.05" },
    { 1500000, "1.5" },
    { 3000000, "3" },
    { 0, "0" },
    { 1, "0.000001" },
    { 30000, "0.03" },
    { 123456789, "123.456789" },
    { 1000000000, "1000" },
    { -50000, "-0.05" },
  };

  check_format (zjtx_ppm_format_decimal, cases, G_N_ELEMENTS (cases));
}

/* ---- amounts in words ------------------------------------------------- */

static void
test_words (void)
{
  static const FormatCase cases[] = {
    /* the examples of the brief */
    { 10000000, "人民币壹拾万元整" },
    { 720165, "人民币柒仟贰佰零壹元陆角伍分" },
    { 0, "人民币零元整" },
    { 5, "人民币伍分" },
    { 50, "人民币伍角整" },
    { 105, "人民币壹元零伍分" },
    { 1030, "人民币壹拾元叁角整" },
    { 100000000, "人民币壹佰万元整" },
    { 10001000000, "人民币壹亿零壹万元整" },
    { 1000500, "人民币壹万零伍元整" },
    { 10000000000, "人民币壹亿元整" },
    { 101000, "人民币壹仟零壹拾元整" },
    { 10500000, "人民币壹拾万零伍仟元整" },
    { 50000000, "人民币伍拾万元整" },
    { 61000000, "人民币陆拾壹万元整" },

    /* the examples of 《正确填写票据和结算凭证的基本规定》 */
    { 140950, "人民币壹仟肆佰零玖元伍角整" },
    { 600714, "人民币陆仟零柒元壹角肆分" },
    { 168032, "人民币壹仟陆佰捌拾元叁角贰分" },
    { 10700053, "人民币壹拾万零柒仟元伍角叁分" },
    { 1640902, "人民币壹万陆仟肆佰零玖元零贰分" },
    { 32504, "人民币叁佰贰拾伍元零肆分" },

    /* below one yuan */
    { 1, "人民币壹分" },
    { 9, "人民币玖分" },
    { 10, "人民币壹角整" },
    { 55, "人民币伍角伍分" },
    { 99, "人民币玖角玖分" },

    /* small amounts and every zero position */
    { 100, "人民币壹元整" },
    { 150, "人民币壹元伍角整" },
    { 111, "人民币壹元壹角壹分" },
    { 1000, "人民币壹拾元整" },
    { 1005, "人民币壹拾元零伍分" },
    { 1100, "人民币壹拾壹元整" },
    { 1900, "人民币壹拾玖元整" },
    { 2000, "人民币贰拾元整" },
    { 10000, "人民币壹佰元整" },
    { 10100, "人民币壹佰零壹元整" },
    { 11000, "人民币壹佰壹拾元整" },
    { 11100, "人民币壹佰壹拾壹元整" },
    { 100100, "人民币壹仟零壹元整" },
    { 100000, "人民币壹仟元整" },
    { 110000, "人民币壹仟壹佰元整" },
    { 999999, "人民币玖仟玖佰玖拾玖元玖角玖分" },
    { 1000000, "人民币壹万元整" },
    { 1000001, "人民币壹万元零壹分" },
    { 1001000, "人民币壹万零壹拾元整" },
    { 1010000, "人民币壹万零壹佰元整" },
    { 1100000, "人民币壹万壹仟元整" },
    { 2000010, "人民币贰万元壹角整" },
    { 10010000, "人民币壹拾万零壹佰元整" },
    { 11000000, "人民币壹拾壹万元整" },
    { 80000000, "人民币捌拾万元整" },
    { 800000000, "人民币捌佰万元整" },
    { 100500000, "人民币壹佰万零伍仟元整" },
    { 1000000000, "人民币壹仟万元整" },
    { 1000000100, "人民币壹仟万零壹元整" },
    { 1234567800, "人民币壹仟贰佰叁拾肆万伍仟陆佰柒拾捌元整" },
    { 9999999999, "人民币玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" },

    /* around 亿 */
    { 10000000001, "人民币壹亿元零壹分" },
    { 10000000010, "人民币壹亿元壹角整" },
    { 10000000100, "人民币壹亿零壹元整" },
    { 10000100000, "人民币壹亿零壹仟元整" },
    { 10100000000, "人民币壹亿零壹佰万元整" },
    { 11000000000, "人民币壹亿壹仟万元整" },
    { 12000340000, "人民币壹亿贰仟万零叁仟肆佰元整" },
    { 30400506000, "人民币叁亿零肆佰万零伍仟零陆拾元整" },
    { 100000000000, "人民币壹拾亿元整" },
    { 200000000300, "人民币贰拾亿零叁元整" },
    { 123456789012, "人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元壹角贰分" },
    { 1000000000000, "人民币壹佰亿元整" },
    { 10000000000000, "人民币壹仟亿元整" },
    { 10001000100000, "人民币壹仟亿零壹仟万零壹仟元整" },

    /* 万亿, up to ZJTX_FEN_MAX */
    { 100000000000000, "人民币壹万亿元整" },
    { 100000000000001, "人民币壹万亿元零壹分" },
    { 100000000000100, "人民币壹万亿零壹元整" },
    { 100000010000000, "人民币壹万亿零壹拾万元整" },
    { 100010000000000, "人民币壹万零壹亿元整" },
    { 100100000000000, "人民币壹万零壹拾亿元整" },
    { 110000000000000, "人民币壹万壹仟亿元整" },
    { 123456789012345, "人民币壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万零壹佰贰拾叁元肆角伍分" },
    { 999999999999999, "人民币玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" },
    { ZJTX_FEN_MAX, "人民币壹拾万亿元整" },

    /* negative */
    { -5, "人民币负伍分" },
    { -105, "人民币负壹元零伍分" },
    { -10000000, "人民币负壹拾万元整" },

    /* beyond ZJTX_FEN_MAX nothing breaks; above 万亿 the units compose */
    { G_GINT64_CONSTANT (1000000000000000000), "人民币壹亿亿元整" },
    { G_MAXINT64, "人民币玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分" },
    { G_MININT64, "人民币负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分" },
  };

  check_format (zjtx_money_to_words, cases, G_N_ELEMENTS (cases));
}

/* An independent reading of the words back into fen, for round trips: a
 * 亿 multiplies everything before it, a 万 the part since the last 亿. */
static gboolean
words_to_fen (const char *words,
              gint64     *out)
{
  static const char *digits = "零壹贰叁肆伍陆柒捌玖";
  guint64 total = 0, section = 0, number = 0, yuan = 0, fen = 0;
  gboolean negative = FALSE;
  gboolean have_yuan = FALSE;
  const char *p;

  if (!g_str_has_prefix (words, "人民币"))
    return FALSE;
  p = words + strlen ("人民币");
  if (g_str_has_prefix (p, "负"))
    {
      negative = TRUE;
      p += strlen ("负");
    }

  for (; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *d = NULL;

      for (const char *q = digits; *q != '\0'; q = g_utf8_next_char (q))
        if (g_utf8_get_char (q) == c)
          d = q;
      if (d != NULL)
        number = g_utf8_pointer_to_offset (digits, d);
      else if (c == g_utf8_get_char ("拾"))
        section += number * 10, number = 0;
      else if (c == g_utf8_get_char ("佰"))
        section += number * 100, number = 0;
      else if (c == g_utf8_get_char ("仟"))
        section += number * 1000, number = 0;
      else if (c == g_utf8_get_char ("万"))
        total += (section + number) * 10000, section = number = 0;
      else if (c == g_utf8_get_char ("亿"))
        total = (total + section + number) * 100000000, section = number = 0;
      else if (c == g_utf8_get_char ("元"))
        yuan = total + section + number, total = section = number = 0, have_yuan = TRUE;
      else if (c == g_utf8_get_char ("角"))
        fen += number * 10, number = 0;
      else if (c == g_utf8_get_char ("分"))
        fen += number, number = 0;
      else if (c == g_utf8_get_char ("整"))
        {
          if (p[strlen ("整")] != '\0')
            return FALSE;
        }
      else
        return FALSE;
    }

  if (number != 0 || (!have_yuan && yuan != 0))
    return FALSE;
  *out = (negative ? -1 : 1) * (gint64) (yuan * 100 + fen);
  return TRUE;
}

static int
count_substrings (const char *haystack,
                  const char *needle)
{
  int n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL;
       p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* How many 零 the rules call for: one for each run of zeros between two
 * non-zero digits of the yuan, and one after 元 if only 角 is zero. */
static int
expected_zeros (ZjtxFen fen)
{
  g_autofree char *yuan = g_strdup_printf ("%" G_GINT64_FORMAT, fen / 100);
  int n = 0;

  if (fen == 0)
    return 1;
  for (gsize i = 1; yuan[i] != '\0'; i++)
    if (yuan[i] != '0' && yuan[i - 1] == '0')
      n++;
  if (fen >= 100 && fen / 10 % 10 == 0 && fen % 10 != 0)
    n++;
  return n;
}

static void
check_words_properties (ZjtxFen fen)
{
  g_autofree char *words = zjtx_money_to_words (fen);
  gint64 back = -1;

  if (!words_to_fen (words, &back) || back != fen)
    g_error ("%" G_GINT64_FORMAT " → %s → %" G_GINT64_FORMAT, fen, words, back);

  g_assert_cmpint (count_substrings (words, "零"), ==, expected_zeros (fen));
  /* zeros collapse, and never stand before a unit or at the end */
  g_assert_null (strstr (words, "零零"));
  g_assert_null (strstr (words, "零万"));
  g_assert_null (strstr (words, "零亿"));
  g_assert_null (strstr (words, "零整"));
  g_assert_null (strstr (words, "零角"));
  if (fen != 0)
    g_assert_null (strstr (words, "零元"));
  /* every 拾 has its digit: 壹拾, never a bare 拾 */
  for (const char *p = strstr (words, "拾"); p != NULL; p = strstr (p + 1, "拾"))
    g_assert_nonnull (g_utf8_strchr ("壹贰叁肆伍陆柒捌玖", -1,
                                     g_utf8_get_char (g_utf8_prev_char (p))));
  /* 整 exactly when there are no 分 */
  g_assert_cmpint (g_str_has_suffix (words, "整"), ==, fen % 10 == 0);
  g_assert_cmpint (g_str_has_suffix (words, "分"), ==, fen % 10 != 0);
}

static void
test_words_exhaustive_small (void)
{
  /* every amount up to 2,000 yuan */
  for (ZjtxFen fen = 0; fen <= 200000; fen++)
    check_words_properties (fen);
}

static void
test_words_sparse (void)
{
  /* amounts with few non-zero digits exercise the zeros: d·10^i + e·10^j
   * for every pair of positions up to ZJTX_FEN_MAX */
  for (int i = 0; i <= 15; i++)
    for (int j = 0; j <= i; j++)
      for (int d = 1; d <= 9; d += 4)
        for (int e = 0; e <= 9; e += 3)
          {
            gint64 a = d, b = e;

            for (int k = 0; k < i; k++)
              a *= 10;
            for (int k = 0; k < j; k++)
              b *= 10;
            if (i == j || a + b > ZJTX_FEN_MAX)
              continue;
            check_words_properties (a + b);
          }
}

static void
test_words_random (void)
{
  /* a fixed seed, so that a failure can be reproduced */
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240101);

  for (int i = 0; i < 200000; i++)
    {
      /* spread over all magnitudes, not just the top one */
      int digits = g_rand_int_range (rand, 1, 16);
      gint64 fen = 0;

      for (int k = 0; k < digits; k++)
        fen = fen * 10 + (g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 0, 10));
      check_words_properties (fen);
    }
  check_words_properties (ZJTX_FEN_MAX);
  check_words_properties (ZJTX_FEN_MAX - 1);
}

/* ---- arithmetic ------------------------------------------------------- */

static void
assert_mul_div (gint64 a,
                gint64 b,
                gint64 d,
                gint64 expected)
{
  gint64 out = -1;

  g_assert_true (zjtx_mul_div_round (a, b, d, &out));
  g_assert_cmpint (out, ==, expected);
}

static void
test_mul_div_round (void)
{
  gint64 out = 42;

  assert_mul_div (0, 12345, 7, 0);
  assert_mul_div (6, 7, 1, 42);
  assert_mul_div (1000, 1, 3, 333);
  assert_mul_div (2, 1, 3, 1);     /* 0.667 */
  assert_mul_div (1, 1, 3, 0);     /* 0.333 */
  assert_mul_div (1, 1, 2, 1);     /* 0.5 rounds up */
  assert_mul_div (5, 1, 2, 3);     /* 2.5 rounds up, not to even */
  assert_mul_div (3, 1, 2, 2);     /* 1.5 */
  assert_mul_div (49, 1, 100, 0);
  assert_mul_div (50, 1, 100, 1);
  assert_mul_div (149, 1, 100, 1);
  assert_mul_div (150, 1, 100, 2);
  /* money × ppm rate / 10^6, as the evaluator uses it */
  assert_mul_div (720165, 30000, ZJTX_PPM, 21605);       /* 21604.95 */
  assert_mul_div (1234567, 15000, ZJTX_PPM, 18519);      /* 18518.505 */
  assert_mul_div (1234567, 10000, ZJTX_PPM, 12346);      /* 12345.67 */
  assert_mul_div (1234549, 10000, ZJTX_PPM, 12345);      /* 12345.49 */
  assert_mul_div (800000000, 200000, ZJTX_PPM, 160000000);
  assert_mul_div (ZJTX_FEN_MAX, ZJTX_PPM, ZJTX_PPM, ZJTX_FEN_MAX);
  assert_mul_div (ZJTX_FEN_MAX, 1000 * ZJTX_PPM, ZJTX_PPM, 1000 * ZJTX_FEN_MAX);
  /* the 128-bit product is needed here */
  assert_mul_div (G_MAXINT64, G_MAXINT64, G_MAXINT64, G_MAXINT64);
  assert_mul_div (G_MAXINT64, 2, 2, G_MAXINT64);
  assert_mul_div (G_MAXINT64, G_MAXINT64 - 1, G_MAXINT64, G_MAXINT64 - 1);
  /* (2^64 − 1) / 3 is exact */
  assert_mul_div (G_GINT64_CONSTANT (4294967295), G_GINT64_CONSTANT (4294967297),
                  3, G_GINT64_CONSTANT (6148914691236517205));

  /* too large: FALSE, and out untouched */
  g_assert_false (zjtx_mul_div_round (G_MAXINT64, 2, 1, &out));
  g_assert_cmpint (out, ==, 42);
  g_assert_false (zjtx_mul_div_round (G_MAXINT64, G_MAXINT64, 1, &out));
  g_assert_cmpint (out, ==, 42);
  /* (2^64 − 1) / 2 = G_MAXINT64 + 0.5: only the rounding overflows */
  g_assert_false (zjtx_mul_div_round (G_GINT64_CONSTANT (4294967295),
                                      G_GINT64_CONSTANT (4294967297), 2, &out));
  g_assert_cmpint (out, ==, 42);
}

static void
test_mul_div_round_preconditions (void)
{
  gint64 out = 42;

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*d > 0*");
  g_assert_false (zjtx_mul_div_round (1, 1, 0, &out));
  g_test_assert_expected_messages ();
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*a >= 0*");
  g_assert_false (zjtx_mul_div_round (-1, 1, 1, &out));
  g_test_assert_expected_messages ();
  g_assert_cmpint (out, ==, 42);
}

static void
test_wan_rounded (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "0.00" }, { 4999, "0.00" }, { 5000, "0.01" }, { 63581374296, "63,581.37" },
    { 63581375000, "63,581.38" }, { 1000000, "1.00" }, { -60489921, "-60.49" }, { -4999, "0.00" },
    { G_MAXINT64, "9,223,372,036,854.78" }, { G_MININT64, "-9,223,372,036,854.78" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = zjtx_money_format_wan_rounded (cases[i].fen);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_count_format (void)
{
  static const struct { gint64 n; const char *text; } cases[] = {
    { 0, "0" }, { 7, "7" }, { 999, "999" }, { 1000, "1,000" }, { 100000, "100,000" },
    { 1234567, "1,234,567" }, { -1000, "-1,000" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = zjtx_count_format (cases[i].n);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/money/error-quark", test_error_quark);
  g_test_add_func ("/money/parse/valid", test_parse_valid);
  g_test_add_func ("/money/parse/invalid", test_parse_invalid);
  g_test_add_func ("/money/parse/precision", test_parse_precision);
  g_test_add_func ("/money/parse/negative", test_parse_negative);
  g_test_add_func ("/money/parse/overflow", test_parse_overflow);
  g_test_add_func ("/money/decimal-parse", test_decimal_parse);
  g_test_add_func ("/money/from-yuan", test_from_yuan);
  g_test_add_func ("/money/ppm-parse", test_ppm_parse);
  g_test_add_func ("/money/format/grouped", test_format);
  g_test_add_func ("/money/format/plain", test_format_plain);
  g_test_add_func ("/money/format/plain-round-trip", test_format_plain_round_trip);
  g_test_add_func ("/money/format/wan", test_format_wan);
  g_test_add_func ("/money/format/percent", test_format_percent);
  g_test_add_func ("/money/format/decimal", test_format_decimal);
  g_test_add_func ("/money/words/examples", test_words);
  g_test_add_func ("/money/words/exhaustive-small", test_words_exhaustive_small);
  g_test_add_func ("/money/words/sparse", test_words_sparse);
  g_test_add_func ("/money/words/random", test_words_random);
  g_test_add_func ("/money/mul-div-round", test_mul_div_round);
  g_test_add_func ("/money/mul-div-round/preconditions", test_mul_div_round_preconditions);

  g_test_add_func ("/money/count-format", test_count_format);
  g_test_add_func ("/money/wan-rounded", test_wan_rounded);
  return g_test_run ();
}
