#include "festival.h"

#include <string.h>

#include <unicode/ucal.h>

#include "words.h"

gw_festival gw_festival_at(const char *s, size_t n, size_t *len) {
  static const struct {
    gw_word name;
    gw_festival f;
  } NAMES[] = {{GW_WORD("元旦"), GW_FEAST_NEW_YEAR},     {GW_WORD("春节"), GW_FEAST_SPRING},
               {GW_WORD("劳动节"), GW_FEAST_LABOUR},     {GW_WORD("五一"), GW_FEAST_LABOUR},
               {GW_WORD("端午节"), GW_FEAST_DRAGON},     {GW_WORD("端午"), GW_FEAST_DRAGON},
               {GW_WORD("中秋节"), GW_FEAST_MID_AUTUMN}, {GW_WORD("中秋"), GW_FEAST_MID_AUTUMN},
               {GW_WORD("国庆节"), GW_FEAST_NATIONAL},   {GW_WORD("国庆"), GW_FEAST_NATIONAL}};
  for (size_t i = 0; i < sizeof NAMES / sizeof NAMES[0]; i++)
    if (n >= NAMES[i].name.n && memcmp(s, NAMES[i].name.s, NAMES[i].name.n) == 0) {
      *len = NAMES[i].name.n;
      return NAMES[i].f;
    }
  *len = 0;
  return GW_FEAST_NONE;
}

/* Lunar month/day of the Chinese year that begins in Gregorian `year`. */
static gw_date lunar(int year, int month, int day) {
  gw_date none = {0, 0, 0};
  if (year < 1900 || year > 2100) return none;
  UErrorCode st = U_ZERO_ERROR;
  static const UChar utc[] = {'U', 'T', 'C', 0};
  UCalendar *cal = ucal_open(utc, -1, "zh_CN@calendar=chinese", UCAL_DEFAULT, &st);
  if (U_FAILURE(st)) return none;
  ucal_clear(cal);
  /* The Chinese calendar's extended year: Gregorian year + 2637 */
  ucal_set(cal, UCAL_EXTENDED_YEAR, year + 2637);
  ucal_set(cal, UCAL_MONTH, month - 1);
  ucal_set(cal, UCAL_IS_LEAP_MONTH, 0);
  ucal_set(cal, UCAL_DATE, day);
  UDate ms = ucal_getMillis(cal, &st);
  ucal_close(cal);
  if (U_FAILURE(st)) return none;
  return gw_date_from_days((long)(ms / 86400000.0));
}

gw_date gw_festival_date(gw_festival f, int year) {
  gw_date none = {0, 0, 0};
  switch (f) {
  case GW_FEAST_NEW_YEAR:
    return gw_date_make(year, 1, 1);
  case GW_FEAST_SPRING:
    return lunar(year, 1, 1);
  case GW_FEAST_LABOUR:
    return gw_date_make(year, 5, 1);
  case GW_FEAST_DRAGON:
    return lunar(year, 5, 5);
  case GW_FEAST_MID_AUTUMN:
    return lunar(year, 8, 15);
  case GW_FEAST_NATIONAL:
    return gw_date_make(year, 10, 1);
  default:
    return none;
  }
}
