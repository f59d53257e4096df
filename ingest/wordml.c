#include "wordml.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/err.h"
#include "grid.h"
#include "readers.h"
#include "wordnum.h"

const char *const gw_wordml_ns[] = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                                    "http://purl.oclc.org/ooxml/wordprocessingml/main", NULL};
const char *const gw_mc_ns[] = {"http://schemas.openxmlformats.org/markup-compatibility/2006",
                                NULL};

enum { MAX_LEVELS = 9, MAX_STYLE_HOPS = 16, MAX_FIELDS = 64, MAX_SPAN = 1000 };

bool gw_w_is(const xmlNode *n, const char *local) {
  return gw_xml_is(n, gw_wordml_ns, local);
}

bool gw_in_w(const xmlNode *n) {
  return gw_xml_in(n, gw_wordml_ns);
}

const char *gw_w_attr(const xmlNode *n, const char *local) {
  return gw_xml_attr(n, gw_wordml_ns, local);
}

const xmlNode *gw_w_child(const xmlNode *n, const char *local) {
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (gw_w_is(c, local)) return c;
  return NULL;
}

const char *gw_w_val(const xmlNode *n, const char *local) {
  return gw_w_attr(gw_w_child(n, local), "val");
}

bool gw_w_on(const xmlNode *prop) {
  if (!prop) return false;
  const char *v = gw_w_attr(prop, "val");
  return !v || !(strcmp(v, "0") == 0 || strcmp(v, "false") == 0 || strcmp(v, "off") == 0);
}

const xmlNode *gw_mc_branch(const xmlNode *ac) {
  const xmlNode *fallback = NULL;
  for (const xmlNode *c = ac->children; c; c = c->next) {
    if (gw_xml_is(c, gw_mc_ns, "Choice")) return c;
    if (gw_xml_is(c, gw_mc_ns, "Fallback")) fallback = c;
  }
  return fallback;
}

/* Property elements: w:pPr, w:rPr, w:tcPr, w:sectPr, w:sdtPr, w:tblPrEx... */
static bool property_name(const char *name) {
  size_t len = strlen(name);
  return (len > 2 && strcmp(name + len - 2, "Pr") == 0) ||
         (len > 4 && strcmp(name + len - 4, "PrEx") == 0);
}

/* ---- what the reader reads, told to the parser ---------------------------
 * Most of a Word file's XML is formatting (fonts, sizes, spacing, borders)
 * and revision marks (w:rsid... on every paragraph and run): inside a
 * property element only the properties read below are built into the tree,
 * and of attributes only those read below. When the reader comes to read
 * another property or attribute, it goes into these lists. */

static bool in_w_uri(const xmlChar *uri) {
  for (const char *const *u = gw_wordml_ns; uri && *u; u++)
    if (strcmp((const char *)uri, *u) == 0) return true;
  return false;
}

static bool filters_children(const xmlNode *parent) {
  return parent->type == XML_ELEMENT_NODE && property_name((const char *)parent->name) &&
         gw_in_w(parent);
}

/* Is `local` one of `names`? Names are told apart by their first letter
 * first: this is asked for every element under a property element. */
static bool one_of(const xmlChar *local, const char *const *names) {
  for (; *names; names++)
    if ((*names)[0] == (char)local[0] && strcmp((const char *)local, *names) == 0) return true;
  return false;
}

static bool keep_child(const xmlChar *local, const xmlChar *uri) {
  /* pPr: pStyle numPr outlineLvl; numPr: ilvl numId; rPr: vanish; tcPr: gridSpan
   * vMerge hMerge; trPr: del (a deleted row) gridBefore gridAfter tblHeader */
  static const char *const READ[] = {
      "pStyle",    "numPr",  "outlineLvl",      "ilvl",    "numId",      "vanish",
      "gridSpan",  "vMerge", "hMerge",          "del",     "gridBefore", "gridAfter",
      "tblHeader", "sectPr", "headerReference", "titlePg", NULL};
  return one_of(local, READ) && in_w_uri(uri);
}

static bool keep_attribute(const xmlChar *local) {
  static const char *const READ[] = {"val",   "type",           "default",       "styleId",
                                     "numId", "ilvl",           "abstractNumId", "fldCharType",
                                     "char",  "name" /* pkg */, "id" /* r:id */, NULL};
  return one_of(local, READ);
}

const gw_xml_filter gw_wordml_filter = {filters_children, keep_child, keep_attribute};

/* Property elements and deleted content carry no text of their own. */
static bool no_text(const xmlNode *n) {
  const char *name = (const char *)n->name;
  if (property_name(name)) return true;
  static const char *const skip[] = {"del",           "moveFrom",          "delText",
                                     "instrText",     "delInstrText",      "tblGrid",
                                     "fldData",       "footnoteReference", "endnoteReference",
                                     "annotationRef", "commentReference",  NULL};
  for (const char *const *s = skip; *s; s++)
    if (strcmp(name, *s) == 0) return true;
  return false;
}

/* ---- styles ------------------------------------------------------------- */

typedef struct style_def {
  const char *id, *name, *based_on;
  bool paragraph_default;
  long num_id; /* -1: not set; 0: numbering switched off */
  int ilvl;    /* -1: not set */
  int outline; /* w:outlineLvl, -1: not set */
} style_def;

/* What styles.xml and numbering.xml define. */
typedef struct word_defs {
  gw_wordnum *nums;
  style_def *styles;
  size_t nstyles;
  const style_def *default_style;
} word_defs;

static int style_cmp(const void *a, const void *b) {
  return strcmp(((const style_def *)a)->id, ((const style_def *)b)->id);
}

static const style_def *find_style(const word_defs *d, const char *id) {
  if (!id || !d->nstyles) return NULL;
  style_def key = {.id = id};
  return bsearch(&key, d->styles, d->nstyles, sizeof key, style_cmp);
}

static void read_num_pr(const xmlNode *ppr, long *num_id, int *ilvl, int *outline) {
  const xmlNode *numpr = gw_w_child(ppr, "numPr");
  *num_id = gw_attr_long(gw_w_val(numpr, "numId"), -1, 0, 1L << 30);
  *ilvl = (int)gw_attr_long(gw_w_val(numpr, "ilvl"), -1, 0, MAX_LEVELS - 1);
  *outline = (int)gw_attr_long(gw_w_val(ppr, "outlineLvl"), -1, 0, 9);
}

static void load_styles(gw_arena *a, word_defs *d, const xmlNode *styles) {
  if (!styles) return;
  size_t n = 0;
  for (const xmlNode *s = styles->children; s; s = s->next) n += gw_w_is(s, "style");
  d->styles = gw_arena_calloc(a, n ? n : 1, sizeof *d->styles);
  for (const xmlNode *s = styles->children; s; s = s->next) {
    if (!gw_w_is(s, "style") || !gw_w_attr(s, "styleId")) continue;
    style_def *st = &d->styles[d->nstyles++];
    st->id = gw_w_attr(s, "styleId");
    st->name = gw_w_val(s, "name");
    st->based_on = gw_w_val(s, "basedOn");
    const char *type = gw_w_attr(s, "type"), *dflt = gw_w_attr(s, "default");
    st->paragraph_default = (!type || !strcmp(type, "paragraph")) && dflt &&
                            (!strcmp(dflt, "1") || !strcmp(dflt, "true") || !strcmp(dflt, "on"));
    read_num_pr(gw_w_child(s, "pPr"), &st->num_id, &st->ilvl, &st->outline);
  }
  qsort(d->styles, d->nstyles, sizeof *d->styles, style_cmp);
  for (size_t i = 0; i < d->nstyles; i++)
    if (d->styles[i].paragraph_default) d->default_style = &d->styles[i];
}

/* "heading 3", "Heading3", "标题 3" -> 3; 0 otherwise. */
static int heading_name(const char *s) {
  if (!s) return 0;
  if (strncasecmp(s, "heading", 7) == 0)
    s += 7;
  else if (strncmp(s, "标题", 6) == 0)
    s += 6;
  else
    return 0;
  while (*s == ' ') s++;
  return s[0] >= '1' && s[0] <= '9' && !s[1] ? s[0] - '0' : 0;
}

/* The numbering style a w:numStyleLink names: its list's w:numId. */
static long style_num_id(const void *ctx, const char *style_id) {
  const style_def *s = find_style(ctx, style_id);
  return s ? s->num_id : -1;
}

/* ---- the walk ------------------------------------------------------------ */

typedef GW_VEC(const xmlNode *) node_vec;

typedef struct walk {
  gw_doc *doc;
  const gw_wordml_parts *parts;
  gw_arena *a;
  const gw_limits *limits;
  gw_builder b;
  gw_scratch scratch;
  word_defs defs;
  size_t cells_used;
  gw_error *err;
  gw_status status;
  /* Fields: a stack of states, instructions (dropped) until w:fldChar
   * separate, then the result (kept) until end. */
  uint8_t fields[MAX_FIELDS];
  size_t nfields, fields_lost, in_instructions;
} walk;

enum { FIELD_INSTR = 1, FIELD_RESULT = 2 };

typedef struct para_props {
  long num_id;
  int ilvl;
  int heading;
} para_props;

static void paragraph_props(const walk *w, const xmlNode *p, para_props *out) {
  const xmlNode *ppr = gw_w_child(p, "pPr");
  int outline;
  read_num_pr(ppr, &out->num_id, &out->ilvl, &outline);
  out->heading = outline < 0 ? -1 : outline < 9 ? outline + 1 : 0;
  const char *sid = gw_w_val(ppr, "pStyle");
  const style_def *s = sid ? find_style(&w->defs, sid) : w->defs.default_style;
  for (int hops = 0; s && hops < MAX_STYLE_HOPS; hops++) {
    if (out->num_id < 0 && s->num_id >= 0) {
      out->num_id = s->num_id;
      if (out->ilvl < 0) out->ilvl = s->ilvl;
    }
    if (out->heading < 0) {
      if (s->outline >= 0)
        out->heading = s->outline < 9 ? s->outline + 1 : 0;
      else {
        int h = heading_name(s->name);
        if (!h) h = heading_name(s->id);
        if (h) out->heading = h;
      }
    }
    s = find_style(&w->defs, s->based_on);
  }
  if (out->ilvl < 0) out->ilvl = 0;
  if (out->heading < 0) out->heading = 0;
}

static void fail_at(walk *w, gw_status st) {
  if (!w->status) w->status = st;
}

static void block_content(walk *w, const xmlNode *container, gw_textbuf *cell);

static void field_char(walk *w, const xmlNode *n) {
  const char *type = gw_w_attr(n, "fldCharType");
  if (!type) return;
  if (strcmp(type, "begin") == 0) {
    if (w->nfields == MAX_FIELDS) {
      w->fields_lost++;
      return;
    }
    w->fields[w->nfields++] = FIELD_INSTR;
    w->in_instructions++;
  } else if (strcmp(type, "separate") == 0) {
    if (w->fields_lost || !w->nfields || w->fields[w->nfields - 1] != FIELD_INSTR) return;
    w->fields[w->nfields - 1] = FIELD_RESULT;
    w->in_instructions--;
  } else if (strcmp(type, "end") == 0) {
    if (w->fields_lost) {
      w->fields_lost--;
      return;
    }
    if (!w->nfields) return;
    if (w->fields[--w->nfields] == FIELD_INSTR) w->in_instructions--;
  }
}

/* w:sym: the character when it is an ordinary one; symbol-font code
 * points (private use area) have no plain Unicode meaning. */
static void put_symbol(gw_textbuf *tb, const xmlNode *n) {
  const char *hex = gw_w_attr(n, "char");
  if (!hex) return;
  char *end;
  unsigned long cp = strtoul(hex, &end, 16);
  if (end == hex || *end || cp < 0x20 || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000) ||
      (cp >= 0xE000 && cp < 0xF900))
    return;
  char enc[4];
  gw_textbuf_put(tb, enc, gw_utf8_encode((uint32_t)cp, enc));
}

static void put_text(gw_textbuf *tb, const xmlNode *t) {
  for (const xmlNode *c = t->children; c; c = c->next)
    if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) && c->content)
      gw_textbuf_put(tb, (const char *)c->content, strlen((const char *)c->content));
}

/* A run hidden with w:vanish is not shown by Word. */
static bool hidden_run(const xmlNode *r) {
  return gw_w_on(gw_w_child(gw_w_child(r, "rPr"), "vanish"));
}

/* The text of runs and their containers into tb; text boxes met on the way
 * are collected for after the paragraph. */
static void inline_content(walk *w, const xmlNode *parent, gw_textbuf *tb, node_vec *boxes) {
  for (const xmlNode *n = parent->children; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (gw_xml_is(n, gw_mc_ns, "AlternateContent")) {
      const xmlNode *alt = gw_mc_branch(n);
      if (alt) inline_content(w, alt, tb, boxes);
      continue;
    }
    if (!gw_in_w(n)) {
      inline_content(w, n, tb, boxes); /* drawings, VML: text boxes inside */
      continue;
    }
    const char *name = (const char *)n->name;
    bool shown = !w->in_instructions;
    if (no_text(n)) continue;
    if (strcmp(name, "t") == 0) {
      if (shown) put_text(tb, n);
    } else if (strcmp(name, "tab") == 0 || strcmp(name, "ptab") == 0) {
      if (shown) gw_textbuf_put(tb, " ", 1);
    } else if (strcmp(name, "br") == 0 || strcmp(name, "cr") == 0) {
      if (shown) gw_textbuf_put(tb, "\n", 1);
    } else if (strcmp(name, "noBreakHyphen") == 0) {
      if (shown) gw_textbuf_put(tb, "-", 1);
    } else if (strcmp(name, "sym") == 0) {
      if (shown) put_symbol(tb, n);
    } else if (strcmp(name, "fldChar") == 0) {
      field_char(w, n);
    } else if (strcmp(name, "txbxContent") == 0) {
      GW_VEC_PUSH(w->a, *boxes, n);
    } else if (strcmp(name, "r") == 0) {
      if (!hidden_run(n)) inline_content(w, n, tb, boxes);
    } else if (strcmp(name, "p") != 0 && strcmp(name, "tbl") != 0) {
      /* w:ins, w:moveTo, w:hyperlink, w:fldSimple, w:smartTag, w:sdt... */
      inline_content(w, n, tb, boxes);
    }
  }
}

static void paragraph(walk *w, const xmlNode *p, gw_textbuf *cell) {
  para_props pp;
  paragraph_props(w, p, &pp);
  gw_textbuf *tb = gw_scratch_get(&w->scratch);
  if (pp.num_id > 0) gw_wordnum_label(w->defs.nums, pp.num_id, pp.ilvl, tb);
  node_vec boxes = {0};
  inline_content(w, p, tb, &boxes);
  if (gw_blank_text(tb->data, tb->len)) {
    /* an empty paragraph is spacing, not text */
  } else if (!cell) {
    gw_builder_paragraph(&w->b, tb->data, tb->len, pp.heading);
  } else {
    if (cell->len) gw_textbuf_put(cell, "\n", 1);
    gw_textbuf_put(cell, tb->data, tb->len);
  }
  gw_scratch_put(&w->scratch, tb);
  for (size_t i = 0; i < boxes.len; i++) block_content(w, boxes.items[i], cell);
}

/* Children named `local`, looking through content controls and custom XML
 * that may wrap rows and cells. */
static void collect(walk *w, const xmlNode *parent, const char *local, node_vec *out) {
  for (const xmlNode *n = parent->children; n; n = n->next) {
    if (gw_w_is(n, local))
      GW_VEC_PUSH(w->a, *out, n);
    else if (gw_w_is(n, "sdt") || gw_w_is(n, "sdtContent") || gw_w_is(n, "customXml"))
      collect(w, n, local, out);
  }
}

typedef enum merge { MERGE_NONE, MERGE_RESTART, MERGE_CONTINUE } merge;

static merge merge_of(const xmlNode *prop) {
  if (!prop) return MERGE_NONE;
  const char *v = gw_w_attr(prop, "val");
  return v && strcmp(v, "restart") == 0 ? MERGE_RESTART : MERGE_CONTINUE;
}

static uint32_t span_of(const xmlNode *tc) {
  return (uint32_t)gw_attr_long(gw_w_val(gw_w_child(tc, "tcPr"), "gridSpan"), 1, 1, MAX_SPAN);
}

static const char *cell_text(walk *w, const xmlNode *tc) {
  gw_textbuf *tb = gw_scratch_get(&w->scratch);
  block_content(w, tc, tb);
  const char *s = gw_arena_strndup(w->a, tb->data, tb->len);
  gw_scratch_put(&w->scratch, tb);
  return s;
}

static void table(walk *w, const xmlNode *tbl, gw_textbuf *cell) {
  node_vec rows = {0};
  collect(w, tbl, "tr", &rows);
  size_t kept = 0; /* rows deleted as tracked changes are gone */
  for (size_t r = 0; r < rows.len; r++)
    if (!gw_w_child(gw_w_child(rows.items[r], "trPr"), "del")) rows.items[kept++] = rows.items[r];
  rows.len = kept;
  uint32_t ncols = 0;
  for (const xmlNode *g = gw_w_child(gw_w_child(tbl, "tblGrid"), "gridCol"); g; g = g->next)
    ncols += gw_w_is(g, "gridCol");
  node_vec *cells = gw_arena_calloc(w->a, rows.len ? rows.len : 1, sizeof *cells);
  for (size_t r = 0; r < rows.len; r++) {
    const xmlNode *trpr = gw_w_child(rows.items[r], "trPr");
    uint64_t width = (uint64_t)gw_attr_long(gw_w_val(trpr, "gridBefore"), 0, 0, MAX_SPAN) +
                     (uint64_t)gw_attr_long(gw_w_val(trpr, "gridAfter"), 0, 0, MAX_SPAN);
    collect(w, rows.items[r], "tc", &cells[r]);
    for (size_t k = 0; k < cells[r].len; k++) width += span_of(cells[r].items[k]);
    if (width > ncols) ncols = width > UINT32_MAX / 2 ? UINT32_MAX / 2 : (uint32_t)width;
  }
  if (!rows.len || !ncols) return;
  /* One column is a box around content (a masthead, a data table nested
   * in a layout table): its paragraphs and tables are the document's own. */
  if (ncols == 1 && !cell) {
    for (size_t r = 0; r < rows.len && !w->status; r++)
      for (size_t k = 0; k < cells[r].len && !w->status; k++)
        block_content(w, cells[r].items[k], NULL);
    return;
  }
  gw_grid g;
  if (!gw_grid_init(&g, w->a, (uint32_t)rows.len, ncols, w->limits, &w->cells_used, w->err)) {
    fail_at(w, GW_ERR_LIMIT);
    return;
  }
  for (uint32_t r = 0; r < g.nrows && !w->status; r++) {
    const xmlNode *trpr = gw_w_child(rows.items[r], "trPr");
    uint32_t c = (uint32_t)gw_attr_long(gw_w_val(trpr, "gridBefore"), 0, 0, MAX_SPAN);
    if (g.header_row == (int)r - 1 && gw_w_on(gw_w_child(trpr, "tblHeader"))) g.header_row = (int)r;
    for (size_t k = 0; k < cells[r].len && c < ncols; k++) {
      const xmlNode *tc = cells[r].items[k];
      const xmlNode *tcpr = gw_w_child(tc, "tcPr");
      uint32_t span = span_of(tc);
      const char *text = NULL;
      uint8_t from = GW_CELL_OWN;
      if (merge_of(gw_w_child(tcpr, "vMerge")) == MERGE_CONTINUE && r > 0)
        text = gw_grid_at(&g, r - 1, c), from = GW_CELL_COPY_ABOVE;
      else if (merge_of(gw_w_child(tcpr, "hMerge")) == MERGE_CONTINUE && c > 0)
        text = gw_grid_at(&g, r, c - 1), from = GW_CELL_COPY_LEFT;
      if (!text) text = cell_text(w, tc), from = GW_CELL_OWN;
      gw_grid_put(&g, r, c, 1, span, text, from);
      c += span;
    }
  }
  if (w->status) return;
  if (cell)
    gw_grid_flatten(&g, cell);
  else
    gw_grid_emit(&g, &w->b);
}

/* The part a relationship id names (r:id, in the relationships namespace). */
static const gw_wordml_ref *ref_of(const walk *w, const xmlNode *n) {
  const char *id = NULL;
  for (const xmlAttr *a = n ? n->properties : NULL; a; a = a->next)
    if (strcmp((const char *)a->name, "id") == 0 && a->ns && a->ns->href &&
        strstr((const char *)a->ns->href, "relationships") && a->children)
      id = (const char *)a->children->content;
  for (size_t i = 0; id && i < w->parts->nrefs; i++)
    if (strcmp(w->parts->refs[i].id, id) == 0) return &w->parts->refs[i];
  return NULL;
}

/* An imported HTML chunk (w:altChunk): Word shows it where it stands. In a
 * cell its text would need the cell's lines, which no real file asks for:
 * there it is left out. */
static void alt_chunk(walk *w, const xmlNode *n, gw_textbuf *cell) {
  const gw_wordml_ref *ref = ref_of(w, n);
  if (!ref || !ref->html || cell) return;
  gw_status st = gw_html_append_tree(w->doc, &w->b, ref->html, w->limits, w->err);
  if (st != GW_OK) w->status = st;
}

/* The first page's own header (w:titlePg with a header of type "first"):
 * where an office template may put the red 版头 and the 发文字号. */
static const xmlNode *first_page_header(const walk *w, const xmlNode *body) {
  const xmlNode *sect = NULL;
  for (const xmlNode *n = body->children; n && !sect; n = n->next) {
    if (gw_w_is(n, "sectPr"))
      sect = n;
    else if (gw_w_is(n, "p"))
      sect = gw_w_child(gw_w_child(n, "pPr"), "sectPr");
  }
  if (!sect || !gw_w_on(gw_w_child(sect, "titlePg"))) return NULL;
  for (const xmlNode *h = sect->children; h; h = h->next) {
    if (!gw_w_is(h, "headerReference")) continue;
    const char *type = gw_w_attr(h, "type");
    const gw_wordml_ref *ref = type && strcmp(type, "first") == 0 ? ref_of(w, h) : NULL;
    if (ref && ref->header) return ref->header;
  }
  return NULL;
}

/* Paragraphs and tables of a body, cell, text box or content control:
 * to the builder, or as lines of `cell` when inside a table cell. */
static void block_content(walk *w, const xmlNode *container, gw_textbuf *cell) {
  for (const xmlNode *n = container->children; n && !w->status; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (gw_xml_is(n, gw_mc_ns, "AlternateContent")) {
      const xmlNode *alt = gw_mc_branch(n);
      if (alt) block_content(w, alt, cell);
    } else if (gw_w_is(n, "p")) {
      paragraph(w, n, cell);
    } else if (gw_w_is(n, "tbl")) {
      table(w, n, cell);
    } else if (gw_w_is(n, "altChunk")) {
      alt_chunk(w, n, cell);
    } else if (!gw_in_w(n) || !no_text(n)) {
      block_content(w, n, cell); /* w:sdt, w:sdtContent, w:customXml, w:ins... */
    }
  }
}

/* ---- the job, run while the arena may jump ------------------------------ */

typedef struct job {
  walk *w;
  const gw_wordml_parts *parts;
  xmlDoc **owned;
  size_t nowned;
} job;

static void run(void *ctx) {
  job *j = ctx;
  walk *w = j->w;
  load_styles(w->a, &w->defs, j->parts->styles);
  w->defs.nums = gw_wordnum_load(w->a, j->parts->numbering, style_num_id, &w->defs);
  gw_builder_init(&w->b, w->doc, w->limits);
  const xmlNode *body = gw_w_child(j->parts->document, "body");
  if (!body) {
    w->status = gw_fail(w->err, GW_ERR_FORMAT, "the Word document has no w:body");
    return;
  }
  const xmlNode *header = first_page_header(w, body);
  if (header) block_content(w, header, NULL);
  block_content(w, body, NULL);
  if (!w->status) w->status = gw_builder_finish(&w->b, w->err);
}

static void release(void *ctx) {
  job *j = ctx;
  for (size_t i = 0; i < j->nowned; i++) {
    xmlFreeDoc(j->owned[i]);
    j->owned[i] = NULL;
  }
}

gw_status gw_wordml_build(gw_doc *doc, const gw_limits *limits, const gw_wordml_parts *parts,
                          xmlDoc **owned, size_t nowned, gw_error *err) {
  walk w;
  memset(&w, 0, sizeof w);
  w.doc = doc;
  w.parts = parts;
  w.a = doc->arena;
  w.limits = limits;
  w.err = err;
  w.scratch.arena = doc->arena;
  job j = {&w, parts, owned, nowned};
  gw_run_releasing(doc, run, release, &j);
  return w.status;
}
