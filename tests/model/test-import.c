/* test-import.c: spreadsheets into the pool — encodings, headers, units,
 * matching, and what is refused */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/zjtx-import.h"
#include "model/zjtx-park.h"
#include "model/zjtx-store.h"
#include "model-test-util.h"

typedef struct {
  char      *dir;
  ZjtxStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("zjtx-import-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "zjtx.db", NULL);
  f->store = zjtx_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  model_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
query (Fixture    *f,
       const char *sql)
{
  return model_test_query_int (f->store, sql);
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  return model_test_query_text (f->store, sql);
}

/* Writes @utf8 to a file in @encoding (as Excel would), with @bom bytes first. */
static char *
write_file (Fixture    *f,
            const char *name,
            const char *utf8,
            const char *encoding,
            const char *bom,
            gsize       bom_length)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *converted = NULL;
  g_autoptr(GString) bytes = g_string_new_len (bom, bom_length);
  g_autoptr(GError) error = NULL;
  gsize length = strlen (utf8);

  if (encoding != NULL)
    {
      converted = g_convert (utf8, -1, encoding, "UTF-8", NULL, &length, &error);
      g_assert_no_error (error);
      g_string_append_len (bytes, converted, length);
    }
  else
    g_string_append_len (bytes, utf8, length);
  g_assert_true (g_file_set_contents (path, bytes->str, bytes->len, NULL));
  return g_steal_pointer (&path);
}

static const char list_csv[] =
  "永春县专精特新企业名单\n"
  "\n"
  "企业名称,统一社会信用代码,所属乡镇,产业链,主要产品,认定层级,认定时间,产值（万元）,年度\n"
  "永春县𠀀鿏新材料有限公司,91350525MA2Y0001X5,石鼓镇,纺织新材料,\"纤维,纱线\",专精特新中小企业,2024-09-01,1200.5,2024\n"
  "福建永春老醋有限公司,91350525MA2Y000285,五里街镇,醋,永春老醋,创新型中小企业,2024年3月1日,850,2024\n";

static void
check_list (Fixture          *f,
            ZjtxImportReport *report)
{
  g_autofree char *name = NULL;
  g_autofree char *products = NULL;

  g_assert_nonnull (report);
  g_assert_cmpuint (report->header_line, ==, 3);
  g_assert_cmpuint (report->rows, ==, 2);
  g_assert_cmpuint (report->added, ==, 2);
  g_assert_cmpuint (report->rejected, ==, 0);
  name = query_text (f, "SELECT name FROM enterprise WHERE uscc = '91350525MA2Y0001X5'");
  g_assert_cmpstr (name, ==, "永春县𠀀鿏新材料有限公司");
  products = query_text (f, "SELECT products FROM enterprise WHERE uscc = '91350525MA2Y0001X5'");
  g_assert_cmpstr (products, ==, "纤维,纱线");
  /* 专精特新中小企业 alone is the provincial tier; 2024年3月1日 is a date. */
  g_assert_cmpint (query (f, "SELECT count(*) FROM recognition WHERE tier = 'provincial' AND date = '2024-09-01'"), ==, 1);
  g_assert_cmpint (query (f, "SELECT count(*) FROM recognition WHERE tier = 'innovative' AND date = '2024-03-01'"), ==, 1);
  /* 1200.5 万元 = 12,005,000.00 yuan */
  g_assert_cmpint (query (f, "SELECT output FROM monitoring_record WHERE period = '2024' ORDER BY output DESC"), ==, 1200500000);
}

static void
test_utf8 (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *path = write_file (f, "list.csv", list_csv, NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = zjtx_import_file (f->store, path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "UTF-8");
  check_list (f, report);
}

static void
test_gb18030 (Fixture       *f,
              gconstpointer  data)
{
  /* Excel's “CSV (逗号分隔)” on Chinese Windows; 𠀀 and 鿏 are beyond GBK. */
  g_autofree char *path = write_file (f, "list.csv", list_csv, "GB18030", NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = zjtx_import_file (f->store, path, FALSE, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "GB18030");
  check_list (f, report);
}

static void
test_utf16 (Fixture       *f,
            gconstpointer  data)
{
  /* Excel's “Unicode 文本”: UTF-16LE with a BOM, tab-separated. */
  g_autofree char *tabbed = g_strdelimit (g_strdup (list_csv), ",", '\t');
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = NULL;
  char *quoted;

  /* The quoted products cell keeps its comma. */
  quoted = strstr (tabbed, "\"纤维\t纱线\"");
  g_assert_nonnull (quoted);
  quoted[strlen ("\"纤维")] = ',';
  path = write_file (f, "list.txt", tabbed, "UTF-16LE", "\xff\xfe", 2);
  report = zjtx_import_file (f->store, path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "UTF-16LE");
  check_list (f, report);
}

static void
test_xlsx (Fixture       *f,
           gconstpointer  data)
{
  /* Saved by LibreOffice Calc; 培育层级 without dates: each row is refused
   * with the reason, since a recognition without its date earns nothing
   * and cannot be judged. */
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "import", "lo-enterprises.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = zjtx_import_file (f->store, path, TRUE, &error);
  ZjtxImportProblem *first;

  g_assert_no_error (error);
  g_assert_cmpstr (report->encoding, ==, "xlsx");
  g_assert_cmpuint (report->header_line, ==, 1);
  g_assert_cmpuint (report->rows, ==, 4);
  g_assert_cmpuint (report->rejected, ==, 4);
  g_assert_cmpuint (report->added, ==, 0);
  first = g_ptr_array_index (report->problems, 0);
  g_assert_cmpuint (first->line, ==, 2);
  g_assert_cmpstr (first->column, ==, "培育层级");
  g_assert_nonnull (strstr (first->reason, "认定时间"));
  /* 注册资本（万元） is not a column zjtx keeps. */
  g_assert_cmpuint (report->ignored->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (report->ignored, 0), ==, "注册资本（万元）");
  /* A dry run. */
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 0);
}

static void
test_update_by_uscc_and_name (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *first = write_file (f, "a.csv",
                                       "企业名称,统一社会信用代码,所属乡镇,主要产品\n"
                                       "甲公司,91350525MA2Y0001X5,桃城镇,香\n"
                                       "乙公司,,桃城镇,醋\n", NULL, NULL, 0);
  g_autofree char *second = write_file (f, "b.csv",
                                        "企业名称,统一社会信用代码,所属乡镇,主要产品\n"
                                        "甲公司（更名）,91350525MA2Y0001X5,五里街镇,\n"
                                        "乙公司,,桃城镇,醋\n", NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) a = zjtx_import_file (f->store, first, FALSE, &error);
  g_autoptr(ZjtxImportReport) b = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *products = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (a->added, ==, 2);
  b = zjtx_import_file (f->store, second, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (b->added, ==, 0);
  g_assert_cmpuint (b->updated, ==, 1);
  g_assert_cmpuint (b->unchanged, ==, 1);
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 2);
  renamed = query_text (f, "SELECT name || '/' || township FROM enterprise WHERE uscc = '91350525MA2Y0001X5'");
  g_assert_cmpstr (renamed, ==, "甲公司（更名）/五里街镇");
  /* An empty cell never erases what is on file. */
  products = query_text (f, "SELECT products FROM enterprise WHERE uscc = '91350525MA2Y0001X5'");
  g_assert_cmpstr (products, ==, "香");
  g_assert_cmpint (query (f, "SELECT count(*) FROM audit WHERE entity = 'enterprise' AND action = 'update'"), ==, 1);
}

typedef struct {
  const char *name;
  const char *row;       /* after the header below */
  const char *column;    /* expected in the problem, or NULL */
  const char *reason;    /* expected in the problem */
} BadRow;

static const char bad_header[] = "企业名称,统一社会信用代码,所属乡镇,所属园区,入驻日期,认定层级,认定时间,营业收入（元）,年度,重点培育\n";

static const BadRow bad_rows[] = {
  { "uscc", "甲,91350525MA2Y0001X6,桃城镇,,,,,,,", "统一社会信用代码", "check character 18" },
  { "uscc-letter", "甲,91350525MA2Y0001XI,桃城镇,,,,,,,", "统一社会信用代码", "never used" },
  { "township", "甲,,不存在镇,,,,,,,", "所属乡镇", "is not one of the county's townships" },
  { "park", "甲,,桃城镇,无此园区,,,,,,", "所属园区", "there is no park named" },
  { "date", "甲,,桃城镇,,,创新型中小企业,2024-02-30,,,", "认定时间", "2024-02 has only 29 days" },
  { "tier", "甲,,桃城镇,,,县级,2024-03-01,,,", "认定层级", "is not a tier" },
  { "number-with-text", "甲,,桃城镇,,,,,约300万,2024,", "营业收入（元）", "is not a number" },
  { "too-precise", "甲,,桃城镇,,,,,1.234,2024,", "营业收入（元）", "more than 2 decimal" },
  { "no-year", "甲,,桃城镇,,,,,100,,", "年度", "need the year" },
  { "bool", "甲,,桃城镇,,,,,,,也许", "重点培育", "should be 是 or 否" },
  { "no-name", ",,桃城镇,,,,,,,", "企业名称", "neither" },
  { "entry-without-park", "甲,,桃城镇,,2024-06-01,,,,,", NULL, "park entry date" },
};

static void
test_bad_row (Fixture       *f,
              gconstpointer  data)
{
  const BadRow *bad = data;
  g_autofree char *text = g_strconcat (bad_header, bad->row, "\n乙公司,,桃城镇,,,,,,,\n", NULL);
  g_autofree char *path = write_file (f, "bad.csv", text, NULL, NULL, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = zjtx_import_file (f->store, path, FALSE, &error);
  ZjtxImportProblem *problem;

  g_assert_no_error (error);
  g_assert_cmpuint (report->rejected, ==, 1);
  g_assert_cmpuint (report->added, ==, 1);
  problem = g_ptr_array_index (report->problems, 0);
  g_assert_cmpuint (problem->line, ==, 2);
  g_assert_cmpstr (problem->column, ==, bad->column);
  if (strstr (problem->reason, bad->reason) == NULL)
    g_error ("“%s” does not contain “%s”", problem->reason, bad->reason);
  /* The rejected row left nothing behind; the good one went in. */
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 1);
  g_assert_cmpint (query (f, "SELECT count(*) FROM recognition"), ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM monitoring_record"), ==, 0);
  g_assert_cmpint (query (f, "SELECT count(*) FROM person"), ==, 0);
}

static void
test_bad_files (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *no_header = write_file (f, "a.csv", "甲,乙,丙\n1,2,3\n", NULL, NULL, 0);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *unclosed = g_build_filename (TEST_DATA_DIR, "import", "bad-unclosed-quote.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = NULL;

  report = zjtx_import_file (f->store, no_header, FALSE, &error);
  g_assert_null (report);
  g_assert_nonnull (strstr (error->message, "no header row"));
  g_clear_error (&error);

  report = zjtx_import_file (f->store, missing, FALSE, &error);
  g_assert_null (report);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  report = zjtx_import_file (f->store, unclosed, FALSE, &error);
  g_assert_null (report);
  g_assert_nonnull (strstr (error->message, "never closed"));
  g_assert_cmpint (query (f, "SELECT count(*) FROM enterprise"), ==, 0);
}

static void
test_park_and_people (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(ZjtxPark) park = zjtx_park_new ();
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxImportReport) report = NULL;
  g_autofree char *names = NULL;

  zjtx_park_set_name (park, "蓬壶专精特新示范园");
  g_assert_true (zjtx_store_save (f->store, ZJTX_RECORD (park), &error));
  path = write_file (f, "p.csv",
                     "企业名称,所属乡镇,所属园区,入驻日期,服务专员,挂钩领导,重点培育\n"
                     "甲公司,蓬壶镇,蓬壶专精特新示范园,2024/6/1,陈明,林副县长,是\n"
                     "乙公司,蓬壶镇,蓬壶专精特新示范园,2024.7.1,陈明,,否\n", NULL, NULL, 0);
  report = zjtx_import_file (f->store, path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 2);
  /* A commissioner named twice is one person. */
  g_assert_cmpint (query (f, "SELECT count(*) FROM person"), ==, 2);
  g_assert_cmpint (query (f, "SELECT count(DISTINCT commissioner_id) FROM enterprise"), ==, 1);
  names = query_text (f, "SELECT group_concat (park_entry_date || ':' || key_target, ' ') FROM "
                         "(SELECT * FROM enterprise ORDER BY id)");
  g_assert_cmpstr (names, ==, "2024-06-01:1 2024-07-01:0");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/import/encoding/utf8", test_utf8);
  ADD ("/import/encoding/gb18030", test_gb18030);
  ADD ("/import/encoding/utf16", test_utf16);
  ADD ("/import/xlsx", test_xlsx);
  ADD ("/import/update", test_update_by_uscc_and_name);
  ADD ("/import/park-and-people", test_park_and_people);
  ADD ("/import/bad-files", test_bad_files);
#undef ADD
  for (guint i = 0; i < G_N_ELEMENTS (bad_rows); i++)
    {
      g_autofree char *name = g_strdup_printf ("/import/bad-row/%s", bad_rows[i].name);
      g_test_add (name, Fixture, &bad_rows[i], fixture_setup, test_bad_row, fixture_teardown);
    }

  return g_test_run ();
}
