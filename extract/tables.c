#include "tables.h"

#include <string.h>

#include "../core/cnnum.h"
#include "../core/columns.h"
#include "label.h"

const char *gw_cell_text(const gw_ctx *c, const gw_table *t, uint32_t row, uint32_t col,
                         size_t *len) {
  const gw_cell *cell = gw_table_cell(t, row, col);
  const char *s = c->doc->text;
  uint32_t a = cell->start, b = cell->end;
  while (a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\n')) a++;
  while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\n')) b--;
  *len = b - a;
  return s + a;
}

static bool header_row(const gw_ctx *c, const gw_table *t, uint32_t r, unsigned *roles) {
  size_t known = 0, nonempty = 0;
  for (uint32_t k = 0; k < t->ncols; k++) {
    size_t n;
    const char *s = gw_cell_text(c, t, r, k, &n);
    roles[k] = 0;
    if (!n) continue;
    nonempty++;
    if (gw_is_header_cell(s, n)) {
      roles[k] = gw_column_roles(s, n);
      known++;
    }
  }
  return known >= 2 && known * 3 >= nonempty * 2;
}

/* A form to fill in (检查记录表: 检查项目 / 检查内容 / 检查情况 / 备注):
 * no column of units, time or people, and a named column left blank in
 * every row. Its rows are questions, not tasks. */
static bool blank_form(const gw_ctx *c, const gw_table *t, const gw_colmap *m) {
  for (uint32_t k = 0; k < t->ncols; k++)
    if (m->roles[k] & (GW_COL_UNITS | GW_COL_DEADLINE | GW_COL_PERSON)) return false;
  if (t->nrows < (uint32_t)m->header_row + 2) return false;
  for (uint32_t k = 0; k < t->ncols; k++) {
    if ((int)k == m->text_col || (m->roles[k] & (GW_COL_SEQ | GW_COL_NOTE))) continue;
    size_t hn;
    gw_cell_text(c, t, (uint32_t)m->header_row, k, &hn);
    if (!hn) continue;
    bool blank = true;
    for (uint32_t r = (uint32_t)m->header_row + 1; r < t->nrows && blank; r++) {
      size_t n;
      gw_cell_text(c, t, r, k, &n);
      blank = n == 0;
    }
    if (blank) return true;
  }
  return false;
}

/* A second header row under a cell spanning several columns (责任单位 over
 * 牵头 / 配合; the other columns repeat the row above, merged): its role
 * words name those columns. Updates roles; true when row h + 1 is one. */
static bool sub_header(const gw_ctx *c, const gw_table *t, uint32_t h, unsigned *roles) {
  if (h + 2 >= t->nrows) return false;
  unsigned sub[64];
  size_t named = 0;
  if (t->ncols > 64) return false;
  for (uint32_t k = 0; k < t->ncols; k++) {
    size_t an, bn;
    const char *above = gw_cell_text(c, t, h, k, &an);
    const char *here = gw_cell_text(c, t, h + 1, k, &bn);
    sub[k] = 0;
    if (bn == an && !memcmp(above, here, an)) continue; /* the header cell, merged down */
    if (!bn) continue;
    sub[k] = gw_column_roles(here, bn);
    if (!(sub[k] & GW_COL_UNITS)) return false;
    named++;
  }
  if (named < 2) return false;
  for (uint32_t k = 0; k < t->ncols; k++)
    if (sub[k]) roles[k] = sub[k];
  return true;
}

static gw_colmap *map_columns(gw_ctx *c, const gw_table *t) {
  unsigned *roles = gw_arena_calloc(c->a, t->ncols, sizeof *roles);
  uint32_t limit = t->nrows < 4 ? t->nrows : 4;
  uint32_t r = 0;
  if (t->header_row >= 0 && (uint32_t)t->header_row < t->nrows) {
    r = (uint32_t)t->header_row;
    header_row(c, t, r, roles);
  } else {
    for (; r < limit; r++)
      if (header_row(c, t, r, roles)) break;
    if (r == limit) return NULL;
  }
  if (sub_header(c, t, r, roles)) r++;
  gw_colmap *m = gw_arena_calloc(c->a, 1, sizeof *m);
  m->header_row = r;
  m->ncols = t->ncols;
  m->roles = roles;
  m->text_col = m->seq_col = m->problem_col = -1;
  for (uint32_t k = 0; k < t->ncols; k++) {
    if ((roles[k] & GW_COL_SEQ) && m->seq_col < 0) m->seq_col = (int)k;
    if (roles[k] & GW_COL_TEXT) m->text_col = (int)k;
    if ((roles[k] & GW_COL_PROBLEM) && m->problem_col < 0) m->problem_col = (int)k;
  }
  if (m->text_col < 0)
    for (uint32_t k = 0; k < t->ncols; k++)
      if (roles[k] & GW_COL_CATEGORY) m->text_col = (int)k;
  /* A list of problems with no measures column: the problem is the task. */
  if (m->text_col < 0) m->text_col = m->problem_col;
  if (m->text_col < 0 || blank_form(c, t, m)) return NULL;
  for (int k = 0; k < m->text_col && m->ngroup < GW_MAX_GROUP_COLS; k++)
    if ((roles[k] & (GW_COL_TEXT | GW_COL_CATEGORY)) && !(roles[k] & GW_COL_GOAL))
      m->group_cols[m->ngroup++] = k; /* a goal is the row's own (tasks.c) */
  return m;
}

/* A row whose non-empty cells all say the same (a merged heading row). */
static bool heading_row(const gw_ctx *c, const gw_table *t, uint32_t r) {
  const char *first = NULL;
  size_t fn = 0, filled = 0;
  for (uint32_t k = 0; k < t->ncols; k++) {
    size_t n;
    const char *s = gw_cell_text(c, t, r, k, &n);
    if (!n) continue;
    filled++;
    if (!first) {
      first = s;
      fn = n;
    } else if (n != fn || memcmp(s, first, n) != 0) {
      return false;
    }
  }
  return filled > 1;
}

/* A row numbered in a higher style than the row below it ((一) over 1.),
 * with nothing but its 序号 and text: it heads the rows below it. */
static bool numbered_heading_row(const gw_ctx *c, const gw_table *t, const gw_colmap *m,
                                 uint32_t r) {
  if (m->seq_col < 0 || r + 1 >= t->nrows) return false;
  for (uint32_t k = 0; k < t->ncols; k++) {
    size_t n;
    gw_cell_text(c, t, r, k, &n);
    if (n && (int)k != m->seq_col && (int)k != m->text_col) return false;
  }
  size_t sn, nn;
  const char *seq = gw_cell_text(c, t, r, (uint32_t)m->seq_col, &sn);
  const char *next = gw_cell_text(c, t, r + 1, (uint32_t)m->seq_col, &nn);
  gw_label here, below;
  if (!sn || !gw_label_parse(seq, sn, &here) || here.len != sn) return false;
  if (here.style != GW_L_CN_DUN && here.style != GW_L_PAREN_CN) return false;
  /* the row below: 1. 1、 or a bare number */
  bool bare = nn && nn <= 3;
  for (size_t i = 0; i < nn && bare; i++) bare = next[i] >= '0' && next[i] <= '9';
  return bare || (nn && gw_label_parse(next, nn, &below) && below.style != here.style &&
                  below.style != GW_L_CN_DUN && below.style != GW_L_PAREN_CN);
}

static bool same_as_header(const gw_ctx *c, const gw_table *t, uint32_t r, uint32_t h) {
  for (uint32_t k = 0; k < t->ncols; k++) {
    size_t a, b;
    const char *x = gw_cell_text(c, t, r, k, &a);
    const char *y = gw_cell_text(c, t, h, k, &b);
    if (a != b || memcmp(x, y, a) != 0) return false;
  }
  return true;
}

void gw_table_rows(gw_ctx *c, const gw_table *t, uint32_t block, gw_item *parent, uint32_t part,
                   gw_item_vec *out) {
  gw_colmap *m = map_columns(c, t);
  if (!m) return;
  uint32_t seq = 0;
  const char *group = NULL;
  for (uint32_t r = m->header_row + 1; r < t->nrows; r++) {
    if (same_as_header(c, t, r, m->header_row)) continue;
    size_t n;
    const char *text = gw_cell_text(c, t, r, (uint32_t)m->text_col, &n);
    if (!n) continue;
    if (t->ncols > 2 && heading_row(c, t, r)) {
      /* a row merged across the table heads the rows below it */
      group = gw_arena_strndup(c->a, text, n);
      continue;
    }
    if (numbered_heading_row(c, t, m, r)) {
      size_t sn;
      const char *seq = gw_cell_text(c, t, r, (uint32_t)m->seq_col, &sn);
      char *g = gw_arena_alloc(c->a, sn + n + 1);
      memcpy(g, seq, sn);
      memcpy(g + sn, text, n);
      g[sn + n] = 0;
      group = g;
      continue;
    }
    gw_item *it = gw_arena_calloc(c->a, 1, sizeof *it);
    it->first_block = it->last_block = block;
    it->part = part;
    it->table = t;
    it->map = m;
    it->row = r;
    it->row_group = group;
    it->parent = parent;
    if (parent) parent->nchildren++;
    seq++;
    char buf[GW_NUMBER_MAX];
    gw_format_decimal(seq, buf);
    it->label = gw_arena_strdup(c->a, buf);
    GW_VEC_PUSH(c->a, *out, it);
  }
}
