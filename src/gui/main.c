/* main.c: the zjtx window program; all of it lives in libzjtx-gui */

#include "config.h"

#include "core/zjtx-i18n.h"
#include "zjtx-application.h"

int
main (int   argc,
      char *argv[])
{
  /* Before anything else, so that option help and errors are translated too. */
  zjtx_i18n_init ();
  return zjtx_application_run (argc, argv);
}
