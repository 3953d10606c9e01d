/* zjtx-township.h: a township of the county (乡镇)
 *
 * The 22 townships of Yongchun are built in; officers may add others.
 * Enterprises and parks refer to a township by its name, and the database
 * carries a change of name over to them.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TOWNSHIP (zjtx_township_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxTownship, zjtx_township, ZJTX, TOWNSHIP, ZjtxRecord)

ZjtxTownship *zjtx_township_new          (void);

const char   *zjtx_township_get_name     (ZjtxTownship *self);
void          zjtx_township_set_name     (ZjtxTownship *self,
                                          const char   *name);

gboolean      zjtx_township_get_builtin  (ZjtxTownship *self);
void          zjtx_township_set_builtin  (ZjtxTownship *self,
                                          gboolean      builtin);

int           zjtx_township_get_position (ZjtxTownship *self);
void          zjtx_township_set_position (ZjtxTownship *self,
                                          int           position);

G_END_DECLS
