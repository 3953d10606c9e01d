/* zjtx-policy-editor.c: a new policy version, prepared from an existing one
 *
 * The county renews its policy every two years, mostly changing numbers and
 * dates. The editor shows every member of the policy document as text, builds
 * the document back with JsonBuilder and hands it to
 * zjtx_policy_new_from_json(): the very check a policy file goes through, so
 * that the editor can never accept what the loader would refuse. The
 * validator's error names the JSON path; the row of that path is marked.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "zjtx-policy-editor.h"

typedef enum {
  KIND_GROUP,   /* not a member: starts a group of rows */
  KIND_TEXT,    /* a JSON string: text, date, amount (yuan) */
  KIND_RATE,    /* a JSON string holding a decimal ("0.20") */
  KIND_INT,     /* a JSON integer */
  KIND_BOOL,
  KIND_PREFER,  /* an award kind: loan or rent subsidy */
  KIND_KEPT,    /* not edited here: copied from the source policy */
} FieldKind;

typedef struct {
  const char *path;    /* JSON path, as the validator names it */
  const char *label;
  FieldKind   kind;
} Field;

/* In the document's order: the builder opens and closes objects as the
 * paths go, so this table alone defines the document's shape. */
static const Field fields[] = {
  { NULL, N_("Document"), KIND_GROUP },
  { "format", NULL, KIND_KEPT },
  { "id", N_("Policy ID"), KIND_TEXT },
  { "doc_number", N_("Document Number"), KIND_TEXT },
  { "title", N_("Document Title"), KIND_TEXT },
  { "issuer", N_("Issuer"), KIND_TEXT },
  { "issued", N_("Issued On (YYYY-MM-DD)"), KIND_TEXT },
  { NULL, N_("Period in Force"), KIND_GROUP },
  { "window.start", N_("First Day (YYYY-MM-DD)"), KIND_TEXT },
  { "window.end", N_("Last Day (YYYY-MM-DD)"), KIND_TEXT },
  { "recognition_validity_years", N_("Recognition Valid for (Years)"), KIND_INT },
  { NULL, N_("Targets"), KIND_GROUP },
  { "targets.clause", N_("Clause"), KIND_TEXT },
  { "targets.deadline", N_("Deadline (YYYY-MM-DD)"), KIND_TEXT },
  { "targets.innovative", N_("Goal: Innovative SMEs"), KIND_INT },
  { "targets.provincial", N_("Goal: Provincial SRDI SMEs"), KIND_INT },
  { "targets.national", N_("Goal: National Little Giants"), KIND_INT },
  { NULL, N_("Recognition Reward"), KIND_GROUP },
  { "rules.recognition_reward.clause", N_("Clause"), KIND_TEXT },
  { "rules.recognition_reward.amounts.innovative", N_("Innovative SME (Yuan)"), KIND_TEXT },
  { "rules.recognition_reward.amounts.provincial", N_("Provincial SRDI SME (Yuan)"), KIND_TEXT },
  { "rules.recognition_reward.amounts.national", N_("National Little Giant (Yuan)"), KIND_TEXT },
  { NULL, N_("Park Support"), KIND_GROUP },
  { "rules.park_support.clause", N_("Clause"), KIND_TEXT },
  { "rules.park_support.min_tier", NULL, KIND_KEPT },
  { NULL, N_("Loan Interest Subsidy"), KIND_GROUP },
  { "rules.loan_interest_subsidy.clause", N_("Clause"), KIND_TEXT },
  { "rules.loan_interest_subsidy.rate", N_("Rate (Decimal)"), KIND_RATE },
  { "rules.loan_interest_subsidy.max_months", N_("Maximum Months"), KIND_INT },
  { "rules.loan_interest_subsidy.cap", N_("Cap per Enterprise (Yuan)"), KIND_TEXT },
  { NULL, N_("Rent Subsidy"), KIND_GROUP },
  { "rules.rent_subsidy.clause", N_("Clause"), KIND_TEXT },
  { "rules.rent_subsidy.rate", N_("Rate (Decimal)"), KIND_RATE },
  { "rules.rent_subsidy.max_months", N_("Maximum Months"), KIND_INT },
  { "rules.rent_subsidy.cap", N_("Cap per Enterprise (Yuan)"), KIND_TEXT },
  { "rules.rent_subsidy.exclusive_with_loan", N_("Not Together with the Loan Interest Subsidy"), KIND_BOOL },
  { "rules.rent_subsidy.prefer_on_tie", N_("On a Tie, Grant"), KIND_PREFER },
  { NULL, N_("Production Reward"), KIND_GROUP },
  { "rules.production_reward.clause", N_("Clause"), KIND_TEXT },
  { "rules.production_reward.threshold_kwh", N_("Threshold (kWh in the First Year)"), KIND_INT },
  { "rules.production_reward.price_per_kwh", N_("Reward per kWh (Yuan)"), KIND_RATE },
  { "rules.production_reward.cap", N_("Cap per Enterprise (Yuan)"), KIND_TEXT },
  { NULL, N_("Service Institution Reward"), KIND_GROUP },
  { "rules.service_institution_reward.clause", N_("Clause"), KIND_TEXT },
  { "rules.service_institution_reward.max_rate", N_("Maximum Rate (Decimal)"), KIND_RATE },
  { "rules.service_institution_reward.default_rate", N_("Rate When None Is Given (Decimal)"), KIND_RATE },
  { "rules.service_institution_reward.cap", N_("Cap per Institution (Yuan)"), KIND_TEXT },
  { NULL, N_("Park Title"), KIND_GROUP },
  { "rules.park_title.clause", N_("Clause"), KIND_TEXT },
  { "rules.park_title.min_srdi_enterprises", N_("Minimum SRDI Enterprises"), KIND_INT },
  { "rules.park_title.srdi_min_tier", NULL, KIND_KEPT },
  { "rules.park_title.output_min_tier", NULL, KIND_KEPT },
  { "rules.park_title.min_output_share", N_("Minimum Output Share (Decimal)"), KIND_RATE },
  { "rules.park_title.require_contiguous", N_("Contiguous Park Required"), KIND_BOOL },
};

/* The two choices of prefer_on_tie, in the combo row's order. */
static const ZjtxAwardKind prefer_kinds[] = {
  ZJTX_AWARD_LOAN_INTEREST_SUBSIDY,
  ZJTX_AWARD_RENT_SUBSIDY,
};

typedef struct {
  const Field *field;
  GtkWidget   *row;     /* the row (marked on error) */
  GtkWidget   *input;   /* the entry row, switch or combo row */
  GtkWidget   *error;   /* the problem, beside the input */
} FieldWidgets;

struct _ZjtxPolicyEditor
{
  AdwWindow    parent_instance;

  ZjtxStore   *store;
  JsonNode    *source;  /* the source policy's document */
  GHashTable  *widgets; /* path → FieldWidgets */

  /* Template widgets */
  GtkBox            *fields_box;
  GtkLabel          *error_label;
  GtkScrolledWindow *scrolled;
};

G_DEFINE_FINAL_TYPE (ZjtxPolicyEditor, zjtx_policy_editor, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static JsonNode *
lookup_path (JsonNode   *root,
             const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  JsonNode *node = root;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        return NULL;
      node = json_object_get_member (json_node_get_object (node), parts[i]);
    }
  return node;
}

/* "0.2" → "0.20": how officers write rates (the policy's "20%" as 0.20). */
static char *
format_rate (const char *text)
{
  const char *dot = strchr (text, '.');

  if (dot != NULL && strlen (dot + 1) < 2)
    return g_strconcat (text, "0", NULL);
  return g_strdup (text);
}

static void
clear_marks (ZjtxPolicyEditor *self)
{
  GHashTableIter iter;
  FieldWidgets *fw;

  g_hash_table_iter_init (&iter, self->widgets);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &fw))
    {
      gtk_widget_remove_css_class (fw->row, "error");
      gtk_widget_set_visible (fw->error, FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

static void
on_input_changed (FieldWidgets *fw)
{
  /* The officer is correcting it: the old complaint no longer applies. */
  gtk_widget_remove_css_class (fw->row, "error");
  gtk_widget_set_visible (fw->error, FALSE);
}

/* Brings @row into view, a little below the top, when it is laid out. */
static void
scroll_to (ZjtxPolicyEditor *self,
           GtkWidget        *row)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scrolled);
  double x, y;

  if (gtk_widget_translate_coordinates (row, GTK_WIDGET (self->fields_box), 0, 0, &x, &y))
    gtk_adjustment_set_value (adjustment, MAX (0.0, y - 48.0));
}

/* Marks the field the error names ("rules.rent_subsidy.rate: …"), or for a
 * path naming an object ("window: the start is after the end"), its first
 * field; the whole message is also shown at the top. */
static void
show_error (ZjtxPolicyEditor *self,
            const char       *message,
            const char       *fallback_path)
{
  const char *sep = strstr (message, ": ");
  g_autofree char *path = sep != NULL ? g_strndup (message, sep - message) : NULL;
  FieldWidgets *fw = NULL;
  gboolean exact = FALSE;

  if (path != NULL)
    exact = (fw = g_hash_table_lookup (self->widgets, path)) != NULL;
  if (fw == NULL && path != NULL)
    {
      g_autofree char *prefix = g_strconcat (path, ".", NULL);

      for (guint i = 0; i < G_N_ELEMENTS (fields) && fw == NULL; i++)
        if (fields[i].path != NULL && g_str_has_prefix (fields[i].path, prefix))
          fw = g_hash_table_lookup (self->widgets, fields[i].path);
    }
  if (fw == NULL && fallback_path != NULL)
    fw = g_hash_table_lookup (self->widgets, fallback_path);

  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);

  if (fw != NULL)
    {
      /* Beside the field, the problem without the path it already shows. */
      gtk_label_set_text (GTK_LABEL (fw->error), exact ? sep + 2 : message);
      gtk_widget_set_visible (fw->error, TRUE);
      gtk_widget_add_css_class (fw->row, "error");
      gtk_widget_grab_focus (fw->input);
      scroll_to (self, fw->row);
    }
}

static void
add_value (ZjtxPolicyEditor *self,
           JsonBuilder      *b,
           const Field      *field)
{
  FieldWidgets *fw = g_hash_table_lookup (self->widgets, field->path);
  g_autofree char *text = NULL;
  gint64 number;

  switch (field->kind)
    {
    case KIND_KEPT:
      {
        JsonNode *node = lookup_path (self->source, field->path);

        if (node != NULL)
          json_builder_add_value (b, json_node_copy (node));
        else
          json_builder_add_null_value (b);
      }
      break;

    case KIND_TEXT:
    case KIND_RATE:
      text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (fw->input))));
      json_builder_add_string_value (b, text);
      break;

    case KIND_INT:
      text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (fw->input))));
      /* Not a number: pass the text on, for the validator to name it. */
      if (g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &number, NULL))
        json_builder_add_int_value (b, number);
      else
        json_builder_add_string_value (b, text);
      break;

    case KIND_BOOL:
      json_builder_add_boolean_value (b, gtk_switch_get_active (GTK_SWITCH (fw->input)));
      break;

    case KIND_PREFER:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (fw->input));

        json_builder_add_string_value (b, zjtx_award_kind_to_id (prefer_kinds[MIN (selected, 1)]));
      }
      break;

    case KIND_GROUP:
    default:
      g_assert_not_reached ();
    }
}

/* The document, with JsonBuilder, nesting objects as the paths say. */
static JsonNode *
build_document (ZjtxPolicyEditor *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_free);

  json_builder_begin_object (b);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_auto(GStrv) parts = NULL;
      guint n_parts, common = 0;

      if (fields[i].kind == KIND_GROUP)
        continue;

      parts = g_strsplit (fields[i].path, ".", -1);
      n_parts = g_strv_length (parts);
      while (common < open->len && common + 1 < n_parts &&
             g_str_equal (g_ptr_array_index (open, common), parts[common]))
        common++;
      while (open->len > common)
        {
          json_builder_end_object (b);
          g_ptr_array_remove_index (open, open->len - 1);
        }
      for (guint j = common; j + 1 < n_parts; j++)
        {
          json_builder_set_member_name (b, parts[j]);
          json_builder_begin_object (b);
          g_ptr_array_add (open, g_strdup (parts[j]));
        }
      json_builder_set_member_name (b, parts[n_parts - 1]);
      add_value (self, b, &fields[i]);
    }
  for (guint i = 0; i < open->len; i++)
    json_builder_end_object (b);
  json_builder_end_object (b);

  return json_builder_get_root (b);
}

gboolean
zjtx_policy_editor_save (ZjtxPolicyEditor  *self,
                         GError           **error)
{
  g_autoptr(JsonNode) document = NULL;
  g_autoptr(ZjtxPolicy) policy = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (ZJTX_IS_POLICY_EDITOR (self), FALSE);

  clear_marks (self);

  document = build_document (self);
  policy = zjtx_policy_new_from_json (document, &local_error);
  if (policy == NULL)
    {
      show_error (self, local_error->message, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!zjtx_store_add_policy (self->store, policy, &local_error))
    {
      const char *fallback = NULL;

      if (g_error_matches (local_error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_OVERLAP))
        fallback = "window.start";
      else if (g_error_matches (local_error, ZJTX_POLICY_ERROR, ZJTX_POLICY_ERROR_DUPLICATE))
        fallback = "id";
      show_error (self, local_error->message, fallback);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_signal_emit (self, signals [SAVED], 0, policy);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  /* The error is shown in the editor, which stays open. */
  zjtx_policy_editor_save (ZJTX_POLICY_EDITOR (widget), NULL);
}

GtkWidget *
zjtx_policy_editor_get_field (ZjtxPolicyEditor *self,
                              const char       *path)
{
  FieldWidgets *fw;

  g_return_val_if_fail (ZJTX_IS_POLICY_EDITOR (self), NULL);

  fw = g_hash_table_lookup (self->widgets, path);
  return fw != NULL ? fw->input : NULL;
}

static GtkWidget *
new_error_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
  gtk_label_set_xalign (GTK_LABEL (label), 1.0f);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
build_rows (ZjtxPolicyEditor *self,
            ZjtxPolicy       *source)
{
  GtkWidget *group = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *field = &fields[i];
      FieldWidgets *fw;
      JsonNode *node;

      if (field->kind == KIND_GROUP)
        {
          group = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _(field->label));
          gtk_box_append (self->fields_box, group);
          continue;
        }
      if (field->kind == KIND_KEPT)
        continue;

      fw = g_new0 (FieldWidgets, 1);
      fw->field = field;
      fw->error = new_error_label ();
      node = lookup_path (self->source, field->path);

      switch (field->kind)
        {
        case KIND_TEXT:
        case KIND_RATE:
        case KIND_INT:
          {
            g_autofree char *text = NULL;

            fw->row = fw->input = adw_entry_row_new ();
            /* A new version needs its own identity: left to be filled in. */
            if (g_str_equal (field->path, "id") || g_str_equal (field->path, "doc_number") || node == NULL)
              text = g_strdup ("");
            else if (json_node_get_value_type (node) == G_TYPE_STRING && field->kind == KIND_RATE)
              text = format_rate (json_node_get_string (node));
            else if (json_node_get_value_type (node) == G_TYPE_STRING)
              text = g_strdup (json_node_get_string (node));
            else
              text = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
            gtk_editable_set_text (GTK_EDITABLE (fw->input), text);
            adw_entry_row_add_suffix (ADW_ENTRY_ROW (fw->row), fw->error);
            g_signal_connect_swapped (fw->input, "changed", G_CALLBACK (on_input_changed), fw);
          }
          break;

        case KIND_BOOL:
          fw->row = adw_action_row_new ();
          fw->input = gtk_switch_new ();
          gtk_widget_set_valign (fw->input, GTK_ALIGN_CENTER);
          gtk_switch_set_active (GTK_SWITCH (fw->input), node != NULL && json_node_get_boolean (node));
          adw_action_row_add_suffix (ADW_ACTION_ROW (fw->row), fw->error);
          adw_action_row_add_suffix (ADW_ACTION_ROW (fw->row), fw->input);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (fw->row), fw->input);
          break;

        case KIND_PREFER:
          {
            g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
            ZjtxAwardKind kind = source->rent.prefer_on_tie;

            for (guint k = 0; k < G_N_ELEMENTS (prefer_kinds); k++)
              gtk_string_list_append (choices, zjtx_award_kind_get_label (prefer_kinds[k]));
            fw->row = fw->input = adw_combo_row_new ();
            adw_combo_row_set_model (ADW_COMBO_ROW (fw->row), G_LIST_MODEL (choices));
            adw_combo_row_set_selected (ADW_COMBO_ROW (fw->row), kind == ZJTX_AWARD_RENT_SUBSIDY ? 1 : 0);
            adw_action_row_add_suffix (ADW_ACTION_ROW (fw->row), fw->error);
          }
          break;

        case KIND_GROUP:
        case KIND_KEPT:
        default:
          g_assert_not_reached ();
        }

      /* Policy text is data, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (fw->row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (fw->row), _(field->label));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), fw->row);
      g_hash_table_insert (self->widgets, (gpointer) field->path, fw);
    }
}

ZjtxPolicyEditor *
zjtx_policy_editor_new (ZjtxStore  *store,
                        ZjtxPolicy *source)
{
  ZjtxPolicyEditor *self;
  g_autofree char *title = NULL;

  g_return_val_if_fail (ZJTX_IS_STORE (store), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  self = g_object_new (ZJTX_TYPE_POLICY_EDITOR, NULL);
  self->store = g_object_ref (store);
  self->source = zjtx_policy_to_json (source);
  build_rows (self, source);

  /* Translators: the policy editor's title; %s is the document number of
   * the policy it starts from (永政办规〔2024〕1号) */
  title = g_strdup_printf (_("Duplicate %s"), source->doc_number);
  gtk_window_set_title (GTK_WINDOW (self), title);

  return self;
}

static void
zjtx_policy_editor_dispose (GObject *object)
{
  ZjtxPolicyEditor *self = ZJTX_POLICY_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_POLICY_EDITOR);

  G_OBJECT_CLASS (zjtx_policy_editor_parent_class)->dispose (object);
}

static void
zjtx_policy_editor_finalize (GObject *object)
{
  ZjtxPolicyEditor *self = ZJTX_POLICY_EDITOR (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->source, json_node_unref);
  g_clear_pointer (&self->widgets, g_hash_table_unref);

  G_OBJECT_CLASS (zjtx_policy_editor_parent_class)->finalize (object);
}

static void
zjtx_policy_editor_class_init (ZjtxPolicyEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_policy_editor_dispose;
  object_class->finalize = zjtx_policy_editor_finalize;

  /* The new version, once it is in the store. */
  signals [SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ZJTX_TYPE_POLICY);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-policy-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxPolicyEditor, fields_box);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPolicyEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPolicyEditor, scrolled);

  gtk_widget_class_install_action (widget_class, "policy-editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "policy-editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
zjtx_policy_editor_init (ZjtxPolicyEditor *self)
{
  self->widgets = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}
