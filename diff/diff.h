/* gongwen diff: the model shared by alignment, field comparison and the
 * reports. Everything lives in the diff's own arena. */
#ifndef GW_DIFF_H
#define GW_DIFF_H

#include <setjmp.h>
#include <unicode/ubrk.h>

#include "../schema/catalogue.h"

typedef enum gw_change_status {
  GW_CH_UNCHANGED,
  GW_CH_MOVED,
  GW_CH_CHANGED,
  GW_CH_SPLIT,
  GW_CH_MERGED,
  GW_CH_ADDED,
  GW_CH_REMOVED,
  GW_CH_COUNT
} gw_change_status;

const char *gw_change_status_name(gw_change_status s);

/* A word-level edit run. */
typedef enum gw_run_op { GW_RUN_EQUAL, GW_RUN_INSERT, GW_RUN_DELETE } gw_run_op;
typedef struct gw_run {
  gw_run_op op;
  const char *text;
} gw_run;

typedef struct gw_unit_ref {
  const char *name, *canonical;
  gw_role role;
} gw_unit_ref;

typedef struct gw_rename {
  const char *old_name, *new_name, *canonical;
} gw_rename;

typedef struct gw_role_change {
  const char *name;
  gw_role old_role, new_role;
} gw_role_change;

typedef struct gw_date_change {
  gw_date old_due, new_due; /* one may be unset: added or removed */
  const char *old_text, *new_text;
  long shift_days;
  bool rolled_over; /* moved by exactly the years between the documents */
} gw_date_change;

typedef struct gw_target_change {
  const gw_target *old_t, *new_t; /* one may be NULL */
} gw_target_change;

typedef struct gw_change {
  gw_change_status status;
  GW_VEC(uint32_t) olds; /* task indices in the old catalogue */
  GW_VEC(uint32_t) news;
  double similarity;
  double order; /* where it stands in the report */
  GW_VEC(gw_unit_ref) units_added, units_removed;
  GW_VEC(gw_rename) units_renamed;
  GW_VEC(gw_role_change) roles_changed;
  GW_VEC(gw_date_change) deadlines;
  bool recurrence_changed;
  GW_VEC(gw_target_change) targets;
  GW_VEC(gw_run) text_diff;
} gw_change;

struct gw_diff {
  gw_arena *arena;
  UBreakIterator *words; /* ICU word boundaries (zh), opened once for every text */
  const gw_catalogue *old_cat, *new_cat;
  GW_VEC(uint32_t) old_tasks, new_tasks; /* indices of kind == task */
  GW_VEC(gw_change) changes;
  size_t counts[GW_CH_COUNT];
  int year_gap;
  jmp_buf guard;
};

/* Per-task comparison data (similar.c). */
typedef struct gw_vec_entry {
  uint32_t id;
  float w;
} gw_vec_entry;

typedef struct gw_taskvec {
  gw_vec_entry *words, *bigrams; /* sorted by id */
  uint32_t nwords, nbigrams;
  double norm_words, norm_bigrams;
  double mass_bigrams;      /* sum of bigram weights, for containment */
  const char *norm_text;    /* NFKC, no spaces: equality tests */
  const char *norm_fields;  /* units, dues, people: a table row's other cells */
  const char *norm_heading; /* headings without their numbers */
} gw_taskvec;

typedef struct gw_simtab {
  gw_taskvec *old_v, *new_v;
  uint32_t n_old, n_new;
  float *sim; /* n_old x n_new */
} gw_simtab;

/* similar.c */
void gw_sim_build(gw_diff *d, gw_simtab *t);
double gw_sim_containment(const gw_taskvec *part, const gw_taskvec *const *whole, size_t n);
/* ICU words of a text (punctuation dropped unless keep_all), in order, in
 * the diff's arena. */
size_t gw_words(gw_diff *d, const char *text, const char ***out, bool keep_all);

/* align.c: fill d->changes with statuses. */
void gw_align(gw_diff *d, const gw_simtab *t);
/* fields.c: unit, deadline, recurrence, target and text changes. */
void gw_compare_fields(gw_diff *d, gw_change *ch);

/* A task of one side. */
static inline const gw_task *gw_old_task(const gw_diff *d, uint32_t i) {
  return &d->old_cat->tasks.items[d->old_tasks.items[i]];
}
static inline const gw_task *gw_new_task(const gw_diff *d, uint32_t i) {
  return &d->new_cat->tasks.items[d->new_tasks.items[i]];
}

/* How many tasks one side of a change holds, and the k-th of them. */
static inline size_t gw_side_len(const gw_change *ch, bool old) {
  return old ? ch->olds.len : ch->news.len;
}
static inline const gw_task *gw_side_task(const gw_diff *d, const gw_change *ch, bool old,
                                          size_t k) {
  return old ? gw_old_task(d, ch->olds.items[k]) : gw_new_task(d, ch->news.items[k]);
}

/* The similarity a report shows: 1.00 only for the same text (unchanged,
 * moved), so a changed task's 0.996 reads 0.99. */
static inline double gw_shown_similarity(const gw_change *ch) {
  if (ch->status == GW_CH_UNCHANGED || ch->status == GW_CH_MOVED) return 1.0;
  return ch->similarity > 0.99 ? 0.99 : ch->similarity;
}

#endif
