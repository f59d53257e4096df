/* Unit tests of ingest/: encodings, normalization, tables in plain text. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "../../core/doc.h"
#include "../../include/gongwen.h"

static gw_doc *read(const char *bytes, size_t n) {
  gw_doc *doc = NULL;
  gw_error err = {0};
  gw_status st = gw_doc_read_memory("test.txt", bytes, n, NULL, &doc, &err);
  if (st != GW_OK) print_message("read failed: %s\n", err.message);
  assert_int_equal(st, GW_OK);
  return doc;
}

static gw_status read_error(const char *bytes, size_t n, gw_error *err) {
  gw_doc *doc = NULL;
  gw_status st = gw_doc_read_memory("test.txt", bytes, n, NULL, &doc, err);
  gw_doc_free(doc);
  return st;
}

static void encodings(void **state) {
  (void)state;
  /* 任务 in UTF-8 with BOM, UTF-16LE with BOM, GB18030 */
  const char utf8_bom[] = "\xEF\xBB\xBF\xE4\xBB\xBB\xE5\x8A\xA1\n";
  gw_doc *d = read(utf8_bom, sizeof utf8_bom - 1);
  assert_string_equal(gw_doc_text(d, NULL), "任务\n");
  assert_string_equal(gw_doc_encoding(d), "UTF-8 (BOM)");
  gw_doc_free(d);
  const char utf16[] = "\xFF\xFE\xFB\x4E\xA1\x52\n\x00";
  d = read(utf16, sizeof utf16 - 1);
  assert_string_equal(gw_doc_text(d, NULL), "任务\n");
  assert_string_equal(gw_doc_encoding(d), "UTF-16LE");
  gw_doc_free(d);
  const char gbk[] = "\xC8\xCE\xCE\xF1\n";
  d = read(gbk, sizeof gbk - 1);
  assert_string_equal(gw_doc_text(d, NULL), "任务\n");
  assert_string_equal(gw_doc_encoding(d), "GB18030");
  gw_doc_free(d);
}

static void encodings_without_marks(void **state) {
  (void)state;
  /* 一、任务 in UTF-16LE and UTF-16BE without a BOM */
  const char le[] = "\x00\x4E\x01\x30\xFB\x4E\xA1\x52\n\x00";
  gw_doc *d = read(le, sizeof le - 1);
  assert_string_equal(gw_doc_encoding(d), "UTF-16LE");
  assert_string_equal(gw_doc_text(d, NULL), "一、任务\n");
  gw_doc_free(d);
  const char be[] = "\x4E\x00\x30\x01\x4E\xFB\x52\xA1\x00\n";
  d = read(be, sizeof be - 1);
  assert_string_equal(gw_doc_encoding(d), "UTF-16BE");
  gw_doc_free(d);
  /* UTF-8 with one stray byte among many good characters stays UTF-8 */
  char damaged[400];
  size_t n = 0;
  for (int i = 0; i < 40; i++) {
    memcpy(damaged + n, "任务", 6);
    n += 6;
  }
  damaged[n++] = (char)0xFF;
  memcpy(damaged + n, "完成\n", 7);
  n += 7;
  d = read(damaged, n);
  assert_string_equal(gw_doc_encoding(d), "UTF-8");
  assert_int_equal(gw_doc_warning_count(d), 1);
  assert_non_null(strstr(gw_doc_text(d, NULL), "\xEF\xBF\xBD完成"));
  gw_doc_free(d);
  /* English text is UTF-8, not UTF-16 whose high bytes look like letters */
  const char ascii[] = "hello world, quarterly\n";
  d = read(ascii, sizeof ascii - 1);
  assert_string_equal(gw_doc_encoding(d), "UTF-8");
  gw_doc_free(d);
}

static void refusals(void **state) {
  (void)state;
  gw_error err = {0};
  assert_int_equal(read_error("", 0, &err), GW_ERR_FORMAT);
  assert_string_equal(err.message, "empty file");
  const char binary[] = "\x00\x01\x02\x03\x04\x05text";
  assert_int_equal(read_error(binary, sizeof binary - 1, &err), GW_ERR_FORMAT);
  assert_non_null(strstr(err.message, "binary"));
  const char ole2[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest";
  assert_int_equal(read_error(ole2, sizeof ole2 - 1, &err), GW_ERR_FORMAT);
  assert_non_null(strstr(err.message, ".doc"));
  const char pdf[] = "%PDF-1.7\n";
  assert_int_equal(read_error(pdf, sizeof pdf - 1, &err), GW_ERR_FORMAT);
}

static void normalization(void **state) {
  (void)state;
  const char in[] = "\xE3\x80\x80\xE3\x80\x80一、任务\xE2\x80\x8B一\r\n"
                    "[bookmark: _GoBack]第二行  \r"
                    "— 16 —\n"
                    "第 1 页 共 3 页\n"
                    "１２％\n";
  gw_doc *d = read(in, sizeof in - 1);
  assert_string_equal(gw_doc_text(d, NULL), "  一、任务一\n第二行\n12%\n");
  gw_doc_free(d);
  /* Inside a run of Han characters: spaces (U+2003, U+202F, U+205F, U+3000)
   * become ' ', invisibles (U+200D, U+2060, U+FEFF) go, U+2028 ends the
   * line, full-width letters and digits become ASCII; quotes, brackets,
   * colons and the ideographic full stop stay. */
  const char mid[] = "甲甲\xE2\x80\x83乙乙\xE2\x80\xAF丙丙\xE2\x81\x9F丁丁\xE3\x80\x80戊"
                     "\xE2\x80\x8D己\xE2\x81\xA0庚\xEF\xBB\xBF辛\xE2\x80\xA8壬"
                     "ＡＺａｚ０９％“（：）”。〇\n";
  d = read(mid, sizeof mid - 1);
  assert_string_equal(gw_doc_text(d, NULL),
                      "甲甲 乙乙 丙丙 丁丁 戊己庚辛\n壬AZaz09%“（：）”。〇\n");
  gw_doc_free(d);
  /* Kangxi radicals put in by PDF converters are the characters they stand
   * for (⼀ U+2F00 -> 一, ⽉ U+2F49 -> 月, ⿕ U+2FD5 -> 龠). */
  const char kangxi[] = "（⼀）6⽉底前⿕\n";
  d = read(kangxi, sizeof kangxi - 1);
  assert_string_equal(gw_doc_text(d, NULL), "（一）6月底前龠\n");
  gw_doc_free(d);
  /* Text spaced out one character at a time is joined (three or more in a
   * row, full-width spaces too); words with a space between stay apart. */
  const char spaced[] = "(区 交 通\xE3\x80\x80局 负 责) 区应急局 区公安局 通 知\n";
  d = read(spaced, sizeof spaced - 1);
  assert_string_equal(gw_doc_text(d, NULL), "(区交通局负责) 区应急局 区公安局 通 知\n");
  gw_doc_free(d);
  /* The same after runs of Han characters long enough to be copied fifteen
   * bytes at a time. */
  const char run[] = "加强组织领导压实工作责任\xE3\x80\x80全面推进重点任务落实到位"
                     "\xE2\x80\x8B确保取得实效１２\n";
  d = read(run, sizeof run - 1);
  assert_string_equal(gw_doc_text(d, NULL),
                      "加强组织领导压实工作责任 全面推进重点任务落实到位确保取得实效12\n");
  gw_doc_free(d);
}

/* A merged copy shares the text of the cell it repeats, also when another
 * neighbour holds the same words: here row 2's two columns are one cell
 * whose text is also the cell above its second column. */
static void merged_cells_point_at_their_cell(void **state) {
  (void)state;
  const char html[] = "<html><body><table>"
                      "<tr><td>序号</td><td>甲</td><td>乙</td></tr>"
                      "<tr><td colspan=\"2\">甲</td><td rowspan=\"2\">丙</td></tr>"
                      "<tr><td>丁</td><td>戊</td></tr>"
                      "</table></body></html>";
  gw_doc *d = NULL;
  gw_error err = {0};
  assert_int_equal(gw_doc_read_memory("t.html", html, sizeof html - 1, NULL, &d, &err), GW_OK);
  const gw_table *t = NULL;
  for (size_t b = 0; b < d->blocks.len && !t; b++) t = d->blocks.items[b].table;
  assert_non_null(t);
  assert_int_equal(t->nrows, 3);
  const gw_cell *row1_left = gw_table_cell(t, 1, 0), *row1_right = gw_table_cell(t, 1, 1);
  assert_true(row1_right->merged);
  assert_int_equal(row1_right->start, row1_left->start); /* not the 甲 of row 0 */
  assert_int_not_equal(row1_right->start, gw_table_cell(t, 0, 1)->start);
  assert_int_equal(gw_table_cell(t, 2, 2)->start, gw_table_cell(t, 1, 2)->start);
  assert_true(gw_table_cell(t, 2, 2)->merged);
  gw_doc_free(d);
}

static void tab_cell_table(void **state) {
  (void)state;
  const char in[] = "\t重点任务\n\t具体内容\n\t责任单位\n\n"
                    "\t一、压实责任\n\t1.集中学习。\n\t党政办\n\n"
                    "\t\n\t2.专题学习。\n\t应急办\n\n\n"
                    "附件2\n";
  gw_doc *d = read(in, sizeof in - 1);
  assert_true(d->blocks.len >= 2);
  const gw_block *b = &d->blocks.items[0];
  assert_int_equal(b->kind, GW_BLOCK_TABLE);
  assert_int_equal(b->table->ncols, 3);
  assert_int_equal(b->table->nrows, 3);
  const gw_cell *c = gw_table_cell(b->table, 2, 1);
  assert_memory_equal(d->text + c->start, "2.专题学习。", c->end - c->start);
  assert_int_equal(gw_table_cell(b->table, 2, 0)->end - gw_table_cell(b->table, 2, 0)->start, 0);
  /* The line after the table is a paragraph again. */
  const gw_block *last = &d->blocks.items[d->blocks.len - 1];
  assert_int_equal(last->kind, GW_BLOCK_LINE);
  assert_memory_equal(d->text + last->start, "附件2", last->end - last->start);
  gw_doc_free(d);
}

static void other_table_shapes(void **state) {
  (void)state;
  const char tabs[] = "序号\t工作任务\t牵头单位\n1\t开展排查\t区应急局\n2\t加强执法\t区公安局\n";
  gw_doc *d = read(tabs, sizeof tabs - 1);
  assert_int_equal(d->blocks.items[0].kind, GW_BLOCK_TABLE);
  assert_int_equal(d->blocks.items[0].table->nrows, 3);
  gw_doc_free(d);
  const char md[] = "| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 排查 | 区应急局 |\n";
  d = read(md, sizeof md - 1);
  assert_int_equal(d->blocks.items[0].kind, GW_BLOCK_TABLE);
  assert_int_equal(d->blocks.items[0].table->nrows, 2);
  assert_int_equal(d->blocks.items[0].table->ncols, 3);
  gw_doc_free(d);
  /* Lines that only start with a tab are paragraphs, not a table. */
  const char indented[] = "\t一、总体要求\n\t为做好工作，现通知如下。\n";
  d = read(indented, sizeof indented - 1);
  for (size_t i = 0; i < d->blocks.len; i++)
    assert_int_equal(d->blocks.items[i].kind, GW_BLOCK_LINE);
  gw_doc_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(encodings),
      cmocka_unit_test(encodings_without_marks),
      cmocka_unit_test(refusals),
      cmocka_unit_test(normalization),
      cmocka_unit_test(merged_cells_point_at_their_cell),
      cmocka_unit_test(tab_cell_table),
      cmocka_unit_test(other_table_shapes),
  };
  return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
