/*
 * test_inline.c — unit tests for src/inline.c: one case per row of the
 * cost table in docs/inline.md.  Each case is a small package; the
 * expected line is what gc 1.26 prints at -m=2 for the function under
 * test (recorded with `go build -gcflags=-m=2`, body dump dropped).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "checked.h"

#include <stdlib.h>
#include <string.h>

#include "inline.h"

/* The decisions goesc makes for `text`, one line each. */
static char *decisions(const char *text) {
  Checked c;
  check_text(&c, text);
  char *buffer = NULL;
  size_t size = 0;
  FILE *out = open_memstream(&buffer, &size);
  inline_debug_costs(c.pkg, &c.file, 1, out, out);
  fclose(out);
  checked_free(&c);
  return buffer;
}

typedef struct Row {
  const char *rule;   /* the row of docs/inline.md */
  const char *code;   /* declarations after `package p` */
  const char *expect; /* a line goesc must print (gc's) */
} Row;

static const Row rows[] = {
    {"empty body", "func f() {}", "t.go:2:6: can inline f with cost 0"},
    {"return, names", "func f(x, y int) int { return x + y }",
     "can inline f with cost 4"},
    {"literal", "func f() int { return 1 }", "can inline f with cost 2"},
    {"folded constant", "func f() int { const c = 3; return c * 2 }",
     "can inline f with cost 2"},
    {"x := v declares", "func f() int { x := 1; return x }",
     "can inline f with cost 7"},
    {"var x T zeroes", "func f() int { var x int; return x }",
     "can inline f with cost 6"},
    {"OAS2", "func f() (int, int) { a, b := 1, 2; return a, b }",
     "can inline f with cost 12"},
    {"call inlinable", "func g() int { return 1 }\nfunc f() int { return g() }",
     "can inline f with cost 5"},
    {"call not inlinable",
     "//go:noinline\nfunc g() {}\nfunc f() { g() }",
     "can inline f with cost 59"},
    {"noinline pragma", "//go:noinline\nfunc f() {}",
     "cannot inline f: marked go:noinline"},
    {"call of a parameter", "func f(g func() int) int { return g() }",
     "can inline f with cost 20"},
    {"interface call", "type I interface{ N() int }\nfunc f(x I) int { return x.N() }",
     "can inline f with cost 61"},
    {"recursion", "func f(n int) int { if n == 0 { return 0 }; return f(n - 1) }",
     "can inline f with cost 69"},
    {"too complex",
     "//go:noinline\nfunc g() {}\nfunc f() { g(); g() }",
     "cannot inline f: function too complex: cost 118 exceeds budget 80"},
    {"recover", "func f() { recover() }", "cannot inline f: call to recover"},
    {"go", "func g() {}\nfunc f() { go g() }", "cannot inline f: unhandled op GO"},
    {"defer", "func g() {}\nfunc f() { defer g() }",
     "cannot inline f: unhandled op DEFER"},
    {"go/defer wrapper of a multi-value call: a temporary per result",
     "func g() (int, int, int) { return 1, 2, 3 }\nfunc h(a, b, c int) {}\n"
     "func f() { go h(g()) }",
     "t.go:4:12: can inline f.gowrap1 with cost 5"},
    {"panic", "func f() { panic(\"x\") }", "can inline f with cost 3"},
    {"closure", "func f() func() int { return func() int { return 1 } }",
     "can inline f with cost 17"},
    {"closure name", "func f() func() int { return func() int { return 1 } }",
     "can inline f.func1 with cost 2"},
    {"closure called", "func f() int { return func() int { return 1 }() }",
     "can inline f with cost 20"},
    {"local holding a func", "func g() int { return 1 }\nfunc f() int { h := g; return h() }",
     "can inline f with cost 10"},
    {"&s.f at offset 0", "type T struct{ a, b int }\nfunc f(t *T) *int { return &t.a }",
     "can inline f with cost 2"},
    {"&s.f elsewhere", "type T struct{ a, b int }\nfunc f(t *T) *int { return &t.b }",
     "can inline f with cost 4"},
    {"conversion no-op", "type M int\nfunc f(x int) M { return M(x) }",
     "can inline f with cost 2"},
    {"conversion", "func f(x int) int32 { return int32(x) }",
     "can inline f with cost 3"},
    {"[]rune of a constant: a slice literal, 3 per rune",
     "func f() []rune { return []rune(\"h\u00e9llo\") }",
     "can inline f with cost 18"},
    {"implicit interface conversion", "func f(x int) any { return x }",
     "can inline f with cost 3"},
    {"slice literal", "func f() []int { return []int{1, 2, 3} }",
     "can inline f with cost 6"},
    {"struct literal", "type T struct{ a, b int }\nfunc f() T { return T{1, 2} }",
     "can inline f with cost 6"},
    {"map literal", "func f() map[int]int { return map[int]int{1: 2} }",
     "can inline f with cost 5"},
    {"superfluous slicing", "func f(a []int) []int { return a[0:len(a)] }",
     "can inline f with cost 3"},
    {"variadic packing", "func g(a ...int) int { return len(a) }\nfunc f() int { return g(1, 2, 3) }",
     "can inline f with cost 11"},
    {"empty variadic", "func g(a ...int) int { return len(a) }\nfunc f() int { return g() }",
     "can inline f with cost 7"},
    {"multi-value return", "func g() (int, int) { return 1, 2 }\nfunc f() (int, int) { return g() }",
     "can inline f with cost 15"},
    {"method value", "type T struct{ a int }\nfunc (t T) M() int { return t.a }\nfunc f() func() int { var t T; return t.M }",
     "can inline f with cost 8"},
    {"method expression", "type T struct{ a int }\nfunc (t T) M() int { return t.a }\nfunc f() func(T) int { return T.M }",
     "can inline f with cost 1"},
    {"method name", "type T struct{ a int }\nfunc (t *T) M() int { return t.a }",
     "t.go:3:6: can inline (*T).M with cost 3"},
    {"type switch", "func f(x any) int { switch v := x.(type) { case int: return v }; return 0 }",
     "can inline f with cost 10"},
    {"select receive", "func f(c chan int) int { select { case v := <-c: return v; default: return 0 } }",
     "can inline f with cost 14"},
    {"select comma-ok", "func f(c chan int) int { select { case v, ok := <-c: if ok { return v } }; return 0 }",
     "can inline f with cost 26"},
    {"range", "func f(a []int) int { s := 0; for _, v := range a { s += v }; return s }",
     "can inline f with cost 16"},
    {"labels and fallthrough", "func f(x int) int { switch x { case 1: fallthrough; case 2: return 1 }; return 0 }",
     "can inline f with cost 10"},
    {"string concatenation", "func f(a, b, c string) string { return a + b + c }",
     "can inline f with cost 5"},
    {"constant if", "func f() int { if true { return 1 }; return 2 }",
     "can inline f with cost 2"},
    {"explicit interface conversion", "func f(x int) any { return any(x) }",
     "can inline f with cost 3"},
};

static void test_rows(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    size_t n = strlen(rows[i].code) + 32;
    char *text = malloc(n);
    snprintf(text, n, "package p\n%s\n", rows[i].code);
    char *got = decisions(text);
    if (!strstr(got, rows[i].expect))
      fail_msg("%s: want \"%s\" in:\n%s", rows[i].rule, rows[i].expect, got);
    free(got);
    free(text);
  }
}

/* gc decides callees first: a method called before its declaration is
 * decided where the call graph first reaches it. */
static void test_bottom_up_order(void **state) {
  (void)state;
  char *got = decisions("package p\n"
                        "func a() int { return b() }\n"
                        "func b() int { return 1 }\n");
  assert_string_equal(got, "t.go:3:6: can inline b with cost 2\n"
                           "t.go:2:6: can inline a with cost 5\n");
  free(got);
}

/* Generic functions: gc costs each shape instance (a call passes the
 * dictionary, 2 more) and each dictionary wrapper (its call, and a
 * multi-value return through temporaries), the wrappers after the
 * package's functions in the order gc reads them (docs/inline.md,
 * "Generic functions").  (Generic types are left to test_plan_rows: the
 * checker caches their instances for the whole run.) */
static void test_generic_decisions(void **state) {
  (void)state;
  char *got = decisions("package p\n"
                        "func Id[T any](x T) T { return x }\n"
                        "func Pair[T any](x T) (T, T) { return x, x }\n"
                        "func f() int { a, _ := Pair(1); return Id(2) + a }\n");
  assert_string_equal(got,
                      "t.go:3:6: can inline Pair[go.shape.int] with cost 3\n"
                      "t.go:2:6: can inline Id[go.shape.int] with cost 2\n"
                      "t.go:4:6: can inline f with cost 23\n"
                      "t.go:2:6: can inline Id[int] with cost 8\n"
                      "t.go:3:6: can inline Pair[int] with cost 18\n");
  free(got);
}

static void test_records(void **state) {
  (void)state;
  Checked c;
  check_text(&c, "package p\nfunc f() {}\nfunc g() { recover() }\n");
  DiagnosticList diags;
  report_init(&diags);
  InlineOptions io = {1, false};
  inline_analyze_package(c.pkg, &c.file, 1, &io, &diags, NULL);
  assert_int_equal(diags.count, 1);
  assert_string_equal(diags.first->text, "can inline f");
  report_free(&diags);
  report_init(&diags);
  io.m_level = 2;
  inline_analyze_package(c.pkg, &c.file, 1, &io, &diags, NULL);
  assert_int_equal(diags.count, 2);
  assert_string_equal(diags.first->next->text,
                      "cannot inline g: call to recover");
  report_free(&diags);
  checked_free(&c);
}

/* ---- The plan: which calls gc expands, and its lines ---- */

/* The inliner's lines after the decisions (inlining call to, devirtualizing
 * ...), each "line:col: text\n", for `text` (after `package p`). */
static char *plan_lines(const char *code) {
  char *text = NULL;
  size_t size = 0;
  FILE *t = open_memstream(&text, &size);
  fprintf(t, "package p\n%s\n", code);
  fclose(t);
  Checked c;
  check_text(&c, text);
  DiagnosticList diags;
  report_init(&diags);
  InlineOptions io = {1, false};
  InlinePlan plan;
  inline_plan_package(c.pkg, &c.file, 1, &io, &diags, &plan);
  assert_null(plan.unsupported);
  char *buffer = NULL;
  size = 0;
  FILE *out = open_memstream(&buffer, &size);
  for (Diagnostic *d = diags.first; d; d = d->next)
    if (d->kind != DIAG_CAN_INLINE && d->pos.col == 0) /* <autogenerated> */
      fprintf(out, "%s:%d: %s\n", d->source->path, d->pos.line, d->text);
    else if (d->kind != DIAG_CAN_INLINE)
      fprintf(out, "%d:%d: %s\n", d->pos.line, d->pos.col, d->text);
  fclose(out);
  report_free(&diags);
  inline_plan_free(&plan);
  checked_free(&c);
  free(text);
  return buffer;
}

typedef struct PlanRow {
  const char *rule;   /* docs/inline.md, "The expansion" */
  const char *code;
  const char *expect; /* gc's lines, as go build -gcflags=-m prints them
                         (recorded, without the file name) */
} PlanRow;

static const PlanRow plan_rows[] = {
    {"children first",
     "func g() int { return 1 }\nfunc h(x int) int { return x }\n"
     "func m() int { return h(g()) }",
     "4:26: inlining call to g\n4:24: inlining call to h\n"},
    {"the next generation after the current one",
     "func g() int { return 1 }\nfunc f() int { return g() }\n"
     "func h() int { return 2 }\nfunc m() int { return f() + h() }",
     "3:24: inlining call to g\n5:24: inlining call to f\n"
     "5:30: inlining call to h\n5:24: inlining call to g\n"},
    {"a recursive function expands itself once",
     "func r(n int) int { if n == 0 { return 0 }; return r(n - 1) }",
     "2:53: inlining call to r\n"},
    {"a go/defer statement's own call is not expanded",
     "func g() {}\nfunc f() { defer g(); g() }", "3:24: inlining call to g\n"},
    {"a closure called on the spot",
     "func f() int { x := 1; return func() int { return x }() }",
     "2:54: inlining call to f.func1\n"},
    {"devirtualized, then expanded",
     "type I interface{ M() int }\ntype T struct{}\n"
     "func (T) M() int { return 1 }\n"
     "func f() int { var i I = T{}; return i.M() }",
     "5:41: devirtualizing i.M to T\n5:41: inlining call to T.M\n"
     "<autogenerated>:1: inlining call to T.M\n"},
    {"a generic call expands the shape instance, so do the wrappers",
     "func Id[T any](x T) T { return x }\n"
     "type Box[T any] struct{ v T }\n"
     "func (b *Box[T]) Set(v T) { b.v = v }\n"
     "func f() int { var b Box[int]; b.Set(1); return Id(2) }",
     "5:37: inlining call to (*Box[go.shape.int]).Set\n"
     "5:51: inlining call to Id[go.shape.int]\n"
     "2:6: inlining call to Id[go.shape.int]\n"
     "4:6: inlining call to (*Box[go.shape.int]).Set\n"},
};

static void test_plan_rows(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof plan_rows / sizeof plan_rows[0]; i++) {
    char *lines = plan_lines(plan_rows[i].code);
    if (strcmp(lines, plan_rows[i].expect) != 0)
      fail_msg("%s:\n%s\nwant:\n%s", plan_rows[i].rule, lines,
               plan_rows[i].expect);
    free(lines);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rows),
      cmocka_unit_test(test_bottom_up_order),
      cmocka_unit_test(test_generic_decisions),
      cmocka_unit_test(test_records),
      cmocka_unit_test(test_plan_rows),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
