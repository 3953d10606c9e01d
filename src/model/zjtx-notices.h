/* zjtx-notices.h: award notices and their document numbers
 *
 * A notice (奖励通知书) is for one approved (or paid) award. Its document
 * number is the next of its year, in sequence, and never reused: a
 * cancelled notice keeps its number, recorded as cancelled; an award whose
 * notice is printed again keeps the number it has.
 */
#pragma once

#include "core/zjtx-date.h"
#include "zjtx-notice-entry.h"
#include "zjtx-store.h"

G_BEGIN_DECLS

#define ZJTX_NOTICES_ERROR (zjtx_notices_error_quark ())

typedef enum {
  ZJTX_NOTICES_ERROR_NOT_FOUND,   /* no such award or notice */
  ZJTX_NOTICES_ERROR_STATE,       /* the award is not approved or paid; the notice is cancelled */
  ZJTX_NOTICES_ERROR_INVALID,     /* a prefix, date or reason missing or wrong */
} ZjtxNoticesError;

GQuark zjtx_notices_error_quark (void);

/* "永工信商〔2025〕12号": the year in full in 〔〕, the number without
 * leading zeros and without 第 (GB/T 9704-2012). */
char      *zjtx_notices_format_doc_number (const char    *prefix,
                                           int            year,
                                           gint64         number);
/* Whether @prefix (untrimmed) can stand before the year in a document
 * number: not blank, at most 20 characters, one line, and without the
 * brackets or 号 that the number adds. ZJTX_NOTICES_ERROR_INVALID says why. */
gboolean   zjtx_notices_check_prefix      (const char    *prefix,
                                           GError       **error);

/* The notices (ZjtxNoticeEntry) of @award_ids, in that order: the live
 * notice an award has, or a new one dated @date with the next number of
 * @date's year under @prefix. All or none. */
GPtrArray *zjtx_notices_issue             (ZjtxStore     *store,
                                           const gint64  *award_ids,
                                           guint          n_ids,
                                           ZjtxDate       date,
                                           const char    *prefix,
                                           GError       **error);
/* The id of the notice printed as @doc_number ("永工信商〔2025〕12号"), or 0
 * with ZJTX_NOTICES_ERROR_NOT_FOUND. */
gint64     zjtx_notices_lookup            (ZjtxStore     *store,
                                           const char    *doc_number,
                                           GError       **error);
/* Cancels a notice with the officer's reason; its number stays taken. */
gboolean   zjtx_notices_cancel            (ZjtxStore     *store,
                                           gint64         notice_id,
                                           ZjtxDate       date,
                                           const char    *reason,
                                           GError       **error);

G_END_DECLS
