/* zjtx-uscc.h: unified social credit codes (统一社会信用代码, GB 32100-2015) */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ZJTX_USCC_LENGTH 18
#define ZJTX_USCC_ERROR (zjtx_uscc_error_quark ())

typedef enum {
  ZJTX_USCC_ERROR_LENGTH,         /* not 18 characters */
  ZJTX_USCC_ERROR_CHARACTER,      /* a character outside 0-9A-HJ-NP-RT-UW-Y (I, O, S, V, Z, lower case, CJK…) */
  ZJTX_USCC_ERROR_CHECK,          /* the 18th character does not match the computed one */
} ZjtxUsccError;

GQuark    zjtx_uscc_error_quark       (void);

/* Validates @code exactly as given (no trimming, no case folding: callers
 * normalise first with zjtx_uscc_normalize() if they want to).
 * On error the message names the position (1-based) and the character, and
 * says why, e.g. "character 5 'I' is not allowed in a USCC (I, O, S, V and Z
 * are never used)" or "check character 18 is 'A' but should be 'T'".
 * If @warning is not NULL and the code is valid but its 17th character
 * disagrees with the GB 11714 organisation-code check, *@warning receives a
 * newly allocated message saying so (old codes sometimes carry one);
 * otherwise it is set to NULL. */
gboolean  zjtx_uscc_validate          (const char  *code,
                                       char       **warning,
                                       GError     **error);

/* The check character (position 18) for the first 17 characters of @code,
 * or '\0' if they contain a character outside the alphabet. */
char      zjtx_uscc_check_character   (const char  *code17);

/* Trims ASCII and full-width spaces, converts full-width ASCII (０-９Ａ-Ｚ)
 * to half-width and lower to upper case. Returns a new string. */
char     *zjtx_uscc_normalize         (const char  *text);

/* The 6-digit administrative area code (positions 3–8), e.g. "350525". */
char     *zjtx_uscc_area_code         (const char  *code);

G_END_DECLS
