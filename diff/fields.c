/* What changed inside a link: units (added, removed, renamed through the
 * alias table, role changed), deadlines (shifted, or rolled over by exactly
 * the years between the documents), recurrence, targets, and the text as a
 * word-level diff on ICU word boundaries. */
#include <string.h>

#include "diff.h"

/* Token sequences longer than this get a whole delete/insert instead of a
 * word diff (the table is quadratic). */
#define MAX_DIFF_WORDS 3000

typedef GW_VEC(gw_unit_ref) unit_vec;

static void collect_units(gw_arena *a, const gw_fields *f, unit_vec *out) {
  for (size_t i = 0; i < f->units.len; i++) {
    const gw_unit *u = &f->units.items[i];
    bool dup = false;
    for (size_t k = 0; k < out->len && !dup; k++)
      dup = out->items[k].role == u->role && !strcmp(out->items[k].name, u->name);
    if (dup) continue;
    gw_unit_ref r = {u->name, u->canonical ? u->canonical : u->name, u->role};
    GW_VEC_PUSH(a, *out, r);
  }
}

static void side_units(gw_diff *d, const gw_change *ch, bool old, unit_vec *out) {
  for (size_t k = 0; k < gw_side_len(ch, old); k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    collect_units(d->arena, &t->f, out);
  }
}

static bool has_canonical(const unit_vec *v, const char *canon) {
  for (size_t i = 0; i < v->len; i++)
    if (!strcmp(v->items[i].canonical, canon)) return true;
  return false;
}

static void compare_units(gw_diff *d, gw_change *ch) {
  unit_vec ou = {0}, nu = {0};
  side_units(d, ch, true, &ou);
  side_units(d, ch, false, &nu);
  gw_arena *a = d->arena;
  for (size_t i = 0; i < nu.len; i++)
    if (!has_canonical(&ou, nu.items[i].canonical)) GW_VEC_PUSH(a, ch->units_added, nu.items[i]);
  for (size_t i = 0; i < ou.len; i++)
    if (!has_canonical(&nu, ou.items[i].canonical)) GW_VEC_PUSH(a, ch->units_removed, ou.items[i]);
  /* Same unit under another name (区安监局 -> 区应急管理局), or another role. */
  for (size_t i = 0; i < ou.len; i++) {
    const gw_unit_ref *o = &ou.items[i];
    bool same_name = false, same_role = false;
    const gw_unit_ref *other = NULL;
    for (size_t k = 0; k < nu.len; k++) {
      const gw_unit_ref *x = &nu.items[k];
      if (strcmp(x->canonical, o->canonical)) continue;
      other = x;
      if (!strcmp(x->name, o->name)) same_name = true;
      if (x->role == o->role) same_role = true;
    }
    if (!other) continue;
    if (!same_name) {
      bool dup = false;
      for (size_t k = 0; k < ch->units_renamed.len && !dup; k++)
        dup = !strcmp(ch->units_renamed.items[k].old_name, o->name);
      gw_rename r = {o->name, other->name, o->canonical};
      if (!dup) GW_VEC_PUSH(a, ch->units_renamed, r);
    }
    if (!same_role) {
      gw_role_change rc = {other->name, o->role, other->role};
      GW_VEC_PUSH(a, ch->roles_changed, rc);
    }
  }
}

/* Due dates of one side, in order. */
typedef GW_VEC(const gw_deadline *) dl_vec;
static void side_deadlines(gw_diff *d, const gw_change *ch, bool old, dl_vec *out) {
  for (size_t k = 0; k < gw_side_len(ch, old); k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    for (size_t i = 0; i < t->f.deadlines.len; i++)
      if (gw_date_set(t->f.deadlines.items[i].due))
        GW_VEC_PUSH(d->arena, *out, &t->f.deadlines.items[i]);
  }
}

static bool rolled_over(gw_date o, gw_date n, int years) {
  if (!years || n.y - o.y != years || n.m != o.m) return false;
  if (n.d == o.d) return true;
  /* month ends roll with the month: 2020-02-29 -> 2021-02-28 */
  return o.d == gw_days_in_month(o.y, o.m) && n.d == gw_days_in_month(n.y, n.m);
}

static void compare_deadlines(gw_diff *d, gw_change *ch) {
  dl_vec od = {0}, nd = {0};
  side_deadlines(d, ch, true, &od);
  side_deadlines(d, ch, false, &nd);
  size_t n = od.len > nd.len ? od.len : nd.len;
  for (size_t i = 0; i < n; i++) {
    const gw_deadline *o = i < od.len ? od.items[i] : NULL, *w = i < nd.len ? nd.items[i] : NULL;
    gw_date_change dc;
    memset(&dc, 0, sizeof dc);
    if (o) dc.old_due = o->due, dc.old_text = o->text;
    if (w) dc.new_due = w->due, dc.new_text = w->text;
    if (o && w) {
      if (!gw_date_cmp(o->due, w->due)) continue;
      dc.shift_days = gw_date_days(w->due) - gw_date_days(o->due);
      dc.rolled_over = rolled_over(o->due, w->due, d->year_gap);
    }
    GW_VEC_PUSH(d->arena, ch->deadlines, dc);
  }
}

static unsigned freq_set(gw_diff *d, const gw_change *ch, bool old) {
  unsigned set = 0;
  for (size_t k = 0; k < gw_side_len(ch, old); k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    for (size_t i = 0; i < t->f.recurrence.len; i++) set |= 1u << t->f.recurrence.items[i].freq;
  }
  return set;
}

typedef GW_VEC(const gw_target *) tg_vec;
static void side_targets(gw_diff *d, const gw_change *ch, bool old, tg_vec *out) {
  for (size_t k = 0; k < gw_side_len(ch, old); k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    for (size_t i = 0; i < t->f.targets.len; i++)
      GW_VEC_PUSH(d->arena, *out, &t->f.targets.items[i]);
  }
}

static bool same_metric(const gw_target *a, const gw_target *b) {
  if (a->metric && b->metric && !strcmp(a->metric, b->metric)) return true;
  return a->unit && b->unit && !strcmp(a->unit, b->unit) && (!a->metric || !b->metric);
}

static void compare_targets(gw_diff *d, gw_change *ch) {
  tg_vec ot = {0}, nt = {0};
  side_targets(d, ch, true, &ot);
  side_targets(d, ch, false, &nt);
  bool *used = gw_arena_calloc(d->arena, nt.len + 1, 1);
  for (size_t i = 0; i < ot.len; i++) {
    const gw_target *o = ot.items[i], *match = NULL;
    size_t mk = 0;
    /* same metric first, else the same position */
    for (size_t k = 0; k < nt.len && !match; k++)
      if (!used[k] && same_metric(o, nt.items[k])) match = nt.items[k], mk = k;
    if (!match && i < nt.len && !used[i]) match = nt.items[i], mk = i;
    if (match) used[mk] = true;
    if (match && match->value == o->value && match->op == o->op) continue;
    gw_target_change tc = {o, match};
    GW_VEC_PUSH(d->arena, ch->targets, tc);
  }
  for (size_t k = 0; k < nt.len; k++)
    if (!used[k]) {
      gw_target_change tc = {NULL, nt.items[k]};
      GW_VEC_PUSH(d->arena, ch->targets, tc);
    }
}

/* ---- word diff -------------------------------------------------------- */

static const char *side_text(gw_diff *d, const gw_change *ch, bool old) {
  size_t len = 0;
  for (size_t k = 0; k < gw_side_len(ch, old); k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    len += strlen(t->text) + 1;
  }
  char *s = gw_arena_alloc(d->arena, len + 1), *o = s;
  for (size_t k = 0; k < gw_side_len(ch, old); k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    if (k) *o++ = '\n';
    size_t n = strlen(t->text);
    memcpy(o, t->text, n);
    o += n;
  }
  *o = 0;
  return s;
}

/* A run of words w[from..to), after the text of the run before it when that
 * one is of the same kind. */
static void push_run(gw_diff *d, gw_change *ch, gw_run_op op, const char *const *w, size_t from,
                     size_t to) {
  if (from >= to) return;
  gw_run *prev = ch->text_diff.len ? &ch->text_diff.items[ch->text_diff.len - 1] : NULL;
  bool extend = prev && prev->op == op;
  const char *head = extend ? prev->text : "";
  size_t hl = strlen(head), len = hl;
  for (size_t i = from; i < to; i++) len += strlen(w[i]);
  char *s = gw_arena_alloc(d->arena, len + 1), *o = s;
  memcpy(o, head, hl);
  o += hl;
  for (size_t i = from; i < to; i++) {
    size_t n = strlen(w[i]);
    memcpy(o, w[i], n);
    o += n;
  }
  *o = 0;
  if (extend) {
    prev->text = s;
    return;
  }
  gw_run r = {op, s};
  GW_VEC_PUSH(d->arena, ch->text_diff, r);
}

/* Longest common subsequence over words, walked back into runs. */
static void word_diff(gw_diff *d, gw_change *ch, const char *a_text, const char *b_text) {
  const char **a, **b;
  size_t n = gw_words(d, a_text, &a, true);
  size_t m = gw_words(d, b_text, &b, true);
  if (n > MAX_DIFF_WORDS || m > MAX_DIFF_WORDS) {
    push_run(d, ch, GW_RUN_DELETE, a, 0, n);
    push_run(d, ch, GW_RUN_INSERT, b, 0, m);
    return;
  }
  /* common prefix and suffix first: most year-to-year edits are local */
  size_t pre = 0;
  while (pre < n && pre < m && !strcmp(a[pre], b[pre])) pre++;
  size_t suf = 0;
  while (suf < n - pre && suf < m - pre && !strcmp(a[n - 1 - suf], b[m - 1 - suf])) suf++;
  push_run(d, ch, GW_RUN_EQUAL, a, 0, pre);
  size_t an = n - pre - suf, bn = m - pre - suf;
  const char **ax = a + pre, **bx = b + pre;
  uint16_t *L = gw_arena_calloc(d->arena, (an + 1) * (bn + 1), sizeof *L);
#define LCS(i, j) L[(size_t)(i) * (bn + 1) + (j)]
#define STEP(i, j)                                                                                 \
  ((i) < an && (j) < bn && !strcmp(ax[i], bx[j])                   ? GW_RUN_EQUAL                  \
   : (j) < bn && ((i) == an || LCS(i, (j) + 1) >= LCS((i) + 1, j)) ? GW_RUN_INSERT                 \
                                                                   : GW_RUN_DELETE)
  for (size_t i = an; i-- > 0;)
    for (size_t j = bn; j-- > 0;)
      LCS(i, j) = !strcmp(ax[i], bx[j])
                      ? (uint16_t)(LCS(i + 1, j + 1) + 1)
                      : (LCS(i + 1, j) > LCS(i, j + 1) ? LCS(i + 1, j) : LCS(i, j + 1));
  /* each stretch of one kind of step becomes one run */
  for (size_t i = 0, j = 0; i < an || j < bn;) {
    gw_run_op op = STEP(i, j);
    size_t i0 = i, j0 = j;
    do {
      if (op != GW_RUN_INSERT) i++;
      if (op != GW_RUN_DELETE) j++;
    } while ((i < an || j < bn) && STEP(i, j) == op);
    if (op == GW_RUN_INSERT)
      push_run(d, ch, op, bx, j0, j);
    else
      push_run(d, ch, op, ax, i0, i);
  }
#undef STEP
#undef LCS
  push_run(d, ch, GW_RUN_EQUAL, a, n - suf, n);
}

void gw_compare_fields(gw_diff *d, gw_change *ch) {
  compare_units(d, ch);
  compare_deadlines(d, ch);
  ch->recurrence_changed =
      freq_set(d, ch, true) != freq_set(d, ch, false) && ch->olds.len && ch->news.len;
  compare_targets(d, ch);
  if (ch->status == GW_CH_ADDED || ch->status == GW_CH_REMOVED) return;
  if (ch->status == GW_CH_UNCHANGED || ch->status == GW_CH_MOVED) {
    gw_run r = {GW_RUN_EQUAL, side_text(d, ch, false)};
    GW_VEC_PUSH(d->arena, ch->text_diff, r);
    return;
  }
  word_diff(d, ch, side_text(d, ch, true), side_text(d, ch, false));
}
