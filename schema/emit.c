/* Catalogue -> JSON, written straight into one buffer as the catalogue is
 * walked. A jansson tree would cost about a kilobyte per task and two
 * passes over every string; this writer keeps memory flat in the size of
 * the output and copies UTF-8 through, escaping only what JSON requires.
 * (jansson reads catalogues back: schema/load.c.) */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "../core/buf.h"
#include "../core/cnnum.h"
#include "../core/err.h"
#include "catalogue.h"

/* Member writers are inlined where they are called, so that the length of
 * each member name, a literal, is known when compiling. */
#define MEMBER static inline __attribute__((always_inline))

typedef struct writer {
  gw_buf out;
  bool pretty;
  int depth;
  bool first; /* no comma before the next member */
} writer;

static void newline(writer *w) {
  if (!w->pretty) return;
  gw_buf_putc(&w->out, '\n');
  for (int i = 0; i < w->depth; i++) gw_buf_put(&w->out, "  ", 2);
}

static void comma(writer *w) {
  if (!w->first) gw_buf_putc(&w->out, ',');
  w->first = false;
  newline(w);
}

static void open_nest(writer *w, char c) {
  gw_buf_putc(&w->out, c);
  w->depth++;
  w->first = true;
}

static void close_nest(writer *w, char c) {
  w->depth--;
  if (!w->first) newline(w);
  gw_buf_putc(&w->out, c);
  w->first = false;
}

/* A JSON string: UTF-8 passes through; quotes, backslashes and controls are
 * escaped. The text is valid UTF-8 (ingest checked it). */
/* Length of the prefix of s[0..n) that JSON takes as it is (no control
 * character, quote or backslash): sixteen bytes at a time with SSE2. */
static size_t plain_run(const char *s, size_t n) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                below_space = _mm_set1_epi8(0x1F);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i special =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                     _mm_cmpeq_epi8(_mm_min_epu8(v, below_space), v));
    unsigned mask = (unsigned)_mm_movemask_epi8(special);
    if (mask) return i + (unsigned)__builtin_ctz(mask);
  }
#endif
  for (; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == '"' || c == '\\') break;
  }
  return i;
}

/* A JSON string: UTF-8 passes through; quotes, backslashes and controls are
 * escaped. The text is valid UTF-8 (ingest checked it). Each plain run is
 * copied in one piece, with room reserved for it and the escape after it. */
static void string(writer *w, const char *s, size_t n) {
  gw_buf *b = &w->out;
  static const char hex[] = "0123456789abcdef";
  if (!gw_buf_reserve(b, n + 2)) return;
  b->data[b->len++] = '"';
  for (size_t i = 0;;) {
    size_t run = plain_run(s + i, n - i);
    if (!gw_buf_reserve(b, run + 7)) return; /* the run, an escape (6), the closing quote */
    char *o = b->data + b->len;
    memcpy(o, s + i, run);
    o += run;
    i += run;
    if (i >= n) {
      *o++ = '"';
      *o = 0;
      b->len = (size_t)(o - b->data);
      return;
    }
    unsigned char c = (unsigned char)s[i++];
    *o++ = '\\';
    switch (c) {
    case '"':
      *o++ = '"';
      break;
    case '\\':
      *o++ = '\\';
      break;
    case '\n':
      *o++ = 'n';
      break;
    case '\t':
      *o++ = 't';
      break;
    case '\r':
      *o++ = 'r';
      break;
    default:
      memcpy(o, "u00", 3);
      o[3] = hex[c >> 4];
      o[4] = hex[c & 15];
      o += 5;
      break;
    }
    b->len = (size_t)(o - b->data);
  }
}

/* Member names are ASCII words of this file: no escaping. */
MEMBER void key(writer *w, const char *k) {
  comma(w);
  size_t n = strlen(k);
  gw_buf *b = &w->out;
  if (!gw_buf_reserve(b, n + 4)) return;
  char *o = b->data + b->len;
  *o++ = '"';
  memcpy(o, k, n);
  o += n;
  *o++ = '"';
  *o++ = ':';
  if (w->pretty) *o++ = ' ';
  *o = 0;
  b->len = (size_t)(o - b->data);
}

MEMBER void str_member(writer *w, const char *k, const char *v) {
  key(w, k);
  if (v)
    string(w, v, strlen(v));
  else
    gw_buf_put(&w->out, "null", 4);
}

static void put_uint(writer *w, uint32_t v);

MEMBER void int_member(writer *w, const char *k, uint32_t v) {
  key(w, k);
  put_uint(w, v);
}

static void number(writer *w, double v) {
  if (v == floor(v) && fabs(v) < 1e15) {
    char buf[GW_NUMBER_MAX];
    gw_buf_put(&w->out, buf, gw_format_decimal((long)v, buf));
  } else
    gw_buf_printf(&w->out, "%.10g", v);
}

static void put_uint(writer *w, uint32_t v) {
  char buf[12];
  int i = 12;
  do {
    buf[--i] = (char)('0' + v % 10);
    v /= 10;
  } while (v);
  gw_buf_put(&w->out, buf + i, (size_t)(12 - i));
}

MEMBER void span_member(writer *w, const char *k, gw_span s) {
  key(w, k);
  gw_buf_putc(&w->out, '[');
  put_uint(w, s.start);
  gw_buf_put(&w->out, ", ", w->pretty ? 2 : 1);
  put_uint(w, s.end);
  gw_buf_putc(&w->out, ']');
}

MEMBER void date_member(writer *w, const char *k, gw_date d) {
  key(w, k);
  if (!gw_date_set(d)) {
    gw_buf_put(&w->out, "null", 4);
    return;
  }
  char iso[11];
  gw_date_iso(d, iso);
  string(w, iso, 10);
}

MEMBER void strvec_member(writer *w, const char *k, const gw_strvec *v) {
  key(w, k);
  open_nest(w, '[');
  for (size_t i = 0; i < v->len; i++) {
    comma(w);
    string(w, v->items[i], strlen(v->items[i]));
  }
  close_nest(w, ']');
}

static void fields(writer *w, const gw_fields *f) {
  key(w, "units");
  open_nest(w, '[');
  for (size_t i = 0; i < f->units.len; i++) {
    const gw_unit *u = &f->units.items[i];
    comma(w);
    open_nest(w, '{');
    str_member(w, "name", u->name);
    str_member(w, "canonical", u->canonical ? u->canonical : u->name);
    str_member(w, "role", gw_role_name(u->role));
    span_member(w, "span", u->span);
    close_nest(w, '}');
  }
  close_nest(w, ']');
  key(w, "deadlines");
  open_nest(w, '[');
  for (size_t i = 0; i < f->deadlines.len; i++) {
    const gw_deadline *d = &f->deadlines.items[i];
    comma(w);
    open_nest(w, '{');
    str_member(w, "text", d->text);
    date_member(w, "due", d->due);
    date_member(w, "start", d->start);
    if (d->ongoing) {
      key(w, "ongoing");
      gw_buf_put(&w->out, "true", 4);
    }
    span_member(w, "span", d->span);
    close_nest(w, '}');
  }
  close_nest(w, ']');
  key(w, "recurrence");
  open_nest(w, '[');
  for (size_t i = 0; i < f->recurrence.len; i++) {
    const gw_recurrence *r = &f->recurrence.items[i];
    comma(w);
    open_nest(w, '{');
    str_member(w, "text", r->text);
    str_member(w, "freq", gw_freq_name(r->freq));
    span_member(w, "span", r->span);
    close_nest(w, '}');
  }
  close_nest(w, ']');
  key(w, "targets");
  open_nest(w, '[');
  for (size_t i = 0; i < f->targets.len; i++) {
    const gw_target *t = &f->targets.items[i];
    comma(w);
    open_nest(w, '{');
    str_member(w, "text", t->text);
    str_member(w, "metric", t->metric);
    str_member(w, "op", gw_op_name(t->op));
    key(w, "value");
    number(w, t->value);
    str_member(w, "unit", t->unit);
    span_member(w, "span", t->span);
    close_nest(w, '}');
  }
  close_nest(w, ']');
  if (f->leaders.len) {
    key(w, "leaders");
    open_nest(w, '[');
    for (size_t i = 0; i < f->leaders.len; i++) {
      comma(w);
      open_nest(w, '{');
      str_member(w, "name", f->leaders.items[i].name);
      span_member(w, "span", f->leaders.items[i].span);
      close_nest(w, '}');
    }
    close_nest(w, ']');
  }
}

static void meta_spans(writer *w, const gw_docmeta *m) {
  key(w, "spans");
  open_nest(w, '{');
  const struct {
    const char *name;
    const gw_meta_field *f;
  } F[] = {{"doc_number", &m->doc_number},
           {"issuer", &m->issuer},
           {"title", &m->title},
           {"doc_type", &m->doc_type},
           {"enclosed_title", &m->enclosed_title},
           {"signer", &m->signer},
           {"printed_by", &m->printed_by}};
  for (size_t i = 0; i < sizeof F / sizeof F[0]; i++)
    if (F[i].f->value && F[i].f->span.end) span_member(w, F[i].name, F[i].f->span);
  if (gw_date_set(m->date)) span_member(w, "date", m->date_span);
  if (gw_date_set(m->printed_date)) span_member(w, "printed_date", m->printed_date_span);
  close_nest(w, '}');
}

static void document(writer *w, const gw_docmeta *m) {
  key(w, "document");
  open_nest(w, '{');
  str_member(w, "doc_number", m->doc_number.value);
  str_member(w, "issuer", m->issuer.value);
  str_member(w, "title", m->title.value);
  str_member(w, "doc_type", m->doc_type.value);
  date_member(w, "date", m->date);
  strvec_member(w, "recipients", &m->recipients);
  strvec_member(w, "cc", &m->cc);
  strvec_member(w, "attachments", &m->attachments);
  str_member(w, "enclosed_title", m->enclosed_title.value);
  str_member(w, "signer", m->signer.value);
  str_member(w, "printed_by", m->printed_by.value);
  date_member(w, "printed_date", m->printed_date);
  key(w, "public");
  gw_buf_puts(&w->out, m->is_public < 0 ? "null" : m->is_public ? "true" : "false");
  meta_spans(w, m);
  close_nest(w, '}');
}

static void task(writer *w, const gw_task *t) {
  comma(w);
  open_nest(w, '{');
  str_member(w, "id", t->id);
  strvec_member(w, "path", &t->path);
  strvec_member(w, "heading", &t->heading);
  str_member(w, "title", t->title);
  str_member(w, "text", t->text);
  str_member(w, "kind", gw_kind_name(t->kind));
  str_member(w, "source", t->from_table ? "table" : "paragraph");
  span_member(w, "span", t->span);
  int_member(w, "line", t->line);
  fields(w, &t->f);
  key(w, "subtasks");
  open_nest(w, '[');
  for (size_t i = 0; i < t->subtasks.len; i++) {
    const gw_subtask *s = &t->subtasks.items[i];
    comma(w);
    open_nest(w, '{');
    str_member(w, "text", s->text);
    span_member(w, "span", s->span);
    fields(w, &s->f);
    close_nest(w, '}');
  }
  close_nest(w, ']');
  close_nest(w, '}');
}

gw_status gw_catalogue_to_json(const gw_catalogue *cat, int flags, char **out, size_t *len,
                               gw_error *err) {
  *out = NULL;
  writer w;
  memset(&w, 0, sizeof w);
  gw_buf_init(&w.out);
  w.pretty = flags & GW_JSON_PRETTY;
  /* The text appears once whole and again in the tasks: reserve for both. */
  gw_buf_reserve(&w.out, cat->text_len * 2 + 4096);
  w.first = true;
  open_nest(&w, '{');
  str_member(&w, "format", GW_CATALOGUE_FORMAT);
  int_member(&w, "version", GW_CATALOGUE_VERSION);
  key(&w, "source");
  open_nest(&w, '{');
  str_member(&w, "file", cat->file);
  str_member(&w, "format", cat->format);
  str_member(&w, "encoding", cat->encoding);
  str_member(&w, "sha256", cat->sha256);
  close_nest(&w, '}');
  document(&w, &cat->meta);
  key(&w, "tasks");
  open_nest(&w, '[');
  for (size_t i = 0; i < cat->tasks.len; i++) task(&w, &cat->tasks.items[i]);
  close_nest(&w, ']');
  if (!(flags & GW_JSON_NO_TEXT) && cat->text) {
    key(&w, "text");
    string(&w, cat->text, cat->text_len);
  }
  close_nest(&w, '}');
  char *s = gw_buf_detach(&w.out, len);
  if (!s) return gw_fail(err, GW_ERR_NOMEM, "out of memory writing JSON");
  *out = s;
  return GW_OK;
}
