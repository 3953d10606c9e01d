/* zjtx-window.c: the main window: a sidebar of pages beside a GtkStack
 *
 * The sidebar is not a GtkStackSidebar but a GtkListBox bound to the
 * stack's pages, so that each entry shows the page's icon as well as its
 * title; pages added to the stack in zjtx-window.ui appear there by
 * themselves.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "model/zjtx-demo.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-export.h"
#include "model/zjtx-import.h"
#include "zjtx-dashboards-page.h"
#include "zjtx-enterprises-page.h"
#include "zjtx-parks-page.h"
#include "zjtx-rewards-page.h"
#include "zjtx-task-force-page.h"
#include "zjtx-tasks-page.h"
#include "zjtx-policies-page.h"
#include "zjtx-window.h"

struct _ZjtxWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;       /* NULL: nothing restored or saved */
  ZjtxStore            *store;          /* NULL: none open (store_error says why) */
  GError               *store_error;
  char                 *database_path;
  ZjtxPolicySet        *policies;
  GError               *policies_error;
  GtkSelectionModel    *pages;          /* the stack's pages, the sidebar's model */

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  ZjtxEnterprisesPage  *enterprises_page;
  ZjtxParksPage        *parks_page;
  ZjtxTaskForcePage    *task_force_page;
  ZjtxTasksPage        *tasks_page;
  ZjtxRewardsPage      *rewards_page;
  ZjtxDashboardsPage   *dashboards_page;
  ZjtxPoliciesPage     *policies_page;
};

/* The demo county offered on first run: the one the tests and the
 * screenshots use. */
#define FIRST_RUN_DEMO_SIZE 300
#define FIRST_RUN_DEMO_SEED 1

G_DEFINE_FINAL_TYPE (ZjtxWindow, zjtx_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_STORE,
  PROP_STORE_ERROR,
  PROP_DATABASE_PATH,
  PROP_POLICIES,
  PROP_POLICIES_ERROR,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

ZjtxWindow *
zjtx_window_new (ZjtxApplication *application,
                 GSettings       *settings)
{
  g_return_val_if_fail (ZJTX_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (ZJTX_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       "store", zjtx_application_get_store (application),
                       "store-error", zjtx_application_get_store_error (application),
                       "database-path", zjtx_application_get_database_path (application),
                       "policies", zjtx_application_get_policies (application),
                       "policies-error", zjtx_application_get_policies_error (application),
                       NULL);
}

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  GtkStackPage *page = item;
  GtkWidget *row;
  GtkWidget *box;
  GtkWidget *image;
  GtkWidget *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  image = gtk_image_new ();
  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* A wrapping label asks for little width: give it the row's. */
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  /* Bound rather than copied: a page may change its title or hide itself. */
  g_object_bind_property (page, "icon-name", image, "icon-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "title", label, "label", G_BINDING_SYNC_CREATE);
  g_object_bind_property (page, "visible", row, "visible", G_BINDING_SYNC_CREATE);

  return row;
}

static void
on_sidebar_row_selected (GtkListBox    *sidebar,
                         GtkListBoxRow *row,
                         ZjtxWindow    *self)
{
  if (row == NULL || self->pages == NULL)
    return;

  gtk_selection_model_select_item (self->pages, gtk_list_box_row_get_index (row), TRUE);

  /* Folded, the sidebar covers the page just chosen: get it out of the way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
on_visible_child_changed (GtkStack   *stack,
                          GParamSpec *pspec,
                          ZjtxWindow *self)
{
  GtkWidget *child = gtk_stack_get_visible_child (stack);
  guint n;

  /* Also called while the template is built, before the sidebar is bound. */
  if (self->pages == NULL || child == NULL)
    return;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);
      GtkListBoxRow *row;

      if (gtk_stack_page_get_child (page) != child)
        continue;

      row = gtk_list_box_get_row_at_index (self->sidebar, i);
      if (row != NULL && gtk_list_box_get_selected_row (self->sidebar) != row)
        gtk_list_box_select_row (self->sidebar, row);
      adw_window_title_set_title (self->window_title, gtk_stack_page_get_title (page));
      break;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PAGE]);
}

ZjtxStore *
zjtx_window_get_store (ZjtxWindow *self)
{
  g_return_val_if_fail (ZJTX_IS_WINDOW (self), NULL);

  return self->store;
}

const char *
zjtx_window_get_page (ZjtxWindow *self)
{
  g_return_val_if_fail (ZJTX_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
zjtx_window_get_page_widget (ZjtxWindow *self,
                             const char *name)
{
  g_return_val_if_fail (ZJTX_IS_WINDOW (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return gtk_stack_get_child_by_name (self->stack, name);
}

gboolean
zjtx_window_set_page (ZjtxWindow *self,
                      const char *name)
{
  g_return_val_if_fail (ZJTX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (gtk_stack_get_child_by_name (self->stack, name) == NULL)
    return FALSE;

  gtk_stack_set_visible_child_name (self->stack, name);
  return TRUE;
}

GStrv
zjtx_window_list_pages (ZjtxWindow *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (ZJTX_IS_WINDOW (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->pages));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->pages), i);
      GtkStackPage *page = GTK_STACK_PAGE (item);

      g_strv_builder_add (builder, gtk_stack_page_get_name (page));
    }

  return g_strv_builder_end (builder);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (!zjtx_window_set_page (self, name))
    g_debug ("No page named “%s”", name);
}

static void
show_park_members_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);

  zjtx_window_set_page (self, "enterprises");
  zjtx_enterprises_page_show_park (self->enterprises_page, g_variant_get_string (parameter, NULL));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);

  /* Today the search is the enterprises page's; a global search would
   * take over this action. */
  zjtx_window_set_page (self, "enterprises");
  zjtx_enterprises_page_focus_search (self->enterprises_page);
}

/* ------------------------------------------------------------------ */
/* toasts, reloading                                                   */

static void
show_toast (ZjtxWindow *self,
            const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  /* A toast's title is markup: a path or a message may hold "&" or "<". */
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

void
zjtx_window_reload (ZjtxWindow *self)
{
  g_return_if_fail (ZJTX_IS_WINDOW (self));

  if (self->store == NULL)
    return;

  /* The enterprises page reads the pool (and its filter choices) again
   * when given its store anew. */
  zjtx_enterprises_page_set_store (self->enterprises_page, NULL);
  zjtx_enterprises_page_set_store (self->enterprises_page, self->store);
  zjtx_parks_page_reload (self->parks_page);
  zjtx_task_force_page_reload (self->task_force_page);
  zjtx_tasks_page_reload (self->tasks_page);
  zjtx_rewards_page_reload (self->rewards_page);
  zjtx_dashboards_page_reload (self->dashboards_page);
}

/* ------------------------------------------------------------------ */
/* the dashboards                                                      */

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);

  zjtx_dashboards_page_present (self->dashboards_page);
}

/* A dashboard's link (zjtx-dashboard.h), "page?key=value&…": the list
 * behind a bar or a row. */
static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  const char *link = g_variant_get_string (parameter, NULL);
  const char *query = strchr (link, '?');
  g_autofree char *page = g_strndup (link, query != NULL ? (gsize) (query - link) : strlen (link));
  g_autoptr(GHashTable) params = g_uri_parse_params (query != NULL ? query + 1 : "", -1, "&",
                                                     G_URI_PARAMS_NONE, NULL);
  const char *id = params != NULL ? g_hash_table_lookup (params, "id") : NULL;
  gboolean shown = FALSE;

  if (params == NULL)
    ;
  else if (g_str_equal (page, "enterprises"))
    {
      zjtx_window_set_page (self, "enterprises");
      shown = zjtx_enterprises_page_show_filter (self->enterprises_page, params);
    }
  else if (g_str_equal (page, "enterprise") && id != NULL)
    {
      zjtx_window_set_page (self, "enterprises");
      zjtx_enterprises_page_open_editor (self->enterprises_page, g_ascii_strtoll (id, NULL, 10));
      shown = TRUE;
    }
  else if (g_str_equal (page, "parks") && id != NULL)
    {
      const char *as_of_text = g_hash_table_lookup (params, "as-of");
      ZjtxDate as_of = ZJTX_DATE_NONE;

      /* The verdicts of the dashboard's day; a date that does not read is today's. */
      if (as_of_text != NULL && !zjtx_date_parse (as_of_text, &as_of, NULL))
        as_of = ZJTX_DATE_NONE;
      zjtx_parks_page_set_as_of (self->parks_page, as_of);
      zjtx_window_set_page (self, "parks");
      shown = zjtx_parks_page_select (self->parks_page, g_ascii_strtoll (id, NULL, 10));
    }
  else if (g_str_equal (page, "rewards"))
    {
      zjtx_window_set_page (self, "rewards");
      shown = zjtx_rewards_page_show_filter (self->rewards_page, params);
    }
  else if (g_str_equal (page, "tasks"))
    {
      const char *by = g_hash_table_lookup (params, "by");

      zjtx_window_set_page (self, "tasks");
      zjtx_tasks_page_set_grouping (self->tasks_page, g_strcmp0 (by, "action") == 0 ? ZJTX_TASKS_PAGE_BY_ACTION
                                                                                 : ZJTX_TASKS_PAGE_BY_UNIT);
      shown = TRUE;
    }

  if (!shown)
    show_toast (self, _("Some of that list could not be shown: the data changed since the dashboard was drawn"));
}

/* ------------------------------------------------------------------ */
/* opening and creating a database                                     */

static void
open_database (ZjtxWindow *self,
               const char *path)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;

  /* On success the application replaces this window by one on the new
   * database; on failure the officer stays where they were. */
  if (!zjtx_application_open_database (ZJTX_APPLICATION (app), path, &error))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *text = g_strdup_printf (_("Could not open “%s”: %s"), display, error->message);

      show_toast (self, text);
    }
}

static GtkFileFilter *
new_filter (const char *name,
            ...)
{
  GtkFileFilter *filter = gtk_file_filter_new ();
  const char *pattern;
  va_list args;

  gtk_file_filter_set_name (filter, name);
  va_start (args, name);
  while ((pattern = va_arg (args, const char *)) != NULL)
    gtk_file_filter_add_suffix (filter, pattern);
  va_end (args);

  return filter;
}

/* The chosen file's path, or NULL when the officer cancelled. */
static char *
chosen_path (GtkNativeDialog *native,
             int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return NULL;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  return file != NULL ? g_file_get_path (file) : NULL;
}

static void
on_open_database_response (GtkNativeDialog *native,
                           int              response,
                           ZjtxWindow      *self)
{
  g_autofree char *path = chosen_path (native, response);

  g_object_unref (native);
  if (path != NULL)
    open_database (self, path);
}

static void
open_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) databases = new_filter (_("Databases"), "db", NULL);
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");

  native = gtk_file_chooser_native_new (_("Open Database"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);
  g_signal_connect (native, "response", G_CALLBACK (on_open_database_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_new_database_response (GtkNativeDialog *native,
                          int              response,
                          ZjtxWindow      *self)
{
  g_autofree char *path = chosen_path (native, response);

  g_object_unref (native);
  if (path == NULL)
    return;

  /* zjtx_store_open would open an existing file rather than replace it:
   * a new database is never somebody's old one. */
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *text = g_strdup_printf (_("“%s” already exists: open it with Open Database…"), display);

      show_toast (self, text);
      return;
    }

  open_database (self, path);
}

static void
new_database_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("New Database"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("C_reate"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  /* Translators: the file name offered for a new database; keep ".db" */
  name = g_strdup (_("srdi.db"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_new_database_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ------------------------------------------------------------------ */
/* import                                                              */

static void
on_import_response (AdwMessageDialog *dialog,
                    const char       *response,
                    ZjtxWindow       *self)
{
  const char *path = g_object_get_data (G_OBJECT (dialog), "zjtx-path");
  g_autoptr(ZjtxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n;

  if (g_strcmp0 (response, "import") != 0 || self->store == NULL)
    return;

  report = zjtx_import_file (self->store, path, FALSE, &error);
  if (report == NULL)
    {
      text = g_strdup_printf (_("Could not import: %s"), error->message);
      show_toast (self, text);
      return;
    }

  zjtx_window_reload (self);
  n = report->added + report->updated;
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Imported %u row",
                                       "Imported %u rows", n), n);
  show_toast (self, text);
}

static GtkWidget *
import_details (const ZjtxImportReport *report)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  if (report->problems->len > 0)
    {
      GtkWidget *heading = gtk_label_new (_("Rejected Rows"));
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkWidget *list = gtk_list_box_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
      gtk_widget_add_css_class (heading, "heading");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Rejected Rows"),
                                      -1);

      for (guint i = 0; i < report->problems->len; i++)
        {
          const ZjtxImportProblem *problem = g_ptr_array_index (report->problems, i);
          GtkWidget *row = adw_action_row_new ();
          g_autofree char *where = NULL;

          if (problem->column != NULL)
            /* Translators: where a rejected row is: "Line 4, column “所属乡镇”" */
            where = g_strdup_printf (_("Line %u, column “%s”"), problem->line, problem->column);
          else
            where = g_strdup_printf (_("Line %u"), problem->line);

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->reason);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
          gtk_widget_add_css_class (row, "zjtx-import-problem");
          gtk_list_box_append (GTK_LIST_BOX (list), row);
        }

      /* Hundreds of bad rows must not push the buttons off the screen. */
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
      gtk_box_append (GTK_BOX (box), heading);
      gtk_box_append (GTK_BOX (box), scrolled);
    }

  if (report->ignored->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;
      GtkWidget *label;

      for (guint i = 0; i < report->ignored->len; i++)
        {
          if (i > 0)
            /* Translators: between the names of ignored columns */
            g_string_append (names, _(", "));
          g_string_append (names, g_ptr_array_index (report->ignored, i));
        }
      text = g_strdup_printf (_("Ignored columns: %s"), names->str);
      label = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

GtkWindow *
zjtx_window_import_file (ZjtxWindow *self,
                         const char *path)
{
  g_autoptr(ZjtxImportReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base = NULL;
  g_autofree char *display = NULL;
  g_autofree char *body = NULL;
  g_autofree char *import_label = NULL;
  GtkWidget *dialog;
  guint n;

  g_return_val_if_fail (ZJTX_IS_WINDOW (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (self->store == NULL)
    return NULL;

  base = g_path_get_basename (path);
  display = g_filename_display_name (base);

  /* A dry run first: the officer sees what would change before it does. */
  report = zjtx_import_file (self->store, path, TRUE, &error);
  if (report == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Could not read “%s”: %s"), display, error->message);

      show_toast (self, text);
      return NULL;
    }

  body = g_strdup_printf (_("“%s”, read as %s, header on line %u.\n\n"
                            "Rows read: %u\n"
                            "To add: %u\n"
                            "To update: %u\n"
                            "Unchanged: %u\n"
                            "Rejected: %u"),
                          display, report->encoding, report->header_line,
                          report->rows, report->added, report->updated,
                          report->unchanged, report->rejected);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Import Spreadsheet"), body);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), import_details (report));

  n = report->added + report->updated;
  import_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "_Import %u Row",
                                               "_Import %u Rows", n), n);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "import", import_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  /* Nothing to add or update: importing would only say so again. */
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "import", n > 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), n > 0 ? "import" : "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "zjtx-path", g_strdup (path), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (on_import_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
on_import_chooser_response (GtkNativeDialog *native,
                            int              response,
                            ZjtxWindow      *self)
{
  g_autofree char *path = chosen_path (native, response);

  g_object_unref (native);
  if (path != NULL)
    zjtx_window_import_file (self, path);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) sheets = new_filter (_("Spreadsheets"), "xlsx", "csv", "txt", "tsv", NULL);

  native = gtk_file_chooser_native_new (_("Import Spreadsheet"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), sheets);
  g_signal_connect (native, "response", G_CALLBACK (on_import_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ------------------------------------------------------------------ */
/* export                                                              */

gboolean
zjtx_window_export_file (ZjtxWindow      *self,
                         ZjtxExportWhat   what,
                         const char      *path,
                         GError         **error)
{
  g_autofree char *display = NULL;
  g_autofree char *text = NULL;
  g_autofree char *target = NULL;
  ZjtxTableFormat format;
  guint n_rows = 0;

  g_return_val_if_fail (ZJTX_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;

  /* The format by the extension; without a known one, a workbook. */
  if (zjtx_table_format_from_name (path, &format))
    target = g_strdup (path);
  else
    {
      format = ZJTX_TABLE_FORMAT_XLSX;
      target = g_strconcat (path, ".xlsx", NULL);
    }

  if (!zjtx_export (self->store, what, format, target, &n_rows, error))
    return FALSE;

  display = g_filename_display_name (target);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Exported %u row to %s",
                                       "Exported %u rows to %s", n_rows),
                          n_rows, display);
  show_toast (self, text);
  return TRUE;
}

static void
on_export_response (GtkNativeDialog *native,
                    int              response,
                    ZjtxWindow      *self)
{
  g_autofree char *path = chosen_path (native, response);
  const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (native), "what");
  g_autoptr(GError) error = NULL;
  ZjtxExportWhat what = ZJTX_EXPORT_ENTERPRISES;

  if (choice != NULL)
    zjtx_export_what_from_name (choice, &what);
  g_object_unref (native);
  if (path == NULL)
    return;

  if (!zjtx_window_export_file (self, what, path, &error))
    {
      g_autofree char *text = g_strdup_printf (_("Could not export: %s"), error->message);

      show_toast (self, text);
    }
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) xlsx = new_filter (_("Excel Workbooks"), "xlsx", NULL);
  g_autoptr(GtkFileFilter) csv = new_filter (_("CSV Files"), "csv", NULL);
  const char *ids[] = { "enterprises", "recognitions", "monitoring", "awards", "support", NULL };
  const char *labels[] = { _("Enterprises"), _("Recognitions"), _("Monitoring Records"), _("Awards"),
                           _("Support Records"), NULL };
  g_autofree char *name = NULL;

  native = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (native), "what", _("Export"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (native), "what", "enterprises");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), xlsx);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  /* Translators: the file name offered for an export, without extension */
  name = g_strdup_printf ("%s.xlsx", _("srdi-export"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
  g_signal_connect (native, "response", G_CALLBACK (on_export_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ------------------------------------------------------------------ */
/* backup                                                              */

static void
backup_now_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZjtxWindow *self = ZJTX_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;

  path = zjtx_store_backup_now (self->store, &error);
  if (path == NULL)
    text = g_strdup_printf (_("Could not back up: %s"), error->message);
  else
    {
      g_autofree char *display = g_filename_display_name (path);

      text = g_strdup_printf (_("Backed up to %s"), display);
    }
  show_toast (self, text);
}

/* ------------------------------------------------------------------ */
/* first run                                                           */

static void
on_first_run_response (AdwMessageDialog *dialog,
                       const char       *response,
                       ZjtxWindow       *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (self->store == NULL)
    return;

  if (g_strcmp0 (response, "import") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.import", NULL);
  else if (g_strcmp0 (response, "demo") == 0)
    {
      if (!zjtx_demo_fill (self->store, FIRST_RUN_DEMO_SIZE, FIRST_RUN_DEMO_SEED, &error))
        text = g_strdup_printf (_("Could not load the demo data: %s"), error->message);
      else
        {
          zjtx_window_reload (self);
          text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                               "Loaded a fictional county of %u enterprise",
                                               "Loaded a fictional county of %u enterprises",
                                               FIRST_RUN_DEMO_SIZE),
                                  FIRST_RUN_DEMO_SIZE);
        }
      show_toast (self, text);
    }
  /* "empty": nothing to do. It is not asked again in this session: the
   * application offers it only to a window new on its database. */
}

GtkWindow *
zjtx_window_offer_first_run (ZjtxWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  gint64 n;

  g_return_val_if_fail (ZJTX_IS_WINDOW (self), NULL);

  if (self->store == NULL)
    return NULL;
  n = zjtx_store_count (self->store, ZJTX_TYPE_ENTERPRISE, &error);
  if (n != 0)
    {
      if (error != NULL)
        g_debug ("Could not count the enterprises: %s", error->message);
      return NULL;
    }

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("No Enterprises Yet"),
                                   _("This database holds no enterprises. Import the bureau’s "
                                     "spreadsheet, load a fictional county to try the program, "
                                     "or start with an empty pool."));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "empty", _("_Start Empty"),
                                    "demo", _("_Load Demo Data"),
                                    "import", _("_Import a Spreadsheet…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "import",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "import");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "empty");
  g_signal_connect (dialog, "response", G_CALLBACK (on_first_run_response), self);
  gtk_window_present (GTK_WINDOW (dialog));

  return GTK_WINDOW (dialog);
}

static void
zjtx_window_restore_state (ZjtxWindow *self)
{
  g_autofree char *page = NULL;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  /* A page saved by another version may not exist here: keep the first. */
  page = g_settings_get_string (self->settings, "last-page");
  zjtx_window_set_page (self, page);
}

static void
zjtx_window_save_state (ZjtxWindow *self)
{
  int width;
  int height;

  /* The default size is the unmaximized size, which is what to restore. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_string (self->settings, "last-page", zjtx_window_get_page (self));
}

static gboolean
zjtx_window_close_request (GtkWindow *window)
{
  ZjtxWindow *self = ZJTX_WINDOW (window);

  if (self->settings != NULL)
    zjtx_window_save_state (self);

  return GTK_WINDOW_CLASS (zjtx_window_parent_class)->close_request (window);
}

static void
zjtx_window_constructed (GObject *object)
{
  ZjtxWindow *self = ZJTX_WINDOW (object);

  G_OBJECT_CLASS (zjtx_window_parent_class)->constructed (object);

  zjtx_policies_page_set_policies (self->policies_page, self->policies, self->policies_error);
  if (self->store != NULL)
    {
      zjtx_enterprises_page_set_store (self->enterprises_page, self->store);
      g_object_set (self->parks_page, "store", self->store, NULL);
      zjtx_task_force_page_set_store (self->task_force_page, self->store);
      zjtx_tasks_page_set_store (self->tasks_page, self->store);
      zjtx_rewards_page_set_settings (self->rewards_page, self->settings);
      zjtx_rewards_page_set_store (self->rewards_page, self->store);
      zjtx_dashboards_page_set_settings (self->dashboards_page, self->settings);
      zjtx_dashboards_page_set_store (self->dashboards_page, self->store);
      zjtx_policies_page_set_store (self->policies_page, self->store);
    }
  else if (self->store_error != NULL)
    zjtx_enterprises_page_show_error (self->enterprises_page, self->database_path, self->store_error);

  if (self->settings != NULL)
    zjtx_window_restore_state (self);

  /* The open database by its file name; where it is, on hover. */
  if (self->database_path != NULL)
    {
      g_autofree char *name = g_path_get_basename (self->database_path);
      g_autofree char *display = g_filename_display_name (name);
      g_autofree char *full = g_filename_display_name (self->database_path);

      adw_window_title_set_subtitle (self->window_title, display);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->window_title), full);
    }

  /* What needs an open database is off without one. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.backup-now", self->store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", self->store != NULL);

  /* Opening does not fail for a missing day's backup, but the officer
   * should know the data is not safe. */
  if (self->store != NULL && zjtx_store_get_backup_error (self->store) != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Today’s backup could not be made: %s"),
                                               zjtx_store_get_backup_error (self->store)->message);
      show_toast (self, text);
    }

  /* Whatever page was left last time, a database that did not open is
   * the first thing to see. */
  if (self->store == NULL && self->store_error != NULL)
    zjtx_window_set_page (self, "enterprises");
}

static void
zjtx_window_dispose (GObject *object)
{
  ZjtxWindow *self = ZJTX_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_WINDOW);
  g_clear_object (&self->pages);

  G_OBJECT_CLASS (zjtx_window_parent_class)->dispose (object);
}

static void
zjtx_window_finalize (GObject *object)
{
  ZjtxWindow *self = ZJTX_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->policies, zjtx_policy_set_unref);
  g_clear_error (&self->policies_error);

  G_OBJECT_CLASS (zjtx_window_parent_class)->finalize (object);
}

static void
zjtx_window_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  ZjtxWindow *self = ZJTX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_STORE_ERROR:
      g_value_set_boxed (value, self->store_error);
      break;

    case PROP_DATABASE_PATH:
      g_value_set_string (value, self->database_path);
      break;

    case PROP_POLICIES:
      g_value_set_boxed (value, self->policies);
      break;

    case PROP_POLICIES_ERROR:
      g_value_set_boxed (value, self->policies_error);
      break;

    case PROP_PAGE:
      g_value_set_string (value, zjtx_window_get_page (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_window_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  ZjtxWindow *self = ZJTX_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_STORE_ERROR:
      self->store_error = g_value_dup_boxed (value);
      break;

    case PROP_DATABASE_PATH:
      self->database_path = g_value_dup_string (value);
      break;

    case PROP_POLICIES:
      self->policies = g_value_dup_boxed (value);
      break;

    case PROP_POLICIES_ERROR:
      self->policies_error = g_value_dup_boxed (value);
      break;

    case PROP_PAGE:
      zjtx_window_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_window_class_init (ZjtxWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = zjtx_window_constructed;
  object_class->dispose = zjtx_window_dispose;
  object_class->finalize = zjtx_window_finalize;
  object_class->get_property = zjtx_window_get_property;
  object_class->set_property = zjtx_window_set_property;

  window_class->close_request = zjtx_window_close_request;

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* Why there is no store; shown in the window. */
  properties [PROP_STORE_ERROR] =
    g_param_spec_boxed ("store-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DATABASE_PATH] =
    g_param_spec_string ("database-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_POLICIES] =
    g_param_spec_boxed ("policies", NULL, NULL,
                        ZJTX_TYPE_POLICY_SET,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_POLICIES_ERROR] =
    g_param_spec_boxed ("policies-error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ZJTX_TYPE_ENTERPRISES_PAGE);
  g_type_ensure (ZJTX_TYPE_PARKS_PAGE);
  g_type_ensure (ZJTX_TYPE_TASK_FORCE_PAGE);
  g_type_ensure (ZJTX_TYPE_TASKS_PAGE);
  g_type_ensure (ZJTX_TYPE_REWARDS_PAGE);
  g_type_ensure (ZJTX_TYPE_DASHBOARDS_PAGE);
  g_type_ensure (ZJTX_TYPE_POLICIES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, enterprises_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, parks_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, task_force_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, tasks_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, rewards_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, dashboards_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, policies_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed);

  /* The accelerators are the application's (zjtx-application.c), in one place. */
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-park-members", "s", show_park_members_action);
  gtk_widget_class_install_action (widget_class, "win.present", NULL, present_action);
  gtk_widget_class_install_action (widget_class, "win.open-link", "s", open_link_action);
  gtk_widget_class_install_action (widget_class, "win.open-database", NULL, open_database_action);
  gtk_widget_class_install_action (widget_class, "win.new-database", NULL, new_database_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.backup-now", NULL, backup_now_action);
}

static void
zjtx_window_init (ZjtxWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pages = gtk_stack_get_pages (self->stack);
  gtk_list_box_bind_model (self->sidebar, G_LIST_MODEL (self->pages),
                           create_sidebar_row, NULL, NULL);
  on_visible_child_changed (self->stack, NULL, self);
}
