/*
 * universe.c — the universe scope, package unsafe, and built-in models.
 *
 * needs: nothing;  produces: universe_scope (the outermost scope of every
 * package), universe_unsafe, and the Go text of the packages goesc models.
 *
 * The universe is built once, from tables: the basic types (whose names
 * and kinds come from one list below), the aliases byte/rune/any, the
 * interfaces error and comparable, the constants true/false/iota, nil, and
 * the predeclared functions of BUILTIN_LIST.  Package unsafe holds Pointer
 * and the unsafe builtins.
 *
 * Imported packages are modeled as Go declaration text: the checker parses
 * and checks a model like any package (function declarations simply have
 * no bodies).  The texts are the generated standard-library model, compiled
 * in (stdlib_models.inc); universe_model_source is the one hook.
 */
#include "types.h"

#include <stdlib.h>
#include <string.h>

Scope *universe_scope;
Package *universe_unsafe;
Object *universe_iota;

static const struct {
  TypeKind kind;
  const char *name;
} basic_names[] = {
    {TY_INVALID, "invalid type"},
    {TY_BOOL, "bool"},
    {TY_INT, "int"},
    {TY_INT8, "int8"},
    {TY_INT16, "int16"},
    {TY_INT32, "int32"},
    {TY_INT64, "int64"},
    {TY_UINT, "uint"},
    {TY_UINT8, "uint8"},
    {TY_UINT16, "uint16"},
    {TY_UINT32, "uint32"},
    {TY_UINT64, "uint64"},
    {TY_UINTPTR, "uintptr"},
    {TY_FLOAT32, "float32"},
    {TY_FLOAT64, "float64"},
    {TY_COMPLEX64, "complex64"},
    {TY_COMPLEX128, "complex128"},
    {TY_STRING, "string"},
    {TY_UNSAFE_POINTER, "Pointer"},
    {TY_UNTYPED_BOOL, "untyped bool"},
    {TY_UNTYPED_INT, "untyped int"},
    {TY_UNTYPED_RUNE, "untyped rune"},
    {TY_UNTYPED_FLOAT, "untyped float"},
    {TY_UNTYPED_COMPLEX, "untyped complex"},
    {TY_UNTYPED_STRING, "untyped string"},
    {TY_UNTYPED_NIL, "untyped nil"},
};

static const struct {
  const char *name;
  int nargs;
  bool variadic, stmt;
} builtin_table[BI_COUNT] = {
#define X(id, name, nargs, variadic, stmt) {name, nargs, variadic, stmt},
    BUILTIN_LIST(X)
#undef X
};

const char *universe_builtin_name(BuiltinId id) { return builtin_table[id].name; }
int universe_builtin_nargs(BuiltinId id) { return builtin_table[id].nargs; }
bool universe_builtin_variadic(BuiltinId id) { return builtin_table[id].variadic; }
bool universe_builtin_is_stmt(BuiltinId id) { return builtin_table[id].stmt; }

static const char *name_of(const char *s) { return intern(s, strlen(s)); }

static Object *declare(Scope *scope, ObjectKind kind, const char *name,
                       Type *type, Package *pkg) {
  Pos none = {0, 0};
  Object *obj = types_new_object(kind, name_of(name), type, pkg, NULL, none);
  types_scope_insert(scope, obj);
  return obj;
}

static Type *new_basic(TypeKind kind, const char *name) {
  Type *t = types_alloc(sizeof *t);
  t->kind = kind;
  t->size = -1;
  t->u.basic.name = name;
  return t;
}

/* error: interface{ Error() string }, a named type of the universe. */
static void declare_error(void) {
  Object *obj = declare(universe_scope, OBJ_TYPE, "error", NULL, NULL);
  Object *result = types_new_var(name_of(""), types_basic[TY_STRING], NULL);
  Object **results = types_alloc(sizeof(Object *));
  results[0] = result;
  Type *sig = types_new_func(NULL, NULL, types_new_tuple(results, 1), false);
  Pos none = {0, 0};
  Object *method =
      types_new_object(OBJ_FUNC, name_of("Error"), sig, NULL, NULL, none);
  Object **methods = types_alloc(sizeof(Object *));
  methods[0] = method;
  Type *iface = types_new_interface(methods, 1, NULL, 0);
  types_error = types_new_named(obj, iface);
  /* The receiver of Error is the interface (types2 uses the named type). */
  sig->u.func.recv = types_new_var(name_of(""), types_error, NULL);
}

void universe_init(void) {
  if (universe_scope)
    return;
  universe_scope = types_new_scope(NULL, "universe");
  for (size_t i = 0; i < sizeof basic_names / sizeof basic_names[0]; i++)
    types_basic[basic_names[i].kind] =
        new_basic(basic_names[i].kind, basic_names[i].name);
  types_invalid = types_basic[TY_INVALID];
  types_byte = new_basic(TY_UINT8, "byte");
  types_rune = new_basic(TY_INT32, "rune");

  /* Predeclared types (unsafe.Pointer and untyped kinds are not names). */
  for (size_t i = 0; i < sizeof basic_names / sizeof basic_names[0]; i++) {
    TypeKind k = basic_names[i].kind;
    if (k == TY_INVALID || k == TY_UNSAFE_POINTER || k >= TY_UNTYPED_BOOL)
      continue;
    declare(universe_scope, OBJ_TYPE, basic_names[i].name, types_basic[k], NULL);
  }
  Object *byte_obj = declare(universe_scope, OBJ_TYPE, "byte", types_byte, NULL);
  byte_obj->u.type_name.is_alias = true;
  Object *rune_obj = declare(universe_scope, OBJ_TYPE, "rune", types_rune, NULL);
  rune_obj->u.type_name.is_alias = true;

  types_any = types_new_interface(NULL, 0, NULL, 0);
  types_any->u.iface.is_any = true;
  Object *any_obj = declare(universe_scope, OBJ_TYPE, "any", types_any, NULL);
  any_obj->u.type_name.is_alias = true;

  declare_error();

  Object *cmp_obj = declare(universe_scope, OBJ_TYPE, "comparable", NULL, NULL);
  Type *cmp_iface = types_new_interface(NULL, 0, NULL, 0);
  cmp_iface->u.iface.is_comparable = true;
  types_comparable_type = types_new_named(cmp_obj, cmp_iface);

  Object *t = declare(universe_scope, OBJ_CONST, "true",
                      types_basic[TY_UNTYPED_BOOL], NULL);
  t->u.cnst.value = value_bool(true);
  Object *f = declare(universe_scope, OBJ_CONST, "false",
                      types_basic[TY_UNTYPED_BOOL], NULL);
  f->u.cnst.value = value_bool(false);
  universe_iota = declare(universe_scope, OBJ_CONST, "iota",
                          types_basic[TY_UNTYPED_INT], NULL);
  universe_iota->u.cnst.value = value_int64(0);
  declare(universe_scope, OBJ_NIL, "nil", types_basic[TY_UNTYPED_NIL], NULL);

  /* Package unsafe. */
  universe_unsafe = types_alloc(sizeof *universe_unsafe);
  universe_unsafe->path = "unsafe";
  universe_unsafe->name = name_of("unsafe");
  universe_unsafe->scope = types_new_scope(universe_scope, "package");
  declare(universe_unsafe->scope, OBJ_TYPE, "Pointer",
          types_basic[TY_UNSAFE_POINTER], universe_unsafe);

  for (int id = 0; id < BI_COUNT; id++) {
    bool is_unsafe = id >= BI_ALIGNOF;
    Scope *scope = is_unsafe ? universe_unsafe->scope : universe_scope;
    Object *b = declare(scope, OBJ_BUILTIN, builtin_table[id].name,
                        types_invalid, is_unsafe ? universe_unsafe : NULL);
    b->u.builtin.id = (BuiltinId)id;
  }
}

/* ---- Built-in package models ----
 *
 * The standard-library model (stdlib/PKG.go, generated by tools/stdlib from
 * the real toolchain) compiled in as data by tools/embed_stdlib.sh: one
 * array of lines per package.  A model's text is joined the first time
 * its package is imported. */

#include "stdlib_models.inc"

static char *model_texts[sizeof stdlib_models / sizeof stdlib_models[0]];

/* Joined texts are kept for the whole run (the checked models point into
 * them); they stay reachable through model_texts. */
const char *universe_model_source(const char *path) {
  for (size_t i = 0; i < sizeof stdlib_models / sizeof stdlib_models[0]; i++) {
    if (strcmp(stdlib_models[i].path, path) != 0)
      continue;
    if (!model_texts[i]) {
      size_t n = 0;
      for (const char *const *l = stdlib_models[i].lines; *l; l++)
        n += strlen(*l) + 1;
      char *text = xmalloc(n + 1), *p = text;
      for (const char *const *l = stdlib_models[i].lines; *l; l++) {
        size_t len = strlen(*l);
        memcpy(p, *l, len);
        p += len;
        *p++ = '\n';
      }
      *p = '\0';
      model_texts[i] = text;
    }
    return model_texts[i];
  }
  return NULL;
}

/* The name of a method's receiver base type as the model spells it
 * (`func (r *Builder) ...` -> "Builder"); NULL for a plain function. */
static const char *receiver_name(const Object *func, bool *ok) {
  *ok = true;
  Type *sig = func->type;
  if (!sig || sig->kind != TY_FUNC || !sig->u.func.recv)
    return NULL;
  Type *rt = sig->u.func.recv->type;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  if (rt && rt->kind == TY_NAMED && rt->u.named.origin)
    rt = rt->u.named.origin;
  if (rt && rt->kind == TY_NAMED)
    return rt->u.named.obj->name;
  *ok = false; /* a receiver the model cannot name */
  return NULL;
}

static bool span_is(const char *s, const char *end, const char *word) {
  size_t n = strlen(word);
  return (size_t)(end - s) == n && memcmp(s, word, n) == 0;
}

/* A model line `func [(r [*]Recv[...])] Name[...](...` declares Name on
 * Recv: does it declare `name` on `recv` (NULL for a plain function)? */
static bool declares(const char *line, const char *eol, const char *recv,
                     const char *name) {
  const char *p = line + 5; /* after "func " */
  const char *rname = NULL, *rname_end = NULL;
  if (*p == '(') {
    /* (r *Recv[...]) or, without a receiver name, (Recv) */
    const char *close = p;
    while (close < eol && *close != ')')
      close++;
    const char *space = NULL; /* the first one outside [...] */
    int depth = 0;
    for (const char *q = p + 1; q < close && !space; q++) {
      depth += *q == '[' ? 1 : *q == ']' ? -1 : 0;
      if (*q == ' ' && depth == 0)
        space = q;
    }
    p = space ? space + 1 : p + 1;
    if (p < close && *p == '*')
      p++;
    rname = p;
    while (p < close && *p != '[')
      p++;
    rname_end = p;
    p = close + 2 <= eol ? close + 2 : eol; /* past ") " */
  }
  const char *fname = p;
  while (p < eol && *p != '(' && *p != '[')
    p++;
  if (!span_is(fname, p, name))
    return false;
  return recv ? rname && span_is(rname, rname_end, recv) : !rname;
}

/* The answers so far, by function object (the models' objects live for
 * the whole run): a model's text is scanned once per function. */
typedef struct FactsEntry {
  const Object *func;
  const char *name;        /* interned: an object freed by types_release */
  char *pkg_path;          /* and another made at its address differ */
  const char *start, *end; /* NULL start: not modeled */
} FactsEntry;
static FactsEntry *facts_cache;
static size_t facts_size, facts_count;

static FactsEntry *facts_slot(const Object *func) {
  uintptr_t h = (uintptr_t)func;
  h ^= h >> 17;
  h *= 0x9E3779B97F4A7C15u;
  size_t j = (size_t)(h >> 7) & (facts_size - 1);
  while (facts_cache[j].func && facts_cache[j].func != func)
    j = (j + 1) & (facts_size - 1);
  return &facts_cache[j];
}

static bool model_facts_scan(const Object *func, const char **start,
                             const char **end);

bool universe_model_facts(const Object *func, const char **start,
                          const char **end) {
  if (!func)
    return false;
  if ((facts_count + 1) * 2 > facts_size) {
    FactsEntry *old = facts_cache;
    size_t old_size = facts_size;
    facts_size = facts_size ? facts_size * 2 : 256;
    facts_cache = xmalloc(facts_size * sizeof *facts_cache);
    memset(facts_cache, 0, facts_size * sizeof *facts_cache);
    for (size_t i = 0; i < old_size; i++)
      if (old[i].func)
        *facts_slot(old[i].func) = old[i];
    free(old);
  }
  FactsEntry *e = facts_slot(func);
  const char *path = func->pkg && func->pkg->path ? func->pkg->path : "";
  if (!e->func || e->name != func->name || strcmp(e->pkg_path, path) != 0) {
    if (!e->func)
      facts_count++;
    free(e->pkg_path);
    e->func = func;
    e->name = func->name;
    e->pkg_path = xmalloc(strlen(path) + 1);
    strcpy(e->pkg_path, path);
    if (!model_facts_scan(func, &e->start, &e->end))
      e->start = e->end = NULL;
  }
  *start = e->start;
  *end = e->end;
  return e->start != NULL;
}

static bool model_facts_scan(const Object *func, const char **start,
                             const char **end) {
  if (!func || !func->pkg || !func->pkg->path || !func->name)
    return false;
  bool ok;
  const char *recv = receiver_name(func, &ok);
  const char *text = universe_model_source(func->pkg->path);
  if (!ok || !text)
    return false;
  /* The facts are the comment lines right above the declaration; any
   * other line starts the run of comments anew. */
  const char *facts = NULL;
  for (const char *line = text; *line;) {
    const char *eol = strchr(line, '\n');
    if (!eol)
      eol = line + strlen(line);
    if (strncmp(line, "//goesc:", 8) == 0) {
      if (!facts)
        facts = line;
    } else if (strncmp(line, "func ", 5) == 0 &&
               declares(line, eol, recv, func->name)) {
      *start = facts ? facts : line;
      *end = line;
      return true;
    } else if (strncmp(line, "//", 2) != 0) {
      facts = NULL;
    }
    line = *eol ? eol + 1 : eol;
  }
  return false;
}

const char *universe_model_fact(const char *start, const char *end,
                                const char *prefix, const char **line_end) {
  size_t n = strlen(prefix);
  for (const char *line = start; line < end;) {
    const char *eol = memchr(line, '\n', (size_t)(end - line));
    if (!eol)
      eol = end;
    if ((size_t)(eol - line) >= n && memcmp(line, prefix, n) == 0) {
      *line_end = eol;
      return line + n;
    }
    line = eol + 1;
  }
  return NULL;
}

const char *universe_model_line(const Object *f, const char *prefix,
                                const char **line_end) {
  const char *facts, *facts_end;
  if (!f || !universe_model_facts(f, &facts, &facts_end))
    return NULL;
  return universe_model_fact(facts, facts_end, prefix, line_end);
}

int universe_model_line_count(const Object *f, const char *prefix,
                              const char *text) {
  const char *end, *line = universe_model_line(f, prefix, &end);
  size_t n = strlen(text);
  int count = 0;
  for (const char *p = line; p && p + n <= end; p++)
    if (memcmp(p, text, n) == 0)
      count++;
  return count;
}
