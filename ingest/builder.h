/* Building a gw_doc from a structured source (Word XML, HTML): readers hand
 * over paragraphs and tables; the builder normalizes their text exactly as
 * plain-text ingest does, appends it to the document text and records the
 * blocks. A paragraph becomes one line of text; a table becomes one line
 * per row, cells separated by tabs, a cell's own paragraphs by newlines. */
#ifndef GW_BUILDER_H
#define GW_BUILDER_H

#include "../core/doc.h"
#include "normalize.h"

typedef struct gw_builder {
  gw_doc *doc;
  const gw_limits *limits;
  gw_textbuf tb;
} gw_builder;

void gw_builder_init(gw_builder *b, gw_doc *doc, const gw_limits *limits);

/* One paragraph of UTF-8 text (a soft line break inside may be '\n').
 * `heading` is its outline level from a heading style, 0 for body text. */
void gw_builder_paragraph(gw_builder *b, const char *text, size_t len, int heading);

/* Where a grid position's value comes from: its own cell, or a merged
 * cell it repeats, found above it or to its left. */
enum { GW_CELL_OWN = 0, GW_CELL_COPY_ABOVE = 1, GW_CELL_COPY_LEFT = 2 };

/* A table of nrows x ncols cells given row-major as UTF-8 strings (NULL or
 * "" for an empty cell). Merged cells must already hold the merged value in
 * every position they cover; `merged` (may be NULL) tells, for each, where
 * the value comes from (GW_CELL_...): a copy shares its source's text.
 * `header_row` is the header's index when the source marks it, else -1.
 * The caller has held the cells to --max-table-cells (ingest/grid.h). */
void gw_builder_table(gw_builder *b, uint32_t nrows, uint32_t ncols, const char *const *cells,
                      const uint8_t *merged, int header_row);

/* Finish the document text and its index; a paragraph over --max-line is
 * an error, with its message in err. */
gw_status gw_builder_finish(gw_builder *b, gw_error *err);

#endif
