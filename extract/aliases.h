/* Canonical unit names: 区应急局 = 区应急管理局, 安监局 -> 应急管理局 after
 * the 2018 reform... The table ships in corpus/units.tsv (compiled in) and
 * users extend it with --aliases FILE: one "alias<TAB>canonical" a line. */
#ifndef GW_ALIASES_H
#define GW_ALIASES_H

#include <stddef.h>

#include "../include/gongwen.h"

typedef struct gw_alias_entry {
  char *key;       /* normalized alias */
  char *canonical; /* as written in the table */
  size_t key_len;
} gw_alias_entry;

typedef struct gw_aliases {
  gw_alias_entry *entries; /* open addressing, power-of-two size */
  size_t size, count;
  /* Suffix rules (安监局 -> 应急管理局) are entries whose key starts with '*'. */
  gw_alias_entry *suffixes;
  size_t nsuffixes;
} gw_aliases;

gw_status gw_aliases_init(gw_aliases *al, gw_error *err);
/* Add "alias<TAB>canonical" lines; `name` is used in error messages. */
gw_status gw_aliases_load(gw_aliases *al, const char *name, const char *text, size_t len,
                          gw_error *err);
gw_status gw_aliases_load_file(gw_aliases *al, const char *path, gw_error *err);
void gw_aliases_free(gw_aliases *al);

/* The canonical name of `name` (NUL-terminated), or NULL when it has none.
 * Writes a suffix-rewritten name into buf when a suffix rule applies. */
const char *gw_aliases_lookup(const gw_aliases *al, const char *name, char *buf, size_t bufsize);

/* The comparison key of a unit name: NFKC, no spaces (ICU). Caller frees. */
char *gw_unit_key(const char *name, size_t len);

#endif
