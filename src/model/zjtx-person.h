/* zjtx-person.h: a person the bureau works with
 *
 * Service commissioners (服务专员) and liaison leaders (挂钩领导) of
 * enterprises are people, referred to by id.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_PERSON (zjtx_person_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxPerson, zjtx_person, ZJTX, PERSON, ZjtxRecord)

ZjtxPerson *zjtx_person_new       (void);

const char *zjtx_person_get_name  (ZjtxPerson *self);
void        zjtx_person_set_name  (ZjtxPerson *self,
                                   const char *name);

const char *zjtx_person_get_unit  (ZjtxPerson *self);
void        zjtx_person_set_unit  (ZjtxPerson *self,
                                   const char *unit);

const char *zjtx_person_get_title (ZjtxPerson *self);
void        zjtx_person_set_title (ZjtxPerson *self,
                                   const char *title);

const char *zjtx_person_get_phone (ZjtxPerson *self);
void        zjtx_person_set_phone (ZjtxPerson *self,
                                   const char *phone);

const char *zjtx_person_get_notes (ZjtxPerson *self);
void        zjtx_person_set_notes (ZjtxPerson *self,
                                   const char *notes);

G_END_DECLS
