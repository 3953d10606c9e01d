/* zjtx-task-force-page.c: the task force, the commissioners and the policy's actions
 *
 * Four sections: the task force of the policy's attachment (editable), the
 * provincial-or-higher enterprises still without a service commissioner
 * (assignable on the spot), the commissioners with the enterprises each
 * serves, and the policy's actions with their responsible units.
 *
 * The page only shows and gathers input: every change is a record handed
 * to zjtx_store_save () or zjtx_store_delete (), which validate it and
 * write the audit row; the counts come from zjtx-task-force.c.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "model/zjtx-enterprise.h"
#include "model/zjtx-policy-action.h"
#include "model/zjtx-task-force.h"
#include "model/zjtx-task-force-member.h"

#include "zjtx-task-force-page.h"

/* More rows than this, each with its own drop-down, would stall the page on
 * a province's database; the rest are counted and left to the enterprises
 * page's "without commissioner" filter. */
#define UNSERVED_SHOWN_MAX 200

struct _ZjtxTaskForcePage
{
  AdwBin           parent_instance;

  /* Read again when next shown: a page out of sight does not pay for
   * a database of 100,000 enterprises (the window's first frame). */
  gboolean             stale;

  ZjtxStore       *store;
  /* Who may be chosen as commissioner, index-aligned with candidate_names
   * (whose item 0 is the "Choose…" placeholder, id 0). */
  GArray          *candidate_ids;
  GtkStringList   *candidate_names;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkStack        *stack;
  AdwStatusPage   *error_page;
  GtkListBox      *members_list;
  GtkListBox      *unserved_list;
  GtkLabel        *unserved_count_label;
  GtkLabel        *unserved_more_label;
  GtkListBox      *commissioners_list;
  GtkListBox      *actions_list;
};

G_DEFINE_FINAL_TYPE (ZjtxTaskForcePage, zjtx_task_force_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The roles in the order the policy's attachment lists them. */
static const char * const role_ids[] = { "leader", "deputy", "member", NULL };

static const char *
role_get_label (const char *role)
{
  if (g_strcmp0 (role, "leader") == 0)
    return _("Leader");
  if (g_strcmp0 (role, "deputy") == 0)
    return _("Deputy Leader");
  return _("Member");
}

static guint
role_get_rank (const char *role)
{
  for (guint i = 0; role_ids[i] != NULL; i++)
    if (g_strcmp0 (role, role_ids[i]) == 0)
      return i;
  return G_N_ELEMENTS (role_ids);
}

GtkWidget *
zjtx_task_force_page_new (ZjtxStore *store)
{
  return g_object_new (ZJTX_TYPE_TASK_FORCE_PAGE,
                       "store", store,
                       NULL);
}

static void
show_toast (ZjtxTaskForcePage *self,
            const char        *text)
{
  /* A toast's title is markup in libadwaita 1.2 (use-markup is 1.4), and
   * names are data: "&" in a company's name must show as it is. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
list_box_clear (GtkListBox *list)
{
  GtkWidget *child;

  /* gtk_list_box_remove_all () is GTK 4.12; the placeholder is not a row
   * and stays. */
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0))) != NULL)
    gtk_list_box_remove (list, child);
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
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

/* "县人民政府 · 县长": where a person works and their post, either may be empty. */
static char *
format_unit_and_title (const char *unit,
                       const char *title)
{
  if (unit == NULL || *unit == '\0')
    return g_strdup (title != NULL ? title : "");
  if (title == NULL || *title == '\0')
    return g_strdup (unit);

  /* Translators: a person's unit and their post in it, e.g. "County
   * Government · County Mayor". For zh_CN write them together with no
   * separator: "%1$s%2$s" (县人民政府县长). */
  return g_strdup_printf (C_("unit and post", "%1$s · %2$s"), unit, title);
}

/* ------------------------------------------------------------------ */
/* the member editor                                                   */

enum {
  FIELD_ROLE,
  FIELD_NAME,
  FIELD_TITLE,
  FIELD_UNIT,
  FIELD_PHONE,
  N_FIELDS
};

static const char * const field_properties[N_FIELDS] = {
  "role", "name", "title", "unit", "phone",
};

typedef struct
{
  ZjtxTaskForcePage   *page;
  ZjtxTaskForceMember *member;
  GtkWindow           *window;
  AdwComboRow         *role_row;
  AdwPreferencesRow   *rows[N_FIELDS];
  GtkWidget           *error_labels[N_FIELDS];
  GtkLabel            *general_error;
} MemberEditor;

static void
member_editor_free (MemberEditor *editor)
{
  g_clear_object (&editor->page);
  g_clear_object (&editor->member);
  g_free (editor);
}

static void
member_editor_clear_errors (MemberEditor *editor)
{
  for (guint i = 0; i < N_FIELDS; i++)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (editor->rows[i]), "error");
      gtk_widget_set_visible (editor->error_labels[i], FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (editor->general_error), FALSE);
}

/* Marks the field the record named, or says it above the fields when the
 * fault is not in one (the database was locked, …). */
static void
member_editor_show_error (MemberEditor *editor,
                          const GError *error)
{
  const char *field = zjtx_record_get_error_field (ZJTX_RECORD (editor->member));

  member_editor_clear_errors (editor);

  if (g_error_matches (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID) && field != NULL)
    for (guint i = 0; i < N_FIELDS; i++)
      if (g_strcmp0 (field, field_properties[i]) == 0)
        {
          gtk_label_set_text (GTK_LABEL (editor->error_labels[i]), error->message);
          gtk_widget_set_visible (editor->error_labels[i], TRUE);
          gtk_widget_add_css_class (GTK_WIDGET (editor->rows[i]), "error");
          gtk_widget_grab_focus (GTK_WIDGET (editor->rows[i]));
          return;
        }

  gtk_label_set_text (editor->general_error, error->message);
  gtk_widget_set_visible (GTK_WIDGET (editor->general_error), TRUE);
}

static void
member_editor_save (MemberEditor *editor)
{
  ZjtxTaskForceMember *member = editor->member;
  g_autoptr(GError) error = NULL;
  guint role = adw_combo_row_get_selected (editor->role_row);
  gboolean is_new = zjtx_record_get_id (ZJTX_RECORD (member)) == 0;
  g_autofree char *message = NULL;

  zjtx_task_force_member_set_role (member, role < G_N_ELEMENTS (role_ids) - 1 ? role_ids[role] : "");
  for (guint i = FIELD_NAME; i < N_FIELDS; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editor->rows[i]))));

      g_object_set (member, field_properties[i], text, NULL);
    }

  /* Validated, checked and audited by the store; on failure the dialog
   * stays open with the field marked. */
  if (!zjtx_store_save (editor->page->store, ZJTX_RECORD (member), &error))
    {
      member_editor_show_error (editor, error);
      return;
    }

  message = g_strdup_printf (is_new ? _("%s added to the task force") : _("%s saved"),
                             zjtx_task_force_member_get_name (member));
  zjtx_task_force_page_reload (editor->page);
  show_toast (editor->page, message);
  gtk_window_destroy (editor->window);
}

static void
on_editor_save_clicked (GtkButton    *button,
                        MemberEditor *editor)
{
  member_editor_save (editor);
}

static void
on_editor_cancel_clicked (GtkButton    *button,
                          MemberEditor *editor)
{
  gtk_window_destroy (editor->window);
}

static void
on_editor_entry_activated (AdwEntryRow  *row,
                           MemberEditor *editor)
{
  member_editor_save (editor);
}

static GtkWidget *
new_field_error_label (void)
{
  GtkWidget *label = new_label (NULL, "error");

  /* Beside the field, never wider than it needs: the message wraps. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 20);
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
member_editor_open (ZjtxTaskForcePage   *self,
                    ZjtxTaskForceMember *member)
{
  MemberEditor *editor = g_new0 (MemberEditor, 1);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean is_new = zjtx_record_get_id (ZJTX_RECORD (member)) == 0;
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkWidget *content, *header, *cancel, *save, *clamp, *box, *group;
  const char *title = is_new ? _("New Task Force Member") : _("Edit Task Force Member");

  editor->page = g_object_ref (self);
  editor->member = g_object_ref (member);

  editor->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_title (editor->window, title);
  gtk_window_set_modal (editor->window, TRUE);
  gtk_window_set_default_size (editor->window, 560, -1);
  gtk_window_set_hide_on_close (editor->window, FALSE);
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (editor->window, GTK_WINDOW (root));
  gtk_widget_add_css_class (GTK_WIDGET (editor->window), "zjtx-member-editor");
  g_object_set_data_full (G_OBJECT (editor->window), "zjtx-member-editor",
                          editor, (GDestroyNotify) member_editor_free);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_window_set_content (ADW_WINDOW (editor->window), content);

  /* Cancel and Save in the header bar, as GNOME's editing dialogs have them. */
  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  g_signal_connect (cancel, "clicked", G_CALLBACK (on_editor_cancel_clicked), editor);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  save = gtk_button_new_with_mnemonic (is_new ? _("_Add") : _("_Save"));
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_name (save, "save");
  g_signal_connect (save, "clicked", G_CALLBACK (on_editor_save_clicked), editor);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_window_set_default_widget (editor->window, save);
  gtk_box_append (GTK_BOX (content), header);

  clamp = adw_clamp_new ();
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 560);
  gtk_box_append (GTK_BOX (content), clamp);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);

  editor->general_error = GTK_LABEL (new_label (NULL, "error"));
  gtk_widget_set_visible (GTK_WIDGET (editor->general_error), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (editor->general_error));

  group = adw_preferences_group_new ();
  gtk_box_append (GTK_BOX (box), group);

  for (guint i = 0; role_ids[i] != NULL; i++)
    gtk_string_list_append (roles, role_get_label (role_ids[i]));
  editor->role_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (editor->role_row), _("Role"));
  adw_combo_row_set_model (editor->role_row, G_LIST_MODEL (roles));
  adw_combo_row_set_selected (editor->role_row,
                              MIN (role_get_rank (zjtx_task_force_member_get_role (member)),
                                   G_N_ELEMENTS (role_ids) - 2));
  editor->rows[FIELD_ROLE] = ADW_PREFERENCES_ROW (editor->role_row);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      editor->error_labels[i] = new_field_error_label ();

      if (i == FIELD_ROLE)
        {
          adw_action_row_add_suffix (ADW_ACTION_ROW (editor->role_row), editor->error_labels[i]);
        }
      else
        {
          GtkWidget *row = adw_entry_row_new ();
          g_autofree char *value = NULL;

          g_object_get (member, field_properties[i], &value, NULL);
          gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), editor->error_labels[i]);
          g_signal_connect (row, "entry-activated", G_CALLBACK (on_editor_entry_activated), editor);
          adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), FALSE);
          editor->rows[i] = ADW_PREFERENCES_ROW (row);
        }
      gtk_widget_set_name (GTK_WIDGET (editor->rows[i]), field_properties[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (editor->rows[i]));
    }

  adw_preferences_row_set_title (editor->rows[FIELD_NAME], _("Name"));
  adw_preferences_row_set_title (editor->rows[FIELD_TITLE], _("Post"));
  adw_preferences_row_set_title (editor->rows[FIELD_UNIT], _("Unit"));
  adw_preferences_row_set_title (editor->rows[FIELD_PHONE], _("Phone"));
  adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (editor->rows[FIELD_PHONE]), GTK_INPUT_PURPOSE_PHONE);

  gtk_window_present (editor->window);
  gtk_widget_grab_focus (GTK_WIDGET (editor->rows[FIELD_NAME]));
}

/* ------------------------------------------------------------------ */
/* the task force                                                      */

static ZjtxTaskForceMember *
load_member (ZjtxTaskForcePage *self,
             gint64             id)
{
  g_autoptr(GError) error = NULL;
  ZjtxTaskForceMember *member;

  /* A fresh copy: edits that are never saved must not linger anywhere. */
  member = zjtx_store_load (self->store, ZJTX_TYPE_TASK_FORCE_MEMBER, id, &error);
  if (member == NULL)
    show_toast (self, error->message);
  return member;
}

static void
edit_member_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (widget);
  g_autoptr(ZjtxTaskForceMember) member = NULL;

  if (self->store == NULL)
    return;
  member = load_member (self, g_variant_get_int64 (parameter));
  if (member != NULL)
    member_editor_open (self, member);
}

static void
add_member_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (widget);
  g_autoptr(ZjtxTaskForceMember) member = zjtx_task_force_member_new ();
  g_autoptr(GPtrArray) members = NULL;
  int position = 0;

  if (self->store == NULL)
    return;

  /* New members go to the end of the list. */
  members = zjtx_store_list (self->store, ZJTX_TYPE_TASK_FORCE_MEMBER, NULL, NULL, "position", NULL);
  for (guint i = 0; members != NULL && i < members->len; i++)
    position = MAX (position, zjtx_task_force_member_get_position (g_ptr_array_index (members, i)) + 1);

  zjtx_task_force_member_set_role (member, "member");
  zjtx_task_force_member_set_position (member, position);
  member_editor_open (self, member);
}

static void
on_remove_response (AdwMessageDialog    *dialog,
                    const char          *response,
                    ZjtxTaskForceMember *member)
{
  ZjtxTaskForcePage *self = g_object_get_data (G_OBJECT (dialog), "zjtx-page");
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "remove") != 0 || self->store == NULL)
    return;

  if (!zjtx_store_delete (self->store, ZJTX_RECORD (member), &error))
    {
      show_toast (self, error->message);
      return;
    }

  message = g_strdup_printf (_("%s removed from the task force"),
                             zjtx_task_force_member_get_name (member));
  zjtx_task_force_page_reload (self);
  show_toast (self, message);
}

static void
remove_member_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (widget);
  g_autoptr(ZjtxTaskForceMember) member = NULL;
  g_autofree char *heading = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *dialog;

  if (self->store == NULL)
    return;
  member = load_member (self, g_variant_get_int64 (parameter));
  if (member == NULL)
    return;

  heading = g_strdup_printf (_("Remove %s From the Task Force?"),
                             zjtx_task_force_member_get_name (member));
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("The removal is recorded in the audit log."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  /* Removing is the one thing here that cannot be taken back by editing. */
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "zjtx-page", g_object_ref (self), g_object_unref);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_remove_response),
                         g_steal_pointer (&member), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
new_icon_button (const char *icon_name,
                 const char *tooltip,
                 const char *action_name,
                 gint64      id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  /* An icon alone says nothing to a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  return button;
}

static GtkWidget *
new_member_row (ZjtxTaskForceMember *member,
                GtkSizeGroup        *role_group)
{
  gint64 id = zjtx_record_get_id (ZJTX_RECORD (member));
  const char *role = zjtx_task_force_member_get_role (member);
  const char *phone = zjtx_task_force_member_get_phone (member);
  g_autofree char *subtitle = format_unit_and_title (zjtx_task_force_member_get_unit (member),
                                                     zjtx_task_force_member_get_title (member));
  g_autofree char *edit_label = NULL;
  g_autofree char *remove_label = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *role_label;
  GtkWidget *edit;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zjtx_task_force_member_get_name (member));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "zjtx-member");

  role_label = gtk_label_new (role_get_label (role));
  gtk_widget_add_css_class (role_label, "zjtx-role");
  gtk_widget_add_css_class (role_label, role);
  gtk_label_set_xalign (GTK_LABEL (role_label), 0.0f);
  gtk_widget_set_valign (role_label, GTK_ALIGN_CENTER);
  /* One width for all roles, so that the names line up. */
  gtk_size_group_add_widget (role_group, role_label);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), role_label);

  if (phone != NULL && *phone != '\0')
    {
      GtkWidget *phone_label = gtk_label_new (phone);

      gtk_widget_add_css_class (phone_label, "zjtx-phone");
      gtk_label_set_selectable (GTK_LABEL (phone_label), TRUE);
      gtk_widget_set_valign (phone_label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), phone_label);
    }

  /* Translators: accessible name and tooltip of a button; %s is a person's name */
  edit_label = g_strdup_printf (_("Edit %s"), zjtx_task_force_member_get_name (member));
  edit = new_icon_button ("document-edit-symbolic", edit_label, "task-force.edit-member", id);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  /* Translators: accessible name and tooltip of a button; %s is a person's name */
  remove_label = g_strdup_printf (_("Remove %s"), zjtx_task_force_member_get_name (member));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("user-trash-symbolic", remove_label,
                                              "task-force.remove-member", id));
  /* A click anywhere on the row edits it. */
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

  return row;
}

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  ZjtxTaskForceMember *m = *(ZjtxTaskForceMember **) a;
  ZjtxTaskForceMember *n = *(ZjtxTaskForceMember **) b;
  guint rm = role_get_rank (zjtx_task_force_member_get_role (m));
  guint rn = role_get_rank (zjtx_task_force_member_get_role (n));
  int pm = zjtx_task_force_member_get_position (m);
  int pn = zjtx_task_force_member_get_position (n);
  gint64 im = zjtx_record_get_id (ZJTX_RECORD (m));
  gint64 in = zjtx_record_get_id (ZJTX_RECORD (n));

  /* Leader, then deputy, then members, each in the attachment's order:
   * a member promoted to leader moves to the top. */
  if (rm != rn)
    return rm < rn ? -1 : 1;
  if (pm != pn)
    return pm < pn ? -1 : 1;
  return (im > in) - (im < in);
}

static gboolean
fill_members (ZjtxTaskForcePage  *self,
              GError            **error)
{
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GtkSizeGroup) role_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  members = zjtx_store_list (self->store, ZJTX_TYPE_TASK_FORCE_MEMBER, NULL, NULL, "position", error);
  if (members == NULL)
    return FALSE;

  g_ptr_array_sort (members, compare_members);
  for (guint i = 0; i < members->len; i++)
    gtk_list_box_append (self->members_list, new_member_row (g_ptr_array_index (members, i), role_group));

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* enterprises without a commissioner                                  */

static void
on_assign_clicked (GtkButton         *button,
                   ZjtxTaskForcePage *self)
{
  GtkDropDown *drop_down = g_object_get_data (G_OBJECT (button), "zjtx-drop-down");
  gint64 enterprise_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "zjtx-enterprise-id");
  guint selected = gtk_drop_down_get_selected (drop_down);
  g_autoptr(ZjtxEnterprise) enterprise = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *person = NULL;
  gint64 person_id;

  if (self->store == NULL || selected == 0 || selected >= self->candidate_ids->len)
    return;
  person_id = g_array_index (self->candidate_ids, gint64, selected);
  person = g_strdup (gtk_string_list_get_string (self->candidate_names, selected));

  /* The whole record, loaded fresh, so that the save (and its audit row)
   * changes the commissioner and nothing else. */
  enterprise = zjtx_store_load (self->store, ZJTX_TYPE_ENTERPRISE, enterprise_id, &error);
  if (enterprise != NULL)
    zjtx_enterprise_set_commissioner_id (enterprise, person_id);
  if (enterprise == NULL || !zjtx_store_save (self->store, ZJTX_RECORD (enterprise), &error))
    {
      show_toast (self, error->message);
      return;
    }

  /* Translators: a toast; "张三 now serves 永春某某香业有限公司" */
  message = g_strdup_printf (_("%s now serves %s"), person,
                             zjtx_enterprise_get_name (enterprise));
  zjtx_task_force_page_reload (self);
  show_toast (self, message);
}

static void
on_candidate_selected (GtkDropDown *drop_down,
                       GParamSpec  *pspec,
                       GtkWidget   *button)
{
  gtk_widget_set_sensitive (button, gtk_drop_down_get_selected (drop_down) > 0);
}

static GtkWidget *
new_unserved_row (ZjtxTaskForcePage *self,
                  ZjtxPoolRow       *pool_row)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *drop_down;
  GtkWidget *button;
  g_autoptr(GtkExpression) expression = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *chooser_label = NULL;
  gint64 *id = g_new (gint64, 1);

  *id = pool_row->id;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pool_row->name);
  if (pool_row->township != NULL && *pool_row->township != '\0')
    /* Translators: the tier an enterprise holds and its township, e.g.
     * "National Little Giant · 桃城镇"; zh_CN keeps the dot: "%1$s · %2$s" */
    subtitle = g_strdup_printf (C_("tier and township", "%1$s · %2$s"), zjtx_tier_get_label (pool_row->tier), pool_row->township);
  else
    subtitle = g_strdup (zjtx_tier_get_label (pool_row->tier));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "zjtx-unserved");
  if (pool_row->tier == ZJTX_TIER_NATIONAL)
    gtk_widget_add_css_class (row, "national");

  /* Search by typing a name: a county has a few dozen commissioners. */
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->candidate_names)), NULL);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (drop_down), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (drop_down), TRUE);
  gtk_widget_set_valign (drop_down, GTK_ALIGN_CENTER);
  /* Translators: accessible name of the drop-down; %s is an enterprise */
  chooser_label = g_strdup_printf (_("Commissioner for %s"), pool_row->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, chooser_label,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), drop_down);

  button = gtk_button_new_with_mnemonic (_("_Assign"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (button, FALSE);
  gtk_widget_add_css_class (button, "suggested-action");
  g_object_set_data (G_OBJECT (button), "zjtx-drop-down", drop_down);
  g_object_set_data_full (G_OBJECT (button), "zjtx-enterprise-id", id, g_free);
  g_signal_connect (drop_down, "notify::selected", G_CALLBACK (on_candidate_selected), button);
  g_signal_connect (button, "clicked", G_CALLBACK (on_assign_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

static gboolean
fill_unserved (ZjtxTaskForcePage  *self,
               GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *count = NULL;
  guint total = 0;

  rows = zjtx_task_force_list_unserved (self->store, zjtx_date_today (),
                                        UNSERVED_SHOWN_MAX, &total, error);
  if (rows == NULL)
    return FALSE;

  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->unserved_list, new_unserved_row (self, g_ptr_array_index (rows, i)));

  count = g_strdup_printf ("%u", total);
  gtk_label_set_text (self->unserved_count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->unserved_count_label), total > 0);

  if (total > rows->len)
    {
      g_autofree char *more = NULL;

      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Showing the first %u of %u enterprises. Filter the enterprises page by “without commissioner” to see the rest.",
                                           "Showing the first %u of %u enterprises. Filter the enterprises page by “without commissioner” to see the rest.",
                                           total),
                              rows->len, total);
      gtk_label_set_text (self->unserved_more_label, more);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->unserved_more_label), total > rows->len);

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* commissioners                                                       */

/* The enterprise rows are made when first expanded: a province's
 * commissioners serve 100,000 enterprises between them. */
static void
on_commissioner_expanded (AdwExpanderRow    *expander,
                          GParamSpec        *pspec,
                          ZjtxTaskForcePage *self)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (expander), "zjtx-person-id");
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;

  if (!adw_expander_row_get_expanded (expander) ||
      g_object_get_data (G_OBJECT (expander), "zjtx-filled") != NULL ||
      self->store == NULL)
    return;

  names = zjtx_task_force_list_served (self->store, id, &error);
  if (names == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < names->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (names, i));
      gtk_widget_add_css_class (row, "zjtx-served");
      adw_expander_row_add_row (expander, row);
    }
  g_object_set_data (G_OBJECT (expander), "zjtx-filled", GINT_TO_POINTER (TRUE));
}

static GtkWidget *
new_commissioner_row (ZjtxTaskForcePage   *self,
                      ZjtxTaskForcePerson *person)
{
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *count;
  g_autofree char *subtitle = format_unit_and_title (person->unit, person->title);
  g_autofree char *count_text = NULL;
  gint64 *id = g_new (gint64, 1);

  *id = person->id;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), person->name);
  if (*person->phone != '\0')
    {
      g_autofree char *with_phone = NULL;

      /* Translators: unit and post, then phone: "县工信商务局科员 · 0595-2388xxxx";
       * zh_CN keeps the dot */
      with_phone = g_strdup_printf (C_("post and phone", "%1$s · %2$s"), subtitle, person->phone);
      g_free (subtitle);
      subtitle = g_steal_pointer (&with_phone);
    }
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "zjtx-commissioner");
  g_object_set_data_full (G_OBJECT (row), "zjtx-person-id", id, g_free);

  count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u enterprise", "%u enterprises",
                                             person->n_served),
                                person->n_served);
  count = gtk_label_new (count_text);
  gtk_widget_add_css_class (count, "zjtx-served-count");
  gtk_widget_set_valign (count, GTK_ALIGN_CENTER);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), count);

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), person->n_served > 0);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (on_commissioner_expanded), self);

  return row;
}

static gboolean
fill_people (ZjtxTaskForcePage  *self,
             GError            **error)
{
  g_autoptr(GPtrArray) people = zjtx_task_force_list_people (self->store, error);

  if (people == NULL)
    return FALSE;

  /* A commissioner is whoever serves an enterprise, or a person entered
   * but not yet given any; liaison leaders (挂钩领导) are people too, but
   * not candidates. */
  g_array_set_size (self->candidate_ids, 0);
  g_array_append_val (self->candidate_ids, (gint64) { 0 });
  {
    g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
    guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->candidate_names));

    g_ptr_array_add (labels, g_strdup (_("Choose a Commissioner…")));
    for (guint i = 0; i < people->len; i++)
      {
        ZjtxTaskForcePerson *person = g_ptr_array_index (people, i);

        if (person->n_served == 0 && person->n_liaised > 0)
          continue;

        g_array_append_val (self->candidate_ids, person->id);
        if (*person->unit != '\0')
          /* Translators: a person and their unit in the commissioner
           * drop-down; for zh_CN "%1$s（%2$s）" */
          g_ptr_array_add (labels, g_strdup_printf (_("%1$s (%2$s)"), person->name, person->unit));
        else
          g_ptr_array_add (labels, g_strdup (person->name));
        gtk_list_box_append (self->commissioners_list, new_commissioner_row (self, person));
      }
    g_ptr_array_add (labels, NULL);
    gtk_string_list_splice (self->candidate_names, 0, n_old, (const char * const *) labels->pdata);
  }

  return TRUE;
}

/* ------------------------------------------------------------------ */
/* the policy's actions                                                */

static GtkWidget *
new_action_row (ZjtxPolicyAction *action,
                GtkSizeGroup     *clause_group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *clause;
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zjtx_policy_action_get_name (action));
  /* Translators: the units (责任单位) of an action, joined with "、" */
  subtitle = g_strdup_printf (_("Responsible units: %s"),
                              zjtx_policy_action_get_responsible_units (action));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, "zjtx-action");

  clause = gtk_label_new (zjtx_policy_action_get_clause (action));
  gtk_widget_add_css_class (clause, "zjtx-clause");
  gtk_label_set_xalign (GTK_LABEL (clause), 0.0f);
  gtk_widget_set_valign (clause, GTK_ALIGN_CENTER);
  gtk_size_group_add_widget (clause_group, clause);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), clause);

  return row;
}

static gboolean
fill_actions (ZjtxTaskForcePage  *self,
              GError            **error)
{
  g_autoptr(GPtrArray) actions = NULL;
  g_autoptr(GtkSizeGroup) clause_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);

  actions = zjtx_store_list (self->store, ZJTX_TYPE_POLICY_ACTION, NULL, NULL, "position", error);
  if (actions == NULL)
    return FALSE;

  for (guint i = 0; i < actions->len; i++)
    gtk_list_box_append (self->actions_list, new_action_row (g_ptr_array_index (actions, i), clause_group));

  return TRUE;
}

/* ------------------------------------------------------------------ */

void
zjtx_task_force_page_reload (ZjtxTaskForcePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ZJTX_IS_TASK_FORCE_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  list_box_clear (self->members_list);
  list_box_clear (self->unserved_list);
  list_box_clear (self->commissioners_list);
  list_box_clear (self->actions_list);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-force.add-member", self->store != NULL);

  if (self->store == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  /* People before the unserved rows: their drop-downs list the candidates. */
  if (!fill_members (self, &error) ||
      !fill_people (self, &error) ||
      !fill_unserved (self, &error) ||
      !fill_actions (self, &error))
    {
      g_autofree char *message = g_markup_escape_text (error->message, -1);

      adw_status_page_set_description (self->error_page, message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, "content");
}

ZjtxStore *
zjtx_task_force_page_get_store (ZjtxTaskForcePage *self)
{
  g_return_val_if_fail (ZJTX_IS_TASK_FORCE_PAGE (self), NULL);

  return self->store;
}

void
zjtx_task_force_page_set_store (ZjtxTaskForcePage *self,
                                ZjtxStore         *store)
{
  g_return_if_fail (ZJTX_IS_TASK_FORCE_PAGE (self));
  g_return_if_fail (store == NULL || ZJTX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  zjtx_task_force_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

static void
zjtx_task_force_page_dispose (GObject *object)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (object);

  /* The overlay is both AdwBin's child and a template child: let AdwBin
   * drop it first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_TASK_FORCE_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zjtx_task_force_page_parent_class)->dispose (object);
}

static void
zjtx_task_force_page_finalize (GObject *object)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (object);

  g_clear_pointer (&self->candidate_ids, g_array_unref);
  g_clear_object (&self->candidate_names);

  G_OBJECT_CLASS (zjtx_task_force_page_parent_class)->finalize (object);
}

static void
zjtx_task_force_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (object);

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
zjtx_task_force_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zjtx_task_force_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_task_force_page_map (GtkWidget *widget)
{
  ZjtxTaskForcePage *self = ZJTX_TASK_FORCE_PAGE (widget);

  GTK_WIDGET_CLASS (zjtx_task_force_page_parent_class)->map (widget);

  if (self->stale)
    zjtx_task_force_page_reload (self);
}

static void
zjtx_task_force_page_class_init (ZjtxTaskForcePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  widget_class->map = zjtx_task_force_page_map;

  object_class->dispose = zjtx_task_force_page_dispose;
  object_class->finalize = zjtx_task_force_page_finalize;
  object_class->get_property = zjtx_task_force_page_get_property;
  object_class->set_property = zjtx_task_force_page_set_property;

  /* The database the page reads and writes; NULL shows "no database". */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-task-force-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, members_list);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, unserved_list);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, unserved_count_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, unserved_more_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, commissioners_list);
  gtk_widget_class_bind_template_child (widget_class, ZjtxTaskForcePage, actions_list);

  gtk_widget_class_install_action (widget_class, "task-force.add-member", NULL, add_member_action);
  gtk_widget_class_install_action (widget_class, "task-force.edit-member", "x", edit_member_action);
  gtk_widget_class_install_action (widget_class, "task-force.remove-member", "x", remove_member_action);
}

static void
zjtx_task_force_page_init (ZjtxTaskForcePage *self)
{
  self->candidate_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->candidate_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Until given a store there is nothing to show, not an error. */
  gtk_stack_set_visible_child_name (self->stack, "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "task-force.add-member", FALSE);
}
