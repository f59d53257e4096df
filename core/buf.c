#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void gw_buf_init(gw_buf *b) {
  memset(b, 0, sizeof *b);
}

void gw_buf_free(gw_buf *b) {
  free(b->data);
  gw_buf_init(b);
}

bool gw_buf_grow(gw_buf *b, size_t extra) {
  if (b->failed) return false;
  if (b->len + extra + 1 <= b->cap) return true;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra + 1) {
    if (cap > ((size_t)-1) / 2) {
      b->failed = true;
      return false;
    }
    cap *= 2;
  }
  char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = true;
    return false;
  }
  b->data = p;
  b->cap = cap;
  return true;
}

void gw_buf_puts(gw_buf *b, const char *s) {
  gw_buf_put(b, s, strlen(s));
}

void gw_buf_printf(gw_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n <= 0 || !gw_buf_reserve(b, (size_t)n)) return;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

char *gw_buf_detach(gw_buf *b, size_t *len) {
  if (b->failed) {
    gw_buf_free(b);
    return NULL;
  }
  if (!b->data && !gw_buf_reserve(b, 0)) return NULL;
  char *p = b->data;
  p[b->len] = 0;
  if (len) *len = b->len;
  gw_buf_init(b);
  return p;
}
