#include "catalogue.h"

#include <string.h>

static const char *const ROLES[] = {"lead", "cooperating", "responsible", "supervising"};
static const char *const KINDS[] = {"task", "problem", "achievement", "principle", "goal"};
static const char *const FREQS[] = {"daily",     "weekly",     "monthly",
                                    "quarterly", "semiannual", "yearly"};
static const char *const OPS[] = {">=", "<=", "=", "~", ">", "<"};

#define COUNT(a) (sizeof(a) / sizeof(a[0]))

const char *gw_role_name(gw_role r) {
  return (unsigned)r < COUNT(ROLES) ? ROLES[r] : "responsible";
}
const char *gw_kind_name(gw_kind k) {
  return (unsigned)k < COUNT(KINDS) ? KINDS[k] : "task";
}
const char *gw_freq_name(gw_freq f) {
  return (unsigned)f < COUNT(FREQS) ? FREQS[f] : "yearly";
}
const char *gw_op_name(gw_op o) {
  return (unsigned)o < COUNT(OPS) ? OPS[o] : "=";
}

static bool lookup(const char *const *names, size_t n, const char *s, int *out) {
  for (size_t i = 0; s && i < n; i++)
    if (!strcmp(names[i], s)) {
      *out = (int)i;
      return true;
    }
  return false;
}

bool gw_role_parse(const char *s, gw_role *out) {
  int v;
  if (!lookup(ROLES, COUNT(ROLES), s, &v)) return false;
  *out = (gw_role)v;
  return true;
}
bool gw_kind_parse(const char *s, gw_kind *out) {
  int v;
  if (!lookup(KINDS, COUNT(KINDS), s, &v)) return false;
  *out = (gw_kind)v;
  return true;
}
bool gw_freq_parse(const char *s, gw_freq *out) {
  int v;
  if (!lookup(FREQS, COUNT(FREQS), s, &v)) return false;
  *out = (gw_freq)v;
  return true;
}
bool gw_op_parse(const char *s, gw_op *out) {
  int v;
  if (!lookup(OPS, COUNT(OPS), s, &v)) return false;
  *out = (gw_op)v;
  return true;
}

gw_catalogue *gw_catalogue_new(gw_doc *doc) {
  gw_catalogue *cat = gw_arena_calloc(doc->arena, 1, sizeof *cat);
  cat->doc = doc;
  cat->file = doc->name;
  cat->format = doc->format;
  cat->encoding = doc->encoding;
  cat->sha256 = doc->sha256;
  cat->text = doc->text;
  cat->text_len = doc->len;
  cat->meta.is_public = -1;
  doc->catalogue = cat;
  return cat;
}

static void to_cp(const gw_cpindex *ix, gw_span *s) {
  if (s->end == 0 && s->start == 0) return;
  s->start = gw_cpindex_offset(ix, s->start);
  s->end = gw_cpindex_offset(ix, s->end);
}

static void fields_to_cp(const gw_cpindex *ix, gw_fields *f) {
  for (size_t i = 0; i < f->units.len; i++) to_cp(ix, &f->units.items[i].span);
  for (size_t i = 0; i < f->deadlines.len; i++) to_cp(ix, &f->deadlines.items[i].span);
  for (size_t i = 0; i < f->recurrence.len; i++) to_cp(ix, &f->recurrence.items[i].span);
  for (size_t i = 0; i < f->targets.len; i++) to_cp(ix, &f->targets.items[i].span);
  for (size_t i = 0; i < f->leaders.len; i++) to_cp(ix, &f->leaders.items[i].span);
}

void gw_catalogue_finish(gw_catalogue *cat) {
  if (cat->spans_are_codepoints) return;
  const gw_cpindex *ix = &cat->doc->cp;
  gw_docmeta *m = &cat->meta;
  gw_meta_field *fields[] = {&m->doc_number,     &m->issuer, &m->title,     &m->doc_type,
                             &m->enclosed_title, &m->signer, &m->printed_by};
  for (size_t i = 0; i < COUNT(fields); i++) to_cp(ix, &fields[i]->span);
  to_cp(ix, &m->date_span);
  to_cp(ix, &m->printed_date_span);
  for (size_t t = 0; t < cat->tasks.len; t++) {
    gw_task *task = &cat->tasks.items[t];
    to_cp(ix, &task->span);
    fields_to_cp(ix, &task->f);
    for (size_t s = 0; s < task->subtasks.len; s++) {
      to_cp(ix, &task->subtasks.items[s].span);
      fields_to_cp(ix, &task->subtasks.items[s].f);
    }
  }
  cat->spans_are_codepoints = true;
}

size_t gw_catalogue_task_count(const gw_catalogue *cat) {
  return cat->tasks.len;
}

static size_t count_units(const gw_fields *f) {
  return f->units.len;
}
static size_t count_dues(const gw_fields *f) {
  size_t n = 0;
  for (size_t i = 0; i < f->deadlines.len; i++) n += gw_date_set(f->deadlines.items[i].due);
  return n;
}

size_t gw_catalogue_unit_count(const gw_catalogue *cat) {
  size_t n = 0;
  for (size_t t = 0; t < cat->tasks.len; t++) n += count_units(&cat->tasks.items[t].f);
  return n;
}

size_t gw_catalogue_deadline_count(const gw_catalogue *cat) {
  size_t n = 0;
  for (size_t t = 0; t < cat->tasks.len; t++) n += count_dues(&cat->tasks.items[t].f);
  return n;
}

const char *gw_catalogue_doc_number(const gw_catalogue *cat) {
  return cat->meta.doc_number.value;
}
