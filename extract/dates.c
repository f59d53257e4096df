#include "dates.h"

#include <string.h>

#include "../core/cnnum.h"
#include "../core/utf8.h"

static size_t spaces(const char *s, size_t n, size_t i) {
  while (i < n && s[i] == ' ') i++;
  return i;
}

size_t gw_parse_year(const char *s, size_t n, size_t i, int *year, int need_nian) {
  int v = 0;
  size_t used = 0;
  if (i < n && s[i] >= '0' && s[i] <= '9') {
    used = gw_arabic_number_at(s, n, i, &v);
    if (used != 4) return 0;
  } else {
    /* 二〇二一: four digit characters, no 十. */
    size_t k = i;
    int digits = 0;
    while (k < n && digits < 5) {
      size_t j = k;
      uint32_t cp = gw_utf8_next(s, n, &j);
      /* a year is written digit by digit: 〇 零 ○ O, 一 … 九, never 两 */
      int d = cp == 0x25CB || cp == 'O' ? 0 : cp == 0x4E24 ? -1 : gw_cn_digit_value(cp);
      if (d < 0) break;
      v = v * 10 + d;
      digits++;
      k = j;
    }
    if (digits != 4) return 0;
    used = k - i;
  }
  if (v < 1949 || v > 2100) return 0;
  size_t k = spaces(s, n, i + used);
  if (gw_at(s, n, k, "年")) {
    *year = v;
    return k + 3 - i;
  }
  if (need_nian) return 0;
  *year = v;
  return used;
}

/* A month or day number: Arabic 1-2 digits or Chinese up to 三十一. */
static size_t small_number(const char *s, size_t n, size_t i, int *v) {
  size_t used;
  if (i < n && s[i] >= '0' && s[i] <= '9') {
    used = gw_arabic_number_at(s, n, i, v);
    if (used > 2) return 0;
    return used;
  }
  used = gw_cn_number_at(s, n, i, v);
  if (!used || *v > 31) return 0;
  return used;
}

size_t gw_parse_ymd(const char *s, size_t n, size_t i, gw_ymd *out) {
  memset(out, 0, sizeof *out);
  size_t k = spaces(s, n, i), end = i;
  size_t used = gw_parse_year(s, n, k, &out->y, 1);
  if (used) {
    end = k + used;
    k = spaces(s, n, end);
  }
  int v;
  size_t m = small_number(s, n, k, &v);
  if (m) {
    size_t j = spaces(s, n, k + m);
    if (gw_at(s, n, j, "月") && v >= 1 && v <= 12) {
      out->m = v;
      end = j + 3;
      size_t kd = spaces(s, n, end);
      size_t dl = small_number(s, n, kd, &v);
      if (dl) {
        size_t jd = spaces(s, n, kd + dl);
        if ((gw_at(s, n, jd, "日") || gw_at(s, n, jd, "号")) && v >= 1 && v <= 31) {
          out->d = v;
          end = jd + 3;
        }
      }
    }
  }
  if (!out->y && !out->m) return 0;
  out->len = end - i;
  return out->len;
}
