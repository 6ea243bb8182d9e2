/*
 * escape_rangefunc.c — range-over-func loops rewritten as gc rewrites them.
 *
 * needs: the checked package;  produces: the same AST, in which each
 * range-over-func loop goes through a closure, as the Go compiler's
 * rangefunc package rewrites it on the syntax tree before anything else
 * sees it (the inliner costs the rewritten code, the escape pass analyzes
 * it).  The body is a closure of the enclosing function, the loop
 * variables are its parameters.
 *
 * gc rewrites
 *
 *	for x := range f { body }
 *
 * into
 *
 *	{
 *		var #next int                     // only when needed, see below
 *		var #state1 = 1                   // abi.RF_READY
 *		var #yield1 = func(x T) (#r bool) {
 *			var #tmpState = #state1
 *			#state1 = 2                   // abi.RF_PANIC
 *			if #tmpState != 1 { runtime.panicrangestate(#tmpState) }
 *			body
 *			#state1 = 1
 *			return true
 *		}
 *		f(#yield1)
 *		if #state1 == 2 { runtime.panicrangestate(4) }
 *		#state1 = 3                       // abi.RF_EXHAUSTED
 *		checks of #next
 *	}
 *
 * With `=` instead of `:=` the parameters are #p1, #p2 ... assigned to the
 * loop's operands first; parameters without a loop variable are #pN too.
 * #stateN is numbered per function (a declared function or a func
 * literal), nested loops included, in the order the loops begin; #yieldN
 * in the order they end.
 *
 * In the body, `break` and `continue` of the loop itself become
 * { #stateN = 0; return false } and { #stateN = 1; return true }.  What
 * leaves the body otherwise goes through #next, an int declared (without
 * position) before the outermost loop of a nest, set before returning
 * false and checked after each iterator call:
 *
 *	return          { #next = -1; #stateN = 0; return false }
 *	return a, b     { #rv1, #rv2 = a, b; #next = -1; ... }  (the enclosing
 *	                function's results, renamed #rvN when unnamed or blank)
 *	break/continue of an outer range-over-func loop at depth d:
 *	                #next = 2d (break) or 2d-1 (continue)
 *	goto L, break/continue of a statement outside the loop:
 *	                #next = a negative code per label and kind
 *
 * after the call of an inner loop, in the enclosing loop's body:
 *
 *	if #next < 0 { #stateE = 0; return false }          (returns, gotos)
 *	if #next > 2(d-1) { runtime.panicrangestate(0) }     (always)
 *	if #next == 2(d-1)-1 { #next = 0; #stateE = 1; return true }
 *	if #next == 2(d-1) { #next = 0; #stateE = 0; return false }
 *	if #next > 0 { #stateE = 0; return false }
 *
 * and after the outermost call, `if #next == -1 { return }` and, for each
 * goto or branch leaving the loop, `if #next == code { #next = 0; goto L }`.
 * Since the second check is always there, every nested loop declares #next.
 * #next and the results are assigned in the closure, so they are captured
 * by reference: an escaping body moves them to the heap, #next with no
 * position at all.
 *
 * `defer` in the body is attached to the enclosing function: gc declares
 * `var #defers = runtime.deferrangefunc()` beside #next and hangs the
 * token on the defer statement (go_defer.at), which then always goes to
 * the heap.
 *
 * The two runtime helpers are functions of a package "runtime" made here;
 * they take and return no pointers, so they matter only to the inliner
 * (rangefunc_runtime_call names them).
 */
#include "escape.h"

#include <stdio.h>
#include <string.h>

/* gc's abi.RF_* states */
enum { RF_DONE = 0, RF_READY = 1, RF_PANIC = 2, RF_EXHAUSTED = 3,
       RF_MISSING_PANIC = 4 };

/* gc's perLoopStep: #next values 2d and 2d-1 break and continue the loop
 * at depth d. */
enum { PER_LOOP_STEP = 2 };

/* A labeled branch (or goto) that a loop checks for after its call. */
typedef struct Branch {
  TokenKind op;
  const char *label;
} Branch;

/* A range-over-func loop being rewritten (gc's forLoop). */
typedef struct Loop {
  Node *range;   /* the ND_RANGE_STMT */
  Object *state; /* #stateN */
  int depth;     /* 1 for the outermost of a nest */
  bool check_return, check_break, check_continue;
  Branch *branches;
  int branch_count, branch_capacity;
} Loop;

/* A statement that break or continue can name. */
typedef struct Target {
  Node *stmt;
  const char *label; /* the label on it, or NULL */
  bool is_loop;      /* for and range: continue may name it */
} Target;

/* A label of the function and the innermost range-over-func loop around
 * it (NULL: none), in the order gc numbers them. */
typedef struct Label {
  const char *name;
  Node *loop;
} Label;

/* The rewrite of one function (a declared function or a func literal). */
typedef struct Rewriter {
  Package *runtime;   /* the helpers' package (made on first use) */
  Type *sig;          /* the function's signature */
  Node *body;
  Loop **loops;       /* the range-over-func loops around, outermost first */
  int loop_count, loop_capacity;
  Target *targets;
  int target_count, target_capacity;
  Label *labels;
  int label_count, label_capacity;
  bool labels_scanned;
  int states, bodies; /* #stateN, #yieldN so far */
  Node *decls, **decls_tail; /* var #next, var #defers of the current nest */
  Object *next, *defers;
} Rewriter;

/* ---- Building nodes ---- */

/* The rewritten tree belongs to the checked package, not to one analysis:
 * goesc may analyze it twice (with inlining, then without), and the
 * second analysis must find it whole.  So its nodes come from the
 * package's memory (types_alloc), as the checker's types do. */
static Node *new_node(NodeKind kind, Pos pos) {
  Node *n = types_alloc(sizeof *n);
  n->kind = kind;
  n->pos = pos;
  return n;
}

static Node *name_node(Object *obj, Pos pos) {
  Node *n = new_node(ND_NAME, pos);
  n->u.name.name = obj->name;
  n->u.name.object = obj;
  n->type = obj->type;
  return n;
}

/* A variable made by the rewrite. */
static Object *new_local(const char *name, Type *type, Pos pos, VarKind kind) {
  Object *obj = types_new_var(intern(name, strlen(name)), type, NULL);
  obj->pos = pos;
  obj->u.var.var_kind = kind;
  obj->used = true;
  return obj;
}

/* An int or bool constant, with the checker's facts of one. */
static Node *const_lit(Package *pkg, Type *type, int value, Pos pos) {
  Node *n = new_node(ND_BASIC_LIT, pos);
  bool is_bool = type == types_basic[TY_BOOL];
  char buf[16];
  snprintf(buf, sizeof buf, "%d", value);
  const char *text = is_bool ? (value ? "true" : "false") : buf;
  n->u.lit.kind = LIT_INT;
  n->u.lit.length = (uint32_t)strlen(text);
  n->u.lit.text = intern(text, n->u.lit.length);
  n->type = type;
  ExprInfo *info = check_record_node(pkg, n);
  info->mode = MODE_CONSTANT;
  info->value = is_bool ? value_bool(value != 0) : value_int64(value);
  return n;
}

static Node *int_lit(Package *pkg, int value, Pos pos) {
  return const_lit(pkg, types_basic[TY_INT], value, pos);
}

/* var obj = value (value may be NULL) */
static Node *var_decl(Object *obj, Node *value, Pos pos) {
  Node *name = name_node(obj, obj->pos);
  obj->ident = name;
  Node *spec = new_node(ND_VAR_SPEC, pos);
  spec->u.value_spec.names = name;
  spec->u.value_spec.values = value;
  Node *decl = new_node(ND_DECL_STMT, pos);
  decl->u.decl_stmt.decls = spec;
  return decl;
}

static Node *assign(Node *lhs, Node *rhs, Pos pos) {
  Node *n = new_node(ND_ASSIGN_STMT, pos);
  n->u.assign.op = TK_ASSIGN;
  n->u.assign.lhs = lhs;
  n->u.assign.rhs = rhs;
  return n;
}

static Node *set_int(Package *pkg, Object *var, int value, Pos pos) {
  return assign(name_node(var, pos), int_lit(pkg, value, pos), pos);
}

static Node *return_bool(Package *pkg, bool value, Pos pos) {
  Node *n = new_node(ND_RETURN_STMT, pos);
  n->u.return_stmt.results = const_lit(pkg, types_basic[TY_BOOL], value, pos);
  return n;
}

static Node *block_of(Node *stmts, Pos pos) {
  Node *n = new_node(ND_BLOCK, pos);
  n->u.block.stmts = stmts;
  n->u.block.rbrace = pos;
  return n;
}

/* if var op value { stmts } */
static Node *if_compare(Package *pkg, Object *var, TokenKind op, int value,
                        Node *stmts, Pos pos) {
  Node *cond = new_node(ND_BINARY, pos);
  cond->u.binary.op = op;
  cond->u.binary.x = name_node(var, pos);
  cond->u.binary.y = int_lit(pkg, value, pos);
  cond->type = types_basic[TY_BOOL];
  check_record_node(pkg, cond)->mode = MODE_VALUE;
  Node *n = new_node(ND_IF_STMT, pos);
  n->u.if_stmt.cond = cond;
  n->u.if_stmt.then = block_of(stmts, pos);
  return n;
}

/* Chain statements into a list; NULL entries are skipped. */
static Node *stmt_list(Node **stmts, int count) {
  Node *first = NULL, **tail = &first;
  for (int i = 0; i < count; i++) {
    if (!stmts[i])
      continue;
    *tail = stmts[i];
    while (*tail)
      tail = &(*tail)->next;
  }
  return first;
}

/* Replace statement n, in place (its successors kept), by a block. */
static void replace_by_block(Node *n, Node *stmts) {
  Node *next = n->next;
  Pos pos = n->pos;
  memset(&n->u, 0, sizeof n->u);
  n->kind = ND_BLOCK;
  n->pos = pos;
  n->u.block.stmts = stmts;
  n->u.block.rbrace = pos;
  n->next = next;
}

/* ---- The runtime helpers ---- */

static Object *runtime_func(Rewriter *r, const char *name, Type *param,
                            Type *result) {
  if (!r->runtime) {
    r->runtime = types_alloc(sizeof *r->runtime);
    r->runtime->path = r->runtime->name = intern("runtime", 7);
  }
  Object **ps = types_alloc(sizeof *ps), **rs = types_alloc(sizeof *rs);
  Pos none = {0, 0};
  ps[0] = new_local("state", param, none, VAR_PARAM);
  rs[0] = new_local("extra", result, none, VAR_RESULT);
  Type *sig = types_new_func(NULL, types_new_tuple(ps, param ? 1 : 0),
                             types_new_tuple(rs, result ? 1 : 0), false);
  return types_new_object(OBJ_FUNC, intern(name, strlen(name)), sig,
                          r->runtime, NULL, none);
}

static Node *runtime_call(Rewriter *r, Package *pkg, const char *name,
                          Node *arg, Pos pos) {
  Object *fn = arg ? runtime_func(r, name, types_basic[TY_INT], NULL)
                   : runtime_func(r, name, NULL, types_any);
  Node *call = new_node(ND_CALL, pos);
  call->u.call.fun = name_node(fn, pos);
  call->u.call.args = arg;
  call->type = arg ? NULL : types_any;
  ExprInfo *info = check_record_node(pkg, call);
  info->mode = arg ? MODE_NOVALUE : MODE_VALUE;
  info->call_kind = CALL_FUNC;
  return call;
}

/* runtime.panicrangestate(arg) as a statement */
static Node *panic_state(Rewriter *r, Package *pkg, Node *arg, Pos pos) {
  Node *n = new_node(ND_EXPR_STMT, pos);
  n->u.expr_stmt.x = runtime_call(r, pkg, "panicrangestate", arg, pos);
  return n;
}

const char *escape_rangefunc_helper(const Object *fn) {
  if (!fn || fn->kind != OBJ_FUNC || fn->u.func.decl || !fn->pkg ||
      fn->pkg->scope || !fn->pkg->path || strcmp(fn->pkg->path, "runtime"))
    return NULL;
  return fn->name;
}

/* ---- Which loops are rewritten ---- */

static Type *range_func_type(const Node *n) {
  if (n->kind != ND_RANGE_STMT || !n->u.range_stmt.x || !n->u.range_stmt.body)
    return NULL;
  Type *t = n->u.range_stmt.x->type;
  Type *u = t ? types_core(t) : NULL; /* gc's CoreType: a type parameter's
                                         single underlying type */
  if (!u || u->kind != TY_FUNC || u->u.func.params->u.tuple.count != 1)
    return NULL;
  Type *yt = types_core(u->u.func.params->u.tuple.vars[0]->type);
  return yt && yt->kind == TY_FUNC && yt->u.func.results->u.tuple.count == 1
             ? u
             : NULL;
}

/* ---- Labels (gc's computeBranchNext) ---- */

static void scan_labels(Rewriter *r, Node *n, Node *loop);

static void scan_label_list(Rewriter *r, Node *list, Node *loop) {
  for (Node *s = list; s; s = s->next)
    scan_labels(r, s, loop);
}

static void scan_labels(Rewriter *r, Node *n, Node *loop) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK: scan_label_list(r, n->u.block.stmts, loop); break;
  case ND_LABELED_STMT: {
    Label l = {n->u.labeled.label->u.name.name, loop};
    PUSH(r->labels, r->label_count, r->label_capacity, l);
    scan_labels(r, n->u.labeled.stmt, loop);
    break;
  }
  case ND_IF_STMT:
    scan_labels(r, n->u.if_stmt.then, loop);
    scan_labels(r, n->u.if_stmt.els, loop);
    break;
  case ND_FOR_STMT: scan_labels(r, n->u.for_stmt.body, loop); break;
  case ND_RANGE_STMT:
    scan_labels(r, n->u.range_stmt.body, range_func_type(n) ? n : loop);
    break;
  case ND_SWITCH_STMT:
    for (Node *c = n->u.switch_stmt.clauses; c; c = c->next)
      scan_label_list(r, c->u.case_clause.body, loop);
    break;
  case ND_SELECT_STMT:
    for (Node *c = n->u.select_stmt.clauses; c; c = c->next)
      scan_label_list(r, c->u.comm_clause.body, loop);
    break;
  default: break;
  }
}

/* The label's entry; its #next codes are -1 - 3k - {3, 2, 1} for break,
 * continue and goto of the k-th label. */
static int label_index(Rewriter *r, const char *name) {
  if (!r->labels_scanned) {
    scan_labels(r, r->body, NULL);
    r->labels_scanned = true;
  }
  for (int i = 0; i < r->label_count; i++)
    if (r->labels[i].name == name)
      return i;
  return -1;
}

static int label_code(int index, TokenKind op) {
  int base = -1 - 3 * (index + 1);
  return op == TK_BREAK ? base : op == TK_CONTINUE ? base + 1 : base + 2;
}

/* ---- Editing the statements of a body ---- */

/* var name = value, declared before the outermost loop (gc's
 * declOuterVar: no position). */
static Object *outer_var(Rewriter *r, const char *name, Type *type,
                         Node *value) {
  Pos none = {0, 0};
  Object *obj = new_local(name, type, none, VAR_LOCAL);
  if (!r->decls_tail)
    r->decls_tail = &r->decls;
  *r->decls_tail = var_decl(obj, value, none);
  r->decls_tail = &(*r->decls_tail)->next;
  return obj;
}

static Object *next_var(Rewriter *r) {
  if (!r->next)
    r->next = outer_var(r, "#next", types_basic[TY_INT], NULL);
  return r->next;
}

static Loop *top_loop(Rewriter *r) { return r->loops[r->loop_count - 1]; }

/* { #next = code; #stateTop = 0; return false } */
static Node *leave_body(Rewriter *r, Package *pkg, Node *first, int code,
                        Pos pos) {
  Node *stmts[] = {first, set_int(pkg, next_var(r), code, pos),
                   set_int(pkg, top_loop(r)->state, RF_DONE, pos),
                   return_bool(pkg, false, pos)};
  return stmt_list(stmts, 4);
}

/* return [results] (gc's editReturn) */
static void edit_return(Rewriter *r, Package *pkg, Node *n) {
  Node *set = NULL;
  if (n->u.return_stmt.results) {
    Type *results = r->sig->u.func.results;
    Node *lhs = NULL, **tail = &lhs;
    for (int i = 0; i < results->u.tuple.count; i++) {
      Object *obj = results->u.tuple.vars[i];
      if (!obj->name || !obj->name[0] || strcmp(obj->name, "_") == 0) {
        char name[32];
        snprintf(name, sizeof name, "#rv%d", i + 1);
        obj->name = intern(name, strlen(name));
      }
      *tail = name_node(obj, n->pos);
      tail = &(*tail)->next;
    }
    set = assign(lhs, n->u.return_stmt.results, n->pos);
  }
  for (int i = 0; i < r->loop_count; i++)
    r->loops[i]->check_return = true;
  replace_by_block(n, leave_body(r, pkg, set, -1, n->pos));
}

static void add_branch(Loop *loop, TokenKind op, const char *label) {
  Branch b = {op, label};
  PUSH(loop->branches, loop->branch_count, loop->branch_capacity, b);
}

/* The statement a break or continue names (NULL: not found). */
static Node *branch_target(Rewriter *r, const Node *n) {
  const char *label =
      n->u.branch.label ? n->u.branch.label->u.name.name : NULL;
  for (int i = r->target_count - 1; i >= 0; i--) {
    Target *t = &r->targets[i];
    if (label ? t->label == label
              : (n->u.branch.op == TK_BREAK || t->is_loop))
      return t->stmt;
  }
  return NULL;
}

static int loop_index(Rewriter *r, const Node *range) {
  int i = r->loop_count - 1;
  while (i >= 0 && r->loops[i]->range != range)
    i--;
  return i;
}

/* break, continue, goto (gc's editBranch) */
static void edit_branch(Rewriter *r, Package *pkg, Node *n) {
  TokenKind op = n->u.branch.op;
  if (op == TK_FALLTHROUGH)
    return;
  const char *label =
      n->u.branch.label ? n->u.branch.label->u.name.name : NULL;
  Node *target = op == TK_GOTO ? NULL : branch_target(r, n);
  Loop *top = top_loop(r);
  if (!label && top->range != target)
    return; /* a plain break or continue of a statement inside the body */
  int i = loop_index(r, target);
  int code;
  if (op == TK_GOTO || i < 0) {
    /* a label outside some of the loops: leave them, then branch */
    int li = label_index(r, label);
    Node *home = li >= 0 ? r->labels[li].loop : NULL;
    if (home == top->range)
      return; /* the label is in this body */
    code = label_code(li, op);
    int exit = loop_index(r, home) + 1;
    add_branch(r->loops[exit], op, label);
    for (int j = exit + 1; j < r->loop_count; j++)
      r->loops[j]->check_return = true;
  } else if (i == r->loop_count - 1) {
    /* this loop: continue returns true, break false */
    bool cont = op == TK_CONTINUE;
    Node *stmts[] = {set_int(pkg, top->state, cont ? RF_READY : RF_DONE,
                             n->pos),
                     return_bool(pkg, cont, n->pos)};
    replace_by_block(n, stmt_list(stmts, 2));
    return;
  } else {
    /* an outer range-over-func loop */
    int exit = i + 1;
    if (op == TK_CONTINUE) {
      r->loops[exit]->check_continue = true;
    } else {
      exit = i;
      r->loops[exit]->check_break = true;
    }
    for (int j = exit + 1; j < r->loop_count; j++)
      r->loops[j]->check_break = true;
    code = PER_LOOP_STEP * (i + 1) - (op == TK_CONTINUE);
  }
  replace_by_block(n, leave_body(r, pkg, NULL, code, n->pos));
}

/* defer in the body: attached to the enclosing function (gc's editDefer) */
static void edit_defer(Rewriter *r, Package *pkg, Node *n) {
  if (!r->defers) {
    Pos none = {0, 0};
    r->defers = outer_var(r, "#defers", types_any,
                          runtime_call(r, pkg, "deferrangefunc", NULL, none));
  }
  n->u.go_defer.at = name_node(r->defers, n->pos);
}

/* gc's editStmt, for a statement directly inside a range-over-func body. */
static void edit_stmt(Rewriter *r, Package *pkg, Node *n) {
  if (!r->loop_count)
    return;
  switch (n->kind) {
  case ND_BRANCH_STMT: edit_branch(r, pkg, n); break;
  case ND_DEFER_STMT: edit_defer(r, pkg, n); break;
  case ND_RETURN_STMT: edit_return(r, pkg, n); break;
  default: break;
  }
}

/* ---- Captured variables ---- */

typedef struct Captures {
  EscMap inside; /* Object* declared in the body -> non-NULL */
} Captures;

static void note_declared(void *data, const Node *n) {
  Captures *c = data;
  if (n->kind == ND_NAME && n->u.name.object &&
      n->u.name.object->ident == n)
    escape_map_put(&c->inside, n->u.name.object, (void *)1);
}

static void note_captured(void *data, const Node *n) {
  Captures *c = data;
  if (n->kind != ND_NAME || !n->u.name.object)
    return;
  Object *obj = n->u.name.object;
  if (obj->kind == OBJ_VAR && obj->u.var.var_kind != VAR_PACKAGE &&
      !obj->u.var.is_field && !escape_map_get(&c->inside, obj))
    obj->u.var.captured = true;
}

/* The variables of the enclosing function that the body uses are now
 * captured by a closure (Go 1.22 loops give them one copy per iteration). */
static void mark_captures(Arena *arena, const Node *body, Object **params,
                          int count) {
  Captures c;
  memset(&c, 0, sizeof c);
  c.inside.arena = arena;
  for (int i = 0; i < count; i++)
    escape_map_put(&c.inside, params[i], (void *)1);
  node_walk(body, note_declared, &c);
  node_walk(body, note_captured, &c);
}

/* ---- The rewrite of a loop (gc's endLoop) ---- */

/* The checks of #next after the call of `loop` (gc's checks). */
static Node *loop_checks(Rewriter *r, Package *pkg, Loop *loop, Pos pos) {
  Node *list = NULL, **tail = &list;
#define ADD(stmt) (*tail = (stmt), tail = &(*tail)->next)
  for (int i = 0; i < loop->branch_count; i++) {
    Branch *b = &loop->branches[i];
    bool seen = false;
    for (int j = 0; j < i; j++)
      seen = seen || (loop->branches[j].op == b->op &&
                      loop->branches[j].label == b->label);
    if (seen)
      continue;
    Node *jump = new_node(ND_BRANCH_STMT, pos);
    jump->u.branch.op = b->op;
    Node *label = new_node(ND_NAME, pos);
    label->u.name.name = b->label;
    jump->u.branch.label = label;
    Node *then = set_int(pkg, next_var(r), 0, pos);
    then->next = jump;
    ADD(if_compare(pkg, r->next, TK_EQL,
                   label_code(label_index(r, b->label), b->op), then, pos));
  }
  if (r->loop_count == 1) {
    if (loop->check_return)
      ADD(if_compare(pkg, next_var(r), TK_EQL, -1,
                     new_node(ND_RETURN_STMT, pos), pos));
    return list;
  }
  /* inside the enclosing loop's body: leave or continue that loop */
  Object *outer = r->loops[r->loop_count - 2]->state;
  int step = PER_LOOP_STEP * (loop->depth - 1);
  Object *next = next_var(r);
  if (loop->check_return) {
    Node *then = set_int(pkg, outer, RF_DONE, pos);
    then->next = return_bool(pkg, false, pos);
    ADD(if_compare(pkg, next, TK_LSS, 0, then, pos));
  }
  ADD(if_compare(pkg, next, TK_GTR, step,
                 panic_state(r, pkg, int_lit(pkg, RF_DONE, pos), pos), pos));
  for (int cont = 1; cont >= 0; cont--) {
    if (!(cont ? loop->check_continue : loop->check_break))
      continue;
    Node *stmts[] = {set_int(pkg, next, 0, pos),
                     set_int(pkg, outer, cont ? RF_READY : RF_DONE, pos),
                     return_bool(pkg, cont, pos)};
    ADD(if_compare(pkg, next, TK_EQL, step - cont, stmt_list(stmts, 3), pos));
  }
  if (loop->check_continue || loop->check_break) {
    Node *then = set_int(pkg, outer, RF_DONE, pos);
    then->next = return_bool(pkg, false, pos);
    ADD(if_compare(pkg, next, TK_GTR, 0, then, pos));
  }
#undef ADD
  return list;
}

/* The loop variables (or the operands of `=`) as a list. */
static int loop_operands(Node *n, Node **lhs) {
  int count = 0;
  if (n->u.range_stmt.op == TK_EOF)
    return 0;
  if (n->u.range_stmt.key)
    lhs[count++] = n->u.range_stmt.key;
  if (n->u.range_stmt.value)
    lhs[count++] = n->u.range_stmt.value;
  return count;
}

/* The body as a func literal (gc's bodyFunc). */
static Node *body_func(Rewriter *r, Package *pkg, Arena *arena, Node *n,
                       Type *ft, Loop *loop) {
  Pos start = n->pos, end = n->u.range_stmt.body->u.block.rbrace;
  bool define = n->u.range_stmt.op == TK_DEFINE;
  Node *lhs[2];
  int nlhs = loop_operands(n, lhs);
  Type *yt = types_core(ft->u.func.params->u.tuple.vars[0]->type);
  int np = yt->u.func.params->u.tuple.count;

  /* the parameters, and for `=` their assignments */
  Object **params = types_alloc(sizeof *params * (size_t)(np + 1));
  Node *first = NULL, **tail = &first;
  for (int i = 0; i < np; i++) {
    Type *pt = yt->u.func.params->u.tuple.vars[i]->type;
    Object *obj = i < nlhs && define ? lhs[i]->u.name.object : NULL;
    if (!obj && i < nlhs && define) /* a blank loop variable */
      obj = new_local("_", pt, start, VAR_PARAM);
    if (!obj) {
      char name[32];
      snprintf(name, sizeof name, "#p%d", i + 1);
      obj = new_local(name, pt, start, VAR_PARAM);
      if (i < nlhs) {
        *tail = assign(lhs[i], name_node(obj, lhs[i]->pos), lhs[i]->pos);
        tail = &(*tail)->next;
      }
    }
    obj->u.var.var_kind = VAR_PARAM;
    params[i] = obj;
  }
  Object **results = types_alloc(sizeof *results);
  results[0] = new_local("#r", types_basic[TY_BOOL], start, VAR_RESULT);
  Type *sig = types_new_func(NULL, types_new_tuple(params, np),
                             types_new_tuple(results, 1), false);

  /* var #tmpState = #stateN; #stateN = 2; if #tmpState != 1 { panic } */
  Pos none = {0, 0};
  Object *tmp = new_local("#tmpState", types_basic[TY_INT], none, VAR_LOCAL);
  Node *body = n->u.range_stmt.body;
  Node *stmts[] = {
      first,
      var_decl(tmp, name_node(loop->state, start), start),
      set_int(pkg, loop->state, RF_PANIC, start),
      if_compare(pkg, tmp, TK_NEQ, RF_READY,
                 panic_state(r, pkg, name_node(tmp, start), start), start),
      body->u.block.stmts,
      set_int(pkg, loop->state, RF_READY, end),
      return_bool(pkg, true, end)};
  mark_captures(arena, body, params, np);

  Node *block = new_node(ND_BLOCK, body->pos);
  block->u.block.stmts = stmt_list(stmts, 7);
  block->u.block.rbrace = end;
  Node *lit = new_node(ND_FUNC_LIT, start);
  lit->u.func_lit.type = new_node(ND_FUNC_TYPE, start);
  lit->u.func_lit.body = block;
  lit->u.func_lit.range_body = true;
  lit->type = sig;
  return lit;
}

/* Turn the ND_RANGE_STMT n into gc's block, in place. */
static void end_loop(Rewriter *r, Package *pkg, Arena *arena, Node *n,
                     Type *ft, Loop *loop) {
  Pos start = n->pos, end = n->u.range_stmt.body->u.block.rbrace;
  Node *x = n->u.range_stmt.x;
  Node *lit = body_func(r, pkg, arena, n, ft, loop);
  char name[32];
  snprintf(name, sizeof name, "#yield%d", ++r->bodies);
  Pos none = {0, 0};
  Object *yield = new_local(name, lit->type, none, VAR_LOCAL);

  /* x(#yieldN) */
  Node *call = new_node(ND_CALL, start);
  call->u.call.fun = x;
  call->u.call.args = name_node(yield, start);
  ExprInfo *info = check_record_node(pkg, call);
  info->mode = MODE_NOVALUE;
  info->call_kind = CALL_FUNC;
  Node *call_stmt = new_node(ND_EXPR_STMT, start);
  call_stmt->u.expr_stmt.x = call;

  Node *checks = loop_checks(r, pkg, loop, end);
  Node *decls = NULL;
  if (r->loop_count == 1) { /* the outermost loop declares #next, #defers */
    decls = r->decls;
    r->decls = NULL;
    r->decls_tail = NULL;
    r->next = r->defers = NULL;
  }
  Node *stmts[] = {
      decls,
      var_decl(loop->state, int_lit(pkg, RF_READY, start), start),
      var_decl(yield, lit, start),
      call_stmt,
      if_compare(pkg, loop->state, TK_EQL, RF_PANIC,
                 panic_state(r, pkg, int_lit(pkg, RF_MISSING_PANIC, start),
                             start),
                 end),
      set_int(pkg, loop->state, RF_EXHAUSTED, end),
      checks};
  Node *next = n->next;
  memset(&n->u, 0, sizeof n->u);
  n->kind = ND_BLOCK;
  n->u.block.stmts = stmt_list(stmts, 7);
  n->u.block.rbrace = end;
  n->next = next;
}

/* ---- The walk (gc's inspect) ---- */

typedef struct Walk {
  Rewriter *r;
  Package *pkg;
  Arena *arena;
} Walk;

static void visit_stmt(Walk *w, Node *n, const char *label);

/* The statements of a block or clause: visited, then edited (gc edits a
 * list when it leaves it). */
static void visit_list(Walk *w, Node *list) {
  for (Node *s = list; s; s = s->next)
    visit_stmt(w, s, NULL);
  for (Node *s = list; s; s = s->next)
    edit_stmt(w->r, w->pkg, s);
}

static void push_target(Rewriter *r, Node *stmt, const char *label,
                        bool is_loop) {
  Target t = {stmt, label, is_loop};
  PUSH(r->targets, r->target_count, r->target_capacity, t);
}

static void visit_stmt(Walk *w, Node *n, const char *label) {
  Rewriter *r = w->r;
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK: visit_list(w, n->u.block.stmts); break;
  case ND_LABELED_STMT:
    visit_stmt(w, n->u.labeled.stmt, n->u.labeled.label->u.name.name);
    edit_stmt(r, w->pkg, n->u.labeled.stmt);
    break;
  case ND_IF_STMT:
    visit_stmt(w, n->u.if_stmt.then, NULL);
    visit_stmt(w, n->u.if_stmt.els, NULL);
    break;
  case ND_FOR_STMT:
    push_target(r, n, label, true);
    visit_stmt(w, n->u.for_stmt.body, NULL);
    r->target_count--;
    break;
  case ND_SWITCH_STMT:
    push_target(r, n, label, false);
    for (Node *c = n->u.switch_stmt.clauses; c; c = c->next)
      visit_list(w, c->u.case_clause.body);
    r->target_count--;
    break;
  case ND_SELECT_STMT:
    push_target(r, n, label, false);
    for (Node *c = n->u.select_stmt.clauses; c; c = c->next)
      visit_list(w, c->u.comm_clause.body);
    r->target_count--;
    break;
  case ND_RANGE_STMT: {
    Type *ft = range_func_type(n);
    Loop *loop = NULL;
    if (ft) {
      loop = types_alloc(sizeof *loop);
      loop->range = n;
      loop->depth = r->loop_count + 1;
      char name[32];
      snprintf(name, sizeof name, "#state%d", ++r->states);
      loop->state = new_local(name, types_basic[TY_INT], n->pos, VAR_LOCAL);
      PUSH(r->loops, r->loop_count, r->loop_capacity, loop);
    }
    push_target(r, n, label, true);
    visit_stmt(w, n->u.range_stmt.body, NULL);
    r->target_count--;
    if (loop) {
      end_loop(r, w->pkg, w->arena, n, ft, loop);
      r->loop_count--;
    }
    break;
  }
  default: break;
  }
}

/* ---- The package ---- */

/* Every function body of the package, func literals included, before any
 * is rewritten (a rewritten loop's closure is not a literal of its own). */
typedef struct Body {
  Node *body;
  Type *sig;
} Body;

typedef struct Bodies {
  Body *list;
  int count, capacity;
} Bodies;

static void add_body(Bodies *b, Node *body, Type *sig) {
  if (!body || !sig || types_under(sig)->kind != TY_FUNC)
    return;
  Body entry = {body, types_under(sig)};
  PUSH(b->list, b->count, b->capacity, entry);
}

static void find_bodies(void *data, const Node *n) {
  if (n->kind == ND_FUNC_LIT)
    add_body(data, n->u.func_lit.body, n->type);
}

void escape_rewrite_range_funcs(Package *pkg, Node **files, int file_count) {
  if (pkg->range_func_count == 0)
    return; /* the checker met no such loop: no walk */
  Bodies b;
  memset(&b, 0, sizeof b);
  for (int i = 0; i < file_count; i++)
    for (Node *d = files[i]->u.file.decls; d; d = d->next) {
      if (d->kind == ND_FUNC_DECL) {
        Object *fn = d->u.func_decl.name->u.name.object;
        if (!fn)
          continue;
        add_body(&b, d->u.func_decl.body, fn->type);
        node_walk(d->u.func_decl.body, find_bodies, &b);
      } else if (d->kind == ND_VAR_SPEC) {
        for (const Node *v = d->u.value_spec.values; v; v = v->next)
          node_walk(v, find_bodies, &b);
      }
    }
  Arena arena;
  arena_init(&arena);
  Package *runtime = NULL;
  for (int i = 0; i < b.count; i++) {
    Rewriter r;
    memset(&r, 0, sizeof r);
    r.runtime = runtime;
    r.sig = b.list[i].sig;
    r.body = b.list[i].body;
    Walk w = {&r, pkg, &arena};
    visit_stmt(&w, r.body, NULL);
    runtime = r.runtime;
  }
  arena_free(&arena);
  pkg->range_func_count = 0; /* all rewritten: a second call has no work */
}
