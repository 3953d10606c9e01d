/* zjtx-bulletin.h: the periodic bulletin (定期通报) as a PDF
 *
 * What the bureau hands out at the task force's meetings (policy 五（二）):
 * a summary of the period in sentences, the dashboards as they
 * stood at its end, and tables of the enterprises concerned — recognitions
 * in the period, awards paid, parks that gained or lost the title.
 */
#pragma once

#include <cairo.h>
#include <glib.h>
#include "model/zjtx-store.h"
#include "zjtx-dashboard.h"

G_BEGIN_DECLS

GQuark zjtx_bulletin_error_quark (void);
#define ZJTX_BULLETIN_ERROR (zjtx_bulletin_error_quark ())

typedef enum {
  ZJTX_BULLETIN_ERROR_PERIOD,   /* the period ends before it starts */
  ZJTX_BULLETIN_ERROR_WRITE,    /* cairo could not write the file */
} ZjtxBulletinError;

typedef struct _ZjtxBulletin ZjtxBulletin;

/* Reads what the bulletin of the period from @from to @to (both days
 * included) says. @issuing_office (may be NULL or "") signs it. */
ZjtxBulletin *zjtx_bulletin_new         (ZjtxStore    *store,
                                         ZjtxDate      from,
                                         ZjtxDate      to,
                                         const char   *issuing_office,
                                         GError      **error);
void          zjtx_bulletin_free        (ZjtxBulletin *self);

/* The number of pages, once laid out. */
guint         zjtx_bulletin_get_n_pages (ZjtxBulletin *self);

/* Writes the PDF to @path, whole or not at all. */
gboolean      zjtx_bulletin_write_pdf   (ZjtxBulletin *self,
                                         const char   *path,
                                         GError      **error);

/* Both at once. */
gboolean      zjtx_bulletin_write       (ZjtxStore    *store,
                                         ZjtxDate      from,
                                         ZjtxDate      to,
                                         const char   *issuing_office,
                                         const char   *path,
                                         GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxBulletin, zjtx_bulletin_free)

G_END_DECLS
