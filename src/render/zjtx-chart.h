/* zjtx-chart.h: the charts of the dashboards and the bulletin
 *
 * One function per chart, taking a cairo_t, a box (0, 0, width, height) in
 * the cairo_t's user units, a style and plain data; the same call draws on
 * a widget's snapshot, a projector slide, a PDF page and a PNG. Labels are
 * Chinese and long: every chart fits or shortens them (ending in "…")
 * rather than letting them overlap or leave the box.
 *
 * Each chart can report the boxes it drew into @areas (ZjtxChartArea):
 * marks (bars, rows, levels: what a click opens) and labels (text: tests
 * check that no two overlap and none leaves the box).
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  double red, green, blue, alpha;
} ZjtxChartColor;

typedef enum {
  ZJTX_CHART_THEME_LIGHT,   /* on screen, light style; also PNG exports */
  ZJTX_CHART_THEME_DARK,    /* on screen, dark style */
  ZJTX_CHART_THEME_PRINT,   /* paper and PDF: white, series told apart in grey too */
} ZjtxChartThemeKind;

#define ZJTX_CHART_N_SERIES 6

typedef struct {
  ZjtxChartThemeKind kind;
  ZjtxChartColor     background;
  ZjtxChartColor     text;
  ZjtxChartColor     muted;      /* secondary text, axes */
  ZjtxChartColor     grid;
  ZjtxChartColor     target;     /* target lines and markers */
  ZjtxChartColor     good;       /* a criterion met, a target reached */
  ZjtxChartColor     bad;        /* a shortfall */
  /* Colours that stay apart on a washed-out projector and, by lightness,
   * on a black-and-white printer; series 0 is the county's main colour. */
  ZjtxChartColor     series[ZJTX_CHART_N_SERIES];
} ZjtxChartTheme;

const ZjtxChartTheme *zjtx_chart_theme_get (ZjtxChartThemeKind kind);

typedef struct {
  const ZjtxChartTheme *theme;
  const char           *font_family; /* NULL: "Noto Sans CJK SC, sans-serif" */
  double                font_size;   /* body text, in user units; titles and
                                      * figures are drawn larger, notes smaller */
} ZjtxChartStyle;

typedef struct {
  double x, y, width, height;
} ZjtxChartBox;

typedef enum {
  ZJTX_CHART_AREA_MARK,     /* a bar, a level, a row: clickable */
  ZJTX_CHART_AREA_LABEL,    /* text drawn */
} ZjtxChartAreaKind;

typedef struct {
  ZjtxChartAreaKind kind;
  ZjtxChartBox      box;     /* in the chart's user units, (0, 0) its corner */
  int               item;    /* the index of the bar, level, row or category */
  int               series;  /* the series of a stacked segment or line, else -1 */
} ZjtxChartArea;

/* The series of the "+N more" line (a mark and its label) that ends a
 * chart with more items than fit: its item is the first left out, so
 * N = n_items - item. */
#define ZJTX_CHART_SERIES_MORE (-2)

/* A category and its value. @text is what is written on or beside the
 * bar (NULL: the value as a count, "1,234"); callers write money
 * themselves ("12.5万元"). */
typedef struct {
  const char *label;
  gint64      value;
  const char *text;
} ZjtxChartBar;

/* Progress against a target: a bar to @value on a scale to
 * max (@value, @target), the target marked, "@value / @target" (or @text)
 * written, and @note under it (e.g. "差 18 家 · 剩 35 天"), or none. */
typedef struct {
  const char *label;
  gint64      value;
  gint64      target;
  const char *text;
  const char *note;
} ZjtxChartProgress;

void zjtx_chart_progress_draw (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               const ZjtxChartProgress *items,
                               guint                    n_items,
                               GArray                  *areas);

/* The tier pyramid: @levels from the base (reserve) to the top (national),
 * each level's width by rank (not by value, which would hide the top),
 * its label and count written inside or beside it. */
void zjtx_chart_pyramid_draw  (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               const ZjtxChartBar      *levels,
                               guint                    n_levels,
                               GArray                  *areas);

/* Bars from zero, one per item, in the given order; @horizontal puts the
 * labels on the left (for many or long names: 22 townships), otherwise
 * under the bars (years). */
void zjtx_chart_bars_draw     (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               gboolean                 horizontal,
                               const ZjtxChartBar      *bars,
                               guint                    n_bars,
                               GArray                  *areas);

/* A category's values, one per series (@values has the chart's n_series). */
typedef struct {
  const char   *label;
  const gint64 *values;
  const char   *text;      /* written at the end of the stack; NULL: the sum */
  const char * const *texts; /* written on each segment (a NULL one: nothing);
                              * NULL: each segment's count */
} ZjtxChartStack;

/* Stacked bars with a legend of @series_names; segments too small to hold
 * their number leave it out. */
void zjtx_chart_stacked_draw  (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               gboolean                 horizontal,
                               const char * const      *series_names,
                               guint                    n_series,
                               const ZjtxChartStack    *stacks,
                               guint                    n_stacks,
                               GArray                  *areas);

typedef struct {
  const char   *name;
  const gint64 *values;    /* one per period */
} ZjtxChartSeries;

/* Lines over @periods (labels under the axis, thinned when they would
 * touch), each point's value written at the last point, a legend. */
void zjtx_chart_line_draw     (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               const char * const      *periods,
                               guint                    n_periods,
                               const ZjtxChartSeries   *series,
                               guint                    n_series,
                               GArray                  *areas);

/* A share against a required share, in parts per million (e.g. 172000
 * against 200000): a half-ring filled to the share, the requirement
 * marked, the share written as a percentage with one decimal ("17.2%")
 * and @label under it. Met and not met in the theme's good and bad. */
void zjtx_chart_gauge_draw    (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               gint64                   share_ppm,
                               gint64                   required_ppm,
                               const char              *label,
                               GArray                  *areas);

/* A headline figure: @figure large ("52"), @caption under it, @note
 * smaller under that, or none. */
void zjtx_chart_figure_draw   (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               const char              *figure,
                               const char              *caption,
                               const char              *note,
                               GArray                  *areas);

/* A table: a header row and @n_rows rows of @n_columns cells (row-major),
 * columns as wide as @weights say (NULL: equal), numbers right-aligned
 * where @numeric[column] (NULL: none); rows that do not fit are left out
 * and the last line says how many more there are. Each row drawn is a
 * mark. Returns the number of rows drawn. */
guint zjtx_chart_table_draw   (cairo_t                 *cr,
                               double                   width,
                               double                   height,
                               const ZjtxChartStyle    *style,
                               const char * const      *headers,
                               guint                    n_columns,
                               const char * const      *cells,
                               guint                    n_rows,
                               const double            *weights,
                               const gboolean          *numeric,
                               GArray                  *areas);

/* Whether two boxes share any area (touching edges do not count). */
gboolean zjtx_chart_box_overlaps (const ZjtxChartBox *a,
                                  const ZjtxChartBox *b);

/* A share as the gauge writes it: parts per million to a percentage with
 * one decimal, half away from zero, in integers: 172000 → "17.2%",
 * 172500 → "17.3%", -172500 → "-17.3%". */
char    *zjtx_chart_format_percent (gint64 ppm);

G_END_DECLS
