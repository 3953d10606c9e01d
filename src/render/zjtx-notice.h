/* zjtx-notice.h: the award notice (奖励通知书) as an official document
 *
 * The notice the bureau sends an enterprise to say it will be paid, laid out
 * as GB/T 9704-2012 lays out official documents (docs: official-notice.md):
 * A4, the red header, the title, the body on a grid of 22 lines of 28
 * characters, the signature under the seal, the closing block (版记) at the
 * foot of the last page and a page number on every page.
 *
 * A notice is laid out once, in zjtx_notice_new, for A4 measured in points
 * with unhinted font metrics, so that it comes out the same on every surface
 * and at every scale; zjtx_notice_draw_page only paints. The same notice can
 * therefore be written to a PDF, rendered to a PNG or printed: a
 * GtkPrintOperation with use-full-page set and its unit in points hands
 * draw_page a cairo_t whose origin is the sheet's top-left corner.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"

G_BEGIN_DECLS

/* A4 in points (1 mm = 72/25.4 pt). */
#define ZJTX_NOTICE_PAGE_WIDTH  (210.0 * 72.0 / 25.4)
#define ZJTX_NOTICE_PAGE_HEIGHT (297.0 * 72.0 / 25.4)

#define ZJTX_NOTICE_ERROR (zjtx_notice_error_quark ())

typedef enum {
  ZJTX_NOTICE_ERROR_SEAL,    /* the seal image is not a readable PNG file */
  ZJTX_NOTICE_ERROR_WRITE,   /* cairo could not produce the PDF */
} ZjtxNoticeError;

GQuark zjtx_notice_error_quark (void);

/* What the notice says. Strings are UTF-8 and copied by zjtx_notice_new;
 * every one is required but @seal_png and @cc. */
typedef struct {
  const char *issuing_office;    /* 永春县工业信息化和商务局 */
  const char *doc_number;        /* 永工信商〔2025〕12号, composed by the caller */
  const char *recipient;         /* 永春县某某制香有限公司 */
  const char *kind_label;        /* 省级专精特新中小企业认定奖励, 融资贴息… */
  const char *policy_doc_number; /* 永政办规〔2024〕1号 */
  const char *policy_title;      /* 永春县促进专精特新企业发展行动方案 */
  const char *clause;            /* 四（一） */
  const char *basis;             /* one line a person can recompute */
  ZjtxFen     amount;
  ZjtxDate    date;              /* the date signed, also the date printed */
  const char *seal_png;          /* a PNG with a transparent background, or NULL */
  const char *cc;                /* the 抄送 recipients, or NULL for none */
} ZjtxNoticeData;

typedef struct _ZjtxNotice ZjtxNotice;

#define ZJTX_TYPE_NOTICE (zjtx_notice_get_type ())

GType       zjtx_notice_get_type    (void) G_GNUC_CONST;

/* Lays the notice out. Fails with ZJTX_NOTICE_ERROR_SEAL, naming the file,
 * when @data->seal_png cannot be read as a PNG: so a batch is checked
 * before anything is written. The seal image is read here, once. */
ZjtxNotice *zjtx_notice_new         (const ZjtxNoticeData *data,
                                     GError              **error);
/* Whether @path reads as zjtx_notice_new would read it as a seal: the
 * same ZJTX_NOTICE_ERROR_SEAL, naming the file, when it would fail. For
 * checking a seal image when it is chosen rather than when it is printed. */
gboolean    zjtx_notice_check_seal  (const char           *path,
                                     GError              **error);
ZjtxNotice *zjtx_notice_ref         (ZjtxNotice           *self);
void        zjtx_notice_unref       (ZjtxNotice           *self);

guint       zjtx_notice_get_n_pages (ZjtxNotice           *self);
/* The title as printed, lines joined: 关于拨付…资金的通知. */
const char *zjtx_notice_get_title   (ZjtxNotice           *self);

/* Paints page @page (from 0) in points, the origin at the sheet's top-left
 * corner, onto whatever @cr is (PDF page, image, print job): the caller
 * scales. Draws no background. @cr's state is left as it was. */
void        zjtx_notice_draw_page   (ZjtxNotice           *self,
                                     cairo_t              *cr,
                                     guint                 page);

/* Writes the notices into one A4 PDF at @path, each from a new page with
 * its own page numbers, and an outline entry per notice. The file appears
 * whole or not at all (it is written beside @path and renamed); errors are
 * ZJTX_NOTICE_ERROR_WRITE or G_FILE_ERROR. @n must not be 0. */
gboolean    zjtx_notice_write_pdf   (ZjtxNotice * const   *notices,
                                     guint                 n,
                                     const char           *path,
                                     GError              **error);

/* Layout inspection, for tests and for anyone checking the geometry. */

typedef enum {
  ZJTX_NOTICE_PART_OFFICE,          /* 发文机关标志, red */
  ZJTX_NOTICE_PART_DOC_NUMBER,      /* 发文字号 */
  ZJTX_NOTICE_PART_HEADER_RULE,     /* the red rule under the header */
  ZJTX_NOTICE_PART_TITLE,
  ZJTX_NOTICE_PART_ADDRESSEE,       /* 主送 */
  ZJTX_NOTICE_PART_BODY,
  ZJTX_NOTICE_PART_SIGNATURE,       /* the office's name and the date */
  ZJTX_NOTICE_PART_SEAL,            /* where the seal goes, drawn or not */
  ZJTX_NOTICE_PART_COLOPHON_RULE,   /* the rules of the 版记 */
  ZJTX_NOTICE_PART_COLOPHON,        /* 抄送 and 印发 lines */
  ZJTX_NOTICE_PART_PAGE_NUMBER,
} ZjtxNoticePart;

/* One thing on a page, in points on the sheet. For a line of text the box
 * is its em box: from its left edge as many points as it advances, from
 * 0.88 em above its baseline (where CJK fonts put the top of the ideographic
 * em box) one em down. For a rule, the stroke; for the seal, its square. */
typedef struct {
  ZjtxNoticePart part;
  guint          page;       /* from 0 */
  double         x, y, width, height;
  const char    *text;       /* a line's text; NULL for rules and the seal */
} ZjtxNoticeBox;

/* Every box, in the order they are drawn; owned by @self. */
const ZjtxNoticeBox *zjtx_notice_get_boxes (ZjtxNotice *self,
                                            guint      *n_boxes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxNotice, zjtx_notice_unref)

G_END_DECLS
