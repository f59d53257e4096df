# Fuzzing with libFuzzer (clang, ASan + UBSan). The library sources are
# compiled here a second time, with coverage and sanitizers, into
# build/fuzz/obj/; the main build is not touched.
#
#   make fuzz                      every target for FUZZ_SECONDS (60) each;
#                                  new inputs are kept in build/fuzz/found-*
#   make fuzz FUZZ_TARGETS=fuzz_html FUZZ_SECONDS=3600
#   make test-fuzz                 (part of make test) the saved regressions,
#                                  then FUZZ_TEST_SECONDS (5) per target
#   make fuzz-build                only build build/fuzz/fuzz_* and the seeds
#
# Targets: fuzz_text, fuzz_wordxml, fuzz_html (one binary, fuzz_read.c, with
# each format's seeds and dictionary), fuzz_docx, fuzz_extract (tests/fuzz/). A crash leaves its input in build/fuzz/artifacts/TARGET/;
# minimize it and save it in tests/fuzz/regressions/TARGET/ (see run.sh).

FUZZ_CC ?= clang
FUZZ_B := $(B)/fuzz
FUZZ_ALL := fuzz_text fuzz_docx fuzz_wordxml fuzz_html fuzz_extract
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_TEST_SECONDS ?= 5
FUZZ_CFLAGS := $(INSTRUMENTED_CFLAGS)
FUZZ_OBJ := $(patsubst %.c,$(FUZZ_B)/obj/%.o,$(LIB_SRC)) $(FUZZ_B)/obj/gen/units_tsv.o
# fuzz_read serves the text, wordxml and html targets (the format is sniffed)
FUZZ_BINS := $(addprefix $(FUZZ_B)/,fuzz_read fuzz_docx fuzz_extract)
FUZZ_SEEDS := $(FUZZ_B)/corpus.stamp
FUZZ_FIXTURES := $(shell find tests/fixtures -type f 2>/dev/null)

.PHONY: fuzz-build test-fuzz
TEST_STEPS += test-fuzz

# Library and harness objects: sanitizers + coverage, no fuzzer main.
$(eval $(call instrumented_build,$(FUZZ_B),$(FUZZ_CC),$(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,fuzz))

$(FUZZ_BINS): $(FUZZ_B)/%: $(FUZZ_B)/obj/tests/fuzz/%.o $(FUZZ_OBJ)
	@echo "  LD [fuzz] $@"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $^ $(PKG_LIBS)

$(FUZZ_SEEDS): tests/fuzz/make_seeds.py $(CORPUS) $(FUZZ_FIXTURES)
	@mkdir -p $(FUZZ_B)
	@$(PYTHON) tests/fuzz/make_seeds.py $(FUZZ_B) $(filter %.txt,$(CORPUS)) --fixtures tests/fixtures
	@touch $@

fuzz-build: deps $(FUZZ_BINS) $(FUZZ_SEEDS)

test-fuzz: fuzz-build
	@sh tests/fuzz/run.sh test $(FUZZ_TEST_SECONDS) $(FUZZ_B) $(FUZZ_ALL)

fuzz: fuzz-build
	@sh tests/fuzz/run.sh fuzz $(FUZZ_SECONDS) $(FUZZ_B) $(FUZZ_TARGETS)

