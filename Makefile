# goesc — build, test, install.
#
#   make              build ./goesc
#   make test         run every test (unit tests, then the script tests)
#   make asan         build build-asan/goesc under ASan + UBSan, run every test
#   make fuzz         build the libFuzzer target tests/fuzz/fuzz_parse (clang)
#   make fuzz-corpus  seed tests/fuzz/corpus from testdata and $GOROOT/test
#   make bench        time goesc -parse against gofmt over $GOROOT/src
#   make install PREFIX=/usr/local   (binary and man page; DESTDIR works)
#
# Each stage is one file in src/; each unit test tests/unit/test_*.c is its
# own cmocka binary, linked with every src/*.c except main.c.  Objects go to
# $(BUILD) (build/, or build-asan/ for the sanitizer build), so the two
# builds never mix.

CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
BIN     ?= goesc
WARN     = -Wall -Wextra -pedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wpointer-arith -Wwrite-strings \
           -Wformat=2 -Wundef -Wvla
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L $(WARN) -Iinclude $(CFLAGS)
LDLIBS  ?=
# libm, always: check_const.c calls floor() (gcc inlines it at -O2, clang
# does not, so only a clang build shows the missing library).
SYSLIBS  = -lm

SRCS       := $(wildcard src/*.c)
INCS       := $(wildcard include/*.h src/*.inc)
LIB_SRCS   := $(filter-out src/main.c,$(SRCS))
OBJS       := $(SRCS:src/%.c=$(BUILD)/%.o)
LIB_OBJS   := $(LIB_SRCS:src/%.c=$(BUILD)/%.o)
TEST_SRCS  := $(wildcard tests/unit/test_*.c)
TEST_BINS  := $(TEST_SRCS:tests/unit/%.c=$(BUILD)/%)

# The sanitizer flags, shared by `make asan` and `make fuzz`.
SAN_FLAGS  = -fsanitize=address,undefined -fno-sanitize-recover=all \
             -fno-omit-frame-pointer

FUZZ_CC    ?= clang
FUZZ_BIN   = tests/fuzz/fuzz_parse
FUZZ_PIPELINE_BIN = tests/fuzz/fuzz_pipeline
FUZZ_CORPUS = tests/fuzz/corpus

.PHONY: all test unit-test script-test asan fuzz fuzz-pipeline fuzz-corpus bench install \
        clean

all: $(BIN)

$(BIN): $(OBJS)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDLIBS) $(SYSLIBS)

$(BUILD)/%.o: src/%.c $(INCS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/test_%: tests/unit/test_%.c $(LIB_OBJS) $(INCS) $(wildcard tests/unit/*.h) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -o $@ $< $(LIB_OBJS) -lcmocka $(LDLIBS) $(SYSLIBS)

$(BUILD):
	mkdir -p $(BUILD)

# `make test` ends with one line that counts everything: the cmocka tests
# (counted from each binary's summary) and the script tests.  The scripts
# run even when a unit test failed, so one run shows every failure.
test: $(TEST_BINS) $(BIN)
	@$(MAKE) --no-print-directory unit-test; unit=$$?; \
	SKIP_SCRIPTS="$(SKIP_SCRIPTS)" GOESC=$(BIN) UNIT_SUMMARY=$(BUILD)/unit-summary \
	  sh tests/run_scripts.sh; \
	scripts=$$?; [ $$unit -eq 0 ] && [ $$scripts -eq 0 ]

# Runs every unit-test binary, even after a failure, and adds up the
# counts of cmocka's summary lines (a binary may run several groups);
# writes "passed failed" to $(BUILD)/unit-summary for run_scripts.sh's
# closing line.
unit-test: $(TEST_BINS)
	@pass=0; fail=0; status=0; \
	for t in $(TEST_BINS); do \
	  echo "== $$t"; \
	  ./$$t > $$t.log 2>&1; rc=$$?; cat $$t.log; \
	  p=$$(awk '/^\[  PASSED  \] [0-9]+ test/ { n += $$4 } END { print n + 0 }' $$t.log); \
	  f=$$(awk '/^\[  FAILED  \] [0-9]+ test/ { n += $$4 } END { print n + 0 }' $$t.log); \
	  if [ $$rc -ne 0 ] && [ $$f -eq 0 ]; then f=1; fi; \
	  pass=$$((pass + p)); fail=$$((fail + f)); \
	  [ $$rc -eq 0 ] || status=1; \
	done; \
	echo "$$pass $$fail" > $(BUILD)/unit-summary; \
	echo "unit: $$pass passed, $$fail failed"; \
	exit $$status

script-test: $(BIN)
	@SKIP_SCRIPTS="$(SKIP_SCRIPTS)" GOESC=$(BIN) sh tests/run_scripts.sh

# Scripts whose time goes to the Go toolchain, not to goesc: the plain
# `make test` runs them; the sanitizer run leaves them out.
ASAN_SKIP_SCRIPTS = stdlib_model.sh types_layout.sh

asan:
	$(MAKE) BUILD=build-asan BIN=build-asan/goesc CC=$(CC) \
	  CFLAGS="-O1 -g $(SAN_FLAGS)" LDLIBS="$(SAN_FLAGS)" \
	  SKIP_SCRIPTS="$(ASAN_SKIP_SCRIPTS)" test

# The libFuzzer target: the library (no main.c) plus tests/fuzz/fuzz_parse.c,
# built in one step with clang's fuzzer and sanitizer runtimes.
fuzz: $(FUZZ_BIN)

# The same for the whole pipeline: parse, check, escape, report.
fuzz-pipeline: $(FUZZ_PIPELINE_BIN)

$(FUZZ_BIN) $(FUZZ_PIPELINE_BIN): tests/fuzz/%: tests/fuzz/%.c $(LIB_SRCS) $(INCS)
	$(FUZZ_CC) -std=c99 -D_POSIX_C_SOURCE=200809L $(WARN) -Iinclude -O1 -g \
	  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	  -o $@ $< $(LIB_SRCS) $(SYSLIBS)

# Seeds: every Go file of testdata/, and every 8th file (in sorted order)
# under $GOROOT/test, valid and invalid alike.
fuzz-corpus:
	mkdir -p $(FUZZ_CORPUS)
	@find testdata -name '*.go' | while read -r f; do \
	  cp "$$f" "$(FUZZ_CORPUS)/$$(echo "$$f" | tr / _)"; done
	@if command -v go >/dev/null 2>&1; then \
	  root=$$(go env GOROOT); \
	  (cd "$$root" && find test -name '*.go' -type f | LC_ALL=C sort | awk 'NR % 8 == 1') | \
	    while read -r f; do cp "$$root/$$f" "$(FUZZ_CORPUS)/goroot_$$(echo "$$f" | tr / _)"; done; \
	else echo "go not found: seeding from testdata only"; fi
	@echo "$$(ls $(FUZZ_CORPUS) | wc -l) files in $(FUZZ_CORPUS)"

bench: $(BIN)
	GOESC=$(BIN) bench/parse

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/goesc
	install -m 644 docs/goesc.1 $(DESTDIR)$(PREFIX)/share/man/man1/goesc.1

clean:
	rm -rf build build-asan goesc $(FUZZ_BIN)
