/* zjtx-uscc.c: unified social credit codes (统一社会信用代码, GB 32100-2015) */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/zjtx-uscc.h"

G_DEFINE_QUARK (zjtx-uscc-error-quark, zjtx_uscc_error)

/* The 31 characters of GB 32100; a character's value is its index. I, O, S,
 * V and Z are left out because they are easily mistaken for 1, 0, 5, U, 2. */
static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
#define ALPHABET_SIZE 31

/* 3^(i-1) mod 31 for positions 1–17 */
static const int uscc_weights[17] = {
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
};

/* GB 11714 organisation code (positions 9–16 of the USCC), whose check
 * character is position 17. */
#define ORG_START 8
static const int org_weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };

static int
alphabet_value (gunichar c)
{
  const char *found;

  if (c == 0 || c >= 0x80)
    return -1;
  found = strchr (alphabet, (char) c);
  return found != NULL ? (int) (found - alphabet) : -1;
}

char
zjtx_uscc_check_character (const char *code17)
{
  int sum = 0;
  int check;

  g_return_val_if_fail (code17 != NULL, '\0');

  for (int i = 0; i < 17; i++)
    {
      /* a '\0' ends a short string here too, since it is not in the alphabet */
      int value = alphabet_value ((guchar) code17[i]);

      if (value < 0)
        return '\0';
      sum += value * uscc_weights[i];
    }

  check = ALPHABET_SIZE - sum % ALPHABET_SIZE;
  return alphabet[check == ALPHABET_SIZE ? 0 : check];
}

/* GB 11714 counts letters by their place in the Latin alphabet (A = 10 …
 * Z = 35), unlike GB 32100, which skips I, O, S, V and Z. Only digits and
 * capitals get here, as the caller has checked the USCC alphabet first. */
static char
org_check_character (const char *org8)
{
  int sum = 0;
  int check;

  for (int i = 0; i < 8; i++)
    {
      char c = org8[i];
      int value = g_ascii_isdigit (c) ? c - '0' : c - 'A' + 10;

      sum += value * org_weights[i];
    }

  check = 11 - sum % 11;
  if (check == 10)
    return 'X';
  if (check == 11)
    return '0';
  return '0' + check;
}

/* The character itself, quoted, if it can be seen; otherwise its code
 * point, so that a tab or a zero-width space is not an empty ''. */
static char *
describe_character (gunichar c)
{
  char utf8[7] = { 0 };

  if (!g_unichar_isgraph (c))
    return g_strdup_printf ("U+%04X", c);

  g_unichar_to_utf8 (c, utf8);
  return g_strdup_printf ("'%s'", utf8);
}

static gboolean
fail_character (int          position,
                gunichar     c,
                GError     **error)
{
  g_autofree char *shown = describe_character (c);
  gunichar upper = c < 0x80 ? (gunichar) g_ascii_toupper ((char) c) : c;

  if (upper < 0x80 && upper != 0 && strchr ("IOSVZ", (char) upper) != NULL)
    g_set_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_CHARACTER,
                 _("character %d %s is not allowed in a USCC (I, O, S, V and Z are never used)"),
                 position, shown);
  else if (upper != c && alphabet_value (upper) >= 0)
    g_set_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_CHARACTER,
                 _("character %d %s is lower case; a USCC uses capital letters"),
                 position, shown);
  else
    g_set_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_CHARACTER,
                 _("character %d %s is not allowed in a USCC (only digits and capital letters)"),
                 position, shown);
  return FALSE;
}

gboolean
zjtx_uscc_validate (const char  *code,
                    char       **warning,
                    GError     **error)
{
  const char *invalid_at = NULL;
  glong length;
  const char *p;
  char expected;
  char org_expected;

  if (warning != NULL)
    *warning = NULL;

  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (code, -1, &invalid_at))
    {
      /* Count the characters before the broken byte to name its place. */
      g_set_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_CHARACTER,
                   _("character %ld is not valid text (broken UTF-8)"),
                   g_utf8_strlen (code, invalid_at - code) + 1);
      return FALSE;
    }

  /* In characters, not bytes: "统一社会信用代码" pasted by mistake is 8. */
  length = g_utf8_strlen (code, -1);
  if (length != ZJTX_USCC_LENGTH)
    {
      if (length == 0)
        g_set_error_literal (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_LENGTH,
                             _("no code given (a USCC has 18 characters)"));
      else
        g_set_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_LENGTH,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "a USCC has 18 characters, but %ld was given",
                                  "a USCC has 18 characters, but %ld were given",
                                  length),
                     length);
      return FALSE;
    }

  p = code;
  for (int position = 1; position <= ZJTX_USCC_LENGTH; position++)
    {
      gunichar c = g_utf8_get_char (p);

      if (alphabet_value (c) < 0)
        return fail_character (position, c, error);
      p = g_utf8_next_char (p);
    }

  /* From here on the code is 18 ASCII bytes. */
  expected = zjtx_uscc_check_character (code);
  if (code[17] != expected)
    {
      g_set_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_CHECK,
                   _("check character 18 is '%c' but should be '%c'"),
                   code[17], expected);
      return FALSE;
    }

  org_expected = org_check_character (code + ORG_START);
  if (code[16] != org_expected && warning != NULL)
    *warning = g_strdup_printf (_("character 17 is '%c' but the GB 11714 organisation code check gives '%c' (some old codes carry this mistake)"),
                                code[16], org_expected);

  return TRUE;
}

/* U+3000 IDEOGRAPHIC SPACE, what a Chinese input method types as a space */
#define IDEOGRAPHIC_SPACE 0x3000

static gboolean
is_trimmed_space (gunichar c)
{
  return c == IDEOGRAPHIC_SPACE || (c < 0x80 && g_ascii_isspace ((char) c));
}

char *
zjtx_uscc_normalize (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;
  const char *start;
  const char *end;

  g_return_val_if_fail (text != NULL, NULL);

  /* Broken bytes become U+FFFD, which validation then reports by place. */
  valid = g_utf8_make_valid (text, -1);

  start = valid;
  while (*start != '\0' && is_trimmed_space (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  end = start + strlen (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);

      if (!is_trimmed_space (g_utf8_get_char (prev)))
        break;
      end = prev;
    }

  out = g_string_sized_new (end - start);
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Full-width forms U+FF01–U+FF5E mirror ASCII 0x21–0x7E. */
      if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      if (c < 0x80)
        g_string_append_c (out, g_ascii_toupper ((char) c));
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

char *
zjtx_uscc_area_code (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  /* Positions 3–8; a code too short to have them has no area. */
  for (int i = 0; i < 8; i++)
    if (code[i] == '\0' || (guchar) code[i] >= 0x80)
      return NULL;

  return g_strndup (code + 2, 6);
}
