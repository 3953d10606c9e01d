/* zjtx-render-text.c: what the official documents share to set Chinese text */

#include "config.h"

#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "model/zjtx-table-writer.h"
#include "zjtx-render-text.h"

PangoContext *
zjtx_render_text_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted and unrounded: the metrics of the outlines, the same at
   * every scale, so measuring once serves every surface. */
  pango_cairo_context_set_resolution (context, 72.0);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* Simplified Chinese glyphs and punctuation, whatever the locale. */
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));

  return context;
}

PangoLayout *
zjtx_render_text_layout_new (PangoContext *context,
                             const char   *families,
                             double        size,
                             double        letter_spacing,
                             const char   *text)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (families);

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_layout_set_font_description (layout, font);
  if (letter_spacing != 0.0)
    {
      g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();

      /* Rounded towards tighter, so that a grid's characters always fit. */
      pango_attr_list_insert (attrs, pango_attr_letter_spacing_new ((int) floor (letter_spacing * PANGO_SCALE)));
      pango_layout_set_attributes (layout, attrs);
    }
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

double
zjtx_render_text_line_width (PangoLayoutLine *line)
{
  PangoRectangle logical;

  pango_layout_line_get_extents (line, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

static int
count_lines (PangoContext *context,
             const char   *families,
             double        size,
             const char   *text,
             double        width)
{
  g_autoptr(PangoLayout) layout = zjtx_render_text_layout_new (context, families, size, 0, text);

  pango_layout_set_width (layout, (int) floor (width * PANGO_SCALE));
  return pango_layout_get_line_count (layout);
}

char *
zjtx_render_text_break_evenly (PangoContext *context,
                               const char   *families,
                               double        size,
                               const char   *text,
                               double        width)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GString) lines = g_string_new (NULL);
  PangoLayoutIter *iter;
  PangoRectangle logical;
  int n_lines = count_lines (context, families, size, text, width);
  double lo, hi;

  if (n_lines <= 1)
    return g_strdup (text);

  layout = zjtx_render_text_layout_new (context, families, size, 0, text);
  pango_layout_get_extents (layout, NULL, &logical);
  lo = (double) logical.width / PANGO_SCALE / n_lines;
  hi = width;
  for (int i = 0; i < 24; i++)
    {
      double mid = (lo + hi) / 2;

      if (count_lines (context, families, size, text, mid) <= n_lines)
        hi = mid;
      else
        lo = mid;
    }

  pango_layout_set_width (layout, (int) floor (hi * PANGO_SCALE));
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);

      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append_len (lines, text + line->start_index, line->length);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

char *
zjtx_render_text_without_full_stop (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));

  if (g_str_has_suffix (copy, "。"))
    copy[strlen (copy) - strlen ("。")] = '\0';
  else if (g_str_has_suffix (copy, "."))
    copy[strlen (copy) - 1] = '\0';
  return g_steal_pointer (&copy);
}

static cairo_status_t
pdf_write (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

cairo_t *
zjtx_render_text_pdf_begin (GByteArray *pdf,
                            double      width,
                            double      height,
                            const char *title)
{
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (pdf != NULL, NULL);

  /* Made in memory, then written at once: a failed run leaves no file. */
  surface = cairo_pdf_surface_create_for_stream (pdf_write, pdf, width, height);
  if (title != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "zjtx " PACKAGE_VERSION);
  cr = cairo_create (surface);
  cairo_surface_destroy (surface);   /* now @cr's */

  return cr;
}

gboolean
zjtx_render_text_pdf_end (cairo_t     *cr,
                          GByteArray  *pdf,
                          const char  *path,
                          GQuark       domain,
                          int          code,
                          GError     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (cr != NULL, FALSE);
  g_return_val_if_fail (pdf != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  surface = cairo_surface_reference (cairo_get_target (cr));
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_set_error (error, domain, code,
                   _("Cannot make the PDF “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  return zjtx_save_bytes (path, pdf->data, pdf->len, error);
}
