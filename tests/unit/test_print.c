/*
 * test_print.c — unit tests for ast_print.c.
 *
 * Three groups:
 *   - expressions as gc prints them: each case is an expression, parsed
 *     inside `_ = EXPR`, and the exact text gc's -m output shows for it
 *     (checked against go build -gcflags=-m; where gc's text needs types,
 *     the source form is expected instead);
 *   - round trips: a snippet is parsed, printed with ast_print_source,
 *     parsed again, and the two trees compared field by field, positions
 *     ignored.  The snippets together must use every node kind;
 *   - the dump format, on a small golden example.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "goesc.h"

/* --- helpers --- */

static Arena arena;

/* Sources stay alive until teardown: the trees point into their text. */
static Source *sources[512];
static int source_count;

/* Parse text as a file; fails the test on any syntax error. */
static Node *parse_text(const char *text) {
  ErrorList errors;
  error_list_init(&errors, 10);
  Source *source = source_from_memory("test.go", text, strlen(text));
  assert_true(source_count < (int)(sizeof sources / sizeof sources[0]));
  sources[source_count++] = source;
  Node *file = parse_file(source, &errors, &arena);
  if (errors.count != 0) {
    error_list_print(&errors, stderr);
    fprintf(stderr, "--- while parsing:\n%s\n", text);
  }
  int count = errors.count;
  error_list_free(&errors);
  assert_int_equal(count, 0);
  return file;
}

/* The expression EXPR out of "package p; func f() { _ = EXPR }". */
static const Node *parse_expr(const char *expr) {
  StrBuf text = {0};
  strbuf_printf(&text, "package p\n\nfunc f() {\n\t_ = %s\n}\n", expr);
  char *copy = arena_strndup(&arena, text.data, text.length);
  strbuf_free(&text);
  Node *file = parse_text(copy);
  const Node *decl = file->u.file.decls;
  assert_non_null(decl);
  assert_int_equal(decl->kind, ND_FUNC_DECL);
  const Node *stmt = decl->u.func_decl.body->u.block.stmts;
  assert_non_null(stmt);
  assert_int_equal(stmt->kind, ND_ASSIGN_STMT);
  return stmt->u.assign.rhs;
}

static int setup(void **state) {
  (void)state;
  arena_init(&arena);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  for (int i = 0; i < source_count; i++)
    source_free(sources[i]);
  source_count = 0;
  arena_free(&arena);
  return 0;
}

/* --- ast_print_expr --- */

typedef struct ExprCase {
  const char *source; /* the expression as written */
  const char *gc;     /* how gc's diagnostics print it */
} ExprCase;

static const ExprCase expr_cases[] = {
    /* allocations, as in "... escapes to heap" */
    {"&User{Name: \"a\"}", "&User{...}"},
    {"&User{}", "&User{}"},
    {"User{}", "User{}"},
    {"make([]int, n)", "make([]int, n)"},
    {"make([]int, 10)", "make([]int, 10)"},
    {"make([]int, n, 2*n)", "make([]int, n, 2 * n)"},
    {"make(map[string]int)", "make(map[string]int)"},
    {"make(chan int, 3)", "make(chan int, 3)"},
    {"new(int)", "new(int)"},
    {"new(Pair[int, string])", "new(Pair[int,string])"},
    {"func() {}", "func literal"},
    {"func() int { return n }()", "(func literal)()"},
    {"[]int{1, 2}", "[]int{...}"},
    {"[]int{}", "[]int{}"},
    {"map[string]int{\"a\": 1}", "map[string]int{...}"},
    {"map[string]int{}", "map[string]int{}"},
    {"[3]int{1, 2, 3}", "[3]int{...}"},
    {"[...]int{1, 2, 3}", "[3]int{...}"},
    {"[...]int{5: 1, 2}", "[7]int{...}"},
    {"struct{ X int; y string }{1, \"a\"}", "struct { X int; y string }{...}"},
    {"struct{}{}", "struct {}{}"},
    {"&List[int]{}", "&List[int]{}"},
    {"Pair[string, []*int]{}", "Pair[string,[]*int]{}"},
    {"&[]int{1}", "&[]int{...}"},
    /* conversions */
    {"string(b)", "string(b)"},
    {"[]byte(s)", "([]byte)(s)"},
    {"[]rune(s)", "([]rune)(s)"},
    {"(*int)(nil)", "(*int)(nil)"},
    {"interface{}(n)", "(interface {})(n)"},
    {"float64(n)", "float64(n)"},
    /* selectors, calls, indexing */
    {"u.Name", "u.Name"},
    {"u.P.P.Name", "u.P.P.Name"},
    {"(*p).Name", "(*p).Name"},
    {"(&T{}).M", "(&T{}).M"},
    {"(*T).M", "(*T).M"},
    {"T{}.V", "T{}.V"},
    {"fs[0]().Name", "fs[0]().Name"},
    {"(*fp)()", "(*fp)()"},
    {"f(x)", "f(x)"},
    {"fmt.Sprint(a, b)", "fmt.Sprint(a, b)"},
    {"append(b, s...)", "append(b, s...)"},
    {"len(s)", "len(s)"},
    {"m[\"x\"]", "m[\"x\"]"},
    {"s[len(s)-1]", "s[len(s) - 1]"},
    {"x.(T)", "x.(T)"},
    {"x.(*User)", "x.(*User)"},
    {"x.(interface{ M() })", "x.(interface { M() })"},
    {"s[1:2]", "s[1:2]"},
    {"s[:]", "s[:]"},
    {"s[1:]", "s[1:]"},
    {"s[1:2:3]", "s[1:2:3]"},
    {"s[:2:3]", "s[:2:3]"},
    {"b[n+1:]", "b[n + 1:]"},
    {"make([]int, 2)[1:]", "make([]int, 2)[1:]"},
    /* operators and precedence */
    {"x + y", "x + y"},
    {"s + \"abc\" + s", "s + \"abc\" + s"},
    {"*p", "*p"},
    {"**q", "*(*q)"},
    {"-n", "-n"},
    {"-(-n)", "- (-n)"},
    {"!!b", "! (!b)"},
    {"^n", "^n"},
    {"&x", "&x"},
    {"<-ch", "<-ch"},
    {"<-(<-make(chan chan int))", "<- (<-(make(chan chan int)))"},
    {"(n + 1) * 2", "(n + 1) * 2"},
    {"n * (1 + n)", "n * (1 + n)"},
    {"((a * b)) + c", "a * b + c"},
    {"a - (b - c)", "a - (b - c)"},
    {"n | n&3", "n | n & 3"},
    {"(n | n) & 3", "(n | n) & 3"},
    {"n &^ 3", "n &^ 3"},
    {"n != 3", "n != 3"},
    {"n > 2 && n < 5", "n > 2 && n < 5"},
    {"!(n > 2)", "!(n > 2)"},
    {"s < \"x\" || s > \"y\" && n == 1", "s < \"x\" || s > \"y\" && n == 1"},
    {"(s < \"x\" || s > \"y\") && n == 1",
     "(s < \"x\" || s > \"y\") && n == 1"},
    {"-real(c)", "-(real(c))"},
    {"x + imag(c)", "x + (imag(c))"},
    {"complex(x, x) * c", "(complex(x, x)) * c"},
    {"make(map[int]int) == nil", "(make(map[int]int)) == nil"},
    /* constants are printed from their values */
    {"\"hello\\n\"", "\"hello\\n\""},
    {"`raw\\n`", "\"raw\\\\n\""},
    {"\"\\x41\\u00e9\\t\\x00\\u00a0\\u200b\"",
     "\"A\xc3\xa9\\t\\x00\\u00a0\\u200b\""},
    {"\"\\\\ \\\" ' \\a\\b\\f\\r\\v\\x7f\\xff\"",
     "\"\\\\ \\\" ' \\a\\b\\f\\r\\v\\x7f\\xff\""},
    {"\"a very long string literal that is longer than seventy-two characters "
     "in total length\"",
     "\"a very long string literal that is longer than seventy-two "
     "character..."},
    {"'a'", "'a'"},
    {"'\\n'", "'\\n'"},
    {"'\\x00'", "'\\x00'"},
    {"'\\''", "'\\''"},
    {"'\"'", "'\"'"},
    {"'\xe4\xb8\x96'", "'\xe4\xb8\x96'"},
    {"0x10", "16"},
    {"1_000", "1000"},
    {"0755", "493"},
    {"0o17", "15"},
    {"0b101", "5"},
    {"99999999999999999999", "99999999999999999999"},
    {"1e9", "1e+09"},
    {"1.0", "1"},
    {"0.1", "0.1"},
    {"1e100", "1e+100"},
    {"0x1p-2", "0.25"},
    {".5e3", "500"},
    {"1e-7", "1e-07"},
    {"1000000.5", "1.0000005e+06"},
    {"123456789.0", "1.23457e+08"},
    {"0.000012345", "1.2345e-05"},
    {"2i", "(0 + 2i)"},
    {"1.5i", "(0 + 1.5i)"},
    /* types in gc's spelling */
    {"[]interface{}{n}", "[]interface {}{...}"},
    {"[]any{n}", "[]any{...}"},
    {"[]func(int) error{nil}", "[]func(int) error{...}"},
    {"[]map[string][]*int{}", "[]map[string][]*int{}"},
    {"[]chan<- int{}", "[]chan<- int{}"},
    {"[](<-chan int){}", "[]<-chan int{}"},
    {"[]chan (<-chan int){}", "[]chan (<-chan int){}"},
    {"[]interface{ b(); C(); A() }{}", "[]interface { A(); C(); b() }{}"},
    {"[]struct{ X int `json:\"x\"` }{}",
     "[]struct { X int \"json:\\\"x\\\"\" }{}"},
    {"[]struct{ a, b int; I }{}", "[]struct { a int; b int; I }{}"},
    {"[]func(a, b int, c ...string) (int, error){}",
     "[]func(int, int, ...string) (int, error){}"},
    {"[]func() (err error){}", "[]func() error{}"},
    {"[]func(x int) (a, b int){}", "[]func(int) (int, int){}"},
};

static void test_print_expr(void **state) {
  (void)state;
  int failures = 0;
  for (size_t i = 0; i < sizeof expr_cases / sizeof expr_cases[0]; i++) {
    const Node *expr = parse_expr(expr_cases[i].source);
    StrBuf out = {0};
    ast_print_expr(&out, expr);
    if (strcmp(out.data, expr_cases[i].gc) != 0) {
      fprintf(stderr, "expr %s\n  want %s\n  got  %s\n", expr_cases[i].source,
              expr_cases[i].gc, out.data);
      failures++;
    }
    strbuf_free(&out);
  }
  assert_int_equal(failures, 0);
}

/* gc skips the conversions the type checker inserts, so a wrapped
 * operand prints as itself and takes its own precedence. */
static void test_print_implicit_conv(void **state) {
  (void)state;
  const Node *sum = parse_expr("(a + b) * c");
  Node *conv = arena_alloc(&arena, sizeof *conv);
  conv->kind = ND_IMPLICIT_CONV;
  conv->u.paren.x = sum->u.binary.x->u.paren.x; /* a + b, parens dropped */
  Node *mul = arena_alloc(&arena, sizeof *mul);
  *mul = *sum;
  mul->u.binary.x = conv;
  StrBuf out = {0};
  ast_print_expr(&out, conv);
  strbuf_puts(&out, " | ");
  ast_print_expr(&out, mul);
  bool same = strcmp(out.data, "a + b | (a + b) * c") == 0;
  if (!same)
    fprintf(stderr, "got %s\n", out.data);
  strbuf_free(&out);
  assert_true(same);
}

/* --- StrBuf --- */

static void test_strbuf(void **state) {
  (void)state;
  StrBuf buf = {0};
  strbuf_puts(&buf, "");
  assert_string_equal(buf.data, "");
  for (int i = 0; i < 1000; i++)
    strbuf_printf(&buf, "%d,", i % 10);
  assert_int_equal(buf.length, 2000);
  assert_int_equal(buf.data[buf.length], '\0');
  char big[600];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = '\0';
  strbuf_printf(&buf, "<%s>", big); /* longer than the printf fast path */
  assert_int_equal(buf.length, 2000 + 601);
  assert_int_equal(buf.data[2000], '<');
  assert_int_equal(buf.data[buf.length - 1], '>');
  strbuf_append(&buf, "ab", 1);
  assert_int_equal(buf.data[buf.length - 1], 'a');
  strbuf_free(&buf);
  assert_null(buf.data);
  assert_int_equal(buf.length, 0);
}

/* --- round trips --- */

static bool kinds_seen[ND_COUNT];

static bool names_equal(const char *a, const char *b) {
  return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

static bool tree_equal(const Node *a, const Node *b);

/* Lists are equal when they have the same length and equal members. */
static bool list_equal(const Node *a, const Node *b) {
  for (; a && b; a = a->next, b = b->next)
    if (!tree_equal(a, b))
      return false;
  return a == NULL && b == NULL;
}

/* Structural equality, positions ignored.  Reports the first difference. */
static bool tree_equal(const Node *a, const Node *b) {
  if (a == NULL || b == NULL) {
    if (a != b)
      fprintf(stderr, "tree_equal: %s vs %s\n",
              a ? node_kind_name(a->kind) : "nothing",
              b ? node_kind_name(b->kind) : "nothing");
    return a == b;
  }
  if (a->kind != b->kind) {
    fprintf(stderr, "tree_equal: %s vs %s at %d:%d\n", node_kind_name(a->kind),
            node_kind_name(b->kind), (int)a->pos.line, (int)a->pos.col);
    return false;
  }
  kinds_seen[a->kind] = true;
  bool same = true;
  switch (a->kind) {
  case ND_BAD: case ND_EMPTY_STMT: break;
  case ND_NAME: same = names_equal(a->u.name.name, b->u.name.name); break;
  case ND_BASIC_LIT:
    same = a->u.lit.kind == b->u.lit.kind &&
           a->u.lit.length == b->u.lit.length &&
           memcmp(a->u.lit.text, b->u.lit.text, a->u.lit.length) == 0;
    break;
  case ND_COMPOSITE_LIT:
    same = a->u.composite.count == b->u.composite.count &&
           tree_equal(a->u.composite.type, b->u.composite.type) &&
           list_equal(a->u.composite.elems, b->u.composite.elems);
    break;
  case ND_KEY_VALUE:
    same = tree_equal(a->u.key_value.key, b->u.key_value.key) &&
           tree_equal(a->u.key_value.value, b->u.key_value.value);
    break;
  case ND_FUNC_LIT:
    same = tree_equal(a->u.func_lit.type, b->u.func_lit.type) &&
           tree_equal(a->u.func_lit.body, b->u.func_lit.body);
    break;
  case ND_PAREN: case ND_IMPLICIT_CONV:
    same = tree_equal(a->u.paren.x, b->u.paren.x);
    break;
  case ND_SELECTOR:
    same = tree_equal(a->u.selector.x, b->u.selector.x) &&
           tree_equal(a->u.selector.sel, b->u.selector.sel);
    break;
  case ND_INDEX:
    same = tree_equal(a->u.index.x, b->u.index.x) &&
           list_equal(a->u.index.index, b->u.index.index);
    break;
  case ND_SLICE_EXPR:
    same = a->u.slice.full == b->u.slice.full &&
           tree_equal(a->u.slice.x, b->u.slice.x) &&
           tree_equal(a->u.slice.low, b->u.slice.low) &&
           tree_equal(a->u.slice.high, b->u.slice.high) &&
           tree_equal(a->u.slice.max, b->u.slice.max);
    break;
  case ND_TYPE_ASSERT:
    same = tree_equal(a->u.assert.x, b->u.assert.x) &&
           tree_equal(a->u.assert.type, b->u.assert.type);
    break;
  case ND_TYPE_SWITCH_GUARD:
    same = tree_equal(a->u.guard.lhs, b->u.guard.lhs) &&
           tree_equal(a->u.guard.x, b->u.guard.x);
    break;
  case ND_CALL:
    same = a->u.call.has_dots == b->u.call.has_dots &&
           tree_equal(a->u.call.fun, b->u.call.fun) &&
           list_equal(a->u.call.args, b->u.call.args);
    break;
  case ND_UNARY:
    same = a->u.unary.op == b->u.unary.op &&
           tree_equal(a->u.unary.x, b->u.unary.x);
    break;
  case ND_BINARY:
    same = a->u.binary.op == b->u.binary.op &&
           tree_equal(a->u.binary.x, b->u.binary.x) &&
           tree_equal(a->u.binary.y, b->u.binary.y);
    break;
  case ND_ARRAY_TYPE:
    same = tree_equal(a->u.array.len, b->u.array.len) &&
           tree_equal(a->u.array.elem, b->u.array.elem);
    break;
  case ND_SLICE_TYPE:
    same = tree_equal(a->u.slice_type.elem, b->u.slice_type.elem);
    break;
  case ND_STRUCT_TYPE:
    same = list_equal(a->u.struct_type.fields, b->u.struct_type.fields);
    break;
  case ND_FUNC_TYPE:
    same = list_equal(a->u.func_type.params, b->u.func_type.params) &&
           list_equal(a->u.func_type.results, b->u.func_type.results);
    break;
  case ND_INTERFACE_TYPE:
    same = list_equal(a->u.interface_type.elems, b->u.interface_type.elems);
    break;
  case ND_MAP_TYPE:
    same = tree_equal(a->u.map_type.key, b->u.map_type.key) &&
           tree_equal(a->u.map_type.value, b->u.map_type.value);
    break;
  case ND_CHAN_TYPE:
    same = a->u.chan_type.dir == b->u.chan_type.dir &&
           tree_equal(a->u.chan_type.elem, b->u.chan_type.elem);
    break;
  case ND_ELLIPSIS:
    same = tree_equal(a->u.ellipsis.elem, b->u.ellipsis.elem);
    break;
  case ND_FIELD:
    same = a->u.field.embedded == b->u.field.embedded &&
           list_equal(a->u.field.names, b->u.field.names) &&
           tree_equal(a->u.field.type, b->u.field.type) &&
           tree_equal(a->u.field.tag, b->u.field.tag);
    break;
  case ND_BLOCK: same = list_equal(a->u.block.stmts, b->u.block.stmts); break;
  case ND_EXPR_STMT:
    same = tree_equal(a->u.expr_stmt.x, b->u.expr_stmt.x);
    break;
  case ND_SEND_STMT:
    same = tree_equal(a->u.send.chan, b->u.send.chan) &&
           tree_equal(a->u.send.value, b->u.send.value);
    break;
  case ND_INC_DEC_STMT:
    same = a->u.inc_dec.op == b->u.inc_dec.op &&
           tree_equal(a->u.inc_dec.x, b->u.inc_dec.x);
    break;
  case ND_ASSIGN_STMT:
    same = a->u.assign.op == b->u.assign.op &&
           list_equal(a->u.assign.lhs, b->u.assign.lhs) &&
           list_equal(a->u.assign.rhs, b->u.assign.rhs);
    break;
  case ND_GO_STMT: case ND_DEFER_STMT:
    same = tree_equal(a->u.go_defer.call, b->u.go_defer.call);
    break;
  case ND_RETURN_STMT:
    same = list_equal(a->u.return_stmt.results, b->u.return_stmt.results);
    break;
  case ND_BRANCH_STMT:
    same = a->u.branch.op == b->u.branch.op &&
           tree_equal(a->u.branch.label, b->u.branch.label);
    break;
  case ND_IF_STMT:
    same = tree_equal(a->u.if_stmt.init, b->u.if_stmt.init) &&
           tree_equal(a->u.if_stmt.cond, b->u.if_stmt.cond) &&
           tree_equal(a->u.if_stmt.then, b->u.if_stmt.then) &&
           tree_equal(a->u.if_stmt.els, b->u.if_stmt.els);
    break;
  case ND_SWITCH_STMT:
    same = tree_equal(a->u.switch_stmt.init, b->u.switch_stmt.init) &&
           tree_equal(a->u.switch_stmt.tag, b->u.switch_stmt.tag) &&
           list_equal(a->u.switch_stmt.clauses, b->u.switch_stmt.clauses);
    break;
  case ND_CASE_CLAUSE:
    same = a->u.case_clause.is_default == b->u.case_clause.is_default &&
           list_equal(a->u.case_clause.list, b->u.case_clause.list) &&
           list_equal(a->u.case_clause.body, b->u.case_clause.body);
    break;
  case ND_SELECT_STMT:
    same = list_equal(a->u.select_stmt.clauses, b->u.select_stmt.clauses);
    break;
  case ND_COMM_CLAUSE:
    same = a->u.comm_clause.is_default == b->u.comm_clause.is_default &&
           tree_equal(a->u.comm_clause.comm, b->u.comm_clause.comm) &&
           list_equal(a->u.comm_clause.body, b->u.comm_clause.body);
    break;
  case ND_FOR_STMT:
    same = tree_equal(a->u.for_stmt.init, b->u.for_stmt.init) &&
           tree_equal(a->u.for_stmt.cond, b->u.for_stmt.cond) &&
           tree_equal(a->u.for_stmt.post, b->u.for_stmt.post) &&
           tree_equal(a->u.for_stmt.body, b->u.for_stmt.body);
    break;
  case ND_RANGE_STMT:
    same = a->u.range_stmt.op == b->u.range_stmt.op &&
           tree_equal(a->u.range_stmt.key, b->u.range_stmt.key) &&
           tree_equal(a->u.range_stmt.value, b->u.range_stmt.value) &&
           tree_equal(a->u.range_stmt.x, b->u.range_stmt.x) &&
           tree_equal(a->u.range_stmt.body, b->u.range_stmt.body);
    break;
  case ND_LABELED_STMT:
    same = tree_equal(a->u.labeled.label, b->u.labeled.label) &&
           tree_equal(a->u.labeled.stmt, b->u.labeled.stmt);
    break;
  case ND_DECL_STMT:
    same = list_equal(a->u.decl_stmt.decls, b->u.decl_stmt.decls);
    break;
  case ND_IMPORT_SPEC:
    same = tree_equal(a->u.import_spec.name, b->u.import_spec.name) &&
           tree_equal(a->u.import_spec.path, b->u.import_spec.path);
    break;
  case ND_CONST_SPEC: case ND_VAR_SPEC:
    same = a->u.value_spec.group == b->u.value_spec.group &&
           a->u.value_spec.iota == b->u.value_spec.iota &&
           list_equal(a->u.value_spec.names, b->u.value_spec.names) &&
           tree_equal(a->u.value_spec.type, b->u.value_spec.type) &&
           list_equal(a->u.value_spec.values, b->u.value_spec.values);
    break;
  case ND_TYPE_SPEC:
    same = a->u.type_spec.alias == b->u.type_spec.alias &&
           a->u.type_spec.group == b->u.type_spec.group &&
           tree_equal(a->u.type_spec.name, b->u.type_spec.name) &&
           list_equal(a->u.type_spec.tparams, b->u.type_spec.tparams) &&
           tree_equal(a->u.type_spec.type, b->u.type_spec.type);
    break;
  case ND_FUNC_DECL:
    same = a->pragmas == b->pragmas &&
           tree_equal(a->u.func_decl.recv, b->u.func_decl.recv) &&
           tree_equal(a->u.func_decl.name, b->u.func_decl.name) &&
           list_equal(a->u.func_decl.tparams, b->u.func_decl.tparams) &&
           tree_equal(a->u.func_decl.type, b->u.func_decl.type) &&
           tree_equal(a->u.func_decl.body, b->u.func_decl.body);
    break;
  case ND_FILE:
    same = tree_equal(a->u.file.package_name, b->u.file.package_name) &&
           list_equal(a->u.file.decls, b->u.file.decls);
    break;
  case ND_COUNT: same = false; break;
  }
  if (!same)
    fprintf(stderr, "tree_equal: %s at %d:%d differs\n",
            node_kind_name(a->kind), (int)a->pos.line, (int)a->pos.col);
  return same;
}

/* Together these use every node kind the parser makes (all but ND_BAD;
 * ND_IMPLICIT_CONV is the checker's). */
static const char *const roundtrip_snippets[] = {
    /* declarations, grouping, directives */
    "//go:build linux\n\npackage p\n\n"
    "import \"fmt\"\n"
    "import (\n\tstr \"strings\"\n\t. \"math\"\n\t_ \"embed\"\n)\n\n"
    "const A = 1\n"
    "const (\n\tB, C = iota, iota * 2\n\tD, E\n\tF int = 7\n)\n"
    "var x, y int\n"
    "var (\n\tz = fmt.Sprint(str.ToUpper(\"a\"), Pi)\n\tw []string\n)\n"
    "type T struct {\n\tA, B int `json:\"a\"`\n\tc string\n\t*fmt.Stringer\n"
    "\tT2 \"tag\"\n}\n"
    "type (\n\tT2 = int\n\tT3 interface {\n\t\tM(x int) (int, error)\n"
    "\t\tfmt.Stringer\n\t}\n)\n"
    "//go:noinline\n//go:nosplit\n"
    "func (t *T) M(a, b int, c ...string) (n int, err error) { return }\n"
    "func (T) N() {}\n"
    "func () O() {}\n"
    "//go:noescape\nfunc ext(p *int)\n",

    /* generics */
    "package p\n\n"
    "type Number interface {\n\t~int | ~int64 | float64\n}\n"
    "type List[T any] struct {\n\tnext *List[T]\n\tval T\n}\n"
    "type Pair[K comparable, V any] struct {\n\tk K\n\tv V\n}\n"
    "type Ptr[P *int,] []P\n"
    "type A[T any] = List[T]\n"
    "func (l *List[T]) Push(v T) {}\n"
    "func (p Pair[_, V]) Val() V { return p.v }\n"
    "func Sum[T Number, S ~[]T](s S) (t T) {\n"
    "\tfor _, v := range s {\n\t\tt += v\n\t}\n\treturn Sum[T, S](s[:0])\n}\n"
    "var _ = Map[int, string]\n",

    /* statements */
    "package p\n\n"
    "func f(ch chan int, x any, m map[string]int) {\n"
    "\tvar a = [...]int{1, 2: 3}\n"
    "\tconst k = 2\n"
    "\ttype local struct{}\n"
    "\ti := 0\n"
    "\ti++\n"
    "\ti--\n"
    "\ti += 2\n"
    "\ti, j := 1, 2\n"
    "\tch <- i\n"
    "\t<-ch\n"
    "\tgo f(ch, x, m)\n"
    "\tdefer func() { recover() }()\n"
    "\t{\n\t\t_ = j\n\t}\n"
    "\tif v, ok := m[\"a\"]; ok {\n\t\t_ = v\n\t} else if i > 0 {\n"
    "\t} else {\n\t\treturn\n\t}\n"
    "\tif (T{}) == (T{}) {\n\t}\n"
    "\tswitch i {\n\tcase 1, 2:\n\t\tfallthrough\n\tcase 3:\n"
    "\tdefault:\n\t\tbreak\n\t}\n"
    "\tswitch y := i; {\n\tcase y > 0:\n\t}\n"
    "\tswitch t := x.(type) {\n\tcase int, string:\n\t\t_ = t\n"
    "\tcase nil:\n\t}\n"
    "\tswitch x.(type) {\n\t}\n"
    "\tselect {\n\tcase v := <-ch:\n\t\t_ = v\n\tcase ch <- 1:\n"
    "\tcase <-ch:\n\tcase v, ok := <-ch:\n\t\t_, _ = v, ok\n\tdefault:\n\t}\n"
    "outer:\n"
    "\tfor i := 0; i < 10; i++ {\n"
    "\t\tfor {\n\t\t\tcontinue outer\n\t\t}\n\t}\n"
    "\tfor i < 3 {\n\t\tbreak\n\t}\n"
    "\tfor ; ; i++ {\n\t\tgoto end\n\t}\n"
    "\tfor k, v := range m {\n\t\t_, _ = k, v\n\t}\n"
    "\tfor range ch {\n\t}\n"
    "\tfor i = range 10 {\n\t}\n"
    "\t;\n"
    "end:\n"
    "}\n",

    /* expressions and types */
    "package p\n\n"
    "func g(p *T, s []int, b []byte) {\n"
    "\t_ = &T{A: 1, B: 2}\n"
    "\t_ = []*T{{A: 1}, {}}\n"
    "\t_ = map[string][]int{\"a\": {1, 2}}\n"
    "\t_ = [2][]int{}\n"
    "\t_ = struct {\n\t\tx int\n\t}{1}\n"
    "\t_ = func(a int) int {\n\t\treturn a * 2\n\t}(3)\n"
    "\t_ = (*p).A + p.B*-3 - (4 - 5)\n"
    "\t_ = s[1:2] == nil || s[:] != nil && s[1:2:3] != nil\n"
    "\t_ = s[len(s)-1]\n"
    "\t_ = x.(fmt.Stringer)\n"
    "\t_ = string(b)\n"
    "\t_ = []byte(\"x\" + `raw\nstring`)\n"
    "\t_ = append(s, s...)\n"
    "\t_ = - -1 + +2 &^ ^3\n"
    "\t_ = !true\n"
    "\t_ = 'a' + '\\n'\n"
    "\t_ = 1.5e3 + 0x1p-2 + 2i + 0o17 + 0b1 + 1_000\n"
    "\t_ = make(chan<- int)\n"
    "\t_ = make(<-chan int)\n"
    "\t_ = make(chan (<-chan int))\n"
    "\t_ = make(chan chan<- int)\n"
    "\t_ = (func())(nil)\n"
    "\t_ = interface{}(nil)\n"
    "\t_ = new(interface {\n\t\tM()\n\t})\n"
    "\t_ = (chan int)(nil)\n"
    "\tvar f func(int, ...string) (int, error)\n"
    "\tvar ptr *[3]map[int]*T\n"
    "\t_, _ = f, ptr\n"
    "\t_ = & &x\n"
    "\t_ = & ^x\n"
    "\t_ = <- -x\n"
    "\t_ = int(0 ...)\n"
    "\t_ = 5 .x\n"
    "}\n",

    /* group numbers count import groups and empty groups, which the tree
     * does not show */
    "package p\n\n"
    "import \"fmt\"\nimport (\n\t\"os\"\n)\nimport ()\n\n"
    "var ()\n"
    "const (\n\tA = 1\n)\n"
    "func f() {\n\tvar ()\n\ttype (\n\t\tT int\n\t)\n"
    "\t_ = fmt.Sprint(os.Args)\n}\n"
    "type ()\n"
    "func g() {\n\tconst (\n\t\tC = 1\n\t)\n}\n",
    "package p\nimport (\n\t\"a\"\n)\nfunc f() {\n\tvar (\n\t\tx int\n\t)\n}\n",
    "package p\n\nimport \"a\"\nimport \"b\"\n\nvar (\n\tx int\n)\n",
};

/* Print text back as source, parse that, and compare the two trees. */
static void roundtrip(const char *text) {
  Node *first = parse_text(text);
  StrBuf printed = {0};
  ast_print_source(&printed, first);
  char *copy = arena_strndup(&arena, printed.data, printed.length);
  Node *second = parse_text(copy);
  bool same = tree_equal(first, second);
  if (!same)
    fprintf(stderr, "--- printed:\n%s\n", printed.data);
  strbuf_free(&printed);
  assert_true(same);
}

static void test_roundtrip(void **state) {
  (void)state;
  memset(kinds_seen, 0, sizeof kinds_seen);
  for (size_t i = 0;
       i < sizeof roundtrip_snippets / sizeof roundtrip_snippets[0]; i++)
    roundtrip(roundtrip_snippets[i]);
  int missing = 0;
  for (int k = 0; k < ND_COUNT; k++) {
    if (k != ND_BAD && k != ND_IMPLICIT_CONV && !kinds_seen[k]) {
      fprintf(stderr, "round trips never use %s\n", node_kind_name(k));
      missing++;
    }
  }
  assert_int_equal(missing, 0);
}

/* A printed file is stable: printing the reparsed tree gives the same
 * text again. */
static void test_print_is_stable(void **state) {
  (void)state;
  for (size_t i = 0;
       i < sizeof roundtrip_snippets / sizeof roundtrip_snippets[0]; i++) {
    StrBuf once = {0}, twice = {0};
    ast_print_source(&once, parse_text(roundtrip_snippets[i]));
    char *copy = arena_strndup(&arena, once.data, once.length);
    ast_print_source(&twice, parse_text(copy));
    assert_string_equal(once.data, twice.data);
    strbuf_free(&once);
    strbuf_free(&twice);
  }
}

/* Grouped specs come back grouped; directives come back before their
 * declaration. */
static void test_print_source_text(void **state) {
  (void)state;
  static const char text[] =
      "package p\n\nconst (\n\tA = iota\n\tB\n)\n\n"
      "//go:noinline\nfunc f() {\n}\n";
  StrBuf out = {0};
  ast_print_source(&out, parse_text(text));
  assert_string_equal(out.data, text);
  strbuf_free(&out);
}

/* --- ast_dump --- */

static void test_dump(void **state) {
  (void)state;
  Node *file = parse_text("package p\n\nfunc f(x int) {\n\tx = -x + 1\n}\n");
  FILE *out = tmpfile();
  assert_non_null(out);
  ast_dump(out, file);
  long size = ftell(out);
  rewind(out);
  char *text = calloc(1, (size_t)size + 1);
  assert_int_equal(fread(text, 1, (size_t)size, out), (size_t)size);
  fclose(out);
  const char *want =
      "File [1:1-6:1]\n"
      "  Package: Name [1:9-1:10] name=p\n"
      "  Decls[0]: FuncDecl [3:6-5:2]\n"
      "    Name: Name [3:6-3:7] name=f\n"
      "    Type: FuncType [3:7-3:14]\n"
      "      Params[0]: Field [3:8-3:13]\n"
      "        Names[0]: Name [3:8-3:9] name=x\n"
      "        Type: Name [3:10-3:13] name=int\n"
      "    Body: Block [3:15-5:2 rbrace=5:1]\n"
      "      Stmts[0]: AssignStmt [4:4-4:12] op==\n"
      "        Lhs[0]: Name [4:2-4:3] name=x\n"
      "        Rhs[0]: Binary [4:9-4:12] op=+\n"
      "          X: Unary [4:6-4:8] op=-\n"
      "            X: Name [4:7-4:8] name=x\n"
      "          Y: BasicLit [4:11-4:12] kind=int text=1\n";
  bool same = strcmp(text, want) == 0;
  if (!same)
    fprintf(stderr, "dump:\n%s", text);
  free(text);
  assert_true(same);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_strbuf),
      cmocka_unit_test(test_print_expr),
      cmocka_unit_test(test_print_implicit_conv),
      cmocka_unit_test(test_roundtrip),
      cmocka_unit_test(test_print_is_stable),
      cmocka_unit_test(test_print_source_text),
      cmocka_unit_test(test_dump),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
