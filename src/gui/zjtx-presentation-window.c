/* zjtx-presentation-window.c: the dashboards full screen, one per slide
 *
 * For the task force's meetings: the slides chosen in Preferences, in
 * their order, at the projector's size, moved with the keys a presenter's
 * clicker sends (Page Down, Page Up) as well as the arrows, with the time
 * in the corner so that nobody needs to look at a phone. A click on a
 * link leaves the presentation for the list behind it ("link-activated").
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "zjtx-presentation-window.h"

struct _ZjtxPresentationWindow
{
  AdwWindow          parent_instance;

  ZjtxDashboards    *data;
  ZjtxDashboardKind  slides[ZJTX_N_DASHBOARDS];
  guint              n_slides;
  guint              slide;
  guint              clock_id;
  guint              hide_cursor_id;
  double             pointer_x, pointer_y;

  ZjtxDashboardView *view;
};

G_DEFINE_FINAL_TYPE (ZjtxPresentationWindow, zjtx_presentation_window, ADW_TYPE_WINDOW)

enum {
  LINK_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

guint
zjtx_presentation_read_slides (GSettings         *settings,
                               ZjtxDashboardKind  kinds[ZJTX_N_DASHBOARDS])
{
  g_auto(GStrv) ids = settings != NULL ? g_settings_get_strv (settings, "presentation-slides") : NULL;
  gboolean seen[ZJTX_N_DASHBOARDS] = { FALSE };
  guint n = 0;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      ZjtxDashboardKind kind;

      if (zjtx_dashboard_kind_from_id (ids[i], &kind) && !seen[kind])
        {
          seen[kind] = TRUE;
          kinds[n++] = kind;
        }
    }

  /* A presentation of nothing would be a black screen: show everything. */
  if (n == 0)
    for (; n < ZJTX_N_DASHBOARDS; n++)
      kinds[n] = n;

  return n;
}

/* ------------------------------------------------------------------ */
/* the clock                                                           */

static gboolean update_clock (gpointer user_data);

static void
schedule_clock (ZjtxPresentationWindow *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *clock = g_date_time_format (now, "%H:%M");

  zjtx_dashboard_view_set_clock (self->view, clock);
  /* At the turn of the next minute, not 60 s after opening: the clock
   * would lag by up to a minute. */
  self->clock_id = g_timeout_add_seconds (60 - g_date_time_get_second (now), update_clock, self);
}

static gboolean
update_clock (gpointer user_data)
{
  ZjtxPresentationWindow *self = user_data;

  schedule_clock (self);
  return G_SOURCE_REMOVE;
}

/* ------------------------------------------------------------------ */
/* the pointer                                                         */

/* The pointer is hidden while it rests, as presentation programs do: an
 * arrow left on a chart is read as pointing at something. */
#define HIDE_CURSOR_SECONDS 2

static gboolean
hide_cursor (gpointer user_data)
{
  ZjtxPresentationWindow *self = user_data;

  self->hide_cursor_id = 0;
  /* Over a link the view's own hand still shows. */
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

static void
on_motion (ZjtxPresentationWindow *self,
           double                  x,
           double                  y)
{
  /* A redraw under a still pointer is reported as a motion too. */
  if (x == self->pointer_x && y == self->pointer_y)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  g_clear_handle_id (&self->hide_cursor_id, g_source_remove);
  self->hide_cursor_id = g_timeout_add_seconds (HIDE_CURSOR_SECONDS, hide_cursor, self);
}

/* ------------------------------------------------------------------ */
/* slides                                                              */

guint
zjtx_presentation_window_get_n_slides (ZjtxPresentationWindow *self)
{
  g_return_val_if_fail (ZJTX_IS_PRESENTATION_WINDOW (self), 0);

  return self->n_slides;
}

ZjtxDashboardKind
zjtx_presentation_window_get_slide_kind (ZjtxPresentationWindow *self,
                                         guint                   index)
{
  g_return_val_if_fail (ZJTX_IS_PRESENTATION_WINDOW (self), ZJTX_DASHBOARD_ENTERPRISES);
  g_return_val_if_fail (index < self->n_slides, ZJTX_DASHBOARD_ENTERPRISES);

  return self->slides[index];
}

guint
zjtx_presentation_window_get_slide (ZjtxPresentationWindow *self)
{
  g_return_val_if_fail (ZJTX_IS_PRESENTATION_WINDOW (self), 0);

  return self->slide;
}

ZjtxDashboardView *
zjtx_presentation_window_get_view (ZjtxPresentationWindow *self)
{
  g_return_val_if_fail (ZJTX_IS_PRESENTATION_WINDOW (self), NULL);

  return self->view;
}

void
zjtx_presentation_window_set_slide (ZjtxPresentationWindow *self,
                                    guint                   index)
{
  g_return_if_fail (ZJTX_IS_PRESENTATION_WINDOW (self));

  self->slide = MIN (index, self->n_slides - 1);
  zjtx_dashboard_view_set_kind (self->view, self->slides[self->slide]);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.previous", self->slide > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "presentation.next", self->slide + 1 < self->n_slides);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZjtxPresentationWindow *self = ZJTX_PRESENTATION_WINDOW (widget);

  /* The last slide stays: a presenter pressing once too often should not
   * drop the room back to the first one. */
  if (self->slide + 1 < self->n_slides)
    zjtx_presentation_window_set_slide (self, self->slide + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZjtxPresentationWindow *self = ZJTX_PRESENTATION_WINDOW (widget);

  if (self->slide > 0)
    zjtx_presentation_window_set_slide (self, self->slide - 1);
}

static void
first_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  zjtx_presentation_window_set_slide (ZJTX_PRESENTATION_WINDOW (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZjtxPresentationWindow *self = ZJTX_PRESENTATION_WINDOW (widget);

  zjtx_presentation_window_set_slide (self, self->n_slides - 1);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
on_link_activated (ZjtxPresentationWindow *self,
                   const char             *link)
{
  g_signal_emit (self, signals [LINK_ACTIVATED], 0, link);
}

/* ------------------------------------------------------------------ */

ZjtxPresentationWindow *
zjtx_presentation_window_new (GtkWindow               *parent,
                              ZjtxDashboards          *data,
                              const ZjtxDashboardKind *slides,
                              guint                    n_slides)
{
  ZjtxPresentationWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (slides != NULL && n_slides >= 1 && n_slides <= ZJTX_N_DASHBOARDS, NULL);

  self = g_object_new (ZJTX_TYPE_PRESENTATION_WINDOW,
                       "transient-for", parent,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->data = zjtx_dashboards_ref (data);
  memcpy (self->slides, slides, n_slides * sizeof (ZjtxDashboardKind));
  self->n_slides = n_slides;
  zjtx_dashboard_view_set_data (self->view, data);
  zjtx_presentation_window_set_slide (self, 0);

  return self;
}

void
zjtx_presentation_window_present (ZjtxPresentationWindow *self)
{
  g_return_if_fail (ZJTX_IS_PRESENTATION_WINDOW (self));

  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
}

static void
zjtx_presentation_window_dispose (GObject *object)
{
  ZjtxPresentationWindow *self = ZJTX_PRESENTATION_WINDOW (object);

  g_clear_handle_id (&self->clock_id, g_source_remove);
  g_clear_pointer (&self->data, zjtx_dashboards_unref);
  g_clear_handle_id (&self->hide_cursor_id, g_source_remove);

  G_OBJECT_CLASS (zjtx_presentation_window_parent_class)->dispose (object);
}

static void
zjtx_presentation_window_class_init (ZjtxPresentationWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint next_keys[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down, GDK_KEY_space,
                                     GDK_KEY_KP_Right, GDK_KEY_KP_Down, GDK_KEY_KP_Page_Down };
  static const guint previous_keys[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
                                         GDK_KEY_KP_Left, GDK_KEY_KP_Up, GDK_KEY_KP_Page_Up };

  object_class->dispose = zjtx_presentation_window_dispose;

  /* The link clicked; the window stays open for the caller to close. */
  signals [LINK_ACTIVATED] =
    g_signal_new ("link-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);

  for (guint i = 0; i < G_N_ELEMENTS (next_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, next_keys[i], 0, "presentation.next", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (previous_keys); i++)
    gtk_widget_class_add_binding_action (widget_class, previous_keys[i], 0, "presentation.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Home, 0, "presentation.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Home, 0, "presentation.first", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_End, 0, "presentation.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_End, 0, "presentation.last", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "presentation.leave", NULL);

  gtk_widget_class_set_css_name (widget_class, "presentationwindow");
}

static void
zjtx_presentation_window_init (ZjtxPresentationWindow *self)
{
  GtkEventController *motion;

  gtk_window_set_title (GTK_WINDOW (self), _("Dashboards"));
  self->view = ZJTX_DASHBOARD_VIEW (zjtx_dashboard_view_new (ZJTX_DASHBOARD_ENTERPRISES));
  /* Arrows and Space move the slides here, not the ring over the links. */
  gtk_widget_set_focusable (GTK_WIDGET (self->view), FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->view), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->view), TRUE);
  g_signal_connect_swapped (self->view, "link-activated", G_CALLBACK (on_link_activated), self);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->view));

  /* What a projector shows before fullscreen is granted. */
  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (on_motion), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  self->pointer_x = self->pointer_y = -1;
  self->hide_cursor_id = g_timeout_add_seconds (HIDE_CURSOR_SECONDS, hide_cursor, self);

  schedule_clock (self);
}
