/* zjtx-policies-page.c: the policies in force and the rules of each
 *
 * Every word about a rule comes from zjtx_policy_summarize(), so that the
 * page, the CLI and the notices cannot tell different stories about the
 * same policy; this file only lays them out.
 *
 * With a store, the page shows the store's policies and lets the officer
 * add the next version: from a file, or by duplicating one and editing it
 * (ZjtxPolicyEditor). Both go through the loader's validation and
 * zjtx_store_add_policy(), which refuses an overlapping period.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-gui-util.h"
#include "zjtx-policies-page.h"
#include "zjtx-policy-editor.h"

struct _ZjtxPoliciesPage
{
  AdwBin          parent_instance;

  ZjtxPolicySet  *policies;
  GError         *error;
  ZjtxStore      *store;

  /* Template widgets */
  GtkWidget      *toolbar;
  GtkStack       *stack;
  GtkBox         *policies_box;
  AdwStatusPage  *error_page;
};

G_DEFINE_FINAL_TYPE (ZjtxPoliciesPage, zjtx_policies_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_POLICIES,
  PROP_ERROR,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

GtkWidget *
zjtx_policies_page_new (void)
{
  return g_object_new (ZJTX_TYPE_POLICIES_PAGE, NULL);
}

static GtkWidget *
new_label (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  /* Chinese has no spaces to break at: wrap anywhere rather than cut. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* Whether the policy is in force today: the first thing an officer asks of
 * a document. Only a label; the evaluator picks policies by event date. */
static GtkWidget *
new_status_badge (ZjtxPolicy *policy)
{
  ZjtxDate today = zjtx_date_today ();
  GtkWidget *badge;

  if (zjtx_policy_window_contains (policy, today))
    {
      badge = gtk_label_new (_("In force"));
      gtk_widget_add_css_class (badge, "in-force");
    }
  else if (today < policy->window_start)
    {
      badge = gtk_label_new (_("Not yet in force"));
      gtk_widget_add_css_class (badge, "upcoming");
    }
  else
    {
      badge = gtk_label_new (_("Expired"));
      gtk_widget_add_css_class (badge, "expired");
    }

  gtk_widget_add_css_class (badge, "zjtx-badge");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);

  return badge;
}

static GtkWidget *
new_rule_row (ZjtxRuleSummary *summary,
              GtkSizeGroup    *clause_group,
              GtkSizeGroup    *amount_group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *clause;
  GtkWidget *amount;

  /* Policy text is data, not markup: "&" or "<" must show as they are. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), summary->name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), summary->detail);
  gtk_widget_add_css_class (row, "zjtx-rule");

  clause = gtk_label_new (summary->clause);
  gtk_widget_add_css_class (clause, "zjtx-clause");
  gtk_label_set_xalign (GTK_LABEL (clause), 0.0f);
  gtk_widget_set_valign (clause, GTK_ALIGN_CENTER);
  /* One width for all clauses, so that the rule names line up. */
  gtk_size_group_add_widget (clause_group, clause);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), clause);

  amount = new_label (summary->amount, "zjtx-amount");
  gtk_label_set_xalign (GTK_LABEL (amount), 1.0f);
  gtk_label_set_justify (GTK_LABEL (amount), GTK_JUSTIFY_RIGHT);
  /* Long amounts ("Up to 3% of service fees") wrap instead of squeezing
   * the rule's own text, but between words only: never inside a number.
   * The minimum width keeps the row's long detail from starving them. */
  gtk_label_set_wrap_mode (GTK_LABEL (amount), PANGO_WRAP_WORD);
  gtk_label_set_width_chars (GTK_LABEL (amount), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (amount), 14);
  gtk_widget_set_valign (amount, GTK_ALIGN_CENTER);
  /* One column for all amounts, so that they line up on the right. */
  gtk_size_group_add_widget (amount_group, amount);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);

  return row;
}

static void
on_duplicate_clicked (GtkButton        *button,
                      ZjtxPoliciesPage *self)
{
  ZjtxPolicy *policy = g_object_get_data (G_OBJECT (button), "zjtx-policy");

  zjtx_policies_page_duplicate (self, policy);
}

static GtkWidget *
new_policy_section (ZjtxPoliciesPage *self,
                    ZjtxPolicy       *policy)
{
  g_autoptr(GPtrArray) rules = zjtx_policy_summarize (policy);
  g_autoptr(GtkSizeGroup) clause_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  g_autoptr(GtkSizeGroup) amount_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  g_autofree char *issued = zjtx_gui_format_date (policy->issued);
  g_autofree char *start = zjtx_gui_format_date (policy->window_start);
  g_autofree char *end = zjtx_gui_format_date (policy->window_end);
  g_autofree char *issued_text = NULL;
  g_autofree char *window_text = NULL;
  GtkWidget *section;
  GtkWidget *header;
  GtkWidget *top_line;
  GtkWidget *doc_number;
  GtkWidget *list;

  section = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (section, "zjtx-policy");

  header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (header, "zjtx-policy-header");

  top_line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* Short, and not to be broken: no wrapping, the line makes room. */
  doc_number = gtk_label_new (policy->doc_number);
  gtk_widget_add_css_class (doc_number, "zjtx-doc-number");
  gtk_box_append (GTK_BOX (top_line), doc_number);
  gtk_box_append (GTK_BOX (top_line), new_status_badge (policy));
  if (self->store != NULL)
    {
      GtkWidget *duplicate = gtk_button_new_with_mnemonic (_("_Duplicate…"));
      g_autofree char *tooltip = NULL;

      /* Translators: tooltip of the Duplicate… button; %s is the policy's
       * document number */
      tooltip = g_strdup_printf (_("Prepare the next version of %s from this one"), policy->doc_number);
      gtk_widget_set_tooltip_text (duplicate, tooltip);
      gtk_widget_set_hexpand (duplicate, TRUE);
      gtk_widget_set_halign (duplicate, GTK_ALIGN_END);
      gtk_widget_set_valign (duplicate, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (duplicate), "zjtx-policy",
                              zjtx_policy_ref (policy), (GDestroyNotify) zjtx_policy_unref);
      g_signal_connect (duplicate, "clicked", G_CALLBACK (on_duplicate_clicked), self);
      gtk_box_append (GTK_BOX (top_line), duplicate);
    }
  gtk_box_append (GTK_BOX (header), top_line);

  gtk_box_append (GTK_BOX (header), new_label (policy->title, "title-1"));

  /* Translators: "Issued by 永春县人民政府办公室 on 2024-01-23": the issuer
   * of the policy document and its date */
  issued_text = g_strdup_printf (_("Issued by %s on %s"), policy->issuer, issued);
  gtk_box_append (GTK_BOX (header), new_label (issued_text, "zjtx-policy-meta"));

  /* Translators: "In force from 2024-01-23 to 2025-12-31": the period a
   * policy applies to, both days included */
  window_text = g_strdup_printf (_("In force from %s to %s"), start, end);
  gtk_box_append (GTK_BOX (header), new_label (window_text, "zjtx-policy-meta"));

  gtk_box_append (GTK_BOX (section), header);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, policy->title,
                                  -1);
  for (guint i = 0; i < rules->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), new_rule_row (g_ptr_array_index (rules, i), clause_group, amount_group));
  gtk_box_append (GTK_BOX (section), list);

  return section;
}

static void
zjtx_policies_page_rebuild (ZjtxPoliciesPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->policies_box))) != NULL)
    gtk_box_remove (self->policies_box, child);

  if (self->policies == NULL)
    {
      g_autofree char *message = NULL;

      message = g_markup_escape_text (self->error != NULL ? self->error->message : _("Unknown error"), -1);
      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  if (zjtx_policy_set_get_n (self->policies) == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < zjtx_policy_set_get_n (self->policies); i++)
    gtk_box_append (self->policies_box, new_policy_section (self, zjtx_policy_set_get (self->policies, i)));
  gtk_stack_set_visible_child_name (self->stack, "policies");
}

ZjtxPolicySet *
zjtx_policies_page_get_policies (ZjtxPoliciesPage *self)
{
  g_return_val_if_fail (ZJTX_IS_POLICIES_PAGE (self), NULL);

  return self->policies;
}

void
zjtx_policies_page_set_policies (ZjtxPoliciesPage *self,
                                 ZjtxPolicySet    *policies,
                                 const GError     *error)
{
  GError *error_copy;

  g_return_if_fail (ZJTX_IS_POLICIES_PAGE (self));

  /* Take the new values before dropping the old: the property setters
   * pass the current ones back in. */
  if (policies != NULL)
    zjtx_policy_set_ref (policies);
  g_clear_pointer (&self->policies, zjtx_policy_set_unref);
  self->policies = policies;

  error_copy = error != NULL ? g_error_copy (error) : NULL;
  g_clear_error (&self->error);
  self->error = error_copy;

  zjtx_policies_page_rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_POLICIES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR]);
}

/* Shows the store's policies, or why they cannot be read. */
static void
zjtx_policies_page_reload (ZjtxPoliciesPage *self)
{
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(GError) error = NULL;

  policies = zjtx_store_load_policies (self->store, &error);
  zjtx_policies_page_set_policies (self, policies, error);
}

ZjtxStore *
zjtx_policies_page_get_store (ZjtxPoliciesPage *self)
{
  g_return_val_if_fail (ZJTX_IS_POLICIES_PAGE (self), NULL);

  return self->store;
}

void
zjtx_policies_page_set_store (ZjtxPoliciesPage *self,
                              ZjtxStore        *store)
{
  g_return_if_fail (ZJTX_IS_POLICIES_PAGE (self));
  g_return_if_fail (store == NULL || ZJTX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  gtk_widget_set_visible (self->toolbar, store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policies.import", store != NULL);
  if (store != NULL)
    zjtx_policies_page_reload (self);
  else
    zjtx_policies_page_rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

static void
show_import_error (ZjtxPoliciesPage *self,
                   const char       *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Could Not Import the Policy"), NULL);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
zjtx_policies_page_import_file (ZjtxPoliciesPage  *self,
                                GFile             *file,
                                GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(ZjtxPolicy) policy = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;

  g_return_val_if_fail (ZJTX_IS_POLICIES_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  name = g_file_get_basename (file);

  /* A policy file is a few kilobytes: read at once. The same check as the
   * loader's, and an error that starts with the file name like its own. */
  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, &local_error) ||
      (policy = zjtx_policy_new_from_data (contents, length, &local_error)) == NULL ||
      !zjtx_store_add_policy (self->store, policy, &local_error))
    {
      g_prefix_error (&local_error, "%s: ", name);
      show_import_error (self, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  zjtx_policies_page_reload (self);
  return TRUE;
}

static void
on_import_response (GtkNativeDialog  *chooser,
                    int               response,
                    ZjtxPoliciesPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      /* The error is shown in a dialog. */
      if (file != NULL && self->store != NULL)
        zjtx_policies_page_import_file (self, file, NULL);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ZjtxPoliciesPage *self = ZJTX_POLICIES_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Policy File"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Policy files (JSON)"));
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_editor_saved (ZjtxPolicyEditor *editor,
                 ZjtxPolicy       *policy,
                 ZjtxPoliciesPage *self)
{
  if (self->store != NULL)
    zjtx_policies_page_reload (self);
}

ZjtxPolicyEditor *
zjtx_policies_page_duplicate (ZjtxPoliciesPage *self,
                              ZjtxPolicy       *policy)
{
  GtkRoot *root;
  ZjtxPolicyEditor *editor;

  g_return_val_if_fail (ZJTX_IS_POLICIES_PAGE (self), NULL);
  g_return_val_if_fail (policy != NULL, NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  editor = zjtx_policy_editor_new (self->store, policy);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (root));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  gtk_window_present (GTK_WINDOW (editor));

  return editor;
}

static void
zjtx_policies_page_dispose (GObject *object)
{
  ZjtxPoliciesPage *self = ZJTX_POLICIES_PAGE (object);

  /* AdwBin's child holds template children: let AdwBin drop it first, or
   * both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_POLICIES_PAGE);

  G_OBJECT_CLASS (zjtx_policies_page_parent_class)->dispose (object);
}

static void
zjtx_policies_page_finalize (GObject *object)
{
  ZjtxPoliciesPage *self = ZJTX_POLICIES_PAGE (object);

  g_clear_pointer (&self->policies, zjtx_policy_set_unref);
  g_clear_error (&self->error);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zjtx_policies_page_parent_class)->finalize (object);
}

static void
zjtx_policies_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZjtxPoliciesPage *self = ZJTX_POLICIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_POLICIES:
      g_value_set_boxed (value, self->policies);
      break;

    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_policies_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZjtxPoliciesPage *self = ZJTX_POLICIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_POLICIES:
      zjtx_policies_page_set_policies (self, g_value_get_boxed (value), self->error);
      break;

    case PROP_ERROR:
      zjtx_policies_page_set_policies (self, self->policies, g_value_get_boxed (value));
      break;

    case PROP_STORE:
      zjtx_policies_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_policies_page_class_init (ZjtxPoliciesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_policies_page_dispose;
  object_class->finalize = zjtx_policies_page_finalize;
  object_class->get_property = zjtx_policies_page_get_property;
  object_class->set_property = zjtx_policies_page_set_property;

  properties [PROP_POLICIES] =
    g_param_spec_boxed ("policies", NULL, NULL,
                        ZJTX_TYPE_POLICY_SET,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Why the policies could not be loaded, shown when there are none. */
  properties [PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL,
                        G_TYPE_ERROR,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* With a store the page shows its policies and offers to add versions. */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-policies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxPoliciesPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPoliciesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPoliciesPage, policies_box);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPoliciesPage, error_page);

  gtk_widget_class_install_action (widget_class, "policies.import", NULL, import_action);
}

static void
zjtx_policies_page_init (ZjtxPoliciesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Until told otherwise there are no policies, not an error. */
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "policies.import", FALSE);
}
