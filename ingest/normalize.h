/* Normalization of decoded text, the same for every input format:
 * line ends -> LF; full-width and no-break spaces -> space; zero-width and
 * control characters dropped; full-width digits, letters and ％ -> ASCII;
 * Kangxi radicals -> the characters they stand for (⼀ -> 一);
 * converter artefacts ([bookmark: _GoBack]) and page-number lines (— 16 —,
 * 第 1 页 共 3 页) dropped; trailing spaces trimmed. */
#ifndef GW_NORMALIZE_H
#define GW_NORMALIZE_H

#include "../core/doc.h"
#include "../core/textbuf.h"

/* Append UTF-8 text, normalizing it. Newlines inside end lines as usual. */
void gw_normalize_append(gw_textbuf *tb, const char *s, size_t n);
/* End the current line: trim it, drop it when it is an artefact line. Returns
 * false when the line was dropped (so the caller can skip its block). */
bool gw_textbuf_end_line(gw_textbuf *tb);

#endif
