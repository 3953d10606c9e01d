/* zjtx-support-list.c: support records as lists: on screen, in spreadsheets */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "core/zjtx-money.h"
#include "core/zjtx-uscc.h"
#include "zjtx-import-private.h"
#include "zjtx-support-list.h"
#include "zjtx-table-reader.h"

void
zjtx_support_row_free (ZjtxSupportRow *row)
{
  if (row == NULL)
    return;
  g_clear_object (&row->record);
  g_free (row->enterprise);
  g_free (row->uscc);
  g_free (row);
}

/* Listing */

/* Which kinds @kind (a kind's id, an action's id or NULL) stands for. */
static gboolean
kinds_for (const char  *kind,
           gboolean     wanted[ZJTX_N_SUPPORT_KINDS],
           GError     **error)
{
  ZjtxAction action;
  int value = zjtx_support_vocabulary_lookup (ZJTX_SUPPORT_VOCABULARY_KIND, kind);

  for (guint k = 0; k < ZJTX_N_SUPPORT_KINDS; k++)
    wanted[k] = kind == NULL || (int) k == value ||
                (value < 0 && zjtx_action_from_id (kind, &action) && zjtx_support_kind_get_action (k) == action);
  if (kind != NULL && value < 0 && !zjtx_action_from_id (kind, &action))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is neither a kind of support nor an action"), kind);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
zjtx_support_list (ZjtxStore   *store,
                   gint64       enterprise_id,
                   const char  *kind,
                   GError     **error)
{
  gboolean wanted[ZJTX_N_SUPPORT_KINDS];
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_support_row_free);
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GHashTable) usccs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_auto(GValue) key = G_VALUE_INIT;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);

  if (!kinds_for (kind, wanted, error))
    return NULL;

  g_value_init (&key, G_TYPE_INT64);
  g_value_set_int64 (&key, enterprise_id);
  records = zjtx_store_list (store, ZJTX_TYPE_SUPPORT_RECORD, enterprise_id ? "enterprise_id" : NULL,
                             enterprise_id ? &key : NULL, "date", error);
  if (records == NULL)
    return NULL;

  rc = sqlite3_prepare_v2 (zjtx_store_get_db (store),
                           "SELECT id, name, uscc FROM enterprise WHERE ?1 = 0 OR id = ?1", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    sqlite3_bind_int64 (stmt, 1, enterprise_id);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_hash_table_insert (names, g_memdup2 (&id, sizeof id), g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL)
        g_hash_table_insert (usccs, g_memdup2 (&id, sizeof id), g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      zjtx_store_set_sqlite_error (store, rc, _("reading the support records"), error);
      return NULL;
    }

  /* Listed oldest first: walked backwards for newest first. */
  for (guint i = records->len; i-- > 0;)
    {
      ZjtxSupportRecord *record = g_ptr_array_index (records, i);
      gint64 eid = zjtx_support_record_get_enterprise_id (record);
      int k = zjtx_support_record_get_kind_value (record);
      ZjtxSupportRow *row;

      if (k < 0 || !wanted[k])
        continue;
      row = g_new0 (ZjtxSupportRow, 1);
      row->record = g_object_ref (record);
      row->enterprise = g_strdup (g_hash_table_lookup (names, &eid));
      row->uscc = g_strdup (g_hash_table_lookup (usccs, &eid));
      g_ptr_array_add (rows, row);
    }
  return g_steal_pointer (&rows);
}

static void
add_term (GPtrArray             *parts,
          ZjtxSupportVocabulary  vocabulary,
          const char            *id)
{
  int value = zjtx_support_vocabulary_lookup (vocabulary, id);

  if (value >= 0)
    g_ptr_array_add (parts, g_strdup (zjtx_support_vocabulary_get_label (vocabulary, value)));
}

static void
add_text (GPtrArray  *parts,
          const char *text)
{
  g_autofree char *trimmed = zjtx_import_trim (text ? text : "");

  if (trimmed[0] != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&trimmed));
}

char *
zjtx_support_record_describe (ZjtxSupportRecord *record)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  gint64 amount = zjtx_support_record_get_amount (record);
  gint64 rate = zjtx_support_record_get_rate (record);
  gint64 fee = zjtx_support_record_get_fee (record);
  gint64 people = zjtx_support_record_get_people (record);

  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (record), NULL);

  add_term (parts, ZJTX_SUPPORT_VOCABULARY_PLATFORM, zjtx_support_record_get_platform (record));
  add_term (parts, ZJTX_SUPPORT_VOCABULARY_LEVEL, zjtx_support_record_get_level (record));
  add_term (parts, ZJTX_SUPPORT_VOCABULARY_STAGE, zjtx_support_record_get_stage (record));
  add_term (parts, ZJTX_SUPPORT_VOCABULARY_ROLE, zjtx_support_record_get_role (record));
  add_term (parts, ZJTX_SUPPORT_VOCABULARY_INDUSTRY, zjtx_support_record_get_industry (record));
  add_text (parts, zjtx_support_record_get_subject (record));
  add_text (parts, zjtx_support_record_get_bank (record));
  if (amount != ZJTX_RECORD_NULL)
    {
      g_autofree char *text = zjtx_money_format (amount);
      /* Translators: an amount of money, "5,000,000.00 yuan" */
      g_ptr_array_add (parts, g_strdup_printf (_("%s yuan"), text));
    }
  if (rate != ZJTX_RECORD_NULL)
    g_ptr_array_add (parts, zjtx_ppm_format_percent (rate));
  if (fee != ZJTX_RECORD_NULL)
    {
      g_autofree char *text = zjtx_money_format (fee);
      /* Translators: a guarantee's fee, "fee 10,000.00 yuan" */
      g_ptr_array_add (parts, g_strdup_printf (_("fee %s yuan"), text));
    }
  if (zjtx_support_record_get_waived (record))
    g_ptr_array_add (parts, g_strdup (_("counter-guarantee waived")));
  if (people != ZJTX_RECORD_NULL)
    {
      g_autofree char *text = zjtx_count_format (people);
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s person", "%s people", people), text));
    }
  if (zjtx_support_record_get_decided_by (record)[0] != '\0')
    /* Translators: who decided a step of cultivation, "decided by 局务会" */
    g_ptr_array_add (parts, g_strdup_printf (_("decided by %s"), zjtx_support_record_get_decided_by (record)));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Import */

typedef enum {
  F_NAME, F_USCC, F_ACTION, F_KIND, F_DATE, F_UNIT, F_PLATFORM, F_LEVEL, F_SUBJECT, F_BANK, F_AMOUNT,
  F_RATE, F_FEE, F_WAIVED, F_STAGE, F_PEOPLE, F_ROLE, F_INDUSTRY, F_DECIDED_BY, F_NOTES,
  N_FIELDS
} Field;

typedef enum {
  K_TEXT,
  K_USCC,
  K_ACTION,
  K_TERM,     /* one of a ZjtxSupportVocabulary */
  K_DATE,
  K_MONEY,    /* fen; 万 in the header or after the number multiplies */
  K_RATE,     /* ppm, from 4.35% or 0.0435 */
  K_COUNT,
  K_BOOL,
} Kind;

typedef struct {
  Kind        kind;
  const char *property;      /* on the record, or NULL */
  int         vocabulary;    /* K_TERM */
  gboolean    identity;      /* a matching stored record has the same value */
  const char *names[12];     /* normalised headers (zjtx_import_find_header) */
} FieldInfo;

/* Chinese headers of the bureau's sheets, then the English ones of our
 * own exports (in the C locale). */
static const FieldInfo fields[N_FIELDS] = {
  [F_NAME] = { K_TEXT, NULL, 0, FALSE, { "企业名称", "企业全称", "单位名称", "企业", "name", "enterprise" } },
  [F_USCC] = { K_USCC, NULL, 0, FALSE, { "统一社会信用代码", "社会信用代码", "信用代码", "uscc" } },
  [F_ACTION] = { K_ACTION, NULL, 0, FALSE, { "所属行动", "行动", "重点任务", "action" } },
  [F_KIND] = { K_TERM, "kind", ZJTX_SUPPORT_VOCABULARY_KIND, TRUE,
               { "扶持类型", "扶持事项", "扶持类别", "记录类型", "supportkind", "kindofsupport" } },
  [F_DATE] = { K_DATE, "date", 0, TRUE, { "日期", "时间", "扶持日期", "发生日期", "date" } },
  [F_UNIT] = { K_TEXT, "unit", 0, FALSE, { "提供单位", "扶持单位", "责任单位", "providedby", "unit" } },
  [F_PLATFORM] = { K_TERM, "platform", ZJTX_SUPPORT_VOCABULARY_PLATFORM, TRUE,
                   { "平台类型", "平台类别", "kindofplatform", "platform" } },
  [F_LEVEL] = { K_TERM, "level", ZJTX_SUPPORT_VOCABULARY_LEVEL, FALSE,
                { "级别", "层级", "认定级别", "平台级别", "level" } },
  [F_SUBJECT] = { K_TEXT, "subject", 0, TRUE,
                  { "事项名称", "项目名称", "平台名称", "团队名称", "课程名称", "合作院校", "院校", "产品名称", "新产品",
                    "上市板块", "subject" } },
  [F_BANK] = { K_TEXT, "bank", 0, TRUE, { "银行", "贷款银行", "合作银行", "金融机构", "bank" } },
  [F_AMOUNT] = { K_MONEY, "amount", 0, FALSE, { "金额", "贷款金额", "担保金额", "研发费用", "资助金额", "amount" } },
  [F_RATE] = { K_RATE, "rate", 0, FALSE, { "利率", "年利率", "贷款利率", "interestrate", "rate" } },
  [F_FEE] = { K_MONEY, "fee", 0, FALSE, { "担保费", "担保费用", "guaranteefee", "fee" } },
  [F_WAIVED] = { K_BOOL, "waived", 0, FALSE,
                 { "免除反担保", "取消反担保", "无反担保", "counterguaranteewaived", "waived" } },
  [F_STAGE] = { K_TERM, "stage", ZJTX_SUPPORT_VOCABULARY_STAGE, TRUE,
                { "上市阶段", "上市进程", "阶段", "listingstage", "stage" } },
  [F_PEOPLE] = { K_COUNT, "people", 0, FALSE, { "人数", "培训人数", "团队人数", "people" } },
  [F_ROLE] = { K_TERM, "role", ZJTX_SUPPORT_VOCABULARY_ROLE, TRUE,
               { "链上角色", "产业链角色", "角色", "roleinthechain", "role" } },
  [F_INDUSTRY] = { K_TERM, "industry", ZJTX_SUPPORT_VOCABULARY_INDUSTRY, TRUE,
                   { "产业", "所属产业", "产业链", "所属产业链", "industry" } },
  [F_DECIDED_BY] = { K_TEXT, "decided-by", 0, FALSE, { "决定人", "决定单位", "研究决定", "decidedby" } },
  [F_NOTES] = { K_TEXT, "notes", 0, FALSE, { "备注", "说明", "notes" } },
};

/* Shared with the enterprise importer (zjtx-import-private.h); a cell's
 * text for terms and actions is the id. */
typedef ZjtxImportColumn Mapping;
typedef ZjtxImportCell Cell;

typedef struct {
  ZjtxStore        *store;
  ZjtxTable        *table;
  ZjtxImportReport *report;
  Mapping           map[N_FIELDS];
  GHashTable       *by_uscc;   /* uscc → id */
  GHashTable       *by_name;   /* name → id */
} Import;

static const char *
field_header (guint f,
              guint n)
{
  return n < G_N_ELEMENTS (fields[f].names) ? fields[f].names[n] : NULL;
}

/* A support list's header names the kind of support and the enterprise. */
static gboolean
is_header (const int *found,
           guint      n_found)
{
  return found[F_KIND] >= 0 && (found[F_NAME] >= 0 || found[F_USCC] >= 0);
}

/* The header row (or -1); fills @map when given. */
static int
locate_header (ZjtxTable *table,
               Mapping   *map)
{
  return zjtx_import_find_header (table, N_FIELDS, field_header, is_header, map);
}

gboolean
zjtx_support_table_is_list (ZjtxTable *table)
{
  return locate_header (table, NULL) >= 0;
}

/* @text without @suffix, if it ends with it. */
static gboolean
strip_suffix (char       *text,
              const char *suffix)
{
  if (!g_str_has_suffix (text, suffix) || strlen (text) == strlen (suffix))
    return FALSE;
  text[strlen (text) - strlen (suffix)] = '\0';
  return TRUE;
}

static gboolean
parse_action (const char  *text,
              ZjtxAction  *out)
{
  for (guint a = 0; a < ZJTX_N_ACTIONS; a++)
    if (g_ascii_strcasecmp (text, zjtx_action_to_id (a)) == 0 || g_str_equal (text, zjtx_action_get_label (a)) ||
        strstr (text, zjtx_action_get_clause (a)) != NULL)
      {
        *out = a;
        return TRUE;
      }
  return zjtx_action_from_id (text, out);
}

/* The rest of a cell's reading, for zjtx_import_read_cells (). */
static gboolean
parse_cell (guint            f,
            const Mapping   *map,
            const char      *text,
            Cell            *cell,
            GError         **error)
{
  switch (fields[f].kind)
    {
    case K_TEXT:
      return TRUE;

    case K_USCC:
      g_free (cell->text);
      cell->text = zjtx_uscc_normalize (text);
      return zjtx_uscc_validate (cell->text, NULL, error);

    case K_ACTION:
      {
        ZjtxAction action;

        if (!parse_action (text, &action))
          {
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("“%s” is not one of the policy's actions (三（一） to 三（六）)"), text);
            return FALSE;
          }
        cell->number = action;
        return TRUE;
      }

    case K_TERM:
      {
        int value = zjtx_support_vocabulary_parse (fields[f].vocabulary, text);

        if (value < 0)
          {
            g_autofree char *choices = zjtx_support_vocabulary_list_labels (fields[f].vocabulary);
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” is not one of %s"), text, choices);
            return FALSE;
          }
        g_free (cell->text);
        cell->text = g_strdup (zjtx_support_vocabulary_get_id (fields[f].vocabulary, value));
        cell->number = value;
        return TRUE;
      }

    case K_DATE:
      g_clear_pointer (&cell->text, g_free);
      return zjtx_import_parse_date (text, &cell->text, error);

    case K_MONEY:
      {
        g_autofree char *number = g_strdup (text);
        int scale = map->scale;

        /* "12万" and "120000元" as officers write them. */
        if (strip_suffix (number, "万元") || (scale == 1 && strip_suffix (number, "万")))
          scale = 10000;
        else
          strip_suffix (number, "元");
        /* Fen: 2 decimals of yuan, or 6 of 万元. */
        if (!zjtx_import_parse_number (number, scale == 10000 ? 6 : 2, FALSE, ZJTX_FEN_MAX, &cell->number, error))
          {
            /* Words in the amount ("12万x"): say how to write one. Digits
             * alone keep the precise reason (too many decimals …). */
            if (strspn (number, "0123456789.,-") != strlen (number))
              {
                g_clear_error (error);
                g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                             _("“%s” is not an amount (write 120000, 120000.00 or 12万)"), text);
              }
            return FALSE;
          }
        return TRUE;
      }

    case K_RATE:
      return zjtx_support_parse_rate (text, map->percent, &cell->number, error);

    case K_COUNT:
      {
        g_autofree char *number = g_strdup (text);

        strip_suffix (number, "人");
        return zjtx_import_parse_number (number, 0, FALSE, 10000000, &cell->number, error);
      }

    case K_BOOL:
      if (!zjtx_import_parse_bool (text, &cell->number))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” should be 是 or 否"), text);
          return FALSE;
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

static void
add_problem (Import     *imp,
             guint       row,
             int         f,
             const char *reason)
{
  zjtx_import_report_reject (imp->report, imp->table, row, f >= 0 ? &imp->map[f] : NULL, reason);
}

static int
field_of_property (const char *property)
{
  for (guint f = 0; property != NULL && f < N_FIELDS; f++)
    if (g_strcmp0 (fields[f].property, property) == 0)
      return f;
  return -1;
}

static gint64
find_enterprise (Import *imp,
                 Cell   *cells)
{
  if (cells[F_USCC].present)
    return GPOINTER_TO_SIZE (g_hash_table_lookup (imp->by_uscc, cells[F_USCC].text));
  return GPOINTER_TO_SIZE (g_hash_table_lookup (imp->by_name, cells[F_NAME].text));
}

/* Reads and checks every cell of a row; FALSE (with a problem) rejects it. */
static gboolean
read_row (gpointer  data,
          guint     row,
          Cell     *cells)
{
  Import *imp = data;

  if (!zjtx_import_read_cells (imp->report, imp->table, row, imp->map, N_FIELDS, parse_cell, cells))
    return FALSE;
  if (!cells[F_NAME].present && !cells[F_USCC].present)
    {
      add_problem (imp, row, imp->map[F_USCC].column >= 0 ? F_USCC : F_NAME,
                   _("neither the enterprise's name nor its USCC is given"));
      return FALSE;
    }
  if (!cells[F_USCC].present && g_hash_table_lookup_extended (imp->by_name, cells[F_NAME].text, NULL, NULL) &&
      find_enterprise (imp, cells) == 0)
    {
      g_autofree char *reason = g_strdup_printf (_("several enterprises are named “%s”: give the USCC"),
                                                 cells[F_NAME].text);
      add_problem (imp, row, F_NAME, reason);
      return FALSE;
    }
  if (find_enterprise (imp, cells) == 0)
    {
      g_autofree char *reason = NULL;

      if (cells[F_USCC].present)
        reason = g_strdup_printf (_("no enterprise with the USCC %s is on file (import the enterprise first)"),
                                  cells[F_USCC].text);
      else
        reason = g_strdup_printf (_("no enterprise named “%s” is on file (import the enterprise first)"),
                                  cells[F_NAME].text);
      add_problem (imp, row, cells[F_USCC].present ? F_USCC : F_NAME, reason);
      return FALSE;
    }
  if (!cells[F_KIND].present)
    {
      add_problem (imp, row, F_KIND, _("the kind of support is missing"));
      return FALSE;
    }
  if (!cells[F_DATE].present)
    {
      add_problem (imp, row, imp->map[F_DATE].column >= 0 ? F_DATE : F_KIND,
                   imp->map[F_DATE].column >= 0 ? _("a support record needs its date")
                                                : _("a support record needs its date, and the file has no 日期 column"));
      return FALSE;
    }
  if (cells[F_ACTION].present &&
      (ZjtxAction) cells[F_ACTION].number != zjtx_support_kind_get_action (cells[F_KIND].number))
    {
      ZjtxAction belongs = zjtx_support_kind_get_action (cells[F_KIND].number);
      /* Translators: a kind of support, then the action it serves, e.g.
       * "“Matchmaking loan” serves 三（五） Finance, not this action" */
      g_autofree char *reason = g_strdup_printf (_("“%s” serves %s %s, not this action"),
                                                 zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND,
                                                                                    cells[F_KIND].number),
                                                 zjtx_action_get_clause (belongs), zjtx_action_get_label (belongs));
      add_problem (imp, row, F_ACTION, reason);
      return FALSE;
    }
  return TRUE;
}

/* Sets a record's property from a cell; says whether the value changed. */
static gboolean
apply_cell (GObject *object,
            Field    f,
            Cell    *cell)
{
  const char *property = fields[f].property;

  switch (fields[f].kind)
    {
    case K_MONEY:
    case K_RATE:
    case K_COUNT:
      return zjtx_import_set_int64 (object, property, cell->number);
    case K_BOOL:
      return zjtx_import_set_bool (object, property, cell->number != 0);
    default:
      return zjtx_import_set_text (object, property, cell->text);
    }
}

static gboolean
same_text (const char *a,
           const char *b)
{
  return g_strcmp0 (a && *a ? a : NULL, b && *b ? b : NULL) == 0;
}

/* Writes one checked row. */
static gboolean
write_row (gpointer  data,
           guint     row,
           Cell     *cells,
           gboolean *added,
           gboolean *changed,
           gboolean *skipped,
           GError  **error)
{
  Import *imp = data;
  g_autoptr(ZjtxSupportRecord) incoming = zjtx_support_record_new ();
  g_autoptr(ZjtxSupportRecord) record = NULL;
  g_autoptr(GPtrArray) existing = NULL;
  g_auto(GValue) key = G_VALUE_INIT;
  gint64 enterprise_id = find_enterprise (imp, cells);

  *added = *changed = *skipped = FALSE;

  zjtx_support_record_set_enterprise_id (incoming, enterprise_id);
  for (guint f = 0; f < N_FIELDS; f++)
    if (cells[f].present && fields[f].property != NULL)
      apply_cell (G_OBJECT (incoming), f, &cells[f]);

  /* The same support again: the stored record, updated. */
  g_value_init (&key, G_TYPE_INT64);
  g_value_set_int64 (&key, enterprise_id);
  existing = zjtx_store_list (imp->store, ZJTX_TYPE_SUPPORT_RECORD, "enterprise_id", &key, NULL, error);
  if (existing == NULL)
    return FALSE;
  for (guint i = 0; i < existing->len && record == NULL; i++)
    {
      ZjtxSupportRecord *r = g_ptr_array_index (existing, i);
      gboolean same = TRUE;

      for (guint f = 0; f < N_FIELDS && same; f++)
        if (fields[f].identity)
          {
            g_autofree char *a = NULL, *b = NULL;

            g_object_get (r, fields[f].property, &a, NULL);
            g_object_get (incoming, fields[f].property, &b, NULL);
            same = same_text (a, b);
          }
      if (same)
        record = g_object_ref (r);
    }

  if (record == NULL)
    {
      record = g_object_ref (incoming);
      *added = TRUE;
    }
  else
    for (guint f = 0; f < N_FIELDS; f++)
      if (cells[f].present && fields[f].property != NULL && !fields[f].identity)
        *changed |= apply_cell (G_OBJECT (record), f, &cells[f]);

  if (!*added && !*changed)
    return TRUE;

  {
    g_autoptr(GError) local_error = NULL;

    if (!zjtx_store_check (imp->store, ZJTX_RECORD (record), &local_error))
      {
        if (local_error->domain != ZJTX_RECORD_ERROR)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return FALSE;
          }
        add_problem (imp, row, field_of_property (zjtx_record_get_error_field (ZJTX_RECORD (record))),
                     local_error->message);
        *skipped = TRUE;
        return TRUE;
      }
  }
  return zjtx_store_save (imp->store, ZJTX_RECORD (record), error);
}

static gboolean
load_enterprises (gpointer   data,
                  GError   **error)
{
  Import *imp = data;
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (zjtx_store_get_db (imp->store), "SELECT id, uscc, name FROM enterprise", -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gpointer id = GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0));

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        g_hash_table_insert (imp->by_uscc, g_strdup ((const char *) sqlite3_column_text (stmt, 1)), id);
      /* By name only when the name is unique: two 某某香业 must be told apart by USCC. */
      if (g_hash_table_contains (imp->by_name, sqlite3_column_text (stmt, 2)))
        g_hash_table_insert (imp->by_name, g_strdup ((const char *) sqlite3_column_text (stmt, 2)), NULL);
      else
        g_hash_table_insert (imp->by_name, g_strdup ((const char *) sqlite3_column_text (stmt, 2)), id);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return zjtx_store_set_sqlite_error (imp->store, rc, _("reading the database"), error);
  return TRUE;
}

gboolean
zjtx_support_parse_rate (const char  *text,
                         gboolean     percent,
                         gint64      *ppm,
                         GError     **error)
{
  g_autofree char *number = g_strdup (text);

  /* A percentage with 4 decimals is ppm already: 4.35% → 43500. */
  if (strip_suffix (number, "%") || strip_suffix (number, "％") || percent)
    return zjtx_import_parse_number (number, 4, FALSE, ZJTX_PPM, ppm, error);
  if (!zjtx_import_parse_number (number, 6, FALSE, G_MAXINT64, ppm, error))
    return FALSE;
  if (*ppm > ZJTX_PPM)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a rate (write 4.35%% or 0.0435)"), text);
      return FALSE;
    }
  return TRUE;
}

static const ZjtxImportRowFuncs row_funcs = { load_enterprises, read_row, write_row };

ZjtxImportReport *
zjtx_support_import_table (ZjtxStore   *store,
                           ZjtxTable   *table,
                           gboolean     dry_run,
                           GError     **error)
{
  g_autoptr(ZjtxImportReport) report = zjtx_import_report_new (table, dry_run);
  Import imp = { 0 };
  Cell cells[N_FIELDS] = { { 0 } };
  gboolean ok = FALSE;
  int header_row;

  imp.store = store;
  imp.table = table;
  imp.report = report;
  imp.by_uscc = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  header_row = locate_header (table, imp.map);
  if (header_row < 0)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                         _("no header row found: a support list names its columns 企业名称 or "
                           "统一社会信用代码, 扶持类型 and 日期"));
  else
    {
      zjtx_import_report_header (report, table, header_row, imp.map, N_FIELDS, field_header);
      ok = zjtx_import_rows (store, table, header_row + 1, report, &row_funcs, &imp, cells, N_FIELDS, error);
    }

  zjtx_import_columns_clear (imp.map, N_FIELDS);
  g_clear_pointer (&imp.by_uscc, g_hash_table_unref);
  g_clear_pointer (&imp.by_name, g_hash_table_unref);
  return ok ? g_steal_pointer (&report) : NULL;
}

ZjtxImportReport *
zjtx_support_import_file (ZjtxStore   *store,
                          const char  *path,
                          gboolean     dry_run,
                          GError     **error)
{
  g_autoptr(ZjtxTable) table = zjtx_table_read_file (path, error);

  if (table == NULL)
    return NULL;
  return zjtx_support_import_table (store, table, dry_run, error);
}

/* Export */

/* The common ways of writing a cell (zjtx-import-private.h), then the list's own. */
typedef enum {
  AS_TEXT = ZJTX_EXPORT_AS_TEXT,
  AS_DATE = ZJTX_EXPORT_AS_DATE,
  AS_MONEY = ZJTX_EXPORT_AS_MONEY,
  AS_INTEGER = ZJTX_EXPORT_AS_INTEGER,
  AS_ACTION = ZJTX_EXPORT_AS_OWN,     /* the kind's action */
  AS_KIND,
  AS_PLATFORM,
  AS_LEVEL,
  AS_STAGE,
  AS_ROLE,
  AS_INDUSTRY,
  AS_RATE,
  AS_WAIVED,     /* 是/否 for a guarantee, empty for the others */
} As;

/* Their translations are among the importer's headers (fields[] above). */
static const ZjtxExportColumn export_columns[] = {
  { NC_("spreadsheet column", "Name"), AS_TEXT },
  { NC_("spreadsheet column", "USCC"), AS_TEXT },
  { NC_("spreadsheet column", "Action"), AS_ACTION },
  { NC_("spreadsheet column", "Support kind"), AS_KIND },
  { NC_("spreadsheet column", "Date"), AS_DATE },
  { NC_("spreadsheet column", "Provided by"), AS_TEXT },
  { NC_("spreadsheet column", "Kind of platform"), AS_PLATFORM },
  { NC_("spreadsheet column", "Level"), AS_LEVEL },
  { NC_("spreadsheet column", "Subject"), AS_TEXT },
  { NC_("spreadsheet column", "Bank"), AS_TEXT },
  { NC_("spreadsheet column", "Amount (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Interest rate"), AS_RATE },
  { NC_("spreadsheet column", "Guarantee fee (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Counter-guarantee waived"), AS_WAIVED },
  { NC_("spreadsheet column", "Listing stage"), AS_STAGE },
  { NC_("spreadsheet column", "People"), AS_INTEGER },
  { NC_("spreadsheet column", "Role in the chain"), AS_ROLE },
  { NC_("spreadsheet column", "Industry"), AS_INDUSTRY },
  { NC_("spreadsheet column", "Decided by"), AS_TEXT },
  { NC_("spreadsheet column", "Notes"), AS_TEXT },
};

static const char export_sql[] =
  "SELECT e.name, e.uscc, s.kind, s.kind, s.date, s.unit, s.platform, s.level, s.subject, s.bank, s.amount, "
  "       s.rate, s.fee, s.waived, s.stage, s.people, s.role, s.industry, s.decided_by, s.notes "
  "FROM support_record s JOIN enterprise e ON e.id = s.enterprise_id ORDER BY e.id, s.date, s.id";

static void
add_term_cell (ZjtxTableWriter       *writer,
               ZjtxSupportVocabulary  vocabulary,
               const char            *id)
{
  int value = zjtx_support_vocabulary_lookup (vocabulary, id);

  zjtx_table_writer_add_text (writer, value >= 0 ? zjtx_support_vocabulary_get_label (vocabulary, value) : id);
}

/* The list's own kinds of cell (from AS_ACTION on). */
static void
add_export_cell (ZjtxTableWriter *writer,
                 sqlite3_stmt    *stmt,
                 int              i,
                 int              as)
{
  const char *text = (const char *) sqlite3_column_text (stmt, i);
  int kind = zjtx_support_vocabulary_lookup (ZJTX_SUPPORT_VOCABULARY_KIND, (const char *) sqlite3_column_text (stmt, 2));

  if (as == AS_WAIVED)
    {
      if (kind == ZJTX_SUPPORT_GUARANTEE)
        zjtx_table_writer_add_text (writer, sqlite3_column_int (stmt, i) ? _("Yes") : _("No"));
      else
        zjtx_table_writer_add_empty (writer);
      return;
    }
  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    {
      zjtx_table_writer_add_empty (writer);
      return;
    }

  switch (as)
    {
    case AS_ACTION:
      if (kind >= 0)
        {
          ZjtxAction action = zjtx_support_kind_get_action (kind);
          g_autofree char *label = g_strdup_printf ("%s %s", zjtx_action_get_clause (action), zjtx_action_get_label (action));
          zjtx_table_writer_add_text (writer, label);
        }
      else
        zjtx_table_writer_add_empty (writer);
      break;
    case AS_KIND:
      add_term_cell (writer, ZJTX_SUPPORT_VOCABULARY_KIND, text);
      break;
    case AS_PLATFORM:
      add_term_cell (writer, ZJTX_SUPPORT_VOCABULARY_PLATFORM, text);
      break;
    case AS_LEVEL:
      add_term_cell (writer, ZJTX_SUPPORT_VOCABULARY_LEVEL, text);
      break;
    case AS_STAGE:
      add_term_cell (writer, ZJTX_SUPPORT_VOCABULARY_STAGE, text);
      break;
    case AS_ROLE:
      add_term_cell (writer, ZJTX_SUPPORT_VOCABULARY_ROLE, text);
      break;
    case AS_INDUSTRY:
      add_term_cell (writer, ZJTX_SUPPORT_VOCABULARY_INDUSTRY, text);
      break;
    case AS_RATE:
      {
        /* As officers write it, "4.35%"; the importer reads it back exactly. */
        g_autofree char *percent = zjtx_ppm_format_percent (sqlite3_column_int64 (stmt, i));
        zjtx_table_writer_add_text (writer, percent);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

gboolean
zjtx_support_export (ZjtxStore        *store,
                     ZjtxTableFormat   format,
                     const char       *path,
                     guint            *n_rows,
                     GError          **error)
{
  return zjtx_export_query (store, export_sql, export_columns, G_N_ELEMENTS (export_columns), add_export_cell,
                            format, _("Support"), path, n_rows, error);
}
