/* Telling the format of an input from its first bytes, not its name. */
#ifndef GW_SNIFF_H
#define GW_SNIFF_H

#include <stddef.h>

#include "../include/gongwen.h"

typedef enum gw_format {
  GW_FORMAT_TEXT,
  GW_FORMAT_ZIP,      /* .docx (or another zip) */
  GW_FORMAT_WORD_XML, /* document.xml or Flat OPC */
  GW_FORMAT_HTML,
  GW_FORMAT_OLE2,      /* legacy .doc, .xls */
  GW_FORMAT_ENCRYPTED, /* a password-protected .docx: OLE2 holding an EncryptedPackage */
  GW_FORMAT_PDF,
  GW_FORMAT_RTF,
  GW_FORMAT_OTHER_XML,
  GW_FORMAT_IMAGE,
} gw_format;

gw_format gw_sniff(const void *data, size_t len);
/* The error for a format gongwen does not read. */
gw_status gw_refuse_format(gw_format fmt, gw_error *err);

#endif
