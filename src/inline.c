/*
 * inline.c — gc's inlining cost model and inlinability decision.
 *
 * needs: the checked package (types, objects, CheckInfo);  produces: one
 * decision per function — "can inline f" with its cost, or "cannot inline
 * f: reason" — as Diagnostic records, in gc's order.
 *
 * How gc decides.  Before escape analysis gc walks each function body
 * (the "hairy visitor" of inline/inl.go) and charges one unit of budget
 * per IR node; a function whose total stays within 80 can be inlined.
 * A few nodes are dearer or cheaper: a call that will not be inlined
 * costs 57 more (17 when it calls a parameter), a call that will be
 * inlined costs the callee's own cost instead, a func literal 15 more,
 * panic 1 more; conversions that generate no code, method expressions,
 * types and `fallthrough` cost nothing; `&s.f` of a field at offset 0
 * costs nothing beyond s.  Some constructs forbid inlining outright:
 * recover, go, defer, //go:noinline.  docs/inline.md has the table.
 *
 * The catch: gc counts nodes of *its* IR, which is not goesc's AST.
 * Declarations become ODCL nodes (two units: the node and its name), a
 * variadic call packs its arguments into a slice literal, `a, b := f()`
 * and `return f()` go through temporaries, `select` receives become
 * two-variable assignments, constants are folded into one literal.  So
 * the walk below charges, for each AST construct, what the IR built from
 * it would cost; each rule carries the IR it stands for in a comment.
 *
 * Order.  gc decides bottom-up over the call graph (strongly connected
 * components, callees first, as the escape pass does), so that a call to
 * an inlinable callee can be charged the callee's cost.  A function's
 * func literals are decided just before it, innermost first.
 */
#include "inline.h"
#include "escape.h" /* escape_rangefunc_helper */

#include "escape.h" /* gc's names of shape instances (escape_generic.c) */

#include <stdlib.h>
#include <string.h>

/* ---- The functions of the package ---- */

/* An index by generic type of a list of instances of generic types, so
 * that asking whether instance t is in the list reads only the instances
 * of t's generic type (a search of the whole list was quadratic in
 * programs with thousands of generic types).  heads: origin -> 1 + the
 * index of the latest entry of that origin; next[i]: 1 + the index of the
 * entry of the same origin before entry i (0: none). */
typedef struct OriginIndex {
  EscMap heads;
  int *next;
  int capacity;
} OriginIndex;

/* Index entry i of list (entries that are not instances stay out). */
static void origin_index_add(OriginIndex *ix, Arena *arena, Type **list,
                             int i) {
  Type *origin = list[i]->kind == TY_NAMED ? list[i]->u.named.origin : NULL;
  if (!origin)
    return;
  if (i >= ix->capacity) {
    ix->capacity = 2 * (i + 1);
    ix->next = xrealloc(ix->next, sizeof *ix->next * (size_t)ix->capacity);
  }
  ix->heads.arena = arena;
  ix->next[i] = (int)(intptr_t)escape_map_get(&ix->heads, origin);
  escape_map_put(&ix->heads, origin, (void *)(intptr_t)(i + 1));
}

/* Is an instance identical to t among the indexed entries of list? */
static bool origin_index_has(const OriginIndex *ix, Type **list, Type *t) {
  for (intptr_t i = (intptr_t)escape_map_get(&ix->heads, t->u.named.origin);
       i > 0; i = ix->next[i - 1])
    if (types_identical(list[i - 1], t))
      return true;
  return false;
}

typedef struct Ctx {
  Package *pkg;
  Arena *arena;
  InlineFunc **funcs; /* declared functions, in declaration order */
  int count, capacity;
  InlineFunc **order; /* every decision, in gc's order */
  int order_count, order_capacity;
  InlineFunc **stack; /* Tarjan's stack */
  int stack_count, stack_capacity;
  uint32_t visitgen;
  InlineFunc *pkg_init; /* the package initializer: parent of package-level
                           func literals, caller of their dynamic values */
  int init_callees;     /* the decisions its walk made: order[0..n) */
  /* Object* -> InlineFunc*, for func_of_object (open addressing) */
  const Object **index_keys;
  InlineFunc **index_values;
  size_t index_size;
  Node **init_specs;    /* package-level var specs whose values run code */
  const Source **init_sources;
  int init_count, init_capacity;
  /* Generic functions: their shape instances, and their dictionary
   * wrappers in the order gc reads (and decides) them. */
  InlineFunc **instances;
  int instance_count, instance_capacity;
  InlineFunc **wrappers;
  int wrapper_count, wrapper_capacity;
  /* The same by name (interned): a package with thousands of instances
   * made a search of the lists by strcmp quadratic. */
  EscMap instance_index, wrapper_index;
  InlineFunc **reading;  /* gc reader's stack of bodies to read */
  int reading_count, reading_capacity;
  InlineFunc **tail;     /* the instances and wrappers, in gc's list */
  const Object **tail_readers; /* for each: the declared function being
                                  read when it came (InlinePlan's
                                  instance_readers) */
  int tail_count, tail_capacity;
  const Object *reader;  /* the declared function read last */
  bool instances_closed; /* all read: no more instances are made */
  bool closures_on_visit; /* InlineFunc.closures_unread is in use */
  bool dead_ref;         /* the last instance asked for was not read */
  Type **types;          /* instances of generic types already met */
  int types_count, types_capacity;
  OriginIndex type_index; /* of types */
  struct Pending {       /* dictionaries to make after the body */
    InlineFunc **items;  /* the shape instances each one needs */
    int count;
    Type *type;          /* a generic type's instance, or NULL */
  } *pending;
  int pending_count, pending_capacity;
  struct WrappedType {   /* the types gc makes method wrappers for: */
    Type *type;          /* an instance of a generic type when met, */
    bool shaped;         /* or its shaped type when its dictionary is */
  } *wrapped;
  int wrapped_count, wrapped_capacity;
  const char **shaped_names; /* the shaped types in `wrapped`, by the name
                                of their first method's shape instance */
  int shaped_count, shaped_capacity;
  InlineFunc **foreign;  /* functions of imported packages read from
                            source, costed for their shape instances */
  int foreign_count, foreign_capacity;
  InlineFunc *fresh_dictionary; /* a function's wrapper just made, whose
                                   dictionary is read next */
  bool dictionary_prepass; /* looking for the types a function's
                              dictionary uses that were met already */
  EscContext names;     /* for escape_instance_names: pkg, arena, shapes */
} Ctx;

#define GROW(array, count, capacity)                                      \
  do {                                                                    \
    if ((count) == (capacity)) {                                          \
      (capacity) = (capacity) ? (capacity) * 2 : 16;                      \
      (array) = xrealloc((array), sizeof *(array) * (size_t)(capacity));  \
    }                                                                     \
  } while (0)

static const ExprInfo *info_of(const Ctx *ctx, const Node *n) {
  return check_expr_info(ctx->pkg, n);
}

static Node *unparen(Node *n) {
  while (n && n->kind == ND_PAREN)
    n = n->u.paren.x;
  return n;
}

static Type *under(Type *t) { return t ? types_under(t) : NULL; }
static bool is_ptr(Type *t) { return t && t->kind == TY_POINTER; }

static size_t index_slot(const Ctx *ctx, const Object *obj) {
  uintptr_t h = (uintptr_t)obj;
  h ^= h >> 17;
  h *= 0x9E3779B97F4A7C15u;
  size_t j = (size_t)(h >> 7) & (ctx->index_size - 1);
  while (ctx->index_keys[j] && ctx->index_keys[j] != obj)
    j = (j + 1) & (ctx->index_size - 1);
  return j;
}

/* Index the declared functions by their objects (after collect_funcs). */
static void index_funcs(Ctx *ctx) {
  size_t size = 16;
  while (size < (size_t)ctx->count * 2 + 2)
    size *= 2;
  ctx->index_size = size;
  ctx->index_keys = xmalloc(size * sizeof *ctx->index_keys);
  ctx->index_values = xmalloc(size * sizeof *ctx->index_values);
  memset(ctx->index_keys, 0, size * sizeof *ctx->index_keys);
  memset(ctx->index_values, 0, size * sizeof *ctx->index_values);
  for (int i = 0; i < ctx->count; i++) {
    if (!ctx->funcs[i]->obj)
      continue;
    size_t j = index_slot(ctx, ctx->funcs[i]->obj);
    ctx->index_keys[j] = ctx->funcs[i]->obj;
    ctx->index_values[j] = ctx->funcs[i];
  }
}

static InlineFunc *func_of_object(const Ctx *ctx, const Object *obj) {
  if (!obj || !ctx->index_size)
    return NULL;
  if (obj->kind == OBJ_FUNC && obj->u.func.origin)
    obj = obj->u.func.origin;
  return ctx->index_values[index_slot(ctx, obj)];
}

/* gc's name of a method: T.M or (*T).M. */
static const char *method_name(Arena *arena, const Node *decl,
                               const char *name) {
  const Node *rt = decl->u.func_decl.recv->u.field.type;
  bool ptr = false;
  while (rt && rt->kind == ND_PAREN)
    rt = rt->u.paren.x;
  if (rt && rt->kind == ND_UNARY && rt->u.unary.op == TK_MUL) {
    ptr = true;
    rt = rt->u.unary.x;
  }
  const char *tname = rt && rt->kind == ND_NAME ? rt->u.name.name : "?";
  return ptr ? arena_printf(arena, "(*%s).%s", tname, name)
             : arena_printf(arena, "%s.%s", tname, name);
}

static bool is_generic_decl(const Node *d) {
  if (d->u.func_decl.tparams)
    return true;
  if (!d->u.func_decl.recv)
    return false;
  const Node *rt = d->u.func_decl.recv->u.field.type;
  while (rt && (rt->kind == ND_PAREN ||
                (rt->kind == ND_UNARY && rt->u.unary.op == TK_MUL)))
    rt = rt->kind == ND_PAREN ? rt->u.paren.x : rt->u.unary.x;
  return rt && rt->kind == ND_INDEX;
}

/* ---- Closures: numbered as gc names them (f.func1, f.func1.1) ---- */

static void collect_closures(Ctx *ctx, InlineFunc *parent);

/* Direct func literals of a body: a pre-order walk that does not descend
 * into a literal (the literal's own scan numbers its children). */
static void scan_direct(Ctx *ctx, InlineFunc *parent, Node *n);

static void scan_direct_list(Ctx *ctx, InlineFunc *parent, Node *n) {
  for (; n; n = n->next)
    scan_direct(ctx, parent, n);
}

/* go and defer of anything but a call of a func() without parameters or
 * results: gc wraps the call in a closure (f.gowrap1, f.deferwrap1) whose
 * captured temporaries hold the evaluated arguments (x.m(): the receiver;
 * F[int](): the dictionary; check_go_defer_as_is). */
static bool needs_wrapper(Ctx *ctx, Node *stmt_node) {
  Node *c = unparen(stmt_node->u.go_defer.call);
  return c && c->kind == ND_CALL && info_of(ctx, c) &&
         !check_go_defer_as_is(ctx->pkg, c);
}

/* The function a closure is named after (gc's closureName): its parent,
 * or for a closure inside a range-over-func body the function holding the
 * loop (gc's RangeParent), whose counters it shares. */
static InlineFunc *naming_parent(InlineFunc *parent) {
  while (parent->is_closure && parent->outer && parent->decl &&
         parent->decl->kind == ND_FUNC_LIT &&
         parent->decl->u.func_lit.range_body)
    parent = parent->outer;
  return parent;
}

static void add_wrapper(Ctx *ctx, InlineFunc *parent, Node *stmt_node) {
  InlineFunc *c = arena_alloc(ctx->arena, sizeof *c);
  InlineFunc *namer = naming_parent(parent);
  bool is_go = stmt_node->kind == ND_GO_STMT;
  c->decl = stmt_node;
  c->wrapped = unparen(stmt_node->u.go_defer.call);
  c->source = parent->source;
  c->pos = stmt_node->pos;
  c->outer = parent;
  c->is_closure = true;
  c->name = arena_printf(ctx->arena, "%s.%s%d", namer->name,
                         is_go ? "gowrap" : "deferwrap", ++namer->wrap_count);
  GROW(parent->closures, parent->closure_total, parent->closure_capacity);
  parent->closures[parent->closure_total++] = c;
}

const char *inline_closure_name(Arena *arena, const char *namer,
                                bool namer_is_closure, bool range_body,
                                int *closure_count, int *range_count) {
  if (range_body) /* gc's count of these is their own */
    return arena_printf(arena, "%s-range%d", namer, ++*range_count);
  if (namer_is_closure)
    return arena_printf(arena, "%s.%d", namer, ++*closure_count);
  return arena_printf(arena, "%s.func%d", namer, ++*closure_count);
}

static void add_closure(Ctx *ctx, InlineFunc *parent, Node *lit) {
  InlineFunc *c = arena_alloc(ctx->arena, sizeof *c);
  c->decl = lit;
  c->body = lit->u.func_lit.body;
  c->source = parent->source;
  c->pos = lit->pos;
  c->outer = parent;
  c->is_closure = true;
  InlineFunc *namer = naming_parent(parent);
  c->name = inline_closure_name(ctx->arena, namer->name, namer->is_closure,
                                lit->u.func_lit.range_body,
                                &namer->closure_count, &namer->range_count);
  GROW(parent->closures, parent->closure_total, parent->closure_capacity);
  parent->closures[parent->closure_total++] = c;
  collect_closures(ctx, c);
}

static bool modeled_method_closure(Ctx *ctx, const InlineFunc *parent,
                                   Node *n, int *derefs);
static InlineFunc *method_closure_of(InlineFunc *f, const Node *n);

/* A method expression of a generic type in a shape instance: gc's reader
 * makes it a closure, numbered with the func literals (InlineFunc's
 * method_closure). */
static void add_method_closure(Ctx *ctx, InlineFunc *parent, Node *sel,
                               int derefs) {
  InlineFunc *c = arena_alloc(ctx->arena, sizeof *c);
  c->decl = sel;
  c->source = parent->source;
  c->pos = sel->pos;
  c->outer = parent;
  c->is_closure = true;
  c->method_closure = true;
  c->recv_derefs = derefs;
  c->name = inline_closure_name(ctx->arena, parent->name, false, false,
                                &parent->closure_count, &parent->range_count);
  GROW(parent->closures, parent->closure_total, parent->closure_capacity);
  parent->closures[parent->closure_total++] = c;
}

static void scan_direct(Ctx *ctx, InlineFunc *parent, Node *n) {
  int derefs;
  if (!n)
    return;
  switch (n->kind) {
  case ND_FUNC_LIT: add_closure(ctx, parent, n); return;
  case ND_COMPOSITE_LIT: scan_direct_list(ctx, parent, n->u.composite.elems); return;
  case ND_KEY_VALUE:
    scan_direct(ctx, parent, n->u.key_value.key);
    scan_direct(ctx, parent, n->u.key_value.value);
    return;
  case ND_PAREN: case ND_IMPLICIT_CONV: scan_direct(ctx, parent, n->u.paren.x); return;
  case ND_SELECTOR:
    if (modeled_method_closure(ctx, parent, n, &derefs))
      add_method_closure(ctx, parent, n, derefs);
    scan_direct(ctx, parent, n->u.selector.x);
    return;
  case ND_INDEX:
    scan_direct(ctx, parent, n->u.index.x);
    scan_direct_list(ctx, parent, n->u.index.index);
    return;
  case ND_SLICE_EXPR:
    scan_direct(ctx, parent, n->u.slice.x);
    scan_direct(ctx, parent, n->u.slice.low);
    scan_direct(ctx, parent, n->u.slice.high);
    scan_direct(ctx, parent, n->u.slice.max);
    return;
  case ND_TYPE_ASSERT: scan_direct(ctx, parent, n->u.assert.x); return;
  case ND_TYPE_SWITCH_GUARD: scan_direct(ctx, parent, n->u.guard.x); return;
  case ND_CALL:
    scan_direct(ctx, parent, n->u.call.fun);
    scan_direct_list(ctx, parent, n->u.call.args);
    return;
  case ND_UNARY: scan_direct(ctx, parent, n->u.unary.x); return;
  case ND_BINARY:
    scan_direct(ctx, parent, n->u.binary.x);
    scan_direct(ctx, parent, n->u.binary.y);
    return;
  case ND_BLOCK: scan_direct_list(ctx, parent, n->u.block.stmts); return;
  case ND_EXPR_STMT: scan_direct(ctx, parent, n->u.expr_stmt.x); return;
  case ND_SEND_STMT:
    scan_direct(ctx, parent, n->u.send.chan);
    scan_direct(ctx, parent, n->u.send.value);
    return;
  case ND_INC_DEC_STMT: scan_direct(ctx, parent, n->u.inc_dec.x); return;
  case ND_ASSIGN_STMT:
    scan_direct_list(ctx, parent, n->u.assign.lhs);
    scan_direct_list(ctx, parent, n->u.assign.rhs);
    return;
  case ND_GO_STMT: case ND_DEFER_STMT:
    scan_direct(ctx, parent, n->u.go_defer.call);
    if (needs_wrapper(ctx, n))
      add_wrapper(ctx, parent, n);
    return;
  case ND_RETURN_STMT: scan_direct_list(ctx, parent, n->u.return_stmt.results); return;
  case ND_IF_STMT: {
    /* gc's writer drops the branch a constant condition never takes,
     * and the func literals in it: they are neither named nor costed */
    int known = escape_static_bool(&ctx->names, n->u.if_stmt.cond);
    scan_direct(ctx, parent, n->u.if_stmt.init);
    scan_direct(ctx, parent, n->u.if_stmt.cond);
    if (known >= 0)
      scan_direct(ctx, parent, n->u.if_stmt.then);
    if (known <= 0)
      scan_direct(ctx, parent, n->u.if_stmt.els);
    return;
  }
  case ND_SWITCH_STMT:
    scan_direct(ctx, parent, n->u.switch_stmt.init);
    scan_direct(ctx, parent, n->u.switch_stmt.tag);
    scan_direct_list(ctx, parent, n->u.switch_stmt.clauses);
    return;
  case ND_CASE_CLAUSE:
    scan_direct_list(ctx, parent, n->u.case_clause.list);
    scan_direct_list(ctx, parent, n->u.case_clause.body);
    return;
  case ND_SELECT_STMT: scan_direct_list(ctx, parent, n->u.select_stmt.clauses); return;
  case ND_COMM_CLAUSE:
    scan_direct(ctx, parent, n->u.comm_clause.comm);
    scan_direct_list(ctx, parent, n->u.comm_clause.body);
    return;
  case ND_FOR_STMT:
    scan_direct(ctx, parent, n->u.for_stmt.init);
    scan_direct(ctx, parent, n->u.for_stmt.cond);
    scan_direct(ctx, parent, n->u.for_stmt.post);
    scan_direct(ctx, parent, n->u.for_stmt.body);
    return;
  case ND_RANGE_STMT:
    scan_direct(ctx, parent, n->u.range_stmt.key);
    scan_direct(ctx, parent, n->u.range_stmt.value);
    scan_direct(ctx, parent, n->u.range_stmt.x);
    scan_direct(ctx, parent, n->u.range_stmt.body);
    return;
  case ND_LABELED_STMT: scan_direct(ctx, parent, n->u.labeled.stmt); return;
  case ND_DECL_STMT: scan_direct_list(ctx, parent, n->u.decl_stmt.decls); return;
  case ND_VAR_SPEC: scan_direct_list(ctx, parent, n->u.value_spec.values); return;
  default: return;
  }
}

static void collect_closures(Ctx *ctx, InlineFunc *parent) {
  scan_direct(ctx, parent, parent->body);
}

static InlineFunc *closure_of_lit(InlineFunc *f, const Node *lit);
static bool wrapper_captures(Ctx *ctx, InlineFunc *f);
static bool captures(InlineFunc *c);

static InlineFunc *closure_of_lit(InlineFunc *f, const Node *lit) {
  for (int i = 0; i < f->closure_total; i++) {
    if (f->closures[i]->decl == lit)
      return f->closures[i];
    InlineFunc *c = closure_of_lit(f->closures[i], lit);
    if (c)
      return c;
  }
  return NULL;
}

static InlineFunc *top_of(InlineFunc *f) {
  while (f->outer)
    f = f->outer;
  return f;
}

/* The function whose body declares f's locals: f's top-level function,
 * or, for the literals of package-level initializers (whose outer is the
 * package initializer, which has no body), the outermost literal. */
static InlineFunc *locals_root(InlineFunc *f) {
  while (f->outer && f->outer->body)
    f = f->outer;
  return f;
}

/* ---- Generic functions: shape instances and dictionary wrappers ----
 *
 * gc never costs a generic function as written.  A call F(x) with type
 * arguments [int] becomes a call of the shape instance F[go.shape.int]
 * (escape_generic.c explains shapes) with the dictionary &.dict.F[int]
 * as an argument (after the receiver of a method), and the shape
 * instance is costed and inlined like any function.  gc also makes, for
 * each list of type arguments a non-generic body mentions, the
 * dictionary wrapper F[int], a function whose body is that call; and for
 * each instance of a generic type it mentions, the shape instances and
 * wrappers of all the type's methods, called or not.
 *
 * gc's list of functions has the package's functions, then these, in the
 * order its reader takes bodies from a stack: the package's functions
 * are pushed in declaration order (so the last is read first), the
 * declarations' own mentions (variables' types and initializers, the
 * fields and methods of types) coming first; a body pushes, in the order
 * it mentions them, the wrappers of the functions and of the types'
 * methods it mentions first (a type's in declaration order), and the
 * shape instances it calls or uses as values (all the methods of a
 * shaped type at once), a function's dictionary after its shape
 * instance (the instances of generic types its body uses).  The shape
 * instances of the other mentions (their dictionaries) are pushed after
 * the body, the last mention's first.  A generic body reaches other
 * shape instances through its dictionary: those come without wrappers.
 * This is a model of gc's reader checked against its output, not a copy;
 * docs/inline.md, "Generic functions", lists what it does not cover (a
 * shape instance goesc cannot cost makes -m fall back to -m -l). */

/* The named type that declares a selected method: the receiver's type
 * after the embedded fields of the path, without its pointer. */
static Type *method_owner(Type *t, const Selection *s) {
  t = types_selection_holder(t, s);
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  return t && t->kind == TY_NAMED ? t : NULL;
}

/* An imported generic type (the model's) as its package's source declares
 * it, with its methods' bodies; NULL when the source cannot be read.  A
 * type of this package, or of a package read from source, is itself. */
static Type *source_type(const Ctx *ctx, Type *origin) {
  Object *obj = origin && origin->kind == TY_NAMED ? origin->u.named.obj
                                                   : NULL;
  if (!obj || !obj->pkg || obj->pkg == ctx->pkg || obj->pkg->from_source)
    return origin;
  ImportSource *is = import_source_load(obj->pkg->path, ctx->pkg);
  if (!is->pkg)
    return NULL;
  escape_rewrite_range_funcs(is->pkg, is->files, is->file_count);
  Object *tobj = types_scope_lookup(is->pkg->scope, obj->name);
  Type *st = tobj && tobj->kind == OBJ_TYPE ? tobj->type : NULL;
  return st && st->kind == TY_NAMED ? st : NULL;
}

/* The methods of generic type `origin` in declaration order, as gc reads
 * them: an imported type's from its source (the model lists them by
 * name).  Its own when the source cannot be read (instance_of refuses
 * those). */
static Type *declared_methods_of(const Ctx *ctx, Type *origin) {
  Type *st = source_type(ctx, origin);
  return st ? st : origin;
}

/* An imported generic function, or a method of an imported generic
 * type: gc inlines its shape instances like a local one's, from the body
 * in the export data.  goesc reads that body
 * from the package's source (import_source.c), checked on first need;
 * the model's object of the function (signature only) stands for the
 * source's.  NULL when the source cannot be read: the caller refuses. */
static Object *source_generic(const Ctx *ctx, Object *obj) {
  if (!obj->pkg || obj->pkg == ctx->pkg || obj->pkg->from_source)
    return obj;
  ImportSource *is = import_source_load(obj->pkg->path, ctx->pkg);
  if (!is->pkg)
    return NULL;
  /* range-over-func loops become closures before anything is costed, as
   * in the package being compiled (a second rewrite does nothing) */
  escape_rewrite_range_funcs(is->pkg, is->files, is->file_count);
  Type *sig = obj->type;
  if (sig && sig->kind == TY_FUNC && sig->u.func.recv) {
    /* a method of a generic type: the source's type, its method */
    Type *rt = sig->u.func.recv->type;
    if (rt && rt->kind == TY_POINTER)
      rt = rt->u.pointer.elem;
    if (!rt || rt->kind != TY_NAMED)
      return NULL;
    Type *st = source_type(ctx, rt->u.named.origin ? rt->u.named.origin : rt);
    if (!st || st->kind != TY_NAMED)
      return NULL;
    for (int i = 0; i < st->u.named.method_count; i++) {
      Object *m = st->u.named.methods[i];
      if (strcmp(m->name, obj->name) == 0)
        return m->type && m->type->kind == TY_FUNC &&
                       m->type->u.func.rtparam_count > 0
                   ? m
                   : NULL;
    }
    return NULL;
  }
  Object *src = types_scope_lookup(is->pkg->scope, obj->name);
  return src && src->kind == OBJ_FUNC && src->type &&
                 src->type->kind == TY_FUNC &&
                 src->type->u.func.tparam_count > 0
             ? src
             : NULL;
}

/* The generic function or method a reference names (F, F[int], x.M,
 * T.M), with the type arguments it has there (a method: its receiver
 * type's); NULL when ref names nothing generic. */
static Object *generic_ref(const Ctx *ctx, Node *ref, Type ***targs,
                           int *count) {
  *targs = NULL;
  *count = 0;
  ref = unparen(ref);
  if (!ref)
    return NULL;
  Node *name = ref->kind == ND_INDEX ? unparen(ref->u.index.x) : ref;
  Object *obj = NULL;
  if (name->kind == ND_NAME) {
    obj = name->u.name.object;
  } else if (name->kind == ND_SELECTOR) {
    const ExprInfo *si = info_of(ctx, name);
    const Selection *s = si ? si->selection : NULL;
    if (s && s->kind == SEL_QUALIFIED)
      obj = s->obj;
    if (s && name == ref && !s->via_interface && s->obj &&
        s->obj->kind == OBJ_FUNC &&
        (s->kind == SEL_METHOD_VALUE || s->kind == SEL_METHOD_EXPR)) {
      Object *m = s->obj->u.func.origin ? s->obj->u.func.origin : s->obj;
      if (!m->type || m->type->kind != TY_FUNC ||
          m->type->u.func.rtparam_count == 0)
        return NULL;
      Object *src = source_generic(ctx, m); /* an imported type's */
      if (src)
        m = src;
      Type *owner = method_owner(s->kind == SEL_METHOD_VALUE
                                     ? name->u.selector.x->type
                                     : s->recv,
                                 s);
      if (owner && owner->u.named.origin) {
        *targs = owner->u.named.targs;
        *count = owner->u.named.targ_count;
      } else if (owner) { /* the generic type itself, in its methods */
        *targs = owner->u.named.tparams;
        *count = owner->u.named.tparam_count;
      }
      return m;
    }
  }
  if (!obj || obj->kind != OBJ_FUNC || !obj->type ||
      obj->type->kind != TY_FUNC || obj->type->u.func.tparam_count == 0)
    return NULL;
  Object *src = source_generic(ctx, obj);
  if (!src) /* a generic function all the same: no instance will do */
    return obj;
  obj = src;
  const ExprInfo *info = info_of(ctx, ref);
  if (info) {
    *targs = info->targs;
    *count = info->targ_count;
  }
  return obj;
}

static Object *generic_of_ref(const Ctx *ctx, Node *ref) {
  Type **targs;
  int count;
  return generic_ref(ctx, ref, &targs, &count);
}

/* The type parameters of a generic function or method (its receiver's). */
static Type **generic_tparams(const Object *g) {
  Type *sig = g->type;
  return sig->u.func.rtparam_count > 0 ? sig->u.func.rtparams
                                       : sig->u.func.tparams;
}

/* A type of a shape instance's (or a wrapper's) body, with its type
 * arguments (t as it is outside them). */
static Type *instance_type(const InlineFunc *f, Type *t) {
  if (!t || !f || (!f->is_instance && !f->shaped))
    return t;
  return check_subst(NULL, t, generic_tparams(f->generic), f->targs,
                     f->targ_count);
}

/* What gc compiles through the dictionary in a generic body beyond the
 * calls of shape instances, or NULL. */
typedef struct DictionaryUse {
  const Ctx *ctx;
  Type *self;            /* a method's receiver type (T[P]), or NULL */
  const char *what;
} DictionaryUse;

/* Does t mention an instance of a generic type of this package other
 * than the receiver's own (whose methods gc would instantiate for the
 * shapes too)?  An imported one (atomic.Pointer[E]) is modeled: its
 * instances are the type's sub-dictionaries (mention_type,
 * queue_type_shapes); a local one's late escape results come in an
 * order not checked against gc yet. */
static bool other_generic_type(const DictionaryUse *du, Type *t, int depth) {
  if (!t || depth > 16)
    return false;
  switch (t->kind) {
  case TY_NAMED:
    /* (one without methods brings no functions) */
    if (t->u.named.origin && t->u.named.origin->u.named.method_count > 0 &&
        t->u.named.origin->u.named.obj &&
        t->u.named.origin->u.named.obj->pkg == du->ctx->pkg &&
        escape_mentions_tparam(t) &&
        !(du->self && types_identical(t, du->self)))
      return true;
    return false;
  case TY_POINTER: return other_generic_type(du, t->u.pointer.elem, depth + 1);
  case TY_SLICE: return other_generic_type(du, t->u.slice.elem, depth + 1);
  case TY_ARRAY: return other_generic_type(du, t->u.array.elem, depth + 1);
  case TY_CHAN: return other_generic_type(du, t->u.chan.elem, depth + 1);
  case TY_MAP:
    return other_generic_type(du, t->u.map.key, depth + 1) ||
           other_generic_type(du, t->u.map.elem, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      if (other_generic_type(du, t->u.strct.fields[i]->type, depth + 1))
        return true;
    return false;
  case TY_FUNC:
    return other_generic_type(du, t->u.func.params, depth + 1) ||
           other_generic_type(du, t->u.func.results, depth + 1);
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.count; i++)
      if (other_generic_type(du, t->u.tuple.vars[i]->type, depth + 1))
        return true;
    return false;
  default:
    return false;
  }
}

static bool is_tparam_value(Type *t) {
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  return t && t->kind == TY_TYPEPARAM;
}

static void find_dictionary_use(void *data, const Node *n) {
  DictionaryUse *du = data;
  if (du->what)
    return;
  /* (a generic function's name has its own type parameters' types) */
  bool generic_name = n->kind == ND_NAME && generic_of_ref(du->ctx, (Node *)n);
  if (du->self && n->type && !generic_name &&
      other_generic_type(du, n->type, 0)) {
    du->what = "another generic type in a generic function";
    return;
  }
  /* (an assertion or a type switch case to a type of type parameters
   * reads the type from the dictionary: the cost walk charges it) */
}

/* The instance or wrapper of that name in an index (instance_index,
 * wrapper_index), or NULL. */
static InlineFunc *find_generic_func(const EscMap *index, const char *name) {
  return escape_map_get(index, intern(name, strlen(name)));
}

/* Append f to a list of instances or wrappers, and to its index (the
 * first of a name is the one found). */
static void add_generic_func(Ctx *ctx, InlineFunc ***list, int *count,
                             int *capacity, EscMap *index, InlineFunc *f) {
  GROW(*list, *count, *capacity);
  (*list)[(*count)++] = f;
  const char *key = intern(f->name, strlen(f->name));
  index->arena = ctx->arena;
  if (!escape_map_get(index, key))
    escape_map_put(index, key, f);
}

/* gc's reading order: the functions it reads, and the instances it
 * appends to its list as it reads them. */
static void push_read(Ctx *ctx, InlineFunc *f) {
  GROW(ctx->reading, ctx->reading_count, ctx->reading_capacity);
  ctx->reading[ctx->reading_count++] = f;
}

static void mention_types_in(Ctx *ctx, Type *t, int depth);

/* A node_walk over the body of a shape instance or a wrapper: fn is the
 * function whose type arguments apply there. */
typedef struct InstanceWalk {
  Ctx *ctx;
  InlineFunc *fn;
} InstanceWalk;

/* The types of a generic function's body, with a wrapper's type
 * arguments: its dictionary's, which gc reads with the wrapper. */
static void mention_dictionary_type(void *data, const Node *n) {
  InstanceWalk *dt = data;
  if (n->type)
    mention_types_in(dt->ctx, instance_type(dt->fn, n->type), 0);
}

/* Push shape instances to be read, those not pushed yet. */
static void queue_shapes(Ctx *ctx, InlineFunc **items, int count) {
  for (int i = 0; i < count; i++)
    if (!items[i]->queued) {
      items[i]->queued = true;
      push_read(ctx, items[i]);
    }
}

/* A dictionary to make after the body: the shape instances it needs. */
static void add_pending(Ctx *ctx, InlineFunc **items, int count,
                        Type *type) {
  GROW(ctx->pending, ctx->pending_count, ctx->pending_capacity);
  ctx->pending[ctx->pending_count].items = items;
  ctx->pending[ctx->pending_count].type = type;
  ctx->pending[ctx->pending_count++].count = count;
}

static void add_wrapped(Ctx *ctx, Type *t, bool shaped) {
  GROW(ctx->wrapped, ctx->wrapped_count, ctx->wrapped_capacity);
  ctx->wrapped[ctx->wrapped_count].type = t;
  ctx->wrapped[ctx->wrapped_count++].shaped = shaped;
}

static InlineFunc *instance_of_ref(Ctx *ctx, Node *ref,
                                   const InlineFunc *within);
static int shaped_methods(Ctx *ctx, Object *g, Type **targs, int count,
                          InlineFunc ***out);

/* Is inst a method of a generic type other than within's (a method of a
 * generic type too)? */
static bool other_type_method(const InlineFunc *within,
                              const InlineFunc *inst) {
  Type *a = within && within->generic ? within->generic->type : NULL;
  Type *b = inst && inst->generic ? inst->generic->type : NULL;
  if (!a || !b || !a->u.func.recv || !b->u.func.recv)
    return false;
  Type *ra = a->u.func.recv->type, *rb = b->u.func.recv->type;
  if (ra && ra->kind == TY_POINTER)
    ra = ra->u.pointer.elem;
  if (rb && rb->kind == TY_POINTER)
    rb = rb->u.pointer.elem;
  if (ra && ra->kind == TY_NAMED && ra->u.named.origin)
    ra = ra->u.named.origin;
  if (rb && rb->kind == TY_NAMED && rb->u.named.origin)
    rb = rb->u.named.origin;
  return ra != rb;
}

static void queue_sub_type(void *data, const Node *n) {
  InstanceWalk *st = data;
  if (n->kind != ND_CALL)
    return;
  InlineFunc *inst = instance_of_ref(st->ctx, unparen(n->u.call.fun), st->fn);
  if (!other_type_method(st->fn, inst))
    return;
  InlineFunc **methods;
  int count = shaped_methods(st->ctx, inst->generic, inst->targs,
                             inst->targ_count, &methods);
  if (count > 0)
    queue_shapes(st->ctx, methods, count);
}

/* Push the shape instances of a generic type's methods: first those of
 * the other generic types their bodies call methods of (the shaped
 * types their dictionaries need, read whole), then their own. */
static void queue_type_shapes(Ctx *ctx, InlineFunc **items, int count) {
  for (int i = 0; i < count; i++)
    if (!items[i]->queued) {
      InstanceWalk st = {ctx, items[i]};
      node_walk(items[i]->body, queue_sub_type, &st);
    }
  queue_shapes(ctx, items, count);
}

/* Make a pending dictionary: push the shape instances it needs. */
static bool embeds_fields(Type *origin);

/* Shaped type t (as its instance) made, known by key: its wrappers come
 * then, the first time. */
static void add_shaped_type(Ctx *ctx, Type *t, const char *key) {
  for (int i = 0; i < ctx->shaped_count; i++)
    if (ctx->shaped_names[i] == key || strcmp(ctx->shaped_names[i], key) == 0)
      return;
  GROW(ctx->shaped_names, ctx->shaped_count, ctx->shaped_capacity);
  ctx->shaped_names[ctx->shaped_count++] = key;
  add_wrapped(ctx, t, true);
}

static void make_dictionary(Ctx *ctx, const struct Pending *d) {
  if (d->type)
    queue_type_shapes(ctx, d->items, d->count);
  else
    queue_shapes(ctx, d->items, d->count);
  if (!d->type)
    return;
  /* a type's dictionary makes its shaped type (known by its first
   * method's shape instance) */
  if (d->count > 0)
    add_shaped_type(ctx, d->type, d->items[0]->name);
}

/* A shape instance's body uses the shaped type of instance t of a
 * generic type without methods of its own: gc makes that shaped type,
 * whose promoted methods (when t embeds fields) have wrappers.  (No
 * dictionary makes it: it has no shape instances of its own.) */
static void mention_shaped_type(Ctx *ctx, Type *t) {
  Type *origin = t->u.named.origin;
  if (origin->u.named.method_count > 0 || !embeds_fields(origin))
    return;
  const char *key = escape_shaped_type_name(&ctx->names, t);
  if (key)
    add_shaped_type(ctx, t, key);
}

/* A function's dictionary that uses an instance of a generic type met
 * earlier in the body makes that type's dictionary at once, before the
 * function's shape instance is pushed: gc lists NewCache[go.shape.int]
 * before the methods of its result type Cache[go.shape.int]. */
static void make_type_dictionary_now(Ctx *ctx, Type *t) {
  for (int i = 0; i < ctx->pending_count; i++) {
    struct Pending d = ctx->pending[i];
    if (!d.type || !types_identical(d.type, t))
      continue;
    memmove(&ctx->pending[i], &ctx->pending[i + 1],
            sizeof *ctx->pending * (size_t)(ctx->pending_count - i - 1));
    ctx->pending_count--;
    make_dictionary(ctx, &d);
    return;
  }
}

/* The source's object of a generic function or method (an imported
 * type's method in the model stands for its source's); NULL when the
 * source cannot be read. */
static Object *source_of_generic(const Ctx *ctx, Object *g) {
  if (g->pkg && g->pkg != ctx->pkg && !g->pkg->from_source) {
    Object *src = source_generic(ctx, g);
    return src && src != g ? src : NULL;
  }
  return g;
}

/* gc's names of the shape instance and of the dictionary wrapper of g
 * with targs: an imported package's qualified by it. */
static bool instance_names(Ctx *ctx, Object *g, Type **targs,
                           int count, const char **shaped,
                           const char **wrapper) {
  g = source_of_generic(ctx, g);
  if (!g || !escape_instance_names(&ctx->names, g, targs, count, shaped,
                                   wrapper))
    return false;
  if (g->pkg != ctx->pkg) { /* gc qualifies an imported package's names */
    *shaped = arena_printf(ctx->names.arena, "%s.%s", g->pkg->name, *shaped);
    *wrapper =
        arena_printf(ctx->names.arena, "%s.%s", g->pkg->name, *wrapper);
  }
  return true;
}

/* The shape instance of generic function or method g for the type
 * arguments targs, made the first time; when `wrapper` asks for one,
 * its dictionary wrapper is made too and pushed to be read (NULL when
 * one was made already).  NULL when goesc cannot name the instance. */
static InlineFunc *instance_of(Ctx *ctx, Object *g, Type **targs, int count,
                               InlineFunc **wrapper_out) {
  g = source_of_generic(ctx, g);
  Node *d = g ? g->u.func.decl : NULL;
  if (count == 0 || !g || (g->pkg != ctx->pkg && !g->pkg->from_source) ||
      !d || !d->u.func_decl.body)
    return NULL;
  const char *shaped, *wrapper_name;
  if (!instance_names(ctx, g, targs, count, &shaped, &wrapper_name))
    return NULL;
  InlineFunc *inst =
      find_generic_func(&ctx->instance_index, shaped);
  ctx->dead_ref = !inst && ctx->instances_closed;
  if (ctx->dead_ref)
    return NULL; /* met only in code gc drops as dead */
  if (!inst) {
    inst = arena_alloc(ctx->arena, sizeof *inst);
    inst->name = shaped;
    inst->decl = d;
    inst->body = d->u.func_decl.body;
    inst->source = g->source;
    inst->pos = d->u.func_decl.recv ? node_start(d) : d->u.func_decl.name->pos;
    inst->is_instance = true;
    inst->generic = g;
    inst->targs = targs;
    inst->targ_count = count;
    DictionaryUse du = {ctx, NULL, NULL};
    if (d->u.func_decl.recv) {
      Type *rt = g->type->u.func.recv->type;
      du.self = rt && rt->kind == TY_POINTER ? rt->u.pointer.elem : rt;
    }
    node_walk(inst->body, find_dictionary_use, &du);
    inst->unsupported = du.what;
    collect_closures(ctx, inst);
    add_generic_func(ctx, &ctx->instances, &ctx->instance_count,
                     &ctx->instance_capacity, &ctx->instance_index, inst);
  }
  if (wrapper_out)
    *wrapper_out = NULL;
  if (wrapper_out &&
      !find_generic_func(&ctx->wrapper_index, wrapper_name)) {
    InlineFunc *wr = arena_alloc(ctx->arena, sizeof *wr);
    *wr = *inst;
    wr->name = wrapper_name;
    wr->targs = targs; /* its own, where inst has the first met */
    wr->targ_count = count;
    wr->body = NULL;
    wr->closures = NULL; /* the shape instance's, not its own */
    wr->closure_total = wr->closure_capacity = wr->closure_count = 0;
    wr->range_count = wr->wrap_count = 0; /* (its counts start afresh) */
    wr->is_instance = false;
    wr->unsupported = NULL;
    wr->shaped = inst;
    add_generic_func(ctx, &ctx->wrappers, &ctx->wrapper_count,
                     &ctx->wrapper_capacity, &ctx->wrapper_index, wr);
    push_read(ctx, wr);
    *wrapper_out = wr;
  }
  return inst;
}

/* Type arguments as the shape instance `within` (NULL: none) has them. */
static Type **targs_within(Ctx *ctx, const InlineFunc *within, Type **targs,
                           int count) {
  if (!within || !within->is_instance)
    return targs;
  /* the body of a shape instance has the shapes for its type parameters:
   * []E there is []go.shape.int, whose shape is go.shape.[]go.shape.int */
  Type **shapes = escape_instance_shapes(&ctx->names, within->generic,
                                         within->targs, within->targ_count);
  Type **out =
      arena_alloc(ctx->names.arena, sizeof *out * (size_t)(count + 1));
  for (int i = 0; i < count; i++)
    out[i] = shapes ? check_subst(NULL, targs[i],
                                  generic_tparams(within->generic), shapes,
                                  within->targ_count)
                    : NULL;
  return out;
}

/* The shape instance a reference to a generic function or method calls,
 * in the body of `within` (a shape instance, or NULL); NULL when ref
 * names nothing generic, or nothing goesc can name. */
static bool static_dictionary(const Ctx *ctx, Node *ref);

static InlineFunc *instance_of_ref(Ctx *ctx, Node *ref,
                                   const InlineFunc *within) {
  Type **targs;
  int count;
  Object *g = generic_ref(ctx, ref, &targs, &count);
  if (!g)
    return NULL;
  if (within && !within->is_instance && within->obj && within->obj->pkg &&
      within->obj->pkg != ctx->pkg)
    return NULL; /* an imported function's generic call: gc's export data
                    names its instances; not modeled */
  targs = targs_within(ctx, within, targs, count);
  for (int i = 0; i < count; i++)
    if (!targs[i] || escape_mentions_tparam(targs[i]))
      return NULL;
  InlineFunc *wrapper = NULL;
  /* (a static dictionary in a shape instance brings its wrapper too) */
  bool outside = !within || !within->is_instance ||
                 static_dictionary(ctx, ref);
  InlineFunc *inst = instance_of(ctx, g, targs, count,
                                 outside ? &wrapper : NULL);
  if (wrapper && g->type->u.func.rtparam_count == 0) {
    add_pending(ctx, &wrapper->shaped, 1, NULL);
    ctx->fresh_dictionary = wrapper;
  }
  return inst;
}

/* Before a function's shape instance is pushed, the dictionaries of the
 * generic types its dictionary uses and the body met earlier are made
 * (see make_type_dictionary_now). */
static void make_used_type_dictionaries(Ctx *ctx) {
  InlineFunc *wrapper = ctx->fresh_dictionary;
  if (!wrapper)
    return;
  InstanceWalk dt = {ctx, wrapper};
  ctx->dictionary_prepass = true;
  node_walk(wrapper->shaped->body, mention_dictionary_type, &dt);
  ctx->dictionary_prepass = false;
}

/* A function's dictionary is read after its shape instance: the
 * instances of generic types its body uses, with the wrapper's type
 * arguments. */
static void read_dictionary(Ctx *ctx) {
  InlineFunc *wrapper = ctx->fresh_dictionary;
  ctx->fresh_dictionary = NULL;
  if (!wrapper)
    return;
  InstanceWalk dt = {ctx, wrapper};
  node_walk(wrapper->shaped->body, mention_dictionary_type, &dt);
}

static bool exact_method_expr(const Selection *s);

/* Is ref a method expression or a method value of a generic type's
 * instance (T[int].M, x.M)? */
static bool generic_method_sel(const Ctx *ctx, Node *ref, SelectionKind kind) {
  ref = unparen(ref);
  if (!ref || ref->kind != ND_SELECTOR)
    return false;
  const ExprInfo *si = info_of(ctx, ref);
  const Selection *s = si ? si->selection : NULL;
  return s && s->kind == kind && !s->via_interface && s->obj &&
         s->obj->kind == OBJ_FUNC &&
         (kind != SEL_METHOD_EXPR || exact_method_expr(s));
}

static bool generic_method_expr(const Ctx *ctx, Node *ref) {
  return generic_method_sel(ctx, ref, SEL_METHOD_EXPR);
}

/* A method value of a generic type's instance held in a variable: gc's
 * inliner does not follow it (inlCallee knows method expressions only),
 * the call is a call of a func value. */
static bool generic_method_value(const Ctx *ctx, Node *ref) {
  return generic_method_sel(ctx, ref, SEL_METHOD_VALUE);
}

/* The dictionary wrapper a generic function's value is (F[int] as a
 * value, or F given to a func-typed variable), or NULL. */
static InlineFunc *wrapper_of_ref(Ctx *ctx, Node *ref) {
  Type **targs;
  int count;
  Object *g = generic_ref(ctx, ref, &targs, &count);
  const char *shaped, *name;
  /* a method expression of an instance of a generic type is its
   * dictionary wrapper too, (*T[int]).M taking the receiver first */
  if (!g || (g->type->u.func.rtparam_count > 0 &&
             !generic_method_expr(ctx, ref) &&
             !generic_method_value(ctx, ref)) ||
      count == 0 || !instance_names(ctx, g, targs, count, &shaped, &name))
    return NULL;
  return find_generic_func(&ctx->wrapper_index, name);
}

/* The shape instances of all the methods of the shaped type of generic
 * method g's receiver with targs (gc reads the shaped type whole), in
 * declaration order, into *out; their count, -1 if one has no name. */
static int shaped_methods(Ctx *ctx, Object *g, Type **targs, int count,
                          InlineFunc ***out) {
  Type *rt = g->type->u.func.recv->type;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  Type *origin = declared_methods_of(
      ctx, rt && rt->kind == TY_NAMED && rt->u.named.origin
               ? rt->u.named.origin
               : rt);
  int n = origin->u.named.method_count;
  *out = arena_alloc(ctx->arena, sizeof **out * (size_t)(n + 1));
  for (int i = 0; i < n; i++) {
    (*out)[i] = instance_of(ctx, origin->u.named.methods[i], targs, count,
                            NULL);
    if (!(*out)[i])
      return -1;
  }
  return n;
}

/* A call met while reading a body: gc reads its shape instance (for a
 * method, its shaped type) then. */
static void read_call_of(Ctx *ctx, Node *fun, InlineFunc *within) {
  InlineFunc *inst = instance_of_ref(ctx, fun, within);
  if (!inst)
    return;
  if (other_type_method(within, inst))
    return; /* through the type's dictionary (make_dictionary) */
  if (inst->generic->type->u.func.rtparam_count == 0) {
    make_used_type_dictionaries(ctx);
    queue_shapes(ctx, &inst, 1);
    read_dictionary(ctx);
    return;
  }
  InlineFunc **methods;
  int n = shaped_methods(ctx, inst->generic, inst->targs, inst->targ_count,
                         &methods);
  if (n > 0)
    queue_type_shapes(ctx, methods, n);
}

static void read_call(Ctx *ctx, Node *call, InlineFunc *within) {
  read_call_of(ctx, unparen(call->u.call.fun), within);
}

/* Has instance t of a generic type been met? */
static bool type_met(Ctx *ctx, Type *t) {
  return origin_index_has(&ctx->type_index, ctx->types, t);
}

/* An instance of a generic type met first: the wrappers of its methods,
 * and the dictionary that needs its shaped type. */
static void mention_type(Ctx *ctx, Type *t) {
  if (type_met(ctx, t)) {
    if (ctx->dictionary_prepass)
      make_type_dictionary_now(ctx, t);
    return;
  }
  if (ctx->dictionary_prepass)
    return; /* met by the dictionary itself: after the shape instance */
  GROW(ctx->types, ctx->types_count, ctx->types_capacity);
  ctx->types[ctx->types_count++] = t;
  origin_index_add(&ctx->type_index, ctx->arena, ctx->types,
                   ctx->types_count - 1);
  Type *origin = declared_methods_of(ctx, t->u.named.origin);
  /* the instances of the other generic types its methods use are its
   * dictionary's (sub-dictionaries), met before its own wrappers: gc
   * lists atomic.(*Pointer[S]).Load after (*Box[S]).Put */
  for (int i = 0; i < origin->u.named.method_count; i++) {
    Object *m = origin->u.named.methods[i];
    Node *d = m->u.func.decl;
    if (!d || !d->u.func_decl.body)
      continue;
    InlineFunc as;
    memset(&as, 0, sizeof as);
    as.is_instance = true;
    as.generic = m;
    as.targs = t->u.named.targs;
    as.targ_count = t->u.named.targ_count;
    InstanceWalk dt = {ctx, &as};
    node_walk(d->u.func_decl.body, mention_dictionary_type, &dt);
  }
  InlineFunc **methods = arena_alloc(
      ctx->arena, sizeof *methods * (size_t)(origin->u.named.method_count + 1));
  int n = 0;
  for (int i = 0; i < origin->u.named.method_count; i++) {
    InlineFunc *wrapper = NULL;
    InlineFunc *inst = instance_of(ctx, origin->u.named.methods[i],
                                   t->u.named.targs, t->u.named.targ_count,
                                   &wrapper);
    if (inst)
      methods[n++] = inst;
  }
  add_wrapped(ctx, t, false);
  add_pending(ctx, methods, n, t);
}

/* The instances of generic types t mentions. */
static void mention_types_in(Ctx *ctx, Type *t, int depth) {
  if (!t || depth > 16)
    return;
  switch (t->kind) {
  case TY_NAMED: {
    if (!t->u.named.origin || escape_mentions_tparam(t))
      return;
    for (int i = 0; i < t->u.named.targ_count; i++)
      mention_types_in(ctx, t->u.named.targs[i], depth + 1);
    /* the first time, the reader reads the instance's embedded fields
     * before its methods: B[string] embedding *A[string] reads A[string]
     * (its wrappers, its dictionary) */
    Type *u = type_met(ctx, t) ? NULL : types_under(t);
    for (int f = 0; u && u->kind == TY_STRUCT && f < u->u.strct.field_count;
         f++)
      if (u->u.strct.fields[f]->u.var.embedded)
        mention_types_in(ctx, u->u.strct.fields[f]->type, depth + 1);
    mention_type(ctx, t);
    return;
  }
  case TY_POINTER: mention_types_in(ctx, t->u.pointer.elem, depth + 1); return;
  case TY_SLICE: mention_types_in(ctx, t->u.slice.elem, depth + 1); return;
  case TY_ARRAY: mention_types_in(ctx, t->u.array.elem, depth + 1); return;
  case TY_CHAN: mention_types_in(ctx, t->u.chan.elem, depth + 1); return;
  case TY_MAP:
    mention_types_in(ctx, t->u.map.key, depth + 1);
    mention_types_in(ctx, t->u.map.elem, depth + 1);
    return;
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      mention_types_in(ctx, t->u.strct.fields[i]->type, depth + 1);
    return;
  case TY_FUNC:
    mention_types_in(ctx, t->u.func.params, depth + 1);
    mention_types_in(ctx, t->u.func.results, depth + 1);
    return;
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.count; i++)
      mention_types_in(ctx, t->u.tuple.vars[i]->type, depth + 1);
    return;
  case TY_INTERFACE: {
    TypeSet *set = types_type_set(t);
    for (int i = 0; i < set->method_count; i++)
      mention_types_in(ctx, set->methods[i]->type, depth + 1);
    return;
  }
  default:
    return;
  }
}

/* What one node of a body being read mentions. */
typedef struct Reading {
  Ctx *ctx;
  InlineFunc *within;    /* a shape instance, or NULL */
  const Node *call_fun;  /* the function of the last call met */
} Reading;

/* A generic type's method as a value (x.M, T[int].M, not called) outside
 * shape instances: the reader takes the method's shaped type and the
 * dictionary of T[int] there and then (its static dictionary), so the
 * type's dictionary is made at once, not after the body. */
static void read_method_value(Reading *r, Node *n) {
  const ExprInfo *si = info_of(r->ctx, n);
  const Selection *s = si ? si->selection : NULL;
  if (r->within || n == r->call_fun || !s ||
      (s->kind != SEL_METHOD_VALUE && s->kind != SEL_METHOD_EXPR) ||
      !generic_of_ref(r->ctx, n))
    return;
  Type *owner = method_owner(s->kind == SEL_METHOD_VALUE
                                 ? n->u.selector.x->type
                                 : s->recv,
                             s);
  if (!owner || !owner->u.named.origin || escape_mentions_tparam(owner))
    return;
  mention_types_in(r->ctx, owner, 0);
  make_type_dictionary_now(r->ctx, owner);
}

static void read_node(void *data, const Node *n) {
  Reading *r = data;
  Node *node = (Node *)n;
  if (n->type && !r->within)
    mention_types_in(r->ctx, n->type, 0);
  if (n->type && r->within && n->type->kind == TY_NAMED &&
      n->type->u.named.origin && escape_mentions_tparam(n->type))
    mention_shaped_type(r->ctx, instance_type(r->within, n->type));
  if (n->kind == ND_CALL)
    r->call_fun = unparen(n->u.call.fun);
  if (n->kind == ND_SELECTOR)
    read_method_value(r, node);
  if (n->kind == ND_INDEX || n->kind == ND_NAME || n->kind == ND_SELECTOR) {
    /* a function's value reads its shape instance as a call does */
    InlineFunc *inst = instance_of_ref(r->ctx, node, r->within);
    if (inst && r->ctx->fresh_dictionary) {
      make_used_type_dictionaries(r->ctx);
      queue_shapes(r->ctx, &inst, 1);
    }
    read_dictionary(r->ctx);
  }
  if (n->kind == ND_CALL)
    read_call(r->ctx, node, r->within);
  else if (r->within && method_closure_of(r->within, n))
    /* the closure's call of the method: read as a call (the method's
     * shaped type, through the sub-dictionary) */
    read_call_of(r->ctx, node, r->within);
}

/* After a body (or the declarations): its dictionaries, the last first,
 * push the shape instances they need. */
static void flush_pending(Ctx *ctx) {
  while (ctx->pending_count > 0) {
    struct Pending d = ctx->pending[--ctx->pending_count];
    make_dictionary(ctx, &d);
  }
}

static void read_stack(Ctx *ctx);

static void find_call(void *data, const Node *n) {
  if (n->kind == ND_CALL)
    *(bool *)data = true;
}

/* Does an initializer call something (outside the func literals in it),
 * which the package's init function does? */
static bool calls_outside_literals(const Node *values) {
  bool found = false;
  for (const Node *v = values; v && !found; v = v->next)
    node_walk_post(v, find_call, &found);
  return found;
}

/* Read the package as gc does, making the instances and wrappers its
 * bodies mention in gc's order (ctx->tail). */
static void collect_instances(Ctx *ctx, Node **files, int file_count) {
  /* the declarations, in order: functions to read, and the instances
   * the types and initializers of the others mention */
  int next_func = 0;
  Node **deferred = NULL;
  int deferred_count = 0, deferred_capacity = 0;
  for (int i = 0; i < file_count; i++)
    for (Node *d = files[i]->u.file.decls; d; d = d->next) {
      if (d->kind == ND_FUNC_DECL) {
        if (next_func < ctx->count && ctx->funcs[next_func]->decl == d)
          push_read(ctx, ctx->funcs[next_func++]);
        continue;
      }
      if (d->kind == ND_VAR_SPEC) {
        for (Node *n = d->u.value_spec.names; n; n = n->next)
          if (n->u.name.object)
            mention_types_in(ctx, n->u.name.object->type, 0);
        if (calls_outside_literals(d->u.value_spec.values)) {
          /* code of the init function, whose body gc reads last */
          GROW(deferred, deferred_count, deferred_capacity);
          deferred[deferred_count++] = d;
          continue;
        }
        Reading r = {ctx, NULL, NULL};
        for (Node *v = d->u.value_spec.values; v; v = v->next)
          node_walk(v, read_node, &r);
      }
      Node *name = d->kind == ND_TYPE_SPEC ? d->u.type_spec.name : NULL;
      Object *obj = name ? name->u.name.object : NULL;
      if (obj && obj->type && obj->type->kind == TY_NAMED &&
          obj->type->u.named.tparam_count == 0)
        mention_types_in(ctx, types_under(obj->type), 0);
    }
  flush_pending(ctx);
  read_stack(ctx);
  /* the initializers that run code, in order */
  Reading r = {ctx, NULL, NULL};
  for (int i = 0; i < deferred_count; i++)
    for (Node *v = deferred[i]->u.value_spec.values; v; v = v->next)
      node_walk(v, read_node, &r);
  flush_pending(ctx);
  read_stack(ctx);
  free(deferred);
  ctx->instances_closed = true;
}

/* Read the bodies on the reader's stack, and those they push, last
 * first. */
static void read_stack(Ctx *ctx) {
  while (ctx->reading_count > 0) {
    InlineFunc *f = ctx->reading[--ctx->reading_count];
    if (f->is_instance || f->shaped) {
      if (ctx->tail_count == ctx->tail_capacity) {
        ctx->tail_capacity = ctx->tail_capacity ? 2 * ctx->tail_capacity : 16;
        ctx->tail = xrealloc(ctx->tail,
                             sizeof *ctx->tail * (size_t)ctx->tail_capacity);
        ctx->tail_readers =
            xrealloc(ctx->tail_readers, sizeof *ctx->tail_readers *
                                            (size_t)ctx->tail_capacity);
      }
      ctx->tail_readers[ctx->tail_count] = ctx->reader;
      ctx->tail[ctx->tail_count++] = f;
    } else if (f->obj) {
      ctx->reader = f->obj;
    }
    if (f->shaped || !f->body)
      continue;
    /* the mentions of the body, pushed in order: read last to first */
    Reading r = {ctx, f->is_instance ? f : NULL, NULL};
    escape_walk_live(&ctx->names, f->body, read_node, &r); /* gc drops
                                                             dead code */
    flush_pending(ctx);
  }
}

/* ---- The cost walk ---- */

/* A local variable of the function being costed: its defining value and
 * whether anything else assigns it or takes its address (gc's
 * ir.StaticValue follows only variables that are never reassigned). */
typedef struct LocalVar {
  Object *obj;
  Node *value;   /* the single value of its definition, or NULL */
  int assigns;   /* assignments besides the definition */
} LocalVar;

typedef struct Walk {
  Ctx *ctx;
  InlineFunc *fn;
  long cost;
  long nodes;
  bool big_caller;
  const char *reason;      /* stops the walk */
  const char *unsupported; /* stops the walk too */
  LocalVar *locals;
  int local_count, local_capacity;
} Walk;

static bool of_type_params(Walk *w, Type *t);

static LocalVar *local_of(Walk *w, const Object *obj, bool create) {
  for (int i = 0; i < w->local_count; i++)
    if (w->locals[i].obj == obj)
      return &w->locals[i];
  if (!create)
    return NULL;
  GROW(w->locals, w->local_count, w->local_capacity);
  LocalVar *v = &w->locals[w->local_count++];
  memset(v, 0, sizeof *v);
  v->obj = (Object *)obj;
  return v;
}

static Object *var_of(Node *n) {
  n = unparen(n);
  if (n && n->kind == ND_NAME && n->u.name.object &&
      n->u.name.object->kind == OBJ_VAR)
    return n->u.name.object;
  return NULL;
}

static void note_assign(Walk *w, Node *lhs) {
  Object *obj = var_of(lhs);
  if (obj)
    local_of(w, obj, true)->assigns++;
}

static bool declares(Node *name) {
  return name && name->kind == ND_NAME && name->u.name.object &&
         name->u.name.object->ident == name &&
         strcmp(name->u.name.name, "_") != 0;
}

static void scan_locals(void *data, const Node *n) {
  Walk *w = data;
  switch (n->kind) {
  case ND_ASSIGN_STMT: {
    int nl = 0, nr = 0;
    for (Node *l = n->u.assign.lhs; l; l = l->next)
      nl++;
    for (Node *r = n->u.assign.rhs; r; r = r->next)
      nr++;
    Node *r = n->u.assign.rhs;
    for (Node *l = n->u.assign.lhs; l; l = l->next) {
      if (n->u.assign.op == TK_DEFINE && declares(l)) {
        LocalVar *v = local_of(w, l->u.name.object, true);
        v->value = nl == nr ? r : NULL;
      } else {
        note_assign(w, l);
      }
      if (r)
        r = r->next;
    }
    break;
  }
  case ND_VAR_SPEC: {
    int nl = 0, nr = 0;
    for (Node *l = n->u.value_spec.names; l; l = l->next)
      nl++;
    for (Node *r = n->u.value_spec.values; r; r = r->next)
      nr++;
    Node *r = n->u.value_spec.values;
    for (Node *l = n->u.value_spec.names; l; l = l->next) {
      if (declares(l))
        local_of(w, l->u.name.object, true)->value = nl == nr ? r : NULL;
      if (r)
        r = r->next;
    }
    break;
  }
  case ND_INC_DEC_STMT: note_assign(w, n->u.inc_dec.x); break;
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op == TK_ASSIGN) {
      note_assign(w, n->u.range_stmt.key);
      note_assign(w, n->u.range_stmt.value);
    }
    break;
  case ND_UNARY:
    if (n->u.unary.op == TK_AND)
      note_assign(w, n->u.unary.x);
    break;
  case ND_SELECTOR: {
    /* x.m with m on *T takes x's address */
    const ExprInfo *info = info_of(w->ctx, n);
    if (info && info->selection && info->selection->implicit_addr)
      note_assign(w, n->u.selector.x);
    break;
  }
  default: break;
  }
}

static bool stop(const Walk *w) { return w->reason || w->unsupported; }

static void expr(Walk *w, Node *n);
static void stmt(Walk *w, Node *n);
static void decide_and_record(Ctx *ctx, InlineFunc *f);

static void expr_list(Walk *w, Node *n) {
  for (; n && !stop(w); n = n->next)
    expr(w, n);
}

/* gc's writer drops the statements after a terminating one, up to the
 * last label (the closures of range-over-func loops end so: the body's
 * `return` or `break` leaves `#stateN = 1; return true` behind). */
static void stmt_list(Walk *w, Node *n) {
  Node *last_label = NULL;
  for (Node *s = n; s; s = s->next)
    if (s->kind == ND_LABELED_STMT)
      last_label = s;
  bool dead = false, past_label = !last_label;
  for (; n && !stop(w); n = n->next) {
    if (dead && past_label && n->kind != ND_LABELED_STMT)
      continue;
    stmt(w, n);
    if (n == last_label)
      past_label = true;
    dead = escape_terminates(w->ctx->pkg, n);
  }
}

static void charge(Walk *w, long units) {
  w->cost += units;
  w->nodes++;
}

static int list_length(const Node *n) {
  int count = 0;
  for (; n; n = n->next)
    count++;
  return count;
}


/* A call whose value is a tuple of two or more. */
static bool is_multi_call(Node *n) {
  n = unparen(n);
  return n && n->kind == ND_CALL && n->type && n->type->kind == TY_TUPLE &&
         n->type->u.tuple.count > 1;
}

/* `return f()`, `g(f())`: gc's IR declares a temporary per value, assigns
 * them all from the call (OAS2FUNC), and uses the temporaries:
 * n uses + 2n declarations + 1 + n assignment targets + the call. */
static void multi_call_through_temps(Walk *w, Node *call) {
  int n = call->type->u.tuple.count;
  charge(w, n + 2 * n + 1 + n);
  expr(w, call);
}

/* ... and where a temporary goes to an interface it does not hold (a
 * parameter, an append element, a result), gc converts it: an OCONVIFACE
 * more.  dst(i) is the type value i goes to, or NULL.  Not to a type of
 * type parameters (not modeled); from one, in a shape instance, the
 * value's type is its shape's (go.shape.interface {} to any is no
 * conversion, as shape_iface_identity says of one value). */
static void multi_value_conversions(Walk *w, Type *tuple,
                                    Type *(*dst)(void *, int), void *data) {
  for (int i = 0; i < tuple->u.tuple.count; i++) {
    Type *from = tuple->u.tuple.vars[i]->type;
    Type *to = dst(data, i);
    if (!to || of_type_params(w, to) || !types_is_interface(to))
      continue;
    if (of_type_params(w, from)) {
      Type *shape = under(instance_type(top_of(w->fn), from));
      if (!shape || !types_identical(shape, under(to)))
        charge(w, 1);
      continue;
    }
    /* (error to any is a conversion too: only identical types are not) */
    if (!types_identical(from, to))
      charge(w, 1);
  }
}

/* The parameter value i of a call of sig goes to (the element type
 * from the variadic parameter on, when the values are packed). */
typedef struct ParamDst {
  Type *sig;
  bool packed;
} ParamDst;

static Type *param_dst(void *data, int i) {
  ParamDst *pd = data;
  Type *params = pd->sig->u.func.params;
  int np = params->u.tuple.count;
  if (pd->packed && i >= np - 1) {
    Type *last = types_under(params->u.tuple.vars[np - 1]->type);
    return last && last->kind == TY_SLICE ? last->u.slice.elem : NULL;
  }
  return i < np ? params->u.tuple.vars[i]->type : NULL;
}

/* append(f()): the values after the first go to the slice's elements. */
static Type *append_dst(void *data, int i) {
  Type *s = types_under(data);
  return i > 0 && s && s->kind == TY_SLICE ? s->u.slice.elem : NULL;
}

/* var a, b T = f(): every value goes to a T. */
static Type *same_dst(void *data, int i) {
  (void)i;
  return data;
}

static Type *result_dst(void *data, int i) {
  Type *results = data;
  return i < results->u.tuple.count ? results->u.tuple.vars[i]->type : NULL;
}

/* The signature of the function being costed. */
static Type *walk_signature(Walk *w) {
  const Node *d = w->fn->decl;
  if (!d)
    return NULL;
  Type *sig = d->kind == ND_FUNC_LIT ? d->type
              : d->kind == ND_FUNC_DECL && d->u.func_decl.name->u.name.object
                  ? d->u.func_decl.name->u.name.object->type
                  : NULL;
  return sig && sig->kind == TY_FUNC ? sig : NULL;
}

/* Composite literals: OSTRUCTLIT / OARRAYLIT / OMAPLIT cost 1, an
 * OSLICELIT 2; struct elements are OSTRUCTKEY nodes, keyed array and map
 * elements OKEY nodes. */
static void composite(Walk *w, Node *n) {
  /* (in a shape instance, S{} of a type parameter S is of its shape) */
  Type *t = under(instance_type(top_of(w->fn), n->type));
  if (t && t->kind == TY_POINTER) { /* elided &T{...} */
    charge(w, 1);
    t = under(t->u.pointer.elem);
  }
  if (!t) {
    w->unsupported = "composite literal without a type";
    return;
  }
  bool is_struct = t->kind == TY_STRUCT;
  charge(w, t->kind == TY_SLICE ? 2 : 1);
  for (Node *e = n->u.composite.elems; e && !stop(w); e = e->next) {
    if (is_struct) {
      charge(w, 1);
      expr(w, e->kind == ND_KEY_VALUE ? e->u.key_value.value : e);
    } else if (e->kind == ND_KEY_VALUE) {
      charge(w, 1);
      expr(w, e->u.key_value.key);
      expr(w, e->u.key_value.value);
    } else {
      expr(w, e);
    }
  }
}

/* gc's simple types: int is int64 and uint is uint64 on amd64, so
 * conversions between them generate no code. */
static TypeKind sim_kind(Type *t) {
  switch (t->kind) {
  case TY_INT: return TY_INT64;
  case TY_UINT: case TY_UINTPTR: return TY_UINT64;
  default: return t->kind;
  }
}

static bool is_unsafe_pointer(Type *t) {
  return t && t->kind == TY_UNSAFE_POINTER;
}

/* The cost of the conversion node of T(x): 0 for OCONVNOP, 1 otherwise. */
static int conversion_cost(Type *to, Type *from) {
  if (!to || !from)
    return 1;
  if (types_is_interface(to))
    return 1; /* OCONVIFACE */
  Type *t = under(to), *f = under(from);
  if (types_identical_ignore_tags(t, f))
    return 0;
  if (types_is_basic(t) && types_is_basic(f)) {
    if (is_unsafe_pointer(t) || is_unsafe_pointer(f))
      return 0; /* uintptr <-> unsafe.Pointer: no code either */
    return sim_kind(t) == sim_kind(f) ? 0 : 1;
  }
  if ((t->kind == TY_POINTER && is_unsafe_pointer(f)) ||
      (f->kind == TY_POINTER && is_unsafe_pointer(t)))
    return 0;
  if (t->kind == TY_POINTER && f->kind == TY_POINTER &&
      types_identical_ignore_tags(under(t->u.pointer.elem),
                                  under(f->u.pointer.elem)))
    return 0;
  if (t->kind == TY_CHAN && f->kind == TY_CHAN)
    return 0;
  return 1; /* OCONV, OSTR2BYTES, OBYTES2STR, ORUNESTR ... */
}

/* Is the argument of panic an implicit conversion to interface?  gc
 * refunds that OCONVIFACE (a hack kept for reflect's flag.mustBe). */
static bool implicit_iface(const Node *n) {
  return n && n->kind == ND_IMPLICIT_CONV;
}

static void builtin_call(Walk *w, Node *n, BuiltinId id) {
  switch (id) {
  case BI_RECOVER:
    w->reason = "call to recover";
    return;
  case BI_PANIC:
    charge(w, 1 + INLINE_EXTRA_PANIC_COST -
                  (implicit_iface(n->u.call.args) ? 1 : 0));
    expr_list(w, n->u.call.args);
    return;
  case BI_NEW: {
    /* new(T) is ONEW; Go 1.26's new(expr) is gc's reader lowering
     * tmp := expr; &tmp: ODCL and its name, OAS, tmp, OADDR, tmp */
    const ExprInfo *ai = info_of(w->ctx, n->u.call.args);
    if (ai && ai->mode == MODE_TYPEXPR) {
      /* in a shape instance, new(T) of a type of type parameters takes
       * its type from the dictionary: ONEW of an ODYNAMICTYPE, 1 + 1 + 4 */
      charge(w, of_type_params(w, n->u.call.args->type) ? 6 : 1);
      return;
    }
    charge(w, 6);
    expr(w, n->u.call.args);
    return;
  }
  case BI_MAKE: {
    charge(w, 1);
    Node *type = n->u.call.args;
    if (!type)
      return;
    Type *t = under(type->type);
    if (!type->next && t && (t->kind == TY_MAP || t->kind == TY_CHAN))
      charge(w, 1); /* gc supplies the size: a literal 0 */
    expr_list(w, type->next);
    return;
  }
  default:
    charge(w, 1);
    if (n->u.call.args && !n->u.call.args->next &&
        is_multi_call(n->u.call.args)) { /* println(f()): as any call's */
      Node *call = unparen(n->u.call.args);
      multi_call_through_temps(w, call);
      if (id == BI_APPEND)
        multi_value_conversions(w, call->type, append_dst,
                                call->type->u.tuple.vars[0]->type);
    } else {
      expr_list(w, n->u.call.args);
    }
    return;
  }
}

/* ---- Callees ---- */

/* A method of a generic type (gc costs its shaped instances). */
static bool generic_receiver(const Object *method) {
  Type *sig = method->type;
  if (!sig || sig->kind != TY_FUNC || !sig->u.func.recv)
    return false;
  Type *rt = sig->u.func.recv->type;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  return rt && rt->kind == TY_NAMED &&
         (rt->u.named.origin || rt->u.named.tparam_count > 0 ||
          sig->u.func.rtparam_count > 0);
}

/* The facts of a standard-library function in its model:
 * //goesc:inline cost=N (returns N), //goesc:intrinsic (returns -2),
 * anything else -1. */
static int model_inline_cost(const Object *obj) {
  const char *facts, *facts_end, *line_end;
  if (!universe_model_facts(obj, &facts, &facts_end))
    return -1;
  const char *cost =
      universe_model_fact(facts, facts_end, "//goesc:inline cost=", &line_end);
  if (cost)
    return atoi(cost);
  if (universe_model_fact(facts, facts_end, "//goesc:intrinsic", &line_end))
    return -2;
  return -1;
}

/* Does the imported function's expanded body return a func literal
 * (model fact "func literal"=result: strings.SplitSeq, bytes.Lines,
 * sync.OnceFunc ...)?  gc then knows the closure: it compiles the
 * literals inside it in the caller, and inlines its calls and the range
 * loops over it.  The model has no body to follow that with. */
static bool model_returns_literal(const Object *obj) {
  return universe_model_line_count(obj, "//goesc:inlsite ",
                                   "\"func literal\"=result") > 0;
}

/* encoding/binary's byte-order methods: gc treats them as cheap on
 * machines with unaligned loads (amd64), like any one node. */
static bool cheap_binary_method(const Object *fobj) {
  static const char *const names[] = {
      "Uint64", "Uint32", "Uint16", "PutUint64", "PutUint32", "PutUint16",
      "AppendUint64", "AppendUint32", "AppendUint16"};
  if (!fobj->pkg || !fobj->pkg->path ||
      strcmp(fobj->pkg->path, "encoding/binary") != 0 || !fobj->type ||
      fobj->type->kind != TY_FUNC || !fobj->type->u.func.recv)
    return false;
  Type *rt = fobj->type->u.func.recv->type;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  if (!rt || rt->kind != TY_NAMED)
    return false;
  const char *r = rt->u.named.obj->name;
  if (strcmp(r, "littleEndian") != 0 && strcmp(r, "bigEndian") != 0)
    return false;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp(fobj->name, names[i]) == 0)
      return true;
  return false;
}

static const char *imported_name(Arena *arena, const Object *obj);
static void decide(Ctx *ctx, InlineFunc *f);

/* Is fobj a function of an imported package read from source that the
 * model does not describe (an unexported one: slices.nextPowerOfTwo)? */
static bool unmodeled_foreign(const Object *fobj) {
  const char *facts, *facts_end;
  return fobj->pkg && fobj->pkg->from_source &&
         !universe_model_facts(fobj, &facts, &facts_end);
}

/* A function of an imported package read from source that a shape
 * instance of it calls, and the model does not describe: gc has its
 * cost from the export data, computed when that package was compiled;
 * goesc costs its source.  Made and decided on first need, never
 * reported.  NULL without a body. */
static InlineFunc *foreign_func(Ctx *ctx, Object *obj) {
  for (int i = 0; i < ctx->foreign_count; i++)
    if (ctx->foreign[i]->obj == obj)
      return ctx->foreign[i];
  Node *d = obj->u.func.decl;
  if (!d || d->kind != ND_FUNC_DECL)
    return NULL;
  InlineFunc *f = arena_alloc(ctx->arena, sizeof *f);
  f->obj = obj;
  f->decl = d;
  f->body = d->u.func_decl.body;
  f->source = obj->source;
  f->pos = d->u.func_decl.recv ? node_start(d) : d->u.func_decl.name->pos;
  f->name = imported_name(ctx->arena, obj);
  GROW(ctx->foreign, ctx->foreign_count, ctx->foreign_capacity);
  ctx->foreign[ctx->foreign_count++] = f;
  collect_closures(ctx, f);
  f->deciding = true;
  decide(ctx, f);
  f->deciding = false;
  return f;
}

/* What a call costs beyond its node, its function and its arguments:
 * the callee's cost when gc will inline it (canInlineCallExpr), nothing
 * for an intrinsic, else the extra call cost. */
static long call_extra(Walk *w, Object *fobj, InlineFunc *callee,
                       long otherwise) {
  int max = w->big_caller ? INLINE_BIG_FUNCTION_MAX_COST : INLINE_MAX_BUDGET;
  if (!callee && fobj && fobj->kind == OBJ_FUNC && unmodeled_foreign(fobj)) {
    callee = foreign_func(w->ctx, fobj);
    if (!callee)
      return otherwise;
    if (callee->deciding && !w->unsupported)
      /* gc's order within the package's components: not modeled */
      w->unsupported = "recursion among the functions of an imported "
                       "package";
  } else if (!callee && fobj && fobj->kind == OBJ_FUNC) {
    if (fobj->pkg && fobj->pkg != w->ctx->pkg) {
      if (cheap_binary_method(fobj))
        return 0;
      int cost = model_inline_cost(fobj);
      if (cost == -2)
        return 0;
      if (cost >= 0 && cost <= max)
        return cost;
      return otherwise;
    }
    callee = func_of_object(w->ctx, fobj);
  }
  if (callee && callee->unsupported && !w->unsupported)
    w->unsupported = "call of a function goesc cannot cost";
  if (callee && callee->analyzed && callee->inlinable) {
    if (callee->is_closure)
      max *= 2;
    if (callee->cost <= max)
      return callee->cost;
  }
  return otherwise;
}

/* gc's ir.StaticValue for a called local: the func literal or function a
 * never-reassigned variable was defined with. */
static Node *static_value(Walk *w, Node *fun) {
  for (int depth = 0; depth < 8; depth++) {
    Object *obj = var_of(fun);
    if (!obj)
      return fun;
    LocalVar *v = local_of(w, obj, false);
    if (!v || !v->value || v->assigns)
      return fun;
    fun = unparen(v->value);
  }
  return fun;
}

static bool is_param_or_captured(Walk *w, Object *obj) {
  if (!obj || obj->kind != OBJ_VAR)
    return false;
  uint8_t k = obj->u.var.var_kind;
  if (k == VAR_PARAM || k == VAR_RECV || k == VAR_RESULT) {
    /* a parameter of this function (or, in a closure, captured) */
    return true;
  }
  if (k == VAR_LOCAL && w->fn->is_closure && !local_of(w, obj, false))
    return true;
  return false;
}

/* The offset of a one-step field selection, -1 if unknown. */
static int64_t field_offset(const Selection *s) {
  if (!s->obj || s->obj->kind != OBJ_VAR)
    return -1;
  Type *st = under(s->recv);
  if (st && st->kind == TY_POINTER)
    st = under(st->u.pointer.elem);
  if (!st || st->kind != TY_STRUCT)
    return -1;
  types_sizeof(st);
  return s->obj->u.var.offset;
}

/* The receiver of a static method call or a method value: the embedded
 * fields on the way (one ODOT/ODOTPTR each), an implicit & or *, and x. */
/* Does a promoted method call on a pointer x take the address of the
 * embedded value holding the method's receiver (x.E.M, M on *E, E not a
 * pointer)? */
static bool embedded_value_addr(Type *t, const Selection *s) {
  if (s->implicit_addr || s->depth < 2 || !is_ptr(under(t)) || !s->obj ||
      s->obj->kind != OBJ_FUNC || !s->obj->type ||
      s->obj->type->kind != TY_FUNC || !s->obj->type->u.func.recv ||
      !is_ptr(s->obj->type->u.func.recv->type))
    return false;
  t = types_selection_holder(t, s);
  return t && !is_ptr(under(t));
}

static bool is_address_of(Walk *w, Node *n);

/* Is the last embedded field on the path of selection s (from a value of
 * type t) a pointer? */
static bool last_embedded_pointer(Type *t, const Selection *s) {
  Type *last = t ? types_selection_holder(t, s) : NULL;
  if (!last)
    return true; /* not known: as before */
  last = under(last);
  return last && last->kind == TY_POINTER;
}

/* Does expression n call a function (not a builtin or a conversion)
 * outside func literals? */
typedef struct CallSearch {
  Walk *w;
  bool found;
} CallSearch;

static void find_real_call(void *data, const Node *n) {
  CallSearch *cs = data;
  if (n->kind != ND_CALL || cs->found)
    return;
  const ExprInfo *info = info_of(cs->w->ctx, n);
  if (info && info->call_kind != CALL_BUILTIN &&
      info->call_kind != CALL_CONVERSION)
    cs->found = true;
}

static bool calls_in(Walk *w, Node *n) {
  CallSearch cs = {w, false};
  node_walk_post(n, find_real_call, &cs);
  return cs.found;
}

/* Go 1.26's new(expr), which gc's reader makes &tmp: an OADDR. */
static bool is_new_value(Walk *w, Node *x) {
  x = unparen(x);
  const ExprInfo *xi = info_of(w->ctx, x);
  if (x->kind != ND_CALL || !xi || xi->call_kind != CALL_BUILTIN ||
      xi->builtin != BI_NEW)
    return false;
  const ExprInfo *ai = info_of(w->ctx, x->u.call.args);
  return !(ai && ai->mode == MODE_TYPEXPR);
}

static void receiver(Walk *w, Node *sel, const Selection *s) {
  Node *x = unparen(sel->u.selector.x);
  /* x.E.M with x a pointer and M on *E, E embedded as a value: gc
   * takes &x.E too (the checker flags the address only when x itself
   * is what is addressed) */
  bool addr = s->implicit_addr || embedded_value_addr(x->type, s);
  if (addr && s->depth == 2 && x->kind == ND_NAME) {
    /* &x.E, E the embedded field: free when E is at offset 0 */
    Type *st = under(x->type);
    if (st && st->kind == TY_POINTER)
      st = under(st->u.pointer.elem);
    if (st && st->kind == TY_STRUCT && s->path[0] >= 0 &&
        s->path[0] < st->u.strct.field_count) {
      types_sizeof(st);
      if (st->u.strct.fields[s->path[0]]->u.var.offset == 0) {
        expr(w, x);
        return;
      }
    }
  }
  if (s->implicit_addr && s->depth == 1 && x->kind == ND_SELECTOR) {
    /* &b.f, f a field at offset 0 of a named b: free as well */
    const ExprInfo *xi = info_of(w->ctx, x);
    const Selection *xs = xi ? xi->selection : NULL;
    Node *base = unparen(x->u.selector.x);
    if (xs && xs->kind == SEL_FIELD && xs->depth == 1 &&
        base->kind == ND_NAME && field_offset(xs) == 0) {
      expr(w, base);
      return;
    }
  }
  int deref = addr || s->implicit_deref ? 1 : 0;
  if (!addr && s->implicit_deref && s->depth == 1 &&
      (is_address_of(w, x) || is_new_value(w, x)))
    deref = 0; /* *&x: gc undoes half of ODEREF+OADDR */
  if (!addr && s->implicit_deref && s->depth > 1 &&
      !last_embedded_pointer(x->type, s))
    deref = 0; /* p.E.M() with E a value field: the ODOTPTR of p.E is
                  the dereference */
  charge(w, (s->depth > 1 ? s->depth - 1 : 0) + deref);
  w->nodes--; /* charge counted one node; the path may be empty */
  expr(w, x);
}

static void arguments(Walk *w, Node *n, const ExprInfo *info) {
  Node *args = n->u.call.args;
  if (args && !args->next && is_multi_call(args)) {
    Node *call = unparen(args);
    multi_call_through_temps(w, call);
    Type *sig = under(unparen(n->u.call.fun)->type);
    if (!sig || sig->kind != TY_FUNC)
      return;
    ParamDst pd = {sig, info && info->has_variadic_slice &&
                            !n->u.call.has_dots};
    multi_value_conversions(w, call->type, param_dst, &pd);
    if (pd.packed) /* the values from the variadic one on: a slice */
      charge(w, call->type->u.tuple.count > info->variadic_index ? 2 : 1);
    return;
  }
  if (info && info->has_variadic_slice && !n->u.call.has_dots) {
    int i = 0;
    Node *a = args;
    for (; a && i < info->variadic_index && !stop(w); a = a->next, i++)
      expr(w, a);
    if (!a) {
      charge(w, 1); /* nil for the empty ...T */
      return;
    }
    charge(w, 2); /* OSLICELIT */
    expr_list(w, a);
    return;
  }
  expr_list(w, args);
}

/* The runtime helpers of a range-over-func rewrite: panicrangestate is a
 * cheap call (one node), deferrangefunc forbids inlining. */
static void range_helper_call(Walk *w, Node *n, const Object *fobj) {
  if (strcmp(escape_rangefunc_helper(fobj), "deferrangefunc") == 0) {
    w->reason = "defer call in range func";
    return;
  }
  charge(w, 2); /* the call and the function's name */
  expr_list(w, n->u.call.args);
}

/* Are the type arguments of generic reference ref (a call's function)
 * free of type parameters?  Then its dictionary is a static one, even in
 * a shape instance, and gc makes its dictionary wrapper too. */
static bool static_dictionary(const Ctx *ctx, Node *ref) {
  Type **targs = NULL;
  int count = 0;
  if (!generic_ref(ctx, ref, &targs, &count) || count == 0 || !targs)
    return false;
  for (int i = 0; i < count; i++)
    if (!targs[i] || escape_mentions_tparam(targs[i]))
      return false;
  return true;
}

/* The dictionary passed to a shape instance: &.dict.F[int] (OADDR of a
 * name) from ordinary code, or for type arguments without type
 * parameters; inside a shape instance, the entry of its own dictionary
 * that holds the callee's, (*[N]uintptr)(.dict[i]). */
static int dictionary_cost(const Ctx *ctx, const InlineFunc *within,
                           Node *ref) {
  return within && within->is_instance && !static_dictionary(ctx, ref) ? 4
                                                                       : 2;
}

/* The dictionary wrapper T[int].M a generic type's method value or
 * method expression `value` (selection s) names outside shape instances;
 * NULL otherwise.  The reader gives a method value as an OMETHVALUE
 * whose method is that wrapper (the receiver expression takes the
 * embedded fields and the implicit & or * on the way), and a method
 * expression as the OMETHEXPR of a method of the type selected: the
 * wrapper itself when M's receiver is that type, else a method gc
 * generates ((*T[int]).M for a value M, S.M for M promoted into S),
 * whose types.Field is a copy of the wrapper's: gc's function graph
 * (ir.VisitFuncsBottomUp) follows it to the wrapper all the same. */
static InlineFunc *method_dict_wrapper(Ctx *ctx, Node *value,
                                       const Selection *s) {
  Type **targs;
  int count;
  Object *g = generic_ref(ctx, value, &targs, &count);
  const char *shaped, *name;
  if (!g || !g->type->u.func.recv || !s->recv ||
      !instance_names(ctx, g, targs, count, &shaped, &name))
    return NULL;
  return find_generic_func(&ctx->wrapper_index, name);
}

/* A generic type's method as a value, x.M or T[P].M (called directly or
 * not), in a generic body where T[P] mentions its type parameters: gc's
 * reader makes it a closure over the method's sub-dictionary
 * (gen[go.shape.int].func1, which it costs, decides and expands like a
 * func literal): not modeled. */
static bool dictionary_method_closure(Walk *w, Node *sel, const Selection *s) {
  if (!s || (s->kind != SEL_METHOD_VALUE && s->kind != SEL_METHOD_EXPR) ||
      s->via_interface || !top_of(w->fn)->is_instance ||
      !generic_of_ref(w->ctx, sel))
    return false;
  Type *owner = method_owner(s->kind == SEL_METHOD_VALUE
                                 ? unparen(sel->u.selector.x)->type
                                 : s->recv,
                             s);
  return !owner || escape_mentions_tparam(owner);
}

/* The method expressions gc makes closures of (InlineFunc's
 * method_closure) that goesc models: T[P].M or (*T[P]).M, with M declared
 * on T[P] (no embedded field on the way), taking no ... parameter and
 * returning at most one result, directly in the body of a shape instance
 * (not in a func literal).  A call of one on the spot, (*T[P]).M(p),
 * makes a closure too, which goesc's cost walk refuses. */
static bool modeled_method_closure(Ctx *ctx, const InlineFunc *parent,
                                   Node *n, int *derefs) {
  if (n->kind != ND_SELECTOR || !parent->is_instance)
    return false;
  const ExprInfo *info = info_of(ctx, n);
  const Selection *s = info ? info->selection : NULL;
  if (!s || s->kind != SEL_METHOD_EXPR || s->via_interface ||
      s->depth != 1 || !s->recv || !s->obj || s->obj->kind != OBJ_FUNC ||
      !generic_of_ref(ctx, n))
    return false;
  Type *owner = method_owner(s->recv, s);
  Type *sig = s->obj->type;
  if (!owner || !escape_mentions_tparam(owner) || !sig ||
      sig->kind != TY_FUNC || !sig->u.func.recv || sig->u.func.variadic ||
      sig->u.func.results->u.tuple.count > 1)
    return false;
  bool want_ptr = is_ptr(sig->u.func.recv->type);
  if (want_ptr && !is_ptr(s->recv))
    return false;
  *derefs = !want_ptr && is_ptr(s->recv) ? 1 : 0;
  return true;
}

/* The closure gc makes of method expression n in f's body, if goesc
 * models it, or NULL. */
static InlineFunc *method_closure_of(InlineFunc *f, const Node *n) {
  for (int i = 0; n && i < f->closure_total; i++)
    if (f->closures[i]->method_closure && f->closures[i]->decl == n)
      return f->closures[i];
  return NULL;
}

/* Is method expression s (of a generic type's method) T[int].M with M's
 * own receiver, no embedded field or implicit * on the way? */
static bool exact_generic_method_expr(const Ctx *ctx, Node *value,
                                      const Selection *s) {
  Type **targs;
  int count;
  Object *g = generic_ref(ctx, value, &targs, &count);
  return g && g->type->u.func.recv && s->recv && s->depth == 1 &&
         (g->type->u.func.recv->type->kind == TY_POINTER) ==
             (s->recv->kind == TY_POINTER);
}

/* The callee gc's inlCallee finds for a call of a local that holds a
 * generic type's method, value (its static value) with selection s:
 * false when goesc cannot say.  Outside shape instances an OMETHVALUE is
 * not resolved (a dynamic call: *callee NULL); the OMETHEXPR of a
 * dictionary wrapper is; any other method expression is the OMETHEXPR
 * of a method gc generates later ((*T[int]).M for a value M, S.M for M
 * promoted into S), which has no body to inline yet (dynamic too).  In
 * a shape instance they are closures over the dictionary (not
 * modeled). */
static bool generic_method_value_call(Walk *w, Node *value,
                                      const Selection *s,
                                      InlineFunc **callee) {
  *callee = NULL;
  if (top_of(w->fn)->is_instance || top_of(w->fn)->shaped)
    return false;
  if (s->kind == SEL_METHOD_VALUE ||
      !exact_generic_method_expr(w->ctx, value, s))
    return true;
  *callee = method_dict_wrapper(w->ctx, value, s);
  return *callee != NULL;
}

static void call(Walk *w, Node *n) {
  const ExprInfo *info = info_of(w->ctx, n);
  InlineFunc *within = top_of(w->fn);
  if (!info) {
    w->unsupported = "call without type information";
    return;
  }
  if (info->call_kind == CALL_BUILTIN) {
    builtin_call(w, n, info->builtin);
    return;
  }
  if (info->call_kind == CALL_CONVERSION) {
    Node *arg = n->u.call.args;
    if (arg && arg->kind == ND_IMPLICIT_CONV) /* the checker's, for T(x) */
      arg = arg->u.paren.x;
    InlineFunc *top = top_of(w->fn);
    const ExprInfo *ai = arg ? info_of(w->ctx, unparen(arg)) : NULL;
    /* T(nil) is gc's nil of type T: no conversion node */
    int cost = ai && ai->mode == MODE_NILVALUE
                   ? 0
                   : conversion_cost(instance_type(top, n->type),
                                     arg ? instance_type(top, arg->type)
                                         : NULL);
    charge(w, cost);
    if (w->nodes && cost == 0)
      w->nodes--;
    /* []rune("..."): gc's slice literal of index: rune pairs, 3 each */
    long runes = check_constant_runes(w->ctx->pkg, n->type, arg);
    for (long i = 0; i < runes; i++) {
      charge(w, 1);
      charge(w, 1);
      charge(w, 1);
    }
    expr(w, arg);
    return;
  }
  Node *fun = unparen(n->u.call.fun);
  long extra = INLINE_EXTRA_CALL_COST;
  /* Static calls: a function name (instantiated or not) or a method. */
  Node *name = fun;
  if (name->kind == ND_INDEX)
    name = unparen(name->u.index.x);
  Object *fobj = NULL;
  if (name->kind == ND_NAME)
    fobj = name->u.name.object;
  else if (name->kind == ND_SELECTOR) {
    const ExprInfo *si = info_of(w->ctx, name);
    const Selection *s = si ? si->selection : NULL;
    if (s && s->kind == SEL_QUALIFIED)
      fobj = s->obj;
    else if (s && s->kind == SEL_METHOD_VALUE) {
      Node *x = unparen(name->u.selector.x);
      if (is_tparam_value(x->type)) {
        /* (func(T, ...) R)(&.dict[i])(x, args): the method's code from
         * the dictionary, converted (5), called as a func value */
        if (x->type->kind != TY_TYPEPARAM || s->depth > 1 ||
            s->implicit_addr || s->implicit_deref) {
          w->unsupported = "a method of a type parameter";
          return;
        }
        charge(w, 1);
        charge(w, 5);
        expr(w, x);
        arguments(w, n, info);
        w->cost += INLINE_EXTRA_CALL_COST;
        return;
      }
      if (s->via_interface) { /* OCALLINTER of ODOTINTER */
        charge(w, 1 + INLINE_EXTRA_CALL_COST);
        charge(w, 1);
        /* f().M(): gc's reader holds f() in a temporary first, as for
         * f()(): its ODCL and name, OAS, the name twice (not I(v).M():
         * a conversion is no call) */
        const Node *rx = unparen(x);
        const ExprInfo *rxi = rx->kind == ND_CALL ? info_of(w->ctx, rx) : NULL;
        if (rxi && (rxi->call_kind == CALL_FUNC ||
                    rxi->call_kind == CALL_METHOD))
          charge(w, 5);
        receiver(w, name, s);
        arguments(w, n, info);
        return;
      }
      if (s->obj && s->obj->kind == OBJ_FUNC &&
          (s->obj->u.func.origin || generic_receiver(s->obj))) {
        /* (*T[go.shape.int]).M(x, dictionary, args) */
        InlineFunc *inst = instance_of_ref(w->ctx, name, within);
        if (!inst) {
          w->unsupported = "call of a generic type's method";
          return;
        }
        charge(w, 1);
        receiver(w, name, s);
        charge(w, dictionary_cost(w->ctx, within, name));
        arguments(w, n, info);
        w->cost += call_extra(w, NULL, inst, extra);
        return;
      }
      charge(w, 1); /* the call; OMETHEXPR costs nothing */
      receiver(w, name, s);
      arguments(w, n, info);
      w->cost += call_extra(w, s->obj, NULL, extra);
      return;
    } else if (s && s->kind == SEL_METHOD_EXPR) {
      if (dictionary_method_closure(w, name, s)) {
        w->unsupported = "a generic type's method value or expression in "
                         "a shape instance";
        return;
      }
      charge(w, 1);
      arguments(w, n, info);
      Type *xt = under(s->recv);
      Type *mr = s->obj && s->obj->type && s->obj->type->u.func.recv
                     ? under(s->obj->type->u.func.recv->type)
                     : NULL;
      if (xt && xt->kind == TY_POINTER && mr && mr->kind != TY_POINTER) {
        /* (*T).M of a value method M: a call of the wrapper gc generates,
         * which no decision covers yet: a call it cannot inline */
        w->cost += extra;
        return;
      }
      w->cost += call_extra(w, s->obj, NULL, extra);
      return;
    }
  }
  if (generic_of_ref(w->ctx, fun)) {
    /* F[go.shape.int](dictionary, args) */
    InlineFunc *inst = instance_of_ref(w->ctx, fun, within);
    if (!inst) {
      w->unsupported = "call of a generic function";
      return;
    }
    charge(w, 2); /* the call and the shape instance's name */
    charge(w, dictionary_cost(w->ctx, within, fun));
    arguments(w, n, info);
    w->cost += call_extra(w, NULL, inst, extra);
    return;
  }
  if (fobj && fobj->kind == OBJ_FUNC && escape_rangefunc_helper(fobj)) {
    range_helper_call(w, n, fobj);
    return;
  }
  if (fobj && fobj->kind == OBJ_FUNC) {
    charge(w, 2); /* the call and the function's name */
    arguments(w, n, info);
    w->cost += call_extra(w, fobj, NULL, extra);
    return;
  }
  /* A func value: a literal, a local known to hold one, or dynamic. */
  charge(w, 1);
  if (calls_in(w, fun)) /* f()(), fs()[0](), get().f(): gc holds the
                           operand in a temporary first: its ODCL and name,
                           OAS, the name twice */
    charge(w, 5);
  expr(w, fun);
  arguments(w, n, info);
  Node *value = static_value(w, fun);
  InlineFunc *callee = NULL;
  Object *target = NULL;
  const ExprInfo *vi = value != fun && value->kind == ND_SELECTOR
                           ? info_of(w->ctx, value)
                           : NULL;
  const Selection *vs = vi ? vi->selection : NULL;
  InlineFunc *mc = value != fun ? method_closure_of(top_of(w->fn), value)
                                : NULL;
  if (mc && mc->outer != w->fn) {
    /* called from a func literal: gc's inlCallee does not resolve a
     * closure across closure frames (its call costs 57 or 17) */
    w->unsupported = "a method expression's closure called from a func "
                     "literal";
  } else if (mc) {
    /* gc decides a called closure on the spot (inlCallee) */
    callee = mc;
    if (!callee->analyzed)
      decide_and_record(w->ctx, callee);
  } else if (vs &&
             (vs->kind == SEL_METHOD_VALUE || vs->kind == SEL_METHOD_EXPR) &&
             generic_of_ref(w->ctx, value)) {
    /* a generic type's method held in a local */
    if (!generic_method_value_call(w, value, vs, &callee))
      w->unsupported = top_of(w->fn)->is_instance
                           ? "a generic type's method value or expression "
                             "in a shape instance"
                           : "call of a generic function value";
  } else if (value != fun && generic_of_ref(w->ctx, value)) {
    callee = wrapper_of_ref(w->ctx, value); /* a generic function value */
    if (!callee)
      w->unsupported = "call of a generic function value";
  } else if (value->kind == ND_FUNC_LIT) {
    /* gc decides a called closure on the spot (inlCallee) */
    callee = closure_of_lit(top_of(w->fn), value);
    if (callee && !callee->analyzed && callee != w->fn)
      decide_and_record(w->ctx, callee);
  }
  else if (value->kind == ND_NAME && value->u.name.object &&
           value->u.name.object->kind == OBJ_FUNC)
    target = value->u.name.object;
  else if (value->kind == ND_SELECTOR) {
    const ExprInfo *si = info_of(w->ctx, value);
    if (si && si->selection &&
        (si->selection->kind == SEL_QUALIFIED ||
         si->selection->kind == SEL_METHOD_EXPR) &&
        si->selection->obj && si->selection->obj->kind == OBJ_FUNC)
      target = si->selection->obj;
  }
  if (!callee && !target && is_param_or_captured(w, var_of(fun)))
    extra = INLINE_PARAM_CALL_COST;
  w->cost += call_extra(w, target, callee, extra);
}

static void selector(Walk *w, Node *n) {
  const ExprInfo *info = info_of(w->ctx, n);
  const Selection *s = info ? info->selection : NULL;
  if (!s) {
    w->unsupported = "selector without type information";
    return;
  }
  if (dictionary_method_closure(w, n, s)) {
    if (w->fn->is_instance && method_closure_of(w->fn, n)) {
      /* OCLOSURE (one more than a plain node, plus 15) with, in its
       * init, the temporary it captures, the sub-dictionary: its ODCL
       * and name, and `tmp = (*T)(.dict[i])` (OAS, the name, the
       * conversion, the index, .dict and the constant) */
      charge(w, 1 + INLINE_CLOSURE_COST + 8);
      return;
    }
    w->unsupported = "a generic type's method value or expression in a "
                     "shape instance";
    return;
  }
  switch (s->kind) {
  case SEL_QUALIFIED:
    charge(w, 1);
    return;
  case SEL_FIELD:
    charge(w, s->depth);
    expr(w, n->u.selector.x);
    return;
  case SEL_METHOD_VALUE: /* OMETHVALUE costs 2 */
    if (is_tparam_value(n->u.selector.x->type))
      w->unsupported = "a method value of a type parameter";
    charge(w, 2);
    receiver(w, n, s);
    return;
  case SEL_METHOD_EXPR: /* OMETHEXPR costs nothing */
    if (is_tparam_value(s->recv))
      w->unsupported = "a method expression of a type parameter";
    return;
  }
}

/* &x: OADDR; &s.f with f at offset 0 of a named s costs nothing more
 * than s (gc undoes the OADDR and the ODOT). */
static void address(Walk *w, Node *n) {
  Node *x = unparen(n->u.unary.x);
  if (x->kind == ND_COMPOSITE_LIT) { /* OPTRLIT */
    charge(w, 1);
    composite(w, x);
    return;
  }
  if (x->kind == ND_SELECTOR) {
    const ExprInfo *si = info_of(w->ctx, x);
    const Selection *s = si ? si->selection : NULL;
    Node *base = unparen(x->u.selector.x);
    if (s && s->kind == SEL_FIELD && s->depth == 1 && base->kind == ND_NAME &&
        s->obj && s->obj->kind == OBJ_VAR) {
      Type *st = under(s->recv);
      if (st && st->kind == TY_POINTER)
        st = under(st->u.pointer.elem);
      if (st && st->kind == TY_STRUCT) {
        types_sizeof(st);
        if (s->obj->u.var.offset == 0) {
          charge(w, 0); /* OADDR + ODOT = 2, minus 2 */
          expr(w, base);
          return;
        }
      }
    }
  }
  charge(w, 1);
  expr(w, x);
}

static bool is_address_of(Walk *w, Node *n) {
  n = unparen(n);
  while (n && n->kind == ND_CALL) {
    const ExprInfo *info = info_of(w->ctx, n);
    if (!info || info->call_kind != CALL_CONVERSION || !n->u.call.args ||
        conversion_cost(n->type, n->u.call.args->type) != 0)
      return false;
    n = unparen(n->u.call.args);
  }
  return n && n->kind == ND_UNARY && n->u.unary.op == TK_AND &&
         unparen(n->u.unary.x)->kind != ND_COMPOSITE_LIT; /* OPTRLIT */
}

static void string_concat(Walk *w, Node *n, bool top) {
  n = unparen(n);
  const ExprInfo *info = info_of(w->ctx, n);
  if (n->kind == ND_BINARY && n->u.binary.op == TK_ADD &&
      !(info && info->mode == MODE_CONSTANT)) {
    if (top)
      charge(w, 1); /* OADDSTR */
    string_concat(w, n->u.binary.x, false);
    string_concat(w, n->u.binary.y, false);
    return;
  }
  expr(w, n);
}

/* An implicit conversion that a shape instance does not make: from a
 * type parameter whose shape is an interface to an identical interface
 * type. */
static bool shape_iface_identity(Walk *w, const Node *conv) {
  InlineFunc *top = top_of(w->fn);
  const Node *x = conv->u.paren.x;
  if (!top || !top->is_instance || !x || !x->type || !conv->type ||
      !of_type_params(w, x->type))
    return false;
  Type *from = under(instance_type(top, x->type));
  Type *to = under(instance_type(top, conv->type));
  return from && to && from->kind == TY_INTERFACE &&
         to->kind == TY_INTERFACE && types_identical(from, to);
}

static void expr(Walk *w, Node *n) {
  if (!n || stop(w))
    return;
  const ExprInfo *info = info_of(w->ctx, n);
  if (n->kind != ND_IMPLICIT_CONV && n->kind != ND_FUNC_LIT && info) {
    /* unsafe.Sizeof(x) of a type parameter's x: a constant per shape */
    bool unsafe_const = info->call_kind == CALL_BUILTIN && n->kind == ND_CALL &&
                        (info->builtin == BI_SIZEOF || info->builtin == BI_ALIGNOF ||
                         info->builtin == BI_OFFSETOF);
    if (info->mode == MODE_CONSTANT || info->mode == MODE_NILVALUE || unsafe_const) {
      charge(w, 1); /* OLITERAL, ONIL */
      return;
    }
    if (info->mode == MODE_TYPEXPR)
      return; /* OTYPE */
  }
  if ((n->kind == ND_NAME || n->kind == ND_INDEX) &&
      generic_of_ref(w->ctx, n)) {
    /* the dictionary wrapper F[int]: a function's name */
    if (top_of(w->fn)->is_instance || !wrapper_of_ref(w->ctx, n))
      w->unsupported = "a generic function value";
    charge(w, 1);
    return;
  }
  switch (n->kind) {
  case ND_NAME:
  case ND_BASIC_LIT:
    charge(w, 1);
    return;
  case ND_PAREN:
    expr(w, n->u.paren.x);
    return;
  case ND_IMPLICIT_CONV:
    /* (in a shape instance whose shape is an interface type identical to
     * the target, go.shape.interface {} to any, there is no conversion) */
    if (!shape_iface_identity(w, n))
      charge(w, 1); /* OCONVIFACE */
    expr(w, n->u.paren.x);
    return;
  case ND_FUNC_LIT:
    charge(w, 1 + INLINE_CLOSURE_COST);
    return;
  case ND_COMPOSITE_LIT:
    composite(w, n);
    return;
  case ND_SELECTOR:
    selector(w, n);
    return;
  case ND_INDEX: {
    Node *x = unparen(n->u.index.x);
    const ExprInfo *xi = info_of(w->ctx, x);
    Type *t = under(x->type);
    if (t && t->kind == TY_FUNC && xi && (x->kind == ND_NAME ||
                                          x->kind == ND_SELECTOR)) {
      charge(w, 1); /* an instantiated function's name */
      return;
    }
    charge(w, t && t->kind == TY_POINTER ? 2 : 1); /* (ODEREF) OINDEX */
    expr(w, x);
    expr_list(w, n->u.index.index);
    return;
  }
  case ND_SLICE_EXPR: {
    Node *x = unparen(n->u.slice.x);
    Type *t = under(x->type);
    bool addr = t && t->kind == TY_ARRAY;
    charge(w, addr ? 2 : 1); /* OSLICE (of OADDR x) */
    expr(w, x);
    Node *low = n->u.slice.low;
    const ExprInfo *li = low ? info_of(w->ctx, low) : NULL;
    int64_t v = -1;
    if (li && li->mode == MODE_CONSTANT && li->value &&
        value_get_int64(li->value, &v) && v == 0) {
      /* superfluous low 0: free */
    } else {
      expr(w, low);
    }
    Node *high = unparen(n->u.slice.high);
    bool same_len = false;
    if (!addr && high && high->kind == ND_CALL && x->kind == ND_NAME) {
      const ExprInfo *hi = info_of(w->ctx, high);
      Node *arg = high->u.call.args ? unparen(high->u.call.args) : NULL;
      same_len = hi && hi->call_kind == CALL_BUILTIN &&
                 hi->builtin == BI_LEN && hi->mode != MODE_CONSTANT && arg &&
                 arg->kind == ND_NAME &&
                 arg->u.name.object == x->u.name.object;
    }
    if (!same_len)
      expr(w, n->u.slice.high);
    expr(w, n->u.slice.max);
    return;
  }
  case ND_TYPE_ASSERT:
    charge(w, 1);
    if (n->u.assert.type && n->type && of_type_params(w, n->type)) {
      /* x.(T) or x.(chan T), T a type parameter: ODYNAMICDOTTYPE, with
       * the type's word read from the dictionary (4) and x's type word
       * (2); an interface type asserts otherwise (not modeled) */
      Type *t = under(instance_type(top_of(w->fn), n->type));
      if (!t || t->kind == TY_INTERFACE || t->kind == TY_TYPEPARAM) {
        w->unsupported = "a type assertion to an interface type parameter";
        return;
      }
      charge(w, 6);
    }
    expr(w, n->u.assert.x);
    return;
  case ND_CALL:
    call(w, n);
    return;
  case ND_UNARY:
    if (n->u.unary.op == TK_AND) {
      address(w, n);
      return;
    }
    if (n->u.unary.op == TK_MUL && (is_address_of(w, n->u.unary.x) ||
                                    is_new_value(w, n->u.unary.x))) {
      charge(w, 0); /* *(*T)(unsafe.Pointer(&x)), *new(x): half price */
      expr(w, n->u.unary.x);
      return;
    }
    charge(w, 1);
    expr(w, n->u.unary.x);
    return;
  case ND_BINARY:
    if (n->u.binary.op == TK_ADD && types_is_string(n->type)) {
      string_concat(w, n, true);
      return;
    }
    charge(w, 1);
    expr(w, n->u.binary.x);
    expr(w, n->u.binary.y);
    return;
  default:
    return; /* types */
  }
}

/* ---- Statements ---- */

static bool is_blank(const Node *n) {
  return n && n->kind == ND_NAME && strcmp(n->u.name.name, "_") == 0;
}

static void declare(Walk *w, Node *name) {
  if (declares(name))
    charge(w, 2); /* ODCL and its name */
}

/* v, ok = m[k] (or x.(T), <-c) where ok is of an interface type: gc
 * converts the bool, an OCONVIFACE the checker leaves implicit (it
 * makes one for v's value, not for ok's). */
static void comma_ok_conversion(Walk *w, Node *rhs, Type *ok_type) {
  rhs = unparen(rhs);
  if (rhs && rhs->kind == ND_IMPLICIT_CONV) /* v's conversion */
    rhs = unparen(rhs->u.paren.x);
  const ExprInfo *ri = info_of(w->ctx, rhs);
  if (ri && ri->mode == MODE_COMMAOK && ok_type &&
      types_is_interface(ok_type) && !of_type_params(w, ok_type))
    charge(w, 1);
}

static void assignment(Walk *w, Node *n) {
  TokenKind op = n->u.assign.op;
  if (op != TK_ASSIGN && op != TK_DEFINE) { /* OASOP */
    charge(w, 1);
    expr(w, n->u.assign.lhs);
    expr(w, n->u.assign.rhs);
    return;
  }
  if (op == TK_DEFINE)
    for (Node *l = n->u.assign.lhs; l; l = l->next)
      declare(w, l);
  charge(w, 1); /* OAS, OAS2, OAS2FUNC, OAS2MAPR ... */
  expr_list(w, n->u.assign.lhs);
  expr_list(w, n->u.assign.rhs);
  Node *rhs = n->u.assign.rhs;
  Node *second = n->u.assign.lhs ? n->u.assign.lhs->next : NULL;
  if (second && !second->next && rhs && !rhs->next && !is_blank(second))
    comma_ok_conversion(w, rhs, second->type);
  if (rhs && !rhs->next && is_multi_call(rhs) && op == TK_ASSIGN) {
    /* a, b = f(): the copy from the temporaries converts to interface */
    Type *tuple = unparen(rhs)->type;
    int i = 0;
    for (Node *l = n->u.assign.lhs; l && i < tuple->u.tuple.count;
         l = l->next, i++)
      if (!is_blank(l) && l->type && types_is_interface(l->type) &&
          !types_identical(l->type, tuple->u.tuple.vars[i]->type))
        charge(w, 1);
  }
}

static void var_spec(Walk *w, Node *spec) {
  int names = list_length(spec->u.value_spec.names);
  int values = list_length(spec->u.value_spec.values);
  for (Node *l = spec->u.value_spec.names; l; l = l->next)
    declare(w, l);
  if (values == 0) { /* var a, b T: one zeroing OAS each */
    for (Node *l = spec->u.value_spec.names; l; l = l->next)
      charge(w, 2);
    return;
  }
  charge(w, 1);
  (void)names;
  expr_list(w, spec->u.value_spec.names);
  expr_list(w, spec->u.value_spec.values);
  Node *v = spec->u.value_spec.values;
  Node *first = spec->u.value_spec.names;
  if (values == 1 && names == 2 && first->next && !is_blank(first->next))
    comma_ok_conversion(w, v, first->next->type);
  if (values == 1 && is_multi_call(v) && first && first->type)
    /* var a, b T = f(): converted from the temporaries, as a, b = f() */
    multi_value_conversions(w, unparen(v)->type, same_dst, first->type);
}

/* A select case: receives become OSELRECV2 with two targets (blank when
 * absent); `v, ok := <-c` goes through two temporaries. */
static void comm(Walk *w, Node *c) {
  if (!c)
    return;
  if (c->kind == ND_SEND_STMT) {
    stmt(w, c);
    return;
  }
  if (c->kind == ND_EXPR_STMT) {
    charge(w, 3);
    expr(w, c->u.expr_stmt.x);
    return;
  }
  if (c->kind != ND_ASSIGN_STMT) {
    w->unsupported = "select case";
    return;
  }
  int nl = list_length(c->u.assign.lhs);
  bool define = c->u.assign.op == TK_DEFINE;
  if (define)
    for (Node *l = c->u.assign.lhs; l; l = l->next)
      declare(w, l);
  if (nl == 2 && define) {
    charge(w, 4 + 3 + 5); /* temps' DCLs, SELRECV2 to them, OAS2 back */
    expr(w, c->u.assign.rhs);
    return;
  }
  charge(w, 1);
  expr_list(w, c->u.assign.lhs);
  if (nl == 1)
    charge(w, 1); /* blank ok */
  expr(w, c->u.assign.rhs);
}

static bool is_constant(Walk *w, Node *n) {
  const ExprInfo *info = info_of(w->ctx, n);
  return info && info->mode == MODE_CONSTANT && info->value;
}

static bool is_interface_type(Type *t) {
  t = under(t);
  return t && t->kind == TY_INTERFACE;
}

static bool empty_interface(Type *t) {
  return t && is_interface_type(t) &&
         types_type_set(types_under(t))->method_count == 0;
}

/* A switch on a constant (or on nothing, i.e. true) whose cases are all
 * constants: gc's front end keeps only the clause that matches (the
 * default when none does), unless that clause falls through. */
static bool constant_switch(Walk *w, Node *n, Node **target_out) {
  Node *tag = n->u.switch_stmt.tag;
  if (tag && (tag->kind == ND_TYPE_SWITCH_GUARD || !is_constant(w, tag)))
    return false;
  const Value *tv = tag ? info_of(w->ctx, tag)->value : value_bool(true);
  Node *target = NULL;
  bool matched = false;
  for (Node *c = n->u.switch_stmt.clauses; c; c = c->next) {
    if (c->u.case_clause.is_default && !matched)
      target = c;
    for (Node *v = c->u.case_clause.list; v; v = v->next) {
      if (!is_constant(w, v))
        return false;
      if (matched)
        continue;
      const Value *x = tv, *y = info_of(w->ctx, v)->value;
      if (x->kind == y->kind || (x->kind != VAL_BOOL && y->kind != VAL_BOOL &&
                                 x->kind != VAL_STRING &&
                                 y->kind != VAL_STRING)) {
        value_match(&x, &y);
        if (value_compare(TK_EQL, x, y)) {
          target = c;
          matched = true;
        }
      }
    }
  }
  if (target) {
    Node *last = target->u.case_clause.body;
    while (last && last->next)
      last = last->next;
    if (last && last->kind == ND_BRANCH_STMT &&
        last->u.branch.op == TK_FALLTHROUGH)
      return false;
  }
  *target_out = target;
  return true;
}

/* Does t, in the shape instance being costed, mention its type
 * parameters (anywhere, interface methods included)?  Substituting them
 * then makes another type. */
static bool of_type_params(Walk *w, Type *t) {
  InlineFunc *top = top_of(w->fn);
  return top && top->is_instance && instance_type(top, t) != t;
}

/* A type switch's case of a type of type parameters (`case T`, `case
 * *T`, `case interface{ bar() T }`) is gc's ODYNAMICTYPE holding the
 * type's word from the dictionary: 1 + 4.  (A type parameter whose shape
 * is an interface is matched otherwise: not modeled.) */
static void dynamic_case_types(Walk *w, const Node *list) {
  for (const Node *e = list; e; e = e->next) {
    if (!e->type || !of_type_params(w, e->type))
      continue;
    Type *t = under(instance_type(top_of(w->fn), e->type));
    if (!t || t->kind == TY_TYPEPARAM ||
        (t->kind == TY_INTERFACE && e->type->kind == TY_TYPEPARAM)) {
      w->unsupported = "a type switch case of an interface type parameter";
      return;
    }
    charge(w, 5); /* (`case interface{ bar() T }` too: typeswitch7.go) */
  }
}

static void stmt(Walk *w, Node *n) {
  if (!n || stop(w))
    return;
  switch (n->kind) {
  case ND_EMPTY_STMT:
    return;
  case ND_BLOCK:
    stmt_list(w, n->u.block.stmts);
    return;
  case ND_EXPR_STMT:
    expr(w, n->u.expr_stmt.x);
    return;
  case ND_SEND_STMT:
    charge(w, 1);
    expr(w, n->u.send.chan);
    expr(w, n->u.send.value);
    return;
  case ND_INC_DEC_STMT: /* OASOP x 1 */
    charge(w, 2);
    expr(w, n->u.inc_dec.x);
    return;
  case ND_ASSIGN_STMT:
    assignment(w, n);
    return;
  case ND_GO_STMT:
    w->reason = "unhandled op GO";
    return;
  case ND_DEFER_STMT:
    w->reason = "unhandled op DEFER";
    return;
  case ND_RETURN_STMT: {
    Node *r = n->u.return_stmt.results;
    charge(w, 1);
    if (r && !r->next && is_multi_call(r)) {
      w->cost--; /* the ORETURN counted below */
      w->nodes--;
      multi_call_through_temps(w, unparen(r));
      Type *sig = walk_signature(w);
      if (sig)
        multi_value_conversions(w, unparen(r)->type, result_dst,
                                sig->u.func.results);
      charge(w, 1);
      return;
    }
    expr_list(w, r);
    return;
  }
  case ND_BRANCH_STMT:
    if (n->u.branch.op != TK_FALLTHROUGH)
      charge(w, 1);
    return;
  case ND_IF_STMT: {
    Node *cond = n->u.if_stmt.cond;
    const ExprInfo *ci = info_of(w->ctx, cond);
    if (ci && ci->mode == MODE_CONSTANT && ci->value &&
        ci->value->kind == VAL_BOOL) {
      stmt(w, n->u.if_stmt.init);
      stmt(w, ci->value->b ? n->u.if_stmt.then : n->u.if_stmt.els);
      return;
    }
    charge(w, 1);
    stmt(w, n->u.if_stmt.init);
    expr(w, cond);
    stmt(w, n->u.if_stmt.then);
    stmt(w, n->u.if_stmt.els);
    return;
  }
  case ND_SWITCH_STMT: {
    Node *tag = n->u.switch_stmt.tag;
    Node *target = NULL;
    if (constant_switch(w, n, &target)) {
      /* gc keeps only the clause that matches, without its values */
      charge(w, 1);
      stmt(w, n->u.switch_stmt.init);
      if (target) {
        charge(w, 1);
        stmt_list(w, target->u.case_clause.body);
      }
      return;
    }
    bool type_switch = tag && tag->kind == ND_TYPE_SWITCH_GUARD;
    bool bound = type_switch && tag->u.guard.lhs;
    charge(w, 1);
    stmt(w, n->u.switch_stmt.init);
    if (type_switch) {
      charge(w, bound ? 2 : 1); /* OTYPESW and its name */
      expr(w, tag->u.guard.x);
    } else {
      expr(w, tag);
    }
    /* gc compares the tag and the cases in one type; when that is an
     * interface, what the checker left unconverted is converted (an
     * interface to another one, everything to any), and a tagless
     * switch's cases of type any carry the type of true (RTypes: two
     * nodes each) */
    bool to_any = false;
    Type *cmp = type_switch ? NULL : escape_switch_compare_type(n, &to_any);
    if (cmp && tag && to_any &&
        !empty_interface(instance_type(top_of(w->fn), tag->type)))
      charge(w, 1); /* the tag to any (unless its shape is one) */
    for (Node *c = n->u.switch_stmt.clauses; c && !stop(w); c = c->next) {
      charge(w, bound ? 2 : 1); /* OCASE and its variable */
      for (Node *e = c->u.case_clause.list; e && cmp; e = e->next) {
        bool converted = e->kind == ND_IMPLICIT_CONV;
        Type *et = converted ? e->u.paren.x->type : e->type;
        if (!converted &&
            !(to_any ? empty_interface(et) : types_identical(et, cmp)))
          charge(w, 1);
        if (!tag && to_any)
          charge(w, 2);
      }
      if (type_switch)
        dynamic_case_types(w, c->u.case_clause.list);
      expr_list(w, c->u.case_clause.list);
      stmt_list(w, c->u.case_clause.body);
    }
    return;
  }
  case ND_SELECT_STMT:
    charge(w, 1);
    for (Node *c = n->u.select_stmt.clauses; c && !stop(w); c = c->next) {
      charge(w, 1);
      comm(w, c->u.comm_clause.comm);
      stmt_list(w, c->u.comm_clause.body);
    }
    return;
  case ND_FOR_STMT:
    charge(w, 1);
    stmt(w, n->u.for_stmt.init);
    expr(w, n->u.for_stmt.cond);
    stmt(w, n->u.for_stmt.post);
    stmt(w, n->u.for_stmt.body);
    return;
  case ND_RANGE_STMT: {
    Type *t = under(n->u.range_stmt.x->type);
    if (t && t->kind == TY_FUNC) {
      w->unsupported = "range over func";
      return;
    }
    Node *key = n->u.range_stmt.key, *value = n->u.range_stmt.value;
    charge(w, 1);
    if (n->u.range_stmt.op == TK_DEFINE) {
      declare(w, key);
      declare(w, value);
    }
    expr(w, n->u.range_stmt.x);
    expr(w, key);
    expr(w, value);
    stmt(w, n->u.range_stmt.body);
    return;
  }
  case ND_LABELED_STMT:
    charge(w, 1);
    stmt(w, n->u.labeled.stmt);
    return;
  case ND_DECL_STMT:
    for (Node *d = n->u.decl_stmt.decls; d && !stop(w); d = d->next)
      if (d->kind == ND_VAR_SPEC)
        var_spec(w, d);
    return;
  default:
    w->unsupported = node_kind_name(n->kind);
    return;
  }
}

/* ---- go/defer wrappers ---- */

/* Does gc keep this argument in the wrapper (a literal, nil, a global
 * function, new(T), a method expression) rather than a temporary? */
static bool kept_in_wrapper(Ctx *ctx, Node *arg) {
  arg = unparen(arg);
  const ExprInfo *info = info_of(ctx, arg);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_NILVALUE))
    return true;
  if (arg->kind == ND_NAME && arg->u.name.object &&
      arg->u.name.object->kind == OBJ_FUNC)
    return true;
  if (arg->kind == ND_CALL && info && info->call_kind == CALL_BUILTIN &&
      info->builtin == BI_NEW)
    return true;
  return false;
}

/* The cost of a wrapper argument; counts its temporaries in *temps. */
static long wrapper_arg(Ctx *ctx, Node *arg, int *temps) {
  Node *a = unparen(arg);
  if (a->type && a->type->kind == TY_TUPLE) {
    /* f(g()): a temporary per result of g */
    *temps += a->type->u.tuple.count;
    return a->type->u.tuple.count;
  }
  if (kept_in_wrapper(ctx, a))
    return 1;
  if (a->kind == ND_COMPOSITE_LIT) {
    Type *t = under(a->type);
    long cost = t && t->kind == TY_SLICE ? 2 : 1;
    bool is_struct = t && t->kind == TY_STRUCT;
    for (Node *e = a->u.composite.elems; e; e = e->next) {
      Node *v = e->kind == ND_KEY_VALUE ? e->u.key_value.value : e;
      if (is_struct || e->kind == ND_KEY_VALUE)
        cost += 1 + (e->kind == ND_KEY_VALUE && !is_struct ? 1 : 0);
      cost += wrapper_arg(ctx, v, temps);
    }
    return cost;
  }
  ++*temps;
  return 1;
}

/* The call's arguments in the wrapper: each a temporary or kept, and a
 * variadic parameter's values packed in a slice (or nil when none). */
static long wrapper_args(Ctx *ctx, Node *c, const ExprInfo *info,
                         int *temps) {
  long cost = 0;
  Node *args = c->u.call.args;
  if (info->has_variadic_slice && !c->u.call.has_dots) {
    int i = 0;
    for (; args && i < info->variadic_index; args = args->next, i++)
      cost += wrapper_arg(ctx, args, temps);
    cost += args ? 2 : 1;
  }
  for (; args; args = args->next)
    cost += wrapper_arg(ctx, args, temps);
  return cost;
}

/* The wrapper's body is the call, on temporaries. */
static long wrapper_cost(Ctx *ctx, InlineFunc *f, int *temps) {
  Node *c = f->wrapped;
  const ExprInfo *info = info_of(ctx, c);
  Node *fun = unparen(c->u.call.fun);
  long cost = 1;
  Walk w;
  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.fn = f;
  *temps = 0;
  if (info->call_kind == CALL_BUILTIN) {
    if (info->builtin == BI_RECOVER) {
      f->reason = "call to recover";
      return 0;
    }
    if (info->builtin == BI_PANIC)
      cost += INLINE_EXTRA_PANIC_COST;
    for (Node *a = c->u.call.args; a; a = a->next)
      cost += wrapper_arg(ctx, a, temps);
    return cost;
  }
  Object *target = NULL;
  long extra = INLINE_EXTRA_CALL_COST;
  const ExprInfo *fi = info_of(ctx, fun);
  const Selection *s = fun->kind == ND_SELECTOR && fi ? fi->selection : NULL;
  if (s && s->kind == SEL_METHOD_VALUE && !s->via_interface && s->obj &&
      s->obj->kind == OBJ_FUNC &&
      (s->obj->u.func.origin || generic_receiver(s->obj))) {
    /* (*T[go.shape.int]).M(receiver, dictionary, args): both
     * temporaries; the method expression costs nothing */
    InlineFunc *inst = instance_of_ref(ctx, fun, top_of(f));
    if (!inst) {
      f->unsupported = "go/defer of a generic type's method";
      return 0;
    }
    *temps += 2;
    cost += 2 + wrapper_args(ctx, c, info, temps);
    return cost + call_extra(&w, NULL, inst, extra);
  } else if (s && s->kind == SEL_METHOD_VALUE) {
    ++*temps; /* the receiver */
    cost += 1;
    if (s->via_interface)
      cost += 1; /* ODOTINTER */
    else
      target = s->obj;
  } else if (s && s->kind == SEL_QUALIFIED) {
    cost += 1;
    target = s->obj;
  } else if (generic_of_ref(ctx, fun)) {
    /* F[go.shape.int](dictionary, args): the dictionary, computed by
     * the function making the wrapper, is one of the temporaries */
    InlineFunc *inst = instance_of_ref(ctx, fun, top_of(f));
    if (!inst) {
      f->unsupported = "go/defer of a generic function";
      return 0;
    }
    ++*temps;
    cost += 2 + wrapper_args(ctx, c, info, temps);
    return cost + call_extra(&w, NULL, inst, extra);
  } else if (s && s->kind == SEL_METHOD_EXPR && !s->via_interface) {
    /* T.M(x, ...): a static call; gc's visitor gives OMETHEXPR back its
     * unit ("hack for toolstash -cmp"), so the name costs nothing */
    target = s->obj;
  } else if (fun->kind == ND_NAME && fun->u.name.object &&
             fun->u.name.object->kind == OBJ_FUNC) {
    cost += 1;
    target = fun->u.name.object;
  } else if (fun->kind == ND_FUNC_LIT && !top_of(f)->is_instance) {
    /* a temporary that gc's StaticValue still sees as the literal (in
     * a shape instance the literal is a closure over the dictionary,
     * called as a func value: the last case) */
    ++*temps;
    cost += 1;
    InlineFunc *lit = closure_of_lit(top_of(f), fun);
    if (lit && !lit->analyzed)
      decide_and_record(ctx, lit);
    cost += call_extra(&w, NULL, lit, extra);
    for (Node *a = c->u.call.args; a; a = a->next)
      cost += wrapper_arg(ctx, a, temps);
    return cost;
  } else {
    ++*temps; /* the func value: a captured variable */
    cost += 1;
    extra = INLINE_PARAM_CALL_COST;
  }
  cost += wrapper_args(ctx, c, info, temps);
  if (target && target->kind == OBJ_FUNC && target->u.func.origin) {
    f->unsupported = "go/defer of a generic method";
    return 0;
  }
  cost += call_extra(&w, target, NULL, extra);
  return cost;
}

static bool wrapper_captures(Ctx *ctx, InlineFunc *f) {
  int temps = 0;
  InlineFunc copy = *f;
  wrapper_cost(ctx, &copy, &temps);
  return temps > 0;
}

/* ---- The decision ---- */

/* A function of a fixed shape, costed at `cost`: inlinable within
 * budget, else gc's reason. */
static void settle_cost(Ctx *ctx, InlineFunc *f, long cost, int budget) {
  f->cost = (int)cost;
  f->inlinable = cost <= budget;
  if (!f->inlinable)
    f->reason = arena_printf(ctx->arena,
                             "function too complex: cost %ld exceeds budget %d",
                             cost, budget);
}

/* A dictionary wrapper F[int]: `return F[go.shape.int](&.dict.F[int],
 * params...)`: the call, the name (a method's receiver instead: the
 * method expression is free), the dictionary's address, each parameter
 * as it is, and the return: of one result, or of n through temporaries
 * (their declarations and an OAS2FUNC, as `return f()` costs). */
static void decide_dictionary_wrapper(Ctx *ctx, InlineFunc *f) {
  Type *sig = f->generic->type;
  Walk w;
  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.fn = f;
  int results = sig->u.func.results->u.tuple.count;
  long cost = 4 + sig->u.func.params->u.tuple.count +
              (results > 1 ? 2 + 4 * results : results);
  cost += call_extra(&w, NULL, f->shaped, INLINE_EXTRA_CALL_COST);
  if (w.unsupported) {
    f->unsupported = w.unsupported;
    return;
  }
  settle_cost(ctx, f, cost, INLINE_MAX_BUDGET);
}

/* gc's closure for a method expression (InlineFunc's method_closure),
 * `[return] M[go.shape.int](*p0, tmp, p1 ...)`: the return of its one
 * result, the call, the receiver (with its dereference), the captured
 * sub-dictionary, each other parameter, and the method's cost when it
 * can be inlined (57 more when not). */
static void decide_method_closure(Ctx *ctx, InlineFunc *f) {
  Walk w;
  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.fn = f;
  const ExprInfo *info = info_of(ctx, f->decl);
  Type *sig = info->selection->obj->type;
  InlineFunc *inst = instance_of_ref(ctx, f->decl, top_of(f));
  if (!inst) {
    f->unsupported = "a method expression whose shape instance goesc "
                     "cannot name";
    return;
  }
  long cost = sig->u.func.results->u.tuple.count + 1 + 1 + f->recv_derefs +
              1 + sig->u.func.params->u.tuple.count;
  cost += call_extra(&w, NULL, inst, INLINE_EXTRA_CALL_COST);
  if (w.unsupported) {
    f->unsupported = w.unsupported;
    return;
  }
  settle_cost(ctx, f, cost, INLINE_CLOSURE_BUDGET);
}

static void decide(Ctx *ctx, InlineFunc *f) {
  f->analyzed = true;
  uint32_t pragmas = f->decl->kind == ND_FUNC_DECL
                         ? f->decl->pragmas
                         : 0;
  if (pragmas & PRAGMA_NOINLINE) {
    f->reason = "marked go:noinline";
  } else if (pragmas & (PRAGMA_UINTPTRKEEPALIVE | PRAGMA_UINTPTRESCAPES)) {
    /* gc's noder marks uintptrescapes functions keep-alive as well */
    f->reason = "marked as having a keep-alive uintptr argument";
  } else if (pragmas & PRAGMA_UINTPTRESCAPES) {
    f->reason = "marked as having an escaping uintptr argument";
  } else if (pragmas & PRAGMA_YESWRITEBARRIERREC) {
    f->reason = "marked go:yeswritebarrierrec";
  } else if (!f->body && !f->wrapped && !f->shaped && !f->method_closure) {
    f->reason = "no function body";
  }
  if (f->reason)
    return;
  if (f->shaped) {
    decide_dictionary_wrapper(ctx, f);
    return;
  }
  if (f->method_closure) {
    decide_method_closure(ctx, f);
    return;
  }
  if (f->wrapped) {
    int temps;
    f->cost = (int)wrapper_cost(ctx, f, &temps);
    f->inlinable = !f->reason && !f->unsupported &&
                   f->cost <= INLINE_CLOSURE_BUDGET;
    return;
  }
  Walk w;
  memset(&w, 0, sizeof w);
  w.ctx = ctx;
  w.fn = f;
  InlineFunc *top = locals_root(f);
  node_walk(top->body, scan_locals, &w);
  stmt(&w, f->body);
  if (w.nodes > INLINE_BIG_FUNCTION_NODES && !w.reason && !w.unsupported) {
    /* gc's IsBigFunc: a caller this big may inline callees of cost 20
     * at most, which changes what its own calls cost; walk again */
    f->big = true;
    Walk again;
    memset(&again, 0, sizeof again);
    again.ctx = ctx;
    again.fn = f;
    again.big_caller = true;
    again.locals = w.locals;
    again.local_count = w.local_count;
    again.local_capacity = w.local_capacity;
    stmt(&again, f->body);
    w.cost = again.cost;
    w.reason = again.reason;
    w.unsupported = again.unsupported;
  }
  free(w.locals);
  if (w.unsupported) {
    f->unsupported = w.unsupported;
    return;
  }
  f->cost = (int)w.cost;
  if (w.reason) {
    f->reason = w.reason;
    return;
  }
  int budget = f->is_closure ? INLINE_CLOSURE_BUDGET : INLINE_MAX_BUDGET;
  if (w.cost > budget) {
    f->reason = arena_printf(ctx->arena,
                             "function too complex: cost %ld exceeds budget %d",
                             w.cost, budget);
    return;
  }
  f->inlinable = true;
}

static void record(Ctx *ctx, InlineFunc *f) {
  GROW(ctx->order, ctx->order_count, ctx->order_capacity);
  ctx->order[ctx->order_count++] = f;
}

static void decide_and_record(Ctx *ctx, InlineFunc *f) {
  decide(ctx, f);
  record(ctx, f);
}

/* ---- gc's bottom-up order (ir.VisitFuncsBottomUp) ----
 *
 * Tarjan's walk over the call graph, from each declared function in
 * declaration order.  A func literal is an edge to its closure.  A closure
 * that captures variables is never the root of a component: it is decided
 * with its enclosing function, after it (in the order the walk reached
 * it).  A closure that captures nothing is a root of its own, so it is
 * decided as soon as its walk ends, before its enclosing function. */

typedef struct RefScan {
  Ctx *ctx;
  InlineFunc *f;
  uint32_t min;
} RefScan;

static uint32_t scc_visit(Ctx *ctx, InlineFunc *f);

static void ref_edge(RefScan *rs, InlineFunc *g) {
  uint32_t m = scc_visit(rs->ctx, g);
  if (m < rs->min)
    rs->min = m;
}

static void ref_node(RefScan *rs, Node *n);

/* A call's function: a generic call refers to the shape instance (a
 * generic function's value, elsewhere, to its dictionary wrapper). */
static void ref_callee(RefScan *rs, Node *fun) {
  fun = unparen(fun);
  InlineFunc *inst = generic_of_ref(rs->ctx, fun)
                         ? instance_of_ref(rs->ctx, fun, top_of(rs->f))
                         : NULL;
  if (!inst) {
    ref_node(rs, fun);
    return;
  }
  ref_edge(rs, inst);
  if (fun->kind == ND_SELECTOR)
    ref_node(rs, fun->u.selector.x);
}

static void ref_list(RefScan *rs, Node *n) {
  for (; n; n = n->next)
    ref_node(rs, n);
}

/* The references of one body, not descending into func literals (each is
 * an edge to its closure). */
static void ref_node(RefScan *rs, Node *n) {
  if (!n)
    return;
  Object *obj = NULL;
  switch (n->kind) {
  case ND_FUNC_LIT: {
    InlineFunc *c = closure_of_lit(rs->f, n);
    if (c)
      ref_edge(rs, c);
    return;
  }
  case ND_NAME:
    obj = n->u.name.object;
    break;
  case ND_SELECTOR: {
    InlineFunc *mc = method_closure_of(rs->f, n);
    if (mc) { /* like a func literal: an edge to its closure */
      ref_edge(rs, mc);
      return;
    }
    const ExprInfo *info = info_of(rs->ctx, n);
    if (info && info->selection &&
        (info->selection->kind == SEL_METHOD_VALUE ||
         info->selection->kind == SEL_METHOD_EXPR) &&
        !info->selection->via_interface)
      obj = info->selection->obj;
    else if (info && info->selection &&
             info->selection->kind == SEL_QUALIFIED)
      obj = NULL;
    ref_node(rs, n->u.selector.x);
    break;
  }
  case ND_COMPOSITE_LIT: ref_list(rs, n->u.composite.elems); return;
  case ND_KEY_VALUE:
    ref_node(rs, n->u.key_value.key);
    ref_node(rs, n->u.key_value.value);
    return;
  case ND_PAREN: case ND_IMPLICIT_CONV: ref_node(rs, n->u.paren.x); return;
  case ND_INDEX: {
    InlineFunc *wrapper = wrapper_of_ref(rs->ctx, n);
    if (wrapper) {
      ref_edge(rs, wrapper);
      return;
    }
    ref_node(rs, n->u.index.x);
    ref_list(rs, n->u.index.index);
    return;
  }
  case ND_SLICE_EXPR:
    ref_node(rs, n->u.slice.x);
    ref_node(rs, n->u.slice.low);
    ref_node(rs, n->u.slice.high);
    ref_node(rs, n->u.slice.max);
    return;
  case ND_TYPE_ASSERT: ref_node(rs, n->u.assert.x); return;
  case ND_TYPE_SWITCH_GUARD: ref_node(rs, n->u.guard.x); return;
  case ND_CALL:
    ref_callee(rs, n->u.call.fun);
    ref_list(rs, n->u.call.args);
    return;
  case ND_UNARY: ref_node(rs, n->u.unary.x); return;
  case ND_BINARY:
    ref_node(rs, n->u.binary.x);
    ref_node(rs, n->u.binary.y);
    return;
  case ND_BLOCK: ref_list(rs, n->u.block.stmts); return;
  case ND_EXPR_STMT: ref_node(rs, n->u.expr_stmt.x); return;
  case ND_SEND_STMT:
    ref_node(rs, n->u.send.chan);
    ref_node(rs, n->u.send.value);
    return;
  case ND_INC_DEC_STMT: ref_node(rs, n->u.inc_dec.x); return;
  case ND_ASSIGN_STMT:
    ref_list(rs, n->u.assign.lhs);
    ref_list(rs, n->u.assign.rhs);
    return;
  case ND_GO_STMT: case ND_DEFER_STMT: {
    ref_node(rs, n->u.go_defer.call);
    InlineFunc *c = closure_of_lit(rs->f, n);
    if (c)
      ref_edge(rs, c);
    return;
  }
  case ND_RETURN_STMT: ref_list(rs, n->u.return_stmt.results); return;
  case ND_IF_STMT:
    ref_node(rs, n->u.if_stmt.init);
    ref_node(rs, n->u.if_stmt.cond);
    ref_node(rs, n->u.if_stmt.then);
    ref_node(rs, n->u.if_stmt.els);
    return;
  case ND_SWITCH_STMT:
    ref_node(rs, n->u.switch_stmt.init);
    ref_node(rs, n->u.switch_stmt.tag);
    ref_list(rs, n->u.switch_stmt.clauses);
    return;
  case ND_CASE_CLAUSE:
    ref_list(rs, n->u.case_clause.list);
    ref_list(rs, n->u.case_clause.body);
    return;
  case ND_SELECT_STMT: ref_list(rs, n->u.select_stmt.clauses); return;
  case ND_COMM_CLAUSE:
    ref_node(rs, n->u.comm_clause.comm);
    ref_list(rs, n->u.comm_clause.body);
    return;
  case ND_FOR_STMT:
    ref_node(rs, n->u.for_stmt.init);
    ref_node(rs, n->u.for_stmt.cond);
    ref_node(rs, n->u.for_stmt.post);
    ref_node(rs, n->u.for_stmt.body);
    return;
  case ND_RANGE_STMT:
    ref_node(rs, n->u.range_stmt.key);
    ref_node(rs, n->u.range_stmt.value);
    ref_node(rs, n->u.range_stmt.x);
    ref_node(rs, n->u.range_stmt.body);
    return;
  case ND_LABELED_STMT: ref_node(rs, n->u.labeled.stmt); return;
  case ND_DECL_STMT: ref_list(rs, n->u.decl_stmt.decls); return;
  case ND_VAR_SPEC: ref_list(rs, n->u.value_spec.values); return;
  default: return;
  }
  if (!obj || obj->kind != OBJ_FUNC)
    return;
  InlineFunc *g = func_of_object(rs->ctx, obj);
  if (!g && n->kind == ND_NAME)
    g = wrapper_of_ref(rs->ctx, n);
  if (!g && n->kind == ND_SELECTOR && !top_of(rs->f)->is_instance)
    /* T[int].M or x.M as a value: the method of T[int], its wrapper */
    g = method_dict_wrapper(rs->ctx, n, info_of(rs->ctx, n)->selection);
  if (!g && n->kind == ND_SELECTOR)
    g = instance_of_ref(rs->ctx, n, top_of(rs->f));
  if (g)
    ref_edge(rs, g);
}

/* Does the closure use a variable declared outside it (in an enclosing
 * function)?  Positions tell: its own variables are declared inside its
 * text. */
typedef struct CaptureScan {
  Pos start, end;
  bool found;
} CaptureScan;

static void capture_node(void *data, const Node *n) {
  CaptureScan *cs = data;
  if (n->kind != ND_NAME || !n->u.name.object)
    return;
  Object *obj = n->u.name.object;
  if (obj->kind != OBJ_VAR || obj->u.var.var_kind == VAR_PACKAGE ||
      obj->u.var.is_field)
    return;
  if (obj->pos.line == 0) /* a range-over-func rewrite's #next, #yieldN
                             ...: declared where they are used, or in a
                             loop body's closure, which captures anyway */
    return;
  if (pos_before(obj->pos, cs->start) || !pos_before(obj->pos, cs->end))
    cs->found = true;
}

static bool captures(InlineFunc *c) {
  if (c->decl->kind == ND_FUNC_LIT && c->decl->u.func_lit.range_body)
    return true; /* it sets its loop's #stateN */
  if (top_of(c)->is_instance)
    return true; /* a shape instance's closures capture its dictionary */
  CaptureScan cs = {node_start(c->decl), c->decl->end, false};
  node_walk(c->body, capture_node, &cs);
  return cs.found;
}

static uint32_t scc_visit(Ctx *ctx, InlineFunc *f) {
  if (f->visit_id)
    return f->visit_id;
  uint32_t id = ++ctx->visitgen;
  f->visit_id = id;
  ctx->visitgen++;
  RefScan rs = {ctx, f, ctx->visitgen};
  if (f->closures_unread) {
    f->closures_unread = false;
    collect_closures(ctx, f);
  }
  GROW(ctx->stack, ctx->stack_count, ctx->stack_capacity);
  ctx->stack[ctx->stack_count++] = f;
  if (f->wrapped)
    ref_callee(&rs, f->wrapped->u.call.fun);
  else if (f->shaped)
    ref_edge(&rs, f->shaped);
  else if (f == ctx->pkg_init)
    for (int i = 0; i < ctx->init_count; i++)
      ref_list(&rs, ctx->init_specs[i]->u.value_spec.values);
  else if (f->method_closure) { /* its body calls the method */
    InlineFunc *inst = instance_of_ref(ctx, f->decl, top_of(f));
    if (inst)
      ref_edge(&rs, inst);
  } else
    ref_node(&rs, f->body);
  bool root_able = !f->is_closure ||
                   (f->wrapped ? !wrapper_captures(rs.ctx, f) &&
                                     !top_of(f)->is_instance
                               : !captures(f));
  if ((rs.min == id || rs.min == id + 1) && root_able) {
    int i = ctx->stack_count - 1;
    while (i >= 0 && ctx->stack[i] != f)
      i--;
    for (int j = i; j < ctx->stack_count; j++)
      ctx->stack[j]->visit_id = UINT32_MAX;
    for (int j = i; j < ctx->stack_count; j++)
      if (!ctx->stack[j]->analyzed)
        decide_and_record(ctx, ctx->stack[j]);
    ctx->stack_count = i;
  }
  return rs.min;
}

/* Does an initializer call something or make a closure (then gc's init
 * function runs it, rather than laying it out as data)? */
static void find_code(void *data, const Node *n) {
  if (n->kind == ND_CALL || n->kind == ND_FUNC_LIT)
    *(bool *)data = true;
}

/* Does an initializer mention a generic function or method (gc's init
 * function refers to its wrapper)? */
typedef struct GenericMention {
  const Ctx *ctx;
  bool found;
} GenericMention;

static void find_generic(void *data, const Node *n) {
  GenericMention *gm = data;
  if ((n->kind == ND_NAME || n->kind == ND_INDEX || n->kind == ND_SELECTOR) &&
      generic_of_ref(gm->ctx, (Node *)n))
    gm->found = true;
}

static bool mentions_generic(const Ctx *ctx, const Node *values) {
  GenericMention gm = {ctx, false};
  for (const Node *v = values; v && !gm.found; v = v->next)
    node_walk(v, find_generic, &gm);
  return gm.found;
}

static bool runs_code(const Node *values) {
  bool found = false;
  for (const Node *v = values; v && !found; v = v->next)
    node_walk(v, find_code, &found);
  return found;
}

static void collect_funcs(Ctx *ctx, Node **files, int file_count) {
  int inits = 0;
  for (int i = 0; i < file_count; i++) {
    const Source *source = files[i]->u.file.source;
    for (Node *d = files[i]->u.file.decls; d; d = d->next) {
      if (d->kind == ND_VAR_SPEC) {
        /* func literals of package-level initializers: init.func1 ... */
        if (!ctx->pkg_init) {
          ctx->pkg_init = arena_alloc(ctx->arena, sizeof *ctx->pkg_init);
          ctx->pkg_init->name = "init";
        }
        ctx->pkg_init->source = source;
        scan_direct(ctx, ctx->pkg_init, d);
        if (runs_code(d->u.value_spec.values) ||
            mentions_generic(ctx, d->u.value_spec.values)) {
          GROW(ctx->init_specs, ctx->init_count, ctx->init_capacity);
          ctx->init_sources = xrealloc(ctx->init_sources,
                                       sizeof *ctx->init_sources *
                                           (size_t)ctx->init_capacity);
          ctx->init_sources[ctx->init_count] = source;
          ctx->init_specs[ctx->init_count++] = d;
        }
        continue;
      }
      if (d->kind != ND_FUNC_DECL || is_generic_decl(d))
        continue;
      Object *obj = d->u.func_decl.name->u.name.object;
      const char *name = d->u.func_decl.name->u.name.name;
      if (strcmp(name, "_") == 0)
        continue;
      bool is_init = !d->u.func_decl.recv && strcmp(name, "init") == 0;
      InlineFunc *f = arena_alloc(ctx->arena, sizeof *f);
      f->obj = is_init ? NULL : obj;
      f->decl = d;
      f->body = d->u.func_decl.body;
      f->source = source;
      f->pos = d->u.func_decl.name->pos;
      if (d->u.func_decl.recv) /* gc: the receiver's "(" */
        f->pos = node_start(d);
      if (is_init)
        f->name = arena_printf(ctx->arena, "init.%d", inits++);
      else
        f->name =
            d->u.func_decl.recv ? method_name(ctx->arena, d, name) : name;
      GROW(ctx->funcs, ctx->count, ctx->capacity);
      ctx->funcs[ctx->count++] = f;
      if (ctx->closures_on_visit)
        f->closures_unread = true;
      else /* the instances' reading looks into the closures */
        collect_closures(ctx, f);
    }
  }
}

/* `lasting` holds what the plan keeps: the names and type arguments of
 * instances. */
static void analyze(Ctx *ctx, Package *pkg, Node **files, int file_count,
                    Arena *arena, Arena *lasting) {
  memset(ctx, 0, sizeof *ctx);
  ctx->pkg = pkg;
  ctx->arena = arena;
  ctx->names.pkg = pkg;
  ctx->names.arena = lasting;
  ctx->names.shapes.arena = lasting;
  escape_number_local_types(&ctx->names, files, file_count);
  /* Reading the bodies for the instances they mention finds nothing in
   * a package that instantiates nothing (the checker counts it).  Then a
   * function's closures are collected by the call-graph walk, right
   * before it reads the same body for references: one walk brings the
   * body into the caches for both. */
  bool instances = pkg->instantiation_count > 0 ||
                   check_instance_type_count() > 0;
  ctx->closures_on_visit = !instances;
  collect_funcs(ctx, files, file_count);
  index_funcs(ctx);
  if (instances)
    collect_instances(ctx, files, file_count);
  else
    ctx->instances_closed = true;
  /* gc's list starts with the package initializer (never inlined
   * itself), whose values' callees and closures come first */
  if (ctx->pkg_init) {
    ctx->pkg_init->analyzed = true;
    scc_visit(ctx, ctx->pkg_init);
    ctx->init_callees = ctx->order_count;
    for (int i = 0; i < ctx->pkg_init->closure_total; i++)
      scc_visit(ctx, ctx->pkg_init->closures[i]);
  }
  for (int i = 0; i < ctx->count; i++)
    scc_visit(ctx, ctx->funcs[i]);
  for (int i = 0; i < ctx->tail_count; i++)
    scc_visit(ctx, ctx->tail[i]);
}

static void free_closure_lists(InlineFunc *f);

static void release(Ctx *ctx) {
  for (int i = 0; i < ctx->count; i++)
    free(ctx->funcs[i]->closures);
  for (int i = 0; i < ctx->instance_count; i++) {
    free_closure_lists(ctx->instances[i]);
    free(ctx->instances[i]->closures);
  }
  if (ctx->pkg_init) {
    free_closure_lists(ctx->pkg_init);
    free(ctx->pkg_init->closures);
  }
  for (int i = 0; i < ctx->foreign_count; i++) {
    free_closure_lists(ctx->foreign[i]);
    free(ctx->foreign[i]->closures);
  }
  free(ctx->foreign);
  free(ctx->funcs);
  free(ctx->index_keys);
  free(ctx->index_values);
  free(ctx->init_specs);
  free(ctx->init_sources);
  free(ctx->order);
  free(ctx->stack);
  free(ctx->instances);
  free(ctx->wrappers);
  free(ctx->reading);
  free(ctx->tail);
  free(ctx->tail_readers);
  free(ctx->types);
  free(ctx->type_index.next);
  free(ctx->pending);
  free(ctx->wrapped);
  free(ctx->shaped_names);
}

static void free_closure_lists(InlineFunc *f) {
  for (int i = 0; i < f->closure_total; i++) {
    free_closure_lists(f->closures[i]);
    free(f->closures[i]->closures);
  }
}

/* What the body printer asks inline.c about generic code: the context,
 * and for a body of a shape instance (its closures' too), the instance
 * and the shapes of its type parameters. */
typedef struct BodyNames {
  Ctx *ctx;
  const InlineFunc *inst;
  Type **shapes;
} BodyNames;

/* gc's name of t, an instance of a generic type or, in a shape
 * instance, a type parameter: the escape pass's, which spells type
 * arguments as gc's link names and type parameters as their shapes. */
static const char *body_type_name(void *data, Type *t) {
  BodyNames *bn = data;
  if (bn->inst) {
    if (!bn->shapes)
      return NULL;
    t = check_subst(NULL, t, generic_tparams(bn->inst->generic), bn->shapes,
                    bn->inst->targ_count);
  }
  if (!t || escape_mentions_tparam(t))
    return NULL;
  const char *text = escape_type_text(&bn->ctx->names, t);
  return text && *text ? text : NULL;
}

/* Type t of a shape instance's body with the shapes for its type
 * parameters; NULL outside one, or when a shape is not known. */
static Type *body_shape_type(void *data, Type *t) {
  BodyNames *bn = data;
  if (!bn->inst || !bn->shapes || !t)
    return NULL;
  t = check_subst(NULL, t, generic_tparams(bn->inst->generic), bn->shapes,
                  bn->inst->targ_count);
  return t && !escape_mentions_tparam(t) ? t : NULL;
}

static const char *instance_type_name(Ctx *ctx, Type *t) {
  BodyNames bn = {ctx, NULL, NULL};
  return body_type_name(&bn, t);
}

/* Are targs concrete types (none mentions a type parameter or shape)? */
static bool concrete_targs(Type **targs, int count) {
  for (int i = 0; i < count; i++)
    if (!targs[i] || escape_mentions_tparam(targs[i]) ||
        escape_mentions_shape(targs[i]))
      return false;
  return true;
}

/* The dictionary of method g's wrapper, named after its type: the
 * wrapper's name, (*T[int]).M or T[int].M, without the method. */
static const char *type_dict_name(Ctx *ctx, const Object *g,
                                  const char *wrapper) {
  size_t n = strlen(wrapper), m = strlen(g->name);
  if (n < m + 1 || strcmp(wrapper + n - m, g->name) != 0 ||
      wrapper[n - m - 1] != '.')
    return NULL;
  n -= m + 1;
  if (n > 3 && strncmp(wrapper, "(*", 2) == 0 && wrapper[n - 1] == ')')
    return arena_printf(ctx->names.arena, ".dict.%.*s", (int)(n - 3),
                        wrapper + 2);
  return arena_printf(ctx->names.arena, ".dict.%.*s", (int)n, wrapper);
}

/* A call of a generic function or method in a body without type
 * parameters, for the body printer: gc calls the shape instance with
 * the dictionary of the wrapper (of a method: its type's). */
static bool generic_call_text(void *data, const Node *fun,
                              const char **callee, const char **dict) {
  BodyNames *bn = data;
  Ctx *ctx = bn->ctx;
  Type **targs;
  int count;
  const char *wrapper;
  Object *g = generic_ref(ctx, (Node *)fun, &targs, &count);
  if (!g || g->pkg != ctx->pkg || count == 0 || !g->type)
    return false;
  if (bn->inst && !concrete_targs(targs, count)) {
    /* in a shape instance, type arguments that depend on its type
     * parameters: the callee's shape instance for their shapes there,
     * with a sub-dictionary (*dict NULL) */
    targs = targs_within(ctx, bn->inst, targs, count);
    for (int i = 0; i < count; i++)
      if (!targs[i] || escape_mentions_tparam(targs[i]))
        return false;
    *dict = NULL;
    return instance_names(ctx, g, targs, count, callee, &wrapper);
  }
  if (!concrete_targs(targs, count) ||
      !instance_names(ctx, g, targs, count, callee, &wrapper))
    return false;
  *dict = g->type->u.func.recv
              ? type_dict_name(ctx, g, wrapper)
              : arena_printf(ctx->names.arena, ".dict.%s", wrapper);
  return *dict != NULL;
}

/* The body of dictionary wrapper f (F[int], (*T[int]).M): a call of its
 * shape instance with its dictionary, a method's named after its type. */
static const char *wrapper_body(Ctx *ctx, Arena *arena, const InlineFunc *f) {
  const Object *g = f->generic;
  if (!g || g->pkg != ctx->pkg || !g->type || !f->shaped)
    return ""; /* gc's name of another package's dictionary: not known */
  if (!concrete_targs(f->targs, f->targ_count))
    return "";
  BodyNames bn = {ctx, NULL, NULL};
  AstGenericNames names = {&bn, body_type_name, generic_call_text, false,
                           NULL, NULL};
  AstWrapper w = {NULL, instance_type(f, g->type), g->type, f->shaped->name,
                  NULL};
  if (g->type->u.func.recv) {
    w.recv = instance_type(f, g->type->u.func.recv->type);
    Type *named = is_ptr(w.recv) ? w.recv->u.pointer.elem : w.recv;
    const char *type = instance_type_name(ctx, named);
    if (!type)
      return "";
    w.dict = arena_printf(arena, ".dict.%s", type);
  } else {
    w.dict = arena_printf(arena, ".dict.%s", f->name);
  }
  return ast_print_wrapper_body(arena, ctx->pkg, &names, &w);
}

/* The body after "as:" of f, "" when the printer does not know it. */
static const char *inline_body(Ctx *ctx, Arena *arena, const InlineFunc *f) {
  if (f->shaped && !f->is_instance)
    return wrapper_body(ctx, arena, f);
  /* a closure of a shape instance spells its types with the shapes */
  const InlineFunc *inst = f;
  while (inst && !inst->is_instance)
    inst = inst->outer;
  BodyNames bn = {ctx, inst, NULL};
  if (inst)
    bn.shapes = escape_instance_shapes(&ctx->names, inst->generic,
                                       inst->targs, inst->targ_count);
  AstGenericNames names = {&bn, body_type_name, generic_call_text,
                           f->is_instance, inst ? inst->decl : NULL,
                           body_shape_type};
  if (f->method_closure) /* printed where the instance's body reads it */
    return inst ? ast_print_inline_body(arena, ctx->pkg, &names, inst->decl,
                                        f->decl)
                : "";
  return ast_print_inline_body(arena, ctx->pkg, &names,
                               f->wrapped ? f->outer->decl : f->decl,
                               f->wrapped ? f->decl : NULL);
}

/* The decisions as records, in gc's order; returns how many functions
 * goesc could not cost. */
static int emit_decisions(Ctx *ctx, const InlineOptions *options,
                          DiagnosticList *out) {
  int unsupported = 0;
  for (int i = 0; i < ctx->order_count; i++) {
    InlineFunc *f = ctx->order[i];
    if (f->unsupported) {
      unsupported++;
      continue;
    }
    Diagnostic d;
    memset(&d, 0, sizeof d);
    d.source = f->source;
    d.pos = f->pos;
    d.subject = f->name;
    if (f->inlinable) {
      d.kind = options->m_level > 1 ? DIAG_CAN_INLINE_COST : DIAG_CAN_INLINE;
      d.number = f->cost;
      /* the body after "as:" is printed at -m=2 only: at -m it would
       * cost a formatting of every inlinable function for nothing */
      if (options->m_level > 1)
        d.other = inline_body(ctx, ctx->arena, f);
    } else {
      if (options->m_level < 2)
        continue;
      d.kind = DIAG_CANNOT_INLINE;
      d.other = f->reason;
    }
    report_add(out, &d);
  }
  return unsupported;
}

static void release_all(Ctx *ctx, Arena *arena) {
  for (int i = 0; i < ctx->count; i++)
    free_closure_lists(ctx->funcs[i]);
  release(ctx);
  arena_free(arena);
}

int inline_analyze_package(Package *pkg, Node **files, int file_count,
                           const InlineOptions *options, DiagnosticList *out,
                           int *unsupported_out) {
  Arena arena;
  arena_init(&arena);
  Ctx ctx;
  analyze(&ctx, pkg, files, file_count, &arena, &arena);
  int unsupported = emit_decisions(&ctx, options, out);
  if (unsupported_out)
    *unsupported_out = unsupported;
  release_all(&ctx, &arena);
  return EXIT_OK;
}

/* ---- The inlining plan: which calls gc expands, in its order ----
 *
 * gc's interleaved pass (inline/interleaved) takes the functions in the
 * order of their decisions.  In each it collects the calls children
 * first (f(g()) meets g before f), leaving out the call a go or defer
 * statement makes, and tries them in that order; each expansion adds the
 * calls of the expanded body to the next generation, which is tried once
 * the current one is done.  A call is expanded when its callee can be
 * inlined, costs no more than 80, and is not already being expanded on
 * the way to this call (a recursion cycle).  Each expansion prints
 * `inlining call to f` at the outermost call site. */

typedef struct Candidate {
  const Node *call;          /* NULL: a call named by //goesc:inlcalls */
  InlineSite *parent;
  const char *model_name;    /* for the //goesc:inlcalls ones */
  const Source *source;      /* its file, when not the function's */
  InlineSite *through;       /* a call expanded through a dictionary
                                wrapper: its site, whose shape instance
                                gc expands in this generation */
} Candidate;

/* A func literal of an expanded body: gc copies the closure into the
 * function compiled, and names the copy after it (main.f.func1). */
typedef struct LitCopy {
  const Node *lit;
  const InlineSite *home;    /* the expansion whose body holds it; NULL:
                                the function's own literal */
  const char *name;
  bool announced;            /* its "can inline" line is printed */
  int expanded;              /* calls of it expanded */
} LitCopy;

typedef struct Planner {
  Ctx *ctx;
  InlinePlan *plan;
  InlineFunc *fn;            /* the function whose calls are expanded */
  Candidate *next;           /* the next generation */
  int next_count, next_capacity;
  InlineSite *first, *last;  /* the function's sites so far */
  InlineSite *parent;        /* while collecting an expanded body */
  DiagnosticList *out;
  int out_m_level;           /* -m level of the lines */
  bool ignore_wrappers;      /* InlineOptions.ignore_wrappers */
  Walk locals;               /* the local variables of ... */
  InlineFunc *locals_of;     /* ... this top-level function */
  LitCopy *copies;           /* the closures expansions copied */
  int copy_count, copy_capacity;
  const Source *source;      /* the file of the calls being collected */
  struct {                   /* dictionary wrappers a function calls once
                                devirtualized: gc inlines in them first */
    InlineFunc *fn, *wrapper;
    const Node *call;        /* the devirtualized call in fn's body */
    int anchor;              /* planned after ctx->order[anchor] (-1:
                                just before fn) */
  } *callees;
  int callee_count, callee_capacity;
  EscMap planned;            /* the dictionary wrappers planned (a set) */
  EscMap types_met;          /* the types visit_type has met (a set) */
  InlineWrapper **wrapper_tail; /* where the next method wrapper goes */
  InlineWrapper **dict_tail;    /* where the next dictionary wrapper goes */
} Planner;

/* One of the inliner's lines, in the plan's order. */
static void plan_line(Planner *p, const Source *source, Pos pos,
                      DiagnosticKind kind, const char *subject,
                      const char *other, int number) {
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.source = source;
  d.pos = pos;
  d.kind = kind;
  d.subject = subject;
  d.other = other;
  d.number = number;
  report_add(p->out, &d);
}

/* The body after "as:" of a closure's copy: gc reads the copy from the
 * same export data as the literal, so it prints as the literal does
 * (at -m=2 only; "" when the printer does not know it). */
static const char *copy_body(Planner *p, const InlineFunc *closure) {
  if (p->out_m_level < 2)
    return "";
  return inline_body(p->ctx, &p->plan->arena, closure);
}

/* The locals of top_of(scope), scanned once per top-level function. */
static Walk *planner_locals(Planner *p, InlineFunc *scope) {
  InlineFunc *top = locals_root(scope);
  if (p->locals_of != top) {
    free(p->locals.locals);
    memset(&p->locals, 0, sizeof p->locals);
    p->locals.ctx = p->ctx;
    p->locals_of = top;
    node_walk(top->body, scan_locals, &p->locals);
  }
  p->locals.fn = scope;
  return &p->locals;
}

static void plan_unsupported(Planner *p, const Node *n, const char *what) {
  if (p->plan->unsupported)
    return;
  p->plan->unsupported = what;
  p->plan->unsupported_source = p->fn ? p->fn->source : NULL;
  if (n || p->fn)
    p->plan->unsupported_pos = n ? n->pos : p->fn->pos;
}

static void add_candidate(Planner *p, const Node *call, InlineSite *parent,
                          const char *model_name) {
  GROW(p->next, p->next_count, p->next_capacity);
  Candidate *c = &p->next[p->next_count++];
  c->call = call;
  c->parent = parent;
  c->model_name = model_name;
  c->source = p->source;
  c->through = NULL;
}

/* The copy (or the function's own literal, home NULL) of lit in home;
 * made when `create`, else NULL when there is none. */
static LitCopy *lit_copy(Planner *p, const Node *lit, const InlineSite *home,
                         bool create) {
  for (int i = 0; i < p->copy_count; i++)
    if (p->copies[i].lit == lit && p->copies[i].home == home)
      return &p->copies[i];
  if (!create)
    return NULL;
  GROW(p->copies, p->copy_count, p->copy_capacity);
  LitCopy *copy = &p->copies[p->copy_count++];
  memset(copy, 0, sizeof *copy);
  copy->lit = lit;
  copy->home = home;
  return copy;
}

/* A callee's name in the names of the closures an expansion copies:
 * without its package, when it comes from an imported package's source
 * (gc's symbol name: chunks.Chunk[go.shape.[]int,go.shape.int].func1). */
static const char *callee_symbol(const InlineSite *site) {
  const Object *obj = site->callee_obj;
  const char *name = site->callee_name;
  size_t n = obj && obj->pkg && obj->pkg->from_source
                 ? strlen(obj->pkg->name)
                 : 0;
  if (n && strncmp(name, obj->pkg->name, n) == 0 && name[n] == '.')
    return name + n + 1;
  return name;
}

/* The callees of the expansions from the outermost down to `site`,
 * joined by dots: gc names a copied closure after all of them (the body
 * of a range-over-func loop is expanded inside its iterator's body:
 * f.seq.f-range1.func2). */
static const char *expansion_path(Planner *p, const InlineSite *site) {
  const char *path = callee_symbol(site);
  for (const InlineSite *s = site->parent; s; s = s->parent)
    path = arena_printf(&p->plan->arena, "%s.%s", callee_symbol(s), path);
  return path;
}

/* Is s the expansion of a closure: a func literal, or gc's closure for a
 * method expression (InlineFunc's method_closure)? */
static bool closure_site(const InlineSite *s) {
  return s && s->callee_decl && (s->callee_decl->kind == ND_FUNC_LIT ||
                                 s->callee_decl->kind == ND_SELECTOR);
}

/* The file of the body an expansion walks (NULL: the function's own):
 * an imported generic function's is in its package's source. */
static const Source *body_source(Planner *p, const InlineSite *home) {
  while (closure_site(home))
    home = home->home;
  if (home && home->callee_obj && home->callee_obj->source)
    return home->callee_obj->source;
  return p->fn->source;
}

static InlineFunc *scope_of(Planner *p, const InlineSite *ctx);

static void collect_call(void *data, const Node *n) {
  Planner *p = data;
  if (n->kind == ND_CALL) {
    add_candidate(p, n, p->parent, NULL);
  } else if (n->kind == ND_GO_STMT || n->kind == ND_DEFER_STMT) {
    /* the statement's own call is never expanded; it is the last call
     * collected, its arguments' calls coming before it */
    const Node *c = unparen(n->u.go_defer.call);
    if (p->next_count > 0 && p->next[p->next_count - 1].call == c &&
        p->next[p->next_count - 1].parent == p->parent)
      p->next_count--;
  } else if (n->kind == ND_FUNC_LIT && p->parent &&
             n->u.func_lit.range_body) {
    /* a loop body copied with an expanded body (its own function's too)
     * is named after the expansions, as other closures (f.seq.f-range3),
     * and numbered after the range bodies of the function it is named
     * after */
    InlineFunc *namer = naming_parent(p->fn);
    LitCopy *copy = lit_copy(p, n, p->parent, true);
    copy->name = arena_printf(&p->plan->arena, "%s.%s-range%d", namer->name,
                              expansion_path(p, p->parent),
                              ++namer->range_count);
  } else if (p->parent &&
             (n->kind == ND_FUNC_LIT ||
              (n->kind == ND_SELECTOR &&
               method_closure_of(top_of(scope_of(p, p->parent)), n)))) {
    /* the expansion copies the closure into the function compiled, and
     * numbers it after the closures of the function it is named after
     * (gc's closureName: f.g.func3 in a function, f.func1.g.2 in a
     * closure; a range-over-func body's are its loop's function's) */
    InlineFunc *namer = naming_parent(p->fn);
    LitCopy *copy = lit_copy(p, n, p->parent, true);
    copy->name = arena_printf(&p->plan->arena, "%s.%s.%s%d", namer->name,
                              expansion_path(p, p->parent),
                              namer->is_closure ? "" : "func",
                              ++namer->closure_count);
  }
}

/* gc's name of an imported function or method: pkg.F, pkg.T.M,
 * pkg.(*T).M. */
static const char *imported_name(Arena *arena, const Object *obj) {
  const char *pkg = obj->pkg && obj->pkg->name ? obj->pkg->name : "?";
  Type *sig = obj->type;
  if (!sig || sig->kind != TY_FUNC || !sig->u.func.recv)
    return arena_printf(arena, "%s.%s", pkg, obj->name);
  Type *rt = sig->u.func.recv->type;
  bool ptr = rt && rt->kind == TY_POINTER;
  if (ptr)
    rt = rt->u.pointer.elem;
  const char *tname =
      rt && rt->kind == TY_NAMED ? rt->u.named.obj->name : "?";
  return ptr ? arena_printf(arena, "%s.(*%s).%s", pkg, tname, obj->name)
             : arena_printf(arena, "%s.%s.%s", pkg, tname, obj->name);
}

/* Where the names of an expansion's body are declared: the callee's
 * function (a closure's names are where its literal is). */
static InlineFunc *scope_of(Planner *p, const InlineSite *ctx) {
  const Node *lit = NULL;
  while (closure_site(ctx)) {
    lit = ctx->callee_decl;
    ctx = ctx->home;
  }
  /* the package initializer has no body: the names of one of its
   * literals are declared in the literal (locals_root finds the
   * outermost one) */
  if (!ctx && lit && !p->fn->body && p->fn == p->ctx->pkg_init) {
    InlineFunc *c = closure_of_lit(p->fn, lit);
    if (c)
      return c;
  }
  InlineFunc *f = NULL;
  if (ctx && ctx->targs) /* a shape instance */
    f = find_generic_func(&p->ctx->instance_index,
                          ctx->through_wrapper ? ctx->through_wrapper
                                               : ctx->callee_name);
  else if (ctx)
    f = func_of_object(p->ctx, ctx->callee_obj);
  return f ? f : p->fn;
}

/* The signature of an expansion's callee. */
static Type *site_sig(const InlineSite *s) {
  if (s->callee_decl && s->callee_decl->kind == ND_FUNC_LIT)
    return s->callee_decl->type;
  return s->callee_obj ? s->callee_obj->type : NULL;
}

/* The site of an expanded call, if the call was expanded. */
static const InlineSite *site_of(Planner *p, const Node *call,
                                 const InlineSite *ctx) {
  for (const InlineSite *s = p->first; s; s = s->next)
    if (s->call == call && s->parent == ctx)
      return s;
  return NULL;
}

/* A callee gc may delay the results of (CanDelayResults): unnamed
 * results and one return statement; its one value, or NULL. */
typedef struct Returns {
  int count;
  Node *value;
} Returns;

static void count_return(void *data, const Node *n) {
  Returns *r = data;
  if (n->kind == ND_RETURN_STMT) {
    r->count++;
    r->value = n->u.return_stmt.results && !n->u.return_stmt.results->next
                   ? n->u.return_stmt.results
                   : NULL;
  }
}

static Node *single_return(const Node *decl) {
  Type *sig = decl->u.func_decl.name->u.name.object
                  ? decl->u.func_decl.name->u.name.object->type
                  : NULL;
  if (!sig || sig->kind != TY_FUNC || sig->u.func.results->u.tuple.count != 1)
    return NULL;
  const char *rname = sig->u.func.results->u.tuple.vars[0]->name;
  if (rname && rname[0])
    return NULL;
  Returns r = {0, NULL};
  node_walk_post(decl->u.func_decl.body, count_return, &r);
  return r.count == 1 ? r.value : NULL;
}

/* The argument of the expanded call that defines a parameter, or NULL. */
static Node *argument_of(const InlineSite *s, const Object *param) {
  Type *sig = site_sig(s);
  if (!s->call || !sig || sig->kind != TY_FUNC)
    return NULL;
  Type *params = sig->u.func.params;
  int index = -1;
  for (int i = 0; i < params->u.tuple.count; i++)
    if (params->u.tuple.vars[i] == param)
      index = i;
  if (index < 0 || (sig->u.func.variadic && index == params->u.tuple.count - 1))
    return NULL;
  Node *arg = s->call->u.call.args;
  if (arg && arg->type && arg->type->kind == TY_TUPLE)
    return NULL;
  for (int i = 0; arg && i < index; i++)
    arg = arg->next;
  return arg;
}

/* What a call's operand holds statically (gc's inlCallee with
 * ir.StaticValue): a function, or a func literal together with the
 * expansion whose body holds it.  It follows locals never assigned
 * again, the parameters of expanded bodies to their arguments, and the
 * result of an expanded call to what its callee returns. */
/* T.M or (*T).M naming the method itself; (*T).M of a value method M,
 * or a promoted M, names one of gc's wrappers, made after inlining. */
static bool exact_method_expr(const Selection *s) {
  Type *sig = s->obj->type;
  if (s->via_interface || s->depth != 1 || !sig || sig->kind != TY_FUNC ||
      !sig->u.func.recv)
    return false;
  return is_ptr(s->recv) == is_ptr(sig->u.func.recv->type);
}

typedef struct Resolved {
  Object *func;
  Node *lit;
  Node *generic;             /* a generic function's value, F[int] */
  const InlineSite *home;    /* where lit (or generic) is */
  const Object *binding;     /* the local or parameter that held lit */
} Resolved;

/* What an expression holds statically, in the context of the expansion
 * ctx (NULL: the function's own body), as gc's ir.StaticValue sees it
 * after inlining: locals never assigned again, the parameters of
 * expanded bodies (defined by their arguments, in the caller's context),
 * and the result of an expanded call whose callee has one return
 * (CanDelayResults).  *ctx is updated; *binding receives the last local
 * or parameter followed, *steps how many were. */
static Node *static_node(Planner *p, Node *n, const InlineSite **ctx,
                         const Object **binding, int *steps) {
  *steps = 0;
  for (; *steps < 16; (*steps)++) {
    n = unparen(n);
    if (n->kind == ND_CALL) {
      const InlineSite *s = site_of(p, n, *ctx);
      Node *value = s && s->callee_decl &&
                            s->callee_decl->kind == ND_FUNC_DECL
                        ? single_return(s->callee_decl)
                        : NULL;
      if (!value)
        return n;
      n = value;
      *ctx = s;
      *binding = NULL;
      continue;
    }
    if (n->kind != ND_NAME || !n->u.name.object)
      return n;
    Object *obj = n->u.name.object;
    if (obj->kind != OBJ_VAR || obj->u.var.var_kind == VAR_PACKAGE)
      return n;
    LocalVar *v = local_of(planner_locals(p, scope_of(p, *ctx)), obj, false);
    if (v && v->assigns)
      return n;
    if (obj->u.var.var_kind == VAR_PARAM && *ctx) {
      Node *arg = argument_of(*ctx, obj);
      if (!arg)
        return n;
      n = arg;
      *ctx = (*ctx)->parent;
      *binding = obj;
      continue;
    }
    if (!v || !v->value)
      return n;
    n = v->value;
    *binding = obj;
  }
  return n;
}

static Resolved resolve_callee(Planner *p, Node *fun, const InlineSite *ctx) {
  Resolved r;
  memset(&r, 0, sizeof r);
  int steps;
  fun = static_node(p, fun, &ctx, &r.binding, &steps);
  InlineFunc *top = top_of(scope_of(p, ctx));
  if (fun->kind == ND_SELECTOR && method_closure_of(top, fun)) {
    /* gc's closure for a method expression, like a func literal.  Called
     * from a func literal of its function, the cost walk refuses it; from
     * a go/defer wrapper, which captures it, it is not modeled. */
    if (!ctx && p->fn != top)
      plan_unsupported(p, fun, "a method expression's closure called from "
                               "a go/defer wrapper");
    r.lit = fun;
    r.home = ctx;
  } else if (fun->kind == ND_FUNC_LIT) {
    r.lit = fun;
    r.home = ctx;
  } else if (steps > 0 && generic_of_ref(p->ctx, fun) &&
             !generic_method_value(p->ctx, fun)) {
    r.generic = fun;
    r.home = ctx;
  } else if (fun->kind == ND_SELECTOR) {
    const ExprInfo *si = info_of(p->ctx, fun);
    const Selection *s = si ? si->selection : NULL;
    /* x.m() calls m; a method value held in a variable is a closure gc
     * does not follow */
    if (s && s->obj && s->obj->kind == OBJ_FUNC &&
        (s->kind == SEL_QUALIFIED ||
         (s->kind == SEL_METHOD_EXPR && exact_method_expr(s)) ||
         (s->kind == SEL_METHOD_VALUE && !s->via_interface && steps == 0)))
      r.func = s->obj;
  } else if (fun->kind == ND_NAME && fun->u.name.object &&
             fun->u.name.object->kind == OBJ_FUNC) {
    r.func = fun->u.name.object;
  }
  return r;
}

/* ---- Devirtualization ----
 *
 * gc's devirtualizer (devirtualize.StaticCall) runs as the inliner
 * resolves each call: an interface method call i.M() whose i statically
 * holds a conversion from a concrete type T becomes a call of T's M,
 * which may then be expanded.  It says `devirtualizing i.M to T`: for
 * the calls of every function's body first, before any expansion, and
 * for the calls of expanded bodies a generation at a time, before the
 * generation is expanded (devirtualize_generation). */

/* gc 1.26's concrete-type analysis (devirtualize.concreteType): what an
 * interface value holds, when every assignment of the local it comes from
 * agrees.  A value of concrete type is that type; conversions, parens
 * and type assertions are looked through; an expanded call is its result
 * variable; a local (not a parameter of the function, not address-taken)
 * holds the one concrete type all its non-nil assignments give it: values
 * (followed in turn), the declared types of results of calls not
 * expanded, the element types of ranges, map reads and receives, the
 * operand of a type switch for the clauses' variables.  NULL: unknown. */

static Type *const NO_TYPE = (Type *)&NO_TYPE; /* only nil, or seen */

typedef struct Concrete {
  Planner *p;
  const Object *seen[32]; /* the variables being analyzed */
  const InlineSite *seen_ctx[32];
  int nseen;
} Concrete;

static Type *concrete_type(Concrete *c, Node *n, const InlineSite *ctx);
static Type *concrete_result(Concrete *c, const InlineSite *site, int index);
/* The body an expansion walks. */
static Node *site_body(const InlineSite *s) {
  return s->callee_decl->kind == ND_FUNC_LIT ? s->callee_decl->u.func_lit.body
                                             : s->callee_decl->u.func_decl.body;
}


/* Merge one assignment's type into *typ; false: give up (unknown). */
static bool merge_type(Type **typ, Type *t) {
  if (t == NO_TYPE)
    return true;
  if (!t || is_interface_type(t))
    return false;
  if (*typ && !types_identical(*typ, t))
    return false;
  *typ = t;
  return true;
}

/* The type a call's result i gives: the result variable of its expansion,
 * else its declared type. */
static Type *call_result_type(Concrete *c, Node *call, int i,
                              const InlineSite *ctx) {
  const InlineSite *s = site_of(c->p, call, ctx);
  if (s && s->callee_decl)
    return concrete_result(c, s, i);
  Type *t = call->type;
  if (t && t->kind == TY_TUPLE)
    t = i < t->u.tuple.count ? t->u.tuple.vars[i]->type : NULL;
  return t;
}

typedef struct Assignments {
  Concrete *c;
  const Object *var;
  const InlineSite *ctx;
  Type *typ;
  bool unknown;
} Assignments;

static void note_assignment(Assignments *a, Type *t) {
  if (!a->unknown && !merge_type(&a->typ, t))
    a->unknown = true;
}

static bool is_var(const Node *n, const Object *var) {
  n = unparen((Node *)n);
  return n && n->kind == ND_NAME && n->u.name.object == var;
}

static void find_assignment(void *data, const Node *n) {
  Assignments *a = data;
  if (a->unknown)
    return;
  switch (n->kind) {
  case ND_UNARY:
    if (n->u.unary.op == TK_AND && is_var(n->u.unary.x, a->var))
      a->unknown = true; /* its address is taken */
    break;
  case ND_ASSIGN_STMT:
  case ND_VAR_SPEC: {
    Node *lhs = n->kind == ND_ASSIGN_STMT ? n->u.assign.lhs
                                          : n->u.value_spec.names;
    Node *rhs = n->kind == ND_ASSIGN_STMT ? n->u.assign.rhs
                                          : n->u.value_spec.values;
    if (n->kind == ND_ASSIGN_STMT && n->u.assign.op != TK_ASSIGN &&
        n->u.assign.op != TK_DEFINE)
      break;
    int nl = list_length(lhs), nr = list_length(rhs);
    int i = 0;
    for (Node *l = lhs; l; l = l->next, i++) {
      if (!is_var(l, a->var))
        continue;
      if (nl == nr) {
        Node *r = rhs;
        for (int j = 0; j < i; j++)
          r = r->next;
        if (unparen(r)->kind == ND_BASIC_LIT ||
            (unparen(r)->kind == ND_NAME && unparen(r)->u.name.object &&
             unparen(r)->u.name.object->kind == OBJ_NIL))
          continue; /* nil: no assignment */
        note_assignment(a, concrete_type(a->c, r, a->ctx));
      } else if (nr == 1) {
        Node *r = unparen(rhs);
        if (r->kind == ND_CALL && r->type && r->type->kind == TY_TUPLE)
          note_assignment(a, call_result_type(a->c, r, i, a->ctx));
        else if (r->kind == ND_TYPE_ASSERT && i == 0)
          note_assignment(a, concrete_type(a->c, r, a->ctx));
        else if (r->kind == ND_INDEX && i == 0)
          note_assignment(a, r->type); /* v, ok := m[k] */
        else if (r->kind == ND_UNARY && i == 0)
          note_assignment(a, r->type); /* v, ok := <-c */
        else
          a->unknown = true;
      } else if (nr > 0) {
        a->unknown = true;
      }
    }
    break;
  }
  case ND_RANGE_STMT: {
    Type *xt = under(n->u.range_stmt.x->type);
    if (xt && xt->kind == TY_POINTER)
      xt = under(xt->u.pointer.elem);
    Type *kt = NULL, *vt = NULL;
    if (xt && (xt->kind == TY_SLICE || xt->kind == TY_ARRAY))
      vt = xt->kind == TY_SLICE ? xt->u.slice.elem : xt->u.array.elem;
    else if (xt && xt->kind == TY_MAP)
      kt = xt->u.map.key, vt = xt->u.map.elem;
    else if (xt && xt->kind == TY_CHAN)
      kt = xt->u.chan.elem;
    if (is_var(n->u.range_stmt.key, a->var))
      note_assignment(a, kt);
    if (is_var(n->u.range_stmt.value, a->var))
      note_assignment(a, vt);
    break;
  }
  default:
    break;
  }
}

/* A type switch clause's variable holds the switched value. */
static void find_clause_assignment(void *data, const Node *n) {
  Assignments *a = data;
  if (a->unknown || n->kind != ND_SWITCH_STMT)
    return;
  const Node *tag = n->u.switch_stmt.tag;
  if (!tag || tag->kind != ND_TYPE_SWITCH_GUARD || !tag->u.guard.lhs)
    return;
  /* every clause's variable is declared by the guard's name */
  if (a->var->ident == tag->u.guard.lhs)
    note_assignment(a, concrete_type(a->c, tag->u.guard.x, a->ctx));
}

/* What a local (in the body of ctx) holds. */
static Type *concrete_var(Concrete *c, const Object *var,
                          const InlineSite *ctx) {
  for (int i = 0; i < c->nseen; i++)
    if (c->seen[i] == var && c->seen_ctx[i] == ctx)
      return NO_TYPE;
  if (c->nseen == 32)
    return NULL;
  c->seen[c->nseen] = var;
  c->seen_ctx[c->nseen++] = ctx;
  Assignments a = {c, var, ctx, NULL, false};
  if (var->u.var.var_kind == VAR_PARAM || var->u.var.var_kind == VAR_RECV ||
      var->u.var.var_kind == VAR_RESULT) {
    /* gc's PPARAM: unknown, unless an expansion made it a local defined
     * by its argument */
    if (!ctx || !ctx->call || var->u.var.var_kind == VAR_RESULT)
      return NULL;
    Node *arg = argument_of(ctx, var);
    if (!arg)
      return NULL;
    note_assignment(&a, concrete_type(c, arg, ctx->parent));
  }
  Node *body = ctx ? site_body(ctx) : locals_root(c->p->fn)->body;
  node_walk(body, find_assignment, &a);
  node_walk(body, find_clause_assignment, &a);
  if (a.unknown)
    return NULL;
  return a.typ ? a.typ : NO_TYPE;
}

/* Result i of an expansion: what its returns give. */
typedef struct ReturnTypes {
  Concrete *c;
  const InlineSite *site;
  int index;
  Type *typ;
  bool unknown;
} ReturnTypes;

static void find_return(void *data, const Node *n) {
  ReturnTypes *r = data;
  if (r->unknown || n->kind != ND_RETURN_STMT)
    return;
  Node *results = n->u.return_stmt.results;
  int count = list_length(results);
  Type *t;
  if (count == 0) {
    r->unknown = true; /* a bare return of named results */
    return;
  }
  if (count == 1 && unparen(results)->kind == ND_CALL &&
      results->type && results->type->kind == TY_TUPLE)
    t = call_result_type(r->c, unparen(results), r->index, r->site);
  else {
    Node *v = results;
    for (int i = 0; v && i < r->index; i++)
      v = v->next;
    if (!v) {
      r->unknown = true;
      return;
    }
    Node *u = unparen(v);
    if (u->kind == ND_NAME && u->u.name.object &&
        u->u.name.object->kind == OBJ_NIL)
      return; /* nil */
    t = concrete_type(r->c, v, r->site);
  }
  if (!merge_type(&r->typ, t))
    r->unknown = true;
}

static Type *concrete_result(Concrete *c, const InlineSite *site, int index) {
  if (site->callee_decl->kind != ND_FUNC_DECL)
    return NULL;
  ReturnTypes r = {c, site, index, NULL, false};
  node_walk_post(site->callee_decl->u.func_decl.body, find_return, &r);
  if (r.unknown)
    return NULL;
  return r.typ ? r.typ : NO_TYPE;
}

static bool pos_le(Pos a, Pos b) {
  return a.line < b.line || (a.line == b.line && a.col <= b.col);
}

/* Is the variable declared inside the func literal (a parameter or a
 * local of it), rather than captured? */
static bool declared_in(const Object *var, const Node *lit) {
  return pos_le(node_start(lit), var->pos) && pos_le(var->pos, lit->end);
}

static Type *concrete_type(Concrete *c, Node *n, const InlineSite *ctx) {
  for (int guard = 0; guard < 32; guard++) {
    if (!n->type || !is_interface_type(n->type))
      return n->type;
    if (n->kind == ND_PAREN || n->kind == ND_IMPLICIT_CONV) {
      n = n->u.paren.x;
      continue;
    }
    if (n->kind == ND_TYPE_ASSERT) {
      n = n->u.assert.x;
      continue;
    }
    if (n->kind == ND_CALL) {
      const ExprInfo *vi = info_of(c->p->ctx, n);
      if (vi && vi->call_kind == CALL_CONVERSION && n->u.call.args) {
        n = n->u.call.args;
        continue;
      }
      const InlineSite *s = site_of(c->p, n, ctx);
      return s && s->callee_decl ? concrete_result(c, s, 0) : NULL;
    }
    if (n->kind != ND_NAME || !n->u.name.object ||
        n->u.name.object->kind != OBJ_VAR ||
        n->u.name.object->u.var.var_kind == VAR_PACKAGE)
      return NULL;
    /* an expanded closure's captured variable is the home body's */
    const Object *var = n->u.name.object;
    while (ctx && ctx->callee_decl && ctx->callee_decl->kind == ND_FUNC_LIT &&
           !declared_in(var, ctx->callee_decl))
      ctx = ctx->home;
    return concrete_var(c, var, ctx);
  }
  return NULL;
}

/* The concrete method an interface call statically calls, or NULL. */
/* The plan's devirtualized calls by (call, ctx): a hash index, since the
 * planner and the escape pass ask for every call they meet. */
static size_t devirt_hash(const Node *call, const InlineSite *ctx,
                          size_t size) {
  uintptr_t h = (uintptr_t)call * 31u + (uintptr_t)ctx;
  h ^= h >> 17;
  h *= (uintptr_t)0x9E3779B97F4A7C15ull;
  return (size_t)(h >> 7) & (size - 1);
}

static const InlineDevirt *devirt_find(const InlinePlan *plan,
                                       const Node *call,
                                       const InlineSite *ctx) {
  if (!plan || plan->devirt_slot_count == 0)
    return NULL;
  size_t mask = plan->devirt_slot_count - 1;
  for (size_t j = devirt_hash(call, ctx, plan->devirt_slot_count);
       plan->devirt_slots[j]; j = (j + 1) & mask) {
    const InlineDevirt *d = &plan->devirts[plan->devirt_slots[j] - 1];
    if (d->call == call && d->ctx == ctx)
      return d;
  }
  return NULL;
}

static void devirt_index_put(InlinePlan *plan, int index) {
  if (2 * (size_t)(index + 1) > plan->devirt_slot_count) {
    free(plan->devirt_slots);
    plan->devirt_slot_count =
        plan->devirt_slot_count ? 2 * plan->devirt_slot_count : 64;
    plan->devirt_slots =
        xmalloc(sizeof *plan->devirt_slots * plan->devirt_slot_count);
    memset(plan->devirt_slots, 0,
           sizeof *plan->devirt_slots * plan->devirt_slot_count);
    for (int i = 0; i < index; i++) /* again, the ones before */
      devirt_index_put(plan, i);
  }
  const InlineDevirt *d = &plan->devirts[index];
  size_t mask = plan->devirt_slot_count - 1;
  size_t j = devirt_hash(d->call, d->ctx, plan->devirt_slot_count);
  while (plan->devirt_slots[j])
    j = (j + 1) & mask;
  plan->devirt_slots[j] = index + 1;
}

/* Does struct type t embed an interface, at any depth?  (A method
 * promoted through one is devirtualized partially: not modeled.) */
static bool embeds_interface(Type *t, int depth) {
  Type *u = t ? under(t) : NULL;
  if (!u || u->kind != TY_STRUCT || depth > 8)
    return false;
  for (int i = 0; i < u->u.strct.field_count; i++) {
    Object *f = u->u.strct.fields[i];
    if (!f->u.var.embedded)
      continue;
    Type *ft = is_ptr(f->type) ? f->type->u.pointer.elem : f->type;
    if (is_interface_type(ft) || embeds_interface(ft, depth + 1))
      return true;
  }
  return false;
}

static const InlineDevirt *devirtualize_call(Planner *p, const Node *call,
                                             const InlineSite *ctx) {
  InlinePlan *plan = p->plan;
  const InlineDevirt *known = devirt_find(plan, call, ctx);
  if (known)
    return known;
  Node *fun = unparen(call->u.call.fun);
  if (fun->kind != ND_SELECTOR)
    return NULL;
  const ExprInfo *si = info_of(p->ctx, fun);
  const Selection *s = si ? si->selection : NULL;
  if (!s || s->kind != SEL_METHOD_VALUE || !s->via_interface ||
      s->depth != 1 || !is_interface_type(fun->u.selector.x->type))
    return NULL;
  Concrete c;
  memset(&c, 0, sizeof c);
  c.p = p;
  Type *concrete = concrete_type(&c, fun->u.selector.x, ctx);
  if (!concrete || concrete == NO_TYPE || is_interface_type(concrete) ||
      concrete->kind == TY_TYPEPARAM)
    return NULL;
  if (escape_iface_mentions_tparam(fun->u.selector.x->type)) {
    /* gc: "cannot devirtualize x.M(): shaped interface ..." (not modeled) */
    plan_unsupported(p, call, "a call on a shaped interface");
    return NULL;
  }
  Type *named = is_ptr(concrete) ? concrete->u.pointer.elem : concrete;
  if (!named || named->kind != TY_NAMED || named->u.named.tparam_count > 0 ||
      escape_mentions_tparam(named))
    return NULL; /* (gc does not devirtualize to a type of shapes) */
  /* an instance of a generic type: its methods are the generic ones */
  Type *origin = named->u.named.origin ? named->u.named.origin : named;
  const char *name = fun->u.selector.sel->u.name.name;
  Object *method = NULL;
  for (int i = 0; i < origin->u.named.method_count; i++)
    if (strcmp(origin->u.named.methods[i]->name, name) == 0)
      method = origin->u.named.methods[i];
  if (!method && !embeds_interface(named, 0)) {
    /* promoted through embedded fields: gc's devirtualizer selects
     * i.(T).M, the method through its path (the escape pass follows it) */
    int derefs;
    Object *promoted = escape_promoted_method(named, name, &derefs);
    if (promoted && !generic_receiver(promoted))
      method = promoted;
  }
  if (!method) {
    /* not T's: promoted through an embedded interface (gc devirtualizes
     * partially) or a generic type, or no method at all (the assertion
     * would fail: gc leaves the call alone) */
    Type *u = under(named);
    for (int i = 0; u && u->kind == TY_STRUCT && i < u->u.strct.field_count;
         i++)
      if (u->u.strct.fields[i]->u.var.embedded) {
        plan_unsupported(p, call, "devirtualizing a promoted method");
        break;
      }
    return NULL;
  }
  if (!ctx && method->type->u.func.rtparam_count > 0) {
    /* gc calls the dictionary wrapper T[int].M now */
    const char *shaped, *dict_name;
    InlineFunc *wrapper =
        instance_names(p->ctx, method, named->u.named.targs,
                              named->u.named.targ_count, &shaped, &dict_name)
            ? find_generic_func(&p->ctx->wrapper_index, dict_name)
            : NULL;
    if (wrapper) {
      GROW(p->callees, p->callee_count, p->callee_capacity);
      p->callees[p->callee_count].fn = top_of(p->fn);
      p->callees[p->callee_count].call = call;
      p->callees[p->callee_count].anchor = -1;
      p->callees[p->callee_count++].wrapper = wrapper;
    }
  }
  GROW(plan->devirts, plan->devirt_count, plan->devirt_capacity);
  InlineDevirt *d = &plan->devirts[plan->devirt_count++];
  d->call = call;
  d->ctx = ctx;
  devirt_index_put(plan, plan->devirt_count - 1);
  d->method = method;
  d->concrete = concrete;
  /* its line: "devirtualizing i.M to T" at the outermost call */
  StrBuf text = {NULL, 0, 0}, type = {NULL, 0, 0};
  ast_print_expr(&text, fun);
  /* an instance of a generic type as gc spells it: Box[main.S] */
  const char *spelled = escape_type_text(&p->ctx->names, concrete);
  if (spelled && !spelled[0])
    plan_unsupported(p, call, "the text of a devirtualized type");
  if (spelled)
    strbuf_puts(&type, spelled);
  else
    types_print(&type, concrete, p->ctx->pkg);
  plan_line(p, ctx ? ctx->source : p->source ? p->source : p->fn->source,
            ctx ? ctx->pos : call->pos, DIAG_DEVIRTUALIZING,
            arena_strndup(&plan->arena, text.data ? text.data : "",
                          text.length),
            arena_strndup(&plan->arena, type.data ? type.data : "",
                          type.length),
            0);
  strbuf_free(&text);
  strbuf_free(&type);
  return d;
}

/* gc's first pass: the calls of every function's own body. */
static void devirtualize_gen1(void *data, const Node *n) {
  if (n->kind == ND_CALL)
    devirtualize_call(data, n, NULL);
}

static void devirtualize_function(Planner *p, InlineFunc *f) {
  p->fn = f;
  p->copy_count = 0;
  p->first = p->last = NULL;
  if (f->big && p->out_m_level > 1)
    plan_line(p, f->source, f->pos, DIAG_BIG_FUNCTION, f->name, NULL, 0);
  if (f->body)
    node_walk_post(f->body, devirtualize_gen1, p);
  for (int i = 0; i < f->closure_total; i++)
    if (!f->closures[i]->wrapped)
      devirtualize_function(p, f->closures[i]);
}

static bool on_recursion_path(const InlineSite *parent, const Object *obj,
                              const Node *call) {
  for (; parent; parent = parent->parent)
    if ((obj && parent->callee_obj == obj) || parent->call == call)
      return true;
  return false;
}

static InlineSite *new_site(Planner *p, const Candidate *c) {
  InlineSite *site = arena_alloc(&p->plan->arena, sizeof *site);
  site->call = c->call;
  site->parent = c->parent;
  site->source = c->parent ? c->parent->source
                            : c->source ? c->source : p->fn->source;
  site->pos = c->parent ? c->parent->pos : c->call->pos;
  return site;
}

/* gc's inlineCostOK: the most a callee may cost here (80; 20 in a big
 * caller). */
static int max_cost(const Planner *p) {
  return top_of(p->fn)->big ? INLINE_BIG_FUNCTION_MAX_COST
                            : INLINE_MAX_BUDGET;
}

/* How many calls of the top-level function resolve to the func literal
 * (gc's use counts: a closure called once may cost up to 800). */
typedef struct LitCalls {
  Planner *p;
  InlineFunc *scope;
  const Node *lit;
  int count;
} LitCalls;

static void count_lit_call(void *data, const Node *n) {
  LitCalls *lc = data;
  if (n->kind != ND_CALL)
    return;
  Node *fun = unparen(n->u.call.fun);
  if (fun == lc->lit ||
      (fun->kind == ND_NAME &&
       static_value(planner_locals(lc->p, lc->scope), fun) == lc->lit))
    lc->count++;
}

/* The closures inside a copied closure are copied with it, named after
 * the copy (f.g.func2.1, as the original's are g.func1.1).  gc decides
 * about one (CanInline) when the cost walk of the copy meets a call that
 * resolves to it (inlCallee), before the copy's own line, innermost
 * first; a nested literal nobody calls there gets no line.  Their calls
 * are not expanded (gc's inliner never works on the closures it makes).
 * false: what goesc does not model here (a walk gc stops early, in a
 * copy it cannot inline; a nested go/defer wrapper or range body). */
typedef struct NestedCalls {
  Walk *w;
  const Node *lit;
  int calls; /* the calls of lit, less those a go/defer makes */
} NestedCalls;

static bool calls_lit(NestedCalls *nc, const Node *call) {
  return call && call->kind == ND_CALL &&
         static_value(nc->w, unparen(call->u.call.fun)) == nc->lit;
}

static void find_nested_call(void *data, const Node *n) {
  NestedCalls *nc = data;
  if (calls_lit(nc, n))
    nc->calls++;
  /* gc's cost walk stops at a go or defer (not inlinable), and never
   * resolves their calls */
  else if ((n->kind == ND_GO_STMT || n->kind == ND_DEFER_STMT) &&
           calls_lit(nc, unparen(n->u.go_defer.call)))
    nc->calls--;
}

static bool announce_nested(Planner *p, const Source *source, Walk *w,
                            const InlineFunc *closure, const char *name) {
  size_t prefix = strlen(closure->name);
  for (int i = 0; i < closure->closure_total; i++) {
    const InlineFunc *c = closure->closures[i];
    if (c->wrapped || !c->decl || c->decl->kind != ND_FUNC_LIT)
      continue; /* a go/defer wrapper: called by its statement only */
    NestedCalls nc = {w, c->decl, 0};
    node_walk_post(closure->body, find_nested_call, &nc);
    if (nc.calls <= 0)
      continue;
    if (!closure->inlinable || c->decl->u.func_lit.range_body ||
        strncmp(c->name, closure->name, prefix) != 0)
      return false;
    const char *cname =
        arena_printf(&p->plan->arena, "%s%s", name, c->name + prefix);
    if (!announce_nested(p, source, w, c, cname))
      return false;
    if (c->inlinable)
      plan_line(p, source, c->pos,
                p->out_m_level > 1 ? DIAG_CAN_INLINE_COST : DIAG_CAN_INLINE,
                cname, copy_body(p, c), c->cost);
    else if (p->out_m_level > 1)
      plan_line(p, source, c->pos, DIAG_CANNOT_INLINE, cname, c->reason, 0);
  }
  return true;
}

/* A call of a func literal: the function's own closure, or a copy an
 * expansion made.  A copy's "can inline" line comes when a call of it is
 * first met, at its literal. */
static InlineSite *try_expand_closure(Planner *p, const Candidate *c,
                                      const Resolved *r) {
  InlineFunc *scope = scope_of(p, r->home);
  InlineFunc *closure = closure_of_lit(top_of(scope), r->lit);
  if (!closure || closure->unsupported) {
    plan_unsupported(p, c->call, "inlining a closure goesc cannot cost");
    return NULL;
  }
  if (!closure->analyzed) {
    plan_unsupported(p, c->call, "a closure decided while inlining");
    return NULL;
  }
  LitCopy *copy = lit_copy(p, r->lit, r->home, r->home == NULL);
  if (!copy) {
    plan_unsupported(p, c->call, "a closure copy goesc did not make");
    return NULL;
  }
  if (!r->home)
    copy->name = closure->name;
  /* gc decides about a copy (CanInline) when it resolves a call of it,
   * before it checks the call: the line comes even when the cost or a
   * recursion leaves the call alone */
  if (r->home && !copy->announced &&
      !announce_nested(p, body_source(p, r->home), planner_locals(p, scope),
                       closure, copy->name)) {
    plan_unsupported(p, c->call, "a copied closure with a go/defer or a "
                                 "range-over-func body inside");
    return NULL;
  }
  if (r->home && closure->inlinable && !copy->announced)
    plan_line(p, body_source(p, r->home), r->lit->pos,
              p->out_m_level > 1 ? DIAG_CAN_INLINE_COST : DIAG_CAN_INLINE,
              copy->name, copy_body(p, closure), closure->cost);
  else if (r->home && !copy->announced && p->out_m_level > 1)
    plan_line(p, body_source(p, r->home), r->lit->pos, DIAG_CANNOT_INLINE,
              copy->name,
              closure->reason, 0);
  copy->announced = true;
  if (!closure->inlinable)
    return NULL;
  if (on_recursion_path(c->parent, NULL, c->call))
    return NULL;
  LitCalls lc = {p, scope, r->lit, 0};
  node_walk(locals_root(scope)->body, count_lit_call, &lc);
  int max = lc.count <= 1 ? INLINE_CLOSURE_BUDGET : 2 * max_cost(p);
  if (closure->cost > max)
    return NULL;
  copy->expanded++;
  InlineSite *site = new_site(p, c);
  site->callee_decl = r->lit;
  site->callee_name = copy->name;
  site->home = r->home;
  site->binding = r->binding;
  return site;
}

/* site expands shape instance inst (its body, type arguments and name). */
static void expand_instance_at(InlineSite *site, const InlineFunc *inst) {
  site->callee_obj = inst->generic;
  site->callee_decl = inst->decl;
  site->callee_name = inst->name;
  site->targs = inst->targs;
  site->targ_count = inst->targ_count;
  site->delayed = single_return(inst->decl);
}

/* A call of a generic function: gc expands its shape instance. */
static InlineSite *try_expand_instance(Planner *p, const Candidate *c,
                                       Node *fun) {
  /* the body holding the call: a shape instance's has its types (a
   * closure's are its function's) */
  InlineFunc *within = top_of(scope_of(p, c->parent));
  p->ctx->dead_ref = false;
  InlineFunc *inst = instance_of_ref(p->ctx, fun, within);
  if (!inst && p->ctx->dead_ref)
    return NULL; /* in code gc drops as dead */
  if (!inst || inst->unsupported || !inst->analyzed) {
    plan_unsupported(p, c->call, "inlining a generic function");
    return NULL;
  }
  if (!inst->inlinable || inst->cost > max_cost(p) ||
      on_recursion_path(c->parent, inst->generic, c->call))
    return NULL;
  InlineSite *site = new_site(p, c);
  expand_instance_at(site, inst);
  return site;
}

/* A call devirtualized to a method of an instance of a generic type: gc
 * calls (and may expand) its dictionary wrapper T[int].M, then the shape
 * instance in it, in the next generation.  goesc's site is the shape
 * instance's, announced under the wrapper's name. */
static InlineSite *try_expand_devirt_instance(Planner *p, const Candidate *c,
                                              const InlineDevirt *devirt) {
  Ctx *ctx = p->ctx;
  Type *named = is_ptr(devirt->concrete) ? devirt->concrete->u.pointer.elem
                                         : devirt->concrete;
  Object *g = devirt->method;
  const char *shaped, *dict_name;
  InlineFunc *inst = instance_of(ctx, g, named->u.named.targs,
                                 named->u.named.targ_count, NULL);
  InlineFunc *dict =
      inst && instance_names(ctx, g, named->u.named.targs,
                                    named->u.named.targ_count, &shaped,
                                    &dict_name)
          ? find_generic_func(&ctx->wrapper_index, dict_name)
          : NULL;
  if (!dict || !dict->analyzed || inst->unsupported) {
    plan_unsupported(p, c->call, "devirtualizing to a generic method");
    return NULL;
  }
  if (!dict->inlinable || dict->cost > max_cost(p) ||
      on_recursion_path(c->parent, g, c->call))
    return NULL;
  if (!inst->inlinable || inst->cost > max_cost(p)) {
    plan_unsupported(p, c->call, "a dictionary wrapper expanded alone");
    return NULL;
  }
  InlineSite *site = new_site(p, c);
  site->callee_obj = g;
  site->callee_decl = inst->decl;
  site->callee_name = dict->name;
  site->targs = inst->targs;
  site->targ_count = inst->targ_count;
  site->delayed = single_return(inst->decl);
  site->devirt = devirt->concrete;
  site->through_wrapper = inst->name;
  return site;
}

/* A call of a local or parameter holding a generic function's value: gc
 * calls its dictionary wrapper F[int], expanded as through
 * devirtualization (try_expand_devirt_instance). */
static InlineSite *try_expand_generic_value(Planner *p, const Candidate *c,
                                            const Resolved *r) {
  bool in_instance = top_of(scope_of(p, r->home))->is_instance;
  const ExprInfo *gi = r->generic->kind == ND_SELECTOR
                           ? info_of(p->ctx, r->generic)
                           : NULL;
  const Selection *gs = gi ? gi->selection : NULL;
  if (!in_instance && gs &&
      (gs->kind == SEL_METHOD_VALUE ||
       (gs->kind == SEL_METHOD_EXPR &&
        !exact_generic_method_expr(p->ctx, r->generic, gs))))
    return NULL; /* an OMETHVALUE, or a generated method: inlCallee finds
                    no body (generic_method_value_call) */
  InlineFunc *wrapper =
      in_instance ? NULL
      : gs && gs->kind == SEL_METHOD_EXPR
          ? method_dict_wrapper(p->ctx, r->generic, gs) /* T[int].M */
          : wrapper_of_ref(p->ctx, r->generic);
  if (!wrapper || !wrapper->analyzed || wrapper->shaped->unsupported) {
    plan_unsupported(p, c->call, "calling a generic function value");
    return NULL;
  }
  InlineFunc *inst = wrapper->shaped;
  if (!wrapper->inlinable || wrapper->cost > max_cost(p) ||
      on_recursion_path(c->parent, inst->generic, c->call))
    return NULL;
  if (!inst->inlinable || inst->cost > max_cost(p)) {
    plan_unsupported(p, c->call, "a dictionary wrapper expanded alone");
    return NULL;
  }
  InlineSite *site = new_site(p, c);
  site->callee_obj = inst->generic;
  site->callee_decl = inst->decl;
  site->callee_name = wrapper->name;
  site->targs = inst->targs;
  site->targ_count = inst->targ_count;
  site->delayed = single_return(inst->decl);
  site->through_wrapper = inst->name;
  return site;
}

/* The call in the body of gc's closure for a method expression, whose
 * candidate's call is the ND_SELECTOR: of the method's shape instance,
 * with the closure's parameters (the first one dereferenced for
 * (*T[P]).M of a value method).  gc gives every node of that synthesized
 * body the method expression's position, which no expansion moves: the
 * lines of this one and of the expansions inside it are there. */
static InlineSite *try_expand_method_call(Planner *p, const Candidate *c) {
  InlineFunc *within = top_of(scope_of(p, c->parent));
  InlineFunc *mc = method_closure_of(within, c->call);
  InlineFunc *inst =
      mc ? instance_of_ref(p->ctx, (Node *)c->call, within) : NULL;
  if (!inst || inst->unsupported || !inst->analyzed) {
    plan_unsupported(p, c->call, "inlining the method of a method "
                                 "expression's closure");
    return NULL;
  }
  /* (the closure compiled on its own is no big function) */
  int max = p->fn->method_closure ? INLINE_MAX_BUDGET : max_cost(p);
  if (!inst->inlinable || inst->cost > max ||
      on_recursion_path(c->parent, inst->generic, c->call))
    return NULL;
  InlineSite *site = new_site(p, c);
  site->source = within->source;
  site->pos = c->call->pos;
  expand_instance_at(site, inst);
  site->method_closure_call = true;
  site->recv_derefs = mc->recv_derefs;
  return site;
}

/* Try one candidate: its site, or NULL when gc leaves the call alone. */
static InlineSite *try_expand(Planner *p, const Candidate *c) {
  Ctx *ctx = p->ctx;
  if (!c->call) {
    InlineSite *site = new_site(p, c);
    site->callee_name = c->model_name;
    return site;
  }
  if (c->call->kind == ND_SELECTOR)
    return try_expand_method_call(p, c);
  const ExprInfo *info = info_of(ctx, c->call);
  if (!info || info->call_kind == CALL_BUILTIN ||
      info->call_kind == CALL_CONVERSION)
    return NULL;
  Node *fun = unparen(c->call->u.call.fun);
  if (generic_of_ref(ctx, fun))
    return try_expand_instance(p, c, fun);
  Resolved r = resolve_callee(p, fun, c->parent);
  if (r.lit)
    return try_expand_closure(p, c, &r);
  if (r.generic)
    return try_expand_generic_value(p, c, &r);
  Object *obj = r.func;
  const InlineDevirt *devirt = obj ? NULL : devirtualize_call(p, c->call,
                                                              c->parent);
  if (devirt)
    obj = devirt->method;
  if (!obj)
    return NULL;
  if (devirt && obj->type->u.func.rtparam_count > 0)
    return try_expand_devirt_instance(p, c, devirt);
  if (obj->type && obj->type->kind == TY_FUNC &&
      obj->type->u.func.tparam_count > 0) {
    plan_unsupported(p, c->call, "inlining a generic function");
    return NULL;
  }
  if (on_recursion_path(c->parent, obj, c->call))
    return NULL;
  if (unmodeled_foreign(obj)) {
    InlineFunc *ff = foreign_func(ctx, obj);
    if (!ff || !ff->analyzed || ff->unsupported) {
      plan_unsupported(p, c->call, "inlining a function goesc cannot cost");
      return NULL;
    }
    if (!ff->inlinable || ff->cost > max_cost(p))
      return NULL;
    InlineSite *site = new_site(p, c);
    site->callee_obj = obj;
    site->callee_decl = ff->decl;
    site->callee_name = ff->name;
    site->delayed = single_return(ff->decl);
    return site;
  }
  if (obj->pkg && obj->pkg != ctx->pkg) {
    int cost = model_inline_cost(obj);
    if (cost < 0 || cost > max_cost(p))
      return NULL;
    if (model_returns_literal(obj)) {
      plan_unsupported(p, c->call,
                       "the closure an inlined standard-library function "
                       "returns");
      return NULL;
    }
    InlineSite *site = new_site(p, c);
    site->callee_obj = obj;
    site->callee_name = imported_name(&p->plan->arena, obj);
    return site;
  }
  InlineFunc *cf = func_of_object(ctx, obj);
  if (!cf)
    return NULL;
  if (cf->unsupported) {
    plan_unsupported(p, c->call, "inlining a function goesc cannot cost");
    return NULL;
  }
  if (obj->u.func.origin || generic_receiver(obj)) {
    plan_unsupported(p, c->call, "inlining a generic method");
    return NULL;
  }
  if (!cf->analyzed || !cf->inlinable || cf->cost > max_cost(p))
    return NULL;
  InlineSite *site = new_site(p, c);
  site->callee_obj = obj;
  site->callee_decl = cf->decl;
  site->callee_name = cf->name;
  site->delayed = single_return(cf->decl);
  site->devirt = devirt ? devirt->concrete : NULL;
  return site;
}

/* gc's reader reads an expanded body again, and warns again at the call
 * for each method call on a type parameter whose shape is an interface
 * (called through the dictionary: docs/escape.md). */
typedef struct Imprecise {
  Planner *p;
  const InlineSite *site;
} Imprecise;

static void warn_imprecise(void *data, const Node *n) {
  Imprecise *im = data;
  if (n->kind != ND_CALL)
    return;
  Node *fun = unparen(n->u.call.fun);
  Type *xt = fun->kind == ND_SELECTOR ? fun->u.selector.x->type : NULL;
  const ExprInfo *info = fun->kind == ND_SELECTOR ? info_of(im->p->ctx, fun)
                                                  : NULL;
  if (!xt || xt->kind != TY_TYPEPARAM || !info || !info->selection ||
      info->selection->kind != SEL_METHOD_VALUE)
    return;
  const InlineSite *site = im->site;
  Type *t = check_subst(NULL, xt, generic_tparams(site->callee_obj),
                        site->targs, site->targ_count);
  if (!t || escape_mentions_tparam(t)) {
    plan_unsupported(im->p, n, "a method call on a type parameter");
    return;
  }
  if (is_interface_type(t))
    plan_line(im->p, site->source, site->pos, DIAG_IMPRECISE_INTERFACE_CALL,
              NULL, NULL, 0);
}

/* The calls of an expanded body: the next generation. */
static void collect_expanded(Planner *p, InlineSite *site) {
  if (site->callee_decl && site->callee_decl->kind == ND_SELECTOR) {
    /* gc's closure for a method expression: its body is the method's
     * call */
    add_candidate(p, site->callee_decl, site, NULL);
    return;
  }
  if (site->callee_decl && site->targ_count > 0 && site->callee_obj) {
    Imprecise im = {p, site};
    node_walk(site->callee_decl->u.func_decl.body, warn_imprecise, &im);
  }
  if (site->callee_decl) {
    p->parent = site;
    node_walk_post(site->callee_decl->kind == ND_FUNC_LIT
                       ? site->callee_decl->u.func_lit.body
                       : site->callee_decl->u.func_decl.body,
                   collect_call, p);
    p->parent = NULL;
    return;
  }
  if (!site->callee_obj)
    return;
  const char *facts, *facts_end, *line_end;
  if (!universe_model_facts(site->callee_obj, &facts, &facts_end))
    return;
  const char *names =
      universe_model_fact(facts, facts_end, "//goesc:inlcalls ", &line_end);
  while (names && names < line_end) {
    const char *end = names;
    while (end < line_end && *end != ' ')
      end++;
    if (end > names)
      add_candidate(p, NULL, site,
                    arena_strndup(&p->plan->arena, names,
                                  (size_t)(end - names)));
    names = end + (end < line_end);
  }
}

/* Append a site to the function's list, print its line, and collect
 * the calls of its expanded body for the next generation. */
static void record_site(Planner *p, InlineSite *site) {
  if (p->last)
    p->last->next = site;
  else
    p->first = site;
  p->last = site;
  plan_line(p, site->source, site->pos, DIAG_INLINING_CALL, site->callee_name,
            NULL, 0);
  if (site->through_wrapper) { /* the wrapper's body: the shape's call */
    add_candidate(p, NULL, site->parent, NULL);
    p->next[p->next_count - 1].through = site;
    return;
  }
  collect_expanded(p, site);
}

/* Try the collected calls, generation by generation. */
/* gc resolves the calls of a generation (the calls of the bodies just
 * expanded) before it tries to expand any: its devirtualizer says
 * `devirtualizing i.M to T` for all of them first.  The devirtualized
 * calls are remembered (devirt_find), and try_expand finds them. */
static void devirtualize_generation(Planner *p, const Candidate *cands,
                                    int count) {
  for (int i = 0; i < count && !p->plan->unsupported; i++) {
    const Candidate *c = &cands[i];
    if (c->through || !c->call || c->call->kind != ND_CALL)
      continue;
    const ExprInfo *info = info_of(p->ctx, c->call);
    Node *fun = unparen(c->call->u.call.fun);
    if (!info || info->call_kind == CALL_BUILTIN ||
        info->call_kind == CALL_CONVERSION || fun->kind != ND_SELECTOR ||
        generic_of_ref(p->ctx, fun))
      continue;
    Resolved r = resolve_callee(p, fun, c->parent);
    if (!r.lit && !r.generic && !r.func)
      devirtualize_call(p, c->call, c->parent);
  }
}

static void plan_generations(Planner *p) {
  Candidate *current = NULL;
  int current_capacity = 0;
  while (p->next_count > 0) {
    /* swap: the collected calls become the generation being tried */
    int count = p->next_count;
    Candidate *tmp = current;
    int tmp_capacity = current_capacity;
    current = p->next;
    current_capacity = p->next_capacity;
    p->next = tmp;
    p->next_capacity = tmp_capacity;
    p->next_count = 0;
    devirtualize_generation(p, current, count);
    for (int i = 0; i < count; i++) {
      InlineSite *through = current[i].through;
      if (through) {
        plan_line(p, through->source, through->pos, DIAG_INLINING_CALL,
                  through->through_wrapper, NULL, 0);
        collect_expanded(p, through);
        continue;
      }
      InlineSite *site = try_expand(p, &current[i]);
      if (site)
        record_site(p, site);
    }
  }
  free(current);
}

/* gc's deadlocals: a func literal whose every use was expanded is gone,
 * with the local that held it.  (Its closure is still compiled on its
 * own, as a function nobody refers to.) */
typedef struct VarRefs {
  const Object *var;
  int count;
} VarRefs;

static void count_var_ref(void *data, const Node *n) {
  VarRefs *vr = data;
  if (n->kind == ND_NAME && n->u.name.object == vr->var &&
      vr->var->ident != n)
    vr->count++;
}


typedef struct LitUse {
  const Node *lit;
  const Node *call;  /* a call whose operand is the literal itself */
  const Node *outer; /* a call with the literal among its arguments */
} LitUse;

static void find_lit_use(void *data, const Node *n) {
  LitUse *u = data;
  if (n->kind != ND_CALL)
    return;
  if (unparen(n->u.call.fun) == u->lit)
    u->call = n;
  for (const Node *a = n->u.call.args; a; a = a->next)
    if (unparen((Node *)a) == u->lit)
      u->outer = n;
}

/* How many uses the literal has: 1 when called on the spot, the
 * references of the local or parameter that holds it, or -1 when it is
 * used otherwise (returned, stored ...). */
static int literal_uses(Planner *p, const LitCopy *copy) {
  InlineFunc *scope = scope_of(p, copy->home);
  Node *body = copy->home ? site_body(copy->home) : locals_root(scope)->body;
  LitUse u = {copy->lit, NULL, NULL};
  node_walk_post(body, find_lit_use, &u);
  if (u.call)
    return 1;
  Walk *w = planner_locals(p, scope);
  for (int i = 0; i < w->local_count; i++)
    if (w->locals[i].value == copy->lit) {
      VarRefs vr = {w->locals[i].obj, 0};
      node_walk(locals_root(scope)->body, count_var_ref, &vr);
      return w->locals[i].assigns ? -1 : vr.count;
    }
  const InlineSite *s = u.outer ? site_of(p, u.outer, copy->home) : NULL;
  Type *sig = s ? site_sig(s) : NULL;
  if (!sig || sig->kind != TY_FUNC)
    return -1;
  for (int i = 0; i < sig->u.func.params->u.tuple.count; i++) {
    Object *param = sig->u.func.params->u.tuple.vars[i];
    if (unparen(argument_of(s, param)) == copy->lit) {
      VarRefs vr = {param, 0};
      node_walk(site_body(s), count_var_ref, &vr);
      return vr.count;
    }
  }
  return -1;
}

static void note_dead_literals(Planner *p) {
  InlinePlan *plan = p->plan;
  for (int i = 0; i < p->copy_count; i++) {
    LitCopy *copy = &p->copies[i];
    /* a go/defer wrapper calls a literal its function evaluated: the
     * literal stays there */
    bool dead = copy->expanded && !p->fn->wrapped &&
                literal_uses(p, copy) == copy->expanded;
    if (dead) {
      GROW(plan->dead_literals, plan->dead_count, plan->dead_capacity);
      plan->dead_literals[plan->dead_count].lit = copy->lit;
      plan->dead_literals[plan->dead_count++].home = copy->home;
    }
    if (!copy->home)
      continue;
    /* A copy that captures nothing is a function of its own: one gone
     * is compiled after everything gc read, one kept before the function
     * keeping it (the escape pass meets it there).  One that captures
     * variables is compiled with the function, when it is not gone.
     * Either way its own calls stay calls: gc's inliner never works on
     * the closures it makes. */
    InlineFunc *closure =
        closure_of_lit(top_of(scope_of(p, copy->home)), copy->lit);
    if (!closure) {
      plan_unsupported(p, copy->lit, "a closure copied from a body goesc "
                                     "did not decide");
      continue;
    }
    if (!captures(closure) && dead) {
      GROW(plan->compiled_copies, plan->compiled_count,
           plan->compiled_capacity);
      plan->compiled_copies[plan->compiled_count++] = copy->lit;
    }
  }
}

/* The escape pass sees a call through gc's closure for a method
 * expression as a call of the method (the closure passes its arguments
 * on, the first one dereferenced): the closure's site leaves the list,
 * and the method's expansion inside it, if any, takes the closure's call
 * and parent (InlineSite's method_closure_call). */
static void collapse_method_closures(InlineSite **first) {
  for (InlineSite **link = first; *link;) {
    InlineSite *s = *link;
    if (!s->callee_decl || s->callee_decl->kind != ND_SELECTOR) {
      link = &s->next;
      continue;
    }
    for (InlineSite *t = s->next; t; t = t->next)
      if (t->parent == s && t->method_closure_call) {
        t->call = s->call;
        t->parent = s->parent;
      }
    *link = s->next;
  }
}

/* The list of sites of f in the plan (made empty when there is none).
 * (Every planned function asks: found through f, not by a search of the
 * entries, which would be quadratic in the number of functions.) */
static InlinePlanEntry *plan_entry(Planner *p, InlineFunc *f) {
  InlinePlan *plan = p->plan;
  if (f->plan_entry)
    return &plan->entries[f->plan_entry - 1];
  GROW(plan->entries, plan->count, plan->capacity);
  plan->entries[plan->count].decl = f->decl;
  plan->entries[plan->count].instance = f->is_instance ? f->name : NULL;
  plan->entries[plan->count].first = NULL;
  f->plan_entry = ++plan->count;
  return &plan->entries[plan->count - 1];
}

static void plan_function(Planner *p, InlineFunc *f) {
  p->fn = f;
  p->first = p->last = NULL;
  p->next_count = 0;
  p->copy_count = 0;
  if (f->wrapped) { /* a go/defer wrapper: its one call */
    add_candidate(p, f->wrapped, NULL, NULL);
  } else if (f->method_closure) { /* its one call, of the method */
    add_candidate(p, f->decl, NULL, NULL);
  } else if (f == p->ctx->pkg_init) { /* the dynamic initializers */
    for (int i = 0; i < p->ctx->init_count; i++) {
      p->source = p->ctx->init_sources[i];
      for (Node *v = p->ctx->init_specs[i]->u.value_spec.values; v;
           v = v->next)
        node_walk_post(v, collect_call, p);
    }
    p->source = NULL;
  } else {
    node_walk_post(f->body, collect_call, p);
  }
  plan_generations(p);
  note_dead_literals(p);
  collapse_method_closures(&p->first);
  if (f == p->ctx->pkg_init) {
    p->plan->init_sites = p->first;
    return;
  }
  if (!p->first)
    return;
  if (f->method_closure) {
    /* gc compiles the closure with its function, walking its body where
     * the method expression is: its sites (whose call is the
     * ND_SELECTOR) go after that function's own */
    InlineSite **tail = &plan_entry(p, f->outer)->first;
    while (*tail)
      tail = &(*tail)->next;
    *tail = p->first;
    return;
  }
  plan_entry(p, f)->first = p->first;
}

/* ---- Method wrappers ----
 *
 * gc generates, for the package's named types, the methods the language
 * implies without a declaration: (*T).M for each value method M of T,
 * and T.M (when in T's method set) and (*T).M for each method promoted
 * from an embedded field.  Each calls the method it wraps, which gc
 * expands like any call.  The types come in the order gc finishes
 * reading them (a type after the types it embeds, otherwise in
 * declaration order); each type's methods by name, the value wrapper
 * before the pointer one. */

typedef struct Promoted {
  const char *name;
  Object *method;
  Type *owner;       /* the named type declaring it (an instance of a
                        generic type has its type arguments) */
  int depth;         /* 0: declared on T; n: through n embedded fields */
  int derefs;        /* dereferences of a T value to reach the receiver */
  bool through_ptr;  /* an embedded pointer on the way */
  bool ambiguous;    /* two at the same depth */
} Promoted;

typedef struct MethodSet {
  Promoted *items;
  int count, capacity;
} MethodSet;


static Type *named_of(Type *t) {
  if (is_ptr(t))
    t = t->u.pointer.elem;
  return t && t->kind == TY_NAMED ? t : NULL;
}

/* Add the methods of named type t reached at `depth` with `derefs`. */
static void add_methods(MethodSet *ms, Type *t, int depth, int derefs,
                        bool through_ptr) {
  if (depth > 8)
    return;
  Type *declaring = t->u.named.origin ? t->u.named.origin : t;
  for (int i = 0; i < declaring->u.named.method_count; i++) {
    Object *m = declaring->u.named.methods[i];
    Promoted *found = NULL;
    for (int j = 0; j < ms->count; j++)
      if (strcmp(ms->items[j].name, m->name) == 0)
        found = &ms->items[j];
    if (found) {
      if (found->depth == depth && found->method != m)
        found->ambiguous = true;
      continue;
    }
    GROW(ms->items, ms->count, ms->capacity);
    Promoted *pm = &ms->items[ms->count++];
    pm->name = m->name;
    pm->method = m;
    pm->owner = t;
    pm->depth = depth;
    pm->derefs = derefs;
    pm->through_ptr = through_ptr;
    pm->ambiguous = false;
  }
}

/* T's method set, breadth first over embedded fields. */
static void method_set(MethodSet *ms, Type *t) {
  typedef struct Level {
    Type *t;          /* a named type reached by embedding */
    int derefs;       /* dereferences of a T value to reach it */
    bool through_ptr;
  } Level;
  Level current[32], next[32];
  int ncurrent = 1;
  current[0] = (Level){t, 0, false};
  for (int depth = 0; ncurrent > 0 && depth < 8; depth++) {
    for (int i = 0; i < ncurrent; i++)
      add_methods(ms, current[i].t, depth, current[i].derefs,
                  current[i].through_ptr);
    int nnext = 0;
    for (int i = 0; i < ncurrent; i++) {
      Type *u = types_under(current[i].t);
      if (!u || u->kind != TY_STRUCT)
        continue;
      for (int f = 0; f < u->u.strct.field_count; f++) {
        Object *field = u->u.strct.fields[f];
        if (!field->u.var.embedded)
          continue;
        bool ptr = is_ptr(field->type);
        Type *nt = named_of(field->type);
        if (!nt || !types_under(nt) ||
            types_under(nt)->kind == TY_INTERFACE || nnext == 32)
          continue;
        next[nnext++] = (Level){nt, current[i].derefs + (ptr ? 1 : 0),
                                current[i].through_ptr || ptr};
      }
    }
    memcpy(current, next, sizeof next[0] * (size_t)nnext);
    ncurrent = nnext;
  }
}

static int compare_promoted(const void *a, const void *b) {
  return strcmp(((const Promoted *)a)->name, ((const Promoted *)b)->name);
}

static void append_wrapper(Planner *p, InlineWrapper *wr) {
  if (!p->wrapper_tail)
    p->wrapper_tail = &p->plan->wrappers;
  while (*p->wrapper_tail)
    p->wrapper_tail = &(*p->wrapper_tail)->next;
  *p->wrapper_tail = wr;
}

/* A wrapper calling a method of a generic type, g with the receiver's
 * type arguments targs: through its dictionary wrapper (T[int].M, which
 * gc expands first, then the shape instance in it) or, for a shaped
 * type's wrapper, the shape instance itself.  goesc expands the shape
 * instance in place of both (the dictionary wrapper only passes its
 * parameters on). */
static void plan_instance_wrapper(Planner *p, InlineWrapper *wr, Object *g,
                                  Type **targs, int count,
                                  bool through_dictionary) {
  Ctx *ctx = p->ctx;
  const char *shaped, *dict_name;
  InlineFunc *inst = instance_of(ctx, g, targs, count, NULL);
  if (!inst || !instance_names(ctx, g, targs, count, &shaped,
                                      &dict_name)) {
    plan_unsupported(p, NULL, "the wrapper of a generic method");
    return;
  }
  InlineFunc *dict = through_dictionary
                         ? find_generic_func(&ctx->wrapper_index, dict_name)
                         : NULL;
  if (through_dictionary && (!dict || !dict->analyzed)) {
    plan_unsupported(p, NULL, "the wrapper of a generic method");
    return;
  }
  if (dict && (!dict->inlinable || dict->cost > INLINE_MAX_BUDGET))
    return; /* gc calls the dictionary wrapper */
  if (!inst->inlinable || inst->cost > INLINE_MAX_BUDGET) {
    if (dict) /* an expanded wrapper calling the shape instance */
      plan_unsupported(p, NULL, "a dictionary wrapper expanded alone");
    return;
  }
  p->first = p->last = NULL;
  p->next_count = 0;
  if (dict)
    plan_line(p, &p->plan->autogenerated, (Pos){1, 0}, DIAG_INLINING_CALL,
              dict->name, NULL, 0);
  InlineSite *root = arena_alloc(&p->plan->arena, sizeof *root);
  memset(root, 0, sizeof *root);
  root->callee_obj = g;
  root->callee_decl = inst->decl;
  root->callee_name = inst->name;
  root->targs = inst->targs;
  root->targ_count = inst->targ_count;
  root->source = &p->plan->autogenerated;
  root->pos.line = 1;
  record_site(p, root);
  plan_generations(p);
  wr->first = p->first;
  append_wrapper(p, wr);
}

/* One wrapper: its expansion of the method it calls, when gc makes one. */
/* A wrapper `name` calling method m with its receiver dereferenced
 * recv_derefs times: planned when gc expands the call. */
static void plan_wrapper_call(Planner *p, const char *name, Object *m,
                              int recv_derefs, Type *owner) {
  InlineWrapper *wr = arena_alloc(&p->plan->arena, sizeof *wr);
  memset(wr, 0, sizeof *wr);
  wr->name = name;
  wr->target = m;
  wr->recv_derefs = recv_derefs;
  if (m->u.func.origin || generic_receiver(m)) {
    /* a method of an instance of a generic type (owner) */
    Object *g = m->u.func.origin ? m->u.func.origin : m;
    if (!owner || !owner->u.named.origin) {
      plan_unsupported(p, NULL, "the wrapper of a generic method");
      return;
    }
    wr->target = g;
    plan_instance_wrapper(p, wr, g, owner->u.named.targs,
                          owner->u.named.targ_count, true);
    return;
  }
  if (m->pkg && m->pkg != p->ctx->pkg) {
    if (model_inline_cost(m) >= 0 && model_inline_cost(m) <= INLINE_MAX_BUDGET)
      plan_unsupported(p, NULL, "the wrapper of a promoted imported method");
    return;
  }
  InlineFunc *cf = func_of_object(p->ctx, m);
  if (!cf || !cf->analyzed || !cf->inlinable || cf->cost > INLINE_MAX_BUDGET ||
      cf->closure_total > 0)
    return; /* gc calls it (a wrapped body with closures is not expanded) */
  InlineSite *root = arena_alloc(&p->plan->arena, sizeof *root);
  memset(root, 0, sizeof *root);
  root->callee_obj = m;
  root->callee_decl = cf->decl;
  root->callee_name = cf->name;
  root->source = &p->plan->autogenerated;
  root->pos.line = 1;
  p->first = p->last = NULL;
  p->next_count = 0;
  record_site(p, root);
  plan_generations(p);
  wr->first = p->first;
  append_wrapper(p, wr);
}

/* Does method m take a pointer receiver? */
static bool pointer_method(const Object *m) {
  return m->type && m->type->kind == TY_FUNC && m->type->u.func.recv &&
         is_ptr(m->type->u.func.recv->type);
}

/* t's method set, promoted methods included, in gc's order of wrappers. */
static MethodSet sorted_method_set(Type *t) {
  MethodSet ms = {NULL, 0, 0};
  method_set(&ms, t);
  if (ms.count > 1)
    qsort(ms.items, (size_t)ms.count, sizeof *ms.items, compare_promoted);
  return ms;
}

static void plan_wrapper(Planner *p, Type *t, const Promoted *pm,
                         bool ptr_wrapper) {
  Object *m = pm->method;
  bool want_ptr = pointer_method(m);
  const char *tname = t->u.named.obj->name;
  const char *name =
      ptr_wrapper
          ? arena_printf(&p->plan->arena, "(*%s).%s", tname, m->name)
          : arena_printf(&p->plan->arena, "%s.%s", tname, m->name);
  plan_wrapper_call(p, name, m,
                    (ptr_wrapper ? 1 : 0) + pm->derefs - (want_ptr ? 1 : 0),
                    pm->owner);
}

/* Method values x.M: gc makes one wrapper (M-fm) per method, which
 * calls M with the receiver it captured, in the order the package first
 * mentions them. */
typedef struct MethodValues {
  /* The operand of the last call met.  node_walk visits a call's operand
   * right after the call (only parentheses come between), so a selector
   * that is a call's operand is always the last one. */
  const Node *called;
  Object **methods;     /* the methods of method values, first use first */
  const Node **values;  /* a method value of each */
  const char **names;   /* a generic type's method: its wrapper T[int].M */
  Type **owners;        /* for a generic type's method: its instance */
  int count, capacity;
  Ctx *ctx;
} MethodValues;

static void find_method_value(void *data, const Node *n) {
  MethodValues *mv = data;
  if (n->kind == ND_CALL) {
    mv->called = unparen(n->u.call.fun);
    return;
  }
  if (n->kind != ND_SELECTOR)
    return;
  const ExprInfo *info = info_of(mv->ctx, n);
  const Selection *s = info ? info->selection : NULL;
  if (!s || s->kind != SEL_METHOD_VALUE || s->via_interface || !s->obj ||
      s->obj->kind != OBJ_FUNC)
    return;
  if (n == mv->called)
    return; /* x.M(...): a call, not a method value */
  /* a generic type's method: one wrapper per instance, known by its name
   * (the selections' instantiated methods need not be one object) */
  const char *name = NULL;
  Type **targs;
  int count;
  Object *g = generic_ref(mv->ctx, (Node *)n, &targs, &count);
  const char *shaped;
  if (g && !instance_names(mv->ctx, g, targs, count, &shaped, &name))
    name = "?"; /* refused by plan_method_value_wrappers */
  Type *owner = method_owner(n->u.selector.x->type, s);
  for (int i = 0; i < mv->count; i++)
    if (name ? mv->names[i] && strcmp(mv->names[i], name) == 0
             : !mv->names[i] && mv->methods[i] == s->obj &&
                   (mv->owners[i] == owner ||
                    (owner && mv->owners[i] &&
                     types_identical(mv->owners[i], owner))))
      return;
  int capacity = mv->capacity;
  GROW(mv->methods, mv->count, mv->capacity);
  if (capacity != mv->capacity) {
    size_t size = (size_t)mv->capacity;
    mv->values = xrealloc(mv->values, sizeof *mv->values * size);
    mv->names = xrealloc(mv->names, sizeof *mv->names * size);
    mv->owners = xrealloc(mv->owners, sizeof *mv->owners * size);
  }
  mv->values[mv->count] = n;
  mv->names[mv->count] = name;
  mv->owners[mv->count] = owner;
  mv->methods[mv->count++] = s->obj;
}

static void find_generic_method_value(void *data, const Node *n) {
  Planner *p = data;
  const ExprInfo *info = n->kind == ND_SELECTOR ? info_of(p->ctx, n) : NULL;
  const Selection *s = info ? info->selection : NULL;
  if (s && s->kind == SEL_METHOD_VALUE && !s->via_interface && s->obj &&
      s->obj->kind == OBJ_FUNC &&
      (s->obj->u.func.origin || generic_receiver(s->obj)))
    plan_unsupported(p, n, "the method value of a generic method");
}

static void plan_method_value_wrappers(Planner *p) {
  MethodValues mv;
  memset(&mv, 0, sizeof mv);
  mv.ctx = p->ctx;
  /* in the order gc's reader reads the bodies: the package's functions
   * from a stack, the last declared first */
  for (int i = p->ctx->count - 1;
       i >= 0 && p->ctx->pkg->method_value_count > 0; i--)
    node_walk(p->ctx->funcs[i]->body, find_method_value, &mv);
  /* (package-level initializers make method values too; only a generic
   * method's, which goesc does not plan, is looked for there) */
  for (int i = 0; i < p->ctx->init_count && !p->plan->unsupported; i++)
    node_walk(p->ctx->init_specs[i], find_generic_method_value, p);
  for (int i = 0; i < mv.count && !p->plan->unsupported; i++) {
    if (mv.names[i]) {
      /* T[int].M-fm calls the dictionary wrapper T[int].M (the method of
       * T[int] the reader selects), which gc expands, then the shape
       * instance in it */
      Type **targs;
      int count;
      Object *g = generic_ref(p->ctx, (Node *)mv.values[i], &targs, &count);
      if (!g || strcmp(mv.names[i], "?") == 0) {
        plan_unsupported(p, mv.values[i], "the method value of a generic "
                                          "method");
        break;
      }
      InlineWrapper *wr = arena_alloc(&p->plan->arena, sizeof *wr);
      memset(wr, 0, sizeof *wr);
      wr->name = arena_printf(&p->plan->arena, "%s-fm", mv.names[i]);
      wr->target = g;
      plan_instance_wrapper(p, wr, g, targs, count, true);
      continue;
    }
    InlineFunc *cf = func_of_object(p->ctx, mv.methods[i]);
    const char *name = cf ? cf->name
                          : imported_name(&p->plan->arena, mv.methods[i]);
    /* an imported generic type's (atomic.Pointer[T].Load-fm) are checked
     * against gc; a local generic type's come in another order (the
     * type's own wrappers interleave): refused (owner NULL) */
    Type *owner = mv.owners[i];
    if (owner && owner->u.named.obj && owner->u.named.obj->pkg == p->ctx->pkg)
      owner = NULL;
    plan_wrapper_call(p, arena_printf(&p->plan->arena, "%s-fm", name),
                      mv.methods[i], 0, owner);
  }
  free(mv.methods);
  free(mv.values);
  free(mv.names);
  free(mv.owners);
}

static void plan_type_wrappers(Planner *p, Type *t) {
  MethodSet ms = sorted_method_set(t);
  for (int i = 0; i < ms.count && !p->plan->unsupported; i++) {
    const Promoted *pm = &ms.items[i];
    Object *m = pm->method;
    bool ptr_recv = pointer_method(m);
    if (pm->ambiguous)
      continue;
    if (pm->depth == 0) {
      if (!ptr_recv)
        plan_wrapper(p, t, pm, true);
      continue;
    }
    if (!ptr_recv || pm->through_ptr)
      plan_wrapper(p, t, pm, false);
    plan_wrapper(p, t, pm, true);
  }
  free(ms.items);
}

/* The package's named types in the order gc finishes reading them. */
static void visit_type(Planner *p, Type *t, Type ***done, int *count,
                       int *capacity) {
  p->types_met.arena = p->ctx->arena;
  if (escape_map_get(&p->types_met, t))
    return;
  escape_map_put(&p->types_met, t, t);
  GROW(*done, *count, *capacity);
  (*done)[(*count)++] = t; /* marked before the fields: no cycles */
  Type *u = types_under(t);
  if (u && u->kind == TY_STRUCT)
    for (int f = 0; f < u->u.strct.field_count; f++) {
      Type *nt = named_of(u->u.strct.fields[f]->type);
      if (u->u.strct.fields[f]->u.var.embedded && nt &&
          nt->u.named.obj->pkg == p->ctx->pkg &&
          !escape_mentions_tparam(nt)) /* A[T] in a generic type: its
                                          instances' wrappers come with
                                          the instances */
        visit_type(p, nt, done, count, capacity);
    }
  if (t->u.named.tparam_count > 0)
    return; /* gc makes them for the instances used
               (plan_instance_type_wrappers) */
  if (u && u->kind != TY_INTERFACE)
    plan_type_wrappers(p, t);
}

/* "(*T[...]).M" for the method name "T[...].M". */
static const char *pointer_wrapper_name(Planner *p, const char *name) {
  const char *dot = strrchr(name, '.');
  return arena_printf(&p->plan->arena, "(*%.*s)%s", (int)(dot - name), name,
                      dot);
}

static int compare_methods(const void *a, const void *b) {
  return strcmp((*(Object *const *)a)->name, (*(Object *const *)b)->name);
}

/* The pointer wrapper (*T[int]).M of value method m of instance t (of
 * its shaped type when `shaped`). */
static void plan_instance_ptr_wrapper(Planner *p, Type *t, Object *m,
                                      bool shaped) {
  Ctx *ctx = p->ctx;
  InlineFunc *inst = instance_of(ctx, m, t->u.named.targs,
                                 t->u.named.targ_count, NULL);
  const char *s_name, *d_name;
  if (!inst || !instance_names(ctx, m, t->u.named.targs,
                               t->u.named.targ_count, &s_name, &d_name)) {
    plan_unsupported(p, NULL, "the wrapper of a generic method");
    return;
  }
  InlineWrapper *wr = arena_alloc(&p->plan->arena, sizeof *wr);
  memset(wr, 0, sizeof *wr);
  wr->name = pointer_wrapper_name(p, shaped ? s_name : d_name);
  wr->target = m;
  wr->recv_derefs = 1;
  plan_instance_wrapper(p, wr, m, t->u.named.targs, t->u.named.targ_count,
                        !shaped);
}

/* The wrappers of an instance t of a generic struct type with embedded
 * fields (of its shaped type when `shaped`): as for a declared type
 * (plan_type_wrappers), all of its method set by name, its own value
 * methods' pointer wrappers and the promoted methods' wrappers.  A
 * promoted method of an instance A[int] of a generic type is called
 * through its dictionary wrapper (*A[int]).M, expanded, then the shape
 * instance; from the shaped type, the shape instance itself.  Other
 * promoted methods: not modeled. */
static void plan_embedding_instance_wrappers(Planner *p, Type *t,
                                             bool shaped) {
  MethodSet ms = sorted_method_set(t);
  const char *tname = shaped ? escape_shaped_type_name(&p->ctx->names, t)
                             : escape_type_text(&p->ctx->names, t);
  for (int i = 0; i < ms.count && !p->plan->unsupported; i++) {
    const Promoted *pm = &ms.items[i];
    Object *m = pm->method;
    bool ptr_recv = pointer_method(m);
    Node *d = m->u.func.decl;
    if (pm->ambiguous)
      continue;
    if (pm->depth == 0) {
      if (!ptr_recv && !(d && (d->pragmas & PRAGMA_NOINLINE)))
        plan_instance_ptr_wrapper(p, t, m, shaped);
      continue;
    }
    if (!generic_receiver(m) || !pm->owner || !pm->owner->u.named.origin ||
        m->pkg != p->ctx->pkg || !tname || !*tname) {
      plan_unsupported(p, NULL, "the method wrappers of a generic type");
      break;
    }
    for (int ptr_wrapper = 0; ptr_wrapper <= 1; ptr_wrapper++) {
      if (!ptr_wrapper && ptr_recv && !pm->through_ptr)
        continue; /* not in T's method set */
      InlineWrapper *wr = arena_alloc(&p->plan->arena, sizeof *wr);
      memset(wr, 0, sizeof *wr);
      wr->name = ptr_wrapper
                     ? arena_printf(&p->plan->arena, "(*%s).%s", tname,
                                    m->name)
                     : arena_printf(&p->plan->arena, "%s.%s", tname, m->name);
      wr->target = m;
      wr->recv_derefs = ptr_wrapper + pm->derefs - (ptr_recv ? 1 : 0);
      plan_instance_wrapper(p, wr, m, pm->owner->u.named.targs,
                            pm->owner->u.named.targ_count, !shaped);
    }
  }
  free(ms.items);
}

/* Does generic struct type origin embed a field other than an
 * interface? */
static bool embeds_fields(Type *origin) {
  Type *u = types_under(origin);
  for (int f = 0; u && u->kind == TY_STRUCT && f < u->u.strct.field_count;
       f++) {
    Object *field = u->u.strct.fields[f];
    Type *fu = types_under(field->type);
    if (field->u.var.embedded && !(fu && fu->kind == TY_INTERFACE))
      return true;
  }
  return false;
}

/* The pointer wrappers (*T[int]).M of the value methods of the instances
 * of generic types, and of their shaped types ((*T[go.shape.int]).M), in
 * the order gc met them (ctx->wrapped).  A //go:noinline method gc leaves
 * alone. */
/* The instance types whose wrappers were planned: the declared types
 * visit_type did (with the instances they embed), and keys (a type's
 * text, or its shaped type's name) of those done here. */
typedef struct WrappedDone {
  Type **done;
  int done_count;
  OriginIndex done_index; /* of the instances among done */
  EscMap keys;    /* interned names of the types whose wrappers are made */
} WrappedDone;

/* The wrappers of instance t (of its shaped type when `shaped`), once:
 * the instances it embeds first (gc makes an embedded type's wrappers
 * before its own: (*A[go.shape.int]).M before B[go.shape.int]'s). */
static void plan_wrapped_type(Planner *p, WrappedDone *wd, Type *t,
                              bool shaped, int depth) {
  Ctx *ctx = p->ctx;
  Type *origin = t->u.named.origin;
  const char *key = shaped ? escape_shaped_type_name(&ctx->names, t)
                           : escape_type_text(&ctx->names, t);
  if (!key || !*key) {
    plan_unsupported(p, NULL, "the method wrappers of a generic type");
    return;
  }
  key = intern(key, strlen(key));
  if (escape_map_get(&wd->keys, key))
    return;
  /* an instance embedded in a declared type had its wrappers made with
   * that type's (visit_type): gc makes a wrapper once */
  if (!shaped && origin_index_has(&wd->done_index, wd->done, t))
    return;
  escape_map_put(&wd->keys, key, (void *)key);
  if (embeds_fields(origin)) {
    Type *u = types_under(t);
    for (int f = 0; u && u->kind == TY_STRUCT && f < u->u.strct.field_count &&
                    depth < 8 && !p->plan->unsupported;
         f++) {
      Type *nt = named_of(u->u.strct.fields[f]->type);
      if (u->u.strct.fields[f]->u.var.embedded && nt &&
          nt->u.named.origin && nt->u.named.obj->pkg == ctx->pkg)
        plan_wrapped_type(p, wd, nt, shaped, depth + 1);
    }
    if (!p->plan->unsupported)
      plan_embedding_instance_wrappers(p, t, shaped);
    return;
  }
  Object **methods = xrealloc(NULL, sizeof *methods *
                                        (size_t)(origin->u.named.method_count + 1));
  int n = 0;
  for (int j = 0; j < origin->u.named.method_count; j++) {
    Object *m = origin->u.named.methods[j];
    Node *d = m->u.func.decl;
    if (!m->u.func.pointer_recv &&
        !(d && (d->pragmas & PRAGMA_NOINLINE)))
      methods[n++] = m;
  }
  if (n > 1)
    qsort(methods, (size_t)n, sizeof *methods, compare_methods);
  for (int j = 0; j < n && !p->plan->unsupported; j++)
    plan_instance_ptr_wrapper(p, t, methods[j], shaped);
  free(methods);
}

static void plan_instance_type_wrappers(Planner *p, Type **done,
                                        int done_count) {
  Ctx *ctx = p->ctx;
  WrappedDone wd;
  memset(&wd, 0, sizeof wd);
  wd.done = done;
  wd.done_count = done_count;
  wd.keys.arena = ctx->arena;
  for (int i = 0; i < done_count; i++)
    origin_index_add(&wd.done_index, ctx->arena, done, i);
  for (int i = 0; i < ctx->wrapped_count && !p->plan->unsupported; i++)
    plan_wrapped_type(p, &wd, ctx->wrapped[i].type, ctx->wrapped[i].shaped,
                      0);
  free(wd.done_index.next);
}

/* The named types declared in a function body (node_walk leaves the
 * type declarations of a block alone: they are found here). */
typedef struct LocalTypes {
  Planner *p;
  Type ***done;
  int *count, *capacity;
} LocalTypes;

static void visit_local_types(void *data, const Node *n) {
  LocalTypes *lt = data;
  if (n->kind != ND_DECL_STMT)
    return;
  for (const Node *d = n->u.decl_stmt.decls; d; d = d->next) {
    if (d->kind != ND_TYPE_SPEC || d->u.type_spec.alias)
      continue;
    Object *obj = d->u.type_spec.name->u.name.object;
    if (obj && obj->kind == OBJ_TYPE && obj->type &&
        obj->type->kind == TY_NAMED && !lt->p->plan->unsupported)
      visit_type(lt->p, obj->type, lt->done, lt->count, lt->capacity);
  }
}

/* The bodies of the declared functions from the last one, but those of
 * generic functions and methods. */
static void visit_bodies_backward(LocalTypes *lt, Node *decls) {
  /* (a list of the bodies first: recursing down the declaration list
   * would nest as deep as the file is long) */
  Node **bodies = NULL;
  int count = 0, capacity = 0;
  for (Node *d = decls; d; d = d->next) {
    if (d->kind != ND_FUNC_DECL || !d->u.func_decl.body ||
        d->u.func_decl.tparams)
      continue;
    Object *obj = d->u.func_decl.name->u.name.object;
    if (obj && generic_receiver(obj))
      continue;
    GROW(bodies, count, capacity);
    bodies[count++] = d->u.func_decl.body;
  }
  while (count > 0)
    node_walk(bodies[--count], visit_local_types, lt);
  free(bodies);
}

/* Would gc's wrappers for the methods a struct type promotes print
 * lines?  They do when a promoted method can be inlined into them
 * ("inlining call to T.M" at <autogenerated>:1, then the lines of its
 * body); an interface's methods never can.  An imported type's methods
 * are taken as a yes (their decisions are not at hand), and so is deep
 * nesting. */
static bool promotes_printed_methods(Planner *p, Type *st, int depth) {
  if (depth > 8)
    return true;
  for (int i = 0; i < st->u.strct.field_count; i++) {
    Object *f = st->u.strct.fields[i];
    Type *t = f->type;
    if (!f->u.var.embedded || !t)
      continue;
    if (t->kind == TY_POINTER)
      t = t->u.pointer.elem;
    if (t->kind == TY_NAMED) {
      Type *named = t->u.named.origin ? t->u.named.origin : t;
      Object *obj = named->u.named.obj;
      if (named->u.named.method_count > 0 && obj && obj->pkg != p->ctx->pkg)
        return true;
      for (int m = 0; m < named->u.named.method_count; m++) {
        InlineFunc *fn = func_of_object(p->ctx, named->u.named.methods[m]);
        if (!fn || fn->inlinable)
          return true;
      }
    }
    Type *u = types_under(t);
    if (u && u->kind == TY_STRUCT && promotes_printed_methods(p, u, depth + 1))
      return true;
  }
  return false;
}

/* gc also compiles wrappers for the methods an unnamed struct type
 * promotes (struct{ *bytes.Buffer }), wherever the type is used: not
 * modeled, so the plan is refused when they would print lines, rather
 * than those lines left out.  (Not under -errorcheck, which never looks
 * at <autogenerated> lines.) */
static void refuse_promoting_struct_literals(Planner *p) {
  const Package *pkg = p->ctx->pkg;
  for (int i = 0; i < pkg->embedding_struct_count && !p->ignore_wrappers;
       i++) {
    const EmbeddingStruct *es = &pkg->embedding_structs[i];
    if (promotes_printed_methods(p, es->type, 0)) {
      plan_unsupported(p, NULL, "the method wrappers of a struct type "
                                "literal with embedded methods");
      p->plan->unsupported_source = es->source;
      p->plan->unsupported_pos = es->pos;
      return;
    }
  }
}

static void plan_method_wrappers(Planner *p, Node **files, int file_count) {
  Type **done = NULL;
  int count = 0, capacity = 0;
  refuse_promoting_struct_literals(p);
  if (p->plan->unsupported)
    return;
  p->plan->autogenerated.path = "<autogenerated>";
  p->plan->autogenerated.text = "";
  for (int i = 0; i < file_count && !p->plan->unsupported; i++)
    for (Node *d = files[i]->u.file.decls; d; d = d->next) {
      if (d->kind != ND_TYPE_SPEC || d->u.type_spec.alias)
        continue;
      Object *obj = d->u.type_spec.name->u.name.object;
      if (obj && obj->kind == OBJ_TYPE && obj->type &&
          obj->type->kind == TY_NAMED)
        visit_type(p, obj->type, &done, &count, &capacity);
    }
  /* then the types declared in function bodies, which gc reads with the
   * bodies: the last function's first, each body's in source order (a
   * generic function's local types are its instances': not modeled) */
  LocalTypes lt = {p, &done, &count, &capacity};
  for (int i = file_count - 1;
       i >= 0 && !p->plan->unsupported && p->ctx->pkg->local_type_count > 0;
       i--)
    visit_bodies_backward(&lt, files[i]->u.file.decls);
  if (!p->plan->unsupported)
    plan_instance_type_wrappers(p, done, count);
  free(done);
}

/* A dictionary wrapper F[int]: its call of the shape instance, at the
 * generic function's position, when gc expands it; once. */
static void plan_dictionary_wrapper(Planner *p, InlineFunc *f) {
  p->planned.arena = &p->plan->arena;
  if (escape_map_get(&p->planned, f))
    return;
  escape_map_put(&p->planned, f, f);
  InlineFunc *inst = f->shaped;
  if (!inst->inlinable || inst->cost > INLINE_MAX_BUDGET)
    return;
  InlineWrapper *wr = arena_alloc(&p->plan->arena, sizeof *wr);
  memset(wr, 0, sizeof *wr);
  wr->name = f->name;
  wr->target = f->generic;
  InlineSite *root = arena_alloc(&p->plan->arena, sizeof *root);
  memset(root, 0, sizeof *root);
  root->callee_obj = inst->generic;
  root->callee_decl = inst->decl;
  root->callee_name = inst->name;
  root->targs = inst->targs;
  root->targ_count = inst->targ_count;
  root->source = inst->source;
  root->pos = inst->pos;
  p->fn = f;
  p->first = p->last = NULL;
  p->next_count = 0;
  p->copy_count = 0;
  record_site(p, root);
  plan_generations(p);
  note_dead_literals(p);
  collapse_method_closures(&p->first);
  wr->first = p->first;
  if (!p->dict_tail)
    p->dict_tail = &p->plan->dict_wrappers;
  while (*p->dict_tail)
    p->dict_tail = &(*p->dict_tail)->next;
  *p->dict_tail = wr;
}

/* Where gc inlines in a dictionary wrapper that a devirtualized call of
 * fn calls: its inliner walks the call graph again after devirtualizing
 * (bottom up, each function's callees in the order its body calls
 * them), so the wrapper comes after the callees fn calls before that
 * call, not just before fn.  The index in ctx->order of the last of
 * those, or -1. */
typedef struct Anchor {
  Planner *p;
  const Node *call;
  int fn_index, anchor;
} Anchor;

static int order_index(const Ctx *ctx, const InlineFunc *f) {
  for (int i = 0; f && i < ctx->order_count; i++)
    if (ctx->order[i] == f)
      return i;
  return -1;
}

static void find_anchor(void *data, const Node *n) {
  Anchor *a = data;
  if (n->kind != ND_CALL || n == a->call || !pos_le(n->pos, a->call->pos))
    return;
  Ctx *ctx = a->p->ctx;
  Node *fun = unparen(n->u.call.fun);
  InlineFunc *callee = NULL;
  if (generic_of_ref(ctx, fun)) {
    callee = instance_of_ref(ctx, fun, NULL);
  } else {
    const ExprInfo *info = fun->kind == ND_SELECTOR ? info_of(ctx, fun)
                                                    : NULL;
    Object *obj = fun->kind == ND_NAME ? fun->u.name.object
                  : info && info->selection ? info->selection->obj
                                            : NULL;
    if (obj && obj->kind == OBJ_FUNC)
      callee = func_of_object(ctx, obj);
  }
  int i = order_index(ctx, callee);
  if (i >= 0 && i < a->fn_index && i > a->anchor)
    a->anchor = i;
}

static void anchor_devirt_wrappers(Planner *p) {
  for (int j = 0; j < p->callee_count; j++) {
    Anchor a = {p, p->callees[j].call, order_index(p->ctx, p->callees[j].fn),
                -1};
    if (a.fn_index < 0 || !p->callees[j].fn->body)
      continue;
    node_walk_post(p->callees[j].fn->body, find_anchor, &a);
    p->callees[j].anchor = a.anchor;
  }
}

/* The closures and wrappers of f that capture, in the order gc reaches
 * them (source order, depth first). */
/* The closures and go/defer wrappers that capture from f, and theirs.  A
 * closure that captures nothing heads a component of its own. */
static void plan_component(Planner *p, InlineFunc *f) {
  for (int i = 0; i < f->closure_total && !p->plan->unsupported; i++) {
    InlineFunc *c = f->closures[i];
    if (c->wrapped || captures(c)) {
      plan_function(p, c);
      plan_component(p, c);
    }
  }
}

static int compare_entries(const void *a, const void *b) {
  const InlinePlanEntry *ea = a, *eb = b;
  uintptr_t x = (uintptr_t)ea->decl, y = (uintptr_t)eb->decl;
  if (x != y)
    return x < y ? -1 : 1;
  if (!ea->instance || !eb->instance)
    return (ea->instance != NULL) - (eb->instance != NULL);
  return strcmp(ea->instance, eb->instance);
}

int inline_plan_package(Package *pkg, Node **files, int file_count,
                        const InlineOptions *options, DiagnosticList *out,
                        InlinePlan *plan) {
  memset(plan, 0, sizeof *plan);
  arena_init(&plan->arena);
  Arena arena;
  arena_init(&arena);
  Ctx ctx;
  analyze(&ctx, pkg, files, file_count, &arena, &plan->arena);
  if (emit_decisions(&ctx, options, out) > 0) {
    plan->unsupported = "a function goesc cannot cost";
    release_all(&ctx, &arena);
    return EXIT_OK;
  }
  Planner p;
  memset(&p, 0, sizeof p);
  p.ctx = &ctx;
  p.plan = plan;
  p.out = out;
  p.out_m_level = options->m_level;
  p.ignore_wrappers = options->ignore_wrappers;
  for (int i = 0; i < ctx.count && !plan->unsupported; i++)
    devirtualize_function(&p, ctx.funcs[i]);
  anchor_devirt_wrappers(&p);
  /* gc's list for a strongly connected component: the function, then the
   * closures and go/defer wrappers that share it (those that capture);
   * one that captures nothing is a component of its own, earlier.  The
   * package initializer is the first function of gc's list: its calls
   * are expanded once its callees' are. */
  bool init_planned = !ctx.pkg_init || ctx.init_count == 0;
  for (int i = 0; i <= ctx.order_count && !plan->unsupported; i++) {
    if (!init_planned && i == ctx.init_callees) {
      plan_function(&p, ctx.pkg_init);
      init_planned = true;
    }
    if (i == ctx.order_count)
      break;
    InlineFunc *f = ctx.order[i];
    if (f->is_closure && (f->wrapped || captures(f)))
      continue;
    /* after gc's devirtualizer, the dictionary wrappers a function calls
     * come before it in the bottom-up order */
    for (int j = 0; j < p.callee_count; j++)
      if (p.callees[j].fn == f && p.callees[j].anchor < 0)
        plan_dictionary_wrapper(&p, p.callees[j].wrapper);
    if (f->shaped)
      plan_dictionary_wrapper(&p, f);
    else if (f->body || f->wrapped)
      plan_function(&p, f);
    plan_component(&p, f);
    for (int j = 0; j < p.callee_count && !plan->unsupported; j++)
      if (p.callees[j].anchor == i)
        plan_dictionary_wrapper(&p, p.callees[j].wrapper);
  }
  plan->instances = arena_alloc(&plan->arena, sizeof *plan->instances *
                                                 (size_t)(ctx.tail_count + 1));
  plan->instance_readers =
      arena_alloc(&plan->arena, sizeof *plan->instance_readers *
                                    (size_t)(ctx.tail_count + 1));
  for (int i = 0; i < ctx.tail_count; i++) {
    plan->instance_readers[plan->instance_count] = ctx.tail_readers[i];
    plan->instances[plan->instance_count++] = ctx.tail[i]->name;
  }
  if (!plan->unsupported)
    plan_method_wrappers(&p, files, file_count);
  if (!plan->unsupported)
    plan_method_value_wrappers(&p);
  free(p.next);
  free(p.locals.locals);
  free(p.copies);
  free(p.callees);
  if (plan->count > 1)
    qsort(plan->entries, (size_t)plan->count, sizeof *plan->entries,
          compare_entries);
  release_all(&ctx, &arena);
  return EXIT_OK;
}

InlineSite *inline_plan_sites(const InlinePlan *plan, const Node *decl,
                              const char *instance) {
  InlinePlanEntry key = {decl, instance, NULL};
  if (plan->count == 0)
    return NULL;
  InlinePlanEntry *e = bsearch(&key, plan->entries, (size_t)plan->count,
                               sizeof *plan->entries, compare_entries);
  return e ? e->first : NULL;
}

bool inline_plan_dead_literal(const InlinePlan *plan, const Node *lit,
                              const InlineSite *home) {
  for (int i = 0; plan && i < plan->dead_count; i++)
    if (plan->dead_literals[i].lit == lit &&
        plan->dead_literals[i].home == home)
      return true;
  return false;
}

const InlineDevirt *inline_plan_devirt(const InlinePlan *plan,
                                       const Node *call,
                                       const InlineSite *ctx) {
  return devirt_find(plan, call, ctx);
}

void inline_plan_free(InlinePlan *plan) {
  free(plan->entries);
  free(plan->compiled_copies);
  free(plan->devirts);
  free(plan->devirt_slots);
  free(plan->dead_literals);
  arena_free(&plan->arena);
  memset(plan, 0, sizeof *plan);
}


int inline_debug_costs(Package *pkg, Node **files, int file_count, FILE *out,
                       FILE *err) {
  Arena arena;
  arena_init(&arena);
  Ctx ctx;
  analyze(&ctx, pkg, files, file_count, &arena, &arena);
  int decided = 0;
  for (int i = 0; i < ctx.order_count; i++) {
    InlineFunc *f = ctx.order[i];
    if (f->unsupported) {
      source_print_pos(err, f->source, f->pos, "?");
      fprintf(err, "goesc: cannot cost %s yet: %s\n", f->name,
              f->unsupported);
      continue;
    }
    decided++;
    source_print_pos(out, f->source, f->pos, "?");
    if (f->inlinable)
      fprintf(out, "can inline %s with cost %d\n", f->name, f->cost);
    else
      fprintf(out, "cannot inline %s: %s\n", f->name, f->reason);
  }
  for (int i = 0; i < ctx.count; i++)
    free_closure_lists(ctx.funcs[i]);
  release(&ctx);
  arena_free(&arena);
  /* Then the closures the expansions copy, decided as gc's inliner meets
   * calls of them (after every decision, in the plan's order).  The plan
   * repeats the decisions first: `decided` records. */
  DiagnosticList lines;
  report_init(&lines);
  InlineOptions options = {2, false};
  InlinePlan plan;
  inline_plan_package(pkg, files, file_count, &options, &lines, &plan);
  int index = 0;
  for (const Diagnostic *d = lines.first; d; d = d->next, index++) {
    if (index < decided || (d->kind != DIAG_CAN_INLINE_COST &&
                            d->kind != DIAG_CANNOT_INLINE))
      continue;
    source_print_pos(out, d->source, d->pos, "?");
    if (d->kind == DIAG_CAN_INLINE_COST)
      fprintf(out, "can inline %s with cost %d\n", d->subject, d->number);
    else
      fprintf(out, "cannot inline %s: %s\n", d->subject, d->other);
  }
  if (plan.unsupported)
    fprintf(err, "goesc: note: inlining: cannot model %s yet\n",
            plan.unsupported);
  inline_plan_free(&plan);
  report_free(&lines);
  return EXIT_OK;
}
