/* zjtx-render-text.h: what the official documents share to set Chinese text
 *
 * The family lists of the official fonts (with Noto CJK where they are not
 * installed), a Pango context that measures the same on every surface and
 * at every scale, and a PDF made in memory and written whole or not at all.
 * Used by the award notice (zjtx-notice.c) and the announcement list
 * (zjtx-announcement.c).
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Family lists, best first: the official fonts where installed, Noto CJK
 * (fonts-noto-cjk) where not. */
#define ZJTX_FONT_XIAOBIAOSONG "方正小标宋简体, FZXiaoBiaoSong-B05S, Noto Serif CJK SC, serif"
#define ZJTX_FONT_FANGSONG     "仿宋_GB2312, FangSong_GB2312, 仿宋, FangSong, STFangsong, Noto Serif CJK SC, serif"
#define ZJTX_FONT_SONG         "宋体, SimSun, Noto Serif CJK SC, serif"
#define ZJTX_FONT_HEITI        "黑体, SimHei, Noto Sans CJK SC, sans-serif"

/* CJK fonts put the ideographic em box from 0.88 em above the baseline to
 * 0.12 em below it; lines are placed by that box. */
#define ZJTX_EM_ASCENT 0.88

/* A context measuring in points (72 dpi), unhinted and unrounded, for
 * Simplified Chinese whatever the locale. */
PangoContext *zjtx_render_text_context_new    (void);

/* A layout of @text in @families at @size points, wrapping at words or
 * else characters once given a width; @letter_spacing in points (0: none)
 * is rounded towards tighter. */
PangoLayout  *zjtx_render_text_layout_new     (PangoContext    *context,
                                               const char      *families,
                                               double           size,
                                               double           letter_spacing,
                                               const char      *text);

/* How far @line advances, in points. */
double        zjtx_render_text_line_width     (PangoLayoutLine *line);

/* @text broken into as few lines as fit @width, at the narrowest width
 * that still gives that many, so that they come out nearly even; joined
 * by "\n". */
char         *zjtx_render_text_break_evenly   (PangoContext    *context,
                                               const char      *families,
                                               double           size,
                                               const char      *text,
                                               double           width);

/* @text trimmed, without a final 。 or . (the templates add their own). */
char         *zjtx_render_text_without_full_stop (const char   *text);

/* A cairo_t on a PDF of pages @width × @height points made in @pdf,
 * titled @title. */
cairo_t      *zjtx_render_text_pdf_begin      (GByteArray      *pdf,
                                               double           width,
                                               double           height,
                                               const char      *title);
/* Finishes the PDF of @cr (destroying @cr) and writes it to @path: beside
 * it, then renamed, so that the file appears whole or not at all. If cairo
 * failed, fails with @domain and @code, naming the file; file errors are
 * G_FILE_ERROR. */
gboolean      zjtx_render_text_pdf_end        (cairo_t         *cr,
                                               GByteArray      *pdf,
                                               const char      *path,
                                               GQuark           domain,
                                               int              code,
                                               GError         **error);

G_END_DECLS
