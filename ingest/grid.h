/* Tables of structured sources (Word, HTML) laid out on their grid before
 * they go to the builder: a merged cell's value is placed in every grid
 * position it covers, the copies flagged as merged. A table nested in a
 * cell is flattened into lines of that cell's text. */
#ifndef GW_GRID_H
#define GW_GRID_H

#include "builder.h"

typedef struct gw_grid {
  uint32_t nrows, ncols;
  const char **cells; /* row-major; NULL until placed */
  uint8_t *merged;    /* GW_CELL_OWN, or where a merged copy's value comes from */
  int header_row;
} gw_grid;

/* Do `ncells` more cells fit under limits->max_table_cells when cells_used
 * are taken already? If not, false with the limit error in err. */
bool gw_grid_fits(size_t ncells, const gw_limits *limits, size_t cells_used, gw_error *err);

/* Lay out an empty grid. Every grid, nested or not, counts toward
 * limits->max_table_cells through *cells_used; over it, returns false with
 * the limit error in err. */
bool gw_grid_init(gw_grid *g, gw_arena *a, uint32_t nrows, uint32_t ncols, const gw_limits *limits,
                  size_t *cells_used, gw_error *err);

/* Place `text` at (row, col) spanning rowspan x colspan positions (clipped
 * to the grid). Positions other than the first repeat it: those of the
 * first row the cell to their left, the others the cell above. The first
 * position takes `from`: GW_CELL_OWN, or GW_CELL_COPY_ABOVE / _LEFT when
 * the value continues a cell placed before (Word's vMerge, hMerge). */
void gw_grid_put(gw_grid *g, uint32_t row, uint32_t col, uint32_t rowspan, uint32_t colspan,
                 const char *text, uint8_t from);

static inline const char *gw_grid_at(const gw_grid *g, uint32_t row, uint32_t col) {
  return g->cells[(size_t)row * g->ncols + col];
}

/* A top-level table: to the builder. */
void gw_grid_emit(const gw_grid *g, gw_builder *b);

/* A nested table: one line per row appended to `out` (a newline before each
 * line when out is not empty), cells separated by a space, merged copies
 * and a cell's own line breaks dropped. */
void gw_grid_flatten(const gw_grid *g, gw_textbuf *out);

#endif
