/* Paths, dates and targets as the text and HTML reports write them. */
#ifndef GW_DESCRIBE_H
#define GW_DESCRIBE_H

#include "../core/buf.h"
#include "diff.h"

typedef void (*gw_put_fn)(gw_buf *b, const char *s);

/* The numbering paths of one side's tasks ("三 （二） 4 + 三 （二） 5"). */
void gw_put_paths(gw_buf *b, const gw_diff *d, const gw_change *ch, bool old, const char *none,
                  gw_put_fn put);
/* An ISO date. */
void gw_put_date(gw_buf *b, gw_date d, const char *none);
/* "联网率 >=99.9%": metric, comparison, value, unit. */
void gw_put_target(gw_buf *b, const gw_target *t, const char *none, gw_put_fn put);

/* A report's words for a change: "none" on a side that has nothing, the
 * arrow between old and new, and the notes after a moved deadline. */
typedef struct gw_report_words {
  const char *none, *arrow;
  const char *rolled_over; /* a deadline moved by the years between the notices */
  const char *shift_days;  /* printf format of the days moved, with %+ld */
  gw_put_fn put;           /* writes text from the notices */
} gw_report_words;

/* "2023-06-30 -> 2024-06-30 (rolled over)" */
void gw_put_deadline_change(gw_buf *b, const gw_date_change *dc, const gw_report_words *w);
/* "联网率 >=95% -> 联网率 >=99%" */
void gw_put_target_change(gw_buf *b, const gw_target_change *tc, const gw_report_words *w);

#endif
