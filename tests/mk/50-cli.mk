# The command line: outputs, exit statuses, messages, bad input.
TEST_STEPS += test-cli
test-cli: $(B)/gongwen
	@PYTHON=$(PYTHON) sh tests/cli_test.sh $(B)/gongwen
