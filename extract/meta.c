/* The notice's own metadata (GB/T 9704-2012 elements) and its parts: the
 * cover notice, the document it issues (关于印发《…》的通知), attachments.
 * Lines that carry metadata are marked so the outline does not read them as
 * task text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/cnnum.h"
#include "../core/utf8.h"
#include "../core/words.h"
#include "ctx.h"
#include "dates.h"
#include "label.h"
#include "text.h"

/* How far into the document the head (发文字号, 标题, 主送机关) may reach. */
enum { HEAD_MAX_BLOCKS = 80, TITLE_MAX_LINES = 4 };

/* Words a 公文 title ends with that name its type (GB/T 9704 and practice). */
static const char *const DOC_TYPES[] = {
    "通知", "通报", "意见", "方案", "要点", "决定", "报告", "纪要", "请示", "批复", "公告", "通告",
    "办法", "规定", "细则", "规划", "计划", "决议", "命令", "议案", "公报", "函",   NULL};

/* Further words an issued document's title may end with. */
static const char *const TITLE_ENDINGS[] = {
    "措施", "分解", "清单", "安排", "制度",   "规则", "标准", "指引", "指南", "任务", "分工",
    "纲要", "预案", "目标", "台账", "分解表", "机制", "要求", "总结", "工作", NULL};

const char *gw_block_trimmed(const gw_ctx *c, size_t b, size_t *len) {
  const gw_block *blk = &c->doc->blocks.items[b];
  const char *t = c->doc->text;
  uint32_t s = blk->start, e = blk->end;
  if (blk->kind != GW_BLOCK_LINE) {
    *len = 0;
    return t + s;
  }
  while (s < e && (t[s] == ' ' || t[s] == '\t')) s++;
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
  *len = e - s;
  return t + s;
}

static bool is_line(const gw_ctx *c, size_t b) {
  return c->doc->blocks.items[b].kind == GW_BLOCK_LINE;
}

static bool blank_line(const gw_ctx *c, size_t b) {
  size_t n;
  gw_block_trimmed(c, b, &n);
  return is_line(c, b) && n == 0;
}

static void mark(gw_ctx *c, size_t b) {
  c->line_role[b] = GW_LINE_META;
}

static gw_span span_of(const gw_ctx *c, size_t first, size_t last) {
  size_t n;
  const char *s = gw_block_trimmed(c, first, &n);
  gw_span sp = {(uint32_t)(s - c->doc->text), 0};
  s = gw_block_trimmed(c, last, &n);
  sp.end = (uint32_t)(s - c->doc->text + n);
  return sp;
}

/* Next non-blank line after b (skipping at most `max_blank` blank lines). */
static size_t next_line(const gw_ctx *c, size_t b, size_t max_blank) {
  size_t nb = c->doc->blocks.len, skipped = 0;
  for (size_t k = b + 1; k < nb; k++) {
    if (!is_line(c, k)) return nb;
    if (!blank_line(c, k)) return k;
    if (++skipped > max_blank) return nb;
  }
  return nb;
}

static size_t prev_line(const gw_ctx *c, size_t b, size_t max_blank) {
  size_t skipped = 0;
  for (size_t k = b; k-- > 0;) {
    if (!is_line(c, k)) return (size_t)-1;
    if (!blank_line(c, k)) return k;
    if (++skipped > max_blank) return (size_t)-1;
  }
  return (size_t)-1;
}

static const char *ending_in(const char *s, size_t n, const char *const *words) {
  for (size_t i = 0; words[i]; i++)
    if (gw_ends_with(s, n, words[i])) return words[i];
  return NULL;
}

static bool title_like(const char *s, size_t n) {
  return n && !gw_text_has_any(s, n, GW_SENTENCE_PUNCT ":：") && gw_utf8_count(s, n) <= 60;
}

/* Past a colon (：or :) at s[k]; k itself when there is none. */
static size_t skip_colon(const char *s, size_t n, size_t k) {
  if (gw_at(s, n, k, "：")) return k + 3;
  if (k < n && s[k] == ':') return k + 1;
  return k;
}

/* ---- 发文字号, 签发人, 发文机关标志 ------------------------------------ */

static void doc_number(gw_ctx *c, size_t head_end) {
  gw_docmeta *m = &c->cat->meta;
  const gw_patterns *p = &c->ex->patterns;
  int g_num = gw_pattern_group(p, GW_PAT_DOC_NUMBER, GW_G_NUM);
  int g_signer = gw_pattern_group(p, GW_PAT_DOC_NUMBER, GW_G_SIGNER);
  for (size_t b = 0; b < head_end; b++) {
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!is_line(c, b) || n == 0 || n > 160) continue;
    size_t *ov;
    if (!gw_pattern_match(p, GW_PAT_DOC_NUMBER, c->md, s, n, 0, &ov)) continue;
    uint32_t base = (uint32_t)(s - c->doc->text);
    m->doc_number.value =
        gw_text_strip_spaces(c->a, s + ov[2 * g_num], ov[2 * g_num + 1] - ov[2 * g_num]);
    m->doc_number.span =
        (gw_span){base + (uint32_t)ov[2 * g_num], base + (uint32_t)ov[2 * g_num + 1]};
    if (ov[2 * g_signer] != PCRE2_UNSET) {
      m->signer.value =
          gw_arena_strndup(c->a, s + ov[2 * g_signer], ov[2 * g_signer + 1] - ov[2 * g_signer]);
      m->signer.span =
          (gw_span){base + (uint32_t)ov[2 * g_signer], base + (uint32_t)ov[2 * g_signer + 1]};
    }
    mark(c, b);
    return;
  }
}

static void signer_line(gw_ctx *c, size_t head_end) {
  gw_docmeta *m = &c->cat->meta;
  for (size_t b = 0; b < head_end; b++) {
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!is_line(c, b) || !gw_at(s, n, 0, "签发人")) continue;
    size_t k = skip_colon(s, n, 9);
    while (k < n && s[k] == ' ') k++;
    if (!m->signer.value && k < n) {
      uint32_t base = (uint32_t)(s - c->doc->text);
      m->signer.value = gw_arena_strndup(c->a, s + k, n - k);
      m->signer.span = (gw_span){base + (uint32_t)k, base + (uint32_t)n};
    }
    mark(c, b);
  }
}

/* 发文机关标志: "XX人民政府文件". */
static size_t issuer_mark(gw_ctx *c, size_t head_end) {
  for (size_t b = 0; b < head_end; b++) {
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!is_line(c, b) || !gw_ends_with(s, n, "文件") || n <= 6) continue;
    if (!gw_text_org_like(s, n - 6)) continue;
    gw_meta_field *f = &c->cat->meta.issuer;
    f->value = gw_text_strip_spaces(c->a, s, n - 6);
    f->span = span_of(c, b, b);
    f->span.end -= 6;
    mark(c, b);
    return b;
  }
  return (size_t)-1;
}

/* ---- 标题 ----------------------------------------------------------- */

static bool attachment_heading(const char *s, size_t n, char *label, size_t size);

typedef struct title_block {
  size_t first, last;
  char *text; /* spaces removed */
} title_block;

static size_t count_of(const char *s, size_t n, const char *lit) {
  size_t k = 0;
  for (size_t at = gw_find(s, n, 0, lit); at != (size_t)-1; at = gw_find(s, n, at + 3, lit)) k++;
  return k;
}

/* Join title lines from `first` while the title has not reached its type
 * word: 关于印发2021年全镇工贸行业安全生产 / 工作要点的通知. */
static bool join_title(gw_ctx *c, size_t first, size_t limit, bool need_type, title_block *out) {
  gw_textbuf acc;
  gw_textbuf_init(&acc, c->a, 0);
  size_t b = first, last = first;
  for (int lines = 0; lines < TITLE_MAX_LINES && b < limit; lines++) {
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!title_like(s, n)) break;
    gw_text_put_nospace(&acc, s, n);
    last = b;
    /* 关于印发《…政府工作报告 / 重点工作任务分工方案》的通知: a type word inside
     * an open 《 ends no title */
    bool open_title = count_of(acc.data, acc.len, "《") > count_of(acc.data, acc.len, "》");
    if (!open_title &&
        (ending_in(acc.data, acc.len, DOC_TYPES) || ending_in(acc.data, acc.len, TITLE_ENDINGS))) {
      out->first = first;
      out->last = last;
      out->text = acc.data;
      return true;
    }
    b = next_line(c, b, 1);
  }
  if (need_type || acc.len == 0) return false;
  /* A title without a type word (县卫健委2021年政府工作报告任务分解): one line. */
  size_t n;
  const char *s = gw_block_trimmed(c, first, &n);
  out->first = out->last = first;
  out->text = gw_text_strip_spaces(c->a, s, n);
  return true;
}

static bool lead_line_skippable(gw_ctx *c, size_t b) {
  size_t n;
  const char *s = gw_block_trimmed(c, b, &n);
  return c->line_role[b] == GW_LINE_META || n == 0 || gw_at(s, n, 0, "签发人");
}

static bool find_title(gw_ctx *c, size_t head_end, title_block *t) {
  /* A title with 关于 on a line of its own wins; one with the issuer in
   * front of 关于 on the same line comes next. */
  size_t prefixed = (size_t)-1;
  for (size_t b = 0; b < head_end; b++) {
    if (!is_line(c, b) || c->line_role[b] == GW_LINE_META) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    size_t at = gw_find(s, n, 0, "关于");
    if (at == (size_t)-1 || !title_like(s, n)) continue;
    /* 关于 inside 《》 is part of a quoted title, not this one's. */
    size_t quote = gw_find(s, n, 0, "《");
    if (quote != (size_t)-1 && quote < at) continue;
    title_block tb;
    if (!join_title(c, b, head_end, true, &tb)) continue;
    if (at == 0) {
      *t = tb;
      return true;
    }
    if (prefixed == (size_t)-1) prefixed = b;
  }
  if (prefixed != (size_t)-1) return join_title(c, prefixed, head_end, true, t);
  /* No 关于 title: the first line of the text, when it reads as a title;
   * the issuer's masthead (某某局, 某某县人民政府文件) above it is passed. */
  bool masthead = false;
  for (size_t b = 0; b < head_end; b++) {
    if (!is_line(c, b)) return false;
    if (lead_line_skippable(c, b)) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!masthead && title_like(s, n) &&
        (gw_text_org_like(s, n) || (gw_ends_with(s, n, "文件") && gw_text_org_like(s, n - 6)))) {
      masthead = true;
      continue;
    }
    gw_label lab;
    char part[32];
    if (!title_like(s, n) || gw_text_org_like(s, n) || gw_label_parse(s, n, &lab) ||
        attachment_heading(s, n, part, sizeof part))
      return false;
    /* Page 7 - ..., |, (note): a title starts with a Han character or a digit. */
    if ((unsigned char)s[0] < 0x80 && !(s[0] >= '0' && s[0] <= '9')) return false;
    gw_ymd d;
    if (gw_parse_ymd(s, n, 0, &d) == n) return false;
    return join_title(c, b, head_end, false, t);
  }
  return false;
}

static void set_title(gw_ctx *c, const title_block *t) {
  gw_docmeta *m = &c->cat->meta;
  m->title.value = t->text;
  m->title.span = span_of(c, t->first, t->last);
  size_t n = strlen(t->text);
  const char *type = ending_in(t->text, n, DOC_TYPES);
  if (type) {
    m->doc_type.value = type;
    m->doc_type.span = m->title.span;
    m->doc_type.span.start = m->title.span.end - (uint32_t)strlen(type);
  }
  for (size_t b = t->first; b <= t->last; b++) mark(c, b);
}

/* The issuer on its own line(s) right above a title that starts with 关于. */
/* Organisation lines right above block b (one issuer, or joint issuers one
 * a line: 中共…委员会 / …人民政府), at most three, with up to `blanks_first`
 * blank lines above b and `blanks_between` between them. They are marked as
 * metadata and, joined by spaces, are the issuer unless one is known. */
static void issuer_lines_above(gw_ctx *c, size_t b, size_t blanks_first, size_t blanks_between) {
  size_t first = (size_t)-1, last = (size_t)-1, n;
  for (int lines = 0; lines < 3; lines++) {
    size_t p = prev_line(c, b, lines ? blanks_between : blanks_first);
    if (p == (size_t)-1 || c->line_role[p] == GW_LINE_META) break;
    const char *s = gw_block_trimmed(c, p, &n);
    if (!gw_text_org_like(s, n)) break;
    if (last == (size_t)-1) last = p;
    first = p;
    b = p;
  }
  if (first == (size_t)-1) return;
  gw_textbuf acc;
  gw_textbuf_init(&acc, c->a, 0);
  for (size_t q = first; q <= last; q++) {
    const char *s = gw_block_trimmed(c, q, &n);
    if (!n) continue;
    if (acc.len) gw_textbuf_put(&acc, " ", 1);
    gw_textbuf_put(&acc, s, n);
    mark(c, q);
  }
  gw_meta_field *f = &c->cat->meta.issuer;
  if (!f->value) {
    f->value = gw_text_squeeze_spaces(c->a, acc.data, acc.len);
    f->span = span_of(c, first, last);
  }
}

static void issuer_above_title(gw_ctx *c, const title_block *t) {
  size_t n;
  const char *s = gw_block_trimmed(c, t->first, &n);
  if (gw_at(s, n, 0, "关于")) issuer_lines_above(c, t->first, 2, 0);
}

/* ---- 主送机关 -------------------------------------------------------- */

static bool label_line(const char *s, size_t n) {
  static const char *const LABELS[] = {"附件",     "抄送",  "主题词", "关键词", "名称", "名 称",
                                       "索引号",   "索 引", "文号",   "文 号",  "发布", "来源",
                                       "文章来源", "主送",  "联系人", "电话",   NULL};
  for (size_t i = 0; LABELS[i]; i++)
    if (gw_at(s, n, 0, LABELS[i])) return true;
  return false;
}

/* Bytes of a ， 、 or , that ends a line, 0 if none. */
static size_t list_separator_at_end(const char *s, size_t n) {
  if (gw_ends_with(s, n, "，") || gw_ends_with(s, n, "、")) return 3;
  return n && s[n - 1] == ',' ? 1 : 0;
}

/* A line of a list that goes on to the next line: it ends in a separator,
 * and is neither a sentence nor a labelled line. */
static bool continues_list(const gw_ctx *c, size_t b) {
  if (!is_line(c, b) || c->line_role[b] == GW_LINE_META) return false;
  size_t n;
  const char *s = gw_block_trimmed(c, b, &n);
  return n && list_separator_at_end(s, n) && !label_line(s, n) && !gw_text_has_any(s, n, "。：:") &&
         gw_utf8_count(s, n) <= 150;
}

static void recipients(gw_ctx *c, size_t from, size_t head_end) {
  size_t seen = 0;
  for (size_t b = from; b < head_end && seen < 6; b++) {
    if (!is_line(c, b) || c->line_role[b] == GW_LINE_META) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!n) continue;
    seen++;
    bool colon = gw_ends_with(s, n, "：") || gw_ends_with(s, n, ":");
    if (!colon || label_line(s, n) || gw_text_has_any(s, n, "。") || gw_utf8_count(s, n) > 150)
      continue;
    /* A long list wraps: lines above that end in ， or 、 begin it. */
    size_t first = b;
    while (first > from && continues_list(c, first - 1)) first--;
    for (size_t k = first; k < b; k++) {
      size_t kn;
      const char *ks = gw_block_trimmed(c, k, &kn);
      gw_text_split_list(c->a, ks, kn - list_separator_at_end(ks, kn), &c->cat->meta.recipients,
                         true);
      mark(c, k);
    }
    size_t body = n - (gw_ends_with(s, n, "：") ? 3 : 1);
    gw_text_split_list(c->a, s, body, &c->cat->meta.recipients, true);
    mark(c, b);
    return;
  }
}

/* ---- 成文日期, 署名, 印发, 抄送, 公开 ------------------------------------ */

static bool full_date_line(const char *s, size_t n, gw_ymd *d) {
  return n && gw_parse_ymd(s, n, 0, d) == n && d->y && d->m && d->d;
}

static size_t date_and_signature(gw_ctx *c) {
  gw_docmeta *m = &c->cat->meta;
  size_t nb = c->doc->blocks.len;
  for (size_t b = 0; b < nb; b++) {
    if (!is_line(c, b)) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    gw_ymd d;
    if (!full_date_line(s, n, &d)) continue;
    m->date = gw_date_make(d.y, d.m, d.d);
    if (!gw_date_set(m->date)) continue;
    m->date_span = span_of(c, b, b);
    mark(c, b);
    /* A second copy of the date (web pages repeat it) is metadata too. */
    size_t nx = next_line(c, b, 1);
    if (nx < nb) {
      size_t n2;
      const char *s2 = gw_block_trimmed(c, nx, &n2);
      if (n2 == n && !memcmp(s, s2, n)) mark(c, nx);
    }
    /* The signature: organisation lines right above the date. */
    issuer_lines_above(c, b, 3, 3);
    return b;
  }
  return (size_t)-1;
}

static void end_matter(gw_ctx *c) {
  gw_docmeta *m = &c->cat->meta;
  size_t nb = c->doc->blocks.len;
  for (size_t b = 0; b < nb; b++) {
    if (!is_line(c, b)) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!n) continue;
    /* 印发: "XX办公室   2021年3月15日印发" */
    if (gw_ends_with(s, n, "印发") && n > 6) {
      size_t end = n - 6;
      while (end > 0 && s[end - 1] == ' ') end--;
      /* find the date that ends at `end` */
      for (size_t k = 0; k < end; k++) {
        gw_ymd d;
        if ((unsigned char)s[k] >= 0x80 && (s[k] & 0xC0) == 0x80) continue;
        if (gw_parse_ymd(s, end, k, &d) == end - k && d.y && d.m && d.d) {
          uint32_t base = (uint32_t)(s - c->doc->text);
          while (k < end && s[k] == ' ') k++;
          m->printed_date = gw_date_make(d.y, d.m, d.d);
          m->printed_date_span = (gw_span){base + (uint32_t)k, base + (uint32_t)end};
          size_t pe = k;
          while (pe > 0 && s[pe - 1] == ' ') pe--;
          if (pe) {
            m->printed_by.value = gw_text_squeeze_spaces(c->a, s, pe);
            m->printed_by.span = (gw_span){base, base + (uint32_t)pe};
          }
          mark(c, b);
          break;
        }
      }
      continue;
    }
    /* 抄送：A，B。 (may wrap onto the next line) */
    if (gw_at(s, n, 0, "抄送")) {
      size_t k = skip_colon(s, n, 6);
      if (k == 6) continue;
      size_t e = n - list_separator_at_end(s, n);
      if (gw_ends_with(s, e, "。")) e -= 3;
      gw_text_split_list(c->a, s + k, e - k, &m->cc, false);
      mark(c, b);
      /* 抄送：A，B，\n　　　C，D。 */
      bool more = e < n && !gw_ends_with(s, n, "。");
      while (more && b + 1 < nb && is_line(c, b + 1) && c->line_role[b + 1] != GW_LINE_META) {
        size_t kn;
        const char *ks = gw_block_trimmed(c, b + 1, &kn);
        if (!kn || label_line(ks, kn) || gw_text_has_any(ks, kn, "：:")) break;
        size_t ke = kn - list_separator_at_end(ks, kn);
        more = ke < kn;
        if (gw_ends_with(ks, ke, "。")) ke -= 3;
        gw_text_split_list(c->a, ks, ke, &m->cc, false);
        mark(c, ++b);
      }
      continue;
    }
    /* （此件公开发布） */
    if (n < 40 &&
        (gw_find(s, n, 0, "公开发布") != (size_t)-1 || gw_find(s, n, 0, "主动公开") != (size_t)-1 ||
         gw_find(s, n, 0, "不予公开") != (size_t)-1 || gw_find(s, n, 0, "不公开") != (size_t)-1 ||
         gw_find(s, n, 0, "依申请公开") != (size_t)-1)) {
      bool paren = gw_at(s, n, 0, "（") || s[0] == '(';
      if (paren || gw_at(s, n, 0, "此件")) {
        bool neg = gw_find(s, n, 0, "不予公开") != (size_t)-1 ||
                   gw_find(s, n, 0, "不公开") != (size_t)-1 ||
                   gw_find(s, n, 0, "依申请公开") != (size_t)-1;
        m->is_public = neg ? 0 : 1;
        mark(c, b);
      }
    }
  }
}

/* ---- 附件 ------------------------------------------------------------ */

/* "附件1", "附件 2：", "附件" alone on a line. */
static bool attachment_heading(const char *s, size_t n, char *label, size_t size) {
  if (!gw_at(s, n, 0, "附件")) return false;
  size_t k = 6;
  while (k < n && s[k] == ' ') k++;
  int v = 0;
  size_t used = 0;
  if (k < n) used = gw_number_at(s, n, k, &v);
  k += used;
  while (k < n && s[k] == ' ') k++;
  k = skip_colon(s, n, k);
  if (k != n) return false;
  if (used)
    snprintf(label, size, "附件%d", v);
  else
    snprintf(label, size, "附件");
  return true;
}

static void attachments(gw_ctx *c) {
  gw_docmeta *m = &c->cat->meta;
  size_t nb = c->doc->blocks.len;
  for (size_t b = 0; b < nb; b++) {
    if (!is_line(c, b)) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    char label[32];
    if (attachment_heading(s, n, label, sizeof label)) {
      mark(c, b);
      gw_part p = {(uint32_t)b, gw_arena_strdup(c->a, label)};
      GW_VEC_PUSH(c->a, c->parts, p);
      /* Its title: the next lines, when they read as one. */
      size_t t = next_line(c, b, 2);
      title_block tb;
      if (t < nb && join_title(c, t, nb, false, &tb))
        for (size_t q = tb.first; q <= tb.last; q++) mark(c, q);
      continue;
    }
    /* 附件说明: "附件：1.XXX" then "2.XXX" lines. */
    if (gw_at(s, n, 0, "附件") && n > 9) {
      size_t k = skip_colon(s, n, 6);
      if (k == 6) continue;
      while (k < n && s[k] == ' ') k++;
      int expect = 1;
      size_t q = b;
      const char *qs = s + k;
      size_t qn = n - k;
      for (;;) {
        gw_label lab;
        size_t body = 0;
        if (gw_label_parse(qs, qn, &lab) &&
            (lab.style == GW_L_AR_DOT || lab.style == GW_L_AR_DUN) && lab.number == expect) {
          body = lab.len;
        } else if (q != b) {
          break;
        }
        size_t e = qn;
        if (gw_ends_with(qs, e, "。") || gw_ends_with(qs, e, "；")) e -= 3;
        GW_VEC_PUSH(c->a, m->attachments, gw_text_strip_spaces(c->a, qs + body, e - body));
        mark(c, q);
        expect++;
        size_t nx = next_line(c, q, 0);
        if (nx >= nb) break;
        q = nx;
        qs = gw_block_trimmed(c, q, &qn);
        if (!gw_label_parse(qs, qn, &lab) || lab.number != expect) break;
      }
    }
  }
}

/* ---- the issued document ------------------------------------------- */

/* 关于印发《X》的通知 -> X; 关于印发X的通知 -> X. */
static char *enclosed_from_title(gw_ctx *c, const char *t) {
  static const char *const VERBS[] = {"印发", "转发", "印送", "下发", "颁布", "下达", NULL};
  size_t n = strlen(t);
  /* The first verb: in 关于转发市治欠办《关于转发…〈关于印发…〉的通知》的通知
   * the outer 转发 issues what the outer 《》 holds. */
  size_t first = (size_t)-1;
  int fv = -1;
  for (int i = 0; VERBS[i]; i++) {
    size_t at = gw_find(t, n, 0, VERBS[i]);
    if (at < first) first = at, fv = i;
  }
  if (fv >= 0) {
    /* 转发市治欠办《…》: the issuer's name may stand between */
    size_t open = gw_find(t, n, first + 6, "《");
    if (open != (size_t)-1 && open - (first + 6) <= 12 * 3 &&
        gw_find(t, open, first + 6, "，") == (size_t)-1) {
      size_t close = gw_text_match_close(t, n, open);
      if (close != (size_t)-1) return gw_arena_strndup(c->a, t + open + 3, close - open - 3);
    }
  }
  for (size_t i = 0; VERBS[i]; i++) {
    size_t at = gw_find(t, n, 0, VERBS[i]);
    if (at == (size_t)-1) continue;
    size_t k = at + 6;
    /* 下达…指标 hands down figures, not a document: only 下达《X》 names one */
    if (!strcmp(VERBS[i], "下达")) continue;
    size_t de = (size_t)-1;
    for (const char *const *ty = DOC_TYPES; *ty; ty++) {
      char tail[16];
      snprintf(tail, sizeof tail, "的%s", *ty);
      if (gw_ends_with(t, n, tail)) de = n - strlen(tail);
    }
    if (de != (size_t)-1 && de > k) return gw_arena_strndup(c->a, t + k, de - k);
  }
  return NULL;
}

/* 现将《X》印发给你们 in the cover notice. */
static char *enclosed_from_cover(gw_ctx *c, size_t from, size_t to) {
  for (size_t b = from; b < to; b++) {
    if (!is_line(c, b)) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (gw_find(s, n, 0, "印发给你") == (size_t)-1 && gw_find(s, n, 0, "转发给你") == (size_t)-1)
      continue;
    size_t open = gw_find(s, n, 0, "《");
    if (open == (size_t)-1) continue;
    size_t close = gw_text_match_close(s, n, open);
    if (close == (size_t)-1) continue;
    return gw_text_strip_spaces(c->a, s + open + 3, close - open - 3);
  }
  return NULL;
}

/* Where the issued document begins: its title on a line (maybe two). */
static size_t find_enclosed_start(gw_ctx *c, size_t from, const char *title, title_block *out) {
  size_t nb = c->doc->blocks.len, tn = strlen(title);
  for (size_t b = from; b < nb; b++) {
    if (!is_line(c, b) || c->line_role[b] == GW_LINE_META) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!n) continue;
    char *first = gw_text_strip_spaces(c->a, s, n);
    size_t fn = strlen(first);
    if (fn < 6 || fn > tn || memcmp(first, title, fn) != 0) continue;
    gw_textbuf acc;
    gw_textbuf_init(&acc, c->a, 0);
    gw_textbuf_put(&acc, first, fn);
    size_t last = b, q = b;
    while (acc.len < tn) {
      q = next_line(c, q, 1);
      if (q >= nb) break;
      s = gw_block_trimmed(c, q, &n);
      gw_text_put_nospace(&acc, s, n);
      last = q;
      if (acc.len > tn || memcmp(acc.data, title, acc.len) != 0) break;
    }
    if (acc.len == tn && !memcmp(acc.data, title, tn)) {
      out->first = b;
      out->last = last;
      out->text = acc.data;
      return b;
    }
  }
  return (size_t)-1;
}

static void enclosed(gw_ctx *c, const title_block *title, size_t date_block, size_t head_end) {
  gw_docmeta *m = &c->cat->meta;
  size_t nb = c->doc->blocks.len;
  char *e = m->title.value ? enclosed_from_title(c, m->title.value) : NULL;
  size_t from = title ? title->last + 1 : 0;
  if (!e)
    e = enclosed_from_cover(
        c, from, head_end > date_block + 1 || date_block == (size_t)-1 ? head_end : date_block + 1);
  title_block found;
  size_t start = (size_t)-1;
  if (e) {
    m->enclosed_title.value = e;
    start = find_enclosed_start(c, from, e, &found);
  } else if (date_block != (size_t)-1) {
    /* No 印发 in the title: a title right after the cover's date. */
    size_t b = date_block;
    for (;;) {
      b = next_line(c, b, 3);
      if (b >= nb || c->line_role[b] != GW_LINE_META) break;
    }
    if (b < nb && join_title(c, b, nb, true, &found)) {
      start = b;
      m->enclosed_title.value = found.text;
    }
  }
  if (start == (size_t)-1) return;
  m->enclosed_title.span = span_of(c, found.first, found.last);
  for (size_t q = found.first; q <= found.last; q++) mark(c, q);
  gw_part p = {(uint32_t)start, NULL};
  GW_VEC_PUSH(c->a, c->parts, p);
}

/* ---- the document's year, for dates written without one -------------- */

/* The first year s names; with `need_nian`, only years written with 年. */
static int year_in(const char *s, int need_nian) {
  if (!s) return 0;
  size_t n = strlen(s);
  for (size_t i = 0; i + 4 <= n; i++) {
    int y;
    if (gw_parse_year(s, n, i, &y, need_nian)) return y;
  }
  return 0;
}

static void doc_year(gw_ctx *c) {
  gw_docmeta *m = &c->cat->meta;
  c->doc_date = m->date;
  if (gw_date_set(m->date)) {
    c->doc_year = m->date.y;
    return;
  }
  if ((c->doc_year = year_in(m->doc_number.value, 0))) return; /* 〔2021〕 */
  if ((c->doc_year = year_in(m->title.value, 1))) return;
  if ((c->doc_year = year_in(m->enclosed_title.value, 1))) return;
  if (gw_date_set(m->printed_date)) c->doc_year = m->printed_date.y;
}

static int part_cmp(const void *a, const void *b) {
  const gw_part *x = a, *y = b;
  return x->first_block < y->first_block ? -1 : x->first_block > y->first_block;
}

/* A web page's own lines copied with a notice (主办：X　承办：Y, 网站标识码,
 * ICP备, 上一篇：, 【打印本页】) are no part of the item above them. */
static void web_furniture(gw_ctx *c) {
  static const gw_word STARTS[] = {GW_WORD("上一篇"),
                                   GW_WORD("下一篇"),
                                   GW_WORD("【打印本页】"),
                                   GW_WORD("【关闭窗口】"),
                                   GW_WORD("【打印】"),
                                   GW_WORD("分享到"),
                                   GW_WORDS_END};
  for (size_t b = 0; b < c->doc->blocks.len; b++) {
    if (!is_line(c, b) || c->line_role[b] == GW_LINE_META) continue;
    size_t n;
    const char *s = gw_block_trimmed(c, b, &n);
    if (!n || gw_utf8_count(s, n) > 100) continue;
#define HAS(lit) (gw_find(s, n, 0, lit) != (size_t)-1)
    bool credit = HAS("主办") && HAS("承办") && (HAS("：") || HAS(":"));
    if (credit || gw_word_prefix(STARTS, s, n) >= 0 || HAS("网站标识码") || HAS("ICP备") ||
        HAS("公网安备"))
#undef HAS
      mark(c, b);
  }
}

void gw_meta_extract(gw_ctx *c) {
  size_t nb = c->doc->blocks.len;
  c->line_role = gw_arena_calloc(c->a, nb + 1, 1);
  gw_part first = {0, NULL};
  GW_VEC_PUSH(c->a, c->parts, first);
  /* The head ends at the first sentence paragraph or table. */
  size_t head_end = 0;
  for (; head_end < nb && head_end < HEAD_MAX_BLOCKS; head_end++) {
    if (!is_line(c, head_end)) break;
    size_t n;
    const char *s = gw_block_trimmed(c, head_end, &n);
    /* A repost's note from the editors (【编者按】…) stands above the head. */
    bool editors_note = gw_at(s, n, 0, "【编者按】") || gw_at(s, n, 0, "编者按");
    if (gw_utf8_count(s, n) >= 30 && gw_text_has_any(s, n, "。") && !gw_ends_with(s, n, "：") &&
        !gw_ends_with(s, n, ":") && !editors_note)
      break;
  }
  doc_number(c, head_end);
  signer_line(c, head_end);
  issuer_mark(c, head_end);
  title_block title;
  bool has_title = find_title(c, head_end, &title);
  if (has_title) {
    set_title(c, &title);
    issuer_above_title(c, &title);
  }
  recipients(c, has_title ? title.last + 1 : 0, head_end < nb ? head_end + 1 : nb);
  end_matter(c);
  attachments(c);
  size_t date_block = date_and_signature(c);
  enclosed(c, has_title ? &title : NULL, date_block, head_end);
  web_furniture(c);
  qsort(c->parts.items, c->parts.len, sizeof *c->parts.items, part_cmp);
  doc_year(c);
}
