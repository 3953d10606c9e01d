/* zjtx-store.c: the one owner of the database */

#include "config.h"

#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#include "core/zjtx-json-writer.h"
#include "zjtx-action-tasks.h"
#include "zjtx-model-resources.h"
#include "zjtx-store.h"

G_DEFINE_QUARK (zjtx-store-error-quark, zjtx_store_error)

#define BUSY_TIMEOUT_MS 5000
#define RESOURCE_PREFIX "/cn/gov/yongchun/Zjtx/model/"

struct _ZjtxStore
{
  GObject   parent_instance;

  sqlite3    *db;
  GHashTable *statements;  /* SQL text → prepared statement, for the hot paths */
  GHashTable *columns;     /* GType → ClassInfo */
  char       *now;         /* the outermost transaction's time, for its audit rows */
  gboolean    doomed;      /* an inner level rolled back: the outermost commit must not */
  GError     *backup_error; /* why today's backup could not be made, or NULL */
  char       *path;
  char     *actor;
  guint       depth;      /* nesting of zjtx_store_begin () */
  ZjtxDate    today;      /* for validation; ZJTX_DATE_NONE: the clock's */
};

G_DEFINE_FINAL_TYPE (ZjtxStore, zjtx_store, G_TYPE_OBJECT)

static void
zjtx_store_finalize (GObject *object)
{
  ZjtxStore *self = ZJTX_STORE (object);

  /* Statements before the connection they belong to. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->columns, g_hash_table_unref);
  g_clear_error (&self->backup_error);
  g_free (self->now);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->actor);

  G_OBJECT_CLASS (zjtx_store_parent_class)->finalize (object);
}

static void
zjtx_store_class_init (ZjtxStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zjtx_store_finalize;
}

static void class_info_free (gpointer data);

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
zjtx_store_init (ZjtxStore *self)
{
  self->actor = g_strdup (g_get_user_name ());
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, finalize_statement);
  self->columns = g_hash_table_new_full (NULL, NULL, NULL, class_info_free);
}

/* A prepared statement kept for reuse: saving 100,000 imported rows would
 * otherwise compile the same SQL 100,000 times. Give it back with release (). */
static int
prepare_cached (ZjtxStore     *self,
                const char    *sql,
                sqlite3_stmt **stmt)
{
  int rc;

  *stmt = g_hash_table_lookup (self->statements, sql);
  if (*stmt != NULL)
    return SQLITE_OK;
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, NULL);
  if (rc == SQLITE_OK)
    g_hash_table_insert (self->statements, g_strdup (sql), *stmt);
  return rc;
}

static void
release (sqlite3_stmt *stmt)
{
  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
    }
}

/* Errors */

static ZjtxStoreError
code_for_sqlite (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return ZJTX_STORE_ERROR_NOT_DATABASE;
    case SQLITE_CORRUPT:
      return ZJTX_STORE_ERROR_CORRUPT;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return ZJTX_STORE_ERROR_LOCKED;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return ZJTX_STORE_ERROR_IO;
    case SQLITE_CONSTRAINT:
      return ZJTX_STORE_ERROR_CONSTRAINT;
    default:
      return ZJTX_STORE_ERROR_FAILED;
    }
}

static gboolean
set_error_for (sqlite3     *db,
               const char  *path,
               int          rc,
               const char  *doing,
               GError     **error)
{
  ZjtxStoreError code = code_for_sqlite (rc);
  g_autofree char *display = g_filename_display_name (path ? path : "");
  const char *detail = db ? sqlite3_errmsg (db) : sqlite3_errstr (rc);

  switch (code)
    {
    case ZJTX_STORE_ERROR_NOT_DATABASE:
      g_set_error (error, ZJTX_STORE_ERROR, code, _("%s is not a zjtx database (nor any SQLite database)"), display);
      break;
    case ZJTX_STORE_ERROR_CORRUPT:
      g_set_error (error, ZJTX_STORE_ERROR, code,
                   _("%s is damaged (%s); restore the latest backup from its backups folder"), display, detail);
      break;
    case ZJTX_STORE_ERROR_LOCKED:
      g_set_error (error, ZJTX_STORE_ERROR, code,
                   _("%s is busy: another program has been writing to it for too long; try again"), display);
      break;
    default:
      /* Translators: "while saving: UNIQUE constraint failed…" */
      g_set_error (error, ZJTX_STORE_ERROR, code, _("%s: %s while %s"), display, detail, doing);
      break;
    }
  return FALSE;
}

gboolean
zjtx_store_set_sqlite_error (ZjtxStore   *self,
                             int          rc,
                             const char  *doing,
                             GError     **error)
{
  return set_error_for (self->db, self->path, rc, doing, error);
}

static gboolean
exec (ZjtxStore   *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, sql, error);
  return TRUE;
}

static gboolean
query_int (ZjtxStore   *self,
           const char  *sql,
           gint64      *out,
           GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          *out = sqlite3_column_int64 (stmt, 0);
          rc = SQLITE_OK;
        }
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, _("reading the database"), error);
  return TRUE;
}

static char *now_iso (void);

/* Transactions
 *
 * Only the outermost level reaches SQLite (BEGIN IMMEDIATE … COMMIT); inner
 * levels count. A rollback at an inner level dooms the whole transaction:
 * the outermost commit then rolls back and fails. (Savepoints would let a
 * caller keep part of a transaction, but SQLite's FTS5 flushes its pending
 * index at every savepoint: a savepoint per imported row made a 100,000-row
 * import ten times slower.) IMMEDIATE takes the write lock at once, so a
 * second process waits there (busy timeout) rather than failing half-way. */

gboolean
zjtx_store_begin (ZjtxStore  *self,
                  GError    **error)
{
  if (self->depth == 0)
    {
      if (!exec (self, "BEGIN IMMEDIATE", error))
        return FALSE;
      self->doomed = FALSE;
      /* One time for all the audit rows of a transaction: they are one change. */
      g_free (self->now);
      self->now = now_iso ();
    }
  self->depth++;
  return TRUE;
}

gboolean
zjtx_store_commit (ZjtxStore  *self,
                   GError    **error)
{
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth > 1)
    {
      self->depth--;
      return TRUE;
    }

  if (self->doomed)
    {
      zjtx_store_rollback (self);
      g_set_error_literal (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_FAILED,
                           _("a part of the change failed, so none of it was saved"));
      return FALSE;
    }
  if (!exec (self, "COMMIT", error))
    {
      zjtx_store_rollback (self);
      return FALSE;
    }
  self->depth = 0;
  return TRUE;
}

void
zjtx_store_rollback (ZjtxStore *self)
{
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    {
      self->doomed = TRUE;
      return;
    }
  sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  self->doomed = FALSE;
}

/* Resources */

static GBytes *
lookup_resource (const char  *name,
                 GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX, name, NULL);

  /* Through the resource itself: a static library's constructor that would
   * register it globally may never be linked in. */
  return g_resource_lookup_data (zjtx_model_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

/* Audit */

static char *
now_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  return g_date_time_format_iso8601 (now);
}

const char *
zjtx_store_get_actor (ZjtxStore *self)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), NULL);
  return self->actor;
}

void
zjtx_store_set_actor (ZjtxStore  *self,
                      const char *actor)
{
  g_return_if_fail (ZJTX_IS_STORE (self));
  g_free (self->actor);
  self->actor = g_strdup (actor ? actor : "");
}

void
zjtx_store_set_today (ZjtxStore *self,
                      ZjtxDate   today)
{
  g_return_if_fail (ZJTX_IS_STORE (self));
  self->today = today;
}

ZjtxDate
zjtx_store_get_today (ZjtxStore *self)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), ZJTX_DATE_NONE);
  return self->today != ZJTX_DATE_NONE ? self->today : zjtx_date_today ();
}

gboolean
zjtx_store_audit (ZjtxStore   *self,
                  const char  *entity,
                  gint64       entity_id,
                  const char  *action,
                  const char  *old_values,
                  const char  *new_values,
                  GError     **error)
{
  static const char sql[] =
    "INSERT INTO audit (at, actor, entity, entity_id, action, old_values, new_values) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)";
  g_autofree char *at = self->depth > 0 ? g_strdup (self->now) : now_iso ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = prepare_cached (self, sql, &stmt);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, at, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, self->actor, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, entity, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, entity_id);
      sqlite3_bind_text (stmt, 5, action, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 6, old_values, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 7, new_values, -1, SQLITE_STATIC);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  release (stmt);
  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, _("writing the audit log"), error);
  return TRUE;
}

/* Seeding a new database */

static gboolean
insert_simple (ZjtxStore           *self,
               const char          *table,
               const char * const  *columns,
               const char * const  *values,
               GError             **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(JsonBuilder) audit = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *audit_text = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n = g_strv_length ((char **) columns);
  int rc;

  /* Only table and column names from this file are spliced in; values are bound. */
  g_string_append_printf (sql, "INSERT INTO %s (", table);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (sql, "%s%s", i ? ", " : "", columns[i]);
  g_string_append (sql, ") VALUES (");
  for (guint i = 0; i < n; i++)
    g_string_append (sql, i ? ", ?" : "?");
  g_string_append (sql, ")");

  json_builder_begin_object (audit);
  rc = sqlite3_prepare_v2 (self->db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      for (guint i = 0; i < n; i++)
        {
          sqlite3_bind_text (stmt, i + 1, values[i], -1, SQLITE_STATIC);
          json_builder_set_member_name (audit, columns[i]);
          json_builder_add_string_value (audit, values[i]);
        }
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  json_builder_end_object (audit);
  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, _("filling a new database"), error);

  root = json_builder_get_root (audit);
  audit_text = json_to_string (root, FALSE);
  return zjtx_store_audit (self, table, sqlite3_last_insert_rowid (self->db), "insert", NULL, audit_text, error);
}

/* Townships, the task force and the policy's actions, from data/seed, and
 * the built-in policies: what the policy document itself says. */
static gboolean
seed (ZjtxStore  *self,
      GError    **error)
{
  g_autoptr(GBytes) bytes = lookup_resource ("seed/yongchun.json", error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(ZjtxPolicySet) policies = NULL;
  JsonObject *root;
  JsonArray *array;
  gsize size;
  const char *data;

  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &size);
  if (!json_parser_load_from_data (parser, data, size, error))
    return FALSE;
  root = json_node_get_object (json_parser_get_root (parser));

  array = json_object_get_array_member (root, "townships");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char * const columns[] = { "name", "builtin", "position", NULL };
      g_autofree char *position = g_strdup_printf ("%u", i);
      const char * const values[] = { json_array_get_string_element (array, i), "1", position };

      if (!insert_simple (self, "township", columns, values, error))
        return FALSE;
    }

  array = json_object_get_array_member (root, "task_force");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *m = json_array_get_object_element (array, i);
      const char * const columns[] = { "role", "name", "title", "unit", "position", NULL };
      g_autofree char *position = g_strdup_printf ("%u", i);
      const char * const values[] = {
        json_object_get_string_member (m, "role"), json_object_get_string_member (m, "name"),
        json_object_get_string_member (m, "title"), json_object_get_string_member (m, "unit"), position,
      };

      if (!insert_simple (self, "task_force_member", columns, values, error))
        return FALSE;
    }

  array = json_object_get_array_member (root, "actions");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *a = json_array_get_object_element (array, i);
      JsonArray *units = json_object_get_array_member (a, "responsible_units");
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      const char * const columns[] = { "clause", "name", "responsible_units", "position", NULL };
      g_autofree char *joined = NULL;
      g_autofree char *position = g_strdup_printf ("%u", i);

      for (guint u = 0; u < json_array_get_length (units); u++)
        g_ptr_array_add (names, (gpointer) json_array_get_string_element (units, u));
      g_ptr_array_add (names, NULL);
      joined = g_strjoinv ("、", (char **) names->pdata);

      {
        const char * const values[] = {
          json_object_get_string_member (a, "clause"), json_object_get_string_member (a, "name"), joined, position,
        };
        if (!insert_simple (self, "policy_action", columns, values, error))
          return FALSE;
      }
    }

  policies = zjtx_policy_set_new_builtin (error);
  if (policies == NULL)
    return FALSE;
  for (guint i = 0; i < zjtx_policy_set_get_n (policies); i++)
    if (!zjtx_store_add_policy (self, zjtx_policy_set_get (policies, i), error))
      return FALSE;

  return TRUE;
}

/* Migrations */

typedef struct {
  int          version;
  const char  *script;      /* resource under RESOURCE_PREFIX */
  gboolean   (*after) (ZjtxStore *self, GError **error);
} Migration;

static const Migration migrations[] = {
  { 1, "zjtx-schema-1.sql", seed },
  { 2, "zjtx-schema-2.sql", NULL },
  { 3, "zjtx-schema-3.sql", NULL },
  { 4, "zjtx-schema-4.sql", zjtx_action_tasks_seed },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == ZJTX_STORE_SCHEMA_VERSION);

static gboolean
migrate (ZjtxStore  *self,
         gint64      from,
         GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      const Migration *m = &migrations[i];
      g_autoptr(GBytes) script = NULL;
      g_autofree char *sql = NULL;
      g_autofree char *pragma = NULL;

      if (m->version <= from)
        continue;

      script = lookup_resource (m->script, error);
      if (script == NULL)
        return FALSE;
      sql = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));
      pragma = g_strdup_printf ("PRAGMA user_version = %d", m->version);

      /* Each step whole or not at all. */
      if (!zjtx_store_begin (self, error))
        return FALSE;
      if (!exec (self, sql, error) ||
          (m->after && !m->after (self, error)) ||
          !exec (self, pragma, error) ||
          !zjtx_store_commit (self, error))
        {
          if (self->depth > 0)
            zjtx_store_rollback (self);
          return FALSE;
        }
    }
  return TRUE;
}

/* Backups */

char *
zjtx_store_get_backup_dir (ZjtxStore *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  return g_build_filename (dir, "backups", NULL);
}

static char *
backup_prefix (ZjtxStore *self)
{
  g_autofree char *base = g_path_get_basename (self->path);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strconcat (base, "-", NULL);
}

gboolean
zjtx_store_backup_to (ZjtxStore   *self,
                      const char  *dest,
                      GError     **error)
{
  /* A name of its own: two programs opening the database in the same
   * second both make the day's backup, and must not share a half-written file. */
  g_autofree char *tmp = g_strconcat (dest, ".XXXXXX", NULL);
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int fd;
  int rc;

  fd = g_mkstemp (tmp);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dest);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_IO, "%s: %s", display, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  rc = sqlite3_open_v2 (tmp, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", self->db, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (target);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        }
    }
  if (rc != SQLITE_OK)
    {
      set_error_for (target, dest, rc, _("making a backup"), error);
      sqlite3_close_v2 (target);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close_v2 (target);

  /* Renamed into place only when whole. */
  if (g_rename (tmp, dest) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dest);
      g_unlink (tmp);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_IO, "%s: %s", display, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
prune_backups (ZjtxStore *self)
{
  g_autofree char *dir = zjtx_store_get_backup_dir (self);
  g_autofree char *prefix = backup_prefix (self);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db"))
      g_ptr_array_add (names, g_strdup (name));

  /* Names carry the time stamp, so name order is age order. */
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i + ZJTX_STORE_BACKUPS_KEPT < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_unlink (path);
    }
}

char *
zjtx_store_backup_now (ZjtxStore  *self,
                       GError    **error)
{
  g_autofree char *dir = zjtx_store_get_backup_dir (self);
  g_autofree char *prefix = backup_prefix (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = NULL;
  char *path;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (dir);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_IO, "%s: %s", display, g_strerror (saved));
      return NULL;
    }

  name = g_strdup_printf ("%s%s.db", prefix, stamp);
  path = g_build_filename (dir, name, NULL);
  /* Two backups within one second (a migration right after the daily one):
   * the second gets a counter rather than overwriting the first. */
  for (guint n = 2; g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_free (path);
      g_free (name);
      name = g_strdup_printf ("%s%s-%u.db", prefix, stamp, n);
      path = g_build_filename (dir, name, NULL);
    }

  if (!zjtx_store_backup_to (self, path, error))
    {
      g_free (path);
      return NULL;
    }
  prune_backups (self);
  return path;
}

static gboolean
has_backup_today (ZjtxStore *self)
{
  g_autofree char *dir = zjtx_store_get_backup_dir (self);
  g_autofree char *prefix = backup_prefix (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *day = g_date_time_format (now, "%Y%m%d");
  g_autofree char *today = g_strconcat (prefix, day, "-", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, today))
      return TRUE;
  return FALSE;
}

/* Opening */

/* zjtx_add_years (date, years): the core's reading of "valid for 3 years"
 * (29 February becomes 28 February), for queries that filter by tier in SQL,
 * so that SQL and the evaluator never disagree about a recognition's end. */
static void
sql_add_years (sqlite3_context  *context,
               int               argc,
               sqlite3_value   **argv)
{
  const char *text = (const char *) sqlite3_value_text (argv[0]);
  ZjtxDate date;
  g_autofree char *result = NULL;

  if (text == NULL || !zjtx_date_parse (text, &date, NULL))
    {
      sqlite3_result_null (context);
      return;
    }
  result = zjtx_date_format_iso (zjtx_date_add_years (date, sqlite3_value_int (argv[1])));
  sqlite3_result_text (context, result, -1, SQLITE_TRANSIENT);
}

char *
zjtx_store_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "zjtx", "zjtx.db", NULL);
}

/* PRAGMA quick_check reads every page (0.3 s for 100,000 enterprises), so it
 * runs before each day's first backup and before a migration: often enough
 * that damage is found before a good backup is rotated away, and reading a
 * damaged page at any other time gives an error, never a crash. */
static gboolean
quick_check (ZjtxStore  *self,
             GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *result = NULL;
  int rc = sqlite3_prepare_v2 (self->db, "PRAGMA quick_check(1)", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, _("checking the database"), error);
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_autofree char *display = g_filename_display_name (self->path);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_CORRUPT,
                   _("%s is damaged (%s); restore the latest backup from its backups folder"),
                   display, result ? result : "?");
      return FALSE;
    }
  return TRUE;
}

/* Reads only: nothing here may change the file, so that a file we refuse is
 * left exactly as it was. */
static gboolean
probe (ZjtxStore  *self,
       gint64     *version,
       gint64     *n_tables,
       GError    **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!query_int (self, "SELECT count(*) FROM sqlite_schema", n_tables, error) ||
      !query_int (self, "PRAGMA user_version", version, error))
    return FALSE;

  if (*version > ZJTX_STORE_SCHEMA_VERSION)
    {
      g_autofree char *display = g_filename_display_name (self->path);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NEWER_VERSION,
                   _("%s was written by a newer version of zjtx (schema %d; this version reads up to %d); "
                     "update zjtx to open it"),
                   display, (int) *version, ZJTX_STORE_SCHEMA_VERSION);
      return FALSE;
    }

  if (*version == 0 && *n_tables > 0)
    {
      g_autofree char *display = g_filename_display_name (self->path);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_DATABASE,
                   _("%s is a database of another program, not of zjtx"), display);
      return FALSE;
    }

  return TRUE;
}

ZjtxStore *
zjtx_store_open (const char  *path,
                 GError     **error)
{
  g_autoptr(ZjtxStore) self = g_object_new (ZJTX_TYPE_STORE, NULL);
  g_autofree char *dir = NULL;
  gboolean existed;
  gint64 version = 0, n_tables = 0;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self->path = g_strdup (path);
  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (existed && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_IO, _("%s is not a file"), display);
      return NULL;
    }
  if (!existed)
    {
      dir = g_path_get_dirname (path);
      if (g_mkdir_with_parents (dir, 0700) != 0)
        {
          int saved = errno;
          g_autofree char *display = g_filename_display_name (dir);
          g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_IO, "%s: %s", display, g_strerror (saved));
          return NULL;
        }
    }

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | (existed ? 0 : SQLITE_OPEN_CREATE), NULL);
  if (rc != SQLITE_OK)
    {
      set_error_for (self->db, path, rc, _("opening"), error);
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_create_function (self->db, "zjtx_add_years", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                           NULL, sql_add_years, NULL, NULL);

  if (!probe (self, &version, &n_tables, error))
    return NULL;
  /* Still reading only: a damaged file is refused untouched. */
  if (version > 0 && (version < ZJTX_STORE_SCHEMA_VERSION || !has_backup_today (self)) &&
      !quick_check (self, error))
    return NULL;

  /* From here on the file is ours to write. */
  if (!exec (self, "PRAGMA journal_mode = WAL", error) ||
      !exec (self, "PRAGMA synchronous = NORMAL", error) ||
      !exec (self, "PRAGMA foreign_keys = ON", error) ||
      /* Savepoints (one per imported row) keep their statement journal in
       * memory, not in a temporary file: on disk that journal took 90% of
       * a 100,000-row import, 700,000 small writes. */
      !exec (self, "PRAGMA temp_store = MEMORY", error) ||
      !exec (self, "PRAGMA cache_size = -32768", error))
    return NULL;

  if (version < ZJTX_STORE_SCHEMA_VERSION)
    {
      /* An existing database is backed up before its schema changes. */
      if (version > 0)
        {
          g_autofree char *backup = zjtx_store_backup_now (self, error);
          if (backup == NULL)
            return NULL;
        }
      if (!migrate (self, version, error))
        return NULL;
    }
  else if (!has_backup_today (self))
    {
      /* The day's backup failing (a full disk, say) must not keep officers
       * out of their data; the programs show the reason. A migration's
       * backup above, by contrast, is required. */
      g_autofree char *backup = zjtx_store_backup_now (self, &self->backup_error);
    }

  return g_steal_pointer (&self);
}

const char *
zjtx_store_get_path (ZjtxStore *self)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), NULL);
  return self->path;
}

const GError *
zjtx_store_get_backup_error (ZjtxStore *self)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), NULL);
  return self->backup_error;
}

gpointer
zjtx_store_get_db (ZjtxStore *self)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), NULL);
  return self->db;
}

/* Records
 *
 * Table and column names come from the record classes (never from input);
 * every value is bound. What a class needs (its columns, their names, its
 * SQL) is worked out once per class: an import saves 100,000 records. */

typedef struct {
  const char *column;
  const char *table;
  const char *key;
} Reference;

/* What the database's foreign keys say, checked before writing so that the
 * error names the field ("Township: “X镇” is not on the list"). */
static const Reference references[] = {
  { "park_id", "park", "id" },
  { "enterprise_id", "enterprise", "id" },
  { "commissioner_id", "person", "id" },
  { "liaison_id", "person", "id" },
  { "institution_id", "institution", "id" },
  { "task_id", "action_task", "id" },
  { "township", "township", "name" },
};

/* Full-text indexes the store keeps in step with their tables. */
typedef struct {
  const char *table;
  const char *fts;
  const char *columns[4];
} Searchable;

static const Searchable searchables[] = {
  { "enterprise", "enterprise_fts", { "name", "uscc", "products", NULL } },
};

typedef struct {
  const char   *table;
  const Searchable *search;   /* or NULL */
  int           search_index[3];
  char         *fts_insert_sql;
  char         *fts_delete_sql;
  GParamSpec  **columns;      /* "id" first */
  guint         n_columns;
  char        **names;        /* column names, in the same order */
  int          *reference;    /* per column: index into references[], or -1 */
  char        **reference_sql;
  char         *insert_sql;   /* every column but id */
  char         *select_sql;   /* every column but id, WHERE id = ? */
  char         *all_names;    /* every column, for lists */
} ClassInfo;

static void
class_info_free (gpointer data)
{
  ClassInfo *info = data;

  g_free (info->columns);
  g_strfreev (info->names);
  g_free (info->reference);
  for (guint i = 0; i < info->n_columns; i++)
    g_free (info->reference_sql[i]);
  g_free (info->reference_sql);
  g_free (info->insert_sql);
  g_free (info->select_sql);
  g_free (info->all_names);
  g_free (info->fts_insert_sql);
  g_free (info->fts_delete_sql);
  g_free (info);
}

/* Record classes are static types: a class, once made, lives as long as the
 * program, so the reference taken here is never given back. */
static ZjtxRecordClass *
record_class (GType type)
{
  gpointer klass = g_type_class_peek (type);

  return klass ? klass : g_type_class_ref (type);
}

static ClassInfo *
class_info (ZjtxStore *self,
            GType      type)
{
  ClassInfo *info = g_hash_table_lookup (self->columns, GSIZE_TO_POINTER (type));
  ZjtxRecordClass *klass;
  g_autoptr(GString) names = NULL;
  g_autoptr(GString) marks = NULL;

  if (info != NULL)
    return info;

  klass = record_class (type);
  info = g_new0 (ClassInfo, 1);
  info->table = klass->table;
  info->columns = zjtx_record_class_list_columns (klass, &info->n_columns);
  info->names = g_new0 (char *, info->n_columns + 1);
  info->reference = g_new (int, info->n_columns);
  info->reference_sql = g_new0 (char *, info->n_columns);
  names = g_string_new (NULL);
  marks = g_string_new (NULL);
  for (guint i = 0; i < info->n_columns; i++)
    {
      info->names[i] = zjtx_record_column_name (info->columns[i]);
      info->reference[i] = -1;
      for (guint r = 0; r < G_N_ELEMENTS (references); r++)
        if (g_str_equal (references[r].column, info->names[i]))
          {
            info->reference[i] = r;
            info->reference_sql[i] = g_strdup_printf ("SELECT 1 FROM %s WHERE %s = ?",
                                                      references[r].table, references[r].key);
          }
      if (i > 0)
        {
          g_string_append_printf (names, "%s%s", i > 1 ? ", " : "", info->names[i]);
          g_string_append (marks, i > 1 ? ", ?" : "?");
        }
    }
  info->insert_sql = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", info->table, names->str, marks->str);
  info->select_sql = g_strdup_printf ("SELECT %s FROM %s WHERE id = ?", names->str, info->table);
  info->all_names = g_strdup_printf ("id, %s", names->str);

  for (guint t = 0; t < G_N_ELEMENTS (searchables); t++)
    if (g_str_equal (searchables[t].table, info->table))
      {
        const Searchable *search = &searchables[t];

        info->search = search;
        for (guint c = 0; c < 3; c++)
          {
            for (guint i = 0; i < info->n_columns; i++)
              if (g_str_equal (info->names[i], search->columns[c]))
                info->search_index[c] = i;
            g_assert (info->search_index[c] > 0);
          }
        info->fts_insert_sql = g_strdup_printf ("INSERT INTO %s (rowid, %s, %s, %s) VALUES (?, ?, ?, ?)",
                                                search->fts, search->columns[0], search->columns[1], search->columns[2]);
        info->fts_delete_sql = g_strdup_printf ("INSERT INTO %s (%s, rowid, %s, %s, %s) VALUES ('delete', ?, ?, ?, ?)",
                                                search->fts, search->fts, search->columns[0], search->columns[1],
                                                search->columns[2]);
      }

  g_hash_table_insert (self->columns, GSIZE_TO_POINTER (type), info);
  return info;
}

static gboolean
is_reference (GParamSpec *pspec)
{
  return g_str_has_suffix (pspec->name, "-id") && G_PARAM_SPEC_VALUE_TYPE (pspec) == G_TYPE_INT64;
}

static gboolean
value_is_null (GParamSpec   *pspec,
               const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_value_get_string (value) == NULL;
  if (type == G_TYPE_INT64)
    return g_value_get_int64 (value) == (is_reference (pspec) ? 0 : ZJTX_RECORD_NULL);
  return FALSE;
}

static void
bind_value (sqlite3_stmt *stmt,
            int           index,
            GParamSpec   *pspec,
            const GValue *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (value_is_null (pspec, value))
    sqlite3_bind_null (stmt, index);
  else if (type == G_TYPE_STRING)
    sqlite3_bind_text (stmt, index, g_value_get_string (value), -1, SQLITE_TRANSIENT);
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (type == G_TYPE_INT)
    sqlite3_bind_int (stmt, index, g_value_get_int (value));
  else
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
}

static void
read_value (sqlite3_stmt *stmt,
            int           column,
            GParamSpec   *pspec,
            GValue       *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  gboolean null = sqlite3_column_type (stmt, column) == SQLITE_NULL;

  g_value_init (value, type);
  if (type == G_TYPE_STRING)
    g_value_set_string (value, null ? NULL : (const char *) sqlite3_column_text (stmt, column));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, column) != 0);
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, column));
  else
    g_value_set_int64 (value, null ? (is_reference (pspec) ? 0 : ZJTX_RECORD_NULL)
                                   : sqlite3_column_int64 (stmt, column));
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == G_TYPE_BOOLEAN)
    return !g_value_get_boolean (a) == !g_value_get_boolean (b);
  if (type == G_TYPE_INT)
    return g_value_get_int (a) == g_value_get_int (b);
  return g_value_get_int64 (a) == g_value_get_int64 (b);
}

static void
add_json_value (ZjtxJsonWriter *w,
                const char     *column,
                GParamSpec     *pspec,
                const GValue   *value)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  zjtx_json_writer_member (w, column);
  if (value_is_null (pspec, value))
    zjtx_json_writer_string (w, NULL);
  else if (type == G_TYPE_STRING)
    zjtx_json_writer_string (w, g_value_get_string (value));
  else if (type == G_TYPE_BOOLEAN)
    zjtx_json_writer_bool (w, g_value_get_boolean (value));
  else if (type == G_TYPE_INT)
    zjtx_json_writer_int (w, g_value_get_int (value));
  else
    zjtx_json_writer_int (w, g_value_get_int64 (value));
}

static void
get_value (ZjtxRecord *record,
           GParamSpec *pspec,
           GValue     *value)
{
  g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspec));
  g_object_get_property (G_OBJECT (record), pspec->name, value);
}

static gboolean
check_references (ZjtxStore   *self,
                  ZjtxRecord  *record,
                  ClassInfo   *info,
                  GError     **error)
{
  for (guint i = 1; i < info->n_columns; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (info->reference[i] < 0)
        continue;

      get_value (record, info->columns[i], &value);
      if (value_is_null (info->columns[i], &value))
        continue;

      rc = prepare_cached (self, info->reference_sql[i], &stmt);
      if (rc == SQLITE_OK)
        {
          bind_value (stmt, 1, info->columns[i], &value);
          rc = sqlite3_step (stmt);
        }
      release (stmt);
      if (rc == SQLITE_DONE)
        {
          if (G_PARAM_SPEC_VALUE_TYPE (info->columns[i]) == G_TYPE_STRING)
            return zjtx_record_invalid (record, error, info->columns[i]->name,
                                        _("“%s” is not on the list (add it there first)"),
                                        g_value_get_string (&value));
          return zjtx_record_invalid (record, error, info->columns[i]->name, "%s",
                                      _("refers to a record that does not exist"));
        }
      if (rc != SQLITE_ROW)
        return zjtx_store_set_sqlite_error (self, rc, _("checking references"), error);
    }
  return TRUE;
}

/* A UNIQUE failure, said in terms of the field ("USCC: … is already used"). */
static gboolean
set_write_error (ZjtxStore   *self,
                 ZjtxRecord  *record,
                 int          rc,
                 const char  *doing,
                 GError     **error)
{
  const char *message = sqlite3_errmsg (self->db);
  const char *failed = "UNIQUE constraint failed: ";

  if (rc == SQLITE_CONSTRAINT_UNIQUE && g_str_has_prefix (message, failed))
    {
      const char *dot = strchr (message + strlen (failed), '.');
      g_autofree char *column = g_strdup (dot ? dot + 1 : "");
      g_autofree char *property = NULL;
      GParamSpec *pspec;
      char *comma = strchr (column, ',');

      if (comma)
        *comma = '\0';
      property = g_strdelimit (g_strdup (column), "_", '-');
      pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (record), property);
      if (pspec != NULL)
        {
          g_auto(GValue) value = G_VALUE_INIT;
          g_autofree char *text = NULL;

          get_value (record, pspec, &value);
          text = g_strdup_value_contents (&value);
          return zjtx_record_invalid (record, error, property, _("%s is already used by another record"), text);
        }
    }

  return zjtx_store_set_sqlite_error (self, rc, doing, error);
}

/* Adds (@sql = insert) or removes (@sql = delete) a row's entry in its
 * table's full-text index; @values are the row's columns after "id". */
static gboolean
sync_search (ZjtxStore   *self,
             ClassInfo   *info,
             const char  *sql,
             gint64       id,
             GArray      *values,
             GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (info->search == NULL)
    return TRUE;

  rc = prepare_cached (self, sql, &stmt);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      for (guint c = 0; c < 3; c++)
        {
          guint i = info->search_index[c];
          bind_value (stmt, c + 2, info->columns[i], &g_array_index (values, GValue, i - 1));
        }
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  release (stmt);
  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, _("updating the search index"), error);
  return TRUE;
}

static GArray *
values_array (guint n)
{
  GArray *values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), n);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  g_array_set_size (values, n);
  return values;
}

static gboolean
insert_record (ZjtxStore   *self,
               ZjtxRecord  *record,
               ClassInfo   *info,
               GError     **error)
{
  ZjtxJsonWriter *audit = zjtx_json_writer_new_compact ();
  g_autoptr(GArray) values = values_array (info->n_columns - 1);
  g_autofree char *audit_text = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id;
  int rc;

  zjtx_json_writer_begin_object (audit);
  rc = prepare_cached (self, info->insert_sql, &stmt);
  if (rc == SQLITE_OK)
    {
      for (guint i = 1; i < info->n_columns; i++)
        {
          GValue *value = &g_array_index (values, GValue, i - 1);

          get_value (record, info->columns[i], value);
          bind_value (stmt, i, info->columns[i], value);
          add_json_value (audit, info->names[i], info->columns[i], value);
        }
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  release (stmt);
  zjtx_json_writer_end_object (audit);
  audit_text = zjtx_json_writer_finish (audit, NULL);
  if (rc != SQLITE_OK)
    return set_write_error (self, record, rc, _("saving"), error);

  id = sqlite3_last_insert_rowid (self->db);
  if (!sync_search (self, info, info->fts_insert_sql, id, values, error) ||
      !zjtx_store_audit (self, info->table, id, "insert", NULL, audit_text, error))
    return FALSE;

  zjtx_record_set_id (record, id);
  return TRUE;
}

/* The stored values of record @id, one GValue per column after "id". */
static GArray *
read_row (ZjtxStore   *self,
          ClassInfo   *info,
          gint64       id,
          GError     **error)
{
  g_autoptr(GArray) values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), info->n_columns - 1);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);
  rc = prepare_cached (self, info->select_sql, &stmt);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          g_array_set_size (values, info->n_columns - 1);
          for (guint i = 1; i < info->n_columns; i++)
            read_value (stmt, i - 1, info->columns[i], &g_array_index (values, GValue, i - 1));
          rc = SQLITE_OK;
        }
      else if (rc == SQLITE_DONE)
        {
          g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

          release (stmt);
          g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND,
                       _("no record %s in %s (was it deleted meanwhile?)"), id_text, info->table);
          return NULL;
        }
    }
  release (stmt);
  if (rc != SQLITE_OK)
    {
      zjtx_store_set_sqlite_error (self, rc, _("reading"), error);
      return NULL;
    }
  return g_steal_pointer (&values);
}

static gboolean
update_record (ZjtxStore   *self,
               ZjtxRecord  *record,
               ClassInfo   *info,
               GError     **error)
{
  gint64 id = zjtx_record_get_id (record);
  g_autoptr(GArray) old = read_row (self, info, id, error);
  g_autoptr(GArray) current = NULL;
  g_autoptr(GString) sql = NULL;
  ZjtxJsonWriter *before;
  ZjtxJsonWriter *after;
  g_autofree char *before_text = NULL;
  g_autofree char *after_text = NULL;
  g_autoptr(GArray) changed = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (old == NULL)
    return FALSE;

  current = values_array (info->n_columns - 1);
  for (guint i = 1; i < info->n_columns; i++)
    {
      GValue *value = &g_array_index (current, GValue, i - 1);

      get_value (record, info->columns[i], value);
      if (!values_equal (info->columns[i], value, &g_array_index (old, GValue, i - 1)))
        g_array_append_val (changed, i);
    }

  /* Nothing changed: nothing written, nothing audited. */
  if (changed->len == 0)
    return TRUE;

  sql = g_string_new (NULL);
  before = zjtx_json_writer_new_compact ();
  after = zjtx_json_writer_new_compact ();
  g_string_append_printf (sql, "UPDATE %s SET ", info->table);
  zjtx_json_writer_begin_object (before);
  zjtx_json_writer_begin_object (after);
  for (guint c = 0; c < changed->len; c++)
    {
      guint i = g_array_index (changed, guint, c);

      g_string_append_printf (sql, "%s%s = ?", c ? ", " : "", info->names[i]);
      add_json_value (before, info->names[i], info->columns[i], &g_array_index (old, GValue, i - 1));
      add_json_value (after, info->names[i], info->columns[i], &g_array_index (current, GValue, i - 1));
    }
  g_string_append (sql, " WHERE id = ?");
  zjtx_json_writer_end_object (before);
  zjtx_json_writer_end_object (after);
  before_text = zjtx_json_writer_finish (before, NULL);
  after_text = zjtx_json_writer_finish (after, NULL);

  rc = prepare_cached (self, sql->str, &stmt);
  if (rc == SQLITE_OK)
    {
      for (guint c = 0; c < changed->len; c++)
        {
          guint i = g_array_index (changed, guint, c);
          bind_value (stmt, c + 1, info->columns[i], &g_array_index (current, GValue, i - 1));
        }
      sqlite3_bind_int64 (stmt, changed->len + 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  release (stmt);
  if (rc != SQLITE_OK)
    return set_write_error (self, record, rc, _("saving"), error);

  if (info->search != NULL)
    {
      gboolean indexed = FALSE;

      for (guint c = 0; c < changed->len; c++)
        for (guint k = 0; k < 3; k++)
          indexed |= g_array_index (changed, guint, c) == (guint) info->search_index[k];
      if (indexed &&
          (!sync_search (self, info, info->fts_delete_sql, id, old, error) ||
           !sync_search (self, info, info->fts_insert_sql, id, current, error)))
        return FALSE;
    }

  return zjtx_store_audit (self, info->table, id, "update", before_text, after_text, error);
}

gboolean
zjtx_store_check (ZjtxStore   *self,
                  ZjtxRecord  *record,
                  GError     **error)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZJTX_IS_RECORD (record), FALSE);

  return zjtx_record_validate_on (record, zjtx_store_get_today (self), error) &&
         check_references (self, record, class_info (self, G_OBJECT_TYPE (record)), error);
}

gboolean
zjtx_store_save (ZjtxStore   *self,
                 ZjtxRecord  *record,
                 GError     **error)
{
  ClassInfo *info;
  gboolean ok;

  g_return_val_if_fail (ZJTX_IS_STORE (self), FALSE);
  g_return_val_if_fail (ZJTX_IS_RECORD (record), FALSE);

  if (!zjtx_record_validate_on (record, zjtx_store_get_today (self), error))
    return FALSE;

  info = class_info (self, G_OBJECT_TYPE (record));
  if (!zjtx_store_begin (self, error))
    return FALSE;

  ok = check_references (self, record, info, error) &&
       (zjtx_record_get_id (record) == 0
          ? insert_record (self, record, info, error)
          : update_record (self, record, info, error));
  if (!ok)
    {
      zjtx_store_rollback (self);
      return FALSE;
    }
  return zjtx_store_commit (self, error);
}

gboolean
zjtx_store_delete (ZjtxStore   *self,
                   ZjtxRecord  *record,
                   GError     **error)
{
  gint64 id = zjtx_record_get_id (record);
  ClassInfo *info;
  g_autoptr(GArray) old = NULL;
  ZjtxJsonWriter *before;
  g_autofree char *before_text = NULL;
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (ZJTX_IS_STORE (self), FALSE);
  g_return_val_if_fail (id > 0, FALSE);

  info = class_info (self, G_OBJECT_TYPE (record));
  if (!zjtx_store_begin (self, error))
    return FALSE;

  old = read_row (self, info, id, error);
  if (old == NULL)
    {
      zjtx_store_rollback (self);
      return FALSE;
    }

  sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?", info->table);
  rc = prepare_cached (self, sql, &stmt);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        rc = SQLITE_OK;
    }
  release (stmt);
  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    {
      zjtx_store_rollback (self);
      g_set_error_literal (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_CONSTRAINT,
                           _("it cannot be deleted while other records refer to it"));
      return FALSE;
    }
  if (rc != SQLITE_OK)
    {
      zjtx_store_rollback (self);
      return zjtx_store_set_sqlite_error (self, rc, _("deleting"), error);
    }

  if (!sync_search (self, info, info->fts_delete_sql, id, old, error))
    {
      zjtx_store_rollback (self);
      return FALSE;
    }

  before = zjtx_json_writer_new_compact ();
  zjtx_json_writer_begin_object (before);
  for (guint i = 1; i < info->n_columns; i++)
    add_json_value (before, info->names[i], info->columns[i], &g_array_index (old, GValue, i - 1));
  zjtx_json_writer_end_object (before);
  before_text = zjtx_json_writer_finish (before, NULL);
  if (!zjtx_store_audit (self, info->table, id, "delete", before_text, NULL, error))
    {
      zjtx_store_rollback (self);
      return FALSE;
    }
  if (!zjtx_store_commit (self, error))
    return FALSE;

  zjtx_record_set_id (record, 0);
  return TRUE;
}

static ZjtxRecord *
record_from_row (GType         type,
                 sqlite3_stmt *stmt,
                 ClassInfo    *info)
{
  ZjtxRecord *record = g_object_new (type, NULL);

  g_object_freeze_notify (G_OBJECT (record));
  for (guint i = 0; i < info->n_columns; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      read_value (stmt, i, info->columns[i], &value);
      g_object_set_property (G_OBJECT (record), info->columns[i]->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (record));
  return record;
}

static int
column_index (ClassInfo  *info,
              const char *column)
{
  for (guint i = 0; i < info->n_columns; i++)
    if (g_str_equal (info->names[i], column))
      return i;
  return -1;
}

GPtrArray *
zjtx_store_list (ZjtxStore    *self,
                 GType         type,
                 const char   *column,
                 const GValue *value,
                 const char   *order_column,
                 GError      **error)
{
  ClassInfo *info;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt = NULL;
  int where = -1;
  int rc;

  g_return_val_if_fail (g_type_is_a (type, ZJTX_TYPE_RECORD), NULL);

  info = class_info (self, type);
  /* Only a column of the class may name the filter or the order: they are
   * spliced into the SQL. */
  if (column != NULL)
    {
      where = column_index (info, column);
      g_return_val_if_fail (where >= 0, NULL);
    }
  g_return_val_if_fail (order_column == NULL || column_index (info, order_column) >= 0, NULL);

  g_string_append_printf (sql, "SELECT %s FROM %s", info->all_names, info->table);
  if (column)
    g_string_append_printf (sql, " WHERE %s = ?", column);
  if (order_column)
    g_string_append_printf (sql, " ORDER BY %s, id", order_column);
  else
    g_string_append (sql, " ORDER BY id");

  rc = prepare_cached (self, sql->str, &stmt);
  if (rc == SQLITE_OK && where >= 0)
    {
      g_auto(GValue) converted = G_VALUE_INIT;

      g_value_init (&converted, G_PARAM_SPEC_VALUE_TYPE (info->columns[where]));
      g_value_transform (value, &converted);
      bind_value (stmt, 1, info->columns[where], &converted);
    }
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (records, record_from_row (type, stmt, info));
      rc = SQLITE_OK;
    }
  release (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (self, rc, _("reading"), error);
      return NULL;
    }
  return g_steal_pointer (&records);
}

gpointer
zjtx_store_load (ZjtxStore   *self,
                 GType        type,
                 gint64       id,
                 GError     **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) records = NULL;

  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, id);
  records = zjtx_store_list (self, type, "id", &value, NULL, error);
  if (records == NULL)
    return NULL;
  if (records->len == 0)
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_NOT_FOUND,
                   _("no record %s in %s (was it deleted meanwhile?)"), id_text, class_info (self, type)->table);
      return NULL;
    }
  return g_object_ref (g_ptr_array_index (records, 0));
}

gint64
zjtx_store_count (ZjtxStore   *self,
                  GType        type,
                  GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", class_info (self, type)->table);
  gint64 n = -1;

  if (!query_int (self, sql, &n, error))
    return -1;
  return n;
}

/* Policies */

ZjtxPolicySet *
zjtx_store_load_policies (ZjtxStore  *self,
                          GError    **error)
{
  g_autoptr(ZjtxPolicySet) set = zjtx_policy_set_new ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (self->db, "SELECT policy_key, document FROM policy ORDER BY window_start", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(ZjtxPolicy) policy = NULL;
      g_autoptr(GError) local_error = NULL;

      policy = zjtx_policy_new_from_data ((const char *) sqlite3_column_text (stmt, 1), -1, &local_error);
      if (policy == NULL || !zjtx_policy_set_add (set, policy, &local_error))
        {
          g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_CORRUPT,
                       _("the stored policy “%s” cannot be read: %s"),
                       (const char *) sqlite3_column_text (stmt, 0), local_error->message);
          sqlite3_finalize (stmt);
          return NULL;
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (self, rc, _("reading the policies"), error);
      return NULL;
    }
  return g_steal_pointer (&set);
}

gboolean
zjtx_store_add_policy (ZjtxStore   *self,
                       ZjtxPolicy  *policy,
                       GError     **error)
{
  g_autoptr(ZjtxPolicySet) stored = NULL;
  g_autoptr(JsonNode) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *added = now_iso ();
  const char * const columns[] = { "policy_key", "doc_number", "window_start", "window_end", "document", "added", NULL };

  if (!zjtx_store_begin (self, error))
    return FALSE;

  /* The set refuses an overlapping window or a duplicate id. */
  stored = zjtx_store_load_policies (self, error);
  if (stored == NULL || !zjtx_policy_set_add (stored, policy, error))
    {
      zjtx_store_rollback (self);
      return FALSE;
    }

  document = zjtx_policy_to_json (policy);
  text = json_to_string (document, TRUE);
  start = zjtx_date_format_iso (policy->window_start);
  end = zjtx_date_format_iso (policy->window_end);
  {
    const char * const values[] = { policy->id, policy->doc_number, start, end, text, added };

    if (!insert_simple (self, "policy", columns, values, error))
      {
        zjtx_store_rollback (self);
        return FALSE;
      }
  }
  return zjtx_store_commit (self, error);
}

/* Facts */

static gboolean
column_date (sqlite3_stmt  *stmt,
             int            column,
             ZjtxDate      *out,
             const char    *what,
             gint64         id,
             GError       **error)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  g_autoptr(GError) local_error = NULL;

  *out = ZJTX_DATE_NONE;
  if (text == NULL || text[0] == '\0')
    return TRUE;
  if (!zjtx_date_parse (text, out, &local_error))
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
      /* Only possible if the file was edited outside zjtx. */
      g_set_error (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_CORRUPT,
                   _("%s %s: %s"), what, id_text, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* A cursor over rows ordered by enterprise id, merged with the enterprises. */
typedef struct {
  sqlite3_stmt *stmt;
  int           rc;
} Cursor;

static void
cursor_next (Cursor *c)
{
  c->rc = sqlite3_step (c->stmt);
}

static gboolean
cursor_at (Cursor *c,
           gint64  enterprise_id)
{
  /* Rows of owners left out of the facts (build_park_facts) are passed over. */
  while (c->rc == SQLITE_ROW && sqlite3_column_int64 (c->stmt, 0) < enterprise_id)
    cursor_next (c);
  return c->rc == SQLITE_ROW && sqlite3_column_int64 (c->stmt, 0) == enterprise_id;
}

static gboolean
prepare (ZjtxStore     *self,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, stmt, NULL);

  if (rc != SQLITE_OK)
    return zjtx_store_set_sqlite_error (self, rc, _("reading the facts"), error);
  return TRUE;
}

/* The enterprises and institutions whose facts are read, as a WHERE
 * clause on either table: all, or those in a park. The rows hanging off
 * them (recognitions, loans …) are read whole, in order, and those of
 * owners not read passed over: a scan in index order costs less than
 * looking a quarter of them up. */
#define ALL_SQL ""
#define IN_PARK_SQL "WHERE park_id IS NOT NULL"

/* What zjtx_store_build_facts () and zjtx_store_build_park_facts () share:
 * @subset is ALL_SQL or IN_PARK_SQL, applied to enterprises and
 * institutions alike. */
static ZjtxFacts *
build_facts (ZjtxStore   *self,
             ZjtxDate     as_of,
             const char  *subset,
             GError     **error)
{
  g_autoptr(ZjtxFacts) facts = zjtx_facts_new ();
  sqlite3_stmt *parks = NULL, *enterprises = NULL, *institutions = NULL;
  Cursor claims = { NULL, SQLITE_DONE };
  Cursor recognitions = { NULL, SQLITE_DONE };
  Cursor loans = { NULL, SQLITE_DONE };
  Cursor rents = { NULL, SQLITE_DONE };
  g_autofree char *enterprise_sql = NULL, *institution_sql = NULL;
  int year = 0, month, day;
  gboolean ok = FALSE;
  int rc;

  zjtx_date_to_ymd (as_of, &year, &month, &day);
  zjtx_facts_set_as_of (facts, as_of);

  enterprise_sql = g_strdup_printf ("SELECT e.id, e.name, e.uscc, e.park_id, e.park_entry_date, e.first_year_kwh, "
                                    "       e.support_choice, e.support_choice_reason, "
                                    "       (SELECT m.output FROM monitoring_record m "
                                    "         WHERE m.enterprise_id = e.id AND length (m.period) = 4 AND m.period <= ?1 "
                                    "           AND m.output IS NOT NULL ORDER BY m.period DESC LIMIT 1) "
                                    "FROM enterprise e %s ORDER BY e.id", subset);
  institution_sql = g_strdup_printf ("SELECT id, name, park_id FROM institution %s ORDER BY id", subset);

  /* One read transaction: a consistent picture even while another process writes. */
  if (!exec (self, "SAVEPOINT facts", error))
    return NULL;

  if (!prepare (self, "SELECT id, name, contiguous, demonstration FROM park ORDER BY id", &parks, error) ||
      !prepare (self, enterprise_sql, &enterprises, error) ||
      !prepare (self, "SELECT enterprise_id, tier, date, review FROM recognition ORDER BY enterprise_id, id",
                &recognitions.stmt, error) ||
      !prepare (self, "SELECT enterprise_id, principal, term_months FROM housing_loan ORDER BY enterprise_id, id",
                &loans.stmt, error) ||
      !prepare (self, "SELECT enterprise_id, monthly, months FROM rent ORDER BY enterprise_id, id",
                &rents.stmt, error) ||
      !prepare (self, institution_sql, &institutions, error) ||
      !prepare (self, "SELECT institution_id, service_fees, rate, date, id FROM service_claim "
                      "ORDER BY institution_id, id", &claims.stmt, error))
    goto out;

  while ((rc = sqlite3_step (parks)) == SQLITE_ROW)
    {
      g_autofree char *id = g_strdup_printf ("P%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (parks, 0));

      if (!zjtx_facts_add_park (facts, id, (const char *) sqlite3_column_text (parks, 1),
                                sqlite3_column_int (parks, 2), sqlite3_column_int (parks, 3), error))
        goto out;
    }
  if (rc != SQLITE_DONE)
    goto sql_error;

  {
    g_autofree char *year_text = g_strdup_printf ("%04d", year);
    sqlite3_bind_text (enterprises, 1, year_text, -1, SQLITE_TRANSIENT);
  }
  cursor_next (&recognitions);
  cursor_next (&loans);
  cursor_next (&rents);

  while ((rc = sqlite3_step (enterprises)) == SQLITE_ROW)
    {
      gint64 eid = sqlite3_column_int64 (enterprises, 0);
      g_autofree char *id = g_strdup_printf ("E%" G_GINT64_FORMAT, eid);
      g_autofree char *park = NULL;
      const char *choice = (const char *) sqlite3_column_text (enterprises, 6);
      ZjtxDate entry;

      if (sqlite3_column_type (enterprises, 3) != SQLITE_NULL)
        park = g_strdup_printf ("P%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (enterprises, 3));
      if (!column_date (enterprises, 4, &entry, _("Enterprise"), eid, error))
        goto out;

      if (zjtx_facts_add_enterprise (facts, id, (const char *) sqlite3_column_text (enterprises, 1),
                                     (const char *) sqlite3_column_text (enterprises, 2), park, entry,
                                     sqlite3_column_int64 (enterprises, 8),
                                     sqlite3_column_type (enterprises, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64 (enterprises, 5),
                                     error) == NULL)
        goto out;
      if (g_strcmp0 (choice, "loan_interest_subsidy") == 0)
        zjtx_facts_set_support_choice (facts, ZJTX_SUPPORT_CHOICE_LOAN, (const char *) sqlite3_column_text (enterprises, 7));
      else if (g_strcmp0 (choice, "rent_subsidy") == 0)
        zjtx_facts_set_support_choice (facts, ZJTX_SUPPORT_CHOICE_RENT, (const char *) sqlite3_column_text (enterprises, 7));

      /* Rows of enterprises that no longer exist cannot be: ON DELETE CASCADE. */
      for (; cursor_at (&recognitions, eid); cursor_next (&recognitions))
        {
          ZjtxTier tier = ZJTX_TIER_NONE;
          ZjtxDate date;

          zjtx_tier_from_id ((const char *) sqlite3_column_text (recognitions.stmt, 1), &tier);
          if (!column_date (recognitions.stmt, 2, &date, _("Recognition"), eid, error))
            goto out;
          zjtx_facts_add_recognition (facts, tier, date, sqlite3_column_int (recognitions.stmt, 3));
        }
      for (; cursor_at (&loans, eid); cursor_next (&loans))
        zjtx_facts_add_loan (facts, sqlite3_column_int64 (loans.stmt, 1), sqlite3_column_int (loans.stmt, 2));
      for (; cursor_at (&rents, eid); cursor_next (&rents))
        zjtx_facts_add_rent (facts, sqlite3_column_int64 (rents.stmt, 1), sqlite3_column_int (rents.stmt, 2));
    }
  if (rc != SQLITE_DONE || recognitions.rc == SQLITE_ERROR || loans.rc == SQLITE_ERROR || rents.rc == SQLITE_ERROR)
    goto sql_error;

  cursor_next (&claims);
  while ((rc = sqlite3_step (institutions)) == SQLITE_ROW)
    {
      gint64 sid = sqlite3_column_int64 (institutions, 0);
      g_autofree char *id = g_strdup_printf ("S%" G_GINT64_FORMAT, sid);
      g_autofree char *park = NULL;

      if (sqlite3_column_type (institutions, 2) != SQLITE_NULL)
        park = g_strdup_printf ("P%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (institutions, 2));
      if (!zjtx_facts_add_institution (facts, id, (const char *) sqlite3_column_text (institutions, 1), park, error))
        goto out;
      for (; cursor_at (&claims, sid); cursor_next (&claims))
        {
          ZjtxDate date;

          if (!column_date (claims.stmt, 3, &date, _("Service claim"), sqlite3_column_int64 (claims.stmt, 4), error))
            goto out;
          zjtx_facts_add_service_claim (facts, sqlite3_column_int64 (claims.stmt, 1),
                                        sqlite3_column_type (claims.stmt, 2) == SQLITE_NULL
                                          ? -1 : sqlite3_column_int64 (claims.stmt, 2),
                                        date);
        }
    }
  if (rc != SQLITE_DONE || claims.rc == SQLITE_ERROR)
    goto sql_error;

  zjtx_facts_seal (facts);
  ok = TRUE;
  goto out;

sql_error:
  zjtx_store_set_sqlite_error (self, rc, _("reading the facts"), error);
out:
  sqlite3_finalize (parks);
  sqlite3_finalize (enterprises);
  sqlite3_finalize (recognitions.stmt);
  sqlite3_finalize (loans.stmt);
  sqlite3_finalize (rents.stmt);
  sqlite3_finalize (institutions);
  sqlite3_finalize (claims.stmt);
  sqlite3_exec (self->db, "RELEASE facts", NULL, NULL, NULL);
  return ok ? g_steal_pointer (&facts) : NULL;
}

ZjtxFacts *
zjtx_store_build_facts (ZjtxStore  *self,
                        ZjtxDate    as_of,
                        GError    **error)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), NULL);

  return build_facts (self, as_of, ALL_SQL, error);
}

ZjtxFacts *
zjtx_store_build_park_facts (ZjtxStore  *self,
                             ZjtxDate    as_of,
                             GError    **error)
{
  g_return_val_if_fail (ZJTX_IS_STORE (self), NULL);

  return build_facts (self, as_of, IN_PARK_SQL, error);
}
