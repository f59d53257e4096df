#include "txt.h"

#include <stdbool.h>
#include <string.h>

#include "../core/err.h"
#include "decode.h"
#include "normalize.h"
#include "txt_table.h"

static bool cn_digit(const char *p) {
  static const char NUMERALS[] = "一二三四五六七八九十";
  for (size_t d = 0; d + 3 < sizeof NUMERALS; d += 3)
    if (!memcmp(p, NUMERALS + d, 3)) return true;
  return false;
}

/* A section heading run onto the end of the paragraph before it, as a web
 * page copies them: "…特制定本方案。 一、指导思想". Returns where the
 * heading starts, or 0. The heading is short and has no punctuation. */
static uint32_t glued_heading(const char *t, uint32_t start, uint32_t end) {
  /* the last space in the line's last 60 bytes */
  uint32_t h = end;
  while (h > start && end - h < 60 && t[h - 1] != ' ') h--;
  if (h <= start || t[h - 1] != ' ') return 0;
  uint32_t dot = h - 1;
  while (dot > start && t[dot - 1] == ' ') dot--;
  if (dot < start + 3 || memcmp(t + dot - 3, "。", 3)) return 0;
  /* 一、 … 十、 or 十一、 */
  uint32_t p = h;
  while (p + 3 <= end && p - h < 6 && cn_digit(t + p)) p += 3;
  if (p == h || p + 3 > end || memcmp(t + p, "、", 3)) return 0;
  for (uint32_t q = p + 3; q + 3 <= end; q++)
    if (!memcmp(t + q, "。", 3) || !memcmp(t + q, "，", 3) || !memcmp(t + q, "；", 3) ||
        !memcmp(t + q, "：", 3))
      return 0;
  return end - (p + 3) >= 6 ? h : 0;
}

gw_status gw_read_text(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err) {
  char *utf8;
  size_t n;
  doc->format = "text";
  gw_status st = gw_decode_text(doc, data, len, &utf8, &n, &doc->encoding, err);
  if (st != GW_OK) return st;
  gw_textbuf tb;
  gw_textbuf_init(&tb, doc->arena, limits->max_line_bytes);
  gw_normalize_append(&tb, utf8, n);
  if (tb.len > tb.line_start) gw_textbuf_end_line(&tb);
  if (tb.too_long)
    return gw_fail(err, GW_ERR_LIMIT, "a line is longer than %zu bytes (--max-line)",
                   limits->max_line_bytes);
  doc->text = gw_textbuf_finish(&tb);
  doc->len = tb.len;
  gw_doc_index(doc);

  size_t nlines = doc->line_starts.len;
  /* The last "line start" sits after the final newline. */
  if (nlines && doc->line_starts.items[nlines - 1] == doc->len) nlines--;
  gw_line *lines = gw_arena_alloc(doc->arena, (nlines + 1) * sizeof *lines);
  for (size_t i = 0; i < nlines; i++) {
    lines[i].start = doc->line_starts.items[i];
    uint32_t e = i + 1 < doc->line_starts.len ? doc->line_starts.items[i + 1] : (uint32_t)doc->len;
    if (e > lines[i].start && doc->text[e - 1] == '\n') e--;
    lines[i].end = e;
  }
  size_t cells_used = 0;
  for (size_t i = 0; i < nlines;) {
    size_t used = gw_txt_table_at(doc, lines, nlines, i, limits->max_table_cells, &cells_used);
    if (cells_used > limits->max_table_cells)
      return gw_fail(err, GW_ERR_LIMIT, "more than %zu table cells (--max-table-cells)",
                     limits->max_table_cells);
    if (used) {
      i += used;
      continue;
    }
    gw_block b = {GW_BLOCK_LINE, lines[i].start, lines[i].end, (uint32_t)i + 1, 0, NULL};
    uint32_t heading = glued_heading(doc->text, lines[i].start, lines[i].end);
    if (heading) {
      gw_block before = b;
      before.end = heading;
      GW_VEC_PUSH(doc->arena, doc->blocks, before);
      b.start = heading;
    }
    GW_VEC_PUSH(doc->arena, doc->blocks, b);
    i++;
  }
  return GW_OK;
}
