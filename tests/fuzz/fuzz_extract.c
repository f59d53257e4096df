/* libFuzzer target: extraction over arbitrary UTF-8 text. It must never crash.
 *
 * The first byte holds the option bits (cmark-fuzz style, see fuzz_common.h:
 * pretty, no text, tight limits, round trip); the rest is made into a plain
 * text notice that the text reader takes as UTF-8 without complaint, so the
 * fuzzer spends its time in the extractor (outline, tables, units, deadlines,
 * recurrence, targets) rather than in format sniffing and decoding:
 *   - ill-formed UTF-8 sequences become U+FFFD,
 *   - C0 controls other than tab, LF, CR and FF become spaces (too many
 *     controls would make the reader call the input binary),
 *   - a leading UTF-8 BOM, and whatever would make the sniffer see markup or
 *     another format ('<' as the first non-blank, "%PDF", "{\rtf", "GIF8")
 *     get a harmless character in front or in place. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t put(uint8_t *out, size_t n, const char *s) {
  size_t k = strlen(s);
  memcpy(out + n, s, k);
  return n + k;
}

/* Length of the well-formed UTF-8 sequence at p[0..len), 0 if ill-formed. */
static size_t utf8_seq(const uint8_t *p, size_t len) {
  unsigned c = p[0];
  size_t k;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF)
    k = 2;
  else if (c >= 0xE0 && c <= 0xEF)
    k = 3;
  else if (c >= 0xF0 && c <= 0xF4)
    k = 4;
  else
    return 0;
  if (len < k) return 0;
  for (size_t i = 1; i < k; i++)
    if ((p[i] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && p[1] < 0xA0) return 0; /* overlong */
  if (c == 0xED && p[1] > 0x9F) return 0; /* surrogate */
  if (c == 0xF0 && p[1] < 0x90) return 0; /* overlong */
  if (c == 0xF4 && p[1] > 0x8F) return 0; /* above U+10FFFF */
  return k;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  unsigned opts = data[0];
  data++, size--;
  /* Each input byte becomes at most 3 bytes (U+FFFD), plus a prefix. */
  uint8_t *text = malloc(size * 3 + 8);
  if (!text) return 0;
  size_t n = 0;
  if (size >= 4 && (!memcmp(data, "%PDF", 4) || !memcmp(data, "{\\rt", 4) ||
                    !memcmp(data, "GIF8", 4) || !memcmp(data, "\xEF\xBB\xBF", 3)))
    text[n++] = ' ';
  int seen_content = 0;
  for (size_t i = 0; i < size;) {
    size_t k = utf8_seq(data + i, size - i);
    if (k == 0) {
      n = put(text, n, "\xEF\xBF\xBD");
      i++;
      continue;
    }
    unsigned c = data[i];
    if (k == 1 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') c = ' ';
    if (k == 1 && c == '<' && !seen_content) {
      n = put(text, n, "\xEF\xBC\x9C"); /* U+FF1C FULLWIDTH LESS-THAN SIGN */
    } else if (k == 1) {
      text[n++] = (uint8_t)c;
    } else {
      memcpy(text + n, data + i, k);
      n += k;
    }
    /* The sniffer skips these before looking for '<'. */
    if (!(k == 1 && (c == ' ' || c == '\t' || c == '\n' || c == '\r'))) seen_content = 1;
    i += k;
  }
  fuzz_pipeline("fuzz.txt", text, n, opts);
  free(text);
  return 0;
}
