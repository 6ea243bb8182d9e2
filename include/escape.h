/*
 * escape.h — the map of goesc's escape pass.
 *
 * The escape pass decides, as gc's does, which variables and allocations
 * may live on the stack.  It runs on the checked package and has three
 * stages, one file each, and a rewrite before them:
 *
 *   escape_graph.c  the location graph of one batch of functions: a
 *                   location per variable and per allocating expression,
 *                   an edge per assignment, weighted by dereferences
 *   escape_solve.c  the solver: shortest-dereference walks from every
 *                   location, the outlives rules, parameter leak summaries
 *   escape_rangefunc.c  range-over-func loops rewritten into closures, as
 *                   gc's front end rewrites them, before anything else
 *   escape.c        the driver: batches (strongly connected components of
 *                   the call graph, callees first), and the diagnostics of
 *                   each batch in gc's order, as records (report.h)
 *   escape_generic.c  generic functions: one instance per shape of the
 *                   type arguments, as gc compiles them
 *
 * docs/escape.md tells the whole story; escape_solve.c opens with the
 * algorithm in a page.  Sectioned by file like goesc.h.
 */
#ifndef GOESC_ESCAPE_H
#define GOESC_ESCAPE_H

#include "goesc.h"
#include "inline.h"
#include "report.h"
#include "types.h"

/* ===================================================================
 * escape_solve.c — leak summaries, the outlives rules, the solver
 * =================================================================== */

/* Where a parameter's value goes, as gc's 8-byte leak tag: for each slot
 * the minimum number of dereferences on a path from the parameter, plus
 * one (0 = no path).  Slot 0 is the heap, 1 the mutator (pointer operand
 * of an indirect store), 2 the callee (called function values), 3..7 the
 * first five results. */
enum {
  LEAK_HEAP,
  LEAK_MUTATOR,
  LEAK_CALLEE,
  LEAK_RESULT0,
  LEAK_SLOTS = 8,
};
#define ESC_RESULT_SLOTS (LEAK_SLOTS - LEAK_RESULT0)

typedef struct EscLeaks {
  uint8_t slot[LEAK_SLOTS];
} EscLeaks;

/* The derefs of a slot, or -1 when there is no flow. */
int escape_leaks_get(const EscLeaks *leaks, int slot);
/* Record a flow with `derefs` dereferences (keeps the minimum). */
void escape_leaks_add(EscLeaks *leaks, int slot, int derefs);
/* Drop the flows no shorter than the heap flow (gc's Optimize). */
void escape_leaks_optimize(EscLeaks *leaks);
/* The summary every pointer parameter of an unknown function has. */
EscLeaks escape_leaks_heap(void);

/* Location attributes (gc's attrs). */
enum {
  ESC_ESCAPES = 1 << 0,  /* must be heap allocated */
  ESC_PERSISTS = 1 << 1, /* its address outlives the statement */
  ESC_MUTATES = 1 << 2,  /* memory reachable from it may be written */
  ESC_CALLS = 1 << 3,    /* closures reachable from it may be called */
};

typedef enum EscLocKind {
  LOC_HEAP,    /* the heap: everything outlives nothing, it outlives all */
  LOC_MUTATOR, /* pseudo: pointer operands of indirect stores */
  LOC_CALLEE,  /* pseudo: function values called with unknown targets */
  LOC_BLANK,   /* the discard sink: flows into it are dropped */
  LOC_VAR,     /* a variable: parameter, result, local, compiler temp */
  LOC_ALLOC,   /* an allocating expression: new, &T{}, make, literal ... */
  LOC_TEMP,    /* an anonymous temporary (tee, range, defer "later") */
} EscLocKind;

/* What kind of allocation an LOC_ALLOC is, for its diagnostic. */
typedef enum EscAllocKind {
  ALLOC_PLAIN,     /* "X escapes to heap" / "X does not escape" */
  ALLOC_APPEND,    /* "append escapes to heap" / "append does not escape" */
  ALLOC_STR2BYTES, /* []byte(s): may add "zero-copy string->[]byte ..." */
  ALLOC_CLOSURE,   /* a func literal */
  ALLOC_WRAPPER,   /* a go/defer wrapper closure: never reported */
} EscAllocKind;

typedef struct EscLoc EscLoc;
typedef struct EscFunc EscFunc;
typedef struct EscFrame EscFrame;
typedef struct EscInstance EscInstance;

/* The two answers of EscContext.vars_in_memory (non-NULL pointers). */
#define ESC_IN_MEMORY ((void *)2)    /* its address is taken, or it escapes */
#define ESC_IN_REGISTERS ((void *)1) /* neither */

/* An assignment `dst = (derefs) src`, stored on dst's incoming list. */
typedef struct EscEdge {
  EscLoc *src;
  int derefs; /* >= -1: -1 is &src, 0 src, n *...*src */
} EscEdge;

struct EscLoc {
  /* (Within each group the members are ordered so that no padding falls
   * between them: 160 bytes, where declaration order left 184; gen-100k
   * makes 140k of them under -m.) */
  EscLocKind kind;
  int index;          /* creation order within the batch */
  EscFunc *fn;        /* the function it belongs to (NULL: pseudo) */
  EscEdge *edges;     /* incoming edges, in insertion order */
  int edge_count, edge_capacity;
  int loop_depth;     /* loop nesting at its declaration */
  int result_index;   /* 1-based for result parameters, else 0 */
  EscLeaks param_esc; /* parameters: where they leak */
  bool is_param;      /* a parameter (receiver included) */
  bool is_result;     /* a result parameter */
  uint8_t attrs;      /* ESC_* */
  bool captured;      /* captured by a closure */
  bool reassigned;    /* assigned other than by its definition */
  bool addrtaken;     /* its address was taken (even into a discard) */
  bool model_var;     /* a variable of an imported body gc expanded: its
                         "moved to heap" line is the model's (//goesc:inlsite) */
  bool autotmp;       /* LOC_VAR: a compiler temporary (text .autotmp_N) */
  bool pinned_pos;    /* made in the body of gc's closure for a method
                         expression, whose positions no expansion moves
                         (InlineSite's method_closure_call) */

  /* Solver state (escape_solve.c). */
  int derefs;
  uint32_t walkgen;
  uint32_t queued_one;
  int dst_edge;
  bool queued_all;
  EscLoc *dst;        /* next hop toward the walk root */

  /* What it stands for, for diagnostics. */
  Object *var;            /* LOC_VAR: the variable (NULL: compiler temp) */
  const Node *node;       /* LOC_ALLOC: the expression */
  EscAllocKind alloc;
  bool is_ptrlit;         /* &T{...} (explicit or elided) */
  EscFunc *closure;       /* ALLOC_CLOSURE / ALLOC_WRAPPER: its function */
  const char *text;       /* name or expression as gc prints it */
  const Source *source;
  Pos pos;
  Type *type;             /* the variable's type, or what &T{} points to */
  int64_t closure_size;   /* closures and method values: their record */
};

/* Function states, as gc's escFunc*. */
enum {
  ESC_FUNC_UNKNOWN,
  ESC_FUNC_PLANNED, /* in the batch being analyzed, not yet walked */
  ESC_FUNC_STARTED, /* walked */
  ESC_FUNC_TAGGED,  /* finished: its parameter summaries are final */
};

struct EscFunc {
  const char *name;     /* as gc names it: f, T.M, (*T).M, f.func1 */
  Object *obj;          /* declared functions and methods; NULL: closure */
  Node *decl;           /* ND_FUNC_DECL or ND_FUNC_LIT */
  Node *body;           /* ND_BLOCK, or NULL */
  Type *sig;            /* TY_FUNC */
  const Source *source;
  EscFunc *outer;       /* closures: the enclosing function */
  bool is_closure;
  bool is_wrapper;      /* a go/defer wrapper (no diagnostics) */
  const Node *wrapped;  /* a go/defer wrapper: its statement */
  int order;            /* its index in EscContext.funcs (-1: made later) */
  bool is_generic;      /* a generic function: never analyzed itself */
  const Package *foreign; /* the imported package whose source it comes
                           from (escape.c), or NULL: analyzed for its
                           callers; only its shape instances speak */
  EscInstance *inst;    /* a shape instance (escape_generic.c), closures
                           inside one included; NULL otherwise */
  EscFunc *same_name;   /* a shape instance: the next one of its name
                           (escape_named_instance) */
  bool results_lost;    /* closure: called where its results are lost */
  bool body_unread;     /* a declared function whose body's names, facts
                           and literals are still to be collected (see
                           escape_analyze: then, when the call graph
                           first reaches it) */
  int lits_first, lits_end; /* a declared function or the package's init:
                           its func literals, all depths, are funcs
                           [lits_first, lits_end) of EscContext.funcs */
  uint32_t pragmas;     /* PRAGMA_* of the declaration */
  int state;            /* ESC_FUNC_* */
  /* A generic function (and each closure in one): the names declared in
   * it and in its closures, which every shape instance must forget
   * (escape_forget_instance_vars). */
  const void **declared;
  int declared_count, declared_capacity;
  int closure_count;    /* closures numbered so far (f.func1, f.func2 ...) */
  int range_count;      /* range-over-func bodies so far (f-range1 ...) */
  /* The package's initialization function (gc's "init"): the dynamic
   * parts of the package-level variable initializers. */
  bool is_pkg_init;
  Node **init_specs;    /* ND_VAR_SPECs with values, in source order */
  const Source **init_sources;
  int init_count, init_capacity;

  /* Parameters, receiver first, and results: one entry each, with the
   * object (NULL when unnamed) and, once in a batch, the location. */
  Object **params;
  int param_count;
  Object **results;
  int result_count;
  EscLoc **param_locs;
  EscLoc **result_locs;
  EscLeaks *tags;       /* the summary of each parameter, once tagged */

  /* Closures: the variables they capture, in order of first use. */
  Object **free_vars;
  int free_count;
  bool captures;        /* captures at least one variable (gc IsClosure) */

  /* The calls gc expands in it (inline.h), one frame each, in gc's order:
   * made with its own locations, as gc appends the expanded callees'
   * variables to the caller's. */
  EscFrame *frames;
  /* A closure an expansion copied into the function compiled (gc reads
   * the literal again there, and compiles the copy with its calls left
   * alone): the original's body, with its names in a frame of its own
   * (copy_frame, made with the batch's declarations) whose site is
   * copy_site, a call of the literal (no call: the site of the
   * expansion whose body holds it is its parent). */
  bool is_copy;
  const InlineSite *copy_site;
  EscFrame *copy_frame;
  EscFunc *next_copy;   /* the literal's other copies */

  /* Batch membership and the call-graph walk (escape.c). */
  uint32_t visit_id;
  EscFunc **closures;   /* literals directly inside, in source order */
  int nclosures, closures_capacity;

  /* A generic function or method: its shape instances so far. */
  EscFunc **instances;
  int ninstances, instances_capacity;
};

/* One batch: the locations of a set of functions analyzed together. */
typedef struct EscBatch {
  EscLoc **locs;        /* every location, in creation order */
  int loc_count, loc_capacity;
  EscLoc heap, mutator, callee, blank;
  Arena *arena;
} EscBatch;

void escape_batch_init(EscBatch *batch, Arena *arena);
/* Release the batch's list of locations (the locations are the arena's). */
void escape_batch_free(EscBatch *batch);
/* A new location at the end of the batch's creation order. */
EscLoc *escape_new_loc(EscBatch *batch, EscLocKind kind, EscFunc *fn,
                       int loop_depth);
/* Add an incoming edge dst <- src (no filtering; see escape_flow). */
void escape_add_edge(EscBatch *batch, EscLoc *dst, EscLoc *src, int derefs);
/* Does a value stored in `l` live longer than `other`? */
bool escape_outlives(const EscBatch *batch, const EscLoc *l,
                     const EscLoc *other);
/* Is `inner` a closure nested (at any depth) inside `outer`? */
bool escape_contains_closure(const EscFunc *outer, const EscFunc *inner);
/* Walk from every location until nothing changes: sets ESC_ESCAPES and the
 * other attributes, and the parameters' leak summaries. */
void escape_solve(EscBatch *batch);

/* ===================================================================
 * escape_graph.c — building the location graph of a batch
 *
 * Needs: checked functions.  Produces: the batch's locations and edges,
 * gc's "ignoring self-assignment" diagnostics, and for every allocation
 * its text and position.  It walks the checked AST and lowers each
 * construct as gc's front end would have (implicit conversions, method
 * calls with their receiver, variadic slices, go/defer wrappers ...).
 * =================================================================== */

/* A hole: the context an expression is evaluated in — where its value
 * goes, and with how many dereferences. */
typedef struct EscHole {
  EscLoc *dst;
  int derefs;      /* >= -1 */
  bool addrtaken;  /* the context takes the expression's address */
} EscHole;

/* A pointer-keyed hash table (objects and nodes to graph records).  A key
 * and its value share a slot, so that a probe reads one cache line, not
 * two: on big programs these tables outgrow the caches. */
typedef struct EscMapSlot {
  const void *key; /* NULL: empty */
  void *value;
} EscMapSlot;

typedef struct EscMap {
  EscMapSlot *slots;
  size_t size, count;
  Arena *arena; /* where the tables live; set before the first put */
} EscMap;

/* An expanded call (an InlineSite) in the function being built.  The
 * callee's body is walked in place of the call, with the callee's
 * variables mapped to locations of their own: the caller's copies. */
struct EscFrame {
  const InlineSite *site;
  EscMap vars;          /* callee Object* (and type-switch clause) -> loc */
  EscMap args;          /* callee parameter Object* -> its argument */
  EscFrame *outer;      /* the frame the call is in (NULL: the function) */
  EscFrame *home;       /* a closure's: the frame of the body holding its
                           literal, whose variables it captures (NULL: the
                           function's) */
  EscLoc **param_locs;  /* receiver first; NULL entries: blank */
  int param_count;
  EscLoc **result_locs;
  int result_count;
  EscLoc **model_vars;  /* imported callee: its moved(X) variables ... */
  const char **model_fates; /* ... and where each one's address goes */
  int model_var_count;
  EscFrame *next;       /* the function's next frame */
  const EscFunc *inst;  /* a generic callee: its shape instance, whose
                           types the expanded body has */
};

void *escape_map_get(const EscMap *map, const void *key);
void escape_map_put(EscMap *map, const void *key, void *value);
/* Room for `count` keys in all: a map whose size is known ahead is
 * filled without rehashing. */
void escape_map_reserve(EscMap *map, size_t count);
void escape_map_clear(EscMap *map);

/* Where a devirtualizing line goes in gc's order (escape_sort_devirt). */
typedef struct EscDevirtKey {
  int rank;    /* the enclosing declared function's EscFunc.order */
  bool nested; /* in a func literal or a go/defer wrapper */
  Pos nested_pos; /* where that literal or statement starts */
  int seq;     /* the order found */
} EscDevirtKey;

/* State shared by the whole analysis of a package. */
typedef struct EscContext {
  Package *pkg;
  Arena *arena;
  DiagnosticList *diags;
  DiagnosticList *devirt;   /* the devirtualizer's lines (printed first) */
  DiagnosticList *reader;   /* gc's reader's lines (before everything) */
  EscFunc **funcs;          /* every function with a body, closures too */
  int func_count, func_capacity;
  EscMap vars;              /* Object* -> EscLoc*, while its batch lives
                               (NULL after: the locations are freed) */
  EscMap vars_in_memory;    /* Object* -> ESC_IN_MEMORY / ESC_IN_REGISTERS:
                               what a freed batch decided for its variables
                               (bounds.c asks after every batch) */
  EscMap funcs_by_key;      /* Object* (declared) / Node* (literal) -> EscFunc* */
  EscMap var_facts;         /* Object* -> (uintptr_t) VAR_FACT_* bits */
  EscMap var_defs;          /* Object* -> the Node* defining its value */
  EscMap decl_fns;          /* local Object* -> the EscFunc declaring it
                               (and a type switch's clause Node*, which
                               stands for the clause's variable) */
  EscMap models;            /* Object* -> EscLeaks* (imported functions) */
  EscMap autotmps;          /* Node* -> EscAutoTemp* (gc's temporaries) */
  EscMap godefer_wrappers;  /* go/defer statement -> its wrapper EscFunc */
  EscMap devirt_keys;       /* Diagnostic* in devirt -> EscDevirtKey* */
  EscMap shapes;            /* interned link string -> shape type */
  EscMap imported;          /* Package* (imported, modeled) -> its
                               ImportSource, once a generic function of it
                               is referenced */
  const char *import_failure; /* why the first source could not be read */
  EscMap local_types;       /* Object* of a type declared in a body ->
                               (intptr_t) gc's number for it (Bar·1), -1
                               in a generic body (not modeled) */
  EscFunc **instances;      /* every shape instance, in creation order */
  int instance_count, instance_capacity;
  /* By name, for the plan's list of instances, which names them:
   * interned name -> the first instance (closures aside; EscFunc.
   * same_name links the others) and the first dictionary wrapper of the
   * plan with it (escape_named_instance). */
  EscMap instances_by_name, wrappers_by_name;
  int indexed_instances;    /* instance_count when they were made */
  bool instances_closed;    /* all made: a new one is dead code's only */
  int64_t max_stack_var;    /* gc's ir.MaxStackVarSize */
  int64_t max_implicit;     /* gc's ir.MaxImplicitStackVarSize */
  bool mutations_calls;     /* -d=escapemutationscalls */
  int m_level;              /* -m level: 2 adds the capturing lines */
  int static_depth;         /* recursion guard of the staticinit rules */
  bool imports_packages;    /* a file imports more than unsafe: gc's reader
                               may leave base.Pos inside an imported package
                               (see godefer_temps) */
  /* The first construct goesc cannot analyze: reported, exit 3. */
  const InlinePlan *plan;   /* the calls gc expands, or NULL (-l) */
  int plan_bounds_notes;    /* bounds.c: does the plan expand an imported
                               function whose model notes an elided bounds
                               check?  0: not asked yet, 1: no, 2: yes */
  EscFrame *frame;          /* the expanded body being walked, or NULL */
  EscFrame *fn_frames;      /* the frames of the function being walked */
  EscMap copies;            /* func literal Node* -> its copies (EscFunc*,
                               chained by next_copy) */
  bool unsupported;
  const Source *unsupported_source;
  Pos unsupported_pos;
  const char *unsupported_what;
} EscContext;

/* Temporaries gc's front end declares while it reads a function body
 * (new(expr), the results of f(g()) ...), named .autotmp_N with N the
 * number of the function's declarations before them (escape_graph.c). */
typedef struct EscAutoTemp {
  int number;  /* N of the first one */
  int count;   /* how many: one per result of a multi-value call */
  EscLoc *loc; /* new(expr): the variable whose address it yields */
  EscLoc **locs; /* go/defer: the ones over 128 bytes (NULL: the others) */
  /* go/defer: each one's type and position, for the wrapper's -m=2
   * "capturing" lines (type NULL: position unknown, no line) */
  Type **types;
  Pos *positions;
  bool operand;  /* f()(x), iface().M(x): f() or iface(), held in it */
} EscAutoTemp;

/* Facts about a local variable over its whole top-level function. */
enum {
  VAR_FACT_ASSIGNED = 1 << 0, /* assigned other than by its definition */
  VAR_FACT_ADDR = 1 << 1,     /* its address is taken somewhere */
  VAR_FACT_NOINIT = 1 << 2,   /* declared without a value (var x T) */
};

/* Say that the construct at pos cannot be analyzed (first one wins). */
void escape_unsupported(EscContext *ctx, const Source *source, Pos pos,
                        const char *what);
/* Why a call of the imported generic function obj cannot be analyzed
 * (escape_graph.c's refusal). */
const char *escape_imported_generic_refusal(EscContext *ctx, const Object *obj);
/* The EscFunc of method m of an imported generic type, read from the
 * package's source on first use, or NULL (escape.c). */
EscFunc *escape_import_generic_method(EscContext *ctx, const Object *m);
/* The EscFunc of a declared function or method object, or NULL. */
EscFunc *escape_func_of_object(EscContext *ctx, const Object *obj);
/* A fresh record of the same function (a shape instance's, or a closure
 * an expansion copied): same syntax and objects, none of the analysis
 * state (batch, summary, locations, expansions, instances). */
EscFunc *escape_copy_func(EscContext *ctx, const EscFunc *from);
/* The leak summary of parameter i (receiver first) of a function outside
 * the batch: tagged earlier, bodiless, or imported (escape.c). */
EscLeaks escape_callee_tag(EscContext *ctx, Object *fobj, EscFunc *f,
                           int index, Type *param_type);
/* Record which function declares each local name of f (decl_fns). */
void escape_collect_decls(EscContext *ctx, EscFunc *f);
/* Build the graph of a batch (gc: initFunc, walkFunc, flowClosure, heap
 * reasons).  Diagnostics of construction go to ctx->diags. */
void escape_build_batch(EscContext *ctx, EscBatch *batch, EscFunc **fns,
                        int count);
/* Forget the function the previous analysis looked at (the shapes of an
 * instance): called as an analysis begins, since its memory is gone. */
void escape_graph_reset(void);
/* Build the graph of a method wrapper gc expands (inline.h) into an
 * empty batch; returns its function. */
EscFunc *escape_build_wrapper(EscContext *ctx, EscBatch *batch,
                              const InlineWrapper *wrapper);
/* The type gc's front end compares a switch's tag and case values in,
 * when it is an interface (NULL otherwise): the tag's type (bool without
 * a tag), unless a case value is not assignable to it and one of the two
 * is an interface — then everything is converted to `any` (*to_any set;
 * the type returned then only stands for an interface).  Channel tags
 * excepted. */
Type *escape_switch_compare_type(const Node *sw, bool *to_any);
/* The method gc's devirtualizer (-l) makes interface call fun (x.M) call
 * statically, or NULL: the call graph has that edge (escape.c). */
Object *escape_devirt_method(EscContext *ctx, const Node *fun);
/* The method `name` promoted to struct type t through embedded fields
 * that are not interfaces (Go's selector rule), or NULL; *derefs: the
 * dereferences from a value of t to its receiver. */
Object *escape_promoted_method(Type *t, const char *name, int *derefs);
/* The copy of closure `orig` whose literal `lit` is in the body of the
 * expansion `home` (or of a copy) in function `outer`: made when first
 * asked for, so that the batch holds it where gc meets it. */
EscFunc *escape_closure_copy(EscContext *ctx, EscFunc *orig, EscFunc *outer,
                             const InlineSite *home, const Node *lit);
/* Does a package-level initializer need code at run time (gc's staticinit
 * cannot lay it out as data)? */
bool escape_init_is_dynamic(EscContext *ctx, const Node *value);
/* Visit the nodes of a body as node_walk does, except the statements
 * gc's front end drops as dead code (constant conditions, code after a
 * terminating statement, the clauses a constant switch never takes). */
typedef void (*NodeVisit)(void *data, const Node *n);
void escape_walk_live(EscContext *ctx, const Node *body, NodeVisit fn,
                      void *data);
/* gc's writer's terminates: the statements after n in its list, up to
 * the last label, are dropped as dead code. */
bool escape_terminates(Package *pkg, const Node *n);
/* Scan a top-level function (closures included) for VAR_FACT_*. */
void escape_scan_facts(EscContext *ctx, Node *body);

/* ===================================================================
 * bounds.c — gc's walk-phase line "index bounds check elided"
 * =================================================================== */

/* Append the lines for the package's functions, in gc's compile order
 * (without inlining: expanded bodies are not followed). */
void bounds_report(EscContext *ctx, DiagnosticList *out);
/* Can bounds_report find a line at all?  (The instances are all made
 * before the first batch is analyzed, so the answer does not change.) */
bool bounds_may_report(EscContext *ctx);

/* ===================================================================
 * escape_rangefunc.c — range-over-func loops as gc rewrites them
 * =================================================================== */

/* Rewrite each range-over-func loop into gc's closure, call and checks,
 * in place, before the inliner and the escape pass look at the package
 * (a second call finds nothing left to rewrite). */
void escape_rewrite_range_funcs(Package *pkg, Node **files, int file_count);
/* The name of a runtime helper the rewrite calls ("panicrangestate",
 * "deferrangefunc"), or NULL when fn is not one. */
const char *escape_rangefunc_helper(const Object *fn);

/* ===================================================================
 * escape_generic.c — generic functions, analyzed once per shape
 *
 * gc compiles a generic function once per *shape* of its type arguments
 * (their underlying types; any pointer for a type parameter constrained
 * by methods only) and analyzes each copy.  An instance here is an
 * EscFunc that shares the generic one's syntax and objects and carries
 * the substitution of its type parameters by shape types.
 * =================================================================== */

/* The shape instance of a generic function or method for the given type
 * arguments (concrete, or shapes already); NULL after reporting a case
 * that is not modeled. */
EscFunc *escape_instance(EscContext *ctx, EscFunc *generic, Type **targs,
                         int count, const Source *source, Pos pos);
/* The instance that a reference to a generic function or method (a name,
 * f[T], a method selector x.M or T.M) inside function `within` denotes;
 * NULL when the node refers to nothing generic. */
EscFunc *escape_ref_instance(EscContext *ctx, const EscFunc *within,
                             const Node *ref);
/* The function of a func literal met inside `within` (instances have
 * their own copies of their literals). */
EscFunc *escape_func_of_lit(EscContext *ctx, const EscFunc *within,
                            const Node *lit);
/* Instantiate, for every shape, the methods of every instance of a
 * generic type that the package and its instances mention (gc compiles
 * them all, called or not). */
void escape_instantiate_methods(EscContext *ctx);
/* The instances no call reached, in the order gc lists them (after every
 * declared function); `out` has room for ctx->instance_count. */
int escape_late_instances(EscContext *ctx, EscFunc **out);
/* What a name of the plan's instance list (InlinePlan.instances) stands
 * for: a dictionary wrapper of the plan (*wrapper), or else the first of
 * the shape instances of that name (closures aside), the others following
 * through EscFunc.same_name; NULL: none. */
EscFunc *escape_named_instance(EscContext *ctx, const char *name,
                               const InlineWrapper **wrapper);
/* Is the late instance's place in that order modeled (a method of a type
 * written out in the source)?  Types only implied by an expression's
 * type come in an order not modeled yet. */
/* Is the order of two late instances in gc's list modeled?  It is for
 * types written out (T{...}, T(x)), for types first met in different
 * bodies, and for the methods of one type; between two types a body
 * only implies (var x T, the type of f[int]()) gc's order is the reverse
 * of the mentions, in a way not understood yet. */
bool escape_late_order_known(const EscFunc *f, const EscFunc *g);
/* Are f and g (or the methods whose closures they are) methods of one
 * instance of a generic type, T[go.shape.int]? */
bool escape_same_type_instance(const EscFunc *f, const EscFunc *g);
/* A call of a generic function or method as gc prints it: the instance
 * (`Keep[go.shape.int]`, `(*Box[go.shape.string]).Get`) called with its
 * dictionary (`&.dict.Keep[int]`) first, after the receiver of a method.
 * False when `fun` is not generic (or after reporting what is not
 * modeled). */
bool escape_instance_call_text(EscContext *ctx, const EscFunc *within,
                               const Node *fun, const char **callee,
                               const char **dict, bool *method);
/* Forget the locations earlier instances gave to the objects of the
 * instances among fns (they share the generic function's objects). */
void escape_forget_instance_vars(EscContext *ctx, EscFunc **fns, int count);
/* gc's names for the instantiation of the generic function `generic`
 * (or method of a generic type) with the type arguments targs (the
 * receiver type's): its shape instance (`F[go.shape.int]`,
 * `(*T[go.shape.int]).M`) and its dictionary wrapper (`F[main.MyInt]`,
 * `(*T[int]).M`), in ctx's arena.  Needs
 * only ctx->pkg, ctx->arena, ctx->shapes and ctx->local_types (the
 * inliner names instances before the escape pass exists).  False for
 * what is not modeled. */
bool escape_instance_names(EscContext *ctx, const Object *generic,
                           Type **targs, int count, const char **shaped,
                           const char **wrapper);
/* The name of the shaped type of instance t of a generic type,
 * T[go.shape.int], as its methods' shape instances name it; NULL when
 * goesc cannot name it. */
const char *escape_shaped_type_name(EscContext *ctx, Type *t);

/* The shapes that stand for the type parameters of `generic` in its
 * shape instance for targs (as escape_instance_names), in ctx's arena;
 * NULL for what is not modeled. */
Type **escape_instance_shapes(EscContext *ctx, const Object *generic,
                              Type **targs, int count);
/* Fill ctx->local_types: gc's numbers for the types declared in bodies
 * (escape.c). */
void escape_number_local_types(EscContext *ctx, Node **files,
                               int file_count);
/* The name the inliner's plan files a shape instance's sites under
 * (inline_plan_sites), NULL for other functions. */
const char *escape_instance_key(const EscFunc *f);
/* The generic function a shape instance is of (NULL for the others). */
const EscFunc *escape_instance_generic(const EscFunc *f);
/* Does t mention a type parameter (in its elements, fields, signature or
 * type arguments)? */
bool escape_mentions_tparam(Type *t);
/* Does t mention a shape (go.shape.int) in the same places? */
bool escape_mentions_shape(Type *t);
/* Is t an interface whose methods mention one (interface { foo() T })? */
bool escape_iface_mentions_tparam(Type *t);
/* A type as the instance sees it: type parameters replaced by shapes. */
Type *escape_inst_type(const EscFunc *f, Type *t);
/* A type as gc prints it in diagnostics, where the checker's printing
 * would not: instances of generic types and shapes (`Box[main.S]`,
 * `[]go.shape.int`), struct and interface literals (`struct { a int }`).
 * NULL for other types, and for literals goesc cannot spell (the
 * checker's spelling stands in); "" for an instance it cannot spell. */
const char *escape_type_text(EscContext *ctx, Type *t);
/* A condition's value where gc knows it statically (a constant, and
 * && || ! of constants): 1 true, -1 false, 0 not known. */
int escape_static_bool(EscContext *ctx, const Node *cond);
/* The devirtualizing lines in gc's order (escape_graph.c). */
void escape_sort_devirt(EscContext *ctx);

/* ===================================================================
 * escape.c — the driver
 * =================================================================== */

/* Where the analysis met what it cannot do yet, for the caller to say. */
typedef struct EscUnsupported {
  const char *what;     /* NULL: nothing */
  const Source *source;
  Pos pos;
} EscUnsupported;

typedef struct EscapeOptions {
  int m_level;          /* -m level (1 at least) */
  bool small_frames;    /* -smallframes: 64 KiB / 16 KiB stack limits */
  bool mutations_calls; /* -d=escapemutationscalls: mutates/calls lines */
  bool ignore_wrappers; /* -errorcheck: <autogenerated> lines are not looked
                           at (InlineOptions.ignore_wrappers) */
  const InlinePlan *plan; /* the calls gc expands (NULL: -l) */
  /* With a plan: receives what could not be analyzed, which is then not
   * printed (the caller retries without inlining). */
  EscUnsupported *unsupported_out;
  /* -m: set when inlining could not be modeled and the lines are those
   * of -m -l (which may miss heap lines gc's expansions bring): the
   * caller prints them and exits 3. */
  bool fell_back;
  /* -m, also when it falls back to -m -l: gc expands the calls of
   * imported generic functions, which goesc does not model yet, so they
   * are refused rather than analyzed from source (escape.c) */
  bool inlining;
} EscapeOptions;

/* Analyze a checked package: appends gc's -m diagnostics, in gc's order,
 * to `diags`.  Returns EXIT_OK, or EXIT_UNSUPPORTED after printing
 * `file:line:col: goesc: cannot analyze <what> yet` on stderr. */
int escape_analyze(Package *pkg, Node **files, int file_count,
                   const EscapeOptions *options, DiagnosticList *diags);
/* gc's order of things without -l: the inliner plans its expansions
 * (inline.h), whose lines come first, then the escape pass runs on the
 * expanded calls.  What goesc cannot expand yet falls back to the
 * analysis without inlining, with a note on stderr, and sets
 * options->fell_back (the caller exits 3).  The diagnostics
 * point into `plan`: free it (inline_plan_free) after them. */
int escape_analyze_inlined(Package *pkg, Node **files, int file_count,
                           EscapeOptions *options, DiagnosticList *diags,
                           InlinePlan *plan);

#endif /* GOESC_ESCAPE_H */
