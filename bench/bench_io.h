/* Shared by the floor programs of the benchmark: read a whole file into a
 * reusable buffer, and decode UTF-8 into a reusable UTF-16 buffer with ICU. */
#ifndef GW_BENCH_IO_H
#define GW_BENCH_IO_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ustring.h>
#include <unicode/utypes.h>

typedef struct bench_buf {
  char *bytes;
  size_t len, cap;
  UChar *u16;
  int32_t u16_len, u16_cap;
} bench_buf;

static void bench_die(const char *what, const char *detail) {
  fprintf(stderr, "bench: %s: %s\n", what, detail);
  exit(1);
}

/* Read `path` whole into b->bytes. */
static void bench_read(bench_buf *b, const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) bench_die(path, "cannot open");
  b->len = 0;
  for (;;) {
    if (b->len == b->cap) {
      b->cap = b->cap ? b->cap * 2 : 1 << 20;
      b->bytes = realloc(b->bytes, b->cap);
      if (!b->bytes) bench_die(path, "out of memory");
    }
    size_t got = fread(b->bytes + b->len, 1, b->cap - b->len, f);
    b->len += got;
    if (got == 0) break;
  }
  if (ferror(f)) bench_die(path, "read error");
  fclose(f);
}

/* Validate and decode b->bytes (UTF-8, ill-formed sequences become U+FFFD)
 * into b->u16; returns the number of substitutions. */
static int32_t bench_decode(bench_buf *b, const char *path) {
  if (b->len > INT32_MAX / 2) bench_die(path, "too large");
  if ((int32_t)b->len + 1 > b->u16_cap) {
    b->u16_cap = (int32_t)b->len + 1; /* UTF-16 never needs more units than UTF-8 bytes */
    b->u16 = realloc(b->u16, (size_t)b->u16_cap * sizeof(UChar));
    if (!b->u16) bench_die(path, "out of memory");
  }
  UErrorCode st = U_ZERO_ERROR;
  int32_t subs = 0;
  u_strFromUTF8WithSub(b->u16, b->u16_cap, &b->u16_len, b->bytes, (int32_t)b->len, 0xFFFD, &subs,
                       &st);
  if (U_FAILURE(st)) bench_die(path, u_errorName(st));
  return subs;
}

#endif
