# goesc — build, test, install.
#
#   make              build ./goesc
#   make test         run every test (unit tests, then the script tests)
#   make asan         build and run the tests under ASan + UBSan
#   make install PREFIX=/usr/local
#
# Each stage is one file in src/; each unit test tests/unit/test_*.c is its
# own cmocka binary, linked with every src/*.c except main.c.

CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
WARN     = -Wall -Wextra -pedantic -Wshadow -Wstrict-prototypes \
           -Wmissing-prototypes -Wpointer-arith -Wwrite-strings \
           -Wformat=2 -Wundef -Wvla
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c99 -D_POSIX_C_SOURCE=200809L $(WARN) -Iinclude $(CFLAGS)
LDLIBS  ?=

SRCS       := $(wildcard src/*.c)
LIB_SRCS   := $(filter-out src/main.c,$(SRCS))
OBJS       := $(SRCS:src/%.c=$(BUILD)/%.o)
LIB_OBJS   := $(LIB_SRCS:src/%.c=$(BUILD)/%.o)
TEST_SRCS  := $(wildcard tests/unit/test_*.c)
TEST_BINS  := $(TEST_SRCS:tests/unit/%.c=$(BUILD)/%)

.PHONY: all test unit-test script-test asan install clean

all: goesc

goesc: $(OBJS)
	$(CC) $(ALL_CFLAGS) -o $@ $(OBJS) $(LDLIBS)

$(BUILD)/%.o: src/%.c include/goesc.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/test_%: tests/unit/test_%.c $(LIB_OBJS) include/goesc.h | $(BUILD)
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -o $@ $< $(LIB_OBJS) -lcmocka $(LDLIBS)

$(BUILD):
	mkdir -p $(BUILD)

test: unit-test script-test

unit-test: $(TEST_BINS)
	@status=0; for t in $(TEST_BINS); do echo "== $$t"; ./$$t || status=1; done; exit $$status

script-test: goesc
	@GOESC=./goesc sh tests/run_scripts.sh

asan:
	$(MAKE) BUILD=build-asan CC=$(CC) \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
	  LDLIBS="-fsanitize=address,undefined" test

install: goesc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 goesc $(DESTDIR)$(PREFIX)/bin/goesc
	install -m 644 docs/goesc.1 $(DESTDIR)$(PREFIX)/share/man/man1/goesc.1

clean:
	rm -rf build build-asan goesc
