# Memcheck over the corpus and the Word and HTML fixtures with the main build
# (not part of make test: it is slow). Any error -- invalid read or write, use
# of uninitialised memory, a definite or possible leak -- fails the target.
#
#   make valgrind
#   make valgrind VALGRIND_FILES="a.txt b.docx"

VALGRIND_B := $(B)/valgrind
VALGRIND_FILES ?= $(CORPUS) $(wildcard tests/fixtures/word/*.xml tests/fixtures/html/*.html)
# The corpus notices as .docx and HTML: their catalogues would have the names
# of the corpus's own, so they go in the stdout run only.
VALGRIND_NOTICES ?= $(wildcard tests/fixtures/notices/*.docx tests/fixtures/notices/*.html)
VALGRIND := valgrind --tool=memcheck --error-exitcode=99 --leak-check=full \
  --errors-for-leak-kinds=definite,possible --show-leak-kinds=definite,possible \
  --track-origins=yes --num-callers=30 --quiet

# One thread writing files, two threads, and stdout mode. gongwen's own exit
# status 1 (an input refused) is not an error here; memcheck's 99 is.
valgrind: all
	@rm -rf $(VALGRIND_B) && mkdir -p $(VALGRIND_B)
	@status=0; \
	for run in "j1:-o $(VALGRIND_B)/out-j1" "j2:-j 2 -o $(VALGRIND_B)/out-j2" "stdout:"; do \
	  name=$${run%%:*}; opts=$${run#*:}; more=; [ $$name = stdout ] && more="$(VALGRIND_NOTICES)"; \
	  $(VALGRIND) --log-file=$(VALGRIND_B)/$$name.log \
	    $(B)/gongwen extract -q $$opts $(VALGRIND_FILES) $$more > $(VALGRIND_B)/$$name.out; \
	  rc=$$?; \
	  if [ $$rc -ge 2 ] || [ -s $(VALGRIND_B)/$$name.log ]; then \
	    echo "FAIL valgrind $$name (exit status $$rc): $(VALGRIND_B)/$$name.log"; \
	    head -n 100 $(VALGRIND_B)/$$name.log; status=1; \
	  else \
	    echo "ok   valgrind $$name (exit status $$rc, no memcheck errors)"; \
	  fi; \
	done; \
	exit $$status
