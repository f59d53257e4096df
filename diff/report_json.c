/* The diff as JSON (schema/diff.schema.json), with jansson: a diff is small
 * next to the documents it compares. Ownership: *_set_new and
 * *_append_new steal the reference they are given. */
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "../core/err.h"
#include "diff.h"

static json_t *str_or_null(const char *s) {
  return s ? json_string(s) : json_null();
}

static json_t *date_json(gw_date d) {
  if (!gw_date_set(d)) return json_null();
  char iso[11];
  gw_date_iso(d, iso);
  return json_string(iso);
}

static json_t *side_json(const gw_catalogue *cat) {
  json_t *o = json_object(), *src = json_object(), *doc = json_object();
  json_object_set_new(src, "file", str_or_null(cat->file));
  json_object_set_new(src, "format", str_or_null(cat->format));
  json_object_set_new(src, "encoding", str_or_null(cat->encoding));
  json_object_set_new(src, "sha256", str_or_null(cat->sha256));
  const gw_docmeta *m = &cat->meta;
  json_object_set_new(doc, "doc_number", str_or_null(m->doc_number.value));
  json_object_set_new(doc, "issuer", str_or_null(m->issuer.value));
  json_object_set_new(doc, "title", str_or_null(m->title.value));
  json_object_set_new(doc, "doc_type", str_or_null(m->doc_type.value));
  json_object_set_new(doc, "date", date_json(m->date));
  json_object_set_new(doc, "enclosed_title", str_or_null(m->enclosed_title.value));
  json_object_set_new(o, "source", src);
  json_object_set_new(o, "document", doc);
  return o;
}

static json_t *task_ref(const gw_task *t) {
  json_t *o = json_object(), *path = json_array();
  json_object_set_new(o, "id", json_string(t->id));
  for (size_t i = 0; i < t->path.len; i++)
    json_array_append_new(path, json_string(t->path.items[i]));
  json_object_set_new(o, "path", path);
  json_object_set_new(o, "title", str_or_null(t->title));
  json_object_set_new(o, "text", json_string(t->text));
  return o;
}

static json_t *target_json(const gw_target *t) {
  if (!t) return json_null();
  json_t *o = json_object();
  json_object_set_new(o, "metric", str_or_null(t->metric));
  json_object_set_new(o, "op", json_string(gw_op_name(t->op)));
  double v = t->value;
  /* whole numbers as integers, as in the catalogue (schema/emit.c) */
  bool whole = v == floor(v) && fabs(v) < 1e15;
  json_object_set_new(o, "value", whole ? json_integer((json_int_t)v) : json_real(v));
  json_object_set_new(o, "unit", str_or_null(t->unit));
  json_object_set_new(o, "text", json_string(t->text));
  return o;
}

static json_t *freqs(const gw_diff *d, const gw_change *ch, bool old) {
  json_t *a = json_array();
  unsigned seen = 0;
  size_t n = gw_side_len(ch, old);
  for (size_t k = 0; k < n; k++) {
    const gw_task *t = gw_side_task(d, ch, old, k);
    for (size_t i = 0; i < t->f.recurrence.len; i++) {
      gw_freq f = t->f.recurrence.items[i].freq;
      if (seen & (1u << f)) continue;
      seen |= 1u << f;
      json_array_append_new(a, json_string(gw_freq_name(f)));
    }
  }
  return a;
}

static json_t *unit_ref(const gw_unit_ref *u) {
  json_t *o = json_object();
  json_object_set_new(o, "name", json_string(u->name));
  json_object_set_new(o, "canonical", json_string(u->canonical));
  json_object_set_new(o, "role", json_string(gw_role_name(u->role)));
  return o;
}

static json_t *change_json(const gw_diff *d, const gw_change *ch) {
  json_t *o = json_object();
  json_object_set_new(o, "status", json_string(gw_change_status_name(ch->status)));
  json_t *olds = json_array(), *news = json_array();
  for (size_t k = 0; k < ch->olds.len; k++)
    json_array_append_new(olds, task_ref(gw_old_task(d, ch->olds.items[k])));
  for (size_t k = 0; k < ch->news.len; k++)
    json_array_append_new(news, task_ref(gw_new_task(d, ch->news.items[k])));
  json_object_set_new(o, "old", olds);
  json_object_set_new(o, "new", news);
  json_object_set_new(o, "similarity", json_real(round(ch->similarity * 1000) / 1000));
  json_t *units = json_object(), *a;
  a = json_array();
  for (size_t i = 0; i < ch->units_added.len; i++)
    json_array_append_new(a, unit_ref(&ch->units_added.items[i]));
  json_object_set_new(units, "added", a);
  a = json_array();
  for (size_t i = 0; i < ch->units_removed.len; i++)
    json_array_append_new(a, unit_ref(&ch->units_removed.items[i]));
  json_object_set_new(units, "removed", a);
  a = json_array();
  for (size_t i = 0; i < ch->units_renamed.len; i++) {
    json_t *r = json_object();
    json_object_set_new(r, "old", json_string(ch->units_renamed.items[i].old_name));
    json_object_set_new(r, "new", json_string(ch->units_renamed.items[i].new_name));
    json_object_set_new(r, "canonical", json_string(ch->units_renamed.items[i].canonical));
    json_array_append_new(a, r);
  }
  json_object_set_new(units, "renamed", a);
  a = json_array();
  for (size_t i = 0; i < ch->roles_changed.len; i++) {
    json_t *r = json_object();
    json_object_set_new(r, "unit", json_string(ch->roles_changed.items[i].name));
    json_object_set_new(r, "old", json_string(gw_role_name(ch->roles_changed.items[i].old_role)));
    json_object_set_new(r, "new", json_string(gw_role_name(ch->roles_changed.items[i].new_role)));
    json_array_append_new(a, r);
  }
  json_object_set_new(units, "role_changed", a);
  json_object_set_new(o, "units", units);
  a = json_array();
  for (size_t i = 0; i < ch->deadlines.len; i++) {
    const gw_date_change *dc = &ch->deadlines.items[i];
    json_t *r = json_object();
    json_object_set_new(r, "old", date_json(dc->old_due));
    json_object_set_new(r, "new", date_json(dc->new_due));
    json_object_set_new(r, "old_text", str_or_null(dc->old_text));
    json_object_set_new(r, "new_text", str_or_null(dc->new_text));
    json_object_set_new(r, "shift_days",
                        gw_date_set(dc->old_due) && gw_date_set(dc->new_due)
                            ? json_integer(dc->shift_days)
                            : json_null());
    json_object_set_new(r, "rolled_over", json_boolean(dc->rolled_over));
    json_array_append_new(a, r);
  }
  json_object_set_new(o, "deadlines", a);
  a = json_array();
  if (ch->recurrence_changed) {
    json_t *r = json_object();
    json_object_set_new(r, "old", freqs(d, ch, true));
    json_object_set_new(r, "new", freqs(d, ch, false));
    json_array_append_new(a, r);
  }
  json_object_set_new(o, "recurrence", a);
  a = json_array();
  for (size_t i = 0; i < ch->targets.len; i++) {
    json_t *r = json_object();
    json_object_set_new(r, "old", target_json(ch->targets.items[i].old_t));
    json_object_set_new(r, "new", target_json(ch->targets.items[i].new_t));
    json_array_append_new(a, r);
  }
  json_object_set_new(o, "targets", a);
  a = json_array();
  static const char *const OPS[] = {"equal", "insert", "delete"};
  for (size_t i = 0; i < ch->text_diff.len; i++) {
    json_t *r = json_object();
    json_object_set_new(r, "op", json_string(OPS[ch->text_diff.items[i].op]));
    json_object_set_new(r, "text", json_string(ch->text_diff.items[i].text));
    json_array_append_new(a, r);
  }
  json_object_set_new(o, "text_diff", a);
  return o;
}

gw_status gw_diff_to_json(const gw_diff *d, int flags, char **out, size_t *len, gw_error *err) {
  json_t *root = json_object();
  json_object_set_new(root, "format", json_string(GW_DIFF_FORMAT));
  json_object_set_new(root, "version", json_integer(GW_DIFF_VERSION));
  json_object_set_new(root, "old", side_json(d->old_cat));
  json_object_set_new(root, "new", side_json(d->new_cat));
  json_object_set_new(root, "year_gap", json_integer(d->year_gap));
  json_t *summary = json_object();
  for (int s = 0; s < GW_CH_COUNT; s++)
    json_object_set_new(summary, gw_change_status_name((gw_change_status)s),
                        json_integer((json_int_t)d->counts[s]));
  json_object_set_new(root, "summary", summary);
  json_t *changes = json_array();
  for (size_t c = 0; c < d->changes.len; c++)
    json_array_append_new(changes, change_json(d, &d->changes.items[c]));
  json_object_set_new(root, "changes", changes);
  size_t jf = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6);
  if (flags & GW_JSON_PRETTY) jf |= JSON_INDENT(2);
  char *s = json_dumps(root, jf);
  json_decref(root);
  if (!s) return gw_fail(err, GW_ERR_NOMEM, "out of memory writing JSON");
  *out = s;
  if (len) *len = strlen(s);
  return GW_OK;
}
