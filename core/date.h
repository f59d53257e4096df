/* Calendar dates as the catalogue writes them (ISO 8601). */
#ifndef GW_DATE_H
#define GW_DATE_H

#include <stdbool.h>

typedef struct gw_date {
  short y;
  signed char m, d; /* y == 0: no date */
} gw_date;

static inline bool gw_date_set(gw_date d) {
  return d.y != 0;
}
int gw_days_in_month(int y, int m);
gw_date gw_date_make(int y, int m, int d);
gw_date gw_month_end(int y, int m);
/* Days since 1970-01-01 (proleptic Gregorian), for comparisons. */
long gw_date_days(gw_date d);
/* The date of a day counted that way. */
gw_date gw_date_from_days(long days);
int gw_date_cmp(gw_date a, gw_date b);
/* "YYYY-MM-DD" into out[11]. */
void gw_date_iso(gw_date d, char out[11]);
/* Parse "YYYY-MM-DD"; false when malformed. */
bool gw_date_parse_iso(const char *s, gw_date *out);

#endif
