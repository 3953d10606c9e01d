/* zjtx-notice-award.c: the award notice of a ledger award */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-institution.h"
#include "model/zjtx-ledger-entry.h"
#include "zjtx-notice-award.h"

/* The document's own words, Chinese whatever the interface's language
 * (GB/T 9704 documents are written in Chinese), keyed by the kind's id. */
static const struct {
  const char *kind;
  const char *label;
  const char *tier;     /* for recognition rewards: the tier recognised */
} document_kinds[] = {
  { "recognition_innovative", "创新型中小企业认定奖励", "创新型中小企业" },
  { "recognition_provincial", "省级专精特新中小企业认定奖励", "省级专精特新中小企业" },
  { "recognition_national", "国家专精特新“小巨人”企业认定奖励", "国家专精特新“小巨人”企业" },
  { "loan_interest_subsidy", "融资贴息", NULL },
  { "rent_subsidy", "租金补贴", NULL },
  { "production_reward", "达产奖励", NULL },
  { "service_institution_reward", "公共服务机构奖励", NULL },
};

const char *
zjtx_document_kind_label (const char *kind_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_kinds); i++)
    if (g_strcmp0 (document_kinds[i].kind, kind_id) == 0)
      return document_kinds[i].label;
  return kind_id;
}

static const char *
document_tier (const char *kind_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (document_kinds); i++)
    if (g_strcmp0 (document_kinds[i].kind, kind_id) == 0)
      return document_kinds[i].tier;
  return NULL;
}

ZjtxNotice *
zjtx_notice_new_for_award (ZjtxStore   *store,
                           gint64       award_id,
                           const char  *doc_number,
                           ZjtxDate     date,
                           const char  *issuing_office,
                           const char  *seal_png,
                           GError     **error)
{
  g_autoptr(ZjtxLedgerEntry) award = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autofree char *recipient = NULL;
  g_autofree char *basis = NULL;
  ZjtxPolicy *policy = NULL;
  const char *tier;
  ZjtxNoticeData data;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (doc_number != NULL && issuing_office != NULL, NULL);

  award = zjtx_store_load (store, ZJTX_TYPE_LEDGER_ENTRY, award_id, error);
  if (award == NULL)
    return NULL;
  if (g_str_equal (zjtx_ledger_entry_get_recipient_type (award), "enterprise"))
    {
      g_autoptr(ZjtxEnterprise) e = zjtx_store_load (store, ZJTX_TYPE_ENTERPRISE,
                                                     zjtx_ledger_entry_get_enterprise_id (award), error);
      if (e == NULL)
        return NULL;
      recipient = g_strdup (zjtx_enterprise_get_name (e));
    }
  else
    {
      g_autoptr(ZjtxInstitution) i = zjtx_store_load (store, ZJTX_TYPE_INSTITUTION,
                                                      zjtx_ledger_entry_get_institution_id (award), error);
      if (i == NULL)
        return NULL;
      recipient = g_strdup (zjtx_institution_get_name (i));
    }

  policies = zjtx_store_load_policies (store, error);
  if (policies == NULL)
    return NULL;
  for (guint i = 0; i < zjtx_policy_set_get_n (policies); i++)
    if (g_strcmp0 (zjtx_policy_set_get (policies, i)->id, zjtx_ledger_entry_get_policy_key (award)) == 0)
      policy = zjtx_policy_set_get (policies, i);
  if (policy == NULL)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, award_id);

      g_set_error (error, ZJTX_NOTICE_ERROR, ZJTX_NOTICE_ERROR_WRITE,
                   _("The policy “%s” of award %s is not in the database"),
                   zjtx_ledger_entry_get_policy_key (award), number);
      return NULL;
    }

  /* A recognition's basis is said in the document's words; the others'
   * are arithmetic (8,000,000.00 × 1% × 12/12 = 80,000.00), the same in
   * any language. */
  tier = document_tier (zjtx_ledger_entry_get_kind (award));
  if (tier != NULL)
    {
      ZjtxDate event;
      g_autofree char *on = NULL;
      g_autofree char *amount = zjtx_money_format (zjtx_ledger_entry_get_amount (award));

      if (zjtx_date_parse (zjtx_ledger_entry_get_event_date (award), &event, NULL))
        on = zjtx_date_format_cn (event);
      basis = g_strdup_printf ("%s首次认定为%s，一次性奖励%s元", on != NULL ? on : "", tier, amount);
    }
  else
    basis = g_strdup (zjtx_ledger_entry_get_basis (award));

  data = (ZjtxNoticeData) {
    .issuing_office = issuing_office,
    .doc_number = doc_number,
    .recipient = recipient,
    .kind_label = zjtx_document_kind_label (zjtx_ledger_entry_get_kind (award)),
    .policy_doc_number = policy->doc_number,
    .policy_title = policy->title,
    .clause = zjtx_ledger_entry_get_clause (award),
    .basis = basis,
    .amount = zjtx_ledger_entry_get_amount (award),
    .date = date,
    .seal_png = seal_png != NULL && *seal_png != '\0' ? seal_png : NULL,
    .cc = NULL,
  };
  return zjtx_notice_new (&data, error);
}
