/* zjtx-demo.h: a fictional county, to show the application and to measure it
 *
 * zjtx_demo_fill () writes a plausible but invented Yongchun into an empty
 * store: enterprises of the county's industries in its townships, parks
 * (one SRDI demonstration park, two from 1,000 enterprises on), tiered
 * recognitions from 2019 to 2026 with re-reviews, yearly monitoring figures
 * for 2022–2025, the demonstration park's loans, rents and first-year kWh,
 * service institutions with their claims, service commissioners and
 * liaison leaders, the support the pool's enterprises received under the
 * six actions (platforms, loans, guarantees, listing steps, trainings,
 * chains, cultivation steps), and the units' progress on the policy's
 * tasks. Every record goes through zjtx_store_save () (validated and
 * audited) inside one transaction: all of it is written, or nothing.
 *
 * The same @n_enterprises and @seed give the same county, record for record
 * (nothing depends on the clock). The numbers of recognitions per tier and
 * year are fixed shares of @n_enterprises, whatever the seed: at 300 (the
 * county's size) the policy's targets for 2025 are about met.
 */
#pragma once

#include "zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_DEMO_ERROR (zjtx_demo_error_quark ())

typedef enum {
  ZJTX_DEMO_ERROR_NOT_EMPTY,   /* the store holds enterprises already */
} ZjtxDemoError;

GQuark    zjtx_demo_error_quark (void);

/* Fills @store with a county of @n_enterprises (at least 1), the same for
 * the same @seed, in one transaction. Fails, changing nothing, if the store
 * already holds enterprises (ZJTX_DEMO_ERROR_NOT_EMPTY) or a record is
 * refused (the store's error). */
gboolean  zjtx_demo_fill        (ZjtxStore  *store,
                                 guint       n_enterprises,
                                 guint32     seed,
                                 GError    **error);

G_END_DECLS
