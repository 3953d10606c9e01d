/* zjtx-i18n.h: one place where the programs bind their message catalogue */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* setlocale + bindtextdomain. $ZJTX_LOCALEDIR overrides the installed
 * catalogue directory, so that tests and `build-aux/dev` run the build tree
 * in Chinese. */
void zjtx_i18n_init (void);

G_END_DECLS
