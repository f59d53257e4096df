/* Small text utilities for Chinese official prose, over UTF-8 byte ranges. */
#ifndef GW_TEXT_H
#define GW_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "../core/arena.h"
#include "../core/textbuf.h"
#include "../schema/catalogue.h"

#define GW_SENTENCE_PUNCT "。，,；;！？!?"

/* Append s[0..n) without its spaces, tabs and newlines. */
void gw_text_put_nospace(gw_textbuf *b, const char *s, size_t n);

/* Does s[0..n) contain any of the characters of the UTF-8 string `set`? */
bool gw_text_has_any(const char *s, size_t n, const char *set);
char *gw_text_strip_spaces(gw_arena *a, const char *s, size_t n);
/* Trim, and runs of spaces become one. */
char *gw_text_squeeze_spaces(gw_arena *a, const char *s, size_t n);

/* A line that names an organisation and nothing else (a signature, an
 * issuer above a title): no sentence punctuation or digits, short, ending
 * in 政府, 办公室, 委员会, 局, 委 ... */
bool gw_text_org_like(const char *s, size_t n);

/* How far (bytes) a closing bracket is looked for. */
#define GW_BRACKET_REACH 2048

/* Index of the bracket closing the one at s[open] (《》（）()【】[]“”),
 * nesting allowed, within GW_BRACKET_REACH bytes, or (size_t)-1. */
size_t gw_text_match_close(const char *s, size_t n, size_t open);
/* gw_text_match_close for the opening brackets of one text taken in order,
 * as a scanner walks it. Scanning from each opening bracket of a text that
 * never closes them (（（（…) would read GW_BRACKET_REACH bytes each time;
 * after the first bracket found unclosed, one pass pairs every bracket of
 * the rest of the text, and later questions read the pairs. */
typedef struct gw_closer {
  gw_arena *a;
  const char *s;
  size_t n;
  uint32_t *opens,
      *closes; /* after the pass: each opening bracket, its closing one or UINT32_MAX */
  size_t len, next;
  bool paired;
} gw_closer;
void gw_closer_init(gw_closer *m, gw_arena *a, const char *s, size_t n);
/* Same answer as gw_text_match_close(m->s, m->n, open). */
size_t gw_closer_find(gw_closer *m, size_t open);
/* Byte length of a bracket at s[i] (i < n), with *dir 1 for an opening
 * and -1 for a closing one; 0 if there is none. Called on every byte of
 * task text, so the common case is one comparison: every bracket is ASCII
 * or starts with 0xE2, 0xE3 or 0xEF. */
size_t gw_text_bracket_slow(const char *s, size_t n, size_t i, int *dir);
/* Classes of the bytes that scanners stop at; every other byte is stepped
 * over with one table lookup. */
enum {
  GW_BYTE_BRACKET = 1, /* may start a bracket or quote: ( ) [ ] and leads E2 E3 EF */
  GW_BYTE_CLAUSE = 2,  /* the same, or a clause separator: ， ； 。 , ; */
  GW_BYTE_LIST = 4     /* the same, or a list separator: 、 and a line end */
};
extern const uint8_t gw_text_byte_class[256];
static inline bool gw_text_bracket_lead(unsigned char c) {
  return gw_text_byte_class[c] & GW_BYTE_BRACKET;
}
/* The first i in [i, to) whose byte is of class `cls`, or `to`. Sixteen
 * bytes at a time with SSE2: in Chinese text a stop comes every few
 * characters, after runs of Han characters the table would take one by one. */
static inline uint32_t gw_text_skip_to(const char *s, uint32_t i, uint32_t to, unsigned cls) {
#ifdef __SSE2__
  const __m128i one = _mm_set1_epi8(1);
  for (; i + 16 <= to; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i v1 = _mm_or_si128(v, one); /* ( and ), E2 and E3 as one */
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8(')')), _mm_cmpeq_epi8(v, _mm_set1_epi8('['))),
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(']')),
                     _mm_or_si128(_mm_cmpeq_epi8(v1, _mm_set1_epi8((char)0xE3)),
                                  _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF)))));
    if (cls & (GW_BYTE_CLAUSE | GW_BYTE_LIST))
      hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')),
                                           _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))));
    if (cls & GW_BYTE_LIST) hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (mask) return i + (uint32_t)__builtin_ctz(mask);
  }
#endif
  while (i < to && !(gw_text_byte_class[(unsigned char)s[i]] & cls)) i++;
  return i;
}
static inline size_t gw_text_bracket(const char *s, size_t n, size_t i, int *dir) {
  return i < n && gw_text_bracket_lead((unsigned char)s[i]) ? gw_text_bracket_slow(s, n, i, dir)
                                                            : 0;
}
/* Byte length of an opening / closing bracket at s[i], 0 if none. */
static inline size_t gw_text_open_bracket(const char *s, size_t n, size_t i) {
  int dir;
  size_t k = gw_text_bracket(s, n, i, &dir);
  return k && dir > 0 ? k : 0;
}
static inline size_t gw_text_close_bracket(const char *s, size_t n, size_t i) {
  int dir;
  size_t k = gw_text_bracket(s, n, i, &dir);
  return k && dir < 0 ? k : 0;
}

/* A bracket at s[i] (i < n): its byte length, with *depth one deeper for an
 * opening and one shallower for a closing one; 0 when there is none. The
 * scanners of clauses and lists call it on every byte they stop at. */
static inline size_t gw_text_bracket_depth(const char *s, size_t n, size_t i, int *depth) {
  int dir;
  size_t k = gw_text_bracket(s, n, i, &dir);
  if (k) *depth += dir;
  return k;
}

/* A comma or semicolon (， ； , ;) at s[i] (i < n): true, with its byte
 * length in *len. Where lists and clauses divide. */
static inline bool gw_text_comma_at(const char *s, size_t n, size_t i, size_t *len) {
  if (s[i] == ',' || s[i] == ';') return *len = 1, true;
  if (gw_at(s, n, i, "，") || gw_at(s, n, i, "；")) return *len = 3, true;
  return false;
}

/* A separator at s[i] (i < n): true, with its byte length in *len. */
typedef bool (*gw_sep_fn)(const char *s, size_t n, size_t i, size_t *len);

/* The next separator outside brackets in s[i..to): its index, with its
 * byte length in *len, or `to` when there is none. *depth carries the
 * bracket depth from one call to the next; `cls` is a byte class that
 * holds the separators' first bytes (GW_BYTE_CLAUSE, GW_BYTE_LIST). */
static inline uint32_t gw_text_next_sep(const char *s, uint32_t i, uint32_t to, unsigned cls,
                                        gw_sep_fn sep, int *depth, size_t *len) {
  for (;;) {
    i = gw_text_skip_to(s, i, to, cls);
    if (i >= to) return to;
    size_t k = gw_text_bracket_depth(s, to, i, depth);
    if (k) {
      i += (uint32_t)k;
      continue;
    }
    if (*depth == 0 && sep(s, to, i, len)) return i;
    i++;
  }
}

/* Split a list at the top level (outside brackets). With commas_first, a
 * list that has a top-level comma or semicolon splits only there (各办、站、
 * 所，各企事业单位 is two items); otherwise 、 splits too. */
void gw_text_split_list(gw_arena *a, const char *s, size_t n, gw_strvec *out, bool commas_first);

#endif
