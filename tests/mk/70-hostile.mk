# Hostile input: entity bombs, external entities, zip bombs, truncated and
# lying zips, 100 MiB files, 10 MB lines, bracket storms, broken encodings,
# binary, .doc, 50,000 items... (tests/hostile/gen.py lists them all).
# The files are made at test time in build/hostile/ (about 250 MB, never
# committed); tests/hostile/run.py runs build/gongwen extract on each under a
# timeout and a memory cap and checks for exit 0 + a catalogue or exit 1 +
# an error line, never a signal, a hang or another status.
#
#   make test-hostile                    (part of make test)
#   make test-hostile HOSTILE_ONLY=zip_bomb,xxe_xml
#   GONGWEN=other/gongwen make test-hostile

HOSTILE_B := $(B)/hostile
HOSTILE_STAMP := $(HOSTILE_B)/manifest.json
HOSTILE_ONLY ?=

.PHONY: hostile-data test-hostile
TEST_STEPS += test-hostile

$(HOSTILE_STAMP): tests/hostile/gen.py $(filter %.txt,$(CORPUS))
	@mkdir -p $(HOSTILE_B)
	@echo "  GEN $(HOSTILE_B)/"
	@$(PYTHON) tests/hostile/gen.py $(HOSTILE_B) $(filter %.txt,$(CORPUS))

hostile-data: $(HOSTILE_STAMP)

test-hostile: $(B)/gongwen hostile-data
	@GONGWEN=$${GONGWEN:-$(B)/gongwen} $(PYTHON) tests/hostile/run.py \
	  $(if $(HOSTILE_ONLY),--only $(HOSTILE_ONLY)) $(HOSTILE_B)
