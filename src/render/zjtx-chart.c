/* zjtx-chart.c: the charts of the dashboards and the bulletin
 *
 * Every chart lays out in the same steps: pick a font size at which its
 * rows fit (shrinking to MIN_SCALE of the body size, no further), leave out
 * what still does not fit behind a "+N more" line, then draw. All text goes
 * through text_draw (), which refuses a label that would leave the box or
 * overlap one already drawn: the layout avoids both, the refusal makes it
 * certain whatever the data.
 *
 * Text is measured with zjtx_render_text_context_new () (72 dpi,
 * unhinted): a font size is a size in user units, and the layout is the
 * same on a widget, a PNG and a PDF.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "core/zjtx-money.h"
#include "zjtx-chart.h"
#include "zjtx-render-text.h"

#define DEFAULT_FAMILY "Noto Sans CJK SC, sans-serif"
#define DEFAULT_SIZE   14.0
/* Fonts shrink to fit rows down to this share of the body size: below it
 * a projected chart is no longer read from the back of the room. */
#define MIN_SCALE      0.6
/* A line of text: its em box and a quarter em either side. */
#define ROW_PITCH      1.5
#define EPSILON        1e-6

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Light: saturated colours that keep apart when a projector washes them
 * out. Dark: the same hues lightened for GTK's dark style. Print: hues for
 * a colour printer, lightness 16, 79, 47, 94, 33 and 60 (CIE L*) so that
 * neighbours in a stack are far apart in grey as well. */
static const ZjtxChartTheme themes[] = {
  [ZJTX_CHART_THEME_LIGHT] = {
    .kind = ZJTX_CHART_THEME_LIGHT,
    .background = RGB (0xffffff),
    .text = RGB (0x1a1a1a),
    .muted = RGB (0x5c5c5c),
    .grid = RGB (0xd9d9d9),
    .target = RGB (0x1a1a1a),
    .good = RGB (0x1e8e3e),
    .bad = RGB (0xd93025),
    .series = {
      RGB (0x1a56b8), RGB (0xe8710a), RGB (0x188038),
      RGB (0x8e24aa), RGB (0xc5221f), RGB (0x00838f),
    },
  },
  [ZJTX_CHART_THEME_DARK] = {
    .kind = ZJTX_CHART_THEME_DARK,
    .background = RGB (0x1e1e1e),
    .text = RGB (0xf2f2f2),
    .muted = RGB (0xa8a8a8),
    .grid = RGB (0x3d3d3d),
    .target = RGB (0xf2f2f2),
    .good = RGB (0x5bb974),
    .bad = RGB (0xf28b82),
    .series = {
      RGB (0x6ea8fe), RGB (0xffa04d), RGB (0x5cc46e),
      RGB (0xc992f9), RGB (0xff7a70), RGB (0x4dd0e1),
    },
  },
  [ZJTX_CHART_THEME_PRINT] = {
    .kind = ZJTX_CHART_THEME_PRINT,
    .background = RGB (0xffffff),
    .text = RGB (0x000000),
    .muted = RGB (0x404040),
    .grid = RGB (0xbfbfbf),
    .target = RGB (0x000000),
    .good = RGB (0x1b5e20),
    .bad = RGB (0xd9a3a0),
    .series = {
      RGB (0x15245c), RGB (0xefbb48), RGB (0x2f7d57),
      RGB (0xe6eef7), RGB (0x7b3b2a), RGB (0x5f95cc),
    },
  },
};

static const ZjtxChartColor ink = RGB (0x1a1a1a);
static const ZjtxChartColor paper = RGB (0xffffff);

const ZjtxChartTheme *
zjtx_chart_theme_get (ZjtxChartThemeKind kind)
{
  g_return_val_if_fail (kind <= ZJTX_CHART_THEME_PRINT, &themes[ZJTX_CHART_THEME_LIGHT]);

  return &themes[kind];
}

gboolean
zjtx_chart_box_overlaps (const ZjtxChartBox *a,
                         const ZjtxChartBox *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  /* Less than a millionth of a unit is rounding, not overlap. */
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
         a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

char *
zjtx_chart_format_percent (gint64 ppm)
{
  /* A tenth of a percent is 1000 ppm; the magnitude in unsigned, so that
   * G_MININT64 has one too. */
  guint64 magnitude = ppm < 0 ? (guint64) (-(ppm + 1)) + 1 : (guint64) ppm;
  guint64 tenths = magnitude / 1000 + (magnitude % 1000 >= 500 ? 1 : 0);

  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ".%u%%", ppm < 0 && tenths > 0 ? "-" : "",
                          tenths / 10, (guint) (tenths % 10));
}

/* Colours */

static void
set_color (cairo_t              *cr,
           const ZjtxChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static double
linear (double channel)
{
  return channel <= 0.04045 ? channel / 12.92 : pow ((channel + 0.055) / 1.055, 2.4);
}

/* Relative luminance (WCAG). */
static double
luminance (const ZjtxChartColor *color)
{
  return 0.2126 * linear (color->red) + 0.7152 * linear (color->green) + 0.0722 * linear (color->blue);
}

static double
contrast (const ZjtxChartColor *a,
          const ZjtxChartColor *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Text written on @fill: dark or white, whichever stands out more. */
static const ZjtxChartColor *
on_color (const ZjtxChartColor *fill)
{
  return contrast (fill, &ink) >= contrast (fill, &paper) ? &ink : &paper;
}

/* The chart being drawn */

typedef struct {
  cairo_t              *cr;
  double                width, height;
  const ZjtxChartTheme *theme;
  const char           *family;
  double                size;       /* body */
  PangoContext         *context;
  GArray               *areas;      /* the caller's, or NULL */
  GArray               *labels;     /* ZjtxChartBox: every label drawn */
} Chart;

static gboolean
chart_begin (Chart                *c,
             cairo_t              *cr,
             double                width,
             double                height,
             const ZjtxChartStyle *style,
             GArray               *areas)
{
  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (style != NULL, FALSE);
  g_return_val_if_fail (areas == NULL || g_array_get_element_size (areas) == sizeof (ZjtxChartArea), FALSE);

  if (!(width > 0 && height > 0))
    return FALSE;

  c->cr = cr;
  c->width = width;
  c->height = height;
  c->theme = style->theme != NULL ? style->theme : &themes[ZJTX_CHART_THEME_LIGHT];
  c->family = style->font_family != NULL ? style->font_family : DEFAULT_FAMILY;
  c->size = style->font_size > 0 ? style->font_size : DEFAULT_SIZE;
  c->context = zjtx_render_text_context_new ();
  c->areas = areas;
  c->labels = g_array_new (FALSE, FALSE, sizeof (ZjtxChartBox));

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_color (cr, &c->theme->background);
  cairo_paint (cr);
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  return TRUE;
}

static void
chart_end (Chart *c)
{
  cairo_restore (c->cr);
  g_clear_object (&c->context);
  g_clear_pointer (&c->labels, g_array_unref);
}

/* The room inside the chart's margin. */
static void
chart_inner (Chart  *c,
             double *x,
             double *y,
             double *w,
             double *h)
{
  double pad = MIN (0.4 * c->size, MIN (c->width, c->height) / 10);

  *x = pad;
  *y = pad;
  *w = c->width - 2 * pad;
  *h = c->height - 2 * pad;
}

static void
area_add (Chart             *c,
          ZjtxChartAreaKind  kind,
          double             x,
          double             y,
          double             width,
          double             height,
          int                item,
          int                series)
{
  ZjtxChartArea area = { .kind = kind, .item = item, .series = series };
  double x1 = MIN (x + width, c->width), y1 = MIN (y + height, c->height);

  if (c->areas == NULL)
    return;
  /* Clipped to the chart, as the drawing is. */
  x = MAX (x, 0);
  y = MAX (y, 0);
  if (x1 - x <= 0 || y1 - y <= 0)
    return;
  area.box = (ZjtxChartBox) { x, y, x1 - x, y1 - y };
  g_array_append_val (c->areas, area);
}

/* Fills the current path with @color; on paper, outlined too, so that the
 * lightest series still shows on white. */
static void
mark_fill (Chart                *c,
           const ZjtxChartColor *color)
{
  set_color (c->cr, color);
  if (c->theme->kind != ZJTX_CHART_THEME_PRINT)
    {
      cairo_fill (c->cr);
      return;
    }
  cairo_fill_preserve (c->cr);
  set_color (c->cr, &c->theme->text);
  cairo_set_line_width (c->cr, MAX (0.5, c->size / 24));
  cairo_stroke (c->cr);
}

/* What a stack's segment @s says: its own text, none, or its count. */
static char *
segment_text (const ZjtxChartStack *stack,
              guint                 s)
{
  if (stack->texts != NULL)
    return g_strdup (stack->texts[s]);
  return zjtx_count_format (stack->values[s]);
}

static const ZjtxChartColor *
series_color (Chart *c,
              guint  series)
{
  return &c->theme->series[series % ZJTX_CHART_N_SERIES];
}

/* On paper, lines are told apart by their dashes too. */
static void
series_dash (Chart  *c,
             guint   series,
             double  line_width)
{
  static const double patterns[ZJTX_CHART_N_SERIES][4] = {
    { 0 }, { 4, 2 }, { 1, 1.5 }, { 5, 1.5, 1, 1.5 }, { 8, 2.5 }, { 2, 2.5 },
  };
  static const int lengths[ZJTX_CHART_N_SERIES] = { 0, 2, 2, 4, 2, 2 };
  guint i = series % ZJTX_CHART_N_SERIES;
  double dashes[4];

  if (c->theme->kind != ZJTX_CHART_THEME_PRINT || lengths[i] == 0)
    {
      cairo_set_dash (c->cr, NULL, 0, 0);
      return;
    }
  for (int j = 0; j < lengths[i]; j++)
    dashes[j] = patterns[i][j] * line_width;
  cairo_set_dash (c->cr, dashes, lengths[i], 0);
}

/* Text */

static PangoLayout *
text_new (Chart      *c,
          const char *text,
          double      size,
          gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (c->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, c->family);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  /* One line whatever the text holds: a label is never two rows. */
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);

  return layout;
}

static double
text_size (PangoLayout *layout)
{
  return (double) pango_font_description_get_size (pango_layout_get_font_description (layout)) / PANGO_SCALE;
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, 0), NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static double
text_width_of (Chart      *c,
               const char *text,
               double      size,
               gboolean    bold)
{
  g_autoptr(PangoLayout) layout = text_new (c, text, size, bold);

  return text_width (layout);
}

/* Makes @layout at most @width wide: as it is or, if @shorten, ending in
 * "…" with at least a character before it. Numbers are never shortened
 * (a cut number reads as a smaller one): FALSE, and they are left out. */
static gboolean
text_fit (PangoLayout *layout,
          double       width,
          gboolean     shorten)
{
  if (text_width (layout) <= width + EPSILON)
    return TRUE;
  if (!shorten || width < 2 * text_size (layout))
    return FALSE;
  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  return text_width (layout) <= width + EPSILON;
}

/* Draws @layout's line with its left edge at @x and its baseline at
 * @baseline, and reports it. Its box is the em box of CJK text (0.88 em
 * above the baseline, 0.12 below) and whatever ink leaves it. A label
 * sticking out of the chart is moved in; one larger than the chart, or
 * overlapping a label already drawn, is not drawn: FALSE. */
static gboolean
text_draw (Chart                *c,
           PangoLayout          *layout,
           double                x,
           double                baseline,
           const ZjtxChartColor *color,
           int                   item,
           int                   series)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (layout, 0);
  PangoRectangle ink_rect, logical;
  double size = text_size (layout);
  double left, right, top, bottom, dx = 0, dy = 0;
  ZjtxChartBox box;

  pango_layout_line_get_extents (line, &ink_rect, &logical);
  left = (double) logical.x / PANGO_SCALE;
  right = (double) (logical.x + logical.width) / PANGO_SCALE;
  top = -ZJTX_EM_ASCENT * size;
  bottom = (1 - ZJTX_EM_ASCENT) * size;
  if (ink_rect.width > 0 && ink_rect.height > 0)
    {
      left = MIN (left, (double) ink_rect.x / PANGO_SCALE);
      right = MAX (right, (double) (ink_rect.x + ink_rect.width) / PANGO_SCALE);
      top = MIN (top, (double) ink_rect.y / PANGO_SCALE);
      bottom = MAX (bottom, (double) (ink_rect.y + ink_rect.height) / PANGO_SCALE);
    }
  if (right - left <= 0)
    return FALSE;

  box = (ZjtxChartBox) { x + left, baseline + top, right - left, bottom - top };
  if (box.width > c->width || box.height > c->height)
    return FALSE;
  if (box.x < 0)
    dx = -box.x;
  else if (box.x + box.width > c->width)
    dx = c->width - box.width - box.x;
  if (box.y < 0)
    dy = -box.y;
  else if (box.y + box.height > c->height)
    dy = c->height - box.height - box.y;
  box.x += dx;
  box.y += dy;

  for (guint i = 0; i < c->labels->len; i++)
    if (zjtx_chart_box_overlaps (&box, &g_array_index (c->labels, ZjtxChartBox, i)))
      return FALSE;

  set_color (c->cr, color);
  cairo_move_to (c->cr, x + dx, baseline + dy);
  pango_cairo_show_layout_line (c->cr, line);
  cairo_new_path (c->cr);

  g_array_append_val (c->labels, box);
  area_add (c, ZJTX_CHART_AREA_LABEL, box.x, box.y, box.width, box.height, item, series);
  return TRUE;
}

/* Draws @layout in the slot (@x, @y, @w, @h): fitted to @w (see
 * text_fit ()), placed by @align (0 left, 0.5 centre, 1 right), its em box
 * in the middle of @h. */
static gboolean
text_place (Chart                *c,
            PangoLayout          *layout,
            double                x,
            double                y,
            double                w,
            double                h,
            double                align,
            gboolean              shorten,
            const ZjtxChartColor *color,
            int                   item,
            int                   series)
{
  double size = text_size (layout);

  if (h + EPSILON < size || !text_fit (layout, w, shorten))
    return FALSE;
  return text_draw (c, layout, x + (w - text_width (layout)) * align,
                    y + (h - size) / 2 + ZJTX_EM_ASCENT * size, color, item, series);
}

static gboolean
label_place (Chart                *c,
             const char           *text,
             double                size,
             gboolean              bold,
             double                x,
             double                y,
             double                w,
             double                h,
             double                align,
             gboolean              shorten,
             const ZjtxChartColor *color,
             int                   item,
             int                   series)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL || text[0] == '\0')
    return FALSE;
  layout = text_new (c, text, size, bold);
  return text_place (c, layout, x, y, w, h, align, shorten, color, item, series);
}

static char *
more_text (guint n)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u more", "+%u more", n), n);
}

/* The "+N more" line in the slot, a mark and a label, the label shortened
 * if it must. */
static void
more_draw (Chart  *c,
           guint   first_left_out,
           guint   n_items,
           double  size,
           double  x,
           double  y,
           double  w,
           double  h,
           double  align)
{
  g_autofree char *text = more_text (n_items - first_left_out);

  label_place (c, text, size, FALSE, x, y, w, h, align, TRUE, &c->theme->muted,
               first_left_out, ZJTX_CHART_SERIES_MORE);
  area_add (c, ZJTX_CHART_AREA_MARK, x, y, w, h, first_left_out, ZJTX_CHART_SERIES_MORE);
}

/* How many of @n rows of @unit × size fit in @height, shrinking @size
 * from the body size down to MIN_SCALE of it first. When they do not all
 * fit, the last row that does is the "+N more" line: *@shown is then
 * less than @n. Returns the number of rows to lay out (0: nothing fits). */
static guint
rows_fit (Chart  *c,
          guint   n,
          double  height,
          double  unit,
          double *size,
          guint  *shown)
{
  guint slots;

  *size = c->size;
  *shown = 0;
  if (n == 0 || height <= 0)
    return 0;
  if (height / n < c->size * unit)
    *size = MAX (c->size * MIN_SCALE, height / n / unit);
  slots = (guint) MIN (floor (height / (*size * unit) + EPSILON), (double) G_MAXUINT);
  if (slots >= n)
    {
      *shown = n;
      return n;
    }
  *shown = slots > 0 ? slots - 1 : 0;
  return slots;
}

/* The legend of @n series along the top of (@x, @y, @w): a swatch (a
 * square, or a stroke of the line) and the name, on as many rows as it
 * takes. Returns its height; only that if @measure. */
static double
legend_layout (Chart              *c,
               double              x,
               double              y,
               double              w,
               double              size,
               const char * const *names,
               guint               n,
               gboolean            lines,
               gboolean            measure)
{
  double pitch = size * ROW_PITCH;
  double swatch = lines ? 1.6 * size : 0.8 * size;
  double gap = 0.35 * size, spacing = 1.0 * size;
  double cx = x, row_y = y;
  gboolean any = FALSE;

  if (names == NULL)
    return 0;
  for (guint s = 0; s < n; s++)
    any = any || (names[s] != NULL && names[s][0] != '\0');
  if (!any)
    return 0;

  for (guint s = 0; s < n; s++)
    {
      g_autoptr(PangoLayout) layout = text_new (c, names[s], size, FALSE);
      double entry = swatch + gap + text_width (layout);

      if (cx > x && cx + entry > x + w)
        {
          cx = x;
          row_y += pitch;
        }
      if (measure)
        {
          cx += entry + spacing;
          continue;
        }
      if (!text_place (c, layout, cx + swatch + gap, row_y, x + w - cx - swatch - gap, pitch, 0, TRUE,
                       &c->theme->text, -1, (int) s))
        continue;
      if (lines)
        {
          double lw = MAX (2.0, 0.16 * size);

          set_color (c->cr, series_color (c, s));
          cairo_set_line_width (c->cr, lw);
          series_dash (c, s, lw);
          cairo_move_to (c->cr, cx, row_y + pitch / 2);
          cairo_line_to (c->cr, cx + swatch, row_y + pitch / 2);
          cairo_stroke (c->cr);
          cairo_set_dash (c->cr, NULL, 0, 0);
        }
      else
        {
          cairo_rectangle (c->cr, cx, row_y + (pitch - swatch) / 2, swatch, swatch);
          mark_fill (c, series_color (c, s));
        }
      cx += swatch + gap + text_width (layout) + spacing;
    }

  return row_y + pitch - y + 0.2 * size;
}

/* The legend at the body size, or smaller when that would take more than
 * a third of @h. */
static double
legend_draw (Chart              *c,
             double              x,
             double              y,
             double              w,
             double              h,
             double              size,
             const char * const *names,
             guint               n,
             gboolean            lines)
{
  if (legend_layout (c, x, y, w, size, names, n, lines, TRUE) > h / 3)
    size = MAX (c->size * MIN_SCALE, MIN (size, size * h / 3 / legend_layout (c, x, y, w, size, names, n, lines, TRUE)));
  return legend_layout (c, x, y, w, size, names, n, lines, FALSE);
}

/* Progress */

void
zjtx_chart_progress_draw (cairo_t                 *cr,
                          double                   width,
                          double                   height,
                          const ZjtxChartStyle    *style,
                          const ZjtxChartProgress *items,
                          guint                    n_items,
                          GArray                  *areas)
{
  Chart c;
  double x0, y0, w, h, size, unit, pitch, top;
  gboolean has_note = FALSE;
  guint shown, rows;

  g_return_if_fail (items != NULL || n_items == 0);
  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);

  for (guint i = 0; i < n_items; i++)
    has_note = has_note || (items[i].note != NULL && items[i].note[0] != '\0');
  /* A label line, the bar, the note line (or a gap for the target's
   * marker), a gap: in ems. */
  unit = ROW_PITCH + 0.9 + (has_note ? 0.3 + 0.8 * ROW_PITCH : 0.3) + 0.5;
  rows = rows_fit (&c, n_items, h, unit, &size, &shown);
  if (rows == 0)
    {
      chart_end (&c);
      return;
    }
  pitch = MIN (h / rows, 1.5 * unit * size);
  top = y0 + (h - pitch * rows) / 2;

  for (guint i = 0; i < shown; i++)
    {
      const ZjtxChartProgress *item = &items[i];
      double y = top + i * pitch + (pitch - unit * size) / 2;
      double line_h = size * ROW_PITCH, bar_y = y + line_h, bar_h = 0.9 * size;
      double scale = (double) MAX (MAX (item->value, item->target), 1);
      double fill = w * CLAMP ((double) item->value / scale, 0, 1);
      double target_x, marker_w = MAX (2.0, 0.18 * size);
      g_autofree char *value = NULL;
      g_autofree char *target = NULL;
      g_autofree char *figures = NULL;
      g_autoptr(PangoLayout) figures_layout = NULL;
      double figures_w = 0;

      if (item->text == NULL)
        {
          value = zjtx_count_format (item->value);
          target = zjtx_count_format (item->target);
          figures = g_strdup_printf ("%s / %s", value, target);
        }
      figures_layout = text_new (&c, item->text != NULL ? item->text : figures, size, TRUE);
      if (text_place (&c, figures_layout, x0, y, w, line_h, 1.0, FALSE, &c.theme->text, (int) i, -1))
        figures_w = text_width (figures_layout) + 0.6 * size;
      label_place (&c, item->label, size, FALSE, x0, y, w - figures_w, line_h, 0, TRUE,
                   &c.theme->text, (int) i, -1);

      set_color (cr, &c.theme->grid);
      cairo_rectangle (cr, x0, bar_y, w, bar_h);
      cairo_fill (cr);
      if (fill > 0)
        {
          cairo_rectangle (cr, x0, bar_y, fill, bar_h);
          mark_fill (&c, item->value >= item->target ? &c.theme->good : &c.theme->series[0]);
        }
      area_add (&c, ZJTX_CHART_AREA_MARK, x0, bar_y, w, bar_h, (int) i, -1);

      /* The target: a stroke across the bar, standing out of it. */
      target_x = x0 + w * CLAMP ((double) item->target / scale, 0, 1);
      target_x = CLAMP (target_x, x0 + marker_w / 2, x0 + w - marker_w / 2);
      set_color (cr, &c.theme->target);
      cairo_set_line_width (cr, marker_w);
      cairo_move_to (cr, target_x, bar_y - 0.25 * size);
      cairo_line_to (cr, target_x, bar_y + bar_h + 0.25 * size);
      cairo_stroke (cr);

      if (has_note)
        label_place (&c, item->note, 0.8 * size, FALSE, x0, bar_y + bar_h + 0.3 * size, w,
                     0.8 * size * ROW_PITCH, 0, TRUE, &c.theme->muted, (int) i, -1);
    }
  if (shown < n_items)
    more_draw (&c, shown, n_items, size, x0, top + shown * pitch, w, size * ROW_PITCH, 0);

  chart_end (&c);
}

/* The pyramid */

/* The pyramid's width at @y: from @apex × @base at its top edge @top to
 * @base at its bottom @bottom. */
static double
pyramid_width (double base,
               double apex,
               double top,
               double bottom,
               double y)
{
  return base * (apex + (1 - apex) * (y - top) / (bottom - top));
}

void
zjtx_chart_pyramid_draw (cairo_t              *cr,
                         double                width,
                         double                height,
                         const ZjtxChartStyle *style,
                         const ZjtxChartBar   *levels,
                         guint                 n_levels,
                         GArray               *areas)
{
  /* The top level's upper edge, as a share of the base: wide enough to
   * hold a label, narrow enough to read as a pyramid. */
  const double apex = 0.3;
  Chart c;
  double x0, y0, w, h, size, count_size, level_h, gap, band, base, cx, spacing;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean inside = TRUE;

  g_return_if_fail (levels != NULL || n_levels == 0);
  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);
  if (n_levels == 0 || w <= 0 || h <= 0)
    {
      chart_end (&c);
      return;
    }

  level_h = h / n_levels;
  size = c.size;
  if (level_h < size * ROW_PITCH)
    size = MAX (c.size * MIN_SCALE, level_h / ROW_PITCH);
  gap = MIN (0.08 * level_h, 0.2 * size);
  band = level_h - gap;
  /* The counts are the figures: larger where the levels are tall. */
  count_size = MAX (size, MIN (1.5 * size, band / ROW_PITCH));
  spacing = 0.4 * size;

  for (guint i = 0; i < n_levels; i++)
    {
      g_autofree char *count = levels[i].text != NULL ? g_strdup (levels[i].text)
                                                      : zjtx_count_format (levels[i].value);

      g_ptr_array_add (labels, text_new (&c, levels[i].label, size, FALSE));
      g_ptr_array_add (counts, text_new (&c, count, count_size, TRUE));
    }

  /* Label and count share a baseline, the count's em box in the middle of
   * the level. Inside every level if every one fits there, else all
   * beside the levels. */
#define BASELINE(yt) ((yt) + (band - count_size) / 2 + ZJTX_EM_ASCENT * count_size)
  base = 0.9 * w;
  for (guint i = 0; i < n_levels && inside; i++)
    {
      double yt = y0 + h - (i + 1) * level_h + gap;
      double text_top = BASELINE (yt) - ZJTX_EM_ASCENT * count_size;
      double need = text_width (g_ptr_array_index (labels, i)) + spacing +
                    text_width (g_ptr_array_index (counts, i));

      inside = need <= pyramid_width (base, apex, y0, y0 + h, text_top) - 0.8 * size;
    }
  if (!inside)
    base = 0.55 * w;
  cx = inside ? x0 + w / 2 : x0 + base / 2;

  for (guint i = 0; i < n_levels; i++)
    {
      PangoLayout *label = g_ptr_array_index (labels, i);
      PangoLayout *count = g_ptr_array_index (counts, i);
      const ZjtxChartColor *fill = series_color (&c, n_levels - 1 - i);
      double yb = y0 + h - i * level_h, yt = yb - band;
      double wb = pyramid_width (base, apex, y0, y0 + h, yb);
      double wt = pyramid_width (base, apex, y0, y0 + h, yt);
      double baseline = BASELINE (yt);
      double label_w = text_width (label), count_w = text_width (count);
      const ZjtxChartColor *color = inside ? on_color (fill) : &c.theme->text;
      double x;

      cairo_move_to (cr, cx - wb / 2, yb);
      cairo_line_to (cr, cx + wb / 2, yb);
      cairo_line_to (cr, cx + wt / 2, yt);
      cairo_line_to (cr, cx - wt / 2, yt);
      cairo_close_path (cr);
      mark_fill (&c, fill);
      area_add (&c, ZJTX_CHART_AREA_MARK, cx - wb / 2, yt, wb, yb - yt, (int) i, -1);

      if (band < count_size)
        continue;
      if (inside)
        x = cx - (label_w > 0 ? label_w + spacing + count_w : count_w) / 2;
      else
        {
          /* In a column right of the base: as much room for each. */
          x = cx + base / 2 + 0.5 * size;
          /* The count whole; the label in what is left, or not at all. */
          if (label_w > 0 && !text_fit (label, x0 + w - x - count_w - spacing, TRUE))
            label_w = 0;
          else
            label_w = text_width (label);
          if (x + count_w > x0 + w + EPSILON)
            continue;
        }
      if (label_w > 0 && text_draw (&c, label, x, baseline, color, (int) i, -1))
        x += label_w + spacing;
      text_draw (&c, count, x, baseline, color, (int) i, -1);
    }
#undef BASELINE

  chart_end (&c);
}

/* Bars and stacked bars */

/* Bars from zero, one a stack of @n_series segments. @single: plain bars,
 * the value written on the bar's end when it fits, and a mark per row;
 * else each segment's value in the segment, the sum after the stack and a
 * mark per segment. Negative values are written, drawn as nothing. */
static void
stacks_draw (Chart                *c,
             double                x0,
             double                y0,
             double                w,
             double                h,
             gboolean              horizontal,
             guint                 n_series,
             const ZjtxChartStack *stacks,
             guint                 n,
             gboolean              single)
{
  cairo_t *cr = c->cr;
  g_autoptr(GPtrArray) ends = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *totals = g_new0 (double, MAX (n, 1));
  double max_total = 0, size, gap, axis_w = MAX (1.0, c->size / 16);
  guint shown, rows;

  if (n == 0 || w <= 0 || h <= 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      gint64 sum = 0;

      for (guint s = 0; s < n_series; s++)
        {
          sum += stacks[i].values[s];
          totals[i] += (double) MAX (stacks[i].values[s], 0);
        }
      g_ptr_array_add (ends, stacks[i].text != NULL ? g_strdup (stacks[i].text) : zjtx_count_format (sum));
      max_total = MAX (max_total, totals[i]);
    }

  if (horizontal)
    {
      double pitch, top, label_w = 0, value_w = 0, bar_x, bar_max, thick;
      gboolean values;

      rows = rows_fit (c, n, h, ROW_PITCH, &size, &shown);
      if (rows == 0)
        return;
      pitch = MIN (h / rows, 3 * size);
      top = y0 + (h - pitch * rows) / 2;
      gap = 0.5 * size;
      thick = MIN (0.72 * pitch, 1.8 * size);

      for (guint i = 0; i < shown; i++)
        {
          label_w = MAX (label_w, text_width_of (c, stacks[i].label, size, FALSE));
          value_w = MAX (value_w, text_width_of (c, g_ptr_array_index (ends, i), size, TRUE));
        }
      /* Names take up to 40% (long township names end in "…"), the
       * values all the room they need, the bars at least 30%. */
      {
        double names = MIN (label_w, 0.4 * w);

        if (w - names - value_w - 2 * gap < 0.3 * w)
          names = MAX (MIN (label_w, 0.25 * w), w - value_w - 2 * gap - 0.3 * w);
        values = w - names - value_w - 2 * gap >= 0.15 * w;
        label_w = names;
      }
      bar_x = x0 + label_w + (label_w > 0 ? gap : 0);
      bar_max = MAX (0, x0 + w - bar_x - (values ? value_w + gap : 0));

      for (guint i = 0; i < shown; i++)
        {
          double ry = top + i * pitch, cy = ry + pitch / 2, bx = bar_x;
          g_autoptr(PangoLayout) end = text_new (c, g_ptr_array_index (ends, i), size, TRUE);

          label_place (c, stacks[i].label, size, FALSE, x0, ry, label_w, pitch, 1.0, TRUE,
                       &c->theme->text, (int) i, -1);
          for (guint s = 0; s < n_series; s++)
            {
              double len = max_total > 0 ? bar_max * (double) MAX (stacks[i].values[s], 0) / max_total : 0;
              const ZjtxChartColor *fill = series_color (c, s);

              if (len <= 0)
                continue;
              cairo_rectangle (cr, bx, cy - thick / 2, len, thick);
              mark_fill (c, fill);
              if (!single)
                {
                  g_autofree char *number = segment_text (&stacks[i], s);
                  g_autoptr(PangoLayout) layout = text_new (c, number != NULL ? number : "", size, FALSE);

                  area_add (c, ZJTX_CHART_AREA_MARK, bx, cy - thick / 2, len, thick, (int) i, (int) s);
                  if (number != NULL && text_width (layout) + 0.4 * size <= len)
                    text_place (c, layout, bx, cy - thick / 2, len, thick, 0.5, FALSE, on_color (fill), (int) i, (int) s);
                }
              bx += len;
            }
          if (single)
            area_add (c, ZJTX_CHART_AREA_MARK, x0, ry, w, pitch, (int) i, -1);
          if (!values)
            continue;
          if (single && bx - bar_x >= text_width (end) + 0.6 * size &&
              text_place (c, end, bar_x, cy - thick / 2, bx - bar_x - 0.3 * size, thick, 1.0, FALSE,
                          on_color (series_color (c, 0)), (int) i, -1))
            continue;
          text_place (c, end, bx + 0.3 * size, ry, x0 + w - bx - 0.3 * size, pitch, 0, FALSE,
                      &c->theme->text, (int) i, -1);
        }

      set_color (cr, &c->theme->muted);
      cairo_set_line_width (cr, axis_w);
      cairo_move_to (cr, bar_x - axis_w / 2, top);
      cairo_line_to (cr, bar_x - axis_w / 2, top + shown * pitch);
      cairo_stroke (cr);

      if (shown < n)
        {
          g_autofree char *text = more_text (n - shown);

          if (text_width_of (c, text, size, FALSE) <= label_w)
            more_draw (c, shown, n, size, x0, top + shown * pitch, label_w, pitch, 1.0);
          else
            more_draw (c, shown, n, size, x0, top + shown * pitch, w, pitch, 0);
        }
    }
  else
    {
      double line_h, more_w = 0, pitch, bar_w, plot_top, plot_bottom, bar_max;
      double label_w = 0, value_size, value_w = 0;
      guint every;

      /* Room for a label line, a value line and bars of two ems. */
      size = c->size;
      if (h < size * (2 * ROW_PITCH + 2))
        size = MAX (c->size * MIN_SCALE, h / (2 * ROW_PITCH + 2));
      line_h = size * ROW_PITCH;
      gap = 0.3 * size;

      /* Columns narrower than 1.2 em are not read: fewer, and "+N more". */
      shown = n;
      if (w / n < 1.2 * size)
        {
          g_autofree char *text = more_text (n);

          more_w = text_width_of (c, text, size, FALSE) + gap;
          shown = (guint) MAX (0, floor ((w - more_w) / (1.2 * size)));
        }
      if (shown == 0)
        {
          if (more_w > 0)
            more_draw (c, 0, n, size, x0, y0 + h - line_h, w, line_h, 1.0);
          return;
        }
      pitch = (w - more_w) / shown;
      bar_w = MIN (0.7 * pitch, 4.5 * size);
      plot_top = y0 + line_h;
      plot_bottom = y0 + h - line_h;
      bar_max = MAX (0, plot_bottom - plot_top);

      /* Labels every @every columns, counted from the last (the latest
       * year is always named), when they would not fit each its own. */
      for (guint i = 0; i < shown; i++)
        {
          label_w = MAX (label_w, text_width_of (c, stacks[i].label, size, FALSE));
          value_w = MAX (value_w, text_width_of (c, g_ptr_array_index (ends, i), size, TRUE));
        }
      every = (guint) MAX (1, ceil ((MIN (label_w, 4 * size) + gap) / pitch));
      /* Values shrink, all alike, to fit their columns. */
      value_size = size;
      if (value_w > pitch - gap)
        value_size = MAX (c->size * MIN_SCALE, size * (pitch - gap) / value_w);

      for (guint i = 0; i < shown; i++)
        {
          double left = x0 + i * pitch, cx = left + pitch / 2, by = plot_bottom;
          g_autoptr(PangoLayout) end = text_new (c, g_ptr_array_index (ends, i), value_size, TRUE);

          if ((shown - 1 - i) % every == 0)
            {
              double slot = MIN (every * pitch - gap, w);

              label_place (c, stacks[i].label, size, FALSE, CLAMP (cx - slot / 2, x0, x0 + w - slot),
                           plot_bottom, slot, line_h, 0.5, TRUE, &c->theme->text, (int) i, -1);
            }
          for (guint s = 0; s < n_series; s++)
            {
              double len = max_total > 0 ? bar_max * (double) MAX (stacks[i].values[s], 0) / max_total : 0;
              const ZjtxChartColor *fill = series_color (c, s);

              if (len <= 0)
                continue;
              cairo_rectangle (cr, cx - bar_w / 2, by - len, bar_w, len);
              mark_fill (c, fill);
              if (!single)
                {
                  g_autofree char *number = segment_text (&stacks[i], s);
                  g_autoptr(PangoLayout) layout = text_new (c, number != NULL ? number : "", value_size, FALSE);

                  area_add (c, ZJTX_CHART_AREA_MARK, cx - bar_w / 2, by - len, bar_w, len, (int) i, (int) s);
                  if (number != NULL && len >= 1.2 * value_size &&
                      text_width (layout) <= bar_w)
                    text_place (c, layout, cx - bar_w / 2, by - len, bar_w, len, 0.5, FALSE,
                                on_color (fill), (int) i, (int) s);
                }
              by -= len;
            }
          if (single)
            area_add (c, ZJTX_CHART_AREA_MARK, left, y0, pitch, h, (int) i, -1);
          if (single && plot_bottom - by >= 1.6 * value_size &&
              text_place (c, end, cx - bar_w / 2, by, bar_w, 1.4 * value_size, 0.5, FALSE,
                          on_color (series_color (c, 0)), (int) i, -1))
            continue;
          text_place (c, end, left + gap / 2, by - line_h, pitch - gap, line_h, 0.5, FALSE,
                      &c->theme->text, (int) i, -1);
        }

      set_color (cr, &c->theme->muted);
      cairo_set_line_width (cr, axis_w);
      cairo_move_to (cr, x0, plot_bottom + axis_w / 2);
      cairo_line_to (cr, x0 + shown * pitch, plot_bottom + axis_w / 2);
      cairo_stroke (cr);

      if (shown < n)
        more_draw (c, shown, n, size, x0 + w - more_w, plot_bottom, more_w, line_h, 1.0);
    }
}

void
zjtx_chart_bars_draw (cairo_t              *cr,
                      double                width,
                      double                height,
                      const ZjtxChartStyle *style,
                      gboolean              horizontal,
                      const ZjtxChartBar   *bars,
                      guint                 n_bars,
                      GArray               *areas)
{
  Chart c;
  double x0, y0, w, h;
  g_autofree ZjtxChartStack *stacks = NULL;

  g_return_if_fail (bars != NULL || n_bars == 0);
  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);

  /* Bars are stacks of one. */
  stacks = g_new0 (ZjtxChartStack, MAX (n_bars, 1));
  for (guint i = 0; i < n_bars; i++)
    stacks[i] = (ZjtxChartStack) { bars[i].label, &bars[i].value, bars[i].text };
  stacks_draw (&c, x0, y0, w, h, horizontal, 1, stacks, n_bars, TRUE);

  chart_end (&c);
}

void
zjtx_chart_stacked_draw (cairo_t              *cr,
                         double                width,
                         double                height,
                         const ZjtxChartStyle *style,
                         gboolean              horizontal,
                         const char * const   *series_names,
                         guint                 n_series,
                         const ZjtxChartStack *stacks,
                         guint                 n_stacks,
                         GArray               *areas)
{
  Chart c;
  double x0, y0, w, h, legend_h;

  g_return_if_fail (stacks != NULL || n_stacks == 0);
  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);
  if (w > 0 && h > 0)
    {
      legend_h = legend_draw (&c, x0, y0, w, h, c.size, series_names, n_series, FALSE);
      stacks_draw (&c, x0, y0 + legend_h, w, h - legend_h, horizontal, n_series, stacks, n_stacks, FALSE);
    }

  chart_end (&c);
}

/* Lines */

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - (a % b != 0 && a < 0 ? 1 : 0);
}

static gint64
ceil_div (gint64 a,
          gint64 b)
{
  return a / b + (a % b != 0 && a > 0 ? 1 : 0);
}

/* The smallest of 1, 2, 2.5 (from 25) and 5 × 10ⁿ at least @raw. */
static gint64
nice_step (gint64 raw)
{
  gint64 p = 1;

  while (p <= G_MAXINT64 / 10 && p * 10 <= raw)
    p *= 10;
  if (raw <= p)
    return p;
  if (raw <= 2 * p)
    return 2 * p;
  if (p >= 10 && raw <= p / 2 * 5)
    return p / 2 * 5;
  if (raw <= 5 * p)
    return 5 * p;
  return p <= G_MAXINT64 / 10 ? 10 * p : p;
}

typedef struct {
  guint  series;
  double y;
} EndLabel;

static int
compare_end_labels (gconstpointer a,
                    gconstpointer b)
{
  const EndLabel *ea = a, *eb = b;

  if (ea->y != eb->y)
    return ea->y < eb->y ? -1 : 1;
  return (int) ea->series - (int) eb->series;
}

void
zjtx_chart_line_draw (cairo_t                *cr,
                      double                  width,
                      double                  height,
                      const ZjtxChartStyle   *style,
                      const char * const     *periods,
                      guint                   n_periods,
                      const ZjtxChartSeries  *series,
                      guint                   n_series,
                      GArray                 *areas)
{
  Chart c;
  double x0, y0, w, h, size, tick_size, legend_h, plot_top, plot_bottom, plot_left, plot_right;
  double tick_w = 0, end_w = 0, pitch, line_w, radius;
  gint64 vmin = 0, vmax = 0, amin, amax, step, range;
  guint max_ticks, every;
  g_autofree const char **names = NULL;
  g_autofree double *xs = NULL;
  g_autofree EndLabel *ends = NULL;

  g_return_if_fail (periods != NULL || n_periods == 0);
  g_return_if_fail (series != NULL || n_series == 0);
  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);
  if (w <= 0 || h <= 0 || n_periods == 0)
    {
      chart_end (&c);
      return;
    }

  /* A legend row, the period labels and a plot of three ems at least. */
  size = c.size;
  if (h < size * (3 * ROW_PITCH + 3))
    size = MAX (c.size * MIN_SCALE, h / (3 * ROW_PITCH + 3));
  tick_size = 0.85 * size;

  names = g_new0 (const char *, MAX (n_series, 1));
  for (guint s = 0; s < n_series; s++)
    names[s] = series[s].name;
  legend_h = legend_draw (&c, x0, y0, w, h, size, names, n_series, TRUE);
  plot_top = y0 + legend_h + 0.6 * size;
  plot_bottom = y0 + h - size * ROW_PITCH - 0.3 * size;
  if (plot_bottom - plot_top < size)
    {
      chart_end (&c);
      return;
    }

  /* The scale from zero (or the lowest value, if below) in round steps. */
  for (guint s = 0; s < n_series; s++)
    for (guint i = 0; i < n_periods; i++)
      {
        vmin = MIN (vmin, series[s].values[i]);
        vmax = MAX (vmax, series[s].values[i]);
      }
  /* Grid lines three ems apart at least: a few round values, not a ruler. */
  max_ticks = (guint) MAX (1, floor ((plot_bottom - plot_top) / (3 * size)));
  range = MAX (vmax - vmin, 1);
  step = nice_step (range / max_ticks + (range % max_ticks != 0 ? 1 : 0));
  amin = floor_div (vmin, step) * step;
  amax = MAX (ceil_div (vmax, step) * step, amin + step);

  for (gint64 v = amin; v <= amax; v += step)
    {
      g_autofree char *text = zjtx_count_format (v);

      tick_w = MAX (tick_w, text_width_of (&c, text, tick_size, FALSE));
    }
  for (guint s = 0; s < n_series; s++)
    {
      g_autofree char *text = zjtx_count_format (series[s].values[n_periods - 1]);

      end_w = MAX (end_w, text_width_of (&c, text, size, TRUE));
    }
  plot_left = x0 + tick_w + 0.5 * size;
  plot_right = x0 + w - (end_w > 0 ? end_w + 0.6 * size : 0.5 * size);
  if (plot_right - plot_left < 3 * size)
    {
      /* Too narrow for the last values: the plot keeps the room. */
      end_w = 0;
      plot_right = x0 + w - 0.5 * size;
    }
  if (plot_right - plot_left < size)
    {
      chart_end (&c);
      return;
    }

#define Y_OF(v) (plot_bottom - (plot_bottom - plot_top) * ((double) (v) - (double) amin) / ((double) amax - (double) amin))

  /* Grid lines and their values. */
  cairo_set_line_width (cr, MAX (1.0, size / 16));
  for (gint64 v = amin; v <= amax; v += step)
    {
      g_autofree char *text = zjtx_count_format (v);
      double y = Y_OF (v);

      set_color (cr, v == 0 ? &c.theme->muted : &c.theme->grid);
      cairo_move_to (cr, plot_left, y);
      cairo_line_to (cr, plot_right, y);
      cairo_stroke (cr);
      label_place (&c, text, tick_size, FALSE, x0, y - tick_size, tick_w, 2 * tick_size, 1.0, FALSE,
                   &c.theme->muted, -1, -1);
      if (G_MAXINT64 - step < v)
        break;
    }

  /* The periods, thinned from the last so that they never touch. */
  xs = g_new (double, n_periods);
  pitch = n_periods > 1 ? (plot_right - plot_left) / (n_periods - 1) : plot_right - plot_left;
  for (guint i = 0; i < n_periods; i++)
    xs[i] = n_periods > 1 ? plot_left + pitch * i : (plot_left + plot_right) / 2;
  {
    double period_w = 0, slot;

    for (guint i = 0; i < n_periods; i++)
      period_w = MAX (period_w, text_width_of (&c, periods[i], size, FALSE));
    /* Whole where thinning allows ("2023年1…" would read as January). */
    every = (guint) MAX (1, ceil ((MIN (period_w, (plot_right - plot_left) / 2) + 0.8 * size) / pitch));
    slot = MIN (every * pitch - 0.8 * size, w);
    if (n_periods == 1)
      slot = w;
    for (guint i = n_periods; i-- > 0;)
      if ((n_periods - 1 - i) % every == 0)
        label_place (&c, periods[i], size, FALSE, CLAMP (xs[i] - slot / 2, x0, x0 + w - slot),
                     plot_bottom + 0.3 * size, slot, size * ROW_PITCH, 0.5, TRUE, &c.theme->muted, (int) i, -1);
  }

  /* The lines, their points and what a click on them opens. */
  line_w = MAX (2.0, 0.16 * size);
  /* Points where they stand apart; closer, they would hide the line. */
  radius = pitch >= 2 * size ? MAX (1.4 * line_w, 0.22 * size) : 0;
  for (guint s = 0; s < n_series; s++)
    {
      double hit = MAX (radius, MIN (pitch / 2, 0.5 * size));

      set_color (cr, series_color (&c, s));
      cairo_set_line_width (cr, line_w);
      series_dash (&c, s, line_w);
      for (guint i = 0; i < n_periods; i++)
        cairo_line_to (cr, xs[i], Y_OF (series[s].values[i]));
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      for (guint i = 0; i < n_periods; i++)
        {
          double y = Y_OF (series[s].values[i]);

          if (radius > 0)
            {
              cairo_arc (cr, xs[i], y, radius, 0, 2 * G_PI);
              mark_fill (&c, series_color (&c, s));
            }
          area_add (&c, ZJTX_CHART_AREA_MARK, xs[i] - hit, y - hit, 2 * hit, 2 * hit, (int) i, (int) s);
        }
    }

  /* The last values at the right, pushed apart where lines end close. */
  if (end_w > 0 && n_series > 0)
    {
      double sep = 1.25 * size;

      ends = g_new (EndLabel, n_series);
      for (guint s = 0; s < n_series; s++)
        ends[s] = (EndLabel) { s, Y_OF (series[s].values[n_periods - 1]) };
      qsort (ends, n_series, sizeof (EndLabel), compare_end_labels);
      for (guint j = 1; j < n_series; j++)
        ends[j].y = MAX (ends[j].y, ends[j - 1].y + sep);
      if (ends[n_series - 1].y > plot_bottom)
        {
          ends[n_series - 1].y = plot_bottom;
          for (guint j = n_series - 1; j-- > 0;)
            ends[j].y = MIN (ends[j].y, ends[j + 1].y - sep);
        }
      for (guint j = 0; j < n_series; j++)
        {
          guint s = ends[j].series;
          g_autofree char *text = zjtx_count_format (series[s].values[n_periods - 1]);
          const ZjtxChartColor *color = series_color (&c, s);

          /* In the line's colour where that is legible on the background. */
          if (contrast (color, &c.theme->background) < 3.0)
            color = &c.theme->text;
          label_place (&c, text, size, TRUE, plot_right + 0.6 * size, ends[j].y - size, end_w, 2 * size,
                       0, FALSE, color, (int) n_periods - 1, (int) s);
        }
    }
#undef Y_OF

  chart_end (&c);
}

/* The gauge */

void
zjtx_chart_gauge_draw (cairo_t              *cr,
                       double                width,
                       double                height,
                       const ZjtxChartStyle *style,
                       gint64                share_ppm,
                       gint64                required_ppm,
                       const char           *label,
                       GArray               *areas)
{
  /* How far the requirement's stroke stands out of the ring, by radius. */
  const double out = 0.12, in = 0.06;
  Chart c;
  double x0, y0, w, h, size, label_h, r, ring, inner, cx, cy, angle, figure_size, figure_top;
  g_autofree char *figure = zjtx_chart_format_percent (share_ppm);
  g_autofree char *required = zjtx_chart_format_percent (required_ppm);
  g_autofree char *requirement = g_strdup_printf ("≥ %s", required);
  const ZjtxChartColor *fill;
  g_autoptr(PangoLayout) figure_layout = NULL;

  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);
  fill = share_ppm >= required_ppm ? &c.theme->good : &c.theme->bad;
  size = c.size;
  label_h = label != NULL && label[0] != '\0' ? size * ROW_PITCH : 0;
  r = MIN (w / (2 * (1 + out)), (h - label_h) / (1 + out));
  if (r < size)
    {
      /* No room for a ring: the figure and the label alone. */
      label_h = 0;
      r = MIN (w / (2 * (1 + out)), h / (1 + out));
    }
  if (r <= 0)
    {
      chart_end (&c);
      return;
    }
  ring = 0.3 * r;
  inner = r - ring;
  cx = x0 + w / 2;
  cy = y0 + (h - r * (1 + out) - label_h) / 2 + r * (1 + out);

  cairo_set_line_width (cr, ring);
  set_color (cr, &c.theme->grid);
  cairo_arc (cr, cx, cy, r - ring / 2, G_PI, 2 * G_PI);
  cairo_stroke (cr);
  if (share_ppm > 0)
    {
      set_color (cr, fill);
      cairo_arc (cr, cx, cy, r - ring / 2, G_PI, G_PI + G_PI * MIN ((double) share_ppm / 1e6, 1.0));
      cairo_stroke (cr);
    }
  area_add (&c, ZJTX_CHART_AREA_MARK, cx - r, cy - r, 2 * r, r, 0, -1);

  angle = G_PI + G_PI * CLAMP ((double) required_ppm / 1e6, 0, 1);
  set_color (cr, &c.theme->target);
  cairo_set_line_width (cr, MAX (2.0, 0.035 * r));
  cairo_move_to (cr, cx + (inner - in * r) * cos (angle), cy + (inner - in * r) * sin (angle));
  cairo_line_to (cr, cx + (r + out * r) * cos (angle), cy + (r + out * r) * sin (angle));
  cairo_stroke (cr);

  /* The share as large as the ring's opening allows, its em box on the
   * ring's base line, narrower than the opening at its top. */
  figure_size = 0.55 * inner;
  for (int i = 0; i < 20; i++)
    {
      double half = sqrt (MAX (0, inner * inner - figure_size * figure_size * 1.1 * 1.1));

      g_clear_object (&figure_layout);
      figure_layout = text_new (&c, figure, figure_size, TRUE);
      if (text_width (figure_layout) <= 2 * half - 0.2 * figure_size || figure_size <= c.size * MIN_SCALE)
        break;
      figure_size = MAX (c.size * MIN_SCALE, figure_size * 0.9);
    }
  figure_top = cy - 0.02 * r - figure_size;
  text_place (&c, figure_layout, cx - inner, figure_top, 2 * inner, figure_size, 0.5, FALSE,
              &c.theme->text, 0, -1);

  /* The requirement above it, where the opening is still wide enough. */
  {
    double req_size = MAX (c.size * MIN_SCALE, MIN (size, 0.4 * figure_size));
    double bottom = figure_top - 0.15 * figure_size, top = bottom - req_size;
    double half = sqrt (MAX (0, inner * inner - (cy - top) * (cy - top)));

    if (cy - top < inner)
      label_place (&c, requirement, req_size, FALSE, cx - half, top,
                   2 * half, req_size, 0.5, FALSE, &c.theme->muted, 0, -1);
  }

  if (label_h > 0)
    label_place (&c, label, size, FALSE, x0, cy, w, label_h, 0.5, TRUE, &c.theme->text, 0, -1);

  chart_end (&c);
}

/* The headline figure */

void
zjtx_chart_figure_draw (cairo_t              *cr,
                        double                width,
                        double                height,
                        const ZjtxChartStyle *style,
                        const char           *figure,
                        const char           *caption,
                        const char           *note,
                        GArray               *areas)
{
  Chart c;
  double x0, y0, w, h, size, note_size, caption_h, note_h, figure_size, y;
  g_autoptr(PangoLayout) layout = NULL;

  if (!chart_begin (&c, cr, width, height, style, areas))
    return;
  chart_inner (&c, &x0, &y0, &w, &h);
  size = c.size;
  note_size = 0.8 * size;
  caption_h = caption != NULL && caption[0] != '\0' ? size * ROW_PITCH : 0;
  note_h = note != NULL && note[0] != '\0' ? note_size * ROW_PITCH : 0;

  /* The figure first: the note, then the caption give way to it. */
  figure_size = MIN (4 * size, (h - caption_h - note_h) / 1.25);
  if (figure_size < size && note_h > 0)
    {
      note_h = 0;
      figure_size = MIN (4 * size, (h - caption_h) / 1.25);
    }
  if (figure_size < size && caption_h > 0)
    {
      caption_h = 0;
      figure_size = MIN (4 * size, h / 1.25);
    }
  if (figure_size <= 0 || figure == NULL)
    {
      chart_end (&c);
      return;
    }
  layout = text_new (&c, figure, figure_size, TRUE);
  if (text_width (layout) > w)
    {
      /* Smaller rather than cut; cut only below the smallest size. */
      figure_size = MAX (c.size * MIN_SCALE, figure_size * w / text_width (layout));
      g_clear_object (&layout);
      layout = text_new (&c, figure, figure_size, TRUE);
    }

  y = y0 + (h - figure_size * 1.25 - caption_h - note_h) / 2;
  text_place (&c, layout, x0, y, w, figure_size * 1.25, 0.5, TRUE, series_color (&c, 0), 0, -1);
  y += figure_size * 1.25;
  if (caption_h > 0)
    label_place (&c, caption, size, FALSE, x0, y, w, caption_h, 0.5, TRUE, &c.theme->text, 0, -1);
  y += caption_h;
  if (note_h > 0)
    label_place (&c, note, note_size, FALSE, x0, y, w, note_h, 0.5, TRUE, &c.theme->muted, 0, -1);

  chart_end (&c);
}

/* The table */

guint
zjtx_chart_table_draw (cairo_t              *cr,
                       double                width,
                       double                height,
                       const ZjtxChartStyle *style,
                       const char * const   *headers,
                       guint                 n_columns,
                       const char * const   *cells,
                       guint                 n_rows,
                       const double         *weights,
                       const gboolean       *numeric,
                       GArray               *areas)
{
  Chart c;
  double x0, y0, w, h, size, row_h, pad, total = 0, rule_w;
  g_autofree double *xs = NULL;
  guint slots, shown;

  g_return_val_if_fail (cells != NULL || n_rows == 0 || n_columns == 0, 0);
  if (!chart_begin (&c, cr, width, height, style, areas))
    return 0;
  chart_inner (&c, &x0, &y0, &w, &h);
  size = c.size;
  row_h = 1.6 * size;
  pad = 0.4 * size;
  rule_w = MAX (1.0, size / 12);
  if (n_columns == 0 || w <= 0 || h < row_h)
    {
      chart_end (&c);
      return 0;
    }

  /* Column edges by weight (equal without, or without any positive). */
  xs = g_new (double, n_columns + 1);
  for (guint j = 0; weights != NULL && j < n_columns; j++)
    total += MAX (weights[j], 0);
  xs[0] = x0;
  for (guint j = 0; j < n_columns; j++)
    xs[j + 1] = xs[j] + w * (total > 0 ? MAX (weights[j], 0) / total : 1.0 / n_columns);

  for (guint j = 0; headers != NULL && j < n_columns; j++)
    label_place (&c, headers[j], size, TRUE, xs[j] + pad, y0, xs[j + 1] - xs[j] - 2 * pad, row_h,
                 numeric != NULL && numeric[j] ? 1.0 : 0, TRUE, &c.theme->text, -1, -1);
  set_color (cr, &c.theme->text);
  cairo_set_line_width (cr, rule_w);
  cairo_move_to (cr, x0, y0 + row_h - rule_w / 2);
  cairo_line_to (cr, x0 + w, y0 + row_h - rule_w / 2);
  cairo_stroke (cr);

  slots = (guint) MIN (floor ((h - row_h) / row_h + EPSILON), (double) G_MAXUINT);
  shown = slots >= n_rows ? n_rows : (slots > 0 ? slots - 1 : 0);
  for (guint i = 0; i < shown; i++)
    {
      double y = y0 + row_h * (i + 1);

      /* Every other row shaded: a long row is followed across. */
      if (i % 2 == 1)
        {
          ZjtxChartColor stripe = c.theme->grid;

          stripe.alpha *= 0.4;
          set_color (cr, &stripe);
          cairo_rectangle (cr, x0, y, w, row_h);
          cairo_fill (cr);
        }
      area_add (&c, ZJTX_CHART_AREA_MARK, x0, y, w, row_h, (int) i, -1);

      for (guint j = 0; j < n_columns; j++)
        {
          const char *text = cells[(gsize) i * n_columns + j];
          gboolean number = numeric != NULL && numeric[j];
          double cell_w = xs[j + 1] - xs[j] - 2 * pad;
          g_autoptr(PangoLayout) layout = NULL;

          if (text == NULL || text[0] == '\0')
            continue;
          layout = text_new (&c, text, size, FALSE);
          /* A number too wide is set smaller before it is cut. */
          if (number && text_width (layout) > cell_w)
            {
              g_clear_object (&layout);
              layout = text_new (&c, text, MAX (size * MIN_SCALE, size * cell_w / text_width_of (&c, text, size, FALSE)), FALSE);
            }
          text_place (&c, layout, xs[j] + pad, y, cell_w, row_h, number ? 1.0 : 0, TRUE,
                      &c.theme->text, (int) i, -1);
        }
    }
  if (shown < n_rows && slots > 0)
    more_draw (&c, shown, n_rows, size, x0 + pad, y0 + row_h * (shown + 1), w - 2 * pad, row_h, 0);

  chart_end (&c);
  return shown;
}
