/* zjtx-announcement-ledger.h: the announcement list of the ledger's approved awards
 *
 * What the window and zjtx-cli announcement write: the approved awards
 * (of a kind and year, if given) in award order, their Chinese kind
 * labels, the policies they cite, to a PDF for posting or a .xlsx / .csv
 * table for the record, by the file name's extension.
 */
#pragma once

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "model/zjtx-store.h"
#include "zjtx-announcement.h"

G_BEGIN_DECLS

/* "x.pdf", "x.xlsx" or "x.csv" (any case): TRUE. */
gboolean zjtx_announcement_path_is_known (const char  *path);

/* Writes the list to @path; @kind NULL and @year 0 take all, @title NULL
 * the default, @period NULL none. ZJTX_ANNOUNCEMENT_ERROR_EMPTY (and no
 * file) when no approved award matches; @n_awards and @total say what was
 * written. */
gboolean zjtx_announcement_save_approved (ZjtxStore   *store,
                                          const char  *kind,
                                          int          year,
                                          const char  *issuing_office,
                                          const char  *title,
                                          const char  *period,
                                          ZjtxDate     date,
                                          const char  *path,
                                          guint       *n_awards,
                                          ZjtxFen     *total,
                                          GError     **error);

G_END_DECLS
