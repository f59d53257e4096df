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
# Targets (tests/fuzz/): fuzz_text, fuzz_docx, fuzz_wordxml, fuzz_html,
# fuzz_extract. A crash leaves its input in build/fuzz/artifacts/TARGET/;
# minimize it and save it in tests/fuzz/regressions/TARGET/ (see run.sh).

FUZZ_CC ?= clang
FUZZ_B := $(B)/fuzz
FUZZ_ALL := fuzz_text fuzz_docx fuzz_wordxml fuzz_html fuzz_extract
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_TEST_SECONDS ?= 5
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -g -O1 $(FUZZ_SAN)
FUZZ_OBJ := $(patsubst %.c,$(FUZZ_B)/obj/%.o,$(LIB_SRC)) $(FUZZ_B)/obj/gen/units_tsv.o
FUZZ_BINS := $(addprefix $(FUZZ_B)/,$(FUZZ_ALL))
FUZZ_SEEDS := $(FUZZ_B)/corpus.stamp
FUZZ_FIXTURES := $(shell find tests/fixtures -type f 2>/dev/null)
FUZZ_FLAGS_FILE := $(FUZZ_B)/compiler.txt

.PHONY: fuzz-build test-fuzz fuzz-force
TEST_STEPS += test-fuzz

# Rebuild everything when the compiler or the flags change.
$(FUZZ_FLAGS_FILE): fuzz-force
	@mkdir -p $(dir $@)
	@echo '$(FUZZ_CC) $(FUZZ_CFLAGS)' | cmp -s - $@ || echo '$(FUZZ_CC) $(FUZZ_CFLAGS)' > $@

# Library and harness objects: sanitizers + coverage, no fuzzer main.
$(FUZZ_B)/obj/%.o: %.c $(FUZZ_FLAGS_FILE)
	@mkdir -p $(dir $@)
	@echo "  CC [fuzz] $<"
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(PKG_CFLAGS) -MMD -MP -c $< -o $@

$(FUZZ_B)/obj/gen/units_tsv.o: $(B)/gen/units_tsv.c $(FUZZ_FLAGS_FILE)
	@mkdir -p $(dir $@)
	@$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

# Linked from the objects rather than an archive, so that the harness's weak
# reference to gw_catalogue_read_json resolves once it is implemented.
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

-include $(shell find $(FUZZ_B)/obj -name '*.d' 2>/dev/null)
