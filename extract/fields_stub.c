#include "fields.h"
void gw_find_units(gw_ctx *c, const gw_view *v, gw_fields *f, gw_clause_vec *clauses) {(void)c;(void)v;(void)f;(void)clauses;}
void gw_units_from_cell(gw_ctx *c, const gw_view *v, gw_role role, gw_fields *f) {(void)c;(void)v;(void)f;(void)role;}
void gw_units_from_duty_lines(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
void gw_people_from_cell(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
void gw_find_deadlines(gw_ctx *c, const gw_view *v, int year_hint, bool cell, gw_fields *f) {(void)c;(void)v;(void)f;(void)year_hint;(void)cell;}
void gw_find_recurrence(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
void gw_find_targets(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
