/* Deadlines: the date phrases of GUIDE.md and the list.
 *   2020年6月30日前, 于12月10日前          that day
 *   8月底前, 2023年8月底前, 十二月底前       last day of the month
 *   X月上旬/中旬/下旬前                      10th / 20th / last day
 *   年底前, 年内, 2023年底, 到2020年           12-31
 *   上半年 / 下半年                          06-30 / 12-31
 *   第一季度 … 第四季度 (as a deadline)       last day of the quarter
 *   （2023年12月） a dated phase             month end, start = month start
 *   2021年3月至6月, 5月30日一6月4日           start and due
 *   即日起(至…)                              start = the document date
 *   长期坚持, 持续推进 (as a deadline)        ongoing, no due
 * A date without a year takes the nearest preceding explicit year in the
 * task or its headings, else the document's year, rolling to the next year
 * when that puts it over three months before the document date.
 * Recurrences (每年底前), durations (5年内, 连续3年) and attributives
 * (2020年之前需要完成的任务) are not deadlines. */
#include <string.h>

#include "../core/cnnum.h"
#include "../core/festival.h"
#include "../core/utf8.h"
#include "../core/words.h"
#include "dates.h"
#include "fields.h"
#include "text.h"

typedef enum atom_kind {
  A_NONE,
  A_DATE,     /* year?, month?, day? (+ 底/末/旬) */
  A_YEAR_END, /* 年底, 年末, 年内 */
  A_HALF,     /* 上半年 / 下半年 */
  A_QUARTER,
  A_TODAY, /* 即日起 */
  A_FEAST, /* 春节前, 国庆节前: the festival's day */
} atom_kind;

typedef struct atom {
  atom_kind kind;
  int y, m, d; /* d: -1 = month end */
  int half;    /* 1 or 2 */
  int quarter; /* 1..4 */
  bool explicit_year;
  bool month_end; /* 底, 末, 下旬 */
  gw_festival feast;
  uint32_t start, end;
} atom;

typedef struct scan {
  gw_ctx *c;
  const gw_view *v;
  const char *s;
  uint32_t n;
  int last_year;  /* nearest preceding explicit year */
  int last_month; /* the month of the last date read (11月中旬…，下旬…) */
  bool cell;
  gw_fields *f;
} scan;

static bool at(const scan *sc, uint32_t i, const char *lit) {
  return gw_at(sc->s, sc->n, i, lit);
}

static uint32_t skip_sp(const scan *sc, uint32_t i) {
  while (i < sc->n && sc->s[i] == ' ') i++;
  return i;
}

/* The character before i is a digit or Chinese numeral: 5年内, 两年内. */
static bool number_before(const scan *sc, uint32_t i) {
  if (i == 0) return false;
  size_t j = i;
  uint32_t cp = gw_utf8_prev(sc->s, &j);
  return (cp >= '0' && cp <= '9') || gw_cn_digit_char(cp) || cp == 0x591A /* 多 */ ||
         cp == 0x4F59 /* 余 */ || cp == 0x51E0 /* 几 */;
}

static bool preceded_by(const scan *sc, uint32_t i, const char *lit) {
  return gw_ends_with(sc->s, i, lit);
}

/* 每月25日前, 每年11月底前: a date that comes back, no deadline. */
static bool after_every(const scan *sc, uint32_t i) {
  static const char *const EVERY[] = {"每",   "每年", "每月",   "每季度",
                                      "每季", "每周", "每半年", NULL};
  for (const char *const *e = EVERY; *e; e++)
    if (preceded_by(sc, i, *e)) return true;
  return false;
}

static int relative_year(const scan *sc, uint32_t i, uint32_t *len) {
  int base = sc->c->doc_year;
  if (!base) return 0;
  if (at(sc, i, "今年") || at(sc, i, "本年") || at(sc, i, "当年")) {
    *len = 6;
    return base;
  }
  if (at(sc, i, "明年") || at(sc, i, "次年")) {
    *len = 6;
    return base + 1;
  }
  return 0;
}

/* Can an atom start with the character at i? Digits, Chinese numerals and
 * the first characters of 今年 本年 当年 明年 次年 上半年 下半年 第 年 即日起. */
static bool atom_start_char(const scan *sc, uint32_t i) {
  unsigned char c = (unsigned char)sc->s[i];
  if (c >= '0' && c <= '9') return true;
  if (c < 0xE3 || c > 0xE9) return false;
  size_t k = i;
  uint32_t cp = gw_utf8_next(sc->s, sc->n, &k);
  return gw_char_starts_date(&sc->c->ex->features, cp);
}

/* (第)一季度 at q: a quarter. */
static bool quarter_at(const scan *sc, uint32_t q, atom *a) {
  if (at(sc, q, "第")) q += 3;
  int v = 0;
  size_t used = gw_number_at(sc->s, sc->n, q, &v);
  if (!used || v < 1 || v > 4 || !at(sc, q + (uint32_t)used, "季度")) return false;
  a->kind = A_QUARTER;
  a->quarter = v;
  a->end = q + (uint32_t)used + 6;
  return true;
}

static uint32_t digits_at(const char *s, uint32_t i, uint32_t to, uint32_t max, int *v) {
  uint32_t k = i;
  *v = 0;
  while (k < to && k - i < max && s[k] >= '0' && s[k] <= '9') *v = *v * 10 + (s[k++] - '0');
  return k < to && s[k] >= '0' && s[k] <= '9' ? 0 : k - i;
}

/* What may follow a year and a month written 2024.3: the end of a window
 * or range, or 底. */
static bool month_closes(const char *s, uint32_t e, uint32_t to) {
  if (e >= to || s[e] == ')' || s[e] == '-' || s[e] == '~') return true;
  static const char *const AFTER[] = {"）", "—", "至", "底", NULL};
  for (size_t w = 0; AFTER[w]; w++)
    if (e + 3 <= to && !memcmp(s + e, AFTER[w], 3)) return true;
  return false;
}

/* A date written with numbers only, as web pages and forms write it:
 * 2024.6.30, 2024-06-30, 2024/6/30, or a month and day before 前 (6.30前). */
static bool numeric_date_at(const char *s, uint32_t i, uint32_t to, gw_ymd *d, uint32_t *len) {
  if (i > 0 && ((s[i - 1] >= '0' && s[i - 1] <= '9') || s[i - 1] == '.')) return false;
  int a, b, c;
  uint32_t la = digits_at(s, i, to, 4, &a);
  if (!la) return false;
  uint32_t k = i + la;
  if (k + 1 >= to || (s[k] != '.' && s[k] != '-' && s[k] != '/')) return false;
  char sep = s[k];
  uint32_t lb = digits_at(s, k + 1, to, 2, &b);
  if (!lb) return false;
  uint32_t e = k + 1 + lb;
  memset(d, 0, sizeof *d);
  if (la == 4) {
    if (a < 1949 || a > 2100 || b < 1 || b > 12) return false;
    uint32_t lc = e + 1 < to && s[e] == sep ? digits_at(s, e + 1, to, 2, &c) : 0;
    if (!lc) {
      /* a year and a month (a phase's window: （2024.3-2024.4）, （2024.12）) */
      if (sep == '/' || !month_closes(s, e, to)) return false;
      d->y = a, d->m = b;
      *len = e - i;
      return true;
    }
    if (c < 1 || c > 31) return false;
    e += 1 + lc;
    if (e < to && (s[e] == '.' || (s[e] >= '0' && s[e] <= '9'))) return false;
    d->y = a, d->m = b, d->d = c;
    *len = e - i;
    return true;
  }
  /* 6.30前: only before 前, where no decimal stands */
  if (la > 2 || sep != '.' || a < 1 || a > 12 || b < 1 || b > 31 || e + 3 > to ||
      (memcmp(s + e, "前", 3) &&
       !(e + 6 <= to && (!memcmp(s + e, "以前", 6) || !memcmp(s + e, "之前", 6)))))
    return false;
  d->m = a, d->d = b;
  *len = e - i;
  return true;
}

/* Parse an atom at i; false when none starts here. */
static bool parse_atom(const scan *sc, uint32_t i, atom *a) {
  if (!atom_start_char(sc, i)) return false;
  memset(a, 0, sizeof *a);
  a->start = i;
  if (at(sc, i, "即日起")) {
    a->kind = A_TODAY;
    a->end = i + 9;
    return true;
  }
  /* 春节前, 国庆节前: by the festival's day (as X日前 is by X) */
  size_t fl;
  gw_festival feast = gw_festival_at(sc->s + i, sc->n - i, &fl);
  if (feast) {
    uint32_t e = i + (uint32_t)fl;
    if (at(sc, e, "节") && !at(sc, e, "节日")) e += 3;         /* 五一节, 国庆节 */
    if (!at(sc, e, "前") || at(sc, e + 3, "后")) return false; /* 春节前后: a season */
    a->kind = A_FEAST;
    a->feast = feast;
    a->end = e;
    return true;
  }
  /* 下旬完成销号 after 11月中旬…: the month read last */
  if (sc->last_month && (at(sc, i, "上旬") || at(sc, i, "中旬") || at(sc, i, "下旬"))) {
    a->kind = A_DATE;
    a->m = sc->last_month;
    if (at(sc, i, "下旬"))
      a->month_end = true;
    else
      a->d = at(sc, i, "上旬") ? 10 : 20;
    a->end = i + 6;
    return true;
  }
  /* 本月底前, 当月底: the month of the document */
  gw_date doc = sc->c->doc_date;
  if ((at(sc, i, "本月") || at(sc, i, "当月")) && gw_date_set(doc) &&
      (at(sc, i + 6, "底") || at(sc, i + 6, "末"))) {
    a->kind = A_DATE;
    a->y = doc.y;
    a->explicit_year = true;
    a->m = doc.m;
    a->month_end = true;
    a->end = i + 9;
    return true;
  }
  uint32_t rl = 0;
  int ry = relative_year(sc, i, &rl);
  uint32_t k = i;
  if (ry) {
    a->y = ry;
    a->explicit_year = true;
    k = i + rl;
    /* 今年底, 今年内, 本年度内 */
    if (at(sc, k, "度内") || at(sc, k, "度末") || at(sc, k, "度底")) k += 3;
    if (at(sc, k, "底") || at(sc, k, "末") || at(sc, k, "内")) {
      a->kind = A_YEAR_END;
      a->end = k + 3;
      return true;
    }
  }
  if (at(sc, k, "上半年") || at(sc, k, "下半年")) {
    if (preceded_by(sc, i, "每")) return false;
    a->kind = A_HALF;
    a->half = at(sc, k, "上") ? 1 : 2;
    a->end = k + 9;
    return true;
  }
  if (quarter_at(sc, k, a)) return true;
  if (!ry && (at(sc, k, "年底") || at(sc, k, "年末") || at(sc, k, "年内"))) {
    if (number_before(sc, k) || preceded_by(sc, k, "每") || preceded_by(sc, k, "连续"))
      return false;
    a->kind = A_YEAR_END;
    a->end = k + 6;
    return true;
  }
  gw_ymd d;
  uint32_t numeric = 0;
  size_t used = !ry && numeric_date_at(sc->s, k, sc->n, &d, &numeric)
                    ? numeric
                    : gw_parse_ymd(sc->s, sc->n, k, &d);
  if (!used) return false;
  /* Not the tail of a longer number (the 2 of 12月); a Chinese numeral
   * before is fine (一 as a dash in 5月30日一6月4日). */
  if (!ry && !d.y && k > 0 && sc->s[k - 1] >= '0' && sc->s[k - 1] <= '9') return false;
  a->kind = A_DATE;
  if (d.y) {
    a->y = d.y;
    a->explicit_year = true;
  }
  a->m = d.m;
  a->d = d.d;
  uint32_t e = k + (uint32_t)used;
  if (d.y && !d.m) {
    /* 2023年底, 2023年末, 2016 年 6 底前 (a month without 月) */
    uint32_t j = skip_sp(sc, e);
    int mv = 0;
    size_t ml = gw_arabic_number_at(sc->s, sc->n, j, &mv);
    if (ml && ml <= 2 && mv >= 1 && mv <= 12 && at(sc, skip_sp(sc, j + (uint32_t)ml), "底")) {
      a->m = mv;
      a->month_end = true;
      a->end = skip_sp(sc, j + (uint32_t)ml) + 3;
      return true;
    }
    if (at(sc, j, "底") || at(sc, j, "末")) {
      a->kind = A_YEAR_END;
      a->end = j + 3;
      return true;
    }
    if (at(sc, j, "上半年") || at(sc, j, "下半年")) {
      a->kind = A_HALF;
      a->half = at(sc, j, "上") ? 1 : 2;
      a->end = j + 9;
      return true;
    }
    if (quarter_at(sc, j, a)) return true; /* 2024年第一季度, 2024年一季度 */
  }
  if (d.m && !d.d) {
    uint32_t j = skip_sp(sc, e);
    if (at(sc, j, "份")) { /* 3月份前 */
      e = j + 3;
      j = skip_sp(sc, e);
    }
    if (at(sc, j, "底") || at(sc, j, "末") || at(sc, j, "下旬")) {
      a->month_end = true;
      e = j + (at(sc, j, "下旬") ? 6 : 3);
    } else if (at(sc, j, "上旬")) {
      a->d = 10;
      e = j + 6;
    } else if (at(sc, j, "中旬")) {
      a->d = 20;
      e = j + 6;
    }
  }
  a->end = e;
  return true;
}

/* A weekday named after a date: 6月28日（星期五）前. Returns its length. */
static uint32_t weekday_note(const scan *sc, uint32_t i) {
  static const gw_word OPEN[] = {GW_WORD("（星期"), GW_WORD("(星期"), GW_WORD("（周"),
                                 GW_WORD("(周"), GW_WORDS_END};
  int o = gw_word_prefix(OPEN, sc->s + i, sc->n - i);
  if (o < 0) return 0;
  uint32_t k = i + (uint32_t)OPEN[o].n;
  if (!(at(sc, k, "一") || at(sc, k, "二") || at(sc, k, "三") || at(sc, k, "四") ||
        at(sc, k, "五") || at(sc, k, "六") || at(sc, k, "日") || at(sc, k, "天")))
    return 0;
  k += 3;
  if (at(sc, k, "）")) return k + 3 - i;
  return k < sc->n && sc->s[k] == ')' ? k + 1 - i : 0;
}

/* An hour after a day: 12时, 17点, 17:30. Returns its length. */
static uint32_t hour_note(const scan *sc, uint32_t i) {
  uint32_t k = i;
  while (k < sc->n && k - i < 2 && sc->s[k] >= '0' && sc->s[k] <= '9') k++;
  if (k == i) return 0;
  if (at(sc, k, "时") || at(sc, k, "点")) return k + 3 - i;
  if (k + 3 <= sc->n && (sc->s[k] == ':' || at(sc, k, "："))) {
    uint32_t m = k + (sc->s[k] == ':' ? 1 : 3), d = m;
    while (m < sc->n && m - d < 2 && sc->s[m] >= '0' && sc->s[m] <= '9') m++;
    return m - d == 2 ? m - i : 0;
  }
  return 0;
}

/* Words after a date that make it a deadline; returns their length (with
 * a weekday or an hour between, 6月28日（星期五）前, 8月26日12时前). */
static uint32_t deadline_suffix(const scan *sc, uint32_t i) {
  static const gw_word W[] = {GW_WORD("以前"), GW_WORD("之前"), GW_WORD("前"),
                              GW_WORD("为止"), GW_WORD("止"),   GW_WORD("完成"),
                              GW_WORD("内"),   GW_WORD("底前"), GW_WORDS_END};
  i = skip_sp(sc, i);
  uint32_t note = weekday_note(sc, i);
  if (!note) note = hour_note(sc, i);
  int w = gw_word_prefix(W, sc->s + i + note, sc->n - i - note);
  return w < 0 ? 0 : note + (uint32_t)W[w].n;
}

static bool is_clause_punct(const scan *sc, uint32_t i) {
  return at(sc, i, "，") || at(sc, i, "。") || at(sc, i, "；") || at(sc, i, "、") ||
         at(sc, i, "）") || sc->s[i] == ',' || sc->s[i] == ';' || sc->s[i] == ')';
}

/* 2020年之前需要完成的主要任务: the date qualifies a noun, it sets no
 * deadline. Only a 的 right after a short verb counts (于1月底前完成各项任务的
 * 细化分解 is a deadline), and a quotation ends the phrase (“年底交账”的制度). */
static bool attributive(const scan *sc, uint32_t end) {
  uint32_t i = end, steps = 0;
  while (i < sc->n && steps < 5) {
    if (is_clause_punct(sc, i) || at(sc, i, "”") || at(sc, i, "》")) return false;
    if (at(sc, i, "的")) return true;
    size_t j = i;
    gw_utf8_next(sc->s, sc->n, &j);
    i = (uint32_t)j;
    steps++;
  }
  return false;
}

/* The atom fills a parenthetical: （2023年12月）, （2023年5月31日前）. */
static bool in_phase_paren(const scan *sc, uint32_t start, uint32_t end) {
  bool open = preceded_by(sc, start, "（") || preceded_by(sc, start, "(");
  uint32_t e = skip_sp(sc, end);
  bool close = at(sc, e, "）") || (e < sc->n && sc->s[e] == ')');
  return open && close;
}

static int base_year(const scan *sc) {
  return sc->last_year ? sc->last_year : sc->c->doc_year;
}

/* A festival's date in `year`, remembered for the document. */
static gw_date feast_date(gw_ctx *c, gw_festival f, int year) {
  for (size_t i = 0; i < c->nfeasts; i++)
    if (c->feasts[i].feast == (int)f && c->feasts[i].year == year) return c->feasts[i].date;
  gw_date d = gw_festival_date(f, year);
  size_t slot = c->nfeasts < 16 ? c->nfeasts++ : (size_t)(year + (int)f) % 16;
  c->feasts[slot].feast = (int)f;
  c->feasts[slot].year = year;
  c->feasts[slot].date = d;
  return d;
}

/* The due date of an atom (as an end point). */
static gw_date atom_due(gw_ctx *c, const atom *a, int year) {
  switch (a->kind) {
  case A_DATE:
    if (!a->m) return gw_date_make(year, 12, 31);
    if (a->d > 0 && !a->month_end) return gw_date_make(year, a->m, a->d);
    return gw_month_end(year, a->m);
  case A_YEAR_END:
    return gw_date_make(year, 12, 31);
  case A_HALF:
    return a->half == 1 ? gw_date_make(year, 6, 30) : gw_date_make(year, 12, 31);
  case A_QUARTER:
    return gw_month_end(year, a->quarter * 3);
  case A_FEAST:
    return feast_date(c, a->feast, year);
  default:
    break;
  }
  gw_date none = {0, 0, 0};
  return none;
}

static gw_date atom_start(const atom *a, int year) {
  if (a->kind == A_DATE) {
    if (!a->m) return gw_date_make(year, 1, 1);
    return gw_date_make(year, a->m, a->d > 0 ? a->d : 1);
  }
  if (a->kind == A_HALF) return gw_date_make(year, a->half == 1 ? 1 : 7, 1);
  if (a->kind == A_QUARTER) return gw_date_make(year, a->quarter * 3 - 2, 1);
  gw_date none = {0, 0, 0};
  return none;
}

/* A date written without a year that would fall over three months before
 * the document date belongs to the next year. */
static gw_date roll(const scan *sc, gw_date d, bool explicit_year) {
  if (explicit_year || !gw_date_set(d) || !gw_date_set(sc->c->doc_date)) return d;
  if (gw_date_days(d) < gw_date_days(sc->c->doc_date) - 92) {
    gw_date next = gw_date_make(d.y + 1, d.m, d.m == 2 && d.d == 29 ? 28 : d.d);
    if (d.d == gw_days_in_month(d.y, d.m)) next = gw_month_end(d.y + 1, d.m);
    return next;
  }
  return d;
}

static void emit(scan *sc, uint32_t a, uint32_t b, gw_date due, gw_date start, bool ongoing) {
  if (sc->f->deadlines.len >= GW_MAX_FIELD_ITEMS) return;
  gw_deadline dl;
  memset(&dl, 0, sizeof dl);
  dl.text = gw_arena_strndup(sc->c->a, sc->s + a, b - a);
  dl.due = due;
  dl.start = start;
  dl.ongoing = ongoing;
  dl.span.start = gw_view_src(sc->v, a, false);
  dl.span.end = gw_view_src(sc->v, b, true);
  for (size_t i = 0; i < sc->f->deadlines.len; i++) {
    const gw_deadline *o = &sc->f->deadlines.items[i];
    if (o->span.start == dl.span.start) return;
  }
  GW_VEC_PUSH(sc->c->a, sc->f->deadlines, dl);
}

static bool range_connector(const scan *sc, uint32_t i, uint32_t *len, bool *dash_yi) {
  enum { DASH = 2, YI = 7 };
  static const gw_word W[] = {GW_WORD("至"), GW_WORD("到"), GW_WORD("—"),
                              GW_WORD("－"), GW_WORD("～"), GW_WORD("~"),
                              GW_WORD("-"),  GW_WORD("一"), GW_WORDS_END};
  i = skip_sp(sc, i);
  int w = gw_word_prefix(W, sc->s + i, sc->n - i);
  if (w < 0) return false;
  *len = (uint32_t)W[w].n;
  *dash_yi = w == YI;
  if (w == DASH && at(sc, i + 3, "—")) *len = 6; /* —— counts once */
  return true;
}

static bool ongoing_words(const char *s, size_t n) {
  static const char *const W[] = {"长期",     "持续推进", "常态化", "常态工作",
                                  "持续开展", "经常性",   NULL};
  for (size_t w = 0; W[w]; w++)
    if (gw_find(s, n, 0, W[w]) != (size_t)-1) return true;
  return false;
}

/* Every atom holds 年, 月, 日, 号 or 季 among its first five characters
 * (spaces aside): 2023年, 十二月, 即日起, 今年底, 上半年, 第一季度, 二〇二一年.
 * Most numerals (一 in 统一, 进一步) have none after them and need no
 * parse. */
static bool numeric_date_at(const char *s, uint32_t i, uint32_t to, gw_ymd *d, uint32_t *len);

static bool date_word_ahead(const char *s, uint32_t i, uint32_t to) {
  const unsigned char *u = (const unsigned char *)s;
  gw_ymd d;
  uint32_t len;
  if (u[i] >= '0' && u[i] <= '9' && numeric_date_at(s, i, to, &d, &len)) return true;
  for (int chars = 0; i < to && chars < 5;) {
    unsigned char c = u[i];
    if (c == ' ') {
      i++;
      continue;
    }
    if (c >= 0xE5 && c <= 0xE8 && i + 3 <= to) {
      unsigned w = (unsigned)c << 16 | (unsigned)u[i + 1] << 8 | u[i + 2];
      /* 年 E5B9B4, 月 E69C88, 日 E697A5, 号 E58FB7, 季 E5ADA3; 旬 E697AC (下旬); the
       * festivals' 节 E88A82, 旦 E697A6, 庆 E5BA86, 午 E58D88, 秋 E7A78B */
      if (w == 0xE5B9B4 || w == 0xE69C88 || w == 0xE697A5 || w == 0xE58FB7 || w == 0xE5ADA3 ||
          w == 0xE697AC || w == 0xE88A82 || w == 0xE697A6 || w == 0xE5BA86 || w == 0xE58D88 ||
          w == 0xE7A78B)
        return true;
    }
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    chars++;
  }
  return false;
}

/* Scan s[from..to) for deadline phrases. */
static void scan_range(scan *sc, uint32_t from, uint32_t to) {
  uint32_t saved_n = sc->n;
  sc->n = to;
  gw_closer titles;
  gw_closer_init(&titles, sc->c->a, sc->s, to);
  for (uint32_t i = from; i < to;) {
    unsigned char ch = (unsigned char)sc->s[i];
    /* Most characters start neither a date nor a title: step over them
     * with one table lookup. */
    if (ch >= 0xE3 && ch <= 0xE9 && i + 3 <= to) {
      const unsigned char *u = (const unsigned char *)sc->s + i;
      uint32_t cp = ((ch & 0x0Fu) << 12) | ((u[1] & 0x3Fu) << 6) | (u[2] & 0x3Fu);
      if (cp != 0x300A /* 《 */ &&
          (!gw_char_starts_date(&sc->c->ex->features, cp) || !date_word_ahead(sc->s, i, to))) {
        i += 3;
        continue;
      }
    } else if (ch < 0x80 && (ch < '0' || ch > '9' || !date_word_ahead(sc->s, i, to))) {
      i++;
      continue;
    }
    atom a;
    if (ch == 0xE3 && at(sc, i, "《")) { /* dates inside a cited title: 《…目录（2016年）》 */
      size_t close = gw_closer_find(&titles, i);
      i = close == (size_t)-1 ? i + 3 : (uint32_t)close + 3;
      continue;
    }
    if ((ch & 0xC0) == 0x80 || !parse_atom(sc, i, &a)) {
      i += ch < 0xE0 ? 1 : ch < 0xF0 ? 3 : 4; /* to the next character */
      continue;
    }
    uint32_t end = a.end;
    int year = a.explicit_year ? a.y : base_year(sc);
    if (a.explicit_year) sc->last_year = a.y;
    if (a.kind == A_DATE && a.m) sc->last_month = a.m;
    /* A range: 2021年3月至6月, 5月30日一6月4日, 2016—2017年底前, 即日起至… */
    uint32_t cl;
    bool yi;
    atom b;
    bool ranged = false;
    if (range_connector(sc, end, &cl, &yi)) {
      uint32_t j = skip_sp(sc, skip_sp(sc, end) + cl);
      int day = 0;
      size_t dl;
      if (parse_atom(sc, j, &b) && b.kind != A_TODAY) {
        bool ok = !yi || (a.kind == A_DATE && a.m && b.kind == A_DATE && b.m);
        /* 2016—2017 年底前: the first year has no 年 of its own */
        if (ok) {
          ranged = true;
          end = b.end;
        }
      } else if (a.kind == A_DATE && a.m && a.d > 0 && (dl = gw_number_at(sc->s, sc->n, j, &day)) &&
                 day >= 1 && day <= 31 &&
                 (at(sc, j + (uint32_t)dl, "日") || at(sc, j + (uint32_t)dl, "号"))) {
        /* 6月1日至30日: the end day of the same month */
        memset(&b, 0, sizeof b);
        b.kind = A_DATE;
        b.y = a.y;
        b.explicit_year = a.explicit_year;
        b.m = a.m;
        b.d = day;
        b.start = j;
        b.end = j + (uint32_t)dl + 3;
        ranged = true;
        end = b.end;
      }
    }
    if (!ranged && a.kind == A_DATE && !a.explicit_year && !a.m) {
      i = a.end;
      continue;
    }
    uint32_t suffix = deadline_suffix(sc, end);
    uint32_t phrase_end = suffix ? skip_sp(sc, end) + suffix : end;
    if (after_every(sc, a.start) || preceded_by(sc, a.start, "连续")) {
      i = end;
      continue;
    }
    bool phase = in_phase_paren(sc, a.start, phrase_end);
    if (a.kind == A_TODAY) {
      gw_date start = sc->c->doc_date;
      if (ranged) {
        int by = b.explicit_year ? b.y : base_year(sc);
        if (b.explicit_year) sc->last_year = b.y;
        gw_date due = roll(sc, atom_due(sc->c, &b, by), b.explicit_year);
        emit(sc, a.start, phrase_end, due, start, false);
      } else {
        gw_date none = {0, 0, 0};
        emit(sc, a.start, a.end, none, start, false);
      }
      i = phrase_end;
      continue;
    }
    if (ranged) {
      int by = b.explicit_year ? b.y : (a.explicit_year ? a.y : base_year(sc));
      if (b.explicit_year) sc->last_year = b.y;
      if (!year || !by) {
        i = end;
        continue;
      }
      /* 2016—2017年底: the first part names only a year */
      gw_date start = roll(sc, atom_start(&a, year), a.explicit_year);
      gw_date due = roll(sc, atom_due(sc->c, &b, by), b.explicit_year || a.explicit_year);
      if (!attributive(sc, phrase_end)) emit(sc, a.start, phrase_end, due, start, false);
      i = phrase_end;
      continue;
    }
    bool weak;
    switch (a.kind) {
    case A_DATE:
      if (!a.m) /* a year alone: 到2020年, 2025年前 */
        weak = !(suffix || (preceded_by(sc, a.start, "到") || preceded_by(sc, a.start, "至")) ||
                 phase || sc->cell);
      else /* a month end (底, 末, 下旬) is one by itself; anything else needs 前/止/完成 or a phase
            */
        weak = !(a.month_end || suffix || phase || sc->cell);
      if (preceded_by(sc, a.start, "截至") || preceded_by(sc, a.start, "截止"))
        weak = weak || !suffix;
      break;
    case A_YEAR_END:
      weak = false;
      break;
    case A_HALF:
    case A_FEAST: /* always with 前 */
      weak = false;
      break;
    case A_QUARTER:
      weak = !(suffix || phase || sc->cell || at(sc, end, "末") || at(sc, end, "底"));
      if (at(sc, skip_sp(sc, end), "一")) weak = true; /* 一季度一通报 */
      break;
    default:
      weak = true;
      break;
    }
    if (!weak && !year) weak = true;
    if (!weak && attributive(sc, phrase_end)) weak = true;
    if (!weak) {
      if ((a.kind == A_QUARTER) && (at(sc, end, "末") || at(sc, end, "底"))) phrase_end = end + 3;
      gw_date due = roll(sc, atom_due(sc->c, &a, year), a.explicit_year);
      if (a.kind == A_FEAST && gw_date_set(due) && due.y != year)
        due = atom_due(sc->c, &a, due.y); /* rolled over: the festival of that year */
      gw_date start = {0, 0, 0};
      if (phase && a.kind == A_DATE && a.m && (a.d <= 0 || a.month_end) && !suffix)
        start = atom_start(&a, year);
      emit(sc, a.start, phrase_end, due, start, false);
    }
    i = phrase_end > a.end ? phrase_end : a.end;
  }
  sc->n = saved_n;
}

/* 完成时限：…, 时间节点：… inside running text: read the value as a cell. */
static void labelled_values(scan *sc) {
  static const gw_word L[] = {GW_WORD("完成时限"), GW_WORD("时间节点"), GW_WORD("完成时间"),
                              GW_WORD("办结时限"), GW_WORD("时间要求"), GW_WORD("时限要求"),
                              GW_WORD("完成期限"), GW_WORD("时限"),     GW_WORDS_END};
  if (gw_find(sc->s, sc->n, 0, "时") == (size_t)-1) return; /* every label has 时 */
  /* Every label ends at a colon: look at the words before each colon. */
  for (uint32_t k = 0; k < sc->n; k++) {
    unsigned char c = (unsigned char)sc->s[k];
    if (c != ':' && c != 0xEF) continue;
    uint32_t cl = c == ':' ? 1 : at(sc, k, "：") ? 3 : 0;
    if (!cl || gw_word_suffix(L, sc->s, k) < 0) continue;
    uint32_t a = k + cl, b = a;
    /* the value is short: a few words of time */
    while (b < sc->n && b - a < 120 && !at(sc, b, "；") && !at(sc, b, "。") && sc->s[b] != ';' &&
           !at(sc, b, "）") && sc->s[b] != ')')
      b++;
    bool saved = sc->cell;
    sc->cell = true;
    size_t before = sc->f->deadlines.len;
    scan_range(sc, a, b);
    sc->cell = saved;
    if (sc->f->deadlines.len == before && ongoing_words(sc->s + a, b - a)) {
      gw_date none = {0, 0, 0};
      emit(sc, a, b, none, none, true);
    }
    k = a - 1;
  }
}

void gw_find_deadlines(gw_ctx *c, const gw_view *v, int year_hint, bool cell, gw_fields *f) {
  if (!v->len) return;
  scan sc = {c, v, v->s, v->len, year_hint, 0, cell, f};
  size_t before = f->deadlines.len;
  if (!cell) labelled_values(&sc);
  sc.last_year = year_hint;
  scan_range(&sc, 0, v->len);
  if (f->deadlines.len == before) {
    /* 长期坚持 as a cell or a parenthetical of its own: ongoing, no due. */
    size_t at_ = gw_find(v->s, v->len, 0, "长期坚持");
    if (cell && ongoing_words(v->s, v->len)) {
      gw_date none = {0, 0, 0};
      emit(&sc, 0, v->len, none, none, true);
    } else if (at_ != (size_t)-1) {
      gw_date none = {0, 0, 0};
      emit(&sc, (uint32_t)at_, (uint32_t)at_ + 12, none, none, true);
    }
  }
}

/* A cell whose words stand for a date known elsewhere (a quarter's end, a
 * phase's end): its own date if it names one, else `due`. 持续推进 and an
 * empty mark (—, /) give none. */
static void cell_due(gw_ctx *c, const gw_view *v, int year, gw_date due, gw_fields *f) {
  if (!v->len || ongoing_words(v->s, v->len) || gw_utf8_count(v->s, v->len) < 2) return;
  size_t before = f->deadlines.len;
  gw_find_deadlines(c, v, year, true, f);
  if (f->deadlines.len != before || !gw_date_set(due)) return;
  scan sc = {c, v, v->s, v->len, year, 0, true, f};
  gw_date none = {0, 0, 0};
  emit(&sc, 0, v->len, due, none, false);
}

void gw_find_period_deadline(gw_ctx *c, const gw_view *v, int year, int end_month, gw_fields *f) {
  scan sc = {c, v, v->s, v->len, year, 0, true, f};
  int y = base_year(&sc);
  gw_date none = {0, 0, 0};
  gw_date due = y && end_month >= 1 && end_month <= 12
                    ? roll(&sc, gw_month_end(y, end_month), year != 0)
                    : none;
  cell_due(c, v, year, due, f);
}

void gw_find_phase_deadline(gw_ctx *c, const gw_view *v, int year, gw_date phase_end,
                            gw_fields *f) {
  cell_due(c, v, year, phase_end, f);
}
