# Instrumented builds of the library (ASan + UBSan; the fuzz build adds
# coverage): their own objects under a folder of build/, the main build
# untouched, everything rebuilt when the compiler or the flags change.

SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
INSTRUMENTED_CFLAGS := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -g -O1 $(SANITIZE)

.PHONY: instrumented-force

# $(call instrumented_build,DIR,CC,CFLAGS,TAG): DIR/obj/%.o from %.c (and the
# embedded alias table) with CC CFLAGS; DIR/compiler.txt records them.
define instrumented_build
$(1)/compiler.txt: instrumented-force | deps
	@mkdir -p $$(dir $$@)
	@echo '$(2) $(3)' | cmp -s - $$@ || echo '$(2) $(3)' > $$@

$(1)/obj/%.o: %.c $(1)/compiler.txt
	@mkdir -p $$(dir $$@)
	@echo "  CC [$(4)] $$<"
	@$(2) $(3) $$(PKG_CFLAGS) -MMD -MP -c $$< -o $$@

$(1)/obj/gen/units_tsv.o: $(B)/gen/units_tsv.c $(1)/compiler.txt
	@mkdir -p $$(dir $$@)
	@$(2) $(3) -c $$< -o $$@

-include $$(shell find $(1)/obj -name '*.d' 2>/dev/null)
endef
