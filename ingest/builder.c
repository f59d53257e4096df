#include "builder.h"

#include <stdio.h>
#include <string.h>

#include "../core/err.h"

void gw_builder_init(gw_builder *b, gw_doc *doc, const gw_limits *limits) {
  memset(b, 0, sizeof *b);
  b->doc = doc;
  b->limits = limits;
  gw_textbuf_init(&b->tb, doc->arena, limits->max_line_bytes);
}

void gw_builder_paragraph(gw_builder *b, const char *text, size_t len, int heading) {
  /* Each line of the paragraph is a line block. */
  size_t i = 0, e;
  do {
    e = i;
    while (e < len && text[e] != '\n') e++;
    uint32_t start = (uint32_t)b->tb.len;
    gw_normalize_append(&b->tb, text + i, e - i);
    uint32_t end = (uint32_t)b->tb.len;
    if (gw_textbuf_end_line(&b->tb)) {
      /* end_line trims trailing blanks: the line ends before its newline */
      end = (uint32_t)b->tb.len - 1;
      gw_block blk = {GW_BLOCK_LINE, start, end, 0, (uint8_t)(heading > 9 ? 9 : heading), NULL};
      GW_VEC_PUSH(b->doc->arena, b->doc->blocks, blk);
    }
    i = e + 1;
  } while (e < len);
}

void gw_builder_table(gw_builder *b, uint32_t nrows, uint32_t ncols, const char *const *cells,
                      const uint8_t *merged, int header_row) {
  if (!nrows || !ncols) return;
  gw_arena *a = b->doc->arena;
  gw_table *t = gw_arena_calloc(a, 1, sizeof *t);
  t->nrows = nrows;
  t->ncols = ncols;
  t->header_row = header_row;
  t->cells = gw_arena_calloc(a, (size_t)nrows * ncols, sizeof(gw_cell));
  uint32_t table_start = (uint32_t)b->tb.len;
  for (uint32_t r = 0; r < nrows; r++) {
    for (uint32_t k = 0; k < ncols; k++) {
      size_t idx = (size_t)r * ncols + k;
      if (k) gw_textbuf_put(&b->tb, "\t", 1);
      const char *s = cells[idx] ? cells[idx] : "";
      /* A merged copy points at the text of the cell it repeats. */
      const gw_cell *src = NULL;
      if (merged && merged[idx] == GW_CELL_COPY_ABOVE && r > 0)
        src = &t->cells[idx - ncols];
      else if (merged && merged[idx] == GW_CELL_COPY_LEFT && k > 0)
        src = &t->cells[idx - 1];
      if (src) {
        t->cells[idx] = *src;
        t->cells[idx].merged = 1;
        continue;
      }
      uint32_t start = (uint32_t)b->tb.len;
      /* Cell paragraphs keep their newlines; tabs inside become spaces so
       * the row stays readable. */
      size_t n = strlen(s);
      for (size_t i = 0; i < n;) {
        size_t e = i;
        while (e < n && s[e] != '\n' && s[e] != '\t') e++;
        gw_normalize_append(&b->tb, s + i, e - i);
        if (e < n) gw_textbuf_put(&b->tb, s[e] == '\n' ? "\n" : " ", 1);
        i = e + 1;
      }
      uint32_t end = (uint32_t)b->tb.len;
      while (end > start && (b->tb.data[end - 1] == ' ' || b->tb.data[end - 1] == '\n')) end--;
      t->cells[idx].start = start;
      t->cells[idx].end = end;
    }
    gw_textbuf_put(&b->tb, "\n", 1);
    b->tb.line_start = b->tb.len;
  }
  gw_block blk = {GW_BLOCK_TABLE, table_start, (uint32_t)b->tb.len - 1, 0, 0, t};
  GW_VEC_PUSH(a, b->doc->blocks, blk);
}

gw_status gw_builder_finish(gw_builder *b, gw_error *err) {
  if (b->tb.too_long)
    return gw_fail(err, GW_ERR_LIMIT, "a paragraph is longer than %zu bytes (--max-line)",
                   b->limits->max_line_bytes);
  b->doc->text = gw_textbuf_finish(&b->tb);
  b->doc->len = b->tb.len;
  gw_doc_index(b->doc);
  for (size_t i = 0; i < b->doc->blocks.len; i++)
    b->doc->blocks.items[i].line = gw_doc_line_of(b->doc, b->doc->blocks.items[i].start);
  return GW_OK;
}
