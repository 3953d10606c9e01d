/* zjtx-enterprises-page.c: the enterprises of the pool, filtered and sorted in SQL
 *
 * The column view shows a ZjtxEnterpriseList: what matches and in which
 * order is decided by SQLite, and rows are read a page at a time as they
 * scroll into view, so 100,000 enterprises cost an array of ids.
 *
 * Sorting by header: GTK 4.8 has no gtk_column_view_sorter_get_primary_sort_column()
 * (4.10), so each column gets a GtkCustomSorter whose compare function
 * only records which column it belongs to. When the column view's sorter
 * changes, comparing any two objects through it calls the primary
 * column's sorter first; as that one answers "smaller", the column view
 * sorter's answer also tells the direction ("larger" when it inverted it
 * for a descending sort). That reads the header state with public API
 * only, keeps GTK's own header arrows and keyboard handling, and sorts
 * nothing in GTK: the result becomes an ORDER BY.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "zjtx-enterprise-editor.h"
#include "zjtx-enterprises-page.h"

typedef enum {
  COLUMN_NAME,
  COLUMN_USCC,
  COLUMN_TOWNSHIP,
  COLUMN_INDUSTRY,
  COLUMN_TIER,
  COLUMN_PARK,
  COLUMN_COMMISSIONER,
  COLUMN_FLAGS,
  N_COLUMNS
} Column;

/* The sort of each column but flags, by Column. */
static const ZjtxPoolSort column_sorts[] = {
  ZJTX_POOL_SORT_NAME,
  ZJTX_POOL_SORT_USCC,
  ZJTX_POOL_SORT_TOWNSHIP,
  ZJTX_POOL_SORT_INDUSTRY,
  ZJTX_POOL_SORT_TIER,
  ZJTX_POOL_SORT_PARK,
  ZJTX_POOL_SORT_COMMISSIONER,
};

/* "Recognition expiring within 6 months": how far ahead the officers look
 * to get a re-review filed in time (issue 4). */
#define EXPIRING_MONTHS 6

/* The tier dropdown's items after "All tiers". */
static const ZjtxTier tier_choices[] = {
  ZJTX_TIER_NONE,
  ZJTX_TIER_INNOVATIVE,
  ZJTX_TIER_PROVINCIAL,
  ZJTX_TIER_NATIONAL,
};

typedef struct {
  ZjtxEnterprisesPage *page;
  Column               column;
} ColumnProbe;

struct _ZjtxEnterprisesPage
{
  AdwBin               parent_instance;

  ZjtxStore           *store;
  ZjtxEnterpriseList  *list;
  ZjtxDate             as_of;        /* the day tiers are held on: today, or a dashboard's date */
  ZjtxTier             first_tier;   /* a dashboard's bar: first recognised as this tier … */
  int                  first_year;   /* … in this year; 0: no such filter */
  GtkSingleSelection  *selection;
  /* Values of the township, industry and park dropdowns after "All …". */
  GStrv                townships;
  GStrv                industries;
  GStrv                parks;
  gboolean             filling;      /* dropdowns being filled: no refresh */

  ColumnProbe          probes[N_COLUMNS];
  gboolean             probe_hit;
  Column               probed_column;

  /* Template widgets */
  GtkStack            *stack;
  GtkSearchEntry      *search_entry;
  GtkLabel            *count_label;
  GtkDropDown         *tier_dropdown;
  GtkDropDown         *township_dropdown;
  GtkDropDown         *industry_dropdown;
  GtkDropDown         *park_dropdown;
  GtkToggleButton     *key_target_button;
  GtkToggleButton     *recommended_button;
  GtkToggleButton     *no_commissioner_button;
  GtkToggleButton     *expiring_button;
  GtkRevealer         *as_of_revealer;
  GtkLabel            *as_of_label;
  GtkColumnView       *column_view;
  GtkColumnViewColumn *columns[N_COLUMNS];
  AdwStatusPage       *error_page;
};

G_DEFINE_FINAL_TYPE (ZjtxEnterprisesPage, zjtx_enterprises_page, ADW_TYPE_BIN)

static void zjtx_enterprises_page_refresh (ZjtxEnterprisesPage *self);
static void set_as_of                     (ZjtxEnterprisesPage *self,
                                           ZjtxDate             as_of);
static void set_first_recognised          (ZjtxEnterprisesPage *self,
                                           ZjtxTier             tier,
                                           int                  year);

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

GtkWidget *
zjtx_enterprises_page_new (void)
{
  return g_object_new (ZJTX_TYPE_ENTERPRISES_PAGE, NULL);
}

ZjtxStore *
zjtx_enterprises_page_get_store (ZjtxEnterprisesPage *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self), NULL);

  return self->store;
}

ZjtxEnterpriseList *
zjtx_enterprises_page_get_list (ZjtxEnterprisesPage *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self), NULL);

  return self->list;
}

void
zjtx_enterprises_page_focus_search (ZjtxEnterprisesPage *self)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
zjtx_enterprises_page_show_park (ZjtxEnterprisesPage *self,
                                 const char          *park)
{
  guint position = 0;

  g_return_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self));
  g_return_if_fail (park != NULL);

  for (guint i = 0; self->parks != NULL && self->parks[i] != NULL; i++)
    if (g_strcmp0 (self->parks[i], park) == 0)
      position = i + 1;

  /* Only the park's members: any other filter would hide some of them. */
  set_first_recognised (self, ZJTX_TIER_NONE, 0);
  set_as_of (self, zjtx_date_today ());
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->tier_dropdown, 0);
  gtk_drop_down_set_selected (self->township_dropdown, 0);
  gtk_drop_down_set_selected (self->industry_dropdown, 0);
  gtk_drop_down_set_selected (self->park_dropdown, position);
  gtk_toggle_button_set_active (self->key_target_button, FALSE);
  gtk_toggle_button_set_active (self->recommended_button, FALSE);
  gtk_toggle_button_set_active (self->no_commissioner_button, FALSE);
  gtk_toggle_button_set_active (self->expiring_button, FALSE);
  self->filling = FALSE;
  zjtx_enterprises_page_refresh (self);
}

/* Selects @value among a dropdown's @values (after "All …"); NULL
 * selects "All". FALSE if it is not there, "" (unknown) included: no
 * choice lists those without a value. */
static gboolean
select_value (GtkDropDown *dropdown,
              GStrv        values,
              const char  *value)
{
  gtk_drop_down_set_selected (dropdown, 0);
  if (value == NULL)
    return TRUE;
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (g_str_equal (values[i], value))
      {
        gtk_drop_down_set_selected (dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}

static gboolean
param_is_set (GHashTable *params,
              const char *key)
{
  return g_strcmp0 (g_hash_table_lookup (params, key), "1") == 0;
}

/* What a dashboard's link set that the filters above cannot show — the
 * day tiers are held on, the year of a first recognition — is said
 * above the list, with a way back to today's whole list. */
static void
update_dashboard_note (ZjtxEnterprisesPage *self)
{
  ZjtxDate today = zjtx_date_today ();
  g_autoptr(GString) text = g_string_new (NULL);

  if (self->as_of != today)
    {
      g_autofree char *date = zjtx_date_format_cn (self->as_of);
      g_autofree char *iso = zjtx_date_format_iso (self->as_of);
      /* Translators: a column's title; %s is a date, 2025-09-30 */
      g_autofree char *title = g_strdup_printf (_("Tier held on %s"), iso);

      g_string_append_printf (text, _("Tiers as held on %s, the date of the dashboard"), date);
      gtk_column_view_column_set_title (self->columns[COLUMN_TIER], title);
    }
  else
    gtk_column_view_column_set_title (self->columns[COLUMN_TIER], _("Tier held today"));
  if (self->first_year != 0)
    {
      if (text->len > 0)
        g_string_append (text, "\n");
      /* Translators: "First recognised as Provincial SRDI SME in 2024" */
      g_string_append_printf (text, _("First recognised as %s in %d"), zjtx_tier_get_label (self->first_tier),
                              self->first_year);
    }
  gtk_label_set_text (self->as_of_label, text->str);
  gtk_revealer_set_reveal_child (self->as_of_revealer, text->len > 0);
}

/* Tiers held (and "expiring" counted) on @as_of. */
static void
set_as_of (ZjtxEnterprisesPage *self,
           ZjtxDate             as_of)
{
  self->as_of = as_of;
  if (self->list != NULL)
    zjtx_pool_query_set_as_of (zjtx_enterprise_list_get_query (self->list), as_of);
  update_dashboard_note (self);
}

static void
set_first_recognised (ZjtxEnterprisesPage *self,
                      ZjtxTier             tier,
                      int                  year)
{
  self->first_tier = tier;
  self->first_year = year;
  if (self->list != NULL)
    zjtx_pool_query_set_first_recognised (zjtx_enterprise_list_get_query (self->list), tier, year);
  update_dashboard_note (self);
}

ZjtxDate
zjtx_enterprises_page_get_as_of (ZjtxEnterprisesPage *self)
{
  g_return_val_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self), ZJTX_DATE_NONE);

  return self->as_of;
}

static void
show_today_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZjtxEnterprisesPage *self = ZJTX_ENTERPRISES_PAGE (widget);

  set_first_recognised (self, ZJTX_TIER_NONE, 0);
  set_as_of (self, zjtx_date_today ());
  zjtx_enterprises_page_refresh (self);
}

gboolean
zjtx_enterprises_page_show_filter (ZjtxEnterprisesPage *self,
                                   GHashTable          *params)
{
  const char *tier_id;
  const char *search;
  const char *as_of_text;
  ZjtxDate as_of = zjtx_date_today ();
  gboolean found = TRUE;

  g_return_val_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self), FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  /* The day the dashboard counted on, so that the list is what it counted. */
  as_of_text = g_hash_table_lookup (params, "as-of");
  if (as_of_text != NULL && !zjtx_date_parse (as_of_text, &as_of, NULL))
    {
      as_of = zjtx_date_today ();
      found = FALSE;
    }
  set_as_of (self, as_of);
  {
    const char *first_tier = g_hash_table_lookup (params, "first-tier");
    const char *first_year = g_hash_table_lookup (params, "first-year");
    ZjtxTier tier = ZJTX_TIER_NONE;
    guint64 year = 0;

    if (first_tier != NULL || first_year != NULL)
      {
        if (first_tier == NULL || first_year == NULL || !zjtx_tier_from_id (first_tier, &tier) ||
            tier == ZJTX_TIER_NONE ||
            !g_ascii_string_to_unsigned (first_year, 10, 1900, 9999, &year, NULL))
          {
            found = FALSE;
            year = 0;
          }
      }
    set_first_recognised (self, tier, (int) year);
  }

  /* One refresh for all the filters, not one per dropdown. */
  self->filling = TRUE;

  gtk_drop_down_set_selected (self->tier_dropdown, 0);
  tier_id = g_hash_table_lookup (params, "tier");
  if (tier_id != NULL)
    {
      ZjtxTier tier;
      gboolean listed = FALSE;

      if (zjtx_tier_from_id (tier_id, &tier))
        for (guint i = 0; i < G_N_ELEMENTS (tier_choices); i++)
          if (tier_choices[i] == tier)
            {
              gtk_drop_down_set_selected (self->tier_dropdown, i + 1);
              listed = TRUE;
            }
      found = found && listed;
    }
  found = select_value (self->township_dropdown, self->townships, g_hash_table_lookup (params, "township")) && found;
  found = select_value (self->industry_dropdown, self->industries, g_hash_table_lookup (params, "industry")) && found;
  found = select_value (self->park_dropdown, self->parks, g_hash_table_lookup (params, "park")) && found;
  search = g_hash_table_lookup (params, "search");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search != NULL ? search : "");
  gtk_toggle_button_set_active (self->key_target_button, param_is_set (params, "key-target"));
  gtk_toggle_button_set_active (self->recommended_button, param_is_set (params, "recommended"));
  gtk_toggle_button_set_active (self->no_commissioner_button, param_is_set (params, "no-commissioner"));
  gtk_toggle_button_set_active (self->expiring_button, param_is_set (params, "expiring"));

  self->filling = FALSE;
  zjtx_enterprises_page_refresh (self);

  return found;
}

void
zjtx_enterprises_page_show_error (ZjtxEnterprisesPage *self,
                                  const char          *path,
                                  const GError        *error)
{
  g_autofree char *text = NULL;
  g_autofree char *markup = NULL;

  g_return_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self));

  /* Translators: the first %s is why the database could not be opened,
   * the second its file name */
  text = g_strdup_printf (_("%s\n\nDatabase: %s"),
                          error != NULL ? error->message : _("Unknown error"),
                          path != NULL ? path : "");
  /* A file name is data, not markup: "&" or "<" must show as they are. */
  markup = g_markup_escape_text (text, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

static void
update_count (ZjtxEnterprisesPage *self)
{
  guint n = self->list != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->list)) : 0;
  guint total = self->list != NULL ? zjtx_enterprise_list_get_total (self->list) : 0;
  g_autofree char *text = NULL;

  g_autofree char *n_text = zjtx_count_format (n);
  g_autofree char *total_text = zjtx_count_format (total);

  /* Translators: "12 of 300 enterprises" match the search and filters;
   * the numbers come with thousands separators ("1,234") */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s enterprise", "%s of %s enterprises", total),
                          n_text, total_text);
  gtk_label_set_text (self->count_label, text);
}

static const char *
dropdown_value (GtkDropDown *dropdown,
                GStrv        values)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* 0 is "All …"; the values follow. */
  if (values == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_strv_length (values))
    return NULL;
  return values[selected - 1];
}

static void
zjtx_enterprises_page_refresh (ZjtxEnterprisesPage *self)
{
  g_autoptr(GError) error = NULL;
  ZjtxPoolQuery *query;
  guint tier;

  if (self->list == NULL || self->filling)
    return;

  query = zjtx_enterprise_list_get_query (self->list);
  tier = gtk_drop_down_get_selected (self->tier_dropdown);
  if (tier >= 1 && tier <= G_N_ELEMENTS (tier_choices))
    zjtx_pool_query_set_tier (query, tier_choices[tier - 1]);
  else
    zjtx_pool_query_clear_tier (query);
  zjtx_pool_query_set_township (query, dropdown_value (self->township_dropdown, self->townships));
  zjtx_pool_query_set_industry (query, dropdown_value (self->industry_dropdown, self->industries));
  zjtx_pool_query_set_park (query, dropdown_value (self->park_dropdown, self->parks));
  zjtx_pool_query_set_search (query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  zjtx_pool_query_set_key_target (query, gtk_toggle_button_get_active (self->key_target_button));
  zjtx_pool_query_set_recommended (query, gtk_toggle_button_get_active (self->recommended_button));
  zjtx_pool_query_set_no_commissioner (query, gtk_toggle_button_get_active (self->no_commissioner_button));
  zjtx_pool_query_set_expiring_by (query, gtk_toggle_button_get_active (self->expiring_button)
                                          ? zjtx_date_add_months (self->as_of, EXPIRING_MONTHS)
                                          : ZJTX_DATE_NONE);

  if (!zjtx_enterprise_list_refresh (self->list, &error))
    {
      zjtx_enterprises_page_show_error (self, zjtx_store_get_path (self->store), error);
      return;
    }
  update_count (self);
}

static void
on_search_changed (ZjtxEnterprisesPage *self)
{
  zjtx_enterprises_page_refresh (self);
}

static void
on_filter_changed (ZjtxEnterprisesPage *self)
{
  zjtx_enterprises_page_refresh (self);
}

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnProbe *probe = user_data;

  probe->page->probe_hit = TRUE;
  probe->page->probed_column = probe->column;
  return -1;
}

static void
on_sorter_changed (GtkSorter           *sorter,
                   GtkSorterChange      change,
                   ZjtxEnterprisesPage *self)
{
  ZjtxPoolSort sort = ZJTX_POOL_SORT_NAME;
  gboolean descending = FALSE;
  GtkOrdering order;

  /* Any two distinct objects will do (gtk_sorter_compare () answers
   * "equal" for an item and itself without asking): the column sorters
   * never look at them. */
  self->probe_hit = FALSE;
  order = gtk_sorter_compare (sorter, self, self->stack);
  if (self->probe_hit && self->probed_column < G_N_ELEMENTS (column_sorts))
    {
      sort = column_sorts[self->probed_column];
      descending = order == GTK_ORDERING_LARGER;
    }

  if (self->list != NULL)
    zjtx_pool_query_set_sort (zjtx_enterprise_list_get_query (self->list), sort, descending);
  zjtx_enterprises_page_refresh (self);
}

/* ------------------------------------------------------------------ */
/* cells                                                               */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  Column column = GPOINTER_TO_INT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_widget_add_css_class (label, "zjtx-cell");
  /* Names may give way (the tooltip has them whole); a USCC, a tier or a
   * township cut short would be misread, so those keep their width and
   * the view scrolls sideways instead. */
  if (column == COLUMN_NAME || column == COLUMN_PARK || column == COLUMN_COMMISSIONER)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  ZjtxEnterpriseRow *row = gtk_list_item_get_item (list_item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  const char *text = NULL;

  switch ((Column) GPOINTER_TO_INT (user_data))
    {
    case COLUMN_NAME:
      text = zjtx_enterprise_row_get_name (row);
      break;
    case COLUMN_USCC:
      text = zjtx_enterprise_row_get_uscc (row);
      break;
    case COLUMN_TOWNSHIP:
      text = zjtx_enterprise_row_get_township (row);
      break;
    case COLUMN_INDUSTRY:
      text = zjtx_enterprise_row_get_industry (row);
      break;
    case COLUMN_TIER:
      text = zjtx_tier_get_label (zjtx_enterprise_row_get_tier (row));
      break;
    case COLUMN_PARK:
      text = zjtx_enterprise_row_get_park (row);
      break;
    case COLUMN_COMMISSIONER:
      text = zjtx_enterprise_row_get_commissioner (row);
      break;
    case COLUMN_FLAGS:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text != NULL ? text : "");
}

/* A long name is cut with "…": the tooltip has it whole. One handler on
 * the column view finds the cell under the pointer: a tooltip set on each
 * cell as it is bound makes GTK 4.8 ask the X server where the pointer is,
 * three round trips per cell, most of the time to fill the first screen. */
static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  GtkWidget *cell;
  const char *text;

  if (keyboard_mode)
    return FALSE;
  cell = gtk_widget_pick (widget, x, y, GTK_PICK_DEFAULT);
  if (!GTK_IS_LABEL (cell) || !gtk_widget_has_css_class (cell, "zjtx-cell"))
    return FALSE;
  text = gtk_label_get_text (GTK_LABEL (cell));
  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static GtkWidget *
new_pill (const char *text,
          const char *css_class)
{
  GtkWidget *pill = gtk_label_new (text);

  gtk_widget_add_css_class (pill, "zjtx-badge");
  gtk_widget_add_css_class (pill, css_class);
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  return pill;
}

static void
setup_flags (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  /* The policies page's badge colours: green for in the county's focus,
   * amber for on the way to the next tier. */
  gtk_box_append (GTK_BOX (box), new_pill (_("Key target"), "in-force"));
  gtk_box_append (GTK_BOX (box), new_pill (_("Recommended"), "upcoming"));
  gtk_list_item_set_child (list_item, box);
}

static void
bind_flags (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  ZjtxEnterpriseRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *key_target = gtk_widget_get_first_child (box);
  GtkWidget *recommended = gtk_widget_get_next_sibling (key_target);

  gtk_widget_set_visible (key_target, zjtx_enterprise_row_get_key_target (row));
  gtk_widget_set_visible (recommended, zjtx_enterprise_row_get_recommended (row));
}

/* ------------------------------------------------------------------ */
/* filters                                                             */

static void
fill_dropdown (GtkDropDown *dropdown,
               const char  *all,
               const char * const *values)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new ((const char * const[]) { all, NULL });

  if (values != NULL)
    gtk_string_list_splice (strings, 1, 0, values);
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
fill_filters (ZjtxEnterprisesPage *self)
{
  g_autoptr(GError) error = NULL;

  g_clear_pointer (&self->townships, g_strfreev);
  g_clear_pointer (&self->industries, g_strfreev);
  g_clear_pointer (&self->parks, g_strfreev);

  if (self->list != NULL)
    {
      self->townships = zjtx_enterprise_list_list_townships (self->list, &error);
      if (self->townships != NULL)
        self->industries = zjtx_enterprise_list_list_industries (self->list, &error);
      if (self->industries != NULL)
        self->parks = zjtx_enterprise_list_list_parks (self->list, &error);
      /* The list itself may still work: filter by what could be read. */
      if (error != NULL)
        g_debug ("Could not read the filter choices: %s", error->message);
    }

  self->filling = TRUE;
  fill_dropdown (self->township_dropdown, _("All townships"), (const char * const *) self->townships);
  fill_dropdown (self->industry_dropdown, _("All industries"), (const char * const *) self->industries);
  fill_dropdown (self->park_dropdown, _("All parks"), (const char * const *) self->parks);
  self->filling = FALSE;
}

/* ------------------------------------------------------------------ */
/* the editor                                                          */

static void
on_editor_saved (ZjtxEnterprisesPage  *self,
                 gint64                id,
                 ZjtxEnterpriseEditor *editor)
{
  zjtx_enterprises_page_refresh (self);
}

static void
on_undo_clicked (AdwToast            *toast,
                 ZjtxEnterprisesPage *self)
{
  ZjtxEnterpriseSnapshot *snapshot = g_object_get_data (G_OBJECT (toast), "snapshot");
  g_autoptr(GError) error = NULL;

  if (snapshot == NULL || self->store == NULL)
    return;
  if (zjtx_enterprise_snapshot_restore (snapshot, self->store, &error) == 0)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
      return;
    }
  zjtx_enterprises_page_refresh (self);
}

static void
on_editor_deleted (ZjtxEnterprisesPage  *self,
                   gint64                id,
                   ZjtxEnterpriseEditor *editor)
{
  ZjtxEnterpriseSnapshot *snapshot = zjtx_enterprise_editor_take_deleted (editor);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  zjtx_enterprises_page_refresh (self);
  if (overlay == NULL || snapshot == NULL)
    {
      g_clear_pointer (&snapshot, zjtx_enterprise_snapshot_free);
      return;
    }
  /* A toast's title is markup in libadwaita 1.2: the text has none. */
  toast = adw_toast_new (_("Enterprise deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 8);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  /* The deleted records live as long as the toast. */
  g_object_set_data_full (G_OBJECT (toast), "snapshot", snapshot,
                          (GDestroyNotify) zjtx_enterprise_snapshot_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

void
zjtx_enterprises_page_open_editor (ZjtxEnterprisesPage *self,
                                   gint64               id)
{
  ZjtxEnterpriseEditor *editor;

  g_return_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self));

  if (self->store == NULL)
    return;
  editor = zjtx_enterprise_editor_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store, id);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "deleted", G_CALLBACK (on_editor_deleted), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Enter or a double click on a row. */
static void
on_row_activated (ZjtxEnterprisesPage *self,
                  guint                position)
{
  if (self->list == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->list)))
    return;
  zjtx_enterprises_page_open_editor (self, zjtx_enterprise_list_get_id (self->list, position));
}

void
zjtx_enterprises_page_set_store (ZjtxEnterprisesPage *self,
                                 ZjtxStore           *store)
{
  g_return_if_fail (ZJTX_IS_ENTERPRISES_PAGE (self));
  g_return_if_fail (store == NULL || ZJTX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;

  g_clear_object (&self->list);
  if (store != NULL)
    {
      self->as_of = zjtx_date_today ();
      self->list = zjtx_enterprise_list_new (store, self->as_of);
    }
  self->first_year = 0;
  gtk_revealer_set_reveal_child (self->as_of_revealer, FALSE);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (self->list));

  fill_filters (self);
  gtk_stack_set_visible_child_name (self->stack, "list");
  /* The header's order (name, ascending, until clicked). */
  on_sorter_changed (gtk_column_view_get_sorter (self->column_view), GTK_SORTER_CHANGE_DIFFERENT, self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

/* ------------------------------------------------------------------ */

static void
zjtx_enterprises_page_dispose (GObject *object)
{
  ZjtxEnterprisesPage *self = ZJTX_ENTERPRISES_PAGE (object);
  GtkSorter *sorter = self->column_view != NULL ? gtk_column_view_get_sorter (self->column_view) : NULL;

  if (sorter != NULL)
    g_signal_handlers_disconnect_by_func (sorter, on_sorter_changed, self);

  /* The stack is both AdwBin's child and a template child: let AdwBin drop
   * it first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_ENTERPRISES_PAGE);

  g_clear_object (&self->selection);
  g_clear_object (&self->list);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (zjtx_enterprises_page_parent_class)->dispose (object);
}

static void
zjtx_enterprises_page_finalize (GObject *object)
{
  ZjtxEnterprisesPage *self = ZJTX_ENTERPRISES_PAGE (object);

  g_clear_pointer (&self->townships, g_strfreev);
  g_clear_pointer (&self->industries, g_strfreev);
  g_clear_pointer (&self->parks, g_strfreev);

  G_OBJECT_CLASS (zjtx_enterprises_page_parent_class)->finalize (object);
}

static void
zjtx_enterprises_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ZjtxEnterprisesPage *self = ZJTX_ENTERPRISES_PAGE (object);

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
zjtx_enterprises_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ZjtxEnterprisesPage *self = ZJTX_ENTERPRISES_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zjtx_enterprises_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_enterprises_page_class_init (ZjtxEnterprisesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_enterprises_page_dispose;
  object_class->finalize = zjtx_enterprises_page_finalize;
  object_class->get_property = zjtx_enterprises_page_get_property;
  object_class->set_property = zjtx_enterprises_page_set_property;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-enterprises-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, tier_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, township_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, industry_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, park_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, key_target_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, recommended_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, no_commissioner_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, expiring_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, as_of_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, as_of_label);
  gtk_widget_class_install_action (widget_class, "enterprises.show-today", NULL, show_today_action);
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, column_view);
  gtk_widget_class_bind_template_child_full (widget_class, "name_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_NAME]));
  gtk_widget_class_bind_template_child_full (widget_class, "uscc_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_USCC]));
  gtk_widget_class_bind_template_child_full (widget_class, "township_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_TOWNSHIP]));
  gtk_widget_class_bind_template_child_full (widget_class, "industry_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_INDUSTRY]));
  gtk_widget_class_bind_template_child_full (widget_class, "tier_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_TIER]));
  gtk_widget_class_bind_template_child_full (widget_class, "park_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_PARK]));
  gtk_widget_class_bind_template_child_full (widget_class, "commissioner_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_COMMISSIONER]));
  gtk_widget_class_bind_template_child_full (widget_class, "flags_column", FALSE,
                                             G_STRUCT_OFFSET (ZjtxEnterprisesPage, columns[COLUMN_FLAGS]));
  gtk_widget_class_bind_template_child (widget_class, ZjtxEnterprisesPage, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
}

static void
zjtx_enterprises_page_init (ZjtxEnterprisesPage *self)
{
  g_autoptr(GtkStringList) tiers = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  tiers = gtk_string_list_new ((const char * const[]) { _("All tiers"), NULL });
  for (guint i = 0; i < G_N_ELEMENTS (tier_choices); i++)
    gtk_string_list_append (tiers, zjtx_tier_get_label (tier_choices[i]));
  gtk_drop_down_set_model (self->tier_dropdown, G_LIST_MODEL (tiers));

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      if (i == COLUMN_FLAGS)
        {
          g_signal_connect (factory, "setup", G_CALLBACK (setup_flags), NULL);
          g_signal_connect (factory, "bind", G_CALLBACK (bind_flags), NULL);
        }
      else
        {
          g_autoptr(GtkCustomSorter) sorter = NULL;

          g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (i));
          g_signal_connect (factory, "bind", G_CALLBACK (bind_label), GINT_TO_POINTER (i));

          self->probes[i].page = self;
          self->probes[i].column = i;
          sorter = gtk_custom_sorter_new (probe_compare, &self->probes[i], NULL);
          gtk_column_view_column_set_sorter (self->columns[i], GTK_SORTER (sorter));
        }
      gtk_column_view_column_set_factory (self->columns[i], factory);
    }

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->column_view), TRUE);
  g_signal_connect (self->column_view, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  gtk_column_view_sort_by_column (self->column_view, self->columns[COLUMN_NAME], GTK_SORT_ASCENDING);
  g_signal_connect (gtk_column_view_get_sorter (self->column_view), "changed",
                    G_CALLBACK (on_sorter_changed), self);
  g_signal_connect_swapped (self->column_view, "activate", G_CALLBACK (on_row_activated), self);

  update_count (self);
}
