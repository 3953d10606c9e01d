/* zjtx-preferences-window.c: the Preferences window (style, officer's name,
 * award notices)
 *
 * The rows only read and write the GSettings keys; the application applies
 * them (AdwStyleManager, the store's actor) on "changed", whoever wrote
 * them, and the notices read them when they are printed. The style is bound
 * to its key; a text (name, issuing office, document number prefix) is
 * written only when it is one (on apply, or when the window closes), so
 * that the key never holds what the audit log or a notice should not
 * print; a seal image only when it reads as one. The presentation's
 * slides are rows made from their key, made again whenever it changes.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-date.h"
#include "model/zjtx-notices.h"
#include "render/zjtx-notice.h"
#include "zjtx-preferences-window.h"
#include "zjtx-presentation-window.h"

struct _ZjtxPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;       /* NULL: the rows are insensitive */
  GtkFileChooserNative *seal_chooser;   /* while it is shown */

  /* Template widgets */
  AdwComboRow          *style_row;
  AdwEntryRow          *name_row;
  AdwEntryRow          *office_row;
  AdwEntryRow          *prefix_row;
  AdwActionRow         *example_row;
  AdwActionRow         *seal_row;
  GtkWidget            *seal_remove_button;
  AdwPreferencesGroup  *slides_group;

  GPtrArray            *slide_rows;     /* AdwActionRow, in the group's order */
  guint                 slides_idle_id;
  char                 *slide_focus;    /* "slide-up" … of the row to focus again */
  ZjtxDashboardKind     slide_focus_kind;
};

/* A text row's rule: the text to keep, or NULL with the reason. */
typedef char *(*NormalizeFunc) (const char  *text,
                                GError     **error);

G_DEFINE_FINAL_TYPE (ZjtxPreferencesWindow, zjtx_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

G_DEFINE_QUARK (zjtx-preferences-error-quark, zjtx_preferences_error)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* In the order of the style row's items (zjtx-preferences-window.ui); the
 * values are the schema's choices. */
static const struct {
  const char     *variant;
  AdwColorScheme  scheme;
} styles[] = {
  { "default", ADW_COLOR_SCHEME_DEFAULT },
  { "light", ADW_COLOR_SCHEME_FORCE_LIGHT },
  { "dark", ADW_COLOR_SCHEME_FORCE_DARK },
};

AdwColorScheme
zjtx_style_variant_to_color_scheme (const char *variant)
{
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (variant, styles[i].variant) == 0)
      return styles[i].scheme;
  return ADW_COLOR_SCHEME_DEFAULT;
}

/* Line breaks of every kind, tabs and the like: one line in the audit log. */
static gboolean
is_control (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONTROL:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
has_control (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_control (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Without the spaces around it, of any width: a Chinese input method
 * types U+3000. */
static char *
trim (const char *text)
{
  const char *start = text;
  const char *end;

  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  return g_strndup (start, end - start);
}

char *
zjtx_officer_name_normalize (const char  *name,
                             GError     **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Before trimming: a line break at the end is refused, not dropped. */
  if (has_control (name))
    {
      g_set_error_literal (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_CONTROL,
                           _("A name cannot contain line breaks or tabs"));
      return NULL;
    }

  trimmed = trim (name);
  if (g_utf8_strlen (trimmed, -1) > ZJTX_OFFICER_NAME_MAX_CHARS)
    {
      g_set_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A name has at most %d character",
                                "A name has at most %d characters",
                                ZJTX_OFFICER_NAME_MAX_CHARS),
                   ZJTX_OFFICER_NAME_MAX_CHARS);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

char *
zjtx_issuing_office_normalize (const char  *office,
                               GError     **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* As for a name: one line, refused rather than joined. */
  if (has_control (office))
    {
      g_set_error_literal (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_CONTROL,
                           _("An issuing office cannot contain line breaks or tabs"));
      return NULL;
    }

  trimmed = trim (office);
  if (*trimmed == '\0')
    {
      g_set_error_literal (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_EMPTY,
                           _("The issuing office cannot be empty"));
      return NULL;
    }
  if (g_utf8_strlen (trimmed, -1) > ZJTX_ISSUING_OFFICE_MAX_CHARS)
    {
      g_set_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_OFFICE_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "An issuing office has at most %d character",
                                "An issuing office has at most %d characters",
                                ZJTX_ISSUING_OFFICE_MAX_CHARS),
                   ZJTX_ISSUING_OFFICE_MAX_CHARS);
      return NULL;
    }

  return g_steal_pointer (&trimmed);
}

/* The notices' own rule (zjtx_notices_check_prefix), on the text as typed
 * (a line break at its end is refused, not dropped), then on the text
 * trimmed as the other rows trim it: the rule's own trimming leaves U+3000,
 * so a prefix of nothing but wide spaces is caught only then. */
static char *
doc_number_prefix_normalize (const char  *prefix,
                             GError     **error)
{
  g_autofree char *trimmed = NULL;

  if (!zjtx_notices_check_prefix (prefix, error))
    return NULL;
  trimmed = trim (prefix);
  if (!zjtx_notices_check_prefix (trimmed, error))
    return NULL;
  return g_steal_pointer (&trimmed);
}

ZjtxPreferencesWindow *
zjtx_preferences_window_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (ZJTX_TYPE_PREFERENCES_WINDOW,
                       "settings", settings,
                       NULL);
}

/* ------------------------------------------------------------------ */
/* style                                                               */

static gboolean
style_get_mapping (GValue   *value,
                   GVariant *variant,
                   gpointer  user_data)
{
  const char *text = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_str_equal (text, styles[i].variant))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
style_set_mapping (const GValue       *value,
                   const GVariantType *expected_type,
                   gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  /* GTK_INVALID_LIST_POSITION, nothing chosen: nothing to write. */
  if (i >= G_N_ELEMENTS (styles))
    return NULL;
  return g_variant_new_string (styles[i].variant);
}

/* ------------------------------------------------------------------ */
/* text rows: name, issuing office, document number prefix             */

/* The row shows what is wrong as it is typed, before any apply. */
static void
mark_row (AdwEntryRow  *row,
          const GError *error)
{
  if (error == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), error->message);
    }
}

/* What @normalize makes of @row's text, @row marked accordingly. */
static char *
check_row (AdwEntryRow    *row,
           NormalizeFunc   normalize,
           GError        **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text;

  text = normalize (gtk_editable_get_text (GTK_EDITABLE (row)), &local_error);
  mark_row (row, local_error);
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return text;
}

/* Writes the text typed in @row to @key if it is one; else the key keeps
 * the last good one, and @tell says why in a toast (not when the window
 * is closing). */
static void
save_row (ZjtxPreferencesWindow *self,
          AdwEntryRow           *row,
          const char            *key,
          NormalizeFunc          normalize,
          gboolean               tell)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stored = NULL;

  if (self->settings == NULL)
    return;

  text = check_row (row, normalize, &error);
  if (text == NULL)
    {
      if (tell)
        {
          /* Translators: %s says why, e.g. "A name has at most 40 characters" */
          g_autofree char *message = g_strdup_printf (_("Not saved: %s"), error->message);
          g_autofree char *markup = g_markup_escape_text (message, -1);

          /* A toast's title is markup. */
          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
        }
      return;
    }

  /* Unchanged, not written: "changed" would reach the store for nothing. */
  stored = g_settings_get_string (self->settings, key);
  if (!g_str_equal (text, stored))
    g_settings_set_string (self->settings, key, text);
}

static void
save_text_rows (ZjtxPreferencesWindow *self,
                gboolean               tell)
{
  save_row (self, self->name_row, "officer-name", zjtx_officer_name_normalize, tell);
  save_row (self, self->office_row, "issuing-office", zjtx_issuing_office_normalize, tell);
  save_row (self, self->prefix_row, "doc-number-prefix", doc_number_prefix_normalize, tell);
}

static void
on_name_changed (ZjtxPreferencesWindow *self)
{
  g_autofree char *name = check_row (self->name_row, zjtx_officer_name_normalize, NULL);
}

static void
on_name_apply (ZjtxPreferencesWindow *self)
{
  save_row (self, self->name_row, "officer-name", zjtx_officer_name_normalize, TRUE);
}

static void
on_office_changed (ZjtxPreferencesWindow *self)
{
  g_autofree char *office = check_row (self->office_row, zjtx_issuing_office_normalize, NULL);
}

static void
on_office_apply (ZjtxPreferencesWindow *self)
{
  save_row (self, self->office_row, "issuing-office", zjtx_issuing_office_normalize, TRUE);
}

/* The example follows the text typed, applied or not: what the prefix
 * would give this year, or why it would give nothing. */
static void
on_prefix_changed (ZjtxPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *example = NULL;
  int year;

  prefix = check_row (self->prefix_row, doc_number_prefix_normalize, &error);
  if (prefix != NULL)
    {
      zjtx_date_to_ymd (zjtx_date_today (), &year, NULL, NULL);
      example = zjtx_notices_format_doc_number (prefix, year, 1);
    }
  adw_action_row_set_subtitle (self->example_row, example != NULL ? example : error->message);
}

static void
on_prefix_apply (ZjtxPreferencesWindow *self)
{
  save_row (self, self->prefix_row, "doc-number-prefix", doc_number_prefix_normalize, TRUE);
}

/* ------------------------------------------------------------------ */
/* seal image                                                          */

/* The row follows the key, whoever writes it. */
static void
show_seal (ZjtxPreferencesWindow *self)
{
  g_autofree char *path = NULL;

  if (self->settings != NULL)
    path = g_settings_get_string (self->settings, "seal-image");

  if (path == NULL || *path == '\0')
    {
      adw_action_row_set_subtitle (self->seal_row, _("None: the seal is stamped by hand"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->seal_row), NULL);
      gtk_widget_set_sensitive (self->seal_remove_button, FALSE);
    }
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      g_autofree char *full = g_filename_display_name (path);

      adw_action_row_set_subtitle (self->seal_row, name);
      /* The folder too, for telling two seal.png apart. */
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->seal_row), full);
      gtk_widget_set_sensitive (self->seal_remove_button, TRUE);
    }
}

gboolean
zjtx_preferences_window_choose_seal (ZjtxPreferencesWindow *self,
                                     GFile                 *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *stored = NULL;

  g_return_val_if_fail (ZJTX_IS_PREFERENCES_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->settings == NULL)
    return FALSE;

  /* Kept as a path, read again by every notice: so read it now, as they
   * will, rather than fail on the first batch printed. A file with no
   * local path (a remote location) could not be read by them at all. */
  path = g_file_get_path (file);
  if (path == NULL || !zjtx_notice_check_seal (path, &error))
    {
      g_autofree char *name = NULL;
      g_autofree char *message = NULL;
      g_autofree char *markup = NULL;

      if (path != NULL)
        name = g_filename_display_basename (path);
      else
        name = g_file_get_parse_name (file);
      /* Translators: %s is the file chosen, e.g. "seal.jpg" */
      message = g_strdup_printf (_("“%s” is not a readable PNG image: the seal image is unchanged"), name);
      markup = g_markup_escape_text (message, -1);
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
      return FALSE;
    }

  stored = g_settings_get_string (self->settings, "seal-image");
  if (!g_str_equal (path, stored))
    g_settings_set_string (self->settings, "seal-image", path);
  return TRUE;
}

static void
on_seal_response (ZjtxPreferencesWindow *self,
                  int                    response,
                  GtkNativeDialog       *dialog)
{
  g_autoptr(GtkFileChooserNative) chooser = g_steal_pointer (&self->seal_chooser);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        zjtx_preferences_window_choose_seal (self, file);
    }
}

static void
on_seal_choose (ZjtxPreferencesWindow *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *path = NULL;

  if (self->settings == NULL || self->seal_chooser != NULL)
    return;

  self->seal_chooser = gtk_file_chooser_native_new (_("Choose a Seal Image"),
                                                    GTK_WINDOW (self),
                                                    GTK_FILE_CHOOSER_ACTION_OPEN,
                                                    NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->seal_chooser), TRUE);

  gtk_file_filter_set_name (filter, _("PNG Images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->seal_chooser), filter);

  /* Where the seal is, when there is one: a new one is likely beside it. */
  path = g_settings_get_string (self->settings, "seal-image");
  if (*path != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->seal_chooser), folder, NULL);
    }

  g_signal_connect_swapped (self->seal_chooser, "response", G_CALLBACK (on_seal_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->seal_chooser));
}

static void
on_seal_remove (ZjtxPreferencesWindow *self)
{
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "seal-image", "");
}

/* ------------------------------------------------------------------ */
/* presentation slides                                                 */

static void build_slide_rows (ZjtxPreferencesWindow *self);

/* Shown first, in order; the others after them, in the dashboards' order. */
static guint
read_slides (ZjtxPreferencesWindow *self,
             ZjtxDashboardKind      order[ZJTX_N_DASHBOARDS])
{
  gboolean shown[ZJTX_N_DASHBOARDS] = { FALSE };
  guint n_shown = zjtx_presentation_read_slides (self->settings, order);
  guint n = n_shown;

  for (guint i = 0; i < n_shown; i++)
    shown[order[i]] = TRUE;
  for (ZjtxDashboardKind kind = 0; kind < ZJTX_N_DASHBOARDS; kind++)
    if (!shown[kind])
      order[n++] = kind;
  return n_shown;
}

static void
write_slides (ZjtxPreferencesWindow   *self,
              const ZjtxDashboardKind *order,
              guint                    n)
{
  const char *ids[ZJTX_N_DASHBOARDS + 1];

  for (guint i = 0; i < n; i++)
    ids[i] = zjtx_dashboard_kind_to_id (order[i]);
  ids[n] = NULL;
  g_settings_set_strv (self->settings, "presentation-slides", ids);
}

static gboolean
rebuild_slide_rows (gpointer user_data)
{
  ZjtxPreferencesWindow *self = user_data;

  self->slides_idle_id = 0;
  build_slide_rows (self);
  return G_SOURCE_REMOVE;
}

/* Not while the button or switch that changed the key is still handling
 * its click: the rows are made again once it is done. */
static void
on_slides_changed (ZjtxPreferencesWindow *self)
{
  if (self->slides_idle_id == 0)
    self->slides_idle_id = g_idle_add (rebuild_slide_rows, self);
}

/* Moves the slide of @widget's row by @delta among those shown. */
static void
move_slide (ZjtxPreferencesWindow *self,
            GtkWidget             *widget,
            int                    delta)
{
  ZjtxDashboardKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), "kind"));
  ZjtxDashboardKind order[ZJTX_N_DASHBOARDS];
  guint n_shown = read_slides (self, order);

  for (guint i = 0; i < n_shown; i++)
    if (order[i] == kind && (int) i + delta >= 0 && i + delta < n_shown)
      {
        order[i] = order[i + delta];
        order[i + delta] = kind;
        /* The button pressed keeps the focus, on the row where it went. */
        g_free (self->slide_focus);
        self->slide_focus = g_strdup (gtk_widget_get_name (widget));
        self->slide_focus_kind = kind;
        write_slides (self, order, n_shown);
        return;
      }
}

static void
on_slide_up (GtkButton             *button,
             ZjtxPreferencesWindow *self)
{
  move_slide (self, GTK_WIDGET (button), -1);
}

static void
on_slide_down (GtkButton             *button,
               ZjtxPreferencesWindow *self)
{
  move_slide (self, GTK_WIDGET (button), 1);
}

static void
on_slide_switched (GtkSwitch             *toggle,
                   GParamSpec            *pspec,
                   ZjtxPreferencesWindow *self)
{
  ZjtxDashboardKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (toggle), "kind"));
  ZjtxDashboardKind order[ZJTX_N_DASHBOARDS];
  ZjtxDashboardKind shown[ZJTX_N_DASHBOARDS];
  guint n_shown = read_slides (self, order);
  guint n = 0;

  /* Those shown stay in their order; one switched on comes last. */
  for (guint i = 0; i < n_shown; i++)
    if (order[i] != kind)
      shown[n++] = order[i];
  if (gtk_switch_get_active (toggle))
    shown[n++] = kind;
  /* The last one cannot be switched off (its switch is insensitive). */
  if (n == 0)
    return;

  g_free (self->slide_focus);
  self->slide_focus = g_strdup (gtk_widget_get_name (GTK_WIDGET (toggle)));
  self->slide_focus_kind = kind;
  write_slides (self, shown, n);
}

static GtkWidget *
slide_button (ZjtxDashboardKind  kind,
              const char        *name,
              const char        *icon,
              const char        *tooltip,
              gboolean           sensitive,
              GCallback          callback,
              gpointer           self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_name (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_sensitive (button, sensitive);
  g_object_set_data (G_OBJECT (button), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
build_slide_rows (ZjtxPreferencesWindow *self)
{
  ZjtxDashboardKind order[ZJTX_N_DASHBOARDS];
  guint n_shown = read_slides (self, order);
  g_autofree char *focus = g_steal_pointer (&self->slide_focus);
  GtkWidget *to_focus = NULL;

  for (guint i = 0; i < self->slide_rows->len; i++)
    adw_preferences_group_remove (self->slides_group, g_ptr_array_index (self->slide_rows, i));
  g_ptr_array_set_size (self->slide_rows, 0);

  for (guint i = 0; i < ZJTX_N_DASHBOARDS; i++)
    {
      ZjtxDashboardKind kind = order[i];
      gboolean shown = i < n_shown;
      g_autofree char *name = g_strdup_printf ("slide-%s", zjtx_dashboard_kind_to_id (kind));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();
      GtkWidget *up, *down;

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), zjtx_dashboard_kind_get_title (kind));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

      /* The order is of the slides shown; those left out follow. */
      up = slide_button (kind, "slide-up", "go-up-symbolic", _("Move Up"), shown && i > 0,
                         G_CALLBACK (on_slide_up), self);
      down = slide_button (kind, "slide-down", "go-down-symbolic", _("Move Down"), shown && i + 1 < n_shown,
                           G_CALLBACK (on_slide_down), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);

      gtk_widget_set_name (toggle, "slide-switch");
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), shown);
      /* A presentation of no slides would show them all anyway. */
      gtk_widget_set_sensitive (toggle, !(shown && n_shown == 1));
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      zjtx_dashboard_kind_get_title (kind), -1);
      g_object_set_data (G_OBJECT (toggle), "kind", GUINT_TO_POINTER (kind));
      g_signal_connect (toggle, "notify::active", G_CALLBACK (on_slide_switched), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

      adw_preferences_group_add (self->slides_group, row);
      g_ptr_array_add (self->slide_rows, row);

      if (focus != NULL && kind == self->slide_focus_kind)
        {
          if (g_str_equal (focus, "slide-up"))
            to_focus = up;
          else if (g_str_equal (focus, "slide-down"))
            to_focus = down;
          else
            to_focus = toggle;
          if (!gtk_widget_get_sensitive (to_focus))
            to_focus = toggle;
        }
    }

  if (to_focus != NULL)
    gtk_widget_grab_focus (to_focus);
}

/* ------------------------------------------------------------------ */
/* the window                                                          */

static gboolean
zjtx_preferences_window_close_request (GtkWindow *window)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (window);

  /* A text typed but not applied is kept, as a text field would keep it. */
  save_text_rows (self, FALSE);

  return GTK_WINDOW_CLASS (zjtx_preferences_window_parent_class)->close_request (window);
}

static void
zjtx_preferences_window_constructed (GObject *object)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (zjtx_preferences_window_parent_class)->constructed (object);

  if (self->settings != NULL)
    {
      g_autofree char *name = g_settings_get_string (self->settings, "officer-name");
      g_autofree char *office = g_settings_get_string (self->settings, "issuing-office");
      g_autofree char *prefix = g_settings_get_string (self->settings, "doc-number-prefix");

      g_settings_bind_with_mapping (self->settings, "style-variant",
                                    self->style_row, "selected",
                                    G_SETTINGS_BIND_DEFAULT,
                                    style_get_mapping, style_set_mapping,
                                    NULL, NULL);
      /* Not focused, so the apply buttons stay hidden. */
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
      gtk_editable_set_text (GTK_EDITABLE (self->office_row), office);
      gtk_editable_set_text (GTK_EDITABLE (self->prefix_row), prefix);
      g_signal_connect_object (self->settings, "changed::seal-image",
                               G_CALLBACK (show_seal), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->settings, "changed::presentation-slides",
                               G_CALLBACK (on_slides_changed), self, G_CONNECT_SWAPPED);
    }
  else
    {
      /* Nothing would be kept: better seen than silently lost. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->style_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->office_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->prefix_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->example_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->seal_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->slides_group), FALSE);
    }
  show_seal (self);
  build_slide_rows (self);
}

static void
zjtx_preferences_window_dispose (GObject *object)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  if (self->seal_chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->seal_chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->seal_chooser));
      g_clear_object (&self->seal_chooser);
    }

  g_clear_handle_id (&self->slides_idle_id, g_source_remove);
  g_clear_pointer (&self->slide_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (zjtx_preferences_window_parent_class)->dispose (object);
}

static void
zjtx_preferences_window_finalize (GObject *object)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->slide_focus, g_free);

  G_OBJECT_CLASS (zjtx_preferences_window_parent_class)->finalize (object);
}

static void
zjtx_preferences_window_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_preferences_window_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_preferences_window_class_init (ZjtxPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = zjtx_preferences_window_constructed;
  object_class->dispose = zjtx_preferences_window_dispose;
  object_class->finalize = zjtx_preferences_window_finalize;
  object_class->get_property = zjtx_preferences_window_get_property;
  object_class->set_property = zjtx_preferences_window_set_property;

  window_class->close_request = zjtx_preferences_window_close_request;

  properties [PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, office_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, prefix_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, example_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, seal_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, seal_remove_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxPreferencesWindow, slides_group);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_office_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_office_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_prefix_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_prefix_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_seal_choose);
  gtk_widget_class_bind_template_callback (widget_class, on_seal_remove);
}

static void
zjtx_preferences_window_init (ZjtxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->slide_rows = g_ptr_array_new ();
}
