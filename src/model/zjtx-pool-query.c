/* zjtx-pool-query.c: enterprises of the pool by filter, as SQL */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-pool-query.h"
#include "zjtx-tier-sql.h"

struct _ZjtxPoolQuery {
  ZjtxDate  as_of;
  gboolean  filter_tier;
  ZjtxTier  tier;
  char     *township;
  char     *park;
  char     *industry;
  char     *search;
  gboolean  key_target;
  gboolean  recommended;
  gboolean  no_commissioner;
  ZjtxDate  expiring_by;     /* ZJTX_DATE_NONE: no such filter */
  ZjtxTier  first_tier;      /* first recognised as this tier … */
  int       first_year;      /* … in this year (on or before as_of); 0: no such filter */
  ZjtxPoolSort sort;
  gboolean  descending;
  int       validity;        /* years a recognition lasts; 0 until looked up */

  /* The ids matching every filter but the search, in order, kept while
   * only the search text changes (typing): sorting 100,000 rows again
   * for each key pressed costs more than the search itself. */
  GArray   *base_ids;
  char     *base_key;        /* the SQL and arguments they came from */
  sqlite3_int64 base_changes; /* sqlite3_total_changes64 () then */
  int       base_data_version; /* PRAGMA data_version then (other connections) */
};

void
zjtx_pool_row_free (ZjtxPoolRow *row)
{
  if (row == NULL)
    return;
  g_free (row->name);
  g_free (row->uscc);
  g_free (row->township);
  g_free (row->industry);
  g_free (row->park);
  g_free (row->commissioner);
  g_free (row);
}

ZjtxPoolQuery *
zjtx_pool_query_new (ZjtxDate as_of)
{
  ZjtxPoolQuery *self = g_new0 (ZjtxPoolQuery, 1);

  self->as_of = as_of;
  self->expiring_by = ZJTX_DATE_NONE;
  return self;
}

void
zjtx_pool_query_set_as_of (ZjtxPoolQuery *self,
                           ZjtxDate       as_of)
{
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  /* The policy nearest the new date may give recognitions another life. */
  self->validity = 0;
}

ZjtxDate
zjtx_pool_query_get_as_of (ZjtxPoolQuery *self)
{
  return self->as_of;
}

void
zjtx_pool_query_free (ZjtxPoolQuery *self)
{
  if (self == NULL)
    return;
  g_free (self->township);
  g_free (self->park);
  g_free (self->industry);
  g_free (self->search);
  g_clear_pointer (&self->base_ids, g_array_unref);
  g_free (self->base_key);
  g_free (self);
}

void
zjtx_pool_query_set_tier (ZjtxPoolQuery *self,
                          ZjtxTier       tier)
{
  self->filter_tier = TRUE;
  self->tier = tier;
}

void
zjtx_pool_query_clear_tier (ZjtxPoolQuery *self)
{
  self->filter_tier = FALSE;
  self->tier = ZJTX_TIER_NONE;
}

void
zjtx_pool_query_set_sort (ZjtxPoolQuery *self,
                          ZjtxPoolSort   sort,
                          gboolean       descending)
{
  g_return_if_fail (sort <= ZJTX_POOL_SORT_COMMISSIONER);

  self->sort = sort;
  self->descending = !!descending;
}

static void
replace (char       **field,
         const char  *value)
{
  g_free (*field);
  *field = value && *value ? g_strdup (value) : NULL;
}

void
zjtx_pool_query_set_township (ZjtxPoolQuery *self,
                              const char    *township)
{
  replace (&self->township, township);
}

void
zjtx_pool_query_set_park (ZjtxPoolQuery *self,
                          const char    *park)
{
  replace (&self->park, park);
}

void
zjtx_pool_query_set_industry (ZjtxPoolQuery *self,
                              const char    *industry)
{
  replace (&self->industry, industry);
}

void
zjtx_pool_query_set_search (ZjtxPoolQuery *self,
                            const char    *text)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text ? text : ""));
  replace (&self->search, trimmed);
}

void
zjtx_pool_query_set_key_target (ZjtxPoolQuery *self,
                                gboolean       only)
{
  self->key_target = only;
}

void
zjtx_pool_query_set_recommended (ZjtxPoolQuery *self,
                                 gboolean       only)
{
  self->recommended = only;
}

void
zjtx_pool_query_set_no_commissioner (ZjtxPoolQuery *self,
                                     gboolean       only)
{
  self->no_commissioner = only;
}

void
zjtx_pool_query_set_first_recognised (ZjtxPoolQuery *self,
                                      ZjtxTier       tier,
                                      int            year)
{
  self->first_tier = tier;
  self->first_year = year;
}

void
zjtx_pool_query_set_expiring_by (ZjtxPoolQuery *self,
                                 ZjtxDate       date)
{
  self->expiring_by = date;
}

/* The highest tier held on the date parameter D with ?2 (validity years),
 * 0–3 (zjtx-tier-sql.h, shared with the dashboards). */
#define TIER_AT_SQL(D) ZJTX_TIER_AT_SQL ("e", D, "?2")
#define TIER_SQL TIER_AT_SQL ("?1")

static char *
like_pattern (const char *text)
{
  GString *p = g_string_new ("%");

  for (const char *c = text; *c; c++)
    {
      if (*c == '%' || *c == '_' || *c == '\\')
        g_string_append_c (p, '\\');
      g_string_append_c (p, *c);
    }
  g_string_append_c (p, '%');
  return g_string_free (p, FALSE);
}

static char *
fts_phrase (const char *text)
{
  GString *p = g_string_new ("\"");

  for (const char *c = text; *c; c++)
    {
      if (*c == '"')
        g_string_append_c (p, '"');
      g_string_append_c (p, *c);
    }
  g_string_append_c (p, '"');
  return g_string_free (p, FALSE);
}

/* The validity of recognitions under the policy nearest the query's date,
 * looked up once per query: the policies are JSON, too slow to parse for
 * every page of a list. */
static gboolean
ensure_validity (ZjtxPoolQuery  *self,
                 ZjtxStore      *store,
                 GError        **error)
{
  g_autoptr(ZjtxPolicySet) policies = NULL;
  ZjtxPolicy *policy;

  if (self->validity > 0)
    return TRUE;

  policies = zjtx_store_load_policies (store, error);
  if (policies == NULL)
    return FALSE;
  policy = zjtx_policy_set_nearest (policies, self->as_of);
  if (policy == NULL)
    {
      /* How long a recognition lasts is the policy's to say, not ours. */
      g_set_error_literal (error, ZJTX_STORE_ERROR, ZJTX_STORE_ERROR_FAILED,
                           _("no policy is stored, so the tiers held cannot be judged"));
      return FALSE;
    }
  self->validity = policy->recognition_validity_years;
  return TRUE;
}

/* The ids of the enterprises whose name, USCC or products contain the
 * search text, in id order, with ?7 set to *search_arg. Three characters
 * or more: the FTS5 trigram index. Fewer, which trigram cannot match: a
 * scan, with instr () for Chinese (no case to fold, and twice as fast as
 * LIKE) and LIKE for Latin letters and digits (a USCC typed in lower case). */
static const char *
search_sql (ZjtxPoolQuery  *self,
            char          **search_arg)
{
  gboolean ascii = TRUE;

  if (g_utf8_strlen (self->search, -1) >= 3)
    {
      *search_arg = fts_phrase (self->search);
      return "SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ?7 ORDER BY rowid";
    }
  for (const char *c = self->search; *c; c++)
    if ((guchar) *c >= 0x80)
      ascii = FALSE;
  if (!ascii)
    {
      *search_arg = g_strdup (self->search);
      return "SELECT id FROM enterprise WHERE instr (name, ?7) OR instr (uscc, ?7) OR instr (products, ?7) "
             "ORDER BY id";
    }
  *search_arg = like_pattern (self->search);
  return "SELECT id FROM enterprise WHERE name LIKE ?7 ESCAPE '\\' OR uscc LIKE ?7 ESCAPE '\\' "
         "OR products LIKE ?7 ESCAPE '\\' ORDER BY id";
}

/* The WHERE clause of the filters. Parameters: ?1 date, ?2 validity,
 * ?3 tier, ?4 township, ?5 park, ?6 industry, ?7 search, ?8 expiring by,
 * ?9 first-recognition tier, ?10 and ?11 the first and last day of its
 * year (not after the date); unused ones are bound but not referenced. */
static char *
build_where (ZjtxPoolQuery  *self,
             char          **search_arg)
{
  GString *where = g_string_new ("1");

  *search_arg = NULL;
  if (self->filter_tier)
    g_string_append (where, " AND " TIER_SQL " = ?3");
  if (self->township)
    g_string_append (where, " AND e.township = ?4");
  if (self->park)
    g_string_append (where, " AND p.name = ?5");
  if (self->industry)
    g_string_append (where, " AND e.industry = ?6");
  if (self->search)
    {
      g_autofree char *sub = g_strdup (search_sql (self, search_arg));

      g_string_append_printf (where, " AND e.id IN (%s)", sub);
    }
  if (self->key_target)
    g_string_append (where, " AND e.key_target");
  if (self->recommended)
    g_string_append (where, " AND e.recommended");
  if (self->no_commissioner)
    g_string_append (where, " AND e.commissioner_id IS NULL");
  if (self->expiring_by != ZJTX_DATE_NONE)
    g_string_append (where, " AND " ZJTX_EXPIRING_SQL ("e", "?1", "?2", "?8"));
  /* The earliest recognition of the tier that is not a re-review: what
   * the targets count as cultivated, and the dashboards by year. */
  if (self->first_year != 0)
    g_string_append (where, " AND (SELECT min (r.date) FROM recognition r WHERE r.enterprise_id = e.id"
                            " AND r.tier = ?9 AND NOT r.review) BETWEEN ?10 AND ?11");

  return g_string_free (where, FALSE);
}

static void
bind_filters (ZjtxPoolQuery *self,
              sqlite3_stmt  *stmt,
              const char    *search_arg)
{
  g_autofree char *as_of = zjtx_date_format_iso (self->as_of);
  g_autofree char *expiring_by = zjtx_date_format_iso (self->expiring_by);

  sqlite3_bind_text (stmt, 1, as_of, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, expiring_by, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, self->validity);
  sqlite3_bind_int (stmt, 3, self->tier);
  sqlite3_bind_text (stmt, 4, self->township, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, self->park, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, self->industry, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, search_arg, -1, SQLITE_TRANSIENT);
  if (self->first_year != 0)
    {
      g_autofree char *first_day = g_strdup_printf ("%04d-01-01", self->first_year);
      g_autofree char *last_day = g_strdup_printf ("%04d-12-31", self->first_year);

      sqlite3_bind_text (stmt, 9, zjtx_tier_to_id (self->first_tier), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 10, first_day, -1, SQLITE_TRANSIENT);
      /* ISO dates order as text. */
      sqlite3_bind_text (stmt, 11, strcmp (last_day, as_of) < 0 ? last_day : as_of, -1, SQLITE_TRANSIENT);
    }
}

/* The columns of a ZjtxPoolRow, from e (enterprise), p (park), c (person). */
#define ROW_COLUMNS_SQL \
  "e.id, e.name, e.uscc, e.township, e.industry, p.name, c.name, " TIER_SQL ", e.key_target, e.recommended"
#define ROW_JOINS_SQL \
  "FROM enterprise e LEFT JOIN park p ON p.id = e.park_id LEFT JOIN person c ON c.id = e.commissioner_id "

static ZjtxPoolRow *
read_row (sqlite3_stmt *stmt)
{
  ZjtxPoolRow *row = g_new0 (ZjtxPoolRow, 1);

  row->id = sqlite3_column_int64 (stmt, 0);
  row->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  row->uscc = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  row->township = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  row->industry = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  row->park = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
  row->commissioner = g_strdup ((const char *) sqlite3_column_text (stmt, 6));
  row->tier = sqlite3_column_int (stmt, 7);
  row->key_target = sqlite3_column_int (stmt, 8);
  row->recommended = sqlite3_column_int (stmt, 9);
  return row;
}

static const char *
sort_key_sql (ZjtxPoolSort sort)
{
  switch (sort)
    {
    case ZJTX_POOL_SORT_USCC:
      return "e.uscc";
    case ZJTX_POOL_SORT_TOWNSHIP:
      return "e.township";
    case ZJTX_POOL_SORT_INDUSTRY:
      /* '' is how an unknown industry is stored. */
      return "nullif (e.industry, '')";
    case ZJTX_POOL_SORT_TIER:
      return TIER_SQL;
    case ZJTX_POOL_SORT_PARK:
      return "p.name";
    case ZJTX_POOL_SORT_COMMISSIONER:
      return "c.name";
    case ZJTX_POOL_SORT_NAME:
    default:
      return "e.name";
    }
}

/* Runs @sql (one int64 column) with the filters' arguments into @ids. */
static gboolean
collect_ids (ZjtxPoolQuery  *self,
             ZjtxStore      *store,
             const char     *sql,
             const char     *search_arg,
             GArray         *ids,
             GError        **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    bind_filters (self, stmt, search_arg);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("listing enterprises"), error);
      return FALSE;
    }
  return TRUE;
}

static int
data_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA data_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

GArray *
zjtx_pool_query_run_ids (ZjtxPoolQuery  *self,
                         ZjtxStore      *store,
                         GError        **error)
{
  sqlite3 *db = zjtx_store_get_db (store);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *search = NULL;
  g_autofree char *where = NULL;
  g_autofree char *search_arg = NULL;
  g_autofree char *key = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *expiring_by = NULL;
  const char *sort_key = sort_key_sql (self->sort);
  const char *dir = self->descending ? "DESC" : "ASC";
  const char *match_sql;
  sqlite3_int64 changes;
  int version;

  if (!ensure_validity (self, store, error))
    return NULL;

  /* The order of every filter but the search, then the search as a set
   * of ids: the first is kept while the database and the other filters
   * stay the same, so a key typed in the search entry costs the search. */
  search = g_steal_pointer (&self->search);
  where = build_where (self, &search_arg);
  self->search = g_steal_pointer (&search);
  g_assert (search_arg == NULL);

  /* Name and USCC are never empty, so they keep their index's order;
   * the others send empty values last, both ways. */
  if (self->sort == ZJTX_POOL_SORT_NAME || self->sort == ZJTX_POOL_SORT_USCC)
    g_string_printf (sql, "SELECT e.id " ROW_JOINS_SQL "WHERE %s ORDER BY %s %s, e.id %s",
                     where, sort_key, dir, dir);
  else
    g_string_printf (sql, "SELECT e.id " ROW_JOINS_SQL "WHERE %s ORDER BY (%s) IS NULL, %s %s, e.id %s",
                     where, sort_key, sort_key, dir, dir);

  as_of = zjtx_date_format_iso (self->as_of);
  expiring_by = zjtx_date_format_iso (self->expiring_by);
  key = g_strdup_printf ("%s\x1f%s\x1f%d\x1f%d\x1f%d\x1f%d\x1f%s\x1f%s\x1f%s\x1f%s", sql->str, as_of, self->validity,
                         self->first_tier, self->first_year,
                         self->tier, self->township ? self->township : "", self->park ? self->park : "",
                         self->industry ? self->industry : "", expiring_by ? expiring_by : "");
  changes = sqlite3_total_changes64 (db);
  version = data_version (db);
  if (self->base_ids == NULL || g_strcmp0 (key, self->base_key) != 0 ||
      changes != self->base_changes || version != self->base_data_version)
    {
      g_autoptr(GArray) base = g_array_new (FALSE, FALSE, sizeof (gint64));

      if (!collect_ids (self, store, sql->str, NULL, base, error))
        return NULL;
      g_clear_pointer (&self->base_ids, g_array_unref);
      self->base_ids = g_steal_pointer (&base);
      g_free (self->base_key);
      self->base_key = g_steal_pointer (&key);
      self->base_changes = changes;
      self->base_data_version = version;
    }

  if (self->search == NULL)
    {
      g_array_append_vals (ids, self->base_ids->data, self->base_ids->len);
      return g_steal_pointer (&ids);
    }

  /* The matches in id order, to look the ordered ids up in. */
  matches = g_array_new (FALSE, FALSE, sizeof (gint64));
  match_sql = search_sql (self, &search_arg);
  if (!collect_ids (self, store, match_sql, search_arg, matches, error))
    return NULL;
  for (guint i = 0; i < self->base_ids->len; i++)
    {
      gint64 *id = &g_array_index (self->base_ids, gint64, i);

      if (bsearch (id, matches->data, matches->len, sizeof (gint64), compare_ids) != NULL)
        g_array_append_val (ids, *id);
    }
  return g_steal_pointer (&ids);
}

GPtrArray *
zjtx_pool_query_fetch (ZjtxPoolQuery  *self,
                       ZjtxStore      *store,
                       const gint64   *ids,
                       guint           n_ids,
                       GError        **error)
{
  sqlite3 *db = zjtx_store_get_db (store);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_pool_row_free);
  g_autoptr(GString) sql = g_string_new ("SELECT " ROW_COLUMNS_SQL " " ROW_JOINS_SQL "WHERE e.id IN (");
  g_autofree char *as_of = zjtx_date_format_iso (self->as_of);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (n_ids == 0)
    return g_steal_pointer (&rows);
  if (!ensure_validity (self, store, error))
    return NULL;

  /* Bound, not printed: one ? per id after the date and the validity. */
  for (guint i = 0; i < n_ids; i++)
    g_string_append (sql, i == 0 ? "?" : ",?");
  g_string_append_c (sql, ')');

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, as_of, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, self->validity);
      for (guint i = 0; i < n_ids; i++)
        sqlite3_bind_int64 (stmt, 3 + i, ids[i]);
    }
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (rows, read_row (stmt));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("listing enterprises"), error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

GPtrArray *
zjtx_pool_query_run (ZjtxPoolQuery  *self,
                     ZjtxStore      *store,
                     guint           limit,
                     guint          *total,
                     GError        **error)
{
  sqlite3 *db = zjtx_store_get_db (store);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_pool_row_free);
  g_autofree char *where = NULL;
  g_autofree char *search_arg = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!ensure_validity (self, store, error))
    return NULL;

  where = build_where (self, &search_arg);
  g_string_printf (sql,
                   "SELECT " ROW_COLUMNS_SQL ", count (*) OVER () " ROW_JOINS_SQL
                   "WHERE %s ORDER BY e.name, e.id", where);
  if (limit > 0)
    g_string_append_printf (sql, " LIMIT %u", limit);

  *total = 0;
  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    bind_filters (self, stmt, search_arg);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (rows, read_row (stmt));
      *total = sqlite3_column_int (stmt, 10);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("listing enterprises"), error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}
