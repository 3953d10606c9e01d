/* test-notice.c: the award notice, as a PDF, a PNG and as laid out
 *
 * The PDFs are read back with poppler-utils (pdfinfo, pdftotext, pdffonts),
 * which build-aux/dev installs. The reference image is rewritten, instead of
 * compared, when ZJTX_UPDATE_REFERENCE=1: look at it before keeping it.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "render/zjtx-notice.h"

#define MM           (72.0 / 25.4)
#define BLOCK_LEFT   (28.0 * MM)
#define BLOCK_TOP    (37.0 * MM)
#define BLOCK_RIGHT  (BLOCK_LEFT + 156.0 * MM)
#define BLOCK_BOTTOM (BLOCK_TOP + 225.0 * MM)
#define PITCH        (225.0 * MM / 22)
/* A body character's advance: 28 of them at 16 pt drawn closer to fill
 * the block, with no spacing after the last one. */
#define BODY_CHAR    (16 + (156.0 * MM - 28 * 16) / 27)
#define EPSILON      0.01

static ZjtxNoticeData
sample (void)
{
  ZjtxNoticeData data = {
    .issuing_office = "永春县工业信息化和商务局",
    .doc_number = "永工信商〔2025〕12号",
    .recipient = "永春县达埔制香有限公司",
    .kind_label = "省级专精特新中小企业认定奖励",
    .policy_doc_number = "永政办规〔2024〕1号",
    .policy_title = "永春县促进专精特新企业发展行动方案",
    .clause = "四（一）",
    .basis = "省级专精特新中小企业一次性奖励100,000.00元",
    .amount = 10000000,
    .date = zjtx_date_from_ymd (2025, 3, 1),
    .seal_png = NULL,
    .cc = NULL,
  };

  return data;
}

/* A basis of @n ideographs and nothing else, so that every full line it
 * fills holds exactly 28 of them. */
static char *
ideographs (guint n)
{
  static const char phrase[] = "经核定企业研发费用投入占营业收入比重达到规定标准";
  GString *text = g_string_new (NULL);
  glong phrase_len = g_utf8_strlen (phrase, -1);

  for (guint i = 0; i < n; i++)
    {
      const char *c = g_utf8_offset_to_pointer (phrase, i % phrase_len);

      g_string_append_len (text, c, g_utf8_next_char (c) - c);
    }
  return g_string_free (text, FALSE);
}

static ZjtxNotice *
notice_new (const ZjtxNoticeData *data)
{
  g_autoptr(GError) error = NULL;
  ZjtxNotice *notice = zjtx_notice_new (data, &error);

  g_assert_no_error (error);
  g_assert_nonnull (notice);
  return notice;
}

/* Runs a poppler tool on @pdf and returns what it prints. */
static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          const char *pdf,
          const char *to_stdout)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[8];
  int n = 0;
  int status;

  if (program == NULL)
    g_error ("%s not found: install poppler-utils (build-aux/dev does)", tool);

  argv[n++] = program;
  if (arg1 != NULL)
    argv[n++] = arg1;
  if (arg2 != NULL)
    argv[n++] = arg2;
  argv[n++] = pdf;
  if (to_stdout != NULL)
    argv[n++] = to_stdout;
  argv[n] = NULL;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&out);
}

static guint
pdf_pages (const char *pdf)
{
  g_autofree char *info = run_tool ("pdfinfo", NULL, NULL, pdf, NULL);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (strstr (info, "Page size:"));
  g_assert_nonnull (strstr (info, "(A4)"));
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The text of page @page (from 1), as pdftotext -layout sets it out. */
static char *
page_text (const char *pdf,
           guint       page)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *f = g_strdup_printf ("%u", page);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { program, "-layout", "-f", f, "-l", f, pdf, "-", NULL };
  int status;

  if (program == NULL)
    g_error ("pdftotext not found: install poppler-utils (build-aux/dev does)");
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

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” found in:\n%s", needle, haystack);
}

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("zjtx-notice-XXXXXX", &error);

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

/* One notice: A4, two pages (the signature, seal and 版记 never fit under
 * a full header with a two-line title and this body), what a reader must
 * find, every font embedded, a CJK font among them. */
static void
test_pdf (void)
{
  ZjtxNoticeData data = sample ();
  g_autoptr(ZjtxNotice) notice = notice_new (&data);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "notice.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *all = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  g_assert_cmpuint (zjtx_notice_get_n_pages (notice), ==, 2);
  g_assert_cmpstr (zjtx_notice_get_title (notice), ==,
                   "关于拨付永春县达埔制香有限公司省级专精特新中小企业认定奖励资金的通知");

  g_assert_true (zjtx_notice_write_pdf (&notice, 1, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, 2);

  all = run_tool ("pdftotext", "-layout", NULL, pdf, "-");
  text = squeezed (all);
  assert_contains (text, "永春县工业信息化和商务局");
  assert_contains (text, "永工信商〔2025〕12号");
  assert_contains (text, "关于拨付永春县达埔制香有限公司省级专精特新中小企业认定奖励资金的通知");
  assert_contains (text, "永春县达埔制香有限公司：");
  assert_contains (text, "《永春县促进专精特新企业发展行动方案》（永政办规〔2024〕1号）第四（一）条");
  assert_contains (text, "计算依据：省级专精特新中小企业一次性奖励100,000.00元。");
  assert_contains (text, "100,000.00元（大写：人民币壹拾万元整）");
  assert_contains (text, "特此通知。");
  assert_contains (text, "2025年3月1日");
  assert_contains (text, "永春县工业信息化和商务局办公室2025年3月1日印发");
  assert_lacks (text, "抄送");

  page1 = page_text (pdf, 1);
  page2 = page_text (pdf, 2);
  assert_contains (page1, "— 1 —");
  assert_lacks (page1, "— 2 —");
  assert_lacks (page1, "印发");
  assert_contains (page2, "— 2 —");
  assert_contains (page2, "特此通知。");
  assert_contains (page2, "印发");

  fonts = run_tool ("pdffonts", NULL, NULL, pdf, NULL);
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  g_assert_true (g_str_has_prefix (lines[1], "-----"));
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      guint n;

      if (lines[i][0] == '\0')
        continue;
      /* name … type … encoding emb sub uni object ID */
      columns = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      n = g_strv_length (columns);
      while (n > 0 && columns[n - 1][0] == '\0')
        n--;
      g_assert_cmpuint (n, >=, 6);
      {
        g_autoptr(GPtrArray) words = g_ptr_array_new ();

        for (guint j = 0; j < n; j++)
          if (columns[j][0] != '\0')
            g_ptr_array_add (words, columns[j]);
        g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");   /* emb */
        g_assert_cmpstr (g_ptr_array_index (words, words->len - 4), ==, "yes");   /* sub */
      }
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 1);
  /* This machine has Noto CJK; an office one may have the official fonts. */
  if (strstr (fonts, "NotoSerifCJK") == NULL && strstr (fonts, "FangSong") == NULL &&
      strstr (fonts, "FZXiaoBiaoSong") == NULL && strstr (fonts, "SimSun") == NULL)
    g_error ("no CJK font in:\n%s", fonts);

  remove_tmp_dir (dir);
}

/* A basis of 400 characters carries the body over to page 2, which then
 * holds the signature and the 版记; the full lines hold 28 characters. */
static void
test_long_body (void)
{
  ZjtxNoticeData data = sample ();
  g_autofree char *basis = ideographs (400);
  g_autoptr(ZjtxNotice) notice = NULL;
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *page1 = NULL;
  g_autofree char *page2 = NULL;
  const ZjtxNoticeBox *boxes;
  guint n_boxes, n_full = 0;

  data.basis = basis;
  data.cc = "永春县财政局，永春县审计局";
  notice = notice_new (&data);
  g_assert_cmpuint (zjtx_notice_get_n_pages (notice), ==, 2);
  g_assert_true (zjtx_notice_write_pdf (&notice, 1, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, 2);

  page1 = page_text (pdf, 1);
  page2 = page_text (pdf, 2);
  assert_contains (page1, "— 1 —");
  assert_lacks (page1, "抄送");
  assert_lacks (page1, "印发");
  assert_contains (page2, "— 2 —");
  assert_contains (page2, "研发费用");   /* the basis goes on */
  assert_contains (page2, "特此通知。");
  assert_contains (page2, "抄送：永春县财政局，永春县审计局。");
  assert_contains (page2, "印发");

  /* The lines the basis fills alone: 28 ideographs each, to the block's
   * right edge (justified). */
  boxes = zjtx_notice_get_boxes (notice, &n_boxes);
  for (guint i = 0; i < n_boxes; i++)
    if (boxes[i].part == ZJTX_NOTICE_PART_BODY && strstr (basis, boxes[i].text) != NULL &&
        g_str_has_suffix (basis, boxes[i].text) == FALSE)
      {
        g_assert_cmpint (g_utf8_strlen (boxes[i].text, -1), ==, 28);
        g_assert_cmpfloat_with_epsilon (boxes[i].x, BLOCK_LEFT, EPSILON);
        g_assert_cmpfloat_with_epsilon (boxes[i].x + boxes[i].width, BLOCK_RIGHT, EPSILON);
        n_full++;
      }
  g_assert_cmpuint (n_full, >=, 12);

  remove_tmp_dir (dir);
}

/* Three notices in one file: each from a new page, numbered from 1. */
static void
test_batch (void)
{
  const char *recipients[] = { "永春县达埔制香有限公司", "永春县蓬壶茶业有限公司", "永春县科技创业服务中心" };
  const char *numbers[] = { "永工信商〔2025〕12号", "永工信商〔2025〕13号", "永工信商〔2025〕14号" };
  ZjtxNotice *notices[3];
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "batch.pdf", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      ZjtxNoticeData data = sample ();

      data.recipient = recipients[i];
      data.doc_number = numbers[i];
      notices[i] = notice_new (&data);
      g_assert_cmpuint (zjtx_notice_get_n_pages (notices[i]), ==, 2);
    }
  g_assert_true (zjtx_notice_write_pdf (notices, 3, pdf, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (pdf_pages (pdf), ==, 6);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *first = page_text (pdf, 2 * i + 1);
      g_autofree char *second = page_text (pdf, 2 * i + 2);
      g_autofree char *first_squeezed = squeezed (first);

      assert_contains (first, "— 1 —");
      assert_lacks (first, "— 2 —");
      assert_contains (first_squeezed, numbers[i]);
      assert_contains (first_squeezed, recipients[i]);
      assert_contains (second, "— 2 —");
      assert_contains (second, "印发");
      zjtx_notice_unref (notices[i]);
    }

  remove_tmp_dir (dir);
}

static const ZjtxNoticeBox *
find_box (const ZjtxNoticeBox *boxes,
          guint                n_boxes,
          ZjtxNoticePart       part,
          guint                nth)
{
  for (guint i = 0; i < n_boxes; i++)
    if (boxes[i].part == part && nth-- == 0)
      return &boxes[i];
  return NULL;
}

static gboolean
overlap (const ZjtxNoticeBox *a,
         const ZjtxNoticeBox *b)
{
  return a->page == b->page &&
         a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
         a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

/* What holds for every notice, whatever its length. */
static void
assert_layout (ZjtxNotice *notice)
{
  guint n_boxes, n_pages = zjtx_notice_get_n_pages (notice);
  const ZjtxNoticeBox *boxes = zjtx_notice_get_boxes (notice, &n_boxes);
  const ZjtxNoticeBox *signature = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_SIGNATURE, 0);
  const ZjtxNoticeBox *seal = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_SEAL, 0);
  gboolean body_with_signature = FALSE;
  guint n_page_numbers = 0;

  g_assert_nonnull (signature);
  g_assert_nonnull (seal);

  for (guint i = 0; i < n_boxes; i++)
    {
      const ZjtxNoticeBox *box = &boxes[i];

      g_assert_cmpuint (box->page, <, n_pages);
      /* Nothing sticks out of the block sideways. */
      g_assert_cmpfloat (box->x, >=, BLOCK_LEFT - EPSILON);
      g_assert_cmpfloat (box->x + box->width, <=, BLOCK_RIGHT + EPSILON);
      g_assert_cmpfloat (box->width, >, 0);

      if (box->part == ZJTX_NOTICE_PART_PAGE_NUMBER)
        {
          g_autofree char *expected = g_strdup_printf ("—\u2002%u\u2002—", box->page + 1);

          g_assert_cmpstr (box->text, ==, expected);
          /* 7 mm below the block; odd pages right, even left, 1 character in. */
          g_assert_cmpfloat_with_epsilon (box->y, BLOCK_BOTTOM + 7 * MM, EPSILON);
          if (box->page % 2 == 0)
            g_assert_cmpfloat_with_epsilon (box->x + box->width, BLOCK_RIGHT - 14, EPSILON);
          else
            g_assert_cmpfloat_with_epsilon (box->x, BLOCK_LEFT + 14, EPSILON);
          n_page_numbers++;
          continue;
        }

      /* Nor up or down. */
      g_assert_cmpfloat (box->y, >=, BLOCK_TOP - EPSILON);
      g_assert_cmpfloat (box->y + box->height, <=, BLOCK_BOTTOM + EPSILON);

      /* The header and the title on page 1 only; the 版记 on the last. */
      if (box->part <= ZJTX_NOTICE_PART_ADDRESSEE)
        g_assert_cmpuint (box->page, ==, 0);
      if (box->part == ZJTX_NOTICE_PART_COLOPHON || box->part == ZJTX_NOTICE_PART_COLOPHON_RULE)
        g_assert_cmpuint (box->page, ==, n_pages - 1);
      if (box->part == ZJTX_NOTICE_PART_BODY && box->page == signature->page)
        {
          body_with_signature = TRUE;
          g_assert_cmpfloat (box->y + box->height, <=, seal->y + EPSILON);
        }

      /* No two things on top of each other, but the seal on the signature. */
      for (guint j = i + 1; j < n_boxes; j++)
        if (boxes[j].part != ZJTX_NOTICE_PART_PAGE_NUMBER &&
            !(box->part == ZJTX_NOTICE_PART_SEAL && boxes[j].part == ZJTX_NOTICE_PART_SIGNATURE) &&
            !(box->part == ZJTX_NOTICE_PART_SIGNATURE && boxes[j].part == ZJTX_NOTICE_PART_SEAL))
          if (overlap (box, &boxes[j]))
            g_error ("“%s” (part %d) overlaps “%s” (part %d) on page %u",
                     box->text, box->part, boxes[j].text, boxes[j].part, box->page + 1);
    }

  g_assert_true (body_with_signature);
  g_assert_cmpuint (n_page_numbers, ==, n_pages);
}

/* The header as GB/T 9704 places it, and every length of body laid out
 * inside the block, without overlaps, over as many pages as it takes. */
static void
test_geometry (void)
{
  ZjtxNoticeData data = sample ();
  g_autoptr(ZjtxNotice) notice = notice_new (&data);
  guint n_boxes;
  const ZjtxNoticeBox *boxes = zjtx_notice_get_boxes (notice, &n_boxes);
  const ZjtxNoticeBox *office = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_OFFICE, 0);
  const ZjtxNoticeBox *number = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_DOC_NUMBER, 0);
  const ZjtxNoticeBox *rule = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_HEADER_RULE, 0);
  const ZjtxNoticeBox *title1 = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_TITLE, 0);
  const ZjtxNoticeBox *title2 = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_TITLE, 1);
  const ZjtxNoticeBox *addressee = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_ADDRESSEE, 0);
  const ZjtxNoticeBox *body = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_BODY, 0);
  const ZjtxNoticeBox *office_signed = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_SIGNATURE, 0);
  const ZjtxNoticeBox *date_signed = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_SIGNATURE, 1);
  const ZjtxNoticeBox *seal = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_SEAL, 0);
  /* The office 26 pt from 35 mm into the block; two blank lines, then the
   * number's line (16 pt centred in a 28.99 pt line); 4 mm below it. */
  const double office_top = BLOCK_TOP + 35 * MM;
  const double number_top = office_top + 26 + 2 * PITCH + (PITCH - 16) / 2;
  const double rule_y = number_top + 16 + 4 * MM;

  g_assert_nonnull (office);
  g_assert_cmpstr (office->text, ==, "永春县工业信息化和商务局");
  g_assert_cmpfloat_with_epsilon (office->y, office_top, EPSILON);
  g_assert_cmpfloat_with_epsilon (office->height, 26, EPSILON);
  g_assert_cmpfloat_with_epsilon (office->x - BLOCK_LEFT, BLOCK_RIGHT - office->x - office->width, EPSILON);

  g_assert_cmpstr (number->text, ==, "永工信商〔2025〕12号");
  g_assert_cmpfloat_with_epsilon (number->y, number_top, EPSILON);
  g_assert_cmpfloat_with_epsilon (number->x - BLOCK_LEFT, BLOCK_RIGHT - number->x - number->width, EPSILON);

  g_assert_cmpfloat_with_epsilon (rule->x, 28 * MM, EPSILON);
  g_assert_cmpfloat_with_epsilon (rule->width, 156 * MM, EPSILON);
  g_assert_cmpfloat_with_epsilon (rule->y, 37 * MM + 35 * MM + 26 + 2 * PITCH + (PITCH + 16) / 2 + 4 * MM, EPSILON);
  g_assert_cmpfloat_with_epsilon (rule->y, rule_y, EPSILON);
  g_assert_cmpfloat_with_epsilon (rule->y, 321.910, 0.001);

  /* The title two lines below the rule, broken between the recipient and
   * the kind, each line centred; the addressee a line below, flush left;
   * the body's first line indented two characters. */
  g_assert_cmpstr (title1->text, ==, "关于拨付永春县达埔制香有限公司");
  g_assert_cmpstr (title2->text, ==, "省级专精特新中小企业认定奖励资金的通知");
  g_assert_null (find_box (boxes, n_boxes, ZJTX_NOTICE_PART_TITLE, 2));
  g_assert_cmpfloat_with_epsilon (title1->y, rule->y + rule->height + 2 * PITCH + (PITCH - 22) / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (title2->y - title1->y, PITCH, EPSILON);
  g_assert_cmpfloat_with_epsilon (title1->x - BLOCK_LEFT, BLOCK_RIGHT - title1->x - title1->width, EPSILON);
  g_assert_cmpfloat_with_epsilon (title2->x - BLOCK_LEFT, BLOCK_RIGHT - title2->x - title2->width, EPSILON);
  g_assert_cmpstr (addressee->text, ==, "永春县达埔制香有限公司：");
  g_assert_cmpfloat_with_epsilon (addressee->x, BLOCK_LEFT, EPSILON);
  g_assert_cmpfloat_with_epsilon (addressee->y - title2->y, 2 * PITCH + (22 - 16) / 2.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (body->y - addressee->y, PITCH, EPSILON);
  g_assert_cmpfloat_with_epsilon (body->x, BLOCK_LEFT + 2 * BODY_CHAR, EPSILON);
  g_assert_true (g_str_has_prefix (body->text, "根据《永春县促进专精特新企业发展行动方案》"));

  /* The date 4 characters in from the right, the office centred on it a
   * line above, the seal's 42 mm square centred on them across. */
  g_assert_cmpstr (office_signed->text, ==, "永春县工业信息化和商务局");
  g_assert_cmpstr (date_signed->text, ==, "2025年3月1日");
  g_assert_cmpuint (date_signed->page, ==, 1);
  g_assert_cmpfloat_with_epsilon (date_signed->x + date_signed->width, BLOCK_RIGHT - 4 * BODY_CHAR, EPSILON);
  g_assert_cmpfloat_with_epsilon (date_signed->y - office_signed->y, PITCH, EPSILON);
  g_assert_cmpfloat_with_epsilon (office_signed->x + office_signed->width / 2,
                                  date_signed->x + date_signed->width / 2, EPSILON);
  g_assert_cmpfloat_with_epsilon (seal->width, 42 * MM, EPSILON);
  g_assert_cmpfloat_with_epsilon (seal->x + seal->width / 2, date_signed->x + date_signed->width / 2, EPSILON);
  g_assert_cmpfloat (seal->y, <, office_signed->y);
  g_assert_cmpfloat (seal->y + seal->height, >, date_signed->y + date_signed->height);

  assert_layout (notice);

  /* Every length of basis, with and without 抄送: from none to past two
   * pages, so that each of the breaks (body, signature, 版记) is met. */
  for (guint n = 0; n <= 1200; n += 20)
    for (guint with_cc = 0; with_cc < 2; with_cc++)
      {
        g_autofree char *basis = ideographs (n);
        g_autoptr(ZjtxNotice) longer = NULL;

        data.basis = basis;
        data.cc = with_cc ? "永春县财政局" : NULL;
        longer = notice_new (&data);
        assert_layout (longer);
      }

  /* Names longer than any line: the header, the signature and the 印发
   * line condensed to fit, the title in three even lines, 抄送 turned. */
  data.issuing_office = "福建省泉州市永春县工业信息化和商务局（永春县人民政府口岸办公室）";
  data.recipient = "永春县达埔镇岵山村现代农业与乡村旅游融合发展服务中心";
  data.cc = "县财政局，县审计局，县发改局，县市场监管局，县税务局，县人民银行，县统计局，各乡镇人民政府";
  for (guint n = 0; n <= 1200; n += 100)
    {
      g_autofree char *basis = ideographs (n);
      g_autoptr(ZjtxNotice) longer = NULL;

      data.basis = basis;
      longer = notice_new (&data);
      assert_layout (longer);
      if (n == 0)
        {
          const ZjtxNoticeBox *longer_boxes = zjtx_notice_get_boxes (longer, &n_boxes);

          g_assert_cmpstr (find_box (longer_boxes, n_boxes, ZJTX_NOTICE_PART_TITLE, 0)->text, ==,
                           "关于拨付永春县达埔镇岵山村现代农业");
          g_assert_cmpstr (find_box (longer_boxes, n_boxes, ZJTX_NOTICE_PART_TITLE, 2)->text, ==,
                           "特新中小企业认定奖励资金的通知");
          g_assert_cmpfloat_with_epsilon (find_box (longer_boxes, n_boxes, ZJTX_NOTICE_PART_OFFICE, 0)->width,
                                          156 * MM, EPSILON);
        }
    }
}

static void
render_page (ZjtxNotice      *notice,
             guint            page,
             cairo_surface_t **out)
{
  const double scale = 96.0 / 72.0;
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                        (int) ceil (ZJTX_NOTICE_PAGE_WIDTH * scale),
                                        (int) ceil (ZJTX_NOTICE_PAGE_HEIGHT * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  zjtx_notice_draw_page (notice, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  *out = surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x) & 0xffffff;
}

/* Page 1 at 96 dpi against tests/render/data/notice-1.png: at most 0.5% of
 * the pixels may differ by more than 64 in a channel (anti-aliasing and
 * font versions move edges, not whole lines). */
static void
test_png_reference (void)
{
  ZjtxNoticeData data = sample ();
  g_autoptr(ZjtxNotice) notice = notice_new (&data);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "render", "data", "notice-1.png", NULL);
  cairo_surface_t *page = NULL;
  cairo_surface_t *reference;
  int width, height;
  guint differing = 0, red = 0;

  render_page (notice, 0, &page);
  width = cairo_image_surface_get_width (page);
  height = cairo_image_surface_get_height (page);
  g_assert_cmpint (width, ==, 794);
  g_assert_cmpint (height, ==, 1123);

  /* The header in red, at 96 dpi: the rule's row across the block. */
  for (int x = 0; x < width; x++)
    if (pixel (page, x, (int) ((BLOCK_TOP + 35 * MM + 26 + 2 * PITCH + (PITCH + 16) / 2 + 4 * MM + 1) * 96 / 72)) == 0xff0000)
      red++;
  g_assert_cmpuint (red, >=, (guint) (156 * MM * 96 / 72) - 2);

  if (g_strcmp0 (g_getenv ("ZJTX_UPDATE_REFERENCE"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (page, reference_path), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s: look at it before keeping it", reference_path);
      cairo_surface_destroy (page);
      return;
    }

  reference = cairo_image_surface_create_from_png (reference_path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (reference), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (reference), ==, height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 a = pixel (page, x, y), b = pixel (reference, x, y);

        for (int shift = 0; shift < 24; shift += 8)
          if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 64)
            {
              differing++;
              break;
            }
      }
  g_test_message ("%u of %d pixels differ", differing, width * height);
  g_assert_cmpuint (differing, <=, (guint) (width * height) / 200);

  cairo_surface_destroy (reference);
  cairo_surface_destroy (page);
}

static void
write_seal (const char *path)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 120, 120);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_set_line_width (cr, 6);
  cairo_arc (cr, 60, 60, 56, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_arc (cr, 60, 60, 20, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* A seal that is not a PNG, or not there, is refused at zjtx_notice_new,
 * naming the file: nothing is laid out, so nothing is written. A real one
 * is drawn in its square, red over the signature. */
static void
test_seal (void)
{
  ZjtxNoticeData data = sample ();
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *not_png = g_build_filename (dir, "seal.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.png", NULL);
  g_autofree char *good = g_build_filename (dir, "good.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "sealed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxNotice) notice = NULL;
  g_autoptr(ZjtxNotice) again = NULL;
  cairo_surface_t *page = NULL;
  const ZjtxNoticeBox *boxes, *seal;
  guint n_boxes;

  g_assert_true (g_file_set_contents (not_png, "not an image\n", -1, NULL));
  data.seal_png = not_png;
  notice = zjtx_notice_new (&data, &error);
  g_assert_null (notice);
  g_assert_error (error, ZJTX_NOTICE_ERROR, ZJTX_NOTICE_ERROR_SEAL);
  assert_contains (error->message, not_png);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  data.seal_png = missing;
  g_assert_null (zjtx_notice_new (&data, &error));
  g_assert_error (error, ZJTX_NOTICE_ERROR, ZJTX_NOTICE_ERROR_SEAL);
  assert_contains (error->message, missing);
  g_clear_error (&error);

  write_seal (good);
  data.seal_png = good;
  notice = notice_new (&data);
  again = notice_new (&data);   /* the same seal, from the cache */
  boxes = zjtx_notice_get_boxes (notice, &n_boxes);
  seal = find_box (boxes, n_boxes, ZJTX_NOTICE_PART_SEAL, 0);
  render_page (notice, seal->page, &page);
  /* The seal's filled centre, scaled: 120 px across 42 mm. */
  g_assert_cmphex (pixel (page, (int) ((seal->x + seal->width / 2) * 96 / 72),
                          (int) ((seal->y + seal->height / 2) * 96 / 72)), ==, 0xff0000);
  cairo_surface_destroy (page);

  /* Both notices' seals are one image object in the PDF, not one each. */
  {
    ZjtxNotice *both[] = { notice, again };
    g_autofree char *images = NULL;
    g_auto(GStrv) lines = NULL;
    g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_free);

    g_assert_true (zjtx_notice_write_pdf (both, 2, pdf, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (pdf_pages (pdf), ==, 4);
    images = run_tool ("pdfimages", "-list", NULL, pdf, NULL);
    lines = g_strsplit (images, "\n", -1);
    for (guint i = 0; lines[i] != NULL; i++)
      {
        g_auto(GStrv) words = g_strsplit_set (lines[i], " ", -1);
        g_autoptr(GPtrArray) fields = g_ptr_array_new ();

        for (guint j = 0; words[j] != NULL; j++)
          if (words[j][0] != '\0')
            g_ptr_array_add (fields, words[j]);
        /* page num type width height color comp bpc enc interp object … */
        if (fields->len > 10 && g_str_equal (g_ptr_array_index (fields, 2), "image"))
          g_ptr_array_add (objects, g_strdup (g_ptr_array_index (fields, 10)));
      }
    g_assert_cmpuint (objects->len, ==, 2);   /* listed on each page it is shown on */
    g_assert_cmpstr (g_ptr_array_index (objects, 0), ==, g_ptr_array_index (objects, 1));
  }

  remove_tmp_dir (dir);
}

/* A PDF that cannot be written leaves nothing behind. */
static void
test_write_error (void)
{
  ZjtxNoticeData data = sample ();
  g_autoptr(ZjtxNotice) notice = notice_new (&data);
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "no-such-dir", "notice.pdf", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (zjtx_notice_write_pdf (&notice, 1, pdf, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  remove_tmp_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/notice/pdf", test_pdf);
  g_test_add_func ("/render/notice/long-body", test_long_body);
  g_test_add_func ("/render/notice/batch", test_batch);
  g_test_add_func ("/render/notice/geometry", test_geometry);
  g_test_add_func ("/render/notice/png-reference", test_png_reference);
  g_test_add_func ("/render/notice/seal", test_seal);
  g_test_add_func ("/render/notice/write-error", test_write_error);

  return g_test_run ();
}
