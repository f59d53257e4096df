# The CLI built with AddressSanitizer + UndefinedBehaviorSanitizer into
# build/asan/ (its own objects; the main build is not touched), then run over
# the corpus and the hostile input set. Any sanitizer report fails the step.
#
#   make test-sanitize       (part of make test)
#   make asan-build          only build build/asan/gongwen (also: make asan)
#   make test-sanitize SAN_CC=clang  with clang's sanitizers instead of gcc's

SAN_CC ?= gcc
SAN_B := $(B)/asan
SAN_CFLAGS := $(INSTRUMENTED_CFLAGS)
SAN_OBJ := $(patsubst %.c,$(SAN_B)/obj/%.o,$(LIB_SRC) $(CLI_SRC)) $(SAN_B)/obj/gen/units_tsv.o

.PHONY: asan-build test-sanitize
TEST_STEPS += test-sanitize

# (gcc and clang sanitizer objects do not mix: a change of SAN_CC rebuilds)
$(eval $(call instrumented_build,$(SAN_B),$(SAN_CC),$(SAN_CFLAGS),asan))

$(SAN_B)/gongwen: $(SAN_OBJ)
	@echo "  LD [asan] $@"
	@$(SAN_CC) $(SAN_CFLAGS) -o $@ $^ $(PKG_LIBS)

asan-build: deps $(SAN_B)/gongwen

# The corpus (one thread and all cores; the catalogues must match those of
# the main build byte for byte), then the hostile set with this binary.
test-sanitize: asan-build $(B)/gongwen hostile-data
	@status=0; \
	sh tests/hostile/sanitize.sh $(SAN_B) $(B)/gongwen $(CORPUS) || status=1; \
	GONGWEN=$(SAN_B)/gongwen $(PYTHON) tests/hostile/run.py --sanitized $(HOSTILE_B) || status=1; \
	exit $$status

# `asan` is declared phony by the main Makefile.
asan: asan-build

