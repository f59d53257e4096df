/* The diff for a terminal, like `git diff --word-diff`: a summary line,
 * then each change with its paths, the word diff ([-deleted-]{+added+},
 * or colours), and unit, deadline, recurrence and target changes. */
#include <string.h>

#include "../core/buf.h"
#include "../core/err.h"
#include "describe.h"
#include "diff.h"

static const gw_report_words WORDS = {"none", " -> ", " (rolled over)", " (%+ld days)",
                                      gw_buf_puts};

typedef struct style {
  const char *del, *ins, *head, *dim, *off;
  const char *del_open, *del_close, *ins_open, *ins_close;
} style;

static const style PLAIN = {"", "", "", "", "", "[-", "-]", "{+", "+}"};
static const style COLOR = {"\033[31m", "\033[32m", "\033[1m",  "\033[2m", "\033[m",
                            "\033[31m", "\033[m",   "\033[32m", "\033[m"};

static void change(gw_buf *b, const gw_diff *d, const gw_change *ch, const style *st) {
  gw_buf_printf(b, "%s%-9s%s ", st->head, gw_change_status_name(ch->status), st->off);
  if (ch->olds.len) gw_put_paths(b, d, ch, true, "none", gw_buf_puts);
  if (ch->olds.len && ch->news.len) gw_buf_puts(b, " -> ");
  if (ch->news.len) gw_put_paths(b, d, ch, false, "none", gw_buf_puts);
  if (ch->olds.len && ch->news.len) {
    gw_buf_printf(b, "  %s(similarity %.2f)%s", st->dim, gw_shown_similarity(ch), st->off);
  }
  gw_buf_puts(b, "\n  ");
  if (ch->status == GW_CH_ADDED || ch->status == GW_CH_REMOVED) {
    bool add = ch->status == GW_CH_ADDED;
    for (size_t k = 0; k < gw_side_len(ch, !add); k++) {
      const gw_task *t = gw_side_task(d, ch, !add, k);
      gw_buf_printf(b, "%s%s%s", add ? st->ins_open : st->del_open, t->text,
                    add ? st->ins_close : st->del_close);
    }
  } else {
    for (size_t i = 0; i < ch->text_diff.len; i++) {
      const gw_run *r = &ch->text_diff.items[i];
      if (r->op == GW_RUN_EQUAL)
        gw_buf_puts(b, r->text);
      else if (r->op == GW_RUN_DELETE)
        gw_buf_printf(b, "%s%s%s", st->del_open, r->text, st->del_close);
      else
        gw_buf_printf(b, "%s%s%s", st->ins_open, r->text, st->ins_close);
    }
  }
  gw_buf_putc(b, '\n');
  if (ch->status == GW_CH_ADDED || ch->status == GW_CH_REMOVED) return;
  if (ch->units_added.len || ch->units_removed.len || ch->units_renamed.len ||
      ch->roles_changed.len) {
    gw_buf_puts(b, "  units:");
    for (size_t i = 0; i < ch->units_added.len; i++)
      gw_buf_printf(b, " %s+%s (%s)%s", st->ins, ch->units_added.items[i].name,
                    gw_role_name(ch->units_added.items[i].role), st->off);
    for (size_t i = 0; i < ch->units_removed.len; i++)
      gw_buf_printf(b, " %s-%s (%s)%s", st->del, ch->units_removed.items[i].name,
                    gw_role_name(ch->units_removed.items[i].role), st->off);
    for (size_t i = 0; i < ch->units_renamed.len; i++)
      gw_buf_printf(b, " renamed %s -> %s", ch->units_renamed.items[i].old_name,
                    ch->units_renamed.items[i].new_name);
    for (size_t i = 0; i < ch->roles_changed.len; i++)
      gw_buf_printf(b, " %s %s -> %s", ch->roles_changed.items[i].name,
                    gw_role_name(ch->roles_changed.items[i].old_role),
                    gw_role_name(ch->roles_changed.items[i].new_role));
    gw_buf_putc(b, '\n');
  }
  if (ch->deadlines.len) {
    gw_buf_puts(b, "  deadlines:");
    for (size_t i = 0; i < ch->deadlines.len; i++) {
      gw_buf_putc(b, ' ');
      gw_put_deadline_change(b, &ch->deadlines.items[i], &WORDS);
    }
    gw_buf_putc(b, '\n');
  }
  if (ch->recurrence_changed) gw_buf_puts(b, "  recurrence changed\n");
  if (ch->targets.len) {
    gw_buf_puts(b, "  targets:");
    for (size_t i = 0; i < ch->targets.len; i++) {
      gw_buf_putc(b, ' ');
      gw_put_target_change(b, &ch->targets.items[i], &WORDS);
      if (i + 1 < ch->targets.len) gw_buf_putc(b, ';');
    }
    gw_buf_putc(b, '\n');
  }
}

static void side(gw_buf *b, const gw_catalogue *cat) {
  const gw_docmeta *m = &cat->meta;
  gw_buf_puts(b, m->doc_number.value ? m->doc_number.value : cat->file);
  if (gw_date_set(m->date)) {
    gw_buf_puts(b, " (");
    gw_put_date(b, m->date, "none");
    gw_buf_putc(b, ')');
  }
}

gw_status gw_diff_to_text(const gw_diff *d, int flags, char **out, size_t *len, gw_error *err) {
  const style *st = (flags & GW_REPORT_COLOR) ? &COLOR : &PLAIN;
  gw_buf b;
  gw_buf_init(&b);
  gw_buf_printf(&b, "%sgongwen diff%s ", st->head, st->off);
  side(&b, d->old_cat);
  gw_buf_puts(&b, " -> ");
  side(&b, d->new_cat);
  if (d->year_gap) gw_buf_printf(&b, ", %d year%s apart", d->year_gap, d->year_gap == 1 ? "" : "s");
  gw_buf_printf(
      &b, "\nkept %zu, changed %zu, moved %zu, split %zu, merged %zu, added %zu, removed %zu\n",
      d->counts[GW_CH_UNCHANGED], d->counts[GW_CH_CHANGED], d->counts[GW_CH_MOVED],
      d->counts[GW_CH_SPLIT], d->counts[GW_CH_MERGED], d->counts[GW_CH_ADDED],
      d->counts[GW_CH_REMOVED]);
  for (size_t c = 0; c < d->changes.len; c++) {
    const gw_change *ch = &d->changes.items[c];
    if (ch->status == GW_CH_UNCHANGED) continue;
    gw_buf_putc(&b, '\n');
    change(&b, d, ch, st);
  }
  if (d->counts[GW_CH_UNCHANGED])
    gw_buf_printf(&b, "\n%s(%zu unchanged task%s not shown)%s\n", st->dim,
                  d->counts[GW_CH_UNCHANGED], d->counts[GW_CH_UNCHANGED] == 1 ? "" : "s", st->off);
  char *s = gw_buf_detach(&b, len);
  if (!s) return gw_fail(err, GW_ERR_NOMEM, "out of memory writing the report");
  *out = s;
  return GW_OK;
}
