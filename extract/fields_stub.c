#include "fields.h"
void gw_find_deadlines(gw_ctx *c, const gw_view *v, int year_hint, bool cell, gw_fields *f) {(void)c;(void)v;(void)f;(void)year_hint;(void)cell;}
void gw_find_recurrence(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
void gw_find_targets(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
