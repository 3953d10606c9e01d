/* cli-test-util.c: what the zjtx-cli tests share */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <sqlite3.h>

#include "cli-test-util.h"

ZjtxStore *
cli_open_store (const char *db)
{
  g_autoptr(GError) error = NULL;
  ZjtxStore *store = zjtx_store_open (db, &error);

  g_assert_no_error (error);
  return store;
}

void
cli_save (ZjtxStore *store,
          gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (record), &error));
  g_assert_no_error (error);
}

void
cli_run_clear (CliRun *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

GSubprocess *
cli_spawn (const char         *cwd,
           const char         *db,
           const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                         G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;

  /* Messages in English so that the assertions read the source strings. */
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "C", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);

  g_ptr_array_add (argv, (gpointer) g_getenv ("ZJTX_CLI"));
  if (db != NULL)
    {
      g_ptr_array_add (argv, "--db");
      g_ptr_array_add (argv, (gpointer) db);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  return process;
}

void
cli_finish (GSubprocess *process,
            CliRun      *run)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
}

void
cli_run (const char         *db,
         CliRun             *run,
         const char * const *args)
{
  g_autoptr(GSubprocess) process = cli_spawn (NULL, db, args);

  cli_finish (process, run);
}

void
cli_assert_refused (CliRun     *run,
                    int         status,
                    const char *err)
{
  g_assert_cmpint (run->status, ==, status);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, err);
}

void
cli_assert_contains (const char *haystack,
                     const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

void
cli_assert_lacks (const char *haystack,
                  const char *needle)
{
  if (strstr (haystack, needle) != NULL)
    g_error ("“%s” found in:\n%s", needle, haystack);
}

char *
cli_data_path (const char *name)
{
  return g_build_filename (g_getenv ("G_TEST_SRCDIR"), "data", "cli", name, NULL);
}

/* @sql prepared on @db opened read-only, and stepped to its first row. */
static sqlite3_stmt *
query_first_row (const char  *db,
                 const char  *sql,
                 sqlite3    **handle)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (db, handle, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (*handle, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return stmt;
  sqlite3_finalize (stmt);
  return NULL;
}

gint64
cli_query (const char *db,
           const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = query_first_row (db, sql, &handle);
  gint64 n = -1;

  if (stmt != NULL)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return n;
}

char *
cli_query_text (const char *db,
                const char *sql)
{
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt = query_first_row (db, sql, &handle);
  char *text = NULL;

  if (stmt != NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (handle);
  return text;
}

guint
cli_count_outputs (const char *db)
{
  g_autofree char *folder = g_path_get_dirname (db);
  g_autofree char *database = g_path_get_basename (db);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_has_prefix (name, database) && !g_str_equal (name, "backups"))
      n++;
  return n;
}

char *
cli_pdf_tool (const char *name,
              const char *option,
              const char *pdf,
              gboolean    squeeze)
{
  g_autofree char *path = g_find_program_in_path (name);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[6];
  GString *text;
  int n = 0, status = 0;

  if (path == NULL)
    g_error ("%s not found: install poppler-utils (build-aux/dev does)", name);
  argv[n++] = path;
  if (option != NULL)
    argv[n++] = option;
  argv[n++] = pdf;
  if (g_str_equal (name, "pdftotext"))
    argv[n++] = "-";
  argv[n] = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);
  if (!squeeze)
    return g_steal_pointer (&out);

  text = g_string_new (NULL);
  for (const char *p = out; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (text, g_utf8_get_char (p));
  return g_string_free (text, FALSE);
}

void
cli_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);
        cli_remove_tree (child);
      }
  g_remove (path);
}
