# Tests. Each file in tests/mk/ adds its steps to TEST_STEPS; `make test`
# runs them all in order and stops at the first failure.
TEST_STEPS :=
include tests/instrumented.mk
include $(sort $(wildcard tests/mk/*.mk))

.PHONY: test $(TEST_STEPS)
test: all
	@$(MAKE) --no-print-directory $(TEST_STEPS)
	@echo "make test: all $(words $(TEST_STEPS)) test steps passed"
