/* Calendar phrases: 2023年5月31日, 二〇二〇年十二月八日, 6月底, 5月30日 with the
 * spaces PDF text puts between the parts (2019 年 4 月 16 日). */
#ifndef GW_DATES_H
#define GW_DATES_H

#include <stddef.h>

typedef struct gw_ymd {
  int y, m, d; /* 0 = absent */
  size_t len;  /* bytes consumed */
} gw_ymd;

/* Parse YEAR? MONTH? DAY? at s[i..n). A year alone, a month alone, year and
 * month, month and day, or all three. Returns bytes consumed (0 if none). */
size_t gw_parse_ymd(const char *s, size_t n, size_t i, gw_ymd *out);

/* A year written YYYY年 or 二〇二一年 at s[i..n) (without the 年 check when
 * need_nian is 0). Returns bytes consumed including 年. */
size_t gw_parse_year(const char *s, size_t n, size_t i, int *year, int need_nian);

#endif
