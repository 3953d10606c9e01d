/* zjtx-import-private.h: what every importer of the model reads cells with
 *
 * The same reading of headers, dates, numbers and yes/no for every list
 * (enterprises in zjtx-import.c, support records in zjtx-support-list.c),
 * so that a file an officer prepares reads the same way whatever it holds.
 */
#pragma once

#include <glib.h>

#include "zjtx-import.h"
#include "zjtx-table-reader.h"

G_BEGIN_DECLS

/* Spaces, a parenthesised unit and ASCII case dropped; *@scale is 10000
 * when the unit is in 万 (万元), else 1. */
char     *zjtx_import_normalise_header (const char  *header,
                                        int         *scale);
/* Without leading and trailing spaces, full-width ones included. */
char     *zjtx_import_trim             (const char  *text);
/* 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315 → ISO. */
gboolean  zjtx_import_parse_date       (const char  *text,
                                        char       **iso,
                                        GError     **error);
/* Digits with thousands separators and at most @decimals decimals, scaled
 * by 10^@decimals. */
gboolean  zjtx_import_parse_number     (const char  *text,
                                        guint        decimals,
                                        gboolean     allow_negative,
                                        gint64       limit,
                                        gint64      *out,
                                        GError     **error);
/* 是/否, √/×, yes/no, true/false, 1/0. */
gboolean  zjtx_import_parse_bool       (const char  *text,
                                        gint64      *out);

/* For zjtx_import_file (): a support list (it has a 扶持类型 column) goes to
 * the support importer rather than being read as enterprises. */
gboolean           zjtx_support_table_is_list    (ZjtxTable   *table);
ZjtxImportReport  *zjtx_support_import_table     (ZjtxStore   *store,
                                                  ZjtxTable   *table,
                                                  gboolean     dry_run,
                                                  GError     **error);

G_END_DECLS
