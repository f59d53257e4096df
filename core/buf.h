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
bool gw_buf_reserve(gw_buf *b, size_t extra);
void gw_buf_put(gw_buf *b, const void *p, size_t n);
void gw_buf_puts(gw_buf *b, const char *s);
void gw_buf_putc(gw_buf *b, char c);
void gw_buf_printf(gw_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hand the NUL-terminated contents to the caller; the buffer is reset. */
char *gw_buf_detach(gw_buf *b, size_t *len);

#endif
