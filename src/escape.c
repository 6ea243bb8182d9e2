/*
 * escape.c — the escape pass's driver.
 *
 * needs: a checked package;  produces: gc's -m diagnostics, as records
 * (report.h), in the order gc generates them.
 *
 * The steps, as gc's escape.Funcs takes them:
 *
 *   1. collect every function with a body and every func literal inside
 *      it (a literal that captures variables is a *closure*; one that
 *      captures nothing is a function of its own);
 *   2. split them into batches: the strongly connected components of the
 *      static call graph, found by Tarjan's algorithm in gc's visiting
 *      order (declarations in source order, references in the order the
 *      body mentions them), callees before callers; a closure always
 *      joins the batch of the function around it;
 *   3. for each batch: build its graph (escape_graph.c), solve it
 *      (escape_solve.c), then *finish*: the parameter summaries of each
 *      function ("leaking param: p"), then one line per location in
 *      creation order ("moved to heap: x", "&T{...} escapes to heap").
 *
 * Calls into functions outside the batch use their summaries: the tags
 * computed when their batch finished, gc's rules for bodiless functions,
 * or the `//goesc:escape` facts of the standard-library model (stdlib/).
 */
#include "escape.h"

#include <stdlib.h>
#include <string.h>

void escape_unsupported(EscContext *ctx, const Source *source, Pos pos,
                        const char *what) {
  if (ctx->unsupported)
    return;
  ctx->unsupported = true;
  ctx->unsupported_source = source;
  ctx->unsupported_pos = pos;
  ctx->unsupported_what = what;
}

EscFunc *escape_copy_func(EscContext *ctx, const EscFunc *from) {
  EscFunc *f = arena_alloc(ctx->arena, sizeof *f);
  *f = *from;
  f->state = ESC_FUNC_UNKNOWN;
  f->visit_id = 0;
  f->tags = NULL;
  f->param_locs = f->result_locs = NULL;
  f->frames = NULL;
  f->instances = NULL;
  f->ninstances = f->instances_capacity = 0;
  return f;
}

EscFunc *escape_func_of_object(EscContext *ctx, const Object *obj) {
  if (!obj)
    return NULL;
  if (obj->u.func.origin)
    obj = obj->u.func.origin;
  return escape_map_get(&ctx->funcs_by_key, obj);
}

/* ---- The standard-library model: //goesc:escape facts ---- */

static bool word_is(const char *s, size_t n, const char *word) {
  return strlen(word) == n && memcmp(s, word, n) == 0;
}

/* Parse `LABEL=LEAK,LEAK ...` into per-parameter summaries. */
static void parse_escape_line(const char *line, const char *end,
                              bool method, EscLeaks *tags, int count) {
  const char *p = line;
  while (p < end) {
    while (p < end && *p == ' ')
      p++;
    const char *label = p;
    while (p < end && *p != '=' && *p != ' ')
      p++;
    if (p >= end || *p != '=') {
      while (p < end && *p != ' ')
        p++;
      continue;
    }
    int index = -1;
    if (word_is(label, (size_t)(p - label), "recv"))
      index = 0;
    else if (*label == 'p')
      index = atoi(label + 1) + (method ? 1 : 0);
    p++;
    while (p < end && *p != ' ') {
      const char *leak = p;
      while (p < end && *p != ',' && *p != ' ' && *p != ':')
        p++;
      size_t len = (size_t)(p - leak);
      int level = 0;
      if (p < end && *p == ':') {
        level = atoi(p + 1);
        p++;
        while (p < end && *p != ',' && *p != ' ')
          p++;
      }
      if (index >= 0 && index < count) {
        if (word_is(leak, len, "heap"))
          escape_leaks_add(&tags[index], LEAK_HEAP, level);
        else if (word_is(leak, len, "mutate"))
          escape_leaks_add(&tags[index], LEAK_MUTATOR, level);
        else if (word_is(leak, len, "call"))
          escape_leaks_add(&tags[index], LEAK_CALLEE, level);
        else if (len > 6 && memcmp(leak, "result", 6) == 0) {
          int r = atoi(leak + 6);
          if (r < ESC_RESULT_SLOTS)
            escape_leaks_add(&tags[index], LEAK_RESULT0 + r, level);
        }
      }
      if (p < end && *p == ',')
        p++;
    }
  }
}

/* The //goesc:escape facts of a standard-library function in the model
 * (universe_model_facts finds its declaration); fills tags and returns
 * true when the function is modeled. */
static bool model_lookup(const Object *fobj, bool method, EscLeaks *tags,
                         int count) {
  const char *facts, *facts_end, *line_end;
  if (!universe_model_facts(fobj, &facts, &facts_end))
    return false;
  const char *escape_line =
      universe_model_fact(facts, facts_end, "//goesc:escape ", &line_end);
  if (escape_line)
    parse_escape_line(escape_line, line_end, method, tags, count);
  return true;
}

static bool is_unnamed(const Object *obj) {
  return !obj || !obj->name || !obj->name[0] || strcmp(obj->name, "_") == 0;
}

EscLeaks escape_callee_tag(EscContext *ctx, Object *fobj, EscFunc *f,
                           int index, Type *param_type) {
  EscLeaks none;
  memset(&none, 0, sizeof none);
  if (param_type && !types_has_pointers(param_type))
    return none;
  if (f && f->tags)
    return f->tags[index];
  if (f && !f->body) {
    /* a declaration without a body: gc assumes the worst, unless
     * //go:noescape */
    if (types_under(param_type)->kind == TY_UINTPTR)
      return none;
    if (f->pragmas & PRAGMA_NOESCAPE) {
      escape_leaks_add(&none, LEAK_MUTATOR, 0);
      escape_leaks_add(&none, LEAK_CALLEE, 0);
      return none;
    }
    return escape_leaks_heap();
  }
  if (!fobj || !fobj->pkg || fobj->pkg == ctx->pkg)
    return escape_leaks_heap();
  EscLeaks *cached = escape_map_get(&ctx->models, fobj);
  if (!cached) {
    Type *sig = fobj->type;
    int count = (sig->u.func.recv ? 1 : 0) + sig->u.func.params->u.tuple.count;
    cached = arena_alloc(ctx->arena, sizeof *cached * (size_t)(count + 1));
    if (!model_lookup(fobj, sig->u.func.recv != NULL, cached, count))
      for (int i = 0; i < count; i++)
        cached[i] = escape_leaks_heap();
    escape_map_put(&ctx->models, fobj, cached);
  }
  return cached[index];
}

/* ---- Collecting functions ---- */

static void add_func(EscContext *ctx, EscFunc *f) {
  if (ctx->func_count == ctx->func_capacity) {
    int cap = ctx->func_capacity ? ctx->func_capacity * 2 : 32;
    EscFunc **fresh = arena_alloc(ctx->arena, sizeof *fresh * (size_t)cap);
    if (ctx->func_count)
      memcpy(fresh, ctx->funcs, sizeof *fresh * (size_t)ctx->func_count);
    ctx->funcs = fresh;
    ctx->func_capacity = cap;
  }
  f->order = ctx->func_count;
  ctx->funcs[ctx->func_count++] = f;
}

static void set_signature(EscContext *ctx, EscFunc *f, Type *sig) {
  f->sig = sig;
  Type *params = sig->u.func.params, *results = sig->u.func.results;
  int np = (sig->u.func.recv ? 1 : 0) + params->u.tuple.count;
  f->params = arena_alloc(ctx->arena, sizeof(Object *) * (size_t)(np + 1));
  f->param_count = 0;
  if (sig->u.func.recv)
    f->params[f->param_count++] = sig->u.func.recv;
  for (int i = 0; i < params->u.tuple.count; i++)
    f->params[f->param_count++] = params->u.tuple.vars[i];
  f->result_count = results->u.tuple.count;
  f->results = arena_alloc(ctx->arena,
                           sizeof(Object *) * (size_t)(f->result_count + 1));
  for (int i = 0; i < f->result_count; i++)
    f->results[i] = results->u.tuple.vars[i];
}

typedef struct LitCollect {
  EscContext *ctx;
  EscFunc *parent;
} LitCollect;

static void collect_lits(EscContext *ctx, EscFunc *parent, const Node *body);

/* gc's name for a func literal (inline_closure_name): a range-over-func
 * body lends its name no further (the literals inside it are named after
 * the function around the loop). */
static const char *closure_name(EscContext *ctx, EscFunc *parent,
                                const Node *lit) {
  EscFunc *namer = parent;
  while (namer->is_closure && namer->outer && namer->decl &&
         namer->decl->kind == ND_FUNC_LIT &&
         namer->decl->u.func_lit.range_body)
    namer = namer->outer;
  return inline_closure_name(ctx->arena, namer->name, namer->is_closure,
                             lit->u.func_lit.range_body,
                             &namer->closure_count, &namer->range_count);
}

static void collect_lit(void *data, const Node *n) {
  LitCollect *lc = data;
  if (n->kind != ND_FUNC_LIT || escape_map_get(&lc->ctx->funcs_by_key, n))
    return;
  EscContext *ctx = lc->ctx;
  EscFunc *f = arena_alloc(ctx->arena, sizeof *f);
  f->decl = (Node *)n;
  f->body = n->u.func_lit.body;
  f->source = lc->parent->source;
  f->outer = lc->parent;
  f->is_closure = true;
  f->is_generic = lc->parent->is_generic;
  f->foreign = lc->parent->foreign;
  f->name = closure_name(ctx, lc->parent, n);
  if (!n->type || types_under(n->type)->kind != TY_FUNC) {
    escape_unsupported(ctx, f->source, n->pos, "func literal");
    return;
  }
  set_signature(ctx, f, types_under(n->type));
  escape_map_put(&ctx->funcs_by_key, n, f);
  add_func(ctx, f);
  escape_collect_decls(ctx, f);
  collect_lits(ctx, f, f->body);
}

/* Func literals directly inside body (not inside nested literals). */
static void collect_lits(EscContext *ctx, EscFunc *parent, const Node *body) {
  LitCollect lc = {ctx, parent};
  /* escape_visit descends into literal bodies; collect_lit registers a
   * literal before its body is visited, so nested literals find their
   * parent by the innermost registered literal. */
  node_walk(body, collect_lit, &lc);
}

/* Free variables: names declared in an enclosing function. */
typedef struct FreeVars {
  EscContext *ctx;
  EscFunc *f;
  Object **vars;
  int count, capacity;
} FreeVars;

static bool func_inside(const EscFunc *inner, const EscFunc *outer) {
  for (const EscFunc *g = inner; g; g = g->outer)
    if (g == outer)
      return true;
  return false;
}

static void free_var(void *data, const Node *n) {
  FreeVars *fv = data;
  if (n->kind != ND_NAME || !n->u.name.object ||
      n->u.name.object->kind != OBJ_VAR)
    return;
  Object *obj = n->u.name.object;
  EscFunc *owner = escape_map_get(&fv->ctx->decl_fns, obj);
  if (!owner || func_inside(owner, fv->f))
    return;
  for (int i = 0; i < fv->count; i++)
    if (fv->vars[i] == obj)
      return;
  if (fv->count == fv->capacity) {
    int cap = fv->capacity ? fv->capacity * 2 : 8;
    Object **fresh = arena_alloc(fv->ctx->arena, sizeof *fresh * (size_t)cap);
    if (fv->count)
      memcpy(fresh, fv->vars, sizeof *fresh * (size_t)fv->count);
    fv->vars = fresh;
    fv->capacity = cap;
  }
  fv->vars[fv->count++] = obj;
}

static void compute_free_vars(EscContext *ctx, EscFunc *f) {
  FreeVars fv;
  memset(&fv, 0, sizeof fv);
  fv.ctx = ctx;
  fv.f = f;
  node_walk(f->body, free_var, &fv);
  f->free_vars = fv.vars;
  f->free_count = fv.count;
  f->captures = fv.count > 0;
}

static const char *method_name(EscContext *ctx, const Node *decl,
                               const char *name) {
  const Node *rt = decl->u.func_decl.recv->u.field.type;
  bool ptr = false;
  while (rt && rt->kind == ND_PAREN)
    rt = rt->u.paren.x;
  if (rt && rt->kind == ND_UNARY && rt->u.unary.op == TK_MUL) {
    ptr = true;
    rt = rt->u.unary.x;
  }
  if (rt && rt->kind == ND_INDEX)
    rt = rt->u.index.x;
  const char *tname = rt && rt->kind == ND_NAME ? rt->u.name.name : "?";
  return ptr ? arena_printf(ctx->arena, "(*%s).%s", tname, name)
             : arena_printf(ctx->arena, "%s.%s", tname, name);
}

/* Does package-level variable v's initializer depend on variable w
 * (directly or through the functions it calls)? */
static bool depends_on(const Object *v, const Object *target,
                       const Object **seen, int *nseen, int max) {
  if (!v->decl)
    return false;
  for (int i = 0; i < v->decl->dep_count; i++) {
    const Object *d = v->decl->deps[i];
    if (d == target)
      return true;
    if (d->kind != OBJ_FUNC)
      continue;
    bool visited = false;
    for (int j = 0; j < *nseen; j++)
      if (seen[j] == d)
        visited = true;
    if (visited || *nseen == max)
      continue;
    seen[(*nseen)++] = d;
    if (depends_on(d, target, seen, nseen, max))
      return true;
  }
  return false;
}

static Object *spec_object(const Node *spec) {
  const Node *name = spec->u.value_spec.names;
  return name && name->kind == ND_NAME ? name->u.name.object : NULL;
}

/* types2's initialization order: repeatedly the first variable (in
 * declaration order) whose dependencies are all initialized. */
static void sort_init_order(EscContext *ctx, EscFunc *init) {
  int n = init->init_count;
  if (n < 2 || n > 4096)
    return;
  bool *done = arena_alloc(ctx->arena, sizeof(bool) * (size_t)n);
  Node **specs = arena_alloc(ctx->arena, sizeof(Node *) * (size_t)n);
  const Source **srcs = arena_alloc(ctx->arena, sizeof(Source *) * (size_t)n);
  enum { MAX_SEEN = 256 };
  const Object *seen[MAX_SEEN];
  for (int k = 0; k < n; k++) {
    int pick = -1;
    for (int i = 0; i < n && pick < 0; i++) {
      if (done[i])
        continue;
      Object *v = spec_object(init->init_specs[i]);
      bool ready = true;
      for (int j = 0; j < n && ready && v; j++) {
        if (done[j] || j == i)
          continue;
        Object *wv = spec_object(init->init_specs[j]);
        int nseen = 0;
        if (wv && depends_on(v, wv, seen, &nseen, MAX_SEEN))
          ready = false;
      }
      if (ready)
        pick = i;
    }
    if (pick < 0) /* a cycle (an error the checker reports): keep order */
      for (int i = 0; i < n && pick < 0; i++)
        if (!done[i])
          pick = i;
    done[pick] = true;
    specs[k] = init->init_specs[pick];
    srcs[k] = init->init_sources[pick];
  }
  init->init_specs = specs;
  init->init_sources = srcs;
}

/* gc's function list starts with the package's init function (the
 * dynamic parts of variable initializers) and the func literals of
 * package-level initializers (glob..func1 ...). */
static void collect_pkg_init(EscContext *ctx, Node **files, int file_count) {
  EscFunc *init = NULL;
  /* The package-level var specs with values, met in one walk over the
   * declarations (on a big program each walk of that list is a cache
   * miss per declaration). */
  struct VarSpec {
    Node *spec;
    const Source *source;
  } *vars = NULL;
  int var_count = 0, var_capacity = 0;
  for (int fi = 0; fi < file_count; fi++) {
    const Source *source = files[fi]->u.file.source;
    for (Node *d = files[fi]->u.file.decls; d; d = d->next) {
      if (d->kind != ND_VAR_SPEC || !d->u.value_spec.values)
        continue;
      if (var_count == var_capacity) {
        var_capacity = var_capacity ? 2 * var_capacity : 16;
        vars = xrealloc(vars, sizeof *vars * (size_t)var_capacity);
      }
      vars[var_count].spec = d;
      vars[var_count++].source = source;
      if (!escape_init_is_dynamic(ctx, d->u.value_spec.values))
        continue;
      if (!init) {
        init = arena_alloc(ctx->arena, sizeof *init);
        init->name = "init";
        init->decl = d;
        init->source = source;
        init->is_pkg_init = true;
        Type *sig = types_new_func(NULL, types_new_tuple(NULL, 0),
                                   types_new_tuple(NULL, 0), false);
        set_signature(ctx, init, sig);
        add_func(ctx, init);
      }
      if (init->init_count == init->init_capacity) {
        int cap = init->init_capacity ? init->init_capacity * 2 : 8;
        Node **specs = arena_alloc(ctx->arena, sizeof *specs * (size_t)cap);
        const Source **srcs = arena_alloc(ctx->arena, sizeof *srcs * (size_t)cap);
        if (init->init_count) {
          memcpy(specs, init->init_specs, sizeof *specs * (size_t)init->init_count);
          memcpy(srcs, init->init_sources, sizeof *srcs * (size_t)init->init_count);
        }
        init->init_specs = specs;
        init->init_sources = srcs;
        init->init_capacity = cap;
      }
      init->init_specs[init->init_count] = d;
      init->init_sources[init->init_count++] = source;
    }
  }
  if (init)
    sort_init_order(ctx, init);
  /* Func literals of package-level initializers: functions of their own,
   * which gc numbers in source order as init's (init.func1 ...), whether
   * it compiles their initializer into init or lays it out as data. */
  EscFunc in_init;
  memset(&in_init, 0, sizeof in_init);
  in_init.name = "init";
  int first_literal = ctx->func_count;
  for (int i = 0; i < var_count; i++) {
    in_init.source = vars[i].source;
    for (Node *v = vars[i].spec->u.value_spec.values; v; v = v->next)
      collect_lits(ctx, &in_init, v);
  }
  for (int i = first_literal; i < ctx->func_count; i++)
    if (ctx->funcs[i]->outer == &in_init)
      ctx->funcs[i]->outer = NULL;
  for (int i = first_literal; i < ctx->func_count; i++)
    compute_free_vars(ctx, ctx->funcs[i]);
  if (init) {
    init->lits_first = first_literal;
    init->lits_end = ctx->func_count;
  }
  free(vars);
}

/* gc's writer numbers the types defined in function bodies (and func
 * literals) across the package, in source order, and spells them Bar·N
 * in link strings.  Those of generic bodies carry the body's type
 * parameters as well: not modeled. */
typedef struct LocalTypes {
  EscContext *ctx;
  int count;
  bool generic;
} LocalTypes;

static void number_local_types(void *data, const Node *n) {
  LocalTypes *lt = data;
  if (n->kind != ND_DECL_STMT)
    return;
  for (const Node *s = n->u.decl_stmt.decls; s; s = s->next) {
    if (s->kind != ND_TYPE_SPEC || s->u.type_spec.alias)
      continue;
    lt->count++;
    Object *obj = s->u.type_spec.name->u.name.object;
    if (obj)
      escape_map_put(&lt->ctx->local_types, obj,
                     (void *)(intptr_t)(lt->generic ? -1 : lt->count));
  }
}

void escape_number_local_types(EscContext *ctx, Node **files,
                               int file_count) {
  if (ctx->pkg->local_type_count == 0)
    return; /* the checker met none: no walk */
  if (!ctx->local_types.arena)
    ctx->local_types.arena = ctx->arena;
  LocalTypes lt = {ctx, 0, false};
  for (int fi = 0; fi < file_count; fi++)
    for (Node *d = files[fi]->u.file.decls; d; d = d->next) {
      Object *obj = d->kind == ND_FUNC_DECL
                        ? d->u.func_decl.name->u.name.object : NULL;
      lt.generic = d->kind == ND_FUNC_DECL &&
                   (d->u.func_decl.tparams ||
                    (obj && obj->type && obj->type->kind == TY_FUNC &&
                     obj->type->u.func.rtparam_count > 0));
      node_walk(d->kind == ND_FUNC_DECL ? d->u.func_decl.body : d,
                number_local_types, &lt);
    }
}

/* What a declared function's body holds: the names it declares, the
 * facts about its variables, and its func literals, each a function of
 * its own, with the variables they capture. */
static void collect_body(EscContext *ctx, EscFunc *f) {
  f->body_unread = false;
  f->lits_first = f->lits_end = ctx->func_count;
  escape_collect_decls(ctx, f);
  if (!f->body)
    return;
  escape_scan_facts(ctx, f->body);
  collect_lits(ctx, f, f->body);
  f->lits_end = ctx->func_count;
  for (int i = f->lits_first; i < f->lits_end; i++)
    compute_free_vars(ctx, ctx->funcs[i]);
}

/* A function the plan expands somewhere: its body is read in its
 * callers', so it must be collected before they are analyzed. */
static void collect_callee(EscContext *ctx, const InlineSite *site) {
  if (site->callee_decl->kind != ND_FUNC_DECL || !site->callee_obj)
    return;
  EscFunc *f = escape_func_of_object(ctx, site->callee_obj);
  if (f && f->body_unread)
    collect_body(ctx, f);
}

/* The functions of the files; `foreign`: a package read from source
 * (import_source.c), whose names gc qualifies and whose initializers
 * belong to its own init.  `lazy`: the bodies are left for scc_visit
 * (body_unread). */
static void collect_funcs(EscContext *ctx, Node **files, int file_count,
                          const Package *foreign, bool lazy) {
  if (!foreign) {
    collect_pkg_init(ctx, files, file_count);
    escape_number_local_types(ctx, files, file_count);
  }
  for (int fi = 0; fi < file_count; fi++) {
    const Source *source = files[fi]->u.file.source;
    for (Node *d = files[fi]->u.file.decls; d; d = d->next) {
      if (d->kind != ND_FUNC_DECL)
        continue;
      Object *obj = d->u.func_decl.name->u.name.object;
      if (!obj || obj->kind != OBJ_FUNC || !obj->type ||
          obj->type->kind != TY_FUNC)
        continue;
      const char *name = d->u.func_decl.name->u.name.name;
      if (strcmp(name, "_") == 0)
        continue;
      EscFunc *f = arena_alloc(ctx->arena, sizeof *f);
      f->obj = obj;
      f->decl = d;
      f->body = d->u.func_decl.body;
      f->source = source;
      f->pragmas = d->pragmas;
      f->name = d->u.func_decl.recv ? method_name(ctx, d, name) : name;
      f->foreign = foreign;
      if (foreign && !d->u.func_decl.recv)
        f->name = arena_printf(ctx->arena, "%s.%s", foreign->name, name);
      f->is_generic = d->u.func_decl.tparams != NULL ||
                      obj->type->u.func.rtparam_count > 0;
      if (strcmp(name, "init") == 0 && !d->u.func_decl.recv) {
        /* several init functions share a name: key by the node */
        escape_map_put(&ctx->funcs_by_key, d, f);
      } else {
        escape_map_put(&ctx->funcs_by_key, obj, f);
      }
      set_signature(ctx, f, obj->type);
      add_func(ctx, f);
      /* (a generic function's body is read by its instances, which can
       * appear anywhere: never left for later) */
      if (lazy && !f->is_generic)
        f->body_unread = true;
      else
        collect_body(ctx, f);
    }
  }
}

/* ---- Imported generic functions, from their source ---- */

/* gc compiles the shape instances of an imported generic function inside
 * the importing package, from the body in the export data, and analyzes
 * them there like its own.  goesc reads that body from the package's
 * source (import_source.c): the package's functions join the list as
 * foreign ones, and the model's object of each generic function the
 * program refers to stands for the one of the source.  A foreign
 * function that is not an instance is analyzed only when an instance
 * calls it, for its summary, and says nothing: gc has its summary from
 * the export data.  The methods of an imported generic type are the
 * same: gc compiles them for every shape the program uses the type with
 * (escape_generic.c's instantiate_type_methods asks for them), and a
 * call x.M uses the instance's summary. */

/* A generic function, or a method of a generic type (the origin, not an
 * instantiated one), of a package the model describes. */
static bool is_imported_generic(EscContext *ctx, const Object *obj) {
  return obj && obj->kind == OBJ_FUNC && obj->pkg && obj->pkg != ctx->pkg &&
         !obj->pkg->from_source && obj->type && obj->type->kind == TY_FUNC &&
         (obj->type->u.func.tparam_count > 0 ||
          obj->type->u.func.rtparam_count > 0);
}

/* The object of package pkg for the function or method `f` of another
 * copy of the package (its model, or its source): same name, same
 * receiver type name; NULL when pkg has none (the model lacks unexported
 * ones). */
static Object *twin_in(const Package *pkg, const Object *f) {
  Type *recv = f->type->u.func.recv ? f->type->u.func.recv->type : NULL;
  if (!recv) {
    Object *g = types_scope_lookup(pkg->scope, f->name);
    return g && g->kind == OBJ_FUNC ? g : NULL;
  }
  if (recv->kind == TY_POINTER)
    recv = recv->u.pointer.elem;
  if (recv->kind != TY_NAMED)
    return NULL;
  Object *t = types_scope_lookup(pkg->scope, recv->u.named.obj->name);
  if (!t || t->kind != OBJ_TYPE || !t->type || t->type->kind != TY_NAMED)
    return NULL;
  for (int i = 0; i < t->type->u.named.method_count; i++)
    if (strcmp(t->type->u.named.methods[i]->name, f->name) == 0)
      return t->type->u.named.methods[i];
  return NULL;
}

/* The foreign functions from `first` on that the model summarizes take
 * its summary, gc's own (computed with inlining, from the export data),
 * and lose their body: they are not analyzed. */
static void use_model_summaries(EscContext *ctx, const Package *model,
                                int first) {
  for (int i = first; i < ctx->func_count; i++) {
    EscFunc *f = ctx->funcs[i];
    const Object *twin =
        f->obj && !f->is_generic ? twin_in(model, f->obj) : NULL;
    const char *facts, *facts_end;
    if (!twin || !universe_model_facts(twin, &facts, &facts_end))
      continue;
    f->tags = arena_alloc(ctx->arena,
                          sizeof *f->tags * (size_t)(f->param_count + 1));
    for (int j = 0; j < f->param_count; j++)
      f->tags[j] = escape_callee_tag(ctx, (Object *)twin, NULL, j, NULL);
    f->body = NULL;
  }
}

static void import_generic(EscContext *ctx, const Object *obj) {
  if (obj && obj->kind == OBJ_FUNC && obj->u.func.origin)
    obj = obj->u.func.origin; /* x.M of atomic.Pointer[int]: Pointer's M */
  if (!is_imported_generic(ctx, obj) ||
      escape_map_get(&ctx->funcs_by_key, obj))
    return;
  ImportSource *is = escape_map_get(&ctx->imported, obj->pkg);
  if (!is) {
    is = import_source_load(obj->pkg->path, ctx->pkg);
    escape_map_put(&ctx->imported, obj->pkg, is);
    if (!is->pkg)
      return;
    escape_rewrite_range_funcs(is->pkg, is->files, is->file_count);
    int first = ctx->func_count;
    collect_funcs(ctx, is->files, is->file_count, is->pkg, false);
    use_model_summaries(ctx, obj->pkg, first);
  }
  Object *src = is->pkg ? twin_in(is->pkg, obj) : NULL;
  EscFunc *f = src ? escape_func_of_object(ctx, src) : NULL;
  if (f && f->is_generic && f->body)
    escape_map_put(&ctx->funcs_by_key, obj, f);
}

static void import_ref(void *data, const Node *n) {
  EscContext *ctx = data;
  if (n->kind == ND_NAME) {
    import_generic(ctx, n->u.name.object);
  } else if (n->kind == ND_SELECTOR) {
    /* pkg.F, and x.M or T.M of an imported generic type */
    const ExprInfo *info = check_expr_info(ctx->pkg, n);
    if (info && info->selection && !info->selection->via_interface)
      import_generic(ctx, info->selection->obj);
  }
}

/* Every reference, in the functions from `first` on: the program's, and
 * the sources read for it (each package read is walked as it joins). */
static void import_generics(EscContext *ctx, int first) {
  for (int i = first; i < ctx->func_count; i++) {
    EscFunc *f = ctx->funcs[i];
    if (f->body)
      node_walk(f->body, import_ref, ctx);
    for (int j = 0; j < f->init_count; j++)
      node_walk(f->init_specs[j], import_ref, ctx);
  }
}

/* Met after import_generics, as instantiate_type_methods meets a type:
 * the package read now is walked now. */
EscFunc *escape_import_generic_method(EscContext *ctx, const Object *m) {
  int first = ctx->func_count;
  import_generic(ctx, m);
  import_generics(ctx, first);
  return escape_func_of_object(ctx, m);
}

const char *escape_imported_generic_refusal(EscContext *ctx,
                                            const Object *obj) {
  ImportSource *is =
      obj && obj->pkg ? escape_map_get(&ctx->imported, obj->pkg) : NULL;
  const char *what = obj && obj->type && obj->type->kind == TY_FUNC &&
                             obj->type->u.func.recv
                         ? "methods of an imported generic type"
                         : "call of an imported generic function";
  if (is && is->failure)
    return arena_printf(ctx->arena, "%s (%s)", what, is->failure);
  return what;
}

/* ---- Batches: gc's VisitFuncsBottomUp ---- */

typedef struct SccState {
  EscContext *ctx;
  uint32_t visitgen;
  EscFunc **stack;
  int depth, capacity;
  EscFunc ***batches;
  int *batch_sizes;
  const InlineWrapper **wrappers; /* a dictionary wrapper, analyzed in its
                                     place among the batches (size 0) */
  int batch_count, batch_capacity;
  const InlineWrapper **wrappers_done; /* the dictionary wrappers batched */
  int done_count, done_capacity;
  int analyzed;         /* batches analyzed so far (analyze_batch) */
  Arena batch_arena;    /* the locations and edges of the batch analyzed */
} SccState;

static void add_batch(SccState *st, EscFunc **batch, int count,
                      const InlineWrapper *wrapper) {
  if (wrapper) {
    for (int i = 0; i < st->done_count; i++)
      if (st->wrappers_done[i] == wrapper)
        return; /* batched already, where a function referred to it */
    if (st->done_count == st->done_capacity) {
      st->done_capacity = st->done_capacity ? st->done_capacity * 2 : 16;
      st->wrappers_done =
          xrealloc(st->wrappers_done,
                   sizeof *st->wrappers_done * (size_t)st->done_capacity);
    }
    st->wrappers_done[st->done_count++] = wrapper;
  }
  if (st->batch_count == st->batch_capacity) {
    int cap = st->batch_capacity ? st->batch_capacity * 2 : 32;
    st->batches = xrealloc(st->batches, sizeof *st->batches * (size_t)cap);
    st->batch_sizes = xrealloc(st->batch_sizes, sizeof(int) * (size_t)cap);
    st->wrappers = xrealloc(st->wrappers, sizeof *st->wrappers * (size_t)cap);
    st->batch_capacity = cap;
  }
  st->batches[st->batch_count] = batch;
  st->wrappers[st->batch_count] = wrapper;
  st->batch_sizes[st->batch_count++] = count;
}

static uint32_t scc_visit(SccState *st, EscFunc *f);

typedef struct RefScan {
  SccState *st;
  EscFunc *self;
  uint32_t min;
  const InlineSite *sites; /* the calls gc expands in self (inline.h) */
  const InlineSite *frame; /* the expanded call being scanned, or NULL */
  const EscFunc *within;   /* whose generic references these are: self,
                              or the shape instance being expanded */
  bool callee;             /* scanning a call's function */
  bool bound;              /* scanning a value gc binds to a local or to an
                              expanded callee's parameter: a generic
                              function's value there is gone once its
                              calls are expanded (deadlocals) */
} RefScan;

static void scan_ref(RefScan *rs, EscFunc *g) {
  if (!g || !g->body)
    return;
  uint32_t m = scc_visit(rs->st, g);
  if (m < rs->min)
    rs->min = m;
}

/* The function a reference denotes: a generic one stands for the shape
 * instance its type arguments select (never analyzed itself). */
static EscFunc *callee_or_instance(RefScan *rs, const Node *ref,
                                   Object *obj) {
  EscFunc *f = escape_func_of_object(rs->st->ctx, obj);
  if (f && f->is_generic)
    return escape_ref_instance(rs->st->ctx, rs->within, ref);
  return f;
}

/* A generic function's value (F[int], not called) refers to its
 * dictionary wrapper: an expanded one is analyzed before the function
 * that keeps the value. */
static bool wrapper_value(RefScan *rs, const Node *ref) {
  EscContext *ctx = rs->st->ctx;
  if (rs->callee || !ctx->plan) /* (asked first: cheap, and most often) */
    return false;
  const Node *name = ref->kind == ND_INDEX ? ref->u.index.x : ref;
  while (name->kind == ND_PAREN)
    name = name->u.paren.x;
  const ExprInfo *info = check_expr_info(ctx->pkg, ref);
  Object *g = name->kind == ND_NAME ? name->u.name.object : NULL;
  if (!g || g->kind != OBJ_FUNC || !info ||
      info->targ_count == 0 || !g->type || g->type->kind != TY_FUNC ||
      g->type->u.func.tparam_count == 0)
    return false;
  if (rs->bound)
    return true;
  const char *shaped, *wrapper;
  if (!escape_instance_names(ctx, g, info->targs, info->targ_count, &shaped,
                             &wrapper))
    return false;
  for (const InlineWrapper *wr = ctx->plan->dict_wrappers; wr; wr = wr->next)
    if (strcmp(wr->name, wrapper) == 0)
      add_batch(rs->st, NULL, 0, wr);
  return true;
}

/* References in one function's own body (literal bodies are visited as
 * their own functions). */
static void ref_visit(RefScan *rs, const Node *n);
static void ref_expanded_body(RefScan *rs, const InlineSite *site);

static void ref_node(void *data, const Node *n) {
  RefScan *rs = data;
  EscContext *ctx = rs->st->ctx;
  if ((n->kind == ND_NAME || n->kind == ND_INDEX) && wrapper_value(rs, n)) {
    return;
  } else if (n->kind == ND_NAME && n->u.name.object &&
      n->u.name.object->kind == OBJ_FUNC) {
    scan_ref(rs, callee_or_instance(rs, n, n->u.name.object));
  } else if (n->kind == ND_INDEX) {
    scan_ref(rs, escape_ref_instance(ctx, rs->within, n)); /* f[T] */
  } else if (n->kind == ND_SELECTOR) {
    const ExprInfo *info = check_expr_info(ctx->pkg, n);
    Selection *s = info ? info->selection : NULL;
    /* a method expression whose closure's call of the method is expanded
     * (inline.h, InlineFunc's method_closure): the closure refers to
     * what the method's body refers to */
    const InlineSite *site = s && s->kind == SEL_METHOD_EXPR ? rs->sites
                                                             : NULL;
    while (site && !(site->call == n && site->parent == rs->frame))
      site = site->next;
    if (site) {
      ref_expanded_body(rs, site);
      return;
    }
    if (s && (s->kind == SEL_METHOD_VALUE || s->kind == SEL_METHOD_EXPR ||
              s->kind == SEL_QUALIFIED) && /* pkg.F */
        s->obj && s->obj->kind == OBJ_FUNC && !s->via_interface)
      scan_ref(rs, callee_or_instance(rs, n, s->obj));
    /* (without inlining, gc's devirtualizer has made i.M() a call of the
     * concrete method before the call graph is drawn) */
    else if (s && s->via_interface && !ctx->plan) {
      Object *m = escape_devirt_method(ctx, n);
      EscFunc *f = m ? escape_func_of_object(ctx, m) : NULL;
      if (f && !f->is_generic)
        scan_ref(rs, f);
    }
  } else if (n->kind == ND_FUNC_LIT &&
             !inline_plan_dead_literal(ctx->plan, n, rs->frame)) {
    EscFunc *f = escape_func_of_lit(ctx, rs->within, n);
    if (rs->frame && f && ctx->plan) {
      /* a literal of an expanded body: gc copies the closure into self,
       * and meets the copy here (escape_closure_copy); one that captures
       * nothing is a function of its own, analyzed before self (a shape
       * instance's closures capture its dictionary) */
      scan_ref(rs, escape_closure_copy(ctx, f, rs->self, rs->frame, n));
      return;
    }
    if (rs->frame && rs->within != rs->self) {
      /* a literal of an expanded shape instance is copied into self: it
       * refers to what its body refers to */
      ref_visit(rs, n->u.func_lit.body);
      return;
    }
    scan_ref(rs, f);
  }
}

typedef struct Skip {
  RefScan *rs;
  const Node *root;
} Skip;

/* The references of an expanded callee's body. */
static void ref_expanded_body(RefScan *rs, const InlineSite *site) {
  collect_callee(rs->st->ctx, site);
  const InlineSite *saved = rs->frame;
  const EscFunc *saved_within = rs->within;
  rs->frame = site;
  if (site->targs) {
    EscContext *ctx = rs->st->ctx;
    EscFunc *g = escape_func_of_object(ctx, site->callee_obj);
    rs->within = g ? escape_instance(ctx, g, site->targs, site->targ_count,
                                     site->source, site->pos)
                   : NULL;
    if (!rs->within) {
      escape_unsupported(ctx, site->source, site->pos,
                         "an inlined shape instance");
      rs->within = saved_within;
    }
  }
  ref_visit(rs, site->callee_decl->kind == ND_FUNC_LIT
                    ? site->callee_decl->u.func_lit.body
                    : site->callee_decl->u.func_decl.body);
  rs->frame = saved;
  rs->within = saved_within;
}

static void ref_visit(RefScan *rs, const Node *n) {
  /* A pre-order walk that does not enter func literal bodies. */
  if (!n)
    return;
  ref_node(rs, n);
  if (n->kind == ND_FUNC_LIT)
    return;
  switch (n->kind) {
  case ND_COMPOSITE_LIT:
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_KEY_VALUE:
    ref_visit(rs, n->u.key_value.key);
    ref_visit(rs, n->u.key_value.value);
    break;
  case ND_PAREN: case ND_IMPLICIT_CONV: ref_visit(rs, n->u.paren.x); break;
  case ND_SELECTOR: ref_visit(rs, n->u.selector.x); break;
  case ND_INDEX:
    ref_visit(rs, n->u.index.x);
    for (const Node *e = n->u.index.index; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_SLICE_EXPR:
    ref_visit(rs, n->u.slice.x);
    ref_visit(rs, n->u.slice.low);
    ref_visit(rs, n->u.slice.high);
    ref_visit(rs, n->u.slice.max);
    break;
  case ND_TYPE_ASSERT: ref_visit(rs, n->u.assert.x); break;
  case ND_TYPE_SWITCH_GUARD: ref_visit(rs, n->u.guard.x); break;
  case ND_CALL: {
    /* an expanded call refers to what its callee's body refers to, not
     * to the callee: gc batches the functions after inlining */
    const InlineSite *site = rs->sites;
    while (site && !(site->call == n && site->parent == rs->frame))
      site = site->next;
    const Node *fun = n->u.call.fun;
    while (site && fun->kind == ND_PAREN)
      fun = fun->u.paren.x;
    bool saved_callee = rs->callee, saved_bound = rs->bound;
    rs->callee = true;
    if (!site)
      ref_visit(rs, fun);
    else if (fun->kind == ND_SELECTOR)
      ref_visit(rs, fun->u.selector.x);
    else if (fun->kind == ND_CALL) /* f()(): f's call yields the closure */
      ref_visit(rs, fun);
    rs->callee = false;
    rs->bound = site != NULL; /* the parameters' copies hold them */
    for (const Node *e = n->u.call.args; e; e = e->next)
      ref_visit(rs, e);
    rs->callee = saved_callee;
    rs->bound = saved_bound;
    if (site && site->callee_decl)
      ref_expanded_body(rs, site);
    break;
  }
  case ND_UNARY: ref_visit(rs, n->u.unary.x); break;
  case ND_BINARY:
    ref_visit(rs, n->u.binary.x);
    ref_visit(rs, n->u.binary.y);
    break;
  case ND_BLOCK:
    for (const Node *e = n->u.block.stmts; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_EXPR_STMT: ref_visit(rs, n->u.expr_stmt.x); break;
  case ND_SEND_STMT:
    ref_visit(rs, n->u.send.chan);
    ref_visit(rs, n->u.send.value);
    break;
  case ND_INC_DEC_STMT: ref_visit(rs, n->u.inc_dec.x); break;
  case ND_ASSIGN_STMT: {
    for (const Node *e = n->u.assign.lhs; e; e = e->next)
      ref_visit(rs, e);
    bool saved = rs->bound;
    rs->bound = n->u.assign.op == TK_DEFINE;
    for (const Node *e = n->u.assign.rhs; e; e = e->next)
      ref_visit(rs, e);
    rs->bound = saved;
    break;
  }
  case ND_GO_STMT: case ND_DEFER_STMT: {
    /* gc's wrapper around the call (godefer_wrapper): a call gc expands
     * in it refers to what the callee's body refers to, as in self */
    const InlinePlan *plan = rs->st->ctx->plan;
    const InlineSite *saved = rs->sites;
    const InlineSite *ws = plan && !rs->frame
                               ? inline_plan_sites(plan, n, NULL) : NULL;
    const Node *call = n->u.go_defer.call;
    while (ws && call->kind == ND_PAREN)
      call = call->u.paren.x;
    if (ws && call->kind == ND_CALL) {
      /* a func literal called is evaluated by self, into a temporary
       * the wrapper calls: still self's reference */
      const Node *fun = call->u.call.fun;
      while (fun->kind == ND_PAREN)
        fun = fun->u.paren.x;
      if (fun->kind == ND_FUNC_LIT)
        ref_visit(rs, fun);
      rs->sites = ws;
    }
    ref_visit(rs, n->u.go_defer.call);
    rs->sites = saved;
    break;
  }
  case ND_RETURN_STMT:
    for (const Node *e = n->u.return_stmt.results; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_IF_STMT:
    ref_visit(rs, n->u.if_stmt.init);
    ref_visit(rs, n->u.if_stmt.cond);
    ref_visit(rs, n->u.if_stmt.then);
    ref_visit(rs, n->u.if_stmt.els);
    break;
  case ND_SWITCH_STMT:
    ref_visit(rs, n->u.switch_stmt.init);
    ref_visit(rs, n->u.switch_stmt.tag);
    for (const Node *e = n->u.switch_stmt.clauses; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_CASE_CLAUSE:
    for (const Node *e = n->u.case_clause.list; e; e = e->next)
      ref_visit(rs, e);
    for (const Node *e = n->u.case_clause.body; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_SELECT_STMT:
    for (const Node *e = n->u.select_stmt.clauses; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_COMM_CLAUSE:
    ref_visit(rs, n->u.comm_clause.comm);
    for (const Node *e = n->u.comm_clause.body; e; e = e->next)
      ref_visit(rs, e);
    break;
  case ND_FOR_STMT:
    ref_visit(rs, n->u.for_stmt.init);
    ref_visit(rs, n->u.for_stmt.cond);
    ref_visit(rs, n->u.for_stmt.post);
    ref_visit(rs, n->u.for_stmt.body);
    break;
  case ND_RANGE_STMT:
    ref_visit(rs, n->u.range_stmt.key);
    ref_visit(rs, n->u.range_stmt.value);
    ref_visit(rs, n->u.range_stmt.x);
    ref_visit(rs, n->u.range_stmt.body);
    break;
  case ND_LABELED_STMT: ref_visit(rs, n->u.labeled.stmt); break;
  case ND_DECL_STMT: {
    bool saved = rs->bound;
    rs->bound = true;
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC)
        for (const Node *e = s->u.value_spec.values; e; e = e->next)
          ref_visit(rs, e);
    rs->bound = saved;
    break;
  }
  default:
    break;
  }
}

static uint32_t scc_visit(SccState *st, EscFunc *f) {
  if (f->visit_id > 0)
    return f->visit_id;
  if (f->body_unread)
    collect_body(st->ctx, f);
  uint32_t id = ++st->visitgen;
  f->visit_id = id;
  uint32_t min = ++st->visitgen;
  if (st->depth == st->capacity) {
    int cap = st->capacity ? st->capacity * 2 : 32;
    st->stack = xrealloc(st->stack, sizeof *st->stack * (size_t)cap);
    st->capacity = cap;
  }
  st->stack[st->depth++] = f;
  /* (the package initializer's generic values are laid out as data) */
  RefScan rs = {st, f, min, NULL, NULL, f, false, f->is_pkg_init};
  if (f->copy_site) /* a copy: its literals are copies, its calls calls */
    rs.frame = f->copy_site;
  else if (st->ctx->plan)
    rs.sites = f->is_pkg_init ? st->ctx->plan->init_sites
                              : inline_plan_sites(st->ctx->plan, f->decl,
                                                  escape_instance_key(f));
  ref_visit(&rs, f->body);
  for (int i = 0; i < f->init_count; i++)
    for (const Node *v = f->init_specs[i]->u.value_spec.values; v; v = v->next)
      if (escape_init_is_dynamic(st->ctx, v))
        ref_visit(&rs, v);
  min = rs.min;
  if ((min == id || min == id + 1) && !f->captures) {
    int i;
    for (i = st->depth - 1; i >= 0; i--) {
      st->stack[i]->visit_id = UINT32_MAX;
      if (st->stack[i] == f)
        break;
    }
    int count = st->depth - i;
    EscFunc **batch = arena_alloc(st->ctx->arena, sizeof *batch * (size_t)count);
    memcpy(batch, st->stack + i, sizeof *batch * (size_t)count);
    st->depth = i;
    add_batch(st, batch, count, NULL);
  }
  return min;
}

/* ---- finish: gc's diagnostics for a solved batch ---- */

static void diag(EscContext *ctx, const Source *source, Pos pos,
                 DiagnosticKind kind, const char *subject) {
  report_add_text(ctx->diags, source, pos, kind, subject);
}

static EscLeaks param_tag(EscContext *ctx, EscFunc *f, int i) {
  EscLeaks none;
  memset(&none, 0, sizeof none);
  Object *p = f->params[i];
  /* instances are DUPOK functions: gc prints no summaries for them; a
   * closure an expansion copied is the compiled function's, whatever
   * body held its literal */
  const EscFunc *owner = f;
  while (owner->is_copy && owner->outer)
    owner = owner->outer;
  bool diagnose = !owner->is_wrapper && !owner->is_generic && !owner->inst;
  const char *name = is_unnamed(p) ? NULL : p->name;
  Type *t = p ? escape_inst_type(f, p->type) : NULL;
  Pos pos = p ? p->pos : f->decl->pos;
  if (!f->body) {
    if (t && types_under(t)->kind == TY_UINTPTR) {
      if (diagnose)
        diag(ctx, f->source, pos, DIAG_ASSUMING_UNSAFE_UINTPTR,
             name ? name : arena_printf(ctx->arena, "arg#%d", i + 1));
      return none;
    }
    if (t && !types_has_pointers(t))
      return none;
    if (f->pragmas & PRAGMA_NOESCAPE) {
      if (diagnose && name)
        diag(ctx, f->source, pos, DIAG_PARAM_DOES_NOT_ESCAPE, name);
      escape_leaks_add(&none, LEAK_MUTATOR, 0);
      escape_leaks_add(&none, LEAK_CALLEE, 0);
      return none;
    }
    if (diagnose && name)
      diag(ctx, f->source, pos, DIAG_LEAKING_PARAM, name);
    return escape_leaks_heap();
  }
  if (f->pragmas & PRAGMA_UINTPTRESCAPES) {
    /* No summary: the argument goes to the heap (see the call's
     * uintptr_escapes_operand), and so does a ...uintptr slice. */
    int index = i - (f->sig->u.func.recv ? 1 : 0); /* gc's ~pN */
    const char *shown = name ? name : arena_printf(ctx->arena, "~p%d", index);
    Type *u = t ? types_under(t) : NULL;
    if (u && u->kind == TY_UINTPTR) {
      if (diagnose)
        diag(ctx, f->source, pos, DIAG_MARKING_ESCAPING_UINTPTR, shown);
      return escape_leaks_heap();
    }
    if (u && u->kind == TY_SLICE && i == f->param_count - 1 &&
        f->sig->u.func.variadic &&
        types_under(u->u.slice.elem)->kind == TY_UINTPTR) {
      if (diagnose)
        diag(ctx, f->source, pos, DIAG_MARKING_ESCAPING_UINTPTRS, shown);
      return escape_leaks_heap();
    }
  }
  if (t && !types_has_pointers(t))
    return none;
  if (!name)
    return none;
  EscLoc *loc = f->param_locs[i];
  EscLeaks esc = loc->param_esc;
  escape_leaks_optimize(&esc);
  if (diagnose && !(loc->attrs & ESC_ESCAPES)) {
    bool warned = false;
    int x = escape_leaks_get(&esc, LEAK_HEAP);
    if (x >= 0) {
      diag(ctx, f->source, pos,
           x == 0 ? DIAG_LEAKING_PARAM : DIAG_LEAKING_PARAM_CONTENT, name);
      warned = true;
    }
    for (int r = 0; r < ESC_RESULT_SLOTS && r < f->result_count; r++) {
      x = escape_leaks_get(&esc, LEAK_RESULT0 + r);
      if (x < 0)
        continue;
      Diagnostic d;
      memset(&d, 0, sizeof d);
      d.source = f->source;
      d.pos = pos;
      d.kind = DIAG_LEAKING_PARAM_TO_RESULT;
      d.subject = name;
      d.other = f->result_locs[r]->text;
      d.number = x;
      report_add(ctx->diags, &d);
      warned = true;
    }
    if (ctx->mutations_calls) {
      Diagnostic d;
      memset(&d, 0, sizeof d);
      d.source = f->source;
      d.pos = pos;
      d.subject = name;
      if ((x = escape_leaks_get(&esc, LEAK_MUTATOR)) >= 0) {
        d.kind = DIAG_MUTATES_PARAM;
        d.number = x;
        report_add(ctx->diags, &d);
        warned = true;
      }
      if ((x = escape_leaks_get(&esc, LEAK_CALLEE)) >= 0) {
        d.kind = DIAG_CALLS_PARAM;
        d.number = x;
        report_add(ctx->diags, &d);
        warned = true;
      }
      if (!warned)
        diag(ctx, f->source, pos, DIAG_PARAM_UNTOUCHED, name);
    } else if (!warned) {
      diag(ctx, f->source, pos, DIAG_PARAM_DOES_NOT_ESCAPE, name);
    }
  }
  return esc;
}

static void finish(EscContext *ctx, EscBatch *batch, EscFunc **fns,
                   int count) {
  for (int i = 0; i < count; i++) {
    EscFunc *f = fns[i];
    f->state = ESC_FUNC_TAGGED;
    f->tags = arena_alloc(ctx->arena, sizeof *f->tags * (size_t)(f->param_count + 1));
    for (int j = 0; j < f->param_count; j++)
      f->tags[j] = param_tag(ctx, f, j);
  }
  for (int i = 0; i < batch->loc_count; i++) {
    EscLoc *loc = batch->locs[i];
    bool escapes = (loc->attrs & ESC_ESCAPES) != 0;
    if (loc->fn && loc->fn->is_generic &&
        ((loc->kind == LOC_VAR && escapes && (loc->var || loc->autotmp)) ||
         (loc->kind == LOC_ALLOC && loc->alloc != ALLOC_WRAPPER))) {
      /* gc reports these once per shape instantiation */
      escape_unsupported(ctx, loc->source, loc->pos,
                         "allocations in a generic function");
      return;
    }
    if (loc->kind == LOC_VAR) {
      if (escapes && (loc->var || loc->model_var || loc->autotmp))
        diag(ctx, loc->source, loc->pos, DIAG_MOVED_TO_HEAP, loc->text);
      continue;
    }
    if (loc->kind != LOC_ALLOC || loc->alloc == ALLOC_WRAPPER)
      continue;
    if (loc->alloc == ALLOC_APPEND)
      diag(ctx, loc->source, loc->pos,
           escapes ? DIAG_APPEND_ESCAPES : DIAG_APPEND_DOES_NOT_ESCAPE, NULL);
    else
      diag(ctx, loc->source, loc->pos,
           escapes ? DIAG_ESCAPES : DIAG_DOES_NOT_ESCAPE, loc->text);
    if (loc->alloc == ALLOC_STR2BYTES && !(loc->attrs & ESC_MUTATES))
      diag(ctx, loc->source, loc->pos, DIAG_ZERO_COPY, NULL);
  }
}

/* ---- The driver ---- */

/* Two instances of one generic function share its objects, hence their
 * locations: they cannot be built in one batch (mutual recursion across
 * shapes). */
static void check_instance_twins(EscContext *ctx, EscFunc **fns, int count) {
  for (int i = 0; i < count; i++)
    for (int j = 0; j < i; j++)
      if (fns[i]->inst && fns[j]->inst && fns[i]->decl == fns[j]->decl &&
          !fns[i]->copy_site && !fns[j]->copy_site) { /* (a copy's names
                                                       are in its frame) */
        escape_unsupported(ctx, fns[i]->source, fns[i]->decl->pos,
                           "recursion between instances of one generic "
                           "function");
        return;
      }
}

/* A func literal of a package-level initializer that gc compiles as a
 * function of its own, init.funcN: the others are reached through their
 * enclosing function, and one whose every call gc expands is gone. */
static bool package_level_literal(EscContext *ctx, const EscFunc *f) {
  return f->is_closure && !f->outer &&
         !inline_plan_dead_literal(ctx->plan, f->decl, NULL);
}

/* Whether a file imports a package other than unsafe.  (A path spelled
 * with escapes counts as an import: the answer only makes goesc more
 * cautious.) */
static bool imports_packages(Node **files, int file_count) {
  for (int i = 0; i < file_count; i++)
    for (const Node *d = files[i]->u.file.decls; d; d = d->next) {
      if (d->kind != ND_IMPORT_SPEC)
        continue;
      const Node *path = d->u.import_spec.path;
      size_t n = path->u.lit.length;
      if (!(n == 8 && (memcmp(path->u.lit.text, "\"unsafe\"", 8) == 0 ||
                       memcmp(path->u.lit.text, "`unsafe`", 8) == 0)))
        return true;
    }
  return false;
}

/* ---- Analyzing a batch ---- */

/* The batch is done: keep what bounds.c will ask of its variables, and
 * if its locations are to be freed, let no lookup find one. */
static void forget_batch_vars(EscContext *ctx, const EscBatch *batch) {
  bool freed = batch->arena != ctx->arena;
  bool bounds_asks = bounds_may_report(ctx);
  if (!freed && !bounds_asks)
    return;
  for (int i = 0; i < batch->loc_count; i++) {
    const EscLoc *loc = batch->locs[i];
    if (loc->kind != LOC_VAR || !loc->var ||
        escape_map_get(&ctx->vars, loc->var) != loc)
      continue;
    bool in_memory = loc->addrtaken || (loc->attrs & ESC_ESCAPES);
    if (bounds_asks)
      escape_map_put(&ctx->vars_in_memory, loc->var,
                     in_memory ? ESC_IN_MEMORY : ESC_IN_REGISTERS);
    if (freed)
      escape_map_put(&ctx->vars, loc->var, NULL);
  }
}

/* Solve a built batch, report its results, and keep what bounds.c will
 * ask once its locations are gone. */
static void solve_and_report(EscContext *ctx, EscBatch *batch, EscFunc **fns,
                             int count) {
  escape_solve(batch);
  finish(ctx, batch, fns, count);
  forget_batch_vars(ctx, batch);
}

/* A method or dictionary wrapper of the plan: a batch of its own, whose
 * function is its expansion (with inlining only: the package's arena). */
static void analyze_wrapper(EscContext *ctx, const InlineWrapper *wr) {
  EscBatch batch;
  escape_batch_init(&batch, ctx->arena);
  EscFunc *f = escape_build_wrapper(ctx, &batch, wr);
  if (!ctx->unsupported)
    solve_and_report(ctx, &batch, &f, 1);
  escape_batch_free(&batch);
}

/* Build batch b's graph, solve it, and report: the number of lines its
 * results added (the self-assignment lines of the build not counted). */
static int analyze_batch(SccState *st, int b) {
  EscContext *ctx = st->ctx;
  DiagnosticList *escape_diags = ctx->diags;
  st->analyzed = b + 1;
  if (st->wrappers[b]) {
    analyze_wrapper(ctx, st->wrappers[b]);
    return 0;
  }
  EscFunc **funcs = st->batches[b];
  int count = st->batch_sizes[b];
  check_instance_twins(ctx, funcs, count);
  if (ctx->unsupported)
    return 0;
  escape_forget_instance_vars(ctx, funcs, count);
  /* the functions of an imported package other than instances were
   * compiled there: their lines are not the program's */
  DiagnosticList silenced;
  report_init(&silenced);
  int quiet = 0;
  for (int i = 0; i < count; i++)
    quiet += !funcs[i]->inst && funcs[i]->foreign;
  if (quiet == count)
    ctx->diags = &silenced;
  else if (quiet > 0) /* whose lines would be whose: not modeled */
    escape_unsupported(ctx, funcs[0]->source, funcs[0]->decl->pos,
                       "recursion between an imported generic function "
                       "and the functions of its package");
  /* A batch's locations and edges die with it (what outlives the batch,
   * its functions' summaries, lives in the package's arena): each batch
   * reuses the memory of the one before, still in the caches.  Not with
   * inlining: the frames of expanded calls keep their locations, and a
   * later batch can expand the same frames again. */
  arena_free(&st->batch_arena);
  EscBatch batch;
  escape_batch_init(&batch, ctx->plan ? ctx->arena : &st->batch_arena);
  escape_build_batch(ctx, &batch, funcs, count);
  int before = ctx->diags->count;
  if (!ctx->unsupported)
    solve_and_report(ctx, &batch, funcs, count);
  escape_batch_free(&batch);
  int spoke = ctx->diags->count - before;
  ctx->diags = escape_diags;
  report_free(&silenced);
  return spoke;
}

/* Streaming (escape_analyze): every function the call graph has reached
 * is analyzed, and nothing will ask about their local variables again
 * (later functions read their summaries only).  The maps of locals are
 * emptied, so that they stay the size of one function's, in the caches,
 * instead of growing with the program. */
static void forget_locals(EscContext *ctx) {
  escape_map_clear(&ctx->vars);
  escape_map_clear(&ctx->decl_fns);
  escape_map_clear(&ctx->var_facts);
  escape_map_clear(&ctx->var_defs);
}

/* The batches found so far, in order (see escape_analyze). */
static void analyze_ready_batches(SccState *st) {
  while (st->analyzed < st->batch_count && !st->ctx->unsupported)
    analyze_batch(st, st->analyzed);
}

/* The plan's i-th instance (InlinePlan.instances): a dictionary wrapper,
 * or the shape instances of that name. */
static void visit_plan_instance(SccState *st, int i) {
  EscContext *ctx = st->ctx;
  const InlineWrapper *wr;
  EscFunc *f = escape_named_instance(ctx, ctx->plan->instances[i], &wr);
  if (wr) {
    add_batch(st, NULL, 0, wr);
    return;
  }
  for (; f && !ctx->unsupported; f = f->same_name)
    scc_visit(st, f);
}

int escape_analyze(Package *pkg, Node **files, int file_count,
                   const EscapeOptions *options, DiagnosticList *diags) {
  /* (-m=2: gc's flow explanations are not produced yet, docs/escape.md) */
  escape_graph_reset();
  Arena arena;
  arena_init(&arena);
  EscContext ctx;
  memset(&ctx, 0, sizeof ctx);
  ctx.pkg = pkg;
  ctx.arena = &arena;
  ctx.vars.arena = ctx.funcs_by_key.arena = ctx.var_facts.arena = &arena;
  ctx.vars_in_memory.arena = &arena;
  ctx.var_defs.arena = ctx.decl_fns.arena = ctx.models.arena = &arena;
  ctx.shapes.arena = ctx.imported.arena = ctx.copies.arena = &arena;
  DiagnosticList escape_diags, devirt_diags, reader_diags;
  report_init(&escape_diags);
  report_init(&devirt_diags);
  report_init(&reader_diags);
  ctx.diags = &escape_diags;
  ctx.devirt = &devirt_diags;
  ctx.reader = &reader_diags;
  ctx.max_stack_var = options->small_frames ? 64 * 1024 : 128 * 1024;
  ctx.max_implicit = options->small_frames ? 16 * 1024 : 64 * 1024;
  ctx.mutations_calls = options->mutations_calls;
  ctx.m_level = options->m_level;
  ctx.plan = options->plan;
  ctx.imports_packages = imports_packages(files, file_count);
  /* done by main already; callers that come straight here (the unit
   * tests) need it too, and a second rewrite finds nothing to do */
  escape_rewrite_range_funcs(pkg, files, file_count);
  /* gc compiles generic code of another package in this one, which the
   * model hides: its lines cannot be printed, so none are */
  if (pkg->hidden_generic)
    escape_unsupported(&ctx, pkg->hidden_generic_source,
                       pkg->hidden_generic_pos, pkg->hidden_generic);
  /* Without an instantiation in the program, nothing refers to a generic
   * function, imported or not, and no type has generic methods: the two
   * walks of every body that look for them would find nothing. */
  bool instantiates =
      pkg->instantiation_count > 0 || check_instance_type_count() > 0;
  /* Without instances, a function's body is first read when the call
   * graph reaches it (scc_visit), or a function it is expanded into:
   * its names, facts and literals are collected then (body_unread), not
   * in a walk of every body of their own.  Without expansions either,
   * each batch is analyzed as soon as it is found (below), right after
   * that first reading. */
  bool lazy = !instantiates;
  bool streaming = lazy && !ctx.plan;
  /* The two biggest maps get their room ahead: every name declared in a
   * body goes into decl_fns (about one per eight nodes in plain code),
   * and each of them that a batch meets gets a location in vars.
   * (Streaming, they hold one root's names at a time: no room ahead.) */
  size_t nodes = 0;
  for (int i = 0; i < file_count; i++)
    nodes += files[i]->u.file.node_count;
  if (!streaming)
    escape_map_reserve(&ctx.decl_fns, nodes / 8);
  collect_funcs(&ctx, files, file_count, NULL, lazy);
  if (!streaming)
    escape_map_reserve(&ctx.vars, lazy ? nodes / 8 : ctx.decl_fns.count);
  if (instantiates)
    import_generics(&ctx, 0);

  SccState st;
  memset(&st, 0, sizeof st);
  st.ctx = &ctx;
  arena_init(&st.batch_arena);
  if (instantiates)
    escape_instantiate_methods(&ctx);
  ctx.instances_closed = true;
  for (int i = 0; i < ctx.func_count && !ctx.unsupported; i++) {
    EscFunc *f = ctx.funcs[i];
    if (f->captures || f->is_generic || f->foreign)
      continue;
    if (!ctx.plan || !f->is_closure) {
      scc_visit(&st, f);
      /* As gc does, analyze each batch as soon as it is found, while its
       * bodies are still in the caches.  (Where instances can still
       * appear, the order below needs every batch first.)  Without
       * expansions, nothing will ask about the locals of the functions
       * analyzed: their maps are emptied (forget_locals). */
      if (lazy) {
        analyze_ready_batches(&st);
        if (streaming)
          forget_locals(&ctx);
      }
    } else if (package_level_literal(&ctx, f)) {
      /* compiled as a function of its own, then the literals inside it
       * whose calls were all expanded (they capture nothing, so gc
       * compiles them anyway), in order */
      scc_visit(&st, f);
      for (int j = i + 1; j < ctx.func_count && ctx.funcs[j]->is_closure &&
                          ctx.funcs[j]->outer;
           j++)
        if (!ctx.funcs[j]->captures && !ctx.funcs[j]->is_generic &&
            !ctx.unsupported)
          scc_visit(&st, ctx.funcs[j]);
    }
  }
  /* Then gc's reader, which has read the bodies of the functions last
   * first, appending to its list as it goes:
   * - the closures of each body, in order.  After inlining, one whose
   *   literal is gone (every call of it expanded) is nobody's callee, and
   *   gc meets it here.  (One that captures variables is not compiled at
   *   all.)
   * - the instances and dictionary wrappers each body brought in, which
   *   nothing calls any more (every call expanded), in the inliner's
   *   order (InlinePlan.instances, with the function whose reading
   *   brought each one in); those of the initializers last. */
  int next_instance = 0;
  for (int i = ctx.plan ? ctx.func_count - 1 : -1; i >= 0; i--) {
    if (ctx.funcs[i]->is_closure)
      continue;
    for (int j = ctx.funcs[i]->lits_first; j < ctx.funcs[i]->lits_end; j++)
      if (!ctx.funcs[j]->captures && !ctx.funcs[j]->is_generic &&
          !ctx.unsupported)
        scc_visit(&st, ctx.funcs[j]);
    while (next_instance < ctx.plan->instance_count &&
           ctx.funcs[i]->obj &&
           ctx.plan->instance_readers[next_instance] == ctx.funcs[i]->obj)
      visit_plan_instance(&st, next_instance++);
  }
  while (ctx.plan && next_instance < ctx.plan->instance_count)
    visit_plan_instance(&st, next_instance++);
  EscFunc **late = arena_alloc(&arena, sizeof *late *
                                           (size_t)(ctx.instance_count + 1));
  int nlate = ctx.unsupported ? 0 : escape_late_instances(&ctx, late);
  int first_late = st.batch_count;
  for (int i = 0; i < nlate && !ctx.unsupported; i++)
    scc_visit(&st, late[i]);
  /* the functions of the late batches that reported something */
  int late_speakers = 0, batched = 0;
  for (int b = 0; b < st.batch_count; b++)
    batched += st.batch_sizes[b];
  EscFunc **speakers =
      arena_alloc(&arena, sizeof *speakers * (size_t)(batched + 1));

  for (int b = st.analyzed; b < st.batch_count && !ctx.unsupported; b++) {
    int spoke = analyze_batch(&st, b);
    if (b >= first_late && spoke > 0) {
      bool known = true;
      for (int i = 0; i < st.batch_sizes[b]; i++)
        for (int j = 0; j < late_speakers; j++)
          known = known && escape_late_order_known(speakers[j],
                                                   st.batches[b][i]);
      for (int i = 0; i < st.batch_sizes[b]; i++)
        speakers[late_speakers++] = st.batches[b][i];
      if (!known)
        escape_unsupported(&ctx, st.batches[b][0]->source,
                           st.batches[b][0]->decl->pos,
                           "the order of uncalled methods of generic types "
                           "only implied by expressions");
    }
  }
  arena_free(&st.batch_arena);
  /* The closures expansions copied that capture nothing: functions of
   * their own, compiled after everything gc read. */
  for (int i = 0; ctx.plan && i < ctx.plan->compiled_count &&
                  !ctx.unsupported;
       i++) {
    EscFunc *closure =
        escape_map_get(&ctx.funcs_by_key, ctx.plan->compiled_copies[i]);
    if (!closure || closure->captures)
      continue;
    EscFunc *copy = escape_copy_func(&ctx, closure);
    copy->is_copy = true;
    EscBatch batch;
    escape_batch_init(&batch, &arena);
    escape_build_batch(&ctx, &batch, &copy, 1);
    if (!ctx.unsupported)
      solve_and_report(&ctx, &batch, &copy, 1);
    escape_batch_free(&batch);
  }
  /* gc's method wrappers come last (<autogenerated>:1) */
  for (const InlineWrapper *wr = ctx.plan ? ctx.plan->wrappers : NULL;
       wr && !ctx.unsupported; wr = wr->next) {
    if (wr->first)
      analyze_wrapper(&ctx, wr);
  }
  free(st.stack);
  free(st.batches);
  free(st.batch_sizes);
  free(st.wrappers);
  free(st.wrappers_done);
  /* gc's devirtualizer runs over every function before escape analysis */
  escape_sort_devirt(&ctx);
  report_move(diags, &reader_diags, NULL);
  report_move(diags, &devirt_diags, NULL);
  report_move(diags, &escape_diags, NULL);
  /* then gc compiles the functions, and its walk adds its lines */
  if (!ctx.unsupported)
    bounds_report(&ctx, diags);
  report_free(&devirt_diags);
  report_free(&escape_diags);
  report_free(&reader_diags);
  int status = EXIT_OK;
  if (ctx.unsupported && options->unsupported_out) {
    options->unsupported_out->what = ctx.unsupported_what;
    options->unsupported_out->source = ctx.unsupported_source;
    options->unsupported_out->pos = ctx.unsupported_pos;
    status = EXIT_UNSUPPORTED;
  } else if (ctx.unsupported) {
    Pos pos = ctx.unsupported_pos;
    fprintf(stderr, "%s:%d:%d: goesc: cannot analyze %s yet\n",
            ctx.unsupported_source ? ctx.unsupported_source->path : "?",
            pos.line, pos.col, ctx.unsupported_what);
    status = EXIT_UNSUPPORTED;
  }
  /* The maps live in the arena too, and so does the function the graph
   * builder last read types in: forget it (the inliner's cost walk of a
   * next package asks escape_graph.c about types too). */
  escape_graph_reset();
  arena_free(&arena);
  return status;
}

/* ---- With inlining ---- */

/* What goesc cannot expand yet falls back to -m -l, with a note, and
 * the caller exits 3: the output lacks gc's inlining lines and the
 * allocations expanded bodies bring to their callers (an expanded
 * callee's variable that moves to the heap in its caller has no line in
 * -m -l), so it is for the reader, not gc's answer. */
static void fallback_note(const Source *source, Pos pos, const char *what) {
  pos = pos_as_printed(pos);
  if (source)
    fprintf(stderr, "%s:%d:%d: ", source->path, pos.line, pos.col);
  fprintf(stderr, "goesc: note: inlining: cannot model %s yet; -m behaves "
                  "as -m -l (exit status 3: gc may put more on the heap)\n",
          what);
}

/* The escape pass's lines that gc's reader prints, before the
 * inliner's. */
static bool is_reader_line(const Diagnostic *d) {
  return d->kind == DIAG_IMPRECISE_INTERFACE_CALL;
}

/* The inliner's decisions (can inline f), which hold without its plan. */
static bool is_decision_line(const Diagnostic *d) {
  return d->kind == DIAG_CAN_INLINE || d->kind == DIAG_CAN_INLINE_COST ||
         d->kind == DIAG_CANNOT_INLINE;
}

int escape_analyze_inlined(Package *pkg, Node **files, int file_count,
                           EscapeOptions *options, DiagnosticList *diags,
                           InlinePlan *plan) {
  InlineOptions inline_options;
  memset(&inline_options, 0, sizeof inline_options);
  inline_options.m_level = options->m_level;
  inline_options.ignore_wrappers = options->ignore_wrappers;
  DiagnosticList lines, escape_lines;
  report_init(&lines);
  report_init(&escape_lines);
  inline_plan_package(pkg, files, file_count, &inline_options, &lines, plan);
  if (plan->unsupported) {
    fallback_note(plan->unsupported_source, plan->unsupported_pos,
                  plan->unsupported);
    options->fell_back = true;
  }
  EscapeOptions with_plan = *options;
  with_plan.inlining = true;
  EscUnsupported in_expansion;
  memset(&in_expansion, 0, sizeof in_expansion);
  with_plan.plan = plan->unsupported ? NULL : plan;
  with_plan.unsupported_out = with_plan.plan ? &in_expansion : NULL;
  int status = escape_analyze(pkg, files, file_count, &with_plan,
                              &escape_lines);
  if (status == EXIT_UNSUPPORTED && in_expansion.what) {
    /* analyze without inlining: if that works, it was the expansion */
    report_free(&escape_lines);
    report_init(&escape_lines);
    with_plan.plan = NULL;
    with_plan.unsupported_out = NULL;
    status = escape_analyze(pkg, files, file_count, &with_plan,
                            &escape_lines);
    if (status == EXIT_OK) {
      fallback_note(in_expansion.source, in_expansion.pos, in_expansion.what);
      options->fell_back = true;
    }
  }
  /* gc's reader's lines come first (it reads the bodies before it
   * inlines), then the inliner's, then the escape pass's; without the
   * plan, the decisions (can inline f) still hold: they do not depend on
   * the expansions */
  report_move(diags, &escape_lines, is_reader_line);
  report_move(diags, &lines, with_plan.plan ? NULL : is_decision_line);
  report_move(diags, &escape_lines, NULL);
  report_free(&lines);
  report_free(&escape_lines);
  return status;
}
