#include "numfmt.h"

#include <string.h>

#include "../core/cnnum.h"

static void put_cp(gw_textbuf *out, uint32_t cp) {
  char enc[4];
  gw_textbuf_put(out, enc, gw_utf8_encode(cp, enc));
}

static void decimal(long v, gw_textbuf *out) {
  char buf[GW_NUMBER_MAX];
  gw_textbuf_put(out, buf, gw_format_decimal(v, buf));
}

static void chinese(const gw_cn_numerals *n, long v, gw_textbuf *out) {
  char buf[GW_NUMBER_MAX];
  gw_textbuf_put(out, buf, gw_cn_format(n, v, buf));
}

static void roman(long v, bool upper, gw_textbuf *out) {
  static const struct {
    int value;
    const char *up, *low;
  } r[] = {{1000, "M", "m"}, {900, "CM", "cm"}, {500, "D", "d"}, {400, "CD", "cd"},
           {100, "C", "c"},  {90, "XC", "xc"},  {50, "L", "l"},  {40, "XL", "xl"},
           {10, "X", "x"},   {9, "IX", "ix"},   {5, "V", "v"},   {4, "IV", "iv"},
           {1, "I", "i"}};
  for (size_t i = 0; i < sizeof r / sizeof r[0]; i++)
    for (; v >= r[i].value; v -= r[i].value) gw_textbuf_puts(out, upper ? r[i].up : r[i].low);
}

/* Word's letters: A..Z, then AA..ZZ, AAA... */
static void letters(long v, char first, gw_textbuf *out) {
  char c = (char)(first + (v - 1) % 26);
  for (long k = 0; k <= (v - 1) / 26; k++) gw_textbuf_put(out, &c, 1);
}

static void cycle(const char *const *names, long count, long v, gw_textbuf *out) {
  gw_textbuf_puts(out, names[(v - 1) % count]);
}

static void digits(long v, gw_textbuf *out) {
  char buf[GW_NUMBER_MAX];
  gw_format_decimal(v, buf);
  for (const char *p = buf; *p; p++)
    gw_textbuf_puts(out, *p == '0' ? "〇" : gw_cn_counting.digit[*p - '0']);
}

/* Circled numbers 1-50: ①-⑳, ㉑-㉟, ㊱-㊿. */
static void circled(long v, gw_textbuf *out) {
  if (v <= 20)
    put_cp(out, 0x2460 + (uint32_t)(v - 1));
  else if (v <= 35)
    put_cp(out, 0x3251 + (uint32_t)(v - 21));
  else
    put_cp(out, 0x32B1 + (uint32_t)(v - 36));
}

static bool is(const char *fmt, const char *name) {
  return strcmp(fmt, name) == 0;
}

void gw_numfmt_append(const char *fmt, long v, gw_textbuf *out) {
  static const char *const heavenly[] = {"甲", "乙", "丙", "丁", "戊",
                                         "己", "庚", "辛", "壬", "癸"};
  static const char *const zodiac[] = {"子", "丑", "寅", "卯", "辰", "巳",
                                       "午", "未", "申", "酉", "戌", "亥"};
  if (!fmt) fmt = "decimal";
  if (is(fmt, "none") || is(fmt, "bullet")) return;
  bool positive = v >= 1;
  if (is(fmt, "decimalZero")) {
    if (v >= 0 && v < 10) gw_textbuf_puts(out, "0");
    decimal(v, out);
  } else if ((is(fmt, "upperRoman") || is(fmt, "lowerRoman")) && positive && v < 4000) {
    roman(v, fmt[0] == 'u', out);
  } else if ((is(fmt, "upperLetter") || is(fmt, "lowerLetter")) && positive && v <= 26 * 20) {
    letters(v, fmt[0] == 'u' ? 'A' : 'a', out);
  } else if ((is(fmt, "chineseCounting") || is(fmt, "chineseCountingThousand") ||
              is(fmt, "taiwaneseCounting") || is(fmt, "taiwaneseCountingThousand") ||
              is(fmt, "japaneseCounting")) &&
             v >= 0 && v < 100000000) {
    chinese(&gw_cn_counting, v, out);
  } else if (is(fmt, "chineseLegalSimplified") && v >= 0 && v < 100000000) {
    chinese(&gw_cn_legal_simplified, v, out);
  } else if (is(fmt, "ideographLegalTraditional") && v >= 0 && v < 100000000) {
    chinese(&gw_cn_legal_traditional, v, out);
  } else if ((is(fmt, "ideographDigital") || is(fmt, "taiwaneseDigital") ||
              is(fmt, "japaneseDigitalTenThousand")) &&
             v >= 0) {
    digits(v, out);
  } else if (is(fmt, "ideographTraditional") && positive) {
    cycle(heavenly, 10, v, out);
  } else if (is(fmt, "ideographZodiac") && positive) {
    cycle(zodiac, 12, v, out);
  } else if ((is(fmt, "decimalEnclosedCircle") || is(fmt, "decimalEnclosedCircleChinese")) &&
             positive && v <= 50) {
    circled(v, out);
  } else if (is(fmt, "ideographEnclosedCircle") && positive && v <= 10) {
    put_cp(out, 0x3280 + (uint32_t)(v - 1));
  } else if (is(fmt, "decimalEnclosedParen") && positive && v <= 20) {
    put_cp(out, 0x2474 + (uint32_t)(v - 1));
  } else if (is(fmt, "decimalEnclosedFullstop") && positive && v <= 20) {
    put_cp(out, 0x2488 + (uint32_t)(v - 1));
  } else {
    decimal(v, out);
  }
}
