/* The regular expressions of extraction, compiled once (PCRE2, UTF mode,
 * JIT) into the extractor and shared read-only by every thread. Matching
 * runs over text already validated as UTF-8, so no call re-checks it. */
#ifndef GW_PATTERNS_H
#define GW_PATTERNS_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

#include "../include/gongwen.h"

typedef enum gw_pattern_id {
  GW_PAT_DOC_NUMBER,      /* 发文字号: 白羊府〔2023〕37号 */
  GW_PAT_RECURRENCE,      /* 每月, 一月一通报, 逐月, 按季度, 季调度 */
  GW_PAT_TARGET_RATIO,    /* 联网率不低于99.9%, 增长7%以上 */
  GW_PAT_TARGET_COUNT,    /* 新增托位数400个以上, 落实2名专职监管人员 */
  GW_PAT_TARGET_COUNT_CN, /* 建成三所, 发放两万份: the same in Chinese numerals */
  GW_PAT_TARGET_BOUND,    /* 不少于20户, 300家以上 */
  GW_PAT_COUNT_ITEM,      /* 158个 right at the search start: the next item of a list */
  GW_PAT_COUNT_UNIT_AT,   /* 个, 万人, 平方米 right at the search start */
  GW_PAT_RATIO_UNIT_AT,   /* %, ‰, 个百分点 right at the search start */
  GW_PAT_COUNT
} gw_pattern_id;

/* The named groups the extractors read, numbered once at compile time. */
typedef enum gw_group_id {
  GW_G_NUM,    /* DOC_NUMBER: the number itself */
  GW_G_SIGNER, /* DOC_NUMBER: 签发人 beside it */
  GW_G_U1,     /* RECURRENCE: the period word, one group per alternative */
  GW_G_U2,
  GW_G_U3,
  GW_G_U4,
  GW_G_U5,
  GW_G_VAL,  /* targets: the number */
  GW_G_UNIT, /* targets: %, 个, 万人 ... */
  GW_G_OP1,  /* targets: the comparison before the number */
  GW_G_OP2,  /* targets: the comparison after the unit */
  GW_G_MID,  /* TARGET_COUNT: the words between verb and number */
  GW_G_COUNT
} gw_group_id;

typedef struct gw_patterns {
  pcre2_code *code[GW_PAT_COUNT];
  int group[GW_PAT_COUNT][GW_G_COUNT]; /* capture number, 0 where the pattern has none */
  pcre2_match_context *mctx;           /* match and depth limits */
  uint32_t max_pairs;                  /* largest capture count, for match data */
} gw_patterns;

gw_status gw_patterns_compile(gw_patterns *p, gw_error *err);
void gw_patterns_free(gw_patterns *p);

/* One match of pattern `id` in s[0..n) starting at `from`. ov[] gets
 * 2*(captures+1) offsets (PCRE2_UNSET for a group that did not take part).
 * Returns false on no match or when a limit stopped the search. */
bool gw_pattern_match(const gw_patterns *p, gw_pattern_id id, pcre2_match_data *md, const char *s,
                      size_t n, size_t from, size_t **ov);
/* Number of a named group, for reading ov[]; 0 where pattern `id` has none. */
static inline int gw_pattern_group(const gw_patterns *p, gw_pattern_id id, gw_group_id g) {
  return p->group[id][g];
}

#endif
