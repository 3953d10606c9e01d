/* zjtx-task-dialog.c: one action task, edited or added
 *
 * The rows are the task's columns, titled with the model's field labels so
 * that a refusal ("Due date: …") reads like the row it marks. Save reads
 * the form into a copy of the task read again from the store (or a new
 * one), has the model save it in one audited transaction, and only then
 * keeps it: a refusal leaves the store, and the task the page holds, as
 * they were.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/zjtx-action-tasks.h"

#include "zjtx-task-dialog.h"

struct _ZjtxTaskDialog
{
  AdwWindow            parent_instance;

  ZjtxStore           *store;
  ZjtxActionTask      *task;        /* the one edited, or the one added once saved */
  gboolean             adding;
  /* The bureau's own task (or a new one): clause, title and units are
   * editable; the policy's are not. */
  gboolean             own;
  /* What choosing the clause last filled in, replaced on the next choice
   * unless the officer changed it. */
  char                *filled_units;
  char                *filled_owner;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkLabel            *error_label;
  AdwPreferencesGroup *task_group;
  AdwComboRow         *clause_row;
  AdwEntryRow         *title_row;
  AdwEntryRow         *units_row;
  GtkMenuButton       *units_button;
  AdwActionRow        *units_view_row;
  AdwEntryRow         *owner_row;
  GtkMenuButton       *owner_button;
  AdwEntryRow         *due_row;
  GtkPopover          *due_popover;
  GtkCalendar         *calendar;
  AdwEntryRow         *notes_row;
};

G_DEFINE_FINAL_TYPE (ZjtxTaskDialog, zjtx_task_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char *
property_label (const char *property)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (ZJTX_TYPE_ACTION_TASK);
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
row_of_field (ZjtxTaskDialog *self,
              const char     *field)
{
  if (g_strcmp0 (field, "clause") == 0)
    return GTK_WIDGET (self->clause_row);
  if (g_strcmp0 (field, "title") == 0)
    return GTK_WIDGET (self->title_row);
  if (g_strcmp0 (field, "responsible-units") == 0)
    return GTK_WIDGET (self->own ? GTK_WIDGET (self->units_row) : GTK_WIDGET (self->units_view_row));
  if (g_strcmp0 (field, "owner-unit") == 0)
    return GTK_WIDGET (self->owner_row);
  if (g_strcmp0 (field, "due-date") == 0)
    return GTK_WIDGET (self->due_row);
  if (g_strcmp0 (field, "notes") == 0)
    return GTK_WIDGET (self->notes_row);
  return NULL;
}

static void
clear_marks (ZjtxTaskDialog *self)
{
  GtkWidget *rows[] = { GTK_WIDGET (self->clause_row), GTK_WIDGET (self->title_row), GTK_WIDGET (self->units_row),
                        GTK_WIDGET (self->units_view_row), GTK_WIDGET (self->owner_row), GTK_WIDGET (self->due_row),
                        GTK_WIDGET (self->notes_row) };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
mark (ZjtxTaskDialog *self,
      GtkWidget      *row,
      const char     *message)
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
/* the units' menus                                                    */

static char *
selected_clause (ZjtxTaskDialog *self)
{
  const char * const *clauses = zjtx_clauses_list ();
  guint selected = adw_combo_row_get_selected (self->clause_row);

  return selected < g_strv_length ((char **) clauses) ? g_strdup (clauses[selected]) : NULL;
}

/* The lead unit's choices: the task's responsible units as they stand in
 * the form (normalised), each a menu item setting the row. */
static void
update_owner_menu (ZjtxTaskDialog *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autofree char *typed = NULL;
  g_auto(GStrv) units = NULL;

  if (self->own)
    typed = row_text (self->units_row);
  else
    typed = g_strdup (zjtx_action_task_get_responsible_units (self->task));
  units = zjtx_units_split (typed);
  for (guint i = 0; units[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (units[i], NULL);

      g_menu_item_set_action_and_target_value (item, "task-dialog.set-owner", g_variant_new_string (units[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->owner_button, G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (GTK_WIDGET (self->owner_button), units[0] != NULL);
}

static void
build_units_menu (ZjtxTaskDialog *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  const char * const *units = zjtx_units_list ();

  for (guint i = 0; units[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (units[i], NULL);

      g_menu_item_set_action_and_target_value (item, "task-dialog.add-unit", g_variant_new_string (units[i]));
      g_menu_append_item (menu, item);
    }
  gtk_menu_button_set_menu_model (self->units_button, G_MENU_MODEL (menu));
}

static void
set_owner_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZjtxTaskDialog *self = ZJTX_TASK_DIALOG (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->owner_row), g_variant_get_string (parameter, NULL));
}

/* Appends a unit to the list typed, unless it is there already. */
static void
add_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZjtxTaskDialog *self = ZJTX_TASK_DIALOG (widget);
  const char *unit = g_variant_get_string (parameter, NULL);
  g_autofree char *typed = row_text (self->units_row);
  g_auto(GStrv) units = zjtx_units_split (typed);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) all = NULL;
  g_autofree char *joined = NULL;

  if (g_strv_contains ((const char * const *) units, unit))
    return;
  g_strv_builder_addv (builder, (const char **) units);
  g_strv_builder_add (builder, unit);
  all = g_strv_builder_end (builder);
  joined = g_strjoinv ("、", all);
  gtk_editable_set_text (GTK_EDITABLE (self->units_row), joined);
}

/* A new task of an action most often shares its units: choosing the clause
 * fills them in, and the lead unit, where the officer has not typed other. */
static void
on_clause_selected (ZjtxTaskDialog *self)
{
  g_autofree char *clause = NULL;
  g_autofree char *units_text = NULL;
  g_autofree char *owner_text = NULL;
  g_auto(GStrv) units = NULL;
  const char *policy_units;

  if (!self->adding)
    return;
  clause = selected_clause (self);
  policy_units = zjtx_clause_get_units (clause);
  if (policy_units == NULL)
    return;
  units_text = row_text (self->units_row);
  owner_text = row_text (self->owner_row);
  units = zjtx_units_split (policy_units);

  if (units_text[0] == '\0' || g_strcmp0 (units_text, self->filled_units) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->units_row), policy_units);
      g_free (self->filled_units);
      self->filled_units = g_strdup (policy_units);
    }
  if (owner_text[0] == '\0' || g_strcmp0 (owner_text, self->filled_owner) == 0)
    {
      /* The policy names the lead unit first. */
      gtk_editable_set_text (GTK_EDITABLE (self->owner_row), units[0] != NULL ? units[0] : "");
      g_free (self->filled_owner);
      self->filled_owner = g_strdup (units[0]);
    }
}

/* ------------------------------------------------------------------ */
/* the due date's calendar                                             */

static void
on_due_popover_show (ZjtxTaskDialog *self)
{
  g_autofree char *text = row_text (self->due_row);
  g_autoptr(GDateTime) day = NULL;
  ZjtxDate date = ZJTX_DATE_NONE;
  int y, m, d;

  /* Open on the date typed, or today's. */
  if (!zjtx_date_parse (text, &date, NULL))
    date = zjtx_store_get_today (self->store);
  zjtx_date_to_ymd (date, &y, &m, &d);
  day = g_date_time_new_local (y, m, d, 0, 0, 0);
  if (day != NULL)
    gtk_calendar_select_day (self->calendar, day);
}

static void
on_day_selected (ZjtxTaskDialog *self)
{
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");

  gtk_editable_set_text (GTK_EDITABLE (self->due_row), text);
  gtk_popover_popdown (self->due_popover);
}

/* ------------------------------------------------------------------ */
/* saving                                                              */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZjtxTaskDialog *self = ZJTX_TASK_DIALOG (widget);
  g_autoptr(ZjtxActionTask) working = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *owner = row_text (self->owner_row);
  g_autofree char *due = row_text (self->due_row);
  g_autofree char *notes = row_text (self->notes_row);
  gboolean saved;

  clear_marks (self);

  if (self->adding)
    working = zjtx_action_task_new ();
  else
    {
      /* As stored now: a progress note reported meanwhile is kept. */
      working = zjtx_store_load (self->store, ZJTX_TYPE_ACTION_TASK, zjtx_record_get_id (ZJTX_RECORD (self->task)),
                                 &error);
      if (working == NULL)
        {
          mark (self, NULL, error->message);
          return;
        }
    }

  if (self->own)
    {
      g_autofree char *clause = selected_clause (self);
      g_autofree char *title = row_text (self->title_row);
      g_autofree char *units = row_text (self->units_row);

      zjtx_action_task_set_clause (working, clause);
      zjtx_action_task_set_title (working, title);
      zjtx_action_task_set_responsible_units (working, units);
    }
  zjtx_action_task_set_owner_unit (working, owner);
  zjtx_action_task_set_due_date (working, due);
  zjtx_action_task_set_notes (working, notes);

  saved = self->adding ? zjtx_action_tasks_add (self->store, working, &error)
                       : zjtx_action_tasks_update (self->store, working, NULL, &error);
  if (!saved)
    {
      mark (self, row_of_field (self, zjtx_record_get_error_field (ZJTX_RECORD (working))), error->message);
      return;
    }

  g_set_object (&self->task, working);
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* Enter in a row saves, as in the other forms. */
static void
on_entry_activated (ZjtxTaskDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "task-dialog.save", NULL);
}

/* ------------------------------------------------------------------ */
/* filling                                                             */

static void
fill (ZjtxTaskDialog *self,
      const char     *clause)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *clauses = zjtx_clauses_list ();
  ZjtxActionTask *task = self->task;
  const char *current = task != NULL ? zjtx_action_task_get_clause (task) : clause;
  guint selected = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->clause_row), property_label ("clause"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), property_label ("title"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->units_row), property_label ("responsible-units"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->units_view_row), property_label ("responsible-units"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->owner_row), property_label ("owner-unit"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), property_label ("due-date"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->notes_row), property_label ("notes"));

  for (guint i = 0; clauses[i] != NULL; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s %s", clauses[i], zjtx_clause_get_name (clauses[i]));

      gtk_string_list_append (labels, label);
      if (g_strcmp0 (clauses[i], current) == 0)
        selected = i;
    }
  adw_combo_row_set_model (self->clause_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->clause_row, selected);

  gtk_widget_set_visible (GTK_WIDGET (self->clause_row), self->own);
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), self->own);
  gtk_widget_set_visible (GTK_WIDGET (self->units_row), self->own);
  gtk_widget_set_visible (GTK_WIDGET (self->units_view_row), !self->own);
  build_units_menu (self);

  if (self->adding)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("New Task"));
      adw_window_title_set_title (self->window_title, _("New Task"));
      /* Translators: under the title of the new task dialog */
      adw_window_title_set_subtitle (self->window_title, _("A task of the bureau’s own"));
      gtk_editable_set_text (GTK_EDITABLE (self->due_row), zjtx_task_get_default_due_date ());
      on_clause_selected (self);
    }
  else
    {
      g_autofree char *subtitle = g_strdup_printf ("%s %s", zjtx_action_task_get_clause (task),
                                                   zjtx_action_task_get_title (task));
      const char *units_text = zjtx_action_task_get_responsible_units_text (task);

      gtk_window_set_title (GTK_WINDOW (self), _("Edit Task"));
      adw_window_title_set_title (self->window_title, _("Edit Task"));
      adw_window_title_set_subtitle (self->window_title, subtitle);
      if (!self->own)
        {
          /* What the policy says of it, in its words. */
          adw_preferences_group_set_title (self->task_group, subtitle);
          adw_preferences_group_set_description (self->task_group,
                                                 _("As the policy states it: its lead unit, due date and notes can "
                                                   "be changed."));
        }
      adw_action_row_set_subtitle (self->units_view_row, units_text[0] != '\0' ? units_text
                                                          : zjtx_action_task_get_responsible_units (task));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), zjtx_action_task_get_title (task));
      gtk_editable_set_text (GTK_EDITABLE (self->units_row), zjtx_action_task_get_responsible_units (task));
      gtk_editable_set_text (GTK_EDITABLE (self->owner_row), zjtx_action_task_get_owner_unit (task));
      gtk_editable_set_text (GTK_EDITABLE (self->due_row), zjtx_action_task_get_due_date (task) != NULL
                                                             ? zjtx_action_task_get_due_date (task) : "");
      gtk_editable_set_text (GTK_EDITABLE (self->notes_row), zjtx_action_task_get_notes (task));
    }
  update_owner_menu (self);

  /* Signals after filling: filling is not the officer choosing. */
  g_signal_connect_swapped (self->clause_row, "notify::selected", G_CALLBACK (on_clause_selected), self);
  g_signal_connect_swapped (self->units_row, "changed", G_CALLBACK (update_owner_menu), self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

ZjtxTaskDialog *
zjtx_task_dialog_new (GtkWindow      *parent,
                      ZjtxStore      *store,
                      ZjtxActionTask *task,
                      const char     *clause)
{
  ZjtxTaskDialog *self;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (task == NULL || ZJTX_IS_ACTION_TASK (task), NULL);

  self = g_object_new (ZJTX_TYPE_TASK_DIALOG, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->task = task != NULL ? g_object_ref (task) : NULL;
  self->adding = task == NULL;
  self->own = task == NULL || !zjtx_action_task_is_from_policy (task);
  fill (self, clause);
  gtk_widget_grab_focus (GTK_WIDGET (self->own ? self->title_row : self->owner_row));
  return self;
}

ZjtxActionTask *
zjtx_task_dialog_get_task (ZjtxTaskDialog *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_DIALOG (self), NULL);

  return self->task;
}

gboolean
zjtx_task_dialog_is_new (ZjtxTaskDialog *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_DIALOG (self), FALSE);

  return self->adding;
}

static void
zjtx_task_dialog_dispose (GObject *object)
{
  ZjtxTaskDialog *self = ZJTX_TASK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_TASK_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->task);

  G_OBJECT_CLASS (zjtx_task_dialog_parent_class)->dispose (object);
}

static void
zjtx_task_dialog_finalize (GObject *object)
{
  ZjtxTaskDialog *self = ZJTX_TASK_DIALOG (object);

  g_free (self->filled_units);
  g_free (self->filled_owner);

  G_OBJECT_CLASS (zjtx_task_dialog_parent_class)->finalize (object);
}

static void
zjtx_task_dialog_class_init (ZjtxTaskDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_task_dialog_dispose;
  object_class->finalize = zjtx_task_dialog_finalize;

  /* The task was saved (zjtx_task_dialog_get_task ()); the dialog closes. */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-task-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, task_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, clause_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, units_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, units_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, units_view_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, owner_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, owner_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, due_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, due_popover);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, calendar);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskDialog, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_due_popover_show);
  gtk_widget_class_bind_template_callback (widget_class, on_day_selected);

  gtk_widget_class_install_action (widget_class, "task-dialog.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "task-dialog.set-owner", "s", set_owner_action);
  gtk_widget_class_install_action (widget_class, "task-dialog.add-unit", "s", add_unit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "task-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "task-dialog.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zjtx_task_dialog_init (ZjtxTaskDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
