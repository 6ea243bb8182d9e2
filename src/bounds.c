/*
 * bounds.c — the one line of -m that comes from gc's walk phase:
 * "index bounds check elided".
 *
 * needs: a package the escape pass has analyzed (its functions, closures
 * and shape instances, escape.h);  produces: the lines, in gc's order,
 * appended after the escape pass's.
 *
 * After escape analysis gc compiles each function, and its walk phase
 * looks at every index expression a[i] whose operand is an array (or a
 * pointer to one) or a constant string.  When the index cannot be out of
 * range whatever its value — `arr16[i&15]`, `arr256[uint8(x)]`,
 * `arr10[u%10]` — the bounds check is dropped, and with -m gc says so at
 * the expression's `[`.  A constant index says nothing (the type checker
 * has checked it already).  The rule, as gc's walk.bounded has it, for
 * an index of integer type with `bits` bits and an array of length max:
 *
 *   - i & c, c &^ ..., with a small constant c (and, for &^, ^c masked to
 *     the width when unsigned): bounded when 0 <= c < max;
 *   - unsigned i % c: bounded when 0 <= c <= max;
 *   - unsigned i / c: each halving of c takes a bit off `bits`;
 *   - unsigned i >> c: bounded when c > bits, else c bits fewer;
 *   - and then any unsigned value with bits <= 62 and 2^bits <= max.
 *
 * The order.  gc prints each line as its walk meets it, and compiles the
 * functions in this order: the package's init (the dynamic initializers
 * of package-level variables, in initialization order), then each
 * declared function in source order followed by its closures — a stack:
 * the last literal of a function is compiled first, and each closure's
 * own literals right after it — then the shape instances of generic
 * functions.  Inside a function the walk follows the source, except
 * that an assignment to a map element computes its value before its key.
 *
 * Without inlining (-l) that is all.  With inlining, the lines of
 * expanded bodies appear at the call sites; goesc does not follow those
 * yet, so under -m it prints nothing of this kind (a difference in lines,
 * never in the escape verdicts).
 */
#include "escape.h"

#include <stdlib.h>
#include <string.h>

/* The walk over one function. */
typedef struct BoundsWalk {
  EscContext *ctx;
  EscFunc *fn;             /* whose body: shape instances map its types */
  DiagnosticList *out;
  const Source *source;
  Pos skip_from, skip_to;  /* a func literal's extent: compiled apart */
  const Node *map_assign;  /* the `m[k] = v` being walked, if any */
  const Node **lits;       /* the func literals met (live code only) */
  int lit_count, lit_capacity;
} BoundsWalk;

static bool pos_before(Pos a, Pos b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

static const Node *unparen(const Node *n) {
  while (n && (n->kind == ND_PAREN || n->kind == ND_IMPLICIT_CONV))
    n = n->u.paren.x;
  return n;
}

/* A node's type inside the function walked (shape types in instances). */
static Type *type_in(BoundsWalk *b, const Node *n) {
  Type *t = n ? n->type : NULL;
  if (t && b->fn->inst)
    t = escape_inst_type(b->fn, t);
  return t;
}

static const Value *constant_of(BoundsWalk *b, const Node *n) {
  const ExprInfo *info = check_expr_info(b->ctx->pkg, n);
  return info && info->mode == MODE_CONSTANT ? info->value : NULL;
}

/* gc's ir.IsSmallIntConst: an integer constant that fits in 32 bits. */
static bool small_int_constant(BoundsWalk *b, const Node *n, int64_t *v) {
  const Value *c = constant_of(b, n);
  return c && value_is_int(c) && value_get_int64(c, v) &&
         *v == (int64_t)(int32_t)*v;
}

/* Can index i, of an integer type, never reach max? */
static bool bounds_index_bounded(BoundsWalk *b, const Node *i, int64_t max) {
  i = unparen(i);
  Type *t = type_in(b, i);
  if (!t || !types_is_integer(t))
    return false;
  bool sign = !types_is_unsigned(t);
  int64_t bits = 8 * types_sizeof(t);
  int64_t v;
  if (i->kind == ND_BINARY) {
    const Node *x = i->u.binary.x, *y = i->u.binary.y;
    switch (i->u.binary.op) {
    case TK_AND:
    case TK_AND_NOT:
      v = -1;
      if (small_int_constant(b, x, &v)) {
        /* (the constant on the left of &^ is not inverted) */
      } else if (small_int_constant(b, y, &v)) {
        if (i->u.binary.op == TK_AND_NOT) {
          v = ~v;
          if (!sign && bits < 64)
            v &= ((int64_t)1 << bits) - 1;
        }
      }
      if (v >= 0 && v < max)
        return true;
      break;
    case TK_REM:
      if (!sign && small_int_constant(b, y, &v) && v >= 0 && v <= max)
        return true;
      break;
    case TK_QUO:
      if (!sign && small_int_constant(b, y, &v))
        for (; bits > 0 && v >= 2; v >>= 1)
          bits--;
      break;
    case TK_SHR:
      if (!sign && small_int_constant(b, y, &v)) {
        if (v > bits)
          return true;
        bits -= v;
      }
      break;
    default:
      break;
    }
  }
  return !sign && bits <= 62 && ((int64_t)1 << bits) <= max;
}

/* The length a[i] is checked against: a's array length, or the length
 * of a constant string; -1 for everything else (slices, maps, strings
 * that are not constant, instantiations f[T]). */
static int64_t bounds_checked_length(BoundsWalk *b, const Node *index) {
  const Node *x = index->u.index.x;
  const Value *c = constant_of(b, x);
  if (c && c->kind == VAL_STRING)
    return (int64_t)c->str_len;
  Type *t = type_in(b, x);
  t = t ? types_under(t) : NULL;
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem ? types_under(t->u.pointer.elem) : NULL;
  return t && t->kind == TY_ARRAY ? t->u.array.len : -1;
}

static void report_index(BoundsWalk *b, const Node *n) {
  const Node *i = n->u.index.index;
  if (!i || i->next || constant_of(b, i))
    return;
  int64_t max = bounds_checked_length(b, n);
  if (max < 0 || !bounds_index_bounded(b, i, max))
    return;
  Diagnostic d;
  memset(&d, 0, sizeof d);
  d.source = b->source;
  d.pos = n->pos;
  d.kind = DIAG_BOUNDS_ELIDED;
  report_add(b->out, &d);
}

static void visit(void *data, const Node *n);

/* `m[k] = v`: gc's walk computes v before the key's expression. */
static void visit_map_assign(BoundsWalk *b, const Node *stmt) {
  const Node *lhs = unparen(stmt->u.assign.lhs);
  b->map_assign = stmt;
  node_walk(stmt->u.assign.rhs, visit, b);
  node_walk(lhs->u.index.x, visit, b);
  node_walk(lhs->u.index.index, visit, b);
  b->map_assign = NULL;
}

static bool is_map_element_assign(BoundsWalk *b, const Node *n) {
  if (n->kind != ND_ASSIGN_STMT || n->u.assign.op != TK_ASSIGN ||
      !n->u.assign.lhs || n->u.assign.lhs->next || !n->u.assign.rhs ||
      n->u.assign.rhs->next)
    return false;
  const Node *lhs = unparen(n->u.assign.lhs);
  if (lhs->kind != ND_INDEX)
    return false;
  Type *t = type_in(b, lhs->u.index.x);
  t = t ? types_under(t) : NULL;
  return t && t->kind == TY_MAP;
}

static void visit(void *data, const Node *n) {
  BoundsWalk *b = data;
  /* a func literal is a function of its own, compiled after this one */
  if (!pos_before(n->pos, b->skip_from) && pos_before(n->pos, b->skip_to))
    return;
  if (n->kind == ND_FUNC_LIT) {
    b->skip_from = n->pos;
    b->skip_to = n->end;
    if (b->lit_count == b->lit_capacity) {
      b->lit_capacity = b->lit_capacity ? 2 * b->lit_capacity : 8;
      b->lits = xrealloc(b->lits, sizeof *b->lits * (size_t)b->lit_capacity);
    }
    b->lits[b->lit_count++] = n;
    return;
  }
  if (n->kind == ND_INDEX) {
    report_index(b, n);
  } else if (n != b->map_assign && is_map_element_assign(b, n)) {
    visit_map_assign(b, n);
    /* the statement's nodes are visited again by the caller's walk:
     * skip its extent (an assignment's position is its operator's) */
    b->skip_from = node_start(n);
    b->skip_to = n->end;
  }
}

/* The function compiled for literal lit inside f: a shape instance has
 * its own copies of its closures. */
static EscFunc *closure_of(EscContext *ctx, EscFunc *f, const Node *lit) {
  if (!f->inst)
    return escape_map_get(&ctx->funcs_by_key, lit);
  for (int i = 0; i < ctx->instance_count; i++)
    if (ctx->instances[i]->decl == lit && ctx->instances[i]->outer == f)
      return ctx->instances[i];
  return NULL;
}

/* f, then its closures as gc's compile queue takes them: a stack, so the
 * last literal first, each one's own literals right after it.  Only the
 * literals of live code exist for gc. */
static void walk_function(EscContext *ctx, EscFunc *f, DiagnosticList *out) {
  BoundsWalk b;
  memset(&b, 0, sizeof b);
  b.ctx = ctx;
  b.fn = f;
  b.out = out;
  b.source = f->source;
  if (f->is_pkg_init) {
    for (int i = 0; i < f->init_count; i++) {
      b.source = f->init_sources[i];
      b.skip_from = b.skip_to = (Pos){0, 0};
      if (!escape_init_is_dynamic(ctx, f->init_specs[i]->u.value_spec.values))
        continue;
      for (Node *v = f->init_specs[i]->u.value_spec.values; v; v = v->next)
        node_walk(v, visit, &b);
    }
  } else if (f->body) {
    escape_walk_live(ctx, f->body, visit, &b);
  }
  for (int i = b.lit_count - 1; i >= 0; i--) {
    EscFunc *closure = closure_of(ctx, f, b.lits[i]);
    if (closure)
      walk_function(ctx, closure, out);
  }
  free(b.lits);
}

void bounds_report(EscContext *ctx, DiagnosticList *out) {
  for (int i = 0; i < ctx->func_count; i++)
    if (ctx->funcs[i]->is_pkg_init)
      walk_function(ctx, ctx->funcs[i], out);
  for (int i = 0; i < ctx->func_count; i++) {
    EscFunc *f = ctx->funcs[i];
    if (!f->is_closure && !f->is_generic && !f->is_pkg_init && !f->inst &&
        !f->is_wrapper)
      walk_function(ctx, f, out);
  }
  for (int i = 0; i < ctx->instance_count; i++) {
    EscFunc *f = ctx->instances[i];
    if (!f->is_closure)
      walk_function(ctx, f, out);
  }
}
