/* zjtx-service-claim.h: a service institution's claim on its service fees
 *
 * "service-fees" is in fen (ZJTX_RECORD_NULL until entered); "rate" is the
 * reward rate asked, in ppm (1% = 10000), or ZJTX_RECORD_NULL when none is
 * given and the policy's default applies.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_SERVICE_CLAIM (zjtx_service_claim_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxServiceClaim, zjtx_service_claim, ZJTX, SERVICE_CLAIM, ZjtxRecord)

ZjtxServiceClaim *zjtx_service_claim_new                (void);

gint64            zjtx_service_claim_get_institution_id (ZjtxServiceClaim *self);
void              zjtx_service_claim_set_institution_id (ZjtxServiceClaim *self,
                                                         gint64            institution_id);

gint64            zjtx_service_claim_get_service_fees   (ZjtxServiceClaim *self);
void              zjtx_service_claim_set_service_fees   (ZjtxServiceClaim *self,
                                                         gint64            service_fees);

gint64            zjtx_service_claim_get_rate           (ZjtxServiceClaim *self);
void              zjtx_service_claim_set_rate           (ZjtxServiceClaim *self,
                                                         gint64            rate);

const char       *zjtx_service_claim_get_date           (ZjtxServiceClaim *self);
void              zjtx_service_claim_set_date           (ZjtxServiceClaim *self,
                                                         const char       *date);

const char       *zjtx_service_claim_get_notes          (ZjtxServiceClaim *self);
void              zjtx_service_claim_set_notes          (ZjtxServiceClaim *self,
                                                         const char       *notes);

G_END_DECLS
