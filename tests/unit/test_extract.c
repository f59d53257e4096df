/* Unit tests of extract/: numbering labels, date phrases, unit lists and
 * role verbs, and one document end to end through the catalogue structs. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "../../extract/dates.h"
#include "../../extract/features.h"
#include "../../extract/patterns.h"
#include "../../extract/text.h"
#include "../../extract/label.h"
#include "../../extract/unitlist.h"
#include "../../schema/catalogue.h"

static void labels(void **state) {
  (void)state;
  static const struct {
    const char *text;
    gw_label_style style;
    int number;
    const char *name;
  } cases[] = {
      {"一、总体要求", GW_L_CN_DUN, 1, "一"},
      {"十二、其他", GW_L_CN_DUN, 12, "十二"},
      {"（三）加强领导", GW_L_PAREN_CN, 3, "（三）"},
      {"(3)加强领导", GW_L_PAREN_AR, 3, "（3）"},
      {"10.强化执法", GW_L_AR_DOT, 10, "10"},
      {"1．强化执法", GW_L_AR_DOT, 1, "1"},
      {"1﹒全省生产总值", GW_L_AR_DOT, 1, "1"},
      {"2、推进工作", GW_L_AR_DUN, 2, "2"},
      {"3）推进工作", GW_L_AR_RPAREN, 3, "3"},
      {"②开展考核", GW_L_CIRCLED, 2, "②"},
      {"二是健全机制", GW_L_CN_SHI, 2, "二是"},
      {"三要全面夯实", GW_L_CN_YAO, 3, "三要"},
      {"第一，加强领导", GW_L_DI, 1, "第一"},
      {"第十二条 本办法", GW_L_DI_TIAO, 12, "第十二条"},
      {"——事故控制。", GW_L_DASH, 0, "——0"},
      {"4.6月上旬前报送", GW_L_AR_DOT, 4, "4"},
      {"1.2023年底前完成", GW_L_AR_DOT, 1, "1"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    gw_label l;
    assert_true(gw_label_parse(cases[i].text, strlen(cases[i].text), &l));
    assert_int_equal(l.style, cases[i].style);
    assert_int_equal(l.number, cases[i].number);
    char buf[48];
    assert_string_equal(gw_label_name(&l, buf, sizeof buf), cases[i].name);
  }
  static const char *const not_labels[] = {"1.5倍以上", "2020年12月4日", "三要素齐全",
                                           "一般事故",  "（30人以下）",  "十二月底前",
                                           "12350举报"};
  for (size_t i = 0; i < sizeof not_labels / sizeof not_labels[0]; i++) {
    gw_label l;
    bool parsed = gw_label_parse(not_labels[i], strlen(not_labels[i]), &l);
    /* 三要素 parses as 三要 only when followed by something other than 素 */
    assert_false(parsed && l.style != GW_L_NONE);
  }
}

static void date_phrases(void **state) {
  (void)state;
  gw_ymd d;
  const char *s = "2023年5月31日前";
  assert_int_equal(gw_parse_ymd(s, strlen(s), 0, &d), strlen("2023年5月31日"));
  assert_int_equal(d.y, 2023);
  assert_int_equal(d.m, 5);
  assert_int_equal(d.d, 31);
  s = "二〇二〇年十二月八日";
  assert_int_equal(gw_parse_ymd(s, strlen(s), 0, &d), strlen(s));
  assert_int_equal(d.y, 2020);
  assert_int_equal(d.m, 12);
  assert_int_equal(d.d, 8);
  s = "2019 年 4 月 16 日";
  assert_int_equal(gw_parse_ymd(s, strlen(s), 0, &d), strlen(s));
  assert_int_equal(d.d, 16);
  s = "6月底前";
  assert_int_equal(gw_parse_ymd(s, strlen(s), 0, &d), strlen("6月"));
  assert_int_equal(d.y, 0);
  s = "13月";
  assert_int_equal(gw_parse_ymd(s, strlen(s), 0, &d), 0);
}

static void role_verbs(void **state) {
  (void)state;
  gw_role r;
  const char *s = "区应急局牵头负责";
  assert_int_equal(gw_role_verb_suffix(s, strlen(s), &r), strlen("牵头负责"));
  assert_int_equal(r, GW_ROLE_LEAD);
  s = "教育部按职责分工负责";
  assert_int_equal(gw_role_verb_suffix(s, strlen(s), &r), strlen("按职责分工负责"));
  assert_int_equal(r, GW_ROLE_RESPONSIBLE);
  s = "区安委办督促";
  gw_role_verb_suffix(s, strlen(s), &r);
  assert_int_equal(r, GW_ROLE_SUPERVISING);
  s = "综合行政执法大队配合";
  gw_role_verb_suffix(s, strlen(s), &r);
  assert_int_equal(r, GW_ROLE_COOPERATING);
  assert_int_equal(gw_role_label("协同责任单位", strlen("协同责任单位"), &r), 1);
  assert_int_equal(r, GW_ROLE_COOPERATING);
  assert_int_equal(gw_role_label("牵头负责领导", strlen("牵头负责领导"), &r), 2);
}

static void split(const char *list, bool strict, const char *const *want, size_t nwant) {
  gw_arena *a = gw_arena_new(0);
  gw_name_vec names = {0};
  bool ok = gw_split_units(a, list, 0, (uint32_t)strlen(list), strict, &names);
  assert_true(ok);
  assert_int_equal(names.len, nwant);
  for (size_t i = 0; i < nwant; i++) {
    size_t n = names.items[i].end - names.items[i].start;
    assert_int_equal(n, strlen(want[i]));
    assert_memory_equal(list + names.items[i].start, want[i], n);
  }
  gw_arena_free(a);
}

static void unit_lists(void **state) {
  (void)state;
  split("区应急局、区发改财政局和各有关部门", false,
        (const char *[]){"区应急局", "区发改财政局", "各有关部门"}, 3);
  split("民政和社区事务办、社区事务服务中心等", false,
        (const char *[]){"民政和社区事务办", "社区事务服务中心"}, 2);
  split("区应急局、区交警大队等负有安全监管职责的单位", false,
        (const char *[]){"区应急局", "区交警大队"}, 2);
  split("各县(市、区)党委和人民政府", false, (const char *[]){"各县(市、区)党委和人民政府"}, 1);
  split("城乡一体化示范区、高新区党工委和管委会", false,
        (const char *[]){"城乡一体化示范区", "高新区党工委和管委会"}, 2);
  split("各区、县级市", false, (const char *[]){"各区、县级市"}, 1);
  split("县直各有关单位,各乡镇人民政府", false,
        (const char *[]){"县直各有关单位", "各乡镇人民政府"}, 2);
  split("各牵头单位、区应急局", false, (const char *[]){"区应急局"}, 1);
  gw_arena *a = gw_arena_new(0);
  gw_name_vec names = {0};
  const char *prose = "各地要按照部署全面开展排查工作";
  assert_false(gw_split_units(a, prose, 0, (uint32_t)strlen(prose), true, &names));
  assert_true(gw_unit_like("各镇（办事处）", strlen("各镇（办事处）")));
  assert_false(gw_unit_like("民政", strlen("民政")));
  gw_arena_free(a);
}

/* A whole document, checked through the catalogue structs. */
/* The character prefilter may let through text without a recurrence, but
 * must never hide one the recurrence pattern would find. */
/* The recurrences the extractor finds in a notice of one task, `text`. */
static size_t task_recurrences(gw_extractor *ex, const char *text) {
  char notice[512];
  snprintf(notice, sizeof notice, "一、重点任务\n1.%s。\n", text);
  gw_error err = {0};
  gw_doc *doc;
  assert_int_equal(gw_doc_read_memory("n.txt", notice, strlen(notice), NULL, &doc, &err), GW_OK);
  gw_catalogue *cat;
  assert_int_equal(gw_extract(ex, doc, NULL, &cat, &err), GW_OK);
  size_t n = cat->tasks.len ? cat->tasks.items[0].f.recurrence.len : 0;
  gw_doc_free(doc);
  return n;
}

static void recurrence_prefilter(void **state) {
  (void)state;
  static gw_feature_table table;
  gw_features_init(&table);
  gw_patterns p;
  gw_error err = {0};
  assert_int_equal(gw_patterns_compile(&p, &err), GW_OK);
  pcre2_match_data *md = pcre2_match_data_create(p.max_pairs, NULL);
  /* passes: no recurrence, but the characters the prefilter sees look like
   * one (what rules it out is the pattern's look-behind or look-ahead) */
  static const struct {
    const char *text;
    bool recurrence, passes;
  } cases[] = {
      {"每月报送一次", true, false},
      {"坚持一月一通报制度", true, false},
      {"逐月调度进展", true, false},
      {"按季度开展检查", true, false},
      {"实行月调度", true, false},
      {"召开季度例会", true, false},
      {"每半年评估一次", true, false},
      {"一周一研判", true, false},
      {"督导检查半年一次", true, false},
      {"实行“周调度、月通报”", true, false},
      {"季通报排名", true, false},
      {"按照要求完成", false, false},
      {"例如开展宣传", false, false},
      {"一月份完成", false, true},
      {"调度会议精神", false, false},
      {"2023年5月底前完成", false, false},
      {"长期坚持", false, false},
      {"于6月调度会上汇报", false, true},
      {"上半年一次性完成", false, true},
      {"落实“日清扫、周消毒”制度", true, false},
      {"实行周巡查、月考核", true, false},
      {"加强秋冬季巡查", false, true},
      {"严格执行班组日排查", false, true},
      {"3个工作日报告结果", false, true},
      {"落实“日查、周报”制度", true, false},
      {"在人民日报发表文章", false, true},
      {"实行疫情日报告制度", true, false},
  };
  gw_extractor *ex;
  assert_int_equal(gw_extractor_new(NULL, &ex, &err), GW_OK);
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    const char *t = cases[i].text;
    size_t n = strlen(t), *ov;
    /* every phrase the pattern matches must pass the prefilter (the
     * extractor may still rule it out) */
    bool matched = gw_pattern_match(&p, GW_PAT_RECURRENCE, md, t, n, 0, &ov);
    bool flagged = (gw_text_features(&table, t, n) & GW_F_RECUR) != 0;
    bool found = task_recurrences(ex, t) > 0;
    if (found != cases[i].recurrence || (matched && !flagged))
      fail_msg("%s: found %d, pattern %d, prefilter %d", t, found, matched, flagged);
    if (!cases[i].recurrence && flagged && !cases[i].passes)
      fail_msg("%s: prefilter lets it through", t);
  }
  assert_true(gw_text_features(&table, "长期坚持", strlen("长期坚持")) & GW_F_LONGTERM);
  gw_extractor_free(ex);
  pcre2_match_data_free(md);
  gw_patterns_free(&p);
}

static void brackets(void **state) {
  (void)state;
  const char *pairs[] = {"（）", "《》", "【】", "“”", "〈〉", "［］", "〔〕", "()", "[]"};
  for (size_t k = 0; k < sizeof pairs / sizeof *pairs; k++) {
    char text[64];
    size_t w = strlen(pairs[k]) / 2; /* bytes of one bracket */
    snprintf(text, sizeof text, "%.*s甲%.*s", (int)w, pairs[k], (int)w, pairs[k] + w);
    size_t n = strlen(text);
    assert_int_equal(gw_text_open_bracket(text, n, 0), w);
    assert_int_equal(gw_text_close_bracket(text, n, 0), 0);
    assert_int_equal(gw_text_close_bracket(text, n, w + 3), w);
    assert_int_equal(gw_text_match_close(text, n, 0), w + 3);
  }
  /* Punctuation that shares the brackets' first bytes is none: 、。，：；‘ */
  const char *others[] = {"、", "。", "，", "：", "；", "‘", "「", "！"};
  for (size_t k = 0; k < sizeof others / sizeof *others; k++) {
    int depth = 0;
    assert_int_equal(gw_text_bracket_depth(others[k], strlen(others[k]), 0, &depth), 0);
  }
  /* Nesting, and an opening bracket that is never closed. */
  const char *nested = "（甲（乙）“丙”）丁";
  assert_int_equal(gw_text_match_close(nested, strlen(nested), 0), strlen("（甲（乙）“丙”"));
  assert_int_equal(gw_text_match_close("（甲（乙）", strlen("（甲（乙）"), 0), (size_t)-1);
}

/* The pairs found in one pass give, for every opening bracket, what
 * scanning from it gives: nested, unbalanced, mixed kinds, and closing
 * brackets just inside and just past the reach. */
static void closer_matches_scan(void **state) {
  (void)state;
  static const char *const pieces[] = {"（", "）", "(", ")", "《", "》", "“", "”", "甲", "ab"};
  enum { LEN = 3 * GW_BRACKET_REACH };
  char *text = malloc(LEN + 8);
  assert_non_null(text);
  unsigned seed = 11;
  for (int round = 0; round < 60; round++) {
    size_t n = 0;
    /* A long run of opening brackets in some rounds: the case the pass is for. */
    int run = round % 3 == 0 ? 700 + round * 10 : 0;
    while (n + 4 < LEN) {
      seed = seed * 1103515245u + 12345u;
      const char *p = run-- > 0 ? "（" : pieces[(seed >> 16) % (round % 2 ? 10 : 8)];
      memcpy(text + n, p, strlen(p));
      n += strlen(p);
    }
    gw_arena *a = gw_arena_new(0);
    gw_closer m;
    gw_closer_init(&m, a, text, n);
    size_t closed = 0, unclosed = 0;
    for (size_t i = 0; i < n; i++) {
      if (!gw_text_open_bracket(text, n, i)) continue;
      size_t want = gw_text_match_close(text, n, i);
      assert_int_equal(gw_closer_find(&m, i), want);
      want == (size_t)-1 ? unclosed++ : closed++;
    }
    assert_true(closed > 0 && unclosed > 0); /* both kinds of answer were asked */
    assert_true(m.paired);
    gw_arena_free(a);
  }
  free(text);
}

/* The scanners' skip (sixteen bytes at a time) stops where the byte
 * table says, for every class, start and end. */
static void byte_class_skip(void **state) {
  (void)state;
  static const char alphabet[] = "甲（）《》，。、；：“”,;()[]\n a";
  char text[300];
  size_t n = 0;
  unsigned seed = 7;
  while (n + 4 < sizeof text) {
    seed = seed * 1103515245u + 12345u;
    size_t k = (seed >> 16) % (sizeof alphabet - 1);
    /* whole characters only */
    while (k && ((unsigned char)alphabet[k] & 0xC0) == 0x80) k--;
    size_t len = (unsigned char)alphabet[k] < 0x80 ? 1 : 3;
    /* long runs of Han characters between the stops */
    if ((seed >> 8) % 3 == 0) k = 0, len = 3;
    memcpy(text + n, alphabet + k, len);
    n += len;
  }
  const unsigned classes[] = {GW_BYTE_BRACKET, GW_BYTE_CLAUSE, GW_BYTE_LIST};
  for (size_t c = 0; c < 3; c++)
    for (uint32_t from = 0; from < n; from += 7)
      for (uint32_t to = from; to <= n; to += 13) {
        uint32_t want = from;
        while (want < to && !(gw_text_byte_class[(unsigned char)text[want]] & classes[c])) want++;
        assert_int_equal(gw_text_skip_to(text, from, to, classes[c]), want);
      }
}

static void end_to_end(void **state) {
  (void)state;
  const char notice[] = "一、重点任务\n"
                        "1.开展排查，确保6月底前完成。（区应急局牵头，区公安分局配合）"
                        "全面完成整治。（河坝镇负责）\n\n"
                        "某某区人民政府\n2023年3月1日\n";
  gw_extractor *ex;
  gw_error err = {0};
  assert_int_equal(gw_extractor_new(NULL, &ex, &err), GW_OK);
  gw_doc *doc;
  assert_int_equal(gw_doc_read_memory("n.txt", notice, sizeof notice - 1, NULL, &doc, &err), GW_OK);
  gw_catalogue *cat;
  assert_int_equal(gw_extract(ex, doc, NULL, &cat, &err), GW_OK);
  assert_int_equal(cat->tasks.len, 1);
  const gw_task *t = &cat->tasks.items[0];
  assert_int_equal(t->subtasks.len, 2);
  assert_int_equal(t->f.units.len, 3);
  assert_int_equal(t->subtasks.items[0].f.deadlines.len, 1);
  char iso[11];
  gw_date_iso(t->f.deadlines.items[0].due, iso);
  assert_string_equal(iso, "2023-06-30");
  /* Spans are code points of the text. */
  const gw_unit *u = &t->f.units.items[0];
  assert_string_equal(u->name, "区应急局");
  size_t len;
  const char *text = gw_doc_text(doc, &len);
  size_t cp = 0, i = 0;
  while (cp < u->span.start) {
    i++;
    while (i < len && (text[i] & 0xC0) == 0x80) i++;
    cp++;
  }
  assert_memory_equal(text + i, "区应急局", strlen("区应急局"));
  assert_string_equal(cat->meta.issuer.value, "某某区人民政府");
  gw_doc_free(doc);
  gw_extractor_free(ex);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(labels),          cmocka_unit_test(date_phrases),
      cmocka_unit_test(role_verbs),      cmocka_unit_test(unit_lists),
      cmocka_unit_test(end_to_end),      cmocka_unit_test(recurrence_prefilter),
      cmocka_unit_test(brackets),        cmocka_unit_test(closer_matches_scan),
      cmocka_unit_test(byte_class_skip),
  };
  return cmocka_run_group_tests_name("extract", tests, NULL, NULL);
}
