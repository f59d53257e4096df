/* Reading a notice: load the bytes, tell the format from the content, and
 * hand them to the one reader for that format. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/err.h"
#include "../core/sha256.h"
#include "readers.h"
#include "sniff.h"
#include "txt.h"

void gw_limits_default(gw_limits *l) {
  l->max_file_bytes = 64u << 20;
  l->max_unzipped_bytes = 256u << 20;
  l->max_zip_ratio = 200;
  l->max_xml_depth = 256;
  l->max_table_cells = 200000;
  l->max_line_bytes = 16u << 20;
  l->max_tasks = 20000;
  l->max_doc_memory = 1024u << 20;
}

gw_status gw_doc_read_file(const char *path, const gw_limits *limits, gw_doc **out, gw_error *err) {
  gw_limits defaults;
  if (!limits) {
    gw_limits_default(&defaults);
    limits = &defaults;
  }
  *out = NULL;
  char *data = NULL;
  size_t len = 0;
  gw_status st = gw_read_file(path, limits->max_file_bytes, &data, &len, err);
  if (st != GW_OK) return st;
  st = gw_doc_read_memory(path, data, len, limits, out, err);
  free(data);
  return st;
}

/* Anything but white space (spaces, tabs, newlines). */
static bool visible_text(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') return true;
  return false;
}

/* Read into `doc` under the arena's guard: running out of memory anywhere
 * below comes back here as an error. */
static gw_status read_guarded(gw_doc *doc, const void *data, size_t len, const gw_limits *limits,
                              gw_error *err) {
  if (setjmp(doc->guard)) {
    gw_status code = doc->arena->failed_cap ? GW_ERR_LIMIT : GW_ERR_NOMEM;
    return gw_fail(err, code,
                   code == GW_ERR_LIMIT ? "document needs more memory than allowed (--max-memory)"
                                        : "out of memory");
  }
  doc->arena->on_fail = &doc->guard;
  gw_sha256_hex(data, len, doc->sha256);
  gw_format fmt = gw_sniff(data, len);
  gw_status st;
  switch (fmt) {
  case GW_FORMAT_TEXT:
    st = gw_read_text(doc, data, len, limits, err);
    break;
  case GW_FORMAT_ZIP:
    st = gw_read_docx(doc, data, len, limits, err);
    break;
  case GW_FORMAT_WORD_XML:
    st = gw_read_word_xml(doc, data, len, limits, err);
    break;
  case GW_FORMAT_HTML:
    st = gw_read_html(doc, data, len, limits, err);
    break;
  default:
    st = gw_refuse_format(fmt, err);
    break;
  }
  /* After normalization every kind of blank is a space: one test for all
   * formats. */
  if (st == GW_OK && !visible_text(doc->text, doc->len))
    st = gw_fail(err, GW_ERR_FORMAT, "no text in the file");
  doc->arena->on_fail = NULL;
  return st;
}

gw_status gw_doc_read_memory(const char *name, const void *data, size_t len,
                             const gw_limits *limits, gw_doc **out, gw_error *err) {
  gw_limits defaults;
  if (!limits) {
    gw_limits_default(&defaults);
    limits = &defaults;
  }
  *out = NULL;
  if (len > limits->max_file_bytes)
    return gw_fail(err, GW_ERR_LIMIT,
                   "input is larger than the limit of %zu bytes (--max-file-size)",
                   limits->max_file_bytes);
  if (len == 0) return gw_fail(err, GW_ERR_FORMAT, "empty file");
  gw_doc *doc = gw_doc_new(name, limits->max_doc_memory);
  if (!doc) return gw_fail(err, GW_ERR_NOMEM, "out of memory");
  gw_status st = read_guarded(doc, data, len, limits, err);
  if (st != GW_OK) {
    gw_doc_free(doc);
    return st;
  }
  *out = doc;
  return GW_OK;
}
