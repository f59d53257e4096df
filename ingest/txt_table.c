#include "txt_table.h"

#include <string.h>

#include "../core/columns.h"
#include "../core/utf8.h"

typedef GW_VEC(gw_cell) cell_vec;

typedef struct scan {
  gw_doc *doc;
  const gw_line *lines;
  size_t nlines;
  const char *t; /* doc->text */
} scan;

static bool blank(const scan *s, size_t i) {
  for (uint32_t k = s->lines[i].start; k < s->lines[i].end; k++)
    if (s->t[k] != ' ' && s->t[k] != '\t') return false;
  return true;
}

static gw_cell trim_cell(const scan *s, uint32_t a, uint32_t b) {
  while (a < b && (s->t[a] == ' ' || s->t[a] == '\t' || s->t[a] == '\n' || s->t[a] == '|')) a++;
  while (b > a &&
         (s->t[b - 1] == ' ' || s->t[b - 1] == '\t' || s->t[b - 1] == '\n' || s->t[b - 1] == '|'))
    b--;
  gw_cell c = {a, b, 0};
  return c;
}

static bool header_cell(const scan *s, gw_cell c) {
  return c.end > c.start && gw_is_header_cell(s->t + c.start, c.end - c.start);
}

/* A header row: at least two known column names, and most cells known. */
static bool header_row(const scan *s, const gw_cell *cells, size_t n) {
  size_t known = 0, nonempty = 0;
  for (size_t k = 0; k < n; k++) {
    if (cells[k].end > cells[k].start) nonempty++;
    if (header_cell(s, cells[k])) known++;
  }
  return known >= 2 && known * 3 >= nonempty * 2;
}

/* A piece of cell `cell` (an index into the table's cells) on a later line. */
typedef struct cell_piece {
  size_t cell;
  uint32_t start, end;
} cell_piece;
typedef GW_VEC(cell_piece) piece_vec;

static size_t emit_pieces(scan *s, cell_vec *cells, size_t ncols, size_t first, size_t last,
                          size_t max_cells, size_t *cells_used, const piece_vec *pieces);

static size_t emit(scan *s, cell_vec *cells, size_t ncols, size_t first, size_t last,
                   size_t max_cells, size_t *cells_used) {
  return emit_pieces(s, cells, ncols, first, last, max_cells, cells_used, NULL);
}

/* The table of `cells` (row-major, ncols a row) over lines [first, last];
 * `pieces`, when given, holds cells' pieces on later lines, in order. */
static size_t emit_pieces(scan *s, cell_vec *cells, size_t ncols, size_t first, size_t last,
                          size_t max_cells, size_t *cells_used, const piece_vec *pieces) {
  if (ncols < 2 || cells->len < ncols * 2) return 0;
  size_t nrows = (cells->len + ncols - 1) / ncols;
  *cells_used += nrows * ncols;
  if (*cells_used > max_cells) return 0; /* the reader reports the limit */
  gw_arena *a = s->doc->arena;
  gw_table *tab = gw_arena_calloc(a, 1, sizeof *tab);
  tab->nrows = (uint32_t)nrows;
  tab->ncols = (uint32_t)ncols;
  tab->header_row = -1;
  tab->cells = gw_arena_calloc(a, nrows * ncols, sizeof(gw_cell));
  memcpy(tab->cells, cells->items, cells->len * sizeof(gw_cell));
  for (size_t k = cells->len; k < nrows * ncols; k++)
    tab->cells[k].start = tab->cells[k].end = s->lines[last].end;
  if (pieces && pieces->len) {
    tab->more = gw_arena_calloc(a, nrows * ncols, sizeof *tab->more);
    gw_cell_part **tail = gw_arena_calloc(a, nrows * ncols, sizeof *tail);
    for (size_t p = 0; p < pieces->len; p++) {
      const cell_piece *pc = &pieces->items[p];
      if (pc->cell >= nrows * ncols) continue;
      gw_cell_part *part = gw_arena_calloc(a, 1, sizeof *part);
      part->start = pc->start;
      part->end = pc->end;
      if (tail[pc->cell])
        tail[pc->cell]->next = part;
      else
        tab->more[pc->cell] = part;
      tail[pc->cell] = part;
    }
  }
  gw_block b = {
      GW_BLOCK_TABLE, s->lines[first].start, s->lines[last].end, (uint32_t)first + 1, 0, tab};
  GW_VEC_PUSH(a, s->doc->blocks, b);
  return last - first + 1;
}

/* ---- tab cells: "\tcell" lines ----------------------------------------- */

static bool tab_cell_line(const scan *s, size_t i) {
  const gw_line *l = &s->lines[i];
  if (l->end == l->start || s->t[l->start] != '\t') return false;
  return memchr(s->t + l->start + 1, '\t', l->end - l->start - 1) == NULL;
}

static size_t tab_cells(scan *s, size_t i, size_t max_cells, size_t *used) {
  if (!tab_cell_line(s, i)) return 0;
  size_t ncols = 0;
  while (i + ncols < s->nlines && tab_cell_line(s, i + ncols)) ncols++;
  if (ncols < 2 || ncols > 40) return 0;
  cell_vec cells = {0};
  for (size_t k = 0; k < ncols; k++)
    GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, s->lines[i + k].start + 1, s->lines[i + k].end));
  if (!header_row(s, cells.items, ncols)) return 0;
  size_t j = i + ncols, last = j - 1;
  uint32_t cell_start = 0;
  bool open = false, after_blank = false;
  for (; j < s->nlines; j++) {
    if (tab_cell_line(s, j)) {
      if (open) GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, cell_start, s->lines[last].end));
      cell_start = s->lines[j].start + 1;
      open = true;
      last = j;
      after_blank = false;
      continue;
    }
    if (blank(s, j)) {
      after_blank = true;
      continue;
    }
    size_t count = cells.len + (open ? 1 : 0);
    if (after_blank && count % ncols == 0) {
      /* Merged cells sometimes leave their text between rows ("二、火源管控"
       * on lines of its own); the table goes on when tab cells follow soon
       * after such short lines. */
      size_t k = j, found = 0;
      for (; k < s->nlines && k < j + 8; k++) {
        if (tab_cell_line(s, k)) {
          found = 1;
          break;
        }
      }
      /* Every line between must repeat the first cell of the next row. */
      if (found) {
        gw_cell next = trim_cell(s, s->lines[k].start + 1, s->lines[k].end);
        for (size_t q = j; q < k && found; q++) {
          if (blank(s, q)) continue;
          gw_cell r = trim_cell(s, s->lines[q].start, s->lines[q].end);
          found = r.end - r.start == next.end - next.start &&
                  !memcmp(s->t + r.start, s->t + next.start, r.end - r.start);
        }
      }
      if (!found) break;
      if (open) GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, cell_start, s->lines[last].end));
      open = false;
      j = k - 1;
      after_blank = false;
      continue;
    }
    if (!open) break;
    last = j;
    after_blank = false;
  }
  if (open) GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, cell_start, s->lines[last].end));
  return emit(s, &cells, ncols, i, last, max_cells, used);
}

/* ---- tab rows: "a\tb\tc" ------------------------------------------------ */

static size_t split_tabs(const scan *s, size_t i, cell_vec *out) {
  const gw_line *l = &s->lines[i];
  size_t n = 0;
  uint32_t a = l->start;
  for (uint32_t k = l->start; k <= l->end; k++) {
    if (k == l->end || s->t[k] == '\t') {
      GW_VEC_PUSH(s->doc->arena, *out, trim_cell(s, a, k));
      n++;
      a = k + 1;
    }
  }
  return n;
}

static size_t nonempty_tab_cells(const scan *s, size_t i) {
  const gw_line *l = &s->lines[i];
  size_t n = 0;
  bool in = false;
  for (uint32_t k = l->start; k < l->end; k++) {
    if (s->t[k] == '\t') {
      in = false;
    } else if (s->t[k] != ' ' && !in) {
      in = true;
      n++;
    }
  }
  return n;
}

/* A line without tabs inside a tab table: a heading row merged across all
 * columns (一、严把产地环境关). Short, and tab rows go on after it. */
static bool spanning_row(const scan *s, size_t j) {
  const gw_line *l = &s->lines[j];
  if (l->end - l->start > 180) return false;
  size_t k = j + 1;
  while (k < s->nlines && blank(s, k)) k++;
  return k < s->nlines && nonempty_tab_cells(s, k) >= 2 && !tab_cell_line(s, k);
}

static bool has_tab(const scan *s, size_t j) {
  return memchr(s->t + s->lines[j].start, '\t', s->lines[j].end - s->lines[j].start) != NULL;
}

/* 牵头单位:<TAB>X: a label and its value, with a tab for the space */
static bool label_tab_line(const scan *s, size_t j) {
  const gw_line *l = &s->lines[j];
  const char *tab = memchr(s->t + l->start, '\t', l->end - l->start);
  if (!tab) return false;
  size_t n = (size_t)(tab - (s->t + l->start));
  while (n && s->t[l->start + n - 1] == ' ') n--;
  const char *cell = s->t + l->start;
  return n && n <= 30 && (cell[n - 1] == ':' || gw_ends_with(cell, n, "："));
}

/* 2.1.<TAB>text: Word's numbering saved as text, a tab after the number;
 * a table's 序号 cell has no dot. */
static bool numbered_tab_line(const scan *s, size_t j) {
  const gw_line *l = &s->lines[j];
  uint32_t k = l->start;
  bool dot = false;
  while (k < l->end && ((s->t[k] >= '0' && s->t[k] <= '9') || s->t[k] == '.'))
    dot |= s->t[k++] == '.';
  return dot && k > l->start && k < l->end && s->t[k] == '\t';
}

static bool empty_cell(gw_cell c) {
  return c.end <= c.start;
}

/* A header over two lines, a parent name spanning the names below it
 * (序号 重点任务 责任单位 完成时限 / _ _ 牵头 配合 _): the second line names
 * the columns it fills, and the first line's names, in order, the others.
 * The two lines become one header row. */
static void merge_header_lines(scan *s, cell_vec *cells, size_t ncols) {
  if (cells->len < 3 * ncols) return;
  gw_cell *top = cells->items, *sub = cells->items + ncols;
  if (!header_row(s, top, ncols)) return;
  size_t named = 0, empty = 0;
  for (size_t k = 0; k < ncols; k++) {
    if (empty_cell(sub[k])) {
      empty++;
      continue;
    }
    if (!header_cell(s, sub[k])) return;
    named++;
  }
  size_t parents = 0; /* runs of names on the second line */
  for (size_t k = 0; k < ncols; k++)
    parents += !empty_cell(sub[k]) && (k == 0 || empty_cell(sub[k - 1]));
  size_t top_named = 0;
  while (top_named < ncols && !empty_cell(top[top_named])) top_named++;
  if (named < 2 || !empty || top_named != empty + parents) return;
  gw_cell merged[40];
  for (size_t k = 0, p = 0; k < ncols; k++) {
    if (empty_cell(sub[k])) {
      merged[k] = top[p++];
      continue;
    }
    merged[k] = sub[k];
    if (k == 0 || empty_cell(sub[k - 1])) p++; /* the parent spans this run */
  }
  memcpy(top, merged, ncols * sizeof *top);
  memmove(sub, sub + ncols, (cells->len - 2 * ncols) * sizeof *sub);
  cells->len -= ncols;
}

/* Line j is a header of its own, not line i's again (a 续表): another table
 * starts there (三张清单: a 任务清单, then a 责任清单 of other columns). */
static bool new_header(scan *s, const cell_vec *head, size_t j, cell_vec *row) {
  row->len = 0;
  size_t n = split_tabs(s, j, row);
  if (!header_row(s, row->items, n)) return false;
  if (n != head->len) return true;
  for (size_t k = 0; k < n; k++) {
    size_t la = head->items[k].end - head->items[k].start,
           lb = row->items[k].end - row->items[k].start;
    if (la != lb || memcmp(s->t + head->items[k].start, s->t + row->items[k].start, la))
      return true;
  }
  return false;
}

static size_t tab_rows(scan *s, size_t i, size_t max_cells, size_t *used) {
  /* memchr first: most lines have no tab and need no closer look */
  if (!has_tab(s, i) || nonempty_tab_cells(s, i) < 2 || tab_cell_line(s, i) ||
      label_tab_line(s, i) || numbered_tab_line(s, i))
    return 0;
  size_t j = i, last = i, last_tab = i, nrows = 0, ncols = 0;
  cell_vec head = {0}, row = {0}; /* line i's cells, and a row's (reused) */
  while (j < s->nlines) {
    if (blank(s, j)) {
      j++;
      continue;
    }
    /* a numbered paragraph with a tab after its number ends the table; a
     * row numbered 1. with its cells does not */
    if (label_tab_line(s, j) || (numbered_tab_line(s, j) && nonempty_tab_cells(s, j) < 3)) break;
    if (!has_tab(s, j)) {
      if (nrows && spanning_row(s, j)) {
        last = j++;
        continue;
      }
      break;
    }
    size_t n = 1;
    for (uint32_t k = s->lines[j].start; k < s->lines[j].end; k++) n += s->t[k] == '\t';
    if (n > 40) return 0; /* no table is that wide: don't scan on */
    if (nrows >= 2 && !head.len) split_tabs(s, i, &head);
    if (nrows >= 2 && new_header(s, &head, j, &row)) {
      last = last_tab; /* a heading above the next table (二、责任清单) is no row of this one */
      break;
    }
    if (n > ncols) ncols = n;
    nrows++;
    last_tab = j;
    last = j++;
  }
  if (nrows < 2 || ncols < 2 || ncols > 40) return 0;
  cell_vec cells = {0};
  for (size_t k = i; k <= last; k++) {
    if (blank(s, k)) continue;
    if (!has_tab(s, k)) { /* the spanning row's text in every column */
      gw_cell c = trim_cell(s, s->lines[k].start, s->lines[k].end);
      for (size_t n = 0; n < ncols; n++) {
        c.merged = n > 0;
        GW_VEC_PUSH(s->doc->arena, cells, c);
      }
      continue;
    }
    size_t n = split_tabs(s, k, &cells);
    for (; n < ncols; n++) {
      gw_cell e = {s->lines[k].end, s->lines[k].end, 0};
      GW_VEC_PUSH(s->doc->arena, cells, e);
    }
  }
  merge_header_lines(s, &cells, ncols);
  return emit(s, &cells, ncols, i, last, max_cells, used);
}

/* ---- pipe lines: "|" alone between cells -------------------------------- */

static bool only_pipe(const scan *s, size_t i) {
  const gw_line *l = &s->lines[i];
  size_t pipes = 0;
  for (uint32_t k = l->start; k < l->end; k++) {
    if (s->t[k] == '|')
      pipes++;
    else if (s->t[k] != ' ')
      return false;
  }
  return pipes == 1;
}

static size_t pipe_lines(scan *s, size_t i, size_t max_cells, size_t *used) {
  if (!only_pipe(s, i)) return 0;
  cell_vec cells = {0};
  size_t ncols = 0, last = i, j = i + 1, row_cells = 0;
  while (j < s->nlines) {
    if (only_pipe(s, j)) { /* two pipes in a row: the row ends */
      if (row_cells) {
        if (!ncols) {
          ncols = row_cells;
          if (!header_row(s, cells.items, ncols)) return 0;
        }
        while (row_cells < ncols) {
          gw_cell e = {s->lines[j].start, s->lines[j].start, 0};
          GW_VEC_PUSH(s->doc->arena, cells, e);
          row_cells++;
        }
      }
      row_cells = 0;
      last = j++;
      continue;
    }
    size_t k = j;
    while (k < s->nlines && !only_pipe(s, k) && k - j < 30) k++;
    if (k >= s->nlines || !only_pipe(s, k)) {
      /* The last cell runs to the end of the text when it was cut off. */
      if (k >= s->nlines && ncols && row_cells) {
        GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, s->lines[j].start, s->lines[k - 1].end));
        last = k - 1;
      }
      break;
    }
    GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, s->lines[j].start, s->lines[k - 1].end));
    row_cells++;
    if (ncols && row_cells > ncols) return 0;
    last = k;
    j = k + 1;
  }
  if (!ncols) return 0;
  return emit(s, &cells, ncols, i, last, max_cells, used);
}

/* ---- pipe ends: "cell |" ---------------------------------------------- */

static bool ends_pipe(const scan *s, size_t i) {
  const gw_line *l = &s->lines[i];
  if (l->end == l->start || s->t[l->end - 1] != '|') return false;
  uint32_t k = l->start;
  while (k < l->end && s->t[k] == ' ') k++;
  return k < l->end - 1 && s->t[k] != '|';
}

static size_t pipe_ends(scan *s, size_t i, size_t max_cells, size_t *used) {
  if (!ends_pipe(s, i)) return 0;
  cell_vec cells = {0};
  size_t ncols = 0;
  while (i + ncols < s->nlines && ends_pipe(s, i + ncols)) {
    gw_cell c = trim_cell(s, s->lines[i + ncols].start, s->lines[i + ncols].end);
    if (!header_cell(s, c)) break;
    GW_VEC_PUSH(s->doc->arena, cells, c);
    ncols++;
  }
  if (ncols < 2 || !header_row(s, cells.items, ncols)) return 0;
  size_t j = i + ncols, last = j - 1;
  uint32_t start = s->lines[j < s->nlines ? j : last].start;
  size_t pending = 0;
  for (; j < s->nlines; j++) {
    if (ends_pipe(s, j)) {
      GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, start, s->lines[j].end));
      last = j;
      pending = 0;
      if (j + 1 < s->nlines) start = s->lines[j + 1].start;
      continue;
    }
    if (++pending > 20) break;
  }
  return emit(s, &cells, ncols, i, last, max_cells, used);
}

/* ---- pipes: "| a | b |", or "a | b | c" ----------------------------------- */

/* The trimmed line i starts / ends with a pipe. */
static bool pipe_first(const scan *s, size_t i) {
  uint32_t k = s->lines[i].start;
  while (k < s->lines[i].end && s->t[k] == ' ') k++;
  return k < s->lines[i].end && s->t[k] == '|';
}
static bool pipe_last(const scan *s, size_t i) {
  uint32_t k = s->lines[i].end;
  while (k > s->lines[i].start && s->t[k - 1] == ' ') k--;
  return k > s->lines[i].start && s->t[k - 1] == '|';
}

/* The last line of the row that starts at line i: a row with outer pipes
 * whose text wrapped ends at the next line that ends with a pipe without
 * starting with one (two lines on at most). */
static size_t pipe_row_end(const scan *s, size_t i) {
  if (!pipe_first(s, i) || pipe_last(s, i)) return i;
  for (size_t e = i + 1; e < s->nlines && e <= i + 2; e++) {
    if (pipe_first(s, e)) break;
    if (pipe_last(s, e)) return e;
  }
  return i;
}

/* A row's cells between pipes, over lines [i, e]: an outer pipe at either
 * end is dropped (markdown writes them, many tables typed by hand leave
 * them out). */
static void pipe_span(const scan *s, size_t i, size_t e, uint32_t *a, uint32_t *b, bool *outer) {
  *a = s->lines[i].start, *b = s->lines[e].end;
  while (*a < *b && s->t[*a] == ' ') ++*a;
  while (*b > *a && s->t[*b - 1] == ' ') --*b;
  *outer = *b - *a >= 2 && s->t[*a] == '|' && s->t[*b - 1] == '|';
  if (*a < *b && s->t[*a] == '|') ++*a;
  if (*b > *a && s->t[*b - 1] == '|') --*b;
}

/* Cells of a pipe row over lines [i, e]: two or more with outer pipes,
 * three or more without (a sentence with a single | is no table). */
static size_t pipe_cells(const scan *s, size_t i, size_t e, bool *outer) {
  const gw_line *l = &s->lines[i];
  *outer = false;
  /* Asked of every line: most hold no pipe at all. */
  if (!memchr(s->t + l->start, '|', l->end - l->start)) return 0;
  uint32_t a, b;
  pipe_span(s, i, e, &a, &b, outer);
  size_t pipes = 0;
  for (uint32_t k = a; k < b; k++) pipes += s->t[k] == '|';
  return pipes + 1 >= (*outer ? 2u : 3u) ? pipes + 1 : 0;
}

static bool md_rule(const scan *s, size_t i) {
  for (uint32_t k = s->lines[i].start; k < s->lines[i].end; k++)
    if (!strchr("|-: ", s->t[k])) return false;
  return true;
}

static void split_pipes(scan *s, size_t i, size_t e, cell_vec *cells) {
  uint32_t a, b;
  bool outer;
  pipe_span(s, i, e, &a, &b, &outer);
  for (uint32_t k = a; k <= b; k++) {
    if (k == b || s->t[k] == '|') {
      GW_VEC_PUSH(s->doc->arena, *cells, trim_cell(s, a, k));
      a = k + 1;
    }
  }
}

static size_t markdown(scan *s, size_t i, size_t max_cells, size_t *used) {
  bool outer;
  if (!pipe_cells(s, i, i, &outer)) return 0;
  cell_vec cells = {0};
  if (!outer) {
    /* Without outer pipes, only under a header of known column names. */
    split_pipes(s, i, i, &cells);
    if (!header_row(s, cells.items, cells.len)) return 0;
    cells.len = 0;
  }
  size_t j = i, ncols = 0, rows = 0;
  bool row_outer;
  for (size_t e; j < s->nlines && pipe_cells(s, j, e = pipe_row_end(s, j), &row_outer); j = e + 1)
    rows++;
  if (rows < 2) return 0;
  for (size_t r = i, e; r < j; r = e + 1) {
    e = pipe_row_end(s, r);
    if (md_rule(s, r)) continue;
    size_t before = cells.len;
    split_pipes(s, r, e, &cells);
    size_t n = cells.len - before;
    if (!ncols) ncols = n;
    for (; n < ncols; n++) {
      gw_cell empty = {s->lines[e].end, s->lines[e].end, 0};
      GW_VEC_PUSH(s->doc->arena, cells, empty);
    }
    if (n > ncols) cells.len -= n - ncols;
  }
  return emit(s, &cells, ncols, i, j - 1, max_cells, used);
}

/* ---- line cells: one cell a line, no marker ------------------------------ */

/* The trimmed line j is the number `want` alone (a row's 序号). */
static bool number_line(const scan *s, size_t j, long want) {
  gw_cell c = trim_cell(s, s->lines[j].start, s->lines[j].end);
  if (c.end == c.start || c.end - c.start > 4) return false;
  long v = 0;
  for (uint32_t k = c.start; k < c.end; k++) {
    if (s->t[k] < '0' || s->t[k] > '9') return false;
    v = v * 10 + (s->t[k] - '0');
  }
  return v == want;
}

/* A page number standing alone (— 2 —, - 3 -). */
static bool page_marker(const scan *s, size_t j) {
  gw_cell c = trim_cell(s, s->lines[j].start, s->lines[j].end);
  bool digit = false, dash = false;
  for (uint32_t k = c.start; k < c.end;) {
    char ch = s->t[k];
    if (ch >= '0' && ch <= '9') {
      digit = true;
      k++;
    } else if (ch == ' ' || ch == '-') {
      dash = dash || ch == '-';
      k++;
    } else if (gw_at(s->t, c.end, k, "—") || gw_at(s->t, c.end, k, "－")) {
      dash = true;
      k += 3;
    } else {
      return false;
    }
  }
  return digit && dash;
}

/* A one-cell-a-line table going on over a page break: the page number,
 * 续表, and the header's lines again. Returns the line after them, or 0. */
static size_t page_break_header(const scan *s, size_t j, size_t header, size_t ncols) {
  size_t k = j;
  while (k < s->nlines && (blank(s, k) || page_marker(s, k))) k++;
  if (k < s->nlines) {
    gw_cell c = trim_cell(s, s->lines[k].start, s->lines[k].end);
    if (c.end - c.start >= 6 && c.end - c.start <= 15 &&
        gw_find(s->t, c.end, c.start, "续表") != (size_t)-1)
      k++;
  }
  while (k < s->nlines && blank(s, k)) k++;
  if (k + ncols > s->nlines || k == j) return 0;
  for (size_t c = 0; c < ncols; c++) {
    gw_cell a = trim_cell(s, s->lines[header + c].start, s->lines[header + c].end);
    gw_cell b = trim_cell(s, s->lines[k + c].start, s->lines[k + c].end);
    if (a.end - a.start != b.end - b.start ||
        memcmp(s->t + a.start, s->t + b.start, a.end - a.start))
      return 0;
  }
  return k + ncols;
}

/* A Word table saved as plain text: the header's names one a line (序号
 * first), then each row from its 序号 line, one cell a line, a blank line
 * for an empty cell. A row with more lines than cells has a text cell of
 * several lines: the extra lines go to the first text column. */
static size_t line_cells(scan *s, size_t i, size_t max_cells, size_t *used) {
  /* Asked of every line: the header opens with 序号 (or 编号) alone. */
  gw_cell first = trim_cell(s, s->lines[i].start, s->lines[i].end);
  size_t fn = first.end - first.start;
  if (fn != 6 || (memcmp(s->t + first.start, "序号", 6) && memcmp(s->t + first.start, "编号", 6)))
    return 0;
  size_t ncols = 0;
  int text_col = -1;
  while (i + ncols < s->nlines && ncols < 12) {
    gw_cell c = trim_cell(s, s->lines[i + ncols].start, s->lines[i + ncols].end);
    unsigned roles = c.end > c.start && gw_utf8_count(s->t + c.start, c.end - c.start) <= 14
                         ? gw_column_roles(s->t + c.start, c.end - c.start)
                         : 0;
    if (!roles || (ncols == 0 && !(roles & GW_COL_SEQ))) break;
    if (text_col < 0 && (roles & GW_COL_TEXT)) text_col = (int)ncols;
    ncols++;
  }
  if (ncols < 3 || text_col < 0 || i + ncols >= s->nlines || !number_line(s, i + ncols, 1))
    return 0;
  cell_vec cells = {0};
  for (size_t k = 0; k < ncols; k++)
    GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, s->lines[i + k].start, s->lines[i + k].end));
  size_t j = i + ncols, last = j;
  long n = 1;
  piece_vec pieces = {0};
  for (;;) {
    if (j < s->nlines && !number_line(s, j, n) && n > 1) {
      /* over a page break: the header again, maybe the end of the last
       * row's text cut by the page before the next row */
      size_t k = page_break_header(s, j, i, ncols);
      if (!k) break;
      size_t m = k;
      while (m < s->nlines && m < k + 3 && !number_line(s, m, n) && !blank(s, m)) m++;
      if (m >= s->nlines || !number_line(s, m, n)) break;
      size_t text_cell = (size_t)(n - 1) * ncols + (size_t)text_col;
      for (size_t q = k; q < m; q++) {
        cell_piece pc = {text_cell, s->lines[q].start, s->lines[q].end};
        GW_VEC_PUSH(s->doc->arena, pieces, pc);
      }
      j = m;
    }
    if (j >= s->nlines || !number_line(s, j, n)) break;
    /* This row ends where the next number stands, a few lines on at most;
     * the last row has one line a cell. */
    size_t end = j + ncols;
    for (size_t k = j + ncols; k < s->nlines && k <= j + ncols + 3; k++)
      if (number_line(s, k, n + 1)) {
        end = k;
        break;
      }
    if (end > s->nlines) end = s->nlines;
    size_t extra = end - j - 1 > ncols - 1 ? end - j - 1 - (ncols - 1) : 0;
    size_t cells_end = end;
    GW_VEC_PUSH(s->doc->arena, cells, trim_cell(s, s->lines[j].start, s->lines[j].end));
    size_t p = j + 1;
    for (size_t c = 1; c < ncols; c++) {
      gw_cell cell = {s->lines[cells_end - 1].end, s->lines[cells_end - 1].end, 0};
      size_t span = (int)c == text_col ? extra : 0;
      if (p + span < cells_end) cell = trim_cell(s, s->lines[p].start, s->lines[p + span].end);
      GW_VEC_PUSH(s->doc->arena, cells, cell);
      p += 1 + span;
    }
    last = end - 1;
    j = end;
    n++;
  }
  if (n < 3) return 0;
  return emit_pieces(s, &cells, ncols, i, last, max_cells, used, &pieces);
}

/* ---- spaced: "1 任务 ... 市水利局 市发展改革委 各县" --------------------- */

/* Pieces of s[a..b) between runs of at least `gap` spaces: one for words
 * apart, two for the columns of a table laid out with spaces. */
static size_t split_at_spaces(const scan *s, uint32_t a, uint32_t b, uint32_t gap, gw_cell *out,
                              size_t max) {
  size_t n = 0;
  uint32_t k = a;
  while (k < b && n < max) {
    while (k < b && s->t[k] == ' ') k++;
    if (k >= b) break;
    uint32_t start = k, end = k;
    while (k < b) {
      if (s->t[k] != ' ') {
        end = ++k;
        continue;
      }
      uint32_t run = 0;
      while (k + run < b && s->t[k + run] == ' ') run++;
      if (run >= gap) break;
      k += run;
    }
    gw_cell c = {start, end, 0};
    out[n++] = c;
  }
  return n;
}

static size_t split_spaces(const scan *s, uint32_t a, uint32_t b, gw_cell *out, size_t max) {
  return split_at_spaces(s, a, b, 1, out, max);
}

static bool starts_with_number(const scan *s, size_t i) {
  const gw_line *l = &s->lines[i];
  uint32_t k = l->start;
  while (k < l->end && s->t[k] == ' ') k++;
  uint32_t d = k;
  while (k < l->end && s->t[k] >= '0' && s->t[k] <= '9') k++;
  return k > d && k < l->end && s->t[k] == ' ';
}

/* Display columns from a line's start to byte `at` (a Han character is
 * two columns wide, as the spaces that align a table count them). */
static size_t display_col(const scan *s, uint32_t from, uint32_t at) {
  size_t col = 0;
  for (uint32_t k = from; k < at;) {
    unsigned char c = (unsigned char)s->t[k];
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    col += len >= 3 ? 2 : 1;
    k += (uint32_t)len;
  }
  return col;
}

/* Line j, past its indent, opens with a heading's label: 三、 （一） 第二. */
static bool opens_with_label(const scan *s, size_t j) {
  const gw_line *l = &s->lines[j];
  uint32_t k = l->start;
  while (k < l->end && s->t[k] == ' ') k++;
  const char *p = s->t + k;
  size_t n = l->end - k;
  if ((n >= 3 && (!memcmp(p, "（", 3) || !memcmp(p, "第", 3))) || (n && p[0] == '(')) return true;
  /* 一、 … 十、 */
  static const char NUMERALS[] = "一二三四五六七八九十";
  for (size_t d = 0; d + 3 <= sizeof NUMERALS - 1; d += 3)
    if (n >= 6 && !memcmp(p, NUMERALS + d, 3) && !memcmp(p + 3, "、", 3)) return true;
  return false;
}

/* A row's words wrapped onto a line of their own: the line starts with
 * spaces up to the text column (give or take one). */
static bool wrapped_line(const scan *s, size_t j, size_t text_col_at) {
  const gw_line *l = &s->lines[j];
  uint32_t k = l->start;
  while (k < l->end && s->t[k] == ' ') k++;
  size_t indent = k - l->start;
  return k < l->end && indent >= 2 && indent + 1 >= text_col_at && indent <= text_col_at + 1 &&
         !opens_with_label(s, j);
}

static bool same_line(const scan *s, size_t a, size_t b) {
  const gw_line *x = &s->lines[a], *y = &s->lines[b];
  return x->end - x->start == y->end - y->start &&
         !memcmp(s->t + x->start, s->t + y->start, x->end - x->start);
}

/* PDF text of a table whose task cell wraps onto lines of its own, flush
 * left: line j goes on with the row's text, which ends in mid-sentence at
 * `text_end`. The line is one cell (no space) no wider than the first line
 * of the cell, and opens with neither a number nor a heading's label. */
static bool continues_cell(const scan *s, size_t j, gw_cell first_line, uint32_t text_end) {
  const gw_line *l = &s->lines[j];
  if (l->end == l->start || memchr(s->t + l->start, ' ', l->end - l->start)) return false;
  const char *end = s->t + text_end;
  size_t before = text_end - first_line.start;
  if (gw_ends_with(s->t + first_line.start, before, "。") ||
      gw_ends_with(s->t + first_line.start, before, "；") || end[-1] == '.' || end[-1] == ';')
    return false;
  unsigned char c0 = (unsigned char)s->t[l->start];
  if ((c0 >= '0' && c0 <= '9') || opens_with_label(s, j)) return false;
  size_t cell_cols = display_col(s, first_line.start, first_line.end);
  return cell_cols >= 16 && display_col(s, l->start, l->end) <= cell_cols + 4;
}

static size_t split_runs(const scan *s, uint32_t a, uint32_t b, gw_cell *out, size_t max) {
  return split_at_spaces(s, a, b, 2, out, max);
}

/* The column whose header starts nearest display column `col` (a full-width
 * digit normalized to ASCII moves what follows it one column left). */
static size_t column_at(const size_t *col_at, size_t ncols, size_t col) {
  size_t best = 0;
  for (size_t k = 1; k < ncols; k++) {
    size_t d = col > col_at[k] ? col - col_at[k] : col_at[k] - col;
    size_t bd = col > col_at[best] ? col - col_at[best] : col_at[best] - col;
    if (d < bd) best = k;
  }
  return best;
}

/* Is every piece of line j at the start of a column (after the first)? A
 * line of cells' pieces in a table whose columns line up with its header. */
static bool column_pieces(const scan *s, size_t j, const size_t *col_at, size_t ncols) {
  const gw_line *l = &s->lines[j];
  if (l->end == l->start || s->t[l->start] != ' ' || opens_with_label(s, j)) return false;
  gw_cell piece[24];
  size_t n = split_runs(s, l->start, l->end, piece, 24);
  if (!n || n >= 24) return false;
  for (size_t p = 0; p < n; p++) {
    size_t col = display_col(s, l->start, piece[p].start);
    size_t k = column_at(col_at, ncols, col);
    if (k == 0 || col + 3 < col_at[k] || col > col_at[k] + 3) return false;
  }
  return true;
}

static void add_piece(scan *s, piece_vec *pieces, size_t cell, uint32_t start, uint32_t end) {
  cell_piece pc = {cell, start, end};
  GW_VEC_PUSH(s->doc->arena, *pieces, pc);
}

/* Where cell `cell` ends so far: its last piece, or the cell itself. */
static uint32_t last_end(const cell_vec *cells, const piece_vec *pieces, size_t cell) {
  for (size_t p = pieces->len; p-- > 0;)
    if (pieces->items[p].cell == cell) return pieces->items[p].end;
  return cells->items[cell].end;
}

static size_t spaced(scan *s, size_t i, size_t max_cells, size_t *used) {
  gw_cell head[24];
  const gw_line *l = &s->lines[i];
  /* A header of space-separated column names is short and has spaces. */
  if (l->end - l->start > 240 || !memchr(s->t + l->start, ' ', l->end - l->start)) return 0;
  size_t ncols = split_spaces(s, l->start, l->end, head, 24);
  if (ncols < 3 || ncols >= 24) return 0;
  unsigned roles[24];
  size_t known = 0;
  for (size_t k = 0; k < ncols; k++) {
    /* gw_is_header_cell, without asking for the roles twice */
    const char *cell = s->t + head[k].start;
    size_t n = head[k].end - head[k].start;
    roles[k] = gw_utf8_count(cell, n) <= 14 ? gw_column_roles(cell, n) : 0;
    known += roles[k] != 0;
  }
  if (known < 3 || known * 5 < ncols * 4) return 0;
  /* Columns to the right of the last text column are single tokens. */
  size_t text_col = ncols;
  for (size_t k = 0; k < ncols; k++)
    if (roles[k] & (GW_COL_TEXT | GW_COL_CATEGORY)) text_col = k;
  if (text_col == ncols) return 0;
  size_t right = ncols - 1 - text_col;
  const gw_line *l_head = l;
  size_t col_at[24];
  for (size_t k = 0; k < ncols; k++) col_at[k] = display_col(s, l_head->start, head[k].start);
  /* Rows whose every cell starts under its column's name: the columns line
   * up, and a piece on a later line belongs to the column it stands in. */
  bool aligned = false;
  cell_vec cells = {0};
  piece_vec pieces = {0};
  for (size_t k = 0; k < ncols; k++) GW_VEC_PUSH(s->doc->arena, cells, head[k]);
  size_t j = i + 1, last = i;
  while (j < s->nlines && blank(s, j)) j++;
  for (; j < s->nlines; j++) {
    if (blank(s, j)) continue;
    l = &s->lines[j];
    if (!starts_with_number(s, j)) {
      if (last == i) break;
      size_t r = cells.len / ncols - 1, text_cell = r * ncols + text_col;
      gw_cell text = cells.items[text_cell];
      /* A row's cells wrapped onto lines of their own: an indented line
       * under the text column, pieces under their columns, or (PDF text)
       * a flush-left line that goes on with the text's sentence. */
      if (aligned && column_pieces(s, j, col_at, ncols)) {
        gw_cell piece[24];
        size_t n = split_runs(s, l->start, l->end, piece, 24);
        for (size_t p = 0; p < n; p++) {
          size_t k = column_at(col_at, ncols, display_col(s, l->start, piece[p].start));
          add_piece(s, &pieces, r * ncols + (k < text_col ? text_col : k), piece[p].start,
                    piece[p].end);
        }
        continue;
      }
      if (wrapped_line(s, j, col_at[text_col]) ||
          (text.end > text.start &&
           continues_cell(s, j, text, last_end(&cells, &pieces, text_cell)))) {
        add_piece(s, &pieces, text_cell, l->start, l->end);
        continue;
      }
      /* the header again after a page break (normalize dropped the page
       * number): the table goes on */
      if (same_line(s, j, i)) continue;
      break;
    }
    gw_cell row[24];
    memset(row, 0, sizeof row);
    for (size_t k = 0; k < ncols; k++) row[k].start = row[k].end = l->end;
    gw_cell piece[24];
    size_t np = split_runs(s, l->start, l->end, piece, 24);
    if (last == i && np == ncols) {
      aligned = true;
      for (size_t k = 0; k < ncols && aligned; k++) {
        size_t col = display_col(s, l->start, piece[k].start);
        aligned = col + 2 >= col_at[k] && col <= col_at[k] + 2;
      }
    }
    if (aligned && np < 24) {
      /* a piece a column, or each piece in the column it stands under (a
       * cell may be empty) */
      for (size_t p = 0; p < np; p++) {
        size_t k =
            np == ncols ? p : column_at(col_at, ncols, display_col(s, l->start, piece[p].start));
        if (row[k].start == row[k].end || row[k].start == l->end)
          row[k] = piece[p];
        else
          row[k].end = piece[p].end;
      }
    } else {
      gw_cell tok[256];
      size_t n = split_spaces(s, l->start, l->end, tok, 256);
      size_t first = 0;
      if (roles[0] & GW_COL_SEQ) row[0] = tok[first++];
      size_t take = right < n - first ? right : n - first;
      for (size_t k = 0; k < take; k++) row[ncols - 1 - k] = tok[n - 1 - k];
      if (n - take > first) {
        gw_cell mid = {tok[first].start, tok[n - take - 1].end, 0};
        row[text_col] = mid;
      }
    }
    for (size_t k = 0; k < ncols; k++) GW_VEC_PUSH(s->doc->arena, cells, row[k]);
    last = j;
  }
  if (last == i) return 0;
  return emit_pieces(s, &cells, ncols, i, last, max_cells, used, &pieces);
}

/* ---- CSV: a spreadsheet saved as comma-separated text -------------------
 * 序号,工作任务,牵头单位,配合单位,完成时限 then one record a line; a cell
 * holding a comma or a line break is quoted ("县水务局,县自然资源局"), a
 * doubled quote inside stands for one. Only the ASCII comma separates:
 * full-width commas are the cells' own words. */

/* The cells of the record starting at line j: *next_line gets the line
 * after it. 0 when the record is malformed (an unclosed quote). */
static size_t csv_record(scan *s, size_t j, cell_vec *out, size_t *next_line) {
  size_t n = 0;
  size_t k = j;
  uint32_t at = s->lines[k].start;
  for (;;) {
    uint32_t a, b;
    if (at < s->lines[k].end && s->t[at] == '"') {
      /* quoted: up to the quote not doubled, across line ends */
      a = ++at;
      for (;;) {
        if (at >= s->lines[k].end) {
          if (++k >= s->nlines || k - j > 20) return 0;
          at = s->lines[k].start;
          continue;
        }
        if (s->t[at] == '"') {
          if (at + 1 < s->lines[k].end && s->t[at + 1] == '"') {
            at += 2;
            continue;
          }
          break;
        }
        at++;
      }
      b = at++;
      while (at < s->lines[k].end && s->t[at] == ' ') at++;
      if (at < s->lines[k].end && s->t[at] != ',') return 0;
    } else {
      a = at;
      while (at < s->lines[k].end && s->t[at] != ',') at++;
      b = at;
    }
    GW_VEC_PUSH(s->doc->arena, *out, trim_cell(s, a, b));
    n++;
    if (at >= s->lines[k].end) break;
    at++; /* the comma */
  }
  *next_line = k + 1;
  return n;
}

static size_t csv(scan *s, size_t i, size_t max_cells, size_t *used) {
  const gw_line *l = &s->lines[i];
  if (!memchr(s->t + l->start, ',', l->end - l->start)) return 0;
  cell_vec cells = {0};
  size_t next, ncols = csv_record(s, i, &cells, &next);
  if (ncols < 3 || next != i + 1 || !header_row(s, cells.items, ncols)) return 0;
  size_t last = i;
  for (size_t j = i + 1; j < s->nlines && !blank(s, j);) {
    size_t before = cells.len;
    if (csv_record(s, j, &cells, &next) != ncols) {
      cells.len = before;
      break;
    }
    last = next - 1;
    j = next;
  }
  if (last == i) return 0;
  return emit(s, &cells, ncols, i, last, max_cells, used);
}

size_t gw_txt_table_at(gw_doc *doc, const gw_line *lines, size_t nlines, size_t i, size_t max_cells,
                       size_t *cells_used) {
  scan s = {doc, lines, nlines, doc->text};
  size_t n;
  if ((n = tab_cells(&s, i, max_cells, cells_used))) return n;
  if ((n = tab_rows(&s, i, max_cells, cells_used))) return n;
  if ((n = pipe_lines(&s, i, max_cells, cells_used))) return n;
  if ((n = pipe_ends(&s, i, max_cells, cells_used))) return n;
  if ((n = markdown(&s, i, max_cells, cells_used))) return n;
  if ((n = csv(&s, i, max_cells, cells_used))) return n;
  if ((n = line_cells(&s, i, max_cells, cells_used))) return n;
  if ((n = spaced(&s, i, max_cells, cells_used))) return n;
  return 0;
}
