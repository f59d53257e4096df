/* Tables in plain text. Word tables converted to text arrive in several
 * shapes; each recogniser below takes one of them:
 *   tab cells   each cell on a line that starts with a tab, rows of N cells
 *               (N = cells of the header row), merged cells repeated or empty;
 *   tab rows    one row a line, cells separated by tabs;
 *   pipe lines  cells one per line between lines holding only "|", an empty
 *               cell ("|" twice) ending a row;
 *   pipe ends   cells one per line, each ending in "|", rows of N cells;
 *   markdown    "| a | b |" rows;
 *   spaced      one row a line, cells separated by spaces (from PDF), split
 *               from the right for the unit and deadline columns.
 * All but tab rows and markdown need a header row of known column names. */
#ifndef GW_TXT_TABLE_H
#define GW_TXT_TABLE_H

#include "../core/doc.h"

typedef struct gw_line {
  uint32_t start, end; /* without the newline */
} gw_line;

/* Try every recogniser at line `i`; on success append a table block and
 * return the number of lines it covers, else 0. *cells_used counts the
 * cells of the tables found so far; past max_cells no table is built and
 * the count says so (the caller stops with the limit's error). */
size_t gw_txt_table_at(gw_doc *doc, const gw_line *lines, size_t nlines, size_t i, size_t max_cells,
                       size_t *cells_used);

#endif
