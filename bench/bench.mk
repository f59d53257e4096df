# The benchmark (make bench): gongwen extract against the floor of reading
# and decoding the same files with ICU; see bench/bench.sh. Included by the
# main Makefile, which declares `bench` phony.
#
#   make bench
#   make bench BENCH_MB=200 BENCH_REPEAT=5

BENCH_B := $(B)/bench
BENCH_BINS := $(BENCH_B)/floor $(BENCH_B)/segment
BENCH_MB ?= 50
BENCH_REPEAT ?= 3

$(BENCH_BINS): $(BENCH_B)/%: bench/%.c bench/bench_io.h | deps
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS_BASE) $(PKG_CFLAGS) $(CFLAGS) -o $@ $< $(PKG_LIBS)

bench: all $(BENCH_BINS)
	@PYTHON=$(PYTHON) BENCH_MB=$(BENCH_MB) BENCH_REPEAT=$(BENCH_REPEAT) sh bench/bench.sh $(B)
