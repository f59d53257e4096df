#include "aliases.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/err.h"
#include "../core/hash.h"
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

char *gw_unit_key(const char *name, size_t len) {
  if (nfkc_inert(name, len)) return strndup(name, len);
  size_t n = gw_nfkc_nospace(name, len, NULL, 0);
  char *key = n == (size_t)-1 ? NULL : malloc(n + 1);
  if (key && gw_nfkc_nospace(name, len, key, n + 1) != n) {
    free(key);
    key = NULL;
  }
  return key;
}

static gw_status grow(gw_aliases *al, gw_error *err) {
  size_t size = al->size ? al->size * 2 : 256;
  gw_alias_entry *e = calloc(size, sizeof *e);
  if (!e) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  for (size_t i = 0; i < al->size; i++) {
    if (!al->entries[i].key) continue;
    size_t h = gw_hash_str(al->entries[i].key) & (size - 1);
    while (e[h].key) h = (h + 1) & (size - 1);
    e[h] = al->entries[i];
  }
  free(al->entries);
  al->entries = e;
  al->size = size;
  return GW_OK;
}

static gw_status put(gw_aliases *al, char *key, char *canonical, gw_error *err) {
  if (key[0] == '*') {
    gw_alias_entry *s = realloc(al->suffixes, (al->nsuffixes + 1) * sizeof *s);
    if (!s) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
    al->suffixes = s;
    memmove(key, key + 1, strlen(key));
    s[al->nsuffixes].key = key;
    s[al->nsuffixes].key_len = strlen(key);
    s[al->nsuffixes].canonical = canonical;
    al->nsuffixes++;
    return GW_OK;
  }
  if ((al->count + 1) * 2 > al->size) {
    gw_status st = grow(al, err);
    if (st != GW_OK) return st;
  }
  size_t h = gw_hash_str(key) & (al->size - 1);
  while (al->entries[h].key) {
    if (!strcmp(al->entries[h].key, key)) { /* a later line overrides */
      free(al->entries[h].key);
      free(al->entries[h].canonical);
      break;
    }
    h = (h + 1) & (al->size - 1);
  }
  if (!al->entries[h].key) al->count++;
  al->entries[h].key = key;
  al->entries[h].canonical = canonical;
  al->entries[h].key_len = strlen(key);
  return GW_OK;
}

gw_status gw_aliases_load(gw_aliases *al, const char *name, const char *text, size_t len,
                          gw_error *err) {
  size_t line = 0, i = 0;
  while (i < len) {
    size_t e = i;
    while (e < len && text[e] != '\n') e++;
    line++;
    size_t n = e;
    if (n > i && text[n - 1] == '\r') n--;
    if (n > i && text[i] != '#') {
      const char *tab = memchr(text + i, '\t', n - i);
      if (!tab)
        return gw_fail(err, GW_ERR_INVALID, "%s:%zu: expected \"alias<TAB>canonical\"", name, line);
      size_t al_len = (size_t)(tab - (text + i));
      char *key = gw_unit_key(text + i, al_len);
      char *canon = strndup(tab + 1, n - (size_t)(tab + 1 - text));
      if (!key || !canon || !*key || !*canon) {
        free(key);
        free(canon);
        return gw_fail(err, GW_ERR_INVALID, "%s:%zu: empty or invalid name", name, line);
      }
      gw_status st = put(al, key, canon, err);
      if (st != GW_OK) {
        free(key);
        free(canon);
        return st;
      }
    }
    i = e + 1;
  }
  return GW_OK;
}

gw_status gw_aliases_init(gw_aliases *al, gw_error *err) {
  memset(al, 0, sizeof *al);
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
  for (size_t i = 0; i < al->size; i++) {
    free(al->entries[i].key);
    free(al->entries[i].canonical);
  }
  for (size_t i = 0; i < al->nsuffixes; i++) {
    free(al->suffixes[i].key);
    free(al->suffixes[i].canonical);
  }
  free(al->entries);
  free(al->suffixes);
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
  char *made = inert ? NULL : gw_unit_key(name, len);
  if (!inert && !made) return NULL;
  const char *key = inert ? name : made;
  const char *found = NULL;
  if (al->size) {
    size_t h = gw_hash_str(key) & (al->size - 1);
    while (al->entries[h].key) {
      if (!strcmp(al->entries[h].key, key)) {
        found = al->entries[h].canonical;
        break;
      }
      h = (h + 1) & (al->size - 1);
    }
  }
  if (!found) {
    /* Suffix rules: 区安监局 -> 区应急管理局. */
    size_t kn = strlen(key), best = 0;
    const gw_alias_entry *rule = NULL;
    for (size_t i = 0; i < al->nsuffixes; i++) {
      const gw_alias_entry *r = &al->suffixes[i];
      size_t sn = r->key_len;
      /* the last bytes first: most rules end in another character */
      if (sn <= kn && sn > best && key[kn - 1] == r->key[sn - 1] &&
          !memcmp(key + kn - sn, r->key, sn) && place_prefix(key, kn - sn)) {
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
