/* bench-store.c: the store's side of an evaluation, timed
 *
 *   bench-store DB [YYYY-MM-DD]   open DB, build the facts, evaluate, write JSON
 *   bench-store --write-csv N F   write a CSV of N valid enterprises to F
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "core/zjtx-evaluator.h"
#include "core/zjtx-uscc.h"
#include "model/zjtx-store.h"

static long
peak_rss_kib (void)
{
  struct rusage usage;
  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* The bureau's list as officers receive it: Chinese headers, a title line. */
static int
write_csv (guint       n,
           const char *path)
{
  static const char * const townships[] = { "桃城镇", "五里街镇", "蓬壶镇", "达埔镇", "石鼓镇", "东平镇", "湖洋镇" };
  static const char * const industries[] = { "香", "醋", "瓷", "纺织新材料", "电子新材料", "智能终端", "茶" };
  g_autoptr(GString) csv = g_string_new ("企业名称,统一社会信用代码,所属乡镇,产业链,主要产品,认定层级,认定时间\n");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n; i++)
    {
      char code[19];

      g_snprintf (code, sizeof code, "91350525%09u", i);
      code[17] = zjtx_uscc_check_character (code);
      code[18] = '\0';
      g_string_append_printf (csv, "永春县第%u号测试企业有限公司,%s,%s,%s,\"产品%u,配件\",%s,%s\n", i, code,
                              townships[i % G_N_ELEMENTS (townships)], industries[i % G_N_ELEMENTS (industries)], i,
                              i % 5 == 0 ? "创新型中小企业" : "", i % 5 == 0 ? "2024-03-15" : "");
    }
  if (!g_file_set_contents (path, csv->str, csv->len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxFacts) facts = NULL;
  g_autoptr(ZjtxEvaluation) eval = NULL;
  g_autofree char *text = NULL;
  ZjtxDate as_of = zjtx_date_from_ymd (2025, 12, 31);
  gint64 t0, t1, t2, t3, t4;
  gsize length = 0;

  if (argc == 4 && g_str_equal (argv[1], "--write-csv"))
    return write_csv (atoi (argv[2]), argv[3]);
  if (argc < 2)
    {
      fprintf (stderr, "usage: bench-store DB [YYYY-MM-DD] | --write-csv N FILE\n");
      return 2;
    }
  if (argc > 2 && !zjtx_date_parse (argv[2], &as_of, &error))
    g_error ("%s", error->message);

  t0 = g_get_monotonic_time ();
  store = zjtx_store_open (argv[1], &error);
  if (store == NULL)
    g_error ("%s", error->message);
  policies = zjtx_store_load_policies (store, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  facts = zjtx_store_build_facts (store, as_of, &error);
  g_assert_no_error (error);
  t2 = g_get_monotonic_time ();
  eval = zjtx_evaluate (facts, policies, as_of);
  t3 = g_get_monotonic_time ();
  text = zjtx_evaluation_to_data (eval, &length);
  t4 = g_get_monotonic_time ();

  printf ("enterprises            %u\n", facts->enterprises->len);
  printf ("awards                 %u, exclusions %u\n", eval->awards->len, eval->exclusions->len);
  printf ("open the store         %.3f s\n", (t1 - t0) / 1e6);
  printf ("build facts from SQL   %.3f s\n", (t2 - t1) / 1e6);
  printf ("evaluate               %.3f s\n", (t3 - t2) / 1e6);
  printf ("write evaluation JSON  %.3f s (%.1f MiB)\n", (t4 - t3) / 1e6, length / 1048576.0);
  printf ("total                  %.3f s\n", (t4 - t0) / 1e6);
  printf ("peak RSS               %.1f MiB\n", peak_rss_kib () / 1024.0);
  return 0;
}
