/* Which trigger characters a task's text holds, found in one pass, so that
 * each extractor skips the texts it has nothing to find in (most tasks have
 * no date, no recurrence, no number). */
#ifndef GW_FEATURES_H
#define GW_FEATURES_H

#include <stddef.h>
#include <stdint.h>

enum {
  GW_F_DIGIT = 1u << 0,   /* 0-9 */
  GW_F_PERCENT = 1u << 1, /* % ‰ 百分点 */
  GW_F_BRACKET = 1u << 2, /* （ ( [ 【 */
  GW_F_COLON = 1u << 3,   /* ： : */
  GW_F_DATE = 1u << 4,    /* 年 月 季 即 旬: every deadline phrase holds one */
  GW_F_RECUR = 1u << 5,   /* 每, 一月一, 逐月, 按季, 月调度: what every recurrence starts with */
  GW_F_VERB = 1u << 6,    /* the last character of a role verb: 头 责 实 办 合 ... */
  GW_F_LONGTERM = 1u << 7 /* 长期 */
};

/* Feature bits of every BMP character, built once with the extractor. */
typedef struct gw_feature_table {
  uint16_t bits[0x10000];
} gw_feature_table;

void gw_features_init(gw_feature_table *t);
uint32_t gw_text_features(const gw_feature_table *t, const char *s, size_t n);

#endif
