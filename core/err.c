#include "err.h"

#include <stdarg.h>
#include <stdio.h>

const char *gw_status_name(gw_status status) {
  switch (status) {
  case GW_OK:
    return "success";
  case GW_ERR_IO:
    return "I/O error";
  case GW_ERR_FORMAT:
    return "unsupported or corrupt format";
  case GW_ERR_ENCODING:
    return "unrecognised text encoding";
  case GW_ERR_LIMIT:
    return "limit exceeded";
  case GW_ERR_NOMEM:
    return "out of memory";
  case GW_ERR_INVALID:
    return "invalid input";
  case GW_ERR_INTERNAL:
    return "internal error";
  }
  return "unknown error";
}

gw_status gw_fail(gw_error *err, gw_status code, const char *fmt, ...) {
  if (err) {
    err->code = code;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
  }
  return code;
}
