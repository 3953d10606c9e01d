/* zjtx-housing-loan.h: a bank loan to buy park industrial housing
 *
 * The basis of the loan interest subsidy (融资贴息). "principal" is in fen and
 * ZJTX_RECORD_NULL until entered; "date" is NULL when not known.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_HOUSING_LOAN (zjtx_housing_loan_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxHousingLoan, zjtx_housing_loan, ZJTX, HOUSING_LOAN, ZjtxRecord)

ZjtxHousingLoan *zjtx_housing_loan_new               (void);

gint64           zjtx_housing_loan_get_enterprise_id (ZjtxHousingLoan *self);
void             zjtx_housing_loan_set_enterprise_id (ZjtxHousingLoan *self,
                                                      gint64           enterprise_id);

gint64           zjtx_housing_loan_get_principal     (ZjtxHousingLoan *self);
void             zjtx_housing_loan_set_principal     (ZjtxHousingLoan *self,
                                                      gint64           principal);

int              zjtx_housing_loan_get_term_months   (ZjtxHousingLoan *self);
void             zjtx_housing_loan_set_term_months   (ZjtxHousingLoan *self,
                                                      int              term_months);

const char      *zjtx_housing_loan_get_bank          (ZjtxHousingLoan *self);
void             zjtx_housing_loan_set_bank          (ZjtxHousingLoan *self,
                                                      const char      *bank);

const char      *zjtx_housing_loan_get_date          (ZjtxHousingLoan *self);
void             zjtx_housing_loan_set_date          (ZjtxHousingLoan *self,
                                                      const char      *date);

G_END_DECLS
