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

#endif
