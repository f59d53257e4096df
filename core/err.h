/* Filling a gw_error: one place that formats messages. */
#ifndef GW_ERR_H
#define GW_ERR_H

#include "../include/gongwen.h"

/* Set err (if non-NULL) and return `code`, so callers write
 * `return gw_fail(err, GW_ERR_IO, "cannot open: %s", strerror(errno));` */
gw_status gw_fail(gw_error *err, gw_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
