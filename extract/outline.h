/* The numbering outline: which paragraphs open a numbered item, how deep
 * each item sits, which lines belong to it. Levels come from the order in
 * which the document uses its numbering styles (a style seen before is a
 * sibling of its last use; a new style opens a child level), so documents
 * that skip or reorder levels come out right. */
#ifndef GW_OUTLINE_H
#define GW_OUTLINE_H

#include "ctx.h"
#include "label.h"

typedef struct gw_item {
  gw_label_style style;
  int number;
  const char *label;    /* as written in the catalogue's path */
  uint32_t first_block; /* the block holding the label */
  uint32_t last_block;  /* the last block of its own text */
  uint32_t text_start;  /* byte offset of the text after the label */
  uint32_t label_start; /* byte offset of the label */
  uint32_t text_end;    /* 0: its text runs to the end of last_block; else where it
                           stops: the next item runs on in the same paragraph */
  uint32_t part;        /* index into ctx->parts */
  bool n_dot_m;         /* a 1.1 read as the item 1. (no 1. was open) */
  uint32_t nchildren;
  struct gw_item *parent;
  struct gw_item *prev_sibling, *next_sibling; /* paragraph items of one list */
  /* A row of a task table. */
  const gw_table *table;
  const struct gw_colmap *map;
  uint32_t row;
  const char *row_group; /* the heading row above it in its table, if any */
  /* What it gives its descendants, computed once (tasks.c): its heading
   * text, the year that text names (0: none), the kind it gives. */
  const char *heading;
  int heading_year;
  gw_kind heading_kind;
} gw_item;

typedef GW_VEC(gw_item *) gw_item_vec;

/* All items of the document in document order. */
void gw_outline_build(gw_ctx *c, gw_item_vec *out);

#endif
