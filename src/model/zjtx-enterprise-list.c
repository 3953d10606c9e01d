/* zjtx-enterprise-list.c: the enterprises of the pool as a paged GListModel */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "zjtx-enterprise-list.h"

/* Rows read with one SELECT: a screenful or two. */
#define PAGE_SIZE 100
/* Rows kept; past this the cache starts again. Views hold their own
 * references to the rows they show, so nothing on screen is lost. */
#define CACHE_MAX 2000

/* ------------------------------------------------------------------ */
/* ZjtxEnterpriseRow                                                   */

struct _ZjtxEnterpriseRow
{
  GObject      parent_instance;
  ZjtxPoolRow *row;
};

G_DEFINE_FINAL_TYPE (ZjtxEnterpriseRow, zjtx_enterprise_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_ID,
  ROW_PROP_NAME,
  ROW_PROP_USCC,
  ROW_PROP_TOWNSHIP,
  ROW_PROP_INDUSTRY,
  ROW_PROP_TIER,
  ROW_PROP_PARK,
  ROW_PROP_COMMISSIONER,
  ROW_PROP_KEY_TARGET,
  ROW_PROP_RECOMMENDED,
  ROW_N_PROPS
};

static GParamSpec *row_properties [ROW_N_PROPS];

/* Takes @row. */
static ZjtxEnterpriseRow *
zjtx_enterprise_row_new (ZjtxPoolRow *row)
{
  ZjtxEnterpriseRow *self = g_object_new (ZJTX_TYPE_ENTERPRISE_ROW, NULL);

  self->row = row;
  return self;
}

gint64
zjtx_enterprise_row_get_id (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), 0);
  return self->row->id;
}

const char *
zjtx_enterprise_row_get_name (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), NULL);
  return self->row->name;
}

const char *
zjtx_enterprise_row_get_uscc (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), NULL);
  return self->row->uscc;
}

const char *
zjtx_enterprise_row_get_township (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), NULL);
  return self->row->township;
}

const char *
zjtx_enterprise_row_get_industry (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), NULL);
  return self->row->industry;
}

ZjtxTier
zjtx_enterprise_row_get_tier (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), ZJTX_TIER_NONE);
  return self->row->tier;
}

const char *
zjtx_enterprise_row_get_park (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), NULL);
  return self->row->park;
}

const char *
zjtx_enterprise_row_get_commissioner (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), NULL);
  return self->row->commissioner;
}

gboolean
zjtx_enterprise_row_get_key_target (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), FALSE);
  return self->row->key_target;
}

gboolean
zjtx_enterprise_row_get_recommended (ZjtxEnterpriseRow *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_ROW (self), FALSE);
  return self->row->recommended;
}

static void
zjtx_enterprise_row_finalize (GObject *object)
{
  ZjtxEnterpriseRow *self = ZJTX_ENTERPRISE_ROW (object);

  g_clear_pointer (&self->row, zjtx_pool_row_free);

  G_OBJECT_CLASS (zjtx_enterprise_row_parent_class)->finalize (object);
}

static void
zjtx_enterprise_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  ZjtxEnterpriseRow *self = ZJTX_ENTERPRISE_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_ID:
      g_value_set_int64 (value, self->row->id);
      break;
    case ROW_PROP_NAME:
      g_value_set_string (value, self->row->name);
      break;
    case ROW_PROP_USCC:
      g_value_set_string (value, self->row->uscc);
      break;
    case ROW_PROP_TOWNSHIP:
      g_value_set_string (value, self->row->township);
      break;
    case ROW_PROP_INDUSTRY:
      g_value_set_string (value, self->row->industry);
      break;
    case ROW_PROP_TIER:
      g_value_set_int (value, self->row->tier);
      break;
    case ROW_PROP_PARK:
      g_value_set_string (value, self->row->park);
      break;
    case ROW_PROP_COMMISSIONER:
      g_value_set_string (value, self->row->commissioner);
      break;
    case ROW_PROP_KEY_TARGET:
      g_value_set_boolean (value, self->row->key_target);
      break;
    case ROW_PROP_RECOMMENDED:
      g_value_set_boolean (value, self->row->recommended);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprise_row_class_init (ZjtxEnterpriseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = zjtx_enterprise_row_finalize;
  object_class->get_property = zjtx_enterprise_row_get_property;

  row_properties [ROW_PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties [ROW_PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  row_properties [ROW_PROP_USCC] = g_param_spec_string ("uscc", NULL, NULL, NULL, flags);
  row_properties [ROW_PROP_TOWNSHIP] = g_param_spec_string ("township", NULL, NULL, NULL, flags);
  row_properties [ROW_PROP_INDUSTRY] = g_param_spec_string ("industry", NULL, NULL, NULL, flags);
  /* A ZjtxTier; an int, as the core has no GType for it. */
  row_properties [ROW_PROP_TIER] = g_param_spec_int ("tier", NULL, NULL,
                                                     ZJTX_TIER_NONE, ZJTX_TIER_NATIONAL, ZJTX_TIER_NONE, flags);
  row_properties [ROW_PROP_PARK] = g_param_spec_string ("park", NULL, NULL, NULL, flags);
  row_properties [ROW_PROP_COMMISSIONER] = g_param_spec_string ("commissioner", NULL, NULL, NULL, flags);
  row_properties [ROW_PROP_KEY_TARGET] = g_param_spec_boolean ("key-target", NULL, NULL, FALSE, flags);
  row_properties [ROW_PROP_RECOMMENDED] = g_param_spec_boolean ("recommended", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
zjtx_enterprise_row_init (ZjtxEnterpriseRow *self)
{
}

/* ------------------------------------------------------------------ */
/* ZjtxEnterpriseList                                                  */

struct _ZjtxEnterpriseList
{
  GObject         parent_instance;

  ZjtxStore      *store;
  ZjtxPoolQuery  *query;
  GArray         *ids;      /* gint64, the matching enterprises in order */
  GHashTable     *cache;    /* id (gint64 *) → ZjtxEnterpriseRow */
  guint           total;
};

static void zjtx_enterprise_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (ZjtxEnterpriseList, zjtx_enterprise_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, zjtx_enterprise_list_model_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_N_ITEMS,
  PROP_TOTAL,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

ZjtxEnterpriseList *
zjtx_enterprise_list_new (ZjtxStore *store,
                          ZjtxDate   as_of)
{
  ZjtxEnterpriseList *self;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);

  self = g_object_new (ZJTX_TYPE_ENTERPRISE_LIST, "store", store, NULL);
  self->query = zjtx_pool_query_new (as_of);
  return self;
}

ZjtxStore *
zjtx_enterprise_list_get_store (ZjtxEnterpriseList *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_LIST (self), NULL);
  return self->store;
}

ZjtxPoolQuery *
zjtx_enterprise_list_get_query (ZjtxEnterpriseList *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_LIST (self), NULL);
  return self->query;
}

guint
zjtx_enterprise_list_get_total (ZjtxEnterpriseList *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_LIST (self), 0);
  return self->total;
}

gint64
zjtx_enterprise_list_get_id (ZjtxEnterpriseList *self,
                             guint               position)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_LIST (self), 0);

  if (position >= self->ids->len)
    return 0;
  return g_array_index (self->ids, gint64, position);
}

static gboolean
count_enterprises (ZjtxEnterpriseList  *self,
                   guint               *total,
                   GError             **error)
{
  sqlite3 *db = zjtx_store_get_db (self->store);
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT count (*) FROM enterprise", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *total = sqlite3_column_int (stmt, 0);
      rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return zjtx_store_set_sqlite_error (self->store, rc, _("counting enterprises"), error);
  return TRUE;
}

gboolean
zjtx_enterprise_list_refresh (ZjtxEnterpriseList  *self,
                              GError             **error)
{
  g_autoptr(GArray) ids = NULL;
  guint old_n, total = 0;

  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_LIST (self), FALSE);

  ids = zjtx_pool_query_run_ids (self->query, self->store, error);
  if (ids == NULL || !count_enterprises (self, &total, error))
    return FALSE;

  old_n = self->ids->len;
  g_clear_pointer (&self->ids, g_array_unref);
  self->ids = g_steal_pointer (&ids);
  self->total = total;
  /* The rows may have changed since they were read. */
  g_hash_table_remove_all (self->cache);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->ids->len);
  if (old_n != self->ids->len)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_ITEMS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TOTAL]);

  return TRUE;
}

/* Reads the page around @position (those of its rows not cached yet). */
static void
fetch_page (ZjtxEnterpriseList *self,
            guint               position)
{
  g_autoptr(GArray) missing = g_array_sized_new (FALSE, FALSE, sizeof (gint64), PAGE_SIZE);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  guint start = position - position % PAGE_SIZE;
  guint end = MIN (start + PAGE_SIZE, self->ids->len);

  if (g_hash_table_size (self->cache) + PAGE_SIZE > CACHE_MAX)
    g_hash_table_remove_all (self->cache);

  for (guint i = start; i < end; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, i);

      if (!g_hash_table_contains (self->cache, &id))
        g_array_append_val (missing, id);
    }

  rows = zjtx_pool_query_fetch (self->query, self->store,
                                (const gint64 *) (gpointer) missing->data, missing->len, &error);
  if (rows == NULL)
    {
      g_warning ("Could not read enterprises: %s", error->message);
      return;
    }

  /* The rows move into the items, which free them. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxEnterpriseRow *item = zjtx_enterprise_row_new (g_ptr_array_index (rows, i));

      g_hash_table_insert (self->cache, &item->row->id, item);
    }
}

static GType
zjtx_enterprise_list_get_item_type (GListModel *model)
{
  return ZJTX_TYPE_ENTERPRISE_ROW;
}

static guint
zjtx_enterprise_list_get_n_items (GListModel *model)
{
  return ZJTX_ENTERPRISE_LIST (model)->ids->len;
}

static gpointer
zjtx_enterprise_list_get_item (GListModel *model,
                               guint       position)
{
  ZjtxEnterpriseList *self = ZJTX_ENTERPRISE_LIST (model);
  ZjtxEnterpriseRow *item;
  gint64 id;

  if (position >= self->ids->len)
    return NULL;

  id = g_array_index (self->ids, gint64, position);
  item = g_hash_table_lookup (self->cache, &id);
  if (item == NULL)
    {
      fetch_page (self, position);
      item = g_hash_table_lookup (self->cache, &id);
    }

  /* Deleted since the refresh, or unreadable: a GListModel may not answer
   * NULL inside its range, so an empty row stands in until the next refresh. */
  if (item == NULL)
    {
      ZjtxPoolRow *row = g_new0 (ZjtxPoolRow, 1);

      row->id = id;
      return zjtx_enterprise_row_new (row);
    }

  return g_object_ref (item);
}

static void
zjtx_enterprise_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = zjtx_enterprise_list_get_item_type;
  iface->get_n_items = zjtx_enterprise_list_get_n_items;
  iface->get_item = zjtx_enterprise_list_get_item;
}

static GStrv
list_strings (ZjtxEnterpriseList  *self,
              const char          *sql,
              GError             **error)
{
  sqlite3 *db = zjtx_store_get_db (self->store);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_LIST (self), NULL);

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (self->store, rc, _("listing filter choices"), error);
      return NULL;
    }
  return g_strv_builder_end (builder);
}

GStrv
zjtx_enterprise_list_list_townships (ZjtxEnterpriseList  *self,
                                     GError             **error)
{
  return list_strings (self, "SELECT name FROM township ORDER BY position, name", error);
}

GStrv
zjtx_enterprise_list_list_industries (ZjtxEnterpriseList  *self,
                                      GError             **error)
{
  /* enterprise_industry is an index: DISTINCT reads it, not the table. */
  return list_strings (self, "SELECT DISTINCT industry FROM enterprise WHERE industry <> '' ORDER BY industry", error);
}

GStrv
zjtx_enterprise_list_list_parks (ZjtxEnterpriseList  *self,
                                 GError             **error)
{
  return list_strings (self, "SELECT name FROM park ORDER BY name", error);
}

static void
zjtx_enterprise_list_finalize (GObject *object)
{
  ZjtxEnterpriseList *self = ZJTX_ENTERPRISE_LIST (object);

  g_clear_pointer (&self->cache, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_array_unref);
  g_clear_pointer (&self->query, zjtx_pool_query_free);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zjtx_enterprise_list_parent_class)->finalize (object);
}

static void
zjtx_enterprise_list_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ZjtxEnterpriseList *self = ZJTX_ENTERPRISE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->ids->len);
      break;
    case PROP_TOTAL:
      g_value_set_uint (value, self->total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprise_list_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ZjtxEnterpriseList *self = ZJTX_ENTERPRISE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprise_list_class_init (ZjtxEnterpriseListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = zjtx_enterprise_list_finalize;
  object_class->get_property = zjtx_enterprise_list_get_property;
  object_class->set_property = zjtx_enterprise_list_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /* GListModel's own n-items property is GLib 2.76: ours, for bindings. */
  properties [PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_TOTAL] =
    g_param_spec_uint ("total", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_enterprise_list_init (ZjtxEnterpriseList *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->cache = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
}
