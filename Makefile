# mm24 - the Linux 2.6.24 i386 memory manager, running on an emulated PC.
# `make help` lists the targets.

BUILD ?= build
V ?= 0
SAN ?= 0
CC ?= gcc

ifeq ($(V),1)
Q :=
else
Q := @
endif

# The units, bottom to top; each builds with only the ones before it.
UNITS := lib arch bootmem page zone buddy slab highmem vmalloc vma fault
unit_dir = $(if $(filter arch,$(1)),src/arch/i386,src/$(1))

CFLAGS := -std=gnu11 -g -Wall -Wextra -Werror -Wno-unused-parameter \
	  -Wno-sign-compare -fno-strict-aliasing -ffunction-sections \
	  -fdata-sections -Isrc/include -MMD -MP
LDFLAGS := -Wl,--gc-sections
# clang: 2.6.24's bootstrap array caches put a struct with a flexible
# array first in another struct (struct arraycache_init), a GNU extension
ifneq ($(findstring clang,$(shell $(CC) --version 2>/dev/null | head -1)),)
CFLAGS += -Wno-gnu-variable-sized-type-not-at-end
endif
# the sanitizer builds optimise as the plain one does, so that a stack dump
# names the same frames as the goldens (gcc -O1 keeps free_hot_page's)
ifeq ($(SAN),1)
CFLAGS += -O2 -fsanitize=address,undefined -fno-omit-frame-pointer \
	  -fno-sanitize-recover=undefined
LDFLAGS += -fsanitize=address,undefined
ifeq ($(FUZZER),1)
# make fuzz: clang's coverage for libFuzzer on every object
CFLAGS += -fsanitize=fuzzer-no-link
endif
else
CFLAGS += -O2
endif

.DEFAULT_GOAL := all
.SECONDARY:
# No built-in rules: make would otherwise try to remake the included .d
# files from "%: %.o" and run this Makefile's pattern rules on odd stems.
MAKEFLAGS += --no-builtin-rules
# The batch goals (make, make test, make check, the test-* and unit-*
# targets) run a job per core, each target's output kept in one piece; a
# -j of the command line wins.  Other goals (serve, fuzz, bench, lab-*,
# grade, mutate) stay serial, their output shown as it comes.  Sub-makes
# share the job server; a make that a script runs (lab.py, mutate.py)
# starts afresh.
BATCH_GOALS := all test check site units test-% unit-%
ifeq ($(MAKELEVEL),0)
ifeq ($(filter-out $(BATCH_GOALS),$(or $(MAKECMDGOALS),all)),)
MAKEFLAGS += -j$(shell nproc 2>/dev/null || echo 1) --output-sync=target
endif
endif
.SUFFIXES:
.PHONY: all help deps units test check bench clean site serve xref diff \
	test-unit test-scenarios test-site test-xref test-dot test-cli test-diff \
	test-ownwords test-model test-quiz test-labs test-reset test-fuzz check \
	valgrind fuzz fuzz-build mutate print-unit-tests

help:
	@echo "mm24 make targets"
	@echo "  make              build everything: units, build/bin/mm24, exercises, site"
	@echo "  make test         run every test (unit, scenario, dot, site, xref, diff, own words, model, reset, 20 s fuzz)"
	@echo "  make check        unit, scenario, dot, cli, model, reset tests under ASan+UBSan (gcc, clang), then valgrind"
	@echo "  make valgrind     every scenario under valgrind, no error or leak"
	@echo "  make fuzz         libFuzzer on scenario scripts, FUZZ_SECONDS=600 FUZZ_JOBS=1; artefacts in build/fuzz"
	@echo "  make mutate       plant tests/mutate/mutants.txt one by one, run the fast tests, print the kill rate"
	@echo "  make test-reset   every scenario twice in one process, reset between runs, against its golden"
	@echo "  make test-fuzz    20 s of make fuzz from the seeds alone (in make test); a finding fails it"
	@echo "  make bench        microbenchmarks, as ratios to host references"
	@echo "  make unit-NAME    one unit with the units below it, its tests and exercises"
	@echo "                    NAME: $(UNITS)"
	@echo "  make ex-UNIT-NAME build and run one exercise (see src/UNIT/exercises/)"
	@echo "  make site         the bilingual site in site/en, site/zh"
	@echo "  make serve        serve site/ on http://127.0.0.1:8024/"
	@echo "  make xref         build/xref.tsv: mirrored symbols and their 2.6.24 lines"
	@echo "  make diff KSRC=/path/to/linux-2.6.24 [UNIT=buddy] [FUNC=name]"
	@echo "  make V=1 ...      show the commands"

# ---- dependencies (Debian packages) ---------------------------------------
DEPS_STAMP := $(BUILD)/.deps-ok
$(DEPS_STAMP): scripts/deps.sh
	$(Q)mkdir -p $(@D)
	$(Q)scripts/deps.sh
	$(Q)touch $@
deps: $(DEPS_STAMP)

# ---- libraries --------------------------------------------------------------
define unit_rules
SRCS_$(1) := $$(wildcard $(call unit_dir,$(1))/*.c)
OBJS_$(1) := $$(patsubst src/%.c,$(BUILD)/obj/%.o,$$(SRCS_$(1)))
LIB_$(1) := $(BUILD)/lib/lib$(1).a
$$(LIB_$(1)): $$(OBJS_$(1))
	$$(Q)mkdir -p $$(@D)
	@$$(if $$(filter 0,$(V)),echo "  AR      $$@")
	$$(Q)rm -f $$@ && ar rcs $$@ $$^
endef
$(foreach u,$(UNITS),$(eval $(call unit_rules,$(u))))

# The kernel units are instrumented for the function-graph tracer, and
# so is the mm24 program: the kernel's inline functions it calls, such as
# alloc_pages_node() and gfp_zone(), show up in traces.  lib, which holds
# the tracer, is not.  TRACE=0 builds them plain, as a kernel without
# CONFIG_FUNCTION_TRACER (make bench).
# The emulated hardware and mm24's own checkers are not kernel code.
TRACE ?= 1
KERNEL_DIRS := src/arch src/bootmem src/page src/zone src/buddy src/slab \
	src/highmem src/vmalloc src/vma src/fault src/init src/mm24
NOT_KERNEL := src/arch/i386/machine.c src/arch/i386/mmu.c src/buddy/buddy_check.c \
	src/slab/slab_check.c src/slab/footprint.c src/highmem/highmem_check.c \
	src/vmalloc/vmalloc_check.c src/vma/vma_check.c
instrument = $(if $(filter 1,$(TRACE)),$(if $(filter-out $(NOT_KERNEL),$(filter $(addsuffix /%,$(KERNEL_DIRS)),$(1))),-finstrument-functions))

$(BUILD)/obj/%.o: src/%.c | $(DEPS_STAMP)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) $(call instrument,$<) -c $< -o $@

# start_kernel() (src/init/main.c) is built once per top unit from zone up
# (setup_arch() builds the zones): a binary that goes up to unit U boots
# the steps of U and the units below it, told by CONFIG_MM24_<UNIT>.
uc = $(shell echo $(1) | tr a-z A-Z)
INIT_UNITS := $(filter-out lib arch bootmem page,$(UNITS))
init_obj = $(if $(filter $(1),$(INIT_UNITS)),$(BUILD)/obj/init/main-$(1).o)
TOP_UNIT := $(lastword $(UNITS))
$(BUILD)/obj/init/main-%.o: src/init/main.c | $(DEPS_STAMP)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  CC      $< ($*)")
	$(Q)$(CC) $(CFLAGS) $(call instrument,$<) \
		$(foreach u,$(call head_upto,$*,$(UNITS)),-DCONFIG_MM24_$(call uc,$(u))) \
		-c $< -o $@

# ---- cross-references: build/xref.tsv and the tracer's name list -----------
ALL_SOURCES := $(shell find src -name '*.[ch]' -not -path '*/exercises/*')
XREF := $(BUILD)/xref.tsv
MIRRORED_C := $(BUILD)/gen/mirrored.c
MIRRORED_O := $(BUILD)/gen/mirrored.o
$(XREF) $(MIRRORED_C) &: scripts/xref.py $(ALL_SOURCES) | $(DEPS_STAMP)
	$(Q)mkdir -p $(BUILD)/gen
	@$(if $(filter 0,$(V)),echo "  XREF    $(XREF)")
	$(Q)python3 scripts/xref.py $(XREF) --mirrored-c $(MIRRORED_C)
$(MIRRORED_O): $(MIRRORED_C)
	$(Q)$(CC) $(CFLAGS) -c $< -o $@
xref: $(XREF)

# libs of unit $(1) and every unit below it, in link order
libs_upto = $(foreach u,$(wordlist 1,$(call unit_index,$(1)),$(UNITS)),$(LIB_$(u)))
unit_index = $(words $(call head_upto,$(1),$(UNITS)))
head_upto = $(if $(2),$(if $(filter $(1),$(firstword $(2))),$(1),$(firstword $(2)) $(call head_upto,$(1),$(wordlist 2,$(words $(2)),$(2)))),$(error no unit '$(1)'; units: $(UNITS)))
# A lower unit's call up into the fault unit (the MMU's do_page_fault(),
# fork's copy_mm()) is a weak reference, which does not pull an archive
# member: a binary with the fault unit asks for it by name.
link = $(CC) $(LDFLAGS) -o $@ $(filter %.o,$^) \
	$(if $(filter %/libfault.a,$^),-Wl$(comma)--undefined=handle_mm_fault) \
	-Wl,--start-group $(filter %.a,$^) -Wl,--end-group

units: $(foreach u,$(UNITS),$(LIB_$(u)))

# ---- the mm24 program -------------------------------------------------------
MM24_SRCS := $(wildcard src/mm24/*.c)
MM24_OBJS := $(patsubst src/%.c,$(BUILD)/obj/%.o,$(MM24_SRCS))
MM24 := $(BUILD)/bin/mm24
# the program without its main(), for its own tests and the fuzz target
MM24_LIB_OBJS := $(filter-out $(BUILD)/obj/mm24/main.o,$(MM24_OBJS)) \
	$(MIRRORED_O) $(call init_obj,$(TOP_UNIT)) $(call libs_upto,$(TOP_UNIT))
$(MM24): $(MM24_OBJS) $(MIRRORED_O) $(call init_obj,$(TOP_UNIT)) \
	 $(call libs_upto,$(TOP_UNIT))
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  LD      $@")
	$(Q)$(link)

# ---- quizzes: each unit's generator, src/UNIT/quiz.mm (data), built into
# mm24 quiz (src/mm24/quiz.c) as BUILD/gen/quizzes.inc ----
QUIZ_FILES := $(wildcard $(foreach u,$(UNITS),$(call unit_dir,$(u))/quiz.mm))
QUIZ_INC := $(BUILD)/gen/quizzes.inc
$(QUIZ_INC): scripts/embed-quizzes.py $(QUIZ_FILES) | $(DEPS_STAMP)
	$(Q)python3 scripts/embed-quizzes.py $@ $(QUIZ_FILES)
$(BUILD)/obj/mm24/quiz.o: $(QUIZ_INC)
$(BUILD)/obj/mm24/quiz.o: CFLAGS += -I$(BUILD)/gen

# ---- exercises: src/UNIT/exercises/NAME.c -> build/bin/ex-UNIT-NAME ----------
define exercise_rules
EX_$(1) := $$(patsubst $(call unit_dir,$(1))/exercises/%.c,$(BUILD)/bin/ex-$(1)-%,$$(wildcard $(call unit_dir,$(1))/exercises/*.c))
$(BUILD)/bin/ex-$(1)-%: $(BUILD)/obj/ex/$(1)/%.o $(MIRRORED_O) $(call init_obj,$(1)) \
		$$(call libs_upto,$(1))
	$$(Q)mkdir -p $$(@D)
	@$$(if $$(filter 0,$(V)),echo "  LD      $$@")
	$$(Q)$$(link)
$(BUILD)/obj/ex/$(1)/%.o: $(call unit_dir,$(1))/exercises/%.c | $(DEPS_STAMP)
	$$(Q)mkdir -p $$(@D)
	@$$(if $$(filter 0,$(V)),echo "  CC      $$<")
	$$(Q)$$(CC) $$(CFLAGS) -c $$< -o $$@
ex-$(1)-%: $(BUILD)/bin/ex-$(1)-%
	$$(Q)$$<
endef
$(foreach u,$(UNITS),$(eval $(call exercise_rules,$(u))))
EXERCISES := $(foreach u,$(UNITS),$(EX_$(u)))

# ---- unit tests: tests/UNIT/test_TOPIC.c -> build/tests/UNIT/test_TOPIC -----
TEST_SUPPORT_SRCS := $(wildcard tests/support/*.c)
TEST_SUPPORT_OBJS := $(patsubst tests/%.c,$(BUILD)/obj/tests/%.o,$(TEST_SUPPORT_SRCS))
$(BUILD)/obj/tests/%.o: tests/%.c | $(DEPS_STAMP)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  CC      $<")
	$(Q)$(CC) $(CFLAGS) -Itests/support -c $< -o $@
define test_rules
TESTS_$(1) := $$(patsubst tests/$(1)/%.c,$(BUILD)/tests/$(1)/%,$$(wildcard tests/$(1)/test_*.c))
$(BUILD)/tests/$(1)/%: $(BUILD)/obj/tests/$(1)/%.o $(TEST_SUPPORT_OBJS) $(MIRRORED_O) \
		$(call init_obj,$(1)) $$(call libs_upto,$(1))
	$$(Q)mkdir -p $$(@D)
	@$$(if $$(filter 0,$(V)),echo "  LD      $$@")
	$$(Q)$$(link) -Wl,--wrap=do_page_fault -Wl,--wrap=flush_tlb_all \
		-Wl,--wrap=i386_tlb_flush_one -lcmocka
unit-$(1): $$(call libs_upto,$(1)) $$(foreach u,$$(call head_upto,$(1),$(UNITS)),$$(EX_$$(u)) $$(TESTS_$$(u)))
	$$(Q)scripts/run-tests.sh $$(foreach u,$$(call head_upto,$(1),$(UNITS)),$$(TESTS_$$(u)))
endef
$(foreach u,$(UNITS),$(eval $(call test_rules,$(u))))
# the mm24 program's own tests: tests/mm24/test_*.c, with the program
TESTS_mm24 := $(patsubst tests/mm24/%.c,$(BUILD)/tests/mm24/%,$(wildcard tests/mm24/test_*.c))
$(BUILD)/tests/mm24/%: $(BUILD)/obj/tests/mm24/%.o $(MM24_LIB_OBJS)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  LD      $@")
	$(Q)$(link) -Wl,--wrap=realloc -lcmocka
UNIT_TESTS := $(foreach u,$(UNITS),$(TESTS_$(u))) $(TESTS_mm24)

test-unit: $(UNIT_TESTS)
	$(Q)scripts/run-tests.sh $(UNIT_TESTS)

# the scenarios and their goldens: tests/scenarios (bad input, regressions,
# traces) and the chapters' own notes/scenarios, whose goldens are kept in
# tests/scenarios-notes (UPDATE=1 scripts/run-scenarios.sh build/bin/mm24
# notes/scenarios tests/scenarios-notes writes them, for review)
SCENARIO_SETS := tests/scenarios:tests/scenarios \
	notes/scenarios:tests/scenarios-notes
run_scenario_sets = status=0; for set in $(SCENARIO_SETS); do \
	$(1) scripts/run-scenarios.sh $(2) $${set%%:*} $${set\#\#*:} || \
	status=1; done; [ $$status -eq 0 ]
test-scenarios: $(MM24)
	$(Q)$(call run_scenario_sets,,$(MM24))

# ---- the bilingual site -------------------------------------------------------
# scripts/site-build.py redoes only the stages whose inputs changed; with
# KSRC the diff pages compare against that 2.6.24 tree, without it they
# say how to get one.  The search library comes from npm.
SITE_DIR ?= site
FLEXSEARCH := $(BUILD)/npm/node_modules/flexsearch/dist/flexsearch.bundle.min.js
$(FLEXSEARCH): | $(DEPS_STAMP)
	$(Q)mkdir -p $(BUILD)/npm
	$(Q)npm install --prefix $(BUILD)/npm --no-save --no-audit --no-fund \
		--loglevel=error flexsearch@0.7.43 >/dev/null
site: $(MM24) $(EXERCISES) $(XREF) $(FLEXSEARCH)
	$(Q)python3 scripts/site-build.py $(BUILD) $(SITE_DIR) $(MM24) $(KSRC)

# ---- labs (scripts/lab.py; each unit lists its labs in src/UNIT/labs.ini):
# make lab-NAME makes the working tree build/labs/NAME with the lab's
# functions stubbed; make grade there (or make grade LAB=NAME here) scores
# it; make restore there puts the reference functions back ----
LAB_DIR = $(BUILD)/labs
lab-%: | $(DEPS_STAMP)
	$(Q)python3 scripts/lab.py make $* $(LAB_DIR)/$*
labs:
	$(Q)python3 scripts/lab.py list
grade:
	$(Q)python3 scripts/lab.py grade $(if $(LAB),$(LAB_DIR)/$(LAB),.)
restore:
	$(Q)python3 scripts/lab.py restore $(if $(LAB),$(LAB_DIR)/$(LAB),.)
# a lab tree's own settings (scripts/lab.py writes it there)
-include lab.mk

# ---- the structural diff against a real 2.6.24 tree (scripts/kdiff.py):
# the decisions of each mirrored function; exits 1 on a difference that no
# @kquirk explains ----
diff: $(XREF)
	$(Q)if [ -z "$(KSRC)" ]; then echo "make diff: say where the 2.6.24 tree is:" \
		"make diff KSRC=/path/to/linux-2.6.24 [UNIT=buddy] [FUNC=__rmqueue]" >&2; \
		exit 2; fi
	$(Q)python3 scripts/kdiff.py $(KSRC) --xref $(XREF) \
		$(if $(UNIT),--unit $(UNIT)) $(if $(FUNC),--func $(FUNC))

serve:
	@echo "serving $(SITE_DIR)/ on http://127.0.0.1:8024/ (Ctrl-C stops)"
	$(Q)cd $(SITE_DIR) && python3 -m http.server 8024 --bind 127.0.0.1

all: $(MM24) $(EXERCISES) site

# the site: zero Doxygen warnings (make site fails otherwise), every link,
# both languages, a real browser; the @kernel lines against the facts
test-site: site
	$(Q)python3 scripts/site-check.py $(SITE_DIR) notes $(BUILD)
	$(Q)python3 scripts/site-browser-test.py $(SITE_DIR) $(BUILD)/site/screenshots
test-xref: | $(DEPS_STAMP)
	$(Q)python3 -m unittest -q tests/xref/test_xref.py
# mm24 quiz: reproducible problems, answers from the emulated kernel
test-quiz: $(MM24)
	$(Q)MM24=$(MM24) python3 -m unittest -q tests/quiz/test_quiz.py
# labs: the stubs and the grading (tests/labs; LABS_ALL=1 grades every lab)
test-labs: | $(DEPS_STAMP)
	$(Q)BUILD=$(BUILD) python3 -m unittest -q tests/labs/test_labs.py
test-dot: $(MM24)
	$(Q)MM24=$(MM24) python3 -m unittest -q tests/dot/test_dot.py
test-cli: $(MM24)
	$(Q)MM24=$(MM24) python3 -m unittest -q tests/cli/test_shell.py
# mm24 step by step against independent models of the 2.6.24 buddy
# allocator and of a SLAB cache (tests/model); a third of the steps under
# the sanitizers
test-model: $(MM24)
	$(Q)MM24=$(MM24) MM24_MODEL_SCALE=$(if $(filter 1,$(SAN)),0.3,1) \
		python3 -m unittest -q tests/model/test_buddy_model.py \
		tests/model/test_slab_model.py tests/model/test_vma_model.py \
		tests/model/test_fault_model.py
test-diff: | $(DEPS_STAMP)
	$(Q)python3 -m unittest discover -q -s tests/diff
# own words: no mirrored function may read as 2.6.24's own statements
# (scripts/own-words/ is the project's copy of shared/tools: the checker
# and the hashes of 2.6.24's statements, no kernel text)
test-ownwords: | $(DEPS_STAMP)
	$(Q)python3 scripts/own-words/own-words.py src tests

test: all test-unit test-scenarios test-dot test-cli test-site test-xref \
	test-diff test-ownwords test-model test-quiz test-labs test-reset \
	test-fuzz

# make check: the fast tests under ASan+UBSan, built by gcc and by clang
# (clang's UBSan also reports pointer arithmetic that wraps), then the
# scenario suite under valgrind
CHECK_TESTS := test-unit test-scenarios test-dot test-cli test-model test-reset
check: | $(DEPS_STAMP)
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/san SAN=1 CC=gcc \
		$(CHECK_TESTS)
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/san-clang SAN=1 CC=clang \
		$(CHECK_TESTS)
	$(Q)$(MAKE) --no-print-directory valgrind

# make mutate: the reviewed single-operator mutants of tests/mutate, each
# planted in a copy of the tree under BUILD/mutate and put to the fast
# tests (scripts/mutate.py); MUTANTS=id,id runs some, MUTATE_JOBS workers,
# MUTATE_REV=HEAD mutates that commit's tree instead of the working tree
MUTATE_JOBS ?= 2
mutate: | $(DEPS_STAMP)
	$(Q)python3 scripts/mutate.py --build $(abspath $(BUILD))/mutate \
		--jobs $(MUTATE_JOBS) $(if $(MUTANTS),--only $(MUTANTS)) \
		$(if $(MUTATE_REV),--rev $(MUTATE_REV)) tests/mutate/mutants.txt
print-unit-tests:
	@echo $(UNIT_TESTS)

# every scenario under valgrind (the plain build; nothing suppressed): its
# golden output, and no error or definite leak in valgrind's log
VALGRIND_LOGS := $(BUILD)/valgrind
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite --errors-for-leak-kinds=definite \
	--log-file=$(abspath $(VALGRIND_LOGS))/%p.log
valgrind: $(MM24)
	$(Q)rm -rf $(VALGRIND_LOGS) && mkdir -p $(VALGRIND_LOGS)
	$(Q)$(call run_scenario_sets,MM24_WRAP="$(VALGRIND)",$(MM24)); \
		status=$$?; for log in $(VALGRIND_LOGS)/*.log; do \
		[ -s "$$log" ] && { echo "valgrind: $$log"; cat "$$log"; \
		status=1; }; done; \
		[ $$status -eq 0 ] && echo "valgrind: no error in any scenario"; \
		exit $$status

# ---- fuzzing: libFuzzer runs scenario scripts on one machine per process,
# reset between inputs (tests/fuzz/reset.c, src/arch/i386/machine.c) ----
# The harness objects stay out of BUILD/obj: tests/fuzz/state.ld gathers
# the data of everything under BUILD/obj, BUILD/gen and the unit archives.
# The harness is not what is fuzzed: no coverage feedback from it.
HARNESS := $(BUILD)/harness
$(HARNESS)/%.o: tests/fuzz/%.c | $(DEPS_STAMP)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  CC      $<")
	$(Q)$(CC) $(filter-out -fsanitize=fuzzer-no-link,$(CFLAGS)) -Isrc/mm24 \
		-c $< -o $@
STATE_LD := tests/fuzz/state.ld
comma := ,
RESET_LDFLAGS := -Wl,-T,$(STATE_LD) $(patsubst %,-Wl$(comma)--wrap=%,\
	mm24_boot malloc calloc realloc free strdup strndup)
# the dictionary, from mm24's own tables
WORDS := $(BUILD)/bin/mm24-words
$(WORDS): $(HARNESS)/words.o $(MM24_LIB_OBJS)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  LD      $@")
	$(Q)$(link)
# the fuzz target (built by make fuzz in BUILD/fuzz with clang)
$(BUILD)/bin/fuzz-mm24: $(HARNESS)/fuzz_mm24.o $(HARNESS)/reset.o \
		$(MM24_LIB_OBJS) $(STATE_LD)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  LD      $@")
	$(Q)$(link) -fsanitize=fuzzer $(RESET_LDFLAGS) \
		-Wl,--wrap=machine_power_on -Wl,--wrap=dot_begin
# the reset check: every scenario with its golden output, twice over in
# one process, reset between them; mm24's main() under another name
$(BUILD)/obj/mm24-main/main.o: $(BUILD)/obj/mm24/main.o
	$(Q)mkdir -p $(@D)
	$(Q)objcopy --redefine-sym main=mm24_main $< $@
RESET_CHECK := $(BUILD)/bin/reset-check
$(RESET_CHECK): $(HARNESS)/reset_check.o $(HARNESS)/reset.o \
		$(BUILD)/obj/mm24-main/main.o $(MM24_LIB_OBJS) $(STATE_LD)
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  LD      $@")
	$(Q)$(link) $(RESET_LDFLAGS)
RESET_OUT := $(BUILD)/reset-check
# without the boot cache, then with it; each time two passes to compare
test-reset: $(RESET_CHECK)
	$(Q)for cache in 0 1; do rm -rf $(RESET_OUT) && \
		MM24_BOOT_CACHE=$$cache $(RESET_CHECK) $(RESET_OUT) \
			$(foreach set,$(SCENARIO_SETS),$(firstword $(subst :, ,$(set)))) \
			|| exit 1; \
		for pass in 1 2; do $(call run_scenario_sets,RAW_DIR=$(RESET_OUT)/pass$$pass,-) \
			|| exit 1; done; done

FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
FUZZ_DIR := $(BUILD)/fuzz
FUZZ_BIN := $(FUZZ_DIR)/bin/fuzz-mm24
FUZZ_FLAGS = -dict=$(FUZZ_DIR)/mm24.dict -max_len=8192 -timeout=10 \
	-print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/artifacts/
fuzz-build: $(WORDS)
	$(Q)$(MAKE) --no-print-directory BUILD=$(FUZZ_DIR) CC=clang SAN=1 \
		FUZZER=1 $(FUZZ_BIN)
	$(Q)$(WORDS) >$(FUZZ_DIR)/mm24.dict
	$(Q)rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(FUZZ_DIR)/seeds \
		$(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(Q)for f in $$(find tests notes -name '*.mm'); do \
		cp "$$f" "$(FUZZ_DIR)/seeds/$$(echo "$$f" | tr / -)"; done
	@echo "fuzz: $$(ls $(FUZZ_DIR)/seeds | wc -l) seed scenarios," \
		"$$(wc -l <$(FUZZ_DIR)/mm24.dict) dictionary words"
# FUZZ_SECONDS of fuzzing, the corpus kept in BUILD/fuzz/corpus;
# FUZZ_JOBS=N runs N processes (libFuzzer's -fork); FUZZ_ARGS, more flags
# (-ignore_crashes=1 to go on after a finding)
fuzz: fuzz-build
	$(Q)$(FUZZ_BIN) $(FUZZ_FLAGS) -max_total_time=$(FUZZ_SECONDS) \
		$(if $(filter-out 1,$(FUZZ_JOBS)),-fork=$(FUZZ_JOBS)) \
		$(FUZZ_ARGS) $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds
# make test: a short run from the seeds alone; a finding fails it
test-fuzz: fuzz-build
	$(Q)rm -rf $(FUZZ_DIR)/test-corpus && mkdir -p $(FUZZ_DIR)/test-corpus
	$(Q)$(FUZZ_BIN) $(FUZZ_FLAGS) -max_total_time=20 -seed=1 \
		$(FUZZ_DIR)/test-corpus $(FUZZ_DIR)/seeds 2>$(FUZZ_DIR)/test.log || \
		{ tail -60 $(FUZZ_DIR)/test.log; exit 1; }
	$(Q)grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec)' \
		$(FUZZ_DIR)/test.log | sed 's/^stat::/fuzz: /'

# ---- benchmarks: the plain build (as a kernel without the function tracer)
# measured against host references; the traced build for comparison ---------
BENCH := $(BUILD)/bin/bench
$(BENCH): $(BUILD)/obj/tests/bench/bench.o $(MIRRORED_O) \
	  $(call init_obj,$(TOP_UNIT)) $(call libs_upto,$(TOP_UNIT))
	$(Q)mkdir -p $(@D)
	@$(if $(filter 0,$(V)),echo "  LD      $@")
	$(Q)$(link)
bench:
	$(Q)$(MAKE) --no-print-directory BUILD=$(BUILD)/plain TRACE=0 \
		$(BUILD)/plain/bin/bench $(BUILD)/plain/bin/mm24
	$(Q)$(MAKE) --no-print-directory $(BENCH)
	$(Q)$(BUILD)/plain/bin/bench "plain build" $(BUILD)/plain/bin/mm24
	$(Q)$(BENCH) "traced build (-finstrument-functions)"

clean:
	rm -rf $(BUILD) site/en site/zh site/index.html

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
%.d: ;
