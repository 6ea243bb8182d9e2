/*
 * test_check.c — the checker on small programs: what it records for the
 * escape pass (types on every expression, objects on every name, implicit
 * conversions, implicit & and *, variadic slices, folded constants) and a
 * few of gc's errors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "types.h"

typedef struct Checked {
  Arena arena;
  Source *source;
  Node *file;
  ErrorList errors;
  CheckResult result;
} Checked;

static Checked *check_text(const char *text) {
  Checked *k = test_calloc(1, sizeof *k);
  arena_init(&k->arena);
  k->source = source_from_memory("test.go", text, strlen(text));
  ErrorList syntax;
  error_list_init(&syntax, 10);
  k->file = parse_file(k->source, &syntax, &k->arena);
  assert_int_equal(syntax.count, 0);
  error_list_free(&syntax);
  error_list_init(&k->errors, 0);
  CheckOptions options;
  memset(&options, 0, sizeof options);
  k->result = check_package(&k->file, 1, &options, &k->errors);
  return k;
}

static void release(Checked *k) {
  error_list_free(&k->errors);
  arena_free(&k->arena);
  source_free(k->source);
  test_free(k);
}

/* ---- A generic walk over the tree ---- */

typedef void (*Visit)(Node *n, void *data);

static void walk(Node *n, Visit visit, void *data);

static void walk_list(Node *n, Visit visit, void *data) {
  for (; n; n = n->next)
    walk(n, visit, data);
}

static void walk(Node *n, Visit visit, void *data) {
  if (!n)
    return;
  visit(n, data);
  switch (n->kind) {
  case ND_COMPOSITE_LIT: walk(n->u.composite.type, visit, data); walk_list(n->u.composite.elems, visit, data); break;
  case ND_KEY_VALUE: walk(n->u.key_value.key, visit, data); walk(n->u.key_value.value, visit, data); break;
  case ND_FUNC_LIT: walk(n->u.func_lit.type, visit, data); walk(n->u.func_lit.body, visit, data); break;
  case ND_PAREN: case ND_IMPLICIT_CONV: walk(n->u.paren.x, visit, data); break;
  case ND_SELECTOR: walk(n->u.selector.x, visit, data); walk(n->u.selector.sel, visit, data); break;
  case ND_INDEX: walk(n->u.index.x, visit, data); walk_list(n->u.index.index, visit, data); break;
  case ND_SLICE_EXPR: walk(n->u.slice.x, visit, data); walk(n->u.slice.low, visit, data); walk(n->u.slice.high, visit, data); walk(n->u.slice.max, visit, data); break;
  case ND_TYPE_ASSERT: walk(n->u.assert.x, visit, data); walk(n->u.assert.type, visit, data); break;
  case ND_TYPE_SWITCH_GUARD: walk(n->u.guard.x, visit, data); break;
  case ND_CALL: walk(n->u.call.fun, visit, data); walk_list(n->u.call.args, visit, data); break;
  case ND_UNARY: walk(n->u.unary.x, visit, data); break;
  case ND_BINARY: walk(n->u.binary.x, visit, data); walk(n->u.binary.y, visit, data); break;
  case ND_BLOCK: walk_list(n->u.block.stmts, visit, data); break;
  case ND_EXPR_STMT: walk(n->u.expr_stmt.x, visit, data); break;
  case ND_SEND_STMT: walk(n->u.send.chan, visit, data); walk(n->u.send.value, visit, data); break;
  case ND_INC_DEC_STMT: walk(n->u.inc_dec.x, visit, data); break;
  case ND_ASSIGN_STMT: walk_list(n->u.assign.lhs, visit, data); walk_list(n->u.assign.rhs, visit, data); break;
  case ND_GO_STMT: case ND_DEFER_STMT: walk(n->u.go_defer.call, visit, data); break;
  case ND_RETURN_STMT: walk_list(n->u.return_stmt.results, visit, data); break;
  case ND_IF_STMT: walk(n->u.if_stmt.init, visit, data); walk(n->u.if_stmt.cond, visit, data); walk(n->u.if_stmt.then, visit, data); walk(n->u.if_stmt.els, visit, data); break;
  case ND_SWITCH_STMT: walk(n->u.switch_stmt.init, visit, data); walk(n->u.switch_stmt.tag, visit, data); walk_list(n->u.switch_stmt.clauses, visit, data); break;
  case ND_CASE_CLAUSE: walk_list(n->u.case_clause.list, visit, data); walk_list(n->u.case_clause.body, visit, data); break;
  case ND_SELECT_STMT: walk_list(n->u.select_stmt.clauses, visit, data); break;
  case ND_COMM_CLAUSE: walk(n->u.comm_clause.comm, visit, data); walk_list(n->u.comm_clause.body, visit, data); break;
  case ND_FOR_STMT: walk(n->u.for_stmt.init, visit, data); walk(n->u.for_stmt.cond, visit, data); walk(n->u.for_stmt.post, visit, data); walk(n->u.for_stmt.body, visit, data); break;
  case ND_RANGE_STMT: walk(n->u.range_stmt.key, visit, data); walk(n->u.range_stmt.value, visit, data); walk(n->u.range_stmt.x, visit, data); walk(n->u.range_stmt.body, visit, data); break;
  case ND_LABELED_STMT: walk(n->u.labeled.stmt, visit, data); break;
  case ND_DECL_STMT: walk_list(n->u.decl_stmt.decls, visit, data); break;
  case ND_CONST_SPEC: case ND_VAR_SPEC: walk_list(n->u.value_spec.names, visit, data); walk(n->u.value_spec.type, visit, data); walk_list(n->u.value_spec.values, visit, data); break;
  case ND_FUNC_DECL: walk(n->u.func_decl.body, visit, data); break;
  case ND_FILE: walk_list(n->u.file.decls, visit, data); break;
  default: break;
  }
}

/* ---- Every expression typed, every name resolved ---- */

typedef struct Census {
  int exprs, untyped_nodes, names, unresolved;
  int convs;
  const char *first_unresolved;
} Census;

static bool is_expr_kind(NodeKind k) { return k <= ND_IMPLICIT_CONV; }

static void count(Node *n, void *data) {
  Census *c = data;
  if (is_expr_kind(n->kind) && n->kind != ND_KEY_VALUE) {
    c->exprs++;
    /* Blank names and package names have no type. */
    bool exempt = n->kind == ND_NAME &&
                  (strcmp(n->u.name.name, "_") == 0 ||
                   (n->u.name.object && n->u.name.object->kind == OBJ_PKGNAME));
    if (!n->type && !exempt) {
      c->untyped_nodes++;
      fprintf(stderr, "no type: %s at %d:%d\n", node_kind_name(n->kind),
              (int)n->pos.line, (int)n->pos.col);
    }
  }
  if (n->kind == ND_IMPLICIT_CONV) {
    c->convs++;
    if (getenv("SHOW_CONVS"))
      fprintf(stderr, "conv at %d:%d\n", (int)n->pos.line, (int)n->pos.col);
  }
  if (n->kind == ND_NAME) {
    c->names++;
    if (!n->u.name.object && strcmp(n->u.name.name, "_") != 0) {
      c->unresolved++;
      if (!c->first_unresolved)
        c->first_unresolved = n->u.name.name;
    }
  }
}

static const char program[] =
    "package p\n"
    "import \"fmt\"\n"
    "type T struct{ x int }\n"
    "func (t *T) M() {}\n"
    "func (t T) V() int { return t.x }\n"
    "func f(a any, xs ...int) any { return len(xs) }\n"
    "func g() (any, error) {\n"
    "\tvar i any = 3\n"
    "\ti = T{}\n"
    "\tf(T{x: 1})\n"
    "\t_ = []any{1, \"a\"}\n"
    "\tch := make(chan any, 1)\n"
    "\tch <- 2\n"
    "\tm := map[any]int{}\n"
    "\tm[3] = 1\n"
    "\ts := []any{}\n"
    "\ts = append(s, 4)\n"
    "\t_ = i == 3\n"
    "\tvar t T\n"
    "\tt.M()\n"
    "\tp := &t\n"
    "\t_ = p.V()\n"
    "\tf(nil, 1, 2, 3)\n"
    "\tconst c = 1 << 3\n"
    "\tfmt.Println(c, p)\n"
    "\tfor k, v := range m {\n"
    "\t\t_, _ = k, v\n"
    "\t}\n"
    "\tif t.x > 0 {\n"
    "\t\tpanic(5)\n"
    "\t}\n"
    "\treturn t, nil\n"
    "}\n";

static void test_everything_recorded(void **state) {
  (void)state;
  Checked *k = check_text(program);
  if (k->errors.count)
    fprintf(stderr, "unexpected: %s\n", k->errors.first->message);
  assert_int_equal(k->errors.count, 0);
  Census census;
  memset(&census, 0, sizeof census);
  walk(k->file, count, &census);
  assert_true(census.exprs > 50);
  assert_int_equal(census.untyped_nodes, 0);
  if (census.unresolved)
    fprintf(stderr, "unresolved name: %s\n", census.first_unresolved);
  assert_int_equal(census.unresolved, 0);
  /* f's return len(xs); var i any = 3; i = T{}; f(T{..}); []any{1, "a"}
   * (2); ch <- 2; m[3]; append(s, 4); i == 3; f(nil, ...)'s nil is not
   * converted; the arguments of fmt.Println (2); panic(5); return t. */
  assert_int_equal(census.convs, 14);
  release(k);
}

/* Find the first node of a kind satisfying a predicate. */
typedef struct Finder {
  NodeKind kind;
  int line;
  Node *found;
} Finder;

static void find(Node *n, void *data) {
  Finder *f = data;
  if (!f->found && n->kind == f->kind && n->pos.line == f->line)
    f->found = n;
}

static Node *find_node(Checked *k, NodeKind kind, int line) {
  Finder f = {kind, line, NULL};
  walk(k->file, find, &f);
  return f.found;
}

static void test_implicit_operations(void **state) {
  (void)state;
  Checked *k = check_text(program);
  const Package *pkg = k->result.pkg;
  /* Line 8: var i any = 3 — the 3 is converted, its own type int. */
  Node *conv = find_node(k, ND_IMPLICIT_CONV, 8);
  assert_non_null(conv);
  assert_string_equal(types_string(conv->type, pkg), "any");
  assert_string_equal(types_string(conv->u.paren.x->type, pkg), "int");
  /* Line 20: t.M() needs &t. */
  Node *sel = find_node(k, ND_SELECTOR, 20);
  assert_non_null(sel);
  const ExprInfo *info = check_expr_info(pkg, sel);
  assert_non_null(info);
  assert_non_null(info->selection);
  assert_int_equal(info->selection->kind, SEL_METHOD_VALUE);
  assert_true(info->selection->implicit_addr);
  /* Line 22: p.V() needs *p. */
  sel = find_node(k, ND_SELECTOR, 22);
  info = check_expr_info(pkg, sel);
  assert_true(info->selection->implicit_deref);
  /* Line 23: f(nil, 1, 2, 3) packs 1, 2, 3 into a []int. */
  Node *call = find_node(k, ND_CALL, 23);
  info = check_expr_info(pkg, call);
  assert_true(info->has_variadic_slice);
  assert_int_equal(info->variadic_index, 1);
  assert_string_equal(types_string(info->variadic_slice, pkg), "[]int");
  /* Line 24: const c = 1 << 3 folds to 8. */
  Node *shift = find_node(k, ND_BINARY, 24);
  info = check_expr_info(pkg, shift);
  assert_int_equal(info->mode, MODE_CONSTANT);
  int64_t v;
  assert_true(value_get_int64(info->value, &v));
  assert_int_equal(v, 8);
  /* Line 25: the untyped constant argument took its default type. */
  Node *println_call = find_node(k, ND_CALL, 25);
  Node *arg = println_call->u.call.args;
  assert_int_equal(arg->kind, ND_IMPLICIT_CONV);
  assert_string_equal(types_string(arg->u.paren.x->type, pkg), "int");
  release(k);
}

static void test_errors_sorted_and_limited(void **state) {
  (void)state;
  Checked *k = check_text(
      "package p\n"
      "func f() {\n"
      "\tx := 1\n"
      "\t_ = y\n"
      "}\n");
  assert_int_equal(k->errors.count, 2);
  /* gc's order: by position (the unused x is found last, printed first). */
  assert_string_equal(k->errors.first->message, "declared and not used: x");
  assert_int_equal(k->errors.first->pos.line, 3);
  assert_string_equal(k->errors.first->next->message, "undefined: y");
  release(k);
}

static void test_generics(void **state) {
  (void)state;
  Checked *k = check_text(
      "package p\n"
      "type Num interface{ ~int | ~float64 }\n"
      "func Sum[T Num](xs ...T) T {\n"
      "\tvar s T\n"
      "\tfor _, x := range xs {\n"
      "\t\ts += x\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "type List[T any] struct{ next *List[T]; v T }\n"
      "func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }\n"
      "var a = Sum(1, 2.5)\n"
      "var b = (&List[string]{}).Push(\"x\").v\n");
  if (k->errors.count)
    fprintf(stderr, "unexpected: %s\n", k->errors.first->message);
  assert_int_equal(k->errors.count, 0);
  Object *a = types_scope_lookup(k->result.pkg->scope, intern("a", 1));
  Object *b = types_scope_lookup(k->result.pkg->scope, intern("b", 1));
  assert_string_equal(types_string(a->type, k->result.pkg), "float64");
  assert_string_equal(types_string(b->type, k->result.pkg), "string");
  release(k);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_everything_recorded),
      cmocka_unit_test(test_implicit_operations),
      cmocka_unit_test(test_errors_sorted_and_limited),
      cmocka_unit_test(test_generics),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
