# Spec examples: small composed notices and the catalogue summary each must give.
TEST_STEPS += test-spec
test-spec: $(B)/gongwen
	@GONGWEN=$(B)/gongwen $(PYTHON) tests/spec/run_spec.py tests/spec/*.md
