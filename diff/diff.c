/* gw_diff_new: the task lists of both sides, the year gap, alignment, field
 * comparison, and the order of the report. */
#include <stdlib.h>
#include <string.h>

#include "../core/err.h"
#include "../extract/dates.h"
#include "diff.h"

const char *gw_change_status_name(gw_change_status s) {
  static const char *const N[] = {"unchanged", "moved", "changed", "split",
                                  "merged",    "added", "removed"};
  return (unsigned)s < GW_CH_COUNT ? N[s] : "changed";
}

/* The document's year: its date, else its number, else its title. */
static int doc_year(const gw_catalogue *cat) {
  const gw_docmeta *m = &cat->meta;
  if (gw_date_set(m->date)) return m->date.y;
  const char *sources[] = {m->doc_number.value, m->title.value, m->enclosed_title.value};
  for (size_t k = 0; k < 3; k++) {
    const char *s = sources[k];
    if (!s) continue;
    size_t n = strlen(s);
    for (size_t i = 0; i + 4 <= n; i++) {
      int y;
      if (gw_parse_year(s, n, i, &y, k > 0)) return y;
    }
  }
  return 0;
}

/* Without a year on both sides: the most common shift in whole years
 * between the due dates of linked tasks. */
static int year_gap_from_links(const gw_diff *d) {
  int votes[7] = {0};
  for (size_t c = 0; c < d->changes.len; c++) {
    const gw_change *ch = &d->changes.items[c];
    if (ch->olds.len != 1 || ch->news.len != 1) continue;
    const gw_task *o = gw_old_task(d, ch->olds.items[0]), *n = gw_new_task(d, ch->news.items[0]);
    for (size_t i = 0; i < o->f.deadlines.len && i < n->f.deadlines.len; i++) {
      gw_date a = o->f.deadlines.items[i].due, b = n->f.deadlines.items[i].due;
      if (!gw_date_set(a) || !gw_date_set(b) || a.m != b.m) continue;
      int g = b.y - a.y;
      if (g >= 0 && g <= 6) votes[g]++;
    }
  }
  int best = 0;
  for (int g = 1; g <= 6; g++)
    if (votes[g] > votes[best]) best = g;
  return votes[best] >= 2 ? best : 0;
}

static int by_order(const void *x, const void *y) {
  const gw_change *a = x, *b = y;
  return a->order < b->order ? -1 : a->order > b->order;
}

static gw_status build(gw_diff *d, gw_error *err) {
  if (setjmp(d->guard)) return gw_fail(err, GW_ERR_NOMEM, "out of memory comparing the documents");
  d->arena->on_fail = &d->guard;
  for (size_t i = 0; i < d->old_cat->tasks.len; i++)
    if (d->old_cat->tasks.items[i].kind == GW_KIND_TASK)
      GW_VEC_PUSH(d->arena, d->old_tasks, (uint32_t)i);
  for (size_t i = 0; i < d->new_cat->tasks.len; i++)
    if (d->new_cat->tasks.items[i].kind == GW_KIND_TASK)
      GW_VEC_PUSH(d->arena, d->new_tasks, (uint32_t)i);
  gw_simtab t;
  gw_sim_build(d, &t);
  gw_align(d, &t);
  int old_year = doc_year(d->old_cat), new_year = doc_year(d->new_cat);
  d->year_gap = old_year && new_year ? new_year - old_year : year_gap_from_links(d);
  qsort(d->changes.items, d->changes.len, sizeof *d->changes.items, by_order);
  for (size_t c = 0; c < d->changes.len; c++) {
    gw_compare_fields(d, &d->changes.items[c]);
    d->counts[d->changes.items[c].status]++;
  }
  d->arena->on_fail = NULL;
  return GW_OK;
}

gw_status gw_diff_new(const gw_catalogue *old_cat, const gw_catalogue *new_cat, gw_diff **out,
                      gw_error *err) {
  *out = NULL;
  gw_diff *d = calloc(1, sizeof *d);
  if (!d || !(d->arena = gw_arena_new(0))) {
    free(d);
    return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  }
  d->old_cat = old_cat;
  d->new_cat = new_cat;
  /* Without a break iterator (ICU failed) every text has no words: the
   * bigrams still compare. */
  UErrorCode ust = U_ZERO_ERROR;
  d->words = ubrk_open(UBRK_WORD, "zh", NULL, 0, &ust);
  if (U_FAILURE(ust)) d->words = NULL;
  gw_status st = build(d, err);
  if (st != GW_OK) {
    gw_diff_free(d);
    return st;
  }
  *out = d;
  return GW_OK;
}

void gw_diff_free(gw_diff *d) {
  if (!d) return;
  ubrk_close(d->words);
  gw_arena_free(d->arena);
  free(d);
}

int gw_diff_differs(const gw_diff *d) {
  return d->counts[GW_CH_UNCHANGED] != d->changes.len;
}
