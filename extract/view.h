/* A view of some lines of the document as one flat string, for matching:
 * lines are trimmed and joined without a separator (a PDF line break can fall
 * inside a unit name: 体育总|局牵头负责), and every byte maps back to its
 * place in the document text. */
#ifndef GW_VIEW_H
#define GW_VIEW_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/textbuf.h"

typedef struct gw_view_seg {
  uint32_t flat; /* offset in the view where this piece starts */
  uint32_t src;  /* offset in the document text */
} gw_view_seg;

typedef struct gw_view {
  const char *s;
  uint32_t len;
  gw_view_seg *segs;
  uint32_t nsegs;
} gw_view;

typedef struct gw_view_builder {
  gw_arena *arena;
  const char *text; /* document text */
  char *buf;
  uint32_t len, cap;
  GW_VEC(gw_view_seg) segs;
} gw_view_builder;

void gw_view_begin(gw_view_builder *b, gw_arena *a, const char *text);
/* Add text[start..end) trimmed of spaces and tabs; `sep` (may be NULL) is
 * written first when the view is not empty (a newline for display text). */
void gw_view_add(gw_view_builder *b, uint32_t start, uint32_t end, const char *sep);
/* The same, with `line_sep` where the text has an inner newline (the
 * paragraphs of a Word or HTML cell). */
void gw_view_add_lines(gw_view_builder *b, uint32_t start, uint32_t end, const char *sep,
                       const char *line_sep);
/* The view, NUL-terminated and followed by GW_TEXT_SLACK zero bytes. */
gw_view gw_view_end(gw_view_builder *b);

/* Document offset of view offset `off` (an end offset maps to the end of
 * the previous byte's piece). */
uint32_t gw_view_src(const gw_view *v, uint32_t off, bool is_end);

#endif
