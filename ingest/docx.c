/* .docx: a zip holding word/document.xml (and numbering.xml, styles.xml).
 * Every entry is checked against the size and ratio limits before it is
 * inflated, and reading stops if more bytes come than the zip declared.
 *
 * The arena may jump out on running out of memory, so nothing here takes
 * arena memory while the zip or a parsed part is open: the entries are
 * unpacked into malloc'd buffers, the zip is closed, the parts are parsed,
 * and gw_wordml_build frees the parsed parts on every path. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <zip.h>

#include "../core/err.h"
#include "readers.h"
#include "wordml.h"

enum { PART_DOCUMENT, PART_NUMBERING, PART_STYLES, NPARTS };

static const char *const part_names[NPARTS] = {"word/document.xml", "word/numbering.xml",
                                               "word/styles.xml"};

typedef struct part {
  char *data; /* malloc'd; NULL when the zip has no such entry */
  size_t len;
} part;

static gw_status read_entry(zip_t *za, const char *name, const gw_limits *limits, part *out,
                            gw_error *err) {
  out->data = NULL;
  out->len = 0;
  zip_int64_t idx = zip_name_locate(za, name, 0);
  if (idx < 0) return GW_OK;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(za, (zip_uint64_t)idx, 0, &st) != 0)
    return gw_fail(err, GW_ERR_FORMAT, "corrupt zip: %s: %s", name, zip_strerror(za));
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    return gw_fail(err, GW_ERR_FORMAT, "encrypted .docx is not supported (%s is encrypted)", name);
  if (!(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_COMP_SIZE))
    return gw_fail(err, GW_ERR_FORMAT, "corrupt zip: %s has no size", name);
  if (st.size > limits->max_unzipped_bytes)
    return gw_fail(err, GW_ERR_LIMIT, "%s unpacks to more than %zu bytes (--max-unzipped)", name,
                   limits->max_unzipped_bytes);
  if (st.size > (zip_uint64_t)limits->max_zip_ratio * (st.comp_size ? st.comp_size : 1))
    return gw_fail(err, GW_ERR_LIMIT,
                   "%s has a compression ratio above %u (--max-zip-ratio): %llu bytes from %llu",
                   name, limits->max_zip_ratio, (unsigned long long)st.size,
                   (unsigned long long)st.comp_size);
  zip_file_t *f = zip_fopen_index(za, (zip_uint64_t)idx, 0);
  if (!f) {
    if (zip_error_code_zip(zip_get_error(za)) == ZIP_ER_NOPASSWD ||
        zip_error_code_zip(zip_get_error(za)) == ZIP_ER_ENCRNOTSUPP)
      return gw_fail(err, GW_ERR_FORMAT, "encrypted .docx is not supported (%s is encrypted)",
                     name);
    return gw_fail(err, GW_ERR_FORMAT, "corrupt zip: cannot open %s: %s", name, zip_strerror(za));
  }
  /* One byte more than declared, to notice an entry that runs on. */
  size_t cap = (size_t)st.size + 1;
  char *buf = malloc(cap + 1);
  if (!buf) {
    zip_fclose(f);
    return gw_fail(err, GW_ERR_NOMEM, "out of memory unpacking %s", name);
  }
  size_t n = 0;
  gw_status status = GW_OK;
  while (n < cap) {
    zip_int64_t got = zip_fread(f, buf + n, cap - n);
    if (got < 0) {
      status =
          gw_fail(err, GW_ERR_FORMAT, "corrupt zip: reading %s: %s", name, zip_file_strerror(f));
      break;
    }
    if (got == 0) break;
    n += (size_t)got;
  }
  zip_fclose(f);
  if (status == GW_OK && n > st.size)
    status =
        gw_fail(err, GW_ERR_FORMAT, "corrupt zip: %s holds more than the %llu bytes it declares",
                name, (unsigned long long)st.size);
  else if (status == GW_OK && n < st.size)
    status = gw_fail(err, GW_ERR_FORMAT, "corrupt zip: %s is shorter than it declares", name);
  if (status != GW_OK) {
    free(buf);
    return status;
  }
  buf[n] = 0;
  out->data = buf;
  out->len = n;
  return GW_OK;
}

static gw_status open_zip(const char *data, size_t len, zip_t **out, gw_error *err) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t *src = zip_source_buffer_create(data, len, 0, &ze);
  if (!src) {
    zip_error_fini(&ze);
    return gw_fail(err, GW_ERR_NOMEM, "out of memory opening the zip");
  }
  *out = zip_open_from_source(src, ZIP_RDONLY, &ze);
  if (*out) {
    zip_error_fini(&ze);
    return GW_OK;
  }
  zip_source_free(src);
  int code = zip_error_code_zip(&ze);
  gw_status st =
      code == ZIP_ER_NOZIP
          ? gw_fail(err, GW_ERR_FORMAT, "corrupt zip: no central directory (truncated file?)")
      : code == ZIP_ER_MEMORY
          ? gw_fail(err, GW_ERR_NOMEM, "out of memory opening the zip")
          : gw_fail(err, GW_ERR_FORMAT, "corrupt zip: %s", zip_error_strerror(&ze));
  zip_error_fini(&ze);
  return st;
}

/* The root element of a part, when it is the WordprocessingML element
 * `local`; NULL otherwise. */
static const xmlNode *root_if(xmlDoc *x, const char *local) {
  const xmlNode *root = x ? xmlDocGetRootElement(x) : NULL;
  return gw_w_is(root, local) ? root : NULL;
}

/* ---- parts named by relationship: headers and imported chunks ----------- */

enum { MAX_REFS = 16 };

typedef struct ref_part {
  char id[32];
  char name[128]; /* the zip entry */
  bool header;    /* else an HTML chunk */
  part data;
  xmlDoc *x;
} ref_part;

/* Headers and HTML chunks (w:altChunk) listed in word/_rels/document.xml.rels.
 * Other chunk types (MHT, RTF) are refused by name: their text would be
 * missing without a word. */
static gw_status list_refs(const part *rels, const gw_limits *limits, ref_part *refs, size_t *nrefs,
                           gw_error *err) {
  static const char *const what = "word/_rels/document.xml.rels";
  *nrefs = 0;
  if (!rels->data) return GW_OK;
  xmlDoc *x;
  gw_status st = gw_xml_parse(what, rels->data, rels->len, limits->max_xml_depth, NULL, &x, err);
  if (st != GW_OK) return st;
  const xmlNode *root = xmlDocGetRootElement(x);
  for (const xmlNode *r = root ? root->children : NULL; r && st == GW_OK; r = r->next) {
    if (r->type != XML_ELEMENT_NODE || strcmp((const char *)r->name, "Relationship") != 0) continue;
    xmlChar *id = xmlGetProp(r, (const xmlChar *)"Id");
    xmlChar *type = xmlGetProp(r, (const xmlChar *)"Type");
    xmlChar *target = xmlGetProp(r, (const xmlChar *)"Target");
    const char *t = type ? (const char *)type : "";
    size_t tl = strlen(t);
    bool header = tl >= 7 && strcmp(t + tl - 7, "/header") == 0;
    bool chunk = tl >= 8 && strcmp(t + tl - 8, "/aFChunk") == 0;
    const char *tg = target ? (const char *)target : "";
    if ((header || chunk) && id && *tg && *nrefs < MAX_REFS && strlen((char *)id) < 32) {
      if (chunk) {
        const char *dot = strrchr(tg, '.');
        if (!dot ||
            (strcasecmp(dot, ".htm") && strcasecmp(dot, ".html") && strcasecmp(dot, ".xhtml")))
          st = gw_fail(err, GW_ERR_FORMAT, "an imported chunk of this kind is not supported (%s)",
                       tg);
      }
      ref_part *rp = &refs[*nrefs];
      memset(rp, 0, sizeof *rp);
      strcpy(rp->id, (const char *)id);
      rp->header = header;
      /* targets are relative to word/ unless they start with / */
      int n = tg[0] == '/' ? snprintf(rp->name, sizeof rp->name, "%s", tg + 1)
                           : snprintf(rp->name, sizeof rp->name, "word/%s", tg);
      if (st == GW_OK && n > 0 && (size_t)n < sizeof rp->name) (*nrefs)++;
    }
    xmlFree(id);
    xmlFree(type);
    xmlFree(target);
  }
  xmlFreeDoc(x);
  return st;
}

gw_status gw_read_docx(gw_doc *doc, const char *data, size_t len, const gw_limits *limits,
                       gw_error *err) {
  doc->format = "docx";
  zip_t *za;
  gw_status st = open_zip(data, len, &za, err);
  if (st != GW_OK) return st;
  part parts[NPARTS] = {{0}};
  for (int i = 0; i < NPARTS && st == GW_OK; i++)
    st = read_entry(za, part_names[i], limits, &parts[i], err);
  if (st == GW_OK && !parts[PART_DOCUMENT].data)
    st = gw_fail(err, GW_ERR_FORMAT, "not a Word document: no word/document.xml");
  ref_part refs[MAX_REFS];
  size_t nrefs = 0;
  if (st == GW_OK) {
    part rels = {0};
    st = read_entry(za, "word/_rels/document.xml.rels", limits, &rels, err);
    if (st == GW_OK) st = list_refs(&rels, limits, refs, &nrefs, err);
    free(rels.data);
  }
  for (size_t i = 0; i < nrefs && st == GW_OK; i++)
    st = read_entry(za, refs[i].name, limits, &refs[i].data, err);
  zip_discard(za);
  /* Every parsed part is owned by gw_wordml_build from here on. */
  xmlDoc *xml[NPARTS + MAX_REFS] = {NULL};
  for (int i = 0; i < NPARTS && st == GW_OK; i++)
    if (parts[i].data)
      st = gw_xml_parse(part_names[i], parts[i].data, parts[i].len, limits->max_xml_depth,
                        &gw_wordml_filter, &xml[i], err);
  for (size_t i = 0; i < nrefs && st == GW_OK; i++) {
    if (!refs[i].data.data) continue;
    st = refs[i].header
             ? gw_xml_parse(refs[i].name, refs[i].data.data, refs[i].data.len,
                            limits->max_xml_depth, &gw_wordml_filter, &xml[NPARTS + i], err)
             : gw_html_parse_chunk(refs[i].name, refs[i].data.data, refs[i].data.len,
                                   limits->max_xml_depth, &xml[NPARTS + i], err);
  }
  for (int i = 0; i < NPARTS; i++) free(parts[i].data);
  for (size_t i = 0; i < nrefs; i++) free(refs[i].data.data);
  const xmlNode *document = st == GW_OK ? root_if(xml[PART_DOCUMENT], "document") : NULL;
  if (st == GW_OK && !document)
    st = gw_fail(err, GW_ERR_FORMAT, "not a Word document: word/document.xml has no w:document");
  if (st != GW_OK) {
    for (size_t i = 0; i < NPARTS + MAX_REFS; i++) xmlFreeDoc(xml[i]);
    return st;
  }
  gw_wordml_ref wrefs[MAX_REFS];
  for (size_t i = 0; i < nrefs; i++) {
    memset(&wrefs[i], 0, sizeof wrefs[i]);
    memcpy(wrefs[i].id, refs[i].id, sizeof wrefs[i].id);
    if (refs[i].header)
      wrefs[i].header = root_if(xml[NPARTS + i], "hdr");
    else
      wrefs[i].html = xml[NPARTS + i];
  }
  gw_wordml_parts wp = {document, root_if(xml[PART_NUMBERING], "numbering"),
                        root_if(xml[PART_STYLES], "styles"), wrefs, nrefs};
  return gw_wordml_build(doc, limits, &wp, xml, NPARTS + MAX_REFS, err);
}
