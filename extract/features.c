#include "features.h"

#include <string.h>

#include "../core/utf8.h"
#include "unitlist.h"

/* Table bits above the features themselves, for features that are a pair
 * of characters: the first of a pair marks itself IS_x, the second counts
 * only right after an IS_x (一月一 and 逐月 are recurrences, 月 alone a date;
 * 长期 is a long-term task). */
enum {
  IS_ONE = 1u << 8,              /* 一 */
  AFTER_ONE_RECUR = 1u << 9,     /* 年 月 季 周 日 天 */
  IS_EACH = 1u << 10,            /* 逐 按 */
  AFTER_EACH_RECUR = 1u << 11,   /* 季 月 周 日 天 */
  IS_PERIOD = 1u << 12,          /* 季 月 周 度 年 */
  AFTER_PERIOD_RECUR = 1u << 13, /* 调 例 通 一 (月调度, 季度例会, 月通报, 年一次) */
  IS_LONG = 1u << 14,            /* 长 */
  AFTER_LONG_LONGTERM = 1u << 15, /* 期 */
  FEATURE_BITS = (1u << 8) - 1
};

static void mark(gw_feature_table *t, uint32_t cp, uint16_t bits) {
  t->bits[cp] |= bits;
}
static void mark_date_start(gw_feature_table *t, uint32_t cp) {
  t->date_start[cp >> 3] |= (uint8_t)(1u << (cp & 7));
}

void gw_features_init(gw_feature_table *t) {
  memset(t, 0, sizeof *t);
  for (uint32_t c = '0'; c <= '9'; c++) mark(t, c, GW_F_DIGIT);
  static const uint32_t brackets[] = {'(', '[', 0xFF08 /* （ */, 0x3010 /* 【 */, 0xFF3B /* ［ */};
  for (size_t i = 0; i < sizeof brackets / sizeof *brackets; i++)
    mark(t, brackets[i], GW_F_BRACKET);
  mark(t, ':', GW_F_COLON);
  mark(t, 0xFF1A, GW_F_COLON); /* ： */
  /* 年 月 季 即 旬 */
  static const uint32_t dates[] = {0x5E74, 0x6708, 0x5B63, 0x5373, 0x65EC};
  for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) mark(t, dates[i], GW_F_DATE);
  /* 一年一, 一月一, 一季一, 一周一, 一日一, 一天一 */
  static const uint32_t one_periods[] = {0x5E74, 0x6708, 0x5B63, 0x5468, 0x65E5, 0x5929};
  for (size_t i = 0; i < sizeof one_periods / sizeof *one_periods; i++)
    mark(t, one_periods[i], AFTER_ONE_RECUR);
  mark(t, 0x4E00, IS_ONE); /* 一 */
  /* 逐月, 按季度: 逐 按, then 季 月 周 日 天 */
  mark(t, 0x9010, IS_EACH);
  mark(t, 0x6309, IS_EACH);
  static const uint32_t each_periods[] = {0x5B63, 0x6708, 0x5468, 0x65E5, 0x5929};
  for (size_t i = 0; i < sizeof each_periods / sizeof *each_periods; i++)
    mark(t, each_periods[i], AFTER_EACH_RECUR);
  /* 月调度, 季度例会, 月通报, 半年一次, 日报告: 季 月 周 度 年 日, then 调 例 通 一 报 */
  static const uint32_t periods[] = {0x5B63, 0x6708, 0x5468, 0x5EA6, 0x5E74, 0x65E5};
  for (size_t i = 0; i < sizeof periods / sizeof *periods; i++) mark(t, periods[i], IS_PERIOD);
  mark(t, 0x8C03, AFTER_PERIOD_RECUR);
  mark(t, 0x4F8B, AFTER_PERIOD_RECUR);
  mark(t, 0x901A, AFTER_PERIOD_RECUR); /* 通 (月通报) */
  mark(t, 0x62A5, AFTER_PERIOD_RECUR); /* 报 (日报告) */
  mark(t, 0x4E00, AFTER_PERIOD_RECUR); /* 一 (半年一次) */
  /* 日管控, 周排查, 月研判, “日清扫、周消毒”, 周巡查, 月检查, 季督查, 月考核, 月评比,
   * 周点评, 日保洁: the first characters of the verbs patterns.c lists */
  static const char routine_first[] = "上管排研清消巡检督考评点保查监";
  for (size_t i = 0, n = strlen(routine_first); i < n;)
    mark(t, gw_utf8_next(routine_first, n, &i), AFTER_PERIOD_RECUR);
  mark(t, 0x6BCF, GW_F_RECUR); /* 每 */
  /* the last characters of role verbs, as unitlist.c lists them */
  const char *verbs = gw_role_verb_last_chars;
  for (size_t i = 0, n = strlen(verbs); i < n;) mark(t, gw_utf8_next(verbs, n, &i), GW_F_VERB);
  /* where a date phrase can start (deadlines.c): digits, 今 本 当 明 次 上 下 第 年 即,
   * Chinese numerals 〇 零 一 二 两 三 四 五 六 七 八 九 十 百 千 */
  for (uint32_t c = '0'; c <= '9'; c++) mark_date_start(t, c);
  static const uint32_t date_starts[] = {0x4ECA, 0x672C, 0x5F53, 0x660E, 0x6B21, 0x4E0A, 0x4E0B,
                                         0x7B2C, 0x5E74, 0x5373, 0x3007, 0x96F6, 0x4E00, 0x4E8C,
                                         0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B,
                                         0x4E5D, 0x5341, 0x767E, 0x5343};
  for (size_t i = 0; i < sizeof date_starts / sizeof *date_starts; i++)
    mark_date_start(t, date_starts[i]);
  /* festivals as deadlines (春节前, 国庆节前, 元旦前, 五一前, 端午节前, 中秋节前):
   * their first characters start a date, 节 旦 庆 午 秋 one lies in it */
  static const uint32_t feasts[] = {0x5143, 0x6625, 0x4E94, 0x52B3, 0x7AEF, 0x4E2D, 0x56FD};
  for (size_t i = 0; i < sizeof feasts / sizeof *feasts; i++) mark_date_start(t, feasts[i]);
  static const uint32_t feast_words[] = {0x8282, 0x65E6, 0x5E86, 0x5348, 0x79CB};
  for (size_t i = 0; i < sizeof feast_words / sizeof *feast_words; i++)
    mark(t, feast_words[i], GW_F_DATE);
  /* 二 两 三 四 五 六 七 八 九 十 百 千 (一 alone counts nothing worth a target) */
  static const uint32_t cn_counts[] = {0x4E8C, 0x4E24, 0x4E09, 0x56DB, 0x4E94, 0x516D,
                                       0x4E03, 0x516B, 0x4E5D, 0x5341, 0x767E, 0x5343};
  for (size_t i = 0; i < sizeof cn_counts / sizeof *cn_counts; i++)
    mark(t, cn_counts[i], GW_F_CNNUM);
  mark(t, 0x96F6, GW_F_CNNUM);          /* 零 (零发生: a count held at zero) */
  mark(t, 0x957F, IS_LONG);             /* 长 */
  mark(t, 0x671F, AFTER_LONG_LONGTERM); /* 期 */
}

uint32_t gw_text_features(const gw_feature_table *t, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  /* Every AFTER_ bit sits one above its IS_ bit, so `b & prev << 1` holds
   * the pairs that close at this character; they are read at the end. */
  uint32_t f = 0, pairs = 0, prev = 0;
  size_t i = 0;
  while (i < n) {
    /* Han characters and CJK punctuation, the bulk of the text. */
    while (i + 3 <= n && (u[i] & 0xF0) == 0xE0) {
      uint32_t b = t->bits[((u[i] & 0x0Fu) << 12) | ((u[i + 1] & 0x3Fu) << 6) | (u[i + 2] & 0x3Fu)];
      f |= b;
      pairs |= b & (prev << 1);
      prev = b;
      i += 3;
    }
    if (i >= n) break;
    /* Valid UTF-8 (checked by ingest); characters beyond the BMP and a
     * sequence cut by n count as nothing. */
    uint32_t c = u[i], cp = 0;
    if (c < 0x80) {
      cp = c;
      i++;
    } else if (c < 0xE0) {
      if (i + 1 < n) cp = ((c & 0x1F) << 6) | (u[i + 1] & 0x3F);
      i += 2;
    } else {
      i += c < 0xF0 ? 3 : 4;
    }
    uint32_t b = t->bits[cp];
    f |= b;
    pairs |= b & (prev << 1);
    prev = b;
  }
  f &= FEATURE_BITS;
  if (pairs & (AFTER_ONE_RECUR | AFTER_EACH_RECUR | AFTER_PERIOD_RECUR)) f |= GW_F_RECUR;
  if (pairs & AFTER_LONG_LONGTERM) f |= GW_F_LONGTERM;
  return f;
}
