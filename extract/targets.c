/* Quantitative targets: 联网率不低于99.9%, 达标率60%以上, 投保率达100%,
 * 增长7%以上, 11.88亿立方米以内, 新增托位数400个以上, 落实2名专职监管人员.
 * A ratio is a target wherever it stands; a count needs a verb of
 * achievement before it (新增, 建成, 落实...). Conditions (超过100人的),
 * numbers in cited titles and counts of times (开展1次) are not targets. */
#include <stdlib.h>
#include <string.h>

#include "../core/utf8.h"
#include "fields.h"
#include "text.h"

typedef struct op_word {
  const char *word;
  gw_op op;
} op_word;

static const op_word OP1[] = {
    {"不低于", GW_OP_GE}, {"不少于", GW_OP_GE}, {"不小于", GW_OP_GE}, {"至少", GW_OP_GE},
    {"不高于", GW_OP_LE}, {"不超过", GW_OP_LE}, {"不大于", GW_OP_LE}, {"控制在", GW_OP_LE},
    {"降至", GW_OP_LE},   {"降到", GW_OP_LE},   {"高于", GW_OP_GT},   {"超过", GW_OP_GT},
    {"大于", GW_OP_GT},   {"低于", GW_OP_LT},   {"小于", GW_OP_LT},   {"约", GW_OP_APPROX},
};
static const op_word OP2[] = {
    {"及以上", GW_OP_GE}, {"以上", GW_OP_GE}, {"以下", GW_OP_LE},
    {"以内", GW_OP_LE},   {"左右", GW_OP_APPROX}, {"上下", GW_OP_APPROX},
};

static bool lookup(const op_word *t, size_t n, const char *s, size_t len, gw_op *op) {
  for (size_t i = 0; i < n; i++)
    if (len == strlen(t[i].word) && !memcmp(s, t[i].word, len)) {
      *op = t[i].op;
      return true;
    }
  return false;
}

static size_t group(const size_t *ov, int g, size_t *end) {
  if (g <= 0 || ov[2 * g] == PCRE2_UNSET) return (size_t)-1;
  *end = ov[2 * g + 1];
  return ov[2 * g];
}

/* Metric: the words before the comparison, back to the clause start. */
static uint32_t metric_start(const char *s, uint32_t at) {
  uint32_t i = at;
  int cps = 0;
  while (i > 0 && cps < 16) {
    size_t j = i;
    uint32_t cp = gw_utf8_prev(s, &j);
    if (cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || cp == 0x3001 || cp == 0xFF1A || cp == ',' ||
        cp == ';' || cp == ':' || cp == 0xFF08 || cp == 0xFF09 || cp == '(' || cp == ')' ||
        (cp >= '0' && cp <= '9'))
      break;
    i = (uint32_t)j;
    cps++;
  }
  return i;
}

static bool inside_title(const char *s, size_t n, size_t pos) {
  size_t open = 0;
  for (size_t i = 0; i < pos && i < n;) {
    if (gw_at(s, n, i, "《")) open++;
    else if (gw_at(s, n, i, "》") && open) open--;
    size_t k = i;
    gw_utf8_next(s, n, &k);
    i = k;
  }
  return open > 0;
}

static bool condition_follows(const char *s, size_t n, size_t end) {
  return gw_at(s, n, end, "的") || gw_at(s, n, end, "之");
}

static void add(gw_ctx *c, const gw_view *v, gw_fields *f, uint32_t a, uint32_t metric_end,
                uint32_t b, double value, const char *unit, size_t unit_len, gw_op op) {
  for (size_t i = 0; i < f->targets.len; i++)
    if (f->targets.items[i].span.start <= gw_view_src(v, b, true) - 1 &&
        f->targets.items[i].span.end >= gw_view_src(v, b, true))
      return;
  gw_target t;
  t.text = gw_arena_strndup(c->a, v->s + a, b - a);
  /* The metric without the verb that introduces it (实现, 确保...). */
  static const char *const LEAD[] = {"实现", "确保", "力争", "推动", "保持", "使", "达到", NULL};
  for (size_t w = 0; LEAD[w]; w++)
    if (gw_at(v->s, metric_end, a, LEAD[w])) {
      a += (uint32_t)strlen(LEAD[w]);
      break;
    }
  char *m = metric_end > a ? gw_text_strip_spaces(c->a, v->s + a, metric_end - a) : NULL;
  t.metric = m && *m ? m : NULL;
  t.unit = gw_arena_strndup(c->a, unit, unit_len);
  t.op = op;
  t.value = value;
  t.span.start = gw_view_src(v, a, false);
  t.span.end = gw_view_src(v, b, true);
  GW_VEC_PUSH(c->a, f->targets, t);
}

static void ratios(gw_ctx *c, const gw_view *v, gw_fields *f) {
  const gw_patterns *p = &c->ex->patterns;
  int g_op1 = gw_pattern_group(p, GW_PAT_TARGET_RATIO, "op1");
  int g_val = gw_pattern_group(p, GW_PAT_TARGET_RATIO, "val");
  int g_unit = gw_pattern_group(p, GW_PAT_TARGET_RATIO, "unit");
  int g_op2 = gw_pattern_group(p, GW_PAT_TARGET_RATIO, "op2");
  size_t from = 0, *ov;
  while (gw_pattern_match(p, GW_PAT_TARGET_RATIO, c->md, v->s, v->len, from, &ov)) {
    size_t a = ov[0], b = ov[1];
    from = b > a ? b : a + 1;
    if (condition_follows(v->s, v->len, b) || inside_title(v->s, v->len, a)) continue;

    size_t ve = 0, ue = 0, oe1 = 0, oe2 = 0;
    size_t vs = group(ov, g_val, &ve), us = group(ov, g_unit, &ue);
    size_t o1 = group(ov, g_op1, &oe1), o2 = group(ov, g_op2, &oe2);
    gw_op op = GW_OP_GE;
    if (o1 != (size_t)-1) lookup(OP1, sizeof OP1 / sizeof OP1[0], v->s + o1, oe1 - o1, &op);
    if (o2 != (size_t)-1) lookup(OP2, sizeof OP2 / sizeof OP2[0], v->s + o2, oe2 - o2, &op);
    double value = strtod(v->s + vs, NULL);
    uint32_t ms = metric_start(v->s, (uint32_t)a);
    add(c, v, f, ms, (uint32_t)a, (uint32_t)b, value, v->s + us, ue - us, op);
  }
}

static void counts(gw_ctx *c, const gw_view *v, gw_fields *f) {
  const gw_patterns *p = &c->ex->patterns;
  int g_mid = gw_pattern_group(p, GW_PAT_TARGET_COUNT, "mid");
  int g_op1 = gw_pattern_group(p, GW_PAT_TARGET_COUNT, "op1");
  int g_val = gw_pattern_group(p, GW_PAT_TARGET_COUNT, "val");
  int g_unit = gw_pattern_group(p, GW_PAT_TARGET_COUNT, "unit");
  int g_op2 = gw_pattern_group(p, GW_PAT_TARGET_COUNT, "op2");
  size_t from = 0, *ov;
  while (gw_pattern_match(p, GW_PAT_TARGET_COUNT, c->md, v->s, v->len, from, &ov)) {
    size_t a = ov[0], b = ov[1];
    from = b > a ? b : a + 1;
    size_t me = 0;
    size_t ms = group(ov, g_mid, &me);
    if (ms != (size_t)-1) {
      static const char *const EVENT[] = {"发生", "不足", "少于", NULL};
      bool event = false;
      for (size_t w = 0; EVENT[w]; w++)
        if (gw_find(v->s, me, ms, EVENT[w]) != (size_t)-1) event = true;
      if (event) continue;
    }
    if (condition_follows(v->s, v->len, b) || inside_title(v->s, v->len, a)) continue;
    size_t ve = 0, ue = 0, oe1 = 0, oe2 = 0;
    size_t vs = group(ov, g_val, &ve), us = group(ov, g_unit, &ue);
    size_t o1 = group(ov, g_op1, &oe1), o2 = group(ov, g_op2, &oe2);
    gw_op op = GW_OP_GE;
    if (o1 != (size_t)-1) lookup(OP1, sizeof OP1 / sizeof OP1[0], v->s + o1, oe1 - o1, &op);
    if (o2 != (size_t)-1) lookup(OP2, sizeof OP2 / sizeof OP2[0], v->s + o2, oe2 - o2, &op);
    /* 控制在, 压缩至, 缩短到 …: a ceiling */
    if (o2 == (size_t)-1 && (gw_at(v->s, v->len, a, "控制在") || gw_at(v->s, v->len, a, "压缩") ||
                             gw_at(v->s, v->len, a, "缩短")))
      op = GW_OP_LE;
    add(c, v, f, (uint32_t)a, (uint32_t)vs, (uint32_t)b, strtod(v->s + vs, NULL), v->s + us,
        ue - us, op);
    /* A list goes on: 实施16个乡镇卫生院、158个村卫生室改扩建. */
    size_t k = b;
    for (int more = 0; more < 8; more++) {
      size_t dun = (size_t)-1;
      for (size_t j = k, steps = 0; j < v->len && steps < 14; steps++) {
        if (gw_at(v->s, v->len, j, "、")) {
          dun = j;
          break;
        }
        if (gw_at(v->s, v->len, j, "，") || gw_at(v->s, v->len, j, "。") ||
            gw_at(v->s, v->len, j, "；"))
          break;
        size_t nx = j;
        gw_utf8_next(v->s, v->len, &nx);
        j = nx;
      }
      if (dun == (size_t)-1) break;
      size_t j = dun + 3, d0 = j;
      while (j < v->len && ((v->s[j] >= '0' && v->s[j] <= '9') || v->s[j] == '.')) j++;
      if (j == d0) break;
      size_t u0 = j;
      static const char *const UNITS[] = {"万个", "个", "名", "人", "家", "所", "座", "条", "项",
                                          "户", "台", "辆", "套", "处", "场", "期", "批", "支",
                                          "吨", "亩", "公里", NULL};
      size_t ul = 0;
      for (size_t w = 0; UNITS[w]; w++)
        if (gw_at(v->s, v->len, j, UNITS[w])) {
          ul = strlen(UNITS[w]);
          break;
        }
      if (!ul) break;
      j += ul;
      add(c, v, f, (uint32_t)d0, (uint32_t)d0, (uint32_t)j, strtod(v->s + d0, NULL), v->s + u0, ul,
          GW_OP_GE);
      k = j;
    }
    from = k > from ? k : from;
  }
}

static int by_position(const void *a, const void *b) {
  const gw_target *x = a, *y = b;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

/* A count with a bound and no verb of achievement: 不少于20户, 300家以上. */
static void bounds(gw_ctx *c, const gw_view *v, gw_fields *f) {
  const gw_patterns *p = &c->ex->patterns;
  int g_op1 = gw_pattern_group(p, GW_PAT_TARGET_BOUND, "op1");
  int g_val = gw_pattern_group(p, GW_PAT_TARGET_BOUND, "val");
  int g_unit = gw_pattern_group(p, GW_PAT_TARGET_BOUND, "unit");
  int g_op2 = gw_pattern_group(p, GW_PAT_TARGET_BOUND, "op2");
  size_t from = 0, *ov;
  while (gw_pattern_match(p, GW_PAT_TARGET_BOUND, c->md, v->s, v->len, from, &ov)) {
    size_t a = ov[0], b = ov[1];
    from = b > a ? b : a + 1;
    size_t ve = 0, ue = 0, oe1 = 0, oe2 = 0;
    size_t vs = group(ov, g_val, &ve), us = group(ov, g_unit, &ue);
    size_t o1 = group(ov, g_op1, &oe1), o2 = group(ov, g_op2, &oe2);
    if (o1 == (size_t)-1 && o2 == (size_t)-1) continue;
    /* a number that continues another (1.5, 2020) or follows a quote is no count */
    if (vs > 0 && (v->s[vs - 1] == '.' || (v->s[vs - 1] >= '0' && v->s[vs - 1] <= '9'))) continue;
    if (condition_follows(v->s, v->len, b) || inside_title(v->s, v->len, a)) continue;
    gw_op op = GW_OP_GE;
    if (o2 != (size_t)-1) lookup(OP2, sizeof OP2 / sizeof OP2[0], v->s + o2, oe2 - o2, &op);
    uint32_t ms = metric_start(v->s, (uint32_t)(o1 != (size_t)-1 ? o1 : vs));
    add(c, v, f, ms, (uint32_t)(o1 != (size_t)-1 ? o1 : vs), (uint32_t)b,
        strtod(v->s + vs, NULL), v->s + us, ue - us, op);
  }
}

void gw_find_targets(gw_ctx *c, const gw_view *v, gw_fields *f) {
  if (!v->len) return;
  size_t before = f->targets.len;
  /* Every target has a digit; a ratio has a percent sign or 百分点. */
  bool digit = false, ratio = false;
  for (uint32_t i = 0; i < v->len && !(digit && ratio); i++) {
    unsigned char ch = (unsigned char)v->s[i];
    if (ch >= '0' && ch <= '9') digit = true;
    if (ch == '%' || (ch == 0xE2 && gw_at(v->s, v->len, i, "‰"))) ratio = true;
  }
  if (!digit) return;
  if (ratio || gw_find(v->s, v->len, 0, "百分点") != (size_t)-1) ratios(c, v, f);
  counts(c, v, f);
  bounds(c, v, f);
  /* Three passes found them: put them back in document order. */
  if (f->targets.len > before)
    qsort(f->targets.items + before, f->targets.len - before, sizeof *f->targets.items, by_position);
}
