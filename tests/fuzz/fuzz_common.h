/* Shared by the libFuzzer targets in tests/fuzz/: one extractor for the whole
 * process, built on first use (a fuzz harness may keep it in a static; the
 * library keeps no global state), and one pass of the pipeline over a buffer:
 * read, extract, serialize, check the invariants the API promises, free.
 *
 * An invariant that does not hold is reported on stderr and ends the run with
 * abort(), so libFuzzer saves the input as a crash. */
#ifndef GW_FUZZ_COMMON_H
#define GW_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "../../include/gongwen.h"

/* Option bits (fuzz_extract takes them from its first byte, the other
 * targets from their last). */
enum {
  FUZZ_PRETTY = 1 << 0,    /* GW_JSON_PRETTY */
  FUZZ_NO_TEXT = 1 << 1,   /* GW_JSON_NO_TEXT */
  FUZZ_TIGHT = 1 << 2,     /* tiny limits: exercise every limit and the arena's bail-out */
  FUZZ_ROUNDTRIP = 1 << 3, /* load the JSON back with gw_catalogue_read_json */
};

static inline gw_extractor *fuzz_extractor(void) {
  static gw_extractor *ex;
  if (!ex) {
    gw_extract_options eo = {NULL};
    gw_error err = {0};
    if (gw_extractor_new(&eo, &ex, &err) != GW_OK) {
      fprintf(stderr, "fuzz: gw_extractor_new failed: %s\n", err.message);
      abort();
    }
  }
  return ex;
}

static inline void fuzz_fail(const char *what, const char *detail) {
  fprintf(stderr, "fuzz: invariant broken: %s%s%s\n", what, detail ? ": " : "",
          detail ? detail : "");
  abort();
}

/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
static inline int fuzz_utf8_valid(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned c = p[i];
    size_t k;
    uint32_t cp;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      k = 1, cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      k = 2, cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      k = 3, cp = c & 0x07;
    } else {
      return 0;
    }
    if (n - i <= k) return 0;
    for (size_t j = 1; j <= k; j++) {
      if ((p[i + j] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (p[i + j] & 0x3F);
    }
    if ((k == 2 && cp < 0x800) || (k == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += k + 1;
  }
  return 1;
}

static inline void fuzz_check_error(const gw_error *err) {
  if (memchr(err->message, 0, sizeof err->message) == NULL)
    fuzz_fail("error message not NUL-terminated", NULL);
  if (err->message[0] == 0) fuzz_fail("failure without a message", gw_status_name(err->code));
}

/* Parse the JSON the library wrote and check it is a catalogue. */
static inline void fuzz_check_json(const char *json, size_t len) {
  if (strlen(json) != len) fuzz_fail("JSON length differs from strlen", NULL);
  if (!fuzz_utf8_valid(json, len)) fuzz_fail("JSON is not valid UTF-8", NULL);
  json_error_t jerr;
  json_t *root = json_loadb(json, len, JSON_ALLOW_NUL, &jerr);
  if (!root) fuzz_fail("gw_catalogue_to_json wrote invalid JSON", jerr.text);
  const char *format = json_string_value(json_object_get(root, "format"));
  if (!format || strcmp(format, GW_CATALOGUE_FORMAT) != 0)
    fuzz_fail("JSON has no \"format\": \"" GW_CATALOGUE_FORMAT "\"", NULL);
  json_decref(root);
}

static inline void fuzz_roundtrip(const char *json, size_t len, int flags) {
  gw_doc *doc = NULL;
  gw_catalogue *cat = NULL;
  gw_error err = {0};
  if (gw_catalogue_read_json("fuzz.json", json, len, &doc, &cat, &err) != GW_OK)
    fuzz_fail("gw_catalogue_read_json refused a catalogue gw_catalogue_to_json wrote", err.message);
  char *again = NULL;
  size_t again_len = 0;
  if (gw_catalogue_to_json(cat, flags, &again, &again_len, &err) != GW_OK)
    fuzz_fail("a loaded catalogue cannot be written again", err.message);
  fuzz_check_json(again, again_len);
  free(again);
  gw_doc_free(doc);
}

static inline void fuzz_limits(gw_limits *limits, unsigned opts) {
  gw_limits_default(limits);
  /* Stay well inside libFuzzer's -rss_limit_mb under ASan. */
  limits->max_doc_memory = 256u << 20;
  if (opts & FUZZ_TIGHT) {
    limits->max_unzipped_bytes = 64u << 10;
    limits->max_zip_ratio = 20;
    limits->max_xml_depth = 12;
    limits->max_table_cells = 16;
    limits->max_line_bytes = 300;
    limits->max_tasks = 5;
    limits->max_doc_memory = 256u << 10;
  }
}

/* Read `data` as a notice, extract its catalogue and write it as JSON. */
static inline void fuzz_pipeline(const char *name, const uint8_t *data, size_t size,
                                 unsigned opts) {
  gw_limits limits;
  fuzz_limits(&limits, opts);
  gw_doc *doc = (gw_doc *)&limits; /* must be reset to NULL on failure */
  gw_error err = {0};
  gw_status st = gw_doc_read_memory(name, data, size, &limits, &doc, &err);
  if (st != GW_OK) {
    if (doc) fuzz_fail("gw_doc_read_memory failed but left *out set", err.message);
    fuzz_check_error(&err);
    return;
  }
  size_t text_len = 0;
  const char *text = gw_doc_text(doc, &text_len);
  if (!text) fuzz_fail("document without text", NULL);
  if (!fuzz_utf8_valid(text, text_len)) fuzz_fail("normalized text is not valid UTF-8", NULL);
  for (size_t i = 0; i < gw_doc_warning_count(doc); i++)
    if (!gw_doc_warning(doc, i)) fuzz_fail("NULL warning", NULL);
  if (!gw_doc_format(doc)) fuzz_fail("document without format", NULL);
  (void)gw_doc_encoding(doc);

  gw_catalogue *cat = NULL;
  st = gw_extract(fuzz_extractor(), doc, &limits, &cat, &err);
  if (st != GW_OK) {
    fuzz_check_error(&err);
    gw_doc_free(doc);
    return;
  }
  (void)gw_catalogue_task_count(cat);
  (void)gw_catalogue_unit_count(cat);
  (void)gw_catalogue_deadline_count(cat);
  const char *number = gw_catalogue_doc_number(cat);
  if (number && !fuzz_utf8_valid(number, strlen(number)))
    fuzz_fail("document number is not valid UTF-8", NULL);

  int flags =
      ((opts & FUZZ_PRETTY) ? GW_JSON_PRETTY : 0) | ((opts & FUZZ_NO_TEXT) ? GW_JSON_NO_TEXT : 0);
  char *json = NULL;
  size_t json_len = 0;
  st = gw_catalogue_to_json(cat, flags, &json, &json_len, &err);
  if (st == GW_OK) {
    fuzz_check_json(json, json_len);
    if (opts & FUZZ_ROUNDTRIP) fuzz_roundtrip(json, json_len, flags);
    free(json);
  } else {
    fuzz_check_error(&err);
  }
  gw_doc_free(doc);
}

/* Options for the format targets: from the last byte, so that the input
 * stays a well-formed file (a .docx must start with "PK") and a saved crash
 * is also a file `gongwen extract` can read. Tight limits one time in eight. */
static inline unsigned fuzz_tail_options(const uint8_t *data, size_t size) {
  if (size == 0) return 0;
  unsigned b = data[size - 1];
  unsigned opts = b & (FUZZ_PRETTY | FUZZ_NO_TEXT);
  if ((b & 0x1C) == 0x1C) opts |= FUZZ_TIGHT;
  return opts | FUZZ_ROUNDTRIP;
}

#endif
