# Test targets (included by the Makefile).
test: all
	@echo "tests: none yet"
