/*
 * check.c — the type checker's driver: packages, declarations, errors.
 *
 * needs: the parsed files of one package;  produces: a typed package
 * (see types.h for what "typed" means), or gc's error messages.
 *
 * The checker follows the plan of gc's own checker (types2), in its own
 * words:
 *
 *   1. Collect.  Every file gets a scope for its imports; every top-level
 *      name is declared in the package scope as an Object whose DeclInfo
 *      remembers where its declaration is.  Nothing is checked yet, which
 *      is what lets Go declare package-level names in any order.
 *   2. Declare lazily.  Objects are checked in source order, but checking
 *      one may need another (`var x = y + 1`), which is then checked first
 *      (check_object_decl).  Three colours detect cycles: white (not yet),
 *      grey (on the path being checked), black (done).  Meeting a grey
 *      object is a cycle; whether it is an error depends on what the cycle
 *      goes through (a defined type breaks it; an alias or a constant does
 *      not).
 *   3. Bodies.  Function bodies are checked after every package-level
 *      declaration, in source order, each with its own scope chain.
 *   4. Whole-package checks: types that contain themselves (check_valid_
 *      types), initialization cycles through variables and functions,
 *      unused imports.
 *
 * Errors are recorded as gc reports them: at most ten in the order they
 * are found, then sorted by position (and deduplicated); the tenth is
 * followed by "too many errors" at its position.
 *
 * Imports: check_import turns an import path into a Package.  "unsafe" is
 * built in; a modeled package is Go declaration text (universe.c, later
 * the generated standard-library model) that is parsed and checked here
 * like any package; anything else is "not modeled": exit 3, or with
 * -unmodeled=conservative an opaque package every use of which is
 * accepted without a type.
 */
#include "types.h"

#include <stdlib.h>
#include <string.h>

enum { WHITE, GREY, BLACK };

/* ---- Errors ---- */

static void add_error(Checker *c, const Source *source, Pos pos, char *message) {
  if (c->errors.too_many) {
    free(message);
    return;
  }
  Error *e = xmalloc(sizeof *e);
  e->source = source;
  e->pos = pos;
  e->message = message;
  e->next = NULL;
  if (c->errors.last)
    c->errors.last->next = e;
  else
    c->errors.first = e;
  c->errors.last = e;
  c->errors.count++;
  if (c->errors.count >= 10) {
    c->errors.too_many = true;
    c->errors.too_many_pos = pos;
    c->errors.too_many_source = source;
  }
}

static char *vformat(const char *fmt, va_list ap) GOESC_PRINTF(1, 0);

static char *vformat(const char *fmt, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, fmt, copy);
  va_end(copy);
  char *s = xmalloc(n < 0 ? 1 : (size_t)n + 1);
  vsnprintf(s, n < 0 ? 1 : (size_t)n + 1, fmt, ap);
  return s;
}

void check_errorf_pos(Checker *c, Pos pos, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *message = vformat(fmt, ap);
  va_end(ap);
  if (c->in_model)
    INTERNAL_ERROR("error in a built-in package model: %d:%d: %s",
                   (int)pos.line, (int)pos.col, message);
  add_error(c, c->source, pos, message);
}

void check_errorf(Checker *c, const Node *at, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *message = vformat(fmt, ap);
  va_end(ap);
  Pos pos = at ? node_start(at) : (Pos){0, 0};
  if (c->in_model)
    INTERNAL_ERROR("error in a built-in package model: %d:%d: %s",
                   (int)pos.line, (int)pos.col, message);
  add_error(c, c->source, pos, message);
}

static int compare_errors(const void *a, const void *b) {
  const Error *x = *(Error *const *)a, *y = *(Error *const *)b;
  const char *px = x->source ? x->source->path : "";
  const char *py = y->source ? y->source->path : "";
  int c = strcmp(px, py);
  if (c)
    return c;
  if (x->pos.line != y->pos.line)
    return x->pos.line < y->pos.line ? -1 : 1;
  if (x->pos.col != y->pos.col)
    return x->pos.col < y->pos.col ? -1 : 1;
  return 0;
}

/* Sort (stably: ties keep detection order), drop exact duplicates, and
 * move the errors to the caller's list. */
static void flush_errors(Checker *c, ErrorList *list) {
  int n = 0;
  for (Error *e = c->errors.first; e; e = e->next)
    n++;
  if (n == 0)
    return;
  Error **v = xmalloc(sizeof(Error *) * (size_t)n);
  int i = 0;
  for (Error *e = c->errors.first; e; e = e->next)
    v[i++] = e;
  /* Insertion sort: stable, and n <= 10. */
  for (i = 1; i < n; i++) {
    Error *e = v[i];
    int j = i - 1;
    while (j >= 0 && compare_errors(&v[j], &e) > 0) {
      v[j + 1] = v[j];
      j--;
    }
    v[j + 1] = e;
  }
  if (c->errors.too_many) {
    Error *e = xmalloc(sizeof *e);
    e->source = c->errors.too_many_source;
    e->pos = c->errors.too_many_pos;
    e->message = strcpy(xmalloc(16), "too many errors");
    v = xrealloc(v, sizeof(Error *) * (size_t)(n + 1));
    v[n++] = e;
  }
  for (i = 0; i < n; i++) {
    Error *e = v[i];
    if (i > 0 && compare_errors(&v[i - 1], &e) == 0 &&
        strcmp(v[i - 1]->message, e->message) == 0) {
      free((char *)e->message);
      free(e);
      v[i] = v[i - 1];
      continue;
    }
    e->next = NULL;
    if (list->last)
      list->last->next = e;
    else
      list->first = e;
    list->last = e;
    list->count++;
  }
  free(v);
  c->errors.first = c->errors.last = NULL;
}

static void free_errors(CheckErrors *errors) {
  for (Error *e = errors->first, *next; e; e = next) {
    next = e->next;
    free((char *)e->message);
    free(e);
  }
  memset(errors, 0, sizeof *errors);
}

/* ---- Small helpers shared by the check_*.c files ---- */

/* Expressions in messages, as types2 prints them (its syntax package's
 * "short form"): the source structure with parentheses kept, operators
 * spaced, and the bodies of function and composite literals shortened to
 * "{…}".  (gc's escape diagnostics print differently: ast_print_expr.) */
static void print_expr(StrBuf *b, const Node *e);

static void print_list(StrBuf *b, const Node *list, const char *sep) {
  for (const Node *n = list; n; n = n->next) {
    if (n != list)
      strbuf_puts(b, sep);
    print_expr(b, n);
  }
}

static void print_fields(StrBuf *b, const Node *fields, const char *sep) {
  for (const Node *f = fields; f; f = f->next) {
    if (f != fields)
      strbuf_puts(b, sep);
    if (f->u.field.names) {
      print_list(b, f->u.field.names, ", ");
      strbuf_puts(b, " ");
    }
    if (f->u.field.type)
      print_expr(b, f->u.field.type);
    if (f->u.field.tag) {
      strbuf_puts(b, " ");
      print_expr(b, f->u.field.tag);
    }
  }
}

static void print_signature(StrBuf *b, const Node *ft) {
  strbuf_puts(b, "(");
  print_fields(b, ft->u.func_type.params, ", ");
  strbuf_puts(b, ")");
  const Node *r = ft->u.func_type.results;
  if (!r)
    return;
  strbuf_puts(b, " ");
  if (!r->next && !r->u.field.names) {
    print_expr(b, r->u.field.type);
    return;
  }
  strbuf_puts(b, "(");
  print_fields(b, r, ", ");
  strbuf_puts(b, ")");
}

static void print_expr(StrBuf *b, const Node *e) {
  if (!e)
    return;
  switch (e->kind) {
  case ND_BAD: strbuf_puts(b, "<bad expr>"); break;
  case ND_NAME: strbuf_puts(b, e->u.name.name); break;
  case ND_BASIC_LIT: strbuf_append(b, e->u.lit.text, e->u.lit.length); break;
  case ND_COMPOSITE_LIT:
    print_expr(b, e->u.composite.type);
    strbuf_puts(b, e->u.composite.elems ? "{\xe2\x80\xa6}" : "{}");
    break;
  case ND_FUNC_LIT:
    print_expr(b, e->u.func_lit.type);
    strbuf_puts(b, " ");
    strbuf_puts(b, e->u.func_lit.body && e->u.func_lit.body->u.block.stmts
                       ? "{\xe2\x80\xa6}" : "{}");
    break;
  case ND_KEY_VALUE:
    print_expr(b, e->u.key_value.key);
    strbuf_puts(b, ": ");
    print_expr(b, e->u.key_value.value);
    break;
  case ND_PAREN:
    strbuf_puts(b, "(");
    print_expr(b, e->u.paren.x);
    strbuf_puts(b, ")");
    break;
  case ND_IMPLICIT_CONV: print_expr(b, e->u.paren.x); break;
  case ND_SELECTOR:
    print_expr(b, e->u.selector.x);
    strbuf_puts(b, ".");
    print_expr(b, e->u.selector.sel);
    break;
  case ND_INDEX:
    print_expr(b, e->u.index.x);
    strbuf_puts(b, "[");
    print_list(b, e->u.index.index, ", ");
    strbuf_puts(b, "]");
    break;
  case ND_SLICE_EXPR:
    print_expr(b, e->u.slice.x);
    strbuf_puts(b, "[");
    print_expr(b, e->u.slice.low);
    strbuf_puts(b, ":");
    print_expr(b, e->u.slice.high);
    if (e->u.slice.max) {
      strbuf_puts(b, ":");
      print_expr(b, e->u.slice.max);
    }
    strbuf_puts(b, "]");
    break;
  case ND_TYPE_ASSERT:
    print_expr(b, e->u.assert.x);
    strbuf_puts(b, ".(");
    print_expr(b, e->u.assert.type);
    strbuf_puts(b, ")");
    break;
  case ND_TYPE_SWITCH_GUARD:
    if (e->u.guard.lhs) {
      print_expr(b, e->u.guard.lhs);
      strbuf_puts(b, " := ");
    }
    print_expr(b, e->u.guard.x);
    strbuf_puts(b, ".(type)");
    break;
  case ND_CALL:
    print_expr(b, e->u.call.fun);
    strbuf_puts(b, "(");
    print_list(b, e->u.call.args, ", ");
    if (e->u.call.has_dots)
      strbuf_puts(b, "...");
    strbuf_puts(b, ")");
    break;
  case ND_UNARY:
    strbuf_puts(b, token_spelling(e->u.unary.op));
    print_expr(b, e->u.unary.x);
    break;
  case ND_BINARY:
    print_expr(b, e->u.binary.x);
    strbuf_printf(b, " %s ", token_spelling(e->u.binary.op));
    print_expr(b, e->u.binary.y);
    break;
  case ND_ARRAY_TYPE:
    strbuf_puts(b, "[");
    if (!e->u.array.len || e->u.array.len->kind == ND_ELLIPSIS)
      strbuf_puts(b, "...");
    else
      print_expr(b, e->u.array.len);
    strbuf_puts(b, "]");
    print_expr(b, e->u.array.elem);
    break;
  case ND_SLICE_TYPE:
    strbuf_puts(b, "[]");
    print_expr(b, e->u.slice_type.elem);
    break;
  case ND_ELLIPSIS:
    strbuf_puts(b, "...");
    print_expr(b, e->u.ellipsis.elem);
    break;
  case ND_STRUCT_TYPE:
    strbuf_puts(b, "struct{");
    print_fields(b, e->u.struct_type.fields, "; ");
    strbuf_puts(b, "}");
    break;
  case ND_FUNC_TYPE:
    strbuf_puts(b, "func");
    print_signature(b, e);
    break;
  case ND_INTERFACE_TYPE:
    strbuf_puts(b, "interface{");
    for (const Node *f = e->u.interface_type.elems; f; f = f->next) {
      if (f != e->u.interface_type.elems)
        strbuf_puts(b, "; ");
      if (f->u.field.names) {
        print_expr(b, f->u.field.names);
        print_signature(b, f->u.field.type);
      } else {
        print_expr(b, f->u.field.type);
      }
    }
    strbuf_puts(b, "}");
    break;
  case ND_MAP_TYPE:
    strbuf_puts(b, "map[");
    print_expr(b, e->u.map_type.key);
    strbuf_puts(b, "]");
    print_expr(b, e->u.map_type.value);
    break;
  case ND_CHAN_TYPE: {
    const Node *el = e->u.chan_type.elem;
    strbuf_puts(b, e->u.chan_type.dir == CHAN_RECV ? "<-chan "
                   : e->u.chan_type.dir == CHAN_SEND ? "chan<- " : "chan ");
    bool parens = e->u.chan_type.dir == CHAN_BOTH && el &&
                  el->kind == ND_CHAN_TYPE && el->u.chan_type.dir == CHAN_RECV;
    if (parens)
      strbuf_puts(b, "(");
    print_expr(b, el);
    if (parens)
      strbuf_puts(b, ")");
    break;
  }
  default:
    ast_print_expr(b, e);
    break;
  }
}

const char *check_expr_string(const Node *expr) {
  StrBuf buf = {NULL, 0, 0};
  print_expr(&buf, expr);
  const char *s = types_strdup(buf.data ? buf.data : "", buf.length);
  strbuf_free(&buf);
  return s;
}

const char *check_type_string(Checker *c, Type *t) {
  return types_string(t, c->pkg);
}

static const char *mode_names[] = {
    "invalid operand", "no value", "built-in", "type", "constant",
    "variable", "map index expression", "value", "nil",
    "comma, ok expression",
};

const char *check_operand_string(Checker *c, const Operand *x) {
  StrBuf buf = {NULL, 0, 0};
  if (x->mode == MODE_NILVALUE) {
    if (!x->type || x->type->kind == TY_UNTYPED_NIL)
      strbuf_puts(&buf, "nil");
    else {
      strbuf_puts(&buf, "nil (of type ");
      types_print(&buf, x->type, c->pkg);
      strbuf_puts(&buf, ")");
    }
    goto done;
  }
  const char *expr = NULL;
  if (x->expr)
    expr = check_expr_string(x->expr);
  else if (x->mode == MODE_BUILTIN)
    expr = universe_builtin_name(x->builtin);
  else if (x->mode == MODE_TYPEXPR)
    expr = check_type_string(c, x->type);
  if (expr) {
    strbuf_puts(&buf, expr);
    strbuf_puts(&buf, " (");
  }
  bool has_type = false;
  if (x->mode != MODE_INVALID && x->mode != MODE_NOVALUE &&
      x->mode != MODE_BUILTIN && x->mode != MODE_TYPEXPR && x->type) {
    if (types_is_untyped(x->type)) {
      strbuf_puts(&buf, x->type->u.basic.name);
      strbuf_puts(&buf, " ");
    } else {
      has_type = true;
    }
  }
  strbuf_puts(&buf, mode_names[x->mode]);
  if (x->mode == MODE_CONSTANT && x->value) {
    StrBuf v = {NULL, 0, 0};
    value_print(&v, x->value);
    if (v.data && (!expr || strcmp(v.data, expr) != 0)) {
      strbuf_puts(&buf, " ");
      strbuf_puts(&buf, v.data);
    }
    strbuf_free(&v);
  }
  if (has_type) {
    if (x->type->kind != TY_INVALID) {
      strbuf_puts(&buf, " of ");
      if ((x->type->kind == TY_NAMED && x->type->u.named.tparam_count &&
           !x->type->u.named.origin) ||
          (x->type->kind == TY_FUNC && x->type->u.func.tparam_count))
        strbuf_puts(&buf, "generic ");
      if (x->type->kind == TY_NAMED) {
        const char *what = types_composite_kind(x->type);
        if (!what[0])
          what = types_under(x->type)->u.basic.name;
        strbuf_puts(&buf, what);
        strbuf_puts(&buf, " ");
      }
      strbuf_puts(&buf, "type ");
      types_print(&buf, x->type, c->pkg);
      if (x->type->kind == TY_TYPEPARAM) {
        strbuf_puts(&buf, " constrained by ");
        types_print(&buf, x->type->u.tparam.constraint, c->pkg);
      }
    } else {
      strbuf_puts(&buf, " with invalid type");
    }
  }
  if (expr)
    strbuf_puts(&buf, ")");
done:;
  const char *s = types_strdup(buf.data ? buf.data : "", buf.length);
  strbuf_free(&buf);
  return s;
}

void check_note_use(const Checker *c, const Object *obj, const Scope *found) {
  if (!found || !found->is_file || !obj->pkg || obj->pkg == c->pkg)
    return;
  for (int i = 0; i < found->dot_count; i++)
    if (found->dot_imports[i]->u.pkgname.imported == obj->pkg)
      found->dot_imports[i]->used = true;
}

bool check_fake_dot_import(const Checker *c) {
  for (const Scope *s = c->scope; s; s = s->parent)
    if (s->is_file)
      return s->fake_dot_import;
  return false;
}

/* ---- The side table of node facts ---- */

/* Nodes come from an arena in allocation order, and the checker visits
 * them roughly in that order: hashing by (scaled) address keeps nearby
 * nodes in nearby slots, which is what makes this table cache-friendly.
 * One slot per 64 bytes of address: two nodes (80 bytes each) never share
 * a slot, and the entries of neighbouring nodes share cache lines. */
static size_t hash_node(const Node *n, size_t size) {
  return (size_t)(((uintptr_t)n >> 6) & (uintptr_t)(size - 1));
}

/* Make room for at least `size` slots (a power of two).  The old table
 * stays in the types arena. */
static void info_resize(CheckInfo *info, size_t size) {
  size_t old_size = info->size;
  CheckInfoSlot *old = info->slots;
  info->size = 1024;
  while (info->size < size)
    info->size *= 2;
  info->slots = types_alloc(sizeof *info->slots * info->size);
  for (size_t i = 0; i < old_size; i++) {
    if (!old[i].node)
      continue;
    size_t j = hash_node(old[i].node, info->size);
    while (info->slots[j].node)
      j = (j + 1) & (info->size - 1);
    info->slots[j] = old[i];
  }
}

ExprInfo *check_record(Checker *c, const Node *node) {
  return check_record_node(c->pkg, node);
}

ExprInfo *check_record_node(Package *pkg, const Node *node) {
  CheckInfo *info = pkg->info;
  if ((info->count + 1) * 2 > info->size)
    info_resize(info, 2 * info->size);
  size_t j = hash_node(node, info->size);
  while (info->slots[j].node) {
    if (info->slots[j].node == node)
      return info->slots[j].info;
    j = (j + 1) & (info->size - 1);
  }
  ExprInfo *e = types_alloc(sizeof *e);
  info->slots[j].node = node;
  info->slots[j].info = e;
  info->count++;
  return e;
}

const ExprInfo *check_expr_info(const Package *pkg, const Node *node) {
  const CheckInfo *info = pkg->info;
  if (!info || info->size == 0)
    return NULL;
  size_t j = hash_node(node, info->size);
  while (info->slots[j].node) {
    if (info->slots[j].node == node)
      return info->slots[j].info;
    j = (j + 1) & (info->size - 1);
  }
  return NULL;
}

bool check_calls_generic_func(const Package *pkg, const Node *call) {
  const ExprInfo *info = check_expr_info(pkg, call);
  if (!info || info->call_kind != CALL_FUNC)
    return false;
  if (info->targ_count > 0)
    return true;
  const Node *fun = call->u.call.fun;
  while (fun && fun->kind == ND_PAREN)
    fun = fun->u.paren.x;
  Type *xt = fun && fun->kind == ND_INDEX ? fun->u.index.x->type : NULL;
  return xt && xt->kind == TY_FUNC && xt->u.func.tparam_count > 0;
}

bool check_go_defer_as_is(const Package *pkg, const Node *call) {
  const ExprInfo *info = check_expr_info(pkg, call);
  if (!info || call->kind != ND_CALL || info->call_kind != CALL_FUNC)
    return false;
  const Node *fun = call->u.call.fun;
  while (fun->kind == ND_PAREN)
    fun = fun->u.paren.x;
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? check_expr_info(pkg, fun)
                                                   : NULL;
  if (finfo && finfo->selection &&
      finfo->selection->kind == SEL_METHOD_VALUE)
    return false;
  Type *ft = fun->type ? types_under(fun->type) : NULL;
  return ft && ft->kind == TY_FUNC && ft->u.func.params->u.tuple.count == 0 &&
         ft->u.func.results->u.tuple.count == 0 &&
         !check_calls_generic_func(pkg, call);
}

long check_constant_runes(const Package *pkg, Type *to, const Node *arg) {
  Type *t = to ? types_under(to) : NULL;
  const ExprInfo *xi = arg && !arg->next ? check_expr_info(pkg, arg) : NULL;
  if (!t || t->kind != TY_SLICE || !xi || xi->mode != MODE_CONSTANT ||
      !xi->value || xi->value->kind != VAL_STRING ||
      types_under(t->u.slice.elem)->kind != TY_INT32)
    return -1;
  long count = 0;
  for (size_t i = 0; i < xi->value->str_len; i++) /* one per lead byte */
    if (((unsigned char)xi->value->str[i] & 0xC0) != 0x80)
      count++;
  return count;
}

/* Is obj among d's deps?  If not, it is entered in d's set, which the
 * caller's push then matches.  (A function that mentions thousands of
 * package-level names, as generated code does, made a linear search per
 * mention quadratic.) */
static bool dep_set_has(DeclInfo *d, Object *obj) {
  if (2 * (d->dep_count + 1) > d->dep_set_size) {
    /* (re)built from deps: the set is d's own, while deps may have been
     * shared with the other variables of one initializer */
    int size = 64;
    while (size < 4 * (d->dep_count + 1))
      size *= 2;
    d->dep_set = types_alloc(sizeof *d->dep_set * (size_t)size);
    d->dep_set_size = size;
    for (int i = 0; i < d->dep_count; i++) {
      size_t j = ((uintptr_t)d->deps[i] >> 4) & (size_t)(size - 1);
      while (d->dep_set[j] && d->dep_set[j] != d->deps[i])
        j = (j + 1) & (size_t)(size - 1);
      d->dep_set[j] = d->deps[i];
    }
  }
  size_t mask = (size_t)d->dep_set_size - 1;
  size_t j = ((uintptr_t)obj >> 4) & mask;
  for (; d->dep_set[j]; j = (j + 1) & mask)
    if (d->dep_set[j] == obj)
      return true;
  d->dep_set[j] = obj;
  return false;
}

/* Types of the modeled packages whose mention makes gc compile, in the
 * program, the methods of a generic type their model hides.  gc prints
 * escape results for those methods too (28 lines for sync.Map, from
 * internal/sync/hashtriemap.go), on any mention of the type, even
 * through a pointer.  netip.Addr holds unique.Handle[addrDetail] and gc
 * prints nothing for it: there is no rule to derive this list from the
 * model, so it is checked against gc by hand (testdata/escape_unsupported/
 * sync_map.go). */
static const struct {
  const char *path, *name, *why;
} hidden_generic_types[] = {
    {"sync", "Map",
     "sync.Map (gc compiles internal/sync.HashTrieMap[any, any]'s methods "
     "in the program)"},
};

void check_note_qualified(Checker *c, const Package *p, const Object *obj,
                          const Node *at) {
  if (c->pkg->hidden_generic || !obj || obj->kind != OBJ_TYPE)
    return;
  for (size_t i = 0;
       i < sizeof hidden_generic_types / sizeof hidden_generic_types[0]; i++)
    if (strcmp(p->path, hidden_generic_types[i].path) == 0 &&
        strcmp(obj->name, hidden_generic_types[i].name) == 0) {
      c->pkg->hidden_generic = hidden_generic_types[i].why;
      c->pkg->hidden_generic_source = c->source;
      c->pkg->hidden_generic_pos = at->pos;
    }
}

void check_record_dep(Checker *c, Object *obj) {
  DeclInfo *d = c->decl;
  if (!d || !obj || obj->pkg != c->pkg || !obj->decl)
    return;
  /* Package-level objects, and methods (which live in no scope). */
  if (obj->parent != c->pkg->scope && !(obj->kind == OBJ_FUNC && obj->u.func.decl &&
                                       obj->u.func.decl->u.func_decl.recv))
    return;
  if (obj->kind != OBJ_VAR && obj->kind != OBJ_CONST && obj->kind != OBJ_FUNC)
    return;
  if (d->dep_count < 16) {
    for (int i = 0; i < d->dep_count; i++)
      if (d->deps[i] == obj)
        return;
  } else if (dep_set_has(d, obj)) {
    return;
  }
  PUSH(d->deps, d->dep_count, d->dep_capacity, obj);
}

/* ---- Declaring names ---- */

static const char *position_string(Checker *c, const Object *obj) {
  (void)c;
  if (!obj->source)
    return "";
  StrBuf buf = {NULL, 0, 0};
  strbuf_printf(&buf, "%s:%d:%d", obj->source->path, (int)obj->pos.line,
                (int)obj->pos.col);
  const char *s = types_strdup(buf.data, buf.length);
  strbuf_free(&buf);
  return s;
}

void check_declare(Checker *c, Scope *scope, Node *ident, Object *obj) {
  if (ident)
    ident->u.name.object = obj;
  if (strcmp(obj->name, "_") == 0)
    return;
  Object *old = types_scope_insert(scope, obj);
  if (old) {
    if (old->source)
      check_errorf(c, ident, "%s redeclared in this block\n\t%s: other declaration of %s",
                   obj->name, position_string(c, old), obj->name);
    else
      check_errorf(c, ident, "%s redeclared in this block", obj->name);
  }
}

/* ---- Imports ---- */

/* Packages already loaded (models are checked once per run). */
static Package **loaded;
static int loaded_count, loaded_capacity;
static Arena model_arena; /* model ASTs live for the whole run */

static const char *last_element(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

static Package *new_package(const char *path, const char *name) {
  Package *p = types_alloc(sizeof *p);
  p->path = types_strdup(path, strlen(path));
  p->name = intern(name, strlen(name));
  p->scope = types_new_scope(universe_scope, "package");
  p->info = types_alloc(sizeof *p->info);
  return p;
}

static void check_files(Checker *c, Node **files, int file_count);

Package *check_import(Checker *c, const char *path) {
  if (strcmp(path, "unsafe") == 0)
    return universe_unsafe;
  for (int i = 0; i < loaded_count; i++)
    if (strcmp(loaded[i]->path, path) == 0)
      return loaded[i];
  const char *text = universe_model_source(path);
  Package *p;
  if (text) {
    Source *source = source_from_memory(types_strdup(path, strlen(path)), text,
                                        strlen(text));
    ErrorList errors;
    error_list_init(&errors, 10);
    Node *file = parse_file(source, &errors, &model_arena);
    if (errors.count)
      INTERNAL_ERROR("built-in model of %s does not parse: %s", path,
                     errors.first->message);
    error_list_free(&errors);
    const char *name = file->u.file.package_name->u.name.name;
    p = new_package(path, name);
    Checker sub;
    memset(&sub, 0, sizeof sub);
    sub.pkg = p;
    sub.options = c->options;
    sub.result = c->result;
    sub.in_model = true;
    check_files(&sub, &file, 1);
    /* The Source stays alive: objects point at it.  It is reachable from
     * the model's objects, so leak checkers do not complain. */
  } else {
    p = new_package(path, last_element(path));
    p->unmodeled = true;
    p->fake = true;
    if (c->result) {
      PUSH(c->result->unmodeled_paths, c->result->unmodeled_count,
           c->result->unmodeled_capacity, p->path);
      /* Whether this stops the analysis is decided at the end: a program
       * with type errors gets its errors first. */
    }
  }
  PUSH(loaded, loaded_count, loaded_capacity, p);
  return p;
}

static const char *import_path_value(Node *lit) {
  Arena scratch;
  arena_init(&scratch);
  size_t len = 0;
  char *s = lex_string_value(&scratch, lit->u.lit.text, lit->u.lit.length, &len);
  const char *r = types_strdup(s, len);
  arena_free(&scratch);
  return r;
}

static void collect_import(Checker *c, Scope *file_scope, Node *spec) {
  const char *path = import_path_value(spec->u.import_spec.path);
  Package *imported = check_import(c, path);
  Node *name = spec->u.import_spec.name;
  if (name && strcmp(name->u.name.name, ".") == 0) {
    /* Dot import: every exported name joins the file scope. */
    Scope *s = imported->scope;
    if (imported->fake)
      file_scope->fake_dot_import = true;
    for (int i = 0; i < s->count; i++) {
      Object *o = s->objects[i];
      if (o->name[0] >= 'A' && o->name[0] <= 'Z')
        types_scope_insert(file_scope, o);
    }
    Object *pn = types_new_object(OBJ_PKGNAME, imported->name, NULL, c->pkg,
                                  c->source, name->pos);
    pn->u.pkgname.imported = imported;
    pn->ident = name;
    /* Used when a name resolves to one of its objects (check_note_use). */
    PUSH(file_scope->dot_imports, file_scope->dot_count,
         file_scope->dot_capacity, pn);
    PUSH(c->imports, c->import_count, c->import_capacity, pn);
    return;
  }
  const char *local = name ? name->u.name.name : imported->name;
  Object *pn = types_new_object(OBJ_PKGNAME, local, NULL, c->pkg, c->source,
                                name ? name->pos : spec->u.import_spec.path->pos);
  pn->u.pkgname.imported = imported;
  pn->ident = name ? name : spec->u.import_spec.path;
  if (name)
    name->u.name.object = pn;
  if (strcmp(local, "_") == 0)
    return;
  Object *old = types_scope_lookup(file_scope, local);
  if (old) {
    check_errorf(c, pn->ident, "%s redeclared in this block\n\t%s: other declaration of %s",
                 local, position_string(c, old), local);
    return;
  }
  types_scope_insert(file_scope, pn);
  pn->parent = file_scope;
  PUSH(c->imports, c->import_count, c->import_capacity, pn);
}

/* ---- Collecting package-level objects ---- */

static DeclInfo *new_decl(Checker *c, Node *spec, Scope *file_scope) {
  DeclInfo *d = types_alloc(sizeof *d);
  d->spec = spec;
  d->file_scope = file_scope;
  d->source = c->source;
  return d;
}

static Object *new_package_object(Checker *c, ObjectKind kind, Node *ident,
                                  DeclInfo *decl) {
  Object *obj = types_new_object(kind, ident->u.name.name, NULL, c->pkg,
                                 c->source, ident->pos);
  obj->ident = ident;
  obj->decl = decl;
  obj->order = (uint32_t)c->object_count;
  if (kind == OBJ_VAR)
    obj->u.var.var_kind = VAR_PACKAGE;
  ident->u.name.object = obj;
  PUSH(c->objects, c->object_count, c->object_capacity, obj);
  return obj;
}

static void declare_package_object(Checker *c, Scope *file_scope, Node *ident,
                                   Object *obj) {
  if (strcmp(obj->name, "_") == 0)
    return;
  if (strcmp(obj->name, "init") == 0 && obj->kind != OBJ_FUNC) {
    check_errorf(c, ident, "cannot declare init - must be func");
    return;
  }
  if (strcmp(obj->name, "main") == 0 && obj->kind != OBJ_FUNC &&
      strcmp(c->pkg->name, "main") == 0) {
    check_errorf(c, ident, "cannot declare main - must be func");
    return;
  }
  /* A package-level name may not collide with a file's import name. */
  Object *imp = types_scope_lookup(file_scope, obj->name);
  if (imp && imp->kind == OBJ_PKGNAME) {
    check_errorf(c, ident, "%s already declared through import of package %s (\"%s\")\n\t%s: other declaration of %s",
                 obj->name, imp->u.pkgname.imported->name,
                 imp->u.pkgname.imported->path, position_string(c, imp),
                 obj->name);
    return;
  }
  check_declare(c, c->pkg->scope, ident, obj);
}

static void collect_value_spec(Checker *c, Scope *file_scope, Node *spec,
                               Node **last_type, Node **last_values,
                               int *last_group) {
  bool is_const = spec->kind == ND_CONST_SPEC;
  Node *type = spec->u.value_spec.type;
  Node *values = spec->u.value_spec.values;
  if (is_const) {
    /* In a group, a spec without values repeats the previous ones. */
    if (spec->u.value_spec.group != 0 && spec->u.value_spec.group == *last_group &&
        !type && !values) {
      type = *last_type;
      values = *last_values;
    } else {
      *last_type = type;
      *last_values = values;
      *last_group = spec->u.value_spec.group;
    }
  }
  int nnames = 0, nvalues = 0;
  for (Node *n = spec->u.value_spec.names; n; n = n->next)
    nnames++;
  for (Node *v = values; v; v = v->next)
    nvalues++;
  Object **lhs = NULL;
  if (!is_const && nvalues == 1 && nnames > 1)
    lhs = types_alloc(sizeof(Object *) * (size_t)nnames);
  Node *v = values;
  int i = 0;
  for (Node *n = spec->u.value_spec.names; n; n = n->next, i++) {
    DeclInfo *d = new_decl(c, spec, file_scope);
    d->type_expr = type;
    d->iota = spec->u.value_spec.iota;
    if (lhs) {
      d->init = values;
      d->lhs = lhs;
      d->lhs_count = nnames;
    } else if (v) {
      d->init = v;
      v = v->next;
    }
    Object *obj = new_package_object(c, is_const ? OBJ_CONST : OBJ_VAR, n, d);
    if (lhs)
      lhs[i] = obj;
    declare_package_object(c, file_scope, n, obj);
  }
  /* Count mismatches are reported when the spec is checked. */
}

static int receiver_rules(Checker *c, Node *d);
static int body_rules(Checker *c, Node *d);

static void collect_file(Checker *c, Node *file, Scope *file_scope) {
  c->source = file->u.file.source;
  Node *last_type = NULL, *last_values = NULL;
  int last_group = -1;
  for (Node *d = file->u.file.decls; d; d = d->next) {
    /* With rules_per_body, the parse-time rules of what lies outside
     * function bodies: the headers, and the values of variables (which
     * may hold func literals, checked with the declarations). */
    if (c->rules_per_body &&
        (receiver_rules(c, d) > 0 ||
         (d->kind != ND_FUNC_DECL && body_rules(c, d) > 0))) {
      c->rules_failed = true;
      return;
    }
    if (d->kind == ND_CONST_SPEC || d->kind == ND_VAR_SPEC) {
      SpecRef ref = {d, c->source};
      PUSH(c->specs, c->spec_count, c->spec_capacity, ref);
    }
    switch (d->kind) {
    case ND_IMPORT_SPEC:
      collect_import(c, file_scope, d);
      break;
    case ND_CONST_SPEC:
    case ND_VAR_SPEC:
      collect_value_spec(c, file_scope, d, &last_type, &last_values,
                         &last_group);
      break;
    case ND_TYPE_SPEC: {
      DeclInfo *decl = new_decl(c, d, file_scope);
      Object *obj = new_package_object(c, OBJ_TYPE, d->u.type_spec.name, decl);
      obj->u.type_name.is_alias = d->u.type_spec.alias;
      declare_package_object(c, file_scope, d->u.type_spec.name, obj);
      break;
    }
    case ND_FUNC_DECL: {
      DeclInfo *decl = new_decl(c, d, file_scope);
      Node *name = d->u.func_decl.name;
      if (d->u.func_decl.recv) {
        Object *m = types_new_object(OBJ_FUNC, name->u.name.name, NULL, c->pkg,
                                     c->source, name->pos);
        m->ident = name;
        m->decl = decl;
        m->u.func.decl = d;
        name->u.name.object = m;
        PUSH(c->method_decls, c->method_count, c->method_capacity, d);
        PUSH(c->funcs, c->func_count, c->func_capacity, d);
        break;
      }
      Object *obj = new_package_object(c, OBJ_FUNC, name, decl);
      obj->u.func.decl = d;
      const char *n = name->u.name.name;
      if (strcmp(n, "init") == 0 || (strcmp(n, "main") == 0 &&
                                     strcmp(c->pkg->name, "main") == 0)) {
        if (d->u.func_decl.tparams)
          check_errorf(c, name, "func %s must have no type parameters", n);
        if (d->u.func_decl.type->u.func_type.params ||
            d->u.func_decl.type->u.func_type.results)
          check_errorf(c, name, "func %s must have no arguments and no return values", n);
      }
      if (strcmp(n, "init") == 0) {
        /* init functions are not declared: they cannot be referred to. */
        obj->parent = c->pkg->scope;
        if (!d->u.func_decl.body && !c->in_model)
          check_errorf(c, name, "missing function body");
      } else {
        declare_package_object(c, file_scope, name, obj);
      }
      PUSH(c->funcs, c->func_count, c->func_capacity, d);
      break;
    }
    default:
      break;
    }
  }
}

/* The base type name of a receiver: T, *T, T[P], *T[P]. */
static Node *receiver_base(Node *type, bool *pointer) {
  *pointer = false;
  while (type && type->kind == ND_PAREN)
    type = type->u.paren.x;
  if (type && type->kind == ND_UNARY && type->u.unary.op == TK_MUL) {
    *pointer = true;
    type = type->u.unary.x;
  }
  while (type && type->kind == ND_PAREN)
    type = type->u.paren.x;
  if (type && type->kind == ND_INDEX)
    type = type->u.index.x;
  return type && type->kind == ND_NAME ? type : NULL;
}

/* Attach every method to its receiver's named type (signatures are
 * checked later, lazily). */
static void associate_methods(Checker *c) {
  for (int i = 0; i < c->method_count; i++) {
    Node *d = c->method_decls[i];
    Object *m = d->u.func_decl.name->u.name.object;
    bool pointer;
    Node *base = receiver_base(d->u.func_decl.recv->u.field.type, &pointer);
    m->u.func.pointer_recv = pointer;
    if (!base)
      continue; /* reported when the signature is checked */
    Object *tobj = types_scope_lookup(c->pkg->scope, base->u.name.name);
    if (!tobj || tobj->kind != OBJ_TYPE || !tobj->decl)
      continue;
    /* The named type picks its methods up when it is declared. */
    PUSH(tobj->decl->methods, tobj->decl->method_count,
         tobj->decl->method_capacity, m);
  }
}

/* ---- Lazy declaration of package-level objects ---- */

static void push_path(Checker *c, Object *obj) {
  PUSH(c->path, c->path_len, c->path_capacity, obj);
}

/* A cycle through obj: is it valid?  Values only (a later init-cycle
 * check reports those) and cycles through a defined type are fine. */
static bool valid_cycle(Checker *c, Object *obj) {
  int start = c->path_len - 1;
  while (start >= 0 && c->path[start] != obj)
    start--;
  if (start < 0)
    return true;
  int nval = 0, ndef = 0, len = c->path_len - start;
  for (int i = start; i < c->path_len; i++) {
    Object *o = c->path[i];
    if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
      nval++;
    else if (o->kind == OBJ_TYPE && !o->u.type_name.is_alias)
      ndef++;
    /* functions are checked later; a cycle through one is fine */
  }
  if (nval == len || ndef > 0)
    return true;
  for (int i = start; i < c->path_len; i++)
    if (c->path[i]->kind == OBJ_FUNC)
      return true;
  /* Report: "invalid recursive type" (types) or "invalid cycle". */
  StrBuf buf = {NULL, 0, 0};
  Object *first = c->path[start];
  if (len == 1) {
    strbuf_printf(&buf, "invalid recursive type: %s refers to itself",
                  first->name);
  } else {
    strbuf_printf(&buf, "invalid recursive type %s", first->name);
    for (int i = start; i < c->path_len; i++) {
      Object *next = i + 1 < c->path_len ? c->path[i + 1] : first;
      strbuf_printf(&buf, "\n\t%s: %s refers to %s",
                    position_string(c, c->path[i]), c->path[i]->name,
                    next->name);
    }
  }
  const Source *saved = c->source;
  c->source = first->source;
  check_errorf_pos(c, first->pos, "%s", buf.data);
  c->source = saved;
  strbuf_free(&buf);
  return false;
}

static void const_decl(Checker *c, Object *obj);
static void var_decl(Checker *c, Object *obj);

void check_object_decl(Checker *c, Object *obj) {
  if (!obj->decl || obj->color == BLACK)
    return;
  if (obj->color == GREY) {
    bool ok = valid_cycle(c, obj);
    if ((obj->kind == OBJ_CONST || obj->kind == OBJ_VAR) && (!ok || !obj->type))
      obj->type = types_invalid;
    if (obj->kind == OBJ_TYPE && !ok)
      obj->type = types_invalid;
    if (obj->kind == OBJ_CONST && !obj->u.cnst.value)
      obj->u.cnst.value = value_unknown();
    return;
  }
  obj->color = GREY;
  push_path(c, obj);
  /* Declarations are checked in their own file's context. */
  const Source *saved_source = c->source;
  Scope *saved_scope = c->scope;
  DeclInfo *saved_decl = c->decl;
  const Value *saved_iota = c->iota;
  FuncContext *saved_func = c->func;
  c->source = obj->decl->source;
  c->scope = obj->decl->file_scope;
  c->decl = obj->decl;
  c->iota = NULL;
  c->func = NULL;
  switch (obj->kind) {
  case OBJ_CONST:
    const_decl(c, obj);
    break;
  case OBJ_VAR:
    var_decl(c, obj);
    break;
  case OBJ_TYPE:
    check_type_decl(c, obj, obj->decl->spec);
    break;
  case OBJ_FUNC:
    check_func_signature(c, obj, obj->decl->spec);
    break;
  default:
    break;
  }
  c->source = saved_source;
  c->scope = saved_scope;
  c->decl = saved_decl;
  c->iota = saved_iota;
  c->func = saved_func;
  c->path_len--;
  obj->color = BLACK;
  if (c->path_len == 0 && c->verify_count > 0)
    check_verify_instances(c);
}

/* const x [T] = expr: the value must be a constant representable in T. */
static void const_decl(Checker *c, Object *obj) {
  DeclInfo *d = obj->decl;
  c->iota = value_int64(d->iota);
  Type *t = NULL;
  if (d->type_expr) {
    t = check_type_expr(c, d->type_expr);
    if (t->kind != TY_INVALID && !types_is_constant_type(types_under(t))) {
      check_errorf(c, d->type_expr, "invalid constant type %s",
                   check_type_string(c, t));
      obj->type = types_invalid;
      obj->u.cnst.value = value_unknown();
      return;
    }
  }
  Operand x;
  memset(&x, 0, sizeof x);
  if (!d->init) {
    /* Missing value: reported once per spec, at the first missing name. */
    Node *spec = d->spec;
    int nnames = 0, nvalues = 0;
    for (Node *n = spec->u.value_spec.names; n; n = n->next)
      nnames++;
    Node *values = spec->u.value_spec.values;
    for (Node *v = values; v; v = v->next)
      nvalues++;
    /* A spec with too few values is reported once, by the spec-level
     * count check; a first spec without any value here. */
    if (nvalues == 0 && spec->u.value_spec.iota == 0 &&
        obj->ident == spec->u.value_spec.names)
      check_errorf(c, obj->ident, "missing init expr for const declaration");
    (void)nnames;
    obj->type = types_invalid;
    obj->u.cnst.value = value_unknown();
    return;
  }
  check_expr(c, &x, d->init);
  if (x.mode != MODE_INVALID && x.mode != MODE_CONSTANT) {
    check_errorf(c, x.expr, "%s is not constant", check_operand_string(c, &x));
    obj->type = types_invalid;
    obj->u.cnst.value = value_unknown();
    return;
  }
  if (x.mode == MODE_INVALID) {
    obj->type = types_invalid;
    obj->u.cnst.value = value_unknown();
    return;
  }
  if (t) {
    check_assignment(c, &x, t, "constant declaration", NULL);
    if (x.mode == MODE_INVALID) {
      obj->type = types_invalid;
      obj->u.cnst.value = value_unknown();
      return;
    }
  }
  obj->type = x.type;
  obj->u.cnst.value = x.value;
}

/* var x [T] [= expr]; var a, b = f() checks f once for all of them. */
static void var_decl(Checker *c, Object *obj) {
  DeclInfo *d = obj->decl;
  Type *t = NULL;
  if (d->type_expr) {
    t = check_type_expr(c, d->type_expr);
    obj->type = t;
  }
  if (!d->init) {
    if (!t)
      obj->type = types_invalid;
    return;
  }
  if (d->lhs) {
    /* All lhs objects get their types from one multi-value expression. */
    for (int i = 0; i < d->lhs_count; i++)
      if (t)
        d->lhs[i]->type = t;
    Operand x;
    memset(&x, 0, sizeof x);
    check_multi_expr(c, &x, d->init);
    int n = x.mode == MODE_INVALID ? -1
            : (x.type && x.type->kind == TY_TUPLE) ? x.type->u.tuple.count
            : 1;
    if ((x.mode == MODE_COMMAOK || x.mode == MODE_MAPINDEX) && d->lhs_count == 2)
      n = 2;
    if (n != d->lhs_count && n >= 0) {
      if (d->init->kind == ND_CALL)
        check_errorf(c, d->init, "assignment mismatch: %d variables but %s returns %d value%s",
                     d->lhs_count, check_expr_string(d->init->u.call.fun), n,
                     n == 1 ? "" : "s");
      else
        check_errorf(c, d->init, "assignment mismatch: %d variables but %d value%s",
                     d->lhs_count, n, n == 1 ? "" : "s");
      n = -1;
    }
    for (int i = 0; i < d->lhs_count; i++) {
      Object *o = d->lhs[i];
      if (n < 0) {
        if (!o->type)
          o->type = types_invalid;
      } else {
        Type *vt;
        if (x.type && x.type->kind == TY_TUPLE)
          vt = x.type->u.tuple.vars[i]->type;
        else if (i == 0)
          vt = x.type;
        else
          vt = types_basic[TY_UNTYPED_BOOL];
        Operand y = x;
        y.mode = MODE_VALUE;
        y.type = vt;
        if ((x.mode == MODE_COMMAOK || x.mode == MODE_MAPINDEX) && i == 0)
          check_default_untyped(c, &y);
        if (o->type)
          check_assignment(c, &y, o->type, "assignment", NULL);
        else
          o->type = types_default(vt);
        if (types_is_untyped(o->type))
          o->type = types_default(o->type);
      }
      o->color = BLACK;
      /* One initializer: the variables share its dependencies. */
      if (o->decl != d) {
        o->decl->deps = d->deps;
        o->decl->dep_count = d->dep_count;
        o->decl->dep_capacity = d->dep_count; /* a push copies first */
        o->decl->dep_set = NULL;              /* rebuilt when needed */
        o->decl->dep_set_size = 0;
      }
    }
    return;
  }
  Operand x;
  memset(&x, 0, sizeof x);
  Node *init = d->init;
  while (init->kind == ND_PAREN)
    init = init->u.paren.x;
  if (init->kind == ND_CALL) {
    /* One variable, one call: the call must have exactly one result. */
    check_multi_expr(c, &x, d->init);
    if (x.mode != MODE_INVALID && x.type && x.type->kind == TY_TUPLE) {
      check_errorf(c, d->init, "assignment mismatch: 1 variable but %s returns %d values",
                   check_expr_string(init->u.call.fun), x.type->u.tuple.count);
      obj->type = types_invalid;
      return;
    }
  } else {
    check_expr_with_hint(c, &x, d->init, t);
  }
  Node **slot = NULL; /* package-level inits: find the slot in the spec */
  for (Node **p = &d->spec->u.value_spec.values; *p; p = &(*p)->next)
    if (*p == d->init)
      slot = p;
  if (t) {
    check_assignment(c, &x, t, "variable declaration", slot);
    return;
  }
  if (x.mode == MODE_INVALID) {
    obj->type = types_invalid;
    return;
  }
  if (x.type && x.type->kind == TY_UNTYPED_NIL) {
    check_errorf(c, x.expr, "use of untyped nil in variable declaration");
    obj->type = types_invalid;
    return;
  }
  if (x.mode == MODE_NOVALUE) {
    check_errorf(c, x.expr, "%s (no value) used as value",
                 check_expr_string(x.expr));
    obj->type = types_invalid;
    return;
  }
  if (x.type && x.type->kind == TY_TUPLE) {
    check_errorf(c, obj->ident, "assignment mismatch: 1 variable but %s returns %d values",
                 check_expr_string(x.expr->kind == ND_CALL ? x.expr->u.call.fun : x.expr),
                 x.type->u.tuple.count);
    obj->type = types_invalid;
    return;
  }
  check_assignment(c, &x, types_default(x.type), "variable declaration", slot);
  obj->type = x.mode == MODE_INVALID ? types_invalid : x.type;
}

/* Spec-level count checks for package-level const and var specs. */
static void check_spec_counts(Checker *c, Node *spec) {
  int nnames = 0, nvalues = 0;
  Node *last_name = NULL;
  for (Node *n = spec->u.value_spec.names; n; n = n->next) {
    nnames++;
    last_name = n;
  }
  for (Node *v = spec->u.value_spec.values; v; v = v->next)
    nvalues++;
  if (nvalues == 0 || nvalues == nnames)
    return;
  if (spec->kind == ND_VAR_SPEC && nvalues == 1)
    return;
  if (nvalues < nnames) {
    Node *n = spec->u.value_spec.names;
    for (int i = 0; i < nvalues; i++)
      n = n->next;
    if (spec->kind == ND_CONST_SPEC)
      check_errorf(c, n, "missing init expr for const declaration");
    else
      check_errorf(c, n, "assignment mismatch: %d variables but %d value%s",
                   nnames, nvalues, nvalues == 1 ? "" : "s");
  } else {
    Node *v = spec->u.value_spec.values;
    for (int i = 0; i < nnames; i++)
      v = v->next;
    if (spec->kind == ND_CONST_SPEC)
      check_errorf(c, v, "extra init expr");
    else
      check_errorf(c, last_name, "assignment mismatch: %d variable%s but %d values",
                   nnames, nnames == 1 ? "" : "s", nvalues);
  }
}

/* ---- Initialization cycles ---- */

static Object **seen_list;
static int seen_count, seen_capacity;

static bool find_path(Object *from, Object *to, Object ***path, int *len,
                      int *cap, int depth) {
  if (from->color == 3 || depth > 10000)
    return false;
  from->color = 3; /* seen (colours are all BLACK once checking is done) */
  PUSH(seen_list, seen_count, seen_capacity, from);
  DeclInfo *d = from->decl;
  for (int i = 0; d && i < d->dep_count; i++) {
    Object *dep = d->deps[i];
    if (dep == to) {
      PUSH(*path, *len, *cap, dep);
      return true;
    }
    if (find_path(dep, to, path, len, cap, depth + 1)) {
      PUSH(*path, *len, *cap, dep);
      return true;
    }
  }
  return false;
}

static void check_init_cycles(Checker *c) {
  bool *reported = calloc((size_t)c->object_count + 1, 1);
  for (int i = 0; i < c->object_count; i++) {
    Object *obj = c->objects[i];
    if ((obj->kind != OBJ_VAR && obj->kind != OBJ_CONST) || reported[obj->order])
      continue;
    if (!obj->decl || obj->decl->dep_count == 0)
      continue;
    Object **path = NULL;
    int len = 0, cap = 0;
    seen_count = 0;
    bool found = find_path(obj, obj, &path, &len, &cap, 0);
    for (int j = 0; j < seen_count; j++)
      seen_list[j]->color = BLACK;
    if (!found)
      continue;
    for (int j = 0; j < len; j++)
      if (path[j]->order < (uint32_t)c->object_count)
        reported[path[j]->order] = true;
    const Source *saved = c->source;
    c->source = obj->source;
    if (len == 1) {
      check_errorf_pos(c, obj->pos, "initialization cycle: %s refers to itself",
                       obj->name);
    } else {
      StrBuf buf = {NULL, 0, 0};
      strbuf_printf(&buf, "initialization cycle for %s", obj->name);
      Object *cur = path[0];
      for (int j = len - 1; j >= 0; j--) {
        strbuf_printf(&buf, "\n\t%s: %s refers to %s",
                      position_string(c, cur), cur->name, path[j]->name);
        cur = path[j];
      }
      check_errorf_pos(c, obj->pos, "%s", buf.data);
      strbuf_free(&buf);
    }
    c->source = saved;
  }
  free(reported);
}

/* ---- The whole package ---- */

/* The package-level declarations are walked once, by collect_file; the
 * later steps go through the lists it makes (objects, methods, specs,
 * functions).  On a big program each walk of the declarations reads them
 * from memory again. */
static void check_file_steps(Checker *c, Node **files, int file_count) {
  Scope **file_scopes = types_alloc(sizeof(Scope *) * (size_t)(file_count + 1));
  for (int i = 0; i < file_count && !c->rules_failed; i++) {
    file_scopes[i] = types_new_scope(c->pkg->scope, "file");
    file_scopes[i]->is_file = true;
    collect_file(c, files[i], file_scopes[i]);
  }
  if (c->rules_failed)
    return;
  associate_methods(c);
  /* Declare everything in source order. */
  for (int i = 0; i < c->object_count; i++)
    check_object_decl(c, c->objects[i]);
  /* Spec-level count checks, once per spec. */
  for (int i = 0; i < c->spec_count; i++) {
    c->source = c->specs[i].source;
    check_spec_counts(c, c->specs[i].spec);
  }
  check_valid_types(c);
  check_verify_instances(c);
  /* Method signatures (the functions' were checked with the objects),
   * then all bodies. */
  for (int i = 0; i < c->method_count; i++)
    check_object_decl(c, c->method_decls[i]->u.func_decl.name->u.name.object);
  for (int i = 0; i < c->func_count; i++) {
    Node *d = c->funcs[i];
    Object *f = d->u.func_decl.name->u.name.object;
    if (!d->u.func_decl.body || !f->type || f->type->kind != TY_FUNC)
      continue;
    c->source = f->decl->source;
    c->scope = f->decl->file_scope;
    c->decl = f->decl;
    /* the body's rules just before its check: one walk brings it into
     * the caches for both */
    if (c->rules_per_body && body_rules(c, d) > 0) {
      c->rules_failed = true;
      return;
    }
    check_body(c, f->type, d->u.func_decl.body);
    check_verify_instances(c);
    c->decl = NULL;
  }
  if (!c->in_model)
    check_init_cycles(c);
  /* as types2: only a package without other errors (its flows are
   * whole) */
  if (c->errors.count == 0)
    check_mono(c);
  /* Unused imports, in source order. */
  for (int i = 0; i < c->import_count; i++) {
    Object *pn = c->imports[i];
    if (pn->used || c->in_model)
      continue;
    c->source = pn->source;
    Package *p = pn->u.pkgname.imported;
    if (pn->ident->kind == ND_NAME && pn->name != p->name &&
        strcmp(pn->ident->u.name.name, ".") != 0)
      check_errorf(c, pn->ident, "\"%s\" imported as %s and not used", p->path,
                   pn->name);
    else
      check_errorf(c, pn->ident, "\"%s\" imported and not used", p->path);
  }
}

static void check_files(Checker *c, Node **files, int file_count) {
  check_file_steps(c, files, file_count);
  check_mono_free(c); /* the flows of type arguments served check_mono */
}

/* ---- gc's parser rules that gofmt's parser does not have ----
 * parse.c accepts what gofmt accepts; these few constructs gc's parser
 * rejects, and like the branch checks they stop gc before type checking.
 * They are reported here, in gc's words at gc's positions. */

typedef struct ParserRules {
  Checker *c;
  int errors;
} ParserRules;

static void parser_rule(void *data, const Node *n) {
  ParserRules *rules = data;
  if (n->kind == ND_FOR_STMT && n->u.for_stmt.post &&
      n->u.for_stmt.post->kind == ND_ASSIGN_STMT &&
      n->u.for_stmt.post->u.assign.op == TK_DEFINE) {
    check_errorf_pos(rules->c, n->u.for_stmt.post->pos,
                     "syntax error: cannot declare in post statement of for loop");
    rules->errors++;
  }
  /* The guard's own error (with the position of its :=) is reported by
   * type_switch_stmt's helper; here it only has to stop the check. */
  if (n->kind == ND_SWITCH_STMT && n->u.switch_stmt.tag &&
      n->u.switch_stmt.tag->kind == ND_TYPE_SWITCH_GUARD &&
      n->u.switch_stmt.tag->u.guard.lhs &&
      n->u.switch_stmt.tag->u.guard.lhs->kind != ND_NAME) {
    check_bad_guard(rules->c, n->u.switch_stmt.tag);
    rules->errors++;
  }
}

/* gc's parse-time checks of a method declaration's receivers.  Returns
 * the number of errors. */
static int receiver_rules(Checker *c, Node *d) {
  if (d->kind != ND_FUNC_DECL || !d->u.func_decl.recv)
    return 0;
  Node *recv = d->u.func_decl.recv;
  int names = 0;
  for (Node *f = recv; f; f = f->next) {
    int k = 0;
    for (Node *nm = f->u.field.names; nm; nm = nm->next)
      k++;
    names += k ? k : 1;
  }
  if (recv->u.field.type && recv->u.field.type->kind == ND_BAD) {
    check_errorf(c, d->u.func_decl.name, "method has no receiver");
    return 1;
  }
  if (names > 1) {
    check_errorf(c, d->u.func_decl.name, "method has multiple receivers");
    return 1;
  }
  return 0;
}

/* gc's parse-time checks of a declaration's body (or a variable's
 * values): its parser rules and its branches.  Returns the number of
 * errors. */
static int body_rules(Checker *c, Node *d) {
  ParserRules rules = {c, 0};
  /* node_walk covers statements and expressions, not declarations. */
  if (d->kind == ND_FUNC_DECL)
    node_walk(d->u.func_decl.body, parser_rule, &rules);
  else if (d->kind == ND_VAR_SPEC || d->kind == ND_CONST_SPEC)
    for (Node *v = d->u.value_spec.values; v; v = v->next)
      node_walk(v, parser_rule, &rules);
  return rules.errors + check_branches(c, d);
}

/* gc's parse-time checks of a file, one declaration after the other, as
 * gc's parser does them when it finishes a function body. */
static int check_syntax_rules(Checker *c, Node *file) {
  int errors = 0;
  c->source = file->u.file.source;
  for (Node *d = file->u.file.decls; d; d = d->next) {
    errors += receiver_rules(c, d); /* (first: the errors keep their order) */
    errors += body_rules(c, d);
  }
  return errors;
}

CheckResult check_package(Node **files, int file_count,
                          const CheckOptions *options, ErrorList *errors) {
  universe_init();
  CheckResult result;
  memset(&result, 0, sizeof result);
  if (file_count == 0)
    return result;
  Checker c;
  memset(&c, 0, sizeof c);
  c.options = options;
  c.result = &result;
  const char *name = files[0]->u.file.package_name->u.name.name;
  const char *path = options && options->package_path ? options->package_path
                                                       : "command-line-arguments";
  c.pkg = new_package(path, name);
  /* Size the side table once: growing it step by step rehashes every
   * entry each time and leaves the old tables behind, which on a big
   * program is megabytes of memory traffic.  (About a third of the nodes
   * get an entry; the table is kept at most half full.) */
  size_t nodes = 0;
  for (int i = 0; i < file_count; i++)
    nodes += files[i]->u.file.node_count;
  info_resize(c.pkg->info, nodes);
  result.pkg = c.pkg;
  if (strcmp(name, "_") == 0) {
    c.source = files[0]->u.file.source;
    check_errorf(&c, files[0]->u.file.package_name, "invalid package name _");
  }
  /* Every file must belong to the same package. */
  for (int i = 1; i < file_count; i++) {
    Node *pn = files[i]->u.file.package_name;
    if (pn->u.name.name != files[0]->u.file.package_name->u.name.name) {
      c.source = files[i]->u.file.source;
      check_errorf(&c, pn, "package %s; expected package %s", pn->u.name.name,
                   name);
    }
  }
  /* gc finds misplaced branches and bad labels while parsing, and does
   * not type-check a package that has them.  Each function's are looked
   * for just before its body is checked (a walk of their own over a big
   * program costs as much again as reading it from memory), and the
   * check stops at the first one that fails.  Then, or when the check
   * found errors of its own (some bodies may not have been checked), the
   * rules are run again over every file, in source order, on their own:
   * any error they find replaces the check's. */
  c.rules_per_body = true;
  check_files(&c, files, file_count);
  if (c.rules_failed || c.errors.first) {
    CheckErrors type_errors = c.errors;
    memset(&c.errors, 0, sizeof c.errors);
    int rule_errors = 0;
    for (int i = 0; i < file_count; i++)
      rule_errors += check_syntax_rules(&c, files[i]);
    if (rule_errors > 0) {
      free_errors(&type_errors);
      result.unmodeled_count = 0; /* as if the check had not begun */
    } else {
      free_errors(&c.errors);
      c.errors = type_errors;
    }
  }
  if (c.errors.first == NULL && result.unmodeled_count > 0 &&
      (!options || options->unmodeled == UNMODELED_ERROR))
    result.unsupported = true;
  flush_errors(&c, errors);
  return result;
}

Package *check_source_package(const char *path, Node **files, int file_count,
                              Package *importer, ErrorList *errors) {
  universe_init();
  Checker c;
  memset(&c, 0, sizeof c);
  c.pkg = new_package(path, files[0]->u.file.package_name->u.name.name);
  c.pkg->info = importer->info;
  c.pkg->from_source = true;
  for (int i = 0; i < file_count; i++)
    if (check_syntax_rules(&c, files[i]) > 0)
      break;
  if (!c.errors.first)
    check_files(&c, files, file_count);
  flush_errors(&c, errors);
  return c.pkg;
}

/* ---- Build constraints (linux/amd64, gc, no cgo, $GOEXPERIMENT) ---- */

static const char *const known_os[] = {
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos",
    "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris",
    "wasip1", "windows", "zos", NULL};
static const char *const known_arch[] = {
    "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64",
    "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc",
    "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc",
    "sparc64", "wasm", NULL};

static bool in_list(const char *s, size_t n, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (strlen(list[i]) == n && strncmp(list[i], s, n) == 0)
      return true;
  return false;
}

static bool tag_true(const char *s, size_t n) {
  static const char *const on[] = {"linux", "amd64", "unix", "gc", NULL};
  if (in_list(s, n, on))
    return true;
  /* goexperiment.X: as the go command, from $GOEXPERIMENT (a comma list). */
  if (n > 13 && strncmp(s, "goexperiment.", 13) == 0) {
    const char *list = getenv("GOEXPERIMENT");
    const char *name = s + 13;
    size_t len = n - 13;
    while (list && *list) {
      const char *comma = strchr(list, ',');
      size_t item = comma ? (size_t)(comma - list) : strlen(list);
      if (item == len && strncmp(list, name, len) == 0)
        return true;
      list = comma ? comma + 1 : NULL;
    }
    return false;
  }
  /* go1.N release tags up to the toolchain's version (1.26). */
  if (n > 4 && strncmp(s, "go1.", 4) == 0) {
    int minor = 0;
    for (size_t i = 4; i < n; i++) {
      if (s[i] < '0' || s[i] > '9')
        return false;
      minor = minor * 10 + (s[i] - '0');
    }
    return minor <= 26;
  }
  return false;
}

/* expr := and { "||" and }; and := unary { "&&" unary }; unary := "!" unary
 * | "(" expr ")" | tag */
static bool build_expr(const char **p, const char *end);

static void skip_spaces(const char **p, const char *end) {
  while (*p < end && (**p == ' ' || **p == '\t'))
    (*p)++;
}

static bool build_unary(const char **p, const char *end) {
  skip_spaces(p, end);
  if (*p < end && **p == '!') {
    (*p)++;
    return !build_unary(p, end);
  }
  if (*p < end && **p == '(') {
    (*p)++;
    bool v = build_expr(p, end);
    skip_spaces(p, end);
    if (*p < end && **p == ')')
      (*p)++;
    return v;
  }
  const char *start = *p;
  while (*p < end && (((**p | 32) >= 'a' && (**p | 32) <= 'z') ||
                      (**p >= '0' && **p <= '9') || **p == '_' || **p == '.'))
    (*p)++;
  return tag_true(start, (size_t)(*p - start));
}

static bool build_and(const char **p, const char *end) {
  bool v = build_unary(p, end);
  for (;;) {
    skip_spaces(p, end);
    if (*p + 1 < end && (*p)[0] == '&' && (*p)[1] == '&') {
      *p += 2;
      bool w = build_unary(p, end);
      v = v && w;
    } else {
      return v;
    }
  }
}

static bool build_expr(const char **p, const char *end) {
  bool v = build_and(p, end);
  for (;;) {
    skip_spaces(p, end);
    if (*p + 1 < end && (*p)[0] == '|' && (*p)[1] == '|') {
      *p += 2;
      bool w = build_and(p, end);
      v = v || w;
    } else {
      return v;
    }
  }
}

bool check_build_constraints(const Node *file, const char *path) {
  /* name_GOOS.go, name_GOARCH.go, name_GOOS_GOARCH.go */
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  if (n > 3 && strcmp(base + n - 3, ".go") == 0)
    n -= 3;
  const char *us1 = NULL, *us2 = NULL; /* last and second-to-last '_' */
  for (size_t i = 0; i < n; i++)
    if (base[i] == '_') {
      us2 = us1;
      us1 = base + i;
    }
  if (us1 && us1 != base) {
    const char *last = us1 + 1;
    size_t last_n = (size_t)(base + n - last);
    if (in_list(last, last_n, known_arch)) {
      if (!(last_n == 5 && strncmp(last, "amd64", 5) == 0))
        return false;
      if (us2 && us2 != base) {
        const char *os = us2 + 1;
        size_t os_n = (size_t)(us1 - os);
        if (in_list(os, os_n, known_os) && !(os_n == 5 && strncmp(os, "linux", 5) == 0))
          return false;
      }
    } else if (in_list(last, last_n, known_os)) {
      if (!(last_n == 5 && strncmp(last, "linux", 5) == 0))
        return false;
    }
  }
  Pos package_pos = file->u.file.package_name ? file->u.file.package_name->pos
                                               : (Pos){0, 0};
  for (const Comment *cm = file->u.file.comments; cm; cm = cm->next) {
    if (cm->kind != COMMENT_GO_DIRECTIVE || cm->pos.line >= package_pos.line)
      continue;
    if (cm->length < 11 || strncmp(cm->text, "//go:build ", 11) != 0)
      continue;
    const char *p = cm->text + 11, *end = cm->text + cm->length;
    return build_expr(&p, end);
  }
  return true;
}

/* ---- -dump=types ---- */

static int compare_objects_by_name(const void *a, const void *b) {
  const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
  return strcmp(x->name, y->name);
}

static bool is_generic(Type *t) {
  return t && ((t->kind == TY_NAMED && t->u.named.tparam_count > 0) ||
               (t->kind == TY_FUNC && t->u.func.tparam_count > 0));
}

static void dump_layout(FILE *out, Type *t) {
  fprintf(out, " size=%lld align=%lld", (long long)types_sizeof(t),
          (long long)types_alignof(t));
}

void check_dump_types(FILE *out, const Package *pkg) {
  Scope *s = pkg->scope;
  Object **v = xmalloc(sizeof(Object *) * (size_t)(s->count + 1));
  memcpy(v, s->objects, sizeof(Object *) * (size_t)s->count);
  qsort(v, (size_t)s->count, sizeof(Object *), compare_objects_by_name);
  for (int i = 0; i < s->count; i++) {
    Object *o = v[i];
    Type *t = o->type;
    if (!t)
      continue;
    const char *ts;
    switch (o->kind) {
    case OBJ_CONST: {
      StrBuf val = {NULL, 0, 0};
      value_print_exact(&val, o->u.cnst.value ? o->u.cnst.value : value_unknown());
      fprintf(out, "const %s %s = %s", o->name, types_string(t, pkg), val.data);
      strbuf_free(&val);
      if (!types_is_untyped(t))
        dump_layout(out, t);
      fputc('\n', out);
      break;
    }
    case OBJ_VAR:
      fprintf(out, "var %s %s", o->name, types_string(t, pkg));
      if (!is_generic(t))
        dump_layout(out, t);
      fputc('\n', out);
      break;
    case OBJ_FUNC:
      fprintf(out, "func %s %s", o->name, types_string(t, pkg));
      if (!is_generic(t))
        dump_layout(out, t);
      fputc('\n', out);
      break;
    case OBJ_TYPE: {
      Type *u = types_under(t);
      ts = types_string(u, pkg);
      fprintf(out, "type %s%s %s", o->name, o->u.type_name.is_alias ? " =" : "",
              o->u.type_name.is_alias ? types_string(t, pkg) : ts);
      if (!is_generic(t))
        dump_layout(out, t);
      fputc('\n', out);
      if (u->kind == TY_STRUCT && !is_generic(t)) {
        for (int j = 0; j < u->u.strct.field_count; j++) {
          Object *f = u->u.strct.fields[j];
          fprintf(out, "\tfield %s %s offset=%lld", f->name,
                  types_string(f->type, pkg),
                  (long long)types_offsetof(u, j));
          dump_layout(out, f->type);
          fputc('\n', out);
        }
      }
      break;
    }
    default:
      break;
    }
  }
  free(v);
}
