/* Field extractors: each reads a view of a task's text and appends what it
 * finds to a gw_fields, with spans in document bytes. */
#ifndef GW_FIELDS_H
#define GW_FIELDS_H

#include "ctx.h"

/* At most this many units, deadlines or targets in one task: the checks for
 * duplicates are quadratic, and no real task comes near. */
#define GW_MAX_FIELD_ITEMS 500

/* A clause of a task closed by a responsibility parenthetical. */
typedef struct gw_clause {
  uint32_t start, end;  /* view offsets */
  uint32_t paren_start; /* where the closing parenthetical opens */
  gw_fields f;
} gw_clause;
typedef GW_VEC(gw_clause) gw_clause_vec;

/* Units and roles from the task text: parentheticals （…牵头，…配合）, labels
 * 牵头单位：…, sentences 由…负责. When several parentheticals each close a
 * clause, `clauses` gets one entry per clause (units split among them). */
/* A heading that names units (一、区发展改革委：) over their duties: each is
 * responsible for the tasks under it (unless the task names it already). */
void gw_units_from_heading(gw_ctx *c, const gw_view *v, gw_fields *f);
/* Does the notice say that the first unit of a list leads (排在第一位的为牵头单位)? */
bool gw_units_first_listed_leads(const char *text, size_t n);
void gw_find_units(gw_ctx *c, const gw_view *v, uint32_t features, gw_fields *f,
                   gw_clause_vec *clauses);
/* Units of a table cell under a unit column (role from the header). */
void gw_units_from_cell(gw_ctx *c, const gw_view *v, gw_role role, gw_fields *f);
/* 经发办：负责… lines in a cell: the unit before the colon. */
void gw_units_from_duty_lines(gw_ctx *c, const gw_view *v, gw_fields *f);
/* People from a 领导 column or label. */
void gw_people_from_cell(gw_ctx *c, const gw_view *v, gw_fields *f);

/* Deadlines. `year_hint` is the year of the nearest heading that names one
 * (0 if none). In a deadline cell (`cell`), a bare date is a deadline. */
void gw_find_deadlines(gw_ctx *c, const gw_view *v, int year_hint, bool cell, gw_fields *f);
/* A milestone in a period column (一季度: 完成施工招标) is due when the
 * period ends (end_month of `year`), unless it names a date of its own;
 * 持续推进 gives no due. */
void gw_find_period_deadline(gw_ctx *c, const gw_view *v, int year, int end_month, gw_fields *f);
/* A 完成时限 cell naming a phase (第二阶段): its own date if any, else the
 * phase's end as the notice dates it. */
void gw_find_phase_deadline(gw_ctx *c, const gw_view *v, int year, gw_date phase_end, gw_fields *f);
void gw_find_recurrence(gw_ctx *c, const gw_view *v, gw_fields *f);
void gw_find_targets(gw_ctx *c, const gw_view *v, gw_fields *f);

/* The canonical name of a unit through the alias table. */
const char *gw_canonical_unit(gw_ctx *c, const char *name);

#endif
