#include "date.h"

#include <stdio.h>
#include <string.h>

static bool leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int gw_days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

gw_date gw_date_make(int y, int m, int d) {
  gw_date r = {0, 0, 0};
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > gw_days_in_month(y, m)) return r;
  r.y = (short)y;
  r.m = (signed char)m;
  r.d = (signed char)d;
  return r;
}

gw_date gw_month_end(int y, int m) {
  return gw_date_make(y, m, gw_days_in_month(y, m));
}

long gw_date_days(gw_date d) {
  /* Howard Hinnant's days_from_civil. */
  int y = d.y, m = d.m, dd = d.d;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

gw_date gw_date_from_days(long z) {
  /* Howard Hinnant's civil_from_days, the inverse of the above. */
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  int dd = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  return gw_date_make((int)(yoe + era * 400 + (m <= 2)), m, dd);
}

int gw_date_cmp(gw_date a, gw_date b) {
  long x = gw_date_days(a), y = gw_date_days(b);
  return x < y ? -1 : x > y;
}

void gw_date_iso(gw_date d, char out[11]) {
  unsigned y = (unsigned)d.y % 10000u, m = (unsigned char)d.m % 100u,
           dd = (unsigned char)d.d % 100u;
  out[0] = (char)('0' + y / 1000), out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10), out[3] = (char)('0' + y % 10), out[4] = '-';
  out[5] = (char)('0' + m / 10), out[6] = (char)('0' + m % 10), out[7] = '-';
  out[8] = (char)('0' + dd / 10), out[9] = (char)('0' + dd % 10), out[10] = 0;
}

bool gw_date_parse_iso(const char *s, gw_date *out) {
  int y, m, d;
  char tail;
  if (!s || strlen(s) != 10 || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  *out = gw_date_make(y, m, d);
  return gw_date_set(*out);
}
