/* test-trend-chart.c: where the points of a trend go, and what is drawn */

#include "config.h"

#include "render/zjtx-trend-chart.h"

static const ZjtxTrendStyle style = {
  .line = { 1, 0, 0, 1 },
  .text = { 0, 0, 0, 1 },
  .zero = { 0, 0, 1, 1 },
  .font = "Sans 8",
};

/* 100 × 60 with 12 for labels: plot x 4–96, y 4 (largest) – 44 (smallest). */
static void
test_layout (void)
{
  const ZjtxTrendPoint rising[] = { { "2023", 10 }, { "2024", 20 }, { "2025", 30 } };
  const ZjtxTrendPoint flat[] = { { "2023", 5 }, { "2024", 5 } };
  const ZjtxTrendPoint one[] = { { "2025", 123 } };
  const ZjtxTrendPoint signs[] = { { "2024", -10 }, { "2025", 10 } };
  const ZjtxTrendPoint extremes[] = { { "2024", G_MININT64 + 1 }, { "2025", G_MAXINT64 } };
  double xs[3], ys[3];

  zjtx_trend_chart_layout (100, 60, 12, rising, 3, xs, ys);
  g_assert_cmpfloat (xs[0], ==, 4);
  g_assert_cmpfloat (xs[1], ==, 50);
  g_assert_cmpfloat (xs[2], ==, 96);
  g_assert_cmpfloat (ys[0], ==, 44);
  g_assert_cmpfloat (ys[1], ==, 24);
  g_assert_cmpfloat (ys[2], ==, 4);

  zjtx_trend_chart_layout (100, 60, 12, flat, 2, xs, ys);
  g_assert_cmpfloat (ys[0], ==, 24);
  g_assert_cmpfloat (ys[1], ==, 24);

  zjtx_trend_chart_layout (100, 60, 12, one, 1, xs, ys);
  g_assert_cmpfloat (xs[0], ==, 50);
  g_assert_cmpfloat (ys[0], ==, 24);

  zjtx_trend_chart_layout (100, 60, 12, signs, 2, xs, ys);
  g_assert_cmpfloat (ys[0], ==, 44);
  g_assert_cmpfloat (ys[1], ==, 4);

  /* The whole range of int64 without overflow. */
  zjtx_trend_chart_layout (100, 60, 12, extremes, 2, xs, ys);
  g_assert_cmpfloat (ys[0], ==, 44);
  g_assert_cmpfloat (ys[1], ==, 4);
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint8 *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + 4 * x);
}

static gboolean
any_dark (cairo_surface_t *surface,
          int x0, int y0, int x1, int y1)
{
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 p = pixel (surface, x, y);

        /* ARGB32, premultiplied: opaque enough, no red: the black text. */
        if ((p >> 24) > 0x80 && ((p >> 16) & 0xff) < 0x40)
          return TRUE;
      }
  return FALSE;
}

static void
test_draw (void)
{
  const ZjtxTrendPoint rising[] = { { "2023", 10 }, { "2024", 20 }, { "2025", 30 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 60);
  cairo_t *cr = cairo_create (surface);

  zjtx_trend_chart_draw (cr, 100, 60, rising, 3, &style);
  cairo_surface_flush (surface);

  /* The middle point, opaque red. */
  g_assert_cmphex (pixel (surface, 50, 24), ==, 0xffff0000);
  /* Above the line on the left: nothing. */
  g_assert_cmphex (pixel (surface, 20, 8), ==, 0);
  /* The two period labels along the bottom, nothing between them. */
  g_assert_true (any_dark (surface, 0, 46, 40, 60));
  g_assert_true (any_dark (surface, 60, 46, 100, 60));
  g_assert_false (any_dark (surface, 42, 46, 58, 60));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_draw_nothing_and_zero_line (void)
{
  const ZjtxTrendPoint signs[] = { { "2024", -10 }, { "2025", 10 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 100, 60);
  cairo_t *cr = cairo_create (surface);
  gboolean blank = TRUE;

  zjtx_trend_chart_draw (cr, 100, 60, signs, 0, &style);
  cairo_surface_flush (surface);
  for (int y = 0; y < 60; y++)
    for (int x = 0; x < 100; x++)
      blank = blank && pixel (surface, x, y) == 0;
  g_assert_true (blank);

  /* From -10 to 10: zero half-way, y 24, dashed blue from the left edge. */
  zjtx_trend_chart_draw (cr, 100, 60, signs, 2, &style);
  cairo_surface_flush (surface);
  g_assert_cmphex (pixel (surface, 0, 24), ==, 0xff0000ff);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A box narrower than both labels: only the last is drawn. */
static void
test_narrow_labels_do_not_overlap (void)
{
  const ZjtxTrendPoint points[] = { { "2023Q1", 1 }, { "2025Q4", 2 } };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 64, 40);
  cairo_t *cr = cairo_create (surface);

  zjtx_trend_chart_draw (cr, 64, 40, points, 2, &style);
  cairo_surface_flush (surface);
  /* The last label ends at the right edge; the far left of the label
   * line stays empty when it is narrower than the box. */
  g_assert_true (any_dark (surface, 34, 26, 64, 40));
  g_assert_false (any_dark (surface, 0, 26, 12, 40));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/trend-chart/layout", test_layout);
  g_test_add_func ("/render/trend-chart/draw", test_draw);
  g_test_add_func ("/render/trend-chart/nothing-and-zero-line", test_draw_nothing_and_zero_line);
  g_test_add_func ("/render/trend-chart/narrow", test_narrow_labels_do_not_overlap);

  return g_test_run ();
}
