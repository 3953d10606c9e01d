/* zjtx-screenshot.h: a widget, as drawn on screen, to a texture or PNG file
 *
 * For `zjtx --screenshot` and the display tests: the same rendering path
 * as the screen (the widget's snapshot through its native's renderer).
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define ZJTX_SCREENSHOT_ERROR (zjtx_screenshot_error_quark ())

typedef enum {
  ZJTX_SCREENSHOT_ERROR_NOT_DRAWN,  /* not realized, or of size zero */
  ZJTX_SCREENSHOT_ERROR_FAILED,     /* rendering or writing the file failed */
} ZjtxScreenshotError;

GQuark      zjtx_screenshot_error_quark (void);

/* @widget at its allocated size, in logical pixels. */
GdkTexture *zjtx_screenshot_render      (GtkWidget   *widget,
                                         GError     **error);
gboolean    zjtx_screenshot_save_png    (GtkWidget   *widget,
                                         const char  *filename,
                                         GError     **error);

G_END_DECLS
