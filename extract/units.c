/* Who does a task, and in which role. Four shapes, tried in this order:
 *   parentheticals  （区委宣传部、区应急局牵头，各镇（办事处）分工负责）,
 *                   （牵头单位：X；配合单位：Y）, [牵头单位:X;责任单位:Y];
 *   label lines     牵头单位：X  协办单位：Y (inline or on lines of their own);
 *   由-sentences     由区应急局牵头，区公安局配合;
 *   bare clauses    区应急局牵头，区公安局、区交通局配合，… (strict names).
 * A parenthetical closes the clause before it; several make subtasks. */
#include <string.h>

#include "../core/utf8.h"
#include "../core/words.h"
#include "features.h"
#include "fields.h"
#include "text.h"
#include "unitlist.h"

typedef struct unit_sink {
  gw_ctx *c;
  const gw_view *v;
  gw_fields *f;
} unit_sink;

const char *gw_canonical_unit(gw_ctx *c, const char *name) {
  bool added;
  uint32_t id = gw_strmap_add(&c->units_seen, name, strlen(name), &added);
  if (!added) return c->units_canonical.items[id];
  char buf[512];
  const char *canon = gw_aliases_lookup(&c->ex->aliases, name, buf, sizeof buf);
  GW_VEC_PUSH(c->a, c->units_canonical, canon ? gw_arena_strdup(c->a, canon) : name);
  return c->units_canonical.items[id];
}

static bool has_unit(const gw_fields *f, gw_role role, const char *name) {
  for (size_t i = 0; i < f->units.len; i++)
    if (f->units.items[i].role == role && !strcmp(f->units.items[i].name, name)) return true;
  return false;
}

static void add_unit(unit_sink *k, uint32_t a, uint32_t b, gw_role role) {
  const char *s = k->v->s;
  /* A name split by a PDF line break keeps no inner spaces. */
  if (k->f->units.len >= GW_MAX_FIELD_ITEMS) return;
  char *name = gw_text_strip_spaces(k->c->a, s + a, b - a);
  if (!*name || has_unit(k->f, role, name)) return;
  /* 协办单位：无 — a label filled with "none" */
  static const gw_word NONE[] = {GW_WORD("无"), GW_WORD("暂无"), GW_WORD("/"),
                                 GW_WORD("—"),  GW_WORD("-"),    GW_WORDS_END};
  if (gw_word_equal(NONE, name, strlen(name)) >= 0) return;
  /* people are no units (包村干部督促, 网格员负责) */
  static const gw_word PEOPLE[] = {GW_WORD("干部"), GW_WORD("同志"), GW_WORD("书记"),
                                   GW_WORD("主任"), GW_WORD("人员"), GW_WORD("网格员"),
                                   GW_WORD("队员"), GW_WORD("村民"), GW_WORD("群众"),
                                   GW_WORD("党员"), GW_WORDS_END};
  if (gw_word_suffix(PEOPLE, name, strlen(name)) >= 0) return;
  gw_unit u;
  u.name = name;
  /* 由区应急局 is written so; its canonical name is the unit's. */
  u.canonical = gw_canonical_unit(k->c, gw_at(name, strlen(name), 0, "由") ? name + 3 : name);
  u.role = role;
  u.span.start = gw_view_src(k->v, a, false);
  u.span.end = gw_view_src(k->v, b, true);
  GW_VEC_PUSH(k->c->a, k->f->units, u);
}

static void add_person(unit_sink *k, uint32_t a, uint32_t b) {
  gw_person p;
  p.name = gw_text_strip_spaces(k->c->a, k->v->s + a, b - a);
  if (!*p.name) return;
  p.span.start = gw_view_src(k->v, a, false);
  p.span.end = gw_view_src(k->v, b, true);
  GW_VEC_PUSH(k->c->a, k->f->leaders, p);
}

/* 区应急局（牵头）: a role marked after the name overrides the list's. */
static uint32_t role_mark(const char *s, uint32_t a, uint32_t b, gw_role *role) {
  static const gw_word M[] = {GW_WORD("（牵头）"), GW_WORD("(牵头)"),   GW_WORD("（配合）"),
                              GW_WORD("(配合)"),   GW_WORD("（负责）"), GW_WORD("(负责)"),
                              GW_WORDS_END};
  static const gw_role ROLES[] = {GW_ROLE_LEAD,        GW_ROLE_LEAD,        GW_ROLE_COOPERATING,
                                  GW_ROLE_COOPERATING, GW_ROLE_RESPONSIBLE, GW_ROLE_RESPONSIBLE};
  int i = gw_word_suffix(M, s + a, b - a);
  if (i < 0 || b - a <= M[i].n) return b;
  *role = ROLES[i];
  return b - (uint32_t)M[i].n;
}

static void add_names(unit_sink *k, const gw_name_vec *names, size_t from, gw_role role) {
  for (size_t i = from; i < names->len; i++) {
    gw_role r = role;
    uint32_t end = role_mark(k->v->s, names->items[i].start, names->items[i].end, &r);
    add_unit(k, names->items[i].start, end, r);
  }
}

/* ---- verb mode: LIST VERB, LIST VERB ------------------------------------ */

/* Parse s[from..to) as comma-separated "units verb" segments. Units without
 * a verb take the next verb (区安委办，各相关单位分工负责). X会同Y负责: X takes
 * the verb's role, Y cooperates. `strict`: every name must read as a unit. */
static bool parse_verb_segments(unit_sink *k, uint32_t from, uint32_t to, bool strict,
                                const gw_role *label_role) {
  const char *s = k->v->s;
  gw_arena *a = k->c->a;
  gw_name_vec names = {0};
  typedef struct {
    size_t first, last;
    gw_role role;
    bool has_role;
  } group;
  GW_VEC(group) groups = {0};
  size_t pending = 0;
  bool any_verb = false;
  int depth = 0;
  for (uint32_t seg = from;;) {
    size_t kl = 0;
    uint32_t i = gw_text_next_sep(s, seg, to, GW_BYTE_CLAUSE, gw_text_comma_at, &depth, &kl);
    uint32_t sa = seg, sb = i;
    while (sa < sb && s[sa] == ' ') sa++;
    while (sb > sa && s[sb - 1] == ' ') sb--;
    if (gw_ends_with(s + sa, sb - sa, "。")) sb -= 3;
    if (sb > sa) {
      gw_role role;
      size_t vl = gw_role_verb_suffix(s + sa, sb - sa, &role);
      uint32_t le = sb - (uint32_t)vl;
      size_t at = gw_find(s, le, sa, "会同");
      if (vl && at != (size_t)-1) {
        size_t before = names.len;
        if (!gw_split_units(a, s, sa, (uint32_t)at, strict, &names)) return false;
        group g1 = {before, names.len, role, true};
        GW_VEC_PUSH(a, groups, g1);
        before = names.len;
        if (!gw_split_units(a, s, (uint32_t)at + 6, le, strict, &names)) return false;
        group g2 = {before, names.len, GW_ROLE_COOPERATING, true};
        GW_VEC_PUSH(a, groups, g2);
        any_verb = true;
      } else {
        size_t before = names.len;
        if (!gw_split_units(a, s, sa, le, strict, &names)) return false;
        /* Under a label (责任单位：X；Y配合), units without a verb take the
         * label's role rather than the next verb's. */
        if (!vl && label_role) role = *label_role;
        bool has_role = vl || label_role;
        group g = {before, names.len, role, has_role};
        GW_VEC_PUSH(a, groups, g);
        if (vl) any_verb = true;
        if (has_role) {
          for (size_t p = pending; p < groups.len; p++)
            if (!groups.items[p].has_role) {
              groups.items[p].role = role;
              groups.items[p].has_role = true;
            }
          pending = groups.len;
        }
      }
    }
    if (i == to) break;
    seg = i + (uint32_t)kl;
  }
  if (!any_verb) return false;
  /* Units left without a verb after the last one: the list was not ours. */
  for (size_t p = 0; p < groups.len; p++)
    if (!groups.items[p].has_role) return false;
  for (size_t p = 0; p < groups.len; p++)
    for (size_t q = groups.items[p].first; q < groups.items[p].last; q++)
      add_unit(k, names.items[q].start, names.items[q].end, groups.items[p].role);
  return true;
}

/* ---- label mode: 牵头单位：X；配合单位：Y ---------------------------------- */

typedef struct label_hit {
  uint32_t start, value; /* label start, value start (after the colon) */
  int kind;              /* 1 role, 2 people */
  gw_role role;
} label_hit;

/* Does s[st] start the text or follow punctuation, a space or a bracket? */
static bool after_boundary(const char *s, size_t from, size_t st) {
  if (st == from) return true;
  size_t j = st;
  uint32_t cp = gw_utf8_prev(s, &j);
  return cp == ' ' || cp == '\n' || cp == 0xFF0C || cp == ',' || cp == 0x3002 || cp == 0xFF1B ||
         cp == ';' || cp == 0x3001 || cp == 0xFF08 || cp == '(' || cp == '[' || cp == 0x3010;
}

/* A unit label ending at a colon at s[i] (i is the colon): returns the label
 * start or (size_t)-1. Labels are short and end in 单位/部门/领导..., or are
 * the role verb itself. */
static size_t label_before_colon(const char *s, size_t from, size_t i, int *kind, gw_role *role) {
  static const gw_word ENDS[] = {
      GW_WORD("单位"), GW_WORD("部门"), GW_WORD("领导"), GW_WORD("责任人"), GW_WORD("主体"),
      GW_WORD("科室"), GW_WORD("处室"), GW_WORD("联系人"), GW_WORD("负责人"), GW_WORD("站所"),
      GW_WORD("股室"), GW_WORD("办线"),
      /* the role verb as the label: 主要负责：X；牵头：Y；参与：Z */
      GW_WORD("负责"), GW_WORD("牵头"), GW_WORD("配合"), GW_WORD("协办"), GW_WORD("参与"),
      GW_WORD("协助"), GW_WORD("主办"), GW_WORD("承办"), GW_WORD("督办"), GW_WORDS_END};
  enum { FIRST_VERB_END = 12 };
  int e = gw_word_suffix(ENDS, s + from, i - from);
  if (e < 0) return (size_t)-1;
  /* Walk back over at most 6 Han characters to the label start. */
  size_t st = i - ENDS[e].n;
  for (int steps = 0; steps < 6 && st > from; steps++) {
    size_t j = st;
    uint32_t cp = gw_utf8_prev(s, &j);
    if (cp < 0x4E00 || cp > 0x9FFF) break;
    st = j;
  }
  /* The label proper starts at a known role word. */
  static const char *const STARTS[] = {"牵头", "配合", "责任", "协办", "协作", "协同", "参与",
                                       "协助", "主办", "承办", "督办", "负责", "主要", "实施",
                                       "分管", "联系", "具体", "主责", "监督", "督导", NULL};
  /* The earliest role word from which the label is role words only (配合单位,
   * 主要负责, 具体负责单位): in 监督站配合单位 the label is 配合单位, the
   * name before it ends in 监督站. */
  size_t ends_at = i - ENDS[e].n, best = (size_t)-1, latest = (size_t)-1;
  for (size_t at = st; at <= ends_at && best == (size_t)-1; at += 3) {
    bool starts = false;
    for (size_t w = 0; STARTS[w] && !starts; w++) starts = gw_at(s, i, at, STARTS[w]);
    if (!starts) continue;
    latest = at;
    size_t k = at;
    while (k < ends_at) {
      size_t w = 0;
      while (STARTS[w] && !gw_at(s, ends_at, k, STARTS[w])) w++;
      if (!STARTS[w]) break;
      k += strlen(STARTS[w]);
    }
    if (k == ends_at) best = at;
  }
  if (best == (size_t)-1) best = latest;
  if (best == (size_t)-1) return (size_t)-1;
  /* A verb as the label stands first in its clause: 区应急局负责：… is a sentence. */
  if (e >= FIRST_VERB_END && !after_boundary(s, from, best)) return (size_t)-1;
  int r = gw_role_label(s + best, i - best, role);
  if (!r) return (size_t)-1;
  *kind = r;
  return best;
}

static size_t colon_len(const char *s, size_t n, size_t i) {
  if (s[i] == ':') return 1;
  if (gw_at(s, n, i, "：")) return 3;
  return 0;
}

/* A short label of 2-6 Han characters right before a colon at s[i], that
 * starts after punctuation, a space or the start: its start, or -1. */
static size_t other_label(const char *s, size_t from, size_t i) {
  size_t st = i;
  int han = 0;
  while (st > from && han < 7) {
    size_t j = st;
    uint32_t cp = gw_utf8_prev(s, &j);
    if (cp < 0x4E00 || cp > 0x9FFF) break;
    st = j;
    han++;
  }
  if (han < 2 || han > 6) return (size_t)-1;
  return after_boundary(s, from, st) ? st : (size_t)-1;
}

static size_t find_labels(const char *s, uint32_t from, uint32_t to, label_hit *hits, size_t max) {
  size_t n = 0;
  for (uint32_t i = from; i < to && n < max;) {
    size_t cl = colon_len(s, to, i);
    if (!cl) {
      i++;
      continue;
    }
    int kind;
    gw_role role = GW_ROLE_RESPONSIBLE;
    size_t st = label_before_colon(s, from, i, &kind, &role);
    if (st == (size_t)-1) {
      /* Another label (完成时限：, 时间节点：) ends the value before it. */
      st = other_label(s, from, i);
      kind = 0;
    }
    if (st != (size_t)-1) {
      label_hit h = {(uint32_t)st, i + (uint32_t)cl, kind, role};
      hits[n++] = h;
    }
    i += (uint32_t)cl;
  }
  return n;
}

/* Parse the value of each label up to the next label. In running text a
 * value also ends at 。 and at a line break that the list does not cross. */
static bool parse_label_hits(unit_sink *k, uint32_t from, uint32_t to, bool free_text,
                             const label_hit *hits, size_t nh) {
  const char *s = k->v->s;
  if (!nh) return false;
  bool any = false;
  /* In brackets, text before the first label may assign by verb:
   * （区应急局牵头；配合单位：区公安局）. */
  if (!free_text && hits[0].start > from) {
    uint32_t e = hits[0].start;
    while (e > from && (s[e - 1] == ' ' || s[e - 1] == ';' || s[e - 1] == ',')) e--;
    while (e >= from + 3 && (gw_at(s, e, e - 3, "；") || gw_at(s, e, e - 3, "，"))) e -= 3;
    if (e > from && parse_verb_segments(k, from, e, false, NULL)) any = true;
  }
  for (size_t h = 0; h < nh; h++) {
    uint32_t a = hits[h].value, b = h + 1 < nh ? hits[h + 1].start : to;
    if (free_text) {
      size_t stop = gw_find(s, b, a, "。");
      if (stop != (size_t)-1) b = (uint32_t)stop;
      /* A line break ends the list unless the next line goes on with it. */
      for (uint32_t i = 0; i < k->v->nsegs; i++) {
        uint32_t ls = k->v->segs[i].flat;
        if (ls <= a || ls >= b) continue;
        uint32_t e = ls;
        while (e < b && !gw_at(s, b, e, "、") && !gw_at(s, b, e, "，") && s[e] != ',') e++;
        if (!gw_unit_like(s + ls, e - ls) && !gw_unit_like(s + a, e - a)) {
          b = ls;
          break;
        }
      }
    }
    while (b > a && (gw_ends_with(s + a, b - a, "；") || gw_ends_with(s + a, b - a, "，") ||
                     gw_ends_with(s + a, b - a, "。")))
      b -= 3;
    while (b > a && (s[b - 1] == ';' || s[b - 1] == ',' || s[b - 1] == ' ')) b--;
    if (b <= a) continue;
    gw_name_vec names = {0};
    if (hits[h].kind == 0) continue; /* not a unit label */
    if (hits[h].kind == 2) {
      if (gw_split_units(k->c->a, s, a, b, false, &names))
        for (size_t q = 0; q < names.len; q++)
          add_person(k, names.items[q].start, names.items[q].end);
      continue;
    }
    /* A value may itself carry verbs: 责任单位：区应急局牵头，区公安局配合. */
    if (parse_verb_segments(k, a, b, false, &hits[h].role)) {
      any = true;
      continue;
    }
    if (gw_split_units(k->c->a, s, a, b, false, &names)) {
      add_names(k, &names, 0, hits[h].role);
      any = true;
    }
  }
  return any;
}

static bool parse_labels(unit_sink *k, uint32_t from, uint32_t to, bool free_text) {
  label_hit hits[16];
  return parse_label_hits(k, from, to, free_text, hits, find_labels(k->v->s, from, to, hits, 16));
}

/* ---- parentheticals ------------------------------------------------------ */

/* （X（牵头）、Y（配合））: every name carries its role in brackets. */
static bool role_marked_list(unit_sink *k, uint32_t from, uint32_t to) {
  gw_role last = GW_ROLE_RESPONSIBLE;
  if (role_mark(k->v->s, from, to, &last) == to) return false; /* the list ends in no mark */
  gw_name_vec names = {0};
  if (!gw_split_units(k->c->a, k->v->s, from, to, false, &names) || !names.len) return false;
  for (size_t i = 0; i < names.len; i++) {
    gw_role r = GW_ROLE_RESPONSIBLE;
    if (role_mark(k->v->s, names.items[i].start, names.items[i].end, &r) == names.items[i].end)
      return false;
  }
  add_names(k, &names, 0, GW_ROLE_RESPONSIBLE);
  return true;
}

static bool parse_group(unit_sink *k, uint32_t from, uint32_t to) {
  const char *s = k->v->s;
  label_hit hits[16];
  size_t nh = find_labels(s, from, to, hits, 16);
  for (size_t h = 0; h < nh && h < 8; h++)
    if (hits[h].kind) return parse_label_hits(k, from, to, false, hits, nh);
  if (parse_verb_segments(k, from, to, false, NULL) || role_marked_list(k, from, to)) return true;
  /* （X负责，Y配合；完成时限：7月底前）, （X牵头，Y配合，9月底前完成）: the units
   * come first, a clause of time after them. */
  for (int tail = 0; tail < 2; tail++) {
    uint32_t cut = to;
    while (cut > from && !gw_ends_with(s + from, cut - from, "，") &&
           !gw_ends_with(s + from, cut - from, "；") && s[cut - 1] != ',' && s[cut - 1] != ';')
      cut--;
    if (cut <= from + 3) return false;
    to = cut - (s[cut - 1] == ',' || s[cut - 1] == ';' ? 1 : 3);
    if (parse_verb_segments(k, from, to, false, NULL)) return true;
  }
  return false;
}

/* Skip a quoted title or quotation: no responsibility is read inside. */
static size_t skip_quote(gw_closer *m, size_t i) {
  const unsigned char *u = (const unsigned char *)m->s + i;
  /* 《 is E3 80 8A, “ is E2 80 9C */
  if (i + 3 > m->n || u[1] != 0x80 ||
      !((u[0] == 0xE3 && u[2] == 0x8A) || (u[0] == 0xE2 && u[2] == 0x9C)))
    return 0;
  size_t close = gw_closer_find(m, i);
  return close != (size_t)-1 ? close + 3 : 0;
}

/* ---- 由X牵头 / bare clauses ------------------------------------------------ */

/* A clause that opens with units and a role verb and goes on with what
 * they do: 区住建水利局会同区市场监管局负责对整治情况进行抽查. (With 要 or 将
 * before the verb it is an exhortation and assigns nothing.) */
static void subject_verb(unit_sink *k, uint32_t a, uint32_t b) {
  /* Each verb is found through its last word, looked for once a clause:
   * 具体负责 and 牵头负责 are 负责 with two characters before it. */
  enum { FU_ZE, QIAN_TOU, PEI_HE, LUO_SHI, NCORES };
  static const char *const CORES[NCORES] = {"负责", "牵头", "配合", "落实"};
  static const struct {
    const char *verb;
    int core;
  } VERBS[] = {{"具体负责", FU_ZE},   {"牵头负责", FU_ZE}, {"负责", FU_ZE},  {"牵头", QIAN_TOU},
               {"分别落实", LUO_SHI}, {"配合", PEI_HE},    {"落实", LUO_SHI}};
  /* Generic nouns are no units of the notice's own (企业负责对员工进行培训). */
  static const gw_word GENERIC[] = {GW_WORD("企业"), GW_WORD("单位"),   GW_WORD("部门"),
                                    GW_WORD("学校"), GW_WORD("医院"),   GW_WORD("群众"),
                                    GW_WORD("个人"), GW_WORD("经营者"), GW_WORDS_END};
  const char *s = k->v->s;
  /* The verb starts within 80 characters of the clause (a list of eight
   * units): look no further. */
  if (b <= a) return;
  size_t reach = b - a > 252 ? a + 252 : b;
  size_t found[NCORES];
  for (int c = 0; c < NCORES; c++) found[c] = gw_find(s, reach, a, CORES[c]);
  for (size_t w = 0; w < sizeof VERBS / sizeof VERBS[0]; w++) {
    size_t vl = strlen(VERBS[w].verb);
    size_t at = found[VERBS[w].core], extra = vl - strlen(CORES[VERBS[w].core]);
    if (extra && at != (size_t)-1)
      at = at >= a + extra && gw_at(s, reach, at - extra, VERBS[w].verb) ? at - extra : (size_t)-1;
    if (at == (size_t)-1 || at == a) continue;
    if (at + vl >= b) continue; /* the verb ends the clause: handled as LIST VERB */
    /* 落实 alone assigns only a responsibility of one's own: X落实属地监管责任 */
    static const gw_word OWN[] = {GW_WORD("属地"), GW_WORD("主体"), GW_WORD("监管"),
                                  GW_WORD("行业"), GW_WORDS_END};
    if (VERBS[w].core == LUO_SHI && !extra &&
        (gw_word_prefix(OWN, s + at + vl, b - at - vl) < 0 ||
         gw_find(s, at + vl + 30 < b ? at + vl + 30 : b, at + vl, "责任") == (size_t)-1))
      continue;
    /* 负责人 is a person; 负责解释 closes a set of rules, it assigns no task;
     * 负责制 is a system (实行主办单位负责制) */
    bool system = gw_at(s, b, at + vl, "制") && !gw_at(s, b, at + vl, "制定") &&
                  !gw_at(s, b, at + vl, "制订") && !gw_at(s, b, at + vl, "制作");
    if (gw_at(s, b, at + vl, "人") || gw_at(s, b, at + vl, "同志") ||
        gw_at(s, b, at + vl, "解释") || system)
      continue;
    size_t you = gw_find(s, at, a, "由");
    uint32_t from = you != (size_t)-1 && !gw_at(s, at, you, "由于") ? (uint32_t)you : a;
    if (gw_word_equal(GENERIC, s + from, at - from) >= 0) return;
    parse_verb_segments(k, from, (uint32_t)(at + vl), true, NULL);
    return;
  }
}

/* After a lead (由X牵头，会同Y、Z对…开展…): the units named after 会同 are
 * cooperating. The last name ends where the clause goes on with what they
 * do (对, 建立, 开展…). */
static void huitong_clause(unit_sink *k, uint32_t a, uint32_t b) {
  static const gw_word GOES_ON[] = {
      GW_WORD("对"),   GW_WORD("就"),   GW_WORD("在"),   GW_WORD("向"),   GW_WORD("为"),
      GW_WORD("按"),   GW_WORD("依"),   GW_WORD("共同"), GW_WORD("联合"), GW_WORD("建立"),
      GW_WORD("开展"), GW_WORD("督促"), GW_WORD("制定"), GW_WORD("做好"), GW_WORD("加强"),
      GW_WORD("推进"), GW_WORD("落实"), GW_WORD("组织"), GW_WORD("完成"), GW_WORD("研究"),
      GW_WORD("实施"), GW_WORD("统筹"), GW_WORD("健全"), GW_WORD("完善"), GW_WORD("严格"),
      GW_WORD("全面"), GW_WORD("深入"), GW_WORD("持续"), GW_WORD("定期"), GW_WORD("集中"),
      GW_WORD("逐"),   GW_WORD("排查"), GW_WORD("核查"), GW_WORD("检查"), GW_WORD("清理"),
      GW_WORD("整治"), GW_WORD("编制"), GW_WORD("印发"), GW_WORD("出台"), GW_WORD("办理"),
      GW_WORD("处置"), GW_WORD("审核"), GW_WORD("组建"), GW_WORD("成立"), GW_WORD("召开"),
      GW_WORD("举办"), GW_WORD("指导"), GW_WORD("监督"), GW_WORD("督导"), GW_WORD("抓好"),
      GW_WORD("起草"), GW_WORD("修订"), GW_WORD("制订"), GW_WORD("做实"), GW_WORD("强化"),
      GW_WORDS_END};
  const char *s = k->v->s;
  while (a < b && s[a] == ' ') a++;
  if (!gw_at(s, b, a, "会同")) return;
  uint32_t from = a + 6, end = from;
  for (uint32_t piece = from; piece < b;) {
    /* names split on 、; the last one is the first name, within 30
     * characters, that the clause's action follows */
    uint32_t q = piece, action_at = 0;
    for (int chars = 0; q < b && chars < 30 && !gw_at(s, b, q, "、"); chars++) {
      size_t next = q;
      gw_utf8_next(s, b, &next);
      q = (uint32_t)next;
      if (!action_at && gw_unit_like(s + piece, q - piece) &&
          gw_word_prefix(GOES_ON, s + q, b - q) >= 0)
        action_at = q;
    }
    if (q < b && gw_at(s, b, q, "、") && gw_unit_like(s + piece, q - piece)) {
      end = q;
      piece = q + 3;
      continue;
    }
    end = action_at;
    break;
  }
  gw_name_vec names = {0};
  if (end > from && gw_split_units(k->c->a, s, from, end, true, &names))
    add_names(k, &names, 0, GW_ROLE_COOPERATING);
}

static bool lead_since(const unit_sink *k, size_t first) {
  for (size_t u = first; u < k->f->units.len; u++)
    if (k->f->units.items[u].role == GW_ROLE_LEAD) return true;
  return false;
}

/* Does a place word (乡 镇 县 市 区 村 街) stand right before s[at]? */
static bool after_place_word(const char *s, uint32_t at) {
  static const char PLACES[] = "乡镇县市区村街";
  for (size_t p = 0; p + 3 < sizeof PLACES; p += 3)
    if (!memcmp(s + at - 3, PLACES + p, 3)) return true;
  return false;
}

/* One clause of running text, s[a..b): 由X牵头, X负责 as the whole clause,
 * 排查情况由X负责落实, X牵头做好…, and after a lead 会同Y…. */
static void read_clause(unit_sink *k, uint32_t a, uint32_t b, bool subject_verbs, bool after_lead) {
  const char *s = k->v->s;
  while (a < b && s[a] == ' ') a++;
  size_t you = gw_at(s, b, a, "由") ? 3 : 0;
  gw_role role;
  size_t vl = b > a ? gw_role_verb_suffix(s + a, b - a, &role) : 0;
  bool read = false;
  if (vl) {
    size_t inner = gw_find(s, b, a + (uint32_t)you, "由");
    while (inner != (size_t)-1 && gw_at(s, b, inner, "由于"))
      inner = gw_find(s, b, inner + 3, "由");
    /* 由 stays in the name, as the document writes it (GUIDE.md). */
    if (you)
      read = parse_verb_segments(k, a, b, true, NULL);
    else if (inner == (size_t)-1 ||
             !(read = parse_verb_segments(k, (uint32_t)inner, b, true, NULL)))
      read = parse_verb_segments(k, a, b, true, NULL);
  }
  /* A clause that ends in a verb of its own object (…做好组织协调和技术指导)
   * may still open with units and theirs: X牵头做好… */
  if (!read && subject_verbs) subject_verb(k, a, b);
  if (after_lead) huitong_clause(k, a, b);
}

/* Clauses of running text outside brackets: [start, end) between ，。；. */
static void sentence_forms(unit_sink *k, uint32_t from, uint32_t to) {
  const char *s = k->v->s;
  /* The item's view keeps a newline only after a title line (tasks.c). */
  const char *title_end = memchr(s + from, '\n', to - from);
  if (title_end) {
    sentence_forms(k, from, (uint32_t)(title_end - s));
    from = (uint32_t)(title_end - s) + 1;
  }
  /* Every verb subject_verb knows holds 负责, 牵头, 落实 or 配合. */
  bool subject_verbs =
      gw_find(s, to, from, "负责") != (size_t)-1 || gw_find(s, to, from, "牵头") != (size_t)-1 ||
      gw_find(s, to, from, "配合") != (size_t)-1 ||
      gw_find(s, to, from, "分别落实") != (size_t)-1 ||
      (gw_find(s, to, from, "落实") != (size_t)-1 && gw_find(s, to, from, "责任") != (size_t)-1);
  uint32_t clause = from;
  int depth = 0;
  bool after_lead = false; /* the clause before, in this sentence, named a lead */
  uint32_t opened = from;  /* where the last top-level bracket opened */
  size_t units_before = k->f->units.len;
  gw_closer quotes;
  gw_closer_init(&quotes, k->c->a, s, to);
  for (uint32_t i = from; i <= to;) {
    i = gw_text_skip_to(s, i, to, GW_BYTE_CLAUSE);
    size_t kl = 0;
    bool end = i == to;
    if (!end && (kl = skip_quote(&quotes, i))) {
      i = (uint32_t)kl;
      continue;
    }
    int was = depth;
    if (!end && (kl = gw_text_bracket_depth(s, to, i, &depth))) {
      if (was == 0 && depth > 0) opened = i;
      i += (uint32_t)kl;
      /* A closing bracket ends a clause, unless it closes part of a name
       * in a list (各乡镇人民政府（街道办事处）配合, X（Y）、Z负责) or a short
       * one after a place word inside a name (各乡（镇）人民政府配合). */
      if (depth < was && depth <= 0) {
        depth = 0;
        static const gw_word NEXT[] = {GW_WORD("、"),   GW_WORD("和"),     GW_WORD("配合"),
                                       GW_WORD("负责"), GW_WORD("牵头"),   GW_WORD("协助"),
                                       GW_WORD("参与"), GW_WORD("落实"),   GW_WORD("督导"),
                                       GW_WORD("指导"), GW_WORD("按职责"), GW_WORDS_END};
        bool inside_name = i - opened <= 5 * 3 && i < to && (unsigned char)s[i] >= 0xE4 &&
                           (unsigned char)s[i] <= 0xE9 && opened >= from + 3 &&
                           after_place_word(s, opened);
        if (gw_word_prefix(NEXT, s + i, to - i) < 0 && !inside_name) {
          /* the words before a bracket that named no units (（附件1）);
           * a stray closer (was == 0) ends them itself */
          read_clause(k, clause, was > 0 ? opened : i - (uint32_t)kl, subject_verbs, false);
          clause = i;
        }
      }
      continue;
    }
    bool stop = end || (depth == 0 && (gw_at(s, to, i, "。") || gw_at(s, to, i, "；") ||
                                       gw_at(s, to, i, "，") || s[i] == ';' || s[i] == ','));
    if (!stop) {
      i++;
      continue;
    }
    if (!end) kl = (unsigned char)s[i] < 0x80 ? 1 : 3;
    read_clause(k, clause, i, subject_verbs, after_lead);
    if (end) break;
    after_lead = !gw_at(s, to, i, "。") && lead_since(k, units_before);
    units_before = k->f->units.len;
    i += (uint32_t)kl;
    clause = i;
  }
}

/* ---- entry points -------------------------------------------------------- */

/* An item that opens with its units as a label and their verb after the
 * colon (职责分工: 县财政局、县民政局：负责落实…): the units take the verb's
 * role. */
static void duty_opening(unit_sink *k, uint32_t from) {
  static const struct {
    gw_word verb;
    gw_role role;
  } VERBS[] = {{GW_WORD("负责"), GW_ROLE_RESPONSIBLE}, {GW_WORD("牵头"), GW_ROLE_LEAD},
               {GW_WORD("配合"), GW_ROLE_COOPERATING}, {GW_WORD("协助"), GW_ROLE_COOPERATING},
               {GW_WORD("督促"), GW_ROLE_SUPERVISING}, {GW_WORD("指导"), GW_ROLE_SUPERVISING}};
  const char *s = k->v->s;
  uint32_t n = k->v->len;
  for (uint32_t j = from; j < n && j < from + 120; j++) {
    size_t cl = colon_len(s, n, j);
    if (!cl) continue;
    if (j == from) return;
    gw_role role = GW_ROLE_RESPONSIBLE; /* 区人社局：落实… (a duty without a verb of role) */
    bool verb = false;
    for (size_t w = 0; w < sizeof VERBS / sizeof VERBS[0]; w++)
      if (gw_at(s, n, j + cl, VERBS[w].verb.s)) role = VERBS[w].role, verb = true;
    /* without a verb, a kind of place or body is a topic (人员密集场所：…) */
    static const gw_word TOPICS[] = {GW_WORD("场所"), GW_WORD("企业"), GW_WORD("单位"),
                                     GW_WORD("学校"), GW_WORD("医院"), GW_WORDS_END};
    if (!verb && gw_word_suffix(TOPICS, s + from, j - from) >= 0) return;
    gw_role label_role;
    if (gw_role_label(s + from, j - from, &label_role)) return; /* 责任单位：… is a label */
    gw_name_vec names = {0};
    if (gw_split_units(k->c->a, s, from, j, true, &names)) add_names(k, &names, 0, role);
    return;
  }
}

bool gw_units_first_listed_leads(const char *text, size_t n) {
  static const char *const FIRST[] = {"第一位", "首位",   "第一个", "排名第一",
                                      "排第一", "列第一", NULL};
  for (size_t at = gw_find(text, n, 0, "为牵头单位"); at != (size_t)-1;
       at = gw_find(text, n, at + 15, "为牵头单位")) {
    size_t from = at > 15 * 3 ? at - 15 * 3 : 0;
    for (size_t w = 0; FIRST[w]; w++)
      if (gw_find(text, at, from, FIRST[w]) != (size_t)-1) return true;
  }
  return false;
}

/* 【区城市管理局、各街道办事处】整治…: the units an item opens with. Each is
 * responsible, unless the notice says the first of such a list leads. */
/* A list whose first unit leads and the others cooperate (the notice says
 * so: 排在第一位的为牵头单位). */
static void add_led_list(unit_sink *k, const gw_name_vec *names) {
  gw_name_vec first = *names;
  first.len = 1;
  add_names(k, &first, 0, GW_ROLE_LEAD);
  add_names(k, names, 1, GW_ROLE_COOPERATING);
}

static void opening_list(unit_sink *k) {
  const char *s = k->v->s;
  uint32_t n = k->v->len;
  if (!gw_at(s, n, 0, "【")) return;
  size_t close = gw_find(s, n < 240 ? n : 240, 3, "】");
  if (close == (size_t)-1) return;
  gw_name_vec names = {0};
  if (!gw_split_units(k->c->a, s, 3, (uint32_t)close, true, &names) || !names.len) return;
  if (k->c->first_listed_leads)
    add_led_list(k, &names);
  else
    add_names(k, &names, 0, GW_ROLE_RESPONSIBLE);
}

void gw_find_units(gw_ctx *c, const gw_view *v, uint32_t features, gw_fields *f,
                   gw_clause_vec *clauses) {
  const char *s = v->s;
  uint32_t n = v->len;
  if (!n) return;
  if (features & GW_F_BRACKET) {
    unit_sink opener = {c, v, f};
    opening_list(&opener);
  }
  if (features & GW_F_COLON) {
    /* the item's text, and each paragraph of a section of duties
     * (职责分工: 县公安局：负责…; 县法院：负责…) */
    unit_sink opening = {c, v, f};
    duty_opening(&opening, 0);
    for (uint32_t i = 1; i < v->nsegs && f->units.len < GW_MAX_FIELD_ITEMS; i++)
      if (v->segs[i].flat > 0 && v->segs[i].flat < n) duty_opening(&opening, v->segs[i].flat);
  }
  /* Parentheticals at the top level; each that names units closes a clause. */
  uint32_t clause_start = 0;
  gw_closer closer;
  gw_closer_init(&closer, c->a, s, n);
  for (uint32_t i = 0; i < n && (features & GW_F_BRACKET);) {
    /* Only brackets and quotes matter here: jump to the next one. */
    i = gw_text_skip_to(s, i, n, GW_BYTE_BRACKET);
    if (i >= n) break;
    size_t q = skip_quote(&closer, i);
    if (q) {
      i = (uint32_t)q;
      continue;
    }
    size_t ol = gw_text_open_bracket(s, n, i);
    if (!ol) {
      i++;
      continue;
    }
    size_t close = gw_closer_find(&closer, i);
    if (close == (size_t)-1) {
      i += (uint32_t)ol;
      continue;
    }
    gw_fields own = {0};
    unit_sink ks = {c, v, &own};
    if (parse_group(&ks, i + (uint32_t)ol, (uint32_t)close)) {
      size_t cl = gw_text_close_bracket(s, n, close);
      uint32_t end = (uint32_t)(close + cl);
      for (size_t u = 0; u < own.units.len; u++) {
        const gw_unit *un = &own.units.items[u];
        if (!has_unit(f, un->role, un->name)) GW_VEC_PUSH(c->a, f->units, *un);
      }
      for (size_t q = 0; q < own.leaders.len; q++)
        GW_VEC_PUSH(c->a, f->leaders, own.leaders.items[q]);
      gw_clause cl_entry;
      memset(&cl_entry, 0, sizeof cl_entry);
      cl_entry.start = clause_start;
      cl_entry.paren_start = i;
      cl_entry.end = end;
      cl_entry.f.units = own.units;
      GW_VEC_PUSH(c->a, *clauses, cl_entry);
      clause_start = end;
      /* Skip the punctuation that ends the clause. */
      while (clause_start < n &&
             (gw_at(s, n, clause_start, "。") || gw_at(s, n, clause_start, "；") ||
              s[clause_start] == '.' || s[clause_start] == ';'))
        clause_start += (unsigned char)s[clause_start] < 0x80 ? 1 : 3;
      i = end;
      continue;
    }
    i += (uint32_t)ol;
  }
  /* Text after the last parenthetical that says more than a full stop. */
  if (clauses->len && clause_start < n && gw_utf8_count(s + clause_start, n - clause_start) >= 6) {
    gw_clause tail;
    memset(&tail, 0, sizeof tail);
    tail.start = clause_start;
    tail.end = n;
    GW_VEC_PUSH(c->a, *clauses, tail);
  }
  /* Labels in running text, then sentences, on a copy of the text where
   * the parentheticals already read are blanked out (same offsets). Units
   * they find belong to the clause that holds them. */
  size_t before = f->units.len;
  gw_view masked = *v;
  char *m = NULL;
  if (clauses->len) {
    m = gw_arena_strndup(c->a, s, n);
    for (size_t ci = 0; ci < clauses->len; ci++) {
      const gw_clause *cl = &clauses->items[ci];
      if (!cl->f.units.len) continue;
      /* the parenthetical closes the clause: blank from its opening bracket */
      uint32_t open = cl->paren_start;
      memset(m + open, ' ', cl->end - open);
    }
  }
  /* A half-width full stop ends a sentence as 。 does (web copies write
   * "…配合.各乡镇…"); one between digits is a decimal point. It is read as
   * ; which has the same length. */
  for (const char *dot = memchr(s, '.', n); dot;
       dot = memchr(dot + 1, '.', n - (size_t)(dot + 1 - s))) {
    size_t at = (size_t)(dot - s);
    bool decimal = at > 0 && at + 1 < n && s[at - 1] >= '0' && s[at - 1] <= '9' &&
                   s[at + 1] >= '0' && s[at + 1] <= '9';
    if (decimal) continue;
    if (!m) m = gw_arena_strndup(c->a, s, n);
    m[at] = ';';
  }
  if (m) masked.s = m;
  unit_sink km = {c, &masked, f};
  bool labelled = (features & GW_F_COLON) && parse_labels(&km, 0, n, true);
  if (!labelled && (features & GW_F_VERB)) sentence_forms(&km, 0, n);
  if (clauses->len > 1) {
    for (size_t u = before; u < f->units.len; u++) {
      uint32_t src = f->units.items[u].span.start;
      for (size_t ci = 0; ci < clauses->len; ci++) {
        gw_clause *cl = &clauses->items[ci];
        if (src >= gw_view_src(v, cl->start, false) && src < gw_view_src(v, cl->end, true)) {
          GW_VEC_PUSH(c->a, cl->f.units, f->units.items[u]);
          break;
        }
      }
    }
  }
}

/* The end of the piece of a cell list that starts at s[i]: the next 、 ， ,
 * ； or space. */
static uint32_t cell_piece_end(const char *s, uint32_t n, uint32_t i) {
  while (i < n && s[i] != ' ' && s[i] != ',' && !gw_at(s, n, i, "、") && !gw_at(s, n, i, "，") &&
         !gw_at(s, n, i, "；"))
    i++;
  return i;
}

/* A cell whose two lines were joined by a space (县公安局 县农业农村局):
 * a space between two whole names separates them, as 、 would; one inside
 * a name (县南繁服务 中心) does not. Returns the view with such spaces
 * written as commas (same offsets), or v itself. */
static gw_view names_apart(gw_ctx *c, const gw_view *v) {
  const char *s = v->s;
  const char *sp = memchr(s, ' ', v->len);
  if (!sp) return *v;
  char *m = NULL;
  uint32_t start = 0;
  for (uint32_t i = 0; i < v->len; i++) {
    bool sep = s[i] == ',' || gw_at(s, v->len, i, "、") || gw_at(s, v->len, i, "，") ||
               gw_at(s, v->len, i, "；");
    if (sep) {
      start = i + (s[i] == ',' ? 1 : 3);
      continue;
    }
    if (s[i] != ' ') continue;
    uint32_t right = i + 1, right_end = cell_piece_end(s, v->len, right);
    if (i > start && right_end > right && gw_unit_like(s + start, i - start) &&
        gw_unit_like(s + right, right_end - right)) {
      if (!m) m = gw_arena_strndup(c->a, s, v->len);
      m[i] = ',';
    }
    start = i + 1;
  }
  if (!m) return *v;
  gw_view out = *v;
  out.s = m;
  return out;
}

void gw_units_from_cell(gw_ctx *c, const gw_view *cell, gw_role role, gw_fields *f) {
  gw_view apart = names_apart(c, cell);
  const gw_view *v = &apart;
  unit_sink k = {c, v, f};
  if (parse_verb_segments(&k, 0, v->len, false, NULL)) return;
  gw_name_vec names = {0};
  /* Cells of one column are lists even when they read loosely. */
  if (!gw_split_units(c->a, v->s, 0, v->len, false, &names)) return;
  if (role == GW_ROLE_RESPONSIBLE && c->first_listed_leads && names.len > 1)
    add_led_list(&k, &names); /* 责任单位 A、B、C: the first listed leads */
  else
    add_names(&k, &names, 0, role);
}

void gw_units_from_heading(gw_ctx *c, const gw_view *v, gw_fields *f) {
  unit_sink k = {c, v, f};
  gw_name_vec names = {0};
  if (!gw_split_units(c->a, v->s, 0, v->len, true, &names)) return;
  for (size_t i = 0; i < names.len; i++) {
    char *name = gw_text_strip_spaces(c->a, v->s + names.items[i].start,
                                      names.items[i].end - names.items[i].start);
    bool named = false;
    for (size_t u = 0; u < f->units.len && !named; u++)
      named = !strcmp(f->units.items[u].name, name);
    if (!named) add_unit(&k, names.items[i].start, names.items[i].end, GW_ROLE_RESPONSIBLE);
  }
}

void gw_people_from_cell(gw_ctx *c, const gw_view *v, gw_fields *f) {
  unit_sink k = {c, v, f};
  gw_name_vec names = {0};
  if (gw_split_units(c->a, v->s, 0, v->len, false, &names))
    for (size_t i = 0; i < names.len; i++) add_person(&k, names.items[i].start, names.items[i].end);
}

void gw_units_from_duty_lines(gw_ctx *c, const gw_view *v, gw_fields *f) {
  unit_sink k = {c, v, f};
  const char *s = v->s;
  for (uint32_t i = 0; i < v->nsegs; i++) {
    uint32_t ls = v->segs[i].flat;
    uint32_t le = i + 1 < v->nsegs ? v->segs[i + 1].flat : v->len;
    /* NAME：负责… */
    for (uint32_t j = ls; j < le && j < ls + 120;) {
      size_t cl = colon_len(s, le, j);
      if (!cl) {
        j++;
        continue;
      }
      if (!gw_unit_like(s + ls, j - ls)) break;
      gw_role role = GW_ROLE_RESPONSIBLE;
      const char *after = s + j + cl;
      size_t an = le - (j + cl);
      if (gw_at(after, an, 0, "牵头"))
        role = GW_ROLE_LEAD;
      else if (gw_at(after, an, 0, "配合") || gw_at(after, an, 0, "协助"))
        role = GW_ROLE_COOPERATING;
      else if (gw_at(after, an, 0, "督促") || gw_at(after, an, 0, "指导"))
        role = GW_ROLE_SUPERVISING;
      add_unit(&k, ls, j, role);
      break;
    }
  }
}
