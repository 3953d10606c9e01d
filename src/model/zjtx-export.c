/* zjtx-export.c: the pool as spreadsheets */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "core/zjtx-policy.h"
#include "zjtx-export.h"
#include "zjtx-import-private.h"
#include "zjtx-support-list.h"

/* The common ways of writing a cell (zjtx-import-private.h), then the pool's own. */
typedef enum {
  AS_TEXT = ZJTX_EXPORT_AS_TEXT,
  AS_DATE = ZJTX_EXPORT_AS_DATE,
  AS_MONEY = ZJTX_EXPORT_AS_MONEY,
  AS_INTEGER = ZJTX_EXPORT_AS_INTEGER,
  AS_BOOL = ZJTX_EXPORT_AS_OWN,
  AS_TIER,
  AS_REVIEW,
  AS_KIND,
} As;

typedef ZjtxExportColumn Column;

static const Column enterprise_columns[] = {
  { NC_("spreadsheet column", "Name"), AS_TEXT },
  { NC_("spreadsheet column", "USCC"), AS_TEXT },
  { NC_("spreadsheet column", "Township"), AS_TEXT },
  { NC_("spreadsheet column", "Industry chain"), AS_TEXT },
  { NC_("spreadsheet column", "Niche market"), AS_TEXT },
  { NC_("spreadsheet column", "Main products"), AS_TEXT },
  { NC_("spreadsheet column", "Address"), AS_TEXT },
  { NC_("spreadsheet column", "Legal representative"), AS_TEXT },
  { NC_("spreadsheet column", "Contact person"), AS_TEXT },
  { NC_("spreadsheet column", "Contact phone"), AS_TEXT },
  { NC_("spreadsheet column", "Founded"), AS_DATE },
  { NC_("spreadsheet column", "Park"), AS_TEXT },
  { NC_("spreadsheet column", "Park entry date"), AS_DATE },
  { NC_("spreadsheet column", "Key target"), AS_BOOL },
  { NC_("spreadsheet column", "Recommended"), AS_BOOL },
  { NC_("spreadsheet column", "Service commissioner"), AS_TEXT },
  { NC_("spreadsheet column", "Liaison leader"), AS_TEXT },
  { NC_("spreadsheet column", "First-year kWh"), AS_INTEGER },
  { NC_("spreadsheet column", "Notes"), AS_TEXT },
};

static const char enterprise_sql[] =
  "SELECT e.name, e.uscc, e.township, e.industry, e.niche, e.products, e.address, "
  "       e.legal_representative, e.contact_person, e.contact_phone, e.founded, p.name, "
  "       e.park_entry_date, e.key_target, e.recommended, c.name, l.name, e.first_year_kwh, e.notes "
  "FROM enterprise e LEFT JOIN park p ON p.id = e.park_id "
  "LEFT JOIN person c ON c.id = e.commissioner_id LEFT JOIN person l ON l.id = e.liaison_id "
  "ORDER BY e.id";

static const Column recognition_columns[] = {
  { NC_("spreadsheet column", "Name"), AS_TEXT },
  { NC_("spreadsheet column", "USCC"), AS_TEXT },
  { NC_("spreadsheet column", "Tier"), AS_TIER },
  { NC_("spreadsheet column", "Recognition date"), AS_DATE },
  { NC_("spreadsheet column", "Recognition type"), AS_REVIEW },
  { NC_("spreadsheet column", "Batch"), AS_TEXT },
  { NC_("spreadsheet column", "Certificate number"), AS_TEXT },
};

static const char recognition_sql[] =
  "SELECT e.name, e.uscc, r.tier, r.date, r.review, r.batch, r.certificate "
  "FROM recognition r JOIN enterprise e ON e.id = r.enterprise_id ORDER BY e.id, r.date, r.id";

static const Column monitoring_columns[] = {
  { NC_("spreadsheet column", "Name"), AS_TEXT },
  { NC_("spreadsheet column", "USCC"), AS_TEXT },
  { NC_("spreadsheet column", "Period"), AS_TEXT },
  { NC_("spreadsheet column", "Revenue (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Output value (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "R&D expense (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Employees"), AS_INTEGER },
  { NC_("spreadsheet column", "Electricity (kWh)"), AS_INTEGER },
  { NC_("spreadsheet column", "Tax paid (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Profit (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Patents"), AS_INTEGER },
};

static const char monitoring_sql[] =
  "SELECT e.name, e.uscc, m.period, m.revenue, m.output, m.rd_expense, m.employees, m.kwh, "
  "       m.tax_paid, m.profit, m.patents "
  "FROM monitoring_record m JOIN enterprise e ON e.id = m.enterprise_id ORDER BY e.id, m.period";

static const Column award_columns[] = {
  { NC_("spreadsheet column", "Recipient"), AS_TEXT },
  { NC_("spreadsheet column", "USCC"), AS_TEXT },
  { NC_("spreadsheet column", "Award"), AS_KIND },
  { NC_("spreadsheet column", "Amount (yuan)"), AS_MONEY },
  { NC_("spreadsheet column", "Policy"), AS_TEXT },
  { NC_("spreadsheet column", "Clause"), AS_TEXT },
  { NC_("spreadsheet column", "Basis"), AS_TEXT },
  { NC_("spreadsheet column", "Status"), AS_TEXT },
  { NC_("spreadsheet column", "Proposed on"), AS_DATE },
  { NC_("spreadsheet column", "Approved on"), AS_DATE },
  { NC_("spreadsheet column", "Paid on"), AS_DATE },
  { NC_("spreadsheet column", "Voucher"), AS_TEXT },
};

static const char award_sql[] =
  "SELECT coalesce (e.name, i.name), e.uscc, a.kind, a.amount, p.doc_number, a.clause, a.basis, a.status, "
  "       a.proposed_on, a.approved_on, a.paid_on, a.voucher "
  "FROM award a LEFT JOIN enterprise e ON e.id = a.enterprise_id "
  "LEFT JOIN institution i ON i.id = a.institution_id LEFT JOIN policy p ON p.policy_key = a.policy_key "
  "ORDER BY a.id";

gboolean
zjtx_export_what_from_name (const char     *name,
                            ZjtxExportWhat *what)
{
  static const char * const names[] = { "enterprises", "recognitions", "monitoring", "awards", "support" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (name, names[i]) == 0)
      {
        *what = i;
        return TRUE;
      }
  return FALSE;
}

/* The pool's own kinds of cell (from AS_BOOL on). */
static void
add_cell (ZjtxTableWriter *writer,
          sqlite3_stmt    *stmt,
          int              i,
          int              as)
{
  const char *text = (const char *) sqlite3_column_text (stmt, i);
  gboolean null = sqlite3_column_type (stmt, i) == SQLITE_NULL;

  if (null)
    {
      zjtx_table_writer_add_empty (writer);
      return;
    }

  switch (as)
    {
    case AS_BOOL:
      zjtx_table_writer_add_text (writer, sqlite3_column_int (stmt, i) ? _("Yes") : _("No"));
      break;
    case AS_TIER:
      {
        ZjtxTier tier = ZJTX_TIER_NONE;
        zjtx_tier_from_id (text, &tier);
        zjtx_table_writer_add_text (writer, zjtx_tier_get_label (tier));
      }
      break;
    case AS_REVIEW:
      zjtx_table_writer_add_text (writer, sqlite3_column_int (stmt, i) ? _("Re-review") : _("First"));
      break;
    case AS_KIND:
      {
        ZjtxAwardKind kind;
        zjtx_table_writer_add_text (writer, zjtx_award_kind_from_id (text, &kind) ? zjtx_award_kind_get_label (kind) : text);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/* A cell of one of the common kinds; NULL is an empty cell. */
static void
add_common_cell (ZjtxTableWriter *writer,
                 sqlite3_stmt    *stmt,
                 int              i,
                 int              as)
{
  const char *text = (const char *) sqlite3_column_text (stmt, i);

  if (sqlite3_column_type (stmt, i) == SQLITE_NULL)
    {
      zjtx_table_writer_add_empty (writer);
      return;
    }

  switch (as)
    {
    case ZJTX_EXPORT_AS_DATE:
      zjtx_table_writer_add_date (writer, text);
      break;
    case ZJTX_EXPORT_AS_MONEY:
      zjtx_table_writer_add_money (writer, sqlite3_column_int64 (stmt, i));
      break;
    case ZJTX_EXPORT_AS_INTEGER:
      zjtx_table_writer_add_integer (writer, sqlite3_column_int64 (stmt, i));
      break;
    case ZJTX_EXPORT_AS_TEXT:
    default:
      zjtx_table_writer_add_text (writer, text);
      break;
    }
}

/* Shared with the support list's export (zjtx-import-private.h), so that
 * every list has the same header row, cells of the common kinds and save. */
gboolean
zjtx_export_query (ZjtxStore               *store,
                   const char              *sql,
                   const ZjtxExportColumn  *columns,
                   guint                    n_columns,
                   ZjtxExportCellFunc       add_own_cell,
                   ZjtxTableFormat          format,
                   const char              *sheet,
                   const char              *path,
                   guint                   *n_rows,
                   GError                 **error)
{
  g_autoptr(ZjtxTableWriter) writer = zjtx_table_writer_new (format, sheet);
  sqlite3_stmt *stmt = NULL;
  guint rows = 0;
  int rc;

  for (guint c = 0; c < n_columns; c++)
    zjtx_table_writer_add_column (writer, g_dpgettext2 (GETTEXT_PACKAGE, "spreadsheet column", columns[c].header),
                                  columns[c].as == ZJTX_EXPORT_AS_MONEY ? ZJTX_COLUMN_MONEY :
                                  columns[c].as == ZJTX_EXPORT_AS_INTEGER ? ZJTX_COLUMN_INTEGER :
                                  columns[c].as == ZJTX_EXPORT_AS_DATE ? ZJTX_COLUMN_DATE : ZJTX_COLUMN_TEXT, 0);

  rc = sqlite3_prepare_v2 (zjtx_store_get_db (store), sql, -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      zjtx_table_writer_begin_row (writer);
      for (guint c = 0; c < n_columns; c++)
        if (columns[c].as >= ZJTX_EXPORT_AS_OWN)
          add_own_cell (writer, stmt, c, columns[c].as);
        else
          add_common_cell (writer, stmt, c, columns[c].as);
      rows++;
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return zjtx_store_set_sqlite_error (store, rc, _("exporting"), error);

  if (!zjtx_table_writer_save (writer, path, error))
    return FALSE;
  if (n_rows)
    *n_rows = rows;
  return TRUE;
}

gboolean
zjtx_export (ZjtxStore        *store,
             ZjtxExportWhat    what,
             ZjtxTableFormat   format,
             const char       *path,
             guint            *n_rows,
             GError          **error)
{
  const Column *columns = NULL;
  guint n_columns = 0;
  const char *sql = NULL;
  const char *sheet = NULL;

  /* Support records have a list of their own, with its labels. */
  if (what == ZJTX_EXPORT_SUPPORT)
    return zjtx_support_export (store, format, path, n_rows, error);

  switch (what)
    {
    case ZJTX_EXPORT_ENTERPRISES:
      columns = enterprise_columns, n_columns = G_N_ELEMENTS (enterprise_columns);
      sql = enterprise_sql, sheet = _("Enterprises");
      break;
    case ZJTX_EXPORT_RECOGNITIONS:
      columns = recognition_columns, n_columns = G_N_ELEMENTS (recognition_columns);
      sql = recognition_sql, sheet = _("Recognitions");
      break;
    case ZJTX_EXPORT_MONITORING:
      columns = monitoring_columns, n_columns = G_N_ELEMENTS (monitoring_columns);
      sql = monitoring_sql, sheet = _("Monitoring");
      break;
    case ZJTX_EXPORT_AWARDS:
    default:
      columns = award_columns, n_columns = G_N_ELEMENTS (award_columns);
      sql = award_sql, sheet = _("Awards");
      break;
    }

  return zjtx_export_query (store, sql, columns, n_columns, add_cell, format, sheet, path, n_rows, error);
}
