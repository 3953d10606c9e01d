/* zjtx-money.c: exact money as integer fen, and exact decimal ratios
 *
 * Everything here is integer arithmetic; a float never touches an amount.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/zjtx-money.h"

G_DEFINE_QUARK (zjtx-money-error-quark, zjtx_money_error)

/* 10^18 is the largest power of ten in a gint64, so scales stop there. */
#define MAX_SCALE_DIGITS 18

/* User text is echoed in error messages: keep it readable and valid UTF-8
 * even if someone pasted a whole paragraph or binary junk. */
#define ECHO_MAX_CHARS 40

static char *
echo_text (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  if (g_utf8_strlen (valid, -1) <= ECHO_MAX_CHARS)
    return g_steal_pointer (&valid);

  *g_utf8_offset_to_pointer (valid, ECHO_MAX_CHARS) = '\0';
  return g_strconcat (valid, "…", NULL);
}

static guint64
power_of_ten (guint n)
{
  guint64 p = 1;

  g_assert (n <= MAX_SCALE_DIGITS);
  while (n-- > 0)
    p *= 10;
  return p;
}

static void
append_grouped (GString *out,
                guint64  value,
                gboolean separators)
{
  char digits[24];
  gsize len;

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  for (gsize i = 0; i < len; i++)
    {
      if (separators && i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
}

/* @value / 10^@decimals as a decimal string. With @trim, trailing zeros of
 * the fraction (and then the point) are dropped, so 1.50 → "1.5", 3.00 → "3".
 * The magnitude goes through a guint64 so that G_MININT64 works too. */
static char *
format_scaled (gint64   value,
               guint    decimals,
               gboolean separators,
               gboolean trim)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  guint64 scale = power_of_ten (decimals);
  guint64 frac = magnitude % scale;

  if (value < 0)
    g_string_append_c (out, '-');
  append_grouped (out, magnitude / scale, separators);

  if (decimals > 0 && !(trim && frac == 0))
    {
      char buf[MAX_SCALE_DIGITS + 2];
      int len = g_snprintf (buf, sizeof buf, "%0*" G_GUINT64_FORMAT,
                            (int) decimals, frac);

      if (trim)
        while (len > 0 && buf[len - 1] == '0')
          buf[--len] = '\0';
      g_string_append_c (out, '.');
      g_string_append (out, buf);
    }

  return g_string_free (out, FALSE);
}

static gboolean
fail_invalid (const char  *text,
              const char  *why,
              GError     **error)
{
  g_autofree char *echo = NULL;

  if (*text == '\0')
    {
      g_set_error_literal (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_INVALID,
                           _("no number given"));
      return FALSE;
    }

  echo = echo_text (text);
  /* TRANSLATORS: the first %s is what the user typed, the second says why
   * it is not a number */
  g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_INVALID,
               _("“%s” is not a number: %s"), echo, why);
  return FALSE;
}

/* Why @text is not a plain decimal, as specific as cheaply possible, since
 * the user has to find the mistake from this message alone. */
static const char *
explain_invalid (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        return _("it contains a space");
      if (*p == ',')
        return _("leave out thousands separators");
      if ((guchar) *p >= 0x80)
        return _("use half-width digits 0–9 and “.”");
    }

  if (text[0] == '+')
    return _("leave out the “+” sign");
  if (strchr (text, '.') != NULL)
    {
      if (strchr (text, '.') != strrchr (text, '.'))
        return _("it has more than one “.”");
      if (text[0] == '.' || (text[0] == '-' && text[1] == '.'))
        return _("write a digit before the “.”, e.g. 0.5");
      if (text[strlen (text) - 1] == '.')
        return _("write a digit after the “.”, or leave it out");
    }

  return _("use only digits and at most one “.”, e.g. 1234.56");
}

gboolean
zjtx_decimal_parse (const char  *text,
                    guint        max_decimals,
                    gboolean     allow_negative,
                    gint64       limit,
                    gint64      *out,
                    GError     **error)
{
  const char *p;
  const char *int_start;
  gsize int_digits = 0;
  gsize frac_digits = 0;
  gboolean negative = FALSE;
  gint64 value = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (max_decimals <= MAX_SCALE_DIGITS, FALSE);
  g_return_val_if_fail (limit >= 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* First the syntax, without computing anything: the precise kind of
   * error then does not depend on how far the arithmetic got. */
  p = text;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  int_start = p;
  while (g_ascii_isdigit (*p))
    p++;
  int_digits = p - int_start;
  if (*p == '.')
    {
      const char *frac_start = ++p;

      while (g_ascii_isdigit (*p))
        p++;
      frac_digits = p - frac_start;
      if (frac_digits == 0)
        return fail_invalid (text, explain_invalid (text), error);
    }
  if (int_digits == 0 || *p != '\0')
    return fail_invalid (text, explain_invalid (text), error);

  if (negative && !allow_negative)
    {
      g_autofree char *echo = echo_text (text);

      g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_NEGATIVE,
                   _("“%s” must not be negative"), echo);
      return FALSE;
    }

  if (frac_digits > max_decimals)
    {
      g_autofree char *echo = echo_text (text);

      if (max_decimals == 0)
        g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_PRECISION,
                     _("“%s” must be a whole number"), echo);
      else
        g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_PRECISION,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "“%s” has more than %u decimal place",
                                  "“%s” has more than %u decimal places",
                                  max_decimals),
                     echo, max_decimals);
      return FALSE;
    }

  /* Now the value, digit by digit, scaled to max_decimals. Appending a
   * digit never makes the value smaller, so checking the running value
   * against the limit at every step catches overflow before it happens. */
  for (gsize i = 0; i < int_digits + max_decimals; i++)
    {
      int digit = 0;

      if (i < int_digits)
        digit = int_start[i] - '0';
      else if (i - int_digits < frac_digits)
        digit = int_start[i + 1] - '0';  /* + 1 skips the '.' */

      if (value > (limit - digit) / 10 || value * 10 + digit > limit)
        {
          g_autofree char *echo = echo_text (text);
          g_autofree char *max = format_scaled (limit, max_decimals, TRUE, TRUE);

          g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW,
                       _("“%s” is too large (at most %s)"), echo, max);
          return FALSE;
        }
      value = value * 10 + digit;
    }

  *out = negative ? -value : value;
  return TRUE;
}

gboolean
zjtx_money_parse (const char  *text,
                  ZjtxFen     *out,
                  GError     **error)
{
  return zjtx_decimal_parse (text, 2, FALSE, ZJTX_FEN_MAX, out, error);
}

gboolean
zjtx_money_from_yuan (gint64      yuan,
                      ZjtxFen    *out,
                      GError    **error)
{
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (yuan < 0 || yuan > ZJTX_FEN_MAX / ZJTX_FEN_PER_YUAN)
    {
      /* Same messages as for parsed text, so translators see them once. */
      g_autofree char *echo = g_strdup_printf ("%" G_GINT64_FORMAT, yuan);

      if (yuan < 0)
        {
          g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_NEGATIVE,
                       _("“%s” must not be negative"), echo);
        }
      else
        {
          g_autofree char *max = format_scaled (ZJTX_FEN_MAX / ZJTX_FEN_PER_YUAN,
                                                0, TRUE, TRUE);

          g_set_error (error, ZJTX_MONEY_ERROR, ZJTX_MONEY_ERROR_OVERFLOW,
                       _("“%s” is too large (at most %s)"), echo, max);
        }
      return FALSE;
    }

  *out = yuan * ZJTX_FEN_PER_YUAN;
  return TRUE;
}

gboolean
zjtx_ppm_parse (const char  *text,
                gint64       max_ppm,
                gint64      *out,
                GError     **error)
{
  return zjtx_decimal_parse (text, 6, FALSE, max_ppm, out, error);
}

char *
zjtx_money_format (ZjtxFen fen)
{
  return format_scaled (fen, 2, TRUE, FALSE);
}

char *
zjtx_money_format_wan_rounded (ZjtxFen fen)
{
  guint64 magnitude = fen < 0 ? -(guint64) fen : (guint64) fen;
  /* Hundredths of 万元 = 100 yuan = 10,000 fen, half away from zero. */
  guint64 hundredths = magnitude / 10000 + (magnitude % 10000 >= 5000);
  g_autofree char *number = format_scaled ((gint64) hundredths, 2, TRUE, FALSE);

  return fen < 0 && hundredths > 0 ? g_strconcat ("-", number, NULL) : g_steal_pointer (&number);
}

char *
zjtx_count_format (gint64 count)
{
  return format_scaled (count, 0, TRUE, FALSE);
}

char *
zjtx_money_format_plain (ZjtxFen fen)
{
  return format_scaled (fen, 2, FALSE, FALSE);
}

char *
zjtx_money_format_wan (ZjtxFen fen)
{
  /* 1 万元 = 10,000 yuan = 10^6 fen */
  return format_scaled (fen, 6, TRUE, TRUE);
}

char *
zjtx_ppm_format_percent (gint64 ppm)
{
  /* 1% = 10^4 ppm */
  g_autofree char *number = format_scaled (ppm, 4, FALSE, TRUE);

  return g_strconcat (number, "%", NULL);
}

char *
zjtx_ppm_format_decimal (gint64 ppm)
{
  return format_scaled (ppm, 6, FALSE, TRUE);
}

static const char * const cn_digits[10] = {
  "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖",
};

/* The unit of a digit inside its group of four: 个, 拾, 佰, 仟 */
static const char * const cn_small_units[4] = { "", "拾", "佰", "仟" };

/* Yuan in words, following the 中国人民银行 rules for cheques
 * (《正确填写票据和结算凭证的基本规定》): every digit gets its unit, 壹拾 keeps
 * its 壹, a run of zeros between non-zero digits is written as one 零 (also
 * across a 万 or 亿 boundary: 壹拾万零伍仟), and zeros at the end are not
 * written. Groups of four digits take 万 and 亿; above 亿 the units
 * compose, 10^12 being 壹万亿 and 10^16 壹亿亿. */
static void
append_yuan_words (GString *out,
                   guint64  yuan)
{
  char digits[24];
  int len;
  gboolean pending_zero = FALSE;
  gboolean group_nonzero = FALSE;
  gboolean above_yi_nonzero = FALSE;

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, yuan);
  for (int i = 0; i < len; i++)
    {
      int pos = len - 1 - i;  /* power of ten of this digit */
      int digit = digits[i] - '0';

      if (digit == 0)
        {
          /* Leading zeros cannot happen (except for yuan == 0, which the
           * caller handles), so a zero here is always inside the number. */
          pending_zero = TRUE;
        }
      else
        {
          if (pending_zero)
            g_string_append (out, cn_digits[0]);
          pending_zero = FALSE;
          g_string_append (out, cn_digits[digit]);
          g_string_append (out, cn_small_units[pos % 4]);
          group_nonzero = TRUE;
          if (pos >= 8)
            above_yi_nonzero = TRUE;
        }

      if (pos > 0 && pos % 4 == 0)
        {
          if (pos % 8 == 4)
            {
              /* the 万 of this 亿-group, only if its own four digits say so:
               * 壹亿零壹元, not 壹亿万零壹元 */
              if (group_nonzero)
                g_string_append (out, "万");
            }
          else if (pos == 8 ? above_yi_nonzero : group_nonzero)
            {
              /* 亿 covers everything above it: 壹万亿 has an empty 亿 group.
               * 10^16 and up is the only case of a second 亿. */
              g_string_append (out, "亿");
            }
          group_nonzero = FALSE;
        }
    }
}

char *
zjtx_money_to_words (ZjtxFen fen)
{
  GString *out = g_string_new ("人民币");
  guint64 magnitude = fen < 0 ? -(guint64) fen : (guint64) fen;
  guint64 yuan = magnitude / ZJTX_FEN_PER_YUAN;
  guint jiao = magnitude / 10 % 10;
  guint fen_digit = magnitude % 10;

  if (fen < 0)
    g_string_append (out, "负");

  if (magnitude == 0)
    {
      g_string_append (out, "零元整");
      return g_string_free (out, FALSE);
    }

  /* Below one yuan the amount starts at 角 or 分: 伍角整, 伍分 */
  if (yuan > 0)
    {
      append_yuan_words (out, yuan);
      g_string_append (out, "元");
    }

  if (jiao > 0)
    {
      g_string_append (out, cn_digits[jiao]);
      g_string_append (out, "角");
    }
  else if (yuan > 0 && fen_digit > 0)
    {
      /* 壹元零伍分: the rules require 零 after 元 when only 角 is zero */
      g_string_append (out, cn_digits[0]);
    }

  if (fen_digit > 0)
    {
      g_string_append (out, cn_digits[fen_digit]);
      g_string_append (out, "分");
    }
  else
    {
      /* 整 after 元 is required; after 角 it is optional and we write it
       * (壹拾元叁角整) so nothing can be appended to the amount; never
       * after 分. */
      g_string_append (out, "整");
    }

  return g_string_free (out, FALSE);
}

gboolean
zjtx_mul_div_round (gint64  a,
                    gint64  b,
                    gint64  d,
                    gint64 *out)
{
  unsigned __int128 product;
  unsigned __int128 quotient;
  unsigned __int128 remainder;

  g_return_val_if_fail (a >= 0, FALSE);
  g_return_val_if_fail (b >= 0, FALSE);
  g_return_val_if_fail (d > 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  /* Two values below 2^63 multiply to below 2^126: no overflow here. */
  product = (unsigned __int128) a * (unsigned __int128) b;
  quotient = product / (unsigned __int128) d;
  remainder = product % (unsigned __int128) d;

  /* Half-up (四舍五入): a remainder of at least half of d rounds up. */
  if (remainder * 2 >= (unsigned __int128) d)
    quotient++;

  if (quotient > (unsigned __int128) G_MAXINT64)
    return FALSE;

  *out = (gint64) quotient;
  return TRUE;
}
