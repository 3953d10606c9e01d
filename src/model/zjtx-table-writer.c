/* zjtx-table-writer.c: writes one table to a CSV or .xlsx file */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <xlsxwriter.h>

#include "model/zjtx-table-writer.h"

G_DEFINE_QUARK (zjtx-table-writer-error-quark, zjtx_table_writer_error)

/* Limits of an Excel sheet; libxlsxwriter would refuse the cell, we say why. */
#define XLSX_MAX_DATA_ROWS  (LXW_ROW_MAX - 1)  /* below the header row */
#define XLSX_MAX_COLUMNS    LXW_COL_MAX
#define XLSX_MAX_CELL_CHARS 32767              /* UTF-16 units, as Excel counts */

/* Auto width, in characters of the default font. */
#define AUTO_WIDTH_MIN 4.0
#define AUTO_WIDTH_MAX 60.0

typedef enum {
  CELL_EMPTY,
  CELL_TEXT,
  CELL_MONEY,
  CELL_INTEGER,
  CELL_DATE,    /* number is year * 10000 + month * 100 + day */
} CellKind;

/* 16 bytes: a province-sized export has a million cells. */
typedef struct
{
  union {
    gint64      number;
    const char *text;   /* in the writer's string chunk */
  };
  guint8 kind;
} Cell;

typedef struct
{
  char           *header;
  ZjtxColumnType  type;
  double          width_chars;
} Column;

struct _ZjtxTableWriter
{
  ZjtxTableFormat  format;
  char            *sheet_name;
  GArray          *columns;  /* of Column */
  GArray          *cells;    /* of Cell: n_rows × n_columns, row by row */
  GStringChunk    *strings;
  guint            n_rows;
};

gboolean
zjtx_table_format_from_name (const char      *name_or_path,
                             ZjtxTableFormat *format)
{
  const char *dot;

  g_return_val_if_fail (name_or_path != NULL, FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  dot = strrchr (name_or_path, '.');
  /* a dot in a folder name is not an extension */
  if (dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL)
    name_or_path = dot + 1;

  if (g_ascii_strcasecmp (name_or_path, "csv") == 0)
    *format = ZJTX_TABLE_FORMAT_CSV;
  else if (g_ascii_strcasecmp (name_or_path, "xlsx") == 0)
    *format = ZJTX_TABLE_FORMAT_XLSX;
  else
    return FALSE;

  return TRUE;
}

const char *
zjtx_table_format_get_extension (ZjtxTableFormat format)
{
  switch (format)
    {
    case ZJTX_TABLE_FORMAT_CSV:
      return "csv";
    case ZJTX_TABLE_FORMAT_XLSX:
      return "xlsx";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
clear_column (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->header, g_free);
}

/* Excel refuses (and libxlsxwriter fails on) names longer than 31
 * characters, with any of []:*?/\, or starting or ending with an
 * apostrophe; "History" is reserved for change tracking. */
static char *
make_sheet_name (const char *name)
{
  g_autofree char *valid = NULL;
  GString *s;
  guint units = 0;

  if (name == NULL || *name == '\0')
    return g_strdup ("Sheet1");

  valid = g_utf8_make_valid (name, -1);
  s = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      units += c > 0xFFFF ? 2 : 1;
      if (units > LXW_SHEETNAME_MAX)
        break;

      /* strchr () would see only the low byte of c, and find its NUL */
      if (c < 0x20 || (c < 0x80 && strchr ("[]:*?/\\", c) != NULL))
        g_string_append_c (s, '_');
      else
        g_string_append_unichar (s, c);
    }

  if (s->len > 0 && s->str[0] == '\'')
    s->str[0] = '_';
  if (s->len > 0 && s->str[s->len - 1] == '\'')
    s->str[s->len - 1] = '_';

  if (g_ascii_strcasecmp (s->str, "History") == 0)
    g_string_append_c (s, '_');

  return g_string_free (s, FALSE);
}

ZjtxTableWriter *
zjtx_table_writer_new (ZjtxTableFormat  format,
                       const char      *sheet_name)
{
  ZjtxTableWriter *self;

  g_return_val_if_fail (format == ZJTX_TABLE_FORMAT_CSV ||
                        format == ZJTX_TABLE_FORMAT_XLSX, NULL);

  self = g_new0 (ZjtxTableWriter, 1);
  self->format = format;
  self->sheet_name = make_sheet_name (sheet_name);
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, clear_column);
  self->cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  self->strings = g_string_chunk_new (64 * 1024);

  return self;
}

void
zjtx_table_writer_free (ZjtxTableWriter *self)
{
  if (self == NULL)
    return;

  g_free (self->sheet_name);
  g_array_unref (self->columns);
  g_array_unref (self->cells);
  g_string_chunk_free (self->strings);
  g_free (self);
}

ZjtxTableFormat
zjtx_table_writer_get_format (ZjtxTableWriter *self)
{
  g_return_val_if_fail (self != NULL, ZJTX_TABLE_FORMAT_CSV);

  return self->format;
}

void
zjtx_table_writer_add_column (ZjtxTableWriter *self,
                              const char      *header,
                              ZjtxColumnType   type,
                              double           width_chars)
{
  Column column = { 0 };

  g_return_if_fail (self != NULL);
  g_return_if_fail (header != NULL);
  g_return_if_fail (type >= ZJTX_COLUMN_TEXT && type <= ZJTX_COLUMN_DATE);
  g_return_if_fail (width_chars >= 0 && width_chars <= 255);
  g_return_if_fail (self->n_rows == 0);

  column.header = g_utf8_make_valid (header, -1);
  column.type = type;
  column.width_chars = width_chars;
  g_array_append_val (self->columns, column);
}

guint
zjtx_table_writer_get_n_columns (ZjtxTableWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->columns->len;
}

/* Fills the current row up with empty cells. */
static void
pad_last_row (ZjtxTableWriter *self)
{
  guint want = self->n_rows * self->columns->len;

  /* the array clears new elements, and a cleared cell is CELL_EMPTY */
  if (self->cells->len < want)
    g_array_set_size (self->cells, want);
}

void
zjtx_table_writer_begin_row (ZjtxTableWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->columns->len > 0);

  pad_last_row (self);
  self->n_rows++;
}

guint
zjtx_table_writer_get_n_rows (ZjtxTableWriter *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_rows;
}

/* Appends an empty cell to the current row and returns it, or NULL (with a
 * critical) when there is no room or it does not fit the column's type. A
 * misplaced cell still takes its place, so that later cells stay in their
 * columns. */
static Cell *
append_cell (ZjtxTableWriter *self,
             const char      *func,
             int              required_type)
{
  guint n_columns;
  guint index;
  const Column *column;
  Cell *cell;

  if (self->n_rows == 0)
    {
      g_critical ("%s: call zjtx_table_writer_begin_row() first", func);
      return NULL;
    }

  n_columns = self->columns->len;
  index = self->cells->len - (self->n_rows - 1) * n_columns;
  if (index >= n_columns)
    {
      g_critical ("%s: row %u already has %u cells, one per column",
                  func, self->n_rows, n_columns);
      return NULL;
    }

  g_array_set_size (self->cells, self->cells->len + 1);  /* cleared: empty */
  cell = &g_array_index (self->cells, Cell, self->cells->len - 1);

  column = &g_array_index (self->columns, Column, index);
  if (required_type >= 0 && (int) column->type != required_type)
    {
      g_critical ("%s: column “%s” is of another type", func, column->header);
      return NULL;
    }

  return cell;
}

void
zjtx_table_writer_add_text (ZjtxTableWriter *self,
                            const char      *text)
{
  Cell *cell;

  g_return_if_fail (self != NULL);

  if ((cell = append_cell (self, G_STRFUNC, -1)) == NULL)
    return;
  if (text == NULL || *text == '\0')
    return;

  cell->kind = CELL_TEXT;
  if (G_LIKELY (g_utf8_validate (text, -1, NULL)))
    {
      cell->text = g_string_chunk_insert (self->strings, text);
    }
  else
    {
      /* invalid UTF-8 would make the .xlsx unreadable */
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      cell->text = g_string_chunk_insert (self->strings, valid);
    }
}

void
zjtx_table_writer_add_money (ZjtxTableWriter *self,
                             gint64           fen)
{
  Cell *cell;

  g_return_if_fail (self != NULL);

  if ((cell = append_cell (self, G_STRFUNC, ZJTX_COLUMN_MONEY)) == NULL)
    return;

  cell->kind = CELL_MONEY;
  cell->number = fen;
}

void
zjtx_table_writer_add_integer (ZjtxTableWriter *self,
                               gint64           value)
{
  Cell *cell;

  g_return_if_fail (self != NULL);

  if ((cell = append_cell (self, G_STRFUNC, ZJTX_COLUMN_INTEGER)) == NULL)
    return;

  cell->kind = CELL_INTEGER;
  cell->number = value;
}

/* Strict "YYYY-MM-DD" from 1900-01-01 (Excel's first date) on. */
static gboolean
parse_iso_date (const char *iso,
                gint64     *packed)
{
  int year, month, day;

  if (strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;

  year = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
  month = (iso[5] - '0') * 10 + (iso[6] - '0');
  day = (iso[8] - '0') * 10 + (iso[9] - '0');
  if (year < 1900 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  *packed = (gint64) year * 10000 + month * 100 + day;
  return TRUE;
}

void
zjtx_table_writer_add_date (ZjtxTableWriter *self,
                            const char      *iso)
{
  Cell *cell;
  gint64 packed;

  g_return_if_fail (self != NULL);

  if ((cell = append_cell (self, G_STRFUNC, ZJTX_COLUMN_DATE)) == NULL)
    return;
  if (iso == NULL || *iso == '\0')
    return;

  if (parse_iso_date (iso, &packed))
    {
      cell->kind = CELL_DATE;
      cell->number = packed;
    }
  else
    {
      /* keep what the record holds: an officer can see and fix it */
      g_autofree char *valid = g_utf8_make_valid (iso, -1);

      cell->kind = CELL_TEXT;
      cell->text = g_string_chunk_insert (self->strings, valid);
    }
}

void
zjtx_table_writer_add_empty (ZjtxTableWriter *self)
{
  g_return_if_fail (self != NULL);

  append_cell (self, G_STRFUNC, -1);
}

/* Cells past the end of a short last row are empty. */
static inline const Cell *
get_cell (ZjtxTableWriter *self,
          guint            row,
          guint            col)
{
  static const Cell empty = { { 0 }, CELL_EMPTY };
  gsize index = (gsize) row * self->columns->len + col;

  if (index >= self->cells->len)
    return &empty;
  return &g_array_index (self->cells, Cell, index);
}

/* ---- Saving atomically ---- */

static gboolean
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               /* Translators: the second %s is the system's reason */
               _("Could not save “%s”: %s"),
               display, g_strerror (saved_errno));
  return FALSE;
}

/* Creates an empty temporary file beside @path, so that the final rename
 * stays within one file system and is atomic. */
static int
open_temporary (const char  *path,
                char       **tmp_path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strconcat (".", base, ".XXXXXX", NULL);
  g_autofree char *tmpl = g_build_filename (dir, name, NULL);
  int fd;

  /* checked first so that no work is done for a save that must fail */
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      set_errno_error (error, path, EISDIR);
      return -1;
    }

  /* 0666: the file's mode then follows the umask, like any saved file */
  fd = g_mkstemp_full (tmpl, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      set_errno_error (error, path, errno);
      return -1;
    }

  *tmp_path = g_steal_pointer (&tmpl);
  return fd;
}

/* Flushes the data before the rename: otherwise a crash soon after can
 * leave an empty file where the old one was. */
static gboolean
sync_and_close (int         fd,
                const char *path,
                GError    **error)
{
  int saved_errno = 0;

  if (fsync (fd) != 0)
    saved_errno = errno;
  if (close (fd) != 0 && errno != EINTR && saved_errno == 0)
    saved_errno = errno;

  if (saved_errno != 0)
    return set_errno_error (error, path, saved_errno);
  return TRUE;
}

static gboolean
commit_temporary (const char  *tmp_path,
                  const char  *path,
                  GError     **error)
{
  if (g_rename (tmp_path, path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      return set_errno_error (error, path, saved_errno);
    }

  return TRUE;
}

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        len,
           int         *saved_errno)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, (gsize) G_MAXSSIZE));

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          return FALSE;
        }
      data += n;
      len -= n;
    }

  return TRUE;
}

/* Writes what @write writes to @fd (FALSE with *@saved_errno on failure)
 * to @path: beside it, flushed, then renamed. */
typedef gboolean (*WriteFunc) (int fd, gconstpointer data, int *saved_errno);

static gboolean
save_atomically (const char     *path,
                 WriteFunc       write_func,
                 gconstpointer   data,
                 GError        **error)
{
  g_autofree char *tmp_path = NULL;
  int saved_errno = 0;
  int fd;

  if ((fd = open_temporary (path, &tmp_path, error)) < 0)
    return FALSE;
  if (!write_func (fd, data, &saved_errno))
    {
      close (fd);
      g_unlink (tmp_path);
      return set_errno_error (error, path, saved_errno);
    }
  if (!sync_and_close (fd, path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }
  return commit_temporary (tmp_path, path, error);
}

static gboolean
write_bytes (int            fd,
             gconstpointer  data,
             int           *saved_errno)
{
  const GBytes *bytes = data;
  gsize len;
  const char *p = g_bytes_get_data ((GBytes *) bytes, &len);

  return write_all (fd, p, len, saved_errno);
}

gboolean
zjtx_save_bytes (const char    *path,
                 const guint8  *data,
                 gsize          len,
                 GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  bytes = g_bytes_new_static (data, len);
  return save_atomically (path, write_bytes, bytes, error);
}

/* ---- CSV ---- */

static void
csv_append_uint64 (GString *out,
                   guint64  value)
{
  char buf[20];
  char *p = buf + sizeof buf;

  do
    *--p = '0' + value % 10;
  while ((value /= 10) != 0);

  g_string_append_len (out, p, buf + sizeof buf - p);
}

static void
csv_append_int64 (GString *out,
                  gint64   value)
{
  if (value < 0)
    g_string_append_c (out, '-');
  /* negating in unsigned arithmetic is defined even for G_MININT64 */
  csv_append_uint64 (out, value < 0 ? -(guint64) value : (guint64) value);
}

/* Plain "-12345.67": what every spreadsheet and zjtx re-import as a number. */
static void
csv_append_money (GString *out,
                  gint64   fen)
{
  guint64 magnitude = fen < 0 ? -(guint64) fen : (guint64) fen;
  guint cents = magnitude % 100;

  if (fen < 0)
    g_string_append_c (out, '-');
  csv_append_uint64 (out, magnitude / 100);
  g_string_append_c (out, '.');
  g_string_append_c (out, '0' + cents / 10);
  g_string_append_c (out, '0' + cents % 10);
}

static void
csv_append_date (GString *out,
                 gint64   packed)
{
  char buf[10];
  int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;

  buf[0] = '0' + year / 1000;
  buf[1] = '0' + year / 100 % 10;
  buf[2] = '0' + year / 10 % 10;
  buf[3] = '0' + year % 10;
  buf[4] = '-';
  buf[5] = '0' + month / 10;
  buf[6] = '0' + month % 10;
  buf[7] = '-';
  buf[8] = '0' + day / 10;
  buf[9] = '0' + day % 10;
  g_string_append_len (out, buf, sizeof buf);
}

/* RFC 4180: a field with a comma, quote, CR or LF is quoted and its quotes
 * doubled.
 *
 * Text starting with = + - @ (or tab, CR) is quoted too, and nothing else:
 * the bureau re-imports these files, so a prefix such as ' (the usual
 * "formula injection" defence) would change the data. Quoting does not stop
 * Excel from evaluating such a cell; it marks it for tools that honour quotes
 * (LibreOffice's "format quoted field as text") and costs nothing on
 * re-import. The .xlsx export is the safe one: its text cells are never
 * formulas. */
static void
csv_append_text (GString    *out,
                 const char *text)
{
  gboolean quote;

  switch (text[0])
    {
    case '=': case '+': case '-': case '@': case '\t': case '\r':
      quote = TRUE;
      break;
    default:
      quote = strpbrk (text, ",\"\r\n") != NULL;
      break;
    }

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *quote_mark; (quote_mark = strchr (text, '"')) != NULL; text = quote_mark + 1)
    {
      g_string_append_len (out, text, quote_mark - text + 1);
      g_string_append_c (out, '"');
    }
  g_string_append (out, text);
  g_string_append_c (out, '"');
}

/* Rows are written out in blocks of about this size, rather than the whole
 * file built in memory first (16 MB for 100,000 rows). */
#define CSV_BLOCK_SIZE (256 * 1024)

static gboolean
csv_flush (GString *out,
           int      fd,
           int     *saved_errno)
{
  gboolean ok = write_all (fd, out->str, out->len, saved_errno);

  g_string_truncate (out, 0);
  return ok;
}

static gboolean
csv_write (ZjtxTableWriter *self,
           int              fd,
           int             *saved_errno)
{
  guint n_columns = self->columns->len;
  g_autoptr(GString) out = g_string_sized_new (CSV_BLOCK_SIZE + 4096);

  g_string_append (out, "\xEF\xBB\xBF");
  if (n_columns == 0)
    return csv_flush (out, fd, saved_errno);

  for (guint col = 0; col < n_columns; col++)
    {
      if (col > 0)
        g_string_append_c (out, ',');
      csv_append_text (out, g_array_index (self->columns, Column, col).header);
    }
  g_string_append (out, "\r\n");

  for (guint row = 0; row < self->n_rows; row++)
    {
      for (guint col = 0; col < n_columns; col++)
        {
          const Cell *cell = get_cell (self, row, col);

          if (col > 0)
            g_string_append_c (out, ',');

          switch ((CellKind) cell->kind)
            {
            case CELL_EMPTY:
              break;
            case CELL_TEXT:
              csv_append_text (out, cell->text);
              break;
            case CELL_MONEY:
              csv_append_money (out, cell->number);
              break;
            case CELL_INTEGER:
              csv_append_int64 (out, cell->number);
              break;
            case CELL_DATE:
              csv_append_date (out, cell->number);
              break;
            default:
              g_assert_not_reached ();
            }
        }
      g_string_append (out, "\r\n");

      if (out->len >= CSV_BLOCK_SIZE && !csv_flush (out, fd, saved_errno))
        return FALSE;
    }

  return csv_flush (out, fd, saved_errno);
}

static gboolean
write_csv (int            fd,
           gconstpointer  data,
           int           *saved_errno)
{
  return csv_write ((ZjtxTableWriter *) data, fd, saved_errno);
}

static gboolean
save_csv (ZjtxTableWriter  *self,
          const char       *path,
          GError          **error)
{
  return save_atomically (path, write_csv, self, error);
}

/* ---- xlsx ---- */

/* Display width in characters of the default font, of the longest line.
 * East Asian wide characters take two; so do the "ambiguous" ones (— “ ·),
 * which Chinese Excel draws with a CJK font. */
static guint
text_width (const char *text)
{
  guint widest = 0, line = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0';)
    {
      gunichar c;

      if (*p < 0x80)
        {
          if (*p == '\n')
            {
              widest = MAX (widest, line);
              line = 0;
            }
          else
            {
              line++;
            }
          p++;
          continue;
        }

      c = g_utf8_get_char ((const char *) p);
      p = (const guchar *) g_utf8_next_char (p);
      if (g_unichar_iswide_cjk (c))
        line += 2;
      else if (!g_unichar_iszerowidth (c))
        line += 1;
    }

  return MAX (widest, line);
}

static guint
digits_width (guint64 value)
{
  guint n = 1;

  while ((value /= 10) != 0)
    n++;
  return n;
}

static guint
cell_width (const Cell *cell)
{
  guint64 magnitude;
  guint digits;

  switch ((CellKind) cell->kind)
    {
    case CELL_TEXT:
      return text_width (cell->text);
    case CELL_MONEY:  /* "-1,234.56" */
      magnitude = cell->number < 0 ? -(guint64) cell->number : (guint64) cell->number;
      digits = digits_width (magnitude / 100);
      return (cell->number < 0) + digits + (digits - 1) / 3 + 3;
    case CELL_INTEGER:
      magnitude = cell->number < 0 ? -(guint64) cell->number : (guint64) cell->number;
      return (cell->number < 0) + digits_width (magnitude);
    case CELL_DATE:
      return 10;
    case CELL_EMPTY:
    default:
      return 0;
    }
}

static double
auto_width (ZjtxTableWriter *self,
            guint            col)
{
  const Column *column = &g_array_index (self->columns, Column, col);
  guint widest = 0;
  double width;

  for (guint row = 0; row < self->n_rows; row++)
    widest = MAX (widest, cell_width (get_cell (self, row, col)));

  /* the bold header is about a tenth wider, and shares its cell with the
   * autofilter button (about 2 characters) */
  width = MAX (text_width (column->header) * 1.1 + 3, widest + 2);
  return CLAMP (width, AUTO_WIDTH_MIN, AUTO_WIDTH_MAX);
}

/* Number of UTF-16 units, as Excel counts a cell's length. */
static gsize
utf16_length (const char *text)
{
  gsize units = 0;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if ((*p & 0xC0) != 0x80)
        units++;
      if (*p >= 0xF0)  /* four-byte sequence: a surrogate pair */
        units++;
    }
  return units;
}

/* Refuses, before anything is written, what an Excel sheet cannot hold. */
static gboolean
xlsx_check_limits (ZjtxTableWriter  *self,
                   const char       *path,
                   GError          **error)
{
  g_autofree char *display = g_filename_display_name (path);
  guint n_columns = self->columns->len;

  if (self->n_rows > XLSX_MAX_DATA_ROWS)
    {
      g_set_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_TOO_LARGE,
                   _("Cannot save “%s” as an Excel workbook: the table has %u rows, "
                     "and an Excel sheet holds at most %u. Save it as CSV instead."),
                   display, self->n_rows, (guint) XLSX_MAX_DATA_ROWS);
      return FALSE;
    }

  if (n_columns > XLSX_MAX_COLUMNS)
    {
      g_set_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_TOO_LARGE,
                   _("Cannot save “%s” as an Excel workbook: the table has %u columns, "
                     "and an Excel sheet holds at most %u. Save it as CSV instead."),
                   display, n_columns, (guint) XLSX_MAX_COLUMNS);
      return FALSE;
    }

  for (guint row = 0; row < self->n_rows; row++)
    for (guint col = 0; col < n_columns; col++)
      {
        const Cell *cell = get_cell (self, row, col);

        /* bytes ≥ UTF-16 units, so only long texts need counting */
        if (cell->kind == CELL_TEXT &&
            strlen (cell->text) > XLSX_MAX_CELL_CHARS &&
            utf16_length (cell->text) > XLSX_MAX_CELL_CHARS)
          {
            g_set_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_TOO_LARGE,
                         _("Cannot save “%s” as an Excel workbook: the text in row %u, "
                           "column “%s” is longer than the %u characters an Excel cell "
                           "holds. Save it as CSV instead."),
                         display, row + 1,
                         g_array_index (self->columns, Column, col).header,
                         (guint) XLSX_MAX_CELL_CHARS);
            return FALSE;
          }
      }

  return TRUE;
}

static lxw_format *
new_number_format (lxw_workbook *workbook,
                   const char   *num_format)
{
  lxw_format *format = workbook_add_format (workbook);

  format_set_num_format (format, num_format);
  return format;
}

/* Fills the workbook; returns the first error of libxlsxwriter. */
static lxw_error
xlsx_fill (ZjtxTableWriter *self,
           lxw_workbook    *workbook)
{
  guint n_columns = self->columns->len;
  lxw_worksheet *sheet;
  lxw_format *bold, *money, *integer, *date;
  lxw_error err;

  if ((sheet = workbook_add_worksheet (workbook, self->sheet_name)) == NULL)
    return LXW_ERROR_CREATING_TMPFILE;  /* the name is valid; this is what remains */

  bold = workbook_add_format (workbook);
  format_set_bold (bold);
  money = new_number_format (workbook, "#,##0.00");
  /* "0" rather than General, which turns 12 digits into 1.23457E+11 */
  integer = new_number_format (workbook, "0");
  date = new_number_format (workbook, "yyyy-mm-dd");

  if (n_columns == 0)
    return LXW_NO_ERROR;

  /* Sheet settings first: in constant-memory mode rows go to disk as
   * they are written, the settings are kept apart until the end. */
  for (guint col = 0; col < n_columns; col++)
    {
      const Column *column = &g_array_index (self->columns, Column, col);
      double width = column->width_chars > 0 ? column->width_chars : auto_width (self, col);

      if ((err = worksheet_set_column (sheet, col, col, width, NULL)) != LXW_NO_ERROR)
        return err;
    }

  worksheet_freeze_panes (sheet, 1, 0);
  if ((err = worksheet_autofilter (sheet, 0, 0, self->n_rows, n_columns - 1)) != LXW_NO_ERROR)
    return err;

  {
    char range[LXW_MAX_CELL_RANGE_LENGTH];

    /* USCCs and other codes are text on purpose: no green triangles */
    lxw_rowcol_to_range (range, 0, 0, self->n_rows, n_columns - 1);
    if ((err = worksheet_ignore_errors (sheet, LXW_IGNORE_NUMBER_STORED_AS_TEXT, range)) != LXW_NO_ERROR)
      return err;
  }

  for (guint col = 0; col < n_columns; col++)
    {
      const char *header = g_array_index (self->columns, Column, col).header;

      if ((err = worksheet_write_string (sheet, 0, col, header, bold)) != LXW_NO_ERROR)
        return err;
    }

  for (guint row = 0; row < self->n_rows; row++)
    for (guint col = 0; col < n_columns; col++)
      {
        const Cell *cell = get_cell (self, row, col);
        lxw_row_t r = row + 1;
        lxw_datetime dt = { 0 };

        switch ((CellKind) cell->kind)
          {
          case CELL_EMPTY:
            err = LXW_NO_ERROR;
            break;
          case CELL_TEXT:
            err = worksheet_write_string (sheet, r, col, cell->text, NULL);
            break;
          case CELL_MONEY:
            /* The quotient of an exact integer (|fen| < 2^53, and ZJTX_FEN_MAX
             * is 10^15) is the double nearest to the decimal amount: the
             * same number Excel reads from "12345.67". */
            err = worksheet_write_number (sheet, r, col, cell->number / 100.0, money);
            break;
          case CELL_INTEGER:
            err = worksheet_write_number (sheet, r, col, (double) cell->number, integer);
            break;
          case CELL_DATE:
            dt.year = cell->number / 10000;
            dt.month = cell->number / 100 % 100;
            dt.day = cell->number % 100;
            err = worksheet_write_datetime (sheet, r, col, &dt, date);
            break;
          default:
            g_assert_not_reached ();
          }

        if (err != LXW_NO_ERROR)
          return err;
      }

  return LXW_NO_ERROR;
}

/* Whether the XML part @input is complete: it ends by closing its root
 * element, e.g. "…</worksheet>". */
static gboolean
xlsx_part_is_complete (GsfInput *input)
{
  gsf_off_t size = gsf_input_size (input);
  gsf_off_t left = size;
  g_autofree char *root_end = NULL;
  char tail[64];
  gsize tail_len = 0;

  if (size <= 0)
    return FALSE;

  while (left > 0)
    {
      gsize n = MIN (left, 64 * 1024);
      const char *data = (const char *) gsf_input_read (input, n, NULL);

      if (data == NULL)
        return FALSE;

      if (root_end == NULL)
        {
          /* the root is the first element after the <?xml …?> declaration */
          const char *p = data, *end = data + n, *name;

          while ((p = memchr (p, '<', end - p)) != NULL && p + 1 < end && (p[1] == '?' || p[1] == '!'))
            p++;
          if (p == NULL || p + 1 >= end)
            return FALSE;
          name = ++p;
          while (p < end && !g_ascii_isspace (*p) && *p != '>' && *p != '/')
            p++;
          root_end = g_strdup_printf ("</%.*s>", (int) (p - name), name);
        }

      /* keep the last bytes read */
      if (n >= sizeof tail)
        {
          memcpy (tail, data + n - sizeof tail, sizeof tail);
          tail_len = sizeof tail;
        }
      else
        {
          gsize keep = MIN (tail_len, sizeof tail - n);

          memmove (tail, tail + tail_len - keep, keep);
          memcpy (tail + keep, data, n);
          tail_len = keep + n;
        }

      left -= n;
    }

  while (tail_len > 0 && g_ascii_isspace (tail[tail_len - 1]))
    tail_len--;
  return tail_len >= strlen (root_end) &&
         memcmp (tail + tail_len - strlen (root_end), root_end, strlen (root_end)) == 0;
}

static gboolean
xlsx_folder_is_complete (GsfInfile *folder)
{
  int n = gsf_infile_num_children (folder);

  if (n <= 0)
    return FALSE;

  for (int i = 0; i < n; i++)
    {
      GsfInput *child = gsf_infile_child_by_index (folder, i);
      gboolean ok;

      if (child == NULL)
        return FALSE;
      if (GSF_IS_INFILE (child) && gsf_infile_num_children (GSF_INFILE (child)) >= 0)
        ok = xlsx_folder_is_complete (GSF_INFILE (child));
      else
        ok = xlsx_part_is_complete (child);
      g_object_unref (child);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/* libxlsxwriter stages every part in a temporary file and does not check
 * those writes: with the temporary folder full, workbook_close () succeeds
 * and the .xlsx has empty or cut-off parts. Reading it back (about 0.05 s
 * for 100,000 rows) keeps such a file from replacing a good one. */
static gboolean
xlsx_file_is_complete (const char *file)
{
  g_autoptr(GError) local_error = NULL;
  GsfInput *input;
  GsfInfile *zip;
  gboolean ok;

  if ((input = gsf_input_stdio_new (file, &local_error)) == NULL)
    return FALSE;
  zip = gsf_infile_zip_new (input, &local_error);
  g_object_unref (input);
  if (zip == NULL)
    return FALSE;

  ok = xlsx_folder_is_complete (zip);
  g_object_unref (zip);
  return ok;
}

static gboolean
save_xlsx (ZjtxTableWriter  *self,
           const char       *path,
           GError          **error)
{
  g_autofree char *tmp_path = NULL;
  /* Constant-memory mode streams rows to a temporary file and writes text
   * as inline strings (no shared-string table): for 100,000 rows it is
   * faster and uses a fraction of the memory; freeze panes, autofilter
   * and column widths work in it, and we write rows in order anyway. */
  lxw_workbook_options options = {
    .constant_memory = LXW_TRUE,
    .tmpdir = (char *) g_get_tmp_dir (),
  };
  lxw_workbook *workbook;
  lxw_error err;
  int fd;

  if (!xlsx_check_limits (self, path, error))
    return FALSE;

  /* libxlsxwriter opens the file by name: reserve a unique name for it */
  if ((fd = open_temporary (path, &tmp_path, error)) < 0)
    return FALSE;
  close (fd);

  errno = 0;
  workbook = workbook_new_opt (tmp_path, &options);
  if (workbook == NULL)
    err = LXW_ERROR_MEMORY_MALLOC_FAILED;
  else if ((err = xlsx_fill (self, workbook)) != LXW_NO_ERROR)
    lxw_workbook_free (workbook);
  else
    err = workbook_close (workbook);

  if (err != LXW_NO_ERROR)
    {
      g_autofree char *display = g_filename_display_name (path);
      int saved_errno = errno;

      g_unlink (tmp_path);

      /* a full disk is better said as such than as "ZIP_ERRNO" */
      if (saved_errno != 0 &&
          (err == LXW_ERROR_ZIP_FILE_OPERATION ||
           err == LXW_ERROR_CREATING_TMPFILE ||
           err == LXW_ERROR_READING_TMPFILE ||
           err == LXW_ERROR_CREATING_XLSX_FILE))
        return set_errno_error (error, path, saved_errno);

      g_set_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_FAILED,
                   /* Translators: the second %s is libxlsxwriter's reason, in English */
                   _("Could not save “%s” as an Excel workbook: %s"),
                   display, lxw_strerror (err));
      return FALSE;
    }

  if (!xlsx_file_is_complete (tmp_path))
    {
      g_autofree char *display = g_filename_display_name (path);
      g_autofree char *tmp_display = g_filename_display_name (options.tmpdir);

      g_unlink (tmp_path);
      g_set_error (error, ZJTX_TABLE_WRITER_ERROR, ZJTX_TABLE_WRITER_ERROR_FAILED,
                   _("Could not save “%s” as an Excel workbook: the file came out "
                     "incomplete. Is the temporary folder “%s” full?"),
                   display, tmp_display);
      return FALSE;
    }

  if ((fd = g_open (tmp_path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      return set_errno_error (error, path, saved_errno);
    }
  if (!sync_and_close (fd, path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  return commit_temporary (tmp_path, path, error);
}

gboolean
zjtx_table_writer_save (ZjtxTableWriter  *self,
                        const char       *path,
                        GError          **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL && *path != '\0', FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  switch (self->format)
    {
    case ZJTX_TABLE_FORMAT_CSV:
      return save_csv (self, path, error);
    case ZJTX_TABLE_FORMAT_XLSX:
      return save_xlsx (self, path, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}
