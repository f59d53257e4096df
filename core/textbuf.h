/* A growing text in the document's arena, NUL-terminated, with the start of
 * its current line (for readers that build a document line by line). */
#ifndef GW_TEXTBUF_H
#define GW_TEXTBUF_H

#include <stddef.h>

#include "arena.h"

typedef struct gw_textbuf {
  gw_arena *arena;
  char *data; /* NULL until something is put */
  size_t len, cap;
  size_t max_line; /* longest line allowed, 0 = unlimited */
  size_t line_start;
  int too_long; /* set when a line exceeded max_line */
} gw_textbuf;

void gw_textbuf_init(gw_textbuf *tb, gw_arena *a, size_t max_line);
/* Room for `extra` more bytes and the NUL. */
void gw_textbuf_reserve(gw_textbuf *tb, size_t extra);
void gw_textbuf_put(gw_textbuf *tb, const char *s, size_t n);
void gw_textbuf_puts(gw_textbuf *tb, const char *s);

/* Zero bytes kept after the end of a text that patterns are matched on:
 * PCRE2's JIT may read ahead past the subject's end (it never matches
 * there), and memory checkers then see only defined bytes. */
enum { GW_TEXT_SLACK = 64 };

/* The finished text: never NULL, NUL-terminated and followed by
 * GW_TEXT_SLACK zero bytes. */
char *gw_textbuf_finish(gw_textbuf *tb);

#endif
