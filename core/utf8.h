/* UTF-8 helpers. Text inside the pipeline is valid UTF-8 (checked once by
 * ingest), so the decoders here trust their input. */
#ifndef GW_UTF8_H
#define GW_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* Decode the code point at s[*i] (i < len) and advance *i. */
static inline uint32_t gw_utf8_next(const char *s, size_t len, size_t *i) {
  const unsigned char *u = (const unsigned char *)s;
  size_t k = *i;
  uint32_t c = u[k];
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  if (c < 0xE0 && k + 1 < len) {
    *i = k + 2;
    return ((c & 0x1F) << 6) | (u[k + 1] & 0x3F);
  }
  if (c < 0xF0 && k + 2 < len) {
    *i = k + 3;
    return ((c & 0x0F) << 12) | ((u[k + 1] & 0x3F) << 6) | (u[k + 2] & 0x3F);
  }
  if (k + 3 < len) {
    *i = k + 4;
    return ((c & 0x07) << 18) | ((u[k + 1] & 0x3F) << 12) | ((u[k + 2] & 0x3F) << 6) |
           (u[k + 3] & 0x3F);
  }
  *i = len;
  return 0xFFFD;
}

/* Decode the code point that ends just before s[*i] and move *i back. */
uint32_t gw_utf8_prev(const char *s, size_t *i);

/* Encode `cp` into out (room for 4 bytes); returns the byte count. */
size_t gw_utf8_encode(uint32_t cp, char *out);

/* Length of a valid UTF-8 prefix of s[0..len); == len when all is valid. */
size_t gw_utf8_valid_prefix(const char *s, size_t len);

/* Number of code points in s[0..len). */
size_t gw_utf8_count(const char *s, size_t len);

/* Byte offset -> code point offset, O(1) amortised via checkpoints. */
typedef struct gw_cpindex {
  const char *text;
  size_t len;
  uint32_t *marks; /* code points before byte k*GW_CP_STRIDE */
} gw_cpindex;
#define GW_CP_STRIDE 64

void gw_cpindex_build(gw_cpindex *ix, gw_arena *a, const char *text, size_t len);
uint32_t gw_cpindex_offset(const gw_cpindex *ix, size_t byte_off);

/* Does s[i..len) start with the NUL-terminated literal lit? */
static inline bool gw_at(const char *s, size_t len, size_t i, const char *lit) {
  size_t k = 0;
  while (lit[k]) {
    if (i + k >= len || s[i + k] != lit[k]) return false;
    k++;
  }
  return true;
}

/* Does s[0..len) end with lit? (Inline so strlen of a literal folds.) */
static inline bool gw_ends_with(const char *s, size_t len, const char *lit) {
  size_t n = __builtin_strlen(lit);
  /* The last bytes differ for nearly every word of a list: test one first. */
  return n <= len && (n == 0 || s[len - 1] == lit[n - 1]) &&
         __builtin_memcmp(s + len - n, lit, n) == 0;
}
/* First occurrence of lit[0..m) in s[from..len), or (size_t)-1. */
size_t gw_find_n(const char *s, size_t len, size_t from, const char *lit, size_t m);
/* The same for a NUL-terminated literal (its length folds at compile time). */
static inline size_t gw_find(const char *s, size_t len, size_t from, const char *lit) {
  return gw_find_n(s, len, from, lit, __builtin_strlen(lit));
}

#endif
