/* The dates of the festivals notices set deadlines by (春节前, 国庆节前):
 * fixed days of the Gregorian year, and the lunar ones from ICU's Chinese
 * calendar. */
#ifndef GW_FESTIVAL_H
#define GW_FESTIVAL_H

#include <stddef.h>

#include "date.h"

typedef enum gw_festival {
  GW_FEAST_NONE,
  GW_FEAST_NEW_YEAR,   /* 元旦 01-01 */
  GW_FEAST_SPRING,     /* 春节: lunar 1/1 */
  GW_FEAST_LABOUR,     /* 五一, 劳动节 05-01 */
  GW_FEAST_DRAGON,     /* 端午节: lunar 5/5 */
  GW_FEAST_MID_AUTUMN, /* 中秋节: lunar 8/15 */
  GW_FEAST_NATIONAL,   /* 国庆节 10-01 */
} gw_festival;

/* The festival named at s[0..n) (春节, 国庆节, 国庆 …), with its length in
 * *len; GW_FEAST_NONE when none. */
gw_festival gw_festival_at(const char *s, size_t n, size_t *len);

/* Its date in Gregorian year `year`; no date when ICU cannot tell. */
gw_date gw_festival_date(gw_festival f, int year);

#endif
