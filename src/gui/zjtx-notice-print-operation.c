/* zjtx-notice-print-operation.c: award notices through the print dialog
 *
 * The same drawing as the PDF (zjtx_notice_draw_page): the operation works
 * in points on the whole sheet, so the notice's own margins (GB/T 9704)
 * are the ones printed, whatever the printer's margins.
 */

#include "config.h"

#include "zjtx-notice-print-operation.h"

struct _ZjtxNoticePrintOperation
{
  GtkPrintOperation  parent_instance;

  GPtrArray         *notices;   /* ZjtxNotice */
};

G_DEFINE_FINAL_TYPE (ZjtxNoticePrintOperation, zjtx_notice_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
zjtx_notice_print_operation_begin_print (GtkPrintOperation *operation,
                                         GtkPrintContext   *context)
{
  ZjtxNoticePrintOperation *self = ZJTX_NOTICE_PRINT_OPERATION (operation);
  guint pages = 0;

  for (guint i = 0; i < self->notices->len; i++)
    pages += zjtx_notice_get_n_pages (g_ptr_array_index (self->notices, i));
  gtk_print_operation_set_n_pages (operation, MAX (pages, 1));
}

static void
zjtx_notice_print_operation_draw_page (GtkPrintOperation *operation,
                                       GtkPrintContext   *context,
                                       int                page_nr)
{
  ZjtxNoticePrintOperation *self = ZJTX_NOTICE_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint remaining = (guint) page_nr;

  for (guint i = 0; i < self->notices->len; i++)
    {
      ZjtxNotice *notice = g_ptr_array_index (self->notices, i);
      guint n = zjtx_notice_get_n_pages (notice);

      if (remaining < n)
        {
          zjtx_notice_draw_page (notice, cr, remaining);
          return;
        }
      remaining -= n;
    }
}

static void
zjtx_notice_print_operation_finalize (GObject *object)
{
  ZjtxNoticePrintOperation *self = ZJTX_NOTICE_PRINT_OPERATION (object);

  g_clear_pointer (&self->notices, g_ptr_array_unref);

  G_OBJECT_CLASS (zjtx_notice_print_operation_parent_class)->finalize (object);
}

static void
zjtx_notice_print_operation_class_init (ZjtxNoticePrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = zjtx_notice_print_operation_finalize;
  operation_class->begin_print = zjtx_notice_print_operation_begin_print;
  operation_class->draw_page = zjtx_notice_print_operation_draw_page;
}

static void
zjtx_notice_print_operation_init (ZjtxNoticePrintOperation *self)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), FALSE);
}

ZjtxNoticePrintOperation *
zjtx_notice_print_operation_new (GPtrArray *notices)
{
  ZjtxNoticePrintOperation *self = g_object_new (ZJTX_TYPE_NOTICE_PRINT_OPERATION, NULL);

  self->notices = g_ptr_array_ref (notices);
  return self;
}
