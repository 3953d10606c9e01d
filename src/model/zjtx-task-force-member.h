/* zjtx-task-force-member.h: a member of the task force (工作专班)
 *
 * "role" is "leader" (组长), "deputy" (副组长) or "member" (成员); "title" is
 * the person's own post, e.g. 副县长.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_TASK_FORCE_MEMBER (zjtx_task_force_member_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxTaskForceMember, zjtx_task_force_member, ZJTX, TASK_FORCE_MEMBER, ZjtxRecord)

ZjtxTaskForceMember *zjtx_task_force_member_new          (void);

const char          *zjtx_task_force_member_get_role     (ZjtxTaskForceMember *self);
void                 zjtx_task_force_member_set_role     (ZjtxTaskForceMember *self,
                                                          const char          *role);

const char          *zjtx_task_force_member_get_name     (ZjtxTaskForceMember *self);
void                 zjtx_task_force_member_set_name     (ZjtxTaskForceMember *self,
                                                          const char          *name);

const char          *zjtx_task_force_member_get_title    (ZjtxTaskForceMember *self);
void                 zjtx_task_force_member_set_title    (ZjtxTaskForceMember *self,
                                                          const char          *title);

const char          *zjtx_task_force_member_get_unit     (ZjtxTaskForceMember *self);
void                 zjtx_task_force_member_set_unit     (ZjtxTaskForceMember *self,
                                                          const char          *unit);

const char          *zjtx_task_force_member_get_phone    (ZjtxTaskForceMember *self);
void                 zjtx_task_force_member_set_phone    (ZjtxTaskForceMember *self,
                                                          const char          *phone);

int                  zjtx_task_force_member_get_position (ZjtxTaskForceMember *self);
void                 zjtx_task_force_member_set_position (ZjtxTaskForceMember *self,
                                                          int                  position);

G_END_DECLS
