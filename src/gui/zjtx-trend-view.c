/* zjtx-trend-view.c: a small trend chart of one figure as a widget
 *
 * The drawing is src/render's, the same the dashboards and the bulletin
 * use; the widget only gives it the theme's colours, so that it follows
 * the dark style.
 */

#include "config.h"

#include "zjtx-trend-view.h"

struct _ZjtxTrendView
{
  GtkWidget  parent_instance;

  GArray    *points;   /* ZjtxTrendPoint, labels owned */
};

G_DEFINE_FINAL_TYPE (ZjtxTrendView, zjtx_trend_view, GTK_TYPE_WIDGET)

GtkWidget *
zjtx_trend_view_new (void)
{
  return g_object_new (ZJTX_TYPE_TREND_VIEW, NULL);
}

static void
clear_point (gpointer data)
{
  ZjtxTrendPoint *point = data;

  g_free ((char *) point->label);
}

void
zjtx_trend_view_set_points (ZjtxTrendView        *self,
                            const ZjtxTrendPoint *points,
                            guint                 n_points)
{
  g_return_if_fail (ZJTX_IS_TREND_VIEW (self));
  g_return_if_fail (n_points == 0 || points != NULL);

  g_array_set_size (self->points, 0);
  for (guint i = 0; i < n_points; i++)
    {
      ZjtxTrendPoint copy = { g_strdup (points[i].label), points[i].value };

      g_array_append_val (self->points, copy);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
zjtx_trend_view_get_n_points (ZjtxTrendView *self)
{
  g_return_val_if_fail (ZJTX_IS_TREND_VIEW (self), 0);

  return self->points->len;
}

gint64
zjtx_trend_view_get_value (ZjtxTrendView *self,
                           guint          index)
{
  g_return_val_if_fail (ZJTX_IS_TREND_VIEW (self), 0);
  g_return_val_if_fail (index < self->points->len, 0);

  return g_array_index (self->points, ZjtxTrendPoint, index).value;
}

static ZjtxChartColor
chart_color (const GdkRGBA *rgba,
             double         alpha)
{
  return (ZjtxChartColor) { rgba->red, rgba->green, rgba->blue, rgba->alpha * alpha };
}

static void
zjtx_trend_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  ZjtxTrendView *self = ZJTX_TREND_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkStyleContext *context;
  GdkRGBA fg, accent;
  g_autofree char *font = NULL;
  PangoFontDescription *description = NULL;
  ZjtxTrendStyle style;
  cairo_t *cr;

  if (self->points->len == 0 || width <= 0 || height <= 0)
    return;

  /* GTK 4.8 has no gtk_widget_get_color () (4.10). */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (widget);
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;
  G_GNUC_END_IGNORE_DEPRECATIONS

  g_object_get (gtk_widget_get_settings (widget), "gtk-font-name", &font, NULL);
  description = pango_font_description_from_string (font != NULL ? font : "Sans 10");
  /* A size smaller than the text around it: the labels are secondary. */
  pango_font_description_set_size (description, pango_font_description_get_size (description) * 4 / 5);
  g_free (font);
  font = pango_font_description_to_string (description);
  pango_font_description_free (description);

  style = (ZjtxTrendStyle) {
    .line = chart_color (&accent, 1.0),
    .text = chart_color (&fg, 0.7),
    .zero = chart_color (&fg, 0.35),
    .font = font,
  };

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  zjtx_trend_chart_draw (cr, width, height, (const ZjtxTrendPoint *) (gpointer) self->points->data,
                         self->points->len, &style);
  cairo_destroy (cr);
}

static void
zjtx_trend_view_finalize (GObject *object)
{
  ZjtxTrendView *self = ZJTX_TREND_VIEW (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (zjtx_trend_view_parent_class)->finalize (object);
}

static void
zjtx_trend_view_class_init (ZjtxTrendViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = zjtx_trend_view_finalize;
  widget_class->snapshot = zjtx_trend_view_snapshot;

  gtk_widget_class_set_css_name (widget_class, "trendview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zjtx_trend_view_init (ZjtxTrendView *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (ZjtxTrendPoint));
  g_array_set_clear_func (self->points, clear_point);
  gtk_widget_set_size_request (GTK_WIDGET (self), 160, 56);
}
