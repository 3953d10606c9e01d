/* test-table-writer.c: CSV and .xlsx output, byte for byte where it matters */

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <gsf/gsf.h>

#include "model/zjtx-table-writer.h"
#include "model-test-util.h"

#define BOM "\xEF\xBB\xBF"

/* ---- helpers ---- */

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("zjtx-table-writer-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/* The names in @dir, sorted and joined by spaces: shows any temporary
 * file a save left behind. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);

  return g_strjoinv (" ", (char **) names->pdata);
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* One member of a zip file, e.g. "xl/worksheets/sheet1.xml", read with
 * libgsf as the project's reader does. (libgsf has no g_autoptr support.) */
static char *
read_zip_member (const char *zip_path,
                 const char *member)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (member, "/", -1);
  GsfInput *input;
  GsfInfile *dir;
  const guint8 *data;
  char *contents;

  input = gsf_input_stdio_new (zip_path, &error);
  g_assert_no_error (error);
  dir = gsf_infile_zip_new (input, &error);
  g_assert_no_error (error);
  g_object_unref (input);

  /* down the folders, to the member itself */
  for (guint i = 0; parts[i] != NULL; i++)
    {
      GsfInput *child = gsf_infile_child_by_name (dir, parts[i]);

      g_assert_nonnull (child);
      g_object_unref (dir);
      if (parts[i + 1] != NULL)
        {
          dir = GSF_INFILE (child);
          continue;
        }

      data = gsf_input_read (child, gsf_input_size (child), NULL);
      g_assert_nonnull (data);
      contents = g_strndup ((const char *) data, gsf_input_size (child));
      g_object_unref (child);
      return contents;
    }

  g_assert_not_reached ();
}

/* Fails unless @xml is well-formed (GMarkup accepts a subset of XML, which
 * is all libxlsxwriter writes). */
static void
assert_well_formed (const char *xml)
{
  static const GMarkupParser parser = { 0 };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

/* The first submatch of @pattern in @text, or NULL. */
static char *
match (const char *text,
       const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;

  g_assert_nonnull (regex);
  if (!g_regex_match (regex, text, 0, &info))
    return NULL;
  return g_match_info_fetch (info, 1);
}

/* The number format code of style index @s (a cell's s="…") in styles.xml. */
static char *
style_format_code (const char *styles,
                   const char *s)
{
  g_autofree char *cell_xfs = match (styles, "<cellXfs[^>]*>(.*?)</cellXfs>");
  g_autoptr(GRegex) xf = g_regex_new ("<xf [^>]*numFmtId=\"([0-9]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) info = NULL;
  g_autofree char *num_fmt_id = NULL;
  g_autofree char *pattern = NULL;
  int index = atoi (s);

  g_assert_nonnull (cell_xfs);
  g_regex_match (xf, cell_xfs, 0, &info);
  for (int i = 0; i < index; i++)
    g_assert_true (g_match_info_next (info, NULL));
  g_assert_true (g_match_info_matches (info));
  num_fmt_id = g_match_info_fetch (info, 1);

  pattern = g_strdup_printf ("<numFmt numFmtId=\"%s\" formatCode=\"([^\"]*)\"", num_fmt_id);
  return match (styles, pattern);
}

/* ---- tests ---- */

static void
test_format_from_name (void)
{
  ZjtxTableFormat format = 42;

  g_assert_true (zjtx_table_format_from_name ("csv", &format));
  g_assert_cmpint (format, ==, ZJTX_TABLE_FORMAT_CSV);
  g_assert_true (zjtx_table_format_from_name ("XLSX", &format));
  g_assert_cmpint (format, ==, ZJTX_TABLE_FORMAT_XLSX);
  g_assert_true (zjtx_table_format_from_name ("/home/科员/导出.CSV", &format));
  g_assert_cmpint (format, ==, ZJTX_TABLE_FORMAT_CSV);
  g_assert_true (zjtx_table_format_from_name ("专精特新.2024.xlsx", &format));
  g_assert_cmpint (format, ==, ZJTX_TABLE_FORMAT_XLSX);

  format = 42;
  g_assert_false (zjtx_table_format_from_name ("pool.xls", &format));
  g_assert_false (zjtx_table_format_from_name ("pool.ods", &format));
  g_assert_false (zjtx_table_format_from_name ("", &format));
  g_assert_false (zjtx_table_format_from_name ("xlsx.txt", &format));
  g_assert_false (zjtx_table_format_from_name ("/tmp/a.xlsx/pool", &format));
  g_assert_false (zjtx_table_format_from_name ("pool.", &format));
  g_assert_cmpint (format, ==, 42);

  g_assert_cmpstr (zjtx_table_format_get_extension (ZJTX_TABLE_FORMAT_CSV), ==, "csv");
  g_assert_cmpstr (zjtx_table_format_get_extension (ZJTX_TABLE_FORMAT_XLSX), ==, "xlsx");
}

static void
test_error_quark (void)
{
  g_assert_cmpstr (g_quark_to_string (ZJTX_TABLE_WRITER_ERROR), ==,
                   "zjtx-table-writer-error-quark");
}

/* A small pool table with the awkward cases; the same for both formats. */
static ZjtxTableWriter *
new_sample (ZjtxTableFormat format)
{
  ZjtxTableWriter *writer = zjtx_table_writer_new (format, "专精特新企业");

  zjtx_table_writer_add_column (writer, "统一社会信用代码", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "企业名称", ZJTX_COLUMN_TEXT, 30);
  zjtx_table_writer_add_column (writer, "奖励金额（元）", ZJTX_COLUMN_MONEY, 0);
  zjtx_table_writer_add_column (writer, "员工数", ZJTX_COLUMN_INTEGER, 0);
  zjtx_table_writer_add_column (writer, "认定日期", ZJTX_COLUMN_DATE, 0);

  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, "91350525MA2Y00001D");
  zjtx_table_writer_add_text (writer, "永春县达埔镇某某科技有限公司");
  zjtx_table_writer_add_money (writer, 1234567);
  zjtx_table_writer_add_integer (writer, 120);
  zjtx_table_writer_add_date (writer, "2024-03-15");

  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, "123456789012345678");
  zjtx_table_writer_add_text (writer, "Fujian \"Yong Chun\", Ltd.\nline 2");
  zjtx_table_writer_add_money (writer, -5);
  zjtx_table_writer_add_integer (writer, -3);
  zjtx_table_writer_add_date (writer, NULL);

  /* short row: the rest is empty */
  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, NULL);
  zjtx_table_writer_add_text (writer, "=HYPERLINK(\"x\")");
  zjtx_table_writer_add_money (writer, 0);

  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_empty (writer);
  zjtx_table_writer_add_text (writer, "a,b\r\nc\x01");
  zjtx_table_writer_add_money (writer, 100000000000000000);  /* 10^15 yuan */
  zjtx_table_writer_add_integer (writer, G_MININT64);
  zjtx_table_writer_add_date (writer, "2024-02-30");  /* kept as text */

  return writer;
}

static void
test_csv_bytes (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "pool.csv", NULL);
  g_autoptr(ZjtxTableWriter) writer = new_sample (ZJTX_TABLE_FORMAT_CSV);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  gsize length;
  static const char expected[] =
    BOM "统一社会信用代码,企业名称,奖励金额（元）,员工数,认定日期\r\n"
    "91350525MA2Y00001D,永春县达埔镇某某科技有限公司,12345.67,120,2024-03-15\r\n"
    "123456789012345678,\"Fujian \"\"Yong Chun\"\", Ltd.\nline 2\",-0.05,-3,\r\n"
    ",\"=HYPERLINK(\"\"x\"\")\",0.00,,\r\n"
    ",\"a,b\r\nc\x01\",1000000000000000.00,-9223372036854775808,2024-02-30\r\n";

  g_assert_cmpuint (zjtx_table_writer_get_n_rows (writer), ==, 4);
  g_assert_cmpuint (zjtx_table_writer_get_n_columns (writer), ==, 5);
  g_assert_cmpint (zjtx_table_writer_get_format (writer), ==, ZJTX_TABLE_FORMAT_CSV);

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);

  contents = read_file (path, &length);
  g_assert_cmpmem (contents, length, expected, sizeof expected - 1);

  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pool.csv");

  model_test_remove_tree (dir);
}

static void
test_csv_quoting (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "q.csv", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  static const char *const texts[] = {
    "plain", "with space", "comma,", "\"", "\"\"", "cr\r", "lf\n",
    "=1+2", "+86 595", "-5", "@SUM(A1)", "\tx", "a=b", "12.5",
    "000123", "１２３", "𠀀鿏",
  };
  static const char expected[] =
    BOM "t\r\n"
    "plain\r\n" "with space\r\n" "\"comma,\"\r\n" "\"\"\"\"\r\n" "\"\"\"\"\"\"\r\n"
    "\"cr\r\"\r\n" "\"lf\n\"\r\n"
    "\"=1+2\"\r\n" "\"+86 595\"\r\n" "\"-5\"\r\n" "\"@SUM(A1)\"\r\n" "\"\tx\"\r\n"
    "a=b\r\n" "12.5\r\n" "000123\r\n" "１２３\r\n" "𠀀鿏\r\n";

  zjtx_table_writer_add_column (writer, "t", ZJTX_COLUMN_TEXT, 0);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      zjtx_table_writer_begin_row (writer);
      zjtx_table_writer_add_text (writer, texts[i]);
    }

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  contents = read_file (path, &length);
  g_assert_cmpmem (contents, length, expected, sizeof expected - 1);

  model_test_remove_tree (dir);
}

static void
test_csv_money (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "m.csv", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  static const gint64 fens[] = { 0, 1, 10, 99, 100, 101, 1234567, 800000000, -1, -100, -1234567, G_MAXINT64, G_MININT64 };
  static const char expected[] =
    BOM "m\r\n"
    "0.00\r\n" "0.01\r\n" "0.10\r\n" "0.99\r\n" "1.00\r\n" "1.01\r\n" "12345.67\r\n" "8000000.00\r\n"
    "-0.01\r\n" "-1.00\r\n" "-12345.67\r\n"
    "92233720368547758.07\r\n" "-92233720368547758.08\r\n";

  zjtx_table_writer_add_column (writer, "m", ZJTX_COLUMN_MONEY, 0);
  for (guint i = 0; i < G_N_ELEMENTS (fens); i++)
    {
      zjtx_table_writer_begin_row (writer);
      zjtx_table_writer_add_money (writer, fens[i]);
    }

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  contents = read_file (path, &length);
  g_assert_cmpmem (contents, length, expected, sizeof expected - 1);

  model_test_remove_tree (dir);
}

static void
test_csv_no_rows (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "h.csv", NULL);
  g_autofree char *empty_path = g_build_filename (dir, "e.csv", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(ZjtxTableWriter) empty = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *empty_contents = NULL;
  gsize length;

  zjtx_table_writer_add_column (writer, "名称", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "a \"b\"", ZJTX_COLUMN_MONEY, 0);
  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  contents = read_file (path, &length);
  g_assert_cmpmem (contents, length, BOM "名称,\"a \"\"b\"\"\"\r\n", strlen (BOM "名称,\"a \"\"b\"\"\"\r\n"));

  /* no columns at all: a file that still opens as UTF-8 */
  g_assert_true (zjtx_table_writer_save (empty, empty_path, &error));
  g_assert_no_error (error);
  empty_contents = read_file (empty_path, &length);
  g_assert_cmpmem (empty_contents, length, BOM, 3);

  model_test_remove_tree (dir);
}

/* Enough rows to be written out in several blocks. */
static void
test_csv_many_rows (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "many.csv", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(GString) expected = g_string_new (BOM "名称,金额,日期\r\n");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  zjtx_table_writer_add_column (writer, "名称", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "金额", ZJTX_COLUMN_MONEY, 0);
  zjtx_table_writer_add_column (writer, "日期", ZJTX_COLUMN_DATE, 0);

  for (guint i = 0; i < 30000; i++)
    {
      g_autofree char *name = g_strdup_printf ("第%u号企业, \"有限\"", i);
      g_autofree char *date = g_strdup_printf ("20%02u-%02u-%02u", i % 100, 1 + i % 12, 1 + i % 28);

      zjtx_table_writer_begin_row (writer);
      zjtx_table_writer_add_text (writer, name);
      zjtx_table_writer_add_money (writer, (gint64) i * 101);
      zjtx_table_writer_add_date (writer, date);
      g_string_append_printf (expected, "\"第%u号企业, \"\"有限\"\"\",%u.%02u,%s\r\n",
                              i, i * 101 / 100, i * 101 % 100, date);
    }

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  contents = read_file (path, &length);
  g_assert_cmpuint (length, >, 1024 * 1024);
  g_assert_cmpmem (contents, length, expected->str, expected->len);

  model_test_remove_tree (dir);
}

static void
test_xlsx_content (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "pool.xlsx", NULL);
  g_autoptr(ZjtxTableWriter) writer = new_sample (ZJTX_TABLE_FORMAT_XLSX);
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  g_autofree char *styles = NULL;
  g_autofree char *workbook = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *s = NULL;
  g_autofree char *code = NULL;
  g_autofree char *width = NULL;

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pool.xlsx");

  sheet = read_zip_member (path, "xl/worksheets/sheet1.xml");
  styles = read_zip_member (path, "xl/styles.xml");
  workbook = read_zip_member (path, "xl/workbook.xml");
  assert_well_formed (sheet);
  assert_well_formed (styles);
  assert_well_formed (workbook);

  assert_contains (workbook, "<sheet name=\"专精特新企业\"");

  /* bold header row, frozen, filtered */
  assert_contains (sheet, "<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>统一社会信用代码</t></is></c>");
  assert_contains (styles, "<b/>");
  assert_contains (sheet, "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>");
  assert_contains (sheet, "<autoFilter ref=\"A1:E5\"/>");
  assert_contains (workbook, "_xlnm._FilterDatabase");

  /* USCCs, even all-digit ones, are string cells */
  assert_contains (sheet, "<c r=\"A2\" t=\"inlineStr\"><is><t>91350525MA2Y00001D</t></is></c>");
  assert_contains (sheet, "<c r=\"A3\" t=\"inlineStr\"><is><t>123456789012345678</t></is></c>");
  assert_contains (sheet, "<ignoredError sqref=\"A1:E5\" numberStoredAsText=\"1\"/>");

  /* text as is: quotes, newlines, a formula-like text that stays text,
   * a control character escaped the way Excel reads it */
  assert_contains (sheet, "<t>Fujian \"Yong Chun\", Ltd.\nline 2</t>");
  assert_contains (sheet, "<c r=\"B4\" t=\"inlineStr\"><is><t>=HYPERLINK(\"x\")</t></is></c>");
  g_assert_null (strstr (sheet, "<f>"));
  assert_contains (sheet, "<t>a,b_x000D_\nc_x0001_</t>");

  /* money: a number with #,##0.00 */
  s = match (sheet, "<c r=\"C2\" s=\"([0-9]+)\"><v>12345.67</v></c>");
  g_assert_nonnull (s);
  code = style_format_code (styles, s);
  g_assert_cmpstr (code, ==, "#,##0.00");
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&code, g_free);
  assert_contains (sheet, "<v>-0.05</v>");
  assert_contains (sheet, "<v>1000000000000000</v>");

  /* integers: numbers with "0" */
  s = match (sheet, "<c r=\"D2\" s=\"([0-9]+)\"><v>120</v></c>");
  g_assert_nonnull (s);
  code = style_format_code (styles, s);
  g_assert_cmpstr (code, ==, "0");
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&code, g_free);

  /* dates: the Excel serial number of 2024-03-15 with a date format */
  s = match (sheet, "<c r=\"E2\" s=\"([0-9]+)\"><v>45366</v></c>");
  g_assert_nonnull (s);
  code = style_format_code (styles, s);
  g_assert_cmpstr (code, ==, "yyyy-mm-dd");
  g_clear_pointer (&s, g_free);
  g_clear_pointer (&code, g_free);

  /* an impossible date stays visible as text */
  assert_contains (sheet, "<c r=\"E5\" t=\"inlineStr\"><is><t>2024-02-30</t></is></c>");

  /* empty cells are not written */
  g_assert_null (strstr (sheet, "r=\"A4\""));
  g_assert_null (strstr (sheet, "r=\"E3\""));
  g_assert_null (strstr (sheet, "r=\"D4\""));

  /* widths: B as given (Excel adds its padding), A fitted to the header
   * (16 CJK-wide units) rather than to the 18-character codes */
  width = match (sheet, "<col min=\"2\" max=\"2\" width=\"([0-9.]+)\"");
  g_assert_cmpstr (width, ==, "30.7109375");
  g_clear_pointer (&width, g_free);
  width = match (sheet, "<col min=\"1\" max=\"1\" width=\"([0-9.]+)\"");
  g_assert_nonnull (width);
  g_assert_cmpfloat (g_ascii_strtod (width, NULL), >=, 20.0);
  g_assert_cmpfloat (g_ascii_strtod (width, NULL), <=, 23.0);

  model_test_remove_tree (dir);
}

static void
test_xlsx_auto_width (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "w.xlsx", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_XLSX, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *sheet = NULL;
  double widths[4];

  zjtx_table_writer_add_column (writer, "名称", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "code", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "m", ZJTX_COLUMN_MONEY, 0);
  zjtx_table_writer_add_column (writer, "long", ZJTX_COLUMN_TEXT, 0);

  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, "永春县某某科技有限公司");   /* 11 wide characters */
  zjtx_table_writer_add_text (writer, "ABCDEFGHIJ");              /* 10 narrow */
  zjtx_table_writer_add_money (writer, -123456789);               /* -1,234,567.89 */
  zjtx_table_writer_add_text (writer, "x");
  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, "短\n第二行更长一些的内容呀呀");  /* longest line: 12 wide */
  zjtx_table_writer_add_empty (writer);
  zjtx_table_writer_add_empty (writer);
  {
    g_autofree char *huge = g_strnfill (500, 'x');

    zjtx_table_writer_add_text (writer, huge);
  }

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  sheet = read_zip_member (path, "xl/worksheets/sheet1.xml");

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      g_autofree char *pattern = g_strdup_printf ("<col min=\"%u\" max=\"%u\" width=\"([0-9.]+)\"", i + 1, i + 1);
      g_autofree char *width = match (sheet, pattern);

      g_assert_nonnull (width);
      widths[i] = g_ascii_strtod (width, NULL);
    }

  /* 24 (12 wide characters) + 2, plus Excel's padding of 0.71 */
  g_assert_cmpfloat_with_epsilon (widths[0], 26.7109375, 0.001);
  g_assert_cmpfloat_with_epsilon (widths[1], 12.7109375, 0.001);
  /* "-1,234,567.89" is 13 characters */
  g_assert_cmpfloat_with_epsilon (widths[2], 15.7109375, 0.001);
  /* capped */
  g_assert_cmpfloat_with_epsilon (widths[3], 60.7109375, 0.001);

  model_test_remove_tree (dir);
}

static void
test_xlsx_sheet_name (void)
{
  static const struct { const char *given, *expected; } cases[] = {
    { NULL, "Sheet1" },
    { "", "Sheet1" },
    { "2024/05 [认定]: a*b?c\\d", "2024_05 _认定__ a_b_c_d" },
    { "'quoted'", "_quoted_" },
    { "history", "history_" },
    /* 31 characters at most */
    { "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一" },
  };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "s.xlsx", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_XLSX, cases[i].given);
      g_autoptr(GError) error = NULL;
      g_autofree char *workbook = NULL;
      g_autofree char *expected = g_strdup_printf ("<sheet name=\"%s\"", cases[i].expected);

      zjtx_table_writer_add_column (writer, "a", ZJTX_COLUMN_TEXT, 0);
      g_assert_true (zjtx_table_writer_save (writer, path, &error));
      g_assert_no_error (error);
      workbook = read_zip_member (path, "xl/workbook.xml");
      assert_contains (workbook, expected);
    }

  model_test_remove_tree (dir);
}

static void
test_save_missing_dir (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);

  for (ZjtxTableFormat format = ZJTX_TABLE_FORMAT_CSV; format <= ZJTX_TABLE_FORMAT_XLSX; format++)
    {
      g_autoptr(ZjtxTableWriter) writer = new_sample (format);
      g_autofree char *name = g_strconcat ("pool.", zjtx_table_format_get_extension (format), NULL);
      g_autofree char *path = g_build_filename (missing, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;

      g_assert_false (zjtx_table_writer_save (writer, path, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
      g_assert_nonnull (strstr (error->message, path));

      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "");
    }

  model_test_remove_tree (dir);
}

static void
test_save_replaces (void)
{
  g_autofree char *dir = make_tmp_dir ();

  for (ZjtxTableFormat format = ZJTX_TABLE_FORMAT_CSV; format <= ZJTX_TABLE_FORMAT_XLSX; format++)
    {
      g_autoptr(ZjtxTableWriter) writer = new_sample (format);
      g_autofree char *name = g_strconcat ("pool.", zjtx_table_format_get_extension (format), NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;
      g_autofree char *listing = NULL;
      gsize first_length, second_length;

      write_file (path, "old contents, much longer than nothing at all");

      g_assert_true (zjtx_table_writer_save (writer, path, &error));
      g_assert_no_error (error);
      first = read_file (path, &first_length);
      g_assert_true (g_str_has_prefix (first, format == ZJTX_TABLE_FORMAT_CSV ? BOM : "PK"));
      g_assert_null (g_strstr_len (first, first_length, "old contents"));

      /* and again over its own output: a writer can be saved twice */
      g_assert_true (zjtx_table_writer_save (writer, path, &error));
      g_assert_no_error (error);
      second = read_file (path, &second_length);
      g_assert_cmpuint (first_length, ==, second_length);
      if (format == ZJTX_TABLE_FORMAT_CSV)
        g_assert_cmpmem (first, first_length, second, second_length);

      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, name);
      g_remove (path);
    }

  model_test_remove_tree (dir);
}

static void
test_save_over_directory (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *target = g_build_filename (dir, "pool.csv", NULL);
  g_autofree char *inside = g_build_filename (target, "keep.txt", NULL);

  g_assert_cmpint (g_mkdir (target, 0755), ==, 0);
  write_file (inside, "keep");

  for (ZjtxTableFormat format = ZJTX_TABLE_FORMAT_CSV; format <= ZJTX_TABLE_FORMAT_XLSX; format++)
    {
      g_autoptr(ZjtxTableWriter) writer = new_sample (format);
      g_autoptr(GError) error = NULL;
      g_autofree char *listing = NULL;
      g_autofree char *kept = NULL;

      g_assert_false (zjtx_table_writer_save (writer, target, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR);
      g_assert_nonnull (strstr (error->message, target));

      g_assert_true (g_file_test (target, G_FILE_TEST_IS_DIR));
      kept = read_file (inside, NULL);
      g_assert_cmpstr (kept, ==, "keep");
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "pool.csv");
    }

  model_test_remove_tree (dir);
}

/* A save refused for its content leaves the old file as it was. */
static void
test_save_too_large_keeps_old (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "pool.xlsx", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_XLSX, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = g_strnfill (32768, 'x');
  g_autofree char *fits = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  GString *astral = g_string_new (NULL);

  write_file (path, "old");
  zjtx_table_writer_add_column (writer, "备注", ZJTX_COLUMN_TEXT, 0);

  /* 32767 UTF-16 units fit… */
  fits = g_strnfill (32767, 'x');
  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, fits);
  /* …but 16384 astral characters are 32768 units */
  for (guint i = 0; i < 16384; i++)
    g_string_append (astral, "𠀀");
  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, astral->str);
  g_string_free (astral, TRUE);

  g_assert_false (zjtx_table_writer_save (writer, path, &error));
  g_assert_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "备注"));
  g_assert_nonnull (strstr (error->message, " 2,"));

  contents = read_file (path, NULL);
  g_assert_cmpstr (contents, ==, "old");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pool.xlsx");

  /* a failure inside libxlsxwriter (here a header beyond its limit, which
   * is not checked beforehand) cleans up the same way */
  g_clear_error (&error);
  {
    g_autoptr(ZjtxTableWriter) odd = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_XLSX, NULL);
    g_autofree char *listing_after = NULL;
    g_autofree char *contents_after = NULL;

    zjtx_table_writer_add_column (odd, huge, ZJTX_COLUMN_TEXT, 0);
    zjtx_table_writer_begin_row (odd);
    zjtx_table_writer_add_text (odd, "x");
    g_assert_false (zjtx_table_writer_save (odd, path, &error));
    g_assert_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_FAILED);
    g_assert_nonnull (strstr (error->message, path));
    contents_after = read_file (path, NULL);
    g_assert_cmpstr (contents_after, ==, "old");
    listing_after = list_dir (dir);
    g_assert_cmpstr (listing_after, ==, "pool.xlsx");
  }

  /* CSV has no such limit */
  g_clear_error (&error);
  {
    g_autoptr(ZjtxTableWriter) csv = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
    g_autofree char *csv_path = g_build_filename (dir, "pool.csv", NULL);

    zjtx_table_writer_add_column (csv, "备注", ZJTX_COLUMN_TEXT, 0);
    zjtx_table_writer_begin_row (csv);
    zjtx_table_writer_add_text (csv, huge);
    g_assert_true (zjtx_table_writer_save (csv, csv_path, &error));
    g_assert_no_error (error);
  }

  model_test_remove_tree (dir);
}

/* An unwritable folder: an error, and the file in it is untouched. */
static void
test_save_unwritable_dir (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "pool.csv", NULL);

  if (geteuid () == 0)
    {
      g_test_skip ("root may write anywhere");
      model_test_remove_tree (dir);
      return;
    }

  write_file (path, "old");
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  for (ZjtxTableFormat format = ZJTX_TABLE_FORMAT_CSV; format <= ZJTX_TABLE_FORMAT_XLSX; format++)
    {
      g_autoptr(ZjtxTableWriter) writer = new_sample (format);
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *listing = NULL;

      g_assert_false (zjtx_table_writer_save (writer, path, &error));
      g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_ACCES);
      g_assert_nonnull (strstr (error->message, path));

      contents = read_file (path, NULL);
      g_assert_cmpstr (contents, ==, "old");
      listing = list_dir (dir);
      g_assert_cmpstr (listing, ==, "pool.csv");
    }

  model_test_remove_tree (dir);
}

/* Bytes that are not UTF-8 must not make an unreadable file. */
static void
test_save_invalid_utf8 (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *csv_path = g_build_filename (dir, "u.csv", NULL);
  g_autofree char *xlsx_path = g_build_filename (dir, "u.xlsx", NULL);
  g_autoptr(ZjtxTableWriter) csv = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(ZjtxTableWriter) xlsx = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_XLSX, "bad\xff");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *sheet = NULL;
  gsize length;

  /* GBK bytes of 永春 passed by mistake */
  zjtx_table_writer_add_column (csv, "n", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_begin_row (csv);
  zjtx_table_writer_add_text (csv, "\xd3\xc0\xb4\xba");
  g_assert_true (zjtx_table_writer_save (csv, csv_path, &error));
  g_assert_no_error (error);
  contents = read_file (csv_path, &length);
  g_assert_true (g_utf8_validate (contents, length, NULL));

  zjtx_table_writer_add_column (xlsx, "n", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_begin_row (xlsx);
  zjtx_table_writer_add_text (xlsx, "\xd3\xc0\xb4\xba");
  g_assert_true (zjtx_table_writer_save (xlsx, xlsx_path, &error));
  g_assert_no_error (error);
  sheet = read_zip_member (xlsx_path, "xl/worksheets/sheet1.xml");
  g_assert_true (g_utf8_validate (sheet, -1, NULL));
  assert_well_formed (sheet);

  model_test_remove_tree (dir);
}

static void
test_misuse (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "x.csv", NULL);
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (ZJTX_TABLE_FORMAT_CSV, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  static const char expected[] = BOM "a,m,d\r\n" "x,,2024-01-02\r\n" "y,1.00,\r\n";

  zjtx_table_writer_add_column (writer, "a", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "m", ZJTX_COLUMN_MONEY, 0);
  zjtx_table_writer_add_column (writer, "d", ZJTX_COLUMN_DATE, 0);

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*begin_row*");
  zjtx_table_writer_add_text (writer, "too early");
  g_test_assert_expected_messages ();

  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, "x");
  /* a misplaced cell keeps its place: the date still lands in its column */
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*column “m” is of another type*");
  zjtx_table_writer_add_integer (writer, 7);
  g_test_assert_expected_messages ();
  zjtx_table_writer_add_date (writer, "2024-01-02");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*already has 3 cells*");
  zjtx_table_writer_add_text (writer, "one too many");
  g_test_assert_expected_messages ();

  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_CRITICAL, "*n_rows == 0*");
  zjtx_table_writer_add_column (writer, "late", ZJTX_COLUMN_TEXT, 0);
  g_test_assert_expected_messages ();

  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_text (writer, "y");
  zjtx_table_writer_add_money (writer, 100);

  g_assert_true (zjtx_table_writer_save (writer, path, &error));
  g_assert_no_error (error);
  contents = read_file (path, &length);
  g_assert_cmpmem (contents, length, expected, sizeof expected - 1);

  model_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/table-writer/error-quark", test_error_quark);
  g_test_add_func ("/table-writer/format-from-name", test_format_from_name);
  g_test_add_func ("/table-writer/csv/bytes", test_csv_bytes);
  g_test_add_func ("/table-writer/csv/quoting", test_csv_quoting);
  g_test_add_func ("/table-writer/csv/money", test_csv_money);
  g_test_add_func ("/table-writer/csv/no-rows", test_csv_no_rows);
  g_test_add_func ("/table-writer/csv/many-rows", test_csv_many_rows);
  g_test_add_func ("/table-writer/xlsx/content", test_xlsx_content);
  g_test_add_func ("/table-writer/xlsx/auto-width", test_xlsx_auto_width);
  g_test_add_func ("/table-writer/xlsx/sheet-name", test_xlsx_sheet_name);
  g_test_add_func ("/table-writer/save/missing-dir", test_save_missing_dir);
  g_test_add_func ("/table-writer/save/replaces", test_save_replaces);
  g_test_add_func ("/table-writer/save/over-directory", test_save_over_directory);
  g_test_add_func ("/table-writer/save/too-large-keeps-old", test_save_too_large_keeps_old);
  g_test_add_func ("/table-writer/save/unwritable-dir", test_save_unwritable_dir);
  g_test_add_func ("/table-writer/invalid-utf8", test_save_invalid_utf8);
  g_test_add_func ("/table-writer/misuse", test_misuse);

  return g_test_run ();
}
