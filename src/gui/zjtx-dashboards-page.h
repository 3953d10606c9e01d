/* zjtx-dashboards-page.h: the three meeting dashboards as of a date */
#pragma once

#include <adwaita.h>

#include "core/zjtx-date.h"
#include "model/zjtx-store.h"
#include "render/zjtx-dashboard.h"
#include "zjtx-dashboard-view.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_DASHBOARDS_PAGE (zjtx_dashboards_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxDashboardsPage, zjtx_dashboards_page, ZJTX, DASHBOARDS_PAGE, AdwBin)

GtkWidget         *zjtx_dashboards_page_new          (ZjtxStore          *store);
ZjtxStore         *zjtx_dashboards_page_get_store    (ZjtxDashboardsPage *self);
void               zjtx_dashboards_page_set_store    (ZjtxDashboardsPage *self,
                                                      ZjtxStore          *store);
/* The preferences holding the issuing office (the bulletin) and the
 * slides of the presentation; NULL: the defaults. */
void               zjtx_dashboards_page_set_settings (ZjtxDashboardsPage *self,
                                                      GSettings          *settings);

/* The date the figures are as of: today unless chosen. */
ZjtxDate           zjtx_dashboards_page_get_as_of    (ZjtxDashboardsPage *self);
/* ZJTX_DATE_NONE is today; reloads. */
void               zjtx_dashboards_page_set_as_of    (ZjtxDashboardsPage *self,
                                                      ZjtxDate            as_of);

/* Reads the store again. Done now if the page is shown, else when it is
 * next shown. */
void               zjtx_dashboards_page_reload       (ZjtxDashboardsPage *self);
/* The figures shown, or NULL before the page is first shown (or when they
 * could not be read). */
ZjtxDashboards    *zjtx_dashboards_page_get_data     (ZjtxDashboardsPage *self);

/* The dashboard shown, and its view. */
ZjtxDashboardKind  zjtx_dashboards_page_get_kind     (ZjtxDashboardsPage *self);
void               zjtx_dashboards_page_set_kind     (ZjtxDashboardsPage *self,
                                                      ZjtxDashboardKind   kind);
ZjtxDashboardView *zjtx_dashboards_page_get_view     (ZjtxDashboardsPage *self,
                                                      ZjtxDashboardKind   kind);

/* Opens the presentation of the slides chosen in the settings, full
 * screen (reading the figures first if the page was never shown), or
 * presents the one already open; returns it, or NULL without a store or
 * figures (a toast says why). */
GtkWindow         *zjtx_dashboards_page_present      (ZjtxDashboardsPage *self);

/* Writes the dashboard @kind to @path, a 1920×1080 PNG or an A4 PDF by
 * its extension (zjtx_dashboard_export ()). */
gboolean           zjtx_dashboards_page_export       (ZjtxDashboardsPage *self,
                                                      ZjtxDashboardKind   kind,
                                                      const char         *path,
                                                      GError            **error);

/* The bulletin's period dialog, as Bulletin… opens it; returns it. Its
 * Save… asks where to write the bulletin. */
GtkWindow         *zjtx_dashboards_page_ask_bulletin (ZjtxDashboardsPage *self);
/* Writes the bulletin of @from to @to to @path (".pdf" added if it lacks
 * it), as the Save dialog's answer does, signed with the issuing office of
 * the preferences: on a thread, through a connection of its own, Bulletin…
 * disabled meanwhile. G_IO_ERROR_BUSY while another is being written. */
void               zjtx_dashboards_page_save_bulletin_async  (ZjtxDashboardsPage  *self,
                                                              ZjtxDate             from,
                                                              ZjtxDate             to,
                                                              const char          *path,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
gboolean           zjtx_dashboards_page_save_bulletin_finish (ZjtxDashboardsPage  *self,
                                                              GAsyncResult        *result,
                                                              GError             **error);

/* The quick picks, from @today: the last day of the quarter before the
 * current one, and of the year before. */
ZjtxDate           zjtx_dashboards_last_quarter_end  (ZjtxDate            today);
ZjtxDate           zjtx_dashboards_last_year_end     (ZjtxDate            today);

G_END_DECLS
