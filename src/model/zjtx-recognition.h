/* zjtx-recognition.h: a recognition (认定) of an enterprise at a tier
 *
 * "tier" is the id of a ZjtxTier: "innovative", "provincial" or "national".
 * "review" marks a re-review (复核), which keeps a tier but earns no reward.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_RECOGNITION (zjtx_recognition_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxRecognition, zjtx_recognition, ZJTX, RECOGNITION, ZjtxRecord)

ZjtxRecognition *zjtx_recognition_new               (void);

gint64           zjtx_recognition_get_enterprise_id (ZjtxRecognition *self);
void             zjtx_recognition_set_enterprise_id (ZjtxRecognition *self,
                                                     gint64           enterprise_id);

const char      *zjtx_recognition_get_tier          (ZjtxRecognition *self);
void             zjtx_recognition_set_tier          (ZjtxRecognition *self,
                                                     const char      *tier);

const char      *zjtx_recognition_get_date          (ZjtxRecognition *self);
void             zjtx_recognition_set_date          (ZjtxRecognition *self,
                                                     const char      *date);

gboolean         zjtx_recognition_get_review        (ZjtxRecognition *self);
void             zjtx_recognition_set_review        (ZjtxRecognition *self,
                                                     gboolean         review);

const char      *zjtx_recognition_get_batch         (ZjtxRecognition *self);
void             zjtx_recognition_set_batch         (ZjtxRecognition *self,
                                                     const char      *batch);

const char      *zjtx_recognition_get_certificate   (ZjtxRecognition *self);
void             zjtx_recognition_set_certificate   (ZjtxRecognition *self,
                                                     const char      *certificate);

const char      *zjtx_recognition_get_notes         (ZjtxRecognition *self);
void             zjtx_recognition_set_notes         (ZjtxRecognition *self,
                                                     const char      *notes);

G_END_DECLS
