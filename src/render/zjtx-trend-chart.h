/* zjtx-trend-chart.h: a small line of one figure over periods
 *
 * What the enterprise editor shows beside its monitoring table: the
 * periods in order, a point per period, the first and last periods named
 * under the line. Values are plain integers (fen, persons, kWh): the chart
 * compares them with each other and never prints them.
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "zjtx-chart.h"

G_BEGIN_DECLS

typedef struct {
  const char *label;   /* the period as shown: "2024", "2025Q2" */
  gint64      value;
} ZjtxTrendPoint;

typedef struct {
  ZjtxChartColor line;     /* the line and its points */
  ZjtxChartColor text;     /* the period labels */
  ZjtxChartColor zero;     /* the zero line, drawn when values change sign */
  const char    *font;     /* a Pango font description: "Sans 9" */
} ZjtxTrendStyle;

/* Where the points go in a @width × @height box: @xs and @ys get @n_points
 * values each. The plot area leaves room for one line of labels below;
 * the smallest value sits on its bottom, the largest on its top, equal
 * values on the middle line; one point stands in the middle. */
void zjtx_trend_chart_layout (double                width,
                              double                height,
                              double                label_height,
                              const ZjtxTrendPoint *points,
                              guint                 n_points,
                              double               *xs,
                              double               *ys);

/* Draws the chart into (0, 0, @width, @height) of @cr. Nothing for no points. */
void zjtx_trend_chart_draw   (cairo_t              *cr,
                              double                width,
                              double                height,
                              const ZjtxTrendPoint *points,
                              guint                 n_points,
                              const ZjtxTrendStyle *style);

G_END_DECLS
