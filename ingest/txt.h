/* Plain-text notices: decode, normalize, split into lines and tables. */
#ifndef GW_TXT_H
#define GW_TXT_H

#include "../core/doc.h"

gw_status gw_read_text(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err);

#endif
