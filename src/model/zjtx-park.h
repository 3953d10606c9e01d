/* zjtx-park.h: an industrial park (园区)
 *
 * Whether a park is contiguous (集中连片) decides the park title; whether it
 * is an SRDI demonstration park decides the supports of 四（二） for the
 * enterprises entering it.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_PARK (zjtx_park_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxPark, zjtx_park, ZJTX, PARK, ZjtxRecord)

ZjtxPark   *zjtx_park_new               (void);

const char *zjtx_park_get_name          (ZjtxPark   *self);
void        zjtx_park_set_name          (ZjtxPark   *self,
                                         const char *name);

const char *zjtx_park_get_township      (ZjtxPark   *self);
void        zjtx_park_set_township      (ZjtxPark   *self,
                                         const char *township);

gboolean    zjtx_park_get_contiguous    (ZjtxPark   *self);
void        zjtx_park_set_contiguous    (ZjtxPark   *self,
                                         gboolean    contiguous);

gboolean    zjtx_park_get_standardised  (ZjtxPark   *self);
void        zjtx_park_set_standardised  (ZjtxPark   *self,
                                         gboolean    standardised);

gboolean    zjtx_park_get_demonstration (ZjtxPark   *self);
void        zjtx_park_set_demonstration (ZjtxPark   *self,
                                         gboolean    demonstration);

const char *zjtx_park_get_notes         (ZjtxPark   *self);
void        zjtx_park_set_notes         (ZjtxPark   *self,
                                         const char *notes);

G_END_DECLS
