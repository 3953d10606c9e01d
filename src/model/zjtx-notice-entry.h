/* zjtx-notice-entry.h: one award notice and its document number (the "notice" table)
 *
 * A notice (奖励通知书) for one award, numbered per year in sequence:
 * "number" of "year", printed as "doc-number" (永工信商〔2025〕12号). A
 * cancelled notice keeps its row and number ("cancelled-on", "-by" and
 * "cancel-reason"); numbers are never reused (zjtx-notices.h gives them).
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_NOTICE_ENTRY (zjtx_notice_entry_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxNoticeEntry, zjtx_notice_entry, ZJTX, NOTICE_ENTRY, ZjtxRecord)

ZjtxNoticeEntry *zjtx_notice_entry_new (void);

gint64           zjtx_notice_entry_get_award_id (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_award_id (ZjtxNoticeEntry *self,
                                                 gint64 award_id);
gint64           zjtx_notice_entry_get_year (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_year (ZjtxNoticeEntry *self,
                                             gint64 year);
gint64           zjtx_notice_entry_get_number (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_number (ZjtxNoticeEntry *self,
                                               gint64 number);
const char *     zjtx_notice_entry_get_doc_number (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_doc_number (ZjtxNoticeEntry *self,
                                                   const char *doc_number);
const char *     zjtx_notice_entry_get_issued_on (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_issued_on (ZjtxNoticeEntry *self,
                                                  const char *issued_on);
const char *     zjtx_notice_entry_get_issued_by (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_issued_by (ZjtxNoticeEntry *self,
                                                  const char *issued_by);
const char *     zjtx_notice_entry_get_cancelled_on (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_cancelled_on (ZjtxNoticeEntry *self,
                                                     const char *cancelled_on);
const char *     zjtx_notice_entry_get_cancelled_by (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_cancelled_by (ZjtxNoticeEntry *self,
                                                     const char *cancelled_by);
const char *     zjtx_notice_entry_get_cancel_reason (ZjtxNoticeEntry *self);
void             zjtx_notice_entry_set_cancel_reason (ZjtxNoticeEntry *self,
                                                      const char *cancel_reason);

G_END_DECLS
