# Accuracy against hand-checked answers: the corpus seeds and the notices
# composed for these tests in other phrasings (tests/notices, and as web
# pages in tests/notices/html, and as Word files in tests/notices/docx).
SHARED ?= ../shared
TEST_STEPS += test-accuracy
test-accuracy: $(B)/gongwen
	@if [ -d $(SHARED)/eval ]; then \
	  for f in score.py score_diff.py; do cmp -s tests/eval/$$f $(SHARED)/eval/$$f || \
	    { echo "accuracy: tests/eval/$$f differs from $(SHARED)/eval/$$f"; exit 1; }; done; \
	  for g in tests/eval/seed-gold/*.json; do cmp -s $$g $(SHARED)/eval/gold/$${g##*/} || \
	    { echo "accuracy: $$g differs from $(SHARED)/eval/gold/$${g##*/}"; exit 1; }; done; fi
	@$(PYTHON) tests/eval/check_accuracy.py $(B)/gongwen tests/eval/seed-gold $(CORPUS)
	@$(PYTHON) tests/notices/check_gold.py
	@$(PYTHON) tests/eval/check_accuracy.py $(B)/gongwen tests/notices/gold $(wildcard tests/notices/*.txt)
	@$(PYTHON) tests/notices/html/check_html_gold.py
	@$(PYTHON) tests/eval/check_accuracy.py $(B)/gongwen tests/notices/html/gold $(wildcard tests/notices/html/*.html)
	@$(PYTHON) tests/notices/docx/check_docx_gold.py
	@$(PYTHON) tests/eval/check_accuracy.py $(B)/gongwen tests/notices/docx/gold $(wildcard tests/notices/docx/*.docx)
