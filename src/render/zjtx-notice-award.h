/* zjtx-notice-award.h: the award notice of a ledger award
 *
 * What goes on an award's notice, from the store: the recipient's name,
 * the kind of award and its basis in the words of the document (always
 * Chinese: it is an official document), the policy's document number,
 * title and clause, and the amount. The document number, the date, the
 * issuing office and the seal are the caller's (zjtx-notices.h gives the
 * number; the office and seal are preferences).
 */
#pragma once

#include "core/zjtx-date.h"
#include "model/zjtx-store.h"
#include "zjtx-notice.h"

G_BEGIN_DECLS

/* The kind of award as the documents name it: "省级专精特新中小企业认定奖励". */
const char *zjtx_document_kind_label  (const char   *kind_id);

/* The notice of award @award_id, laid out. */
ZjtxNotice *zjtx_notice_new_for_award (ZjtxStore    *store,
                                       gint64        award_id,
                                       const char   *doc_number,
                                       ZjtxDate      date,
                                       const char   *issuing_office,
                                       const char   *seal_png,
                                       GError      **error);

G_END_DECLS
