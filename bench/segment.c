/* ICU word segmentation alone: read and decode every file as floor.c does,
 * then run a Chinese word break iterator (ubrk_open(UBRK_WORD, "zh")) over
 * the whole text, counting the words (boundaries with a rule status other
 * than UBRK_WORD_NONE). One iterator serves all documents (ubrk_setText).
 *
 * usage: segment FILE...   prints documents, bytes, words */
#include <unicode/ubrk.h>

#include "bench_io.h"

int main(int argc, char **argv) {
  bench_buf b = {0};
  UErrorCode st = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &st);
  if (U_FAILURE(st)) bench_die("ubrk_open", u_errorName(st));
  unsigned long long bytes = 0, words = 0;
  for (int i = 1; i < argc; i++) {
    bench_read(&b, argv[i]);
    bench_decode(&b, argv[i]);
    bytes += b.len;
    ubrk_setText(bi, b.u16, b.u16_len, &st);
    if (U_FAILURE(st)) bench_die(argv[i], u_errorName(st));
    ubrk_first(bi);
    while (ubrk_next(bi) != UBRK_DONE)
      if (ubrk_getRuleStatus(bi) != UBRK_WORD_NONE) words++;
  }
  printf("segment: %d documents, %llu bytes, %llu words\n", argc - 1, bytes, words);
  ubrk_close(bi);
  free(b.bytes);
  free(b.u16);
  return 0;
}
