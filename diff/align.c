/* Aligning the tasks of two years by content, not by number.
 *  1. An optimal one-to-one assignment (Hungarian algorithm) over the pairs
 *     whose similarity reaches THRESHOLD; a task may stay unmatched.
 *  2. Splits and merges: an unmatched task whose words another task holds
 *     joins that task's link when together they cover it better.
 *  3. What stays unmatched is added (new side) or removed (old side).
 * Statuses of one-to-one links: unchanged (same text, same headings), moved
 * (same text, other headings), changed. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"

/* Pairs below this similarity are never linked one to one. */
#define THRESHOLD 0.27
/* A part of a split or merge: at least this share of its words (bigram
 * weight) lies in the whole... */
#define PART_CONTAINED 0.30
/* ...and adding it raises the whole's coverage by at least this much. */
#define COVERAGE_GAIN 0.10

static float sim_at(const gw_simtab *t, uint32_t i, uint32_t j) {
  return t->sim[(size_t)i * t->n_new + j];
}

/* Minimum-cost assignment of n rows to m >= n columns (e-maxx's O(n^2 m)
 * Hungarian algorithm with potentials). cost is row-major n x m; the
 * result maps each row to a column. */
static void hungarian(gw_arena *a, const double *cost, uint32_t n, uint32_t m,
                      uint32_t *row_to_col) {
  double *u = gw_arena_calloc(a, n + 1, sizeof *u);
  double *v = gw_arena_calloc(a, m + 1, sizeof *v);
  uint32_t *p = gw_arena_calloc(a, m + 1, sizeof *p); /* column -> row (1-based, 0 free) */
  uint32_t *way = gw_arena_calloc(a, m + 1, sizeof *way);
  double *minv = gw_arena_alloc(a, (m + 1) * sizeof *minv);
  bool *used = gw_arena_alloc(a, m + 1);
  for (uint32_t i = 1; i <= n; i++) {
    p[0] = i;
    uint32_t j0 = 0;
    for (uint32_t j = 0; j <= m; j++) {
      minv[j] = INFINITY;
      used[j] = false;
    }
    do {
      used[j0] = true;
      uint32_t i0 = p[j0], j1 = 0;
      double delta = INFINITY;
      for (uint32_t j = 1; j <= m; j++) {
        if (used[j]) continue;
        double cur = cost[(size_t)(i0 - 1) * m + (j - 1)] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (uint32_t j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      uint32_t j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  for (uint32_t j = 1; j <= m; j++)
    if (p[j]) row_to_col[p[j] - 1] = j - 1;
}

static gw_change *new_change(gw_diff *d, gw_change_status st) {
  gw_change ch;
  memset(&ch, 0, sizeof ch);
  ch.status = st;
  GW_VEC_PUSH(d->arena, d->changes, ch);
  return &d->changes.items[d->changes.len - 1];
}

/* Coverage of `whole` by the union of `parts` (bigram weight share). */
static double coverage(const gw_simtab *t, bool whole_old, uint32_t whole, const uint32_t *parts,
                       size_t nparts) {
  const gw_taskvec *w = whole_old ? &t->old_v[whole] : &t->new_v[whole];
  const gw_taskvec *pv[16];
  size_t n = 0;
  for (size_t i = 0; i < nparts && n < 16; i++)
    pv[n++] = whole_old ? &t->new_v[parts[i]] : &t->old_v[parts[i]];
  return gw_sim_containment(w, pv, n);
}

static double contained(const gw_simtab *t, bool part_old, uint32_t part, uint32_t whole) {
  const gw_taskvec *p = part_old ? &t->old_v[part] : &t->new_v[part];
  const gw_taskvec *w = part_old ? &t->new_v[whole] : &t->old_v[whole];
  return gw_sim_containment(p, &w, 1);
}

typedef GW_VEC(uint32_t) idx_vec;

/* Splits and merges: each unmatched task of one side (a part) joins the
 * linked task of the other side (a whole) that contains it best, if the
 * part adds to how much of the whole its parts cover. A whole that is
 * already a merge (or a split) takes no parts. Splits: parts new, wholes
 * old; merges: parts old, wholes new. */
static void attach_parts(gw_arena *a, const gw_simtab *t, bool part_old, uint32_t nparts,
                         uint32_t nwholes, int32_t *part_link, const int32_t *whole_link,
                         idx_vec *whole_parts, const idx_vec *part_groups) {
  for (uint32_t p = 0; p < nparts; p++) {
    if (part_link[p] >= 0) continue;
    uint32_t best = UINT32_MAX;
    double best_c = PART_CONTAINED;
    for (uint32_t w = 0; w < nwholes; w++) {
      if (whole_link[w] < 0 || part_groups[whole_link[w]].len > 1) continue;
      double c = contained(t, part_old, p, w);
      if (c >= best_c) {
        best_c = c;
        best = w;
      }
    }
    if (best == UINT32_MAX) continue;
    idx_vec *parts = &whole_parts[best];
    double before = coverage(t, !part_old, best, parts->items, parts->len);
    GW_VEC_PUSH(a, *parts, p);
    double after = coverage(t, !part_old, best, parts->items, parts->len);
    if (after - before < COVERAGE_GAIN) {
      parts->len--;
      continue;
    }
    part_link[p] = (int32_t)best;
  }
}

void gw_align(gw_diff *d, const gw_simtab *t) {
  gw_arena *a = d->arena;
  uint32_t n = t->n_old, m = t->n_new;
  /* Rows: old tasks. Columns: new tasks, then one "unmatched" column per
   * old task. Linking below the threshold costs more than staying alone. */
  uint32_t cols = m + n;
  int32_t *old_to_new = gw_arena_alloc(a, (n + 1) * sizeof *old_to_new);
  int32_t *new_to_old = gw_arena_alloc(a, (m + 1) * sizeof *new_to_old);
  for (uint32_t j = 0; j < m; j++) new_to_old[j] = -1;
  if (n) {
    double *cost = gw_arena_alloc(a, (size_t)n * cols * sizeof *cost);
    for (uint32_t i = 0; i < n; i++) {
      for (uint32_t j = 0; j < m; j++) {
        double s = sim_at(t, i, j);
        cost[(size_t)i * cols + j] = s >= THRESHOLD ? 1.0 - s : 4.0;
      }
      for (uint32_t k = 0; k < n; k++)
        cost[(size_t)i * cols + m + k] = k == i ? 1.0 - THRESHOLD : 8.0;
    }
    uint32_t *assign = gw_arena_alloc(a, n * sizeof *assign);
    hungarian(a, cost, n, cols, assign);
    for (uint32_t i = 0; i < n; i++) {
      old_to_new[i] =
          assign[i] < m && sim_at(t, i, assign[i]) >= THRESHOLD ? (int32_t)assign[i] : -1;
      if (old_to_new[i] >= 0) new_to_old[old_to_new[i]] = (int32_t)i;
    }
  }
  /* Groups: each old task's partners on the new side and vice versa. */
  idx_vec *old_parts = gw_arena_calloc(a, n + 1, sizeof *old_parts); /* new tasks of old i */
  idx_vec *new_parts = gw_arena_calloc(a, m + 1, sizeof *new_parts); /* old tasks of new j */
  for (uint32_t i = 0; i < n; i++)
    if (old_to_new[i] >= 0) {
      GW_VEC_PUSH(a, old_parts[i], (uint32_t)old_to_new[i]);
      GW_VEC_PUSH(a, new_parts[old_to_new[i]], i);
    }
  attach_parts(a, t, false, m, n, new_to_old, old_to_new, old_parts, new_parts); /* splits */
  attach_parts(a, t, true, n, m, old_to_new, new_to_old, new_parts, old_parts);  /* merges */
  /* Changes with new tasks, in new-document order. */
  double *old_order = gw_arena_alloc(a, (n + 1) * sizeof *old_order);
  for (uint32_t i = 0; i < n; i++) old_order[i] = -1;
  bool *done_new = gw_arena_calloc(a, m + 1, 1);
  for (uint32_t j = 0; j < m; j++) {
    if (done_new[j]) continue;
    gw_change *ch;
    if (new_to_old[j] < 0) {
      ch = new_change(d, GW_CH_ADDED);
      GW_VEC_PUSH(a, ch->news, j);
      done_new[j] = true;
    } else {
      uint32_t i = (uint32_t)new_to_old[j];
      idx_vec *olds = &new_parts[j];
      idx_vec *news = &old_parts[i];
      if (olds->len > 1) { /* merged: several old, this new */
        ch = new_change(d, GW_CH_MERGED);
        for (size_t k = 0; k < olds->len; k++) GW_VEC_PUSH(a, ch->olds, olds->items[k]);
        GW_VEC_PUSH(a, ch->news, j);
        done_new[j] = true;
      } else if (news->len > 1) { /* split: this old, several new */
        ch = new_change(d, GW_CH_SPLIT);
        GW_VEC_PUSH(a, ch->olds, i);
        for (size_t k = 0; k < news->len; k++) {
          GW_VEC_PUSH(a, ch->news, news->items[k]);
          done_new[news->items[k]] = true;
        }
      } else {
        const gw_taskvec *ov = &t->old_v[i], *nv = &t->new_v[j];
        bool same_text =
            !strcmp(ov->norm_text, nv->norm_text) && !strcmp(ov->norm_fields, nv->norm_fields);
        bool same_place = !strcmp(ov->norm_heading, nv->norm_heading);
        ch =
            new_change(d, same_text ? (same_place ? GW_CH_UNCHANGED : GW_CH_MOVED) : GW_CH_CHANGED);
        GW_VEC_PUSH(a, ch->olds, i);
        GW_VEC_PUSH(a, ch->news, j);
        done_new[j] = true;
      }
    }
    ch->order = j;
    /* similarity: mean over the links of the change */
    double s = 0;
    size_t k = 0;
    for (size_t x = 0; x < ch->olds.len; x++)
      for (size_t y = 0; y < ch->news.len; y++, k++)
        s += sim_at(t, ch->olds.items[x], ch->news.items[y]);
    ch->similarity = ch->olds.len ? s / (double)k : 0;
    for (size_t x = 0; x < ch->olds.len; x++) old_order[ch->olds.items[x]] = ch->order;
  }
  /* Removed tasks stand where they were: after the change that holds the
   * old task before them. */
  double place = -1;
  for (uint32_t i = 0; i < n; i++) {
    if (old_order[i] >= 0) {
      place = old_order[i];
      continue;
    }
    gw_change *ch = new_change(d, GW_CH_REMOVED);
    GW_VEC_PUSH(a, ch->olds, i);
    ch->order = place + 0.5 + (double)i / (double)(n + 1) / 4.0;
  }
}
