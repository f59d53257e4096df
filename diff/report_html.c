/* The diff as one self-contained HTML page: no external assets, no script.
 * A summary table at the top links to each change; each change shows the
 * old and new text side by side with deletions and insertions marked, and
 * unit, deadline, recurrence and target changes highlighted. */
#include <string.h>

#include "../core/buf.h"
#include "../core/err.h"
#include "describe.h"
#include "diff.h"

static const char CSS[] =
    "body{font-family:'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei',sans-serif;"
    "margin:2em auto;max-width:72em;color:#222;line-height:1.6}"
    "h1{font-size:1.4em}table.summary{border-collapse:collapse;margin:1em 0}"
    "table.summary td,table.summary th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
    "table.counts td{font-weight:bold}"
    ".change{border:1px solid #ddd;border-radius:4px;margin:1.2em 0;padding:.6em 1em}"
    ".change h2{font-size:1em;margin:.2em 0 .6em}"
    ".status{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:.9em}"
    ".status.unchanged{background:#888}.status.moved{background:#6a5acd}"
    ".status.changed{background:#d2691e}.status.split,.status.merged{background:#2e8b57}"
    ".status.added{background:#228b22}.status.removed{background:#b22222}"
    ".change.added{border-left:4px solid #228b22}.change.removed{border-left:4px solid #b22222}"
    ".sides{display:flex;gap:1em}.side{flex:1;background:#fafafa;padding:.5em;white-space:pre-wrap}"
    ".side h3{font-size:.85em;color:#666;margin:0 0 .3em}"
    "del{background:#fdd;color:#900;text-decoration:line-through}"
    "ins{background:#dfd;color:#060;text-decoration:none}"
    ".fields{background:#fff8dc;border-left:4px solid #e0b000;margin-top:.6em;padding:.3em .8em}"
    ".fields li{margin:.1em 0}";

static void esc(gw_buf *b, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '<':
      gw_buf_puts(b, "&lt;");
      break;
    case '>':
      gw_buf_puts(b, "&gt;");
      break;
    case '&':
      gw_buf_puts(b, "&amp;");
      break;
    case '"':
      gw_buf_puts(b, "&quot;");
      break;
    default:
      gw_buf_putc(b, *s);
      break;
    }
  }
}

/* One side's text: the runs of that side, with its own marks. */
static void side_text(gw_buf *b, const gw_diff *d, const gw_change *ch, bool old) {
  if (ch->status == GW_CH_ADDED || ch->status == GW_CH_REMOVED) {
    size_t n = gw_side_len(ch, old);
    for (size_t k = 0; k < n; k++) {
      const gw_task *t = gw_side_task(d, ch, old, k);
      gw_buf_puts(b, old ? "<del>" : "<ins>");
      esc(b, t->text);
      gw_buf_puts(b, old ? "</del>" : "</ins>");
    }
    return;
  }
  for (size_t i = 0; i < ch->text_diff.len; i++) {
    const gw_run *r = &ch->text_diff.items[i];
    if (r->op == GW_RUN_EQUAL) {
      esc(b, r->text);
    } else if (r->op == GW_RUN_DELETE && old) {
      gw_buf_puts(b, "<del>");
      esc(b, r->text);
      gw_buf_puts(b, "</del>");
    } else if (r->op == GW_RUN_INSERT && !old) {
      gw_buf_puts(b, "<ins>");
      esc(b, r->text);
      gw_buf_puts(b, "</ins>");
    }
  }
}

/* Roles as a Chinese reader names them. */
static const char *role_zh(gw_role r) {
  static const char *const Z[] = {"牵头", "配合", "负责", "督促"};
  return (unsigned)r < 4 ? Z[r] : "负责";
}

static void fields(gw_buf *b, const gw_change *ch) {
  if (ch->status == GW_CH_ADDED || ch->status == GW_CH_REMOVED) return;
  bool any = ch->units_added.len || ch->units_removed.len || ch->units_renamed.len ||
             ch->roles_changed.len || ch->deadlines.len || ch->recurrence_changed ||
             ch->targets.len;
  if (!any) return;
  gw_buf_puts(b, "<ul class=\"fields\">");
  for (size_t i = 0; i < ch->units_added.len; i++) {
    gw_buf_puts(b, "<li class=\"unit-added\">单位新增：<ins>");
    esc(b, ch->units_added.items[i].name);
    gw_buf_printf(b, "</ins>（%s）</li>", role_zh(ch->units_added.items[i].role));
  }
  for (size_t i = 0; i < ch->units_removed.len; i++) {
    gw_buf_puts(b, "<li class=\"unit-removed\">单位删除：<del>");
    esc(b, ch->units_removed.items[i].name);
    gw_buf_printf(b, "</del>（%s）</li>", role_zh(ch->units_removed.items[i].role));
  }
  for (size_t i = 0; i < ch->units_renamed.len; i++) {
    gw_buf_puts(b, "<li class=\"unit-renamed\">单位更名：");
    esc(b, ch->units_renamed.items[i].old_name);
    gw_buf_puts(b, " → ");
    esc(b, ch->units_renamed.items[i].new_name);
    gw_buf_puts(b, "</li>");
  }
  for (size_t i = 0; i < ch->roles_changed.len; i++) {
    gw_buf_puts(b, "<li class=\"role-changed\">职责变化：");
    esc(b, ch->roles_changed.items[i].name);
    gw_buf_printf(b, " %s → %s</li>", role_zh(ch->roles_changed.items[i].old_role),
                  role_zh(ch->roles_changed.items[i].new_role));
  }
  static const gw_report_words W = {"—", " → ", "（顺延一年度）", "（%+ld 天）", esc};
  for (size_t i = 0; i < ch->deadlines.len; i++) {
    gw_buf_puts(b, "<li class=\"deadline\">时限：");
    gw_put_deadline_change(b, &ch->deadlines.items[i], &W);
    gw_buf_puts(b, "</li>");
  }
  if (ch->recurrence_changed) gw_buf_puts(b, "<li class=\"recurrence\">频次变化</li>");
  for (size_t i = 0; i < ch->targets.len; i++) {
    gw_buf_puts(b, "<li class=\"target\">目标：");
    gw_put_target_change(b, &ch->targets.items[i], &W);
    gw_buf_puts(b, "</li>");
  }
  gw_buf_puts(b, "</ul>");
}

static void doc_line(gw_buf *b, const gw_catalogue *cat) {
  const gw_docmeta *m = &cat->meta;
  esc(b, m->title.value ? m->title.value : cat->file);
  if (m->doc_number.value) {
    gw_buf_puts(b, "（");
    esc(b, m->doc_number.value);
    gw_buf_puts(b, "）");
  }
  if (gw_date_set(m->date)) {
    gw_buf_putc(b, ' ');
    gw_put_date(b, m->date, "—");
  }
}

gw_status gw_diff_to_html(const gw_diff *d, char **out, size_t *len, gw_error *err) {
  gw_buf b;
  gw_buf_init(&b);
  gw_buf_printf(&b,
                "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                "<title>gongwen diff</title><style>%s</style></head><body>\n",
                CSS);
  gw_buf_puts(&b, "<h1>任务对照（gongwen diff）</h1><p class=\"docs\">旧：");
  doc_line(&b, d->old_cat);
  gw_buf_puts(&b, "<br>新：");
  doc_line(&b, d->new_cat);
  if (d->year_gap) gw_buf_printf(&b, "<br>相隔 %d 年", d->year_gap);
  gw_buf_puts(&b, "</p>\n<table class=\"summary counts\" id=\"summary\"><tr>");
  static const char *const LABEL[] = {"未变", "移动", "修改", "拆分", "合并", "新增", "删除"};
  for (int s = 0; s < GW_CH_COUNT; s++) gw_buf_printf(&b, "<th>%s</th>", LABEL[s]);
  gw_buf_puts(&b, "</tr><tr>");
  for (int s = 0; s < GW_CH_COUNT; s++)
    gw_buf_printf(&b, "<td class=\"count-%s\">%zu</td>", gw_change_status_name((gw_change_status)s),
                  d->counts[s]);
  gw_buf_puts(&b, "</tr></table>\n<table class=\"summary\" id=\"index\"><tr><th>#</th><th>状态</th>"
                  "<th>旧</th><th>新</th><th>相似度</th></tr>\n");
  for (size_t c = 0; c < d->changes.len; c++) {
    const gw_change *ch = &d->changes.items[c];
    const char *name = gw_change_status_name(ch->status);
    gw_buf_printf(
        &b,
        "<tr><td><a href=\"#c%zu\">%zu</a></td><td><span class=\"status %s\">%s</span></td><td>",
        c + 1, c + 1, name, LABEL[ch->status]);
    gw_put_paths(&b, d, ch, true, "—", esc);
    gw_buf_puts(&b, "</td><td>");
    gw_put_paths(&b, d, ch, false, "—", esc);
    gw_buf_puts(&b, "</td><td>");
    if (ch->olds.len && ch->news.len) gw_buf_printf(&b, "%.2f", gw_shown_similarity(ch));
    gw_buf_puts(&b, "</td></tr>\n");
  }
  gw_buf_puts(&b, "</table>\n");
  for (size_t c = 0; c < d->changes.len; c++) {
    const gw_change *ch = &d->changes.items[c];
    const char *name = gw_change_status_name(ch->status);
    gw_buf_printf(
        &b, "<section class=\"change %s\" id=\"c%zu\"><h2><span class=\"status %s\">%s</span> ",
        name, c + 1, name, LABEL[ch->status]);
    gw_put_paths(&b, d, ch, true, "—", esc);
    gw_buf_puts(&b, " → ");
    gw_put_paths(&b, d, ch, false, "—", esc);
    gw_buf_puts(
        &b,
        " <a href=\"#index\">↑</a></h2><div class=\"sides\"><div class=\"side old\"><h3>旧</h3>");
    side_text(&b, d, ch, true);
    gw_buf_puts(&b, "</div><div class=\"side new\"><h3>新</h3>");
    side_text(&b, d, ch, false);
    gw_buf_puts(&b, "</div></div>");
    fields(&b, ch);
    gw_buf_puts(&b, "</section>\n");
  }
  gw_buf_puts(&b, "</body></html>\n");
  char *s = gw_buf_detach(&b, len);
  if (!s) return gw_fail(err, GW_ERR_NOMEM, "out of memory writing the report");
  *out = s;
  return GW_OK;
}
