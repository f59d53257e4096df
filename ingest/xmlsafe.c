#include "xmlsafe.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parser.h>

#include "../core/err.h"

/* The parser's SAX callbacks are wrapped to watch what goes by; the
 * watcher rides on ctxt->_private, which libxml2 leaves to its users. */
typedef struct watch {
  unsigned depth, max_depth;
  const gw_xml_filter *filter;
  unsigned dropping;          /* > 0: inside a dropped element, this many deep */
  const xmlNode *parent_seen; /* the last parent asked about, and the answer */
  bool parent_filters;
  bool too_deep;
  bool entities;
  int error_line; /* the first error: later ones often only follow from it */
  char error[200];
} watch;

static watch *watch_of(void *ctx) {
  return ((xmlParserCtxtPtr)ctx)->_private;
}

/* Count one element open; stop the parser when the nesting is too deep. */
static bool enter(void *ctx) {
  watch *w = watch_of(ctx);
  if (++w->depth <= w->max_depth) return true;
  w->too_deep = true;
  xmlStopParser((xmlParserCtxtPtr)ctx);
  return false;
}

enum { KEPT_ATTRIBUTES_MAX = 32 };

static void xml_start(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                      const xmlChar *uri, int nb_namespaces, const xmlChar **namespaces,
                      int nb_attributes, int nb_defaulted, const xmlChar **attributes) {
  if (!enter(ctx)) return;
  watch *w = watch_of(ctx);
  const gw_xml_filter *f = w->filter;
  if (w->dropping) {
    w->dropping++;
    return;
  }
  if (f) {
    const xmlNode *parent = ((xmlParserCtxtPtr)ctx)->node;
    if (parent != w->parent_seen) {
      w->parent_seen = parent;
      w->parent_filters = parent && f->filters_children(parent);
    }
    if (w->parent_filters && !f->keep_child(localname, uri)) {
      w->dropping = 1;
      return;
    }
  }
  /* Attributes come five pointers each (name, prefix, URI, value, end), the
   * defaulted ones last. More than fit here are all kept. */
  const xmlChar *kept[5 * KEPT_ATTRIBUTES_MAX];
  if (f && nb_attributes <= KEPT_ATTRIBUTES_MAX) {
    int n = 0, defaulted = 0;
    for (int i = 0; i < nb_attributes; i++) {
      if (!f->keep_attribute(attributes[5 * i])) continue;
      memcpy(&kept[5 * n++], &attributes[5 * i], 5 * sizeof *kept);
      defaulted += i >= nb_attributes - nb_defaulted;
    }
    nb_attributes = n, nb_defaulted = defaulted, attributes = kept;
  }
  xmlSAX2StartElementNs(ctx, localname, prefix, uri, nb_namespaces, namespaces, nb_attributes,
                        nb_defaulted, attributes);
}

static void xml_end(void *ctx, const xmlChar *localname, const xmlChar *prefix,
                    const xmlChar *uri) {
  watch *w = watch_of(ctx);
  w->depth--;
  if (w->dropping) {
    w->dropping--;
    return;
  }
  xmlSAX2EndElementNs(ctx, localname, prefix, uri);
}

/* Text, comments and instructions inside a dropped element go with it. */
static void xml_characters(void *ctx, const xmlChar *ch, int len) {
  if (!watch_of(ctx)->dropping) xmlSAX2Characters(ctx, ch, len);
}

static void xml_cdata(void *ctx, const xmlChar *ch, int len) {
  if (!watch_of(ctx)->dropping) xmlSAX2CDataBlock(ctx, ch, len);
}

static void xml_comment(void *ctx, const xmlChar *value) {
  if (!watch_of(ctx)->dropping) xmlSAX2Comment(ctx, value);
}

static void xml_pi(void *ctx, const xmlChar *target, const xmlChar *data) {
  if (!watch_of(ctx)->dropping) xmlSAX2ProcessingInstruction(ctx, target, data);
}

static void xml_reference(void *ctx, const xmlChar *name) {
  if (!watch_of(ctx)->dropping) xmlSAX2Reference(ctx, name);
}

/* Any entity declaration stops the parse: Word XML never has one, and
 * refusing them rules out expansion bombs and external entities alike. */
static void entity_decl(void *ctx, const xmlChar *name, int type, const xmlChar *public_id,
                        const xmlChar *system_id, xmlChar *content) {
  (void)name, (void)type, (void)public_id, (void)system_id, (void)content;
  watch_of(ctx)->entities = true;
  xmlStopParser((xmlParserCtxtPtr)ctx);
}

static void unparsed_entity_decl(void *ctx, const xmlChar *name, const xmlChar *public_id,
                                 const xmlChar *system_id, const xmlChar *notation) {
  entity_decl(ctx, name, 0, public_id, system_id, NULL);
  (void)notation;
}

static void html_start(void *ctx, const xmlChar *name, const xmlChar **atts) {
  if (enter(ctx)) xmlSAX2StartElement(ctx, name, atts);
}

static void html_end(void *ctx, const xmlChar *name) {
  watch_of(ctx)->depth--;
  xmlSAX2EndElement(ctx, name);
}

/* libxml2 reports some errors (a failed encoding conversion) outside any
 * parser context, on its generic channel: stderr unless told otherwise.
 * gongwen never prints, so the channel is muted while it parses; libxml2
 * keeps the channel per thread, and it is put back afterwards. */
typedef struct channel {
  xmlGenericErrorFunc func;
  void *ctx;
} channel;

static void discard(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static channel mute(void) {
  channel saved = {xmlGenericError, xmlGenericErrorContext};
  xmlSetGenericErrorFunc(NULL, discard);
  return saved;
}

static void unmute(channel saved) {
  xmlSetGenericErrorFunc(saved.ctx, saved.func);
}

/* Keep the first error libxml2 reports (instead of printing it), on one line. */
static void first_error(void *ctx, xmlErrorPtr e) {
  watch *w = watch_of(ctx);
  if (w->error[0] || !e || e->level < XML_ERR_ERROR) return;
  w->error_line = e->line;
  snprintf(w->error, sizeof w->error, "%s", e->message ? e->message : "unknown error");
  size_t n = strlen(w->error);
  while (n && (w->error[n - 1] == '\n' || w->error[n - 1] == ' ')) w->error[--n] = 0;
  for (char *p = w->error; *p; p++)
    if (*p == '\n') *p = ' ';
}

gw_status gw_xml_parse(const char *what, const char *data, size_t len, unsigned max_depth,
                       const gw_xml_filter *filter, xmlDoc **out, gw_error *err) {
  *out = NULL;
  if (len > INT_MAX) return gw_fail(err, GW_ERR_LIMIT, "%s is too large to parse", what);
  xmlInitParser();
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) return gw_fail(err, GW_ERR_NOMEM, "out of memory parsing %s", what);
  watch w = {.max_depth = max_depth, .filter = filter};
  ctxt->_private = &w;
  ctxt->sax->serror = first_error;
  ctxt->sax->startElementNs = xml_start;
  ctxt->sax->endElementNs = xml_end;
  if (filter) {
    ctxt->sax->characters = xml_characters;
    ctxt->sax->ignorableWhitespace = xml_characters;
    ctxt->sax->cdataBlock = xml_cdata;
    ctxt->sax->comment = xml_comment;
    ctxt->sax->processingInstruction = xml_pi;
    ctxt->sax->reference = xml_reference;
  }
  ctxt->sax->entityDecl = entity_decl;
  ctxt->sax->unparsedEntityDecl = unparsed_entity_decl;
  /* No XML_PARSE_NOENT, DTDLOAD or HUGE: entities stay unexpanded, nothing
   * is loaded, and libxml2's own size limits stay in force. */
  int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
                XML_PARSE_COMPACT;
  channel saved = mute();
  xmlDoc *doc = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL, options);
  unmute(saved);
  gw_status st = GW_OK;
  if (w.entities) {
    st = gw_fail(err, GW_ERR_FORMAT,
                 "%s has a DOCTYPE that declares entities; refused (entity expansion or "
                 "external entities)",
                 what);
  } else if (w.too_deep) {
    st = gw_fail(err, GW_ERR_LIMIT, "%s: elements nested deeper than %u (--max-xml-depth)", what,
                 max_depth);
  } else if (!doc || !ctxt->wellFormed) {
    if (!w.error[0]) snprintf(w.error, sizeof w.error, "unknown error");
    if (strstr(w.error, "Excessive depth"))
      st = gw_fail(err, GW_ERR_LIMIT,
                   "%s: elements nested deeper than libxml2 allows (%s) (--max-xml-depth)", what,
                   w.error);
    else
      st = gw_fail(err, GW_ERR_FORMAT, "%s is not well-formed XML (line %d: %s)", what,
                   w.error_line, w.error);
  } else if (!xmlDocGetRootElement(doc)) {
    st = gw_fail(err, GW_ERR_FORMAT, "%s has no root element", what);
  }
  xmlFreeParserCtxt(ctxt);
  if (st != GW_OK) {
    xmlFreeDoc(doc);
    return st;
  }
  *out = doc;
  return GW_OK;
}

gw_status gw_html_parse(const char *data, size_t len, unsigned max_depth, xmlDoc **out,
                        gw_error *err) {
  *out = NULL;
  if (len > INT_MAX) return gw_fail(err, GW_ERR_LIMIT, "HTML is too large to parse");
  xmlInitParser();
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt) return gw_fail(err, GW_ERR_NOMEM, "out of memory parsing HTML");
  watch w = {.max_depth = max_depth};
  ctxt->_private = &w;
  ctxt->sax->startElement = html_start;
  ctxt->sax->endElement = html_end;
  /* The text is UTF-8 already: a <meta charset> must not switch it. */
  int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                HTML_PARSE_IGNORE_ENC;
  channel saved = mute();
  xmlDoc *doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, "UTF-8", options);
  unmute(saved);
  gw_status st = GW_OK;
  if (w.too_deep)
    st = gw_fail(err, GW_ERR_LIMIT, "HTML: elements nested deeper than %u (--max-xml-depth)",
                 max_depth);
  else if (ctxt->errNo == XML_ERR_INTERNAL_ERROR) /* libxml2 halted: its own depth bound */
    st = gw_fail(err, GW_ERR_LIMIT,
                 "HTML: elements nested deeper than libxml2 allows (256) (--max-xml-depth)");
  else if (!doc || !xmlDocGetRootElement(doc))
    st = gw_fail(err, GW_ERR_FORMAT, "HTML could not be parsed");
  htmlFreeParserCtxt(ctxt);
  if (st != GW_OK) {
    xmlFreeDoc(doc);
    return st;
  }
  *out = doc;
  return GW_OK;
}

void gw_run_releasing(gw_doc *doc, void (*fn)(void *), void (*release)(void *), void *ctx) {
  jmp_buf *outer = doc->arena->on_fail;
  jmp_buf here;
  if (setjmp(here)) {
    doc->arena->on_fail = outer;
    release(ctx);
    longjmp(*outer, 1);
  }
  if (outer) doc->arena->on_fail = &here;
  fn(ctx);
  doc->arena->on_fail = outer;
  release(ctx);
}

static bool ns_in(const xmlNs *ns, const char *const *uris) {
  if (!uris) return true;
  if (!ns || !ns->href) return false;
  for (; *uris; uris++)
    if (strcmp((const char *)ns->href, *uris) == 0) return true;
  return false;
}

bool gw_xml_in(const xmlNode *n, const char *const *uris) {
  return n && n->type == XML_ELEMENT_NODE && ns_in(n->ns, uris);
}

bool gw_xml_is(const xmlNode *n, const char *const *uris, const char *local) {
  return n && n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, local) == 0 &&
         ns_in(n->ns, uris);
}

const char *gw_xml_attr(const xmlNode *n, const char *const *uris, const char *local) {
  if (!n || n->type != XML_ELEMENT_NODE) return NULL;
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    if (strcmp((const char *)a->name, local) != 0) continue;
    if (a->ns && !ns_in(a->ns, uris)) continue;
    if (a->children && a->children->type == XML_TEXT_NODE && a->children->content)
      return (const char *)a->children->content;
    return "";
  }
  return NULL;
}

gw_textbuf *gw_scratch_get(gw_scratch *s) {
  gw_textbuf *tb;
  if (s->spare.len) {
    tb = s->spare.items[--s->spare.len];
  } else {
    tb = gw_arena_alloc(s->arena, sizeof *tb);
    gw_textbuf_init(tb, s->arena, 0);
    gw_textbuf_put(tb, "", 0); /* so that data is never NULL */
  }
  tb->len = tb->line_start = 0;
  if (tb->data) tb->data[0] = 0;
  return tb;
}

void gw_scratch_put(gw_scratch *s, gw_textbuf *tb) {
  GW_VEC_PUSH(s->arena, s->spare, tb);
}

bool gw_blank_text(const char *s, size_t n) {
  for (size_t i = 0; i < n;) {
    uint32_t cp = gw_utf8_next(s, n, &i);
    if (!(cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
          cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200D) || cp == 0xFEFF))
      return false;
  }
  return true;
}

long gw_attr_long(const char *s, long dflt, long lo, long hi) {
  if (!s) return dflt;
  char *end;
  long v = strtol(s, &end, 10);
  if (end == s) return dflt;
  return v < lo ? lo : v > hi ? hi : v;
}
