/* zjtx-cli-pool.c: zjtx-cli import, export, list and demo — the cultivation pool */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "core/zjtx-evaluator.h"
#include "model/zjtx-demo.h"
#include "model/zjtx-export.h"
#include "model/zjtx-import.h"
#include "model/zjtx-pool-query.h"
#include "zjtx-cli.h"

int
zjtx_cli_import (int   argc,
                 char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new (_("FILE — import enterprises from a spreadsheet"));

  g_option_context_set_description (context,
    _("Reads CSV (UTF-8, UTF-16 or GB18030, as Excel saves it) or .xlsx. Columns are recognised by their\n"
      "headers (企业名称, 统一社会信用代码, 所属乡镇, 所属园区, 产业链, 认定层级, 认定时间, 营业收入 …);\n"
      "enterprises already on file are matched by USCC and updated. Rows with a problem are left out and\n"
      "listed; the others go in together or not at all.\n"
      "Exit status: 0 all rows in, 3 some rows left out, 2 nothing imported."));
  return zjtx_cli_run_import (context, zjtx_import_file, argc, argv);
}

int
zjtx_cli_export (int   argc,
                 char *argv[])
{
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *what_name = NULL;
  g_autoptr(GOptionContext) context = g_option_context_new (_("— export the pool as a spreadsheet"));
  ZjtxTableFormat format;
  ZjtxExportWhat what = ZJTX_EXPORT_ENTERPRISES;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("csv or xlsx (default: from the file name)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write"), N_("FILE") },
    { "what", 0, 0, G_OPTION_ARG_STRING, &what_name,
      N_("enterprises (default), recognitions, monitoring or awards"), N_("LIST") },
    { NULL }
  };

  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (!zjtx_cli_parse_export_output (format_name, output, &format))
    return ZJTX_CLI_EXIT_USAGE;
  if (what_name && !zjtx_export_what_from_name (what_name, &what))
    {
      zjtx_cli_error (_("unknown list “%s” (enterprises, recognitions, monitoring or awards)"), what_name);
      return ZJTX_CLI_EXIT_USAGE;
    }

  return zjtx_cli_export_to_file (what, format, output);
}

int
zjtx_cli_list (int   argc,
               char *argv[])
{
  g_autofree char *tier_name = NULL;
  g_autofree char *township = NULL;
  g_autofree char *park = NULL;
  g_autofree char *search = NULL;
  g_autofree char *as_of_text = NULL;
  int limit = 50;
  g_autoptr(GOptionContext) context = g_option_context_new (_("— list enterprises"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  g_autoptr(ZjtxPoolQuery) query = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  ZjtxDate as_of = ZJTX_DATE_NONE;
  guint total = 0;
  const GOptionEntry entries[] = {
    { "tier", 0, 0, G_OPTION_ARG_STRING, &tier_name,
      N_("Only those holding this tier: reserve, innovative, provincial or national"), N_("TIER") },
    { "township", 0, 0, G_OPTION_ARG_STRING, &township, N_("Only this township"), N_("NAME") },
    { "park", 0, 0, G_OPTION_ARG_STRING, &park, N_("Only this park"), N_("NAME") },
    { "search", 's', 0, G_OPTION_ARG_STRING, &search, N_("Name, USCC or products containing TEXT"), N_("TEXT") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text, N_("Tiers held on this date (default today)"), N_("YYYY-MM-DD") },
    { "limit", 'n', 0, G_OPTION_ARG_INT, &limit, N_("At most N rows (0: all)"), N_("N") },
    { NULL }
  };

  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (as_of_text && !zjtx_date_parse (as_of_text, &as_of, &error))
    {
      zjtx_cli_error ("--as-of: %s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (limit < 0)
    {
      zjtx_cli_error (_("--limit must not be negative"));
      return ZJTX_CLI_EXIT_USAGE;
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;

  query = zjtx_pool_query_new (as_of ? as_of : zjtx_date_today ());
  if (tier_name)
    {
      ZjtxTier tier;
      if (!zjtx_tier_from_id (tier_name, &tier))
        {
          zjtx_cli_error (_("unknown tier “%s” (reserve, innovative, provincial or national)"), tier_name);
          return ZJTX_CLI_EXIT_USAGE;
        }
      zjtx_pool_query_set_tier (query, tier);
    }
  zjtx_pool_query_set_township (query, township);
  zjtx_pool_query_set_park (query, park);
  zjtx_pool_query_set_search (query, search);

  rows = zjtx_pool_query_run (query, store, limit, &total, &error);
  if (rows == NULL)
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }

  for (guint i = 0; i < rows->len; i++)
    {
      ZjtxPoolRow *row = g_ptr_array_index (rows, i);

      printf ("%-8" G_GINT64_FORMAT " %-18s  %s  %s  %s  %s\n", row->id, row->uscc ? row->uscc : "-",
              row->name, row->township ? row->township : "-", zjtx_tier_get_label (row->tier),
              row->park ? row->park : "");
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u enterprise", "%u of %u enterprises", total), rows->len, total);
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}

int
zjtx_cli_demo (int   argc,
               char *argv[])
{
  int n = 300;
  int seed = 1;
  g_autoptr(GOptionContext) context = g_option_context_new (_("— fill an empty database with a fictional county"));
  g_autoptr(GError) error = NULL;
  g_autoptr(ZjtxStore) store = NULL;
  const GOptionEntry entries[] = {
    { "enterprises", 0, 0, G_OPTION_ARG_INT, &n, N_("How many enterprises (default 300)"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed of the made-up data (default 1)"), N_("N") },
    { NULL }
  };

  if (!zjtx_cli_parse_options (context, entries, &argc, &argv))
    return ZJTX_CLI_EXIT_USAGE;
  if (argc > 1)
    {
      zjtx_cli_error (_("unexpected argument “%s”"), argv[1]);
      return ZJTX_CLI_EXIT_USAGE;
    }
  if (n < 1 || n > 10000000)
    {
      zjtx_cli_error (_("--enterprises must be between 1 and 10000000"));
      return ZJTX_CLI_EXIT_USAGE;
    }

  store = zjtx_cli_open_store ();
  if (store == NULL)
    return ZJTX_CLI_EXIT_USAGE;
  if (!zjtx_demo_fill (store, n, seed, &error))
    {
      zjtx_cli_error ("%s", error->message);
      return ZJTX_CLI_EXIT_USAGE;
    }
  printf (g_dngettext (GETTEXT_PACKAGE, "%d fictional enterprise added to %s", "%d fictional enterprises added to %s", n),
          n, zjtx_store_get_path (store));
  printf ("\n");
  return ZJTX_CLI_EXIT_OK;
}
