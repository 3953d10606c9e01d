/* zjtx-institution.h: a public service institution (公共服务机构)
 *
 * Industrial design, R&D, start-up coaching, human resources… An institution
 * in the demonstration park may earn the service-institution reward on its
 * service claims.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_INSTITUTION (zjtx_institution_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxInstitution, zjtx_institution, ZJTX, INSTITUTION, ZjtxRecord)

ZjtxInstitution *zjtx_institution_new         (void);

const char      *zjtx_institution_get_name    (ZjtxInstitution *self);
void             zjtx_institution_set_name    (ZjtxInstitution *self,
                                               const char      *name);

const char      *zjtx_institution_get_kind    (ZjtxInstitution *self);
void             zjtx_institution_set_kind    (ZjtxInstitution *self,
                                               const char      *kind);

gint64           zjtx_institution_get_park_id (ZjtxInstitution *self);
void             zjtx_institution_set_park_id (ZjtxInstitution *self,
                                               gint64           park_id);

const char      *zjtx_institution_get_notes   (ZjtxInstitution *self);
void             zjtx_institution_set_notes   (ZjtxInstitution *self,
                                               const char      *notes);

G_END_DECLS
