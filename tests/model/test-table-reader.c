/* test-table-reader.c: reading CSV, Unicode text and .xlsx into rows of cells
 *
 * Fixtures: tests/data/import/, made by make-fixtures.py there (lo-*.xlsx
 * by LibreOffice Calc).
 */

#include <stdarg.h>
#include <string.h>

#include <glib.h>

#include "model/zjtx-table-reader.h"

#define USCC_1 "91350525MA2Y0001X5"
#define USCC_2 "91350525MA2Y000285"
#define USCC_3 "91350525MA2Y000360"
#define USCC_4 "91350525MA2Y00044T"

static char *
fixture_path (const char *name)
{
  return g_build_filename (TEST_DATA_DIR, "import", name, NULL);
}

static ZjtxTable *
read_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (name);
  ZjtxTable *table = zjtx_table_read_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

static ZjtxTable *
read_string (const char *text,
             gsize       len)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, len);
  ZjtxTable *table = zjtx_table_read_bytes (bytes, "测试.csv", &error);

  g_assert_no_error (error);
  g_assert_nonnull (table);
  return table;
}

/* Asserts the line and the exact cells (NULL-terminated) of @row. */
G_GNUC_NULL_TERMINATED static void
assert_row (ZjtxTable *table,
            guint      row,
            guint      line,
            ...)
{
  va_list ap;
  const char *cell;
  guint n = 0;

  g_assert_cmpuint (row, <, zjtx_table_get_n_rows (table));
  g_assert_cmpuint (zjtx_table_get_line (table, row), ==, line);

  va_start (ap, line);
  while ((cell = va_arg (ap, const char *)) != NULL)
    {
      g_assert_cmpstr (zjtx_table_get_cell (table, row, n), ==, cell);
      n++;
    }
  va_end (ap);

  g_assert_cmpuint (zjtx_table_get_n_columns (table, row), ==, n);
  /* beyond the row's end, a cell is empty, never NULL */
  g_assert_cmpstr (zjtx_table_get_cell (table, row, n), ==, "");
  g_assert_cmpstr (zjtx_table_get_cell (table, row, n + 1000), ==, "");
}

static void
assert_fixture_error (const char *name,
                      int         code,
                      const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (name);
  g_autoptr(ZjtxTable) table = zjtx_table_read_file (path, &error);

  g_assert_null (table);
  g_assert_error (error, ZJTX_TABLE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* For errors that end in libxml2's own words, which vary by version. */
static void
assert_fixture_error_prefix (const char *name,
                             int         code,
                             const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path (name);
  g_autoptr(ZjtxTable) table = zjtx_table_read_file (path, &error);

  g_assert_null (table);
  g_assert_error (error, ZJTX_TABLE_ERROR, code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  g_assert_cmpuint (strlen (error->message), >, strlen (prefix));
}

static void
assert_bytes_error (const char *data,
                    gsize       len,
                    int         code,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(ZjtxTable) table = zjtx_table_read_bytes (bytes, "测试.csv", &error);

  g_assert_null (table);
  g_assert_error (error, ZJTX_TABLE_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
assert_text_error (const char *text,
                   int         code,
                   const char *message)
{
  assert_bytes_error (text, strlen (text), code, message);
}

static void
assert_enterprises (ZjtxTable *table,
                    guint      n_enterprises)
{
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 1 + n_enterprises);
  assert_row (table, 0, 1, "企业名称", "统一社会信用代码", "所属乡镇", "注册资本（万元）", "成立日期", "培育层级", NULL);
  assert_row (table, 1, 2, "永春县某某香业有限公司", USCC_1, "桃城镇", "1200", "2019-03-15", "创新型中小企业", NULL);
  assert_row (table, 2, 3, "福建永春某某老醋有限公司", USCC_2, "五里街镇", "850.5", "2016-11-08", "专精特新中小企业", NULL);
  if (n_enterprises > 2)
    assert_row (table, 3, 4, "永春县某某纸织画工艺品有限公司", USCC_3, "石鼓镇", "300", "2021-06-30", "创新型中小企业", NULL);
  if (n_enterprises > 3)
    assert_row (table, 4, 5, "永春县某某茶业有限公司", USCC_4, "蓬壶镇", "2000", "2012-01-05", "专精特新“小巨人”企业", NULL);
  g_assert_cmpuint (zjtx_table_get_max_columns (table), ==, 6);
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (ZJTX_TABLE_ERROR), ==, "zjtx-table-error-quark");
}

/* CSV and text */

static void
test_csv_utf8 (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("enterprises-utf8.csv");

  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "UTF-8");
  assert_enterprises (table, 4);
}

static void
test_csv_utf8_bom (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("enterprises-utf8-bom.csv");

  /* the BOM is not part of the first header cell */
  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "UTF-8 (BOM)");
  assert_enterprises (table, 4);
}

static void
test_csv_unicode_text (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("enterprises-unicode.txt");

  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "UTF-16LE");
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 5);
  assert_row (table, 0, 1, "企业名称", "统一社会信用代码", "所属乡镇", "注册资本（万元）", "成立日期", "培育层级", "备注", NULL);
  /* tab-separated even though a comma occurs: a comma is no separator there */
  assert_row (table, 1, 2, "永春县某某香业有限公司", USCC_1, "桃城镇", "1200", "2019-03-15", "创新型中小企业", "香业,制香", NULL);
  assert_row (table, 2, 3, "福建永春某某老醋有限公司", USCC_2, "五里街镇", "850.5", "2016-11-08", "专精特新中小企业", "老醋\n酿造", NULL);
  /* the quoted line break moved the next record to line 5 */
  assert_row (table, 3, 5, "永春县某某纸织画工艺品有限公司", USCC_3, "石鼓镇", "300", "2021-06-30", "创新型中小企业", "", NULL);
  assert_row (table, 4, 6, "永春县某某茶业有限公司", USCC_4, "蓬壶镇", "2000", "2012-01-05", "专精特新“小巨人”企业", "", NULL);
}

static void
test_csv_utf16be (void)
{
  /* "\xFE\xFF" then "名称\t乡镇\r\n永春\t桃城镇" in UTF-16BE */
  g_autofree char *utf16 = NULL;
  g_autoptr(GString) data = g_string_new_len ("\xFE\xFF", 2);
  g_autoptr(ZjtxTable) table = NULL;
  gsize len = 0;

  utf16 = g_convert ("名称\t乡镇\r\n永春\t桃城镇", -1, "UTF-16BE", "UTF-8", NULL, &len, NULL);
  g_assert_nonnull (utf16);
  g_string_append_len (data, utf16, len);

  table = read_string (data->str, data->len);
  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "UTF-16BE");
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 1, "名称", "乡镇", NULL);
  assert_row (table, 1, 2, "永春", "桃城镇", NULL);
}

static void
test_csv_gb18030 (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("enterprises-gb18030.csv");

  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "GB18030");
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 4);
  assert_row (table, 0, 1, "企业名称", "统一社会信用代码", "所属乡镇", "注册资本（万元）", "成立日期", "培育层级", NULL);
  assert_row (table, 1, 2, "永春县某某香业有限公司", USCC_1, "桃城镇", "1200", "2019-03-15", "创新型中小企业", NULL);
  assert_row (table, 2, 3, "福建永春某某老醋有限公司", USCC_2, "五里街镇", "850.5", "2016-11-08", "专精特新中小企业", NULL);
  /* 𠀀 (U+20000) and 鿏 (U+9FCF) are four-byte GB18030, unknown to GBK */
  assert_row (table, 3, 4, "永春县\xF0\xA0\x80\x80\xE9\xBF\x8F新材料有限公司", USCC_3, "石鼓镇", "300", "2021-06-30", "创新型中小企业", NULL);
  g_assert_true (g_utf8_validate (zjtx_table_get_cell (table, 3, 0), -1, NULL));
}

static void
test_csv_rfc4180 (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("rfc4180.csv");

  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "UTF-8");
  /* ",,," and the blank lines at the end are not rows */
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 7);
  assert_row (table, 0, 1, "企业名称", "地址", "备注", "金额", NULL);
  assert_row (table, 1, 2, "永春县某某香业有限公司", "桃城镇, 环城路 1 号", "他说\"好\"", "1200", NULL);
  /* quoted CRLF and LF both become "\n"; the record starts on line 3 */
  assert_row (table, 2, 3, "福建永春某某老醋有限公司", "五里街镇\n仰贤村", "第一行\n第二行", "", NULL);
  /* a blank line in the middle is a row without cells */
  assert_row (table, 3, 6, NULL);
  /* spaces around a quoted cell are kept, for the caller to trim */
  assert_row (table, 4, 7, "永春县某某茶业有限公司", "  蓬壶镇 ", "", "", NULL);
  assert_row (table, 5, 8, "短行", NULL);
  assert_row (table, 6, 9, "\"引号开头", "末尾逗号", "", NULL);
  g_assert_cmpuint (zjtx_table_get_max_columns (table), ==, 4);
}

static void
test_csv_cr_only (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("cr-only.csv");

  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 3);
  assert_row (table, 0, 1, "企业名称", "所属乡镇", NULL);
  assert_row (table, 1, 2, "永春县某某香业有限公司", "桃城镇", NULL);
  assert_row (table, 2, 3, "多行\n单元格", "东平镇", NULL);
}

static void
test_csv_tab (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("enterprises-tab.tsv");

  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "UTF-8");
  assert_enterprises (table, 2);
}

static void
test_csv_sep_hint (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("semicolon-sep-hint.csv");

  /* "sep=;" is no row, but it is line 1 */
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 2);
  assert_row (table, 0, 2, "企业名称", "注册资本（万元）", NULL);
  assert_row (table, 1, 3, "永春县某某香业有限公司", "1200,50", NULL);
}

static void
test_csv_separator_detection (void)
{
  g_autoptr(ZjtxTable) semicolon = NULL;
  g_autoptr(ZjtxTable) tab = NULL;
  g_autoptr(ZjtxTable) tie = NULL;
  g_autoptr(ZjtxTable) single = NULL;
  const char *text;

  /* commas inside the quoted header cell do not count */
  text = "\"名称,简称,别名\";乡镇\n永春县某某香业有限公司;桃城镇\n";
  semicolon = read_string (text, strlen (text));
  assert_row (semicolon, 0, 1, "名称,简称,别名", "乡镇", NULL);
  assert_row (semicolon, 1, 2, "永春县某某香业有限公司", "桃城镇", NULL);

  text = "名称\t注册资本,万元\t乡镇\n永春,1\t1,200\t桃城镇\n";
  tab = read_string (text, strlen (text));
  assert_row (tab, 0, 1, "名称", "注册资本,万元", "乡镇", NULL);
  assert_row (tab, 1, 2, "永春,1", "1,200", "桃城镇", NULL);

  /* a tie goes to the comma */
  text = "a,b\tc\n";
  tie = read_string (text, strlen (text));
  assert_row (tie, 0, 1, "a", "b\tc", NULL);

  /* one column: no separator at all */
  text = "企业名称\n永春县某某香业有限公司";
  single = read_string (text, strlen (text));
  assert_row (single, 0, 1, "企业名称", NULL);
  assert_row (single, 1, 2, "永春县某某香业有限公司", NULL);
}

static void
test_csv_edges (void)
{
  g_autoptr(ZjtxTable) empty = read_string ("", 0);
  g_autoptr(ZjtxTable) bom_only = read_string ("\xEF\xBB\xBF", 3);
  g_autoptr(ZjtxTable) blank = read_string ("\r\n\n,,\n", 6);
  g_autoptr(ZjtxTable) no_newline = NULL;
  g_autoptr(ZjtxTable) trailing_sep = NULL;
  g_autoptr(ZjtxTable) quoted_empty = NULL;
  g_autoptr(ZjtxTable) spaces = NULL;
  const char *text;

  g_assert_cmpuint (zjtx_table_get_n_rows (empty), ==, 0);
  g_assert_cmpuint (zjtx_table_get_max_columns (empty), ==, 0);
  g_assert_cmpstr (zjtx_table_get_encoding (empty), ==, "UTF-8");
  g_assert_cmpuint (zjtx_table_get_n_rows (bom_only), ==, 0);
  g_assert_cmpstr (zjtx_table_get_encoding (bom_only), ==, "UTF-8 (BOM)");
  g_assert_cmpuint (zjtx_table_get_n_rows (blank), ==, 0);

  text = "名称,乡镇\n永春,桃城镇";
  no_newline = read_string (text, strlen (text));
  g_assert_cmpuint (zjtx_table_get_n_rows (no_newline), ==, 2);
  assert_row (no_newline, 1, 2, "永春", "桃城镇", NULL);

  /* a separator at the very end opens a last, empty cell */
  text = "名称,乡镇,\n永春,桃城镇,";
  trailing_sep = read_string (text, strlen (text));
  assert_row (trailing_sep, 0, 1, "名称", "乡镇", "", NULL);
  assert_row (trailing_sep, 1, 2, "永春", "桃城镇", "", NULL);

  text = "\"\",\"\"\"\"\r\n\"a\"\"\",\"\"\"b\"\r\n";
  quoted_empty = read_string (text, strlen (text));
  assert_row (quoted_empty, 0, 1, "", "\"", NULL);
  assert_row (quoted_empty, 1, 2, "a\"", "\"b", NULL);

  /* nothing is trimmed: not spaces, not full-width spaces */
  text = " 永春 ,\xE3\x80\x80桃城镇\t\n";
  spaces = read_string (text, strlen (text));
  assert_row (spaces, 0, 1, " 永春 ", "\xE3\x80\x80桃城镇\t", NULL);
}

static void
test_csv_unclosed_quote (void)
{
  assert_fixture_error ("bad-unclosed-quote.csv", ZJTX_TABLE_ERROR_SYNTAX,
                        "“bad-unclosed-quote.csv”, line 3, column 1: the quote that opens this cell is never closed");
  /* the line where the quote opens, not where the file ends */
  assert_text_error ("名称,备注\n永春,\"第一行\r\n第二行\n", ZJTX_TABLE_ERROR_SYNTAX,
                      "“测试.csv”, line 2, column 2: the quote that opens this cell is never closed");
}

static void
test_csv_stray_quote (void)
{
  /* the error names the physical line, after a record of two lines */
  assert_fixture_error ("bad-stray-quote.csv", ZJTX_TABLE_ERROR_SYNTAX,
                        "“bad-stray-quote.csv”, line 5, column 1: a quote mark inside a cell that does not start with one");
  assert_text_error ("a,b\n1,2\"\n", ZJTX_TABLE_ERROR_SYNTAX,
                      "“测试.csv”, line 2, column 2: a quote mark inside a cell that does not start with one");
}

static void
test_csv_text_after_quote (void)
{
  assert_fixture_error ("bad-text-after-quote.csv", ZJTX_TABLE_ERROR_SYNTAX,
                        "“bad-text-after-quote.csv”, line 2, column 2: text follows the closing quote of a cell");
}

static void
test_encoding_errors (void)
{
  static const char bad_utf16[] = "\xFF\xFE" "a\0,\0b\0\n\0" "\x00\xD8" "c\0";   /* lone high surrogate */
  static const char odd_utf16[] = "\xFF\xFE" "a\0\n\0b";

  assert_fixture_error ("bad-encoding.csv", ZJTX_TABLE_ERROR_ENCODING,
                        "“bad-encoding.csv”, line 3: the text is neither UTF-8 nor GB18030 (GBK)");
  /* a GB18030 file cut inside a character */
  assert_text_error ("名称\r\n\xD3\xC0\xB4", ZJTX_TABLE_ERROR_ENCODING,
                     "“测试.csv”, line 2: the text is neither UTF-8 nor GB18030 (GBK)");
  assert_text_error ("\xEF\xBB\xBF名称\r\n\xFF\r\n", ZJTX_TABLE_ERROR_ENCODING,
                      "“测试.csv”, line 2: the text is not valid UTF-8");
  assert_bytes_error (bad_utf16, sizeof bad_utf16 - 1, ZJTX_TABLE_ERROR_ENCODING,
                      "“测试.csv”, line 2: the text is not valid UTF-16LE");
  assert_bytes_error (odd_utf16, sizeof odd_utf16 - 1, ZJTX_TABLE_ERROR_ENCODING,
                      "“测试.csv”, line 2: the text is not valid UTF-16LE");
}

static void
test_binary (void)
{
  static const char nul[] = "名称,乡镇\n永春\0,桃城镇\n";
  static const char utf16_nul[] = "\xFF\xFE" "a\0\n\0\0\0";
  static const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0";

  assert_bytes_error (nul, sizeof nul - 1, ZJTX_TABLE_ERROR_ENCODING,
                      "“测试.csv” is not a spreadsheet or a text file (line 2 holds binary data)");
  assert_bytes_error (utf16_nul, sizeof utf16_nul - 1, ZJTX_TABLE_ERROR_ENCODING,
                      "“测试.csv” is not a spreadsheet or a text file (line 2 holds binary data)");
  assert_bytes_error (ole2, sizeof ole2 - 1, ZJTX_TABLE_ERROR_UNSUPPORTED,
                      "“测试.csv” is an Excel 97–2003 workbook (.xls) or a password-protected one, "
                      "which cannot be read; save it as .xlsx or CSV without a password");
}

/* xlsx */

static void
test_xlsx_libreoffice_from_csv (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("lo-enterprises.xlsx");

  /* shared strings; numbers; ISO dates turned into date serials by Calc */
  g_assert_cmpstr (zjtx_table_get_encoding (table), ==, "xlsx");
  assert_enterprises (table, 4);
}

static void
test_xlsx_libreoffice_types (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("lo-types.xlsx");

  /* the second sheet ("其他") is not read */
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 4);
  g_assert_cmpuint (zjtx_table_get_max_columns (table), ==, 10);
  assert_row (table, 0, 1, "企业名称", "统一社会信用代码", "成立日期", "认定日期", "注册资本（万元）",
              "研发投入占比", "是否小巨人", "备注", "年营收（元）", "公式", NULL);
  /* dates as yyyy-mm-dd and as yyyy\年m\月d\日; 1200 shown as "1,200.00";
   * 15% stored as 0.15; a boolean; a line break; a string formula */
  assert_row (table, 1, 2, "永春县某某香业有限公司", USCC_1, "2019-03-15", "2023-12-01", "1200",
              "0.15", "TRUE", "香业\n出口", "12000000", "永春县某某香业有限公司（桃城镇）", NULL);
  assert_row (table, 2, 3, "福建永春某某老醋有限公司", USCC_2, "2016-11-08", "2024-06-30", "850.5",
              "0.035", "FALSE", "含\"引号\"与,逗号", "98765432.1", "1701", NULL);
  /* a sparse row: the cells land in their columns */
  assert_row (table, 3, 4, "永春县某某纸织画工艺品有限公司", "", "", "", "300", "", "", "", "0.1", NULL);
}

static void
test_xlsx_strings (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("hand-strings.xlsx");

  /* the first visible worksheet: not the chart sheet, not the hidden one */
  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 5);
  assert_row (table, 0, 1, "企业名称", "统一社会信用代码", "所属乡镇", "备注", NULL);
  /* rich-text runs joined, the phonetic run dropped, spaces kept */
  assert_row (table, 1, 2, "永春县某某 香业有限公司", USCC_1, "桃城镇", "  两端空格  ", NULL);

  /* rows 3 and 4 are absent from the sheet and not invented */
  g_assert_cmpuint (zjtx_table_get_line (table, 2), ==, 5);
  g_assert_cmpuint (zjtx_table_get_n_columns (table, 2), ==, 27);
  g_assert_cmpstr (zjtx_table_get_cell (table, 2, 0), ==, "第一行\n第二行");
  g_assert_cmpstr (zjtx_table_get_cell (table, 2, 1), ==, "");
  g_assert_cmpstr (zjtx_table_get_cell (table, 2, 2), ==, "下划线_x0041_字面");
  g_assert_cmpstr (zjtx_table_get_cell (table, 2, 25), ==, "");
  g_assert_cmpstr (zjtx_table_get_cell (table, 2, 26), ==, "第27列");

  /* booleans, an error, a string formula, an empty shared string, escaped
   * markup, an ISO date cell; cells without r follow the one before */
  assert_row (table, 3, 6, "", "TRUE", "FALSE", "#N/A", "永春县某某 香业有限公司分公司", "",
              "<桃城镇> & 五里街镇", "2024-03-15", NULL);
  /* a row without r follows the row before; a formula's cached value */
  assert_row (table, 4, 7, " 前导空格", "2", NULL);
  /* rows 8 and 9 hold only formatting */
  g_assert_cmpuint (zjtx_table_get_max_columns (table), ==, 27);
}

static void
test_xlsx_numbers_and_dates (void)
{
  static const struct {
    guint       line;
    const char *text;
  } expected[] = {
    { 2, "2019-03-15" },           /* builtin 14 */
    { 3, "1900-02-29" },           /* serial 60, Excel's phantom leap day */
    { 4, "1900-02-28" },
    { 5, "1900-03-01" },
    { 6, "1900-01-01" },
    { 7, "2023-03-15" },           /* builtin 22, the time dropped */
    { 8, "2023-01-01" },           /* builtin 31, CJK */
    { 9, "2017-12-31" },           /* yyyy"年"m"月"d"日" */
    { 10, "2018-01-01" },          /* [$-804]yyyy"年"m"月" */
    { 11, "43539" },               /* 0.00"d": quoted d is no date */
    { 12, "0.5" },                 /* h:mm */
    { 13, "1.25" },                /* [h]:mm:ss */
    { 14, "2019-03-16" },          /* 23:59:59.9991 shows as the next day */
    { 15, "2024-01-01" },          /* builtin 57, CJK */
    { 16, "0.75" },                /* builtin 20 (h:mm), a time only */
    { 17, "2024-01-01" },          /* builtin 20 with a day */
    { 18, "9999-12-31" },
    { 19, "2958466" },             /* beyond Excel's last date */
    { 20, "-1" },
    { 21, "12000000" },            /* 1.2E7 */
    { 22, "12.5" },
    { 23, "0.3" },                 /* 0.30000000000000004 */
    { 24, "350525199001011000" },  /* an ID number Excel kept 15 digits of */
    { 25, "-1234.56" },
    { 26, "1E-10" },
    { 27, "1.5E+25" },
    { 28, "0.000123" },
    { 29, "123456789012345" },
    { 30, "1234567890123460000" },
    { 31, "0.15" },                /* builtin 10, 0.00% */
    { 32, "0" },                   /* -0 */
    { 33, "43539" },               /* style index beyond cellXfs */
    { 34, "7" },                   /* 007 */
    { 35, "1E+21" },
    { 36, "1E+21" },               /* 999999999999999900000 at 15 digits */
    { 37, "0.0000001" },
    { 38, "1E-08" },
    { 39, "-0.5" },
    { 40, "5.1" },
    { 41, "1" },
    { 42, "1234567890123460" },
  };
  g_autoptr(ZjtxTable) table = read_fixture ("hand-numbers.xlsx");

  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 1 + G_N_ELEMENTS (expected));
  assert_row (table, 0, 1, "值", "说明", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    assert_row (table, i + 1, expected[i].line, expected[i].text, NULL);
}

static void
test_xlsx_date1904 (void)
{
  g_autoptr(ZjtxTable) table = read_fixture ("hand-date1904.xlsx");

  g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 5);
  assert_row (table, 0, 1, "成立日期", NULL);
  assert_row (table, 1, 2, "2019-03-15", NULL);
  assert_row (table, 2, 3, "1904-01-02", NULL);
  /* no phantom leap day in the 1904 system */
  assert_row (table, 3, 4, "1904-03-01", NULL);
  assert_row (table, 4, 5, "42077", NULL);
}

static void
test_xlsx_by_content (void)
{
  g_autofree char *xlsx_path = fixture_path ("lo-enterprises.xlsx");
  g_autofree char *csv_path = fixture_path ("enterprises-utf8.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) xlsx = g_mapped_file_new (xlsx_path, FALSE, &error);
  g_autoptr(GMappedFile) csv = NULL;
  g_autoptr(GBytes) xlsx_bytes = NULL;
  g_autoptr(GBytes) csv_bytes = NULL;
  g_autoptr(ZjtxTable) from_xlsx = NULL;
  g_autoptr(ZjtxTable) from_csv = NULL;

  g_assert_no_error (error);
  csv = g_mapped_file_new (csv_path, FALSE, &error);
  g_assert_no_error (error);
  xlsx_bytes = g_mapped_file_get_bytes (xlsx);
  csv_bytes = g_mapped_file_get_bytes (csv);

  /* the name is for messages only */
  from_xlsx = zjtx_table_read_bytes (xlsx_bytes, "名单.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_table_get_encoding (from_xlsx), ==, "xlsx");
  from_csv = zjtx_table_read_bytes (csv_bytes, "名单.xlsx", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (zjtx_table_get_encoding (from_csv), ==, "UTF-8");

  /* the same sheet, whichever way it came */
  g_assert_cmpuint (zjtx_table_get_n_rows (from_xlsx), ==, zjtx_table_get_n_rows (from_csv));
  for (guint r = 0; r < zjtx_table_get_n_rows (from_csv); r++)
    {
      g_assert_cmpuint (zjtx_table_get_n_columns (from_xlsx, r), ==, zjtx_table_get_n_columns (from_csv, r));
      for (guint c = 0; c < zjtx_table_get_n_columns (from_csv, r); c++)
        g_assert_cmpstr (zjtx_table_get_cell (from_xlsx, r, c), ==, zjtx_table_get_cell (from_csv, r, c));
    }
}

static void
test_xlsx_damaged (void)
{
  assert_fixture_error_prefix ("bad-xml.xlsx", ZJTX_TABLE_ERROR_DAMAGED,
                               "“bad-xml.xlsx” is not a readable .xlsx workbook: part “xl/worksheets/sheet1.xml”, "
                               "line 4: ");
  assert_fixture_error ("bad-cell-ref.xlsx", ZJTX_TABLE_ERROR_SYNTAX,
                        "“bad-cell-ref.xlsx”, row 2: invalid cell reference “2B”");
  assert_fixture_error ("bad-shared-string.xlsx", ZJTX_TABLE_ERROR_DAMAGED,
                        "“bad-shared-string.xlsx” is not a readable .xlsx workbook: cell B3 refers to a "
                        "shared string that does not exist");
  assert_fixture_error ("bad-no-sheet-part.xlsx", ZJTX_TABLE_ERROR_DAMAGED,
                        "“bad-no-sheet-part.xlsx” is not a readable .xlsx workbook: part "
                        "“xl/worksheets/sheet1.xml” is missing");
  assert_fixture_error_prefix ("bad-rels.xlsx", ZJTX_TABLE_ERROR_DAMAGED,
                               "“bad-rels.xlsx” is not a readable .xlsx workbook: part “xl/_rels/workbook.xml.rels”, "
                               "line 2: ");
}

static void
test_xlsx_truncated (void)
{
  g_autofree char *path = fixture_path ("lo-enterprises.xlsx");
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  /* a download cut short: every length must fail cleanly, never crash */
  for (gsize cut = 4; cut < len; cut += cut < 64 ? 1 : 97)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = g_bytes_new (contents, cut);
      g_autoptr(ZjtxTable) table = zjtx_table_read_bytes (bytes, "名单.xlsx", &error);

      g_assert_null (table);
      g_assert_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED);
      g_assert_true (g_str_has_prefix (error->message, "“名单.xlsx” is not a readable .xlsx workbook: "));
    }
}

static void
test_xlsx_unsupported (void)
{
  assert_fixture_error ("bad-not-ooxml.xlsx", ZJTX_TABLE_ERROR_UNSUPPORTED,
                        "“bad-not-ooxml.xlsx” is a zip archive, not an .xlsx workbook");
  assert_fixture_error ("fake.ods", ZJTX_TABLE_ERROR_UNSUPPORTED,
                        "“fake.ods” is an OpenDocument spreadsheet (.ods), which cannot be read; save it as .xlsx or CSV");
  assert_fixture_error ("fake.xlsb", ZJTX_TABLE_ERROR_UNSUPPORTED,
                        "“fake.xlsb” is a binary Excel workbook (.xlsb), which cannot be read; save it as .xlsx or CSV");
}

/* API */

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = fixture_path ("does-not-exist.csv");
  g_autoptr(ZjtxTable) table = zjtx_table_read_file (path, &error);

  g_assert_null (table);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_refcount (void)
{
  ZjtxTable *table = read_fixture ("enterprises-utf8.csv");
  ZjtxTable *copy;
  const char *cell = zjtx_table_get_cell (table, 1, 0);

  g_assert_true (G_TYPE_IS_BOXED (ZJTX_TYPE_TABLE));
  copy = g_boxed_copy (ZJTX_TYPE_TABLE, table);
  g_assert_true (copy == table);
  g_assert_true (zjtx_table_ref (table) == table);
  zjtx_table_unref (table);
  zjtx_table_unref (table);
  /* still alive through the copy */
  g_assert_cmpstr (cell, ==, "永春县某某香业有限公司");
  g_boxed_free (ZJTX_TYPE_TABLE, copy);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table-reader/error-quark", test_error_quark);
  g_test_add_func ("/table-reader/csv/utf8", test_csv_utf8);
  g_test_add_func ("/table-reader/csv/utf8-bom", test_csv_utf8_bom);
  g_test_add_func ("/table-reader/csv/unicode-text", test_csv_unicode_text);
  g_test_add_func ("/table-reader/csv/utf16be", test_csv_utf16be);
  g_test_add_func ("/table-reader/csv/gb18030", test_csv_gb18030);
  g_test_add_func ("/table-reader/csv/rfc4180", test_csv_rfc4180);
  g_test_add_func ("/table-reader/csv/cr-only", test_csv_cr_only);
  g_test_add_func ("/table-reader/csv/tab", test_csv_tab);
  g_test_add_func ("/table-reader/csv/sep-hint", test_csv_sep_hint);
  g_test_add_func ("/table-reader/csv/separator-detection", test_csv_separator_detection);
  g_test_add_func ("/table-reader/csv/edges", test_csv_edges);
  g_test_add_func ("/table-reader/csv/unclosed-quote", test_csv_unclosed_quote);
  g_test_add_func ("/table-reader/csv/stray-quote", test_csv_stray_quote);
  g_test_add_func ("/table-reader/csv/text-after-quote", test_csv_text_after_quote);
  g_test_add_func ("/table-reader/text/encoding-errors", test_encoding_errors);
  g_test_add_func ("/table-reader/text/binary", test_binary);
  g_test_add_func ("/table-reader/xlsx/libreoffice-from-csv", test_xlsx_libreoffice_from_csv);
  g_test_add_func ("/table-reader/xlsx/libreoffice-types", test_xlsx_libreoffice_types);
  g_test_add_func ("/table-reader/xlsx/strings", test_xlsx_strings);
  g_test_add_func ("/table-reader/xlsx/numbers-and-dates", test_xlsx_numbers_and_dates);
  g_test_add_func ("/table-reader/xlsx/date1904", test_xlsx_date1904);
  g_test_add_func ("/table-reader/xlsx/by-content", test_xlsx_by_content);
  g_test_add_func ("/table-reader/xlsx/damaged", test_xlsx_damaged);
  g_test_add_func ("/table-reader/xlsx/truncated", test_xlsx_truncated);
  g_test_add_func ("/table-reader/xlsx/unsupported", test_xlsx_unsupported);
  g_test_add_func ("/table-reader/missing-file", test_missing_file);
  g_test_add_func ("/table-reader/refcount", test_refcount);

  return g_test_run ();
}
