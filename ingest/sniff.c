#include "sniff.h"
#include <stdbool.h>

#include <string.h>
#include <strings.h>

#include "../core/err.h"

static bool starts(const unsigned char *p, size_t len, const char *magic, size_t n) {
  return len >= n && memcmp(p, magic, n) == 0;
}

/* Case-insensitive search in the first `window` bytes. */
static bool contains_ci(const unsigned char *p, size_t len, size_t window, const char *needle) {
  size_t n = strlen(needle);
  if (len > window) len = window;
  for (size_t i = 0; i + n <= len; i++)
    if (strncasecmp((const char *)p + i, needle, n) == 0) return true;
  return false;
}

gw_format gw_sniff(const void *data, size_t len) {
  const unsigned char *p = data;
  if (starts(p, len, "PK\x03\x04", 4) || starts(p, len, "PK\x05\x06", 4)) return GW_FORMAT_ZIP;
  if (starts(p, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) return GW_FORMAT_OLE2;
  if (starts(p, len, "%PDF", 4)) return GW_FORMAT_PDF;
  if (starts(p, len, "{\\rtf", 5)) return GW_FORMAT_RTF;
  if (starts(p, len, "\x89PNG", 4) || starts(p, len, "\xFF\xD8\xFF", 3) ||
      starts(p, len, "GIF8", 4))
    return GW_FORMAT_IMAGE;
  size_t i = 0;
  if (starts(p, len, "\xEF\xBB\xBF", 3)) i = 3;
  while (i < len && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) i++;
  if (i < len && p[i] == '<') {
    const unsigned char *q = p + i;
    size_t n = len - i;
    if (contains_ci(q, n, 4096, "<w:document") || contains_ci(q, n, 4096, "<pkg:package") ||
        contains_ci(q, n, 4096, "schemas.openxmlformats.org/wordprocessingml") ||
        contains_ci(q, n, 4096, "schemas.microsoft.com/office/2006/xmlPackage"))
      return GW_FORMAT_WORD_XML;
    if (contains_ci(q, n, 4096, "<!doctype html") || contains_ci(q, n, 4096, "<html") ||
        contains_ci(q, n, 1024, "<head") || contains_ci(q, n, 1024, "<body") ||
        contains_ci(q, n, 1024, "<meta") || contains_ci(q, n, 1024, "<div") ||
        contains_ci(q, n, 1024, "<p>") || contains_ci(q, n, 1024, "<table"))
      return GW_FORMAT_HTML;
    if (starts(q, n, "<?xml", 5)) return GW_FORMAT_OTHER_XML;
  }
  return GW_FORMAT_TEXT;
}

gw_status gw_refuse_format(gw_format fmt, gw_error *err) {
  switch (fmt) {
  case GW_FORMAT_OLE2:
    return gw_fail(err, GW_ERR_FORMAT,
                   "legacy Word .doc (OLE2) is not supported; save it as .docx or text");
  case GW_FORMAT_PDF:
    return gw_fail(err, GW_ERR_FORMAT, "PDF is not supported; convert it to text first");
  case GW_FORMAT_RTF:
    return gw_fail(err, GW_ERR_FORMAT, "RTF is not supported; save it as .docx or text");
  case GW_FORMAT_IMAGE:
    return gw_fail(err, GW_ERR_FORMAT, "an image, not a notice");
  case GW_FORMAT_OTHER_XML:
    return gw_fail(err, GW_ERR_FORMAT, "XML that is neither Word XML nor HTML");
  case GW_FORMAT_ZIP:
    return gw_fail(err, GW_ERR_FORMAT, "zip container (.docx) reading is not available");
  case GW_FORMAT_WORD_XML:
    return gw_fail(err, GW_ERR_FORMAT, "Word XML reading is not available");
  case GW_FORMAT_HTML:
    return gw_fail(err, GW_ERR_FORMAT, "HTML reading is not available");
  case GW_FORMAT_TEXT:
    break;
  }
  return gw_fail(err, GW_ERR_INTERNAL, "no reader for this format");
}
