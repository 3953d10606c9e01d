/* zjtx-trend-chart.c: a small line of one figure over periods */

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "zjtx-trend-chart.h"

/* Room around the plot for the points' radius, in device units. */
#define PAD 4.0
#define POINT_RADIUS 2.5
#define LINE_WIDTH 2.0

void
zjtx_trend_chart_layout (double                width,
                         double                height,
                         double                label_height,
                         const ZjtxTrendPoint *points,
                         guint                 n_points,
                         double               *xs,
                         double               *ys)
{
  double left = PAD, right = width - PAD;
  double top = PAD, bottom = height - label_height - PAD;
  gint64 min, max;

  if (n_points == 0)
    return;

  min = max = points[0].value;
  for (guint i = 1; i < n_points; i++)
    {
      min = MIN (min, points[i].value);
      max = MAX (max, points[i].value);
    }

  for (guint i = 0; i < n_points; i++)
    {
      xs[i] = n_points == 1 ? (left + right) / 2 : left + (right - left) * i / (n_points - 1);
      /* Differences of int64 can overflow: divide in double, which only
       * rounds what cannot be seen at this size. */
      ys[i] = max == min ? (top + bottom) / 2
                         : bottom - (bottom - top) * ((double) points[i].value - (double) min) /
                                                     ((double) max - (double) min);
    }
}

static void
set_color (cairo_t              *cr,
           const ZjtxChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
draw_label (cairo_t              *cr,
            PangoLayout          *layout,
            const char           *text,
            double                x,
            double                y,
            double                width,
            double                align)   /* 0 left, 1 right */
{
  int w, h;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  /* Kept inside the box: the first label starts at its left edge, the
   * last ends at its right. */
  x = CLAMP (x - w * align, 0, MAX (0, width - w));
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
zjtx_trend_chart_draw (cairo_t              *cr,
                       double                width,
                       double                height,
                       const ZjtxTrendPoint *points,
                       guint                 n_points,
                       const ZjtxTrendStyle *style)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autofree double *xs = NULL;
  g_autofree double *ys = NULL;
  gint64 min, max;
  int label_w, label_h;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  if (n_points == 0)
    return;

  layout = pango_cairo_create_layout (cr);
  font = pango_font_description_from_string (style->font != NULL ? style->font : "Sans 9");
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, points[0].label, -1);
  pango_layout_get_pixel_size (layout, &label_w, &label_h);

  xs = g_new (double, n_points);
  ys = g_new (double, n_points);
  zjtx_trend_chart_layout (width, height, label_h, points, n_points, xs, ys);

  cairo_save (cr);

  /* A zero line when the figure changes sign (a profit turning to a loss). */
  min = max = points[0].value;
  for (guint i = 1; i < n_points; i++)
    {
      min = MIN (min, points[i].value);
      max = MAX (max, points[i].value);
    }
  if (min < 0 && max > 0)
    {
      double top = PAD, bottom = height - label_h - PAD;
      double y0 = bottom - (bottom - top) * (0.0 - (double) min) / ((double) max - (double) min);
      const double dash[] = { 3.0, 3.0 };

      set_color (cr, &style->zero);
      cairo_set_line_width (cr, 1.0);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, 0, round (y0) + 0.5);
      cairo_line_to (cr, width, round (y0) + 0.5);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  set_color (cr, &style->line);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n_points; i++)
    cairo_line_to (cr, xs[i], ys[i]);
  cairo_stroke (cr);
  for (guint i = 0; i < n_points; i++)
    {
      cairo_arc (cr, xs[i], ys[i], POINT_RADIUS, 0, 2 * G_PI);
      cairo_fill (cr);
    }

  /* The first and last periods: what the line spans. */
  set_color (cr, &style->text);
  if (n_points == 1)
    draw_label (cr, layout, points[0].label, xs[0], height - label_h, width, 0.5);
  if (n_points > 1)
    {
      int first_w, last_w;

      pango_layout_set_text (layout, points[0].label, -1);
      pango_layout_get_pixel_size (layout, &first_w, NULL);
      pango_layout_set_text (layout, points[n_points - 1].label, -1);
      pango_layout_get_pixel_size (layout, &last_w, NULL);
      /* Too narrow for both: labels never overlap, the first gives way. */
      if (first_w + last_w + PAD <= width)
        draw_label (cr, layout, points[0].label, xs[0], height - label_h, width, 0.0);
      draw_label (cr, layout, points[n_points - 1].label, xs[n_points - 1], height - label_h, width, 1.0);
    }

  cairo_restore (cr);
}
