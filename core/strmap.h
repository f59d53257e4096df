/* Strings to small ids (0, 1, 2... in the order they are added): the table
 * behind the alias list, a notice's unit names and the diff's vocabulary.
 * Open addressing over an arena; the map keeps the key pointers it is
 * given (they must live as long as it does) and the caller keeps whatever
 * goes with each id in arrays of its own. Finding is read-only, so a map
 * built once may be shared by threads. */
#ifndef GW_STRMAP_H
#define GW_STRMAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct gw_strmap_key {
  const char *s;
  uint32_t n;
} gw_strmap_key;

typedef struct gw_strmap {
  gw_arena *arena;
  GW_VEC(gw_strmap_key) keys; /* by id */
  uint32_t *slots;            /* id + 1, 0 when empty; a power of two of them */
  size_t size;
} gw_strmap;

#define GW_STRMAP_NONE UINT32_MAX

void gw_strmap_init(gw_strmap *m, gw_arena *a);
/* The id of s[0..n), or GW_STRMAP_NONE. */
uint32_t gw_strmap_find(const gw_strmap *m, const char *s, size_t n);
/* The id of s[0..n), which is added (keeping s) when it is new; *added
 * tells which (may be NULL). */
uint32_t gw_strmap_add(gw_strmap *m, const char *s, size_t n, bool *added);

#endif
