#include "textbuf.h"

#include <string.h>

void gw_textbuf_init(gw_textbuf *tb, gw_arena *a, size_t max_line) {
  memset(tb, 0, sizeof *tb);
  tb->arena = a;
  tb->max_line = max_line;
}

void gw_textbuf_reserve(gw_textbuf *tb, size_t extra) {
  if (tb->len + extra + 1 <= tb->cap) return;
  size_t cap = tb->cap ? tb->cap : 64;
  while (cap < tb->len + extra + 1) cap *= 2;
  tb->data = gw_arena_grow(tb->arena, tb->data, tb->len, cap);
  tb->cap = cap;
}

void gw_textbuf_put(gw_textbuf *tb, const char *s, size_t n) {
  gw_textbuf_reserve(tb, n);
  memcpy(tb->data + tb->len, s, n);
  tb->len += n;
  tb->data[tb->len] = 0;
}

void gw_textbuf_puts(gw_textbuf *tb, const char *s) {
  gw_textbuf_put(tb, s, strlen(s));
}

char *gw_textbuf_finish(gw_textbuf *tb) {
  gw_textbuf_reserve(tb, GW_TEXT_SLACK);
  memset(tb->data + tb->len, 0, GW_TEXT_SLACK + 1);
  return tb->data;
}
