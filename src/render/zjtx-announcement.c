/* zjtx-announcement.c: the public list of approved awards, laid out once
 *
 * As zjtx-notice.c does: everything is placed in points on the A4 sheet
 * while the list is built, measured with a Pango context of its own
 * (zjtx-render-text.h), and kept as items: a line of a PangoLayout at a
 * baseline, or a rule; cells are items that draw nothing, kept as boxes
 * for inspection.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "model/zjtx-table-writer.h"
#include "zjtx-announcement.h"
#include "zjtx-render-text.h"

/* The text block (版心) of GB/T 9704, as the notice's (docs: official-notice.md). */
#define MM              (72.0 / 25.4)
#define BLOCK_LEFT      (28.0 * MM)
#define BLOCK_TOP       (37.0 * MM)
#define BLOCK_WIDTH     (156.0 * MM)
#define BLOCK_HEIGHT    (225.0 * MM)
#define BLOCK_RIGHT     (BLOCK_LEFT + BLOCK_WIDTH)
#define BLOCK_BOTTOM    (BLOCK_TOP + BLOCK_HEIGHT)

/* The text outside the table on the notice's grid: 22 lines of 28
 * characters of 3号, drawn closer to fill the block's width. */
#define PITCH           (BLOCK_HEIGHT / 22)
#define BODY_SIZE       16.0                 /* 3号 */
#define BODY_SPACING    ((BLOCK_WIDTH - 28 * BODY_SIZE) / 27)
#define BODY_CHAR       (BODY_SIZE + BODY_SPACING)
#define TITLE_SIZE      22.0                 /* 2号 */
#define SMALL_SIZE      14.0                 /* 4号: page numbers */
#define PAGE_NUMBER_GAP (7.0 * MM)

/* The table: 五号, lines 1.4 apart, a thin grid; text kept clear of the
 * rules by the padding. */
#define CELL_SIZE       10.5
#define CELL_PITCH      (1.4 * CELL_SIZE)
#define CELL_PAD_X      4.0
#define CELL_PAD_Y      3.0
#define RULE            0.5
/* The kind of award wraps past 7 characters; a name gets at least 6; a
 * squeezed code, kind or clause keeps 2. */
#define KIND_MAX        (7 * CELL_SIZE + 2 * CELL_PAD_X)
#define NAME_MIN        (6 * CELL_SIZE + 2 * CELL_PAD_X)
#define SQUEEZED_MIN    (2 * CELL_SIZE + 2 * CELL_PAD_X)
/* The merged cell 合计 spans 序号 to 奖励类别. */
#define TOTAL_SPAN      4

enum {
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_USCC,
  COLUMN_KIND,
  COLUMN_AMOUNT,
  COLUMN_CLAUSE,
};

G_DEFINE_QUARK (zjtx-announcement-error-quark, zjtx_announcement_error)

typedef struct {
  ZjtxAnnouncementBox  box;
  PangoLayoutLine     *line;       /* a line of text, else NULL */
  double               origin_dx;  /* from the box's left edge to the line's origin, unscaled */
  double               baseline;
  double               x_scale;    /* below 1 when a line is narrowed to fit */
} Item;

struct _ZjtxAnnouncement
{
  gatomicrefcount      ref_count;
  guint                n_pages;
  ZjtxFen              total;
  char                *title;
  GPtrArray           *layouts;    /* the PangoLayouts the items' lines belong to */
  GArray              *items;      /* Item */
  ZjtxAnnouncementBox *boxes;
};

G_DEFINE_BOXED_TYPE (ZjtxAnnouncement, zjtx_announcement, zjtx_announcement_ref, zjtx_announcement_unref)

typedef enum {
  ALIGN_LEFT,
  ALIGN_CENTRE,
  ALIGN_RIGHT,
} Align;

/* While laying out. */
typedef struct {
  ZjtxAnnouncement *self;
  PangoContext     *context;
  GHashTable       *cell_layouts;  /* "column\037text" → a layout in self->layouts */
  guint             page;
  double            y;             /* where the next thing goes */
  double            edges[ZJTX_ANNOUNCEMENT_N_COLUMNS + 1];
} Builder;

/* A row of the table being placed: what each cell holds, laid out. */
typedef struct {
  ZjtxAnnouncementPart part;
  int                  row;
  guint                n_cells;
  int                  first_column[ZJTX_ANNOUNCEMENT_N_COLUMNS];
  int                  last_column[ZJTX_ANNOUNCEMENT_N_COLUMNS];
  PangoLayout         *layouts[ZJTX_ANNOUNCEMENT_N_COLUMNS];   /* NULL: empty */
  Align                align[ZJTX_ANNOUNCEMENT_N_COLUMNS];
  double               height;
} Row;

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free ((char *) item->box.text);
}

ZjtxAnnouncement *
zjtx_announcement_ref (ZjtxAnnouncement *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_announcement_unref (ZjtxAnnouncement *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->items);
  g_ptr_array_unref (self->layouts);
  g_free (self->boxes);
  g_free (self->title);
  g_free (self);
}

static PangoLayout *
builder_layout (Builder    *b,
                const char *families,
                double      size,
                double      letter_spacing,
                const char *text)
{
  PangoLayout *layout = zjtx_render_text_layout_new (b->context, families, size, letter_spacing, text);

  g_ptr_array_add (b->self->layouts, layout);
  return layout;
}

static Item *
append (Builder             *b,
        ZjtxAnnouncementPart part,
        double               x,
        double               y,
        double               width,
        double               height)
{
  Item item = { 0 };

  item.box.part = part;
  item.box.page = b->page;
  item.box.x = x;
  item.box.y = y;
  item.box.width = width;
  item.box.height = height;
  item.box.row = -1;
  item.box.column = -1;
  item.box.cell = -1;
  item.x_scale = 1.0;
  g_array_append_val (b->self->items, item);

  return &g_array_index (b->self->items, Item, b->self->items->len - 1);
}

/* Adds @line with the left edge of its em box at @x and its top at @top. */
static Item *
add_line (Builder             *b,
          ZjtxAnnouncementPart part,
          PangoLayoutLine     *line,
          double               x,
          double               top,
          double               size,
          double               x_scale)
{
  PangoRectangle logical;
  Item *item;

  pango_layout_line_get_extents (line, NULL, &logical);
  item = append (b, part, x, top, (double) logical.width / PANGO_SCALE * x_scale, size);
  item->box.text = g_strndup (pango_layout_get_text (line->layout) + line->start_index, line->length);
  item->line = line;
  item->origin_dx = -(double) logical.x / PANGO_SCALE;
  item->baseline = top + ZJTX_EM_ASCENT * size;
  item->x_scale = x_scale;
  return item;
}

static void
add_rule (Builder *b,
          double   x,
          double   y,
          double   width,
          double   height)
{
  append (b, ZJTX_ANNOUNCEMENT_PART_RULE, x, y, width, height);
}

/* One line centred on the block in a cell of the grid from @top, narrowed
 * if wider than the block. */
static void
add_centred (Builder             *b,
             ZjtxAnnouncementPart part,
             PangoLayoutLine     *line,
             double               top,
             double               cell_height,
             double               size)
{
  double width = zjtx_render_text_line_width (line);
  double scale = width > BLOCK_WIDTH ? BLOCK_WIDTH / width : 1.0;

  add_line (b, part, line, BLOCK_LEFT + (BLOCK_WIDTH - width * scale) / 2,
            top + (cell_height - size) / 2, size, scale);
}

static void
new_page (Builder *b)
{
  b->page++;
  b->y = BLOCK_TOP;
}

/* ------------------------------------------------------------------ */
/* the table                                                           */

static double
natural_width (Builder    *b,
               const char *families,
               const char *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  if (text == NULL || text[0] == '\0')
    return 0;
  layout = zjtx_render_text_layout_new (b->context, families, CELL_SIZE, 0, text);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static const char * const headers[ZJTX_ANNOUNCEMENT_N_COLUMNS] = {
  "序号", "单位名称", "统一社会信用代码", "奖励类别", "金额（元）", "依据条款",
};

/* The columns' edges: the number, USCC, amount and clause as wide as their
 * widest text, the kind up to KIND_MAX, the name the rest. Should that
 * leave the name less than NAME_MIN (codes or clauses far longer than
 * real ones), the code, kind and clause give way and wrap; numbers and
 * amounts never wrap: past that, the amounts' column gives way too and
 * they are condensed. */
static void
measure_columns (Builder                    *b,
                 const ZjtxAnnouncementData *data,
                 const char                 *total)
{
  static const guint squeezable[] = { COLUMN_USCC, COLUMN_KIND, COLUMN_CLAUSE };
  double widths[ZJTX_ANNOUNCEMENT_N_COLUMNS] = { 0 };
  double room, wanted = 0, excess = 0;
  g_autofree char *last_number = g_strdup_printf ("%u", MAX (data->n_rows, 1));
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint c = 0; c < ZJTX_ANNOUNCEMENT_N_COLUMNS; c++)
    if (c != COLUMN_NAME)
      widths[c] = natural_width (b, ZJTX_FONT_HEITI, headers[c]);
  widths[COLUMN_NUMBER] = MAX (widths[COLUMN_NUMBER], natural_width (b, ZJTX_FONT_FANGSONG, last_number));
  widths[COLUMN_AMOUNT] = MAX (widths[COLUMN_AMOUNT], natural_width (b, ZJTX_FONT_FANGSONG, total));
  for (guint i = 0; i < data->n_rows; i++)
    {
      const ZjtxAnnouncementRow *row = &data->rows[i];
      const char *texts[] = { row->uscc, row->kind_label, row->clause };

      /* Amounts are at most as wide as their total; kinds and clauses
       * repeat, measure each once. */
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          char *key;

          if (texts[t] == NULL)
            continue;
          key = g_strdup_printf ("%u\037%s", squeezable[t], texts[t]);
          if (!g_hash_table_add (seen, key))
            continue;
          widths[squeezable[t]] = MAX (widths[squeezable[t]], natural_width (b, ZJTX_FONT_FANGSONG, texts[t]));
        }
    }
  for (guint c = 0; c < ZJTX_ANNOUNCEMENT_N_COLUMNS; c++)
    widths[c] = ceil (widths[c]) + 2 * CELL_PAD_X;
  widths[COLUMN_KIND] = MIN (widths[COLUMN_KIND], KIND_MAX);

  /* What the code, kind and clause may have; beyond SQUEEZED_MIN each gives
   * way in proportion to what it has beyond it. */
  room = BLOCK_WIDTH - NAME_MIN - widths[COLUMN_NUMBER] - widths[COLUMN_AMOUNT];
  for (guint i = 0; i < G_N_ELEMENTS (squeezable); i++)
    {
      widths[squeezable[i]] = MAX (widths[squeezable[i]], SQUEEZED_MIN);
      wanted += widths[squeezable[i]];
      excess += widths[squeezable[i]] - SQUEEZED_MIN;
    }
  if (wanted > room)
    {
      double left = MAX (room - G_N_ELEMENTS (squeezable) * SQUEEZED_MIN, 0);

      for (guint i = 0; i < G_N_ELEMENTS (squeezable); i++)
        widths[squeezable[i]] = SQUEEZED_MIN + (widths[squeezable[i]] - SQUEEZED_MIN) * left / excess;
      if (room < G_N_ELEMENTS (squeezable) * SQUEEZED_MIN)
        widths[COLUMN_AMOUNT] = MAX (widths[COLUMN_AMOUNT] - (G_N_ELEMENTS (squeezable) * SQUEEZED_MIN - room),
                                     SQUEEZED_MIN);
    }

  widths[COLUMN_NAME] = BLOCK_WIDTH;
  for (guint c = 0; c < ZJTX_ANNOUNCEMENT_N_COLUMNS; c++)
    if (c != COLUMN_NAME)
      widths[COLUMN_NAME] -= widths[c];

  b->edges[0] = BLOCK_LEFT;
  for (guint c = 0; c < ZJTX_ANNOUNCEMENT_N_COLUMNS; c++)
    b->edges[c + 1] = b->edges[c] + widths[c];
  b->edges[ZJTX_ANNOUNCEMENT_N_COLUMNS] = BLOCK_RIGHT;
}

/* The layout of @text in a cell from column @first to @last, wrapped to
 * it unless it is a number or an amount (those are condensed, if need
 * be, when placed); the same text in the same cell shares one (kinds,
 * clauses). */
static PangoLayout *
cell_layout (Builder    *b,
             int         first,
             int         last,
             gboolean    header,
             const char *text)
{
  gboolean wrap = header || first != last || (first != COLUMN_NUMBER && first != COLUMN_AMOUNT);
  g_autofree char *key = NULL;
  PangoLayout *layout;
  double width = b->edges[last + 1] - b->edges[first] - 2 * CELL_PAD_X;

  if (text == NULL || text[0] == '\0')
    return NULL;
  key = g_strdup_printf ("%d\037%d\037%d\037%s", first, last, header, text);
  layout = g_hash_table_lookup (b->cell_layouts, key);
  if (layout != NULL)
    return layout;

  layout = builder_layout (b, header ? ZJTX_FONT_HEITI : ZJTX_FONT_FANGSONG, CELL_SIZE, 0, text);
  if (wrap)
    pango_layout_set_width (layout, (int) floor (MAX (width, CELL_SIZE) * PANGO_SCALE));
  g_hash_table_insert (b->cell_layouts, g_steal_pointer (&key), layout);
  return layout;
}

static void
row_add (Builder    *b,
         Row        *row,
         int         first,
         int         last,
         Align       align,
         const char *text)
{
  guint i = row->n_cells++;
  PangoLayout *layout = cell_layout (b, first, last, row->part == ZJTX_ANNOUNCEMENT_PART_HEADER_CELL, text);
  int n_lines = layout != NULL ? pango_layout_get_line_count (layout) : 1;

  row->first_column[i] = first;
  row->last_column[i] = last;
  row->layouts[i] = layout;
  row->align[i] = align;
  row->height = MAX (row->height, n_lines * CELL_PITCH + 2 * CELL_PAD_Y);
}

static void
header_row (Builder *b,
            Row     *row)
{
  memset (row, 0, sizeof *row);
  row->part = ZJTX_ANNOUNCEMENT_PART_HEADER_CELL;
  row->row = -1;
  for (int c = 0; c < ZJTX_ANNOUNCEMENT_N_COLUMNS; c++)
    row_add (b, row, c, c, ALIGN_CENTRE, headers[c]);
}

static void
award_row (Builder                   *b,
           Row                       *row,
           guint                      index,
           const ZjtxAnnouncementRow *data)
{
  g_autofree char *number = g_strdup_printf ("%u", index + 1);
  g_autofree char *amount = zjtx_money_format (data->amount);

  memset (row, 0, sizeof *row);
  row->part = ZJTX_ANNOUNCEMENT_PART_CELL;
  row->row = (int) index;
  row_add (b, row, COLUMN_NUMBER, COLUMN_NUMBER, ALIGN_CENTRE, number);
  row_add (b, row, COLUMN_NAME, COLUMN_NAME, ALIGN_LEFT, data->recipient);
  row_add (b, row, COLUMN_USCC, COLUMN_USCC, ALIGN_CENTRE, data->uscc);
  row_add (b, row, COLUMN_KIND, COLUMN_KIND, ALIGN_LEFT, data->kind_label);
  row_add (b, row, COLUMN_AMOUNT, COLUMN_AMOUNT, ALIGN_RIGHT, amount);
  row_add (b, row, COLUMN_CLAUSE, COLUMN_CLAUSE, ALIGN_CENTRE, data->clause);
}

static void
total_row (Builder    *b,
           Row        *row,
           const char *total)
{
  memset (row, 0, sizeof *row);
  row->part = ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL;
  row->row = -1;
  row_add (b, row, COLUMN_NUMBER, TOTAL_SPAN - 1, ALIGN_CENTRE, "合计");
  row_add (b, row, COLUMN_AMOUNT, COLUMN_AMOUNT, ALIGN_RIGHT, total);
  row_add (b, row, COLUMN_CLAUSE, COLUMN_CLAUSE, ALIGN_CENTRE, NULL);
}

/* Places @row at the cursor: its cells, their lines centred in them as a
 * block, the rule under it and the rules between its cells. */
static void
place_row (Builder   *b,
           const Row *row)
{
  double top = b->y;

  for (guint i = 0; i < row->n_cells; i++)
    {
      double left = b->edges[row->first_column[i]];
      double right = b->edges[row->last_column[i] + 1];
      PangoLayout *layout = row->layouts[i];
      guint cell_index = b->self->items->len;
      Item *cell = append (b, row->part, left, top, right - left, row->height);
      PangoLayoutIter *iter;
      double line_top;

      cell->box.row = row->row;
      cell->box.column = row->first_column[i];
      if (layout == NULL)
        continue;

      line_top = top + (row->height - pango_layout_get_line_count (layout) * CELL_PITCH) / 2 +
                 (CELL_PITCH - CELL_SIZE) / 2;
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
          double width = zjtx_render_text_line_width (line);
          double room = right - left - 2 * CELL_PAD_X;
          /* An amount, or a single character, wider than a squeezed column
           * is narrowed: never cut, never over the rule. */
          double scale = width > room ? room / width : 1.0;
          double x;
          Item *text;

          switch (row->align[i])
            {
            case ALIGN_LEFT:
              x = left + CELL_PAD_X;
              break;
            case ALIGN_RIGHT:
              x = right - CELL_PAD_X - width * scale;
              break;
            case ALIGN_CENTRE:
            default:
              x = left + (right - left - width * scale) / 2;
              break;
            }
          text = add_line (b, ZJTX_ANNOUNCEMENT_PART_CELL_TEXT, line, x, line_top, CELL_SIZE, scale);
          text->box.row = row->row;
          text->box.column = row->first_column[i];
          text->box.cell = (int) cell_index;
          line_top += CELL_PITCH;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  for (guint i = 0; i < row->n_cells; i++)
    {
      double x = b->edges[row->first_column[i]];

      add_rule (b, x - RULE / 2, top, RULE, row->height);
    }
  add_rule (b, BLOCK_RIGHT - RULE / 2, top, RULE, row->height);
  add_rule (b, BLOCK_LEFT - RULE / 2, top + row->height - RULE / 2, BLOCK_WIDTH + RULE, RULE);
  b->y = top + row->height;
}

/* The header row at the cursor, under the table's top rule. */
static void
place_header (Builder   *b,
              const Row *header)
{
  add_rule (b, BLOCK_LEFT - RULE / 2, b->y - RULE / 2, BLOCK_WIDTH + RULE, RULE);
  place_row (b, header);
}

/* ------------------------------------------------------------------ */
/* the document                                                        */

static char *
compose_intro (const ZjtxAnnouncementData *data)
{
  g_autoptr(GString) text = g_string_new ("根据");

  /* The list is an official Chinese document whatever the interface's
   * language: its wording is written here in Chinese, not translated. */
  for (guint i = 0; i < data->n_policies; i++)
    {
      const ZjtxAnnouncementPolicy *policy = &data->policies[i];

      if (i > 0)
        g_string_append (text, "、");
      g_string_append_printf (text, "《%s》", policy->title);
      if (policy->doc_number != NULL && policy->doc_number[0] != '\0')
        g_string_append_printf (text, "（%s）", policy->doc_number);
    }
  g_string_append (text, "，经审核，拟对下列企业（机构）给予奖励，现予公示。");
  if (data->period != NULL && data->period[0] != '\0')
    {
      g_autofree char *period = zjtx_render_text_without_full_stop (data->period);

      if (period[0] != '\0')
        g_string_append_printf (text, "公示期为%s。", period);
    }
  g_string_append_printf (text, "公示期间如有异议，请向%s反映。", data->issuing_office);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
lay_out (Builder                    *b,
         const ZjtxAnnouncementData *data)
{
  ZjtxAnnouncement *self = b->self;
  g_autofree char *total = NULL;
  g_autofree char *title = NULL;
  g_autofree char *intro = NULL;
  g_autofree char *date = zjtx_date_format_cn (data->date);
  PangoLayout *layout;
  PangoLayoutIter *iter;
  PangoLayoutLine *office_line, *date_line;
  Row header, row, last;
  double signature_height = 3 * PITCH;
  double office_w, date_w, scale;
  gboolean fresh_page = FALSE;

  for (guint i = 0; i < data->n_rows; i++)
    self->total += data->rows[i].amount;
  total = zjtx_money_format (self->total);

  /* The title, centred, broken evenly if it takes more than a line; a
   * line under it. */
  self->title = g_strdup (data->title != NULL && data->title[0] != '\0'
                          ? data->title : ZJTX_ANNOUNCEMENT_DEFAULT_TITLE);
  title = zjtx_render_text_break_evenly (b->context, ZJTX_FONT_XIAOBIAOSONG, TITLE_SIZE, self->title, BLOCK_WIDTH);
  layout = builder_layout (b, ZJTX_FONT_XIAOBIAOSONG, TITLE_SIZE, 0, title);
  for (int i = 0; i < pango_layout_get_line_count (layout); i++)
    {
      add_centred (b, ZJTX_ANNOUNCEMENT_PART_TITLE, pango_layout_get_line_readonly (layout, i),
                   b->y, PITCH, TITLE_SIZE);
      b->y += PITCH;
    }
  b->y += PITCH;

  /* The opening paragraph, as a notice's body: on the grid, indented two
   * characters, justified. */
  intro = compose_intro (data);
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, intro);
  pango_layout_set_width (layout, (int) floor (BLOCK_WIDTH * PANGO_SCALE));
  pango_layout_set_indent (layout, (int) floor (2 * BODY_CHAR * PANGO_SCALE));
  pango_layout_set_justify (layout, TRUE);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;

      if (b->y + PITCH > BLOCK_BOTTOM + 1e-6)
        new_page (b);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      add_line (b, ZJTX_ANNOUNCEMENT_PART_INTRO, pango_layout_iter_get_line_readonly (iter),
                BLOCK_LEFT + (double) logical.x / PANGO_SCALE, b->y + (PITCH - BODY_SIZE) / 2, BODY_SIZE, 1.0);
      b->y += PITCH;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  b->y += PITCH / 2;

  /* The table: the header row on every page; a row is never split, and
   * the last award's row keeps the 合计 row and the signature with it. */
  measure_columns (b, data, total);
  header_row (b, &header);
  total_row (b, &last, total);
  for (guint i = 0; i <= data->n_rows; i++)
    {
      double needed;

      if (i < data->n_rows)
        award_row (b, &row, i, &data->rows[i]);
      else
        row = last;
      needed = row.height;
      if (i + 1 == data->n_rows)
        needed += last.height + signature_height;
      else if (i == data->n_rows && data->n_rows == 0)
        needed += signature_height;
      else if (i == data->n_rows)
        needed = 0;   /* kept with the last award's row */

      if (i == 0)
        {
          if (b->y + header.height + needed > BLOCK_BOTTOM + 1e-6)
            new_page (b);
          place_header (b, &header);
          fresh_page = TRUE;
        }
      else if (b->y + needed > BLOCK_BOTTOM + 1e-6 && !fresh_page)
        {
          new_page (b);
          place_header (b, &header);
          fresh_page = TRUE;
        }
      place_row (b, &row);
      fresh_page = FALSE;
    }

  /* The office, and the date under it, right-aligned two characters in
   * from the right (右空二字), a line below the table. */
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, data->issuing_office);
  office_line = pango_layout_get_line_readonly (layout, 0);
  layout = builder_layout (b, ZJTX_FONT_FANGSONG, BODY_SIZE, BODY_SPACING, date);
  date_line = pango_layout_get_line_readonly (layout, 0);
  office_w = zjtx_render_text_line_width (office_line);
  date_w = zjtx_render_text_line_width (date_line);
  /* A long office's name is condensed to the block. */
  scale = office_w > BLOCK_WIDTH - 2 * BODY_CHAR ? (BLOCK_WIDTH - 2 * BODY_CHAR) / office_w : 1.0;
  if (b->y + signature_height > BLOCK_BOTTOM + 1e-6)
    new_page (b);
  b->y += PITCH;
  add_line (b, ZJTX_ANNOUNCEMENT_PART_SIGNATURE, office_line, BLOCK_RIGHT - 2 * BODY_CHAR - office_w * scale,
            b->y + (PITCH - BODY_SIZE) / 2, BODY_SIZE, scale);
  b->y += PITCH;
  add_line (b, ZJTX_ANNOUNCEMENT_PART_SIGNATURE, date_line, BLOCK_RIGHT - 2 * BODY_CHAR - date_w,
            b->y + (PITCH - BODY_SIZE) / 2, BODY_SIZE, 1.0);
  b->y += PITCH;

  /* Page numbers, 4号 宋体 between dashes, centred 7 mm below the block. */
  self->n_pages = b->page + 1;
  for (guint page = 0; page < self->n_pages; page++)
    {
      /* Half-em spaces (U+2002), as the notice's. */
      g_autofree char *text = g_strdup_printf ("—\u2002%u\u2002—", page + 1);

      layout = builder_layout (b, ZJTX_FONT_SONG, SMALL_SIZE, 0, text);
      b->page = page;
      add_centred (b, ZJTX_ANNOUNCEMENT_PART_PAGE_NUMBER, pango_layout_get_line_readonly (layout, 0),
                   BLOCK_BOTTOM + PAGE_NUMBER_GAP, SMALL_SIZE, SMALL_SIZE);
    }
}

ZjtxAnnouncement *
zjtx_announcement_new (const ZjtxAnnouncementData *data)
{
  ZjtxAnnouncement *self;
  g_autoptr(GObject) context = NULL;   /* a PangoContext: no autoptr of its own */
  g_autoptr(GHashTable) cell_layouts = NULL;
  Builder b = { 0 };

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->issuing_office != NULL, NULL);
  g_return_val_if_fail (data->date != ZJTX_DATE_NONE, NULL);
  g_return_val_if_fail (data->policies != NULL && data->n_policies > 0, NULL);
  g_return_val_if_fail (data->rows != NULL || data->n_rows == 0, NULL);
  for (guint i = 0; i < data->n_policies; i++)
    g_return_val_if_fail (data->policies[i].title != NULL, NULL);
  for (guint i = 0; i < data->n_rows; i++)
    {
      g_return_val_if_fail (data->rows[i].recipient != NULL, NULL);
      g_return_val_if_fail (data->rows[i].kind_label != NULL, NULL);
      g_return_val_if_fail (data->rows[i].clause != NULL, NULL);
      g_return_val_if_fail (data->rows[i].amount >= 0, NULL);
    }

  self = g_new0 (ZjtxAnnouncement, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, item_clear);

  context = G_OBJECT (zjtx_render_text_context_new ());
  cell_layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b.self = self;
  b.context = PANGO_CONTEXT (context);
  b.cell_layouts = cell_layouts;
  b.page = 0;
  b.y = BLOCK_TOP;
  lay_out (&b, data);

  self->boxes = g_new (ZjtxAnnouncementBox, self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    self->boxes[i] = g_array_index (self->items, Item, i).box;

  return self;
}

guint
zjtx_announcement_get_n_pages (ZjtxAnnouncement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

ZjtxFen
zjtx_announcement_get_total (ZjtxAnnouncement *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->total;
}

const ZjtxAnnouncementBox *
zjtx_announcement_get_boxes (ZjtxAnnouncement *self,
                             guint            *n_boxes)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_boxes != NULL, NULL);

  *n_boxes = self->items->len;
  return self->boxes;
}

void
zjtx_announcement_draw_page (ZjtxAnnouncement *self,
                             cairo_t          *cr,
                             guint             page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.0, 0.0, 0.0);

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->box.page != page || item->line == NULL)
        continue;
      cairo_save (cr);
      cairo_new_path (cr);
      cairo_translate (cr, item->box.x, item->baseline);
      cairo_scale (cr, item->x_scale, 1.0);
      cairo_move_to (cr, item->origin_dx, 0);
      pango_cairo_show_layout_line (cr, item->line);
      cairo_restore (cr);
    }

  /* The rules in one fill: where they meet, nothing is painted twice. */
  cairo_new_path (cr);
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->box.page == page && item->box.part == ZJTX_ANNOUNCEMENT_PART_RULE)
        cairo_rectangle (cr, item->box.x, item->box.y, item->box.width, item->box.height);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (cr);

  cairo_restore (cr);
}

gboolean
zjtx_announcement_write_pdf (ZjtxAnnouncement  *self,
                             const char        *path,
                             GError           **error)
{
  g_autoptr(GByteArray) pdf = NULL;
  cairo_t *cr;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  pdf = g_byte_array_new ();
  cr = zjtx_render_text_pdf_begin (pdf, ZJTX_ANNOUNCEMENT_PAGE_WIDTH, ZJTX_ANNOUNCEMENT_PAGE_HEIGHT, self->title);
  for (guint page = 0; page < self->n_pages; page++)
    {
      zjtx_announcement_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  return zjtx_render_text_pdf_end (cr, pdf, path, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_WRITE, error);
}

gboolean
zjtx_announcement_write_table (const ZjtxAnnouncementRow  *rows,
                               guint                       n_rows,
                               const char                 *path,
                               GError                    **error)
{
  g_autoptr(ZjtxTableWriter) writer = NULL;
  g_autofree char *lower = NULL;
  ZjtxTableFormat format;
  ZjtxFen total = 0;

  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* By the file's name only: zjtx_table_format_from_name would also take
   * a bare "csv" for the format. */
  lower = g_utf8_strdown (path, -1);
  if (g_str_has_suffix (lower, ".xlsx"))
    format = ZJTX_TABLE_FORMAT_XLSX;
  else if (g_str_has_suffix (lower, ".csv"))
    format = ZJTX_TABLE_FORMAT_CSV;
  else
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, ZJTX_ANNOUNCEMENT_ERROR, ZJTX_ANNOUNCEMENT_ERROR_FORMAT,
                   _("Cannot tell the format of “%s”: the name must end in .xlsx or .csv"), display);
      return FALSE;
    }

  /* The headers are the document's, Chinese whatever the interface's language. */
  writer = zjtx_table_writer_new (format, "公示名单");
  zjtx_table_writer_add_column (writer, "序号", ZJTX_COLUMN_INTEGER, 6);
  zjtx_table_writer_add_column (writer, "单位名称", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "统一社会信用代码", ZJTX_COLUMN_TEXT, 22);
  zjtx_table_writer_add_column (writer, "奖励类别", ZJTX_COLUMN_TEXT, 0);
  zjtx_table_writer_add_column (writer, "金额（元）", ZJTX_COLUMN_MONEY, 16);
  zjtx_table_writer_add_column (writer, "依据条款", ZJTX_COLUMN_TEXT, 10);
  for (guint i = 0; i < n_rows; i++)
    {
      zjtx_table_writer_begin_row (writer);
      zjtx_table_writer_add_integer (writer, i + 1);
      zjtx_table_writer_add_text (writer, rows[i].recipient);
      zjtx_table_writer_add_text (writer, rows[i].uscc);
      zjtx_table_writer_add_text (writer, rows[i].kind_label);
      zjtx_table_writer_add_money (writer, rows[i].amount);
      zjtx_table_writer_add_text (writer, rows[i].clause);
      total += rows[i].amount;
    }
  zjtx_table_writer_begin_row (writer);
  zjtx_table_writer_add_empty (writer);
  zjtx_table_writer_add_text (writer, "合计");
  zjtx_table_writer_add_empty (writer);
  zjtx_table_writer_add_empty (writer);
  zjtx_table_writer_add_money (writer, total);

  return zjtx_table_writer_save (writer, path, error);
}
