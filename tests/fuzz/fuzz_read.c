/* libFuzzer target: any file gongwen reads. The bytes go to
 * gw_doc_read_memory as they are; the format is sniffed from the content
 * alone, so one binary serves the text, Word XML and HTML targets, each with
 * its own seeds and dictionary (run.sh). A readable document is then
 * extracted and written as JSON. Options come from the last byte. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  fuzz_pipeline("fuzz.input", data, size, fuzz_tail_options(data, size));
  return 0;
}
