/* zjtx-table-reader.h: reads the spreadsheets officers receive into rows of cells
 *
 * A ZjtxTable is the text of one sheet: rows of cells, each cell a string.
 * It knows nothing of enterprises; the importer maps header names to fields.
 *
 * Formats, decided by content, not by the file name:
 *   - .xlsx (zip magic "PK\3\4"): the first visible worksheet.
 *   - CSV / TSV text: UTF-8 BOM → UTF-8 (BOM); UTF-16LE/BE BOM → UTF-16LE/BE
 *     (Excel's "Unicode text", always tab-separated); valid UTF-8 → UTF-8;
 *     anything else is converted from GB18030 (Chinese Excel's "CSV").
 *     The separator (comma, tab or semicolon) is the one most frequent
 *     outside quotes in the first record; an Excel "sep=X" first line
 *     is honoured.
 *
 * Cell text, for every format:
 *   - always valid UTF-8, never NULL; a missing cell reads as "".
 *   - nothing is trimmed (callers trim).
 *   - line breaks inside a cell are "\n", whatever the file used.
 * CSV: RFC 4180 quoting ("" is a quote; separators and line breaks may be
 *   quoted). Spaces before an opening or after a closing quote are kept in
 *   the cell. A quote elsewhere in an unquoted cell, text after a closing
 *   quote, or a quote that never closes is an error naming the line.
 *   A blank line in the middle is a row with no cells.
 * xlsx: shared strings (rich-text runs joined, phonetic runs dropped),
 *   inline strings and formula results (the cached value) as text;
 *   booleans as "TRUE" / "FALSE"; errors as Excel shows them ("#N/A");
 *   numbers as Excel shows them in General format at full width: at most
 *   15 significant digits, no exponent below 1e21, no trailing zeros
 *   ("12000000", "12.5", "0.3", "350525199001011000"); numbers in a
 *   date or time format whose integer part is a day ≥ 1 (workbookPr
 *   date1904 honoured) as ISO "YYYY-MM-DD", the time of day dropped;
 *   serial 60 of the 1900 system, Excel's phantom leap day, reads as
 *   "1900-02-29" so that a date check rejects it rather than shifting it.
 *   A row's column count ends at its last non-empty cell; rows absent from
 *   the sheet are not invented (see zjtx_table_get_line ()).
 *
 * Rows at the end whose cells are all empty are dropped.
 *
 * A table is immutable once read, so it may be shared between threads.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define ZJTX_TABLE_ERROR (zjtx_table_error_quark ())

typedef enum {
  ZJTX_TABLE_ERROR_UNSUPPORTED,  /* .xls, encrypted workbook, .xlsb, .ods */
  ZJTX_TABLE_ERROR_ENCODING,     /* not text, or text in no encoding we know */
  ZJTX_TABLE_ERROR_SYNTAX,       /* CSV quoting; xlsx cell references */
  ZJTX_TABLE_ERROR_DAMAGED,      /* xlsx: broken zip, missing part, bad XML */
} ZjtxTableError;

GQuark zjtx_table_error_quark (void);

typedef struct _ZjtxTable ZjtxTable;

#define ZJTX_TYPE_TABLE (zjtx_table_get_type ())

GType        zjtx_table_get_type        (void) G_GNUC_CONST;

ZjtxTable   *zjtx_table_ref             (ZjtxTable   *self);
void         zjtx_table_unref           (ZjtxTable   *self);

/* Messages name the file by its display base name. Errors of reading the
 * file itself are G_FILE_ERROR. */
ZjtxTable   *zjtx_table_read_file       (const char  *path,
                                         GError     **error);
/* @name_for_messages: how error messages call the data, e.g. a file name */
ZjtxTable   *zjtx_table_read_bytes      (GBytes      *bytes,
                                         const char  *name_for_messages,
                                         GError     **error);

/* Rows, the header row included. */
guint        zjtx_table_get_n_rows      (ZjtxTable   *self);
/* The cells of @row; rows may differ in length. */
guint        zjtx_table_get_n_columns   (ZjtxTable   *self,
                                         guint        row);
/* The widest row's column count. */
guint        zjtx_table_get_max_columns (ZjtxTable   *self);
/* "" for a cell beyond the row's end; owned by @self. */
const char  *zjtx_table_get_cell        (ZjtxTable   *self,
                                         guint        row,
                                         guint        column);
/* Where @row is for people: CSV, the 1-based physical line on which the
 * record starts (the record may span lines); xlsx, the sheet's row number
 * (the r="…" attribute), which skips numbers of absent rows. */
guint        zjtx_table_get_line        (ZjtxTable   *self,
                                         guint        row);
/* "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030" or "xlsx". */
const char  *zjtx_table_get_encoding    (ZjtxTable   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxTable, zjtx_table_unref)

G_END_DECLS
