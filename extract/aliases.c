#include "aliases.h"

#include <setjmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/err.h"
#include "../core/nfkc.h"

/* The table shipped in corpus/units.tsv, compiled in (see the Makefile). */
extern const char gw_builtin_aliases[];
extern const size_t gw_builtin_aliases_len;

/* Names of Han characters (U+4000..U+9FFF, lead bytes E4..E9), ASCII
 * letters and digits only: NFKC leaves them as they are and there is no
 * white space to drop, so the key is the name (most unit names). */
static bool nfkc_inert(const char *name, size_t len) {
  const unsigned char *u = (const unsigned char *)name;
  for (size_t i = 0; i < len;) {
    unsigned c = u[i];
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      i++;
    } else if (c >= 0xE4 && c <= 0xE9 && i + 2 < len) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

/* The comparison key of a unit name: NFKC, no spaces. Caller frees. */
static char *unit_key(const char *name, size_t len) {
  if (nfkc_inert(name, len)) return strndup(name, len);
  size_t n = gw_nfkc_nospace(name, len, NULL, 0);
  char *key = n == (size_t)-1 ? NULL : malloc(n + 1);
  if (key && gw_nfkc_nospace(name, len, key, n + 1) != n) {
    free(key);
    key = NULL;
  }
  return key;
}

/* One "alias<TAB>canonical" line; false when a name is empty or invalid. */
static bool add_line(gw_aliases *al, const char *alias, size_t alias_len, const char *canon,
                     size_t canon_len) {
  char *key = unit_key(alias, alias_len);
  bool ok = key && *key && canon_len;
  if (ok) {
    const char *k = gw_arena_strdup(al->arena, key);
    const char *c = gw_arena_strndup(al->arena, canon, canon_len);
    if (k[0] == '*') {
      gw_alias_rule r = {k + 1, strlen(k + 1), c};
      GW_VEC_PUSH(al->arena, al->rules, r);
    } else {
      bool added;
      uint32_t id = gw_strmap_add(&al->keys, k, strlen(k), &added);
      if (added)
        GW_VEC_PUSH(al->arena, al->canonical, c);
      else
        al->canonical.items[id] = c; /* a later line overrides */
    }
  }
  free(key);
  return ok;
}

gw_status gw_aliases_load(gw_aliases *al, const char *name, const char *text, size_t len,
                          gw_error *err) {
  jmp_buf out_of_memory;
  if (setjmp(out_of_memory)) {
    al->arena->on_fail = NULL;
    return gw_fail(err, GW_ERR_NOMEM, "out of memory loading %s", name);
  }
  al->arena->on_fail = &out_of_memory;
  gw_status st = GW_OK;
  size_t line = 0, i = 0;
  while (i < len && st == GW_OK) {
    size_t e = i;
    while (e < len && text[e] != '\n') e++;
    line++;
    size_t n = e;
    if (n > i && text[n - 1] == '\r') n--;
    if (n > i && text[i] != '#') {
      const char *tab = memchr(text + i, '\t', n - i);
      if (!tab)
        st = gw_fail(err, GW_ERR_INVALID, "%s:%zu: expected \"alias<TAB>canonical\"", name, line);
      else if (!add_line(al, text + i, (size_t)(tab - (text + i)), tab + 1,
                         n - (size_t)(tab + 1 - text)))
        st = gw_fail(err, GW_ERR_INVALID, "%s:%zu: empty or invalid name", name, line);
    }
    i = e + 1;
  }
  al->arena->on_fail = NULL;
  return st;
}

gw_status gw_aliases_init(gw_aliases *al, gw_error *err) {
  memset(al, 0, sizeof *al);
  al->arena = gw_arena_new(0);
  if (!al->arena) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  gw_strmap_init(&al->keys, al->arena);
  return gw_aliases_load(al, "corpus/units.tsv", gw_builtin_aliases, gw_builtin_aliases_len, err);
}

gw_status gw_aliases_load_file(gw_aliases *al, const char *path, gw_error *err) {
  char *buf = NULL;
  size_t len = 0;
  gw_status st = gw_read_file(path, 64u << 20, &buf, &len, err);
  if (st != GW_OK) {
    char reason[sizeof err->message];
    snprintf(reason, sizeof reason, "%s", err->message);
    return gw_fail(err, st, "%s: %s", path, reason);
  }
  st = gw_aliases_load(al, path, buf, len, err);
  free(buf);
  return st;
}

void gw_aliases_free(gw_aliases *al) {
  if (al->arena) gw_arena_free(al->arena);
  memset(al, 0, sizeof *al);
}

/* A suffix rule applies after a place name only (区安监局, 益阳市应急局), not
 * inside a longer name (区科技工信局 is not 区科技 + 工信局). */
static bool place_prefix(const char *key, size_t n) {
  static const char *const PLACES[] = {"区", "县", "市", "镇",   "乡",
                                       "省", "州", "旗", "街道", NULL};
  if (n == 0) return true;
  for (size_t i = 0; PLACES[i]; i++) {
    size_t pn = strlen(PLACES[i]);
    if (pn <= n && !memcmp(key + n - pn, PLACES[i], pn)) return true;
  }
  return false;
}

const char *gw_aliases_lookup(const gw_aliases *al, const char *name, char *buf, size_t bufsize) {
  size_t len = strlen(name);
  /* Most names are their own key: no copy then. */
  bool inert = nfkc_inert(name, len);
  char *made = inert ? NULL : unit_key(name, len);
  if (!inert && !made) return NULL;
  const char *key = inert ? name : made;
  size_t kn = inert ? len : strlen(made);
  const char *found = NULL;
  uint32_t id = gw_strmap_find(&al->keys, key, kn);
  if (id != GW_STRMAP_NONE) found = al->canonical.items[id];
  if (!found) {
    /* Suffix rules: 区安监局 -> 区应急管理局. */
    size_t best = 0;
    const gw_alias_rule *rule = NULL;
    for (size_t i = 0; i < al->rules.len; i++) {
      const gw_alias_rule *r = &al->rules.items[i];
      size_t sn = r->len;
      /* the last bytes first: most rules end in another character */
      if (sn <= kn && sn > best && key[kn - 1] == r->suffix[sn - 1] &&
          !memcmp(key + kn - sn, r->suffix, sn) && place_prefix(key, kn - sn)) {
        best = sn;
        rule = r;
      }
    }
    size_t cn = rule ? strlen(rule->canonical) : 0;
    if (rule && kn - best + cn < bufsize) {
      memcpy(buf, key, kn - best);
      memcpy(buf + kn - best, rule->canonical, cn + 1);
      found = buf;
    }
  }
  free(made);
  return found;
}
