/* zjtx-parks-page.h: the parks, the park-title verdict of each, and its editor */
#pragma once

#include <adwaita.h>

#include "core/zjtx-date.h"
#include "core/zjtx-evaluator.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_PARKS_PAGE (zjtx_parks_page_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxParksPage, zjtx_parks_page, ZJTX, PARKS_PAGE, AdwBin)

GtkWidget      *zjtx_parks_page_new            (ZjtxStore     *store);
ZjtxStore      *zjtx_parks_page_get_store      (ZjtxParksPage *self);

ZjtxDate        zjtx_parks_page_get_as_of      (ZjtxParksPage *self);
/* The date the verdicts are judged on (today unless set); reloads. */
void            zjtx_parks_page_set_as_of      (ZjtxParksPage *self,
                                                ZjtxDate       as_of);

/* Reads the store again and re-evaluates: after a change made elsewhere
 * (an enterprise's recognition, a new member), the verdicts follow. Done
 * now if the page is shown, else when it is next shown. */
void            zjtx_parks_page_reload         (ZjtxParksPage *self);

/* The evaluation shown, or NULL if the store could not be evaluated. */
ZjtxEvaluation *zjtx_parks_page_get_evaluation (ZjtxParksPage *self);

/* The selected park's id in the store, 0 for none. */
gint64          zjtx_parks_page_get_selected   (ZjtxParksPage *self);
/* Selects the park of store id @park_id; FALSE if it is not listed. */
gboolean        zjtx_parks_page_select         (ZjtxParksPage *self,
                                                gint64         park_id);

/* Opens the park editor on the park @park_id, or on a new park for 0, and
 * returns it (owned by the page). Saving closes it and reloads the page. */
GtkWindow      *zjtx_parks_page_edit           (ZjtxParksPage *self,
                                                gint64         park_id);

G_END_DECLS
