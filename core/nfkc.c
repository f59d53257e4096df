#include "nfkc.h"

#include <stdint.h>
#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

size_t gw_nfkc_nospace(const char *s, size_t n, char *out, size_t cap) {
  if (n > INT32_MAX / 4 || cap > INT32_MAX) return (size_t)-1;
  UErrorCode st = U_ZERO_ERROR;
  const UNormalizer2 *nfkc = unorm2_getNFKCInstance(&st);
  if (U_FAILURE(st)) return (size_t)-1;
  /* UTF-16 takes at most one unit per byte of UTF-8 */
  UChar *src = malloc((n + 1) * sizeof *src);
  if (!src) return (size_t)-1;
  int32_t n16 = 0;
  u_strFromUTF8(src, (int32_t)n + 1, &n16, s, (int32_t)n, &st);
  /* the normalized length, asked first: compatibility forms can expand */
  int32_t m = U_SUCCESS(st) ? unorm2_normalize(nfkc, src, n16, NULL, 0, &st) : 0;
  UChar *dst = NULL;
  if (st == U_BUFFER_OVERFLOW_ERROR) {
    st = U_ZERO_ERROR;
    dst = malloc(((size_t)m + 1) * sizeof *dst);
    if (dst) m = unorm2_normalize(nfkc, src, n16, dst, m + 1, &st);
  }
  free(src);
  if (U_FAILURE(st) || (m && !dst)) {
    free(dst);
    return (size_t)-1;
  }
  int32_t k = 0;
  for (int32_t i = 0; i < m; i++)
    if (dst[i] != ' ' && dst[i] != '\t' && dst[i] != '\n' && dst[i] != 0x3000) dst[k++] = dst[i];
  int32_t n8 = 0;
  u_strToUTF8(out, (int32_t)cap, &n8, dst, k, &st);
  free(dst);
  /* a result that does not fit is reported by its length alone */
  if (st == U_BUFFER_OVERFLOW_ERROR || st == U_STRING_NOT_TERMINATED_WARNING) st = U_ZERO_ERROR;
  if (U_FAILURE(st)) return (size_t)-1;
  if (out && (size_t)n8 < cap) out[n8] = 0;
  return (size_t)n8;
}
