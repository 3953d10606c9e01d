/* zjtx-dashboard.h: the meeting dashboards, laid out on any cairo_t
 *
 * One slide per dashboard (enterprises, parks, rewards, the policy's
 * actions), laid out for the box it is given — a 1920×1080 projector, a
 * window, an A4 page — with type sized from the box's height so that it
 * reads at a meeting's distance. What can be opened from a slide (the enterprises of a township
 * and tier, a park, the awards of a kind) comes back as links: a box and
 * a "page?key=value&…" string that the window turns into a filtered list.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "model/zjtx-action-figures.h"
#include "model/zjtx-dashboard-data.h"
#include "zjtx-chart.h"

G_BEGIN_DECLS

typedef enum {
  ZJTX_DASHBOARD_ENTERPRISES,
  ZJTX_DASHBOARD_PARKS,
  ZJTX_DASHBOARD_REWARDS,
  ZJTX_DASHBOARD_ACTIONS,
} ZjtxDashboardKind;

#define ZJTX_N_DASHBOARDS 4

/* "enterprises", "parks", "rewards", "actions" */
const char *zjtx_dashboard_kind_to_id   (ZjtxDashboardKind  kind);
gboolean    zjtx_dashboard_kind_from_id (const char        *id,
                                         ZjtxDashboardKind *kind);
/* The slide's translated title. */
const char *zjtx_dashboard_kind_get_title (ZjtxDashboardKind kind);

/* The figures of the dashboards as of one date. */
typedef struct {
  /*< private >*/
  gatomicrefcount          ref_count;
  /*< public, read-only >*/
  ZjtxDate                 as_of;
  ZjtxEnterpriseDashboard *enterprises;
  ZjtxParkDashboard       *parks;
  ZjtxRewardDashboard     *rewards;
  ZjtxActionFigures       *actions;     /* since the first record, tasks on as_of */
} ZjtxDashboards;

/* Loads the figures of @kinds (an array of @n_kinds; NULL: all of them). */
ZjtxDashboards *zjtx_dashboards_load  (ZjtxStore               *store,
                                       ZjtxDate                 as_of,
                                       const ZjtxDashboardKind *kinds,
                                       guint                    n_kinds,
                                       GError                 **error);
ZjtxDashboards *zjtx_dashboards_ref   (ZjtxDashboards *self);
void            zjtx_dashboards_unref (ZjtxDashboards *self);

/* What a click on @box opens: "enterprises?tier=provincial&township=桃城镇",
 * "parks?id=3", "rewards?kind=rent_subsidy&year=2025". Keys:
 * enterprises: tier (an id of zjtx_tier_to_id), township, industry, park,
 * expiring, no-commissioner, key-target, recommended (value "1"), search,
 * first-tier with first-year (first recognised as that tier in that
 * year), and always as-of (the dashboard's date, YYYY-MM-DD);
 * enterprise: id (one enterprise, to open); parks: id and as-of; rewards: status
 * (an award status, or "committed": approved or paid), kind, year,
 * township, flagged ("1"), and as-of (the ledger as it stood that day);
 * tasks: by ("unit" or "action"). Values are URI-escaped. */
typedef struct {
  ZjtxChartBox  box;
  char         *link;
} ZjtxDashboardLink;

/* Clears a link's string (for g_array_set_clear_func). */
void zjtx_dashboard_link_clear (ZjtxDashboardLink *link);

/* Draws the dashboard @kind of @data into (0, 0, @width, @height): a title
 * band with the as-of date (and @clock, e.g. "14:05", at the right, or
 * none), then the charts. @links (ZjtxDashboardLink, may be NULL) gets
 * what can be clicked. */
void zjtx_dashboard_draw (cairo_t            *cr,
                          double              width,
                          double              height,
                          ZjtxChartThemeKind  theme,
                          ZjtxDashboards     *data,
                          ZjtxDashboardKind   kind,
                          const char         *clock,
                          GArray             *links);

/* The link under (@x, @y), or NULL. */
const char *zjtx_dashboard_link_at (GArray *links,
                                    double  x,
                                    double  y);

GQuark zjtx_dashboard_error_quark (void);
#define ZJTX_DASHBOARD_ERROR (zjtx_dashboard_error_quark ())

typedef enum {
  ZJTX_DASHBOARD_ERROR_FORMAT,   /* not a .png or .pdf name */
  ZJTX_DASHBOARD_ERROR_WRITE,    /* cairo could not write the file */
} ZjtxDashboardError;

/* Writes one dashboard to @path: a 1920×1080 PNG, or a one-page PDF of
 * A4 landscape (print colours), chosen by the file's extension. The file
 * appears whole or not at all. */
gboolean zjtx_dashboard_export (ZjtxDashboards     *data,
                                ZjtxDashboardKind   kind,
                                const char         *path,
                                GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxDashboards, zjtx_dashboards_unref)

G_END_DECLS
