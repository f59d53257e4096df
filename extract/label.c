#include "label.h"

#include <string.h>

#include "../core/cnnum.h"
#include "../core/utf8.h"

static size_t skip_spaces(const char *s, size_t n, size_t i) {
  while (i < n && s[i] == ' ') i++;
  return i;
}

static bool is_open_paren(const char *s, size_t n, size_t i, size_t *len) {
  if (i < n && s[i] == '(') return *len = 1, true;
  if (gw_at(s, n, i, "（")) return *len = 3, true;
  return false;
}

static bool is_close_paren(const char *s, size_t n, size_t i, size_t *len) {
  if (i < n && s[i] == ')') return *len = 1, true;
  if (gw_at(s, n, i, "）")) return *len = 3, true;
  return false;
}

static bool is_dot(const char *s, size_t n, size_t i, size_t *len) {
  if (i < n && s[i] == '.') return *len = 1, true;
  if (gw_at(s, n, i, "．") || gw_at(s, n, i, "﹒") || gw_at(s, n, i, "。")) return *len = 3, true;
  return false;
}

static bool is_digit_at(const char *s, size_t n, size_t i) {
  return i < n && s[i] >= '0' && s[i] <= '9';
}

/* Digits at s[i] continue a decimal number: what follows them is a unit
 * of measure or another dot, not a date word or text. */
static bool decimal_after(const char *s, size_t n, size_t i) {
  while (i < n && s[i] >= '0' && s[i] <= '9') i++;
  if (i >= n) return true;
  static const char *const UNITS[] = {"%",  "‰",  ".",  "倍",   "万", "亿",   "元",
                                      "个", "米", "吨", "公里", "千", "平方", "立方",
                                      "亩", "人", "家", "项",   NULL};
  for (size_t u = 0; UNITS[u]; u++)
    if (gw_at(s, n, i, UNITS[u])) return true;
  return false;
}

static bool finish(gw_label *out, gw_label_style st, int num, const char *s, size_t n,
                   size_t number_end, size_t end) {
  out->style = st;
  out->number = num;
  out->number_len = number_end;
  out->len = skip_spaces(s, n, end);
  return true;
}

bool gw_label_parse(const char *s, size_t n, gw_label *out) {
  memset(out, 0, sizeof *out);
  size_t i = 0, k, pl;
  int v;
  if (n == 0) return false;
  /* （一） （1） */
  if (is_open_paren(s, n, 0, &pl)) {
    i = skip_spaces(s, n, pl);
    bool arabic = is_digit_at(s, n, i);
    size_t used = arabic ? gw_arabic_number_at(s, n, i, &v) : gw_cn_number_at(s, n, i, &v);
    if (!used || v == 0 || v > (arabic ? 199 : 99)) return false;
    i = skip_spaces(s, n, i + used);
    if (!is_close_paren(s, n, i, &pl)) return false;
    size_t end = i + pl;
    if (is_dot(s, n, end, &k) && !is_digit_at(s, n, end + k))
      end += k;
    else if (gw_at(s, n, end, "、"))
      end += 3;
    return finish(out, arabic ? GW_L_PAREN_AR : GW_L_PAREN_CN, v, s, n, i + pl, end);
  }
  /* 【1】 */
  if (gw_at(s, n, 0, "【") && is_digit_at(s, n, 3)) {
    size_t used = gw_arabic_number_at(s, n, 3, &v);
    if (!used || v == 0 || v > 199 || !gw_at(s, n, 3 + used, "】")) return false;
    return finish(out, GW_L_BRACKETED, v, s, n, 3 + used + 3, 3 + used + 3);
  }
  /* 1. 1、 1） */
  if (is_digit_at(s, n, 0)) {
    size_t used = gw_arabic_number_at(s, n, 0, &v);
    if (!used || v == 0 || v > 9999) return false;
    i = used;
    size_t j = skip_spaces(s, n, i);
    if (is_dot(s, n, j, &k)) {
      /* 1.5倍 is a number, but 4.6月上旬前… and 1.2023年… are items that
       * start with a date. */
      if (is_digit_at(s, n, j + k)) {
        /* 2.1 整治… : a second level, when a space follows (the outline
         * takes it only under an item 2.) */
        int m;
        size_t ml = gw_arabic_number_at(s, n, j + k, &m);
        size_t after = j + k + ml;
        /* 2.1.1 and trailing dots (2.1.<TAB>) as Word writes them */
        int sub = 0;
        if (ml && after + 1 < n && s[after] == '.' && is_digit_at(s, n, after + 1)) {
          size_t sl = gw_arabic_number_at(s, n, after + 1, &sub);
          if (sl && sub > 0 && sub < 100)
            after += 1 + sl;
          else
            sub = 0;
        }
        if (ml && after + 1 < n && s[after] == '.' && (s[after + 1] == ' ' || s[after + 1] == '\t'))
          after++;
        if (ml && m > 0 && m < 100 && after < n && (s[after] == ' ' || s[after] == '\t')) {
          out->major = v;
          out->major_len = j + k;
          if (sub) {
            out->minor = m;
            return finish(out, GW_L_AR_SUB2, sub, s, n, after, after);
          }
          return finish(out, GW_L_AR_SUB, m, s, n, after, after);
        }
        if (decimal_after(s, n, j + k)) return false;
      }
      if (gw_at(s, n, j, "。")) return false; /* a number ending a sentence */
      return finish(out, GW_L_AR_DOT, v, s, n, i, j + k);
    }
    if (gw_at(s, n, j, "、")) return finish(out, GW_L_AR_DUN, v, s, n, i, j + 3);
    if (is_close_paren(s, n, j, &k)) return finish(out, GW_L_AR_RPAREN, v, s, n, i, j + k);
    return false;
  }
  size_t j = 0;
  uint32_t cp = gw_utf8_next(s, n, &j);
  /* ① .. ⑳, ⑴ .. ⒇, ⒈ .. ⒛ */
  if (cp >= 0x2460 && cp <= 0x2473)
    return finish(out, GW_L_CIRCLED, (int)(cp - 0x2460 + 1), s, n, j, j);
  if (cp >= 0x2474 && cp <= 0x2487)
    return finish(out, GW_L_PAREN_AR, (int)(cp - 0x2474 + 1), s, n, j, j);
  if (cp >= 0x2488 && cp <= 0x249B)
    return finish(out, GW_L_AR_DOT, (int)(cp - 0x2488 + 1), s, n, j, j);
  /* —— */
  if (gw_at(s, n, 0, "——") || gw_at(s, n, 0, "──") || gw_at(s, n, 0, "－－")) {
    size_t end = 6;
    while (gw_at(s, n, end, "—")) end += 3;
    if (end >= n) return false;
    return finish(out, GW_L_DASH, 0, s, n, end, end);
  }
  /* 第一， 第一条 第一章 */
  if (gw_at(s, n, 0, "第")) {
    size_t used = gw_number_at(s, n, 3, &v);
    if (!used || v == 0 || v > 99) return false;
    i = 3 + used;
    if (gw_at(s, n, i, "条")) return finish(out, GW_L_DI_TIAO, v, s, n, i + 3, i + 3);
    if (gw_at(s, n, i, "阶段")) {
      size_t text = i + 6;
      if (gw_at(s, n, text, "："))
        text += 3;
      else if (text < n && s[text] == ':')
        text++;
      return finish(out, GW_L_DI_STAGE, v, s, n, i + 6, text);
    }
    /* major: which word (章 部分 节), for the label's name */
    if (gw_at(s, n, i, "章"))
      return out->major = 0, finish(out, GW_L_DI_PART, v, s, n, i + 3, i + 3);
    if (gw_at(s, n, i, "部分"))
      return out->major = 1, finish(out, GW_L_DI_PART, v, s, n, i + 6, i + 6);
    if (gw_at(s, n, i, "节"))
      return out->major = 2, finish(out, GW_L_DI_PART, v, s, n, i + 3, i + 3);
    if (gw_at(s, n, i, "，") || gw_at(s, n, i, "、") || gw_at(s, n, i, "是"))
      return finish(out, GW_L_DI, v, s, n, i, i + 3);
    if (i < n && s[i] == ',') return finish(out, GW_L_DI, v, s, n, i, i + 1);
    return false;
  }
  /* 一、 一是 一要 */
  if (gw_cn_digit_char(cp)) {
    size_t used = gw_cn_number_at(s, n, 0, &v);
    if (!used || v == 0 || v > 99) return false;
    i = used;
    size_t jj = skip_spaces(s, n, i);
    if (gw_at(s, n, jj, "、")) return finish(out, GW_L_CN_DUN, v, s, n, i, jj + 3);
    if (is_dot(s, n, jj, &k) && !gw_at(s, n, jj, "。"))
      return finish(out, GW_L_CN_DUN, v, s, n, i, jj + k);
    if (gw_at(s, n, i, "是") && !gw_at(s, n, i + 3, "否"))
      return finish(out, GW_L_CN_SHI, v, s, n, i + 3, i + 3);
    if (gw_at(s, n, i, "要") && !gw_at(s, n, i + 3, "素") && !gw_at(s, n, i + 3, "点") &&
        !gw_at(s, n, i + 3, "求"))
      return finish(out, GW_L_CN_YAO, v, s, n, i + 3, i + 3);
    return false;
  }
  return false;
}

bool gw_label_needs_start(gw_label_style style) {
  return style == GW_L_CN_SHI || style == GW_L_CN_YAO || style == GW_L_DI ||
         style == GW_L_CIRCLED || style == GW_L_DI_TIAO || style == GW_L_DI_STAGE;
}

/* A label's name, written into a caller's buffer (cut at its size). */
typedef struct name_out {
  char *buf;
  size_t size, len;
} name_out;

static void put(name_out *o, const char *s) {
  size_t n = strlen(s);
  if (n > o->size - 1 - o->len) n = o->size - 1 - o->len;
  memcpy(o->buf + o->len, s, n);
  o->len += n;
  o->buf[o->len] = 0;
}

static void put_decimal(name_out *o, int v) {
  char num[GW_NUMBER_MAX];
  gw_format_decimal(v, num);
  put(o, num);
}

/* A number in digits between two brackets: （3）, 【3】 */
static void put_enclosed(name_out *o, const char *open, int v, const char *close) {
  put(o, open);
  put_decimal(o, v);
  put(o, close);
}

/* 一 … 九十九; other numbers in digits */
static void put_cn(name_out *o, int v) {
  if (v <= 0 || v > 99) {
    put_decimal(o, v);
    return;
  }
  char num[GW_NUMBER_MAX];
  gw_cn_format(&gw_cn_counting, v, num);
  put(o, num);
}

const char *gw_label_name(const gw_label *l, char *buf, size_t size) {
  name_out o = {buf, size, 0};
  buf[0] = 0;
  switch (l->style) {
  case GW_L_CN_DUN:
    put_cn(&o, l->number);
    break;
  case GW_L_PAREN_CN:
    put(&o, "（");
    put_cn(&o, l->number);
    put(&o, "）");
    break;
  case GW_L_PAREN_AR:
    put_enclosed(&o, "（", l->number, "）");
    break;
  case GW_L_CIRCLED: {
    char enc[5] = {0};
    gw_utf8_encode(0x2460 + (uint32_t)l->number - 1, enc);
    put(&o, enc);
    break;
  }
  case GW_L_BRACKETED:
    put_enclosed(&o, "【", l->number, "】");
    break;
  case GW_L_AR_SUB:
  case GW_L_AR_SUB2:
    put_decimal(&o, l->major);
    put(&o, ".");
    if (l->style == GW_L_AR_SUB2) {
      put_decimal(&o, l->minor);
      put(&o, ".");
    }
    put_decimal(&o, l->number);
    break;
  case GW_L_CN_SHI:
    put_cn(&o, l->number);
    put(&o, "是");
    break;
  case GW_L_CN_YAO:
    put_cn(&o, l->number);
    put(&o, "要");
    break;
  case GW_L_DI:
  case GW_L_DI_TIAO:
  case GW_L_DI_PART:
  case GW_L_DI_STAGE:
    put(&o, "第");
    put_cn(&o, l->number);
    if (l->style == GW_L_DI_TIAO) put(&o, "条");
    if (l->style == GW_L_DI_STAGE) put(&o, "阶段");
    if (l->style == GW_L_DI_PART) put(&o, l->major == 1 ? "部分" : l->major == 2 ? "节" : "章");
    break;
  case GW_L_DASH:
    put(&o, "——");
    put_decimal(&o, l->number);
    break;
  case GW_L_MATTER:
    put(&o, "事项");
    put_decimal(&o, l->number);
    break;
  default: /* 1. 1、 1) and others */
    put_decimal(&o, l->number);
    break;
  }
  return buf;
}
