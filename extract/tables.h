/* Task tables: a header row names the columns (重点任务, 责任单位, 完成时限
 * ...) and every row below it is a task. Merged cells reach every row they
 * cover; columns left of the task text (类别, 重点任务) group the rows. */
#ifndef GW_TABLES_H
#define GW_TABLES_H

#include "outline.h"

enum { GW_MAX_GROUP_COLS = 6 };

typedef struct gw_colmap {
  uint32_t header_row;
  uint32_t ncols;
  unsigned *roles; /* GW_COL_* bits per column */
  int text_col;    /* the task text, -1 when none */
  int seq_col;     /* 序号, -1 when none */
  int problem_col; /* 存在问题: the row's title, -1 when none */
  int group_cols[GW_MAX_GROUP_COLS];
  int ngroup;
} gw_colmap;

/* Append one item per task row of `table` (nothing when it is no task
 * table). */
void gw_table_rows(gw_ctx *c, const gw_table *table, uint32_t block, gw_item *parent, uint32_t part,
                   gw_item_vec *out);

/* The trimmed text of a cell. */
const char *gw_cell_text(const gw_ctx *c, const gw_table *t, uint32_t row, uint32_t col,
                         size_t *len);

#endif
