/* model-test-util.h: what the model's tests share
 *
 * A temporary tree removed, a date read, a record saved or a value queried
 * through a store, each failing the test rather than returning an error.
 */
#pragma once

#include "core/zjtx-date.h"
#include "model/zjtx-store.h"

G_BEGIN_DECLS

/* @path and everything below it. */
void      model_test_remove_tree (const char *path);
/* "2025-06-30" → the date, or fails the test. */
ZjtxDate  model_test_date        (const char *iso);
/* Saves @record (a ZjtxRecord) through @store, or fails the test. */
void      model_test_save        (ZjtxStore  *store,
                                  gpointer    record);
/* The first column of @sql's first row on @store's database: an integer
 * (-1 without a row), or text (NULL without a row or for NULL). */
gint64    model_test_query_int   (ZjtxStore  *store,
                                  const char *sql);
char     *model_test_query_text  (ZjtxStore  *store,
                                  const char *sql);

G_END_DECLS
