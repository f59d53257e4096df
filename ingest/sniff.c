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

/* Office encrypts a .docx by wrapping it in an OLE2 file with a stream
 * named EncryptedPackage (named in UTF-16LE in the directory). */
static bool encrypted_package(const unsigned char *p, size_t len) {
  static const char name[] = "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0";
  return memmem(p, len, name, sizeof name - 1) != NULL;
}

gw_format gw_sniff(const void *data, size_t len) {
  const unsigned char *p = data;
  if (starts(p, len, "PK\x03\x04", 4) || starts(p, len, "PK\x05\x06", 4)) return GW_FORMAT_ZIP;
  if (starts(p, len, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
    return encrypted_package(p, len) ? GW_FORMAT_ENCRYPTED : GW_FORMAT_OLE2;
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
  case GW_FORMAT_ENCRYPTED:
    return gw_fail(err, GW_ERR_FORMAT,
                   "encrypted .docx is not supported (the file is password-protected); save it "
                   "without a password");
  case GW_FORMAT_TEXT:
  case GW_FORMAT_ZIP:
  case GW_FORMAT_WORD_XML:
  case GW_FORMAT_HTML:
    break; /* read, not refused */
  }
  return gw_fail(err, GW_ERR_INTERNAL, "no reader for this format");
}
