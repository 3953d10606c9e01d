/* zjtx-cli.h: zjtx-cli, the same work as the window, without one */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-policy.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

/* Exit statuses: 0 done; 1 an internal failure; 2 bad input or usage. */
#define ZJTX_CLI_EXIT_OK 0
#define ZJTX_CLI_EXIT_FAILURE 1
#define ZJTX_CLI_EXIT_USAGE 2

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
/* A ledger id: digits only, positive; else one line naming it. */
gboolean zjtx_cli_parse_award_id    (const char  *text,
                                     gint64      *out);

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
