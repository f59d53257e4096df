#include "columns.h"

#include <string.h>

#include "cnnum.h"
#include "utf8.h"

static int has(const char *s, size_t n, const char *lit) {
  return gw_find(s, n, 0, lit) != (size_t)-1;
}

/* The cell without its spaces (分 管 领 导), NUL-terminated in buf;
 * returns its length. */
static size_t squeeze(const char *cell, size_t len, char *buf, size_t size) {
  size_t n = 0;
  for (size_t i = 0; i < len && n < size - 1; i++)
    if (cell[i] != ' ' && cell[i] != '\t' && cell[i] != '\n') buf[n++] = cell[i];
  buf[n] = 0;
  return n;
}

int gw_column_period_end(const char *cell, size_t len) {
  char buf[64];
  size_t n = squeeze(cell, len, buf, sizeof buf);
  if (!strcmp(buf, "上半年")) return 6;
  if (!strcmp(buf, "下半年")) return 12;
  /* (第)一季度, 3季度; 9月, 十二月(份) */
  size_t k = strncmp(buf, "第", 3) ? 0 : 3;
  int v = 0;
  size_t used = gw_number_at(buf, n, k, &v);
  if (!used) return 0;
  const char *rest = buf + k + used;
  if (v >= 1 && v <= 4 && (!strcmp(rest, "季度") || !strcmp(rest, "季"))) return 3 * v;
  if (v >= 1 && v <= 12 && (!strcmp(rest, "月") || !strcmp(rest, "月份"))) return v;
  return 0;
}

unsigned gw_column_roles(const char *cell, size_t len) {
  char buf[256];
  size_t n = squeeze(cell, len, buf, sizeof buf);
  if (n == 0 || n > 60) return 0;
  unsigned r = 0;
  if (!strcmp(buf, "序号") || !strcmp(buf, "编号") || !strcmp(buf, "序") || !strcmp(buf, "No.") ||
      !strcmp(buf, "项目编号"))
    return GW_COL_SEQ;
  if (has(buf, n, "备注") || !strcmp(buf, "说明")) return GW_COL_NOTE;
  if (gw_column_period_end(cell, len)) return GW_COL_PERIOD;
  if (has(buf, n, "领导") || has(buf, n, "责任人") || has(buf, n, "联系人") ||
      has(buf, n, "负责人") || has(buf, n, "分管") || has(buf, n, "领衔") ||
      /* 县级河长, 林长: people (河长办 is an office) */
      ((has(buf, n, "河长") || has(buf, n, "林长")) && !has(buf, n, "办")) ||
      /* 包村干部, 网格员 */
      has(buf, n, "干部") || has(buf, n, "网格员"))
    return GW_COL_PERSON;
  /* A role alone names a column under a spanning 责任单位 (two-line header). */
  if (!strcmp(buf, "牵头") || !strcmp(buf, "主办")) return GW_COL_LEAD;
  if (!strcmp(buf, "配合") || !strcmp(buf, "协办") || !strcmp(buf, "参与") || !strcmp(buf, "协助"))
    return GW_COL_COOP;
  if (!strcmp(buf, "责任") || !strcmp(buf, "负责")) return GW_COL_RESP;
  if (!strcmp(buf, "督办") || !strcmp(buf, "督导")) return GW_COL_SUPER;
  if (has(buf, n, "单位") || has(buf, n, "部门") || has(buf, n, "主体") || has(buf, n, "科室") ||
      has(buf, n, "处室") || has(buf, n, "站所") || has(buf, n, "股室") || has(buf, n, "办线")) {
    if (has(buf, n, "牵头") || has(buf, n, "主办") || has(buf, n, "承办"))
      r |= GW_COL_LEAD;
    else if (has(buf, n, "配合") || has(buf, n, "协办") || has(buf, n, "协作") ||
             has(buf, n, "协同") || has(buf, n, "参与") || has(buf, n, "协助") ||
             has(buf, n, "联系"))
      r |= GW_COL_COOP;
    else if (has(buf, n, "督办") || has(buf, n, "督导") || has(buf, n, "督促") ||
             has(buf, n, "监督"))
      r |= GW_COL_SUPER;
    else
      r |= GW_COL_RESP;
  }
  if (has(buf, n, "时限") || has(buf, n, "时间") || has(buf, n, "期限") || has(buf, n, "进度") ||
      has(buf, n, "节点") || has(buf, n, "日期"))
    r |= GW_COL_DEADLINE;
  if (has(buf, n, "任务") || has(buf, n, "内容") || has(buf, n, "措施") || has(buf, n, "事项") ||
      has(buf, n, "工作") || has(buf, n, "目标") || has(buf, n, "要求") || has(buf, n, "职责") ||
      has(buf, n, "举措") || has(buf, n, "分工") || has(buf, n, "指标") || has(buf, n, "项目") ||
      /* 案由: what a deputy's suggestion or a proposal asks for */
      has(buf, n, "案由") || has(buf, n, "标题") || has(buf, n, "重点") ||
      /* 主要责任: a unit's duties (not 责任单位, 责任人) */
      (has(buf, n, "责任") && !(r & GW_COL_UNITS) && !has(buf, n, "人") && !has(buf, n, "领导")))
    r |= GW_COL_TEXT;
  else if (has(buf, n, "类别") || has(buf, n, "领域") || has(buf, n, "方面") ||
           has(buf, n, "类型") || has(buf, n, "板块") ||
           /* 河湖名称: what the row is about, which names it */
           (has(buf, n, "名称") && !(r & GW_COL_UNITS)))
    r |= GW_COL_CATEGORY;
  else if (has(buf, n, "问题"))
    r |= GW_COL_PROBLEM;
  /* 整改目标, 工作目标 (but 目标任务 names the task, 测评指标 the item);
   * 抽查比例 */
  if ((r & GW_COL_TEXT) && has(buf, n, "目标") && !has(buf, n, "任务")) r |= GW_COL_GOAL;
  if (has(buf, n, "比例") && !(r & GW_COL_TEXT)) r |= GW_COL_GOAL;
  /* "工作进度" is a schedule, "时间节点" not a task text. */
  if ((r & GW_COL_DEADLINE) && (r & GW_COL_TEXT) && !(r & GW_COL_UNITS) && !has(buf, n, "任务"))
    r &= ~(unsigned)GW_COL_TEXT;
  return r;
}

int gw_is_header_cell(const char *cell, size_t len) {
  if (gw_utf8_count(cell, len) > 14) return 0;
  return gw_column_roles(cell, len) != 0;
}
