/* zjtx-announcement.h: the public list of approved awards (公示名单)
 *
 * Before paying, the bureau posts the awards it has approved: an A4 page
 * (or several) with a title, a paragraph citing the policy, a ruled table
 * (序号, 单位名称, 统一社会信用代码, 奖励类别, 金额（元）, 依据条款; its header
 * repeated on every page; a 合计 row), the office and the date, and page
 * numbers. The same table goes to .xlsx or CSV for the record.
 *
 * As the award notice (zjtx-notice.h), the list is laid out once, in
 * zjtx_announcement_new, in points on the A4 sheet with unhinted metrics;
 * zjtx_announcement_draw_page only paints, onto any cairo_t (a PDF page,
 * an image, a print job with use-full-page and points as its unit).
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"

G_BEGIN_DECLS

/* A4 in points. */
#define ZJTX_ANNOUNCEMENT_PAGE_WIDTH  (210.0 * 72.0 / 25.4)
#define ZJTX_ANNOUNCEMENT_PAGE_HEIGHT (297.0 * 72.0 / 25.4)

/* The title when none is given. */
#define ZJTX_ANNOUNCEMENT_DEFAULT_TITLE "永春县专精特新企业奖励资金拟拨付名单公示"

#define ZJTX_ANNOUNCEMENT_ERROR (zjtx_announcement_error_quark ())

typedef enum {
  ZJTX_ANNOUNCEMENT_ERROR_FORMAT,  /* a table file that is neither .xlsx nor .csv */
  ZJTX_ANNOUNCEMENT_ERROR_WRITE,   /* cairo could not produce the PDF */
  ZJTX_ANNOUNCEMENT_ERROR_EMPTY,   /* no approved award to list */
} ZjtxAnnouncementError;

GQuark zjtx_announcement_error_quark (void);

/* One award on the list. Strings are UTF-8, copied by zjtx_announcement_new. */
typedef struct {
  const char *recipient;    /* 永春县某某制香有限公司 */
  const char *uscc;         /* NULL or "" for none (an institution without one) */
  const char *kind_label;   /* 省级专精特新中小企业认定奖励 */
  ZjtxFen     amount;       /* ≥ 0 */
  const char *clause;       /* 四（一） */
} ZjtxAnnouncementRow;

/* A policy the awards rest on, cited in the opening paragraph. */
typedef struct {
  const char *title;        /* 永春县促进专精特新企业发展行动方案 */
  const char *doc_number;   /* 永政办规〔2024〕1号; NULL or "" for none */
} ZjtxAnnouncementPolicy;

typedef struct {
  const char                   *issuing_office;  /* 永春县工业信息化和商务局 */
  const char                   *title;           /* NULL: ZJTX_ANNOUNCEMENT_DEFAULT_TITLE */
  ZjtxDate                      date;            /* printed under the table */
  const char                   *period;          /* 公示期, e.g. 2025年3月1日至3月7日; NULL: not said */
  const ZjtxAnnouncementPolicy *policies;        /* cited in this order, joined by 、 */
  guint                         n_policies;      /* at least 1 */
  const ZjtxAnnouncementRow    *rows;            /* numbered from 1 in this order */
  guint                         n_rows;          /* may be 0 */
} ZjtxAnnouncementData;

typedef struct _ZjtxAnnouncement ZjtxAnnouncement;

#define ZJTX_TYPE_ANNOUNCEMENT (zjtx_announcement_get_type ())

GType              zjtx_announcement_get_type    (void) G_GNUC_CONST;

/* Lays the list out; it cannot fail. */
ZjtxAnnouncement  *zjtx_announcement_new         (const ZjtxAnnouncementData *data);
ZjtxAnnouncement  *zjtx_announcement_ref         (ZjtxAnnouncement           *self);
void               zjtx_announcement_unref       (ZjtxAnnouncement           *self);

guint              zjtx_announcement_get_n_pages (ZjtxAnnouncement           *self);
/* The sum of the rows' amounts, as the 合计 row prints it. */
ZjtxFen            zjtx_announcement_get_total   (ZjtxAnnouncement           *self);

/* Paints page @page (from 0) in points, the origin at the sheet's top-left
 * corner; the caller scales. Draws no background; @cr's state is kept. */
void               zjtx_announcement_draw_page   (ZjtxAnnouncement           *self,
                                                  cairo_t                    *cr,
                                                  guint                       page);

/* Writes the list as an A4 PDF at @path, whole or not at all (made in
 * memory, written beside @path and renamed). Errors are
 * ZJTX_ANNOUNCEMENT_ERROR_WRITE or G_FILE_ERROR. */
gboolean           zjtx_announcement_write_pdf   (ZjtxAnnouncement           *self,
                                                  const char                 *path,
                                                  GError                    **error);

/* Writes the table (with its 合计 row, the first two cells 序号 empty and
 * 单位名称 "合计") to @path as .xlsx (sheet 公示名单) or CSV, by the
 * extension; USCCs and clauses are text, amounts money. Another extension
 * is ZJTX_ANNOUNCEMENT_ERROR_FORMAT naming the file; the others are
 * zjtx_table_writer_save's. */
gboolean           zjtx_announcement_write_table (const ZjtxAnnouncementRow  *rows,
                                                  guint                       n_rows,
                                                  const char                 *path,
                                                  GError                    **error);

/* Layout inspection, for tests and for anyone checking the geometry. */

typedef enum {
  ZJTX_ANNOUNCEMENT_PART_TITLE,        /* a line of the title */
  ZJTX_ANNOUNCEMENT_PART_INTRO,        /* a line of the opening paragraph */
  ZJTX_ANNOUNCEMENT_PART_HEADER_CELL,  /* a cell of the header row, on every page */
  ZJTX_ANNOUNCEMENT_PART_CELL,         /* a cell of an award's row */
  ZJTX_ANNOUNCEMENT_PART_TOTAL_CELL,   /* a cell of the 合计 row; the first spans columns 0–3 */
  ZJTX_ANNOUNCEMENT_PART_CELL_TEXT,    /* a line of text in a cell (see cell) */
  ZJTX_ANNOUNCEMENT_PART_RULE,         /* a line of the grid */
  ZJTX_ANNOUNCEMENT_PART_SIGNATURE,    /* the office, then the date */
  ZJTX_ANNOUNCEMENT_PART_PAGE_NUMBER,
} ZjtxAnnouncementPart;

#define ZJTX_ANNOUNCEMENT_N_COLUMNS 6

/* One thing on a page, in points on the sheet. A cell is its rectangle
 * between the grid's lines (their middles); a line of text is its em box,
 * as in zjtx-notice.h: as wide as it advances, from 0.88 em above its
 * baseline one em down; a rule is its stroke. */
typedef struct {
  ZjtxAnnouncementPart part;
  guint                page;       /* from 0 */
  double               x, y, width, height;
  const char          *text;       /* a line's text; NULL for cells and rules */
  int                  row;        /* cells and their text: the award's index
                                    * from 0; -1 for the header and the total
                                    * row and for everything else */
  int                  column;     /* cells and their text: 0…5; else -1 */
  int                  cell;       /* CELL_TEXT: the index of its cell's box; else -1 */
} ZjtxAnnouncementBox;

/* Every box, in the order they are drawn; owned by @self. */
const ZjtxAnnouncementBox *zjtx_announcement_get_boxes (ZjtxAnnouncement *self,
                                                        guint            *n_boxes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxAnnouncement, zjtx_announcement_unref)

G_END_DECLS
