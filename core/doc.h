/* The document model every stage meets at: one normalized UTF-8 text and its
 * block structure (lines and tables). Spans anywhere in the pipeline are byte
 * ranges into doc->text until the catalogue converts them to code points. */
#ifndef GW_DOC_H
#define GW_DOC_H

#include <setjmp.h>
#include <stdint.h>

#include "../include/gongwen.h"
#include "arena.h"
#include "utf8.h"

typedef enum gw_block_kind { GW_BLOCK_LINE, GW_BLOCK_TABLE } gw_block_kind;

typedef struct gw_cell {
  uint32_t start, end; /* content, may span several lines */
  uint8_t merged;      /* value repeated from a merged cell above or left */
} gw_cell;

/* A piece of a cell on a line below its row: a table laid out with spaces
 * wraps a long cell onto lines of their own, beside the other cells'
 * pieces, where the cell's one range cannot reach it. */
typedef struct gw_cell_part {
  uint32_t start, end;
  struct gw_cell_part *next;
} gw_cell_part;

typedef struct gw_table {
  uint32_t nrows, ncols;
  gw_cell *cells; /* row-major, nrows * ncols */
  int header_row; /* index of the header row, -1 when unknown */
  /* Per cell (row-major), or NULL: its pieces on later lines, in order. */
  gw_cell_part **more;
} gw_table;

static inline gw_cell *gw_table_cell(const gw_table *t, uint32_t row, uint32_t col) {
  return &t->cells[(size_t)row * t->ncols + col];
}

typedef struct gw_block {
  gw_block_kind kind;
  uint32_t start, end; /* byte range in text (a line: without its newline) */
  uint32_t line;       /* 1-based line number of start */
  uint8_t heading;     /* outline level from Word heading styles, 0 = none */
  gw_table *table;     /* GW_BLOCK_TABLE */
} gw_block;

typedef struct gw_catalogue gw_catalogue;

struct gw_doc {
  gw_arena *arena;
  jmp_buf guard; /* the arena jumps here when memory runs out */
  const char *name;
  const char *format;   /* "text", "docx", "word-xml", "flat-opc", "html", "catalogue" */
  const char *encoding; /* NULL for XML-based formats */
  char sha256[65];
  char *text;
  size_t len;
  GW_VEC(gw_block) blocks;
  GW_VEC(uint32_t) line_starts; /* byte offset of each line of text */
  GW_VEC(const char *) warnings;
  gw_cpindex cp;
  gw_catalogue *catalogue;
};

/* A fresh document with its own arena (NULL when out of memory). */
gw_doc *gw_doc_new(const char *name, size_t memory_cap);
void gw_doc_warn(gw_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* 1-based line number of a byte offset. */
uint32_t gw_doc_line_of(const gw_doc *doc, size_t byte_off);
/* Index line starts and code points once the text is final. */
void gw_doc_index(gw_doc *doc);

#endif
