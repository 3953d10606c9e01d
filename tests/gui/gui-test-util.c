/* gui-test-util.c: helpers shared by the display tests */

#include "config.h"

#include <glib/gstdio.h>

#include "gui-test-util.h"

#define STYLE_CSS "/cn/gov/yongchun/Zjtx/style.css"

void
gui_test_spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

void
gui_test_collect (GtkWidget *widget,
                  GType      type,
                  GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gui_test_collect (child, type, found);
}

GPtrArray *
gui_test_find_all (GtkWidget *root,
                   GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  gui_test_collect (root, type, found);
  return found;
}

GtkLabel *
gui_test_find_label (GtkWidget  *root,
                     const char *text)
{
  g_autoptr(GPtrArray) labels = gui_test_find_all (root, GTK_TYPE_LABEL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);

      if (g_strcmp0 (gtk_label_get_text (label), text) == 0 &&
          gtk_widget_get_mapped (GTK_WIDGET (label)))
        return label;
    }
  return NULL;
}

GtkWidget *
gui_test_find_named (GtkWidget  *root,
                     const char *name)
{
  g_autoptr(GPtrArray) all = gui_test_find_all (root, GTK_TYPE_WIDGET);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_widget_get_name (g_ptr_array_index (all, i)), name) == 0)
      return g_ptr_array_index (all, i);
  return NULL;
}

gpointer
gui_test_find_button (GtkWidget  *root,
                      const char *label)
{
  g_autoptr(GPtrArray) all = gui_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (all, i)), label) == 0)
      return g_ptr_array_index (all, i);
  return NULL;
}

void
gui_test_rm_rf (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        gui_test_rm_rf (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

ZjtxStore *
gui_test_open_store (const char  *tmpl,
                     char       **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  ZjtxStore *store;

  *dir = g_dir_make_tmp (tmpl, &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "zjtx.db", NULL);
  store = zjtx_store_open (path, &error);
  g_assert_no_error (error);
  zjtx_store_set_actor (store, "test");
  return store;
}

void
gui_test_close_store (ZjtxStore **store,
                      char      **dir)
{
  g_clear_object (store);
  gui_test_rm_rf (*dir);
  g_clear_pointer (dir, g_free);
}

void
gui_test_load_css (void)
{
  g_autoptr(GtkCssProvider) provider = NULL;

  if (!g_resources_get_info (STYLE_CSS, 0, NULL, NULL, NULL))
    return;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, STYLE_CSS);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

GdkTexture *
gui_test_render (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

void
gui_test_save_png (GtkWidget  *widget,
                   const char *file)
{
  g_autoptr(GdkTexture) texture = NULL;

  gui_test_spin ();
  gtk_test_widget_wait_for_draw (widget);
  texture = gui_test_render (widget);
  g_assert_true (gdk_texture_save_to_png (texture, file));
  g_print ("# %dx%d written to %s\n",
           gtk_widget_get_width (widget), gtk_widget_get_height (widget), file);
}
