/* HTML pages. The notice is the article on the page, not its navigation:
 * scripts, styles, navigation, headers, footers, asides, forms and frames
 * are dropped, and the article's container is the element whose own
 * paragraphs hold the most Han characters (link text not counted, ids and
 * classes like "content" or "TRS_Editor" preferred), led by the title
 * when the page puts it in an <h1> above that container. Inside it, block
 * elements are paragraphs, <br> breaks lines, h1-h6 give their level,
 * ordered lists number their items as a browser does, and tables go to the
 * builder with rowspan and colspan resolved (a table in a cell becomes
 * lines of that cell). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>

#include "../core/err.h"
#include "decode.h"
#include "grid.h"
#include "numfmt.h"
#include "readers.h"
#include "xmlsafe.h"

enum { MAX_SPAN = 1000, CHARSET_WINDOW = 4096 };

static bool name_in(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0) return true;
  return false;
}

static const char *name_of(const xmlNode *n) {
  return (const char *)n->name;
}

static bool named(const xmlNode *n, const char *name) {
  return n->type == XML_ELEMENT_NODE && strcmp(name_of(n), name) == 0;
}

static const char *attr(const xmlNode *n, const char *name) {
  return gw_xml_attr(n, NULL, name);
}

/* A number attribute (start, value, colspan...), or dflt. */
static long number_attr(const xmlNode *n, const char *name, long dflt) {
  return gw_attr_long(attr(n, name), dflt, -1000000, 1000000);
}

static bool heading_tag(const xmlNode *n) {
  const char *s = name_of(n);
  return s[0] == 'h' && s[1] >= '1' && s[1] <= '6' && !s[2];
}

/* Left out wherever they are; also anything hidden. */
static bool dropped(const xmlNode *n) {
  static const char *const noise[] = {
      "script", "style",  "noscript", "nav",    "header",   "footer", "aside",
      "form",   "select", "iframe",   "frame",  "template", "button", "textarea",
      "object", "embed",  "svg",      "canvas", "head",     "title",  NULL};
  if (name_in(name_of(n), noise) || attr(n, "hidden")) return true;
  const char *style = attr(n, "style");
  if (!style) return false;
  char squeezed[256];
  size_t k = 0;
  for (const char *p = style; *p && k + 1 < sizeof squeezed; p++)
    if (*p != ' ') squeezed[k++] = *p;
  squeezed[k] = 0;
  return strcasestr(squeezed, "display:none") || strcasestr(squeezed, "visibility:hidden");
}

static bool block(const xmlNode *n) {
  static const char *const blocks[] = {
      "p",      "div",        "section", "article", "main",    "blockquote", "center",   "address",
      "figure", "figcaption", "dl",      "dt",      "dd",      "ul",         "ol",       "li",
      "menu",   "dir",        "pre",     "caption", "details", "summary",    "fieldset", "legend",
      "table",  "thead",      "tbody",   "tfoot",   "tr",      "td",         "th",       "hr",
      "body",   "html",       "hgroup",  "listing", "xmp",     "plaintext",  NULL};
  return n->type == XML_ELEMENT_NODE && (name_in(name_of(n), blocks) || heading_tag(n));
}

/* ---- finding the article ------------------------------------------------ */

static bool han(uint32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

static size_t count_han(const char *s) {
  size_t n = strlen(s), count = 0;
  for (size_t i = 0; i < n;) count += han(gw_utf8_next(s, n, &i));
  return count;
}

/* Han characters in a subtree, leaving out links and dropped elements. */
static size_t subtree_han(const xmlNode *n) {
  if (n->type == XML_TEXT_NODE) return n->content ? count_han((const char *)n->content) : 0;
  if (n->type != XML_ELEMENT_NODE || dropped(n) || named(n, "a")) return 0;
  size_t count = 0;
  for (const xmlNode *c = n->children; c; c = c->next) count += subtree_han(c);
  return count;
}

/* The row after `tr` in a table (the first when tr is NULL), also those in
 * its thead, tbody and tfoot; NULL after the last. */
static const xmlNode *next_row(const xmlNode *table, const xmlNode *tr) {
  const xmlNode *n = tr ? tr->next : table->children;
  const xmlNode *section = tr && tr->parent != table ? tr->parent : NULL;
  for (;;) {
    if (!n) {
      if (!section) return NULL;
      n = section->next;
      section = NULL;
    } else if (named(n, "tr")) {
      return n;
    } else if (!section && (named(n, "thead") || named(n, "tbody") || named(n, "tfoot"))) {
      section = n;
      n = n->children;
    } else {
      n = n->next;
    }
  }
}

/* A table of data rather than of layout: two rows with text in two cells. */
static bool data_table(const xmlNode *table) {
  int rows = 0;
  for (const xmlNode *tr = next_row(table, NULL); tr && rows < 2; tr = next_row(table, tr)) {
    int cells = 0;
    for (const xmlNode *td = tr->children; td; td = td->next)
      cells += (named(td, "td") || named(td, "th")) && subtree_han(td) > 0;
    rows += cells >= 2;
  }
  return rows >= 2;
}

static bool hinted(const xmlNode *n) {
  static const char *const hints[] = {"content", "article", "trs_editor", "zoom", "main",
                                      "text",    "detail",  "zhengwen",   NULL};
  const char *values[] = {attr(n, "id"), attr(n, "class")};
  for (int i = 0; i < 2; i++)
    for (const char *const *h = hints; values[i] && *h; h++)
      if (strcasestr(values[i], *h)) return true;
  return false;
}

typedef struct tally {
  size_t han;  /* Han characters in the subtree */
  bool blocks; /* the subtree below the node has block elements */
} tally;

typedef struct best {
  const xmlNode *node;
  size_t score;
} best;

/* Score every block element by the Han characters of its own paragraphs:
 * its text, its inline children, its paragraph children (p, headings, list
 * items, blocks without blocks inside), its lists and its data tables. */
static tally score(const xmlNode *e, best *b) {
  tally t = {0, false};
  size_t own = 0;
  for (const xmlNode *c = e->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE) {
      size_t h = subtree_han(c);
      t.han += h;
      own += h;
      continue;
    }
    if (c->type != XML_ELEMENT_NODE || dropped(c) || named(c, "a")) continue;
    tally ct = score(c, b);
    t.han += ct.han;
    bool is_block = block(c);
    t.blocks = t.blocks || is_block || ct.blocks;
    bool list = named(c, "ul") || named(c, "ol") || named(c, "dl");
    bool paragraph = named(c, "p") || heading_tag(c) || named(c, "pre") || !ct.blocks;
    if (!is_block || list || paragraph || (named(c, "table") && data_table(c))) own += ct.han;
  }
  static const char *const containers[] = {"table", "thead", "tbody", "tfoot", "tr",
                                           "ul",    "ol",    "dl",    "menu",  NULL};
  if (block(e) && !name_in(name_of(e), containers)) {
    size_t s = hinted(e) ? own * 2 : own;
    if (s >= b->score && s > 0) { /* on a tie the container (scored after its children) wins */
      b->score = s;
      b->node = e;
    }
  }
  return t;
}

static const xmlNode *child_named(const xmlNode *n, const char *name) {
  for (const xmlNode *c = n ? n->children : NULL; c; c = c->next)
    if (named(c, name)) return c;
  return NULL;
}

static const xmlNode *body_of(const xmlNode *root) {
  const xmlNode *body = child_named(root, "body");
  return body ? body : root;
}

static const xmlNode *article(const xmlNode *body) {
  best b = {NULL, 0};
  score(body, &b);
  return b.node ? b.node : body;
}

/* Portals often put the notice's title in an <h1> above the article's
 * container: the last <h1> with Chinese text (not a linked logo) before the
 * article goes into *title. Walks in document order; true once at the article. */
static bool title_before(const xmlNode *n, const xmlNode *article, const xmlNode **title) {
  for (const xmlNode *c = n->children; c; c = c->next) {
    if (c == article) return true;
    if (c->type != XML_ELEMENT_NODE || dropped(c)) continue;
    if (named(c, "h1")) {
      if (subtree_han(c) > 0) *title = c;
    } else if (title_before(c, article, title)) {
      return true;
    }
  }
  return false;
}

/* ---- the walk ------------------------------------------------------------ */

typedef struct walk {
  gw_arena *a;
  const gw_limits *limits;
  gw_builder *b; /* the page's own, or a Word document's (an altChunk) */
  gw_scratch scratch;
  size_t cells_used;
  gw_error *err;
  gw_status status;
} walk;

/* Where paragraphs go: the builder, or the text of a table cell. */
typedef struct sink {
  gw_textbuf *cell; /* NULL: the builder */
  gw_textbuf *tb;   /* the paragraph being gathered */
  size_t label_len; /* a list label waiting at its start */
  int heading;
  bool space, newline; /* collapsed white space pending, with a line end in it */
  bool pre;
} sink;

static void sink_open(walk *w, sink *s, gw_textbuf *cell) {
  memset(s, 0, sizeof *s);
  s->cell = cell;
  s->tb = gw_scratch_get(&w->scratch);
}

static void sink_close(walk *w, sink *s) {
  gw_scratch_put(&w->scratch, s->tb);
}

/* End the paragraph being gathered. A list label with no text yet waits
 * for the item's first paragraph unless `force`. */
static void flush(walk *w, sink *s, bool force) {
  gw_textbuf *tb = s->tb;
  if (!force && s->label_len && tb->len <= s->label_len) return;
  if (!gw_blank_text(tb->data, tb->len)) {
    if (!s->cell) {
      gw_builder_paragraph(w->b, tb->data, tb->len, s->heading);
    } else {
      size_t a = 0, e = tb->len;
      while (a < e && (tb->data[a] == ' ' || tb->data[a] == '\n')) a++;
      while (e > a && (tb->data[e - 1] == ' ' || tb->data[e - 1] == '\n')) e--;
      if (s->cell->len) gw_textbuf_put(s->cell, "\n", 1);
      gw_textbuf_put(s->cell, tb->data + a, e - a);
    }
  }
  tb->len = 0;
  tb->data[0] = 0;
  s->label_len = 0;
  s->heading = 0;
  s->space = s->newline = false;
}

static bool wide(uint32_t cp) {
  return han(cp) || (cp >= 0x3000 && cp <= 0x30FF) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

/* Text with HTML's white space rules: runs collapse to one space, none at
 * a line start, and a line end between two Chinese characters vanishes. */
static void put_text(sink *s, const char *text) {
  size_t n = strlen(text);
  if (s->pre) {
    gw_textbuf_put(s->tb, text, n);
    return;
  }
  for (size_t i = 0; i < n;) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      s->space = true;
      s->newline = s->newline || c == '\n' || c == '\r';
      i++;
      continue;
    }
    size_t j = i;
    uint32_t cp = gw_utf8_next(text, n, &j);
    if (s->space && s->tb->len) {
      size_t k = s->tb->len;
      uint32_t prev = gw_utf8_prev(s->tb->data, &k);
      if (prev != ' ' && prev != '\n' && !(s->newline && wide(prev) && wide(cp)))
        gw_textbuf_put(s->tb, " ", 1);
    }
    s->space = s->newline = false;
    gw_textbuf_put(s->tb, text + i, j - i);
    i = j;
  }
}

static void walk_node(walk *w, const xmlNode *n, sink *s);

static void walk_children(walk *w, const xmlNode *n, sink *s) {
  for (const xmlNode *c = n->children; c && !w->status; c = c->next) walk_node(w, c, s);
}

/* ---- lists --------------------------------------------------------------- */

typedef struct list_style {
  const char *fmt;    /* a gw_numfmt format; NULL: no label */
  const char *suffix; /* after the number */
} list_style;

static list_style list_style_of(const xmlNode *list) {
  list_style ls = {"decimal", ". "};
  static const char *const by_type[][2] = {{"1", "decimal"},
                                           {"a", "lowerLetter"},
                                           {"A", "upperLetter"},
                                           {"i", "lowerRoman"},
                                           {"I", "upperRoman"}};
  const char *type = attr(list, "type");
  for (size_t i = 0; type && i < sizeof by_type / sizeof by_type[0]; i++)
    if (strcmp(type, by_type[i][0]) == 0) ls.fmt = by_type[i][1];
  /* The value of list-style-type (or of list-style), up to its ';'. */
  const char *style = attr(list, "style");
  const char *t = style ? strcasestr(style, "list-style") : NULL;
  t = t ? strchr(t, ':') : NULL;
  if (!t) return ls;
  char value[64];
  size_t n = strcspn(t + 1, ";");
  snprintf(value, sizeof value, "%.*s", (int)(n < sizeof value ? n : sizeof value - 1), t + 1);
  static const struct {
    const char *css, *fmt, *suffix;
  } types[] = {{"decimal-leading-zero", "decimalZero", ". "},
               {"decimal", "decimal", ". "},
               {"lower-alpha", "lowerLetter", ". "},
               {"lower-latin", "lowerLetter", ". "},
               {"upper-alpha", "upperLetter", ". "},
               {"upper-latin", "upperLetter", ". "},
               {"lower-roman", "lowerRoman", ". "},
               {"upper-roman", "upperRoman", ". "},
               {"cjk-ideographic", "chineseCounting", "、"},
               {"simp-chinese-informal", "chineseCounting", "、"},
               {"trad-chinese-informal", "chineseCounting", "、"},
               {"cjk-decimal", "decimal", "、"},
               {"cjk-heavenly-stem", "ideographTraditional", "、"},
               {"cjk-earthly-branch", "ideographZodiac", "、"},
               {"none", NULL, ""},
               {"disc", NULL, ""},
               {"circle", NULL, ""},
               {"square", NULL, ""}};
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
    if (strcasestr(value, types[i].css)) {
      ls.fmt = types[i].fmt;
      ls.suffix = types[i].suffix;
      break;
    }
  }
  return ls;
}

static void list(walk *w, const xmlNode *n, sink *s) {
  flush(w, s, true); /* an item that opens with a list shows its label alone */
  bool ordered = named(n, "ol");
  list_style ls = list_style_of(n);
  bool reversed = attr(n, "reversed") != NULL;
  long count = 0;
  for (const xmlNode *c = n->children; c; c = c->next) count += named(c, "li");
  long number = number_attr(n, "start", reversed ? count : 1);
  for (const xmlNode *c = n->children; c && !w->status; c = c->next) {
    if (!named(c, "li") || dropped(c)) {
      walk_node(w, c, s);
      continue;
    }
    flush(w, s, false);
    if (ordered && ls.fmt) {
      number = number_attr(c, "value", number);
      gw_numfmt_append(ls.fmt, number, s->tb);
      gw_textbuf_puts(s->tb, ls.suffix);
      s->label_len = s->tb->len;
      number += reversed ? -1 : 1;
    }
    walk_children(w, c, s);
    flush(w, s, true);
  }
}

/* ---- tables -------------------------------------------------------------- */

typedef GW_VEC(const xmlNode *) node_vec;
typedef GW_VEC(uint32_t) u32_vec;

/* colspan, rowspan: 0 keeps its HTML meaning (the rest of the rows). */
static uint32_t span(const xmlNode *cell, const char *name) {
  return (uint32_t)gw_attr_long(attr(cell, name), 1, 0, MAX_SPAN);
}

static void cells_of(walk *w, const xmlNode *tr, node_vec *out) {
  out->len = 0;
  for (const xmlNode *c = tr->children; c; c = c->next)
    if (named(c, "td") || named(c, "th")) GW_VEC_PUSH(w->a, *out, c);
}

static bool header_row(const xmlNode *tr) {
  if (tr->parent && named(tr->parent, "thead")) return true;
  bool any = false;
  for (const xmlNode *c = tr->children; c; c = c->next) {
    if (named(c, "td")) return false;
    any = any || named(c, "th");
  }
  return any;
}

static const char *cell_text(walk *w, const xmlNode *td) {
  gw_textbuf *text = gw_scratch_get(&w->scratch);
  sink s;
  sink_open(w, &s, text);
  walk_children(w, td, &s);
  flush(w, &s, true);
  sink_close(w, &s);
  const char *out = gw_arena_strndup(w->a, text->data, text->len);
  gw_scratch_put(&w->scratch, text);
  return out;
}

static void table(walk *w, const xmlNode *t, sink *s) {
  flush(w, s, true);
  for (const xmlNode *c = t->children; c; c = c->next) {
    if (named(c, "caption")) {
      walk_children(w, c, s);
      flush(w, s, true);
    }
  }
  node_vec rows = {0};
  for (const xmlNode *tr = next_row(t, NULL); tr; tr = next_row(t, tr)) GW_VEC_PUSH(w->a, rows, tr);
  uint32_t nrows = (uint32_t)rows.len;
  if (!nrows || w->status) return;
  /* First the grid's width: columns taken by rowspans from above count. */
  u32_vec busy = {0};
  node_vec cells = {0};
  for (uint32_t r = 0; r < nrows; r++) {
    cells_of(w, rows.items[r], &cells);
    uint32_t col = 0;
    for (size_t k = 0; k < cells.len; k++) {
      while (col < busy.len && busy.items[col]) col++;
      uint32_t cs = span(cells.items[k], "colspan"), rs = span(cells.items[k], "rowspan");
      if (!cs) cs = 1;
      if (!rs || rs > nrows - r) rs = nrows - r;
      if (!gw_grid_fits((size_t)col + cs, w->limits, w->cells_used, w->err)) {
        w->status = GW_ERR_LIMIT;
        return;
      }
      while (busy.len < col + cs) GW_VEC_PUSH(w->a, busy, 0);
      for (uint32_t x = col; x < col + cs; x++) busy.items[x] = rs;
      col += cs;
    }
    for (size_t x = 0; x < busy.len; x++)
      if (busy.items[x]) busy.items[x]--;
    if (!gw_grid_fits((size_t)(r + 1) * busy.len, w->limits, w->cells_used, w->err)) {
      w->status = GW_ERR_LIMIT; /* stop before the rows ahead cost more work */
      return;
    }
  }
  uint32_t ncols = (uint32_t)busy.len;
  if (!ncols) return;
  gw_grid g;
  if (!gw_grid_init(&g, w->a, nrows, ncols, w->limits, &w->cells_used, w->err)) {
    w->status = GW_ERR_LIMIT;
    return;
  }
  for (uint32_t r = 0; r < nrows && !w->status; r++) {
    if (g.header_row == (int)r - 1 && header_row(rows.items[r])) g.header_row = (int)r;
    cells_of(w, rows.items[r], &cells);
    uint32_t col = 0;
    for (size_t k = 0; k < cells.len && !w->status; k++) {
      while (col < ncols && gw_grid_at(&g, r, col)) col++;
      if (col >= ncols) break;
      uint32_t cs = span(cells.items[k], "colspan"), rs = span(cells.items[k], "rowspan");
      if (!cs) cs = 1;
      if (!rs) rs = nrows - r;
      gw_grid_put(&g, r, col, rs, cs, cell_text(w, cells.items[k]), GW_CELL_OWN);
      col += cs;
    }
  }
  if (w->status) return;
  if (s->cell)
    gw_grid_flatten(&g, s->cell);
  else
    gw_grid_emit(&g, w->b);
}

/* ---- elements ------------------------------------------------------------ */

static void walk_node(walk *w, const xmlNode *n, sink *s) {
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
    if (n->content) put_text(s, (const char *)n->content);
    return;
  }
  if (n->type != XML_ELEMENT_NODE || dropped(n)) return;
  if (named(n, "br")) {
    gw_textbuf_put(s->tb, "\n", 1);
    s->space = s->newline = false;
  } else if (named(n, "table")) {
    table(w, n, s);
  } else if (named(n, "ol") || named(n, "ul") || named(n, "menu") || named(n, "dir")) {
    list(w, n, s);
  } else if (heading_tag(n)) {
    flush(w, s, false);
    s->heading = name_of(n)[1] - '0';
    walk_children(w, n, s);
    flush(w, s, true);
  } else if (named(n, "pre") || named(n, "listing") || named(n, "xmp") || named(n, "plaintext")) {
    flush(w, s, false);
    bool was = s->pre;
    s->pre = true;
    walk_children(w, n, s);
    s->pre = was;
    flush(w, s, true);
  } else if (block(n)) {
    flush(w, s, false);
    walk_children(w, n, s);
    flush(w, s, false);
  } else {
    walk_children(w, n, s);
  }
}

/* ---- the encoding --------------------------------------------------------- */

/* The charset a <meta> declares in the page's first bytes, or false. */
static bool declared_charset(const char *data, size_t len, char *out, size_t size) {
  if (len > CHARSET_WINDOW) len = CHARSET_WINDOW;
  for (size_t i = 0; i + 5 < len; i++) {
    if (strncasecmp(data + i, "<meta", 5) != 0) continue;
    size_t end = i + 5;
    while (end < len && data[end] != '>') end++;
    for (size_t k = i + 5; k + 7 <= end; k++) {
      if (strncasecmp(data + k, "charset", 7) != 0) continue;
      k += 7;
      while (k < end && (data[k] == ' ' || data[k] == '=' || data[k] == '"' || data[k] == '\''))
        k++;
      size_t n = 0;
      while (k < end && n + 1 < size &&
             (strchr("-_.:", data[k]) || (data[k] >= '0' && data[k] <= '9') ||
              ((data[k] | 0x20) >= 'a' && (data[k] | 0x20) <= 'z')))
        out[n++] = data[k++];
      out[n] = 0;
      if (n) return true;
    }
  }
  return false;
}

/* Charsets gongwen decodes itself: UTF-8, and GB18030 for the GB family
 * (a page's text is often in the superset of what it declares). */
static bool own_charset(const char *cs) {
  static const char *const own[] = {"utf-8",      "utf8",     "gb2312",      "gbk",
                                    "gb18030",    "x-gbk",    "cp936",       "euc-cn",
                                    "gb_2312-80", "csgb2312", "windows-936", NULL};
  for (const char *const *o = own; *o; o++)
    if (strcasecmp(cs, *o) == 0) return true;
  return false;
}

/* A page in another declared charset (Big5, Shift_JIS...): to UTF-8 with
 * ICU, bad bytes substituted, so that libxml2 never converts (it would stop
 * at a bad byte and drop the rest). */
static gw_status convert_charset(gw_doc *doc, const char *charset, const char *data, size_t len,
                                 const char **out, size_t *out_len, gw_error *err) {
  if (len > INT32_MAX / 4) return gw_fail(err, GW_ERR_LIMIT, "the page is too large to convert");
  UErrorCode st = U_ZERO_ERROR;
  int32_t need = ucnv_convert("UTF-8", charset, NULL, 0, data, (int32_t)len, &st);
  if (U_FAILURE(st) && st != U_BUFFER_OVERFLOW_ERROR)
    return gw_fail(err, GW_ERR_ENCODING, "the page declares charset %s, which is not supported",
                   charset);
  char *utf8 = gw_arena_alloc(doc->arena, (size_t)need + 1);
  st = U_ZERO_ERROR;
  ucnv_convert("UTF-8", charset, utf8, need + 1, data, (int32_t)len, &st);
  if (U_FAILURE(st))
    return gw_fail(err, GW_ERR_ENCODING, "cannot decode the page as %s: %s", charset,
                   u_errorName(st));
  *out = utf8;
  *out_len = (size_t)need;
  return GW_OK;
}

/* Word's "Save as Web Page" wraps list numbers in downlevel-revealed
 * conditionals: <![if !supportLists]>一、<![endif]>. A browser drops the
 * markers and shows what is between; libxml2 would show the markers as
 * text. They are cut out of the page before it is parsed; returns the new
 * length. */
static size_t drop_downlevel_markers(char *s, size_t n) {
  size_t w = 0;
  for (size_t r = 0; r < n;) {
    const char *lt = memchr(s + r, '<', n - r);
    size_t at = lt ? (size_t)(lt - s) : n;
    memmove(s + w, s + r, at - r);
    w += at - r;
    r = at;
    if (r >= n) break;
    size_t cut = 0;
    if (n - r >= 10 && !memcmp(s + r, "<![endif]>", 10)) {
      cut = 10;
    } else if (n - r >= 6 && !memcmp(s + r, "<![if ", 6)) {
      const char *end = memchr(s + r, '>', n - r < 200 ? n - r : 200);
      if (end && end[-1] == ']') cut = (size_t)(end - (s + r)) + 1;
    }
    if (cut) {
      r += cut;
    } else {
      s[w++] = s[r++];
    }
  }
  return w;
}

/* ---- the job ------------------------------------------------------------- */

typedef struct job {
  gw_doc *doc;
  walk *w;
  xmlDoc *x;
  bool fragment; /* a part of another document: its whole body, no page */
} job;

static void run(void *ctx) {
  job *j = ctx;
  walk *w = j->w;
  const xmlNode *body = body_of(xmlDocGetRootElement(j->x));
  const xmlNode *content = j->fragment ? body : article(body);
  const xmlNode *title = NULL;
  if (content != body) title_before(body, content, &title);
  sink s;
  sink_open(w, &s, NULL);
  if (title) walk_node(w, title, &s);
  walk_node(w, content, &s);
  flush(w, &s, true);
  sink_close(w, &s);
}

static void release(void *ctx) {
  job *j = ctx;
  xmlFreeDoc(j->x);
  j->x = NULL;
}

/* The page decoded to UTF-8 (arena memory), by the charset it declares. */
static gw_status page_text(gw_doc *doc, const char *data, size_t len, const char **text,
                           size_t *text_len, gw_error *err) {
  char charset[64];
  gw_status st;
  if (!declared_charset(data, len, charset, sizeof charset) || own_charset(charset)) {
    char *utf8;
    const char *encoding; /* of no interest: the catalogue names none for HTML */
    st = gw_decode_text(doc, data, len, &utf8, text_len, &encoding, err);
    *text = utf8;
  } else {
    st = convert_charset(doc, charset, data, len, text, text_len, err);
  }
  if (st != GW_OK) return st;
  if (memmem(*text, *text_len, "<![", 3)) {
    char *own = gw_arena_strndup(doc->arena, *text, *text_len);
    *text_len = drop_downlevel_markers(own, *text_len);
    *text = own;
  }
  return GW_OK;
}

static void walk_init(walk *w, gw_doc *doc, gw_builder *b, const gw_limits *limits, gw_error *err) {
  memset(w, 0, sizeof *w);
  w->a = doc->arena;
  w->limits = limits;
  w->err = err;
  w->b = b;
  w->scratch.arena = doc->arena;
}

/* Parse the page and walk it into `b`. The tree exists only under
 * gw_run_releasing, which frees it on every path. */
static gw_status walk_page(gw_doc *doc, gw_builder *b, const char *data, size_t len,
                           const gw_limits *limits, gw_error *err) {
  const char *text = NULL;
  size_t text_len = 0;
  gw_status st = page_text(doc, data, len, &text, &text_len, err);
  if (st != GW_OK) return st;
  walk w;
  walk_init(&w, doc, b, limits, err);
  job j = {doc, &w, NULL, false};
  st = gw_html_parse(text, text_len, limits->max_xml_depth, &j.x, err);
  if (st != GW_OK) return st;
  gw_run_releasing(doc, run, release, &j);
  return w.status;
}

gw_status gw_read_html(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err) {
  doc->format = "html";
  gw_builder b;
  gw_builder_init(&b, doc, limits);
  gw_status st = walk_page(doc, &b, data, len, limits, err);
  return st != GW_OK ? st : gw_builder_finish(&b, err);
}

gw_status gw_html_parse_chunk(const char *what, char *data, size_t len, unsigned max_depth,
                              xmlDoc **out, gw_error *err) {
  *out = NULL;
  if (gw_utf8_valid_prefix(data, len) != len)
    return gw_fail(err, GW_ERR_ENCODING, "%s: an imported HTML chunk not in UTF-8 is not supported",
                   what);
  if (memmem(data, len, "<![", 3)) len = drop_downlevel_markers(data, len);
  return gw_html_parse(data, len, max_depth, out, err);
}

gw_status gw_html_append_tree(gw_doc *doc, gw_builder *b, const xmlDoc *x, const gw_limits *limits,
                              gw_error *err) {
  walk w;
  walk_init(&w, doc, b, limits, err);
  job j = {doc, &w, (xmlDoc *)x, true};
  run(&j);
  return w.status;
}
