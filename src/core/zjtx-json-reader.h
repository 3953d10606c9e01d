/* zjtx-json-reader.h: strict reading of JSON members with path-named errors
 *
 * Shared by the policy and facts loaders so that every error message starts
 * with the JSON path of the offending value ("rules.rent_subsidy.rate: …")
 * and both documents are held to the same rules (unknown keys rejected,
 * amounts as decimal strings or integers, never floats).
 */
#pragma once

#include <json-glib/json-glib.h>

#include "zjtx-date.h"
#include "zjtx-money.h"

G_BEGIN_DECLS

typedef struct {
  GQuark   domain;
  int      code;
} ZjtxJsonErrorKind;

char     *zjtx_json_path_member  (const char *path,
                                  const char *member);
char     *zjtx_json_path_index   (const char *path,
                                  guint       index);

/* Fails naming the first member of @object not in the NULL-terminated @allowed. */
gboolean  zjtx_json_check_keys   (JsonObject         *object,
                                  const char         *path,
                                  const char * const *allowed,
                                  ZjtxJsonErrorKind   kind,
                                  GError            **error);

/* Each getter: if the member is absent (or null) and not @required, leaves
 * *out untouched and returns TRUE; *present (if given) says whether it was there. */
gboolean  zjtx_json_get_object   (JsonObject *object, const char *path, const char *member,
                                  gboolean required, JsonObject **out, ZjtxJsonErrorKind kind, GError **error);
gboolean  zjtx_json_get_array    (JsonObject *object, const char *path, const char *member,
                                  gboolean required, JsonArray **out, ZjtxJsonErrorKind kind, GError **error);
gboolean  zjtx_json_get_string   (JsonObject *object, const char *path, const char *member,
                                  gboolean required, const char **out, ZjtxJsonErrorKind kind, GError **error);
gboolean  zjtx_json_get_bool     (JsonObject *object, const char *path, const char *member,
                                  gboolean required, gboolean *out, ZjtxJsonErrorKind kind, GError **error);
gboolean  zjtx_json_get_int      (JsonObject *object, const char *path, const char *member,
                                  gboolean required, gint64 min, gint64 max, gint64 *out,
                                  ZjtxJsonErrorKind kind, GError **error);
gboolean  zjtx_json_get_date     (JsonObject *object, const char *path, const char *member,
                                  gboolean required, ZjtxDate *out, ZjtxJsonErrorKind kind, GError **error);
/* A decimal string in yuan (≤ 2 decimals) or a JSON integer of yuan. */
gboolean  zjtx_json_get_money    (JsonObject *object, const char *path, const char *member,
                                  gboolean required, ZjtxFen *out, ZjtxJsonErrorKind kind, GError **error);
/* A decimal string ("0.03") as parts per million, at most @max_ppm. */
gboolean  zjtx_json_get_ppm      (JsonObject *object, const char *path, const char *member,
                                  gboolean required, gint64 max_ppm, gint64 *out,
                                  ZjtxJsonErrorKind kind, GError **error);

/* An object element of an array. */
gboolean  zjtx_json_array_get_object (JsonArray *array, const char *path, guint index,
                                      JsonObject **out, ZjtxJsonErrorKind kind, GError **error);

/* Parses @data; a syntax error is reported as "line L, column C: …". */
JsonNode *zjtx_json_parse        (const char *data, gssize length,
                                  ZjtxJsonErrorKind kind, GError **error);

G_END_DECLS
