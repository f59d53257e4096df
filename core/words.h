/* Word lists with their lengths, for the many "is it one of" and "does it
 * end with one of" tests of extraction: lengths known at compile time,
 * the last byte compared before the rest. */
#ifndef GW_WORDS_H
#define GW_WORDS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

typedef struct gw_word {
  const char *s;
  size_t n;
} gw_word;

#define GW_WORD(lit)                                                                               \
  { lit, sizeof(lit) - 1 }
#define GW_WORDS_END                                                                               \
  { NULL, 0 }

/* Index of the first word of `list` equal to s[0..n), or -1. */
static inline int gw_word_equal(const gw_word *list, const char *s, size_t n) {
  for (int i = 0; list[i].s; i++)
    if (list[i].n == n && n && s[n - 1] == list[i].s[n - 1] && memcmp(s, list[i].s, n) == 0)
      return i;
  return -1;
}

/* Index of the first word of `list` that s[0..n) ends with, or -1. */
static inline int gw_word_suffix(const gw_word *list, const char *s, size_t n) {
  for (int i = 0; list[i].s; i++) {
    size_t k = list[i].n;
    if (k <= n && k && s[n - 1] == list[i].s[k - 1] && memcmp(s + n - k, list[i].s, k) == 0)
      return i;
  }
  return -1;
}

/* Index of the first word of `list` that s[0..n) starts with, or -1. */
static inline int gw_word_prefix(const gw_word *list, const char *s, size_t n) {
  for (int i = 0; list[i].s; i++) {
    size_t k = list[i].n;
    if (k <= n && k && s[0] == list[i].s[0] && memcmp(s, list[i].s, k) == 0) return i;
  }
  return -1;
}

#endif
