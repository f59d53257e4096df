/* Catalogue -> JSON (jansson). Ownership: json_*_set_new and
 * json_array_append_new steal the value they are given, so every builder
 * below returns a new reference that its caller hands on. */
#include <jansson.h>
#include <math.h>
#include <string.h>

#include "../core/err.h"
#include "catalogue.h"

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

static json_t *span_json(gw_span s) {
  json_t *a = json_array();
  json_array_append_new(a, json_integer(s.start));
  json_array_append_new(a, json_integer(s.end));
  return a;
}

static json_t *date_or_null(gw_date d) {
  if (!gw_date_set(d)) return json_null();
  char iso[11];
  gw_date_iso(d, iso);
  return json_string(iso);
}

static json_t *strvec_json(const gw_strvec *v) {
  json_t *a = json_array();
  for (size_t i = 0; i < v->len; i++) json_array_append_new(a, json_string(v->items[i]));
  return a;
}

static json_t *number_json(double v) {
  if (v == floor(v) && fabs(v) < 1e15) return json_integer((json_int_t)v);
  return json_real(v);
}

static void fields_json(json_t *o, const gw_fields *f) {
  json_t *units = json_array();
  for (size_t i = 0; i < f->units.len; i++) {
    const gw_unit *u = &f->units.items[i];
    json_t *j = json_object();
    json_object_set_new(j, "name", json_string(u->name));
    json_object_set_new(j, "canonical", json_string(u->canonical ? u->canonical : u->name));
    json_object_set_new(j, "role", json_string(gw_role_name(u->role)));
    json_object_set_new(j, "span", span_json(u->span));
    json_array_append_new(units, j);
  }
  json_object_set_new(o, "units", units);
  json_t *dl = json_array();
  for (size_t i = 0; i < f->deadlines.len; i++) {
    const gw_deadline *d = &f->deadlines.items[i];
    json_t *j = json_object();
    json_object_set_new(j, "text", json_string(d->text));
    json_object_set_new(j, "due", date_or_null(d->due));
    json_object_set_new(j, "start", date_or_null(d->start));
    if (d->ongoing) json_object_set_new(j, "ongoing", json_true());
    json_object_set_new(j, "span", span_json(d->span));
    json_array_append_new(dl, j);
  }
  json_object_set_new(o, "deadlines", dl);
  json_t *rec = json_array();
  for (size_t i = 0; i < f->recurrence.len; i++) {
    const gw_recurrence *r = &f->recurrence.items[i];
    json_t *j = json_object();
    json_object_set_new(j, "text", json_string(r->text));
    json_object_set_new(j, "freq", json_string(gw_freq_name(r->freq)));
    json_object_set_new(j, "span", span_json(r->span));
    json_array_append_new(rec, j);
  }
  json_object_set_new(o, "recurrence", rec);
  json_t *tg = json_array();
  for (size_t i = 0; i < f->targets.len; i++) {
    const gw_target *t = &f->targets.items[i];
    json_t *j = json_object();
    json_object_set_new(j, "text", json_string(t->text));
    json_object_set_new(j, "metric", str_or_null(t->metric));
    json_object_set_new(j, "op", json_string(gw_op_name(t->op)));
    json_object_set_new(j, "value", number_json(t->value));
    json_object_set_new(j, "unit", str_or_null(t->unit));
    json_object_set_new(j, "span", span_json(t->span));
    json_array_append_new(tg, j);
  }
  json_object_set_new(o, "targets", tg);
  if (f->leaders.len) {
    json_t *ld = json_array();
    for (size_t i = 0; i < f->leaders.len; i++) {
      json_t *j = json_object();
      json_object_set_new(j, "name", json_string(f->leaders.items[i].name));
      json_object_set_new(j, "span", span_json(f->leaders.items[i].span));
      json_array_append_new(ld, j);
    }
    json_object_set_new(o, "leaders", ld);
  }
}

static void meta_field(json_t *doc, json_t *spans, const char *name, const gw_meta_field *f) {
  json_object_set_new(doc, name, str_or_null(f->value));
  if (f->value && f->span.end) json_object_set_new(spans, name, span_json(f->span));
}

static json_t *document_json(const gw_docmeta *m) {
  json_t *d = json_object();
  json_t *spans = json_object();
  meta_field(d, spans, "doc_number", &m->doc_number);
  meta_field(d, spans, "issuer", &m->issuer);
  meta_field(d, spans, "title", &m->title);
  meta_field(d, spans, "doc_type", &m->doc_type);
  json_object_set_new(d, "date", date_or_null(m->date));
  if (gw_date_set(m->date)) json_object_set_new(spans, "date", span_json(m->date_span));
  json_object_set_new(d, "recipients", strvec_json(&m->recipients));
  json_object_set_new(d, "cc", strvec_json(&m->cc));
  json_object_set_new(d, "attachments", strvec_json(&m->attachments));
  meta_field(d, spans, "enclosed_title", &m->enclosed_title);
  meta_field(d, spans, "signer", &m->signer);
  meta_field(d, spans, "printed_by", &m->printed_by);
  json_object_set_new(d, "printed_date", date_or_null(m->printed_date));
  if (gw_date_set(m->printed_date))
    json_object_set_new(spans, "printed_date", span_json(m->printed_date_span));
  json_object_set_new(d, "public", m->is_public < 0 ? json_null() : json_boolean(m->is_public));
  json_object_set_new(d, "spans", spans);
  return d;
}

static json_t *task_json(const gw_task *t) {
  json_t *o = json_object();
  json_object_set_new(o, "id", json_string(t->id));
  json_object_set_new(o, "path", strvec_json(&t->path));
  json_object_set_new(o, "heading", strvec_json(&t->heading));
  json_object_set_new(o, "title", str_or_null(t->title));
  json_object_set_new(o, "text", json_string(t->text));
  json_object_set_new(o, "kind", json_string(gw_kind_name(t->kind)));
  json_object_set_new(o, "source", json_string(t->from_table ? "table" : "paragraph"));
  json_object_set_new(o, "span", span_json(t->span));
  json_object_set_new(o, "line", json_integer(t->line));
  fields_json(o, &t->f);
  json_t *subs = json_array();
  for (size_t i = 0; i < t->subtasks.len; i++) {
    const gw_subtask *s = &t->subtasks.items[i];
    json_t *j = json_object();
    json_object_set_new(j, "text", json_string(s->text));
    json_object_set_new(j, "span", span_json(s->span));
    fields_json(j, &s->f);
    json_array_append_new(subs, j);
  }
  json_object_set_new(o, "subtasks", subs);
  return o;
}

gw_status gw_catalogue_to_json(const gw_catalogue *cat, int flags, char **out, size_t *len,
                               gw_error *err) {
  *out = NULL;
  json_t *root = json_object();
  json_object_set_new(root, "format", json_string(GW_CATALOGUE_FORMAT));
  json_object_set_new(root, "version", json_integer(GW_CATALOGUE_VERSION));
  json_t *src = json_object();
  json_object_set_new(src, "file", json_string(cat->file));
  json_object_set_new(src, "format", json_string(cat->format));
  json_object_set_new(src, "encoding", str_or_null(cat->encoding));
  json_object_set_new(src, "sha256", json_string(cat->sha256));
  json_object_set_new(root, "source", src);
  json_object_set_new(root, "document", document_json(&cat->meta));
  json_t *tasks = json_array();
  for (size_t i = 0; i < cat->tasks.len; i++) json_array_append_new(tasks, task_json(&cat->tasks.items[i]));
  json_object_set_new(root, "tasks", tasks);
  if (!(flags & GW_JSON_NO_TEXT) && cat->text)
    json_object_set_new(root, "text", json_stringn(cat->text, cat->text_len));
  size_t jflags = JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10);
  if (flags & GW_JSON_PRETTY) jflags |= JSON_INDENT(2);
  char *s = json_dumps(root, jflags);
  json_decref(root);
  if (!s) return gw_fail(err, GW_ERR_NOMEM, "out of memory writing JSON");
  *out = s;
  if (len) *len = strlen(s);
  return GW_OK;
}
