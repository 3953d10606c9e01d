/* zjtx-dashboards-page.c: the three meeting dashboards as of a date
 *
 * The figures are read once per date for all the dashboards (the
 * switcher then only changes what is drawn), when the page is first shown
 * and again when the date changes or the window reloads. A click on a bar
 * or a row activates win.open-link with the dashboard's link; the window
 * turns it into the list behind it. The presentation (win.present, F5) is
 * a window of its own on the same figures.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "render/zjtx-bulletin.h"
#include "zjtx-dashboards-page.h"
#include "zjtx-gui-util.h"
#include "zjtx-presentation-window.h"

struct _ZjtxDashboardsPage
{
  AdwBin                  parent_instance;

  ZjtxStore              *store;
  GSettings              *settings;      /* may be NULL */
  ZjtxDate                as_of;         /* ZJTX_DATE_NONE: today, whenever that is */
  ZjtxDashboards         *data;
  gboolean                stale;         /* read again when next shown */
  ZjtxPresentationWindow *presentation;  /* weak: while it is open */
  gboolean                writing_bulletin;

  /* Template widgets */
  GtkStack               *stack;
  AdwViewStack           *views;
  ZjtxDashboardView      *enterprises_view;
  ZjtxDashboardView      *parks_view;
  ZjtxDashboardView      *rewards_view;
  ZjtxDashboardView      *actions_view;
  GtkLabel               *as_of_label;
  GtkPopover             *as_of_popover;
  GtkCalendar            *calendar;
  AdwStatusPage          *error_page;
};

G_DEFINE_FINAL_TYPE (ZjtxDashboardsPage, zjtx_dashboards_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static void
show_toast (ZjtxDashboardsPage *self,
            const char         *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *markup = NULL;

  if (overlay == NULL)
    {
      g_debug ("%s", text);
      return;
    }
  /* A toast's title is markup: a path or a message may hold "&" or "<". */
  markup = g_markup_escape_text (text, -1);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (markup));
}

static char *
setting (ZjtxDashboardsPage *self,
         const char         *key)
{
  g_autofree char *value = self->settings != NULL ? g_settings_get_string (self->settings, key) : NULL;

  return value != NULL && *value != '\0' ? g_steal_pointer (&value) : NULL;
}

ZjtxDate
zjtx_dashboards_last_quarter_end (ZjtxDate today)
{
  int year, month;

  zjtx_date_to_ymd (today, &year, &month, NULL);
  /* The first day of this quarter, less one day. */
  return zjtx_date_from_ymd (year, (month - 1) / 3 * 3 + 1, 1) - 1;
}

ZjtxDate
zjtx_dashboards_last_year_end (ZjtxDate today)
{
  int year;

  zjtx_date_to_ymd (today, &year, NULL, NULL);
  return zjtx_date_from_ymd (year - 1, 12, 31);
}

static ZjtxDate
effective_as_of (ZjtxDashboardsPage *self)
{
  return self->as_of != ZJTX_DATE_NONE ? self->as_of : zjtx_date_today ();
}

static ZjtxDashboardView *
view_of (ZjtxDashboardsPage *self,
         ZjtxDashboardKind   kind)
{
  switch (kind)
    {
    case ZJTX_DASHBOARD_ENTERPRISES:
      return self->enterprises_view;
    case ZJTX_DASHBOARD_PARKS:
      return self->parks_view;
    case ZJTX_DASHBOARD_REWARDS:
      return self->rewards_view;
    case ZJTX_DASHBOARD_ACTIONS:
      return self->actions_view;
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
update_actions (ZjtxDashboardsPage *self)
{
  gboolean loaded = self->data != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboards.export-png", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboards.export-pdf", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboards.bulletin",
                                 self->store != NULL && !self->writing_bulletin);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dashboards.pick-date", self->store != NULL);
}

/* ------------------------------------------------------------------ */
/* loading                                                             */

static void
set_data (ZjtxDashboardsPage *self,
          ZjtxDashboards     *data)
{
  for (ZjtxDashboardKind kind = 0; kind < ZJTX_N_DASHBOARDS; kind++)
    zjtx_dashboard_view_set_data (view_of (self, kind), data);
  g_clear_pointer (&self->data, zjtx_dashboards_unref);
  self->data = data != NULL ? zjtx_dashboards_ref (data) : NULL;
  update_actions (self);
}

/* Reads the figures now, mapped or not. */
static gboolean
load (ZjtxDashboardsPage *self)
{
  g_autoptr(ZjtxDashboards) data = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  self->stale = FALSE;
  date = zjtx_gui_format_date (effective_as_of (self));
  gtk_label_set_text (self->as_of_label, date);

  if (self->store == NULL)
    {
      set_data (self, NULL);
      adw_status_page_set_description (self->error_page, _("No database is open"));
      gtk_stack_set_visible_child_name (self->stack, "error");
      return FALSE;
    }

  data = zjtx_dashboards_load (self->store, effective_as_of (self), NULL, 0, &error);
  if (data == NULL)
    {
      g_autofree char *markup = g_markup_escape_text (error->message, -1);

      set_data (self, NULL);
      adw_status_page_set_description (self->error_page, markup);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return FALSE;
    }

  set_data (self, data);
  gtk_stack_set_visible_child_name (self->stack, "dashboards");
  return TRUE;
}

void
zjtx_dashboards_page_reload (ZjtxDashboardsPage *self)
{
  g_return_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  load (self);
}

ZjtxDashboards *
zjtx_dashboards_page_get_data (ZjtxDashboardsPage *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), NULL);

  return self->data;
}

ZjtxDate
zjtx_dashboards_page_get_as_of (ZjtxDashboardsPage *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), ZJTX_DATE_NONE);

  return effective_as_of (self);
}

void
zjtx_dashboards_page_set_as_of (ZjtxDashboardsPage *self,
                                ZjtxDate            as_of)
{
  g_return_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self));

  /* Today is kept as "today", so that a page left open overnight shows
   * the next day's figures when reloaded. */
  if (as_of == zjtx_date_today ())
    as_of = ZJTX_DATE_NONE;
  if (self->as_of == as_of && self->data != NULL && self->data->as_of == effective_as_of (self))
    return;
  self->as_of = as_of;
  zjtx_dashboards_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AS_OF]);
}

/* ------------------------------------------------------------------ */
/* the dashboard shown                                                 */

ZjtxDashboardKind
zjtx_dashboards_page_get_kind (ZjtxDashboardsPage *self)
{
  ZjtxDashboardKind kind = ZJTX_DASHBOARD_ENTERPRISES;

  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), kind);

  zjtx_dashboard_kind_from_id (adw_view_stack_get_visible_child_name (self->views), &kind);
  return kind;
}

void
zjtx_dashboards_page_set_kind (ZjtxDashboardsPage *self,
                               ZjtxDashboardKind   kind)
{
  g_return_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self));
  g_return_if_fail (kind < ZJTX_N_DASHBOARDS);

  adw_view_stack_set_visible_child_name (self->views, zjtx_dashboard_kind_to_id (kind));
}

ZjtxDashboardView *
zjtx_dashboards_page_get_view (ZjtxDashboardsPage *self,
                               ZjtxDashboardKind   kind)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), NULL);

  return view_of (self, kind);
}

static void
on_visible_view_changed (ZjtxDashboardsPage *self)
{
  /* Export follows the dashboard shown: its title is the file's name. */
  update_actions (self);
}

/* ------------------------------------------------------------------ */
/* links                                                               */

static void
on_link_activated (ZjtxDashboardsPage *self,
                   const char         *link)
{
  /* Every list behind a number is shown as of the dashboard's date: its
   * links carry it (zjtx-dashboard.h). */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.open-link", "s", link))
    g_debug ("Nothing opens “%s” here", link);
}

/* ------------------------------------------------------------------ */
/* the date                                                            */

static void
on_as_of_popover_show (ZjtxDashboardsPage *self)
{
  g_autoptr(GDateTime) datetime = NULL;
  int year, month, day;

  /* The calendar opens on the date shown. */
  zjtx_date_to_ymd (effective_as_of (self), &year, &month, &day);
  datetime = g_date_time_new_local (year, month, day, 12, 0, 0);
  gtk_calendar_select_day (self->calendar, datetime);
}

static void
pick_date_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (widget);
  const char *pick = g_variant_get_string (parameter, NULL);
  ZjtxDate today = zjtx_date_today ();
  ZjtxDate as_of = today;

  if (g_str_equal (pick, "quarter"))
    as_of = zjtx_dashboards_last_quarter_end (today);
  else if (g_str_equal (pick, "year"))
    as_of = zjtx_dashboards_last_year_end (today);
  else if (g_str_equal (pick, "calendar"))
    {
      g_autoptr(GDateTime) datetime = gtk_calendar_get_date (self->calendar);

      as_of = zjtx_date_from_ymd (g_date_time_get_year (datetime),
                                  g_date_time_get_month (datetime),
                                  g_date_time_get_day_of_month (datetime));
    }

  gtk_popover_popdown (self->as_of_popover);
  zjtx_dashboards_page_set_as_of (self, as_of);
}

/* ------------------------------------------------------------------ */
/* presentation                                                        */

static void
on_presentation_link (ZjtxDashboardsPage     *self,
                      const char             *link,
                      ZjtxPresentationWindow *presentation)
{
  /* Leave the room's screen for the list the question was about. */
  gtk_window_close (GTK_WINDOW (presentation));
  on_link_activated (self, link);
}

GtkWindow *
zjtx_dashboards_page_present (ZjtxDashboardsPage *self)
{
  ZjtxDashboardKind slides[ZJTX_N_DASHBOARDS];
  guint n_slides;
  GtkRoot *root;

  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), NULL);

  if (self->presentation != NULL)
    {
      zjtx_presentation_window_present (self->presentation);
      return GTK_WINDOW (self->presentation);
    }

  /* F5 works from any page: the figures may never have been read. */
  if ((self->data == NULL || self->stale) && !load (self))
    {
      show_toast (self, _("There are no figures to present"));
      return NULL;
    }

  n_slides = zjtx_presentation_read_slides (self->settings, slides);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  self->presentation = zjtx_presentation_window_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     self->data, slides, n_slides);
  g_object_add_weak_pointer (G_OBJECT (self->presentation), (gpointer *) &self->presentation);
  g_signal_connect_object (self->presentation, "link-activated", G_CALLBACK (on_presentation_link),
                           self, G_CONNECT_SWAPPED);
  zjtx_presentation_window_present (self->presentation);

  return GTK_WINDOW (self->presentation);
}

/* ------------------------------------------------------------------ */
/* export                                                              */

gboolean
zjtx_dashboards_page_export (ZjtxDashboardsPage  *self,
                             ZjtxDashboardKind    kind,
                             const char          *path,
                             GError             **error)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), FALSE);
  g_return_val_if_fail (kind < ZJTX_N_DASHBOARDS, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (self->data != NULL, FALSE);

  return zjtx_dashboard_export (self->data, kind, path, error);
}

static void
on_export_response (GtkNativeDialog    *dialog,
                    int                 response,
                    ZjtxDashboardsPage *self)
{
  const char *extension = g_object_get_data (G_OBJECT (dialog), "extension");
  ZjtxDashboardKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (path, -1);

      /* The format is the extension's: a name typed without one gets it. */
      if (!g_str_has_suffix (lower, extension))
        {
          char *full = g_strconcat (path, extension, NULL);

          g_free (path);
          path = full;
        }
    }

  if (response != GTK_RESPONSE_ACCEPT)
    ;
  else if (path == NULL)
    show_toast (self, _("Choose a file on this computer"));
  else if (self->data == NULL || !zjtx_dashboards_page_export (self, kind, path, &error))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *text = NULL;

      /* Translators: the first %s is the file, the second why */
      text = g_strdup_printf (_("Could not save “%s”: %s"), display,
                              error != NULL ? error->message : _("Unknown error"));
      show_toast (self, text);
    }
  else
    {
      g_autofree char *display = g_filename_display_basename (path);
      /* Translators: %s is the file's name */
      g_autofree char *text = g_strdup_printf (_("Saved “%s”"), display);

      show_toast (self, text);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (widget);
  gboolean pdf = g_str_equal (action_name, "dashboards.export-pdf");
  ZjtxDashboardKind kind = zjtx_dashboards_page_get_kind (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  if (self->data == NULL)
    return;

  chooser = gtk_file_chooser_native_new (pdf ? _("Export as PDF") : _("Export as PNG"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("PNG Images"));
  gtk_file_filter_add_suffix (filter, pdf ? "pdf" : "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  /* The dashboard's title and date: "专精特新企业-2025-12-31.png". */
  date = zjtx_date_format_iso (self->data->as_of);
  name = g_strdup_printf ("%s-%s.%s", zjtx_dashboard_kind_get_title (kind), date, pdf ? "pdf" : "png");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  g_object_set_data (G_OBJECT (chooser), "extension", (gpointer) (pdf ? ".pdf" : ".png"));
  g_object_set_data (G_OBJECT (chooser), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------------ */
/* the bulletin                                                        */

typedef struct {
  ZjtxDashboardsPage *page;     /* weak */
  GtkEditable        *from;
  GtkEditable        *to;
} BulletinDialog;

static void
bulletin_dialog_free (gpointer data)
{
  BulletinDialog *bd = data;

  g_clear_weak_pointer (&bd->page);
  g_free (bd);
}

/* The period typed, or FALSE when it is not one. */
static gboolean
bulletin_period (BulletinDialog *bd,
                 ZjtxDate       *from,
                 ZjtxDate       *to)
{
  return zjtx_date_parse (gtk_editable_get_text (bd->from), from, NULL) &&
         zjtx_date_parse (gtk_editable_get_text (bd->to), to, NULL) &&
         *from <= *to;
}

static void
on_bulletin_period_changed (AdwMessageDialog *dialog)
{
  BulletinDialog *bd = g_object_get_data (G_OBJECT (dialog), "bulletin");
  ZjtxDate from, to;

  adw_message_dialog_set_response_enabled (dialog, "save", bulletin_period (bd, &from, &to));
}

static void
set_period (BulletinDialog *bd,
            ZjtxDate        from,
            ZjtxDate        to)
{
  g_autofree char *from_text = zjtx_date_format_iso (from);
  g_autofree char *to_text = zjtx_date_format_iso (to);

  gtk_editable_set_text (bd->from, from_text);
  gtk_editable_set_text (bd->to, to_text);
}

static void
on_quick_period (GtkButton        *button,
                 AdwMessageDialog *dialog)
{
  BulletinDialog *bd = g_object_get_data (G_OBJECT (dialog), "bulletin");
  const char *pick = gtk_widget_get_name (GTK_WIDGET (button));
  ZjtxDate today = zjtx_date_today ();
  int year, month;

  zjtx_date_to_ymd (today, &year, &month, NULL);
  if (g_str_equal (pick, "bulletin-last-quarter"))
    {
      ZjtxDate end = zjtx_dashboards_last_quarter_end (today);

      set_period (bd, zjtx_date_add_months (end + 1, -3), end);
    }
  else if (g_str_equal (pick, "bulletin-last-month"))
    {
      ZjtxDate first = zjtx_date_from_ymd (year, month, 1);

      set_period (bd, zjtx_date_add_months (first, -1), first - 1);
    }
  else
    set_period (bd, zjtx_date_from_ymd (year, 1, 1), today);
}

/* A bulletin of a large county takes a second or two: it is read and
 * written on a thread, through a connection of its own (a ZjtxStore is
 * used by one thread only), while the window goes on. */
typedef struct {
  char     *db_path;
  ZjtxDate  from;
  ZjtxDate  to;
  char     *office;
  char     *path;
} BulletinJob;

static void
bulletin_job_free (BulletinJob *job)
{
  g_free (job->db_path);
  g_free (job->office);
  g_free (job->path);
  g_free (job);
}

static void
write_bulletin_thread (GTask        *task,
                       gpointer      source_object,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  BulletinJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = zjtx_store_open (job->db_path, &error);

  if (store == NULL || !zjtx_bulletin_write (store, job->from, job->to, job->office, job->path, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_bulletin_written (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (source);
  BulletinJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *display = g_filename_display_name (job->path);
      g_autofree char *text = g_strdup_printf (_("Could not save “%s”: %s"), display, error->message);

      show_toast (self, text);
    }
  else
    {
      g_autofree char *display = g_filename_display_basename (job->path);
      g_autofree char *text = g_strdup_printf (_("Saved “%s”"), display);

      show_toast (self, text);
    }
}

/* Bulletin… again once the writing is over, whoever asked for it. */
static void
on_bulletin_task_completed (GTask              *task,
                            GParamSpec         *pspec,
                            ZjtxDashboardsPage *self)
{
  self->writing_bulletin = FALSE;
  update_actions (self);
}

void
zjtx_dashboards_page_save_bulletin_async (ZjtxDashboardsPage  *self,
                                          ZjtxDate             from,
                                          ZjtxDate             to,
                                          const char          *path,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  BulletinJob *job;

  g_return_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self));
  g_return_if_fail (path != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, zjtx_dashboards_page_save_bulletin_async);
  if (self->store == NULL || self->writing_bulletin)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY, "%s",
                               self->store == NULL ? _("No database is open")
                                                   : _("A bulletin is being written already"));
      return;
    }

  job = g_new0 (BulletinJob, 1);
  job->db_path = g_strdup (zjtx_store_get_path (self->store));
  job->from = from;
  job->to = to;
  job->office = setting (self, "issuing-office");
  /* The file is a PDF whatever name was typed. */
  job->path = g_str_has_suffix (path, ".pdf") || g_str_has_suffix (path, ".PDF") ? g_strdup (path)
                                                                                   : g_strconcat (path, ".pdf", NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) bulletin_job_free);
  self->writing_bulletin = TRUE;
  update_actions (self);
  g_signal_connect_object (task, "notify::completed", G_CALLBACK (on_bulletin_task_completed), self, 0);
  g_task_run_in_thread (task, write_bulletin_thread);
}

gboolean
zjtx_dashboards_page_save_bulletin_finish (ZjtxDashboardsPage  *self,
                                           GAsyncResult        *result,
                                           GError             **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_bulletin_save_response (GtkNativeDialog    *chooser,
                           int                 response,
                           ZjtxDashboardsPage *self)
{
  ZjtxDate from = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "from"));
  ZjtxDate to = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "to"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        show_toast (self, _("Choose a file on this computer"));
      else
        zjtx_dashboards_page_save_bulletin_async (self, from, to, path, on_bulletin_written, NULL);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
on_bulletin_response (AdwMessageDialog *dialog,
                      const char       *response,
                      gpointer          user_data)
{
  BulletinDialog *bd = g_object_get_data (G_OBJECT (dialog), "bulletin");
  ZjtxDashboardsPage *self = bd->page;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autofree char *name = NULL;
  ZjtxDate from, to;

  if (self == NULL || !g_str_equal (response, "save") || !bulletin_period (bd, &from, &to))
    return;

  chooser = gtk_file_chooser_native_new (_("Save the Bulletin"),
                                         GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  from_text = zjtx_date_format_iso (from);
  to_text = zjtx_date_format_iso (to);
  /* Translators: the suggested file name of a bulletin, without extension;
   * the period's dates follow it */
  name = g_strdup_printf ("%s-%s-%s.pdf", _("bulletin"), from_text, to_text);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "from", GUINT_TO_POINTER (from));
  g_object_set_data (G_OBJECT (chooser), "to", GUINT_TO_POINTER (to));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_bulletin_save_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
period_entry (const char *name,
              const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_widget_set_name (entry, name);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_max_length (GTK_ENTRY (entry), 10);
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 11);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), "YYYY-MM-DD");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return entry;
}

static GtkWidget *
quick_button (const char       *name,
              const char       *label,
              AdwMessageDialog *dialog)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_name (button, name);
  gtk_widget_set_hexpand (button, TRUE);
  g_signal_connect (button, "clicked", G_CALLBACK (on_quick_period), dialog);
  return button;
}

GtkWindow *
zjtx_dashboards_page_ask_bulletin (ZjtxDashboardsPage *self)
{
  GtkWidget *dialog;
  GtkWidget *box;
  GtkWidget *quick;
  GtkWidget *grid;
  GtkWidget *label;
  BulletinDialog *bd;

  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), NULL);

  if (self->store == NULL)
    return NULL;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Bulletin"),
                                   _("What changed in the period, from its first day to its last, both "
                                     "included, with the dashboards as they stood at its end."));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  bd = g_new0 (BulletinDialog, 1);
  g_set_weak_pointer (&bd->page, self);
  g_object_set_data_full (G_OBJECT (dialog), "bulletin", bd, bulletin_dialog_free);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  quick = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (quick, "linked");
  gtk_box_append (GTK_BOX (quick), quick_button ("bulletin-last-quarter", _("Last _Quarter"),
                                                 ADW_MESSAGE_DIALOG (dialog)));
  gtk_box_append (GTK_BOX (quick), quick_button ("bulletin-last-month", _("Last _Month"),
                                                 ADW_MESSAGE_DIALOG (dialog)));
  gtk_box_append (GTK_BOX (quick), quick_button ("bulletin-this-year", _("This _Year So Far"),
                                                 ADW_MESSAGE_DIALOG (dialog)));
  gtk_box_append (GTK_BOX (box), quick);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  bd->from = GTK_EDITABLE (period_entry ("bulletin-from", _("First day")));
  bd->to = GTK_EDITABLE (period_entry ("bulletin-to", _("Last day")));
  label = gtk_label_new (_("First day"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (bd->from), 1, 0, 1, 1);
  label = gtk_label_new (_("Last day"));
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_grid_attach (GTK_GRID (grid), label, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), GTK_WIDGET (bd->to), 1, 1, 1, 1);
  gtk_box_append (GTK_BOX (box), grid);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save", _("_Save…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (bd->from, "changed", G_CALLBACK (on_bulletin_period_changed), dialog);
  g_signal_connect_swapped (bd->to, "changed", G_CALLBACK (on_bulletin_period_changed), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (on_bulletin_response), NULL);

  /* What a meeting at the start of a quarter reviews. */
  on_quick_period (GTK_BUTTON (gtk_widget_get_first_child (quick)), ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
bulletin_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  zjtx_dashboards_page_ask_bulletin (ZJTX_DASHBOARDS_PAGE (widget));
}

/* ------------------------------------------------------------------ */

GtkWidget *
zjtx_dashboards_page_new (ZjtxStore *store)
{
  return g_object_new (ZJTX_TYPE_DASHBOARDS_PAGE, "store", store, NULL);
}

ZjtxStore *
zjtx_dashboards_page_get_store (ZjtxDashboardsPage *self)
{
  g_return_val_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self), NULL);

  return self->store;
}

void
zjtx_dashboards_page_set_store (ZjtxDashboardsPage *self,
                                ZjtxStore          *store)
{
  g_return_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self));
  g_return_if_fail (store == NULL || ZJTX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  set_data (self, NULL);
  zjtx_dashboards_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

void
zjtx_dashboards_page_set_settings (ZjtxDashboardsPage *self,
                                   GSettings          *settings)
{
  g_return_if_fail (ZJTX_IS_DASHBOARDS_PAGE (self));

  g_set_object (&self->settings, settings);
}

static void
zjtx_dashboards_page_map (GtkWidget *widget)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (widget);

  GTK_WIDGET_CLASS (zjtx_dashboards_page_parent_class)->map (widget);

  if (self->stale)
    load (self);
}

static void
zjtx_dashboards_page_dispose (GObject *object)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (object);

  if (self->presentation != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->presentation), (gpointer *) &self->presentation);
      self->presentation = NULL;
    }

  /* The stack is both AdwBin's child and a template child. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_DASHBOARDS_PAGE);
  g_clear_pointer (&self->data, zjtx_dashboards_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zjtx_dashboards_page_parent_class)->dispose (object);
}

static void
zjtx_dashboards_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_AS_OF:
      g_value_set_uint (value, effective_as_of (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_dashboards_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ZjtxDashboardsPage *self = ZJTX_DASHBOARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zjtx_dashboards_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_AS_OF:
      zjtx_dashboards_page_set_as_of (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_dashboards_page_class_init (ZjtxDashboardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_dashboards_page_dispose;
  object_class->get_property = zjtx_dashboards_page_get_property;
  object_class->set_property = zjtx_dashboards_page_set_property;
  widget_class->map = zjtx_dashboards_page_map;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A ZjtxDate; 0 (ZJTX_DATE_NONE) sets today. */
  properties [PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ZJTX_TYPE_DASHBOARD_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-dashboards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, views);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, enterprises_view);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, parks_view);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, rewards_view);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, actions_view);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, as_of_popover);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, calendar);
  gtk_widget_class_bind_template_child (widget_class, ZjtxDashboardsPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_link_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_view_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_as_of_popover_show);

  gtk_widget_class_install_action (widget_class, "dashboards.pick-date", "s", pick_date_action);
  gtk_widget_class_install_action (widget_class, "dashboards.export-png", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "dashboards.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "dashboards.bulletin", NULL, bulletin_action);
}

static void
zjtx_dashboards_page_init (ZjtxDashboardsPage *self)
{
  g_autofree char *date = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  date = zjtx_gui_format_date (zjtx_date_today ());
  gtk_label_set_text (self->as_of_label, date);
  update_actions (self);
}
