#include "numfmt.h"

#include <stdio.h>
#include <string.h>

static void put(gw_textbuf *out, const char *s) {
  gw_textbuf_put(out, s, strlen(s));
}

static void put_cp(gw_textbuf *out, uint32_t cp) {
  char enc[4];
  gw_textbuf_put(out, enc, gw_utf8_encode(cp, enc));
}

static void decimal(long v, gw_textbuf *out) {
  char buf[32];
  snprintf(buf, sizeof buf, "%ld", v);
  put(out, buf);
}

typedef struct numerals {
  const char *digit[10]; /* digit[0] is the 零 written between non-zero digits */
  const char *zero;      /* the number 0 on its own */
  const char *unit[4];   /* "", 十, 百, 千 */
  const char *wan;       /* 万 */
  bool short_ten;        /* 10-19 as 十, 十一 rather than 一十 */
} numerals;

static const numerals counting = {{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
                                  "〇",
                                  {"", "十", "百", "千"},
                                  "万",
                                  true};
static const numerals legal_simplified = {
    {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
    "零",
    {"", "拾", "佰", "仟"},
    "万",
    false};
static const numerals legal_traditional = {
    {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
    "零",
    {"", "拾", "佰", "仟"},
    "萬",
    false};

/* 1..9999; `lead` when nothing was written before (for the short ten). */
static void section(const numerals *n, long v, bool lead, gw_textbuf *out) {
  int d[4] = {(int)(v / 1000), (int)(v / 100 % 10), (int)(v / 10 % 10), (int)(v % 10)};
  bool started = false, zero = false;
  for (int i = 0; i < 4; i++) {
    if (!d[i]) {
      zero = started;
      continue;
    }
    if (zero) put(out, n->digit[0]);
    zero = false;
    if (!(n->short_ten && lead && !started && i == 2 && d[i] == 1)) put(out, n->digit[d[i]]);
    put(out, n->unit[3 - i]);
    started = true;
  }
}

static void chinese(const numerals *n, long v, gw_textbuf *out) {
  if (v == 0) {
    put(out, n->zero);
    return;
  }
  if (v >= 10000) {
    section(n, v / 10000, true, out);
    put(out, n->wan);
    v %= 10000;
    if (!v) return;
    if (v < 1000) put(out, n->digit[0]);
    section(n, v, false, out);
    return;
  }
  section(n, v, true, out);
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
    for (; v >= r[i].value; v -= r[i].value) put(out, upper ? r[i].up : r[i].low);
}

/* Word's letters: A..Z, then AA..ZZ, AAA... */
static void letters(long v, char first, gw_textbuf *out) {
  char c = (char)(first + (v - 1) % 26);
  for (long k = 0; k <= (v - 1) / 26; k++) gw_textbuf_put(out, &c, 1);
}

static void cycle(const char *const *names, long count, long v, gw_textbuf *out) {
  put(out, names[(v - 1) % count]);
}

static void digits(long v, gw_textbuf *out) {
  char buf[32];
  snprintf(buf, sizeof buf, "%ld", v);
  for (const char *p = buf; *p; p++) put(out, *p == '0' ? "〇" : counting.digit[*p - '0']);
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
    if (v >= 0 && v < 10) put(out, "0");
    decimal(v, out);
  } else if ((is(fmt, "upperRoman") || is(fmt, "lowerRoman")) && positive && v < 4000) {
    roman(v, fmt[0] == 'u', out);
  } else if ((is(fmt, "upperLetter") || is(fmt, "lowerLetter")) && positive && v <= 26 * 20) {
    letters(v, fmt[0] == 'u' ? 'A' : 'a', out);
  } else if ((is(fmt, "chineseCounting") || is(fmt, "chineseCountingThousand") ||
              is(fmt, "taiwaneseCounting") || is(fmt, "taiwaneseCountingThousand") ||
              is(fmt, "japaneseCounting")) &&
             v >= 0 && v < 100000000) {
    chinese(&counting, v, out);
  } else if (is(fmt, "chineseLegalSimplified") && v >= 0 && v < 100000000) {
    chinese(&legal_simplified, v, out);
  } else if (is(fmt, "ideographLegalTraditional") && v >= 0 && v < 100000000) {
    chinese(&legal_traditional, v, out);
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
