#include "wordnum.h"

#include <stdlib.h>
#include <string.h>

#include "numfmt.h"

enum { LEVELS = 9, MAX_START = 1000000, MAX_COUNT = 10000000, MAX_LINK_HOPS = 4 };

typedef struct level {
  bool defined;
  long start;
  const char *fmt;  /* w:numFmt */
  const char *text; /* w:lvlText; NULL: no label */
  int restart;      /* w:lvlRestart: -1 after any higher level, 0 never, k after level k */
  bool legal;       /* w:isLgl: every number in the label in decimal */
  bool separated;   /* w:suff tab or space (not nothing) */
} level;

typedef struct counters {
  long value[LEVELS];
  bool started[LEVELS];
} counters;

typedef struct abstract_def {
  long id;
  level lvl[LEVELS];
  const char *style_link; /* w:numStyleLink: the definition is that style's list */
  counters count;
} abstract_def;

typedef struct num_def {
  long id, abstract_id;
  level lvl[LEVELS];       /* w:lvlOverride/w:lvl */
  long start_over[LEVELS]; /* w:lvlOverride/w:startOverride, -1 none */
  bool overridden;
  counters count;
} num_def;

struct gw_wordnum {
  abstract_def *abs;
  size_t nabs;
  num_def *nums;
  size_t nnums;
  gw_style_numid_fn style_numid;
  const void *ctx;
};

/* w:numFmt, also when Word wraps it in mc:AlternateContent (a custom format
 * with a standard fallback: the fallback is taken). */
static const char *num_format(const xmlNode *lvl) {
  const char *fmt = gw_w_val(lvl, "numFmt");
  for (const xmlNode *c = lvl->children; c && !fmt; c = c->next) {
    if (!gw_xml_is(c, gw_mc_ns, "AlternateContent")) continue;
    for (const xmlNode *b = c->children; b; b = b->next)
      if (gw_w_val(b, "numFmt")) fmt = gw_w_val(b, "numFmt");
  }
  return fmt ? fmt : "decimal";
}

static void read_level(const xmlNode *n, level *l) {
  l->defined = true;
  l->start = gw_attr_long(gw_w_val(n, "start"), 0, 0, MAX_START);
  l->fmt = num_format(n);
  l->text = gw_w_val(n, "lvlText");
  l->restart = (int)gw_attr_long(gw_w_val(n, "lvlRestart"), -1, 0, LEVELS);
  l->legal = gw_w_on(gw_w_child(n, "isLgl"));
  const char *suff = gw_w_val(n, "suff");
  l->separated = !suff || strcmp(suff, "nothing") != 0;
}

static void read_levels(const xmlNode *parent, level *levels) {
  for (const xmlNode *n = parent->children; n; n = n->next) {
    if (!gw_w_is(n, "lvl")) continue;
    long i = gw_attr_long(gw_w_attr(n, "ilvl"), -1, -1, LEVELS);
    if (i >= 0 && i < LEVELS) read_level(n, &levels[i]);
  }
}

static int abs_cmp(const void *a, const void *b) {
  long x = ((const abstract_def *)a)->id, y = ((const abstract_def *)b)->id;
  return (x > y) - (x < y);
}

static int num_cmp(const void *a, const void *b) {
  long x = ((const num_def *)a)->id, y = ((const num_def *)b)->id;
  return (x > y) - (x < y);
}

gw_wordnum *gw_wordnum_load(gw_arena *a, const xmlNode *numbering, gw_style_numid_fn style_numid,
                            const void *ctx) {
  gw_wordnum *w = gw_arena_calloc(a, 1, sizeof *w);
  w->style_numid = style_numid;
  w->ctx = ctx;
  if (!numbering) return w;
  size_t nabs = 0, nnums = 0;
  for (const xmlNode *n = numbering->children; n; n = n->next) {
    nabs += gw_w_is(n, "abstractNum");
    nnums += gw_w_is(n, "num");
  }
  w->abs = gw_arena_calloc(a, nabs ? nabs : 1, sizeof *w->abs);
  w->nums = gw_arena_calloc(a, nnums ? nnums : 1, sizeof *w->nums);
  for (const xmlNode *n = numbering->children; n; n = n->next) {
    if (gw_w_is(n, "abstractNum")) {
      abstract_def *d = &w->abs[w->nabs++];
      d->id = gw_attr_long(gw_w_attr(n, "abstractNumId"), -1, -1, 1L << 30);
      d->style_link = gw_w_val(n, "numStyleLink");
      read_levels(n, d->lvl);
    } else if (gw_w_is(n, "num")) {
      num_def *d = &w->nums[w->nnums++];
      d->id = gw_attr_long(gw_w_attr(n, "numId"), -1, -1, 1L << 30);
      d->abstract_id = gw_attr_long(gw_w_val(n, "abstractNumId"), -1, -1, 1L << 30);
      for (int i = 0; i < LEVELS; i++) d->start_over[i] = -1;
      for (const xmlNode *o = n->children; o; o = o->next) {
        if (!gw_w_is(o, "lvlOverride")) continue;
        long i = gw_attr_long(gw_w_attr(o, "ilvl"), -1, -1, LEVELS);
        if (i < 0 || i >= LEVELS) continue;
        d->overridden = true;
        d->start_over[i] = gw_attr_long(gw_w_val(o, "startOverride"), -1, 0, MAX_START);
        const xmlNode *lvl = gw_w_child(o, "lvl");
        if (lvl) read_level(lvl, &d->lvl[i]);
      }
    }
  }
  qsort(w->abs, w->nabs, sizeof *w->abs, abs_cmp);
  qsort(w->nums, w->nnums, sizeof *w->nums, num_cmp);
  return w;
}

static num_def *find_num(gw_wordnum *w, long id) {
  num_def key = {.id = id};
  return w->nnums ? bsearch(&key, w->nums, w->nnums, sizeof key, num_cmp) : NULL;
}

static abstract_def *find_abs(gw_wordnum *w, long id) {
  abstract_def key = {.id = id};
  return w->nabs ? bsearch(&key, w->abs, w->nabs, sizeof key, abs_cmp) : NULL;
}

/* The abstract definition of a list, following w:numStyleLink. */
static abstract_def *definition(gw_wordnum *w, const num_def *num) {
  abstract_def *d = find_abs(w, num->abstract_id);
  for (int hops = 0; d && d->style_link && w->style_numid && hops < MAX_LINK_HOPS; hops++) {
    num_def *linked = find_num(w, w->style_numid(w->ctx, d->style_link));
    abstract_def *next = linked ? find_abs(w, linked->abstract_id) : NULL;
    if (!next || next == d) break;
    d = next;
  }
  return d;
}

static const level *level_at(const num_def *num, const abstract_def *d, int i) {
  if (num->lvl[i].defined) return &num->lvl[i];
  return d && d->lvl[i].defined ? &d->lvl[i] : NULL;
}

static long start_of(const num_def *num, const level *l, int i) {
  if (num->start_over[i] >= 0) return num->start_over[i];
  return l ? l->start : 1;
}

static void advance(counters *c, const num_def *num, const abstract_def *d, int ilvl) {
  if (!c->started[ilvl])
    c->value[ilvl] = start_of(num, level_at(num, d, ilvl), ilvl);
  else if (c->value[ilvl] < MAX_COUNT)
    c->value[ilvl]++;
  c->started[ilvl] = true;
  for (int m = ilvl + 1; m < LEVELS; m++) {
    const level *l = level_at(num, d, m);
    int restart = l ? l->restart : -1;
    if (restart < 0 || ilvl < restart) c->started[m] = false;
  }
}

void gw_wordnum_label(gw_wordnum *w, long num_id, int ilvl, gw_textbuf *out) {
  if (ilvl < 0 || ilvl >= LEVELS) return;
  num_def *num = find_num(w, num_id);
  if (!num) return;
  abstract_def *d = definition(w, num);
  const level *l = level_at(num, d, ilvl);
  if (!l || !l->text || strcmp(l->fmt, "bullet") == 0) return;
  counters *c = num->overridden || !d ? &num->count : &d->count;
  advance(c, num, d, ilvl);
  size_t before = out->len;
  for (const char *p = l->text; *p; p++) {
    if (p[0] == '%' && p[1] >= '1' && p[1] <= '9') {
      int k = p[1] - '1';
      const level *lk = level_at(num, d, k);
      long v = c->started[k] ? c->value[k] : start_of(num, lk, k);
      gw_numfmt_append(l->legal ? "decimal" : lk ? lk->fmt : "decimal", v, out);
      p++;
    } else {
      gw_textbuf_put(out, p, 1);
    }
  }
  if (out->len > before && l->separated) gw_textbuf_put(out, " ", 1);
}
