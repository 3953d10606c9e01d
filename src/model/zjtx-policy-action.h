/* zjtx-policy-action.h: an action of the policy and the units responsible for it
 *
 * "clause" is the policy's own numbering, e.g. "四（二）"; "responsible-units"
 * lists the responsible units (责任单位) separated by "、", in the policy's
 * order.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_POLICY_ACTION (zjtx_policy_action_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxPolicyAction, zjtx_policy_action, ZJTX, POLICY_ACTION, ZjtxRecord)

ZjtxPolicyAction *zjtx_policy_action_new                   (void);

const char       *zjtx_policy_action_get_clause            (ZjtxPolicyAction *self);
void              zjtx_policy_action_set_clause            (ZjtxPolicyAction *self,
                                                            const char       *clause);

const char       *zjtx_policy_action_get_name              (ZjtxPolicyAction *self);
void              zjtx_policy_action_set_name              (ZjtxPolicyAction *self,
                                                            const char       *name);

const char       *zjtx_policy_action_get_responsible_units (ZjtxPolicyAction *self);
void              zjtx_policy_action_set_responsible_units (ZjtxPolicyAction *self,
                                                            const char       *responsible_units);

int               zjtx_policy_action_get_position          (ZjtxPolicyAction *self);
void              zjtx_policy_action_set_position          (ZjtxPolicyAction *self,
                                                            int               position);

G_END_DECLS
