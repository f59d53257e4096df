#include "view.h"

#include <string.h>

void gw_view_begin(gw_view_builder *b, gw_arena *a, const char *text) {
  memset(b, 0, sizeof *b);
  b->arena = a;
  b->text = text;
}

static void put(gw_view_builder *b, const char *s, uint32_t n) {
  if (b->len + n + 1 > b->cap) {
    uint32_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    b->buf = gw_arena_grow(b->arena, b->buf, b->len, cap);
    b->cap = cap;
  }
  memcpy(b->buf + b->len, s, n);
  b->len += n;
  b->buf[b->len] = 0;
}

static void add_pieces(gw_view_builder *b, uint32_t start, uint32_t end, const char *sep,
                       const char *line_sep) {
  const char *t = b->text;
  while (start < end && (t[start] == ' ' || t[start] == '\t' || t[start] == '\n')) start++;
  while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\n')) end--;
  if (start == end) return;
  if (sep && b->len) {
    /* A separator maps to the start of the next piece. */
    gw_view_seg s = {b->len, start};
    GW_VEC_PUSH(b->arena, b->segs, s);
    put(b, sep, (uint32_t)strlen(sep));
  }
  /* Inner newlines (a multi-line table cell) are dropped piece by piece. */
  uint32_t a = start;
  for (uint32_t k = start; k <= end; k++) {
    const char *nl = k < end ? memchr(t + k, '\n', end - k) : NULL;
    k = nl ? (uint32_t)(nl - t) : end;
    {
      uint32_t e = k;
      while (e > a && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
      uint32_t s0 = a;
      while (s0 < e && (t[s0] == ' ' || t[s0] == '\t')) s0++;
      if (e > s0) {
        if (line_sep && a > start && b->len) {
          gw_view_seg s = {b->len, s0};
          GW_VEC_PUSH(b->arena, b->segs, s);
          put(b, line_sep, (uint32_t)strlen(line_sep));
        }
        gw_view_seg s = {b->len, s0};
        GW_VEC_PUSH(b->arena, b->segs, s);
        put(b, t + s0, e - s0);
      }
      a = k + 1;
    }
  }
}

gw_view gw_view_end(gw_view_builder *b) {
  gw_view v;
  if (!b->buf) put(b, "", 0);
  /* patterns run on views: zeros after the end as after a document's text */
  if (b->len + 1 + GW_TEXT_SLACK > b->cap) {
    uint32_t cap = b->len + 1 + GW_TEXT_SLACK;
    b->buf = gw_arena_grow(b->arena, b->buf, b->len + 1, cap);
    b->cap = cap;
  }
  memset(b->buf + b->len + 1, 0, GW_TEXT_SLACK);
  v.s = b->buf;
  v.len = b->len;
  v.segs = b->segs.items;
  v.nsegs = (uint32_t)b->segs.len;
  return v;
}

uint32_t gw_view_src(const gw_view *v, uint32_t off, bool is_end) {
  if (!v->nsegs) return 0;
  uint32_t key = is_end && off > 0 ? off - 1 : off;
  uint32_t lo = 0, hi = v->nsegs;
  while (hi - lo > 1) {
    uint32_t mid = (lo + hi) / 2;
    if (v->segs[mid].flat <= key)
      lo = mid;
    else
      hi = mid;
  }
  uint32_t src = v->segs[lo].src + (key - v->segs[lo].flat);
  return is_end && off > 0 ? src + 1 : src;
}

void gw_view_add(gw_view_builder *b, uint32_t start, uint32_t end, const char *sep) {
  add_pieces(b, start, end, sep, NULL);
}

void gw_view_add_lines(gw_view_builder *b, uint32_t start, uint32_t end, const char *sep,
                       const char *line_sep) {
  add_pieces(b, start, end, sep, line_sep);
}
