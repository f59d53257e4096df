#include "cnnum.h"

#include <string.h>

#include "utf8.h"

int gw_cn_digit_value(uint32_t cp) {
  switch (cp) {
  case 0x3007: /* 〇 */
  case 0x96F6: /* 零 */
    return 0;
  case 0x4E00:
    return 1; /* 一 */
  case 0x4E8C:
    return 2; /* 二 */
  case 0x4E24:
    return 2; /* 两 */
  case 0x4E09:
    return 3; /* 三 */
  case 0x56DB:
    return 4; /* 四 */
  case 0x4E94:
    return 5; /* 五 */
  case 0x516D:
    return 6; /* 六 */
  case 0x4E03:
    return 7; /* 七 */
  case 0x516B:
    return 8; /* 八 */
  case 0x4E5D:
    return 9; /* 九 */
  default:
    return -1;
  }
}

static int unit_value(uint32_t cp) {
  switch (cp) {
  case 0x5341:
    return 10; /* 十 */
  case 0x767E:
    return 100; /* 百 */
  case 0x5343:
    return 1000; /* 千 */
  default:
    return 0;
  }
}

bool gw_cn_digit_char(uint32_t cp) {
  return gw_cn_digit_value(cp) >= 0 || unit_value(cp) > 0;
}

size_t gw_cn_number_at(const char *s, size_t len, size_t i, int *value) {
  size_t end = i;
  uint32_t cps[16];
  size_t n = 0;
  while (end < len && n < 16) {
    size_t k = end;
    uint32_t cp = gw_utf8_next(s, len, &k);
    if (!gw_cn_digit_char(cp)) break;
    cps[n++] = cp;
    end = k;
  }
  if (n == 0) return 0;
  bool positional = false;
  for (size_t k = 0; k < n; k++)
    if (unit_value(cps[k])) positional = true;
  long total = 0;
  if (!positional) {
    /* 二〇二一: digit by digit. */
    for (size_t k = 0; k < n; k++) total = total * 10 + gw_cn_digit_value(cps[k]);
  } else {
    long section = 0;
    int pending = -1;
    for (size_t k = 0; k < n; k++) {
      int u = unit_value(cps[k]);
      if (u) {
        section += (pending < 0 ? 1 : pending) * u;
        pending = -1;
      } else {
        int d = gw_cn_digit_value(cps[k]);
        if (d == 0) {
          pending = -1;
        } else {
          if (pending >= 0) return 0; /* two digits in a row inside 十/百 form */
          pending = d;
        }
      }
    }
    if (pending > 0) section += pending;
    total = section;
  }
  if (total > 99999) return 0;
  *value = (int)total;
  return end - i;
}

size_t gw_arabic_number_at(const char *s, size_t len, size_t i, int *value) {
  size_t k = i;
  long v = 0;
  while (k < len && s[k] >= '0' && s[k] <= '9' && k - i < 6) {
    v = v * 10 + (s[k] - '0');
    k++;
  }
  if (k == i || (k < len && s[k] >= '0' && s[k] <= '9')) return 0;
  if (v > 99999) return 0;
  *value = (int)v;
  return k - i;
}

size_t gw_number_at(const char *s, size_t len, size_t i, int *value) {
  size_t n = gw_arabic_number_at(s, len, i, value);
  if (n) return n;
  return gw_cn_number_at(s, len, i, value);
}

/* ---- writing numbers ---- */

const gw_cn_numerals gw_cn_counting = {{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"},
                                       "〇",
                                       {"", "十", "百", "千"},
                                       "万",
                                       true};
const gw_cn_numerals gw_cn_legal_simplified = {
    {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"},
    "零",
    {"", "拾", "佰", "仟"},
    "万",
    false};
const gw_cn_numerals gw_cn_legal_traditional = {
    {"零", "壹", "貳", "參", "肆", "伍", "陸", "柒", "捌", "玖"},
    "零",
    {"", "拾", "佰", "仟"},
    "萬",
    false};

static size_t cat(char *buf, size_t len, const char *s) {
  size_t n = strlen(s);
  memcpy(buf + len, s, n + 1);
  return len + n;
}

/* 1..9999 after `len` bytes; `lead` when nothing was written before (for
 * the short ten). */
static size_t section(const gw_cn_numerals *n, long v, bool lead, char *buf, size_t len) {
  int d[4] = {(int)(v / 1000), (int)(v / 100 % 10), (int)(v / 10 % 10), (int)(v % 10)};
  bool started = false, zero = false;
  for (int i = 0; i < 4; i++) {
    if (!d[i]) {
      zero = started;
      continue;
    }
    if (zero) len = cat(buf, len, n->digit[0]);
    zero = false;
    if (!(n->short_ten && lead && !started && i == 2 && d[i] == 1))
      len = cat(buf, len, n->digit[d[i]]);
    len = cat(buf, len, n->unit[3 - i]);
    started = true;
  }
  return len;
}

size_t gw_cn_format(const gw_cn_numerals *n, long v, char buf[GW_NUMBER_MAX]) {
  buf[0] = 0;
  if (v <= 0 || v >= 100000000) return cat(buf, 0, n->zero);
  if (v < 10000) return section(n, v, true, buf, 0);
  size_t len = cat(buf, section(n, v / 10000, true, buf, 0), n->wan);
  v %= 10000;
  if (!v) return len;
  if (v < 1000) len = cat(buf, len, n->digit[0]);
  return section(n, v, false, buf, len);
}

size_t gw_format_decimal(long v, char buf[GW_NUMBER_MAX]) {
  char tmp[24];
  size_t i = sizeof tmp, len = 0;
  /* through unsigned, so that LONG_MIN negates */
  unsigned long u = v < 0 ? 0UL - (unsigned long)v : (unsigned long)v;
  do {
    tmp[--i] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) buf[len++] = '-';
  memcpy(buf + len, tmp + i, sizeof tmp - i);
  len += sizeof tmp - i;
  buf[len] = 0;
  return len;
}
