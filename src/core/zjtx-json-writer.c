/* zjtx-json-writer.c: a small streaming JSON writer */

#include "config.h"

#include "zjtx-json-writer.h"

struct _ZjtxJsonWriter {
  GString *out;
  guint    depth;
  gboolean first;        /* no element written yet at this depth */
  gboolean after_member; /* a member name was just written */
  gboolean compact;      /* one line, no spaces (for the audit log) */
};

ZjtxJsonWriter *
zjtx_json_writer_new (void)
{
  ZjtxJsonWriter *self = g_new0 (ZjtxJsonWriter, 1);

  self->out = g_string_sized_new (4096);
  self->first = TRUE;
  return self;
}

ZjtxJsonWriter *
zjtx_json_writer_new_compact (void)
{
  ZjtxJsonWriter *self = zjtx_json_writer_new ();

  self->compact = TRUE;
  return self;
}

void
zjtx_json_writer_free (ZjtxJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_free (self);
}

char *
zjtx_json_writer_finish (ZjtxJsonWriter *self,
                         gsize          *length)
{
  char *text;

  if (!self->compact)
    g_string_append_c (self->out, '\n');
  if (length)
    *length = self->out->len;
  text = g_string_free (self->out, FALSE);
  g_free (self);
  return text;
}

static void
newline (ZjtxJsonWriter *self)
{
  if (self->compact)
    return;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->depth; i++)
    g_string_append (self->out, "  ");
}

/* Separator and indentation before a value or a member name. */
static void
before_value (ZjtxJsonWriter *self)
{
  if (self->after_member)
    {
      self->after_member = FALSE;
      return;
    }
  if (!self->first)
    g_string_append_c (self->out, ',');
  if (self->depth > 0)
    newline (self);
  self->first = FALSE;
}

static void
append_escaped (GString    *out,
                const char *s)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      switch (*p)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (*p < 0x20)
            g_string_append_printf (out, "\\u%04x", *p);
          else
            g_string_append_c (out, *p);  /* UTF-8 passes through */
        }
    }
  g_string_append_c (out, '"');
}

static void
open_container (ZjtxJsonWriter *self,
                char            c)
{
  before_value (self);
  g_string_append_c (self->out, c);
  self->depth++;
  self->first = TRUE;
}

static void
close_container (ZjtxJsonWriter *self,
                 char            c)
{
  gboolean empty = self->first;

  g_return_if_fail (self->depth > 0);
  self->depth--;
  if (!empty)
    newline (self);
  g_string_append_c (self->out, c);
  self->first = FALSE;
}

void
zjtx_json_writer_begin_object (ZjtxJsonWriter *self)
{
  open_container (self, '{');
}

void
zjtx_json_writer_end_object (ZjtxJsonWriter *self)
{
  close_container (self, '}');
}

void
zjtx_json_writer_begin_array (ZjtxJsonWriter *self)
{
  open_container (self, '[');
}

void
zjtx_json_writer_end_array (ZjtxJsonWriter *self)
{
  close_container (self, ']');
}

void
zjtx_json_writer_member (ZjtxJsonWriter *self,
                         const char     *name)
{
  before_value (self);
  append_escaped (self->out, name);
  g_string_append (self->out, self->compact ? ":" : ": ");
  self->after_member = TRUE;
}

void
zjtx_json_writer_string (ZjtxJsonWriter *self,
                         const char     *value)
{
  before_value (self);
  if (value)
    append_escaped (self->out, value);
  else
    g_string_append (self->out, "null");
}

void
zjtx_json_writer_int (ZjtxJsonWriter *self,
                      gint64          value)
{
  before_value (self);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
zjtx_json_writer_bool (ZjtxJsonWriter *self,
                       gboolean        value)
{
  before_value (self);
  g_string_append (self->out, value ? "true" : "false");
}
