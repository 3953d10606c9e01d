/* zjtx-presentation-window.h: the dashboards full screen, one per slide */
#pragma once

#include <adwaita.h>

#include "render/zjtx-dashboard.h"
#include "zjtx-dashboard-view.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_PRESENTATION_WINDOW (zjtx_presentation_window_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxPresentationWindow, zjtx_presentation_window, ZJTX, PRESENTATION_WINDOW, AdwWindow)

/* The slides kept in the settings' presentation-slides (@settings may be
 * NULL): their kinds into @kinds, in order, each once; unknown names are
 * left out, and none at all gives every dashboard. Returns how many. */
guint                   zjtx_presentation_read_slides         (GSettings               *settings,
                                                               ZjtxDashboardKind        kinds[ZJTX_N_DASHBOARDS]);

/* A window showing @slides (@n_slides of them, at least one) of @data,
 * from the first; present it with zjtx_presentation_window_present (). */
ZjtxPresentationWindow *zjtx_presentation_window_new          (GtkWindow               *parent,
                                                               ZjtxDashboards          *data,
                                                               const ZjtxDashboardKind *slides,
                                                               guint                    n_slides);
/* Shows the window full screen. */
void                    zjtx_presentation_window_present      (ZjtxPresentationWindow  *self);

guint                   zjtx_presentation_window_get_n_slides (ZjtxPresentationWindow  *self);
ZjtxDashboardKind       zjtx_presentation_window_get_slide_kind (ZjtxPresentationWindow *self,
                                                               guint                    index);
/* The index of the slide shown, from 0. */
guint                   zjtx_presentation_window_get_slide    (ZjtxPresentationWindow  *self);
/* Shows slide @index (the last one if past the end). */
void                    zjtx_presentation_window_set_slide    (ZjtxPresentationWindow  *self,
                                                               guint                    index);
ZjtxDashboardView      *zjtx_presentation_window_get_view     (ZjtxPresentationWindow  *self);

G_END_DECLS
