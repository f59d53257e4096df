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

/* Classes of single characters, beyond the features: a date phrase can
 * start here (a digit, 今 本 当 明 次 上 下 第 年 即, a Chinese numeral). */
enum { GW_CHAR_DATE_START = 1u << 16 };

/* Feature and class bits of every BMP character, built once with the
 * extractor. */
typedef struct gw_feature_table {
  uint32_t bits[0x10000];
} gw_feature_table;

static inline uint32_t gw_char_bits(const gw_feature_table *t, uint32_t cp) {
  return cp < 0x10000 ? t->bits[cp] : 0;
}

void gw_features_init(gw_feature_table *t);
uint32_t gw_text_features(const gw_feature_table *t, const char *s, size_t n);

#endif
