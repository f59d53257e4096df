#include "utf8.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

uint32_t gw_utf8_prev(const char *s, size_t *i) {
  const unsigned char *u = (const unsigned char *)s;
  size_t k = *i;
  if (k == 0) return 0;
  size_t start = k - 1;
  while (start > 0 && (u[start] & 0xC0) == 0x80 && k - start < 4) start--;
  size_t j = start;
  uint32_t c = gw_utf8_next(s, k, &j);
  *i = start;
  return c;
}

size_t gw_utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

#ifdef __SSE2__
/* Do p[0..15) hold five three-byte characters whose leads are E1-EC or
 * EE-EF (no overlong or surrogate range to check): leads at bytes 0, 3, 6,
 * 9, 12 and continuation bytes between? p[15] is read, not judged. */
static inline bool five_plain_3byte(const unsigned char *p) {
  __m128i v = _mm_loadu_si128((const __m128i *)p);
  /* as signed bytes, continuation bytes 0x80-0xBF are those below -64 */
  unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64)));
  /* leads: v - 0xE1 is 0..14 as an unsigned byte, and v is not ED */
  __m128i x = _mm_sub_epi8(v, _mm_set1_epi8((char)0xE1));
  __m128i in_range = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(14)), x);
  unsigned lead = (unsigned)_mm_movemask_epi8(
      _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)), in_range));
  return (lead & 0x7FFF) == 0x1249 && (cont & 0x7FFF) == 0x6DB6;
}
#endif

size_t gw_utf8_valid_prefix(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    unsigned c = u[i];
    if (c < 0x80) {
      /* ASCII: eight bytes at a time while it lasts. */
      i++;
      while (i + 8 <= len) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        if (w & 0x8080808080808080ULL) break;
        i += 8;
      }
      continue;
    }
    if (c >= 0xE1 && c <= 0xEF && c != 0xED) {
#ifdef __SSE2__
      /* Five such characters at a time while they last: leads E1-EC or
       * EE-EF at bytes 0, 3, 6, 9, 12, continuation bytes between. */
      while (i + 16 <= len && five_plain_3byte(u + i)) i += 15;
      if (i >= len) break;
      c = u[i];
      if (!(c >= 0xE1 && c <= 0xEF && c != 0xED)) continue;
#endif
      /* Three bytes without range exceptions: nearly every Han character
       * and full-width punctuation mark. */
      if (i + 2 >= len || ((u[i + 1] ^ 0x80) | (u[i + 2] ^ 0x80)) >= 0x40) return i;
      i += 3;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (i + 1 >= len || (u[i + 1] & 0xC0) != 0x80) return i;
      i += 2;
    } else if (c == 0xE0 || c == 0xED) {
      if (i + 2 >= len || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80) return i;
      if (c == 0xE0 && u[i + 1] < 0xA0) return i;  /* overlong */
      if (c == 0xED && u[i + 1] >= 0xA0) return i; /* surrogate */
      i += 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (i + 3 >= len || (u[i + 1] & 0xC0) != 0x80 || (u[i + 2] & 0xC0) != 0x80 ||
          (u[i + 3] & 0xC0) != 0x80)
        return i;
      if (c == 0xF0 && u[i + 1] < 0x90) return i;
      if (c == 0xF4 && u[i + 1] >= 0x90) return i;
      i += 4;
    } else {
      return i;
    }
  }
  return len;
}

size_t gw_utf8_count(const char *s, size_t len) {
  /* Code points = bytes that are not continuation bytes (10xxxxxx); eight
   * bytes at a time. */
  size_t cont = 0, i = 0;
#ifdef __SSE2__
  /* Sixteen at a time: as signed bytes, continuation bytes are those below
   * -64 (0x80-0xBF); per-byte counts are summed every 255 blocks at most. */
  const __m128i below = _mm_set1_epi8(-64), zero = _mm_setzero_si128();
  while (i + 16 <= len) {
    size_t blocks = (len - i) / 16;
    if (blocks > 255) blocks = 255;
    __m128i acc = zero;
    for (size_t b = 0; b < blocks; b++, i += 16)
      acc = _mm_sub_epi8(acc, _mm_cmplt_epi8(_mm_loadu_si128((const __m128i *)(s + i)), below));
    __m128i sums = _mm_sad_epu8(acc, zero);
    cont +=
        (size_t)_mm_cvtsi128_si64(sums) + (size_t)_mm_cvtsi128_si64(_mm_unpackhi_epi64(sums, sums));
  }
#endif
  for (; i + 8 <= len; i += 8) {
    uint64_t w;
    memcpy(&w, s + i, 8);
    uint64_t t = (w & ~(w << 1) & 0x8080808080808080ULL) >> 7;
    /* one bit per byte: summing the bytes counts them (no POPCNT needed) */
    cont += (size_t)((t * 0x0101010101010101ULL) >> 56);
  }
  for (; i < len; i++) cont += ((unsigned char)s[i] & 0xC0) == 0x80;
  return len - cont;
}

void gw_cpindex_build(gw_cpindex *ix, gw_arena *a, const char *text, size_t len) {
  size_t n = len / GW_CP_STRIDE + 1;
  ix->text = text;
  ix->len = len;
  ix->marks = gw_arena_alloc(a, n * sizeof *ix->marks);
  uint32_t count = 0;
  for (size_t k = 0; k < n; k++) {
    ix->marks[k] = count;
    size_t from = k * GW_CP_STRIDE, to = from + GW_CP_STRIDE;
    if (to > len) to = len;
    count += (uint32_t)gw_utf8_count(text + from, to - from);
  }
}

uint32_t gw_cpindex_offset(const gw_cpindex *ix, size_t byte_off) {
  if (byte_off > ix->len) byte_off = ix->len;
  size_t k = byte_off / GW_CP_STRIDE;
  size_t from = k * GW_CP_STRIDE;
  return ix->marks[k] + (uint32_t)gw_utf8_count(ix->text + from, byte_off - from);
}

/* Needles here are a few characters long and haystacks a clause or a
 * paragraph, too short for memmem's table set-up to pay off. Candidates are
 * positions where the needle's first and last bytes both match (sixteen at a
 * time with SSE2): in Chinese text the first byte of a character is shared
 * by thousands of characters, the last byte by about one in sixty-four. */
size_t gw_find_n(const char *s, size_t len, size_t from, const char *lit, size_t m) {
  if (from >= len || m > len - from) return (size_t)-1;
  if (m == 0) return from;
  if (m == 1) {
    const char *p = memchr(s + from, lit[0], len - from);
    return p ? (size_t)(p - s) : (size_t)-1;
  }
  const char first = lit[0], last = lit[m - 1];
  size_t end = len - m; /* last possible start */
  size_t i = from;
#ifdef __SSE2__
  const __m128i vf = _mm_set1_epi8(first), vl = _mm_set1_epi8(last);
  if (end + 1 - from >= 16) {
    /* Sixteen starts at a time; the last block overlaps the one before,
     * with the starts already seen masked off. */
    for (;;) {
      size_t at = i + 16 <= end + 1 ? i : end + 1 - 16;
      __m128i a = _mm_loadu_si128((const __m128i *)(s + at));
      __m128i b = _mm_loadu_si128((const __m128i *)(s + at + m - 1));
      unsigned mask =
          (unsigned)_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(a, vf), _mm_cmpeq_epi8(b, vl)));
      mask &= 0xFFFFu << (i - at);
      while (mask) {
        unsigned bit = (unsigned)__builtin_ctz(mask);
        if (memcmp(s + at + bit + 1, lit + 1, m - 2) == 0) return at + bit;
        mask &= mask - 1;
      }
      if (at + 16 > end) return (size_t)-1;
      i = at + 16;
    }
  }
#endif
  for (; i <= end; i++)
    if (s[i] == first && s[i + m - 1] == last && memcmp(s + i + 1, lit + 1, m - 2) == 0) return i;
  return (size_t)-1;
}
