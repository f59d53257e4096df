/* State of one extraction: the extractor (shared, read-only), the document
 * and its catalogue, and what the stages tell each other. Lives in the
 * document's arena. */
#ifndef GW_CTX_H
#define GW_CTX_H

#include "../core/strmap.h"
#include "../schema/catalogue.h"
#include "aliases.h"
#include "features.h"
#include "patterns.h"
#include "view.h"

struct gw_extractor {
  gw_patterns patterns;
  gw_aliases aliases;
  gw_feature_table features;
};

/* What a line of the document is to the outline. */
enum {
  GW_LINE_BODY = 0,
  GW_LINE_META = 1, /* consumed by metadata: not task text, ends the item before it */
};

typedef struct gw_part {
  uint32_t first_block;
  const char *label; /* "附件1" for an attachment, NULL otherwise */
} gw_part;

typedef struct gw_ctx {
  const gw_extractor *ex;
  gw_doc *doc;
  gw_arena *a;
  const gw_limits *limits;
  gw_catalogue *cat;
  pcre2_match_data *md;
  uint8_t *line_role; /* per block */
  GW_VEC(gw_part) parts;
  gw_date doc_date; /* 成文日期, or unset */
  /* The notice says the first unit of a bare list leads (【】内…排在第一位的为
   * 牵头单位，其他为配合单位): such a list is lead + cooperating. */
  bool first_listed_leads;
  int doc_year; /* for dates without a year; 0 when unknown */
  /* Unit names met so far and their canonical names, by id: a notice
   * names the same few units again and again. */
  gw_strmap units_seen;
  GW_VEC(const char *) units_canonical;
  /* Festival dates computed so far (春节 needs ICU's Chinese calendar, which
   * costs a calendar object a time): a few years of a few festivals. */
  struct {
    int feast, year;
    gw_date date;
  } feasts[16];
  size_t nfeasts;
  /* The end of each phase the notice dates (第一阶段（4月10日—4月30日）), for
   * 完成时限 cells that name a phase; read when first asked. */
  gw_date phase_ends[10];
  bool phases_read;
} gw_ctx;

/* The block's text with leading and trailing spaces and tabs removed. */
const char *gw_block_trimmed(const gw_ctx *c, size_t block, size_t *len);

/* Stages, in the order gw_extract runs them. */
void gw_meta_extract(gw_ctx *c);
void gw_tasks_extract(gw_ctx *c);

#endif
