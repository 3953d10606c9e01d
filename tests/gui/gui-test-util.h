/* gui-test-util.h: helpers shared by the display tests */

#pragma once

#include <gtk/gtk.h>

#include "model/zjtx-store.h"

G_BEGIN_DECLS

/* Runs the main context until nothing is pending. */
void        gui_test_spin           (void);

/* Adds @widget and its descendants of @type to @found, depth first
 * (reading order). */
void        gui_test_collect        (GtkWidget  *widget,
                                     GType       type,
                                     GPtrArray  *found);

/* The descendants of @root (and @root) of @type, in reading order. */
GPtrArray  *gui_test_find_all       (GtkWidget  *root,
                                     GType       type);

/* The first mapped label under @root whose text is @text, or NULL. */
GtkLabel   *gui_test_find_label     (GtkWidget  *root,
                                     const char *text);

/* The first widget under @root (or @root) named @name, or NULL. */
GtkWidget  *gui_test_find_named     (GtkWidget  *root,
                                     const char *name);

/* The first button under @root whose label is @label, or NULL. */
gpointer    gui_test_find_button    (GtkWidget  *root,
                                     const char *label);

/* Removes @dir and everything under it. */
void        gui_test_rm_rf          (const char *dir);

/* A new temporary folder (from @tmpl) holding a database "zjtx.db",
 * opened with the actor "test"; the folder is returned in @dir. */
ZjtxStore  *gui_test_open_store     (const char *tmpl,
                                     char      **dir);

/* Unrefs *@store and removes and frees *@dir. */
void        gui_test_close_store    (ZjtxStore **store,
                                     char      **dir);

/* Adds the application's style.css (what AdwApplication does for the
 * real window), if it is among the resources. */
void        gui_test_load_css       (void);

/* @widget (shown and drawn) rendered to a texture. */
GdkTexture *gui_test_render         (GtkWidget  *widget);

/* Spins, waits for @widget to be drawn, renders it to @file as a PNG
 * and says so on stdout. */
void        gui_test_save_png       (GtkWidget  *widget,
                                     const char *file);

G_END_DECLS
