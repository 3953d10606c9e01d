/* zjtx-i18n.c: one place where the programs bind their message catalogue */

#include "config.h"

#include <locale.h>
#include <glib/gi18n-lib.h>

#include "zjtx-i18n.h"

void
zjtx_i18n_init (void)
{
  const char *localedir = g_getenv ("ZJTX_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir && *localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
