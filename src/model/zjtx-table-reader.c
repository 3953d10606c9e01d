/* zjtx-table-reader.c: reads the spreadsheets officers receive into rows of cells */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-infile-impl.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "zjtx-table-reader.h"

G_DEFINE_QUARK (zjtx-table-error-quark, zjtx_table_error)

typedef struct
{
  gsize first_cell;
  guint n_cells;
  guint line;
} Row;

struct _ZjtxTable
{
  char       *text;        /* every cell's text, NUL-terminated; text[0] is "" */
  gsize      *cells;       /* offsets into text, row after row */
  Row        *rows;
  guint       n_rows;
  guint       max_columns;
  const char *encoding;    /* static */
};

G_DEFINE_BOXED_TYPE (ZjtxTable, zjtx_table, zjtx_table_ref, zjtx_table_unref)

static void
zjtx_table_clear (gpointer data)
{
  ZjtxTable *self = data;

  g_free (self->text);
  g_free (self->cells);
  g_free (self->rows);
}

ZjtxTable *
zjtx_table_ref (ZjtxTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

void
zjtx_table_unref (ZjtxTable *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, zjtx_table_clear);
}

guint
zjtx_table_get_n_rows (ZjtxTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

guint
zjtx_table_get_n_columns (ZjtxTable *self,
                          guint      row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->n_rows, 0);

  return self->rows[row].n_cells;
}

guint
zjtx_table_get_max_columns (ZjtxTable *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->max_columns;
}

const char *
zjtx_table_get_cell (ZjtxTable *self,
                     guint      row,
                     guint      column)
{
  const Row *r;

  g_return_val_if_fail (self != NULL, "");
  g_return_val_if_fail (row < self->n_rows, "");

  r = &self->rows[row];
  if (column >= r->n_cells)
    return "";

  return self->text + self->cells[r->first_cell + column];
}

guint
zjtx_table_get_line (ZjtxTable *self,
                     guint      row)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (row < self->n_rows, 0);

  return self->rows[row].line;
}

const char *
zjtx_table_get_encoding (ZjtxTable *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->encoding;
}

/* Building a table: the text of all cells in one arena and their offsets
 * in one array, so that 100,000 rows cost a few dozen allocations, not a
 * million. Every empty cell is offset 0. */

typedef struct
{
  GString *text;
  GArray  *cells;       /* gsize */
  GArray  *rows;        /* Row */
  gsize    cell_start;  /* CSV: where the open cell's text starts */
  GArray  *row_cells;   /* xlsx: the open row's cells by column (gsize) */
} Builder;

static void
builder_init (Builder *b)
{
  b->text = g_string_sized_new (4096);
  g_string_append_c (b->text, '\0');
  b->cells = g_array_new (FALSE, FALSE, sizeof (gsize));
  b->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  b->row_cells = g_array_new (FALSE, TRUE, sizeof (gsize));
  b->cell_start = 0;
}

static void
builder_clear (Builder *b)
{
  if (b->text != NULL)
    {
      g_string_free (b->text, TRUE);
      b->text = NULL;
    }
  g_clear_pointer (&b->cells, g_array_unref);
  g_clear_pointer (&b->rows, g_array_unref);
  g_clear_pointer (&b->row_cells, g_array_unref);
}

static inline void
builder_begin_row (Builder *b,
                   guint    line)
{
  Row row = { b->cells->len, 0, line };

  g_array_append_val (b->rows, row);
}

static inline void
builder_begin_cell (Builder *b)
{
  b->cell_start = b->text->len;
}

static inline void
builder_end_cell (Builder *b)
{
  gsize offset = 0;

  if (b->text->len > b->cell_start)
    {
      offset = b->cell_start;
      g_string_append_c (b->text, '\0');
    }
  g_array_append_val (b->cells, offset);
  g_array_index (b->rows, Row, b->rows->len - 1).n_cells++;
}

/* Appends a NUL-terminated copy of @len bytes; returns its offset. */
static gsize
builder_add_text (Builder    *b,
                  const char *text,
                  gsize       len)
{
  gsize offset = b->text->len;

  if (len == 0)
    return 0;
  g_string_append_len (b->text, text, len);
  g_string_append_c (b->text, '\0');
  return offset;
}

static void
builder_set_cell (Builder *b,
                  guint    column,
                  gsize    offset)
{
  if (column >= b->row_cells->len)
    g_array_set_size (b->row_cells, column + 1);
  g_array_index (b->row_cells, gsize, column) = offset;
}

static void
builder_end_sheet_row (Builder *b,
                       guint    line)
{
  guint n = b->row_cells->len;
  Row row;

  while (n > 0 && g_array_index (b->row_cells, gsize, n - 1) == 0)
    n--;

  row.first_cell = b->cells->len;
  row.n_cells = n;
  row.line = line;
  g_array_append_vals (b->cells, b->row_cells->data, n);
  g_array_append_val (b->rows, row);
  g_array_set_size (b->row_cells, 0);
}

static ZjtxTable *
builder_finish (Builder    *b,
                const char *encoding)
{
  ZjtxTable *table;
  gsize *cells = (gsize *) (gpointer) b->cells->data;
  gsize text_len;

  /* Spreadsheets keep formatted but empty rows, and CSV exports end with
   * ",,,," lines or blank ones: none of them is data. */
  while (b->rows->len > 0)
    {
      const Row *last = &g_array_index (b->rows, Row, b->rows->len - 1);
      gboolean empty = TRUE;

      for (guint i = 0; i < last->n_cells && empty; i++)
        empty = cells[last->first_cell + i] == 0;
      if (!empty)
        break;
      g_array_set_size (b->cells, last->first_cell);
      g_array_set_size (b->rows, b->rows->len - 1);
    }

  table = g_atomic_rc_box_new0 (ZjtxTable);
  table->encoding = encoding;
  table->n_rows = b->rows->len;
  for (guint i = 0; i < table->n_rows; i++)
    table->max_columns = MAX (table->max_columns, g_array_index (b->rows, Row, i).n_cells);

  table->rows = (Row *) (gpointer) g_array_free (b->rows, FALSE);
  table->cells = (gsize *) (gpointer) g_array_free (b->cells, FALSE);
  b->rows = b->cells = NULL;
  text_len = b->text->len;
  table->text = g_realloc (g_string_free (b->text, FALSE), text_len + 1);
  b->text = NULL;
  builder_clear (b);

  return table;
}

/* CSV and other delimited text */

static guint
count_lines (const char *s,
             gsize       n)
{
  guint line = 1;

  for (gsize i = 0; i < n; i++)
    {
      if (s[i] == '\n')
        line++;
      else if (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n'))
        line++;
    }

  return line;
}

static guint
count_lines_utf16 (const guchar *s,
                   gsize         n,
                   gboolean      little_endian)
{
  guint line = 1;

  for (gsize i = 0; i + 1 < n; i += 2)
    {
      guint unit = little_endian ? s[i] | s[i + 1] << 8 : s[i] << 8 | s[i + 1];
      guint next = 0;

      if (i + 3 < n)
        next = little_endian ? s[i + 2] | s[i + 3] << 8 : s[i + 2] << 8 | s[i + 3];
      if (unit == '\n' || (unit == '\r' && next != '\n'))
        line++;
    }

  return line;
}

static inline gsize
skip_line_break (const char *s,
                 gsize       len,
                 gsize       i)
{
  if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n')
    return i + 2;
  return i + 1;
}

/* Spaces a person may put around a quoted cell, unless they separate */
static inline gboolean
is_blank (char c,
          char sep)
{
  return (c == ' ' || c == '\t') && c != sep;
}

/* The separator of the first record: the most frequent of comma, tab and
 * semicolon outside quotes; comma on a tie or when there is none. */
static char
detect_separator (const char *s,
                  gsize       len)
{
  static const char candidates[] = { ',', '\t', ';' };
  gsize counts[G_N_ELEMENTS (candidates)] = { 0, };
  gboolean quoted = FALSE;
  guint best = 0;

  for (gsize i = 0; i < len; i++)
    {
      char c = s[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == '\n' || c == '\r')
        break;
      else
        for (guint k = 0; k < G_N_ELEMENTS (candidates); k++)
          if (c == candidates[k])
            counts[k]++;
    }

  for (guint k = 1; k < G_N_ELEMENTS (candidates); k++)
    if (counts[k] > counts[best])
      best = k;

  return candidates[best];
}

static gboolean
parse_csv (Builder     *b,
           const char  *name,
           const char  *s,
           gsize        len,
           char         sep,
           guint        line,
           GError     **error)
{
  gsize i = 0;

  while (i < len)
    {
      guint column = 0;

      builder_begin_row (b, line);

      if (s[i] == '\n' || s[i] == '\r')
        {
          i = skip_line_break (s, len, i);
          line++;
          continue;
        }

      for (;;)
        {
          gsize q = i;
          gsize run;

          column++;
          builder_begin_cell (b);

          while (q < len && is_blank (s[q], sep))
            q++;

          if (q < len && s[q] == '"')
            {
              guint open_line = line;

              g_string_append_len (b->text, s + i, q - i);
              i = q + 1;
              for (;;)
                {
                  run = i;
                  while (i < len && s[i] != '"' && s[i] != '\r' && s[i] != '\n')
                    i++;
                  g_string_append_len (b->text, s + run, i - run);

                  if (i >= len)
                    {
                      g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_SYNTAX,
                                   _("“%s”, line %u, column %u: the quote that opens this cell is never closed"),
                                   name, open_line, column);
                      return FALSE;
                    }
                  if (s[i] == '"')
                    {
                      if (i + 1 < len && s[i + 1] == '"')
                        {
                          g_string_append_c (b->text, '"');
                          i += 2;
                          continue;
                        }
                      i++;
                      break;
                    }

                  g_string_append_c (b->text, '\n');
                  i = skip_line_break (s, len, i);
                  line++;
                }

              run = i;
              while (i < len && is_blank (s[i], sep))
                i++;
              g_string_append_len (b->text, s + run, i - run);

              if (i < len && s[i] != sep && s[i] != '\r' && s[i] != '\n')
                {
                  g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_SYNTAX,
                               _("“%s”, line %u, column %u: text follows the closing quote of a cell"),
                               name, line, column);
                  return FALSE;
                }
            }
          else
            {
              run = i;
              while (i < len && s[i] != sep && s[i] != '"' && s[i] != '\r' && s[i] != '\n')
                i++;
              if (i < len && s[i] == '"')
                {
                  g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_SYNTAX,
                               _("“%s”, line %u, column %u: a quote mark inside a cell that does not start with one"),
                               name, line, column);
                  return FALSE;
                }
              g_string_append_len (b->text, s + run, i - run);
            }

          builder_end_cell (b);

          if (i >= len)
            break;
          if (s[i] == sep)
            {
              /* a separator at the very end still opens one last, empty cell */
              i++;
              continue;
            }

          i = skip_line_break (s, len, i);
          line++;
          break;
        }
    }

  return TRUE;
}

static void
set_binary_error (GError     **error,
                  const char  *name,
                  guint        line)
{
  g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_ENCODING,
               _("“%s” is not a spreadsheet or a text file (line %u holds binary data)"),
               name, line);
}

static ZjtxTable *
read_text (const char  *data,
           gsize        len,
           const char  *name,
           GError     **error)
{
  g_autofree char *converted = NULL;
  const char *encoding;
  const char *text;
  const char *nul;
  gsize text_len = 0;
  guint first_line = 1;
  char sep = 0;
  Builder b;

  if (len >= 2 && (((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE) ||
                   ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF)))
    {
      gboolean little_endian = (guchar) data[0] == 0xFF;
      gsize bytes_read = 0;

      encoding = little_endian ? "UTF-16LE" : "UTF-16BE";
      converted = g_convert (data + 2, len - 2, "UTF-8", encoding, &bytes_read, &text_len, NULL);
      /* with bytes_read, g_convert() drops a cut-off last character silently */
      if (converted == NULL || bytes_read != len - 2)
        {
          g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_ENCODING,
                       _("“%s”, line %u: the text is not valid %s"),
                       name, count_lines_utf16 ((const guchar *) data + 2, bytes_read, little_endian),
                       encoding);
          return NULL;
        }
      text = converted;
      /* Excel's "Unicode text" is always tab-separated */
      sep = '\t';
    }
  else if ((nul = memchr (data, '\0', len)) != NULL)
    {
      set_binary_error (error, name, count_lines (data, nul - data));
      return NULL;
    }
  else if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      const char *end = NULL;

      encoding = "UTF-8 (BOM)";
      text = data + 3;
      text_len = len - 3;
      if (!g_utf8_validate_len (text, text_len, &end))
        {
          g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_ENCODING,
                       _("“%s”, line %u: the text is not valid %s"),
                       name, count_lines (text, end - text), "UTF-8");
          return NULL;
        }
    }
  else if (g_utf8_validate_len (data, len, NULL))
    {
      encoding = "UTF-8";
      text = data;
      text_len = len;
    }
  else
    {
      gsize bytes_read = 0;

      /* Chinese Excel writes "CSV" in code page 936; GB18030 decodes that
       * and also the characters GBK lacks (𠀀, 鿏). */
      encoding = "GB18030";
      converted = g_convert (data, len, "UTF-8", "GB18030", &bytes_read, &text_len, NULL);
      if (converted == NULL || bytes_read != len)
        {
          g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_ENCODING,
                       _("“%s”, line %u: the text is neither UTF-8 nor GB18030 (GBK)"),
                       name, count_lines (data, bytes_read));
          return NULL;
        }
      text = converted;
    }

  /* UTF-16 may encode a NUL too; a cell must never be cut short by one */
  if ((nul = memchr (text, '\0', text_len)) != NULL)
    {
      set_binary_error (error, name, count_lines (text, nul - text));
      return NULL;
    }

  /* Excel's own hint, a first line "sep=;" */
  if (sep == 0 && text_len >= 5 && memcmp (text, "sep=", 4) == 0 &&
      text[4] != '"' && text[4] != '\r' && text[4] != '\n' && (guchar) text[4] < 0x80 &&
      (text_len == 5 || text[5] == '\r' || text[5] == '\n'))
    {
      gsize skip = text_len == 5 ? 5 : skip_line_break (text, text_len, 5);

      sep = text[4];
      text += skip;
      text_len -= skip;
      first_line = 2;
    }

  if (sep == 0)
    sep = detect_separator (text, text_len);

  builder_init (&b);
  if (!parse_csv (&b, name, text, text_len, sep, first_line, error))
    {
      builder_clear (&b);
      return NULL;
    }

  return builder_finish (&b, encoding);
}

/* xlsx */

#define REL_TRANSITIONAL "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define REL_STRICT       "http://purl.oclc.org/ooxml/officeDocument/relationships/"
#define MAX_COLUMNS      16384     /* XFD */
#define MAX_ROWS         1048576
#define XML_CHUNK        65536

#if LIBXML_VERSION >= 21200
typedef const xmlError *XmlErrorArg;
#else
typedef xmlError *XmlErrorArg;
#endif

typedef enum {
  CELL_NUMBER,
  CELL_SHARED,
  CELL_INLINE,
  CELL_FORMULA_STR,
  CELL_BOOL,
  CELL_ERROR,
  CELL_DATE,
} CellType;

typedef struct
{
  const char *name;        /* for messages */
  GsfInfile  *zip;
  Builder     builder;
  GArray     *sst;         /* offsets of the shared strings in builder.text */
  guint8     *date_xf;     /* per cellXfs index: a date or time format? */
  guint       n_xf;
  gboolean    date1904;
  GString    *value;       /* the open cell's <v> or <is> text */
} Xlsx;

/* An unsigned decimal with nothing around it, at most @max. */
static gboolean
parse_uint (const char *s,
            gsize       len,
            guint       max,
            guint      *out)
{
  guint64 v = 0;

  if (s == NULL || len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
      if (v > max)
        return FALSE;
    }
  *out = (guint) v;
  return TRUE;
}

/* "AB12" → column 27 (0-based); the row part is only checked. */
static gboolean
parse_cell_column (const char *ref,
                   gsize       len,
                   guint      *column)
{
  guint col = 0;
  guint row;
  gsize i = 0;

  for (; i < len && g_ascii_isalpha (ref[i]); i++)
    {
      if (i == 3)
        return FALSE;
      col = col * 26 + (guint) (g_ascii_toupper (ref[i]) - 'A' + 1);
    }
  if (i == 0 || col > MAX_COLUMNS || !parse_uint (ref + i, len - i, MAX_ROWS, &row) || row == 0)
    return FALSE;

  *column = col - 1;
  return TRUE;
}

static CellType
parse_cell_type (const char *t,
                 gsize       len)
{
  if (len == 1)
    {
      switch (t[0])
        {
        case 's': return CELL_SHARED;
        case 'b': return CELL_BOOL;
        case 'e': return CELL_ERROR;
        case 'd': return CELL_DATE;
        default:  return CELL_NUMBER;
        }
    }
  if (len == 3 && memcmp (t, "str", 3) == 0)
    return CELL_FORMULA_STR;
  if (len == 9 && memcmp (t, "inlineStr", 9) == 0)
    return CELL_INLINE;

  return CELL_NUMBER;
}

static char *
cell_name (guint column,
           guint row)
{
  char letters[8];
  int i = G_N_ELEMENTS (letters) - 1;

  letters[i] = '\0';
  column++;
  while (column > 0 && i > 0)
    {
      letters[--i] = (char) ('A' + (column - 1) % 26);
      column = (column - 1) / 26;
    }

  return g_strdup_printf ("%s%u", letters + i, row);
}

/* Excel escapes characters XML cannot carry as _xHHHH_ (a CR is
 * _x000D_); decodes them, and makes every line break "\n", in the text
 * from @start on. */
static void
normalize_text (GString *s,
                gsize    start)
{
  g_autofree char *src = NULL;
  gsize n = s->len - start;
  gboolean needed = FALSE;

  for (gsize i = start; i < s->len && !needed; i++)
    needed = s->str[i] == '\r' || (s->str[i] == '_' && i + 1 < s->len && s->str[i + 1] == 'x');
  if (!needed)
    return;

  src = g_strndup (s->str + start, n);
  g_string_truncate (s, start);

  for (gsize i = 0; i < n; )
    {
      gunichar c = (guchar) src[i];
      gsize used = 1;

      if (c == '_' && i + 7 <= n && src[i + 1] == 'x' && src[i + 6] == '_' &&
          g_ascii_isxdigit (src[i + 2]) && g_ascii_isxdigit (src[i + 3]) &&
          g_ascii_isxdigit (src[i + 4]) && g_ascii_isxdigit (src[i + 5]))
        {
          gunichar code = 0;

          for (int k = 2; k < 6; k++)
            code = code * 16 + (gunichar) g_ascii_xdigit_value (src[i + k]);
          if (code != 0 && g_unichar_validate (code))
            {
              c = code;
              used = 7;
            }
        }

      if (c == '\r')
        {
          /* CR LF and a lone CR are both one line break */
          if (i + used < n && src[i + used] == '\n')
            used++;
          else if (i + used + 7 <= n && strncmp (src + i + used, "_x000A_", 7) == 0)
            used += 7;
          c = '\n';
        }

      if (c < 0x80)
        g_string_append_c (s, (char) c);
      else if (used == 7)
        g_string_append_unichar (s, c);
      else
        g_string_append_c (s, src[i]);   /* a byte of a UTF-8 sequence */
      i += used;
    }
}

/* Excel keeps 15 significant digits and shows no more in General format;
 * "12000000", not "1.2E7"; "0.3", not "0.30000000000000004". */
static gsize
format_number (double  value,
               char   *out)
{
  char e[G_ASCII_DTOSTR_BUF_SIZE];
  char digits[16];
  const char *p = e;
  gboolean negative;
  int n_digits = 0;
  int exponent;
  char *o = out;

  if (value == 0)
    {
      strcpy (out, "0");
      return 1;
    }

  g_ascii_formatd (e, sizeof e, "%.14e", value);
  negative = *p == '-';
  if (negative)
    p++;
  for (; *p != 'e' && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      digits[n_digits++] = *p;
  exponent = *p == 'e' ? atoi (p + 1) : 0;
  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;

  if (negative)
    *o++ = '-';

  if (exponent >= 21 || exponent < -7)
    {
      *o++ = digits[0];
      if (n_digits > 1)
        {
          *o++ = '.';
          memcpy (o, digits + 1, n_digits - 1);
          o += n_digits - 1;
        }
      o += g_snprintf (o, 8, "E%c%02d", exponent < 0 ? '-' : '+', ABS (exponent));
    }
  else if (exponent >= 0)
    {
      for (int i = 0; i <= exponent; i++)
        *o++ = i < n_digits ? digits[i] : '0';
      if (n_digits > exponent + 1)
        {
          *o++ = '.';
          memcpy (o, digits + exponent + 1, n_digits - exponent - 1);
          o += n_digits - exponent - 1;
        }
    }
  else
    {
      *o++ = '0';
      *o++ = '.';
      for (int i = 0; i < -exponent - 1; i++)
        *o++ = '0';
      memcpy (o, digits, n_digits);
      o += n_digits;
    }
  *o = '\0';

  return (gsize) (o - out);
}

/* Whether a stored number is already what format_number () would make
 * of it, the common case, which saves a printf: -?(0|[1-9][0-9]*), then
 * maybe "." and digits not ending in 0; at most 15 significant digits;
 * not below 1e-7 (General shows 1E-08). */
static gboolean
is_shown_as_is (const char *s,
                gsize       len)
{
  gsize i = s[0] == '-';
  guint significant = 0;
  guint leading_zeros = 0;

  if (i >= len || !g_ascii_isdigit (s[i]))
    return FALSE;

  if (s[i] == '0')
    {
      i++;
      if (i < len && s[i] != '.')
        return FALSE;
    }
  else
    for (; i < len && g_ascii_isdigit (s[i]); i++)
      significant++;

  if (i == len)
    return significant <= 15 && (significant > 0 || s[0] != '-');
  if (s[i] != '.' || i + 1 == len || s[len - 1] == '0')
    return FALSE;

  for (i++; i < len; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      if (significant == 0 && s[i] == '0')
        leading_zeros++;
      else
        significant++;
    }

  return significant <= 15 && leading_zeros < 7;
}

/* Days since 1970-01-01 → proleptic Gregorian date (H. Hinnant's algorithm). */
static void
civil_from_days (gint64  z,
                 int    *year,
                 int    *month,
                 int    *day)
{
  gint64 era, yoe, doe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *day = (int) (doy - (153 * mp + 2) / 5 + 1);
  *month = (int) (mp < 10 ? mp + 3 : mp - 9);
  *year = (int) (yoe + era * 400 + (*month <= 2));
}

/* A serial day number → "YYYY-MM-DD"; FALSE if it holds no date. */
static gboolean
format_serial_date (double    serial,
                    gboolean  date1904,
                    char     *out)
{
  gint64 day;
  int y, m, d;

  if (!(serial >= 0 && serial < 3e6))
    return FALSE;

  /* Excel shows the time rounded to the second, so 23:59:59.7 is the next
   * day; serial >= 0, so truncating is flooring (and needs no libm) */
  day = (gint64) (serial + 0.5 / 86400.0);
  if (day < 1)
    return FALSE;

  if (date1904)
    {
      if (day > 2957003)
        return FALSE;
      day -= 24107;
    }
  else
    {
      if (day > 2958465)
        return FALSE;
      if (day == 60)
        {
          /* Lotus 1-2-3's leap day, kept by Excel: there is no such date */
          strcpy (out, "1900-02-29");
          return TRUE;
        }
      day -= day < 60 ? 25568 : 25569;
    }

  civil_from_days (day, &y, &m, &d);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, d);
  return TRUE;
}

/* Builtin number formats that show a date or a time: 14–22 and 45–47
 * everywhere, 27–36 and 50–58 in Chinese, Japanese and Korean Excel. */
static gboolean
is_builtin_date_format (guint id)
{
  return (id >= 14 && id <= 22) ||
         (id >= 27 && id <= 36) ||
         (id >= 45 && id <= 47) ||
         (id >= 50 && id <= 58);
}

/* A custom format shows a date if it has a y or d token outside quoted
 * text, escapes, [colour/locale/elapsed] sections and _x / *x fillers:
 * yyyy-mm-dd, yyyy"年"m"月"d"日", [$-804]yyyy年m月. "m" alone may be
 * minutes, so it decides nothing. */
static gboolean
is_date_format_code (const char *code)
{
  for (const char *p = code; p != NULL && *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"':
          p = strchr (p + 1, '"');
          if (p == NULL)
            return FALSE;
          break;
        case '[':
          p = strchr (p + 1, ']');
          if (p == NULL)
            return FALSE;
          break;
        case '\\':
        case '_':
        case '*':
          if (p[1] == '\0')
            return FALSE;
          p = g_utf8_next_char (p + 1) - 1;
          break;
        case 'y': case 'Y': case 'd': case 'D':
          return TRUE;
        default:
          break;
        }
    }

  return FALSE;
}

static void
set_missing_part_error (GError     **error,
                        const char  *name,
                        const char  *path)
{
  g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
               _("“%s” is not a readable .xlsx workbook: part “%s” is missing"),
               name, path);
}

/* The path of a relationship's target inside the zip: absolute ("/xl/…")
 * or relative to @base_dir. NULL if it climbs out of the package. */
static char *
resolve_target (const char *base_dir,
                const char *target)
{
  g_autoptr(GPtrArray) elems = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) base = NULL;
  g_auto(GStrv) rel = g_strsplit (target, "/", -1);

  if (target[0] != '/' && base_dir[0] != '\0')
    {
      base = g_strsplit (base_dir, "/", -1);
      for (guint i = 0; base[i] != NULL; i++)
        g_ptr_array_add (elems, g_strdup (base[i]));
    }

  for (guint i = 0; rel[i] != NULL; i++)
    {
      if (rel[i][0] == '\0' || strcmp (rel[i], ".") == 0)
        continue;
      if (strcmp (rel[i], "..") == 0)
        {
          if (elems->len == 0)
            return NULL;
          g_ptr_array_remove_index (elems, elems->len - 1);
          continue;
        }
      g_ptr_array_add (elems, g_strdup (rel[i]));
    }
  if (elems->len == 0)
    return NULL;

  g_ptr_array_add (elems, NULL);
  return g_strjoinv ("/", (char **) elems->pdata);
}

/* gsf_infile_child_by_name () g_warning ()s when a member's header is
 * damaged; the class method tells the caller instead. */
static GsfInput *
child_by_name (GsfInfile   *dir,
               const char  *name,
               GError     **error)
{
  GsfInfileClass *klass = GSF_INFILE_CLASS (G_OBJECT_GET_CLASS (dir));

  if (klass->child_by_name != NULL)
    return klass->child_by_name (dir, name, error);

  for (int i = 0; i < klass->num_children (dir); i++)
    if (g_strcmp0 (klass->name_by_index (dir, i), name) == 0)
      return klass->child_by_index (dir, i, error);

  return NULL;
}

/* A part by its path in the zip; NULL if absent, or damaged (@error). */
static GsfInput *
open_path (GsfInfile   *zip,
           const char  *path,
           GError     **error)
{
  g_auto(GStrv) elems = g_strsplit (path, "/", -1);
  GsfInfile *dir = g_object_ref (zip);

  for (guint i = 0; elems[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      GsfInput *child = child_by_name (dir, elems[i], &local_error);

      g_object_unref (dir);
      if (local_error != NULL)
        {
          g_clear_object (&child);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (child == NULL)
        return NULL;
      if (elems[i + 1] == NULL)
        return child;
      if (!GSF_IS_INFILE (child) || gsf_infile_num_children (GSF_INFILE (child)) < 0)
        {
          g_object_unref (child);
          return NULL;
        }
      dir = GSF_INFILE (child);
    }

  g_object_unref (dir);
  return NULL;
}

static GsfInput *
open_part (Xlsx        *x,
           const char  *path,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GsfInput *input = open_path (x->zip, path, &local_error);

  if (local_error != NULL)
    g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                 _("“%s” is not a readable .xlsx workbook: %s"),
                 x->name, local_error->message);
  else if (input == NULL)
    set_missing_part_error (error, x->name, path);

  return input;
}

static char *
dir_of (const char *path)
{
  const char *slash = strrchr (path, '/');

  return slash != NULL ? g_strndup (path, slash - path) : g_strdup ("");
}

/* Parts are read with libxml2's SAX2 push parser, 64 KiB at a time: it
 * streams as xmlTextReader does but builds no nodes, which reads a big
 * sheet in little more than half the time. Each part has a handler of
 * three callbacks. */

typedef struct _XmlPart XmlPart;

typedef struct
{
  void (*start) (XmlPart        *xml,
                 const char     *name,
                 int             n_attrs,
                 const xmlChar **attrs);
  void (*end)   (XmlPart        *xml,
                 const char     *name);
  void (*text)  (XmlPart        *xml,
                 const char     *text,
                 int             len);
} XmlHandler;

struct _XmlPart
{
  xmlParserCtxtPtr  ctxt;
  Xlsx             *x;
  const char       *path;
  const XmlHandler *handler;
  gpointer          data;      /* the handler's state */
  GError           *error;
  gboolean          stopped;   /* by an error, or by a handler that has all it needs */
};

static void
xml_stop (XmlPart *xml)
{
  if (!xml->stopped)
    {
      xml->stopped = TRUE;
      xmlStopParser (xml->ctxt);
    }
}

/* Ends the parse with @error (taken), unless one came first. */
static void
xml_fail (XmlPart *xml,
          GError  *error)
{
  if (xml->error == NULL)
    xml->error = error;
  else
    g_error_free (error);
  xml_stop (xml);
}

static void
xml_fail_at (XmlPart    *xml,
             int         line,
             const char *message)
{
  xml_fail (xml, g_error_new (ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                              _("“%s” is not a readable .xlsx workbook: part “%s”, line %d: %s"),
                              xml->x->name, xml->path, line, message));
}

static void
sax_start (void           *ctx,
           const xmlChar  *localname,
           const xmlChar  *prefix,
           const xmlChar  *uri,
           int             n_namespaces,
           const xmlChar **namespaces,
           int             n_attrs,
           int             n_defaulted,
           const xmlChar **attrs)
{
  XmlPart *xml = ctx;

  if (!xml->stopped && xml->handler->start != NULL)
    xml->handler->start (xml, (const char *) localname, n_attrs, attrs);
}

static void
sax_end (void          *ctx,
         const xmlChar *localname,
         const xmlChar *prefix,
         const xmlChar *uri)
{
  XmlPart *xml = ctx;

  if (!xml->stopped && xml->handler->end != NULL)
    xml->handler->end (xml, (const char *) localname);
}

static void
sax_text (void          *ctx,
          const xmlChar *text,
          int            len)
{
  XmlPart *xml = ctx;

  if (!xml->stopped && xml->handler->text != NULL)
    xml->handler->text (xml, (const char *) text, len);
}

/* No part of a workbook has a DTD; refusing one rules out entity tricks. */
static void
sax_doctype (void          *ctx,
             const xmlChar *name,
             const xmlChar *external_id,
             const xmlChar *system_id)
{
  XmlPart *xml = ctx;

  xml_fail_at (xml, xmlSAX2GetLineNumber (xml->ctxt), "DOCTYPE");
}

static void
sax_error (void        *ctx,
           XmlErrorArg  err)
{
  XmlPart *xml = ctx;
  g_autofree char *message = NULL;

  if (err == NULL || err->level < XML_ERR_ERROR || xml->stopped)
    return;

  message = g_strchomp (g_strdup (err->message != NULL ? err->message : "?"));
  xml_fail_at (xml, err->line, message);
}

/* SAX2 passes each attribute as localname, prefix, URI, value, value end. */
static const char *
attr_get (int             n_attrs,
          const xmlChar **attrs,
          const char     *name,
          gsize          *len)
{
  for (int i = 0; i < n_attrs; i++)
    if (strcmp ((const char *) attrs[5 * i], name) == 0)
      {
        *len = (gsize) (attrs[5 * i + 4] - attrs[5 * i + 3]);
        return (const char *) attrs[5 * i + 3];
      }

  return NULL;
}

static char *
attr_dup (int             n_attrs,
          const xmlChar **attrs,
          const char     *name)
{
  gsize len = 0;
  const char *value = attr_get (n_attrs, attrs, name, &len);

  return value != NULL ? g_strndup (value, len) : NULL;
}

static gboolean
parse_part (Xlsx              *x,
            GsfInput          *input,
            const char        *path,
            const XmlHandler  *handler,
            gpointer           data,
            GError           **error)
{
  g_autofree guint8 *buf = g_malloc (XML_CHUNK);
  XmlPart xml = { NULL, x, path, handler, data, NULL, FALSE };
  xmlSAXHandler sax;
  gsf_off_t remaining;

  memset (&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = sax_start;
  sax.endElementNs = sax_end;
  sax.characters = sax_text;
  sax.cdataBlock = sax_text;
  sax.ignorableWhitespace = sax_text;
  sax.internalSubset = sax_doctype;
  sax.serror = sax_error;

  xml.ctxt = xmlCreatePushParserCtxt (&sax, &xml, NULL, 0, path);
  g_assert (xml.ctxt != NULL);
  /* no network; NOENT only makes "&amp;" in attributes read as "&": with
   * no DTD there is no other entity to expand */
  xmlCtxtUseOptions (xml.ctxt, XML_PARSE_NONET | XML_PARSE_NOENT);

  while (!xml.stopped && (remaining = gsf_input_remaining (input)) > 0)
    {
      gsize n = (gsize) MIN (remaining, (gsf_off_t) XML_CHUNK);

      /* libgsf reports success but leaves the tail unwritten when a
       * damaged member's deflate stream ends early: let that read as NULs,
       * which libxml2 rejects, rather than as whatever the memory held */
      memset (buf, 0, n);
      if (gsf_input_read (input, n, buf) == NULL)
        {
          xml_fail (&xml, g_error_new (ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                                       _("“%s” is not a readable .xlsx workbook: part “%s” is damaged"),
                                       x->name, path));
          break;
        }
      xmlParseChunk (xml.ctxt, (const char *) buf, (int) n, 0);
    }
  if (!xml.stopped)
    xmlParseChunk (xml.ctxt, NULL, 0, 1);
  if (!xml.stopped && !xml.ctxt->wellFormed)
    xml_fail_at (&xml, xmlSAX2GetLineNumber (xml.ctxt), "?");

  xmlFreeParserCtxt (xml.ctxt);

  if (xml.error != NULL)
    {
      g_propagate_error (error, xml.error);
      return FALSE;
    }

  return TRUE;
}

/* Relationships */

typedef struct
{
  char *id;
  char *type;
  char *path;   /* the target, resolved to a path in the zip */
} Rel;

static void
rel_free (gpointer data)
{
  Rel *rel = data;

  g_free (rel->id);
  g_free (rel->type);
  g_free (rel->path);
  g_free (rel);
}

typedef struct
{
  GPtrArray  *rels;
  const char *dir;
} RelsState;

static void
rels_start (XmlPart        *xml,
            const char     *name,
            int             n_attrs,
            const xmlChar **attrs)
{
  RelsState *state = xml->data;
  g_autofree char *id = NULL;
  g_autofree char *type = NULL;
  g_autofree char *target = NULL;
  g_autofree char *mode = NULL;
  g_autofree char *path = NULL;
  Rel *rel;

  if (strcmp (name, "Relationship") != 0)
    return;

  id = attr_dup (n_attrs, attrs, "Id");
  type = attr_dup (n_attrs, attrs, "Type");
  target = attr_dup (n_attrs, attrs, "Target");
  mode = attr_dup (n_attrs, attrs, "TargetMode");
  if (id == NULL || type == NULL || target == NULL ||
      (mode != NULL && strcmp (mode, "External") == 0) ||
      (path = resolve_target (state->dir, target)) == NULL)
    return;

  rel = g_new0 (Rel, 1);
  rel->id = g_steal_pointer (&id);
  rel->type = g_steal_pointer (&type);
  rel->path = g_steal_pointer (&path);
  g_ptr_array_add (state->rels, rel);
}

static const XmlHandler rels_handler = { rels_start, NULL, NULL };

/* The relationships of the part at @part_path ("" for the package):
 * read here rather than by libgsf, whose parser reports a damaged .rels
 * with g_critical () and resolves no absolute targets. No .rels part is
 * no relationship. */
static GPtrArray *
read_rels (Xlsx        *x,
           const char  *part_path,
           GError     **error)
{
  g_autoptr(GPtrArray) rels = g_ptr_array_new_with_free_func (rel_free);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = dir_of (part_path);
  g_autofree char *base = g_path_get_basename (part_path);
  g_autofree char *path = NULL;
  RelsState state = { rels, dir };
  GsfInput *input;
  gboolean ok;

  if (part_path[0] == '\0')
    path = g_strdup ("_rels/.rels");
  else if (dir[0] == '\0')
    path = g_strconcat ("_rels/", base, ".rels", NULL);
  else
    path = g_strconcat (dir, "/_rels/", base, ".rels", NULL);

  if ((input = open_path (x->zip, path, &local_error)) == NULL)
    {
      if (local_error == NULL)
        return g_steal_pointer (&rels);
      g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                   _("“%s” is not a readable .xlsx workbook: %s"),
                   x->name, local_error->message);
      return NULL;
    }

  ok = parse_part (x, input, path, &rels_handler, &state, error);
  g_object_unref (input);

  return ok ? g_steal_pointer (&rels) : NULL;
}

static const Rel *
find_rel_by_type (GPtrArray  *rels,
                  const char *kind)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Rel *rel = g_ptr_array_index (rels, i);
      const char *type = rel->type;

      if (g_str_has_prefix (type, REL_TRANSITIONAL))
        type += strlen (REL_TRANSITIONAL);
      else if (g_str_has_prefix (type, REL_STRICT))
        type += strlen (REL_STRICT);
      else
        continue;
      if (strcmp (type, kind) == 0)
        return rel;
    }

  return NULL;
}

static const Rel *
find_rel_by_id (GPtrArray  *rels,
                const char *id)
{
  for (guint i = 0; i < rels->len; i++)
    {
      const Rel *rel = g_ptr_array_index (rels, i);

      if (strcmp (rel->id, id) == 0)
        return rel;
    }

  return NULL;
}

/* workbook.xml: workbookPr and the first visible worksheet (a chart sheet
 * has no cells; a hidden sheet is one the officer does not see) */

typedef struct
{
  GPtrArray *rels;
  gboolean   in_sheets;
  char      *sheet_id;
  char      *first_hidden;
} WorkbookState;

static inline gboolean
is_true (const char *value)
{
  return value != NULL && (strcmp (value, "1") == 0 || strcmp (value, "true") == 0);
}

static void
workbook_start (XmlPart        *xml,
                const char     *name,
                int             n_attrs,
                const xmlChar **attrs)
{
  WorkbookState *state = xml->data;

  if (strcmp (name, "workbookPr") == 0)
    {
      g_autofree char *date1904 = attr_dup (n_attrs, attrs, "date1904");

      xml->x->date1904 = is_true (date1904);
    }
  else if (strcmp (name, "sheets") == 0)
    state->in_sheets = TRUE;
  else if (state->in_sheets && strcmp (name, "sheet") == 0)
    {
      g_autofree char *id = NULL;
      g_autofree char *visibility = attr_dup (n_attrs, attrs, "state");
      const Rel *rel;

      /* r:id, whichever prefix the namespace got */
      for (int i = 0; i < n_attrs && id == NULL; i++)
        if (strcmp ((const char *) attrs[5 * i], "id") == 0 && attrs[5 * i + 2] != NULL)
          id = g_strndup ((const char *) attrs[5 * i + 3], attrs[5 * i + 4] - attrs[5 * i + 3]);

      if (id == NULL || (rel = find_rel_by_id (state->rels, id)) == NULL ||
          !g_str_has_suffix (rel->type, "/worksheet"))
        return;

      if (visibility == NULL || strcmp (visibility, "visible") == 0)
        {
          state->sheet_id = g_steal_pointer (&id);
          xml_stop (xml);
        }
      else if (state->first_hidden == NULL)
        state->first_hidden = g_steal_pointer (&id);
    }
}

static void
workbook_end (XmlPart    *xml,
              const char *name)
{
  if (strcmp (name, "sheets") == 0)
    xml_stop (xml);
}

static const XmlHandler workbook_handler = { workbook_start, workbook_end, NULL };

static char *
read_workbook (Xlsx        *x,
               GsfInput    *input,
               const char  *path,
               GPtrArray   *rels,
               GError     **error)
{
  WorkbookState state = { rels, FALSE, NULL, NULL };

  if (!parse_part (x, input, path, &workbook_handler, &state, error))
    {
      g_free (state.sheet_id);
      g_free (state.first_hidden);
      return NULL;
    }

  if (state.sheet_id == NULL)
    state.sheet_id = g_steal_pointer (&state.first_hidden);
  g_free (state.first_hidden);

  if (state.sheet_id == NULL)
    g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                 _("“%s” holds no worksheet"), x->name);

  return state.sheet_id;
}

/* sharedStrings.xml, read straight into the table's text: a cell that
 * refers to a shared string costs no copy */

typedef struct
{
  gboolean in_t;
  guint    rph_depth;   /* in a phonetic reading, which is not the text */
  gsize    start;
} SstState;

static void
sst_start (XmlPart        *xml,
           const char     *name,
           int             n_attrs,
           const xmlChar **attrs)
{
  SstState *state = xml->data;

  if (strcmp (name, "si") == 0)
    {
      state->start = xml->x->builder.text->len;
      state->in_t = FALSE;
      state->rph_depth = 0;
    }
  else if (strcmp (name, "t") == 0)
    state->in_t = TRUE;
  else if (strcmp (name, "rPh") == 0)
    state->rph_depth++;
}

static void
sst_end (XmlPart    *xml,
         const char *name)
{
  SstState *state = xml->data;
  GString *text = xml->x->builder.text;

  if (strcmp (name, "t") == 0)
    state->in_t = FALSE;
  else if (strcmp (name, "rPh") == 0 && state->rph_depth > 0)
    state->rph_depth--;
  else if (strcmp (name, "si") == 0)
    {
      gsize offset = 0;

      normalize_text (text, state->start);
      if (text->len > state->start)
        {
          offset = state->start;
          g_string_append_c (text, '\0');
        }
      g_array_append_val (xml->x->sst, offset);
    }
}

static void
sst_text (XmlPart    *xml,
          const char *text,
          int         len)
{
  SstState *state = xml->data;

  if (state->in_t && state->rph_depth == 0)
    g_string_append_len (xml->x->builder.text, text, len);
}

static const XmlHandler sst_handler = { sst_start, sst_end, sst_text };

/* styles.xml: which cell formats show dates */

typedef struct
{
  GHashTable *custom;       /* numFmtId → 1 + is a date */
  GArray     *xf_formats;   /* numFmtId per cellXfs index */
  gboolean    in_num_fmts;
  gboolean    in_cell_xfs;
} StylesState;

static void
styles_start (XmlPart        *xml,
              const char     *name,
              int             n_attrs,
              const xmlChar **attrs)
{
  StylesState *state = xml->data;
  const char *id_text;
  gsize len = 0;
  guint id = 0;

  if (strcmp (name, "numFmts") == 0)
    state->in_num_fmts = TRUE;
  else if (strcmp (name, "cellXfs") == 0)
    state->in_cell_xfs = TRUE;
  else if (state->in_num_fmts && strcmp (name, "numFmt") == 0)
    {
      g_autofree char *code = attr_dup (n_attrs, attrs, "formatCode");

      id_text = attr_get (n_attrs, attrs, "numFmtId", &len);
      if (parse_uint (id_text, len, G_MAXINT, &id))
        g_hash_table_insert (state->custom, GUINT_TO_POINTER (id),
                             GUINT_TO_POINTER (1 + is_date_format_code (code)));
    }
  else if (state->in_cell_xfs && strcmp (name, "xf") == 0)
    {
      id_text = attr_get (n_attrs, attrs, "numFmtId", &len);
      if (!parse_uint (id_text, len, G_MAXINT, &id))
        id = 0;
      g_array_append_val (state->xf_formats, id);
    }
}

static void
styles_end (XmlPart    *xml,
            const char *name)
{
  StylesState *state = xml->data;

  if (strcmp (name, "numFmts") == 0)
    state->in_num_fmts = FALSE;
  else if (strcmp (name, "cellXfs") == 0)
    state->in_cell_xfs = FALSE;
}

static const XmlHandler styles_handler = { styles_start, styles_end, NULL };

static gboolean
read_styles (Xlsx        *x,
             GsfInput    *input,
             const char  *path,
             GError     **error)
{
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) xf_formats = g_array_new (FALSE, FALSE, sizeof (guint));
  StylesState state = { custom, xf_formats, FALSE, FALSE };

  if (!parse_part (x, input, path, &styles_handler, &state, error))
    return FALSE;

  /* a numFmt may redefine a builtin id, as LibreOffice does */
  x->n_xf = xf_formats->len;
  x->date_xf = g_new0 (guint8, MAX (x->n_xf, 1));
  for (guint i = 0; i < x->n_xf; i++)
    {
      guint id = g_array_index (xf_formats, guint, i);
      guint c = GPOINTER_TO_UINT (g_hash_table_lookup (custom, GUINT_TO_POINTER (id)));

      x->date_xf[i] = c != 0 ? (guint8) (c - 1) : (guint8) is_builtin_date_format (id);
    }

  return TRUE;
}

/* the worksheet */

static gboolean
finish_cell (Xlsx      *x,
             guint      row,
             guint      column,
             CellType   type,
             guint      style,
             GError   **error)
{
  Builder *b = &x->builder;
  GString *value = x->value;
  gsize offset = 0;
  char buf[48];

  if (value->len == 0)
    return TRUE;

  switch (type)
    {
    case CELL_SHARED:
      {
        guint index;

        if (!parse_uint (value->str, value->len, G_MAXUINT - 1, &index) || index >= x->sst->len)
          {
            g_autofree char *cell = cell_name (column, row);

            g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                         _("“%s” is not a readable .xlsx workbook: cell %s refers to a shared string that does not exist"),
                         x->name, cell);
            return FALSE;
          }
        offset = g_array_index (x->sst, gsize, index);
      }
      break;

    case CELL_INLINE:
    case CELL_FORMULA_STR:
      offset = b->text->len;
      g_string_append_len (b->text, value->str, value->len);
      normalize_text (b->text, offset);
      if (b->text->len > offset)
        g_string_append_c (b->text, '\0');
      else
        offset = 0;
      break;

    case CELL_BOOL:
      if (strcmp (value->str, "1") == 0 || strcmp (value->str, "true") == 0)
        offset = builder_add_text (b, "TRUE", 4);
      else if (strcmp (value->str, "0") == 0 || strcmp (value->str, "false") == 0)
        offset = builder_add_text (b, "FALSE", 5);
      else
        offset = builder_add_text (b, value->str, value->len);
      break;

    case CELL_DATE:
      /* ISO 8601 already; the time of day goes, as for serial dates */
      if (value->len >= 10 && g_ascii_isdigit (value->str[0]) && value->str[4] == '-' && value->str[7] == '-')
        offset = builder_add_text (b, value->str, 10);
      else
        offset = builder_add_text (b, value->str, value->len);
      break;

    case CELL_ERROR:
      offset = builder_add_text (b, value->str, value->len);
      break;

    case CELL_NUMBER:
    default:
      {
        const char *s = value->str;
        char *end = NULL;
        double number = g_ascii_strtod (s, &end);

        if (end == s || *end != '\0' || !isfinite (number))
          offset = builder_add_text (b, s, value->len);
        else if (style < x->n_xf && x->date_xf[style] &&
                 format_serial_date (number, x->date1904, buf))
          offset = builder_add_text (b, buf, 10);
        else if (is_shown_as_is (s, value->len))
          offset = builder_add_text (b, s, value->len);
        else
          offset = builder_add_text (b, buf, format_number (number, buf));
      }
      break;
    }

  builder_set_cell (b, column, offset);
  return TRUE;
}

typedef struct
{
  gboolean in_sheet_data;
  gboolean in_row;
  gboolean in_cell;
  gboolean in_value;     /* <v>, or <t> in <is> but not in <rPh> */
  gboolean in_is;
  guint    rph_depth;
  guint    row;
  guint    column;
  gboolean any_column;   /* a cell came before in this row */
  CellType type;
  guint    style;
} SheetState;

static void
sheet_start (XmlPart        *xml,
             const char     *name,
             int             n_attrs,
             const xmlChar **attrs)
{
  SheetState *state = xml->data;
  Xlsx *x = xml->x;

  if (!state->in_sheet_data)
    {
      state->in_sheet_data = strcmp (name, "sheetData") == 0;
    }
  else if (state->in_cell)
    {
      if (strcmp (name, "v") == 0)
        {
          g_string_truncate (x->value, 0);
          state->in_value = TRUE;
        }
      else if (strcmp (name, "is") == 0)
        {
          g_string_truncate (x->value, 0);
          state->in_is = TRUE;
        }
      else if (state->in_is && strcmp (name, "t") == 0)
        state->in_value = state->rph_depth == 0;
      else if (state->in_is && strcmp (name, "rPh") == 0)
        state->rph_depth++;
    }
  else if (state->in_row && strcmp (name, "c") == 0)
    {
      /* a cell without r follows the one before */
      state->column = state->any_column ? state->column + 1 : 0;
      state->type = CELL_NUMBER;
      state->style = 0;

      for (int i = 0; i < n_attrs; i++)
        {
          const char *an = (const char *) attrs[5 * i];
          const char *av = (const char *) attrs[5 * i + 3];
          gsize len = (gsize) (attrs[5 * i + 4] - attrs[5 * i + 3]);

          if (an[0] == 'r' && an[1] == '\0')
            {
              if (!parse_cell_column (av, len, &state->column))
                {
                  g_autofree char *ref = g_strndup (av, len);

                  xml_fail (xml, g_error_new (ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_SYNTAX,
                                              _("“%s”, row %u: invalid cell reference “%s”"),
                                              x->name, state->row, ref));
                  return;
                }
            }
          else if (an[0] == 't' && an[1] == '\0')
            state->type = parse_cell_type (av, len);
          else if (an[0] == 's' && an[1] == '\0' && !parse_uint (av, len, G_MAXINT, &state->style))
            state->style = 0;
        }

      state->any_column = TRUE;
      state->in_cell = TRUE;
      g_string_truncate (x->value, 0);
    }
  else if (strcmp (name, "row") == 0)
    {
      gsize len = 0;
      const char *r = attr_get (n_attrs, attrs, "r", &len);
      guint number = state->row + 1;   /* a row without r follows the one before */

      if (r != NULL && (!parse_uint (r, len, MAX_ROWS, &number) || number == 0))
        {
          g_autofree char *text = g_strndup (r, len);

          xml_fail (xml, g_error_new (ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_SYNTAX,
                                      _("“%s”, row %u: invalid row number “%s”"),
                                      x->name, state->row + 1, text));
          return;
        }
      state->row = number;
      state->any_column = FALSE;
      state->in_row = TRUE;
    }
}

static void
sheet_end (XmlPart    *xml,
           const char *name)
{
  SheetState *state = xml->data;
  GError *error = NULL;

  if (!state->in_sheet_data)
    return;

  if (strcmp (name, "v") == 0 || strcmp (name, "t") == 0)
    state->in_value = FALSE;
  else if (strcmp (name, "rPh") == 0 && state->rph_depth > 0)
    state->rph_depth--;
  else if (strcmp (name, "is") == 0)
    state->in_is = FALSE;
  else if (strcmp (name, "c") == 0 && state->in_cell)
    {
      state->in_cell = state->in_value = state->in_is = FALSE;
      state->rph_depth = 0;
      if (!finish_cell (xml->x, state->row, state->column, state->type, state->style, &error))
        xml_fail (xml, error);
    }
  else if (strcmp (name, "row") == 0 && state->in_row)
    {
      state->in_row = FALSE;
      builder_end_sheet_row (&xml->x->builder, state->row);
    }
  else if (strcmp (name, "sheetData") == 0)
    xml_stop (xml);
}

static void
sheet_text (XmlPart    *xml,
            const char *text,
            int         len)
{
  SheetState *state = xml->data;

  if (state->in_value)
    g_string_append_len (xml->x->value, text, len);
}

static const XmlHandler sheet_handler = { sheet_start, sheet_end, sheet_text };

static gboolean
is_opendocument (GsfInfile *zip)
{
  GsfInput *mimetype = open_path (zip, "mimetype", NULL);
  gboolean result = FALSE;

  if (mimetype != NULL)
    {
      static const char prefix[] = "application/vnd.oasis.opendocument.";
      guint8 buf[sizeof prefix - 1] = { 0, };

      result = gsf_input_size (mimetype) >= (gsf_off_t) sizeof buf &&
               gsf_input_read (mimetype, sizeof buf, buf) != NULL &&
               memcmp (buf, prefix, sizeof buf) == 0;
      g_object_unref (mimetype);
    }

  return result;
}

static ZjtxTable *
read_xlsx (GBytes      *bytes,
           const char  *name,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) package_rels = NULL;
  g_autoptr(GPtrArray) workbook_rels = NULL;
  g_autofree char *sheet_id = NULL;
  SheetState sheet_state = { 0, };
  GsfInput *source = NULL;
  GsfInput *part = NULL;
  const Rel *workbook;
  const Rel *rel;
  ZjtxTable *table = NULL;
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  Xlsx x = { 0, };

  x.name = name;
  builder_init (&x.builder);
  x.sst = g_array_new (FALSE, FALSE, sizeof (gsize));
  x.value = g_string_sized_new (64);

  source = gsf_input_memory_new (data, (gsf_off_t) len, FALSE);
  x.zip = gsf_infile_zip_new (source, &local_error);
  if (x.zip == NULL)
    {
      g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_DAMAGED,
                   _("“%s” is not a readable .xlsx workbook: %s"),
                   name, local_error != NULL ? local_error->message : "?");
      goto out;
    }

  if ((package_rels = read_rels (&x, "", error)) == NULL)
    goto out;

  workbook = find_rel_by_type (package_rels, "officeDocument");
  if (workbook == NULL)
    {
      if (is_opendocument (x.zip))
        g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_UNSUPPORTED,
                     _("“%s” is an OpenDocument spreadsheet (.ods), which cannot be read; save it as .xlsx or CSV"),
                     name);
      else
        g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_UNSUPPORTED,
                     _("“%s” is a zip archive, not an .xlsx workbook"),
                     name);
      goto out;
    }

  if (g_str_has_suffix (workbook->path, ".bin"))
    {
      g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_UNSUPPORTED,
                   _("“%s” is a binary Excel workbook (.xlsb), which cannot be read; save it as .xlsx or CSV"),
                   name);
      goto out;
    }

  if ((workbook_rels = read_rels (&x, workbook->path, error)) == NULL ||
      (part = open_part (&x, workbook->path, error)) == NULL ||
      (sheet_id = read_workbook (&x, part, workbook->path, workbook_rels, error)) == NULL)
    goto out;
  g_clear_object (&part);

  if ((rel = find_rel_by_type (workbook_rels, "sharedStrings")) != NULL)
    {
      SstState state = { FALSE, 0, 0 };

      if ((part = open_part (&x, rel->path, error)) == NULL ||
          !parse_part (&x, part, rel->path, &sst_handler, &state, error))
        goto out;
      g_clear_object (&part);
    }

  if ((rel = find_rel_by_type (workbook_rels, "styles")) != NULL)
    {
      if ((part = open_part (&x, rel->path, error)) == NULL ||
          !read_styles (&x, part, rel->path, error))
        goto out;
      g_clear_object (&part);
    }

  rel = find_rel_by_id (workbook_rels, sheet_id);
  if ((part = open_part (&x, rel->path, error)) == NULL ||
      !parse_part (&x, part, rel->path, &sheet_handler, &sheet_state, error))
    goto out;

  table = builder_finish (&x.builder, "xlsx");

out:
  g_clear_object (&part);
  g_clear_object (&x.zip);
  g_clear_object (&source);
  builder_clear (&x.builder);
  g_array_unref (x.sst);
  g_free (x.date_xf);
  g_string_free (x.value, TRUE);

  return table;
}

static void
ensure_libraries (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      gsf_init ();
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
}

ZjtxTable *
zjtx_table_read_bytes (GBytes      *bytes,
                       const char  *name_for_messages,
                       GError     **error)
{
  static const guint8 ole2_magic[] = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
  const char *data;
  gsize len = 0;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name_for_messages != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";

  if (len >= 4 && memcmp (data, "PK\x03\x04", 4) == 0)
    {
      ensure_libraries ();
      return read_xlsx (bytes, name_for_messages, error);
    }

  /* Excel 97–2003, WPS .et and password-protected .xlsx are all OLE2 */
  if (len >= sizeof ole2_magic && memcmp (data, ole2_magic, sizeof ole2_magic) == 0)
    {
      g_set_error (error, ZJTX_TABLE_ERROR, ZJTX_TABLE_ERROR_UNSUPPORTED,
                   _("“%s” is an Excel 97–2003 workbook (.xls) or a password-protected one, which cannot be read; save it as .xlsx or CSV without a password"),
                   name_for_messages);
      return NULL;
    }

  return read_text (data, len, name_for_messages, error);
}

ZjtxTable *
zjtx_table_read_file (const char  *path,
                      GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_file_get_contents (path, &contents, &len, error))
    return NULL;

  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);
  display_name = g_filename_display_basename (path);

  return zjtx_table_read_bytes (bytes, display_name, error);
}
