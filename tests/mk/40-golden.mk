# Golden catalogues of the corpus (regenerate with `make golden` after review).
TEST_STEPS += test-golden
test-golden: $(B)/gongwen
	@$(PYTHON) tests/golden.py $(B)/gongwen corpus/expected $(CORPUS)
