#include "unitlist.h"

#include <string.h>

#include "../core/utf8.h"
#include "../core/words.h"
#include "text.h"

typedef struct verb {
  gw_word text;
  gw_role role;
} verb;

/* Longest first within each prefix family; the table is scanned in order. */
static const verb VERBS[] = {
    {GW_WORD("按职责分工负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("按职能分工负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("按职责分工落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("按照职责分工负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("根据职责分工负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("按职责负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("按职责落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("牵头负责"), GW_ROLE_LEAD},
    {GW_WORD("牵头落实"), GW_ROLE_LEAD},
    {GW_WORD("牵头抓总"), GW_ROLE_LEAD},
    {GW_WORD("牵头实施"), GW_ROLE_LEAD},
    {GW_WORD("牵头组织"), GW_ROLE_LEAD},
    {GW_WORD("配合落实"), GW_ROLE_COOPERATING},
    {GW_WORD("协同配合"), GW_ROLE_COOPERATING},
    {GW_WORD("共同配合"), GW_ROLE_COOPERATING},
    {GW_WORD("协助落实"), GW_ROLE_COOPERATING},
    {GW_WORD("参与配合"), GW_ROLE_COOPERATING},
    {GW_WORD("督促落实"), GW_ROLE_SUPERVISING},
    {GW_WORD("督导落实"), GW_ROLE_SUPERVISING},
    {GW_WORD("分工负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("共同负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("具体负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("分别负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("负责落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("负责实施"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("分别落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("分工落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("抓好落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("具体落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("组织实施"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("负总责"), GW_ROLE_RESPONSIBLE},
    /* X为责任单位: the role named as a noun */
    {GW_WORD("为责任单位"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("为责任主体"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("为牵头单位"), GW_ROLE_LEAD},
    {GW_WORD("为配合单位"), GW_ROLE_COOPERATING},
    {GW_WORD("牵头"), GW_ROLE_LEAD},
    {GW_WORD("主办"), GW_ROLE_LEAD},
    {GW_WORD("配合"), GW_ROLE_COOPERATING},
    {GW_WORD("协助"), GW_ROLE_COOPERATING},
    {GW_WORD("参与"), GW_ROLE_COOPERATING},
    {GW_WORD("协办"), GW_ROLE_COOPERATING},
    {GW_WORD("协同"), GW_ROLE_COOPERATING},
    {GW_WORD("负责"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("落实"), GW_ROLE_RESPONSIBLE},
    {GW_WORD("承办"), GW_ROLE_LEAD}, /* as 主办: the 承办单位 of a 督办 item does the work */
    {GW_WORD("督促检查"), GW_ROLE_SUPERVISING},
    {GW_WORD("督导检查"), GW_ROLE_SUPERVISING},
    {GW_WORD("督促"), GW_ROLE_SUPERVISING},
    {GW_WORD("督导"), GW_ROLE_SUPERVISING},
    {GW_WORD("督办"), GW_ROLE_SUPERVISING},
    {GW_WORD("指导"), GW_ROLE_SUPERVISING},
};

/* Every verb of VERBS ends in one of these (keep the two together). */
const char gw_role_verb_last_chars[] = "头责实办合助与同总施促导织位体查";

size_t gw_role_verb_suffix(const char *s, size_t n, gw_role *role) {
  /* Most text ends in none of the last characters: a cheap test before
   * any verb is tried. */
  if (n < 6) return 0;
  const char *tail = s + n - 3;
  const char *last = gw_role_verb_last_chars;
  while (*last && (last[2] != tail[2] || last[1] != tail[1] || last[0] != tail[0])) last += 3;
  if (!*last) return 0;
  size_t best = 0;
  for (size_t i = 0; i < sizeof VERBS / sizeof VERBS[0]; i++) {
    const char *v = VERBS[i].text.s;
    size_t vn = VERBS[i].text.n;
    if (vn > best && vn < n && v[vn - 1] == tail[2] && v[vn - 2] == tail[1] &&
        memcmp(s + n - vn, v, vn - 2) == 0) {
      best = vn;
      *role = VERBS[i].role;
    }
  }
  /* How the units go about it does not change their role: 按照职责分工抓好落实,
   * 按职责配合 (the manner is no part of the last name). */
  static const gw_word MANNER[] = {
      GW_WORD("按照职责分工"), GW_WORD("根据职责分工"), GW_WORD("按职责分工"), GW_WORD("按照职责"),
      GW_WORD("根据职责"),     GW_WORD("按职责"),       GW_WORD("依职责"),     GW_WORD("属地"),
      GW_WORD("按照职能"),     GW_WORD("按职能"),       GW_WORD("依职能"),     GW_WORDS_END};
  if (best) {
    int m = gw_word_suffix(MANNER, s, n - best);
    if (m >= 0 && MANNER[m].n + best < n) best += MANNER[m].n;
  }
  return best;
}

static bool contains(const char *s, size_t n, const char *lit) {
  return gw_find(s, n, 0, lit) != (size_t)-1;
}

int gw_role_label(const char *s, size_t n, gw_role *role) {
  if (contains(s, n, "领导") || contains(s, n, "责任人") || contains(s, n, "联系人") ||
      contains(s, n, "负责人") || contains(s, n, "分管"))
    return 2;
  /* 承办单位 does the work of a 督办 item, as 主办单位 does */
  if (contains(s, n, "牵头") || contains(s, n, "主办") || contains(s, n, "承办")) {
    *role = GW_ROLE_LEAD;
    return 1;
  }
  /* 联系单位: the liaison of a 河长 or 林长, who assists */
  if (contains(s, n, "配合") || contains(s, n, "协办") || contains(s, n, "协作") ||
      contains(s, n, "协同") || contains(s, n, "参与") || contains(s, n, "协助") ||
      contains(s, n, "联系单位")) {
    *role = GW_ROLE_COOPERATING;
    return 1;
  }
  if (contains(s, n, "督办") || contains(s, n, "督导") || contains(s, n, "督促") ||
      contains(s, n, "监督单位")) {
    *role = GW_ROLE_SUPERVISING;
    return 1;
  }
  if (contains(s, n, "单位") || contains(s, n, "部门") || contains(s, n, "主体") ||
      contains(s, n, "科室") || contains(s, n, "处室") || contains(s, n, "站所") ||
      contains(s, n, "股室") || contains(s, n, "办线") || contains(s, n, "负责")) {
    *role = GW_ROLE_RESPONSIBLE;
    return 1;
  }
  return 0;
}

static const gw_word SUFFIXES[] = {
    GW_WORD("局"),     GW_WORD("委"),     GW_WORD("办"),     GW_WORD("部"),   GW_WORD("厅"),
    GW_WORD("院"),     GW_WORD("所"),     GW_WORD("队"),     GW_WORD("站"),   GW_WORD("处"),
    GW_WORD("科"),     GW_WORD("股"),     GW_WORD("室"),     GW_WORD("中心"), GW_WORD("单位"),
    GW_WORD("部门"),   GW_WORD("政府"),   GW_WORD("办事处"), GW_WORD("街道"), GW_WORD("镇"),
    GW_WORD("乡"),     GW_WORD("村"),     GW_WORD("社区"),   GW_WORD("公司"), GW_WORD("集团"),
    GW_WORD("银行"),   GW_WORD("行"),     GW_WORD("校"),     GW_WORD("医院"), GW_WORD("会"),
    GW_WORD("联"),     GW_WORD("协"),     GW_WORD("中央"),   GW_WORD("海关"), GW_WORD("社"),
    GW_WORD("馆"),     GW_WORD("台"),     GW_WORD("组"),     GW_WORD("团"),   GW_WORD("署"),
    GW_WORD("司"),     GW_WORD("机关"),   GW_WORD("机构"),   GW_WORD("企业"), GW_WORD("园区"),
    GW_WORD("新区"),   GW_WORD("区"),     GW_WORD("县"),     GW_WORD("市"),   GW_WORD("省"),
    GW_WORD("指挥部"), GW_WORD("班子"),   GW_WORD("党委"),   GW_WORD("工委"), GW_WORD("支部"),
    GW_WORD("总支"),   GW_WORD("庭"),     GW_WORD("公安"),   GW_WORD("法院"), GW_WORD("检察院"),
    GW_WORD("军分区"), GW_WORD("武装部"), GW_WORD("大队"),   GW_WORD("中队"), GW_WORD("支队"),
    GW_WORD("总队"),   GW_WORD("分局"),   GW_WORD("运营商"), GW_WORD("学校"), GW_WORD("幼儿园"),
    GW_WORD("站所"),   GW_WORD("街办"),   GW_WORD("镇街"),   GW_WORD("街镇"), GW_WORDS_END};

/* Strip trailing parenthesised parts: 各镇（办事处） -> 各镇. */
static size_t core_len(const char *s, size_t n) {
  while (n > 0) {
    if (!gw_ends_with(s, n, "）") && s[n - 1] != ')') break;
    /* find the matching opener */
    int depth = 0;
    size_t i = n;
    bool found = false;
    while (i > 0) {
      size_t j = i;
      uint32_t cp = gw_utf8_prev(s, &j);
      if (cp == 0xFF09 || cp == ')') depth++;
      if (cp == 0xFF08 || cp == '(') {
        if (--depth == 0) {
          n = j;
          found = true;
          break;
        }
      }
      i = j;
    }
    if (!found) break;
  }
  return n;
}

/* 各村“两委”: a short quoted word inside a name, read without its quotes.
 * Writes the name without them into buf; returns its length, or 0. */
static size_t unquoted_name(const char *s, size_t n, char *buf, size_t size) {
  size_t open = gw_find(s, n, 0, "“"), close = gw_find(s, n, 0, "”");
  if (open == (size_t)-1 || close == (size_t)-1 || close < open || close - open - 3 > 12 ||
      n - 6 >= size || gw_find(s, n, close + 3, "“") != (size_t)-1)
    return 0;
  size_t k = 0;
  memcpy(buf + k, s, open), k += open;
  memcpy(buf + k, s + open + 3, close - open - 3), k += close - open - 3;
  memcpy(buf + k, s + close + 3, n - close - 3), k += n - close - 3;
  return k;
}

bool gw_unit_like(const char *s, size_t n) {
  if (!n || n > 160) return false;          /* names are short; check cheaply */
  if (gw_at(s, n, 0, "由")) s += 3, n -= 3; /* 由区应急局 */
  char plain[160];
  size_t pn = gw_text_has_any(s, n, "“”") ? unquoted_name(s, n, plain, sizeof plain) : 0;
  if (pn) s = plain, n = pn;
  size_t cps = gw_utf8_count(s, n);
  if (cps < 2 || cps > 40) return false;
  if (gw_text_has_any(s, n, "。；;：:！？!?%“”《》0123456789")) return false;
  size_t core = core_len(s, n);
  if (!core) return false;
  /* A heading's verb names no unit: 强化部门协同 is no 强化部门 that 协同. */
  static const gw_word VERB_FIRST[] = {
      GW_WORD("强化"), GW_WORD("加强"), GW_WORD("推进"), GW_WORD("推动"), GW_WORD("完善"),
      GW_WORD("健全"), GW_WORD("深化"), GW_WORD("提升"), GW_WORD("开展"), GW_WORD("做好"),
      GW_WORD("抓好"), GW_WORD("优化"), GW_WORD("规范"), GW_WORD("严格"), GW_WORD("注重"),
      GW_WORD("督促"), GW_WORD("指导"), GW_WORD("引导"), GW_WORD("要求"), GW_WORD("帮助"),
      GW_WORD("鼓励"), GW_WORD("对"),   GW_WORD("向"),   GW_WORD("在"),   GW_WORDS_END};
  if (gw_word_prefix(VERB_FIRST, s, n) >= 0) return false;
  return gw_word_suffix(SUFFIXES, s, core) >= 0;
}

bool gw_role_placeholder(const char *s, size_t n) {
  static const gw_word P[] = {GW_WORD("牵头单位"), GW_WORD("配合单位"), GW_WORD("责任单位"),
                              GW_WORD("协办单位"), GW_WORD("参与单位"), GW_WORD("牵头部门"),
                              GW_WORD("配合部门"), GW_WORD("责任部门"), GW_WORD("成员单位"),
                              GW_WORD("主办单位"), GW_WORD("承办单位"), GW_WORD("责任站所"),
                              GW_WORDS_END};
  size_t k = 0;
  if (gw_at(s, n, 0, "由")) k = 3;
  bool each = gw_at(s, n, k, "各");
  if (each) k += 3;
  if (gw_word_equal(P, s + k, n - k) >= 0) return true;
  /* 各项目牵头单位, 各相关责任单位: a role noun after a short word */
  int w = each ? gw_word_suffix(P, s + k, n - k) : -1;
  return w >= 0 && strcmp(P[w].s, "成员单位") != 0 && n - k - P[w].n <= 4 * 3;
}

/* Generic words that name no unit by themselves (人民政府 in 党委和人民政府). */
static bool bare_generic(const char *s, size_t n) {
  static const gw_word G[] = {
      GW_WORD("人民政府"), GW_WORD("政府"),   GW_WORD("管委会"), GW_WORD("党委"), GW_WORD("党工委"),
      GW_WORD("委员会"),   GW_WORD("办公室"), GW_WORD("机关"),   GW_WORD("部门"), GW_WORD("单位"),
      GW_WORD("纪委"),     GW_WORD("监委"),   GW_WORDS_END};
  return gw_word_equal(G, s, n) >= 0;
}

static bool prose(const char *s, size_t n) {
  if (n > 120 || gw_utf8_count(s, n) > 30) return true;
  if (gw_unit_like(s, n)) return false; /* also 各村“两委” */
  if (gw_text_has_any(s, n, "。；;：:！？!?%“”《》")) return true;
  /* Verbs of prose; single characters (要, 应) also occur inside names (应急局). */
  static const char *const W[] = {"必须", "加强", "推进", "开展", "做好", "确保",     "按照",
                                  "根据", "进行", "工作", "情况", "要求", "实施方案", NULL};
  for (size_t i = 0; W[i]; i++)
    if (contains(s, n, W[i])) return true;
  return false;
}

static void trim(const char *s, uint32_t *a, uint32_t *b) {
  while (*a < *b && (s[*a] == ' ' || s[*a] == '\n' || s[*a] == '\t')) (*a)++;
  while (*b > *a && (s[*b - 1] == ' ' || s[*b - 1] == '\n' || s[*b - 1] == '\t')) (*b)--;
  /* A stray 、 or 。 at either end. */
  while (*b >= *a + 3 && (gw_at(s, *b, *b - 3, "。") || gw_at(s, *b, *b - 3, "、"))) *b -= 3;
}

/* Cut "等" and what follows it: 区交警大队等负有安全监管职责的单位 -> 区交警大队. */
static void cut_deng(const char *s, uint32_t a, uint32_t *b) {
  size_t at = gw_find(s, *b, a, "等");
  while (at != (size_t)-1) {
    if (gw_unit_like(s + a, at - a) || at + 3 == *b) {
      *b = (uint32_t)at;
      return;
    }
    at = gw_find(s, *b, at + 3, "等");
  }
}

/* Split one element on 和/及/与/以及 when both sides are whole names. */
/* Does s[from..to) hold 和, 及 or 与? One pass, most names hold none. */
static bool has_conjunction(const char *s, uint32_t from, uint32_t to) {
  const unsigned char *u = (const unsigned char *)s;
  for (uint32_t i = from; i + 3 <= to; i++) {
    if (u[i] == 0xE5 &&
        ((u[i + 1] == 0x92 && u[i + 2] == 0x8C) || (u[i + 1] == 0x8F && u[i + 2] == 0x8A)))
      return true;                                                         /* 和 及 */
    if (u[i] == 0xE4 && u[i + 1] == 0xB8 && u[i + 2] == 0x8E) return true; /* 与 */
  }
  return false;
}

static void split_and(gw_arena *a, const char *s, uint32_t from, uint32_t to, gw_name_vec *out) {
  static const char *const AND[] = {"以及", "和", "及", "与", NULL};
  bool any = has_conjunction(s, from, to);
  for (size_t w = 0; AND[w] && any; w++) {
    size_t at = gw_find(s, to, from, AND[w]);
    while (at != (size_t)-1) {
      uint32_t ls = from, le = (uint32_t)at, rs = (uint32_t)(at + strlen(AND[w])), re = to;
      trim(s, &ls, &le);
      trim(s, &rs, &re);
      if (gw_unit_like(s + ls, le - ls) && gw_unit_like(s + rs, re - rs) &&
          !bare_generic(s + rs, re - rs)) {
        split_and(a, s, ls, le, out);
        split_and(a, s, rs, re, out);
        return;
      }
      at = gw_find(s, to, at + strlen(AND[w]), AND[w]);
    }
  }
  gw_name nm = {from, to};
  GW_VEC_PUSH(a, *out, nm);
}

static bool list_sep(const char *s, size_t n, size_t i, size_t *len) {
  if (s[i] == ',' || s[i] == ';' || s[i] == '\n') return *len = 1, true;
  if (gw_at(s, n, i, "、") || gw_at(s, n, i, "，") || gw_at(s, n, i, "；")) return *len = 3, true;
  return false;
}

/* 各区、县级市: 各 distributes over the kinds of place that follow it, so the
 * list is one collective (县级市 alone names no unit). */
static bool bare_place_kind(const char *s, size_t n) {
  static const gw_word K[] = {GW_WORD("区"),     GW_WORD("县"),   GW_WORD("市"), GW_WORD("县级市"),
                              GW_WORD("县区"),   GW_WORD("市区"), GW_WORD("乡"), GW_WORD("镇"),
                              GW_WORD("乡镇"),   GW_WORD("街道"), GW_WORD("村"), GW_WORD("社区"),
                              GW_WORD("开发区"), GW_WORD("园区"), GW_WORD("旗"), GW_WORDS_END};
  return gw_word_equal(K, s, n) >= 0;
}

static void distribute_ge(const char *s, gw_name_vec *v, size_t from) {
  size_t w = from;
  for (size_t r = from; r < v->len; r++) {
    gw_name cur = v->items[r];
    if (w > from && bare_place_kind(s + cur.start, cur.end - cur.start) &&
        gw_at(s, cur.end, v->items[w - 1].start, "各") &&
        bare_place_kind(s + v->items[w - 1].start + 3,
                        v->items[w - 1].end - v->items[w - 1].start - 3)) {
      v->items[w - 1].end = cur.end;
      continue;
    }
    v->items[w++] = cur;
  }
  v->len = w;
}

bool gw_split_units(gw_arena *a, const char *s, uint32_t from, uint32_t to, bool strict,
                    gw_name_vec *out) {
  size_t before = out->len;
  int depth = 0;
  bool ok = true, placeholder = false;
  for (uint32_t el = from;;) {
    size_t k = 0;
    uint32_t i = gw_text_next_sep(s, el, to, GW_BYTE_LIST, list_sep, &depth, &k);
    uint32_t ea = el, eb = i;
    trim(s, &ea, &eb);
    cut_deng(s, ea, &eb);
    trim(s, &ea, &eb);
    if (eb > ea && gw_role_placeholder(s + ea, eb - ea)) {
      placeholder = true; /* 各牵头单位负责: a list, of no unit of its own */
    } else if (eb > ea) {
      if (strict ? !gw_unit_like(s + ea, eb - ea) : prose(s + ea, eb - ea)) ok = false;
      if (ok) split_and(a, s, ea, eb, out);
    }
    if (i == to) break;
    el = i + (uint32_t)k;
  }
  if (!ok) out->len = before;
  distribute_ge(s, out, before);
  return ok && (out->len > before || placeholder);
}
