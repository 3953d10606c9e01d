/* zjtx-import-private.h: what the importers and exporters of the model share
 *
 * The same reading of headers, dates, numbers and yes/no for every list
 * (enterprises in zjtx-import.c, support records in zjtx-support-list.c),
 * so that a file an officer prepares reads the same way whatever it holds;
 * the same row loop and report, so that every list counts its rows and
 * rolls back alike; and the same writing of exported lists (zjtx-export.c),
 * so that every export has the same header row, cells and save.
 */
#pragma once

#include <glib-object.h>
#include <sqlite3.h>

#include "zjtx-import.h"
#include "zjtx-table-reader.h"
#include "zjtx-table-writer.h"

G_BEGIN_DECLS

/* Without leading and trailing spaces, full-width ones included. */
char     *zjtx_import_trim             (const char  *text);
/* 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315 → ISO. */
gboolean  zjtx_import_parse_date       (const char  *text,
                                        char       **iso,
                                        GError     **error);
/* Digits with thousands separators and at most @decimals decimals, scaled
 * by 10^@decimals. */
gboolean  zjtx_import_parse_number     (const char  *text,
                                        guint        decimals,
                                        gboolean     allow_negative,
                                        gint64       limit,
                                        gint64      *out,
                                        GError     **error);
/* 是/否, √/×, yes/no, true/false, 1/0. */
gboolean  zjtx_import_parse_bool       (const char  *text,
                                        gint64      *out);

/* Sets @property of @object to @value if it differs; says whether it did
 * (a row counts as updated only when a value changed). */
gboolean  zjtx_import_set_text         (GObject     *object,
                                        const char  *property,
                                        const char  *value);
gboolean  zjtx_import_set_int64        (GObject     *object,
                                        const char  *property,
                                        gint64       value);
gboolean  zjtx_import_set_bool         (GObject     *object,
                                        const char  *property,
                                        gboolean     value);

/* Where a field is in the file, as the header row named it. */
typedef struct {
  int       column;      /* -1: not in the file */
  char     *header;      /* as written */
  int       scale;       /* 10000 when the unit says 万 */
  gboolean  percent;     /* the header says % */
} ZjtxImportColumn;

/* A field's cell in the row being read. */
typedef struct {
  gboolean  present;
  char     *text;        /* trimmed, as the field's kind keeps it (ISO date, id …) */
  gint64    number;      /* parsed, for the kinds that are numbers */
} ZjtxImportCell;

/* The @n-th header (normalised) that names field @field, or NULL after the
 * last; the first is the one reports name the field by. */
typedef const char *(*ZjtxImportHeaderFunc) (guint field,
                                             guint n);

/* The header row within the first ten rows of @table, or -1: the first
 * whose fields (@found[f], the column naming field f or -1, @n_found of
 * them) @is_header accepts; fills @map (n_fields of them) when given.
 * Headers are compared normalised: without spaces, a parenthesised unit
 * (万 in it sets the scale) and ASCII case. */
int                zjtx_import_find_header    (ZjtxTable               *table,
                                               guint                    n_fields,
                                               ZjtxImportHeaderFunc     field_header,
                                               gboolean               (*is_header) (const int *found,
                                                                                    guint      n_found),
                                               ZjtxImportColumn        *map);
/* Frees the headers zjtx_import_find_header () copied into @map. */
void               zjtx_import_columns_clear  (ZjtxImportColumn        *map,
                                               guint                    n_fields);

/* An empty report of reading @table. */
ZjtxImportReport  *zjtx_import_report_new     (ZjtxTable               *table,
                                               gboolean                 dry_run);
/* The header row in @report: its line, "header → name" for each column
 * of @map, and the headers left unread. */
void               zjtx_import_report_header  (ZjtxImportReport        *report,
                                               ZjtxTable               *table,
                                               guint                    header_row,
                                               const ZjtxImportColumn  *map,
                                               guint                    n_fields,
                                               ZjtxImportHeaderFunc     field_header);
/* A rejected row: its line, the header of @column (NULL for the whole row)
 * and why. */
void               zjtx_import_report_reject  (ZjtxImportReport        *report,
                                               ZjtxTable               *table,
                                               guint                    row,
                                               const ZjtxImportColumn  *column,
                                               const char              *reason);

/* Makes of a cell, present with its trimmed text, what field @field's kind
 * says (a number, an ISO date …); @column is where it was read. */
typedef gboolean (*ZjtxImportParseFunc) (guint                    field,
                                         const ZjtxImportColumn  *column,
                                         const char              *text,
                                         ZjtxImportCell          *cell,
                                         GError                 **error);

/* Reads the non-empty cells of @row that @map finds into @cells with
 * @parse_cell; the first it refuses rejects the row (a problem in @report,
 * in its column): FALSE. */
gboolean           zjtx_import_read_cells     (ZjtxImportReport        *report,
                                               ZjtxTable               *table,
                                               guint                    row,
                                               const ZjtxImportColumn  *map,
                                               guint                    n_fields,
                                               ZjtxImportParseFunc      parse_cell,
                                               ZjtxImportCell          *cells);

/* What an importer does with each row, for zjtx_import_rows (); @data is
 * the importer's own state, @cells its n_cells fields. */
typedef struct {
  /* In the transaction, before the first row: what rows are checked
   * against (the enterprises on file …). */
  gboolean (*prepare)   (gpointer          data,
                         GError          **error);
  /* Reads and checks a row; FALSE (with a problem in the report) rejects it. */
  gboolean (*read_row)  (gpointer          data,
                         guint             row,
                         ZjtxImportCell   *cells);
  /* Writes a checked row. *@skipped: refused after all (a problem is in
   * the report). FALSE only for what is not the row's fault. */
  gboolean (*write_row) (gpointer          data,
                         guint             row,
                         ZjtxImportCell   *cells,
                         gboolean         *added,
                         gboolean         *changed,
                         gboolean         *skipped,
                         GError          **error);
} ZjtxImportRowFuncs;

/* The rows of @table from @first_row in one transaction: blank ones skipped,
 * the others counted, read, written and tallied in @report; then committed,
 * or rolled back for a dry run. FALSE (nothing written) when the store fails. */
gboolean           zjtx_import_rows           (ZjtxStore                 *store,
                                               ZjtxTable                 *table,
                                               guint                      first_row,
                                               ZjtxImportReport          *report,
                                               const ZjtxImportRowFuncs  *funcs,
                                               gpointer                   data,
                                               ZjtxImportCell            *cells,
                                               guint                      n_cells,
                                               GError                   **error);

/* For zjtx_import_file (): a support list (it has a 扶持类型 column) goes to
 * the support importer rather than being read as enterprises. */
gboolean           zjtx_support_table_is_list    (ZjtxTable   *table);
ZjtxImportReport  *zjtx_support_import_table     (ZjtxStore   *store,
                                                  ZjtxTable   *table,
                                                  gboolean     dry_run,
                                                  GError     **error);

/* Exports */

/* How an exported column's cells are written. zjtx_export_query () writes
 * these itself (NULL as an empty cell); a list's own ways, numbered from
 * ZJTX_EXPORT_AS_OWN on, its add_own_cell does, NULL included. */
typedef enum {
  ZJTX_EXPORT_AS_TEXT,
  ZJTX_EXPORT_AS_DATE,
  ZJTX_EXPORT_AS_MONEY,
  ZJTX_EXPORT_AS_INTEGER,
  ZJTX_EXPORT_AS_OWN,
} ZjtxExportAs;

typedef struct {
  const char *header;    /* NC_("spreadsheet column", …): translated when written */
  int         as;        /* a ZjtxExportAs, or the list's own */
} ZjtxExportColumn;

typedef void (*ZjtxExportCellFunc) (ZjtxTableWriter *writer,
                                    sqlite3_stmt    *stmt,
                                    int              column,
                                    int              as);

/* Writes every row of @sql, a cell for each of @columns, to @path in
 * @format (a sheet named @sheet), whole or not at all; *n_rows (if given)
 * gets the rows written. */
gboolean  zjtx_export_query (ZjtxStore               *store,
                             const char              *sql,
                             const ZjtxExportColumn  *columns,
                             guint                    n_columns,
                             ZjtxExportCellFunc       add_own_cell,
                             ZjtxTableFormat          format,
                             const char              *sheet,
                             const char              *path,
                             guint                   *n_rows,
                             GError                 **error);

G_END_DECLS
