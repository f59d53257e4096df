#include "fields.h"
void gw_find_recurrence(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
void gw_find_targets(gw_ctx *c, const gw_view *v, gw_fields *f) {(void)c;(void)v;(void)f;}
