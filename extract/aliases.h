/* Canonical unit names: 区应急局 = 区应急管理局, 安监局 -> 应急管理局 after
 * the 2018 reform... The table ships in corpus/units.tsv (compiled in) and
 * users extend it with --aliases FILE: one "alias<TAB>canonical" a line. */
#ifndef GW_ALIASES_H
#define GW_ALIASES_H

#include <stddef.h>

#include "../core/strmap.h"
#include "../include/gongwen.h"

/* A suffix rule: 安监局 -> 应急管理局 after a place name. */
typedef struct gw_alias_rule {
  const char *suffix; /* normalized */
  size_t len;
  const char *canonical;
} gw_alias_rule;

typedef struct gw_aliases {
  gw_arena *arena;                /* everything below lives here */
  gw_strmap keys;                 /* normalized alias -> id */
  GW_VEC(const char *) canonical; /* by id, as written in the table */
  /* Suffix rules are the lines whose alias starts with '*'. */
  GW_VEC(gw_alias_rule) rules;
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

#endif
