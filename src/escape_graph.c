/*
 * escape_graph.c — the location graph of one batch of functions.
 *
 * needs: the checked AST of the batch's functions;  produces: their
 * locations and edges (escape_solve.c reads them) and the diagnostics gc
 * prints while it builds the graph ("ignoring self-assignment").
 *
 * How to read it.  Every expression is evaluated in a *hole*: the location
 * its value flows to, and how many dereferences happen on the way.  The
 * walk is a recursive descent over statements and expressions that passes
 * holes down: `p = &x` evaluates `&x` in p's hole, and `&x` evaluates `x`
 * in the same hole shifted by -1, so the edge p <-(-1)- x appears.  An
 * expression that allocates (new, &T{}, a slice literal, a conversion to
 * interface ...) is a location of its own: it flows to the hole with -1
 * (its address) and its contents are evaluated into it.
 *
 * gc's escape pass runs on its IR, where some implicit operations are
 * already explicit.  The checker gave us the most important ones
 * (ND_IMPLICIT_CONV for conversions to interface, the method selection,
 * the hidden variadic slice); the rest is lowered here, as gc's front end
 * would have done it: method calls take their receiver as the first
 * argument, `go f(x)` and `defer f(x)` evaluate x into a temporary that a
 * hidden wrapper closure captures, range loops copy their operand into a
 * temporary, and a local variable assigned once from a constant counts as
 * that constant.
 *
 * What is not modeled yet is reported through escape_unsupported, and the
 * driver exits 3 instead of guessing.
 */
#include "escape.h"

#include <stdlib.h>
#include <string.h>

/* ---- Pointer maps ---- */

/* By address, not scrambled: the keys (objects, nodes) come from arenas
 * in the order the checker made them, which is the order the escape pass
 * asks for them, so neighbouring keys get neighbouring slots and a walk
 * through a big program goes through the table in order instead of
 * missing the caches at every lookup.  (gen-100k: the collection of the
 * functions and the batches are each about 15% faster.)  One slot per 8
 * bytes, the arenas' alignment, so that densely packed keys (interned
 * strings) do not share home slots. */
static size_t hash_ptr(const void *p, size_t size) {
  return (size_t)((uintptr_t)p >> 3) & (size - 1);
}

void *escape_map_get(const EscMap *map, const void *key) {
  if (!map->size)
    return NULL;
  for (size_t j = hash_ptr(key, map->size); map->slots[j].key;
       j = (j + 1) & (map->size - 1))
    if (map->slots[j].key == key)
      return map->slots[j].value;
  return NULL;
}

/* Make room for `count` keys at most half full, so that the next puts
 * need no rehash. */
static void map_grow(EscMap *map, size_t count) {
  /* The old tables stay in the arena, which is released wholesale when
   * the analysis ends; doubling keeps that waste below the final tables'
   * size. */
  if (!map->arena)
    INTERNAL_ERROR("escape map used before its arena was set");
  EscMap bigger;
  /* Small first: under -m every expanded call has two maps of its own
   * (its arguments, its variables) holding a few keys each; at 64 slots
   * they took 26 MB of gen-100k's 193. */
  bigger.size = map->size ? map->size * 2 : 8;
  while (bigger.size < 2 * count)
    bigger.size *= 2;
  bigger.count = 0;
  bigger.arena = map->arena;
  bigger.slots = arena_alloc(map->arena, sizeof *bigger.slots * bigger.size);
  for (size_t i = 0; i < map->size; i++)
    if (map->slots[i].key)
      escape_map_put(&bigger, map->slots[i].key, map->slots[i].value);
  *map = bigger;
}

void escape_map_reserve(EscMap *map, size_t count) {
  if (2 * count > map->size)
    map_grow(map, count);
}

/* Empty the map for reuse.  Zeroing a table costs its size, not its
 * count: a table much bigger than what it held is halved instead, so
 * that many small uses after a big one cost no more, in all, than the
 * big one did. */
void escape_map_clear(EscMap *map) {
  if (map->count == 0)
    return;
  if (map->size > 64 && map->count * 8 < map->size) {
    map->size /= 2;
    map->slots = arena_alloc(map->arena, sizeof *map->slots * map->size);
  } else {
    memset(map->slots, 0, sizeof *map->slots * map->size);
  }
  map->count = 0;
}

void escape_map_put(EscMap *map, const void *key, void *value) {
  if ((map->count + 1) * 2 > map->size)
    map_grow(map, map->count + 1);
  size_t j = hash_ptr(key, map->size);
  while (map->slots[j].key && map->slots[j].key != key)
    j = (j + 1) & (map->size - 1);
  if (!map->slots[j].key)
    map->count++;
  map->slots[j].key = key;
  map->slots[j].value = value;
}

/* ---- Small helpers ---- */

static const Node *unparen(const Node *n) {
  while (n && n->kind == ND_PAREN)
    n = n->u.paren.x;
  return n;
}

static const ExprInfo *unsafe_info_in_instance(EscContext *ctx, const Node *n,
                                               const ExprInfo *info);

static const ExprInfo *info_of(EscContext *ctx, const Node *n) {
  const ExprInfo *info = check_expr_info(ctx->pkg, n);
  if (info && info->call_kind == CALL_BUILTIN && n->kind == ND_CALL &&
      (info->builtin == BI_SIZEOF || info->builtin == BI_ALIGNOF ||
       info->builtin == BI_OFFSETOF))
    return unsafe_info_in_instance(ctx, n, info);
  return info;
}

static bool is_constant(EscContext *ctx, const Node *n) {
  const ExprInfo *info = info_of(ctx, n);
  return info && info->mode == MODE_CONSTANT && info->value;
}

static bool is_blank_name(const Node *n) {
  n = unparen(n);
  return n && n->kind == ND_NAME && strcmp(n->u.name.name, "_") == 0;
}

/* The function whose types are being looked at.  In a shape instance
 * of a generic function (escape_generic.c) every type question is asked
 * of the type with its type parameters replaced by shapes, and the
 * helpers below answer through inst_type; elsewhere it changes nothing. */
static const EscFunc *types_of;

static Type *inst_type(Type *t) { return escape_inst_type(types_of, t); }

void escape_graph_reset(void) { types_of = NULL; }

/* unsafe.Sizeof(x), Alignof(x) and Offsetof(x.f) are not constants when
 * x's type mentions a type parameter, but in each shape instance gc's
 * reader replaces them by the constant of the shape's layout
 * (uintptr(8)), without evaluating x.  The instance sees them as that
 * constant. */
static const ExprInfo *unsafe_info_in_instance(EscContext *ctx, const Node *n,
                                               const ExprInfo *info) {
  const Node *arg = unparen(n->u.call.args);
  if (!types_of || !arg)
    return info;
  int64_t v;
  if (info->builtin == BI_OFFSETOF) {
    const ExprInfo *si = arg->kind == ND_SELECTOR
                             ? check_expr_info(ctx->pkg, arg) : NULL;
    Selection *sel = si ? si->selection : NULL;
    if (!sel || sel->kind != SEL_FIELD)
      return info;
    Type *t = inst_type(sel->recv);
    if (t == sel->recv)
      return info;
    if (t->kind == TY_POINTER)
      t = t->u.pointer.elem;
    v = 0;
    for (int i = 0; i < sel->depth; i++) {
      Type *u = types_under(t);
      if (u->kind != TY_STRUCT)
        return info;
      v += types_offsetof(u, sel->path[i]);
      t = u->u.strct.fields[sel->path[i]]->type;
    }
  } else {
    Type *t = inst_type(arg->type);
    if (!t || t == arg->type)
      return info;
    v = info->builtin == BI_SIZEOF ? types_sizeof(t) : types_alignof(t);
  }
  ExprInfo *ci = arena_alloc(ctx->arena, sizeof *ci);
  *ci = *info;
  ci->mode = MODE_CONSTANT;
  ci->value = value_int64(v);
  return ci;
}

static Type *under(Type *t) { return t ? types_under(inst_type(t)) : NULL; }

static bool is_kind(Type *t, TypeKind kind) {
  Type *u = under(t);
  return u && u->kind == kind;
}

static bool is_interface(Type *t) {
  t = inst_type(t);
  return t && t->kind != TY_TYPEPARAM && is_kind(t, TY_INTERFACE);
}

/* gc's types.IsDirectIface: a value of t is one pointer word (size 8, and
 * the word holds a pointer), stored in the interface itself. */
static bool is_direct_iface(Type *t) {
  t = inst_type(t);
  if (!t || t->kind == TY_TYPEPARAM)
    return false;
  Type *u = types_under(t);
  if (!u || u->kind == TY_INVALID || u->kind == TY_INTERFACE ||
      u->kind == TY_TUPLE)
    return false;
  return types_sizeof(t) == 8 && types_has_pointers(t);
}

static bool has_pointers(Type *t) {
  t = inst_type(t);
  if (!t)
    return true;
  if (t->kind == TY_TYPEPARAM)
    return true;
  return types_has_pointers(t);
}

static bool is_untyped(Type *t) { return t && types_is_untyped(t); }

/* A multi-value expression: a call of a function with several results. */
static bool is_tuple(const Node *n) {
  return n && n->type && n->type->kind == TY_TUPLE;
}

static const char *const_text(EscContext *ctx, const Node *n,
                              const Value *v);
static void print_type_as_gc(EscContext *ctx, StrBuf *buf, Type *t);
static Node *gc_clone(EscContext *ctx, const Node *n);
static void devirt_call_clone(EscContext *ctx, Node *c, const Node *n);
static Node *verbatim(Node *c, const char *text);
static const char *name_text(EscContext *ctx, const EscFunc *f,
                             const char *name);

static Node *gc_clone_list(EscContext *ctx, const Node *list) {
  Node *head = NULL, **tail = &head;
  for (const Node *x = list; x; x = x->next) {
    *tail = gc_clone(ctx, x);
    (*tail)->next = NULL;
    tail = &(*tail)->next;
  }
  return head;
}

/* A literal node printed verbatim. */
static Node *verbatim(Node *c, const char *text) {
  c->kind = ND_BASIC_LIT;
  c->u.lit.kind = LIT_INT;
  c->u.lit.text = text;
  c->u.lit.length = (uint32_t)strlen(text);
  c->u.lit.bad = true; /* printed verbatim */
  c->u.lit.lowest_prec = false; /* (c may be a copy of another kind) */
  return c;
}

/* new(expr) is &.autotmp_N in gc's IR (see DclScan). */
static const EscAutoTemp *new_expression_temp(EscContext *ctx,
                                              const Node *n) {
  if (n->kind != ND_CALL)
    return NULL;
  const EscAutoTemp *at = escape_map_get(&ctx->autotmps, n);
  return at && at->loc ? at : NULL;
}

/* The operand of a unary or postfix operator: gc parenthesizes &tmp. */
static Node *gc_clone_operand(EscContext *ctx, const Node *x) {
  Node *c = gc_clone(ctx, x);
  const EscAutoTemp *at = new_expression_temp(ctx, x);
  if (at)
    verbatim(c, arena_printf(ctx->arena, "(&.autotmp_%d)", at->number));
  return c;
}

/* Make call c (whose fun was the selector fun) a call of the method
 * expression T.name or (*T).name, rt being the receiver's type, with recv
 * as its first argument: how gc prints a method call it has made
 * static. */
static void call_as_method_expr(EscContext *ctx, Node *c, const Node *fun,
                                Type *rt, const char *name, Node *recv) {
  StrBuf buf = {NULL, 0, 0};
  bool ptr = is_kind(rt, TY_POINTER);
  strbuf_puts(&buf, ptr ? "(" : "");
  print_type_as_gc(ctx, &buf, rt);
  strbuf_printf(&buf, "%s.%s", ptr ? ")" : "", name);
  Node *method = arena_alloc(ctx->arena, sizeof *method);
  *method = *fun;
  verbatim(method, arena_strndup(ctx->arena, buf.data, buf.length));
  strbuf_free(&buf);
  recv->next = c->u.call.args;
  c->u.call.fun = method;
  c->u.call.args = recv;
}

/* x.M(args) with M a concrete method is T.M(x, args) in gc's IR (printed
 * (*T).M for a pointer receiver): the receiver is the first argument,
 * reached through the embedded fields of a promoted method; the implicit
 * & or * that fits it to M is not printed. */
static void gc_method_call(EscContext *ctx, Node *c, const Node *n) {
  const Node *fun = unparen(n->u.call.fun);
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? info_of(ctx, fun) : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  if (!s || s->kind != SEL_METHOD_VALUE || s->via_interface || !s->obj ||
      s->obj->kind != OBJ_FUNC || !s->obj->type ||
      !s->obj->type->u.func.recv)
    return;
  Type *rt = s->obj->type->u.func.recv->type;
  Type *base = is_kind(rt, TY_POINTER) ? under(rt)->u.pointer.elem : rt;
  if (!base || base->kind != TY_NAMED || base->u.named.targ_count > 0)
    return; /* generic receivers: not modeled here */
  Node *recv = gc_clone(ctx, fun->u.selector.x);
  Type *t = fun->u.selector.x->type;
  for (int i = 0; i < s->depth - 1 && t; i++) {
    Type *u = under(t);
    if (u->kind == TY_POINTER)
      u = under(u->u.pointer.elem);
    if (u->kind != TY_STRUCT || s->path[i] >= u->u.strct.field_count)
      return;
    Object *f = u->u.strct.fields[s->path[i]];
    Node *sel = arena_alloc(ctx->arena, sizeof *sel);
    *sel = *fun;
    sel->u.selector.x = recv;
    sel->u.selector.sel = arena_alloc(ctx->arena, sizeof(Node));
    *sel->u.selector.sel = *fun->u.selector.sel;
    sel->u.selector.sel->u.name.name = f->name;
    recv = sel;
    t = f->type;
  }
  call_as_method_expr(ctx, c, fun, rt, s->obj->name, recv);
}

/* A written type as gc prints the type it denotes here: instances of
 * generic types with their arguments as gc names them, in a shape
 * instance the shapes (`[]go.shape.int`), struct and interface literals
 * with an interface's methods as gc lists them (those it embeds
 * included, an unexported one's signature in link form); NULL when the
 * text as written is gc's. */
static const char *type_expr_text(EscContext *ctx, const Node *n) {
  const char *text = escape_type_text(ctx, inst_type(n->type));
  if (text && !text[0])
    escape_unsupported(ctx, types_of ? types_of->source : NULL, n->pos,
                       "the text of this type");
  return text && text[0] ? text : NULL;
}

static Node *name_node(EscContext *ctx, const Node *at, const char *text) {
  Node *c = arena_alloc(ctx->arena, sizeof *c);
  *c = *at;
  c->kind = ND_NAME;
  c->next = NULL;
  c->u.name.name = text;
  c->u.name.object = NULL;
  return c;
}

/* string(x) with x a slice of a defined byte or rune type: gc converts
 * x to []byte or []rune first, and prints string(([]byte)(x)). */
static void slice_to_string_clone(EscContext *ctx, const Node *n, Node *c) {
  const Node *x = n->u.call.args;
  if (!x || x->next || !types_is_string(inst_type(n->type)))
    return;
  if (x->kind == ND_IMPLICIT_CONV)
    x = x->u.paren.x;
  Type *xu = under(x->type);
  if (!xu || xu->kind != TY_SLICE || xu->u.slice.elem->kind != TY_NAMED)
    return;
  Type *eu = under(xu->u.slice.elem);
  const char *via = eu->kind == TY_UINT8 ? "[]byte"
                  : eu->kind == TY_INT32 ? "[]rune" : NULL;
  if (!via)
    return;
  StrBuf buf = {NULL, 0, 0};
  ast_print_expr(&buf, c->u.call.args);
  const char *text = arena_printf(ctx->arena, "(%s)(%.*s)", via,
                                  (int)buf.length, buf.data ? buf.data : "");
  strbuf_free(&buf);
  c->u.call.args = name_node(ctx, x, text);
}

/* The arguments of a variadic call (clone c of n) as gc's IR has them:
 * the packed ones are one slice, printed "... argument...", or a nil
 * slice, "nil...". */
static void packed_args_clone(EscContext *ctx, const Node *n, Node *c) {
  const ExprInfo *info = info_of(ctx, n);
  if (!info || !info->has_variadic_slice || n->u.call.has_dots ||
      info->call_kind == CALL_BUILTIN)
    return;
  Node **tail = &c->u.call.args;
  for (int i = 0; *tail && i < info->variadic_index; i++)
    tail = &(*tail)->next;
  *tail = name_node(ctx, n, *tail ? "... argument..." : "nil...");
}

/* g()(x), iface().M(x): the temporary gc's reader holds g() or iface()
 * in (dcl_call), or NULL. */
static const EscAutoTemp *operand_temp(EscContext *ctx, const Node *n) {
  const EscAutoTemp *at = escape_map_get(&ctx->autotmps, unparen(n));
  return at && at->operand ? at : NULL;
}

/* The methods called on type parameters in the generic function of the
 * instance being looked at, as gc's writer lists them in its dictionary:
 * each (type parameter, method) once, in the order written, a receiver
 * before its method (the order of the method names in the source). */
typedef struct TparamMethods {
  EscContext *ctx;
  const Node *want;   /* the selector whose index is asked */
  const Node *seen[64];
  int count;
  int index;          /* want's, or -1 */
} TparamMethods;

static void note_tparam_method(void *data, const Node *n) {
  TparamMethods *tm = data;
  if (n->kind != ND_SELECTOR || !n->u.selector.x->type ||
      n->u.selector.x->type->kind != TY_TYPEPARAM)
    return;
  const ExprInfo *info = check_expr_info(tm->ctx->pkg, n);
  if (!info || !info->selection || info->selection->kind == SEL_FIELD)
    return;
  int i = 0;
  while (i < tm->count &&
         !(tm->seen[i]->u.selector.x->type == n->u.selector.x->type &&
           strcmp(tm->seen[i]->u.selector.sel->u.name.name,
                  n->u.selector.sel->u.name.name) == 0))
    i++;
  if (i == tm->count) {
    if (tm->count == 64)
      return; /* (index -1: refused) */
    /* in place by the position of the method's name */
    Pos p = n->u.selector.sel->pos;
    int k = tm->count++;
    while (k > 0 && (p.line < tm->seen[k - 1]->u.selector.sel->pos.line ||
                     (p.line == tm->seen[k - 1]->u.selector.sel->pos.line &&
                      p.col < tm->seen[k - 1]->u.selector.sel->pos.col))) {
      tm->seen[k] = tm->seen[k - 1];
      k--;
    }
    tm->seen[k] = n;
  }
}

/* (func(go.shape.T, params) results)(&.dict[i]): the function a method
 * call on a type parameter calls in a shape instance; NULL when not
 * modeled. */
static const char *tparam_method_text(EscContext *ctx, const Node *sel) {
  if (!types_of || !types_of->inst)
    return NULL;
  const EscFunc *generic = escape_instance_generic(types_of);
  if (!generic || !generic->body)
    return NULL;
  TparamMethods tm = {ctx, sel, {NULL}, 0, -1};
  node_walk(generic->body, note_tparam_method, &tm);
  if (tm.count == 64)
    return NULL;
  const char *name = sel->u.selector.sel->u.name.name;
  for (int i = 0; i < tm.count; i++)
    if (tm.seen[i]->u.selector.x->type == sel->u.selector.x->type &&
        strcmp(tm.seen[i]->u.selector.sel->u.name.name, name) == 0)
      tm.index = i;
  const ExprInfo *info = check_expr_info(ctx->pkg, sel);
  Type *sig = info && info->selection && info->selection->obj
                  ? info->selection->obj->type : NULL;
  if (tm.index < 0 || !sig || sig->kind != TY_FUNC)
    return NULL;
  /* the method's signature with the receiver first */
  StrBuf buf = {NULL, 0, 0};
  strbuf_puts(&buf, "(func(");
  print_type_as_gc(ctx, &buf, sel->u.selector.x->type);
  Type *params = sig->u.func.params, *results = sig->u.func.results;
  for (int i = 0; i < params->u.tuple.count; i++) {
    Type *pt = params->u.tuple.vars[i]->type;
    strbuf_puts(&buf, ", ");
    if (sig->u.func.variadic && i == params->u.tuple.count - 1) {
      strbuf_puts(&buf, "...");
      pt = types_under(pt)->u.slice.elem;
    }
    print_type_as_gc(ctx, &buf, pt);
  }
  strbuf_puts(&buf, ")");
  int nr = results->u.tuple.count;
  strbuf_puts(&buf, nr > 1 ? " (" : nr ? " " : "");
  for (int i = 0; i < nr; i++) {
    if (i > 0)
      strbuf_puts(&buf, ", ");
    print_type_as_gc(ctx, &buf, results->u.tuple.vars[i]->type);
  }
  strbuf_printf(&buf, "%s)(&.dict[%d])", nr > 1 ? ")" : "", tm.index);
  const char *text = arena_strndup(ctx->arena, buf.data, buf.length);
  strbuf_free(&buf);
  return text;
}

/* A call of a generic function (clone c of n) as gc's IR has it: the
 * instance called with its dictionary first, after a method's receiver. */
static void instance_call_clone(EscContext *ctx, const Node *n, Node *c) {
  const char *callee, *dict;
  bool method;
  const Node *f = unparen(n->u.call.fun);
  if (types_of && types_of->inst && f->kind == ND_SELECTOR &&
      unparen(f->u.selector.x)->kind == ND_CALL &&
      !operand_temp(ctx, f->u.selector.x)) {
    /* gc's instances may spill such a receiver: .autotmp_N.M() */
    escape_unsupported(ctx, types_of->source, n->pos,
                       "the text of a method call on a call in an instance");
    return;
  }
  if (f->kind == ND_SELECTOR && f->u.selector.x->type &&
      f->u.selector.x->type->kind == TY_TYPEPARAM) {
    /* gc calls the method through the dictionary: (func(...))(&.dict[i])(x) */
    const char *text = tparam_method_text(ctx, f);
    if (!text) {
      escape_unsupported(ctx, types_of ? types_of->source : NULL, n->pos,
                         "the text of a method call on a type parameter");
      return;
    }
    Node *recv = gc_clone(ctx, f->u.selector.x);
    recv->next = c->u.call.args;
    c->u.call.args = recv;
    c->u.call.fun = name_node(ctx, f, text);
    return;
  }
  if (!escape_instance_call_text(ctx, types_of, n->u.call.fun, &callee, &dict,
                                 &method))
    return;
  const Node *fun = unparen(n->u.call.fun);
  Node *dict_node = name_node(ctx, n, dict);
  dict_node->next = c->u.call.args;
  c->u.call.args = dict_node;
  if (method) {
    Node *recv = gc_clone(ctx, fun->u.selector.x);
    recv->next = dict_node;
    c->u.call.args = recv;
  }
  c->u.call.fun = name_node(ctx, fun, callee);
}

/* A copy of an expression in which every constant subexpression is a
 * literal spelled as gc prints the folded constant (gc's IR has folded
 * them: "f + Float(1)", "string(n + 65 - 1)"), and every type as gc
 * prints it (type_expr_text). */
static EscFrame *frame_at(EscContext *ctx, const Node *n);
static const char *expanded_value_text(const EscFrame *fr);

static Node *gc_clone(EscContext *ctx, const Node *n) {
  Node *c = arena_alloc(ctx->arena, sizeof *c);
  *c = *n;
  const EscAutoTemp *op = operand_temp(ctx, n);
  if (op) /* g()(x): gc calls the temporary g() went to */
    return verbatim(c, arena_printf(ctx->arena, ".autotmp_%d", op->number));
  EscFrame *fr = n->kind == ND_CALL && ctx->plan ? frame_at(ctx, n) : NULL;
  if (fr) { /* an expanded call: gc prints its result variable */
    verbatim(c, expanded_value_text(fr));
    c->u.lit.lowest_prec = true;
    return c;
  }
  const EscAutoTemp *at = new_expression_temp(ctx, n);
  if (at)
    return verbatim(c, arena_printf(ctx->arena, "&.autotmp_%d", at->number));
  const ExprInfo *info = info_of(ctx, n);
  const char *type_text =
      info && info->mode == MODE_TYPEXPR && n->type ? type_expr_text(ctx, n)
                                                    : NULL;
  if (type_text && inst_type(n->type)->kind != TY_NAMED) {
    /* parenthesized where an operand would be: ([]struct { int })(x) */
    verbatim(c, type_text);
    c->u.lit.lowest_prec = true;
    return c;
  }
  if (type_text) {
    c->kind = ND_NAME;
    c->u.name.name = type_text;
    c->u.name.object = NULL;
    return c;
  }
  if (info && info->mode == MODE_CONSTANT && info->value &&
      !(n->kind == ND_BASIC_LIT && n->type &&
                              types_is_untyped(n->type))) {
    return verbatim(c, const_text(ctx, n, info->value));
  }
  switch (n->kind) {
  case ND_NAME:
    if (n->u.name.object && (n->u.name.object->kind == OBJ_VAR ||
                             n->u.name.object->kind == OBJ_FUNC))
      c->u.name.name = name_text(ctx, types_of, n->u.name.name);
    break;
  case ND_PAREN: case ND_IMPLICIT_CONV:
    c->u.paren.x = gc_clone(ctx, n->u.paren.x);
    break;
  case ND_UNARY:
    c->u.unary.x = gc_clone_operand(ctx, n->u.unary.x);
    break;
  case ND_BINARY:
    c->u.binary.x = gc_clone(ctx, n->u.binary.x);
    c->u.binary.y = gc_clone(ctx, n->u.binary.y);
    c->u.binary.concat = n->u.binary.op == TK_ADD && n->type &&
                         types_is_string(inst_type(n->type));
    break;
  case ND_CALL: {
    long runes = info && info->call_kind == CALL_CONVERSION
                     ? check_constant_runes(ctx->pkg, inst_type(n->type),
                                            n->u.call.args)
                     : -1;
    if (runes >= 0) {
      /* gc turns []rune("...") into the slice literal []rune{...} */
      StrBuf buf = {NULL, 0, 0};
      ast_print_expr(&buf, gc_clone(ctx, n->u.call.fun));
      strbuf_puts(&buf, runes == 0 ? "{}" : "{...}");
      verbatim(c, arena_strndup(ctx->arena, buf.data, buf.length));
      strbuf_free(&buf);
      break;
    }
    c->u.call.args = gc_clone_list(ctx, n->u.call.args);
    const Node *fn = unparen(n->u.call.fun);
    if (operand_temp(ctx, fn) ||
        (fn->kind == ND_SELECTOR && operand_temp(ctx, fn->u.selector.x)))
      c->u.call.fun = gc_clone(ctx, fn);
    if (info && info->call_kind == CALL_CONVERSION) {
      c->u.call.fun = gc_clone(ctx, n->u.call.fun); /* T(x) */
      slice_to_string_clone(ctx, n, c);
    }
    packed_args_clone(ctx, n, c);
    gc_method_call(ctx, c, n);
    devirt_call_clone(ctx, c, n);
    instance_call_clone(ctx, n, c);
    break;
  }
  case ND_COMPOSITE_LIT:
    if (n->u.composite.type)
      c->u.composite.type = gc_clone(ctx, n->u.composite.type);
    break;
  /* Types print from gc's types: an array's length is its value */
  case ND_ARRAY_TYPE:
    if (n->u.array.len && n->u.array.len->kind != ND_ELLIPSIS) {
      const ExprInfo *li = info_of(ctx, n->u.array.len);
      if (li && li->mode == MODE_CONSTANT && li->value &&
          li->value->kind == VAL_INT)
        c->u.array.len = verbatim(
            arena_alloc(ctx->arena, sizeof(Node)),
            const_text(ctx, NULL, li->value));
    }
    c->u.array.elem = gc_clone(ctx, n->u.array.elem);
    break;
  case ND_SLICE_TYPE:
    c->u.slice_type.elem = gc_clone(ctx, n->u.slice_type.elem);
    break;
  case ND_MAP_TYPE:
    c->u.map_type.key = gc_clone(ctx, n->u.map_type.key);
    c->u.map_type.value = gc_clone(ctx, n->u.map_type.value);
    break;
  case ND_TYPE_ASSERT:
    if (inst_type(n->type) != n->type) {
      /* to a shaped type: the type comes from the dictionary, an op gc's
       * printer has no words (nor precedence) for */
      verbatim(c, "<node DYNAMICDOTTYPE>");
      c->u.lit.lowest_prec = true;
      break;
    }
    c->u.assert.x = gc_clone_operand(ctx, n->u.assert.x);
    break;
  case ND_SELECTOR:
    c->u.selector.x = gc_clone_operand(ctx, n->u.selector.x);
    break;
  case ND_INDEX:
    c->u.index.x = gc_clone_operand(ctx, n->u.index.x);
    if (n->u.index.index && !n->u.index.index->next)
      c->u.index.index = gc_clone_list(ctx, n->u.index.index);
    break;
  case ND_SLICE_EXPR:
    c->u.slice.x = gc_clone_operand(ctx, n->u.slice.x);
    if (n->u.slice.low)
      c->u.slice.low = gc_clone(ctx, n->u.slice.low);
    if (n->u.slice.high)
      c->u.slice.high = gc_clone(ctx, n->u.slice.high);
    if (n->u.slice.max)
      c->u.slice.max = gc_clone(ctx, n->u.slice.max);
    break;
  default:
    break;
  }
  return c;
}

static const char *expr_text(EscContext *ctx, const Node *n) {
  StrBuf buf = {NULL, 0, 0};
  if (types_of && types_of->foreign) /* every name is qualified there */
    n = gc_clone(ctx, n);
  else if (n->kind == ND_CALL || n->kind == ND_BINARY || n->kind == ND_UNARY ||
      n->kind == ND_SELECTOR || n->kind == ND_INDEX ||
      n->kind == ND_SLICE_EXPR || n->kind == ND_PAREN ||
      n->kind == ND_COMPOSITE_LIT || n->kind == ND_TYPE_ASSERT)
    n = gc_clone(ctx, n);
  ast_print_expr(&buf, n);
  const char *s = arena_strndup(ctx->arena, buf.data ? buf.data : "",
                                buf.length);
  strbuf_free(&buf);
  return s;
}

/* A constant as gc prints an OLITERAL. */
static const char *const_text(EscContext *ctx, const Node *n,
                              const Value *v) {
  StrBuf buf = {NULL, 0, 0};
  Type *t = n ? inst_type(n->type) : NULL;
  /* gc prints the type unless it is the constant's default type; rune
   * constants print as quoted characters */
  TypeKind def = v->kind == VAL_BOOL ? TY_BOOL
               : v->kind == VAL_STRING ? TY_STRING
               : v->kind == VAL_INT ? TY_INT
               : v->kind == VAL_FLOAT ? TY_FLOAT64 : TY_COMPLEX128;
  int64_t r;
  if (t && (t == types_rune || t->kind == TY_UNTYPED_RUNE) &&
      v->kind == VAL_INT &&
      value_get_int64(v, &r) && r >= 0 && r <= 0x10FFFF) {
    if (r >= 0x20 && r < 0x7F && r != '\\' && r != '\'')
      strbuf_printf(&buf, "'%c'", (int)r);
    else if (r == '\\' || r == '\'')
      strbuf_printf(&buf, "'\\%c'", (int)r);
    else if (r < 0x80)
      strbuf_printf(&buf, "'\\x%02x'", (unsigned)r);
    else if (r < 0x10000)
      strbuf_printf(&buf, "'\\u%04x'", (unsigned)r);
    else
      strbuf_printf(&buf, "'\\U%08x'", (unsigned)r);
    goto done;
  }
  bool show = t && !types_is_untyped(t) && t->kind != def;
  if (show) {
    print_type_as_gc(ctx, &buf, t);
    strbuf_puts(&buf, "(");
  }
  switch (v->kind) {
  case VAL_BOOL: strbuf_puts(&buf, v->b ? "true" : "false"); break;
  case VAL_INT: value_print_exact(&buf, v); break;
  default: value_print(&buf, v); break; /* strings: shortened as gc does */
  }
  if (show)
    strbuf_puts(&buf, ")");
done:;
  const char *s = arena_strndup(ctx->arena, buf.data ? buf.data : "",
                                buf.length);
  strbuf_free(&buf);
  return s;
}

static uintptr_t var_facts(EscContext *ctx, const Object *obj) {
  return (uintptr_t)escape_map_get(&ctx->var_facts, obj);
}

static void add_fact(EscContext *ctx, const Object *obj, uintptr_t fact) {
  escape_map_put(&ctx->var_facts, obj,
                 (void *)(var_facts(ctx, obj) | fact));
}

/* Where a variable's locations are kept: the expanded body's own map
 * while one is walked (its names are the callee's, copied), else the
 * package-wide one. */
static EscMap *vars_map(EscContext *ctx) {
  return ctx->frame ? &ctx->frame->vars : &ctx->vars;
}

static EscLoc *var_loc(EscContext *ctx, const Object *obj) {
  if (!obj)
    return NULL;
  if (obj->kind == OBJ_VAR && obj->u.var.var_kind == VAR_PACKAGE)
    return escape_map_get(&ctx->vars, obj);
  /* an expanded closure's captured variables are those of the body that
   * holds its literal */
  for (EscFrame *fr = ctx->frame; fr; fr = fr->home) {
    EscLoc *loc = escape_map_get(&fr->vars, obj);
    if (loc || fr->site->callee_decl->kind != ND_FUNC_LIT)
      return loc;
  }
  return escape_map_get(&ctx->vars, obj);
}

/* The frame of a call gc expands, in the body being walked. */
static EscFrame *frame_at(EscContext *ctx, const Node *n) {
  const InlineSite *parent = ctx->frame ? ctx->frame->site : NULL;
  for (EscFrame *fr = ctx->fn_frames; fr; fr = fr->next)
    if (fr->site->call == n && fr->site->parent == parent)
      return fr;
  return NULL;
}

/* A local variable's static value (gc's ReassignOracle.StaticValue): the
 * expression that defined it, when it is never assigned again nor has its
 * address taken; follows chains of such variables. */
static const Node *static_value_of(EscContext *ctx, const Node *n,
                                   bool located);

static const Node *static_value(EscContext *ctx, const Node *n) {
  return static_value_of(ctx, n, true);
}

/* located: only variables of the batch being built (with a location);
 * false before any batch exists (the call graph's scan, escape.c). */
static const Node *static_value_of(EscContext *ctx, const Node *n,
                                   bool located) {
  /* In an expanded body a parameter is a local defined by its argument,
   * which is the caller's expression: the walk moves out to the frame the
   * call was made in. */
  EscFrame *saved = ctx->frame;
  for (int guard = 0; guard < 16; guard++) {
    n = unparen(n);
    if (n && n->kind == ND_CALL && ctx->plan) {
      /* an expanded call whose callee has one return: its result is that
       * value (gc's CanDelayResults), read in the callee's frame */
      EscFrame *fr = frame_at(ctx, n);
      if (!fr || !fr->site->delayed)
        break;
      ctx->frame = fr;
      n = fr->site->delayed;
      continue;
    }
    if (!n || n->kind != ND_NAME)
      break;
    Object *obj = n->u.name.object;
    if (!obj || obj->kind != OBJ_VAR ||
        (located ? !var_loc(ctx, obj)
                 : obj->u.var.var_kind == VAR_PACKAGE) ||
        (var_facts(ctx, obj) & ~(uintptr_t)VAR_FACT_NOINIT))
      break;
    /* (a closure expanded in an expanded body reads its captured
     * variables from the frames around it) */
    const Node *arg = NULL;
    EscFrame *fr = ctx->frame;
    for (; fr && !(arg = escape_map_get(&fr->args, obj)); fr = fr->outer)
      ;
    if (arg) {
      ctx->frame = fr->outer;
      n = arg;
      continue;
    }
    const Node *def = escape_map_get(&ctx->var_defs, obj);
    if (!def)
      break;
    n = def;
  }
  ctx->frame = saved;
  return n;
}

/* rewriteWithLiterals' second case: len(s) of a variable whose static
 * value is a slice literal is that literal's length. */
static bool static_len(EscContext *ctx, const Node *v, int64_t *out) {
  v = unparen(v);
  if (!v || v->kind != ND_CALL)
    return false;
  const ExprInfo *info = info_of(ctx, v);
  if (!info || info->call_kind != CALL_BUILTIN || info->builtin != BI_LEN ||
      !v->u.call.args)
    return false;
  const Node *x = static_value(ctx, v->u.call.args);
  if (!x || x->kind != ND_COMPOSITE_LIT || !is_kind(x->type, TY_SLICE))
    return false;
  for (const Node *e = x->u.composite.elems; e; e = e->next)
    if (e->kind == ND_KEY_VALUE)
      return false;
  *out = x->u.composite.count;
  return true;
}

/* An expression printed as written, but in an imported package's code
 * (an instance of its generic function) with its names qualified. */
static const Node *source_text(EscContext *ctx, const Node *n) {
  return types_of && types_of->foreign ? gc_clone(ctx, n) : n;
}

/* The text gc prints for make(T, args): constant sizes folded, and the
 * size that decides the allocation replaced by its static value (gc's
 * rewriteWithLiterals). */
static const char *make_text(EscContext *ctx, const Node *n) {
  StrBuf buf = {NULL, 0, 0};
  const Node *args = n->u.call.args;
  strbuf_puts(&buf, "make(");
  ast_print_expr(&buf, gc_clone(ctx, args));
  const Node *last = NULL;
  for (const Node *a = args->next; a; a = a->next)
    last = a;
  for (const Node *a = args->next; a; a = a->next) {
    strbuf_puts(&buf, ", ");
    const ExprInfo *info = info_of(ctx, a);
    const Node *v = a == last && is_kind(n->type, TY_SLICE)
                        ? static_value(ctx, a) : a;
    const ExprInfo *vi = info_of(ctx, v);
    int64_t len;
    if (info && info->mode == MODE_CONSTANT && info->value)
      strbuf_puts(&buf, const_text(ctx, a, info->value));
    else if (a == last && is_kind(n->type, TY_SLICE) &&
             static_len(ctx, v, &len))
      strbuf_printf(&buf, "%lld", (long long)len);
    else if (v != unparen(a) && vi && vi->mode == MODE_CONSTANT &&
             vi->value && !value_sign_negative(vi->value))
      strbuf_puts(&buf, const_text(ctx, v, vi->value));
    else
      ast_print_expr(&buf, source_text(ctx, a));
  }
  strbuf_puts(&buf, ")");
  const char *text = arena_strndup(ctx->arena, buf.data, buf.length);
  strbuf_free(&buf);
  return text;
}

/* A type as gc prints it in a diagnostic. */
static void print_type_as_gc(EscContext *ctx, StrBuf *buf, Type *t) {
  const char *text = escape_type_text(ctx, inst_type(t));
  if (text && !text[0])
    escape_unsupported(ctx, types_of ? types_of->source : NULL, (Pos){0, 0},
                       "the text of a type");
  if (text)
    strbuf_puts(buf, text);
  else
    types_print(buf, inst_type(t), ctx->pkg);
}

/* A composite literal's text; elided types are spelled out. */
static const char *composite_text(EscContext *ctx, const Node *n) {
  if (n->u.composite.type)
    return expr_text(ctx, n);
  StrBuf buf = {NULL, 0, 0};
  print_type_as_gc(ctx, &buf, n->type);
  strbuf_puts(&buf, n->u.composite.elems ? "{...}" : "{}");
  const char *text = arena_strndup(ctx->arena, buf.data, buf.length);
  strbuf_free(&buf);
  return text;
}

/* ---- The walker ---- */

typedef struct PendingClosure {
  EscHole k;
  EscFunc *fn;
  EscLoc **free_locs; /* a copy in an expanded body: its captured
                         variables' locations (else looked up by name) */
  const EscAutoTemp *wrapper_temps; /* a go/defer wrapper: the temporaries
                                       it captures (already flowed; only
                                       -m=2's lines are left to print) */
  const EscFunc *wrapper_in;        /* ... and the function declaring them */
} PendingClosure;

typedef struct Builder {
  EscContext *ctx;
  EscBatch *batch;
  PendingClosure *closures;
  int nclosures, closures_capacity;
} Builder;

static bool dictionary_closure(EscContext *ctx, const Node *n);

/* A closure met while walking, whose captures flow (gc's flowClosure)
 * once every body of the batch has been walked. */
static PendingClosure *add_pending_closure(Builder *b, EscHole k,
                                           EscFunc *f) {
  if (b->nclosures == b->closures_capacity) {
    int cap = b->closures_capacity ? b->closures_capacity * 2 : 8;
    PendingClosure *fresh =
        arena_alloc(b->ctx->arena, sizeof *fresh * (size_t)cap);
    if (b->nclosures)
      memcpy(fresh, b->closures, sizeof *fresh * (size_t)b->nclosures);
    b->closures = fresh;
    b->closures_capacity = cap;
  }
  PendingClosure *pc = &b->closures[b->nclosures++];
  memset(pc, 0, sizeof *pc);
  pc->k = k;
  pc->fn = f;
  return pc;
}

#define MAX_ARGS 64

/* go/defer wrappers: the temporaries of a multi-value argument. */
typedef struct TupleTemps {
  int count;
  EscLoc *temps[MAX_ARGS];
  bool converted[MAX_ARGS]; /* holds the value converted to an interface */
  bool byref[MAX_ARGS];     /* go/defer: a variable the wrapper captures by
                               reference (a value over 128 bytes) */
} TupleTemps;

typedef struct Walker {
  Builder *b;
  EscContext *ctx;
  EscBatch *batch;
  EscFunc *fn;
  int loop_depth;
  const char **labels;  /* looping labels of fn (interned names) */
  int nlabels;
  EscMap *subst;        /* go/defer wrappers: argument node -> temp */
  EscMap *tuple_subst;  /* ... and multi-value argument -> TupleTemps */
  const char *conv_text; /* the next conversion's text, when gc's differs */
  EscLoc *recv_temp;    /* go/defer wrappers: the evaluated receiver ... */
  const Node *recv_sel; /* ... of this method selector */
} Walker;

/* The function whose generic references the walk resolves: the shape
 * instance of the expanded body being walked, else the function. */
static const EscFunc *within_of(Walker *w) {
  for (const EscFrame *fr = w->ctx->frame; fr; fr = fr->outer)
    if (fr->inst)
      return fr->inst;
  return w->fn;
}

static void unsupported(Walker *w, const Node *n, const char *what) {
  escape_unsupported(w->ctx, w->fn->source, n ? n->pos : w->fn->decl->pos,
                     what);
}

static EscHole hole_of(EscLoc *loc) {
  EscHole k = {loc, 0, false};
  return k;
}

static EscHole shift(EscHole k, int delta) {
  k.derefs += delta;
  if (k.derefs < -1)
    INTERNAL_ERROR("derefs underflow");
  k.addrtaken = delta < 0;
  return k;
}

static EscHole heap_hole(Walker *w) { return hole_of(&w->batch->heap); }
static EscHole discard_hole(Walker *w) { return hole_of(&w->batch->blank); }
static EscHole mutator_hole(Walker *w) { return hole_of(&w->batch->mutator); }
static EscHole callee_hole(Walker *w) { return hole_of(&w->batch->callee); }

/* gc's flow: record dst <- src, short-circuiting stores of addresses into
 * the heap. */
static void flow(EscBatch *batch, EscHole k, EscLoc *src) {
  if (k.addrtaken)
    src->addrtaken = true;
  EscLoc *dst = k.dst;
  if (dst == &batch->blank)
    return;
  if (dst == src && k.derefs >= 0)
    return;
  if ((dst->attrs & ESC_ESCAPES) && k.derefs < 0) {
    src->attrs |= ESC_ESCAPES | ESC_PERSISTS | ESC_MUTATES | ESC_CALLS;
    return;
  }
  escape_add_edge(batch, dst, src, k.derefs);
}

static EscLoc *new_loc(Walker *w, EscLocKind kind) {
  return escape_new_loc(w->batch, kind, w->fn, w->loop_depth);
}

static EscHole tee_hole(Walker *w, EscHole *ks, int n) {
  if (n == 0)
    return discard_hole(w);
  if (n == 1)
    return ks[0];
  EscLoc *loc = new_loc(w, LOC_TEMP);
  for (int i = 0; i < n; i++)
    flow(w->batch, ks[i], loc);
  return hole_of(loc);
}

static EscHole tee2(Walker *w, EscHole a, EscHole b) {
  EscHole ks[2] = {a, b};
  return tee_hole(w, ks, 2);
}

/* An allocation site: its address flows to k; its contents go to the
 * returned hole. */
static EscHole spill(Walker *w, EscHole k, const Node *n, const char *text,
                     EscAllocKind alloc) {
  EscLoc *loc = new_loc(w, LOC_ALLOC);
  loc->node = n;
  loc->alloc = alloc;
  loc->text = text;
  loc->source = w->fn->source;
  loc->pos = n->pos;
  loc->type = inst_type(n->type);
  flow(w->batch, shift(k, -1), loc);
  return hole_of(loc);
}

static void expr(Walker *w, EscHole k, const Node *n);
static void stmt(Walker *w, const Node *n);
static void stmt_list(Walker *w, const Node *list);
static void call(Walker *w, EscHole *ks, int nks, const Node *n);
typedef struct DeclScan {
  Walker *w;
} DeclScan;
static void scan_decl(void *data, const Node *n);
static void flow_closures(Builder *b);
typedef void (*StmtVisit)(void *data, const Node *n);
static void visit_stmts(const Node *list, StmtVisit fn, void *data);
static EscLoc *var_new_loc(Walker *w, Object *obj, Pos pos);
static void set_looping_labels(Walker *w, const Node *body);
static EscHole addr(Walker *w, const Node *n);

static void discard(Walker *w, const Node *n) { expr(w, discard_hole(w), n); }

static void discard_list(Walker *w, const Node *list) {
  for (const Node *n = list; n; n = n->next)
    discard(w, n);
}

static void block(Walker *w, const Node *n) {
  int old = w->loop_depth;
  if (n && n->kind == ND_BLOCK)
    stmt_list(w, n->u.block.stmts);
  else
    stmt(w, n);
  w->loop_depth = old;
}

/* ---- Field paths: x.f with implicit embedded fields and derefs ---- */

/* The type reached from `t` after following `steps` fields of `path`. */
static Type *path_type(Type *t, const int *path, int steps) {
  for (int i = 0; i < steps && t; i++) {
    Type *u = under(t);
    if (u->kind == TY_POINTER)
      u = under(u->u.pointer.elem);
    if (u->kind != TY_STRUCT || path[i] >= u->u.strct.field_count)
      return NULL;
    t = u->u.strct.fields[path[i]]->type;
  }
  return t;
}

/* Evaluate x.path[0]...path[steps-1] into k. */
static void eval_path(Walker *w, EscHole k, const Node *x, const int *path,
                      int steps) {
  if (steps == 0) {
    expr(w, k, x);
    return;
  }
  Type *t = path_type(x->type, path, steps);
  if (k.derefs >= 0 && t && !is_untyped(t) && !has_pointers(t))
    k.dst = &w->batch->blank;
  Type *before = path_type(x->type, path, steps - 1);
  if (!t || !before) {
    unsupported(w, x, "field selection");
    return;
  }
  if (is_kind(before, TY_POINTER))
    k = shift(k, 1);
  eval_path(w, k, x, path, steps - 1);
}

/* The location of x.path... as an assignment target (gc's addr of ODOT /
 * ODOTPTR). */
static EscHole addr_path(Walker *w, const Node *x, const int *path,
                         int steps) {
  if (steps == 0)
    return addr(w, x);
  Type *before = path_type(x->type, path, steps - 1);
  if (!before) {
    unsupported(w, x, "field selection");
    return heap_hole(w);
  }
  if (is_kind(before, TY_POINTER)) {
    eval_path(w, mutator_hole(w), x, path, steps - 1);
    return heap_hole(w);
  }
  return addr_path(w, x, path, steps - 1);
}

/* ---- Callees ---- */

typedef struct Callee {
  Object *obj;      /* declared function or method (this or another pkg) */
  EscFunc *fn;      /* its body in this package, or a func literal */
  Type *sig;        /* the callee's signature (with receiver) */
  bool dynamic;     /* a call through a func value or an interface */
  bool ptr_to_value_recv; /* a *T receiver passed to a T method (gc's
                             method expressions and values use T.M's
                             summary; a scalar T has none: heap) */
  bool shaped_wrapper;    /* ... but (*T[go.shape.int]).M, in a shape
                             instance, is a wrapper gc analyzed: it
                             passes *p to T.M */
  EscFrame *frame;  /* an expanded call: arguments go to its parameters */
  const EscHole *holes; /* an expanded imported call: where each argument
                           goes (NULL entries of `has_hole`: its tag) */
  const bool *has_hole;
} Callee;

static bool in_mutual_batch(const EscFunc *f) {
  return f && f->state != ESC_FUNC_UNKNOWN && f->state < ESC_FUNC_TAGGED;
}

/* gc's ir.StaticValue + StaticCalleeName on a call's fun. */
static Callee static_callee(Walker *w, const Node *fun) {
  Callee c;
  memset(&c, 0, sizeof c);
  const Node *v = static_value(w->ctx, fun);
  v = unparen(v);
  if (v && v->kind == ND_NAME && v->u.name.object &&
      v->u.name.object->kind == OBJ_FUNC) {
    c.obj = v->u.name.object;
  } else if (v && v->kind == ND_SELECTOR) {
    const ExprInfo *info = info_of(w->ctx, v);
    if (info && info->selection) {
      Selection *s = info->selection;
      if (s->kind == SEL_QUALIFIED && s->obj && s->obj->kind == OBJ_FUNC)
        c.obj = s->obj;
      else if (s->kind == SEL_QUALIFIED && v->u.selector.sel->u.name.object &&
               v->u.selector.sel->u.name.object->kind == OBJ_FUNC)
        c.obj = v->u.selector.sel->u.name.object;
      else if (s->kind == SEL_METHOD_EXPR && s->obj &&
               s->obj->kind == OBJ_FUNC && !s->via_interface &&
               !is_interface(s->recv) && s->depth == 1 && s->obj->type &&
               s->obj->type->u.func.recv) {
        c.obj = s->obj;
        c.ptr_to_value_recv =
            is_kind(s->recv, TY_POINTER) &&
            !is_kind(s->obj->type->u.func.recv->type, TY_POINTER);
        c.shaped_wrapper =
            c.ptr_to_value_recv && inst_type(s->recv) != s->recv;
      }
    } else if (v->u.selector.sel->u.name.object &&
               v->u.selector.sel->u.name.object->kind == OBJ_FUNC) {
      c.obj = v->u.selector.sel->u.name.object;
    }
  } else if (v && v->kind == ND_FUNC_LIT) {
    c.fn = escape_func_of_lit(w->ctx, within_of(w), v);
    if (c.fn)
      c.sig = c.fn->sig;
    return c;
  }
  if (c.obj) {
    c.fn = escape_func_of_object(w->ctx, c.obj);
    c.sig = c.obj->type;
  } else {
    c.dynamic = true;
  }
  return c;
}

/* Parameter i (receiver first when the signature has one) of a signature,
 * as (object, type). */
static Object *sig_param(Type *sig, int i) {
  if (sig->u.func.recv) {
    if (i == 0)
      return sig->u.func.recv;
    i--;
  }
  return sig->u.func.params->u.tuple.vars[i];
}

/* gc's tagHole: where an argument for parameter i goes. */
static EscHole tag_hole(Walker *w, EscHole *ks, int nks, const Callee *c,
                        int i) {
  if (c->frame) { /* gc: the callee's parameters := the arguments */
    EscLoc *loc = i < c->frame->param_count ? c->frame->param_locs[i] : NULL;
    return loc ? hole_of(loc) : discard_hole(w);
  }
  if (c->holes && c->has_hole[i])
    return c->holes[i];
  if (i == 0 && c->shaped_wrapper) {
    Callee method = *c;
    method.ptr_to_value_recv = method.shaped_wrapper = false;
    return shift(tag_hole(w, ks, nks, &method, 0), 1);
  }
  if (c->dynamic || (!c->obj && !c->fn))
    return heap_hole(w);
  if (in_mutual_batch(c->fn)) {
    EscLoc *loc = c->fn->param_locs[i];
    return loc ? hole_of(loc) : discard_hole(w);
  }
  Object *param = sig_param(c->sig, i);
  /* an instance's receiver type is the method's, with the shapes */
  Type *recv_type = c->fn && c->fn->inst && i == 0
                        ? escape_inst_type(c->fn, c->fn->params[0]->type)
                        : param->type;
  if (i == 0 && c->ptr_to_value_recv && !has_pointers(recv_type))
    return heap_hole(w);
  EscLeaks leaks = escape_callee_tag(w->ctx, c->obj, c->fn, i,
                                     inst_type(param->type));
  EscHole tks[3 + ESC_RESULT_SLOTS];
  int n = 0;
  int x;
  if ((x = escape_leaks_get(&leaks, LEAK_HEAP)) >= 0)
    tks[n++] = shift(heap_hole(w), x);
  if ((x = escape_leaks_get(&leaks, LEAK_MUTATOR)) >= 0)
    tks[n++] = shift(mutator_hole(w), x);
  if ((x = escape_leaks_get(&leaks, LEAK_CALLEE)) >= 0)
    tks[n++] = shift(callee_hole(w), x);
  if (ks)
    for (int r = 0; r < ESC_RESULT_SLOTS && r < nks; r++)
      if ((x = escape_leaks_get(&leaks, LEAK_RESULT0 + r)) >= 0)
        tks[n++] = shift(ks[r], x);
  for (int j = 0; j < n; j++)
    tks[j].addrtaken = false;
  return tee_hole(w, tks, n);
}

/* The receiver expression of a method call or method value, adjusted to
 * the method's receiver (implicit & or *, embedded fields). */
static void receiver_ex(Walker *w, EscHole k, const Node *sel, Selection *s,
                        bool adjust);

static void receiver(Walker *w, EscHole k, const Node *sel, Selection *s) {
  receiver_ex(w, k, sel, s, true);
}

static void receiver_ex(Walker *w, EscHole k, const Node *sel, Selection *s,
                        bool adjust) {
  if (w->recv_temp && sel == w->recv_sel) {
    flow(w->batch, k, w->recv_temp); /* a go/defer wrapper's captured one */
    return;
  }
  const Node *x = sel->u.selector.x;
  int steps = s->depth - 1;
  Type *t = path_type(x->type, s->path, steps);
  if (!t) {
    unsupported(w, sel, "method receiver");
    return;
  }
  if (adjust && !s->via_interface && s->obj && s->obj->kind == OBJ_FUNC) {
    bool want_ptr = s->obj->u.func.pointer_recv;
    Type *rt = s->obj->type && s->obj->type->u.func.recv
                   ? s->obj->type->u.func.recv->type
                   : NULL;
    if (rt)
      want_ptr = is_kind(rt, TY_POINTER);
    bool is_ptr = is_kind(t, TY_POINTER);
    if (want_ptr && !is_ptr)
      k = shift(k, -1);
    else if (!want_ptr && is_ptr)
      k = shift(k, 1);
  }
  eval_path(w, k, x, s->path, steps);
}

/* The arguments of a call: receiver (if any), then the parameters, with
 * variadic arguments packed into gc's "... argument" slice. */
/* One argument: an expression, or a temporary holding one result of a
 * multi-value call f(g()) (gc rewrites it as t1, t2 := g(); f(t1, t2)). */
typedef struct Arg {
  const Node *node;
  EscLoc *temp;
  Type *type;
} Arg;

static void eval_arg(Walker *w, EscHole k, const Arg *a) {
  if (a->temp)
    flow(w->batch, k, a->temp);
  else
    expr(w, k, a->node);
}

/* An argument uintptr(p), p an unsafe.Pointer, of a call to a function
 * marked //go:uintptrescapes: gc copies p into a temporary whose value it
 * sends to the heap (the pointer hides in a uintptr the callee may keep),
 * and passes the uintptr, a scalar, as usual.  Returns p, or NULL. */
static const Node *uintptr_escapes_operand(Walker *w, const Callee *c,
                                           const Node *arg) {
  const Node *d = c->obj && c->obj->kind == OBJ_FUNC && !c->dynamic
                      ? c->obj->u.func.decl : NULL;
  if (!arg || !d || d->kind != ND_FUNC_DECL ||
      !(d->pragmas & PRAGMA_UINTPTRESCAPES))
    return NULL;
  arg = unparen(arg);
  const ExprInfo *info = info_of(w->ctx, arg);
  if (arg->kind != ND_CALL || !info || info->call_kind != CALL_CONVERSION ||
      !is_kind(arg->type, TY_UINTPTR))
    return NULL;
  const Node *p = unparen(arg->u.call.args);
  return p && is_kind(p->type, TY_UNSAFE_POINTER) ? p : NULL;
}

/* An argument for a parameter: see uintptr_escapes_operand. */
static void eval_param_arg(Walker *w, EscHole k, const Callee *c,
                           const Arg *a) {
  const Node *p = a->temp ? NULL : uintptr_escapes_operand(w, c, a->node);
  if (p)
    expr(w, heap_hole(w), p);
  else
    eval_arg(w, k, a);
}

/* Result i of a multi-value call f(g()) passed for a parameter of type
 * `to`: gc's reader converts the temporary (.autotmp_N) to an interface
 * at the call, allocating unless the value is pointer-shaped. */
static void eval_tuple_arg(Walker *w, EscHole k, const Node *call_node,
                           const Node *tuple, int i, const Arg *a, Type *to) {
  if (!is_interface(to) || is_interface(a->type)) {
    eval_arg(w, k, a);
    return;
  }
  TupleTemps *pre = w->tuple_subst ? escape_map_get(w->tuple_subst, tuple)
                                   : NULL;
  if (pre && i < pre->count && pre->converted[i]) {
    eval_arg(w, k, a); /* converted at the go/defer statement */
    return;
  }
  const EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, tuple);
  if (!at || pre || i >= at->count) {
    unsupported(w, call_node, "multi-value argument converted to interface");
    return;
  }
  if (!is_direct_iface(a->type)) {
    k = spill(w, k, call_node,
              arena_printf(w->ctx->arena, ".autotmp_%d", at->number + i),
              ALLOC_PLAIN);
  }
  eval_arg(w, k, a);
}

/* Evaluate a multi-value call into fresh temporaries. */
static int tuple_temps(Walker *w, const Node *call_node, EscLoc **temps) {
  Type *tt = call_node->type;
  int count = tt->u.tuple.count;
  if (count > MAX_ARGS) {
    unsupported(w, call_node, "call with many results");
    return 0;
  }
  EscHole ks[MAX_ARGS];
  for (int i = 0; i < count; i++) {
    temps[i] = new_loc(w, LOC_TEMP);
    ks[i] = hole_of(temps[i]);
  }
  call(w, ks, count, unparen(call_node));
  return count;
}

/* The arguments of a call: receiver (if any), then the parameters, with
 * variadic arguments packed into gc's "... argument" slice. */
static void call_args_ex(Walker *w, EscHole *ks, int nks, const Node *n,
                         const Callee *c, const Node *recv_sel,
                         Selection *rs, const Node *args, bool recv_done);

static void call_args(Walker *w, EscHole *ks, int nks, const Node *n,
                      const Callee *c, const Node *recv_sel, Selection *rs,
                      const Node *args) {
  call_args_ex(w, ks, nks, n, c, recv_sel, rs, args, false);
}

/* gc's deadlocals pass, which runs after inlining, drops an assignment
 * to a local that nothing reads when the value has no effects: a name, a
 * constant, nil, a func literal.  An expanded call assigns each argument
 * to its parameter, so an argument of that kind for a parameter its body
 * never reads is not evaluated at all: a func literal there gets no
 * line, and captures nothing.  (gc also drops what only such a dropped
 * assignment read, transitively; goesc looks one level deep.) */
static bool dead_param_arg(Walker *w, const Callee *c, int param,
                           const Node *arg) {
  EscFrame *fr = c->frame;
  if (!fr || !fr->site || !fr->site->callee_decl || !arg || !fr->param_locs)
    return false;
  arg = unparen(arg);
  const ExprInfo *ai = info_of(w->ctx, arg);
  bool no_effects =
      arg->kind == ND_FUNC_LIT || arg->kind == ND_BASIC_LIT ||
      (ai && ai->mode == MODE_CONSTANT) ||
      (arg->kind == ND_NAME && arg->u.name.object &&
       (arg->u.name.object->kind == OBJ_VAR ||
        arg->u.name.object->kind == OBJ_CONST ||
        arg->u.name.object->kind == OBJ_FUNC ||
        arg->u.name.object->kind == OBJ_NIL));
  if (!no_effects)
    return false;
  if (!fr->param_locs[param]) /* an unnamed or blank parameter */
    return true;
  /* the checker marks a variable used where its value is read (not
   * where it is only assigned), as deadlocals counts a use */
  const Object *var = fr->param_locs[param]->var;
  return var && !var->used;
}

static void call_args_ex(Walker *w, EscHole *ks, int nks, const Node *n,
                         const Callee *c, const Node *recv_sel,
                         Selection *rs, const Node *args, bool recv_done) {
  const ExprInfo *info = info_of(w->ctx, n);
  Type *sig = c->sig;
  Arg items[MAX_ARGS];
  int nitems = 0;
  if (args && !args->next && args->type && args->type->kind == TY_TUPLE) {
    EscLoc *temps[MAX_ARGS];
    TupleTemps *pre = w->tuple_subst ? escape_map_get(w->tuple_subst, args)
                                     : NULL;
    int count = pre ? pre->count : tuple_temps(w, args, temps);
    for (int i = 0; i < count; i++) {
      items[nitems].node = NULL;
      items[nitems].temp = pre ? pre->temps[i] : temps[i];
      items[nitems].type = args->type->u.tuple.vars[i]->type;
      nitems++;
    }
  } else {
    for (const Node *a = args; a; a = a->next) {
      if (nitems == MAX_ARGS) {
        unsupported(w, n, "call with many arguments");
        return;
      }
      items[nitems].node = a;
      items[nitems].temp = NULL;
      items[nitems].type = a->type;
      nitems++;
    }
  }
  int ai = 0, pi = 0;
  if (sig->u.func.recv && recv_done) {
    pi = 1;
  } else if (sig->u.func.recv) {
    EscHole k = tag_hole(w, ks, nks, c, 0);
    if (recv_sel)
      receiver(w, k, recv_sel, rs);
    else if (ai < nitems)
      eval_arg(w, k, &items[ai++]);
    pi = 1;
  }
  int nparams = sig->u.func.params->u.tuple.count;
  for (int i = 0; i < nparams; i++, pi++) {
    EscHole k = tag_hole(w, ks, nks, c, pi);
    bool packed = info && info->has_variadic_slice && i == nparams - 1;
    Type *pt = sig->u.func.params->u.tuple.vars[i]->type;
    if (packed && pt && is_kind(pt, TY_SLICE))
      pt = under(pt)->u.slice.elem;
    if (packed) {
      if (ai >= nitems)
        break; /* no extra arguments: a nil slice */
      EscHole sk = spill(w, k, n, "... argument", ALLOC_PLAIN);
      for (; ai < nitems; ai++) {
        if (items[ai].temp)
          eval_tuple_arg(w, sk, n, args, ai, &items[ai], pt);
        else
          eval_param_arg(w, sk, c, &items[ai]);
      }
      break;
    }
    if (ai >= nitems) {
      unsupported(w, n, "call with missing arguments");
      return;
    }
    if (items[ai].temp)
      eval_tuple_arg(w, k, n, args, ai, &items[ai], pt);
    else if (!dead_param_arg(w, c, pi, items[ai].node))
      eval_param_arg(w, k, c, &items[ai]);
    ai++;
  }
}

/* new(expr), Go 1.26: gc's reader makes it `tmp := expr; &tmp`, so what
 * may move to the heap is a variable, .autotmp_N (see DclScan). */
static void number_callee_temps(Walker *w, EscFrame *fr);

static void new_expression(Walker *w, EscHole k, const Node *n) {
  EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, n);
  EscFrame *fr = w->ctx->frame;
  if (!at && fr) {
    number_callee_temps(w, fr);
    at = escape_map_get(&w->ctx->autotmps, n);
  }
  EscLoc *tmp = at ? at->loc : NULL;
  if (tmp && tmp->fn != w->fn && fr) {
    /* in an expanded body: the caller's copy of the callee's temporary,
     * which keeps its name, reported at the outermost call site */
    EscLoc *copy = escape_map_get(&fr->vars, n);
    if (!copy) {
      copy = new_loc(w, LOC_VAR);
      copy->autotmp = true;
      copy->text = tmp->text;
      copy->source = fr->site->source;
      copy->pos = fr->site->pos;
      copy->type = tmp->type;
      copy->attrs |= ESC_PERSISTS;
      escape_map_put(&fr->vars, n, copy);
    }
    tmp = copy;
  }
  if (!tmp || tmp->fn != w->fn) {
    unsupported(w, n, "new(expression)");
    return;
  }
  tmp->loop_depth = w->loop_depth; /* declared here */
  expr(w, hole_of(tmp), n->u.call.args);
  flow(w->batch, shift(k, -1), tmp);
}

/* The parameter type a builtin gives its argument i, where it converts
 * (append's elements, delete's key); NULL elsewhere. */
static Type *builtin_param_type(BuiltinId id, Type *first, int i) {
  Type *u = under(first);
  if (id == BI_APPEND && i > 0 && u && u->kind == TY_SLICE)
    return u->u.slice.elem;
  if (id == BI_DELETE && i == 1 && u && u->kind == TY_MAP)
    return u->u.map.key;
  return NULL;
}

/* append(g()), copy(g()) ...: the results of g go through temporaries
 * (gc's multiExpr), converted to interfaces where the builtin's parameter
 * is one.  Returns stand-in argument nodes that evaluate to the
 * temporaries (through w->subst). */
static const Node *tuple_builtin_args(Walker *w, const Node *n,
                                      const Node *tuple, BuiltinId id) {
  TupleTemps *pre = w->tuple_subst ? escape_map_get(w->tuple_subst, tuple)
                                   : NULL;
  EscLoc *temps[MAX_ARGS];
  int count = pre ? pre->count : tuple_temps(w, tuple, temps);
  const EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, tuple);
  if (w->ctx->unsupported || !at || at->count != count || count < 1) {
    unsupported(w, n, "builtin call with a multi-value argument");
    return NULL;
  }
  if (!w->subst) {
    w->subst = arena_alloc(w->ctx->arena, sizeof *w->subst);
    w->subst->arena = w->ctx->arena;
  }
  Node *head = NULL, **tail = &head;
  Type *first = tuple->type->u.tuple.vars[0]->type;
  for (int i = 0; i < count; i++) {
    Node *name = arena_alloc(w->ctx->arena, sizeof *name);
    name->kind = ND_NAME;
    name->pos = n->pos;
    name->type = tuple->type->u.tuple.vars[i]->type;
    name->u.name.name =
        arena_printf(w->ctx->arena, ".autotmp_%d", at->number + i);
    escape_map_put(w->subst, name, pre ? pre->temps[i] : temps[i]);
    Node *arg = name;
    Type *pt = builtin_param_type(id, first, i);
    if (pt && is_interface(pt) && !is_interface(name->type) &&
        !(pre && pre->converted[i])) {
      if (pre) {
        unsupported(w, n, "builtin call with a multi-value argument");
        return NULL;
      }
      arg = arena_alloc(w->ctx->arena, sizeof *arg);
      arg->kind = ND_IMPLICIT_CONV;
      arg->pos = n->pos;
      arg->type = pt;
      arg->u.paren.x = name;
    }
    *tail = arg;
    tail = &arg->next;
  }
  return head;
}

static void builtin_call(Walker *w, EscHole *ks, int nks, const Node *n,
                         BuiltinId id) {
  const Node *args = n->u.call.args;
  EscHole k0 = nks > 0 ? ks[0] : discard_hole(w);
  if (is_tuple(args)) {
    args = tuple_builtin_args(w, n, args, id);
    if (!args)
      return;
  }
  switch (id) {
  case BI_APPEND: {
    Type *st = args->type;
    EscHole appendee = tee2(w, k0, mutator_hole(w));
    Type *su = under(st);
    if (su && su->kind == TY_SLICE && has_pointers(su->u.slice.elem))
      appendee = tee2(w, appendee, shift(heap_hole(w), 1));
    expr(w, appendee, args);
    if (n->u.call.has_dots) {
      EscHole appended = discard_hole(w);
      Type *au = under(args->next->type);
      if (au && au->kind == TY_SLICE && has_pointers(au->u.slice.elem))
        appended = shift(heap_hole(w), 1);
      expr(w, appended, args->next);
    } else {
      for (const Node *a = args->next; a; a = a->next)
        expr(w, heap_hole(w), a);
    }
    EscHole store = spill(w, k0, n, "append", ALLOC_APPEND);
    store.dst->loop_depth = 0;
    break;
  }
  case BI_COPY: {
    expr(w, mutator_hole(w), args);
    EscHole copied = discard_hole(w);
    Type *yu = under(args->next->type);
    if (yu && yu->kind == TY_SLICE && has_pointers(yu->u.slice.elem))
      copied = shift(heap_hole(w), 1);
    expr(w, copied, args->next);
    break;
  }
  case BI_PANIC:
    expr(w, heap_hole(w), args);
    break;
  case BI_COMPLEX: case BI_DELETE: case BI_PRINT: case BI_PRINTLN:
  case BI_RECOVER: case BI_LEN: case BI_CAP: case BI_REAL: case BI_IMAG:
  case BI_CLOSE:
    discard_list(w, args);
    break;
  case BI_MIN: case BI_MAX:
    for (const Node *a = args; a; a = a->next)
      expr(w, k0, a);
    break;
  case BI_SIZEOF: case BI_ALIGNOF: case BI_OFFSETOF:
    /* of a type parameter's value (a constant otherwise): each shape
     * instance has its constant, and the operand is never evaluated */
    break;
  case BI_CLEAR:
    expr(w, mutator_hole(w), args);
    break;
  case BI_SLICEDATA: case BI_STRINGDATA:
    expr(w, k0, args);
    break;
  case BI_ADD: case BI_SLICE: case BI_STRING:
    expr(w, k0, args);
    discard(w, args->next);
    break;
  case BI_NEW: {
    const ExprInfo *ai = info_of(w->ctx, args);
    if (ai && ai->mode != MODE_TYPEXPR) {
      new_expression(w, k0, n);
      return;
    }
    /* gc's shaped code allocates a type from the dictionary */
    const char *text = inst_type(args->type) != args->type
                           ? "new(<node DYNAMICTYPE>)"
                           : expr_text(w->ctx, n);
    spill(w, k0, n, text, ALLOC_PLAIN);
    break;
  }
  case BI_MAKE: {
    Type *u = under(n->type);
    if (u && u->kind == TY_CHAN) {
      discard_list(w, args->next);
    } else {
      spill(w, k0, n, make_text(w->ctx, n), ALLOC_PLAIN);
      discard_list(w, args->next);
    }
    break;
  }
  default:
    unsupported(w, n, "this builtin");
    break;
  }
}

/* gc's IsReflectHeaderDataField: p.Data with p a *reflect.SliceHeader or
 * *reflect.StringHeader (a uintptr that holds a pointer). */
static bool is_reflect_header_data(const Node *n) {
  n = unparen(n);
  if (!n || n->kind != ND_SELECTOR ||
      strcmp(n->u.selector.sel->u.name.name, "Data") != 0)
    return false;
  Type *xt = n->u.selector.x->type;
  Type *bt = is_kind(xt, TY_POINTER) ? under(xt)->u.pointer.elem : NULL;
  return bt && bt->kind == TY_NAMED && bt->u.named.obj->pkg &&
         strcmp(bt->u.named.obj->pkg->path, "reflect") == 0 &&
         (strcmp(bt->u.named.obj->name, "SliceHeader") == 0 ||
          strcmp(bt->u.named.obj->name, "StringHeader") == 0);
}

static void unsafe_value(Walker *w, EscHole k, const Node *n);

/* gc's unsafeValue: a uintptr expression converted back to a pointer
 * carries the pointers it was computed from. */
static void unsafe_value(Walker *w, EscHole k, const Node *n) {
  n = unparen(n);
  const ExprInfo *info = info_of(w->ctx, n);
  if (!n || (info && info->mode == MODE_CONSTANT))
    return;
  switch (n->kind) {
  case ND_CALL:
    if (info && info->call_kind == CALL_CONVERSION) {
      const Node *x = n->u.call.args;
      if (x->kind == ND_IMPLICIT_CONV)
        x = x->u.paren.x;
      if (is_kind(x->type, TY_UNSAFE_POINTER))
        expr(w, k, x);
      else
        discard(w, x);
      return;
    }
    break;
  case ND_UNARY:
    if (n->u.unary.op == TK_ADD || n->u.unary.op == TK_SUB ||
        n->u.unary.op == TK_XOR) {
      unsafe_value(w, k, n->u.unary.x);
      return;
    }
    break;
  case ND_BINARY:
    switch (n->u.binary.op) {
    case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR: case TK_MUL:
    case TK_QUO: case TK_REM: case TK_AND: case TK_AND_NOT:
      unsafe_value(w, k, n->u.binary.x);
      unsafe_value(w, k, n->u.binary.y);
      return;
    case TK_SHL: case TK_SHR:
      unsafe_value(w, k, n->u.binary.x);
      discard(w, n->u.binary.y);
      return;
    default:
      break;
    }
    break;
  case ND_SELECTOR:
    if (is_reflect_header_data(n)) {
      expr(w, shift(k, 1), n->u.selector.x);
      return;
    }
    break;
  default:
    break;
  }
  discard(w, n);
}

/* A conversion T(x) written in the source. */
static const char *conv_text(Walker *w, const Node *x);

static void conversion(Walker *w, EscHole k, const Node *n) {
  const Node *x = n->u.call.args;
  if (x->kind == ND_IMPLICIT_CONV) /* the checker's, for T(x) itself */
    x = x->u.paren.x;
  Type *to = n->type, *from = x->type;
  Type *tu = under(to), *fu = under(from);
  if (!tu || !fu) {
    unsupported(w, n, "conversion");
    return;
  }
  if (is_interface(to) && !is_interface(from)) {
    if (!is_direct_iface(from)) {
      /* in an expanded body, the operand prints as the constant it
       * statically holds: any(1), any(go.shape.int(1)) */
      const char *text = expr_text(w->ctx, n);
      const char *operand = expr_text(w->ctx, x);
      const char *value = w->ctx->frame ? conv_text(w, x) : operand;
      size_t tl = strlen(text), ol = strlen(operand);
      if (strcmp(value, operand) != 0 && tl > ol + 1 &&
          text[tl - 1] == ')' && text[tl - ol - 2] == '(' &&
          strncmp(text + tl - ol - 1, operand, ol) == 0)
        text = arena_printf(w->ctx->arena, "%.*s(%s)", (int)(tl - ol - 2),
                            text, value);
      k = spill(w, k, n, text, ALLOC_PLAIN);
      k.dst->pos = x->pos;
    }
    expr(w, k, x);
    return;
  }
  if (tu->kind == TY_STRING && fu->kind == TY_SLICE) {
    spill(w, k, n, expr_text(w->ctx, n), ALLOC_PLAIN).dst->pos = x->pos;
    discard(w, x);
    return;
  }
  if (tu->kind == TY_STRING && types_is_integer(fu)) {
    spill(w, k, n, expr_text(w->ctx, n), ALLOC_PLAIN).dst->pos = x->pos;
    discard(w, x);
    return;
  }
  if (tu->kind == TY_SLICE && types_is_string(fu)) {
    Type *e = under(tu->u.slice.elem);
    spill(w, k, n, expr_text(w->ctx, n),
          e && e->kind == TY_UINT8 ? ALLOC_STR2BYTES : ALLOC_PLAIN)
        .dst->pos = x->pos;
    discard(w, x);
    return;
  }
  if (tu->kind == TY_UNSAFE_POINTER && fu->kind == TY_UINTPTR) {
    unsafe_value(w, k, x);
    return;
  }
  if (tu->kind == TY_ARRAY && fu->kind == TY_SLICE) {
    expr(w, shift(k, 1), x);
    return;
  }
  expr(w, k, x);
}

/* A method of a concrete type by name: declared on T (or *T's base). */
static Object *method_by_name(Type *t, const char *name) {
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  if (!t || t->kind != TY_NAMED)
    return NULL;
  Type *origin = t->u.named.origin ? t->u.named.origin : t;
  for (int i = 0; i < origin->u.named.method_count; i++)
    if (strcmp(origin->u.named.methods[i]->name, name) == 0)
      return origin->u.named.methods[i];
  return NULL;
}

/* escape_promoted_method, and the embedded fields it goes through
 * (path, *path_len of them, at most PROMOTION_DEPTH; may be NULL). */
enum { PROMOTION_DEPTH = 8 };
static Object *promoted_method_path(Type *t, const char *name, int *derefs,
                                    Object **path, int *path_len) {
  enum { MAX_FRONTIER = 64 };
  struct Entry {
    Type *type;
    int derefs;
    Object *via[PROMOTION_DEPTH]; /* the fields from t to it */
  } frontier[MAX_FRONTIER], next[MAX_FRONTIER];
  int count = 0;
  Type *u = t ? types_under(t) : NULL;
  if (!u || u->kind != TY_STRUCT)
    return NULL;
  frontier[count].type = t;
  frontier[count++].derefs = 0;
  for (int depth = 0; depth < PROMOTION_DEPTH && count > 0; depth++) {
    Object *found = NULL;
    int found_count = 0, next_count = 0;
    for (int i = 0; i < count; i++) {
      Type *st = types_under(frontier[i].type);
      for (int j = 0; st && st->kind == TY_STRUCT && j < st->u.strct.field_count;
           j++) {
        Object *f = st->u.strct.fields[j];
        if (!f->u.var.embedded)
          continue;
        Type *ft = f->type;
        bool ptr = ft && ft->kind == TY_POINTER;
        Type *named = ptr ? ft->u.pointer.elem : ft;
        if (!named || is_interface(named))
          continue;
        Object *m = method_by_name(named, name);
        if (m && m->kind == OBJ_FUNC && m->type && m->type->u.func.recv) {
          bool ptr_method =
              is_kind(m->type->u.func.recv->type, TY_POINTER);
          found_count++;
          found = m;
          *derefs = frontier[i].derefs + (ptr && !ptr_method ? 1 : 0) -
                    (!ptr && ptr_method ? 1 : 0);
          if (path) {
            memcpy(path, frontier[i].via, sizeof *path * (size_t)depth);
            path[depth] = f;
            *path_len = depth + 1;
          }
        } else if (strcmp(f->name, name) == 0) {
          found_count += 2; /* a field of that name hides deeper methods */
        } else if (next_count < MAX_FRONTIER) {
          struct Entry *e = &next[next_count++];
          e->type = named;
          e->derefs = frontier[i].derefs + (ptr ? 1 : 0);
          memcpy(e->via, frontier[i].via, sizeof *e->via * (size_t)depth);
          if (depth < PROMOTION_DEPTH)
            e->via[depth] = f;
        }
      }
    }
    if (found_count == 1)
      return found;
    if (found_count > 1)
      return NULL; /* ambiguous */
    memcpy(frontier, next, sizeof next[0] * (size_t)next_count);
    count = next_count;
  }
  return NULL;
}

/* A method promoted to struct type t through embedded fields (not
 * interfaces), found at the shallowest depth where the name is unique
 * (Go's selector rule), or NULL.  *derefs: the dereferences from a
 * value of t to the method's receiver, as the wrapper gc generates
 * computes it — one per embedded pointer passed through, one more for a
 * value method reached through a pointer, one fewer for a pointer
 * method of a value field (its address). */
Object *escape_promoted_method(Type *t, const char *name, int *derefs) {
  return promoted_method_path(t, name, derefs, NULL, NULL);
}

/* The dereferences from the value an interface holds, of type t, to the
 * receiver of the method m it calls by name: a value method through a
 * pointer, or a method promoted through embedded fields (gc's
 * devirtualizer selects i.(T).M, with the path to it). */
static int devirt_recv_derefs(Object *m, Type *t, const char *name) {
  Type *elem = is_kind(t, TY_POINTER) ? t->u.pointer.elem : t;
  int derefs = 0;
  if (method_by_name(t, name) != m &&
      escape_promoted_method(elem, name, &derefs) == m)
    return derefs + (is_kind(t, TY_POINTER) ? 1 : 0);
  bool want_ptr = is_kind(m->type->u.func.recv->type, TY_POINTER);
  return !want_ptr && is_kind(t, TY_POINTER) ? 1 : 0;
}

/* gc's devirtualizer: in i.M(), the concrete type i statically holds —
 * i's static value is a conversion of a T to the interface — or NULL. */
static Type *devirt_concrete_type(EscContext *ctx, const Node *fun,
                                  bool located) {
  const Node *x = fun->u.selector.x;
  if (!is_interface(x->type))
    return NULL;
  const Node *v = static_value_of(ctx, x, located);
  if (!v)
    return NULL;
  const Node *src = NULL;
  if (v->kind == ND_IMPLICIT_CONV) {
    src = v->u.paren.x;
  } else if (v->kind == ND_CALL) {
    const ExprInfo *vi = info_of(ctx, v);
    if (vi && vi->call_kind == CALL_CONVERSION && is_interface(v->type)) {
      src = v->u.call.args;
      if (src->kind == ND_IMPLICIT_CONV)
        src = src->u.paren.x;
    }
  }
  if (!src || !src->type || is_interface(src->type) ||
      src->type->kind == TY_TYPEPARAM)
    return NULL;
  /* gc does not devirtualize to a shaped type (its methods take a
   * dictionary) */
  if (inst_type(src->type) != src->type)
    return NULL;
  return src->type;
}

Object *escape_devirt_method(EscContext *ctx, const Node *fun) {
  Type *t = devirt_concrete_type(ctx, fun, false);
  if (!t)
    return NULL;
  const char *name = fun->u.selector.sel->u.name.name;
  Object *m = method_by_name(t, name);
  int derefs;
  if (!m)
    m = escape_promoted_method(
        is_kind(t, TY_POINTER) ? t->u.pointer.elem : t, name, &derefs);
  return m && m->kind == OBJ_FUNC && m->type && m->type->u.func.recv ? m
                                                                     : NULL;
}

/* gc's devirtualizer turns i.M(args) into a call of the concrete method
 * with i.(T) as its receiver, through the embedded fields to a promoted
 * one, and prints that call: "T.String(i.(T))", "(*P).Set(j.(*P), 1)",
 * "(*bytes.Buffer).String(i.(*F).Buffer)" (implicit dereferences are not
 * written).  Only for methods of types that are not generic. */
static void devirt_call_clone(EscContext *ctx, Node *c, const Node *n) {
  const Node *fun = unparen(n->u.call.fun);
  if (fun->kind != ND_SELECTOR || !is_interface(fun->u.selector.x->type))
    return;
  if (ctx->plan && !inline_plan_devirt(ctx->plan, n,
                                       ctx->frame ? ctx->frame->site : NULL))
    return; /* with inlining, the inliner's devirtualizer decides */
  Type *t = devirt_concrete_type(ctx, fun, false);
  if (!t)
    return;
  /* the method, as escape_devirt_method finds it, and the path to it */
  const char *name = fun->u.selector.sel->u.name.name;
  Type *tbase = is_kind(t, TY_POINTER) ? t->u.pointer.elem : t;
  Object *path[PROMOTION_DEPTH];
  int path_len = 0, derefs = 0;
  Object *m = method_by_name(t, name);
  if (!m)
    m = promoted_method_path(tbase, name, &derefs, path, &path_len);
  if (!m || m->kind != OBJ_FUNC || !m->type || !m->type->u.func.recv)
    return;
  Type *rt = m->type->u.func.recv->type;
  Type *base = is_kind(rt, TY_POINTER) ? under(rt)->u.pointer.elem : rt;
  if (!base || base->kind != TY_NAMED || base->u.named.targ_count > 0 ||
      !tbase || (tbase->kind == TY_NAMED && tbase->u.named.targ_count > 0))
    return; /* generic receivers: not modeled here */
  /* the receiver: x.(T).f1.f2 */
  StrBuf buf = {NULL, 0, 0};
  ast_print_expr(&buf, gc_clone_operand(ctx, fun->u.selector.x));
  strbuf_puts(&buf, ".(");
  print_type_as_gc(ctx, &buf, t);
  strbuf_puts(&buf, ")");
  for (int i = 0; i < path_len; i++)
    strbuf_printf(&buf, ".%s", path[i]->name);
  Node *recv = arena_alloc(ctx->arena, sizeof *recv);
  *recv = *fun;
  verbatim(recv, arena_strndup(ctx->arena, buf.data, buf.length));
  strbuf_free(&buf);
  call_as_method_expr(ctx, c, fun, rt, m->name, recv);
}

static void devirt_recv(Walker *w, EscHole k, const Node *fun,
                        const Node *x);

/* The call a devirtualized i.M() becomes: method m of the concrete type
 * t (fn its function here, or NULL: its summary) called statically with
 * i.(T) as its receiver, `derefs` dereferences from the value of t to
 * the receiver m takes. */
static void devirt_static_call(Walker *w, EscHole *ks, int nks,
                               const Node *n, const Node *fun, Object *m,
                               EscFunc *fn, Type *t, int derefs) {
  Callee c;
  memset(&c, 0, sizeof c);
  c.obj = m;
  c.fn = fn;
  c.sig = m->type;
  if (nks > 0 && in_mutual_batch(c.fn))
    for (int i = 0; i < nks && i < c.fn->result_count; i++)
      flow(w->batch, ks[i], c.fn->result_locs[i]);
  EscHole k = tag_hole(w, ks, nks, &c, 0);
  if (derefs != 0)
    k = shift(k, derefs);
  if (!is_direct_iface(t)) /* the interface holds a pointer to the value */
    k = shift(k, 1);
  devirt_recv(w, k, fun, fun->u.selector.x);
  call_args_ex(w, ks, nks, n, &c, NULL, NULL, n->u.call.args, true);
}

static void devirt_diag(Walker *w, const Node *call_node, const Node *fun,
                        Type *t, bool partial) {
  if (w->ctx->plan) {
    /* gc devirtualizes while it inlines: the plan has the lines */
    if (partial)
      unsupported(w, call_node, "a partially devirtualized call");
    return;
  }
  StrBuf buf = {NULL, 0, 0};
  print_type_as_gc(w->ctx, &buf, t);
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.source = w->fn->source;
  d.pos = call_node->pos;
  d.kind = partial ? DIAG_PARTIALLY_DEVIRTUALIZING : DIAG_DEVIRTUALIZING;
  d.subject = expr_text(w->ctx, fun);
  if (w->recv_temp && fun == w->recv_sel && w->fn->wrapped) {
    /* a go/defer wrapper calls the method of the receiver it captured:
     * gc's temporary .autotmp_N, the statement's first */
    const EscAutoTemp *at =
        escape_map_get(&w->ctx->autotmps, w->fn->wrapped);
    if (at)
      d.subject = arena_printf(w->ctx->arena, ".autotmp_%d.%s", at->number,
                               fun->u.selector.sel->u.name.name);
  }
  d.other = buf.data ? buf.data : "";
  report_add(w->ctx->devirt, &d);
  strbuf_free(&buf);
  /* its place in gc's order (escape_sort_devirt) */
  EscContext *ctx = w->ctx;
  if (!ctx->devirt_keys.arena)
    ctx->devirt_keys.arena = ctx->arena;
  EscDevirtKey *key = arena_alloc(ctx->arena, sizeof *key);
  const EscFunc *top = w->fn;
  while (top->outer)
    top = top->outer;
  key->rank = top->order;
  key->nested = w->fn->is_closure;
  key->nested_pos = w->fn->wrapped ? w->fn->wrapped->pos
                    : w->fn->decl ? w->fn->decl->pos : call_node->pos;
  key->seq = ctx->devirt->count;
  escape_map_put(&ctx->devirt_keys, ctx->devirt->last, key);
}

static int compare_devirt(const void *pa, const void *pb) {
  const EscDevirtKey *a = *(const EscDevirtKey *const *)pa;
  const EscDevirtKey *b = *(const EscDevirtKey *const *)pb;
  if (a->nested != b->nested)
    return a->nested ? 1 : -1;
  if (a->rank != b->rank) /* nested ones: the last function first */
    return (a->rank < b->rank) == !a->nested ? -1 : 1;
  if (a->nested && (a->nested_pos.line != b->nested_pos.line ||
                    a->nested_pos.col != b->nested_pos.col))
    return a->nested_pos.line < b->nested_pos.line ||
                   (a->nested_pos.line == b->nested_pos.line &&
                    a->nested_pos.col < b->nested_pos.col)
               ? -1 : 1;
  return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/* gc (with -l) devirtualizes the declared functions in the order they are
 * declared, then the func literals and go/defer wrappers: those of the
 * last function first, each function's in the order they start.  The
 * escape pass finds the calls batch by batch; this puts them in order. */
void escape_sort_devirt(EscContext *ctx) {
  int n = ctx->devirt->count;
  if (n < 2)
    return;
  EscDevirtKey **keys = xmalloc(sizeof *keys * (size_t)n);
  Diagnostic **by_key = xmalloc(sizeof *by_key * (size_t)n);
  int i = 0;
  for (Diagnostic *d = ctx->devirt->first; d; d = d->next, i++) {
    keys[i] = escape_map_get(&ctx->devirt_keys, d);
    if (!keys[i]) { /* not ours: leave the list alone */
      free(keys);
      free(by_key);
      return;
    }
    by_key[keys[i]->seq - 1] = d;
  }
  qsort(keys, (size_t)n, sizeof *keys, compare_devirt);
  Diagnostic **tail = &ctx->devirt->first;
  for (i = 0; i < n; i++) {
    *tail = by_key[keys[i]->seq - 1];
    tail = &(*tail)->next;
  }
  *tail = NULL;
  ctx->devirt->last = by_key[keys[n - 1]->seq - 1];
  free(keys);
  free(by_key);
}

/* gc's devirtualization: i.M() where i's static value is a conversion
 * from a concrete type T becomes i.(T).M(), a static call. */
/* The receiver value of a devirtualized call (a go/defer wrapper's
 * captured temporary, or the expression). */
static void devirt_recv(Walker *w, EscHole k, const Node *fun,
                        const Node *x) {
  if (w->recv_temp && fun == w->recv_sel)
    flow(w->batch, k, w->recv_temp);
  else
    expr(w, k, x);
}

static bool devirtualize_planned(Walker *w, EscHole *ks, int nks,
                                 const Node *n, const Node *fun,
                                 const InlineDevirt *d);

/* A method of a generic type. */
static bool generic_receiver_method(const Object *m) {
  Type *rt = m->type && m->type->kind == TY_FUNC && m->type->u.func.recv
                 ? m->type->u.func.recv->type
                 : NULL;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  return rt && rt->kind == TY_NAMED &&
         (rt->u.named.tparam_count > 0 || rt->u.named.origin);
}

/* x.M(...) with x of a type parameter whose shape is an interface: gc's
 * reader calls the method through the dictionary (so every argument
 * leaks, as in any interface call) and warns, once per instance, while
 * it reads the body.  Its lines precede everything else, in the order it
 * reads the bodies, which is modeled only for warnings at one position;
 * the inliner reads an expanded body again and warns again, at other
 * positions (not modeled). */
static bool imprecise_interface_call(Walker *w, const Node *fun) {
  EscContext *ctx = w->ctx;
  if (ctx->frame) {
    if (!ctx->frame->site->targs) {
      unsupported(w, fun, "an imprecise interface call in an expanded body");
      return false;
    }
    return true; /* the plan has the line: the inliner's reader's */
  }
  const Diagnostic *first = ctx->reader->first;
  if (first && (first->source != w->fn->source ||
                first->pos.line != fun->pos.line ||
                first->pos.col != fun->pos.col)) {
    unsupported(w, fun, "the order of imprecise interface calls");
    return false;
  }
  report_add_text(ctx->reader, w->fn->source, fun->pos,
                  DIAG_IMPRECISE_INTERFACE_CALL, NULL);
  return true;
}

static bool devirtualize(Walker *w, EscHole *ks, int nks, const Node *n,
                         const Node *fun, Selection *s) {
  const InlineDevirt *planned =
      w->ctx->plan ? inline_plan_devirt(w->ctx->plan, n,
                                        w->ctx->frame ? w->ctx->frame->site
                                                      : NULL)
                   : NULL;
  /* the inliner's devirtualizer decided it (a generic type's method is
   * called through its instance, below, with the line already printed) */
  if (planned && !generic_receiver_method(planned->method))
    return devirtualize_planned(w, ks, nks, n, fun, planned);
  if (s->depth != 1)
    return false;
  const Node *x = fun->u.selector.x;
  Type *t = devirt_concrete_type(w->ctx, fun, true);
  if (!t)
    return false;
  const char *name = fun->u.selector.sel->u.name.name;
  Object *m = method_by_name(t, name);
  if (w->ctx->plan && m &&
      !inline_plan_devirt(w->ctx->plan, n,
                          w->ctx->frame ? w->ctx->frame->site : NULL)) {
    /* the inliner's devirtualizer saw it otherwise */
    unsupported(w, n, "a call devirtualized apart from the inliner");
    return false;
  }
  int promoted_derefs = 0;
  Object *promoted = m ? NULL
                       : escape_promoted_method(is_kind(t, TY_POINTER)
                                                    ? t->u.pointer.elem
                                                    : t,
                                                name, &promoted_derefs);
  if (promoted && !w->ctx->plan && !generic_receiver_method(promoted)) {
    /* promoted through embedded fields: gc calls the wrapper it makes,
     * T.M, whose receiver leaks as the method's, through the path */
    devirt_diag(w, n, fun, t, false);
    devirt_static_call(w, ks, nks, n, fun, promoted,
                       escape_func_of_object(w->ctx, promoted), t,
                       promoted_derefs + (is_kind(t, TY_POINTER) ? 1 : 0));
    return true;
  }
  if (!m) {
    /* promoted through an embedded interface: x.(T).I.M() */
    Type *u = under(t);
    if (!u || u->kind != TY_STRUCT)
      return false;
    int found = -1;
    for (int i = 0; i < u->u.strct.field_count; i++) {
      Object *f = u->u.strct.fields[i];
      if (!f->u.var.embedded || !is_interface(f->type))
        continue;
      TypeSet *set = types_type_set(types_under(f->type));
      for (int j = 0; j < set->method_count; j++)
        if (strcmp(set->methods[j]->name, name) == 0)
          found = found < 0 ? i : -2;
    }
    if (found < 0)
      return false;
    devirt_diag(w, n, fun, t, true);
    EscHole k = heap_hole(w);
    if (!is_direct_iface(t))
      k = shift(k, 1);
    devirt_recv(w, k, fun, x);
    Callee c;
    memset(&c, 0, sizeof c);
    c.dynamic = true;
    c.sig = under(fun->type);
    call_args(w, ks, nks, n, &c, NULL, NULL, n->u.call.args);
    return true;
  }
  if (m->kind != OBJ_FUNC || !m->type || !m->type->u.func.recv)
    return false;
  devirt_diag(w, n, fun, t, false);
  Callee c;
  memset(&c, 0, sizeof c);
  c.obj = m;
  c.fn = escape_func_of_object(w->ctx, m);
  c.sig = m->type;
  if (c.fn && c.fn->is_generic) {
    /* the method of an instance of a generic type */
    bool is_ptr;
    Type *named = types_deref_named(inst_type(t), &is_ptr);
    c.fn = named && named->u.named.origin
               ? escape_instance(w->ctx, c.fn, named->u.named.targs,
                                 named->u.named.targ_count, w->fn->source,
                                 n->pos)
               : NULL;
    if (!c.fn) {
      unsupported(w, n, "devirtualized call of a generic method");
      return true;
    }
  }
  bool want_ptr = is_kind(m->type->u.func.recv->type, TY_POINTER);
  devirt_static_call(w, ks, nks, n, fun, m, c.fn, t,
                     !want_ptr && is_kind(t, TY_POINTER) ? 1 : 0);
  return true;
}

/* ---- Expanded calls (gc's inlining) ----
 *
 * The inliner's plan (inline.h) lists the calls gc expands.  Where gc
 * pastes the callee's body into the caller, goesc walks that body in
 * place of the call: the callee's parameters, results and locals get
 * locations of their own in the caller (one frame per expansion, made
 * with the caller's own variables, as gc appends them to the caller's
 * declarations), the arguments are assigned to the parameter copies, and
 * the result copies flow where the call's value goes.  Everything made
 * for the body is reported at the outermost call site, as gc reports
 * positions inside inlined code.  An imported callee has no body here:
 * its model says what the expansion left in the caller
 * (//goesc:inlsite, //goesc:inlargs, docs/stdlib-model.md). */

/* What gc prints for an expanded call's value: its first result
 * variable, ~r0 when the result is unnamed. */
static const char *expanded_value_text(const EscFrame *fr) {
  if (fr->result_count > 0 && fr->result_locs[0] && fr->result_locs[0]->var)
    return fr->result_locs[0]->text;
  Type *sig = fr->site->callee_decl ? NULL : fr->site->callee_obj->type;
  if (sig && sig->kind == TY_FUNC && sig->u.func.results->u.tuple.count > 0) {
    const char *name = sig->u.func.results->u.tuple.vars[0]->name;
    if (name && name[0] && strcmp(name, "_") != 0)
      return name;
  }
  return "~r0";
}

static EscFrame *frame_of_call(Walker *w, const Node *n) {
  return frame_at(w->ctx, n);
}

/* Read a model's quoted text ("..." with \" and \\ escapes) at *p. */
static const char *model_quoted(EscContext *ctx, const char **p,
                                const char *end) {
  const char *q = *p;
  if (q >= end || *q != '"')
    return NULL;
  StrBuf buf = {NULL, 0, 0};
  for (q++; q < end && *q != '"'; q++) {
    if (*q == '\\' && q + 1 < end)
      q++;
    strbuf_append(&buf, q, 1);
  }
  *p = q < end ? q + 1 : q;
  const char *text = arena_strndup(ctx->arena, buf.data ? buf.data : "",
                                   buf.length);
  strbuf_free(&buf);
  return text;
}

/* Where a model fate sends an address (heap, the call's first result,
 * or nowhere). */
static void model_fate(Walker *w, EscHole *ks, int nks, const char *fate,
                       EscLoc *loc) {
  if (strncmp(fate, "heap", 4) == 0)
    flow(w->batch, shift(heap_hole(w), -1), loc);
  else if (strncmp(fate, "result", 6) == 0 && nks > 0)
    flow(w->batch, shift(ks[0], -1), loc);
}

/* The frame's locations: the callee's parameters, results and locals, or
 * an imported callee's moved(X) variables. */
static void make_frame_locs(Walker *w, EscFrame *fr) {
  EscContext *ctx = w->ctx;
  const InlineSite *site = fr->site;
  if (!site->callee_decl) {
    const char *end;
    const char *p = universe_model_line(site->callee_obj, "//goesc:inlsite ", &end);
    int count = universe_model_line_count(site->callee_obj, "//goesc:inlsite ",
                                          "moved(");
    fr->model_vars = arena_alloc(ctx->arena, sizeof(EscLoc *) * (size_t)(count + 1));
    fr->model_fates = arena_alloc(ctx->arena, sizeof(char *) * (size_t)(count + 1));
    while (p && p < end) {
      while (p < end && *p == ' ')
        p++;
      if (strncmp(p, "moved(", 6) == 0) {
        p += 6;
        const char *text = model_quoted(ctx, &p, end);
        if (p < end && *p == ')')
          p++;
        if (p < end && *p == '=')
          p++;
        EscLoc *loc = new_loc(w, LOC_VAR);
        loc->text = text ? text : "?";
        loc->model_var = true;
        loc->attrs |= ESC_PERSISTS;
        fr->model_vars[fr->model_var_count] = loc;
        fr->model_fates[fr->model_var_count++] = p;
      }
      while (p < end && *p != ' ')
        p += *p == '"' ? (model_quoted(ctx, &p, end), 0) : 1;
    }
    return;
  }
  EscFunc *callee = site->callee_decl->kind == ND_FUNC_LIT
                        ? escape_map_get(&ctx->funcs_by_key, site->callee_decl)
                        : escape_func_of_object(ctx, site->callee_obj);
  if (!callee || !callee->decl) {
    unsupported(w, site->call, "an inlined call without a body");
    return;
  }
  if (site->targs) {
    fr->inst = escape_instance(ctx, callee, site->targs, site->targ_count,
                               site->source, site->pos);
    if (!fr->inst) {
      unsupported(w, site->call, "an inlined shape instance");
      return;
    }
  }
  const EscFunc *saved_types = types_of;
  if (fr->inst)
    types_of = fr->inst;
  fr->param_count = callee->param_count;
  fr->param_locs = arena_alloc(ctx->arena, sizeof(EscLoc *) * (size_t)(callee->param_count + 1));
  for (int i = 0; i < callee->param_count; i++) {
    Object *obj = callee->params[i];
    bool named = obj && obj->name && obj->name[0] && strcmp(obj->name, "_");
    fr->param_locs[i] = named ? var_new_loc(w, obj, site->pos) : NULL;
  }
  fr->result_count = callee->result_count;
  fr->result_locs = arena_alloc(ctx->arena, sizeof(EscLoc *) * (size_t)(callee->result_count + 1));
  for (int i = 0; i < callee->result_count; i++) {
    Object *obj = callee->results[i];
    bool named = obj && obj->name && obj->name[0] && strcmp(obj->name, "_");
    EscLoc *loc = var_new_loc(w, named ? obj : NULL, site->pos);
    if (!named) { /* gc's ~R0: a temporary, never reported */
      loc->text = arena_printf(ctx->arena, "~R%d", i);
      loc->type = obj ? obj->type : NULL;
    }
    fr->result_locs[i] = loc;
  }
  DeclScan ds = {w};
  visit_stmts(callee->body->u.block.stmts, scan_decl, &ds);
  types_of = saved_types;
}

/* A location of an expanded body is reported at the call, except a
 * variable declared with no position (the range-over-func rewrite's
 * #next): gc moves only known positions to the call's. */
static void move_to_call(EscLoc *loc, const Source *source, Pos pos) {
  if ((loc->var && loc->var->pos.line == 0) || loc->pinned_pos)
    return;
  loc->source = source;
  loc->pos = pos;
}

/* Is the expansion in the body of gc's closure for a method expression
 * (InlineSite's method_closure_call)?  gc gives that body the method
 * expression's position, and the lines of its expansions stay there. */
static bool in_method_closure(const InlineSite *site) {
  for (; site; site = site->parent)
    if (site->method_closure_call)
      return true;
  return false;
}

/* The frames of f's expansions, `first` and the sites after it. */
static void make_frames(Walker *w, EscFunc *f, const InlineSite *first) {
  EscContext *ctx = w->ctx;
  EscFrame **tail = &f->frames;
  for (const InlineSite *site = first; site; site = site->next) {
    if (site->parent && !site->parent->callee_decl)
      continue; /* inside an imported body: its model covers it */
    EscFrame *fr = arena_alloc(ctx->arena, sizeof *fr);
    memset(fr, 0, sizeof *fr);
    fr->site = site;
    fr->vars.arena = fr->args.arena = ctx->arena;
    for (EscFrame *h = f->frames; h && site->home; h = h->next)
      if (h->site == site->home)
        fr->home = h;
    *tail = fr;
    tail = &fr->next;
    int first_loc = w->batch->loc_count;
    EscFrame *saved = ctx->frame;
    ctx->frame = fr;
    make_frame_locs(w, fr);
    ctx->frame = saved;
    bool pin = in_method_closure(site);
    for (int i = first_loc; i < w->batch->loc_count; i++) {
      move_to_call(w->batch->locs[i], site->source, site->pos);
      w->batch->locs[i]->pinned_pos = pin;
    }
  }
}

/* An expanded imported call: the arguments go where the model's inlargs
 * say (their tags otherwise), the model's allocations are made here. */
static void expanded_model_call(Walker *w, EscHole *ks, int nks,
                                const Node *n, EscFrame *fr, Callee *c,
                                const Node *recv_sel, Selection *s) {
  EscContext *ctx = w->ctx;
  Type *sig = c->sig;
  bool method = sig->u.func.recv != NULL;
  int nparams = sig->u.func.params->u.tuple.count + (method ? 1 : 0);
  EscHole holes[MAX_ARGS];
  bool has_hole[MAX_ARGS];
  EscHole parts[MAX_ARGS][4 + ESC_RESULT_SLOTS];
  int nparts[MAX_ARGS];
  int levels[MAX_ARGS]; /* the deepest level the model observed */
  if (nparams > MAX_ARGS) {
    unsupported(w, n, "an inlined call with many arguments");
    return;
  }
  memset(has_hole, 0, sizeof has_hole);
  memset(nparts, 0, sizeof nparts);
  memset(levels, 0, sizeof levels);
  const char *end;
  const char *p = universe_model_line(c->obj, "//goesc:inlargs ", &end);
  while (p && p < end) {
    while (p < end && *p == ' ')
      p++;
    int index = -1, level = 0;
    if (strncmp(p, "recv", 4) == 0)
      index = 0;
    else if (*p == 'p')
      index = atoi(p + 1) + (method ? 1 : 0);
    while (p < end && *p != ':' && *p != '=' && *p != ' ')
      p++;
    if (p < end && *p == ':')
      level = atoi(++p);
    while (p < end && *p != '=' && *p != ' ')
      p++;
    if (p < end && *p == '=' && index >= 0 && index < nparams) {
      p++;
      has_hole[index] = true;
      if (level > levels[index])
        levels[index] = level;
      EscHole *k = &parts[index][nparts[index]];
      if (nparts[index] < 4 && strncmp(p, "heap", 4) == 0)
        *k = shift(heap_hole(w), level), nparts[index]++;
      else if (nparts[index] < 4 && strncmp(p, "result", 6) == 0 && nks > 0)
        *k = shift(ks[0], level), nparts[index]++;
    }
    while (p < end && *p != ' ')
      p++;
  }
  for (int i = 0; i < nparams; i++) {
    if (!has_hole[i])
      continue;
    /* Deeper than the model's probe looked, the expanded body does what
     * the function's summary says it does (errors.New's text is observed
     * at level 0; strings.Builder's buffer, one level down, is not). */
    Object *param = sig_param(sig, i);
    EscLeaks tag = escape_callee_tag(ctx, c->obj, NULL, i, param->type);
    for (int slot = 0; slot < LEAK_SLOTS; slot++) {
      int x = escape_leaks_get(&tag, slot);
      if (x <= levels[i])
        continue;
      if (slot == LEAK_HEAP)
        parts[i][nparts[i]++] = shift(heap_hole(w), x);
      else if (slot == LEAK_MUTATOR)
        parts[i][nparts[i]++] = shift(mutator_hole(w), x);
      else if (slot == LEAK_CALLEE)
        parts[i][nparts[i]++] = shift(callee_hole(w), x);
      else if (slot - LEAK_RESULT0 < nks)
        parts[i][nparts[i]++] = shift(ks[slot - LEAK_RESULT0], x);
    }
    for (int j = 0; j < nparts[i]; j++)
      parts[i][j].addrtaken = false;
    holes[i] = tee_hole(w, parts[i], nparts[i]);
  }
  c->holes = holes;
  c->has_hole = has_hole;
  call_args(w, ks, nks, n, c, recv_sel, s, n->u.call.args);
  for (int i = 0; i < fr->model_var_count; i++) {
    fr->model_vars[i]->loop_depth = w->loop_depth;
    model_fate(w, ks, nks, fr->model_fates[i], fr->model_vars[i]);
  }
  int first = w->batch->loc_count;
  p = universe_model_line(c->obj, "//goesc:inlsite ", &end);
  while (p && p < end && !ctx->unsupported) {
    while (p < end && *p == ' ')
      p++;
    if (*p == '"') {
      const char *text = model_quoted(ctx, &p, end);
      if (p < end && *p == '=')
        p++;
      if (text && strcmp(text, "... argument") != 0) {
        bool is_append = strcmp(text, "append") == 0;
        EscLoc *loc = new_loc(w, LOC_ALLOC);
        loc->node = n;
        loc->alloc = is_append ? ALLOC_APPEND : ALLOC_PLAIN;
        loc->text = text;
        model_fate(w, ks, nks, p, loc);
      }
    } else if (strncmp(p, "selfassign(", 11) == 0) {
      /* "F ignoring self-assignment in S", F the function compiled */
      p += 11;
      Diagnostic d;
      memset(&d, 0, sizeof d);
      d.source = fr->site->source;
      d.pos = fr->site->pos;
      d.kind = DIAG_SELF_ASSIGNMENT;
      d.function = w->fn->name;
      d.other = model_quoted(ctx, &p, end);
      if (d.other)
        report_add(ctx->diags, &d);
    } else if (strncmp(p, "note(", 5) == 0 &&
               strncmp(p, "note(\"index bounds check elided\")", 33) != 0) {
      /* (the bounds lines are gc's walk's: bounds.c prints them) */
      unsupported(w, n, "an inlined call whose model prints other lines");
    }
    while (p < end && *p != ' ')
      p += *p == '"' ? (model_quoted(ctx, &p, end), 0) : 1;
  }
  for (int i = first; i < w->batch->loc_count; i++) {
    w->batch->locs[i]->source = fr->site->source;
    w->batch->locs[i]->pos = fr->site->pos;
  }
}

/* A method wrapper gc generates and expands (inline.h): a function of
 * its own, whose receiver (with the wrapper's dereferences) and
 * parameters go to the copies of the wrapped method's, and whose body is
 * that method's.  Nothing calls it in the package, so its own parameters
 * need no summary; only what the expansion allocates is reported. */
static void declare_copies(Walker *w, EscFunc *f);

EscFunc *escape_build_wrapper(EscContext *ctx, EscBatch *batch,
                              const InlineWrapper *wr) {
  EscFunc *f = arena_alloc(ctx->arena, sizeof *f);
  memset(f, 0, sizeof *f);
  types_of = f;
  const InlineSite *root = wr->first;
  f->name = wr->name;
  f->source = root->source;
  f->decl = root->callee_decl;
  f->is_wrapper = true;
  f->state = ESC_FUNC_STARTED;
  Builder b;
  memset(&b, 0, sizeof b);
  b.ctx = ctx;
  b.batch = batch;
  Walker w;
  memset(&w, 0, sizeof w);
  w.b = &b;
  w.ctx = ctx;
  w.batch = batch;
  w.fn = f;
  w.loop_depth = 1;
  EscLoc *self = new_loc(&w, LOC_VAR);
  self->text = ".this";
  self->is_param = true;
  make_frames(&w, f, root);
  EscFrame *fr = f->frames;
  if (!fr || fr->site != root || ctx->unsupported)
    return f;
  declare_copies(&w, f);
  if (fr->param_count > 0 && fr->param_locs[0]) {
    EscHole k = shift(hole_of(fr->param_locs[0]), wr->recv_derefs);
    flow(batch, k, self);
  }
  for (int i = 1; i < fr->param_count; i++) {
    EscLoc *param = new_loc(&w, LOC_VAR);
    param->is_param = true;
    if (fr->param_locs[i])
      flow(batch, hole_of(fr->param_locs[i]), param);
  }
  for (int i = 0; i < fr->result_count; i++) {
    EscLoc *result = new_loc(&w, LOC_VAR);
    result->is_result = true;
    result->result_index = i + 1;
    flow(batch, hole_of(result), fr->result_locs[i]);
  }
  ctx->frame = fr;
  ctx->fn_frames = f->frames;
  if (fr->inst)
    types_of = fr->inst;
  set_looping_labels(&w, root->callee_decl->u.func_decl.body);
  stmt_list(&w, root->callee_decl->u.func_decl.body->u.block.stmts);
  ctx->frame = NULL;
  ctx->fn_frames = NULL;
  /* the closures of the expanded body (a shape instance's capture its
   * dictionary: a method wrapper never expands a body with closures) */
  flow_closures(&b);
  /* (a closure copied with the body keeps its own positions) */
  for (int i = 0; i < batch->loc_count; i++)
    if (batch->locs[i]->fn == f || !batch->locs[i]->fn)
      move_to_call(batch->locs[i], root->source, root->pos);
  return f;
}

/* The call declares the callee's copies here (gc's inlined DCLs, at the
 * call's loop depth); its arguments are read in the frame it is in. */
static void enter_frame(Walker *w, EscFrame *fr) {
  fr->outer = w->ctx->frame;
  for (int i = 0; i < fr->param_count; i++)
    if (fr->param_locs[i])
      fr->param_locs[i]->loop_depth = w->loop_depth;
  for (int i = 0; i < fr->result_count; i++)
    fr->result_locs[i]->loop_depth = w->loop_depth;
}

/* Walk an expanded body in its frame.  gc reports it at the outermost
 * call; a closure copied with it keeps its own positions. */
static void walk_expanded_body(Walker *w, EscFrame *fr, const Node *body) {
  EscFrame *saved = w->ctx->frame;
  const char **saved_labels = w->labels;
  int saved_nlabels = w->nlabels;
  int first = w->batch->loc_count;
  const EscFunc *saved_types = types_of;
  if (fr->inst)
    types_of = fr->inst;
  w->ctx->frame = fr;
  set_looping_labels(w, body);
  stmt_list(w, body->u.block.stmts);
  w->ctx->frame = saved;
  types_of = saved_types;
  w->labels = saved_labels;
  w->nlabels = saved_nlabels;
  bool pin = in_method_closure(fr->site);
  for (int i = first; i < w->batch->loc_count; i++)
    if (w->batch->locs[i]->fn == w->fn && !w->batch->locs[i]->pinned_pos) {
      w->batch->locs[i]->source = fr->site->source;
      w->batch->locs[i]->pos = fr->site->pos;
      w->batch->locs[i]->pinned_pos = pin;
    }
}

/* A devirtualized interface call gc expands: the receiver is i.(T), what
 * the interface holds (its data word, or what that points to when T is
 * not pointer-shaped), adjusted to the method's receiver. */
static void expanded_devirt_call(Walker *w, EscHole *ks, int nks,
                                 const Node *n, EscFrame *fr,
                                 const Node *fun) {
  const InlineSite *site = fr->site;
  Type *t = site->devirt;
  Object *m = site->callee_obj;
  Callee c;
  memset(&c, 0, sizeof c);
  c.obj = m;
  c.sig = m->type;
  c.frame = fr;
  enter_frame(w, fr);
  EscHole k = tag_hole(w, ks, nks, &c, 0);
  int derefs = devirt_recv_derefs(m, t, fun->u.selector.sel->u.name.name);
  if (derefs != 0)
    k = shift(k, derefs);
  if (!is_direct_iface(t))
    k = shift(k, 1);
  devirt_recv(w, k, fun, fun->u.selector.x);
  call_args_ex(w, ks, nks, n, &c, NULL, NULL, n->u.call.args, true);
  for (int i = 0; i < nks && i < fr->result_count; i++)
    flow(w->batch, ks[i], fr->result_locs[i]);
  walk_expanded_body(w, fr, site->callee_decl->u.func_decl.body);
}

/* A call the inliner devirtualized but did not expand: a static call of
 * the concrete method, with i.(T) as its receiver. */
static bool devirtualize_planned(Walker *w, EscHole *ks, int nks,
                                 const Node *n, const Node *fun,
                                 const InlineDevirt *d) {
  Object *m = d->method;
  devirt_static_call(w, ks, nks, n, fun, m, escape_func_of_object(w->ctx, m),
                     d->concrete,
                     devirt_recv_derefs(m, d->concrete,
                                        fun->u.selector.sel->u.name.name));
  return true;
}

/* A call gc expands: see the top of this section. */
static void expanded_call(Walker *w, EscHole *ks, int nks, const Node *n,
                          EscFrame *fr) {
  const InlineSite *site = fr->site;
  const Node *fun = unparen(n->u.call.fun);
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? info_of(w->ctx, fun)
                                                   : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  const Node *recv_sel = NULL;
  if (site->devirt && s && s->via_interface) {
    expanded_devirt_call(w, ks, nks, n, fr, fun);
    return;
  }
  if (s && s->kind == SEL_METHOD_VALUE) {
    recv_sel = fun;
  } else if (s && s->kind == SEL_METHOD_EXPR) {
    s = NULL; /* T.M(x, ...): the receiver is the first argument */
  } else {
    s = NULL;
  }
  Callee c;
  memset(&c, 0, sizeof c);
  c.obj = site->callee_obj;
  const Node *body = NULL;
  if (site->callee_decl && site->callee_decl->kind == ND_FUNC_LIT) {
    EscFunc *closure = escape_map_get(&w->ctx->funcs_by_key,
                                      site->callee_decl);
    if (!closure) {
      unsupported(w, n, "an inlined closure");
      return;
    }
    c.sig = closure->sig;
    body = site->callee_decl->u.func_lit.body;
    /* f()(): the call yielding the closure runs first (an expanded one
     * makes its literal and the rest of its body here) */
    if (fun->kind == ND_CALL)
      discard(w, fun);
  } else {
    c.sig = site->callee_obj->type;
    if (site->callee_decl)
      body = site->callee_decl->u.func_decl.body;
  }
  if (!site->callee_decl) {
    expanded_model_call(w, ks, nks, n, fr, &c, recv_sel, s);
    return;
  }
  c.frame = fr;
  enter_frame(w, fr);
  /* each parameter is defined by its argument (static_value follows it) */
  Type *sig = c.sig;
  int shift_recv = sig->u.func.recv ? 1 : 0;
  int nfixed = sig->u.func.params->u.tuple.count - (sig->u.func.variadic ? 1 : 0);
  const Node *a = n->u.call.args;
  bool tuple = a && a->type && a->type->kind == TY_TUPLE;
  if (site->method_closure_call && tuple) {
    unsupported(w, n, "a method expression's closure called with f()");
    return;
  }
  if (site->method_closure_call && a)
    a = a->next; /* the receiver, dereferenced: no static value */
  if (a && !tuple)
    for (int i = 0; a && i < nfixed; a = a->next, i++) {
      EscLoc *loc = fr->param_locs[i + shift_recv];
      if (loc && loc->var)
        escape_map_put(&fr->args, loc->var, (Node *)a);
    }
  if (site->method_closure_call && n->u.call.args) {
    /* through gc's closure for (*T[P]).M: the receiver is the first
     * argument, dereferenced */
    EscHole k = shift(tag_hole(w, ks, nks, &c, 0), site->recv_derefs);
    expr(w, k, n->u.call.args);
    call_args_ex(w, ks, nks, n, &c, NULL, NULL, n->u.call.args->next, true);
  } else {
    call_args(w, ks, nks, n, &c, recv_sel, s, n->u.call.args);
  }
  for (int i = 0; i < nks && i < fr->result_count; i++)
    flow(w->batch, ks[i], fr->result_locs[i]);
  walk_expanded_body(w, fr, body);
}

/* A method expression of a generic type in a shape instance is a closure
 * that gc compiles with the function, walking its body where it is made
 * (InlineFunc's method_closure, inline.h).  When the body's call of the
 * method is expanded, the closure's own parameter gives the receiver
 * (nothing of the function reaches it), and the expanded body allocates
 * at the method expression, as gc reports it. */
static void method_closure_body(Walker *w, const Node *n) {
  EscFrame *fr = frame_at(w->ctx, n);
  if (!fr)
    return;
  int saved_depth = w->loop_depth;
  w->loop_depth = 1; /* the closure's own */
  enter_frame(w, fr);
  EscLoc *param = new_loc(w, LOC_VAR);
  param->text = "~p0";
  if (fr->param_count > 0 && fr->param_locs[0])
    flow(w->batch, shift(hole_of(fr->param_locs[0]), fr->site->recv_derefs),
         param);
  walk_expanded_body(w, fr, fr->site->callee_decl->u.func_decl.body);
  w->loop_depth = saved_depth;
}

/* The shape instance called through `fun` (f, f[T], x.M, T.M, or a
 * variable holding one of them), or NULL after reporting. */
static EscFunc *generic_callee(Walker *w, const Node *n, const Node *fun) {
  const Node *ref = fun->kind == ND_NAME ? static_value(w->ctx, fun) : fun;
  EscFunc *f = escape_ref_instance(w->ctx, within_of(w), ref);
  if (!f)
    unsupported(w, n, "call of a generic function");
  return f;
}

static void call(Walker *w, EscHole *ks, int nks, const Node *n) {
  const ExprInfo *info = info_of(w->ctx, n);
  if (!info) {
    unsupported(w, n, "unchecked call");
    return;
  }
  if (info->call_kind == CALL_BUILTIN) {
    builtin_call(w, ks, nks, n, info->builtin);
    return;
  }
  if (info->call_kind == CALL_CONVERSION) {
    conversion(w, nks > 0 ? ks[0] : discard_hole(w), n);
    return;
  }
  const Node *fun = unparen(n->u.call.fun);
  Type *ft = fun->type;
  if (!ft || under(ft)->kind != TY_FUNC) {
    /* in an imported package's source: a package the model lacks */
    const Node *x = fun->kind == ND_SELECTOR ? unparen(fun->u.selector.x)
                                              : NULL;
    const Object *pn = x && x->kind == ND_NAME ? x->u.name.object : NULL;
    if (pn && pn->kind == OBJ_PKGNAME && pn->u.pkgname.imported->unmodeled)
      unsupported(w, n, arena_printf(w->ctx->arena,
                                     "call of %s.%s (package %s is not "
                                     "modeled)",
                                     pn->name, fun->u.selector.sel->u.name.name,
                                     pn->u.pkgname.imported->path));
    else
      unsupported(w, n, "call");
    return;
  }
  EscFrame *frame = w->ctx->plan ? frame_of_call(w, n) : NULL;
  if (frame) {
    expanded_call(w, ks, nks, n, frame);
    return;
  }
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? info_of(w->ctx, fun)
                                                   : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  const Node *callee_expr = fun;
  if (fun->kind == ND_INDEX && is_kind(fun->u.index.x->type, TY_FUNC)) {
    /* f[T](args): an explicitly instantiated generic function */
    const Node *g = unparen(fun->u.index.x);
    if (!(g->kind == ND_NAME && g->u.name.object &&
          g->u.name.object->kind == OBJ_FUNC) &&
        !(g->kind == ND_SELECTOR && info_of(w->ctx, g) &&
          info_of(w->ctx, g)->selection &&
          info_of(w->ctx, g)->selection->kind == SEL_QUALIFIED)) {
      unsupported(w, n, "call of a generic function value");
      return;
    }
    callee_expr = g;
  }
  Callee c;
  memset(&c, 0, sizeof c);
  Selection *me = s;
  const Node *me_node = fun; /* the method expression's node */
  if (!me && fun->kind == ND_NAME) {
    const Node *sv = static_value(w->ctx, fun);
    if (sv && sv->kind == ND_SELECTOR && info_of(w->ctx, sv)) {
      me = info_of(w->ctx, sv)->selection;
      me_node = sv;
    }
  }
  if (me && me != s)
    s = NULL; /* fun is a variable holding the method expression */
  Selection *const sel_me = me;
  if (sel_me && sel_me->kind == SEL_METHOD_EXPR && sel_me->depth > 1 &&
      !sel_me->via_interface &&
      sel_me->obj && sel_me->obj->kind == OBJ_FUNC && sel_me->obj->type &&
      sel_me->obj->type->u.func.recv && !is_interface(sel_me->recv) &&
      n->u.call.args && !(n->u.call.args->type &&
                          n->u.call.args->type->kind == TY_TUPLE)) {
    /* T.M(x, ...) with M promoted from an embedded field: gc's wrapper
     * calls x.f.M(...) */
    Type *t = path_type(sel_me->recv, sel_me->path, sel_me->depth - 1);
    if (!t) {
      unsupported(w, n, "method expression");
      return;
    }
    c.obj = sel_me->obj;
    c.fn = escape_func_of_object(w->ctx, sel_me->obj);
    c.sig = sel_me->obj->type;
    if (c.fn && c.fn->is_generic &&
        !(c.fn = escape_ref_instance(w->ctx, within_of(w), me_node))) {
      unsupported(w, n, "promoted generic method expression");
      return;
    }
    if (nks > 0 && in_mutual_batch(c.fn))
      for (int i = 0; i < nks && i < c.fn->result_count; i++)
        flow(w->batch, ks[i], c.fn->result_locs[i]);
    EscHole k = tag_hole(w, ks, nks, &c, 0);
    bool want_ptr = is_kind(sel_me->obj->type->u.func.recv->type, TY_POINTER);
    bool is_ptr = is_kind(t, TY_POINTER);
    if (want_ptr && !is_ptr) {
      unsupported(w, n, "method expression");
      return;
    }
    if (!want_ptr && is_ptr)
      k = shift(k, 1);
    eval_path(w, k, n->u.call.args, sel_me->path, sel_me->depth - 1);
    call_args_ex(w, ks, nks, n, &c, NULL, NULL, n->u.call.args->next, true);
    return;
  }
  if (s && s->kind == SEL_METHOD_VALUE) {
    /* x.m(args): the receiver is the first argument. */
    if (s->via_interface || !s->obj || s->obj->kind != OBJ_FUNC) {
      if (fun->u.selector.x->type &&
          fun->u.selector.x->type->kind == TY_TYPEPARAM &&
          is_interface(fun->u.selector.x->type)) {
        if (!imprecise_interface_call(w, fun))
          return;
      } else if (devirtualize(w, ks, nks, n, fun, s)) {
        return;
      }
      /* an interface call: every argument leaks (gc: no static callee) */
      c.dynamic = true;
      c.sig = under(ft);
      receiver(w, heap_hole(w), fun, s);
      call_args(w, ks, nks, n, &c, NULL, NULL, n->u.call.args);
      return;
    }
    c.obj = s->obj;
    c.fn = escape_func_of_object(w->ctx, s->obj);
    c.sig = s->obj->type;
    if (!c.sig || !c.sig->u.func.recv) {
      unsupported(w, n, "method call");
      return;
    }
    if (c.fn && c.fn->is_generic && !(c.fn = generic_callee(w, n, fun)))
      return;
    if (nks > 0 && in_mutual_batch(c.fn))
      for (int i = 0; i < nks && i < c.fn->result_count; i++)
        flow(w->batch, ks[i], c.fn->result_locs[i]);
    call_args(w, ks, nks, n, &c, fun, s, n->u.call.args);
    return;
  }
  c = static_callee(w, callee_expr);
  if (c.fn && c.fn->is_generic && !(c.fn = generic_callee(w, n, fun)))
    return;
  if ((c.fn && c.fn->is_generic) || callee_expr != fun ||
      (info->targ_count > 0 && c.obj)) {
    /* a generic callee: its instantiated signature says which parameters
     * hold pointers; its summary comes from the generic body */
    if (c.obj && c.obj->pkg != w->ctx->pkg && !(c.fn && c.fn->foreign)) {
      unsupported(w, n, escape_imported_generic_refusal(w->ctx, c.obj));
      return;
    }
    c.sig = under(ft);
  }
  if (!c.sig)
    c.sig = under(ft);
  if (nks > 0 && c.fn && in_mutual_batch(c.fn))
    for (int i = 0; i < nks && i < c.fn->result_count; i++)
      flow(w->batch, ks[i], c.fn->result_locs[i]);
  /* The callee operand: a func value whose results are used may be
   * called by anyone. */
  EscHole calleek = discard_hole(w);
  if (c.dynamic)
    for (int i = 0; i < nks; i++)
      if (ks[i].dst != &w->batch->blank) {
        calleek = callee_hole(w);
        break;
      }
  expr(w, calleek, callee_expr);
  call_args(w, ks, nks, n, &c, NULL, NULL, n->u.call.args);
}

/* ---- Expressions ---- */

static bool is_string_concat(EscContext *ctx, const Node *n) {
  n = unparen(n);
  return n->kind == ND_BINARY && n->u.binary.op == TK_ADD && n->type &&
         types_is_string(inst_type(n->type)) && !is_constant(ctx, n);
}

static void concat_operands(Walker *w, const Node *n) {
  n = unparen(n);
  if (is_string_concat(w->ctx, n)) {
    concat_operands(w, n->u.binary.x);
    concat_operands(w, n->u.binary.y);
  } else {
    discard(w, n);
  }
}

/* Text of the value converted by an implicit conversion to interface. */
static const char *conv_text(Walker *w, const Node *x) {
  const ExprInfo *info = info_of(w->ctx, x);
  if (info && info->mode == MODE_CONSTANT && info->value)
    return const_text(w->ctx, x, info->value);
  /* gc's StaticValue looks through conversions that change no bits
   * (OCONVNOP: MyInt(n)), and the literal it finds takes the type of the
   * value converted: MyInt(1) */
  const Node *y = unparen(x);
  const ExprInfo *yi = y->kind == ND_CALL ? info_of(w->ctx, y) : NULL;
  if (yi && yi->call_kind == CALL_CONVERSION && w->ctx->plan &&
      y->u.call.args && !y->u.call.args->next &&
      types_identical(under(y->type), under(y->u.call.args->type)))
    y = y->u.call.args;
  const Node *v = static_value(w->ctx, y);
  if (v != unparen(y) && v && !is_interface(x->type)) {
    const ExprInfo *vi = info_of(w->ctx, v);
    if (vi && vi->mode == MODE_CONSTANT && vi->value) {
      Node typed = *v;
      typed.type = x->type;
      return const_text(w->ctx, &typed, vi->value);
    }
  }
  return expr_text(w->ctx, x);
}

static void composite(Walker *w, EscHole k, const Node *n) {
  Type *t = n->type;
  Type *u = under(t);
  if (!u) {
    unsupported(w, n, "composite literal");
    return;
  }
  if (u->kind == TY_POINTER) {
    /* an elided &T{...} inside an outer literal */
    StrBuf buf = {NULL, 0, 0};
    strbuf_puts(&buf, "&");
    print_type_as_gc(w->ctx, &buf, u->u.pointer.elem);
    strbuf_puts(&buf, n->u.composite.elems ? "{...}" : "{}");
    const char *text = arena_strndup(w->ctx->arena, buf.data, buf.length);
    strbuf_free(&buf);
    k = spill(w, k, n, text, ALLOC_PLAIN);
    k.dst->type = u->u.pointer.elem;
    k.dst->is_ptrlit = true;
    u = under(u->u.pointer.elem);
  }
  switch (u->kind) {
  case TY_STRUCT: case TY_ARRAY:
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      expr(w, k, e->kind == ND_KEY_VALUE ? e->u.key_value.value : e);
    break;
  case TY_SLICE:
    k = spill(w, k, n, composite_text(w->ctx, n), ALLOC_PLAIN);
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      expr(w, k, e->kind == ND_KEY_VALUE ? e->u.key_value.value : e);
    break;
  case TY_MAP:
    spill(w, k, n, composite_text(w->ctx, n), ALLOC_PLAIN);
    for (const Node *e = n->u.composite.elems; e; e = e->next) {
      if (e->kind != ND_KEY_VALUE) {
        unsupported(w, e, "map literal element");
        return;
      }
      expr(w, heap_hole(w), e->u.key_value.key);
      expr(w, heap_hole(w), e->u.key_value.value);
    }
    break;
  default:
    unsupported(w, n, "composite literal");
    break;
  }
}

static void walk_closure(Walker *w, EscFunc *f);

static void closure_copy(Walker *w, EscHole k, const Node *n, EscFunc *f);

static void func_lit(Walker *w, EscHole k, const Node *n) {
  if (inline_plan_dead_literal(w->ctx->plan, n,
                               w->ctx->frame ? w->ctx->frame->site : NULL))
    return; /* every call of it was expanded: gc drops it (deadlocals) */
  /* a literal of an expanded shape instance is that instance's copy */
  EscFunc *f = escape_func_of_lit(w->ctx, within_of(w), n);
  if (!f) {
    unsupported(w, n, "func literal");
    return;
  }
  if (w->ctx->frame) {
    closure_copy(w, k, n, f);
    return;
  }
  k = spill(w, k, n, "func literal", ALLOC_CLOSURE);
  k.dst->closure = f;
  if (!f->captures)
    return; /* analyzed in a batch of its own */
  add_pending_closure(w->b, k, f);
  for (int i = 0; i < f->free_count; i++) {
    EscLoc *loc = var_loc(w->ctx, f->free_vars[i]);
    if (loc && !loc->captured) {
      loc->captured = true;
      if (loc->loop_depth == w->loop_depth)
        loc->reassigned = false;
    }
  }
  walk_closure(w, f);
}

/* ---- Closures copied by expansions ----
 *
 * A func literal in an expanded body is copied by gc into the function
 * compiled: a closure of that function, whose parameters and locals are
 * its own (a frame of their own) and which captures the expanded body's
 * variables.  gc never expands the calls of a copy (its inliner has
 * already listed the functions it works on), so its body is walked as
 * written.  The batch meets the copy where gc does, at its literal
 * (escape.c), and declares its names with the batch's (init_func). */

EscFunc *escape_closure_copy(EscContext *ctx, EscFunc *orig, EscFunc *outer,
                             const InlineSite *home, const Node *lit) {
  EscFunc *first = escape_map_get(&ctx->copies, lit);
  for (EscFunc *c = first; c; c = c->next_copy)
    if (c->copy_site->parent == home)
      return c;
  EscFunc *copy = escape_copy_func(ctx, orig);
  copy->outer = outer;
  copy->is_copy = true;
  InlineSite *site = arena_alloc(ctx->arena, sizeof *site);
  memset(site, 0, sizeof *site);
  site->parent = (InlineSite *)home;
  site->callee_decl = (Node *)lit;
  site->callee_name = orig->name;
  site->source = home->source;
  site->pos = home->pos;
  copy->copy_site = site;
  copy->copy_frame = NULL;
  copy->next_copy = first;
  escape_map_put(&ctx->copies, lit, copy);
  return copy;
}

/* The frame of f (or of f's copy) whose site is `site`, or NULL. */
static EscFrame *frame_of_site(const EscFunc *f, const InlineSite *site) {
  if (f->copy_frame && f->copy_frame->site == site)
    return f->copy_frame;
  for (EscFrame *fr = f->frames; fr; fr = fr->next)
    if (fr->site == site)
      return fr;
  return NULL;
}

/* The copy's frame: its parameters, results and locals (w->fn is the
 * copy), in the frame of `home`, the body holding its literal. */
static void make_copy_frame(Walker *w, EscFunc *copy, EscFrame *home) {
  EscContext *ctx = w->ctx;
  EscFrame *cf = arena_alloc(ctx->arena, sizeof *cf);
  memset(cf, 0, sizeof *cf);
  cf->site = copy->copy_site;
  cf->vars.arena = cf->args.arena = ctx->arena;
  cf->outer = cf->home = home;
  EscFrame *saved = ctx->frame;
  ctx->frame = cf;
  make_frame_locs(w, cf);
  ctx->frame = saved;
  copy->copy_frame = cf;
  copy->param_locs = cf->param_locs;
  copy->result_locs = cf->result_locs;
  /* they are the copy's own parameters and results (the outlives rules
   * of closures' results apply), at their own positions (gc reads a
   * literal's signature without the call's position) */
  for (int i = 0; i < cf->param_count; i++)
    if (cf->param_locs[i]) {
      cf->param_locs[i]->is_param = true;
      cf->param_locs[i]->pos = cf->param_locs[i]->var->pos;
    }
  for (int i = 0; i < cf->result_count; i++) {
    cf->result_locs[i]->is_result = true;
    cf->result_locs[i]->result_index = i + 1;
    if (cf->result_locs[i]->var)
      cf->result_locs[i]->pos = cf->result_locs[i]->var->pos;
  }
}

/* Before the walk of a function whose expansions no batch scan met (a
 * method or dictionary wrapper), the copies of the literals of its
 * expanded bodies are declared, as gc declares them with the function's
 * names. */
typedef struct CopyScan {
  Walker *w;
  EscFunc *f;
  EscFrame *fr;
} CopyScan;

static void declare_copy(void *data, const Node *n) {
  CopyScan *cs = data;
  EscContext *ctx = cs->w->ctx;
  if (n->kind != ND_FUNC_LIT ||
      inline_plan_dead_literal(ctx->plan, n, cs->fr->site))
    return;
  const EscFunc *within = cs->f;
  for (const EscFrame *h = cs->fr; h; h = frame_of_site(cs->f, h->site->parent))
    if (h->inst) {
      within = h->inst;
      break;
    }
  EscFunc *orig = escape_func_of_lit(ctx, within, n);
  if (!orig || !orig->captures)
    return;
  EscFunc *copy = escape_closure_copy(ctx, orig, cs->f, cs->fr->site, n);
  if (copy->copy_frame)
    return;
  Walker inner = *cs->w;
  inner.fn = copy;
  const EscFunc *saved_types = types_of;
  types_of = copy;
  make_copy_frame(&inner, copy, cs->fr);
  types_of = saved_types;
}

static void declare_copies(Walker *w, EscFunc *f) {
  for (EscFrame *fr = f->frames; fr; fr = fr->next) {
    const Node *decl = fr->site->callee_decl;
    if (!decl)
      continue;
    CopyScan cs = {w, f, fr};
    node_walk_post(decl->kind == ND_FUNC_LIT ? decl->u.func_lit.body
                                             : decl->u.func_decl.body,
                   declare_copy, &cs);
  }
}

/* A func literal in an expanded body (see above). */
static void closure_copy(Walker *w, EscHole k, const Node *n, EscFunc *f) {
  EscContext *ctx = w->ctx;
  if (!f->captures) {
    /* a function value of its own: analyzed before the function when the
     * batch met it (escape.c), else compiled last */
    EscFunc *copy = escape_closure_copy(ctx, f, w->fn, ctx->frame->site, n);
    spill(w, k, n, "func literal", ALLOC_CLOSURE).dst->closure =
        copy->state == ESC_FUNC_TAGGED ? copy : f;
    return;
  }
  /* (one the batch did not meet is made here, and tagged nowhere) */
  EscFunc *copy = escape_closure_copy(ctx, f, w->fn, ctx->frame->site, n);
  copy->state = ESC_FUNC_STARTED;
  k = spill(w, k, n, "func literal", ALLOC_CLOSURE);
  k.dst->closure = copy;
  /* what it captures, found where the literal is */
  EscLoc **free_locs =
      arena_alloc(ctx->arena, sizeof(EscLoc *) * (size_t)(f->free_count + 1));
  for (int i = 0; i < f->free_count; i++) {
    free_locs[i] = var_loc(ctx, f->free_vars[i]);
    if (free_locs[i] && !free_locs[i]->captured) {
      free_locs[i]->captured = true;
      if (free_locs[i]->loop_depth == w->loop_depth)
        free_locs[i]->reassigned = false;
    }
  }
  add_pending_closure(w->b, k, copy)->free_locs = free_locs;
  /* the copy's body, with its own names in its frame */
  Walker inner = *w;
  inner.fn = copy;
  inner.loop_depth = 1;
  inner.subst = NULL;
  inner.tuple_subst = NULL;
  inner.recv_temp = NULL;
  inner.recv_sel = NULL;
  if (!copy->copy_frame)
    make_copy_frame(&inner, copy, ctx->frame);
  EscFrame *cf = copy->copy_frame;
  cf->outer = cf->home = ctx->frame;
  EscFrame *saved = ctx->frame;
  ctx->frame = cf;
  set_looping_labels(&inner, f->body);
  EscFrame *saved_frames = ctx->fn_frames;
  ctx->fn_frames = NULL; /* a copy's calls are not expanded */
  stmt_list(&inner, f->body->u.block.stmts);
  ctx->fn_frames = saved_frames;
  ctx->frame = saved;
}

/* x.M as gc prints it: promoted methods with their embedded fields. */
static const char *method_value_text(Walker *w, const Node *n, Selection *s) {
  if (s->depth <= 1)
    return expr_text(w->ctx, n);
  StrBuf buf = {NULL, 0, 0};
  ast_print_expr(&buf, n->u.selector.x);
  Type *t = n->u.selector.x->type;
  for (int i = 0; i < s->depth - 1 && t; i++) {
    Type *u = under(t);
    if (u->kind == TY_POINTER)
      u = under(u->u.pointer.elem);
    if (u->kind != TY_STRUCT || s->path[i] >= u->u.strct.field_count)
      break;
    Object *f = u->u.strct.fields[s->path[i]];
    strbuf_printf(&buf, ".%s", f->name);
    t = f->type;
  }
  strbuf_printf(&buf, ".%s", n->u.selector.sel->u.name.name);
  const char *text = arena_strndup(w->ctx->arena, buf.data, buf.length);
  strbuf_free(&buf);
  return text;
}

static void expr(Walker *w, EscHole k, const Node *n) {
  if (!n || w->ctx->unsupported)
    return;
  if (w->subst) {
    EscLoc *tmp = escape_map_get(w->subst, n);
    if (tmp) {
      flow(w->batch, k, tmp);
      return;
    }
  }
  Type *t = n->type;
  if (k.derefs >= 0 && t && !is_untyped(t) && !has_pointers(t))
    k.dst = &w->batch->blank;
  const ExprInfo *info = info_of(w->ctx, n);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_TYPEXPR ||
               info->mode == MODE_NILVALUE))
    return;
  switch (n->kind) {
  case ND_PAREN:
    expr(w, k, n->u.paren.x);
    break;
  case ND_BASIC_LIT:
    break;
  case ND_NAME: {
    Object *obj = n->u.name.object;
    if (!obj || obj->kind != OBJ_VAR)
      break;
    EscLoc *loc = var_loc(w->ctx, obj);
    if (loc)
      flow(w->batch, k, loc);
    else if (obj->u.var.var_kind != VAR_PACKAGE)
      unsupported(w, n, "variable without a location");
    break;
  }
  case ND_UNARY:
    switch (n->u.unary.op) {
    case TK_AND: {
      const Node *x = unparen(n->u.unary.x);
      if (x->kind == ND_COMPOSITE_LIT) {
        EscHole lk = spill(w, k, n, expr_text(w->ctx, n), ALLOC_PLAIN);
        lk.dst->type = x->type;
        lk.dst->is_ptrlit = true;
        composite(w, lk, x);
      } else {
        expr(w, shift(k, -1), x);
      }
      break;
    }
    case TK_MUL:
      expr(w, shift(k, 1), n->u.unary.x);
      break;
    default: /* + - ! ^ and <-ch */
      discard(w, n->u.unary.x);
      break;
    }
    break;
  case ND_BINARY:
    if (is_string_concat(w->ctx, n)) {
      spill(w, k, n, expr_text(w->ctx, n), ALLOC_PLAIN);
      concat_operands(w, n);
    } else {
      discard(w, n->u.binary.x);
      discard(w, n->u.binary.y);
    }
    break;
  case ND_SELECTOR: {
    Selection *s = info ? info->selection : NULL;
    if (!s) {
      unsupported(w, n, "selector");
      break;
    }
    switch (s->kind) {
    case SEL_QUALIFIED:
      break;
    case SEL_METHOD_EXPR: {
      /* gc's closure for it, in a shape instance: -m=2 says it captures
       * the sub-dictionary's temporary (an expansion's copy: not
       * modeled, no line) */
      const EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, n);
      if (at && at->types && w->ctx->m_level >= 2 && !w->ctx->frame &&
          dictionary_closure(w->ctx, n)) {
        PendingClosure *pc = add_pending_closure(w->b, k, w->fn);
        pc->wrapper_temps = at;
        pc->wrapper_in = w->fn;
      }
      if (w->ctx->plan)
        method_closure_body(w, n);
      break;
    }
    case SEL_FIELD:
      eval_path(w, k, n->u.selector.x, s->path, s->depth);
      break;
    case SEL_METHOD_VALUE: {
      /* x.m as a value: a closure holding the receiver.  In a shape
       * instance, on a receiver whose type has shapes, gc builds that
       * closure from the dictionary and never reports it; but an
       * interface's method value it builds as any other, on the
       * receiver (x, or the embedded x.f holding the interface)
       * converted to its shaped type: A[go.shape.int](x.f).m */
      Type *xt = n->u.selector.x->type;
      bool shaped = inst_type(xt) != xt;
      const char *text = method_value_text(w, n, s);
      Type *it = path_type(xt, s->path, s->depth - 1);
      if (shaped && it && it->kind != TY_TYPEPARAM && is_interface(it) &&
          escape_mentions_shape(inst_type(it))) {
        const char *name = n->u.selector.sel->u.name.name;
        StrBuf buf = {NULL, 0, 0};
        print_type_as_gc(w->ctx, &buf, it);
        strbuf_printf(&buf, "(%.*s).%s",
                      (int)(strlen(text) - strlen(name) - 1), text, name);
        text = arena_strndup(w->ctx->arena, buf.data, buf.length);
        strbuf_free(&buf);
        shaped = false;
      }
      EscHole closurek = spill(w, k, n, text,
                               shaped ? ALLOC_WRAPPER : ALLOC_PLAIN);
      if (s->obj && s->obj->kind == OBJ_FUNC && s->obj->type &&
          s->obj->type->u.func.recv)
        closurek.dst->closure_size =
            8 + types_sizeof(inst_type(s->obj->type->u.func.recv->type));
      else
        closurek.dst->closure_size = 8 + 16; /* interface receiver */
      EscHole paramk;
      Type *rt = path_type(n->u.selector.x->type, s->path, s->depth - 1);
      bool ptr_to_value = s->obj && s->obj->kind == OBJ_FUNC &&
                          s->obj->type && s->obj->type->u.func.recv && rt &&
                          is_kind(rt, TY_POINTER) &&
                          !is_kind(s->obj->type->u.func.recv->type, TY_POINTER);
      if (s->via_interface || !s->obj || s->obj->kind != OBJ_FUNC) {
        paramk = heap_hole(w);
      } else {
        Callee c;
        memset(&c, 0, sizeof c);
        c.obj = s->obj;
        c.fn = escape_func_of_object(w->ctx, s->obj);
        c.sig = s->obj->type;
        c.ptr_to_value_recv = ptr_to_value;
        if (c.fn && c.fn->is_generic &&
            !(c.fn = escape_ref_instance(w->ctx, within_of(w), n))) {
          unsupported(w, n, "generic method value");
          break;
        }
        int nres = c.sig->u.func.results->u.tuple.count;
        EscHole rks[ESC_RESULT_SLOTS];
        for (int i = 0; i < nres && i < ESC_RESULT_SLOTS; i++)
          rks[i] = heap_hole(w);
        paramk = tag_hole(w, rks, nres < ESC_RESULT_SLOTS ? nres : ESC_RESULT_SLOTS, &c, 0);
      }
      /* a method value keeps a pointer receiver as it is */
      receiver_ex(w, tee2(w, paramk, closurek), n, s, !ptr_to_value);
      break;
    }
    }
    break;
  }
  case ND_INDEX: {
    const Node *x = n->u.index.x;
    Type *xu = under(x->type);
    if (info && info->mode == MODE_VALUE && t && under(t)->kind == TY_FUNC &&
        (!xu || xu->kind == TY_FUNC)) {
      /* f[T] as a value: gc's wrapper of the instance, a static function
       * like any other (no closure) */
      if (!escape_ref_instance(w->ctx, within_of(w), n))
        unsupported(w, n, "generic function value");
      break;
    }
    if (!xu) {
      unsupported(w, n, "index expression");
      break;
    }
    if (xu->kind == TY_MAP) {
      discard(w, x);
      discard(w, n->u.index.index);
    } else if (xu->kind == TY_ARRAY) {
      expr(w, k, x);
      discard(w, n->u.index.index);
    } else {
      /* slices, strings, pointers to arrays */
      expr(w, shift(k, 1), x);
      discard(w, n->u.index.index);
    }
    break;
  }
  case ND_SLICE_EXPR: {
    const Node *x = n->u.slice.x;
    Type *xu = under(x->type);
    if (xu && xu->kind == TY_ARRAY)
      expr(w, shift(k, -1), x); /* x[:] slices &x */
    else
      expr(w, k, x);
    discard(w, n->u.slice.low);
    discard(w, n->u.slice.high);
    discard(w, n->u.slice.max);
    break;
  }
  case ND_TYPE_ASSERT:
    if (!is_interface(t) && !is_direct_iface(t))
      k = shift(k, 1);
    expr(w, k, n->u.assert.x);
    break;
  case ND_CALL: {
    EscHole ks[1] = {k};
    call(w, ks, 1, n);
    break;
  }
  case ND_IMPLICIT_CONV: {
    const Node *x = n->u.paren.x;
    if (is_interface(t) && x->type && !is_interface(x->type) &&
        !is_direct_iface(x->type)) {
      const char *text = w->conv_text ? w->conv_text : conv_text(w, x);
      w->conv_text = NULL;
      EscHole ck = spill(w, k, n, text, ALLOC_PLAIN);
      ck.dst->pos = x->pos;
      k = ck;
    }
    expr(w, k, x);
    break;
  }
  case ND_COMPOSITE_LIT:
    composite(w, k, n);
    break;
  case ND_FUNC_LIT:
    func_lit(w, k, n);
    break;
  case ND_KEY_VALUE:
    expr(w, k, n->u.key_value.value);
    break;
  default:
    unsupported(w, n, "this expression");
    break;
  }
}

/* ---- Assignments ---- */

/* gc's addr: the hole of an assignment target. */
static EscHole addr(Walker *w, const Node *n) {
  n = unparen(n);
  if (!n || is_blank_name(n))
    return discard_hole(w);
  switch (n->kind) {
  case ND_NAME: {
    Object *obj = n->u.name.object;
    if (!obj || obj->kind != OBJ_VAR)
      return heap_hole(w);
    EscLoc *loc = var_loc(w->ctx, obj);
    if (loc)
      return hole_of(loc);
    if (obj->u.var.var_kind != VAR_PACKAGE)
      unsupported(w, n, "assignment to a variable without a location");
    return heap_hole(w);
  }
  case ND_SELECTOR: {
    const ExprInfo *info = info_of(w->ctx, n);
    Selection *s = info ? info->selection : NULL;
    if (s && s->kind == SEL_QUALIFIED)
      return heap_hole(w);
    if (!s || s->kind != SEL_FIELD) {
      unsupported(w, n, "assignment target");
      return heap_hole(w);
    }
    return addr_path(w, n->u.selector.x, s->path, s->depth);
  }
  case ND_INDEX: {
    const Node *x = n->u.index.x;
    Type *xu = under(x->type);
    if (xu && xu->kind == TY_MAP) {
      discard(w, x);
      expr(w, heap_hole(w), n->u.index.index);
      return heap_hole(w);
    }
    discard(w, n->u.index.index);
    if (xu && xu->kind == TY_ARRAY)
      return addr(w, x);
    expr(w, mutator_hole(w), x);
    return heap_hole(w);
  }
  case ND_UNARY:
    if (n->u.unary.op == TK_MUL) {
      expr(w, mutator_hole(w), n->u.unary.x);
      return heap_hole(w);
    }
    break;
  default:
    break;
  }
  unsupported(w, n, "assignment target");
  return heap_hole(w);
}

/* Is `dst = src` one of gc's ignored self-assignments? */
static bool same_safe_expr(const Node *a, const Node *b) {
  a = unparen(a);
  b = unparen(b);
  if (!a || !b || a->kind != b->kind)
    return false;
  switch (a->kind) {
  case ND_NAME:
    return a->u.name.object == b->u.name.object;
  case ND_SELECTOR:
    return a->u.selector.sel->u.name.name == b->u.selector.sel->u.name.name &&
           same_safe_expr(a->u.selector.x, b->u.selector.x);
  case ND_UNARY:
    return a->u.unary.op == b->u.unary.op && a->u.unary.op == TK_MUL &&
           same_safe_expr(a->u.unary.x, b->u.unary.x);
  case ND_INDEX:
    return same_safe_expr(a->u.index.x, b->u.index.x) &&
           same_safe_expr(a->u.index.index, b->u.index.index);
  case ND_BASIC_LIT:
    return a->u.lit.length == b->u.lit.length &&
           memcmp(a->u.lit.text, b->u.lit.text, a->u.lit.length) == 0;
  default:
    return false;
  }
}

static bool may_affect_memory(const Node *n) {
  n = unparen(n);
  switch (n->kind) {
  case ND_NAME: case ND_BASIC_LIT:
    return false;
  case ND_BINARY:
    return may_affect_memory(n->u.binary.x) || may_affect_memory(n->u.binary.y);
  case ND_UNARY:
    return n->u.unary.op == TK_ARROW || n->u.unary.op == TK_AND ||
           may_affect_memory(n->u.unary.x);
  case ND_SELECTOR:
    return may_affect_memory(n->u.selector.x);
  case ND_INDEX:
    return may_affect_memory(n->u.index.x) || may_affect_memory(n->u.index.index);
  default:
    return true;
  }
}

/* Does a selector go through a pointer as its last step (gc ODOTPTR)? */
static int selector_op(Walker *w, const Node *n) {
  const ExprInfo *info = info_of(w->ctx, n);
  Selection *s = info ? info->selection : NULL;
  if (!s || s->kind != SEL_FIELD)
    return 0;
  Type *before = path_type(n->u.selector.x->type, s->path, s->depth - 1);
  if (s->depth != 1)
    return 0; /* implicit embedded steps: not a plain name base */
  return before && is_kind(before, TY_POINTER) ? 2 : 1;
}

static bool is_self_assign(Walker *w, const Node *dst, const Node *src) {
  dst = unparen(dst);
  src = unparen(src);
  /* s.buf = s.buf[a:b] through the same pointer name */
  if (src->kind == ND_SLICE_EXPR) {
    const Node *dx = NULL, *bx = NULL;
    if (dst->kind == ND_SELECTOR && selector_op(w, dst) == 2)
      dx = unparen(dst->u.selector.x);
    else if (dst->kind == ND_UNARY && dst->u.unary.op == TK_MUL)
      dx = unparen(dst->u.unary.x);
    const Node *base = unparen(src->u.slice.x);
    Type *bu = under(base->type);
    if (dx && dx->kind == ND_NAME && bu && bu->kind != TY_ARRAY) {
      if (base->kind == ND_SELECTOR && selector_op(w, base) == 2)
        bx = unparen(base->u.selector.x);
      else if (base->kind == ND_UNARY && base->u.unary.op == TK_MUL)
        bx = unparen(base->u.unary.x);
      if (bx && bx->kind == ND_NAME &&
          bx->u.name.object == dx->u.name.object)
        return true;
    }
  }
  if (dst->kind != src->kind)
    return false;
  if (dst->kind == ND_SELECTOR) {
    int a = selector_op(w, dst), b = selector_op(w, src);
    if (!a || a != b)
      return false;
    return same_safe_expr(dst->u.selector.x, src->u.selector.x);
  }
  if (dst->kind == ND_INDEX) {
    Type *xu = under(dst->u.index.x->type);
    if (!xu || xu->kind == TY_MAP)
      return false;
    if (may_affect_memory(dst->u.index.index) ||
        may_affect_memory(src->u.index.index))
      return false;
    return same_safe_expr(dst->u.index.x, src->u.index.x);
  }
  return false;
}


static void self_assign_diag(Walker *w, const Node *stmt_node,
                             const Node *dst, const Node *src) {
  /* the operands as gc's IR prints them (k & uint(1), folded constants) */
  StrBuf buf = {NULL, 0, 0};
  if (stmt_node->kind == ND_ASSIGN_STMT && stmt_node->u.assign.lhs &&
      stmt_node->u.assign.lhs->next) {
    /* a, b = b, a: gc prints the whole statement */
    for (const Node *l = stmt_node->u.assign.lhs; l; l = l->next) {
      strbuf_puts(&buf, expr_text(w->ctx, l));
      strbuf_puts(&buf, l->next ? ", " : " = ");
    }
    for (const Node *r = stmt_node->u.assign.rhs; r; r = r->next) {
      strbuf_puts(&buf, expr_text(w->ctx, r));
      if (r->next)
        strbuf_puts(&buf, ", ");
    }
  } else {
    strbuf_puts(&buf, expr_text(w->ctx, dst));
    strbuf_puts(&buf, " = ");
    strbuf_puts(&buf, expr_text(w->ctx, src));
  }
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.source = w->fn->source;
  d.pos = stmt_node->pos;
  if (w->ctx->frame) { /* in an expanded body: at the outermost call */
    d.source = w->ctx->frame->site->source;
    d.pos = w->ctx->frame->site->pos;
  }
  d.kind = DIAG_SELF_ASSIGNMENT;
  d.function = w->fn->name;
  d.other = buf.data ? buf.data : "";
  report_add(w->ctx->diags, &d);
  strbuf_free(&buf);
}

/* gc's reassigned: targets other than by their own definition. */
static void mark_reassigned(Walker *w, EscHole *ks, const Node *const *dsts,
                            int n, bool defining, bool is_range) {
  for (int i = 0; i < n; i++) {
    EscLoc *loc = ks[i].dst;
    if (loc->kind != LOC_VAR)
      continue;
    if (!is_range && defining && dsts && dsts[i] && loc->var &&
        loc->var->ident == unparen(dsts[i]))
      continue;
    loc->reassigned = true;
  }
  (void)w;
}

#define MAX_LIST 64

static int list_nodes(const Node *list, const Node **out) {
  int n = 0;
  for (const Node *x = list; x; x = x->next) {
    if (n == MAX_LIST)
      return -1;
    out[n++] = x;
  }
  return n;
}

static void dcl(Walker *w, const Node *name) {
  name = unparen(name);
  if (!name || name->kind != ND_NAME || is_blank_name(name))
    return;
  Object *obj = name->u.name.object;
  if (!obj || obj->ident != name)
    return; /* not declared here (redeclaration in :=) */
  EscLoc *loc = var_loc(w->ctx, obj);
  if (loc)
    loc->loop_depth = w->loop_depth;
}

static bool is_tuple_call(EscContext *ctx, const Node *n) {
  n = unparen(n);
  if (!n || n->kind != ND_CALL || !n->type)
    return false;
  const ExprInfo *info = info_of(ctx, n);
  if (info && info->call_kind != CALL_FUNC && info->call_kind != CALL_METHOD)
    return false;
  return n->type->kind == TY_TUPLE;
}

/* a, b = g(), v, ok = m[k] and return g() where a destination is an
 * interface and its value is not: gc's reader (multiExpr) assigns the
 * values to temporaries .autotmp_N first, then converts each at the
 * statement.  False (nothing done) when no value is converted. */
static bool tuple_assign_converted(Walker *w, const Node *stmt_node,
                                   EscHole *ks, Type **dst_types, int nd,
                                   const Node *src) {
  Type *src_types[MAX_LIST];
  const Node *x = src;
  if (x->kind == ND_IMPLICIT_CONV) /* the checker's, for v */
    x = x->u.paren.x;
  x = unparen(x);
  if (is_tuple(x)) {
    if (x->type->u.tuple.count != nd)
      return false;
    for (int i = 0; i < nd; i++)
      src_types[i] = x->type->u.tuple.vars[i]->type;
  } else if (nd == 2) {
    src_types[0] = x->type;
    src_types[1] = types_basic[TY_BOOL];
  } else {
    return false;
  }
  bool converts = false;
  for (int i = 0; i < nd; i++)
    if (dst_types[i] && is_interface(dst_types[i]) && src_types[i] &&
        !is_interface(src_types[i]))
      converts = true;
  if (!converts)
    return false;
  const EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, src);
  if (!at && w->ctx->frame) {
    number_callee_temps(w, w->ctx->frame);
    at = escape_map_get(&w->ctx->autotmps, src);
  }
  if (!at || at->count != nd) {
    unsupported(w, stmt_node, "multi-value assignment converted to interface");
    return true;
  }
  EscLoc *temps[MAX_LIST];
  EscHole tks[MAX_LIST];
  for (int i = 0; i < nd; i++) {
    temps[i] = new_loc(w, LOC_TEMP);
    tks[i] = hole_of(temps[i]);
  }
  if (is_tuple(x))
    call(w, tks, nd, x);
  else
    expr(w, tks[0], x);
  for (int i = 0; i < nd; i++) {
    EscHole k = ks[i];
    if (dst_types[i] && is_interface(dst_types[i]) && src_types[i] &&
        !is_interface(src_types[i]) && !is_direct_iface(src_types[i])) {
      k = spill(w, k, stmt_node,
                arena_printf(w->ctx->arena, ".autotmp_%d", at->number + i),
                ALLOC_PLAIN);
    }
    flow(w->batch, k, temps[i]);
  }
  return true;
}

static void assign_list(Walker *w, const Node *stmt_node, const Node *lhs,
                        const Node *rhs, bool defining) {
  const Node *dsts[MAX_LIST], *srcs[MAX_LIST];
  int nd = list_nodes(lhs, dsts), ns = list_nodes(rhs, srcs);
  if (nd < 0 || ns < 0) {
    unsupported(w, stmt_node, "assignment with too many operands");
    return;
  }
  if (nd > 1 && ns == 1 && is_tuple_call(w->ctx, srcs[0])) {
    EscHole ks[MAX_LIST];
    Type *types[MAX_LIST];
    for (int i = 0; i < nd; i++) {
      ks[i] = addr(w, dsts[i]);
      types[i] = is_blank_name(dsts[i]) ? NULL : dsts[i]->type;
    }
    if (!tuple_assign_converted(w, stmt_node, ks, types, nd, srcs[0]))
      call(w, ks, nd, unparen(srcs[0]));
    mark_reassigned(w, ks, dsts, nd, defining, false);
    return;
  }
  EscHole ks[MAX_LIST];
  for (int i = 0; i < nd; i++)
    ks[i] = addr(w, dsts[i]);
  if (nd == 2 && ns == 1) {
    /* v, ok = x.(T) into interfaces */
    Type *types[2];
    for (int i = 0; i < 2; i++)
      types[i] = is_blank_name(dsts[i]) ? NULL : dsts[i]->type;
    if (tuple_assign_converted(w, stmt_node, ks, types, 2, srcs[0])) {
      mark_reassigned(w, ks, dsts, nd, defining, false);
      return;
    }
  }
  for (int i = 0; i < nd; i++) {
    const Node *src = i < ns ? srcs[i] : NULL;
    EscHole k = ks[i];
    /* var _ I = x: gc converts nothing for a blank */
    if (src && src->kind == ND_IMPLICIT_CONV && is_blank_name(dsts[i]))
      src = src->u.paren.x;
    if (src && is_reflect_header_data(dsts[i])) {
      unsafe_value(w, heap_hole(w), src);
      continue;
    }
    if (src && is_self_assign(w, dsts[i], src)) {
      self_assign_diag(w, stmt_node, dsts[i], src);
      k = discard_hole(w);
    }
    if (src)
      expr(w, k, src);
    w->conv_text = NULL;
  }
  mark_reassigned(w, ks, dsts, nd, defining, false);
}

/* ---- go and defer ---- */

/* gc's normalizeGoDeferCall: does the receiver of `go x.M(...)` need a
 * temporary?  Not when it is a constant or new(T) taken as it is. */
static bool godefer_receiver_temp(EscContext *ctx, const Node *fun,
                                  const Selection *s) {
  const Node *x = unparen(fun->u.selector.x);
  const ExprInfo *xi = info_of(ctx, x);
  bool plain_new = x->kind == ND_CALL && xi &&
                   xi->call_kind == CALL_BUILTIN && xi->builtin == BI_NEW &&
                   info_of(ctx, x->u.call.args) &&
                   info_of(ctx, x->u.call.args)->mode == MODE_TYPEXPR &&
                   s->depth == 1 && !s->implicit_deref;
  return !plain_new && !is_constant(ctx, x);
}

/* The type of the receiver value `go x.M(...)` evaluates (what M takes)
 * and the position gc gives that expression; NULL when it is not known. */
static Type *godefer_receiver_type(const Selection *s, Pos *pos,
                                   const Node *fun, const Node *stmt) {
  Object *recv = s->obj && s->obj->kind == OBJ_FUNC && s->obj->type
                     ? s->obj->type->u.func.recv : NULL;
  const Node *x = unparen(fun->u.selector.x);
  Type *t = path_type(x->type, s->path, s->depth - 1);
  if (!t || (!recv && !s->via_interface))
    return NULL;
  /* an interface's method takes the interface value itself */
  Type *taken = s->via_interface ? t : recv->type;
  bool deref = is_kind(t, TY_POINTER) && !is_kind(taken, TY_POINTER);
  bool addr = !is_kind(t, TY_POINTER) && is_kind(taken, TY_POINTER);
  /* implicit *x, &x and x.f are at the selector; a name has no position
   * of its own */
  *pos = deref || addr || s->depth > 1 ? fun->pos
       : x->kind == ND_NAME ? stmt->pos : x->pos;
  return taken;
}

/* gc's normalizeGoDeferCall: which argument expressions are evaluated at
 * the statement (into temporaries the wrapper captures). */
static void wrapper_visit(Walker *w, const Node *arg, const Node **out,
                          int *n) {
  if (!arg)
    return;
  const Node *a = unparen(arg);
  const ExprInfo *info = info_of(w->ctx, a);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_NILVALUE ||
               info->mode == MODE_TYPEXPR))
    return;
  if (a->kind == ND_BASIC_LIT)
    return;
  if (a->kind == ND_NAME && a->u.name.object &&
      a->u.name.object->kind == OBJ_FUNC)
    return;
  if (a->kind == ND_SELECTOR && info && info->selection &&
      (info->selection->kind == SEL_METHOD_EXPR ||
       (info->selection->kind == SEL_QUALIFIED && a->type &&
        a->u.selector.sel->u.name.object &&
        a->u.selector.sel->u.name.object->kind == OBJ_FUNC)))
    return;
  if (a->kind == ND_CALL && info && info->call_kind == CALL_BUILTIN &&
      info->builtin == BI_NEW && info_of(w->ctx, a->u.call.args) &&
      info_of(w->ctx, a->u.call.args)->mode == MODE_TYPEXPR)
    return; /* new(T); new(expr) is &tmp, evaluated at the statement */
  if (a->kind == ND_COMPOSITE_LIT) {
    Type *u = under(a->type);
    if (u && (u->kind == TY_STRUCT || u->kind == TY_ARRAY ||
              u->kind == TY_SLICE)) {
      for (const Node *e = a->u.composite.elems; e; e = e->next)
        wrapper_visit(w, e->kind == ND_KEY_VALUE ? e->u.key_value.value : e,
                      out, n);
      return;
    }
  }
  if (*n < MAX_LIST)
    out[(*n)++] = arg;
  else
    unsupported(w, arg, "go/defer with many arguments");
}

/* go f(g()) / defer f(g()) with interface parameters: the results are
 * converted at the statement (they are the operands gc's wrapper
 * captures), each into a temporary of its own. */
static void convert_wrapper_tuple(Walker *w, const Node *c,
                                  const ExprInfo *info, const Node *tuple,
                                  TupleTemps *tt) {
  Type *sig = under(unparen(c->u.call.fun)->type);
  Type *first = tuple->type->u.tuple.vars[0]->type;
  const EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, tuple);
  for (int i = 0; i < tt->count; i++) {
    Type *from = tuple->type->u.tuple.vars[i]->type, *pt = NULL;
    if (info->call_kind == CALL_BUILTIN) {
      pt = builtin_param_type(info->builtin, first, i);
    } else if (sig && sig->kind == TY_FUNC) {
      int np = sig->u.func.params->u.tuple.count;
      int j = i < np ? i : np - 1;
      pt = j >= 0 ? sig->u.func.params->u.tuple.vars[j]->type : NULL;
      if (pt && info->has_variadic_slice && i >= np - 1 && is_kind(pt, TY_SLICE))
        pt = under(pt)->u.slice.elem;
    }
    if (!pt || !is_interface(pt) || is_interface(from))
      continue;
    if (!at || i >= at->count) {
      unsupported(w, c, "multi-value argument converted to interface");
      return;
    }
    EscLoc *converted = new_loc(w, LOC_TEMP);
    converted->attrs |= ESC_PERSISTS;
    EscHole k = hole_of(converted);
    if (!is_direct_iface(from))
      k = spill(w, k, c,
                arena_printf(w->ctx->arena, ".autotmp_%d", at->number + i),
                ALLOC_PLAIN);
    flow(w->batch, k, tt->temps[i]);
    tt->temps[i] = converted;
    tt->converted[i] = true;
  }
}

/* gc's closure around a go/defer statement's call: a function of the
 * batch of its own, whose locations (those of the calls gc expands in it)
 * gc makes after the enclosing function's, before walking any body.  So
 * init_func makes it, and go_defer finds it. */
static EscFunc *godefer_wrapper(Walker *w, const Node *stmt) {
  EscContext *ctx = w->ctx;
  if (!ctx->godefer_wrappers.arena)
    ctx->godefer_wrappers.arena = ctx->arena;
  EscFunc *wf = escape_map_get(&ctx->godefer_wrappers, stmt);
  if (wf)
    return wf;
  wf = arena_alloc(ctx->arena, sizeof *wf);
  wf->name = w->fn->name;
  wf->source = w->fn->source;
  wf->decl = w->fn->decl;
  wf->outer = w->fn;
  wf->inst = w->fn->inst;
  wf->is_closure = true;
  wf->is_wrapper = true;
  wf->wrapped = stmt;
  wf->order = -1;
  wf->state = ESC_FUNC_STARTED;
  if (ctx->plan) { /* the wrapped call, when gc expands it */
    Walker inner = *w;
    inner.fn = wf;
    inner.loop_depth = 1;
    make_frames(&inner, wf, inline_plan_sites(ctx->plan, stmt, NULL));
  }
  escape_map_put(&ctx->godefer_wrappers, stmt, wf);
  return wf;
}

static void go_defer(Walker *w, const Node *n) {
  bool is_defer = n->kind == ND_DEFER_STMT;
  const Node *c = unparen(n->u.go_defer.call);
  EscHole k = heap_hole(w);
  /* a defer attached to the enclosing function by a range-over-func
   * rewrite (gc's DeferAt) runs later than any frame: the heap */
  if (is_defer && w->loop_depth == 1 && !n->u.go_defer.at) {
    EscLoc *later = new_loc(w, LOC_TEMP);
    later->attrs |= ESC_PERSISTS;
    k = hole_of(later);
  }
  if (c->kind != ND_CALL) {
    unsupported(w, n, "go/defer statement");
    return;
  }
  const ExprInfo *info = info_of(w->ctx, c);
  if (!info) {
    unsupported(w, n, "go/defer statement");
    return;
  }
  const Node *fun = unparen(c->u.call.fun);
  if (check_go_defer_as_is(w->ctx->pkg, c)) {
    expr(w, k, fun); /* already f() */
    return;
  }
  if (info->call_kind == CALL_CONVERSION) {
    unsupported(w, n, "go/defer of a conversion");
    return;
  }
  /* Arguments evaluated now, into temporaries. */
  const Node *args[MAX_LIST];
  int nargs = 0;
  Selection *s = NULL;
  if (fun->kind == ND_SELECTOR && info_of(w->ctx, fun))
    s = info_of(w->ctx, fun)->selection;
  bool method = s && s->kind == SEL_METHOD_VALUE;
  EscLoc *recv_temp = NULL;
  bool recv_byref = false;
  if (method) {
    Object *recv = s->obj && s->obj->kind == OBJ_FUNC && s->obj->type
                       ? s->obj->type->u.func.recv : NULL;
    const EscAutoTemp *rt = escape_map_get(&w->ctx->autotmps, n);
    if (recv && types_sizeof(recv->type) > 128) {
      /* captured by reference, a variable (see godefer_temps) */
      recv_temp = rt && rt->locs ? rt->locs[0] : NULL;
      if (!recv_temp) {
        unsupported(w, fun, "go/defer with a receiver over 128 bytes");
        return;
      }
      recv_temp->loop_depth = w->loop_depth;
      recv_byref = true;
    } else {
      recv_temp = new_loc(w, LOC_TEMP);
    }
    /* the receiver (with its implicit & or *) is evaluated now */
    recv_temp->attrs |= ESC_PERSISTS;
    receiver(w, hole_of(recv_temp), fun, s);
  } else if (info->call_kind == CALL_FUNC) {
    wrapper_visit(w, fun, args, &nargs);
  }
  if (info->has_variadic_slice) {
    int i = 0;
    for (const Node *a = c->u.call.args; a; a = a->next, i++)
      wrapper_visit(w, a, args, &nargs);
  } else {
    for (const Node *a = c->u.call.args; a; a = a->next)
      wrapper_visit(w, a, args, &nargs);
  }
  if (w->ctx->unsupported)
    return;
  EscMap *subst = arena_alloc(w->ctx->arena, sizeof *subst);
  EscMap *tuple_subst = arena_alloc(w->ctx->arena, sizeof *tuple_subst);
  subst->arena = tuple_subst->arena = w->ctx->arena;
  const EscAutoTemp *at = escape_map_get(&w->ctx->autotmps, n);
  int first = method && godefer_receiver_temp(w->ctx, fun, s) ? 1 : 0;
  if (nargs == 1 && args[0]->type && args[0]->type->kind == TY_TUPLE) {
    TupleTemps *tt = arena_alloc(w->ctx->arena, sizeof *tt);
    tt->count = tuple_temps(w, args[0], tt->temps);
    convert_wrapper_tuple(w, c, info, args[0], tt);
    /* A value over 128 bytes is captured by reference, through a variable
     * of the statement's (made by godefer_temps) that may move to the
     * heap; the wrapper reads it there. */
    for (int i = 0; i < tt->count; i++) {
      if (tt->converted[i] ||
          types_sizeof(args[0]->type->u.tuple.vars[i]->type) <= 128)
        continue;
      EscLoc *loc = at && at->locs && first + i < at->count
                        ? at->locs[first + i] : NULL;
      if (!loc) {
        unsupported(w, args[0], "go/defer with a multi-value argument over "
                                "128 bytes in a package with imports");
        return;
      }
      loc->loop_depth = w->loop_depth;
      flow(w->batch, hole_of(loc), tt->temps[i]);
      tt->temps[i] = loc;
      tt->byref[i] = true;
    }
    escape_map_put(tuple_subst, args[0], tt);
    nargs = 0;
  }
  EscLoc *temps[MAX_LIST];
  bool byref[MAX_LIST];
  for (int i = 0; i < nargs; i++) {
    byref[i] = args[i]->type && args[i]->type->kind != TY_TUPLE &&
               types_sizeof(inst_type(args[i]->type)) > 128;
    if (byref[i]) {
      /* captured by reference: a variable that may move to the heap */
      EscLoc *loc = at && at->locs && first + i < at->count
                        ? at->locs[first + i] : NULL;
      if (!loc) {
        unsupported(w, args[i], "go/defer with an argument over 128 bytes");
        return;
      }
      loc->loop_depth = w->loop_depth;
      temps[i] = loc;
      continue;
    }
    temps[i] = new_loc(w, LOC_TEMP);
    temps[i]->attrs |= ESC_PERSISTS;
  }
  for (int i = 0; i < nargs; i++) {
    expr(w, hole_of(temps[i]), args[i]);
    escape_map_put(subst, args[i], temps[i]);
  }
  /* The wrapper closure, captured temporaries by value. */
  EscFunc *wf = godefer_wrapper(w, n);
  EscHole ck = spill(w, k, c, "func literal", ALLOC_WRAPPER);
  ck.dst->closure = wf;
  if (at && at->types && w->ctx->m_level >= 2) {
    PendingClosure *pc = add_pending_closure(w->b, ck, wf);
    pc->wrapper_temps = at;
    pc->wrapper_in = w->fn;
  }
  for (int i = 0; i < nargs; i++)
    flow(w->batch, byref[i] ? shift(ck, -1) : ck, temps[i]);
  if (recv_temp)
    flow(w->batch, recv_byref ? shift(ck, -1) : ck, recv_temp);
  {
    TupleTemps *tt = NULL;
    for (size_t j = 0; j < tuple_subst->size; j++)
      if (tuple_subst->slots[j].key)
        tt = tuple_subst->slots[j].value;
    for (int i = 0; tt && i < tt->count; i++)
      flow(w->batch, tt->byref[i] ? shift(ck, -1) : ck, tt->temps[i]);
  }
  Walker inner = *w;
  inner.fn = wf;
  inner.loop_depth = 1;
  inner.subst = subst;
  inner.tuple_subst = tuple_subst;
  inner.recv_temp = recv_temp;
  inner.recv_sel = method ? fun : NULL;
  inner.labels = NULL;
  inner.nlabels = 0;
  EscFrame *saved_frames = w->ctx->fn_frames;
  w->ctx->fn_frames = wf->frames;
  if (info->call_kind == CALL_BUILTIN &&
      (info->builtin == BI_RECOVER || info->builtin == BI_PANIC ||
       info->builtin == BI_PRINT || info->builtin == BI_PRINTLN ||
       info->builtin == BI_CLOSE || info->builtin == BI_DELETE ||
       info->builtin == BI_COPY || info->builtin == BI_CLEAR)) {
    call(&inner, NULL, 0, c);
  } else if (info->call_kind == CALL_BUILTIN) {
    unsupported(w, n, "go/defer of this builtin");
  } else {
    call(&inner, NULL, 0, c);
  }
  w->ctx->fn_frames = saved_frames;
}

/* ---- Statements ---- */

static bool label_loops(Walker *w, const char *name) {
  for (int i = 0; i < w->nlabels; i++)
    if (w->labels[i] == name)
      return true;
  return false;
}

static void type_switch(Walker *w, const Node *n) {
  const Node *guard = n->u.switch_stmt.tag;
  const Node *lhs = guard->u.guard.lhs;
  EscHole ks[MAX_LIST];
  int nks = 0;
  if (lhs && !is_blank_name(lhs)) {
    for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
      EscLoc *loc = escape_map_get(vars_map(w->ctx), cl);
      if (!loc)
        continue;
      loc->loop_depth = w->loop_depth;
      Type *vt = cl->type;
      if (has_pointers(vt)) {
        EscHole k = hole_of(loc);
        if (!is_interface(vt) && !is_direct_iface(vt))
          k = shift(k, 1);
        if (nks == MAX_LIST) {
          unsupported(w, n, "type switch with many cases");
          return;
        }
        ks[nks++] = k;
      }
    }
  }
  expr(w, tee_hole(w, ks, nks), guard->u.guard.x);
  for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
    discard_list(w, cl->u.case_clause.list);
    int old = w->loop_depth;
    stmt_list(w, cl->u.case_clause.body);
    w->loop_depth = old;
  }
}

static void range_stmt(Walker *w, const Node *n) {
  const Node *x = n->u.range_stmt.x;
  Type *xu = under(x->type);
  if (!xu || xu->kind == TY_FUNC) {
    unsupported(w, n, "range over a function");
    return;
  }
  EscLoc *tmp = new_loc(w, LOC_TEMP);
  tmp->attrs |= ESC_PERSISTS;
  expr(w, hole_of(tmp), x);
  w->loop_depth++;
  const Node *key = n->u.range_stmt.key, *value = n->u.range_stmt.value;
  if (n->u.range_stmt.op == TK_DEFINE) {
    dcl(w, key);
    dcl(w, value);
  }
  EscHole ks[2];
  ks[0] = key ? addr(w, key) : discard_hole(w);
  ks[1] = value ? addr(w, value) : discard_hole(w);
  /* the value is copied out of the operand (pointer-free values carry
   * nothing: gc's copy into a per-iteration variable drops them) */
  if (value && value->type && !has_pointers(value->type))
    ks[1] = discard_hole(w);
  if (xu->kind == TY_ARRAY)
    flow(w->batch, ks[1], tmp);
  else
    flow(w->batch, shift(ks[1], 1), tmp);
  mark_reassigned(w, ks, NULL, 2, false, true);
  block(w, n->u.range_stmt.body);
  w->loop_depth--;
}

/* Loop variables of a three-clause for get one copy per iteration when
 * the loop body captures them or takes their address (Go 1.22). */
static void for_vars_per_iteration(Walker *w, const Node *init) {
  if (!init || init->kind != ND_ASSIGN_STMT || init->u.assign.op != TK_DEFINE)
    return;
  for (const Node *l = init->u.assign.lhs; l; l = l->next) {
    const Node *name = unparen(l);
    if (name->kind != ND_NAME || !name->u.name.object)
      continue;
    Object *obj = name->u.name.object;
    if (obj->ident != name)
      continue;
    EscLoc *loc = var_loc(w->ctx, obj);
    if (loc && (obj->u.var.captured || (var_facts(w->ctx, obj) & VAR_FACT_ADDR)))
      loc->loop_depth = w->loop_depth;
  }
}

/* gc's staticBool: 1 for a condition known true, -1 false, 0 unknown
 * (its quirks kept: !x counts as x). */
static int static_bool(EscContext *ctx, const Node *cond) {
  cond = unparen(cond);
  if (!cond)
    return 0;
  const ExprInfo *info = info_of(ctx, cond);
  if (info && info->mode == MODE_CONSTANT && info->value &&
      info->value->kind == VAL_BOOL)
    return info->value->b ? 1 : -1;
  if (cond->kind == ND_UNARY && cond->u.unary.op == TK_NOT)
    return static_bool(ctx, cond->u.unary.x);
  if (cond->kind == ND_BINARY && cond->u.binary.op == TK_LAND) {
    int x = static_bool(ctx, cond->u.binary.x);
    if (x < 0)
      return x;
    int y = static_bool(ctx, cond->u.binary.y);
    if (x > 0 || y < 0)
      return y;
  }
  if (cond->kind == ND_BINARY && cond->u.binary.op == TK_LOR) {
    int x = static_bool(ctx, cond->u.binary.x);
    if (x > 0)
      return x;
    int y = static_bool(ctx, cond->u.binary.y);
    if (x < 0 || y > 0)
      return y;
  }
  return 0;
}

int escape_static_bool(EscContext *ctx, const Node *cond) {
  return static_bool(ctx, cond);
}

static const Node *last_non_empty(const Node *list) {
  const Node *last = NULL;
  for (const Node *n = list; n; n = n->next)
    if (n->kind != ND_EMPTY_STMT)
      last = n;
  return last;
}

/* gc's terminates: statements after it (up to a label) are dropped. */
static bool terminates(EscContext *ctx, const Node *n) {
  if (!n)
    return false;
  switch (n->kind) {
  case ND_BRANCH_STMT:
    return n->u.branch.op == TK_GOTO;
  case ND_RETURN_STMT:
    return true;
  case ND_EXPR_STMT: {
    const Node *x = unparen(n->u.expr_stmt.x);
    if (x->kind == ND_CALL) {
      const Node *f = unparen(x->u.call.fun);
      return f->kind == ND_NAME && f->u.name.object &&
             f->u.name.object->kind == OBJ_BUILTIN &&
             f->u.name.object->u.builtin.id == BI_PANIC;
    }
    return false;
  }
  case ND_IF_STMT: {
    int cond = static_bool(ctx, n->u.if_stmt.cond);
    return (cond < 0 || terminates(ctx, n->u.if_stmt.then)) &&
           (cond > 0 || terminates(ctx, n->u.if_stmt.els));
  }
  case ND_BLOCK:
    return terminates(ctx, last_non_empty(n->u.block.stmts));
  default:
    return false;
  }
}

bool escape_terminates(Package *pkg, const Node *n) {
  EscContext ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.pkg = pkg;
  return terminates(&ctx, n);
}

static bool has_fallthrough(const Node *body) {
  const Node *last = last_non_empty(body);
  return last && last->kind == ND_BRANCH_STMT &&
         last->u.branch.op == TK_FALLTHROUGH;
}

/* gc's writer: a switch whose tag is constant (or absent) and whose cases
 * are all constants keeps only the clause it always takes. */
static bool static_switch_target(EscContext *ctx, const Node *n,
                                 const Node **out);

static bool static_switch(Walker *w, const Node *n) {
  const Node *target;
  if (!static_switch_target(w->ctx, n, &target))
    return false;
  if (target) {
    int old = w->loop_depth;
    stmt_list(w, target->u.case_clause.body);
    w->loop_depth = old;
  }
  return true;
}

/* The clause a static switch always takes (NULL: none); false when the
 * switch is not static. */
static bool static_switch_target(EscContext *ctx, const Node *n,
                                 const Node **out) {
  const Node *tag = n->u.switch_stmt.tag;
  const Value *tv = NULL;
  if (tag) {
    const ExprInfo *ti = info_of(ctx, tag);
    if (!ti || ti->mode != MODE_CONSTANT || !ti->value)
      return false;
    tv = ti->value;
  }
  const Node *target = NULL;
  for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
    if (cl->u.case_clause.is_default)
      target = cl;
    bool matched = false;
    for (const Node *c = cl->u.case_clause.list; c; c = c->next) {
      const ExprInfo *ci = info_of(ctx, unparen(c));
      if (!ci || ci->mode != MODE_CONSTANT || !ci->value)
        return false;
      const Value *a = tv ? tv : value_bool(true), *b = ci->value;
      if (a->kind == VAL_BOOL && b->kind == VAL_BOOL ? a->b == b->b
          : a->kind == b->kind || (value_is_int(a) && value_is_int(b))
              ? (value_match(&a, &b), value_compare(TK_EQL, a, b))
              : false) {
        target = cl;
        matched = true;
        break;
      }
    }
    if (matched)
      break;
  }
  if (target && has_fallthrough(target->u.case_clause.body))
    return false;
  *out = target;
  return true;
}

/* A value compared in a switch, converted to an interface the way gc's
 * front end does when the tag and a case differ in interfaceness. */
static void switch_compare(Walker *w, const Node *x, Type *iface) {
  if (!iface || is_interface(x->type) || is_direct_iface(x->type) ||
      !x->type || is_untyped(x->type)) {
    discard(w, x);
    return;
  }
  EscHole k = spill(w, discard_hole(w), x, conv_text(w, x), ALLOC_PLAIN);
  expr(w, k, x);
}

/* Does interface j have every method of interface i (so that a j is
 * assignable to an i)?  Names suffice: the comparison type-checked. */
static bool iface_has_methods_of(Type *j, Type *i) {
  TypeSet *js = types_type_set(types_under(j));
  TypeSet *is = types_type_set(types_under(i));
  for (int a = 0; a < is->method_count; a++) {
    bool found = false;
    for (int b = 0; b < js->method_count && !found; b++)
      found = strcmp(js->methods[b]->name, is->methods[a]->name) == 0;
    if (!found)
      return false;
  }
  return true;
}

Type *escape_switch_compare_type(const Node *sw, bool *to_any) {
  const Node *tag = sw->u.switch_stmt.tag;
  Type *tag_type = tag ? tag->type : NULL; /* NULL: the implicit true */
  if (to_any)
    *to_any = false;
  if (tag_type && types_under(tag_type)->kind == TY_CHAN)
    return NULL;
  for (const Node *cl = sw->u.switch_stmt.clauses; cl; cl = cl->next)
    for (const Node *e = cl->u.case_clause.list; e; e = e->next) {
      Type *ct = e->type;
      if (!ct || is_untyped(ct))
        continue; /* (untyped constants and nil are assignable) */
      bool case_iface = is_interface(ct);
      bool tag_iface = tag_type && is_interface(tag_type);
      if (case_iface && (!tag_iface || !iface_has_methods_of(ct, tag_type))) {
        if (to_any)
          *to_any = true;
        return ct; /* stands for any: only its interfaceness is used */
      }
    }
  return tag_type && is_interface(tag_type) ? tag_type : NULL;
}

static void switch_tag(Walker *w, const Node *sw) {
  const Node *tag = sw->u.switch_stmt.tag;
  if (tag && !is_interface(tag->type))
    switch_compare(w, tag, escape_switch_compare_type(sw, NULL));
  else
    discard(w, tag);
}

/* Case values: converted to the comparison type when it is an interface
 * and they are not interfaces themselves. */
static void switch_cases(Walker *w, const Node *sw, const Node *list) {
  Type *iface = escape_switch_compare_type(sw, NULL);
  for (const Node *e = list; e; e = e->next)
    switch_compare(w, e, iface);
}

/* A select case `i = <-c` whose value is converted to an interface. */
static bool select_recv_converted(const Node *comm) {
  return comm && comm->kind == ND_ASSIGN_STMT &&
         comm->u.assign.op == TK_ASSIGN && !comm->u.assign.lhs->next &&
         comm->u.assign.rhs->kind == ND_IMPLICIT_CONV;
}

static void stmt(Walker *w, const Node *n) {
  if (!n || w->ctx->unsupported)
    return;
  switch (n->kind) {
  case ND_EMPTY_STMT:
  case ND_BRANCH_STMT:
    break;
  case ND_BLOCK:
    stmt_list(w, n->u.block.stmts);
    break;
  case ND_EXPR_STMT: {
    const Node *x = unparen(n->u.expr_stmt.x);
    if (x->kind == ND_CALL)
      call(w, NULL, 0, x);
    else
      discard(w, x);
    break;
  }
  case ND_SEND_STMT:
    discard(w, n->u.send.chan);
    expr(w, heap_hole(w), n->u.send.value);
    break;
  case ND_INC_DEC_STMT: {
    EscHole k = addr(w, n->u.inc_dec.x);
    const Node *d[1] = {n->u.inc_dec.x};
    mark_reassigned(w, &k, d, 1, false, false);
    break;
  }
  case ND_ASSIGN_STMT:
    if (n->u.assign.op == TK_DEFINE) {
      for (const Node *l = n->u.assign.lhs; l; l = l->next)
        dcl(w, l);
      assign_list(w, n, n->u.assign.lhs, n->u.assign.rhs, true);
    } else {
      assign_list(w, n, n->u.assign.lhs, n->u.assign.rhs, false);
    }
    break;
  case ND_DECL_STMT:
    for (const Node *spec = n->u.decl_stmt.decls; spec; spec = spec->next) {
      if (spec->kind != ND_VAR_SPEC)
        continue;
      for (const Node *l = spec->u.value_spec.names; l; l = l->next)
        dcl(w, l);
      if (spec->u.value_spec.values)
        assign_list(w, spec, spec->u.value_spec.names,
                    spec->u.value_spec.values, true);
    }
    break;
  case ND_GO_STMT:
  case ND_DEFER_STMT:
    go_defer(w, n);
    break;
  case ND_RETURN_STMT: {
    const Node *results = n->u.return_stmt.results;
    if (!results)
      break;
    /* in an expanded body, the results are the callee's copies */
    EscFrame *fr = w->ctx->frame;
    int result_count = fr ? fr->result_count : w->fn->result_count;
    EscLoc **result_locs = fr ? fr->result_locs : w->fn->result_locs;
    const Node *rs[MAX_LIST];
    int nr = list_nodes(results, rs);
    if (nr < 0 || result_count > MAX_LIST) {
      unsupported(w, n, "return with many results");
      break;
    }
    EscHole ks[MAX_LIST];
    for (int i = 0; i < result_count; i++)
      ks[i] = result_locs[i] ? hole_of(result_locs[i]) : discard_hole(w);
    if (nr == 1 && result_count > 1) {
      Type *rsig = w->fn->sig;
      if (fr) /* the callee's results */
        rsig = fr->site->callee_decl &&
                       fr->site->callee_decl->kind == ND_FUNC_LIT
                   ? fr->site->callee_decl->type
                   : fr->site->callee_obj->type;
      Type *types[MAX_LIST];
      for (int i = 0; i < result_count; i++)
        types[i] = rsig->u.func.results->u.tuple.vars[i]->type;
      if (!tuple_assign_converted(w, n, ks, types, result_count, rs[0]))
        call(w, ks, result_count, unparen(rs[0]));
      mark_reassigned(w, ks, NULL, result_count, false, false);
      break;
    }
    for (int i = 0; i < nr && i < result_count; i++)
      expr(w, ks[i], rs[i]);
    mark_reassigned(w, ks, NULL, result_count, false, false);
    break;
  }
  case ND_IF_STMT: {
    /* gc's front end drops the branch a constant condition rules out */
    int known = static_bool(w->ctx, n->u.if_stmt.cond);
    stmt(w, n->u.if_stmt.init);
    discard(w, n->u.if_stmt.cond);
    if (known >= 0)
      block(w, n->u.if_stmt.then);
    if (known <= 0)
      block(w, n->u.if_stmt.els);
    break;
  }
  case ND_SWITCH_STMT:
    stmt(w, n->u.switch_stmt.init);
    if (n->u.switch_stmt.tag &&
        n->u.switch_stmt.tag->kind == ND_TYPE_SWITCH_GUARD) {
      type_switch(w, n);
    } else if (static_switch(w, n)) {
      /* gc kept only the clause a constant tag selects */
    } else {
      switch_tag(w, n);
      for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
        switch_cases(w, n, cl->u.case_clause.list);
        int old = w->loop_depth;
        stmt_list(w, cl->u.case_clause.body);
        w->loop_depth = old;
      }
    }
    break;
  case ND_SELECT_STMT:
    for (const Node *cl = n->u.select_stmt.clauses; cl; cl = cl->next) {
      const Node *comm = cl->u.comm_clause.comm;
      /* case i = <-c: gc converts its temporary (see DclScan) */
      const EscAutoTemp *at = select_recv_converted(comm)
          ? escape_map_get(&w->ctx->autotmps, comm->u.assign.rhs) : NULL;
      if (at)
        w->conv_text = arena_printf(w->ctx->arena, ".autotmp_%d", at->number);
      stmt(w, comm);
      w->conv_text = NULL;
      int old = w->loop_depth;
      stmt_list(w, cl->u.comm_clause.body);
      w->loop_depth = old;
    }
    break;
  case ND_FOR_STMT: {
    int old = w->loop_depth;
    stmt(w, n->u.for_stmt.init);
    if (n->u.for_stmt.cond && static_bool(w->ctx, n->u.for_stmt.cond) < 0)
      break; /* for init; false; post {} is just init */
    w->loop_depth++;
    for_vars_per_iteration(w, n->u.for_stmt.init);
    discard(w, n->u.for_stmt.cond);
    stmt(w, n->u.for_stmt.post);
    block(w, n->u.for_stmt.body);
    w->loop_depth = old;
    break;
  }
  case ND_RANGE_STMT:
    range_stmt(w, n);
    break;
  case ND_LABELED_STMT:
    if (label_loops(w, n->u.labeled.label->u.name.name))
      w->loop_depth++;
    stmt(w, n->u.labeled.stmt);
    break;
  default:
    unsupported(w, n, "this statement");
    break;
  }
}

static void stmt_list(Walker *w, const Node *list) {
  const Node *last_label = NULL;
  for (const Node *n = list; n; n = n->next)
    if (n->kind == ND_LABELED_STMT)
      last_label = n;
  bool dead = false, past_label = last_label == NULL;
  for (const Node *n = list; n; n = n->next) {
    if (dead && past_label && n->kind != ND_LABELED_STMT)
      continue;
    stmt(w, n);
    if (n == last_label)
      past_label = true;
    dead = terminates(w->ctx, n);
  }
}

/* ---- The code gc's front end keeps ---- */

/* node_walk, without the statements gc's writer drops as dead (the rules
 * of stmt and stmt_list above): what the instantiation scan may look at
 * (escape_generic.c). */
static void live_stmt(EscContext *ctx, const Node *n, NodeVisit fn,
                      void *data);

static void live_list(EscContext *ctx, const Node *list, NodeVisit fn,
                      void *data) {
  const Node *last_label = NULL;
  for (const Node *n = list; n; n = n->next)
    if (n->kind == ND_LABELED_STMT)
      last_label = n;
  bool dead = false, past_label = last_label == NULL;
  for (const Node *n = list; n; n = n->next) {
    if (dead && past_label && n->kind != ND_LABELED_STMT)
      continue;
    live_stmt(ctx, n, fn, data);
    if (n == last_label)
      past_label = true;
    dead = terminates(ctx, n);
  }
}

static void live_switch(EscContext *ctx, const Node *n, NodeVisit fn,
                        void *data) {
  const Node *target;
  live_stmt(ctx, n->u.switch_stmt.init, fn, data);
  if (!(n->u.switch_stmt.tag &&
        n->u.switch_stmt.tag->kind == ND_TYPE_SWITCH_GUARD) &&
      static_switch_target(ctx, n, &target)) {
    if (target)
      live_list(ctx, target->u.case_clause.body, fn, data);
    return;
  }
  node_walk(n->u.switch_stmt.tag, fn, data);
  for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
    fn(data, cl);
    for (const Node *e = cl->u.case_clause.list; e; e = e->next)
      node_walk(e, fn, data);
    live_list(ctx, cl->u.case_clause.body, fn, data);
  }
}

static void live_stmt(EscContext *ctx, const Node *n, NodeVisit fn,
                      void *data) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK:
    fn(data, n);
    live_list(ctx, n->u.block.stmts, fn, data);
    break;
  case ND_IF_STMT: {
    int known = static_bool(ctx, n->u.if_stmt.cond);
    fn(data, n);
    live_stmt(ctx, n->u.if_stmt.init, fn, data);
    node_walk(n->u.if_stmt.cond, fn, data);
    if (known >= 0)
      live_stmt(ctx, n->u.if_stmt.then, fn, data);
    if (known <= 0)
      live_stmt(ctx, n->u.if_stmt.els, fn, data);
    break;
  }
  case ND_FOR_STMT:
    fn(data, n);
    live_stmt(ctx, n->u.for_stmt.init, fn, data);
    if (n->u.for_stmt.cond && static_bool(ctx, n->u.for_stmt.cond) < 0)
      break; /* for init; false; post {} is just init */
    node_walk(n->u.for_stmt.cond, fn, data);
    live_stmt(ctx, n->u.for_stmt.post, fn, data);
    live_stmt(ctx, n->u.for_stmt.body, fn, data);
    break;
  case ND_SWITCH_STMT:
    fn(data, n);
    live_switch(ctx, n, fn, data);
    break;
  case ND_LABELED_STMT:
    fn(data, n);
    live_stmt(ctx, n->u.labeled.stmt, fn, data);
    break;
  case ND_RANGE_STMT:
    fn(data, n);
    node_walk(n->u.range_stmt.key, fn, data);
    node_walk(n->u.range_stmt.value, fn, data);
    node_walk(n->u.range_stmt.x, fn, data);
    live_stmt(ctx, n->u.range_stmt.body, fn, data);
    break;
  case ND_SELECT_STMT:
    fn(data, n);
    for (const Node *cl = n->u.select_stmt.clauses; cl; cl = cl->next) {
      fn(data, cl);
      live_stmt(ctx, cl->u.comm_clause.comm, fn, data);
      live_list(ctx, cl->u.comm_clause.body, fn, data);
    }
    break;
  default:
    node_walk(n, fn, data);
    break;
  }
}

void escape_walk_live(EscContext *ctx, const Node *body, NodeVisit fn,
                      void *data) {
  live_stmt(ctx, body, fn, data);
}

/* ---- Per-function setup (gc's initFunc) ---- */

typedef struct LabelScan {
  const char **seen;
  int nseen;
  const char **looping;
  int nlooping;
  int capacity;
  Arena *arena;
} LabelScan;

static void push_name(LabelScan *ls, const char ***arr, int *n,
                      const char *name) {
  if (*n == ls->capacity) {
    int cap = ls->capacity ? ls->capacity * 2 : 8;
    const char **a = arena_alloc(ls->arena, sizeof *a * (size_t)cap);
    const char **b = arena_alloc(ls->arena, sizeof *b * (size_t)cap);
    if (ls->nseen)
      memcpy(a, ls->seen, sizeof *a * (size_t)ls->nseen);
    if (ls->nlooping)
      memcpy(b, ls->looping, sizeof *b * (size_t)ls->nlooping);
    ls->seen = a;
    ls->looping = b;
    ls->capacity = cap;
  }
  (*arr)[(*n)++] = name;
}

/* A generic pre-order statement visitor that stays out of func literals. */
static void visit_stmts(const Node *list, StmtVisit fn, void *data);

static void visit_stmt(const Node *n, StmtVisit fn, void *data) {
  if (!n)
    return;
  fn(data, n);
  switch (n->kind) {
  case ND_BLOCK: visit_stmts(n->u.block.stmts, fn, data); break;
  case ND_IF_STMT:
    visit_stmt(n->u.if_stmt.init, fn, data);
    visit_stmt(n->u.if_stmt.then, fn, data);
    visit_stmt(n->u.if_stmt.els, fn, data);
    break;
  case ND_SWITCH_STMT:
    visit_stmt(n->u.switch_stmt.init, fn, data);
    for (const Node *c = n->u.switch_stmt.clauses; c; c = c->next) {
      fn(data, c);
      visit_stmts(c->u.case_clause.body, fn, data);
    }
    break;
  case ND_SELECT_STMT:
    for (const Node *c = n->u.select_stmt.clauses; c; c = c->next) {
      visit_stmt(c->u.comm_clause.comm, fn, data);
      visit_stmts(c->u.comm_clause.body, fn, data);
    }
    break;
  case ND_FOR_STMT:
    visit_stmt(n->u.for_stmt.init, fn, data);
    visit_stmt(n->u.for_stmt.post, fn, data);
    visit_stmt(n->u.for_stmt.body, fn, data);
    break;
  case ND_RANGE_STMT: visit_stmt(n->u.range_stmt.body, fn, data); break;
  case ND_LABELED_STMT: visit_stmt(n->u.labeled.stmt, fn, data); break;
  default: break;
  }
}

static void visit_stmts(const Node *list, StmtVisit fn, void *data) {
  for (const Node *n = list; n; n = n->next)
    visit_stmt(n, fn, data);
}

static void scan_label(void *data, const Node *n) {
  LabelScan *ls = data;
  if (n->kind == ND_LABELED_STMT) {
    push_name(ls, &ls->seen, &ls->nseen, n->u.labeled.label->u.name.name);
  } else if (n->kind == ND_BRANCH_STMT && n->u.branch.op == TK_GOTO &&
             n->u.branch.label) {
    const char *name = n->u.branch.label->u.name.name;
    for (int i = 0; i < ls->nseen; i++)
      if (ls->seen[i] == name)
        push_name(ls, &ls->looping, &ls->nlooping, name);
  }
}


/* The labels of a body that a goto jumps back to: they make loops. */
static void set_looping_labels(Walker *w, const Node *body) {
  LabelScan ls;
  memset(&ls, 0, sizeof ls);
  ls.arena = w->ctx->arena;
  visit_stmts(body->u.block.stmts, scan_label, &ls);
  w->labels = ls.looping;
  w->nlabels = ls.nlooping;
}

/* gc qualifies the names in another package's code (an instance of an
 * imported generic function, escape.c): slices.data, slices.#state1. */
static const char *name_text(EscContext *ctx, const EscFunc *f,
                             const char *name) {
  if (!f || !f->foreign || !name[0] || strcmp(name, "_") == 0)
    return name;
  return arena_printf(ctx->arena, "%s.%s", f->foreign->name, name);
}

static EscLoc *var_new_loc(Walker *w, Object *obj, Pos pos) {
  EscLoc *loc = new_loc(w, LOC_VAR);
  loc->var = obj;
  loc->text = obj ? name_text(w->ctx, w->fn, obj->name) : "";
  /* a variable of an imported body expanded here keeps its package (the
   * range-over-func rewrite's, #state1, have none: the body's) */
  const Package *home = obj && obj->pkg ? obj->pkg
                        : obj && types_of ? types_of->foreign
                                          : NULL;
  if (home && home->from_source && !w->fn->foreign)
    loc->text = arena_printf(w->ctx->arena, "%s.%s", home->name, loc->text);
  loc->source = w->fn->source;
  loc->pos = pos;
  loc->type = obj ? inst_type(obj->type) : NULL;
  loc->loop_depth = 1;
  loc->attrs |= ESC_PERSISTS;
  if (obj)
    escape_map_put(vars_map(w->ctx), obj, loc);
  return loc;
}

/* A location already made for a name being declared, or NULL.  A
 * closure copied by an expansion has names of its own: the locations an
 * analysis of the original made (an earlier batch) are not its. */
static EscLoc *declared_loc(Walker *w, EscLoc *loc) {
  return loc && w->fn->is_copy && loc->fn != w->fn ? NULL : loc;
}

static void declare_name(Walker *w, const Node *name) {
  name = unparen(name);
  if (!name || name->kind != ND_NAME || is_blank_name(name))
    return;
  Object *obj = name->u.name.object;
  if (!obj || obj->kind != OBJ_VAR || obj->ident != name ||
      declared_loc(w, var_loc(w->ctx, obj)))
    return;
  var_new_loc(w, obj, name->pos);
}

/* Find the clause's own variable: a name in its body bound to the guard. */
static Object *find_clause_var(const Node *n, const Node *lhs);

static Object *find_clause_var_list(const Node *list, const Node *lhs) {
  for (const Node *n = list; n; n = n->next) {
    Object *o = find_clause_var(n, lhs);
    if (o)
      return o;
  }
  return NULL;
}

static Object *find_clause_var(const Node *n, const Node *lhs) {
  if (!n)
    return NULL;
  Object *o = NULL;
  switch (n->kind) {
  case ND_NAME:
    if (n->u.name.object && n->u.name.object->ident == lhs)
      return n->u.name.object;
    return NULL;
  case ND_BASIC_LIT: return NULL;
  case ND_COMPOSITE_LIT: return find_clause_var_list(n->u.composite.elems, lhs);
  case ND_KEY_VALUE:
    if ((o = find_clause_var(n->u.key_value.key, lhs)))
      return o;
    return find_clause_var(n->u.key_value.value, lhs);
  case ND_FUNC_LIT: return find_clause_var(n->u.func_lit.body, lhs);
  case ND_PAREN: case ND_IMPLICIT_CONV: return find_clause_var(n->u.paren.x, lhs);
  case ND_SELECTOR: return find_clause_var(n->u.selector.x, lhs);
  case ND_INDEX:
    if ((o = find_clause_var(n->u.index.x, lhs)))
      return o;
    return find_clause_var_list(n->u.index.index, lhs);
  case ND_SLICE_EXPR:
    if ((o = find_clause_var(n->u.slice.x, lhs)) ||
        (o = find_clause_var(n->u.slice.low, lhs)) ||
        (o = find_clause_var(n->u.slice.high, lhs)))
      return o;
    return find_clause_var(n->u.slice.max, lhs);
  case ND_TYPE_ASSERT: return find_clause_var(n->u.assert.x, lhs);
  case ND_CALL:
    if ((o = find_clause_var(n->u.call.fun, lhs)))
      return o;
    return find_clause_var_list(n->u.call.args, lhs);
  case ND_UNARY: return find_clause_var(n->u.unary.x, lhs);
  case ND_BINARY:
    if ((o = find_clause_var(n->u.binary.x, lhs)))
      return o;
    return find_clause_var(n->u.binary.y, lhs);
  case ND_BLOCK: return find_clause_var_list(n->u.block.stmts, lhs);
  case ND_EXPR_STMT: return find_clause_var(n->u.expr_stmt.x, lhs);
  case ND_SEND_STMT:
    if ((o = find_clause_var(n->u.send.chan, lhs)))
      return o;
    return find_clause_var(n->u.send.value, lhs);
  case ND_INC_DEC_STMT: return find_clause_var(n->u.inc_dec.x, lhs);
  case ND_ASSIGN_STMT:
    if ((o = find_clause_var_list(n->u.assign.lhs, lhs)))
      return o;
    return find_clause_var_list(n->u.assign.rhs, lhs);
  case ND_GO_STMT: case ND_DEFER_STMT:
    return find_clause_var(n->u.go_defer.call, lhs);
  case ND_RETURN_STMT: return find_clause_var_list(n->u.return_stmt.results, lhs);
  case ND_IF_STMT:
    if ((o = find_clause_var(n->u.if_stmt.init, lhs)) ||
        (o = find_clause_var(n->u.if_stmt.cond, lhs)) ||
        (o = find_clause_var(n->u.if_stmt.then, lhs)))
      return o;
    return find_clause_var(n->u.if_stmt.els, lhs);
  case ND_SWITCH_STMT:
    if ((o = find_clause_var(n->u.switch_stmt.init, lhs)) ||
        (o = find_clause_var(n->u.switch_stmt.tag, lhs)))
      return o;
    return find_clause_var_list(n->u.switch_stmt.clauses, lhs);
  case ND_TYPE_SWITCH_GUARD: return find_clause_var(n->u.guard.x, lhs);
  case ND_CASE_CLAUSE:
    if ((o = find_clause_var_list(n->u.case_clause.list, lhs)))
      return o;
    return find_clause_var_list(n->u.case_clause.body, lhs);
  case ND_SELECT_STMT: return find_clause_var_list(n->u.select_stmt.clauses, lhs);
  case ND_COMM_CLAUSE:
    if ((o = find_clause_var(n->u.comm_clause.comm, lhs)))
      return o;
    return find_clause_var_list(n->u.comm_clause.body, lhs);
  case ND_FOR_STMT:
    if ((o = find_clause_var(n->u.for_stmt.init, lhs)) ||
        (o = find_clause_var(n->u.for_stmt.cond, lhs)) ||
        (o = find_clause_var(n->u.for_stmt.post, lhs)))
      return o;
    return find_clause_var(n->u.for_stmt.body, lhs);
  case ND_RANGE_STMT:
    if ((o = find_clause_var(n->u.range_stmt.x, lhs)))
      return o;
    return find_clause_var(n->u.range_stmt.body, lhs);
  case ND_LABELED_STMT: return find_clause_var(n->u.labeled.stmt, lhs);
  case ND_DECL_STMT: {
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC &&
          (o = find_clause_var_list(s->u.value_spec.values, lhs)))
        return o;
    return NULL;
  }
  default: return NULL;
  }
}

static void declare_clause_var(Walker *w, const Node *cl, const Node *lhs);

static void scan_decl(void *data, const Node *n) {
  DeclScan *ds = data;
  Walker *w = ds->w;
  switch (n->kind) {
  case ND_ASSIGN_STMT:
    if (n->u.assign.op == TK_DEFINE)
      for (const Node *l = n->u.assign.lhs; l; l = l->next)
        declare_name(w, l);
    break;
  case ND_DECL_STMT:
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC)
        for (const Node *l = s->u.value_spec.names; l; l = l->next)
          declare_name(w, l);
    break;
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op == TK_DEFINE) {
      declare_name(w, n->u.range_stmt.key);
      declare_name(w, n->u.range_stmt.value);
    }
    break;
  case ND_SWITCH_STMT: {
    const Node *tag = n->u.switch_stmt.tag;
    if (tag && tag->kind == ND_TYPE_SWITCH_GUARD && tag->u.guard.lhs &&
        !is_blank_name(tag->u.guard.lhs)) {
      const Node *lhs = tag->u.guard.lhs;
      for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next)
        declare_clause_var(w, cl, lhs);
    }
    break;
  }
  default:
    break;
  }
}

/* ---- gc's declaration order (fn.Dcl) and its temporaries ----
 *
 * gc's front end declares a function's names in the order it reads the
 * body: parameters and results first, then each local where it is
 * defined (the names of an assignment before its values), and in between
 * the temporaries it makes while reading: new(expr) is `tmp := expr;
 * &tmp`, f(g()), return g() and a, b = g() (comma-ok forms included) go
 * through one temporary per result, a call whose function operand calls
 * or receives (g()(x), iface().M(x)) evaluates that operand first, a
 * select case i = <-c into an interface receives into one (declared after
 * the case body), and a go/defer statement evaluates its arguments into
 * temporaries.  A temporary is named
 * .autotmp_N, N the number of declarations before it, and the escape pass
 * makes its variable locations in this order, which is the order of the
 * "moved to heap" lines.  The scan follows gc's writer, dropping dead code
 * as the writer does. */

typedef struct GoDeferList {
  const Node *stmt;
  struct GoDeferList *next;
} GoDeferList;

typedef struct DclScan {
  Walker *w;
  int count; /* declarations so far: gc's len(fn.Dcl) */
  GoDeferList *godefers, **godefers_tail; /* the go/defer statements read */
  Pos base_pos; /* gc's base.Pos as its reader goes: the function's name
                   (a literal's `func`), then each variable it declares */
} DclScan;

static void dcl_expr(DclScan *ds, const Node *n);
static void dcl_stmt(DclScan *ds, const Node *n);
static void dcl_stmts(DclScan *ds, const Node *list);

static EscAutoTemp *add_autotmp(DclScan *ds, const Node *n, int count) {
  EscContext *ctx = ds->w->ctx;
  if (!ctx->autotmps.arena)
    ctx->autotmps.arena = ctx->arena;
  EscAutoTemp *at = arena_alloc(ctx->arena, sizeof *at);
  at->number = ds->count;
  at->count = count;
  at->loc = NULL;
  at->locs = NULL;
  at->operand = false;
  escape_map_put(&ctx->autotmps, n, at);
  ds->count += count;
  return at;
}

/* A name the writer declares (assignDef): defined here, not blank. */
static void dcl_name(DclScan *ds, const Node *name) {
  name = unparen(name);
  if (!name || name->kind != ND_NAME || is_blank_name(name))
    return;
  Object *obj = name->u.name.object;
  if (!obj || obj->ident != name)
    return;
  declare_name(ds->w, name);
  ds->count++;
  ds->base_pos = name->pos;
}

/* An assignment target: a new name, or an expression read as such. */
static void dcl_target(DclScan *ds, const Node *l, bool defining) {
  const Node *name = unparen(l);
  if (name && name->kind == ND_NAME) {
    if (defining)
      dcl_name(ds, name);
    return;
  }
  dcl_expr(ds, l);
}

/* gc's callOrChan over a whole operand (typecheck.RewriteNonNameCall). */
static bool calls_or_receives(EscContext *ctx, const Node *n) {
  if (!n || is_constant(ctx, n))
    return false;
  switch (n->kind) {
  case ND_CALL: {
    const ExprInfo *info = info_of(ctx, n);
    if (!info || info->mode == MODE_TYPEXPR)
      return false;
    if (info->call_kind == CALL_CONVERSION)
      return calls_or_receives(ctx, n->u.call.args);
    if (info->call_kind == CALL_BUILTIN && info->builtin == BI_NEW)
      return calls_or_receives(ctx, n->u.call.args);
    return true;
  }
  case ND_UNARY:
    return n->u.unary.op == TK_ARROW || calls_or_receives(ctx, n->u.unary.x);
  case ND_PAREN: case ND_IMPLICIT_CONV:
    return calls_or_receives(ctx, n->u.paren.x);
  case ND_SELECTOR: return calls_or_receives(ctx, n->u.selector.x);
  case ND_INDEX:
    return calls_or_receives(ctx, n->u.index.x) ||
           calls_or_receives(ctx, n->u.index.index);
  case ND_SLICE_EXPR:
    return calls_or_receives(ctx, n->u.slice.x) ||
           calls_or_receives(ctx, n->u.slice.low) ||
           calls_or_receives(ctx, n->u.slice.high) ||
           calls_or_receives(ctx, n->u.slice.max);
  case ND_TYPE_ASSERT: return calls_or_receives(ctx, n->u.assert.x);
  case ND_BINARY:
    return calls_or_receives(ctx, n->u.binary.x) ||
           calls_or_receives(ctx, n->u.binary.y);
  case ND_KEY_VALUE:
    return calls_or_receives(ctx, n->u.key_value.key) ||
           calls_or_receives(ctx, n->u.key_value.value);
  case ND_COMPOSITE_LIT:
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      if (calls_or_receives(ctx, e))
        return true;
    return false;
  default:
    return false;
  }
}

/* Values assigned to `ndst` destinations: one multi-value expression
 * goes through a temporary per destination (gc's multiExpr). */
static void dcl_values(DclScan *ds, const Node *values, int ndst) {
  if (values && !values->next && (ndst > 1 || is_tuple(values))) {
    dcl_expr(ds, values);
    add_autotmp(ds, values, is_tuple(values) ? values->type->u.tuple.count
                                              : ndst);
    return;
  }
  for (const Node *v = values; v; v = v->next)
    dcl_expr(ds, v);
}

/* The temporaries of a go/defer statement (gc's normalizeGoDeferCall),
 * in gc's order: the function operand or the receiver, then the
 * arguments.  The ones over 128 bytes, which the wrapper captures by
 * reference and which may move to the heap, are variables. */
static void godefer_temps(DclScan *ds, const Node *stmt, const Node *c) {
  Walker *w = ds->w;
  const ExprInfo *info = info_of(w->ctx, c);
  if (!info || c->kind != ND_CALL)
    return;
  const Node *fun = unparen(c->u.call.fun);
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? info_of(w->ctx, fun)
                                                   : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  bool method = s && s->kind == SEL_METHOD_VALUE;
  if (check_go_defer_as_is(w->ctx->pkg, c))
    return; /* already f() */
  const Node *args[MAX_LIST];
  int n = 0;
  Pos recv_pos = stmt->pos;
  Type *recv_type = NULL;
  Type *tuple_types[MAX_LIST] = {NULL};
  if (method && godefer_receiver_temp(w->ctx, fun, s)) {
    args[n++] = NULL; /* the receiver */
    recv_type = godefer_receiver_type(s, &recv_pos, fun, stmt);
  } else if (!method && info->call_kind == CALL_FUNC) {
    wrapper_visit(w, fun, args, &n);
  }
  for (const Node *a = c->u.call.args; a; a = a->next) {
    if (is_tuple(a)) {
      /* the reader's temporaries, each captured through one more */
      for (int i = 0; i < a->type->u.tuple.count && n < MAX_LIST; i++) {
        tuple_types[n] = a->type->u.tuple.vars[i]->type;
        args[n++] = NULL;
      }
      continue;
    }
    wrapper_visit(w, a, args, &n);
  }
  if (n == 0)
    return;
  EscAutoTemp *at = add_autotmp(ds, stmt, n);
  at->locs = arena_alloc(w->ctx->arena, sizeof *at->locs * (size_t)n);
  at->types = arena_alloc(w->ctx->arena, sizeof *at->types * (size_t)n);
  at->positions =
      arena_alloc(w->ctx->arena, sizeof *at->positions * (size_t)n);
  for (int i = 0; i < n; i++) {
    const Node *a = args[i] ? unparen(args[i]) : NULL;
    Type *t = a ? a->type : tuple_types[i] ? tuple_types[i]
                          : i == 0 ? recv_type : NULL;
    /* The result of a multi-value call: gc's reader made its temporary
     * without a position of its own, at base.Pos.  That is the last
     * variable the reader declared in this function, unless the first
     * use of an imported object since then moved it into that package's
     * source: goesc cannot tell (no -m=2 line, and go_defer refuses the
     * statement when the value goes in a variable: over 128 bytes). */
    if (tuple_types[i] && w->ctx->imports_packages)
      continue;
    /* gc's HasUniquePos: a name has none, the statement's is used */
    at->positions[i] = tuple_types[i] ? ds->base_pos
                       : !a ? recv_pos
                       : a->kind == ND_NAME ? stmt->pos : a->pos;
    at->types[i] = t;
    if (!t || types_sizeof(t) <= 128)
      continue;
    EscLoc *loc = new_loc(w, LOC_VAR);
    loc->autotmp = true;
    loc->text = arena_printf(w->ctx->arena, ".autotmp_%d", at->number + i);
    loc->source = w->fn->source;
    loc->pos = at->positions[i];
    loc->type = t;
    loc->attrs |= ESC_PERSISTS;
    at->locs[i] = loc;
  }
}

static void dcl_call(DclScan *ds, const Node *n) {
  EscContext *ctx = ds->w->ctx;
  const ExprInfo *info = info_of(ctx, n);
  const Node *fun = unparen(n->u.call.fun);
  if (info && info->call_kind == CALL_BUILTIN && info->builtin == BI_NEW &&
      info_of(ctx, n->u.call.args) &&
      info_of(ctx, n->u.call.args)->mode != MODE_TYPEXPR) {
    /* new(expr): tmp := expr; &tmp */
    dcl_expr(ds, n->u.call.args);
    EscAutoTemp *at = add_autotmp(ds, n, 1);
    EscLoc *loc = new_loc(ds->w, LOC_VAR);
    loc->autotmp = true;
    loc->text = arena_printf(ctx->arena, ".autotmp_%d", at->number);
    loc->source = ds->w->fn->source;
    loc->pos = n->pos;
    loc->type = n->u.call.args->type;
    loc->attrs |= ESC_PERSISTS;
    at->loc = loc;
    return;
  }
  if (info && info->call_kind == CALL_CONVERSION) {
    dcl_expr(ds, n->u.call.args);
    return;
  }
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? info_of(ctx, fun) : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  bool method = s && s->kind == SEL_METHOD_VALUE;
  if (method)
    dcl_expr(ds, fun->u.selector.x);
  else
    dcl_expr(ds, fun);
  dcl_values(ds, n->u.call.args, 0);
  if (info && info->call_kind != CALL_BUILTIN) {
    /* f()(x), iface().M(x): the operand is evaluated into a temporary */
    bool dynamic_method = method && (s->via_interface || is_interface(s->recv));
    const Node *operand = dynamic_method ? unparen(fun->u.selector.x)
                          : method       ? NULL : fun;
    if (operand && calls_or_receives(ctx, operand))
      add_autotmp(ds, operand, 1)->operand = true;
  }
}

/* A method expression, T[P].M or (*T[P]).M with M declared on T[P],
 * whose receiver type has shapes in the instance being walked: gc's
 * reader makes it a closure over the method's sub-dictionary, which it
 * evaluates into a temporary (.autotmp_N, declared there) that the
 * closure captures by value (inline.h, InlineFunc's method_closure). */
static bool dictionary_closure(EscContext *ctx, const Node *n) {
  /* (outside a shape instance no type has shapes: every selector of
   * every body comes here, so the side table is not asked) */
  if (!types_of || !types_of->inst)
    return false;
  const ExprInfo *info = n->kind == ND_SELECTOR ? info_of(ctx, n) : NULL;
  const Selection *s = info ? info->selection : NULL;
  if (!s || s->kind != SEL_METHOD_EXPR || s->via_interface || s->depth != 1 ||
      !s->obj || s->obj->kind != OBJ_FUNC || !s->recv)
    return false;
  Type *named = is_kind(s->recv, TY_POINTER) ? s->recv->u.pointer.elem
                                             : s->recv;
  return named->kind == TY_NAMED && named->u.named.origin &&
         inst_type(s->recv) != s->recv;
}

static void dcl_expr(DclScan *ds, const Node *n) {
  if (!n || is_constant(ds->w->ctx, n))
    return;
  const ExprInfo *info = info_of(ds->w->ctx, n);
  if (info && info->mode == MODE_TYPEXPR)
    return;
  switch (n->kind) {
  case ND_CALL: dcl_call(ds, n); break;
  case ND_PAREN: case ND_IMPLICIT_CONV: dcl_expr(ds, n->u.paren.x); break;
  case ND_SELECTOR:
    dcl_expr(ds, n->u.selector.x);
    if (dictionary_closure(ds->w->ctx, n)) {
      /* the closure's captured sub-dictionary, for -m=2's line */
      EscAutoTemp *at = add_autotmp(ds, n, 1);
      at->types = arena_alloc(ds->w->ctx->arena, sizeof *at->types);
      at->positions = arena_alloc(ds->w->ctx->arena, sizeof *at->positions);
      at->types[0] = n->type;
      at->positions[0] = n->pos;
    }
    break;
  case ND_INDEX:
    dcl_expr(ds, n->u.index.x);
    for (const Node *i = n->u.index.index; i; i = i->next)
      dcl_expr(ds, i);
    break;
  case ND_SLICE_EXPR:
    dcl_expr(ds, n->u.slice.x);
    dcl_expr(ds, n->u.slice.low);
    dcl_expr(ds, n->u.slice.high);
    dcl_expr(ds, n->u.slice.max);
    break;
  case ND_TYPE_ASSERT: dcl_expr(ds, n->u.assert.x); break;
  case ND_UNARY: dcl_expr(ds, n->u.unary.x); break;
  case ND_BINARY:
    dcl_expr(ds, n->u.binary.x);
    dcl_expr(ds, n->u.binary.y);
    break;
  case ND_KEY_VALUE:
    dcl_expr(ds, n->u.key_value.key);
    dcl_expr(ds, n->u.key_value.value);
    break;
  case ND_COMPOSITE_LIT:
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      dcl_expr(ds, e);
    break;
  default: /* names, literals; a func literal declares in its own body */
    break;
  }
}

static void dcl_assign(DclScan *ds, const Node *lhs, const Node *rhs,
                       bool defining) {
  int nd = 0;
  for (const Node *l = lhs; l; l = l->next, nd++)
    dcl_target(ds, l, defining);
  dcl_values(ds, rhs, nd);
}

static const Node *last_in_list(const Node *list) {
  while (list && list->next)
    list = list->next;
  return list;
}

/* gc's typeExprEndPos: where the innermost last part of a type starts. */
static Pos type_expr_end_pos(const Node *e) {
  for (;;) {
    const Node *next = NULL;
    switch (e->kind) {
    case ND_PAREN: next = e->u.paren.x; break;
    case ND_SELECTOR: return e->u.selector.x->pos;
    case ND_UNARY: next = e->u.unary.x; break;
    case ND_ARRAY_TYPE: next = e->u.array.elem; break;
    case ND_SLICE_TYPE: next = e->u.slice_type.elem; break;
    case ND_CHAN_TYPE: next = e->u.chan_type.elem; break;
    case ND_ELLIPSIS: next = e->u.ellipsis.elem; break;
    case ND_MAP_TYPE: next = e->u.map_type.value; break;
    case ND_INDEX: next = last_in_list(e->u.index.index); break;
    case ND_INTERFACE_TYPE: {
      const Node *f = last_in_list(e->u.interface_type.elems);
      next = f ? f->u.field.type : NULL;
      break;
    }
    case ND_FUNC_TYPE: {
      const Node *f = last_in_list(e->u.func_type.results);
      if (!f)
        f = last_in_list(e->u.func_type.params);
      next = f ? f->u.field.type : NULL;
      break;
    }
    default: /* names, struct types */
      return e->pos;
    }
    if (!next)
      return e->pos;
    e = next;
  }
}

/* A clause of `switch v := x.(type)`: its own v, positioned by gc's
 * writer at the last type of the case (the clause for default). */
static void declare_clause_var(Walker *w, const Node *cl, const Node *lhs) {
  if (declared_loc(w, escape_map_get(vars_map(w->ctx), cl)))
    return;
  Object *obj = find_clause_var_list(cl->u.case_clause.body, lhs);
  const Node *last = last_in_list(cl->u.case_clause.list);
  Pos pos = last ? type_expr_end_pos(last) : cl->pos;
  EscLoc *loc = obj ? declared_loc(w, var_loc(w->ctx, obj)) : NULL;
  if (!loc)
    loc = var_new_loc(w, obj, pos);
  loc->pos = pos;
  loc->text = name_text(w->ctx, w->fn, lhs->u.name.name);
  escape_map_put(vars_map(w->ctx), cl, loc);
}

static void dcl_switch(DclScan *ds, const Node *n) {
  dcl_stmt(ds, n->u.switch_stmt.init);
  const Node *tag = n->u.switch_stmt.tag;
  if (tag && tag->kind == ND_TYPE_SWITCH_GUARD) {
    dcl_expr(ds, tag->u.guard.x);
    const Node *lhs = tag->u.guard.lhs;
    for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
      if (lhs && !is_blank_name(lhs)) {
        declare_clause_var(ds->w, cl, lhs);
        ds->count++;
      }
      dcl_stmts(ds, cl->u.case_clause.body);
    }
    return;
  }
  const Node *target = NULL;
  if (static_switch_target(ds->w->ctx, n, &target)) {
    if (target)
      dcl_stmts(ds, target->u.case_clause.body);
    return;
  }
  dcl_expr(ds, tag);
  for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
    for (const Node *c = cl->u.case_clause.list; c; c = c->next)
      dcl_expr(ds, c);
    dcl_stmts(ds, cl->u.case_clause.body);
  }
}

static void dcl_stmt(DclScan *ds, const Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK: dcl_stmts(ds, n->u.block.stmts); break;
  case ND_EXPR_STMT: dcl_expr(ds, n->u.expr_stmt.x); break;
  case ND_SEND_STMT:
    dcl_expr(ds, n->u.send.chan);
    dcl_expr(ds, n->u.send.value);
    break;
  case ND_INC_DEC_STMT: dcl_expr(ds, n->u.inc_dec.x); break;
  case ND_ASSIGN_STMT:
    if (n->u.assign.op == TK_DEFINE || n->u.assign.op == TK_ASSIGN) {
      dcl_assign(ds, n->u.assign.lhs, n->u.assign.rhs,
                 n->u.assign.op == TK_DEFINE);
    } else {
      dcl_expr(ds, n->u.assign.lhs);
      dcl_expr(ds, n->u.assign.rhs);
    }
    break;
  case ND_DECL_STMT:
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC)
        dcl_assign(ds, s->u.value_spec.names, s->u.value_spec.values, true);
    break;
  case ND_GO_STMT: case ND_DEFER_STMT: {
    const Node *c = unparen(n->u.go_defer.call);
    dcl_expr(ds, c);
    godefer_temps(ds, n, c);
    GoDeferList *item = arena_alloc(ds->w->ctx->arena, sizeof *item);
    item->stmt = n;
    *ds->godefers_tail = item;
    ds->godefers_tail = &item->next;
    break;
  }
  case ND_RETURN_STMT: {
    const Node *r = n->u.return_stmt.results;
    int nresults = ds->w->fn->result_count;
    dcl_values(ds, r, r && !r->next && nresults > 1 ? nresults : 1);
    break;
  }
  case ND_IF_STMT: {
    int known = static_bool(ds->w->ctx, n->u.if_stmt.cond);
    dcl_stmt(ds, n->u.if_stmt.init);
    dcl_expr(ds, n->u.if_stmt.cond);
    if (known >= 0)
      dcl_stmt(ds, n->u.if_stmt.then);
    if (known <= 0)
      dcl_stmt(ds, n->u.if_stmt.els);
    break;
  }
  case ND_SWITCH_STMT: dcl_switch(ds, n); break;
  case ND_SELECT_STMT:
    for (const Node *cl = n->u.select_stmt.clauses; cl; cl = cl->next) {
      const Node *comm = cl->u.comm_clause.comm;
      dcl_stmt(ds, comm);
      dcl_stmts(ds, cl->u.comm_clause.body);
      /* case i = <-c into an interface: gc's reader makes it
       * case tmp := <-c: i = tmp, declaring tmp after reading the body */
      if (select_recv_converted(comm))
        add_autotmp(ds, comm->u.assign.rhs, 1);
    }
    break;
  case ND_FOR_STMT: {
    dcl_stmt(ds, n->u.for_stmt.init);
    dcl_expr(ds, n->u.for_stmt.cond);
    if (n->u.for_stmt.cond && static_bool(ds->w->ctx, n->u.for_stmt.cond) < 0)
      break; /* the writer drops post and body */
    dcl_stmt(ds, n->u.for_stmt.post);
    dcl_stmt(ds, n->u.for_stmt.body);
    break;
  }
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op == TK_DEFINE || n->u.range_stmt.op == TK_ASSIGN) {
      bool def = n->u.range_stmt.op == TK_DEFINE;
      dcl_target(ds, n->u.range_stmt.key, def);
      dcl_target(ds, n->u.range_stmt.value, def);
    }
    dcl_expr(ds, n->u.range_stmt.x);
    dcl_stmt(ds, n->u.range_stmt.body);
    break;
  case ND_LABELED_STMT: dcl_stmt(ds, n->u.labeled.stmt); break;
  default: break;
  }
}

/* gc's writer drops the statements after a terminating one, up to the
 * last label. */
static void dcl_stmts(DclScan *ds, const Node *list) {
  const Node *last_label = NULL;
  for (const Node *n = list; n; n = n->next)
    if (n->kind == ND_LABELED_STMT)
      last_label = n;
  bool dead = false, past_label = last_label == NULL;
  for (const Node *n = list; n; n = n->next) {
    if (dead && past_label && n->kind != ND_LABELED_STMT)
      continue;
    dcl_stmt(ds, n);
    if (n == last_label)
      past_label = true;
    dead = terminates(ds->w->ctx, n);
  }
}

static EscLoc *param_loc(Walker *w, Object *obj, bool result, int index) {
  bool named = obj && obj->name && obj->name[0] && strcmp(obj->name, "_") != 0;
  EscLoc *loc = var_new_loc(w, named ? obj : NULL, obj ? obj->pos : w->fn->decl->pos);
  if (!named) {
    loc->text = result ? arena_printf(w->ctx->arena, "~r%d", index) : "_";
    loc->type = obj ? inst_type(obj->type) : NULL;
  }
  if (result) {
    loc->is_result = true;
    loc->result_index = index + 1;
  } else {
    loc->is_param = true;
  }
  return loc;
}

/* gc named a callee's temporaries when it read the callee; a closure
 * gone with its literal (every call of it expanded) has had no analysis
 * to number them here, nor has a shape instance analyzed after its
 * callers.  Its declarations are scanned now, in a scratch batch: its
 * locals exist in the frame already, and what the scan makes for the
 * temporaries only lends the expansion their names. */
static void number_callee_temps(Walker *w, EscFrame *fr) {
  const InlineSite *site = fr->site;
  if (!site->callee_decl)
    return;
  EscFunc *callee = NULL;
  int dict = 0;
  if (site->callee_decl->kind == ND_FUNC_LIT) {
    callee = escape_map_get(&w->ctx->funcs_by_key, site->callee_decl);
  } else if (fr->inst && !fr->inst->is_closure) {
    callee = (EscFunc *)fr->inst;
    dict = 1; /* its dictionary is a parameter: gc's Dcl counts it */
  }
  if (!callee || !callee->body)
    return;
  EscBatch scratch;
  escape_batch_init(&scratch, w->ctx->arena);
  Walker sw = *w;
  sw.batch = &scratch;
  sw.fn = callee;
  DclScan ds = {&sw, callee->param_count + callee->result_count + dict,
                NULL, NULL, {0}};
  ds.godefers_tail = &ds.godefers;
  ds.base_pos = callee->decl->pos;
  const EscFunc *saved_types = types_of;
  if (dict)
    types_of = callee;
  dcl_stmts(&ds, callee->body->u.block.stmts);
  types_of = saved_types;
  escape_batch_free(&scratch);
}

static void init_func(Builder *b, EscFunc *f) {
  Walker w;
  memset(&w, 0, sizeof w);
  w.b = b;
  w.ctx = b->ctx;
  w.batch = b->batch;
  w.fn = f;
  w.loop_depth = 1;
  types_of = f;
  f->state = ESC_FUNC_PLANNED;
  if (f->copy_site && f->captures) { /* a closure copied by an expansion */
    make_copy_frame(&w, f, frame_of_site(f->outer, f->copy_site->parent));
    return;
  }
  f->param_locs = arena_alloc(b->ctx->arena, sizeof(EscLoc *) * (size_t)(f->param_count + 1));
  f->result_locs = arena_alloc(b->ctx->arena, sizeof(EscLoc *) * (size_t)(f->result_count + 1));
  for (int i = 0; i < f->param_count; i++)
    f->param_locs[i] = param_loc(&w, f->params[i], false, i);
  for (int i = 0; i < f->result_count; i++)
    f->result_locs[i] = param_loc(&w, f->results[i], true, i);
  /* gc's fn.Dcl order: locals and temporaries as the body is read ... */
  /* a shape instance has one more parameter: its dictionary */
  int dict = f->inst && !f->is_closure ? 1 : 0;
  DclScan dcl = {&w, f->param_count + f->result_count + dict, NULL, NULL,
                 {0}};
  dcl.godefers_tail = &dcl.godefers;
  if (f->decl)
    dcl.base_pos = f->decl->kind == ND_FUNC_DECL
                       ? f->decl->u.func_decl.name->pos : f->decl->pos;
  if (f->body)
    dcl_stmts(&dcl, f->body->u.block.stmts);
  for (int i = 0; i < f->init_count; i++) {
    f->source = f->init_sources[i];
    for (const Node *v = f->init_specs[i]->u.value_spec.values; v; v = v->next)
      dcl_expr(&dcl, v);
  }
  /* ... then the names of the code gc's writer drops as dead */
  DeclScan ds = {&w};
  if (f->body)
    visit_stmts(f->body->u.block.stmts, scan_decl, &ds);
  if (b->ctx->plan && !f->is_copy) /* (a copy's calls stay calls) */
    make_frames(&w, f, f->is_pkg_init
                           ? b->ctx->plan->init_sites
                           : inline_plan_sites(b->ctx->plan, f->decl,
                                               escape_instance_key(f)));
  for (GoDeferList *g = dcl.godefers; g; g = g->next)
    godefer_wrapper(&w, g->stmt);
}

/* gc's staticinit: what of a package-level initializer is laid out as
 * data, and what is left to run in the package's init function (where it
 * is stored into global memory: the heap).  `walk` NULL: only ask. */
static bool static_assign_to(Walker *w, EscContext *ctx, const Node *e,
                             bool blank);

static bool static_assign(Walker *w, EscContext *ctx, const Node *e) {
  return static_assign_to(w, ctx, e, false);
}

/* x of T(x) or of an implicit conversion, T an interface; else NULL. */
static const Node *iface_conversion_operand(EscContext *ctx, const Node *e) {
  if (!e || !is_interface(e->type))
    return NULL;
  if (e->kind == ND_IMPLICIT_CONV)
    return e->u.paren.x;
  const ExprInfo *ci = e->kind == ND_CALL ? info_of(ctx, e) : NULL;
  if (ci && ci->call_kind == CALL_CONVERSION && e->u.call.args &&
      !e->u.call.args->next)
    return e->u.call.args;
  return NULL;
}

/* blank: the variable is _, so what runs at init time is discarded. */
static bool static_assign_to(Walker *w, EscContext *ctx, const Node *e,
                             bool blank) {
  e = unparen(e);
  if (!e)
    return false;
  const ExprInfo *info = info_of(ctx, e);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_NILVALUE))
    return false;
  /* A conversion of a concrete value to an interface allocates nothing:
   * staticinit lays out the type word and puts the value in a static
   * temporary, assigned at init time when it is not data itself. */
  const Node *val = e;
  while (iface_conversion_operand(ctx, val))
    val = unparen(iface_conversion_operand(ctx, val));
  if (val != e && val->type && !is_interface(val->type))
    return static_assign_to(w, ctx, val, false);
  bool dynamic = false;
  switch (e->kind) {
  case ND_BASIC_LIT:
  case ND_FUNC_LIT:
    return false;
  case ND_NAME: {
    Object *obj = e->u.name.object;
    if (obj && obj->kind == OBJ_FUNC)
      return false;
    /* a copy of a global laid out as data is data too (staticcopy) */
    if (obj && obj->kind == OBJ_VAR && obj->u.var.var_kind == VAR_PACKAGE &&
        obj->decl && (!obj->decl->init || obj->decl->lhs_count <= 1) &&
        w == NULL && ctx->static_depth < 8) {
      ctx->static_depth++;
      bool dyn = obj->decl->init && static_assign(NULL, ctx, obj->decl->init);
      ctx->static_depth--;
      if (!dyn)
        return false;
    }
    break;
  }
  case ND_CALL: {
    /* []byte("const"), []rune("const"): static data; T(x) of static x */
    const ExprInfo *ci = info_of(ctx, e);
    if (ci && ci->call_kind == CALL_CONVERSION && is_kind(e->type, TY_SLICE) &&
        is_constant(ctx, e->u.call.args))
      return false;
    if (ci && ci->call_kind == CALL_CONVERSION && !is_interface(e->type) &&
        !is_kind(e->type, TY_SLICE) && !is_kind(e->type, TY_STRING) &&
        !static_assign(NULL, ctx, e->u.call.args))
      return false;
    break;
  }
  case ND_COMPOSITE_LIT: {
    Type *u = under(e->type);
    if (u && u->kind == TY_POINTER)
      u = under(u->u.pointer.elem);
    if (u && (u->kind == TY_STRUCT || u->kind == TY_ARRAY ||
              u->kind == TY_SLICE)) {
      for (const Node *x = e->u.composite.elems; x; x = x->next)
        dynamic |= static_assign(w, ctx, x->kind == ND_KEY_VALUE
                                             ? x->u.key_value.value : x);
      return dynamic;
    }
    break;
  }
  case ND_UNARY:
    if (e->u.unary.op == TK_AND) {
      const Node *x = unparen(e->u.unary.x);
      if (x->kind == ND_COMPOSITE_LIT)
        return static_assign(w, ctx, x);
      if (x->kind == ND_NAME && x->u.name.object &&
          x->u.name.object->u.var.var_kind == VAR_PACKAGE)
        return false;
    }
    break;
  case ND_IMPLICIT_CONV:
    if (is_constant(ctx, e->u.paren.x) ||
        !static_assign(NULL, ctx, e->u.paren.x))
      return false;
    break;
  default:
    break;
  }
  if (w)
    expr(w, blank ? discard_hole(w) : hole_of(&w->batch->heap), e);
  return true;
}

bool escape_init_is_dynamic(EscContext *ctx, const Node *value) {
  bool dynamic = false;
  for (const Node *v = value; v; v = v->next)
    dynamic |= static_assign(NULL, ctx, v);
  return dynamic;
}

/* gc's staticinit.AnySideEffects, on the checked AST. */
static bool any_side_effects(EscContext *ctx, const Node *n) {
  if (!n)
    return false;
  const ExprInfo *info = info_of(ctx, n);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_TYPEXPR ||
               info->mode == MODE_NILVALUE))
    return false;
  switch (n->kind) {
  case ND_NAME: case ND_BASIC_LIT:
    return false;
  case ND_PAREN: case ND_IMPLICIT_CONV:
    return any_side_effects(ctx, n->u.paren.x);
  case ND_KEY_VALUE:
    return any_side_effects(ctx, n->u.key_value.key) ||
           any_side_effects(ctx, n->u.key_value.value);
  case ND_COMPOSITE_LIT:
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      if (any_side_effects(ctx, e))
        return true;
    return false;
  case ND_UNARY:
    if (n->u.unary.op == TK_MUL || n->u.unary.op == TK_ARROW)
      return true;
    return any_side_effects(ctx, n->u.unary.x);
  case ND_BINARY:
    if (n->u.binary.op == TK_QUO || n->u.binary.op == TK_REM) {
      const ExprInfo *yi = info_of(ctx, n->u.binary.y);
      if (!yi || yi->mode != MODE_CONSTANT || !yi->value ||
          !value_is_int(yi->value) || value_bitlen(yi->value) == 0)
        return true;
    }
    return any_side_effects(ctx, n->u.binary.x) ||
           any_side_effects(ctx, n->u.binary.y);
  case ND_SELECTOR: {
    Selection *sel = info ? info->selection : NULL;
    if (!sel || sel->kind == SEL_QUALIFIED || sel->kind == SEL_METHOD_EXPR)
      return false;
    if (sel->kind != SEL_FIELD || sel->indirect ||
        is_kind(n->u.selector.x->type, TY_POINTER))
      return true;
    return any_side_effects(ctx, n->u.selector.x);
  }
  case ND_CALL: {
    if (!info)
      return true;
    if (info->call_kind == CALL_CONVERSION)
      return any_side_effects(ctx, n->u.call.args);
    if (info->call_kind != CALL_BUILTIN)
      return true;
    switch (info->builtin) {
    case BI_LEN: case BI_CAP: case BI_NEW: case BI_REAL: case BI_IMAG:
    case BI_COMPLEX:
      break;
    case BI_MAKE: {
      Type *u = under(n->type);
      const Node *size = n->u.call.args->next;
      if (!u || u->kind == TY_SLICE)
        return true;
      if (size) {
        const ExprInfo *si = info_of(ctx, size);
        if (!si || si->mode != MODE_CONSTANT || !si->value ||
            value_bitlen(si->value) != 0)
          return true;
      }
      return false;
    }
    default:
      return true;
    }
    for (const Node *a = n->u.call.args; a; a = a->next)
      if (any_side_effects(ctx, a))
        return true;
    return false;
  }
  default:
    return true;
  }
}

static void walk_pkg_init(Walker *w, EscFunc *f) {
  for (int i = 0; i < f->init_count && !w->ctx->unsupported; i++) {
    const Node *spec = f->init_specs[i];
    f->source = f->init_sources[i];
    const Node *values = spec->u.value_spec.values;
    int nnames = 0, nvalues = 0;
    for (const Node *x = spec->u.value_spec.names; x; x = x->next)
      nnames++;
    for (const Node *x = values; x; x = x->next)
      nvalues++;
    if (nnames > 1 && nvalues == 1) {
      /* var a, b = f(): both results are stored in globals */
      EscHole ks[MAX_ARGS];
      if (nnames > MAX_ARGS) {
        unsupported(w, spec, "package-level initializer");
        return;
      }
      for (int j = 0; j < nnames; j++)
        ks[j] = hole_of(&w->batch->heap);
      const Node *v = unparen(values);
      if (v->kind == ND_CALL)
        call(w, ks, nnames, v);
      else
        expr(w, ks[0], v);
      continue;
    }
    const Node *name = spec->u.value_spec.names;
    for (const Node *v = values; v; v = v->next) {
      bool blank = name && is_blank_name(name);
      /* var _ = x without side effects: gc drops it */
      if (!(blank && !any_side_effects(w->ctx, v)))
        static_assign_to(w, w->ctx, v, blank);
      name = name ? name->next : NULL;
    }
  }
}

static void walk_func(Builder *b, EscFunc *f) {
  Walker w;
  memset(&w, 0, sizeof w);
  w.b = b;
  w.ctx = b->ctx;
  w.batch = b->batch;
  w.fn = f;
  w.loop_depth = 1;
  types_of = f;
  f->state = ESC_FUNC_STARTED;
  EscFrame *saved = b->ctx->fn_frames;
  b->ctx->fn_frames = f->frames;
  if (f->body)
    set_looping_labels(&w, f->body);
  if (f->is_pkg_init)
    walk_pkg_init(&w, f);
  if (f->body)
    stmt_list(&w, f->body->u.block.stmts);
  b->ctx->fn_frames = saved;
}

static void walk_closure(Walker *w, EscFunc *f) {
  Builder *b = w->b;
  /* Locations of the closure's own names, when not made by initFunc. */
  if (f->state == ESC_FUNC_UNKNOWN)
    init_func(b, f);
  walk_func(b, f);
}

/* -m=2: "main capturing by value: x (addr=false assign=false width=8)",
 * the line gc prints for each variable a closure captures, named after
 * the function declaring it.  By value and with neither flag set; the
 * caller says otherwise. */
static Diagnostic capturing_line(const Source *source, Pos pos,
                                 const char *function, const char *subject,
                                 int width) {
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.source = source;
  d.pos = pos;
  d.kind = DIAG_CAPTURING;
  d.function = function;
  d.other = "value";
  d.subject = subject;
  d.number = width;
  return d;
}

/* A captured variable, at its declaration, once per closure. */
static void capturing_diag(EscContext *ctx, const EscLoc *loc,
                           const Object *obj, bool byval) {
  Diagnostic d = capturing_line(obj->source ? obj->source : loc->fn->source,
                                obj->pos, loc->fn ? loc->fn->name : "?",
                                obj->name,
                                (int)types_sizeof(inst_type(obj->type)));
  d.other = byval ? "value" : "ref";
  d.addrtaken = loc->addrtaken;
  d.reassigned = loc->reassigned;
  report_add(ctx->diags, &d);
}

/* A go/defer wrapper's: each temporary holding an argument (by reference
 * over 128 bytes), named after the function the statement is in.  (Its
 * flows were made at the statement, go_defer.) */
static void capturing_temps_diag(EscContext *ctx, const EscFunc *in,
                                 const EscAutoTemp *at) {
  for (int i = 0; i < at->count; i++) {
    if (!at->types[i])
      continue;
    Diagnostic d = capturing_line(
        in->source, at->positions[i], in->name,
        arena_printf(ctx->arena, ".autotmp_%d", at->number + i),
        (int)types_sizeof(inst_type(at->types[i])));
    if (d.number > 128)
      d.other = "ref";
    report_add(ctx->diags, &d);
  }
}

/* A shape instance's closure's: the instance's dictionary, .dict, a
 * parameter of the declared function, at the declaration (gc's: the
 * token after `func`, a method's receiver list).  gc says nothing of it
 * in the instances of an imported package's functions. */
static void capturing_dict_diag(EscContext *ctx, const EscFunc *closure) {
  const EscFunc *top = closure;
  while (top->is_closure && top->outer)
    top = top->outer;
  if (!top->decl || top->decl->kind != ND_FUNC_DECL || top->foreign)
    return;
  Diagnostic d = capturing_line(top->source, top->decl->pos, top->name,
                                ".dict", 8);
  report_add(ctx->diags, &d);
}

/* gc's flowClosure: captured variables flow into the closure, by value
 * or by reference. */
static void flow_closures(Builder *b) {
  for (int i = 0; i < b->nclosures; i++) {
    PendingClosure *pc = &b->closures[i];
    EscFunc *f = pc->fn;
    if (pc->wrapper_temps) {
      capturing_temps_diag(b->ctx, pc->wrapper_in, pc->wrapper_temps);
      continue;
    }
    types_of = f;
    int64_t size = 8; /* the code pointer, then the captured variables */
    for (int j = 0; j < f->free_count; j++) {
      Object *obj = f->free_vars[j];
      EscLoc *loc = pc->free_locs ? pc->free_locs[j] : var_loc(b->ctx, obj);
      if (!loc)
        continue;
      bool byval = !loc->addrtaken && !loc->reassigned &&
                   types_sizeof(inst_type(obj->type)) <= 128;
      if (b->ctx->m_level >= 2)
        capturing_diag(b->ctx, loc, obj, byval);
      EscHole k = pc->k;
      if (!byval)
        k = shift(k, -1);
      flow(b->batch, k, loc);
      int64_t fsize = byval ? types_sizeof(inst_type(obj->type)) : 8;
      int64_t falign = byval ? types_alignof(inst_type(obj->type)) : 8;
      if (falign > 1)
        size = (size + falign - 1) / falign * falign;
      size += fsize;
    }
    /* a shape instance's closures capture its dictionary too, last */
    if (f->inst && b->ctx->m_level >= 2)
      capturing_dict_diag(b->ctx, f);
    pc->k.dst->closure_size = size;
  }
}

/* gc's HeapAllocReason: locations that must be on the heap whatever flows
 * into them. */
static bool must_heap_allocate(EscContext *ctx, EscLoc *loc) {
  const int64_t MAX_STACK_VAR = ctx->max_stack_var;
  const int64_t MAX_IMPLICIT = ctx->max_implicit;
  if (loc->kind == LOC_VAR) {
    if (loc->is_param || loc->is_result || (!loc->var && !loc->autotmp) ||
        !loc->type)
      return false;
    return types_sizeof(loc->type) > MAX_STACK_VAR ||
           types_alignof(loc->type) > 8;
  }
  if (loc->kind != LOC_ALLOC || !loc->node)
    return false;
  const Node *n = loc->node;
  if (loc->closure_size > MAX_IMPLICIT)
    return true;
  if (loc->is_ptrlit && loc->type)
    return types_sizeof(loc->type) > MAX_IMPLICIT;
  if (n->kind == ND_CALL) {
    const ExprInfo *info = info_of(ctx, n);
    if (info && info->call_kind == CALL_BUILTIN && info->builtin == BI_NEW) {
      Type *elem = under(n->type)->u.pointer.elem;
      return types_sizeof(inst_type(elem)) > MAX_IMPLICIT;
    }
    if (info && info->call_kind == CALL_BUILTIN && info->builtin == BI_MAKE &&
        is_kind(n->type, TY_SLICE)) {
      Type *elem = under(n->type)->u.slice.elem;
      int64_t es = types_sizeof(inst_type(elem));
      if (es == 0)
        return true;
      const Node *len = n->u.call.args->next;
      const Node *r = len && len->next ? len->next : len;
      if (!r)
        return false;
      const Node *v = static_value(ctx, r);
      const ExprInfo *ri = info_of(ctx, v);
      int64_t size;
      if (static_len(ctx, v, &size))
        return size > MAX_IMPLICIT / es;
      if (!ri || ri->mode != MODE_CONSTANT || !ri->value ||
          !value_get_int64(ri->value, &size) || size < 0)
        return false;
      return size > MAX_IMPLICIT / es;
    }
  }
  return false;
}

void escape_build_batch(EscContext *ctx, EscBatch *batch, EscFunc **fns,
                        int count) {
  Builder b;
  memset(&b, 0, sizeof b);
  b.ctx = ctx;
  b.batch = batch;
  for (int i = 0; i < count; i++)
    init_func(&b, fns[i]);
  for (int i = 0; i < count && !ctx->unsupported; i++)
    if (!fns[i]->captures)
      walk_func(&b, fns[i]);
  flow_closures(&b);
  for (int i = 0; i < batch->loc_count; i++) {
    EscLoc *loc = batch->locs[i];
    types_of = loc->fn;
    if (must_heap_allocate(ctx, loc))
      flow(batch, shift(hole_of(&batch->heap), -1), loc);
  }
}

/* ---- Facts over a whole top-level function ---- */

static void facts_expr(EscContext *ctx, const Node *n);

static void facts_list(EscContext *ctx, const Node *list) {
  for (const Node *n = list; n; n = n->next)
    facts_expr(ctx, n);
}

/* The variable at the root of an addressable expression (x, x.f, x[i] of
 * an array), or NULL. */
static Object *addressed_var(EscContext *ctx, const Node *n) {
  for (;;) {
    n = unparen(n);
    if (!n)
      return NULL;
    if (n->kind == ND_NAME)
      return n->u.name.object && n->u.name.object->kind == OBJ_VAR
                 ? n->u.name.object
                 : NULL;
    if (n->kind == ND_SELECTOR) {
      if (is_kind(n->u.selector.x->type, TY_POINTER))
        return NULL;
      const ExprInfo *info = info_of(ctx, n);
      if (!info || !info->selection || info->selection->indirect)
        return NULL;
      n = n->u.selector.x;
      continue;
    }
    if (n->kind == ND_INDEX && is_kind(n->u.index.x->type, TY_ARRAY)) {
      n = n->u.index.x;
      continue;
    }
    return NULL;
  }
}

static void facts_assign_target(EscContext *ctx, const Node *l) {
  Object *obj = addressed_var(ctx, l);
  const Node *u = unparen(l);
  if (obj && !(u->kind == ND_NAME && obj->ident == u))
    add_fact(ctx, obj, VAR_FACT_ASSIGNED);
  facts_expr(ctx, l);
}

static void facts_stmt(EscContext *ctx, const Node *n);

static void facts_expr(EscContext *ctx, const Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_UNARY:
    if (n->u.unary.op == TK_AND) {
      Object *obj = addressed_var(ctx, n->u.unary.x);
      if (obj)
        add_fact(ctx, obj, VAR_FACT_ADDR);
    }
    facts_expr(ctx, n->u.unary.x);
    break;
  case ND_SELECTOR: {
    const ExprInfo *info = info_of(ctx, n);
    if (info && info->selection &&
        info->selection->kind == SEL_METHOD_VALUE && info->selection->obj &&
        info->selection->obj->kind == OBJ_FUNC &&
        !info->selection->via_interface) {
      /* a pointer method on an addressable value takes its address */
      Object *obj = addressed_var(ctx, n->u.selector.x);
      if (obj && !is_kind(obj->type, TY_POINTER))
        add_fact(ctx, obj, VAR_FACT_ADDR);
    }
    facts_expr(ctx, n->u.selector.x);
    break;
  }
  case ND_SLICE_EXPR:
    if (is_kind(n->u.slice.x->type, TY_ARRAY)) {
      Object *obj = addressed_var(ctx, n->u.slice.x);
      if (obj)
        add_fact(ctx, obj, VAR_FACT_ADDR);
    }
    facts_expr(ctx, n->u.slice.x);
    facts_expr(ctx, n->u.slice.low);
    facts_expr(ctx, n->u.slice.high);
    facts_expr(ctx, n->u.slice.max);
    break;
  case ND_COMPOSITE_LIT: facts_list(ctx, n->u.composite.elems); break;
  case ND_KEY_VALUE:
    facts_expr(ctx, n->u.key_value.key);
    facts_expr(ctx, n->u.key_value.value);
    break;
  case ND_FUNC_LIT:
    if (n->u.func_lit.body)
      facts_stmt(ctx, n->u.func_lit.body);
    break;
  case ND_PAREN: case ND_IMPLICIT_CONV: facts_expr(ctx, n->u.paren.x); break;
  case ND_INDEX:
    facts_expr(ctx, n->u.index.x);
    facts_list(ctx, n->u.index.index);
    break;
  case ND_TYPE_ASSERT: facts_expr(ctx, n->u.assert.x); break;
  case ND_CALL:
    facts_expr(ctx, n->u.call.fun);
    facts_list(ctx, n->u.call.args);
    break;
  case ND_BINARY:
    facts_expr(ctx, n->u.binary.x);
    facts_expr(ctx, n->u.binary.y);
    break;
  default:
    break;
  }
}

static void record_defs(EscContext *ctx, const Node *lhs, const Node *rhs) {
  const Node *l = lhs, *r = rhs;
  int nl = 0, nr = 0;
  for (const Node *x = lhs; x; x = x->next)
    nl++;
  for (const Node *x = rhs; x; x = x->next)
    nr++;
  if (nl != nr)
    return;
  for (; l && r; l = l->next, r = r->next) {
    const Node *u = unparen(l);
    if (u->kind == ND_NAME && u->u.name.object && u->u.name.object->ident == u)
      escape_map_put(&ctx->var_defs, u->u.name.object, (void *)r);
  }
}

static void facts_stmt(EscContext *ctx, const Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_BLOCK:
    for (const Node *s = n->u.block.stmts; s; s = s->next)
      facts_stmt(ctx, s);
    break;
  case ND_EXPR_STMT: facts_expr(ctx, n->u.expr_stmt.x); break;
  case ND_SEND_STMT:
    facts_expr(ctx, n->u.send.chan);
    facts_expr(ctx, n->u.send.value);
    break;
  case ND_INC_DEC_STMT: facts_assign_target(ctx, n->u.inc_dec.x); break;
  case ND_ASSIGN_STMT:
    /* var x T; x = v: the one assignment is x's definition (gc) */
    if (n->u.assign.op == TK_ASSIGN && n->u.assign.lhs &&
        !n->u.assign.lhs->next && n->u.assign.rhs && !n->u.assign.rhs->next) {
      const Node *u = unparen(n->u.assign.lhs);
      Object *obj = u->kind == ND_NAME ? u->u.name.object : NULL;
      if (obj && (var_facts(ctx, obj) & VAR_FACT_NOINIT) &&
          !escape_map_get(&ctx->var_defs, obj)) {
        escape_map_put(&ctx->var_defs, obj, (void *)n->u.assign.rhs);
        facts_list(ctx, n->u.assign.rhs);
        break;
      }
    }
    for (const Node *l = n->u.assign.lhs; l; l = l->next)
      facts_assign_target(ctx, l);
    if (n->u.assign.op == TK_DEFINE)
      record_defs(ctx, n->u.assign.lhs, n->u.assign.rhs);
    facts_list(ctx, n->u.assign.rhs);
    break;
  case ND_GO_STMT: case ND_DEFER_STMT: facts_expr(ctx, n->u.go_defer.call); break;
  case ND_RETURN_STMT: facts_list(ctx, n->u.return_stmt.results); break;
  case ND_IF_STMT:
    facts_stmt(ctx, n->u.if_stmt.init);
    facts_expr(ctx, n->u.if_stmt.cond);
    facts_stmt(ctx, n->u.if_stmt.then);
    facts_stmt(ctx, n->u.if_stmt.els);
    break;
  case ND_SWITCH_STMT:
    facts_stmt(ctx, n->u.switch_stmt.init);
    if (n->u.switch_stmt.tag && n->u.switch_stmt.tag->kind == ND_TYPE_SWITCH_GUARD)
      facts_expr(ctx, n->u.switch_stmt.tag->u.guard.x);
    else
      facts_expr(ctx, n->u.switch_stmt.tag);
    for (const Node *c = n->u.switch_stmt.clauses; c; c = c->next) {
      facts_list(ctx, c->u.case_clause.list);
      for (const Node *s = c->u.case_clause.body; s; s = s->next)
        facts_stmt(ctx, s);
    }
    break;
  case ND_SELECT_STMT:
    for (const Node *c = n->u.select_stmt.clauses; c; c = c->next) {
      facts_stmt(ctx, c->u.comm_clause.comm);
      for (const Node *s = c->u.comm_clause.body; s; s = s->next)
        facts_stmt(ctx, s);
    }
    break;
  case ND_FOR_STMT:
    facts_stmt(ctx, n->u.for_stmt.init);
    facts_expr(ctx, n->u.for_stmt.cond);
    facts_stmt(ctx, n->u.for_stmt.post);
    facts_stmt(ctx, n->u.for_stmt.body);
    break;
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op != TK_DEFINE) {
      if (n->u.range_stmt.key)
        facts_assign_target(ctx, n->u.range_stmt.key);
      if (n->u.range_stmt.value)
        facts_assign_target(ctx, n->u.range_stmt.value);
    } else {
      /* range variables are (re)assigned by every iteration */
      Object *o;
      const Node *k = unparen(n->u.range_stmt.key);
      const Node *v = unparen(n->u.range_stmt.value);
      if (k && k->kind == ND_NAME && (o = k->u.name.object))
        add_fact(ctx, o, VAR_FACT_ASSIGNED);
      if (v && v->kind == ND_NAME && (o = v->u.name.object))
        add_fact(ctx, o, VAR_FACT_ASSIGNED);
    }
    facts_expr(ctx, n->u.range_stmt.x);
    facts_stmt(ctx, n->u.range_stmt.body);
    break;
  case ND_LABELED_STMT: facts_stmt(ctx, n->u.labeled.stmt); break;
  case ND_DECL_STMT:
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC) {
        facts_list(ctx, s->u.value_spec.values);
        record_defs(ctx, s->u.value_spec.names, s->u.value_spec.values);
        if (!s->u.value_spec.values)
          for (const Node *l = s->u.value_spec.names; l; l = l->next)
            if (l->kind == ND_NAME && l->u.name.object)
              add_fact(ctx, l->u.name.object, VAR_FACT_NOINIT);
      }
    break;
  default:
    break;
  }
}

void escape_scan_facts(EscContext *ctx, Node *body) { facts_stmt(ctx, body); }


/* ---- Which function declares each name ---- */

typedef struct CollectDecls {
  EscContext *ctx;
  EscFunc *f;
} CollectDecls;

/* f declares key (a local Object, or a type switch clause): decl_fns
 * says so, and in a generic function the lists of f and of the functions
 * around it too, so that an instance finds its names without a search of
 * the whole map. */
static void declare_in(EscContext *ctx, const void *key, EscFunc *f) {
  escape_map_put(&ctx->decl_fns, key, f);
  if (!f->is_generic)
    return;
  for (EscFunc *g = f; g; g = g->outer) {
    if (g->declared_count == g->declared_capacity) {
      int capacity = g->declared_capacity ? 2 * g->declared_capacity : 16;
      const void **bigger =
          arena_alloc(ctx->arena, sizeof *bigger * (size_t)capacity);
      if (g->declared_count)
        memcpy(bigger, g->declared,
               sizeof *bigger * (size_t)g->declared_count);
      g->declared = bigger;
      g->declared_capacity = capacity;
    }
    g->declared[g->declared_count++] = key;
  }
}

static void note_decl(CollectDecls *cd, const Node *name) {
  name = unparen(name);
  if (!name || name->kind != ND_NAME || !name->u.name.object)
    return;
  Object *obj = name->u.name.object;
  if (obj->kind == OBJ_VAR && obj->ident == name)
    declare_in(cd->ctx, obj, cd->f);
}

static void collect_decl(void *data, const Node *n) {
  CollectDecls *cd = data;
  switch (n->kind) {
  case ND_ASSIGN_STMT:
    if (n->u.assign.op == TK_DEFINE)
      for (const Node *l = n->u.assign.lhs; l; l = l->next)
        note_decl(cd, l);
    break;
  case ND_DECL_STMT:
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC)
        for (const Node *l = s->u.value_spec.names; l; l = l->next)
          note_decl(cd, l);
    break;
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op == TK_DEFINE) {
      note_decl(cd, n->u.range_stmt.key);
      note_decl(cd, n->u.range_stmt.value);
    }
    break;
  case ND_SWITCH_STMT: {
    const Node *tag = n->u.switch_stmt.tag;
    if (tag && tag->kind == ND_TYPE_SWITCH_GUARD && tag->u.guard.lhs)
      for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
        Object *obj = find_clause_var_list(cl->u.case_clause.body,
                                           tag->u.guard.lhs);
        if (obj)
          declare_in(cd->ctx, obj, cd->f);
        /* the clause names its variable's location too (vars_map), which
         * each shape instance must make anew */
        declare_in(cd->ctx, cl, cd->f);
      }
    break;
  }
  default:
    break;
  }
}

void escape_collect_decls(EscContext *ctx, EscFunc *f) {
  CollectDecls cd = {ctx, f};
  for (int i = 0; i < f->param_count; i++)
    if (f->params[i])
      declare_in(ctx, f->params[i], f);
  for (int i = 0; i < f->result_count; i++)
    if (f->results[i])
      declare_in(ctx, f->results[i], f);
  if (f->body)
    visit_stmts(f->body->u.block.stmts, collect_decl, &cd);
}
