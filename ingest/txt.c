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

static bool ascii_digit(char c) {
  return c >= '0' && c <= '9';
}

/* The end of a 发文字号 at t[k..end) (祁农发〔2024〕6号), or 0. */
static uint32_t doc_number_end(const char *t, uint32_t k, uint32_t end) {
  uint32_t p = k;
  for (int chars = 0;
       p + 3 <= end && chars < 16 && (unsigned char)t[p] >= 0xE4 && (unsigned char)t[p] <= 0xE9;
       chars++)
    p += 3;
  if (p == k) return 0;
  static const char *const OPEN[] = {"〔", "［", "（", "[", "(", NULL};
  static const char *const CLOSE[] = {"〕", "］", "）", "]", ")", NULL};
  size_t o = 0;
  while (OPEN[o] && (end - p < strlen(OPEN[o]) || memcmp(t + p, OPEN[o], strlen(OPEN[o])))) o++;
  if (!OPEN[o]) return 0;
  p += (uint32_t)strlen(OPEN[o]);
  for (int d = 0; d < 4; d++, p++)
    if (p >= end || !ascii_digit(t[p])) return 0;
  size_t cl = strlen(CLOSE[o]);
  if (end - p < cl || memcmp(t + p, CLOSE[o], cl)) return 0;
  p += (uint32_t)cl;
  if (end - p >= 3 && !memcmp(t + p, "第", 3)) p += 3;
  uint32_t digits = p;
  while (p < end && ascii_digit(t[p])) p++;
  if (p == digits || end - p < 3 || memcmp(t + p, "号", 3)) return 0;
  return p + 3;
}

/* A document's head run together on one line, as some web pages and
 * converters leave it: "祁农发〔2024〕6号关于…的通知各乡镇…，局属各单位：".
 * Writes where the number ends and where the title ends (when the
 * recipients follow it) into cuts; returns how many. */
static size_t run_together_head(const char *t, uint32_t start, uint32_t end, uint32_t cuts[2]) {
  size_t n = 0;
  uint32_t k = start;
  while (k < end && t[k] == ' ') k++;
  uint32_t num = doc_number_end(t, k, end);
  if (num) {
    if (num >= end) return 0;
    cuts[n++] = num;
    k = num;
  }
  if (end - k < 6 || memcmp(t + k, "关于", 6)) return n;
  bool recipients = (end - start >= 3 && !memcmp(t + end - 3, "：", 3)) || t[end - 1] == ':';
  if (!recipients) return n;
  static const char *const TYPES[] = {"的通知", "的意见", "的通报", "的决定", "的函", NULL};
  for (size_t w = 0; TYPES[w]; w++) {
    const char *at = memmem(t + k, end - k, TYPES[w], strlen(TYPES[w]));
    if (!at || at - (t + k) > 240) continue;
    uint32_t title_end = (uint32_t)(at - t) + (uint32_t)strlen(TYPES[w]);
    if (title_end < end) cuts[n++] = title_end;
    break;
  }
  return n;
}

/* Where a full date that ends the line starts (2024年2月26日), or 0. */
static uint32_t trailing_date(const char *t, uint32_t start, uint32_t end) {
  static const char *const UNITS[] = {"日", "月", "年"};
  static const uint32_t DIGITS[] = {2, 2, 4};
  uint32_t p = end;
  for (int part = 0; part < 3; part++) {
    if (p - start < 3 || memcmp(t + p - 3, UNITS[part], 3)) return 0;
    p -= 3;
    uint32_t d = p;
    while (d > start && p - d < DIGITS[part] && ascii_digit(t[d - 1])) d--;
    if (d == p) return 0;
    p = d;
  }
  return p;
}

/* A signature run onto its date (祁东县农业农村局2024年2月26日) or a 抄送
 * line run onto the 印发 line (抄送：…。X办公室2024年2月27日印发):
 * where the second part starts, or 0. */
static uint32_t run_together_tail(const char *t, uint32_t start, uint32_t end) {
  uint32_t k = start;
  while (k < end && t[k] == ' ') k++;
  if (end - k > 12 && !memcmp(t + k, "抄送", 6) && !memcmp(t + end - 6, "印发", 6)) {
    const char *stop = memmem(t + k, end - k, "。", 3);
    return stop && (uint32_t)(stop - t) + 3 < end ? (uint32_t)(stop - t) + 3 : 0;
  }
  uint32_t date = trailing_date(t, k, end);
  if (!date || date - k < 9 || date - k > 120) return 0;
  /* an organisation's name before it: no punctuation, an office's last word */
  static const char *const MARKS[] = {"，", "。", "；", "：", "、", " ", NULL};
  for (size_t m = 0; MARKS[m]; m++)
    if (memmem(t + k, date - k, MARKS[m], strlen(MARKS[m]))) return 0;
  static const char *const LAST[] = {"局", "委", "办", "府", "会", "室", "院", "部", "处",
                                     "所", "队", "站", "心", "司", "组", "厅", NULL};
  for (size_t w = 0; LAST[w]; w++)
    if (!memcmp(t + date - 3, LAST[w], 3)) return date;
  return 0;
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
    uint32_t cuts[2];
    size_t ncuts = i < 12 ? run_together_head(doc->text, b.start, b.end, cuts) : 0;
    for (size_t k = 0; k < ncuts; k++) {
      gw_block before = b;
      before.end = cuts[k];
      GW_VEC_PUSH(doc->arena, doc->blocks, before);
      b.start = cuts[k];
    }
    if (!ncuts && (cuts[0] = run_together_tail(doc->text, b.start, b.end))) {
      gw_block before = b;
      before.end = cuts[0];
      GW_VEC_PUSH(doc->arena, doc->blocks, before);
      b.start = cuts[0];
    }
    uint32_t heading = glued_heading(doc->text, b.start, b.end);
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
