/* zjtx-import.c: the bureau's spreadsheets into the cultivation pool */

#define _GNU_SOURCE /* strcasestr */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"
#include "core/zjtx-uscc.h"
#include "zjtx-enterprise.h"
#include "zjtx-import.h"
#include "zjtx-import-private.h"
#include "zjtx-monitoring-record.h"
#include "zjtx-person.h"
#include "zjtx-recognition.h"
#include "zjtx-table-reader.h"

typedef enum {
  KIND_TEXT,
  KIND_DATE,
  KIND_BOOL,
  KIND_MONEY,      /* fen; the header's unit may say 万元 */
  KIND_SIGNED_MONEY,
  KIND_COUNT,      /* whole numbers; 万 in the unit multiplies */
  KIND_TIER,
  KIND_REVIEW,
  KIND_PERIOD,
  KIND_USCC,
} Kind;

typedef enum {
  F_NAME, F_USCC, F_TOWNSHIP, F_INDUSTRY, F_NICHE, F_PRODUCTS, F_ADDRESS,
  F_LEGAL_REPRESENTATIVE, F_CONTACT_PERSON, F_CONTACT_PHONE, F_FOUNDED,
  F_PARK, F_PARK_ENTRY_DATE, F_KEY_TARGET, F_RECOMMENDED, F_COMMISSIONER,
  F_LIAISON, F_FIRST_YEAR_KWH, F_NOTES,
  F_TIER, F_RECOGNITION_DATE, F_REVIEW, F_BATCH, F_CERTIFICATE,
  F_PERIOD, F_REVENUE, F_OUTPUT, F_RD_EXPENSE, F_EMPLOYEES, F_KWH, F_TAX_PAID,
  F_PROFIT, F_PATENTS,
  N_FIELDS
} Field;

typedef struct {
  Field        field;
  Kind         kind;
  const char  *property;     /* on the record it belongs to, or NULL */
  const char  *names[10];    /* headers, normalised (see normalise_header) */
} FieldInfo;

/* Headers seen in the bureau's and the province's lists, and the English
 * ones of our own exports. */
static const FieldInfo fields[N_FIELDS] = {
  { F_NAME, KIND_TEXT, "name", { "企业名称", "企业全称", "单位名称", "名称", "企业", "name", "enterprise" } },
  { F_USCC, KIND_USCC, "uscc", { "统一社会信用代码", "社会信用代码", "信用代码", "uscc" } },
  { F_TOWNSHIP, KIND_TEXT, "township", { "所属乡镇", "乡镇", "所在乡镇", "乡镇街道", "township" } },
  { F_INDUSTRY, KIND_TEXT, "industry", { "产业链", "所属产业链", "所属产业", "产业", "行业", "industry", "industrychain" } },
  { F_NICHE, KIND_TEXT, "niche", { "细分市场", "细分领域", "细分行业", "niche", "nichemarket" } },
  { F_PRODUCTS, KIND_TEXT, "products", { "主要产品", "主导产品", "产品", "products", "mainproducts" } },
  { F_ADDRESS, KIND_TEXT, "address", { "地址", "企业地址", "注册地址", "生产地址", "address" } },
  { F_LEGAL_REPRESENTATIVE, KIND_TEXT, "legal-representative", { "法定代表人", "法人代表", "法人", "legalrepresentative" } },
  { F_CONTACT_PERSON, KIND_TEXT, "contact-person", { "联系人", "contactperson", "contact" } },
  { F_CONTACT_PHONE, KIND_TEXT, "contact-phone", { "联系电话", "联系方式", "电话", "手机", "contactphone", "phone" } },
  { F_FOUNDED, KIND_DATE, "founded", { "成立日期", "成立时间", "注册日期", "founded", "foundingdate" } },
  { F_PARK, KIND_TEXT, NULL, { "所属园区", "园区", "入驻园区", "park" } },
  { F_PARK_ENTRY_DATE, KIND_DATE, "park-entry-date", { "入驻时间", "入驻日期", "入园时间", "入园日期", "parkentrydate" } },
  { F_KEY_TARGET, KIND_BOOL, "key-target", { "重点培育", "是否重点培育", "重点培育对象", "keytarget" } },
  { F_RECOMMENDED, KIND_BOOL, "recommended", { "向上推荐", "是否向上推荐", "推荐对象", "recommended" } },
  { F_COMMISSIONER, KIND_TEXT, NULL, { "服务专员", "commissioner", "servicecommissioner" } },
  { F_LIAISON, KIND_TEXT, NULL, { "挂钩领导", "挂钩服务领导", "liaison", "liaisonleader" } },
  { F_FIRST_YEAR_KWH, KIND_COUNT, "first-year-kwh", { "首年用电量", "入驻首年用电量", "入驻后第一年用电量", "firstyearkwh" } },
  { F_NOTES, KIND_TEXT, "notes", { "备注", "notes" } },
  { F_TIER, KIND_TIER, "tier", { "认定层级", "层级", "企业层级", "培育层级", "认定类别", "梯度层级", "tier" } },
  { F_RECOGNITION_DATE, KIND_DATE, "date", { "认定时间", "认定日期", "recognitiondate" } },
  { F_REVIEW, KIND_REVIEW, "review", { "认定类型", "是否复核", "复核", "review", "recognitiontype" } },
  { F_BATCH, KIND_TEXT, "batch", { "认定批次", "批次", "认定文件", "batch" } },
  { F_CERTIFICATE, KIND_TEXT, "certificate", { "证书编号", "证书号", "certificate", "certificatenumber" } },
  { F_PERIOD, KIND_PERIOD, "period", { "年度", "年份", "统计年度", "监测期", "period", "year" } },
  { F_REVENUE, KIND_MONEY, "revenue", { "营业收入", "营收", "主营业务收入", "revenue" } },
  { F_OUTPUT, KIND_MONEY, "output", { "产值", "工业产值", "工业总产值", "output", "outputvalue" } },
  { F_RD_EXPENSE, KIND_MONEY, "rd-expense", { "研发费用", "研发投入", "rdexpense", "r&dexpense" } },
  { F_EMPLOYEES, KIND_COUNT, "employees", { "从业人数", "员工人数", "职工人数", "employees" } },
  { F_KWH, KIND_COUNT, "kwh", { "用电量", "kwh", "electricity" } },
  { F_TAX_PAID, KIND_MONEY, "tax-paid", { "纳税额", "税收", "纳税", "实缴税金", "taxpaid" } },
  { F_PROFIT, KIND_SIGNED_MONEY, "profit", { "利润", "利润总额", "净利润", "profit" } },
  { F_PATENTS, KIND_COUNT, "patents", { "专利数", "专利", "有效专利", "patents" } },
};

#define FIRST_MONITORING_FIGURE F_REVENUE

/* Shared with the support importer (zjtx-import-private.h). */
typedef ZjtxImportColumn Mapping;
typedef ZjtxImportCell Cell;

typedef struct {
  ZjtxStore        *store;
  sqlite3          *db;
  ZjtxTable        *table;
  ZjtxImportReport *report;
  Mapping           map[N_FIELDS];
  GHashTable       *by_uscc;      /* uscc → id */
  GHashTable       *by_name;      /* name → id, enterprises without USCC */
  GHashTable       *townships;    /* name set */
  GHashTable       *parks;        /* name → id */
  GHashTable       *persons;      /* name → id */
} Import;

void
zjtx_import_report_free (ZjtxImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->encoding);
  g_ptr_array_unref (report->columns);
  g_ptr_array_unref (report->ignored);
  g_ptr_array_unref (report->problems);
  g_free (report);
}

/* Headers */

/* Drops spaces, a parenthesised unit and ASCII case; remembers whether the
 * unit was in 万 (万元, 万千瓦时, 万度). */
static char *
normalise_header (const char *header,
                  int        *scale)
{
  GString *out = g_string_new (NULL);
  int depth = 0;

  *scale = 1;
  for (const char *p = header; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '(' || c == 0xFF08 /* （ */ || c == '[' || c == 0x3010 /* 【 */)
        {
          if (depth == 0 && g_str_has_prefix (g_utf8_next_char (p), "万"))
            *scale = 10000;
          depth++;
        }
      else if (c == ')' || c == 0xFF09 || c == ']' || c == 0x3011)
        depth = MAX (depth - 1, 0);
      else if (depth == 0 && !g_unichar_isspace (c) && c != 0x3000 && c != '_' && c != '-' && c != '*' && c != ':' && c != 0xFF1A)
        g_string_append_unichar (out, g_unichar_tolower (c));
    }
  return g_string_free (out, FALSE);
}

static const char *
field_header (guint f,
              guint n)
{
  return n < G_N_ELEMENTS (fields[f].names) ? fields[f].names[n] : NULL;
}

/* A header names the enterprise and one thing more about it. */
static gboolean
is_header (const int *found,
           guint      n_found)
{
  return n_found >= 2 && (found[F_NAME] >= 0 || found[F_USCC] >= 0);
}

static gboolean
find_header (Import  *imp,
             GError **error)
{
  int r = zjtx_import_find_header (imp->table, N_FIELDS, field_header, is_header, imp->map);

  if (r < 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("no header row found: the first rows should name columns such as "
                             "企业名称 and 统一社会信用代码"));
      return FALSE;
    }
  zjtx_import_report_header (imp->report, imp->table, r, imp->map, N_FIELDS, field_header);
  return TRUE;
}

/* Cells */

static char *
trim (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start && (g_unichar_isspace (g_utf8_get_char (start)) || g_utf8_get_char (start) == 0x3000))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);
      if (!g_unichar_isspace (c) && c != 0x3000)
        break;
      end = prev;
    }
  return g_strndup (start, end - start);
}

/* 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315 → ISO. */
static gboolean
parse_date (const char  *text,
            char       **iso,
            GError     **error)
{
  int y = 0, m = 0, d = 0;
  char tail = 0;
  ZjtxDate date;
  g_autofree char *candidate = NULL;

  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 ||
      sscanf (text, "%4d/%2d/%2d%c", &y, &m, &d, &tail) == 3 ||
      sscanf (text, "%4d.%2d.%2d%c", &y, &m, &d, &tail) == 3 ||
      sscanf (text, "%4d年%2d月%2d日%c", &y, &m, &d, &tail) == 3 ||
      (strlen (text) == 8 && strspn (text, "0123456789") == 8 && sscanf (text, "%4d%2d%2d", &y, &m, &d) == 3))
    candidate = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("“%s” is not a date (write it as 2024-03-15)"), text);
      return FALSE;
    }

  if (!zjtx_date_parse (candidate, &date, error))
    return FALSE;
  *iso = g_steal_pointer (&candidate);
  return TRUE;
}

static gboolean
parse_bool (const char *text,
            gint64     *out)
{
  static const char * const yes[] = { "是", "√", "✓", "y", "yes", "true", "1", "TRUE", "Y", "YES", "Yes", "True", NULL };
  static const char * const no[] = { "否", "×", "n", "no", "false", "0", "FALSE", "N", "NO", "No", "False", NULL };

  if (g_strv_contains (yes, text))
    *out = TRUE;
  else if (g_strv_contains (no, text))
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_tier (const char *text,
            gint64     *out)
{
  ZjtxTier tier;

  if (zjtx_tier_from_id (text, &tier) && tier != ZJTX_TIER_NONE)
    *out = tier;
  else if (strstr (text, "小巨人") || strstr (text, "国家") || strcasestr (text, "little giant") ||
           strcasestr (text, "national"))
    *out = ZJTX_TIER_NATIONAL;
  /* In county lists "专精特新中小企业" alone is the provincial tier: the
   * national one always says 小巨人. */
  else if (strstr (text, "省") || strstr (text, "专精特新") || strcasestr (text, "provincial"))
    *out = ZJTX_TIER_PROVINCIAL;
  else if (strstr (text, "创新型") || strcasestr (text, "innovative"))
    *out = ZJTX_TIER_INNOVATIVE;
  else
    return FALSE;
  return TRUE;
}

/* A number as spreadsheets write it: thousands separators allowed, nothing else. */
static gboolean
parse_number (const char  *text,
              guint        decimals,
              gboolean     allow_negative,
              gint64       limit,
              gint64      *out,
              GError     **error)
{
  g_autofree char *plain = g_strdup (text);
  char *w = plain;

  for (const char *p = text; *p; p++)
    if (*p != ',')
      *w++ = *p;
  *w = '\0';
  return zjtx_decimal_parse (plain, decimals, allow_negative, limit, out, error);
}

/* The rest of a cell's reading, for zjtx_import_read_cells (). */
static gboolean
parse_cell (guint                    f,
            const ZjtxImportColumn  *column,
            const char              *text,
            Cell                    *cell,
            GError                 **error)
{
  int scale = column->scale;

  switch (fields[f].kind)
    {
    case KIND_TEXT:
      return TRUE;

    case KIND_USCC:
      {
        g_autofree char *code = zjtx_uscc_normalize (text);
        g_free (cell->text);
        cell->text = g_steal_pointer (&code);
        return zjtx_uscc_validate (cell->text, NULL, error);
      }

    case KIND_DATE:
      {
        char *iso = NULL;
        if (!parse_date (text, &iso, error))
          return FALSE;
        g_free (cell->text);
        cell->text = iso;
        return TRUE;
      }

    case KIND_BOOL:
      if (!parse_bool (text, &cell->number))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” should be 是 or 否"), text);
          return FALSE;
        }
      return TRUE;

    case KIND_REVIEW:
      if (g_str_equal (text, "复核") || g_ascii_strcasecmp (text, "review") == 0 ||
          g_ascii_strcasecmp (text, "re-review") == 0)
        cell->number = TRUE;
      else if (g_str_equal (text, "首次") || g_str_equal (text, "首次认定") || g_ascii_strcasecmp (text, "first") == 0 ||
               g_str_equal (text, "新认定"))
        cell->number = FALSE;
      else if (!parse_bool (text, &cell->number))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("“%s” should be 首次 or 复核"), text);
          return FALSE;
        }
      return TRUE;

    case KIND_TIER:
      if (!parse_tier (text, &cell->number))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       _("“%s” is not a tier (创新型中小企业, 省级专精特新中小企业 or 国家专精特新“小巨人”企业)"), text);
          return FALSE;
        }
      return TRUE;

    case KIND_PERIOD:
      {
        /* 2024, 2024年, 2024Q3, 2024年第3季度 */
        int y = 0, q = 0;
        char tail = 0;

        if (sscanf (text, "%4dQ%1d%c", &y, &q, &tail) == 2 || sscanf (text, "%4dq%1d%c", &y, &q, &tail) == 2 ||
            sscanf (text, "%4d年第%1d季度%c", &y, &q, &tail) == 2)
          {
            if (y < 1900 || q < 1 || q > 4)
              goto bad_period;
            g_free (cell->text);
            cell->text = g_strdup_printf ("%04dQ%d", y, q);
          }
        else if ((strlen (text) == 4 && strspn (text, "0123456789") == 4) ||
                 (sscanf (text, "%4d年%c", &y, &tail) == 1 && g_str_has_suffix (text, "年")))
          {
            y = atoi (text);
            if (y < 1900)
              goto bad_period;
            g_free (cell->text);
            cell->text = g_strdup_printf ("%04d", y);
          }
        else
          goto bad_period;
        return TRUE;
      bad_period:
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                     _("“%s” is not a year or a quarter (write 2024 or 2024Q3)"), text);
        return FALSE;
      }

    case KIND_MONEY:
    case KIND_SIGNED_MONEY:
      /* Fen: 2 decimals of yuan, or 6 decimals of 万元. */
      if (!parse_number (text, scale == 10000 ? 6 : 2, fields[f].kind == KIND_SIGNED_MONEY,
                         ZJTX_FEN_MAX, &cell->number, error))
        return FALSE;
      return TRUE;

    case KIND_COUNT:
      if (scale == 10000)
        return parse_number (text, 4, FALSE, (gint64) 1000000000000, &cell->number, error);
      return parse_number (text, 0, FALSE, (gint64) 1000000000000, &cell->number, error);

    default:
      g_assert_not_reached ();
    }
}

/* The store */

static gboolean
load_names (Import      *imp,
            const char  *sql,
            GHashTable  *into,
            gboolean     with_id,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (imp->db, sql, -1, &stmt, NULL);

  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL)
        g_hash_table_insert (into, g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
                             with_id ? GINT_TO_POINTER ((int) sqlite3_column_int64 (stmt, 0)) : GINT_TO_POINTER (1));
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return zjtx_store_set_sqlite_error (imp->store, rc, _("reading the database"), error);
  return TRUE;
}

/* The look-ups that rows add to as they are written (enterprises, people). */
static gboolean
load_lookups (Import  *imp,
                GError **error)
{
  g_hash_table_remove_all (imp->by_uscc);
  g_hash_table_remove_all (imp->by_name);
  g_hash_table_remove_all (imp->persons);
  return load_names (imp, "SELECT id, uscc FROM enterprise", imp->by_uscc, TRUE, error) &&
         load_names (imp, "SELECT id, name FROM enterprise WHERE uscc IS NULL", imp->by_name, TRUE, error) &&
         load_names (imp, "SELECT id, name FROM person", imp->persons, TRUE, error);
}

static gint64
find_existing (Import *imp,
               Cell   *cells)
{
  if (cells[F_USCC].present)
    return GPOINTER_TO_INT (g_hash_table_lookup (imp->by_uscc, cells[F_USCC].text));
  return GPOINTER_TO_INT (g_hash_table_lookup (imp->by_name, cells[F_NAME].text));
}

static gint64
person_id (Import      *imp,
           const char  *name,
           GError     **error)
{
  g_autoptr(ZjtxPerson) person = NULL;
  gpointer id = g_hash_table_lookup (imp->persons, name);

  if (id != NULL)
    return GPOINTER_TO_INT (id);

  /* A commissioner or leader named in the list but not yet on file. */
  person = zjtx_person_new ();
  zjtx_person_set_name (person, name);
  if (!zjtx_store_save (imp->store, ZJTX_RECORD (person), error))
    return 0;
  g_hash_table_insert (imp->persons, g_strdup (name), GINT_TO_POINTER ((int) zjtx_record_get_id (ZJTX_RECORD (person))));
  return zjtx_record_get_id (ZJTX_RECORD (person));
}

/* Sets a property if the value differs; says whether it did. Shared with
 * the support importer (zjtx-import-private.h): a row is "updated" only when
 * a value changed, in every list. */
gboolean
zjtx_import_set_text (GObject    *object,
                      const char *property,
                      const char *value)
{
  g_autofree char *old = NULL;

  g_object_get (object, property, &old, NULL);
  if (g_strcmp0 (old, value) == 0)
    return FALSE;
  g_object_set (object, property, value, NULL);
  return TRUE;
}

gboolean
zjtx_import_set_int64 (GObject    *object,
                       const char *property,
                       gint64      value)
{
  gint64 old;

  g_object_get (object, property, &old, NULL);
  if (old == value)
    return FALSE;
  g_object_set (object, property, value, NULL);
  return TRUE;
}

gboolean
zjtx_import_set_bool (GObject    *object,
                      const char *property,
                      gboolean    value)
{
  gboolean old;

  g_object_get (object, property, &old, NULL);
  if (!old == !value)
    return FALSE;
  g_object_set (object, property, value, NULL);
  return TRUE;
}

static gboolean
apply_field (GObject *object,
             Field    f,
             Cell    *cell)
{
  switch (fields[f].kind)
    {
    case KIND_BOOL:
    case KIND_REVIEW:
      return zjtx_import_set_bool (object, fields[f].property, cell->number);
    case KIND_MONEY:
    case KIND_SIGNED_MONEY:
    case KIND_COUNT:
      return zjtx_import_set_int64 (object, fields[f].property, cell->number);
    case KIND_TIER:
      return zjtx_import_set_text (object, fields[f].property, zjtx_tier_to_id (cell->number));
    default:
      return zjtx_import_set_text (object, fields[f].property, cell->text);
    }
}

static gboolean
row_has_monitoring (Cell *cells)
{
  for (Field f = FIRST_MONITORING_FIGURE; f < N_FIELDS; f++)
    if (cells[f].present)
      return TRUE;
  return FALSE;
}

static void
add_problem (Import     *imp,
             guint       row,
             Field       f,
             const char *reason)
{
  zjtx_import_report_reject (imp->report, imp->table, row, (int) f >= 0 ? &imp->map[f] : NULL, reason);
}

/* Writes one checked row; *changed says whether anything was new. */
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
  g_autoptr(ZjtxEnterprise) enterprise = NULL;
  GObject *e;
  gint64 id = find_existing (imp, cells);

  *added = id == 0;
  *changed = FALSE;
  *skipped = FALSE;
  if (id != 0)
    {
      enterprise = zjtx_store_load (imp->store, ZJTX_TYPE_ENTERPRISE, id, error);
      if (enterprise == NULL)
        return FALSE;
    }
  else
    enterprise = zjtx_enterprise_new ();
  e = G_OBJECT (enterprise);

  for (Field f = F_NAME; f <= F_NOTES; f++)
    if (cells[f].present && fields[f].property != NULL)
      *changed |= apply_field (e, f, &cells[f]);

  if (cells[F_PARK].present)
    *changed |= zjtx_import_set_int64 (e, "park-id", GPOINTER_TO_INT (g_hash_table_lookup (imp->parks, cells[F_PARK].text)));

  /* Everything the store would refuse of the enterprise (an entry date
   * without a park, say) rejects the row before anything of it is written. */
  {
    g_autoptr(GError) local_error = NULL;

    if (!zjtx_store_check (imp->store, ZJTX_RECORD (enterprise), &local_error))
      {
        if (local_error->domain != ZJTX_RECORD_ERROR)
          {
            g_propagate_error (error, g_steal_pointer (&local_error));
            return FALSE;
          }
        add_problem (imp, row, -1, local_error->message);
        *skipped = TRUE;
        return TRUE;
      }
  }

  if (cells[F_COMMISSIONER].present)
    {
      gint64 pid = person_id (imp, cells[F_COMMISSIONER].text, error);
      if (pid == 0)
        return FALSE;
      *changed |= zjtx_import_set_int64 (e, "commissioner-id", pid);
    }
  if (cells[F_LIAISON].present)
    {
      gint64 pid = person_id (imp, cells[F_LIAISON].text, error);
      if (pid == 0)
        return FALSE;
      *changed |= zjtx_import_set_int64 (e, "liaison-id", pid);
    }

  if (*added || *changed)
    {
      if (!zjtx_store_save (imp->store, ZJTX_RECORD (enterprise), error))
        return FALSE;
      id = zjtx_record_get_id (ZJTX_RECORD (enterprise));
      if (*added)
        {
          if (cells[F_USCC].present)
            g_hash_table_insert (imp->by_uscc, g_strdup (cells[F_USCC].text), GINT_TO_POINTER ((int) id));
          else
            g_hash_table_insert (imp->by_name, g_strdup (cells[F_NAME].text), GINT_TO_POINTER ((int) id));
        }
    }

  if (cells[F_TIER].present)
    {
      g_auto(GValue) key = G_VALUE_INIT;
      g_autoptr(GPtrArray) existing = NULL;
      const char *tier = zjtx_tier_to_id (cells[F_TIER].number);
      gboolean found = FALSE;

      g_value_init (&key, G_TYPE_INT64);
      g_value_set_int64 (&key, id);
      existing = zjtx_store_list (imp->store, ZJTX_TYPE_RECOGNITION, "enterprise_id", &key, NULL, error);
      if (existing == NULL)
        return FALSE;
      for (guint i = 0; i < existing->len && !found; i++)
        {
          ZjtxRecognition *r = g_ptr_array_index (existing, i);
          g_autofree char *t = NULL, *d = NULL;

          g_object_get (r, "tier", &t, "date", &d, NULL);
          if (g_strcmp0 (t, tier) == 0 && g_strcmp0 (d, cells[F_RECOGNITION_DATE].text) == 0)
            {
              /* The same recognition again: update its details. */
              found = TRUE;
              for (Field f = F_REVIEW; f <= F_CERTIFICATE; f++)
                if (cells[f].present && apply_field (G_OBJECT (r), f, &cells[f]))
                  {
                    *changed = TRUE;
                    if (!zjtx_store_save (imp->store, ZJTX_RECORD (r), error))
                      return FALSE;
                  }
            }
        }
      if (!found)
        {
          g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();

          g_object_set (r, "enterprise-id", id, NULL);
          for (Field f = F_TIER; f <= F_CERTIFICATE; f++)
            if (cells[f].present)
              apply_field (G_OBJECT (r), f, &cells[f]);
          if (!zjtx_store_save (imp->store, ZJTX_RECORD (r), error))
            return FALSE;
          *changed = TRUE;
        }
    }

  if (row_has_monitoring (cells))
    {
      g_auto(GValue) key = G_VALUE_INIT;
      g_autoptr(GPtrArray) existing = NULL;
      g_autoptr(ZjtxMonitoringRecord) m = NULL;
      gboolean touched = FALSE;

      g_value_init (&key, G_TYPE_INT64);
      g_value_set_int64 (&key, id);
      existing = zjtx_store_list (imp->store, ZJTX_TYPE_MONITORING_RECORD, "enterprise_id", &key, NULL, error);
      if (existing == NULL)
        return FALSE;
      for (guint i = 0; i < existing->len && m == NULL; i++)
        {
          g_autofree char *period = NULL;
          g_object_get (g_ptr_array_index (existing, i), "period", &period, NULL);
          if (g_strcmp0 (period, cells[F_PERIOD].text) == 0)
            m = g_object_ref (g_ptr_array_index (existing, i));
        }
      if (m == NULL)
        {
          m = zjtx_monitoring_record_new ();
          g_object_set (m, "enterprise-id", id, NULL);
          touched = TRUE;
        }
      for (Field f = F_PERIOD; f < N_FIELDS; f++)
        if (cells[f].present)
          touched |= apply_field (G_OBJECT (m), f, &cells[f]);
      if (touched)
        {
          if (!zjtx_store_save (imp->store, ZJTX_RECORD (m), error))
            return FALSE;
          *changed = TRUE;
        }
    }

  return TRUE;
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
      add_problem (imp, row, F_NAME, _("neither the enterprise's name nor its USCC is given"));
      return FALSE;
    }
  if (!cells[F_NAME].present && find_existing (imp, cells) == 0)
    {
      add_problem (imp, row, F_NAME, _("a new enterprise needs its name"));
      return FALSE;
    }
  if (cells[F_TOWNSHIP].present && !g_hash_table_contains (imp->townships, cells[F_TOWNSHIP].text))
    {
      g_autofree char *reason = g_strdup_printf (_("“%s” is not one of the county's townships"), cells[F_TOWNSHIP].text);
      add_problem (imp, row, F_TOWNSHIP, reason);
      return FALSE;
    }
  if (cells[F_PARK].present && !g_hash_table_contains (imp->parks, cells[F_PARK].text))
    {
      g_autofree char *reason = g_strdup_printf (_("there is no park named “%s” (add it on the parks page first)"),
                                                 cells[F_PARK].text);
      add_problem (imp, row, F_PARK, reason);
      return FALSE;
    }
  if (cells[F_TIER].present && !cells[F_RECOGNITION_DATE].present)
    {
      if (imp->map[F_RECOGNITION_DATE].column < 0)
        add_problem (imp, row, F_TIER, _("a recognition needs its date, and the file has no 认定时间 column"));
      else
        add_problem (imp, row, F_RECOGNITION_DATE, _("a recognition needs its date"));
      return FALSE;
    }
  if (!cells[F_TIER].present && cells[F_RECOGNITION_DATE].present)
    {
      add_problem (imp, row, F_TIER, _("a recognition needs its tier"));
      return FALSE;
    }
  if (row_has_monitoring (cells) && !cells[F_PERIOD].present)
    {
      add_problem (imp, row, F_PERIOD, _("monitoring figures need the year (年度) they are for"));
      return FALSE;
    }
  return TRUE;
}

/* What rows are checked against, and the look-ups rows add to. */
static gboolean
prepare (gpointer   data,
         GError   **error)
{
  Import *imp = data;

  return load_names (imp, "SELECT id, name FROM township", imp->townships, FALSE, error) &&
         load_names (imp, "SELECT id, name FROM park", imp->parks, TRUE, error) &&
         load_lookups (imp, error);
}

static const ZjtxImportRowFuncs row_funcs = { prepare, read_row, write_row };

ZjtxImportReport *
zjtx_import_file (ZjtxStore   *store,
                  const char  *path,
                  gboolean     dry_run,
                  GError     **error)
{
  g_autoptr(ZjtxImportReport) report = NULL;
  g_autoptr(ZjtxTable) table = NULL;
  Import imp = { 0 };
  Cell cells[N_FIELDS] = { { 0 } };
  gboolean ok = FALSE;
  guint first_row;

  table = zjtx_table_read_file (path, error);
  if (table == NULL)
    return NULL;
  /* A support list names enterprises too: it must not be read as one. */
  if (zjtx_support_table_is_list (table))
    return zjtx_support_import_table (store, table, dry_run, error);
  report = zjtx_import_report_new (table, dry_run);

  imp.store = store;
  imp.db = zjtx_store_get_db (store);
  imp.table = table;
  imp.report = report;
  imp.by_uscc = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.townships = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.parks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp.persons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (find_header (&imp, error))
    {
      first_row = 0;
      while (first_row < zjtx_table_get_n_rows (table) && zjtx_table_get_line (table, first_row) <= report->header_line)
        first_row++;
      ok = zjtx_import_rows (store, table, first_row, report, &row_funcs, &imp, cells, N_FIELDS, error);
    }

  zjtx_import_columns_clear (imp.map, N_FIELDS);
  g_clear_pointer (&imp.by_uscc, g_hash_table_unref);
  g_clear_pointer (&imp.by_name, g_hash_table_unref);
  g_clear_pointer (&imp.townships, g_hash_table_unref);
  g_clear_pointer (&imp.parks, g_hash_table_unref);
  g_clear_pointer (&imp.persons, g_hash_table_unref);
  return ok ? g_steal_pointer (&report) : NULL;
}

/* Shared with the support importer (zjtx-import-private.h), so that both
 * lists find their header, count their rows and roll back the same way. */

static int
field_for_header (const char            *normalised,
                  guint                  n_fields,
                  ZjtxImportHeaderFunc   field_header)
{
  const char *name;

  for (guint f = 0; f < n_fields; f++)
    for (guint n = 0; (name = field_header (f, n)) != NULL; n++)
      if (g_str_equal (name, normalised))
        return f;
  return -1;
}

int
zjtx_import_find_header (ZjtxTable             *table,
                         guint                  n_fields,
                         ZjtxImportHeaderFunc   field_header,
                         gboolean             (*is_header) (const int *found,
                                                            guint      n_found),
                         ZjtxImportColumn      *map)
{
  guint rows = zjtx_table_get_n_rows (table);
  g_autofree int *found = g_new (int, n_fields);
  g_autofree int *scales = g_new (int, n_fields);

  /* Lists often carry a title line or two above the header. */
  for (guint r = 0; r < MIN (rows, 10); r++)
    {
      guint n_found = 0;

      for (guint f = 0; f < n_fields; f++)
        found[f] = -1;
      for (guint c = 0; c < zjtx_table_get_n_columns (table, r); c++)
        {
          int scale;
          g_autofree char *h = normalise_header (zjtx_table_get_cell (table, r, c), &scale);
          int f = field_for_header (h, n_fields, field_header);

          if (f >= 0 && found[f] < 0)
            {
              found[f] = c;
              scales[f] = scale;
              n_found++;
            }
        }
      if (!is_header (found, n_found))
        continue;

      for (guint f = 0; map != NULL && f < n_fields; f++)
        {
          const char *header = found[f] >= 0 ? zjtx_table_get_cell (table, r, found[f]) : NULL;

          map[f].column = found[f];
          map[f].scale = found[f] >= 0 ? scales[f] : 1;
          map[f].header = g_strdup (header);
          map[f].percent = header && (strstr (header, "%") || strstr (header, "％"));
        }
      return r;
    }
  return -1;
}

void
zjtx_import_columns_clear (ZjtxImportColumn *map,
                           guint             n_fields)
{
  for (guint f = 0; f < n_fields; f++)
    g_clear_pointer (&map[f].header, g_free);
}

static void
problem_free (ZjtxImportProblem *problem)
{
  g_free (problem->column);
  g_free (problem->reason);
  g_free (problem);
}

ZjtxImportReport *
zjtx_import_report_new (ZjtxTable *table,
                        gboolean   dry_run)
{
  ZjtxImportReport *report = g_new0 (ZjtxImportReport, 1);

  report->columns = g_ptr_array_new_with_free_func (g_free);
  report->ignored = g_ptr_array_new_with_free_func (g_free);
  report->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  report->dry_run = dry_run;
  report->encoding = g_strdup (zjtx_table_get_encoding (table));
  return report;
}

void
zjtx_import_report_header (ZjtxImportReport        *report,
                           ZjtxTable               *table,
                           guint                    header_row,
                           const ZjtxImportColumn  *map,
                           guint                    n_fields,
                           ZjtxImportHeaderFunc     field_header)
{
  report->header_line = zjtx_table_get_line (table, header_row);
  for (guint f = 0; f < n_fields; f++)
    if (map[f].column >= 0)
      g_ptr_array_add (report->columns, g_strdup_printf ("%s → %s", map[f].header, field_header (f, 0)));
  for (guint c = 0; c < zjtx_table_get_n_columns (table, header_row); c++)
    {
      gboolean used = FALSE;

      for (guint f = 0; f < n_fields; f++)
        used |= map[f].column == (int) c;
      if (!used && zjtx_table_get_cell (table, header_row, c)[0] != '\0')
        g_ptr_array_add (report->ignored, g_strdup (zjtx_table_get_cell (table, header_row, c)));
    }
}

void
zjtx_import_report_reject (ZjtxImportReport        *report,
                           ZjtxTable               *table,
                           guint                    row,
                           const ZjtxImportColumn  *column,
                           const char              *reason)
{
  ZjtxImportProblem *problem = g_new0 (ZjtxImportProblem, 1);

  problem->line = zjtx_table_get_line (table, row);
  problem->column = column != NULL ? g_strdup (column->header) : NULL;
  problem->reason = g_strdup (reason);
  g_ptr_array_add (report->problems, problem);
  report->rejected++;
}

gboolean
zjtx_import_read_cells (ZjtxImportReport        *report,
                        ZjtxTable               *table,
                        guint                    row,
                        const ZjtxImportColumn  *map,
                        guint                    n_fields,
                        ZjtxImportParseFunc      parse_cell,
                        ZjtxImportCell          *cells)
{
  for (guint f = 0; f < n_fields; f++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      if (map[f].column < 0)
        continue;
      text = trim (zjtx_table_get_cell (table, row, map[f].column));
      if (text[0] == '\0')
        continue;
      cells[f].present = TRUE;
      cells[f].text = g_strdup (text);
      if (!parse_cell (f, &map[f], text, &cells[f], &error))
        {
          zjtx_import_report_reject (report, table, row, &map[f], error->message);
          return FALSE;
        }
    }
  return TRUE;
}

static void
cells_clear (ZjtxImportCell *cells,
             guint           n_cells)
{
  for (guint f = 0; f < n_cells; f++)
    g_clear_pointer (&cells[f].text, g_free);
  memset (cells, 0, sizeof (ZjtxImportCell) * n_cells);
}

static gboolean
row_is_blank (ZjtxTable *table,
              guint      row)
{
  for (guint c = 0; c < zjtx_table_get_n_columns (table, row); c++)
    {
      g_autofree char *text = trim (zjtx_table_get_cell (table, row, c));
      if (text[0] != '\0')
        return FALSE;
    }
  return TRUE;
}

gboolean
zjtx_import_rows (ZjtxStore                 *store,
                  ZjtxTable                 *table,
                  guint                      first_row,
                  ZjtxImportReport          *report,
                  const ZjtxImportRowFuncs  *funcs,
                  gpointer                   data,
                  ZjtxImportCell            *cells,
                  guint                      n_cells,
                  GError                   **error)
{
  gboolean ok = FALSE;

  /* Everything inside one transaction: all valid rows or nothing. */
  if (!zjtx_store_begin (store, error))
    return FALSE;
  if (!funcs->prepare (data, error))
    {
      zjtx_store_rollback (store);
      return FALSE;
    }

  for (guint row = first_row; row < zjtx_table_get_n_rows (table); row++)
    {
      gboolean added, changed, skipped;

      cells_clear (cells, n_cells);
      if (row_is_blank (table, row))
        continue;
      report->rows++;
      if (!funcs->read_row (data, row, cells))
        continue;

      if (!funcs->write_row (data, row, cells, &added, &changed, &skipped, error))
        {
          /* Not the row's fault (the row was checked before anything of it
           * was written): the import stops and nothing of it stays. */
          zjtx_store_rollback (store);
          goto out;
        }
      if (skipped)
        continue;
      if (added)
        report->added++;
      else if (changed)
        report->updated++;
      else
        report->unchanged++;
    }

  if (report->dry_run)
    {
      zjtx_store_rollback (store);
      ok = TRUE;
    }
  else
    ok = zjtx_store_commit (store, error);

out:
  cells_clear (cells, n_cells);
  return ok;
}

/* For the other importers of the model (zjtx-import-private.h). */

char *
zjtx_import_trim (const char *text)
{
  return trim (text);
}

gboolean
zjtx_import_parse_date (const char  *text,
                        char       **iso,
                        GError     **error)
{
  return parse_date (text, iso, error);
}

gboolean
zjtx_import_parse_number (const char  *text,
                          guint        decimals,
                          gboolean     allow_negative,
                          gint64       limit,
                          gint64      *out,
                          GError     **error)
{
  return parse_number (text, decimals, allow_negative, limit, out, error);
}

gboolean
zjtx_import_parse_bool (const char *text,
                        gint64     *out)
{
  return parse_bool (text, out);
}
