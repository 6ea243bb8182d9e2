/*
 * checked.h — a one-file package, parsed and checked, for the unit tests
 * that need the checker's results (include after cmocka.h).
 */
#ifndef GOESC_TESTS_CHECKED_H
#define GOESC_TESTS_CHECKED_H

#include <string.h>

#include "types.h"

typedef struct Checked {
  Arena arena;
  Source *source;
  ErrorList errors;
  Node *file;
  Package *pkg;
} Checked;

/* Parse and check `text` as t.go; the test fails on any error. */
static void check_text(Checked *c, const char *text) {
  arena_init(&c->arena);
  c->source = source_from_memory("t.go", text, strlen(text));
  error_list_init(&c->errors, 10);
  c->file = parse_file(c->source, &c->errors, &c->arena);
  assert_int_equal(c->errors.count, 0);
  CheckOptions options;
  memset(&options, 0, sizeof options);
  c->pkg = check_package(&c->file, 1, &options, &c->errors).pkg;
  assert_int_equal(c->errors.count, 0);
}

static void checked_free(Checked *c) {
  error_list_free(&c->errors);
  arena_free(&c->arena);
  source_free(c->source);
  types_release();
}

#endif
