#include "outline.h"

#include <stdio.h>
#include <string.h>

#include "../core/cnnum.h"
#include "../core/words.h"
#include "tables.h"
#include "text.h"

typedef struct outline_state {
  gw_ctx *c;
  gw_item_vec *items;
  gw_item *stack[GW_L_COUNT + 8];
  size_t depth;
  gw_item *open;               /* the item that unnumbered lines continue */
  int last_number[GW_L_COUNT]; /* the last number placed of each style */
  uint32_t part;
} outline_state;

static gw_item *new_item(outline_state *st, gw_label_style style, int number, uint32_t block) {
  gw_item *it = gw_arena_calloc(st->c->a, 1, sizeof *it);
  it->style = style;
  it->number = number;
  it->first_block = it->last_block = block;
  it->part = st->part;
  GW_VEC_PUSH(st->c->a, *st->items, it);
  return it;
}

static void attach(outline_state *st, gw_item *it) {
  it->parent = st->depth ? st->stack[st->depth - 1] : NULL;
  if (it->parent) it->parent->nchildren++;
}

/* The open item a decimal label (2.1, 2.1.1) hangs from: the nearest item
 * of the level above on the stack, or the parent of its own level's. */
static const gw_item *decimal_parent(const outline_state *st, gw_label_style above,
                                     gw_label_style own) {
  size_t k = st->depth;
  while (k > 0 && st->stack[k - 1]->style != above && st->stack[k - 1]->style != own) k--;
  const gw_item *up = k ? st->stack[k - 1] : NULL;
  return up && up->style == own ? up->parent : up;
}

/* Place a labelled paragraph in the outline; false when the label is not
 * taken as one (a list that would have to start above 1). */
static bool place(outline_state *st, const gw_label *lab, uint32_t block, uint32_t text_start,
                  const char *line) {
  size_t d = st->depth;
  /* 2.1 belongs under the item 2. open above it; elsewhere it is read as
   * the item 2. whose text starts with 1. */
  if (lab->style == GW_L_AR_SUB) {
    const gw_item *up = decimal_parent(st, GW_L_AR_DOT, GW_L_AR_SUB);
    if (!up || up->style != GW_L_AR_DOT || up->number != lab->major || up->n_dot_m) {
      gw_label dot = *lab;
      dot.style = GW_L_AR_DOT;
      dot.number = lab->major;
      dot.number_len = dot.len = lab->major_len;
      if (!place(st, &dot, block, text_start - (uint32_t)lab->len + (uint32_t)dot.len, line))
        return false;
      st->open->n_dot_m = true;
      return true;
    }
  }
  /* 2.1.1 belongs under the item 2.1 open above it, and is no label elsewhere. */
  if (lab->style == GW_L_AR_SUB2) {
    const gw_item *up = decimal_parent(st, GW_L_AR_SUB, GW_L_AR_SUB2);
    if (!up || up->style != GW_L_AR_SUB || up->number != lab->minor || !up->parent ||
        up->parent->number != lab->major)
      return false;
  }
  /* Headings of the same level are siblings; other levels nest. */
  while (d > 0 && (st->stack[d - 1]->style != lab->style ||
                   (lab->style == GW_L_HEADING && st->stack[d - 1]->number != lab->number)))
    d--;
  int number = lab->number;
  gw_item *prev = NULL;
  if (d > 0) {
    /* Seen before: a sibling of its last use. */
    prev = st->stack[d - 1];
    if (lab->style == GW_L_DASH || lab->style == GW_L_MATTER) number = prev->number + 1;
    st->depth = d - 1;
  } else {
    /* Articles go on counting across chapters (第二章 then 第三条). */
    if (gw_label_needs_start(lab->style) && lab->number != 1 &&
        st->last_number[lab->style] != lab->number - 1)
      return false;
    if (lab->style == GW_L_DASH || lab->style == GW_L_MATTER) number = 1;
    if (st->depth >= sizeof st->stack / sizeof st->stack[0]) return false;
  }
  gw_item *it = new_item(st, lab->style, number, block);
  st->last_number[lab->style] = number;
  it->text_start = text_start;
  it->label_start = (uint32_t)(line - st->c->doc->text);
  gw_label named = *lab;
  named.number = number;
  char buf[48];
  if (lab->style == GW_L_HEADING) /* the heading names itself in the path */
    it->label = gw_text_squeeze_spaces(st->c->a, line, lab->number_len);
  else
    it->label = gw_arena_strdup(st->c->a, gw_label_name(&named, buf, sizeof buf));
  attach(st, it);
  if (prev && prev->parent == it->parent) {
    it->prev_sibling = prev;
    prev->next_sibling = it;
  }
  st->stack[st->depth++] = it;
  st->open = it;
  return true;
}

static uint32_t content_lines(const gw_ctx *c, const gw_item *it, uint32_t *nth_block,
                              uint32_t nth) {
  uint32_t count = 0;
  for (uint32_t b = it->first_block; b <= it->last_block; b++) {
    size_t n;
    gw_block_trimmed(c, b, &n);
    if (!n || c->line_role[b] == GW_LINE_META) continue;
    if (++count == nth && nth_block) *nth_block = b;
  }
  return count;
}

/* A line that opens with a short label and a colon (责任单位：, 完成时限：). */
static bool label_line(const char *s, size_t n) {
  size_t colon = gw_find(s, n, 0, "：");
  size_t ascii = gw_find(s, n, 0, ":");
  if (ascii < colon) colon = ascii;
  return colon != (size_t)-1 && colon > 0 && gw_utf8_count(s, colon) <= 8;
}

/* A section often closes with a paragraph of its own after its last item
 * (其他单位也要按照…). When every earlier sibling is k lines long and the
 * last one is longer, its lines past k belong to the section, not to it.
 * A responsibility line in brackets stays: it closes the item. */
static void detach_closing_paragraphs(gw_ctx *c, gw_item_vec *items) {
  for (size_t i = 0; i < items->len; i++) {
    gw_item *last = items->items[i];
    /* the last item of a list of two or more leaves before it */
    if (last->table || last->nchildren || last->next_sibling || !last->prev_sibling) continue;
    uint32_t siblings = 0, longest = 0, shortest = UINT32_MAX;
    bool all_leaves = true;
    for (const gw_item *s = last->prev_sibling; s; s = s->prev_sibling) {
      if (s->nchildren) all_leaves = false;
      uint32_t lines = content_lines(c, s, NULL, 0);
      if (lines > longest) longest = lines;
      if (lines < shortest) shortest = lines;
      siblings++;
    }
    if (siblings < 2 || !all_leaves || longest != shortest) continue;
    uint32_t keep_block = 0;
    if (content_lines(c, last, NULL, 0) <= longest) continue;
    content_lines(c, last, &keep_block, longest);
    /* Lines that close the item itself stay: （责任单位：…）, 完成时限：… */
    for (uint32_t next = keep_block + 1; next <= last->last_block; next++) {
      size_t len;
      const char *t = gw_block_trimmed(c, next, &len);
      if (!len) continue;
      if (!gw_text_open_bracket(t, len, 0) && !label_line(t, len)) break;
      keep_block = next;
    }
    if (keep_block > last->first_block || longest >= 1) last->last_block = keep_block;
  }
}

/* A form of a set of 督办单 or 交办单 holds one matter, named by its first
 * field (督办事项：…), the other fields (承办单位：, 办理时限：) on the lines
 * after it. Outside a numbered item such a line opens an item of its own. */
static bool matter_label(const char *s, size_t n, gw_label *out) {
  static const gw_word FIELDS[] = {GW_WORD("督办事项"), GW_WORD("交办事项"), GW_WORD("督办内容"),
                                   GW_WORD("交办内容"), GW_WORD("事项名称"), GW_WORDS_END};
  int w = gw_word_prefix(FIELDS, s, n);
  if (w < 0) return false;
  size_t k = FIELDS[w].n;
  size_t cl = gw_at(s, n, k, "：") ? 3 : k < n && s[k] == ':' ? 1 : 0;
  if (!cl || k + cl >= n) return false;
  memset(out, 0, sizeof *out);
  out->style = GW_L_MATTER;
  out->number = 1;
  out->len = k + cl;
  out->number_len = k;
  return true;
}

/* A paragraph styled as a heading but not numbered opens an item of its
 * own level; the heading is also its text (the title of the section). */
static bool heading_label(const char *s, size_t n, int level, gw_label *out) {
  if (gw_utf8_count(s, n) > 60) return false;
  /* A web page's own heading that repeats the notice's title (…关于…的通知)
   * heads no items. */
  static const gw_word TITLE_ENDS[] = {GW_WORD("的通知"), GW_WORD("的意见"), GW_WORD("的通报"),
                                       GW_WORD("的决定"), GW_WORD("的函"),   GW_WORD("的批复"),
                                       GW_WORD("的报告"), GW_WORDS_END};
  if (gw_find(s, n, 0, "关于") != (size_t)-1 && gw_word_suffix(TITLE_ENDS, s, n) >= 0) return false;
  memset(out, 0, sizeof *out);
  out->style = GW_L_HEADING;
  out->number = level;
  out->number_len = n < 60 ? n : 60;
  while (out->number_len < n && (s[out->number_len] & 0xC0) == 0x80) out->number_len++;
  out->len = 0;
  return true;
}

/* Run-in items: 一是…。二是…。三是… (or 一要 二要) inside one paragraph are
 * items as if each stood on a line of its own, when the paragraph opens
 * with the first or carries no number of its own. Only a list that starts at
 * 一 and counts up, each label opening the paragraph or a sentence (after
 * 。 ； ：), and two or more of them. Returns how many were found; at[k] is
 * the offset in s of label k + 1. */
enum { RUN_IN_MAX = 20 };
static size_t run_in_labels(const char *s, size_t n, gw_label *labs, size_t *at) {
  /* Most paragraphs hold neither list: one search for 一 tells. */
  size_t one = gw_find(s, n, 0, "一");
  while (one != (size_t)-1 && !gw_at(s, n, one + 3, "是") && !gw_at(s, n, one + 3, "要"))
    one = gw_find(s, n, one + 3, "一");
  if (one == (size_t)-1) return 0;
  size_t found = 0;
  gw_label_style style = GW_L_NONE;
  /* The next 是 and the next 要, each searched for from the last one found:
   * one pass over the paragraph. */
  size_t shi = gw_find(s, n, 0, "是"), yao = gw_find(s, n, 0, "要");
  while (found < RUN_IN_MAX) {
    bool take_shi = found ? style == GW_L_CN_SHI : shi < yao;
    size_t k = take_shi ? shi : yao;
    if (k == (size_t)-1) break;
    if (take_shi)
      shi = gw_find(s, n, k + 3, "是");
    else
      yao = gw_find(s, n, k + 3, "要");
    size_t start = k;
    int v;
    size_t used = 0;
    /* the numeral before it (一 … 二十): at most two characters */
    for (size_t back = 3; back <= 6 && back <= k; back += 3)
      if (gw_cn_number_at(s, k, k - back, &v) == back) start = k - back, used = back;
    if (!used) continue;
    bool boundary = start == 0 || gw_ends_with(s, start, "。") || gw_ends_with(s, start, "；") ||
                    gw_ends_with(s, start, "：") || gw_ends_with(s, start, ";") ||
                    /* 会议要求，一是…: a short lead-in opening the paragraph */
                    (!found && gw_ends_with(s, start, "，") && start <= 3 + 6 * 3);
    gw_label lab;
    if (!boundary || !gw_label_parse(s + start, n - start, &lab) ||
        (lab.style != GW_L_CN_SHI && lab.style != GW_L_CN_YAO))
      continue;
    if (found ? lab.style != style || lab.number != (int)found + 1 : lab.number != 1) {
      if (found) break;
      continue;
    }
    style = lab.style;
    labs[found] = lab;
    at[found++] = start;
  }
  return found >= 2 ? found : 0;
}

void gw_outline_build(gw_ctx *c, gw_item_vec *out) {
  outline_state st;
  memset(&st, 0, sizeof st);
  st.c = c;
  st.items = out;
  size_t nb = c->doc->blocks.len;
  /* A heading above the notice's own head (a web page's or an article's
   * headline over 发文字号 and 标题) is the page's, not an item. */
  size_t head = 0;
  while (head < nb && c->line_role[head] != GW_LINE_META) head++;
  if (head == nb) head = 0;
  for (size_t p = 0; p < c->parts.len; p++) {
    size_t from = c->parts.items[p].first_block;
    size_t to = p + 1 < c->parts.len ? c->parts.items[p + 1].first_block : nb;
    st.depth = 0;
    memset(st.last_number, 0, sizeof st.last_number);
    st.open = NULL;
    st.part = (uint32_t)p;
    for (size_t b = from; b < to; b++) {
      const gw_block *blk = &c->doc->blocks.items[b];
      if (c->line_role[b] == GW_LINE_META) {
        st.open = NULL;
        continue;
      }
      if (blk->kind == GW_BLOCK_TABLE) {
        gw_item *parent = st.depth ? st.stack[st.depth - 1] : NULL;
        gw_table_rows(c, blk->table, (uint32_t)b, parent, (uint32_t)p, out);
        st.open = NULL;
        continue;
      }
      size_t n;
      const char *s = gw_block_trimmed(c, b, &n);
      if (!n) continue;
      gw_label runs[RUN_IN_MAX];
      size_t run_at[RUN_IN_MAX];
      size_t nrun = blk->heading ? 0 : run_in_labels(s, n, runs, run_at);
      gw_label lab;
      /* A numbered item that goes on with 一是…二是… stays one item: its
       * own words (and units) cover them all. */
      if (nrun && run_at[0] > 0 && gw_label_parse(s, n, &lab)) nrun = 0;
      if (nrun && run_at[0] == 0) {
        /* the paragraph opens with the first of them: placed below */
      } else if (gw_label_parse(s, n, &lab) &&
                 place(&st, &lab, (uint32_t)b, (uint32_t)(s - c->doc->text + lab.len), s)) {
      } else if (blk->heading && b >= head && heading_label(s, n, blk->heading, &lab) &&
                 place(&st, &lab, (uint32_t)b, (uint32_t)(s - c->doc->text), s)) {
      } else if ((!st.open || st.open->style == GW_L_MATTER) && matter_label(s, n, &lab) &&
                 place(&st, &lab, (uint32_t)b, (uint32_t)(s - c->doc->text + lab.len), s)) {
      } else if (st.open) {
        st.open->last_block = (uint32_t)b;
      }
      if (!nrun) continue;
      /* The text before the first run-in label stays with the item it
       * belongs to; each label then opens an item that ends at the next. */
      if (run_at[0] > 0 && st.open && st.open->last_block == b)
        st.open->text_end = (uint32_t)(s - c->doc->text + run_at[0]);
      gw_item *prev = NULL;
      for (size_t k = 0; k < nrun; k++) {
        const char *ls = s + run_at[k];
        if (!place(&st, &runs[k], (uint32_t)b, (uint32_t)(ls - c->doc->text + runs[k].len), ls))
          break;
        if (prev) prev->text_end = (uint32_t)(ls - c->doc->text);
        prev = st.open;
      }
    }
  }
  detach_closing_paragraphs(c, out);
}
