/* Recurrence: how often a task comes back (每月, 一月一通报, 逐月, 按季度,
 * 季调度). GW_PAT_RECURRENCE finds the phrase; its period word gives the
 * frequency. */
#include <string.h>

#include "../core/utf8.h"
#include "../core/words.h"
#include "fields.h"

static bool period(const char *s, size_t n, gw_freq *f) {
  static const struct {
    const char *word;
    gw_freq freq;
  } P[] = {{"半年", GW_FREQ_SEMIANNUAL}, {"季度", GW_FREQ_QUARTERLY}, {"季", GW_FREQ_QUARTERLY},
           {"年度", GW_FREQ_YEARLY},     {"年", GW_FREQ_YEARLY},      {"月度", GW_FREQ_MONTHLY},
           {"月", GW_FREQ_MONTHLY},      {"周", GW_FREQ_WEEKLY},      {"星期", GW_FREQ_WEEKLY},
           {"日", GW_FREQ_DAILY},        {"天", GW_FREQ_DAILY}};
  for (size_t i = 0; i < sizeof P / sizeof P[0]; i++)
    if (n == strlen(P[i].word) && !memcmp(s, P[i].word, n)) {
      *f = P[i].freq;
      return true;
    }
  return false;
}

/* The character before s[at], as a string, "" at the start. */
static void char_before(const char *s, size_t at, char out[5]) {
  memset(out, 0, 5);
  if (!at) return;
  size_t k = at;
  gw_utf8_prev(s, &k);
  memcpy(out, s + k, at - k < 4 ? at - k : 4);
}

/* What may not stand before a match, checked here rather than as
 * look-behinds, which would make the pattern try every position of the
 * text:
 * - u2 (一月一通报): a numeral or digit (十一月一日 is a date);
 * - u4 (季调度, 日清扫): a number or a day (6月调度 is a month of its own;
 *   当日报告, 节日排查, 3个工作日报告), a season (秋冬季巡查), or people
 *   inside an enterprise, whose routine it is (班组日排查、部门周排查);
 * - u5 (半年一次): 上 下 前 后 (上半年一…). */
static bool ruled_out(const char *s, size_t at, gw_group_id group) {
  static const char *const NUMERAL = "〇零○一二三四五六七八九十0123456789";
  static const char *const U4_BEFORE = "两当次前节假今明本昨春夏秋冬旺淡雨";
  static const gw_word ACTORS[] = {GW_WORD("班组"), GW_WORD("部门"), GW_WORD("车间"),
                                   GW_WORD("经理"), GW_WORD("厂长"), GW_WORD("岗位"),
                                   GW_WORD("企业"), GW_WORD("班长"), GW_WORD("员工"),
                                   GW_WORD("职工"), GW_WORD("科室"), GW_WORDS_END};
  /* 日报 alone names a newspaper (人民日报) more often than a daily report */
  if (group == GW_G_U4 && gw_at(s, at + 6, at, "日报") && !gw_at(s, at + 9, at, "日报告") &&
      !gw_at(s, at + 9, at, "日报送"))
    return true;
  char ch[5];
  char_before(s, at, ch);
  if (!ch[0]) return false;
  switch (group) {
  case GW_G_U2:
    return strstr(NUMERAL, ch) != NULL;
  case GW_G_U4:
    /* 工作日 is a kind of day (3个工作日报告), 工作月报告 a monthly report */
    if (!strcmp(ch, "作") && gw_at(s, at + 3, at, "日")) return true;
    return strstr(NUMERAL, ch) || strstr(U4_BEFORE, ch) ||
           (at >= 6 && gw_word_prefix(ACTORS, s + at - 6, 6) >= 0);
  case GW_G_U5:
    return strstr("上下前后", ch) != NULL;
  default:
    return false;
  }
}

void gw_find_recurrence(gw_ctx *c, const gw_view *v, gw_fields *f) {
  const gw_patterns *p = &c->ex->patterns;
  enum { NGROUPS = GW_G_U5 - GW_G_U1 + 1 };
  int g[NGROUPS];
  for (int i = 0; i < NGROUPS; i++)
    g[i] = gw_pattern_group(p, GW_PAT_RECURRENCE, (gw_group_id)(GW_G_U1 + i));
  size_t from = 0, *ov;
  while (gw_pattern_match(p, GW_PAT_RECURRENCE, c->md, v->s, v->len, from, &ov)) {
    size_t a = ov[0], b = ov[1];
    from = b > a ? b : a + 1;
    gw_freq freq;
    bool ok = false;
    int i = 0;
    for (; i < NGROUPS && !ok; i++)
      if (g[i] > 0 && ov[2 * g[i]] != PCRE2_UNSET)
        ok = period(v->s + ov[2 * g[i]], ov[2 * g[i] + 1] - ov[2 * g[i]], &freq);
    if (!ok) continue;
    if (ruled_out(v->s, a, (gw_group_id)(GW_G_U1 + i - 1))) {
      /* a later phrase may start inside this one: go on from the next character */
      size_t k = a;
      gw_utf8_next(v->s, v->len, &k);
      from = k;
      continue;
    }
    bool dup = false;
    for (size_t i = 0; i < f->recurrence.len; i++)
      if (f->recurrence.items[i].freq == freq) dup = true;
    if (dup) continue;
    gw_recurrence r;
    r.text = gw_arena_strndup(c->a, v->s + a, b - a);
    r.freq = freq;
    r.span.start = gw_view_src(v, (uint32_t)a, false);
    r.span.end = gw_view_src(v, (uint32_t)b, true);
    GW_VEC_PUSH(c->a, f->recurrence, r);
  }
}
