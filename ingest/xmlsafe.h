/* Reading a document as a libxml2 tree under gongwen's rules, shared by the
 * Word and HTML readers: parsing with no network access, no entity
 * declarations, a bound on element nesting and no word printed; walking the
 * tree while the arena may jump out on running out of memory, without
 * leaking the tree; and the walk's small helpers (attributes, blank text,
 * reusable text buffers). */
#ifndef GW_XMLSAFE_H
#define GW_XMLSAFE_H

#include <stdbool.h>

#include <libxml/tree.h>

#include "../core/doc.h"
#include "normalize.h"

/* What a reader needs of a document, told while it is parsed: elements and
 * attributes it never reads are not built into the tree (in Word files
 * most of the XML is formatting). */
typedef struct gw_xml_filter {
  /* Are the children of element `parent` (the one being built) filtered
   * by keep_child? Asked once for a run of siblings. */
  bool (*filters_children)(const xmlNode *parent);
  /* Keep element `local` (namespace `uri`, NULL for none) under such a
   * parent? A dropped element goes with all it holds. */
  bool (*keep_child)(const xmlChar *local, const xmlChar *uri);
  /* Keep an attribute named `local` (any namespace)? */
  bool (*keep_attribute)(const xmlChar *local);
} gw_xml_filter;

/* Parse XML. `what` names the input in messages ("word/document.xml").
 * A DOCTYPE that declares entities is refused (entity expansion, external
 * entities), as is nesting deeper than max_depth (counted in dropped
 * elements too). `filter` may be NULL: the whole document. */
gw_status gw_xml_parse(const char *what, const char *data, size_t len, unsigned max_depth,
                       const gw_xml_filter *filter, xmlDoc **out, gw_error *err);

/* Parse HTML already decoded to UTF-8, recovering from errors as browsers
 * do; nesting deeper than max_depth is an error. */
gw_status gw_html_parse(const char *data, size_t len, unsigned max_depth, xmlDoc **out,
                        gw_error *err);

/* Run fn(ctx) and then release(ctx). If the document's arena runs out of
 * memory inside fn, release(ctx) still runs before the jump goes on to the
 * document's guard, so library objects named by ctx are never leaked. */
void gw_run_releasing(gw_doc *doc, void (*fn)(void *), void (*release)(void *), void *ctx);

/* Is `n` an element named `local` in a namespace whose URI is one of the
 * NULL-terminated `uris` (any namespace when uris is NULL)? */
bool gw_xml_is(const xmlNode *n, const char *const *uris, const char *local);
/* Is n an element in one of the namespaces `uris`, whatever its name? */
bool gw_xml_in(const xmlNode *n, const char *const *uris);

/* The value of attribute `local` of `n` in one of `uris` (or in no
 * namespace), or NULL. Points into the tree. */
const char *gw_xml_attr(const xmlNode *n, const char *const *uris, const char *local);

/* A decimal attribute value clamped to [lo, hi]; dflt when absent or not
 * a number. */
long gw_attr_long(const char *s, long dflt, long lo, long hi);

/* Is s[0..n) only white space (also no-break, ideographic and zero-width
 * spaces)? Such paragraphs are left out, and a document of nothing else is
 * "no text". */
bool gw_blank_text(const char *s, size_t n);

/* Scratch text buffers for a tree walk, reused so that walking many
 * paragraphs does not leave a buffer per paragraph in the arena. */
typedef struct gw_scratch {
  gw_arena *arena;
  GW_VEC(gw_textbuf *) spare;
} gw_scratch;

/* An empty buffer (raw bytes: use gw_textbuf_put, not normalization). */
gw_textbuf *gw_scratch_get(gw_scratch *s);
void gw_scratch_put(gw_scratch *s, gw_textbuf *tb);

#endif
