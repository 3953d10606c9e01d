/* zjtx-enterprise-editor.c: one enterprise with its recognitions, figures and claims
 *
 * The editor works on copies of the stored records and writes nothing until
 * Save, which writes every change in one store transaction: the enterprise,
 * then its recognitions, support records, monitoring records, loans and
 * rents, then the records removed. A refused record rolls everything back, keeps the window
 * open and marks the field the record's validation names.
 *
 * The reward of each recognition is not computed here: the editor builds
 * the core's facts for this enterprise alone from what is on screen and
 * shows the evaluator's award (or exclusion) for the recognition's kind.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "core/zjtx-evaluator.h"
#include "core/zjtx-uscc.h"
#include "model/zjtx-enterprise.h"
#include "model/zjtx-housing-loan.h"
#include "model/zjtx-monitoring-record.h"
#include "zjtx-trend-view.h"
#include "model/zjtx-park.h"
#include "model/zjtx-person.h"
#include "model/zjtx-recognition.h"
#include "model/zjtx-rent.h"
#include "model/zjtx-support-list.h"
#include "model/zjtx-township.h"
#include "zjtx-enterprise-editor.h"
#include "zjtx-gui-util.h"
#include "zjtx-support-dialog.h"

typedef enum {
  FIELD_TEXT,
  FIELD_DATE,
  FIELD_BOOL,
  FIELD_COUNT,      /* a gint64, ZJTX_RECORD_NULL when empty */
  FIELD_TOWNSHIP,
  FIELD_PARK,
  FIELD_PERSON,
  FIELD_SUPPORT_CHOICE,
} FieldKind;

typedef enum {
  GROUP_GENERAL,
  GROUP_PARK,
  GROUP_CULTIVATION,
  GROUP_CONTACT,
} FieldGroup;

typedef struct {
  const char *property;
  FieldKind   kind;
  FieldGroup  group;
} FieldSpec;

static const FieldSpec field_specs[] = {
  { "name", FIELD_TEXT, GROUP_GENERAL },
  { "uscc", FIELD_TEXT, GROUP_GENERAL },
  { "township", FIELD_TOWNSHIP, GROUP_GENERAL },
  { "industry", FIELD_TEXT, GROUP_GENERAL },
  { "niche", FIELD_TEXT, GROUP_GENERAL },
  { "products", FIELD_TEXT, GROUP_GENERAL },
  { "founded", FIELD_DATE, GROUP_GENERAL },
  { "legal-representative", FIELD_TEXT, GROUP_GENERAL },
  { "address", FIELD_TEXT, GROUP_GENERAL },
  { "park-id", FIELD_PARK, GROUP_PARK },
  { "park-entry-date", FIELD_DATE, GROUP_PARK },
  { "first-year-kwh", FIELD_COUNT, GROUP_PARK },
  { "support-choice", FIELD_SUPPORT_CHOICE, GROUP_PARK },
  { "support-choice-reason", FIELD_TEXT, GROUP_PARK },
  { "key-target", FIELD_BOOL, GROUP_CULTIVATION },
  { "recommended", FIELD_BOOL, GROUP_CULTIVATION },
  { "commissioner-id", FIELD_PERSON, GROUP_CULTIVATION },
  { "liaison-id", FIELD_PERSON, GROUP_CULTIVATION },
  { "notes", FIELD_TEXT, GROUP_CULTIVATION },
  { "contact-person", FIELD_TEXT, GROUP_CONTACT },
  { "contact-phone", FIELD_TEXT, GROUP_CONTACT },
};
#define N_FIELDS G_N_ELEMENTS (field_specs)

static const char * const support_choices[] = { "auto", "loan_interest_subsidy", "rent_subsidy" };

typedef struct {
  AdwActionRow *row;
  GtkWidget    *widget;   /* GtkEntry, GtkSwitch or GtkDropDown */
} Field;

/* The editable tables: monitoring records, housing loans, rents. */
typedef enum {
  CELL_TEXT,
  CELL_MONEY,   /* fen, entered in yuan */
  CELL_SIGNED,  /* fen, may be negative (a loss) */
  CELL_COUNT,   /* gint or gint64 */
} CellKind;

typedef struct {
  const char *property;
  CellKind    kind;
} ColumnSpec;

static const ColumnSpec monitoring_columns[] = {
  { "period", CELL_TEXT }, { "revenue", CELL_MONEY }, { "output", CELL_MONEY },
  { "rd-expense", CELL_MONEY }, { "employees", CELL_COUNT }, { "kwh", CELL_COUNT },
  { "tax-paid", CELL_MONEY }, { "profit", CELL_SIGNED }, { "patents", CELL_COUNT },
  { NULL }
};
static const ColumnSpec loan_columns[] = {
  { "principal", CELL_MONEY }, { "term-months", CELL_COUNT }, { "bank", CELL_TEXT },
  { "date", CELL_TEXT }, { NULL }
};
static const ColumnSpec rent_columns[] = {
  { "monthly", CELL_MONEY }, { "months", CELL_COUNT }, { "start-date", CELL_TEXT }, { NULL }
};

typedef struct {
  ZjtxRecord *record;
  GPtrArray  *cells;      /* GtkEntry, by column */
  GtkWidget  *remove;
} TableRow;

typedef struct {
  ZjtxEnterpriseEditor *editor;
  GType                 type;
  const ColumnSpec     *columns;
  GtkGrid              *grid;
  GPtrArray            *rows;  /* TableRow */
  int                   next_row;
} Table;

struct _ZjtxEnterpriseEditor
{
  AdwWindow                parent_instance;

  ZjtxStore               *store;
  ZjtxEnterprise          *enterprise;
  ZjtxPolicySet           *policies;
  ZjtxDate                 as_of;
  gboolean                 is_new;
  ZjtxEnterpriseSnapshot  *deleted;

  Field                    fields[N_FIELDS];
  GPtrArray               *townships;   /* char * */
  GPtrArray               *parks;       /* ZjtxPark, index + 1 in the dropdown */
  GPtrArray               *persons;     /* ZjtxPerson, index + 1 in the dropdown */

  GPtrArray               *recognitions;      /* ZjtxRecognition */
  GPtrArray               *recognition_rows;  /* GtkWidget in recognitions_group */
  AdwExpanderRow          *add_recognition_row;
  AdwComboRow             *new_tier_row;
  GtkEntry                *new_date_entry;
  AdwActionRow            *new_date_row;
  GtkSwitch               *new_review_switch;
  GtkEntry                *new_batch_entry;
  GtkEntry                *new_certificate_entry;

  GPtrArray               *supports;          /* ZjtxSupportRecord, stored and new */
  GPtrArray               *support_rows;      /* GtkWidget in support_group */

  /* Walked as an array, from monitoring to rents: keep them together. */
  Table                    monitoring;
  Table                    loans;
  Table                    rents;
  /* A trend per figure of the monitoring table (its columns after the period). */
  GtkWidget               *trends;
  ZjtxTrendView           *trend_views[G_N_ELEMENTS (monitoring_columns) - 2];
  GtkLabel                *trend_values[G_N_ELEMENTS (monitoring_columns) - 2];
  GPtrArray               *removed;     /* stored ZjtxRecord to delete on save */
  GPtrArray               *history_rows;

  /* Template widgets */
  GtkLabel                *error_label;
  GtkWidget               *delete_button;
  AdwPreferencesGroup     *general_group;
  AdwPreferencesGroup     *park_group;
  AdwPreferencesGroup     *cultivation_group;
  AdwPreferencesGroup     *contact_group;
  AdwPreferencesGroup     *recognitions_group;
  AdwPreferencesGroup     *support_group;
  AdwPreferencesGroup     *monitoring_group;
  AdwPreferencesGroup     *loans_group;
  AdwPreferencesGroup     *rents_group;
  AdwPreferencesGroup     *history_group;
};

G_DEFINE_FINAL_TYPE (ZjtxEnterpriseEditor, zjtx_enterprise_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SAVED,
  DELETED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void update_rewards (ZjtxEnterpriseEditor *self);
static void update_trends (ZjtxEnterpriseEditor *self);

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static const char *
property_label (GType       type,
                const char *property)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);

  /* The nicks are marked N_() in the model, in the same domain. */
  return pspec != NULL ? _(g_param_spec_get_nick (pspec)) : property;
}

/* Empty or blank text → NULL. */
static char *
entry_text (GtkWidget *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strstrip (text);
  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_entry_text (GtkWidget  *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

static void
clear_marks (ZjtxEnterpriseEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      /* The USCC's reason stays while the text is wrong. */
      if (g_str_equal (field_specs[i].property, "uscc"))
        continue;
      gtk_widget_remove_css_class (self->fields[i].widget, "error");
      adw_action_row_set_subtitle (self->fields[i].row, "");
    }
  for (Table *t = &self->monitoring; t <= &self->rents; t++)
    for (guint i = 0; i < t->rows->len; i++)
      {
        TableRow *row = g_ptr_array_index (t->rows, i);

        for (guint j = 0; j < row->cells->len; j++)
          {
            GtkWidget *cell = g_ptr_array_index (row->cells, j);

            gtk_widget_remove_css_class (cell, "error");
            gtk_widget_set_tooltip_text (cell, NULL);
          }
      }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
show_error (ZjtxEnterpriseEditor *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static Field *
find_field (ZjtxEnterpriseEditor *self,
            const char           *property)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (property != NULL && g_str_equal (field_specs[i].property, property))
      return &self->fields[i];
  return NULL;
}

static void
mark_field (ZjtxEnterpriseEditor *self,
            Field                *field,
            const char           *message)
{
  gtk_widget_add_css_class (field->widget, "error");
  adw_action_row_set_subtitle (field->row, message);
  show_error (self, message);
  gtk_widget_grab_focus (field->widget);
}

/* ------------------------------------------------------------------ */
/* fields                                                              */

static void
on_uscc_changed (ZjtxEnterpriseEditor *self,
                 GtkEditable          *entry)
{
  Field *field = find_field (self, "uscc");
  const char *text = gtk_editable_get_text (entry);
  g_autoptr(GError) error = NULL;
  g_autofree char *warning = NULL;

  if (text[0] == '\0' || zjtx_uscc_validate (text, &warning, &error))
    {
      gtk_widget_remove_css_class (field->widget, "error");
      adw_action_row_set_subtitle (field->row, warning != NULL ? warning : "");
    }
  else
    {
      gtk_widget_add_css_class (field->widget, "error");
      adw_action_row_set_subtitle (field->row, error->message);
    }
}

static GtkWidget *
make_dropdown (GPtrArray  *labels)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  GtkWidget *dropdown;

  for (guint i = 0; i < labels->len; i++)
    gtk_string_list_append (model, g_ptr_array_index (labels, i));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL);
  return dropdown;
}

static GPtrArray *
list_records (ZjtxEnterpriseEditor  *self,
              GType                  type,
              const char            *order)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *list = zjtx_store_list (self->store, type, NULL, NULL, order, &error);

  if (list == NULL)
    {
      show_error (self, error->message);
      list = g_ptr_array_new_with_free_func (g_object_unref);
    }
  return list;
}

static void
build_fields (ZjtxEnterpriseEditor *self)
{
  AdwPreferencesGroup *groups[] = {
    self->general_group, self->park_group, self->cultivation_group, self->contact_group,
  };
  g_autoptr(GPtrArray) township_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) park_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) person_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) township_records = list_records (self, ZJTX_TYPE_TOWNSHIP, "position");
  g_autoptr(GPtrArray) choice_labels = g_ptr_array_new ();

  self->townships = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < township_records->len; i++)
    g_ptr_array_add (self->townships,
                     g_strdup (zjtx_township_get_name (g_ptr_array_index (township_records, i))));
  self->parks = list_records (self, ZJTX_TYPE_PARK, "name");
  self->persons = list_records (self, ZJTX_TYPE_PERSON, "name");

  g_ptr_array_add (township_labels, (gpointer) C_("township", "None"));
  for (guint i = 0; i < self->townships->len; i++)
    g_ptr_array_add (township_labels, g_ptr_array_index (self->townships, i));
  g_ptr_array_add (park_labels, (gpointer) C_("park", "None"));
  for (guint i = 0; i < self->parks->len; i++)
    g_ptr_array_add (park_labels, (gpointer) zjtx_park_get_name (g_ptr_array_index (self->parks, i)));
  g_ptr_array_add (person_labels, (gpointer) C_("person", "None"));
  for (guint i = 0; i < self->persons->len; i++)
    g_ptr_array_add (person_labels, (gpointer) zjtx_person_get_name (g_ptr_array_index (self->persons, i)));
  g_ptr_array_add (choice_labels, (gpointer) _("Automatic (the larger subsidy)"));
  g_ptr_array_add (choice_labels, (gpointer) _("Loan interest subsidy"));
  g_ptr_array_add (choice_labels, (gpointer) _("Rent subsidy"));

  for (guint i = 0; i < N_FIELDS; i++)
    {
      const FieldSpec *spec = &field_specs[i];
      Field *field = &self->fields[i];

      field->row = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row),
                                     property_label (ZJTX_TYPE_ENTERPRISE, spec->property));
      switch (spec->kind)
        {
        case FIELD_TEXT:
        case FIELD_DATE:
        case FIELD_COUNT:
          /* One width for all, so that the entries line up whatever the label. */
          field->widget = gtk_entry_new ();
          gtk_editable_set_width_chars (GTK_EDITABLE (field->widget), 30);
          if (spec->kind == FIELD_DATE)
            gtk_entry_set_placeholder_text (GTK_ENTRY (field->widget), _("YYYY-MM-DD"));
          break;
        case FIELD_BOOL:
          field->widget = gtk_switch_new ();
          adw_action_row_set_activatable_widget (field->row, field->widget);
          break;
        case FIELD_TOWNSHIP:
          field->widget = make_dropdown (township_labels);
          break;
        case FIELD_PARK:
          field->widget = make_dropdown (park_labels);
          g_signal_connect_swapped (field->widget, "notify::selected", G_CALLBACK (update_rewards), self);
          break;
        case FIELD_PERSON:
          field->widget = make_dropdown (person_labels);
          break;
        case FIELD_SUPPORT_CHOICE:
          field->widget = make_dropdown (choice_labels);
          break;
        default:
          g_assert_not_reached ();
        }
      gtk_widget_set_valign (field->widget, GTK_ALIGN_CENTER);
      gtk_widget_set_name (field->widget, spec->property);
      gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      property_label (ZJTX_TYPE_ENTERPRISE, spec->property), -1);
      adw_action_row_add_suffix (field->row, field->widget);
      adw_preferences_group_add (groups[spec->group], GTK_WIDGET (field->row));
    }

  g_signal_connect_swapped (find_field (self, "uscc")->widget, "changed",
                            G_CALLBACK (on_uscc_changed), self);
  g_signal_connect_swapped (find_field (self, "park-entry-date")->widget, "changed",
                            G_CALLBACK (update_rewards), self);
}

static guint
index_of_id (GPtrArray *records,
             gint64     id)
{
  for (guint i = 0; id != 0 && i < records->len; i++)
    if (zjtx_record_get_id (g_ptr_array_index (records, i)) == id)
      return i + 1;
  return 0;
}

static void
load_fields (ZjtxEnterpriseEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      const FieldSpec *spec = &field_specs[i];
      GtkWidget *widget = self->fields[i].widget;
      g_auto(GValue) value = G_VALUE_INIT;

      g_object_get_property (G_OBJECT (self->enterprise), spec->property, &value);
      switch (spec->kind)
        {
        case FIELD_TEXT:
        case FIELD_DATE:
          set_entry_text (widget, g_value_get_string (&value));
          break;
        case FIELD_COUNT:
          {
            gint64 n = g_value_get_int64 (&value);
            g_autofree char *text = n != ZJTX_RECORD_NULL ? g_strdup_printf ("%" G_GINT64_FORMAT, n) : NULL;

            set_entry_text (widget, text);
          }
          break;
        case FIELD_BOOL:
          gtk_switch_set_active (GTK_SWITCH (widget), g_value_get_boolean (&value));
          break;
        case FIELD_TOWNSHIP:
          {
            const char *township = g_value_get_string (&value);
            guint index = 0;

            if (township != NULL && !g_ptr_array_find_with_equal_func (self->townships, township,
                                                                       g_str_equal, &index))
              {
                /* A township not in the table (an import's): keep it choosable. */
                g_ptr_array_add (self->townships, g_strdup (township));
                gtk_string_list_append (GTK_STRING_LIST (gtk_drop_down_get_model (GTK_DROP_DOWN (widget))),
                                        township);
                index = self->townships->len - 1;
              }
            gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), township != NULL ? index + 1 : 0);
          }
          break;
        case FIELD_PARK:
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget),
                                      index_of_id (self->parks, g_value_get_int64 (&value)));
          break;
        case FIELD_PERSON:
          gtk_drop_down_set_selected (GTK_DROP_DOWN (widget),
                                      index_of_id (self->persons, g_value_get_int64 (&value)));
          break;
        case FIELD_SUPPORT_CHOICE:
          {
            const char *choice = g_value_get_string (&value);
            guint selected = 0;

            for (guint j = 0; j < G_N_ELEMENTS (support_choices); j++)
              if (g_strcmp0 (choice, support_choices[j]) == 0)
                selected = j;
            gtk_drop_down_set_selected (GTK_DROP_DOWN (widget), selected);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* Copies the fields into self->enterprise; FALSE (field marked) if one
 * cannot even be read. */
static gboolean
apply_fields (ZjtxEnterpriseEditor *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      const FieldSpec *spec = &field_specs[i];
      GtkWidget *widget = self->fields[i].widget;
      GObject *object = G_OBJECT (self->enterprise);

      switch (spec->kind)
        {
        case FIELD_TEXT:
        case FIELD_DATE:
          {
            g_autofree char *text = entry_text (widget);

            g_object_set (object, spec->property, text, NULL);
          }
          break;
        case FIELD_COUNT:
          {
            g_autofree char *text = entry_text (widget);
            gint64 n = ZJTX_RECORD_NULL;
            guint64 parsed;

            if (text != NULL)
              {
                if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &parsed, NULL))
                  {
                    g_autofree char *message =
                      g_strdup_printf (_("%s: “%s” is not a whole number"),
                                       property_label (ZJTX_TYPE_ENTERPRISE, spec->property), text);

                    mark_field (self, &self->fields[i], message);
                    return FALSE;
                  }
                n = (gint64) parsed;
              }
            g_object_set (object, spec->property, n, NULL);
          }
          break;
        case FIELD_BOOL:
          g_object_set (object, spec->property, gtk_switch_get_active (GTK_SWITCH (widget)), NULL);
          break;
        case FIELD_TOWNSHIP:
          {
            guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));

            g_object_set (object, spec->property,
                          selected >= 1 && selected <= self->townships->len
                            ? g_ptr_array_index (self->townships, selected - 1) : NULL,
                          NULL);
          }
          break;
        case FIELD_PARK:
        case FIELD_PERSON:
          {
            GPtrArray *records = spec->kind == FIELD_PARK ? self->parks : self->persons;
            guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));
            gint64 id = 0;

            if (selected >= 1 && selected <= records->len)
              id = zjtx_record_get_id (g_ptr_array_index (records, selected - 1));
            g_object_set (object, spec->property, id, NULL);
          }
          break;
        case FIELD_SUPPORT_CHOICE:
          {
            guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (widget));

            g_object_set (object, spec->property,
                          support_choices[selected < G_N_ELEMENTS (support_choices) ? selected : 0], NULL);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* tables                                                              */

static void
table_remove_row (GtkButton *button,
                  Table     *table)
{
  TableRow *row = g_object_get_data (G_OBJECT (button), "table-row");
  ZjtxEnterpriseEditor *self = table->editor;

  if (zjtx_record_get_id (row->record) != 0)
    g_ptr_array_add (self->removed, g_object_ref (row->record));
  for (guint i = 0; i < row->cells->len; i++)
    gtk_grid_remove (table->grid, g_ptr_array_index (row->cells, i));
  gtk_grid_remove (table->grid, row->remove);
  g_ptr_array_remove (table->rows, row);
  update_rewards (self);
  if (table == &self->monitoring)
    update_trends (self);
}

static void
table_row_free (TableRow *row)
{
  g_clear_object (&row->record);
  g_clear_pointer (&row->cells, g_ptr_array_unref);
  g_free (row);
}

static TableRow *
table_add_row (Table      *table,
               ZjtxRecord *record)
{
  TableRow *row = g_new0 (TableRow, 1);
  int y = table->next_row++;
  guint x;

  row->record = g_object_ref (record);
  row->cells = g_ptr_array_new ();
  for (x = 0; table->columns[x].property != NULL; x++)
    {
      const ColumnSpec *column = &table->columns[x];
      GtkWidget *entry = gtk_entry_new ();
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *text = NULL;

      g_object_get_property (G_OBJECT (record), column->property, &value);
      if (column->kind == CELL_TEXT)
        text = g_value_dup_string (&value);
      else
        {
          gint64 n = G_VALUE_HOLDS_INT (&value) ? g_value_get_int (&value) : g_value_get_int64 (&value);

          if (n != ZJTX_RECORD_NULL)
            text = column->kind != CELL_COUNT ? zjtx_money_format_plain (n)
                                              : g_strdup_printf ("%" G_GINT64_FORMAT, n);
          gtk_editable_set_alignment (GTK_EDITABLE (entry), 1.0);
        }
      set_entry_text (entry, text);
      gtk_editable_set_width_chars (GTK_EDITABLE (entry), column->kind != CELL_COUNT ? 13 : 8);
      gtk_widget_set_name (entry, column->property);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      property_label (table->type, column->property), -1);
      /* Loans and rents are facts of the evaluation; the figures are not. */
      if (table->type != ZJTX_TYPE_MONITORING_RECORD)
        g_signal_connect_swapped (entry, "changed", G_CALLBACK (update_rewards), table->editor);
      else
        g_signal_connect_swapped (entry, "changed", G_CALLBACK (update_trends), table->editor);
      gtk_grid_attach (table->grid, entry, x, y, 1, 1);
      g_ptr_array_add (row->cells, entry);
    }
  row->remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (row->remove, "flat");
  gtk_widget_set_tooltip_text (row->remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Remove"), -1);
  g_object_set_data (G_OBJECT (row->remove), "table-row", row);
  g_signal_connect (row->remove, "clicked", G_CALLBACK (table_remove_row), table);
  gtk_grid_attach (table->grid, row->remove, x, y, 1, 1);
  g_ptr_array_add (table->rows, row);
  return row;
}

static void
table_init (ZjtxEnterpriseEditor *self,
            Table                *table,
            AdwPreferencesGroup  *group,
            GType                 type,
            const ColumnSpec     *columns)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;

  table->editor = self;
  table->type = type;
  table->columns = columns;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) table_row_free);
  table->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (table->grid, 6);
  gtk_grid_set_row_spacing (table->grid, 6);
  for (guint x = 0; columns[x].property != NULL; x++)
    {
      GtkWidget *header = gtk_label_new (property_label (type, columns[x].property));

      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_xalign (GTK_LABEL (header), columns[x].kind == CELL_TEXT ? 0.0 : 1.0);
      gtk_widget_add_css_class (header, "heading");
      gtk_grid_attach (table->grid, header, x, 0, 1, 1);
    }
  table->next_row = 1;
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (table->grid));
  adw_preferences_group_add (group, scrolled);

  if (self->is_new)
    return;
  g_value_init (&value, G_TYPE_INT64);
  g_value_set_int64 (&value, zjtx_record_get_id (ZJTX_RECORD (self->enterprise)));
  records = zjtx_store_list (self->store, type, "enterprise_id", &value,
                             type == ZJTX_TYPE_MONITORING_RECORD ? "period" : NULL, &error);
  if (records == NULL)
    {
      show_error (self, error->message);
      return;
    }
  for (guint i = 0; i < records->len; i++)
    table_add_row (table, g_ptr_array_index (records, i));
}

/* Reads a row's cells into its record; FALSE with the cell marked if one
 * is not a number. */
static gboolean
table_apply_row (Table    *table,
                 TableRow *row)
{
  for (guint x = 0; table->columns[x].property != NULL; x++)
    {
      const ColumnSpec *column = &table->columns[x];
      GtkWidget *cell = g_ptr_array_index (row->cells, x);
      g_autofree char *text = entry_text (cell);
      g_autoptr(GError) error = NULL;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (row->record), column->property);
      gint64 n = G_IS_PARAM_SPEC_INT (pspec) ? 0 : ZJTX_RECORD_NULL;
      guint64 parsed;

      if (column->kind == CELL_TEXT)
        {
          g_object_set (row->record, column->property, text, NULL);
          continue;
        }
      if (text != NULL &&
          ((column->kind == CELL_MONEY && !zjtx_money_parse (text, &n, &error)) ||
           (column->kind == CELL_SIGNED && !zjtx_decimal_parse (text, 2, TRUE, ZJTX_FEN_MAX, &n, &error))))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", property_label (table->type, column->property),
                                                      error->message);

          gtk_widget_add_css_class (cell, "error");
          gtk_widget_set_tooltip_text (cell, message);
          show_error (table->editor, message);
          gtk_widget_grab_focus (cell);
          return FALSE;
        }
      if (text != NULL && column->kind == CELL_COUNT)
        {
          if (!g_ascii_string_to_unsigned (text, 10, 0, G_IS_PARAM_SPEC_INT (pspec) ? G_MAXINT : G_MAXINT64,
                                           &parsed, NULL))
            {
              g_autofree char *message =
                g_strdup_printf (_("%s: “%s” is not a whole number"),
                                 property_label (table->type, column->property), text);

              gtk_widget_add_css_class (cell, "error");
              gtk_widget_set_tooltip_text (cell, message);
              show_error (table->editor, message);
              gtk_widget_grab_focus (cell);
              return FALSE;
            }
          n = (gint64) parsed;
        }
      if (G_IS_PARAM_SPEC_INT (pspec))
        g_object_set (row->record, column->property, (int) n, NULL);
      else
        g_object_set (row->record, column->property, n, NULL);
    }
  return TRUE;
}

static void
table_mark (Table      *table,
            TableRow   *row,
            const char *property,
            const char *message)
{
  for (guint x = 0; table->columns[x].property != NULL; x++)
    if (g_strcmp0 (table->columns[x].property, property) == 0)
      {
        GtkWidget *cell = g_ptr_array_index (row->cells, x);

        gtk_widget_add_css_class (cell, "error");
        gtk_widget_set_tooltip_text (cell, message);
        gtk_widget_grab_focus (cell);
      }
  show_error (table->editor, message);
}

/* ------------------------------------------------------------------ */
/* trends of the monitoring figures                                    */

typedef struct {
  char   *period;
  gint64  value;
} Sample;

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  /* "2023" < "2024", "2024Q1" < "2024Q2": the text orders the periods. */
  return strcmp (((const Sample *) a)->period, ((const Sample *) b)->period);
}

static void
clear_sample (gpointer data)
{
  g_free (((Sample *) data)->period);
}

/* The figure as typed in @cell, or FALSE if it is empty or not a number
 * (the table marks that on save; the trend leaves it out). */
static gboolean
cell_value (GtkWidget *cell,
            CellKind   kind,
            gint64    *value)
{
  g_autofree char *text = entry_text (cell);
  guint64 parsed;

  if (text == NULL)
    return FALSE;
  switch (kind)
    {
    case CELL_MONEY:
      return zjtx_money_parse (text, value, NULL);
    case CELL_SIGNED:
      return zjtx_decimal_parse (text, 2, TRUE, ZJTX_FEN_MAX, value, NULL);
    case CELL_COUNT:
      if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &parsed, NULL))
        return FALSE;
      *value = (gint64) parsed;
      return TRUE;
    case CELL_TEXT:
    default:
      return FALSE;
    }
}

static char *
format_figure (CellKind kind,
               gint64   value)
{
  g_autofree char *number = NULL;

  if (kind == CELL_COUNT)
    return zjtx_count_format (value);
  number = zjtx_money_format_wan_rounded (value);
  /* Translators: an amount in 万元 (ten thousand yuan) */
  return g_strdup_printf (_("%s × 10,000 yuan"), number);
}

/* The trends follow the table as typed: years if there are as many as
 * quarters, else quarters (a line does not mix the two). */
static void
update_trends (ZjtxEnterpriseEditor *self)
{
  Table *table = &self->monitoring;
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_years = 0, n_quarters = 0;
  gboolean years;

  if (self->trends == NULL)
    return;

  for (guint i = 0; i < table->rows->len; i++)
    {
      TableRow *row = g_ptr_array_index (table->rows, i);
      g_autofree char *period = entry_text (g_ptr_array_index (row->cells, 0));

      if (!zjtx_monitoring_record_period_is_valid (period))
        continue;
      if (strlen (period) == 4)
        n_years++;
      else
        n_quarters++;
    }
  years = n_years >= n_quarters;

  for (guint x = 1; monitoring_columns[x].property != NULL; x++)
    {
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (Sample));
      g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (ZjtxTrendPoint));
      g_autofree char *latest = NULL;

      g_array_set_clear_func (samples, clear_sample);
      for (guint i = 0; i < table->rows->len; i++)
        {
          TableRow *row = g_ptr_array_index (table->rows, i);
          g_autofree char *period = entry_text (g_ptr_array_index (row->cells, 0));
          Sample sample = { NULL, 0 };

          if (!zjtx_monitoring_record_period_is_valid (period) || (strlen (period) == 4) != years ||
              !cell_value (g_ptr_array_index (row->cells, x), monitoring_columns[x].kind, &sample.value))
            continue;
          sample.period = g_steal_pointer (&period);
          g_array_append_val (samples, sample);
        }
      g_array_sort (samples, compare_samples);
      for (guint i = 0; i < samples->len; i++)
        {
          const Sample *sample = &g_array_index (samples, Sample, i);
          ZjtxTrendPoint point = { sample->period, sample->value };

          g_array_append_val (points, point);
        }
      zjtx_trend_view_set_points (self->trend_views[x - 1], (const ZjtxTrendPoint *) (gpointer) points->data,
                                  points->len);

      if (samples->len > 0)
        {
          const Sample *last = &g_array_index (samples, Sample, samples->len - 1);
          g_autofree char *figure = format_figure (monitoring_columns[x].kind, last->value);

          /* Translators: the latest figure of a trend: "2025: 1,234.5 × 10,000 yuan" */
          latest = g_strdup_printf (_("%1$s: %2$s"), last->period, figure);
        }
      gtk_label_set_text (self->trend_values[x - 1], latest != NULL ? latest : _("No figures"));
    }
  gtk_widget_set_visible (self->trends, n_years + n_quarters > 0);
}

static void
build_trends (ZjtxEnterpriseEditor *self)
{
  GtkFlowBox *box = GTK_FLOW_BOX (gtk_flow_box_new ());

  gtk_flow_box_set_selection_mode (box, GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (box, TRUE);
  gtk_flow_box_set_max_children_per_line (box, 4);
  gtk_flow_box_set_column_spacing (box, 12);
  gtk_flow_box_set_row_spacing (box, 12);
  gtk_widget_set_margin_top (GTK_WIDGET (box), 12);
  gtk_widget_add_css_class (GTK_WIDGET (box), "zjtx-trends");

  for (guint x = 1; monitoring_columns[x].property != NULL; x++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title = gtk_label_new (property_label (ZJTX_TYPE_MONITORING_RECORD, monitoring_columns[x].property));
      GtkWidget *value = gtk_label_new (NULL);
      GtkWidget *view = zjtx_trend_view_new ();

      gtk_label_set_xalign (GTK_LABEL (title), 0.0f);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (value), 0.0f);
      gtk_label_set_ellipsize (GTK_LABEL (value), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (value, "caption");
      gtk_widget_add_css_class (value, "numeric");
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      property_label (ZJTX_TYPE_MONITORING_RECORD, monitoring_columns[x].property),
                                      -1);
      gtk_widget_add_css_class (card, "zjtx-trend");
      gtk_box_append (GTK_BOX (card), title);
      gtk_box_append (GTK_BOX (card), value);
      gtk_box_append (GTK_BOX (card), view);
      gtk_flow_box_append (box, card);
      self->trend_views[x - 1] = ZJTX_TREND_VIEW (view);
      self->trend_values[x - 1] = GTK_LABEL (value);
    }

  self->trends = GTK_WIDGET (box);
  adw_preferences_group_add (self->monitoring_group, self->trends);
  update_trends (self);
}

static void
add_table_row (ZjtxEnterpriseEditor *self,
               Table                *table)
{
  g_autoptr(ZjtxRecord) record = g_object_new (table->type, NULL);
  TableRow *row = table_add_row (table, record);

  gtk_widget_grab_focus (g_ptr_array_index (row->cells, 0));
}

static void
add_monitoring_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (widget);

  add_table_row (self, &self->monitoring);
}

static void
add_loan_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (widget);

  add_table_row (self, &self->loans);
}

static void
add_rent_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (widget);

  add_table_row (self, &self->rents);
}

/* ------------------------------------------------------------------ */
/* recognitions and their rewards                                      */

static const ZjtxTier tier_choices[] = { ZJTX_TIER_INNOVATIVE, ZJTX_TIER_PROVINCIAL, ZJTX_TIER_NATIONAL };

static char *
recipient_id (ZjtxEnterpriseEditor *self)
{
  return g_strdup_printf ("E%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (self->enterprise)));
}

/* This enterprise alone, as on screen: park, entry date, recognitions,
 * loans, rents and first-year kWh. Unreadable values are left out. */
static ZjtxFacts *
build_facts (ZjtxEnterpriseEditor *self)
{
  g_autoptr(ZjtxFacts) facts = zjtx_facts_new ();
  g_autofree char *id = recipient_id (self);
  g_autofree char *park_id = NULL;
  g_autofree char *name = entry_text (find_field (self, "name")->widget);
  g_autofree char *uscc = entry_text (find_field (self, "uscc")->widget);
  g_autofree char *entry_date_text = entry_text (find_field (self, "park-entry-date")->widget);
  g_autofree char *kwh_text = entry_text (find_field (self, "first-year-kwh")->widget);
  guint park = gtk_drop_down_get_selected (GTK_DROP_DOWN (find_field (self, "park-id")->widget));
  guint choice = gtk_drop_down_get_selected (GTK_DROP_DOWN (find_field (self, "support-choice")->widget));
  ZjtxDate entry_date = ZJTX_DATE_NONE;
  gint64 kwh = -1;
  guint64 parsed;

  zjtx_facts_set_as_of (facts, self->as_of);
  if (park >= 1 && park <= self->parks->len)
    {
      ZjtxPark *p = g_ptr_array_index (self->parks, park - 1);

      park_id = g_strdup_printf ("P%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (p)));
      if (!zjtx_facts_add_park (facts, park_id, zjtx_park_get_name (p), zjtx_park_get_contiguous (p),
                                zjtx_park_get_demonstration (p), NULL))
        return NULL;
    }
  if (entry_date_text != NULL && !zjtx_date_parse (entry_date_text, &entry_date, NULL))
    entry_date = ZJTX_DATE_NONE;
  if (kwh_text != NULL && g_ascii_string_to_unsigned (kwh_text, 10, 0, G_MAXINT64, &parsed, NULL))
    kwh = (gint64) parsed;
  if (uscc != NULL && !zjtx_uscc_validate (uscc, NULL, NULL))
    g_clear_pointer (&uscc, g_free);
  if (zjtx_facts_add_enterprise (facts, id, name != NULL ? name : "", uscc, park_id, entry_date,
                                 0, kwh, NULL) == NULL)
    return NULL;
  for (guint i = 0; i < self->recognitions->len; i++)
    {
      ZjtxRecognition *r = g_ptr_array_index (self->recognitions, i);
      ZjtxTier tier;
      ZjtxDate date;

      if (zjtx_tier_from_id (zjtx_recognition_get_tier (r), &tier) &&
          zjtx_recognition_get_date (r) != NULL &&
          zjtx_date_parse (zjtx_recognition_get_date (r), &date, NULL))
        zjtx_facts_add_recognition (facts, tier, date, zjtx_recognition_get_review (r));
    }
  for (guint i = 0; i < self->loans.rows->len; i++)
    {
      TableRow *row = g_ptr_array_index (self->loans.rows, i);
      g_autofree char *principal = entry_text (g_ptr_array_index (row->cells, 0));
      g_autofree char *months = entry_text (g_ptr_array_index (row->cells, 1));
      ZjtxFen fen;

      if (principal != NULL && months != NULL && zjtx_money_parse (principal, &fen, NULL) &&
          g_ascii_string_to_unsigned (months, 10, 0, G_MAXINT, &parsed, NULL))
        zjtx_facts_add_loan (facts, fen, (int) parsed);
    }
  for (guint i = 0; i < self->rents.rows->len; i++)
    {
      TableRow *row = g_ptr_array_index (self->rents.rows, i);
      g_autofree char *monthly = entry_text (g_ptr_array_index (row->cells, 0));
      g_autofree char *months = entry_text (g_ptr_array_index (row->cells, 1));
      ZjtxFen fen;

      if (monthly != NULL && months != NULL && zjtx_money_parse (monthly, &fen, NULL) &&
          g_ascii_string_to_unsigned (months, 10, 0, G_MAXINT, &parsed, NULL))
        zjtx_facts_add_rent (facts, fen, (int) parsed);
    }
  zjtx_facts_set_support_choice (facts,
                                 choice == 1 ? ZJTX_SUPPORT_CHOICE_LOAN :
                                 choice == 2 ? ZJTX_SUPPORT_CHOICE_RENT : ZJTX_SUPPORT_CHOICE_AUTO,
                                 NULL);
  zjtx_facts_seal (facts);
  return g_steal_pointer (&facts);
}

/* The award recognition @index earned, or NULL. The evaluator gives at
 * most one award per kind and recipient, dated by the recognition that
 * earned it: the first non-review recognition of the tier with that date. */
static const ZjtxAward *
find_award (ZjtxEnterpriseEditor *self,
            ZjtxEvaluation       *evaluation,
            const char           *recipient,
            guint                 index)
{
  ZjtxRecognition *r = g_ptr_array_index (self->recognitions, index);
  ZjtxTier tier;
  ZjtxDate date;

  if (zjtx_recognition_get_review (r) || !zjtx_tier_from_id (zjtx_recognition_get_tier (r), &tier) ||
      zjtx_recognition_get_date (r) == NULL || !zjtx_date_parse (zjtx_recognition_get_date (r), &date, NULL))
    return NULL;
  for (guint j = 0; j < index; j++)
    {
      ZjtxRecognition *o = g_ptr_array_index (self->recognitions, j);

      if (!zjtx_recognition_get_review (o) &&
          g_strcmp0 (zjtx_recognition_get_tier (o), zjtx_recognition_get_tier (r)) == 0 &&
          g_strcmp0 (zjtx_recognition_get_date (o), zjtx_recognition_get_date (r)) == 0)
        return NULL;
    }
  for (guint i = 0; i < evaluation->awards->len; i++)
    {
      const ZjtxAward *award = &g_array_index (evaluation->awards, ZjtxAward, i);

      if (award->kind == zjtx_award_kind_for_recognition (tier) && award->event_date == date &&
          g_strcmp0 (award->recipient, recipient) == 0)
        return award;
    }
  return NULL;
}

/* What recognition @index earns: its award, or else the exclusion of its
 * kind in the same order (the evaluator lists a recipient's exclusions of
 * one kind in the order of its recognitions). */
static char *
describe_reward (ZjtxEnterpriseEditor *self,
                 ZjtxEvaluation       *evaluation,
                 guint                 index,
                 gboolean             *earned)
{
  ZjtxRecognition *r = g_ptr_array_index (self->recognitions, index);
  g_autofree char *id = recipient_id (self);
  const ZjtxAward *award;
  ZjtxAwardKind kind;
  ZjtxTier tier;
  ZjtxDate date;
  guint nth = 0;

  *earned = FALSE;
  if (evaluation == NULL || !zjtx_tier_from_id (zjtx_recognition_get_tier (r), &tier) ||
      zjtx_recognition_get_date (r) == NULL || !zjtx_date_parse (zjtx_recognition_get_date (r), &date, NULL))
    return g_strdup (_("No reward: the recognition is incomplete"));
  kind = zjtx_award_kind_for_recognition (tier);

  award = find_award (self, evaluation, id, index);
  if (award != NULL)
    {
      g_autofree char *amount = zjtx_money_format (award->amount);

      *earned = TRUE;
      /* Translators: a recognition's reward: amount, then the policy clause */
      return g_strdup_printf (_("%s yuan, clause %s"), amount, award->clause);
    }

  for (guint j = 0; j < index; j++)
    {
      ZjtxRecognition *o = g_ptr_array_index (self->recognitions, j);
      ZjtxDate odate;

      if (g_strcmp0 (zjtx_recognition_get_tier (o), zjtx_recognition_get_tier (r)) == 0 &&
          zjtx_recognition_get_date (o) != NULL && zjtx_date_parse (zjtx_recognition_get_date (o), &odate, NULL) &&
          find_award (self, evaluation, id, j) == NULL)
        nth++;
    }
  for (guint i = 0; i < evaluation->exclusions->len; i++)
    {
      const ZjtxExclusion *exclusion = &g_array_index (evaluation->exclusions, ZjtxExclusion, i);

      if (exclusion->kind == kind && g_strcmp0 (exclusion->recipient, id) == 0 && nth-- == 0)
        return g_strdup (exclusion->text);
    }
  return g_strdup (_("No reward"));
}

static void
remove_recognition (GtkButton            *button,
                    ZjtxEnterpriseEditor *self)
{
  ZjtxRecognition *r = g_object_get_data (G_OBJECT (button), "recognition");

  if (zjtx_record_get_id (ZJTX_RECORD (r)) != 0)
    g_ptr_array_add (self->removed, g_object_ref (r));
  g_ptr_array_remove (self->recognitions, r);
  update_rewards (self);
}

static int
compare_recognitions (gconstpointer a,
                      gconstpointer b)
{
  ZjtxRecognition *ra = *(ZjtxRecognition **) a;
  ZjtxRecognition *rb = *(ZjtxRecognition **) b;

  return g_strcmp0 (zjtx_recognition_get_date (ra), zjtx_recognition_get_date (rb));
}

/* Rebuilds the timeline with each recognition's reward. */
static void
update_rewards (ZjtxEnterpriseEditor *self)
{
  g_autoptr(ZjtxFacts) facts = NULL;
  ZjtxEvaluation *evaluation = NULL;

  if (self->recognition_rows == NULL || self->rents.rows == NULL)
    return;   /* still being built */

  for (guint i = 0; i < self->recognition_rows->len; i++)
    adw_preferences_group_remove (self->recognitions_group, g_ptr_array_index (self->recognition_rows, i));
  g_ptr_array_set_size (self->recognition_rows, 0);

  g_ptr_array_sort (self->recognitions, compare_recognitions);
  facts = build_facts (self);
  if (facts != NULL && self->policies != NULL)
    evaluation = zjtx_evaluate (facts, self->policies, self->as_of);

  for (guint i = 0; i < self->recognitions->len; i++)
    {
      ZjtxRecognition *r = g_ptr_array_index (self->recognitions, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *reward;
      GtkWidget *remove;
      g_autoptr(GString) subtitle = g_string_new (NULL);
      g_autofree char *title = NULL;
      g_autofree char *date_text = NULL;
      g_autofree char *reward_text = NULL;
      ZjtxTier tier = ZJTX_TIER_NONE;
      ZjtxDate date = ZJTX_DATE_NONE;
      gboolean earned;

      zjtx_tier_from_id (zjtx_recognition_get_tier (r), &tier);
      if (zjtx_recognition_get_date (r) != NULL)
        zjtx_date_parse (zjtx_recognition_get_date (r), &date, NULL);
      date_text = zjtx_gui_format_date (date);
      /* Translators: a recognition in the timeline: tier, then date */
      title = g_strdup_printf (_("%s · %s"), zjtx_tier_get_label (tier), date_text);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      g_string_append (subtitle, zjtx_recognition_get_review (r) ? _("Re-review") : _("First recognition"));
      if (zjtx_recognition_get_batch (r) != NULL && zjtx_recognition_get_batch (r)[0] != '\0')
        g_string_append_printf (subtitle, _(" · batch %s"), zjtx_recognition_get_batch (r));
      if (zjtx_recognition_get_certificate (r) != NULL && zjtx_recognition_get_certificate (r)[0] != '\0')
        g_string_append_printf (subtitle, _(" · certificate %s"), zjtx_recognition_get_certificate (r));
      if (zjtx_record_get_id (ZJTX_RECORD (r)) == 0)
        g_string_append (subtitle, _(" · not saved yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

      reward_text = describe_reward (self, evaluation, i, &earned);
      reward = gtk_label_new (reward_text);
      gtk_label_set_wrap (GTK_LABEL (reward), TRUE);
      gtk_label_set_width_chars (GTK_LABEL (reward), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (reward), 40);
      gtk_label_set_xalign (GTK_LABEL (reward), 1.0);
      gtk_widget_add_css_class (reward, "reward");
      gtk_widget_add_css_class (reward, earned ? "success" : "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), reward);

      remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove"), -1);
      g_object_set_data_full (G_OBJECT (remove), "recognition", g_object_ref (r), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_recognition), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

      adw_preferences_group_add (self->recognitions_group, row);
      g_ptr_array_add (self->recognition_rows, row);
    }
  g_clear_pointer (&evaluation, zjtx_evaluation_unref);
}

static void
add_recognition (ZjtxEnterpriseEditor *self)
{
  g_autoptr(ZjtxRecognition) r = zjtx_recognition_new ();
  g_autofree char *date = entry_text (GTK_WIDGET (self->new_date_entry));
  g_autofree char *batch = entry_text (GTK_WIDGET (self->new_batch_entry));
  g_autofree char *certificate = entry_text (GTK_WIDGET (self->new_certificate_entry));
  guint tier = adw_combo_row_get_selected (self->new_tier_row);
  ZjtxDate parsed;

  if (date == NULL || !zjtx_date_parse (date, &parsed, NULL))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->new_date_entry), "error");
      adw_action_row_set_subtitle (self->new_date_row, _("Enter the date as YYYY-MM-DD"));
      gtk_widget_grab_focus (GTK_WIDGET (self->new_date_entry));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_date_entry), "error");
  adw_action_row_set_subtitle (self->new_date_row, "");

  zjtx_recognition_set_tier (r, zjtx_tier_to_id (tier_choices[MIN (tier, G_N_ELEMENTS (tier_choices) - 1)]));
  zjtx_recognition_set_date (r, date);
  zjtx_recognition_set_review (r, gtk_switch_get_active (self->new_review_switch));
  zjtx_recognition_set_batch (r, batch);
  zjtx_recognition_set_certificate (r, certificate);
  g_ptr_array_add (self->recognitions, g_steal_pointer (&r));

  set_entry_text (GTK_WIDGET (self->new_date_entry), NULL);
  set_entry_text (GTK_WIDGET (self->new_batch_entry), NULL);
  set_entry_text (GTK_WIDGET (self->new_certificate_entry), NULL);
  update_rewards (self);
}

static GtkEntry *
add_form_entry (ZjtxEnterpriseEditor *self,
                const char           *title,
                const char           *name,
                AdwActionRow        **row_out)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *entry = gtk_entry_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_widget_set_name (entry, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (add_recognition), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), entry);
  adw_expander_row_add_row (self->add_recognition_row, row);
  if (row_out != NULL)
    *row_out = ADW_ACTION_ROW (row);
  return GTK_ENTRY (entry);
}

static void
build_recognitions (ZjtxEnterpriseEditor *self)
{
  g_autoptr(GtkStringList) tiers = gtk_string_list_new (NULL);
  GtkWidget *row;
  GtkWidget *button;

  self->recognitions = g_ptr_array_new_with_free_func (g_object_unref);
  self->recognition_rows = g_ptr_array_new ();
  if (!self->is_new)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GPtrArray) list = NULL;

      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, zjtx_record_get_id (ZJTX_RECORD (self->enterprise)));
      list = zjtx_store_list (self->store, ZJTX_TYPE_RECOGNITION, "enterprise_id", &value, "date", &error);
      if (list == NULL)
        show_error (self, error->message);
      for (guint i = 0; list != NULL && i < list->len; i++)
        g_ptr_array_add (self->recognitions, g_object_ref (g_ptr_array_index (list, i)));
    }

  self->add_recognition_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->add_recognition_row),
                                 _("Add a first recognition or re-review"));
  adw_expander_row_set_subtitle (self->add_recognition_row,
                                 _("It is saved with the enterprise"));

  for (guint i = 0; i < G_N_ELEMENTS (tier_choices); i++)
    gtk_string_list_append (tiers, zjtx_tier_get_label (tier_choices[i]));
  self->new_tier_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->new_tier_row), _("Tier"));
  adw_combo_row_set_model (self->new_tier_row, G_LIST_MODEL (tiers));
  gtk_widget_set_name (GTK_WIDGET (self->new_tier_row), "new-recognition-tier");
  adw_expander_row_add_row (self->add_recognition_row, GTK_WIDGET (self->new_tier_row));

  self->new_date_entry = add_form_entry (self, _("Recognition date"), "new-recognition-date", &self->new_date_row);
  gtk_entry_set_placeholder_text (self->new_date_entry, _("YYYY-MM-DD"));

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Re-review"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("A re-review keeps the tier and earns no reward"));
  self->new_review_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->new_review_switch), GTK_ALIGN_CENTER);
  gtk_widget_set_name (GTK_WIDGET (self->new_review_switch), "new-recognition-review");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->new_review_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->new_review_switch));
  adw_expander_row_add_row (self->add_recognition_row, row);

  self->new_batch_entry = add_form_entry (self, _("Batch"), "new-recognition-batch", NULL);
  self->new_certificate_entry = add_form_entry (self, _("Certificate number"), "new-recognition-certificate", NULL);

  row = adw_action_row_new ();
  button = gtk_button_new_with_mnemonic (_("_Add Recognition"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, "new-recognition-add");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (add_recognition), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_expander_row_add_row (self->add_recognition_row, row);

  adw_preferences_group_add (self->recognitions_group, GTK_WIDGET (self->add_recognition_row));
}

/* ------------------------------------------------------------------ */
/* support received under the policy's actions                         */

static void open_support_dialog (ZjtxEnterpriseEditor *self,
                                 ZjtxSupportRecord    *record);

/* Newest first; records dated alike in the order they were added. */
static int
compare_supports (gconstpointer a,
                  gconstpointer b)
{
  ZjtxSupportRecord *ra = *(ZjtxSupportRecord * const *) a;
  ZjtxSupportRecord *rb = *(ZjtxSupportRecord * const *) b;
  int by_date = g_strcmp0 (zjtx_support_record_get_date (rb), zjtx_support_record_get_date (ra));
  gint64 ia = zjtx_record_get_id (ZJTX_RECORD (ra)), ib = zjtx_record_get_id (ZJTX_RECORD (rb));

  if (by_date != 0)
    return by_date;
  /* Unsaved ones (id 0) are the newest. */
  if ((ia == 0) != (ib == 0))
    return ia == 0 ? -1 : 1;
  return (ib > ia) - (ib < ia);
}

static void
on_support_edit (GtkButton            *button,
                 ZjtxEnterpriseEditor *self)
{
  open_support_dialog (self, g_object_get_data (G_OBJECT (button), "support-record"));
}

static void render_supports (ZjtxEnterpriseEditor *self);

static void
on_support_remove (GtkButton            *button,
                   ZjtxEnterpriseEditor *self)
{
  ZjtxSupportRecord *record = g_object_get_data (G_OBJECT (button), "support-record");

  /* Deleted on Save, with its audit row; until then Cancel keeps it. */
  if (zjtx_record_get_id (ZJTX_RECORD (record)) != 0)
    g_ptr_array_add (self->removed, g_object_ref (record));
  g_ptr_array_remove (self->supports, record);
  render_supports (self);
}

static GtkWidget *
support_button (ZjtxEnterpriseEditor *self,
                ZjtxSupportRecord    *record,
                const char           *icon,
                const char           *label,
                GCallback             callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "support-record", g_object_ref (record), g_object_unref);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* The timeline: one row per record, newest first. */
static void
render_supports (ZjtxEnterpriseEditor *self)
{
  for (guint i = 0; i < self->support_rows->len; i++)
    adw_preferences_group_remove (self->support_group, g_ptr_array_index (self->support_rows, i));
  g_ptr_array_set_size (self->support_rows, 0);

  g_ptr_array_sort (self->supports, compare_supports);
  adw_preferences_group_set_description (self->support_group,
                                         self->supports->len == 0
                                           ? _("No support recorded yet: loans, platforms, trainings, listing steps …")
                                           : _("Under the policy’s actions, newest first; saved with the enterprise"));
  for (guint i = 0; i < self->supports->len; i++)
    {
      ZjtxSupportRecord *record = g_ptr_array_index (self->supports, i);
      int kind = zjtx_support_record_get_kind_value (record);
      ZjtxAction action = kind >= 0 ? zjtx_support_kind_get_action (kind) : ZJTX_ACTION_CULTIVATION;
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *details = zjtx_support_record_describe (record);
      g_autoptr(GString) subtitle = g_string_new (details);
      g_autofree char *title = NULL;
      const char *unit = zjtx_support_record_get_unit (record);
      const char *notes = zjtx_support_record_get_notes (record);

      /* Translators: a support record in the timeline: date, clause, action, kind,
       * "2024-07-15 · 三（五） Finance · Matchmaking loan" */
      title = g_strdup_printf (_("%s · %s %s · %s"), zjtx_support_record_get_date (record),
                               zjtx_action_get_clause (action), zjtx_action_get_label (action),
                               kind >= 0 ? zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND, kind)
                                         : zjtx_support_record_get_kind (record));
      if (unit[0] != '\0')
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, " · ");
          /* Translators: the unit that provided a support, in the timeline */
          g_string_append_printf (subtitle, _("by %s"), unit);
        }
      if (notes[0] != '\0')
        {
          if (subtitle->len > 0)
            g_string_append (subtitle, "\n");
          g_string_append (subtitle, notes);
        }
      /* Plain text: "R&D" is not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      gtk_widget_add_css_class (row, "zjtx-support");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 support_button (self, record, "document-edit-symbolic", _("Edit"),
                                                 G_CALLBACK (on_support_edit)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 support_button (self, record, "user-trash-symbolic", _("Remove"),
                                                 G_CALLBACK (on_support_remove)));
      adw_preferences_group_add (self->support_group, row);
      g_ptr_array_add (self->support_rows, row);
    }
}

static void
on_support_applied (ZjtxSupportDialog    *dialog,
                    ZjtxEnterpriseEditor *self)
{
  ZjtxSupportRecord *record = zjtx_support_dialog_get_record (dialog);

  if (!g_ptr_array_find (self->supports, record, NULL))
    g_ptr_array_add (self->supports, g_object_ref (record));
  render_supports (self);
}

static void
open_support_dialog (ZjtxEnterpriseEditor *self,
                     ZjtxSupportRecord    *record)
{
  ZjtxSupportDialog *dialog = zjtx_support_dialog_new (GTK_WINDOW (self), record, zjtx_store_get_today (self->store));

  g_signal_connect_object (dialog, "applied", G_CALLBACK (on_support_applied), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
add_support_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_support_dialog (ZJTX_ENTERPRISE_EDITOR (widget), NULL);
}

static void
build_supports (ZjtxEnterpriseEditor *self)
{
  self->supports = g_ptr_array_new_with_free_func (g_object_unref);
  self->support_rows = g_ptr_array_new ();
  if (!self->is_new)
    {
      g_autoptr(GError) error = NULL;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autoptr(GPtrArray) list = NULL;

      g_value_init (&value, G_TYPE_INT64);
      g_value_set_int64 (&value, zjtx_record_get_id (ZJTX_RECORD (self->enterprise)));
      list = zjtx_store_list (self->store, ZJTX_TYPE_SUPPORT_RECORD, "enterprise_id", &value, "date", &error);
      if (list == NULL)
        show_error (self, error->message);
      for (guint i = 0; list != NULL && i < list->len; i++)
        g_ptr_array_add (self->supports, g_object_ref (g_ptr_array_index (list, i)));
    }
  render_supports (self);
}

/* ------------------------------------------------------------------ */
/* history                                                             */

static GType
type_of_entity (const char *entity)
{
  if (g_strcmp0 (entity, "enterprise") == 0)
    return ZJTX_TYPE_ENTERPRISE;
  if (g_strcmp0 (entity, "recognition") == 0)
    return ZJTX_TYPE_RECOGNITION;
  if (g_strcmp0 (entity, "monitoring_record") == 0)
    return ZJTX_TYPE_MONITORING_RECORD;
  if (g_strcmp0 (entity, "housing_loan") == 0)
    return ZJTX_TYPE_HOUSING_LOAN;
  if (g_strcmp0 (entity, "rent") == 0)
    return ZJTX_TYPE_RENT;
  if (g_strcmp0 (entity, "support_record") == 0)
    return ZJTX_TYPE_SUPPORT_RECORD;
  return G_TYPE_INVALID;
}

static const char *
entity_label (const char *entity)
{
  if (g_strcmp0 (entity, "enterprise") == 0)
    return _("Enterprise");
  if (g_strcmp0 (entity, "recognition") == 0)
    return _("Recognition");
  if (g_strcmp0 (entity, "monitoring_record") == 0)
    return _("Monitoring record");
  if (g_strcmp0 (entity, "housing_loan") == 0)
    return _("Housing loan");
  if (g_strcmp0 (entity, "rent") == 0)
    return _("Rent");
  if (g_strcmp0 (entity, "support_record") == 0)
    return _("Support record");
  return entity;
}

static char *
json_value_text (JsonObject *object,
                 const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  return json_to_string (node, FALSE);
}

static const char * const money_properties[] = {
  "revenue", "output", "rd-expense", "tax-paid", "profit", "principal", "monthly", "amount", "fee", NULL
};

static const char *
record_name (GPtrArray  *records,
             gint64      id,
             GType       type)
{
  for (guint i = 0; records != NULL && i < records->len; i++)
    if (zjtx_record_get_id (g_ptr_array_index (records, i)) == id)
      return type == ZJTX_TYPE_PARK ? zjtx_park_get_name (g_ptr_array_index (records, i))
                                    : zjtx_person_get_name (g_ptr_array_index (records, i));
  return NULL;
}

/* An audit value (the stored column text) as the editor shows it. */
static char *
format_value (ZjtxEnterpriseEditor *self,
              GType                 type,
              const char           *property,
              char                 *raw)   /* transfer full */
{
  g_autofree char *text = raw;
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  gint64 n;

  if (text == NULL)
    return g_strdup (_("(empty)"));
  if (pspec == NULL)
    return g_steal_pointer (&text);
  if (G_IS_PARAM_SPEC_BOOLEAN (pspec))
    return g_strdup (g_str_equal (text, "1") || g_str_equal (text, "true") ? _("Yes") : _("No"));
  if (g_strv_contains (money_properties, property) && g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &n, NULL))
    return zjtx_money_format (n);
  if ((g_str_equal (property, "park-id") || g_str_equal (property, "commissioner-id") ||
       g_str_equal (property, "liaison-id")) &&
      g_ascii_string_to_signed (text, 10, 0, G_MAXINT64, &n, NULL))
    {
      const char *name = g_str_equal (property, "park-id") ? record_name (self->parks, n, ZJTX_TYPE_PARK)
                                                           : record_name (self->persons, n, ZJTX_TYPE_PERSON);

      if (name != NULL)
        return g_strdup (name);
    }
  if (g_str_equal (property, "tier"))
    {
      ZjtxTier tier;

      if (zjtx_tier_from_id (text, &tier))
        return g_strdup (zjtx_tier_get_label (tier));
    }
  if (g_str_equal (property, "support-choice"))
    {
      GtkDropDown *dropdown = GTK_DROP_DOWN (find_field (self, "support-choice")->widget);
      GListModel *labels = gtk_drop_down_get_model (dropdown);

      for (guint i = 0; i < G_N_ELEMENTS (support_choices); i++)
        if (g_str_equal (text, support_choices[i]))
          return g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (labels), i));
    }
  return g_steal_pointer (&text);
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  if (text == NULL || !json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* "USCC: A → B; Township: …" */
static char *
describe_changes (ZjtxEnterpriseEditor *self,
                  ZjtxAuditEntry       *entry)
{
  g_autoptr(JsonParser) old_parser = json_parser_new ();
  g_autoptr(JsonParser) new_parser = json_parser_new ();
  g_autoptr(JsonObject) old_values = parse_object (old_parser, entry->old_values);
  g_autoptr(JsonObject) new_values = parse_object (new_parser, entry->new_values);
  JsonObject *main = new_values != NULL ? new_values : old_values;
  g_autoptr(GList) members = main != NULL ? json_object_get_members (main) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GType type = type_of_entity (entry->entity);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *column = l->data;
      g_autofree char *property = g_strdelimit (g_strdup (column), "_", '-');
      const char *label = type != G_TYPE_INVALID ? property_label (type, property) : column;

      if (g_str_equal (column, "id") || g_str_equal (column, "enterprise_id"))
        continue;
      if (old_values != NULL && new_values != NULL)
        {
          g_autofree char *before = format_value (self, type, property, json_value_text (old_values, column));
          g_autofree char *after = format_value (self, type, property, json_value_text (new_values, column));

          if (text->len > 0)
            g_string_append (text, _("; "));
          /* Translators: a changed field in the history: label, old value, new value */
          g_string_append_printf (text, _("%s: %s → %s"), label, before, after);
        }
      else
        {
          g_autofree char *raw = json_value_text (main, column);
          g_autofree char *value = NULL;

          /* A created or deleted record: its filled fields only. */
          if (raw == NULL || raw[0] == '\0')
            continue;
          value = format_value (self, type, property, g_steal_pointer (&raw));

          if (text->len > 0)
            g_string_append (text, _("; "));
          /* Translators: a field of a created or deleted record: label, value */
          g_string_append_printf (text, _("%s: %s"), label, value);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
load_history (ZjtxEnterpriseEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  for (guint i = 0; self->history_rows != NULL && i < self->history_rows->len; i++)
    adw_preferences_group_remove (self->history_group, g_ptr_array_index (self->history_rows, i));
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  self->history_rows = g_ptr_array_new ();

  if (self->is_new)
    {
      adw_preferences_group_set_description (self->history_group, _("A new enterprise has no history yet"));
      return;
    }
  entries = zjtx_enterprise_history_list (self->store, zjtx_record_get_id (ZJTX_RECORD (self->enterprise)),
                                          200, &error);
  if (entries == NULL)
    {
      adw_preferences_group_set_description (self->history_group, error->message);
      return;
    }
  adw_preferences_group_set_description (self->history_group,
                                         entries->len == 0 ? _("No changes recorded") : NULL);
  for (guint i = 0; i < entries->len; i++)
    {
      ZjtxAuditEntry *entry = g_ptr_array_index (entries, i);
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GDateTime) at = g_date_time_new_from_iso8601 (entry->at, NULL);
      g_autofree char *when = at != NULL ? g_date_time_format (at, _("%Y-%m-%d %H:%M")) : g_strdup (entry->at);
      g_autofree char *title = NULL;
      g_autofree char *changes = describe_changes (self, entry);
      const char *action;

      if (g_strcmp0 (entry->action, "insert") == 0)
        action = _("created");
      else if (g_strcmp0 (entry->action, "delete") == 0)
        action = _("deleted");
      else
        action = _("changed");
      /* Translators: a history line: when, who, what kind of record, what was done to it */
      title = g_strdup_printf (_("%s · %s · %s %s"), when,
                               entry->actor != NULL && entry->actor[0] != '\0' ? entry->actor : _("unknown"),
                               entity_label (entry->entity), action);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), changes);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
      adw_preferences_group_add (self->history_group, row);
      g_ptr_array_add (self->history_rows, row);
    }
}

/* ------------------------------------------------------------------ */
/* save and delete                                                     */

typedef struct {
  ZjtxRecord *record;
  gboolean    was_new;
} Written;

/* After a rollback, records inserted in it must be new again. */
static void
reset_new_ids (GArray *written)
{
  for (guint i = 0; i < written->len; i++)
    if (g_array_index (written, Written, i).was_new)
      zjtx_record_set_id (g_array_index (written, Written, i).record, 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) written = g_array_new (FALSE, FALSE, sizeof (Written));
  Table *tables[] = { &self->monitoring, &self->loans, &self->rents };
  Written w;
  gint64 id;

  clear_marks (self);
  if (!apply_fields (self))
    return;
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < tables[t]->rows->len; i++)
      if (!table_apply_row (tables[t], g_ptr_array_index (tables[t]->rows, i)))
        return;

  if (!zjtx_store_begin (self->store, &error))
    {
      show_error (self, error->message);
      return;
    }

  w.record = ZJTX_RECORD (self->enterprise);
  w.was_new = zjtx_record_get_id (w.record) == 0;
  g_array_append_val (written, w);
  if (!zjtx_store_save (self->store, w.record, &error))
    {
      Field *field = find_field (self, zjtx_record_get_error_field (w.record));

      zjtx_store_rollback (self->store);
      reset_new_ids (written);
      if (field != NULL && g_error_matches (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID))
        mark_field (self, field, error->message);
      else
        show_error (self, error->message);
      return;
    }
  id = zjtx_record_get_id (w.record);

  /* Removals first: a monitoring record removed and entered again for the
   * same period would otherwise meet its old row's UNIQUE (enterprise, period). */
  for (guint i = 0; i < self->removed->len; i++)
    if (!zjtx_store_delete (self->store, g_ptr_array_index (self->removed, i), &error))
      {
        zjtx_store_rollback (self->store);
        reset_new_ids (written);
        show_error (self, error->message);
        return;
      }

  for (guint i = 0; i < self->recognitions->len; i++)
    {
      w.record = g_ptr_array_index (self->recognitions, i);
      w.was_new = zjtx_record_get_id (w.record) == 0;
      g_array_append_val (written, w);
      g_object_set (w.record, "enterprise-id", id, NULL);
      if (!zjtx_store_save (self->store, w.record, &error))
        {
          g_autofree char *message = g_strdup_printf (_("Recognition: %s"), error->message);

          zjtx_store_rollback (self->store);
          reset_new_ids (written);
          show_error (self, message);
          return;
        }
    }
  for (guint i = 0; i < self->supports->len; i++)
    {
      w.record = g_ptr_array_index (self->supports, i);
      w.was_new = zjtx_record_get_id (w.record) == 0;
      g_array_append_val (written, w);
      g_object_set (w.record, "enterprise-id", id, NULL);
      if (!zjtx_store_save (self->store, w.record, &error))
        {
          /* Translators: why a support record of the enterprise could not be saved */
          g_autofree char *message = g_strdup_printf (_("Support record: %s"), error->message);

          zjtx_store_rollback (self->store);
          reset_new_ids (written);
          show_error (self, message);
          return;
        }
    }
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    for (guint i = 0; i < tables[t]->rows->len; i++)
      {
        TableRow *row = g_ptr_array_index (tables[t]->rows, i);

        w.record = row->record;
        w.was_new = zjtx_record_get_id (w.record) == 0;
        g_array_append_val (written, w);
        g_object_set (w.record, "enterprise-id", id, NULL);
        if (!zjtx_store_save (self->store, w.record, &error))
          {
            zjtx_store_rollback (self->store);
            reset_new_ids (written);
            table_mark (tables[t], row, zjtx_record_get_error_field (w.record), error->message);
            return;
          }
      }
  if (!zjtx_store_commit (self->store, &error))
    {
      reset_new_ids (written);
      show_error (self, error->message);
      return;
    }

  g_ptr_array_set_size (self->removed, 0);
  self->is_new = FALSE;
  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_idle (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_delete_response (AdwMessageDialog     *dialog,
                    const char           *response,
                    ZjtxEnterpriseEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxEnterpriseSnapshot) snapshot = NULL;
  gint64 id = zjtx_record_get_id (ZJTX_RECORD (self->enterprise));

  if (g_strcmp0 (response, "delete") != 0)
    return;
  snapshot = zjtx_enterprise_snapshot_take (self->store, id, &error);
  if (snapshot == NULL || !zjtx_enterprise_snapshot_delete (snapshot, self->store, &error))
    {
      show_error (self, error->message);
      return;
    }
  g_clear_pointer (&self->deleted, zjtx_enterprise_snapshot_free);
  self->deleted = g_steal_pointer (&snapshot);
  g_signal_emit (self, signals[DELETED], 0, id);
  /* Closed once the dialog, transient for this window, has gone: a parent
   * destroyed under its dialog's response leaves GTK a dangling pointer. */
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle, g_object_ref (self), g_object_unref);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (widget);
  const char *name = zjtx_enterprise_get_name (self->enterprise);
  GtkWidget *dialog;

  if (self->is_new)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Delete this enterprise?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” will be deleted with its recognitions, support records, "
                                    "monitoring records, housing loans and rents."),
                                  name != NULL ? name : "");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_delete_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

ZjtxEnterpriseEditor *
zjtx_enterprise_editor_new (GtkWindow *parent,
                            ZjtxStore *store,
                            gint64     enterprise_id)
{
  ZjtxEnterpriseEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);

  self = g_object_new (ZJTX_TYPE_ENTERPRISE_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->store = g_object_ref (store);
  self->policies = zjtx_store_load_policies (store, &error);
  if (self->policies == NULL)
    {
      show_error (self, error->message);
      g_clear_error (&error);
    }
  if (enterprise_id != 0)
    self->enterprise = zjtx_store_load (store, ZJTX_TYPE_ENTERPRISE, enterprise_id, &error);
  if (self->enterprise == NULL)
    {
      if (error != NULL)
        show_error (self, error->message);
      self->enterprise = zjtx_enterprise_new ();
    }
  self->is_new = zjtx_record_get_id (ZJTX_RECORD (self->enterprise)) == 0;
  gtk_window_set_title (GTK_WINDOW (self), self->is_new ? _("New Enterprise") : _("Edit Enterprise"));
  gtk_widget_set_sensitive (self->delete_button, !self->is_new);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", !self->is_new);

  build_fields (self);
  load_fields (self);
  on_uscc_changed (self, GTK_EDITABLE (find_field (self, "uscc")->widget));
  build_recognitions (self);
  build_supports (self);
  table_init (self, &self->monitoring, self->monitoring_group, ZJTX_TYPE_MONITORING_RECORD, monitoring_columns);
  build_trends (self);
  table_init (self, &self->loans, self->loans_group, ZJTX_TYPE_HOUSING_LOAN, loan_columns);
  table_init (self, &self->rents, self->rents_group, ZJTX_TYPE_RENT, rent_columns);
  update_rewards (self);
  load_history (self);
  return self;
}

gint64
zjtx_enterprise_editor_get_enterprise_id (ZjtxEnterpriseEditor *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_EDITOR (self), 0);

  return self->enterprise != NULL ? zjtx_record_get_id (ZJTX_RECORD (self->enterprise)) : 0;
}

ZjtxDate
zjtx_enterprise_editor_get_as_of (ZjtxEnterpriseEditor *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_EDITOR (self), ZJTX_DATE_NONE);

  return self->as_of;
}

void
zjtx_enterprise_editor_set_as_of (ZjtxEnterpriseEditor *self,
                                  ZjtxDate              as_of)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISE_EDITOR (self));

  if (as_of == ZJTX_DATE_NONE)
    as_of = zjtx_date_today ();
  if (self->as_of == as_of)
    return;
  self->as_of = as_of;
  update_rewards (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AS_OF]);
}

ZjtxEnterpriseSnapshot *
zjtx_enterprise_editor_take_deleted (ZjtxEnterpriseEditor *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISE_EDITOR (self), NULL);

  return g_steal_pointer (&self->deleted);
}

static void
zjtx_enterprise_editor_dispose (GObject *object)
{
  ZjtxEnterpriseEditor *self = (ZjtxEnterpriseEditor *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_ENTERPRISE_EDITOR);

  G_OBJECT_CLASS (zjtx_enterprise_editor_parent_class)->dispose (object);
}

static void
zjtx_enterprise_editor_finalize (GObject *object)
{
  ZjtxEnterpriseEditor *self = (ZjtxEnterpriseEditor *)object;

  g_clear_object (&self->store);
  g_clear_object (&self->enterprise);
  g_clear_pointer (&self->policies, zjtx_policy_set_unref);
  g_clear_pointer (&self->deleted, zjtx_enterprise_snapshot_free);
  g_clear_pointer (&self->townships, g_ptr_array_unref);
  g_clear_pointer (&self->parks, g_ptr_array_unref);
  g_clear_pointer (&self->persons, g_ptr_array_unref);
  g_clear_pointer (&self->recognitions, g_ptr_array_unref);
  g_clear_pointer (&self->recognition_rows, g_ptr_array_unref);
  g_clear_pointer (&self->supports, g_ptr_array_unref);
  g_clear_pointer (&self->support_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_clear_pointer (&self->monitoring.rows, g_ptr_array_unref);
  g_clear_pointer (&self->loans.rows, g_ptr_array_unref);
  g_clear_pointer (&self->rents.rows, g_ptr_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);

  G_OBJECT_CLASS (zjtx_enterprise_editor_parent_class)->finalize (object);
}

static void
zjtx_enterprise_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprise_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  ZjtxEnterpriseEditor *self = ZJTX_ENTERPRISE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_AS_OF:
      zjtx_enterprise_editor_set_as_of (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprise_editor_class_init (ZjtxEnterpriseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_enterprise_editor_dispose;
  object_class->finalize = zjtx_enterprise_editor_finalize;
  object_class->get_property = zjtx_enterprise_editor_get_property;
  object_class->set_property = zjtx_enterprise_editor_set_property;

  /* A ZjtxDate (Julian day number); 0 means today. */
  properties [PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The id of the enterprise saved. */
  signals [SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /* The id of the enterprise deleted; zjtx_enterprise_editor_take_deleted ()
   * gives what an Undo needs. */
  signals [DELETED] =
    g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-enterprise-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, delete_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, general_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, park_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, cultivation_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, contact_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, recognitions_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, support_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, monitoring_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, loans_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, rents_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterpriseEditor, history_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.add-monitoring", NULL, add_monitoring_action);
  gtk_widget_class_install_action (widget_class, "editor.add-loan", NULL, add_loan_action);
  gtk_widget_class_install_action (widget_class, "editor.add-rent", NULL, add_rent_action);
  gtk_widget_class_install_action (widget_class, "editor.add-support", NULL, add_support_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zjtx_enterprise_editor_init (ZjtxEnterpriseEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->as_of = zjtx_date_today ();
  self->removed = g_ptr_array_new_with_free_func (g_object_unref);
}
