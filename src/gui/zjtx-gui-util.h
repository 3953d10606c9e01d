/* zjtx-gui-util.h: small helpers the window's pages share */
#pragma once

#include <glib.h>

#include "core/zjtx-date.h"

G_BEGIN_DECLS

/* @date as the interface writes a date ("2024年1月23日" in Chinese), "—"
 * for ZJTX_DATE_NONE. */
char *zjtx_gui_format_date (ZjtxDate date);

G_END_DECLS
