/* zjtx-enterprise.h: an enterprise of the cultivation pool
 *
 * Its tier is not a property: it follows from its recognitions and the date
 * (see src/core). "uscc", "township", "founded" and "park-entry-date" are NULL
 * when not known; "first-year-kwh" (electricity used in the first year in the
 * park, in kWh) is ZJTX_RECORD_NULL when not reported. "support-choice" is
 * "auto" (the larger of the loan interest and rent subsidies) or an officer's
 * choice of one, "loan_interest_subsidy" or "rent_subsidy", with a reason.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_ENTERPRISE (zjtx_enterprise_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxEnterprise, zjtx_enterprise, ZJTX, ENTERPRISE, ZjtxRecord)

ZjtxEnterprise *zjtx_enterprise_new                       (void);

const char     *zjtx_enterprise_get_name                  (ZjtxEnterprise *self);
void            zjtx_enterprise_set_name                  (ZjtxEnterprise *self,
                                                           const char     *name);

const char     *zjtx_enterprise_get_uscc                  (ZjtxEnterprise *self);
void            zjtx_enterprise_set_uscc                  (ZjtxEnterprise *self,
                                                           const char     *uscc);

const char     *zjtx_enterprise_get_township              (ZjtxEnterprise *self);
void            zjtx_enterprise_set_township              (ZjtxEnterprise *self,
                                                           const char     *township);

const char     *zjtx_enterprise_get_industry              (ZjtxEnterprise *self);
void            zjtx_enterprise_set_industry              (ZjtxEnterprise *self,
                                                           const char     *industry);

const char     *zjtx_enterprise_get_niche                 (ZjtxEnterprise *self);
void            zjtx_enterprise_set_niche                 (ZjtxEnterprise *self,
                                                           const char     *niche);

const char     *zjtx_enterprise_get_products              (ZjtxEnterprise *self);
void            zjtx_enterprise_set_products              (ZjtxEnterprise *self,
                                                           const char     *products);

const char     *zjtx_enterprise_get_address               (ZjtxEnterprise *self);
void            zjtx_enterprise_set_address               (ZjtxEnterprise *self,
                                                           const char     *address);

const char     *zjtx_enterprise_get_legal_representative  (ZjtxEnterprise *self);
void            zjtx_enterprise_set_legal_representative  (ZjtxEnterprise *self,
                                                           const char     *legal_representative);

const char     *zjtx_enterprise_get_contact_person        (ZjtxEnterprise *self);
void            zjtx_enterprise_set_contact_person        (ZjtxEnterprise *self,
                                                           const char     *contact_person);

const char     *zjtx_enterprise_get_contact_phone         (ZjtxEnterprise *self);
void            zjtx_enterprise_set_contact_phone         (ZjtxEnterprise *self,
                                                           const char     *contact_phone);

const char     *zjtx_enterprise_get_founded               (ZjtxEnterprise *self);
void            zjtx_enterprise_set_founded               (ZjtxEnterprise *self,
                                                           const char     *founded);

gint64          zjtx_enterprise_get_park_id               (ZjtxEnterprise *self);
void            zjtx_enterprise_set_park_id               (ZjtxEnterprise *self,
                                                           gint64          park_id);

const char     *zjtx_enterprise_get_park_entry_date       (ZjtxEnterprise *self);
void            zjtx_enterprise_set_park_entry_date       (ZjtxEnterprise *self,
                                                           const char     *park_entry_date);

gboolean        zjtx_enterprise_get_key_target            (ZjtxEnterprise *self);
void            zjtx_enterprise_set_key_target            (ZjtxEnterprise *self,
                                                           gboolean        key_target);

gboolean        zjtx_enterprise_get_recommended           (ZjtxEnterprise *self);
void            zjtx_enterprise_set_recommended           (ZjtxEnterprise *self,
                                                           gboolean        recommended);

gint64          zjtx_enterprise_get_commissioner_id       (ZjtxEnterprise *self);
void            zjtx_enterprise_set_commissioner_id       (ZjtxEnterprise *self,
                                                           gint64          commissioner_id);

gint64          zjtx_enterprise_get_liaison_id            (ZjtxEnterprise *self);
void            zjtx_enterprise_set_liaison_id            (ZjtxEnterprise *self,
                                                           gint64          liaison_id);

gint64          zjtx_enterprise_get_first_year_kwh        (ZjtxEnterprise *self);
void            zjtx_enterprise_set_first_year_kwh        (ZjtxEnterprise *self,
                                                           gint64          first_year_kwh);

const char     *zjtx_enterprise_get_support_choice        (ZjtxEnterprise *self);
void            zjtx_enterprise_set_support_choice        (ZjtxEnterprise *self,
                                                           const char     *support_choice);

const char     *zjtx_enterprise_get_support_choice_reason (ZjtxEnterprise *self);
void            zjtx_enterprise_set_support_choice_reason (ZjtxEnterprise *self,
                                                           const char     *support_choice_reason);

const char     *zjtx_enterprise_get_notes                 (ZjtxEnterprise *self);
void            zjtx_enterprise_set_notes                 (ZjtxEnterprise *self,
                                                           const char     *notes);

G_END_DECLS
