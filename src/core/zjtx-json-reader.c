/* zjtx-json-reader.c: strict reading of JSON members with path-named errors */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "zjtx-json-reader.h"

char *
zjtx_json_path_member (const char *path,
                       const char *member)
{
  if (path == NULL || path[0] == '\0')
    return g_strdup (member);
  return g_strconcat (path, ".", member, NULL);
}

char *
zjtx_json_path_index (const char *path,
                      guint       index)
{
  return g_strdup_printf ("%s[%u]", path ? path : "", index);
}

static void G_GNUC_PRINTF (4, 5)
set_error (GError            **error,
           ZjtxJsonErrorKind   kind,
           const char         *path,
           const char         *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (path != NULL && path[0] != '\0')
    g_set_error (error, kind.domain, kind.code, "%s: %s", path, message);
  else
    g_set_error_literal (error, kind.domain, kind.code, message);
}

static const char *
node_type_name (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_DOUBLE:
      return _("a floating-point number");
    case G_TYPE_INT64:
      return _("an integer");
    default:
      return _("an unknown value");
    }
}

gboolean
zjtx_json_check_keys (JsonObject         *object,
                      const char         *path,
                      const char * const *allowed,
                      ZjtxJsonErrorKind   kind,
                      GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;

      if (!g_strv_contains (allowed, name))
        {
          g_autofree char *member_path = zjtx_json_path_member (path, name);
          set_error (error, kind, member_path, _("unknown key"));
          return FALSE;
        }
    }

  return TRUE;
}

/* Finds @member; returns NULL (and TRUE in *ok) if absent or null and optional. */
static JsonNode *
lookup (JsonObject         *object,
        const char         *path,
        const char         *member,
        gboolean            required,
        gboolean           *ok,
        ZjtxJsonErrorKind   kind,
        GError            **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *ok = TRUE;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        {
          g_autofree char *member_path = zjtx_json_path_member (path, member);
          set_error (error, kind, member_path,
                     node == NULL ? _("missing") : _("must not be null"));
          *ok = FALSE;
        }
      return NULL;
    }

  return node;
}

static gboolean
wrong_type (const char         *path,
            const char         *member,
            JsonNode           *node,
            const char         *expected,
            ZjtxJsonErrorKind   kind,
            GError            **error)
{
  g_autofree char *member_path = zjtx_json_path_member (path, member);
  /* Translators: "must be a string, not an integer" */
  set_error (error, kind, member_path, _("must be %s, not %s"), expected, node_type_name (node));
  return FALSE;
}

gboolean
zjtx_json_get_object (JsonObject         *object,
                      const char         *path,
                      const char         *member,
                      gboolean            required,
                      JsonObject        **out,
                      ZjtxJsonErrorKind   kind,
                      GError            **error)
{
  gboolean ok;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (path, member, node, _("an object"), kind, error);
  *out = json_node_get_object (node);
  return TRUE;
}

gboolean
zjtx_json_get_array (JsonObject         *object,
                     const char         *path,
                     const char         *member,
                     gboolean            required,
                     JsonArray         **out,
                     ZjtxJsonErrorKind   kind,
                     GError            **error)
{
  gboolean ok;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (path, member, node, _("an array"), kind, error);
  *out = json_node_get_array (node);
  return TRUE;
}

gboolean
zjtx_json_get_string (JsonObject         *object,
                      const char         *path,
                      const char         *member,
                      gboolean            required,
                      const char        **out,
                      ZjtxJsonErrorKind   kind,
                      GError            **error)
{
  gboolean ok;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (path, member, node, _("a string"), kind, error);
  *out = json_node_get_string (node);
  return TRUE;
}

gboolean
zjtx_json_get_bool (JsonObject         *object,
                    const char         *path,
                    const char         *member,
                    gboolean            required,
                    gboolean           *out,
                    ZjtxJsonErrorKind   kind,
                    GError            **error)
{
  gboolean ok;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (path, member, node, _("true or false"), kind, error);
  *out = json_node_get_boolean (node);
  return TRUE;
}

gboolean
zjtx_json_get_int (JsonObject         *object,
                   const char         *path,
                   const char         *member,
                   gboolean            required,
                   gint64              min,
                   gint64              max,
                   gint64             *out,
                   ZjtxJsonErrorKind   kind,
                   GError            **error)
{
  gboolean ok;
  gint64 value;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return wrong_type (path, member, node, _("an integer"), kind, error);

  value = json_node_get_int (node);
  /* json-glib saturates integers beyond 64 bits at G_MININT64/G_MAXINT64, so
   * those two values are treated as "too large" by the range check. */
  if (value < min || value > max)
    {
      g_autofree char *member_path = zjtx_json_path_member (path, member);
      g_autofree char *v = g_strdup_printf ("%" G_GINT64_FORMAT, value);
      g_autofree char *lo = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *hi = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: "0 is out of range (1 to 1200)" */
      set_error (error, kind, member_path, _("%s is out of range (%s to %s)"), v, lo, hi);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
zjtx_json_get_date (JsonObject         *object,
                    const char         *path,
                    const char         *member,
                    gboolean            required,
                    ZjtxDate           *out,
                    ZjtxJsonErrorKind   kind,
                    GError            **error)
{
  const char *text = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!zjtx_json_get_string (object, path, member, required, &text, kind, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (!zjtx_date_parse (text, out, &local_error))
    {
      g_autofree char *member_path = zjtx_json_path_member (path, member);
      set_error (error, kind, member_path, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
zjtx_json_get_money (JsonObject         *object,
                     const char         *path,
                     const char         *member,
                     gboolean            required,
                     ZjtxFen            *out,
                     ZjtxJsonErrorKind   kind,
                     GError            **error)
{
  gboolean ok;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *member_path = NULL;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;

  member_path = zjtx_json_path_member (path, member);

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      if (zjtx_money_parse (json_node_get_string (node), out, &local_error))
        return TRUE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 yuan = json_node_get_int (node);

      if (yuan == G_MAXINT64 || yuan == G_MININT64)
        {
          set_error (error, kind, member_path, _("the amount is too large"));
          return FALSE;
        }
      if (zjtx_money_from_yuan (yuan, out, &local_error))
        return TRUE;
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      set_error (error, kind, member_path,
                 _("must be a decimal string such as \"12.50\" or a whole number of yuan, "
                   "not a floating-point number"));
      return FALSE;
    }
  else
    {
      return wrong_type (path, member, node, _("an amount (a decimal string or an integer)"), kind, error);
    }

  set_error (error, kind, member_path, "%s", local_error->message);
  return FALSE;
}

gboolean
zjtx_json_get_ppm (JsonObject         *object,
                   const char         *path,
                   const char         *member,
                   gboolean            required,
                   gint64              max_ppm,
                   gint64             *out,
                   ZjtxJsonErrorKind   kind,
                   GError            **error)
{
  const char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;
  JsonNode *node = lookup (object, path, member, required, &ok, kind, error);

  if (node == NULL)
    return ok;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (path, member, node, _("a decimal string such as \"0.03\""), kind, error);

  text = json_node_get_string (node);
  if (!zjtx_ppm_parse (text, max_ppm, out, &local_error))
    {
      g_autofree char *member_path = zjtx_json_path_member (path, member);
      set_error (error, kind, member_path, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

gboolean
zjtx_json_array_get_object (JsonArray          *array,
                            const char         *path,
                            guint               index,
                            JsonObject        **out,
                            ZjtxJsonErrorKind   kind,
                            GError            **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *element_path = zjtx_json_path_index (path, index);
      set_error (error, kind, element_path, _("must be %s, not %s"), _("an object"), node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

JsonNode *
zjtx_json_parse (const char         *data,
                 gssize              length,
                 ZjtxJsonErrorKind   kind,
                 GError            **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  if (length < 0)
    length = strlen (data);

  if (!g_utf8_validate (data, length, NULL))
    {
      set_error (error, kind, NULL, _("the file is not UTF-8 text"));
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      /* json-glib's message already carries "line:column: …". */
      set_error (error, kind, NULL, _("not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      set_error (error, kind, NULL, _("the document is empty"));
      return NULL;
    }

  return json_node_ref (root);
}
