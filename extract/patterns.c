#include "patterns.h"

#include <string.h>

#include "../core/err.h"

/* Pieces shared by several patterns. */
/* 1,200 with thousands separators, 3.5, 300 */
#define NUM "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
/* A count in Chinese numerals (三, 两, 十二, 一百; not 千 alone, as in
 * 千吨万人供水工程): targets.c reads its value. */
#define CN_NUM "(?:[二两三四五六七八九十]|一(?=[十百千]))[一二两三四五六七八九十百千]{0,5}"
/* Measure words of a count, with 万/亿 kept in the unit. */
#define COUNT_UNITS                                                                                                                   \
  "(?:万|亿|千)?(?:个工作日|个|名|人次|人|家|所|座|条|项|户|台|辆|套|处|场|期|批|支|吨|斤|公斤|"        \
  "亩|公里|"                                                                                                                       \
  "千米|厘米|毫米|米|千克|克(?!服)|例(?![如外])|"                                                                       \
  "平方米|"                                                                                                                        \
  "平方公里|立方米|千伏安|千瓦|兆瓦|美元|元|册|篇|件|张|间|栋|床|批次|口|艘|株|棵|头|只|份|块|盏|" \
  "公顷|"                                                                                                                           \
  "顶|组|类|列|眼|根|宗|部(?!门)|小时(?=以内|、)|分钟(?=以内|、)|节(?![能日假约水点庆])|"                  \
  "微克/立方米|毫克/升)"
/* Count targets: a verb of achievement, then a number with a measure.
 * VALUE: NUM, or CN_NUM for counts in Chinese numerals (their own
 * pattern, so that digits pay nothing for them).
 * - 新（改）建, 改（扩）建: the alternative is written inside the verb.
 * - The words between may list what is counted (培训乡镇、村级管理员) and
 *   hold a name with a digit (5G基站), in quotes (新建“城市书房”5个; a number
 *   inside the quotes is a name: “15条硬措施”) or with brackets
 *   (村（社区） 灾害信息员620名); a 、 right before the number ends a list
 *   item (实施方案、16个).
 * - A range (1到2个) counts from its lower bound.
 * - 起 and 天 count only after a verb (发生2起以上…的单位 is a condition). */
#define COUNT_TARGET(VALUE)                                                                                                              \
  "(?<verb>新增|新建|新培育|新引进|建成|建设|完成|实现|达到|引进|培育|培训|打造|创建|改造|落实|"       \
  "改扩建|扩建|开通|更新|发放|配备|投入|加固|招用|安排|修复|修建|新修|铺设|硬化|疏浚|"                  \
  "造林|育林|种植|栽植|储备|消除|接入|新改建|选派|招募|设置|签约|组织|净增|扶持|安装|"                  \
  "压减至|压减到|补充|新植|划分|聘请|加装|淘汰|筛查|破获|侦破|组建|认证|扩大到|扩大至|"                \
  "开行|关闭退出|筹集|新设|清除|更换|检修|关停|突破|治理|整治|推出|开工|拆除|补植|归集|封堵|开设|" \
  "清退|落地|投用|招引|申报|争取|谋划|摸排|走访|回收|处置|抽检|送检|汇聚|部署|"                            \
  "新[（(][改扩][）)]建|改[（(]扩[）)]建|"                                                                                    \
  "配齐|招录|招聘|发展|增加|认定|争创|实施|举办|建立|设立|开发|控制在|压缩至|压缩到|缩短至|"         \
  "缩短到|提升至|提高到|保持在|达(?<![下传表送抵到]达))"                                                             \
  "(?<mid>(?:[^，,。.；;：:（）()“”《》\\d]|\\d+[A-Za-z]|“[^“”\\d]{1,12}”|《[^《》\\d]{1,16}》|"                 \
  "（[^（）\\d]{1,8}）){0,20}?)"                                                                                                     \
  "(?<!、)"                                                                                                                             \
  "(?<op1>不少于|不低于|至少|超过|约)?"                                                                                       \
  "(?<val>" VALUE ")(?:\\s*(?:到|至|-|～|~)\\s*" NUM ")?\\s*(?<unit>" COUNT_UNITS "|起|天)"                                            \
  "(?<op2>以上|左右|以内|以下)?"

static const struct {
  gw_pattern_id id;
  const char *source;
} PATTERNS[] = {
    /* 机关代字〔年份〕序号 with the bracket variants seen in practice; the
     * whole line is the number, optionally with 签发人 beside it. */
    {GW_PAT_DOC_NUMBER,
     "^(?:签发人[:：]\\s*\\S{2,4}\\s+)?(?<num>[\\x{4e00}-\\x{9fff}A-Za-z]{1,16}\\s*"
     "[〔\\[［【(（]\\s*(?:19|20)\\d{2}\\s*[〕\\]］】)）]\\s*第?\\s*\\d{1,5}\\s*号)"
     "(?:\\s+签发人[:：]?\\s*(?<signer>\\S{2,4}))?\\s*$"},
    /* Recurrence: 每月, 每半年 / 一月一通报 / 逐月, 按季度 / 季调度. Group `u`
     * holds the period word; 日周月 (a checking scheme) is none of these. */
    {GW_PAT_RECURRENCE,
     "每(?:个|一个|一)?(?<u1>半年|季度|季|年度|年|月度|月|周|星期|日|天)"
     /* 一月一通报 (not 十一月一日: recurrence.c checks what stands before) */
     "|一(?<u2>季度|季|年|月|周|日|天)一(?![月日号年季周天])"
     "[\\x{4e00}-\\x{9fff}]"
     "|(?:逐|按)(?<u3>季度|季|月|周|日|天)"
     /* 季调度, 月通报, 日报告, 日管控、周排查, “日清扫、周消毒” (what may not
      * stand before the period word is checked by recurrence.c) */
     "|(?<u4>季|月|周|日)度?"
     "(?:调度|例会|通报|报告|上报|管控|排查|研判|清扫|消毒|巡查|检查|督查|考核|评比|点评|监测|查(?!"
     "["
     "处明清])|"
     "报(?![告纸社刊送表])|"
     "保洁)"
     /* 半年一次, 半年一评估 (not 一次性; not 上半年一…: checked by recurrence.c) */
     "|(?<u5>半年)一(?!次性)[\\x{4e00}-\\x{9fff}]"},
    /* Percentage targets: metric, comparison, value, 以上/左右. */
    {GW_PAT_TARGET_RATIO,
     "(?<op1>不低于|不少于|不小于|不高于|不超过|不大于|高于|低于|超过|达到|达|提高到|提升到|"
     "提高至|提升至|提高|提升|增长|下降|降低|减少|降至|降到|控制在|保持在|稳定在|力争|约|大于|小于)"
     "?"
     "\\s*(?<val>" NUM
     ")\\s*(?<unit>%|‰|个百分点|(?=以内|以下|以上|[。；，,;]|$))(?<op2>以上|以下|以内|"
     "左右|及以上|上下)?"},
    {GW_PAT_TARGET_COUNT, COUNT_TARGET(NUM)},
    {GW_PAT_TARGET_COUNT_CN, COUNT_TARGET(CN_NUM)},
    /* A count with a bound and no verb: 不少于20户, 走访企业300家以上 (超过100人
     * is left out: without a verb it is mostly a condition; 起 counts only
     * after 不少于 or 至少: 发生2起以上…的单位 is a condition). */
    {GW_PAT_TARGET_BOUND, "(?<op1>不少于|不低于|至少|不高于|不超过|稳定在|保持在)?\\s*(?<val>" NUM
                          ")\\s*(?<unit>" COUNT_UNITS "|起)"
                          "(?<op2>以上|左右|及以上)?"},
    /* \G anchors at the search start: the next count of a 、-list, perhaps
     * after words of its own (卫生乡镇2个、省级卫生村15个). */
    {GW_PAT_COUNT_ITEM,
     "\\G[^，,。；;：:、（）()“”《》\\d]{0,16}?(?<val>" NUM ")\\s*(?<unit>" COUNT_UNITS ")"},
    /* What must follow the number of a target, at the search start: a
     * measure word (counts) or a percent sign (ratios). */
    {GW_PAT_COUNT_UNIT_AT, "\\G\\s*(?:" COUNT_UNITS "|起|天)"},
    {GW_PAT_RATIO_UNIT_AT, "\\G\\s*(?:%|‰|个百分点|(?=以内|以下|以上|[。；，,;]|$))"},
};

gw_status gw_patterns_compile(gw_patterns *p, gw_error *err) {
  memset(p, 0, sizeof *p);
  for (size_t i = 0; i < sizeof PATTERNS / sizeof PATTERNS[0]; i++) {
    int code;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile((PCRE2_SPTR)PATTERNS[i].source, PCRE2_ZERO_TERMINATED,
                                   PCRE2_UTF | PCRE2_NO_UTF_CHECK, &code, &off, NULL);
    if (!re) {
      PCRE2_UCHAR msg[256];
      pcre2_get_error_message(code, msg, sizeof msg);
      gw_patterns_free(p);
      return gw_fail(err, GW_ERR_INTERNAL, "pattern %d does not compile at %zu: %s",
                     (int)PATTERNS[i].id, (size_t)off, (char *)msg);
    }
    pcre2_jit_compile(re, PCRE2_JIT_COMPLETE); /* falls back to the interpreter */
    uint32_t pairs = 0;
    pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &pairs);
    if (pairs + 1 > p->max_pairs) p->max_pairs = pairs + 1;
    p->code[PATTERNS[i].id] = re;
    static const char *const GROUP_NAMES[GW_G_COUNT] = {
        "num", "signer", "u1", "u2", "u3", "u4", "u5", "val", "unit", "op1", "op2", "mid"};
    for (int g = 0; g < GW_G_COUNT; g++) {
      int number = pcre2_substring_number_from_name(re, (PCRE2_SPTR)GROUP_NAMES[g]);
      p->group[PATTERNS[i].id][g] = number > 0 ? number : 0;
    }
  }
  p->mctx = pcre2_match_context_create(NULL);
  if (!p->mctx) {
    gw_patterns_free(p);
    return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  }
  /* Our patterns are shallow; these stop a pathological input early. */
  pcre2_set_match_limit(p->mctx, 1000000);
  pcre2_set_depth_limit(p->mctx, 1000);
  return GW_OK;
}

void gw_patterns_free(gw_patterns *p) {
  for (int i = 0; i < GW_PAT_COUNT; i++) pcre2_code_free(p->code[i]);
  pcre2_match_context_free(p->mctx);
  memset(p, 0, sizeof *p);
}

bool gw_pattern_match(const gw_patterns *p, gw_pattern_id id, pcre2_match_data *md, const char *s,
                      size_t n, size_t from, size_t **ov) {
  if (from > n) return false;
  int rc = pcre2_match(p->code[id], (PCRE2_SPTR)s, n, from, PCRE2_NO_UTF_CHECK, md, p->mctx);
  if (rc <= 0) return false;
  *ov = pcre2_get_ovector_pointer(md);
  return true;
}
