/* zjtx-notice-print-operation.h: award notices through the print dialog */
#pragma once

#include <gtk/gtk.h>

#include "render/zjtx-notice.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_NOTICE_PRINT_OPERATION (zjtx_notice_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxNoticePrintOperation, zjtx_notice_print_operation, ZJTX, NOTICE_PRINT_OPERATION,
                      GtkPrintOperation)

/* Prints @notices (ZjtxNotice, laid out for A4) one after the other, each
 * from a new sheet, as src/render draws them for PDF. */
ZjtxNoticePrintOperation *zjtx_notice_print_operation_new (GPtrArray *notices);

G_END_DECLS
