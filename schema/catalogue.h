/* The catalogue: what extraction produces and the JSON writer and reader
 * serialize. Everything lives in the arena of its document. Spans are byte
 * offsets into the document text while extraction runs and code point
 * offsets once gw_catalogue_finish has run (that is what the JSON holds). */
#ifndef GW_CATALOGUE_H
#define GW_CATALOGUE_H

#include <stdbool.h>
#include <stdint.h>

#include "../core/arena.h"
#include "../core/date.h"
#include "../core/doc.h"

typedef enum gw_role {
  GW_ROLE_LEAD,
  GW_ROLE_COOPERATING,
  GW_ROLE_RESPONSIBLE,
  GW_ROLE_SUPERVISING
} gw_role;
typedef enum gw_kind {
  GW_KIND_TASK,
  GW_KIND_PROBLEM,
  GW_KIND_ACHIEVEMENT,
  GW_KIND_PRINCIPLE,
  GW_KIND_GOAL
} gw_kind;
typedef enum gw_freq {
  GW_FREQ_DAILY,
  GW_FREQ_WEEKLY,
  GW_FREQ_MONTHLY,
  GW_FREQ_QUARTERLY,
  GW_FREQ_SEMIANNUAL,
  GW_FREQ_YEARLY
} gw_freq;
typedef enum gw_op { GW_OP_GE, GW_OP_LE, GW_OP_EQ, GW_OP_APPROX, GW_OP_GT, GW_OP_LT } gw_op;

const char *gw_role_name(gw_role r);
const char *gw_kind_name(gw_kind k);
const char *gw_freq_name(gw_freq f);
const char *gw_op_name(gw_op o);
bool gw_role_parse(const char *s, gw_role *out);
bool gw_kind_parse(const char *s, gw_kind *out);
bool gw_freq_parse(const char *s, gw_freq *out);
bool gw_op_parse(const char *s, gw_op *out);

typedef struct gw_span {
  uint32_t start, end;
} gw_span;

typedef struct gw_unit {
  const char *name;      /* as written */
  const char *canonical; /* through the alias table; == name when no alias */
  gw_role role;
  gw_span span;
} gw_unit;

typedef struct gw_deadline {
  const char *text;
  gw_date due, start;
  bool ongoing; /* 长期坚持, 持续推进: no due date */
  gw_span span;
} gw_deadline;

typedef struct gw_recurrence {
  const char *text;
  gw_freq freq;
  gw_span span;
} gw_recurrence;

typedef struct gw_target {
  const char *text, *metric, *unit;
  gw_op op;
  double value;
  gw_span span;
} gw_target;

typedef struct gw_person {
  const char *name;
  gw_span span;
} gw_person;

typedef struct gw_fields {
  GW_VEC(gw_unit) units;
  GW_VEC(gw_deadline) deadlines;
  GW_VEC(gw_recurrence) recurrence;
  GW_VEC(gw_target) targets;
  GW_VEC(gw_person) leaders;
} gw_fields;

typedef struct gw_subtask {
  const char *text;
  gw_span span;
  gw_fields f;
} gw_subtask;

typedef GW_VEC(const char *) gw_strvec;

typedef struct gw_task {
  const char *id;
  gw_strvec path;    /* numbering labels, outermost first */
  gw_strvec heading; /* texts of the ancestors' headings */
  const char *title; /* lead phrase, or NULL */
  const char *text;
  gw_kind kind;
  gw_span span;
  uint32_t line;
  bool from_table;
  gw_fields f;
  GW_VEC(gw_subtask) subtasks;
} gw_task;

typedef struct gw_meta_field {
  const char *value;
  gw_span span; /* end == 0: no span */
} gw_meta_field;

typedef struct gw_docmeta {
  gw_meta_field doc_number, issuer, title, doc_type, enclosed_title, signer, printed_by;
  gw_date date, printed_date;
  gw_span date_span, printed_date_span;
  gw_strvec recipients, cc, attachments;
  int is_public; /* -1 unknown, 0 not public, 1 public */
} gw_docmeta;

struct gw_catalogue {
  gw_doc *doc;
  const char *file, *format, *encoding, *sha256;
  gw_docmeta meta;
  GW_VEC(gw_task) tasks;
  const char *text; /* NULL when a loaded catalogue had none */
  size_t text_len;
  bool spans_are_codepoints;
};

gw_catalogue *gw_catalogue_new(gw_doc *doc);
/* Convert every span to code points (once). */
void gw_catalogue_finish(gw_catalogue *cat);

#endif
