/* zjtx-dashboard-view.c: one meeting dashboard (src/render's) as a widget
 *
 * The drawing is zjtx_dashboard_draw (), the same a projector slide, a
 * PNG and a PDF get; the widget only chooses the theme (dark with the dark
 * style), keeps the links of its last draw and turns a click on one into
 * "link-activated". Snapshot runs only when the widget is resized or
 * queued to draw, so a pointer moving over it costs a lookup, not a
 * layout.
 */

#include "config.h"

#include <adwaita.h>

#include "zjtx-dashboard-view.h"

struct _ZjtxDashboardView
{
  GtkWidget          parent_instance;

  ZjtxDashboardKind  kind;
  ZjtxDashboards    *data;
  char              *clock;
  GArray            *links;          /* ZjtxDashboardLink of the last draw */
  char              *pressed_link;   /* under the pointer when pressed */
  gboolean           over_link;      /* the hand cursor is shown */
  int                focus_link;     /* the link the keyboard is on, or -1 */
  AdwStyleManager   *style_manager;
};

G_DEFINE_FINAL_TYPE (ZjtxDashboardView, zjtx_dashboard_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  LINK_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

GtkWidget *
zjtx_dashboard_view_new (ZjtxDashboardKind kind)
{
  return g_object_new (ZJTX_TYPE_DASHBOARD_VIEW, "kind", kind, NULL);
}

ZjtxDashboardKind
zjtx_dashboard_view_get_kind (ZjtxDashboardView *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARD_VIEW (self), ZJTX_DASHBOARD_ENTERPRISES);

  return self->kind;
}

static void
update_accessible_label (ZjtxDashboardView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, zjtx_dashboard_kind_get_title (self->kind),
                                  -1);
}

void
zjtx_dashboard_view_set_kind (ZjtxDashboardView *self,
                              ZjtxDashboardKind  kind)
{
  g_return_if_fail (ZJTX_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (kind < ZJTX_N_DASHBOARDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  self->focus_link = -1;
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

ZjtxDashboards *
zjtx_dashboard_view_get_data (ZjtxDashboardView *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARD_VIEW (self), NULL);

  return self->data;
}

void
zjtx_dashboard_view_set_data (ZjtxDashboardView *self,
                              ZjtxDashboards    *data)
{
  g_return_if_fail (ZJTX_IS_DASHBOARD_VIEW (self));

  if (self->data == data)
    return;
  if (data != NULL)
    zjtx_dashboards_ref (data);
  g_clear_pointer (&self->data, zjtx_dashboards_unref);
  self->data = data;
  /* The old links point into a drawing that is gone. */
  g_array_set_size (self->links, 0);
  self->focus_link = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
zjtx_dashboard_view_set_clock (ZjtxDashboardView *self,
                               const char        *clock)
{
  g_return_if_fail (ZJTX_IS_DASHBOARD_VIEW (self));

  /* GLib 2.74 has no g_set_str () (2.76). */
  if (g_strcmp0 (self->clock, clock) == 0)
    return;
  g_free (self->clock);
  self->clock = g_strdup (clock);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CLOCK]);
}

GArray *
zjtx_dashboard_view_get_links (ZjtxDashboardView *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARD_VIEW (self), NULL);

  return self->links;
}

const char *
zjtx_dashboard_view_link_at (ZjtxDashboardView *self,
                             double             x,
                             double             y)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARD_VIEW (self), NULL);

  return zjtx_dashboard_link_at (self->links, x, y);
}

/* ------------------------------------------------------------------ */
/* drawing                                                             */

static void
zjtx_dashboard_view_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  ZjtxDashboardView *self = ZJTX_DASHBOARD_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  ZjtxChartThemeKind theme;
  cairo_t *cr;

  g_array_set_size (self->links, 0);
  if (self->data == NULL || width <= 0 || height <= 0)
    return;

  /* Not the dashboard's own colours for the dark style: a white slide in
   * a dark window dazzles. */
  theme = adw_style_manager_get_dark (self->style_manager) ? ZJTX_CHART_THEME_DARK : ZJTX_CHART_THEME_LIGHT;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  zjtx_dashboard_draw (cr, width, height, theme, self->data, self->kind, self->clock, self->links);

  /* The link the keyboard is on, ringed as GTK rings a focused button. */
  if (self->focus_link >= (int) self->links->len)
    self->focus_link = -1;
  if (self->focus_link >= 0 && gtk_widget_has_focus (widget))
    {
      const ZjtxDashboardLink *l = &g_array_index (self->links, ZjtxDashboardLink, self->focus_link);
      const ZjtxChartColor *ring = &zjtx_chart_theme_get (theme)->series[0];

      cairo_set_source_rgba (cr, ring->red, ring->green, ring->blue, 1.0);
      cairo_set_line_width (cr, 3);
      cairo_rectangle (cr, l->box.x - 2, l->box.y - 2, l->box.width + 4, l->box.height + 4);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* ------------------------------------------------------------------ */
/* keyboard                                                            */

int
zjtx_dashboard_view_get_focus_link (ZjtxDashboardView *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARD_VIEW (self), -1);

  return self->focus_link;
}

/* Arrows walk the links in the order they are drawn (panel by panel,
 * row by row); Enter or Space opens the one ringed. Tab still leaves the
 * view, as it leaves any widget. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                ZjtxDashboardView     *self)
{
  int n = self->links->len;

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Right:
    case GDK_KEY_KP_Down:
      self->focus_link = self->focus_link < 0 ? 0 : MIN (self->focus_link + 1, n - 1);
      break;

    case GDK_KEY_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Left:
    case GDK_KEY_KP_Up:
      self->focus_link = self->focus_link < 0 ? 0 : MAX (self->focus_link - 1, 0);
      break;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      self->focus_link = 0;
      break;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      self->focus_link = n - 1;
      break;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (self->focus_link < 0 || self->focus_link >= n)
        return FALSE;
      {
        g_autofree char *link = g_strdup (g_array_index (self->links, ZjtxDashboardLink, self->focus_link).link);

        g_signal_emit (self, signals [LINK_ACTIVATED], 0, link);
      }
      return TRUE;

    default:
      return FALSE;
    }

  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
on_focus_changed (ZjtxDashboardView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_dark_changed (ZjtxDashboardView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ------------------------------------------------------------------ */
/* pointer                                                             */

static void
update_cursor (ZjtxDashboardView *self,
               double             x,
               double             y)
{
  gboolean over = zjtx_dashboard_link_at (self->links, x, y) != NULL;

  /* Set only when it changes: the pointer moves often. */
  if (over == self->over_link)
    return;
  self->over_link = over;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), over ? "pointer" : NULL);
}

static void
on_motion (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           ZjtxDashboardView        *self)
{
  update_cursor (self, x, y);
}

static void
on_leave (GtkEventControllerMotion *controller,
          ZjtxDashboardView        *self)
{
  update_cursor (self, -1, -1);
}

static void
on_pressed (GtkGestureClick   *gesture,
            int                n_press,
            double             x,
            double             y,
            ZjtxDashboardView *self)
{
  g_free (self->pressed_link);
  self->pressed_link = g_strdup (zjtx_dashboard_link_at (self->links, x, y));
}

static void
on_released (GtkGestureClick   *gesture,
             int                n_press,
             double             x,
             double             y,
             ZjtxDashboardView *self)
{
  g_autofree char *pressed = g_steal_pointer (&self->pressed_link);
  const char *link = zjtx_dashboard_link_at (self->links, x, y);

  /* Released where it was pressed, as a button: dragging off cancels. */
  if (link == NULL || g_strcmp0 (link, pressed) != 0)
    return;
  g_signal_emit (self, signals [LINK_ACTIVATED], 0, link);
}

/* ------------------------------------------------------------------ */

static void
zjtx_dashboard_view_dispose (GObject *object)
{
  ZjtxDashboardView *self = ZJTX_DASHBOARD_VIEW (object);

  if (self->style_manager != NULL)
    g_signal_handlers_disconnect_by_func (self->style_manager, on_dark_changed, self);
  self->style_manager = NULL;
  g_clear_pointer (&self->data, zjtx_dashboards_unref);

  G_OBJECT_CLASS (zjtx_dashboard_view_parent_class)->dispose (object);
}

static void
zjtx_dashboard_view_finalize (GObject *object)
{
  ZjtxDashboardView *self = ZJTX_DASHBOARD_VIEW (object);

  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->clock, g_free);
  g_clear_pointer (&self->pressed_link, g_free);

  G_OBJECT_CLASS (zjtx_dashboard_view_parent_class)->finalize (object);
}

static void
zjtx_dashboard_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ZjtxDashboardView *self = ZJTX_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    case PROP_CLOCK:
      g_value_set_string (value, self->clock);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_dashboard_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  ZjtxDashboardView *self = ZJTX_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      zjtx_dashboard_view_set_kind (self, g_value_get_uint (value));
      break;

    case PROP_CLOCK:
      zjtx_dashboard_view_set_clock (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_dashboard_view_class_init (ZjtxDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_dashboard_view_dispose;
  object_class->finalize = zjtx_dashboard_view_finalize;
  object_class->get_property = zjtx_dashboard_view_get_property;
  object_class->set_property = zjtx_dashboard_view_set_property;
  widget_class->snapshot = zjtx_dashboard_view_snapshot;

  /* A ZjtxDashboardKind (there is no enum type for it). */
  properties [PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       0, ZJTX_N_DASHBOARDS - 1, ZJTX_DASHBOARD_ENTERPRISES,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_CLOCK] =
    g_param_spec_string ("clock", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A click on a bar, a row or a figure: its link, e.g.
   * "enterprises?tier=provincial&township=桃城镇" (zjtx-dashboard.h). */
  signals [LINK_ACTIVATED] =
    g_signal_new ("link-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_css_name (widget_class, "dashboardview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
zjtx_dashboard_view_init (ZjtxDashboardView *self)
{
  GtkEventController *motion;
  GtkEventController *key;
  GtkEventController *focus;
  GtkGesture *click;

  self->kind = ZJTX_DASHBOARD_ENTERPRISES;
  self->links = g_array_new (FALSE, TRUE, sizeof (ZjtxDashboardLink));
  g_array_set_clear_func (self->links, (GDestroyNotify) zjtx_dashboard_link_clear);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect (motion, "enter", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  key = gtk_event_controller_key_new ();
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (on_focus_changed), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (on_focus_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  self->focus_link = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->style_manager = adw_style_manager_get_default ();
  g_signal_connect_swapped (self->style_manager, "notify::dark", G_CALLBACK (on_dark_changed), self);

  /* Below this the charts' labels would all be "…". */
  gtk_widget_set_size_request (GTK_WIDGET (self), 400, 240);
  update_accessible_label (self);
}
