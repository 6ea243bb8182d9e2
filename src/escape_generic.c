/*
 * escape_generic.c — generic functions, analyzed once per shape.
 *
 * needs: the collected functions (escape.c) and the checker's types;
 * produces: shape instances, EscFuncs that the driver batches and the
 * graph builder walks like any other function.
 *
 * gc never analyzes a generic function as written.  Its front end
 * compiles one copy of the body per *shape* of the type arguments and
 * passes the rest of the type information in a dictionary.  The shape of
 * a type argument is its underlying type, as a named type spelled
 * `go.shape.` followed by the underlying type's link string
 * (`go.shape.int`, `go.shape.struct { main.p *int }`); a pointer given
 * for a type parameter whose constraint only lists methods has the shape
 * `go.shape.*uint8`, whatever it points to.  So Box[int] and Box[MyInt]
 * are one copy, Box[*T] and Box[*U] another, Box[string] a third.  Each
 * copy is escape-analyzed on its own: allocations inside a generic
 * function are reported once per shape, and a call of a generic function
 * uses the summary of the instance it calls.  Like every instantiated
 * function gc marks them DUPOK, and it prints no "leaking param" lines
 * for those.
 *
 * An instance here shares the generic function's syntax tree and
 * objects; it carries the substitution of its type parameters by shapes
 * (escape_inst_type), and its own copies of the func literals inside it,
 * since each copy of the body has its own closures.  Instances are made
 * on demand, when the call-graph walk or the graph builder meets a
 * reference to a generic function; type arguments that mention the
 * caller's own type parameters are first replaced by the caller's shapes.
 */
#include "escape.h"

#include <stdlib.h>
#include <string.h>

struct EscInstance {
  EscFunc *generic;   /* the generic function or method */
  Type **tparams;     /* its type parameters ... */
  Type **shapes;      /* ... and the shape each one stands for */
  int count;
  EscMap lits;        /* func literal Node -> this instance's copy */
  EscMap types;       /* Type -> the type with shapes (a cache) */
  int order;          /* its place in gc's list of functions (0: none) */
  bool mentioned;     /* met by the order scan */
  bool written;       /* first met as a type written out (the order
                         model is checked for those only) */
  const EscFunc *met_in; /* the body that met it first (NULL: the
                            package's declarations) */
};

/* gc hashes longer shape names (base.Debug.MaxShapeLen); not modeled. */
enum { MAX_SHAPE_NAME = 500 };

static const char SHAPE_PREFIX[] = "go.shape.";

static bool is_shape(const Type *t) {
  return t && t->kind == TY_NAMED && t->u.named.obj && !t->u.named.obj->pkg &&
         strncmp(t->u.named.obj->name, SHAPE_PREFIX,
                 sizeof SHAPE_PREFIX - 1) == 0;
}

/* ---- gc's spellings of types ----
 *
 * types_print_gc spells types as gc does, in diagnostics (%v) and in its
 * symbols (the link string).  What it asks of the escape pass is the
 * naming the types do not tell: the number gc gives a type declared in a
 * body (Bar·1, escape_number_local_types), and in diagnostics the
 * instances of generic types, whose arguments inside a shape instance
 * gc has replaced by their shapes (print_instance, below). */

static bool print_instance(EscContext *ctx, StrBuf *out, Type *t);
static bool link_string(EscContext *ctx, StrBuf *out, Type *t);

static const char *gc_name_of(void *data, Type *t, TypesGcMode mode) {
  EscContext *ctx = data;
  if (t->kind != TY_NAMED)
    return NULL;
  Object *obj = t->u.named.obj;
  StrBuf buf = {NULL, 0, 0};
  bool ok;
  if (mode == TYPES_GC_GO) {
    if (!t->u.named.origin)
      return NULL;
    ok = print_instance(ctx, &buf, t);
  } else {
    if (!obj->pkg || obj->parent == obj->pkg->scope)
      return NULL;
    intptr_t gen = (intptr_t)escape_map_get(&ctx->local_types, obj);
    ok = gen > 0;
    strbuf_printf(&buf, "%s.%s\xc2\xb7%d", /* U+00B7 */
                  types_gc_prefix(obj->pkg), obj->name, (int)gen);
    for (int i = 0; ok && i < t->u.named.targ_count; i++) {
      strbuf_puts(&buf, i ? "," : "[");
      ok = link_string(ctx, &buf, t->u.named.targs[i]);
    }
    if (t->u.named.targ_count)
      strbuf_puts(&buf, "]");
  }
  const char *name =
      ok ? arena_strndup(ctx->arena, buf.data ? buf.data : "", buf.length)
         : "";
  strbuf_free(&buf);
  return name;
}

/* gc's Type.LinkString; false for what is not modeled. */
static bool link_string(EscContext *ctx, StrBuf *out, Type *t) {
  TypesGcNamer namer = {ctx->pkg, gc_name_of, ctx};
  return types_print_gc(out, t, TYPES_GC_LINK, &namer);
}

/* ---- Shapes ---- */

/* Does t mention a shape type? */
/* Does t, or a type it is built from, satisfy `is`?  (Types written out:
 * element, key, field, parameter and result types, type arguments.) */
static bool type_mentions(Type *t, bool (*is)(Type *), int depth) {
  if (!t || depth > 32)
    return false;
  if (is(t))
    return true;
  switch (t->kind) {
  case TY_NAMED:
    for (int i = 0; i < t->u.named.targ_count; i++)
      if (type_mentions(t->u.named.targs[i], is, depth + 1))
        return true;
    return false;
  case TY_POINTER: return type_mentions(t->u.pointer.elem, is, depth + 1);
  case TY_SLICE: return type_mentions(t->u.slice.elem, is, depth + 1);
  case TY_ARRAY: return type_mentions(t->u.array.elem, is, depth + 1);
  case TY_CHAN: return type_mentions(t->u.chan.elem, is, depth + 1);
  case TY_MAP:
    return type_mentions(t->u.map.key, is, depth + 1) ||
           type_mentions(t->u.map.elem, is, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      if (type_mentions(t->u.strct.fields[i]->type, is, depth + 1))
        return true;
    return false;
  case TY_FUNC:
    return type_mentions(t->u.func.params, is, depth + 1) ||
           type_mentions(t->u.func.results, is, depth + 1);
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.count; i++)
      if (type_mentions(t->u.tuple.vars[i]->type, is, depth + 1))
        return true;
    return false;
  default:
    return false;
  }
}

static bool is_named_shape(Type *t) {
  return t->kind == TY_NAMED && is_shape(t);
}

static bool mentions_shape(Type *t, int depth) {
  return type_mentions(t, is_named_shape, depth);
}

/* gc's shapify: the shape standing for type argument targ; `basic` when
 * the type parameter's constraint lists methods only.  NULL: a case gc
 * treats specially that is not modeled; `strict`: also a shape built
 * from a shape ([]go.shape.int).  gc's dictionaries instantiate the
 * methods of a generic type again for the concrete type ([]int, another
 * shape), so for methods that is not modeled; a function has only the
 * instance its callers call. */
static Type *shape_of(EscContext *ctx, Type *targ, bool basic, bool strict) {
  Type *under = types_under(targ);
  if (!under || under->kind == TY_INVALID)
    return NULL;
  if (basic && under->kind == TY_POINTER) {
    Type *elem = under->u.pointer.elem;
    if (!is_shape(elem) && mentions_shape(elem, 0))
      return NULL; /* gc keeps such a *[]go.shape.T as it is */
    static Type *byte_pointer;
    if (!byte_pointer)
      byte_pointer = types_new_pointer(types_basic[TY_UINT8]);
    under = byte_pointer;
  } else if (under->kind == TY_INTERFACE && mentions_shape(under, 0)) {
    return NULL; /* gc keeps such interfaces as they are */
  }
  StrBuf key = {NULL, 0, 0};
  bool ok = link_string(ctx, &key, under);
  if (ok && strict && strstr(key.data, SHAPE_PREFIX))
    ok = false;
  if (!ok || key.length > MAX_SHAPE_NAME) {
    strbuf_free(&key);
    return NULL;
  }
  const char *name = intern(key.data, key.length);
  strbuf_free(&key);
  Type *shape = escape_map_get(&ctx->shapes, name);
  if (!shape) {
    const char *full = arena_printf(ctx->arena, "%s%s", SHAPE_PREFIX, name);
    Object *obj = types_new_object(OBJ_TYPE, full, NULL, NULL, NULL,
                                   (Pos){0, 0});
    shape = types_new_named(obj, under);
    escape_map_put(&ctx->shapes, name, shape);
  }
  return shape;
}

/* Does the constraint of type parameter tp list methods only (types2's
 * IsMethodSet)?  Then pointers share one shape. */
static bool is_basic_constraint(Type *tp) {
  Type *bound = tp->u.tparam.constraint;
  if (!bound)
    return false;
  Type *u = types_under(bound);
  if (!u || u->kind != TY_INTERFACE)
    return false;
  TypeSet *set = types_type_set(u);
  return set->all && !set->comparable;
}

/* ---- Instances ---- */

static void push_instance(EscContext *ctx, EscFunc *generic, EscFunc *inst) {
  if (generic->ninstances == generic->instances_capacity) {
    int cap = generic->instances_capacity ? generic->instances_capacity * 2 : 4;
    EscFunc **fresh = arena_alloc(ctx->arena, sizeof *fresh * (size_t)cap);
    if (generic->ninstances)
      memcpy(fresh, generic->instances,
             sizeof *fresh * (size_t)generic->ninstances);
    generic->instances = fresh;
    generic->instances_capacity = cap;
  }
  generic->instances[generic->ninstances++] = inst;
  if (ctx->instance_count == ctx->instance_capacity) {
    int cap = ctx->instance_capacity ? ctx->instance_capacity * 2 : 16;
    EscFunc **fresh = arena_alloc(ctx->arena, sizeof *fresh * (size_t)cap);
    if (ctx->instance_count)
      memcpy(fresh, ctx->instances, sizeof *fresh * (size_t)ctx->instance_count);
    ctx->instances = fresh;
    ctx->instance_capacity = cap;
  }
  ctx->instances[ctx->instance_count++] = inst;
}

/* A fresh copy of a function record for an instance: same syntax and
 * objects, none of the analysis state. */
static EscFunc *copy_func(EscContext *ctx, const EscFunc *from,
                          EscInstance *inst) {
  EscFunc *f = escape_copy_func(ctx, from);
  f->is_generic = false;
  f->inst = inst;
  return f;
}

static bool inside(const EscFunc *f, const EscFunc *outer) {
  for (; f; f = f->outer)
    if (f == outer)
      return true;
  return false;
}

/* Copies of the generic function's func literals, outer ones first
 * (collect order), each pointing at its copied enclosing function. */
static void copy_literals(EscContext *ctx, EscFunc *generic, EscFunc *top) {
  EscInstance *inst = top->inst;
  inst->lits.arena = ctx->arena;
  EscMap copies; /* generic closure -> its copy */
  memset(&copies, 0, sizeof copies);
  copies.arena = ctx->arena;
  escape_map_put(&copies, generic, top);
  /* A function's literals follow it in the list, nested ones depth
   * first (collect order): the first function after it that is not one
   * of them ends them.  (Searching the whole list for each instance made
   * programs with many instances quadratic.) */
  if (generic->order < 0 || ctx->funcs[generic->order] != generic)
    INTERNAL_ERROR("generic %s is not in the list of functions",
                   generic->name);
  for (int i = generic->order + 1; i < ctx->func_count; i++) {
    EscFunc *lit = ctx->funcs[i];
    if (!lit->is_closure || !inside(lit, generic))
      break;
    EscFunc *copy = copy_func(ctx, lit, inst);
    copy->outer = escape_map_get(&copies, lit->outer);
    /* gc's shaped closures capture the dictionary, always: never a
     * function of their own */
    copy->captures = true;
    /* f.func1 -> f[go.shape.int].func1 */
    copy->name = arena_printf(ctx->arena, "%s%s", top->name,
                              lit->name + strlen(generic->name));
    escape_map_put(&copies, lit, copy);
    escape_map_put(&inst->lits, lit->decl, copy);
  }
}

/* gc's name of an instance: F[go.shape.int], (*T[go.shape.int]).M; the
 * shapes go after the function's or the receiver type's name. */
static const char *instance_name(EscContext *ctx, const EscFunc *generic,
                                 Type **shapes, int count) {
  const char *name = generic->name;
  size_t at = strlen(name);
  if (generic->sig->u.func.recv) {
    const char *dot = strncmp(name, "(*", 2) == 0 ? strstr(name, ").")
                                                  : strchr(name, '.');
    if (dot)
      at = (size_t)(dot - name);
  }
  StrBuf buf = {NULL, 0, 0};
  strbuf_append(&buf, name, at);
  strbuf_puts(&buf, "[");
  for (int i = 0; i < count; i++)
    strbuf_printf(&buf, "%s%s", i > 0 ? "," : "", shapes[i]->u.named.obj->name);
  strbuf_puts(&buf, "]");
  strbuf_puts(&buf, name + at);
  const char *text = arena_strndup(ctx->arena, buf.data, buf.length);
  strbuf_free(&buf);
  return text;
}

EscFunc *escape_instance(EscContext *ctx, EscFunc *generic, Type **targs,
                         int count, const Source *source, Pos pos) {
  Type *sig = generic->sig;
  bool method = sig->u.func.rtparam_count > 0;
  Type **tparams = method ? sig->u.func.rtparams : sig->u.func.tparams;
  int ntparams = method ? sig->u.func.rtparam_count : sig->u.func.tparam_count;
  if (count != ntparams || count == 0) {
    escape_unsupported(ctx, source, pos, "this instantiation");
    return NULL;
  }
  Type **shapes = arena_alloc(ctx->arena, sizeof *shapes * (size_t)count);
  for (int i = 0; i < count; i++) {
    shapes[i] = shape_of(ctx, targs[i], is_basic_constraint(tparams[i]),
                         method);
    if (!shapes[i]) {
      /* atomic.Pointer[Node[go.shape.int]] in a generic body: gc makes
       * the methods again for the concrete type (not modeled) */
      escape_unsupported(ctx, source, pos,
                         method && generic->foreign &&
                                 mentions_shape(targs[i], 0)
                             ? "methods of an imported generic type with "
                               "a type argument built from a shape"
                             : "this shape of type argument");
      return NULL;
    }
  }
  for (int i = 0; i < generic->ninstances; i++) {
    EscInstance *have = generic->instances[i]->inst;
    if (memcmp(have->shapes, shapes, sizeof *shapes * (size_t)count) == 0)
      return generic->instances[i];
  }
  if (ctx->instances_closed)
    return NULL; /* met only in code gc drops as dead */
  EscInstance *inst = arena_alloc(ctx->arena, sizeof *inst);
  inst->generic = generic;
  inst->tparams = tparams;
  inst->shapes = shapes;
  inst->count = count;
  inst->types.arena = ctx->arena;
  EscFunc *f = copy_func(ctx, generic, inst);
  f->closure_count = 0;
  f->name = instance_name(ctx, generic, shapes, count);
  copy_literals(ctx, generic, f);
  push_instance(ctx, generic, f);
  return f;
}

/* Link strings of a list of types, comma-separated, into out. */
static bool link_list(EscContext *ctx, StrBuf *out, Type **types, int count);

bool escape_instance_names(EscContext *ctx, const Object *generic,
                           Type **targs, int count, const char **shaped,
                           const char **wrapper) {
  Type *sig = generic->type;
  if (!sig || sig->kind != TY_FUNC || count == 0)
    return false;
  bool method = sig->u.func.rtparam_count > 0;
  Type **shapes = escape_instance_shapes(ctx, generic, targs, count);
  if (!shapes)
    return false;
  /* F[...], or (*T[...]).M and T[...].M for a method */
  const char *head = generic->name, *tail = "]";
  bool ptr = false;
  if (method) {
    Type *rt = sig->u.func.recv ? sig->u.func.recv->type : NULL;
    ptr = rt && rt->kind == TY_POINTER;
    if (ptr)
      rt = rt->u.pointer.elem;
    if (!rt || rt->kind != TY_NAMED)
      return false;
    head = rt->u.named.obj->name;
    tail = arena_printf(ctx->arena, ptr ? "]).%s" : "].%s", generic->name);
  }
  StrBuf shape_buf = {NULL, 0, 0}, wrapper_buf = {NULL, 0, 0};
  strbuf_printf(&shape_buf, "%s%s[", ptr ? "(*" : "", head);
  strbuf_printf(&wrapper_buf, "%s%s[", ptr ? "(*" : "", head);
  bool ok = link_list(ctx, &wrapper_buf, targs, count);
  for (int i = 0; i < count; i++)
    strbuf_printf(&shape_buf, "%s%s", i > 0 ? "," : "",
                  shapes[i]->u.named.obj->name);
  strbuf_puts(&shape_buf, tail);
  strbuf_puts(&wrapper_buf, tail);
  if (ok) {
    *shaped = arena_strndup(ctx->arena, shape_buf.data, shape_buf.length);
    *wrapper = arena_strndup(ctx->arena, wrapper_buf.data, wrapper_buf.length);
  }
  strbuf_free(&shape_buf);
  strbuf_free(&wrapper_buf);
  return ok;
}

Type **escape_instance_shapes(EscContext *ctx, const Object *generic,
                              Type **targs, int count) {
  Type *sig = generic->type;
  if (!sig || sig->kind != TY_FUNC || count == 0)
    return NULL;
  bool method = sig->u.func.rtparam_count > 0;
  Type **tparams = method ? sig->u.func.rtparams : sig->u.func.tparams;
  if ((method ? sig->u.func.rtparam_count : sig->u.func.tparam_count) != count)
    return NULL;
  Type **shapes = arena_alloc(ctx->arena, sizeof *shapes * (size_t)(count + 1));
  for (int i = 0; i < count; i++)
    if (!(shapes[i] = shape_of(ctx, targs[i], is_basic_constraint(tparams[i]),
                               method)))
      return NULL;
  return shapes;
}

const char *escape_shaped_type_name(EscContext *ctx, Type *t) {
  Type *origin = t && t->kind == TY_NAMED ? t->u.named.origin : NULL;
  if (!origin || origin->u.named.tparam_count != t->u.named.targ_count)
    return NULL;
  StrBuf buf = {NULL, 0, 0};
  strbuf_printf(&buf, "%s[", origin->u.named.obj->name);
  for (int i = 0; i < t->u.named.targ_count; i++) {
    /* as a method's receiver has them (shape_of's strict) */
    Type *shape =
        shape_of(ctx, t->u.named.targs[i],
                 is_basic_constraint(origin->u.named.tparams[i]), true);
    if (!shape) {
      strbuf_free(&buf);
      return NULL;
    }
    strbuf_printf(&buf, "%s%s", i > 0 ? "," : "",
                  shape->u.named.obj->name);
  }
  strbuf_puts(&buf, "]");
  const char *name = arena_strndup(ctx->arena, buf.data, buf.length);
  strbuf_free(&buf);
  return name;
}

Type *escape_inst_type(const EscFunc *f, Type *t) {
  if (!f || !f->inst || !t)
    return t;
  EscInstance *inst = f->inst;
  Type *done = escape_map_get(&inst->types, t);
  if (done)
    return done;
  done = check_subst(NULL, t, inst->tparams, inst->shapes, inst->count);
  escape_map_put(&inst->types, t, done);
  return done;
}

EscFunc *escape_func_of_lit(EscContext *ctx, const EscFunc *within,
                            const Node *lit) {
  if (within && within->inst)
    return escape_map_get(&within->inst->lits, lit);
  return escape_map_get(&ctx->funcs_by_key, lit);
}

/* ---- References to generic functions ---- */

static const Node *unparen(const Node *n) {
  while (n && n->kind == ND_PAREN)
    n = n->u.paren.x;
  return n;
}

/* The named type that declares a selected method: the receiver's type
 * after the embedded fields of the path, without its pointer. */
static Type *method_owner(Type *t, const Selection *s) {
  t = types_selection_holder(t, s);
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  return t && t->kind == TY_NAMED && t->u.named.origin ? t : NULL;
}

EscFunc *escape_ref_instance(EscContext *ctx, const EscFunc *within,
                             const Node *ref) {
  ref = unparen(ref);
  if (!ref)
    return NULL;
  const Node *name = ref;
  if (ref->kind == ND_INDEX)
    name = unparen(ref->u.index.x);
  const ExprInfo *info = check_expr_info(ctx->pkg, ref);
  Object *obj = NULL;
  Type **targs = NULL;
  int count = 0;
  if (name->kind == ND_NAME) {
    obj = name->u.name.object;
    if (info) {
      targs = info->targs;
      count = info->targ_count;
    }
  } else if (name->kind == ND_SELECTOR && name == ref && info &&
             info->selection) {
    Selection *s = info->selection;
    if (s->kind == SEL_QUALIFIED) { /* pkg.F: an imported function */
      obj = s->obj;
      targs = info->targs;
      count = info->targ_count;
    } else if ((s->kind != SEL_METHOD_VALUE && s->kind != SEL_METHOD_EXPR) ||
               s->via_interface) {
      return NULL;
    } else {
      obj = s->obj;
      Type *start = s->kind == SEL_METHOD_VALUE ? ref->u.selector.x->type
                                                : s->recv;
      Type *owner = method_owner(escape_inst_type(within, start), s);
      if (owner) {
        targs = owner->u.named.targs;
        count = owner->u.named.targ_count;
      }
    }
  }
  if (!obj || obj->kind != OBJ_FUNC)
    return NULL;
  EscFunc *generic = escape_func_of_object(ctx, obj);
  if (!generic || !generic->is_generic)
    return NULL;
  if (count == 0)
    return NULL; /* the name inside f[T]: the index expression counts */
  Type **concrete = arena_alloc(ctx->arena, sizeof *concrete * (size_t)count);
  for (int i = 0; i < count; i++)
    concrete[i] = escape_inst_type(within, targs[i]);
  const Source *source = within ? within->source : generic->source;
  return escape_instance(ctx, generic, concrete, count, source, ref->pos);
}

/* ---- Types in diagnostics ---- */

/* An instance of a generic type, or a shape: gc names it otherwise than
 * the checker. */
static bool is_instance_or_shape(Type *t) {
  return t->kind == TY_NAMED && (t->u.named.origin != NULL || is_shape(t));
}

/* ... or a struct or interface literal (other than any), which gc's %v
 * spells with spaced braces ("struct { a int }", "interface {}") where
 * types2 writes "struct{a int}". */
static bool is_gc_spelled(Type *t) {
  return is_instance_or_shape(t) || t->kind == TY_STRUCT ||
         (t->kind == TY_INTERFACE && !t->u.iface.is_any);
}

static bool mentions_instance(Type *t, int depth) {
  return type_mentions(t, is_instance_or_shape, depth);
}

/* Does gc's %v of t differ from the checker's spelling? */
static bool needs_gc_spelling(Type *t, int depth) {
  return type_mentions(t, is_gc_spelled, depth);
}

/* An instance of a generic type as gc names it: the type arguments as
 * link strings, without spaces; inside a shape instance every argument
 * of a type that mentions a shape is itself replaced by its shape. */
static bool print_instance(EscContext *ctx, StrBuf *out, Type *t) {
  Object *obj = t->u.named.obj;
  Type *origin = t->u.named.origin;
  if (obj->pkg && obj->pkg != ctx->pkg)
    strbuf_printf(out, "%s.", obj->pkg->name);
  strbuf_printf(out, "%s[", obj->name);
  bool shaped = false;
  for (int i = 0; i < t->u.named.targ_count; i++)
    shaped = shaped || mentions_shape(t->u.named.targs[i], 0);
  for (int i = 0; i < t->u.named.targ_count; i++) {
    Type *targ = t->u.named.targs[i];
    if (shaped && i < origin->u.named.tparam_count)
      targ = shape_of(ctx, targ,
                      is_basic_constraint(origin->u.named.tparams[i]), false);
    if (i > 0)
      strbuf_puts(out, ",");
    if (!targ || !link_string(ctx, out, targ))
      return false;
  }
  strbuf_puts(out, "]");
  return true;
}

const char *escape_type_text(EscContext *ctx, Type *t) {
  if (!needs_gc_spelling(t, 0))
    return NULL;
  StrBuf buf = {NULL, 0, 0};
  TypesGcNamer namer = {ctx->pkg, gc_name_of, ctx};
  bool ok = types_print_gc(&buf, t, TYPES_GC_GO, &namer);
  /* not modeled: the caller reports it where an instance is involved;
   * elsewhere the checker's spelling stands, as it did before the
   * struct and interface literals were spelled here */
  const char *text =
      ok ? arena_strndup(ctx->arena, buf.data ? buf.data : "", buf.length)
      : mentions_instance(t, 0) ? ""
                                : NULL;
  strbuf_free(&buf);
  return text;
}

/* ---- Methods of generic types, and gc's order of instances ---- */

/* gc compiles every method of a generic type for each shape the type is
 * instantiated with anywhere in the package (the methods belong to the
 * type's run-time descriptor), called or not.  The scan below finds the
 * instances of generic types that non-generic code and the instances
 * mention, and instantiates their methods.
 *
 * It also numbers the instances in the order gc's front end reads their
 * bodies, which is where the methods that nothing calls come in its list
 * of functions (after every declared function).  gc reads bodies from a
 * stack: the package's functions are pushed in declaration order, so
 * the last one is read first; what a body mentions for the first time
 * is pushed when the body is read, so it is read right after that body,
 * in the order of the mentions (they wait in a second stack for one more
 * reversal), a type's methods in reverse declaration order.  This is a
 * model of gc's reader, checked against its output, not a copy. */

typedef struct TypeScan {
  EscContext *ctx;
  const EscFunc *within; /* the instance whose types are scanned, or NULL */
  const EscFunc *body;   /* the body scanned, or NULL (declarations) */
  EscMap seen;           /* Type* already scanned */
  const Source *source;  /* for reports */
  Pos pos;
  EscFunc **found;       /* instances first mentioned by the current body */
  int *groups;           /* ... and the mention each came from */
  int nfound, found_capacity, ngroups;
  int order;             /* the last order given */
  bool written;          /* scanning a type written in the source */
} TypeScan;

static bool is_type_param(Type *t) { return t->kind == TY_TYPEPARAM; }

static bool mentions_tparam(Type *t, int depth) {
  return type_mentions(t, is_type_param, depth);
}

bool escape_mentions_tparam(Type *t) { return mentions_tparam(t, 0); }

bool escape_mentions_shape(Type *t) { return mentions_shape(t, 0); }

/* interface { foo() T }: an interface whose methods mention a type
 * parameter (type_mentions does not look into interfaces). */
bool escape_iface_mentions_tparam(Type *t) {
  t = t ? types_under(t) : NULL;
  if (!t || t->kind != TY_INTERFACE)
    return false;
  for (int i = 0; i < t->u.iface.method_count; i++)
    if (mentions_tparam(t->u.iface.methods[i]->type, 0))
      return true;
  for (int i = 0; i < t->u.iface.embedded_count; i++)
    if (mentions_tparam(t->u.iface.embedded[i], 0) ||
        escape_iface_mentions_tparam(t->u.iface.embedded[i]))
      return true;
  return false;
}

/* An instance met by the scan: new ones wait for the body to end. */
static void found(TypeScan *ts, EscFunc *f) {
  if (!f || f->inst->order != 0)
    return;
  for (int i = 0; i < ts->nfound; i++)
    if (ts->found[i] == f)
      return;
  if (ts->nfound == ts->found_capacity) {
    int cap = ts->found_capacity ? ts->found_capacity * 2 : 16;
    EscFunc **fresh = arena_alloc(ts->ctx->arena, sizeof *fresh * (size_t)cap);
    int *groups = arena_alloc(ts->ctx->arena, sizeof *groups * (size_t)cap);
    if (ts->nfound) {
      memcpy(fresh, ts->found, sizeof *fresh * (size_t)ts->nfound);
      memcpy(groups, ts->groups, sizeof *groups * (size_t)ts->nfound);
    }
    ts->found = fresh;
    ts->groups = groups;
    ts->found_capacity = cap;
  }
  ts->groups[ts->nfound] = ts->ngroups;
  ts->found[ts->nfound++] = f;
}

static void scan_type(TypeScan *ts, Type *t, int depth);

/* Did the inliner make (and cost) the shape instance `name` of package
 * pkg's generic type (the plan qualifies it: atomic.(*Pointer[...]).M)? */
static bool planned_instance(const EscContext *ctx, const Package *pkg,
                             const char *name) {
  size_t n = strlen(pkg->name);
  for (int i = 0; i < ctx->plan->instance_count; i++) {
    const char *planned = ctx->plan->instances[i];
    if (strncmp(planned, pkg->name, n) == 0 && planned[n] == '.' &&
        strcmp(planned + n + 1, name) == 0)
      return true;
  }
  return false;
}

/* A used instance of a generic type: its methods, for its shapes, in
 * the order gc reads them (the last declared first). */
static void instantiate_type_methods(TypeScan *ts, Type *t) {
  EscContext *ctx = ts->ctx;
  Type *origin = t->u.named.origin;
  ts->ngroups++; /* one mention: the type's methods */
  for (int i = origin->u.named.method_count - 1; i >= 0 && !ctx->unsupported;
       i--) {
    Object *m = origin->u.named.methods[i];
    EscFunc *g = escape_func_of_object(ctx, m);
    bool modeled = m->pkg && m->pkg != ctx->pkg && !m->pkg->from_source;
    if (!g && modeled && !(g = escape_import_generic_method(ctx, m))) {
      escape_unsupported(ctx, ts->source, ts->pos,
                         escape_imported_generic_refusal(ctx, m));
      return;
    }
    if (g && g->is_generic && g->body) {
      EscFunc *f = escape_instance(ctx, g, t->u.named.targs,
                                   t->u.named.targ_count, ts->source, ts->pos);
      if (f && modeled && ctx->plan && !planned_instance(ctx, m->pkg, f->name)) {
        /* met through a type the inliner does not read (an imported
         * type's field, log.Logger's atomic.Pointer[string]): gc costs
         * and inlines these too, which -m would miss */
        escape_unsupported(ctx, ts->source, ts->pos,
                           "the methods of an imported generic type met "
                           "through another imported type");
        return;
      }
      if (f && !f->inst->mentioned) {
        f->inst->mentioned = true;
        f->inst->written = ts->written;
        f->inst->met_in = ts->body;
      }
      found(ts, f);
    }
  }
}

static void scan_tuple(TypeScan *ts, Type *tuple, int depth) {
  for (int i = 0; tuple && i < tuple->u.tuple.count; i++)
    scan_type(ts, tuple->u.tuple.vars[i]->type, depth + 1);
}

static void scan_type(TypeScan *ts, Type *t, int depth) {
  if (!t || depth > 32 || ts->ctx->unsupported)
    return;
  switch (t->kind) {
  case TY_NAMED:
    if (is_shape(t))
      return;
    if (escape_map_get(&ts->seen, t))
      return;
    if (t->u.named.tparam_count > 0 && !t->u.named.origin)
      return; /* the generic type itself */
    if (mentions_tparam(t, 0))
      return;
    escape_map_put(&ts->seen, t, t);
    for (int i = 0; i < t->u.named.targ_count; i++)
      scan_type(ts, t->u.named.targs[i], depth + 1);
    if (t->u.named.origin)
      instantiate_type_methods(ts, t);
    scan_type(ts, types_under(t), depth + 1);
    return;
  case TY_POINTER: scan_type(ts, t->u.pointer.elem, depth + 1); return;
  case TY_SLICE: scan_type(ts, t->u.slice.elem, depth + 1); return;
  case TY_ARRAY: scan_type(ts, t->u.array.elem, depth + 1); return;
  case TY_CHAN: scan_type(ts, t->u.chan.elem, depth + 1); return;
  case TY_MAP:
    scan_type(ts, t->u.map.key, depth + 1);
    scan_type(ts, t->u.map.elem, depth + 1);
    return;
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      scan_type(ts, t->u.strct.fields[i]->type, depth + 1);
    return;
  case TY_FUNC:
    scan_tuple(ts, t->u.func.params, depth);
    scan_tuple(ts, t->u.func.results, depth);
    return;
  case TY_TUPLE:
    scan_tuple(ts, t, depth);
    return;
  case TY_INTERFACE: {
    TypeSet *set = types_type_set(t);
    for (int i = 0; i < set->method_count; i++)
      scan_type(ts, set->methods[i]->type, depth + 1);
    return;
  }
  default:
    return;
  }
}

/* Is n's type written in the source at n (a composite literal's or a
 * conversion's type), not just the type of an expression? */
static bool is_written_type(EscContext *ctx, const Node *n) {
  if (n->kind == ND_UNARY && n->u.unary.op == TK_AND) /* &T{...} */
    n = unparen(n->u.unary.x);
  if (n->kind == ND_COMPOSITE_LIT)
    return n->u.composite.type != NULL;
  const ExprInfo *info = check_expr_info(ctx->pkg, n);
  return n->kind == ND_CALL && info && info->call_kind == CALL_CONVERSION;
}

static void scan_node(void *data, const Node *n) {
  TypeScan *ts = data;
  ts->pos = n->pos;
  if (n->kind == ND_NAME || n->kind == ND_INDEX || n->kind == ND_SELECTOR) {
    ts->ngroups++;
    found(ts, escape_ref_instance(ts->ctx, ts->within, n));
  }
  /* a declared name's type is its value's (or written, var x T) */
  bool declares = n->kind == ND_NAME && n->u.name.object &&
                  n->u.name.object->ident == n;
  if (n->type && !declares) {
    ts->written = is_written_type(ts->ctx, n);
    scan_type(ts, escape_inst_type(ts->within, n->type), 0);
    ts->written = false;
  }
  /* var x T: T is written, but gc meets two such types in the reverse
   * order (the order is not modeled: written stays false) */
  if (n->kind == ND_DECL_STMT)
    for (const Node *spec = n->u.decl_stmt.decls; spec; spec = spec->next) {
      const Node *name = spec->kind == ND_VAR_SPEC ? spec->u.value_spec.names
                                                   : NULL;
      if (!name || !spec->u.value_spec.type || !name->u.name.object)
        continue;
      scan_type(ts, escape_inst_type(ts->within, name->u.name.object->type), 0);
    }
}

static void scan_body(TypeScan *ts, EscFunc *f);

/* Number the instances a body mentioned first, each followed by what
 * its own body mentions first (`reverse`: the mentions last to first). */
static void number_found(TypeScan *ts, bool reverse) {
  int n = ts->nfound;
  EscFunc **list = ts->found;
  int *groups = ts->groups;
  ts->found = NULL;
  ts->groups = NULL;
  ts->nfound = ts->found_capacity = 0;
  /* reversing reverses the mentions, not a type's methods */
  for (int k = 0; k < n;) {
    int start = reverse ? n - 1 - k : k, end = start;
    if (reverse)
      while (start > 0 && groups[start - 1] == groups[end])
        start--;
    else
      while (end + 1 < n && groups[end + 1] == groups[start])
        end++;
    for (int j = start; j <= end; j++) {
      EscFunc *f = list[j];
      if (f->inst->order != 0)
        continue;
      f->inst->order = ++ts->order;
      scan_body(ts, f);
    }
    k += end - start + 1;
  }
}

static void scan_body(TypeScan *ts, EscFunc *f) {
  const EscFunc *saved = ts->within, *saved_body = ts->body;
  ts->within = f->inst ? f : NULL;
  ts->body = f;
  ts->source = f->source;
  ts->pos = f->decl ? f->decl->pos : (Pos){0, 0};
  if (f->body)
    escape_walk_live(ts->ctx, f->body, scan_node, ts);
  for (int i = 0; i < f->init_count; i++)
    for (const Node *v = f->init_specs[i]->u.value_spec.values; v; v = v->next)
      node_walk(v, scan_node, ts);
  number_found(ts, false);
  ts->within = saved;
  ts->body = saved_body;
}

void escape_instantiate_methods(EscContext *ctx) {
  TypeScan ts;
  memset(&ts, 0, sizeof ts);
  ts.ctx = ctx;
  ts.seen.arena = ctx->arena;
  /* Declarations first: their types are read before any body. */
  Scope *scope = ctx->pkg->scope;
  ts.written = true;
  for (int i = 0; i < scope->count; i++) {
    Object *obj = scope->objects[i];
    ts.source = obj->source;
    ts.pos = obj->pos;
    if (obj->kind == OBJ_VAR || obj->kind == OBJ_TYPE ||
        (obj->kind == OBJ_FUNC && obj->type && obj->type->kind == TY_FUNC &&
         obj->type->u.func.tparam_count == 0))
      scan_type(&ts, obj->type, 0);
    /* initializers laid out as data too: var f = G[int] */
    if (obj->kind == OBJ_VAR && obj->decl && obj->decl->init)
      node_walk(obj->decl->init, scan_node, &ts);
  }
  for (int i = 0; i < ctx->func_count; i++) {
    EscFunc *f = ctx->funcs[i];
    if (f->foreign) /* compiled in its own package */
      continue;
    /* variable initializers, and the func literals among them */
    if (f->is_pkg_init || (f->is_closure && !f->outer && !f->is_generic))
      scan_body(&ts, f);
    else if (f->obj && f->sig && !f->is_generic && f->sig->u.func.recv)
      scan_type(&ts, f->sig, 0); /* methods come with their types */
  }
  ts.written = false;
  number_found(&ts, false);
  /* Then the bodies, the last declared first. */
  for (int i = ctx->func_count - 1; i >= 0 && !ctx->unsupported; i--) {
    EscFunc *f = ctx->funcs[i];
    if (!f->is_generic && !f->is_closure && !f->is_pkg_init && !f->foreign)
      scan_body(&ts, f);
  }
  ctx->instances_closed = true;
}

/* Instances that nothing reached, in gc's order. */
EscFunc *escape_named_instance(EscContext *ctx, const char *name,
                               const InlineWrapper **wrapper) {
  /* The index is made on first use, and again if instances were made
   * since (searching the lists by name for each of thousands of names
   * was quadratic). */
  if (!ctx->instances_by_name.arena ||
      ctx->indexed_instances != ctx->instance_count) {
    memset(&ctx->instances_by_name, 0, sizeof ctx->instances_by_name);
    memset(&ctx->wrappers_by_name, 0, sizeof ctx->wrappers_by_name);
    ctx->instances_by_name.arena = ctx->wrappers_by_name.arena = ctx->arena;
    for (const InlineWrapper *wr = ctx->plan ? ctx->plan->dict_wrappers
                                             : NULL;
         wr; wr = wr->next) {
      const char *key = intern(wr->name, strlen(wr->name));
      if (!escape_map_get(&ctx->wrappers_by_name, key))
        escape_map_put(&ctx->wrappers_by_name, key, (void *)wr);
    }
    for (int i = 0; i < ctx->instance_count; i++) {
      EscFunc *f = ctx->instances[i];
      if (f->is_closure)
        continue;
      f->same_name = NULL;
      const char *key = intern(f->name, strlen(f->name));
      EscFunc *first = escape_map_get(&ctx->instances_by_name, key);
      if (!first) {
        escape_map_put(&ctx->instances_by_name, key, f);
        continue;
      }
      while (first->same_name)
        first = first->same_name;
      first->same_name = f;
    }
    ctx->indexed_instances = ctx->instance_count;
  }
  const char *key = intern(name, strlen(name));
  *wrapper = escape_map_get(&ctx->wrappers_by_name, key);
  return *wrapper ? NULL : escape_map_get(&ctx->instances_by_name, key);
}

int escape_late_instances(EscContext *ctx, EscFunc **out) {
  int n = 0;
  for (int i = 0; i < ctx->instance_count; i++) {
    EscFunc *f = ctx->instances[i];
    if (f->is_closure || f->visit_id != 0)
      continue;
    int k = n++;
    /* insertion by order; unnumbered ones (0) last, as made */
    int key = f->inst->order ? f->inst->order : 1 << 30;
    while (k > 0 && (out[k - 1]->inst->order ? out[k - 1]->inst->order
                                              : 1 << 30) > key) {
      out[k] = out[k - 1];
      k--;
    }
    out[k] = f;
  }
  return n;
}

/* ---- Calls of instances in diagnostics ---- */

static bool link_list(EscContext *ctx, StrBuf *out, Type **types, int count) {
  for (int i = 0; i < count; i++) {
    if (i > 0)
      strbuf_puts(out, ",");
    if (!link_string(ctx, out, types[i]))
      return false;
  }
  return true;
}

bool escape_instance_call_text(EscContext *ctx, const EscFunc *within,
                               const Node *fun, const char **callee,
                               const char **dict, bool *method) {
  fun = unparen(fun);
  EscFunc *f = escape_ref_instance(ctx, within, fun);
  if (!f)
    return false;
  if (within && within->inst) {
    /* gc passes a sub-dictionary: (*[N]uintptr)(.dict[i]) */
    escape_unsupported(ctx, within->source, fun->pos,
                       "the text of a generic call inside a generic function");
    return false;
  }
  EscInstance *inst = f->inst;
  const Node *name = fun->kind == ND_INDEX ? unparen(fun->u.index.x) : fun;
  const ExprInfo *info = check_expr_info(ctx->pkg, fun);
  StrBuf head = {NULL, 0, 0}, targs = {NULL, 0, 0};
  bool ok = true;
  /* an imported function, pkg.F: gc qualifies its name and its
   * dictionary's (&slices..dict.Index[[]int,int]) */
  const Selection *qualified =
      name->kind == ND_SELECTOR && info && info->selection &&
              info->selection->kind == SEL_QUALIFIED
          ? info->selection
          : NULL;
  const char *qual =
      qualified ? arena_printf(ctx->arena, "%s.", qualified->obj->pkg->name)
                : "";
  *method = name->kind == ND_SELECTOR && !qualified;
  const char *fname = NULL;
  if (*method) {
    Selection *s = info->selection;
    Type *owner = method_owner(fun->u.selector.x->type, s);
    Type *recv = s->obj->type->u.func.recv->type;
    bool ptr = recv && recv->kind == TY_POINTER;
    strbuf_printf(&head, ptr ? "(*%s[" : "%s[", owner->u.named.obj->name);
    ok = link_list(ctx, &head, inst->shapes, inst->count);
    strbuf_printf(&head, ptr ? "]).%s" : "].%s", s->obj->name);
    fname = owner->u.named.obj->name;
    ok = ok && link_list(ctx, &targs, owner->u.named.targs,
                         owner->u.named.targ_count);
  } else {
    fname = qualified ? qualified->obj->name : name->u.name.object->name;
    strbuf_printf(&head, "%s%s[", qual, fname);
    ok = link_list(ctx, &head, inst->shapes, inst->count);
    strbuf_puts(&head, "]");
    ok = ok && info && link_list(ctx, &targs, info->targs, info->targ_count);
  }
  if (ok) {
    *callee = arena_strndup(ctx->arena, head.data, head.length);
    *dict = arena_printf(ctx->arena, "&%s.dict.%s[%.*s]", qual, fname,
                         (int)targs.length, targs.data ? targs.data : "");
  } else {
    escape_unsupported(ctx, f->source, fun->pos, "the text of a generic call");
  }
  strbuf_free(&head);
  strbuf_free(&targs);
  return ok;
}

/* Instances share the generic function's objects: before one is built,
 * the locations an earlier instance gave them are forgotten, so that its
 * own locals get locations of their own. */
void escape_forget_instance_vars(EscContext *ctx, EscFunc **fns, int count) {
  for (int i = 0; i < count; i++) {
    if (!fns[i]->inst || fns[i]->is_closure)
      continue;
    const EscFunc *generic = fns[i]->inst->generic;
    for (int j = 0; j < generic->declared_count; j++) {
      const void *key = generic->declared[j];
      if (inside(escape_map_get(&ctx->decl_fns, key), generic))
        escape_map_put(&ctx->vars, key, NULL);
    }
  }
}

const EscFunc *escape_instance_generic(const EscFunc *f) {
  return f->inst ? f->inst->generic : NULL;
}

const char *escape_instance_key(const EscFunc *f) {
  return f->inst && !f->is_closure ? f->name : NULL;
}

bool escape_late_order_known(const EscFunc *f, const EscFunc *g) {
  if (!f->inst || !g->inst)
    return true;
  return (f->inst->written && g->inst->written) ||
         f->inst->met_in != g->inst->met_in ||
         escape_same_type_instance(f, g);
}

/* The generic type a method belongs to (its origin), or NULL. */
static Type *method_type(const EscFunc *generic) {
  Type *sig = generic->sig;
  Type *rt = sig && sig->u.func.recv ? sig->u.func.recv->type : NULL;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  if (!rt || rt->kind != TY_NAMED)
    return NULL;
  return rt->u.named.origin ? rt->u.named.origin : rt;
}

bool escape_same_type_instance(const EscFunc *f, const EscFunc *g) {
  if (!f->inst || !g->inst || f->inst->count != g->inst->count)
    return false;
  Type *t = method_type(f->inst->generic);
  if (!t || t != method_type(g->inst->generic))
    return false;
  for (int i = 0; i < f->inst->count; i++)
    if (f->inst->shapes[i] != g->inst->shapes[i])
      return false;
  return true;
}

