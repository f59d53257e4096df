#include "text.h"

#include <string.h>

#include "../core/utf8.h"

#define ALL (GW_BYTE_BRACKET | GW_BYTE_CLAUSE | GW_BYTE_LIST)
const uint8_t gw_text_byte_class[256] = {
    ['('] = ALL,
    [')'] = ALL,
    ['['] = ALL,
    [']'] = ALL,
    [0xE2] = ALL,
    [0xE3] = ALL,
    [0xEF] = ALL, /* “” 《》（）【】，；。、 */
    [','] = GW_BYTE_CLAUSE | GW_BYTE_LIST,
    [';'] = GW_BYTE_CLAUSE | GW_BYTE_LIST,
    ['\n'] = GW_BYTE_LIST,
};
#undef ALL

void gw_text_put_nospace(gw_textbuf *b, const char *s, size_t n) {
  gw_textbuf_reserve(b, n);
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') b->data[b->len++] = s[i];
  b->data[b->len] = 0;
}

bool gw_text_has_any(const char *s, size_t n, const char *set) {
  /* A whole UTF-8 sequence can only match the set at a character boundary,
   * so each character of s is looked up as bytes: no decoding of either. */
  size_t sl = strlen(set);
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    /* Han characters (lead bytes E4..E9) are never in a punctuation set. */
    if (c >= 0xE4 && c <= 0xE9) {
      i += 3;
      continue;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      i++;
      continue;
    }
    size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (len > n - i) len = n - i;
    if (gw_find_n(set, sl, 0, s + i, len) != (size_t)-1) return true;
    i += len;
  }
  return false;
}

char *gw_text_strip_spaces(gw_arena *a, const char *s, size_t n) {
  char *out = gw_arena_alloc(a, n + 1);
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') out[k++] = s[i];
  out[k] = 0;
  return out;
}

char *gw_text_squeeze_spaces(gw_arena *a, const char *s, size_t n) {
  char *out = gw_arena_alloc(a, n + 1);
  size_t k = 0;
  bool space = false;
  for (size_t i = 0; i < n; i++) {
    char ch = s[i] == '\t' || s[i] == '\n' ? ' ' : s[i];
    if (ch == ' ') {
      space = k > 0;
      continue;
    }
    if (space) out[k++] = ' ';
    space = false;
    out[k++] = ch;
  }
  out[k] = 0;
  return out;
}

static const char *const ORG_SUFFIXES[] = {
    "人民政府", "政府",   "办公室", "办公厅",   "委员会", "办事处", "党委", "党工委", "党组",
    "工委",     "管委会", "指挥部", "领导小组", "小组",   "局",     "委",   "厅",     "部",
    "院",       "中心",   "公司",   "集团",     "大队",   "支队",   "所",   "站",     "会",
    "办",       "处",     "署",     "街道",     "室",     NULL};

bool gw_text_org_like(const char *s, size_t n) {
  size_t cps = gw_utf8_count(s, n);
  if (cps < 2 || cps > 48) return false;
  /* … and no breadcrumb (首页 > 信息公开 > 市政府办公室) */
  if (gw_text_has_any(s, n, "。，,；;：:！？!?“”\"《》、（）()>＞|/")) return false;
  /* Digits only in a year or a share in the name of a campaign's office
   * (2025年全国1%人口抽样调查领导小组办公室), never in a date. */
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') continue;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    if (!gw_at(s, n, i, "年") && !gw_at(s, n, i, "%")) return false;
  }
  for (size_t i = 0; ORG_SUFFIXES[i]; i++)
    if (gw_ends_with(s, n, ORG_SUFFIXES[i])) return true;
  return false;
}

size_t gw_text_bracket_slow(const char *s, size_t n, size_t i, int *dir) {
  /* By the last byte, after E2 80 (“ ”), E3 80 (〈〉《》【】〔〕) and
   * EF BC (（）［］): 1 opens, -1 closes. */
  static const int8_t E2_80[64] = {[0x1C] = 1, [0x1D] = -1};
  static const int8_t E3_80[64] = {[0x08] = 1, [0x09] = -1, [0x0A] = 1, [0x0B] = -1,
                                   [0x10] = 1, [0x11] = -1, [0x14] = 1, [0x15] = -1};
  static const int8_t EF_BC[64] = {[0x08] = 1, [0x09] = -1, [0x3B] = 1, [0x3D] = -1};
  unsigned char c = (unsigned char)s[i];
  if (c == '(' || c == '[') return *dir = 1, 1;
  if (c == ')' || c == ']') return *dir = -1, 1;
  if (n - i < 3) return 0;
  unsigned char c1 = (unsigned char)s[i + 1], c2 = (unsigned char)s[i + 2];
  if ((c2 & 0xC0) != 0x80) return 0;
  const int8_t *last = c == 0xE2 && c1 == 0x80   ? E2_80
                       : c == 0xE3 && c1 == 0x80 ? E3_80
                       : c == 0xEF && c1 == 0xBC ? EF_BC
                                                 : NULL;
  if (!last || !last[c2 & 0x3F]) return 0;
  *dir = last[c2 & 0x3F];
  return 3;
}

size_t gw_text_match_close(const char *s, size_t n, size_t open) {
  int depth = 0;
  size_t i = open;
  /* A parenthetical or a quoted title is short: looking further would make
   * a text of unmatched brackets quadratic. */
  if (n - open > GW_BRACKET_REACH) n = open + GW_BRACKET_REACH;
  while (i < n) {
    int dir;
    size_t k = gw_text_bracket(s, n, i, &dir);
    if (!k) {
      i++;
      continue;
    }
    /* “ opens and ” closes; a straight quote would be ambiguous. */
    depth += dir;
    if (depth == 0) return i;
    if (depth < 0) return (size_t)-1;
    i += k;
  }
  return (size_t)-1;
}

void gw_closer_init(gw_closer *m, gw_arena *a, const char *s, size_t n) {
  memset(m, 0, sizeof *m);
  m->a = a, m->s = s, m->n = n;
}

/* Every opening bracket from `from` on, paired by a stack: a bracket's
 * closing one is where the depth counted from it first comes back to zero,
 * which is what gw_text_match_close scans for, kept only within its reach. */
static void pair_brackets(gw_closer *m, size_t from) {
  const char *s = m->s;
  size_t n = m->n, count = 0;
  int dir;
  for (size_t i = from; (i = gw_text_skip_to(s, (uint32_t)i, (uint32_t)n, GW_BYTE_BRACKET)) < n;) {
    size_t k = gw_text_bracket(s, n, i, &dir);
    count += k && dir > 0;
    i += k ? k : 1;
  }
  m->opens = gw_arena_alloc(m->a, (count + 1) * sizeof *m->opens);
  m->closes = gw_arena_alloc(m->a, (count + 1) * sizeof *m->closes);
  uint32_t *stack = gw_arena_alloc(m->a, (count + 1) * sizeof *stack);
  size_t depth = 0;
  for (size_t i = from; (i = gw_text_skip_to(s, (uint32_t)i, (uint32_t)n, GW_BYTE_BRACKET)) < n;) {
    size_t k = gw_text_bracket(s, n, i, &dir);
    if (!k) {
      i++;
      continue;
    }
    if (dir > 0) {
      m->opens[m->len] = (uint32_t)i;
      m->closes[m->len] = UINT32_MAX;
      stack[depth++] = (uint32_t)m->len++;
    } else if (depth) {
      uint32_t o = stack[--depth];
      if (i + k <= (size_t)m->opens[o] + GW_BRACKET_REACH) m->closes[o] = (uint32_t)i;
    }
    i += k;
  }
  m->paired = true;
}

size_t gw_closer_find(gw_closer *m, size_t open) {
  if (!m->paired) {
    size_t close = gw_text_match_close(m->s, m->n, open);
    if (close != (size_t)-1) return close;
    pair_brackets(m, open);
  }
  while (m->next < m->len && m->opens[m->next] < open) m->next++;
  if (m->next < m->len && m->opens[m->next] == open)
    return m->closes[m->next] == UINT32_MAX ? (size_t)-1 : m->closes[m->next];
  return gw_text_match_close(m->s, m->n, open); /* asked out of order */
}

static void push_piece(gw_arena *a, const char *s, size_t from, size_t to, gw_strvec *out) {
  while (from < to && s[from] == ' ') from++;
  while (to > from && s[to - 1] == ' ') to--;
  if (to > from) GW_VEC_PUSH(a, *out, gw_text_squeeze_spaces(a, s + from, to - from));
}

/* 、 as well as a comma or semicolon */
static bool comma_or_dun(const char *s, size_t n, size_t i, size_t *len) {
  if (gw_text_comma_at(s, n, i, len)) return true;
  return gw_at(s, n, i, "、") && (*len = 3);
}

void gw_text_split_list(gw_arena *a, const char *s, size_t n, gw_strvec *out, bool commas_first) {
  size_t k = 0;
  int depth = 0;
  uint32_t to = (uint32_t)n;
  bool dun =
      !commas_first || gw_text_next_sep(s, 0, to, GW_BYTE_LIST, gw_text_comma_at, &depth, &k) == to;
  depth = 0;
  for (uint32_t from = 0;;) {
    uint32_t i = gw_text_next_sep(s, from, to, GW_BYTE_LIST, dun ? comma_or_dun : gw_text_comma_at,
                                  &depth, &k);
    push_piece(a, s, from, i, out);
    if (i == to) break;
    from = i + (uint32_t)k;
  }
}
