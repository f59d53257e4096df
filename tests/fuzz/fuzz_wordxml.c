/* libFuzzer target: Word XML (Word 2003 XML, flat OPC, a bare w:document).
 * The bytes go to gw_doc_read_memory as they are (the format is sniffed from
 * the content, so any input may end up in any reader); a readable document
 * is then extracted and written as JSON. Options come from the last byte. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_pipeline("fuzz.xml", data, size, fuzz_tail_options(data, size));
  return 0;
}
