/*
 * check_type.c — type expressions, declarations, lookup, generics.
 *
 * needs: the checker's scopes;  produces: Types for type expressions,
 * named types with their methods, field and method lookup, interface
 * satisfaction, and instances of generic types and functions.
 *
 * Type declarations.  `type T U` creates the Named type first and only then
 * checks U, so that U may refer to T through a pointer, slice, map, chan or
 * func (`type List struct{ next *List }`).  A type that contains itself by
 * value (`type T struct{ t T }`) is found afterwards by check_valid_types,
 * which walks struct fields and array elements of every named type.
 *
 * Lookup.  x.f searches breadth-first: the fields and methods of x's type at
 * depth 0, then those of its embedded fields at depth 1, and so on; the
 * first depth with a match decides, and two matches at that depth make the
 * selector ambiguous.  Named types are visited once (embedding cycles).
 *
 * Generics.  A generic type or function has type parameters (TY_TYPEPARAM)
 * bound by constraint interfaces.  Instantiation substitutes type arguments
 * for parameters (check_subst rebuilds only the parts that change) and
 * checks each argument against its constraint's type set.  Instances of a
 * generic type are cached, so `List[int]` is one Type wherever it appears,
 * and their underlying types are substituted lazily (types_under calls
 * check_expand_instance), which lets a generic type refer to itself.
 * Type inference (in check_expr.c) unifies parameter types with argument
 * types using check_unify below.
 */
#include "types.h"

#include <stdlib.h>
#include <string.h>


typedef enum VerifyKind {
  VERIFY_TARGS,    /* type arguments satisfy their constraints */
  VERIFY_MAP_KEY,  /* a map key type is comparable */
  VERIFY_EMBEDDED, /* an embedded field is not a pointer to a pointer/iface */
} VerifyKind;

typedef struct Verify {
  VerifyKind kind;
  Node *at;
  const Source *source;
  Type **tparams;
  Type **targs;     /* VERIFY_MAP_KEY, VERIFY_EMBEDDED: targs[0] the type */
  int count;
} Verify;

static void queue_type_check(Checker *c, VerifyKind kind, Node *at, Type *t);
static void report_type_cycle(Checker *c, Object *start);

static bool is_exported(const char *name) {
  return name[0] >= 'A' && name[0] <= 'Z';
}

/* ---- Type expressions ---- */

static Type *record_type(Checker *c, Node *expr, Type *t) {
  expr->type = t;
  ExprInfo *info = check_record(c, expr);
  info->mode = MODE_TYPEXPR;
  return t;
}

static Type *array_length_type(Checker *c, Node *len_expr, Type *elem) {
  Operand x;
  memset(&x, 0, sizeof x);
  /* An undefined name as length gets gc's special wording. */
  if (len_expr->kind == ND_NAME) {
    Object *obj = types_scope_lookup_parent(c->scope, len_expr->u.name.name, NULL);
    if (!obj) {
      check_errorf(c, len_expr, "undefined array length %s or missing type constraint",
                   len_expr->u.name.name);
      return types_new_array(elem, 0);
    }
    if (obj->kind != OBJ_CONST) {
      /* Not evaluated (so not a use): gc's early answer. */
      check_errorf(c, len_expr, "invalid array length %s", len_expr->u.name.name);
      return types_new_array(elem, 0);
    }
  }
  check_expr(c, &x, len_expr);
  if (x.mode == MODE_INVALID)
    return types_new_array(elem, 0);
  if (x.mode != MODE_CONSTANT) {
    if (x.mode != MODE_INVALID)
      check_errorf(c, len_expr, "invalid array length %s",
                   check_expr_string(len_expr));
    return types_new_array(elem, 0);
  }
  if (types_is_untyped(x.type) || types_is_integer(x.type)) {
    const Value *v = value_to_int(x.value);
    int64_t n;
    if (v && value_get_int64(v, &n) && n >= 0) {
      if (types_is_untyped(x.type))
        check_convert_untyped(c, &x, types_basic[TY_INT]);
      return types_new_array(elem, n);
    }
    if (v && !value_sign_negative(v)) {
      check_errorf(c, len_expr, "invalid array length %s", check_operand_string(c, &x));
      return types_new_array(elem, 0);
    }
  }
  if (types_is_integer(x.type) || (types_is_untyped(x.type) && value_is_int(x.value)))
    check_errorf(c, len_expr, "invalid array length %s", check_operand_string(c, &x));
  else
    check_errorf(c, len_expr, "array length %s must be integer",
                 check_operand_string(c, &x));
  return types_new_array(elem, 0);
}

static Type *struct_type(Checker *c, Node *expr);
static Type *interface_type(Checker *c, Node *expr, Object *def);
static Type *instance_type(Checker *c, Node *expr);

/* Check that map keys are comparable, once the key type is complete. */
static void check_map_key(Checker *c, Node *key_expr, Type *key) {
  if (key->kind == TY_TYPEPARAM) {
    if (!types_comparable(key))
      check_errorf(c, key_expr, "invalid map key type %s (missing comparable constraint)",
                   check_type_string(c, key));
    return;
  }
  Type *u = types_under(key);
  if (u->kind == TY_INVALID)
    return;
  if (!types_comparable(key))
    check_errorf(c, key_expr, "invalid map key type %s", check_type_string(c, key));
}

static void check_embedded_field(Checker *c, Node *at, Type *t) {
  Type *base = t;
  bool ptr = false;
  if (base->kind == TY_POINTER) {
    ptr = true;
    base = base->u.pointer.elem;
  }
  Type *ub = types_under(base);
  if (base->kind == TY_TYPEPARAM)
    check_errorf(c, at, "embedded field type cannot be a (pointer to a) type parameter");
  else if (ub->kind == TY_POINTER)
    check_errorf(c, at, "embedded field type cannot be a pointer");
  else if (ptr && ub->kind == TY_INTERFACE)
    check_errorf(c, at, "embedded field type cannot be a pointer to an interface");
  else if (base->kind == TY_UNSAFE_POINTER || ub->kind == TY_UNSAFE_POINTER)
    check_errorf(c, at, "embedded field type cannot be unsafe.Pointer");
}

static Type *type_internal(Checker *c, Node *e) {
  switch (e->kind) {
  case ND_BAD:
    return types_invalid;
  case ND_NAME: {
    const char *name = e->u.name.name;
    Scope *found = NULL;
    Object *obj = types_scope_lookup_parent(c->scope, name, &found);
    if (obj)
      check_note_use(c, obj, found);
    if (!obj) {
      if (strcmp(name, "_") == 0)
        check_errorf(c, e, "cannot use _ as value or type");
      else if (!check_fake_dot_import(c))
        check_errorf(c, e, "undefined: %s", name);
      return types_invalid;
    }
    e->u.name.object = obj;
    if (obj->kind != OBJ_TYPE) {
      static const char *var_kinds[] = {
          "local variable", "package-level variable", "parameter",
          "result variable", "receiver", "struct field"};
      const char *what = "object";
      switch (obj->kind) {
      case OBJ_VAR: what = var_kinds[obj->u.var.var_kind]; obj->used = true; break;
      case OBJ_CONST: what = "constant"; break;
      case OBJ_FUNC:
        what = obj->u.func.decl && obj->u.func.decl->u.func_decl.recv ? "method" : "function";
        break;
      case OBJ_PKGNAME: what = "package name"; break;
      case OBJ_BUILTIN: what = "built-in"; break;
      case OBJ_NIL: what = "untyped nil"; break;
      default: break;
      }
      if (obj->kind == OBJ_PKGNAME)
        check_errorf(c, e, "use of package %s not in selector", obj->name);
      else
        check_errorf(c, e, "%s (%s) is not a type", name, what);
      return types_invalid;
    }
    if (!obj->type || (obj->decl && obj->pkg == c->pkg))
      check_object_decl(c, obj);
    if (!obj->type)
      return types_invalid;
    Type *t = obj->type;
    if (obj->u.type_name.tparam_count > 0) {
      check_errorf(c, e, "cannot use generic type %s without instantiation", name);
      return types_invalid;
    }
    if (t->kind == TY_NAMED && t->u.named.tparam_count > 0 && !t->u.named.origin) {
      check_errorf(c, e, "cannot use generic type %s without instantiation",
                   check_type_string(c, t));
      return types_invalid;
    }
    return t;
  }
  case ND_SELECTOR: {
    Node *x = e->u.selector.x;
    const char *sel = e->u.selector.sel->u.name.name;
    if (x->kind == ND_NAME) {
      Object *obj = types_scope_lookup_parent(c->scope, x->u.name.name, NULL);
      if (!obj) {
        if (!check_fake_dot_import(c))
          check_errorf(c, x, "undefined: %s", x->u.name.name);
        return types_invalid;
      }
      if (obj && obj->kind == OBJ_PKGNAME) {
        x->u.name.object = obj;
        obj->used = true;
        Package *p = obj->u.pkgname.imported;
        if (p->fake)
          return types_invalid;
        Object *m = types_scope_lookup(p->scope, intern(sel, strlen(sel)));
        if (!m || !is_exported(sel)) {
          if (m && !is_exported(sel))
            check_errorf(c, e->u.selector.sel, "name %s not exported by package %s",
                         sel, p->name);
          else
            check_errorf(c, e->u.selector.sel, "undefined: %s.%s", x->u.name.name, sel);
          return types_invalid;
        }
        e->u.selector.sel->u.name.object = m;
        if (m->kind != OBJ_TYPE) {
          check_errorf(c, e->u.selector.sel, "%s.%s is not a type", x->u.name.name, sel);
          return types_invalid;
        }
        check_note_qualified(c, p, m, e);
        return m->type ? m->type : types_invalid;
      }
    }
    check_errorf(c, e, "%s is not a type", check_expr_string(e));
    return types_invalid;
  }
  case ND_PAREN:
    return check_type_expr(c, e->u.paren.x);
  case ND_UNARY:
    if (e->u.unary.op == TK_MUL)
      return types_new_pointer(check_type_expr(c, e->u.unary.x));
    break;
  case ND_ARRAY_TYPE: {
    if (!e->u.array.len) /* [...]T outside a literal */
      break;
    if (e->u.array.len->kind == ND_ELLIPSIS) {
      check_errorf(c, e, "invalid use of [...] array (outside a composite literal)");
      check_type_expr(c, e->u.array.elem);
      return types_invalid;
    }
    Type *elem = check_type_expr(c, e->u.array.elem);
    return array_length_type(c, e->u.array.len, elem);
  }
  case ND_SLICE_TYPE:
    return types_new_slice(check_type_expr(c, e->u.slice_type.elem));
  case ND_MAP_TYPE: {
    Type *key = check_type_expr(c, e->u.map_type.key);
    Type *val = check_type_expr(c, e->u.map_type.value);
    Type *m = types_new_map(key, val);
    /* Keys of a type still being declared are checked later (their
     * underlying type may not be known yet). */
    queue_type_check(c, VERIFY_MAP_KEY, e->u.map_type.key, key);
    return m;
  }
  case ND_CHAN_TYPE:
    return types_new_chan(check_type_expr(c, e->u.chan_type.elem),
                          e->u.chan_type.dir);
  case ND_FUNC_TYPE:
    return check_signature(c, NULL, NULL, e, NULL);
  case ND_STRUCT_TYPE:
    return struct_type(c, e);
  case ND_INTERFACE_TYPE:
    return interface_type(c, e, NULL);
  case ND_INDEX:
    return instance_type(c, e);
  case ND_ELLIPSIS:
    break;
  default:
    break;
  }
  /* Not a type: say what it is, as types2 does. */
  Operand x;
  memset(&x, 0, sizeof x);
  check_expr_or_type(c, &x, e);
  if (x.mode == MODE_TYPEXPR)
    return x.type;
  if (x.mode != MODE_INVALID)
    check_errorf(c, e, "%s is not a type", check_expr_string(e));
  return types_invalid;
}

Type *check_type_expr(Checker *c, Node *expr) {
  Type *t = type_internal(c, expr);
  return record_type(c, expr, t ? t : types_invalid);
}

/* A type expression where a generic type without arguments is allowed
 * (the receiver base of a method, or while instantiating). */
Type *check_generic_type(Checker *c, Node *expr, Object *for_decl) {
  (void)for_decl;
  if (expr->kind == ND_NAME) {
    Object *obj = types_scope_lookup_parent(c->scope, expr->u.name.name, NULL);
    if (obj && obj->kind == OBJ_TYPE) {
      expr->u.name.object = obj;
      check_object_decl(c, obj);
      return record_type(c, expr, obj->type ? obj->type : types_invalid);
    }
  }
  if (expr->kind == ND_SELECTOR) {
    Type *t = type_internal(c, expr);
    return record_type(c, expr, t);
  }
  return check_type_expr(c, expr);
}

static const char *field_name_of(Node *type_expr) {
  Node *t = type_expr;
  while (t && (t->kind == ND_PAREN))
    t = t->u.paren.x;
  if (t && t->kind == ND_UNARY && t->u.unary.op == TK_MUL)
    t = t->u.unary.x;
  if (t && t->kind == ND_INDEX)
    t = t->u.index.x;
  if (t && t->kind == ND_NAME)
    return t->u.name.name;
  if (t && t->kind == ND_SELECTOR)
    return t->u.selector.sel->u.name.name;
  return "?";
}

/* A field's tag, decoded, and its length (NULL, 0 without one). */
static const char *tag_value(Node *tag, size_t *len) {
  *len = 0;
  if (!tag)
    return NULL;
  Arena scratch;
  arena_init(&scratch);
  char *s = lex_string_value(&scratch, tag->u.lit.text, tag->u.lit.length, len);
  const char *r = types_strdup(s, *len);
  arena_free(&scratch);
  return r;
}

static Type *struct_type(Checker *c, Node *expr) {
  Object **fields = NULL;
  int count = 0, capacity = 0;
  bool defined = expr == c->defining;
  c->defining = NULL; /* a struct inside it is unnamed */
  bool embeds = false;
  Scope *names = types_new_scope(NULL, "struct");
  for (Node *f = expr->u.struct_type.fields; f; f = f->next) {
    Type *t = check_type_expr(c, f->u.field.type);
    size_t tag_length;
    const char *tag = tag_value(f->u.field.tag, &tag_length);
    if (!f->u.field.names) {
      /* Embedded field: T, *T, pkg.T, T[args]. */
      const char *n = field_name_of(f->u.field.type);
      Object *field = types_new_field(intern(n, strlen(n)), t, c->pkg, true, tag,
                                      tag_length);
      field->u.var.var_kind = VAR_FIELD;
      field->source = c->source;
      field->pos = node_start(f->u.field.type);
      /* Checked once every declaration is complete: the embedded type may
       * be the one being declared (type T *struct{ T }). */
      queue_type_check(c, VERIFY_EMBEDDED, f->u.field.type, t);
      embeds = true;
      Object *old = types_scope_insert(names, field);
      if (old)
        check_errorf(c, f->u.field.type, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                     n, c->source ? c->source->path : "", (int)old->pos.line,
                     (int)old->pos.col, n);
      PUSH(fields, count, capacity, field);
      continue;
    }
    for (Node *n = f->u.field.names; n; n = n->next) {
      Object *field = types_new_field(n->u.name.name, t, c->pkg, false, tag,
                                      tag_length);
      field->u.var.var_kind = VAR_FIELD;
      field->source = c->source;
      field->pos = n->pos;
      field->ident = n;
      n->u.name.object = field;
      Object *old = types_scope_insert(names, field);
      if (old)
        check_errorf(c, n, "%s redeclared\n\t%s:%d:%d: other declaration of %s",
                     n->u.name.name, c->source ? c->source->path : "",
                     (int)old->pos.line, (int)old->pos.col, n->u.name.name);
      PUSH(fields, count, capacity, field);
    }
  }
  Type *st = types_new_struct(fields, count);
  if (embeds && !defined && !c->in_model) {
    EmbeddingStruct es = {st, c->source, expr->pos};
    PUSH(c->pkg->embedding_structs, c->pkg->embedding_struct_count,
         c->pkg->embedding_struct_capacity, es);
  }
  return st;
}

/* A constraint or interface element: T, ~T, A | B. */
static void union_terms(Checker *c, Node *e, Term **terms, int *count,
                        int *capacity) {
  if (e->kind == ND_BINARY && e->u.binary.op == TK_OR) {
    union_terms(c, e->u.binary.x, terms, count, capacity);
    union_terms(c, e->u.binary.y, terms, count, capacity);
    return;
  }
  Term term;
  term.tilde = false;
  Node *te = e;
  if (e->kind == ND_UNARY && e->u.unary.op == TK_TILDE) {
    term.tilde = true;
    te = e->u.unary.x;
  }
  term.type = check_type_expr(c, te);
  if (term.tilde && term.type->kind != TY_INVALID &&
      !types_identical(term.type, types_under(term.type))) {
    check_errorf(c, e, "invalid use of ~ (underlying type of %s is %s)",
                 check_type_string(c, term.type),
                 check_type_string(c, types_under(term.type)));
    term.tilde = false;
  }
  e->type = term.type;
  PUSH(*terms, *count, *capacity, term);
}

static Type *constraint_element(Checker *c, Node *e) {
  if ((e->kind == ND_BINARY && e->u.binary.op == TK_OR) ||
      (e->kind == ND_UNARY && e->u.unary.op == TK_TILDE)) {
    Term *terms = NULL;
    int count = 0, capacity = 0;
    union_terms(c, e, &terms, &count, &capacity);
    Type *u = types_new_union(terms, count);
    e->type = u;
    return u;
  }
  return check_type_expr(c, e);
}

static int compare_method_ids(const Object *a, const Object *b) {
  char ida[512], idb[512];
  snprintf(ida, sizeof ida, "%s%s%s", is_exported(a->name) || !a->pkg ? "" : a->pkg->path,
           is_exported(a->name) || !a->pkg ? "" : ".", a->name);
  snprintf(idb, sizeof idb, "%s%s%s", is_exported(b->name) || !b->pkg ? "" : b->pkg->path,
           is_exported(b->name) || !b->pkg ? "" : ".", b->name);
  return strcmp(ida, idb);
}

static Type *interface_type(Checker *c, Node *expr, Object *def) {
  Object **methods = NULL;
  int mcount = 0, mcap = 0;
  Type **embedded = NULL;
  int ecount = 0, ecap = 0;
  Type *iface = types_new_interface(NULL, 0, NULL, 0);
  expr->type = iface;
  for (Node *f = expr->u.interface_type.elems; f; f = f->next) {
    if (f->u.field.names) {
      Node *n = f->u.field.names;
      Type *sig = check_signature(c, NULL, NULL, f->u.field.type, NULL);
      Object *m = types_new_object(OBJ_FUNC, n->u.name.name, sig, c->pkg,
                                   c->source, n->pos);
      m->ident = n;
      n->u.name.object = m;
      sig->u.func.recv = types_new_var(intern("", 0), iface, c->pkg);
      bool dup = false;
      for (int i = 0; i < mcount; i++)
        if (methods[i]->name == m->name) {
          check_errorf(c, n, "duplicate method %s\n\t%s:%d:%d: other declaration of method %s",
                       m->name, c->source->path, (int)methods[i]->pos.line,
                       (int)methods[i]->pos.col, m->name);
          dup = true;
        }
      if (!dup)
        PUSH(methods, mcount, mcap, m);
      continue;
    }
    if (def && def->decl)
      def->decl->in_embedding = true;
    Type *t = constraint_element(c, f->u.field.type);
    if (def && def->decl)
      def->decl->in_embedding = false;
    if (t->kind == TY_NAMED && !t->u.named.underlying && !t->u.named.origin &&
        t->u.named.obj->decl && t->u.named.obj->decl->in_embedding) {
      /* Interfaces embedding each other in a circle. */
      report_type_cycle(c, t->u.named.obj);
      t = types_invalid;
    }
    PUSH(embedded, ecount, ecap, t);
  }
  /* types2 keeps an interface's methods sorted by their Id (the name;
   * unexported names qualified by the package path), and prints them so. */
  for (int i = 1; i < mcount; i++) {
    Object *m = methods[i];
    int j = i - 1;
    while (j >= 0 && compare_method_ids(methods[j], m) > 0) {
      methods[j + 1] = methods[j];
      j--;
    }
    methods[j + 1] = m;
  }
  iface->u.iface.methods = methods;
  iface->u.iface.method_count = mcount;
  iface->u.iface.embedded = embedded;
  iface->u.iface.embedded_count = ecount;
  return iface;
}

/* ---- Type declarations ---- */

/* "invalid recursive type" for the cycle on the declaration path that
 * starts at `start` (types2's wording and layout). */
static void report_type_cycle(Checker *c, Object *start) {
  int i = c->path_len - 1;
  while (i >= 0 && c->path[i] != start)
    i--;
  if (i < 0)
    i = c->path_len - 1;
  Object *first = c->path[i];
  /* types2 starts the cycle at its first object in source order. */
  int first_index = i;
  for (int k = i; k < c->path_len; k++)
    if (c->path[k]->order < first->order) {
      first = c->path[k];
      first_index = k;
    }
  int len = c->path_len - i;
  StrBuf buf = {NULL, 0, 0};
  if (len == 1) {
    strbuf_printf(&buf, "invalid recursive type: %s refers to itself", first->name);
  } else {
    strbuf_printf(&buf, "invalid recursive type %s", first->name);
    for (int k = 0; k < len; k++) {
      Object *cur = c->path[i + (first_index - i + k) % len];
      Object *next = c->path[i + (first_index - i + k + 1) % len];
      strbuf_printf(&buf, "\n\t%s:%d:%d: %s refers to %s",
                    cur->source ? cur->source->path : "", (int)cur->pos.line,
                    (int)cur->pos.col, cur->name, next->name);
    }
  }
  const Source *saved = c->source;
  c->source = first->source;
  check_errorf_pos(c, first->pos, "%s", buf.data);
  c->source = saved;
  strbuf_free(&buf);
}

static void collect_type_params(Checker *c, Node *list, Type ***out,
                                int *count_out, Scope *scope);

/* The end of a chain of defined types declared by names (type T4 T5;
 * type T5 T6; type T6 T3): the first one whose underlying type is not
 * another defined type, or is not known yet because its declaration is
 * in progress (T3 struct { Next *T4 }, being declared). */
static Type *declared_end(Type *t) {
  for (int depth = 0; depth < 100; depth++) {
    Type *u = t->u.named.underlying;
    if (t->u.named.origin || !u || u->kind != TY_NAMED)
      return t;
    t = u;
  }
  return t;
}

void check_type_decl(Checker *c, Object *obj, Node *spec) {
  Node *type_expr = spec->u.type_spec.type;
  if (spec->u.type_spec.alias) {
    if (spec->u.type_spec.tparams) {
      /* Generic aliases: check the parameters, then the aliased type. */
      Scope *s = types_new_scope(c->scope, "type parameters");
      Type **tps = NULL;
      int n = 0;
      Scope *saved = c->scope;
      collect_type_params(c, spec->u.type_spec.tparams, &tps, &n, s);
      obj->u.type_name.tparams = tps;
      obj->u.type_name.tparam_count = n;
      c->scope = s;
      obj->type = types_invalid;
      obj->type = check_type_expr(c, type_expr);
      c->scope = saved;
      return;
    }
    /* A placeholder stands for the alias while its right-hand side is
     * checked (type F = func(T); type T interface{ m(F) }): whoever meets
     * it in that time gets a type that becomes a copy of the real one. */
    Type *placeholder = types_alloc(sizeof *placeholder);
    placeholder->kind = TY_INVALID;
    placeholder->size = -1;
    placeholder->u.basic.name = "invalid type";
    obj->type = placeholder;
    Type *t = check_type_expr(c, type_expr);
    if (t != placeholder)
      *placeholder = *t;
    obj->type = t;
    return;
  }
  Type *named = types_new_named(obj, NULL);
  obj->type = named;
  Scope *saved = c->scope;
  if (spec->u.type_spec.tparams) {
    Scope *s = types_new_scope(c->scope, "type parameters");
    collect_type_params(c, spec->u.type_spec.tparams, &named->u.named.tparams,
                        &named->u.named.tparam_count, s);
    c->scope = s;
  }
  /* The methods join before the underlying type is known, so that method
   * lookups during the declaration find them. */
  if (obj->decl)
    for (int i = 0; i < obj->decl->method_count; i++) {
      Object *m = obj->decl->methods[i];
      bool dup = false;
      for (int j = 0; j < named->u.named.method_count; j++)
        if (named->u.named.methods[j]->name == m->name &&
            strcmp(m->name, "_") != 0) {
          const Source *s = c->source;
          c->source = m->source;
          check_errorf(c, m->ident, "method %s.%s already declared at %s:%d:%d",
                       obj->name, m->name, named->u.named.methods[j]->source->path,
                       (int)named->u.named.methods[j]->pos.line,
                       (int)named->u.named.methods[j]->pos.col);
          c->source = s;
          dup = true;
        }
      if (!dup)
        types_add_method(named, m);
    }
  Type *rhs;
  Node *plain = type_expr;
  while (plain->kind == ND_PAREN)
    plain = plain->u.paren.x;
  bool is_name = plain->kind == ND_NAME || plain->kind == ND_SELECTOR ||
                 plain->kind == ND_INDEX;
  if (obj->decl && is_name)
    obj->decl->rhs_is_name = true;
  Node *saved_defining = c->defining;
  c->defining = plain;
  if (type_expr->kind == ND_INTERFACE_TYPE)
    rhs = interface_type(c, type_expr, obj);
  else
    rhs = check_type_expr(c, type_expr);
  c->defining = saved_defining;
  record_type(c, type_expr, rhs);
  c->scope = saved;
  Type *u = rhs;
  if (rhs->kind == TY_TYPEPARAM) {
    check_errorf(c, type_expr, "cannot use a type parameter as RHS in type declaration");
    u = types_invalid;
  } else if (rhs->kind == TY_NAMED) {
    /* type T U: T's underlying is U's underlying (which may still be in
     * progress if U is declared in the same cycle). */
    Type *last = declared_end(rhs);
    u = last->u.named.underlying || last->u.named.origin ? types_under(rhs)
                                                         : NULL;
    if (!u) {
      DeclInfo *rd = last->u.named.obj->decl;
      if (rd && rd->rhs_is_name) {
        /* A cycle of definitions that never reaches a real type (type T T;
         * type A B; type B A). */
        report_type_cycle(c, rhs->u.named.obj);
        u = types_invalid;
      } else {
        /* U is being declared with a real type (type T1 struct{ p *T2 };
         * type T2 T1): take it through U, resolved when needed. */
        u = rhs;
      }
    }
  }
  named->u.named.underlying = u;
  if (obj->decl)
    obj->decl->rhs_is_name = false;
  /* A field and a method with the same name. */
  Type *su = types_under(named);
  if (su->kind == TY_STRUCT)
    for (int i = 0; i < named->u.named.method_count; i++) {
      Object *m = named->u.named.methods[i];
      for (int j = 0; j < su->u.strct.field_count; j++) {
        Object *f = su->u.strct.fields[j];
        if (f->name == m->name && strcmp(m->name, "_") != 0) {
          const Source *s = c->source;
          c->source = m->source;
          check_errorf(c, m->ident, "field and method with the same name %s\n\t%s:%d:%d: other declaration of %s",
                       m->name, f->source ? f->source->path : "",
                       (int)f->pos.line, (int)f->pos.col, m->name);
          c->source = s;
        }
      }
    }
}

/* Type parameter lists: [P any, Q ~int | string]. */
static void collect_type_params(Checker *c, Node *list, Type ***out,
                                int *count_out, Scope *scope) {
  Type **tps = NULL;
  int count = 0, capacity = 0;
  /* Declare all names first: constraints may refer to any of them. */
  for (Node *f = list; f; f = f->next)
    for (Node *n = f->u.field.names; n; n = n->next) {
      Object *obj = types_new_object(OBJ_TYPE, n->u.name.name, NULL, c->pkg,
                                     c->source, n->pos);
      obj->ident = n;
      Type *tp = types_new_typeparam(obj, count, NULL);
      check_declare(c, scope, n, obj);
      PUSH(tps, count, capacity, tp);
    }
  *out = tps;
  *count_out = count;
  Scope *saved = c->scope;
  c->scope = scope;
  int i = 0;
  for (Node *f = list; f; f = f->next) {
    Type *bound;
    Node *ce = f->u.field.type;
    if (ce->kind == ND_INTERFACE_TYPE) {
      bound = interface_type(c, ce, NULL);
    } else {
      Type *elem = constraint_element(c, ce);
      if (types_under(elem)->kind == TY_INTERFACE && elem->kind != TY_UNION) {
        bound = elem;
      } else {
        Type **emb = types_alloc(sizeof(Type *));
        emb[0] = elem;
        bound = types_new_interface(NULL, 0, emb, 1);
        bound->u.iface.implicit = true;
      }
    }
    for (Node *n = f->u.field.names; n; n = n->next)
      tps[i++]->u.tparam.constraint = bound;
  }
  c->scope = saved;
}

/* ---- Signatures ---- */

static void collect_params(Checker *c, Node *list, Scope *scope, VarKind kind,
                           Object ***out, int *count_out, bool *variadic,
                           bool allow_variadic) {
  Object **vars = NULL;
  int count = 0, capacity = 0;
  for (Node *f = list; f; f = f->next) {
    Node *te = f->u.field.type;
    Type *t;
    if (te->kind == ND_ELLIPSIS) {
      Type *elem = check_type_expr(c, te->u.ellipsis.elem);
      t = types_new_slice(elem);
      te->type = t;
      if (!allow_variadic || f->next) {
        check_errorf(c, te, "can only use ... with final parameter in list");
      } else if (variadic) {
        *variadic = true;
      }
    } else {
      t = check_type_expr(c, te);
    }
    if (!f->u.field.names) {
      Object *v = types_new_var(intern("", 0), t, c->pkg);
      v->u.var.var_kind = (uint8_t)kind;
      v->source = c->source;
      v->pos = node_start(te);
      PUSH(vars, count, capacity, v);
      continue;
    }
    for (Node *n = f->u.field.names; n; n = n->next) {
      Object *v = types_new_object(OBJ_VAR, n->u.name.name, t, c->pkg,
                                   c->source, n->pos);
      v->u.var.var_kind = (uint8_t)kind;
      v->ident = n;
      if (scope)
        check_declare(c, scope, n, v);
      else
        n->u.name.object = v;
      PUSH(vars, count, capacity, v);
    }
  }
  *out = vars;
  *count_out = count;
}

Type *check_signature(Checker *c, Node *recv, Node *tparams, Node *ftype,
                      Object *method_obj) {
  Scope *scope = types_new_scope(c->scope, "function");
  scope->is_func = true;
  Scope *saved = c->scope;
  c->scope = scope;
  Type **tps = NULL, **rtps = NULL;
  int tp_count = 0, rtp_count = 0;
  Object *recv_var = NULL;
  if (recv) {
    /* Receiver: (r T), (r *T), (r T[P, Q]); the type parameters of a
     * generic receiver are declared here, bound to T's. */
    Node *rt = recv->u.field.type;
    Node *base = rt;
    bool pointer = false;
    while (base->kind == ND_PAREN)
      base = base->u.paren.x;
    if (base->kind == ND_UNARY && base->u.unary.op == TK_MUL) {
      pointer = true;
      base = base->u.unary.x;
    }
    while (base->kind == ND_PAREN)
      base = base->u.paren.x;
    Type *recv_type = types_invalid;
    if (base->kind == ND_INDEX) {
      Type *gen = check_generic_type(c, base->u.index.x, NULL);
      if (gen->kind == TY_NAMED && gen->u.named.tparam_count > 0) {
        int n = 0;
        for (Node *a = base->u.index.index; a; a = a->next)
          n++;
        if (n != gen->u.named.tparam_count) {
          check_errorf(c, base, "receiver declares %d type parameter%s, but receiver base type declares %d",
                       n, n == 1 ? "" : "s", gen->u.named.tparam_count);
        } else {
          rtps = types_alloc(sizeof(Type *) * (size_t)n);
          int i = 0;
          for (Node *a = base->u.index.index; a; a = a->next, i++) {
            const char *an = a->kind == ND_NAME ? a->u.name.name : "_";
            Object *obj = types_new_object(OBJ_TYPE, an, NULL, c->pkg,
                                           c->source, a->pos);
            rtps[i] = types_new_typeparam(obj, i, NULL);
            if (a->kind == ND_NAME)
              check_declare(c, scope, a, obj);
            record_type(c, a, rtps[i]);
          }
          rtp_count = n;
          for (i = 0; i < n; i++)
            check_mono_receiver(c, rtps[i], gen->u.named.tparams[i]);
          /* Bounds: the generic type's, with its parameters renamed. */
          for (i = 0; i < n; i++)
            rtps[i]->u.tparam.constraint =
                check_subst(c, gen->u.named.tparams[i]->u.tparam.constraint,
                            gen->u.named.tparams, rtps, n);
          recv_type = check_instantiate(c, gen, rtps, n, NULL);
        }
      } else if (gen->kind != TY_INVALID) {
        check_errorf(c, base, "%s is not a generic type", check_type_string(c, gen));
      }
      record_type(c, base, recv_type);
    } else {
      recv_type = check_generic_type(c, base, NULL);
      if (recv_type->kind == TY_NAMED && recv_type->u.named.tparam_count > 0 &&
          !recv_type->u.named.origin) {
        check_errorf(c, base, "cannot use generic type %s without instantiation",
                     check_type_string(c, recv_type));
        recv_type = types_invalid;
      }
    }
    /* Validity of the receiver base type. */
    if (recv_type->kind != TY_INVALID) {
      Type *named = recv_type;
      if (named->kind == TY_NAMED && named->u.named.origin)
        named = named->u.named.origin;
      if (named->kind != TY_NAMED || named->u.named.obj->pkg != c->pkg) {
        if (named->kind == TY_NAMED || types_is_basic(named))
          check_errorf(c, base, "cannot define new methods on non-local type %s",
                       check_type_string(c, recv_type));
        else
          check_errorf(c, base, "invalid receiver type %s",
                       check_type_string(c, recv_type));
        recv_type = types_invalid;
      } else {
        Type *u = types_under(named);
        if (u->kind == TY_POINTER || u->kind == TY_INTERFACE) {
          check_errorf(c, base, "invalid receiver type %s (pointer or interface type)",
                       check_type_string(c, recv_type));
          recv_type = types_invalid;
        }
      }
    }
    Type *rtype = pointer ? types_new_pointer(recv_type) : recv_type;
    record_type(c, rt, rtype);
    Node *rn = recv->u.field.names;
    recv_var = types_new_object(OBJ_VAR, rn ? rn->u.name.name : intern("", 0),
                                rtype, c->pkg, c->source,
                                rn ? rn->pos : node_start(rt));
    recv_var->u.var.var_kind = VAR_RECV;
    recv_var->ident = rn;
    if (rn)
      check_declare(c, scope, rn, recv_var);
  }
  if (tparams)
    collect_type_params(c, tparams, &tps, &tp_count, scope);
  Object **params = NULL, **results = NULL;
  int np = 0, nr = 0;
  bool variadic = false;
  collect_params(c, ftype->u.func_type.params, scope, VAR_PARAM, &params, &np,
                 &variadic, true);
  collect_params(c, ftype->u.func_type.results, scope, VAR_RESULT, &results,
                 &nr, NULL, false);
  c->scope = saved;
  Type *sig = types_new_func(recv_var, types_new_tuple(params, np),
                             types_new_tuple(results, nr), variadic);
  sig->u.func.tparams = tps;
  sig->u.func.tparam_count = tp_count;
  sig->u.func.rtparams = rtps;
  sig->u.func.rtparam_count = rtp_count;
  sig->u.func.scope = scope;
  (void)method_obj;
  record_type(c, ftype, sig);
  return sig;
}

void check_func_signature(Checker *c, Object *obj, Node *decl) {
  obj->type = types_new_func(NULL, NULL, NULL, false); /* cycle guard */
  Type *sig = check_signature(c, decl->u.func_decl.recv,
                              decl->u.func_decl.tparams, decl->u.func_decl.type,
                              obj);
  if (decl->u.func_decl.recv && decl->u.func_decl.tparams)
    check_errorf(c, decl->u.func_decl.tparams, "methods cannot have type parameters");
  obj->type = sig;
  if (!decl->u.func_decl.body && !c->in_model && !decl->u.func_decl.recv &&
      !(decl->pragmas & (PRAGMA_LINKNAME | PRAGMA_NOESCAPE))) {
    /* gc: a body-less function needs assembly; goesc has none to offer. */
  }
}

/* ---- Valid (non self-containing) types ---- */

/* Does t contain `target` by value?  `path` collects the named types on
 * the way, for the message. */
/* Does interface t embed `target` (through embedded named interfaces)? */
static bool embeds(Type *t, Type *target, Object ***path, int *len, int *cap,
                   int depth) {
  if (depth > 50 || !t)
    return false;
  Type *key = t->kind == TY_NAMED ? t : NULL;
  Type *u = key ? key->u.named.underlying : t;
  if (!u || u->kind != TY_INTERFACE)
    return false;
  for (int i = 0; i < u->u.iface.embedded_count; i++) {
    Type *e = u->u.iface.embedded[i];
    if (e->kind != TY_NAMED || e->u.named.origin)
      continue;
    if (e == target) {
      if (key)
        PUSH(*path, *len, *cap, key->u.named.obj);
      return true;
    }
    if (e->u.named.obj->color == 4)
      continue;
    e->u.named.obj->color = 4;
    bool r = embeds(e, target, path, len, cap, depth + 1);
    e->u.named.obj->color = 2;
    if (r) {
      if (key)
        PUSH(*path, *len, *cap, key->u.named.obj);
      return true;
    }
  }
  return false;
}

static bool contains(Type *t, Type *target, Object ***path, int *len, int *cap,
                     int depth) {
  if (depth > 100 || !t)
    return false;
  switch (t->kind) {
  case TY_NAMED: {
    Type *key = t->u.named.origin ? t->u.named.origin : t;
    if (key == target)
      return true;
    if (t->u.named.obj->color == 4) /* visited in this walk */
      return false;
    if (key->u.named.obj->pkg != target->u.named.obj->pkg)
      return false;
    t->u.named.obj->color = 4;
    Type *u = key->u.named.underlying;
    bool r = u && contains(u, target, path, len, cap, depth + 1);
    t->u.named.obj->color = 2; /* BLACK again */
    if (r)
      PUSH(*path, *len, *cap, key->u.named.obj);
    return r;
  }
  case TY_ARRAY:
    return contains(t->u.array.elem, target, path, len, cap, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      if (contains(t->u.strct.fields[i]->type, target, path, len, cap, depth + 1))
        return true;
    return false;
  default:
    return false;
  }
}

void check_valid_types(Checker *c) {
  /* Underlying types taken through a type still being declared (type T2
   * T1) are resolved now that every declaration is complete. */
  for (int i = 0; i < c->object_count; i++) {
    Object *obj = c->objects[i];
    if (obj->kind == OBJ_TYPE && obj->type && obj->type->kind == TY_NAMED &&
        obj->type->u.named.underlying && obj->type->u.named.underlying->kind == TY_NAMED)
      obj->type->u.named.underlying = types_under(obj->type->u.named.underlying);
  }
  for (int i = 0; i < c->object_count; i++) {
    Object *obj = c->objects[i];
    if (obj->kind != OBJ_TYPE || !obj->type || obj->type->kind != TY_NAMED ||
        obj->u.type_name.is_alias)
      continue;
    Type *t = obj->type;
    Type *u = t->u.named.underlying;
    if (!u || u->kind == TY_INVALID)
      continue;
    Object **path = NULL;
    int len = 0, cap = 0;
    uint8_t saved = obj->color;
    obj->color = 4;
    bool bad;
    if (u->kind == TY_INTERFACE) {
      bad = embeds(t, t, &path, &len, &cap, 0);
      /* path lists the cycle outermost last, t included: drop t. */
      if (bad && len > 0 && path[len - 1] == obj)
        len--;
      if (bad) {
        /* reverse to the order contains() produces */
        for (int a = 0, b = len - 1; a < b; a++, b--) {
          Object *tmp = path[a];
          path[a] = path[b];
          path[b] = tmp;
        }
      }
    } else {
      bad = contains(u, t, &path, &len, &cap, 0);
    }
    obj->color = saved;
    if (!bad)
      continue;
    /* Report once per cycle: at its first member in source order. */
    bool first = true;
    for (int j = 0; j < len; j++)
      if (path[j]->order < obj->order && path[j]->pkg == c->pkg)
        first = false;
    if (first) {
      const Source *s = c->source;
      c->source = obj->source;
      if (len == 0) {
        check_errorf_pos(c, obj->pos, "invalid recursive type: %s refers to itself",
                         obj->name);
      } else {
        StrBuf buf = {NULL, 0, 0};
        strbuf_printf(&buf, "invalid recursive type %s", obj->name);
        /* path holds the chain innermost first: obj -> path[len-1] -> ... */
        Object *cur = obj;
        for (int j = len - 1; j >= -1; j--) {
          Object *next = j >= 0 ? path[j] : obj;
          strbuf_printf(&buf, "\n\t%s:%d:%d: %s refers to %s",
                        cur->source ? cur->source->path : "", (int)cur->pos.line,
                        (int)cur->pos.col, cur->name, next->name);
          cur = next;
        }
        check_errorf_pos(c, obj->pos, "%s", buf.data);
        strbuf_free(&buf);
      }
      c->source = s;
    }
    t->u.named.underlying = types_invalid;
  }
}

/* ---- Invalid types (errors already reported, or unmodeled) ---- */

static bool mentions_invalid(Type *t, int depth) {
  if (!t || depth > 8)
    return false;
  switch (t->kind) {
  case TY_INVALID: return true;
  case TY_POINTER: return mentions_invalid(t->u.pointer.elem, depth + 1);
  case TY_SLICE: return mentions_invalid(t->u.slice.elem, depth + 1);
  case TY_ARRAY: return mentions_invalid(t->u.array.elem, depth + 1);
  case TY_MAP: return mentions_invalid(t->u.map.key, depth + 1) || mentions_invalid(t->u.map.elem, depth + 1);
  case TY_CHAN: return mentions_invalid(t->u.chan.elem, depth + 1);
  case TY_NAMED: {
    Type *u = t->u.named.underlying;
    if (!u || u->kind == TY_INVALID)
      return true;
    if (u->kind == TY_STRUCT)
      for (int i = 0; i < u->u.strct.field_count; i++)
        if (u->u.strct.fields[i]->u.var.embedded &&
            mentions_invalid(u->u.strct.fields[i]->type, depth + 1))
          return true;
    if (u->kind == TY_INTERFACE)
      for (int i = 0; i < u->u.iface.embedded_count; i++)
        if (mentions_invalid(u->u.iface.embedded[i], depth + 1))
          return true;
    return false;
  }
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      if (t->u.strct.fields[i]->u.var.embedded &&
          mentions_invalid(t->u.strct.fields[i]->type, depth + 1))
        return true;
    return false;
  case TY_INTERFACE:
    for (int i = 0; i < t->u.iface.embedded_count; i++)
      if (mentions_invalid(t->u.iface.embedded[i], depth + 1))
        return true;
    return false;
  case TY_TYPEPARAM:
    return t->u.tparam.constraint && mentions_invalid(t->u.tparam.constraint, depth + 1);
  case TY_FUNC:
    return mentions_invalid(t->u.func.params, depth + 1) ||
           mentions_invalid(t->u.func.results, depth + 1);
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.count; i++)
      if (mentions_invalid(t->u.tuple.vars[i]->type, depth + 1))
        return true;
    return false;
  default:
    return false;
  }
}

bool check_mentions_invalid(Type *t) { return mentions_invalid(t, 0); }

/* ---- Lookup of fields and methods ---- */

typedef struct Embedded {
  Type *type;
  int *path;
  int depth;
  bool indirect;
  bool multiples;
} Embedded;

static bool same_name(const char *name, Package *pkg, Object *obj) {
  if (obj->name != name)
    return false;
  return is_exported(name) || obj->pkg == pkg || !obj->pkg || !pkg;
}

Type *check_method_type(Checker *c, Object *method, Type *recv_named) {
  if (!method->type && method->decl)
    check_object_decl(c, method);
  Type *sig = method->type;
  if (!sig || sig->kind != TY_FUNC)
    return types_invalid;
  if (recv_named && recv_named->kind == TY_NAMED && recv_named->u.named.origin &&
      sig->u.func.rtparam_count == recv_named->u.named.targ_count &&
      sig->u.func.rtparam_count > 0)
    return check_subst(c, sig, sig->u.func.rtparams, recv_named->u.named.targs,
                       recv_named->u.named.targ_count);
  return sig;
}

static int *path_append(int *path, int depth, int index) {
  int *p = types_alloc(sizeof(int) * (size_t)(depth + 1));
  if (depth)
    memcpy(p, path, sizeof(int) * (size_t)depth);
  p[depth] = index;
  return p;
}

Object *check_lookup(Checker *c, Type *t, bool addressable, const char *name,
                     Package *pkg, int **path_out, int *depth_out,
                     bool *indirect_out, bool *ambiguous) {
  (void)addressable;
  c->lookup_recv = NULL;
  *ambiguous = false;
  *indirect_out = false;
  *depth_out = 0;
  *path_out = NULL;
  if (!t || strcmp(name, "_") == 0)
    return NULL;
  bool indirect0 = false;
  Type *start = t;
  if (t->kind == TY_POINTER) {
    Type *e = t->u.pointer.elem;
    if (e->kind == TY_NAMED || types_under(e)->kind == TY_STRUCT ||
        e->kind == TY_TYPEPARAM) {
      start = e;
      indirect0 = true;
    }
  } else if (t->kind == TY_NAMED && types_under(t)->kind == TY_POINTER) {
    /* A named pointer type has no methods; its fields are reachable. */
    Type *e = types_under(t)->u.pointer.elem;
    start = e;
    indirect0 = true;
  }
  Embedded *current = types_alloc(sizeof(Embedded));
  int ncur = 1;
  current[0].type = start;
  current[0].path = NULL;
  current[0].depth = 0;
  current[0].indirect = indirect0;
  current[0].multiples = false;
  Type **seen = NULL;
  int nseen = 0, seen_cap = 0;
  for (int level = 0; ncur > 0 && level < 32; level++) {
    Embedded *next = NULL;
    int nnext = 0, next_cap = 0;
    Object *found = NULL;
    int *found_path = NULL;
    int found_depth = 0;
    bool found_indirect = false;
    int found_count = 0;
    for (int k = 0; k < ncur; k++) {
      Embedded e = current[k];
      Type *typ = e.type;
      if (typ->kind == TY_NAMED) {
        bool was_seen = false;
        for (int s = 0; s < nseen; s++)
          if (types_identical(seen[s], typ))
            was_seen = true;
        if (was_seen)
          continue;
        PUSH(seen, nseen, seen_cap, typ);
        Type *origin = typ->u.named.origin ? typ->u.named.origin : typ;
        bool here = false;
        for (int m = 0; m < origin->u.named.method_count; m++) {
          Object *meth = origin->u.named.methods[m];
          if (same_name(name, pkg, meth)) {
            found_count += e.multiples ? 2 : 1;
            found = meth;
            found_path = path_append(e.path, e.depth, m);
            found_depth = e.depth + 1;
            found_indirect = e.indirect;
            c->lookup_recv = typ;
            here = true;
            break;
          }
        }
        if (here)
          continue;
      }
      Type *u = typ->kind == TY_TYPEPARAM ? types_core(typ) : types_under(typ);
      if (typ->kind == TY_TYPEPARAM) {
        /* Methods of a type parameter: those of its constraint. */
        TypeSet *set = types_type_set(typ->u.tparam.constraint);
        bool here = false;
        for (int m = 0; m < set->method_count; m++)
          if (same_name(name, pkg, set->methods[m])) {
            found_count += e.multiples ? 2 : 1;
            found = set->methods[m];
            found_path = path_append(e.path, e.depth, m);
            found_depth = e.depth + 1;
            found_indirect = e.indirect;
            here = true;
          }
        if (here || !u)
          continue;
      }
      if (!u)
        continue;
      if (u->kind == TY_STRUCT) {
        for (int f = 0; f < u->u.strct.field_count; f++) {
          Object *field = u->u.strct.fields[f];
          if (same_name(name, pkg, field)) {
            found_count += e.multiples ? 2 : 1;
            found = field;
            found_path = path_append(e.path, e.depth, f);
            found_depth = e.depth + 1;
            found_indirect = e.indirect;
            continue;
          }
          if (found_count == 0 && field->u.var.embedded) {
            Type *ft = field->type;
            bool ptr = false;
            if (ft->kind == TY_POINTER) {
              ptr = true;
              ft = ft->u.pointer.elem;
            }
            Embedded ne;
            ne.type = ft;
            ne.path = path_append(e.path, e.depth, f);
            ne.depth = e.depth + 1;
            ne.indirect = e.indirect || ptr;
            ne.multiples = e.multiples;
            /* The same type embedded twice at one depth: multiples. */
            bool dup = false;
            for (int q = 0; q < nnext; q++)
              if (types_identical(next[q].type, ft)) {
                next[q].multiples = true;
                dup = true;
              }
            if (!dup)
              PUSH(next, nnext, next_cap, ne);
          }
        }
      } else if (u->kind == TY_INTERFACE) {
        TypeSet *set = types_type_set(u);
        for (int m = 0; m < set->method_count; m++)
          if (same_name(name, pkg, set->methods[m])) {
            found_count += e.multiples ? 2 : 1;
            found = set->methods[m];
            found_path = path_append(e.path, e.depth, m);
            found_depth = e.depth + 1;
            found_indirect = e.indirect;
          }
      }
    }
    if (found_count > 1) {
      *ambiguous = true;
      return NULL;
    }
    if (found_count == 1) {
      /* A named pointer type has no methods, not even its base type's
       * (spec: a receiver base type is not a pointer). */
      if (found->kind == OBJ_FUNC && t->kind == TY_NAMED &&
          types_under(t)->kind == TY_POINTER)
        return NULL;
      *path_out = found_path;
      *depth_out = found_depth;
      *indirect_out = found_indirect;
      return found;
    }
    current = next;
    ncur = nnext;
  }
  return NULL;
}

/* ---- Interface satisfaction ---- */

/* The first method of iface that t lacks (NULL if none).  *wrong_type: t
 * has it with another signature; *pointer_recv: only *t has it. */
Object *check_missing_method(Checker *c, Type *t, Type *iface, bool static_,
                             bool *wrong_type, bool *pointer_recv) {
  (void)static_;
  *wrong_type = false;
  *pointer_recv = false;
  if (check_mentions_invalid(t) || check_mentions_invalid(iface))
    return NULL; /* unknown methods: assume they are there */
  TypeSet *set = types_type_set(iface);
  Type *ut = t->kind == TY_TYPEPARAM ? NULL : types_under(t);
  for (int i = 0; i < set->method_count; i++) {
    Object *m = set->methods[i];
    Object *have = NULL;
    Type *have_type = NULL;
    if (ut && ut->kind == TY_INTERFACE) {
      TypeSet *ts = types_type_set(ut);
      for (int j = 0; j < ts->method_count; j++)
        if (same_name(m->name, m->pkg, ts->methods[j]))
          have = ts->methods[j];
      if (have)
        have_type = have->type;
    } else {
      int *path, depth;
      bool indirect, ambiguous;
      have = check_lookup(c, t, false, m->name, m->pkg, &path, &depth,
                          &indirect, &ambiguous);
      if (have && have->kind != OBJ_FUNC)
        have = NULL;
      if (have) {
        /* The receiver of a method on *T is not in T's method set. */
        bool t_is_ptr = t->kind == TY_POINTER;
        if (have->u.func.pointer_recv && !t_is_ptr && !indirect &&
            have->decl) {
          *pointer_recv = true;
          return m;
        }
        /* The receiver's type arguments bind the method's (also when it
         * is promoted from an embedded instance). */
        Type *recv_named = c->lookup_recv;
        have_type = have->decl ? check_method_type(c, have, recv_named) : have->type;
      }
    }
    if (!have)
      return m;
    Type *want = m->type;
    if (have_type && check_mentions_invalid(have_type))
      continue; /* an erroneous signature: reported where it is declared */
    if (!have_type || !want || !types_identical(have_type, want)) {
      *wrong_type = true;
      return m;
    }
  }
  return NULL;
}

static const char *method_string(Checker *c, Object *m, Type *sig) {
  StrBuf buf = {NULL, 0, 0};
  strbuf_puts(&buf, m->name);
  if (sig && sig->kind == TY_FUNC)
    types_print_signature(&buf, sig, c->pkg);
  const char *s = types_strdup(buf.data, buf.length);
  strbuf_free(&buf);
  return s;
}

bool check_implements(Checker *c, Type *t, Type *iface, const char **why) {
  Type *ui = types_under(iface);
  if (ui->kind == TY_INVALID || check_mentions_invalid(iface))
    return true;
  if (ui->kind != TY_INTERFACE)
    return false;
  if (t->kind == TY_INVALID || check_mentions_invalid(t))
    return true;
  bool wrong, ptr;
  Object *m = check_missing_method(c, t, iface, true, &wrong, &ptr);
  if (!m)
    return true;
  if (why) {
    StrBuf buf = {NULL, 0, 0};
    strbuf_printf(&buf, "%s does not implement %s ", check_type_string(c, t),
                  check_type_string(c, iface));
    if (ptr) {
      strbuf_printf(&buf, "(method %s has pointer receiver)", m->name);
    } else if (wrong) {
      int *path, depth;
      bool indirect, ambiguous;
      Object *have = NULL;
      Type *ut = types_under(t);
      if (ut->kind == TY_INTERFACE) {
        TypeSet *ts = types_type_set(ut);
        for (int j = 0; j < ts->method_count; j++)
          if (ts->methods[j]->name == m->name)
            have = ts->methods[j];
      } else {
        have = check_lookup(c, t, false, m->name, m->pkg, &path, &depth,
                            &indirect, &ambiguous);
      }
      Type *ht = have ? (have->decl ? check_method_type(c, have, c->lookup_recv)
                                    : have->type)
                      : NULL;
      strbuf_printf(&buf, "(wrong type for method %s)\n\t\thave %s\n\t\twant %s",
                    m->name, method_string(c, m, ht), method_string(c, m, m->type));
    } else {
      int *p2, d2;
      bool i2, a2;
      Object *field = types_under(t)->kind == TY_INTERFACE ? NULL
                      : check_lookup(c, t, false, m->name, m->pkg, &p2, &d2, &i2, &a2);
      if (field && field->kind == OBJ_VAR) {
        Type *bt = t->kind == TY_POINTER ? t->u.pointer.elem : t;
        strbuf_printf(&buf, "(%s.%s is a field, not a method)",
                      check_type_string(c, bt), m->name);
      } else {
        strbuf_printf(&buf, "(missing method %s)", m->name);
      }
    }
    *why = types_strdup(buf.data, buf.length);
    strbuf_free(&buf);
  }
  return false;
}

/* Is t in the term set?  (For a type parameter t: all of its terms.) */
static bool in_terms(Type *t, TypeSet *set) {
  if (set->all)
    return true;
  for (int i = 0; i < set->term_count; i++) {
    Term term = set->terms[i];
    if (term.tilde ? types_identical(types_under(t), types_under(term.type))
                   : types_identical(t, term.type))
      return true;
  }
  return false;
}

static void print_terms(StrBuf *buf, Checker *c, TypeSet *set) {
  for (int i = 0; i < set->term_count; i++) {
    if (i > 0)
      strbuf_puts(buf, " | ");
    if (set->terms[i].tilde)
      strbuf_puts(buf, "~");
    types_print(buf, set->terms[i].type, c->pkg);
  }
}

bool check_satisfies(Checker *c, Type *t, Type *constraint, const char **why) {
  if (t->kind == TY_INVALID || check_mentions_invalid(t) ||
      check_mentions_invalid(constraint))
    return true;
  TypeSet *set = types_type_set(constraint);
  StrBuf buf = {NULL, 0, 0};
  bool ok = true;
  if (!set->all) {
    if (t->kind == TY_TYPEPARAM) {
      TypeSet *ts = types_type_set(t->u.tparam.constraint);
      if (ts->all) {
        ok = false;
        strbuf_printf(&buf, "%s does not satisfy %s (%s missing in ",
                      check_type_string(c, t), check_type_string(c, constraint),
                      check_type_string(c, t));
        print_terms(&buf, c, set);
        strbuf_puts(&buf, ")");
      } else {
        for (int i = 0; i < ts->term_count && ok; i++) {
          Term term = ts->terms[i];
          bool covered = false;
          for (int j = 0; j < set->term_count && !covered; j++) {
            Term u = set->terms[j];
            covered = u.tilde ? types_identical(types_under(term.type), types_under(u.type))
                              : (!term.tilde && types_identical(term.type, u.type));
          }
          if (!covered) {
            ok = false;
            strbuf_printf(&buf, "%s does not satisfy %s", check_type_string(c, t),
                          check_type_string(c, constraint));
          }
        }
      }
    } else if (!in_terms(t, set)) {
      ok = false;
      strbuf_printf(&buf, "%s does not satisfy %s (%s missing in ",
                    check_type_string(c, t), check_type_string(c, constraint),
                    check_type_string(c, t));
      print_terms(&buf, c, set);
      strbuf_puts(&buf, ")");
    }
  }
  if (ok && set->method_count > 0) {
    const char *reason = NULL;
    if (!check_implements(c, t, constraint, &reason)) {
      ok = false;
      /* types2: "T does not satisfy C (missing method M)" */
      const char *paren = reason ? strchr(reason, '(') : NULL;
      strbuf_printf(&buf, "%s does not satisfy %s %s", check_type_string(c, t),
                    check_type_string(c, constraint), paren ? paren : "");
    }
  }
  if (ok && set->comparable && !types_comparable(t) &&
      !(types_under(t)->kind == TY_INTERFACE)) {
    ok = false;
    strbuf_printf(&buf, "%s does not satisfy comparable", check_type_string(c, t));
  }
  if (!ok && why)
    *why = types_strdup(buf.data, buf.length);
  strbuf_free(&buf);
  return ok;
}

/* ---- Substitution and instantiation ---- */

/* Instances are cached for the whole run (models and the package share
 * them), so identical instances are one Type.  The cache is a table of
 * buckets by generic type, each holding that type's instances: one list
 * of them all, searched whole for every instantiation, made programs
 * with thousands of generic types quadratic.  Its types live in the
 * types arena: types_release empties it (check_forget_instances). */
typedef struct InstanceBucket {
  const Type *origin; /* the generic type; NULL: an empty slot */
  Type **instances;
  int count, capacity;
} InstanceBucket;

static InstanceBucket *instance_buckets;
static size_t bucket_size, bucket_count; /* slots (a power of two), used */
static int instance_count;               /* instances in all buckets */

static size_t bucket_slot(const InstanceBucket *table, size_t size,
                          const Type *origin) {
  size_t j = ((uintptr_t)origin >> 4) & (size - 1);
  while (table[j].origin && table[j].origin != origin)
    j = (j + 1) & (size - 1);
  return j;
}

/* origin's bucket; a new, empty one when `make` (else NULL if none). */
static InstanceBucket *instance_bucket(const Type *origin, bool make) {
  if (bucket_size) {
    InstanceBucket *b =
        &instance_buckets[bucket_slot(instance_buckets, bucket_size, origin)];
    if (b->origin)
      return b;
  }
  if (!make)
    return NULL;
  if (2 * (bucket_count + 1) > bucket_size) {
    size_t size = bucket_size ? 2 * bucket_size : 256;
    InstanceBucket *table = xmalloc(sizeof *table * size);
    memset(table, 0, sizeof *table * size);
    for (size_t i = 0; i < bucket_size; i++)
      if (instance_buckets[i].origin)
        table[bucket_slot(table, size, instance_buckets[i].origin)] =
            instance_buckets[i];
    free(instance_buckets);
    instance_buckets = table;
    bucket_size = size;
  }
  InstanceBucket *b =
      &instance_buckets[bucket_slot(instance_buckets, bucket_size, origin)];
  b->origin = origin;
  bucket_count++;
  return b;
}

void check_forget_instances(void) {
  for (size_t i = 0; i < bucket_size; i++)
    free(instance_buckets[i].instances);
  free(instance_buckets);
  instance_buckets = NULL;
  bucket_size = bucket_count = 0;
  instance_count = 0;
}

static Type *lookup_instance(Type *origin, Type **targs, int n) {
  InstanceBucket *b = instance_bucket(origin, false);
  for (int i = 0; b && i < b->count; i++) {
    Type *t = b->instances[i];
    if (t->u.named.targ_count != n)
      continue;
    bool same = true;
    for (int j = 0; j < n && same; j++)
      same = types_identical(t->u.named.targs[j], targs[j]);
    if (same)
      return t;
  }
  return NULL;
}

typedef struct Subst {
  Type **from, **to;
  int count;
  int depth;
} Subst;

static Type *subst(Subst *s, Type *t);

static Type *subst_tuple(Subst *s, Type *tuple, bool *changed) {
  if (!tuple || tuple->u.tuple.count == 0)
    return tuple;
  Object **vars = NULL;
  for (int i = 0; i < tuple->u.tuple.count; i++) {
    Object *v = tuple->u.tuple.vars[i];
    Type *nt = subst(s, v->type);
    if (nt != v->type && !vars) {
      vars = types_alloc(sizeof(Object *) * (size_t)tuple->u.tuple.count);
      memcpy(vars, tuple->u.tuple.vars, sizeof(Object *) * (size_t)i);
    }
    if (vars) {
      if (nt != v->type) {
        Object *nv = types_alloc(sizeof *nv);
        *nv = *v;
        nv->type = nt;
        nv->u.var.origin = v->u.var.origin ? v->u.var.origin : v;
        vars[i] = nv;
      } else {
        vars[i] = v;
      }
    }
  }
  if (!vars)
    return tuple;
  *changed = true;
  return types_new_tuple(vars, tuple->u.tuple.count);
}

static Type *subst(Subst *s, Type *t) {
  if (!t || s->depth > 64)
    return t;
  s->depth++;
  Type *r = t;
  switch (t->kind) {
  case TY_TYPEPARAM:
    for (int i = 0; i < s->count; i++)
      if (s->from[i] == t) {
        r = s->to[i];
        break;
      }
    break;
  case TY_POINTER: {
    Type *e = subst(s, t->u.pointer.elem);
    if (e != t->u.pointer.elem)
      r = types_new_pointer(e);
    break;
  }
  case TY_SLICE: {
    Type *e = subst(s, t->u.slice.elem);
    if (e != t->u.slice.elem)
      r = types_new_slice(e);
    break;
  }
  case TY_ARRAY: {
    Type *e = subst(s, t->u.array.elem);
    if (e != t->u.array.elem)
      r = types_new_array(e, t->u.array.len);
    break;
  }
  case TY_MAP: {
    Type *k = subst(s, t->u.map.key), *e = subst(s, t->u.map.elem);
    if (k != t->u.map.key || e != t->u.map.elem)
      r = types_new_map(k, e);
    break;
  }
  case TY_CHAN: {
    Type *e = subst(s, t->u.chan.elem);
    if (e != t->u.chan.elem)
      r = types_new_chan(e, t->u.chan.dir);
    break;
  }
  case TY_FUNC: {
    bool changed = false;
    Type *p = subst_tuple(s, t->u.func.params, &changed);
    Type *res = subst_tuple(s, t->u.func.results, &changed);
    if (changed) {
      r = types_new_func(t->u.func.recv, p, res, t->u.func.variadic);
      r->u.func.scope = t->u.func.scope;
      /* An instantiated generic signature loses its type parameters only
       * when they are the ones substituted. */
      bool own = t->u.func.tparam_count > 0 && s->count > 0 &&
                 t->u.func.tparams[0] == s->from[0];
      if (!own) {
        r->u.func.tparams = t->u.func.tparams;
        r->u.func.tparam_count = t->u.func.tparam_count;
      }
    }
    break;
  }
  case TY_TUPLE: {
    bool changed = false;
    r = subst_tuple(s, t, &changed);
    break;
  }
  case TY_STRUCT: {
    Object **fields = NULL;
    int n = t->u.strct.field_count;
    for (int i = 0; i < n; i++) {
      Object *f = t->u.strct.fields[i];
      Type *nt = subst(s, f->type);
      if (nt != f->type && !fields) {
        fields = types_alloc(sizeof(Object *) * (size_t)n);
        memcpy(fields, t->u.strct.fields, sizeof(Object *) * (size_t)i);
      }
      if (fields) {
        if (nt != f->type) {
          Object *nf = types_alloc(sizeof *nf);
          *nf = *f;
          nf->type = nt;
          nf->u.var.offset = -1;
          nf->u.var.origin = f->u.var.origin ? f->u.var.origin : f;
          fields[i] = nf;
        } else {
          fields[i] = f;
        }
      }
    }
    if (fields)
      r = types_new_struct(fields, n);
    break;
  }
  case TY_INTERFACE: {
    Object **methods = NULL;
    int n = t->u.iface.method_count;
    for (int i = 0; i < n; i++) {
      Object *m = t->u.iface.methods[i];
      Type *nt = subst(s, m->type);
      if (nt != m->type && !methods) {
        methods = types_alloc(sizeof(Object *) * (size_t)n);
        memcpy(methods, t->u.iface.methods, sizeof(Object *) * (size_t)i);
      }
      if (methods) {
        if (nt != m->type) {
          Object *nm = types_alloc(sizeof *nm);
          *nm = *m;
          nm->type = nt;
          methods[i] = nm;
        } else {
          methods[i] = m;
        }
      }
    }
    Type **emb = NULL;
    int ne = t->u.iface.embedded_count;
    for (int i = 0; i < ne; i++) {
      Type *e = t->u.iface.embedded[i];
      Type *nt = subst(s, e);
      if (nt != e && !emb) {
        emb = types_alloc(sizeof(Type *) * (size_t)ne);
        memcpy(emb, t->u.iface.embedded, sizeof(Type *) * (size_t)i);
      }
      if (emb)
        emb[i] = nt;
    }
    if (methods || emb) {
      r = types_new_interface(methods ? methods : t->u.iface.methods, n,
                              emb ? emb : t->u.iface.embedded, ne);
      r->u.iface.implicit = t->u.iface.implicit;
    }
    break;
  }
  case TY_UNION: {
    Term *terms = NULL;
    int n = t->u.uni.count;
    for (int i = 0; i < n; i++) {
      Type *nt = subst(s, t->u.uni.terms[i].type);
      if (nt != t->u.uni.terms[i].type && !terms) {
        terms = types_alloc(sizeof(Term) * (size_t)n);
        memcpy(terms, t->u.uni.terms, sizeof(Term) * (size_t)n);
      }
      if (terms)
        terms[i].type = nt;
    }
    if (terms)
      r = types_new_union(terms, n);
    break;
  }
  case TY_NAMED: {
    if (!t->u.named.origin)
      break;
    Type **targs = NULL;
    int n = t->u.named.targ_count;
    for (int i = 0; i < n; i++) {
      Type *nt = subst(s, t->u.named.targs[i]);
      if (nt != t->u.named.targs[i] && !targs) {
        targs = types_alloc(sizeof(Type *) * (size_t)n);
        memcpy(targs, t->u.named.targs, sizeof(Type *) * (size_t)n);
      }
      if (targs)
        targs[i] = nt;
    }
    if (targs)
      r = check_instantiate(NULL, t->u.named.origin, targs, n, NULL);
    break;
  }
  default:
    break;
  }
  s->depth--;
  return r;
}

Type *check_subst(Checker *c, Type *t, Type **tparams, Type **targs,
                  int count) {
  (void)c;
  if (count == 0)
    return t;
  Subst s;
  s.from = tparams;
  s.to = targs;
  s.count = count;
  s.depth = 0;
  return subst(&s, t);
}

void check_expand_instance(Type *inst) {
  Type *origin = inst->u.named.origin;
  if (!origin->u.named.underlying)
    return; /* the generic type is still being declared */
  inst->u.named.expanded = true;
  inst->u.named.underlying =
      check_subst(NULL, origin->u.named.underlying, origin->u.named.tparams,
                  inst->u.named.targs, inst->u.named.targ_count);
}

Type *check_instantiate(Checker *c, Type *generic, Type **targs, int count,
                        Node *at) {
  if (generic->kind != TY_NAMED || generic->u.named.tparam_count == 0) {
    if (c && at)
      check_errorf(c, at, "%s is not a generic type", check_type_string(c, generic));
    return types_invalid;
  }
  if (count != generic->u.named.tparam_count) {
    if (c && at)
      check_errorf(c, at, "%s type arguments for type %s: have %d, want %d",
                   count < generic->u.named.tparam_count ? "not enough" : "too many",
                   generic->u.named.obj->name, count, generic->u.named.tparam_count);
    return types_invalid;
  }
  if (c && c->pkg)
    c->pkg->instantiation_count++;
  Type *inst = lookup_instance(generic, targs, count);
  if (inst)
    return inst;
  inst = types_new_named(generic->u.named.obj, NULL);
  inst->u.named.origin = generic;
  inst->u.named.targs = types_alloc(sizeof(Type *) * (size_t)count);
  memcpy(inst->u.named.targs, targs, sizeof(Type *) * (size_t)count);
  inst->u.named.targ_count = count;
  InstanceBucket *b = instance_bucket(generic, true);
  if (b->count == b->capacity) {
    b->capacity = b->capacity ? 2 * b->capacity : 4;
    b->instances =
        xrealloc(b->instances, sizeof *b->instances * (size_t)b->capacity);
  }
  b->instances[b->count++] = inst;
  instance_count++;
  return inst;
}

/* How many instances of generic types exist, in every package checked
 * so far: none means no type anywhere has methods to instantiate. */
int check_instance_type_count(void) { return instance_count; }

/* T[A, B] in a type position. */
static void queue_verify(Checker *c, Node *at, Type **tparams, Type **targs,
                         int n) {
  Verify v = {VERIFY_TARGS, at, c->source, tparams, targs, n};
  PUSH(c->verify, c->verify_count, c->verify_capacity, v);
}

static void queue_type_check(Checker *c, VerifyKind kind, Node *at, Type *t) {
  Type **one = types_alloc(sizeof(Type *));
  one[0] = t;
  Verify v = {kind, at, c->source, NULL, one, 1};
  PUSH(c->verify, c->verify_count, c->verify_capacity, v);
}

static void check_map_key(Checker *c, Node *key_expr, Type *key);
static void check_embedded_field(Checker *c, Node *at, Type *t);

void check_verify_instances(Checker *c) {
  const Source *saved = c->source;
  for (int k = 0; k < c->verify_count; k++) {
    Verify *v = &c->verify[k];
    c->source = v->source;
    if (v->kind == VERIFY_MAP_KEY) {
      check_map_key(c, v->at, v->targs[0]);
      continue;
    }
    if (v->kind == VERIFY_EMBEDDED) {
      check_embedded_field(c, v->at, v->targs[0]);
      continue;
    }
    Node *a = v->at;
    bool satisfied = true;
    for (int i = 0; i < v->count; i++, a = a ? a->next : NULL) {
      Type *bound = check_subst(c, v->tparams[i]->u.tparam.constraint,
                                v->tparams, v->targs, v->count);
      const char *why = NULL;
      if (!check_satisfies(c, v->targs[i], bound, &why)) {
        check_errorf(c, a ? a : v->at, "%s",
                     why ? why : "type argument does not satisfy constraint");
        satisfied = false;
        break;
      }
    }
    if (satisfied)
      check_mono_instance(c, v->tparams, v->targs, v->count, v->at->pos,
                          v->at);
  }
  c->verify_count = 0;
  c->source = saved;
}

static Object *type_name_object(Checker *c, Node *e) {
  if (e->kind == ND_NAME) {
    Object *o = types_scope_lookup_parent(c->scope, e->u.name.name, NULL);
    return o && o->kind == OBJ_TYPE ? o : NULL;
  }
  return NULL;
}

static Type *instance_type(Checker *c, Node *expr) {
  Object *alias = type_name_object(c, expr->u.index.x);
  if (alias && alias->u.type_name.is_alias) {
    check_object_decl(c, alias);
    if (alias->u.type_name.tparam_count > 0) {
      /* A generic alias: substitute its parameters in the aliased type. */
      expr->u.index.x->u.name.object = alias;
      Type **targs = NULL;
      int n = 0, cap = 0;
      for (Node *a = expr->u.index.index; a; a = a->next) {
        Type *t = check_type_expr(c, a);
        PUSH(targs, n, cap, t);
      }
      if (n != alias->u.type_name.tparam_count) {
        check_errorf(c, expr, "%s type arguments for type %s: have %d, want %d",
                     n < alias->u.type_name.tparam_count ? "not enough" : "too many",
                     alias->name, n, alias->u.type_name.tparam_count);
        return types_invalid;
      }
      queue_verify(c, expr->u.index.index, alias->u.type_name.tparams, targs, n);
      return check_subst(c, alias->type, alias->u.type_name.tparams, targs, n);
    }
  }
  Type *gen = check_generic_type(c, expr->u.index.x, NULL);
  if (gen->kind == TY_INVALID)
    return types_invalid;
  if (gen->kind != TY_NAMED || gen->u.named.tparam_count == 0) {
    check_errorf(c, expr->u.index.x, "%s is not a generic type",
                 check_type_string(c, gen));
    return types_invalid;
  }
  Type **targs = NULL;
  int n = 0, cap = 0;
  for (Node *a = expr->u.index.index; a; a = a->next) {
    Type *t = check_type_expr(c, a);
    PUSH(targs, n, cap, t);
  }
  Type *inst = check_instantiate(c, gen, targs, n, expr);
  if (inst->kind == TY_INVALID)
    return inst;
  /* Verify constraints later: the bounds may mention declarations that
   * are still in progress (type Adder[A Adder[A]] ...). */
  queue_verify(c, expr->u.index.index, gen->u.named.tparams, targs, n);
  return inst;
}
