/* Word's automatic numbering: the definitions of numbering.xml and the
 * counters that give each numbered paragraph the label Word shows.
 *
 * A paragraph names a list (w:numId) and a level (w:ilvl). The list points
 * at an abstract definition whose levels say where to start (w:start), how
 * to write the number (w:numFmt) and the label around it (w:lvlText, "%1、",
 * "（%2）", "%1.%2."). Counting is per abstract definition, so lists that
 * share one continue each other, except that a list with level overrides
 * (w:lvlOverride, w:startOverride) counts on its own. Using a level restarts
 * the deeper levels (unless w:lvlRestart says otherwise). */
#ifndef GW_WORDNUM_H
#define GW_WORDNUM_H

#include "normalize.h"
#include "wordml.h"

typedef struct gw_wordnum gw_wordnum;

/* The w:numId of the numbering style `style_id` (for w:numStyleLink), or -1. */
typedef long (*gw_style_numid_fn)(const void *ctx, const char *style_id);

/* Load w:numbering (may be NULL: no numbering). */
gw_wordnum *gw_wordnum_load(gw_arena *a, const xmlNode *numbering, gw_style_numid_fn style_numid,
                            const void *ctx);

/* Count one paragraph of list num_id at level ilvl and append its label to
 * `out`, followed by a space unless the level's suffix is nothing. Appends
 * nothing for a bullet, an unknown list or an undefined level. */
void gw_wordnum_label(gw_wordnum *nums, long num_id, int ilvl, gw_textbuf *out);

#endif
