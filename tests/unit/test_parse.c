/*
 * test_parse.c — unit tests for parse.c.
 *
 * Every declaration, statement and expression form parses into the node
 * kinds we expect, at the positions gc reports (pos) and ending just past
 * the last byte (end); node_start follows gc's syntax.StartPos; pragmas
 * attach to the next function; syntax errors read exactly as gc's; deep
 * nesting is refused cleanly.  The expected positions and messages were
 * checked against gc (go tool compile) and go/ast.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "goesc.h"

/* ---- helpers ---- */

typedef struct Parsed {
  Arena arena;
  ErrorList errors;
  Source *source;
  Node *file;
} Parsed;

static Parsed *parse_text(const char *text) {
  Parsed *p = calloc(1, sizeof *p);
  arena_init(&p->arena);
  error_list_init(&p->errors, 10);
  p->source = source_from_memory("x.go", text, strlen(text));
  p->file = parse_file(p->source, &p->errors, &p->arena);
  assert_non_null(p->file);
  assert_int_equal(p->file->kind, ND_FILE);
  return p;
}

/* Statements are wrapped in "package p\nfunc f() {\n...\n}": the first
 * statement is on line 3, column 1. */
static Parsed *parse_body(const char *stmts) {
  static char buffer[4096];
  snprintf(buffer, sizeof buffer, "package p\nfunc f() {\n%s\n}\n", stmts);
  return parse_text(buffer);
}

static void done(Parsed *p) {
  error_list_free(&p->errors);
  arena_free(&p->arena);
  source_free(p->source);
  free(p);
}

/* The i-th error as "line:col: message". */
static const char *error_text(const Parsed *p, int i) {
  static char buffer[512];
  const Error *e = p->errors.first;
  while (e != NULL && i-- > 0)
    e = e->next;
  if (e == NULL)
    return "<no error>";
  snprintf(buffer, sizeof buffer, "%d:%d: %s", (int)e->pos.line,
           (int)e->pos.col, e->message);
  return buffer;
}

static void assert_no_errors(const Parsed *p) {
  if (p->errors.count != 0)
    fail_msg("unexpected error %s", error_text(p, 0));
}

/* A preorder walk over every child, to find the n-th node of a kind. */
typedef struct Finder {
  NodeKind kind;
  int index;
  Node *found;
} Finder;

static void visit(Node *n, Finder *f);

static void visit_list(Node *n, Finder *f) {
  for (; n != NULL && f->found == NULL; n = n->next)
    visit(n, f);
}

static void visit(Node *n, Finder *f) {
  if (n == NULL || f->found != NULL)
    return;
  if (n->kind == f->kind && f->index-- == 0) {
    f->found = n;
    return;
  }
  switch (n->kind) {
  case ND_COMPOSITE_LIT: visit(n->u.composite.type, f); visit_list(n->u.composite.elems, f); break;
  case ND_KEY_VALUE: visit(n->u.key_value.key, f); visit(n->u.key_value.value, f); break;
  case ND_FUNC_LIT: visit(n->u.func_lit.type, f); visit(n->u.func_lit.body, f); break;
  case ND_PAREN: visit(n->u.paren.x, f); break;
  case ND_SELECTOR: visit(n->u.selector.x, f); visit(n->u.selector.sel, f); break;
  case ND_INDEX: visit(n->u.index.x, f); visit_list(n->u.index.index, f); break;
  case ND_SLICE_EXPR: visit(n->u.slice.x, f); visit(n->u.slice.low, f); visit(n->u.slice.high, f); visit(n->u.slice.max, f); break;
  case ND_TYPE_ASSERT: visit(n->u.assert.x, f); visit(n->u.assert.type, f); break;
  case ND_TYPE_SWITCH_GUARD: visit(n->u.guard.lhs, f); visit(n->u.guard.x, f); break;
  case ND_CALL: visit(n->u.call.fun, f); visit_list(n->u.call.args, f); break;
  case ND_UNARY: visit(n->u.unary.x, f); break;
  case ND_BINARY: visit(n->u.binary.x, f); visit(n->u.binary.y, f); break;
  case ND_ARRAY_TYPE: visit(n->u.array.len, f); visit(n->u.array.elem, f); break;
  case ND_SLICE_TYPE: visit(n->u.slice_type.elem, f); break;
  case ND_STRUCT_TYPE: visit_list(n->u.struct_type.fields, f); break;
  case ND_FUNC_TYPE: visit_list(n->u.func_type.params, f); visit_list(n->u.func_type.results, f); break;
  case ND_INTERFACE_TYPE: visit_list(n->u.interface_type.elems, f); break;
  case ND_MAP_TYPE: visit(n->u.map_type.key, f); visit(n->u.map_type.value, f); break;
  case ND_CHAN_TYPE: visit(n->u.chan_type.elem, f); break;
  case ND_ELLIPSIS: visit(n->u.ellipsis.elem, f); break;
  case ND_FIELD: visit_list(n->u.field.names, f); visit(n->u.field.type, f); visit(n->u.field.tag, f); break;
  case ND_BLOCK: visit_list(n->u.block.stmts, f); break;
  case ND_EXPR_STMT: visit(n->u.expr_stmt.x, f); break;
  case ND_SEND_STMT: visit(n->u.send.chan, f); visit(n->u.send.value, f); break;
  case ND_INC_DEC_STMT: visit(n->u.inc_dec.x, f); break;
  case ND_ASSIGN_STMT: visit_list(n->u.assign.lhs, f); visit_list(n->u.assign.rhs, f); break;
  case ND_GO_STMT: case ND_DEFER_STMT: visit(n->u.go_defer.call, f); break;
  case ND_RETURN_STMT: visit_list(n->u.return_stmt.results, f); break;
  case ND_BRANCH_STMT: visit(n->u.branch.label, f); break;
  case ND_IF_STMT: visit(n->u.if_stmt.init, f); visit(n->u.if_stmt.cond, f); visit(n->u.if_stmt.then, f); visit(n->u.if_stmt.els, f); break;
  case ND_SWITCH_STMT: visit(n->u.switch_stmt.init, f); visit(n->u.switch_stmt.tag, f); visit_list(n->u.switch_stmt.clauses, f); break;
  case ND_CASE_CLAUSE: visit_list(n->u.case_clause.list, f); visit_list(n->u.case_clause.body, f); break;
  case ND_SELECT_STMT: visit_list(n->u.select_stmt.clauses, f); break;
  case ND_COMM_CLAUSE: visit(n->u.comm_clause.comm, f); visit_list(n->u.comm_clause.body, f); break;
  case ND_FOR_STMT: visit(n->u.for_stmt.init, f); visit(n->u.for_stmt.cond, f); visit(n->u.for_stmt.post, f); visit(n->u.for_stmt.body, f); break;
  case ND_RANGE_STMT: visit(n->u.range_stmt.key, f); visit(n->u.range_stmt.value, f); visit(n->u.range_stmt.x, f); visit(n->u.range_stmt.body, f); break;
  case ND_LABELED_STMT: visit(n->u.labeled.label, f); visit(n->u.labeled.stmt, f); break;
  case ND_DECL_STMT: visit_list(n->u.decl_stmt.decls, f); break;
  case ND_IMPORT_SPEC: visit(n->u.import_spec.name, f); visit(n->u.import_spec.path, f); break;
  case ND_CONST_SPEC: case ND_VAR_SPEC: visit_list(n->u.value_spec.names, f); visit(n->u.value_spec.type, f); visit_list(n->u.value_spec.values, f); break;
  case ND_TYPE_SPEC: visit(n->u.type_spec.name, f); visit_list(n->u.type_spec.tparams, f); visit(n->u.type_spec.type, f); break;
  case ND_FUNC_DECL: visit_list(n->u.func_decl.recv, f); visit(n->u.func_decl.name, f); visit_list(n->u.func_decl.tparams, f); visit(n->u.func_decl.type, f); visit(n->u.func_decl.body, f); break;
  case ND_FILE: visit(n->u.file.package_name, f); visit_list(n->u.file.decls, f); break;
  default: break;
  }
}

static Node *find(const Parsed *p, NodeKind kind, int index) {
  Finder f = {kind, index, NULL};
  visit(p->file, &f);
  if (f.found == NULL)
    fail_msg("no %s #%d", node_kind_name(kind), index);
  return f.found;
}

/* The i-th statement of the first function's body. */
static Node *stmt(const Parsed *p, int i) {
  Node *s = find(p, ND_FUNC_DECL, 0)->u.func_decl.body->u.block.stmts;
  while (s != NULL && i-- > 0)
    s = s->next;
  assert_non_null(s);
  return s;
}

static Node *nth(Node *list, int i) {
  while (list != NULL && i-- > 0)
    list = list->next;
  assert_non_null(list);
  return list;
}

static int count(const Node *list) {
  int n = 0;
  for (; list != NULL; list = list->next)
    n++;
  return n;
}

static void assert_name(const Node *n, const char *name) {
  assert_non_null(n);
  assert_int_equal(n->kind, ND_NAME);
  assert_string_equal(n->u.name.name, name);
}

/* pos and end of a node, as line:col pairs. */
#define assert_span(node, l1, c1, l2, c2)                              \
  do {                                                                 \
    const Node *n_ = (node);                                           \
    assert_non_null(n_);                                               \
    assert_int_equal(n_->pos.line, (l1));                              \
    assert_int_equal(n_->pos.col, (c1));                               \
    assert_int_equal(n_->end.line, (l2));                              \
    assert_int_equal(n_->end.col, (c2));                               \
  } while (0)

#define assert_start(node, l1, c1)                                     \
  do {                                                                 \
    Pos s_ = node_start(node);                                         \
    assert_int_equal(s_.line, (l1));                                   \
    assert_int_equal(s_.col, (c1));                                    \
  } while (0)

/* ---- declarations ---- */

static void test_package_and_imports(void **state) {
  (void)state;
  Parsed *p = parse_text("package main\n"
                         "\n"
                         "import \"fmt\"\n"
                         "import (\n"
                         "\tf \"fmt\"\n"
                         "\t. \"os\"\n"
                         "\t_ \"strings\"\n"
                         ")\n");
  assert_no_errors(p);
  assert_name(p->file->u.file.package_name, "main");
  assert_span(p->file->u.file.package_name, 1, 9, 1, 13);
  Node *d = p->file->u.file.decls;
  assert_int_equal(count(d), 4);
  assert_int_equal(d->kind, ND_IMPORT_SPEC);
  assert_null(d->u.import_spec.name);
  assert_span(d, 3, 8, 3, 13);
  assert_int_equal(d->u.import_spec.path->u.lit.kind, LIT_STRING);
  assert_name(nth(d, 1)->u.import_spec.name, "f");
  assert_span(nth(d, 1), 5, 2, 5, 9);
  assert_name(nth(d, 2)->u.import_spec.name, ".");
  assert_name(nth(d, 3)->u.import_spec.name, "_");
  done(p);
}

static void test_const_groups_and_iota(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "const a = 1\n"
                         "const (\n"
                         "\tb, c int = iota, iota * 2\n"
                         "\td, e\n"
                         "\t_\n"
                         ")\n"
                         "const (\n"
                         "\tx = iota\n"
                         ")\n");
  assert_no_errors(p);
  Node *a = find(p, ND_CONST_SPEC, 0), *b = find(p, ND_CONST_SPEC, 1);
  Node *d = find(p, ND_CONST_SPEC, 2), *u = find(p, ND_CONST_SPEC, 3);
  Node *x = find(p, ND_CONST_SPEC, 4);
  assert_int_equal(a->u.value_spec.group, 0);
  assert_int_equal(a->u.value_spec.iota, 0);
  assert_non_null(a->u.value_spec.values);
  /* b and d share group 1, x is in group 2 */
  assert_int_equal(b->u.value_spec.group, 1);
  assert_int_equal(b->u.value_spec.iota, 0);
  assert_span(b, 4, 2, 4, 27);
  assert_int_equal(count(b->u.value_spec.names), 2);
  assert_name(b->u.value_spec.type, "int");
  assert_int_equal(count(b->u.value_spec.values), 2);
  /* an omitted type and value list stay NULL: the checker repeats */
  assert_int_equal(d->u.value_spec.group, 1);
  assert_int_equal(d->u.value_spec.iota, 1);
  assert_null(d->u.value_spec.type);
  assert_null(d->u.value_spec.values);
  assert_int_equal(u->u.value_spec.iota, 2);
  assert_int_equal(x->u.value_spec.group, 2);
  assert_int_equal(x->u.value_spec.iota, 0);
  done(p);
}

static void test_var_decls(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "var v1 int\n"
                         "var v2 = 1\n"
                         "var (\n"
                         "\tv3, v4 string = \"a\", \"b\"\n"
                         ")\n");
  assert_no_errors(p);
  Node *v1 = find(p, ND_VAR_SPEC, 0), *v2 = find(p, ND_VAR_SPEC, 1);
  Node *v3 = find(p, ND_VAR_SPEC, 2);
  assert_span(v1, 2, 5, 2, 11);
  assert_name(v1->u.value_spec.type, "int");
  assert_null(v1->u.value_spec.values);
  assert_null(v2->u.value_spec.type);
  assert_int_equal(v2->u.value_spec.values->kind, ND_BASIC_LIT);
  assert_int_equal(v3->u.value_spec.group, 1);
  assert_int_equal(count(v3->u.value_spec.names), 2);
  assert_int_equal(count(v3->u.value_spec.values), 2);
  done(p);
}

static void test_type_decls(void **state) {
  (void)state;
  Parsed *p = parse_text(
      "package p\n"
      "type A = B\n"
      "type L[T any] struct{ next *L[T] }\n"
      "type Arr[N]int\n"
      "type G[P *C] struct{}\n"
      "type G2[P *C,] struct{}\n"
      "type S[P []E] int\n"
      "type Num interface{ ~int | ~float64; String() string }\n"
      "type M[K comparable, V any] map[K]V\n"
      "type Emb interface{ fmt.Stringer; List[int] }\n");
  assert_no_errors(p);
  Node *a = find(p, ND_TYPE_SPEC, 0);
  assert_true(a->u.type_spec.alias);
  assert_span(a, 2, 6, 2, 11);

  Node *l = find(p, ND_TYPE_SPEC, 1);
  assert_false(l->u.type_spec.alias);
  assert_int_equal(count(l->u.type_spec.tparams), 1);
  assert_name(l->u.type_spec.tparams->u.field.names, "T");
  assert_name(l->u.type_spec.tparams->u.field.type, "any");
  assert_int_equal(l->u.type_spec.type->kind, ND_STRUCT_TYPE);

  /* "type A[N]int" is an array type, as in gc */
  Node *arr = find(p, ND_TYPE_SPEC, 2);
  assert_null(arr->u.type_spec.tparams);
  assert_int_equal(arr->u.type_spec.type->kind, ND_ARRAY_TYPE);
  assert_name(arr->u.type_spec.type->u.array.len, "N");

  /* [P *C] is an array length P*C; a trailing comma makes it generic */
  Node *g = find(p, ND_TYPE_SPEC, 3), *g2 = find(p, ND_TYPE_SPEC, 4);
  assert_null(g->u.type_spec.tparams);
  assert_int_equal(g->u.type_spec.type->u.array.len->kind, ND_BINARY);
  assert_int_equal(count(g2->u.type_spec.tparams), 1);
  assert_int_equal(g2->u.type_spec.tparams->u.field.type->kind, ND_UNARY);

  Node *s = find(p, ND_TYPE_SPEC, 5);
  assert_int_equal(s->u.type_spec.tparams->u.field.type->kind, ND_SLICE_TYPE);

  Node *num = find(p, ND_TYPE_SPEC, 6)->u.type_spec.type;
  assert_int_equal(num->kind, ND_INTERFACE_TYPE);
  Node *union_ = num->u.interface_type.elems->u.field.type;
  assert_null(num->u.interface_type.elems->u.field.names);
  assert_int_equal(union_->kind, ND_BINARY);
  assert_int_equal(union_->u.binary.op, TK_OR);
  assert_int_equal(union_->u.binary.x->kind, ND_UNARY);
  assert_int_equal(union_->u.binary.x->u.unary.op, TK_TILDE);
  Node *method = nth(num->u.interface_type.elems, 1);
  assert_name(method->u.field.names, "String");
  assert_int_equal(method->u.field.type->kind, ND_FUNC_TYPE);

  Node *m = find(p, ND_TYPE_SPEC, 7);
  assert_int_equal(count(m->u.type_spec.tparams), 2);
  assert_int_equal(m->u.type_spec.type->kind, ND_MAP_TYPE);

  Node *emb = find(p, ND_TYPE_SPEC, 8)->u.type_spec.type;
  assert_int_equal(emb->u.interface_type.elems->u.field.type->kind,
                   ND_SELECTOR);
  assert_int_equal(nth(emb->u.interface_type.elems, 1)->u.field.type->kind,
                   ND_INDEX);
  done(p);
}

static void test_struct_fields(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "type T struct {\n"
                         "\ta, b int `json:\"a\"`\n"
                         "\tE\n"
                         "\t*pkg.F\n"
                         "\tG[int]\n"
                         "\tarr [4]byte\n"
                         "}\n");
  assert_no_errors(p);
  Node *fields = find(p, ND_STRUCT_TYPE, 0)->u.struct_type.fields;
  assert_int_equal(count(fields), 5);
  assert_int_equal(count(fields->u.field.names), 2); /* grouped */
  assert_span(fields, 3, 2, 3, 21);
  assert_non_null(fields->u.field.tag);
  assert_true(nth(fields, 1)->u.field.embedded);
  assert_true(nth(fields, 2)->u.field.embedded);
  assert_int_equal(nth(fields, 2)->u.field.type->kind, ND_UNARY);
  assert_true(nth(fields, 3)->u.field.embedded);
  assert_int_equal(nth(fields, 3)->u.field.type->kind, ND_INDEX);
  assert_false(nth(fields, 4)->u.field.embedded);
  assert_int_equal(nth(fields, 4)->u.field.type->kind, ND_ARRAY_TYPE);
  done(p);
}

static void test_func_decls(void **state) {
  (void)state;
  Parsed *p = parse_text(
      "package p\n"
      "func F[T any, U comparable](x T, y ...U) (r T, err error) { return }\n"
      "func (l *L[T]) Method() {}\n"
      "func Bodyless(int) int\n"
      "func (L[_]) M2()\n");
  assert_no_errors(p);
  Node *f = find(p, ND_FUNC_DECL, 0);
  /* gc puts a function declaration at the token after "func" */
  assert_span(f, 2, 6, 2, 69);
  assert_start(f, 2, 6);
  assert_null(f->u.func_decl.recv);
  assert_name(f->u.func_decl.name, "F");
  assert_int_equal(count(f->u.func_decl.tparams), 2);
  Node *params = f->u.func_decl.type->u.func_type.params;
  assert_int_equal(count(params), 2);
  assert_int_equal(nth(params, 1)->u.field.type->kind, ND_ELLIPSIS);
  assert_int_equal(count(f->u.func_decl.type->u.func_type.results), 2);
  assert_span(f->u.func_decl.type, 2, 7, 2, 58); /* at the "[" */

  Node *m = find(p, ND_FUNC_DECL, 1);
  assert_span(m, 3, 6, 3, 27);
  assert_name(m->u.func_decl.recv->u.field.names, "l");
  Node *rt = m->u.func_decl.recv->u.field.type;
  assert_int_equal(rt->kind, ND_UNARY);
  assert_int_equal(rt->u.unary.x->kind, ND_INDEX);

  Node *b = find(p, ND_FUNC_DECL, 2);
  assert_null(b->u.func_decl.body);
  assert_null(b->u.func_decl.type->u.func_type.params->u.field.names);
  assert_null(find(p, ND_FUNC_DECL, 3)->u.func_decl.body);
  done(p);
}

static void test_pragmas(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "\n"
                         "//go:noinline\n"
                         "func a() {}\n"
                         "\n"
                         "//go:noescape\n"
                         "//go:nosplit\n"
                         "func b()\n"
                         "\n"
                         "func c() {}\n"
                         "\n"
                         "//go:noinline\n"
                         "var v int\n"
                         "\n"
                         "func d() {}\n"
                         "\n"
                         "//go:linkname e runtime.e\n"
                         "  //go:norace\n"
                         "func e()\n"
                         "\n"
                         "var w int //go:noinline\n"
                         "func g() {}\n");
  assert_no_errors(p);
  assert_int_equal(find(p, ND_FUNC_DECL, 0)->pragmas,
                   PRAGMA_NOINLINE);
  assert_int_equal(find(p, ND_FUNC_DECL, 1)->pragmas,
                   PRAGMA_NOESCAPE | PRAGMA_NOSPLIT);
  assert_int_equal(find(p, ND_FUNC_DECL, 2)->pragmas, 0);
  /* the directive went to the var declaration, not to d */
  assert_int_equal(find(p, ND_FUNC_DECL, 3)->pragmas, 0);
  assert_int_equal(find(p, ND_FUNC_DECL, 4)->pragmas,
                   PRAGMA_LINKNAME | PRAGMA_NORACE);
  /* a directive after code on its line is not one */
  assert_int_equal(find(p, ND_FUNC_DECL, 5)->pragmas, 0);
  /* the lexer's comment list is handed on */
  assert_non_null(p->file->u.file.comments);
  assert_int_equal(p->file->u.file.comments->kind, COMMENT_GO_DIRECTIVE);
  assert_int_equal(p->file->u.file.comments->pos.line, 3);
  done(p);
}

/* ---- statements ---- */

static void test_simple_statements(void **state) {
  (void)state;
  Parsed *p = parse_body("x := 1\n"
                         "x++\n"
                         "y--\n"
                         "a += 1\n"
                         "b <<= 2\n"
                         "c &^= 3\n"
                         "ch <- v\n"
                         "f()\n"
                         "a, b = b, a\n"
                         ";\n"
                         "var q = 1\n"
                         "const r = 2\n"
                         "type t int");
  assert_no_errors(p);
  /* an assignment sits at its operator */
  assert_int_equal(stmt(p, 0)->kind, ND_ASSIGN_STMT);
  assert_int_equal(stmt(p, 0)->u.assign.op, TK_DEFINE);
  assert_span(stmt(p, 0), 3, 3, 3, 7);
  assert_start(stmt(p, 0), 3, 1);
  assert_int_equal(stmt(p, 1)->kind, ND_INC_DEC_STMT);
  assert_int_equal(stmt(p, 1)->u.inc_dec.op, TK_INC);
  assert_span(stmt(p, 1), 4, 2, 4, 4);
  assert_start(stmt(p, 1), 4, 1);
  assert_int_equal(stmt(p, 2)->u.inc_dec.op, TK_DEC);
  assert_int_equal(stmt(p, 3)->u.assign.op, TK_ADD_ASSIGN);
  assert_int_equal(stmt(p, 4)->u.assign.op, TK_SHL_ASSIGN);
  assert_int_equal(stmt(p, 5)->u.assign.op, TK_AND_NOT_ASSIGN);
  assert_int_equal(stmt(p, 6)->kind, ND_SEND_STMT);
  assert_span(stmt(p, 6), 9, 4, 9, 8);
  assert_start(stmt(p, 6), 9, 1);
  /* an expression statement sits where its expression does */
  assert_int_equal(stmt(p, 7)->kind, ND_EXPR_STMT);
  assert_span(stmt(p, 7), 10, 2, 10, 4);
  assert_int_equal(count(stmt(p, 8)->u.assign.lhs), 2);
  assert_int_equal(stmt(p, 8)->u.assign.op, TK_ASSIGN);
  assert_int_equal(stmt(p, 9)->kind, ND_EMPTY_STMT);
  assert_int_equal(stmt(p, 10)->kind, ND_DECL_STMT);
  assert_int_equal(stmt(p, 10)->u.decl_stmt.decls->kind, ND_VAR_SPEC);
  assert_span(stmt(p, 10), 13, 1, 13, 10);
  assert_int_equal(stmt(p, 11)->u.decl_stmt.decls->kind, ND_CONST_SPEC);
  assert_int_equal(stmt(p, 12)->u.decl_stmt.decls->kind, ND_TYPE_SPEC);
  done(p);
}

static void test_control_flow(void **state) {
  (void)state;
  Parsed *p = parse_body("L:\n"
                         "\tfor i := 0; i < 10; i++ {\n"
                         "\t\tif i%2 == 0 {\n"
                         "\t\t\tcontinue L\n"
                         "\t\t} else if i > 5 {\n"
                         "\t\t\tbreak L\n"
                         "\t\t} else {\n"
                         "\t\t\tgoto L\n"
                         "\t\t}\n"
                         "\t}\n"
                         "go f(x)\n"
                         "defer g()\n"
                         "return\n");
  assert_no_errors(p);
  Node *l = stmt(p, 0);
  assert_int_equal(l->kind, ND_LABELED_STMT);
  assert_span(l, 3, 2, 12, 3); /* at the ":" */
  assert_name(l->u.labeled.label, "L");
  Node *f = l->u.labeled.stmt;
  assert_int_equal(f->kind, ND_FOR_STMT);
  assert_span(f, 4, 2, 12, 3);
  assert_int_equal(f->u.for_stmt.init->kind, ND_ASSIGN_STMT);
  assert_int_equal(f->u.for_stmt.cond->kind, ND_BINARY);
  assert_int_equal(f->u.for_stmt.post->kind, ND_INC_DEC_STMT);
  Node *i = f->u.for_stmt.body->u.block.stmts;
  assert_int_equal(i->kind, ND_IF_STMT);
  assert_span(i, 5, 3, 11, 4);
  Node *elif = i->u.if_stmt.els;
  assert_int_equal(elif->kind, ND_IF_STMT);
  assert_int_equal(elif->u.if_stmt.els->kind, ND_BLOCK);
  Node *cont = i->u.if_stmt.then->u.block.stmts;
  assert_int_equal(cont->kind, ND_BRANCH_STMT);
  assert_int_equal(cont->u.branch.op, TK_CONTINUE);
  assert_name(cont->u.branch.label, "L");
  assert_span(cont, 6, 4, 6, 14);
  Node *brk = elif->u.if_stmt.then->u.block.stmts;
  assert_int_equal(brk->u.branch.op, TK_BREAK);
  Node *go = elif->u.if_stmt.els->u.block.stmts;
  assert_int_equal(go->u.branch.op, TK_GOTO);

  assert_int_equal(stmt(p, 1)->kind, ND_GO_STMT);
  assert_span(stmt(p, 1), 13, 1, 13, 8);
  assert_int_equal(stmt(p, 1)->u.go_defer.call->kind, ND_CALL);
  assert_int_equal(stmt(p, 2)->kind, ND_DEFER_STMT);
  assert_int_equal(stmt(p, 3)->kind, ND_RETURN_STMT);
  assert_null(stmt(p, 3)->u.return_stmt.results);
  done(p);
}

static void test_switch_and_select(void **state) {
  (void)state;
  Parsed *p = parse_body("switch x := y.(type) {\n"
                         "case int, string:\n"
                         "default:\n"
                         "}\n"
                         "switch z := 1; z {\n"
                         "case 1:\n"
                         "\tfallthrough\n"
                         "case 2:\n"
                         "}\n"
                         "select {\n"
                         "case v, ok := <-ch:\n"
                         "\t_, _ = v, ok\n"
                         "case ch <- 1:\n"
                         "case <-done:\n"
                         "default:\n"
                         "}\n"
                         "switch {\n"
                         "}");
  assert_no_errors(p);
  Node *ts = stmt(p, 0);
  assert_int_equal(ts->kind, ND_SWITCH_STMT);
  assert_null(ts->u.switch_stmt.init);
  Node *guard = ts->u.switch_stmt.tag;
  assert_int_equal(guard->kind, ND_TYPE_SWITCH_GUARD);
  assert_name(guard->u.guard.lhs, "x");
  assert_span(guard, 3, 14, 3, 21); /* at the "." */
  assert_start(guard, 3, 8);
  Node *c0 = ts->u.switch_stmt.clauses;
  assert_int_equal(count(c0->u.case_clause.list), 2);
  assert_span(c0, 4, 1, 4, 18);
  assert_true(nth(c0, 1)->u.case_clause.is_default);

  Node *es = stmt(p, 1);
  assert_int_equal(es->u.switch_stmt.init->kind, ND_ASSIGN_STMT);
  assert_name(es->u.switch_stmt.tag, "z");
  Node *ft = es->u.switch_stmt.clauses->u.case_clause.body;
  assert_int_equal(ft->kind, ND_BRANCH_STMT);
  assert_int_equal(ft->u.branch.op, TK_FALLTHROUGH);

  Node *sel = stmt(p, 2);
  assert_int_equal(sel->kind, ND_SELECT_STMT);
  Node *cc = sel->u.select_stmt.clauses;
  assert_int_equal(count(cc), 4);
  Node *recv = cc->u.comm_clause.comm;
  assert_int_equal(recv->kind, ND_ASSIGN_STMT);
  assert_int_equal(recv->u.assign.op, TK_DEFINE);
  assert_int_equal(count(recv->u.assign.lhs), 2);
  assert_int_equal(recv->u.assign.rhs->kind, ND_UNARY);
  assert_int_equal(recv->u.assign.rhs->u.unary.op, TK_ARROW);
  assert_int_equal(nth(cc, 1)->u.comm_clause.comm->kind, ND_SEND_STMT);
  assert_int_equal(nth(cc, 2)->u.comm_clause.comm->kind, ND_EXPR_STMT);
  assert_true(nth(cc, 3)->u.comm_clause.is_default);
  assert_null(nth(cc, 3)->u.comm_clause.comm);

  assert_null(stmt(p, 3)->u.switch_stmt.tag);
  assert_null(stmt(p, 3)->u.switch_stmt.clauses);
  done(p);
}

static void test_for_forms(void **state) {
  (void)state;
  Parsed *p = parse_body("for range x {}\n"
                         "for i := range 10 {}\n"
                         "for k, v = range m {}\n"
                         "for {}\n"
                         "for cond {}\n"
                         "for ; ; {}\n"
                         "for x := range seq {\n}");
  assert_no_errors(p);
  Node *r0 = stmt(p, 0);
  assert_int_equal(r0->kind, ND_RANGE_STMT);
  assert_span(r0, 3, 1, 3, 15);
  assert_null(r0->u.range_stmt.key);
  assert_int_equal(r0->u.range_stmt.op, TK_EOF);
  assert_name(r0->u.range_stmt.x, "x");
  Node *r1 = stmt(p, 1);
  assert_name(r1->u.range_stmt.key, "i");
  assert_null(r1->u.range_stmt.value);
  assert_int_equal(r1->u.range_stmt.op, TK_DEFINE);
  assert_int_equal(r1->u.range_stmt.x->kind, ND_BASIC_LIT);
  Node *r2 = stmt(p, 2);
  assert_name(r2->u.range_stmt.key, "k");
  assert_name(r2->u.range_stmt.value, "v");
  assert_null(r2->u.range_stmt.key->next);
  assert_int_equal(r2->u.range_stmt.op, TK_ASSIGN);
  Node *inf = stmt(p, 3);
  assert_int_equal(inf->kind, ND_FOR_STMT);
  assert_null(inf->u.for_stmt.init);
  assert_null(inf->u.for_stmt.cond);
  assert_null(inf->u.for_stmt.post);
  assert_name(stmt(p, 4)->u.for_stmt.cond, "cond");
  assert_null(stmt(p, 5)->u.for_stmt.cond);
  assert_span(stmt(p, 6), 9, 1, 10, 2);
  done(p);
}

/* ---- expressions ---- */

static void test_precedence(void **state) {
  (void)state;
  Parsed *p = parse_body("_ = a || b && c == d+e*f<<g");
  assert_no_errors(p);
  Node *x = stmt(p, 0)->u.assign.rhs;
  assert_int_equal(x->kind, ND_BINARY);
  assert_int_equal(x->u.binary.op, TK_LOR);
  assert_span(x, 3, 7, 3, 28); /* at the operator */
  assert_start(x, 3, 5);
  Node *and_ = x->u.binary.y;
  assert_int_equal(and_->u.binary.op, TK_LAND);
  Node *eq = and_->u.binary.y;
  assert_int_equal(eq->u.binary.op, TK_EQL);
  Node *add = eq->u.binary.y;
  assert_int_equal(add->u.binary.op, TK_ADD);
  Node *shl = add->u.binary.y;
  assert_int_equal(shl->u.binary.op, TK_SHL); /* * and << are level 5 */
  assert_int_equal(shl->u.binary.x->u.binary.op, TK_MUL);
  done(p);
}

static void test_unary_and_receive(void **state) {
  (void)state;
  Parsed *p = parse_body("_ = -x\n"
                         "_ = !b\n"
                         "_ = ^y\n"
                         "_ = &T{}\n"
                         "_ = *ptr\n"
                         "_ = <-ch\n"
                         "_ = <-chan int(nil)\n"
                         "_ = (<-chan int)(nil)");
  assert_no_errors(p);
  static const TokenKind ops[] = {TK_SUB, TK_NOT, TK_XOR, TK_AND, TK_MUL,
                                  TK_ARROW};
  for (int i = 0; i < 6; i++) {
    Node *u = stmt(p, i)->u.assign.rhs;
    assert_int_equal(u->kind, ND_UNARY);
    assert_int_equal(u->u.unary.op, ops[i]);
    assert_int_equal(u->pos.col, 5);
  }
  assert_span(stmt(p, 0)->u.assign.rhs, 3, 5, 3, 7);
  assert_span(stmt(p, 5)->u.assign.rhs, 8, 5, 8, 9);
  /* <-chan int(nil) receives from a conversion */
  Node *r = stmt(p, 6)->u.assign.rhs;
  assert_int_equal(r->u.unary.op, TK_ARROW);
  assert_int_equal(r->u.unary.x->kind, ND_CALL);
  assert_int_equal(r->u.unary.x->u.call.fun->kind, ND_CHAN_TYPE);
  /* (<-chan int)(nil) converts to a receive-only channel */
  Node *c = stmt(p, 7)->u.assign.rhs;
  assert_int_equal(c->kind, ND_CALL);
  Node *ct = c->u.call.fun->u.paren.x;
  assert_int_equal(ct->kind, ND_CHAN_TYPE);
  assert_int_equal(ct->u.chan_type.dir, CHAN_RECV);
  done(p);
}

static void test_channel_types(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "var a <-chan chan<- int\n"
                         "var b chan (<-chan int)\n"
                         "var c chan<- chan int\n");
  assert_no_errors(p);
  Node *a = find(p, ND_VAR_SPEC, 0)->u.value_spec.type;
  assert_int_equal(a->u.chan_type.dir, CHAN_RECV);
  assert_span(a, 2, 7, 2, 24);
  assert_int_equal(a->u.chan_type.elem->u.chan_type.dir, CHAN_SEND);
  Node *b = find(p, ND_VAR_SPEC, 1)->u.value_spec.type;
  assert_int_equal(b->u.chan_type.dir, CHAN_BOTH);
  assert_int_equal(b->u.chan_type.elem->kind, ND_PAREN);
  Node *c = find(p, ND_VAR_SPEC, 2)->u.value_spec.type;
  assert_int_equal(c->u.chan_type.dir, CHAN_SEND);
  assert_int_equal(c->u.chan_type.elem->u.chan_type.dir, CHAN_BOTH);
  done(p);
}

static void test_composite_literals(void **state) {
  (void)state;
  Parsed *p = parse_body("_ = []Point{{1, 2}, {X: 3}}\n"
                         "_ = map[string]int{\"a\": 1}\n"
                         "_ = [...]int{1, 2}\n"
                         "_ = List[int]{}\n"
                         "_ = pkg.T{}\n"
                         "_ = struct{ a int }{a: 1}");
  assert_no_errors(p);
  Node *c = stmt(p, 0)->u.assign.rhs;
  assert_int_equal(c->kind, ND_COMPOSITE_LIT);
  assert_span(c, 3, 12, 3, 28); /* at the "{" */
  assert_start(c, 3, 5);
  assert_int_equal(c->u.composite.count, 2);
  assert_int_equal(c->u.composite.type->kind, ND_SLICE_TYPE);
  Node *inner = c->u.composite.elems;
  assert_int_equal(inner->kind, ND_COMPOSITE_LIT);
  assert_null(inner->u.composite.type); /* elided */
  assert_span(inner, 3, 13, 3, 19);
  Node *kv = nth(c->u.composite.elems, 1)->u.composite.elems;
  assert_int_equal(kv->kind, ND_KEY_VALUE);
  assert_span(kv, 3, 23, 3, 26); /* at the ":" */
  assert_start(kv, 3, 22);

  Node *m = stmt(p, 1)->u.assign.rhs;
  assert_int_equal(m->u.composite.type->kind, ND_MAP_TYPE);
  assert_span(m->u.composite.type, 4, 5, 4, 19);

  Node *arr = stmt(p, 2)->u.assign.rhs->u.composite.type;
  assert_int_equal(arr->kind, ND_ARRAY_TYPE);
  assert_int_equal(arr->u.array.len->kind, ND_ELLIPSIS);
  assert_null(arr->u.array.len->u.ellipsis.elem);

  Node *gen = stmt(p, 3)->u.assign.rhs;
  assert_int_equal(gen->u.composite.type->kind, ND_INDEX);
  assert_int_equal(gen->u.composite.count, 0);
  assert_int_equal(stmt(p, 4)->u.assign.rhs->u.composite.type->kind,
                   ND_SELECTOR);
  assert_int_equal(stmt(p, 5)->u.assign.rhs->u.composite.type->kind,
                   ND_STRUCT_TYPE);
  done(p);
}

/* gc: in an if/for/switch header "{" after a bare type name starts the
 * block, so such a composite literal needs parentheses. */
static void test_composite_literal_in_header(void **state) {
  (void)state;
  Parsed *p = parse_body("if x == (T{}) {\n}\n"
                         "for _, v := range []T{{1}} {\n}\n"
                         "switch (T{}) {\n}\n"
                         "if f(T{}) {\n}");
  assert_no_errors(p);
  assert_int_equal(stmt(p, 0)->u.if_stmt.cond->u.binary.y->kind, ND_PAREN);
  done(p);

  /* read as "if x == T {}" followed by a stray "{" */
  p = parse_body("if x == T{} {\n}");
  assert_string_equal(error_text(p, 0),
                      "3:13: syntax error: unexpected { at end of statement");
  assert_int_equal(stmt(p, 0)->kind, ND_IF_STMT);
  assert_name(stmt(p, 0)->u.if_stmt.cond->u.binary.y, "T");
  done(p);

  /* read as "for T {}" followed by ".ok {" */
  p = parse_body("for T{}.ok {\n}");
  assert_string_equal(error_text(p, 0),
                      "3:8: syntax error: unexpected . at end of statement");
  done(p);
}

static void test_primary_expressions(void **state) {
  (void)state;
  Parsed *p = parse_body("_ = f(x)\n"
                         "_ = a.b\n"
                         "_ = a[i]\n"
                         "_ = a[i:j]\n"
                         "_ = s[1:2:3]\n"
                         "_ = x.(T)\n"
                         "_ = f(xs...)\n"
                         "_ = g[int, string]\n"
                         "_ = []byte(s)\n"
                         "_ = (x)\n"
                         "_ = func(x int) int { return x }\n"
                         "_ = s[:]");
  assert_no_errors(p);
  Node *call = stmt(p, 0)->u.assign.rhs;
  assert_int_equal(call->kind, ND_CALL);
  assert_span(call, 3, 6, 3, 9); /* at the "(" */
  assert_start(call, 3, 5);
  assert_false(call->u.call.has_dots);
  assert_span(stmt(p, 1)->u.assign.rhs, 4, 6, 4, 8); /* at the "." */
  assert_span(stmt(p, 2)->u.assign.rhs, 5, 6, 5, 9); /* at the "[" */
  Node *sl = stmt(p, 3)->u.assign.rhs;
  assert_int_equal(sl->kind, ND_SLICE_EXPR);
  assert_span(sl, 6, 6, 6, 11);
  assert_start(sl, 6, 6); /* gc's StartPos does not look left here */
  assert_false(sl->u.slice.full);
  Node *s3 = stmt(p, 4)->u.assign.rhs;
  assert_true(s3->u.slice.full);
  assert_non_null(s3->u.slice.max);
  Node *as = stmt(p, 5)->u.assign.rhs;
  assert_int_equal(as->kind, ND_TYPE_ASSERT);
  assert_span(as, 8, 6, 8, 10);
  assert_true(stmt(p, 6)->u.assign.rhs->u.call.has_dots);
  Node *inst = stmt(p, 7)->u.assign.rhs;
  assert_int_equal(inst->kind, ND_INDEX);
  assert_int_equal(count(inst->u.index.index), 2);
  Node *conv = stmt(p, 8)->u.assign.rhs;
  assert_int_equal(conv->u.call.fun->kind, ND_SLICE_TYPE);
  assert_span(stmt(p, 9)->u.assign.rhs, 12, 5, 12, 8);
  Node *lit = stmt(p, 10)->u.assign.rhs;
  assert_int_equal(lit->kind, ND_FUNC_LIT);
  assert_span(lit, 13, 5, 13, 33);
  assert_span(lit->u.func_lit.type, 13, 9, 13, 20); /* at the "(" */
  Node *all = stmt(p, 11)->u.assign.rhs;
  assert_null(all->u.slice.low);
  assert_null(all->u.slice.high);
  done(p);
}

static void test_literals(void **state) {
  (void)state;
  Parsed *p = parse_body("_ = 42\n_ = 1.5\n_ = 2i\n_ = 'a'\n"
                         "_ = \"s\"\n_ = `raw\nstring`");
  assert_no_errors(p);
  static const LiteralKind kinds[] = {LIT_INT, LIT_FLOAT, LIT_IMAG,
                                      LIT_RUNE, LIT_STRING, LIT_STRING};
  for (int i = 0; i < 6; i++)
    assert_int_equal(stmt(p, i)->u.assign.rhs->u.lit.kind, kinds[i]);
  Node *n = stmt(p, 0)->u.assign.rhs;
  assert_int_equal(n->u.lit.length, 2);
  assert_memory_equal(n->u.lit.text, "42", 2);
  /* a raw string ends on its last line */
  assert_span(stmt(p, 5)->u.assign.rhs, 8, 5, 9, 8);
  done(p);
}

/* ---- errors ---- */

static const struct {
  const char *source;
  const char *error; /* gc's first error, "line:col: message" */
} error_cases[] = {
    {"package p\nfunc f() {\n\tg(1,\n\t2\n\t)\n}\n",
     "4:3: syntax error: unexpected newline in argument list; possibly "
     "missing comma or )"},
    {"package p\nx := 1\n",
     "2:1: syntax error: non-declaration statement outside function body"},
    {"package p\nfunc f() {\n\tif x = 1 {\n\t}\n}\n",
     "3:7: syntax error: cannot use assignment x = 1 as value"},
    {"package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n",
     "3:6: syntax error: unexpected newline, expected { after if clause"},
    {"package p\nfunc f() {\n\tif x {\n\t}\n\telse {\n\t}\n}\n",
     "5:2: syntax error: unexpected keyword else, expected }"},
    {"package p\nfunc f()\n{\n}\n",
     "3:1: syntax error: unexpected semicolon or newline before {"},
    {"package p\nfunc f() {\n\tfor {\n}\n",
     "5:1: syntax error: unexpected EOF, expected }"},
    {"package p\nfunc f() {\n\tfor var i = 0; i < 3; i++ {\n\t}\n}\n",
     "3:10: syntax error: var declaration not allowed in for initializer"},
    {"func f() {}\n", "1:1: syntax error: package statement must be first"},
    {"package p\nfunc f() {}\nimport \"fmt\"\n",
     "3:1: syntax error: imports must appear before other declarations"},
    {"package p\nimport fmt\n", "2:11: syntax error: missing import path"},
    {"package p\nvar x\n",
     "2:6: syntax error: unexpected newline, expected type"},
    {"package p\ntype T struct { a int b int }\n",
     "2:23: syntax error: unexpected name b in struct type; possibly missing "
     "semicolon or newline or }"},
    {"package p\ntype T interface { 1 }\n",
     "2:20: syntax error: unexpected literal 1, expected ~ term or type"},
    {"package p\nfunc f() {\n\tswitch x {\n\tfoo\n\t}\n}\n",
     "4:2: syntax error: unexpected name foo, expected case or default or }"},
    {"package p\nfunc f() {\n\tx := 1 2\n}\n",
     "3:9: syntax error: unexpected literal 2 at end of statement"},
    {"package p\nfunc f() {\n\tgo (f())\n}\n",
     "3:5: expression in go must not be parenthesized"},
    {"package p\nfunc f(a ...int, b int) {}\n",
     "2:10: can only use ... with final parameter"},
    {"package p\nfunc f(a int, b) {}\n",
     "2:16: syntax error: missing parameter type"},
    {"package p\nfunc f[T]() {}\n",
     "2:9: syntax error: missing type constraint"},
    {"package p\nfunc (r T) f[P any]() {}\n",
     "2:13: syntax error: method must have no type parameters"},
    {"package p\nvar c <-chan<- int\n",
     "2:16: syntax error: unexpected name int, expected keyword chan"},
    {"package p\nfunc f() {\n\tfor i := 0; i < 10 {\n\t}\n}\n",
     "3:21: syntax error: unexpected {, expected semicolon or newline"},
    {"package p\nfunc f() {\n\tswitch x = y.(type) {\n\t}\n}\n",
     "3:11: syntax error: cannot use assignment x = y.(type) as value"},
    {"package p\nconst x := 1\n",
     "2:9: syntax error: unexpected :=, expected ="},
    {"package p\ntype T\n",
     "2:7: syntax error: unexpected newline in type declaration"},
    {"package p\nfunc f() {\n\t_ = a[]\n}\n",
     "3:8: syntax error: unexpected ], expected operand"},
    {"package p\nvar x = []int{\n\t1,\n\t2\n}\n",
     "4:3: syntax error: unexpected newline in composite literal; possibly "
     "missing comma or }"},
    {"package p\nvar x = (T){}\n",
     "2:12: syntax error: cannot parenthesize type in composite literal"},
    {"package p\nfunc f() {\n\tif {\n\t}\n}\n",
     "3:5: syntax error: missing condition in if statement"},
    {"package p\nfunc f() {\n\tfunc g() {}\n}\n",
     "3:7: syntax error: unexpected name g, expected ("},
    {"package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n",
     "4:9: syntax error: else must be followed by if or statement block"},
    {"package p\nfunc f() {\n\tx = y++\n}\n",
     "3:7: syntax error: unexpected ++ at end of statement"},
    {"package p\nfunc f() {\n\tswitch x := 1 {\n\t}\n}\n",
     "3:11: syntax error: cannot use x := 1 as value"},
    {"package p\nvar (\n\ta int,\n\tb int\n)\n",
     "3:7: syntax error: unexpected comma in grouped declaration; possibly "
     "missing semicolon or newline or )"},
    {"package p\ntype I interface {\n\tm[T any]()\n}\n",
     "3:3: interface method must have no type parameters"},
    {"package p\nfunc f() {\n\tx.\n}\n",
     "4:1: syntax error: unexpected }, expected name or ("},
    {"package p\nfunc f() {\n\tswitch {\n\tcase 1\n\t}\n}\n",
     "4:8: syntax error: unexpected newline, expected :"},
    {"package p\nfunc f() {\n\t_ = s[1::3]\n}\n",
     "3:10: middle index required in 3-index slice"},
    /* gofmt rejects these; gc's checker says so (no syntax error first) */
    {"package p\nfunc f() {\n\tdefer x\n}\n",
     "3:8: expression in defer must be function call"},
    {"package p\nfunc f() {\n\tfor a, b, c := range x {\n\t}\n}\n",
     "3:12: range clause permits at most two iteration variables"},
};

static void test_error_messages(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++) {
    Parsed *p = parse_text(error_cases[i].source);
    if (strcmp(error_text(p, 0), error_cases[i].error) != 0)
      fail_msg("case %d: got \"%s\", want \"%s\"", (int)i, error_text(p, 0),
               error_cases[i].error);
    done(p);
  }
}

/* gc reports at most one syntax error per line and goes on after one. */
static void test_error_recovery(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "func f() {\n"
                         "\tx := ) ) )\n"
                         "\ty := 1\n"
                         "\tz = = 2\n"
                         "}\n"
                         "func g() { return }\n");
  assert_int_equal(p->errors.count, 2);
  assert_string_equal(error_text(p, 0),
                      "3:7: syntax error: unexpected ), expected expression");
  assert_string_equal(error_text(p, 1),
                      "5:6: syntax error: unexpected =, expected expression");
  /* the declarations around the errors are all there */
  assert_name(find(p, ND_FUNC_DECL, 1)->u.func_decl.name, "g");
  done(p);
}

/* A checker error that gofmt reports is held back when gc would stop at a
 * syntax error first; a gc-only parser error shows only then. */
static void test_held_back_errors(void **state) {
  (void)state;
  Parsed *p = parse_text("package p\n"
                         "func f() {\n"
                         "\tdefer x\n"
                         "\ty := )\n"
                         "}\n");
  assert_int_equal(p->errors.count, 1);
  assert_string_equal(error_text(p, 0),
                      "4:7: syntax error: unexpected ), expected expression");
  done(p);

  /* gofmt accepts these; gc's parser does not (the checker must say so) */
  p = parse_text("package p\nfunc () m() {}\nfunc (a, b T) n() {}\n"
                 "func f() {\n\tfor ;; i := 0 {\n\t}\n}\n");
  assert_no_errors(p);
  assert_int_equal(find(p, ND_FUNC_DECL, 0)->u.func_decl.recv->u.field.type->kind,
                   ND_BAD);
  done(p);
  p = parse_text("package p\nfunc () m() {}\nvar x = )\n");
  assert_int_equal(p->errors.count, 2);
  assert_string_equal(error_text(p, 0),
                      "3:9: syntax error: unexpected ), expected expression");
  assert_string_equal(error_text(p, 1), "2:9: method has no receiver");
  done(p);
}

/* ---- robustness ---- */

static char *repeat3(const char *head, const char *open, int n,
                     const char *middle, const char *close, const char *tail) {
  size_t lo = strlen(open), lc = strlen(close);
  size_t size = strlen(head) + n * (lo + lc) + strlen(middle) +
                strlen(tail) + 1;
  char *s = malloc(size), *q = s;
  q += sprintf(q, "%s", head);
  for (int i = 0; i < n; i++, q += lo)
    memcpy(q, open, lo);
  q += sprintf(q, "%s", middle);
  for (int i = 0; i < n; i++, q += lc)
    memcpy(q, close, lc);
  sprintf(q, "%s", tail);
  return s;
}

static void test_deep_nesting(void **state) {
  (void)state;
  static const struct {
    const char *head, *open, *middle, *close, *tail;
  } cases[] = {
      {"package p\nvar x = ", "(", "1", ")", "\n"},
      {"package p\nvar x = ", "^", "1", "", "\n"},
      {"package p\nvar x = ", "<-", "c", "", "\n"},
      {"package p\nvar x ", "[]", "int", "", "\n"},
      {"package p\nvar x ", "*", "int", "", "\n"},
      {"package p\nvar x ", "func(", "", ")", "\n"},
      {"package p\nvar x = T", "{", "", "}", "\n"},
      {"package p\nfunc f() ", "{", "", "}", "\n"},
      {"package p\nfunc f() {\n", "if x {", "", "}", "\n}\n"},
      {"package p\nvar x = a", ".b", "", "", "\n"},
      {"package p\nvar x = 1", "+1", "", "", "\n"},
      {"package p\nvar x = ", "f(", "", ")", "\n"},
      {"package p\nvar x = ", "(", "", "", "\n"}, /* never closed */
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char *text = repeat3(cases[i].head, cases[i].open, 100000,
                         cases[i].middle, cases[i].close, cases[i].tail);
    Parsed *p = parse_text(text);
    /* one error, and the file comes back with what was parsed */
    if (p->errors.count != 1 ||
        strstr(p->errors.first->message, "too deeply nested") == NULL)
      fail_msg("case %d: %d errors, first %s", (int)i, p->errors.count,
               error_text(p, 0));
    assert_name(p->file->u.file.package_name, "p");
    done(p);
    free(text);
  }
}

static void test_moderate_nesting_is_fine(void **state) {
  (void)state;
  char *text = repeat3("package p\nvar x = ", "(", 1000, "1", ")", "\n");
  Parsed *p = parse_text(text);
  assert_no_errors(p);
  done(p);
  free(text);
}

static void test_long_lists(void **state) {
  (void)state;
  size_t n = 200000;
  char *text = malloc(n * 2 + 64), *q = text;
  q += sprintf(q, "package p\nvar x = []int{");
  for (size_t i = 0; i < n; i++) {
    *q++ = '1';
    *q++ = ',';
  }
  sprintf(q, "}\n");
  Parsed *p = parse_text(text);
  assert_no_errors(p);
  assert_int_equal(find(p, ND_COMPOSITE_LIT, 0)->u.composite.count, (int)n);
  done(p);
  free(text);
}

static void test_garbage_never_crashes(void **state) {
  (void)state;
  static const char *inputs[] = {
      "", "package", "package p\n)", "package p\nfunc", "package p\nfunc (",
      "package p\ntype T[", "package p\nvar x = [", "package p\nfunc f() {",
      "package p\nfunc f() { switch { case", "package p\nimport (",
      "package p\ntype T interface { m[",  "package p\nfunc f() { select {",
      "package p\nvar _ = func() { go }", "package p\n}}}}]]]))))",
      "package p\nfunc f() { for range }", "package p\ntype T struct { (",
  };
  for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    Parsed *p = parse_text(inputs[i]);
    assert_true(p->errors.count > 0);
    done(p);
  }
}

static void test_node_kind_names(void **state) {
  (void)state;
  assert_string_equal(node_kind_name(ND_CALL), "Call");
  assert_string_equal(node_kind_name(ND_FUNC_DECL), "FuncDecl");
  assert_string_equal(node_kind_name(ND_FILE), "File");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_package_and_imports),
      cmocka_unit_test(test_const_groups_and_iota),
      cmocka_unit_test(test_var_decls),
      cmocka_unit_test(test_type_decls),
      cmocka_unit_test(test_struct_fields),
      cmocka_unit_test(test_func_decls),
      cmocka_unit_test(test_pragmas),
      cmocka_unit_test(test_simple_statements),
      cmocka_unit_test(test_control_flow),
      cmocka_unit_test(test_switch_and_select),
      cmocka_unit_test(test_for_forms),
      cmocka_unit_test(test_precedence),
      cmocka_unit_test(test_unary_and_receive),
      cmocka_unit_test(test_channel_types),
      cmocka_unit_test(test_composite_literals),
      cmocka_unit_test(test_composite_literal_in_header),
      cmocka_unit_test(test_primary_expressions),
      cmocka_unit_test(test_literals),
      cmocka_unit_test(test_error_messages),
      cmocka_unit_test(test_error_recovery),
      cmocka_unit_test(test_held_back_errors),
      cmocka_unit_test(test_deep_nesting),
      cmocka_unit_test(test_moderate_nesting_is_fine),
      cmocka_unit_test(test_long_lists),
      cmocka_unit_test(test_garbage_never_crashes),
      cmocka_unit_test(test_node_kind_names),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
