/* zjtx-money.h: exact money as integer fen, and exact decimal ratios
 *
 * Money is never a float: every amount is a gint64 count of fen (0.01 yuan).
 * Rates and prices are scaled integers in parts per million (ppm), so that
 * 1% is 10000 and 0.05 yuan is 50000 micro-yuan.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef gint64 ZjtxFen;

#define ZJTX_FEN_PER_YUAN 100
#define ZJTX_PPM 1000000

/* The largest amount we accept: 10^15 fen = 10 trillion yuan, far above any
 * county budget, and small enough that amount × rate never overflows in the
 * 128-bit intermediates used below. */
#define ZJTX_FEN_MAX ((ZjtxFen) 1000000000000000)

#define ZJTX_MONEY_ERROR (zjtx_money_error_quark ())

typedef enum {
  ZJTX_MONEY_ERROR_INVALID,    /* not a decimal number at all */
  ZJTX_MONEY_ERROR_PRECISION,  /* more decimals than allowed */
  ZJTX_MONEY_ERROR_NEGATIVE,   /* a sign where none is allowed */
  ZJTX_MONEY_ERROR_OVERFLOW,   /* beyond ZJTX_FEN_MAX (or the scaled limit) */
} ZjtxMoneyError;

GQuark   zjtx_money_error_quark   (void);

/* Parses a plain decimal string: digits, optionally one '.', then at most
 * @max_decimals digits. A leading '-' is accepted only if @allow_negative;
 * '+' , spaces, thousands separators, exponents, "", "." and "1." are errors.
 * The value is returned scaled by 10^@max_decimals in @out.
 * |value| must not exceed @limit (already scaled). */
gboolean zjtx_decimal_parse       (const char *text,
                                   guint       max_decimals,
                                   gboolean    allow_negative,
                                   gint64      limit,
                                   gint64     *out,
                                   GError    **error);

/* "8000000.00", "12.5", "7" → fen. No sign, at most 2 decimals, ≤ ZJTX_FEN_MAX. */
gboolean zjtx_money_parse         (const char *text,
                                   ZjtxFen    *out,
                                   GError    **error);

/* Whole yuan (a JSON integer) → fen, checking the range. */
gboolean zjtx_money_from_yuan     (gint64      yuan,
                                   ZjtxFen    *out,
                                   GError    **error);

/* "0.03" → 30000 ppm. At most 6 decimals, no sign, ≤ @max_ppm. */
gboolean zjtx_ppm_parse           (const char *text,
                                   gint64      max_ppm,
                                   gint64     *out,
                                   GError    **error);

/* 1234567 → "12,345.67"; negative → "-12,345.67". */
char    *zjtx_money_format        (ZjtxFen     fen);
/* For reading, never for paying: the amount in 万元 rounded half away from
 * zero to 2 decimals, 635813742.96 yuan (63581374296 fen) → "63,581.37". */
char    *zjtx_money_format_wan_rounded (ZjtxFen fen);
/* A count with thousands separators: 100000 → "100,000". */
char    *zjtx_count_format        (gint64      count);
/* 1234567 → "12345.67" (the JSON form: no separators, always 2 decimals). */
char    *zjtx_money_format_plain  (ZjtxFen     fen);
/* Amount in 万元 (10,000 yuan), exact, trailing zeros dropped, thousands
 * separators in the integer part: 10000000 fen → "10", 720165 → "0.720165",
 * 125000000000 → "125,000". No unit: the caller adds a translated one. */
char    *zjtx_money_format_wan    (ZjtxFen     fen);
/* Amount in words as written on Chinese financial documents:
 * 10000000 → "人民币壹拾万元整", 720165 → "人民币柒仟贰佰零壹元陆角伍分",
 * 0 → "人民币零元整". Negative amounts are prefixed with 负 after 人民币. */
char    *zjtx_money_to_words      (ZjtxFen     fen);

/* ppm → "1%", "2.5%", "20%", "0.0001%": exact, trailing zeros dropped. */
char    *zjtx_ppm_format_percent  (gint64      ppm);
/* ppm → "0.05", "1.5", "3": a plain decimal, trailing zeros dropped. */
char    *zjtx_ppm_format_decimal  (gint64      ppm);

/* round_half_up (a × b / d) for non-negative a, b and positive d, computed in
 * 128 bits. Returns FALSE (and leaves *out untouched) if the result does not
 * fit in a gint64. */
gboolean zjtx_mul_div_round       (gint64      a,
                                   gint64      b,
                                   gint64      d,
                                   gint64     *out);

G_END_DECLS
