/* model-test-util.c: what the model's tests share */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "model/zjtx-record.h"
#include "model-test-util.h"

void
model_test_remove_tree (const char *path)
{
  /* A symlink is removed, not followed; a folder a test made read-only is
   * opened up first. */
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          model_test_remove_tree (child);
        }
    }
  g_remove (path);
}

ZjtxDate
model_test_date (const char *iso)
{
  ZjtxDate d = ZJTX_DATE_NONE;

  g_assert_true (zjtx_date_parse (iso, &d, NULL));
  return d;
}

void
model_test_save (ZjtxStore *store,
                 gpointer   record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (zjtx_store_save (store, ZJTX_RECORD (record), &error));
  g_assert_no_error (error);
}

/* @sql prepared on @store's database and stepped to its first row, or
 * NULL (finalised) without one. */
static sqlite3_stmt *
first_row (ZjtxStore  *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return stmt;
  sqlite3_finalize (stmt);
  return NULL;
}

gint64
model_test_query_int (ZjtxStore  *store,
                      const char *sql)
{
  sqlite3_stmt *stmt = first_row (store, sql);
  gint64 n = stmt != NULL ? sqlite3_column_int64 (stmt, 0) : -1;

  sqlite3_finalize (stmt);
  return n;
}

char *
model_test_query_text (ZjtxStore  *store,
                       const char *sql)
{
  sqlite3_stmt *stmt = first_row (store, sql);
  char *text = stmt != NULL ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;

  sqlite3_finalize (stmt);
  return text;
}
