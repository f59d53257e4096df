/* gw_extractor: patterns and alias table, built once; gw_extract runs the
 * stages over one document. */
#include <stdlib.h>
#include <string.h>

#include "../core/err.h"
#include "ctx.h"

gw_status gw_extractor_new(const gw_extract_options *options, gw_extractor **out, gw_error *err) {
  *out = NULL;
  gw_extractor *ex = calloc(1, sizeof *ex);
  if (!ex) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  gw_features_init(&ex->features);
  gw_status st = gw_patterns_compile(&ex->patterns, err);
  if (st == GW_OK) st = gw_aliases_init(&ex->aliases, err);
  if (st == GW_OK && options && options->aliases_path)
    st = gw_aliases_load_file(&ex->aliases, options->aliases_path, err);
  if (st != GW_OK) {
    gw_extractor_free(ex);
    return st;
  }
  *out = ex;
  return GW_OK;
}

void gw_extractor_free(gw_extractor *ex) {
  if (!ex) return;
  gw_patterns_free(&ex->patterns);
  gw_aliases_free(&ex->aliases);
  free(ex);
}

static void *arena_malloc(size_t n, void *data) {
  return gw_arena_alloc(data, n);
}
static void arena_free(void *p, void *data) {
  (void)p;
  (void)data;
}

static gw_status extract_guarded(const gw_extractor *ex, gw_doc *doc, const gw_limits *limits,
                                 gw_error *err) {
  if (setjmp(doc->guard)) {
    doc->catalogue = NULL;
    gw_status code = doc->arena->failed_cap ? GW_ERR_LIMIT : GW_ERR_NOMEM;
    return gw_fail(err, code,
                   code == GW_ERR_LIMIT ? "extraction needs more memory than allowed (--max-memory)"
                                        : "out of memory");
  }
  doc->arena->on_fail = &doc->guard;
  gw_ctx *c = gw_arena_calloc(doc->arena, 1, sizeof *c);
  c->ex = ex;
  c->doc = doc;
  c->a = doc->arena;
  c->limits = limits;
  gw_strmap_init(&c->units_seen, doc->arena);
  pcre2_general_context *gc = pcre2_general_context_create(arena_malloc, arena_free, doc->arena);
  c->md = pcre2_match_data_create(ex->patterns.max_pairs, gc);
  c->cat = gw_catalogue_new(doc);
  gw_meta_extract(c);
  gw_tasks_extract(c);
  gw_catalogue_finish(c->cat);
  doc->arena->on_fail = NULL;
  if (c->cat->tasks.len >= limits->max_tasks) {
    doc->catalogue = NULL;
    return gw_fail(err, GW_ERR_LIMIT, "more than %zu tasks (--max-tasks)", limits->max_tasks);
  }
  return GW_OK;
}

gw_status gw_extract(const gw_extractor *ex, gw_doc *doc, const gw_limits *limits,
                     gw_catalogue **out, gw_error *err) {
  gw_limits defaults;
  if (!limits) {
    gw_limits_default(&defaults);
    limits = &defaults;
  }
  *out = NULL;
  if (!doc->catalogue) {
    gw_status st = extract_guarded(ex, doc, limits, err);
    doc->arena->on_fail = NULL;
    if (st != GW_OK) return st;
  }
  *out = doc->catalogue;
  return GW_OK;
}
