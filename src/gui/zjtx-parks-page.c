/* zjtx-parks-page.c: the parks, the park-title verdict of each, and its editor
 *
 * Everything the page says about what a park earns or what its members are
 * due comes from zjtx_evaluate(): the verdict, the criteria and their
 * sentences, the awards. This file picks out one park's share of the
 * evaluation and lays it out; it decides nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-evaluator.h"
#include "core/zjtx-money.h"
#include "model/zjtx-park.h"
#include "model/zjtx-township.h"

#include "zjtx-gui-util.h"
#include "zjtx-parks-page.h"

/* Members listed on the page; the rest are a click away in the
 * enterprise list. Enough for any park the verdict is argued about. */
#define MEMBERS_SHOWN_MAX 50

struct _ZjtxParksPage
{
  AdwBin               parent_instance;

  /* Read again when next shown: a page out of sight does not pay for
   * a database of 100,000 enterprises (the window's first frame). */
  gboolean             stale;

  ZjtxStore           *store;
  ZjtxDate             as_of;
  ZjtxEvaluation      *evaluation;
  GPtrArray           *parks;          /* ZjtxPark, in the list's order */
  gint64               selected_id;
  gboolean             constructed;
  gboolean             rebuilding;     /* list rows change: not the user choosing */

  /* Rows the page added to its groups, to take out on the next park. */
  GPtrArray           *criteria_rows;
  GPtrArray           *support_rows;
  GPtrArray           *member_rows;

  ZjtxPark            *editing;        /* the record the editor saves */
  GtkStringList       *townships;      /* item 0 is "not set" */

  /* Template widgets */
  GtkRevealer         *as_of_revealer;
  GtkLabel            *as_of_label;
  GtkListBox          *park_list;
  GtkStack            *detail_stack;
  GtkScrolledWindow   *detail_scroller;
  AdwStatusPage       *error_page;
  GtkLabel            *park_name;
  GtkLabel            *park_township;
  GtkLabel            *demonstration_badge;
  GtkLabel            *title_badge;
  GtkWidget           *verdict_box;
  GtkImage            *verdict_icon;
  GtkLabel            *verdict_title;
  GtkLabel            *verdict_detail;
  AdwPreferencesGroup *criteria_group;
  AdwPreferencesGroup *supports_group;
  AdwPreferencesGroup *members_group;

  AdwWindow           *editor;
  AdwWindowTitle      *editor_title;
  GtkLabel            *editor_error;
  AdwEntryRow         *name_row;
  GtkLabel            *name_error;
  AdwComboRow         *township_row;
  GtkLabel            *township_error;
  GtkSwitch           *contiguous_switch;
  GtkSwitch           *standardised_switch;
  GtkSwitch           *demonstration_switch;
  AdwEntryRow         *notes_row;
  GtkLabel            *notes_error;
};

G_DEFINE_FINAL_TYPE (ZjtxParksPage, zjtx_parks_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_STORE,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void zjtx_parks_page_show_park (ZjtxParksPage *self,
                                       ZjtxPark      *park);

GtkWidget *
zjtx_parks_page_new (ZjtxStore *store)
{
  return g_object_new (ZJTX_TYPE_PARKS_PAGE,
                       "store", store,
                       NULL);
}

/* ------------------------------------------------------------------ */
/* small helpers                                                       */

static char *
format_yuan (ZjtxFen fen)
{
  g_autofree char *number = zjtx_money_format (fen);

  /* Translators: an amount of money, "12,345.67 yuan" */
  return g_strdup_printf (_("%s yuan"), number);
}

/* The evaluator writes its sentences to follow a colon ("3 of 4 SRDI
 * enterprises; needs 1 more"); on a line of their own they read better
 * capitalised. A no-op for Chinese. */
static char *
sentence (const char *text)
{
  if (text == NULL || *text == '\0')
    return g_strdup ("");
  return g_strdup_printf ("%c%s", g_ascii_toupper (text[0]), text + 1);
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

static GtkWidget *
new_badge (const char *text,
           const char *kind,
           const char *adwaita_class)
{
  GtkWidget *badge = gtk_label_new (text);

  gtk_widget_add_css_class (badge, "zjtx-badge");
  gtk_widget_add_css_class (badge, kind);
  /* Colour even before style.css knows the kind. */
  gtk_widget_add_css_class (badge, adwaita_class);
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);

  return badge;
}

static GtkWidget *
new_row (const char *title,
         const char *subtitle,
         const char *css_class)
{
  GtkWidget *row = adw_action_row_new ();

  /* Names and sentences are data, not markup: "&" must show as it is. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (row, css_class);

  return row;
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
add_row (AdwPreferencesGroup *group,
         GPtrArray           *rows,
         GtkWidget           *row)
{
  adw_preferences_group_add (group, row);
  g_ptr_array_add (rows, row);
}

static char *
park_fact_id (ZjtxPark *park)
{
  /* As zjtx_store_build_facts () names parks. */
  return g_strdup_printf ("P%" G_GINT64_FORMAT, zjtx_record_get_id (ZJTX_RECORD (park)));
}

/* The park's index in the facts, which is also its verdict's, or -1. */
static int
park_index (ZjtxParksPage *self,
            ZjtxPark      *park)
{
  g_autofree char *id = NULL;
  GArray *parks;

  if (self->evaluation == NULL)
    return -1;

  id = park_fact_id (park);
  parks = self->evaluation->facts->parks;
  for (guint i = 0; i < parks->len; i++)
    if (g_strcmp0 (g_array_index (parks, ZjtxParkFact, i).id, id) == 0)
      return (int) i;
  return -1;
}

static const ZjtxParkVerdict *
park_verdict (ZjtxParksPage *self,
              int            index)
{
  if (index < 0 || self->evaluation == NULL || (guint) index >= self->evaluation->parks->len)
    return NULL;
  return &g_array_index (self->evaluation->parks, ZjtxParkVerdict, index);
}

/* ------------------------------------------------------------------ */
/* the list                                                            */

static GtkWidget *
new_park_list_row (ZjtxParksPage *self,
                   ZjtxPark      *park)
{
  const ZjtxParkVerdict *verdict = park_verdict (self, park_index (self, park));
  const char *township = zjtx_park_get_township (park);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *badges;

  gtk_box_append (GTK_BOX (box), new_label (zjtx_park_get_name (park), "zjtx-park-name"));
  gtk_box_append (GTK_BOX (box), new_label (township != NULL ? township : _("No township"),
                                            "zjtx-park-township"));

  /* The badges on a line of their own: the list is narrow, Chinese long. */
  if (zjtx_park_get_demonstration (park) || (verdict != NULL && verdict->title))
    {
      badges = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      if (zjtx_park_get_demonstration (park))
        gtk_box_append (GTK_BOX (badges), new_badge (_("Demonstration park"), "demonstration", "accent"));
      if (verdict != NULL && verdict->title)
        gtk_box_append (GTK_BOX (badges), new_badge (_("SRDI park title"), "title-earned", "success"));
      gtk_box_append (GTK_BOX (box), badges);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, zjtx_park_get_name (park),
                                  -1);
  return row;
}

static void
rebuild_list (ZjtxParksPage *self)
{
  GtkWidget *child;
  GtkListBoxRow *selected = NULL;

  self->rebuilding = TRUE;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->park_list))) != NULL)
    gtk_list_box_remove (self->park_list, child);

  for (guint i = 0; i < self->parks->len; i++)
    {
      ZjtxPark *park = g_ptr_array_index (self->parks, i);
      GtkWidget *row = new_park_list_row (self, park);

      gtk_list_box_append (self->park_list, row);
      if (zjtx_record_get_id (ZJTX_RECORD (park)) == self->selected_id)
        selected = GTK_LIST_BOX_ROW (row);
    }

  /* Keep the park the officer was looking at; else the first. */
  if (selected == NULL)
    selected = gtk_list_box_get_row_at_index (self->park_list, 0);
  gtk_list_box_select_row (self->park_list, selected);

  self->rebuilding = FALSE;

  if (selected != NULL)
    {
      ZjtxPark *park = g_ptr_array_index (self->parks, gtk_list_box_row_get_index (selected));

      self->selected_id = zjtx_record_get_id (ZJTX_RECORD (park));
      zjtx_parks_page_show_park (self, park);
    }
  else
    {
      self->selected_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parks.edit", self->selected_id != 0);
}

static void
park_list_row_selected_cb (ZjtxParksPage *self,
                           GtkListBoxRow *row,
                           GtkListBox    *list)
{
  ZjtxPark *park;

  if (self->rebuilding || row == NULL)
    return;

  park = g_ptr_array_index (self->parks, gtk_list_box_row_get_index (row));
  self->selected_id = zjtx_record_get_id (ZJTX_RECORD (park));
  zjtx_parks_page_show_park (self, park);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parks.edit", TRUE);
}

/* ------------------------------------------------------------------ */
/* the selected park                                                   */

static const char *
criterion_title (ZjtxCriterionKind kind)
{
  switch (kind)
    {
    case ZJTX_CRITERION_SRDI_ENTERPRISES:
      return _("Provincial or national SRDI enterprises");
    case ZJTX_CRITERION_OUTPUT_SHARE:
      return _("Output share of tiered enterprises");
    case ZJTX_CRITERION_CONTIGUOUS:
      return _("Contiguous park");
    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
new_criterion_row (const ZjtxCriterion *criterion)
{
  g_autofree char *text = sentence (criterion->text);
  GtkWidget *row = new_row (criterion_title (criterion->kind), text, "zjtx-criterion");
  const char *state_class = criterion->met ? "success" : "error";
  GtkWidget *icon;
  GtkWidget *state;

  gtk_widget_add_css_class (row, criterion->met ? "met" : "unmet");

  icon = gtk_image_new_from_icon_name (criterion->met ? "object-select-symbolic" : "window-close-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 24);
  gtk_widget_add_css_class (icon, state_class);
  gtk_widget_add_css_class (icon, "zjtx-criterion-icon");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  /* The word beside it says the same for screen readers. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, criterion->met ? _("Met") : _("Not met"),
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  state = gtk_label_new (criterion->met ? _("Met") : _("Not met"));
  gtk_widget_add_css_class (state, state_class);
  gtk_widget_add_css_class (state, "zjtx-criterion-state");
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);

  return row;
}

static void
show_verdict (ZjtxParksPage         *self,
              const ZjtxParkVerdict *verdict)
{
  g_autofree char *date = zjtx_gui_format_date (self->as_of);
  g_autofree char *detail = NULL;
  g_autofree char *members = NULL;

  clear_rows (self->criteria_group, self->criteria_rows);
  gtk_widget_remove_css_class (self->verdict_box, "met");
  gtk_widget_remove_css_class (self->verdict_box, "unmet");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->verdict_icon), "warning");

  if (verdict == NULL || verdict->policy == NULL)
    {
      /* No policy loaded: nothing to judge by, and no guessing. */
      gtk_widget_set_visible (GTK_WIDGET (self->title_badge), FALSE);
      gtk_image_set_from_icon_name (self->verdict_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), "warning");
      gtk_label_set_text (self->verdict_title, _("No policy to judge the park by"));
      gtk_label_set_text (self->verdict_detail, _("Load a policy on the Policies page."));
      gtk_widget_set_visible (GTK_WIDGET (self->criteria_group), FALSE);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->title_badge), verdict->title);
  gtk_widget_add_css_class (self->verdict_box, verdict->title ? "met" : "unmet");
  gtk_image_set_from_icon_name (self->verdict_icon,
                                verdict->title ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->verdict_icon), verdict->title ? "success" : "warning");
  gtk_label_set_text (self->verdict_title,
                      verdict->title ? _("Earns the SRDI park title")
                                     : _("Does not earn the SRDI park title"));

  /* Translators: "19 member enterprises, 13 of them provincial or national SRDI" */
  members = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%d member enterprise, %d of them provincial or national SRDI",
                                          "%d member enterprises, %d of them provincial or national SRDI",
                                          verdict->members),
                             verdict->members, verdict->srdi_count);
  /* Translators: "Judged on 2025-06-30 under 永政办规〔2024〕1号, clause 三（三）. 19 member …" */
  detail = g_strdup_printf (_("Judged on %s under %s, clause %s. %s."),
                            date, verdict->policy->doc_number, verdict->policy->park_title.clause, members);
  gtk_label_set_text (self->verdict_detail, detail);

  gtk_widget_set_visible (GTK_WIDGET (self->criteria_group), TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (verdict->criteria); i++)
    add_row (self->criteria_group, self->criteria_rows, new_criterion_row (&verdict->criteria[i]));
}

static gboolean
is_park_support (ZjtxAwardKind kind)
{
  return kind == ZJTX_AWARD_LOAN_INTEREST_SUBSIDY ||
         kind == ZJTX_AWARD_RENT_SUBSIDY ||
         kind == ZJTX_AWARD_PRODUCTION_REWARD ||
         kind == ZJTX_AWARD_SERVICE_INSTITUTION_REWARD;
}

static GtkWidget *
new_support_row (const ZjtxAward *award)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *amount = format_yuan (award->amount);
  GtkWidget *row;
  GtkWidget *clause;
  GtkWidget *amount_label;

  /* Translators: "Rent subsidy · 30,000.00 × 20% × 12 = 72,000.00": the kind
   * of support and how its amount was computed */
  subtitle = g_strdup_printf (_("%s · %s"), zjtx_award_kind_get_label (award->kind),
                              award->basis != NULL ? award->basis : "");
  row = new_row (award->recipient_name, subtitle, "zjtx-park-row");

  clause = gtk_label_new (award->clause);
  gtk_widget_add_css_class (clause, "zjtx-clause");
  gtk_widget_set_valign (clause, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), clause);

  amount_label = gtk_label_new (amount);
  gtk_widget_add_css_class (amount_label, "zjtx-amount");
  gtk_widget_add_css_class (amount_label, "numeric");
  gtk_widget_set_valign (amount_label, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount_label);

  return row;
}

/* The evaluation's park supports (四（二）) whose recipients are this park's
 * member enterprises or its service institutions. */
static void
show_supports (ZjtxParksPage *self,
               ZjtxPark      *park,
               int            index)
{
  g_autoptr(GHashTable) recipients = g_hash_table_new (g_str_hash, g_str_equal);
  ZjtxFacts *facts;
  ZjtxFen total = 0;
  guint n = 0;

  clear_rows (self->supports_group, self->support_rows);

  /* Only a demonstration park's members are due these; elsewhere the
   * evaluator awards none, and an empty group would only be noise. */
  gtk_widget_set_visible (GTK_WIDGET (self->supports_group), zjtx_park_get_demonstration (park));
  if (!zjtx_park_get_demonstration (park) || index < 0)
    {
      adw_preferences_group_set_description (self->supports_group, NULL);
      return;
    }

  facts = self->evaluation->facts;
  for (guint i = 0; i < facts->enterprises->len; i++)
    {
      const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);

      if (e->park == index)
        g_hash_table_add (recipients, (gpointer) e->id);
    }
  for (guint i = 0; i < facts->institutions->len; i++)
    {
      const ZjtxInstitutionFact *s = &g_array_index (facts->institutions, ZjtxInstitutionFact, i);

      if (s->park == index)
        g_hash_table_add (recipients, (gpointer) s->id);
    }

  for (guint i = 0; i < self->evaluation->awards->len; i++)
    {
      const ZjtxAward *award = &g_array_index (self->evaluation->awards, ZjtxAward, i);

      if (!is_park_support (award->kind) || !g_hash_table_contains (recipients, award->recipient))
        continue;
      add_row (self->supports_group, self->support_rows, new_support_row (award));
      total += award->amount;
      n++;
    }

  if (n == 0)
    {
      GtkWidget *row = new_row (_("No support is due to the members yet"), NULL, "zjtx-park-row");

      gtk_widget_add_css_class (row, "dim-label");
      add_row (self->supports_group, self->support_rows, row);
      adw_preferences_group_set_description (self->supports_group, NULL);
    }
  else
    {
      g_autofree char *amount = format_yuan (total);
      g_autofree char *description = NULL;

      /* Translators: "7 supports, 1,234,567.00 yuan in all" */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u support, %s in all",
                                                  "%u supports, %s in all", n),
                                     n, amount);
      adw_preferences_group_set_description (self->supports_group, description);
    }
}

typedef struct {
  const ZjtxEnterpriseFact *fact;
  ZjtxTier                  tier;
  gboolean                  entering;  /* enters the park after the date */
} Member;

/* Members first, highest tier first, then the larger output: how officers
 * rank a park. Those entering later come last. */
static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const Member *ma = a, *mb = b;

  if (ma->entering != mb->entering)
    return ma->entering ? 1 : -1;
  if (ma->tier != mb->tier)
    return ma->tier > mb->tier ? -1 : 1;
  if (ma->fact->output != mb->fact->output)
    return ma->fact->output > mb->fact->output ? -1 : 1;
  return g_strcmp0 (ma->fact->name, mb->fact->name);
}

static GtkWidget *
new_member_row (ZjtxParksPage *self,
                const Member  *member)
{
  const ZjtxEnterpriseFact *e = member->fact;
  g_autofree char *output = format_yuan (e->output);
  g_autofree char *subtitle = NULL;
  GtkWidget *row;
  GtkWidget *output_label;

  if (member->entering)
    {
      g_autofree char *date = zjtx_gui_format_date (e->park_entry_date);

      /* Translators: "Reserve · enters the park on 2026-03-01" */
      subtitle = g_strdup_printf (_("%s · enters the park on %s"), zjtx_tier_get_label (member->tier), date);
    }
  else
    subtitle = g_strdup (zjtx_tier_get_label (member->tier));

  row = new_row (e->name, subtitle, "zjtx-park-row");
  /* Not counted in the verdict, which judges the park on the date. */
  if (member->entering)
    gtk_widget_add_css_class (row, "entering");
  else
    gtk_widget_add_css_class (row, member->tier >= ZJTX_TIER_PROVINCIAL ? "srdi" : "not-srdi");

  output_label = gtk_label_new (output);
  gtk_widget_add_css_class (output_label, "zjtx-member-output");
  gtk_widget_add_css_class (output_label, "numeric");
  gtk_widget_set_valign (output_label, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (output_label, _("Output value"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), output_label);

  return row;
}

static void
show_members (ZjtxParksPage *self,
              int            index)
{
  const ZjtxParkVerdict *verdict = park_verdict (self, index);
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (Member));
  g_autofree char *description = NULL;
  g_autofree char *date = zjtx_gui_format_date (self->as_of);
  guint n_in_park = 0;
  ZjtxFacts *facts;
  int validity;

  clear_rows (self->members_group, self->member_rows);
  if (index < 0)
    {
      adw_preferences_group_set_description (self->members_group, NULL);
      return;
    }

  /* The tier as the evaluator judges it: the same function, the same
   * policy's validity, the same date. */
  facts = self->evaluation->facts;
  validity = verdict != NULL && verdict->policy != NULL ? verdict->policy->recognition_validity_years : 0;
  for (guint i = 0; i < facts->enterprises->len; i++)
    {
      const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);
      Member member = { e, ZJTX_TIER_NONE, FALSE };

      if (e->park != index)
        continue;
      /* In the park on the date, as the evaluator counts members. */
      member.entering = e->park_entry_date != ZJTX_DATE_NONE && e->park_entry_date > self->as_of;
      if (validity > 0)
        member.tier = zjtx_enterprise_tier_on (e, self->as_of, validity);
      g_array_append_val (members, member);
    }
  g_array_sort (members, compare_members);

  /* The ones that decide the verdict come first; a park of thousands is
   * read in the enterprise list, which pages, not as thousands of rows. */
  for (guint i = 0; i < members->len && i < MEMBERS_SHOWN_MAX; i++)
    add_row (self->members_group, self->member_rows,
             new_member_row (self, &g_array_index (members, Member, i)));
  if (members->len > MEMBERS_SHOWN_MAX)
    {
      g_autofree char *title = NULL;
      GtkWidget *row;

      /* Translators: the last row of a park's members when not all are listed */
      title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Show all %u member in the enterprise list",
                                            "Show all %u members in the enterprise list",
                                            members->len),
                               members->len);
      row = new_row (title, NULL, "zjtx-park-more");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-park-members");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", facts->parks->len > (guint) index
                                        ? g_array_index (facts->parks, ZjtxParkFact, index).name : "");
      add_row (self->members_group, self->member_rows, row);
    }

  if (members->len == 0)
    {
      GtkWidget *row = new_row (_("No enterprise is in this park"), NULL, "zjtx-park-row");

      gtk_widget_add_css_class (row, "dim-label");
      add_row (self->members_group, self->member_rows, row);
      adw_preferences_group_set_description (self->members_group, NULL);
      return;
    }

  /* Those entering later are listed but not counted, as in the verdict. */
  for (guint i = 0; i < members->len; i++)
    if (!g_array_index (members, Member, i).entering)
      n_in_park++;

  /* Translators: "19 enterprises; tier held on 2025-06-30, output value of the latest year reported" */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u enterprise; tier held on %s, output value of the latest year reported",
                                              "%u enterprises; tier held on %s, output value of the latest year reported",
                                              n_in_park),
                                 n_in_park, date);
  adw_preferences_group_set_description (self->members_group, description);
}

static void
zjtx_parks_page_show_park (ZjtxParksPage *self,
                           ZjtxPark      *park)
{
  int index = park_index (self, park);
  const char *township = zjtx_park_get_township (park);
  g_autofree char *meta = NULL;

  gtk_label_set_text (self->park_name, zjtx_park_get_name (park));

  if (township == NULL)
    township = _("No township");
  if (zjtx_park_get_standardised (park))
    /* Translators: "蓬壶镇 · Standardised park" */
    meta = g_strdup_printf (_("%s · Standardised park"), township);
  else
    meta = g_strdup (township);
  gtk_label_set_text (self->park_township, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->demonstration_badge), zjtx_park_get_demonstration (park));

  show_verdict (self, park_verdict (self, index));
  show_supports (self, park, index);
  show_members (self, index);

  gtk_stack_set_visible_child_name (self->detail_stack, "park");
}

/* ------------------------------------------------------------------ */
/* loading                                                             */

static void
show_error (ZjtxParksPage *self,
            const GError  *error)
{
  g_autofree char *message = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->detail_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parks.edit", FALSE);
}

void
zjtx_parks_page_reload (ZjtxParksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxFacts) facts = NULL;
  g_autoptr(GPtrArray) parks = NULL;

  g_return_if_fail (ZJTX_IS_PARKS_PAGE (self));

  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }
  self->stale = FALSE;

  g_clear_pointer (&self->evaluation, zjtx_evaluation_unref);
  g_ptr_array_set_size (self->parks, 0);

  if (self->store == NULL)
    {
      rebuild_list (self);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "parks.add", FALSE);
      return;
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "parks.add", TRUE);

  /* In id order, which is the facts' order too. */
  parks = zjtx_store_list (self->store, ZJTX_TYPE_PARK, NULL, NULL, NULL, &error);
  if (parks != NULL)
    policies = zjtx_store_load_policies (self->store, &error);
  if (policies != NULL)
    facts = zjtx_store_build_facts (self->store, self->as_of, &error);
  if (facts == NULL)
    {
      rebuild_list (self);
      show_error (self, error);
      return;
    }

  self->evaluation = zjtx_evaluate (facts, policies, self->as_of);
  for (guint i = 0; i < parks->len; i++)
    g_ptr_array_add (self->parks, g_object_ref (g_ptr_array_index (parks, i)));

  rebuild_list (self);
}

/* ------------------------------------------------------------------ */
/* the editor                                                          */

static void
editor_clear_errors (ZjtxParksPage *self)
{
  GtkLabel *labels[] = { self->editor_error, self->name_error, self->township_error, self->notes_error };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_label_set_text (labels[i], "");
      gtk_widget_set_visible (GTK_WIDGET (labels[i]), FALSE);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->township_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->notes_row), "error");
}

/* Shows @error under the field it names, or above them all. */
static void
editor_show_error (ZjtxParksPage *self,
                   const GError  *error)
{
  const char *field = NULL;
  GtkWidget *row = NULL;
  GtkLabel *label = self->editor_error;

  if (g_error_matches (error, ZJTX_RECORD_ERROR, ZJTX_RECORD_ERROR_INVALID))
    field = zjtx_record_get_error_field (ZJTX_RECORD (self->editing));

  if (g_strcmp0 (field, "name") == 0)
    row = GTK_WIDGET (self->name_row), label = self->name_error;
  else if (g_strcmp0 (field, "township") == 0)
    row = GTK_WIDGET (self->township_row), label = self->township_error;
  else if (g_strcmp0 (field, "notes") == 0)
    row = GTK_WIDGET (self->notes_row), label = self->notes_error;

  gtk_label_set_text (label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (label), TRUE);
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
}

static gboolean
editor_load_townships (ZjtxParksPage *self,
                       const char    *current,
                       GError       **error)
{
  g_autoptr(GPtrArray) townships = NULL;
  guint selected = 0;
  guint n;

  townships = zjtx_store_list (self->store, ZJTX_TYPE_TOWNSHIP, NULL, NULL, "position", error);
  if (townships == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (self->townships));
  gtk_string_list_splice (self->townships, 0, n, NULL);
  gtk_string_list_append (self->townships, _("Not set"));
  for (guint i = 0; i < townships->len; i++)
    {
      const char *name = zjtx_township_get_name (g_ptr_array_index (townships, i));

      gtk_string_list_append (self->townships, name);
      if (g_strcmp0 (name, current) == 0)
        selected = i + 1;
    }

  adw_combo_row_set_selected (self->township_row, selected);
  return TRUE;
}

GtkWindow *
zjtx_parks_page_edit (ZjtxParksPage *self,
                      gint64         park_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxPark) park = NULL;
  GtkRoot *root;

  g_return_val_if_fail (ZJTX_IS_PARKS_PAGE (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  if (park_id != 0)
    park = zjtx_store_load (self->store, ZJTX_TYPE_PARK, park_id, &error);
  else
    park = zjtx_park_new ();

  editor_clear_errors (self);
  if (park == NULL || !editor_load_townships (self, park != NULL ? zjtx_park_get_township (park) : NULL, &error))
    {
      /* The page shows what went wrong instead of an editor on nothing. */
      show_error (self, error);
      return NULL;
    }

  g_set_object (&self->editing, park);

  adw_window_title_set_title (self->editor_title, park_id != 0 ? _("Edit Park") : _("New Park"));
  adw_window_title_set_subtitle (self->editor_title, park_id != 0 ? zjtx_park_get_name (park) : NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), zjtx_park_get_name (park));
  gtk_switch_set_active (self->contiguous_switch, zjtx_park_get_contiguous (park));
  gtk_switch_set_active (self->standardised_switch, zjtx_park_get_standardised (park));
  gtk_switch_set_active (self->demonstration_switch, zjtx_park_get_demonstration (park));
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), zjtx_park_get_notes (park));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  gtk_window_set_transient_for (GTK_WINDOW (self->editor), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
  gtk_window_present (GTK_WINDOW (self->editor));
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));

  return GTK_WINDOW (self->editor);
}

static void
editor_cancel_clicked_cb (ZjtxParksPage *self,
                          GtkButton     *button)
{
  gtk_widget_set_visible (GTK_WIDGET (self->editor), FALSE);
  g_clear_object (&self->editing);
}

static void
editor_save_clicked_cb (ZjtxParksPage *self,
                        GtkButton     *button)
{
  g_autoptr(GError) error = NULL;
  guint township = adw_combo_row_get_selected (self->township_row);

  g_return_if_fail (self->editing != NULL);

  editor_clear_errors (self);

  zjtx_park_set_name (self->editing, gtk_editable_get_text (GTK_EDITABLE (self->name_row)));
  /* Item 0 is "not set". */
  zjtx_park_set_township (self->editing,
                          township > 0 && township != GTK_INVALID_LIST_POSITION
                            ? gtk_string_list_get_string (self->townships, township) : NULL);
  zjtx_park_set_contiguous (self->editing, gtk_switch_get_active (self->contiguous_switch));
  zjtx_park_set_standardised (self->editing, gtk_switch_get_active (self->standardised_switch));
  zjtx_park_set_demonstration (self->editing, gtk_switch_get_active (self->demonstration_switch));
  zjtx_park_set_notes (self->editing, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));

  /* Validated, checked and audited by the store; the dialog stays open on
   * a refusal, with the field marked. */
  if (!zjtx_store_save (self->store, ZJTX_RECORD (self->editing), &error))
    {
      editor_show_error (self, error);
      return;
    }

  self->selected_id = zjtx_record_get_id (ZJTX_RECORD (self->editing));
  g_clear_object (&self->editing);
  gtk_widget_set_visible (GTK_WIDGET (self->editor), FALSE);

  /* A park's name, contiguity or demonstration status changes verdicts. */
  zjtx_parks_page_reload (self);
}

static void
parks_add_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  zjtx_parks_page_edit (ZJTX_PARKS_PAGE (widget), 0);
}

static void
parks_edit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (widget);

  if (self->selected_id != 0)
    zjtx_parks_page_edit (self, self->selected_id);
}

/* ------------------------------------------------------------------ */
/* public API                                                          */

ZjtxStore *
zjtx_parks_page_get_store (ZjtxParksPage *self)
{
  g_return_val_if_fail (ZJTX_IS_PARKS_PAGE (self), NULL);

  return self->store;
}

static void
zjtx_parks_page_set_store (ZjtxParksPage *self,
                           ZjtxStore     *store)
{
  if (!g_set_object (&self->store, store))
    return;

  /* Another database: the old park's id means nothing in it. */
  self->selected_id = 0;
  if (self->constructed)
    zjtx_parks_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STORE]);
}

ZjtxDate
zjtx_parks_page_get_as_of (ZjtxParksPage *self)
{
  g_return_val_if_fail (ZJTX_IS_PARKS_PAGE (self), ZJTX_DATE_NONE);

  return self->as_of;
}

void
zjtx_parks_page_set_as_of (ZjtxParksPage *self,
                           ZjtxDate       as_of)
{
  g_return_if_fail (ZJTX_IS_PARKS_PAGE (self));

  /* The core never asks the clock; the page does, once, for "today". */
  if (as_of == ZJTX_DATE_NONE)
    as_of = zjtx_date_today ();
  if (self->as_of == as_of)
    return;

  self->as_of = as_of;
  /* Another day than today (a dashboard's) is said, with a way back. */
  if (as_of != zjtx_date_today ())
    {
      g_autofree char *date = zjtx_gui_format_date (as_of);
      g_autofree char *text = g_strdup_printf (_("Judged as of %s"), date);

      gtk_label_set_text (self->as_of_label, text);
    }
  gtk_revealer_set_reveal_child (self->as_of_revealer, as_of != zjtx_date_today ());
  if (self->constructed)
    zjtx_parks_page_reload (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_AS_OF]);
}

ZjtxEvaluation *
zjtx_parks_page_get_evaluation (ZjtxParksPage *self)
{
  g_return_val_if_fail (ZJTX_IS_PARKS_PAGE (self), NULL);

  return self->evaluation;
}

gint64
zjtx_parks_page_get_selected (ZjtxParksPage *self)
{
  g_return_val_if_fail (ZJTX_IS_PARKS_PAGE (self), 0);

  return self->selected_id;
}

gboolean
zjtx_parks_page_select (ZjtxParksPage *self,
                        gint64         park_id)
{
  g_return_val_if_fail (ZJTX_IS_PARKS_PAGE (self), FALSE);

  for (guint i = 0; i < self->parks->len; i++)
    if (zjtx_record_get_id (g_ptr_array_index (self->parks, i)) == park_id)
      {
        gtk_list_box_select_row (self->park_list, gtk_list_box_get_row_at_index (self->park_list, i));
        return TRUE;
      }
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* GObject                                                             */

static void
zjtx_parks_page_constructed (GObject *object)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (object);

  G_OBJECT_CLASS (zjtx_parks_page_parent_class)->constructed (object);

  /* Once, with both the store and the date known. */
  self->constructed = TRUE;
  zjtx_parks_page_reload (self);
}

static void
zjtx_parks_page_dispose (GObject *object)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (object);

  /* A toplevel of the template: only destroying it lets it go. */
  if (self->editor != NULL)
    gtk_window_destroy (GTK_WINDOW (self->editor));
  gtk_widget_dispose_template (GTK_WIDGET (self), ZJTX_TYPE_PARKS_PAGE);

  G_OBJECT_CLASS (zjtx_parks_page_parent_class)->dispose (object);
}

static void
zjtx_parks_page_finalize (GObject *object)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (object);

  g_clear_object (&self->store);
  g_clear_object (&self->editing);
  g_clear_object (&self->townships);
  g_clear_pointer (&self->evaluation, zjtx_evaluation_unref);
  g_clear_pointer (&self->parks, g_ptr_array_unref);
  g_clear_pointer (&self->criteria_rows, g_ptr_array_unref);
  g_clear_pointer (&self->support_rows, g_ptr_array_unref);
  g_clear_pointer (&self->member_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (zjtx_parks_page_parent_class)->finalize (object);
}

static void
zjtx_parks_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_parks_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      zjtx_parks_page_set_store (self, g_value_get_object (value));
      break;

    case PROP_AS_OF:
      zjtx_parks_page_set_as_of (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_parks_page_map (GtkWidget *widget)
{
  ZjtxParksPage *self = ZJTX_PARKS_PAGE (widget);

  GTK_WIDGET_CLASS (zjtx_parks_page_parent_class)->map (widget);

  if (self->stale)
    zjtx_parks_page_reload (self);
}

static void
parks_show_today_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  zjtx_parks_page_set_as_of (ZJTX_PARKS_PAGE (widget), ZJTX_DATE_NONE);
}

static void
zjtx_parks_page_class_init (ZjtxParksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  widget_class->map = zjtx_parks_page_map;

  object_class->constructed = zjtx_parks_page_constructed;
  object_class->dispose = zjtx_parks_page_dispose;
  object_class->finalize = zjtx_parks_page_finalize;
  object_class->get_property = zjtx_parks_page_get_property;
  object_class->set_property = zjtx_parks_page_set_property;

  /* Writable after construction too: the window may open another database. */
  properties [PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         ZJTX_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* A ZjtxDate (Julian day number); 0 sets today. */
  properties [PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "parks.add", NULL, parks_add_action);
  gtk_widget_class_install_action (widget_class, "parks.show-today", NULL, parks_show_today_action);
  gtk_widget_class_install_action (widget_class, "parks.edit", NULL, parks_edit_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "parks.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "parks.edit", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/cn/gov/yongchun/Zjtx/zjtx-parks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, park_list);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, as_of_revealer);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, as_of_label);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, park_name);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, park_township);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, demonstration_badge);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, title_badge);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, verdict_box);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, verdict_icon);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, verdict_title);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, verdict_detail);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, criteria_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, supports_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, members_group);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, editor);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, editor_title);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, editor_error);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, name_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, name_error);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, township_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, township_error);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, contiguous_switch);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, standardised_switch);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, demonstration_switch);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, notes_row);
  gtk_widget_class_bind_template_child (widget_class, ZjtxParksPage, notes_error);
  gtk_widget_class_bind_template_callback (widget_class, park_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_save_clicked_cb);
}

static void
zjtx_parks_page_init (ZjtxParksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->parks = g_ptr_array_new_with_free_func (g_object_unref);
  self->criteria_rows = g_ptr_array_new ();
  self->support_rows = g_ptr_array_new ();
  self->member_rows = g_ptr_array_new ();
  self->as_of = zjtx_date_today ();

  self->townships = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->township_row, G_LIST_MODEL (self->townships));
}
