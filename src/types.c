/*
 * types.c — Go types, objects and scopes.
 *
 * needs: nothing but the arena;  produces: the vocabulary the checker and
 * the escape pass speak: Type, Object, Scope, with identity, printing and
 * layout.
 *
 * Representation.  A Type is a tagged union (TypeKind).  Composite types are
 * structural and built fresh by their constructors — two `[]int` are two
 * objects — so equality is always types_identical, never `==`.  Named
 * (defined) types are nominal: one Type per declaration, compared by
 * pointer, except instances of generic types, which are identical when
 * their origin and type arguments are.  The predeclared basic types are
 * singletons in types_basic[]; byte and rune are separate Types of kind
 * uint8/int32 whose only difference is the name they print.
 *
 * Printing follows types2's TypeString, since gc's error messages embed it:
 * `*User`, `[]int`, `map[string]int`, `func(x int) string`,
 * `struct{a int; b string}`, `interface{M()}`, `chan<- int`, `List[int]`.
 * Types of other packages are qualified by the package name (`fmt.Stringer`).
 * gc's -m messages and -m=2 bodies use gc's own printer, with other rules:
 * types_print_gc (`struct { a int }`, `func(int) string`), which also
 * writes gc's link strings, the names of types in its symbols.
 *
 * Layout follows gc's types.CalcSize for linux/amd64: word 8, maximum
 * alignment 8; string 16, interface 16, slice 24, pointer/map/chan/func 8,
 * complex64 8 aligned 4, arrays elem*len aligned like elem, structs padded
 * field by field, plus one byte when a non-empty struct ends in a zero-size
 * field (so &s.last cannot point past the object), rounded to the struct's
 * alignment.  Sizes are computed on first request and cached in the Type.
 *
 * Scopes map interned names to objects: a linear array while small, plus a
 * pointer-hash index once a scope grows past a handful of names (package
 * scopes, the universe).
 */
#include "types.h"

#include <stdlib.h>
#include <string.h>

/* ---- The types arena ---- */

static Arena types_arena;

void *types_alloc(size_t size) { return arena_alloc(&types_arena, size); }

char *types_strdup(const char *s, size_t len) {
  return arena_strndup(&types_arena, s, len);
}

void types_release(void) {
  check_forget_instances(); /* its types are in the arena */
  arena_free(&types_arena);
  universe_scope = NULL; /* universe_init builds it afresh */
}

/* Grow an arena array of pointers (old contents copied; never freed). */
static void *grow_array(void *old, int count, int *capacity, size_t elem) {
  if (count < *capacity)
    return old;
  int cap = *capacity ? *capacity * 2 : 4;
  void *fresh = types_alloc(elem * (size_t)cap);
  if (old)
    memcpy(fresh, old, elem * (size_t)count);
  *capacity = cap;
  return fresh;
}

/* ---- Predeclared types (filled in by universe_init) ---- */

Type *types_basic[TY_UNTYPED_NIL + 1];
Type *types_byte, *types_rune, *types_invalid, *types_any, *types_error,
    *types_comparable_type;

/* ---- Predicates ---- */

bool types_is_basic(const Type *t) { return t && t->kind <= TY_UNTYPED_NIL; }

bool types_is_untyped(const Type *t) {
  return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

/* The predicates below look through named types and type parameters'
 * core types, as types2's allBasic/isInteger family does for non-generic
 * code. */
static const Type *basic_under(const Type *t) {
  if (!t)
    return NULL;
  if (t->kind == TY_NAMED)
    return types_under((Type *)t);
  return t;
}

bool types_is_integer(const Type *t) {
  t = basic_under(t);
  return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) ||
               t->kind == TY_UNTYPED_INT || t->kind == TY_UNTYPED_RUNE);
}

bool types_is_unsigned(const Type *t) {
  t = basic_under(t);
  return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool types_is_float(const Type *t) {
  t = basic_under(t);
  return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 ||
               t->kind == TY_UNTYPED_FLOAT);
}

bool types_is_complex(const Type *t) {
  t = basic_under(t);
  return t && (t->kind == TY_COMPLEX64 || t->kind == TY_COMPLEX128 ||
               t->kind == TY_UNTYPED_COMPLEX);
}

bool types_is_numeric(const Type *t) {
  return types_is_integer(t) || types_is_float(t) || types_is_complex(t);
}

bool types_is_string(const Type *t) {
  t = basic_under(t);
  return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool types_is_boolean(const Type *t) {
  t = basic_under(t);
  return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool types_is_constant_type(const Type *t) {
  return types_is_boolean(t) || types_is_numeric(t) || types_is_string(t);
}

bool types_is_interface(const Type *t) {
  t = basic_under(t);
  return t && t->kind == TY_INTERFACE;
}

bool types_is_typeparam(const Type *t) { return t && t->kind == TY_TYPEPARAM; }

bool types_has_nil(const Type *t) {
  t = basic_under(t);
  if (!t)
    return false;
  switch (t->kind) {
  case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
  case TY_INTERFACE: case TY_UNSAFE_POINTER:
    return true;
  default:
    return false;
  }
}

/* ---- Constructors ---- */

static Type *new_type(TypeKind kind) {
  Type *t = types_alloc(sizeof *t);
  t->kind = kind;
  t->size = -1;
  return t;
}

Type *types_new_pointer(Type *elem) {
  Type *t = new_type(TY_POINTER);
  t->u.pointer.elem = elem;
  return t;
}

Type *types_new_slice(Type *elem) {
  Type *t = new_type(TY_SLICE);
  t->u.slice.elem = elem;
  return t;
}

Type *types_new_array(Type *elem, int64_t len) {
  Type *t = new_type(TY_ARRAY);
  t->u.array.elem = elem;
  t->u.array.len = len;
  return t;
}

Type *types_new_map(Type *key, Type *elem) {
  Type *t = new_type(TY_MAP);
  t->u.map.key = key;
  t->u.map.elem = elem;
  return t;
}

Type *types_new_chan(Type *elem, ChanDir dir) {
  Type *t = new_type(TY_CHAN);
  t->u.chan.elem = elem;
  t->u.chan.dir = dir;
  return t;
}

Type *types_new_tuple(Object **vars, int count) {
  Type *t = new_type(TY_TUPLE);
  t->u.tuple.vars = vars;
  t->u.tuple.count = count;
  return t;
}

Type *types_new_func(Object *recv, Type *params, Type *results,
                     bool variadic) {
  Type *t = new_type(TY_FUNC);
  t->u.func.recv = recv;
  t->u.func.params = params ? params : types_new_tuple(NULL, 0);
  t->u.func.results = results ? results : types_new_tuple(NULL, 0);
  t->u.func.variadic = variadic;
  return t;
}

Type *types_new_struct(Object **fields, int count) {
  Type *t = new_type(TY_STRUCT);
  t->u.strct.fields = fields;
  t->u.strct.field_count = count;
  return t;
}

Type *types_new_interface(Object **methods, int method_count,
                          Type **embedded, int embedded_count) {
  Type *t = new_type(TY_INTERFACE);
  t->u.iface.methods = methods;
  t->u.iface.method_count = method_count;
  t->u.iface.embedded = embedded;
  t->u.iface.embedded_count = embedded_count;
  return t;
}

Type *types_new_union(Term *terms, int count) {
  Type *t = new_type(TY_UNION);
  t->u.uni.terms = terms;
  t->u.uni.count = count;
  return t;
}

Type *types_new_named(Object *obj, Type *underlying) {
  Type *t = new_type(TY_NAMED);
  t->u.named.obj = obj;
  t->u.named.underlying = underlying;
  if (obj && !obj->type)
    obj->type = t;
  return t;
}

Type *types_new_typeparam(Object *obj, int index, Type *constraint) {
  Type *t = new_type(TY_TYPEPARAM);
  t->u.tparam.obj = obj;
  t->u.tparam.index = index;
  t->u.tparam.constraint = constraint;
  if (obj && !obj->type)
    obj->type = t;
  return t;
}

void types_add_method(Type *named, Object *method) {
  named->u.named.methods =
      grow_array(named->u.named.methods, named->u.named.method_count,
                 &named->u.named.method_capacity, sizeof(Object *));
  named->u.named.methods[named->u.named.method_count++] = method;
}

Object *types_new_object(ObjectKind kind, const char *name, Type *type,
                         Package *pkg, const Source *source, Pos pos) {
  Object *obj = types_alloc(sizeof *obj);
  obj->kind = kind;
  obj->name = name;
  obj->type = type;
  obj->pkg = pkg;
  obj->source = source;
  obj->pos = pos;
  if (kind == OBJ_VAR)
    obj->u.var.offset = -1;
  return obj;
}

Object *types_new_var(const char *name, Type *type, Package *pkg) {
  Pos none = {0, 0};
  return types_new_object(OBJ_VAR, name, type, pkg, NULL, none);
}

Object *types_new_field(const char *name, Type *type, Package *pkg,
                        bool embedded, const char *tag, size_t tag_length) {
  Object *f = types_new_var(name, type, pkg);
  f->u.var.is_field = true;
  f->u.var.embedded = embedded;
  f->u.var.tag = tag;
  f->u.var.tag_length = (uint32_t)tag_length; /* (a source under 4 GB) */
  return f;
}

/* ---- Underlying, core and default types ---- */

Type *types_under(Type *t) {
  /* A chain of defined types resolves to the first non-named underlying;
   * the depth limit guards against cycles left by an erroneous program. */
  for (int depth = 0; t && t->kind == TY_NAMED; depth++) {
    if (depth > 100)
      return types_invalid;
    if (t->u.named.origin && !t->u.named.expanded)
      check_expand_instance(t);
    if (!t->u.named.underlying)
      return types_invalid;
    t = t->u.named.underlying;
  }
  return t ? t : types_invalid;
}

Type *types_core(Type *t) {
  if (!t || t->kind != TY_TYPEPARAM)
    return types_under(t);
  TypeSet *set = types_type_set(t->u.tparam.constraint);
  if (!set || set->all || set->term_count == 0)
    return NULL;
  /* All terms must share one underlying type; channels may differ in
   * direction when one direction (or both) is used throughout. */
  Type *u = types_under(set->terms[0].type);
  for (int i = 1; i < set->term_count; i++) {
    Type *v = types_under(set->terms[i].type);
    if (types_identical(u, v))
      continue;
    if (u->kind == TY_CHAN && v->kind == TY_CHAN &&
        types_identical(u->u.chan.elem, v->u.chan.elem)) {
      if (u->u.chan.dir == CHAN_BOTH)
        u = v;
      else if (v->u.chan.dir != CHAN_BOTH && v->u.chan.dir != u->u.chan.dir)
        return NULL;
      continue;
    }
    return NULL;
  }
  return u;
}

Type *types_default(Type *t) {
  if (!t)
    return t;
  switch (t->kind) {
  case TY_UNTYPED_BOOL: return types_basic[TY_BOOL];
  case TY_UNTYPED_INT: return types_basic[TY_INT];
  case TY_UNTYPED_RUNE: return types_rune;
  case TY_UNTYPED_FLOAT: return types_basic[TY_FLOAT64];
  case TY_UNTYPED_COMPLEX: return types_basic[TY_COMPLEX128];
  case TY_UNTYPED_STRING: return types_basic[TY_STRING];
  default: return t;
  }
}

Type *types_deref_named(Type *t, bool *is_pointer) {
  *is_pointer = false;
  if (t && t->kind == TY_POINTER) {
    *is_pointer = true;
    t = t->u.pointer.elem;
  }
  return t && t->kind == TY_NAMED ? t : NULL;
}

/* ---- Type sets of interfaces ---- */

static int compare_methods(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  return strcmp(x->name, y->name);
}

/* The intersection of two single terms, or false when it is empty. */
static bool term_intersect(Term x, Term y, Term *out) {
  Type *ux = types_under(x.type), *uy = types_under(y.type);
  if (x.tilde && y.tilde) {
    if (!types_identical(ux, uy))
      return false;
    *out = x;
  } else if (x.tilde) {
    if (!types_identical(ux, uy))
      return false;
    *out = y;
  } else if (y.tilde) {
    if (!types_identical(ux, uy))
      return false;
    *out = x;
  } else {
    if (!types_identical(x.type, y.type))
      return false;
    *out = x;
  }
  return true;
}

/* Intersect set->terms with the given term list. */
static void intersect_terms(TypeSet *set, Term *terms, int count) {
  if (set->all) {
    set->all = false;
    set->terms = terms;
    set->term_count = count;
    return;
  }
  Term *result = types_alloc(sizeof(Term) * (size_t)(set->term_count * count + 1));
  int n = 0;
  for (int i = 0; i < set->term_count; i++)
    for (int j = 0; j < count; j++) {
      Term t;
      if (term_intersect(set->terms[i], terms[j], &t))
        result[n++] = t;
    }
  set->terms = result;
  set->term_count = n;
}

static void add_method_to_set(Object ***methods, int *count, int *capacity,
                              Object *m) {
  for (int i = 0; i < *count; i++)
    if ((*methods)[i]->name == m->name)
      return; /* duplicates are diagnosed by the checker */
  *methods = grow_array(*methods, *count, capacity, sizeof(Object *));
  (*methods)[(*count)++] = m;
}

TypeSet *types_type_set(Type *t) {
  Type *iface = types_under(t);
  if (!iface || iface->kind != TY_INTERFACE) {
    /* A non-interface constraint element: the set {t}. */
    TypeSet *set = types_alloc(sizeof *set);
    set->all = true;
    return set;
  }
  if (iface->u.iface.set)
    return iface->u.iface.set;
  TypeSet *set = types_alloc(sizeof *set);
  set->all = true;
  if (iface->u.iface.set_busy) /* invalid cycle: diagnosed by the checker */
    return set;
  iface->u.iface.set_busy = true;
  Object **methods = NULL;
  int count = 0, capacity = 0;
  for (int i = 0; i < iface->u.iface.method_count; i++)
    add_method_to_set(&methods, &count, &capacity, iface->u.iface.methods[i]);
  if (iface->u.iface.is_comparable)
    set->comparable = true;
  for (int i = 0; i < iface->u.iface.embedded_count; i++) {
    Type *e = iface->u.iface.embedded[i];
    Type *ue = types_under(e);
    if (ue->kind == TY_INTERFACE) {
      TypeSet *sub = types_type_set(ue);
      for (int j = 0; j < sub->method_count; j++)
        add_method_to_set(&methods, &count, &capacity, sub->methods[j]);
      if (sub->comparable)
        set->comparable = true;
      if (!sub->all)
        intersect_terms(set, sub->terms, sub->term_count);
    } else if (e->kind == TY_UNION) {
      /* A union of terms; a term that is itself an interface with methods
       * is not allowed (diagnosed by the checker); one without restriction
       * makes the union unrestricted. */
      bool all = false;
      int n = 0, cap = e->u.uni.count;
      for (int j = 0; j < e->u.uni.count; j++) {
        Type *ut = types_under(e->u.uni.terms[j].type);
        if (ut->kind == TY_INTERFACE)
          cap += types_type_set(ut)->term_count;
      }
      Term *terms = types_alloc(sizeof(Term) * (size_t)(cap + 1));
      for (int j = 0; j < e->u.uni.count; j++) {
        Term term = e->u.uni.terms[j];
        Type *ut = types_under(term.type);
        if (ut->kind == TY_INTERFACE && !term.tilde) {
          TypeSet *sub = types_type_set(ut);
          if (sub->all) {
            all = true;
            continue;
          }
          for (int k = 0; k < sub->term_count && n < cap; k++)
            terms[n++] = sub->terms[k];
        } else if (n < cap) {
          terms[n++] = term;
        }
      }
      if (!all)
        intersect_terms(set, terms, n);
    } else if (ue != types_invalid) {
      Term *term = types_alloc(sizeof *term);
      term->tilde = false;
      term->type = e;
      intersect_terms(set, term, 1);
    }
  }
  if (count > 1)
    qsort(methods, (size_t)count, sizeof(Object *), compare_methods);
  set->methods = methods;
  set->method_count = count;
  iface->u.iface.set = set;
  iface->u.iface.set_busy = false;
  return set;
}

/* ---- Identity ---- */

typedef struct IdentityPair {
  const Type *x, *y;
  const struct IdentityPair *prev;
} IdentityPair;

static bool identical(Type *x, Type *y, bool tags, const IdentityPair *seen);

static bool identical_tuples(Type *x, Type *y, bool tags,
                             const IdentityPair *seen) {
  if (x->u.tuple.count != y->u.tuple.count)
    return false;
  for (int i = 0; i < x->u.tuple.count; i++)
    if (!identical(x->u.tuple.vars[i]->type, y->u.tuple.vars[i]->type, tags,
                   seen))
      return false;
  return true;
}

static bool same_field_name(const Object *a, const Object *b) {
  if (a->name != b->name)
    return false;
  /* Unexported names from different packages differ. */
  bool exported = a->name[0] >= 'A' && a->name[0] <= 'Z';
  return exported || a->pkg == b->pkg;
}

static bool identical(Type *x, Type *y, bool tags, const IdentityPair *seen) {
  if (x == y)
    return true;
  if (!x || !y)
    return false;
  if (x->kind <= TY_UNTYPED_NIL || y->kind <= TY_UNTYPED_NIL)
    return x->kind == y->kind;
  if (x->kind != y->kind)
    return false;
  /* Recursive types (through interface methods) would recurse forever:
   * a pair already being compared is assumed identical. */
  for (const IdentityPair *p = seen; p; p = p->prev)
    if ((p->x == x && p->y == y) || (p->x == y && p->y == x))
      return true;
  IdentityPair pair = {x, y, seen};
  switch (x->kind) {
  case TY_POINTER:
    return identical(x->u.pointer.elem, y->u.pointer.elem, tags, &pair);
  case TY_SLICE:
    return identical(x->u.slice.elem, y->u.slice.elem, tags, &pair);
  case TY_ARRAY:
    return x->u.array.len == y->u.array.len &&
           identical(x->u.array.elem, y->u.array.elem, tags, &pair);
  case TY_MAP:
    return identical(x->u.map.key, y->u.map.key, tags, &pair) &&
           identical(x->u.map.elem, y->u.map.elem, tags, &pair);
  case TY_CHAN:
    return x->u.chan.dir == y->u.chan.dir &&
           identical(x->u.chan.elem, y->u.chan.elem, tags, &pair);
  case TY_FUNC:
    if (x->u.func.variadic != y->u.func.variadic ||
        x->u.func.tparam_count != y->u.func.tparam_count)
      return false;
    return identical_tuples(x->u.func.params, y->u.func.params, tags, &pair) &&
           identical_tuples(x->u.func.results, y->u.func.results, tags, &pair);
  case TY_TUPLE:
    return identical_tuples(x, y, tags, &pair);
  case TY_STRUCT:
    if (x->u.strct.field_count != y->u.strct.field_count)
      return false;
    for (int i = 0; i < x->u.strct.field_count; i++) {
      Object *f = x->u.strct.fields[i], *g = y->u.strct.fields[i];
      if (f->u.var.embedded != g->u.var.embedded || !same_field_name(f, g))
        return false;
      if (tags && (f->u.var.tag_length != g->u.var.tag_length ||
                   (f->u.var.tag_length &&
                    memcmp(f->u.var.tag, g->u.var.tag, f->u.var.tag_length))))
        return false;
      if (!identical(f->type, g->type, tags, &pair))
        return false;
    }
    return true;
  case TY_INTERFACE: {
    TypeSet *a = types_type_set(x), *b = types_type_set(y);
    if (a->method_count != b->method_count || a->all != b->all ||
        a->comparable != b->comparable || a->term_count != b->term_count)
      return false;
    for (int i = 0; i < a->method_count; i++)
      if (!same_field_name(a->methods[i], b->methods[i]) ||
          !identical(a->methods[i]->type, b->methods[i]->type, tags, &pair))
        return false;
    for (int i = 0; i < a->term_count; i++) {
      bool found = false;
      for (int j = 0; j < b->term_count && !found; j++)
        found = a->terms[i].tilde == b->terms[j].tilde &&
                identical(a->terms[i].type, b->terms[j].type, tags, &pair);
      if (!found)
        return false;
    }
    return true;
  }
  case TY_UNION:
    if (x->u.uni.count != y->u.uni.count)
      return false;
    for (int i = 0; i < x->u.uni.count; i++)
      if (x->u.uni.terms[i].tilde != y->u.uni.terms[i].tilde ||
          !identical(x->u.uni.terms[i].type, y->u.uni.terms[i].type, tags,
                     &pair))
        return false;
    return true;
  case TY_NAMED: {
    /* One declaration, one type (alias placeholders may have copied the
     * Type); instances of the same generic type with identical arguments. */
    Type *ox = x->u.named.origin, *oy = y->u.named.origin;
    if (!ox && !oy)
      return x->u.named.obj && x->u.named.obj == y->u.named.obj &&
             x->u.named.underlying == y->u.named.underlying;
    if (!ox || !oy || ox != oy || x->u.named.targ_count != y->u.named.targ_count)
      return false;
    for (int i = 0; i < x->u.named.targ_count; i++)
      if (!identical(x->u.named.targs[i], y->u.named.targs[i], tags, &pair))
        return false;
    return true;
  }
  case TY_TYPEPARAM:
    return false; /* distinct type parameters are distinct types */
  default:
    return false;
  }
}

bool types_identical(Type *x, Type *y) { return identical(x, y, true, NULL); }

bool types_identical_ignore_tags(Type *x, Type *y) {
  return identical(x, y, false, NULL);
}

/* ---- Comparability ---- */

static bool comparable_depth(Type *t, int depth) {
  if (depth > 64)
    return true;
  if (t->kind == TY_TYPEPARAM) {
    if (!t->u.tparam.constraint ||
        types_under(t->u.tparam.constraint)->kind == TY_INVALID)
      return true; /* unknown (unmodeled) constraint: assume the best */
    TypeSet *set = types_type_set(t->u.tparam.constraint);
    if (set->comparable)
      return true;
    if (set->all)
      return false;
    for (int i = 0; i < set->term_count; i++)
      if (!comparable_depth(set->terms[i].type, depth + 1))
        return false;
    return set->term_count > 0;
  }
  Type *u = types_under(t);
  switch (u->kind) {
  case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_UNTYPED_NIL:
    return false;
  case TY_ARRAY:
    return comparable_depth(u->u.array.elem, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < u->u.strct.field_count; i++)
      if (!comparable_depth(u->u.strct.fields[i]->type, depth + 1))
        return false;
    return true;
  case TY_TUPLE: case TY_UNION:
    return false;
  default:
    return true;
  }
}

bool types_comparable(Type *t) { return t && comparable_depth(t, 0); }

/* ---- Printing ---- */

static void print_type(StrBuf *out, Type *t, const Package *local, int depth);

static void print_tuple(StrBuf *out, Type *tuple, bool variadic,
                        const Package *local, int depth) {
  strbuf_puts(out, "(");
  for (int i = 0; tuple && i < tuple->u.tuple.count; i++) {
    Object *v = tuple->u.tuple.vars[i];
    if (i > 0)
      strbuf_puts(out, ", ");
    if (v->name && v->name[0]) {
      strbuf_puts(out, v->name);
      strbuf_puts(out, " ");
    }
    if (variadic && i == tuple->u.tuple.count - 1) {
      if (v->type && v->type->kind == TY_SLICE) {
        strbuf_puts(out, "...");
        print_type(out, v->type->u.slice.elem, local, depth + 1);
      } else {
        print_type(out, v->type, local, depth + 1);
        strbuf_puts(out, "...");
      }
    } else {
      print_type(out, v->type, local, depth + 1);
    }
  }
  strbuf_puts(out, ")");
}

static void print_tparams(StrBuf *out, Type **tparams, int count,
                          const Package *local, int depth) {
  strbuf_puts(out, "[");
  for (int i = 0; i < count; i++) {
    Type *tp = tparams[i];
    if (i > 0)
      strbuf_puts(out, ", ");
    strbuf_puts(out, tp->u.tparam.obj->name);
    /* Consecutive parameters with the same constraint print it once. */
    if (i + 1 < count && tparams[i + 1]->u.tparam.constraint == tp->u.tparam.constraint)
      continue;
    strbuf_puts(out, " ");
    print_type(out, tp->u.tparam.constraint, local, depth + 1);
  }
  strbuf_puts(out, "]");
}

static void print_signature(StrBuf *out, Type *sig, const Package *local,
                            int depth) {
  if (sig->u.func.tparam_count)
    print_tparams(out, sig->u.func.tparams, sig->u.func.tparam_count, local,
                  depth);
  print_tuple(out, sig->u.func.params, sig->u.func.variadic, local, depth);
  Type *res = sig->u.func.results;
  int n = res ? res->u.tuple.count : 0;
  if (n == 0)
    return;
  strbuf_puts(out, " ");
  if (n == 1 && (!res->u.tuple.vars[0]->name || !res->u.tuple.vars[0]->name[0])) {
    print_type(out, res->u.tuple.vars[0]->type, local, depth + 1);
    return;
  }
  print_tuple(out, res, false, local, depth);
}

static void print_object_name(StrBuf *out, const Object *obj,
                              const Package *local) {
  if (obj->pkg && obj->pkg != local && obj->pkg->name) {
    strbuf_puts(out, obj->pkg->name);
    strbuf_puts(out, ".");
  }
  strbuf_puts(out, obj->name);
}

static void print_type(StrBuf *out, Type *t, const Package *local, int depth) {
  if (!t) {
    strbuf_puts(out, "<nil>");
    return;
  }
  /* gc prints a type of any depth (fixedbugs/issue29312.go nests 253
   * slices); the bound is only a guard for the stack, as the parser's */
  if (depth > 2000) {
    strbuf_puts(out, "...");
    return;
  }
  switch (t->kind) {
  case TY_UNSAFE_POINTER:
    strbuf_puts(out, "unsafe.Pointer");
    return;
  case TY_POINTER:
    strbuf_puts(out, "*");
    print_type(out, t->u.pointer.elem, local, depth + 1);
    return;
  case TY_ARRAY:
    strbuf_printf(out, "[%lld]", (long long)t->u.array.len);
    print_type(out, t->u.array.elem, local, depth + 1);
    return;
  case TY_SLICE:
    strbuf_puts(out, "[]");
    print_type(out, t->u.slice.elem, local, depth + 1);
    return;
  case TY_MAP:
    strbuf_puts(out, "map[");
    print_type(out, t->u.map.key, local, depth + 1);
    strbuf_puts(out, "]");
    print_type(out, t->u.map.elem, local, depth + 1);
    return;
  case TY_CHAN: {
    Type *elem = t->u.chan.elem;
    bool parens = false;
    if (t->u.chan.dir == CHAN_SEND)
      strbuf_puts(out, "chan<- ");
    else if (t->u.chan.dir == CHAN_RECV)
      strbuf_puts(out, "<-chan ");
    else {
      strbuf_puts(out, "chan ");
      parens = elem && elem->kind == TY_CHAN && elem->u.chan.dir == CHAN_RECV;
    }
    if (parens)
      strbuf_puts(out, "(");
    print_type(out, elem, local, depth + 1);
    if (parens)
      strbuf_puts(out, ")");
    return;
  }
  case TY_FUNC:
    strbuf_puts(out, "func");
    print_signature(out, t, local, depth);
    return;
  case TY_TUPLE:
    print_tuple(out, t, false, local, depth);
    return;
  case TY_STRUCT:
    strbuf_puts(out, "struct{");
    for (int i = 0; i < t->u.strct.field_count; i++) {
      Object *f = t->u.strct.fields[i];
      if (i > 0)
        strbuf_puts(out, "; ");
      if (!f->u.var.embedded) {
        strbuf_puts(out, f->name);
        strbuf_puts(out, " ");
      }
      print_type(out, f->type, local, depth + 1);
      if (f->u.var.tag_length) {
        strbuf_puts(out, " ");
        value_quote(out, f->u.var.tag, f->u.var.tag_length);
      }
    }
    strbuf_puts(out, "}");
    return;
  case TY_INTERFACE: {
    if (t->u.iface.is_any) {
      strbuf_puts(out, "any");
      return;
    }
    if (t->u.iface.is_comparable) {
      strbuf_puts(out, "interface{comparable}");
      return;
    }
    if (t->u.iface.implicit && t->u.iface.method_count == 0 &&
        t->u.iface.embedded_count == 1) {
      print_type(out, t->u.iface.embedded[0], local, depth + 1);
      return;
    }
    strbuf_puts(out, "interface{");
    bool first = true;
    for (int i = 0; i < t->u.iface.method_count; i++) {
      Object *m = t->u.iface.methods[i];
      if (!first)
        strbuf_puts(out, "; ");
      first = false;
      strbuf_puts(out, m->name);
      if (m->type && m->type->kind == TY_FUNC)
        print_signature(out, m->type, local, depth + 1);
    }
    for (int i = 0; i < t->u.iface.embedded_count; i++) {
      if (!first)
        strbuf_puts(out, "; ");
      first = false;
      print_type(out, t->u.iface.embedded[i], local, depth + 1);
    }
    strbuf_puts(out, "}");
    return;
  }
  case TY_UNION:
    for (int i = 0; i < t->u.uni.count; i++) {
      if (i > 0)
        strbuf_puts(out, " | ");
      if (t->u.uni.terms[i].tilde)
        strbuf_puts(out, "~");
      print_type(out, t->u.uni.terms[i].type, local, depth + 1);
    }
    return;
  case TY_NAMED:
    print_object_name(out, t->u.named.obj, local);
    if (t->u.named.origin) {
      strbuf_puts(out, "[");
      for (int i = 0; i < t->u.named.targ_count; i++) {
        if (i > 0)
          strbuf_puts(out, ", ");
        print_type(out, t->u.named.targs[i], local, depth + 1);
      }
      strbuf_puts(out, "]");
    } else if (t->u.named.tparam_count) {
      print_tparams(out, t->u.named.tparams, t->u.named.tparam_count, local,
                    depth + 1);
    }
    return;
  case TY_TYPEPARAM:
    strbuf_puts(out, t->u.tparam.obj->name);
    return;
  default: /* basic types */
    strbuf_puts(out, t->u.basic.name);
    return;
  }
}

void types_print(StrBuf *out, Type *t, const Package *local) {
  print_type(out, t, local, 0);
}

const char *types_string(Type *t, const Package *local) {
  StrBuf buf = {NULL, 0, 0};
  print_type(&buf, t, local, 0);
  const char *s = types_strdup(buf.data ? buf.data : "", buf.length);
  strbuf_free(&buf);
  return s;
}

void types_print_signature(StrBuf *out, Type *sig, const Package *local) {
  print_signature(out, sig, local, 0);
}

/* ---- Printing as gc does ----
 *
 * gc prints types with its own printer, not types2's: spaced braces
 * ("struct {}", "interface { M() }"), signatures without parameter
 * names, an embedded field as its type alone, the methods of an
 * interface with those of the interfaces it embeds, exported first.  Its
 * symbols spell types a second way, the link string, where every name is
 * qualified by its package ("main.T", "struct { main.a int }"), byte and
 * any are uint8 and interface {}, and an embedded field named otherwise
 * than its type shows its name ("struct { Int = int }").  The two meet in
 * an interface: the name of an unexported method is a symbol, and from
 * it on gc writes the methods in link form ("interface { M(T);
 * main.m(main.T) }"). */

typedef struct GcPrinter {
  StrBuf *out;
  const TypesGcNamer *namer;
} GcPrinter;

static bool gc_print(GcPrinter *p, Type *t, TypesGcMode mode, int depth);

static bool gc_exported(const char *name) {
  return name[0] >= 'A' && name[0] <= 'Z';
}

const char *types_gc_prefix(const Package *pkg) {
  return pkg->name && strcmp(pkg->name, "main") == 0 ? "main" : pkg->path;
}

/* A name of package pkg with its qualifier: in link form always, for -m
 * unless it is the compiled package's. */
static void gc_qualified(GcPrinter *p, const Package *pkg, const char *name,
                         TypesGcMode mode) {
  if (pkg && mode == TYPES_GC_LINK)
    strbuf_printf(p->out, "%s.", types_gc_prefix(pkg));
  else if (pkg && pkg != p->namer->pkg)
    strbuf_printf(p->out, "%s.", pkg->name);
  strbuf_puts(p->out, name);
}

/* A type's name.  gc names a type declared in a body T·N; -m leaves the
 * number out, also at the end of a shape's name (the shape
 * "go.shape.func() main.Fn·3" prints "go.shape.func() main.Fn"; inside
 * brackets the number stays, "holder[main.Node·2]"). */
static void gc_name(GcPrinter *p, const char *name, TypesGcMode mode) {
  size_t n = strlen(name), digits = 0;
  while (digits < n && name[n - 1 - digits] >= '0' &&
         name[n - 1 - digits] <= '9')
    digits++;
  const char *dot = "\xc2\xb7"; /* U+00B7 */
  if (mode == TYPES_GC_GO && digits > 0 && n >= digits + 2 &&
      memcmp(name + n - digits - 2, dot, 2) == 0)
    n -= digits + 2;
  strbuf_append(p->out, name, n);
}

static bool gc_named(GcPrinter *p, Type *t, TypesGcMode mode, int depth) {
  const Object *obj = t->u.named.obj;
  if (!obj || (t->u.named.tparam_count > 0 && !t->u.named.origin))
    return false; /* a generic type itself */
  if (!obj->pkg) { /* error, shapes */
    gc_name(p, obj->name, mode);
    return true;
  }
  if (obj->parent != obj->pkg->scope &&
      (mode == TYPES_GC_LINK || t->u.named.origin))
    return false; /* declared in a body: its number is the caller's */
  gc_qualified(p, obj->pkg, obj->name, mode);
  if (!t->u.named.origin)
    return true;
  /* an instance: its type arguments in link form, Box[main.T,int] */
  for (int i = 0; i < t->u.named.targ_count; i++) {
    strbuf_puts(p->out, i ? "," : "[");
    if (!gc_print(p, t->u.named.targs[i], TYPES_GC_LINK, depth + 1))
      return false;
  }
  strbuf_puts(p->out, "]");
  return true;
}

/* (int, ...string): the types of a parameter list. */
static bool gc_params(GcPrinter *p, Type *tuple, bool variadic,
                      TypesGcMode mode, int depth) {
  strbuf_puts(p->out, "(");
  for (int i = 0; i < tuple->u.tuple.count; i++) {
    Type *pt = tuple->u.tuple.vars[i]->type;
    if (i > 0)
      strbuf_puts(p->out, ", ");
    if (variadic && i == tuple->u.tuple.count - 1) {
      if (!pt || pt->kind != TY_SLICE)
        return false;
      strbuf_puts(p->out, "...");
      pt = pt->u.slice.elem;
    }
    if (!gc_print(p, pt, mode, depth + 1))
      return false;
  }
  strbuf_puts(p->out, ")");
  return true;
}

/* (int, string) error: a signature after "func" or a method's name. */
static bool gc_signature(GcPrinter *p, Type *sig, TypesGcMode mode,
                         int depth) {
  if (!sig || sig->kind != TY_FUNC ||
      !gc_params(p, sig->u.func.params, sig->u.func.variadic, mode, depth))
    return false;
  Type *results = sig->u.func.results;
  if (results->u.tuple.count == 0)
    return true;
  strbuf_puts(p->out, " ");
  if (results->u.tuple.count == 1)
    return gc_print(p, results->u.tuple.vars[0]->type, mode, depth + 1);
  return gc_params(p, results, false, mode, depth);
}

/* One field of a struct.  For -m an embedded field is its type alone;
 * in link form its name shows where it is not its type's (an alias, an
 * instance, a predeclared type: "Int = int", "G = main.G[int]",
 * "main.int32 = int32"). */
static bool gc_field(GcPrinter *p, const Object *f, TypesGcMode mode,
                     int depth) {
  bool named = !f->u.var.embedded;
  if (f->u.var.embedded && mode == TYPES_GC_LINK) {
    Type *ft = f->type;
    if (ft && ft->kind == TY_POINTER)
      ft = ft->u.pointer.elem;
    const Object *tn = ft && ft->kind == TY_NAMED && !ft->u.named.origin
                           ? ft->u.named.obj
                           : NULL;
    named = !tn || strcmp(tn->name, f->name) != 0 ||
            (tn->pkg != f->pkg && !gc_exported(f->name));
  }
  if (named) {
    gc_qualified(p, gc_exported(f->name) ? NULL : f->pkg, f->name, mode);
    strbuf_puts(p->out, f->u.var.embedded ? " = " : " ");
  }
  if (!gc_print(p, f->type, mode, depth + 1))
    return false;
  if (f->u.var.tag_length) {
    strbuf_puts(p->out, " ");
    value_quote(p->out, f->u.var.tag, f->u.var.tag_length);
  }
  return true;
}

static bool gc_struct(GcPrinter *p, Type *t, TypesGcMode mode, int depth) {
  int n = t->u.strct.field_count;
  strbuf_puts(p->out, "struct {");
  for (int i = 0; i < n; i++) {
    strbuf_puts(p->out, i > 0 ? "; " : " ");
    if (!gc_field(p, t->u.strct.fields[i], mode, depth))
      return false;
  }
  strbuf_puts(p->out, n ? " }" : "}");
  return true;
}

/* gc's order of methods: exported first, then by name, then (unexported
 * ones) by package path. */
static int gc_method_order(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  if (gc_exported(x->name) != gc_exported(y->name))
    return gc_exported(x->name) ? -1 : 1;
  int c = strcmp(x->name, y->name);
  if (c != 0 || gc_exported(x->name) || !x->pkg || !y->pkg)
    return c;
  return strcmp(x->pkg->path, y->pkg->path);
}

static bool gc_interface(GcPrinter *p, Type *t, TypesGcMode mode,
                         int depth) {
  if (t->u.iface.is_any) {
    strbuf_puts(p->out, mode == TYPES_GC_GO ? "any" : "interface {}");
    return true;
  }
  TypeSet *set = types_type_set(t);
  int n = set->method_count;
  if (!set->all || set->comparable)
    return false; /* a constraint */
  if (n == 0) {
    strbuf_puts(p->out, "interface {}");
    return true;
  }
  Object **methods = xmalloc(sizeof *methods * (size_t)n);
  memcpy(methods, set->methods, sizeof *methods * (size_t)n);
  qsort(methods, (size_t)n, sizeof *methods, gc_method_order);
  bool ok = true;
  strbuf_puts(p->out, "interface {");
  for (int i = 0; i < n && ok; i++) {
    const Object *m = methods[i];
    strbuf_puts(p->out, i > 0 ? "; " : " ");
    if (gc_exported(m->name)) {
      strbuf_puts(p->out, m->name);
    } else if (m->pkg) {
      mode = TYPES_GC_LINK; /* a symbol: link form from here on */
      gc_qualified(p, m->pkg, m->name, mode);
    } else {
      ok = false;
    }
    ok = ok && gc_signature(p, m->type, mode, depth);
  }
  strbuf_puts(p->out, " }");
  free(methods);
  return ok;
}

static bool gc_print(GcPrinter *p, Type *t, TypesGcMode mode, int depth) {
  if (!t || depth > 100)
    return false;
  if ((t->kind == TY_NAMED || t->kind == TY_TYPEPARAM) && p->namer->name) {
    const char *name = p->namer->name(p->namer->data, t, mode);
    if (name) {
      gc_name(p, name, mode);
      return name[0] != '\0';
    }
  }
  switch (t->kind) {
  case TY_NAMED:
    return gc_named(p, t, mode, depth);
  case TY_POINTER:
    strbuf_puts(p->out, "*");
    return gc_print(p, t->u.pointer.elem, mode, depth + 1);
  case TY_SLICE:
    strbuf_puts(p->out, "[]");
    return gc_print(p, t->u.slice.elem, mode, depth + 1);
  case TY_ARRAY:
    strbuf_printf(p->out, "[%lld]", (long long)t->u.array.len);
    return gc_print(p, t->u.array.elem, mode, depth + 1);
  case TY_MAP:
    strbuf_puts(p->out, "map[");
    if (!gc_print(p, t->u.map.key, mode, depth + 1))
      return false;
    strbuf_puts(p->out, "]");
    return gc_print(p, t->u.map.elem, mode, depth + 1);
  case TY_CHAN: {
    Type *e = t->u.chan.elem;
    bool parens = t->u.chan.dir == CHAN_BOTH && e && e->kind == TY_CHAN &&
                  e->u.chan.dir == CHAN_RECV;
    strbuf_puts(p->out, t->u.chan.dir == CHAN_RECV   ? "<-chan "
                        : t->u.chan.dir == CHAN_SEND ? "chan<- "
                        : parens                     ? "chan ("
                                                     : "chan ");
    if (!gc_print(p, e, mode, depth + 1))
      return false;
    strbuf_puts(p->out, parens ? ")" : "");
    return true;
  }
  case TY_FUNC:
    if (t->u.func.recv || t->u.func.tparam_count > 0)
      return false;
    strbuf_puts(p->out, "func");
    return gc_signature(p, t, mode, depth);
  case TY_STRUCT:
    return gc_struct(p, t, mode, depth);
  case TY_INTERFACE:
    return gc_interface(p, t, mode, depth);
  case TY_UNSAFE_POINTER:
    strbuf_puts(p->out, "unsafe.Pointer");
    return true;
  default:
    if (t->kind < TY_BOOL || t->kind > TY_STRING)
      return false; /* type parameters, untyped and invalid types */
    /* byte and rune are uint8 and int32 in link form */
    strbuf_puts(p->out, mode == TYPES_GC_GO ? t->u.basic.name
                                            : types_basic[t->kind]->u.basic.name);
    return true;
  }
}

bool types_print_gc(StrBuf *out, Type *t, TypesGcMode mode,
                    const TypesGcNamer *namer) {
  GcPrinter p = {out, namer};
  return gc_print(&p, t, mode, 0);
}

bool types_print_gc_signature(StrBuf *out, Type *sig, TypesGcMode mode,
                              const TypesGcNamer *namer) {
  GcPrinter p = {out, namer};
  strbuf_puts(out, "func");
  return gc_signature(&p, sig, mode, 0);
}

const char *types_composite_kind(Type *t) {
  switch (types_under(t)->kind) {
  case TY_ARRAY: return "array";
  case TY_SLICE: return "slice";
  case TY_STRUCT: return "struct";
  case TY_POINTER: return "pointer";
  case TY_FUNC: return "func";
  case TY_INTERFACE: return "interface";
  case TY_MAP: return "map";
  case TY_CHAN: return "chan";
  case TY_TUPLE: return "tuple";
  case TY_UNION: return "union";
  default: return "";
  }
}

/* ---- Layout (gc, linux/amd64) ---- */

enum { WORD = 8, MAX_ALIGN = 8 };

static int64_t round_up(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

/* The sync/atomic align64 marker: an empty struct gc aligns to 8 bytes. */
static bool is_align64(Type *t) {
  if (t->kind != TY_NAMED || strcmp(t->u.named.obj->name, "align64") != 0)
    return false;
  const Package *p = t->u.named.obj->pkg;
  return p && (strcmp(p->path, "sync/atomic") == 0 ||
               strcmp(p->path, "internal/runtime/atomic") == 0);
}

static void layout(Type *t);

static void set_layout(Type *t, int64_t size, int32_t align, bool ptrs) {
  t->size = size;
  t->align = align;
  t->has_pointers = ptrs;
}

static void layout_struct(Type *t) {
  int64_t offset = 0;
  int32_t align = 1;
  bool ptrs = false, too_large = false;
  int n = t->u.strct.field_count;
  for (int i = 0; i < n; i++) {
    Object *f = t->u.strct.fields[i];
    layout(f->type);
    int32_t a = f->type->align;
    if (a > align)
      align = a;
    if (f->type->has_pointers)
      ptrs = true;
    if (too_large || f->type->size == TYPES_TOO_LARGE) {
      f->u.var.offset = TYPES_TOO_LARGE;
      too_large = true;
      continue;
    }
    offset = round_up(offset, a);
    f->u.var.offset = offset;
    if (f->type->size > INT64_MAX - offset - 8) {
      too_large = true; /* the next offset would not fit in an int64 */
      continue;
    }
    offset += f->type->size;
  }
  if (too_large) {
    set_layout(t, TYPES_TOO_LARGE, align, ptrs);
    return;
  }
  /* A trailing zero-size field of a non-empty struct gets one byte, so
   * that its address stays inside the object (gc issue 9401). */
  if (offset > 0 && n > 0 && t->u.strct.fields[n - 1]->type->size == 0)
    offset++;
  set_layout(t, round_up(offset, align), align, ptrs);
}

static void layout(Type *t) {
  if (t->size >= 0 || t->size == TYPES_TOO_LARGE)
    return;
  if (t->layout_busy) {
    /* An invalid recursive type: the checker has reported it. */
    set_layout(t, 0, 1, false);
    return;
  }
  t->layout_busy = true;
  switch (t->kind) {
  case TY_BOOL: case TY_INT8: case TY_UINT8:
    set_layout(t, 1, 1, false);
    break;
  case TY_INT16: case TY_UINT16:
    set_layout(t, 2, 2, false);
    break;
  case TY_INT32: case TY_UINT32: case TY_FLOAT32:
    set_layout(t, 4, 4, false);
    break;
  case TY_INT: case TY_UINT: case TY_INT64: case TY_UINT64: case TY_UINTPTR:
  case TY_FLOAT64:
    set_layout(t, 8, 8, false);
    break;
  case TY_COMPLEX64:
    set_layout(t, 8, 4, false);
    break;
  case TY_COMPLEX128:
    set_layout(t, 16, 8, false);
    break;
  case TY_STRING:
    set_layout(t, 2 * WORD, WORD, true);
    break;
  case TY_UNSAFE_POINTER: case TY_POINTER: case TY_MAP: case TY_CHAN:
  case TY_FUNC:
    set_layout(t, WORD, WORD, true);
    break;
  case TY_SLICE:
    set_layout(t, 3 * WORD, WORD, true);
    break;
  case TY_INTERFACE:
    set_layout(t, 2 * WORD, WORD, true);
    break;
  case TY_ARRAY: {
    Type *e = t->u.array.elem;
    layout(e);
    int64_t len = t->u.array.len < 0 ? 0 : t->u.array.len;
    bool ptrs = len > 0 && e->has_pointers;
    if (len > 0 && (e->size == TYPES_TOO_LARGE ||
                    (e->size > 0 && len > (INT64_MAX - 8) / e->size)))
      set_layout(t, TYPES_TOO_LARGE, e->align, ptrs); /* beyond an int64 */
    else
      set_layout(t, e->size * len, e->align, ptrs);
    break;
  }
  case TY_STRUCT:
    layout_struct(t);
    break;
  case TY_NAMED: {
    Type *u = types_under(t);
    layout(u);
    set_layout(t, u->size, u->align, u->has_pointers);
    if (is_align64(t))
      t->align = 8;
    break;
  }
  case TY_TYPEPARAM: /* no layout until instantiated: treat as a word */
  default:
    set_layout(t, WORD, WORD, true);
    break;
  }
  if (t->align > MAX_ALIGN)
    t->align = MAX_ALIGN;
  t->layout_busy = false;
}

int64_t types_sizeof(Type *t) {
  layout(t);
  return t->size;
}

int64_t types_alignof(Type *t) {
  layout(t);
  return t->align;
}

bool types_has_pointers(Type *t) {
  layout(t);
  return t->has_pointers;
}

int64_t types_offsetof(Type *struct_type, int field_index) {
  Type *u = types_under(struct_type);
  layout(u);
  /* An instance's struct shares the fields whose types did not change
   * with the generic struct and the other instances (check_subst), and
   * the offset kept in a shared field is that of the struct laid out
   * last: lay this one out again. */
  layout_struct(u);
  return u->u.strct.fields[field_index]->u.var.offset;
}

/* ---- Scopes ---- */

Scope *types_new_scope(Scope *parent, const char *comment) {
  Scope *s = types_alloc(sizeof *s);
  s->parent = parent;
  s->comment = comment;
  return s;
}

/* By the name's address, and a slot holds the name beside its object:
 * names interned one after another (the lexer meets a group of
 * declarations together) get neighbouring slots, and a probe compares
 * without reading the object, so the lookups of a big package's scope
 * stay in a few cache lines.  One slot per 8 bytes, the alignment of
 * interned strings. */
static size_t hash_name(const char *name, int size) {
  return (size_t)((uintptr_t)name >> 3) & (size_t)(size - 1);
}

static void table_put(ScopeSlot *table, int size, Object *obj) {
  size_t i = hash_name(obj->name, size);
  while (table[i].name)
    i = (i + 1) & (size_t)(size - 1);
  table[i].name = obj->name;
  table[i].obj = obj;
}

static void rebuild_table(Scope *s) {
  int size = s->table_size ? s->table_size * 2 : 32;
  while (size < s->count * 2)
    size *= 2;
  s->table = types_alloc(sizeof *s->table * (size_t)size);
  s->table_size = size;
  for (int i = 0; i < s->count; i++)
    table_put(s->table, size, s->objects[i]);
}

Object *types_scope_lookup(const Scope *scope, const char *name) {
  if (scope->table) {
    size_t i = hash_name(name, scope->table_size);
    while (scope->table[i].name) {
      if (scope->table[i].name == name)
        return scope->table[i].obj;
      i = (i + 1) & (size_t)(scope->table_size - 1);
    }
    return NULL;
  }
  for (int i = 0; i < scope->count; i++)
    if (scope->objects[i]->name == name)
      return scope->objects[i];
  return NULL;
}

Object *types_scope_insert(Scope *scope, Object *obj) {
  if (!obj->name || strcmp(obj->name, "_") == 0)
    return NULL;
  Object *old = types_scope_lookup(scope, obj->name);
  if (old)
    return old;
  scope->objects = grow_array(scope->objects, scope->count, &scope->capacity,
                              sizeof(Object *));
  scope->objects[scope->count++] = obj;
  if (!obj->parent)
    obj->parent = scope;
  if (scope->table) {
    if (scope->count * 2 > scope->table_size)
      rebuild_table(scope);
    else
      table_put(scope->table, scope->table_size, obj);
  } else if (scope->count > 8) {
    rebuild_table(scope);
  }
  return NULL;
}

Object *types_scope_lookup_parent(const Scope *scope, const char *name,
                                  Scope **found_in) {
  for (const Scope *s = scope; s; s = s->parent) {
    Object *obj = types_scope_lookup(s, name);
    if (obj) {
      if (found_in)
        *found_in = (Scope *)s;
      return obj;
    }
  }
  return NULL;
}

Type *types_selection_holder(Type *t, const Selection *s) {
  for (int i = 0; t && i < s->depth - 1; i++) {
    Type *u = types_under(t);
    if (u && u->kind == TY_POINTER)
      u = types_under(u->u.pointer.elem);
    if (!u || u->kind != TY_STRUCT || s->path[i] >= u->u.strct.field_count)
      return NULL;
    t = u->u.strct.fields[s->path[i]]->type;
  }
  return t;
}
