/* zjtx-support-record.c: support an enterprise received under one of the policy's actions
 *
 * Also the closed lists a support record's columns hold (kinds, levels,
 * platforms, listing stages, chain roles, industries) and which columns
 * each kind uses: one table each, so that the record, the importer, the
 * figures and the editor never disagree.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "core/zjtx-date.h"
#include "core/zjtx-money.h"
#include "zjtx-support-record.h"

struct _ZjtxSupportRecord
{
  ZjtxRecord  parent_instance;

  gint64      enterprise_id;
  char       *kind;
  char       *date;
  char       *unit;
  char       *platform;
  char       *level;
  char       *subject;
  char       *bank;
  gint64      amount;
  gint64      rate;
  gint64      fee;
  gboolean    waived;
  char       *stage;
  gint64      people;
  char       *role;
  char       *industry;
  char       *decided_by;
  char       *notes;
};

G_DEFINE_FINAL_TYPE (ZjtxSupportRecord, zjtx_support_record, ZJTX_TYPE_RECORD)

enum {
  PROP_0,
  PROP_ENTERPRISE_ID,
  PROP_KIND,
  PROP_DATE,
  PROP_UNIT,
  PROP_PLATFORM,
  PROP_LEVEL,
  PROP_SUBJECT,
  PROP_BANK,
  PROP_AMOUNT,
  PROP_RATE,
  PROP_FEE,
  PROP_WAIVED,
  PROP_STAGE,
  PROP_PEOPLE,
  PROP_ROLE,
  PROP_INDUSTRY,
  PROP_DECIDED_BY,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
zjtx_support_record_finalize (GObject *object)
{
  ZjtxSupportRecord *self = (ZjtxSupportRecord *) object;

  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_pointer (&self->platform, g_free);
  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->bank, g_free);
  g_clear_pointer (&self->stage, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->industry, g_free);
  g_clear_pointer (&self->decided_by, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (zjtx_support_record_parent_class)->finalize (object);
}

static void
zjtx_support_record_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  ZjtxSupportRecord *self = ZJTX_SUPPORT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      g_value_set_int64 (value, self->enterprise_id);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;

    case PROP_PLATFORM:
      g_value_set_string (value, self->platform);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_BANK:
      g_value_set_string (value, self->bank);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_RATE:
      g_value_set_int64 (value, self->rate);
      break;

    case PROP_FEE:
      g_value_set_int64 (value, self->fee);
      break;

    case PROP_WAIVED:
      g_value_set_boolean (value, self->waived);
      break;

    case PROP_STAGE:
      g_value_set_string (value, self->stage);
      break;

    case PROP_PEOPLE:
      g_value_set_int64 (value, self->people);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_INDUSTRY:
      g_value_set_string (value, self->industry);
      break;

    case PROP_DECIDED_BY:
      g_value_set_string (value, self->decided_by);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
zjtx_support_record_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  ZjtxSupportRecord *self = ZJTX_SUPPORT_RECORD (object);

  switch (prop_id)
    {
    case PROP_ENTERPRISE_ID:
      zjtx_support_record_set_enterprise_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      zjtx_support_record_set_kind (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      zjtx_support_record_set_date (self, g_value_get_string (value));
      break;

    case PROP_UNIT:
      zjtx_support_record_set_unit (self, g_value_get_string (value));
      break;

    case PROP_PLATFORM:
      zjtx_support_record_set_platform (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      zjtx_support_record_set_level (self, g_value_get_string (value));
      break;

    case PROP_SUBJECT:
      zjtx_support_record_set_subject (self, g_value_get_string (value));
      break;

    case PROP_BANK:
      zjtx_support_record_set_bank (self, g_value_get_string (value));
      break;

    case PROP_AMOUNT:
      zjtx_support_record_set_amount (self, g_value_get_int64 (value));
      break;

    case PROP_RATE:
      zjtx_support_record_set_rate (self, g_value_get_int64 (value));
      break;

    case PROP_FEE:
      zjtx_support_record_set_fee (self, g_value_get_int64 (value));
      break;

    case PROP_WAIVED:
      zjtx_support_record_set_waived (self, g_value_get_boolean (value));
      break;

    case PROP_STAGE:
      zjtx_support_record_set_stage (self, g_value_get_string (value));
      break;

    case PROP_PEOPLE:
      zjtx_support_record_set_people (self, g_value_get_int64 (value));
      break;

    case PROP_ROLE:
      zjtx_support_record_set_role (self, g_value_get_string (value));
      break;

    case PROP_INDUSTRY:
      zjtx_support_record_set_industry (self, g_value_get_string (value));
      break;

    case PROP_DECIDED_BY:
      zjtx_support_record_set_decided_by (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      zjtx_support_record_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Vocabularies */

typedef struct {
  const char *id;
  const char *label;        /* NC_(context, …) */
  const char *words[6];     /* Chinese words of the bureau's lists */
} Term;

typedef struct {
  const char *context;      /* of the labels */
  const char *property;
  const Term *terms;
  guint       n_terms;
} Vocabulary;

static const Term kind_terms[] = {
  { "platform", NC_("support kind", "R&D platform"), { "科研平台", "研发平台", "创新平台" } },
  { "rd_expense", NC_("support kind", "R&D expense reported"), { "研发费用", "研发投入", "研发费用申报" } },
  { "science_project", NC_("support kind", "Major science project"), { "重大科技专项", "重大科技项目", "科技项目" } },
  { "loan", NC_("support kind", "Matchmaking loan"), { "银企对接贷款", "银企对接", "贷款" } },
  { "guarantee", NC_("support kind", "Government guarantee"), { "政府性融资担保", "融资担保", "担保" } },
  { "listing", NC_("support kind", "Listing"), { "上市进程", "上市", "推进上市" } },
  { "talent_team", NC_("support kind", "High-level talent team"), { "高层次人才团队", "人才团队" } },
  { "management_training", NC_("support kind", "Management training"), { "经营管理人才培训", "经营管理培训", "管理培训" } },
  { "order_training", NC_("support kind", "Order-based training"), { "订单培养", "订单式培养", "订单培训" } },
  { "chain_role", NC_("support kind", "Role in a chain"), { "产业链角色", "链上角色", "强链补链" } },
  { "new_product", NC_("support kind", "New product"), { "新产品", "开发新产品" } },
  { "pool_entry", NC_("support kind", "Entered the pool"), { "入库培育", "入库", "纳入培育库" } },
  { "key_target", NC_("support kind", "Marked key target"), { "重点培育", "列为重点培育", "重点培育对象" } },
  { "recommended", NC_("support kind", "Recommended upward"), { "向上推荐", "推荐" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (kind_terms) == ZJTX_N_SUPPORT_KINDS);

static const Term level_terms[] = {
  { "county", NC_("support level", "County"), { "县级", "县" } },
  { "city", NC_("support level", "City"), { "市级", "市" } },
  { "provincial", NC_("support level", "Provincial"), { "省级", "省" } },
  { "national", NC_("support level", "National"), { "国家级", "国家" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (level_terms) == ZJTX_N_SUPPORT_LEVELS);

static const Term platform_terms[] = {
  { "key_lab", NC_("R&D platform", "Key laboratory"), { "重点实验室" } },
  { "rd_institution", NC_("R&D platform", "New R&D institution"), { "新型研发机构" } },
  { "tech_center", NC_("R&D platform", "Enterprise technology center"), { "企业技术中心", "技术中心" } },
  { "design_center", NC_("R&D platform", "Industrial design center"), { "工业设计中心", "设计中心" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (platform_terms) == ZJTX_N_PLATFORMS);

static const Term stage_terms[] = {
  { "tutoring", NC_("listing stage", "Tutoring filed"), { "辅导备案", "辅导" } },
  { "applied", NC_("listing stage", "Application filed"), { "申报", "已申报", "申报上市" } },
  { "listed", NC_("listing stage", "Listed"), { "上市", "已上市" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (stage_terms) == ZJTX_N_LISTING_STAGES);

static const Term role_terms[] = {
  { "leader", NC_("chain role", "Chain leader"), { "链主", "龙头", "龙头企业", "链主企业" } },
  { "supporting", NC_("chain role", "Supporting enterprise"), { "配套", "配套企业" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (role_terms) == ZJTX_N_CHAIN_ROLES);

static const Term industry_terms[] = {
  { "incense", NC_("industry", "Incense"), { "香", "制香", "香业" } },
  { "vinegar", NC_("industry", "Vinegar"), { "醋", "老醋" } },
  { "ceramics", NC_("industry", "Ceramics"), { "瓷", "陶瓷" } },
  { "textile_materials", NC_("industry", "New textile materials"), { "纺织新材料" } },
  { "electronic_materials", NC_("industry", "New electronic materials"), { "电子新材料" } },
  { "smart_terminals", NC_("industry", "Smart terminals"), { "智能终端" } },
};
G_STATIC_ASSERT (G_N_ELEMENTS (industry_terms) == ZJTX_N_INDUSTRIES);

static const Vocabulary vocabularies[] = {
  { "support kind", "kind", kind_terms, G_N_ELEMENTS (kind_terms) },
  { "support level", "level", level_terms, G_N_ELEMENTS (level_terms) },
  { "R&D platform", "platform", platform_terms, G_N_ELEMENTS (platform_terms) },
  { "listing stage", "stage", stage_terms, G_N_ELEMENTS (stage_terms) },
  { "chain role", "role", role_terms, G_N_ELEMENTS (role_terms) },
  { "industry", "industry", industry_terms, G_N_ELEMENTS (industry_terms) },
};
G_STATIC_ASSERT (G_N_ELEMENTS (vocabularies) == ZJTX_N_SUPPORT_VOCABULARIES);

guint
zjtx_support_vocabulary_get_n (ZjtxSupportVocabulary vocabulary)
{
  g_return_val_if_fail (vocabulary < ZJTX_N_SUPPORT_VOCABULARIES, 0);
  return vocabularies[vocabulary].n_terms;
}

const char *
zjtx_support_vocabulary_get_id (ZjtxSupportVocabulary vocabulary,
                                guint                 value)
{
  g_return_val_if_fail (vocabulary < ZJTX_N_SUPPORT_VOCABULARIES, NULL);
  g_return_val_if_fail (value < vocabularies[vocabulary].n_terms, NULL);
  return vocabularies[vocabulary].terms[value].id;
}

const char *
zjtx_support_vocabulary_get_label (ZjtxSupportVocabulary vocabulary,
                                   guint                 value)
{
  const Vocabulary *v;

  g_return_val_if_fail (vocabulary < ZJTX_N_SUPPORT_VOCABULARIES, NULL);
  v = &vocabularies[vocabulary];
  g_return_val_if_fail (value < v->n_terms, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, v->context, v->terms[value].label);
}

const char *
zjtx_support_vocabulary_get_property (ZjtxSupportVocabulary vocabulary)
{
  g_return_val_if_fail (vocabulary < ZJTX_N_SUPPORT_VOCABULARIES, NULL);
  return vocabularies[vocabulary].property;
}

int
zjtx_support_vocabulary_lookup (ZjtxSupportVocabulary  vocabulary,
                                const char            *id)
{
  g_return_val_if_fail (vocabulary < ZJTX_N_SUPPORT_VOCABULARIES, -1);
  for (guint i = 0; id != NULL && i < vocabularies[vocabulary].n_terms; i++)
    if (g_str_equal (vocabularies[vocabulary].terms[i].id, id))
      return i;
  return -1;
}

int
zjtx_support_vocabulary_parse (ZjtxSupportVocabulary  vocabulary,
                               const char            *text)
{
  const Vocabulary *v;

  g_return_val_if_fail (vocabulary < ZJTX_N_SUPPORT_VOCABULARIES, -1);
  if (text == NULL)
    return -1;
  v = &vocabularies[vocabulary];
  for (guint i = 0; i < v->n_terms; i++)
    {
      const Term *t = &v->terms[i];

      if (g_ascii_strcasecmp (text, t->id) == 0 || g_ascii_strcasecmp (text, t->label) == 0 ||
          g_str_equal (text, g_dpgettext2 (GETTEXT_PACKAGE, v->context, t->label)))
        return i;
      for (guint w = 0; w < G_N_ELEMENTS (t->words) && t->words[w] != NULL; w++)
        if (g_str_equal (text, t->words[w]))
          return i;
    }
  return -1;
}

/* Actions */

static const struct {
  const char *id;
  const char *clause;
  const char *label;   /* NC_("action", …) */
} actions[] = {
  { "cultivation", "三（一）", NC_("action", "Tiered cultivation") },
  { "chains", "三（二）", NC_("action", "Strengthening chains") },
  { "parks", "三（三）", NC_("action", "SRDI parks") },
  { "innovation", "三（四）", NC_("action", "Innovation") },
  { "finance", "三（五）", NC_("action", "Finance") },
  { "talent", "三（六）", NC_("action", "Talent") },
};
G_STATIC_ASSERT (G_N_ELEMENTS (actions) == ZJTX_N_ACTIONS);

const char *
zjtx_action_to_id (ZjtxAction action)
{
  g_return_val_if_fail (action < ZJTX_N_ACTIONS, NULL);
  return actions[action].id;
}

gboolean
zjtx_action_from_id (const char *id,
                     ZjtxAction *action)
{
  for (guint i = 0; id != NULL && i < ZJTX_N_ACTIONS; i++)
    if (g_str_equal (actions[i].id, id))
      {
        *action = i;
        return TRUE;
      }
  return FALSE;
}

const char *
zjtx_action_get_clause (ZjtxAction action)
{
  g_return_val_if_fail (action < ZJTX_N_ACTIONS, NULL);
  return actions[action].clause;
}

const char *
zjtx_action_get_label (ZjtxAction action)
{
  g_return_val_if_fail (action < ZJTX_N_ACTIONS, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "action", actions[action].label);
}

/* Kinds */

#define F(x) ZJTX_SUPPORT_FIELD_##x

static const struct {
  ZjtxAction         action;
  ZjtxSupportFields  fields;
  ZjtxSupportFields  required;
  const char        *subject;   /* NC_("support subject", …), or NULL */
} kinds[] = {
  [ZJTX_SUPPORT_PLATFORM] = { ZJTX_ACTION_INNOVATION, F (PLATFORM) | F (LEVEL) | F (SUBJECT), F (PLATFORM) | F (LEVEL),
                              NC_("support subject", "Platform name") },
  [ZJTX_SUPPORT_RD_EXPENSE] = { ZJTX_ACTION_INNOVATION, F (AMOUNT), F (AMOUNT), NULL },
  [ZJTX_SUPPORT_SCIENCE_PROJECT] = { ZJTX_ACTION_INNOVATION, F (SUBJECT) | F (LEVEL) | F (AMOUNT), F (SUBJECT),
                                     NC_("support subject", "Project") },
  [ZJTX_SUPPORT_LOAN] = { ZJTX_ACTION_FINANCE, F (BANK) | F (AMOUNT) | F (RATE), F (BANK) | F (AMOUNT), NULL },
  [ZJTX_SUPPORT_GUARANTEE] = { ZJTX_ACTION_FINANCE, F (AMOUNT) | F (FEE) | F (WAIVED), F (AMOUNT), NULL },
  [ZJTX_SUPPORT_LISTING] = { ZJTX_ACTION_FINANCE, F (STAGE) | F (SUBJECT), F (STAGE),
                             NC_("support subject", "Board or exchange") },
  [ZJTX_SUPPORT_TALENT_TEAM] = { ZJTX_ACTION_TALENT, F (LEVEL) | F (SUBJECT) | F (PEOPLE), F (LEVEL) | F (SUBJECT),
                                 NC_("support subject", "Team") },
  [ZJTX_SUPPORT_MANAGEMENT_TRAINING] = { ZJTX_ACTION_TALENT, F (SUBJECT) | F (PEOPLE), F (PEOPLE),
                                         NC_("support subject", "Course") },
  [ZJTX_SUPPORT_ORDER_TRAINING] = { ZJTX_ACTION_TALENT, F (SUBJECT) | F (PEOPLE), F (SUBJECT) | F (PEOPLE),
                                    NC_("support subject", "College") },
  [ZJTX_SUPPORT_CHAIN_ROLE] = { ZJTX_ACTION_CHAINS, F (ROLE) | F (INDUSTRY), F (ROLE) | F (INDUSTRY), NULL },
  [ZJTX_SUPPORT_NEW_PRODUCT] = { ZJTX_ACTION_CHAINS, F (SUBJECT) | F (INDUSTRY), F (SUBJECT) | F (INDUSTRY),
                                 NC_("support subject", "Product") },
  [ZJTX_SUPPORT_POOL_ENTRY] = { ZJTX_ACTION_CULTIVATION, F (DECIDED_BY), F (DECIDED_BY), NULL },
  [ZJTX_SUPPORT_KEY_TARGET] = { ZJTX_ACTION_CULTIVATION, F (DECIDED_BY), F (DECIDED_BY), NULL },
  [ZJTX_SUPPORT_RECOMMENDED] = { ZJTX_ACTION_CULTIVATION, F (DECIDED_BY), F (DECIDED_BY), NULL },
};
G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == ZJTX_N_SUPPORT_KINDS);

#undef F

/* In the order of ZjtxSupportFields' bits. */
static const char * const field_properties[ZJTX_SUPPORT_N_FIELDS] = {
  "platform", "level", "subject", "bank", "amount", "rate", "fee", "waived", "stage", "people", "role",
  "industry", "decided-by",
};

const char *
zjtx_support_field_get_property (ZjtxSupportFields field)
{
  for (guint i = 0; i < ZJTX_SUPPORT_N_FIELDS; i++)
    if (field == (1u << i))
      return field_properties[i];
  g_return_val_if_reached (NULL);
}

ZjtxAction
zjtx_support_kind_get_action (ZjtxSupportKind kind)
{
  g_return_val_if_fail (kind < ZJTX_N_SUPPORT_KINDS, ZJTX_ACTION_CULTIVATION);
  return kinds[kind].action;
}

ZjtxSupportFields
zjtx_support_kind_get_fields (ZjtxSupportKind    kind,
                              ZjtxSupportFields *required)
{
  g_return_val_if_fail (kind < ZJTX_N_SUPPORT_KINDS, 0);
  if (required)
    *required = kinds[kind].required;
  return kinds[kind].fields;
}

const char *
zjtx_support_kind_get_subject_label (ZjtxSupportKind kind)
{
  g_return_val_if_fail (kind < ZJTX_N_SUPPORT_KINDS, NULL);
  return kinds[kind].subject ? g_dpgettext2 (GETTEXT_PACKAGE, "support subject", kinds[kind].subject) : NULL;
}

/* Validation */

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000)
      return FALSE;
  return TRUE;
}

static gboolean
field_is_set (ZjtxSupportRecord *self,
              guint              bit)
{
  switch (1u << bit)
    {
    case ZJTX_SUPPORT_FIELD_PLATFORM:   return self->platform != NULL;
    case ZJTX_SUPPORT_FIELD_LEVEL:      return self->level != NULL;
    case ZJTX_SUPPORT_FIELD_SUBJECT:    return !is_blank (self->subject);
    case ZJTX_SUPPORT_FIELD_BANK:       return !is_blank (self->bank);
    case ZJTX_SUPPORT_FIELD_AMOUNT:     return self->amount != ZJTX_RECORD_NULL;
    case ZJTX_SUPPORT_FIELD_RATE:       return self->rate != ZJTX_RECORD_NULL;
    case ZJTX_SUPPORT_FIELD_FEE:        return self->fee != ZJTX_RECORD_NULL;
    case ZJTX_SUPPORT_FIELD_WAIVED:     return self->waived;
    case ZJTX_SUPPORT_FIELD_STAGE:      return self->stage != NULL;
    case ZJTX_SUPPORT_FIELD_PEOPLE:     return self->people != ZJTX_RECORD_NULL;
    case ZJTX_SUPPORT_FIELD_ROLE:       return self->role != NULL;
    case ZJTX_SUPPORT_FIELD_INDUSTRY:   return self->industry != NULL;
    case ZJTX_SUPPORT_FIELD_DECIDED_BY: return !is_blank (self->decided_by);
    default:                            g_return_val_if_reached (FALSE);
    }
}

char *
zjtx_support_vocabulary_list_labels (ZjtxSupportVocabulary vocabulary)
{
  GString *out = g_string_new (NULL);
  guint n = zjtx_support_vocabulary_get_n (vocabulary);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        /* Translators: between the items of a list, and before the last one */
        g_string_append (out, i + 1 < n ? C_("list", ", ") : C_("list", " or "));
      g_string_append (out, zjtx_support_vocabulary_get_label (vocabulary, i));
    }
  return g_string_free (out, FALSE);
}

static gboolean
check_term (ZjtxRecord            *record,
            ZjtxSupportVocabulary  vocabulary,
            const char            *value,
            GError               **error)
{
  g_autofree char *choices = NULL;

  if (value == NULL || zjtx_support_vocabulary_lookup (vocabulary, value) >= 0)
    return TRUE;
  choices = zjtx_support_vocabulary_list_labels (vocabulary);
  /* Translators: a value that is not on a closed list, then the list ("County, City, Provincial or National") */
  return zjtx_record_invalid (record, error, zjtx_support_vocabulary_get_property (vocabulary),
                              _("“%s” is not one of %s"), value, choices);
}

static gboolean
zjtx_support_record_validate (ZjtxRecord  *record,
                              GError     **error)
{
  ZjtxSupportRecord *self = ZJTX_SUPPORT_RECORD (record);
  ZjtxSupportFields fields, required;
  int kind;

  if (self->enterprise_id == 0)
    return zjtx_record_invalid (record, error, "enterprise-id", "%s", _("must be chosen"));

  if (!zjtx_record_check_required (record, "kind", error) ||
      !check_term (record, ZJTX_SUPPORT_VOCABULARY_KIND, self->kind, error) ||
      !zjtx_record_check_date (record, "date", TRUE, error))
    return FALSE;
  kind = zjtx_support_vocabulary_lookup (ZJTX_SUPPORT_VOCABULARY_KIND, self->kind);

  fields = zjtx_support_kind_get_fields (kind, &required);
  for (guint bit = 0; bit < ZJTX_SUPPORT_N_FIELDS; bit++)
    {
      gboolean set = field_is_set (self, bit);

      if (set && !(fields & (1u << bit)))
        /* Translators: a field filled in for a kind of support it does not
         * belong to; %s is the kind, "Matchmaking loan" */
        return zjtx_record_invalid (record, error, field_properties[bit], _("does not apply to “%s”"),
                                    zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND, kind));
      if (!set && (required & (1u << bit)))
        /* Translators: a field a kind of support needs; %s is the kind */
        return zjtx_record_invalid (record, error, field_properties[bit], _("must be filled in for “%s”"),
                                    zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_KIND, kind));
    }

  return check_term (record, ZJTX_SUPPORT_VOCABULARY_PLATFORM, self->platform, error) &&
         check_term (record, ZJTX_SUPPORT_VOCABULARY_LEVEL, self->level, error) &&
         check_term (record, ZJTX_SUPPORT_VOCABULARY_STAGE, self->stage, error) &&
         check_term (record, ZJTX_SUPPORT_VOCABULARY_ROLE, self->role, error) &&
         check_term (record, ZJTX_SUPPORT_VOCABULARY_INDUSTRY, self->industry, error) &&
         zjtx_record_check_range (record, "amount", 0, ZJTX_FEN_MAX, FALSE, error) &&
         zjtx_record_check_range (record, "fee", 0, ZJTX_FEN_MAX, FALSE, error) &&
         zjtx_record_check_range (record, "rate", 0, ZJTX_PPM, FALSE, error) &&
         zjtx_record_check_range (record, "people", 1, 10000000, FALSE, error);
}

/* Support is recorded once received: never ahead of time. */
static gboolean
zjtx_support_record_validate_dates (ZjtxRecord  *record,
                                    ZjtxDate     today,
                                    GError     **error)
{
  return zjtx_record_check_not_future (record, "date", today, error);
}

static void
zjtx_support_record_class_init (ZjtxSupportRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  ZjtxRecordClass *record_class = ZJTX_RECORD_CLASS (klass);

  object_class->finalize = zjtx_support_record_finalize;
  object_class->get_property = zjtx_support_record_get_property;
  object_class->set_property = zjtx_support_record_set_property;

  record_class->table = "support_record";
  record_class->validate = zjtx_support_record_validate;
  record_class->validate_dates = zjtx_support_record_validate_dates;

  properties[PROP_ENTERPRISE_ID] =
    g_param_spec_int64 ("enterprise-id", N_("Enterprise"), NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_string ("kind", N_("Kind of support"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DATE] =
    g_param_spec_string ("date", N_("Date"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UNIT] =
    g_param_spec_string ("unit", N_("Provided by"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLATFORM] =
    g_param_spec_string ("platform", N_("Kind of platform"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LEVEL] =
    g_param_spec_string ("level", N_("Level"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", N_("Subject"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BANK] =
    g_param_spec_string ("bank", N_("Bank"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", N_("Amount"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_RATE] =
    g_param_spec_int64 ("rate", N_("Interest rate"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FEE] =
    g_param_spec_int64 ("fee", N_("Guarantee fee"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_WAIVED] =
    g_param_spec_boolean ("waived", N_("Counter-guarantee waived"), NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STAGE] =
    g_param_spec_string ("stage", N_("Listing stage"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PEOPLE] =
    g_param_spec_int64 ("people", N_("People"), NULL,
                        G_MININT64, G_MAXINT64, ZJTX_RECORD_NULL,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ROLE] =
    g_param_spec_string ("role", N_("Role in the chain"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INDUSTRY] =
    g_param_spec_string ("industry", N_("Industry"), NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DECIDED_BY] =
    g_param_spec_string ("decided-by", N_("Decided by"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTES] =
    g_param_spec_string ("notes", N_("Notes"), NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
zjtx_support_record_init (ZjtxSupportRecord *self)
{
  /* The columns' defaults; NULL, FALSE and 0 need no code. */
  self->kind = g_strdup ("");
  self->date = g_strdup ("");
  self->unit = g_strdup ("");
  self->subject = g_strdup ("");
  self->bank = g_strdup ("");
  self->amount = ZJTX_RECORD_NULL;
  self->rate = ZJTX_RECORD_NULL;
  self->fee = ZJTX_RECORD_NULL;
  self->people = ZJTX_RECORD_NULL;
  self->decided_by = g_strdup ("");
  self->notes = g_strdup ("");
}

ZjtxSupportRecord *
zjtx_support_record_new (void)
{
  return g_object_new (ZJTX_TYPE_SUPPORT_RECORD, NULL);
}

gint64
zjtx_support_record_get_enterprise_id (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), 0);

  return self->enterprise_id;
}

void
zjtx_support_record_set_enterprise_id (ZjtxSupportRecord *self,
                                       gint64            enterprise_id)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));
  g_return_if_fail (enterprise_id >= 0);

  if (self->enterprise_id != enterprise_id)
    {
      self->enterprise_id = enterprise_id;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTERPRISE_ID]);
    }
}

const char *
zjtx_support_record_get_kind (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->kind;
}

void
zjtx_support_record_set_kind (ZjtxSupportRecord *self,
                              const char        *kind)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (kind == NULL)
    kind = "";
  if (zjtx_record_replace_string (&self->kind, kind))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
zjtx_support_record_get_date (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->date;
}

void
zjtx_support_record_set_date (ZjtxSupportRecord *self,
                              const char        *date)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (date == NULL)
    date = "";
  if (zjtx_record_replace_string (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
zjtx_support_record_get_unit (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->unit;
}

void
zjtx_support_record_set_unit (ZjtxSupportRecord *self,
                              const char        *unit)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (unit == NULL)
    unit = "";
  if (zjtx_record_replace_string (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
zjtx_support_record_get_platform (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->platform;
}

void
zjtx_support_record_set_platform (ZjtxSupportRecord *self,
                                  const char        *platform)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (platform != NULL && platform[0] == '\0')
    platform = NULL;
  if (zjtx_record_replace_string (&self->platform, platform))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLATFORM]);
}

const char *
zjtx_support_record_get_level (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->level;
}

void
zjtx_support_record_set_level (ZjtxSupportRecord *self,
                               const char        *level)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (level != NULL && level[0] == '\0')
    level = NULL;
  if (zjtx_record_replace_string (&self->level, level))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

const char *
zjtx_support_record_get_subject (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->subject;
}

void
zjtx_support_record_set_subject (ZjtxSupportRecord *self,
                                 const char        *subject)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (subject == NULL)
    subject = "";
  if (zjtx_record_replace_string (&self->subject, subject))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
zjtx_support_record_get_bank (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->bank;
}

void
zjtx_support_record_set_bank (ZjtxSupportRecord *self,
                              const char        *bank)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (bank == NULL)
    bank = "";
  if (zjtx_record_replace_string (&self->bank, bank))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BANK]);
}

gint64
zjtx_support_record_get_amount (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), ZJTX_RECORD_NULL);

  return self->amount;
}

void
zjtx_support_record_set_amount (ZjtxSupportRecord *self,
                                gint64            amount)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (self->amount != amount)
    {
      self->amount = amount;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AMOUNT]);
    }
}

gint64
zjtx_support_record_get_rate (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), ZJTX_RECORD_NULL);

  return self->rate;
}

void
zjtx_support_record_set_rate (ZjtxSupportRecord *self,
                              gint64            rate)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (self->rate != rate)
    {
      self->rate = rate;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
    }
}

gint64
zjtx_support_record_get_fee (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), ZJTX_RECORD_NULL);

  return self->fee;
}

void
zjtx_support_record_set_fee (ZjtxSupportRecord *self,
                             gint64            fee)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (self->fee != fee)
    {
      self->fee = fee;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FEE]);
    }
}

gboolean
zjtx_support_record_get_waived (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), FALSE);

  return self->waived;
}

void
zjtx_support_record_set_waived (ZjtxSupportRecord *self,
                                gboolean          waived)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));
  waived = !!waived;

  if (self->waived != waived)
    {
      self->waived = waived;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAIVED]);
    }
}

const char *
zjtx_support_record_get_stage (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->stage;
}

void
zjtx_support_record_set_stage (ZjtxSupportRecord *self,
                               const char        *stage)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (stage != NULL && stage[0] == '\0')
    stage = NULL;
  if (zjtx_record_replace_string (&self->stage, stage))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

gint64
zjtx_support_record_get_people (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), ZJTX_RECORD_NULL);

  return self->people;
}

void
zjtx_support_record_set_people (ZjtxSupportRecord *self,
                                gint64            people)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (self->people != people)
    {
      self->people = people;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PEOPLE]);
    }
}

const char *
zjtx_support_record_get_role (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->role;
}

void
zjtx_support_record_set_role (ZjtxSupportRecord *self,
                              const char        *role)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (role != NULL && role[0] == '\0')
    role = NULL;
  if (zjtx_record_replace_string (&self->role, role))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
zjtx_support_record_get_industry (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->industry;
}

void
zjtx_support_record_set_industry (ZjtxSupportRecord *self,
                                  const char        *industry)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (industry != NULL && industry[0] == '\0')
    industry = NULL;
  if (zjtx_record_replace_string (&self->industry, industry))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INDUSTRY]);
}

const char *
zjtx_support_record_get_decided_by (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->decided_by;
}

void
zjtx_support_record_set_decided_by (ZjtxSupportRecord *self,
                                    const char        *decided_by)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (decided_by == NULL)
    decided_by = "";
  if (zjtx_record_replace_string (&self->decided_by, decided_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED_BY]);
}

const char *
zjtx_support_record_get_notes (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), NULL);

  return self->notes;
}

void
zjtx_support_record_set_notes (ZjtxSupportRecord *self,
                               const char        *notes)
{
  g_return_if_fail (ZJTX_IS_SUPPORT_RECORD (self));

  if (notes == NULL)
    notes = "";
  if (zjtx_record_replace_string (&self->notes, notes))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

int
zjtx_support_record_get_kind_value (ZjtxSupportRecord *self)
{
  g_return_val_if_fail (ZJTX_IS_SUPPORT_RECORD (self), -1);

  return zjtx_support_vocabulary_lookup (ZJTX_SUPPORT_VOCABULARY_KIND, self->kind);
}
