/* Unit tests of schema/: a catalogue written and read back is the same
 * catalogue; bad catalogues are refused with a reason. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <jansson.h>

#include "../../include/gongwen.h"

static const char NOTICE[] = "关于做好安全生产工作的通知\n\n各单位：\n"
                             "一、重点任务\n"
                             "1.开展排查，确保6月底前完成，联网率不低于99.9%。"
                             "（区应急局牵头，区公安分局配合）每月调度一次。\n\n"
                             "某某区人民政府\n2023年3月1日\n";

static void round_trip(void **state) {
  (void)state;
  gw_extractor *ex;
  gw_error err = {0};
  assert_int_equal(gw_extractor_new(NULL, &ex, &err), GW_OK);
  gw_doc *doc;
  assert_int_equal(gw_doc_read_memory("n.txt", NOTICE, sizeof NOTICE - 1, NULL, &doc, &err), GW_OK);
  gw_catalogue *cat;
  assert_int_equal(gw_extract(ex, doc, NULL, &cat, &err), GW_OK);
  char *first;
  size_t n1;
  assert_int_equal(gw_catalogue_to_json(cat, GW_JSON_PRETTY, &first, &n1, &err), GW_OK);
  gw_doc *back;
  gw_catalogue *cat2;
  gw_status st = gw_catalogue_read_json("n.json", first, n1, &back, &cat2, &err);
  if (st != GW_OK) print_message("%s\n", err.message);
  assert_int_equal(st, GW_OK);
  char *second;
  size_t n2;
  assert_int_equal(gw_catalogue_to_json(cat2, GW_JSON_PRETTY, &second, &n2, &err), GW_OK);
  assert_string_equal(first, second);
  assert_int_equal(gw_catalogue_task_count(cat2), 1);
  assert_int_equal(gw_catalogue_unit_count(cat2), 2);
  free(first);
  free(second);
  gw_doc_free(back);
  gw_doc_free(doc);
  gw_extractor_free(ex);
}

/* Quotes, backslashes and control characters at every distance from the
 * sixteen-byte blocks the writer scans: the text a JSON reader gets back is
 * the document's text, byte for byte. */
static void escaping(void **state) {
  (void)state;
  gw_extractor *ex;
  gw_error err = {0};
  assert_int_equal(gw_extractor_new(NULL, &ex, &err), GW_OK);
  char notice[4096];
  size_t n = 0;
  n += (size_t)snprintf(notice + n, sizeof notice - n, "一、重点任务\n");
  static const char *const specials[] = {"\"", "\\", "\t", "\x1F", "\r\n"};
  for (int k = 0; k < 40; k++) {
    n += (size_t)snprintf(notice + n, sizeof notice - n, "%d.开展%.*s排查%s整治\n", k + 1, k % 17,
                          "abcdefghijklmnopq", specials[k % 5]);
  }
  gw_doc *doc;
  assert_int_equal(gw_doc_read_memory("n.txt", notice, n, NULL, &doc, &err), GW_OK);
  gw_catalogue *cat;
  assert_int_equal(gw_extract(ex, doc, NULL, &cat, &err), GW_OK);
  char *out;
  size_t len;
  assert_int_equal(gw_catalogue_to_json(cat, 0, &out, &len, &err), GW_OK);
  json_error_t jerr;
  json_t *root = json_loadb(out, len, 0, &jerr);
  if (!root) fail_msg("JSON does not parse: %s", jerr.text);
  size_t text_len;
  const char *text = gw_doc_text(doc, &text_len);
  json_t *jt = json_object_get(root, "text");
  assert_int_equal(json_string_length(jt), text_len);
  assert_memory_equal(json_string_value(jt), text, text_len);
  assert_non_null(memchr(text, '"', text_len));
  assert_non_null(memchr(text, '\\', text_len));
  json_decref(root);
  free(out);
  gw_doc_free(doc);
  gw_extractor_free(ex);
}

static void refusals(void **state) {
  (void)state;
  gw_error err = {0};
  gw_doc *doc;
  gw_catalogue *cat;
  const char *cases[][2] = {
      {"{", "invalid JSON"},
      {"{\"format\":\"other\"}", "not a gongwen catalogue"},
      {"{\"format\":\"gongwen-catalogue\",\"version\":9}", "version"},
      {"{\"format\":\"gongwen-catalogue\",\"version\":1,\"tasks\":[{\"id\":\"t1\"}]}",
       "no id or text"},
      {"{\"format\":\"gongwen-catalogue\",\"version\":1,\"tasks\":[{\"id\":\"t1\",\"text\":\"x\","
       "\"units\":[{\"name\":\"a\",\"role\":\"boss\"}]}]}",
       "unknown role"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    assert_int_equal(
        gw_catalogue_read_json("c.json", cases[i][0], strlen(cases[i][0]), &doc, &cat, &err),
        GW_ERR_INVALID);
    if (!strstr(err.message, cases[i][1])) print_message("got: %s\n", err.message);
    assert_non_null(strstr(err.message, cases[i][1]));
    assert_null(doc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(round_trip), cmocka_unit_test(escaping),
                                     cmocka_unit_test(refusals)};
  return cmocka_run_group_tests_name("schema", tests, NULL, NULL);
}
