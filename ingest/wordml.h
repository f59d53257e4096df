/* WordprocessingML, the XML of Word documents, into a gw_doc: shared by the
 * .docx reader and the Word XML reader (bare document.xml, Flat OPC).
 *
 * Paragraphs get their text as Word shows it: runs, tabs, breaks, symbols,
 * inserted but not deleted text, field results without field codes, text
 * boxes once, and the label of Word's automatic numbering (numbering.xml)
 * in front, so that later stages see "一、" or "（一）" as in plain text.
 * Heading styles give the outline level. Tables go to the builder with
 * gridSpan and vMerge resolved; a table nested in a cell becomes lines of
 * that cell's text (one line a row, cells separated by spaces). */
#ifndef GW_WORDML_H
#define GW_WORDML_H

#include "xmlsafe.h"

/* The main WordprocessingML namespace (transitional and strict URIs) and
 * markup compatibility's. */
extern const char *const gw_wordml_ns[];
extern const char *const gw_mc_ns[];

/* Small readers of WordprocessingML elements, NULL-safe. */
bool gw_w_is(const xmlNode *n, const char *local); /* w:`local` */
bool gw_in_w(const xmlNode *n);                    /* any w: element */
const char *gw_w_attr(const xmlNode *n, const char *local);
const xmlNode *gw_w_child(const xmlNode *n, const char *local);
const char *gw_w_val(const xmlNode *n, const char *local); /* w:val of child `local` */
/* An on/off property: present and not switched off (w:val 0, false, off). */
bool gw_w_on(const xmlNode *prop);
/* The branch of mc:AlternateContent to read: the first mc:Choice, else the
 * mc:Fallback (never both: they hold the same content twice). */
const xmlNode *gw_mc_branch(const xmlNode *alternate_content);

/* What the reader reads of WordprocessingML, for gw_xml_parse: the rest
 * of the formatting is not built into the tree. */
extern const gw_xml_filter gw_wordml_filter;

/* A part the document refers to by relationship id (r:id). */
typedef struct gw_wordml_ref {
  char id[32];
  const xmlNode *header; /* w:hdr of a header part, or NULL */
  const xmlDoc *html;    /* an imported HTML chunk (w:altChunk), or NULL */
} gw_wordml_ref;

typedef struct gw_wordml_parts {
  const xmlNode *document;   /* w:document */
  const xmlNode *numbering;  /* w:numbering, or NULL */
  const xmlNode *styles;     /* w:styles, or NULL */
  const gw_wordml_ref *refs; /* headers and chunks by r:id (.docx only) */
  size_t nrefs;
} gw_wordml_parts;

/* Build `doc` from the parts. The `nowned` XML documents in `owned` (those
 * the parts live in) are freed on every path, also when the arena jumps
 * out on running out of memory. */
gw_status gw_wordml_build(gw_doc *doc, const gw_limits *limits, const gw_wordml_parts *parts,
                          xmlDoc **owned, size_t nowned, gw_error *err);

#endif
