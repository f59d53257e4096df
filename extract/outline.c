#include "outline.h"

#include <stdio.h>
#include <string.h>

#include "tables.h"

typedef struct outline_state {
  gw_ctx *c;
  gw_item_vec *items;
  gw_item *stack[GW_L_COUNT + 8];
  size_t depth;
  gw_item *open; /* the item that unnumbered lines continue */
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
  it->depth = (uint32_t)st->depth;
  it->parent = st->depth ? st->stack[st->depth - 1] : NULL;
  if (it->parent) it->parent->nchildren++;
}

/* Place a labelled paragraph in the outline; false when the label is not
 * taken as one (a list that would have to start above 1). */
static bool place(outline_state *st, const gw_label *lab, uint32_t block, uint32_t text_start,
                  const char *line) {
  size_t d = st->depth;
  while (d > 0 && st->stack[d - 1]->style != lab->style) d--;
  int number = lab->number;
  if (d > 0) {
    /* Seen before: a sibling of its last use. */
    if (lab->style == GW_L_DASH) number = st->stack[d - 1]->number + 1;
    st->depth = d - 1;
  } else {
    if (gw_label_needs_start(lab->style) && lab->number != 1) return false;
    if (lab->style == GW_L_DASH) number = 1;
    if (st->depth >= sizeof st->stack / sizeof st->stack[0]) return false;
  }
  gw_item *it = new_item(st, lab->style, number, block);
  it->text_start = text_start;
  gw_label named = *lab;
  named.number = number;
  char buf[48];
  it->label = gw_arena_strdup(st->c->a, gw_label_name(&named, line, buf, sizeof buf));
  attach(st, it);
  st->stack[st->depth++] = it;
  st->open = it;
  return true;
}

void gw_outline_build(gw_ctx *c, gw_item_vec *out) {
  outline_state st;
  memset(&st, 0, sizeof st);
  st.c = c;
  st.items = out;
  size_t nb = c->doc->blocks.len;
  for (size_t p = 0; p < c->parts.len; p++) {
    size_t from = c->parts.items[p].first_block;
    size_t to = p + 1 < c->parts.len ? c->parts.items[p + 1].first_block : nb;
    st.depth = 0;
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
      gw_label lab;
      if (gw_label_parse(s, n, &lab) &&
          place(&st, &lab, (uint32_t)b, (uint32_t)(s - c->doc->text + lab.len), s))
        continue;
      if (st.open) st.open->last_block = (uint32_t)b;
    }
  }
}
