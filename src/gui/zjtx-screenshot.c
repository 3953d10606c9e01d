/* zjtx-screenshot.c: a widget, as drawn on screen, to a texture or PNG file */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-screenshot.h"

G_DEFINE_QUARK (zjtx-screenshot-error-quark, zjtx_screenshot_error)

GdkTexture *
zjtx_screenshot_render (GtkWidget  *widget,
                        GError    **error)
{
  GtkNative *native;
  GskRenderer *renderer;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  GdkTexture *texture;
  g_autoptr(GdkPaintable) paintable = NULL;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  native = gtk_widget_get_native (widget);
  renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  /* An unmapped widget snapshots to nothing: say so rather than write a
   * blank picture that looks like a rendering bug. */
  if (renderer == NULL || !gtk_widget_get_mapped (widget) || width <= 0 || height <= 0)
    {
      g_set_error (error, ZJTX_SCREENSHOT_ERROR, ZJTX_SCREENSHOT_ERROR_NOT_DRAWN,
                   _("The window is not shown yet"));
      return NULL;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error (error, ZJTX_SCREENSHOT_ERROR, ZJTX_SCREENSHOT_ERROR_NOT_DRAWN,
                   _("The window drew nothing"));
      return NULL;
    }

  /* The viewport fixes the picture to the widget's own box: the window's
   * shadow, drawn outside it, is left out. */
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);

  return texture;
}

gboolean
zjtx_screenshot_save_png (GtkWidget   *widget,
                          const char  *filename,
                          GError     **error)
{
  g_autoptr(GdkTexture) texture = NULL;

  g_return_val_if_fail (filename != NULL, FALSE);

  texture = zjtx_screenshot_render (widget, error);
  if (texture == NULL)
    return FALSE;

  /* gdk_texture_save_to_png says only whether it worked, not why. */
  if (!gdk_texture_save_to_png (texture, filename))
    {
      g_autofree char *display = g_filename_display_name (filename);

      g_set_error (error, ZJTX_SCREENSHOT_ERROR, ZJTX_SCREENSHOT_ERROR_FAILED,
                   _("Could not write “%s”"), display);
      return FALSE;
    }

  return TRUE;
}
