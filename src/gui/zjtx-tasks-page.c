/* zjtx-tasks-page.c: the tasks of the policy's actions, by responsible unit or by action
 *
 * One group per responsible unit ("what is 县科技局 responsible for, and
 * where does it stand") or per action and measure, each task a row with
 * its status on the store's today, overdue ones marked. A task's row opens
 * on its responsible units as the policy writes them (with Edit…, and
 * Delete for the bureau's own tasks), its notes, its progress notes, and a
 * form to report progress and move its status, which
 * zjtx_action_tasks_add_progress () saves with its audit rows. Edit… and
 * New Task… open ZjtxTaskDialog, a progress note's edit button
 * ZjtxProgressDialog (its date, text and unit corrected, never the status
 * it set), which save through the model as well.
 * A deleted task (the bureau's own only: the policy's are its commitments)
 * comes back with Undo. Grouping and counting are the model's
 * (zjtx-action-tasks.h), as zjtx-cli tasks shows.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/zjtx-action-tasks.h"

#include "zjtx-gui-util.h"
#include "zjtx-progress-dialog.h"
#include "zjtx-task-dialog.h"
#include "zjtx-tasks-page.h"

struct _ZjtxTasksPage
{
  AdwBin                 parent_instance;

  ZjtxStore             *store;
  ZjtxTasksPageGrouping  grouping;
  gboolean               overdue_only;
  /* Read again when next shown, as the other pages do. */
  gboolean               stale;
  /* The task whose row was open, opened again after a reload. */
  gint64                 open_task;
  char                  *open_group;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  GtkStack              *stack;
  AdwStatusPage         *error_page;
  GtkToggleButton       *by_unit_button;
  GtkToggleButton       *by_action_button;
  GtkToggleButton       *overdue_button;
  GtkLabel              *summary_label;
  GtkBox                *groups_box;
};

G_DEFINE_FINAL_TYPE (ZjtxTasksPage, zjtx_tasks_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The CSS class of a status badge (style.css). */
static const char *
status_class (ZjtxTaskStatus status)
{
  switch (status)
    {
    case ZJTX_TASK_UNDER_WAY: return "under-way";
    case ZJTX_TASK_DONE:      return "done";
    case ZJTX_TASK_OVERDUE:   return "overdue";
    case ZJTX_TASK_NOT_STARTED:
    default:                  return "not-started";
    }
}

/* "3 tasks: 1 under way, 1 done, 1 overdue" (statuses with none left out). */
static char *
describe_counts (const guint counts[ZJTX_N_TASK_STATUSES],
                 guint       total)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u task", "%u tasks", total), total);
  for (guint s = 0, n = 0; s < ZJTX_N_TASK_STATUSES; s++)
    {
      g_autofree char *label = NULL;

      if (counts[s] == 0)
        continue;
      label = g_utf8_strdown (zjtx_task_status_get_label (s), -1);
      /* Translators: after the number of tasks, then between the statuses */
      g_string_append (text, n++ == 0 ? _(": ") : _(", "));
      /* Translators: a number of tasks with a status, "1 overdue" */
      g_string_append_printf (text, _("%u %s"), counts[s], label);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_toast (ZjtxTasksPage *self,
            const char    *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (markup));
}

/* ------------------------------------------------------------------ */
/* a task's row                                                        */

/* What a task's open row holds, made when first opened. */
typedef struct {
  ZjtxTasksPage  *page;          /* not owned: the row lives in the page */
  ZjtxActionTask *task;
  char           *group_key;
  AdwExpanderRow *row;
  gboolean        built;
  AdwEntryRow    *date_row;
  AdwEntryRow    *note_row;
  AdwEntryRow    *unit_row;
  AdwComboRow    *status_row;
} TaskRow;

static void
task_row_free (TaskRow *data)
{
  g_clear_object (&data->task);
  g_free (data->group_key);
  g_free (data);
}

/* The statuses a note can move a task to; item 0 keeps it. */
static const char * const status_choices[] = { NULL, "not_started", "under_way", "done" };

static void
add_progress (TaskRow *data)
{
  ZjtxTasksPage *self = data->page;
  g_autoptr(ZjtxTaskProgress) progress = zjtx_task_progress_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *date = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->date_row))));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->note_row))));
  g_autofree char *unit = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (data->unit_row))));
  guint choice = adw_combo_row_get_selected (data->status_row);
  GtkWidget *rows[] = { GTK_WIDGET (data->date_row), GTK_WIDGET (data->note_row), GTK_WIDGET (data->unit_row) };
  const char *field;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");

  zjtx_task_progress_set_date (progress, date);
  zjtx_task_progress_set_note (progress, note);
  zjtx_task_progress_set_unit (progress, unit);
  zjtx_task_progress_set_status (progress, status_choices[choice < G_N_ELEMENTS (status_choices) ? choice : 0]);
  if (!zjtx_action_tasks_add_progress (self->store, data->task, progress, &error))
    {
      field = zjtx_record_get_error_field (ZJTX_RECORD (progress));
      if (g_strcmp0 (field, "date") == 0)
        gtk_widget_add_css_class (GTK_WIDGET (data->date_row), "error");
      else if (g_strcmp0 (field, "note") == 0)
        gtk_widget_add_css_class (GTK_WIDGET (data->note_row), "error");
      show_toast (self, error->message);
      return;
    }

  show_toast (self, _("Progress recorded"));
  /* The counts and the badge follow; the row stays open. */
  self->open_task = zjtx_record_get_id (ZJTX_RECORD (data->task));
  g_free (self->open_group);
  self->open_group = g_strdup (data->group_key);
  zjtx_tasks_page_reload (self);
}

static GtkWidget *
add_entry (TaskRow    *data,
           const char *title,
           const char *name,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_name (row, name);
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (add_progress), data);
  adw_expander_row_add_row (data->row, row);
  return row;
}

/* The open row: units, notes newest first, and the form. Built once. */
static void
build_task_row (TaskRow *data)
{
  ZjtxTasksPage *self = data->page;
  ZjtxActionTask *task = data->task;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autofree char *today = zjtx_date_format_iso (zjtx_store_get_today (self->store));
  GtkWidget *row;
  GtkWidget *button;
  const char *units_text = zjtx_action_task_get_responsible_units_text (task);
  gint64 id = zjtx_record_get_id (ZJTX_RECORD (task));

  if (data->built)
    return;
  data->built = TRUE;

  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Responsible units"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), units_text[0] != '\0' ? units_text
                                                     : zjtx_action_task_get_responsible_units (task));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_add_css_class (row, "property");
  adw_expander_row_add_row (data->row, row);

  button = gtk_button_new_with_mnemonic (_("_Edit…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "task-edit");
  gtk_widget_set_tooltip_text (button, _("Change the lead unit, the due date and the notes"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tasks.edit");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  /* Only the bureau's own: a task the policy states is not the bureau's to drop. */
  if (!zjtx_action_task_is_from_policy (task))
    {
      button = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_name (button, "task-delete");
      gtk_widget_set_tooltip_text (button, _("Delete this task of the bureau’s own"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Delete Task"), -1);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tasks.delete");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }

  if (zjtx_action_task_get_notes (task)[0] != '\0')
    {
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Notes"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), zjtx_action_task_get_notes (task));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_widget_set_name (row, "task-notes");
      gtk_widget_add_css_class (row, "property");
      adw_expander_row_add_row (data->row, row);
    }

  notes = zjtx_action_tasks_list_progress (self->store, zjtx_record_get_id (ZJTX_RECORD (task)), &error);
  if (notes == NULL)
    show_toast (self, error->message);
  for (guint i = 0; notes != NULL && i < notes->len; i++)
    {
      ZjtxTaskProgress *note = g_ptr_array_index (notes, i);
      g_autoptr(GString) title = g_string_new (zjtx_task_progress_get_date (note));
      ZjtxTaskStatus moved;

      if (zjtx_task_progress_get_unit (note)[0] != '\0')
        g_string_append_printf (title, " · %s", zjtx_task_progress_get_unit (note));
      if (zjtx_task_status_from_id (zjtx_task_progress_get_status (note), &moved))
        /* Translators: a progress note moved the task to this status */
        g_string_append_printf (title, _(" · → %s"), zjtx_task_status_get_label (moved));
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title->str);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), zjtx_task_progress_get_note (note));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
      gtk_widget_add_css_class (row, "zjtx-progress");

      /* A typo or a wrong day is corrected; the status it set stays. */
      button = gtk_button_new_from_icon_name ("document-edit-symbolic");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_name (button, "progress-edit");
      gtk_widget_set_tooltip_text (button, _("Correct the date, text or unit of this progress note"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Correct Progress Note"), -1);
      gtk_widget_add_css_class (button, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "tasks.edit-progress");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button),
                                              g_variant_new_int64 (zjtx_record_get_id (ZJTX_RECORD (note))));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      adw_expander_row_add_row (data->row, row);
    }

  data->date_row = ADW_ENTRY_ROW (add_entry (data, _("Date of the progress"), "progress-date", today));
  data->note_row = ADW_ENTRY_ROW (add_entry (data, _("Progress"), "progress-note", NULL));
  /* By unit, the unit reporting is most likely the group's. */
  data->unit_row = ADW_ENTRY_ROW (add_entry (data, _("Reported by"), "progress-unit",
                                             self->grouping == ZJTX_TASKS_PAGE_BY_UNIT
                                               ? data->group_key : zjtx_action_task_get_owner_unit (task)));

  gtk_string_list_append (statuses, _("Keep the status"));
  for (guint s = ZJTX_TASK_NOT_STARTED; s <= ZJTX_TASK_DONE; s++)
    gtk_string_list_append (statuses, zjtx_task_status_get_label (s));
  data->status_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->status_row), _("Status"));
  adw_combo_row_set_model (data->status_row, G_LIST_MODEL (statuses));
  gtk_widget_set_name (GTK_WIDGET (data->status_row), "progress-status");
  adw_expander_row_add_row (data->row, GTK_WIDGET (data->status_row));

  row = adw_action_row_new ();
  button = gtk_button_new_with_mnemonic (_("_Report Progress"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "progress-add");
  gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_progress), data);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (data->row, row);
}

static void
on_task_row_expanded (TaskRow    *data,
                      GParamSpec *pspec)
{
  ZjtxTasksPage *self = data->page;
  gint64 id = zjtx_record_get_id (ZJTX_RECORD (data->task));

  /* The task opened last is the one Ctrl+E edits, and stays open when the
   * page is read again. */
  if (adw_expander_row_get_expanded (data->row))
    {
      build_task_row (data);
      self->open_task = id;
      g_free (self->open_group);
      self->open_group = g_strdup (data->group_key);
    }
  else if (self->open_task == id && g_strcmp0 (self->open_group, data->group_key) == 0)
    self->open_task = 0;
}

static GtkWidget *
task_row_new (ZjtxTasksPage  *self,
              ZjtxActionTask *task,
              const char     *group_key,
              ZjtxDate        today)
{
  ZjtxTaskStatus status = zjtx_action_task_get_status_on (task, today);
  TaskRow *data = g_new0 (TaskRow, 1);
  GtkWidget *badge = gtk_label_new (zjtx_task_status_get_label (status));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  const char *due = zjtx_action_task_get_due_date (task);
  const char *owner = zjtx_action_task_get_owner_unit (task);

  data->page = self;
  data->task = g_object_ref (task);
  data->group_key = g_strdup (group_key);
  data->row = ADW_EXPANDER_ROW (adw_expander_row_new ());

  /* By unit the clause says which action; by action the group says it. */
  if (self->grouping == ZJTX_TASKS_PAGE_BY_UNIT)
    title = g_strdup_printf ("%s %s", zjtx_action_task_get_clause (task), zjtx_action_task_get_title (task));
  else
    title = g_strdup (zjtx_action_task_get_title (task));
  if (due != NULL)
    /* Translators: when a task is due, in its row */
    g_string_append_printf (subtitle, _("Due %s"), due);
  else
    g_string_append (subtitle, _("No due date"));
  if (owner[0] != '\0')
    /* Translators: the unit that leads a task, in its row */
    g_string_append_printf (subtitle, _(" · Lead: %s"), owner);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (data->row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (data->row), title);
  adw_expander_row_set_subtitle (data->row, subtitle->str);
  gtk_widget_add_css_class (GTK_WIDGET (data->row), "zjtx-task");

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "zjtx-badge");
  gtk_widget_add_css_class (badge, status_class (status));
  gtk_widget_set_name (badge, "status");
  adw_expander_row_add_action (data->row, badge);
  if (status == ZJTX_TASK_OVERDUE)
    gtk_widget_add_css_class (GTK_WIDGET (data->row), "overdue");

  g_object_set_data_full (G_OBJECT (data->row), "zjtx-task-row", data, (GDestroyNotify) task_row_free);
  g_signal_connect_swapped (data->row, "notify::expanded", G_CALLBACK (on_task_row_expanded), data);

  if (zjtx_record_get_id (ZJTX_RECORD (task)) == self->open_task && g_strcmp0 (group_key, self->open_group) == 0)
    adw_expander_row_set_expanded (data->row, TRUE);
  return GTK_WIDGET (data->row);
}

/* ------------------------------------------------------------------ */
/* the page                                                            */

static void
clear_groups (ZjtxTasksPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
}

void
zjtx_tasks_page_reload (ZjtxTasksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autofree char *today_text = NULL;
  g_autofree char *counts_text = NULL;
  g_autofree char *summary = NULL;
  guint counts[ZJTX_N_TASK_STATUSES] = { 0 };
  guint total = 0;
  ZjtxDate today;

  g_return_if_fail (ZJTX_IS_TASKS_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  clear_groups (self);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  today = zjtx_store_get_today (self->store);
  groups = zjtx_action_tasks_group (self->store,
                                    self->grouping == ZJTX_TASKS_PAGE_BY_UNIT ? ZJTX_TASK_GROUP_BY_UNIT
                                                                              : ZJTX_TASK_GROUP_BY_CLAUSE,
                                    today, NULL, self->overdue_only, &error);
  /* The summary counts each task once, whatever the grouping. */
  if (groups != NULL)
    all = zjtx_action_tasks_group (self->store, ZJTX_TASK_GROUP_BY_CLAUSE, today, NULL, FALSE, &error);
  if (all == NULL)
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  for (guint i = 0; i < all->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (all, i);

      for (guint s = 0; s < ZJTX_N_TASK_STATUSES; s++)
        counts[s] += group->counts[s];
      total += group->total;
    }
  today_text = zjtx_gui_format_date (today);
  counts_text = describe_counts (counts, total);
  /* Translators: above the tasks: the day the statuses are taken on, then the counts */
  summary = g_strdup_printf (_("On %s: %s"), today_text, counts_text);
  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < groups->len; i++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (groups, i);
      GtkWidget *widget = adw_preferences_group_new ();
      g_autofree char *description = describe_counts (group->counts, group->total);
      g_autofree char *title = NULL;

      if (self->grouping == ZJTX_TASKS_PAGE_BY_UNIT)
        title = g_markup_escape_text (group->key, -1);
      else
        {
          g_autofree char *text = g_strdup_printf ("%s %s", group->key, group->title);
          title = g_markup_escape_text (text, -1);
        }
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), title);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), description);
      gtk_widget_set_name (widget, group->key);
      if (self->grouping == ZJTX_TASKS_PAGE_BY_ACTION)
        {
          GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");

          /* A sub-task of this action, its units and lead unit filled in. */
          gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
          gtk_widget_set_name (add, "task-add");
          gtk_widget_set_tooltip_text (add, _("Add a task to this action or measure"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("New Task"), -1);
          gtk_widget_add_css_class (add, "flat");
          gtk_actionable_set_action_name (GTK_ACTIONABLE (add), "tasks.add");
          gtk_actionable_set_action_target_value (GTK_ACTIONABLE (add), g_variant_new_string (group->key));
          adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (widget), add);
        }
      for (guint t = 0; t < group->tasks->len; t++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (widget),
                                   task_row_new (self, g_ptr_array_index (group->tasks, t), group->key, today));
      gtk_box_append (self->groups_box, widget);
    }

  if (groups->len == 0)
    {
      GtkWidget *placeholder = gtk_label_new (self->overdue_only ? _("No task is overdue.") : _("There are no tasks."));

      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_widget_set_margin_top (placeholder, 48);
      gtk_box_append (self->groups_box, placeholder);
    }
  gtk_stack_set_visible_child_name (self->stack, "content");
}

/* ------------------------------------------------------------------ */
/* editing, adding, deleting                                           */

/* Keeps @task open after the reload: in the group the officer was in if
 * it is still there, else under its lead unit (or first unit) or action. */
static void
open_after_reload (ZjtxTasksPage  *self,
                   ZjtxActionTask *task)
{
  g_auto(GStrv) units = g_strsplit (zjtx_action_task_get_responsible_units (task), "、", -1);
  const char *owner = zjtx_action_task_get_owner_unit (task);
  const char *group;

  if (self->grouping == ZJTX_TASKS_PAGE_BY_ACTION)
    group = zjtx_action_task_get_clause (task);
  else if (self->open_task == zjtx_record_get_id (ZJTX_RECORD (task)) && self->open_group != NULL &&
           zjtx_action_task_has_unit (task, self->open_group))
    group = self->open_group;
  else
    group = owner[0] != '\0' ? owner : units[0];

  self->open_task = zjtx_record_get_id (ZJTX_RECORD (task));
  if (group != self->open_group)
    {
      g_free (self->open_group);
      self->open_group = g_strdup (group);
    }
}

static void
on_dialog_saved (ZjtxTasksPage  *self,
                 ZjtxTaskDialog *dialog)
{
  open_after_reload (self, zjtx_task_dialog_get_task (dialog));
  show_toast (self, zjtx_task_dialog_is_new (dialog) ? _("Task added") : _("Task saved"));
  zjtx_tasks_page_reload (self);
}

static GtkWindow *
open_dialog (ZjtxTasksPage  *self,
             ZjtxActionTask *task,
             const char     *clause)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  ZjtxTaskDialog *dialog = zjtx_task_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, task,
                                                 clause);

  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_dialog_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

GtkWindow *
zjtx_tasks_page_add_task (ZjtxTasksPage *self,
                          const char    *clause)
{
  g_return_val_if_fail (ZJTX_IS_TASKS_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  return open_dialog (self, NULL, clause);
}

GtkWindow *
zjtx_tasks_page_edit_task (ZjtxTasksPage *self,
                           gint64         task_id)
{
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZJTX_IS_TASKS_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  task = zjtx_store_load (self->store, ZJTX_TYPE_ACTION_TASK, task_id, &error);
  if (task == NULL)
    {
      show_toast (self, error->message);
      return NULL;
    }
  return open_dialog (self, task, NULL);
}

static void
on_progress_dialog_saved (ZjtxTasksPage      *self,
                          ZjtxProgressDialog *dialog)
{
  ZjtxTaskProgress *progress = zjtx_progress_dialog_get_progress (dialog);
  g_autoptr(ZjtxActionTask) task = NULL;

  /* The task's row stays open on the corrected note. */
  task = zjtx_store_load (self->store, ZJTX_TYPE_ACTION_TASK, zjtx_task_progress_get_task_id (progress), NULL);
  if (task != NULL)
    open_after_reload (self, task);
  show_toast (self, _("Progress note corrected"));
  zjtx_tasks_page_reload (self);
}

/* The dialog correcting the stored progress note @note_id, shown. */
static GtkWindow *
edit_progress (ZjtxTasksPage *self,
               gint64         note_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(ZjtxTaskProgress) progress = NULL;
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  ZjtxProgressDialog *dialog;

  progress = zjtx_store_load (self->store, ZJTX_TYPE_TASK_PROGRESS, note_id, &error);
  if (progress != NULL)
    task = zjtx_store_load (self->store, ZJTX_TYPE_ACTION_TASK, zjtx_task_progress_get_task_id (progress), &error);
  if (task == NULL)
    {
      show_toast (self, error->message);
      return NULL;
    }
  title = g_strdup_printf ("%s %s", zjtx_action_task_get_clause (task), zjtx_action_task_get_title (task));
  dialog = zjtx_progress_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->store, progress, title);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_progress_dialog_saved), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/* What an Undo puts back: the task and its notes, as long as the toast lives. */
typedef struct {
  ZjtxActionTask *task;
  GPtrArray      *notes;
} Deleted;

static void
deleted_free (Deleted *deleted)
{
  g_clear_object (&deleted->task);
  g_clear_pointer (&deleted->notes, g_ptr_array_unref);
  g_free (deleted);
}

static void
on_undo_clicked (AdwToast      *toast,
                 ZjtxTasksPage *self)
{
  Deleted *deleted = g_object_get_data (G_OBJECT (toast), "deleted");
  g_autoptr(GError) error = NULL;

  if (deleted == NULL || self->store == NULL)
    return;
  if (!zjtx_action_tasks_restore (self->store, deleted->task, deleted->notes, &error))
    {
      show_toast (self, error->message);
      return;
    }
  open_after_reload (self, deleted->task);
  /* Once only. */
  g_object_set_data (G_OBJECT (toast), "deleted", NULL);
  zjtx_tasks_page_reload (self);
}

gboolean
zjtx_tasks_page_delete_task (ZjtxTasksPage *self,
                             gint64         task_id)
{
  g_autoptr(ZjtxActionTask) task = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Deleted *deleted;
  AdwToast *toast;

  g_return_val_if_fail (ZJTX_IS_TASKS_PAGE (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  task = zjtx_store_load (self->store, ZJTX_TYPE_ACTION_TASK, task_id, &error);
  if (task == NULL || !zjtx_action_tasks_delete (self->store, task, &notes, &error))
    {
      show_toast (self, error->message);
      return FALSE;
    }
  if (self->open_task == task_id)
    self->open_task = 0;
  zjtx_tasks_page_reload (self);

  /* Translators: a toast; %s is the task's title */
  title = g_strdup_printf (_("Task “%s” deleted"), zjtx_action_task_get_title (task));
  {
    g_autofree char *markup = g_markup_escape_text (title, -1);
    toast = adw_toast_new (markup);
  }
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  deleted = g_new0 (Deleted, 1);
  deleted->task = g_steal_pointer (&task);
  deleted->notes = g_steal_pointer (&notes);
  g_object_set_data_full (G_OBJECT (toast), "deleted", deleted, (GDestroyNotify) deleted_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (widget);

  if (self->store != NULL)
    zjtx_tasks_page_add_task (self, g_variant_get_string (parameter, NULL));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (widget);

  if (self->store != NULL)
    zjtx_tasks_page_edit_task (self, g_variant_get_int64 (parameter));
}

static void
edit_progress_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (widget);

  if (self->store != NULL)
    edit_progress (self, g_variant_get_int64 (parameter));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (widget);

  if (self->store != NULL)
    zjtx_tasks_page_delete_task (self, g_variant_get_int64 (parameter));
}

/* Ctrl+E: the task opened last. */
static gboolean
edit_open_task (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (widget);

  if (self->store == NULL || self->open_task == 0)
    return FALSE;
  zjtx_tasks_page_edit_task (self, self->open_task);
  return TRUE;
}

static void
on_grouping_toggled (ZjtxTasksPage   *self,
                     GtkToggleButton *button)
{
  /* Both buttons of the group toggle: act on the one switched on. */
  if (!gtk_toggle_button_get_active (button))
    return;
  zjtx_tasks_page_set_grouping (self, button == self->by_unit_button ? ZJTX_TASKS_PAGE_BY_UNIT
                                                                     : ZJTX_TASKS_PAGE_BY_ACTION);
}

static void
on_overdue_toggled (ZjtxTasksPage   *self,
                    GtkToggleButton *button)
{
  self->overdue_only = gtk_toggle_button_get_active (button);
  zjtx_tasks_page_reload (self);
}

ZjtxTasksPageGrouping
zjtx_tasks_page_get_grouping (ZjtxTasksPage *self)
{
  g_return_val_if_fail (ZJTX_IS_TASKS_PAGE (self), ZJTX_TASKS_PAGE_BY_UNIT);

  return self->grouping;
}

void
zjtx_tasks_page_set_grouping (ZjtxTasksPage         *self,
                              ZjtxTasksPageGrouping  grouping)
{
  g_return_if_fail (ZJTX_IS_TASKS_PAGE (self));

  if (self->grouping == grouping)
    return;
  self->grouping = grouping;
  gtk_toggle_button_set_active (grouping == ZJTX_TASKS_PAGE_BY_UNIT ? self->by_unit_button : self->by_action_button,
                                TRUE);
  zjtx_tasks_page_reload (self);
}

GtkWidget *
zjtx_tasks_page_new (ZjtxStore *store)
{
  return g_object_new (ZJTX_TYPE_TASKS_PAGE, "store", store, NULL);
}

ZjtxStore *
zjtx_tasks_page_get_store (ZjtxTasksPage *self)
{
  g_return_val_if_fail (ZJTX_IS_TASKS_PAGE (self), NULL);

  return self->store;
}

void
zjtx_tasks_page_set_store (ZjtxTasksPage *self,
                           ZjtxStore     *store)
{
  g_return_if_fail (ZJTX_IS_TASKS_PAGE (self));
  g_return_if_fail (store == NULL || ZJTX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tasks.add", store != NULL);
  self->open_task = 0;
  zjtx_tasks_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

static void
zjtx_tasks_page_dispose (GObject *object)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (object);

  /* The overlay is both AdwBin's child and a template child: let AdwBin
   * drop it first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_TASKS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zjtx_tasks_page_parent_class)->dispose (object);
}

static void
zjtx_tasks_page_finalize (GObject *object)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (object);

  g_free (self->open_group);

  G_OBJECT_CLASS (zjtx_tasks_page_parent_class)->finalize (object);
}

static void
zjtx_tasks_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_tasks_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zjtx_tasks_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_tasks_page_map (GtkWidget *widget)
{
  ZjtxTasksPage *self = ZJTX_TASKS_PAGE (widget);

  GTK_WIDGET_CLASS (zjtx_tasks_page_parent_class)->map (widget);

  if (self->stale)
    zjtx_tasks_page_reload (self);
}

static void
zjtx_tasks_page_class_init (ZjtxTasksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_tasks_page_dispose;
  object_class->finalize = zjtx_tasks_page_finalize;
  object_class->get_property = zjtx_tasks_page_get_property;
  object_class->set_property = zjtx_tasks_page_set_property;
  widget_class->map = zjtx_tasks_page_map;

  /* The database the page reads and writes; NULL shows "no database". */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-tasks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, by_unit_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, by_action_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTasksPage, groups_box);
  gtk_widget_class_bind_template_callback (widget_class, on_grouping_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_overdue_toggled);

  /* "tasks.add": a clause to start on, or "". */
  gtk_widget_class_install_action (widget_class, "tasks.add", "s", add_action);
  gtk_widget_class_install_action (widget_class, "tasks.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "tasks.delete", "x", delete_action);
  /* "tasks.edit-progress": the id of a progress note to correct. */
  gtk_widget_class_install_action (widget_class, "tasks.edit-progress", "x", edit_progress_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "tasks.add", "s", "");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, edit_open_task, NULL);
}

static void
zjtx_tasks_page_init (ZjtxTasksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tasks.add", FALSE);

  /* Until given a store there is nothing to show, not an error. */
  gtk_stack_set_visible_child_name (self->stack, "empty");
}
