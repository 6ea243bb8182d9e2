/*
 * test_inline_body.c — unit tests for ast_print_inline_body: the body gc
 * prints after `can inline f with cost N as:` at -m=2.  Each row is a
 * small package; the expected text is what gc 1.26 prints for the
 * function named (recorded with `go build -gcflags=-m=2`).  The rows are
 * the tricky ones of docs/inline.md, "The body after as:".
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "checked.h"

#include <stdlib.h>
#include <string.h>

#include "types.h"

typedef struct Row {
  const char *rule; /* what the row shows */
  const char *code; /* declarations after `package p` */
  const char *func; /* f, (*T).f, or f.func1 (f's first func literal) */
  const char *body; /* gc's text after "as: " */
} Row;

static const Row rows[] = {
    {"naked return",
     "func f() (x int) { x = 2; return }",
     "f",
     "func() int { x = 2; return  }"},
    {"method expression call",
     "type T struct{ a, b int }\nfunc (t T) val() int { return t.a }\nfunc (t *T) ptr() int { return t.b }\nfunc f(t T) int { return t.val() + t.ptr() }",
     "f",
     "func(T) int { return T.val(t) + (*T).ptr(t) }"},
    {"method signature",
     "type T struct{ a, b int }\nfunc (t *T) f() int { return t.a + t.b }",
     "(*T).f",
     "method(*T) func() int { return t.a + t.b }"},
    {"typed constant",
     "func f(x int64) int64 { return x + 1 }",
     "f",
     "func(int64) int64 { return x + int64(1) }"},
    {"byte and rune constants",
     "func f(b byte, r rune) bool { return b == 'a' && r == 'a' }",
     "f",
     "func(byte, rune) bool { return b == byte(97) && r == 'a' }"},
    {"folded string",
     "func f() string { return \"a\" + \"b\" }",
     "f",
     "func() string { return \"ab\" }"},
    {"var zeroes",
     "func f() { var a, b int; _, _ = a, b }",
     "f",
     "func() { a = <nil>; b = <nil>; _, _ = a, b }"},
    {"var with value",
     "func f() { var x int64 = 5; _ = x }",
     "f",
     "func() { x := int64(5); _ = x }"},
    {"nested block flattened",
     "func f() { x := 1; { y := 2; _ = y }; _ = x }",
     "f",
     "func() { x := 1; y := 2; _ = y; _ = x }"},
    {"else if",
     "func f(n int) { if n > 0 { n = 1 } else if n < 0 { n = 2 } else { n = 3 } }",
     "f",
     "func(int) { if n > 0 { n = 1 } else { if n < 0 { n = 2 } else { n = 3 } } }"},
    {"if define init",
     "func f(n int) { if m := n; m > 0 { n++ } }",
     "f",
     "func(int) { if m > 0 { n++ } }"},
    {"if assign init",
     "var g int\nfunc f(n int) { if g = n; n > 1 { g = 1 } }",
     "f",
     "func(int) { if g = n; n > 1 { g = 1 } }"},
    {"constant if",
     "func f() { if true { println(1) }; println(2) }",
     "f",
     "func() { println(1); println(2) }"},
    {"static if keeps the condition",
     "func f(x int) { if x > 1 || true { println(1) } }",
     "f",
     "func(int) { _ = x > 1 || true; println(1) }"},
    {"dead code",
     "func f() { println(3); return; println(4) }",
     "f",
     "func() { println(3); return  }"},
    {"label",
     "func f() { L: for { break L } }",
     "f",
     "func() { L: ; for loop }"},
    {"loops, switch, select",
     "func f(c chan int, s []int) { for range s {}; switch len(s) { case 1: }; select { case <-c: } }",
     "f",
     "func(chan int, []int) { for loop; switch statement; select statement }"},
    {"comma-ok temporaries",
     "func f(m map[int]int) int { v, ok := m[1]; if ok { return v }; return 0 }",
     "f",
     "func(map[int]int) int { v, ok := int(.autotmp_4), .autotmp_5; if ok { return v }; return 0 }"},
    {"temporaries after a loop",
     "func two() (int, int) { return 1, 2 }\nfunc f(s []int) int { n := 0; for _, v := range s { w := v; n += w }; a, b := two(); _ = b; return n + a }",
     "f",
     "func([]int) int { n := 0; for loop; a, b := int(.autotmp_7), .autotmp_8; _ = b; return n + a }"},
    {"multi-value argument",
     "func two() (int, int) { return 1, 2 }\nfunc add(a, b int) int { return a + b }\nfunc f() int { return add(two()) }",
     "f",
     "func() int { return add(int(.autotmp_1), .autotmp_2) }"},
    {"multi-value into interface",
     "var sink any\nfunc two() (int, int) { return 1, 2 }\nfunc f() { var i any; i, _ = two(); sink = i }",
     "f",
     "func() { i = <nil>; i, _ = .autotmp_1, .autotmp_2; sink = i }"},
    {"multi-value return",
     "func two() (int, *int) { return 1, nil }\nfunc f() (int, *int) { return two() }",
     "f",
     "func() (int, *int) { return int(.autotmp_2), .autotmp_3 }"},
    {"embedded path",
     "type T struct{ a int }\ntype E struct{ T }\nfunc (t *T) M() int { return t.a }\nfunc f(e *E) int { return e.M() + e.a }",
     "f",
     "func(*E) int { return (*T).M(e.T) + e.T.a }"},
    {"variadic packing",
     "func v(xs ...int) int { return len(xs) }\nfunc f(s []int) int { return v(1, 2) + v() + v(s...) }",
     "f",
     "func([]int) int { return v(... argument...) + v(nil...) + v(s...) }"},
    {"conversions",
     "func f(s string, p *int, x int) ([]byte, any, float64) { return []byte(s), any(p), float64(x) }",
     "f",
     "func(string, *int, int) ([]byte, any, float64) { return ([]byte)(s), any(p), float64(x) }"},
    {"unary operators",
     "func f(p **int, x int) int { return **p + - (-x) }",
     "f",
     "func(**int, int) int { return *(*p) + - (-x) }"},
    {"new of an expression",
     "func f(x int) *int { return new(x) }",
     "f",
     "func(int) *int { return &.autotmp_2 }"},
    {"make of a channel sent",
     "func f() chan chan int { c := make(chan chan int, 1); c <- make(chan int); return c }",
     "f",
     "func() chan chan int { c := make(chan chan int, 1); c <- (make(chan int)); return c }"},
    {"composite literals",
     "type T struct{ a int }\nfunc f() (*T, []int, map[string]int, [3]int) { return &T{a: 1}, []int{1}, map[string]int{}, [...]int{1, 2, 3} }",
     "f",
     "func() (*T, []int, map[string]int, [3]int) { return &T{...}, []int{...}, map[string]int{}, [3]int{...} }"},
    {"call of a call",
     "func g() func(int) { return nil }\nfunc f() { g()(1) }",
     "f",
     "func() { .autotmp_0(1) }"},
    {"rewritten static condition",
     "func f(x int) { if false || x > 1 { println(1) } }",
     "f",
     "func(int) { if x > 1 { println(1) } }"},
    {"blank var declares nothing",
     "func f() { var _ = 1 }",
     "f",
     "func() { _ = 1 }"},
    {"for false keeps its init",
     "func f() { for i := 0; false; i++ { println(i) } }",
     "f",
     "func() { i := 0 }"},
    {"string concatenation binds loosest",
     "func f(a, b, c string) bool { return a != b+c }",
     "f",
     "func(string, string, string) bool { return a != (b + c) }"},
    {"string of defined bytes",
     "type MyByte byte\nfunc f(y []MyByte) string { return string(y) }",
     "f",
     "func([]MyByte) string { return string(([]byte)(y)) }"},
    {"unexported interface method",
     "func f(x any) bool { _, ok := x.(interface{ m() }); return ok }",
     "f",
     "func(any) bool { _, ok := (interface { command-line-arguments.m() })"
     "(.autotmp_3), .autotmp_4; return ok }"},
    {"blank label",
     "func f(x int) { _: x++ }",
     "f",
     "func(int) { ; x++ }"},
    {"method of an embedded interface",
     "type I interface{ M() }\ntype T struct{ I }\nfunc f(t *T) { t.M() }",
     "f",
     "func(*T) { t.I.M() }"},
    {"runes of a constant",
     "type runes []rune\nfunc f() ([]rune, runes) { return []rune(\"h\"), runes(\"\") }",
     "f",
     "func() ([]rune, runes) { return []rune{...}, runes{} }"},
    {"closure",
     "func f() int { z := 2; g := func(x int) int { return x * z }; return g(1) }",
     "f.func1",
     "func(int) int { return x * z }"},
    {"interface method",
     "type I interface{ M() int }\nfunc f(i I) int { return i.M() }",
     "f",
     "func(I) int { return i.M() }"},
};

static void find_literal(void *data, const Node *n) {
  const Node **lit = data;
  if (n->kind == ND_FUNC_LIT && !*lit)
    *lit = n;
}

/* The declaration (or literal) a row names. */
static const Node *find_func(const Node *file, const char *name) {
  bool method = name[0] == '(';
  const char *want = method ? strrchr(name, '.') + 1 : name;
  const char *dot = method ? NULL : strchr(name, '.');
  size_t length = dot ? (size_t)(dot - name) : strlen(want);
  for (const Node *d = file->u.file.decls; d; d = d->next) {
    if (d->kind != ND_FUNC_DECL || (d->u.func_decl.recv != NULL) != method ||
        strlen(d->u.func_decl.name->u.name.name) != length ||
        strncmp(d->u.func_decl.name->u.name.name, want, length) != 0)
      continue;
    if (!dot)
      return d;
    const Node *lit = NULL;
    node_walk(d->u.func_decl.body, find_literal, &lit);
    return lit;
  }
  return NULL;
}

static void test_rows(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    size_t n = strlen(rows[i].code) + 32;
    char *text = malloc(n);
    snprintf(text, n, "package p\n%s\n", rows[i].code);
    Checked c;
    check_text(&c, text);
    const Node *func = find_func(c.file, rows[i].func);
    if (!func)
      fail_msg("%s: no function %s", rows[i].rule, rows[i].func);
    const char *got = ast_print_inline_body(&c.arena, c.pkg, NULL, func, NULL);
    if (strcmp(got, rows[i].body) != 0)
      fail_msg("%s:\n want %s\n  got %s", rows[i].rule, rows[i].body, got);
    checked_free(&c);
    free(text);
  }
}

static void find_defers(void *data, const Node *n) {
  const Node **list = data;
  if (n->kind != ND_DEFER_STMT)
    return;
  while (*list)
    list++;
  *list = n;
}

/* The wrappers of go/defer statements: the call on the temporaries the
 * statement evaluates, numbered through the enclosing function. */
static void test_wrappers(void **state) {
  (void)state;
  static const char *const want[] = {
      "func() { use(.autotmp_5) }",
      "func() { T.M(.autotmp_6, .autotmp_7, 2) }",
      "func() { .autotmp_8.N(.autotmp_9) }",
      "func() { .autotmp_10(.autotmp_11) }",
      "func() { v(... argument...) }",
      "func() { delete(.autotmp_13, 1) }",
      "func() { use(.autotmp_14) }",
      "func() { use(.autotmp_17) }",
  };
  const char *text =
      "package p\n"
      "type I interface{ N(int) }\n"
      "type T struct{ a int }\n"
      "func (T) M(a, b int) {}\n"
      "func use(x any) {}\n"
      "func v(xs ...int) {}\n"
      "func f(t T, i I, g func(int), x int, m map[int]int) {\n"
      "\tdefer use(1)\n"
      "\tdefer t.M(x, 2)\n"
      "\tdefer i.N(x)\n"
      "\tdefer g(x)\n"
      "\tdefer v(x, 1)\n"
      "\tdefer delete(m, 1)\n"
      "\tdefer use(T{a: x})\n"
      "\tp := new(x)\n"
      "\tdefer use(p)\n"
      "}\n";
  Checked c;
  check_text(&c, text);
  assert_int_equal(c.errors.count, 0);
  const Node *f = find_func(c.file, "f");
  const Node *defers[9] = {NULL};
  node_walk(f->u.func_decl.body, find_defers, defers);
  for (int i = 0; i < 8; i++)
    assert_string_equal(
        ast_print_inline_body(&c.arena, c.pkg, NULL, f, defers[i]), want[i]);
  checked_free(&c);
}

/* What goesc cannot print as gc does gives no text at all, never a
 * guess: here a call of a generic function's instance. */
static void test_unknown_is_empty(void **state) {
  (void)state;
  const char *text = "package p\nfunc id[T any](x T) T { return x }\n"
                     "func f() int { return id(1) }\n";
  Checked c;
  check_text(&c, text);
  assert_int_equal(c.errors.count, 0);
  assert_string_equal(
      ast_print_inline_body(&c.arena, c.pkg, NULL, find_func(c.file, "f"), NULL),
      "");
  assert_string_equal(ast_print_inline_body(&c.arena, c.pkg, NULL, NULL, NULL),
                      "");
  checked_free(&c);
}

/* A dictionary wrapper's body: a tail call of its shape instance with
 * the dictionary, a parameter without a name called ~pN by its place
 * (the receiver first), a variadic one passed on with "...", two
 * results through temporaries.  The signatures here stand for
 * instantiated ones (gc 1.26's text for F[int] and the like). */
static void test_wrapper_bodies(void **state) {
  (void)state;
  const char *text =
      "package p\n"
      "func one(xs []int, f func(int) string) []string { return nil }\n"
      "func none(int, string) {}\n"
      "func blank(x int, _ string) {}\n"
      "func many(xs ...int) {}\n"
      "func two(xs []int) (int, []int) { return 0, nil }\n";
  struct {
    const char *func, *want;
  } cases[] = {
      {"one", "func([]int, func(int) string) []string { return "
              "F[go.shape.int](&.dict.F[int], xs, f) }"},
      {"none", "func(int, string) { F[go.shape.int](&.dict.F[int], ~p0, "
               "~p1) }"},
      {"blank", "func(int, string) { F[go.shape.int](&.dict.F[int], x, "
                "~p1) }"},
      {"many", "func(...int) { F[go.shape.int](&.dict.F[int], xs...) }"},
      {"two", "func([]int) (int, []int) { return .autotmp_3, .autotmp_4 }"},
  };
  Checked c;
  check_text(&c, text);
  assert_int_equal(c.errors.count, 0);
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const Node *f = find_func(c.file, cases[i].func);
    Type *sig = f->u.func_decl.name->u.name.object->type;
    AstWrapper w = {NULL, sig, sig, "F[go.shape.int]", ".dict.F[int]"};
    assert_string_equal(ast_print_wrapper_body(&c.arena, c.pkg, NULL, &w),
                        cases[i].want);
  }
  checked_free(&c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rows),
      cmocka_unit_test(test_wrappers),
      cmocka_unit_test(test_wrapper_bodies),
      cmocka_unit_test(test_unknown_is_empty),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
