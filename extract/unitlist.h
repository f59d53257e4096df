/* Lists of responsible units and the verbs that give them a role:
 * 区委宣传部、区应急局牵头 / 各镇（办事处）、各有关部门分工负责 / X会同Y负责.
 * GUIDE.md: lists split on 、，,； and on 和/及/与 only between whole unit
 * names; a trailing 等 and the descriptor after it are dropped; generic
 * collectives (各有关部门) are units as written; people and role labels
 * (各牵头单位) are not. */
#ifndef GW_UNITLIST_H
#define GW_UNITLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../schema/catalogue.h"

/* A name found in a list: byte range in the string that was split. */
typedef struct gw_name {
  uint32_t start, end;
} gw_name;

typedef GW_VEC(gw_name) gw_name_vec;

/* The role verb ending s[0..n): its length in bytes (0 when none) and role.
 * Longest match first: 牵头负责 is lead, 按职责分工负责 responsible. */
size_t gw_role_verb_suffix(const char *s, size_t n, gw_role *role);
/* The last characters of all role verbs, as UTF-8. */
extern const char gw_role_verb_last_chars[];

/* Role named by a label or column header (牵头单位, 协办单位, 责任部门...).
 * Returns 0 for no role, 1 for a role, 2 for people (牵头领导, 责任人). */
int gw_role_label(const char *s, size_t n, gw_role *role);

/* Does the name read as an organisation (ends in 局, 委, 办, 中心, 单位...,
 * or is a collective such as 各有关部门)? */
bool gw_unit_like(const char *s, size_t n);

/* A role label that stands for other units (各牵头单位, 责任单位). */
bool gw_role_placeholder(const char *s, size_t n);

/* Split s[from..to) into unit names (offsets into s), applying the rules
 * above. Returns false when some element does not read as a unit name
 * (strict: every element must be unit_like; lenient: reject only what is
 * clearly prose). */
bool gw_split_units(gw_arena *a, const char *s, uint32_t from, uint32_t to, bool strict,
                    gw_name_vec *out);

#endif
