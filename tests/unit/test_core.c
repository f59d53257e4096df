/* Unit tests of core/: UTF-8, Chinese numerals, dates, arena, SHA-256, column roles. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "../../core/arena.h"
#include "../../core/cnnum.h"
#include "../../core/columns.h"
#include "../../core/date.h"
#include "../../core/nfkc.h"
#include "../../core/festival.h"
#include "../../core/sha256.h"
#include "../../core/utf8.h"
#include "../../include/gongwen.h"

static void utf8_validation(void **state) {
  (void)state;
  const char ok[] = "一、工作要点 abc";
  assert_int_equal(gw_utf8_valid_prefix(ok, strlen(ok)), strlen(ok));
  const char overlong[] = "ab\xC0\xAF";
  assert_int_equal(gw_utf8_valid_prefix(overlong, 4), 2);
  const char surrogate[] = "a\xED\xA0\x80";
  assert_int_equal(gw_utf8_valid_prefix(surrogate, 4), 1);
  const char truncated[] = "abc\xE4\xB8";
  assert_int_equal(gw_utf8_valid_prefix(truncated, 5), 3);
  assert_int_equal(gw_utf8_count("一二三ab", strlen("一二三ab")), 5);
}

/* The first occurrence, at every alignment and near the ends of the range,
 * the same as a plain search would give. */
static size_t naive_find(const char *s, size_t len, size_t from, const char *lit) {
  size_t m = strlen(lit);
  for (size_t i = from; i + m <= len; i++)
    if (memcmp(s + i, lit, m) == 0) return i;
  return (size_t)-1;
}

static void literal_search(void **state) {
  (void)state;
  char text[200];
  size_t n = 0;
  const char *pieces[] = {"负", "责", "牵头", "a", "，", "负责", "由", "头"};
  for (int i = 0; n + 6 < sizeof text; i++) {
    const char *p = pieces[(i * 7 + i / 3) % 8];
    memcpy(text + n, p, strlen(p));
    n += strlen(p);
  }
  const char *needles[] = {"负责", "牵头负责", "a", "，由", "头a", "责任", "负"};
  for (size_t k = 0; k < sizeof needles / sizeof *needles; k++)
    for (size_t len = 0; len <= n; len += 5)
      for (size_t from = 0; from <= len + 1; from++)
        assert_int_equal(gw_find(text, len, from, needles[k]),
                         naive_find(text, len, from, needles[k]));
  assert_int_equal(gw_find("abc", 3, 0, ""), 0);
  assert_int_equal(gw_find("ab", 2, 0, "abc"), (size_t)-1);
}

/* Unicode's table of well-formed byte sequences (Table 3-7), byte by byte. */
static size_t reference_valid_prefix(const unsigned char *u, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned c = u[i], n, lo = 0x80, hi = 0xBF;
    if (c < 0x80)
      n = 0;
    else if (c >= 0xC2 && c <= 0xDF)
      n = 1;
    else if (c >= 0xE0 && c <= 0xEF)
      n = 2, lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
    else if (c >= 0xF0 && c <= 0xF4)
      n = 3, lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
    else
      return i;
    if (i + n >= len && n) return i;
    for (unsigned k = 1; k <= n; k++) {
      unsigned b = u[i + k];
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF)) return i;
    }
    i += n + 1;
  }
  return len;
}

static void utf8_validation_matches_reference(void **state) {
  (void)state;
  /* Chinese text with one byte changed at a time to values that matter;
   * the second has runs of Han characters long enough to be checked five
   * at a time. */
  const char *bases[] = {"一、加强领导 (2023年) ，完成率100%。𠀀é",
                         "加强组织领导压实工作责任，全面推进各项重点任务落实到位（区应急局）"};
  static const unsigned char probes[] = {0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF,
                                         0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
                                         0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
  unsigned char buf[160];
  for (size_t b = 0; b < 2; b++) {
    size_t n = strlen(bases[b]);
    for (size_t at = 0; at < n; at++)
      for (size_t p = 0; p < sizeof probes; p++) {
        memcpy(buf, bases[b], n);
        buf[at] = probes[p];
        for (size_t len = at; len <= n; len += len + 7 < n || len == n ? 7 : n - len)
          assert_int_equal(gw_utf8_valid_prefix((const char *)buf, len),
                           reference_valid_prefix(buf, len));
      }
  }
}

/* A stale temporary file from a killed run is stepped over, not reused or
 * removed; the target gets the whole content, with the umask's mode; an
 * unwritable place is an error naming the file. */
static void atomic_write(void **state) {
  (void)state;
  char dir[] = "/tmp/gongwen-test-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256], stale[300];
  snprintf(path, sizeof path, "%s/out.json", dir);
  snprintf(stale, sizeof stale, "%s.0.tmp", path);
  FILE *f = fopen(stale, "w");
  assert_non_null(f);
  fputs("half", f);
  fclose(f);
  mode_t old = umask(022);
  gw_error err = {0};
  assert_int_equal(gw_write_file_atomic(path, "{\"a\":1}\n", 8, &err), GW_OK);
  umask(old);
  char buf[32] = {0};
  f = fopen(path, "r");
  assert_non_null(f);
  assert_int_equal(fread(buf, 1, sizeof buf - 1, f), 8);
  fclose(f);
  assert_string_equal(buf, "{\"a\":1}\n");
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0644);
  assert_int_equal(stat(stale, &st), 0); /* the stale file is left alone */
  char bad[300];
  snprintf(bad, sizeof bad, "%s/missing/out.json", dir);
  assert_int_equal(gw_write_file_atomic(bad, "x", 1, &err), GW_ERR_IO);
  assert_non_null(strstr(err.message, "missing/out.json"));
  unlink(stale);
  unlink(path);
  rmdir(dir);
}

/* Code points counted sixteen bytes at a time agree with a count one byte
 * at a time, for every length and start (tails and blocks of all sizes). */
static void codepoint_count(void **state) {
  (void)state;
  static char text[5000];
  const char *pieces[] = {"甲", "a", "，", "\xF0\x9F\x98\x80", "é", "\n"};
  size_t n = 0;
  for (int i = 0; n + 4 < sizeof text; i++) {
    const char *p = pieces[(i * 5 + i / 7) % 6];
    memcpy(text + n, p, strlen(p));
    n += strlen(p);
  }
  for (size_t from = 0; from < 40; from += 3)
    for (size_t len = 0; from + len <= n; len += len < 300 ? 1 : 997) {
      size_t want = 0;
      for (size_t k = from; k < from + len; k++) want += ((unsigned char)text[k] & 0xC0) != 0x80;
      assert_int_equal(gw_utf8_count(text + from, len), want);
    }
}

static void codepoint_offsets(void **state) {
  (void)state;
  gw_arena *a = gw_arena_new(0);
  /* Long enough to cross several checkpoints. */
  char text[3000];
  size_t n = 0;
  for (int i = 0; i < 900; i++) {
    memcpy(text + n, i % 2 ? "字" : "a", i % 2 ? 3 : 1);
    n += i % 2 ? 3 : 1;
  }
  gw_cpindex ix;
  gw_cpindex_build(&ix, a, text, n);
  for (size_t off = 0; off <= n; off++) {
    if (off < n && (text[off] & 0xC0) == 0x80) continue;
    assert_int_equal(gw_cpindex_offset(&ix, off), gw_utf8_count(text, off));
  }
  gw_arena_free(a);
}

static void chinese_numerals(void **state) {
  (void)state;
  int v;
  const char *cases[] = {"十", "十二", "二十", "二十一", "一百零五", "二〇二一", "九十九", "两"};
  int want[] = {10, 12, 20, 21, 105, 2021, 99, 2};
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    size_t used = gw_cn_number_at(cases[i], strlen(cases[i]), 0, &v);
    assert_int_equal(used, strlen(cases[i]));
    assert_int_equal(v, want[i]);
  }
  assert_int_equal(gw_number_at("37号", strlen("37号"), 0, &v), 2);
  assert_int_equal(v, 37);
  assert_int_equal(gw_arabic_number_at("1234567", 7, 0, &v), 0);
}

static void numbers_written(void **state) {
  (void)state;
  char buf[GW_NUMBER_MAX];
  const struct {
    long v;
    const char *counting, *legal;
  } cases[] = {{0, "〇", "零"},
               {1, "一", "壹"},
               {10, "十", "壹拾"},
               {11, "十一", "壹拾壹"},
               {20, "二十", "贰拾"},
               {99, "九十九", "玖拾玖"},
               {101, "一百零一", "壹佰零壹"},
               {1010, "一千零一十", "壹仟零壹拾"},
               {10000, "一万", "壹万"},
               {10001, "一万零一", "壹万零壹"},
               {110000, "十一万", "壹拾壹万"},
               {99999999, "九千九百九十九万九千九百九十九", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    assert_int_equal(gw_cn_format(&gw_cn_counting, cases[i].v, buf), strlen(cases[i].counting));
    assert_string_equal(buf, cases[i].counting);
    gw_cn_format(&gw_cn_legal_simplified, cases[i].v, buf);
    assert_string_equal(buf, cases[i].legal);
  }
  gw_cn_format(&gw_cn_legal_traditional, 23000, buf);
  assert_string_equal(buf, "貳萬參仟");
  const struct {
    long v;
    const char *text;
  } dec[] = {{0, "0"},
             {7, "7"},
             {-42, "-42"},
             {999999999999999, "999999999999999"},
             {LONG_MIN, "-9223372036854775808"}};
  for (size_t i = 0; i < sizeof dec / sizeof dec[0]; i++) {
    assert_int_equal(gw_format_decimal(dec[i].v, buf), strlen(dec[i].text));
    assert_string_equal(buf, dec[i].text);
  }
}

static void nfkc_without_spaces(void **state) {
  (void)state;
  char out[64];
  const char *in = "区　应急局 ＡＢＣ１２３\t㍿\n";
  const char *want = "区应急局ABC123株式会社";
  assert_int_equal(gw_nfkc_nospace(in, strlen(in), NULL, 0), strlen(want));
  assert_int_equal(gw_nfkc_nospace(in, strlen(in), out, sizeof out), strlen(want));
  assert_string_equal(out, want);
  /* too small a buffer: only the length */
  memset(out, 'x', sizeof out);
  assert_int_equal(gw_nfkc_nospace(in, strlen(in), out, 4), strlen(want));
  assert_int_equal(gw_nfkc_nospace("", 0, out, sizeof out), 0);
  assert_string_equal(out, "");
  assert_int_equal(gw_nfkc_nospace("\xFF\xFE", 2, out, sizeof out), (size_t)-1);
  /* a long text: no fixed buffer inside */
  static char big[30000], res[30001];
  for (size_t k = 0; k + 3 <= sizeof big; k += 3) memcpy(big + k, k % 2 ? "１" : "甲", 3);
  size_t n = sizeof big / 3 * 3;
  size_t m = gw_nfkc_nospace(big, n, res, sizeof res);
  assert_int_equal(m, n / 3 / 2 * (3 + 1)); /* 甲 stays, １ becomes 1 */
  assert_memory_equal(res, "甲1甲1", 8);
}

static void dates(void **state) {
  (void)state;
  char iso[11];
  gw_date d = gw_month_end(2024, 2);
  gw_date_iso(d, iso);
  assert_string_equal(iso, "2024-02-29");
  d = gw_month_end(2023, 2);
  gw_date_iso(d, iso);
  assert_string_equal(iso, "2023-02-28");
  assert_false(gw_date_set(gw_date_make(2023, 2, 30)));
  assert_true(gw_date_cmp(gw_date_make(2020, 12, 31), gw_date_make(2021, 1, 1)) < 0);
  assert_int_equal(gw_date_days(gw_date_make(1970, 1, 1)), 0);
  gw_date p;
  assert_true(gw_date_parse_iso("2021-06-30", &p));
  assert_int_equal(p.d, 30);
  assert_false(gw_date_parse_iso("2021-6-30", &p));
}

static void arena_allocates_and_caps(void **state) {
  (void)state;
  gw_arena *a = gw_arena_new(0);
  char *big = gw_arena_alloc(a, 10 << 20);
  memset(big, 1, 10 << 20);
  for (int i = 0; i < 10000; i++) {
    int *p = gw_arena_alloc(a, sizeof(int));
    *p = i;
  }
  char *s = gw_arena_printf(a, "%s-%d", "任务", 7);
  assert_string_equal(s, "任务-7");
  gw_arena_free(a);

  /* Past the cap, the arena jumps to the recovery point. */
  gw_arena *capped = gw_arena_new(1 << 20);
  jmp_buf guard;
  capped->on_fail = &guard;
  volatile int jumped = 0;
  if (setjmp(guard) == 0) {
    gw_arena_alloc(capped, 2 << 20);
  } else {
    jumped = 1;
  }
  assert_int_equal(jumped, 1);
  assert_int_equal(capped->failed_cap, 1);
  gw_arena_free(capped);
}

static void sha256_known_digest(void **state) {
  (void)state;
  char hex[65];
  gw_sha256_hex("abc", 3, hex);
  assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  gw_sha256_hex("", 0, hex);
  assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  /* The accelerated path (when the CPU has it) agrees with plain C on every
   * length around the block boundaries. */
  unsigned char buf[300];
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (unsigned char)(i * 131 + 7);
  for (size_t n = 0; n <= sizeof buf; n++) {
    char fast[65], plain[65];
    gw_sha256_hex_impl(buf, n, fast, 0);
    gw_sha256_hex_impl(buf, n, plain, 1);
    assert_string_equal(fast, plain);
  }
  gw_sha256_hex("The quick brown fox jumps over the lazy dog", 43, hex);
  assert_string_equal(hex, "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
}

static void column_roles(void **state) {
  (void)state;
  assert_int_equal(gw_column_roles("牵头单位", strlen("牵头单位")), GW_COL_LEAD);
  assert_int_equal(gw_column_roles("配合单位", strlen("配合单位")), GW_COL_COOP);
  assert_int_equal(gw_column_roles("责任单位", strlen("责任单位")), GW_COL_RESP);
  assert_int_equal(gw_column_roles("完成时限", strlen("完成时限")), GW_COL_DEADLINE);
  assert_int_equal(gw_column_roles("分 管 县领导", strlen("分 管 县领导")), GW_COL_PERSON);
  assert_int_equal(gw_column_roles("序号", strlen("序号")), GW_COL_SEQ);
  assert_true(gw_column_roles("具体内容", strlen("具体内容")) & GW_COL_TEXT);
  assert_int_equal(gw_column_roles("责任单位及任务分工", strlen("责任单位及任务分工")),
                   GW_COL_RESP | GW_COL_TEXT);
  assert_int_equal(gw_column_roles("天气", strlen("天气")), 0);
  assert_int_equal(gw_column_roles("承办单位", strlen("承办单位")), GW_COL_LEAD);
  assert_int_equal(gw_column_roles("联系单位", strlen("联系单位")), GW_COL_COOP);
  /* period columns and the month each ends in */
  static const struct {
    const char *header;
    int end;
  } periods[] = {{"一季度", 3},  {"第二季度", 6}, {"3季度", 9},   {"四季度", 12}, {"上半年", 6},
                 {"下半年", 12}, {"9月", 9},      {"十二月", 12}, {"11月份", 11}, {"季度", 0},
                 {"五季度", 0},  {"13月", 0},     {"年度", 0}};
  for (size_t i = 0; i < sizeof periods / sizeof *periods; i++) {
    const char *h = periods[i].header;
    if (gw_column_period_end(h, strlen(h)) != periods[i].end)
      fail_msg("%s: ends in %d", h, gw_column_period_end(h, strlen(h)));
    assert_int_equal(gw_column_roles(h, strlen(h)) == GW_COL_PERIOD, periods[i].end != 0);
  }
}

static void festival_dates(void **state) {
  (void)state;
  static const struct {
    gw_festival f;
    int year;
    const char *iso;
  } cases[] = {{GW_FEAST_SPRING, 2021, "2021-02-12"},     {GW_FEAST_SPRING, 2024, "2024-02-10"},
               {GW_FEAST_SPRING, 2025, "2025-01-29"},     {GW_FEAST_DRAGON, 2024, "2024-06-10"},
               {GW_FEAST_MID_AUTUMN, 2024, "2024-09-17"}, {GW_FEAST_NATIONAL, 2020, "2020-10-01"},
               {GW_FEAST_NEW_YEAR, 2026, "2026-01-01"},   {GW_FEAST_LABOUR, 2019, "2019-05-01"}};
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char iso[11];
    gw_date_iso(gw_festival_date(cases[i].f, cases[i].year), iso);
    assert_string_equal(iso, cases[i].iso);
  }
  size_t len;
  assert_int_equal(gw_festival_at("国庆节前", strlen("国庆节前"), &len), GW_FEAST_NATIONAL);
  assert_int_equal(len, strlen("国庆节"));
  assert_int_equal(gw_festival_at("国家", strlen("国家"), &len), GW_FEAST_NONE);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(utf8_validation),
      cmocka_unit_test(literal_search),
      cmocka_unit_test(atomic_write),
      cmocka_unit_test(utf8_validation_matches_reference),
      cmocka_unit_test(codepoint_offsets),
      cmocka_unit_test(chinese_numerals),
      cmocka_unit_test(numbers_written),
      cmocka_unit_test(codepoint_count),
      cmocka_unit_test(nfkc_without_spaces),
      cmocka_unit_test(dates),
      cmocka_unit_test(arena_allocates_and_caps),
      cmocka_unit_test(sha256_known_digest),
      cmocka_unit_test(column_roles),
      cmocka_unit_test(festival_dates),
  };
  return cmocka_run_group_tests_name("core", tests, NULL, NULL);
}
