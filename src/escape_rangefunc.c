/*
 * escape_rangefunc.c — range-over-func loops rewritten as gc rewrites them.
 *
 * needs: the checked package;  produces: the same AST, in which each
 * range-over-func loop goes through a closure, as the Go compiler's
 * rangefunc package rewrites it on the syntax tree before anything else
 * sees it.  The escape pass then analyzes the rewritten loops like any
 * code with a func literal: the body is a closure of the enclosing
 * function, the loop variables are its parameters.
 *
 * gc rewrites
 *
 *	for x := range f { body }
 *
 * into
 *
 *	{
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
 *	}
 *
 * Only what matters to escape analysis is built here: the declarations
 * (they count in gc's .autotmp_N numbering), the assignment that makes the
 * closure capture #state1 by reference, the closure and the call.  The
 * checks of the state only compare and assign integers.  With `=` instead
 * of `:=` the parameters are #p1, #p2 ... assigned to the loop's operands
 * first; parameters without a loop variable are #pN too.  #stateN is
 * numbered per function (a declared function or a func literal), nested
 * loops included, in the order the loops begin.
 *
 * Loops whose body returns, defers, uses labels or goto, or breaks or
 * continues the loop itself need gc's #next protocol (and #rv results,
 * #defers tokens); they are left alone, and the escape pass refuses them.
 */
#include "escape.h"

#include <stdio.h>
#include <string.h>

typedef struct RangeRewriter {
  EscContext *ctx;
  int states; /* #stateN so far in the current function */
} RangeRewriter;

/* The rewritten tree belongs to the checked package, not to one
 * analysis: goesc may analyze it twice (with inlining, then without), and
 * the second analysis must find it whole.  So its nodes come from the
 * package's memory (types_alloc), as the checker's types do. */
static Node *new_node(EscContext *ctx, NodeKind kind, Pos pos) {
  (void)ctx;
  Node *n = types_alloc(sizeof *n);
  n->kind = kind;
  n->pos = pos;
  return n;
}

static Node *name_node(EscContext *ctx, Object *obj, Pos pos) {
  Node *n = new_node(ctx, ND_NAME, pos);
  n->u.name.name = obj->name;
  n->u.name.object = obj;
  n->type = obj->type;
  return n;
}

/* A local variable made by the rewrite, declared by `ident`. */
static Object *new_local(EscContext *ctx, const char *name, Type *type,
                         Pos pos, VarKind kind) {
  Object *obj = types_new_var(intern(name, strlen(name)), type, ctx->pkg);
  obj->pos = pos;
  obj->u.var.var_kind = kind;
  obj->used = true;
  return obj;
}

static Node *int_lit(EscContext *ctx, const char *text, Pos pos) {
  Node *n = new_node(ctx, ND_BASIC_LIT, pos);
  n->u.lit.kind = LIT_INT;
  n->u.lit.text = text;
  n->u.lit.length = (uint32_t)strlen(text);
  n->type = types_basic[TY_INT];
  return n;
}

/* var obj = value */
static Node *var_decl(EscContext *ctx, Object *obj, Node *value, Pos pos) {
  Node *name = name_node(ctx, obj, pos);
  obj->ident = name;
  Node *spec = new_node(ctx, ND_VAR_SPEC, pos);
  spec->u.value_spec.names = name;
  spec->u.value_spec.values = value;
  Node *decl = new_node(ctx, ND_DECL_STMT, pos);
  decl->u.decl_stmt.decls = spec;
  return decl;
}

static Node *assign(EscContext *ctx, Node *lhs, Node *rhs, Pos pos) {
  Node *n = new_node(ctx, ND_ASSIGN_STMT, pos);
  n->u.assign.op = TK_ASSIGN;
  n->u.assign.lhs = lhs;
  n->u.assign.rhs = rhs;
  return n;
}

/* ---- Which loops are rewritten ---- */

/* Can the body run as a closure without gc's #next protocol?  (`loop`
 * and `breakable`, whether an unlabeled continue / break here belongs to
 * a statement inside the body, matter to replace_branches.) */
static bool simple_body(const Node *n, bool loop, bool breakable) {
  if (!n)
    return true;
  switch (n->kind) {
  case ND_BLOCK:
    for (const Node *s = n->u.block.stmts; s; s = s->next)
      if (!simple_body(s, loop, breakable))
        return false;
    return true;
  case ND_BRANCH_STMT:
    /* an unlabeled break or continue of the loop itself is a return */
    return !n->u.branch.label && n->u.branch.op != TK_GOTO;
  case ND_RETURN_STMT: case ND_DEFER_STMT: case ND_LABELED_STMT:
    return false;
  case ND_IF_STMT:
    return simple_body(n->u.if_stmt.then, loop, breakable) &&
           simple_body(n->u.if_stmt.els, loop, breakable);
  case ND_FOR_STMT:
    return simple_body(n->u.for_stmt.body, true, true);
  case ND_RANGE_STMT:
    return simple_body(n->u.range_stmt.body, true, true);
  case ND_SWITCH_STMT:
    for (const Node *c = n->u.switch_stmt.clauses; c; c = c->next)
      for (const Node *s = c->u.case_clause.body; s; s = s->next)
        if (!simple_body(s, loop, true))
          return false;
    return true;
  case ND_SELECT_STMT:
    for (const Node *c = n->u.select_stmt.clauses; c; c = c->next)
      for (const Node *s = c->u.comm_clause.body; s; s = s->next)
        if (!simple_body(s, loop, true))
          return false;
    return true;
  default:
    return true;
  }
}

/* break and continue of the loop itself, in place: gc's
 * { #stateN = 0; return false } and { #stateN = 1; return true }. */
static void replace_branches(EscContext *ctx, Node *n, bool loop,
                             bool breakable, Object *state) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK:
    for (Node *s = n->u.block.stmts; s; s = s->next)
      replace_branches(ctx, s, loop, breakable, state);
    break;
  case ND_BRANCH_STMT: {
    bool is_break = n->u.branch.op == TK_BREAK;
    if (n->u.branch.label || (is_break ? breakable
                              : n->u.branch.op != TK_CONTINUE || loop))
      break;
    Pos pos = n->pos;
    Node *ret = new_node(ctx, ND_RETURN_STMT, pos);
    Node *value = new_node(ctx, ND_BASIC_LIT, pos);
    value->u.lit.kind = LIT_INT;
    value->u.lit.text = is_break ? "false" : "true";
    value->u.lit.length = (uint32_t)strlen(value->u.lit.text);
    value->type = types_basic[TY_BOOL];
    ret->u.return_stmt.results = value;
    Node *set = assign(ctx, name_node(ctx, state, pos),
                       int_lit(ctx, is_break ? "0" : "1", pos), pos);
    set->next = ret;
    Node *next = n->next;
    n->kind = ND_BLOCK;
    memset(&n->u, 0, sizeof n->u);
    n->u.block.stmts = set;
    n->next = next;
    break;
  }
  case ND_IF_STMT:
    replace_branches(ctx, n->u.if_stmt.then, loop, breakable, state);
    replace_branches(ctx, n->u.if_stmt.els, loop, breakable, state);
    break;
  case ND_FOR_STMT:
    replace_branches(ctx, n->u.for_stmt.body, true, true, state);
    break;
  case ND_RANGE_STMT:
    replace_branches(ctx, n->u.range_stmt.body, true, true, state);
    break;
  case ND_SWITCH_STMT:
    for (Node *c = n->u.switch_stmt.clauses; c; c = c->next)
      for (Node *s = c->u.case_clause.body; s; s = s->next)
        replace_branches(ctx, s, loop, true, state);
    break;
  case ND_SELECT_STMT:
    for (Node *c = n->u.select_stmt.clauses; c; c = c->next)
      for (Node *s = c->u.comm_clause.body; s; s = s->next)
        replace_branches(ctx, s, loop, true, state);
    break;
  default:
    break;
  }
}

static Type *range_func_type(const Node *n) {
  if (n->kind != ND_RANGE_STMT || !n->u.range_stmt.x)
    return NULL;
  Type *t = n->u.range_stmt.x->type;
  Type *u = t && t->kind != TY_TYPEPARAM ? types_under(t) : NULL;
  return u && u->kind == TY_FUNC ? u : NULL;
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
static void mark_captures(EscContext *ctx, const Node *body,
                          Object **params, int count) {
  Captures c;
  memset(&c, 0, sizeof c);
  c.inside.arena = ctx->arena;
  for (int i = 0; i < count; i++)
    escape_map_put(&c.inside, params[i], (void *)1);
  node_walk(body, note_declared, &c);
  node_walk(body, note_captured, &c);
}

/* ---- The rewrite ---- */

static void rewrite_stmt(RangeRewriter *rw, Node *n);

static void rewrite_list(RangeRewriter *rw, Node *list) {
  for (Node *s = list; s; s = s->next)
    rewrite_stmt(rw, s);
}

/* The loop variables (or the operands of `=`) as a list. */
static int loop_operands(Node *n, Node **lhs) {
  int count = 0;
  if (n->u.range_stmt.key)
    lhs[count++] = n->u.range_stmt.key;
  if (n->u.range_stmt.value)
    lhs[count++] = n->u.range_stmt.value;
  return count;
}

/* Turn the ND_RANGE_STMT n into gc's block, in place. */
static void rewrite_loop(RangeRewriter *rw, Node *n, Type *ft, int state) {
  EscContext *ctx = rw->ctx;
  Pos pos = n->pos;
  Node *x = n->u.range_stmt.x, *body = n->u.range_stmt.body;
  bool define = n->u.range_stmt.op == TK_DEFINE;
  Node *lhs[2];
  int nlhs = n->u.range_stmt.op == TK_EOF ? 0 : loop_operands(n, lhs);
  Type *yt = types_under(ft->u.func.params->u.tuple.vars[0]->type);
  int np = yt->u.func.params->u.tuple.count;

  /* the closure's parameters, and for `=` their assignments */
  Object **params = types_alloc(sizeof *params * (size_t)(np + 1));
  Node *first = NULL, **tail = &first;
  for (int i = 0; i < np; i++) {
    Type *pt = yt->u.func.params->u.tuple.vars[i]->type;
    Object *obj = i < nlhs && define ? lhs[i]->u.name.object : NULL;
    if (!obj && i < nlhs && define) /* a blank loop variable */
      obj = new_local(ctx, "_", pt, pos, VAR_PARAM);
    if (!obj) {
      char name[32];
      snprintf(name, sizeof name, "#p%d", i + 1);
      obj = new_local(ctx, name, pt, pos, VAR_PARAM);
      if (i < nlhs) {
        *tail = assign(ctx, lhs[i], name_node(ctx, obj, lhs[i]->pos),
                       lhs[i]->pos);
        tail = &(*tail)->next;
      }
    }
    obj->u.var.var_kind = VAR_PARAM;
    params[i] = obj;
  }
  Object **results = types_alloc(sizeof *results);
  results[0] = new_local(ctx, "#r", types_basic[TY_BOOL], pos, VAR_RESULT);
  Type *sig = types_new_func(NULL, types_new_tuple(params, np),
                             types_new_tuple(results, 1), false);

  /* var #tmpState = #stateN; #stateN = 2 */
  char name[32];
  snprintf(name, sizeof name, "#state%d", state);
  Object *state_var = new_local(ctx, name, types_basic[TY_INT], pos, VAR_LOCAL);
  Object *tmp = new_local(ctx, "#tmpState", types_basic[TY_INT], pos,
                          VAR_LOCAL);
  *tail = var_decl(ctx, tmp, name_node(ctx, state_var, pos), pos);
  tail = &(*tail)->next;
  *tail = assign(ctx, name_node(ctx, state_var, pos), int_lit(ctx, "2", pos),
                 pos);
  tail = &(*tail)->next;
  *tail = body->u.block.stmts;
  replace_branches(ctx, body, false, false, state_var);

  Node *block = new_node(ctx, ND_BLOCK, body->pos);
  block->u.block.stmts = first;
  block->u.block.rbrace = body->u.block.rbrace;
  Node *lit = new_node(ctx, ND_FUNC_LIT, pos);
  lit->u.func_lit.type = new_node(ctx, ND_FUNC_TYPE, pos);
  lit->u.func_lit.body = block;
  lit->type = sig;

  /* { var #stateN = 1; var #yieldN = lit; x(#yieldN) } */
  snprintf(name, sizeof name, "#yield%d", state);
  Object *yield = new_local(ctx, name, sig, pos, VAR_LOCAL);
  Node *decl_state = var_decl(ctx, state_var, int_lit(ctx, "1", pos), pos);
  Node *decl_yield = var_decl(ctx, yield, lit, pos);
  Node *call = new_node(ctx, ND_CALL, pos);
  call->u.call.fun = x;
  call->u.call.args = name_node(ctx, yield, pos);
  ExprInfo *info = check_record_node(ctx->pkg, call);
  info->mode = MODE_NOVALUE;
  info->call_kind = CALL_FUNC;
  Node *stmt = new_node(ctx, ND_EXPR_STMT, pos);
  stmt->u.expr_stmt.x = call;
  decl_state->next = decl_yield;
  decl_yield->next = stmt;

  mark_captures(ctx, body, params, np);
  Node *next = n->next;
  n->kind = ND_BLOCK;
  memset(&n->u, 0, sizeof n->u);
  n->u.block.stmts = decl_state;
  n->u.block.rbrace = body->u.block.rbrace;
  n->next = next;
}

static void rewrite_stmt(RangeRewriter *rw, Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK: rewrite_list(rw, n->u.block.stmts); break;
  case ND_IF_STMT:
    rewrite_stmt(rw, n->u.if_stmt.then);
    rewrite_stmt(rw, n->u.if_stmt.els);
    break;
  case ND_FOR_STMT: rewrite_stmt(rw, n->u.for_stmt.body); break;
  case ND_SWITCH_STMT:
    for (Node *c = n->u.switch_stmt.clauses; c; c = c->next)
      rewrite_list(rw, c->u.case_clause.body);
    break;
  case ND_SELECT_STMT:
    for (Node *c = n->u.select_stmt.clauses; c; c = c->next)
      rewrite_list(rw, c->u.comm_clause.body);
    break;
  case ND_LABELED_STMT: rewrite_stmt(rw, n->u.labeled.stmt); break;
  case ND_RANGE_STMT: {
    Type *ft = range_func_type(n);
    if (!ft) {
      rewrite_stmt(rw, n->u.range_stmt.body);
      break;
    }
    int state = ++rw->states; /* numbered as the loops begin */
    Type *yt = ft->u.func.params->u.tuple.count == 1
                   ? types_under(ft->u.func.params->u.tuple.vars[0]->type)
                   : NULL;
    if (!yt || yt->kind != TY_FUNC || !n->u.range_stmt.body ||
        !simple_body(n->u.range_stmt.body, false, false))
      break; /* left to the escape pass, which refuses it */
    rewrite_stmt(rw, n->u.range_stmt.body);
    rewrite_loop(rw, n, ft, state);
    break;
  }
  default:
    break;
  }
}

/* Every function body of the package, func literals included, before any
 * is rewritten (a rewritten loop's closure is not a literal of its own). */
typedef struct Bodies {
  EscContext *ctx;
  Node **list;
  int count, capacity;
} Bodies;

static void add_body(Bodies *b, Node *body) {
  if (!body)
    return;
  if (b->count == b->capacity) {
    int cap = b->capacity ? b->capacity * 2 : 16;
    Node **fresh = arena_alloc(b->ctx->arena, sizeof *fresh * (size_t)cap);
    if (b->count)
      memcpy(fresh, b->list, sizeof *fresh * (size_t)b->count);
    b->list = fresh;
    b->capacity = cap;
  }
  b->list[b->count++] = body;
}

static void find_bodies(void *data, const Node *n) {
  if (n->kind == ND_FUNC_LIT)
    add_body(data, n->u.func_lit.body);
}

void escape_rewrite_range_funcs(EscContext *ctx, Node **files,
                                int file_count) {
  Bodies b;
  memset(&b, 0, sizeof b);
  b.ctx = ctx;
  for (int i = 0; i < file_count; i++)
    for (Node *d = files[i]->u.file.decls; d; d = d->next) {
      if (d->kind == ND_FUNC_DECL) {
        if (d->u.func_decl.tparams)
          continue; /* generic: not rewritten (the pass refuses it) */
        add_body(&b, d->u.func_decl.body);
        node_walk(d->u.func_decl.body, find_bodies, &b);
      } else if (d->kind == ND_VAR_SPEC) {
        for (const Node *v = d->u.value_spec.values; v; v = v->next)
          node_walk(v, find_bodies, &b);
      }
    }
  for (int i = 0; i < b.count; i++) {
    RangeRewriter rw = {ctx, 0};
    rewrite_stmt(&rw, b.list[i]);
  }
}
