/* zjtx-cli.h: zjtx-cli, the same work as the window, without one */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-policy.h"
#include "model/zjtx-export.h"
#include "model/zjtx-import.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

/* Exit statuses: 0 done; 1 an internal failure; 2 bad input or usage; 3 an
 * import that went in but left some rows out. */
#define ZJTX_CLI_EXIT_OK 0
#define ZJTX_CLI_EXIT_FAILURE 1
#define ZJTX_CLI_EXIT_USAGE 2
#define ZJTX_CLI_EXIT_ROWS_REJECTED 3

int   zjtx_cli_main              (int          argc,
                                  char        *argv[]);

/* Prints "zjtx-cli: MESSAGE" as one line on stderr. */
void  zjtx_cli_error             (const char  *format,
                                  ...) G_GNUC_PRINTF (1, 2);

/* The database named by --db, or the default one; opening errors are printed. */
ZjtxStore *zjtx_cli_open_store (void);
/* The --db option given before or after the command, if any. */
const char *zjtx_cli_get_db_path (void);

/* Parses @context's options (translated); an error is printed, one line. */
gboolean zjtx_cli_parse_options     (GOptionContext      *context,
                                     const GOptionEntry  *entries,
                                     int                 *argc,
                                     char              ***argv);
/* "--date 2025-02-30" → a date (today for NULL), or one line naming the
 * option and the problem. */
gboolean zjtx_cli_parse_date_option (const char  *option,
                                     const char  *text,
                                     ZjtxDate    *out);
/* A text option given but blank: one line naming it, FALSE. */
gboolean zjtx_cli_check_not_blank   (const char  *option,
                                     const char  *text);
/* The window's preference @key (a string) when its settings are installed
 * and it is not empty; NULL otherwise. */
char    *zjtx_cli_get_preference    (const char  *key);
/* A record's id: digits only, positive; FALSE (nothing printed) otherwise. */
gboolean zjtx_cli_parse_id          (const char  *text,
                                     gint64      *out);
/* A ledger id: digits only, positive; else one line naming it. */
gboolean zjtx_cli_parse_award_id    (const char  *text,
                                     gint64      *out);

/* "--format text" or "--format json" (text for NULL); else one line naming it. */
gboolean zjtx_cli_parse_text_or_json (const char  *format,
                                      gboolean    *json);
/* Writes @text to stdout in one go, so that a failure leaves nothing half-printed. */
gboolean zjtx_cli_write_all         (const char  *text,
                                     gsize        length,
                                     GError     **error);

/* Reads a file into the database, or with --dry-run only checks it. */
typedef ZjtxImportReport *(*ZjtxCliImportFunc) (ZjtxStore   *store,
                                                const char  *path,
                                                gboolean     dry_run,
                                                GError     **error);

/* An import command, "[--dry-run] FILE" (@context gives its summary and
 * description): @import reads FILE, then what it read and did (or would
 * do) is printed, a line each: the encoding and header row, the columns
 * left out, the counts, each row's problem. Returns the exit status: 0; 3
 * if rows were left out; 2 if nothing was imported. */
int      zjtx_cli_run_import          (GOptionContext    *context,
                                       ZjtxCliImportFunc  import,
                                       int                argc,
                                       char              *argv[]);

/* -o FILE given, and the format its --format or else its name says; else
 * one line naming what is missing. */
gboolean zjtx_cli_parse_export_output (const char      *format_name,
                                       const char      *output,
                                       ZjtxTableFormat *format);
/* Writes @what to @output and says how many rows it wrote. Returns the exit status. */
int      zjtx_cli_export_to_file      (ZjtxExportWhat   what,
                                       ZjtxTableFormat  format,
                                       const char      *output);

/* A table aligned for a terminal (CJK characters take two columns), each
 * cell on one line, no trailing blanks. */
typedef struct _ZjtxCliTable ZjtxCliTable;

/* Bit i of @right_aligned: column i is aligned to the right. */
ZjtxCliTable *zjtx_cli_table_new   (guint         n_columns,
                                    guint64       right_aligned);
void          zjtx_cli_table_free  (ZjtxCliTable *table);
/* Adds a row of n_columns cells, each copied (NULL: empty). */
void          zjtx_cli_table_add   (ZjtxCliTable *table,
                                    ...);
void          zjtx_cli_table_print (ZjtxCliTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxCliTable, zjtx_cli_table_free)

/* The policies of the --policy files given, or the built-in ones if none. */
ZjtxPolicySet *zjtx_cli_load_policies (char   **files,
                                       GError **error);

int   zjtx_cli_evaluate          (int          argc,
                                  char        *argv[]);
int   zjtx_cli_policies          (int          argc,
                                  char        *argv[]);
int   zjtx_cli_import            (int          argc,
                                  char        *argv[]);
int   zjtx_cli_export            (int          argc,
                                  char        *argv[]);
int   zjtx_cli_list              (int          argc,
                                  char        *argv[]);
int   zjtx_cli_demo              (int          argc,
                                  char        *argv[]);
int   zjtx_cli_notices           (int          argc,
                                  char        *argv[]);
int   zjtx_cli_awards            (int          argc,
                                  char        *argv[]);
int   zjtx_cli_announcement      (int          argc,
                                  char        *argv[]);
int   zjtx_cli_support           (int          argc,
                                  char        *argv[]);
int   zjtx_cli_tasks             (int          argc,
                                  char        *argv[]);
int   zjtx_cli_dashboard         (int          argc,
                                  char        *argv[]);
int   zjtx_cli_bulletin          (int          argc,
                                  char        *argv[]);

G_END_DECLS
