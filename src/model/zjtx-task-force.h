/* zjtx-task-force.h: who serves the enterprises, read with SQL
 *
 * The task force page asks three things the record classes cannot answer
 * cheaply: how many enterprises each person serves as commissioner (and
 * which), and which provincial-or-higher enterprises still have none. Only
 * reads here; every change goes through zjtx_store_save ().
 */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"
#include "zjtx-pool-query.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

typedef struct {
  gint64  id;
  char   *name;
  char   *title;
  char   *unit;
  char   *phone;
  guint   n_served;    /* enterprises whose commissioner this person is */
  guint   n_liaised;   /* enterprises whose liaison leader this person is */
} ZjtxTaskForcePerson;

void       zjtx_task_force_person_free       (ZjtxTaskForcePerson *person);

/* Every person (ZjtxTaskForcePerson), ordered by name then id. */
GPtrArray *zjtx_task_force_list_people       (ZjtxStore  *store,
                                              GError    **error);

/* Names (char *) of the enterprises @commissioner_id serves, by name. */
GPtrArray *zjtx_task_force_list_served       (ZjtxStore  *store,
                                              gint64      commissioner_id,
                                              GError    **error);

/* Enterprises (ZjtxPoolRow) holding a provincial or national tier on
 * @as_of without a commissioner: national ones first, each tier by name;
 * at most @limit (0: all). *@total gets how many there are in all. */
GPtrArray *zjtx_task_force_list_unserved     (ZjtxStore  *store,
                                              ZjtxDate    as_of,
                                              guint       limit,
                                              guint      *total,
                                              GError    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ZjtxTaskForcePerson, zjtx_task_force_person_free)

G_END_DECLS
