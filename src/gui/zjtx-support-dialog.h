/* zjtx-support-dialog.h: one support record of an enterprise, added or edited
 *
 * A form whose rows follow the kind of support chosen (a loan asks for its
 * bank, amount and rate; a platform for its kind and level …). Apply checks
 * the record as the store will (naming the field, marking its row) and
 * writes the form into the record only if it passes; the enterprise editor
 * saves it with the enterprise.
 */
#pragma once

#include <adwaita.h>

#include "core/zjtx-date.h"
#include "model/zjtx-support-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_SUPPORT_DIALOG (zjtx_support_dialog_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxSupportDialog, zjtx_support_dialog, ZJTX, SUPPORT_DIALOG, AdwWindow)

/* @record: the record to edit, or NULL for a new one. @today: the last day
 * a support record may be dated (the store's today). */
ZjtxSupportDialog *zjtx_support_dialog_new        (GtkWindow         *parent,
                                                   ZjtxSupportRecord *record,
                                                   ZjtxDate           today);
/* The record the form is written into: the one given, or a new one. */
ZjtxSupportRecord *zjtx_support_dialog_get_record (ZjtxSupportDialog *self);

G_END_DECLS
