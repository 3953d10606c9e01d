/* zjtx-progress-dialog.c: a progress note on an action task, corrected
 *
 * Three rows titled with the model's field labels, so that a refusal
 * ("Date: …") reads like the row it marks. Save reads the form into the
 * note read again from the store, has the model save it in one audited
 * transaction, and only then keeps it: a refusal leaves the store, and the
 * note the page shows, as they were.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/zjtx-action-task.h"
#include "model/zjtx-action-tasks.h"

#include "zjtx-progress-dialog.h"

struct _ZjtxProgressDialog
{
  AdwWindow         parent_instance;

  ZjtxStore        *store;
  ZjtxTaskProgress *progress;    /* the one corrected, replaced once saved */

  AdwWindowTitle   *window_title;
  GtkLabel         *error_label;
  AdwEntryRow      *date_row;
  AdwEntryRow      *note_row;
  AdwEntryRow      *unit_row;
  AdwActionRow     *status_row;
};

G_DEFINE_FINAL_TYPE (ZjtxProgressDialog, zjtx_progress_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char *
property_label (const char *property)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (ZJTX_TYPE_TASK_PROGRESS);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  /* The nicks are marked N_() in the model, in the same domain. */
  return pspec != NULL ? _(g_param_spec_get_nick (pspec)) : property;
}

static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* ------------------------------------------------------------------ */
/* marks                                                               */

static GtkWidget *
row_of_field (ZjtxProgressDialog *self,
              const char         *field)
{
  if (g_strcmp0 (field, "date") == 0)
    return GTK_WIDGET (self->date_row);
  if (g_strcmp0 (field, "note") == 0)
    return GTK_WIDGET (self->note_row);
  if (g_strcmp0 (field, "unit") == 0)
    return GTK_WIDGET (self->unit_row);
  return NULL;
}

static void
clear_marks (ZjtxProgressDialog *self)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->date_row), GTK_WIDGET (self->note_row), GTK_WIDGET (self->unit_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
mark (ZjtxProgressDialog *self,
      GtkWidget          *row,
      const char         *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

/* ------------------------------------------------------------------ */
/* saving                                                              */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZjtxProgressDialog *self = ZJTX_PROGRESS_DIALOG (widget);
  g_autoptr(ZjtxTaskProgress) working = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = row_text (self->date_row);
  g_autofree char *note = row_text (self->note_row);
  g_autofree char *typed_unit = row_text (self->unit_row);
  g_autofree char *unit = zjtx_unit_normalise (typed_unit);

  clear_marks (self);

  /* As stored now: only what the form shows is changed. */
  working = zjtx_store_load (self->store, ZJTX_TYPE_TASK_PROGRESS,
                             zjtx_record_get_id (ZJTX_RECORD (self->progress)), &error);
  if (working == NULL)
    {
      mark (self, NULL, error->message);
      return;
    }
  zjtx_task_progress_set_date (working, date);
  zjtx_task_progress_set_note (working, note);
  zjtx_task_progress_set_unit (working, unit);

  if (!zjtx_action_tasks_correct_progress (self->store, working, &error))
    {
      mark (self, row_of_field (self, zjtx_record_get_error_field (ZJTX_RECORD (working))), error->message);
      return;
    }

  g_set_object (&self->progress, working);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter in a row saves, as in the other forms. */
static void
on_entry_activated (ZjtxProgressDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "progress-dialog.save", NULL);
}

/* ------------------------------------------------------------------ */
/* filling                                                             */

static void
fill (ZjtxProgressDialog *self,
      const char         *task_title)
{
  ZjtxTaskStatus moved;

  struct {
    AdwEntryRow *row;
    const char  *property;
    const char  *text;
  } rows[] = {
    { self->date_row, "date", zjtx_task_progress_get_date (self->progress) },
    { self->note_row, "note", zjtx_task_progress_get_note (self->progress) },
    { self->unit_row, "unit", zjtx_task_progress_get_unit (self->progress) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows[i].row), property_label (rows[i].property));
      gtk_editable_set_text (GTK_EDITABLE (rows[i].row), rows[i].text != NULL ? rows[i].text : "");
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), property_label ("status"));
  adw_window_title_set_subtitle (self->window_title, task_title != NULL ? task_title : "");
  if (zjtx_task_status_from_id (zjtx_task_progress_get_status (self->progress), &moved))
    adw_action_row_set_subtitle (self->status_row, zjtx_task_status_get_label (moved));
  else
    /* Translators: a progress note that did not move its task's status */
    adw_action_row_set_subtitle (self->status_row, _("Kept as it was"));
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

ZjtxProgressDialog *
zjtx_progress_dialog_new (GtkWindow        *parent,
                          ZjtxStore        *store,
                          ZjtxTaskProgress *progress,
                          const char       *task_title)
{
  ZjtxProgressDialog *self;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (ZJTX_IS_TASK_PROGRESS (progress), NULL);
  g_return_val_if_fail (zjtx_record_get_id (ZJTX_RECORD (progress)) > 0, NULL);

  self = g_object_new (ZJTX_TYPE_PROGRESS_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->progress = g_object_ref (progress);
  fill (self, task_title);
  gtk_widget_grab_focus (GTK_WIDGET (self->note_row));
  return self;
}

ZjtxTaskProgress *
zjtx_progress_dialog_get_progress (ZjtxProgressDialog *self)
{
  g_return_val_if_fail (ZJTX_IS_PROGRESS_DIALOG (self), NULL);

  return self->progress;
}

static void
zjtx_progress_dialog_dispose (GObject *object)
{
  ZjtxProgressDialog *self = ZJTX_PROGRESS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_PROGRESS_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->progress);

  G_OBJECT_CLASS (zjtx_progress_dialog_parent_class)->dispose (object);
}

static void
zjtx_progress_dialog_class_init (ZjtxProgressDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_progress_dialog_dispose;

  /* The note was saved (zjtx_progress_dialog_get_progress ()); the dialog closes. */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-progress-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxProgressDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZjtxProgressDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxProgressDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxProgressDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxProgressDialog, unit_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxProgressDialog, status_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);

  gtk_widget_class_install_action (widget_class, "progress-dialog.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "progress-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "progress-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zjtx_progress_dialog_init (ZjtxProgressDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
