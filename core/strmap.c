#include "strmap.h"

#include <string.h>

#include "hash.h"

void gw_strmap_init(gw_strmap *m, gw_arena *a) {
  memset(m, 0, sizeof *m);
  m->arena = a;
}

/* The slot holding s[0..n), or the empty one where it goes. */
static size_t slot_of(const gw_strmap *m, const char *s, size_t n) {
  size_t h = gw_hash(s, n) & (m->size - 1);
  for (; m->slots[h]; h = (h + 1) & (m->size - 1)) {
    const gw_strmap_key *k = &m->keys.items[m->slots[h] - 1];
    if (k->n == n && !memcmp(k->s, s, n)) break;
  }
  return h;
}

uint32_t gw_strmap_find(const gw_strmap *m, const char *s, size_t n) {
  if (!m->size) return GW_STRMAP_NONE;
  uint32_t id = m->slots[slot_of(m, s, n)];
  return id ? id - 1 : GW_STRMAP_NONE;
}

uint32_t gw_strmap_add(gw_strmap *m, const char *s, size_t n, bool *added) {
  if ((m->keys.len + 1) * 2 > m->size) {
    size_t size = m->size ? m->size * 2 : 64;
    uint32_t *slots = gw_arena_calloc(m->arena, size, sizeof *slots);
    for (size_t id = 0; id < m->keys.len; id++) {
      const gw_strmap_key *k = &m->keys.items[id];
      size_t h = gw_hash(k->s, k->n) & (size - 1);
      while (slots[h]) h = (h + 1) & (size - 1);
      slots[h] = (uint32_t)id + 1;
    }
    m->slots = slots;
    m->size = size;
  }
  size_t h = slot_of(m, s, n);
  if (added) *added = !m->slots[h];
  if (m->slots[h]) return m->slots[h] - 1;
  gw_strmap_key k = {s, (uint32_t)n};
  GW_VEC_PUSH(m->arena, m->keys, k);
  m->slots[h] = (uint32_t)m->keys.len;
  return (uint32_t)m->keys.len - 1;
}
