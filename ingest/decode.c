#include "decode.h"

#include <stdbool.h>
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include "../core/err.h"

/* A converted text may keep at most one bad sequence in this many bytes. */
enum { BAD_RATIO = 200 };

typedef struct bad_count {
  size_t count;
} bad_count;

static void count_and_substitute(const void *context, UConverterToUnicodeArgs *args,
                                 const char *units, int32_t length, UConverterCallbackReason reason,
                                 UErrorCode *status) {
  bad_count *bad = (bad_count *)context;
  if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) {
    bad->count++;
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, units, length, reason, status);
}

/* Binary data: NUL bytes or many C0 controls other than tab/newline/FF. */
static int looks_binary(const unsigned char *p, size_t len, size_t *where) {
  size_t controls = 0;
  for (size_t i = 0; i < len; i++) {
    /* Skip eight bytes at a time while none is below 0x20. */
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      if ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= len) break;
    unsigned c = p[i];
    if (c == 0) {
      *where = i;
      return 1;
    }
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
      if (controls++ == 0) *where = i;
    }
  }
  return controls * 100 > len + 50;
}

static gw_status convert(gw_doc *doc, const char *charset, const char *data, size_t len, char **out,
                         size_t *out_len, size_t *bad, gw_error *err) {
  /* One UChar per input byte is enough for every supported charset (4-byte
   * GB18030 sequences become 2 UChars, UTF-16 halves the count). The buffer
   * comes first: the arena may jump out, and the converter must not leak. */
  size_t cap16 = len + 2;
  if (cap16 > INT32_MAX / 4) return gw_fail(err, GW_ERR_LIMIT, "text too large to convert");
  UChar *u16 = gw_arena_alloc(doc->arena, cap16 * sizeof(UChar));
  UErrorCode st = U_ZERO_ERROR;
  UConverter *cv = ucnv_open(charset, &st);
  if (U_FAILURE(st))
    return gw_fail(err, GW_ERR_INTERNAL, "ICU cannot open the %s converter: %s", charset,
                   u_errorName(st));
  bad_count count = {0};
  ucnv_setToUCallBack(cv, count_and_substitute, &count, NULL, NULL, &st);
  int32_t n16 = ucnv_toUChars(cv, u16, (int32_t)cap16, data, (int32_t)len, &st);
  ucnv_close(cv);
  if (U_FAILURE(st))
    return gw_fail(err, GW_ERR_ENCODING, "cannot decode as %s: %s", charset, u_errorName(st));
  size_t cap8 = (size_t)n16 * 3 + 1;
  char *u8 = gw_arena_alloc(doc->arena, cap8);
  int32_t n8 = 0;
  st = U_ZERO_ERROR;
  u_strToUTF8WithSub(u8, (int32_t)cap8, &n8, u16, n16, 0xFFFD, NULL, &st);
  if (U_FAILURE(st))
    return gw_fail(err, GW_ERR_ENCODING, "cannot re-encode %s text as UTF-8: %s", charset,
                   u_errorName(st));
  *out = u8;
  *out_len = (size_t)n8;
  *bad = count.count;
  return GW_OK;
}

/* Is this high byte of a UTF-16 unit one that Chinese text uses: ASCII
 * (0x00), CJK punctuation (0x30), Han (0x4E-0x9F), full-width forms (0xFF)? */
static bool cjk_high(unsigned char h) {
  return h == 0 || h == 0x30 || (h >= 0x4E && h <= 0x9F) || h == 0xFF;
}

/* UTF-16 without a BOM: almost every unit's high byte is one Chinese text
 * uses (ASCII gives NULs, Han characters 0x4E-0x9F). */
static const char *sniff_utf16(const unsigned char *p, size_t len) {
  if (len < 4 || len % 2) return NULL;
  size_t n = len < 8192 ? len : 8192, pairs = n / 2;
  size_t le = 0, be = 0;
  for (size_t i = 0; i + 1 < n; i += 2) {
    if (!p[i] && !p[i + 1]) continue; /* U+0000 fits neither */
    le += cjk_high(p[i + 1]);
    be += cjk_high(p[i]);
  }
  /* one order fits nearly every unit, the other does not */
  if (le * 10 >= pairs * 9 && be * 2 < pairs) return "UTF-16LE";
  if (be * 10 >= pairs * 9 && le * 2 < pairs) return "UTF-16BE";
  return NULL;
}

/* Most multi-byte sequences are valid UTF-8: at most one bad sequence per
 * twenty good ones. */
static bool mostly_utf8(const unsigned char *p, size_t len) {
  size_t good = 0, bad = 0, i = 0;
  while (i < len) {
    if (p[i] < 0x80) {
      i++;
      continue;
    }
    size_t v = gw_utf8_valid_prefix((const char *)p + i, len - i < 4 ? len - i : 4);
    if (v) { /* one valid multi-byte character */
      size_t k = i;
      gw_utf8_next((const char *)p, len, &k);
      good++;
      i = k;
    } else {
      bad++;
      i++;
    }
  }
  return good >= 20 * bad && good > 0;
}

gw_status gw_decode_text(gw_doc *doc, const char *data, size_t len, char **out, size_t *out_len,
                         const char **encoding, gw_error *err) {
  const unsigned char *p = (const unsigned char *)data;
  const char *charset = NULL, *enc = NULL;
  size_t skip = 0;
  size_t valid = (size_t)-1; /* valid UTF-8 prefix of data[skip..], once known */
  if (len >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
    enc = "UTF-8 (BOM)";
    skip = 3;
  } else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
    charset = enc = "UTF-16LE";
    skip = 2;
  } else if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
    charset = enc = "UTF-16BE";
    skip = 2;
  } else if ((valid = gw_utf8_valid_prefix(data, len)) != len && (charset = sniff_utf16(p, len))) {
    /* Valid UTF-8 is UTF-8 (English letters would pass for UTF-16 high
     * bytes); otherwise a BOM-less UTF-16 text is told by its bytes. */
    enc = charset;
  }
  data += skip;
  len -= skip;
  p += skip;
  if (!charset) {
    size_t where = 0;
    if (looks_binary(p, len, &where))
      return gw_fail(err, GW_ERR_FORMAT,
                     "binary data, not a text notice (control byte 0x%02X at offset %zu)", p[where],
                     where + skip);
    if (valid == (size_t)-1) valid = gw_utf8_valid_prefix(data, len);
    if (valid == len) {
      *encoding = enc ? enc : "UTF-8";
      *out = (char *)data;
      *out_len = len;
      return GW_OK;
    }
    /* UTF-8 with a few damaged sequences (a cut character, a stray byte)
     * is still UTF-8; GBK text almost never forms valid UTF-8. */
    if (skip || mostly_utf8(p, len)) {
      charset = "UTF-8";
      if (!enc) enc = "UTF-8";
    } else {
      charset = enc = "GB18030";
    }
  }
  *encoding = enc;
  size_t bad = 0;
  gw_status st = convert(doc, charset, data, len, out, out_len, &bad, err);
  if (st != GW_OK) return st;
  if (bad && bad * BAD_RATIO > len + BAD_RATIO) {
    size_t first = gw_utf8_valid_prefix(data, len);
    return gw_fail(err, GW_ERR_ENCODING,
                   "not text in UTF-8, UTF-16 or GB18030: %zu invalid byte sequences "
                   "(first bad UTF-8 byte at offset %zu)",
                   bad, first + skip);
  }
  if (bad)
    gw_doc_warn(doc, "%zu invalid byte sequence%s in %s text replaced by U+FFFD", bad,
                bad == 1 ? "" : "s", charset);
  return GW_OK;
}
