# Unit tests per stage (cmocka), linked against the library.
UNIT_TESTS := $(patsubst tests/unit/%.c,$(B)/test/unit/%,$(wildcard tests/unit/test_*.c))
TEST_STEPS += test-unit

$(B)/test/unit/%: tests/unit/%.c $(B)/libgongwen.a
	@mkdir -p $(dir $@)
	@echo "  CC $<"
	@$(CC) $(CFLAGS_BASE) $(PKG_CFLAGS) $(CFLAGS) -o $@ $< $(B)/libgongwen.a $(PKG_LIBS) -lcmocka $(LDFLAGS)

test-unit: $(UNIT_TESTS)
	@for t in $(UNIT_TESTS); do $$t || exit 1; done
