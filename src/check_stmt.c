/*
 * check_stmt.c — statements and function bodies.
 *
 * needs: check_expr.c;  produces: checked bodies: scopes for every block,
 * declared local objects, and gc's statement errors.
 *
 * A function body shares its outermost scope with the parameters (so
 * `x := 1` in the body of func(x int) is "no new variables").  Every block,
 * if, for, switch and case clause opens a scope.  Statements are checked
 * in order, so a name is visible from its declaration on.
 *
 * Context flags passed down say whether break, continue and fallthrough
 * are allowed where we are.  Labels are function-wide and checked in a
 * separate walk (check_labels): undefined or unused labels, break/continue
 * to a label that is not an enclosing loop/switch/select, and goto
 * jumping over a variable declaration or into a block.
 *
 * After the body: "missing return" when the function has results and its
 * body is not a terminating statement (the spec's definition, implemented
 * by check_terminates), then "declared and not used" for the function's
 * own local variables in source order, as gc reports them.
 */
#include "types.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


/* Where a statement is. */
enum {
  CTX_BREAK_OK = 1 << 0,       /* inside for, switch or select */
  CTX_CONTINUE_OK = 1 << 1,    /* inside for */
  CTX_FALLTHROUGH_OK = 1 << 2, /* last statement of a switch case */
  CTX_FINAL_CASE = 1 << 3,     /* ... of the final case */
  CTX_IN_TYPE_SWITCH = 1 << 4, /* ... of a type switch */
};

static void stmt(Checker *c, Node *s, int ctx);

static void open_scope(Checker *c, const char *comment) {
  c->scope = types_new_scope(c->scope, comment);
}

static void close_scope(Checker *c) { c->scope = c->scope->parent; }

static bool is_blank_name(const Node *n) {
  return n->kind == ND_NAME && strcmp(n->u.name.name, "_") == 0;
}

static Node *unparen(Node *e) {
  while (e && e->kind == ND_PAREN)
    e = e->u.paren.x;
  return e;
}

/* A local variable: declared in the current function, tracked for use. */
static Object *new_local(Checker *c, Node *ident, Type *t) {
  Object *v = types_new_object(OBJ_VAR, ident->u.name.name, t, c->pkg,
                               c->source, ident->pos);
  v->ident = ident;
  v->u.var.var_kind = VAR_LOCAL;
  ident->u.name.object = v;
  if (c->func)
    PUSH(c->func->vars, c->func->var_count, c->func->var_capacity, v);
  return v;
}

static void declare_local(Checker *c, Node *ident, Object *obj) {
  check_declare(c, c->scope, ident, obj);
}

static void stmt_list(Checker *c, Node *list, int ctx) {
  int inner = ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE);
  for (Node *s = list; s; s = s->next) {
    int sctx = inner;
    /* fallthrough is allowed only as the last (non-empty) statement. */
    if ((ctx & CTX_FALLTHROUGH_OK)) {
      Node *rest = s->next;
      while (rest && rest->kind == ND_EMPTY_STMT)
        rest = rest->next;
      if (!rest)
        sctx = ctx;
    }
    stmt(c, s, sctx);
  }
}

/* ---- Local declarations ---- */

void check_const_spec(Checker *c, Node *spec, Node *inherited_type,
                      Node *inherited_values, int iota, bool local) {
  (void)local;
  Node *type = spec->u.value_spec.type;
  Node *values = spec->u.value_spec.values;
  if (!type && !values) {
    type = inherited_type;
    values = inherited_values;
  }
  const Value *saved_iota = c->iota;
  c->iota = value_int64(iota);
  Type *t = NULL;
  if (type)
    t = check_type_expr(c, type);
  Node *v = values;
  Object **objs = NULL;
  int n = 0, cap = 0;
  for (Node *name = spec->u.value_spec.names; name; name = name->next) {
    Object *obj = types_new_object(OBJ_CONST, name->u.name.name, NULL, c->pkg,
                                   c->source, name->pos);
    obj->ident = name;
    name->u.name.object = obj;
    Operand x;
    memset(&x, 0, sizeof x);
    if (v) {
      check_expr(c, &x, v);
      if (x.mode != MODE_INVALID && x.mode != MODE_CONSTANT) {
        check_errorf(c, v, "%s is not constant", check_operand_string(c, &x));
        x.mode = MODE_INVALID;
      }
      if (x.mode != MODE_INVALID && t)
        check_assignment(c, &x, t, "constant declaration", NULL);
      v = v->next;
    } else {
      if (!values)
        check_errorf(c, name, "missing init expr for const declaration");
      else if (spec->u.value_spec.values)
        check_errorf(c, name, "missing init expr for const declaration");
      x.mode = MODE_INVALID;
    }
    if (x.mode == MODE_INVALID) {
      obj->type = types_invalid;
      obj->u.cnst.value = value_unknown();
    } else {
      obj->type = x.type;
      obj->u.cnst.value = x.value;
    }
    obj->color = 2;
    PUSH(objs, n, cap, obj);
  }
  if (v && spec->u.value_spec.values)
    check_errorf(c, v, "extra init expr");
  c->iota = saved_iota;
  /* Constants are declared after their values are checked. */
  int i = 0;
  for (Node *name = spec->u.value_spec.names; name; name = name->next, i++) {
    name->type = objs[i]->type;
    declare_local(c, name, objs[i]);
  }
}

static void assign_error(Checker *c, Node *rhs, int l, int r) {
  Node *r0 = unparen(rhs);
  if (!rhs->next && r0->kind == ND_CALL)
    check_errorf(c, rhs, "assignment mismatch: %d variable%s but %s returns %d value%s",
                 l, l == 1 ? "" : "s", check_expr_string(r0->u.call.fun), r,
                 r == 1 ? "" : "s");
  else
    check_errorf(c, rhs, "assignment mismatch: %d variable%s but %d value%s", l,
                 l == 1 ? "" : "s", r, r == 1 ? "" : "s");
}

static int list_length(Node *n) {
  int k = 0;
  for (; n; n = n->next)
    k++;
  return k;
}

/* The values of a right-hand side: n expressions, or one multi-value
 * expression (call, comma-ok) spread over `want` variables. */
typedef struct Values {
  Operand *ops;
  Node ***slots;
  int count;
  bool ok;
} Values;

static Values eval_rhs(Checker *c, Node **rhs_head, int want, Type **hints) {
  Values v;
  memset(&v, 0, sizeof v);
  Node *rhs = *rhs_head;
  int n = list_length(rhs);
  v.ops = types_alloc(sizeof(Operand) * (size_t)(want > n ? want : n) + sizeof(Operand));
  v.slots = types_alloc(sizeof(Node **) * (size_t)(want > n ? want : n) + sizeof(Node **));
  bool is_call = n == 1 && unparen(rhs)->kind == ND_CALL;
  if (n == 1 && (want != 1 || is_call)) {
    Operand x;
    check_multi_expr(c, &x, rhs);
    if (x.mode == MODE_INVALID) {
      v.count = -1;
      return v;
    }
    if (want == 1 && !(x.type && x.type->kind == TY_TUPLE) &&
        x.mode != MODE_NOVALUE) {
      v.ops[0] = x;
      v.slots[0] = rhs_head;
      v.count = 1;
      v.ok = true;
      return v;
    }
    if (x.type && x.type->kind == TY_TUPLE) {
      int k = x.type->u.tuple.count;
      if (k != want) {
        assign_error(c, rhs, want, k);
        v.count = -1;
        return v;
      }
      for (int i = 0; i < k; i++) {
        v.ops[i] = x;
        v.ops[i].mode = MODE_VALUE;
        v.ops[i].type = x.type->u.tuple.vars[i]->type;
      }
      v.count = k;
      v.ok = true;
      return v;
    }
    if ((x.mode == MODE_COMMAOK || x.mode == MODE_MAPINDEX) && want == 2) {
      v.ops[0] = x;
      v.ops[0].mode = MODE_VALUE;
      v.slots[0] = rhs_head;
      v.ops[1] = x;
      v.ops[1].mode = MODE_VALUE;
      v.ops[1].type = types_basic[TY_UNTYPED_BOOL];
      v.ops[1].expr = NULL;
      v.count = 2;
      v.ok = true;
      /* The expression is used in comma-ok form: record it. */
      check_record(c, rhs)->mode = MODE_COMMAOK;
      return v;
    }
    if (x.mode == MODE_NOVALUE) {
      check_errorf(c, rhs, "%s (no value) used as value", check_expr_string(rhs));
      v.count = -1;
      return v;
    }
    assign_error(c, rhs, want, 1);
    v.count = -1;
    return v;
  }
  int i = 0;
  for (Node **slot = rhs_head; *slot; slot = &(*slot)->next, i++) {
    check_expr_with_hint(c, &v.ops[i], *slot, hints && i < want ? hints[i] : NULL);
    v.slots[i] = slot;
  }
  v.count = n;
  if (n != want) {
    /* Report at the first extra value, or at the first value if short. */
    Node *at = *rhs_head;
    bool any_invalid = false;
    for (int k = 0; k < n; k++)
      if (v.ops[k].mode == MODE_INVALID)
        any_invalid = true;
    if (!any_invalid)
      assign_error(c, at, want, n);
    v.count = -1;
    return v;
  }
  v.ok = true;
  return v;
}

/* The variable behind a left-hand side; reading it to assign does not
 * count as a use. */
static Type *lhs_var(Checker *c, Node *lhs, Operand *out) {
  Node *e = unparen(lhs);
  memset(out, 0, sizeof *out);
  if (is_blank_name(e)) {
    e->type = NULL;
    e->u.name.object = NULL;
    out->mode = MODE_VARIABLE;
    return NULL;
  }
  Object *local = NULL;
  bool was_used = false;
  if (e->kind == ND_NAME) {
    Object *obj = types_scope_lookup_parent(c->scope, e->u.name.name, NULL);
    if (obj && obj->kind == OBJ_VAR && obj->pkg == c->pkg &&
        obj->u.var.var_kind != VAR_PACKAGE) {
      local = obj;
      was_used = obj->used;
    }
  }
  check_expr(c, out, lhs);
  if (local)
    local->used = was_used;
  if (out->mode == MODE_INVALID)
    return types_invalid;
  if (out->mode != MODE_VARIABLE && out->mode != MODE_MAPINDEX) {
    if (e->kind == ND_SELECTOR) {
      Operand base;
      memset(&base, 0, sizeof base);
      const ExprInfo *bi = check_expr_info(c->pkg, unparen(e->u.selector.x));
      if (bi && bi->mode == MODE_MAPINDEX) {
        check_errorf(c, lhs, "cannot assign to struct field %s in map",
                     check_expr_string(e));
        out->mode = MODE_INVALID;
        return types_invalid;
      }
    }
    check_errorf(c, lhs, "cannot assign to %s (neither addressable nor a map index expression)",
                 check_expr_string(e));
    out->mode = MODE_INVALID;
    return types_invalid;
  }
  return out->type;
}

/* x = v where x is an existing variable. */
static void assign_var(Checker *c, Node *lhs, Operand *v, Node **slot) {
  Operand x;
  Type *t = lhs_var(c, lhs, &x);
  if (v->mode == MODE_INVALID)
    return;
  if (x.mode == MODE_INVALID) {
    /* Still use the value (no follow-up "declared and not used"). */
    return;
  }
  if (!t) {
    /* _ = v */
    check_assignment(c, v, NULL, "assignment", slot);
    return;
  }
  check_assignment(c, v, t, "assignment", slot);
}

static void assign_stmt(Checker *c, Node *s) {
  TokenKind op = s->u.assign.op;
  Node *lhs = s->u.assign.lhs;
  int nl = list_length(lhs);
  if (op != TK_ASSIGN && op != TK_DEFINE) {
    /* x op= y */
    Operand x, y;
    Node bin;
    memset(&bin, 0, sizeof bin);
    check_expr(c, &x, lhs);
    check_expr(c, &y, s->u.assign.rhs);
    if (x.mode == MODE_INVALID || y.mode == MODE_INVALID)
      return;
    /* Reuse the binary operator rules on a synthetic node. */
    TokenKind bop;
    switch (op) {
    case TK_ADD_ASSIGN: bop = TK_ADD; break;
    case TK_SUB_ASSIGN: bop = TK_SUB; break;
    case TK_MUL_ASSIGN: bop = TK_MUL; break;
    case TK_QUO_ASSIGN: bop = TK_QUO; break;
    case TK_REM_ASSIGN: bop = TK_REM; break;
    case TK_AND_ASSIGN: bop = TK_AND; break;
    case TK_OR_ASSIGN: bop = TK_OR; break;
    case TK_XOR_ASSIGN: bop = TK_XOR; break;
    case TK_SHL_ASSIGN: bop = TK_SHL; break;
    case TK_SHR_ASSIGN: bop = TK_SHR; break;
    default: bop = TK_AND_NOT; break;
    }
    if (bop != TK_SHL && bop != TK_SHR) {
      /* Mismatch: gc prints "x += y (mismatched types ...)". */
      bool mayconv = types_is_untyped(y.type) &&
                     (types_is_numeric(x.type) == types_is_numeric(y.type)) &&
                     (types_is_string(x.type) == types_is_string(y.type)) &&
                     (types_is_boolean(x.type) == types_is_boolean(y.type));
      if (mayconv) {
        check_convert_untyped(c, &y, x.type);
        if (y.mode == MODE_INVALID)
          return;
      }
      if (!types_identical(x.type, y.type) && x.type->kind != TY_INVALID &&
          y.type->kind != TY_INVALID) {
        check_errorf(c, lhs, "invalid operation: %s %s %s (mismatched types %s and %s)",
                     check_expr_string(lhs), token_spelling(op),
                     check_expr_string(s->u.assign.rhs), check_type_string(c, x.type),
                     check_type_string(c, y.type));
        return;
      }
    }
    bin.kind = ND_BINARY;
    bin.pos = s->pos;
    bin.end = s->end;
    bin.u.binary.op = bop;
    bin.u.binary.x = lhs;
    bin.u.binary.y = s->u.assign.rhs;
    /* The lhs must also be assignable. */
    Operand target;
    lhs_var(c, lhs, &target);
    if (target.mode == MODE_INVALID)
      return;
    Operand r;
    Node *saved_next_x = lhs->next, *saved_next_y = s->u.assign.rhs->next;
    check_expr(c, &r, &bin);
    lhs->next = saved_next_x;
    s->u.assign.rhs->next = saved_next_y;
    /* The synthetic node's facts are not kept; fix the operands' links. */
    if (r.mode == MODE_INVALID)
      return;
    if (r.mode == MODE_CONSTANT || types_is_untyped(r.type))
      check_convert_untyped(c, &r, x.type);
    return;
  }
  Node *rhs = s->u.assign.rhs;
  int nr = list_length(rhs);
  if (op == TK_ASSIGN) {
    Type **hints = types_alloc(sizeof(Type *) * (size_t)(nl + 1));
    (void)hints;
    if (nl == nr && !(nr == 1 && unparen(rhs)->kind == ND_CALL)) {
      /* Pairwise: evaluate lhs then rhs for each. */
      Node **slot = &s->u.assign.rhs;
      for (Node *l = lhs; l; l = l->next, slot = &(*slot)->next) {
        Operand x;
        Type *t = lhs_var(c, l, &x);
        Operand v;
        check_expr_with_hint(c, &v, *slot, t && t->kind != TY_INVALID ? t : NULL);
        if (x.mode == MODE_INVALID || v.mode == MODE_INVALID)
          continue;
        check_assignment(c, &v, t, "assignment", slot);
      }
      return;
    }
    Values vals = eval_rhs(c, &s->u.assign.rhs, nl, NULL);
    if (vals.count < 0) {
      for (Node *l = lhs; l; l = l->next) {
        Operand x;
        lhs_var(c, l, &x);
      }
      return;
    }
    int i = 0;
    for (Node *l = lhs; l; l = l->next, i++)
      assign_var(c, l, &vals.ops[i], vals.slots ? vals.slots[i] : NULL);
    return;
  }
  /* := */
  bool any_new = false;
  Object **objs = types_alloc(sizeof(Object *) * (size_t)(nl + 1));
  int i = 0;
  for (Node *l = lhs; l; l = l->next, i++) {
    if (l->kind != ND_NAME) {
      check_errorf(c, l, "non-name %s on left side of :=", check_expr_string(l));
      objs[i] = NULL;
      continue;
    }
    /* Duplicate names on the left. */
    for (Node *p = lhs; p != l; p = p->next)
      if (p->kind == ND_NAME && p->u.name.name == l->u.name.name &&
          !is_blank_name(l)) {
        check_errorf(c, l, "%s repeated on left side of :=", l->u.name.name);
        break;
      }
    Object *old = is_blank_name(l) ? NULL : types_scope_lookup(c->scope, l->u.name.name);
    if (old) {
      l->u.name.object = old;
      objs[i] = old;
      continue;
    }
    objs[i] = new_local(c, l, NULL);
    if (!is_blank_name(l))
      any_new = true;
  }
  /* Values: checked before the new variables are in scope. */
  Type **hints = types_alloc(sizeof(Type *) * (size_t)(nl + 1));
  i = 0;
  for (Node *l = lhs; l; l = l->next, i++)
    hints[i] = objs[i] && objs[i]->type && objs[i]->kind == OBJ_VAR &&
                       objs[i]->parent ? objs[i]->type : NULL;
  Values vals;
  if (nl == nr && !(nr == 1 && unparen(rhs)->kind == ND_CALL)) {
    memset(&vals, 0, sizeof vals);
    vals.ops = types_alloc(sizeof(Operand) * (size_t)(nr + 1));
    vals.slots = types_alloc(sizeof(Node **) * (size_t)(nr + 1));
    int k = 0;
    for (Node **slot = &s->u.assign.rhs; *slot; slot = &(*slot)->next, k++) {
      check_expr_with_hint(c, &vals.ops[k], *slot, hints[k]);
      vals.slots[k] = slot;
    }
    vals.count = nr;
  } else {
    vals = eval_rhs(c, &s->u.assign.rhs, nl, NULL);
  }
  i = 0;
  for (Node *l = lhs; l; l = l->next, i++) {
    Object *obj = objs[i];
    if (!obj)
      continue;
    Operand *v = vals.count >= 0 && i < vals.count ? &vals.ops[i] : NULL;
    Node **slot = v && vals.slots ? vals.slots[i] : NULL;
    if (obj->parent) {
      /* An existing variable: plain assignment. */
      if (obj->kind != OBJ_VAR) {
        check_errorf(c, l, "cannot assign to %s (neither addressable nor a map index expression)",
                     l->u.name.name);
        continue;
      }
      if (v && v->mode != MODE_INVALID)
        check_assignment(c, v, obj->type, "assignment", slot);
      continue;
    }
    if (!v || v->mode == MODE_INVALID) {
      obj->type = types_invalid;
      continue;
    }
    if (is_blank_name(l)) {
      check_assignment(c, v, NULL, "assignment", slot);
      obj->type = v->type ? v->type : types_invalid;
      continue;
    }
    check_assignment(c, v, NULL, "assignment", slot);
    if (v->mode == MODE_INVALID) {
      obj->type = types_invalid;
      continue;
    }
    obj->type = v->type;
    if (obj->type && obj->type->kind == TY_TUPLE)
      obj->type = types_invalid;
    l->type = obj->type;
  }
  if (!any_new && nl > 0) {
    bool all_names = true;
    for (Node *l = lhs; l; l = l->next)
      if (l->kind != ND_NAME)
        all_names = false;
    if (all_names)
      check_errorf_pos(c, s->pos, "no new variables on left side of :=");
  }
  i = 0;
  for (Node *l = lhs; l; l = l->next, i++) {
    Object *obj = objs[i];
    if (obj && !obj->parent && !is_blank_name(l)) {
      if (!obj->type)
        obj->type = types_invalid;
      types_scope_insert(c->scope, obj);
    } else if (obj && is_blank_name(l)) {
      l->u.name.object = obj;
    }
  }
}

/* var x T = v inside a function. */
void check_var_spec_local(Checker *c, Node *spec) {
  Node *names = spec->u.value_spec.names;
  int nl = list_length(names);
  Type *t = NULL;
  if (spec->u.value_spec.type)
    t = check_type_expr(c, spec->u.value_spec.type);
  Object **objs = types_alloc(sizeof(Object *) * (size_t)(nl + 1));
  int i = 0;
  for (Node *n = names; n; n = n->next, i++) {
    objs[i] = new_local(c, n, t);
  }
  Node *values = spec->u.value_spec.values;
  if (values) {
    int nr = list_length(values);
    if (nr == nl && !(nr == 1 && unparen(values)->kind == ND_CALL)) {
      i = 0;
      for (Node **slot = &spec->u.value_spec.values; *slot; slot = &(*slot)->next, i++) {
        Operand v;
        check_expr_with_hint(c, &v, *slot, t);
        Object *o = objs[i];
        if (v.mode == MODE_INVALID) {
          if (!o->type)
            o->type = types_invalid;
          continue;
        }
        if (t) {
          check_assignment(c, &v, t, "variable declaration", slot);
        } else {
          if (v.type && v.type->kind == TY_UNTYPED_NIL) {
            check_errorf(c, *slot, "use of untyped nil in variable declaration");
            o->type = types_invalid;
            continue;
          }
          check_assignment(c, &v, NULL, "variable declaration", slot);
          o->type = v.mode == MODE_INVALID ? types_invalid : v.type;
        }
      }
    } else {
      Values vals = eval_rhs(c, &spec->u.value_spec.values, nl, NULL);
      for (i = 0; i < nl; i++) {
        Object *o = objs[i];
        if (vals.count < 0) {
          if (!o->type)
            o->type = types_invalid;
          continue;
        }
        Operand *v = &vals.ops[i];
        Node **vslot = vals.slots ? vals.slots[i] : NULL;
        if (t) {
          check_assignment(c, v, t, "variable declaration", vslot);
        } else {
          check_assignment(c, v, NULL, "variable declaration", vslot);
          o->type = v->mode == MODE_INVALID ? types_invalid : v->type;
        }
      }
    }
  }
  i = 0;
  for (Node *n = names; n; n = n->next, i++) {
    if (!objs[i]->type)
      objs[i]->type = types_invalid;
    n->type = objs[i]->type;
    declare_local(c, n, objs[i]);
  }
}

void check_decl_stmt(Checker *c, Node *decl) {
  Node *last_type = NULL, *last_values = NULL;
  int last_group = -1;
  for (Node *spec = decl->u.decl_stmt.decls; spec; spec = spec->next) {
    switch (spec->kind) {
    case ND_CONST_SPEC: {
      Node *t = spec->u.value_spec.type, *v = spec->u.value_spec.values;
      if (spec->u.value_spec.group == last_group && spec->u.value_spec.group != 0 &&
          !t && !v) {
        check_const_spec(c, spec, last_type, last_values, spec->u.value_spec.iota, true);
      } else {
        last_type = t;
        last_values = v;
        last_group = spec->u.value_spec.group;
        check_const_spec(c, spec, NULL, NULL, spec->u.value_spec.iota, true);
      }
      break;
    }
    case ND_VAR_SPEC:
      check_var_spec_local(c, spec);
      break;
    case ND_TYPE_SPEC: {
      c->pkg->local_type_count++;
      Node *name = spec->u.type_spec.name;
      Object *obj = types_new_object(OBJ_TYPE, name->u.name.name, NULL, c->pkg,
                                     c->source, name->pos);
      obj->ident = name;
      obj->u.type_name.is_alias = spec->u.type_spec.alias;
      /* Local types are in scope in their own declaration. */
      declare_local(c, name, obj);
      obj->color = 1;
      check_type_decl(c, obj, spec);
      obj->color = 2;
      break;
    }
    default:
      break;
    }
  }
}

/* ---- Control flow ---- */

static void condition(Checker *c, Node *cond, const char *what) {
  Operand x;
  check_expr(c, &x, cond);
  if (x.mode != MODE_INVALID && !types_is_boolean(x.type) &&
      !(x.type->kind == TY_TYPEPARAM && types_core(x.type) &&
        types_is_boolean(types_core(x.type))))
    check_errorf(c, cond, "non-boolean condition in %s statement", what);
  else if (x.mode != MODE_INVALID && types_is_untyped(x.type))
    check_convert_untyped(c, &x, types_basic[TY_BOOL]);
}

static void simple_stmt(Checker *c, Node *s) {
  if (s)
    stmt(c, s, 0);
}

static bool is_terminating_list(Node *list, const char *label);

/* Case values of an expression switch: compare, and detect duplicates. */
typedef struct CaseValue {
  const Value *value;
  Type *type;
  Node *expr;
} CaseValue;

static void switch_stmt(Checker *c, Node *s, int ctx) {
  open_scope(c, "switch");
  simple_stmt(c, s->u.switch_stmt.init);
  Operand x;
  memset(&x, 0, sizeof x);
  Node *tag = s->u.switch_stmt.tag;
  if (tag) {
    check_expr(c, &x, tag);
    check_default_untyped(c, &x);
    if (x.mode != MODE_INVALID && !types_comparable(x.type) &&
        !types_has_nil(x.type)) {
      check_errorf(c, tag, "cannot switch on %s", check_operand_string(c, &x));
      x.mode = MODE_INVALID;
    }
  } else {
    x.mode = MODE_CONSTANT;
    x.type = types_basic[TY_BOOL];
    x.value = value_bool(true);
  }
  CaseValue *seen = NULL;
  int nseen = 0, seen_cap = 0;
  Node *default_clause = NULL;
  for (Node *cl = s->u.switch_stmt.clauses; cl; cl = cl->next) {
    if (cl->u.case_clause.is_default) {
      if (default_clause)
        check_errorf(c, cl, "multiple defaults in switch");
      default_clause = cl;
    }
    for (Node **slot = &cl->u.case_clause.list; *slot; slot = &(*slot)->next) {
      Node *e = *slot;
      Operand y;
      check_expr(c, &y, e);
      if (x.mode == MODE_INVALID || y.mode == MODE_INVALID)
        continue;
      /* The case value must be comparable with the tag. */
      Operand xx = x, yy = y;
      xx.expr = tag ? tag : NULL;
      if (!tag) {
        const char *why;
        if (types_is_untyped(yy.type))
          check_convert_untyped(c, &yy, types_basic[TY_BOOL]);
        if (yy.mode == MODE_INVALID)
          continue;
        if (!check_assignable(c, &yy, types_basic[TY_BOOL], &why) &&
            !check_assignable(c, &xx, yy.type, &why)) {
          check_errorf(c, e, "invalid case %s in switch (mismatched types %s and bool)",
                       check_expr_string(e), check_type_string(c, yy.type));
          continue;
        }
      } else {
        if (types_is_untyped(yy.type))
          check_convert_untyped(c, &yy, x.type);
        if (yy.mode == MODE_INVALID)
          continue;
        const char *why;
        if (!check_assignable(c, &yy, x.type, &why) &&
            !check_assignable(c, &xx, yy.type, &why)) {
          check_errorf(c, e, "invalid case %s in switch on %s (mismatched types %s and %s)",
                       check_expr_string(e), check_expr_string(tag),
                       check_type_string(c, yy.type), check_type_string(c, x.type));
          continue;
        }
        if (types_under(x.type)->kind == TY_INTERFACE &&
            types_under(yy.type)->kind != TY_INTERFACE)
          check_assignment(c, &yy, x.type, "switch case", slot);
      }
      if (yy.mode == MODE_CONSTANT && (yy.value->kind == VAL_INT ||
                                       yy.value->kind == VAL_FLOAT ||
                                       yy.value->kind == VAL_STRING)) {
        for (int i = 0; i < nseen; i++)
          if (types_identical(seen[i].type, yy.type) &&
              value_compare(TK_EQL, seen[i].value, yy.value)) {
            Pos p = node_start(seen[i].expr);
            check_errorf(c, e, "duplicate case %s in expression switch\n\t%s:%d:%d: previous case",
                         check_operand_string(c, &yy), c->source->path,
                         (int)p.line, (int)p.col);
            break;
          }
        CaseValue cv = {yy.value, yy.type, e};
        PUSH(seen, nseen, seen_cap, cv);
      }
    }
    open_scope(c, "case");
    int cctx = ctx | CTX_BREAK_OK | CTX_FALLTHROUGH_OK;
    if (!cl->next)
      cctx |= CTX_FINAL_CASE;
    stmt_list(c, cl->u.case_clause.body, cctx);
    close_scope(c);
  }
  close_scope(c);
}

/* Where the ":=" after `lhs` is: gc reports a bad type-switch guard
 * there, and the tree does not keep that token's position. */
static Pos define_after(const Source *source, Pos end) {
  if (!source)
    return end;
  const char *p = source->text, *limit = source->text + source->length;
  for (int32_t line = 1; line < end.line && p < limit; p++)
    if (*p == '\n')
      line++;
  Pos at = end;
  p += end.col - 1;
  while (p < limit && (*p == ' ' || *p == '\t')) {
    p++;
    at.col++;
  }
  return p + 1 < limit && p[0] == ':' && p[1] == '=' ? at : end;
}

/* gofmt's parser accepts `a.b := x.(type)`; gc's parser rejects it, and
 * parse.c leaves that error to the checker. */
void check_bad_guard(Checker *c, const Node *guard) {
  const Node *lhs = guard->u.guard.lhs;
  check_errorf_pos(c, define_after(c->source, lhs->end),
                   "syntax error: cannot use %s := %s.(type) as value",
                   check_expr_string(lhs), check_expr_string(guard->u.guard.x));
}

static void type_switch_stmt(Checker *c, Node *s, int ctx) {
  open_scope(c, "type switch");
  simple_stmt(c, s->u.switch_stmt.init);
  Node *guard = s->u.switch_stmt.tag;
  Node *lhs = guard->u.guard.lhs;
  if (lhs && lhs->kind != ND_NAME)
    lhs = NULL; /* reported before checking began (check_bad_guard) */
  Operand x;
  check_expr(c, &x, guard->u.guard.x);
  bool ok = x.mode != MODE_INVALID;
  if (ok && x.type->kind == TY_TYPEPARAM) {
    check_errorf(c, guard->u.guard.x, "cannot use type switch on type parameter value %s",
                 check_operand_string(c, &x));
    ok = false;
  } else if (ok && types_under(x.type)->kind != TY_INTERFACE) {
    check_errorf(c, guard->u.guard.x, "%s is not an interface",
                 check_operand_string(c, &x));
    ok = false;
  }
  guard->type = x.type;
  Object **clause_vars = NULL;
  int nvars = 0, vcap = 0;
  Node *default_clause = NULL;
  Type **seen = NULL;
  Node **seen_at = NULL;
  int nseen = 0, seen_cap = 0, at_cap = 0, nat = 0;
  for (Node *cl = s->u.switch_stmt.clauses; cl; cl = cl->next) {
    if (cl->u.case_clause.is_default) {
      if (default_clause)
        check_errorf(c, cl, "multiple defaults in switch");
      default_clause = cl;
    }
    Type *single = NULL;
    int ntypes = 0;
    for (Node *e = cl->u.case_clause.list; e; e = e->next) {
      ntypes++;
      Node *ue = unparen(e);
      Type *t;
      if (ue->kind == ND_NAME && strcmp(ue->u.name.name, "nil") == 0 &&
          types_scope_lookup_parent(c->scope, ue->u.name.name, NULL) &&
          types_scope_lookup_parent(c->scope, ue->u.name.name, NULL)->kind == OBJ_NIL) {
        t = types_basic[TY_UNTYPED_NIL];
        ue->u.name.object = types_scope_lookup_parent(c->scope, ue->u.name.name, NULL);
        e->type = t;
      } else {
        t = check_type_expr(c, e);
      }
      single = t;
      if (!ok || t->kind == TY_INVALID)
        continue;
      /* Duplicate types. */
      for (int i = 0; i < nseen; i++)
        if (types_identical(seen[i], t)) {
          Pos p = node_start(seen_at[i]);
          check_errorf(c, e, "duplicate case %s in type switch\n\t%s:%d:%d: previous case",
                       t->kind == TY_UNTYPED_NIL ? "nil" : check_type_string(c, t),
                       c->source->path, (int)p.line, (int)p.col);
          break;
        }
      PUSH(seen, nseen, seen_cap, t);
      PUSH(seen_at, nat, at_cap, e);
      if (t->kind != TY_UNTYPED_NIL && t->kind != TY_TYPEPARAM &&
          types_under(t)->kind != TY_INTERFACE) {
        bool wrong, ptr;
        Object *m = check_missing_method(c, t, x.type, false, &wrong, &ptr);
        if (m) {
          const char *why = NULL;
          check_implements(c, t, x.type, &why);
          check_errorf(c, e, "impossible type switch case: %s cannot have dynamic type %s (%s)",
                       check_operand_string(c, &x), check_type_string(c, t),
                       why && strchr(why, '(') ? strchr(why, '(') + 1 : "");
        }
      }
    }
    open_scope(c, "case");
    if (lhs) {
      /* The symbolic variable: the case's type when it names exactly one
       * (non-nil) type, the guard's type otherwise. */
      Type *vt = (ntypes == 1 && single && single->kind != TY_UNTYPED_NIL) ? single : x.type;
      if (!ok)
        vt = types_invalid;
      Object *v = types_new_object(OBJ_VAR, lhs->u.name.name, vt, c->pkg, c->source,
                                   lhs->pos);
      v->ident = lhs;
      v->u.var.var_kind = VAR_LOCAL;
      if (strcmp(lhs->u.name.name, "_") != 0)
        types_scope_insert(c->scope, v);
      PUSH(clause_vars, nvars, vcap, v);
      /* Each clause declares its own v; ExprInfo.implicit_obj of the
       * clause gives it (the guard's name denotes the first clause's). */
      check_record(c, cl)->implicit_obj = v;
      cl->type = vt;
    }
    stmt_list(c, cl->u.case_clause.body, ctx | CTX_BREAK_OK | CTX_IN_TYPE_SWITCH);
    close_scope(c);
  }
  if (lhs) {
    if (strcmp(lhs->u.name.name, "_") == 0) {
      check_errorf(c, lhs, "no new variable on left side of :=");
    } else {
      bool used = false;
      for (int i = 0; i < nvars; i++)
        if (clause_vars[i]->used)
          used = true;
      /* One error for all the clause variables. */
      if (!used && ok)
        check_errorf(c, lhs, "%s declared and not used", lhs->u.name.name);
      if (nvars > 0)
        lhs->u.name.object = clause_vars[0];
    }
  }
  close_scope(c);
}

static void select_stmt(Checker *c, Node *s, int ctx) {
  for (Node *cl = s->u.select_stmt.clauses; cl; cl = cl->next) {
    open_scope(c, "select case");
    Node *comm = cl->u.comm_clause.comm;
    if (comm) {
      bool valid = false;
      Node *rhs = NULL;
      switch (comm->kind) {
      case ND_SEND_STMT:
        valid = true;
        break;
      case ND_ASSIGN_STMT:
        if (comm->u.assign.rhs && !comm->u.assign.rhs->next)
          rhs = comm->u.assign.rhs;
        break;
      case ND_EXPR_STMT:
        rhs = comm->u.expr_stmt.x;
        break;
      default:
        break;
      }
      if (rhs) {
        Node *r = unparen(rhs);
        valid = r->kind == ND_UNARY && r->u.unary.op == TK_ARROW;
      }
      if (!valid)
        check_errorf(c, comm, "select case must be receive, send or assign recv");
      else
        stmt(c, comm, 0);
    }
    stmt_list(c, cl->u.comm_clause.body, ctx | CTX_BREAK_OK);
    close_scope(c);
  }
}

/* Range over x: the key and value types (NULL: not permitted). */
static bool range_types(Checker *c, Operand *x, Type **key, Type **val,
                        const char **cause, bool *is_func) {
  *key = *val = NULL;
  *cause = NULL;
  *is_func = false;
  Type *u = types_core(x->type);
  if (!u) {
    *cause = "no core type";
    return false;
  }
  switch (u->kind) {
  case TY_STRING: case TY_UNTYPED_STRING:
    *key = types_basic[TY_INT];
    *val = types_rune;
    return true;
  case TY_ARRAY:
    *key = types_basic[TY_INT];
    *val = u->u.array.elem;
    return true;
  case TY_SLICE:
    *key = types_basic[TY_INT];
    *val = u->u.slice.elem;
    return true;
  case TY_POINTER: {
    Type *a = types_under(u->u.pointer.elem);
    if (a->kind == TY_ARRAY) {
      *key = types_basic[TY_INT];
      *val = a->u.array.elem;
      return true;
    }
    return false;
  }
  case TY_MAP:
    *key = u->u.map.key;
    *val = u->u.map.elem;
    return true;
  case TY_CHAN:
    if (u->u.chan.dir == CHAN_SEND) {
      *cause = "receive from send-only channel";
      return false;
    }
    *key = u->u.chan.elem;
    return true;
  case TY_FUNC: {
    /* func(yield func(...) bool) */
    if (u->u.func.params->u.tuple.count != 1 || u->u.func.results->u.tuple.count != 0)
      return false;
    Type *y = types_core(u->u.func.params->u.tuple.vars[0]->type);
    if (!y || y->kind != TY_FUNC || y->u.func.results->u.tuple.count != 1 ||
        !types_is_boolean(y->u.func.results->u.tuple.vars[0]->type) ||
        y->u.func.params->u.tuple.count > 2)
      return false;
    *is_func = true;
    if (y->u.func.params->u.tuple.count >= 1)
      *key = y->u.func.params->u.tuple.vars[0]->type;
    if (y->u.func.params->u.tuple.count == 2)
      *val = y->u.func.params->u.tuple.vars[1]->type;
    return true;
  }
  default:
    if (types_is_integer(u)) {
      if (types_is_untyped(x->type))
        check_default_untyped(c, x);
      *key = x->type;
      return true;
    }
    return false;
  }
}

static void range_stmt(Checker *c, Node *s, int ctx) {
  open_scope(c, "range");
  Operand x;
  check_expr(c, &x, s->u.range_stmt.x);
  Node *kn = s->u.range_stmt.key, *vn = s->u.range_stmt.value;
  Type *kt = NULL, *vt = NULL;
  bool valid = false;
  if (x.mode != MODE_INVALID) {
    const char *cause;
    bool is_func;
    valid = range_types(c, &x, &kt, &vt, &cause, &is_func);
    if (valid && is_func)
      c->pkg->range_func_count++;
    if (!valid && check_mentions_invalid(x.type)) {
      /* an unmodeled type: ranging over it is accepted, untyped */
    } else if (!valid) {
      if (cause)
        check_errorf(c, s->u.range_stmt.x, "cannot range over %s: %s",
                     check_operand_string(c, &x), cause);
      else
        check_errorf(c, s->u.range_stmt.x, "cannot range over %s",
                     check_operand_string(c, &x));
    } else {
      if (types_is_untyped(x.type))
        check_default_untyped(c, &x);
      Node *extra = NULL;
      if (vn && !vt)
        extra = vn;
      else if (kn && !kt)
        extra = kn;
      if (extra) {
        Type *u = types_core(x.type);
        if (u && u->kind == TY_FUNC)
          check_errorf(c, extra, "range over %s permits only %d iteration variable%s",
                       check_operand_string(c, &x), kt ? 1 : 0, kt ? "" : "s");
        else
          check_errorf(c, extra, "range over %s permits only one iteration variable",
                       check_operand_string(c, &x));
        valid = false;
      }
    }
  }
  Node *lhs[2] = {kn, vn};
  Type *rhs[2] = {kt, vt};
  if (s->u.range_stmt.op == TK_DEFINE) {
    Object *vars[2] = {NULL, NULL};
    bool any_new = false;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i])
        continue;
      if (lhs[i]->kind != ND_NAME) {
        check_errorf(c, lhs[i], "non-name %s on left side of :=", check_expr_string(lhs[i]));
        continue;
      }
      Type *t = valid && rhs[i] ? rhs[i] : types_invalid;
      if (t && types_is_untyped(t))
        t = types_default(t);
      vars[i] = new_local(c, lhs[i], t);
      lhs[i]->type = t;
      if (!is_blank_name(lhs[i]))
        any_new = true;
    }
    for (int i = 0; i < 2; i++)
      if (vars[i])
        declare_local(c, lhs[i], vars[i]);
    if (!any_new && (kn || vn))
      check_errorf_pos(c, s->pos, "no new variables on left side of :=");
  } else if (s->u.range_stmt.op == TK_ASSIGN) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i])
        continue;
      Operand v;
      memset(&v, 0, sizeof v);
      v.mode = MODE_VALUE;
      v.type = valid && rhs[i] ? rhs[i] : types_invalid;
      v.expr = lhs[i];
      if (!valid) {
        Operand t;
        lhs_var(c, lhs[i], &t);
        continue;
      }
      Operand t;
      Type *lt = lhs_var(c, lhs[i], &t);
      if (t.mode == MODE_INVALID || !lt)
        continue;
      const char *why;
      if (!check_assignable(c, &v, lt, &why)) {
        check_errorf(c, lhs[i], "cannot use %s (value of type %s) as %s value in range clause",
                     check_expr_string(lhs[i]), check_type_string(c, v.type),
                     check_type_string(c, lt));
      }
    }
  }
  stmt(c, s->u.range_stmt.body, ctx | CTX_BREAK_OK | CTX_CONTINUE_OK);
  close_scope(c);
}

static void go_defer(Checker *c, Node *s, const char *what) {
  Node *call = s->u.go_defer.call;
  Node *u = unparen(call);
  if (u->kind != ND_CALL) {
    Operand x;
    check_expr(c, &x, call);
    check_errorf(c, call, "expression in %s must be function call", what);
    return;
  }
  Operand x;
  check_stmt_expr(c, &x, call);
  if (x.mode == MODE_INVALID)
    return;
  const ExprInfo *info = check_expr_info(c->pkg, u);
  if (info && info->call_kind == CALL_CONVERSION) {
    check_errorf(c, call, "%s requires function call, not conversion", what);
    return;
  }
  if (info && info->call_kind == CALL_BUILTIN && !universe_builtin_is_stmt(info->builtin)) {
    check_errorf(c, call, "%s discards result of %s", what,
                 check_operand_string(c, &x));
  }
}

static void return_stmt(Checker *c, Node *s) {
  Type *sig = c->func ? c->func->sig : NULL;
  Type *results = sig ? sig->u.func.results : NULL;
  int want = results ? results->u.tuple.count : 0;
  Node *list = s->u.return_stmt.results;
  int n = list_length(list);
  if (n == 0) {
    if (want > 0) {
      /* Naked return: results must be named and not shadowed. */
      Object *r0 = results->u.tuple.vars[0];
      if (!r0->name || !r0->name[0]) {
        Type **w = types_alloc(sizeof(Type *) * (size_t)want);
        StrBuf b = {NULL, 0, 0};
        strbuf_puts(&b, "(");
        for (int i = 0; i < want; i++) {
          if (i)
            strbuf_puts(&b, ", ");
          types_print(&b, results->u.tuple.vars[i]->type, c->pkg);
        }
        strbuf_puts(&b, ")");
        check_errorf_pos(c, s->pos, "not enough return values\n\thave ()\n\twant %s", b.data);
        strbuf_free(&b);
        (void)w;
        return;
      }
      for (int i = 0; i < want; i++) {
        Object *r = results->u.tuple.vars[i];
        Object *found = types_scope_lookup_parent(c->scope, r->name, NULL);
        if (found && found != r && strcmp(r->name, "_") != 0) {
          check_errorf_pos(c, s->pos, "result parameter %s not in scope at return\n\t%s:%d:%d: inner declaration of %s",
                           r->name, found->source ? found->source->path : "",
                           (int)found->pos.line, (int)found->pos.col, r->name);
        }
      }
    }
    return;
  }
  if (want == 0) {
    /* gc: "too many return values" with have/want lists. */
    Operand *ops = types_alloc(sizeof(Operand) * (size_t)(n + 1));
    int i = 0;
    for (Node *r = list; r; r = r->next, i++)
      check_expr(c, &ops[i], r);
    for (i = 0; i < n; i++)
      if (ops[i].mode == MODE_INVALID)
        return;
    Type **have = types_alloc(sizeof(Type *) * (size_t)(n + 1));
    for (i = 0; i < n; i++)
      have[i] = ops[i].type;
    StrBuf b = {NULL, 0, 0};
    strbuf_puts(&b, "(");
    for (i = 0; i < n; i++) {
      if (i)
        strbuf_puts(&b, ", ");
      Type *t = have[i];
      if (!t || t->kind == TY_INVALID)
        strbuf_puts(&b, "unknown type");
      else if (types_is_untyped(t))
        strbuf_puts(&b, types_is_numeric(t) ? "number" : t->u.basic.name + 8);
      else
        types_print(&b, t, c->pkg);
    }
    strbuf_puts(&b, ")");
    check_errorf(c, list, "too many return values\n\thave %s\n\twant ()", b.data);
    strbuf_free(&b);
    return;
  }
  /* Evaluate; a single call may supply several results. */
  Operand *ops;
  Node ***slots;
  int have_n;
  Operand single;
  bool spread = false;
  if (n == 1 && want > 1) {
    check_multi_expr(c, &single, list);
    if (single.mode == MODE_INVALID)
      return;
    if (single.type && single.type->kind == TY_TUPLE) {
      have_n = single.type->u.tuple.count;
      ops = types_alloc(sizeof(Operand) * (size_t)(have_n + 1));
      for (int i = 0; i < have_n; i++) {
        ops[i] = single;
        ops[i].mode = MODE_VALUE;
        ops[i].type = single.type->u.tuple.vars[i]->type;
      }
      spread = true;
    } else {
      have_n = 1;
      ops = types_alloc(sizeof(Operand));
      ops[0] = single;
      if (single.mode == MODE_NOVALUE) {
        check_errorf(c, list, "%s (no value) used as value", check_expr_string(list));
        return;
      }
    }
    slots = NULL;
  } else {
    ops = types_alloc(sizeof(Operand) * (size_t)(n + 1));
    slots = types_alloc(sizeof(Node **) * (size_t)(n + 1));
    int i = 0;
    for (Node **slot = &s->u.return_stmt.results; *slot; slot = &(*slot)->next, i++) {
      Type *hint = i < want ? results->u.tuple.vars[i]->type : NULL;
      check_expr_with_hint(c, &ops[i], *slot, hint);
      slots[i] = slot;
    }
    have_n = n;
  }
  if (have_n != want) {
    for (int i = 0; i < have_n; i++)
      if (ops[i].mode == MODE_INVALID)
        return;
    Node *at;
    const char *qual;
    if (have_n < want) {
      qual = "not enough";
      at = list;
      if (!spread)
        for (int i = 0; i < n - 1; i++)
          at = at->next;
    } else {
      qual = "too many";
      at = list;
      for (int i = 0; i < want && at && !spread; i++)
        at = at->next;
      if (!at)
        at = list;
    }
    StrBuf h = {NULL, 0, 0}, w = {NULL, 0, 0};
    strbuf_puts(&h, "(");
    for (int i = 0; i < have_n; i++) {
      if (i)
        strbuf_puts(&h, ", ");
      Type *t = ops[i].type;
      if (!t || t->kind == TY_INVALID)
        strbuf_puts(&h, "unknown type");
      else if (types_is_untyped(t))
        strbuf_puts(&h, types_is_numeric(t) ? "number" : t->u.basic.name + 8);
      else
        types_print(&h, t, c->pkg);
    }
    strbuf_puts(&h, ")");
    strbuf_puts(&w, "(");
    for (int i = 0; i < want; i++) {
      if (i)
        strbuf_puts(&w, ", ");
      types_print(&w, results->u.tuple.vars[i]->type, c->pkg);
    }
    strbuf_puts(&w, ")");
    check_errorf(c, at, "%s return values\n\thave %s\n\twant %s", qual, h.data, w.data);
    strbuf_free(&h);
    strbuf_free(&w);
    return;
  }
  for (int i = 0; i < want; i++)
    check_assignment(c, &ops[i], results->u.tuple.vars[i]->type, "return statement",
                     slots ? slots[i] : NULL);
}

static void branch_stmt(Checker *c, Node *s, int ctx) {
  /* Misplaced branches were reported before type checking
   * (check_branches); labels got their objects there. */
  (void)c;
  (void)s;
  (void)ctx;
}

static void expr_stmt(Checker *c, Node *s) {
  Node *e = s->u.expr_stmt.x;
  Operand x;
  check_stmt_expr(c, &x, e);
  if (x.mode == MODE_INVALID)
    return;
  Node *u = unparen(e);
  const char *msg = "is not used";
  bool ok = false;
  if (u->kind == ND_CALL) {
    const ExprInfo *info = check_expr_info(c->pkg, u);
    if (info && info->call_kind == CALL_CONVERSION)
      ok = false;
    else if (info && info->call_kind == CALL_BUILTIN)
      ok = universe_builtin_is_stmt(info->builtin);
    else
      ok = true;
  } else if (u->kind == ND_UNARY && u->u.unary.op == TK_ARROW) {
    ok = true;
  }
  if (!ok) {
    if (x.mode == MODE_TYPEXPR)
      check_errorf(c, e, "%s is not an expression", check_operand_string(c, &x));
    else
      check_errorf(c, e, "%s %s", check_operand_string(c, &x), msg);
  }
}

/* A type parameter whose every type is numeric. */
static bool all_numeric_terms(Type *t) {
  if (t->kind != TY_TYPEPARAM)
    return false;
  if (check_mentions_invalid(t))
    return true;
  TypeSet *set = types_type_set(t->u.tparam.constraint);
  if (set->all || set->term_count == 0)
    return false;
  for (int i = 0; i < set->term_count; i++)
    if (!types_is_numeric(types_under(set->terms[i].type)))
      return false;
  return true;
}

static void stmt(Checker *c, Node *s, int ctx) {
  switch (s->kind) {
  case ND_EMPTY_STMT:
  case ND_BAD:
    break;
  case ND_BLOCK:
    open_scope(c, "block");
    stmt_list(c, s->u.block.stmts, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE));
    close_scope(c);
    break;
  case ND_EXPR_STMT:
    expr_stmt(c, s);
    break;
  case ND_SEND_STMT: {
    Operand ch, v;
    check_expr(c, &ch, s->u.send.chan);
    check_expr(c, &v, s->u.send.value);
    if (ch.mode == MODE_INVALID || v.mode == MODE_INVALID)
      break;
    Type *u = types_core(ch.type);
    if (!u || u->kind != TY_CHAN) {
      check_errorf(c, s, "invalid operation: cannot send to non-channel %s",
                   check_operand_string(c, &ch));
      break;
    }
    if (u->u.chan.dir == CHAN_RECV) {
      check_errorf(c, s, "invalid operation: cannot send to receive-only channel %s %s",
                   check_type_string(c, ch.type), check_operand_string(c, &ch));
      break;
    }
    check_assignment(c, &v, u->u.chan.elem, "send", &s->u.send.value);
    break;
  }
  case ND_INC_DEC_STMT: {
    Operand x;
    check_expr(c, &x, s->u.inc_dec.x);
    if (x.mode == MODE_INVALID)
      break;
    if (!types_is_numeric(x.type) && !all_numeric_terms(x.type)) {
      check_errorf(c, s->u.inc_dec.x, "invalid operation: %s%s (non-numeric type %s)",
                   check_expr_string(s->u.inc_dec.x),
                   s->u.inc_dec.op == TK_INC ? "++" : "--",
                   check_type_string(c, x.type));
      break;
    }
    Operand t;
    lhs_var(c, s->u.inc_dec.x, &t);
    break;
  }
  case ND_ASSIGN_STMT:
    assign_stmt(c, s);
    break;
  case ND_GO_STMT:
    go_defer(c, s, "go");
    break;
  case ND_DEFER_STMT:
    go_defer(c, s, "defer");
    break;
  case ND_RETURN_STMT:
    return_stmt(c, s);
    break;
  case ND_BRANCH_STMT:
    branch_stmt(c, s, ctx);
    break;
  case ND_IF_STMT:
    open_scope(c, "if");
    simple_stmt(c, s->u.if_stmt.init);
    condition(c, s->u.if_stmt.cond, "if");
    stmt(c, s->u.if_stmt.then, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE));
    if (s->u.if_stmt.els)
      stmt(c, s->u.if_stmt.els, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE));
    close_scope(c);
    break;
  case ND_SWITCH_STMT:
    if (s->u.switch_stmt.tag && s->u.switch_stmt.tag->kind == ND_TYPE_SWITCH_GUARD)
      type_switch_stmt(c, s, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE | CTX_IN_TYPE_SWITCH));
    else
      switch_stmt(c, s, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE | CTX_IN_TYPE_SWITCH));
    break;
  case ND_SELECT_STMT:
    select_stmt(c, s, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE | CTX_IN_TYPE_SWITCH));
    break;
  case ND_FOR_STMT:
    open_scope(c, "for");
    simple_stmt(c, s->u.for_stmt.init);
    if (s->u.for_stmt.cond)
      condition(c, s->u.for_stmt.cond, "for");
    simple_stmt(c, s->u.for_stmt.post);
    stmt(c, s->u.for_stmt.body,
         (ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE | CTX_IN_TYPE_SWITCH)) |
             CTX_BREAK_OK | CTX_CONTINUE_OK);
    close_scope(c);
    break;
  case ND_RANGE_STMT:
    range_stmt(c, s, ctx & ~(CTX_FALLTHROUGH_OK | CTX_FINAL_CASE | CTX_IN_TYPE_SWITCH));
    break;
  case ND_LABELED_STMT:
    stmt(c, s->u.labeled.stmt, ctx);
    break;
  case ND_DECL_STMT:
    check_decl_stmt(c, s);
    break;
  default:
    check_errorf(c, s, "invalid statement");
    break;
  }
}

/* ---- Terminating statements (spec) ---- */

/* Does the statement list contain a break that targets the statement with
 * the given label (or an unlabeled break at this level)? */
static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(Node *list, const char *label, bool implicit) {
  for (Node *s = list; s; s = s->next)
    if (has_break(s, label, implicit))
      return true;
  return false;
}

static bool has_break(Node *s, const char *label, bool implicit) {
  if (!s)
    return false;
  switch (s->kind) {
  case ND_BRANCH_STMT:
    if (s->u.branch.op != TK_BREAK)
      return false;
    if (!s->u.branch.label)
      return implicit;
    return label && s->u.branch.label->u.name.name == label;
  case ND_BLOCK:
    return has_break_list(s->u.block.stmts, label, implicit);
  case ND_IF_STMT:
    return has_break(s->u.if_stmt.then, label, implicit) ||
           has_break(s->u.if_stmt.els, label, implicit);
  case ND_LABELED_STMT:
    return has_break(s->u.labeled.stmt, label, implicit);
  case ND_CASE_CLAUSE:
    return has_break_list(s->u.case_clause.body, label, implicit);
  case ND_COMM_CLAUSE:
    return has_break_list(s->u.comm_clause.body, label, implicit);
  /* Nested breakable statements capture unlabeled breaks. */
  case ND_SWITCH_STMT:
    for (Node *cl = s->u.switch_stmt.clauses; cl; cl = cl->next)
      if (has_break(cl, label, false))
        return true;
    return false;
  case ND_SELECT_STMT:
    for (Node *cl = s->u.select_stmt.clauses; cl; cl = cl->next)
      if (has_break(cl, label, false))
        return true;
    return false;
  case ND_FOR_STMT:
    return label && has_break(s->u.for_stmt.body, label, false);
  case ND_RANGE_STMT:
    return label && has_break(s->u.range_stmt.body, label, false);
  default:
    return false;
  }
}

static bool is_panic_call(Node *e) {
  e = unparen(e);
  if (e->kind != ND_CALL)
    return false;
  Node *f = unparen(e->u.call.fun);
  if (f->kind != ND_NAME)
    return false;
  Object *o = f->u.name.object;
  return o && o->kind == OBJ_BUILTIN && o->u.builtin.id == BI_PANIC;
}

bool check_terminates(Node *s, const char *label) {
  if (!s)
    return false;
  switch (s->kind) {
  case ND_RETURN_STMT:
    return true;
  case ND_BRANCH_STMT:
    return s->u.branch.op == TK_GOTO || s->u.branch.op == TK_FALLTHROUGH;
  case ND_EXPR_STMT:
    return is_panic_call(s->u.expr_stmt.x);
  case ND_BLOCK:
    return is_terminating_list(s->u.block.stmts, NULL);
  case ND_IF_STMT:
    return s->u.if_stmt.els && check_terminates(s->u.if_stmt.then, NULL) &&
           check_terminates(s->u.if_stmt.els, NULL);
  case ND_LABELED_STMT:
    return check_terminates(s->u.labeled.stmt, s->u.labeled.label->u.name.name);
  case ND_FOR_STMT:
    return !s->u.for_stmt.cond && !has_break(s->u.for_stmt.body, label, true);
  case ND_SWITCH_STMT: {
    bool has_default = false;
    for (Node *cl = s->u.switch_stmt.clauses; cl; cl = cl->next) {
      if (cl->u.case_clause.is_default)
        has_default = true;
      if (!is_terminating_list(cl->u.case_clause.body, NULL) ||
          has_break_list(cl->u.case_clause.body, label, true))
        return false;
    }
    return has_default;
  }
  case ND_SELECT_STMT:
    for (Node *cl = s->u.select_stmt.clauses; cl; cl = cl->next)
      if (!is_terminating_list(cl->u.comm_clause.body, NULL) ||
          has_break_list(cl->u.comm_clause.body, label, true))
        return false;
    return true;
  default:
    return false;
  }
}

static bool is_terminating_list(Node *list, const char *label) {
  Node *last = NULL;
  for (Node *s = list; s; s = s->next)
    if (s->kind != ND_EMPTY_STMT)
      last = s;
  return last && check_terminates(last, label);
}

/* ---- Branches and labels (gc checks these while parsing) ----
 *
 * gc's parser checks break/continue/fallthrough/goto and labels for every
 * function body before type checking starts, and does not type-check a
 * package with such errors.  check_branches does the same walk: one pass
 * over each block's statements, remembering forward gotos until their
 * label appears (and whether a variable declaration came in between), and
 * the enclosing for/switch/select that break and continue may target. */

typedef struct LabelDef {
  const char *name;
  Node *stmt;            /* the ND_LABELED_STMT */
  struct Block *parent;  /* the block it is declared in */
  bool used;
} LabelDef;

typedef struct Block {
  struct Block *parent;
  Pos start;
  Node *lstmt;           /* the labeled statement owning this block */
} Block;

typedef struct Targets {
  Node *breaks;          /* innermost for/switch/select, or NULL */
  Node *continues;       /* innermost for/range, or NULL */
  int case_index;        /* index of the enclosing case clause, or -1 */
  int case_count;        /* number of clauses of that switch */
} Targets;

typedef struct BranchState {
  Checker *c;
  LabelDef *labels;
  int count, capacity;
  int errors;
} BranchState;

typedef struct GotoList {
  Node **items;
  int count, capacity;
} GotoList;

static void branch_error(BranchState *bs, Pos pos, const char *fmt, ...)
    GOESC_PRINTF(3, 4);

static void branch_error(BranchState *bs, Pos pos, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  check_errorf_pos(bs->c, pos, "%s", buf);
  bs->errors++;
}

static LabelDef *label_lookup(BranchState *bs, const char *name) {
  for (int i = 0; i < bs->count; i++)
    if (bs->labels[i].name == name)
      return &bs->labels[i];
  return NULL;
}

static const char *pos_string(Checker *c, Pos p) {
  static char buf[4][600];
  static int next;
  char *b = buf[next++ & 3];
  snprintf(b, 600, "%s:%d:%d", c->source ? c->source->path : "", (int)p.line,
           (int)p.col);
  return b;
}

static void block_branches(BranchState *bs, Block *parent, Targets ctx,
                           Node *lstmt, Pos start, Node *body, bool single,
                           GotoList *out);

static bool is_switch_type(Node *s) {
  return s && s->kind == ND_SWITCH_STMT && s->u.switch_stmt.tag &&
         s->u.switch_stmt.tag->kind == ND_TYPE_SWITCH_GUARD;
}

static void block_branches(BranchState *bs, Block *parent, Targets ctx,
                           Node *lstmt, Pos start, Node *body, bool single,
                           GotoList *out) {
  Checker *c = bs->c;
  Block b = {parent, start, lstmt};
  Pos var_pos = {0, 0};
  const char *var_name = NULL;
  GotoList fwd = {NULL, 0, 0}, bad = {NULL, 0, 0};
  /* The list without trailing empty statements. */
  int n = 0, last = -1;
  for (Node *s = body; s; s = single ? NULL : s->next, n++)
    if (s->kind != ND_EMPTY_STMT)
      last = n;
  int index = 0;
  for (Node *s = body; s && index <= last; s = single ? NULL : s->next, index++) {
    Node *st = s;
    Node *cur_lstmt = NULL;
  again:
    switch (st->kind) {
    case ND_DECL_STMT:
      for (Node *d = st->u.decl_stmt.decls; d; d = d->next)
        if (d->kind == ND_VAR_SPEC) {
          var_pos = d->u.value_spec.names->pos;
          var_name = d->u.value_spec.names->u.name.name;
          bad.count = 0;
          for (int i = 0; i < fwd.count; i++)
            PUSH(bad.items, bad.count, bad.capacity, fwd.items[i]);
          break;
        }
      break;
    case ND_LABELED_STMT: {
      Node *label = st->u.labeled.label;
      const char *name = label->u.name.name;
      if (strcmp(name, "_") != 0) {
        LabelDef *l = label_lookup(bs, name);
        if (l) {
          branch_error(bs, label->pos, "label %s already defined at %s", name,
                       pos_string(c, l->stmt->u.labeled.label->pos));
        } else {
          LabelDef d = {name, st, NULL, false};
          PUSH(bs->labels, bs->count, bs->capacity, d);
          l = &bs->labels[bs->count - 1];
          l->parent = types_alloc(sizeof(Block));
          *l->parent = b;
          l->parent->parent = parent; /* identity: see enclosing checks */
        }
        /* Object for the label. */
        Object *obj = types_new_object(OBJ_LABEL, name, NULL, c->pkg, c->source,
                                       label->pos);
        obj->ident = label;
        obj->u.label.stmt = st;
        label->u.name.object = obj;
        /* Resolve forward gotos to this label. */
        int k = 0;
        for (int i = 0; i < fwd.count; i++) {
          Node *g = fwd.items[i];
          if (g->u.branch.label->u.name.name == name) {
            LabelDef *ld = label_lookup(bs, name);
            if (ld)
              ld->used = true;
            g->u.branch.label->u.name.object = obj;
            bool over = false;
            if (var_pos.line > 0)
              for (int j = 0; j < bad.count; j++)
                if (bad.items[j] == g)
                  over = true;
            if (over)
              branch_error(bs, g->u.branch.label->pos,
                           "goto %s jumps over declaration of %s at %s", name,
                           var_name, pos_string(c, var_pos));
          } else {
            fwd.items[k++] = g;
          }
        }
        fwd.count = k;
        cur_lstmt = st;
      }
      st = st->u.labeled.stmt;
      lstmt = cur_lstmt;
      goto again;
    }
    case ND_BRANCH_STMT: {
      Node *label = st->u.branch.label;
      if (!label) {
        switch (st->u.branch.op) {
        case TK_BREAK:
          if (!ctx.breaks)
            branch_error(bs, st->pos, "break is not in a loop, switch, or select");
          break;
        case TK_CONTINUE:
          if (!ctx.continues)
            branch_error(bs, st->pos, "continue is not in a loop");
          break;
        case TK_FALLTHROUGH: {
          const char *msg = "fallthrough statement out of place";
          Node *t = ctx.breaks && ctx.breaks->kind == ND_SWITCH_STMT ? ctx.breaks : NULL;
          if (t) {
            if (is_switch_type(t))
              msg = "cannot fallthrough in type switch";
            else if (ctx.case_index < 0 || index < last)
              ; /* nested in a block or not last: as is */
            else if (ctx.case_index + 1 == ctx.case_count)
              msg = "cannot fallthrough final case in switch";
            else
              msg = NULL;
          }
          if (msg)
            branch_error(bs, st->pos, "%s", msg);
          break;
        }
        default:
          break;
        }
        break;
      }
      const char *name = label->u.name.name;
      if (st->u.branch.op == TK_BREAK || st->u.branch.op == TK_CONTINUE) {
        LabelDef *l = label_lookup(bs, name);
        bool is_break = st->u.branch.op == TK_BREAK;
        if (!l) {
          branch_error(bs, label->pos, "%s label not defined: %s",
                       is_break ? "break" : "continue", name);
          break;
        }
        l->used = true;
        label->u.name.object = l->stmt->u.labeled.label->u.name.object;
        /* The innermost enclosing block owned by that labeled statement. */
        Node *target = NULL;
        for (Block *e = &b; e; e = e->parent)
          if (e->lstmt == l->stmt) {
            target = l->stmt->u.labeled.stmt;
            break;
          }
        bool ok = false;
        if (target) {
          if (is_break)
            ok = target->kind == ND_FOR_STMT || target->kind == ND_RANGE_STMT ||
                 target->kind == ND_SWITCH_STMT || target->kind == ND_SELECT_STMT;
          else
            ok = target->kind == ND_FOR_STMT || target->kind == ND_RANGE_STMT;
        }
        if (!ok)
          branch_error(bs, label->pos, "invalid %s label %s",
                       is_break ? "break" : "continue", name);
        break;
      }
      if (st->u.branch.op == TK_GOTO) {
        LabelDef *l = label_lookup(bs, name);
        bool found = false;
        if (l) {
          l->used = true;
          for (Block *e = &b; e && !found; e = e->parent)
            if (l->parent && l->parent->start.line == e->start.line &&
                l->parent->start.col == e->start.col)
              found = true;
          if (found)
            label->u.name.object = l->stmt->u.labeled.label->u.name.object;
        }
        if (!found)
          PUSH(fwd.items, fwd.count, fwd.capacity, st);
      }
      break;
    }
    case ND_ASSIGN_STMT:
      if (st->u.assign.op == TK_DEFINE) {
        var_pos = st->pos;
        StrBuf names = {NULL, 0, 0};
        for (Node *l = st->u.assign.lhs; l; l = l->next) {
          if (l != st->u.assign.lhs)
            strbuf_puts(&names, ", ");
          ast_print_expr(&names, l);
        }
        var_name = types_strdup(names.data ? names.data : "", names.length);
        strbuf_free(&names);
        bad.count = 0;
        for (int i = 0; i < fwd.count; i++)
          PUSH(bad.items, bad.count, bad.capacity, fwd.items[i]);
      }
      break;
    case ND_BLOCK: {
      Targets inner = {ctx.breaks, ctx.continues, -1, 0};
      block_branches(bs, &b, inner, lstmt, st->pos, st->u.block.stmts, false, &fwd);
      break;
    }
    case ND_IF_STMT: {
      Targets inner = {ctx.breaks, ctx.continues, -1, 0};
      Node *then = st->u.if_stmt.then;
      block_branches(bs, &b, inner, lstmt, then->pos, then->u.block.stmts, false, &fwd);
      if (st->u.if_stmt.els)
        block_branches(bs, &b, inner, lstmt, st->u.if_stmt.els->pos,
                       st->u.if_stmt.els, true, &fwd);
      break;
    }
    case ND_FOR_STMT:
    case ND_RANGE_STMT: {
      Targets inner = {st, st, -1, 0};
      Node *bd = st->kind == ND_FOR_STMT ? st->u.for_stmt.body : st->u.range_stmt.body;
      block_branches(bs, &b, inner, lstmt, bd->pos, bd->u.block.stmts, false, &fwd);
      break;
    }
    case ND_SWITCH_STMT: {
      int count = 0;
      for (Node *cl = st->u.switch_stmt.clauses; cl; cl = cl->next)
        count++;
      int i = 0;
      for (Node *cl = st->u.switch_stmt.clauses; cl; cl = cl->next, i++) {
        Targets inner = {st, ctx.continues, i, count};
        block_branches(bs, &b, inner, lstmt, cl->pos, cl->u.case_clause.body, false, &fwd);
      }
      break;
    }
    case ND_SELECT_STMT:
      for (Node *cl = st->u.select_stmt.clauses; cl; cl = cl->next) {
        Targets inner = {st, ctx.continues, -1, 0};
        block_branches(bs, &b, inner, lstmt, cl->pos, cl->u.comm_clause.body, false, &fwd);
      }
      break;
    default:
      break;
    }
    lstmt = NULL;
  }
  for (int i = 0; i < fwd.count; i++)
    PUSH(out->items, out->count, out->capacity, fwd.items[i]);
}

/* One function body: gc's checkBranches. */
static int check_body_branches(Checker *c, Node *body) {
  BranchState bs;
  memset(&bs, 0, sizeof bs);
  bs.c = c;
  GotoList fwd = {NULL, 0, 0};
  Targets none = {NULL, NULL, -1, 0};
  block_branches(&bs, NULL, none, NULL, body->pos, body->u.block.stmts, false, &fwd);
  for (int i = 0; i < fwd.count; i++) {
    Node *label = fwd.items[i]->u.branch.label;
    LabelDef *l = label_lookup(&bs, label->u.name.name);
    if (l) {
      l->used = true;
      branch_error(&bs, label->pos, "goto %s jumps into block starting at %s",
                   label->u.name.name, pos_string(c, l->parent->start));
    } else {
      branch_error(&bs, label->pos, "label %s not defined", label->u.name.name);
    }
  }
  for (int i = 0; i < bs.count; i++)
    if (!bs.labels[i].used) {
      Node *label = bs.labels[i].stmt->u.labeled.label;
      branch_error(&bs, label->pos, "label %s defined and not used",
                   label->u.name.name);
    }
  return bs.errors;
}

/* Every function body of a file, including function literals anywhere. */
static int branches_in(Checker *c, Node *n);

static int branches_in_list(Checker *c, Node *list) {
  int e = 0;
  for (Node *n = list; n; n = n->next)
    e += branches_in(c, n);
  return e;
}

static int branches_in(Checker *c, Node *n) {
  if (!n)
    return 0;
  int e = 0;
  switch (n->kind) {
  case ND_FUNC_LIT:
    if (n->u.func_lit.body)
      e += check_body_branches(c, n->u.func_lit.body);
    return e + branches_in(c, n->u.func_lit.body);
  case ND_FUNC_DECL:
    if (n->u.func_decl.body)
      e += check_body_branches(c, n->u.func_decl.body);
    return e + branches_in(c, n->u.func_decl.body);
  case ND_COMPOSITE_LIT: return branches_in(c, n->u.composite.type) + branches_in_list(c, n->u.composite.elems);
  case ND_KEY_VALUE: return branches_in(c, n->u.key_value.key) + branches_in(c, n->u.key_value.value);
  case ND_PAREN: return branches_in(c, n->u.paren.x);
  case ND_SELECTOR: return branches_in(c, n->u.selector.x);
  case ND_INDEX: return branches_in(c, n->u.index.x) + branches_in_list(c, n->u.index.index);
  case ND_SLICE_EXPR: return branches_in(c, n->u.slice.x) + branches_in(c, n->u.slice.low) + branches_in(c, n->u.slice.high) + branches_in(c, n->u.slice.max);
  case ND_TYPE_ASSERT: return branches_in(c, n->u.assert.x);
  case ND_TYPE_SWITCH_GUARD: return branches_in(c, n->u.guard.x);
  case ND_CALL: return branches_in(c, n->u.call.fun) + branches_in_list(c, n->u.call.args);
  case ND_UNARY: return branches_in(c, n->u.unary.x);
  case ND_BINARY: return branches_in(c, n->u.binary.x) + branches_in(c, n->u.binary.y);
  case ND_ARRAY_TYPE: return branches_in(c, n->u.array.len);
  case ND_BLOCK: return branches_in_list(c, n->u.block.stmts);
  case ND_EXPR_STMT: return branches_in(c, n->u.expr_stmt.x);
  case ND_SEND_STMT: return branches_in(c, n->u.send.chan) + branches_in(c, n->u.send.value);
  case ND_INC_DEC_STMT: return branches_in(c, n->u.inc_dec.x);
  case ND_ASSIGN_STMT: return branches_in_list(c, n->u.assign.lhs) + branches_in_list(c, n->u.assign.rhs);
  case ND_GO_STMT: case ND_DEFER_STMT: return branches_in(c, n->u.go_defer.call);
  case ND_RETURN_STMT: return branches_in_list(c, n->u.return_stmt.results);
  case ND_IF_STMT: return branches_in(c, n->u.if_stmt.init) + branches_in(c, n->u.if_stmt.cond) + branches_in(c, n->u.if_stmt.then) + branches_in(c, n->u.if_stmt.els);
  case ND_SWITCH_STMT: return branches_in(c, n->u.switch_stmt.init) + branches_in(c, n->u.switch_stmt.tag) + branches_in_list(c, n->u.switch_stmt.clauses);
  case ND_CASE_CLAUSE: return branches_in_list(c, n->u.case_clause.list) + branches_in_list(c, n->u.case_clause.body);
  case ND_SELECT_STMT: return branches_in_list(c, n->u.select_stmt.clauses);
  case ND_COMM_CLAUSE: return branches_in(c, n->u.comm_clause.comm) + branches_in_list(c, n->u.comm_clause.body);
  case ND_FOR_STMT: return branches_in(c, n->u.for_stmt.init) + branches_in(c, n->u.for_stmt.cond) + branches_in(c, n->u.for_stmt.post) + branches_in(c, n->u.for_stmt.body);
  case ND_RANGE_STMT: return branches_in(c, n->u.range_stmt.x) + branches_in(c, n->u.range_stmt.body);
  case ND_LABELED_STMT: return branches_in(c, n->u.labeled.stmt);
  case ND_DECL_STMT: return branches_in_list(c, n->u.decl_stmt.decls);
  case ND_CONST_SPEC: case ND_VAR_SPEC: return branches_in_list(c, n->u.value_spec.values);
  default: return 0;
  }
}

int check_branches(Checker *c, Node *decl) {
  return branches_in(c, decl);
}

/* ---- Function bodies ---- */

static int compare_pos(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  if (x->pos.line != y->pos.line)
    return x->pos.line < y->pos.line ? -1 : 1;
  return x->pos.col < y->pos.col ? -1 : x->pos.col > y->pos.col;
}

void check_body(Checker *c, Type *sig, Node *body) {
  FuncContext ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.outer = c->func;
  ctx.sig = sig;
  ctx.body = body;
  ctx.scope = sig->u.func.scope;
  Scope *saved_scope = c->scope;
  const Value *saved_iota = c->iota;
  FuncContext *saved_func = c->func;
  c->func = &ctx;
  /* iota stays visible in function literals inside constant
   * declarations (top-level bodies are checked with iota unset). */
  /* Parameters live in the signature's scope, which the body shares; a
   * signature of a func literal was made in the enclosing scope. */
  c->scope = sig->u.func.scope ? sig->u.func.scope : types_new_scope(c->scope, "function");
  c->scope->is_func = true;
  stmt_list(c, body->u.block.stmts, 0);
  if (sig->u.func.results->u.tuple.count > 0 && !check_terminates(body, NULL))
    check_errorf_pos(c, body->u.block.rbrace, "missing return");
  /* Unused local variables, in source order. */
  if (ctx.var_count > 1)
    qsort(ctx.vars, (size_t)ctx.var_count, sizeof(Object *), compare_pos);
  for (int i = 0; i < ctx.var_count; i++) {
    Object *v = ctx.vars[i];
    if (!v->used && strcmp(v->name, "_") != 0 && v->parent)
      check_errorf_pos(c, v->pos, "declared and not used: %s", v->name);
  }
  c->scope = saved_scope;
  c->iota = saved_iota;
  c->func = saved_func;
}
