#include "features.h"

#include "../core/utf8.h"

uint32_t gw_text_features(const char *s, size_t n) {
  uint32_t f = 0;
  uint32_t prev = 0;
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      if (c >= '0' && c <= '9') f |= GW_F_DIGIT;
      else if (c == '%') f |= GW_F_PERCENT;
      else if (c == '(' || c == '[') f |= GW_F_BRACKET;
      else if (c == ':') f |= GW_F_COLON;
      prev = c;
      i++;
      continue;
    }
    uint32_t cp = gw_utf8_next(s, n, &i);
    switch (cp) {
    case 0x2030: /* ‰ */
    case 0x70B9: /* 点 (百分点) */
      f |= GW_F_PERCENT;
      break;
    case 0xFF08: /* （ */
    case 0x3010: /* 【 */
    case 0xFF3B: /* ［ */
      f |= GW_F_BRACKET;
      break;
    case 0xFF1A: f |= GW_F_COLON; break; /* ： */
    case 0x5E74: /* 年 */
    case 0x6708: /* 月 */
    case 0x5B63: /* 季 */
    case 0x5373: /* 即 */
    case 0x65EC: /* 旬 */
      f |= GW_F_DATE;
      if (prev == 0x4E00 && cp != 0x5373 && cp != 0x65EC) f |= GW_F_RECUR; /* 一月一 */
      break;
    case 0x6BCF: /* 每 */
    case 0x9010: /* 逐 */
    case 0x6309: /* 按 */
    case 0x8C03: /* 调 */
    case 0x4F8B: /* 例 */
      f |= GW_F_RECUR;
      break;
    case 0x5468: /* 周 */
    case 0x65E5: /* 日 */
    case 0x5929: /* 天 */
      if (prev == 0x4E00) f |= GW_F_RECUR;
      break;
    case 0x5934: /* 头 */
    case 0x8D23: /* 责 */
    case 0x5B9E: /* 实 */
    case 0x529E: /* 办 */
    case 0x5408: /* 合 */
    case 0x52A9: /* 助 */
    case 0x4E0E: /* 与 */
    case 0x540C: /* 同 */
    case 0x603B: /* 总 */
    case 0x65BD: /* 施 */
    case 0x4FC3: /* 促 */
    case 0x5BFC: /* 导 */
    case 0x7EC7: /* 织 */
      f |= GW_F_VERB;
      break;
    case 0x7531: f |= GW_F_YOU; break; /* 由 */
    case 0x671F:                        /* 期 (长期) */
      if (prev == 0x957F) f |= GW_F_LONGTERM;
      break;
    default: break;
    }
    prev = cp;
  }
  return f;
}
