/* zjtx-import.h: the bureau's spreadsheets into the cultivation pool
 *
 * Columns are recognised by their Chinese or English headers (企业名称,
 * 统一社会信用代码, 所属乡镇 …, with units such as “（万元）”); enterprises are
 * matched by USCC (else by exact name) and updated rather than duplicated.
 * Every row is checked whole before anything of it is written; the valid
 * rows go in one transaction, so a failure or a kill part-way leaves the
 * database as it was. A dry run does the same work and rolls it back.
 */
#pragma once

#include <glib.h>

#include "zjtx-store.h"

G_BEGIN_DECLS

typedef struct {
  guint  line;      /* line (CSV) or row (xlsx) of the file */
  char  *column;    /* the header as written in the file, or NULL for the whole row */
  char  *reason;
} ZjtxImportProblem;

typedef struct {
  char      *encoding;     /* as the reader detected it */
  guint      header_line;
  GPtrArray *columns;      /* char *: "header → field" for each recognised column */
  GPtrArray *ignored;      /* char *: headers not recognised */
  guint      rows;         /* data rows read (blank rows are skipped) */
  guint      added;
  guint      updated;
  guint      unchanged;
  guint      rejected;
  GPtrArray *problems;     /* ZjtxImportProblem, one per rejected row */
  gboolean   dry_run;
} ZjtxImportReport;

void               zjtx_import_report_free (ZjtxImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxImportReport, zjtx_import_report_free)

/* Fails (GError, nothing written) when the file cannot be read, has no
 * recognisable header row, or the database cannot be written; problems with
 * single rows are in the report instead. */
ZjtxImportReport  *zjtx_import_file        (ZjtxStore   *store,
                                            const char  *path,
                                            gboolean     dry_run,
                                            GError     **error);

G_END_DECLS
