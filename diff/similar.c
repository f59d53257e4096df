/* How alike two tasks are. Each task becomes two TF-IDF vectors over both
 * documents: ICU words (a Han character alone is not a word to ICU, so
 * 隐患排查 and 排查隐患 still share their words) and character bigrams (so
 * that 安监局 and 应急局 texts still match on the rest). Unit names in the
 * text are replaced by their canonical names, as extraction wrote them
 * (区安监局 and 区应急管理局 are the same unit).
 * Similarity = mean of the two cosines, plus a small bonus for the same
 * heading (a weak prior: tasks move between sections). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "../core/nfkc.h"
#include "../core/strmap.h"
#include "../core/textbuf.h"
#include "../core/utf8.h"
#include "diff.h"

/* Weight of the heading prior. */
#define HEADING_BONUS 0.05

/* ---- normalization ------------------------------------------------------ */

/* NFKC with white space removed (the comparison the scorers use). */
static char *nfkc_nospace(gw_arena *a, const char *s, size_t n) {
  size_t m = gw_nfkc_nospace(s, n, NULL, 0);
  if (m == (size_t)-1) return gw_arena_strndup(a, s, n);
  char *out = gw_arena_alloc(a, m + 1);
  if (gw_nfkc_nospace(s, n, out, m + 1) != m) return gw_arena_strndup(a, s, n);
  return out;
}

/* Replace every occurrence of `from` by `to`. */
static char *replace_all(gw_arena *a, const char *s, const char *from, const char *to) {
  size_t fl = strlen(from), tl = strlen(to), n = strlen(s);
  if (!fl || !strcmp(from, to)) return (char *)s;
  size_t count = 0;
  for (const char *p = s; (p = strstr(p, from)); p += fl) count++;
  if (!count) return (char *)s;
  char *out = gw_arena_alloc(a, n + count * (tl > fl ? tl - fl : 0) + 1), *o = out;
  const char *p = s, *q;
  while ((q = strstr(p, from))) {
    memcpy(o, p, (size_t)(q - p));
    o += q - p;
    memcpy(o, to, tl);
    o += tl;
    p = q + fl;
  }
  strcpy(o, p);
  return out;
}

static void unit_names(gw_arena *a, const gw_fields *f, char **text) {
  for (size_t i = 0; i < f->units.len; i++) {
    const gw_unit *u = &f->units.items[i];
    if (!u->canonical || !strcmp(u->name, u->canonical)) continue;
    char *from = nfkc_nospace(a, u->name, strlen(u->name));
    char *to = nfkc_nospace(a, u->canonical, strlen(u->canonical));
    *text = replace_all(a, *text, from, to);
  }
}

/* ---- tokens ---------------------------------------------------------------- */

/* In how many tasks a token stands; its id is its index. */
typedef struct vocab_entry {
  uint32_t df, last_doc;
} vocab_entry;

/* The tokens of both notices (the token strings live in the diff's arena). */
typedef struct vocab {
  gw_strmap tokens;
  GW_VEC(vocab_entry) entries; /* by token id */
} vocab;

static uint32_t intern(vocab *v, const char *s, size_t n) {
  bool added;
  uint32_t id = gw_strmap_add(&v->tokens, s, n, &added);
  if (added) {
    vocab_entry e = {0, UINT32_MAX};
    GW_VEC_PUSH(v->tokens.arena, v->entries, e);
  }
  return id;
}

size_t gw_words(gw_diff *d, const char *text, const char ***out, bool keep_all) {
  GW_VEC(const char *) words = {0};
  UErrorCode st = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, text, -1, &st);
  if (d->words) ubrk_setUText(d->words, &ut, &st);
  if (d->words && U_SUCCESS(st))
    for (int32_t s0 = ubrk_first(d->words), e0; (e0 = ubrk_next(d->words)) != UBRK_DONE; s0 = e0)
      if (keep_all || ubrk_getRuleStatus(d->words) >= UBRK_WORD_NONE_LIMIT) /* not punctuation */
        GW_VEC_PUSH(d->arena, words, gw_arena_strndup(d->arena, text + s0, (size_t)(e0 - s0)));
  utext_close(&ut);
  *out = words.items;
  return words.len;
}

static int cmp_entry(const void *x, const void *y) {
  const gw_vec_entry *a = x, *b = y;
  return a->id < b->id ? -1 : a->id > b->id;
}

/* Count each token id into entries (id, tf), sorted, and mark df. */
static gw_vec_entry *counts(gw_arena *a, vocab *v, const uint32_t *ids, size_t n, uint32_t doc,
                            uint32_t *out_n) {
  gw_vec_entry *e = gw_arena_alloc(a, (n + 1) * sizeof *e);
  for (size_t i = 0; i < n; i++) {
    e[i].id = ids[i];
    e[i].w = 1;
    vocab_entry *tok = &v->entries.items[ids[i]];
    if (tok->last_doc != doc) {
      tok->last_doc = doc;
      tok->df++;
    }
  }
  qsort(e, n, sizeof *e, cmp_entry);
  uint32_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k && e[k - 1].id == e[i].id)
      e[k - 1].w += 1;
    else
      e[k++] = e[i];
  }
  *out_n = k;
  return e;
}

typedef struct side_task {
  uint32_t *words, *bigrams; /* token ids */
  size_t nw, nb;
} side_task;

static void tokenize(gw_diff *d, vocab *v, const gw_task *task, gw_taskvec *tv, side_task *st) {
  gw_arena *a = d->arena;
  char *text = nfkc_nospace(a, task->text, strlen(task->text));
  tv->norm_text = text;
  /* What a table row says outside its text cell: units, deadlines, people. */
  gw_textbuf fields;
  gw_textbuf_init(&fields, a, 0);
  for (size_t i = 0; i < task->f.units.len; i++) {
    gw_textbuf_puts(&fields, task->f.units.items[i].name);
    gw_textbuf_puts(&fields, ":");
    gw_textbuf_puts(&fields, gw_role_name(task->f.units.items[i].role));
    gw_textbuf_puts(&fields, ";");
  }
  for (size_t i = 0; i < task->f.deadlines.len; i++) {
    gw_textbuf_puts(&fields, task->f.deadlines.items[i].text);
    gw_textbuf_puts(&fields, ";");
  }
  for (size_t i = 0; i < task->f.leaders.len; i++) {
    gw_textbuf_puts(&fields, task->f.leaders.items[i].name);
    gw_textbuf_puts(&fields, ";");
  }
  tv->norm_fields = nfkc_nospace(a, gw_textbuf_finish(&fields), fields.len);
  char *cmp = text;
  unit_names(a, &task->f, &cmp);
  for (size_t s = 0; s < task->subtasks.len; s++) unit_names(a, &task->subtasks.items[s].f, &cmp);
  /* headings, without their numbers (the path holds those) */
  gw_textbuf heading;
  gw_textbuf_init(&heading, a, 0);
  for (size_t h = 0; h < task->heading.len; h++) {
    gw_textbuf_puts(&heading, task->heading.items[h]);
    gw_textbuf_puts(&heading, "/");
  }
  tv->norm_heading = nfkc_nospace(a, gw_textbuf_finish(&heading), heading.len);
  const char **words;
  size_t nw = gw_words(d, cmp, &words, false);
  st->words = gw_arena_alloc(a, (nw + 1) * sizeof *st->words);
  for (size_t i = 0; i < nw; i++) st->words[i] = intern(v, words[i], strlen(words[i]));
  st->nw = nw;
  /* character bigrams over letters, digits and Han characters */
  size_t n = strlen(cmp), nc = 0;
  uint32_t *starts = gw_arena_alloc(a, (n + 2) * sizeof *starts);
  bool *letter = gw_arena_alloc(a, n + 2);
  for (size_t i = 0; i < n;) {
    size_t k = i;
    uint32_t cp = gw_utf8_next(cmp, n, &k);
    starts[nc] = (uint32_t)i;
    letter[nc] = (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= '0' && cp <= '9') ||
                 ((cp | 32) >= 'a' && (cp | 32) <= 'z');
    nc++;
    i = k;
  }
  starts[nc] = (uint32_t)n;
  st->bigrams = gw_arena_alloc(a, (nc + 1) * sizeof *st->bigrams);
  st->nb = 0;
  for (size_t i = 0; i + 1 < nc; i++)
    if (letter[i] && letter[i + 1])
      st->bigrams[st->nb++] = intern(v, cmp + starts[i], starts[i + 2] - starts[i]);
}

static void weigh(gw_vec_entry *e, uint32_t n, const float *idf, double *norm, double *mass) {
  double sq = 0, sum = 0;
  for (uint32_t i = 0; i < n; i++) {
    e[i].w = (float)((1.0 + log(e[i].w)) * idf[e[i].id]);
    sq += (double)e[i].w * e[i].w;
    sum += e[i].w;
  }
  *norm = sqrt(sq);
  if (mass) *mass = sum;
}

static double dot(const gw_vec_entry *a, uint32_t na, const gw_vec_entry *b, uint32_t nb) {
  double s = 0;
  uint32_t i = 0, j = 0;
  while (i < na && j < nb) {
    if (a[i].id == b[j].id)
      s += (double)a[i++].w * b[j++].w;
    else if (a[i].id < b[j].id)
      i++;
    else
      j++;
  }
  return s;
}

static double cosine(const gw_vec_entry *a, uint32_t na, double norm_a, const gw_vec_entry *b,
                     uint32_t nb, double norm_b) {
  if (norm_a <= 0 || norm_b <= 0) return 0;
  return dot(a, na, b, nb) / (norm_a * norm_b);
}

/* Bigram overlap of two headings, 0..1. */
static double heading_likeness(const char *a, const char *b) {
  if (!strcmp(a, b)) return 1;
  size_t na = strlen(a), nb = strlen(b);
  if (!na || !nb) return 0;
  size_t common = 0, total = 0;
  for (size_t i = 0; i + 6 <= na; i += 3) {
    total++;
    char bg[7];
    memcpy(bg, a + i, 6);
    bg[6] = 0;
    if (strstr(b, bg)) common++;
  }
  return total ? (double)common / (double)total : 0;
}

void gw_sim_build(gw_diff *d, gw_simtab *t) {
  gw_arena *a = d->arena;
  vocab v = {0};
  gw_strmap_init(&v.tokens, a);
  t->n_old = (uint32_t)d->old_tasks.len;
  t->n_new = (uint32_t)d->new_tasks.len;
  uint32_t total = t->n_old + t->n_new;
  t->old_v = gw_arena_calloc(a, t->n_old + 1, sizeof *t->old_v);
  t->new_v = gw_arena_calloc(a, t->n_new + 1, sizeof *t->new_v);
  side_task *st = gw_arena_calloc(a, total + 1, sizeof *st);
  for (uint32_t i = 0; i < total; i++) {
    bool old = i < t->n_old;
    const gw_task *task = old ? gw_old_task(d, i) : gw_new_task(d, i - t->n_old);
    tokenize(d, &v, task, old ? &t->old_v[i] : &t->new_v[i - t->n_old], &st[i]);
  }
  for (uint32_t i = 0; i < total; i++) {
    gw_taskvec *tv = i < t->n_old ? &t->old_v[i] : &t->new_v[i - t->n_old];
    tv->words = counts(a, &v, st[i].words, st[i].nw, i, &tv->nwords);
    tv->bigrams = counts(a, &v, st[i].bigrams, st[i].nb, i, &tv->nbigrams);
  }
  float *idf = gw_arena_alloc(a, (v.entries.len + 1) * sizeof *idf);
  for (size_t id = 0; id < v.entries.len; id++) {
    uint32_t df = v.entries.items[id].df;
    idf[id] = (float)log(1.0 + (double)total / (df ? df : 1));
  }
  for (uint32_t i = 0; i < total; i++) {
    gw_taskvec *tv = i < t->n_old ? &t->old_v[i] : &t->new_v[i - t->n_old];
    weigh(tv->words, tv->nwords, idf, &tv->norm_words, NULL);
    weigh(tv->bigrams, tv->nbigrams, idf, &tv->norm_bigrams, &tv->mass_bigrams);
  }
  t->sim = gw_arena_alloc(a, ((size_t)t->n_old * t->n_new + 1) * sizeof *t->sim);
  for (uint32_t i = 0; i < t->n_old; i++)
    for (uint32_t j = 0; j < t->n_new; j++) {
      const gw_taskvec *x = &t->old_v[i], *y = &t->new_v[j];
      double s;
      if (!strcmp(x->norm_text, y->norm_text)) {
        s = 1.0;
      } else {
        s = 0.5 * cosine(x->words, x->nwords, x->norm_words, y->words, y->nwords, y->norm_words) +
            0.5 * cosine(x->bigrams, x->nbigrams, x->norm_bigrams, y->bigrams, y->nbigrams,
                         y->norm_bigrams);
        s += HEADING_BONUS * heading_likeness(x->norm_heading, y->norm_heading);
        if (s > 0.999) s = 0.999;
      }
      t->sim[(size_t)i * t->n_new + j] = (float)s;
    }
}

double gw_sim_containment(const gw_taskvec *part, const gw_taskvec *const *whole, size_t n) {
  if (part->mass_bigrams <= 0) return 0;
  double covered = 0;
  for (uint32_t i = 0; i < part->nbigrams; i++) {
    uint32_t id = part->bigrams[i].id;
    bool found = false;
    for (size_t w = 0; w < n && !found; w++) {
      const gw_taskvec *v = whole[w];
      uint32_t lo = 0, hi = v->nbigrams;
      while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (v->bigrams[mid].id < id)
          lo = mid + 1;
        else
          hi = mid;
      }
      found = lo < v->nbigrams && v->bigrams[lo].id == id;
    }
    if (found) covered += part->bigrams[i].w;
  }
  return covered / part->mass_bigrams;
}
