/* Normalization of decoded text, the same for every input format:
 * line ends -> LF; full-width and no-break spaces -> space; zero-width and
 * control characters dropped; full-width digits, letters and ％ -> ASCII;
 * converter artefacts ([bookmark: _GoBack]) and page-number lines (— 16 —,
 * 第 1 页 共 3 页) dropped; trailing spaces trimmed. */
#ifndef GW_NORMALIZE_H
#define GW_NORMALIZE_H

#include "../core/doc.h"

typedef struct gw_textbuf {
  gw_arena *arena;
  char *data;
  size_t len, cap;
  size_t max_line; /* longest line allowed, 0 = unlimited */
  size_t line_start;
  int too_long; /* set when a line exceeded max_line */
} gw_textbuf;

void gw_textbuf_init(gw_textbuf *tb, gw_arena *a, size_t max_line);
void gw_textbuf_put(gw_textbuf *tb, const char *s, size_t n);
/* Append UTF-8 text, normalizing it. Newlines inside end lines as usual. */
void gw_normalize_append(gw_textbuf *tb, const char *s, size_t n);
/* End the current line: trim it, drop it when it is an artefact line. Returns
 * false when the line was dropped (so the caller can skip its block). */
bool gw_textbuf_end_line(gw_textbuf *tb);

#endif
