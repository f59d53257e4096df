# Word and HTML readers: each corpus notice gives the same tasks from its
# .docx and .html fixtures as from its .txt; Word XML and HTML edge cases
# match their expected document model; hostile inputs fail with a clear error.
TEST_STEPS += test-word

$(B)/word_dump: tests/word_dump.c $(B)/libgongwen.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(PKG_CFLAGS) $(CFLAGS) -o $@ $< $(B)/libgongwen.a $(PKG_LIBS) $(LDFLAGS)

test-word: $(B)/gongwen $(B)/word_dump
	@$(PYTHON) tests/word_test.py --gongwen $(B)/gongwen --dump $(B)/word_dump --work $(B)/word-test
