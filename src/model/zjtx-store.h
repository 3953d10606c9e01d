/* zjtx-store.h: the one owner of the database
 *
 * Every read and write of the SQLite file goes through ZjtxStore: WAL,
 * foreign keys, a busy timeout, migrations each in one transaction after a
 * backup, and an audit row for every change in the same transaction.
 */
#pragma once

#include <glib-object.h>

#include "core/zjtx-facts.h"
#include "core/zjtx-policy.h"
#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_STORE_ERROR (zjtx_store_error_quark ())

typedef enum {
  ZJTX_STORE_ERROR_NOT_DATABASE,  /* the file is not a SQLite database */
  ZJTX_STORE_ERROR_CORRUPT,       /* it is, but damaged */
  ZJTX_STORE_ERROR_NEWER_VERSION, /* written by a newer zjtx */
  ZJTX_STORE_ERROR_LOCKED,        /* another program holds it too long */
  ZJTX_STORE_ERROR_IO,            /* cannot open, read or write the file */
  ZJTX_STORE_ERROR_CONSTRAINT,    /* a duplicate USCC, an unknown township … */
  ZJTX_STORE_ERROR_NOT_FOUND,
  ZJTX_STORE_ERROR_FAILED,
} ZjtxStoreError;

GQuark zjtx_store_error_quark (void);

/* The schema version this build writes (PRAGMA user_version). */
#define ZJTX_STORE_SCHEMA_VERSION 4
/* Backups kept in the backups folder. */
#define ZJTX_STORE_BACKUPS_KEPT 30

#define ZJTX_TYPE_STORE (zjtx_store_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxStore, zjtx_store, ZJTX, STORE, GObject)

/* $XDG_DATA_HOME/zjtx/zjtx.db */
char          *zjtx_store_get_default_path  (void);

/* Opens @path, creating it (and its folder) if missing, migrating it if old.
 * A file that is not a database, is corrupt, comes from a newer zjtx or is
 * locked gives an error and is left exactly as it was. */
ZjtxStore     *zjtx_store_open              (const char  *path,
                                             GError     **error);
const char    *zjtx_store_get_path          (ZjtxStore   *self);
/* Why the day's backup (made when the database is first opened on a day)
 * could not be made, or NULL; opening does not fail for it. */
const GError  *zjtx_store_get_backup_error  (ZjtxStore   *self);
/* The folder backups go to: "backups" beside the database. */
char          *zjtx_store_get_backup_dir    (ZjtxStore   *self);

/* Who the audit log names as making the changes (default: the login name). */
void           zjtx_store_set_actor         (ZjtxStore   *self,
                                             const char  *actor);
const char    *zjtx_store_get_actor         (ZjtxStore   *self);

/* The day validation takes as today (a support record's date must not be
 * after it): the local date unless set; ZJTX_DATE_NONE goes back to it.
 * Tests set it so that their dates stay in the past. */
void           zjtx_store_set_today         (ZjtxStore   *self,
                                             ZjtxDate     today);
ZjtxDate       zjtx_store_get_today         (ZjtxStore   *self);

/* Copies the live database to @dest with SQLite's online backup API. */
gboolean       zjtx_store_backup_to         (ZjtxStore   *self,
                                             const char  *dest,
                                             GError     **error);
/* A timestamped backup in the backups folder, keeping the newest
 * ZJTX_STORE_BACKUPS_KEPT. Returns the new file's path. */
char          *zjtx_store_backup_now        (ZjtxStore   *self,
                                             GError     **error);

/* Transactions nest: only the outermost begins and commits; a rollback at
 * any level makes the outermost commit roll back and fail. */
gboolean       zjtx_store_begin             (ZjtxStore   *self,
                                             GError     **error);
gboolean       zjtx_store_commit            (ZjtxStore   *self,
                                             GError     **error);
void           zjtx_store_rollback          (ZjtxStore   *self);

/* What save would refuse of the record itself (its fields, and references
 * to rows that do not exist), checked without writing. */
gboolean       zjtx_store_check             (ZjtxStore   *self,
                                             ZjtxRecord  *record,
                                             GError     **error);
/* Validates and inserts (id 0) or updates the record, with its audit row,
 * in one transaction. On success the record's id is set. */
gboolean       zjtx_store_save              (ZjtxStore   *self,
                                             ZjtxRecord  *record,
                                             GError     **error);
gboolean       zjtx_store_delete            (ZjtxStore   *self,
                                             ZjtxRecord  *record,
                                             GError     **error);
/* A new record of @type loaded by id, or NULL with ZJTX_STORE_ERROR_NOT_FOUND. */
gpointer       zjtx_store_load              (ZjtxStore   *self,
                                             GType        type,
                                             gint64       id,
                                             GError     **error);
/* Records of @type, all (@column NULL) or those whose @column equals
 * @value, ordered by @order_column then id. */
GPtrArray     *zjtx_store_list              (ZjtxStore   *self,
                                             GType        type,
                                             const char  *column,
                                             const GValue *value,
                                             const char  *order_column,
                                             GError     **error);
/* Number of rows of @type's table. */
gint64         zjtx_store_count             (ZjtxStore   *self,
                                             GType        type,
                                             GError     **error);

/* The policies stored in the database (copied from the built-in ones on creation). */
ZjtxPolicySet *zjtx_store_load_policies     (ZjtxStore   *self,
                                             GError     **error);
/* Adds a policy version; fails if its window overlaps a stored one. */
gboolean       zjtx_store_add_policy        (ZjtxStore   *self,
                                             ZjtxPolicy  *policy,
                                             GError     **error);

/* The core's facts for everything stored. Ids are "E<id>" for enterprises,
 * "P<id>" for parks and "S<id>" for service institutions (with their claims). An enterprise's output
 * value is that of its latest yearly monitoring record not after @as_of's year. */
ZjtxFacts     *zjtx_store_build_facts       (ZjtxStore   *self,
                                             ZjtxDate     as_of,
                                             GError     **error);
/* The same facts for the parks and only what is in them: every park, the
 * enterprises and institutions with a park (whatever their entry date) and
 * their rows. Enough for the park verdicts and park support, at half the
 * cost where a quarter of the enterprises are in parks (the demo county). */
ZjtxFacts     *zjtx_store_build_park_facts  (ZjtxStore   *self,
                                             ZjtxDate     as_of,
                                             GError     **error);

/* For the rest of the model (import, lists): the connection. */
gpointer       zjtx_store_get_db            (ZjtxStore   *self);
/* Turns the connection's last error into a GError of this domain. */
gboolean       zjtx_store_set_sqlite_error  (ZjtxStore   *self,
                                             int          rc,
                                             const char  *doing,
                                             GError     **error);
/* Appends an audit row for a change (JSON objects of the changed columns). */
gboolean       zjtx_store_audit             (ZjtxStore   *self,
                                             const char  *entity,
                                             gint64       entity_id,
                                             const char  *action,
                                             const char  *old_values,
                                             const char  *new_values,
                                             GError     **error);

G_END_DECLS
