/* A growable byte buffer on the heap (for output that outlives a document:
 * JSON text, reports). An allocation failure sets `failed` and later appends
 * are ignored, so callers check once at the end. */
#ifndef GW_BUF_H
#define GW_BUF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct gw_buf {
  char *data;
  size_t len, cap;
  bool failed;
} gw_buf;

void gw_buf_init(gw_buf *b);
void gw_buf_free(gw_buf *b);
bool gw_buf_grow(gw_buf *b, size_t extra);
static inline bool gw_buf_reserve(gw_buf *b, size_t extra) {
  return (!b->failed && b->len + extra + 1 <= b->cap) || gw_buf_grow(b, extra);
}
static inline void gw_buf_put(gw_buf *b, const void *p, size_t n) {
  if (!n || !gw_buf_reserve(b, n)) return;
  __builtin_memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = 0;
}
static inline void gw_buf_putc(gw_buf *b, char c) {
  if (!gw_buf_reserve(b, 1)) return;
  b->data[b->len++] = c;
  b->data[b->len] = 0;
}
void gw_buf_puts(gw_buf *b, const char *s);
void gw_buf_printf(gw_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hand the NUL-terminated contents to the caller; the buffer is reset. */
char *gw_buf_detach(gw_buf *b, size_t *len);

#endif
