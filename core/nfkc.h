/* The form in which names and texts are compared: Unicode NFKC (full-width
 * letters and digits as ASCII, compatibility characters folded) with white
 * space dropped. Shared by the alias table and the diff's similarity. */
#ifndef GW_NFKC_H
#define GW_NFKC_H

#include <stddef.h>

/* s[0..n) in NFKC without spaces, tabs, newlines and U+3000, written to
 * out (NUL-terminated) when the result fits in cap bytes; out may be NULL
 * with cap 0 to ask for the length. Returns the byte length of the result
 * (without the NUL), or (size_t)-1 when s is not valid UTF-8 or memory
 * runs out. Allocates only scratch memory of its own, freed before it
 * returns, so that callers may use any allocator for out. */
size_t gw_nfkc_nospace(const char *s, size_t n, char *out, size_t cap);

#endif
