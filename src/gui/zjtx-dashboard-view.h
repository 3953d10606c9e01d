/* zjtx-dashboard-view.h: one meeting dashboard (src/render's) as a widget */
#pragma once

#include <gtk/gtk.h>

#include "render/zjtx-dashboard.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_DASHBOARD_VIEW (zjtx_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxDashboardView, zjtx_dashboard_view, ZJTX, DASHBOARD_VIEW, GtkWidget)

GtkWidget         *zjtx_dashboard_view_new       (ZjtxDashboardKind  kind);

ZjtxDashboardKind  zjtx_dashboard_view_get_kind  (ZjtxDashboardView *self);
void               zjtx_dashboard_view_set_kind  (ZjtxDashboardView *self,
                                                  ZjtxDashboardKind  kind);
/* The figures drawn (a reference is kept); NULL draws nothing. */
ZjtxDashboards    *zjtx_dashboard_view_get_data  (ZjtxDashboardView *self);
void               zjtx_dashboard_view_set_data  (ZjtxDashboardView *self,
                                                  ZjtxDashboards    *data);
/* The clock in the title band ("14:05"), or NULL for none. */
void               zjtx_dashboard_view_set_clock (ZjtxDashboardView *self,
                                                  const char        *clock);

/* The links (ZjtxDashboardLink) of the last draw, in widget coordinates;
 * empty before the first. */
GArray            *zjtx_dashboard_view_get_links (ZjtxDashboardView *self);
/* The index in the links of the one the keyboard is on (arrows move,
 * Enter opens), or -1. */
int                zjtx_dashboard_view_get_focus_link (ZjtxDashboardView *self);
/* The link under (@x, @y) in widget coordinates, or NULL. */
const char        *zjtx_dashboard_view_link_at   (ZjtxDashboardView *self,
                                                  double             x,
                                                  double             y);

G_END_DECLS
