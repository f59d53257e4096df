/* The floor of the benchmark: read every file and validate/decode its UTF-8
 * with ICU (u_strFromUTF8WithSub), nothing else. No reader of notices can go
 * faster than this; bench.sh compares gongwen extract to it.
 *
 * usage: floor FILE...   prints documents, bytes, UTF-16 units, substitutions */
#include "bench_io.h"

int main(int argc, char **argv) {
  bench_buf b = {0};
  unsigned long long bytes = 0, units = 0, subs = 0;
  for (int i = 1; i < argc; i++) {
    bench_read(&b, argv[i]);
    subs += (unsigned long long)bench_decode(&b, argv[i]);
    bytes += b.len;
    units += (unsigned long long)b.u16_len;
  }
  printf("floor: %d documents, %llu bytes, %llu UTF-16 units, %llu substitutions\n", argc - 1,
         bytes, units, subs);
  free(b.bytes);
  free(b.u16);
  return 0;
}
