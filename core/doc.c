#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

gw_doc *gw_doc_new(const char *name, size_t memory_cap) {
  gw_arena *a = gw_arena_new(memory_cap);
  if (!a) return NULL;
  gw_doc *doc = calloc(1, sizeof *doc);
  if (!doc) {
    gw_arena_free(a);
    return NULL;
  }
  doc->arena = a;
  jmp_buf probe;
  a->on_fail = &probe;
  if (setjmp(probe)) {
    gw_arena_free(a);
    free(doc);
    return NULL;
  }
  doc->name = gw_arena_strdup(a, name ? name : "-");
  a->on_fail = NULL;
  return doc;
}

void gw_doc_free(gw_doc *doc) {
  if (!doc) return;
  gw_arena_free(doc->arena);
  free(doc);
}

void gw_doc_warn(gw_doc *doc, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  GW_VEC_PUSH(doc->arena, doc->warnings, gw_arena_strdup(doc->arena, msg));
}

uint32_t gw_doc_line_of(const gw_doc *doc, size_t byte_off) {
  size_t lo = 0, hi = doc->line_starts.len;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (doc->line_starts.items[mid] <= byte_off)
      lo = mid;
    else
      hi = mid;
  }
  return (uint32_t)lo + 1;
}

void gw_doc_index(gw_doc *doc) {
  doc->line_starts.len = 0;
  GW_VEC_PUSH(doc->arena, doc->line_starts, 0);
  const char *p = doc->text, *end = doc->text + doc->len;
  while ((p = memchr(p, '\n', (size_t)(end - p)))) {
    p++;
    GW_VEC_PUSH(doc->arena, doc->line_starts, (uint32_t)(p - doc->text));
  }
  gw_cpindex_build(&doc->cp, doc->arena, doc->text, doc->len);
}

const char *gw_doc_text(const gw_doc *doc, size_t *len) {
  if (len) *len = doc->len;
  return doc->text;
}
const char *gw_doc_format(const gw_doc *doc) {
  return doc->format;
}
const char *gw_doc_encoding(const gw_doc *doc) {
  return doc->encoding;
}
size_t gw_doc_warning_count(const gw_doc *doc) {
  return doc->warnings.len;
}
const char *gw_doc_warning(const gw_doc *doc, size_t i) {
  return i < doc->warnings.len ? doc->warnings.items[i] : NULL;
}
