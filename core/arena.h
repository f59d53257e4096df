/* Per-document arena: every allocation made while reading and extracting one
 * document comes from here and is released at once by gw_arena_free. When
 * memory runs out or the arena's cap is reached, the arena jumps to the
 * recovery point set by the pipeline (see gw_arena_guard), so callers never
 * check for NULL. */
#ifndef GW_ARENA_H
#define GW_ARENA_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

typedef struct gw_arena_chunk gw_arena_chunk;

typedef struct gw_arena {
  gw_arena_chunk *head;
  size_t used_total; /* bytes handed out by the system */
  size_t cap;        /* 0 = unlimited */
  jmp_buf *on_fail;  /* where to jump when an allocation fails */
  int failed_cap;    /* 1 when the failure was the cap, 0 for malloc */
} gw_arena;

gw_arena *gw_arena_new(size_t cap);
void gw_arena_free(gw_arena *a);

void *gw_arena_alloc(gw_arena *a, size_t n);
void *gw_arena_calloc(gw_arena *a, size_t count, size_t size);
/* Grow an array allocated from this arena (the old block is abandoned). */
void *gw_arena_grow(gw_arena *a, void *old, size_t old_bytes, size_t new_bytes);
char *gw_arena_strndup(gw_arena *a, const char *s, size_t n);
char *gw_arena_strdup(gw_arena *a, const char *s);
char *gw_arena_printf(gw_arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A growable array in an arena: `items` of `len`, room for `cap`. */
#define GW_VEC(T)                                                                                  \
  struct {                                                                                         \
    T *items;                                                                                      \
    size_t len, cap;                                                                               \
  }

#define GW_VEC_PUSH(arena, vec, value)                                                             \
  do {                                                                                             \
    if ((vec).len == (vec).cap) {                                                                  \
      size_t ncap_ = (vec).cap ? (vec).cap * 2 : 8;                                                \
      (vec).items = gw_arena_grow((arena), (vec).items, (vec).cap * sizeof(*(vec).items),          \
                                  ncap_ * sizeof(*(vec).items));                                   \
      (vec).cap = ncap_;                                                                           \
    }                                                                                              \
    (vec).items[(vec).len++] = (value);                                                            \
  } while (0)

#endif
