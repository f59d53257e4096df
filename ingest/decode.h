/* Bytes of a text file -> UTF-8, whatever the encoding it was saved in. */
#ifndef GW_DECODE_H
#define GW_DECODE_H

#include "../core/doc.h"

/* Decode `data` into UTF-8 (not yet normalized) and name the encoding it
 * was in (static storage) in *encoding.
 * Binary content and text in no known encoding are errors naming the offset
 * of the first bad byte. A few invalid bytes in otherwise good text become
 * U+FFFD with a warning. */
gw_status gw_decode_text(gw_doc *doc, const char *data, size_t len, char **out, size_t *out_len,
                         const char **encoding, gw_error *err);

#endif
