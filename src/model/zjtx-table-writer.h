/* zjtx-table-writer.h: writes one table to a CSV or .xlsx file
 *
 * Build the table in memory (columns, then rows of cells in column order),
 * then save it; saving can be repeated, e.g. once per format.
 *
 * CSV is UTF-8 with a byte order mark (without it Excel reads the file as
 * GBK and shows mojibake), CRLF line ends and RFC 4180 quoting. Values are
 * written so that they re-import unchanged: money as "12345.67" (no
 * thousands separators), integers as digits, dates and text as they are.
 * Excel guesses types when it opens a CSV, so an all-digit text such as an
 * 18-digit code 123456789012345678 shows as 1.23457E+17 and loses digits if
 * saved back from Excel. We do not write it as ="…" (that breaks re-import
 * into zjtx and other tools): officers who open exports in Excel should
 * choose .xlsx, where text cells are always text.
 *
 * .xlsx (libxlsxwriter): a bold, frozen header row with an autofilter; text
 * as string cells (a USCC stays text), money as numbers formatted
 * "#,##0.00", integers as numbers, dates as real Excel dates formatted
 * yyyy-mm-dd, so that they sort and filter as numbers and dates.
 *
 * Saving is atomic: the file is written to a temporary file in the same
 * folder, flushed to disk and renamed over the target; on error the
 * temporary file is removed and an existing target is left untouched.
 *
 * A writer is not thread-safe, but may be saved from a worker thread.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ZJTX_TABLE_WRITER_ERROR (zjtx_table_writer_error_quark ())

/* Errors of the file system (missing folder, no permission, disk full, the
 * target is a folder) are reported in G_FILE_ERROR; the message names the
 * file. */
typedef enum {
  ZJTX_TABLE_WRITER_ERROR_TOO_LARGE,  /* beyond the limits of an Excel sheet */
  ZJTX_TABLE_WRITER_ERROR_FAILED,     /* libxlsxwriter failed */
} ZjtxTableWriterError;

GQuark zjtx_table_writer_error_quark (void);

typedef enum {
  ZJTX_TABLE_FORMAT_CSV,
  ZJTX_TABLE_FORMAT_XLSX,
} ZjtxTableFormat;

/* "csv" or "xlsx", or a path ending in ".csv" or ".xlsx" (any case).
 * Returns FALSE, leaving @format alone, for anything else. */
gboolean    zjtx_table_format_from_name     (const char      *name_or_path,
                                             ZjtxTableFormat *format);
/* "csv" or "xlsx", without the dot. */
const char *zjtx_table_format_get_extension (ZjtxTableFormat  format);

typedef enum {
  ZJTX_COLUMN_TEXT,     /* any text, kept as text (USCCs, names, codes) */
  ZJTX_COLUMN_MONEY,    /* gint64 fen → a number with two decimals */
  ZJTX_COLUMN_INTEGER,  /* gint64 → a number (exact up to 2^53 in .xlsx) */
  ZJTX_COLUMN_DATE,     /* ISO "YYYY-MM-DD" → an Excel date in .xlsx */
} ZjtxColumnType;

typedef struct _ZjtxTableWriter ZjtxTableWriter;

/* @sheet_name names the .xlsx sheet (NULL for "Sheet1"); characters Excel
 * forbids are replaced and it is cut to 31 characters. */
ZjtxTableWriter *zjtx_table_writer_new         (ZjtxTableFormat  format,
                                                const char      *sheet_name);
void             zjtx_table_writer_free        (ZjtxTableWriter *self);

ZjtxTableFormat  zjtx_table_writer_get_format  (ZjtxTableWriter *self);

/* Columns are added before the first row. @width_chars is the .xlsx column
 * width in characters of the default font (at most 255), 0 to fit the
 * content (a CJK character counts as 2); CSV ignores it. */
void             zjtx_table_writer_add_column  (ZjtxTableWriter *self,
                                                const char      *header,
                                                ZjtxColumnType   type,
                                                double           width_chars);
guint            zjtx_table_writer_get_n_columns (ZjtxTableWriter *self);

/* Starts a row; its cells follow in column order. Cells not given before
 * the next row (or the save) are empty. */
void             zjtx_table_writer_begin_row   (ZjtxTableWriter *self);
guint            zjtx_table_writer_get_n_rows  (ZjtxTableWriter *self);

/* Text and empty cells fit any column; the others only a column of their
 * type. NULL text or date is an empty cell. Text is copied; invalid UTF-8
 * is repaired with U+FFFD. A date that is not a valid ISO date from
 * 1900-01-01 on is written as text rather than lost. */
void             zjtx_table_writer_add_text    (ZjtxTableWriter *self,
                                                const char      *text);
void             zjtx_table_writer_add_money   (ZjtxTableWriter *self,
                                                gint64           fen);
void             zjtx_table_writer_add_integer (ZjtxTableWriter *self,
                                                gint64           value);
void             zjtx_table_writer_add_date    (ZjtxTableWriter *self,
                                                const char      *iso);
void             zjtx_table_writer_add_empty   (ZjtxTableWriter *self);

/* Writes the table to @path atomically (see above). .xlsx refuses tables
 * beyond Excel's limits (1,048,575 data rows, 16,384 columns, 32,767
 * characters in a cell) with ZJTX_TABLE_WRITER_ERROR_TOO_LARGE. */
gboolean         zjtx_table_writer_save        (ZjtxTableWriter  *self,
                                                const char       *path,
                                                GError          **error);

/* Writes @data to @path the same way (beside it, flushed, renamed): for
 * the PDFs and images other layers make. Errors name @path, never the
 * temporary file. */
gboolean         zjtx_save_bytes               (const char       *path,
                                                const guint8     *data,
                                                gsize             len,
                                                GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxTableWriter, zjtx_table_writer_free)

G_END_DECLS
