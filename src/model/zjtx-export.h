/* zjtx-export.h: the pool as spreadsheets (CSV with BOM, or .xlsx)
 *
 * Headers are the words the importer recognises, so that exporting and
 * importing again changes nothing.
 */
#pragma once

#include <glib.h>

#include "zjtx-store.h"
#include "zjtx-table-writer.h"

G_BEGIN_DECLS

typedef enum {
  ZJTX_EXPORT_ENTERPRISES,
  ZJTX_EXPORT_RECOGNITIONS,
  ZJTX_EXPORT_MONITORING,
  ZJTX_EXPORT_AWARDS,
  ZJTX_EXPORT_SUPPORT,       /* support records (zjtx-support-list.h) */
} ZjtxExportWhat;

/* "enterprises", "recognitions", "monitoring", "awards", "support" */
gboolean  zjtx_export_what_from_name (const char      *name,
                                      ZjtxExportWhat  *what);

/* Writes the file whole or not at all; *n_rows (if given) gets the rows written. */
gboolean  zjtx_export                (ZjtxStore       *store,
                                      ZjtxExportWhat   what,
                                      ZjtxTableFormat  format,
                                      const char      *path,
                                      guint           *n_rows,
                                      GError         **error);

G_END_DECLS
