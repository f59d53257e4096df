# gongwen diff on the year pairs: schema, alignment scores, invariants,
# reports; the HTML report as a reader sees it in headless Chromium.
TEST_STEPS += test-diff
test-diff: $(B)/gongwen
	@$(PYTHON) tests/diff/run_diff_tests.py $(B)/gongwen tests/diff/pairs
	@sh tests/diff/html_test.sh $(B)/gongwen tests/diff/pairs/002_yaodian_2020_2021
