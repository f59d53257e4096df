/* What a table column holds, read from its header cell (责任单位, 完成时限...).
 * Shared by ingest (to recognise a table header in plain text) and extract
 * (to map columns to task fields). */
#ifndef GW_COLUMNS_H
#define GW_COLUMNS_H

#include <stddef.h>

enum {
  GW_COL_SEQ = 1 << 0,      /* 序号 */
  GW_COL_TEXT = 1 << 1,     /* 工作任务, 具体内容, 细化措施 ... */
  GW_COL_CATEGORY = 1 << 2, /* 类别, 领域: groups rows */
  GW_COL_LEAD = 1 << 3,     /* 牵头单位 */
  GW_COL_COOP = 1 << 4,     /* 配合单位, 协办单位, 参与单位 */
  GW_COL_RESP = 1 << 5,     /* 责任单位, 负责部门 */
  GW_COL_SUPER = 1 << 6,    /* 督办单位 */
  GW_COL_DEADLINE = 1 << 7, /* 完成时限, 时间节点 */
  GW_COL_PERSON = 1 << 8,   /* 责任领导, 分管领导: people, not units */
  GW_COL_NOTE = 1 << 9,     /* 备注 */
  GW_COL_PROBLEM = 1 << 10, /* 存在问题, 问题描述: what the row's measures answer */
  GW_COL_GOAL = 1 << 11,    /* 整改目标, 工作目标: its targets count for the row */
  GW_COL_PERIOD = 1 << 12,  /* 一季度, 上半年, 3月: milestones due when the period ends */
};
#define GW_COL_UNITS (GW_COL_LEAD | GW_COL_COOP | GW_COL_RESP | GW_COL_SUPER)

/* Roles of a header cell (bit set, 0 when it is no known header). Spaces
 * inside the cell are ignored (分 管 领 导). */
unsigned gw_column_roles(const char *cell, size_t len);

/* The month a period column ends in (一季度 3, 第二季度 6, 上半年 6, 下半年
 * 12, 9月 9), 0 when the header names no period. */
int gw_column_period_end(const char *cell, size_t len);

/* Is this cell short and a known header word? */
int gw_is_header_cell(const char *cell, size_t len);

#endif
