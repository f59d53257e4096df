/* The readers of structured formats. Each builds `doc` through gw_builder
 * and sets doc->format. */
#ifndef GW_READERS_H
#define GW_READERS_H

#include "../core/doc.h"

/* .docx: a zip container holding word/document.xml. */
gw_status gw_read_docx(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err);
/* A bare word/document.xml, or Word's single-file Flat OPC (pkg:package). */
gw_status gw_read_word_xml(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                           gw_error *err);
/* An HTML page: its article body, paragraphs, <br> and tables. */
gw_status gw_read_html(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err);

#endif
