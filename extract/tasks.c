/* Items -> tasks: the deepest numbered items that carry content (and rows
 * of task tables), with their path, headings, title, kind and fields. */
#include <string.h>

#include "../core/cnnum.h"
#include "../core/columns.h"
#include "../core/utf8.h"
#include "../core/words.h"
#include "dates.h"
#include "features.h"
#include "fields.h"
#include "outline.h"
#include "tables.h"
#include "text.h"

/* ---- kinds -------------------------------------------------------------- */

/* Section headings that say what their items are. A heading is one of these
 * when it ends with the word and is short (工作进展不平衡 is a problem stated,
 * not a 工作进展 section). */
static const gw_word PROBLEM_WORDS[] = {
    GW_WORD("存在问题"),   GW_WORD("存在的问题"), GW_WORD("主要问题"),
    GW_WORD("问题和不足"), GW_WORD("存在的不足"), GW_WORD("薄弱环节"),
    GW_WORD("短板不足"),   GW_WORD("不足之处"),   GW_WORDS_END};
static const gw_word ACHIEVEMENT_WORDS[] = {
    GW_WORD("工作成效"), GW_WORD("主要成效"), GW_WORD("取得成效"), GW_WORD("取得的成效"),
    GW_WORD("工作成绩"), GW_WORD("主要成绩"), GW_WORD("主要做法"), GW_WORD("工作开展情况"),
    GW_WORD("进展情况"), GW_WORD("完成情况"), GW_WORD("工作回顾"), GW_WORD("工作进展"),
    GW_WORD("基本情况"), GW_WORD("开展情况"), GW_WORDS_END};
static const gw_word PRINCIPLE_WORDS[] = {
    GW_WORD("指导思想"), GW_WORD("总体思路"), GW_WORD("基本原则"), GW_WORD("工作原则"),
    GW_WORD("原则"),     GW_WORD("总体要求"), GW_WORDS_END};
static const gw_word GOAL_WORDS[] = {GW_WORD("工作目标"), GW_WORD("主要目标"), GW_WORD("总体目标"),
                                     GW_WORD("目标任务"), GW_WORD("目标"),     GW_WORDS_END};

static bool ends_with_word(const char *s, size_t n, const gw_word *words) {
  while (n && (s[n - 1] == ' ' || s[n - 1] == ':' || s[n - 1] == '.')) n--;
  if (gw_ends_with(s, n, "：") || gw_ends_with(s, n, "。")) n -= 3;
  return gw_word_suffix(words, s, n) >= 0;
}

/* The kind a section heading gives its items. `self`: the heading of the
 * item itself (总体要求 makes the item a principle, not its children). */
static gw_kind heading_kind(const char *s, size_t n, bool self) {
  if (!s || !n || gw_utf8_count(s, n) > 12) return GW_KIND_TASK;
  if (ends_with_word(s, n, PROBLEM_WORDS)) return GW_KIND_PROBLEM;
  if (ends_with_word(s, n, ACHIEVEMENT_WORDS)) return GW_KIND_ACHIEVEMENT;
  if (ends_with_word(s, n, PRINCIPLE_WORDS)) {
    if (!self && gw_ends_with(s, n, "总体要求")) return GW_KIND_TASK;
    return GW_KIND_PRINCIPLE;
  }
  if (ends_with_word(s, n, GOAL_WORDS)) return GW_KIND_GOAL;
  return GW_KIND_TASK;
}

/* ---- text of an item ------------------------------------------------- */

typedef struct item_text {
  gw_view flat;            /* for matching */
  gw_view display;         /* lines joined with newlines: the task's text */
  uint32_t first_line_len; /* bytes of the first line in `display` */
  uint32_t nlines;
} item_text;

static void item_lines(gw_ctx *c, const gw_item *it, item_text *out) {
  gw_view_builder fb, db;
  gw_view_begin(&fb, c->a, c->doc->text);
  gw_view_begin(&db, c->a, c->doc->text);
  out->nlines = 0;
  out->first_line_len = 0;
  for (uint32_t b = it->first_block; b <= it->last_block; b++) {
    const gw_block *blk = &c->doc->blocks.items[b];
    if (blk->kind != GW_BLOCK_LINE || c->line_role[b] == GW_LINE_META) continue;
    uint32_t start = b == it->first_block ? it->text_start : blk->start;
    uint32_t end = b == it->last_block && it->text_end ? it->text_end : blk->end;
    if (start >= end) continue;
    uint32_t before = db.len;
    /* A short first line without punctuation is a title: keep it apart
     * from the paragraph under it, so no unit name runs across the two. */
    bool after_title = out->nlines == 1 && fb.len && gw_utf8_count(fb.buf, fb.len) <= 20 &&
                       !gw_text_has_any(fb.buf, fb.len, "。，；：、,;:");
    gw_view_add(&fb, start, end, after_title ? "\n" : NULL);
    gw_view_add(&db, start, end, "\n");
    if (db.len > before) {
      if (out->nlines == 0) out->first_line_len = db.len;
      out->nlines++;
    }
  }
  out->flat = gw_view_end(&fb);
  out->display = gw_view_end(&db);
}

/* The lead phrase: a first line that is a heading of its own, or a short
 * first sentence (建筑施工。持续开展…). */
static const char *item_title(const item_text *t, size_t *title_len) {
  const char *s = t->display.s;
  size_t n = t->display.len, first = t->first_line_len;
  *title_len = 0;
  if (!n) return NULL;
  if (t->nlines > 1 && first && gw_utf8_count(s, first) <= 40 &&
      !gw_text_has_any(s, first, "。！？；;!?")) {
    *title_len = first;
    return s;
  }
  size_t stop = gw_find(s, n, 0, "。");
  size_t colon = gw_find(s, n, 0, "：");
  if (colon != (size_t)-1 && colon < stop && gw_utf8_count(s, colon) <= 16) stop = colon;
  if (stop == (size_t)-1 || stop + 3 >= n) return NULL;
  if (gw_utf8_count(s, stop) > 30 || gw_text_has_any(s, stop, "\n")) return NULL;
  *title_len = stop;
  return s;
}

/* ---- building tasks ---------------------------------------------------- */

typedef struct task_builder {
  gw_ctx *c;
  uint32_t next_id;
} task_builder;

static int year_of_text(const char *s) {
  size_t n = strlen(s);
  int found = 0;
  for (size_t i = 0; i + 4 <= n; i++) {
    int y;
    if ((unsigned char)s[i] < 0x80 || (s[i] & 0xC0) != 0x80) {
      size_t used = gw_parse_year(s, n, i, &y, 1);
      if (used) {
        found = y;
        i += used - 1;
      }
    }
  }
  return found;
}

/* An item's heading, as its descendants see it: its title, else its first
 * line; with the year it names and the kind of section it opens. */
static void remember_heading(gw_ctx *c, gw_item *it, const item_text *t, const char *title,
                             size_t title_len) {
  size_t n = title ? title_len : t->first_line_len ? t->first_line_len : t->display.len;
  it->heading = gw_arena_strndup(c->a, t->display.s, n);
  it->heading_year = year_of_text(it->heading);
  it->heading_kind = heading_kind(it->heading, strlen(it->heading), false);
}

static const gw_item *with_heading(gw_ctx *c, gw_item *it) {
  if (!it->heading) {
    item_text t;
    item_lines(c, it, &t);
    size_t tl;
    const char *title = item_title(&t, &tl);
    remember_heading(c, it, &t, title, tl);
  }
  return it;
}

/* Path and headings from the part and the ancestors; returns the year the
 * nearest heading names (0 if none) and the kind the ancestors give. */
static int ancestry(gw_ctx *c, const gw_item *it, gw_task *task, gw_kind *inherited) {
  gw_item *chain[64];
  size_t n = 0;
  for (gw_item *p = it->parent; p && n < 64; p = p->parent) chain[n++] = p;
  const char *part = c->parts.items[it->part].label;
  if (part) GW_VEC_PUSH(c->a, task->path, part);
  int year = 0;
  *inherited = GW_KIND_TASK;
  for (size_t k = n; k-- > 0;) {
    const gw_item *p = with_heading(c, chain[k]);
    GW_VEC_PUSH(c->a, task->path, p->label);
    GW_VEC_PUSH(c->a, task->heading, p->heading);
    if (p->heading_year) year = p->heading_year;
    if (p->heading_kind != GW_KIND_TASK) *inherited = p->heading_kind;
  }
  return year;
}

static gw_task *push_task(task_builder *tb) {
  gw_ctx *c = tb->c;
  gw_task blank;
  memset(&blank, 0, sizeof blank);
  GW_VEC_PUSH(c->a, c->cat->tasks, blank);
  gw_task *t = &c->cat->tasks.items[c->cat->tasks.len - 1];
  char id[GW_NUMBER_MAX + 1] = "t";
  gw_format_decimal(++tb->next_id, id + 1);
  t->id = gw_arena_strdup(c->a, id);
  return t;
}

static bool has_units(const gw_fields *f) {
  return f->units.len > 0;
}

static void take_subtasks(gw_ctx *c, gw_task *task, const gw_view *v, gw_clause_vec *clauses) {
  if (clauses->len < 2) return;
  for (size_t k = 0; k < clauses->len; k++) {
    gw_clause *cl = &clauses->items[k];
    gw_subtask st;
    memset(&st, 0, sizeof st);
    st.text = gw_arena_strndup(c->a, v->s + cl->start, cl->end - cl->start);
    st.span.start = gw_view_src(v, cl->start, false);
    st.span.end = gw_view_src(v, cl->end, true);
    st.f = cl->f;
    GW_VEC_PUSH(c->a, task->subtasks, st);
  }
}

/* Deadlines, recurrences and targets found in the whole text also go to
 * the clause that holds them. */
static void share_with_clauses(gw_ctx *c, const gw_view *v, const gw_fields *f,
                               gw_clause_vec *clauses) {
  if (clauses->len < 2) return;
  for (size_t k = 0; k < clauses->len; k++) {
    gw_clause *cl = &clauses->items[k];
    uint32_t a = gw_view_src(v, cl->start, false), b = gw_view_src(v, cl->end, true);
    for (size_t i = 0; i < f->deadlines.len; i++)
      if (f->deadlines.items[i].span.start >= a && f->deadlines.items[i].span.end <= b)
        GW_VEC_PUSH(c->a, cl->f.deadlines, f->deadlines.items[i]);
    for (size_t i = 0; i < f->recurrence.len; i++)
      if (f->recurrence.items[i].span.start >= a && f->recurrence.items[i].span.end <= b)
        GW_VEC_PUSH(c->a, cl->f.recurrence, f->recurrence.items[i]);
    for (size_t i = 0; i < f->targets.len; i++)
      if (f->targets.items[i].span.start >= a && f->targets.items[i].span.end <= b)
        GW_VEC_PUSH(c->a, cl->f.targets, f->targets.items[i]);
  }
}

/* A digit, then . - or /, then a digit: a date written with numbers only
 * (2024.6.30, 6.30前) may stand here, with none of 年 月 季. */
static bool numbers_joined(const char *s, size_t n) {
  static const char SEPS[] = ".-/";
  for (const char *sep = SEPS; *sep; sep++)
    for (const char *p = memchr(s, *sep, n); p; p = memchr(p + 1, *sep, n - (size_t)(p + 1 - s)))
      if (p > s && p + 1 < s + n && p[-1] >= '0' && p[-1] <= '9' && p[1] >= '0' && p[1] <= '9')
        return true;
  return false;
}

static void text_fields(gw_ctx *c, const gw_view *flat, int year_hint, gw_task *task) {
  gw_clause_vec clauses = {0};
  uint32_t feat = gw_text_features(&c->ex->features, flat->s, flat->len);
  if (feat & (GW_F_BRACKET | GW_F_COLON | GW_F_VERB))
    gw_find_units(c, flat, feat, &task->f, &clauses);
  if ((feat & (GW_F_DATE | GW_F_LONGTERM)) ||
      ((feat & GW_F_DIGIT) && numbers_joined(flat->s, flat->len)))
    gw_find_deadlines(c, flat, year_hint, false, &task->f);
  if (feat & GW_F_RECUR) gw_find_recurrence(c, flat, &task->f);
  if (feat & (GW_F_DIGIT | GW_F_CNNUM)) gw_find_targets(c, flat, &task->f);
  share_with_clauses(c, flat, &task->f, &clauses);
  take_subtasks(c, task, flat, &clauses);
}

/* 一、区发展改革委： over 1. 2.: the duties of the units the nearest such
 * heading names. */
static void heading_units(gw_ctx *c, const gw_item *it, gw_task *task) {
  for (const gw_item *p = it->parent; p; p = p->parent) {
    if (!p->heading) continue;
    size_t n = strlen(p->heading);
    size_t cl = gw_ends_with(p->heading, n, "：") ? 3 : n && p->heading[n - 1] == ':' ? 1 : 0;
    if (!cl || n - cl > 60 || p->text_start + n > c->doc->len ||
        memcmp(c->doc->text + p->text_start, p->heading, n) != 0)
      continue;
    gw_view_builder b;
    gw_view_begin(&b, c->a, c->doc->text);
    gw_view_add(&b, p->text_start, p->text_start + (uint32_t)(n - cl), NULL);
    gw_view v = gw_view_end(&b);
    gw_units_from_heading(c, &v, &task->f);
    return;
  }
}

static void paragraph_task(task_builder *tb, gw_item *it) {
  gw_ctx *c = tb->c;
  item_text t;
  item_lines(c, it, &t);
  if (!t.display.len) return;
  size_t tl;
  const char *title = item_title(&t, &tl);
  gw_kind own =
      heading_kind(title ? title : t.display.s,
                   title ? tl : (t.first_line_len ? t.first_line_len : t.display.len), true);
  bool parent_task = false;
  if (it->nchildren) {
    /* read once here for the children, as ancestry() sees it */
    if (!it->heading) remember_heading(c, it, &t, title, tl);
    /* A heading with children is no task, but a principle or goal section
     * with a paragraph of its own is an item of that kind, and so is a task
     * that assigns units of its own above its sub-items (1.推行集中采购。…
     * （县教育局负责） over （1）（2）). */
    uint32_t feat =
        own == GW_KIND_TASK ? gw_text_features(&c->ex->features, t.flat.s, t.flat.len) : 0;
    parent_task = (feat & GW_F_BRACKET) && (feat & GW_F_VERB);
    if (!parent_task && (own == GW_KIND_TASK || t.nlines < 2)) return;
  }
  gw_task *task = push_task(tb);
  gw_kind inherited;
  int year = ancestry(c, it, task, &inherited);
  GW_VEC_PUSH(c->a, task->path, it->label);
  task->title = title ? gw_arena_strndup(c->a, title, tl) : NULL;
  task->text = t.display.s;
  task->span.start = it->label_start; /* mid-paragraph for a run-in item (二是…) */
  task->span.end = gw_view_src(&t.display, t.display.len, true);
  task->line = c->doc->blocks.items[it->first_block].line;
  if (!it->nchildren || parent_task) {
    text_fields(c, &t.flat, year, task);
    heading_units(c, it, task);
  }
  if (parent_task && !has_units(&task->f)) { /* a heading after all */
    c->cat->tasks.len--;
    tb->next_id--;
    return;
  }
  task->kind = own != GW_KIND_TASK ? own : inherited;
  if (has_units(&task->f)) task->kind = GW_KIND_TASK;
}

/* ---- table rows ---------------------------------------------------- */

/* 第N阶段 at s[at] (N 一 … 九): N, else 0. */
static int phase_number(const char *s, size_t n, size_t at) {
  int v = 0;
  if (!gw_at(s, n, at, "第") || gw_cn_number_at(s, n, at + 3, &v) != 3 || v < 1 || v > 9 ||
      !gw_at(s, n, at + 6, "阶段"))
    return 0;
  return v;
}

/* The last day of phase n, as the notice's paragraphs date it. */
static gw_date phase_end(gw_ctx *c, int n, int year) {
  if (!c->phases_read) {
    c->phases_read = true;
    for (size_t b = 0; b < c->doc->blocks.len; b++) {
      if (c->doc->blocks.items[b].kind != GW_BLOCK_LINE) continue;
      size_t len;
      const char *s = gw_block_trimmed(c, b, &len);
      for (size_t at = gw_find(s, len, 0, "阶段"); at != (size_t)-1;
           at = gw_find(s, len, at + 6, "阶段")) {
        int k = at >= 6 ? phase_number(s, len, at - 6) : 0;
        if (!k || gw_date_set(c->phase_ends[k])) continue;
        /* the dates of its own sentence */
        size_t stop = gw_find(s, len, at, "。");
        size_t end = stop != (size_t)-1 ? stop : len < at + 240 ? len : at + 240;
        gw_view_builder vb;
        gw_view_begin(&vb, c->a, c->doc->text);
        uint32_t from = (uint32_t)(s - c->doc->text);
        gw_view_add(&vb, from + (uint32_t)at, from + (uint32_t)end, NULL);
        gw_view v = gw_view_end(&vb);
        gw_fields f;
        memset(&f, 0, sizeof f);
        gw_find_deadlines(c, &v, year, false, &f);
        for (size_t d = 0; d < f.deadlines.len; d++)
          if (gw_date_set(f.deadlines.items[d].due)) c->phase_ends[k] = f.deadlines.items[d].due;
      }
    }
  }
  gw_date none = {0, 0, 0};
  return n >= 1 && n <= 9 ? c->phase_ends[n] : none;
}

/* A cell's text. `line_sep` stands where a cell's paragraphs meet (a space
 * in a unit cell, so that the names on two lines stay apart), NULL to join
 * them. */
static gw_view cell_view(gw_ctx *c, const gw_table *tab, uint32_t row, uint32_t col, size_t skip,
                         const char *line_sep) {
  gw_view_builder b;
  gw_view_begin(&b, c->a, c->doc->text);
  size_t n;
  const char *s = gw_cell_text(c, tab, row, col, &n);
  uint32_t start = (uint32_t)(s - c->doc->text);
  gw_view_add_lines(&b, start + (uint32_t)skip, start + (uint32_t)n, NULL, line_sep);
  /* the cell goes on in its pieces on later lines */
  for (const gw_cell_part *p = tab->more ? tab->more[(size_t)row * tab->ncols + col] : NULL; p;
       p = p->next)
    gw_view_add(&b, p->start, p->end, NULL);
  return gw_view_end(&b);
}

static gw_role column_role(unsigned roles) {
  if (roles & GW_COL_LEAD) return GW_ROLE_LEAD;
  if (roles & GW_COL_COOP) return GW_ROLE_COOPERATING;
  if (roles & GW_COL_SUPER) return GW_ROLE_SUPERVISING;
  return GW_ROLE_RESPONSIBLE;
}

/* The catalogue's name of a numbering label that starts s (一, （三）, 2),
 * with the label's byte length in *label_len; `fallback` and 0 when s
 * does not start with a label or is only a label. */
static const char *label_name_or(gw_ctx *c, const char *s, size_t n, const char *fallback,
                                 size_t *label_len) {
  gw_label l;
  char buf[48];
  *label_len = 0;
  if (!gw_label_parse(s, n, &l) || l.len >= n) return fallback;
  *label_len = l.len;
  return gw_arena_strdup(c->a, gw_label_name(&l, buf, sizeof buf));
}

static void row_task(task_builder *tb, const gw_item *it, const char **group_values) {
  gw_ctx *c = tb->c;
  const gw_table *tab = it->table;
  const gw_colmap *m = it->map;
  uint32_t r = it->row;
  size_t tn;
  const char *ts = gw_cell_text(c, tab, r, (uint32_t)m->text_col, &tn);
  size_t skip;
  const char *label = label_name_or(c, ts, tn, it->label, &skip);
  if (m->seq_col >= 0) {
    size_t sn;
    const char *ss = gw_cell_text(c, tab, r, (uint32_t)m->seq_col, &sn);
    if (sn && sn < 16) label = gw_text_strip_spaces(c->a, ss, sn);
  }
  gw_task *task = push_task(tb);
  gw_kind inherited;
  int year = ancestry(c, it, task, &inherited);
  const char *title = NULL;
  if (it->row_group) {
    size_t ll;
    const char *name = label_name_or(c, it->row_group, strlen(it->row_group), it->row_group, &ll);
    GW_VEC_PUSH(c->a, task->path, name);
    GW_VEC_PUSH(c->a, task->heading, it->row_group + ll);
  }
  for (int g = 0; g < m->ngroup; g++) {
    const char *v = group_values[g];
    if (!v || !*v) continue;
    size_t ll;
    GW_VEC_PUSH(c->a, task->path, label_name_or(c, v, strlen(v), v, &ll));
    GW_VEC_PUSH(c->a, task->heading, v);
    title = v;
  }
  GW_VEC_PUSH(c->a, task->path, label);
  gw_view text = cell_view(c, tab, r, (uint32_t)m->text_col, skip, NULL);
  task->text = text.s;
  task->title = m->ngroup ? title : NULL;
  if (m->problem_col >= 0 && m->problem_col != m->text_col) {
    /* 问题清单: each row's measures answer its problem, which names the row */
    size_t pn;
    const char *ps = gw_cell_text(c, tab, r, (uint32_t)m->problem_col, &pn);
    if (pn) task->title = gw_arena_strndup(c->a, ps, pn);
  }
  task->from_table = true;
  task->kind = inherited;
  /* The row's span: the text cell. */
  task->span.start = gw_view_src(&text, 0, false);
  task->span.end = gw_view_src(&text, text.len, true);
  task->line = gw_doc_line_of(c->doc, task->span.start);
  text_fields(c, &text, year, task);
  for (uint32_t k = 0; k < tab->ncols; k++) {
    unsigned roles = m->roles[k];
    if ((roles & GW_COL_GOAL) && (int)k != m->text_col) {
      /* 整改目标 beside 整改措施: the row's goal holds targets too */
      gw_view g = cell_view(c, tab, r, k, 0, NULL);
      if (g.len) gw_find_targets(c, &g, &task->f);
      continue;
    }
    if (roles & GW_COL_PERIOD) {
      /* 一季度: 完成施工招标 (a milestone due at the quarter's end, its
       * figures targets) */
      size_t hn;
      const char *h = gw_cell_text(c, tab, (uint32_t)m->header_row, k, &hn);
      gw_view p = cell_view(c, tab, r, k, 0, NULL);
      gw_find_period_deadline(c, &p, year, gw_column_period_end(h, hn), &task->f);
      gw_find_recurrence(c, &p, &task->f);
      gw_find_targets(c, &p, &task->f);
      continue;
    }
    if ((int)k == m->text_col && !(roles & GW_COL_UNITS)) continue;
    if (!(roles & (GW_COL_UNITS | GW_COL_DEADLINE | GW_COL_PERSON))) continue;
    gw_view v = cell_view(c, tab, r, k, (int)k == m->text_col ? skip : 0,
                          (roles & GW_COL_UNITS) && (int)k != m->text_col ? "、" : NULL);
    if (!v.len) continue;
    if ((int)k == m->text_col)
      gw_units_from_duty_lines(c, &v, &task->f);
    else if (roles & GW_COL_UNITS)
      gw_units_from_cell(c, &v, column_role(roles), &task->f);
    else if (roles & GW_COL_DEADLINE) {
      int phase = phase_number(v.s, v.len, 0);
      if (phase) /* 完成时限：第二阶段, a phase the notice dates */
        gw_find_phase_deadline(c, &v, year, phase_end(c, phase, year), &task->f);
      else
        gw_find_deadlines(c, &v, year, true, &task->f);
      gw_find_recurrence(c, &v, &task->f); /* 每年11月底前, 每季度 */
    } else if (roles & GW_COL_PERSON)
      gw_people_from_cell(c, &v, &task->f);
  }
  if (has_units(&task->f)) task->kind = GW_KIND_TASK;
}

/* A parenthetical on a line of its own after the last item of a group
 * ((1)…(4) then （责任单位：…）) assigns every item of the group that names no
 * units of its own. */
static bool standalone_group_line(gw_ctx *c, uint32_t block) {
  size_t n;
  const char *s = gw_block_trimmed(c, block, &n);
  if (n < 6 || !gw_text_open_bracket(s, n, 0)) return false;
  size_t close = gw_text_match_close(s, n, 0);
  return close != (size_t)-1 && close + gw_text_close_bracket(s, n, close) == n;
}

static void share_group_units(gw_ctx *c, const gw_item **owner, size_t ntasks) {
  for (size_t t = 0; t < ntasks; t++) {
    const gw_item *it = owner[t];
    if (!it || it->table || it->last_block == it->first_block) continue;
    if (!standalone_group_line(c, it->last_block)) continue;
    /* Only after the group's last item: with a sibling after it, the
     * line closes its own item's text. */
    if (t + 1 < ntasks && owner[t + 1] && owner[t + 1]->parent == it->parent) continue;
    gw_task *task = &c->cat->tasks.items[t];
    const gw_block *blk = &c->doc->blocks.items[it->last_block];
    for (size_t p = t; p-- > 0;) {
      const gw_item *sib = owner[p];
      if (!sib || sib->parent != it->parent || sib->table) break;
      gw_task *prev = &c->cat->tasks.items[p];
      if (prev->f.units.len) break;
      for (size_t u = 0; u < task->f.units.len; u++)
        if (task->f.units.items[u].span.start >= blk->start &&
            task->f.units.items[u].span.end <= blk->end)
          GW_VEC_PUSH(c->a, prev->f.units, task->f.units.items[u]);
      if (prev->kind != GW_KIND_TASK && prev->f.units.len) prev->kind = GW_KIND_TASK;
    }
  }
}

void gw_tasks_extract(gw_ctx *c) {
  size_t text_len;
  const char *text = gw_doc_text(c->doc, &text_len);
  c->first_listed_leads = gw_units_first_listed_leads(text, text_len);
  gw_item_vec items = {0};
  gw_outline_build(c, &items);
  task_builder tb = {c, 0};
  GW_VEC(const gw_item *) owner = {0};
  const gw_table *table = NULL;
  const char *groups[GW_MAX_GROUP_COLS] = {0};
  for (size_t i = 0; i < items.len; i++) {
    if (c->cat->tasks.len >= c->limits->max_tasks) break;
    gw_item *it = items.items[i];
    size_t before = c->cat->tasks.len;
    if (!it->table) {
      paragraph_task(&tb, it);
      if (c->cat->tasks.len > before) GW_VEC_PUSH(c->a, owner, it);
      continue;
    }
    if (it->table != table) {
      table = it->table;
      memset(groups, 0, sizeof groups);
    }
    /* Merged or empty group cells carry the value from the rows above. */
    for (int g = 0; g < it->map->ngroup; g++) {
      size_t n;
      const char *s = gw_cell_text(c, it->table, it->row, (uint32_t)it->map->group_cols[g], &n);
      if (n) groups[g] = gw_text_squeeze_spaces(c->a, s, n);
    }
    row_task(&tb, it, groups);
    GW_VEC_PUSH(c->a, owner, it);
  }
  share_group_units(c, owner.items, owner.len);
}
