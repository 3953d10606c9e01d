/* zjtx-window.c: the main window: a sidebar of pages beside a GtkStack
 *
 * The sidebar is not a GtkStackSidebar but a GtkListBox bound to the
 * stack's pages, so that each entry shows the page's icon as well as its
 * title; pages added to the stack in zjtx-window.ui appear there by
 * themselves.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-enterprises-page.h"
#include "zjtx-parks-page.h"
#include "zjtx-task-force-page.h"
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
  AdwWindowTitle       *window_title;
  AdwFlap              *flap;
  GtkListBox           *sidebar;
  GtkStack             *stack;
  ZjtxEnterprisesPage  *enterprises_page;
  ZjtxParksPage        *parks_page;
  ZjtxTaskForcePage    *task_force_page;
  ZjtxPoliciesPage     *policies_page;
};

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
      adw_window_title_set_subtitle (self->window_title, gtk_stack_page_get_title (page));
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
    }
  else if (self->store_error != NULL)
    zjtx_enterprises_page_show_error (self->enterprises_page, self->database_path, self->store_error);

  if (self->settings != NULL)
    zjtx_window_restore_state (self);

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
  g_type_ensure (ZJTX_TYPE_POLICIES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, enterprises_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, parks_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, task_force_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxWindow, policies_page);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_row_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_child_changed);

  /* The accelerators are the application's (zjtx-application.c), in one place. */
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
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
