#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct gw_arena_chunk {
  gw_arena_chunk *next;
  size_t size, used;
  max_align_t data[];
};

enum { CHUNK_MIN = 64 * 1024, CHUNK_MAX = 4 * 1024 * 1024 };

gw_arena *gw_arena_new(size_t cap) {
  gw_arena *a = calloc(1, sizeof *a);
  if (a) a->cap = cap;
  return a;
}

void gw_arena_free(gw_arena *a) {
  if (!a) return;
  gw_arena_chunk *c = a->head;
  while (c) {
    gw_arena_chunk *next = c->next;
    free(c);
    c = next;
  }
  free(a);
}

static void fail(gw_arena *a, int cap) {
  a->failed_cap = cap;
  if (a->on_fail) longjmp(*a->on_fail, 1);
  /* No recovery point: this is a programming error in the caller. */
  fputs("gongwen: arena allocation failed outside a guarded section\n", stderr);
  abort();
}

static gw_arena_chunk *new_chunk(gw_arena *a, size_t need) {
  size_t size = a->head ? a->head->size * 2 : CHUNK_MIN;
  if (size > CHUNK_MAX) size = CHUNK_MAX;
  if (size < need) size = need;
  if (a->cap && a->used_total + size > a->cap) {
    if (a->used_total + need > a->cap) fail(a, 1);
    size = need;
  }
  gw_arena_chunk *c = malloc(sizeof *c + size);
  if (!c) fail(a, 0);
  c->size = size;
  c->used = 0;
  a->used_total += size;
  return c;
}

void *gw_arena_alloc(gw_arena *a, size_t n) {
  const size_t align = sizeof(max_align_t);
  n = (n + align - 1) & ~(align - 1);
  if (n == 0) n = align;
  gw_arena_chunk *c = a->head;
  if (!c || c->size - c->used < n) {
    gw_arena_chunk *fresh = new_chunk(a, n);
    /* A big one-off block goes behind the current chunk so the space left
     * in the current chunk is still used. */
    if (c && fresh->size == n && c->size - c->used > 256) {
      fresh->next = c->next;
      c->next = fresh;
      fresh->used = n;
      return fresh->data;
    }
    fresh->next = c;
    a->head = c = fresh;
  }
  void *p = (char *)c->data + c->used;
  c->used += n;
  return p;
}

void *gw_arena_calloc(gw_arena *a, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) fail(a, 1);
  void *p = gw_arena_alloc(a, count * size);
  memset(p, 0, count * size);
  return p;
}

void *gw_arena_grow(gw_arena *a, void *old, size_t old_bytes, size_t new_bytes) {
  void *p = gw_arena_alloc(a, new_bytes);
  if (old && old_bytes) memcpy(p, old, old_bytes < new_bytes ? old_bytes : new_bytes);
  return p;
}

char *gw_arena_strndup(gw_arena *a, const char *s, size_t n) {
  char *p = gw_arena_alloc(a, n + 1);
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *gw_arena_strdup(gw_arena *a, const char *s) {
  return gw_arena_strndup(a, s, strlen(s));
}

char *gw_arena_printf(gw_arena *a, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) n = 0;
  char *p = gw_arena_alloc(a, (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return p;
}
