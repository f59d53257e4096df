#include "grid.h"

#include <string.h>

#include "../core/err.h"

bool gw_grid_fits(size_t ncells, const gw_limits *limits, size_t cells_used, gw_error *err) {
  if (ncells <= limits->max_table_cells && cells_used <= limits->max_table_cells - ncells)
    return true;
  gw_fail(err, GW_ERR_LIMIT, "more than %zu table cells (--max-table-cells)",
          limits->max_table_cells);
  return false;
}

bool gw_grid_init(gw_grid *g, gw_arena *a, uint32_t nrows, uint32_t ncols, const gw_limits *limits,
                  size_t *cells_used, gw_error *err) {
  memset(g, 0, sizeof *g);
  g->header_row = -1;
  size_t n = (size_t)nrows * ncols;
  if (!gw_grid_fits(n, limits, *cells_used, err)) return false;
  *cells_used += n;
  g->nrows = nrows;
  g->ncols = ncols;
  g->cells = gw_arena_calloc(a, n ? n : 1, sizeof *g->cells);
  g->merged = gw_arena_calloc(a, n ? n : 1, 1);
  return true;
}

void gw_grid_put(gw_grid *g, uint32_t row, uint32_t col, uint32_t rowspan, uint32_t colspan,
                 const char *text, uint8_t from) {
  for (uint32_t r = row; r < g->nrows && r - row < rowspan; r++) {
    for (uint32_t c = col; c < g->ncols && c - col < colspan; c++) {
      size_t i = (size_t)r * g->ncols + c;
      g->cells[i] = text;
      g->merged[i] = r != row ? GW_CELL_COPY_ABOVE : c != col ? GW_CELL_COPY_LEFT : from;
    }
  }
}

void gw_grid_emit(const gw_grid *g, gw_builder *b) {
  /* One column is layout, not data (a masthead, a boxed note): its lines are
   * paragraphs, as the reader sees them. */
  if (g->ncols == 1) {
    for (uint32_t r = 0; r < g->nrows; r++) {
      const char *s = g->cells[r];
      if (!s || g->merged[r]) continue;
      for (;;) {
        size_t n = strcspn(s, "\n");
        gw_builder_paragraph(b, s, n, 0);
        if (!s[n]) break;
        s += n + 1;
      }
    }
    return;
  }
  gw_builder_table(b, g->nrows, g->ncols, (const char *const *)g->cells, g->merged, g->header_row);
}

void gw_grid_flatten(const gw_grid *g, gw_textbuf *out) {
  for (uint32_t r = 0; r < g->nrows; r++) {
    bool line_open = false;
    for (uint32_t c = 0; c < g->ncols; c++) {
      size_t i = (size_t)r * g->ncols + c;
      const char *s = g->cells[i];
      if (!s || !*s || g->merged[i]) continue;
      if (!line_open && out->len) gw_textbuf_put(out, "\n", 1);
      if (line_open) gw_textbuf_put(out, " ", 1);
      line_open = true;
      while (*s) {
        size_t n = strcspn(s, "\n\t");
        gw_textbuf_put(out, s, n);
        s += n;
        if (*s) {
          gw_textbuf_put(out, " ", 1);
          s++;
        }
      }
    }
  }
}
