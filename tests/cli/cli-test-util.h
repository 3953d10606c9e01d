/* cli-test-util.h: what the zjtx-cli tests share
 *
 * Running the program on a database (in English, so that assertions read
 * the source strings), the shape of a refusal, reading a PDF back with
 * poppler's tools, and removing a test's folder.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  int   status;
  char *out;
  char *err;
} CliRun;

void  cli_run_clear       (CliRun             *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliRun, cli_run_clear)

/* Runs $ZJTX_CLI --db @db @args…, LANGUAGE=C. */
void  cli_run             (const char         *db,
                           CliRun             *run,
                           const char * const *args);

#define CLI_RUN(db, run, ...) cli_run ((db), (run), (const char * const[]) { __VA_ARGS__, NULL })

/* A refusal: the exit status, nothing on stdout, exactly @err on stderr. */
void  cli_assert_refused  (CliRun             *run,
                           int                 status,
                           const char         *err);

void  cli_assert_contains (const char         *haystack,
                           const char         *needle);

void  cli_assert_lacks    (const char         *haystack,
                           const char         *needle);

/* What poppler's @name (pdftotext, pdfinfo, pdffonts) prints about @pdf,
 * with @option (may be NULL); with @squeeze, without white space
 * (pdftotext wraps text in table cells). */
char *cli_pdf_tool        (const char         *name,
                           const char         *option,
                           const char         *pdf,
                           gboolean            squeeze);

void  cli_remove_tree     (const char         *path);

G_END_DECLS
