/* test-announcement.c: the public list of approved awards, as laid out,
 * as a PDF and as a spreadsheet
 *
 * The PDFs are read back with poppler-utils (pdfinfo, pdftotext, pdffonts),
 * the spreadsheets with zjtx-table-reader.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "model/zjtx-table-reader.h"
#include "render/zjtx-announcement.h"

#define MM           (72.0 / 25.4)
#define BLOCK_LEFT   (28.0 * MM)
#define BLOCK_TOP    (37.0 * MM)
#define BLOCK_RIGHT  (BLOCK_LEFT + 156.0 * MM)
#define BLOCK_BOTTOM (BLOCK_TOP + 225.0 * MM)
#define RULE         0.5
#define EPSILON      0.01

static const ZjtxAnnouncementPolicy policy = {
  "永春县促进专精特新企业发展行动方案", "永政办规〔2024〕1号",
};

/* Exactly 40 characters. */
#define LONG_NAME "永春县某某镇某某村福建省某某某新材料科技研究开发与应用推广股份有限公司第一分公司"

static const char * const kinds[] = {
  "省级专精特新中小企业认定奖励",
  "国家专精特新“小巨人”企业认定奖励",
  "融资贴息",
  "租金补贴",
  "创新型中小企业认定奖励",
};

typedef struct {
  ZjtxAnnouncementRow *rows;
  GPtrArray           *strings;
  guint                n;
} Rows;

static void
rows_clear (Rows *rows)
{
  g_free (rows->rows);
  g_ptr_array_unref (rows->strings);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rows, rows_clear)

/* @n awards: every fifth with a 40-character name, every seventh without
 * a USCC; amounts 12,345.67 + i × 1,000.00. */
static void
rows_init (Rows  *rows,
           guint  n)
{
  rows->n = n;
  rows->rows = g_new0 (ZjtxAnnouncementRow, n);
  rows->strings = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      char *name = g_strdup_printf ("永春县第%u制香有限公司", i + 1);
      char *uscc = g_strdup_printf ("91350525MA2Y%05uD", i + 1);

      g_ptr_array_add (rows->strings, name);
      g_ptr_array_add (rows->strings, uscc);
      rows->rows[i].recipient = i % 5 == 2 ? LONG_NAME : name;
      rows->rows[i].uscc = i % 7 == 3 ? NULL : uscc;
      rows->rows[i].kind_label = kinds[i % G_N_ELEMENTS (kinds)];
      rows->rows[i].amount = 1234567 + (ZjtxFen) i * 100000;
      rows->rows[i].clause = i % 2 == 0 ? "四（一）" : "四（二）1";
    }
}

static ZjtxAnnouncementData
sample (const Rows *rows)
{
  ZjtxAnnouncementData data = {
    .issuing_office = "永春县工业信息化和商务局",
    .title = NULL,
    .date = zjtx_date_from_ymd (2025, 3, 1),
    .period = NULL,
    .policies = &policy,
    .n_policies = 1,
    .rows = rows->rows,
    .n_rows = rows->n,
  };

  return data;
}

static ZjtxFen
sum (const Rows *rows)
{
  ZjtxFen total = 0;

  for (guint i = 0; i < rows->n; i++)
    total += rows->rows[i].amount;
  return total;
}

static char *
run_tool (const char *tool,
          const char *arg1,
          const char *pdf,
          const char *to_stdout)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[6];
  int n = 0;
  int status;

  if (program == NULL)
    g_error ("%s not found: install poppler-utils (build-aux/dev does)", tool);

  argv[n++] = program;
  if (arg1 != NULL)
    argv[n++] = arg1;
  argv[n++] = pdf;
  if (to_stdout != NULL)
    argv[n++] = to_stdout;
  argv[n] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&out);
}

/* @text without white space: what a line break split reads whole again. */
static char *
squeezed (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("zjtx-announcement-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tmp_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static gboolean
overlap (const ZjtxAnnouncementBox *a,
         const ZjtxAnnouncementBox *b)
{
  return a->page == b->page &&
         a->x + EPSILON < b->x + b->width && b->x + EPSILON < a->x + a->width &&
         a->y + EPSILON < b->y + b->height && b->y + EPSILON < a->y + a->height;
}

/* What every layout must be: each award in one row, on one page, in order,
 * under that page's header row; every line of a cell inside it, clear of
 * the rules, overlapping no other line; a cell's lines read as its whole
 * text; no two cells overlapping; amounts right-aligned; the 合计 row and
 * the signature after the last award, page numbers on every page. */
static void
check_geometry (ZjtxAnnouncement *announcement,
                const Rows       *rows)
{
  guint n_boxes, n_pages = zjtx_announcement_get_n_pages (announcement);
  const ZjtxAnnouncementBox *boxes = zjtx_announcement_get_boxes (announcement, &n_boxes);
  g_autofree double *header_bottom = g_new0 (double, n_pages);
  g_autofree guint *headers = g_new0 (guint, n_pages);
  g_autofree guint *page_numbers = g_new0 (guint, n_pages);
  g_autofree int *row_page = g_new (int, rows->n);
  g_autoptr(GPtrArray) cell_texts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GString) total_text = g_string_new (NULL);
  g_autofree char *total = zjtx_money_format (sum (rows));
  g_autofree char *expected_total = g_strconcat ("合计|", total, "|", NULL);
  double amount_right = -1;
  guint total_page = G_MAXUINT, n_signatures = 0;
  double total_bottom = 0;

  g_assert_cmpint (zjtx_announcement_get_total (announcement), ==, sum (rows));
  for (guint i = 0; i < rows->n; i++)
    row_page[i] = -1;

  for (guint i = 0; i < n_boxes; i++)
    {
      const ZjtxAnnouncementBox *box = &boxes[i];

      g_assert_cmpuint (box->page, <, n_pages);
      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, ZJTX_ANNOUNCEMENT_PAGE_WIDTH);
      g_assert_cmpfloat (box->y + box->height, <=, ZJTX_ANNOUNCEMENT_PAGE_HEIGHT);

      switch (box->part)
        {
        case ZJTX_ANNOUNCEMENT_PART_HEADER_CELL:
          /* On every page after the first, the header is the first thing. */
          if (box->page > 0)
            g_assert_cmpfloat_with_epsilon (box->y, BLOCK_TOP, EPSILON);
          headers[box->page]++;
          header_bottom[box->page] = box->y + box->height;
          break;

        case ZJTX_ANNOUNCEMENT_PART_CELL:
          g_assert_cmpint (box->row, >=, 0);
          g_assert_cmpint (box->row, <, (int) rows->n);
          g_assert_cmpint (box->column, >=, 0);
          g_assert_cmpint (box->column, <, ZJTX_ANNOUNCEMENT_N_COLUMNS);
          g_assert_cmpuint (headers[box->page], ==, ZJTX_ANNOUNCEMENT_N_COLUMNS);
          g_assert_cmpfloat (box->y, >=, header_bottom[box->page] - EPSILON);
          g_assert_cmpfloat (box->y + box->height, <=, BLOCK_BOTTOM + EPSILON);
          if (box->column == 0)
            {
              /* Each award once, in order, the pages never going back. */
              g_assert_cmpint (row_page[box->row], ==, -1);
              if (box->row > 0)
                {
                  g_assert_cmpint (row_page[box->row - 1], >=, 0);
                  g_assert_cmpint (row_page[box->row - 1], <=, (int) box->page);
                }
              row_page[box->row] = (int) box->page;
            }
          break;

        case ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL:
          if (rows->n > 0)
            g_assert_cmpint (row_page[rows->n - 1], ==, (int) box->page);
          total_page = box->page;
          total_bottom = box->y + box->height;
          break;

        case ZJTX_ANNOUNCEMENT_PART_CELL_TEXT:
          {
            const ZjtxAnnouncementBox *cell;

            g_assert_cmpint (box->cell, >=, 0);
            g_assert_cmpint (box->cell, <, (int) i);
            cell = &boxes[box->cell];
            g_assert_true (cell->part == ZJTX_ANNOUNCEMENT_PART_HEADER_CELL ||
                           cell->part == ZJTX_ANNOUNCEMENT_PART_CELL ||
                           cell->part == ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL);
            g_assert_cmpuint (box->page, ==, cell->page);
            g_assert_cmpint (box->row, ==, cell->row);
            g_assert_cmpint (box->column, ==, cell->column);
            /* Inside the cell, clear of the rules' strokes. */
            g_assert_cmpfloat (box->x, >=, cell->x + RULE / 2);
            g_assert_cmpfloat (box->x + box->width, <=, cell->x + cell->width - RULE / 2);
            g_assert_cmpfloat (box->y, >=, cell->y + RULE / 2);
            g_assert_cmpfloat (box->y + box->height, <=, cell->y + cell->height - RULE / 2);
            g_assert_cmpfloat (box->width, >, 0);

            while (cell_texts->len <= (guint) box->cell)
              g_ptr_array_add (cell_texts, g_ptr_array_new ());
            g_ptr_array_add (g_ptr_array_index (cell_texts, box->cell), (gpointer) box->text);

            if (cell->part == ZJTX_ANNOUNCEMENT_PART_CELL && box->column == 4)
              {
                if (amount_right < 0)
                  amount_right = box->x + box->width;
                g_assert_cmpfloat_with_epsilon (box->x + box->width, amount_right, EPSILON);
              }
            if (cell->part == ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL)
              g_string_append_printf (total_text, "%s|", box->text);
          }
          break;

        case ZJTX_ANNOUNCEMENT_PART_SIGNATURE:
          /* Under the 合计 row, on its page, inside the block. */
          g_assert_cmpuint (box->page, ==, total_page);
          g_assert_cmpfloat (box->y, >=, total_bottom);
          g_assert_cmpfloat (box->y + box->height, <=, BLOCK_BOTTOM);
          g_assert_cmpfloat (box->x + box->width, <=, BLOCK_RIGHT);
          n_signatures++;
          break;

        case ZJTX_ANNOUNCEMENT_PART_PAGE_NUMBER:
          {
            g_autofree char *expected = g_strdup_printf ("—\u2002%u\u2002—", box->page + 1);

            g_assert_cmpstr (box->text, ==, expected);
            /* Centred on the block, as the title. */
            g_assert_cmpfloat_with_epsilon (box->x + box->width / 2, (BLOCK_LEFT + BLOCK_RIGHT) / 2, EPSILON);
            g_assert_cmpfloat (box->y, >, BLOCK_BOTTOM);
            page_numbers[box->page]++;
          }
          break;

        case ZJTX_ANNOUNCEMENT_PART_TITLE:
        case ZJTX_ANNOUNCEMENT_PART_INTRO:
          g_assert_cmpfloat (box->x, >=, BLOCK_LEFT - EPSILON);
          g_assert_cmpfloat (box->x + box->width, <=, BLOCK_RIGHT + EPSILON);
          break;

        case ZJTX_ANNOUNCEMENT_PART_RULE:
        default:
          break;
        }
    }

  /* The header row on every page, one page number on each. */
  for (guint page = 0; page < n_pages; page++)
    {
      g_assert_cmpuint (headers[page], ==, ZJTX_ANNOUNCEMENT_N_COLUMNS);
      g_assert_cmpuint (page_numbers[page], ==, 1);
    }
  for (guint i = 0; i < rows->n; i++)
    g_assert_cmpint (row_page[i], >=, 0);
  g_assert_cmpuint (total_page, ==, n_pages - 1);
  g_assert_cmpuint (n_signatures, ==, 2);
  g_assert_cmpstr (total_text->str, ==, expected_total);

  /* A cell's lines, read in order, are its whole text: nothing cut. */
  for (guint i = 0; i < n_boxes; i++)
    {
      const ZjtxAnnouncementBox *cell = &boxes[i];
      const ZjtxAnnouncementRow *row;
      g_autofree char *joined = NULL;
      g_autofree char *amount = NULL;
      g_autofree char *number = NULL;
      const char *expected = NULL;

      if (cell->part != ZJTX_ANNOUNCEMENT_PART_CELL)
        continue;
      row = &rows->rows[cell->row];
      switch (cell->column)
        {
        case 0:
          expected = number = g_strdup_printf ("%d", cell->row + 1);
          break;
        case 1:
          expected = row->recipient;
          break;
        case 2:
          expected = row->uscc;
          break;
        case 3:
          expected = row->kind_label;
          break;
        case 4:
          expected = amount = zjtx_money_format (row->amount);
          break;
        case 5:
        default:
          expected = row->clause;
          break;
        }
      if (i < cell_texts->len && ((GPtrArray *) g_ptr_array_index (cell_texts, i))->len > 0)
        {
          GPtrArray *texts = g_ptr_array_index (cell_texts, i);

          g_ptr_array_add (texts, NULL);
          joined = g_strjoinv ("", (char **) texts->pdata);
          g_ptr_array_remove_index (texts, texts->len - 1);
        }
      g_assert_cmpstr (joined, ==, expected);
    }

  /* No line over another, no cell over another. */
  for (guint i = 0; i < n_boxes; i++)
    for (guint j = i + 1; j < n_boxes; j++)
      {
        const ZjtxAnnouncementBox *a = &boxes[i];
        const ZjtxAnnouncementBox *b = &boxes[j];
        gboolean a_text = a->part != ZJTX_ANNOUNCEMENT_PART_RULE && a->text != NULL;
        gboolean b_text = b->part != ZJTX_ANNOUNCEMENT_PART_RULE && b->text != NULL;
        gboolean a_cell = a->part == ZJTX_ANNOUNCEMENT_PART_CELL || a->part == ZJTX_ANNOUNCEMENT_PART_HEADER_CELL ||
                          a->part == ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL;
        gboolean b_cell = b->part == ZJTX_ANNOUNCEMENT_PART_CELL || b->part == ZJTX_ANNOUNCEMENT_PART_HEADER_CELL ||
                          b->part == ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL;

        if (((a_text && b_text) || (a_cell && b_cell)) && overlap (a, b))
          g_error ("boxes %u (“%s”, page %u, %.2f,%.2f %.2f×%.2f) and %u (“%s”, page %u, %.2f,%.2f %.2f×%.2f) overlap",
                   i, a->text, a->page, a->x, a->y, a->width, a->height,
                   j, b->text, b->page, b->x, b->y, b->width, b->height);
      }
}

/* 40 awards, some with 40-character names, over at least two pages. */
static void
test_layout (void)
{
  g_auto(Rows) rows = { 0 };
  ZjtxAnnouncementData data;
  g_autoptr(ZjtxAnnouncement) announcement = NULL;
  guint n_boxes, long_lines = 0;
  const ZjtxAnnouncementBox *boxes;

  rows_init (&rows, 40);
  g_assert_cmpint (g_utf8_strlen (LONG_NAME, -1), ==, 40);
  data = sample (&rows);
  announcement = zjtx_announcement_new (&data);
  g_assert_cmpuint (zjtx_announcement_get_n_pages (announcement), >=, 2);
  check_geometry (announcement, &rows);

  /* The long name wraps inside its cell, its lines left-aligned. */
  boxes = zjtx_announcement_get_boxes (announcement, &n_boxes);
  for (guint i = 0; i < n_boxes; i++)
    if (boxes[i].part == ZJTX_ANNOUNCEMENT_PART_CELL_TEXT && boxes[i].row == 2 && boxes[i].column == 1)
      {
        g_assert_cmpfloat_with_epsilon (boxes[i].x, boxes[boxes[i].cell].x + 4.0, EPSILON);
        long_lines++;
      }
  g_assert_cmpuint (long_lines, >=, 3);
}

/* Codes and clauses far longer than real ones squeeze the other columns
 * and wrap; the name keeps room; nothing is cut or overlaps. A title
 * longer than a line is broken. */
static void
test_long_columns (void)
{
  g_auto(Rows) rows = { 0 };
  ZjtxAnnouncementData data;
  g_autoptr(ZjtxAnnouncement) announcement = NULL;
  guint n_boxes, title_lines = 0;
  const ZjtxAnnouncementBox *boxes;

  rows_init (&rows, 6);
  rows.rows[1].clause = "四（二）1、四（二）2、四（二）3、四（二）4、四（一）、三（三）";
  rows.rows[2].uscc = "91350525MA2Y00003D91350525MA2Y00003D";
  rows.rows[3].amount = G_GINT64_CONSTANT (123456789012345);
  data = sample (&rows);
  data.title = "永春县2025年度第一批专精特新企业奖励资金及园区支持资金拟拨付名单公示";
  announcement = zjtx_announcement_new (&data);
  check_geometry (announcement, &rows);

  boxes = zjtx_announcement_get_boxes (announcement, &n_boxes);
  for (guint i = 0; i < n_boxes; i++)
    if (boxes[i].part == ZJTX_ANNOUNCEMENT_PART_TITLE)
      title_lines++;
  g_assert_cmpuint (title_lines, ==, 2);
}

/* No award: the header, 合计 0.00, one page. */
static void
test_empty (void)
{
  g_auto(Rows) rows = { 0 };
  ZjtxAnnouncementData data;
  g_autoptr(ZjtxAnnouncement) announcement = NULL;

  rows_init (&rows, 0);
  data = sample (&rows);
  announcement = zjtx_announcement_new (&data);
  g_assert_cmpuint (zjtx_announcement_get_n_pages (announcement), ==, 1);
  g_assert_cmpint (zjtx_announcement_get_total (announcement), ==, 0);
  check_geometry (announcement, &rows);
}

/* The PDF: A4, what a reader must find, every font embedded. */
static void
test_pdf (void)
{
  g_auto(Rows) rows = { 0 };
  ZjtxAnnouncementPolicy policies[] = {
    policy,
    { "永春县促进工业园区发展若干措施", "永政办〔2025〕3号" },
  };
  ZjtxAnnouncementData data;
  g_autoptr(ZjtxAnnouncement) announcement = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "公示.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *raw_text = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  rows_init (&rows, 3);
  data = sample (&rows);
  data.policies = policies;
  data.n_policies = G_N_ELEMENTS (policies);
  data.period = "2025年3月1日至3月7日。";
  announcement = zjtx_announcement_new (&data);
  g_assert_cmpuint (zjtx_announcement_get_n_pages (announcement), ==, 1);
  g_assert_cmpint (zjtx_announcement_get_total (announcement), ==, 3 * 1234567 + 300000);
  g_assert_true (zjtx_announcement_write_pdf (announcement, pdf, &error));
  g_assert_no_error (error);

  info = run_tool ("pdfinfo", NULL, pdf, NULL);
  assert_contains (info, "(A4)");
  assert_contains (info, "Pages:           1\n");
  assert_contains (info, "Title:           永春县专精特新企业奖励资金拟拨付名单公示\n");

  all = run_tool ("pdftotext", "-layout", pdf, "-");
  text = squeezed (all);
  assert_contains (text, "永春县专精特新企业奖励资金拟拨付名单公示");
  assert_contains (text, "根据《永春县促进专精特新企业发展行动方案》（永政办规〔2024〕1号）、"
                         "《永春县促进工业园区发展若干措施》（永政办〔2025〕3号），经审核，"
                         "拟对下列企业（机构）给予奖励，现予公示。公示期为2025年3月1日至3月7日。"
                         "公示期间如有异议，请向永春县工业信息化和商务局反映。");
  assert_contains (text, "序号单位名称统一社会信用代码奖励类别金额（元）依据条款");
  assert_contains (all, "91350525MA2Y00001D");
  assert_contains (all, "12,345.67");
  assert_contains (all, "13,345.67");
  assert_contains (text, "合计40,037.01");
  assert_contains (text, "永春县工业信息化和商务局2025年3月1日");
  assert_contains (text, "—1—");
  /* In the order drawn, each row reads whole across its cells, wrapped
   * names and kinds included. */
  raw = run_tool ("pdftotext", "-raw", pdf, "-");
  raw_text = squeezed (raw);
  assert_contains (raw_text, "1永春县第1制香有限公司91350525MA2Y00001D省级专精特新中小企业认定奖励12,345.67四（一）"
                             "2永春县第2制香有限公司91350525MA2Y00002D国家专精特新“小巨人”企业认定奖励13,345.67四（二）1"
                             "3" LONG_NAME "91350525MA2Y00003D融资贴息14,345.67四（一）"
                             "合计40,037.01");

  fonts = run_tool ("pdffonts", NULL, pdf, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  g_assert_true (g_str_has_prefix (lines[1], "-----"));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = NULL;
      guint n;

      if (lines[i][0] == '\0')
        continue;
      /* name … type … encoding emb sub uni object ID */
      words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      {
        g_autoptr(GPtrArray) kept = g_ptr_array_new ();

        for (guint j = 0; words[j] != NULL; j++)
          if (words[j][0] != '\0')
            g_ptr_array_add (kept, words[j]);
        n = kept->len;
        g_assert_cmpuint (n, >=, 6);
        g_assert_cmpstr (g_ptr_array_index (kept, n - 5), ==, "yes");   /* emb */
      }
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 1);
  if (strstr (fonts, "NotoSerifCJK") == NULL && strstr (fonts, "FangSong") == NULL &&
      strstr (fonts, "SimSun") == NULL)
    g_error ("no CJK font in:\n%s", fonts);

  remove_tmp_dir (dir);
}

/* The PDF at a path that cannot be written: an error, no file. */
static void
test_write_error (void)
{
  g_auto(Rows) rows = { 0 };
  ZjtxAnnouncementData data;
  g_autoptr(ZjtxAnnouncement) announcement = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "no-such-dir", "公示.pdf", NULL);
  g_autoptr(GError) error = NULL;

  rows_init (&rows, 2);
  data = sample (&rows);
  announcement = zjtx_announcement_new (&data);
  g_assert_false (zjtx_announcement_write_pdf (announcement, pdf, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  remove_tmp_dir (dir);
}

static void
assert_row (ZjtxTable  *table,
            guint       row,
            const char *c0,
            const char *c1,
            const char *c2,
            const char *c3,
            const char *c4,
            const char *c5)
{
  const char *expected[] = { c0, c1, c2, c3, c4, c5 };

  for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
    g_assert_cmpstr (zjtx_table_get_cell (table, row, c), ==, expected[c]);
}

/* The table as .xlsx and CSV, read back: the codes as text (an all-digit
 * one too), the amounts exact, the 合计 row last. */
static void
test_table (void)
{
  const char * const names[] = { "公示名单.xlsx", "公示名单.CSV" };
  g_auto(Rows) rows = { 0 };
  g_autofree char *dir = make_tmp_dir ();

  rows_init (&rows, 3);
  rows.rows[1].uscc = "913505251234567890";
  rows.rows[2].recipient = "永春县\"桃城\"科技服务中心, 有限公司";

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(ZjtxTable) table = NULL;

      g_assert_true (zjtx_announcement_write_table (rows.rows, rows.n, path, &error));
      g_assert_no_error (error);
      table = zjtx_table_read_file (path, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (zjtx_table_get_encoding (table), ==, i == 0 ? "xlsx" : "UTF-8 (BOM)");
      g_assert_cmpuint (zjtx_table_get_n_rows (table), ==, 5);
      assert_row (table, 0, "序号", "单位名称", "统一社会信用代码", "奖励类别", "金额（元）", "依据条款");
      assert_row (table, 1, "1", "永春县第1制香有限公司", "91350525MA2Y00001D", "省级专精特新中小企业认定奖励",
                  "12345.67", "四（一）");
      assert_row (table, 2, "2", "永春县第2制香有限公司", "913505251234567890", "国家专精特新“小巨人”企业认定奖励",
                  "13345.67", "四（二）1");
      assert_row (table, 3, "3", "永春县\"桃城\"科技服务中心, 有限公司", "91350525MA2Y00003D", "融资贴息",
                  "14345.67", "四（一）");
      assert_row (table, 4, "", "合计", "", "", "40037.01", "");
    }

  remove_tmp_dir (dir);
}

/* Neither .xlsx nor .csv: an error naming the file, and no file. */
static void
test_table_format (void)
{
  g_auto(Rows) rows = { 0 };
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *path = g_build_filename (dir, "公示名单.doc", NULL);
  g_autoptr(GError) error = NULL;

  rows_init (&rows, 1);
  g_assert_false (zjtx_announcement_write_table (rows.rows, rows.n, path, &error));
  g_assert_error (error, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_FORMAT);
  assert_contains (error->message, path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tmp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/announcement/layout", test_layout);
  g_test_add_func ("/render/announcement/long-columns", test_long_columns);
  g_test_add_func ("/render/announcement/empty", test_empty);
  g_test_add_func ("/render/announcement/pdf", test_pdf);
  g_test_add_func ("/render/announcement/write-error", test_write_error);
  g_test_add_func ("/render/announcement/table", test_table);
  g_test_add_func ("/render/announcement/table-format", test_table_format);

  return g_test_run ();
}
