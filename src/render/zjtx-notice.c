/* zjtx-notice.c: the award notice, laid out once as GB/T 9704-2012 says
 *
 * Everything is placed in points on an A4 sheet while the notice is built,
 * measured with a Pango context of its own (72 dpi, so 1 unit = 1 pt;
 * unhinted, unrounded), and kept as a list of items: a line of a
 * PangoLayout at a baseline, a rule, the seal. Drawing paints the items of
 * one page, so a PDF, a PNG and a print job all get the same page.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "zjtx-notice.h"
#include "zjtx-render-text.h"

/* The sheet and the text block (版心), docs: official-notice.md. */
#define MM              (72.0 / 25.4)
#define BLOCK_LEFT      (28.0 * MM)
#define BLOCK_TOP       (37.0 * MM)
#define BLOCK_WIDTH     (156.0 * MM)
#define BLOCK_HEIGHT    (225.0 * MM)
#define BLOCK_RIGHT     (BLOCK_LEFT + BLOCK_WIDTH)
#define BLOCK_BOTTOM    (BLOCK_TOP + BLOCK_HEIGHT)

/* The body grid: 22 lines of 28 characters of 3号 fill the block exactly.
 * A CJK font advances 1 em a character, so 28 of them at 16 pt (448 pt)
 * are a little wider than the block (442.2 pt): as a word processor's
 * character grid does, the characters are drawn closer, by letter spacing
 * (Pango leaves none after the last character of a line). */
#define LINES_PER_PAGE  22
#define CHARS_PER_LINE  28
#define PITCH           (BLOCK_HEIGHT / LINES_PER_PAGE)
#define BODY_SIZE       16.0                 /* 3号 */
#define BODY_SPACING    ((BLOCK_WIDTH - CHARS_PER_LINE * BODY_SIZE) / (CHARS_PER_LINE - 1))
#define BODY_CHAR       (BODY_SIZE + BODY_SPACING)

#define OFFICE_SIZE     26.0                 /* the header: no size is set, this one reads well */
#define OFFICE_TOP      (BLOCK_TOP + 35.0 * MM)
#define TITLE_SIZE      22.0                 /* 2号 */
#define SMALL_SIZE      14.0                 /* 4号: page numbers and 版记 */
#define HEADER_RULE     2.25                 /* the red rule, as thick as templates draw it */
#define THICK_RULE      (0.35 * MM)          /* the 版记's first and last rules */
#define THIN_RULE       (0.25 * MM)          /* the 版记's rules between */
#define SEAL_SIZE       (42.0 * MM)
/* The seal's centre below the body's last line: the signature takes the
 * 3rd and 4th lines below it, and sits a quarter line below the centre. */
#define SEAL_CENTRE     (2.75 * PITCH)
#define PAGE_NUMBER_GAP (7.0 * MM)

/* A title broken at its parts (the recipient, the kind) rather than inside
 * a name, when its lines are at least this even; otherwise evenly. */
#define TITLE_EVENNESS  0.6

G_DEFINE_QUARK (zjtx-notice-error-quark, zjtx_notice_error)

typedef struct {
  ZjtxNoticeBox    box;
  PangoLayoutLine *line;      /* a line of text, else NULL */
  double           origin_dx; /* from the box's left edge to the line's origin, unscaled */
  double           baseline;
  double           x_scale;   /* below 1 when a line is narrowed to the block */
  gboolean         red;
} Item;

struct _ZjtxNotice
{
  gatomicrefcount  ref_count;
  guint            n_pages;
  GPtrArray       *layouts;   /* the PangoLayouts the items' lines belong to */
  GArray          *items;     /* Item */
  ZjtxNoticeBox   *boxes;     /* the items' boxes, for zjtx_notice_get_boxes */
  cairo_surface_t *seal;      /* NULL: its space is left blank */
  char            *title;
  char            *outline;   /* the notice's entry in a PDF's outline */
};

G_DEFINE_BOXED_TYPE (ZjtxNotice, zjtx_notice, zjtx_notice_ref, zjtx_notice_unref)

/* While laying out: where the next line goes. */
typedef struct {
  ZjtxNotice   *notice;
  PangoContext *context;
  guint         page;
  double        y;            /* top of the next line's cell */
} Builder;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free ((char *) item->box.text);
}

ZjtxNotice *
zjtx_notice_ref (ZjtxNotice *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_notice_unref (ZjtxNotice *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->items);
  g_ptr_array_unref (self->layouts);
  g_free (self->boxes);
  g_clear_pointer (&self->seal, cairo_surface_destroy);
  g_free (self->title);
  g_free (self->outline);
  g_free (self);
}

/* The seal, read once per file content: a batch of a thousand notices
 * shares one image in memory, and in the PDF (cairo embeds surfaces of
 * one unique id once). One slot: an office has one seal. */
G_LOCK_DEFINE_STATIC (seal_cache);
static char            *seal_cache_checksum;
static cairo_surface_t *seal_cache_surface;

typedef struct {
  const guint8 *data;
  gsize         left;
} PngReader;

static cairo_status_t
png_read (void          *closure,
          unsigned char *data,
          unsigned int   length)
{
  PngReader *reader = closure;

  if (length > reader->left)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->left -= length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
load_seal (const char  *path,
           GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *checksum = NULL;
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  PngReader reader;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      g_set_error (error, ZJTX_NOTICE_ERROR, ZJTX_NOTICE_ERROR_SEAL,
                   _("The seal image “%s” cannot be read: %s"), display, local_error->message);
      return NULL;
    }

  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

  G_LOCK (seal_cache);
  if (seal_cache_surface != NULL && g_str_equal (checksum, seal_cache_checksum))
    {
      surface = cairo_surface_reference (seal_cache_surface);
      G_UNLOCK (seal_cache);
      return surface;
    }
  G_UNLOCK (seal_cache);

  reader.data = (const guint8 *) contents;
  reader.left = length;
  surface = cairo_image_surface_create_from_png_stream (png_read, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ZJTX_NOTICE_ERROR, ZJTX_NOTICE_ERROR_SEAL,
                   _("The seal image “%s” is not a readable PNG file (%s)"),
                   display, cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_UNIQUE_ID,
                               (const unsigned char *) checksum, strlen (checksum),
                               g_free, checksum);

  G_LOCK (seal_cache);
  g_clear_pointer (&seal_cache_surface, cairo_surface_destroy);
  g_free (seal_cache_checksum);
  seal_cache_checksum = g_strdup (checksum);
  seal_cache_surface = cairo_surface_reference (surface);
  G_UNLOCK (seal_cache);

  checksum = NULL;   /* now the surface's */
  return surface;
}

gboolean
zjtx_notice_check_seal (const char  *path,
                        GError     **error)
{
  cairo_surface_t *surface;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Read as a notice reads it; the cache then holds it for the next one. */
  surface = load_seal (path, error);
  if (surface == NULL)
    return FALSE;
  cairo_surface_destroy (surface);
  return TRUE;
}

/* Keeps @layout for the items that draw its lines. */
static PangoLayout *
builder_layout (Builder    *b,
                const char *families,
                double      size,
                double      letter_spacing,
                const char *text)
{
  PangoLayout *layout = zjtx_render_text_layout_new (b->context, families, size, letter_spacing, text);

  g_ptr_array_add (b->notice->layouts, layout);
  return layout;
}

/* Adds @line with the left edge of its box at @x, centred in the cell
 * from @cell_top, @cell_height high. */
static Item *
add_line (Builder         *b,
          ZjtxNoticePart   part,
          PangoLayoutLine *line,
          double           x,
          double           cell_top,
          double           cell_height,
          double           size,
          double           x_scale,
          gboolean         red)
{
  PangoRectangle logical;
  Item item = { 0 };

  pango_layout_line_get_extents (line, NULL, &logical);
  item.box.part = part;
  item.box.page = b->page;
  item.box.x = x;
  item.box.width = (double) logical.width / PANGO_SCALE * x_scale;
  item.box.y = cell_top + (cell_height - size) / 2;
  item.box.height = size;
  item.box.text = g_strndup (pango_layout_get_text (line->layout) + line->start_index, line->length);
  item.line = line;
  item.origin_dx = -(double) logical.x / PANGO_SCALE;
  item.baseline = item.box.y + ZJTX_EM_ASCENT * size;
  item.x_scale = x_scale;
  item.red = red;
  g_array_append_val (b->notice->items, item);

  return &g_array_index (b->notice->items, Item, b->notice->items->len - 1);
}

static void
add_rect (Builder        *b,
          ZjtxNoticePart  part,
          double          x,
          double          y,
          double          width,
          double          height)
{
  Item item = { 0 };

  item.box.part = part;
  item.box.page = b->page;
  item.box.x = x;
  item.box.y = y;
  item.box.width = width;
  item.box.height = height;
  item.red = part == ZJTX_NOTICE_PART_HEADER_RULE;
  g_array_append_val (b->notice->items, item);
}

/* One line of @layout, centred on the block: narrowed to its width if
 * wider (as the header is set in condensed type when long). */
static void
add_centred (Builder        *b,
             ZjtxNoticePart  part,
             PangoLayoutLine *line,
             double          cell_top,
             double          cell_height,
             double          size,
             gboolean        red)
{
  double width = zjtx_render_text_line_width (line);
  double scale = width > BLOCK_WIDTH ? BLOCK_WIDTH / width : 1.0;

  add_line (b, part, line, BLOCK_LEFT + (BLOCK_WIDTH - width * scale) / 2,
            cell_top, cell_height, size, scale, red);
}

static void
new_page (Builder *b)
{
  b->page++;
  b->y = BLOCK_TOP;
}

/* Flows the lines of @layout (wrapped to its own width, placed from @x)
 * on the grid from the cursor, on as many pages as it takes. */
static void
flow (Builder        *b,
      ZjtxNoticePart  part,
      PangoLayout    *layout,
      double          x,
      double          size)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;

      /* 1e-6: the 22nd line ends on the block's edge, give or take rounding. */
      if (b->y + PITCH > BLOCK_BOTTOM + 1e-6)
        new_page (b);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      add_line (b, part, line, x + (double) logical.x / PANGO_SCALE, b->y, PITCH, size, 1.0, FALSE);
      b->y += PITCH;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
}

/* A body paragraph: 3号 仿宋 on the grid, indented two characters,
 * justified as a word processor justifies Chinese. */
static PangoLayout *
body_layout (Builder    *b,
             const char *text)
{
  PangoLayout *layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, text);

  pango_layout_set_width (layout, (int) floor (BLOCK_WIDTH * PANGO_SCALE));
  pango_layout_set_indent (layout, (int) floor (2 * BODY_CHAR * PANGO_SCALE));
  pango_layout_set_justify (layout, TRUE);
  return layout;
}

static double
measure (PangoContext *context,
         const char   *text)
{
  g_autoptr(PangoLayout) layout = zjtx_render_text_layout_new (context, ZJTX_FONT_XIAOBIAOSONG, TITLE_SIZE, 0, text);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static int
count_lines (PangoContext *context,
             const char   *text,
             double        width)
{
  g_autoptr(PangoLayout) layout = zjtx_render_text_layout_new (context, ZJTX_FONT_XIAOBIAOSONG, TITLE_SIZE, 0, text);

  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  return pango_layout_get_line_count (layout);
}

/* The title's lines, joined by "\n". As few lines as fit the block; when
 * more than one, broken between @parts if that gives lines of nearly even
 * length (so no name is cut), else at the narrowest width that still
 * gives that many lines, so that the lines come out nearly even. */
static char *
break_title (PangoContext      *context,
             const char * const *parts,
             guint              n_parts)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autofree char *whole = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  int n_lines;
  guint best_cuts = 0;
  double best_longest = G_MAXDOUBLE;

  for (guint i = 0; i < n_parts; i++)
    g_string_append (joined, parts[i]);
  whole = g_string_free (g_steal_pointer (&joined), FALSE);
  n_lines = count_lines (context, whole, BLOCK_WIDTH);
  if (n_lines <= 1)
    return g_steal_pointer (&whole);

  /* Each set bit i of @cuts breaks the line after part i. */
  for (guint cuts = 1; n_parts > 1 && cuts < (1u << (n_parts - 1)); cuts++)
    {
      double longest = 0, shortest = G_MAXDOUBLE;
      g_autoptr(GString) line = g_string_new (NULL);

      int n_cuts = 0;

      for (guint rest = cuts; rest != 0; rest &= rest - 1)
        n_cuts++;
      if (n_cuts != n_lines - 1)
        continue;
      for (guint i = 0; i < n_parts; i++)
        {
          g_string_append (line, parts[i]);
          if (i == n_parts - 1 || (cuts & (1u << i)) != 0)
            {
              double width = measure (context, line->str);

              longest = MAX (longest, width);
              shortest = MIN (shortest, width);
              g_string_truncate (line, 0);
            }
        }
      if (longest <= BLOCK_WIDTH && shortest >= TITLE_EVENNESS * longest && longest < best_longest)
        {
          best_longest = longest;
          best_cuts = cuts;
        }
    }

  if (best_cuts != 0)
    {
      for (guint i = 0; i < n_parts; i++)
        {
          g_string_append (lines, parts[i]);
          if (i < n_parts - 1 && (best_cuts & (1u << i)) != 0)
            g_string_append_c (lines, '\n');
        }
      return g_string_free (g_steal_pointer (&lines), FALSE);
    }

  return zjtx_render_text_break_evenly (context, ZJTX_FONT_XIAOBIAOSONG, TITLE_SIZE, whole, BLOCK_WIDTH);
}

static void
lay_out (Builder              *b,
         const ZjtxNoticeData *data)
{
  g_autofree char *figures = zjtx_money_format (data->amount);
  g_autofree char *words = zjtx_money_to_words (data->amount);
  g_autofree char *date = zjtx_date_format_cn (data->date);
  g_autofree char *basis = zjtx_render_text_without_full_stop (data->basis);
  g_autofree char *title = NULL;
  g_autofree char *addressee = NULL;
  char *paragraphs[3];
  const char *title_parts[4];
  PangoLayout *layout;
  PangoLayoutLine *office_line, *date_line;
  double doc_number_top, rule_y, body_end, office_x, date_x, office_w, date_w;
  double seal_cx, seal_cy, sig_bottom, colophon_top;
  guint n_rows;

  /* The notice is an official Chinese document whatever the interface's
   * language: its wording is written here in Chinese, not translated. */
  title_parts[0] = "关于拨付";
  title_parts[1] = data->recipient;
  title_parts[2] = data->kind_label;
  title_parts[3] = "资金的通知";
  addressee = g_strconcat (data->recipient, "：", NULL);
  paragraphs[0] = g_strdup_printf ("根据《%s》（%s）第%s条规定，经审核，你单位符合%s条件。%s%s%s",
                                   data->policy_title, data->policy_doc_number, data->clause,
                                   data->kind_label,
                                   basis[0] != '\0' ? "计算依据：" : "", basis,
                                   basis[0] != '\0' ? "。" : "");
  paragraphs[1] = g_strdup_printf ("现拨付奖补资金%s元（大写：%s）。请按规定使用，并做好资金管理。",
                                   figures, words);
  paragraphs[2] = g_strdup ("特此通知。");

  /* 版头: the office, its top 35 mm into the block, red, condensed if
   * wider than the block; two lines below, the document number; 4 mm
   * below that, the red rule. */
  layout = builder_layout (b, ZJTX_FONT_XIAOBIAOSONG, OFFICE_SIZE, 0, data->issuing_office);
  add_centred (b, ZJTX_NOTICE_PART_OFFICE, pango_layout_get_line_readonly (layout, 0),
               OFFICE_TOP, OFFICE_SIZE, OFFICE_SIZE, TRUE);
  doc_number_top = OFFICE_TOP + OFFICE_SIZE + 2 * PITCH;
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, 0, data->doc_number);
  add_centred (b, ZJTX_NOTICE_PART_DOC_NUMBER, pango_layout_get_line_readonly (layout, 0),
               doc_number_top, PITCH, BODY_SIZE, FALSE);
  rule_y = doc_number_top + (PITCH + BODY_SIZE) / 2 + 4.0 * MM;
  add_rect (b, ZJTX_NOTICE_PART_HEADER_RULE, BLOCK_LEFT, rule_y, BLOCK_WIDTH, HEADER_RULE);

  /* The title two lines below the rule, the addressee one line below it. */
  title = break_title (b->context, title_parts, G_N_ELEMENTS (title_parts));
  {
    g_auto(GStrv) lines = g_strsplit (title, "\n", -1);

    b->notice->title = g_strjoinv ("", lines);
  }
  layout = builder_layout (b, ZJTX_FONT_XIAOBIAOSONG, TITLE_SIZE, 0, title);
  b->y = rule_y + HEADER_RULE + 2 * PITCH;
  for (int i = 0; i < pango_layout_get_line_count (layout); i++)
    {
      add_centred (b, ZJTX_NOTICE_PART_TITLE, pango_layout_get_line_readonly (layout, i),
                   b->y, PITCH, TITLE_SIZE, FALSE);
      b->y += PITCH;
    }
  b->y += PITCH;
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, addressee);
  pango_layout_set_width (layout, (int) floor (BLOCK_WIDTH * PANGO_SCALE));
  flow (b, ZJTX_NOTICE_PART_ADDRESSEE, layout, BLOCK_LEFT, BODY_SIZE);

  /* The body. The last paragraph (特此通知) goes with the signature, so
   * that no page holds a signature without text above it. */
  for (guint i = 0; i < G_N_ELEMENTS (paragraphs); i++)
    {
      layout = body_layout (b, paragraphs[i]);
      if (i == G_N_ELEMENTS (paragraphs) - 1)
        {
          double needed = pango_layout_get_line_count (layout) * PITCH + SEAL_CENTRE + SEAL_SIZE / 2;

          if (b->y + needed > BLOCK_BOTTOM + 1e-6)
            new_page (b);
        }
      flow (b, ZJTX_NOTICE_PART_BODY, layout, BLOCK_LEFT, BODY_SIZE);
      g_free (paragraphs[i]);
    }
  body_end = b->y;

  /* The signature: the date 4 characters in from the right, the office
   * centred over it, on the 3rd and 4th lines below the body. The seal
   * presses on both, its centre a quarter line above theirs (GB/T 9704:
   * they sit a little below its centre), its top then within a line of
   * the body. */
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, data->issuing_office);
  office_line = pango_layout_get_line_readonly (layout, 0);
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, date);
  date_line = pango_layout_get_line_readonly (layout, 0);
  office_w = MIN (zjtx_render_text_line_width (office_line), BLOCK_WIDTH);
  date_w = zjtx_render_text_line_width (date_line);
  date_x = BLOCK_RIGHT - 4 * BODY_CHAR - date_w;
  office_x = CLAMP (date_x + (date_w - office_w) / 2, BLOCK_LEFT, BLOCK_RIGHT - office_w);
  add_line (b, ZJTX_NOTICE_PART_SIGNATURE, office_line, office_x, body_end + 2 * PITCH, PITCH,
            BODY_SIZE, office_w / zjtx_render_text_line_width (office_line), FALSE);
  add_line (b, ZJTX_NOTICE_PART_SIGNATURE, date_line, date_x, body_end + 3 * PITCH, PITCH,
            BODY_SIZE, 1.0, FALSE);
  seal_cx = (MIN (office_x, date_x) + MAX (office_x + office_w, date_x + date_w)) / 2;
  seal_cy = body_end + SEAL_CENTRE;
  add_rect (b, ZJTX_NOTICE_PART_SEAL, seal_cx - SEAL_SIZE / 2, seal_cy - SEAL_SIZE / 2, SEAL_SIZE, SEAL_SIZE);
  sig_bottom = MAX (body_end + 4 * PITCH, seal_cy + SEAL_SIZE / 2);

  /* 版记 at the foot of the last page, its last rule on the block's lower
   * edge: 抄送 (if any) and 印发, 4号 仿宋, each a line of the grid, one
   * character in from either side; thick rules outside, thin between. */
  layout = NULL;
  n_rows = 1;
  if (data->cc != NULL && data->cc[0] != '\0')
    {
      g_autofree char *cc = zjtx_render_text_without_full_stop (data->cc);
      g_autofree char *text = g_strconcat ("抄送：", cc, "。", NULL);
      g_autoptr(PangoLayout) label = zjtx_render_text_layout_new (b->context, ZJTX_FONT_FANGSONG, SMALL_SIZE, 0, "抄送：");
      PangoRectangle logical;

      layout = builder_layout (b, ZJTX_FONT_FANGSONG, SMALL_SIZE, 0, text);
      pango_layout_get_extents (label, NULL, &logical);
      /* Turned lines start under the first name, after the colon. */
      pango_layout_set_width (layout, (int) floor ((BLOCK_WIDTH - 2 * SMALL_SIZE) * PANGO_SCALE));
      pango_layout_set_indent (layout, -logical.width);
      n_rows += pango_layout_get_line_count (layout);
    }
  colophon_top = BLOCK_BOTTOM - n_rows * PITCH;
  if (sig_bottom > colophon_top + 1e-6)
    new_page (b);
  add_rect (b, ZJTX_NOTICE_PART_COLOPHON_RULE, BLOCK_LEFT, colophon_top, BLOCK_WIDTH, THICK_RULE);
  b->y = colophon_top;
  if (layout != NULL)
    {
      flow (b, ZJTX_NOTICE_PART_COLOPHON, layout, BLOCK_LEFT + SMALL_SIZE, SMALL_SIZE);
      add_rect (b, ZJTX_NOTICE_PART_COLOPHON_RULE, BLOCK_LEFT, b->y - THIN_RULE / 2, BLOCK_WIDTH, THIN_RULE);
    }
  {
    g_autofree char *printer = g_strconcat (data->issuing_office, "办公室", NULL);
    g_autofree char *printed = g_strconcat (date, "印发", NULL);
    PangoLayoutLine *printer_line, *printed_line;
    double room;

    layout = builder_layout (b, ZJTX_FONT_FANGSONG, SMALL_SIZE, 0, printer);
    printer_line = pango_layout_get_line_readonly (layout, 0);
    layout = builder_layout (b, ZJTX_FONT_FANGSONG, SMALL_SIZE, 0, printed);
    printed_line = pango_layout_get_line_readonly (layout, 0);
    /* A long office's name is condensed, a character clear of the date. */
    room = BLOCK_WIDTH - 3 * SMALL_SIZE - zjtx_render_text_line_width (printed_line);
    add_line (b, ZJTX_NOTICE_PART_COLOPHON, printer_line, BLOCK_LEFT + SMALL_SIZE, b->y, PITCH,
              SMALL_SIZE, MIN (1.0, room / zjtx_render_text_line_width (printer_line)), FALSE);
    add_line (b, ZJTX_NOTICE_PART_COLOPHON, printed_line,
              BLOCK_RIGHT - SMALL_SIZE - zjtx_render_text_line_width (printed_line), b->y, PITCH, SMALL_SIZE, 1.0, FALSE);
  }
  add_rect (b, ZJTX_NOTICE_PART_COLOPHON_RULE, BLOCK_LEFT, BLOCK_BOTTOM - THICK_RULE, BLOCK_WIDTH, THICK_RULE);

  /* Page numbers, 4号 宋体 between dashes, 7 mm below the block: odd
   * pages on the right, even on the left, one character in. */
  b->notice->n_pages = b->page + 1;
  for (guint page = 0; page < b->notice->n_pages; page++)
    {
      /* Half-em spaces (U+2002), as wide as a 宋体 space: Noto's own is a
       * quarter em, too thin for the dashes to read as apart. */
      g_autofree char *text = g_strdup_printf ("—\u2002%u\u2002—", page + 1);
      PangoLayoutLine *line;
      double x;

      layout = builder_layout (b, ZJTX_FONT_SONG, SMALL_SIZE, 0, text);
      line = pango_layout_get_line_readonly (layout, 0);
      x = page % 2 == 0 ? BLOCK_RIGHT - SMALL_SIZE - zjtx_render_text_line_width (line) : BLOCK_LEFT + SMALL_SIZE;
      b->page = page;
      add_line (b, ZJTX_NOTICE_PART_PAGE_NUMBER, line, x, BLOCK_BOTTOM + PAGE_NUMBER_GAP,
                SMALL_SIZE, SMALL_SIZE, 1.0, FALSE);
    }
}

ZjtxNotice *
zjtx_notice_new (const ZjtxNoticeData  *data,
                 GError               **error)
{
  g_autoptr(ZjtxNotice) self = NULL;
  g_autoptr(GObject) context = NULL;   /* a PangoContext: no autoptr of its own */
  Builder b = { 0 };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->issuing_office != NULL, NULL);
  g_return_val_if_fail (data->doc_number != NULL, NULL);
  g_return_val_if_fail (data->recipient != NULL, NULL);
  g_return_val_if_fail (data->kind_label != NULL, NULL);
  g_return_val_if_fail (data->policy_doc_number != NULL, NULL);
  g_return_val_if_fail (data->policy_title != NULL, NULL);
  g_return_val_if_fail (data->clause != NULL, NULL);
  g_return_val_if_fail (data->basis != NULL, NULL);
  g_return_val_if_fail (data->amount >= 0, NULL);
  g_return_val_if_fail (data->date != ZJTX_DATE_NONE, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_new0 (ZjtxNotice, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);
  self->outline = g_strdup_printf ("%s（%s）", data->recipient, data->doc_number);

  if (data->seal_png != NULL)
    {
      self->seal = load_seal (data->seal_png, error);
      if (self->seal == NULL)
        return NULL;
    }

  context = G_OBJECT (zjtx_render_text_context_new ());
  b.notice = self;
  b.context = PANGO_CONTEXT (context);
  b.page = 0;
  b.y = BLOCK_TOP;
  lay_out (&b, data);

  self->boxes = g_new (ZjtxNoticeBox, self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    self->boxes[i] = g_array_index (self->items, Item, i).box;

  return g_steal_pointer (&self);
}

guint
zjtx_notice_get_n_pages (ZjtxNotice *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

const char *
zjtx_notice_get_title (ZjtxNotice *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

const ZjtxNoticeBox *
zjtx_notice_get_boxes (ZjtxNotice *self,
                       guint      *n_boxes)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_boxes != NULL, NULL);

  *n_boxes = self->items->len;
  return self->boxes;
}

static void
draw_seal (ZjtxNotice          *self,
           cairo_t             *cr,
           const ZjtxNoticeBox *box)
{
  int width = cairo_image_surface_get_width (self->seal);
  int height = cairo_image_surface_get_height (self->seal);
  double scale;

  if (width <= 0 || height <= 0)
    return;
  /* Its longer side across the seal's square, centred. */
  scale = box->width / MAX (width, height);
  cairo_save (cr);
  cairo_translate (cr, box->x + (box->width - width * scale) / 2, box->y + (box->height - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, self->seal, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

void
zjtx_notice_draw_page (ZjtxNotice *self,
                       cairo_t    *cr,
                       guint       page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_new_path (cr);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->box.page != page)
        continue;

      if (item->red)
        cairo_set_source_rgb (cr, 1.0, 0.0, 0.0);
      else
        cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);

      if (item->line != NULL)
        {
          cairo_save (cr);
          cairo_translate (cr, item->box.x, item->baseline);
          cairo_scale (cr, item->x_scale, 1.0);
          cairo_move_to (cr, item->origin_dx, 0);
          pango_cairo_show_layout_line (cr, item->line);
          cairo_restore (cr);
        }
      else if (item->box.part == ZJTX_NOTICE_PART_SEAL)
        {
          if (self->seal != NULL)
            draw_seal (self, cr, &item->box);
        }
      else
        {
          cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
          cairo_fill (cr);
        }
    }

  cairo_restore (cr);
}

gboolean
zjtx_notice_write_pdf (ZjtxNotice * const  *notices,
                       guint                n,
                       const char          *path,
                       GError             **error)
{
  g_autoptr(GByteArray) pdf = NULL;
  cairo_t *cr;
  guint first_page = 1;

  g_return_val_if_fail (notices != NULL, FALSE);
  g_return_val_if_fail (n > 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = g_byte_array_new ();
  cr = zjtx_render_text_pdf_begin (pdf, ZJTX_NOTICE_PAGE_WIDTH, ZJTX_NOTICE_PAGE_HEIGHT,
                                   n == 1 ? notices[0]->title : "奖励通知书");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *link = g_strdup_printf ("page=%u", first_page);

      cairo_pdf_surface_add_outline (cairo_get_target (cr), CAIRO_PDF_OUTLINE_ROOT, notices[i]->outline, link, 0);
      for (guint page = 0; page < notices[i]->n_pages; page++)
        {
          zjtx_notice_draw_page (notices[i], cr, page);
          cairo_show_page (cr);
        }
      first_page += notices[i]->n_pages;
    }

  return zjtx_render_text_pdf_end (cr, pdf, path, ZJTX_NOTICE_ERROR, ZJTX_NOTICE_ERROR_WRITE, error);
}
