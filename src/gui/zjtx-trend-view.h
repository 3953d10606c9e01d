/* zjtx-trend-view.h: a small trend chart of one figure (src/render's) as a widget */
#pragma once

#include <gtk/gtk.h>

#include "render/zjtx-trend-chart.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TREND_VIEW (zjtx_trend_view_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxTrendView, zjtx_trend_view, ZJTX, TREND_VIEW, GtkWidget)

GtkWidget *zjtx_trend_view_new        (void);
/* Copies @points (labels too); draws again. */
void       zjtx_trend_view_set_points (ZjtxTrendView        *self,
                                       const ZjtxTrendPoint *points,
                                       guint                 n_points);
guint      zjtx_trend_view_get_n_points (ZjtxTrendView      *self);
/* The value of the point at @index (for tests and accessibility). */
gint64     zjtx_trend_view_get_value  (ZjtxTrendView        *self,
                                       guint                 index);

G_END_DECLS
