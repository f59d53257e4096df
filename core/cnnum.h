/* Numbers written with Chinese numerals (十二, 二〇二一, 三十一) or Arabic
 * digits, as they appear in numbering labels and dates. */
#ifndef GW_CNNUM_H
#define GW_CNNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The value of a Chinese digit (〇 零 → 0, 一 … 九, 两 → 2), or -1. */
int gw_cn_digit_value(uint32_t cp);

/* Is cp a Chinese numeral character (〇零一…九十百千两)? */
bool gw_cn_digit_char(uint32_t cp);

/* Parse the longest numeral (Chinese or Arabic, not mixed) at s[i..len).
 * Returns the bytes consumed (0 if none) and stores the value. Values above
 * 99999 are rejected. */
size_t gw_number_at(const char *s, size_t len, size_t i, int *value);

/* Same, Chinese numerals only / Arabic digits only. */
size_t gw_cn_number_at(const char *s, size_t len, size_t i, int *value);
size_t gw_arabic_number_at(const char *s, size_t len, size_t i, int *value);

/* ---- writing numbers ---- */

/* A set of Chinese numerals: 一二三 with 十百千万, or the legal ones. */
typedef struct gw_cn_numerals {
  const char *digit[10]; /* digit[0] is the 零 written between non-zero digits */
  const char *zero;      /* the number 0 on its own */
  const char *unit[4];   /* "", 十, 百, 千 */
  const char *wan;       /* 万 */
  bool short_ten;        /* 10-19 as 十, 十一 rather than 一十 */
} gw_cn_numerals;

extern const gw_cn_numerals gw_cn_counting;          /* 一 十一 一百零一 */
extern const gw_cn_numerals gw_cn_legal_simplified;  /* 壹 壹拾壹 */
extern const gw_cn_numerals gw_cn_legal_traditional; /* 壹 貳 參 萬 */

/* Room for any number gw_cn_format or gw_format_decimal writes. */
#define GW_NUMBER_MAX 64

/* Write v (0 <= v < 100,000,000) in numerals `n` into buf, NUL-terminated;
 * returns the byte length. */
size_t gw_cn_format(const gw_cn_numerals *n, long v, char buf[GW_NUMBER_MAX]);
/* Write v in decimal digits (without printf: it is called per task). */
size_t gw_format_decimal(long v, char buf[GW_NUMBER_MAX]);

#endif
