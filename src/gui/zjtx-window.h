/* zjtx-window.h: the main window: a sidebar of pages beside a GtkStack */
#pragma once

#include <adwaita.h>

#include "model/zjtx-export.h"
#include "zjtx-application.h"

G_BEGIN_DECLS

#define ZJTX_TYPE_WINDOW (zjtx_window_get_type ())

G_DECLARE_FINAL_TYPE (ZjtxWindow, zjtx_window, ZJTX, WINDOW, AdwApplicationWindow)

/* @settings (schema cn.gov.yongchun.Zjtx) restores the size and the last
 * page, and the state is saved there on close; NULL keeps the window
 * ephemeral (screenshots, tests). The store (or why there is none) and
 * the policies come from @application. */
ZjtxWindow *zjtx_window_new             (ZjtxApplication *application,
                                         GSettings       *settings);
/* The open database, or NULL when it could not be opened. */
ZjtxStore  *zjtx_window_get_store       (ZjtxWindow      *self);
/* The name of the visible page ("enterprises", "policies"). */
const char *zjtx_window_get_page        (ZjtxWindow      *self);
/* Shows page @name; FALSE, and nothing changes, if there is none. */
gboolean    zjtx_window_set_page        (ZjtxWindow      *self,
                                         const char      *name);
/* The names of the pages, in sidebar order. */
GStrv       zjtx_window_list_pages      (ZjtxWindow      *self);
/* The widget of page @name, or NULL. */
GtkWidget  *zjtx_window_get_page_widget (ZjtxWindow      *self,
                                         const char      *name);
/* Reads the store again into every page (after an import, the demo data). */
void        zjtx_window_reload          (ZjtxWindow      *self);
/* Reads the spreadsheet @path without writing (a dry run) and presents
 * what importing it would do, with Cancel and Import N Rows; importing
 * reloads the pages. Returns the dialog, or NULL when the file could not
 * be read (a toast says why) or there is no store. */
GtkWindow  *zjtx_window_import_file     (ZjtxWindow      *self,
                                         const char      *path);
/* Exports @what to @path, its format by the extension (.csv, .xlsx; none:
 * ".xlsx" is added), and says where in a toast. */
gboolean    zjtx_window_export_file     (ZjtxWindow      *self,
                                         ZjtxExportWhat   what,
                                         const char      *path,
                                         GError         **error);
/* When the store holds no enterprises, presents the first-run choice
 * (import a spreadsheet, load demo data, start empty) and returns it;
 * otherwise NULL. */
GtkWindow  *zjtx_window_offer_first_run (ZjtxWindow      *self);

G_END_DECLS
