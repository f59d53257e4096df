# Every catalogue the corpus and the spec notices produce is valid against
# schema/catalogue.schema.json (checked with python3-jsonschema).
TEST_STEPS += test-schema
test-schema: $(B)/gongwen
	@rm -rf $(B)/test/schema && mkdir -p $(B)/test/schema
	@$(B)/gongwen extract -q -o $(B)/test/schema $(CORPUS) $(wildcard tests/notices/*.txt)
	@$(B)/gongwen extract -q --no-text --pretty corpus/000_865e64c438e38093.txt > $(B)/test/schema/no-text.json
	@$(PYTHON) tests/validate_schema.py schema/catalogue.schema.json $(B)/test/schema/*.json
