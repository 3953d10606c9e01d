/* zjtx-demo.c: a fictional county, to show the application and to measure it
 *
 * First a plan in memory (who is recognised when, who sits in which park,
 * who gets a commissioner), drawn from one GRand in a fixed order; then the
 * records, written through zjtx_store_save () in one transaction. All names,
 * codes and figures are invented; only the townships, industries and the
 * shape of the policy are Yongchun's.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "core/zjtx-date.h"
#include "core/zjtx-policy.h"
#include "core/zjtx-uscc.h"
#include "zjtx-action-tasks.h"
#include "zjtx-demo.h"
#include "zjtx-enterprise.h"
#include "zjtx-housing-loan.h"
#include "zjtx-institution.h"
#include "zjtx-monitoring-record.h"
#include "zjtx-park.h"
#include "zjtx-person.h"
#include "zjtx-recognition.h"
#include "zjtx-rent.h"
#include "zjtx-service-claim.h"
#include "zjtx-support-record.h"
#include "zjtx-township.h"

G_DEFINE_QUARK (zjtx-demo-error-quark, zjtx_demo_error)

/* The demo's calendar is fixed, never today's: the county as the bureau
 * would hold it at the end of September 2026. */
#define FIRST_YEAR 2019
#define LAST_YEAR 2026
#define N_YEARS (LAST_YEAR - FIRST_YEAR + 1)
#define HORIZON() zjtx_date_from_ymd (2026, 9, 30)
/* Monitoring figures are yearly, for these years. */
#define MONITORING_FIRST_YEAR 2022
#define MONITORING_LAST_YEAR 2025
/* The demonstration park opened in autumn 2023; most SRDI enterprises
 * moved in during 2024 and 2025. */
#define DEMONSTRATION_OPENED() zjtx_date_from_ymd (2023, 9, 1)
/* From 1,000 enterprises on, a second demonstration park. */
#define LARGE_COUNTY 1000

/* Shares of the county, chosen so that 300 enterprises come near the
 * policy's targets for 2025 (70 innovative, 30 provincial, 2 national). */
#define INNOVATIVE_PERCENT 25            /* of all enterprises */
#define PROVINCIAL_PERCENT 44            /* of the innovative ones */
#define NATIONAL_PER_ENTERPRISES 100     /* one little giant per this many */
#define REVIEW_PERCENT 85                /* re-reviewed rather than lapsed */
#define IN_PARKS_PERCENT 25              /* enterprises in some park */
#define DEMONSTRATION_PERCENT 40         /* of the provincial ones, in the demonstration park */

/* First recognitions per year, FIRST_YEAR to LAST_YEAR, as weights: the
 * pool grew fast once the county's policy came out in 2024. */
static const guint innovative_years[N_YEARS] = { 4, 6, 8, 12, 16, 23, 24, 7 };
static const guint provincial_years[N_YEARS] = { 0, 6, 8, 12, 18, 24, 22, 10 };
static const guint national_years[N_YEARS]   = { 0, 0, 0, 1, 1, 3, 3, 3 };

/* ------------------------------------------------------------------ */
/* what the county is made of                                          */

typedef struct {
  const char *name;             /* the industry chain, as officers write it */
  guint       weight;           /* share of the county's enterprises */
  guint       kwh_per_10k;      /* kWh per 10,000 yuan of revenue */
  const char *tails[7];         /* after the trade name, before 有限公司 */
  const char *niches[6];
  const char *products[11];
  const char *townships[6];     /* where it clusters */
} Industry;

static const Industry industries[] = {
  { "香", 20, 80,
    { "香业", "香业科技", "香品", "制香", "香料", "香业发展", NULL },
    { "竹签香出口", "高端沉香制品", "檀香制品", "环保微烟香", "香料香粉", NULL },
    { "竹签香", "檀香", "沉香线香", "盘香", "篾香", "卧香", "塔香", "香粉", "藏香", "供香", NULL },
    { "达埔镇", "五里街镇", "桃城镇", NULL } },
  { "醋", 5, 150,
    { "老醋", "醋业", "酿造", "食品", NULL },
    { "红曲老醋酿造", "功能性醋饮", "传统酿造调味品", NULL },
    { "永春老醋", "红曲老醋", "醋饮料", "香醋", "果醋", "醋蛋液", NULL },
    { "桃城镇", "五里街镇", "石鼓镇", NULL } },
  { "瓷", 8, 800,
    { "陶瓷", "瓷业", "陶艺", "工艺品", "陶瓷科技", NULL },
    { "日用陶瓷出口", "陶瓷茶具", "工艺陶瓷", NULL },
    { "白瓷茶具", "日用陶瓷", "工艺陶瓷", "陶瓷花盆", "青瓷摆件", "酒店用瓷", NULL },
    { "东平镇", "东关镇", "介福乡", NULL } },
  { "纺织新材料", 12, 500,
    { "纺织", "新材料科技", "纤维科技", "织造", "化纤", NULL },
    { "再生纤维", "功能性面料", "运动鞋服面料", NULL },
    { "功能性面料", "再生涤纶纤维", "经编面料", "无纺布", "弹性纱线", "鞋面材料", NULL },
    { "石鼓镇", "东平镇", "湖洋镇", NULL } },
  { "电子新材料", 8, 300,
    { "电子", "新材料科技", "光电", "电子材料", "光电科技", NULL },
    { "LED封装", "电子化学品", "导热材料", NULL },
    { "LED封装材料", "覆铜板", "电子浆料", "导热硅胶", "光学膜", "荧光粉", NULL },
    { "达埔镇", "桃城镇", NULL } },
  { "智能终端", 8, 120,
    { "智能科技", "电子科技", "通讯设备", "智能装备", NULL },
    { "可穿戴设备", "智能家居", "车载电子", NULL },
    { "智能穿戴设备", "蓝牙耳机", "智能家居终端", "车载终端", "智能门锁", "平板电脑配件", NULL },
    { "桃城镇", "五里街镇", "岵山镇", NULL } },
  { "茶", 12, 100,
    { "茶业", "茶叶", "茶业发展", "生态茶业", NULL },
    { "佛手茶精制", "茶饮料", "有机茶", NULL },
    { "永春佛手茶", "乌龙茶", "红茶", "茶饮料", "速溶茶粉", "袋泡茶", NULL },
    { "苏坑镇", "玉斗镇", "桂洋镇", "湖洋镇", "外山乡", NULL } },
  { "竹藤", 8, 120,
    { "竹藤", "竹业", "竹木", "工艺", "竹制品", NULL },
    { "竹编出口工艺品", "藤编家具", "竹制家居用品", NULL },
    { "竹编工艺品", "藤编家具", "竹制家居用品", "竹炭制品", "竹签", "竹凉席", NULL },
    { "吾峰镇", "下洋镇", "一都镇", "锦斗镇", NULL } },
  { "芦柑加工", 6, 150,
    { "食品", "果业", "农产品", "果品", NULL },
    { "柑橘深加工", "果汁饮料", "陈皮", NULL },
    { "芦柑鲜果", "芦柑罐头", "柑橘果汁", "陈皮", "果脯蜜饯", "柑橘精油", NULL },
    { "五里街镇", "岵山镇", "仙夹镇", "呈祥乡", NULL } },
  { "机械", 13, 250,
    { "机械", "机电", "装备", "精密机械", "机械制造", NULL },
    { "制香装备", "农产品加工机械", "窑炉装备", NULL },
    { "制香机械", "竹签机", "陶瓷窑炉", "包装机械", "数控机床配件", "茶叶加工机械", NULL },
    { "五里街镇", "石鼓镇", "蓬壶镇", NULL } },
};

#define N_INDUSTRIES G_N_ELEMENTS (industries)

typedef struct {
  const char *name;
  const char *township;
  gboolean    contiguous;
  gboolean    standardised;
  const char *industries[4];    /* those it takes in; none: any */
} ParkSpec;

/* The first is the demonstration park; LARGE_PARK becomes the second one in
 * a large county. The first 8, 10 or 12 are used, by the county's size. */
static const ParkSpec park_specs[] = {
  { "蓬壶专精特新示范园", "蓬壶镇", TRUE, TRUE, { NULL } },
  { "永春县榜德工业园区", "桃城镇", TRUE, TRUE, { NULL } },
  { "达埔光电产业园", "达埔镇", TRUE, TRUE, { "电子新材料", "智能终端", NULL } },
  { "永春县达埔香产业园", "达埔镇", TRUE, FALSE, { "香", "机械", NULL } },
  { "五里街工业园区", "五里街镇", FALSE, TRUE, { NULL } },
  { "石鼓食品产业园", "石鼓镇", TRUE, FALSE, { "醋", "芦柑加工", "茶", NULL } },
  { "东平纺织新材料产业园", "东平镇", TRUE, TRUE, { "纺织新材料", NULL } },
  { "岵山智能制造产业园", "岵山镇", FALSE, FALSE, { "智能终端", "机械", "电子新材料", NULL } },
  { "湖洋工业园区", "湖洋镇", TRUE, TRUE, { NULL } },
  { "吾峰竹藤工艺园", "吾峰镇", FALSE, FALSE, { "竹藤", NULL } },
  { "下洋生态茶业园", "下洋镇", FALSE, FALSE, { "茶", NULL } },
  { "永春县城东科技园", "桃城镇", TRUE, FALSE, { NULL } },
};

#define LARGE_PARK 8
#define LARGE_PARK_NAME "湖洋专精特新示范园"

typedef struct {
  const char *name;
  const char *kind;
  int         park;             /* index into park_specs */
} InstitutionSpec;

/* The first four in the demonstration park; the fifth in an ordinary park
 * (the policy's reward does not reach it); the sixth in LARGE_PARK. */
static const InstitutionSpec institution_specs[] = {
  { "永春县工业设计中心", "工业设计", 0 },
  { "蓬壶专精特新技术研发服务平台", "技术研发", 0 },
  { "永春县中小企业创业辅导中心", "创业辅导", 0 },
  { "福建永春才汇人力资源服务有限公司", "人力资源", 0 },
  { "达埔光电检验检测服务中心", "检验检测", 2 },
  { "湖洋科技企业孵化器", "创业辅导", LARGE_PARK },
};

/* Rough sizes of the townships, for where enterprises that do not cluster go. */
static const struct {
  const char *name;
  guint       weight;
} township_weights[] = {
  { "桃城镇", 10 }, { "五里街镇", 8 }, { "达埔镇", 8 }, { "蓬壶镇", 6 }, { "石鼓镇", 6 },
  { "东平镇", 5 }, { "岵山镇", 4 }, { "湖洋镇", 4 }, { "吾峰镇", 3 }, { "下洋镇", 3 },
  { "东关镇", 2 }, { "一都镇", 2 }, { "坑仔口镇", 2 }, { "苏坑镇", 2 }, { "仙夹镇", 2 },
};

static const char * const prefixes[] = { "永春县", "永春县", "永春县", "永春县", "永春", "永春", "福建", "福建", "福建", "福建永春", "泉州", "泉州" };
static const char trade_chars[] =
  "达鑫顺兴隆泰恒源盛华发裕丰宏昌瑞祥德福嘉金美新佳诚信远辉荣益和安康锦鸿骏晟汇联创宇通力天晨卓越明光正品合旺茂森峰海博凯腾";
static const char * const places[] = {
  "桃城", "五里", "蓬壶", "达埔", "石鼓", "岵山", "东平", "湖洋", "吾峰", "下洋", "东关", "苏坑",
  "玉斗", "锦斗", "桂洋", "仙夹", "一都", "魁斗", "美岭", "留安", "汤城", "榜德", "龙水", "华岩",
};
static const char * const villages[] = {
  "东园", "光烈", "塔溪", "汉口", "美岭", "仙乡", "岩峰", "蓬莱", "魁斗", "新溪", "华岩", "埔头",
  "鹏溪", "上场", "溪园", "茂霞", "龙阁", "环峰", "儒林", "南石", "西昌", "高垅", "前峰", "桃溪",
};
static const char * const surnames[] = {
  "陈", "陈", "陈", "陈", "林", "林", "林", "黄", "黄", "郑", "郑", "李", "王", "张", "刘", "吴",
  "蔡", "颜", "颜", "周", "潘", "尤", "尤", "郭", "余", "康", "苏", "杨", "许", "洪", "庄", "徐",
  "谢", "曾", "叶", "詹", "姚",
};
static const char given_chars[] =
  "志国建明文华金清荣福海伟强丽美秀春燕玉芳婷雅思雪晓俊杰辉宏鸿龙水泉永源德顺成东阳毅鹏斌彬凯良新松峰育锦添振耀培双碧琼丹惠";
static const char * const mobile_prefixes[] = {
  "133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159",
  "177", "180", "181", "183", "186", "187", "188", "189", "199",
};
static const char * const banks[] = {
  "福建永春农村商业银行", "中国农业银行永春县支行", "中国银行永春支行", "中国建设银行永春支行",
  "中国工商银行永春支行", "兴业银行永春支行", "泉州银行永春支行", "中国邮政储蓄银行永春县支行",
};
static const char * const chinese_numbers[] = { "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

static const struct {
  const char *unit;
  const char *title;
} liaison_posts[] = {
  { "县人民政府", "副县长" },
  { "县人大常委会", "副主任" },
  { "县政协", "副主席" },
  { "县人民政府", "副县长" },
  { "县委统战部", "部长" },
  { "县人民政府", "县长助理" },
  { "县人大常委会", "副主任" },
  { "县政协", "副主席" },
};

static const char * const bureau_titles[] = {
  "一级科员", "四级主任科员", "三级主任科员", "中小企业股股长", "产业股副股长", "副局长",
};

/* ------------------------------------------------------------------ */
/* the plan                                                            */

enum {
  CLAIM_LOAN = 1 << 0,
  CLAIM_RENT = 1 << 1,
  CLAIM_KWH_ABOVE = 1 << 2,     /* first-year kWh at or above 2,000,000 */
  CLAIM_KWH_BELOW = 1 << 3,
  CLAIM_CHOOSE_RENT = 1 << 4,   /* an officer's choice, with a reason */
};

/* Kept small (32 bytes on x86-64): the CLI allows ten million enterprises. */
typedef struct {
  ZjtxDate first[ZJTX_N_TIERS]; /* first recognition of each tier; [NONE] unused */
  guint8   batch[ZJTX_N_TIERS];
  guint8   industry;
  gint8    park;                /* index into park_specs, -1 for none */
  guint8   claims;
  guint8   key_target : 1;
  guint8   recommended : 1;
  ZjtxDate entry;
  gint16   commissioner;        /* index into Demo.commissioners, -1 for none */
  gint16   liaison;
} Plan;

typedef struct {
  ZjtxStore  *store;
  GRand      *rand;
  /* The support records and task notes draw from their own stream, so that
   * adding them left every other record of a seed's county as it was. */
  GRand      *support_rand;
  guint       n;
  Plan       *plans;

  GPtrArray  *townships;        /* char *, the store's, in its order */
  guint      *township_sums;    /* cumulative weights */
  GArray     *preferred[N_INDUSTRIES];  /* int, indices into townships */

  guint       n_parks;
  guint       n_commissioners;
  guint       n_liaisons;
  gint64      park_ids[G_N_ELEMENTS (park_specs)];
  gboolean    demonstration[G_N_ELEMENTS (park_specs)];
  GArray     *commissioners;    /* gint64 person ids */
  GArray     *liaisons;

  /* Hashes of the enterprise and person names taken (not the names: a
   * hash seen before only costs another draw). */
  GHashTable *names;
  guint32     uscc_offset[2];   /* per seed, for the codes of make_uscc () */
  guint       n_old_codes;
  guint       n_new_codes;
  guint       certificates[ZJTX_N_TIERS][N_YEARS];
} Demo;

static void
demo_clear (Demo *demo)
{
  g_clear_pointer (&demo->rand, g_rand_free);
  g_clear_pointer (&demo->support_rand, g_rand_free);
  g_clear_pointer (&demo->plans, g_free);
  g_clear_pointer (&demo->townships, g_ptr_array_unref);
  g_clear_pointer (&demo->township_sums, g_free);
  for (guint i = 0; i < N_INDUSTRIES; i++)
    g_clear_pointer (&demo->preferred[i], g_array_unref);
  g_clear_pointer (&demo->commissioners, g_array_unref);
  g_clear_pointer (&demo->liaisons, g_array_unref);
  g_clear_pointer (&demo->names, g_hash_table_unref);
}

/* ------------------------------------------------------------------ */
/* chance                                                              */

static int
pick (GRand *rand,
      int    n)
{
  return g_rand_int_range (rand, 0, n);
}

static gboolean
chance (GRand *rand,
        int    percent)
{
  return g_rand_int_range (rand, 0, 100) < percent;
}

/* Inclusive, and wider than g_rand_int_range ()'s 32 bits.
 *
 * Here and everywhere below, at most one draw per expression: C leaves the
 * order of a call's arguments open, and another compiler would make
 * another county from the same seed. */
static gint64
between (GRand  *rand,
         gint64  lo,
         gint64  hi)
{
  guint64 span = (guint64) (hi - lo) + 1;
  guint64 x = (guint64) g_rand_int (rand) << 32;

  x |= g_rand_int (rand);
  return lo + (gint64) (x % span);
}

static ZjtxDate
between_dates (GRand    *rand,
               ZjtxDate  from,
               ZjtxDate  to)
{
  return to <= from ? from : from + (ZjtxDate) g_rand_int_range (rand, 0, (gint32) (to - from) + 1);
}

static void
shuffle (GRand *rand,
         guint *items,
         guint  n)
{
  for (guint i = n; i > 1; i--)
    {
      guint j = g_rand_int_range (rand, 0, i);
      guint t = items[i - 1];

      items[i - 1] = items[j];
      items[j] = t;
    }
}

static guint
strv_len (const char * const *v,
          guint               max)
{
  guint n = 0;

  while (n < max && v[n] != NULL)
    n++;
  return n;
}

/* One character (UTF-8) of @chars, a string of 3-byte CJK characters. */
static const char *
cjk_char (GRand      *rand,
          const char *chars,
          char        out[4])
{
  guint n = strlen (chars) / 3;

  memcpy (out, chars + 3 * pick (rand, n), 3);
  out[3] = '\0';
  return out;
}

static int
year_of (ZjtxDate date)
{
  int year = 0, month, day;

  zjtx_date_to_ymd (date, &year, &month, &day);
  return year;
}

static void
format_date (ZjtxDate date,
             char     out[11])
{
  int year = 0, month = 0, day = 0;

  zjtx_date_to_ymd (date, &year, &month, &day);
  g_snprintf (out, 11, "%04d-%02d-%02d", year, month, day);
}

/* Splits @total over the years in proportion to @weights by largest
 * remainder (earlier year first on a tie): the counts per year then follow
 * from @total alone, not from the seed. */
static void
apportion (guint        total,
           const guint *weights,
           guint       *out)
{
  guint64 remainders[N_YEARS];
  guint sum = 0, given = 0;

  for (guint y = 0; y < N_YEARS; y++)
    sum += weights[y];
  for (guint y = 0; y < N_YEARS; y++)
    {
      out[y] = (guint64) total * weights[y] / sum;
      remainders[y] = (guint64) total * weights[y] % sum;
      given += out[y];
    }
  while (given < total)
    {
      guint best = 0;

      for (guint y = 1; y < N_YEARS; y++)
        if (remainders[y] > remainders[best])
          best = y;
      out[best]++;
      remainders[best] = 0;
      given++;
    }
}

/* ------------------------------------------------------------------ */
/* recognitions: batches and dates                                     */

static guint
n_batches (ZjtxTier tier,
           int      year)
{
  /* The little giants come in one batch a year; the province's second
   * batch of the last year is not out yet. */
  return tier == ZJTX_TIER_NATIONAL || year == LAST_YEAR ? 1 : 2;
}

static ZjtxDate
batch_date (ZjtxTier tier,
            int      year,
            guint    batch)
{
  static const guint8 national[N_YEARS][2] = {
    { 5, 28 }, { 11, 27 }, { 7, 19 }, { 8, 10 }, { 7, 25 }, { 9, 4 }, { 8, 15 }, { 7, 20 },
  };

  switch (tier)
    {
    case ZJTX_TIER_INNOVATIVE:
      return batch == 1 ? zjtx_date_from_ymd (year, 6, 16 + year % 5) : zjtx_date_from_ymd (year, 11, 20 + year % 6);
    case ZJTX_TIER_PROVINCIAL:
      return batch == 1 ? zjtx_date_from_ymd (year, 8, 6 + year % 7) : zjtx_date_from_ymd (year, 12, 10 + year % 5);
    case ZJTX_TIER_NATIONAL:
      return zjtx_date_from_ymd (year, national[year - FIRST_YEAR][0], national[year - FIRST_YEAR][1]);
    case ZJTX_TIER_NONE:
    default:
      g_assert_not_reached ();
    }
}

static char *
batch_label (ZjtxTier tier,
             int      year,
             guint    batch)
{
  /* National batches are numbered from the first, in 2019. */
  if (tier == ZJTX_TIER_NATIONAL)
    return g_strdup_printf ("第%s批", chinese_numbers[year - 2019]);
  return g_strdup_printf ("%d年第%s批", year, chinese_numbers[batch - 1]);
}

static char *
certificate (Demo     *demo,
             ZjtxTier  tier,
             int       year)
{
  static const char * const prefixes_by_tier[ZJTX_N_TIERS] = { NULL, "FJCX", "FJZJTX", "GJXJR" };
  guint number = ++demo->certificates[tier][year - FIRST_YEAR];

  return g_strdup_printf ("%s%d%04u", prefixes_by_tier[tier], year, number);
}

/* Gives @quota[y] enterprises, drawn from those whose next lower tier was
 * first recognised before year y, their first recognition of @tier in year y. */
static void
promote (Demo        *demo,
         ZjtxTier     tier,
         const guint *quota)
{
  g_autofree guint *candidates = g_new (guint, demo->n);

  for (int y = 0; y < N_YEARS; y++)
    {
      int year = FIRST_YEAR + y;
      ZjtxDate year_start = zjtx_date_from_ymd (year, 1, 1);
      guint n_candidates = 0;

      if (quota[y] == 0)
        continue;
      for (guint i = 0; i < demo->n; i++)
        {
          const Plan *p = &demo->plans[i];

          if (p->first[tier] == ZJTX_DATE_NONE && p->first[tier - 1] != ZJTX_DATE_NONE &&
              p->first[tier - 1] < year_start)
            candidates[n_candidates++] = i;
        }

      /* The first quota[y] of a partial shuffle. */
      for (guint k = 0; k < quota[y] && k < n_candidates; k++)
        {
          guint j = k + g_rand_int_range (demo->rand, 0, n_candidates - k);
          guint t = candidates[k];
          Plan *p;

          candidates[k] = candidates[j];
          candidates[j] = t;
          p = &demo->plans[candidates[k]];
          p->batch[tier] = 1 + pick (demo->rand, n_batches (tier, year));
          p->first[tier] = batch_date (tier, year, p->batch[tier]);
        }
    }
}

static ZjtxTier
top_tier (const Plan *p)
{
  for (int t = ZJTX_N_TIERS - 1; t > ZJTX_TIER_NONE; t--)
    if (p->first[t] != ZJTX_DATE_NONE)
      return t;
  return ZJTX_TIER_NONE;
}

/* ------------------------------------------------------------------ */
/* planning                                                            */

static gboolean
park_takes (guint        park,
            const char  *industry)
{
  const ParkSpec *spec = &park_specs[park];

  return spec->industries[0] == NULL || g_strv_contains ((const char * const *) spec->industries, industry);
}

static void
plan_parks (Demo *demo)
{
  g_autofree guint *srdi = g_new (guint, demo->n);
  g_autofree guint *order = g_new (guint, demo->n);
  g_autoptr(GArray) ordinary = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) demonstration = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n_srdi = 0, entrants, others, in_parks = 0, target;
  ZjtxDate window_from = zjtx_date_from_ymd (2024, 2, 1);
  ZjtxDate window_to = zjtx_date_from_ymd (2025, 10, 31);

  for (guint k = 0; k < demo->n_parks; k++)
    g_array_append_val (demo->demonstration[k] ? demonstration : ordinary, k);

  for (guint i = 0; i < demo->n; i++)
    {
      demo->plans[i].park = -1;
      if (demo->plans[i].first[ZJTX_TIER_PROVINCIAL] != ZJTX_DATE_NONE)
        srdi[n_srdi++] = i;
    }

  /* SRDI enterprises moving into the demonstration park(s), mostly while
   * the policy runs, some before it and some after; each with its own mix
   * of housing loan, rent and first-year electricity. */
  shuffle (demo->rand, srdi, n_srdi);
  entrants = (n_srdi * DEMONSTRATION_PERCENT + 50) / 100;
  for (guint k = 0; k < entrants; k++)
    {
      Plan *p = &demo->plans[srdi[k]];

      p->park = g_array_index (demonstration, guint, k % demonstration->len);
      switch (k % 8)
        {
        case 6:
          p->entry = between_dates (demo->rand, DEMONSTRATION_OPENED (), zjtx_date_from_ymd (2024, 1, 20));
          break;
        case 7:
          p->entry = between_dates (demo->rand, zjtx_date_from_ymd (2026, 1, 5), zjtx_date_from_ymd (2026, 8, 31));
          break;
        default:
          p->entry = between_dates (demo->rand, window_from, window_to);
          break;
        }
      switch (k % 4)
        {
        case 0:
        case 3:
          p->claims = CLAIM_LOAN;
          break;
        case 1:
          p->claims = CLAIM_RENT;
          break;
        default:
          p->claims = CLAIM_LOAN | CLAIM_RENT;
          if (k % 3 == 0)
            p->claims |= CLAIM_CHOOSE_RENT;
          break;
        }
      /* A first year in the park is over, and reported, only for those
       * that came in a year before the horizon. */
      if (p->entry <= zjtx_date_from_ymd (2025, 9, 30) && k % 5 != 4)
        p->claims |= k % 3 == 2 ? CLAIM_KWH_BELOW : CLAIM_KWH_ABOVE;
      in_parks++;
    }

  /* Others in the demonstration park, not (yet) SRDI: they claim too, and
   * are told why they get nothing. */
  for (guint i = 0; i < demo->n; i++)
    order[i] = i;
  shuffle (demo->rand, order, demo->n);
  others = entrants / 2;
  for (guint i = 0; i < demo->n && others > 0; i++)
    {
      Plan *p = &demo->plans[order[i]];

      if (p->park >= 0 || p->first[ZJTX_TIER_PROVINCIAL] != ZJTX_DATE_NONE)
        continue;
      p->park = g_array_index (demonstration, guint, others % demonstration->len);
      p->entry = between_dates (demo->rand, DEMONSTRATION_OPENED (), zjtx_date_from_ymd (2026, 6, 30));
      if (chance (demo->rand, 30))
        p->claims = CLAIM_RENT;
      if (chance (demo->rand, 30) && p->entry <= zjtx_date_from_ymd (2025, 9, 30))
        p->claims |= CLAIM_KWH_ABOVE;
      others--;
      in_parks++;
    }

  /* The rest of the quarter in the ordinary parks, by industry. */
  target = demo->n * IN_PARKS_PERCENT / 100;
  for (guint i = 0; i < demo->n && in_parks < target && ordinary->len > 0; i++)
    {
      Plan *p = &demo->plans[order[demo->n - 1 - i]];
      guint fits[G_N_ELEMENTS (park_specs)];
      guint n_fits = 0;

      if (p->park >= 0)
        continue;
      for (guint k = 0; k < ordinary->len; k++)
        if (park_takes (g_array_index (ordinary, guint, k), industries[p->industry].name))
          fits[n_fits++] = g_array_index (ordinary, guint, k);
      if (n_fits == 0)
        continue;
      p->park = fits[pick (demo->rand, n_fits)];
      p->entry = between_dates (demo->rand, zjtx_date_from_ymd (2019, 1, 1), zjtx_date_from_ymd (2026, 8, 31));
      /* Some report their first year's electricity though their park is
       * not a demonstration park. */
      if (p->entry >= zjtx_date_from_ymd (2024, 1, 1) && p->entry <= zjtx_date_from_ymd (2025, 9, 30) &&
          chance (demo->rand, 15))
        p->claims = CLAIM_KWH_ABOVE;
      in_parks++;
    }
}

static void
plan_people (Demo *demo)
{
  g_autofree guint *srdi = g_new (guint, demo->n);
  guint n_srdi = 0, without;
  int n_commissioners = demo->n_commissioners;
  int n_liaisons = demo->n_liaisons;

  for (guint i = 0; i < demo->n; i++)
    {
      Plan *p = &demo->plans[i];
      ZjtxTier top = top_tier (p);

      p->commissioner = -1;
      p->liaison = -1;
      switch (top)
        {
        case ZJTX_TIER_NONE:
          p->key_target = chance (demo->rand, 10);
          if (p->key_target && chance (demo->rand, 40))
            p->commissioner = pick (demo->rand, n_commissioners);
          if (p->key_target && chance (demo->rand, 10))
            p->liaison = pick (demo->rand, n_liaisons);
          break;
        case ZJTX_TIER_INNOVATIVE:
          p->key_target = chance (demo->rand, 35);
          p->recommended = chance (demo->rand, 20);
          if (chance (demo->rand, 30))
            p->commissioner = pick (demo->rand, n_commissioners);
          break;
        case ZJTX_TIER_PROVINCIAL:
        case ZJTX_TIER_NATIONAL:
        default:
          p->key_target = top == ZJTX_TIER_NATIONAL || chance (demo->rand, 50);
          p->recommended = top == ZJTX_TIER_PROVINCIAL && chance (demo->rand, 25);
          p->commissioner = pick (demo->rand, n_commissioners);
          if (top == ZJTX_TIER_NATIONAL || chance (demo->rand, 30))
            p->liaison = pick (demo->rand, n_liaisons);
          srdi[n_srdi++] = i;
          break;
        }
    }

  /* One SRDI enterprise in eight still waits for its commissioner: the
   * bulletin is there to show them. */
  shuffle (demo->rand, srdi, n_srdi);
  without = n_srdi == 0 ? 0 : MAX (1, n_srdi / 8);
  for (guint k = 0; k < without; k++)
    demo->plans[srdi[k]].commissioner = -1;
}

static void
plan (Demo *demo)
{
  guint quota[N_YEARS];
  g_autofree guint *order = g_new (guint, demo->n);
  guint n_innovative, n_provincial, given = 0;
  guint industry_sum = 0;

  for (guint k = 0; k < N_INDUSTRIES; k++)
    industry_sum += industries[k].weight;
  for (guint i = 0; i < demo->n; i++)
    {
      guint w = pick (demo->rand, industry_sum);
      guint k = 0;

      while (w >= industries[k].weight)
        w -= industries[k++].weight;
      demo->plans[i].industry = k;
      order[i] = i;
    }

  /* Innovative: the first n_innovative of a shuffle, year by year. */
  n_innovative = (demo->n * INNOVATIVE_PERCENT + 50) / 100;
  apportion (n_innovative, innovative_years, quota);
  shuffle (demo->rand, order, demo->n);
  for (int y = 0; y < N_YEARS; y++)
    for (guint k = 0; k < quota[y]; k++)
      {
        Plan *p = &demo->plans[order[given++]];
        int year = FIRST_YEAR + y;

        p->batch[ZJTX_TIER_INNOVATIVE] = 1 + pick (demo->rand, n_batches (ZJTX_TIER_INNOVATIVE, year));
        p->first[ZJTX_TIER_INNOVATIVE] = batch_date (ZJTX_TIER_INNOVATIVE, year, p->batch[ZJTX_TIER_INNOVATIVE]);
      }

  /* Then a share of them provincial in a later year, and a few of those national. */
  n_provincial = (n_innovative * PROVINCIAL_PERCENT + 50) / 100;
  apportion (n_provincial, provincial_years, quota);
  promote (demo, ZJTX_TIER_PROVINCIAL, quota);
  apportion ((demo->n + NATIONAL_PER_ENTERPRISES / 2) / NATIONAL_PER_ENTERPRISES, national_years, quota);
  promote (demo, ZJTX_TIER_NATIONAL, quota);

  plan_parks (demo);
  plan_people (demo);
}

/* ------------------------------------------------------------------ */
/* names, codes and people                                             */

static char *
person_name (GRand *rand)
{
  char a[4], b[4];
  const char *surname = surnames[pick (rand, G_N_ELEMENTS (surnames))];

  cjk_char (rand, given_chars, a);
  if (chance (rand, 20))
    return g_strconcat (surname, a, NULL);
  return g_strconcat (surname, a, cjk_char (rand, given_chars, b), NULL);
}

static char *
mobile (GRand *rand)
{
  const char *prefix = mobile_prefixes[pick (rand, G_N_ELEMENTS (mobile_prefixes))];
  int number = pick (rand, 100000000);

  return g_strdup_printf ("%s%08d", prefix, number);
}

/* GB 11714: the check character of an 8-character organisation code. */
static char
organisation_check (const char *code8)
{
  static const int weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0, check;

  for (int i = 0; i < 8; i++)
    sum += (g_ascii_isdigit (code8[i]) ? code8[i] - '0' : code8[i] - 'A' + 10) * weights[i];
  check = 11 - sum % 11;
  return check == 10 ? 'X' : check == 11 ? '0' : '0' + check;
}

/* USCCs are unique by construction rather than by remembering those made:
 * the k-th code of each kind is an affine permutation of k, shifted by the
 * seed. The multipliers are prime to the number of codes of their kind (so
 * no two k meet) and near its golden section (so that neighbours look
 * unrelated). */
#define OLD_CODES 12000000u     /* 12 heads and 6 digits */
#define OLD_STEP 7416407u
#define NEW_CODES 887503681u    /* MA and 6 characters: 31^6 */
#define NEW_STEP 548507439u

static char *
make_uscc (Demo     *demo,
           ZjtxDate  founded)
{
  static const char alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const char * const old_heads[] = { "15", "61", "66", "68", "70", "73", "74", "75", "76", "77", "78", "79" };
  char code[ZJTX_USCC_LENGTH + 1];

  memcpy (code, "91350525", 8);
  /* Before 三证合一 (1 October 2015) an enterprise had an organisation code
   * of digits, which its USCC kept; codes given since begin MA. */
  if (founded < zjtx_date_from_ymd (2015, 10, 1))
    {
      guint64 q = ((guint64) demo->n_old_codes++ * OLD_STEP + demo->uscc_offset[0]) % OLD_CODES;

      G_STATIC_ASSERT (G_N_ELEMENTS (old_heads) * 1000000 == OLD_CODES);
      memcpy (code + 8, old_heads[q / 1000000], 2);
      g_snprintf (code + 10, 7, "%06u", (guint) (q % 1000000));
    }
  else
    {
      guint64 q = ((guint64) demo->n_new_codes++ * NEW_STEP + demo->uscc_offset[1]) % NEW_CODES;

      code[8] = 'M';
      code[9] = 'A';
      for (int i = 15; i >= 10; i--, q /= 31)
        code[i] = alphabet[q % 31];
    }
  code[16] = organisation_check (code + 8);
  code[17] = zjtx_uscc_check_character (code);
  code[18] = '\0';
  return g_strdup (code);
}

/* FNV-1a, as wide as a pointer, to key GHashTable directly. */
static gpointer
name_key (const char *name)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);

  for (const guchar *p = (const guchar *) name; *p != '\0'; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (1099511628211);
  return GSIZE_TO_POINTER ((gsize) h);
}

static gboolean
name_taken (Demo       *demo,
            const char *name)
{
  return g_hash_table_contains (demo->names, name_key (name));
}

static void
take_name (Demo       *demo,
           const char *name)
{
  g_hash_table_add (demo->names, name_key (name));
}

static char *
enterprise_name (Demo       *demo,
                 const Plan *p)
{
  const Industry *industry = &industries[p->industry];
  gboolean shares = top_tier (p) >= ZJTX_TIER_PROVINCIAL && chance (demo->rand, 40);
  char *name = NULL;

  /* A fresh trade name a few times, as a registry would ask for; a number
   * only when the county is so large that the names run out. */
  for (int attempt = 0; name == NULL; attempt++)
    {
      const char *prefix = prefixes[pick (demo->rand, G_N_ELEMENTS (prefixes))];
      const char *tail = industry->tails[pick (demo->rand, strv_len (industry->tails, G_N_ELEMENTS (industry->tails)))];
      char a[4], b[4];
      g_autofree char *trade = NULL;
      g_autofree char *candidate = NULL;

      if (chance (demo->rand, 20))
        trade = g_strdup (places[pick (demo->rand, G_N_ELEMENTS (places))]);
      else
        {
          cjk_char (demo->rand, trade_chars, a);
          do
            cjk_char (demo->rand, trade_chars, b);
          while (strcmp (a, b) == 0);
          trade = g_strconcat (a, b, NULL);
        }
      candidate = g_strconcat (prefix, trade, tail, shares ? "股份有限公司" : "有限公司", NULL);
      if (attempt >= 8)
        {
          for (guint k = 2; name_taken (demo, candidate); k++)
            {
              g_free (candidate);
              candidate = g_strdup_printf ("%s%s%s%u%s", prefix, trade, tail, k, shares ? "股份有限公司" : "有限公司");
            }
        }
      if (!name_taken (demo, candidate))
        name = g_steal_pointer (&candidate);
    }

  take_name (demo, name);
  return name;
}

static char *
products (GRand          *rand,
          const Industry *industry)
{
  guint n = strv_len (industry->products, G_N_ELEMENTS (industry->products));
  guint first = pick (rand, n);
  guint count = 1 + pick (rand, 3);
  GString *text = g_string_new (industry->products[first]);

  /* Neighbours in the list, so that none repeats. */
  for (guint k = 1; k < count && k < n; k++)
    g_string_append_printf (text, "、%s", industry->products[(first + k) % n]);
  return g_string_free (text, FALSE);
}

/* By the townships' sizes; -1 if the store has none. */
static int
pick_weighted_township (Demo *demo)
{
  guint w;
  guint k = 0;

  if (demo->townships->len == 0)
    return -1;
  w = pick (demo->rand, demo->township_sums[demo->townships->len - 1]);
  while (w >= demo->township_sums[k])
    k++;
  return k;
}

/* Mostly where the enterprise's industry clusters. */
static int
pick_township (Demo       *demo,
               const Plan *p)
{
  GArray *preferred = demo->preferred[p->industry];

  if (preferred->len > 0 && chance (demo->rand, 60))
    return g_array_index (preferred, int, pick (demo->rand, preferred->len));
  return pick_weighted_township (demo);
}

static int
township_index (Demo       *demo,
                const char *name)
{
  for (guint k = 0; k < demo->townships->len; k++)
    if (g_str_equal (g_ptr_array_index (demo->townships, k), name))
      return k;
  return -1;
}

/* ------------------------------------------------------------------ */
/* writing                                                             */

static gboolean
load_townships (Demo    *demo,
                GError **error)
{
  g_autoptr(GPtrArray) records = zjtx_store_list (demo->store, ZJTX_TYPE_TOWNSHIP, NULL, NULL, "position", error);
  guint sum = 0;

  if (records == NULL)
    return FALSE;

  demo->townships = g_ptr_array_new_with_free_func (g_free);
  demo->township_sums = g_new (guint, MAX (records->len, 1));
  for (guint k = 0; k < records->len; k++)
    {
      const char *name = zjtx_township_get_name (g_ptr_array_index (records, k));
      guint weight = 1;

      for (guint w = 0; w < G_N_ELEMENTS (township_weights); w++)
        if (g_str_equal (township_weights[w].name, name))
          weight = township_weights[w].weight;
      sum += weight;
      demo->township_sums[k] = sum;
      g_ptr_array_add (demo->townships, g_strdup (name));
    }

  /* Townships an officer has renamed or removed are simply not preferred. */
  for (guint i = 0; i < N_INDUSTRIES; i++)
    {
      demo->preferred[i] = g_array_new (FALSE, FALSE, sizeof (int));
      for (guint t = 0; t < G_N_ELEMENTS (industries[i].townships) && industries[i].townships[t]; t++)
        {
          int k = township_index (demo, industries[i].townships[t]);
          if (k >= 0)
            g_array_append_val (demo->preferred[i], k);
        }
    }
  return TRUE;
}

static gboolean
save_person (Demo        *demo,
             const char  *unit,
             const char  *title,
             const char  *role,
             GArray      *ids,
             GError     **error)
{
  g_autoptr(ZjtxPerson) person = zjtx_person_new ();
  g_autofree char *name = NULL;
  g_autofree char *phone = mobile (demo->rand);
  gint64 id;

  do
    {
      g_free (name);
      name = person_name (demo->rand);
    }
  while (name_taken (demo, name));
  take_name (demo, name);

  zjtx_person_set_name (person, name);
  zjtx_person_set_unit (person, unit);
  zjtx_person_set_title (person, title);
  zjtx_person_set_phone (person, phone);
  zjtx_person_set_notes (person, role);
  if (!zjtx_store_save (demo->store, ZJTX_RECORD (person), error))
    return FALSE;
  id = zjtx_record_get_id (ZJTX_RECORD (person));
  g_array_append_val (ids, id);
  return TRUE;
}

static gboolean
save_people (Demo    *demo,
             GError **error)
{
  demo->commissioners = g_array_new (FALSE, FALSE, sizeof (gint64));
  demo->liaisons = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint k = 0; k < demo->n_liaisons; k++)
    if (!save_person (demo, liaison_posts[k].unit, liaison_posts[k].title, "挂钩领导", demo->liaisons, error))
      return FALSE;

  /* Most commissioners are the bureau's; some are township or park officers. */
  for (guint k = 0; k < demo->n_commissioners; k++)
    {
      int kind = pick (demo->rand, 10);
      g_autofree char *unit = NULL;
      const char *title;

      if (kind < 6 || demo->townships->len == 0)
        {
          unit = g_strdup ("县工信商务局");
          title = bureau_titles[pick (demo->rand, G_N_ELEMENTS (bureau_titles))];
        }
      else if (kind < 8)
        {
          const char *township = g_ptr_array_index (demo->townships, pick_weighted_township (demo));

          unit = g_strconcat (township, "人民政府", NULL);
          title = g_str_has_suffix (township, "乡") ? "副乡长" : chance (demo->rand, 50) ? "副镇长" : "经济发展办主任";
        }
      else
        {
          unit = g_strdup ("县工业园区管委会");
          title = chance (demo->rand, 50) ? "企业服务科科长" : "一级科员";
        }
      if (!save_person (demo, unit, title, "服务专员", demo->commissioners, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_parks (Demo    *demo,
            GError **error)
{
  for (guint k = 0; k < demo->n_parks; k++)
    {
      const ParkSpec *spec = &park_specs[k];
      g_autoptr(ZjtxPark) park = zjtx_park_new ();
      gboolean large = k == LARGE_PARK && demo->demonstration[k];

      zjtx_park_set_name (park, large ? LARGE_PARK_NAME : spec->name);
      if (township_index (demo, spec->township) >= 0)
        zjtx_park_set_township (park, spec->township);
      zjtx_park_set_contiguous (park, spec->contiguous);
      zjtx_park_set_standardised (park, spec->standardised);
      zjtx_park_set_demonstration (park, demo->demonstration[k]);
      if (!zjtx_store_save (demo->store, ZJTX_RECORD (park), error))
        return FALSE;
      demo->park_ids[k] = zjtx_record_get_id (ZJTX_RECORD (park));
    }
  return TRUE;
}

typedef struct {
  ZjtxDate date;
  ZjtxTier tier;
  guint    batch;
  gboolean review;
} Recognition;

static int
compare_recognitions (gconstpointer a,
                      gconstpointer b)
{
  const Recognition *x = a, *y = b;

  if (x->date != y->date)
    return x->date < y->date ? -1 : 1;
  return (int) x->tier - (int) y->tier;
}

static gboolean
save_recognitions (Demo        *demo,
                   const Plan  *p,
                   gint64       enterprise_id,
                   GError     **error)
{
  Recognition recognitions[ZJTX_N_TIERS * 4];
  guint n = 0;
  ZjtxDate horizon = HORIZON ();

  for (ZjtxTier tier = ZJTX_TIER_INNOVATIVE; tier <= ZJTX_TIER_NATIONAL; tier++)
    {
      ZjtxDate higher = tier < ZJTX_TIER_NATIONAL ? p->first[tier + 1] : ZJTX_DATE_NONE;
      guint batch = p->batch[tier];

      if (p->first[tier] == ZJTX_DATE_NONE)
        continue;
      recognitions[n++] = (Recognition) { p->first[tier], tier, batch, FALSE };

      /* 复核 every 3 years, in the same batch of the year; a tier is not
       * renewed once a higher one is held, and some lapse. */
      for (int year = year_of (p->first[tier]) + 3; year <= LAST_YEAR; year += 3)
        {
          ZjtxDate date;

          if (batch > n_batches (tier, year))
            break;
          date = batch_date (tier, year, batch);
          if (date > horizon || (higher != ZJTX_DATE_NONE && higher <= date) || !chance (demo->rand, REVIEW_PERCENT))
            break;
          recognitions[n++] = (Recognition) { date, tier, batch, TRUE };
        }
    }
  qsort (recognitions, n, sizeof (Recognition), compare_recognitions);

  for (guint k = 0; k < n; k++)
    {
      const Recognition *r = &recognitions[k];
      g_autoptr(ZjtxRecognition) record = zjtx_recognition_new ();
      int year = year_of (r->date);
      g_autofree char *batch = batch_label (r->tier, year, r->batch);
      g_autofree char *number = certificate (demo, r->tier, year);
      char date[11];

      format_date (r->date, date);
      zjtx_recognition_set_enterprise_id (record, enterprise_id);
      zjtx_recognition_set_tier (record, zjtx_tier_to_id (r->tier));
      zjtx_recognition_set_date (record, date);
      zjtx_recognition_set_review (record, r->review);
      zjtx_recognition_set_batch (record, batch);
      zjtx_recognition_set_certificate (record, number);
      if (!zjtx_store_save (demo->store, ZJTX_RECORD (record), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_monitoring (Demo        *demo,
                 const Plan  *p,
                 ZjtxDate     founded,
                 gint64       enterprise_id,
                 GError     **error)
{
  static const gint64 revenue_yuan[ZJTX_N_TIERS][2] = {
    { 5000000, 50000000 }, { 20000000, 200000000 }, { 50000000, 500000000 }, { 200000000, 2000000000 },
  };
  /* R&D as per mille of revenue: SRDI enterprises must spend at least 3%. */
  static const int rd_permille[ZJTX_N_TIERS][2] = { { 5, 40 }, { 20, 60 }, { 30, 80 }, { 40, 100 } };
  static const int patents_max[ZJTX_N_TIERS] = { 3, 6, 12, 25 };
  ZjtxTier tier = top_tier (p);
  gint64 revenue = between (demo->rand, revenue_yuan[tier][0], revenue_yuan[tier][1]);
  gint64 yuan_per_employee = between (demo->rand, 400000, 1200000);
  int founded_year = year_of (founded);

  for (int year = MONITORING_FIRST_YEAR; year <= MONITORING_LAST_YEAR; year++)
    {
      g_autoptr(ZjtxMonitoringRecord) record = NULL;
      char period[8];
      gint64 kwh;

      /* −12% to +28% a year. */
      revenue = revenue * (1000 + between (demo->rand, -120, 280)) / 1000;
      if (year < founded_year)
        continue;

      record = zjtx_monitoring_record_new ();
      g_snprintf (period, sizeof period, "%d", year);
      kwh = revenue / 10000 * industries[p->industry].kwh_per_10k * between (demo->rand, 80, 120) / 100;
      zjtx_monitoring_record_set_enterprise_id (record, enterprise_id);
      zjtx_monitoring_record_set_period (record, period);
      zjtx_monitoring_record_set_revenue (record, revenue * 100);
      zjtx_monitoring_record_set_output (record, revenue * between (demo->rand, 90, 115));
      zjtx_monitoring_record_set_rd_expense (record, revenue * between (demo->rand, rd_permille[tier][0], rd_permille[tier][1]) / 10);
      zjtx_monitoring_record_set_employees (record, MAX (8, revenue / yuan_per_employee));
      zjtx_monitoring_record_set_kwh (record, kwh);
      zjtx_monitoring_record_set_tax_paid (record, revenue * between (demo->rand, 20, 60) / 10);
      /* Some years are bad years. */
      zjtx_monitoring_record_set_profit (record, revenue * between (demo->rand, -60, 150) / 10);
      zjtx_monitoring_record_set_patents (record, between (demo->rand, 0, patents_max[tier]));
      if (!zjtx_store_save (demo->store, ZJTX_RECORD (record), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_park_claims (Demo        *demo,
                  const Plan  *p,
                  gint64       enterprise_id,
                  GError     **error)
{
  if (p->claims & CLAIM_LOAN)
    {
      guint n = chance (demo->rand, 80) ? 1 : 2;

      for (guint k = 0; k < n; k++)
        {
          static const int terms[] = { 6, 9, 12, 12, 18, 24, 24, 36 };
          g_autoptr(ZjtxHousingLoan) loan = zjtx_housing_loan_new ();
          char date[11];

          /* 1 to 20 million yuan, in 10,000s as banks lend. */
          format_date (p->entry - 60 + pick (demo->rand, 150), date);
          zjtx_housing_loan_set_enterprise_id (loan, enterprise_id);
          zjtx_housing_loan_set_principal (loan, between (demo->rand, 100, 2000) * 10000 * 100);
          zjtx_housing_loan_set_term_months (loan, terms[pick (demo->rand, G_N_ELEMENTS (terms))]);
          zjtx_housing_loan_set_bank (loan, banks[pick (demo->rand, G_N_ELEMENTS (banks))]);
          zjtx_housing_loan_set_date (loan, date);
          if (!zjtx_store_save (demo->store, ZJTX_RECORD (loan), error))
            return FALSE;
        }
    }

  if (p->claims & CLAIM_RENT)
    {
      guint n = chance (demo->rand, 75) ? 1 : 2;
      ZjtxDate start = p->entry;

      /* A second lease follows the first, often at a new rent. */
      for (guint k = 0; k < n; k++)
        {
          g_autoptr(ZjtxRent) rent = zjtx_rent_new ();
          int months = between (demo->rand, 6, 24);
          char date[11];

          format_date (start, date);
          zjtx_rent_set_enterprise_id (rent, enterprise_id);
          /* 5,000 to 80,000 yuan a month, in hundreds. */
          zjtx_rent_set_monthly (rent, between (demo->rand, 50, 800) * 100 * 100);
          zjtx_rent_set_months (rent, months);
          zjtx_rent_set_start_date (rent, date);
          if (!zjtx_store_save (demo->store, ZJTX_RECORD (rent), error))
            return FALSE;
          start += months * 30;
        }
    }
  return TRUE;
}

static char *
address (Demo        *demo,
         const Plan  *p,
         const char  *township)
{
  const char *place = township ? township : "";

  if (p->park >= 0)
    {
      const char *park = park_specs[p->park].name;

      if (p->park == LARGE_PARK && demo->demonstration[p->park])
        park = LARGE_PARK_NAME;
      if (g_str_has_prefix (park, "永春县"))
        park += strlen ("永春县");
      return g_strdup_printf ("永春县%s%s%d号", place, park, 1 + pick (demo->rand, 60));
    }
  if (chance (demo->rand, 70))
    {
      const char *village = villages[pick (demo->rand, G_N_ELEMENTS (villages))];
      int number = 1 + pick (demo->rand, 300);

      return g_strdup_printf ("永春县%s%s村%d号", place, village, number);
    }
  else
    {
      const char *village = villages[pick (demo->rand, G_N_ELEMENTS (villages))];
      int number = 1 + pick (demo->rand, 80);

      return g_strdup_printf ("永春县%s%s工业区%d号", place, village, number);
    }
}

/* ------------------------------------------------------------------ */
/* support under the six actions, and the units' progress               */

static const char * const colleges[] = {
  "泉州职业技术大学", "黎明职业大学", "泉州轻工职业学院", "永春职业中专学校", "泉州华光职业学院",
};
static const char * const boards[] = { "北交所", "深交所创业板", "上交所科创板", "新三板" };
static const char * const team_fields[] = {
  "新材料研发", "智能制造", "绿色陶瓷工艺", "传统酿造工艺升级", "电子封装", "工业设计",
};

static ZjtxSupportRecord *
support_new (gint64           enterprise_id,
             ZjtxSupportKind  kind,
             ZjtxDate         date,
             const char      *unit)
{
  ZjtxSupportRecord *r = zjtx_support_record_new ();
  char text[11];

  format_date (MIN (date, HORIZON ()), text);
  zjtx_support_record_set_enterprise_id (r, enterprise_id);
  zjtx_support_record_set_kind (r, zjtx_support_vocabulary_get_id (ZJTX_SUPPORT_VOCABULARY_KIND, kind));
  zjtx_support_record_set_date (r, text);
  zjtx_support_record_set_unit (r, unit);
  return r;
}

static const char *
vocabulary_id (ZjtxSupportVocabulary vocabulary,
               guint                 value)
{
  return zjtx_support_vocabulary_get_id (vocabulary, value);
}

/* What the enterprise of @p received under the actions of 三: its steps of
 * cultivation, platforms, loans and guarantees, trainings and its place in
 * a chain, more of it the higher its tier. */
static gboolean
save_support (Demo        *demo,
              const Plan  *p,
              gint64       id,
              GError     **error)
{
  GRand *rand = demo->support_rand;
  ZjtxTier top = top_tier (p);
  ZjtxDate since = top != ZJTX_TIER_NONE ? p->first[top] : zjtx_date_from_ymd (2024, 3, 1);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  ZjtxSupportRecord *r;

  if (top == ZJTX_TIER_NONE && !p->key_target && p->park < 0)
    return TRUE;

  /* 三（一）: into the pool, then the key targets and the recommended. */
  /* Into the pool a month or two before its first recognition. */
  if (top != ZJTX_TIER_NONE)
    {
      ZjtxDate first = p->first[ZJTX_TIER_INNOVATIVE] != ZJTX_DATE_NONE ? p->first[ZJTX_TIER_INNOVATIVE] : since;

      r = support_new (id, ZJTX_SUPPORT_POOL_ENTRY, first - 30 - pick (rand, 60), "县工信商务局");
    }
  else
    r = support_new (id, ZJTX_SUPPORT_POOL_ENTRY,
                     between_dates (rand, zjtx_date_from_ymd (2024, 3, 1), zjtx_date_from_ymd (2026, 6, 30)),
                     "县工信商务局");
  zjtx_support_record_set_decided_by (r, "县专精特新工作专班");
  g_ptr_array_add (records, r);
  if (p->key_target)
    {
      r = support_new (id, ZJTX_SUPPORT_KEY_TARGET, between_dates (rand, zjtx_date_from_ymd (2024, 4, 1), HORIZON ()),
                       "县工信商务局");
      zjtx_support_record_set_decided_by (r, "县专精特新工作专班会议");
      g_ptr_array_add (records, r);
    }
  if (p->recommended)
    {
      r = support_new (id, ZJTX_SUPPORT_RECOMMENDED, between_dates (rand, zjtx_date_from_ymd (2025, 3, 1), HORIZON ()),
                       "县工信商务局");
      zjtx_support_record_set_decided_by (r, "县工信商务局局务会");
      zjtx_support_record_set_notes (r, top == ZJTX_TIER_PROVINCIAL ? "推荐申报国家专精特新“小巨人”企业"
                                                                    : "推荐申报省级专精特新中小企业");
      g_ptr_array_add (records, r);
    }

  /* 三（四）: platforms for the provincial and national, R&D expense
   * reported yearly by the recognised. */
  if (top >= ZJTX_TIER_PROVINCIAL && chance (rand, top == ZJTX_TIER_NATIONAL ? 90 : 40))
    {
      guint platform = pick (rand, ZJTX_N_PLATFORMS);
      guint level = top == ZJTX_TIER_NATIONAL ? ZJTX_SUPPORT_LEVEL_PROVINCIAL : pick (rand, ZJTX_SUPPORT_LEVEL_PROVINCIAL + 1);
      g_autofree char *name = g_strdup_printf ("%s%s", industries[p->industry].name,
                                               zjtx_support_vocabulary_get_label (ZJTX_SUPPORT_VOCABULARY_PLATFORM, platform));

      r = support_new (id, ZJTX_SUPPORT_PLATFORM, since + 90 + pick (rand, 400), "县科技局");
      zjtx_support_record_set_platform (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_PLATFORM, platform));
      zjtx_support_record_set_level (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_LEVEL, level));
      zjtx_support_record_set_subject (r, name);
      g_ptr_array_add (records, r);
    }
  if (top != ZJTX_TIER_NONE)
    for (int year = MAX (year_of (since), 2024); year <= 2025; year++)
      {
        /* 0.3 to 8 million yuan, reported in the spring after. */
        r = support_new (id, ZJTX_SUPPORT_RD_EXPENSE, zjtx_date_from_ymd (year + 1, 4, 1 + pick (rand, 28)), "县科技局");
        zjtx_support_record_set_amount (r, between (rand, 30, 800) * 10000 * 100);
        g_ptr_array_add (records, r);
      }

  /* 三（五）: matchmaking loans, guarantees, and the way to listing. */
  if (chance (rand, top >= ZJTX_TIER_PROVINCIAL ? 35 : 15))
    {
      r = support_new (id, ZJTX_SUPPORT_LOAN, between_dates (rand, zjtx_date_from_ymd (2024, 5, 1), HORIZON ()), "县金融办");
      zjtx_support_record_set_bank (r, banks[pick (rand, G_N_ELEMENTS (banks))]);
      zjtx_support_record_set_amount (r, between (rand, 50, 1000) * 10000 * 100);
      /* 3.00% to 4.35%, in ppm. */
      zjtx_support_record_set_rate (r, between (rand, 300, 435) * 100);
      g_ptr_array_add (records, r);
    }
  if (chance (rand, top >= ZJTX_TIER_PROVINCIAL ? 12 : 4))
    {
      gint64 amount = between (rand, 100, 1000) * 10000 * 100;

      r = support_new (id, ZJTX_SUPPORT_GUARANTEE, between_dates (rand, zjtx_date_from_ymd (2024, 5, 1), HORIZON ()),
                       "县融资担保公司");
      zjtx_support_record_set_amount (r, amount);
      /* 0.5% to 1% of the amount, a year. */
      zjtx_support_record_set_fee (r, amount / 1000 * between (rand, 5, 10));
      zjtx_support_record_set_waived (r, chance (rand, 60));
      g_ptr_array_add (records, r);
    }
  if (top == ZJTX_TIER_NATIONAL || (top == ZJTX_TIER_PROVINCIAL && chance (rand, 6)))
    {
      guint stages = top == ZJTX_TIER_NATIONAL ? 1 + pick (rand, 2) : 1;
      ZjtxDate date = between_dates (rand, zjtx_date_from_ymd (2024, 6, 1), zjtx_date_from_ymd (2025, 10, 31));
      const char *board = boards[pick (rand, G_N_ELEMENTS (boards))];

      for (guint k = 0; k < stages; k++, date += 150 + pick (rand, 120))
        {
          r = support_new (id, ZJTX_SUPPORT_LISTING, date, "县金融办");
          zjtx_support_record_set_stage (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_STAGE, k));
          zjtx_support_record_set_subject (r, board);
          g_ptr_array_add (records, r);
        }
    }

  /* 三（六）: courses, order-based classes, and the odd talent team. */
  if (chance (rand, top >= ZJTX_TIER_PROVINCIAL ? 60 : 20))
    {
      guint session = 1 + pick (rand, 4);
      g_autofree char *course = g_strdup_printf ("专精特新企业经营管理人才培训班（第%s期）",
                                                 chinese_numbers[session - 1]);

      r = support_new (id, ZJTX_SUPPORT_MANAGEMENT_TRAINING,
                       zjtx_date_from_ymd (2024 + (session - 1) / 2, (session - 1) % 2 ? 10 : 5, 10 + session),
                       "县工信商务局");
      zjtx_support_record_set_subject (r, course);
      zjtx_support_record_set_people (r, between (rand, 1, 4));
      g_ptr_array_add (records, r);
    }
  if (chance (rand, top >= ZJTX_TIER_PROVINCIAL ? 10 : 3))
    {
      r = support_new (id, ZJTX_SUPPORT_ORDER_TRAINING, between_dates (rand, zjtx_date_from_ymd (2024, 8, 20), HORIZON ()),
                       "县人社局");
      zjtx_support_record_set_subject (r, colleges[pick (rand, G_N_ELEMENTS (colleges))]);
      zjtx_support_record_set_people (r, between (rand, 15, 60));
      g_ptr_array_add (records, r);
    }
  if (top >= ZJTX_TIER_PROVINCIAL && chance (rand, 8))
    {
      g_autofree char *team = g_strdup_printf ("%s高层次人才团队", team_fields[pick (rand, G_N_ELEMENTS (team_fields))]);

      r = support_new (id, ZJTX_SUPPORT_TALENT_TEAM, between_dates (rand, zjtx_date_from_ymd (2024, 6, 1), HORIZON ()),
                       "县人才办");
      zjtx_support_record_set_level (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_LEVEL,
                                                       chance (rand, 70) ? ZJTX_SUPPORT_LEVEL_CITY : ZJTX_SUPPORT_LEVEL_PROVINCIAL));
      zjtx_support_record_set_subject (r, team);
      zjtx_support_record_set_people (r, between (rand, 3, 12));
      g_ptr_array_add (records, r);
    }

  /* 三（二）: the six chains the policy names are the first six
   * industries, in ZjtxChainIndustry's order; leaders among the national
   * and provincial. */
  if (p->industry < ZJTX_N_INDUSTRIES)
    {
      gboolean leader = top == ZJTX_TIER_NATIONAL || (top == ZJTX_TIER_PROVINCIAL && chance (rand, 25));

      if (leader || chance (rand, top != ZJTX_TIER_NONE ? 30 : 10))
        {
          r = support_new (id, ZJTX_SUPPORT_CHAIN_ROLE, between_dates (rand, zjtx_date_from_ymd (2024, 4, 1), HORIZON ()),
                           "县工信商务局");
          zjtx_support_record_set_role (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_ROLE,
                                                          leader ? ZJTX_CHAIN_LEADER : ZJTX_CHAIN_SUPPORTING));
          zjtx_support_record_set_industry (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_INDUSTRY, p->industry));
          g_ptr_array_add (records, r);
        }
      if (top >= ZJTX_TIER_PROVINCIAL && chance (rand, 20))
        {
          const char *product = industries[p->industry].products[pick (rand, strv_len (industries[p->industry].products, 11))];
          g_autofree char *name = g_strdup_printf ("新型%s", product);

          r = support_new (id, ZJTX_SUPPORT_NEW_PRODUCT, between_dates (rand, zjtx_date_from_ymd (2024, 6, 1), HORIZON ()),
                           "县工信商务局");
          zjtx_support_record_set_subject (r, name);
          zjtx_support_record_set_industry (r, vocabulary_id (ZJTX_SUPPORT_VOCABULARY_INDUSTRY, p->industry));
          g_ptr_array_add (records, r);
        }
    }

  for (guint i = 0; i < records->len; i++)
    if (!zjtx_store_save (demo->store, g_ptr_array_index (records, i), error))
      return FALSE;
  return TRUE;
}

/* Where the units stood at the demo's horizon: most of the policy's tasks
 * done by its end (2025-12-31), some still under way, so overdue, a few
 * not started; each with the notes that moved it. */
static gboolean
save_task_progress (Demo    *demo,
                    GError **error)
{
  static const char * const started[] = {
    "已制定工作方案，明确责任股室和时间节点",
    "已召开专题推进会，部署年度工作",
    "已完成摸底调查，建立工作台账",
  };
  static const char * const finished[] = {
    "已完成年度任务，工作总结已报送县专班",
    "各项措施已落实到位，形成长效机制",
    "目标任务全部完成，经专班会议审议通过",
  };
  static const char * const lagging[] = {
    "部分事项仍在推进，已向专班说明原因",
    "受项目进度影响，预计下季度完成",
  };
  GRand *rand = demo->support_rand;
  g_autoptr(GPtrArray) groups = zjtx_action_tasks_group (demo->store, ZJTX_TASK_GROUP_BY_CLAUSE, HORIZON (),
                                                         NULL, FALSE, error);

  if (groups == NULL)
    return FALSE;
  for (guint g = 0; g < groups->len; g++)
    {
      ZjtxTaskGroup *group = g_ptr_array_index (groups, g);

      for (guint t = 0; t < group->tasks->len; t++)
        {
          ZjtxActionTask *task = g_ptr_array_index (group->tasks, t);
          guint roll = pick (rand, 100);
          ZjtxDate start = between_dates (rand, zjtx_date_from_ymd (2024, 3, 1), zjtx_date_from_ymd (2024, 9, 30));
          g_autoptr(ZjtxTaskProgress) first = NULL;
          char date[11];

          if (roll < 8)
            continue;   /* not started */

          first = zjtx_task_progress_new ();
          format_date (start, date);
          zjtx_task_progress_set_date (first, date);
          zjtx_task_progress_set_note (first, started[pick (rand, G_N_ELEMENTS (started))]);
          zjtx_task_progress_set_status (first, "under_way");
          if (!zjtx_action_tasks_update (demo->store, task, first, error))
            return FALSE;

          {
            g_autoptr(ZjtxTaskProgress) second = zjtx_task_progress_new ();
            gboolean done = roll >= 30;

            format_date (done ? between_dates (rand, zjtx_date_from_ymd (2025, 6, 1), zjtx_date_from_ymd (2025, 12, 20))
                              : between_dates (rand, zjtx_date_from_ymd (2026, 1, 10), HORIZON ()),
                         date);
            zjtx_task_progress_set_date (second, date);
            zjtx_task_progress_set_note (second, done ? finished[pick (rand, G_N_ELEMENTS (finished))]
                                                      : lagging[pick (rand, G_N_ELEMENTS (lagging))]);
            if (done)
              zjtx_task_progress_set_status (second, "done");
            if (!zjtx_action_tasks_update (demo->store, task, second, error))
              return FALSE;
          }
        }
    }
  return TRUE;
}

static gboolean
save_enterprise (Demo        *demo,
                 const Plan  *p,
                 GError     **error)
{
  g_autoptr(ZjtxEnterprise) e = zjtx_enterprise_new ();
  const Industry *industry = &industries[p->industry];
  ZjtxDate latest = zjtx_date_from_ymd (2022, 12, 31);
  ZjtxDate founded;
  g_autofree char *name = NULL;
  g_autofree char *uscc = NULL;
  g_autofree char *goods = NULL;
  g_autofree char *where = NULL;
  g_autofree char *legal = NULL;
  g_autofree char *contact = NULL;
  g_autofree char *phone = NULL;
  const char *township = NULL;
  int t;
  gint64 id;
  char date[11];

  /* Founded well before it was recognised or moved into a park. */
  for (int tier = ZJTX_TIER_INNOVATIVE; tier < ZJTX_N_TIERS; tier++)
    if (p->first[tier] != ZJTX_DATE_NONE)
      latest = MIN (latest, p->first[tier] - 730);
  if (p->park >= 0)
    latest = MIN (latest, p->entry - 180);
  founded = between_dates (demo->rand, zjtx_date_from_ymd (1995, 1, 1), latest);

  if (p->park >= 0 && (t = township_index (demo, park_specs[p->park].township)) >= 0)
    township = g_ptr_array_index (demo->townships, t);
  else if ((t = pick_township (demo, p)) >= 0)
    township = g_ptr_array_index (demo->townships, t);

  name = enterprise_name (demo, p);
  uscc = make_uscc (demo, founded);
  goods = products (demo->rand, industry);
  where = address (demo, p, township);
  legal = person_name (demo->rand);
  contact = chance (demo->rand, 30) ? g_strdup (legal) : person_name (demo->rand);
  phone = mobile (demo->rand);

  zjtx_enterprise_set_name (e, name);
  zjtx_enterprise_set_uscc (e, uscc);
  zjtx_enterprise_set_township (e, township);
  zjtx_enterprise_set_industry (e, industry->name);
  zjtx_enterprise_set_niche (e, industry->niches[pick (demo->rand, strv_len (industry->niches, G_N_ELEMENTS (industry->niches)))]);
  zjtx_enterprise_set_products (e, goods);
  zjtx_enterprise_set_address (e, where);
  zjtx_enterprise_set_legal_representative (e, legal);
  zjtx_enterprise_set_contact_person (e, contact);
  zjtx_enterprise_set_contact_phone (e, phone);
  format_date (founded, date);
  zjtx_enterprise_set_founded (e, date);
  if (p->park >= 0)
    {
      format_date (p->entry, date);
      zjtx_enterprise_set_park_id (e, demo->park_ids[p->park]);
      zjtx_enterprise_set_park_entry_date (e, date);
    }
  zjtx_enterprise_set_key_target (e, p->key_target);
  zjtx_enterprise_set_recommended (e, p->recommended);
  if (p->commissioner >= 0)
    zjtx_enterprise_set_commissioner_id (e, g_array_index (demo->commissioners, gint64, p->commissioner));
  if (p->liaison >= 0)
    zjtx_enterprise_set_liaison_id (e, g_array_index (demo->liaisons, gint64, p->liaison));
  if (p->claims & CLAIM_KWH_ABOVE)
    zjtx_enterprise_set_first_year_kwh (e, between (demo->rand, 2000000, 13000000));
  else if (p->claims & CLAIM_KWH_BELOW)
    zjtx_enterprise_set_first_year_kwh (e, between (demo->rand, 500000, 1999999));
  if ((p->claims & CLAIM_CHOOSE_RENT) && (p->claims & CLAIM_RENT))
    {
      zjtx_enterprise_set_support_choice (e, "rent_subsidy");
      zjtx_enterprise_set_support_choice_reason (e, "企业书面申请选择租金补贴，经局务会研究同意");
    }

  if (!zjtx_store_save (demo->store, ZJTX_RECORD (e), error))
    return FALSE;
  id = zjtx_record_get_id (ZJTX_RECORD (e));

  if (!save_recognitions (demo, p, id, error))
    return FALSE;
  /* The pool's enterprises report yearly: the recognised, the key targets
   * and those in parks. */
  if ((top_tier (p) != ZJTX_TIER_NONE || p->key_target || p->park >= 0) &&
      !save_monitoring (demo, p, founded, id, error))
    return FALSE;
  return save_park_claims (demo, p, id, error) && save_support (demo, p, id, error);
}

static gboolean
save_institutions (Demo    *demo,
                   GError **error)
{
  static const gint64 rates[] = { ZJTX_RECORD_NULL, 10000, 15000, 20000, 25000, 30000, 40000 };
  guint n = demo->n < 100 ? 3 : demo->n < LARGE_COUNTY ? 5 : 6;

  for (guint k = 0; k < n; k++)
    {
      const InstitutionSpec *spec = &institution_specs[k];
      g_autoptr(ZjtxInstitution) institution = zjtx_institution_new ();
      guint n_claims = 1 + pick (demo->rand, 3);
      gint64 id;

      zjtx_institution_set_name (institution, spec->name);
      zjtx_institution_set_kind (institution, spec->kind);
      if ((guint) spec->park < demo->n_parks)
        zjtx_institution_set_park_id (institution, demo->park_ids[spec->park]);
      if (!zjtx_store_save (demo->store, ZJTX_RECORD (institution), error))
        return FALSE;
      id = zjtx_record_get_id (ZJTX_RECORD (institution));

      for (guint c = 0; c < n_claims; c++)
        {
          g_autoptr(ZjtxServiceClaim) claim = zjtx_service_claim_new ();
          char date[11];

          format_date (between_dates (demo->rand, zjtx_date_from_ymd (2024, 1, 1), zjtx_date_from_ymd (2025, 12, 31)), date);
          zjtx_service_claim_set_institution_id (claim, id);
          /* 0.2 to 20 million yuan, to the fen. */
          zjtx_service_claim_set_service_fees (claim, between (demo->rand, 20000000, 2000000000));
          zjtx_service_claim_set_rate (claim, rates[pick (demo->rand, G_N_ELEMENTS (rates))]);
          zjtx_service_claim_set_date (claim, date);
          if (!zjtx_store_save (demo->store, ZJTX_RECORD (claim), error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
fill (Demo    *demo,
      GError **error)
{
  if (!load_townships (demo, error))
    return FALSE;

  /* Sizes follow from the county's size only. */
  demo->n_parks = demo->n < 50 ? 8 : demo->n < 500 ? 10 : 12;
  for (guint k = 0; k < demo->n_parks; k++)
    demo->demonstration[k] = k == 0 || (k == LARGE_PARK && demo->n >= LARGE_COUNTY);
  demo->n_commissioners = CLAMP (demo->n / 15, 10, 30);
  demo->n_liaisons = CLAMP (demo->n / 60, 4, G_N_ELEMENTS (liaison_posts));

  demo->plans = g_new0 (Plan, demo->n);
  plan (demo);

  if (!save_people (demo, error) || !save_parks (demo, error))
    return FALSE;
  for (guint i = 0; i < demo->n; i++)
    if (!save_enterprise (demo, &demo->plans[i], error))
      return FALSE;
  return save_institutions (demo, error) && save_task_progress (demo, error);
}

gboolean
zjtx_demo_fill (ZjtxStore  *store,
                guint       n_enterprises,
                guint32     seed,
                GError    **error)
{
  Demo demo = { 0 };
  gint64 existing;
  gboolean ok;

  g_return_val_if_fail (ZJTX_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_enterprises > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!zjtx_store_begin (store, error))
    return FALSE;

  /* Counted inside the transaction, which holds the write lock: nobody can
   * add one between the look and the writing. */
  existing = zjtx_store_count (store, ZJTX_TYPE_ENTERPRISE, error);
  if (existing != 0)
    {
      if (existing > 0)
        g_set_error_literal (error, ZJTX_DEMO_ERROR, ZJTX_DEMO_ERROR_NOT_EMPTY,
                             _("the database already holds enterprises; demo data goes only into an empty database"));
      zjtx_store_rollback (store);
      return FALSE;
    }

  demo.store = store;
  demo.rand = g_rand_new_with_seed (seed);
  demo.support_rand = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  demo.n = n_enterprises;
  demo.names = g_hash_table_new (NULL, NULL);
  demo.uscc_offset[0] = g_rand_int (demo.rand);
  demo.uscc_offset[1] = g_rand_int (demo.rand);

  ok = fill (&demo, error);
  demo_clear (&demo);
  if (!ok)
    {
      zjtx_store_rollback (store);
      return FALSE;
    }
  return zjtx_store_commit (store, error);
}
