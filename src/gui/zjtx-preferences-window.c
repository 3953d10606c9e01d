/* zjtx-preferences-window.c: the Preferences window (style, officer's name)
 *
 * The rows only read and write the GSettings keys; the application applies
 * them (AdwStyleManager, the store's actor) on "changed", whoever wrote
 * them. The style is bound to its key; the name is written only when it is
 * one (on apply, or when the window closes), so that the key never holds
 * what the audit log should not record.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "zjtx-preferences-window.h"

struct _ZjtxPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;       /* NULL: the rows are insensitive */

  /* Template widgets */
  AdwComboRow          *style_row;
  AdwEntryRow          *name_row;
};

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

char *
zjtx_officer_name_normalize (const char  *name,
                             GError     **error)
{
  const char *start;
  const char *end;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Before trimming: a line break at the end is refused, not dropped. */
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (is_control (g_utf8_get_char (p)))
      {
        g_set_error_literal (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_CONTROL,
                             _("A name cannot contain line breaks or tabs"));
        return NULL;
      }

  /* Spaces of any width: a Chinese input method types U+3000. */
  start = name;
  while (*start != '\0' && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  end = start + strlen (start);
  while (end > start && g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (end))))
    end = g_utf8_prev_char (end);

  if (g_utf8_strlen (start, end - start) > ZJTX_OFFICER_NAME_MAX_CHARS)
    {
      g_set_error (error, ZJTX_PREFERENCES_ERROR, ZJTX_PREFERENCES_ERROR_NAME_TOO_LONG,
                   g_dngettext (GETTEXT_PACKAGE,
                                "A name has at most %d character",
                                "A name has at most %d characters",
                                ZJTX_OFFICER_NAME_MAX_CHARS),
                   ZJTX_OFFICER_NAME_MAX_CHARS);
      return NULL;
    }

  return g_strndup (start, end - start);
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
/* name                                                                */

/* The row shows what is wrong as it is typed, before any apply. */
static void
mark_name (ZjtxPreferencesWindow *self,
           const GError          *error)
{
  if (error == NULL)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_row), NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_row), error->message);
    }
}

static void
on_name_changed (ZjtxPreferencesWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  name = zjtx_officer_name_normalize (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error);
  mark_name (self, error);
}

/* Writes the name typed if it is one; else the key keeps the last good
 * one, and @tell says why in a toast (not when the window is closing). */
static void
save_name (ZjtxPreferencesWindow *self,
           gboolean               tell)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *stored = NULL;

  if (self->settings == NULL)
    return;

  name = zjtx_officer_name_normalize (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), &error);
  mark_name (self, error);
  if (name == NULL)
    {
      if (tell)
        {
          /* Translators: %s says why, e.g. "A name has at most 40 characters" */
          g_autofree char *text = g_strdup_printf (_("Not saved: %s"), error->message);
          g_autofree char *markup = g_markup_escape_text (text, -1);

          /* A toast's title is markup. */
          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (markup));
        }
      return;
    }

  /* Unchanged, not written: "changed" would reach the store for nothing. */
  stored = g_settings_get_string (self->settings, "officer-name");
  if (!g_str_equal (name, stored))
    g_settings_set_string (self->settings, "officer-name", name);
}

static void
on_name_apply (ZjtxPreferencesWindow *self)
{
  save_name (self, TRUE);
}

/* ------------------------------------------------------------------ */
/* the window                                                          */

static gboolean
zjtx_preferences_window_close_request (GtkWindow *window)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (window);

  /* A name typed but not applied is kept, as a text field would keep it. */
  save_name (self, FALSE);

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

      g_settings_bind_with_mapping (self->settings, "style-variant",
                                    self->style_row, "selected",
                                    G_SETTINGS_BIND_DEFAULT,
                                    style_get_mapping, style_set_mapping,
                                    NULL, NULL);
      /* Not focused, so the apply button stays hidden. */
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
    }
  else
    {
      /* Nothing would be kept: better seen than silently lost. */
      gtk_widget_set_sensitive (GTK_WIDGET (self->style_row), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->name_row), FALSE);
    }
}

static void
zjtx_preferences_window_dispose (GObject *object)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (zjtx_preferences_window_parent_class)->dispose (object);
}

static void
zjtx_preferences_window_finalize (GObject *object)
{
  ZjtxPreferencesWindow *self = ZJTX_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

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
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
}

static void
zjtx_preferences_window_init (ZjtxPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
