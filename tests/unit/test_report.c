/*
 * test_report.c — unit tests for src/report.c: rendering the vocabulary
 * table, printing gc lines (with and without columns), the -m=2 flow
 * lines, gc's stable sort and its neighbour de-duplication.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "report.h"

static Source *source(const char *path) {
  return source_from_memory(path, "package p\n", 10);
}

static Diagnostic *add(DiagnosticList *list, const Source *src, int line,
                       int col, DiagnosticKind kind, const char *subject) {
  Pos pos = {line, col};
  return report_add_text(list, src, pos, kind, subject);
}

static void expect_print(const DiagnosticList *list, unsigned flags,
                         const char *expected) {
  char *buffer = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buffer, &size);
  report_print_gc(list, out, flags);
  fclose(out);
  assert_string_equal(buffer, expected);
  free(buffer);
}

static void test_templates(void **state) {
  (void)state;
  DiagnosticList list;
  report_init(&list);
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.kind = DIAG_LEAKING_PARAM_TO_RESULT;
  d.subject = "p";
  d.other = "~r0";
  d.number = 1;
  assert_string_equal(report_add(&list, &d)->text,
                      "leaking param: p to result ~r0 level=1");
  d.kind = DIAG_SELF_ASSIGNMENT;
  d.function = "(*Buffer).foo";
  d.other = "b.buf1 = b.buf1[1:2]";
  assert_string_equal(report_add(&list, &d)->text,
                      "(*Buffer).foo ignoring self-assignment in "
                      "b.buf1 = b.buf1[1:2]");
  memset(&d, 0, sizeof d);
  d.kind = DIAG_CAPTURING;
  d.function = "main.func1";
  d.other = "value";
  d.subject = "x";
  d.addrtaken = false;
  d.reassigned = true;
  d.number = 8;
  assert_string_equal(report_add(&list, &d)->text,
                      "main.func1 capturing by value: x (addr=false "
                      "assign=true width=8)");
  /* a field the template needs but the record lacks shows as "?" */
  memset(&d, 0, sizeof d);
  d.kind = DIAG_ESCAPES;
  assert_string_equal(report_add(&list, &d)->text, "? escapes to heap");
  assert_string_equal(
      add(&list, NULL, 0, 0, DIAG_APPEND_DOES_NOT_ESCAPE, NULL)->text,
      "append does not escape");
  assert_string_equal(add(&list, NULL, 0, 0, DIAG_ZERO_COPY, NULL)->text,
                      "zero-copy string->[]byte conversion");
  assert_int_equal(list.count, 6);
  assert_string_equal(report_kind_name(DIAG_MOVED_TO_HEAP),
                      "DIAG_MOVED_TO_HEAP");
  assert_string_equal(report_kind_template(DIAG_MOVED_TO_HEAP),
                      "moved to heap: %s");
  report_free(&list);
}

/* The strings are copied: the caller's buffers may change afterwards. */
static void test_strings_copied(void **state) {
  (void)state;
  DiagnosticList list;
  report_init(&list);
  char name[8] = "x";
  Diagnostic *d = add(&list, NULL, 0, 0, DIAG_MOVED_TO_HEAP, name);
  name[0] = 'y';
  assert_string_equal(d->subject, "x");
  assert_string_equal(d->text, "moved to heap: x");
  report_free(&list);
}

static bool is_moved_line(const Diagnostic *d) {
  return d->kind == DIAG_MOVED_TO_HEAP;
}

/* report_move: the kept records go to the end of dst in order, the others
 * stay in src for a later move, and both outlive src's release (ASan
 * checks the memory). */
static void test_move(void **state) {
  (void)state;
  DiagnosticList dst, src;
  report_init(&dst);
  report_init(&src);
  add(&dst, NULL, 0, 0, DIAG_VERBATIM, "first");
  add(&src, NULL, 0, 0, DIAG_MOVED_TO_HEAP, "a");
  add(&src, NULL, 0, 0, DIAG_VERBATIM, "between");
  add(&src, NULL, 0, 0, DIAG_MOVED_TO_HEAP, "b");
  report_move(&dst, &src, is_moved_line);
  assert_int_equal(dst.count, 3);
  assert_int_equal(src.count, 1);
  assert_string_equal(src.first->text, "between");
  assert_ptr_equal(src.first, src.last);
  report_move(&dst, &src, NULL);
  report_free(&src);
  assert_null(src.first);
  add(&dst, NULL, 0, 0, DIAG_VERBATIM, "last"); /* dst still allocates */
  assert_int_equal(dst.count, 5);
  expect_print(&dst, 0,
               "first\n"
               "moved to heap: a\n"
               "moved to heap: b\n"
               "between\n"
               "last\n");
  report_free(&dst);
}

static void test_print(void **state) {
  (void)state;
  Source *src = source("./a.go");
  DiagnosticList list;
  report_init(&list);
  add(&list, src, 6, 9, DIAG_PARAM_DOES_NOT_ESCAPE, "p");
  add(&list, src, 7, 2, DIAG_MOVED_TO_HEAP, "a");
  add(&list, src, 7, 2, DIAG_MOVED_TO_HEAP, "a"); /* gc keeps duplicates */
  add(&list, NULL, 0, 0, DIAG_VERBATIM, "no position");
  add(&list, src, 1, 0, DIAG_VERBATIM, "no column");
  expect_print(&list, 0,
               "./a.go:6:9: p does not escape\n"
               "./a.go:7:2: moved to heap: a\n"
               "./a.go:7:2: moved to heap: a\n"
               "no position\n"
               "./a.go:1: no column\n");
  expect_print(&list, REPORT_NO_COLUMNS,
               "./a.go:6: p does not escape\n"
               "./a.go:7: moved to heap: a\n"
               "./a.go:7: moved to heap: a\n"
               "no position\n"
               "./a.go:1: no column\n");
  expect_print(&list, REPORT_DEDUP_ADJACENT,
               "./a.go:6:9: p does not escape\n"
               "./a.go:7:2: moved to heap: a\n"
               "no position\n"
               "./a.go:1: no column\n");
  char buf[64];
  assert_string_equal(report_format_line(list.first, 0, buf, sizeof buf),
                      "./a.go:6:9: p does not escape");
  assert_string_equal(report_format_line(list.first, 0, buf, 10), "./a.go:6:");
  report_free(&list);
  source_free(src);
}

static void test_flow(void **state) {
  (void)state;
  Source *src = source("./a.go");
  DiagnosticList list;
  report_init(&list);
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.source = src;
  d.pos.line = 10;
  d.pos.col = 29;
  d.kind = DIAG_EXPLAIN_ESCAPES;
  d.subject = "make([]int, 4)";
  d.function = "f1";
  Diagnostic *x = report_add(&list, &d);
  FlowStep *step = report_add_flow_step(&list, x, "s", -1,
                                        "{storage for make([]int, 4)}");
  Pos at = {10, 29};
  report_add_flow_note(&list, step, "s := make([]int, 4)", "assign", src, at);
  report_add_flow_step(&list, x, "{heap}", 1, "s");
  x->truncated = true;
  add(&list, src, 10, 29, DIAG_ESCAPES, "make([]int, 4)");
  expect_print(&list, 0,
               "./a.go:10:29: make([]int, 4) escapes to heap in f1:\n"
               "./a.go:10:29:   flow: s \xe2\x86\x90 &{storage for make([]int, 4)}:\n"
               "./a.go:10:29:     from s := make([]int, 4) (assign) at ./a.go:10:29\n"
               "./a.go:10:29:   flow: {heap} \xe2\x86\x90 *s:\n"
               "./a.go:10:29:   warning: truncated explanation due to assignment "
               "cycle; see golang.org/issue/35518\n"
               "./a.go:10:29: make([]int, 4) escapes to heap\n");
  report_free(&list);
  source_free(src);
}

/* FlushErrors' order: file (by reading order), line, column; stable. */
static void test_sort(void **state) {
  (void)state;
  Source *a = source("a.go"), *b = source("b.go");
  const Source *order[] = {a, b};
  DiagnosticList list;
  report_init(&list);
  add(&list, b, 1, 1, DIAG_VERBATIM, "b1");
  add(&list, a, 5, 2, DIAG_VERBATIM, "a5 first");
  add(&list, a, 3, 9, DIAG_VERBATIM, "a3:9");
  add(&list, a, 5, 2, DIAG_VERBATIM, "a5 second");
  add(&list, a, 3, 1, DIAG_VERBATIM, "a3:1");
  add(&list, NULL, 0, 0, DIAG_VERBATIM, "none");
  report_sort(&list, order, 2);
  expect_print(&list, 0,
               "none\n"
               "a.go:3:1: a3:1\n"
               "a.go:3:9: a3:9\n"
               "a.go:5:2: a5 first\n"
               "a.go:5:2: a5 second\n"
               "b.go:1:1: b1\n");
  assert_string_equal(list.last->text, "b1");
  assert_null(list.last->next);
  report_free(&list);
  source_free(a);
  source_free(b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_templates),
      cmocka_unit_test(test_strings_copied),
      cmocka_unit_test(test_print),
      cmocka_unit_test(test_move),
      cmocka_unit_test(test_flow),
      cmocka_unit_test(test_sort),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
