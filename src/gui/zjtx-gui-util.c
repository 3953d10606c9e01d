/* zjtx-gui-util.c: small helpers the window's pages share */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "zjtx-gui-util.h"

char *
zjtx_gui_format_date (ZjtxDate date)
{
  g_autoptr(GDateTime) datetime = NULL;
  int year, month, day;

  if (date == ZJTX_DATE_NONE)
    return g_strdup ("—");

  zjtx_date_to_ymd (date, &year, &month, &day);
  datetime = g_date_time_new_utc (year, month, day, 0, 0, 0);

  /* Translators: how the window writes a date, in g_date_time_format()
   * codes. For zh_CN use the official form "%Y年%-m月%-d日" (2024年1月23日). */
  /* xgettext:no-c-format */
  return g_date_time_format (datetime, _("%Y-%m-%d"));
}
