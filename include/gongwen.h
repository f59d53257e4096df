/* gongwen: Chinese official notices (公文) into structured task catalogues.
 *
 * The pipeline runs one way: bytes -> gw_doc -> gw_catalogue -> JSON.
 *
 * Ownership: every object returned by a gw_*_new / gw_*_read call is freed by
 * the matching gw_*_free. A catalogue lives in the arena of the document it was
 * extracted from (or loaded into) and is freed with that document. The library
 * never prints and never exits; failures come back as a gw_status plus a
 * gw_error whose message names the reason.
 *
 * Threads: a gw_extractor is built once and may be shared read-only by any
 * number of threads; each document is used by one thread at a time.
 */
#ifndef GONGWEN_H
#define GONGWEN_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GW_VERSION "0.1.0"
#define GW_CATALOGUE_FORMAT "gongwen-catalogue"
#define GW_CATALOGUE_VERSION 1
#define GW_DIFF_FORMAT "gongwen-diff"
#define GW_DIFF_VERSION 1

typedef enum gw_status {
  GW_OK = 0,
  GW_ERR_IO,       /* the file could not be read or written */
  GW_ERR_FORMAT,   /* not a notice gongwen can read (binary, .doc, corrupt zip...) */
  GW_ERR_ENCODING, /* text in no encoding gongwen recognises */
  GW_ERR_LIMIT,    /* a configured limit was exceeded */
  GW_ERR_NOMEM,    /* out of memory */
  GW_ERR_INVALID,  /* bad argument or malformed catalogue */
  GW_ERR_INTERNAL
} gw_status;

typedef struct gw_error {
  gw_status code;
  char message[512];
} gw_error;

/* A short English name for a status ("I/O error", "limit exceeded"...). */
const char *gw_status_name(gw_status status);

/* Limits on hostile input; each has a default and a CLI flag. */
typedef struct gw_limits {
  size_t max_file_bytes;     /* input file size (--max-file-size) */
  size_t max_unzipped_bytes; /* total decompressed size of a docx entry (--max-unzipped) */
  unsigned max_zip_ratio;    /* decompressed / compressed size of a docx entry */
  unsigned max_xml_depth;    /* element nesting in Word XML and HTML */
  size_t max_table_cells;    /* cells in all tables of one document */
  size_t max_line_bytes;     /* one line of normalized text */
  size_t max_tasks;          /* tasks in one catalogue */
  size_t max_doc_memory;     /* arena bytes for one document */
} gw_limits;

void gw_limits_default(gw_limits *limits);

/* ---- Documents ---------------------------------------------------------- */

typedef struct gw_doc gw_doc;

/* Read a notice (plain text in UTF-8/UTF-16/GB18030, .docx, Word XML, HTML).
 * The format is detected from the content; `path` is used for messages and
 * the catalogue's source.file. */
gw_status gw_doc_read_file(const char *path, const gw_limits *limits, gw_doc **out, gw_error *err);
gw_status gw_doc_read_memory(const char *name, const void *data, size_t len,
                             const gw_limits *limits, gw_doc **out, gw_error *err);
void gw_doc_free(gw_doc *doc);

/* The normalized UTF-8 text every span refers to. */
const char *gw_doc_text(const gw_doc *doc, size_t *len);
/* Warnings met while reading (a few invalid bytes replaced...). */
size_t gw_doc_warning_count(const gw_doc *doc);
const char *gw_doc_warning(const gw_doc *doc, size_t i);
/* "text", "docx", "word-xml", "flat-opc", "html". */
const char *gw_doc_format(const gw_doc *doc);
/* "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030", or NULL for XML formats. */
const char *gw_doc_encoding(const gw_doc *doc);

/* ---- Extraction --------------------------------------------------------- */

typedef struct gw_extractor gw_extractor;

typedef struct gw_extract_options {
  const char *aliases_path; /* extra unit alias table (TSV), or NULL */
} gw_extract_options;

/* Compile every pattern once and load the unit alias table. */
gw_status gw_extractor_new(const gw_extract_options *options, gw_extractor **out, gw_error *err);
void gw_extractor_free(gw_extractor *ex);

typedef struct gw_catalogue gw_catalogue;

/* Extract the catalogue of `doc`. The catalogue belongs to `doc`. */
gw_status gw_extract(const gw_extractor *ex, gw_doc *doc, const gw_limits *limits,
                     gw_catalogue **out, gw_error *err);

size_t gw_catalogue_task_count(const gw_catalogue *cat);
/* Counts over all tasks (subtasks folded in): units, deadlines with a due date. */
size_t gw_catalogue_unit_count(const gw_catalogue *cat);
size_t gw_catalogue_deadline_count(const gw_catalogue *cat);
/* The document number (发文字号), or NULL. */
const char *gw_catalogue_doc_number(const gw_catalogue *cat);

/* ---- Output ------------------------------------------------------------- */

#define GW_JSON_PRETTY (1 << 0)  /* indent the JSON */
#define GW_JSON_NO_TEXT (1 << 1) /* omit the normalized text */

/* Serialize to a malloc'd, NUL-terminated JSON string (caller frees). */
gw_status gw_catalogue_to_json(const gw_catalogue *cat, int flags, char **out, size_t *len,
                               gw_error *err);

/* Load a catalogue written by gw_catalogue_to_json. The returned document has
 * no blocks; it only carries the catalogue (and the text if it was kept). */
gw_status gw_catalogue_read_json(const char *name, const char *json, size_t len, gw_doc **out,
                                 gw_catalogue **cat, gw_error *err);

/* ---- Diff: this year's plan against last year's ------------------------- */

typedef struct gw_diff gw_diff;

/* Align the tasks of two catalogues (old, new) by content and describe
 * every change. Units are compared by their canonical names, as extraction
 * wrote them (its alias table). The catalogues must outlive the diff. */
gw_status gw_diff_new(const gw_catalogue *old_cat, const gw_catalogue *new_cat, gw_diff **out,
                      gw_error *err);
void gw_diff_free(gw_diff *diff);
/* 0 when every task is unchanged, 1 otherwise (diff's exit status). */
int gw_diff_differs(const gw_diff *diff);

#define GW_REPORT_COLOR (1 << 2) /* ANSI colours in the text report */

/* Reports, malloc'd and NUL-terminated (caller frees). */
gw_status gw_diff_to_json(const gw_diff *diff, int flags, char **out, size_t *len, gw_error *err);
gw_status gw_diff_to_text(const gw_diff *diff, int flags, char **out, size_t *len, gw_error *err);
gw_status gw_diff_to_html(const gw_diff *diff, char **out, size_t *len, gw_error *err);

/* Read the whole file at `path` (at most `max` bytes) into a malloc'd buffer. */
gw_status gw_read_file(const char *path, size_t max, char **data, size_t *len, gw_error *err);
/* Write `len` bytes to `path` whole or not at all (temporary file + rename). */
gw_status gw_write_file_atomic(const char *path, const void *data, size_t len, gw_error *err);
/* The same for the file `name` in the open directory `dir` (or AT_FDCWD);
 * messages name it `path`. */
gw_status gw_write_file_at(int dir, const char *name, const char *path, const void *data,
                           size_t len, gw_error *err);

#ifdef __cplusplus
}
#endif

#endif
