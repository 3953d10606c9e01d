/* bench-notices.c: award notices laid out and written into one PDF, timed
 *
 *   bench-notices N FILE.pdf   N notices of made-up awards into FILE.pdf
 *
 * The notices are those of provincial recognition rewards with long
 * enterprise names, laid out by src/render as zjtx-cli notices does.
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "render/zjtx-notice.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) notices = g_ptr_array_new_with_free_func ((GDestroyNotify) zjtx_notice_unref);
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start, laid_out, written;
  ZjtxDate date;
  guint n;

  if (argc != 3 || (n = (guint) atoi (argv[1])) == 0)
    {
      fprintf (stderr, "usage: bench-notices N FILE.pdf\n");
      return 2;
    }
  zjtx_date_parse ("2025-03-01", &date, NULL);

  start = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *recipient = g_strdup_printf ("永春县第%u号专精特新智能装备制造有限公司", i + 1);
      g_autofree char *doc_number = g_strdup_printf ("永工信商〔2025〕%u号", i + 1);
      ZjtxNoticeData data = {
        .issuing_office = "永春县工业信息化和商务局",
        .doc_number = doc_number,
        .recipient = recipient,
        .kind_label = "省级专精特新中小企业认定奖励",
        .policy_doc_number = "永政办规〔2024〕1号",
        .policy_title = "永春县促进专精特新企业发展行动方案",
        .clause = "四（一）",
        .basis = "2024年12月14日首次认定为省级专精特新中小企业，一次性奖励100,000.00元",
        .amount = 10000000,
        .date = date,
      };
      ZjtxNotice *notice = zjtx_notice_new (&data, &error);

      if (notice == NULL)
        {
          fprintf (stderr, "%s\n", error->message);
          return 1;
        }
      g_ptr_array_add (notices, notice);
    }
  laid_out = g_get_monotonic_time ();
  if (!zjtx_notice_write_pdf ((ZjtxNotice * const *) notices->pdata, notices->len, argv[2], &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  written = g_get_monotonic_time ();
  getrusage (RUSAGE_SELF, &usage);
  printf ("%u notices: layout %.2f s, PDF %.2f s, total %.2f s; peak RSS %ld MiB\n", n,
          (laid_out - start) / 1e6, (written - laid_out) / 1e6, (written - start) / 1e6, usage.ru_maxrss / 1024);
  return 0;
}
