/* zjtx-bulletin.c: the periodic bulletin (定期通报) as a PDF
 *
 * A4 portrait pages of text and tables, with the dashboards on A4
 * landscape pages between them (cairo's PDF surface changes size per
 * page). Laid out once into a list of pages, then drawn; the tables run
 * on over as many pages as they need, their header repeated.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "zjtx-bulletin.h"
#include "zjtx-render-text.h"

G_DEFINE_QUARK (zjtx-bulletin-error-quark, zjtx_bulletin_error)

#define PAGE_WIDTH   595.28
#define PAGE_HEIGHT  841.89
#define MARGIN_X     62.0
#define MARGIN_TOP   64.0
#define MARGIN_BOTTOM 70.0
#define BODY_SIZE    14.0
#define TABLE_SIZE   10.5
#define ROW_HEIGHT   (TABLE_SIZE * 2.0)
#define HEADING_SIZE 15.0

typedef enum {
  SECTION_RECOGNITIONS,
  SECTION_PAID,
  SECTION_PARKS,
  N_SECTIONS,
} Section;

typedef enum {
  PAGE_SUMMARY,
  PAGE_DASHBOARD,
  PAGE_TABLE,
} PageKind;

typedef struct {
  PageKind kind;
  int      which;      /* the dashboard, or the section */
  guint    first_row;
  guint    n_rows;
  gboolean heading;    /* the section's heading starts on this page */
} Page;

typedef struct {
  char  *cells[6];
} Row;

struct _ZjtxBulletin {
  ZjtxDate             from;
  ZjtxDate             to;
  char                *office;
  ZjtxDashboards      *dashboards;
  ZjtxBulletinChanges *changes;
  ZjtxActionFigures   *actions;            /* support in the period, tasks at its end */
  GArray              *rows[N_SECTIONS];   /* Row */
  GArray              *pages;              /* Page */
  PangoContext        *context;
};

static void
row_clear (Row *row)
{
  for (guint i = 0; i < G_N_ELEMENTS (row->cells); i++)
    g_clear_pointer (&row->cells[i], g_free);
}

void
zjtx_bulletin_free (ZjtxBulletin *self)
{
  g_free (self->office);
  g_clear_pointer (&self->dashboards, zjtx_dashboards_unref);
  g_clear_pointer (&self->changes, zjtx_bulletin_changes_unref);
  g_clear_pointer (&self->actions, zjtx_action_figures_unref);
  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_pointer (&self->rows[i], g_array_unref);
  g_clear_pointer (&self->pages, g_array_unref);
  g_clear_object (&self->context);
  g_free (self);
}

/* Columns of each section's table: headers and relative widths. */
static const char *
section_title (Section s)
{
  switch (s)
    {
    case SECTION_RECOGNITIONS:
      return _("2. Recognitions in the period");
    case SECTION_PAID:
      return _("3. Awards paid in the period");
    case SECTION_PARKS:
      return _("4. Changes of the park title");
    default:
      g_return_val_if_reached (NULL);
    }
}

static guint
section_columns (Section        s,
                 const char   **headers,
                 double        *weights,
                 gboolean      *numeric)
{
  switch (s)
    {
    case SECTION_RECOGNITIONS:
      headers[0] = C_("table column", "No."); weights[0] = 0.6; numeric[0] = TRUE;
      headers[1] = _("Enterprise"); weights[1] = 3.6; numeric[1] = FALSE;
      headers[2] = _("Township"); weights[2] = 1.3; numeric[2] = FALSE;
      headers[3] = _("Tier"); weights[3] = 3.2; numeric[3] = FALSE;
      headers[4] = _("Date"); weights[4] = 1.7; numeric[4] = FALSE;
      headers[5] = _("Kind"); weights[5] = 1.0; numeric[5] = FALSE;
      return 6;
    case SECTION_PAID:
      headers[0] = C_("table column", "No."); weights[0] = 0.7; numeric[0] = TRUE;
      headers[1] = _("Paid on"); weights[1] = 1.7; numeric[1] = FALSE;
      headers[2] = _("Recipient"); weights[2] = 3.6; numeric[2] = FALSE;
      headers[3] = _("Kind"); weights[3] = 3.0; numeric[3] = FALSE;
      headers[4] = _("Amount (yuan)"); weights[4] = 2.0; numeric[4] = TRUE;
      headers[5] = _("Voucher"); weights[5] = 1.6; numeric[5] = FALSE;
      return 6;
    case SECTION_PARKS:
      headers[0] = C_("table column", "No."); weights[0] = 0.7; numeric[0] = TRUE;
      headers[1] = _("Park"); weights[1] = 5.0; numeric[1] = FALSE;
      headers[2] = _("Change"); weights[2] = 4.0; numeric[2] = FALSE;
      return 3;
    default:
      g_return_val_if_reached (0);
    }
}

static void
build_rows (ZjtxBulletin *self)
{
  ZjtxBulletinChanges *ch = self->changes;

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      self->rows[i] = g_array_new (FALSE, TRUE, sizeof (Row));
      g_array_set_clear_func (self->rows[i], (GDestroyNotify) row_clear);
    }

  for (guint i = 0; i < ch->recognitions->len; i++)
    {
      ZjtxBulletinRecognition *r = g_ptr_array_index (ch->recognitions, i);
      Row row = { { NULL } };

      row.cells[0] = g_strdup_printf ("%u", i + 1);
      row.cells[1] = g_strdup (r->name);
      row.cells[2] = g_strdup (r->township != NULL ? r->township : "");
      row.cells[3] = g_strdup (zjtx_tier_get_label (r->tier));
      row.cells[4] = zjtx_date_format_iso (r->date);
      row.cells[5] = g_strdup (r->first ? _("First") : _("Re-review"));
      g_array_append_val (self->rows[SECTION_RECOGNITIONS], row);
    }

  for (guint i = 0; i < ch->paid->len; i++)
    {
      ZjtxAwardRow *a = g_ptr_array_index (ch->paid, i);
      ZjtxAwardKind kind;
      Row row = { { NULL } };

      row.cells[0] = g_strdup_printf ("%u", i + 1);
      row.cells[1] = g_strdup (a->paid_on != NULL ? a->paid_on : "");
      row.cells[2] = g_strdup (a->recipient);
      row.cells[3] = g_strdup (zjtx_award_kind_from_id (a->kind, &kind) ? zjtx_award_kind_get_label (kind) : a->kind);
      row.cells[4] = zjtx_money_format (a->amount);
      row.cells[5] = g_strdup (a->voucher != NULL ? a->voucher : "");
      g_array_append_val (self->rows[SECTION_PAID], row);
    }

  for (guint i = 0; i < ch->parks_gained->len + ch->parks_lost->len; i++)
    {
      gboolean gained = i < ch->parks_gained->len;
      const char *name = gained ? g_ptr_array_index (ch->parks_gained, i)
                                : g_ptr_array_index (ch->parks_lost, i - ch->parks_gained->len);
      Row row = { { NULL } };

      row.cells[0] = g_strdup_printf ("%u", i + 1);
      row.cells[1] = g_strdup (name);
      row.cells[2] = g_strdup (gained ? _("Gained the title") : _("Lost the title"));
      g_array_append_val (self->rows[SECTION_PARKS], row);
    }
}

/* The summary page first, a landscape page per dashboard, then each
 * section's table over as many pages as it takes. */
static void
paginate (ZjtxBulletin *self)
{
  double content = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
  guint first_page_rows = (guint) ((content - HEADING_SIZE * 2.4 - ROW_HEIGHT) / ROW_HEIGHT);
  guint later_rows = (guint) ((content - ROW_HEIGHT) / ROW_HEIGHT);
  Page page = { PAGE_SUMMARY, 0, 0, 0, FALSE };

  self->pages = g_array_new (FALSE, TRUE, sizeof (Page));
  g_array_append_val (self->pages, page);
  for (int d = 0; d < ZJTX_N_DASHBOARDS; d++)
    {
      page = (Page) { PAGE_DASHBOARD, d, 0, 0, FALSE };
      g_array_append_val (self->pages, page);
    }
  for (int s = 0; s < N_SECTIONS; s++)
    {
      guint n = self->rows[s]->len;
      guint at = 0;

      do
        {
          guint fit = at == 0 ? first_page_rows : later_rows;
          guint take = MIN (fit, n - at);

          page = (Page) { PAGE_TABLE, s, at, take, at == 0 };
          g_array_append_val (self->pages, page);
          at += take;
        }
      while (at < n);
    }
}

ZjtxBulletin *
zjtx_bulletin_new (ZjtxStore    *store,
                   ZjtxDate      from,
                   ZjtxDate      to,
                   const char   *issuing_office,
                   GError      **error)
{
  g_autoptr(ZjtxBulletin) self = NULL;

  if (to < from)
    {
      g_autofree char *f = zjtx_date_format_iso (from);
      g_autofree char *t = zjtx_date_format_iso (to);

      g_set_error (error, ZJTX_BULLETIN_ERROR, ZJTX_BULLETIN_ERROR_PERIOD,
                   _("The period ends (%s) before it starts (%s)"), t, f);
      return NULL;
    }

  self = g_new0 (ZjtxBulletin, 1);
  self->from = from;
  self->to = to;
  self->office = g_strdup (issuing_office != NULL ? issuing_office : "");
  self->context = zjtx_render_text_context_new ();
  if (!(self->dashboards = zjtx_dashboards_load (store, to, NULL, 0, error)))
    return NULL;
  /* The changes' period leaves out its first day; the bulletin's includes it. */
  if (!(self->changes = zjtx_bulletin_changes_load (store, from - 1, to, error)))
    return NULL;
  if (!(self->actions = zjtx_action_figures_load (store, from, to, error)))
    return NULL;
  build_rows (self);
  paginate (self);

  return g_steal_pointer (&self);
}

guint
zjtx_bulletin_get_n_pages (ZjtxBulletin *self)
{
  return self->pages->len;
}

/* drawing */

static double
show_text (ZjtxBulletin  *self,
           cairo_t       *cr,
           const char    *families,
           double         size,
           gboolean       bold,
           const char    *text,
           double         x,
           double         y,
           double         width,
           PangoAlignment align,
           double         indent,
           gboolean       ellipsize)
{
  g_autoptr(PangoLayout) layout = zjtx_render_text_layout_new (self->context, families, size, 0, text);
  PangoRectangle logical;

  if (bold)
    {
      PangoFontDescription *desc = pango_font_description_copy (pango_layout_get_font_description (layout));

      pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
    }
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (layout, align);
  pango_layout_set_indent (layout, (int) (indent * PANGO_SCALE));
  pango_layout_set_spacing (layout, (int) (size * 0.45 * PANGO_SCALE));
  if (ellipsize)
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);

  return (double) logical.height / PANGO_SCALE;
}

static char *
percent_of (int part,
            int whole)
{
  gint64 tenths;

  if (whole <= 0)
    return g_strdup ("—");
  tenths = ((gint64) part * 1000 + whole / 2) / whole;
  return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%", tenths / 10, tenths % 10);
}

static char *
join_names (GPtrArray *names)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      if (i > 0)
        g_string_append (s, "、");
      g_string_append (s, g_ptr_array_index (names, i));
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* The period's story in five paragraphs. */
static GPtrArray *
summary_paragraphs (ZjtxBulletin *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  ZjtxEnterpriseDashboard *e = self->dashboards->enterprises;
  ZjtxParkDashboard *p = self->dashboards->parks;
  ZjtxRewardDashboard *r = self->dashboards->rewards;
  ZjtxBulletinChanges *ch = self->changes;
  g_autofree char *to = zjtx_date_format_cn (self->to);
  g_autofree char *p1 = percent_of (e->targets[0].cumulative, e->targets[0].goal);
  g_autofree char *p2 = percent_of (e->targets[1].cumulative, e->targets[1].goal);
  g_autofree char *p3 = percent_of (e->targets[2].cumulative, e->targets[2].goal);
  g_autofree char *paid = zjtx_money_format_wan_rounded (ch->paid_total);
  g_autofree char *committed = zjtx_money_format_wan_rounded (r->total->approved + r->total->paid);
  g_autofree char *paid_all = zjtx_money_format_wan_rounded (r->total->paid);
  guint firsts = 0;

  for (guint i = 0; i < ch->recognitions->len; i++)
    if (((ZjtxBulletinRecognition *) g_ptr_array_index (ch->recognitions, i))->first)
      firsts++;

  g_ptr_array_add (out, g_strdup_printf (_("As of %s, the county has cultivated %d innovative SMEs, %d provincial "
                                           "SRDI SMEs and %d national “Little Giants” in all, %s, %s and %s of the "
                                           "targets (%d, %d and %d)."),
                                         to, e->targets[0].cumulative, e->targets[1].cumulative,
                                         e->targets[2].cumulative, p1, p2, p3, e->targets[0].goal,
                                         e->targets[1].goal, e->targets[2].goal));
  g_ptr_array_add (out, g_strdup_printf (_("The cultivation pool holds %d enterprises. Key targets: %d; recommended "
                                           "for the next tier: %d; recognitions lapsing within six months: %d; "
                                           "provincial-or-higher enterprises without a service commissioner: %d."),
                                         e->pool, e->n_key_targets, e->n_recommended, e->n_expiring,
                                         e->n_no_commissioner));
  g_ptr_array_add (out, g_strdup_printf (_("In the period: recognitions made, %u (first recognitions, %u); awards "
                                           "paid, %u, %s wan yuan in all."),
                                         ch->recognitions->len, firsts, ch->paid->len, paid));
  {
    g_autofree char *gained = join_names (ch->parks_gained);
    g_autofree char *lost = join_names (ch->parks_lost);
    g_autofree char *parks = g_strdup_printf (_("Parks meeting the conditions of the SRDI park title: %d of the "
                                                "county’s %u."), p->n_title, p->parks->len);

    if (ch->parks_gained->len == 0 && ch->parks_lost->len == 0)
      /* Translators: two sentences in a row; Chinese needs no space between them */
      g_ptr_array_add (out, g_strdup_printf (_("%s %s"), parks, _("No park gained or lost the title in the period.")));
    else
      g_ptr_array_add (out, g_strdup_printf (_("%s Gained the title in the period: %s. Lost it: %s."), parks,
                                             ch->parks_gained->len > 0 ? gained : _("none"),
                                             ch->parks_lost->len > 0 ? lost : _("none")));
  }
  g_ptr_array_add (out, g_strdup_printf (_("Awards committed so far: %s wan yuan, of which paid: %s wan yuan; "
                                           "proposals waiting for a decision: %u."),
                                         committed, paid_all, r->n_waiting));
  {
    ZjtxActionFigures *a = self->actions;
    g_autofree char *loans = zjtx_money_format_wan_rounded (a->kinds[ZJTX_SUPPORT_LOAN].amount);
    g_autofree char *guarantees = zjtx_money_format_wan_rounded (a->kinds[ZJTX_SUPPORT_GUARANTEE].amount);
    guint platforms = 0;

    for (guint l = 0; l < ZJTX_N_SUPPORT_LEVELS; l++)
      platforms += a->platforms_by_level[l];
    g_ptr_array_add (out, g_strdup_printf (_("Tasks of the six actions and the measures: %u; done, %u; under way, %u; "
                                             "not started, %u; overdue, %u. In the period: R&D platforms created, %u; "
                                             "loans arranged, %u (%s wan yuan); guarantees, %u (%s wan yuan); "
                                             "managers trained, %u."),
                                           a->n_tasks, a->tasks[ZJTX_TASK_DONE], a->tasks[ZJTX_TASK_UNDER_WAY],
                                           a->tasks[ZJTX_TASK_NOT_STARTED], a->tasks[ZJTX_TASK_OVERDUE], platforms,
                                           a->kinds[ZJTX_SUPPORT_LOAN].count, loans,
                                           a->kinds[ZJTX_SUPPORT_GUARANTEE].count, guarantees,
                                           (guint) a->kinds[ZJTX_SUPPORT_MANAGEMENT_TRAINING].people));
  }
  return out;
}

static void
draw_footer (ZjtxBulletin *self,
             cairo_t      *cr,
             double        width,
             double        height,
             guint         page)
{
  g_autofree char *number = g_strdup_printf ("— %u —", page + 1);

  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (self, cr, ZJTX_FONT_SONG, 12, FALSE, number, 0, height - MARGIN_BOTTOM * 0.6, width,
             PANGO_ALIGN_CENTER, 0, FALSE);
}

static void
draw_summary (ZjtxBulletin *self,
              cairo_t      *cr)
{
  double width = PAGE_WIDTH - 2 * MARGIN_X;
  double y = MARGIN_TOP;
  g_autofree char *from = zjtx_date_format_cn (self->from);
  g_autofree char *to = zjtx_date_format_cn (self->to);
  g_autofree char *period = g_strdup_printf (_("From %s to %s"), from, to);
  g_autoptr(GPtrArray) paragraphs = summary_paragraphs (self);

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += show_text (self, cr, ZJTX_FONT_XIAOBIAOSONG, 22, FALSE, _("Bulletin on the Cultivation of SRDI Enterprises"),
                  MARGIN_X, y, width, PANGO_ALIGN_CENTER, 0, FALSE);
  y += 10;
  y += show_text (self, cr, ZJTX_FONT_FANGSONG, BODY_SIZE, FALSE, period, MARGIN_X, y, width,
                  PANGO_ALIGN_CENTER, 0, FALSE);
  if (self->office[0] != '\0')
    {
      y += 4;
      y += show_text (self, cr, ZJTX_FONT_FANGSONG, BODY_SIZE, FALSE, self->office, MARGIN_X, y, width,
                      PANGO_ALIGN_CENTER, 0, FALSE);
    }
  y += 14;
  cairo_set_source_rgb (cr, 0.75, 0, 0);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, MARGIN_X, y);
  cairo_line_to (cr, PAGE_WIDTH - MARGIN_X, y);
  cairo_stroke (cr);
  y += 18;

  cairo_set_source_rgb (cr, 0, 0, 0);
  y += show_text (self, cr, ZJTX_FONT_HEITI, HEADING_SIZE, FALSE, _("1. Overview"), MARGIN_X, y, width,
                  PANGO_ALIGN_LEFT, 0, FALSE);
  y += 10;
  for (guint i = 0; i < paragraphs->len; i++)
    {
      y += show_text (self, cr, ZJTX_FONT_FANGSONG, BODY_SIZE, FALSE, g_ptr_array_index (paragraphs, i),
                      MARGIN_X, y, width, PANGO_ALIGN_LEFT, BODY_SIZE * 2, FALSE);
      y += BODY_SIZE * 0.6;
    }
  y += 6;
  show_text (self, cr, ZJTX_FONT_FANGSONG, BODY_SIZE, FALSE,
             _("The dashboards as they stood at the end of the period follow; then the enterprises concerned."),
             MARGIN_X, y, width, PANGO_ALIGN_LEFT, BODY_SIZE * 2, FALSE);
}

static void
draw_table_page (ZjtxBulletin *self,
                 cairo_t      *cr,
                 const Page   *page)
{
  const char *headers[6];
  double weights[6];
  gboolean numeric[6];
  guint n_columns = section_columns (page->which, headers, weights, numeric);
  double width = PAGE_WIDTH - 2 * MARGIN_X;
  double total = 0, y = MARGIN_TOP;
  double xs[7];
  GArray *rows = self->rows[page->which];

  for (guint c = 0; c < n_columns; c++)
    total += weights[c];
  xs[0] = MARGIN_X;
  for (guint c = 0; c < n_columns; c++)
    xs[c + 1] = xs[c] + width * weights[c] / total;

  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page->heading)
    {
      y += show_text (self, cr, ZJTX_FONT_HEITI, HEADING_SIZE, FALSE, section_title (page->which), MARGIN_X, y,
                      width, PANGO_ALIGN_LEFT, 0, FALSE);
      y += HEADING_SIZE * 0.8;
    }
  if (rows->len == 0)
    {
      show_text (self, cr, ZJTX_FONT_FANGSONG, BODY_SIZE, FALSE, _("None in the period."), MARGIN_X, y, width,
                 PANGO_ALIGN_LEFT, BODY_SIZE * 2, FALSE);
      return;
    }

  /* Header row, shaded; then the rows, ruled. */
  cairo_set_source_rgb (cr, 0.88, 0.88, 0.88);
  cairo_rectangle (cr, MARGIN_X, y, width, ROW_HEIGHT);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c < n_columns; c++)
    show_text (self, cr, ZJTX_FONT_HEITI, TABLE_SIZE, FALSE, headers[c], xs[c] + 3, y + TABLE_SIZE * 0.45,
               xs[c + 1] - xs[c] - 6, numeric[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT, 0, TRUE);
  y += ROW_HEIGHT;

  for (guint r = page->first_row; r < page->first_row + page->n_rows; r++)
    {
      Row *row = &g_array_index (rows, Row, r);

      for (guint c = 0; c < n_columns; c++)
        show_text (self, cr, ZJTX_FONT_SONG, TABLE_SIZE, FALSE, row->cells[c] != NULL ? row->cells[c] : "",
                   xs[c] + 3, y + TABLE_SIZE * 0.45, xs[c + 1] - xs[c] - 6,
                   numeric[c] ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT, 0, TRUE);
      y += ROW_HEIGHT;
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN_X, y);
      cairo_line_to (cr, MARGIN_X + width, y);
      cairo_stroke (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
}

gboolean
zjtx_bulletin_write_pdf (ZjtxBulletin *self,
                         const char   *path,
                         GError      **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_t *cr = zjtx_render_text_pdf_begin (pdf, PAGE_WIDTH, PAGE_HEIGHT,
                                            _("Bulletin on the Cultivation of SRDI Enterprises"));
  cairo_surface_t *surface = cairo_get_target (cr);

  for (guint i = 0; i < self->pages->len; i++)
    {
      const Page *page = &g_array_index (self->pages, Page, i);
      gboolean landscape = page->kind == PAGE_DASHBOARD;
      double width = landscape ? PAGE_HEIGHT : PAGE_WIDTH;
      double height = landscape ? PAGE_WIDTH : PAGE_HEIGHT;

      cairo_pdf_surface_set_size (surface, width, height);
      cairo_save (cr);
      switch (page->kind)
        {
        case PAGE_SUMMARY:
          draw_summary (self, cr);
          break;
        case PAGE_DASHBOARD:
          /* The slide inside the page's margins, in print colours. */
          cairo_translate (cr, 28, 24);
          zjtx_dashboard_draw (cr, width - 56, height - 24 - 46, ZJTX_CHART_THEME_PRINT, self->dashboards,
                               page->which, NULL, NULL);
          break;
        case PAGE_TABLE:
          draw_table_page (self, cr, page);
          break;
        default:
          g_assert_not_reached ();
        }
      cairo_restore (cr);
      draw_footer (self, cr, width, height, i);
      cairo_show_page (cr);
    }

  return zjtx_render_text_pdf_end (cr, pdf, path, ZJTX_BULLETIN_ERROR, ZJTX_BULLETIN_ERROR_WRITE, error);
}

gboolean
zjtx_bulletin_write (ZjtxStore    *store,
                     ZjtxDate      from,
                     ZjtxDate      to,
                     const char   *issuing_office,
                     const char   *path,
                     GError      **error)
{
  g_autoptr(ZjtxBulletin) self = zjtx_bulletin_new (store, from, to, issuing_office, error);

  return self != NULL && zjtx_bulletin_write_pdf (self, path, error);
}
