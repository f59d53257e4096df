/* Numbering labels at the start of a paragraph: 一、 （一） 1. 1、 1． （1）
 * 1） ① 一是 一要 第一， 第一条 —— . Which style is which level is decided by
 * the outline from the order the document uses them in, not here. */
#ifndef GW_LABEL_H
#define GW_LABEL_H

#include <stdbool.h>
#include <stddef.h>

typedef enum gw_label_style {
  GW_L_NONE,
  GW_L_CN_DUN,    /* 一、 */
  GW_L_PAREN_CN,  /* （一） */
  GW_L_AR_DOT,    /* 1.  1．  1﹒ */
  GW_L_AR_DUN,    /* 1、 */
  GW_L_PAREN_AR,  /* （1） ⑴ */
  GW_L_AR_RPAREN, /* 1） 1) */
  GW_L_AR_SUB,    /* 2.1 (under 2.) */
  GW_L_AR_SUB2,   /* 2.1.1 (under 2.1) */
  GW_L_BRACKETED, /* 【1】 (articles reposted on WeChat) */
  GW_L_CIRCLED,   /* ① */
  GW_L_CN_SHI,    /* 一是 */
  GW_L_CN_YAO,    /* 一要 */
  GW_L_DI,        /* 第一， 第一、 */
  GW_L_DI_TIAO,   /* 第一条 */
  GW_L_DI_PART,   /* 第一章 第一部分 第一节 */
  GW_L_DI_STAGE,  /* 第一阶段： (a phase of a campaign) */
  GW_L_DASH,      /* —— */
  GW_L_MATTER,    /* 督办事项： (one 督办单 of a set; outline.c, not gw_label_parse) */
  GW_L_HEADING,   /* no number, but a Word heading style or an HTML h1-h6 (number = level) */
  GW_L_COUNT
} gw_label_style;

typedef struct gw_label {
  gw_label_style style;
  int number;
  int major; /* GW_L_AR_SUB: the N of N.M (number is M); GW_L_DI_PART: 0 章, 1 部分, 2 节 */
  int minor; /* GW_L_AR_SUB2: the M of N.M.K (number is K) */
  size_t major_len;  /* GW_L_AR_SUB: bytes of "N." (read as 1. where no N. is open) */
  size_t len;        /* bytes of the label, its separator and following spaces */
  size_t number_len; /* bytes of the label without the separator */
} gw_label;

/* Parse a label at the start of s (leading spaces already skipped). */
bool gw_label_parse(const char *s, size_t n, gw_label *out);

/* Styles whose lists must start at 1 when they first appear (一是, ——...):
 * their labels are ordinary words otherwise (三要素, 一是一). */
bool gw_label_needs_start(gw_label_style style);

/* The label as the catalogue writes it in `path`: 一, （一）, 1, （1）, ①,
 * 一是, 一要, 第一, ——1. Returns a pointer into `buf` (room for 32 bytes). */
const char *gw_label_name(const gw_label *label, char *buf, size_t bufsize);

#endif
