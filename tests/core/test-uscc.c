/* test-uscc.c: unified social credit codes (GB 32100-2015) */

#include <string.h>

#include <glib.h>

#include "core/zjtx-uscc.h"

/* An independent implementation of both checks, to build test codes with:
 * weights as powers of 3 rather than a table, letters looked up by hand. */

static const char test_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

static char
reference_uscc_check (const char *code17)
{
  int sum = 0;
  int weight = 1;

  for (int i = 0; i < 17; i++)
    {
      const char *at = strchr (test_alphabet, code17[i]);

      g_assert_nonnull (at);
      sum += (int) (at - test_alphabet) * weight;
      weight = weight * 3 % 31;
    }
  return test_alphabet[(31 - sum % 31) % 31];
}

static char
reference_org_check (const char *org8)
{
  static const int weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0;
  int check;

  for (int i = 0; i < 8; i++)
    {
      int value = g_ascii_isdigit (org8[i]) ? org8[i] - '0'
                                            : g_ascii_toupper (org8[i]) - 'A' + 10;
      sum += value * weights[i];
    }
  check = (11 - sum % 11) % 11;
  return check == 10 ? 'X' : '0' + check;
}

/* "91" + area + organisation code + its check + the USCC check */
static char *
make_uscc (const char *kind2,
           const char *area6,
           const char *org8)
{
  char code[19] = { 0 };

  g_assert_cmpuint (strlen (kind2), ==, 2);
  g_assert_cmpuint (strlen (area6), ==, 6);
  g_assert_cmpuint (strlen (org8), ==, 8);
  memcpy (code, kind2, 2);
  memcpy (code + 2, area6, 6);
  memcpy (code + 8, org8, 8);
  code[16] = reference_org_check (org8);
  code[17] = reference_uscc_check (code);
  return g_strdup (code);
}

static void
assert_valid (const char *code)
{
  g_autoptr(GError) error = NULL;
  char *warning = (char *) "not touched";

  g_assert_true (zjtx_uscc_validate (code, &warning, &error));
  g_assert_no_error (error);
  g_assert_null (warning);
  g_assert_cmpint (zjtx_uscc_check_character (code), ==, code[17]);
}

static void
assert_invalid (const char *code,
                int         error_code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  char *warning = (char *) "not touched";

  g_assert_false (zjtx_uscc_validate (code, &warning, &error));
  g_assert_error (error, ZJTX_USCC_ERROR, error_code);
  g_assert_cmpstr (error->message, ==, message);
  g_assert_null (warning);
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (ZJTX_USCC_ERROR), ==,
                   "zjtx-uscc-error-quark");
}

static void
test_generated_codes (void)
{
  /* Yongchun (350525) codes of several kinds; the literals were computed
   * separately, so both the generator and the library are pinned. */
  static const struct {
    const char *kind, *org, *expected;
  } cases[] = {
    { "91", "MA31ABCD", "91350525MA31ABCD04" },  /* enterprise */
    { "92", "MA2Y7K4P", "92350525MA2Y7K4P4H" },  /* individual business */
    { "12", "48800123", "123505254880012331" },  /* public institution */
    { "52", "MJ0000W1", "52350525MJ0000W115" },  /* social organisation */
    { "91", "15459327", "913505251545932756" },
    { "91", "MA300090", "91350525MA300090X0" },  /* org check X, USCC check 0 */
    { "91", "MA300001", "91350525MA30000104" },  /* org check 0 (11) */
    { "91", "MA300014", "91350525MA30001410" },  /* USCC check 0 (31) */
    { "91", "MA300031", "91350525MA300031XY" },  /* USCC check Y (30) */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *code = make_uscc (cases[i].kind, "350525", cases[i].org);
      g_autofree char *area = zjtx_uscc_area_code (code);

      g_assert_cmpstr (code, ==, cases[i].expected);
      assert_valid (code);
      g_assert_cmpstr (area, ==, "350525");
    }
}

static void
test_known_codes (void)
{
  assert_valid ("91310110666007217T");
  assert_valid ("914403001922038216");
  assert_valid ("91350100M000100Y43");
}

static void
test_check_character (void)
{
  g_assert_cmpint (zjtx_uscc_check_character ("91310110666007217"), ==, 'T');
  g_assert_cmpint (zjtx_uscc_check_character ("91350525MA300090X"), ==, '0');
  g_assert_cmpint (zjtx_uscc_check_character ("91350525MA300031X"), ==, 'Y');
  /* only the first 17 characters count */
  g_assert_cmpint (zjtx_uscc_check_character ("91310110666007217T"), ==, 'T');
  g_assert_cmpint (zjtx_uscc_check_character ("91310110666007217whatever"), ==, 'T');
  /* all zeros sum to 0, and 31 − 0 = 31 wraps to 0 */
  g_assert_cmpint (zjtx_uscc_check_character ("00000000000000000"), ==, '0');
  /* outside the alphabet, or too short */
  g_assert_cmpint (zjtx_uscc_check_character ("9131011066600721I"), ==, '\0');
  g_assert_cmpint (zjtx_uscc_check_character ("91310110666007217"), !=, '\0');
  g_assert_cmpint (zjtx_uscc_check_character ("9131011066600721t"), ==, '\0');
  g_assert_cmpint (zjtx_uscc_check_character ("9131011066600721"), ==, '\0');
  g_assert_cmpint (zjtx_uscc_check_character (""), ==, '\0');
  g_assert_cmpint (zjtx_uscc_check_character ("913101106660072１7"), ==, '\0');
}

static void
test_check_character_every_position (void)
{
  /* Changing any single character to any other changes the check: the
   * weights are all non-zero mod the prime 31. */
  const char *base = "91350525MA31ABCD04";

  for (int i = 0; i < 17; i++)
    for (const char *c = test_alphabet; *c != '\0'; c++)
      {
        char code[19];

        memcpy (code, base, sizeof code);
        code[i] = *c;
        g_assert_cmpint (zjtx_uscc_check_character (code), ==,
                         reference_uscc_check (code));
        if (*c != base[i])
          g_assert_cmpint (zjtx_uscc_check_character (code), !=, base[17]);
      }
}

static void
test_length (void)
{
  assert_invalid ("", ZJTX_USCC_ERROR_LENGTH,
                  "no code given (a USCC has 18 characters)");
  assert_invalid ("9", ZJTX_USCC_ERROR_LENGTH,
                  "a USCC has 18 characters, but 1 was given");
  assert_invalid ("91310110666007217", ZJTX_USCC_ERROR_LENGTH,
                  "a USCC has 18 characters, but 17 were given");
  assert_invalid ("91310110666007217TX", ZJTX_USCC_ERROR_LENGTH,
                  "a USCC has 18 characters, but 19 were given");
  /* characters, not bytes: 6 CJK characters are 18 bytes */
  assert_invalid ("统一社会信用", ZJTX_USCC_ERROR_LENGTH,
                  "a USCC has 18 characters, but 6 were given");
  /* a full-width code is 18 characters, 54 bytes: a character error */
  assert_invalid ("９１３１０１１０６６６００７２１７Ｔ", ZJTX_USCC_ERROR_CHARACTER,
                  "character 1 '９' is not allowed in a USCC (only digits and capital letters)");
  /* surrounding spaces count, since validation does not trim */
  assert_invalid (" 91310110666007217T", ZJTX_USCC_ERROR_LENGTH,
                  "a USCC has 18 characters, but 19 were given");
}

static void
test_bad_characters (void)
{
  assert_invalid ("9131I110666007217T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 5 'I' is not allowed in a USCC (I, O, S, V and Z are never used)");
  assert_invalid ("O1310110666007217T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 1 'O' is not allowed in a USCC (I, O, S, V and Z are never used)");
  assert_invalid ("91310110666007217S", ZJTX_USCC_ERROR_CHARACTER,
                  "character 18 'S' is not allowed in a USCC (I, O, S, V and Z are never used)");
  assert_invalid ("913101106660072V7T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 16 'V' is not allowed in a USCC (I, O, S, V and Z are never used)");
  assert_invalid ("91310110666Z07217T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 12 'Z' is not allowed in a USCC (I, O, S, V and Z are never used)");
  /* lower case of a forbidden letter is still forbidden, not "use capitals" */
  assert_invalid ("91310110666007217s", ZJTX_USCC_ERROR_CHARACTER,
                  "character 18 's' is not allowed in a USCC (I, O, S, V and Z are never used)");
  assert_invalid ("91310110666007217t", ZJTX_USCC_ERROR_CHARACTER,
                  "character 18 't' is lower case; a USCC uses capital letters");
  assert_invalid ("91350525ma31abcd04", ZJTX_USCC_ERROR_CHARACTER,
                  "character 9 'm' is lower case; a USCC uses capital letters");
  assert_invalid ("9131011066600721-T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 17 '-' is not allowed in a USCC (only digits and capital letters)");
  assert_invalid ("913101106660０7217T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 13 '０' is not allowed in a USCC (only digits and capital letters)");
  assert_invalid ("91310110666007217码", ZJTX_USCC_ERROR_CHARACTER,
                  "character 18 '码' is not allowed in a USCC (only digits and capital letters)");
  /* a CJK character whose low byte is 'I' (U+4E49 义) is not an I */
  assert_invalid ("91310110666007217义", ZJTX_USCC_ERROR_CHARACTER,
                  "character 18 '义' is not allowed in a USCC (only digits and capital letters)");
  /* invisible characters are named by code point */
  assert_invalid ("91310110 66007217T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 9 U+0020 is not allowed in a USCC (only digits and capital letters)");
  assert_invalid ("9131011066600721\t7", ZJTX_USCC_ERROR_CHARACTER,
                  "character 17 U+0009 is not allowed in a USCC (only digits and capital letters)");
  assert_invalid ("91310110666007217\xe3\x80\x80", ZJTX_USCC_ERROR_CHARACTER,
                  "character 18 U+3000 is not allowed in a USCC (only digits and capital letters)");
  /* the first bad character is reported */
  assert_invalid ("I13101106660072O7T", ZJTX_USCC_ERROR_CHARACTER,
                  "character 1 'I' is not allowed in a USCC (I, O, S, V and Z are never used)");
  /* broken UTF-8 */
  assert_invalid ("913101\xff", ZJTX_USCC_ERROR_CHARACTER,
                  "character 7 is not valid text (broken UTF-8)");
  assert_invalid ("码\xe7\xa0", ZJTX_USCC_ERROR_CHARACTER,
                  "character 2 is not valid text (broken UTF-8)");
}

static void
test_check_mismatch (void)
{
  assert_invalid ("91310110666007217A", ZJTX_USCC_ERROR_CHECK,
                  "check character 18 is 'A' but should be 'T'");
  assert_invalid ("91350525MA30001411", ZJTX_USCC_ERROR_CHECK,
                  "check character 18 is '1' but should be '0'");
  /* a transposition of two characters */
  assert_invalid ("91301110666007217T", ZJTX_USCC_ERROR_CHECK,
                  "check character 18 is 'T' but should be '3'");
}

static void
test_org_code_warning (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;
  char code[19];

  /* 17th character off, 18th recomputed: valid, with a warning */
  memcpy (code, "91350525MA31ABCD5", 17);
  code[17] = reference_uscc_check (code);
  code[18] = '\0';
  g_assert_cmpstr (code, ==, "91350525MA31ABCD5K");
  g_assert_true (zjtx_uscc_validate (code, &warning, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (warning, ==,
                   "character 17 is '5' but the GB 11714 organisation code check "
                   "gives '0' (some old codes carry this mistake)");
  g_clear_pointer (&warning, g_free);

  /* an X where 0 belongs */
  memcpy (code, "91350525MA300001X", 17);
  code[17] = reference_uscc_check (code);
  g_assert_true (zjtx_uscc_validate (code, &warning, &error));
  g_assert_nonnull (warning);
  g_assert_nonnull (strstr (warning, "is 'X' but"));
  g_assert_nonnull (strstr (warning, "gives '0'"));
  g_clear_pointer (&warning, g_free);

  /* without a place for the warning it is just valid */
  g_assert_true (zjtx_uscc_validate (code, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (zjtx_uscc_validate (code, NULL, NULL));

  /* a wrong check character is still an error, and no warning comes */
  code[17] = code[17] == 'A' ? 'B' : 'A';
  g_assert_false (zjtx_uscc_validate (code, &warning, &error));
  g_assert_error (error, ZJTX_USCC_ERROR, ZJTX_USCC_ERROR_CHECK);
  g_assert_null (warning);
}

static void
test_normalize (void)
{
  static const struct {
    const char *input, *expected;
  } cases[] = {
    { "91310110666007217T", "91310110666007217T" },
    { "91310110666007217t", "91310110666007217T" },
    { "  91310110666007217T\t\n", "91310110666007217T" },
    { "\xe3\x80\x80" "91310110666007217T" "\xe3\x80\x80", "91310110666007217T" },
    { "\xe3\x80\x80 \xe3\x80\x80" "9131" "\xe3\x80\x80 ", "9131" },
    { "９１３１０１１０６６６００７２１７Ｔ", "91310110666007217T" },
    { "９１３１０１１０６６６００７２１７ｔ", "91310110666007217T" },
    { "91350525ma31abcd04", "91350525MA31ABCD04" },
    /* inside spaces stay, for validation to point at */
    { "9131 0110", "9131 0110" },
    { "9131\xe3\x80\x80" "0110", "9131\xe3\x80\x80" "0110" },
    /* other characters pass through unchanged */
    { "码-9ｉ", "码-9I" },
    { "", "" },
    { "   ", "" },
    { "\xe3\x80\x80", "" },
    /* broken UTF-8 becomes U+FFFD rather than passing through */
    { "91\xff", "91\xef\xbf\xbd" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normal = zjtx_uscc_normalize (cases[i].input);

      g_assert_cmpstr (normal, ==, cases[i].expected);
      g_assert_true (g_utf8_validate (normal, -1, NULL));
    }
}

static void
test_normalize_then_validate (void)
{
  g_autofree char *normal = zjtx_uscc_normalize (" ９１３５０５２５ｍａ３１ＡＢＣＤ０４　");

  g_assert_cmpstr (normal, ==, "91350525MA31ABCD04");
  assert_valid (normal);
}

static void
test_area_code (void)
{
  g_autofree char *a = zjtx_uscc_area_code ("91310110666007217T");
  g_autofree char *b = zjtx_uscc_area_code ("92350525MA2Y7K4P4H");
  g_autofree char *c = zjtx_uscc_area_code ("9135052");
  g_autofree char *d = zjtx_uscc_area_code ("91350525");
  g_autofree char *e = zjtx_uscc_area_code ("９１３５０５２５");

  g_assert_cmpstr (a, ==, "310110");
  g_assert_cmpstr (b, ==, "350525");
  g_assert_null (c);
  g_assert_cmpstr (d, ==, "350525");
  g_assert_null (e);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/uscc/error-quark", test_error_quark);
  g_test_add_func ("/uscc/valid/generated", test_generated_codes);
  g_test_add_func ("/uscc/valid/known", test_known_codes);
  g_test_add_func ("/uscc/check-character", test_check_character);
  g_test_add_func ("/uscc/check-character/every-position", test_check_character_every_position);
  g_test_add_func ("/uscc/invalid/length", test_length);
  g_test_add_func ("/uscc/invalid/character", test_bad_characters);
  g_test_add_func ("/uscc/invalid/check", test_check_mismatch);
  g_test_add_func ("/uscc/org-code-warning", test_org_code_warning);
  g_test_add_func ("/uscc/normalize", test_normalize);
  g_test_add_func ("/uscc/normalize-then-validate", test_normalize_then_validate);
  g_test_add_func ("/uscc/area-code", test_area_code);

  return g_test_run ();
}
