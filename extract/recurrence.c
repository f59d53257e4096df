/* Recurrence: how often a task comes back (每月, 一月一通报, 逐月, 按季度,
 * 季调度). GW_PAT_RECURRENCE finds the phrase; its period word gives the
 * frequency. */
#include <string.h>

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
    for (int i = 0; i < NGROUPS && !ok; i++)
      if (g[i] > 0 && ov[2 * g[i]] != PCRE2_UNSET)
        ok = period(v->s + ov[2 * g[i]], ov[2 * g[i] + 1] - ov[2 * g[i]], &freq);
    if (!ok) continue;
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
