# gongwen: Chinese official notices into task catalogues.
#
#   make          build build/gongwen and build/libgongwen.a
#   make run      extract every notice in corpus/ into out/ and print a summary
#   make test     build and run every test (unit, golden, schema, spec, CLI,
#                 hostile input, sanitizers, short fuzz runs)
#   make golden   regenerate corpus/expected/ after a reviewed change
#   make bench    throughput against the read-and-decode floor
#   make fuzz     run the fuzz targets (FUZZ_SECONDS each)
#   make valgrind memcheck over the corpus
#   make format   clang-format the sources
#
# Every target first makes sure the Debian packages are installed (make deps).

CC ?= cc
PKGS := icu-uc icu-i18n libpcre2-8 jansson libxml-2.0 libzip
OPT ?= -O2
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -g $(OPT)
# Asked of pkg-config on first use (after `make deps` has installed it), once.
PKG_CFLAGS = $(eval PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS)))$(PKG_CFLAGS)
PKG_LIBS = $(eval PKG_LIBS := $(shell pkg-config --libs $(PKGS)) -lpthread -lm)$(PKG_LIBS)
PYTHON ?= /usr/bin/python3
FUZZ_SECONDS ?= 60

LIB_SRC := $(wildcard core/*.c ingest/*.c extract/*.c schema/*.c diff/*.c)
CLI_SRC := $(wildcard cli/*.c)
CORPUS := $(filter-out corpus/units.tsv,$(wildcard corpus/*.*))

B := build
OBJ := $(patsubst %.c,$(B)/obj/%.o,$(LIB_SRC)) $(B)/obj/gen/units_tsv.o
CLI_OBJ := $(patsubst %.c,$(B)/obj/%.o,$(CLI_SRC))

.PHONY: all deps run test golden bench fuzz valgrind format clean asan check-format
.DEFAULT_GOAL := all

all: deps $(B)/gongwen $(B)/libgongwen.a

deps:
	@sh tools/deps.sh

# Nothing compiles before the packages are there, also under make -j.
$(OBJ) $(CLI_OBJ) $(B)/gen/units_tsv.c: | deps

$(B)/gen/units_tsv.c: corpus/units.tsv tools/embed.sh
	@mkdir -p $(dir $@)
	sh tools/embed.sh $< gw_builtin_aliases > $@

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS_BASE) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(B)/obj/gen/%.o: $(B)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -c $< -o $@

$(B)/libgongwen.a: $(OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/gongwen: $(CLI_OBJ) $(B)/libgongwen.a
	$(CC) $(CFLAGS_BASE) $(CFLAGS) -o $@ $(CLI_OBJ) $(B)/libgongwen.a $(PKG_LIBS) $(LDFLAGS)

-include $(shell find $(B)/obj -name '*.d' 2>/dev/null)

# ---- the main job -----------------------------------------------------------

run: all
	@rm -rf out
	$(B)/gongwen extract -j 0 -o out --summary $(CORPUS)

# ---- tests ------------------------------------------------------------------

include tests/tests.mk
include bench/bench.mk

golden: all
	@mkdir -p corpus/expected
	$(B)/gongwen extract -q --pretty -o corpus/expected $(CORPUS)
	@echo "golden: corpus/expected/ regenerated; review 'git diff corpus/expected' before committing"

# ---- tools ------------------------------------------------------------------

FORMATTED = $(LIB_SRC) $(CLI_SRC) $(wildcard include/*.h core/*.h ingest/*.h extract/*.h schema/*.h \
  diff/*.h cli/*.h tests/*.c tests/*.h tests/unit/*.c tests/fuzz/*.c bench/*.c bench/*.h)

format:
	clang-format -i $(FORMATTED)

check-format:
	@clang-format --dry-run -Werror $(FORMATTED)

clean:
	rm -rf $(B) out
