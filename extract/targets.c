/* Quantitative targets: 联网率不低于99.9%, 达标率60%以上, 投保率达100%,
 * 增长7%以上, 11.88亿立方米以内, 新增托位数400个以上, 落实2名专职监管人员.
 * A ratio is a target wherever it stands; a count needs a verb of
 * achievement before it (新增, 建成, 落实...). Conditions (超过100人的),
 * numbers in cited titles and counts of times (开展1次) are not targets. */
#include <stdlib.h>
#include <string.h>

#include "../core/cnnum.h"
#include "../core/utf8.h"
#include "../core/words.h"
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
    {"稳定在", GW_OP_GE}, {"保持在", GW_OP_GE},
};
static const op_word OP2[] = {
    {"及以上", GW_OP_GE}, {"以上", GW_OP_GE},     {"以下", GW_OP_LE},
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

/* One match of a target pattern: where the value, unit and comparison
 * words are (every target pattern names its groups val, unit, op1, op2). */
typedef struct tmatch {
  size_t a, b;         /* the whole match */
  size_t vs, ve;       /* value */
  size_t us, ue;       /* unit */
  size_t o1, o1e;      /* comparison before the value, or -1 */
  size_t o2, o2e;      /* comparison after the unit, or -1 */
  size_t mid, mid_end; /* words between verb and value (counts), or -1 */
  gw_op op;
} tmatch;

static size_t group_at(const gw_patterns *p, gw_pattern_id id, const size_t *ov, gw_group_id name,
                       size_t *end) {
  int g = gw_pattern_group(p, id, name);
  if (g <= 0 || ov[2 * g] == PCRE2_UNSET) return (size_t)-1;
  *end = ov[2 * g + 1];
  return ov[2 * g];
}

/* Every target holds a number, and the patterns' words around it are short:
 * before the number, a count's verb and up to 20 characters (under 100
 * bytes), or a comparison word of at most three characters. So each
 * pattern is run on a window around the next run of digits instead of on
 * the whole text: a pattern whose first character is a common Han
 * character would otherwise be tried at nearly every character of a long
 * paragraph, and in a window at each of its characters. */
enum { REACH_BEFORE_COUNT = 96, REACH_BEFORE_WORD = 32, REACH_AFTER = 64 };
/* A count in Chinese numerals stands near its verb (建成三所, 新建服务点两处):
 * a shorter reach keeps the many numerals that count nothing cheap. */
enum { REACH_BEFORE_CN_COUNT = 45 };

/* A run of digits (and dots) in the text, and whether a count's measure
 * word or a ratio's percent sign follows it: found once per text for the
 * three target patterns. A target's number ends its run (a run ending in
 * '.' ends no number) and is followed by its unit; most numbers (years,
 * dates, clause numbers) are not, and need no pattern run at all. */
typedef struct number_run {
  uint32_t start, end;
  bool count_unit, ratio_unit;
  bool chinese; /* 三, 两万: only a count after a verb reads it */
} number_run;
typedef GW_VEC(number_run) number_runs;

/* A count in Chinese numerals at s[d] (建成三个示范点, 两万份): its byte
 * length, or 0. At least 2 (一个 and 一批 count nothing), not an ordinal
 * (第三个), followed by a measure word, and not a set phrase (两个责任,
 * 三项制度). */
static uint16_t han_bits(const gw_ctx *c, const char *s, uint32_t i) {
  const unsigned char *u = (const unsigned char *)s + i;
  return c->ex->features.bits[((u[0] & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu)];
}

static uint32_t cn_count_at(gw_ctx *c, const char *s, uint32_t n, uint32_t d) {
  if (d + 3 > n) return 0;
  /* a digit first: 百 or 千 alone names a class (千吨万人供水工程) */
  if (!(han_bits(c, s, d) & GW_F_CNNUM) && !gw_at(s, n, d, "一")) return 0;
  if (gw_at(s, n, d, "百") || gw_at(s, n, d, "千")) return 0;
  /* an ordinal, or inside a longer numeral */
  if (d >= 3 && (gw_at(s, n, d - 3, "第") ||
                 ((unsigned char)s[d - 3] >= 0xE0 && (han_bits(c, s, d - 3) & GW_F_CNNUM))))
    return 0;
  int v = 0;
  size_t used = gw_cn_number_at(s, n, d, &v);
  if (!used || v < 2 || d + used + 3 > n) return 0;
  /* 三类问题, 两部门, 五个一: kinds and set phrases, no amounts */
  static const gw_word KINDS[] = {GW_WORD("类"), GW_WORD("部"),   GW_WORD("组"), GW_WORD("期"),
                                  GW_WORD("批"), GW_WORD("个一"), GW_WORDS_END};
  if (gw_word_prefix(KINDS, s + d + used, n - d - used) >= 0) return 0;
  size_t *ov;
  if (!gw_pattern_match(&c->ex->patterns, GW_PAT_COUNT_UNIT_AT, c->md, s, n, d + used, &ov))
    return 0;
  static const gw_word SET_PHRASE[] = {
      GW_WORD("责任"), GW_WORD("制度"), GW_WORD("机制"), GW_WORD("体系"), GW_WORD("清单"),
      GW_WORD("工程"), GW_WORD("行动"), GW_WORD("方面"), GW_WORD("环节"), GW_WORD("重点"),
      GW_WORD("原则"), GW_WORD("意识"), GW_WORD("关系"), GW_WORD("“"),    GW_WORDS_END};
  size_t after = ov[1];
  if (gw_word_prefix(SET_PHRASE, s + after, n - after) >= 0) return 0;
  return (uint32_t)used;
}

static number_runs find_numbers(gw_ctx *c, const gw_view *v) {
  const gw_patterns *p = &c->ex->patterns;
  const char *s = v->s;
  uint32_t n = v->len;
  number_runs runs = {0};
  for (uint32_t d = 0; d < n;) {
    if ((unsigned char)s[d] >= 0xE4 && (unsigned char)s[d] <= 0xE7) {
      uint32_t used = d + 3 <= n && ((han_bits(c, s, d) & GW_F_CNNUM) || gw_at(s, n, d, "一"))
                          ? cn_count_at(c, s, n, d)
                          : 0;
      if (used) {
        number_run r = {d, d + used, true, false, true};
        GW_VEC_PUSH(c->a, runs, r);
      }
      d += used ? used : 3;
      continue;
    }
    if (!(s[d] >= '0' && s[d] <= '9')) {
      d++;
      continue;
    }
    number_run r = {d, d, false, false, false};
    while (r.end < n && ((s[r.end] >= '0' && s[r.end] <= '9') || s[r.end] == '.')) r.end++;
    size_t *ov;
    if (s[r.end - 1] != '.') {
      r.count_unit = gw_pattern_match(p, GW_PAT_COUNT_UNIT_AT, c->md, s, n, r.end, &ov);
      r.ratio_unit = gw_pattern_match(p, GW_PAT_RATIO_UNIT_AT, c->md, s, n, r.end, &ov);
    }
    if (r.count_unit || r.ratio_unit) GW_VEC_PUSH(c->a, runs, r);
    d = r.end;
  }
  return runs;
}

static bool search_near_digits(gw_ctx *c, gw_pattern_id id, const gw_view *v,
                               const number_runs *runs, size_t from, size_t **ov) {
  const gw_patterns *p = &c->ex->patterns;
  const char *s = v->s;
  size_t n = v->len;
  if (id == GW_PAT_COUNT_ITEM) return gw_pattern_match(p, id, c->md, s, n, from, ov);
  /* Runs are in text order and apart: the first one ending after `from`,
   * by halves, so that a paragraph of many numbers is not scanned from its
   * first run for every match. */
  size_t lo = 0, hi = runs->len;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (runs->items[mid].end <= from)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (size_t r = lo; r < runs->len; r++) {
    const number_run *run = &runs->items[r];
    if (run->end <= from || !(id == GW_PAT_TARGET_RATIO ? run->ratio_unit : run->count_unit) ||
        run->chinese != (id == GW_PAT_TARGET_COUNT_CN))
      continue;
    size_t d = run->start > from ? run->start : from;
    size_t reach = id == GW_PAT_TARGET_COUNT      ? REACH_BEFORE_COUNT
                   : id == GW_PAT_TARGET_COUNT_CN ? REACH_BEFORE_CN_COUNT
                                                  : REACH_BEFORE_WORD;
    size_t start = d - from > reach ? d - reach : from;
    while (start > from && ((unsigned char)s[start] & 0xC0) == 0x80)
      start--; /* a character's start */
    size_t limit = n - run->end > REACH_AFTER ? run->end + REACH_AFTER : n;
    while (limit < n && ((unsigned char)s[limit] & 0xC0) == 0x80) limit++;
    /* A match that starts after this run holds a later number: it is
     * looked for again in that number's own window, with its whole tail. */
    if (gw_pattern_match(p, id, c->md, s, limit, start, ov) && (*ov)[0] <= d) return true;
  }
  return false;
}

static bool next_match(gw_ctx *c, gw_pattern_id id, const gw_view *v, const number_runs *runs,
                       size_t *from, tmatch *m) {
  const gw_patterns *p = &c->ex->patterns;
  size_t *ov;
  if (!search_near_digits(c, id, v, runs, *from, &ov)) return false;
  m->a = ov[0];
  m->b = ov[1];
  *from = m->b > m->a ? m->b : m->a + 1;
  m->ve = m->ue = m->o1e = m->o2e = m->mid_end = 0;
  m->vs = group_at(p, id, ov, GW_G_VAL, &m->ve);
  m->us = group_at(p, id, ov, GW_G_UNIT, &m->ue);
  m->o1 = id == GW_PAT_COUNT_ITEM ? (size_t)-1 : group_at(p, id, ov, GW_G_OP1, &m->o1e);
  m->o2 = id == GW_PAT_COUNT_ITEM ? (size_t)-1 : group_at(p, id, ov, GW_G_OP2, &m->o2e);
  m->mid = id == GW_PAT_TARGET_COUNT || id == GW_PAT_TARGET_COUNT_CN
               ? group_at(p, id, ov, GW_G_MID, &m->mid_end)
               : (size_t)-1;
  m->op = GW_OP_GE;
  if (m->o1 != (size_t)-1)
    lookup(OP1, sizeof OP1 / sizeof OP1[0], v->s + m->o1, m->o1e - m->o1, &m->op);
  if (m->o2 != (size_t)-1)
    lookup(OP2, sizeof OP2 / sizeof OP2[0], v->s + m->o2, m->o2e - m->o2, &m->op);
  return true;
}

/* Metric: the words before the comparison, back to the clause start. */
static uint32_t metric_start(const char *s, uint32_t at) {
  uint32_t i = at;
  int cps = 0;
  while (i > 0 && cps < 16) {
    size_t j = i;
    uint32_t cp = gw_utf8_prev(s, &j);
    if (cp == 0xFF0C || cp == 0x3002 || cp == 0xFF1B || cp == 0x3001 || cp == 0xFF1A || cp == ',' ||
        cp == ';' || cp == ':' || cp == '.' || cp == '\n' || cp == 0xFF08 || cp == 0xFF09 ||
        cp == '(' || cp == ')' || (cp >= '0' && cp <= '9'))
      break;
    i = (uint32_t)j;
    cps++;
  }
  return i;
}

/* Is pos inside a cited title 《…》? Matches come in increasing order, so
 * the scan goes on from where the last question left it. */
typedef struct title_scan {
  size_t at;
  int open;
} title_scan;

static bool inside_title(title_scan *ts, const char *s, size_t n, size_t pos) {
  if (pos < ts->at) ts->at = 0, ts->open = 0; /* a new pass */
  for (size_t i = ts->at; i < pos && i < n;) {
    if (gw_at(s, n, i, "《"))
      ts->open++;
    else if (gw_at(s, n, i, "》") && ts->open)
      ts->open--;
    size_t k = i;
    gw_utf8_next(s, n, &k);
    i = k;
    ts->at = i;
  }
  return ts->open > 0;
}

static bool condition_follows(const char *s, size_t n, size_t end) {
  /* 10亿元以上项目, 60岁以上老人: a size that picks out what follows */
  static const gw_word KINDS[] = {
      GW_WORD("项目"), GW_WORD("企业"), GW_WORD("人员"), GW_WORD("老人"), GW_WORD("车辆"),
      GW_WORD("工程"), GW_WORD("建筑"), GW_WORD("场所"), GW_WORD("规模"), GW_WORDS_END};
  return gw_at(s, n, end, "的") || gw_at(s, n, end, "之") ||
         ((gw_ends_with(s, end, "以上") || gw_ends_with(s, end, "以下")) &&
          gw_word_prefix(KINDS, s + end, n - end) >= 0);
}

static void add(gw_ctx *c, const gw_view *v, gw_fields *f, uint32_t a, uint32_t metric_end,
                uint32_t b, double value, const char *unit, size_t unit_len, gw_op op) {
  if (f->targets.len >= GW_MAX_FIELD_ITEMS) return;
  for (size_t i = 0; i < f->targets.len; i++)
    if (f->targets.items[i].span.start <= gw_view_src(v, b, true) - 1 &&
        f->targets.items[i].span.end >= gw_view_src(v, b, true))
      return;
  /* A title line above the paragraph is no part of the target. */
  for (uint32_t i = b; i > a; i--)
    if (v->s[i - 1] == '\n') {
      a = i;
      break;
    }
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

/* The value of a number as written, thousands separators aside (1,200),
 * or in Chinese numerals (三, 一百). */
static double number_value(const char *s, size_t a, size_t b) {
  if (a < b && (s[a] < '0' || s[a] > '9')) {
    int v = 0;
    return gw_cn_number_at(s, b, a, &v) == b - a ? v : 0;
  }
  char buf[64];
  size_t n = 0;
  for (size_t i = a; i < b && n < sizeof buf - 1; i++)
    if (s[i] != ',') buf[n++] = s[i];
  buf[n] = 0;
  return strtod(buf, NULL);
}

static void add_match(gw_ctx *c, const gw_view *v, gw_fields *f, uint32_t from, uint32_t metric_end,
                      const tmatch *m) {
  add(c, v, f, from, metric_end, (uint32_t)m->b, number_value(v->s, m->vs, m->ve), v->s + m->us,
      m->ue - m->us, m->op);
}

/* A bare share written before a noun is part of a name, no target:
 * 全国1%人口抽样调查 (but 下降37.5%和…, 达到100%以上 are targets). */
static bool names_a_noun(const char *s, size_t n, const tmatch *m) {
  if (m->o1 != (size_t)-1 || m->o2 != (size_t)-1 || m->b + 3 > n) return false;
  /* 车位100%建设充电设施, 100%覆盖: a share of what is done */
  static const gw_word DONE[] = {GW_WORD("建设"), GW_WORD("覆盖"), GW_WORD("完成"), GW_WORD("实现"),
                                 GW_WORD("落实"), GW_WORD("配备"), GW_WORD("安装"), GW_WORD("达标"),
                                 GW_WORD("到位"), GW_WORD("配建"), GW_WORD("接入"), GW_WORD("纳入"),
                                 GW_WORDS_END};
  if (gw_word_prefix(DONE, s + m->b, n - m->b) >= 0) return false;
  size_t k = m->b;
  uint32_t cp = gw_utf8_next(s, n, &k);
  return cp >= 0x4E00 && cp <= 0x9FFF && cp != 0x548C /* 和 */ && cp != 0x53CA /* 及 */ &&
         cp != 0x4E0E /* 与 */ && cp != 0x6216 /* 或 */;
}

/* A number with no measure word is a target only as the bound of an
 * index: 布雷图指数控制在5以内, 万车死亡率不超过1.5 (not 年龄60以下). */
static bool bare_index_bound(const char *s, const tmatch *m) {
  static const gw_word CAP[] = {GW_WORD("控制在"), GW_WORD("降至"),   GW_WORD("降到"),
                                GW_WORD("不超过"), GW_WORD("不高于"), GW_WORDS_END};
  /* 灌溉水有效利用系数提高到0.72以上: a floor, with 以上 */
  static const gw_word RISE[] = {GW_WORD("提高到"), GW_WORD("提升到"), GW_WORD("提高至"),
                                 GW_WORD("提升至"), GW_WORDS_END};
  if (m->o1 == (size_t)-1) return false;
  return gw_word_prefix(CAP, s + m->o1, m->o1e - m->o1) >= 0 ||
         (m->o2 != (size_t)-1 && gw_word_prefix(RISE, s + m->o1, m->o1e - m->o1) >= 0);
}

static void ratios(gw_ctx *c, const gw_view *v, const number_runs *runs, gw_fields *f) {
  size_t from = 0;
  tmatch m;
  title_scan ts = {0, 0};
  while (f->targets.len < GW_MAX_FIELD_ITEMS &&
         next_match(c, GW_PAT_TARGET_RATIO, v, runs, &from, &m)) {
    if (condition_follows(v->s, v->len, m.b) || inside_title(&ts, v->s, v->len, m.a) ||
        names_a_noun(v->s, v->len, &m) || (m.ue == m.us && !bare_index_bound(v->s, &m)))
      continue;
    add_match(c, v, f, metric_start(v->s, (uint32_t)m.a), (uint32_t)m.a, &m);
  }
}

/* A list goes on after a count: 实施16个乡镇卫生院、158个村卫生室改扩建. */
static size_t list_items(gw_ctx *c, const gw_view *v, gw_fields *f, size_t k, gw_op head_op) {
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
    size_t from = dun + 3;
    tmatch m;
    if (dun == (size_t)-1 || !next_match(c, GW_PAT_COUNT_ITEM, v, NULL, &from, &m)) break;
    /* An item compares as the list's head does (分别压缩至30小时、1.2小时),
     * unless it says otherwise after its unit. */
    m.op = head_op;
    for (size_t w = 0; w < sizeof OP2 / sizeof OP2[0]; w++)
      if (gw_at(v->s, v->len, m.b, OP2[w].word)) {
        m.op = OP2[w].op;
        break;
      }
    add_match(c, v, f, (uint32_t)(dun + 3), (uint32_t)m.vs, &m);
    k = m.b;
  }
  return k;
}

static void counts(gw_ctx *c, const gw_view *v, const number_runs *runs, gw_pattern_id id,
                   gw_fields *f) {
  static const char *const EVENT[] = {"发生", "不足", "少于", NULL};
  size_t from = 0;
  tmatch m;
  title_scan ts = {0, 0};
  while (f->targets.len < GW_MAX_FIELD_ITEMS && next_match(c, id, v, runs, &from, &m)) {
    bool event = false;
    for (size_t w = 0; EVENT[w] && m.mid != (size_t)-1; w++)
      if (gw_find(v->s, m.mid_end, m.mid, EVENT[w]) != (size_t)-1) event = true;
    if (event || condition_follows(v->s, v->len, m.b) || inside_title(&ts, v->s, v->len, m.a))
      continue;
    /* a value in Chinese numerals passes cn_count_at's tests wherever it
     * stands (the pattern finds it in another number's window too) */
    bool cn = v->s[m.vs] < '0' || v->s[m.vs] > '9';
    if (cn && cn_count_at(c, v->s, v->len, (uint32_t)m.vs) != m.ve - m.vs) continue;
    /* 控制在, 压缩至, 缩短到 …: a ceiling */
    if (m.o2 == (size_t)-1 &&
        (gw_at(v->s, v->len, m.a, "控制在") || gw_at(v->s, v->len, m.a, "压缩") ||
         gw_at(v->s, v->len, m.a, "缩短")))
      m.op = GW_OP_LE;
    /* the metric stops before the comparison: 发放倡议书 (不少于) 5万份; a
     * verb of level with nothing after it measures the words before it:
     * 救援到达时间 (控制在) 30分钟以内 */
    static const gw_word LEVEL[] = {GW_WORD("控制在"), GW_WORD("保持在"), GW_WORD("稳定在"),
                                    GW_WORD("压缩至"), GW_WORD("压缩到"), GW_WORD("缩短至"),
                                    GW_WORD("缩短到"), GW_WORD("压减至"), GW_WORD("压减到"),
                                    GW_WORDS_END};
    uint32_t metric_from = (uint32_t)m.a, metric_end = (uint32_t)(m.o1 != (size_t)-1 ? m.o1 : m.vs);
    if ((m.mid == (size_t)-1 || m.mid_end == m.mid) &&
        gw_word_prefix(LEVEL, v->s + m.a, v->len - m.a) >= 0 &&
        metric_start(v->s, metric_from) < metric_from) {
      metric_end = metric_from;
      metric_from = metric_start(v->s, metric_from);
    }
    add_match(c, v, f, metric_from, metric_end, &m);
    size_t k = list_items(c, v, f, m.b, m.op);
    if (k > from) from = k;
  }
}

/* A count with a bound and no verb of achievement: 不少于20户, 300家以上. */
static void bounds(gw_ctx *c, const gw_view *v, const number_runs *runs, gw_fields *f) {
  size_t from = 0;
  tmatch m;
  title_scan ts = {0, 0};
  while (f->targets.len < GW_MAX_FIELD_ITEMS &&
         next_match(c, GW_PAT_TARGET_BOUND, v, runs, &from, &m)) {
    if (m.o1 == (size_t)-1 && m.o2 == (size_t)-1) continue;
    if (m.o1 == (size_t)-1 && gw_at(v->s, m.ue, m.us, "起")) continue;
    /* a number that continues another (1.5, 2020) is no count */
    char before = m.vs ? v->s[m.vs - 1] : 0;
    if (before == '.' || (before >= '0' && before <= '9')) continue;
    if (condition_follows(v->s, v->len, m.b) || inside_title(&ts, v->s, v->len, m.a)) continue;
    size_t head = m.o1 != (size_t)-1 ? m.o1 : m.vs;
    add_match(c, v, f, metric_start(v->s, (uint32_t)head), (uint32_t)head, &m);
    /* 分别不低于800元、1000元: the list goes on with the same bound */
    size_t k = list_items(c, v, f, m.b, m.op);
    if (k > from) from = k;
  }
}

/* 较大以上火灾事故“零发生”, 实现“零死亡”, 死亡人数实现零目标: a count held
 * at zero (not 零容忍, an attitude, nor 清零, a process). */
static void zero_counts(gw_ctx *c, const gw_view *v, gw_fields *f) {
  static const gw_word ZERO[] = {GW_WORD("零发生"), GW_WORD("零死亡"), GW_WORD("零事故"),
                                 GW_WORD("零伤亡"), GW_WORD("零目标"), GW_WORDS_END};
  const char *s = v->s;
  for (size_t at = gw_find(s, v->len, 0, "零");
       at != (size_t)-1 && f->targets.len < GW_MAX_FIELD_ITEMS;
       at = gw_find(s, v->len, at + 3, "零")) {
    int w = gw_word_prefix(ZERO, s + at, v->len - at);
    if (w < 0) continue;
    uint32_t a = (uint32_t)at;
    if (a >= 3 && gw_at(s, a, a - 3, "“")) a -= 3; /* the metric ends before the quote */
    uint32_t from = metric_start(s, a);
    uint32_t metric_end = a;
    static const gw_word VERB[] = {GW_WORD("实现"), GW_WORD("保持"), GW_WORD("确保"), GW_WORDS_END};
    int vw = gw_word_suffix(VERB, s + from, metric_end - from);
    if (vw >= 0) metric_end -= (uint32_t)VERB[vw].n; /* 死亡人数 (实现) 零目标 */
    uint32_t b = (uint32_t)(at + ZERO[w].n);
    if (gw_at(s, v->len, b, "”")) b += 3;
    add(c, v, f, from, metric_end, b, 0, "", 0, GW_OP_LE);
  }
}

static int by_position(const void *a, const void *b) {
  const gw_target *x = a, *y = b;
  return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

void gw_find_targets(gw_ctx *c, const gw_view *v, gw_fields *f) {
  if (!v->len) return;
  size_t before = f->targets.len;
  number_runs runs = find_numbers(c, v);
  bool ratio = false, count = false, chinese = false;
  for (size_t r = 0; r < runs.len; r++) {
    ratio |= runs.items[r].ratio_unit;
    count |= runs.items[r].count_unit;
    chinese |= runs.items[r].chinese;
  }
  if (ratio) ratios(c, v, &runs, f);
  if (memmem(v->s, v->len, "零", 3)) zero_counts(c, v, f);
  if (count) {
    counts(c, v, &runs, GW_PAT_TARGET_COUNT, f);
    if (chinese) counts(c, v, &runs, GW_PAT_TARGET_COUNT_CN, f);
    bounds(c, v, &runs, f);
  }
  /* Three passes found them: put them back in document order. */
  if (f->targets.len > before)
    qsort(f->targets.items + before, f->targets.len - before, sizeof *f->targets.items,
          by_position);
}
