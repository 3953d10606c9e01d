/* zjtx-application.c: the zjtx application (AdwApplication)
 *
 * Its resource base path, /cn/gov/yongchun/Zjtx (from the application ID),
 * makes GTK load gtk/help-overlay.ui as every window's shortcuts window and
 * libadwaita load style.css.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "zjtx-application.h"
#include "zjtx-preferences-window.h"
#include "zjtx-screenshot.h"
#include "zjtx-window.h"

/* Fixed, so that screenshots compare from run to run and machine to machine. */
#define SCREENSHOT_WIDTH   1280
#define SCREENSHOT_HEIGHT   800
/* Xvfb draws the first frame in well under a second; this only stops a
 * broken display from hanging a script for ever. */
#define SCREENSHOT_TIMEOUT_SECONDS 30

struct _ZjtxApplication
{
  AdwApplication  parent_instance;

  char           *db_path;           /* --db, else the default path */
  ZjtxStore      *store;             /* NULL when it could not be opened */
  GError         *store_error;
  ZjtxPolicySet  *policies;
  GError         *policies_error;
  GSettings      *settings;          /* NULL when the schema is not installed */

  /* --screenshot PAGE FILE */
  char           *screenshot_page;
  char           *screenshot_file;
  ZjtxWindow     *screenshot_window;
  gulong          after_paint_id;
  guint           resizes;           /* attempts to reach the screenshot size */
  GError         *screenshot_error;  /* found while painting, reported after */
  guint           screenshot_timeout_id;

  int             exit_status;       /* of what activate did, for zjtx_application_run */
};

G_DEFINE_FINAL_TYPE (ZjtxApplication, zjtx_application, ADW_TYPE_APPLICATION)

static const GOptionEntry main_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE instead of the default one"), N_("FILE") },
  /* The FILE after PAGE is a plain argument: GOption gives an option one value. */
  { "screenshot", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Show PAGE (a page’s name, or a dashboard’s link such as “rewards?status=paid”) at 1280×800, save it as the PNG file FILE, and quit"),
    N_("PAGE FILE") },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

/* Messages of the command line, to stderr, as "zjtx: message". */
G_GNUC_PRINTF (1, 2)
static void
print_error (const char *format,
             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("zjtx: %s\n", message);
}

ZjtxApplication *
zjtx_application_new (void)
{
  return g_object_new (ZJTX_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

void
zjtx_application_set_database_path (ZjtxApplication *self,
                                    const char      *path)
{
  g_return_if_fail (ZJTX_IS_APPLICATION (self));
  g_return_if_fail (self->store == NULL && self->store_error == NULL);

  g_free (self->db_path);
  self->db_path = g_strdup (path);
}

const char *
zjtx_application_get_database_path (ZjtxApplication *self)
{
  g_return_val_if_fail (ZJTX_IS_APPLICATION (self), NULL);

  return self->db_path;
}

ZjtxStore *
zjtx_application_get_store (ZjtxApplication *self)
{
  g_return_val_if_fail (ZJTX_IS_APPLICATION (self), NULL);

  return self->store;
}

const GError *
zjtx_application_get_store_error (ZjtxApplication *self)
{
  g_return_val_if_fail (ZJTX_IS_APPLICATION (self), NULL);

  return self->store_error;
}

ZjtxPolicySet *
zjtx_application_get_policies (ZjtxApplication *self)
{
  g_return_val_if_fail (ZJTX_IS_APPLICATION (self), NULL);

  return self->policies;
}

const GError *
zjtx_application_get_policies_error (ZjtxApplication *self)
{
  g_return_val_if_fail (ZJTX_IS_APPLICATION (self), NULL);

  return self->policies_error;
}

/* Without a GPU render node (a virtual desktop, a remote session), GTK's
 * GL renderer runs on Mesa's llvmpipe, in software: measured here, it
 * starts 0.3 s slower and takes 90 MB more than the Cairo renderer, which
 * draws this program's pages as well. Ask for Cairo then, unless the user
 * chose a renderer (bench/README.md). */
static void
choose_renderer (void)
{
  g_autoptr(GDir) dri = NULL;
  const char *name;

  if (g_getenv ("GSK_RENDERER") != NULL)
    return;
  dri = g_dir_open ("/dev/dri", 0, NULL);
  while (dri != NULL && (name = g_dir_read_name (dri)) != NULL)
    if (g_str_has_prefix (name, "renderD"))
      return;
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
}

/* When zjtx_application_run () began: the start of the first-frame figure. */
static gint64 started_at;

static void
screenshot_finish (ZjtxApplication *self,
                   const GError    *error)
{
  if (error != NULL)
    {
      print_error ("%s", error->message);
      self->exit_status = EXIT_FAILURE;
    }

  g_clear_handle_id (&self->screenshot_timeout_id, g_source_remove);
  if (self->screenshot_window != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->screenshot_window));

      if (clock != NULL)
        g_clear_signal_handler (&self->after_paint_id, clock);
      /* The last window gone, the application quits by itself. */
      gtk_window_destroy (GTK_WINDOW (self->screenshot_window));
      g_clear_object (&self->screenshot_window);
    }
}

static gboolean
screenshot_timeout (gpointer user_data)
{
  ZjtxApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  self->screenshot_timeout_id = 0;
  g_set_error (&error, ZJTX_SCREENSHOT_ERROR, ZJTX_SCREENSHOT_ERROR_NOT_DRAWN,
               g_dngettext (GETTEXT_PACKAGE,
                            "The window was not drawn within %d second",
                            "The window was not drawn within %d seconds",
                            SCREENSHOT_TIMEOUT_SECONDS),
               SCREENSHOT_TIMEOUT_SECONDS);
  screenshot_finish (self, error);

  return G_SOURCE_REMOVE;
}

static gboolean
screenshot_save (gpointer user_data)
{
  ZjtxApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->screenshot_window == NULL)
    return G_SOURCE_REMOVE;

  if (self->screenshot_error != NULL)
    {
      screenshot_finish (self, self->screenshot_error);
      return G_SOURCE_REMOVE;
    }

  zjtx_screenshot_save_png (GTK_WIDGET (self->screenshot_window), self->screenshot_file, &error);
  screenshot_finish (self, error);

  return G_SOURCE_REMOVE;
}

static void
on_screenshot_after_paint (GdkFrameClock   *clock,
                           ZjtxApplication *self)
{
  GtkWindow *window = GTK_WINDOW (self->screenshot_window);
  int dx = SCREENSHOT_WIDTH - gtk_widget_get_width (GTK_WIDGET (window));
  int dy = SCREENSHOT_HEIGHT - gtk_widget_get_height (GTK_WIDGET (window));

  /* Should the content still come out another size than asked (a window
   * manager's constraints, a theme's frame), grow the window by the
   * difference and wait for the frame drawn at the right size. */
  if (dx != 0 || dy != 0)
    {
      int width, height;

      /* A screen smaller than the picture caps the window: say so now
       * rather than at the timeout. */
      if (++self->resizes > 10)
        {
          g_set_error (&self->screenshot_error, ZJTX_SCREENSHOT_ERROR, ZJTX_SCREENSHOT_ERROR_NOT_DRAWN,
                       _("The window cannot be made %d×%d pixels (it stays %d×%d): "
                         "is the screen smaller?"),
                       SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT,
                       gtk_widget_get_width (GTK_WIDGET (window)),
                       gtk_widget_get_height (GTK_WIDGET (window)));
          g_clear_signal_handler (&self->after_paint_id, clock);
          g_idle_add_full (G_PRIORITY_DEFAULT, screenshot_save, g_object_ref (self), g_object_unref);
          return;
        }

      g_debug ("Screenshot: window drawn at %d×%d, resizing",
               gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
      gtk_window_get_default_size (window, &width, &height);
      gtk_window_set_default_size (window, width + dx, height + dy);
      return;
    }

  /* What bench/run reads as "start to the first frame" (G_MESSAGES_DEBUG=Zjtx). */
  g_debug ("Screenshot: first frame drawn %.3f s after start",
           (g_get_monotonic_time () - started_at) / (double) G_USEC_PER_SEC);
  g_clear_signal_handler (&self->after_paint_id, clock);
  /* Out of the paint cycle, so the renderer is free again. */
  g_idle_add_full (G_PRIORITY_DEFAULT, screenshot_save, g_object_ref (self), g_object_unref);
}

static void
screenshot_start (ZjtxApplication *self)
{
  ZjtxWindow *window;
  GdkFrameClock *clock;

  /* The picture is of the settled window, not of the first frame of an
   * animation (a sidebar folding away, a page fading in). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* No settings: a screenshot must look the same whatever the user left. */
  window = zjtx_window_new (self, NULL);

  /* A dashboard's link ("rewards?status=paid&as-of=2025-12-31") shows the
   * list behind it, as a click would. */
  if (strchr (self->screenshot_page, '?') != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", self->screenshot_page);
  else if (!zjtx_window_set_page (window, self->screenshot_page))
    {
      g_auto(GStrv) pages = zjtx_window_list_pages (window);
      g_autofree char *list = g_strjoinv (", ", pages);

      /* Translators: the second %s lists the page names, e.g. "policies" */
      print_error (_("No page named “%s” (pages: %s)"), self->screenshot_page, list);
      self->exit_status = EXIT_FAILURE;
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  self->screenshot_window = g_object_ref (window);
  gtk_window_set_default_size (GTK_WINDOW (window), SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT);
  /* No shadow, margin or frame (style.css): GTK fits the whole surface to
   * the monitor, so on a 1280-pixel-wide screen (xvfb-run's default) they
   * would leave less than 1280 pixels for the window's content. */
  gtk_widget_add_css_class (GTK_WIDGET (window), "zjtx-screenshot");
  gtk_window_present (GTK_WINDOW (window));

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  self->after_paint_id = g_signal_connect (clock, "after-paint",
                                           G_CALLBACK (on_screenshot_after_paint), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  self->screenshot_timeout_id = g_timeout_add_seconds (SCREENSHOT_TIMEOUT_SECONDS, screenshot_timeout, self);
}

static void
zjtx_application_activate (GApplication *app)
{
  ZjtxApplication *self = ZJTX_APPLICATION (app);
  GtkWindow *window;

  if (self->screenshot_page != NULL)
    {
      screenshot_start (self);
      return;
    }

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (zjtx_window_new (self, self->settings));
  gtk_window_present (window);
  /* Asked once per database and session: only a new window asks. */
  zjtx_window_offer_first_run (ZJTX_WINDOW (window));
}

/* The officer named in the settings as the store's actor, the login name
 * when none is (or when the key holds what the Preferences window would
 * refuse, written by other means). */
static void
apply_officer_name (ZjtxApplication *self)
{
  g_autofree char *stored = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL || self->settings == NULL)
    return;

  stored = g_settings_get_string (self->settings, "officer-name");
  name = zjtx_officer_name_normalize (stored, &error);
  if (name == NULL)
    g_debug ("Officer name “%s” ignored: %s", stored, error->message);
  /* Not NULL nor "": the store would record an empty actor. */
  zjtx_store_set_actor (self->store, name != NULL && name[0] != '\0' ? name : g_get_user_name ());
}

static void
apply_style (ZjtxApplication *self)
{
  g_autofree char *variant = g_settings_get_string (self->settings, "style-variant");

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      zjtx_style_variant_to_color_scheme (variant));
}

/* Whoever wrote the key: the Preferences window, another zjtx, gsettings. */
static void
on_officer_name_changed (GSettings       *settings,
                         const char      *key,
                         ZjtxApplication *self)
{
  apply_officer_name (self);
}

static void
on_style_variant_changed (GSettings       *settings,
                          const char      *key,
                          ZjtxApplication *self)
{
  apply_style (self);
}

gboolean
zjtx_application_open_database (ZjtxApplication  *self,
                                const char       *path,
                                GError          **error)
{
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(GError) policies_error = NULL;
  g_autoptr(GList) old_windows = NULL;
  ZjtxPolicySet *policies;
  ZjtxWindow *window;

  g_return_val_if_fail (ZJTX_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  store = zjtx_store_open (path, error);
  if (store == NULL)
    return FALSE;
  policies = zjtx_store_load_policies (store, &policies_error);

  /* The windows are built on their store (a construct-only property):
   * a new database is a new window, the old ones closed (saving their
   * state). Held meanwhile, so that the last one closing does not quit. */
  g_application_hold (G_APPLICATION (self));
  old_windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *l = old_windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_set_object (&self->store, store);
  g_clear_error (&self->store_error);
  apply_officer_name (self);
  g_free (self->db_path);
  self->db_path = g_strdup (path);
  g_clear_pointer (&self->policies, zjtx_policy_set_unref);
  g_clear_error (&self->policies_error);
  self->policies = policies;
  self->policies_error = g_steal_pointer (&policies_error);

  window = zjtx_window_new (self, self->settings);
  gtk_window_present (GTK_WINDOW (window));
  zjtx_window_offer_first_run (window);
  g_application_release (G_APPLICATION (self));

  return TRUE;
}

static int
zjtx_application_handle_local_options (GApplication *app,
                                       GVariantDict *options)
{
  ZjtxApplication *self = ZJTX_APPLICATION (app);
  g_autofree char *page = NULL;
  g_autofree char *db = NULL;
  g_autofree const char **files = NULL;

  g_variant_dict_lookup (options, "screenshot", "s", &page);
  if (g_variant_dict_lookup (options, "db", "^ay", &db))
    {
      zjtx_application_set_database_path (self, db);
      /* Another database than a running zjtx's: a process of its own,
       * rather than a window of the running one on the wrong data. */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);

  if (page == NULL)
    {
      if (files != NULL && files[0] != NULL)
        {
          print_error (_("Unexpected argument “%s”"), files[0]);
          return EXIT_FAILURE;
        }
      return -1;
    }

  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      print_error ("%s", _("--screenshot takes a page and a file name, "
                           "e.g. --screenshot policies /tmp/policies.png"));
      return EXIT_FAILURE;
    }

  self->screenshot_page = g_steal_pointer (&page);
  self->screenshot_file = g_strdup (files[0]);

  /* A screenshot is its own process with its own window: it must neither
   * hand the work to a running zjtx nor become the one others talk to. */
  g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (app));

  /* Closed, not destroyed, so that each window saves its state; the last
   * one gone, the application quits by itself. */
  for (const GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "modal", TRUE,
                        "application-icon", APP_ID,
                        "application-name", _("SRDI Enterprises"),
                        "developer-name", _("Yongchun County Bureau of Industry, Information Technology and Commerce"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Cultivate specialised SMEs and compute their rewards"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", _("© 2026 Yongchun County Bureau of Industry, Information Technology and Commerce"),
                        /* Translators: your names, one a line, for the About window */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  ZjtxApplication *self = user_data;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  ZjtxPreferencesWindow *preferences;

  /* Asked again from the Preferences window itself: no second one. */
  if (ZJTX_IS_PREFERENCES_WINDOW (active))
    {
      gtk_window_present (active);
      return;
    }

  preferences = zjtx_preferences_window_new (self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), active);
  gtk_window_set_modal (GTK_WINDOW (preferences), TRUE);
  /* One of the application's windows, so that Quit closes it, which saves
   * a name typed but not applied, and the accelerators work in it. */
  gtk_window_set_application (GTK_WINDOW (preferences), GTK_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
};

static void
zjtx_application_startup (GApplication *app)
{
  ZjtxApplication *self = ZJTX_APPLICATION (app);
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.toggle-sidebar", { "F9", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.open-database", { "<Control>o", NULL } },
    /* Not Ctrl+N nor Ctrl+E: the parks page adds and edits with those. */
    { "win.new-database", { "<Shift><Control>n", NULL } },
    { "win.import", { "<Control>i", NULL } },
    { "win.export", { "<Shift><Control>e", NULL } },
    { "win.present", { "F5", NULL } },
  };

  G_APPLICATION_CLASS (zjtx_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);

  /* A database that cannot be opened (not one, damaged, from a newer
   * zjtx, held by another program) is shown in the window, which then
   * falls back to the built-in policies, rather than stopping the program. */
  if (self->db_path == NULL)
    self->db_path = zjtx_store_get_default_path ();
  self->store = zjtx_store_open (self->db_path, &self->store_error);
  if (self->store == NULL)
    g_debug ("Could not open %s: %s", self->db_path, self->store_error->message);

  /* A failure is shown on the policies page, where the officer looks for
   * the policies, rather than stopping the program. */
  if (self->store != NULL)
    self->policies = zjtx_store_load_policies (self->store, &self->policies_error);
  else
    self->policies = zjtx_policy_set_new_builtin (&self->policies_error);
  if (self->policies == NULL)
    g_debug ("Could not load the policies: %s", self->policies_error->message);

  /* g_settings_new aborts on a missing schema: run from a build tree
   * without GSETTINGS_SCHEMA_DIR, the window just forgets its state. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
  else
    g_debug ("Schema %s is not installed: the window state is not saved", APP_ID);

  if (self->settings != NULL)
    {
      apply_officer_name (self);
      g_signal_connect (self->settings, "changed::officer-name",
                        G_CALLBACK (on_officer_name_changed), self);
      /* A screenshot looks the same whatever style the officer chose. */
      if (self->screenshot_page == NULL)
        {
          apply_style (self);
          g_signal_connect (self->settings, "changed::style-variant",
                            G_CALLBACK (on_style_variant_changed), self);
        }
    }
}

static void
zjtx_application_finalize (GObject *object)
{
  ZjtxApplication *self = ZJTX_APPLICATION (object);

  g_clear_pointer (&self->policies, zjtx_policy_set_unref);
  g_clear_error (&self->policies_error);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->screenshot_page, g_free);
  g_clear_pointer (&self->screenshot_file, g_free);
  g_clear_error (&self->screenshot_error);

  G_OBJECT_CLASS (zjtx_application_parent_class)->finalize (object);
}

static void
zjtx_application_class_init (ZjtxApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = zjtx_application_finalize;

  app_class->activate = zjtx_application_activate;
  app_class->startup = zjtx_application_startup;
  app_class->handle_local_options = zjtx_application_handle_local_options;
}

static void
zjtx_application_init (ZjtxApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
}

int
zjtx_application_run (int   argc,
                      char *argv[])
{
  g_autoptr(ZjtxApplication) app = NULL;
  int status;

  started_at = g_get_monotonic_time ();
  choose_renderer ();
  app = zjtx_application_new ();
  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* activate cannot return a status: a failed screenshot leaves it here. */
  return status != 0 ? status : app->exit_status;
}
