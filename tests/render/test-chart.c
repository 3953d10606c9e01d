/* test-chart.c: the dashboard charts, drawn onto image surfaces
 *
 * Every chart is drawn at 960 × 540 and 480 × 270 (body text 1/27 of the
 * height, as a slide) and compared with tests/render/data/chart-*.png; the
 * references are written instead of compared when ZJTX_WRITE_REFERENCES=1:
 * look at each one before keeping it. The layout tests check the areas the
 * charts report: no two labels overlap, none leaves the box, and what was
 * drawn and left out, counted exactly.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "render/zjtx-chart.h"

#define EPSILON 1e-6

static const char * const townships[] = {
  "桃城镇", "五里街镇", "一都镇", "下洋镇", "蓬壶镇", "达埔镇", "吾峰镇", "石鼓镇",
  "岵山镇", "东平镇", "湖洋镇", "坑仔口镇", "玉斗镇", "锦斗镇", "东关镇", "桂洋镇",
  "苏坑镇", "仙夹镇", "横口乡", "呈祥乡", "介福乡", "外山乡",
};
#define N_TOWNSHIPS G_N_ELEMENTS (townships)

/* Some names as long as a dashboard may be given: 12 characters and more. */
static const char *
township_name (guint i)
{
  switch (i)
    {
    case 1: return "五里街镇（含城东工业园区及物流园）";
    case 11: return "坑仔口镇国家级森林公园片区";
    case 21: return "外山乡生态茶园与光伏产业示范区";
    default: return townships[i];
    }
}

static gint64
township_value (guint i)
{
  return i == 17 ? 0 : (gint64) ((i * 37) % 23 + 1) * 7 + (i == 0 ? 1200 : 0);
}

static gint64 tier_values[N_TOWNSHIPS][4];

static void
fill_tier_values (void)
{
  for (guint i = 0; i < N_TOWNSHIPS; i++)
    {
      tier_values[i][0] = (gint64) ((i * 13) % 17) + 3;
      tier_values[i][1] = (gint64) ((i * 7) % 11);
      tier_values[i][2] = (gint64) ((i * 5) % 4);
      tier_values[i][3] = i % 9 == 0 ? 1 : 0;
    }
}

static const char * const tier_names[] = { "入库培育", "创新型中小企业", "省级专精特新", "国家级专精特新“小巨人”" };

static ZjtxChartStyle
style_for (ZjtxChartThemeKind kind,
           double             font_size)
{
  return (ZjtxChartStyle) { zjtx_chart_theme_get (kind), NULL, font_size };
}

/* Drawing */

typedef void (*DrawFunc) (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas);

static void
draw_townships (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  ZjtxChartBar bars[N_TOWNSHIPS];

  for (guint i = 0; i < N_TOWNSHIPS; i++)
    bars[i] = (ZjtxChartBar) { township_name (i), township_value (i), NULL };
  zjtx_chart_bars_draw (cr, width, height, style, TRUE, bars, N_TOWNSHIPS, areas);
}

static void
draw_years (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  const ZjtxChartBar bars[] = {
    { "2018", 3, NULL }, { "2019", 5, NULL }, { "2020", 4, NULL }, { "2021", 9, NULL },
    { "2022", 12, NULL }, { "2023", 18, NULL }, { "2024", 23, NULL }, { "2025", 7, "7（截至6月）" },
  };

  zjtx_chart_bars_draw (cr, width, height, style, FALSE, bars, G_N_ELEMENTS (bars), areas);
}

static void
draw_stacked (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  ZjtxChartStack stacks[N_TOWNSHIPS];

  for (guint i = 0; i < N_TOWNSHIPS; i++)
    stacks[i] = (ZjtxChartStack) { township_name (i), tier_values[i], NULL };
  zjtx_chart_stacked_draw (cr, width, height, style, TRUE, tier_names, 4, stacks, N_TOWNSHIPS, areas);
}

static void
draw_stacked_years (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  static const gint64 values[][3] = {
    { 12, 2, 0 }, { 20, 4, 1 }, { 31, 6, 1 }, { 42, 9, 2 }, { 55, 14, 3 }, { 61, 18, 4 },
  };
  static const char * const series[] = { "创新型", "省级", "国家级" };
  static const char * const years[] = { "2020", "2021", "2022", "2023", "2024", "2025" };
  ZjtxChartStack stacks[G_N_ELEMENTS (values)];

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    stacks[i] = (ZjtxChartStack) { years[i], values[i], NULL };
  zjtx_chart_stacked_draw (cr, width, height, style, FALSE, series, 3, stacks, G_N_ELEMENTS (values), areas);
}

static const ZjtxChartBar pyramid_levels[] = {
  { "入库培育", 312, NULL },
  { "创新型中小企业", 128, NULL },
  { "省级专精特新", 41, NULL },
  { "国家级“小巨人”", 6, NULL },
};

static void
draw_pyramid (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  zjtx_chart_pyramid_draw (cr, width, height, style, pyramid_levels, G_N_ELEMENTS (pyramid_levels), areas);
}

static const ZjtxChartProgress progress_items[] = {
  { "创新型中小企业", 142, 160, NULL, "差 18 家 · 剩 35 天" },
  { "省级专精特新中小企业", 47, 40, NULL, "已完成 · 超出 7 家" },
  { "国家级专精特新“小巨人”企业", 4, 8, NULL, "差 4 家 · 剩 35 天" },
};

static void
draw_progress (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  zjtx_chart_progress_draw (cr, width, height, style, progress_items, G_N_ELEMENTS (progress_items), areas);
}

#define N_PERIODS 30

static void
draw_line (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  static char labels[N_PERIODS][16];
  static gint64 values[3][N_PERIODS];
  const char *periods[N_PERIODS];
  ZjtxChartSeries series[3];

  for (guint i = 0; i < N_PERIODS; i++)
    {
      g_snprintf (labels[i], sizeof labels[i], "%u年%u月", 2023 + (i + 6) / 12, (i + 6) % 12 + 1);
      periods[i] = labels[i];
      values[0][i] = 80 + 2 * i + (i % 5);
      values[1][i] = 20 + i + (i % 3);
      values[2][i] = 2 + i / 6;
    }
  series[0] = (ZjtxChartSeries) { "创新型中小企业", values[0] };
  series[1] = (ZjtxChartSeries) { "省级专精特新", values[1] };
  series[2] = (ZjtxChartSeries) { "国家级“小巨人”", values[2] };
  zjtx_chart_line_draw (cr, width, height, style, periods, N_PERIODS, series, 3, areas);
}

static void
draw_gauge (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  zjtx_chart_gauge_draw (cr, width, height, style, 172000, 200000, "永春县智能制造产业园 · 专精特新企业占比", areas);
}

static void
draw_figure (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  zjtx_chart_figure_draw (cr, width, height, style, "52", "省级及以上专精特新企业", "较上年末增加 9 家", areas);
}

#define TABLE_ROWS 40

static guint table_drawn;

static void
draw_table (cairo_t *cr, double width, double height, const ZjtxChartStyle *style, GArray *areas)
{
  static const char * const headers[] = { "企业名称", "所在乡镇", "认定到期" };
  static const double weights[] = { 3, 1.5, 1.2 };
  static const gboolean numeric[] = { FALSE, FALSE, TRUE };
  static char names[TABLE_ROWS][128];
  static char dates[TABLE_ROWS][16];
  const char *cells[TABLE_ROWS * 3];

  for (guint i = 0; i < TABLE_ROWS; i++)
    {
      g_snprintf (names[i], sizeof names[i], "福建省永春县第%u精密机械制造有限责任公司", i + 1);
      g_snprintf (dates[i], sizeof dates[i], "2025-%02u-%02u", i % 12 + 1, i % 28 + 1);
      cells[3 * i] = names[i];
      cells[3 * i + 1] = townships[i % N_TOWNSHIPS];
      cells[3 * i + 2] = dates[i];
    }
  table_drawn = zjtx_chart_table_draw (cr, width, height, style, headers, 3, cells, TABLE_ROWS,
                                       weights, numeric, areas);
}

static cairo_surface_t *
render (DrawFunc              draw,
        int                   width,
        int                   height,
        const ZjtxChartStyle *style,
        GArray               *areas)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 0, 1);   /* what the chart leaves unpainted shows */
  cairo_paint (cr);
  draw (cr, width, height, style, areas);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Layout checks */

static void
assert_labels_apart (GArray *areas,
                     double  width,
                     double  height)
{
  for (guint i = 0; i < areas->len; i++)
    {
      const ZjtxChartArea *a = &g_array_index (areas, ZjtxChartArea, i);

      g_assert_cmpfloat (a->box.width, >, 0);
      g_assert_cmpfloat (a->box.height, >, 0);
      g_assert_cmpfloat (a->box.x, >=, -EPSILON);
      g_assert_cmpfloat (a->box.y, >=, -EPSILON);
      g_assert_cmpfloat (a->box.x + a->box.width, <=, width + EPSILON);
      g_assert_cmpfloat (a->box.y + a->box.height, <=, height + EPSILON);
      if (a->kind != ZJTX_CHART_AREA_LABEL)
        continue;
      for (guint j = i + 1; j < areas->len; j++)
        {
          const ZjtxChartArea *b = &g_array_index (areas, ZjtxChartArea, j);

          if (b->kind == ZJTX_CHART_AREA_LABEL && zjtx_chart_box_overlaps (&a->box, &b->box))
            g_error ("labels %u (item %d, series %d: %g,%g %g×%g) and %u (item %d, series %d: %g,%g %g×%g) overlap",
                     i, a->item, a->series, a->box.x, a->box.y, a->box.width, a->box.height,
                     j, b->item, b->series, b->box.x, b->box.y, b->box.width, b->box.height);
        }
    }
}

static guint
count_areas (GArray            *areas,
             ZjtxChartAreaKind  kind,
             int                item,     /* G_MININT: any */
             int                series)   /* G_MININT: any */
{
  guint n = 0;

  for (guint i = 0; i < areas->len; i++)
    {
      const ZjtxChartArea *a = &g_array_index (areas, ZjtxChartArea, i);

      if (a->kind == kind && (item == G_MININT || a->item == item) && (series == G_MININT || a->series == series))
        n++;
    }
  return n;
}

static const ZjtxChartArea *
find_area (GArray            *areas,
           ZjtxChartAreaKind  kind,
           int                item,
           int                series)
{
  for (guint i = 0; i < areas->len; i++)
    {
      const ZjtxChartArea *a = &g_array_index (areas, ZjtxChartArea, i);

      if (a->kind == kind && (item == G_MININT || a->item == item) && (series == G_MININT || a->series == series))
        return a;
    }
  return NULL;
}

/* Draws @draw at @width × @height and checks its labels; the areas. */
static GArray *
layout (DrawFunc           draw,
        int                width,
        int                height,
        ZjtxChartThemeKind theme,
        double             font_size)
{
  ZjtxChartStyle style = style_for (theme, font_size);
  GArray *areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
  cairo_surface_t *surface = render (draw, width, height, &style, areas);

  assert_labels_apart (areas, width, height);
  cairo_surface_destroy (surface);
  return areas;
}

/* Unit tests */

static void
test_percent (void)
{
  static const struct { gint64 ppm; const char *text; } cases[] = {
    { 172000, "17.2%" }, { 172499, "17.2%" }, { 172500, "17.3%" }, { 200000, "20.0%" },
    { 0, "0.0%" }, { 499, "0.0%" }, { 500, "0.1%" }, { 999500, "100.0%" }, { 1000000, "100.0%" },
    { 1234567, "123.5%" }, { -172500, "-17.3%" }, { -172499, "-17.2%" }, { -499, "0.0%" },
    { G_MININT64, "-922337203685477.6%" }, { G_MAXINT64, "922337203685477.6%" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = zjtx_chart_format_percent (cases[i].ppm);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_overlaps (void)
{
  const ZjtxChartBox a = { 0, 0, 10, 10 };
  const ZjtxChartBox right = { 10, 0, 10, 10 };       /* touching */
  const ZjtxChartBox below = { 0, 10, 10, 10 };
  const ZjtxChartBox inside = { 2, 2, 1, 1 };
  const ZjtxChartBox corner = { 9.5, 9.5, 10, 10 };

  g_assert_false (zjtx_chart_box_overlaps (&a, &right));
  g_assert_false (zjtx_chart_box_overlaps (&a, &below));
  g_assert_true (zjtx_chart_box_overlaps (&a, &inside));
  g_assert_true (zjtx_chart_box_overlaps (&inside, &a));
  g_assert_true (zjtx_chart_box_overlaps (&a, &corner));
}

static double
lightness (const ZjtxChartColor *c)
{
  double rgb[3] = { c->red, c->green, c->blue }, y;

  for (int i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.04045 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  return y > 0.008856 ? 116 * cbrt (y) - 16 : 903.3 * y;   /* CIE L* */
}

static double
contrast (const ZjtxChartColor *a,
          const ZjtxChartColor *b)
{
  double la = pow ((lightness (a) + 16) / 116, 3), lb = pow ((lightness (b) + 16) / 116, 3);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Paper tells the series apart by lightness alone (L* 12 apart at least);
 * on screen every series stands out from the background (3:1) and the
 * text reads (7:1). */
static void
test_themes (void)
{
  const ZjtxChartTheme *print = zjtx_chart_theme_get (ZJTX_CHART_THEME_PRINT);

  for (guint i = 0; i < ZJTX_CHART_N_SERIES; i++)
    for (guint j = i + 1; j < ZJTX_CHART_N_SERIES; j++)
      g_assert_cmpfloat (fabs (lightness (&print->series[i]) - lightness (&print->series[j])), >=, 12);
  g_assert_cmpfloat (fabs (lightness (&print->good) - lightness (&print->bad)), >=, 25);

  for (ZjtxChartThemeKind k = ZJTX_CHART_THEME_LIGHT; k <= ZJTX_CHART_THEME_PRINT; k++)
    {
      const ZjtxChartTheme *theme = zjtx_chart_theme_get (k);

      g_assert_cmpint (theme->kind, ==, k);
      g_assert_cmpfloat (contrast (&theme->text, &theme->background), >=, 7);
      g_assert_cmpfloat (contrast (&theme->muted, &theme->background), >=, 4.5);
      if (k == ZJTX_CHART_THEME_PRINT)
        continue;
      for (guint i = 0; i < ZJTX_CHART_N_SERIES; i++)
        g_assert_cmpfloat (contrast (&theme->series[i], &theme->background), >=, 3);
    }
}

/* Layout tests */

static guint
check_rows (GArray *areas,
            guint   n,
            guint   expected_shown,
            gboolean values_written)
{
  guint shown = count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, -1);

  g_assert_cmpuint (shown, ==, expected_shown);
  for (guint i = 0; i < shown; i++)
    {
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, (int) i, -1), ==, 1);
      /* The name, and the value when there is room for values. */
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) i, -1), ==, values_written ? 2 : 1);
    }
  if (shown < n)
    {
      g_assert_nonnull (find_area (areas, ZJTX_CHART_AREA_MARK, (int) shown, ZJTX_CHART_SERIES_MORE));
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) shown, ZJTX_CHART_SERIES_MORE), ==, 1);
    }
  else
    g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, ZJTX_CHART_SERIES_MORE), ==, 0);
  return shown;
}

/* The 22 townships with long names: all of them at 960 × 540 in a 16-unit
 * font (shrunk a little), 16 and "+6 more" at 480 × 270 (at the smallest
 * font, 60%), 6 and "+16 more" in 200 × 120. Long names end in "…" within
 * 40% of the width. */
static void
test_townships (void)
{
  static const struct { int width, height; guint shown; gboolean values; } sizes[] = {
    { 960, 540, 22, TRUE }, { 480, 270, 16, TRUE }, { 200, 120, 6, TRUE }, { 60, 30, 0, FALSE },
  };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_townships, sizes[k].width, sizes[k].height, ZJTX_CHART_THEME_LIGHT, 16);

      check_rows (areas, N_TOWNSHIPS, sizes[k].shown, sizes[k].values);
      if (sizes[k].shown > 1)
        {
          const ZjtxChartArea *name = find_area (areas, ZJTX_CHART_AREA_LABEL, 1, -1);

          g_assert_nonnull (name);
          g_assert_cmpfloat (name->box.width, <=, 0.4 * sizes[k].width + EPSILON);
        }
    }
  /* Tiny and flat: nothing drawn is no error. */
  {
    g_autoptr(GArray) areas = layout (draw_townships, 30, 8, ZJTX_CHART_THEME_LIGHT, 16);

    g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, G_MININT, G_MININT), ==, 0);
  }
}

/* Stacked: one mark per non-zero segment, the sum after each stack, a
 * legend of four; by year, vertical. */
static void
test_stacked (void)
{
  static const int sizes[][2] = { { 960, 540 }, { 480, 270 }, { 200, 120 } };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_stacked, sizes[k][0], sizes[k][1], ZJTX_CHART_THEME_PRINT, 16);
      const ZjtxChartArea *more = find_area (areas, ZJTX_CHART_AREA_MARK, G_MININT, ZJTX_CHART_SERIES_MORE);
      guint shown = more != NULL ? (guint) more->item : N_TOWNSHIPS;

      for (guint s = 0; s < 4; s++)
        g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, -1, (int) s), ==, 1);
      for (guint i = 0; i < shown; i++)
        for (guint s = 0; s < 4; s++)
          g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, (int) i, (int) s), ==, tier_values[i][s] > 0);
      for (guint i = shown; i < N_TOWNSHIPS; i++)
        for (guint s = 0; s < 4; s++)
          g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, (int) i, (int) s), ==, 0);
      if (k == 0)
        {
          g_assert_null (more);
          /* Name and sum for each. */
          for (guint i = 0; i < N_TOWNSHIPS; i++)
            g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) i, -1), ==, 2);
        }
      else
        g_assert_nonnull (more);
    }

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(GArray) areas = layout (draw_stacked_years, k == 0 ? 960 : 480, k == 0 ? 540 : 270,
                                        ZJTX_CHART_THEME_LIGHT, k == 0 ? 20 : 10);

      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, G_MININT), ==, 17);
      for (guint i = 0; i < 6; i++)
        g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) i, -1), ==, 2);
    }
}

/* Four levels, widest at the base; a label and a count for each. */
static void
test_pyramid (void)
{
  static const int sizes[][2] = { { 960, 540 }, { 480, 270 }, { 200, 120 }, { 120, 60 } };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_pyramid, sizes[k][0], sizes[k][1], ZJTX_CHART_THEME_LIGHT, 16);

      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, G_MININT), ==, 4);
      for (guint i = 1; i < 4; i++)
        {
          const ZjtxChartArea *lower = find_area (areas, ZJTX_CHART_AREA_MARK, (int) i - 1, -1);
          const ZjtxChartArea *upper = find_area (areas, ZJTX_CHART_AREA_MARK, (int) i, -1);

          g_assert_cmpfloat (upper->box.width, <, lower->box.width);
          g_assert_cmpfloat (upper->box.y + upper->box.height, <=, lower->box.y + EPSILON);
        }
      if (k < 2)
        for (guint i = 0; i < 4; i++)
          g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) i, -1), ==, 2);
    }
}

static void
test_progress (void)
{
  static const struct { int width, height; guint shown; } sizes[] = {
    { 960, 540, 3 }, { 480, 270, 3 }, { 200, 120, 1 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_progress, sizes[k].width, sizes[k].height, ZJTX_CHART_THEME_LIGHT, 16);

      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, -1), ==, sizes[k].shown);
      /* Label, figures and note. */
      for (guint i = 0; i < sizes[k].shown; i++)
        g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) i, -1), ==, 3);
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, ZJTX_CHART_SERIES_MORE), ==,
                        sizes[k].shown < 3);
    }
}

/* 30 months, three lines: a mark per point, the periods thinned from the
 * last (always named), the three last values and the legend. */
static void
test_line (void)
{
  static const int sizes[][2] = { { 960, 540 }, { 480, 270 }, { 200, 120 } };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_line, sizes[k][0], sizes[k][1], ZJTX_CHART_THEME_PRINT, 16);
      guint periods = 0;

      for (guint s = 0; s < 3; s++)
        {
          g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, (int) s), ==, N_PERIODS);
          g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, -1, (int) s), ==, 1);   /* legend */
          if (k < 2)
            g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, N_PERIODS - 1, (int) s), ==, 1);
        }
      for (int i = 0; i < N_PERIODS; i++)
        periods += count_areas (areas, ZJTX_CHART_AREA_LABEL, i, -1);
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, N_PERIODS - 1, -1), ==, 1);
      g_assert_cmpuint (periods, >=, 2);
      g_assert_cmpuint (periods, <, N_PERIODS);
      /* The grid's values: from 0, at least three. */
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, -1, -1), >=, k < 2 ? 3 : 2);
    }
}

/* Rows that do not fit are left out: 40 rows of 25.6 under a header in
 * 527.2 leave room for 19 lines, 18 rows and "+22 more". */
static void
test_table (void)
{
  static const struct { int width, height; guint drawn; } sizes[] = {
    { 960, 540, 18 }, { 480, 270, 8 }, { 200, 120, 2 }, { 200, 50, 0 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_table, sizes[k].width, sizes[k].height, ZJTX_CHART_THEME_LIGHT, 16);

      g_assert_cmpuint (table_drawn, ==, sizes[k].drawn);
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, G_MININT, -1), ==, sizes[k].drawn);
      /* The headers and every cell, where columns are wide enough. */
      if (sizes[k].width >= 480)
        {
          g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, -1, -1), ==, 3);
          for (guint i = 0; i < sizes[k].drawn; i++)
            g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, (int) i, -1), ==, 3);
        }
      /* "+N more" on the last line, when there is one. */
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, (int) sizes[k].drawn, ZJTX_CHART_SERIES_MORE), ==,
                        sizes[k].drawn > 0);
    }

  /* All of them where they fit. */
  {
    g_autoptr(GArray) areas = layout (draw_table, 960, 1200, ZJTX_CHART_THEME_LIGHT, 16);

    g_assert_cmpuint (table_drawn, ==, TABLE_ROWS);
    g_assert_null (find_area (areas, ZJTX_CHART_AREA_MARK, G_MININT, ZJTX_CHART_SERIES_MORE));
  }
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x) & 0xffffff;
}

static guint32
hex (const ZjtxChartColor *c)
{
  return (guint32) lround (c->red * 255) << 16 | (guint32) lround (c->green * 255) << 8 | (guint32) lround (c->blue * 255);
}

/* 17.2% against 20%: the figure, the requirement and the label written;
 * the ring filled from its left end in the theme's "bad", or "good" once
 * the share is met. */
static void
test_gauge (void)
{
  static const int sizes[][2] = { { 960, 540 }, { 480, 270 }, { 200, 120 } };
  const ZjtxChartTheme *theme = zjtx_chart_theme_get (ZJTX_CHART_THEME_LIGHT);

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_gauge, sizes[k][0], sizes[k][1], ZJTX_CHART_THEME_LIGHT, 16);

      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_MARK, 0, -1), ==, 1);
      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, 0, -1), ==, 3);
    }

  for (guint met = 0; met < 2; met++)
    {
      ZjtxChartStyle style = style_for (ZJTX_CHART_THEME_LIGHT, 20);
      g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 480, 270);
      cairo_t *cr = cairo_create (surface);
      const ZjtxChartArea *ring;
      double r;

      zjtx_chart_gauge_draw (cr, 480, 270, &style, met ? 205000 : 172000, 200000, "占比", areas);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      ring = find_area (areas, ZJTX_CHART_AREA_MARK, 0, -1);
      r = ring->box.width / 2;
      /* The middle of the ring's thickness, just above its left end. */
      g_assert_cmphex (pixel (surface, (int) (ring->box.x + 0.15 * r), (int) (ring->box.y + r - 3)), ==,
                       hex (met ? &theme->good : &theme->bad));
      /* Past 20.5% at the top: the track. */
      g_assert_cmphex (pixel (surface, (int) (ring->box.x + r), (int) (ring->box.y + 0.15 * r)), ==,
                       hex (&theme->grid));
      cairo_surface_destroy (surface);
    }
}

static void
test_figure (void)
{
  static const struct { int width, height; guint labels; } sizes[] = {
    { 960, 540, 3 }, { 480, 270, 3 }, { 200, 80, 3 }, { 200, 60, 2 }, { 200, 30, 1 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      g_autoptr(GArray) areas = layout (draw_figure, sizes[k].width, sizes[k].height, ZJTX_CHART_THEME_LIGHT, 16);

      g_assert_cmpuint (count_areas (areas, ZJTX_CHART_AREA_LABEL, 0, -1), ==, sizes[k].labels);
    }
}

/* A chart can be drawn into a box inside a larger drawing: nothing is
 * painted outside it. */
static void
test_stays_in_box (void)
{
  const ZjtxChartStyle style = style_for (ZJTX_CHART_THEME_DARK, 16);
  DrawFunc draws[] = { draw_townships, draw_years, draw_stacked, draw_stacked_years, draw_pyramid,
                       draw_progress, draw_line, draw_gauge, draw_figure, draw_table };

  for (guint k = 0; k < G_N_ELEMENTS (draws); k++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 300, 200);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 1, 0, 1);
      cairo_paint (cr);
      cairo_translate (cr, 50, 40);
      draws[k] (cr, 200, 120, &style, NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (int y = 0; y < 200; y++)
        for (int x = 0; x < 300; x++)
          if (x < 50 || x >= 250 || y < 40 || y >= 160)
            g_assert_cmphex (pixel (surface, x, y), ==, 0xff00ff);
          else
            g_assert_cmphex (pixel (surface, x, y), !=, 0xff00ff);
      cairo_surface_destroy (surface);
    }
}

/* References */

typedef struct {
  const char         *name;
  DrawFunc            draw;
  ZjtxChartThemeKind  theme;
} Reference;

static const Reference references[] = {
  { "progress", draw_progress, ZJTX_CHART_THEME_LIGHT },
  { "pyramid", draw_pyramid, ZJTX_CHART_THEME_LIGHT },
  { "townships", draw_townships, ZJTX_CHART_THEME_LIGHT },
  { "years", draw_years, ZJTX_CHART_THEME_LIGHT },
  { "stacked", draw_stacked, ZJTX_CHART_THEME_LIGHT },
  { "stacked-years", draw_stacked_years, ZJTX_CHART_THEME_LIGHT },
  { "line", draw_line, ZJTX_CHART_THEME_LIGHT },
  { "gauge", draw_gauge, ZJTX_CHART_THEME_LIGHT },
  { "figure", draw_figure, ZJTX_CHART_THEME_LIGHT },
  { "table", draw_table, ZJTX_CHART_THEME_LIGHT },
  { "stacked-print", draw_stacked, ZJTX_CHART_THEME_PRINT },
  { "line-print", draw_line, ZJTX_CHART_THEME_PRINT },
  { "pyramid-dark", draw_pyramid, ZJTX_CHART_THEME_DARK },
  { "progress-dark", draw_progress, ZJTX_CHART_THEME_DARK },
};

/* Against tests/render/data/chart-<name>-<width>.png: at most 0.5% of the
 * pixels may differ by more than 64 in a channel (anti-aliasing and font
 * versions move edges, not whole labels). */
static void
test_reference (gconstpointer data)
{
  const Reference *ref = data;

  for (int width = 960; width >= 480; width /= 2)
    {
      int height = width * 9 / 16;
      ZjtxChartStyle style = style_for (ref->theme, height / 27.0);
      g_autofree char *file = g_strdup_printf ("chart-%s-%d.png", ref->name, width);
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "render", "data", file, NULL);
      g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
      cairo_surface_t *surface = render (ref->draw, width, height, &style, areas);
      cairo_surface_t *reference;
      guint differing = 0;

      assert_labels_apart (areas, width, height);

      if (g_strcmp0 (g_getenv ("ZJTX_WRITE_REFERENCES"), "1") == 0)
        {
          g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
          g_test_message ("wrote %s: look at it before keeping it", path);
          cairo_surface_destroy (surface);
          continue;
        }

      reference = cairo_image_surface_create_from_png (path);
      g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
      g_assert_cmpint (cairo_image_surface_get_width (reference), ==, width);
      g_assert_cmpint (cairo_image_surface_get_height (reference), ==, height);
      for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
          {
            guint32 a = pixel (surface, x, y), b = pixel (reference, x, y);

            for (int shift = 0; shift < 24; shift += 8)
              if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 64)
                {
                  differing++;
                  break;
                }
          }
      g_test_message ("%s: %u of %d pixels differ", file, differing, width * height);
      g_assert_cmpuint (differing, <=, (guint) (width * height) / 200);

      cairo_surface_destroy (reference);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  fill_tier_values ();

  g_test_add_func ("/render/chart/percent", test_percent);
  g_test_add_func ("/render/chart/overlaps", test_overlaps);
  g_test_add_func ("/render/chart/themes", test_themes);
  g_test_add_func ("/render/chart/townships", test_townships);
  g_test_add_func ("/render/chart/stacked", test_stacked);
  g_test_add_func ("/render/chart/pyramid", test_pyramid);
  g_test_add_func ("/render/chart/progress", test_progress);
  g_test_add_func ("/render/chart/line", test_line);
  g_test_add_func ("/render/chart/table", test_table);
  g_test_add_func ("/render/chart/gauge", test_gauge);
  g_test_add_func ("/render/chart/figure", test_figure);
  g_test_add_func ("/render/chart/stays-in-box", test_stays_in_box);
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    {
      g_autofree char *path = g_strdup_printf ("/render/chart/reference/%s", references[i].name);

      g_test_add_data_func (path, &references[i], test_reference);
    }

  return g_test_run ();
}
