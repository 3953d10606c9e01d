/* zjtx-rent.h: rent of park industrial housing
 *
 * The basis of the rent subsidy (租金补贴): "monthly" rent in fen
 * (ZJTX_RECORD_NULL until entered) for "months" months from "start-date"
 * (NULL when not known).
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_RENT (zjtx_rent_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxRent, zjtx_rent, ZJTX, RENT, ZjtxRecord)

ZjtxRent   *zjtx_rent_new               (void);

gint64      zjtx_rent_get_enterprise_id (ZjtxRent   *self);
void        zjtx_rent_set_enterprise_id (ZjtxRent   *self,
                                         gint64      enterprise_id);

gint64      zjtx_rent_get_monthly       (ZjtxRent   *self);
void        zjtx_rent_set_monthly       (ZjtxRent   *self,
                                         gint64      monthly);

int         zjtx_rent_get_months        (ZjtxRent   *self);
void        zjtx_rent_set_months        (ZjtxRent   *self,
                                         int         months);

const char *zjtx_rent_get_start_date    (ZjtxRent   *self);
void        zjtx_rent_set_start_date    (ZjtxRent   *self,
                                         const char *start_date);

G_END_DECLS
