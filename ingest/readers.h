/* The readers of structured formats. Each builds `doc` through gw_builder
 * and sets doc->format. */
#ifndef GW_READERS_H
#define GW_READERS_H

#include "../core/doc.h"
#include "builder.h"
#include "xmlsafe.h"

/* .docx: a zip container holding word/document.xml. */
gw_status gw_read_docx(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err);
/* A bare word/document.xml, or Word's single-file Flat OPC (pkg:package). */
gw_status gw_read_word_xml(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                           gw_error *err);
/* An HTML page: its article body, paragraphs, <br> and tables. */
gw_status gw_read_html(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err);
/* An HTML chunk imported into a Word document (w:altChunk): parsed in
 * place (it must be UTF-8; Word's conditional markers are cut out), then
 * its whole body appended to `b` where the chunk stands. The tree belongs
 * to the caller. */
gw_status gw_html_parse_chunk(const char *what, char *data, size_t len, unsigned max_depth,
                              xmlDoc **out, gw_error *err);
gw_status gw_html_append_tree(gw_doc *doc, gw_builder *b, const xmlDoc *x, const gw_limits *limits,
                              gw_error *err);

#endif
