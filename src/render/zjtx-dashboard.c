/* zjtx-dashboard.c: the three meeting dashboards, laid out on any cairo_t
 *
 * Each slide is a title band and a grid of panels, every size a multiple
 * of one unit taken from the box's height (and width, for a narrow box),
 * so the same layout serves a projector, a window and an A4 page. The
 * figures come from zjtx-dashboard-data (the model); this file only
 * chooses what goes where and how it is labelled.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "zjtx-dashboard.h"
#include "model/zjtx-table-writer.h"
#include "zjtx-render-text.h"

G_DEFINE_QUARK (zjtx-dashboard-error-quark, zjtx_dashboard_error)

#define DASHBOARD_FONT "黑体, SimHei, Noto Sans CJK SC, sans-serif"

/* A4 landscape, in points. */
#define PDF_WIDTH  841.89
#define PDF_HEIGHT 595.28
#define PNG_WIDTH  1920
#define PNG_HEIGHT 1080

static const char * const kind_ids[ZJTX_N_DASHBOARDS] = {
  "enterprises",
  "parks",
  "rewards",
  "actions",
};

const char *
zjtx_dashboard_kind_to_id (ZjtxDashboardKind kind)
{
  g_return_val_if_fail (kind < ZJTX_N_DASHBOARDS, NULL);
  return kind_ids[kind];
}

gboolean
zjtx_dashboard_kind_from_id (const char        *id,
                             ZjtxDashboardKind *kind)
{
  for (guint i = 0; i < ZJTX_N_DASHBOARDS; i++)
    if (g_strcmp0 (id, kind_ids[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

const char *
zjtx_dashboard_kind_get_title (ZjtxDashboardKind kind)
{
  switch (kind)
    {
    case ZJTX_DASHBOARD_ENTERPRISES:
      return C_("dashboard", "SRDI Enterprises");
    case ZJTX_DASHBOARD_PARKS:
      return _("SRDI Parks");
    case ZJTX_DASHBOARD_REWARDS:
      return _("Rewards and Subsidies");
    case ZJTX_DASHBOARD_ACTIONS:
      return _("The Six Actions");
    default:
      g_return_val_if_reached (NULL);
    }
}

/* data */

ZjtxDashboards *
zjtx_dashboards_load (ZjtxStore               *store,
                      ZjtxDate                 as_of,
                      const ZjtxDashboardKind *kinds,
                      guint                    n_kinds,
                      GError                 **error)
{
  g_autoptr(ZjtxDashboards) self = g_new0 (ZjtxDashboards, 1);
  gboolean want[ZJTX_N_DASHBOARDS] = { kinds == NULL, kinds == NULL, kinds == NULL, kinds == NULL };

  g_atomic_ref_count_init (&self->ref_count);
  self->as_of = as_of;
  for (guint i = 0; kinds != NULL && i < n_kinds; i++)
    want[kinds[i]] = TRUE;

  if (want[ZJTX_DASHBOARD_ENTERPRISES] &&
      !(self->enterprises = zjtx_enterprise_dashboard_load (store, as_of, error)))
    return NULL;
  if (want[ZJTX_DASHBOARD_PARKS] &&
      !(self->parks = zjtx_park_dashboard_load (store, as_of, error)))
    return NULL;
  if (want[ZJTX_DASHBOARD_REWARDS] &&
      !(self->rewards = zjtx_reward_dashboard_load (store, as_of, error)))
    return NULL;
  if (want[ZJTX_DASHBOARD_ACTIONS] &&
      !(self->actions = zjtx_action_figures_load (store, ZJTX_DATE_NONE, as_of, error)))
    return NULL;

  return g_steal_pointer (&self);
}

ZjtxDashboards *
zjtx_dashboards_ref (ZjtxDashboards *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
zjtx_dashboards_unref (ZjtxDashboards *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_clear_pointer (&self->enterprises, zjtx_enterprise_dashboard_unref);
  g_clear_pointer (&self->parks, zjtx_park_dashboard_unref);
  g_clear_pointer (&self->rewards, zjtx_reward_dashboard_unref);
  g_clear_pointer (&self->actions, zjtx_action_figures_unref);
  g_free (self);
}

void
zjtx_dashboard_link_clear (ZjtxDashboardLink *link)
{
  g_clear_pointer (&link->link, g_free);
}

const char *
zjtx_dashboard_link_at (GArray *links,
                        double  x,
                        double  y)
{
  /* Last drawn first: a row drawn over its panel wins. */
  for (guint i = links->len; i > 0; i--)
    {
      const ZjtxDashboardLink *l = &g_array_index (links, ZjtxDashboardLink, i - 1);

      if (x >= l->box.x && x < l->box.x + l->box.width &&
          y >= l->box.y && y < l->box.y + l->box.height)
        return l->link;
    }
  return NULL;
}

/* drawing */

typedef struct {
  cairo_t              *cr;
  PangoContext         *context;
  const ZjtxChartTheme *theme;
  ZjtxChartStyle        style;    /* body text of the charts */
  double                font;     /* body size, user units */
  double                gap;      /* between panels */
  GArray               *links;    /* may be NULL */
  const char           *as_of;    /* ISO: added to the links to lists of enterprises */
  GPtrArray            *strings;  /* what the chart data points to, freed at the end */
} Canvas;

static const char *
keep (Canvas *c,
      char   *text)
{
  g_ptr_array_add (c->strings, text);
  return text;
}

static void
set_color (cairo_t              *cr,
           const ZjtxChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* Draws @text from (@x, @y) (top left), at most @max_width wide (ellipsized),
 * aligned right of @x + @max_width when @right. Returns its height. */
static double
draw_text (Canvas               *c,
           const char           *text,
           double                x,
           double                y,
           double                size,
           gboolean              bold,
           const ZjtxChartColor *color,
           double                max_width,
           gboolean              right)
{
  g_autoptr(PangoLayout) layout = zjtx_render_text_layout_new (c->context, DASHBOARD_FONT, size, 0, text);
  PangoRectangle logical;

  if (bold)
    {
      PangoFontDescription *desc = pango_font_description_copy (pango_layout_get_font_description (layout));

      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
    }
  pango_layout_set_wrap (layout, PANGO_WRAP_CHAR);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_get_extents (layout, NULL, &logical);

  cairo_save (c->cr);
  set_color (c->cr, color);
  cairo_move_to (c->cr, x, y);
  pango_cairo_show_layout (c->cr, layout);
  cairo_restore (c->cr);

  return (double) logical.height / PANGO_SCALE;
}

static void
add_link (Canvas     *c,
          double      x,
          double      y,
          double      width,
          double      height,
          char       *link)
{
  ZjtxDashboardLink l = { { x, y, width, height }, link };

  if (c->links == NULL || link == NULL)
    {
      g_free (link);
      return;
    }
  /* The list behind a number is the enterprises (the parks' verdicts, the
   * award ledger) as they stood on the dashboard's date, not today's. */
  if (g_str_has_prefix (link, "enterprises?") || g_str_has_prefix (link, "parks?") ||
      g_str_has_prefix (link, "rewards?"))
    {
      const char *query = strchr (link, '?') + 1;

      l.link = g_strconcat (link, query[0] != '\0' ? "&" : "", "as-of=", c->as_of, NULL);
      g_free (link);
    }
  g_array_append_val (c->links, l);
}

/* The links of a chart's marks: @make gives the link of (item, series). */
typedef char *(*LinkFunc) (gpointer data, int item, int series);

static void
add_mark_links (Canvas   *c,
                GArray   *areas,
                double    ox,
                double    oy,
                LinkFunc  make,
                gpointer  data)
{
  for (guint i = 0; i < areas->len; i++)
    {
      const ZjtxChartArea *a = &g_array_index (areas, ZjtxChartArea, i);

      /* "+N more" opens nothing: the list behind it is the panel's own. */
      if (a->kind != ZJTX_CHART_AREA_MARK || a->series == ZJTX_CHART_SERIES_MORE)
        continue;
      add_link (c, ox + a->box.x, oy + a->box.y, a->box.width, a->box.height,
                make (data, a->item, a->series));
    }
}

/* A panel: a frame and a title; the chart's box comes back in @inner. */
static void
draw_panel (Canvas       *c,
            double        x,
            double        y,
            double        width,
            double        height,
            const char   *title,
            ZjtxChartBox *inner)
{
  double pad = c->font * 0.5;
  double radius = c->font * 0.3;
  double title_height;

  cairo_save (c->cr);
  cairo_new_sub_path (c->cr);
  cairo_arc (c->cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (c->cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (c->cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (c->cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (c->cr);
  set_color (c->cr, &c->theme->grid);
  cairo_set_line_width (c->cr, MAX (1.0, c->font / 16));
  cairo_stroke (c->cr);
  cairo_restore (c->cr);

  title_height = draw_text (c, title, x + pad, y + pad, c->font * 1.05, TRUE,
                            &c->theme->text, width - 2 * pad, FALSE);

  inner->x = x + pad;
  inner->y = y + pad + title_height + pad * 0.5;
  inner->width = width - 2 * pad;
  inner->height = MAX (0.0, height - (inner->y - y) - pad);
}

/* When a panel has nothing to show, it says so rather than stand empty.
 * Returns whether it did. */
static gboolean
empty_note (Canvas             *c,
            const ZjtxChartBox *box,
            guint               n,
            const char         *text)
{
  if (n > 0)
    return FALSE;
  draw_text (c, text, box->x, box->y + box->height / 2 - c->font, c->font, FALSE, &c->theme->muted,
             box->width, FALSE);
  return TRUE;
}

/* Runs a chart in @box with its own origin, collecting its areas. */
#define IN_BOX(c, box, call) \
  G_STMT_START { \
    cairo_save ((c)->cr); \
    cairo_translate ((c)->cr, (box).x, (box).y); \
    call; \
    cairo_restore ((c)->cr); \
  } G_STMT_END

/* Shorter tier names for legends and axes. */
static const char *
tier_short (ZjtxTier tier)
{
  switch (tier)
    {
    case ZJTX_TIER_NONE:
      return C_("tier, short", "Reserve");
    case ZJTX_TIER_INNOVATIVE:
      return C_("tier, short", "Innovative");
    case ZJTX_TIER_PROVINCIAL:
      return C_("tier, short", "Provincial");
    case ZJTX_TIER_NATIONAL:
      return C_("tier, short", "National");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
kind_short (ZjtxAwardKind kind)
{
  switch (kind)
    {
    case ZJTX_AWARD_RECOGNITION_INNOVATIVE:
      return C_("award kind, short", "Innovative recognition");
    case ZJTX_AWARD_RECOGNITION_PROVINCIAL:
      return C_("award kind, short", "Provincial recognition");
    case ZJTX_AWARD_RECOGNITION_NATIONAL:
      return C_("award kind, short", "National recognition");
    case ZJTX_AWARD_LOAN_INTEREST_SUBSIDY:
      return C_("award kind, short", "Loan interest");
    case ZJTX_AWARD_RENT_SUBSIDY:
      return C_("award kind, short", "Rent");
    case ZJTX_AWARD_PRODUCTION_REWARD:
      return C_("award kind, short", "Production");
    case ZJTX_AWARD_SERVICE_INSTITUTION_REWARD:
      return C_("award kind, short", "Service institutions");
    default:
      g_return_val_if_reached (NULL);
    }
}

static char *
format_wan (ZjtxFen fen)
{
  g_autofree char *wan = zjtx_money_format_wan_rounded (fen);

  /* TRANSLATORS: an amount in units of 10,000 yuan (万元) */
  return g_strdup_printf (_("%s wan yuan"), wan);
}

static char *
escape (const char *value)
{
  return g_uri_escape_string (value, NULL, FALSE);
}

/* enterprises */

static char *
link_tier (gpointer data,
           int      item,
           int      series)
{
  const ZjtxTier *tiers = data;

  return g_strdup_printf ("enterprises?tier=%s", zjtx_tier_to_id (tiers[item]));
}

typedef struct {
  GPtrArray   *groups;   /* ZjtxDashboardGroup */
  const char  *key;      /* "township" or "industry" */
} GroupLinks;

static const ZjtxTier recognised[3] = { ZJTX_TIER_INNOVATIVE, ZJTX_TIER_PROVINCIAL, ZJTX_TIER_NATIONAL };

static char *
link_group (gpointer data,
            int      item,
            int      series)
{
  GroupLinks *gl = data;
  ZjtxDashboardGroup *g = g_ptr_array_index (gl->groups, item);
  g_autofree char *value = escape (g->key);

  /* A year's bar: those first recognised as that tier in that year. */
  if (gl->key == NULL)
    return series < 0 ? NULL : g_strdup_printf ("enterprises?first-tier=%s&first-year=%d",
                                                zjtx_tier_to_id (recognised[series]), g->year);
  if (g->key[0] == '\0')
    return NULL;
  if (series < 0)
    return g_strdup_printf ("enterprises?%s=%s", gl->key, value);
  return g_strdup_printf ("enterprises?%s=%s&tier=%s", gl->key, value, zjtx_tier_to_id (recognised[series]));
}

static char *
link_expiring (gpointer data,
               int      item,
               int      series)
{
  GPtrArray *rows = data;
  ZjtxDashboardEnterprise *e = g_ptr_array_index (rows, item);

  return g_strdup_printf ("enterprise?id=%" G_GINT64_FORMAT, e->id);
}

/* Groups as stacks of the three recognised tiers, the total written. */
static void
draw_groups (Canvas       *c,
             ZjtxChartBox *box,
             GPtrArray    *groups,
             guint         max_groups,
             const char   *key,
             gboolean      by_year)
{
  const char *series[3] = { tier_short (ZJTX_TIER_INNOVATIVE), tier_short (ZJTX_TIER_PROVINCIAL),
                            tier_short (ZJTX_TIER_NATIONAL) };
  guint n = MIN (groups->len, max_groups);
  g_autofree ZjtxChartStack *stacks = g_new0 (ZjtxChartStack, MAX (n, 1));
  g_autofree gint64 *values = g_new0 (gint64, 3 * MAX (n, 1));
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
  GroupLinks gl = { groups, key };

  if (empty_note (c, box, n, by_year ? _("No first recognition yet") : _("No enterprise on file")))
    return;
  for (guint i = 0; i < n; i++)
    {
      ZjtxDashboardGroup *g = g_ptr_array_index (groups, i);

      for (guint t = 0; t < 3; t++)
        values[3 * i + t] = g->counts[recognised[t]];
      stacks[i].values = &values[3 * i];
      if (by_year)
        stacks[i].label = keep (c, g_strdup_printf ("%d", g->year));
      else
        stacks[i].label = g->key[0] != '\0' ? g->key : C_("township or industry", "Unknown");
    }

  IN_BOX (c, *box,
          zjtx_chart_stacked_draw (c->cr, box->width, box->height, &c->style, !by_year,
                                   series, 3, stacks, n, areas));
  add_mark_links (c, areas, box->x, box->y, link_group, &gl);
}

static void
draw_tile (Canvas     *c,
           double      x,
           double      y,
           double      width,
           double      height,
           const char *figure,
           const char *caption,
           char       *link)
{
  ZjtxChartBox box = { x, y, width, height };

  IN_BOX (c, box,
          zjtx_chart_figure_draw (c->cr, width, height, &c->style, figure, caption, NULL, NULL));
  add_link (c, x, y, width, height, link);
}

static void
draw_enterprises (Canvas                  *c,
                  ZjtxEnterpriseDashboard *d,
                  double                   x,
                  double                   y,
                  double                   width,
                  double                   height)
{
  double gap = c->gap;
  double col[4];
  double colx[4];
  double top = (height - gap) * 0.48;
  double bottom = height - gap - top;
  ZjtxChartBox box;

  col[0] = (width - 3 * gap) * 0.27;
  col[1] = (width - 3 * gap) * 0.23;
  col[2] = (width - 3 * gap) * 0.23;
  col[3] = (width - 3 * gap) * 0.27;
  colx[0] = x;
  for (guint i = 1; i < 4; i++)
    colx[i] = colx[i - 1] + col[i - 1] + gap;

  /* Targets */
  {
    ZjtxChartProgress items[3];
    ZjtxTier tiers[3];
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));

    for (guint i = 0; i < 3; i++)
      {
        const ZjtxDashboardTarget *t = &d->targets[i];
        char *note;

        tiers[i] = t->tier;
        if (t->gap == 0)
          note = g_strdup (_("Target reached"));
        else if (t->days_left == 0)
          note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d short · deadline passed",
                                               "%d short · deadline passed", t->gap), t->gap);
        else
          {
            g_autofree char *days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left",
                                                                  "%d days left", t->days_left),
                                                     t->days_left);
            note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d short · %s", "%d short · %s", t->gap),
                                    t->gap, days);
          }
        items[i] = (ZjtxChartProgress) {
          .label = tier_short (t->tier),
          .value = t->cumulative,
          .target = t->goal,
          .text = NULL,
          .note = keep (c, note),
        };
      }
    draw_panel (c, colx[0], y, col[0], top, _("Targets for 2025 (cumulative)"), &box);
    IN_BOX (c, box,
            zjtx_chart_progress_draw (c->cr, box.width, box.height, &c->style, items, 3, areas));
    add_mark_links (c, areas, box.x, box.y, link_tier, tiers);
  }

  /* First recognitions per year */
  draw_panel (c, colx[0], y + top + gap, col[0], bottom, _("First recognitions by year"), &box);
  draw_groups (c, &box, d->first_by_year, G_MAXUINT, NULL, TRUE);

  /* The pyramid */
  {
    ZjtxChartBar levels[ZJTX_N_TIERS];
    ZjtxTier tiers[ZJTX_N_TIERS];
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));

    for (guint i = 0; i < ZJTX_N_TIERS; i++)
      {
        tiers[i] = i;
        levels[i] = (ZjtxChartBar) { tier_short (i), d->tiers[i], NULL };
      }
    ZjtxChartTheme theme = *c->theme;
    ZjtxChartStyle style = c->style;

    /* The pyramid colours its levels from the top down; each tier keeps
     * the colour it has in every other chart (innovative 0, provincial 1,
     * national 2, reserve 3). */
    theme.series[0] = c->theme->series[2];
    theme.series[2] = c->theme->series[0];
    style.theme = &theme;
    draw_panel (c, colx[1], y, col[1], top, _("The pool by tier held"), &box);
    IN_BOX (c, box,
            zjtx_chart_pyramid_draw (c->cr, box.width, box.height, &style, levels, ZJTX_N_TIERS, areas));
    add_mark_links (c, areas, box.x, box.y, link_tier, tiers);
  }

  /* Headline figures, two by two */
  {
    double tw, th;

    draw_panel (c, colx[1], y + top + gap, col[1], bottom, _("Cultivation"), &box);
    tw = (box.width - gap) / 2;
    th = (box.height - gap) / 2;
    draw_tile (c, box.x, box.y, tw, th, keep (c, zjtx_count_format (d->pool)), _("In the pool"),
               g_strdup ("enterprises?"));
    draw_tile (c, box.x + tw + gap, box.y, tw, th, keep (c, zjtx_count_format (d->n_key_targets)),
               _("Key targets"), g_strdup ("enterprises?key-target=1"));
    draw_tile (c, box.x, box.y + th + gap, tw, th, keep (c, zjtx_count_format (d->n_recommended)),
               C_("dashboard figure", "Recommended"), g_strdup ("enterprises?recommended=1"));
    /* Short enough for a quarter of a panel: provincial or higher
     * enterprises without a service commissioner. */
    draw_tile (c, box.x + tw + gap, box.y + th + gap, tw, th,
               keep (c, zjtx_count_format (d->n_no_commissioner)),
               C_("dashboard figure", "No commissioner"), g_strdup ("enterprises?no-commissioner=1"));
  }

  /* By township, the whole height: 22 rows need it */
  draw_panel (c, colx[2], y, col[2], height, _("By township"), &box);
  draw_groups (c, &box, d->by_township, G_MAXUINT, "township", FALSE);

  /* By industry chain */
  draw_panel (c, colx[3], y, col[3], top, _("By industry chain"), &box);
  draw_groups (c, &box, d->by_industry, 8, "industry", FALSE);

  /* Expiring */
  {
    const char *headers[3] = { _("Enterprise"), C_("dashboard column", "Tier"), _("Lapses on") };
    const double weights[3] = { 3.0, 1.5, 2.0 };
    const gboolean numeric[3] = { FALSE, FALSE, TRUE };
    guint n = d->expiring->len;
    g_autofree const char **cells = g_new0 (const char *, 3 * MAX (n, 1));
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
    g_autofree char *title = g_strdup_printf (_("Lapsing within 6 months: %d"), d->n_expiring);

    for (guint i = 0; i < n; i++)
      {
        ZjtxDashboardEnterprise *e = g_ptr_array_index (d->expiring, i);

        cells[3 * i] = e->name;
        cells[3 * i + 1] = tier_short (e->tier);
        cells[3 * i + 2] = keep (c, zjtx_date_format_iso (e->until));
      }
    draw_panel (c, colx[3], y + top + gap, col[3], bottom, title, &box);
    add_link (c, colx[3], y + top + gap, col[3], box.y - (y + top + gap), g_strdup ("enterprises?expiring=1"));
    if (!empty_note (c, &box, n, _("None lapses within six months")))
      IN_BOX (c, box,
              zjtx_chart_table_draw (c->cr, box.width, box.height, &c->style, headers, 3, cells, n,
                                     weights, numeric, areas));
    add_mark_links (c, areas, box.x, box.y, link_expiring, d->expiring);
  }
}

/* parks */

static char *
link_park (gpointer data,
           int      item,
           int      series)
{
  GPtrArray *parks = data;
  ZjtxParkFigures *p = g_ptr_array_index (parks, item);

  return g_strdup_printf ("parks?id=%" G_GINT64_FORMAT, p->id);
}

/* Members stacked innovative, provincial, national, reserve: each tier
 * in its colour of the other charts. */
static const ZjtxTier member_tiers[ZJTX_N_TIERS] = {
  ZJTX_TIER_INNOVATIVE, ZJTX_TIER_PROVINCIAL, ZJTX_TIER_NATIONAL, ZJTX_TIER_NONE,
};

static char *
link_park_tier (gpointer data,
                int      item,
                int      series)
{
  GPtrArray *parks = data;
  ZjtxParkFigures *p = g_ptr_array_index (parks, item);
  g_autofree char *name = escape (p->name);

  if (series < 0)
    return g_strdup_printf ("enterprises?park=%s", name);
  return g_strdup_printf ("enterprises?park=%s&tier=%s", name, zjtx_tier_to_id (member_tiers[series]));
}

/* What a park lacks, in a table cell's words: the criteria not met, each
 * with its distance (the sentence of the model is too long for a slide). */
static char *
short_shortfall (ZjtxParkFigures *p)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (!p->met[0])
    g_string_append_printf (s, C_("park shortfall", "%d SRDI short"), MAX (p->srdi_required - p->srdi_count, 0));
  if (!p->met[1])
    {
      g_autofree char *gap = zjtx_chart_format_percent (MAX (p->share_required_ppm - p->share_ppm, 0));

      if (s->len > 0)
        g_string_append (s, C_("park shortfall", "; "));
      g_string_append_printf (s, C_("park shortfall", "share %s short"), gap);
    }
  if (!p->met[2])
    {
      if (s->len > 0)
        g_string_append (s, C_("park shortfall", "; "));
      g_string_append (s, C_("park shortfall", "not contiguous"));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
draw_parks (Canvas            *c,
            ZjtxParkDashboard *d,
            double             x,
            double             y,
            double             width,
            double             height)
{
  double gap = c->gap;
  double left = (width - gap) * 0.62;
  double right = width - gap - left;
  double rx = x + left + gap;
  double table_height = (height - gap) * 0.58;
  double tiles_height = (height - 2 * gap) * 0.22;
  double members_height = (height - 2 * gap) * 0.50;
  double support_height = height - 2 * gap - tiles_height - members_height;
  guint n = d->parks->len;
  ZjtxChartBox box;

  /* The title criteria, a row per park */
  {
    const char *headers[6] = { C_("park column", "Park"), C_("park column", "Title"),
                               C_("park column", "SRDI"), C_("park column", "Share"),
                               C_("park column", "Contiguous"), C_("park column", "Missing") };
    const double weights[6] = { 2.8, 1.2, 1.1, 1.5, 0.9, 3.9 };
    const gboolean numeric[6] = { FALSE, FALSE, TRUE, TRUE, FALSE, FALSE };
    g_autofree const char **cells = g_new0 (const char *, 6 * MAX (n, 1));
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));

    for (guint i = 0; i < n; i++)
      {
        ZjtxParkFigures *p = g_ptr_array_index (d->parks, i);

        cells[6 * i] = p->name;
        cells[6 * i + 1] = p->title ? _("Earned") : _("Not yet");
        cells[6 * i + 2] = keep (c, g_strdup_printf ("%d / %d", p->srdi_count, p->srdi_required));
        cells[6 * i + 3] = keep (c, zjtx_chart_format_percent (p->share_ppm));
        cells[6 * i + 4] = p->contiguous ? _("Yes") : _("No");
        cells[6 * i + 5] = p->title ? "—" : keep (c, short_shortfall (p));
      }
    draw_panel (c, x, y, left, table_height, _("The park title: three criteria"), &box);
    if (!empty_note (c, &box, n, _("No park on file")))
      IN_BOX (c, box,
              zjtx_chart_table_draw (c->cr, box.width, box.height, &c->style, headers, 6, cells, n,
                                     weights, numeric, areas));
    add_mark_links (c, areas, box.x, box.y, link_park, d->parks);
  }

  /* Output share gauges of the first parks (those with the title, then the nearest) */
  {
    guint shown = MIN (n, 4);
    double gw;

    draw_panel (c, x, y + table_height + gap, left, height - table_height - gap,
                _("Output share of innovative-or-higher members"), &box);
    empty_note (c, &box, shown, _("No park on file"));
    gw = shown > 0 ? (box.width - (shown - 1) * gap) / shown : box.width;
    for (guint i = 0; i < shown; i++)
      {
        ZjtxParkFigures *p = g_ptr_array_index (d->parks, i);
        ZjtxChartBox g = { box.x + i * (gw + gap), box.y, gw, box.height };

        IN_BOX (c, g,
                zjtx_chart_gauge_draw (c->cr, g.width, g.height, &c->style, p->share_ppm,
                                       p->share_required_ppm, p->name, NULL));
        add_link (c, g.x, g.y, g.width, g.height, g_strdup_printf ("parks?id=%" G_GINT64_FORMAT, p->id));
      }
  }

  /* Headline figures */
  {
    double tw;

    draw_panel (c, rx, y, right, tiles_height, _("Parks and support"), &box);
    tw = (box.width - 2 * gap) / 3;
    draw_tile (c, box.x, box.y, tw, box.height,
               keep (c, g_strdup_printf ("%d / %u", d->n_title, n)), _("Parks with the title"),
               g_strdup ("parks?"));
    draw_tile (c, box.x + tw + gap, box.y, tw, box.height, keep (c, format_wan (d->support_committed)),
               _("Park support committed"), g_strdup ("rewards?status=committed"));
    draw_tile (c, box.x + 2 * (tw + gap), box.y, tw, box.height, keep (c, format_wan (d->support_paid)),
               _("Park support paid"), g_strdup ("rewards?status=paid"));
  }

  /* Members by tier */
  {
    const char *series[ZJTX_N_TIERS];
    guint m = MIN (n, 12);
    g_autofree ZjtxChartStack *stacks = g_new0 (ZjtxChartStack, MAX (m, 1));
    g_autofree gint64 *values = g_new0 (gint64, ZJTX_N_TIERS * MAX (m, 1));
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));

    for (guint t = 0; t < ZJTX_N_TIERS; t++)
      series[t] = tier_short (member_tiers[t]);
    for (guint i = 0; i < m; i++)
      {
        ZjtxParkFigures *p = g_ptr_array_index (d->parks, i);

        for (guint t = 0; t < ZJTX_N_TIERS; t++)
          values[ZJTX_N_TIERS * i + t] = p->tiers[member_tiers[t]];
        stacks[i] = (ZjtxChartStack) { p->name, &values[ZJTX_N_TIERS * i], NULL };
      }
    draw_panel (c, rx, y + tiles_height + gap, right, members_height, _("Members by tier"), &box);
    if (!empty_note (c, &box, m, _("No park on file")))
      IN_BOX (c, box,
              zjtx_chart_stacked_draw (c->cr, box.width, box.height, &c->style, TRUE, series, ZJTX_N_TIERS,
                                       stacks, m, areas));
    add_mark_links (c, areas, box.x, box.y, link_park_tier, d->parks);
  }

  /* Support paid to the members of each demonstration park */
  {
    g_autoptr(GArray) bars = g_array_new (FALSE, FALSE, sizeof (ZjtxChartBar));
    g_autoptr(GPtrArray) shown = g_ptr_array_new ();
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));

    for (guint i = 0; i < n; i++)
      {
        ZjtxParkFigures *p = g_ptr_array_index (d->parks, i);
        ZjtxChartBar bar;

        if (!p->demonstration && p->support_committed == 0)
          continue;
        bar = (ZjtxChartBar) { p->name, p->support_paid, keep (c, format_wan (p->support_paid)) };
        g_array_append_val (bars, bar);
        g_ptr_array_add (shown, p);
      }
    draw_panel (c, rx, y + tiles_height + members_height + 2 * gap, right, support_height,
                _("Demonstration-park support paid"), &box);
    if (!empty_note (c, &box, bars->len, _("No demonstration park")))
      IN_BOX (c, box,
              zjtx_chart_bars_draw (c->cr, box.width, box.height, &c->style, TRUE,
                                    (ZjtxChartBar *) bars->data, bars->len, areas));
    add_mark_links (c, areas, box.x, box.y, link_park, shown);
  }
}

/* rewards */

/* Statuses in the order stacked: what is paid, what is approved and
 * not paid, what is proposed. */
static const char * const status_ids[3] = { "paid", "approved", "proposed" };

static void
sum_values (const ZjtxAwardSum *s,
            gint64             *values)
{
  values[0] = s->paid;
  values[1] = s->approved;
  values[2] = s->proposed;
}

typedef struct {
  GPtrArray  *keys;     /* char *: the category's filter value */
  const char *filter;   /* "kind", "year", "township" */
} RewardLinks;

static char *
link_reward (gpointer data,
             int      item,
             int      series)
{
  RewardLinks *rl = data;
  g_autofree char *value = escape (g_ptr_array_index (rl->keys, item));

  if (series < 0)
    return g_strdup_printf ("rewards?%s=%s", rl->filter, value);
  return g_strdup_printf ("rewards?%s=%s&status=%s", rl->filter, value, status_ids[series]);
}

static char *
link_recipient (gpointer data,
                int      item,
                int      series)
{
  GPtrArray *sums = data;
  ZjtxAwardSum *s = g_ptr_array_index (sums, item);
  g_autofree char *value = escape (s->key2 != NULL && s->key2[0] != '\0' ? s->key2 : s->key);

  return g_strdup_printf ("enterprises?search=%s", value);
}

/* Sums (ZjtxAwardSum, possibly several per category) as stacks of paid,
 * approved and proposed per category of @category_of. */
static void
draw_money_stacks (Canvas       *c,
                   ZjtxChartBox *box,
                   GPtrArray    *categories,  /* char *, in order */
                   GPtrArray    *labels,      /* char *, shown */
                   gint64       *values,      /* 3 per category, filled */
                   gboolean      horizontal,
                   const char   *filter)
{
  const char *series[3] = { C_("award status", "Paid"), C_("award status", "Approved"),
                            C_("award status", "Proposed") };
  guint n = categories->len;
  g_autofree ZjtxChartStack *stacks = g_new0 (ZjtxChartStack, MAX (n, 1));
  g_autofree const char **segments = g_new0 (const char *, 3 * MAX (n, 1));
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
  RewardLinks rl = { categories, filter };

  if (empty_note (c, box, n, _("No award in the ledger on this date")))
    return;
  for (guint i = 0; i < n; i++)
    {
      /* Segments in 万元 without the unit (the total carries it): fen
       * written as counts would read as yuan. */
      for (guint j = 0; j < 3; j++)
        segments[3 * i + j] = keep (c, zjtx_money_format_wan_rounded (values[3 * i + j]));
      stacks[i] = (ZjtxChartStack) {
        g_ptr_array_index (labels, i),
        &values[3 * i],
        keep (c, format_wan (values[3 * i] + values[3 * i + 1] + values[3 * i + 2])),
        &segments[3 * i],
      };
    }
  IN_BOX (c, *box,
          zjtx_chart_stacked_draw (c->cr, box->width, box->height, &c->style, horizontal, series, 3,
                                   stacks, n, areas));
  add_mark_links (c, areas, box->x, box->y, link_reward, &rl);
}

static void
draw_rewards (Canvas              *c,
              ZjtxRewardDashboard *d,
              double               x,
              double               y,
              double               width,
              double               height)
{
  double gap = c->gap;
  double cw[3] = { (width - 2 * gap) * 0.35, (width - 2 * gap) * 0.26, 0 };
  double cx[3];
  double tiles = (height - 2 * gap) * 0.24;
  double mid = (height - 2 * gap) * 0.38;
  double low = height - 2 * gap - tiles - mid;
  ZjtxChartBox box;

  cw[2] = width - 2 * gap - cw[0] - cw[1];
  cx[0] = x;
  cx[1] = x + cw[0] + gap;
  cx[2] = cx[1] + cw[1] + gap;

  /* Headline figures */
  {
    double tw;
    g_autofree char *waiting = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u proposal waiting",
                                                             "%u proposals waiting", d->n_waiting),
                                                d->n_waiting);

    draw_panel (c, cx[0], y, cw[0], tiles, _("The ledger"), &box);
    tw = (box.width - 2 * gap) / 3;
    draw_tile (c, box.x, box.y, tw, box.height,
               keep (c, format_wan (d->total->approved + d->total->paid)), _("Committed"),
               g_strdup ("rewards?status=committed"));
    draw_tile (c, box.x + tw + gap, box.y, tw, box.height, keep (c, format_wan (d->total->paid)), C_("award status", "Paid"),
               g_strdup ("rewards?status=paid"));
    draw_tile (c, box.x + 2 * (tw + gap), box.y, tw, box.height, keep (c, format_wan (d->waiting)),
               waiting, g_strdup ("rewards?status=proposed"));
  }

  /* By year, summed over kinds; and by kind, summed over years */
  {
    g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) kinds = g_ptr_array_new ();
    g_autoptr(GPtrArray) kind_labels = g_ptr_array_new ();
    g_autofree gint64 *year_values = g_new0 (gint64, 3 * MAX (d->by_kind_year->len, 1));
    gint64 kind_values[3 * ZJTX_N_AWARD_KINDS] = { 0 };
    int kind_index[ZJTX_N_AWARD_KINDS];

    for (guint k = 0; k < ZJTX_N_AWARD_KINDS; k++)
      kind_index[k] = -1;
    for (guint i = 0; i < d->by_kind_year->len; i++)
      {
        ZjtxAwardSum *s = g_ptr_array_index (d->by_kind_year, i);
        gint64 v[3];
        guint y_at;
        ZjtxAwardKind kind;

        sum_values (s, v);
        for (y_at = 0; y_at < years->len; y_at++)
          if (g_strcmp0 (g_ptr_array_index (years, y_at), s->key2) == 0)
            break;
        if (y_at == years->len)
          g_ptr_array_add (years, g_strdup (s->key2));
        for (guint j = 0; j < 3; j++)
          year_values[3 * y_at + j] += v[j];

        if (!zjtx_award_kind_from_id (s->key, &kind))
          continue;
        if (kind_index[kind] < 0)
          kind_index[kind] = 0;
      }
    /* Kinds in the policy's order, whatever order the sums came in. */
    for (guint k = 0; k < ZJTX_N_AWARD_KINDS; k++)
      if (kind_index[k] == 0)
        {
          kind_index[k] = kinds->len;
          g_ptr_array_add (kinds, (gpointer) zjtx_award_kind_to_id (k));
          g_ptr_array_add (kind_labels, (gpointer) kind_short (k));
        }
    for (guint i = 0; i < d->by_kind_year->len; i++)
      {
        ZjtxAwardSum *s = g_ptr_array_index (d->by_kind_year, i);
        ZjtxAwardKind kind;
        gint64 v[3];

        if (!zjtx_award_kind_from_id (s->key, &kind))
          continue;
        sum_values (s, v);
        for (guint j = 0; j < 3; j++)
          kind_values[3 * kind_index[kind] + j] += v[j];
      }
    /* Oldest year first, as years are read. */
    {
      g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
      g_autofree gint64 *sorted_values = g_new0 (gint64, 3 * MAX (years->len, 1));
      g_autofree guint *order = g_new (guint, MAX (years->len, 1));

      for (guint i = 0; i < years->len; i++)
        order[i] = i;
      for (guint i = 1; i < years->len; i++)
        for (guint j = i; j > 0 && g_strcmp0 (g_ptr_array_index (years, order[j - 1]),
                                              g_ptr_array_index (years, order[j])) > 0; j--)
          {
            guint t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
          }
      for (guint i = 0; i < years->len; i++)
        {
          g_ptr_array_add (sorted, g_ptr_array_index (years, order[i]));
          memcpy (&sorted_values[3 * i], &year_values[3 * order[i]], 3 * sizeof (gint64));
        }
      draw_panel (c, cx[0], y + tiles + gap, cw[0], mid, _("By year of the event"), &box);
      draw_money_stacks (c, &box, sorted, sorted, sorted_values, FALSE, "year");
    }
    draw_panel (c, cx[0], y + tiles + mid + 2 * gap, cw[0], low, _("By kind"), &box);
    draw_money_stacks (c, &box, kinds, kind_labels, kind_values, TRUE, "kind");
  }

  /* By township */
  {
    g_autoptr(GPtrArray) keys = g_ptr_array_new ();
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    g_autofree gint64 *values = g_new0 (gint64, 3 * MAX (d->by_township->len, 1));
    gboolean any = FALSE;

    for (guint i = 0; i < d->by_township->len; i++)
      {
        ZjtxAwardSum *s = g_ptr_array_index (d->by_township, i);

        g_ptr_array_add (keys, s->key);
        g_ptr_array_add (labels, s->key[0] != '\0' ? s->key : (char *) C_("township or industry", "Unknown"));
        sum_values (s, &values[3 * i]);
        any |= values[3 * i] != 0 || values[3 * i + 1] != 0 || values[3 * i + 2] != 0;
      }
    /* Every township is listed, with or without awards: a column of
     * zeros says no more than the note the other panels show. */
    if (!any)
      g_ptr_array_set_size (keys, 0);
    draw_panel (c, cx[1], y, cw[1], height, _("By township"), &box);
    draw_money_stacks (c, &box, keys, labels, values, TRUE, "township");
  }

  /* The largest recipients */
  {
    /* Ranked by what is committed, then by what waits: the proposals
     * column keeps a ledger not yet approved from reading as zeros. */
    const char *headers[4] = { _("Recipient"), _("Committed"), C_("award status", "Paid"),
                               C_("award status", "Proposed") };
    const double weights[4] = { 3.4, 1.2, 1.2, 1.2 };
    const gboolean numeric[4] = { FALSE, TRUE, TRUE, TRUE };
    guint n = d->top_recipients->len;
    g_autofree const char **cells = g_new0 (const char *, 4 * MAX (n, 1));
    g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));

    for (guint i = 0; i < n; i++)
      {
        ZjtxAwardSum *s = g_ptr_array_index (d->top_recipients, i);

        cells[4 * i] = s->key;
        /* The unit is in the panel's title: names need the width. */
        cells[4 * i + 1] = keep (c, zjtx_money_format_wan_rounded (s->approved + s->paid));
        cells[4 * i + 2] = keep (c, zjtx_money_format_wan_rounded (s->paid));
        cells[4 * i + 3] = keep (c, zjtx_money_format_wan_rounded (s->proposed));
      }
    draw_panel (c, cx[2], y, cw[2], (height - gap) * 0.62, _("The largest recipients (10,000 yuan)"), &box);
    if (!empty_note (c, &box, n, _("No award in the ledger on this date")))
      IN_BOX (c, box,
              zjtx_chart_table_draw (c->cr, box.width, box.height, &c->style, headers, 4, cells, n,
                                     weights, numeric, areas));
    add_mark_links (c, areas, box.x, box.y, link_recipient, d->top_recipients);
  }

  /* What is waiting */
  {
    double wy = y + (height - gap) * 0.62 + gap;
    double wh = height - (wy - y);
    double tw;

    draw_panel (c, cx[2], wy, cw[2], wh, _("Waiting"), &box);
    tw = (box.width - gap) / 2;
    draw_tile (c, box.x, box.y, tw, box.height, keep (c, zjtx_count_format (d->n_waiting)),
               _("Proposals to decide"), g_strdup ("rewards?status=proposed"));
    draw_tile (c, box.x + tw + gap, box.y, tw, box.height, keep (c, zjtx_count_format (d->n_flagged)),
               _("Awards whose facts changed"), g_strdup ("rewards?flagged=1"));
  }
}

/* actions */

/* Tasks stacked done, under way, not started, overdue. */
static const ZjtxTaskStatus task_order[ZJTX_N_TASK_STATUSES] = {
  ZJTX_TASK_DONE, ZJTX_TASK_UNDER_WAY, ZJTX_TASK_NOT_STARTED, ZJTX_TASK_OVERDUE,
};

static char *
link_tasks_by_unit (gpointer data,
                    int      item,
                    int      series)
{
  return g_strdup ("tasks?by=unit");
}

static char *
link_tasks_by_action (gpointer data,
                      int      item,
                      int      series)
{
  return g_strdup ("tasks?by=action");
}

static void
draw_tasks (Canvas       *c,
            ZjtxChartBox *box,
            GPtrArray    *groups,     /* ZjtxTaskFigures */
            gboolean      by_unit)
{
  const char *series[ZJTX_N_TASK_STATUSES];
  guint n = groups->len;
  g_autofree ZjtxChartStack *stacks = g_new0 (ZjtxChartStack, MAX (n, 1));
  g_autofree gint64 *values = g_new0 (gint64, ZJTX_N_TASK_STATUSES * MAX (n, 1));
  g_autoptr(GArray) areas = g_array_new (FALSE, FALSE, sizeof (ZjtxChartArea));
  ZjtxChartTheme theme = *c->theme;
  ZjtxChartStyle style = c->style;

  if (empty_note (c, box, n, _("No task on file")))
    return;
  /* Done in the theme's "good", overdue in its "bad". */
  theme.series[0] = c->theme->good;
  theme.series[1] = c->theme->series[0];
  theme.series[2] = c->theme->grid;
  theme.series[3] = c->theme->bad;
  style.theme = &theme;
  for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
    series[s] = zjtx_task_status_get_label (task_order[s]);
  for (guint i = 0; i < n; i++)
    {
      ZjtxTaskFigures *f = g_ptr_array_index (groups, i);

      for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
        values[ZJTX_N_TASK_STATUSES * i + s] = f->counts[task_order[s]];
      stacks[i] = (ZjtxChartStack) { by_unit ? f->title : f->key, &values[ZJTX_N_TASK_STATUSES * i], NULL };
    }
  IN_BOX (c, *box,
          zjtx_chart_stacked_draw (c->cr, box->width, box->height, &style, TRUE, series,
                                   ZJTX_N_TASK_STATUSES, stacks, n, areas));
  add_mark_links (c, areas, box->x, box->y, by_unit ? link_tasks_by_unit : link_tasks_by_action, NULL);
}

static void
draw_actions (Canvas            *c,
              ZjtxActionFigures *d,
              double             x,
              double             y,
              double             width,
              double             height)
{
  double gap = c->gap;
  double cw[3] = { (width - 2 * gap) * 0.34, (width - 2 * gap) * 0.30, 0 };
  double cx[3];
  ZjtxChartBox box;

  cw[2] = width - 2 * gap - cw[0] - cw[1];
  cx[0] = x;
  cx[1] = x + cw[0] + gap;
  cx[2] = cx[1] + cw[1] + gap;

  /* The responsible units, the whole height: many of them. */
  draw_panel (c, cx[0], y, cw[0], height, _("Tasks by responsible unit"), &box);
  draw_tasks (c, &box, d->units, TRUE);

  /* By action and measure */
  draw_panel (c, cx[1], y, cw[1], (height - gap) * 0.55, _("Tasks by action and measure"), &box);
  draw_tasks (c, &box, d->clauses, FALSE);

  /* R&D platforms by level, their kinds stacked (三（四）) */
  {
    const char *series[ZJTX_N_PLATFORMS];
    ZjtxChartStack stacks[ZJTX_N_SUPPORT_LEVELS];
    gint64 values[ZJTX_N_SUPPORT_LEVELS][ZJTX_N_PLATFORMS];
    double py = y + (height - gap) * 0.55 + gap;

    for (guint p = 0; p < ZJTX_N_PLATFORMS; p++)
      series[p] = zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_PLATFORM, p);
    for (guint l = 0; l < ZJTX_N_SUPPORT_LEVELS; l++)
      {
        for (guint p = 0; p < ZJTX_N_PLATFORMS; p++)
          values[l][p] = d->platforms[l][p];
        stacks[l] = (ZjtxChartStack) { zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_LEVEL, l),
                                       values[l], NULL };
      }
    draw_panel (c, cx[1], py, cw[1], height - (py - y), _("R&D platforms created, by level"), &box);
    IN_BOX (c, box,
            zjtx_chart_stacked_draw (c->cr, box.width, box.height, &c->style, FALSE, series, ZJTX_N_PLATFORMS,
                                     stacks, ZJTX_N_SUPPORT_LEVELS, NULL));
  }

  /* Finance (三（五）): loans and guarantees, and the listing pipeline */
  {
    double fh = (height - 2 * gap) * 0.30;
    double lh = (height - 2 * gap) * 0.30;
    double th = height - 2 * gap - fh - lh;
    double tw;
    const ZjtxActionTally *loans = &d->kinds[ZJTX_SUPPORT_LOAN];
    const ZjtxActionTally *guarantees = &d->kinds[ZJTX_SUPPORT_GUARANTEE];
    g_autofree char *loan_caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Matched loans (%u)",
                                                                  "Matched loans (%u)", loans->count),
                                                     loans->count);
    g_autofree char *guarantee_caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Guarantees (%u)",
                                                                       "Guarantees (%u)", guarantees->count),
                                                          guarantees->count);
    ZjtxChartBar stages[ZJTX_N_LISTING_STAGES];

    draw_panel (c, cx[2], y, cw[2], fh, _("Finance"), &box);
    tw = (box.width - gap) / 2;
    draw_tile (c, box.x, box.y, tw, box.height, keep (c, format_wan (loans->amount)), loan_caption, NULL);
    draw_tile (c, box.x + tw + gap, box.y, tw, box.height, keep (c, format_wan (guarantees->amount)),
               guarantee_caption, NULL);

    for (guint st = 0; st < ZJTX_N_LISTING_STAGES; st++)
      stages[st] = (ZjtxChartBar) { zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_STAGE, st),
                                    d->listing[st], NULL };
    draw_panel (c, cx[2], y + fh + gap, cw[2], lh, _("Towards listing (furthest step)"), &box);
    IN_BOX (c, box,
            zjtx_chart_bars_draw (c->cr, box.width, box.height, &c->style, TRUE, stages,
                                  ZJTX_N_LISTING_STAGES, NULL));

    /* Talent (三（六）) and chains (三（二）), two by two; rooted and
     * emerging apart, as an enterprise may be in both. */
    draw_panel (c, cx[2], y + fh + lh + 2 * gap, cw[2], th, _("Talent and chains"), &box);
    {
      double hw = (box.width - gap) / 2;
      double hh = (box.height - gap) / 2;
      guint teams = 0;

      for (guint l = 0; l < ZJTX_N_SUPPORT_LEVELS; l++)
        teams += d->talent_teams[l];
      draw_tile (c, box.x, box.y, hw, hh, keep (c, zjtx_count_format (teams)), _("Talent teams"), NULL);
      draw_tile (c, box.x + hw + gap, box.y, hw, hh,
                 keep (c, zjtx_count_format (d->kinds[ZJTX_SUPPORT_MANAGEMENT_TRAINING].people)),
                 _("Managers trained"), NULL);
      draw_tile (c, box.x, box.y + hh + gap, hw, hh, keep (c, zjtx_count_format (d->rooted_enterprises)),
                 _("In rooted chains"), NULL);
      draw_tile (c, box.x + hw + gap, box.y + hh + gap, hw, hh,
                 keep (c, zjtx_count_format (d->emerging_enterprises)), _("In emerging chains"), NULL);
    }
  }
}

void
zjtx_dashboard_draw (cairo_t            *cr,
                     double              width,
                     double              height,
                     ZjtxChartThemeKind  theme,
                     ZjtxDashboards     *data,
                     ZjtxDashboardKind   kind,
                     const char         *clock,
                     GArray             *links)
{
  /* PangoContext has no autoptr in Pango 1.50. */
  g_autoptr(GObject) context = G_OBJECT (zjtx_render_text_context_new ());
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = NULL;
  g_autofree char *as_of = NULL;
  Canvas c;
  double margin, band, title_height;

  g_return_if_fail (data != NULL);

  c.cr = cr;
  c.context = PANGO_CONTEXT (context);
  c.theme = zjtx_chart_theme_get (theme);
  /* A 1080-line projector gets 24-unit body text; a narrow box scales by
   * its width instead so that four columns still fit. */
  c.font = MIN (height / 45.0, width / 80.0);
  c.gap = c.font * 0.6;
  c.links = links;
  c.strings = strings;
  c.as_of = keep (&c, zjtx_date_format_iso (data->as_of));
  c.style = (ZjtxChartStyle) { c.theme, DASHBOARD_FONT, c.font };
  margin = c.font * 0.8;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  set_color (cr, &c.theme->background);
  cairo_paint (cr);

  /* The title band: the dashboard's name, the date, the clock. */
  date = zjtx_date_format_cn (data->as_of);
  as_of = g_strdup_printf (_("As of %s"), date);
  title_height = draw_text (&c, zjtx_dashboard_kind_get_title (kind), margin, margin, c.font * 1.6, TRUE,
                            &c.theme->text, width * 0.45, FALSE);
  draw_text (&c, as_of, width * 0.45 + margin, margin + c.font * 0.45, c.font * 1.1, FALSE,
             &c.theme->muted, width * 0.35, FALSE);
  if (clock != NULL)
    draw_text (&c, clock, width * 0.8, margin, c.font * 1.6, TRUE, &c.theme->text,
               width * 0.2 - margin, TRUE);
  band = margin + title_height + margin * 0.6;

  switch (kind)
    {
    case ZJTX_DASHBOARD_ENTERPRISES:
      g_return_if_fail (data->enterprises != NULL);
      draw_enterprises (&c, data->enterprises, margin, band, width - 2 * margin, height - band - margin);
      break;
    case ZJTX_DASHBOARD_PARKS:
      g_return_if_fail (data->parks != NULL);
      draw_parks (&c, data->parks, margin, band, width - 2 * margin, height - band - margin);
      break;
    case ZJTX_DASHBOARD_REWARDS:
      g_return_if_fail (data->rewards != NULL);
      draw_rewards (&c, data->rewards, margin, band, width - 2 * margin, height - band - margin);
      break;
    case ZJTX_DASHBOARD_ACTIONS:
      g_return_if_fail (data->actions != NULL);
      draw_actions (&c, data->actions, margin, band, width - 2 * margin, height - band - margin);
      break;
    default:
      g_return_if_reached ();
    }
  cairo_restore (cr);
}

/* export */

static cairo_status_t
append_png (void                *closure,
            const unsigned char *bytes,
            unsigned int         length)
{
  g_byte_array_append (closure, bytes, length);
  return CAIRO_STATUS_SUCCESS;
}

gboolean
zjtx_dashboard_export (ZjtxDashboards     *data,
                       ZjtxDashboardKind   kind,
                       const char         *path,
                       GError            **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, PNG_WIDTH, PNG_HEIGHT);
      cairo_t *cr = cairo_create (surface);
      g_autoptr(GByteArray) png = g_byte_array_new ();
      cairo_status_t status;

      zjtx_dashboard_draw (cr, PNG_WIDTH, PNG_HEIGHT, ZJTX_CHART_THEME_LIGHT, data, kind, NULL, NULL);
      cairo_destroy (cr);
      status = cairo_surface_write_to_png_stream (surface, append_png, png);
      cairo_surface_destroy (surface);
      if (status != CAIRO_STATUS_SUCCESS)
        {
          g_set_error (error, ZJTX_DASHBOARD_ERROR, ZJTX_DASHBOARD_ERROR_WRITE,
                       _("Could not draw the dashboard for “%s”: %s"), path, cairo_status_to_string (status));
          return FALSE;
        }
      /* Written beside and renamed: whole or nothing. */
      return zjtx_save_bytes (path, png->data, png->len, error);
    }
  else if (g_str_has_suffix (lower, ".pdf"))
    {
      g_autoptr(GByteArray) pdf = g_byte_array_new ();
      cairo_t *cr = zjtx_render_text_pdf_begin (pdf, PDF_WIDTH, PDF_HEIGHT, zjtx_dashboard_kind_get_title (kind));

      zjtx_dashboard_draw (cr, PDF_WIDTH, PDF_HEIGHT, ZJTX_CHART_THEME_PRINT, data, kind, NULL, NULL);
      cairo_show_page (cr);
      return zjtx_render_text_pdf_end (cr, pdf, path, ZJTX_DASHBOARD_ERROR, ZJTX_DASHBOARD_ERROR_WRITE, error);
    }

  g_set_error (error, ZJTX_DASHBOARD_ERROR, ZJTX_DASHBOARD_ERROR_FORMAT,
               _("“%s” is neither a .png nor a .pdf file"), path);
  return FALSE;
}
