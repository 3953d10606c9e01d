/* bench-evaluate.c: evaluation of N enterprises, timed and measured
 *
 *   bench-evaluate [N]                 build N enterprises in memory, evaluate, report
 *   bench-evaluate --write-facts N F   write a facts document of N enterprises to F
 *   bench-evaluate --time-file F       time reading, evaluating and writing F
 *
 * The county's mix is imitated with a fixed seed, so every run measures the
 * same work: a fifth of the enterprises recognised, some in parks, with loans,
 * rents and kWh.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "core/zjtx-evaluator.h"

static void
fill (ZjtxFacts *facts,
      guint      n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240123);
  ZjtxDate base = zjtx_date_from_ymd (2019, 1, 1);

  for (guint p = 0; p < 40; p++)
    {
      g_autofree char *id = g_strdup_printf ("P%u", p);
      g_autofree char *name = g_strdup_printf ("园区%u", p);
      zjtx_facts_add_park (facts, id, name, p % 3 != 0, p % 8 == 0, NULL);
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("E%u", i);
      g_autofree char *name = g_strdup_printf ("永春县第%u号企业有限公司", i);
      g_autofree char *park = g_strdup_printf ("P%u", g_rand_int_range (rand, 0, 40));
      gboolean in_park = g_rand_int_range (rand, 0, 4) == 0;
      ZjtxDate entry = base + g_rand_int_range (rand, 0, 8 * 365);

      zjtx_facts_add_enterprise (facts, id, name, NULL, in_park ? park : NULL, in_park ? entry : 0,
                                 (ZjtxFen) g_rand_int_range (rand, 0, 100000) * 100000,
                                 in_park ? g_rand_int_range (rand, 0, 6000000) : -1, NULL);
      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          ZjtxDate d = base + g_rand_int_range (rand, 0, 8 * 365);
          zjtx_facts_add_recognition (facts, ZJTX_TIER_INNOVATIVE, d, FALSE);
          if (g_rand_int_range (rand, 0, 3) == 0)
            zjtx_facts_add_recognition (facts, ZJTX_TIER_PROVINCIAL, d + 200, FALSE);
          if (g_rand_int_range (rand, 0, 4) == 0)
            zjtx_facts_add_recognition (facts, ZJTX_TIER_INNOVATIVE, d + 3 * 365, TRUE);
        }
      if (in_park)
        {
          zjtx_facts_add_loan (facts, (ZjtxFen) g_rand_int_range (rand, 1, 20000) * 100000,
                               g_rand_int_range (rand, 1, 36));
          zjtx_facts_add_rent (facts, (ZjtxFen) g_rand_int_range (rand, 1, 10000) * 1000,
                               g_rand_int_range (rand, 1, 24));
        }
    }
  zjtx_facts_seal (facts);
}

static long
peak_rss_kib (void)
{
  struct rusage usage;
  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
write_facts (guint       n,
             const char *path)
{
  g_autoptr(ZjtxFacts) facts = zjtx_facts_new ();
  g_autoptr(GString) out = g_string_new ("{\n  \"as_of\": \"2025-12-31\",\n  \"parks\": [\n");
  g_autoptr(GError) error = NULL;

  fill (facts, n);
  for (guint p = 0; p < facts->parks->len; p++)
    {
      const ZjtxParkFact *park = &g_array_index (facts->parks, ZjtxParkFact, p);
      g_string_append_printf (out, "    {\"id\": \"%s\", \"name\": \"%s\", \"contiguous\": %s, \"demonstration\": %s}%s\n",
                              park->id, park->name, park->contiguous ? "true" : "false",
                              park->demonstration ? "true" : "false", p + 1 < facts->parks->len ? "," : "");
    }
  g_string_append (out, "  ],\n  \"enterprises\": [\n");
  for (guint i = 0; i < facts->enterprises->len; i++)
    {
      const ZjtxEnterpriseFact *e = &g_array_index (facts->enterprises, ZjtxEnterpriseFact, i);
      g_autofree char *output = zjtx_money_format_plain (e->output);

      g_string_append_printf (out, "    {\"id\": \"%s\", \"name\": \"%s\", \"output\": \"%s\"", e->id, e->name, output);
      if (e->park >= 0)
        {
          g_autofree char *entry = zjtx_date_format_iso (e->park_entry_date);
          g_string_append_printf (out, ", \"park\": \"%s\", \"park_entry_date\": \"%s\", \"first_year_kwh\": %" G_GINT64_FORMAT,
                                  g_array_index (facts->parks, ZjtxParkFact, e->park).id, entry, e->first_year_kwh);
        }
      g_string_append (out, ", \"recognitions\": [");
      for (guint r = 0; r < e->n_recognitions; r++)
        {
          g_autofree char *date = zjtx_date_format_iso (e->recognitions[r].date);
          g_string_append_printf (out, "%s{\"tier\": \"%s\", \"date\": \"%s\", \"review\": %s}", r ? ", " : "",
                                  zjtx_tier_to_id (e->recognitions[r].tier), date,
                                  e->recognitions[r].review ? "true" : "false");
        }
      g_string_append (out, "], \"housing_loans\": [");
      for (guint l = 0; l < e->n_loans; l++)
        {
          g_autofree char *p = zjtx_money_format_plain (e->loans[l].principal);
          g_string_append_printf (out, "%s{\"principal\": \"%s\", \"term_months\": %d}", l ? ", " : "", p, e->loans[l].term_months);
        }
      g_string_append (out, "], \"rent\": [");
      for (guint r = 0; r < e->n_rents; r++)
        {
          g_autofree char *m = zjtx_money_format_plain (e->rents[r].monthly);
          g_string_append_printf (out, "%s{\"monthly\": \"%s\", \"months\": %d}", r ? ", " : "", m, e->rents[r].months);
        }
      g_string_append_printf (out, "]}%s\n", i + 1 < facts->enterprises->len ? "," : "");
    }
  g_string_append (out, "  ]\n}\n");

  if (!g_file_set_contents (path, out->str, out->len, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  return 0;
}

/* The auditor's path: a facts file read, evaluated and written out. */
static int
time_file (const char *path)
{
  g_autoptr(ZjtxPolicySet) policies = zjtx_policy_set_new_builtin (NULL);
  g_autoptr(ZjtxFacts) facts = NULL;
  g_autoptr(ZjtxEvaluation) eval = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize length;
  gint64 t0, t1, t2, t3;

  if (!g_file_get_contents (path, &contents, &length, &error))
    g_error ("%s", error->message);
  t0 = g_get_monotonic_time ();
  facts = zjtx_facts_new_from_data (contents, length, &error);
  g_assert_no_error (error);
  t1 = g_get_monotonic_time ();
  eval = zjtx_evaluate (facts, policies, facts->as_of);
  t2 = g_get_monotonic_time ();
  text = zjtx_evaluation_to_data (eval, &length);
  t3 = g_get_monotonic_time ();

  printf ("parse and check facts  %.3f s\n", (t1 - t0) / 1e6);
  printf ("evaluate               %.3f s\n", (t2 - t1) / 1e6);
  printf ("write evaluation JSON  %.3f s (%.1f MiB)\n", (t3 - t2) / 1e6, length / 1048576.0);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(ZjtxFacts) facts = zjtx_facts_new ();
  g_autoptr(ZjtxPolicySet) policies = NULL;
  g_autoptr(ZjtxEvaluation) eval = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 100000;
  gint64 t0, t1, t2, t3;

  if (argc == 4 && g_str_equal (argv[1], "--write-facts"))
    return write_facts (atoi (argv[2]), argv[3]);
  if (argc == 3 && g_str_equal (argv[1], "--time-file"))
    return time_file (argv[2]);
  if (argc > 1)
    n = atoi (argv[1]);

  policies = zjtx_policy_set_new_builtin (&error);
  g_assert_no_error (error);

  t0 = g_get_monotonic_time ();
  fill (facts, n);
  t1 = g_get_monotonic_time ();
  eval = zjtx_evaluate (facts, policies, zjtx_date_from_ymd (2025, 12, 31));
  t2 = g_get_monotonic_time ();
  {
    g_autofree char *text = zjtx_evaluation_to_data (eval, NULL);
    t3 = g_get_monotonic_time ();
  }

  printf ("enterprises            %u\n", n);
  printf ("awards                 %u (total %" G_GINT64_FORMAT " fen)\n", eval->awards->len, eval->total);
  printf ("exclusions             %u\n", eval->exclusions->len);
  printf ("build facts            %.3f s\n", (t1 - t0) / 1e6);
  printf ("evaluate               %.3f s\n", (t2 - t1) / 1e6);
  printf ("evaluation to JSON     %.3f s\n", (t3 - t2) / 1e6);
  printf ("peak RSS               %.1f MiB\n", peak_rss_kib () / 1024.0);
  return 0;
}
