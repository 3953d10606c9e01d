/* zjtx-support-record.h: support an enterprise received under one of the policy's actions
 *
 * A support record (扶持记录) says what an enterprise received, when, from
 * which unit, under one action of 永政办规〔2024〕1号 三: an R&D platform, a
 * loan through bank–enterprise matchmaking, a guarantee, a step towards
 * listing, a talent team, a training, a role in an industry chain, a new
 * product, or a step of tiered cultivation (entered the pool, marked key
 * target, recommended upward). Its "kind" decides the action it serves and
 * which of the typed columns apply (zjtx_support_kind_get_fields ()); the
 * others stay empty, and validate names the field that is missing, wrong,
 * or filled in where it does not apply. The date must not be in the future.
 *
 * Columns: "amount" and "fee" are fen, "rate" ppm (4.35% = 43500),
 * "people" a count, all ZJTX_RECORD_NULL when not given; "platform",
 * "level", "stage", "role" and "industry" hold the ids of their
 * vocabularies (below) or NULL; "subject" is what the kind names (the
 * platform, project, team, course, college or product: see
 * zjtx_support_kind_get_subject_label ()); "unit" the unit that provided
 * the support, "decided-by" who decided a cultivation step.
 */
#pragma once

#include "zjtx-record.h"

G_BEGIN_DECLS

/* The six actions of part 三, in the policy's order. */
typedef enum {
  ZJTX_ACTION_CULTIVATION,   /* 三（一） tiered cultivation */
  ZJTX_ACTION_CHAINS,        /* 三（二） strengthening chains */
  ZJTX_ACTION_PARKS,         /* 三（三） SRDI parks (the parks page; no support records) */
  ZJTX_ACTION_INNOVATION,    /* 三（四） innovation */
  ZJTX_ACTION_FINANCE,       /* 三（五） finance */
  ZJTX_ACTION_TALENT,        /* 三（六） talent */
  ZJTX_N_ACTIONS
} ZjtxAction;

/* "cultivation", "chains", "parks", "innovation", "finance", "talent" */
const char *zjtx_action_to_id      (ZjtxAction  action);
gboolean    zjtx_action_from_id    (const char *id,
                                    ZjtxAction *action);
/* "三（四）" */
const char *zjtx_action_get_clause (ZjtxAction  action);
/* Translated, short: "Innovation" */
const char *zjtx_action_get_label  (ZjtxAction  action);

/* The kinds of support; the values are indices of ZJTX_SUPPORT_VOCABULARY_KIND. */
typedef enum {
  ZJTX_SUPPORT_PLATFORM,             /* innovation: an R&D platform created */
  ZJTX_SUPPORT_RD_EXPENSE,           /* innovation: R&D expense reported */
  ZJTX_SUPPORT_SCIENCE_PROJECT,      /* innovation: a project in a major science programme */
  ZJTX_SUPPORT_LOAN,                 /* finance: a loan through bank–enterprise matchmaking */
  ZJTX_SUPPORT_GUARANTEE,            /* finance: a guarantee by the government guarantee agency */
  ZJTX_SUPPORT_LISTING,              /* finance: a step towards listing */
  ZJTX_SUPPORT_TALENT_TEAM,          /* talent: a high-level talent team recognised */
  ZJTX_SUPPORT_MANAGEMENT_TRAINING,  /* talent: people trained in the bureau's management courses */
  ZJTX_SUPPORT_ORDER_TRAINING,       /* talent: order-based training with a college */
  ZJTX_SUPPORT_CHAIN_ROLE,           /* chains: leader or supporting enterprise of a chain */
  ZJTX_SUPPORT_NEW_PRODUCT,          /* chains: a new product */
  ZJTX_SUPPORT_POOL_ENTRY,           /* cultivation: entered the pool */
  ZJTX_SUPPORT_KEY_TARGET,           /* cultivation: marked key target */
  ZJTX_SUPPORT_RECOMMENDED,          /* cultivation: recommended upward */
  ZJTX_N_SUPPORT_KINDS
} ZjtxSupportKind;

typedef enum {
  ZJTX_SUPPORT_LEVEL_COUNTY,
  ZJTX_SUPPORT_LEVEL_CITY,
  ZJTX_SUPPORT_LEVEL_PROVINCIAL,
  ZJTX_SUPPORT_LEVEL_NATIONAL,
  ZJTX_N_SUPPORT_LEVELS
} ZjtxSupportLevel;

typedef enum {
  ZJTX_PLATFORM_KEY_LAB,         /* 重点实验室 */
  ZJTX_PLATFORM_RD_INSTITUTION,  /* 新型研发机构 */
  ZJTX_PLATFORM_TECH_CENTER,     /* 企业技术中心 */
  ZJTX_PLATFORM_DESIGN_CENTER,   /* 工业设计中心 */
  ZJTX_N_PLATFORMS
} ZjtxPlatform;

/* In order: a later stage is further along. */
typedef enum {
  ZJTX_LISTING_TUTORING,   /* 辅导备案 */
  ZJTX_LISTING_APPLIED,    /* 申报 */
  ZJTX_LISTING_LISTED,     /* 上市 */
  ZJTX_N_LISTING_STAGES
} ZjtxListingStage;

typedef enum {
  ZJTX_CHAIN_LEADER,       /* 链主 / 龙头 */
  ZJTX_CHAIN_SUPPORTING,   /* 配套 */
  ZJTX_N_CHAIN_ROLES
} ZjtxChainRole;

/* The industries 三（二） names: three rooted, then three emerging. */
typedef enum {
  ZJTX_INDUSTRY_INCENSE,               /* 香 */
  ZJTX_INDUSTRY_VINEGAR,               /* 醋 */
  ZJTX_INDUSTRY_CERAMICS,              /* 瓷 */
  ZJTX_INDUSTRY_TEXTILE_MATERIALS,     /* 纺织新材料 */
  ZJTX_INDUSTRY_ELECTRONIC_MATERIALS,  /* 电子新材料 */
  ZJTX_INDUSTRY_SMART_TERMINALS,       /* 智能终端 */
  ZJTX_N_INDUSTRIES
} ZjtxChainIndustry;

#define ZJTX_INDUSTRY_IS_ROOTED(i) ((i) <= ZJTX_INDUSTRY_CERAMICS)

/* Each closed list of values a support record holds, for lists, menus and
 * the importer. Values are the enums above, by index. */
typedef enum {
  ZJTX_SUPPORT_VOCABULARY_KIND,
  ZJTX_SUPPORT_VOCABULARY_LEVEL,
  ZJTX_SUPPORT_VOCABULARY_PLATFORM,
  ZJTX_SUPPORT_VOCABULARY_STAGE,
  ZJTX_SUPPORT_VOCABULARY_ROLE,
  ZJTX_SUPPORT_VOCABULARY_INDUSTRY,
  ZJTX_N_SUPPORT_VOCABULARIES
} ZjtxSupportVocabulary;

guint        zjtx_support_vocabulary_get_n     (ZjtxSupportVocabulary vocabulary);
/* The stored id ("provincial") */
const char  *zjtx_support_vocabulary_get_id    (ZjtxSupportVocabulary vocabulary,
                                                guint                 value);
/* The translated label ("Provincial") */
const char  *zjtx_support_vocabulary_get_label (ZjtxSupportVocabulary vocabulary,
                                                guint                 value);
/* The value of a stored id, or -1. */
int          zjtx_support_vocabulary_lookup    (ZjtxSupportVocabulary vocabulary,
                                                const char           *id);
/* What a spreadsheet cell may say: the id, the English label, the label in
 * the user's language, or the Chinese words of the bureau's lists ("省级",
 * "企业技术中心", "辅导备案", "链主"). -1 if none. */
int          zjtx_support_vocabulary_parse     (ZjtxSupportVocabulary vocabulary,
                                                const char           *text);
/* Every label of @vocabulary as a list for a message: "County, City,
 * Provincial or National". */
char        *zjtx_support_vocabulary_list_labels (ZjtxSupportVocabulary vocabulary);
/* "kind", "level", "platform", "stage", "role", "industry" */
const char  *zjtx_support_vocabulary_get_property (ZjtxSupportVocabulary vocabulary);

/* The typed columns a kind uses. */
typedef enum {
  ZJTX_SUPPORT_FIELD_PLATFORM   = 1 << 0,
  ZJTX_SUPPORT_FIELD_LEVEL      = 1 << 1,
  ZJTX_SUPPORT_FIELD_SUBJECT    = 1 << 2,
  ZJTX_SUPPORT_FIELD_BANK       = 1 << 3,
  ZJTX_SUPPORT_FIELD_AMOUNT     = 1 << 4,
  ZJTX_SUPPORT_FIELD_RATE       = 1 << 5,
  ZJTX_SUPPORT_FIELD_FEE        = 1 << 6,
  ZJTX_SUPPORT_FIELD_WAIVED     = 1 << 7,
  ZJTX_SUPPORT_FIELD_STAGE      = 1 << 8,
  ZJTX_SUPPORT_FIELD_PEOPLE     = 1 << 9,
  ZJTX_SUPPORT_FIELD_ROLE       = 1 << 10,
  ZJTX_SUPPORT_FIELD_INDUSTRY   = 1 << 11,
  ZJTX_SUPPORT_FIELD_DECIDED_BY = 1 << 12,
} ZjtxSupportFields;

#define ZJTX_SUPPORT_N_FIELDS 13

/* The property of a single field ("decided-by"). */
const char        *zjtx_support_field_get_property     (ZjtxSupportFields  field);
ZjtxAction         zjtx_support_kind_get_action        (ZjtxSupportKind    kind);
/* The fields @kind uses; *@required (if given) gets those it needs. */
ZjtxSupportFields  zjtx_support_kind_get_fields        (ZjtxSupportKind    kind,
                                                        ZjtxSupportFields *required);
/* What "subject" means for @kind, translated ("Project", "College"), or
 * NULL when the kind has no subject. */
const char        *zjtx_support_kind_get_subject_label (ZjtxSupportKind    kind);

#define ZJTX_TYPE_SUPPORT_RECORD (zjtx_support_record_get_type ())
G_DECLARE_FINAL_TYPE (ZjtxSupportRecord, zjtx_support_record, ZJTX, SUPPORT_RECORD, ZjtxRecord)

ZjtxSupportRecord *zjtx_support_record_new               (void);

gint64             zjtx_support_record_get_enterprise_id (ZjtxSupportRecord *self);
void               zjtx_support_record_set_enterprise_id (ZjtxSupportRecord *self,
                                                          gint64             enterprise_id);

const char        *zjtx_support_record_get_kind          (ZjtxSupportRecord *self);
void               zjtx_support_record_set_kind          (ZjtxSupportRecord *self,
                                                          const char        *kind);

const char        *zjtx_support_record_get_date          (ZjtxSupportRecord *self);
void               zjtx_support_record_set_date          (ZjtxSupportRecord *self,
                                                          const char        *date);

const char        *zjtx_support_record_get_unit          (ZjtxSupportRecord *self);
void               zjtx_support_record_set_unit          (ZjtxSupportRecord *self,
                                                          const char        *unit);

const char        *zjtx_support_record_get_platform      (ZjtxSupportRecord *self);
void               zjtx_support_record_set_platform      (ZjtxSupportRecord *self,
                                                          const char        *platform);

const char        *zjtx_support_record_get_level         (ZjtxSupportRecord *self);
void               zjtx_support_record_set_level         (ZjtxSupportRecord *self,
                                                          const char        *level);

const char        *zjtx_support_record_get_subject       (ZjtxSupportRecord *self);
void               zjtx_support_record_set_subject       (ZjtxSupportRecord *self,
                                                          const char        *subject);

const char        *zjtx_support_record_get_bank          (ZjtxSupportRecord *self);
void               zjtx_support_record_set_bank          (ZjtxSupportRecord *self,
                                                          const char        *bank);

gint64             zjtx_support_record_get_amount        (ZjtxSupportRecord *self);
void               zjtx_support_record_set_amount        (ZjtxSupportRecord *self,
                                                          gint64             amount);

gint64             zjtx_support_record_get_rate          (ZjtxSupportRecord *self);
void               zjtx_support_record_set_rate          (ZjtxSupportRecord *self,
                                                          gint64             rate);

gint64             zjtx_support_record_get_fee           (ZjtxSupportRecord *self);
void               zjtx_support_record_set_fee           (ZjtxSupportRecord *self,
                                                          gint64             fee);

gboolean           zjtx_support_record_get_waived        (ZjtxSupportRecord *self);
void               zjtx_support_record_set_waived        (ZjtxSupportRecord *self,
                                                          gboolean           waived);

const char        *zjtx_support_record_get_stage         (ZjtxSupportRecord *self);
void               zjtx_support_record_set_stage         (ZjtxSupportRecord *self,
                                                          const char        *stage);

gint64             zjtx_support_record_get_people        (ZjtxSupportRecord *self);
void               zjtx_support_record_set_people        (ZjtxSupportRecord *self,
                                                          gint64             people);

const char        *zjtx_support_record_get_role          (ZjtxSupportRecord *self);
void               zjtx_support_record_set_role          (ZjtxSupportRecord *self,
                                                          const char        *role);

const char        *zjtx_support_record_get_industry      (ZjtxSupportRecord *self);
void               zjtx_support_record_set_industry      (ZjtxSupportRecord *self,
                                                          const char        *industry);

const char        *zjtx_support_record_get_decided_by    (ZjtxSupportRecord *self);
void               zjtx_support_record_set_decided_by    (ZjtxSupportRecord *self,
                                                          const char        *decided_by);

const char        *zjtx_support_record_get_notes         (ZjtxSupportRecord *self);
void               zjtx_support_record_set_notes         (ZjtxSupportRecord *self,
                                                          const char        *notes);

/* The kind as an enum, or -1 if the stored id is unknown. */
int                zjtx_support_record_get_kind_value  (ZjtxSupportRecord *self);

G_END_DECLS
