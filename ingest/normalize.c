#include "normalize.h"

#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

static void put_byte(gw_textbuf *tb, char c) {
  gw_textbuf_reserve(tb, 1);
  tb->data[tb->len++] = c;
  tb->data[tb->len] = 0;
}

static bool is_dash(uint32_t c) {
  return c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0xFF0D || c == 0x2015 ||
         c == 0x2500;
}

static bool is_page_marker(const char *s, size_t n) {
  /* Markers are short and start with a dash, a digit or 第. */
  if (n == 0 || n > 48) return false;
  unsigned char c0 = (unsigned char)s[0];
  if (!(c0 == '-' || (c0 >= '0' && c0 <= '9') || c0 == 0xE2 || c0 == 0xEF || gw_at(s, n, 0, "第")))
    return false;
  size_t i = 0;
  int dashes = 0, digits = 0, other = 0;
  /* — 16 —, - 3 -, — — — 3 — */
  while (i < n) {
    uint32_t c = gw_utf8_next(s, n, &i);
    if (is_dash(c))
      dashes++;
    else if (c >= '0' && c <= '9')
      digits++;
    else if (c != ' ')
      other++;
  }
  if (!other && digits && digits <= 4 && dashes) return true;
  /* 第 1 页 共 3 页, 第1页 */
  if (gw_at(s, n, 0, "第")) {
    i = 3;
    while (i < n && s[i] == ' ') i++;
    size_t d = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == d) return false;
    while (i < n && s[i] == ' ') i++;
    if (!gw_at(s, n, i, "页")) return false;
    i += 3;
    while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '/')) i++;
    if (i == n) return true;
    if (gw_at(s, n, i, "，")) i += 3;
    if (!gw_at(s, n, i, "共")) return false;
    i += 3;
    while (i < n && s[i] == ' ') i++;
    d = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (i == d) return false;
    while (i < n && s[i] == ' ') i++;
    return gw_at(s, n, i, "页") && i + 3 == n;
  }
  return false;
}

/* Remove "[bookmark: ...]" left by document converters. */
static void drop_bookmarks(gw_textbuf *tb) {
  char *line = tb->data + tb->line_start;
  size_t n = tb->len - tb->line_start;
  size_t at;
  if (!memchr(line, '[', n)) return;
  while ((at = gw_find(line, n, 0, "[bookmark:")) != (size_t)-1) {
    size_t close = gw_find(line, n, at, "]");
    if (close == (size_t)-1) break;
    memmove(line + at, line + close + 1, n - close - 1);
    n -= close + 1 - at;
  }
  tb->len = tb->line_start + n;
  tb->data[tb->len] = 0;
}

static bool han_at(const char *s, size_t n, size_t i) {
  if (i + 3 > n) return false;
  const unsigned char *u = (const unsigned char *)s + i;
  return u[0] >= 0xE4 && u[0] <= 0xE9 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80;
}

/* 区 交 通 运 输 局 负 责: text spaced out one character at a time (PDF
 * justification, emphasis) is read as written without the spaces. Only runs
 * of three Han characters or more, each next one after exactly one space:
 * two words with a space between (区应急局 区公安局) stay apart. */
static void join_letter_spacing(gw_textbuf *tb) {
  char *line = tb->data + tb->line_start;
  size_t n = tb->len - tb->line_start;
  /* Most lines have no such run: look for 字 字 字 around each space first,
   * and rewrite the line only from there. */
  size_t first = n;
  for (const char *sp = memchr(line, ' ', n); sp;
       sp = memchr(sp + 1, ' ', n - (size_t)(sp + 1 - line))) {
    size_t p = (size_t)(sp - line);
    if (p >= 3 && han_at(line, n, p - 3) && han_at(line, n, p + 1) && p + 4 < n &&
        line[p + 4] == ' ' && han_at(line, n, p + 5)) {
      first = p - 3;
      while (first >= 4 && line[first - 1] == ' ' && han_at(line, n, first - 4)) first -= 4;
      break;
    }
  }
  if (first == n) return;
  size_t out = first;
  for (size_t i = first; i < n;) {
    if (han_at(line, n, i) && han_at(line, n, i + 4) && line[i + 3] == ' ' &&
        !(i >= 3 && han_at(line, n, i - 3))) {
      /* count the spaced run from here */
      size_t j = i, chars = 1;
      while (j + 4 < n && line[j + 3] == ' ' && han_at(line, n, j + 4) && !han_at(line, n, j + 7))
        j += 4, chars++;
      if (line[j + 3] == ' ' && han_at(line, n, j + 4)) j += 4, chars++; /* the run's last */
      if (chars >= 3) {
        for (size_t k = i; k <= j; k += 4) {
          memmove(line + out, line + k, 3);
          out += 3;
        }
        i = j + 3;
        continue;
      }
    }
    line[out++] = line[i++];
  }
  tb->len = tb->line_start + out;
  tb->data[tb->len] = 0;
}

bool gw_textbuf_end_line(gw_textbuf *tb) {
  if (!tb->data) gw_textbuf_reserve(tb, 1);
  drop_bookmarks(tb);
  join_letter_spacing(tb);
  /* Trim trailing blanks, but keep a tab that opens the line: in text
   * converted from Word, "\t" alone is an empty table cell. */
  size_t keep = tb->line_start + (tb->len > tb->line_start && tb->data[tb->line_start] == '\t');
  while (tb->len > keep && (tb->data[tb->len - 1] == ' ' || tb->data[tb->len - 1] == '\t'))
    tb->len--;
  tb->data[tb->len] = 0;
  const char *line = tb->data + tb->line_start;
  size_t n = tb->len - tb->line_start;
  size_t lead = 0;
  while (lead < n && line[lead] == ' ') lead++;
  if (n && is_page_marker(line + lead, n - lead)) {
    tb->len = tb->line_start;
    tb->data[tb->len] = 0;
    return false;
  }
  if (tb->max_line && n > tb->max_line) tb->too_long = 1;
  put_byte(tb, '\n');
  tb->line_start = tb->len;
  return true;
}

/* The 214 Kangxi radicals (U+2F00-U+2FD5), which PDF converters put in for
 * ordinary characters (⼀ for 一, ⽉ for 月): their NFKC forms, from Python's
 * unicodedata. */
static const uint16_t KANGXI[214] = {
    0x4E00, 0x4E28, 0x4E36, 0x4E3F, 0x4E59, 0x4E85, 0x4E8C, 0x4EA0, 0x4EBA, 0x513F, 0x5165, 0x516B,
    0x5182, 0x5196, 0x51AB, 0x51E0, 0x51F5, 0x5200, 0x529B, 0x52F9, 0x5315, 0x531A, 0x5338, 0x5341,
    0x535C, 0x5369, 0x5382, 0x53B6, 0x53C8, 0x53E3, 0x56D7, 0x571F, 0x58EB, 0x5902, 0x590A, 0x5915,
    0x5927, 0x5973, 0x5B50, 0x5B80, 0x5BF8, 0x5C0F, 0x5C22, 0x5C38, 0x5C6E, 0x5C71, 0x5DDB, 0x5DE5,
    0x5DF1, 0x5DFE, 0x5E72, 0x5E7A, 0x5E7F, 0x5EF4, 0x5EFE, 0x5F0B, 0x5F13, 0x5F50, 0x5F61, 0x5F73,
    0x5FC3, 0x6208, 0x6236, 0x624B, 0x652F, 0x6534, 0x6587, 0x6597, 0x65A4, 0x65B9, 0x65E0, 0x65E5,
    0x66F0, 0x6708, 0x6728, 0x6B20, 0x6B62, 0x6B79, 0x6BB3, 0x6BCB, 0x6BD4, 0x6BDB, 0x6C0F, 0x6C14,
    0x6C34, 0x706B, 0x722A, 0x7236, 0x723B, 0x723F, 0x7247, 0x7259, 0x725B, 0x72AC, 0x7384, 0x7389,
    0x74DC, 0x74E6, 0x7518, 0x751F, 0x7528, 0x7530, 0x758B, 0x7592, 0x7676, 0x767D, 0x76AE, 0x76BF,
    0x76EE, 0x77DB, 0x77E2, 0x77F3, 0x793A, 0x79B8, 0x79BE, 0x7A74, 0x7ACB, 0x7AF9, 0x7C73, 0x7CF8,
    0x7F36, 0x7F51, 0x7F8A, 0x7FBD, 0x8001, 0x800C, 0x8012, 0x8033, 0x807F, 0x8089, 0x81E3, 0x81EA,
    0x81F3, 0x81FC, 0x820C, 0x821B, 0x821F, 0x826E, 0x8272, 0x8278, 0x864D, 0x866B, 0x8840, 0x884C,
    0x8863, 0x897E, 0x898B, 0x89D2, 0x8A00, 0x8C37, 0x8C46, 0x8C55, 0x8C78, 0x8C9D, 0x8D64, 0x8D70,
    0x8DB3, 0x8EAB, 0x8ECA, 0x8F9B, 0x8FB0, 0x8FB5, 0x9091, 0x9149, 0x91C6, 0x91CC, 0x91D1, 0x9577,
    0x9580, 0x961C, 0x96B6, 0x96B9, 0x96E8, 0x9751, 0x975E, 0x9762, 0x9769, 0x97CB, 0x97ED, 0x97F3,
    0x9801, 0x98A8, 0x98DB, 0x98DF, 0x9996, 0x9999, 0x99AC, 0x9AA8, 0x9AD8, 0x9ADF, 0x9B25, 0x9B2F,
    0x9B32, 0x9B3C, 0x9B5A, 0x9CE5, 0x9E75, 0x9E7F, 0x9EA5, 0x9EBB, 0x9EC3, 0x9ECD, 0x9ED1, 0x9EF9,
    0x9EFD, 0x9F0E, 0x9F13, 0x9F20, 0x9F3B, 0x9F4A, 0x9F52, 0x9F8D, 0x9F9C, 0x9FA0,
};

/* A three-byte character (valid UTF-8, lead E0-EF) that the switch below
 * leaves as it is: all but spaces and invisibles in U+2000-U+2060, the
 * Kangxi radicals, U+3000, U+FEFF and the full-width digits, letters and
 * per cent sign. */
static bool unchanged3(const unsigned char *p) {
  switch (p[0]) {
  case 0xE2:
    if (p[1] == 0x80) return !(p[2] <= 0x8D || p[2] == 0xA8 || p[2] == 0xA9 || p[2] == 0xAF);
    if (p[1] == 0x81) return !(p[2] == 0x9F || p[2] == 0xA0);
    if (p[1] >= 0xBC && p[1] <= 0xBE) return false; /* Kangxi radicals */
    if (p[1] == 0xBF) return p[2] > 0x95;
    return true;
  case 0xE3:
    return !(p[1] == 0x80 && p[2] == 0x80);
  case 0xEF:
    if (p[1] == 0xBB) return p[2] != 0xBF;
    if (p[1] == 0xBC)
      return !(p[2] == 0x85 || (p[2] >= 0x90 && p[2] <= 0x99) || (p[2] >= 0xA1 && p[2] <= 0xBA));
    if (p[1] == 0xBD) return !(p[2] >= 0x81 && p[2] <= 0x9A);
    return true;
  default:
    return true;
  }
}

/* Bytes that may start a character normalization changes: C0 controls and
 * DEL, and the lead bytes C2 (U+0080-U+00BF), E2 (U+2000-U+2FFF), E3
 * (U+3000-U+3FFF) and EF (U+F000-U+FFFF). Every other byte is copied as it
 * is: ASCII, continuation bytes, and the leads of Han characters. */
static bool may_change(unsigned char c) {
  return c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xEF;
}

/* Length of the prefix of s[0..n) with no byte that may start a change:
 * sixteen bytes at a time with SSE2. */
static size_t unchanged_run(const char *s, size_t n) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i below_space = _mm_set1_epi8(0x1F), one = _mm_set1_epi8(1);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i hit = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F))),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC2)),
                                  _mm_cmpeq_epi8(_mm_or_si128(v, one), _mm_set1_epi8((char)0xE3))),
                     _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xEF))));
    unsigned mask = (unsigned)_mm_movemask_epi8(hit);
    if (mask) return i + (unsigned)__builtin_ctz(mask);
  }
#endif
  while (i < n && !may_change((unsigned char)s[i])) i++;
  return i;
}

/* Write the normalized form of the character at s[i], which may change;
 * returns the index after it. */
static size_t change(gw_textbuf *tb, const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c == '\n' || c == '\f') {
    /* A form feed that opens a line is a page break, no empty line. */
    if (c == '\n' || tb->len > tb->line_start) gw_textbuf_end_line(tb);
    return i + 1;
  }
  if (c == '\r') {
    gw_textbuf_end_line(tb);
    return i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
  }
  if (c == '\t') {
    put_byte(tb, '\t');
    return i + 1;
  }
  if (c < 0x80) return i + 1; /* other controls */
  size_t k = i;
  uint32_t cp = gw_utf8_next(s, n, &k);
  char enc[4];
  size_t el = 0;
  if (cp == 0x3000 || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
      cp == 0x205F) {
    enc[0] = ' ';
    el = 1;
  } else if ((cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0xAD ||
             (cp >= 0x80 && cp < 0xA0)) {
    el = 0;
  } else if (cp == 0x2028 || cp == 0x2029) {
    gw_textbuf_end_line(tb);
    return k;
  } else if (cp >= 0xFF10 && cp <= 0xFF19) {
    enc[0] = (char)('0' + (cp - 0xFF10));
    el = 1;
  } else if (cp >= 0xFF21 && cp <= 0xFF3A) {
    enc[0] = (char)('A' + (cp - 0xFF21));
    el = 1;
  } else if (cp >= 0xFF41 && cp <= 0xFF5A) {
    enc[0] = (char)('a' + (cp - 0xFF41));
    el = 1;
  } else if (cp == 0xFF05) {
    enc[0] = '%';
    el = 1;
  } else if (cp >= 0x2F00 && cp <= 0x2FD5) {
    el = gw_utf8_encode(KANGXI[cp - 0x2F00], enc);
  } else {
    el = gw_utf8_encode(cp, enc);
  }
  if (el) gw_textbuf_put(tb, enc, el);
  return k;
}

void gw_normalize_append(gw_textbuf *tb, const char *s, size_t n) {
  gw_textbuf_reserve(tb, n);
  /* s[start..i) is unchanged and not copied yet: copied at the next change. */
  size_t start = 0, i = 0;
  for (;;) {
    i += unchanged_run(s + i, n - i);
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i];
    /* Most CJK punctuation (，。、：（）“”) stays as it is. */
    if ((c & 0xF0) == 0xE0 && i + 3 <= n && unchanged3((const unsigned char *)s + i)) {
      i += 3;
      continue;
    }
    if (i > start) gw_textbuf_put(tb, s + start, i - start);
    i = change(tb, s, n, i);
    start = i;
  }
  if (n > start) gw_textbuf_put(tb, s + start, n - start);
}
