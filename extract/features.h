/* Which trigger characters a task's text holds, found in one pass, so that
 * each extractor skips the texts it has nothing to find in (most tasks have
 * no date, no recurrence, no number). */
#ifndef GW_FEATURES_H
#define GW_FEATURES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
  GW_F_DIGIT = 1u << 0,   /* 0-9 */
  GW_F_BRACKET = 1u << 1, /* （ ( [ 【 */
  GW_F_COLON = 1u << 2,   /* ： : */
  GW_F_DATE = 1u << 3,    /* 年 月 季 即 旬: every deadline phrase holds one */
  GW_F_RECUR = 1u << 4, /* 每, 一月一, 逐月, 按季, 月调度: what every recurrence starts with */
  GW_F_VERB = 1u << 5,     /* the last character of a role verb: 头 责 实 办 合 ... */
  GW_F_LONGTERM = 1u << 6, /* 长期 */
  GW_F_CNNUM = 1u << 7 /* 二 两 三 … 十 百 千: a count in Chinese numerals (建成三个) */
};

/* Feature bits of every BMP character, and which characters can start a
 * date phrase (a digit, 今 本 当 明 次 上 下 第 年 即, a Chinese numeral), built
 * once with the extractor. Kept small (uint16, a bitmap) to stay in cache:
 * they are looked up for every character of every task. */
typedef struct gw_feature_table {
  uint16_t bits[0x10000];
  uint8_t date_start[0x10000 / 8];
} gw_feature_table;

void gw_features_init(gw_feature_table *t);
uint32_t gw_text_features(const gw_feature_table *t, const char *s, size_t n);

static inline bool gw_char_starts_date(const gw_feature_table *t, uint32_t cp) {
  return cp < 0x10000 && (t->date_start[cp >> 3] >> (cp & 7)) & 1;
}

#endif
