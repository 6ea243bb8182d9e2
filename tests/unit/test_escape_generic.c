/*
 * test_escape_generic.c — generic functions in the escape pass: one
 * analysis per shape instance, gc's shape names in diagnostics, and the
 * cases that must exit 3.  Each program's expected lines are what
 * `go build -gcflags='-m -l'` prints for it (Go 1.26).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"

/* goesc -m -l on one file: the lines it prints, or NULL when it exits 3. */
static char *analyze(const char *text, int *status) {
  Arena arena;
  arena_init(&arena);
  Source *source = source_from_memory("g.go", text, strlen(text));
  ErrorList errors;
  error_list_init(&errors, 10);
  Node *file = parse_file(source, &errors, &arena);
  assert_int_equal(errors.count, 0);
  CheckOptions options;
  memset(&options, 0, sizeof options);
  CheckResult result = check_package(&file, 1, &options, &errors);
  assert_int_equal(errors.count, 0);
  DiagnosticList diags;
  report_init(&diags);
  EscapeOptions eo;
  memset(&eo, 0, sizeof eo);
  eo.m_level = 1;
  *status = escape_analyze(result.pkg, &file, 1, &eo, &diags);
  char *out = NULL;
  size_t size = 0;
  FILE *mem = open_memstream(&out, &size);
  report_print_gc(&diags, mem, 0);
  fclose(mem);
  report_free(&diags);
  error_list_free(&errors);
  arena_free(&arena);
  source_free(source);
  return out;
}

static void expect(const char *text, const char *want) {
  int status;
  char *got = analyze(text, &status);
  assert_int_equal(status, EXIT_OK);
  assert_string_equal(got, want);
  free(got);
}

static void expect_unsupported(const char *text) {
  int status;
  char *got = analyze(text, &status);
  assert_int_equal(status, EXIT_UNSUPPORTED);
  free(got);
}

/* One line per shape: int, string, and every pointer (*uint8). */
static void test_one_line_per_shape(void **state) {
  (void)state;
  expect("package main\n"
         "func Box[T any](x T) *T { return &x }\n"
         "type S struct{ a int }\n"
         "func main() {\n"
         "\t_ = Box(1)\n"
         "\t_ = Box(\"a\")\n"
         "\t_ = Box(&S{})\n"
         "\t_ = Box(new(int))\n"
         "}\n",
         "g.go:2:17: moved to heap: x\n"
         "g.go:2:17: moved to heap: x\n"
         "g.go:2:17: moved to heap: x\n"
         "g.go:7:10: &S{} escapes to heap\n"
         "g.go:8:13: new(int) escapes to heap\n");
}

/* Shapes are spelled as gc spells them; interface shapes need no
 * allocation to convert. */
static void test_shape_texts(void **state) {
  (void)state;
  expect("package main\n"
         "func Lit[T any](x T) any { return []T{x} }\n"
         "func main() {\n"
         "\t_ = Lit(1)\n"
         "\t_ = Lit[any](nil)\n"
         "}\n",
         "g.go:2:38: []go.shape.int{...} escapes to heap\n"
         "g.go:2:38: []go.shape.int{...} escapes to heap\n"
         "g.go:2:38: []go.shape.interface {}{...} escapes to heap\n"
         "g.go:2:38: []go.shape.interface {}{...} escapes to heap\n");
}

/* The caller uses the summary of the instance it calls. */
static void test_instance_summary(void **state) {
  (void)state;
  expect("package main\n"
         "func Id[T any](x T) T { return x }\n"
         "var sink any\n"
         "func main() {\n"
         "\tx := 1\n"
         "\tsink = Id(&x)\n"
         "\ty := 2\n"
         "\t_ = Id(&y)\n"
         "}\n",
         "g.go:5:2: moved to heap: x\n");
}

/* Calls of imported generic functions instantiate bodies goesc does not
 * have. */
/* An imported generic function is instantiated from its Go source in
 * $GOROOT/src; without it the call is refused. */
static void test_imported_generic_without_source(void **state) {
  (void)state;
  setenv("GOROOT", "/nonexistent/goroot", 1);
  expect_unsupported("package main\n"
                     "import \"slices\"\n"
                     "func main() {\n"
                     "\ts := []int{2, 1}\n"
                     "\tslices.Sort(s)\n"
                     "}\n");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_one_line_per_shape),
      cmocka_unit_test(test_shape_texts),
      cmocka_unit_test(test_instance_summary),
      cmocka_unit_test(test_imported_generic_without_source),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
