# Every C source and header is as clang-format (the project's .clang-format)
# leaves it; `make format` mends a failure.
TEST_STEPS += test-format

test-format: deps check-format
	@echo "format: every source as clang-format leaves it"
