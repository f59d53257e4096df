/* JSON -> catalogue (jansson): reads what schema/emit.c writes, so that
 * `gongwen diff` can take catalogues as well as notices. The catalogue is
 * built in the arena of a document that carries no blocks; spans are
 * already code points. */
#include <jansson.h>
#include <string.h>

#include "../core/err.h"
#include "catalogue.h"

typedef struct loader {
  gw_doc *doc;
  gw_arena *a;
  const char *name;
  gw_error *err;
  char problem[200];
} loader;

static const char *str(loader *l, json_t *o, const char *key) {
  json_t *v = json_object_get(o, key);
  return json_is_string(v) ? gw_arena_strdup(l->a, json_string_value(v)) : NULL;
}

/* [start, end], or an empty span. */
static gw_span span_of(json_t *v) {
  gw_span s = {0, 0};
  if (json_is_array(v) && json_array_size(v) == 2) {
    s.start = (uint32_t)json_integer_value(json_array_get(v, 0));
    s.end = (uint32_t)json_integer_value(json_array_get(v, 1));
  }
  return s;
}

static gw_span span(json_t *o) {
  return span_of(json_object_get(o, "span"));
}

static gw_date date(json_t *o, const char *key) {
  gw_date d = {0, 0, 0};
  json_t *v = json_object_get(o, key);
  if (json_is_string(v)) gw_date_parse_iso(json_string_value(v), &d);
  return d;
}

static void strvec(loader *l, json_t *o, const char *key, gw_strvec *out) {
  json_t *arr = json_object_get(o, key), *v;
  size_t i;
  json_array_foreach(arr, i, v) if (json_is_string(v))
      GW_VEC_PUSH(l->a, *out, gw_arena_strdup(l->a, json_string_value(v)));
}

static bool fields(loader *l, json_t *o, gw_fields *f) {
  json_t *v;
  size_t i;
  json_array_foreach(json_object_get(o, "units"), i, v) {
    gw_unit u;
    u.name = str(l, v, "name");
    u.canonical = str(l, v, "canonical");
    if (!u.canonical) u.canonical = u.name;
    if (!u.name || !gw_role_parse(json_string_value(json_object_get(v, "role")), &u.role)) {
      snprintf(l->problem, sizeof l->problem, "a unit without a name or with an unknown role");
      return false;
    }
    u.span = span(v);
    GW_VEC_PUSH(l->a, f->units, u);
  }
  json_array_foreach(json_object_get(o, "deadlines"), i, v) {
    gw_deadline d;
    memset(&d, 0, sizeof d);
    d.text = str(l, v, "text");
    if (!d.text) d.text = "";
    d.due = date(v, "due");
    d.start = date(v, "start");
    d.ongoing = json_is_true(json_object_get(v, "ongoing"));
    d.span = span(v);
    GW_VEC_PUSH(l->a, f->deadlines, d);
  }
  json_array_foreach(json_object_get(o, "recurrence"), i, v) {
    gw_recurrence r;
    r.text = str(l, v, "text");
    if (!r.text) r.text = "";
    if (!gw_freq_parse(json_string_value(json_object_get(v, "freq")), &r.freq)) {
      snprintf(l->problem, sizeof l->problem, "a recurrence with an unknown freq");
      return false;
    }
    r.span = span(v);
    GW_VEC_PUSH(l->a, f->recurrence, r);
  }
  json_array_foreach(json_object_get(o, "targets"), i, v) {
    gw_target t;
    t.text = str(l, v, "text");
    if (!t.text) t.text = "";
    t.metric = str(l, v, "metric");
    t.unit = str(l, v, "unit");
    if (!gw_op_parse(json_string_value(json_object_get(v, "op")), &t.op)) t.op = GW_OP_GE;
    t.value = json_number_value(json_object_get(v, "value"));
    t.span = span(v);
    GW_VEC_PUSH(l->a, f->targets, t);
  }
  json_array_foreach(json_object_get(o, "leaders"), i, v) {
    gw_person p;
    p.name = str(l, v, "name");
    if (!p.name) continue;
    p.span = span(v);
    GW_VEC_PUSH(l->a, f->leaders, p);
  }
  return true;
}

static void meta_field(loader *l, json_t *doc, json_t *spans, const char *key, gw_meta_field *f) {
  f->value = str(l, doc, key);
  f->span = span_of(json_object_get(spans, key));
}

static bool build(loader *l, json_t *root, gw_catalogue *cat) {
  const char *format = json_string_value(json_object_get(root, "format"));
  if (!format || strcmp(format, GW_CATALOGUE_FORMAT)) {
    snprintf(l->problem, sizeof l->problem, "not a gongwen catalogue (format is not \"%s\")",
             GW_CATALOGUE_FORMAT);
    return false;
  }
  json_int_t version = json_integer_value(json_object_get(root, "version"));
  if (version != GW_CATALOGUE_VERSION) {
    snprintf(l->problem, sizeof l->problem, "catalogue version %lld, this gongwen reads %d",
             (long long)version, GW_CATALOGUE_VERSION);
    return false;
  }
  json_t *src = json_object_get(root, "source");
  cat->file = str(l, src, "file");
  if (!cat->file) cat->file = l->name;
  cat->format = str(l, src, "format");
  cat->encoding = str(l, src, "encoding");
  cat->sha256 = str(l, src, "sha256");
  if (!cat->sha256) cat->sha256 = "";
  json_t *doc = json_object_get(root, "document");
  json_t *spans = json_object_get(doc, "spans");
  gw_docmeta *m = &cat->meta;
  meta_field(l, doc, spans, "doc_number", &m->doc_number);
  meta_field(l, doc, spans, "issuer", &m->issuer);
  meta_field(l, doc, spans, "title", &m->title);
  meta_field(l, doc, spans, "doc_type", &m->doc_type);
  meta_field(l, doc, spans, "enclosed_title", &m->enclosed_title);
  meta_field(l, doc, spans, "signer", &m->signer);
  meta_field(l, doc, spans, "printed_by", &m->printed_by);
  m->date = date(doc, "date");
  m->printed_date = date(doc, "printed_date");
  m->date_span = span_of(json_object_get(spans, "date"));
  m->printed_date_span = span_of(json_object_get(spans, "printed_date"));
  strvec(l, doc, "recipients", &m->recipients);
  strvec(l, doc, "cc", &m->cc);
  strvec(l, doc, "attachments", &m->attachments);
  json_t *pub = json_object_get(doc, "public");
  m->is_public = json_is_boolean(pub) ? json_is_true(pub) : -1;
  json_t *tasks = json_object_get(root, "tasks"), *t;
  if (!json_is_array(tasks)) {
    snprintf(l->problem, sizeof l->problem, "no \"tasks\" array");
    return false;
  }
  size_t i;
  json_array_foreach(tasks, i, t) {
    gw_task task;
    memset(&task, 0, sizeof task);
    task.id = str(l, t, "id");
    task.text = str(l, t, "text");
    if (!task.id || !task.text) {
      snprintf(l->problem, sizeof l->problem, "task %zu has no id or text", i);
      return false;
    }
    strvec(l, t, "path", &task.path);
    strvec(l, t, "heading", &task.heading);
    task.title = str(l, t, "title");
    if (!gw_kind_parse(json_string_value(json_object_get(t, "kind")), &task.kind))
      task.kind = GW_KIND_TASK;
    const char *source = json_string_value(json_object_get(t, "source"));
    task.from_table = source && !strcmp(source, "table");
    task.span = span(t);
    task.line = (uint32_t)json_integer_value(json_object_get(t, "line"));
    if (!fields(l, t, &task.f)) return false;
    json_t *sub;
    size_t k;
    json_array_foreach(json_object_get(t, "subtasks"), k, sub) {
      gw_subtask st;
      memset(&st, 0, sizeof st);
      st.text = str(l, sub, "text");
      if (!st.text) st.text = "";
      st.span = span(sub);
      if (!fields(l, sub, &st.f)) return false;
      GW_VEC_PUSH(l->a, task.subtasks, st);
    }
    GW_VEC_PUSH(l->a, cat->tasks, task);
  }
  json_t *text = json_object_get(root, "text");
  if (json_is_string(text)) {
    cat->text_len = json_string_length(text);
    cat->text = gw_arena_strndup(l->a, json_string_value(text), cat->text_len);
  }
  return true;
}

static gw_status load_guarded(loader *l, json_t *root, gw_catalogue **out) {
  gw_doc *doc = l->doc;
  if (setjmp(doc->guard))
    return gw_fail(l->err, GW_ERR_NOMEM, "out of memory reading the catalogue");
  doc->arena->on_fail = &doc->guard;
  gw_catalogue *cat = gw_catalogue_new(doc); /* its source fields come from the JSON */
  cat->spans_are_codepoints = true;
  doc->format = "catalogue";
  bool ok = build(l, root, cat);
  doc->arena->on_fail = NULL;
  if (!ok) return gw_fail(l->err, GW_ERR_INVALID, "%s", l->problem);
  if (cat->text) {
    doc->text = (char *)cat->text;
    doc->len = cat->text_len;
  }
  *out = cat;
  return GW_OK;
}

gw_status gw_catalogue_read_json(const char *name, const char *json, size_t len, gw_doc **out,
                                 gw_catalogue **cat, gw_error *err) {
  *out = NULL;
  *cat = NULL;
  /* A byte order mark, as editors on Windows write it, is no part of the JSON. */
  if (len >= 3 && !memcmp(json, "\xEF\xBB\xBF", 3)) json += 3, len -= 3;
  json_error_t jerr;
  json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
  if (!root)
    return gw_fail(err, GW_ERR_INVALID, "invalid JSON at line %d, column %d: %s", jerr.line,
                   jerr.column, jerr.text);
  gw_doc *doc = gw_doc_new(name, 0);
  if (!doc) {
    json_decref(root);
    return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  }
  loader l = {doc, doc->arena, name, err, ""};
  gw_status st = load_guarded(&l, root, cat);
  json_decref(root);
  if (st != GW_OK) {
    gw_doc_free(doc);
    *cat = NULL;
    return st;
  }
  *out = doc;
  return GW_OK;
}
