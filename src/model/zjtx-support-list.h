/* zjtx-support-list.h: support records as lists: on screen, in spreadsheets
 *
 * The support records of one enterprise or of the county, newest first,
 * each described in one line; and the spreadsheet of them, exported with
 * the headers the importer recognises so that importing an export changes
 * nothing. zjtx_import_file () hands a file with a 扶持类型 (support kind)
 * column to the importer here (docs/formats.md lists the columns).
 */
#pragma once

#include <glib.h>

#include "zjtx-import.h"
#include "zjtx-store.h"
#include "zjtx-support-record.h"
#include "zjtx-table-writer.h"

G_BEGIN_DECLS

typedef struct {
  ZjtxSupportRecord *record;
  char              *enterprise;   /* the enterprise's name */
  char              *uscc;         /* or NULL */
} ZjtxSupportRow;

void               zjtx_support_row_free          (ZjtxSupportRow    *row);

/* Support records (ZjtxSupportRow), newest first (date, then id): of
 * @enterprise_id (0 for all), of @kind, which is a kind's id ("loan") or an
 * action's ("finance") for all its kinds, or NULL for all. An unknown
 * @kind is a G_IO_ERROR_INVALID_ARGUMENT. */
GPtrArray         *zjtx_support_list              (ZjtxStore         *store,
                                                   gint64             enterprise_id,
                                                   const char        *kind,
                                                   GError           **error);

/* The record's particulars in one line, without its kind and date, in the
 * user's language: "中国银行永春支行 · 5,000,000.00 yuan · 4.35%". */
char              *zjtx_support_record_describe   (ZjtxSupportRecord *record);

/* An interest rate as officers write it, "4.35%" or "0.0435" (or "4.35"
 * when @percent, a column headed 利率（%）), as ppm: 43500. More than 100%,
 * or a bare number above 1, is an error saying how to write it. */
gboolean           zjtx_support_parse_rate        (const char        *text,
                                                   gboolean           percent,
                                                   gint64            *ppm,
                                                   GError           **error);

/* Reads a support list (CSV or .xlsx); enterprises are found by USCC, else
 * by exact name, and must be on file. A row matching a stored record (same
 * enterprise, kind, date, subject, bank, platform, stage, role and
 * industry) updates it, else it is added. Rows with a problem are left out
 * and reported by line, column and reason; the others go in one
 * transaction. Fails (nothing written) when the file cannot be read or has
 * no 扶持类型 column. */
ZjtxImportReport  *zjtx_support_import_file       (ZjtxStore         *store,
                                                   const char        *path,
                                                   gboolean           dry_run,
                                                   GError           **error);

/* Every support record, by enterprise then date, whole or not at all. */
gboolean           zjtx_support_export            (ZjtxStore         *store,
                                                   ZjtxTableFormat    format,
                                                   const char        *path,
                                                   guint             *n_rows,
                                                   GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxSupportRow, zjtx_support_row_free)

G_END_DECLS
