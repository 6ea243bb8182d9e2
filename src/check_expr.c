/*
 * check_expr.c — expressions: their types, values and implicit operations.
 *
 * needs: scopes and types;  produces: Node.type on every expression, the
 * object of every name, folded constants, and ND_IMPLICIT_CONV nodes.
 *
 * Every expression is checked into an Operand: its mode (constant,
 * variable, value, type, ...), type and constant value.  The mode carries
 * what the spec's rules need: only variables are addressable, only map
 * index expressions and variables are assignable, constants fold.
 *
 * Untyped constants.  `1 << 3` or `x + 2` have untyped operands whose final
 * type depends on the context.  An untyped operand keeps its untyped type
 * until something fixes it — the other operand of a binary operation, the
 * variable it is assigned to, a conversion, or the default type when
 * nothing does — and then check_update_untyped walks down the expression
 * and writes the final type into every node of it, as gc does.
 *
 * Implicit operations the escape pass must see are made explicit here:
 *   - a value assigned to an interface type (assignment, argument, return,
 *     literal element, send, map index, append argument, panic argument,
 *     comparison with an interface) is wrapped in an ND_IMPLICIT_CONV node;
 *   - x.m() on an addressable x whose method wants *T records implicit_addr
 *     in the Selection; on a pointer whose method wants T, implicit_deref;
 *   - a call of a variadic function records the hidden []T in ExprInfo.
 *
 * Generic calls infer type arguments by unifying parameter types with
 * argument types (typed arguments first, then untyped constants with their
 * default types, then the core types of constraints), and check the
 * inferred arguments against their constraints.
 */
#include "types.h"

#include <stdlib.h>
#include <string.h>


#define INVALID_OP "invalid operation: "

static void raw_expr(Checker *c, Operand *x, Node *e, Type *hint);
static void call_expr(Checker *c, Operand *x, Node *e);

static const char *op_string(TokenKind op) { return token_spelling(op); }

static void set_invalid(Operand *x) { x->mode = MODE_INVALID; }

static bool is_valid(Type *t) { return t && t->kind != TY_INVALID; }


/* ---- Recording ---- */

void check_record_operand(Checker *c, const Operand *x) {
  if (!x->expr)
    return;
  Node *e = x->expr;
  /* Plain values and variables need no entry beyond Node.type (the side
   * table is the checker's hottest memory: keep it small). */
  if (x->mode != MODE_VALUE && x->mode != MODE_VARIABLE &&
      x->mode != MODE_INVALID) {
    ExprInfo *info = check_record(c, e);
    info->mode = x->mode;
    if (x->mode == MODE_CONSTANT)
      info->value = x->value;
  } else if (e->kind == ND_CALL || e->kind == ND_SELECTOR || e->kind == ND_INDEX) {
    const ExprInfo *known = check_expr_info(c->pkg, e);
    if (known)
      ((ExprInfo *)known)->mode = x->mode;
  }
  if (x->mode != MODE_INVALID && x->mode != MODE_NOVALUE && x->type)
    e->type = x->type;
  else if (x->mode == MODE_NOVALUE)
    e->type = x->type && x->type->kind == TY_TUPLE ? x->type : types_new_tuple(NULL, 0);
  else if (x->mode == MODE_INVALID && !e->type)
    e->type = types_invalid;
}

/* The final type of a formerly untyped expression, written all the way
 * down (x + 1 << s: every operand that took its type from the context). */
void check_update_untyped(Checker *c, Node *e, Type *t) {
  if (!e)
    return;
  Type *old = e->type;
  if (old && !types_is_untyped(old))
    return;
  switch (e->kind) {
  case ND_PAREN:
    check_update_untyped(c, e->u.paren.x, t);
    break;
  case ND_UNARY:
    if (e->u.unary.op != TK_AND && e->u.unary.op != TK_ARROW &&
        e->u.unary.op != TK_MUL)
      check_update_untyped(c, e->u.unary.x, t);
    break;
  case ND_BINARY:
    switch (e->u.binary.op) {
    case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR:
    case TK_GEQ:
      /* The operands of a comparison keep their own types. */
      break;
    case TK_SHL: case TK_SHR: {
      /* A non-constant shift of an untyped constant: the constant takes
       * the context's type, which must be an integer type. */
      const ExprInfo *info = check_expr_info(c->pkg, e);
      bool constant = info && info->mode == MODE_CONSTANT;
      if (!constant && !types_is_untyped(t) && !types_is_integer(t) &&
          t->kind != TY_INVALID) {
        check_errorf(c, e->u.binary.x, INVALID_OP "shifted operand %s (type %s) must be integer",
                     check_expr_string(e->u.binary.x), check_type_string(c, t));
        e->type = t;
        return;
      }
      check_update_untyped(c, e->u.binary.x, t);
      break;
    }
    default:
      check_update_untyped(c, e->u.binary.x, t);
      check_update_untyped(c, e->u.binary.y, t);
    }
    break;
  default:
    break;
  }
  e->type = t;
}

/* ---- Assignability and conversions ---- */

static bool has_name(Type *t) {
  return t->kind == TY_NAMED || t->kind == TY_TYPEPARAM || types_is_basic(t);
}

/* The untyped kinds' order for mixing: int < rune < float < complex. */
static int untyped_rank(Type *t) {
  switch (t->kind) {
  case TY_UNTYPED_INT: return 1;
  case TY_UNTYPED_RUNE: return 2;
  case TY_UNTYPED_FLOAT: return 3;
  case TY_UNTYPED_COMPLEX: return 4;
  default: return 0;
  }
}

static Type *max_untyped(Type *a, Type *b) {
  int ra = untyped_rank(a), rb = untyped_rank(b);
  if (ra && rb)
    return ra >= rb ? a : b;
  if (a->kind == b->kind)
    return a;
  return NULL;
}

typedef enum ConvCode {
  CONV_OK,
  CONV_TRUNCATED,  /* " (truncated)" */
  CONV_OVERFLOW,   /* " (overflows)" */
  CONV_INVALID,    /* not representable / not convertible */
} ConvCode;

/* Is constant v representable in basic type b?  *rounded gets the value
 * as stored in b (floats rounded). */
static bool representable_const(const Value *v, Type *b, const Value **rounded) {
  if (v->kind == VAL_UNKNOWN)
    return true;
  Type *u = types_under(b);
  *rounded = v;
  if (types_is_integer(u)) {
    const Value *i = value_to_int(v);
    if (!i)
      return false;
    *rounded = i;
    if (types_is_untyped(u))
      return true;
    int64_t s;
    uint64_t us;
    switch (u->kind) {
    case TY_INT: case TY_INT64:
      return value_get_int64(i, &s);
    case TY_INT8:
      return value_get_int64(i, &s) && s >= -128 && s <= 127;
    case TY_INT16:
      return value_get_int64(i, &s) && s >= -32768 && s <= 32767;
    case TY_INT32:
      return value_get_int64(i, &s) && s >= INT32_MIN && s <= INT32_MAX;
    case TY_UINT: case TY_UINT64: case TY_UINTPTR:
      return value_get_uint64(i, &us);
    case TY_UINT8:
      return value_get_uint64(i, &us) && us <= 0xff;
    case TY_UINT16:
      return value_get_uint64(i, &us) && us <= 0xffff;
    case TY_UINT32:
      return value_get_uint64(i, &us) && us <= 0xffffffffu;
    default:
      return false;
    }
  }
  if (types_is_float(u)) {
    const Value *f = value_to_float(v);
    if (!f)
      return false;
    if (u->kind == TY_UNTYPED_FLOAT) {
      *rounded = f;
      return true;
    }
    const Value *r = value_round_float(f, u->kind == TY_FLOAT32 ? 32 : 64);
    if (!r)
      return false;
    *rounded = r;
    return true;
  }
  if (types_is_complex(u)) {
    const Value *cv = value_to_complex(v);
    if (!cv)
      return false;
    if (u->kind != TY_UNTYPED_COMPLEX) {
      /* Each part rounds to float32 (complex64) or float64. */
      int bits = u->kind == TY_COMPLEX64 ? 32 : 64;
      Value re = *cv, im = *cv;
      re.kind = im.kind = VAL_FLOAT;
      im.re = cv->im;
      const Value *r = value_round_float(&re, bits), *i = value_round_float(&im, bits);
      if (!r || !i)
        return false;
      Value *out = types_alloc(sizeof *out);
      *out = *cv;
      out->re = r->re;
      out->im = i->re;
      cv = out;
    }
    *rounded = cv;
    return true;
  }
  if (types_is_string(u))
    return v->kind == VAL_STRING;
  if (types_is_boolean(u))
    return v->kind == VAL_BOOL;
  return false;
}

static ConvCode representation(Operand *x, Type *b, const Value **out) {
  const Value *v = x->value;
  if (!representable_const(x->value, b, &v)) {
    if (types_is_numeric(x->type) && types_is_numeric(b)) {
      if (!types_is_integer(x->type) && types_is_integer(b))
        return CONV_TRUNCATED;
      return CONV_OVERFLOW;
    }
    return CONV_INVALID;
  }
  *out = v;
  return CONV_OK;
}

/* The type an untyped operand takes in a context of type target (NULL
 * when it cannot), and its value there. */
static Type *implicit_type(Checker *c, Operand *x, Type *target,
                           const Value **value, ConvCode *code) {
  *value = NULL;
  *code = CONV_OK;
  if (x->mode == MODE_INVALID || !types_is_untyped(x->type) || !is_valid(target))
    return x->type;
  if (types_is_untyped(target)) {
    Type *m = max_untyped(x->type, target);
    if (!m)
      *code = CONV_INVALID;
    return m;
  }
  if (x->type->kind == TY_UNTYPED_NIL) {
    if (types_has_nil(target) || target->kind == TY_TYPEPARAM)
      return target;
    *code = CONV_INVALID;
    return NULL;
  }
  if (target->kind == TY_TYPEPARAM) {
    /* Every term of the type set must accept the value. */
    TypeSet *set = types_type_set(target->u.tparam.constraint);
    if (set->all || set->term_count == 0) {
      *code = CONV_INVALID;
      return NULL;
    }
    for (int i = 0; i < set->term_count; i++) {
      const Value *v;
      ConvCode cc;
      if (!implicit_type(c, x, set->terms[i].type, &v, &cc)) {
        *code = CONV_INVALID;
        return NULL;
      }
    }
    return target;
  }
  Type *u = types_under(target);
  if (types_is_basic(u)) {
    if (x->mode == MODE_CONSTANT) {
      ConvCode cc = representation(x, u, value);
      if (cc != CONV_OK) {
        *code = cc;
        return NULL;
      }
      return target;
    }
    bool ok;
    switch (x->type->kind) {
    case TY_UNTYPED_BOOL: ok = types_is_boolean(u); break;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: case TY_UNTYPED_FLOAT:
    case TY_UNTYPED_COMPLEX: ok = types_is_numeric(u); break;
    case TY_UNTYPED_STRING: ok = types_is_string(u); break;
    default: ok = false;
    }
    if (!ok) {
      *code = CONV_INVALID;
      return NULL;
    }
    return target;
  }
  if (u->kind == TY_INTERFACE) {
    TypeSet *set = types_type_set(u);
    if (set->method_count > 0 || !set->all) {
      *code = CONV_INVALID;
      return NULL;
    }
    return types_default(x->type);
  }
  *code = CONV_INVALID;
  return NULL;
}

/* Give an untyped operand the type target (reporting gc's conversion
 * error when it cannot take it). */
void check_convert_untyped(Checker *c, Operand *x, Type *target) {
  const Value *v;
  ConvCode code;
  Type *t = implicit_type(c, x, target, &v, &code);
  if (!t) {
    Type *shown = types_is_untyped(target) ? target : types_under(target);
    if (target->kind == TY_TYPEPARAM || types_under(target)->kind == TY_INTERFACE)
      shown = target;
    if (code == CONV_TRUNCATED)
      check_errorf(c, x->expr, "%s truncated to %s", check_operand_string(c, x),
                   check_type_string(c, shown));
    else if (code == CONV_OVERFLOW)
      check_errorf(c, x->expr, "%s overflows %s", check_operand_string(c, x),
                   check_type_string(c, shown));
    else
      check_errorf(c, x->expr, "cannot convert %s to type %s",
                   check_operand_string(c, x), check_type_string(c, shown));
    set_invalid(x);
    return;
  }
  if (v) {
    x->value = v;
  }
  if (t != x->type) {
    x->type = t;
    if (!types_is_untyped(t))
      check_update_untyped(c, x->expr, t);
    else if (x->expr)
      x->expr->type = t;
    if (x->expr && x->mode == MODE_CONSTANT) {
      ExprInfo *info = check_record(c, x->expr);
      info->value = x->value;
    }
  }
  if (x->mode == MODE_NILVALUE && x->expr)
    x->expr->type = t;
}

void check_default_untyped(Checker *c, Operand *x) {
  if (x->mode != MODE_INVALID && types_is_untyped(x->type) &&
      x->type->kind != TY_UNTYPED_NIL)
    check_convert_untyped(c, x, types_default(x->type));
}

bool check_assignable(Checker *c, Operand *x, Type *t, const char **reason) {
  *reason = NULL;
  if (x->mode == MODE_INVALID || !is_valid(t) || !is_valid(x->type))
    return true;
  Type *v = x->type;
  if (types_identical(v, t))
    return true;
  Type *vu = types_under(v), *tu = types_under(t);
  bool vp = v->kind == TY_TYPEPARAM, tp = t->kind == TY_TYPEPARAM;
  if (types_is_untyped(vu)) {
    if (tp) {
      TypeSet *set = types_type_set(t->u.tparam.constraint);
      if (set->all)
        return x->type->kind == TY_UNTYPED_NIL ? false : false;
      for (int i = 0; i < set->term_count; i++) {
        const Value *val;
        ConvCode code;
        if (!implicit_type(c, x, set->terms[i].type, &val, &code))
          return false;
      }
      return true;
    }
    const Value *val;
    ConvCode code;
    return implicit_type(c, x, t, &val, &code) != NULL;
  }
  if (types_identical(vu, tu) && (!has_name(v) || !has_name(t)) && !vp && !tp)
    return true;
  if (tu->kind == TY_INTERFACE && !tp) {
    if (check_implements(c, v, t, reason))
      return true;
    if (!vp)
      return false;
    *reason = NULL;
  }
  if (vu->kind == TY_INTERFACE && !vp && tu->kind != TY_INTERFACE) {
    if (check_implements(c, t, v, NULL)) {
      *reason = "need type assertion";
      return false;
    }
  }
  if (vu->kind == TY_CHAN && vu->u.chan.dir == CHAN_BOTH && tu->kind == TY_CHAN &&
      types_identical(vu->u.chan.elem, tu->u.chan.elem))
    return !has_name(v) || !has_name(t);
  if (!vp && !tp)
    return false;
  if (!has_name(v) && tp) {
    TypeSet *set = types_type_set(t->u.tparam.constraint);
    if (set->all)
      return false;
    for (int i = 0; i < set->term_count; i++) {
      const char *r;
      if (!check_assignable(c, x, set->terms[i].type, &r))
        return false;
    }
    return true;
  }
  if (vp && !has_name(t)) {
    TypeSet *set = types_type_set(v->u.tparam.constraint);
    if (set->all)
      return false;
    for (int i = 0; i < set->term_count; i++) {
      Operand y = *x;
      y.type = set->terms[i].type;
      const char *r;
      if (!check_assignable(c, &y, t, &r))
        return false;
    }
    return true;
  }
  return false;
}

/* Wrap the expression in *slot in an implicit conversion to interface t. */
static void insert_conversion(Checker *c, Node **slot, Node *expr, Type *t) {
  if (!slot || !*slot || *slot != expr)
    return;
  if (expr->type && types_identical(expr->type, t))
    return;
  Node *conv = types_alloc(sizeof *conv);
  conv->kind = ND_IMPLICIT_CONV;
  conv->pos = expr->pos;
  conv->end = expr->end;
  conv->next = expr->next;
  conv->type = t;
  conv->u.paren.x = expr;
  expr->next = NULL;
  *slot = conv;
  ExprInfo *info = check_record(c, conv);
  info->mode = MODE_VALUE;
}

static bool is_interface_type(Type *t) {
  return t && t->kind != TY_TYPEPARAM && types_under(t)->kind == TY_INTERFACE;
}

static void single_value(Checker *c, Operand *x);
static Type *infer_from_target(Checker *c, Operand *x, Type *sig, Type *target);

bool check_assignment(Checker *c, Operand *x, Type *t, const char *context,
                      Node **slot) {
  single_value(c, x);
  switch (x->mode) {
  case MODE_INVALID:
    return false;
  case MODE_NILVALUE: case MODE_CONSTANT: case MODE_VARIABLE:
  case MODE_MAPINDEX: case MODE_VALUE: case MODE_COMMAOK:
    break;
  default:
    check_errorf(c, x->expr, "cannot assign %s to %s in %s",
                 check_operand_string(c, x),
                 t ? check_type_string(c, t) : "_", context);
    set_invalid(x);
    return false;
  }
  if (types_is_untyped(x->type)) {
    Type *target = t;
    if (x->type->kind == TY_UNTYPED_NIL) {
      if (!t) {
        check_errorf(c, x->expr, "use of untyped nil in %s", context);
        set_invalid(x);
        return false;
      }
    } else if (!t || is_interface_type(t)) {
      target = types_default(x->type);
    }
    const Value *v;
    ConvCode code;
    Type *nt = implicit_type(c, x, target, &v, &code);
    if (!nt) {
      const char *suffix = code == CONV_TRUNCATED ? " (truncated)"
                           : code == CONV_OVERFLOW ? " (overflows)" : "";
      check_errorf(c, x->expr, "cannot use %s as %s value in %s%s",
                   check_operand_string(c, x), check_type_string(c, target),
                   context, suffix);
      set_invalid(x);
      return false;
    }
    if (v) {
      x->value = v;
      if (x->expr) {
        ExprInfo *info = check_record(c, x->expr);
        info->value = v;
      }
    }
    if (nt != x->type) {
      x->type = nt;
      check_update_untyped(c, x->expr, nt);
    }
    if (x->mode == MODE_NILVALUE && x->expr)
      x->expr->type = nt;
  }
  Type *ut = types_under(x->type);
  if (ut->kind == TY_FUNC && ut->u.func.tparam_count > 0 && t &&
      types_core(t) && types_core(t)->kind == TY_FUNC) {
    /* var f func(int) int = g: the target's signature gives the type
     * arguments (Go 1.21). */
    Type *inst = infer_from_target(c, x, ut, types_core(t));
    if (inst) {
      x->type = inst;
      if (x->expr)
        x->expr->type = inst;
      ut = inst;
    }
  }
  if (ut->kind == TY_FUNC && ut->u.func.tparam_count > 0) {
    check_errorf(c, x->expr, "cannot use generic function %s without instantiation in %s",
                 check_expr_string(x->expr), context);
    set_invalid(x);
    return false;
  }
  if (!t)
    return true;
  const char *cause = NULL;
  if (!check_assignable(c, x, t, &cause)) {
    if (cause)
      check_errorf(c, x->expr, "cannot use %s as %s value in %s: %s",
                   check_operand_string(c, x), check_type_string(c, t), context,
                   cause);
    else
      check_errorf(c, x->expr, "cannot use %s as %s value in %s",
                   check_operand_string(c, x), check_type_string(c, t), context);
    set_invalid(x);
    return false;
  }
  if (is_interface_type(t) && x->mode != MODE_NILVALUE &&
      !is_interface_type(x->type))
    insert_conversion(c, slot, x->expr, t);
  else if (is_interface_type(t) && is_interface_type(x->type) &&
           !types_identical(x->type, t))
    insert_conversion(c, slot, x->expr, t);
  return true;
}

/* ---- Conversions T(x) ---- */

static bool convertible(Checker *c, Operand *x, Type *t, const char **cause) {
  const char *r;
  if (check_assignable(c, x, t, &r))
    return true;
  Type *v = x->type;
  Type *vu = types_under(v), *tu = types_under(t);
  bool vp = v->kind == TY_TYPEPARAM, tp = t->kind == TY_TYPEPARAM;
  if (types_identical_ignore_tags(vu, tu) && !vp && !tp)
    return true;
  if (v->kind == TY_POINTER && t->kind == TY_POINTER &&
      types_identical_ignore_tags(types_under(v->u.pointer.elem),
                                  types_under(t->u.pointer.elem)) &&
      v->u.pointer.elem->kind != TY_TYPEPARAM &&
      t->u.pointer.elem->kind != TY_TYPEPARAM)
    return true;
  if (vu->kind == TY_POINTER && tu->kind == TY_POINTER && !has_name(v) && !has_name(t) &&
      types_identical_ignore_tags(types_under(vu->u.pointer.elem),
                                  types_under(tu->u.pointer.elem)))
    return true;
  bool vnum = types_is_integer(vu) || types_is_float(vu);
  bool tnum = types_is_integer(tu) || types_is_float(tu);
  if (vnum && tnum && !vp && !tp)
    return true;
  if (types_is_complex(vu) && types_is_complex(tu) && !vp && !tp)
    return true;
  /* string conversions */
  if (types_is_string(tu) && !tp) {
    if (types_is_integer(vu) && !vp)
      return true;
    if (vu->kind == TY_SLICE) {
      Type *e = types_under(vu->u.slice.elem);
      if (e->kind == TY_UINT8 || e->kind == TY_INT32)
        return true;
    }
  }
  if (types_is_string(vu) && !vp && tu->kind == TY_SLICE && !tp) {
    Type *e = types_under(tu->u.slice.elem);
    if (e->kind == TY_UINT8 || e->kind == TY_INT32)
      return true;
  }
  /* unsafe.Pointer */
  if ((vu->kind == TY_POINTER || vu->kind == TY_UINTPTR) && tu->kind == TY_UNSAFE_POINTER)
    return true;
  if (vu->kind == TY_UNSAFE_POINTER && (tu->kind == TY_POINTER || tu->kind == TY_UINTPTR))
    return true;
  /* slice to array or array pointer */
  if (vu->kind == TY_SLICE && !vp) {
    if (tu->kind == TY_ARRAY && types_identical(vu->u.slice.elem, tu->u.array.elem))
      return true;
    if (tu->kind == TY_POINTER) {
      Type *a = types_under(tu->u.pointer.elem);
      if (a->kind == TY_ARRAY && types_identical(vu->u.slice.elem, a->u.array.elem))
        return true;
    }
  }
  /* type parameters: every pair of terms */
  if (vp || tp) {
    TypeSet *vs = vp ? types_type_set(v->u.tparam.constraint) : NULL;
    TypeSet *ts = tp ? types_type_set(t->u.tparam.constraint) : NULL;
    if ((vs && (vs->all || vs->term_count == 0)) || (ts && (ts->all || ts->term_count == 0)))
      return false;
    int nv = vs ? vs->term_count : 1, nt = ts ? ts->term_count : 1;
    for (int i = 0; i < nv; i++)
      for (int j = 0; j < nt; j++) {
        Operand y = *x;
        y.type = vs ? vs->terms[i].type : v;
        y.mode = MODE_VALUE;
        Type *target = ts ? ts->terms[j].type : t;
        if (!convertible(c, &y, target, cause))
          return false;
      }
    return true;
  }
  (void)cause;
  return false;
}

static void conversion(Checker *c, Operand *x, Type *t) {
  bool const_arg = x->mode == MODE_CONSTANT;
  Type *tu = types_under(t);
  bool ok = false;
  const char *cause = NULL;
  if (const_arg && types_is_constant_type(tu) && t->kind != TY_TYPEPARAM) {
    /* Constant conversion: representable in T (integers to string give
     * the UTF-8 of the code point). */
    if (types_is_string(tu) && types_is_integer(x->type)) {
      int64_t cp;
      char buf[8];
      size_t n = 0;
      if (!value_get_int64(x->value, &cp) || cp < 0 || cp > 0x10FFFF ||
          (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
      uint32_t u = (uint32_t)cp;
      if (u < 0x80) buf[n++] = (char)u;
      else if (u < 0x800) { buf[n++] = (char)(0xC0 | (u >> 6)); buf[n++] = (char)(0x80 | (u & 0x3F)); }
      else if (u < 0x10000) { buf[n++] = (char)(0xE0 | (u >> 12)); buf[n++] = (char)(0x80 | ((u >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (u & 0x3F)); }
      else { buf[n++] = (char)(0xF0 | (u >> 18)); buf[n++] = (char)(0x80 | ((u >> 12) & 0x3F)); buf[n++] = (char)(0x80 | ((u >> 6) & 0x3F)); buf[n++] = (char)(0x80 | (u & 0x3F)); }
      x->value = value_string(types_strdup(buf, n), n);
      ok = true;
    } else {
      const Value *v;
      ok = representable_const(x->value, tu, &v);
      if (ok)
        x->value = v;
      else if (types_is_integer(x->type) && types_is_integer(tu)) {
        StrBuf vb = {NULL, 0, 0};
        value_print(&vb, x->value);
        check_errorf(c, x->expr, "cannot convert %s to type %s (constant %s overflows %s)",
                     check_operand_string(c, x), check_type_string(c, t), vb.data,
                     check_type_string(c, t));
        strbuf_free(&vb);
        set_invalid(x);
        return;
      }
    }
  } else if (const_arg && t->kind == TY_TYPEPARAM) {
    ok = convertible(c, x, t, &cause);
    if (ok)
      x->mode = MODE_VALUE;
  } else if (x->mode != MODE_INVALID) {
    ok = convertible(c, x, t, &cause);
    if (ok)
      x->mode = MODE_VALUE; /* (*T)(nil) is a typed value, not nil */
  }
  if (!ok) {
    if (cause)
      check_errorf(c, x->expr, "cannot convert %s to type %s: %s",
                   check_operand_string(c, x), check_type_string(c, t), cause);
    else
      check_errorf(c, x->expr, "cannot convert %s to type %s",
                   check_operand_string(c, x), check_type_string(c, t));
    set_invalid(x);
    return;
  }
  /* The operand of a conversion takes the target type if untyped (or
   * its default when the target is an interface or not a basic type). */
  if (types_is_untyped(x->type)) {
    Type *final = t;
    if (is_interface_type(t) || (const_arg && !types_is_constant_type(tu)) ||
        t->kind == TY_TYPEPARAM)
      final = types_default(x->type);
    if (x->type->kind == TY_UNTYPED_NIL)
      final = t;
    check_update_untyped(c, x->expr, final);
  }
  x->type = t;
  if (x->mode == MODE_CONSTANT && !types_is_constant_type(tu))
    x->mode = MODE_VALUE;
}

/* ---- Single values and exclusions ---- */

static void single_value(Checker *c, Operand *x) {
  if (x->mode == MODE_VALUE && x->type && x->type->kind == TY_TUPLE) {
    check_errorf(c, x->expr, "multiple-value %s (value of type %s) in single-value context",
                 check_expr_string(x->expr), check_type_string(c, x->type));
    set_invalid(x);
  }
}

static void exclude(Checker *c, Operand *x, bool allow_novalue, bool allow_builtin,
                    bool allow_type) {
  const char *msg = NULL;
  switch (x->mode) {
  case MODE_NOVALUE:
    if (!allow_novalue)
      msg = allow_type ? "%s used as value or type" : "%s used as value";
    break;
  case MODE_BUILTIN:
    if (!allow_builtin)
      msg = "%s must be called";
    break;
  case MODE_TYPEXPR:
    if (!allow_type)
      msg = "%s is not an expression";
    break;
  default:
    break;
  }
  if (msg) {
    const char *s = check_operand_string(c, x);
    if (x->mode == MODE_NOVALUE)
      check_errorf(c, x->expr, allow_type ? "%s used as value or type" : "%s used as value", s);
    else if (x->mode == MODE_BUILTIN)
      check_errorf(c, x->expr, "%s must be called", s);
    else
      check_errorf(c, x->expr, "%s is not an expression", s);
    set_invalid(x);
  }
}

void check_expr(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e, NULL);
  exclude(c, x, false, false, false);
  single_value(c, x);
}

void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint) {
  raw_expr(c, x, e, hint);
  exclude(c, x, false, false, false);
  single_value(c, x);
}

void check_stmt_expr(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e, NULL);
  exclude(c, x, true, false, true);
}

void check_multi_expr(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e, NULL);
  exclude(c, x, false, false, false);
}

void check_expr_or_type(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e, NULL);
  exclude(c, x, false, false, true);
  single_value(c, x);
}

/* ---- Identifiers ---- */

/* Does the scope chain from `from` up to `to` cross a function boundary? */
static bool crosses_function(const Scope *from, const Scope *to) {
  for (const Scope *s = from; s && s != to; s = s->parent)
    if (s->is_func)
      return true;
  return false;
}

static void ident(Checker *c, Operand *x, Node *e, bool want_type) {
  set_invalid(x);
  x->expr = e;
  const char *name = e->u.name.name;
  Scope *found = NULL;
  Object *obj = types_scope_lookup_parent(c->scope, name, &found);
  if (!obj) {
    if (strcmp(name, "_") == 0)
      check_errorf(c, e, "cannot use _ as value");
    else if (!check_fake_dot_import(c))
      check_errorf(c, e, "undefined: %s", name);
    return;
  }
  e->u.name.object = obj;
  check_note_use(c, obj, found);
  if (want_type && obj->kind != OBJ_TYPE) {
    check_errorf(c, e, "%s is not a type", name);
    return;
  }
  if (!obj->type || (obj->kind == OBJ_TYPE && obj->decl && obj->pkg == c->pkg))
    check_object_decl(c, obj);
  switch (obj->kind) {
  case OBJ_PKGNAME:
    check_errorf(c, e, "use of package %s not in selector", obj->name);
    return; /* not a use: gc still says the import is unused */
  case OBJ_CONST:
    check_record_dep(c, obj);
    if (!is_valid(obj->type))
      return;
    if (obj == universe_iota) {
      if (!c->iota) {
        check_errorf(c, e, "cannot use iota outside constant declaration");
        return;
      }
      x->value = c->iota;
    } else {
      x->value = obj->u.cnst.value ? obj->u.cnst.value : value_unknown();
    }
    x->mode = MODE_CONSTANT;
    break;
  case OBJ_TYPE:
    x->mode = MODE_TYPEXPR;
    break;
  case OBJ_VAR:
    obj->used = true;
    if (obj->pkg == c->pkg && obj->parent != c->pkg->scope && found &&
        crosses_function(c->scope, found))
      obj->u.var.captured = true;
    check_record_dep(c, obj);
    if (!is_valid(obj->type))
      return;
    x->mode = MODE_VARIABLE;
    break;
  case OBJ_FUNC:
    check_record_dep(c, obj);
    x->mode = MODE_VALUE;
    break;
  case OBJ_BUILTIN:
    x->mode = MODE_BUILTIN;
    x->builtin = obj->u.builtin.id;
    x->type = types_invalid;
    return;
  case OBJ_NIL:
    x->mode = MODE_NILVALUE;
    break;
  default:
    return;
  }
  x->type = obj->type;
  if (!x->type)
    set_invalid(x);
}

/* ---- Composite literals ---- */

static int64_t index_value(Checker *c, Node *e, int64_t max, bool *ok);

static void struct_literal(Checker *c, Node *e, Type *base, Type *u) {
  Node *elems = e->u.composite.elems;
  int n = u->u.strct.field_count;
  if (!elems)
    return;
  if (elems->kind == ND_KEY_VALUE) {
    bool *seen = calloc((size_t)n + 1, 1);
    for (Node **slot = &e->u.composite.elems; *slot; slot = &(*slot)->next) {
      Node *kv = *slot;
      if (kv->kind != ND_KEY_VALUE) {
        check_errorf(c, kv, "mixture of field:value and value elements in struct literal");
        Operand x;
        check_expr(c, &x, kv);
        continue;
      }
      Node *key = kv->u.key_value.key;
      if (key->kind != ND_NAME) {
        check_errorf(c, key, "invalid field name %s in struct literal",
                     check_expr_string(key));
        Operand x;
        check_expr(c, &x, kv->u.key_value.value);
        continue;
      }
      int idx = -1;
      for (int i = 0; i < n && strcmp(key->u.name.name, "_") != 0; i++)
        if (u->u.strct.fields[i]->name == key->u.name.name) {
          Object *f = u->u.strct.fields[i];
          if (f->name[0] >= 'A' && f->name[0] <= 'Z' ? true : f->pkg == c->pkg)
            idx = i;
        }
      if (idx < 0) {
        int *path, depth;
        bool indirect, amb;
        Object *alt = check_lookup(c, base, false, key->u.name.name, c->pkg,
                                   &path, &depth, &indirect, &amb);
        if (alt && alt->kind == OBJ_VAR && depth > 1)
          check_errorf(c, key, "cannot use promoted field %s in struct literal of type %s",
                       check_expr_string(key), check_type_string(c, base));
        else
          check_errorf(c, key, "unknown field %s in struct literal of type %s",
                       key->u.name.name, check_type_string(c, base));
        Operand x;
        check_expr(c, &x, kv->u.key_value.value);
        continue;
      }
      Object *f = u->u.strct.fields[idx];
      key->u.name.object = f;
      key->type = f->type;
      if (seen[idx])
        check_errorf(c, key, "duplicate field name %s in struct literal",
                     key->u.name.name);
      seen[idx] = true;
      Operand x;
      check_expr(c, &x, kv->u.key_value.value); /* no elided {…} here */
      check_assignment(c, &x, f->type, "struct literal", &kv->u.key_value.value);
    }
    free(seen);
    return;
  }
  int i = 0;
  Node *last = NULL;
  for (Node **slot = &e->u.composite.elems; *slot; slot = &(*slot)->next, i++) {
    Node *el = *slot;
    last = el;
    if (el->kind == ND_KEY_VALUE) {
      check_errorf(c, el, "mixture of field:value and value elements in struct literal");
      continue;
    }
    Operand x;
    if (i >= n) {
      check_expr(c, &x, el);
      check_errorf(c, el, "too many values in struct literal of type %s",
                   check_type_string(c, base));
      return;
    }
    Object *f = u->u.strct.fields[i];
    check_expr(c, &x, el);
    if (f->pkg != c->pkg && !(f->name[0] >= 'A' && f->name[0] <= 'Z')) {
      check_errorf(c, el, "implicit assignment to unexported field %s in struct literal of type %s",
                   f->name, check_type_string(c, base));
      continue;
    }
    check_assignment(c, &x, f->type, "struct literal", slot);
  }
  if (i < n && last) {
    Pos p = e->u.composite.rbrace;
    check_errorf_pos(c, p, "too few values in struct literal of type %s",
                     check_type_string(c, base));
  }
}

/* Elements of array and slice literals; returns the length. */
static int64_t indexed_elems(Checker *c, Node *e, Type *elem, int64_t length) {
  int64_t index = 0, max = 0;
  int64_t *seen = NULL;
  int nseen = 0, seen_cap = 0;
  for (Node **slot = &e->u.composite.elems; *slot; slot = &(*slot)->next) {
    Node *el = *slot;
    Node **vslot = slot;
    bool valid_index = false;
    if (el->kind == ND_KEY_VALUE) {
      bool ok = false;
      int64_t i = index_value(c, el->u.key_value.key, length, &ok);
      if (ok) {
        if (i >= 0) {
          index = i;
          valid_index = true;
        } else {
          check_errorf(c, el, "index %s must be integer constant",
                       check_expr_string(el->u.key_value.key));
        }
      }
      vslot = &el->u.key_value.value;
    } else if (length >= 0 && index >= length) {
      check_errorf(c, el, "index %lld is out of bounds (>= %lld)", (long long)index,
                   (long long)length);
    } else {
      valid_index = true;
    }
    if (valid_index) {
      for (int k = 0; k < nseen; k++)
        if (seen[k] == index) {
          check_errorf(c, el, "duplicate index %lld in array or slice literal",
                       (long long)index);
          break;
        }
      PUSH(seen, nseen, seen_cap, index);
    }
    index++;
    if (index > max)
      max = index;
    Operand x;
    check_expr_with_hint(c, &x, *vslot, elem);
    check_assignment(c, &x, elem, "array or slice literal", vslot);
  }
  return max;
}

static void composite_lit(Checker *c, Operand *x, Node *e, Type *hint) {
  Type *typ = NULL, *base = NULL;
  Node *te = e->u.composite.type;
  if (te) {
    /* [...]T{...}: the length comes from the elements. */
    if (te->kind == ND_ARRAY_TYPE && te->u.array.len &&
        te->u.array.len->kind == ND_ELLIPSIS) {
      Type *elem = check_type_expr(c, te->u.array.elem);
      typ = types_new_array(elem, -1);
      base = typ;
    } else {
      typ = check_type_expr(c, te);
      base = typ;
    }
  } else if (hint) {
    typ = hint;
    base = typ;
    /* *T{...} elided in a literal of pointers: &T{...} */
    Type *hu = types_core(hint);
    if (hu && hu->kind == TY_POINTER) {
      base = hu->u.pointer.elem;
    }
  } else {
    check_errorf(c, e, "missing type in composite literal");
    for (Node *el = e->u.composite.elems; el; el = el->next) {
      Operand y;
      check_expr(c, &y, el->kind == ND_KEY_VALUE ? el->u.key_value.value : el);
    }
    set_invalid(x);
    return;
  }
  Type *u = types_core(base);
  if (!u)
    u = types_invalid;
  switch (u->kind) {
  case TY_STRUCT:
    struct_literal(c, e, base, u);
    break;
  case TY_ARRAY: {
    int64_t n = indexed_elems(c, e, u->u.array.elem, u->u.array.len);
    if (u->u.array.len < 0) {
      u->u.array.len = n;
      if (te)
        te->type = typ;
    }
    break;
  }
  case TY_SLICE:
    indexed_elems(c, e, u->u.slice.elem, -1);
    break;
  case TY_MAP: {
    const Value **keys = NULL;
    Type **key_types = NULL;
    int nkeys = 0, kcap = 0, tcap = 0, tn = 0;
    for (Node *el = e->u.composite.elems; el; el = el->next) {
      if (el->kind != ND_KEY_VALUE) {
        check_errorf(c, el, "missing key in map literal");
        Operand y;
        check_expr(c, &y, el);
        continue;
      }
      Operand k;
      check_expr_with_hint(c, &k, el->u.key_value.key, u->u.map.key);
      check_assignment(c, &k, u->u.map.key, "map literal", &el->u.key_value.key);
      if (k.mode == MODE_CONSTANT && !is_interface_type(u->u.map.key)) {
        for (int i = 0; i < nkeys; i++)
          if (types_identical(key_types[i], k.type) &&
              value_compare(TK_EQL, keys[i], k.value)) {
            check_errorf(c, el->u.key_value.key, "duplicate key %s in map literal",
                         check_expr_string(el->u.key_value.key));
            break;
          }
        PUSH(keys, nkeys, kcap, k.value);
        PUSH(key_types, tn, tcap, k.type);
      }
      Operand v;
      check_expr_with_hint(c, &v, el->u.key_value.value, u->u.map.elem);
      check_assignment(c, &v, u->u.map.elem, "map literal", &el->u.key_value.value);
    }
    break;
  }
  default:
    if (is_valid(u)) {
      /* types2 names the offending type and checks the elements anyway. */
      check_errorf(c, e, "invalid composite literal type %s",
                   check_type_string(c, typ));
    }
    for (Node *el = e->u.composite.elems; el; el = el->next) {
      Operand y;
      check_expr(c, &y, el->kind == ND_KEY_VALUE ? el->u.key_value.value : el);
    }
    set_invalid(x);
    return;
  }
  x->mode = MODE_VALUE;
  x->type = typ;
}

/* ---- Function literals ---- */

Type *check_func_lit(Checker *c, Node *lit) {
  Type *sig = check_signature(c, NULL, NULL, lit->u.func_lit.type, NULL);
  if (lit->u.func_lit.body)
    check_body(c, sig, lit->u.func_lit.body);
  return sig;
}

/* ---- Selectors ---- */

static Selection *new_selection(SelectionKind kind, Object *obj, Type *recv,
                                int *path, int depth, bool indirect) {
  Selection *s = types_alloc(sizeof *s);
  s->kind = kind;
  s->obj = obj;
  s->recv = recv;
  s->path = path;
  s->depth = depth;
  s->indirect = indirect;
  return s;
}

/* Bind a method's receiver type parameters when it is selected through an
 * instance (also through embedded instances, found along the path). */
static Type *selected_method_type(Checker *c, Object *m, Type *recv) {
  (void)recv;
  /* check_lookup left the named type (maybe an instance, maybe embedded)
   * that declares m in c->lookup_recv. */
  Type *base = c->lookup_recv;
  if (base && base->kind == TY_NAMED && base->u.named.origin)
    return check_method_type(c, m, base);
  return check_method_type(c, m, NULL);
}

static void selector(Checker *c, Operand *x, Node *e) {
  Node *xe = e->u.selector.x;
  Node *sel = e->u.selector.sel;
  const char *name = sel->u.name.name;
  /* Qualified identifier pkg.Name. */
  if (xe->kind == ND_NAME) {
    Object *obj = types_scope_lookup_parent(c->scope, xe->u.name.name, NULL);
    if (obj && obj->kind == OBJ_PKGNAME) {
      obj->used = true;
      xe->u.name.object = obj;
      Package *p = obj->u.pkgname.imported;
      x->expr = e;
      ExprInfo *info = check_record(c, e);
      info->selection = new_selection(SEL_QUALIFIED, NULL, NULL, NULL, 0, false);
      if (p->fake) {
        /* An unmodeled package: every use is accepted, untyped. */
        set_invalid(x);
        e->type = types_invalid;
        return;
      }
      Object *m = types_scope_lookup(p->scope, name);
      if (!m || !(name[0] >= 'A' && name[0] <= 'Z')) {
        if (m)
          check_errorf(c, sel, "name %s not exported by package %s", name, p->name);
        else {
          /* A name differing only in case: "(but have Println)". */
          const char *alt = NULL;
          for (int i = 0; i < p->scope->count; i++) {
            const char *n = p->scope->objects[i]->name;
            if (strlen(n) == strlen(name)) {
              bool same = true;
              for (size_t k = 0; n[k] && same; k++) {
                char a = n[k], b = name[k];
                if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
                if (b >= 'A' && b <= 'Z') b = (char)(b - 'A' + 'a');
                same = a == b;
              }
              if (same && n[0] >= 'A' && n[0] <= 'Z')
                alt = n;
            }
          }
          if (alt)
            check_errorf(c, sel, "undefined: %s.%s (but have %s)", xe->u.name.name,
                         name, alt);
          else
            check_errorf(c, sel, "undefined: %s.%s", xe->u.name.name, name);
        }
        set_invalid(x);
        return;
      }
      sel->u.name.object = m;
      info->selection->obj = m;
      check_note_qualified(c, p, m, e);
      switch (m->kind) {
      case OBJ_CONST:
        x->mode = MODE_CONSTANT;
        x->value = m->u.cnst.value;
        break;
      case OBJ_TYPE:
        x->mode = MODE_TYPEXPR;
        break;
      case OBJ_VAR:
        x->mode = MODE_VARIABLE;
        break;
      case OBJ_FUNC:
        x->mode = MODE_VALUE;
        break;
      case OBJ_BUILTIN:
        x->mode = MODE_BUILTIN;
        x->builtin = m->u.builtin.id;
        x->type = types_invalid;
        sel->type = types_invalid;
        return;
      default:
        set_invalid(x);
        return;
      }
      x->type = m->type ? m->type : types_invalid;
      sel->type = x->type;
      return;
    }
  }
  raw_expr(c, x, xe, NULL);
  exclude(c, x, false, false, true);
  single_value(c, x);
  if (x->mode == MODE_INVALID) {
    x->expr = e;
    return;
  }
  /* Untyped constants have no fields or methods: the lookup fails and the
   * message names the untyped type, as gc's does. */
  Type *t = x->type;
  int *path = NULL, depth = 0;
  bool indirect = false, ambiguous = false;
  bool addressable = x->mode == MODE_VARIABLE;
  Object *obj = check_lookup(c, t, addressable, name, c->pkg, &path, &depth,
                             &indirect, &ambiguous);
  if (!obj) {
    if (!is_valid(types_under(t)) || check_mentions_invalid(t))
      goto invalid;
    if (ambiguous) {
      check_errorf(c, sel, "ambiguous selector %s", check_expr_string(e));
      goto invalid;
    }
    const char *ts = check_type_string(c, t);
    Type *ut = types_under(t);
    if (t->kind == TY_POINTER && types_under(t->u.pointer.elem)->kind == TY_INTERFACE &&
        t->u.pointer.elem->kind != TY_TYPEPARAM) {
      check_errorf(c, sel, "%s undefined (type %s is pointer to interface, not interface)",
                   check_expr_string(e), ts);
      goto invalid;
    }
    /* An unexported name of another package, or a different case. */
    Object *alt = NULL;
    bool alt_amb;
    int *p2, d2;
    bool i2;
    char other[256];
    size_t len = strlen(name);
    if (len < sizeof other) {
      memcpy(other, name, len + 1);
      other[0] = (char)(other[0] >= 'a' && other[0] <= 'z' ? other[0] - 'a' + 'A'
                        : other[0] >= 'A' && other[0] <= 'Z' ? other[0] - 'A' + 'a'
                                                             : other[0]);
      alt = check_lookup(c, t, addressable, intern(other, len), c->pkg, &p2, &d2,
                         &i2, &alt_amb);
    }
    (void)ut;
    if (alt)
      check_errorf(c, sel, "%s undefined (type %s has no field or method %s, but does have %s %s)",
                   check_expr_string(e), ts, name,
                   alt->kind == OBJ_FUNC ? "method" : "field", alt->name);
    else
      check_errorf(c, sel, "%s undefined (type %s has no field or method %s)",
                   check_expr_string(e), ts, name);
    goto invalid;
  }
  sel->u.name.object = obj;
  if (obj->kind == OBJ_FUNC)
    check_record_dep(c, obj); /* initialization order sees method uses */
  ExprInfo *info = check_record(c, e);
  if (x->mode == MODE_TYPEXPR) {
    /* Method expression T.m: func(recv T, params) results. */
    if (obj->kind != OBJ_FUNC) {
      check_errorf(c, sel, "%s undefined (type %s has no method %s)",
                   check_expr_string(e), check_type_string(c, t), name);
      goto invalid;
    }
    Type *mt = obj->decl ? selected_method_type(c, obj, t) : obj->type;
    if (obj->u.func.pointer_recv && t->kind != TY_POINTER && !indirect &&
        obj->decl) {
      check_errorf(c, e, "invalid method expression %s (needs pointer receiver (*%s).%s)",
                   check_expr_string(e), check_type_string(c, t), name);
      goto invalid;
    }
    Object **params = types_alloc(sizeof(Object *) * (size_t)(mt->u.func.params->u.tuple.count + 1));
    /* Named or unnamed like the other parameters (types2's rule). */
    const char *rname = "";
    if (mt->u.func.params->u.tuple.count > 0 &&
        mt->u.func.params->u.tuple.vars[0]->name[0]) {
      Object *r = mt->u.func.recv;
      rname = r && r->name && r->name[0] ? r->name : "_";
    }
    params[0] = types_new_var(intern(rname, strlen(rname)), t, c->pkg);
    for (int i = 0; i < mt->u.func.params->u.tuple.count; i++)
      params[i + 1] = mt->u.func.params->u.tuple.vars[i];
    Type *ft = types_new_func(NULL, types_new_tuple(params, mt->u.func.params->u.tuple.count + 1),
                              mt->u.func.results, mt->u.func.variadic);
    info->selection = new_selection(SEL_METHOD_EXPR, obj, t, path, depth, indirect);
    x->mode = MODE_VALUE;
    x->type = ft;
    x->expr = e;
    sel->type = ft;
    return;
  }
  if (obj->kind == OBJ_VAR) {
    info->selection = new_selection(SEL_FIELD, obj, t, path, depth, indirect);
    if (x->mode == MODE_VARIABLE || indirect || t->kind == TY_POINTER)
      x->mode = MODE_VARIABLE;
    else
      x->mode = MODE_VALUE;
    x->type = obj->type;
    sel->type = obj->type;
    x->expr = e;
    return;
  }
  /* Method value x.m. */
  Type *mt = obj->decl ? selected_method_type(c, obj, t) : obj->type;
  Selection *s = new_selection(SEL_METHOD_VALUE, obj, t, path, depth, indirect);
  if (c->calling != e) /* (call_expr's operand: a method call) */
    c->pkg->method_value_count++;
  Type *bt = t->kind == TY_POINTER ? t->u.pointer.elem : t;
  s->via_interface = types_under(bt)->kind == TY_INTERFACE || bt->kind == TY_TYPEPARAM;
  if (obj->decl && !s->via_interface) {
    if (obj->u.func.pointer_recv && !indirect && t->kind != TY_POINTER) {
      if (!addressable) {
        check_errorf(c, sel, "cannot call pointer method %s on %s", name,
                     check_type_string(c, t));
        goto invalid;
      }
      s->implicit_addr = true;
    } else if (!obj->u.func.pointer_recv && (indirect || t->kind == TY_POINTER)) {
      s->implicit_deref = true;
    }
  }
  info->selection = s;
  x->mode = MODE_VALUE;
  x->type = mt && mt->kind == TY_FUNC ? mt : types_invalid;
  if (x->type->kind == TY_FUNC && x->type->u.func.recv) {
    /* The method value's type has no receiver. */
    Type *f = types_new_func(NULL, x->type->u.func.params, x->type->u.func.results,
                             x->type->u.func.variadic);
    x->type = f;
  }
  sel->type = x->type;
  x->expr = e;
  return;
invalid:
  set_invalid(x);
  x->expr = e;
}

/* ---- Index and slice expressions ---- */

/* A constant index in [0, max) (max < 0: unbounded); *ok false on error.
 * Returns -1 for a valid non-constant index. */
static int64_t index_value(Checker *c, Node *e, int64_t max, bool *ok) {
  Operand x;
  check_expr(c, &x, e);
  *ok = false;
  if (x.mode == MODE_INVALID)
    return -1;
  check_convert_untyped(c, &x, types_basic[TY_INT]);
  if (x.mode == MODE_INVALID)
    return -1;
  if (!types_is_integer(x.type) && !(x.type->kind == TY_TYPEPARAM &&
                                      types_core(x.type) && types_is_integer(types_core(x.type)))) {
    check_errorf(c, e, "invalid argument: index %s must be integer",
                 check_operand_string(c, &x));
    return -1;
  }
  if (x.mode == MODE_CONSTANT) {
    if (value_sign_negative(x.value)) {
      check_errorf(c, e, "invalid argument: index %s must not be negative",
                   check_operand_string(c, &x));
      return -1;
    }
    int64_t v;
    if (!value_get_int64(x.value, &v) || (max >= 0 && v >= max)) {
      StrBuf b = {NULL, 0, 0};
      value_print(&b, x.value);
      check_errorf(c, e, "invalid argument: index %s out of bounds [0:%lld]",
                   b.data, (long long)max);
      strbuf_free(&b);
      return -1;
    }
    *ok = true;
    return v;
  }
  *ok = true;
  return -1;
}

static void func_instance(Checker *c, Operand *x, Node *e);

static void index_expr(Checker *c, Operand *x, Node *e) {
  raw_expr(c, x, e->u.index.x, NULL);
  exclude(c, x, false, false, true);
  single_value(c, x);
  if (x->mode == MODE_INVALID) {
    for (Node *i = e->u.index.index; i; i = i->next) {
      Operand y;
      check_expr_or_type(c, &y, i);
    }
    x->expr = e;
    return;
  }
  if (x->mode == MODE_TYPEXPR) {
    /* A generic type instantiated in an expression: T[int]{...}. */
    Type *t = check_type_expr(c, e);
    x->mode = is_valid(t) ? MODE_TYPEXPR : MODE_INVALID;
    x->type = t;
    x->expr = e;
    return;
  }
  Type *xt = x->type;
  Type *ft = types_under(xt);
  if (ft->kind == TY_FUNC && ft->u.func.tparam_count > 0) {
    func_instance(c, x, e);
    return;
  }
  Node *idx = e->u.index.index;
  if (idx && idx->next) {
    check_errorf(c, idx->next, "unexpected comma; expecting ]");
    set_invalid(x);
    x->expr = e;
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = types_core(xt);
  if (!u && xt->kind == TY_TYPEPARAM) {
    /* A type parameter with several types: all must index alike. */
    TypeSet *set = types_type_set(xt->u.tparam.constraint);
    if (!set->all && set->term_count > 0)
      u = types_under(set->terms[0].type);
  }
  if (u) {
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
      valid = true;
      if (x->mode == MODE_CONSTANT)
        length = (int64_t)x->value->str_len;
      x->mode = MODE_VALUE;
      x->type = types_byte;
      break;
    case TY_ARRAY:
      valid = true;
      length = u->u.array.len;
      if (x->mode != MODE_VARIABLE)
        x->mode = MODE_VALUE;
      x->type = u->u.array.elem;
      break;
    case TY_POINTER: {
      Type *a = types_under(u->u.pointer.elem);
      if (a->kind == TY_ARRAY) {
        valid = true;
        length = a->u.array.len;
        x->mode = MODE_VARIABLE;
        x->type = a->u.array.elem;
      }
      break;
    }
    case TY_SLICE:
      valid = true;
      x->mode = MODE_VARIABLE;
      x->type = u->u.slice.elem;
      break;
    case TY_MAP: {
      Operand k;
      check_expr_with_hint(c, &k, idx, u->u.map.key);
      check_assignment(c, &k, u->u.map.key, "map index", &e->u.index.index);
      x->mode = MODE_MAPINDEX;
      x->type = u->u.map.elem;
      x->expr = e;
      return;
    }
    default:
      break;
    }
  }
  if (length >= 0 || xt->kind == TY_TYPEPARAM)
    c->pkg->fixed_index_count++;
  if (!valid) {
    check_errorf_pos(c, e->pos, "cannot index %s", check_operand_string(c, x));
    Operand y;
    check_expr(c, &y, idx);
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (!idx) {
    check_errorf(c, e, "missing index for %s", check_expr_string(e->u.index.x));
    set_invalid(x);
    x->expr = e;
    return;
  }
  bool ok;
  index_value(c, idx, length, &ok);
  x->expr = e;
}

static void slice_expr(Checker *c, Operand *x, Node *e) {
  check_expr(c, x, e->u.slice.x);
  if (x->mode == MODE_INVALID) {
    Node *parts[3] = {e->u.slice.low, e->u.slice.high, e->u.slice.max};
    for (int i = 0; i < 3; i++)
      if (parts[i]) {
        Operand y;
        check_expr(c, &y, parts[i]);
      }
    x->expr = e;
    return;
  }
  bool valid = false;
  int64_t length = -1;
  Type *u = types_core(x->type);
  if (u) {
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
      if (e->u.slice.full) {
        check_errorf(c, e->u.slice.max ? e->u.slice.max : e, "invalid operation: 3-index slice of string");
        set_invalid(x);
        x->expr = e;
        return;
      }
      valid = true;
      if (x->mode == MODE_CONSTANT)
        length = (int64_t)x->value->str_len;
      if (types_is_untyped(x->type))
        x->type = types_basic[TY_STRING];
      x->mode = MODE_VALUE;
      break;
    case TY_ARRAY:
      valid = true;
      length = u->u.array.len;
      if (x->mode != MODE_VARIABLE) {
        check_errorf(c, x->expr, "cannot slice unaddressable value %s",
                     check_operand_string(c, x));
        set_invalid(x);
        x->expr = e;
        return;
      }
      x->type = types_new_slice(u->u.array.elem);
      x->mode = MODE_VALUE;
      break;
    case TY_POINTER: {
      Type *a = types_under(u->u.pointer.elem);
      if (a->kind == TY_ARRAY) {
        valid = true;
        length = a->u.array.len;
        x->type = types_new_slice(a->u.array.elem);
        x->mode = MODE_VALUE;
      }
      break;
    }
    case TY_SLICE:
      valid = true;
      x->mode = MODE_VALUE;
      break;
    default:
      break;
    }
  }
  if (!valid) {
    check_errorf(c, x->expr, "cannot slice %s", check_operand_string(c, x));
    set_invalid(x);
    x->expr = e;
    return;
  }
  Node *parts[3] = {e->u.slice.low, e->u.slice.high, e->u.slice.max};
  int64_t vals[3] = {-1, -1, -1};
  for (int i = 0; i < 3; i++) {
    if (!parts[i])
      continue;
    bool ok;
    int64_t max = length >= 0 ? length + 1 : -1;
    vals[i] = index_value(c, parts[i], max, &ok);
  }
  /* Constant indices must be ordered. */
  for (int i = 0; i < 3; i++)
    for (int j = i + 1; j < 3; j++)
      if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
        check_errorf(c, parts[j], "invalid slice indices: %lld < %lld",
                     (long long)vals[j], (long long)vals[i]);
        i = j = 3;
      }
  x->expr = e;
}

/* ---- Type assertions ---- */

static void type_assert(Checker *c, Operand *x, Node *e) {
  check_expr(c, x, e->u.assert.x);
  if (x->mode == MODE_INVALID) {
    if (e->u.assert.type)
      check_type_expr(c, e->u.assert.type);
    x->expr = e;
    return;
  }
  if (x->type->kind == TY_TYPEPARAM) {
    check_errorf(c, e->u.assert.x, "invalid operation: cannot use type assertion on type parameter value %s",
                 check_operand_string(c, x));
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (types_under(x->type)->kind != TY_INTERFACE) {
    check_errorf(c, e->u.assert.x, "invalid operation: %s is not an interface",
                 check_operand_string(c, x));
    set_invalid(x);
    x->expr = e;
    return;
  }
  Type *t = check_type_expr(c, e->u.assert.type);
  if (!is_valid(t)) {
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (types_under(t)->kind != TY_INTERFACE && t->kind != TY_TYPEPARAM) {
    bool wrong, ptr;
    Object *m = check_missing_method(c, t, x->type, false, &wrong, &ptr);
    if (m) {
      const char *why = NULL;
      check_implements(c, t, x->type, &why);
      check_errorf(c, e, "impossible type assertion: %s\n\t%s", check_expr_string(e),
                   why ? why : "");
      set_invalid(x);
      x->expr = e;
      return;
    }
  }
  x->mode = MODE_COMMAOK;
  x->type = t;
  x->expr = e;
}

/* ---- Unary and binary operators ---- */

static bool all_ordered(Type *t) {
  if (t->kind == TY_TYPEPARAM && check_mentions_invalid(t))
    return true;
  if (t->kind == TY_TYPEPARAM) {
    TypeSet *s = types_type_set(t->u.tparam.constraint);
    if (s->all || s->term_count == 0)
      return false;
    for (int i = 0; i < s->term_count; i++)
      if (!all_ordered(s->terms[i].type))
        return false;
    return true;
  }
  Type *u = types_under(t);
  return types_is_integer(u) || types_is_float(u) || types_is_string(u);
}

/* Predicates of operators, tested over every term of a type parameter. */
typedef bool (*TypePred)(const Type *);

static bool all_pred(Type *t, TypePred p) {
  if (t->kind == TY_TYPEPARAM && check_mentions_invalid(t))
    return true;
  if (t->kind == TY_TYPEPARAM) {
    TypeSet *s = types_type_set(t->u.tparam.constraint);
    if (s->all || s->term_count == 0)
      return false;
    for (int i = 0; i < s->term_count; i++)
      if (!all_pred(s->terms[i].type, p))
        return false;
    return true;
  }
  return p(types_under(t));
}

static bool numeric_or_string(const Type *t) {
  return types_is_numeric(t) || types_is_string(t);
}

static bool op_ok(Checker *c, Operand *x, TokenKind op, bool unary) {
  TypePred p = NULL;
  switch (op) {
  case TK_ADD:
    p = unary ? types_is_numeric : numeric_or_string;
    break;
  case TK_SUB: case TK_MUL: case TK_QUO:
    p = types_is_numeric;
    break;
  case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT:
    p = types_is_integer;
    break;
  case TK_LAND: case TK_LOR: case TK_NOT:
    p = types_is_boolean;
    break;
  default:
    return true;
  }
  if (!all_pred(x->type, p)) {
    check_errorf(c, x->expr, INVALID_OP "operator %s not defined on %s",
                 op_string(op), check_operand_string(c, x));
    return false;
  }
  return true;
}

static int unsigned_bits(Type *t) {
  switch (types_under(t)->kind) {
  case TY_UINT8: return 8;
  case TY_UINT16: return 16;
  case TY_UINT32: return 32;
  case TY_UINT: case TY_UINT64: case TY_UINTPTR: return 64;
  default: return 0;
  }
}

static const char *op_name(Node *e) {
  if (e && e->kind == ND_BINARY) {
    switch (e->u.binary.op) {
    case TK_ADD: return "addition";
    case TK_SUB: return "subtraction";
    case TK_XOR: return "bitwise XOR";
    case TK_MUL: return "multiplication";
    case TK_SHL: return "shift";
    default: break;
    }
  }
  return NULL;
}

/* After a constant operation: typed constants must fit their type,
 * untyped integers must stay within gc's 512 bits. */
static void overflow(Checker *c, Operand *x, Pos op_pos) {
  if (x->value->kind == VAL_UNKNOWN) {
    check_errorf_pos(c, op_pos, "constant result is not representable");
    return;
  }
  if (!types_is_untyped(x->type)) {
    const Value *v;
    ConvCode code = representation(x, types_under(x->type), &v);
    if (code != CONV_OK) {
      if (code == CONV_TRUNCATED)
        check_errorf(c, x->expr, "%s truncated to %s", check_operand_string(c, x),
                     check_type_string(c, x->type));
      else if (code == CONV_OVERFLOW)
        check_errorf(c, x->expr, "%s overflows %s", check_operand_string(c, x),
                     check_type_string(c, x->type));
      else
        check_errorf(c, x->expr, "cannot convert %s to type %s",
                     check_operand_string(c, x), check_type_string(c, x->type));
      set_invalid(x);
      return;
    }
    x->value = v;
    return;
  }
  if (x->value->kind == VAL_INT && value_bitlen(x->value) > 512) {
    const char *op = op_name(x->expr);
    check_errorf_pos(c, op_pos, "constant %s%soverflow", op ? op : "", op ? " " : "");
    x->value = value_unknown();
  }
}

static void unary(Checker *c, Operand *x, Node *e, Type *hint) {
  TokenKind op = e->u.unary.op;
  if (op == TK_AND) {
    /* &T{...} and &x (x addressable). */
    Node *inner = e->u.unary.x;
    while (inner->kind == ND_PAREN)
      inner = inner->u.paren.x;
    Type *h = NULL;
    if (hint) {
      Type *hu = types_core(hint);
      if (hu && hu->kind == TY_POINTER)
        h = hu->u.pointer.elem;
    }
    raw_expr(c, x, e->u.unary.x, h);
    exclude(c, x, false, false, false);
    single_value(c, x);
    if (x->mode == MODE_INVALID) {
      x->expr = e;
      return;
    }
    if (inner->kind != ND_COMPOSITE_LIT && x->mode != MODE_VARIABLE) {
      check_errorf(c, x->expr, INVALID_OP "cannot take address of %s",
                   check_operand_string(c, x));
      set_invalid(x);
      x->expr = e;
      return;
    }
    x->mode = MODE_VALUE;
    x->type = types_new_pointer(x->type);
    x->expr = e;
    return;
  }
  if (op == TK_MUL) {
    raw_expr(c, x, e->u.unary.x, NULL);
    exclude(c, x, false, false, true);
    single_value(c, x);
    if (x->mode == MODE_INVALID) {
      x->expr = e;
      return;
    }
    if (x->mode == MODE_TYPEXPR) {
      x->type = types_new_pointer(x->type);
      x->expr = e;
      return;
    }
    Type *u = types_core(x->type);
    if (!u || u->kind != TY_POINTER) {
      if (x->mode == MODE_NILVALUE)
        check_errorf(c, x->expr, INVALID_OP "cannot indirect nil");
      else
        check_errorf(c, x->expr, INVALID_OP "cannot indirect %s",
                     check_operand_string(c, x));
      set_invalid(x);
      x->expr = e;
      return;
    }
    x->mode = MODE_VARIABLE;
    x->type = u->u.pointer.elem;
    x->expr = e;
    return;
  }
  check_expr(c, x, e->u.unary.x);
  if (x->mode == MODE_INVALID) {
    x->expr = e;
    return;
  }
  if (op == TK_ARROW) {
    Type *u = types_core(x->type);
    if (!u || u->kind != TY_CHAN) {
      check_errorf(c, x->expr, INVALID_OP "cannot receive from non-channel %s",
                   check_operand_string(c, x));
      set_invalid(x);
    } else if (u->u.chan.dir == CHAN_SEND) {
      check_errorf(c, x->expr, INVALID_OP "cannot receive from send-only channel %s %s",
                   check_type_string(c, x->type), check_operand_string(c, x));
      set_invalid(x);
    } else {
      x->mode = MODE_COMMAOK;
      x->type = u->u.chan.elem;
    }
    x->expr = e;
    return;
  }
  if (op == TK_TILDE) {
    check_errorf(c, e, "cannot use ~ outside of interface or type constraint");
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (!op_ok(c, x, op, true)) {
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (x->mode == MODE_CONSTANT) {
    int bits = types_is_unsigned(x->type) ? unsigned_bits(x->type) : 0;
    x->value = value_unary(op, x->value, bits);
    x->expr = e;
    overflow(c, x, e->pos);
    return;
  }
  x->mode = MODE_VALUE;
  x->expr = e;
}

static bool is_comparison(TokenKind op) {
  return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ ||
         op == TK_GTR || op == TK_GEQ;
}

static bool all_basic(Type *t, TypePred p) {
  if (t->kind == TY_TYPEPARAM)
    return all_pred(t, p);
  return p(types_under(t));
}

static bool is_nil_operand(const Operand *x) {
  return x->mode == MODE_NILVALUE || (x->type && x->type->kind == TY_UNTYPED_NIL);
}

static void match_types(Checker *c, Operand *x, Operand *y) {
  bool xt = !types_is_untyped(x->type), yt = !types_is_untyped(y->type);
  if (xt && yt)
    return;
  if (all_basic(x->type, types_is_numeric) != all_basic(y->type, types_is_numeric))
    return;
  bool may = true;
  if (is_interface_type(x->type) || is_interface_type(y->type)) {
    may = true;
  } else if (all_basic(x->type, types_is_boolean) != all_basic(y->type, types_is_boolean)) {
    may = false;
  } else if (all_basic(x->type, types_is_string) != all_basic(y->type, types_is_string)) {
    may = false;
  } else if (is_nil_operand(x)) {
    may = types_has_nil(y->type) || y->type->kind == TY_TYPEPARAM;
  } else if (is_nil_operand(y)) {
    may = types_has_nil(x->type) || x->type->kind == TY_TYPEPARAM;
  } else if (types_under(x->type)->kind == TY_POINTER ||
             types_under(y->type)->kind == TY_POINTER) {
    may = false;
  }
  if (!may)
    return;
  check_convert_untyped(c, x, y->type);
  if (x->mode == MODE_INVALID)
    return;
  check_convert_untyped(c, y, x->type);
  if (y->mode == MODE_INVALID)
    set_invalid(x);
}

static const char *incomparable_cause(Checker *c, Type *t) {
  Type *u = types_under(t);
  switch (u->kind) {
  case TY_SLICE: case TY_FUNC: case TY_MAP:
    return types_strdup("", 0) && u->kind == TY_SLICE ? "slice can only be compared to nil"
           : u->kind == TY_FUNC ? "func can only be compared to nil"
                                : "map can only be compared to nil";
  case TY_STRUCT:
    for (int i = 0; i < u->u.strct.field_count; i++) {
      Type *ft = u->u.strct.fields[i]->type;
      if (!types_comparable(ft)) {
        StrBuf b = {NULL, 0, 0};
        strbuf_printf(&b, "struct containing %s cannot be compared",
                      check_type_string(c, ft));
        const char *s = types_strdup(b.data, b.length);
        strbuf_free(&b);
        return s;
      }
    }
    return NULL;
  case TY_ARRAY: {
    StrBuf b = {NULL, 0, 0};
    strbuf_printf(&b, "%s cannot be compared", check_type_string(c, t));
    const char *s = types_strdup(b.data, b.length);
    strbuf_free(&b);
    return s;
  }
  default:
    return NULL;
  }
}

static void comparison(Checker *c, Operand *x, Operand *y, TokenKind op,
                       Node *e, Node **xslot, Node **yslot) {
  const Operand *err_op = x;
  const char *cause = NULL;
  const char *r;
  bool ok = check_assignable(c, x, y->type, &r) || check_assignable(c, y, x->type, &r);
  if (!is_valid(x->type) || !is_valid(y->type)) {
    set_invalid(x);
    return;
  }
  if (!ok) {
    err_op = y;
    StrBuf b = {NULL, 0, 0};
    strbuf_printf(&b, "mismatched types %s and %s", check_type_string(c, x->type),
                  check_type_string(c, y->type));
    cause = types_strdup(b.data, b.length);
    strbuf_free(&b);
    goto error;
  }
  if (op == TK_EQL || op == TK_NEQ) {
    if (is_nil_operand(x) || is_nil_operand(y)) {
      Type *t = is_nil_operand(x) ? y->type : x->type;
      if (!types_has_nil(t) && t->kind != TY_TYPEPARAM) {
        err_op = y;
        goto error;
      }
    } else if (!types_comparable(x->type) && !is_interface_type(x->type)) {
      err_op = x;
      cause = incomparable_cause(c, x->type);
      goto error;
    } else if (!types_comparable(y->type) && !is_interface_type(y->type)) {
      err_op = y;
      cause = incomparable_cause(c, y->type);
      goto error;
    }
  } else {
    if (!all_ordered(x->type)) {
      err_op = x;
      goto error;
    }
    if (!all_ordered(y->type)) {
      err_op = y;
      goto error;
    }
  }
  if (x->mode == MODE_CONSTANT && y->mode == MODE_CONSTANT) {
    x->value = value_bool(value_compare(op, x->value, y->value));
  } else {
    x->mode = MODE_VALUE;
    /* Operands are materialized: untyped ones take their default types,
     * and a concrete operand compared with an interface is converted. */
    if (types_is_untyped(x->type) && !is_nil_operand(x))
      check_update_untyped(c, x->expr, types_default(x->type));
    if (types_is_untyped(y->type) && !is_nil_operand(y))
      check_update_untyped(c, y->expr, types_default(y->type));
    if (is_interface_type(x->type) && !is_interface_type(y->type) && !is_nil_operand(y))
      insert_conversion(c, yslot, y->expr, x->type);
    else if (is_interface_type(y->type) && !is_interface_type(x->type) &&
             !is_nil_operand(x))
      insert_conversion(c, xslot, x->expr, y->type);
  }
  x->type = types_basic[TY_UNTYPED_BOOL];
  x->expr = e;
  return;
error:
  if (!cause) {
    if (x->type->kind == TY_TYPEPARAM || y->type->kind == TY_TYPEPARAM) {
      if (x->type->kind != TY_TYPEPARAM)
        err_op = y;
      StrBuf b = {NULL, 0, 0};
      strbuf_printf(&b, "type parameter %s cannot use operator %s",
                    check_type_string(c, err_op->type), op_string(op));
      cause = types_strdup(b.data, b.length);
      strbuf_free(&b);
    } else {
      const char *what = types_composite_kind(err_op->type);
      if (!what[0])
        what = check_type_string(c, err_op->type);
      StrBuf b = {NULL, 0, 0};
      strbuf_printf(&b, "operator %s not defined on %s", op_string(op), what);
      cause = types_strdup(b.data, b.length);
      strbuf_free(&b);
    }
  }
  check_errorf(c, err_op->expr, INVALID_OP "%s %s %s (%s)",
               check_expr_string(e->u.binary.x), op_string(op),
               check_expr_string(e->u.binary.y), cause);
  set_invalid(x);
}

static void shift(Checker *c, Operand *x, Operand *y, Node *e, TokenKind op) {
  const Value *xval = NULL;
  if (x->mode == MODE_CONSTANT)
    xval = value_to_int(x->value);
  if (all_basic(x->type, types_is_integer) ||
      (types_is_untyped(x->type) && xval)) {
    /* ok */
  } else {
    check_errorf(c, x->expr, INVALID_OP "shifted operand %s must be integer",
                 check_operand_string(c, x));
    set_invalid(x);
    return;
  }
  const Value *yval = NULL;
  if (y->mode == MODE_CONSTANT) {
    yval = value_to_int(y->value);
    if (yval && value_sign_negative(yval)) {
      check_errorf(c, y->expr, INVALID_OP "negative shift count %s",
                   check_operand_string(c, y));
      set_invalid(x);
      return;
    }
    if (types_is_untyped(y->type)) {
      const Value *v;
      ConvCode code = representation(y, types_basic[TY_UINT], &v);
      if (code != CONV_OK) {
        if (code == CONV_TRUNCATED)
          check_errorf(c, y->expr, "%s truncated to uint", check_operand_string(c, y));
        else if (code == CONV_OVERFLOW)
          check_errorf(c, y->expr, "%s overflows uint", check_operand_string(c, y));
        else
          check_errorf(c, y->expr, "cannot convert %s to type uint", check_operand_string(c, y));
        set_invalid(x);
        return;
      }
      check_update_untyped(c, y->expr, types_basic[TY_UINT]);
    }
  } else if (all_basic(y->type, types_is_integer)) {
    if (types_is_untyped(y->type))
      check_convert_untyped(c, y, types_basic[TY_UINT]);
  } else if (types_is_untyped(y->type)) {
    check_convert_untyped(c, y, types_basic[TY_UINT]);
    if (y->mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
  } else {
    check_errorf(c, y->expr, INVALID_OP "shift count %s must be integer",
                 check_operand_string(c, y));
    set_invalid(x);
    return;
  }
  if (x->mode == MODE_CONSTANT) {
    if (y->mode == MODE_CONSTANT) {
      if (x->value->kind == VAL_UNKNOWN || y->value->kind == VAL_UNKNOWN) {
        x->value = value_unknown();
        if (!types_is_integer(x->type))
          x->type = types_basic[TY_UNTYPED_INT];
        return;
      }
      uint64_t s;
      if (!yval || !value_get_uint64(yval, &s) || s > 1023 - 1 + 52) {
        check_errorf(c, y->expr, INVALID_OP "invalid shift count %s",
                     check_operand_string(c, y));
        set_invalid(x);
        return;
      }
      if (!types_is_integer(x->type))
        x->type = types_basic[TY_UNTYPED_INT];
      bool over = false;
      x->value = value_shift(op, xval, s, &over);
      x->expr = e;
      overflow(c, x, e->pos);
      return;
    }
    if (types_is_untyped(x->type)) {
      /* Non-constant shift of an untyped constant: its type is decided by
       * the context (check_update_untyped), as if the shift were not
       * there. */
      if (!types_is_integer(x->type))
        x->type = types_basic[TY_UNTYPED_INT];
      x->mode = MODE_VALUE;
      return;
    }
  }
  if (!all_basic(x->type, types_is_integer)) {
    check_errorf(c, x->expr, INVALID_OP "shifted operand %s must be integer",
                 check_operand_string(c, x));
    set_invalid(x);
    return;
  }
  x->mode = MODE_VALUE;
}

static void binary(Checker *c, Operand *x, Node *e, Node **xslot, Node **yslot) {
  TokenKind op = e->u.binary.op;
  Operand y;
  check_expr(c, x, e->u.binary.x);
  check_expr(c, &y, e->u.binary.y);
  if (x->mode == MODE_INVALID) {
    x->expr = e;
    return;
  }
  if (y.mode == MODE_INVALID) {
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (op == TK_SHL || op == TK_SHR) {
    shift(c, x, &y, e, op);
    x->expr = e;
    return;
  }
  match_types(c, x, &y);
  if (x->mode == MODE_INVALID) {
    x->expr = e;
    return;
  }
  if (is_comparison(op)) {
    comparison(c, x, &y, op, e, xslot, yslot);
    x->expr = e;
    return;
  }
  if (!types_identical(x->type, y.type)) {
    if (is_valid(x->type) && is_valid(y.type))
      check_errorf(c, x->expr, INVALID_OP "%s (mismatched types %s and %s)",
                   check_expr_string(e), check_type_string(c, x->type),
                   check_type_string(c, y.type));
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (!op_ok(c, x, op, false)) {
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (op == TK_QUO || op == TK_REM) {
    if ((x->mode == MODE_CONSTANT || all_basic(x->type, types_is_integer)) &&
        y.mode == MODE_CONSTANT && y.value->kind != VAL_UNKNOWN) {
      const Value *zero = value_int64(0);
      const Value *yv = y.value, *z = zero;
      value_match(&yv, &z);
      if (value_compare(TK_EQL, yv, z)) {
        check_errorf(c, y.expr, INVALID_OP "division by zero");
        set_invalid(x);
        x->expr = e;
        return;
      }
    }
  }
  if (x->mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
    if (x->value->kind == VAL_UNKNOWN || y.value->kind == VAL_UNKNOWN) {
      x->value = value_unknown();
      x->expr = e;
      return;
    }
    bool int_div = types_is_integer(x->type);
    bool over = false;
    const Value *v = value_binary(op, x->value, y.value, int_div, &over);
    if (!v) {
      check_errorf(c, y.expr, INVALID_OP "division by zero");
      set_invalid(x);
      x->expr = e;
      return;
    }
    x->value = v;
    x->expr = e;
    overflow(c, x, e->pos);
    return;
  }
  x->mode = MODE_VALUE;
  x->expr = e;
}

/* ---- Calls ---- */

/* "(number, string)": the types of arguments or parameters in messages. */
static const char *types_summary(Checker *c, Type **list, int n, bool variadic,
                                 bool has_dots) {
  StrBuf b = {NULL, 0, 0};
  strbuf_puts(&b, "(");
  for (int i = 0; i < n; i++) {
    if (i > 0)
      strbuf_puts(&b, ", ");
    Type *t = list[i];
    StrBuf s = {NULL, 0, 0};
    if (!t || !is_valid(t))
      strbuf_puts(&s, "unknown type");
    else if (types_is_untyped(t)) {
      if (types_is_numeric(t))
        strbuf_puts(&s, "number");
      else
        strbuf_puts(&s, t->u.basic.name + (strncmp(t->u.basic.name, "untyped ", 8) == 0 ? 8 : 0));
    } else {
      types_print(&s, t, c->pkg);
    }
    const char *str = s.data ? s.data : "";
    if (variadic && i == n - 1 && strncmp(str, "[]", 2) == 0) {
      strbuf_puts(&b, "...");
      strbuf_puts(&b, str + 2);
    } else {
      strbuf_puts(&b, str);
    }
    if (has_dots && i == n - 1)
      strbuf_puts(&b, "...");
    strbuf_free(&s);
  }
  strbuf_puts(&b, ")");
  const char *r = types_strdup(b.data, b.length);
  strbuf_free(&b);
  return r;
}

/* The arguments of a call, evaluated: one Operand per value (a single
 * multi-value call is spread). */
typedef struct Args {
  Operand *ops;
  Node ***slots; /* where each argument hangs (NULL for spread values) */
  int count;
  bool spread;   /* f(g()) with g returning several values */
} Args;

static Args eval_args(Checker *c, Node *call, Type **hints, int nhints) {
  Args a;
  memset(&a, 0, sizeof a);
  int n = 0;
  for (Node *arg = call->u.call.args; arg; arg = arg->next)
    n++;
  if (n == 1) {
    Operand x;
    Type *hint = nhints > 0 ? hints[0] : NULL;
    raw_expr(c, &x, call->u.call.args, hint);
    exclude(c, &x, false, false, false);
    if (x.mode != MODE_INVALID && x.type && x.type->kind == TY_TUPLE) {
      int k = x.type->u.tuple.count;
      a.ops = types_alloc(sizeof(Operand) * (size_t)(k + 1));
      a.slots = types_alloc(sizeof(Node **) * (size_t)(k + 1));
      for (int i = 0; i < k; i++) {
        a.ops[i] = x;
        a.ops[i].mode = MODE_VALUE;
        a.ops[i].type = x.type->u.tuple.vars[i]->type;
      }
      a.count = k;
      a.spread = true;
      return a;
    }
    a.ops = types_alloc(sizeof(Operand));
    a.slots = types_alloc(sizeof(Node **));
    a.ops[0] = x;
    a.slots[0] = &call->u.call.args;
    a.count = 1;
    return a;
  }
  a.ops = types_alloc(sizeof(Operand) * (size_t)(n + 1));
  a.slots = types_alloc(sizeof(Node **) * (size_t)(n + 1));
  int i = 0;
  for (Node **slot = &call->u.call.args; *slot; slot = &(*slot)->next, i++) {
    Type *hint = i < nhints ? hints[i] : NULL;
    raw_expr(c, &a.ops[i], *slot, hint);
    exclude(c, &a.ops[i], false, false, false);
    single_value(c, &a.ops[i]);
    a.slots[i] = slot;
  }
  a.count = n;
  return a;
}

/* ---- Type inference ---- */

typedef struct Unifier {
  Type **tparams;
  Type **bound; /* inferred arguments, NULL while unknown */
  int count;
} Unifier;

static int tparam_index(Unifier *u, Type *t) {
  for (int i = 0; i < u->count; i++)
    if (u->tparams[i] == t)
      return i;
  return -1;
}

/* Does t mention one of the type parameters being inferred? */
static bool mentions_tparams(Unifier *u, Type *t, int depth) {
  if (!t || depth > 16)
    return false;
  switch (t->kind) {
  case TY_TYPEPARAM: return tparam_index(u, t) >= 0;
  case TY_POINTER: return mentions_tparams(u, t->u.pointer.elem, depth + 1);
  case TY_SLICE: return mentions_tparams(u, t->u.slice.elem, depth + 1);
  case TY_ARRAY: return mentions_tparams(u, t->u.array.elem, depth + 1);
  case TY_CHAN: return mentions_tparams(u, t->u.chan.elem, depth + 1);
  case TY_MAP:
    return mentions_tparams(u, t->u.map.key, depth + 1) ||
           mentions_tparams(u, t->u.map.elem, depth + 1);
  case TY_FUNC:
    for (int k = 0; k < t->u.func.params->u.tuple.count; k++)
      if (mentions_tparams(u, t->u.func.params->u.tuple.vars[k]->type, depth + 1))
        return true;
    for (int k = 0; k < t->u.func.results->u.tuple.count; k++)
      if (mentions_tparams(u, t->u.func.results->u.tuple.vars[k]->type, depth + 1))
        return true;
    return false;
  case TY_STRUCT:
    for (int k = 0; k < t->u.strct.field_count; k++)
      if (mentions_tparams(u, t->u.strct.fields[k]->type, depth + 1))
        return true;
    return false;
  case TY_NAMED:
    for (int k = 0; k < t->u.named.targ_count; k++)
      if (mentions_tparams(u, t->u.named.targs[k], depth + 1))
        return true;
    return false;
  case TY_INTERFACE:
    for (int k = 0; k < t->u.iface.method_count; k++)
      if (mentions_tparams(u, t->u.iface.methods[k]->type, depth + 1))
        return true;
    return false;
  default:
    return false;
  }
}

/* Unify x (may mention the type parameters) with y; inexact: named and
 * unnamed types with identical underlying types unify. */
static bool unify(Unifier *u, Type *x, Type *y, int depth) {
  if (!x || !y || depth > 32)
    return false;
  /* A type parameter of the enclosing function stands for its core type
   * when matched against a structure. */
  if (y->kind == TY_TYPEPARAM && tparam_index(u, y) < 0 &&
      x->kind != TY_TYPEPARAM && types_core(y))
    y = types_core(y);
  int i = tparam_index(u, x);
  if (i >= 0) {
    if (!u->bound[i]) {
      u->bound[i] = y;
      return true;
    }
    if (types_identical(u->bound[i], y))
      return true;
    /* A named type wins over its unnamed underlying (inexact). */
    if (types_identical(types_under(u->bound[i]), types_under(y))) {
      if (y->kind == TY_NAMED && u->bound[i]->kind != TY_NAMED)
        u->bound[i] = y;
      return true;
    }
    return false;
  }
  if (tparam_index(u, y) >= 0)
    return unify(u, y, x, depth + 1);
  /* (a generic function calling itself passes its own []E for []E: E
   * must still be bound, to itself) */
  if (x == y && !mentions_tparams(u, x, 0))
    return true;
  if (x->kind == TY_NAMED && y->kind == TY_NAMED) {
    Type *ox = x->u.named.origin, *oy = y->u.named.origin;
    if (ox && ox == oy) {
      for (int k = 0; k < x->u.named.targ_count; k++)
        if (!unify(u, x->u.named.targs[k], y->u.named.targs[k], depth + 1))
          return false;
      return true;
    }
    return types_identical(x, y);
  }
  if (x->kind == TY_NAMED && y->kind != TY_NAMED && !types_is_basic(y))
    return unify(u, types_under(x), y, depth + 1);
  if (y->kind == TY_NAMED && x->kind != TY_NAMED && !types_is_basic(x))
    return unify(u, x, types_under(y), depth + 1);
  if (x->kind != y->kind)
    return types_identical(x, y);
  switch (x->kind) {
  case TY_POINTER:
    return unify(u, x->u.pointer.elem, y->u.pointer.elem, depth + 1);
  case TY_SLICE:
    return unify(u, x->u.slice.elem, y->u.slice.elem, depth + 1);
  case TY_ARRAY:
    return x->u.array.len == y->u.array.len &&
           unify(u, x->u.array.elem, y->u.array.elem, depth + 1);
  case TY_MAP:
    return unify(u, x->u.map.key, y->u.map.key, depth + 1) &&
           unify(u, x->u.map.elem, y->u.map.elem, depth + 1);
  case TY_CHAN:
    return unify(u, x->u.chan.elem, y->u.chan.elem, depth + 1);
  case TY_FUNC: {
    Type *px = x->u.func.params, *py = y->u.func.params;
    Type *rx = x->u.func.results, *ry = y->u.func.results;
    if (px->u.tuple.count != py->u.tuple.count || rx->u.tuple.count != ry->u.tuple.count ||
        x->u.func.variadic != y->u.func.variadic)
      return false;
    for (int k = 0; k < px->u.tuple.count; k++)
      if (!unify(u, px->u.tuple.vars[k]->type, py->u.tuple.vars[k]->type, depth + 1))
        return false;
    for (int k = 0; k < rx->u.tuple.count; k++)
      if (!unify(u, rx->u.tuple.vars[k]->type, ry->u.tuple.vars[k]->type, depth + 1))
        return false;
    return true;
  }
  case TY_STRUCT:
    if (x->u.strct.field_count != y->u.strct.field_count)
      return false;
    for (int k = 0; k < x->u.strct.field_count; k++)
      if (!unify(u, x->u.strct.fields[k]->type, y->u.strct.fields[k]->type, depth + 1))
        return false;
    return true;
  default:
    return types_identical(x, y);
  }
}

/* Infer the type parameters of sig from the arguments.  Returns the
 * argument list (NULL after reporting an error). */
static Type **infer(Checker *c, Node *call_node, Node *fun, Type *sig,
                    Type **given, int ngiven, Args *args) {
  int n = sig->u.func.tparam_count;
  Unifier u;
  u.tparams = sig->u.func.tparams;
  u.count = n;
  u.bound = types_alloc(sizeof(Type *) * (size_t)(n + 1));
  for (int i = 0; i < ngiven && i < n; i++)
    u.bound[i] = given[i];
  /* A generic function called from its own body (g(&x) in g[T]): the
   * arguments mention the callee's type parameters themselves, and T
   * would be unified with *T.  As types2 does, the callee's parameters
   * are renamed first; what is inferred mentions the caller's. */
  bool own = false;
  for (int i = 0; args && i < args->count && !own; i++)
    own = args->ops[i].mode != MODE_INVALID &&
          mentions_tparams(&u, args->ops[i].type, 0);
  for (int i = 0; i < ngiven && i < n && !own; i++)
    own = mentions_tparams(&u, given[i], 0);
  if (own) {
    Type **fresh = types_alloc(sizeof(Type *) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
      fresh[i] = types_new_typeparam(u.tparams[i]->u.tparam.obj, i, NULL);
    for (int i = 0; i < n; i++)
      fresh[i]->u.tparam.constraint =
          check_subst(c, u.tparams[i]->u.tparam.constraint, u.tparams, fresh, n);
    Type *renamed = types_new_func(NULL, sig->u.func.params, sig->u.func.results,
                                   sig->u.func.variadic);
    sig = check_subst(c, renamed, u.tparams, fresh, n);
    u.tparams = fresh;
  }
  Type *params = sig->u.func.params;
  int np = params->u.tuple.count;
  bool variadic = sig->u.func.variadic && !call_node->u.call.has_dots;
  /* Pass 1: typed arguments. */
  for (int i = 0; args && i < args->count; i++) {
    Operand *x = &args->ops[i];
    if (x->mode == MODE_INVALID || types_is_untyped(x->type))
      continue;
    Type *pt;
    if (variadic && i >= np - 1)
      pt = params->u.tuple.vars[np - 1]->type->u.slice.elem;
    else if (i < np)
      pt = params->u.tuple.vars[i]->type;
    else
      continue;
    if (!mentions_tparams(&u, pt, 0))
      continue; /* an ordinary parameter: checked as an argument later */
    if (!unify(&u, pt, x->type, 0)) {
      Type *inferred = NULL;
      for (int k = 0; k < n; k++)
        if (pt == u.tparams[k])
          inferred = u.bound[k];
      if (inferred) {
        check_errorf(c, x->expr, "type %s of %s does not match inferred type %s for %s",
                     check_type_string(c, x->type), check_expr_string(x->expr),
                     check_type_string(c, inferred), check_type_string(c, pt));
      } else {
        check_errorf(c, x->expr, "type %s of %s does not match %s",
                     check_type_string(c, x->type), check_expr_string(x->expr),
                     check_type_string(c, pt));
      }
      return NULL;
    }
  }
  /* Pass 2: core types of constraints (S ~[]E with S known gives E). */
  for (int round = 0; round < 3; round++)
    for (int i = 0; i < n; i++) {
      TypeSet *set = types_type_set(u.tparams[i]->u.tparam.constraint);
      if (set->all || set->term_count != 1)
        continue;
      Term term = set->terms[0];
      if (u.bound[i]) {
        Type *b = term.tilde ? types_core(u.bound[i]) : u.bound[i];
        if (b)
          unify(&u, term.type, b, 0);
      } else if (!term.tilde) {
        u.bound[i] = term.type; /* substituted below */
      } else {
        /* ~[]E with E known: the core type itself. */
        bool known = true;
        Type *sub = check_subst(c, term.type, u.tparams, u.bound, n);
        for (int k = 0; k < n; k++)
          if (!u.bound[k] && term.type != sub)
            known = known && true;
        (void)known;
        (void)sub;
      }
    }
  /* Pass 3: untyped arguments for parameters that are a bare type
   * parameter: the default type of the "largest" untyped kind. */
  for (int k = 0; k < n; k++) {
    if (u.bound[k])
      continue;
    Type *max = NULL;
    for (int i = 0; args && i < args->count; i++) {
      Operand *x = &args->ops[i];
      if (x->mode == MODE_INVALID || !types_is_untyped(x->type) ||
          x->type->kind == TY_UNTYPED_NIL)
        continue;
      Type *pt;
      if (variadic && i >= np - 1)
        pt = params->u.tuple.vars[np - 1]->type->u.slice.elem;
      else if (i < np)
        pt = params->u.tuple.vars[i]->type;
      else
        continue;
      if (pt != u.tparams[k])
        continue;
      if (!max)
        max = x->type;
      else {
        Type *m = max_untyped(max, x->type);
        if (!m) {
          check_errorf(c, x->expr, "mismatched types %s and %s (cannot infer %s)",
                       check_type_string(c, max), check_type_string(c, x->type),
                       u.tparams[k]->u.tparam.obj->name);
          return NULL;
        }
        max = m;
      }
    }
    if (max)
      u.bound[k] = types_default(max);
  }
  /* Core types again, now that more is known. */
  for (int i = 0; i < n; i++) {
    TypeSet *set = types_type_set(u.tparams[i]->u.tparam.constraint);
    if (set->all || set->term_count != 1 || !u.bound[i])
      continue;
    Term term = set->terms[0];
    Type *b = term.tilde ? types_core(u.bound[i]) : u.bound[i];
    if (b)
      unify(&u, term.type, b, 0);
  }
  for (int i = 0; i < n; i++) {
    if (!u.bound[i]) {
      Object *tp = u.tparams[i]->u.tparam.obj;
      Pos at = call_node ? call_node->pos : node_start(fun);
      check_errorf_pos(c, at,
                   "in call to %s, cannot infer %s (declared at %s:%d:%d)",
                   check_expr_string(fun), tp->name,
                   tp->source ? tp->source->path : "", (int)tp->pos.line,
                   (int)tp->pos.col);
      return NULL;
    }
  }
  /* Bound types may mention other parameters (E in []E): substitute. */
  for (int round = 0; round < 3; round++)
    for (int i = 0; i < n; i++)
      u.bound[i] = check_subst(c, u.bound[i], u.tparams, u.bound, n);
  return u.bound;
}

/* sig instantiated with targs, the first written as the list `written`
 * (NULL: all inferred), at `at`. */
static Type *instantiate_signature(Checker *c, Type *sig, Type **targs, int n,
                                   Pos at, const Node *written) {
  c->pkg->instantiation_count++;
  for (int i = 0; i < n; i++) {
    Type *bound = check_subst(c, sig->u.func.tparams[i]->u.tparam.constraint,
                              sig->u.func.tparams, targs, n);
    const char *why = NULL;
    if (!check_satisfies(c, targs[i], bound, &why)) {
      check_errorf_pos(c, at, "%s", why ? why : "type argument does not satisfy constraint");
      return NULL;
    }
  }
  check_mono_instance(c, sig->u.func.tparams, targs, n, at, written);
  Type *inst = check_subst(c, sig, sig->u.func.tparams, targs, n);
  if (inst == sig) {
    inst = types_new_func(sig->u.func.recv, sig->u.func.params,
                          sig->u.func.results, sig->u.func.variadic);
  }
  inst->u.func.tparams = NULL;
  inst->u.func.tparam_count = 0;
  return inst;
}

static bool is_call_fun(Checker *c, Node *e) { return c->calling == e; }

/* Complete partially given type arguments from the constraints' core
 * types alone (no arguments, no errors): NULL if some stay unknown. */
static Type **infer_quiet(Checker *c, Node *e, Type *sig, Type **given, int ngiven) {
  (void)e;
  int n = sig->u.func.tparam_count;
  Unifier u;
  u.tparams = sig->u.func.tparams;
  u.count = n;
  u.bound = types_alloc(sizeof(Type *) * (size_t)(n + 1));
  for (int i = 0; i < ngiven && i < n; i++)
    u.bound[i] = given[i];
  for (int round = 0; round < 3; round++)
    for (int i = 0; i < n; i++) {
      TypeSet *set = types_type_set(u.tparams[i]->u.tparam.constraint);
      if (set->all || set->term_count != 1)
        continue;
      Term term = set->terms[0];
      if (u.bound[i]) {
        Type *b = term.tilde ? types_core(u.bound[i]) : u.bound[i];
        if (b)
          unify(&u, term.type, b, 0);
      } else if (!term.tilde) {
        u.bound[i] = term.type;
      }
    }
  for (int i = 0; i < n; i++)
    if (!u.bound[i])
      return NULL;
  for (int round = 0; round < 3; round++)
    for (int i = 0; i < n; i++)
      u.bound[i] = check_subst(c, u.bound[i], u.tparams, u.bound, n);
  return u.bound;
}

/* The type arguments of a generic function value from the function type
 * it is assigned to (partially given ones in ExprInfo.targs). */
static Type *infer_from_target(Checker *c, Operand *x, Type *sig, Type *target) {
  int n = sig->u.func.tparam_count;
  Unifier u;
  u.tparams = sig->u.func.tparams;
  u.count = n;
  u.bound = types_alloc(sizeof(Type *) * (size_t)(n + 1));
  const ExprInfo *info = x->expr ? check_expr_info(c->pkg, x->expr) : NULL;
  for (int i = 0; info && i < info->targ_count && i < n; i++)
    u.bound[i] = info->targs[i];
  Type *plain = types_new_func(NULL, sig->u.func.params, sig->u.func.results,
                               sig->u.func.variadic);
  if (!unify(&u, plain, target, 0))
    return NULL;
  for (int i = 0; i < n; i++)
    if (!u.bound[i])
      return NULL;
  Pos at = x->expr ? node_start(x->expr) : (Pos){0, 0};
  Type *inst = instantiate_signature(c, sig, u.bound, n, at, NULL);
  if (inst && x->expr) {
    ExprInfo *xi = check_record(c, x->expr);
    xi->targs = u.bound;
    xi->targ_count = n;
  }
  return inst;
}

/* f[int] or f[int, string] without a call: explicit instantiation. */
static void func_instance(Checker *c, Operand *x, Node *e) {
  Type *sig = types_under(x->type);
  Type **targs = NULL;
  int n = 0, cap = 0;
  for (Node *a = e->u.index.index; a; a = a->next) {
    Type *t = check_type_expr(c, a);
    PUSH(targs, n, cap, t);
  }
  if (n > sig->u.func.tparam_count) {
    check_errorf(c, e->u.index.index, "got %d type arguments but %s has %d type parameters",
                 n, check_expr_string(e->u.index.x), sig->u.func.tparam_count);
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (n < sig->u.func.tparam_count) {
    /* Partial instantiation: the rest is inferred at the call, or from the
     * constraints' core types right here (f[byte] with B interface{[]A}). */
    x->expr = e;
    ExprInfo *info = check_record(c, e);
    info->targs = targs;
    info->targ_count = n;
    if (!is_call_fun(c, e)) {
      Type **all = infer_quiet(c, e, sig, targs, n);
      if (all) {
        Type *inst = instantiate_signature(c, sig, all, sig->u.func.tparam_count,
                                           node_start(e->u.index.index),
                                           e->u.index.index);
        if (inst) {
          info->targs = all;
          info->targ_count = sig->u.func.tparam_count;
          x->type = inst;
        }
      }
    }
    return;
  }
  Type *inst = instantiate_signature(c, sig, targs, n, node_start(e->u.index.index),
                                    e->u.index.index);
  if (!inst) {
    set_invalid(x);
    x->expr = e;
    return;
  }
  ExprInfo *info = check_record(c, e);
  info->targs = targs;
  info->targ_count = n;
  x->type = inst;
  x->mode = MODE_VALUE;
  x->expr = e;
}

static void builtin_call(Checker *c, Operand *x, Node *call, BuiltinId id);

static const char *call_context(Checker *c, Node *fun) {
  StrBuf b = {NULL, 0, 0};
  strbuf_printf(&b, "argument to %s", check_expr_string(fun));
  const char *s = types_strdup(b.data, b.length);
  strbuf_free(&b);
  (void)c;
  return s;
}

/* Check the arguments of a call against sig; records the variadic
 * slice in `info`. */
static void arguments(Checker *c, Node *call, Type *sig, Args *args,
                      ExprInfo *info) {
  Type *params = sig->u.func.params;
  int np = params->u.tuple.count;
  int nargs = args->count;
  bool ddd = call->u.call.has_dots;
  bool variadic = sig->u.func.variadic;
  for (int i = 0; i < nargs; i++)
    if (args->ops[i].mode == MODE_INVALID)
      return;
  if (ddd) {
    if (!variadic) {
      check_errorf(c, call, "have (...) but function is not variadic: %s",
                   check_expr_string(call->u.call.fun));
      /* gc's wording: */
      return;
    }
    if (args->spread) {
      check_errorf(c, call, "cannot use ... with multi-valued expression");
      return;
    }
  }
  int nfixed = variadic && !ddd ? np - 1 : np;
  bool count_ok = variadic && !ddd ? nargs >= nfixed : nargs == np;
  if (!count_ok) {
    Node *at = call;
    const char *qual = "not enough";
    Node *arg = call->u.call.args;
    if (nargs > np && !(variadic && !ddd)) {
      qual = "too many";
      if (!args->spread)
        for (int i = 0; i < np && arg; i++)
          arg = arg->next;
      at = arg ? arg : call;
    } else if (nargs > 0 && !args->spread) {
      for (int i = 0; i < nargs - 1 && arg; i++)
        arg = arg->next;
      at = arg;
    } else if (args->spread) {
      at = call->u.call.args;
    }
    Type **have = types_alloc(sizeof(Type *) * (size_t)(nargs + 1));
    for (int i = 0; i < nargs; i++)
      have[i] = args->ops[i].type;
    Type **want = types_alloc(sizeof(Type *) * (size_t)(np + 1));
    for (int i = 0; i < np; i++)
      want[i] = params->u.tuple.vars[i]->type;
    if (at == call) {
      /* No arguments: gc reports at the closing parenthesis. */
      check_errorf_pos(c, call->end.col > 1 ? (Pos){call->end.line, call->end.col - 1} : call->pos,
                       "%s arguments in call to %s\n\thave %s\n\twant %s", qual,
                       check_expr_string(call->u.call.fun),
                       types_summary(c, have, nargs, false, ddd),
                       types_summary(c, want, np, variadic, false));
    } else {
      check_errorf(c, at, "%s arguments in call to %s\n\thave %s\n\twant %s", qual,
                   check_expr_string(call->u.call.fun),
                   types_summary(c, have, nargs, false, ddd),
                   types_summary(c, want, np, variadic, false));
    }
    return;
  }
  const char *context = call_context(c, call->u.call.fun);
  for (int i = 0; i < nargs; i++) {
    Type *pt;
    if (variadic && !ddd && i >= np - 1)
      pt = params->u.tuple.vars[np - 1]->type->u.slice.elem;
    else
      pt = params->u.tuple.vars[i]->type;
    Operand *x = &args->ops[i];
    /* an implicit conversion of the previous argument moved its `next` */
    if (!args->spread && i > 0 && *args->slots[i - 1])
      args->slots[i] = &(*args->slots[i - 1])->next;
    check_assignment(c, x, pt, context, args->spread ? NULL : args->slots[i]);
  }
  if (variadic && !ddd) {
    info->has_variadic_slice = true;
    info->variadic_index = np - 1;
    info->variadic_slice = params->u.tuple.vars[np - 1]->type;
  }
}

static void call_expr(Checker *c, Operand *x, Node *e) {
  Node *fun = e->u.call.fun;
  /* f[T](args) with partial or full explicit instantiation. */
  Type **given = NULL;
  int ngiven = 0;
  Node *saved_calling = c->calling;
  c->calling = fun;
  raw_expr(c, x, fun, NULL);
  c->calling = saved_calling;
  exclude(c, x, false, true, true);
  single_value(c, x);
  ExprInfo *info = check_record(c, e);
  if (x->mode == MODE_INVALID) {
    check_use_exprs(c, e->u.call.args);
    set_invalid(x);
    x->expr = e;
    return;
  }
  if (x->mode == MODE_TYPEXPR) {
    /* Conversion T(x). */
    Type *t = x->type;
    info->call_kind = CALL_CONVERSION;
    int n = 0;
    for (Node *a = e->u.call.args; a; a = a->next)
      n++;
    if (n != 1 || e->u.call.has_dots) {
      if (n == 0)
        check_errorf_pos(c, (Pos){e->end.line, e->end.col > 1 ? e->end.col - 1 : 1},
                         "missing argument in conversion to %s", check_type_string(c, t));
      else if (n > 1) {
        Node *last = e->u.call.args;
        while (last->next)
          last = last->next;
        check_errorf(c, last, "too many arguments in conversion to %s",
                     check_type_string(c, t));
      }
      else
        check_errorf(c, e->u.call.args, "invalid use of ... in conversion to %s",
                     check_type_string(c, t));
      check_use_exprs(c, e->u.call.args);
      set_invalid(x);
      x->expr = e;
      return;
    }
    Operand arg;
    Type *hint = NULL;
    raw_expr(c, &arg, e->u.call.args, hint);
    exclude(c, &arg, false, false, false);
    single_value(c, &arg);
    if (arg.mode == MODE_INVALID) {
      set_invalid(x);
      x->expr = e;
      return;
    }
    conversion(c, &arg, t);
    *x = arg;
    x->expr = e;
    if (x->mode != MODE_INVALID && is_interface_type(t) &&
        !is_interface_type(e->u.call.args->type) && e->u.call.args->type &&
        !types_is_untyped(e->u.call.args->type))
      insert_conversion(c, &e->u.call.args, e->u.call.args, t);
    return;
  }
  if (x->mode == MODE_BUILTIN) {
    info->call_kind = CALL_BUILTIN;
    info->builtin = x->builtin;
    builtin_call(c, x, e, x->builtin);
    x->expr = e;
    return;
  }
  /* A function call. */
  Type *ft = types_core(x->type);
  if (!ft || ft->kind != TY_FUNC) {
    check_errorf(c, x->expr, INVALID_OP "cannot call %s: %s is not a function",
                 check_operand_string(c, x), check_type_string(c, x->type));
    check_use_exprs(c, e->u.call.args);
    set_invalid(x);
    x->expr = e;
    return;
  }
  Type *sig = ft;
  const ExprInfo *finfo = check_expr_info(c->pkg, fun);
  if (finfo && finfo->selection && finfo->selection->kind == SEL_METHOD_VALUE)
    info->call_kind = CALL_METHOD;
  else
    info->call_kind = CALL_FUNC;
  if (fun->kind == ND_INDEX && finfo && finfo->targ_count > 0 &&
      sig->u.func.tparam_count > 0) {
    given = finfo->targs;
    ngiven = finfo->targ_count;
  }
  /* Hints for untyped function literal arguments etc. */
  Type **hints = NULL;
  int nh = 0;
  if (sig->u.func.tparam_count == 0) {
    nh = sig->u.func.params->u.tuple.count;
    hints = types_alloc(sizeof(Type *) * (size_t)(nh + 1));
    for (int i = 0; i < nh; i++) {
      Type *pt = sig->u.func.params->u.tuple.vars[i]->type;
      if (sig->u.func.variadic && i == nh - 1 && !e->u.call.has_dots)
        pt = pt->u.slice.elem;
      hints[i] = pt;
    }
  }
  Args args = eval_args(c, e, hints, nh);
  if (sig->u.func.tparam_count > 0) {
    for (int i = 0; i < args.count; i++)
      if (args.ops[i].mode == MODE_INVALID) {
        set_invalid(x);
        x->expr = e;
        return;
      }
    Type **targs = infer(c, e, fun, sig, given, ngiven, &args);
    if (!targs) {
      set_invalid(x);
      x->expr = e;
      return;
    }
    Type *inst = instantiate_signature(c, sig, targs, sig->u.func.tparam_count,
                                       e->pos,
                                       fun->kind == ND_INDEX && ngiven > 0
                                           ? fun->u.index.index : NULL);
    if (!inst) {
      set_invalid(x);
      x->expr = e;
      return;
    }
    info->targs = targs;
    info->targ_count = sig->u.func.tparam_count;
    ExprInfo *fi = check_record(c, fun);
    fi->targs = targs;
    fi->targ_count = sig->u.func.tparam_count;
    fun->type = inst;
    sig = inst;
  }
  arguments(c, e, sig, &args, info);
  Type *res = sig->u.func.results;
  switch (res->u.tuple.count) {
  case 0:
    x->mode = MODE_NOVALUE;
    x->type = res;
    break;
  case 1:
    x->mode = MODE_VALUE;
    x->type = res->u.tuple.vars[0]->type;
    break;
  default:
    x->mode = MODE_VALUE;
    x->type = res;
    break;
  }
  x->expr = e;
}

void check_use_exprs(Checker *c, Node *list) {
  for (Node *a = list; a; a = a->next) {
    Operand y;
    raw_expr(c, &y, a, NULL);
  }
}

/* ---- Builtins ---- */

static bool has_call_or_recv(Node *e) {
  if (!e)
    return false;
  switch (e->kind) {
  case ND_CALL: return true;
  case ND_UNARY: return e->u.unary.op == TK_ARROW || has_call_or_recv(e->u.unary.x);
  case ND_PAREN: return has_call_or_recv(e->u.paren.x);
  case ND_SELECTOR: return has_call_or_recv(e->u.selector.x);
  case ND_INDEX: return has_call_or_recv(e->u.index.x) || has_call_or_recv(e->u.index.index);
  case ND_BINARY: return has_call_or_recv(e->u.binary.x) || has_call_or_recv(e->u.binary.y);
  case ND_SLICE_EXPR:
    return has_call_or_recv(e->u.slice.x) || has_call_or_recv(e->u.slice.low) ||
           has_call_or_recv(e->u.slice.high) || has_call_or_recv(e->u.slice.max);
  case ND_TYPE_ASSERT: return has_call_or_recv(e->u.assert.x);
  case ND_KEY_VALUE:
    return has_call_or_recv(e->u.key_value.key) || has_call_or_recv(e->u.key_value.value);
  case ND_COMPOSITE_LIT:
    for (Node *el = e->u.composite.elems; el; el = el->next)
      if (has_call_or_recv(el))
        return true;
    return false;
  default: return false;
  }
}

/* A string, or a type parameter whose types are all strings or byte
 * slices (append(b, s...) accepts those). */
static bool bytes_or_string(Type *t) {
  if (t->kind != TY_TYPEPARAM)
    return types_is_string(types_under(t));
  TypeSet *set = types_type_set(t->u.tparam.constraint);
  if (set->all || set->term_count == 0)
    return false;
  for (int i = 0; i < set->term_count; i++) {
    Type *u = types_under(set->terms[i].type);
    if (!types_is_string(u) &&
        !(u->kind == TY_SLICE && types_under(u->u.slice.elem)->kind == TY_UINT8))
      return false;
  }
  return true;
}

/* f(g()) for a builtin: the values of a multi-value g spread over the
 * arguments (append, copy, complex, print, println, min, max ...). */
static bool builtin_spread(Checker *c, Operand *x, Node *call, BuiltinId id) {
  Node *a0 = call->u.call.args;
  if (!a0 || a0->next || call->u.call.has_dots)
    return false;
  Node *u = a0;
  while (u->kind == ND_PAREN)
    u = u->u.paren.x;
  if (u->kind != ND_CALL)
    return false;
  /* Peek: only a call returning several values spreads. */
  const ExprInfo *known = check_expr_info(c->pkg, u);
  (void)known;
  Operand t;
  check_multi_expr(c, &t, a0);
  if (t.mode == MODE_INVALID) {
    set_invalid(x);
    return true;
  }
  if (!t.type || t.type->kind != TY_TUPLE) {
    /* A single value: check the builtin normally (the argument will be
     * checked again; its facts are recorded identically). */
    return false;
  }
  Type *tup = t.type;
  int n = tup->u.tuple.count;
  Type *t0 = tup->u.tuple.vars[0]->type;
  switch (id) {
  case BI_PRINT:
  case BI_PRINTLN:
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return true;
  case BI_APPEND: {
    Type *s = types_core(t0);
    if (!s || s->kind != TY_SLICE) {
      check_errorf(c, a0, "invalid append: argument must be a slice; have %s",
                   check_type_string(c, t0));
      set_invalid(x);
      return true;
    }
    x->mode = MODE_VALUE;
    x->type = t0;
    return true;
  }
  case BI_COPY:
    x->mode = MODE_VALUE;
    x->type = types_basic[TY_INT];
    return n == 2 || (set_invalid(x), true);
  case BI_COMPLEX: {
    Type *f = types_under(t0);
    x->mode = MODE_VALUE;
    x->type = f->kind == TY_FLOAT32 ? types_basic[TY_COMPLEX64] : types_basic[TY_COMPLEX128];
    return true;
  }
  case BI_MIN:
  case BI_MAX:
    x->mode = MODE_VALUE;
    x->type = t0;
    return true;
  case BI_DELETE:
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return true;
  default:
    return false;
  }
}

/* Does the size of t vary with a type parameter (the parameter itself,
 * an array or struct holding one by value, a type declared in a generic
 * body that does)?  Then unsafe.Sizeof, Alignof and Offsetof of it are
 * no constants (types2's hasVarSize): each instance has its own. */
static bool has_var_size(Type *t, int depth) {
  if (!t || depth > 32)
    return false;
  switch (t->kind) {
  case TY_TYPEPARAM: return true;
  case TY_NAMED: return has_var_size(types_under(t), depth + 1);
  case TY_ARRAY: return has_var_size(t->u.array.elem, depth + 1);
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      if (has_var_size(t->u.strct.fields[i]->type, depth + 1))
        return true;
    return false;
  default: return false;
  }
}

bool check_has_var_size(Type *t) { return has_var_size(t, 0); }

static void builtin_call(Checker *c, Operand *x, Node *call, BuiltinId id) {
  const char *bname = universe_builtin_name(id);
  int nargs = 0;
  for (Node *a = call->u.call.args; a; a = a->next)
    nargs++;
  ExprInfo *info = check_record(c, call);
  if (nargs == 1 && builtin_spread(c, x, call, id))
    return;
  if (call->u.call.has_dots && id != BI_APPEND) {
    check_errorf(c, call, INVALID_OP "invalid use of ... with built-in %s", bname);
    check_use_exprs(c, call->u.call.args);
    set_invalid(x);
    return;
  }
  /* Argument count. */
  int min = universe_builtin_nargs(id);
  bool variadic = universe_builtin_variadic(id);
  if (nargs < min || (!variadic && nargs > min)) {
    if (!(id == BI_NEW && nargs == 1)) {
      const char *msg = nargs < min ? "not enough" : "too many";
      Node *at = nargs > min ? call->u.call.args : call;
      if (nargs > min)
        for (int i = 0; i < min && at; i++)
          at = at->next;
      if (nargs < min)
        check_errorf(c, call, INVALID_OP "%s arguments for %s (expected %d, found %d)",
                     msg, check_expr_string(call), min, nargs);
      else
        check_errorf(c, call, INVALID_OP "%s arguments for %s (expected %d, found %d)",
                     msg, check_expr_string(call), min, nargs);
      check_use_exprs(c, call->u.call.args);
      set_invalid(x);
      return;
    }
  }
  Node *a0 = call->u.call.args;
  Operand arg0;
  memset(&arg0, 0, sizeof arg0);
  /* Builtins whose first argument is a type are handled before evaluating. */
  if (id != BI_MAKE && id != BI_NEW && id != BI_OFFSETOF && id != BI_APPEND &&
      id != BI_PANIC && id != BI_PRINT && id != BI_PRINTLN && id != BI_RECOVER &&
      id != BI_MIN && id != BI_MAX && a0) {
    check_multi_expr(c, &arg0, a0);
    single_value(c, &arg0);
    if (arg0.mode == MODE_INVALID) {
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
  }
  switch (id) {
  case BI_LEN:
  case BI_CAP: {
    Type *u = types_core(arg0.type);
    if (!u && arg0.type->kind == TY_TYPEPARAM) {
      TypeSet *set = types_type_set(arg0.type->u.tparam.constraint);
      if (!set->all && set->term_count > 0)
        u = types_under(set->terms[0].type);
    }
    if (u && u->kind == TY_POINTER && types_under(u->u.pointer.elem)->kind == TY_ARRAY)
      u = types_under(u->u.pointer.elem);
    bool ok = false;
    const Value *val = NULL;
    if (u) {
      switch (u->kind) {
      case TY_STRING: case TY_UNTYPED_STRING:
        ok = id == BI_LEN;
        if (ok && arg0.mode == MODE_CONSTANT)
          val = value_int64((int64_t)arg0.value->str_len);
        break;
      case TY_ARRAY:
        ok = true;
        if (!has_call_or_recv(a0) && arg0.type->kind != TY_TYPEPARAM)
          val = value_int64(u->u.array.len);
        break;
      case TY_SLICE: case TY_CHAN:
        ok = true;
        break;
      case TY_MAP:
        ok = id == BI_LEN;
        break;
      default:
        break;
      }
    }
    if (!ok) {
      check_errorf(c, a0, "invalid argument: %s for built-in %s",
                   check_operand_string(c, &arg0), bname);
      set_invalid(x);
      return;
    }
    if (types_is_untyped(arg0.type))
      check_default_untyped(c, &arg0);
    if (val) {
      x->mode = MODE_CONSTANT;
      x->value = val;
    } else {
      x->mode = MODE_VALUE;
    }
    x->type = types_basic[TY_INT];
    return;
  }
  case BI_APPEND: {
    Operand s;
    check_expr(c, &s, a0);
    if (s.mode == MODE_INVALID) {
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    Type *st = s.type;
    if (s.type && s.type->kind == TY_UNTYPED_NIL) {
      check_errorf(c, a0, "invalid append: first argument must be a typed slice; have untyped nil");
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    Type *u = types_core(st);
    if (!u || u->kind != TY_SLICE) {
      check_errorf(c, a0, "invalid append: argument must be a slice; have %s",
                   check_operand_string(c, &s));
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    Type *elem = u->u.slice.elem;
    if (call->u.call.has_dots) {
      /* append(s, t...): t a slice of the element type (or a string for
       * []byte). */
      if (nargs != 2) {
        check_errorf(c, call, "can only use ... with final argument in list");
        check_use_exprs(c, a0->next);
        set_invalid(x);
        return;
      }
      Operand t;
      check_expr(c, &t, a0->next);
      if (t.mode != MODE_INVALID) {
        bool ok = false;
        if (types_under(elem)->kind == TY_UINT8 && bytes_or_string(t.type)) {
          ok = true;
          if (types_is_untyped(t.type))
            check_convert_untyped(c, &t, types_basic[TY_STRING]);
        } else {
          check_assignment(c, &t, st->kind == TY_NAMED ? u : st, "append", NULL);
          ok = t.mode != MODE_INVALID;
          if (!ok) {
            set_invalid(x);
            return;
          }
        }
        (void)ok;
      }
      x->mode = MODE_VALUE;
      x->type = st;
      return;
    }
    int i = 1;
    for (Node **slot = &a0->next; *slot; slot = &(*slot)->next, i++) {
      Operand y;
      check_expr_with_hint(c, &y, *slot, elem);
      check_assignment(c, &y, elem, "argument to append", slot);
    }
    info->has_variadic_slice = nargs > 1;
    info->variadic_index = 1;
    info->variadic_slice = types_new_slice(elem);
    x->mode = MODE_VALUE;
    x->type = st;
    return;
  }
  case BI_CLEAR: {
    Type *u = types_core(arg0.type);
    if (!u || (u->kind != TY_MAP && u->kind != TY_SLICE)) {
      check_errorf(c, a0, "invalid argument: %s cannot be cleared: argument must be (or constrained by) map or slice",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return;
  }
  case BI_CLOSE: {
    Type *u = types_core(arg0.type);
    if (!u && arg0.type->kind == TY_TYPEPARAM) {
      TypeSet *set = types_type_set(arg0.type->u.tparam.constraint);
      bool ok = !set->all && set->term_count > 0;
      for (int i = 0; ok && i < set->term_count; i++) {
        Type *t = types_under(set->terms[i].type);
        ok = t->kind == TY_CHAN && t->u.chan.dir != CHAN_RECV;
      }
      if (ok) {
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
      }
    }
    if (!u || u->kind != TY_CHAN) {
      check_errorf(c, a0, "invalid operation: cannot close non-channel %s",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    if (u->u.chan.dir == CHAN_RECV) {
      check_errorf(c, a0, "invalid operation: cannot close receive-only channel %s",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return;
  }
  case BI_COMPLEX: {
    Operand y;
    check_expr(c, &y, a0->next);
    if (y.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    /* Untyped arguments take the other's type. */
    if (types_is_untyped(arg0.type) && !types_is_untyped(y.type))
      check_convert_untyped(c, &arg0, y.type);
    else if (types_is_untyped(y.type) && !types_is_untyped(arg0.type))
      check_convert_untyped(c, &y, arg0.type);
    else if (types_is_untyped(arg0.type) && types_is_untyped(y.type)) {
      if (arg0.mode != MODE_CONSTANT || y.mode != MODE_CONSTANT) {
        check_default_untyped(c, &arg0);
        check_default_untyped(c, &y);
      }
    }
    if (arg0.mode == MODE_INVALID || y.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    if (!types_identical(arg0.type, y.type) && !(types_is_untyped(arg0.type) && types_is_untyped(y.type))) {
      check_errorf(c, a0, INVALID_OP "%s (mismatched types %s and %s)",
                   check_expr_string(call), check_type_string(c, arg0.type),
                   check_type_string(c, y.type));
      set_invalid(x);
      return;
    }
    Type *res;
    Type *u = types_under(arg0.type);
    if (types_is_untyped(arg0.type))
      res = types_basic[TY_UNTYPED_COMPLEX];
    else if (u->kind == TY_FLOAT32)
      res = types_basic[TY_COMPLEX64];
    else if (u->kind == TY_FLOAT64)
      res = types_basic[TY_COMPLEX128];
    else {
      check_errorf(c, a0, "invalid argument: arguments have type %s, expected floating-point",
                   check_type_string(c, arg0.type));
      set_invalid(x);
      return;
    }
    if (arg0.mode == MODE_CONSTANT && y.mode == MODE_CONSTANT) {
      const Value *re = value_to_float(arg0.value), *im = value_to_float(y.value);
      if (!re || !im) {
        check_errorf(c, a0, "invalid argument: arguments must be real");
        set_invalid(x);
        return;
      }
      Value *v = types_alloc(sizeof *v);
      v->kind = VAL_COMPLEX;
      v->re = re->re;
      v->im = im->re;
      x->mode = MODE_CONSTANT;
      x->value = v;
    } else {
      x->mode = MODE_VALUE;
    }
    x->type = res;
    return;
  }
  case BI_COPY: {
    Operand y;
    check_expr(c, &y, a0->next);
    if (y.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    Type *du = types_core(arg0.type), *su = types_core(y.type);
    bool ok = du && du->kind == TY_SLICE && su &&
              (su->kind == TY_SLICE ? types_identical(du->u.slice.elem, su->u.slice.elem)
                                    : (types_is_string(su) &&
                                       types_under(du->u.slice.elem)->kind == TY_UINT8));
    if (!ok) {
      if (!du || du->kind != TY_SLICE)
        check_errorf(c, a0, "invalid copy: argument must be a slice; have %s",
                     check_operand_string(c, &arg0));
      else if (!su || (su->kind != TY_SLICE && !types_is_string(su)))
        check_errorf(c, a0->next, "invalid copy: argument must be a slice; have %s",
                     check_operand_string(c, &y));
      else
        check_errorf(c, call, "invalid copy: arguments %s and %s have different element types %s and %s",
                     check_operand_string(c, &arg0), check_operand_string(c, &y),
                     check_type_string(c, du->u.slice.elem),
                     check_type_string(c, su->kind == TY_SLICE ? su->u.slice.elem : types_byte));
      set_invalid(x);
      return;
    }
    if (types_is_untyped(y.type))
      check_convert_untyped(c, &y, types_basic[TY_STRING]);
    x->mode = MODE_VALUE;
    x->type = types_basic[TY_INT];
    return;
  }
  case BI_DELETE: {
    Type *u = types_core(arg0.type);
    if (!u && arg0.type->kind == TY_TYPEPARAM) {
      /* Maps whose key types all accept the key. */
      TypeSet *set = types_type_set(arg0.type->u.tparam.constraint);
      bool ok = !set->all && set->term_count > 0;
      Operand k;
      check_expr(c, &k, a0->next);
      for (int i = 0; ok && i < set->term_count; i++) {
        Type *t = types_under(set->terms[i].type);
        const char *why;
        ok = t->kind == TY_MAP && (k.mode == MODE_INVALID ||
                                   check_assignable(c, &k, t->u.map.key, &why));
      }
      if (ok) {
        if (k.mode != MODE_INVALID && types_is_untyped(k.type))
          check_default_untyped(c, &k);
        x->mode = MODE_NOVALUE;
        x->type = NULL;
        return;
      }
      check_errorf(c, a0, "invalid argument: %s is not a map",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    if (!u || u->kind != TY_MAP) {
      check_errorf(c, a0, "invalid argument: %s is not a map",
                   check_operand_string(c, &arg0));
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    Operand k;
    check_expr(c, &k, a0->next);
    if (k.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    const char *why;
    if (!check_assignable(c, &k, u->u.map.key, &why)) {
      check_errorf(c, a0->next, "cannot use %s as %s value in argument to delete",
                   check_operand_string(c, &k), check_type_string(c, u->u.map.key));
      set_invalid(x);
      return;
    }
    check_assignment(c, &k, u->u.map.key, "argument to delete", &a0->next);
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return;
  }
  case BI_IMAG:
  case BI_REAL: {
    if (types_is_untyped(arg0.type) && arg0.mode == MODE_CONSTANT) {
      if (types_is_numeric(arg0.type))
        arg0.type = types_basic[TY_UNTYPED_COMPLEX];
    } else if (types_is_untyped(arg0.type)) {
      check_default_untyped(c, &arg0);
    }
    Type *u = types_under(arg0.type);
    Type *res;
    if (u->kind == TY_COMPLEX64)
      res = types_basic[TY_FLOAT32];
    else if (u->kind == TY_COMPLEX128)
      res = types_basic[TY_FLOAT64];
    else if (u->kind == TY_UNTYPED_COMPLEX)
      res = types_basic[TY_UNTYPED_FLOAT];
    else {
      check_errorf(c, a0, "invalid argument: %s must be of complex type",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    if (arg0.mode == MODE_CONSTANT) {
      const Value *cv = value_to_complex(arg0.value);
      Value *v = types_alloc(sizeof *v);
      v->kind = VAL_FLOAT;
      v->re = id == BI_REAL ? cv->re : cv->im;
      x->mode = MODE_CONSTANT;
      x->value = v;
    } else {
      x->mode = MODE_VALUE;
    }
    x->type = res;
    return;
  }
  case BI_MAKE: {
    Type *t = check_type_expr(c, a0);
    if (!is_valid(t)) {
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    Type *u = types_core(t);
    int min_args;
    if (u && u->kind == TY_SLICE)
      min_args = 2;
    else if (u && (u->kind == TY_MAP || u->kind == TY_CHAN))
      min_args = 1;
    else {
      check_errorf(c, a0, "invalid argument: cannot make %s: type must be slice, map, or channel",
                   check_expr_string(a0));
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    if (nargs < min_args || nargs > min_args + (u->kind == TY_SLICE ? 1 : 1)) {
      if (nargs < min_args)
        check_errorf(c, call, INVALID_OP "%s expects %d or %d arguments; found %d",
                     check_expr_string(call), min_args, min_args + 1, nargs);
      else
        check_errorf(c, call, INVALID_OP "%s expects %d or %d arguments; found %d",
                     check_expr_string(call), min_args, min_args + 1, nargs);
      check_use_exprs(c, a0->next);
      set_invalid(x);
      return;
    }
    int64_t sizes[2] = {-1, -1};
    int k = 0;
    for (Node *a = a0->next; a; a = a->next, k++) {
      Operand s;
      check_expr(c, &s, a);
      if (s.mode == MODE_INVALID)
        continue;
      if (types_is_untyped(s.type)) {
        check_convert_untyped(c, &s, types_basic[TY_INT]);
        if (s.mode == MODE_INVALID)
          continue;
      }
      if (!all_basic(s.type, types_is_integer)) {
        check_errorf(c, a, "invalid argument: index %s must be integer",
                     check_operand_string(c, &s));
        continue;
      }
      if (s.mode == MODE_CONSTANT) {
        if (value_sign_negative(s.value)) {
          check_errorf(c, a, "invalid argument: index %s must not be negative",
                       check_operand_string(c, &s));
          continue;
        }
        int64_t v;
        if (value_get_int64(s.value, &v) && k < 2)
          sizes[k] = v;
      }
    }
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1])
      check_errorf(c, a0->next, "invalid argument: length and capacity swapped");
    x->mode = MODE_VALUE;
    x->type = t;
    return;
  }
  case BI_NEW: {
    /* new(T), or (Go 1.26) new(expr) for a value of expr's type. */
    Operand t;
    raw_expr(c, &t, a0, NULL);
    exclude(c, &t, false, false, true);
    single_value(c, &t);
    if (t.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    Type *elem = t.type;
    /* the escape pass tells new(T) from new(expr) by this */
    ExprInfo *arg_info = check_record(c, a0);
    if (arg_info->mode == MODE_INVALID)
      arg_info->mode = t.mode;
    if (t.mode != MODE_TYPEXPR) {
      if (types_is_untyped(t.type)) {
        if (t.mode == MODE_NILVALUE) {
          check_errorf(c, a0, "use of untyped nil in argument to built-in new");
          set_invalid(x);
          return;
        }
        check_default_untyped(c, &t);
      }
      elem = t.type;
    }
    x->mode = MODE_VALUE;
    x->type = types_new_pointer(elem);
    return;
  }
  case BI_PANIC: {
    Operand v;
    check_expr(c, &v, a0);
    if (v.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    check_assignment(c, &v, types_any, "argument to panic", &call->u.call.args);
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return;
  }
  case BI_PRINT:
  case BI_PRINTLN: {
    for (Node **slot = &call->u.call.args; *slot; slot = &(*slot)->next) {
      Operand v;
      check_expr(c, &v, *slot);
      if (v.mode == MODE_INVALID)
        continue;
      check_assignment(c, &v, NULL, "argument to built-in print", slot);
    }
    x->mode = MODE_NOVALUE;
    x->type = NULL;
    return;
  }
  case BI_RECOVER:
    x->mode = MODE_VALUE;
    x->type = types_any;
    return;
  case BI_MIN:
  case BI_MAX: {
    Operand acc;
    memset(&acc, 0, sizeof acc);
    int i = 0;
    for (Node *a = a0; a; a = a->next, i++) {
      Operand v;
      check_expr(c, &v, a);
      if (v.mode == MODE_INVALID) {
        set_invalid(x);
        return;
      }
      if (!all_ordered(v.type)) {
        check_errorf(c, a, "invalid argument: %s cannot be ordered",
                     check_operand_string(c, &v));
        set_invalid(x);
        return;
      }
      if (i == 0) {
        acc = v;
        continue;
      }
      match_types(c, &acc, &v);
      if (acc.mode == MODE_INVALID) {
        set_invalid(x);
        return;
      }
      if (!types_identical(acc.type, v.type)) {
        check_errorf(c, a, INVALID_OP "%s (mismatched types %s (previous argument) and %s (type of %s))",
                     check_expr_string(call), check_type_string(c, acc.type),
                     check_type_string(c, v.type), check_expr_string(a));
        set_invalid(x);
        return;
      }
      if (acc.mode == MODE_CONSTANT && v.mode == MODE_CONSTANT) {
        bool less = value_compare(TK_LSS, v.value, acc.value);
        if ((id == BI_MIN) == less)
          acc.value = v.value;
      } else {
        acc.mode = MODE_VALUE;
      }
    }
    if (acc.mode != MODE_CONSTANT) {
      /* Materialize untyped operands with the final type. */
      for (Node *a = a0; a; a = a->next)
        if (a->type && types_is_untyped(a->type))
          check_update_untyped(c, a, types_is_untyped(acc.type) ? types_default(acc.type) : acc.type);
      if (types_is_untyped(acc.type))
        acc.type = types_default(acc.type);
    }
    x->mode = acc.mode;
    x->type = acc.type;
    x->value = acc.value;
    return;
  }
  case BI_ALIGNOF:
  case BI_SIZEOF: {
    check_default_untyped(c, &arg0);
    if (has_var_size(arg0.type, 0) || !is_valid(arg0.type)) {
      x->mode = MODE_VALUE;
      x->type = types_basic[TY_UINTPTR];
      return;
    }
    int64_t v = id == BI_SIZEOF ? types_sizeof(arg0.type) : types_alignof(arg0.type);
    if (id == BI_SIZEOF && v == TYPES_TOO_LARGE) {
      check_errorf(c, a0, "%s is too large", check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    x->mode = MODE_CONSTANT;
    x->value = value_int64(v);
    x->type = types_basic[TY_UINTPTR];
    return;
  }
  case BI_OFFSETOF: {
    Node *arg = a0;
    while (arg->kind == ND_PAREN)
      arg = arg->u.paren.x;
    if (arg->kind != ND_SELECTOR) {
      check_errorf(c, arg, "invalid argument: %s is not a selector expression",
                   check_expr_string(arg));
      check_use_exprs(c, a0);
      set_invalid(x);
      return;
    }
    Operand s;
    check_expr(c, &s, arg);
    if (s.mode == MODE_INVALID) {
      set_invalid(x);
      return;
    }
    const ExprInfo *si = check_expr_info(c->pkg, arg);
    if (!si || !si->selection || si->selection->kind != SEL_FIELD) {
      check_errorf(c, arg, "invalid argument: %s is a method value", check_expr_string(arg));
      set_invalid(x);
      return;
    }
    /* Offset of the field within the struct of the selector's base. */
    Selection *sel = si->selection;
    Type *t = sel->recv;
    if (t->kind == TY_POINTER)
      t = t->u.pointer.elem;
    Type *t0 = t;
    int64_t off = 0;
    for (int i = 0; i < sel->depth; i++) {
      Type *u = types_under(t);
      if (u->kind != TY_STRUCT)
        break;
      int64_t fo = types_offsetof(u, sel->path[i]);
      if (fo == TYPES_TOO_LARGE || off > INT64_MAX - fo) {
        Operand base;
        memset(&base, 0, sizeof base);
        check_expr(c, &base, arg->u.selector.x);
        check_errorf(c, arg->u.selector.x, "%s is too large", check_operand_string(c, &base));
        set_invalid(x);
        return;
      }
      off += fo;
      t = u->u.strct.fields[sel->path[i]]->type;
      if (t->kind == TY_POINTER && i + 1 < sel->depth) {
        check_errorf(c, arg, "invalid argument: field %s is embedded via a pointer in %s",
                     sel->obj->name, check_expr_string(arg->u.selector.x));
        set_invalid(x);
        return;
      }
    }
    x->type = types_basic[TY_UINTPTR];
    if (has_var_size(t0, 0)) { /* the whole struct's, as types2 asks */
      x->mode = MODE_VALUE;
      return;
    }
    x->mode = MODE_CONSTANT;
    x->value = value_int64(off);
    return;
  }
  case BI_ADD: {
    if (types_under(arg0.type)->kind != TY_UNSAFE_POINTER) {
      check_assignment(c, &arg0, types_basic[TY_UNSAFE_POINTER], "argument to unsafe.Add", NULL);
      if (arg0.mode == MODE_INVALID) {
        set_invalid(x);
        return;
      }
    }
    Operand n;
    check_expr(c, &n, a0->next);
    if (n.mode != MODE_INVALID) {
      check_convert_untyped(c, &n, types_basic[TY_INT]);
    }
    x->mode = MODE_VALUE;
    x->type = types_basic[TY_UNSAFE_POINTER];
    return;
  }
  case BI_SLICE: {
    Type *u = types_under(arg0.type);
    if (u->kind != TY_POINTER) {
      check_errorf(c, a0, "invalid argument: %s is not a pointer",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    Operand n;
    check_expr(c, &n, a0->next);
    if (n.mode != MODE_INVALID)
      check_convert_untyped(c, &n, types_basic[TY_INT]);
    x->mode = MODE_VALUE;
    x->type = types_new_slice(u->u.pointer.elem);
    return;
  }
  case BI_SLICEDATA: {
    Type *u = types_under(arg0.type);
    if (u->kind != TY_SLICE) {
      check_errorf(c, a0, "invalid argument: %s is not a slice",
                   check_operand_string(c, &arg0));
      set_invalid(x);
      return;
    }
    x->mode = MODE_VALUE;
    x->type = types_new_pointer(u->u.slice.elem);
    return;
  }
  case BI_STRING: {
    Operand n;
    check_expr(c, &n, a0->next);
    if (n.mode != MODE_INVALID)
      check_convert_untyped(c, &n, types_basic[TY_INT]);
    x->mode = MODE_VALUE;
    x->type = types_basic[TY_STRING];
    return;
  }
  case BI_STRINGDATA: {
    check_convert_untyped(c, &arg0, types_basic[TY_STRING]);
    x->mode = MODE_VALUE;
    x->type = types_new_pointer(types_byte);
    return;
  }
  default:
    set_invalid(x);
    return;
  }
}

/* ---- The dispatcher ---- */

static void raw_expr(Checker *c, Operand *x, Node *e, Type *hint) {
  memset(x, 0, sizeof *x);
  x->expr = e;
  if (++c->depth > 10000) {
    check_errorf(c, e, "expression nesting too deep");
    set_invalid(x);
    c->depth--;
    return;
  }
  switch (e->kind) {
  case ND_BAD:
    set_invalid(x);
    break;
  case ND_NAME:
    ident(c, x, e, false);
    break;
  case ND_BASIC_LIT: {
    if (e->u.lit.bad) {
      set_invalid(x);
      break;
    }
    x->mode = MODE_CONSTANT;
    x->value = value_from_literal(e->u.lit.kind, e->u.lit.text, e->u.lit.length);
    switch (e->u.lit.kind) {
    case LIT_INT: x->type = types_basic[TY_UNTYPED_INT]; break;
    case LIT_FLOAT: x->type = types_basic[TY_UNTYPED_FLOAT]; break;
    case LIT_IMAG: x->type = types_basic[TY_UNTYPED_COMPLEX]; break;
    case LIT_RUNE: x->type = types_basic[TY_UNTYPED_RUNE]; break;
    case LIT_STRING: x->type = types_basic[TY_UNTYPED_STRING]; break;
    }
    /* Literals beyond gc's limits. */
    if (x->value->kind == VAL_INT && value_bitlen(x->value) > 512) {
      check_errorf(c, e, "integer constant overflow");
      x->value = value_unknown();
    }
    break;
  }
  case ND_COMPOSITE_LIT:
    composite_lit(c, x, e, hint);
    break;
  case ND_FUNC_LIT: {
    Type *sig = check_func_lit(c, e);
    x->mode = MODE_VALUE;
    x->type = sig;
    break;
  }
  case ND_PAREN:
    raw_expr(c, x, e->u.paren.x, hint);
    x->expr = e;
    break;
  case ND_SELECTOR:
    selector(c, x, e);
    break;
  case ND_INDEX:
    index_expr(c, x, e);
    break;
  case ND_SLICE_EXPR:
    slice_expr(c, x, e);
    break;
  case ND_TYPE_ASSERT:
    type_assert(c, x, e);
    break;
  case ND_TYPE_SWITCH_GUARD:
    check_errorf(c, e, "use of .(type) outside type switch");
    set_invalid(x);
    break;
  case ND_CALL:
    call_expr(c, x, e);
    break;
  case ND_UNARY:
    unary(c, x, e, hint);
    break;
  case ND_BINARY: {
    TokenKind op = e->u.binary.op;
    if (op == TK_LAND || op == TK_LOR || !is_comparison(op)) {
      binary(c, x, e, &e->u.binary.x, &e->u.binary.y);
    } else {
      binary(c, x, e, &e->u.binary.x, &e->u.binary.y);
    }
    break;
  }
  case ND_KEY_VALUE:
    check_errorf(c, e, "unexpected key:value expression");
    set_invalid(x);
    break;
  case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_STRUCT_TYPE:
  case ND_FUNC_TYPE: case ND_INTERFACE_TYPE: case ND_MAP_TYPE:
  case ND_CHAN_TYPE:
    x->mode = MODE_TYPEXPR;
    x->type = check_type_expr(c, e);
    if (!is_valid(x->type))
      set_invalid(x);
    break;
  case ND_ELLIPSIS:
    check_errorf(c, e, "invalid use of ...");
    set_invalid(x);
    break;
  case ND_IMPLICIT_CONV:
    x->mode = MODE_VALUE;
    x->type = e->type;
    break;
  default:
    check_errorf(c, e, "%s is not an expression", check_expr_string(e));
    set_invalid(x);
    break;
  }
  c->depth--;
  if (x->mode == MODE_INVALID && !x->type)
    x->type = types_invalid;
  check_record_operand(c, x);
}
