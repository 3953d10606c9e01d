/* zjtx-support-dialog.c: one support record of an enterprise, added or edited
 *
 * The rows are the record's columns; the kind chosen shows the ones it
 * uses (zjtx_support_kind_get_fields ()) and renames the subject row ("Bank",
 * "College"). Apply reads the rows into a working copy, has the record
 * validate itself against today, and only then copies it into the record,
 * so that Cancel after a refused Apply leaves the record as it was.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-money.h"
#include "model/zjtx-support-list.h"

#include "zjtx-support-dialog.h"

/* One row per column after kind and date, in ZjtxSupportFields' bit order,
 * then the unit and notes every kind has. */
typedef enum {
  ROW_PLATFORM,
  ROW_LEVEL,
  ROW_SUBJECT,
  ROW_BANK,
  ROW_AMOUNT,
  ROW_RATE,
  ROW_FEE,
  ROW_WAIVED,
  ROW_STAGE,
  ROW_PEOPLE,
  ROW_ROLE,
  ROW_INDUSTRY,
  ROW_DECIDED_BY,
  N_FIELD_ROWS
} FieldRow;

G_STATIC_ASSERT (N_FIELD_ROWS == ZJTX_SUPPORT_N_FIELDS);

struct _ZjtxSupportDialog
{
  AdwWindow           parent_instance;

  ZjtxSupportRecord  *record;
  ZjtxDate            today;

  AdwComboRow        *kind_row;
  AdwEntryRow        *date_row;
  AdwEntryRow        *unit_row;
  GtkWidget          *rows[N_FIELD_ROWS];
  GtkSwitch          *waived_switch;
  AdwEntryRow        *notes_row;

  /* Template widgets */
  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
};

G_DEFINE_FINAL_TYPE (ZjtxSupportDialog, zjtx_support_dialog, ADW_TYPE_WINDOW)

enum {
  APPLIED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* The vocabulary a combo row picks from, or -1 for an entry row. */
static int
row_vocabulary (FieldRow row)
{
  switch (row)
    {
    case ROW_PLATFORM: return ZJTX_SUPPORT_VOCABULARY_PLATFORM;
    case ROW_LEVEL:    return ZJTX_SUPPORT_VOCABULARY_LEVEL;
    case ROW_STAGE:    return ZJTX_SUPPORT_VOCABULARY_STAGE;
    case ROW_ROLE:     return ZJTX_SUPPORT_VOCABULARY_ROLE;
    case ROW_INDUSTRY: return ZJTX_SUPPORT_VOCABULARY_INDUSTRY;
    default:           return -1;
    }
}

static const char *
property_label (const char *property)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (ZJTX_TYPE_SUPPORT_RECORD);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  /* The nicks are marked N_() in the model, in the same domain. */
  return pspec != NULL ? _(g_param_spec_get_nick (pspec)) : property;
}

static GtkWidget *
row_of_property (ZjtxSupportDialog *self,
                 const char        *property)
{
  if (g_strcmp0 (property, "kind") == 0)
    return GTK_WIDGET (self->kind_row);
  if (g_strcmp0 (property, "date") == 0)
    return GTK_WIDGET (self->date_row);
  if (g_strcmp0 (property, "unit") == 0)
    return GTK_WIDGET (self->unit_row);
  if (g_strcmp0 (property, "notes") == 0)
    return GTK_WIDGET (self->notes_row);
  for (guint r = 0; r < N_FIELD_ROWS; r++)
    if (g_strcmp0 (property, zjtx_support_field_get_property (1u << r)) == 0)
      return self->rows[r];
  return NULL;
}

static void
clear_marks (ZjtxSupportDialog *self)
{
  GtkWidget *all[] = { GTK_WIDGET (self->kind_row), GTK_WIDGET (self->date_row), GTK_WIDGET (self->unit_row),
                       GTK_WIDGET (self->notes_row) };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    gtk_widget_remove_css_class (all[i], "error");
  for (guint r = 0; r < N_FIELD_ROWS; r++)
    gtk_widget_remove_css_class (self->rows[r], "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
mark (ZjtxSupportDialog *self,
      GtkWidget         *row,
      const char        *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

static int
selected_kind (ZjtxSupportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected < ZJTX_N_SUPPORT_KINDS ? (int) selected : 0;
}

static void
update_rows (ZjtxSupportDialog *self)
{
  int kind = selected_kind (self);
  ZjtxSupportFields fields = zjtx_support_kind_get_fields (kind, NULL);
  const char *subject = zjtx_support_kind_get_subject_label (kind);

  for (guint r = 0; r < N_FIELD_ROWS; r++)
    gtk_widget_set_visible (self->rows[r], (fields & (1u << r)) != 0);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[ROW_SUBJECT]),
                                 subject != NULL ? subject : property_label ("subject"));
}

static const char *
editable_text (GtkWidget *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* Empty or blank → NULL. */
static char *
row_text (GtkWidget *row)
{
  g_autofree char *text = g_strstrip (g_strdup (editable_text (row)));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

/* The form into @record; FALSE with the row marked if a number cannot be read. */
static gboolean
read_form (ZjtxSupportDialog *self,
           ZjtxSupportRecord *record)
{
  int kind = selected_kind (self);
  ZjtxSupportFields fields = zjtx_support_kind_get_fields (kind, NULL);
  g_autofree char *date = row_text (GTK_WIDGET (self->date_row));
  g_autofree char *unit = row_text (GTK_WIDGET (self->unit_row));
  g_autofree char *notes = row_text (GTK_WIDGET (self->notes_row));

  zjtx_support_record_set_kind (record, zjtx_support_vocabulary_get_id (ZJTX_SUPPORT_VOCABULARY_KIND, kind));
  zjtx_support_record_set_date (record, date);
  zjtx_support_record_set_unit (record, unit);
  zjtx_support_record_set_notes (record, notes);

  /* The rows the kind does not use are emptied: a loan keeps no level. */
  for (guint r = 0; r < N_FIELD_ROWS; r++)
    {
      const char *property = zjtx_support_field_get_property (1u << r);
      gboolean used = (fields & (1u << r)) != 0;
      int vocabulary = row_vocabulary (r);
      g_autoptr(GError) error = NULL;

      if (r == ROW_WAIVED)
        g_object_set (record, property, used && gtk_switch_get_active (self->waived_switch), NULL);
      else if (vocabulary >= 0)
        {
          guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->rows[r]));

          /* Item 0 is "Not given". */
          g_object_set (record, property,
                        used && selected > 0 ? zjtx_support_vocabulary_get_id (vocabulary, selected - 1) : NULL, NULL);
        }
      else if (r == ROW_AMOUNT || r == ROW_FEE || r == ROW_RATE || r == ROW_PEOPLE)
        {
          g_autofree char *text = used ? row_text (self->rows[r]) : NULL;
          gint64 value = ZJTX_RECORD_NULL;
          gboolean ok = TRUE;

          if (text != NULL)
            {
              if (r == ROW_RATE)
                ok = zjtx_support_parse_rate (text, FALSE, &value, &error);
              else if (r == ROW_PEOPLE)
                ok = zjtx_decimal_parse (text, 0, FALSE, 10000000, &value, &error);
              else
                ok = zjtx_money_parse (text, &value, &error);
            }
          if (!ok)
            {
              /* Translators: a field's label and why its text is not a number */
              g_autofree char *message = g_strdup_printf (_("%s: %s"),
                                                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->rows[r])),
                                                          error->message);
              mark (self, self->rows[r], message);
              return FALSE;
            }
          g_object_set (record, property, value, NULL);
        }
      else
        {
          g_autofree char *text = used ? row_text (self->rows[r]) : NULL;

          g_object_set (record, property, text, NULL);
        }
    }
  return TRUE;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  ZjtxSupportDialog *self = ZJTX_SUPPORT_DIALOG (widget);
  g_autoptr(ZjtxSupportRecord) working = zjtx_support_record_new ();
  g_autoptr(GError) error = NULL;
  guint n = 0;
  g_autofree GParamSpec **columns = NULL;

  clear_marks (self);
  if (!read_form (self, working))
    return;

  /* The enterprise is set when the editor saves it (a new enterprise has
   * no id yet): a stand-in lets everything else be checked now. */
  zjtx_support_record_set_enterprise_id (working, G_MAXINT64);
  if (!zjtx_record_validate_on (ZJTX_RECORD (working), self->today, &error))
    {
      mark (self, row_of_property (self, zjtx_record_get_error_field (ZJTX_RECORD (working))), error->message);
      return;
    }

  /* Every column but the record's id and enterprise, which stay. */
  columns = zjtx_record_class_list_columns (ZJTX_RECORD_GET_CLASS (working), &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (g_str_equal (columns[i]->name, "id") || g_str_equal (columns[i]->name, "enterprise-id"))
        continue;
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (columns[i]));
      g_object_get_property (G_OBJECT (working), columns[i]->name, &value);
      g_object_set_property (G_OBJECT (self->record), columns[i]->name, &value);
    }

  g_signal_emit (self, signals[APPLIED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

/* ------------------------------------------------------------------ */
/* building and filling                                                */

/* Enter in a row applies, as in the other forms. */
static void
on_entry_activated (ZjtxSupportDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "support.apply", NULL);
}

static GtkWidget *
add_entry_row (ZjtxSupportDialog *self,
               const char        *property)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), property_label (property));
  gtk_widget_set_name (row, property);
  g_signal_connect_swapped (row, "entry-activated", G_CALLBACK (on_entry_activated), self);
  adw_preferences_group_add (self->group, row);
  return row;
}

static GtkWidget *
add_combo_row (ZjtxSupportDialog     *self,
               const char            *property,
               ZjtxSupportVocabulary  vocabulary,
               gboolean               optional)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *row = adw_combo_row_new ();

  if (optional)
    gtk_string_list_append (labels, C_("support field", "Not given"));
  for (guint i = 0; i < zjtx_support_vocabulary_get_n (vocabulary); i++)
    gtk_string_list_append (labels, zjtx_support_vocabulary_get_label (vocabulary, i));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), property_label (property));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  gtk_widget_set_name (row, property);
  adw_preferences_group_add (self->group, row);
  return row;
}

static void
build_rows (ZjtxSupportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  /* Each kind with the clause of the action it serves, in the actions' order. */
  for (guint k = 0; k < ZJTX_N_SUPPORT_KINDS; k++)
    {
      ZjtxAction action = zjtx_support_kind_get_action (k);
      /* Translators: a kind of support in the form's list, then its action: "Matchmaking loan · 三（五） Finance" */
      g_autofree char *label = g_strdup_printf (_("%s · %s %s"),
                                                zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND, k),
                                                zjtx_action_get_clause (action), zjtx_action_get_label (action));
      gtk_string_list_append (kinds, label);
    }
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), property_label ("kind"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  /* The choice under the title: beside it, the action would be cut off. */
  adw_combo_row_set_use_subtitle (self->kind_row, TRUE);
  gtk_widget_set_name (GTK_WIDGET (self->kind_row), "kind");
  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (update_rows), self);
  adw_preferences_group_add (self->group, GTK_WIDGET (self->kind_row));

  self->date_row = ADW_ENTRY_ROW (add_entry_row (self, "date"));
  self->unit_row = ADW_ENTRY_ROW (add_entry_row (self, "unit"));

  for (guint r = 0; r < N_FIELD_ROWS; r++)
    {
      const char *property = zjtx_support_field_get_property (1u << r);
      int vocabulary = row_vocabulary (r);

      if (r == ROW_WAIVED)
        {
          GtkWidget *row = adw_action_row_new ();

          self->waived_switch = GTK_SWITCH (gtk_switch_new ());
          gtk_widget_set_valign (GTK_WIDGET (self->waived_switch), GTK_ALIGN_CENTER);
          gtk_widget_set_name (GTK_WIDGET (self->waived_switch), property);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), property_label (property));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->waived_switch));
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->waived_switch));
          adw_preferences_group_add (self->group, row);
          self->rows[r] = row;
        }
      else if (vocabulary >= 0)
        self->rows[r] = add_combo_row (self, property, vocabulary, TRUE);
      else
        self->rows[r] = add_entry_row (self, property);
    }
  /* The unit of the amounts, where the label would not say it. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[ROW_AMOUNT]), _("Amount (yuan)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rows[ROW_FEE]), _("Guarantee fee (yuan)"));

  self->notes_row = ADW_ENTRY_ROW (add_entry_row (self, "notes"));
}

static void
set_row_text (GtkWidget  *row,
              const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
fill_rows (ZjtxSupportDialog *self)
{
  ZjtxSupportRecord *r = self->record;
  int kind = zjtx_support_record_get_kind_value (r);

  adw_combo_row_set_selected (self->kind_row, kind >= 0 ? (guint) kind : 0);
  set_row_text (GTK_WIDGET (self->date_row), zjtx_support_record_get_date (r));
  set_row_text (GTK_WIDGET (self->unit_row), zjtx_support_record_get_unit (r));
  set_row_text (GTK_WIDGET (self->notes_row), zjtx_support_record_get_notes (r));

  for (guint row = 0; row < N_FIELD_ROWS; row++)
    {
      const char *property = zjtx_support_field_get_property (1u << row);
      int vocabulary = row_vocabulary (row);

      if (row == ROW_WAIVED)
        gtk_switch_set_active (self->waived_switch, zjtx_support_record_get_waived (r));
      else if (vocabulary >= 0)
        {
          g_autofree char *id = NULL;
          int value;

          g_object_get (r, property, &id, NULL);
          value = zjtx_support_vocabulary_lookup (vocabulary, id);
          adw_combo_row_set_selected (ADW_COMBO_ROW (self->rows[row]), value >= 0 ? (guint) value + 1 : 0);
        }
      else if (row == ROW_AMOUNT || row == ROW_FEE || row == ROW_RATE || row == ROW_PEOPLE)
        {
          gint64 value;
          g_autofree char *text = NULL;

          g_object_get (r, property, &value, NULL);
          if (value != ZJTX_RECORD_NULL)
            text = row == ROW_RATE ? zjtx_ppm_format_percent (value)
                 : row == ROW_PEOPLE ? g_strdup_printf ("%" G_GINT64_FORMAT, value)
                 : zjtx_money_format_plain (value);
          set_row_text (self->rows[row], text);
        }
      else
        {
          g_autofree char *text = NULL;

          g_object_get (r, property, &text, NULL);
          set_row_text (self->rows[row], text);
        }
    }
  update_rows (self);
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

ZjtxSupportDialog *
zjtx_support_dialog_new (GtkWindow         *parent,
                         ZjtxSupportRecord *record,
                         ZjtxDate           today)
{
  ZjtxSupportDialog *self;

  g_return_val_if_fail (record == NULL || ZJTX_IS_SUPPORT_RECORD (record), NULL);
  g_return_val_if_fail (today != ZJTX_DATE_NONE, NULL);

  self = g_object_new (ZJTX_TYPE_SUPPORT_DIALOG, "transient-for", parent, NULL);
  self->today = today;
  if (record != NULL)
    self->record = g_object_ref (record);
  else
    {
      g_autofree char *date = zjtx_date_format_iso (today);

      /* Most support is recorded the day it comes. */
      self->record = zjtx_support_record_new ();
      zjtx_support_record_set_kind (self->record, "platform");
      zjtx_support_record_set_date (self->record, date);
    }
  gtk_window_set_title (GTK_WINDOW (self), record != NULL ? _("Edit Support Record") : _("New Support Record"));
  fill_rows (self);
  return self;
}

ZjtxSupportRecord *
zjtx_support_dialog_get_record (ZjtxSupportDialog *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_DIALOG (self), NULL);

  return self->record;
}

static void
zjtx_support_dialog_dispose (GObject *object)
{
  ZjtxSupportDialog *self = ZJTX_SUPPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_SUPPORT_DIALOG);
  g_clear_object (&self->record);

  G_OBJECT_CLASS (zjtx_support_dialog_parent_class)->dispose (object);
}

static void
zjtx_support_dialog_class_init (ZjtxSupportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_support_dialog_dispose;

  /* The form passed its checks and is now in the record. */
  signals [APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-support-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxSupportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxSupportDialog, group);

  gtk_widget_class_install_action (widget_class, "support.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "support.apply", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zjtx_support_dialog_init (ZjtxSupportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_rows (self);
}
