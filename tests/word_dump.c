/* Print the document model a notice is read into, for the Word and HTML
 * reader tests: its format, then each block, a line "P h<level>: text" or a
 * table "T <rows>x<cols> header=<row>" followed by its rows, cells between
 * bars, "=" before a merged copy, line breaks in a cell shown as "\n".
 * Usage: word_dump FILE [--max-xml-depth N]. Exit 1 and the error on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/doc.h"

static void put_cell(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      fputs("\\n", stdout);
    else
      putchar(s[i]);
  }
}

int main(int argc, char **argv) {
  if (argc != 2 && !(argc == 4 && strcmp(argv[2], "--max-xml-depth") == 0)) {
    fputs("usage: word_dump FILE [--max-xml-depth N]\n", stderr);
    return 2;
  }
  gw_limits limits;
  gw_limits_default(&limits);
  if (argc == 4) limits.max_xml_depth = (unsigned)strtoul(argv[3], NULL, 10);
  gw_doc *doc;
  gw_error err;
  if (gw_doc_read_file(argv[1], &limits, &doc, &err) != GW_OK) {
    fprintf(stderr, "word_dump: %s: %s\n", argv[1], err.message);
    return 1;
  }
  printf("format: %s\n", doc->format);
  printf("encoding: %s\n", doc->encoding ? doc->encoding : "-");
  for (size_t b = 0; b < doc->blocks.len; b++) {
    const gw_block *blk = &doc->blocks.items[b];
    if (blk->kind == GW_BLOCK_LINE) {
      printf("P h%u: %.*s\n", blk->heading, (int)(blk->end - blk->start), doc->text + blk->start);
      continue;
    }
    const gw_table *t = blk->table;
    printf("T %ux%u header=%d\n", t->nrows, t->ncols, t->header_row);
    for (uint32_t r = 0; r < t->nrows; r++) {
      fputs("|", stdout);
      for (uint32_t c = 0; c < t->ncols; c++) {
        const gw_cell *cell = gw_table_cell(t, r, c);
        fputs(cell->merged ? " =" : " ", stdout);
        put_cell(doc->text + cell->start, cell->end - cell->start);
        fputs(" |", stdout);
      }
      putchar('\n');
    }
  }
  gw_doc_free(doc);
  return 0;
}
