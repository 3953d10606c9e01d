/* zjtx-rewards-page.c: the award ledger, its totals and its budget
 *
 * Everything the page decides goes through src/model/zjtx-ledger.h (the
 * steps and their refusals) and zjtx-award-query.h (lists and sums); the
 * page only asks the officer (a reason, a voucher, a date) and shows the
 * answer. A batch step runs in one transaction: all or nothing.
 */

#include "config.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "core/zjtx-policy.h"
#include "model/zjtx-award-query.h"
#include "model/zjtx-ledger.h"
#include "model/zjtx-notices.h"
#include "model/zjtx-park.h"
#include "model/zjtx-record.h"
#include "model/zjtx-township.h"
#include "render/zjtx-announcement-ledger.h"
#include "render/zjtx-notice-award.h"
#include "zjtx-gui-util.h"
#include "zjtx-notice-print-operation.h"
#include "zjtx-rewards-page.h"

/* ------------------------------------------------------------------ */
/* list items: a ZjtxAwardRow or a ZjtxAwardSum in a GObject           */

#define ZJTX_TYPE_REWARD_ITEM (zjtx_reward_item_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxRewardItem, zjtx_reward_item, ZJTX, REWARD_ITEM, GObject)

struct _ZjtxRewardItem
{
  GObject         parent_instance;
  gpointer        data;
  GDestroyNotify  destroy;
};

G_DEFINE_FINAL_TYPE (ZjtxRewardItem, zjtx_reward_item, G_TYPE_OBJECT)

static void
zjtx_reward_item_finalize (GObject *object)
{
  ZjtxRewardItem *self = ZJTX_REWARD_ITEM (object);

  if (self->destroy != NULL)
    self->destroy (self->data);
  G_OBJECT_CLASS (zjtx_reward_item_parent_class)->finalize (object);
}

static void
zjtx_reward_item_class_init (ZjtxRewardItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = zjtx_reward_item_finalize;
}

static void
zjtx_reward_item_init (ZjtxRewardItem *self)
{
}

/* Takes @data. */
static ZjtxRewardItem *
zjtx_reward_item_new (gpointer       data,
                      GDestroyNotify destroy)
{
  ZjtxRewardItem *self = g_object_new (ZJTX_TYPE_REWARD_ITEM, NULL);

  self->data = data;
  self->destroy = destroy;
  return self;
}

/* ------------------------------------------------------------------ */

typedef enum {
  LEDGER_RECIPIENT,
  LEDGER_KIND,
  LEDGER_AMOUNT,
  LEDGER_STATUS,
  LEDGER_CLAUSE,
  LEDGER_EVENT_DATE,
  LEDGER_TOWNSHIP,
  LEDGER_BASIS,
  N_LEDGER_COLUMNS
} LedgerColumn;

typedef enum {
  RECIPIENT_NAME,
  RECIPIENT_USCC,
  RECIPIENT_PROPOSED,
  RECIPIENT_APPROVED,
  RECIPIENT_PAID,
  N_RECIPIENT_COLUMNS
} RecipientColumn;

/* "committed" (approved or paid, what the county has decided to spend)
 * last: the dashboards link to it. */
static const char * const statuses[] = { "proposed", "approved", "paid", "rejected", "committed" };

struct _ZjtxRewardsPage
{
  AdwBin               parent_instance;

  ZjtxStore           *store;
  GSettings           *settings;     /* issuing office, prefix, seal; may be NULL */
  gboolean             stale;        /* read again when next shown */
  gboolean             filling;      /* dropdowns being filled: no refresh */
  ZjtxDate             as_of;        /* the ledger as it stood then; NONE: now */

  GListStore          *ledger;       /* ZjtxRewardItem of ZjtxAwardRow */
  GtkMultiSelection   *selection;
  GListStore          *recipients;   /* ZjtxRewardItem of ZjtxAwardSum */
  GArray              *years;        /* int, after "All years" */
  GPtrArray           *townships;    /* char *, after "All townships" */
  GPtrArray           *parks;        /* char * */
  GPtrArray           *policies;     /* char * policy ids */

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkRevealer         *as_of_revealer;
  GtkLabel            *as_of_label;
  GtkBox              *totals_box;
  GtkWidget           *flagged_bar;
  GtkLabel            *flagged_label;
  GtkStack            *views;
  GtkDropDown         *status_dropdown;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *year_dropdown;
  GtkDropDown         *township_dropdown;
  GtkDropDown         *park_dropdown;
  GtkDropDown         *policy_dropdown;
  GtkToggleButton     *flagged_button;
  GtkColumnView       *ledger_view;
  GtkLabel            *selection_label;
  GtkColumnView       *recipients_view;
  GtkGrid             *budget_kind_grid;
  GtkGrid             *budget_township_grid;
};

G_DEFINE_FINAL_TYPE (ZjtxRewardsPage, zjtx_rewards_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void refresh (ZjtxRewardsPage *self);

/* ------------------------------------------------------------------ */
/* helpers                                                             */

static char *
format_yuan (ZjtxFen fen)
{
  g_autofree char *number = zjtx_money_format (fen);

  /* Translators: an amount of money, "12,345.67 yuan" */
  return g_strdup_printf (_("%s yuan"), number);
}


static const char *
kind_label (const char *kind_id)
{
  ZjtxAwardKind kind;

  return zjtx_award_kind_from_id (kind_id, &kind) ? zjtx_award_kind_get_label (kind) : kind_id;
}

static void
show_toast (ZjtxRewardsPage *self,
            const char      *text)
{
  /* A toast's title is markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
fill_dropdown (GtkDropDown        *dropdown,
               const char         *all,
               GPtrArray          *labels)
{
  g_autoptr(GtkStringList) strings = gtk_string_list_new ((const char * const[]) { all, NULL });

  for (guint i = 0; labels != NULL && i < labels->len; i++)
    gtk_string_list_append (strings, g_ptr_array_index (labels, i));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, 0);
}

/* The value of a dropdown whose item 0 is "All …" and whose values are
 * @values, or NULL. */
static const char *
dropdown_value (GtkDropDown *dropdown,
                GPtrArray   *values)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (values == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > values->len)
    return NULL;
  return g_ptr_array_index (values, selected - 1);
}

/* ------------------------------------------------------------------ */
/* cells                                                               */

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  gboolean numeric = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "numeric"));
  gboolean ellipsize = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "ellipsize"));

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (ellipsize)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (label, "zjtx-cell");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_ledger (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  ZjtxRewardItem *item = gtk_list_item_get_item (list_item);
  const ZjtxAwardRow *row = item->data;
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *owned = NULL;
  const char *text = NULL;

  switch ((LedgerColumn) GPOINTER_TO_INT (user_data))
    {
    case LEDGER_RECIPIENT:
      text = row->recipient;
      break;
    case LEDGER_KIND:
      text = kind_label (row->kind);
      break;
    case LEDGER_AMOUNT:
      text = owned = zjtx_money_format (row->amount);
      break;
    case LEDGER_STATUS:
      if (row->flagged)
        /* Translators: the status of an award whose facts changed, "approved · to settle" */
        text = owned = g_strdup_printf (_("%s · to settle"), zjtx_ledger_status_label (row->status));
      else
        text = zjtx_ledger_status_label (row->status);
      break;
    case LEDGER_CLAUSE:
      text = row->clause;
      break;
    case LEDGER_EVENT_DATE:
      text = row->event_date;
      break;
    case LEDGER_TOWNSHIP:
      text = row->township;
      break;
    case LEDGER_BASIS:
      text = row->basis;
      break;
    case N_LEDGER_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  gtk_label_set_text (label, text != NULL ? text : "");
  if (row->flagged)
    gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "warning");
}

static void
bind_recipient (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  ZjtxRewardItem *item = gtk_list_item_get_item (list_item);
  const ZjtxAwardSum *sum = item->data;
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (list_item));
  g_autofree char *owned = NULL;

  switch ((RecipientColumn) GPOINTER_TO_INT (user_data))
    {
    case RECIPIENT_NAME:
      gtk_label_set_text (label, sum->key);
      break;
    case RECIPIENT_USCC:
      gtk_label_set_text (label, sum->key2);
      break;
    case RECIPIENT_PROPOSED:
      gtk_label_set_text (label, owned = zjtx_money_format (sum->proposed));
      break;
    case RECIPIENT_APPROVED:
      gtk_label_set_text (label, owned = zjtx_money_format (sum->approved));
      break;
    case RECIPIENT_PAID:
      gtk_label_set_text (label, owned = zjtx_money_format (sum->paid));
      break;
    case N_RECIPIENT_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* The whole basis of an award under the pointer, and the officer's reason. */
static gboolean
on_ledger_query_tooltip (GtkWidget  *widget,
                         int         x,
                         int         y,
                         gboolean    keyboard_mode,
                         GtkTooltip *tooltip,
                         gpointer    user_data)
{
  GtkWidget *cell;

  if (keyboard_mode)
    return FALSE;
  cell = gtk_widget_pick (widget, x, y, GTK_PICK_DEFAULT);
  if (!GTK_IS_LABEL (cell) || !gtk_widget_has_css_class (cell, "zjtx-cell"))
    return FALSE;
  if (*gtk_label_get_text (GTK_LABEL (cell)) == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (cell)));
  return TRUE;
}

static void
add_column (GtkColumnView *view,
            const char    *title,
            GCallback      bind,
            int            column,
            gboolean       numeric,
            gboolean       expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) col = NULL;

  g_object_set_data (G_OBJECT (factory), "numeric", GINT_TO_POINTER (numeric));
  g_object_set_data (G_OBJECT (factory), "ellipsize", GINT_TO_POINTER (expand));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", bind, GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (col, expand);
  gtk_column_view_column_set_resizable (col, TRUE);
  gtk_column_view_append_column (view, col);
}

/* ------------------------------------------------------------------ */
/* the selection                                                       */

/* The rows selected, in the list's order. */
static GPtrArray *
selected_rows (ZjtxRewardsPage *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean ok = gtk_bitset_iter_init_first (&iter, set, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (rows, g_list_model_get_item (G_LIST_MODEL (self->ledger), position));
  return rows;
}

static gboolean
all_are (GPtrArray  *items,
         const char *status,
         gboolean    flagged)
{
  if (items->len == 0)
    return FALSE;
  for (guint i = 0; i < items->len; i++)
    {
      const ZjtxAwardRow *row = ((ZjtxRewardItem *) g_ptr_array_index (items, i))->data;

      if ((status != NULL && g_strcmp0 (row->status, status) != 0) || row->flagged != flagged)
        return FALSE;
    }
  return TRUE;
}

static void
update_selection (ZjtxRewardsPage *self)
{
  g_autoptr(GPtrArray) items = selected_rows (self);
  g_autofree char *total = NULL;
  g_autofree char *text = NULL;
  gboolean can_reject = items->len > 0;
  ZjtxFen sum = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const ZjtxAwardRow *row = ((ZjtxRewardItem *) g_ptr_array_index (items, i))->data;

      sum += row->amount;
      can_reject = can_reject && !row->flagged &&
                   (g_str_equal (row->status, "proposed") || g_str_equal (row->status, "approved"));
    }
  total = format_yuan (sum);
  if (items->len > 0)
    /* Translators: "3 selected, 210,000.00 yuan" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u selected, %s", "%u selected, %s", items->len),
                            items->len, total);
  gtk_label_set_text (self->selection_label, text != NULL ? text : "");

  /* The ledger of another day is read only: its statuses are not today's,
   * and a step is taken on today's. */
  if (self->as_of != ZJTX_DATE_NONE)
    g_ptr_array_set_size (items, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.approve", all_are (items, "proposed", FALSE));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.pay", all_are (items, "approved", FALSE));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.reject", can_reject && items->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.settle", all_are (items, NULL, TRUE));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.recompute",
                                 self->store != NULL && self->as_of == ZJTX_DATE_NONE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.save-announcement",
                                 self->store != NULL && self->as_of == ZJTX_DATE_NONE);
  {
    gboolean noticeable = items->len > 0;

    for (guint i = 0; i < items->len; i++)
      {
        const ZjtxAwardRow *row = ((ZjtxRewardItem *) g_ptr_array_index (items, i))->data;

        noticeable = noticeable && (g_str_equal (row->status, "approved") || g_str_equal (row->status, "paid"));
      }
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.print-notices", noticeable);
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.save-notices", noticeable);
  }
}

static void
on_selection_changed (ZjtxRewardsPage *self)
{
  update_selection (self);
}

GArray *
zjtx_rewards_page_list_ids (ZjtxRewardsPage *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_val_if_fail (ZJTX_IS_REWARDS_PAGE (self), ids);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->ledger)); i++)
    {
      g_autoptr(ZjtxRewardItem) item = g_list_model_get_item (G_LIST_MODEL (self->ledger), i);

      g_array_append_val (ids, ((ZjtxAwardRow *) item->data)->id);
    }
  return ids;
}

void
zjtx_rewards_page_select_ids (ZjtxRewardsPage *self,
                              const gint64    *ids,
                              guint            n_ids)
{
  g_autoptr(GtkBitset) set = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) all = NULL;
  guint n;

  g_return_if_fail (ZJTX_IS_REWARDS_PAGE (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->ledger));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(ZjtxRewardItem) item = g_list_model_get_item (G_LIST_MODEL (self->ledger), i);

      for (guint j = 0; j < n_ids; j++)
        if (((ZjtxAwardRow *) item->data)->id == ids[j])
          gtk_bitset_add (set, i);
    }
  all = gtk_bitset_new_range (0, n);
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), set, all);
}

/* ------------------------------------------------------------------ */
/* filling                                                             */

static GtkWidget *
total_card (const char *title,
            guint       count,
            ZjtxFen     amount,
            const char *css_class)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new (title);
  g_autofree char *money = format_yuan (amount);
  GtkWidget *value = gtk_label_new (money);
  g_autofree char *count_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u award", "%u awards", count), count);
  GtkWidget *counted = gtk_label_new (count_text);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "zjtx-total");
  gtk_widget_add_css_class (card, css_class);
  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (value), 0.0f);
  gtk_widget_add_css_class (value, "title-2");
  gtk_widget_add_css_class (value, "numeric");
  gtk_label_set_xalign (GTK_LABEL (counted), 0.0f);
  gtk_widget_add_css_class (counted, "dim-label");
  gtk_box_append (GTK_BOX (card), heading);
  gtk_box_append (GTK_BOX (card), value);
  gtk_box_append (GTK_BOX (card), counted);
  return card;
}

static void
clear_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_BOX (parent))
        gtk_box_remove (GTK_BOX (parent), child);
      else
        gtk_grid_remove (GTK_GRID (parent), child);
    }
}

static void
grid_cell (GtkGrid    *grid,
           const char *text,
           int         x,
           int         y,
           gboolean    numeric,
           gboolean    heading)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0f : 0.0f);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");
  if (heading)
    gtk_widget_add_css_class (label, "heading");
  gtk_grid_attach (grid, label, x, y, 1, 1);
}

/* Committed (approved or paid), paid, and what is still to pay. */
static void
fill_budget (GtkGrid   *grid,
             GPtrArray *sums,
             gboolean   by_kind)
{
  int y = 0;
  ZjtxFen totals[4] = { 0 };

  clear_children (GTK_WIDGET (grid));
  if (by_kind)
    {
      grid_cell (grid, _("Kind of award"), 0, y, FALSE, TRUE);
      grid_cell (grid, _("Year"), 1, y, FALSE, TRUE);
    }
  else
    grid_cell (grid, _("Township"), 0, y, FALSE, TRUE);
  grid_cell (grid, _("Proposed"), 2, y, TRUE, TRUE);
  grid_cell (grid, _("Committed"), 3, y, TRUE, TRUE);
  grid_cell (grid, _("Paid"), 4, y, TRUE, TRUE);
  grid_cell (grid, _("To pay"), 5, y, TRUE, TRUE);
  y++;

  for (guint i = 0; i < sums->len; i++, y++)
    {
      const ZjtxAwardSum *sum = g_ptr_array_index (sums, i);
      ZjtxFen committed = sum->approved + sum->paid;
      g_autofree char *proposed = zjtx_money_format (sum->proposed);
      g_autofree char *committed_text = zjtx_money_format (committed);
      g_autofree char *paid = zjtx_money_format (sum->paid);
      g_autofree char *to_pay = zjtx_money_format (sum->approved);

      if (by_kind)
        {
          grid_cell (grid, kind_label (sum->key), 0, y, FALSE, FALSE);
          grid_cell (grid, sum->key2, 1, y, FALSE, FALSE);
        }
      else
        grid_cell (grid, *sum->key != '\0' ? sum->key : _("No township"), 0, y, FALSE, FALSE);
      grid_cell (grid, proposed, 2, y, TRUE, FALSE);
      grid_cell (grid, committed_text, 3, y, TRUE, FALSE);
      grid_cell (grid, paid, 4, y, TRUE, FALSE);
      grid_cell (grid, to_pay, 5, y, TRUE, FALSE);
      totals[0] += sum->proposed;
      totals[1] += committed;
      totals[2] += sum->paid;
      totals[3] += sum->approved;
    }

  if (sums->len == 0)
    {
      grid_cell (grid, _("No awards"), 0, y, FALSE, FALSE);
      return;
    }
  grid_cell (grid, _("Total"), 0, y, FALSE, TRUE);
  for (int x = 0; x < 4; x++)
    {
      g_autofree char *text = zjtx_money_format (totals[x]);

      grid_cell (grid, text, 2 + x, y, TRUE, TRUE);
    }
}

static void
reselect (GtkDropDown *dropdown,
          GPtrArray   *values,
          const char  *value)
{
  for (guint i = 0; value != NULL && i < values->len; i++)
    if (g_str_equal (g_ptr_array_index (values, i), value))
      gtk_drop_down_set_selected (dropdown, i + 1);
}

static gboolean
fill_filters (ZjtxRewardsPage  *self,
              GError          **error)
{
  g_autofree char *kept_township = NULL;
  g_autofree char *kept_park = NULL;
  g_autofree char *kept_policy = NULL;
  int kept_year = 0;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) townships = NULL;
  g_autoptr(GPtrArray) parks = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(GArray) years = NULL;

  years = zjtx_award_query_list_years (self->store, error);
  if (years == NULL)
    return FALSE;
  townships = zjtx_store_list (self->store, ZJTX_TYPE_TOWNSHIP, NULL, NULL, "position", error);
  if (townships == NULL)
    return FALSE;
  parks = zjtx_store_list (self->store, ZJTX_TYPE_PARK, NULL, NULL, "name", error);
  if (parks == NULL)
    return FALSE;
  policies = zjtx_store_load_policies (self->store, error);
  if (policies == NULL)
    return FALSE;

  /* What was chosen stays chosen when it is still there. */
  {
    guint y = gtk_drop_down_get_selected (self->year_dropdown);

    kept_year = y >= 1 && y <= self->years->len ? g_array_index (self->years, int, y - 1) : 0;
    kept_township = g_strdup (dropdown_value (self->township_dropdown, self->townships));
    kept_park = g_strdup (dropdown_value (self->park_dropdown, self->parks));
    kept_policy = g_strdup (dropdown_value (self->policy_dropdown, self->policies));
  }

  self->filling = TRUE;

  g_array_set_size (self->years, 0);
  g_array_append_vals (self->years, years->data, years->len);
  g_ptr_array_set_size (labels, 0);
  for (guint i = 0; i < years->len; i++)
    g_ptr_array_add (labels, g_strdup_printf ("%d", g_array_index (years, int, i)));
  fill_dropdown (self->year_dropdown, _("All years"), labels);

  g_ptr_array_set_size (self->townships, 0);
  for (guint i = 0; i < townships->len; i++)
    g_ptr_array_add (self->townships, g_strdup (zjtx_township_get_name (g_ptr_array_index (townships, i))));
  fill_dropdown (self->township_dropdown, _("All townships"), self->townships);

  g_ptr_array_set_size (self->parks, 0);
  for (guint i = 0; i < parks->len; i++)
    g_ptr_array_add (self->parks, g_strdup (zjtx_park_get_name (g_ptr_array_index (parks, i))));
  fill_dropdown (self->park_dropdown, _("All parks"), self->parks);

  g_ptr_array_set_size (self->policies, 0);
  g_ptr_array_set_size (labels, 0);
  for (guint i = 0; i < zjtx_policy_set_get_n (policies); i++)
    {
      ZjtxPolicy *policy = zjtx_policy_set_get (policies, i);

      g_ptr_array_add (self->policies, g_strdup (policy->id));
      g_ptr_array_add (labels, g_strdup (policy->doc_number));
    }
  fill_dropdown (self->policy_dropdown, _("All policies"), labels);

  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == kept_year)
      gtk_drop_down_set_selected (self->year_dropdown, i + 1);
  reselect (self->township_dropdown, self->townships, kept_township);
  reselect (self->park_dropdown, self->parks, kept_park);
  reselect (self->policy_dropdown, self->policies, kept_policy);

  self->filling = FALSE;
  return TRUE;
}

static void
refresh (ZjtxRewardsPage *self)
{
  g_autoptr(ZjtxAwardQuery) query = zjtx_award_query_new ();
  g_autoptr(ZjtxAwardQuery) flagged = zjtx_award_query_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) totals = NULL;
  g_autoptr(GPtrArray) by_recipient = NULL;
  g_autoptr(GPtrArray) by_kind = NULL;
  g_autoptr(GPtrArray) by_township = NULL;
  g_autoptr(GPtrArray) flagged_rows = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  const ZjtxAwardSum *sum;
  guint selected;

  if (self->store == NULL || self->filling)
    return;

  selected = gtk_drop_down_get_selected (self->status_dropdown);
  if (selected >= 1 && selected <= G_N_ELEMENTS (statuses))
    zjtx_award_query_set_status (query, statuses[selected - 1]);
  selected = gtk_drop_down_get_selected (self->kind_dropdown);
  if (selected >= 1 && selected <= ZJTX_AWARD_SERVICE_INSTITUTION_REWARD + 1)
    zjtx_award_query_set_kind (query, zjtx_award_kind_to_id (selected - 1));
  selected = gtk_drop_down_get_selected (self->year_dropdown);
  if (selected >= 1 && selected <= self->years->len)
    zjtx_award_query_set_year (query, g_array_index (self->years, int, selected - 1));
  zjtx_award_query_set_township (query, dropdown_value (self->township_dropdown, self->townships));
  zjtx_award_query_set_park (query, dropdown_value (self->park_dropdown, self->parks));
  zjtx_award_query_set_policy (query, dropdown_value (self->policy_dropdown, self->policies));
  zjtx_award_query_set_flagged_only (query, gtk_toggle_button_get_active (self->flagged_button));
  zjtx_award_query_set_as_of (query, self->as_of);

  rows = zjtx_award_query_run (query, self->store, &error);
  if (rows != NULL)
    totals = zjtx_award_query_sum (query, self->store, ZJTX_AWARD_GROUP_NONE, &error);
  if (totals != NULL)
    by_recipient = zjtx_award_query_sum (query, self->store, ZJTX_AWARD_GROUP_RECIPIENT, &error);
  if (by_recipient != NULL)
    by_kind = zjtx_award_query_sum (query, self->store, ZJTX_AWARD_GROUP_KIND_YEAR, &error);
  if (by_kind != NULL)
    by_township = zjtx_award_query_sum (query, self->store, ZJTX_AWARD_GROUP_TOWNSHIP, &error);
  zjtx_award_query_set_flagged_only (flagged, TRUE);
  if (by_township != NULL)
    flagged_rows = zjtx_award_query_run (flagged, self->store, &error);
  if (flagged_rows == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  /* The rows move into the items. */
  g_ptr_array_set_free_func (rows, NULL);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, zjtx_reward_item_new (g_ptr_array_index (rows, i), (GDestroyNotify) zjtx_award_row_free));
  g_list_store_splice (self->ledger, 0, g_list_model_get_n_items (G_LIST_MODEL (self->ledger)),
                       items->pdata, items->len);

  g_ptr_array_set_size (items, 0);
  g_ptr_array_set_free_func (by_recipient, NULL);
  for (guint i = 0; i < by_recipient->len; i++)
    g_ptr_array_add (items, zjtx_reward_item_new (g_ptr_array_index (by_recipient, i),
                                                  (GDestroyNotify) zjtx_award_sum_free));
  g_list_store_splice (self->recipients, 0, g_list_model_get_n_items (G_LIST_MODEL (self->recipients)),
                       items->pdata, items->len);

  clear_children (GTK_WIDGET (self->totals_box));
  sum = g_ptr_array_index (totals, 0);
  gtk_box_append (self->totals_box, total_card (C_("award status", "proposed"), sum->n_proposed, sum->proposed, "proposed"));
  gtk_box_append (self->totals_box, total_card (C_("award status", "approved"), sum->n_approved, sum->approved, "approved"));
  gtk_box_append (self->totals_box, total_card (C_("award status", "paid"), sum->n_paid, sum->paid, "paid"));
  gtk_box_append (self->totals_box, total_card (C_("award status", "rejected"), sum->n_rejected, sum->rejected, "rejected"));

  fill_budget (self->budget_kind_grid, by_kind, TRUE);
  fill_budget (self->budget_township_grid, by_township, FALSE);

  /* What needs settling is today's business, not the other day's. */
  gtk_widget_set_visible (self->flagged_bar, flagged_rows->len > 0 && self->as_of == ZJTX_DATE_NONE);
  if (flagged_rows->len > 0)
    {
      g_autofree char *text =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%u approved or paid award rests on facts that have changed since; "
                                      "an officer must settle it.",
                                      "%u approved or paid awards rest on facts that have changed since; "
                                      "an officer must settle them.",
                                      flagged_rows->len),
                         flagged_rows->len);
      gtk_label_set_text (self->flagged_label, text);
    }

  update_selection (self);
}

static void
on_filter_changed (ZjtxRewardsPage *self)
{
  refresh (self);
}

static void
on_show_flagged (ZjtxRewardsPage *self)
{
  gtk_stack_set_visible_child_name (self->views, "ledger");
  gtk_toggle_button_set_active (self->flagged_button, TRUE);
}

/* Says whether the ledger shown is another day's, without reading it. */
static void
set_as_of (ZjtxRewardsPage *self,
           ZjtxDate         as_of)
{
  /* Today's ledger is the ledger as it is: steps can be taken on it. */
  if (as_of == zjtx_date_today ())
    as_of = ZJTX_DATE_NONE;
  self->as_of = as_of;
  if (as_of != ZJTX_DATE_NONE)
    {
      g_autofree char *date = zjtx_gui_format_date (as_of);
      /* Translators: %s is a date, e.g. "2025年12月31日" */
      g_autofree char *text = g_strdup_printf (_("The ledger as it stood on %s, read only"), date);

      gtk_label_set_text (self->as_of_label, text);
    }
  gtk_revealer_set_reveal_child (self->as_of_revealer, as_of != ZJTX_DATE_NONE);
}

void
zjtx_rewards_page_set_as_of (ZjtxRewardsPage *self,
                             ZjtxDate         as_of)
{
  g_return_if_fail (ZJTX_IS_REWARDS_PAGE (self));

  set_as_of (self, as_of);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

ZjtxDate
zjtx_rewards_page_get_as_of (ZjtxRewardsPage *self)
{
  g_return_val_if_fail (ZJTX_IS_REWARDS_PAGE (self), ZJTX_DATE_NONE);

  return self->as_of;
}

static void
show_today_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  zjtx_rewards_page_set_as_of (ZJTX_REWARDS_PAGE (widget), ZJTX_DATE_NONE);
}

static gboolean
select_string (GtkDropDown *dropdown,
               GPtrArray   *values,
               const char  *value)
{
  /* "" (unknown) is not among the choices: FALSE, as for a value gone. */
  gtk_drop_down_set_selected (dropdown, 0);
  if (value == NULL)
    return TRUE;
  for (guint i = 0; i < values->len; i++)
    if (g_str_equal (g_ptr_array_index (values, i), value))
      {
        gtk_drop_down_set_selected (dropdown, i + 1);
        return TRUE;
      }
  return FALSE;
}

gboolean
zjtx_rewards_page_show_filter (ZjtxRewardsPage *self,
                               GHashTable      *params)
{
  g_autoptr(GError) error = NULL;
  const char *status;
  const char *kind_id;
  const char *year_text;
  gboolean found = TRUE;

  g_return_val_if_fail (ZJTX_IS_REWARDS_PAGE (self), FALSE);
  g_return_val_if_fail (params != NULL, FALSE);

  if (self->store == NULL)
    return FALSE;
  /* The years and townships to choose from, read now if the page was
   * never shown. */
  if (!fill_filters (self, &error))
    {
      show_toast (self, error->message);
      return FALSE;
    }

  /* The ledger of the dashboard's day; a date that does not read is today's. */
  {
    const char *as_of_text = g_hash_table_lookup (params, "as-of");
    ZjtxDate as_of = ZJTX_DATE_NONE;

    if (as_of_text != NULL && !zjtx_date_parse (as_of_text, &as_of, NULL))
      as_of = ZJTX_DATE_NONE;
    set_as_of (self, as_of);
  }

  self->filling = TRUE;

  gtk_drop_down_set_selected (self->status_dropdown, 0);
  status = g_hash_table_lookup (params, "status");
  if (status != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
        if (g_str_equal (statuses[i], status))
          {
            gtk_drop_down_set_selected (self->status_dropdown, i + 1);
            listed = TRUE;
          }
      found = found && listed;
    }

  gtk_drop_down_set_selected (self->kind_dropdown, 0);
  kind_id = g_hash_table_lookup (params, "kind");
  if (kind_id != NULL)
    {
      ZjtxAwardKind kind;

      if (zjtx_award_kind_from_id (kind_id, &kind))
        gtk_drop_down_set_selected (self->kind_dropdown, kind + 1);
      else
        found = FALSE;
    }

  gtk_drop_down_set_selected (self->year_dropdown, 0);
  year_text = g_hash_table_lookup (params, "year");
  if (year_text != NULL)
    {
      int year = atoi (year_text);
      gboolean listed = FALSE;

      for (guint i = 0; i < self->years->len; i++)
        if (g_array_index (self->years, int, i) == year)
          {
            gtk_drop_down_set_selected (self->year_dropdown, i + 1);
            listed = TRUE;
          }
      found = found && listed;
    }

  found = select_string (self->township_dropdown, self->townships, g_hash_table_lookup (params, "township")) && found;
  gtk_drop_down_set_selected (self->park_dropdown, 0);
  gtk_drop_down_set_selected (self->policy_dropdown, 0);
  gtk_toggle_button_set_active (self->flagged_button,
                                g_strcmp0 (g_hash_table_lookup (params, "flagged"), "1") == 0);

  self->filling = FALSE;
  gtk_stack_set_visible_child_name (self->views, "ledger");
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;

  return found;
}

void
zjtx_rewards_page_reload (ZjtxRewardsPage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ZJTX_IS_REWARDS_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;
  update_selection (self);
  if (self->store == NULL)
    {
      g_list_store_remove_all (self->ledger);
      g_list_store_remove_all (self->recipients);
      return;
    }
  if (!fill_filters (self, &error))
    {
      show_toast (self, error->message);
      return;
    }
  refresh (self);
}

/* ------------------------------------------------------------------ */
/* steps                                                               */

/* Runs @step on each selected award in one transaction: all or none. */
typedef gboolean (*StepFunc) (ZjtxStore *store, gint64 id, ZjtxDate date, const char *text, GError **error);

static gboolean
run_step (ZjtxRewardsPage *self,
          StepFunc         step,
          ZjtxDate         date,
          const char      *text,
          const char      *done_format)
{
  g_autoptr(GPtrArray) items = selected_rows (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  ZjtxFen total = 0;

  if (!zjtx_store_begin (self->store, &error))
    goto failed;
  for (guint i = 0; i < items->len; i++)
    {
      const ZjtxAwardRow *row = ((ZjtxRewardItem *) g_ptr_array_index (items, i))->data;

      if (!step (self->store, row->id, date, text, &error))
        {
          zjtx_store_rollback (self->store);
          goto failed;
        }
      total += row->amount;
    }
  if (!zjtx_store_commit (self->store, &error))
    goto failed;

  {
    g_autofree char *money = format_yuan (total);

    done = g_strdup_printf (done_format, items->len, money);
  }
  show_toast (self, done);
  refresh (self);
  return TRUE;

failed:
  show_toast (self, error->message);
  refresh (self);
  return FALSE;
}

static guint
n_selected (ZjtxRewardsPage *self)
{
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  return (guint) gtk_bitset_get_size (set);
}

static gboolean
approve_one (ZjtxStore   *store,
             gint64       id,
             ZjtxDate     date,
             const char  *text,
             GError     **error)
{
  return zjtx_ledger_approve (store, &id, 1, date, error);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (widget);

  /* Translators: "Approved 3 awards, 210,000.00 yuan" */
  run_step (self, approve_one, zjtx_date_today (), NULL,
            g_dngettext (GETTEXT_PACKAGE, "Approved %u award, %s", "Approved %u awards, %s", n_selected (self)));
}

typedef struct {
  ZjtxRewardsPage *page;
  StepFunc         step;
  GtkEntry        *text;
  GtkEntry        *date;
  const char      *done_format;
} StepDialog;

static void
step_dialog_free (gpointer  user_data,
                  GClosure *closure)
{
  StepDialog *data = user_data;

  g_clear_object (&data->page);
  g_free (data);
}

static void
on_step_response (AdwMessageDialog *dialog,
                  const char       *response,
                  StepDialog       *data)
{
  ZjtxDate date;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "apply"))
    return;
  if (!zjtx_date_parse (gtk_editable_get_text (GTK_EDITABLE (data->date)), &date, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Date: %s"), error->message);

      show_toast (data->page, message);
      return;
    }
  run_step (data->page, data->step, date, gtk_editable_get_text (GTK_EDITABLE (data->text)), data->done_format);
}

/* A dialog asking for a text (a reason, a voucher number) and a date. */
static void
ask_step (ZjtxRewardsPage *self,
          const char      *heading,
          const char      *body,
          const char      *text_label,
          const char      *apply_label,
          gboolean         destructive,
          StepFunc         step,
          const char      *done_format)
{
  GtkWidget *dialog;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *text_row = adw_action_row_new ();
  GtkWidget *date_row = adw_action_row_new ();
  GtkWidget *text = gtk_entry_new ();
  GtkWidget *date = gtk_entry_new ();
  g_autofree char *today = zjtx_date_format_iso (zjtx_date_today ());
  StepDialog *data = g_new0 (StepDialog, 1);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (text_row), text_label);
  gtk_widget_set_valign (text, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_name (text, "step-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL, text_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (text_row), text);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (date_row), _("Date"));
  gtk_editable_set_text (GTK_EDITABLE (date), today);
  gtk_widget_set_valign (date, GTK_ALIGN_CENTER);
  gtk_widget_set_name (date, "step-date");
  gtk_accessible_update_property (GTK_ACCESSIBLE (date), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (date_row), date);
  gtk_list_box_append (GTK_LIST_BOX (list), text_row);
  gtk_list_box_append (GTK_LIST_BOX (list), date_row);
  gtk_box_append (GTK_BOX (box), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", apply_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply",
                                              destructive ? ADW_RESPONSE_DESTRUCTIVE : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data->page = g_object_ref (self);
  data->step = step;
  data->text = GTK_ENTRY (text);
  data->date = GTK_ENTRY (date);
  data->done_format = done_format;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_step_response), data,
                         step_dialog_free, 0);
  gtk_widget_add_css_class (dialog, "zjtx-step-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (text);
}

static void
pay_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  ask_step (ZJTX_REWARDS_PAGE (widget), _("Record the Payment?"),
            _("The selected awards are marked paid on the date, under the voucher number of the payment."),
            _("Voucher number"), _("_Record Payment"), FALSE, zjtx_ledger_pay,
            /* Translators: "Recorded the payment of 3 awards, 210,000.00 yuan" */
            g_dngettext (GETTEXT_PACKAGE, "Recorded the payment of %u award, %s",
                         "Recorded the payment of %u awards, %s", n_selected (ZJTX_REWARDS_PAGE (widget))));
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_step (ZJTX_REWARDS_PAGE (widget), _("Reject the Awards?"),
            _("The selected awards will not be granted. The reason is recorded with them."),
            _("Reason"), _("_Reject"), TRUE, zjtx_ledger_reject,
            g_dngettext (GETTEXT_PACKAGE, "Rejected %u award, %s", "Rejected %u awards, %s",
                         n_selected (ZJTX_REWARDS_PAGE (widget))));
}

static void
settle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ask_step (ZJTX_REWARDS_PAGE (widget), _("Settle the Changed Awards?"),
            _("An approved award goes back to proposed with what the facts give now, or is withdrawn if "
              "they give nothing. A paid award keeps what was paid: say how the difference is settled."),
            _("Reason"), _("_Settle"), FALSE, zjtx_ledger_settle,
            g_dngettext (GETTEXT_PACKAGE, "Settled %u award, %s", "Settled %u awards, %s",
                         n_selected (ZJTX_REWARDS_PAGE (widget))));
}

/* ------------------------------------------------------------------ */
/* notices                                                             */

static char *
setting (ZjtxRewardsPage *self,
         const char      *key)
{
  g_autofree char *value = self->settings != NULL ? g_settings_get_string (self->settings, key) : NULL;

  return value != NULL && *value != '\0' ? g_steal_pointer (&value) : NULL;
}

/* Numbers the selected awards' notices (an award keeps the number it
 * has) and lays them out; NULL with a toast saying why. */
static GPtrArray *
selected_notices (ZjtxRewardsPage *self)
{
  g_autoptr(GPtrArray) items = selected_rows (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_notice_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *office = setting (self, "issuing-office");
  g_autofree char *prefix = setting (self, "doc-number-prefix");
  g_autofree char *seal = setting (self, "seal-image");

  if (office == NULL || prefix == NULL)
    {
      show_toast (self, _("Set the issuing office and the document number prefix in Preferences first"));
      return NULL;
    }
  for (guint i = 0; i < items->len; i++)
    g_array_append_val (ids, ((ZjtxAwardRow *) ((ZjtxRewardItem *) g_ptr_array_index (items, i))->data)->id);
  entries = zjtx_notices_issue (self->store, (const gint64 *) (gpointer) ids->data, ids->len,
                                zjtx_date_today (), prefix, &error);
  if (entries == NULL)
    {
      show_toast (self, error->message);
      return NULL;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      ZjtxNoticeEntry *entry = g_ptr_array_index (entries, i);
      ZjtxDate issued;
      ZjtxNotice *notice;

      /* A reprint keeps the date it was issued on. */
      if (!zjtx_date_parse (zjtx_notice_entry_get_issued_on (entry), &issued, NULL))
        issued = zjtx_date_today ();
      notice = zjtx_notice_new_for_award (self->store, zjtx_notice_entry_get_award_id (entry),
                                          zjtx_notice_entry_get_doc_number (entry), issued, office, seal, &error);
      if (notice == NULL)
        {
          show_toast (self, error->message);
          return NULL;
        }
      g_ptr_array_add (notices, notice);
    }
  return g_steal_pointer (&notices);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               ZjtxRewardsPage         *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_toast (self, error->message);
    }
}

static void
print_notices_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (widget);
  g_autoptr(GPtrArray) notices = selected_notices (self);
  g_autoptr(ZjtxNoticePrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (notices == NULL)
    return;
  operation = zjtx_notice_print_operation_new (notices);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (operation), _("Award notices"));
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done), self, 0);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (gtk_widget_get_root (widget)), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_toast (self, error->message);
}

static void
on_save_response (GtkNativeDialog *dialog,
                  int              response,
                  ZjtxRewardsPage *self)
{
  GPtrArray *notices = g_object_get_data (G_OBJECT (dialog), "notices");
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        show_toast (self, _("Choose a file on this computer"));
      else if (!zjtx_notice_write_pdf ((ZjtxNotice * const *) notices->pdata, notices->len, path, &error))
        show_toast (self, error->message);
      else
        {
          g_autofree char *done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved %u notice", "Saved %u notices",
                                                                notices->len), notices->len);
          show_toast (self, done);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
save_notices_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (widget);
  GPtrArray *notices = selected_notices (self);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (notices == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save Award Notices"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Translators: the suggested file name of saved notices */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("award-notices.pdf"));
  g_object_set_data_full (G_OBJECT (chooser), "notices", notices, (GDestroyNotify) g_ptr_array_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_announcement_response (GtkNativeDialog *dialog,
                          int              response,
                          ZjtxRewardsPage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *office = setting (self, "issuing-office");
  g_autoptr(GError) error = NULL;
  const char *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  int year = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "year"));
  guint n = 0;
  ZjtxFen total = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
      if (path == NULL)
        show_toast (self, _("Choose a file on this computer"));
      else if (office == NULL)
        show_toast (self, _("Set the issuing office in Preferences first"));
      else if (!zjtx_announcement_save_approved (self->store, kind, year, office, NULL, NULL, zjtx_date_today (),
                                                 path, &n, &total, &error))
        show_toast (self, error->message);
      else
        {
          g_autofree char *money = format_yuan (total);
          g_autofree char *done = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Saved the list of %u award, %s",
                                                                "Saved the list of %u awards, %s", n), n, money);
          show_toast (self, done);
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* The approved awards of the kind and year chosen in the filters. */
static void
save_announcement_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) sheet = gtk_file_filter_new ();
  guint selected;

  if (self->store == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save the Announcement List"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_filter_set_name (sheet, _("Spreadsheets (.xlsx, .csv)"));
  gtk_file_filter_add_suffix (sheet, "xlsx");
  gtk_file_filter_add_suffix (sheet, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), sheet);
  /* Translators: the suggested file name of the public list; .pdf, or .xlsx for a spreadsheet */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("announcement-list.pdf"));
  selected = gtk_drop_down_get_selected (self->kind_dropdown);
  if (selected >= 1 && selected <= ZJTX_AWARD_SERVICE_INSTITUTION_REWARD + 1)
    g_object_set_data (G_OBJECT (chooser), "kind", (gpointer) zjtx_award_kind_to_id (selected - 1));
  selected = gtk_drop_down_get_selected (self->year_dropdown);
  if (selected >= 1 && selected <= self->years->len)
    g_object_set_data (G_OBJECT (chooser), "year", GINT_TO_POINTER (g_array_index (self->years, int, selected - 1)));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_announcement_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
zjtx_rewards_page_set_settings (ZjtxRewardsPage *self,
                                GSettings       *settings)
{
  g_return_if_fail (ZJTX_IS_REWARDS_PAGE (self));

  g_set_object (&self->settings, settings);
}

/* ------------------------------------------------------------------ */
/* recompute                                                           */

static char *
describe_change (const ZjtxLedgerChange *change)
{
  g_autofree char *old_amount = change->old_amount != ZJTX_RECORD_NULL ? zjtx_money_format (change->old_amount) : NULL;
  g_autofree char *new_amount = change->new_amount != ZJTX_RECORD_NULL ? zjtx_money_format (change->new_amount) : NULL;
  const char *kind = kind_label (change->award_kind);

  switch (change->kind)
    {
    case ZJTX_LEDGER_CHANGE_ADDED:
      /* Translators: "New: 永春县某某公司, Rent subsidy, 24,000.00" */
      return g_strdup_printf (_("New: %s, %s, %s"), change->recipient, kind, new_amount);
    case ZJTX_LEDGER_CHANGE_UPDATED:
      return g_strdup_printf (_("Changed: %s, %s, %s → %s"), change->recipient, kind, old_amount, new_amount);
    case ZJTX_LEDGER_CHANGE_WITHDRAWN:
      return g_strdup_printf (_("Withdrawn: %s, %s, %s"), change->recipient, kind, old_amount);
    case ZJTX_LEDGER_CHANGE_FLAGGED:
      if (new_amount == NULL)
        return g_strdup_printf (_("To settle: %s, %s, %s %s; no longer due"), change->recipient, kind,
                                zjtx_ledger_status_label (change->status), old_amount);
      return g_strdup_printf (_("To settle: %s, %s, %s %s; the facts now give %s"), change->recipient, kind,
                              zjtx_ledger_status_label (change->status), old_amount, new_amount);
    case ZJTX_LEDGER_CHANGE_UNFLAGGED:
    default:
      return g_strdup_printf (_("Settled by the facts: %s, %s, %s"), change->recipient, kind, old_amount);
    }
}

static void
on_recompute_response (AdwMessageDialog *dialog,
                       const char       *response,
                       ZjtxRewardsPage  *self)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "apply") || self->store == NULL)
    return;
  changes = zjtx_ledger_sync (self->store, zjtx_date_today (), zjtx_date_today (), FALSE, &error);
  if (changes == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Applied %u change", "Applied %u changes", changes->len),
                          changes->len);
  show_toast (self, text);
  zjtx_rewards_page_reload (self);
}

static void
recompute_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (widget);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (self->store == NULL)
    return;
  /* First what would change, then, if the officer agrees, the change. */
  changes = zjtx_ledger_sync (self->store, zjtx_date_today (), zjtx_date_today (), TRUE, &error);
  if (changes == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  if (changes->len == 0)
    {
      show_toast (self, _("The ledger is up to date with the facts"));
      return;
    }

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Computed from the database as of today, %u award changes:",
                                       "Computed from the database as of today, %u awards change:",
                                       changes->len),
                          changes->len);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Apply the Recomputed Awards?"), body);
  {
    GtkWidget *scrolled = gtk_scrolled_window_new ();
    GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    for (guint i = 0; i < changes->len; i++)
      {
        g_autofree char *line = describe_change (g_ptr_array_index (changes, i));
        GtkWidget *label = gtk_label_new (line);

        gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
        gtk_label_set_wrap (GTK_LABEL (label), TRUE);
        gtk_widget_add_css_class (label, "zjtx-change");
        gtk_box_append (GTK_BOX (list), label);
      }
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scrolled);
  }
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_recompute_response), self, 0);
  gtk_widget_add_css_class (dialog, "zjtx-recompute-dialog");
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ------------------------------------------------------------------ */

GtkWidget *
zjtx_rewards_page_new (ZjtxStore *store)
{
  return g_object_new (ZJTX_TYPE_REWARDS_PAGE, "store", store, NULL);
}

ZjtxStore *
zjtx_rewards_page_get_store (ZjtxRewardsPage *self)
{
  g_return_val_if_fail (ZJTX_IS_REWARDS_PAGE (self), NULL);

  return self->store;
}

void
zjtx_rewards_page_set_store (ZjtxRewardsPage *self,
                             ZjtxStore       *store)
{
  g_return_if_fail (ZJTX_IS_REWARDS_PAGE (self));
  g_return_if_fail (store == NULL || ZJTX_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  zjtx_rewards_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

static void
zjtx_rewards_page_map (GtkWidget *widget)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (widget);

  GTK_WIDGET_CLASS (zjtx_rewards_page_parent_class)->map (widget);

  if (self->stale)
    zjtx_rewards_page_reload (self);
}

static void
zjtx_rewards_page_dispose (GObject *object)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (object);

  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_REWARDS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->ledger);
  g_clear_object (&self->recipients);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (zjtx_rewards_page_parent_class)->dispose (object);
}

static void
zjtx_rewards_page_finalize (GObject *object)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->townships, g_ptr_array_unref);
  g_clear_pointer (&self->parks, g_ptr_array_unref);
  g_clear_pointer (&self->policies, g_ptr_array_unref);

  G_OBJECT_CLASS (zjtx_rewards_page_parent_class)->finalize (object);
}

static void
zjtx_rewards_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (object);

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
zjtx_rewards_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  ZjtxRewardsPage *self = ZJTX_REWARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zjtx_rewards_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_rewards_page_class_init (ZjtxRewardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = zjtx_rewards_page_dispose;
  object_class->finalize = zjtx_rewards_page_finalize;
  object_class->get_property = zjtx_rewards_page_get_property;
  object_class->set_property = zjtx_rewards_page_set_property;
  widget_class->map = zjtx_rewards_page_map;

  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-rewards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, as_of_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, totals_box);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, flagged_bar);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, flagged_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, views);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, township_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, park_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, policy_dropdown);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, flagged_button);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, ledger_view);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, selection_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, recipients_view);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, budget_kind_grid);
  gtk_widget_class_bind_template_child (widget_class, ZjtxRewardsPage, budget_township_grid);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_show_flagged);

  gtk_widget_class_install_action (widget_class, "rewards.recompute", NULL, recompute_action);
  gtk_widget_class_install_action (widget_class, "rewards.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "rewards.pay", NULL, pay_action);
  gtk_widget_class_install_action (widget_class, "rewards.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "rewards.settle", NULL, settle_action);
  gtk_widget_class_install_action (widget_class, "rewards.print-notices", NULL, print_notices_action);
  gtk_widget_class_install_action (widget_class, "rewards.save-notices", NULL, save_notices_action);
  gtk_widget_class_install_action (widget_class, "rewards.save-announcement", NULL, save_announcement_action);
  gtk_widget_class_install_action (widget_class, "rewards.show-today", NULL, show_today_action);
}

static void
zjtx_rewards_page_init (ZjtxRewardsPage *self)
{
  g_autoptr(GtkStringList) status_names = NULL;
  g_autoptr(GtkStringList) kind_names = NULL;
  g_autoptr(GtkNoSelection) no_selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->years = g_array_new (FALSE, FALSE, sizeof (int));
  self->townships = g_ptr_array_new_with_free_func (g_free);
  self->parks = g_ptr_array_new_with_free_func (g_free);
  self->policies = g_ptr_array_new_with_free_func (g_free);

  status_names = gtk_string_list_new ((const char * const[]) { _("All statuses"), NULL });
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (status_names, g_str_equal (statuses[i], "committed")
                                          ? C_("award status", "approved or paid")
                                          : zjtx_ledger_status_label (statuses[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (status_names));
  kind_names = gtk_string_list_new ((const char * const[]) { _("All kinds"), NULL });
  for (ZjtxAwardKind k = ZJTX_AWARD_RECOGNITION_INNOVATIVE; k <= ZJTX_AWARD_SERVICE_INSTITUTION_REWARD; k++)
    gtk_string_list_append (kind_names, zjtx_award_kind_get_label (k));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kind_names));

  self->ledger = g_list_store_new (ZJTX_TYPE_REWARD_ITEM);
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (g_object_ref (self->ledger)));
  gtk_column_view_set_model (self->ledger_view, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "selection-changed", G_CALLBACK (on_selection_changed), self);
  g_signal_connect_swapped (self->selection, "items-changed", G_CALLBACK (on_selection_changed), self);
  add_column (self->ledger_view, _("Recipient"), G_CALLBACK (bind_ledger), LEDGER_RECIPIENT, FALSE, TRUE);
  add_column (self->ledger_view, _("Kind of award"), G_CALLBACK (bind_ledger), LEDGER_KIND, FALSE, FALSE);
  add_column (self->ledger_view, _("Amount (yuan)"), G_CALLBACK (bind_ledger), LEDGER_AMOUNT, TRUE, FALSE);
  add_column (self->ledger_view, _("Status"), G_CALLBACK (bind_ledger), LEDGER_STATUS, FALSE, FALSE);
  add_column (self->ledger_view, _("Clause"), G_CALLBACK (bind_ledger), LEDGER_CLAUSE, FALSE, FALSE);
  add_column (self->ledger_view, _("Event date"), G_CALLBACK (bind_ledger), LEDGER_EVENT_DATE, FALSE, FALSE);
  add_column (self->ledger_view, _("Township"), G_CALLBACK (bind_ledger), LEDGER_TOWNSHIP, FALSE, FALSE);
  add_column (self->ledger_view, _("Basis"), G_CALLBACK (bind_ledger), LEDGER_BASIS, FALSE, TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->ledger_view), TRUE);
  g_signal_connect (self->ledger_view, "query-tooltip", G_CALLBACK (on_ledger_query_tooltip), NULL);

  self->recipients = g_list_store_new (ZJTX_TYPE_REWARD_ITEM);
  no_selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->recipients)));
  gtk_column_view_set_model (self->recipients_view, GTK_SELECTION_MODEL (no_selection));
  add_column (self->recipients_view, _("Recipient"), G_CALLBACK (bind_recipient), RECIPIENT_NAME, FALSE, TRUE);
  add_column (self->recipients_view, _("USCC"), G_CALLBACK (bind_recipient), RECIPIENT_USCC, FALSE, FALSE);
  add_column (self->recipients_view, C_("award status", "proposed"), G_CALLBACK (bind_recipient), RECIPIENT_PROPOSED, TRUE, FALSE);
  add_column (self->recipients_view, C_("award status", "approved"), G_CALLBACK (bind_recipient), RECIPIENT_APPROVED, TRUE, FALSE);
  add_column (self->recipients_view, C_("award status", "paid"), G_CALLBACK (bind_recipient), RECIPIENT_PAID, TRUE, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.recompute", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewards.save-announcement", FALSE);
  update_selection (self);
}
