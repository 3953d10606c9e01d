/* zjtx-pool-query.c: enterprises of the pool by filter, as SQL */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-pool-query.h"

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
  return self;
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
  g_free (self);
}

void
zjtx_pool_query_set_tier (ZjtxPoolQuery *self,
                          ZjtxTier       tier)
{
  self->filter_tier = TRUE;
  self->tier = tier;
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

/* The highest tier held on ?1 (date) with ?2 (validity years), 0–3; the
 * validity end comes from zjtx_add_years (), the core's own date rule. */
#define TIER_SQL \
  "(SELECT coalesce (max (CASE r.tier WHEN 'national' THEN 3 WHEN 'provincial' THEN 2 ELSE 1 END), 0) " \
  "   FROM recognition r WHERE r.enterprise_id = e.id AND r.date <= ?1 AND ?1 < zjtx_add_years (r.date, ?2))"

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

GPtrArray *
zjtx_pool_query_run (ZjtxPoolQuery  *self,
                     ZjtxStore      *store,
                     guint           limit,
                     guint          *total,
                     GError        **error)
{
  sqlite3 *db = zjtx_store_get_db (store);
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(GString) where = g_string_new ("1");
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_pool_row_free);
  g_autofree char *as_of = zjtx_date_format_iso (self->as_of);
  g_autofree char *search_arg = NULL;
  gboolean by_fts = FALSE;
  ZjtxPolicy *policy;
  int validity = 3;
  sqlite3_stmt *stmt = NULL;
  int rc;

  policies = zjtx_store_load_policies (store, error);
  if (policies == NULL)
    return NULL;
  policy = zjtx_policy_set_nearest (policies, self->as_of);
  if (policy != NULL)
    validity = policy->recognition_validity_years;

  /* Parameters: ?1 date, ?2 validity, ?3 tier, ?4 township, ?5 park,
   * ?6 industry, ?7 search. Unused ones are bound but not referenced. */
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
      by_fts = g_utf8_strlen (self->search, -1) >= 3;
      if (by_fts)
        g_string_append (where, " AND e.id IN (SELECT rowid FROM enterprise_fts WHERE enterprise_fts MATCH ?7)");
      else
        g_string_append (where, " AND (e.name LIKE ?7 ESCAPE '\\' OR e.uscc LIKE ?7 ESCAPE '\\' "
                                "OR e.products LIKE ?7 ESCAPE '\\')");
      search_arg = by_fts ? fts_phrase (self->search) : like_pattern (self->search);
    }
  if (self->key_target)
    g_string_append (where, " AND e.key_target");
  if (self->recommended)
    g_string_append (where, " AND e.recommended");
  if (self->no_commissioner)
    g_string_append (where, " AND e.commissioner_id IS NULL");

  g_string_printf (sql,
                   "SELECT e.id, e.name, e.uscc, e.township, e.industry, p.name, c.name, "
                   "       " TIER_SQL ", e.key_target, e.recommended, count (*) OVER () "
                   "FROM enterprise e LEFT JOIN park p ON p.id = e.park_id "
                   "LEFT JOIN person c ON c.id = e.commissioner_id "
                   "WHERE %s ORDER BY e.name, e.id", where->str);
  if (limit > 0)
    g_string_append_printf (sql, " LIMIT %u", limit);

  *total = 0;
  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, as_of, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 2, validity);
      sqlite3_bind_int (stmt, 3, self->tier);
      sqlite3_bind_text (stmt, 4, self->township, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 5, self->park, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 6, self->industry, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 7, search_arg, -1, SQLITE_TRANSIENT);
    }
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
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
      *total = sqlite3_column_int (stmt, 10);
      g_ptr_array_add (rows, row);
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
