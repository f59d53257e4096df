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

#endif
