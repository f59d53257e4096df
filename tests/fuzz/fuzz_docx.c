/* libFuzzer target: .docx.
 *
 * An input that starts with "PK" is a zip and goes to gw_doc_read_memory as it
 * is (central directory, local headers, compression, the package parts).
 * Anything else is taken as the content of word/document.xml and wrapped in a
 * minimal package first, so that the fuzzer reaches the XML of the body
 * without having to forge CRCs: stored when bit 4 of the last byte is set,
 * deflated otherwise. Options come from the last byte (see fuzz_common.h). */
#include <zip.h>

#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char CONTENT_TYPES[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" "
    "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/"
    "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    "</Types>";

static const char RELS[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>";

static int add_part(zip_t *za, const char *name, const void *data, size_t len, int store) {
  zip_source_t *s = zip_source_buffer(za, data, len, 0);
  if (!s) return -1;
  zip_int64_t idx = zip_file_add(za, name, s, ZIP_FL_ENC_UTF_8);
  if (idx < 0) {
    zip_source_free(s);
    return -1;
  }
  return zip_set_file_compression(za, (zip_uint64_t)idx, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 1);
}

/* A package around `xml` as word/document.xml, in a malloc'd buffer. */
static int wrap_docx(const uint8_t *xml, size_t len, int store, uint8_t **out, size_t *out_len) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  int rc = -1;
  zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &zerr);
  if (!src) goto done;
  zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &zerr);
  if (!za) {
    zip_source_free(src);
    goto done;
  }
  zip_source_keep(src); /* zip_close would free it; we read the archive from it */
  if (add_part(za, "[Content_Types].xml", CONTENT_TYPES, sizeof CONTENT_TYPES - 1, store) < 0 ||
      add_part(za, "_rels/.rels", RELS, sizeof RELS - 1, store) < 0 ||
      add_part(za, "word/document.xml", xml, len, store) < 0) {
    zip_discard(za);
    zip_source_free(src);
    goto done;
  }
  if (zip_close(za) < 0) {
    zip_discard(za);
    zip_source_free(src);
    goto done;
  }
  zip_stat_t st;
  if (zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && zip_source_open(src) == 0) {
    uint8_t *buf = malloc(st.size ? st.size : 1);
    if (buf && zip_source_read(src, buf, st.size) == (zip_int64_t)st.size) {
      *out = buf;
      *out_len = st.size;
      rc = 0;
    } else {
      free(buf);
    }
    zip_source_close(src);
  }
  zip_source_free(src);
done:
  zip_error_fini(&zerr);
  return rc;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  unsigned opts = fuzz_tail_options(data, size);
  if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
    fuzz_pipeline("fuzz.docx", data, size, opts);
    return 0;
  }
  int store = size && (data[size - 1] & 0x10);
  uint8_t *docx = NULL;
  size_t docx_len = 0;
  if (wrap_docx(data, size, store, &docx, &docx_len) != 0) {
    fprintf(stderr, "fuzz_docx: libzip could not build the package\n");
    abort();
  }
  fuzz_pipeline("fuzz.docx", docx, docx_len, opts);
  free(docx);
  return 0;
}
