/* cli-test-util.h: what the zjtx-cli tests share
 *
 * Filling a fixture's database through the model, running the program on
 * it or on none (in English, so that assertions read the source strings),
 * the shape of a refusal, reading the database and a PDF back, counting
 * what a command left behind, and removing a test's folder.
 */
#pragma once

#include <gio/gio.h>

#include "model/zjtx-store.h"

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} CliRun;

/* The database @db opened for the model, as a test's own step, or fails
 * the test. */
ZjtxStore   *cli_open_store      (const char         *db);
/* Saves @record (a ZjtxRecord) through @store, or fails the test. */
void         cli_save            (ZjtxStore          *store,
                                  gpointer            record);

/* Frees the output, so that @run can be used again. */
void         cli_run_clear       (CliRun             *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

/* Starts $ZJTX_CLI --db @db @args… (without --db if @db is NULL) in @cwd
 * (NULL: this process's), LANGUAGE=C, stdout and stderr piped. */
GSubprocess *cli_spawn           (const char         *cwd,
                                  const char         *db,
                                  const char * const *args);

/* Waits for @process to exit and reads what it printed into @run. */
void         cli_finish          (GSubprocess        *process,
                                  CliRun             *run);

/* cli_spawn () in this process's folder, then cli_finish (). */
void         cli_run             (const char         *db,
                                  CliRun             *run,
                                  const char * const *args);

#define CLI_RUN(db, run, ...) cli_run ((db), (run), (const char * const[]) { __VA_ARGS__, NULL })

/* A refusal: the exit status, nothing on stdout, exactly @err on stderr. */
void         cli_assert_refused  (CliRun             *run,
                                  int                 status,
                                  const char         *err);

void         cli_assert_contains (const char         *haystack,
                                  const char         *needle);

void         cli_assert_lacks    (const char         *haystack,
                                  const char         *needle);

/* tests/data/cli/@name in the source tree. */
char        *cli_data_path       (const char         *name);

/* The first column of the first row @sql gives on @db, read-only: a number
 * (-1 without a row), or text (NULL without a row or for NULL). */
gint64       cli_query           (const char         *db,
                                  const char         *sql);
char        *cli_query_text      (const char         *db,
                                  const char         *sql);

/* The files beside @db other than the database itself (with its -wal and
 * -shm) and its backups: what the commands run so far wrote. */
guint        cli_count_outputs   (const char         *db);

/* What poppler's @name (pdftotext, pdfinfo, pdffonts) prints about @pdf,
 * with @option (may be NULL); with @squeeze, without white space
 * (pdftotext wraps text in table cells). */
char        *cli_pdf_tool        (const char         *name,
                                  const char         *option,
                                  const char         *pdf,
                                  gboolean            squeeze);

void         cli_remove_tree     (const char         *path);

G_END_DECLS
