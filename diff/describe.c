/* How the text and HTML reports write paths, dates and targets: the same
 * words, each report with its own mark for "none" and its own escaping
 * (`put` writes a string as the report needs it). */
#include "describe.h"

void gw_put_paths(gw_buf *b, const gw_diff *d, const gw_change *ch, bool old, const char *none,
                  gw_put_fn put) {
  size_t n = gw_side_len(ch, old);
  if (!n) gw_buf_puts(b, none);
  for (size_t k = 0; k < n; k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    if (k) gw_buf_puts(b, " + ");
    for (size_t i = 0; i < t->path.len; i++) {
      if (i) gw_buf_putc(b, ' ');
      put(b, t->path.items[i]);
    }
  }
}

void gw_put_date(gw_buf *b, gw_date d, const char *none) {
  if (!gw_date_set(d)) {
    gw_buf_puts(b, none);
    return;
  }
  char iso[11];
  gw_date_iso(d, iso);
  gw_buf_puts(b, iso);
}

void gw_put_target(gw_buf *b, const gw_target *t, const char *none, gw_put_fn put) {
  if (!t) {
    gw_buf_puts(b, none);
    return;
  }
  if (t->metric) {
    put(b, t->metric);
    gw_buf_putc(b, ' ');
  }
  put(b, gw_op_name(t->op));
  gw_buf_printf(b, "%.10g", t->value);
  if (t->unit) put(b, t->unit);
}

void gw_put_deadline_change(gw_buf *b, const gw_date_change *dc, const gw_report_words *w) {
  gw_put_date(b, dc->old_due, w->none);
  gw_buf_puts(b, w->arrow);
  gw_put_date(b, dc->new_due, w->none);
  if (dc->rolled_over)
    gw_buf_puts(b, w->rolled_over);
  else if (gw_date_set(dc->old_due) && gw_date_set(dc->new_due))
    gw_buf_printf(b, w->shift_days, dc->shift_days);
}

void gw_put_target_change(gw_buf *b, const gw_target_change *tc, const gw_report_words *w) {
  gw_put_target(b, tc->old_t, w->none, w->put);
  gw_buf_puts(b, w->arrow);
  gw_put_target(b, tc->new_t, w->none, w->put);
}
