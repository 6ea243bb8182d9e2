/*
 * inline.h — the map of goesc's inline layer.
 *
 * gc decides, before escape analysis, which functions are small enough to
 * be inlined: it walks each checked body, charges every IR node one unit
 * (with exceptions, docs/inline.md), and calls a function inlinable when
 * the total stays within the budget of 80.  This layer reproduces that
 * decision on goesc's AST:
 *
 *   inline.c   the cost model (gc's "hairy visitor" over the IR that gc
 *              would build from the AST), the reasons a function cannot be
 *              inlined, the bottom-up order of the decisions, and their
 *              diagnostics as records (report.h)
 *
 * and plans the expansions of the calls gc inlines (docs/inline.md).
 */
#ifndef GOESC_INLINE_H
#define GOESC_INLINE_H

#include "goesc.h"
#include "report.h"
#include "types.h"

/* ===================================================================
 * inline.c — the cost model and the inlinability decision
 * =================================================================== */

/* gc's constants (inline/inl.go, Go 1.26). */
enum {
  INLINE_MAX_BUDGET = 80,          /* inlineMaxBudget */
  INLINE_EXTRA_CALL_COST = 57,     /* a call that will not be inlined */
  INLINE_PARAM_CALL_COST = 17,     /* a call of a parameter's func value */
  INLINE_EXTRA_PANIC_COST = 1,     /* panic: one more than a plain node */
  INLINE_CLOSURE_COST = 15,        /* a func literal, on top of its node */
  INLINE_BIG_FUNCTION_NODES = 5000,/* a caller this big is "big" */
  INLINE_BIG_FUNCTION_MAX_COST = 20, /* callee limit in a big caller */
  INLINE_CLOSURE_BUDGET = 800,     /* a closure's own budget */
};

/* The decision about one function (or closure). */
typedef struct InlineFunc {
  const char *name;      /* as gc prints it: f, T.M, (*T).M, f.func1 */
  Object *obj;           /* declared functions; NULL for closures */
  Node *decl;            /* ND_FUNC_DECL or ND_FUNC_LIT */
  Node *body;            /* ND_BLOCK or NULL */
  const Source *source;
  Pos pos;               /* gc's position: the name, or the func keyword */
  struct InlineFunc *outer; /* closures: the enclosing function */
  bool is_closure;
  int closure_count;     /* closures numbered so far inside it */
  int wrap_count;        /* go/defer wrappers numbered so far (one count) */
  int range_count;       /* range-over-func bodies numbered so far (f-rangeN) */
  Node *wrapped;         /* a go/defer wrapper: the call it wraps */
  bool analyzed;         /* its decision is made */
  bool inlinable;        /* "can inline" */
  int cost;              /* the body's cost (valid when walked) */
  bool big;              /* over 5000 IR nodes: callees may cost 20 */
  const char *reason;    /* "cannot inline" reason, or NULL */
  const char *unsupported; /* a construct goesc cannot cost, or NULL */
  uint32_t visit_id;     /* SCC walk state */
  struct InlineFunc **closures; /* its func literals, in source order */
  int closure_total, closure_capacity;
  bool closures_unread;  /* its body is not yet scanned for func literals:
                            scc_visit does it, just before reading the
                            body for references */
  /* Generic functions: gc costs a copy of the body per shape (a *shape
   * instance*, F[go.shape.int]) and, per list of type arguments, a
   * *dictionary wrapper* (F[main.MyInt]) whose body calls the shape
   * instance with the dictionary. */
  bool is_instance;      /* a shape instance: decl is the generic one */
  Object *generic;       /* both: the generic function */
  Type **targs;          /* both: the type arguments (the first met) */
  int targ_count;
  struct InlineFunc *shaped; /* a dictionary wrapper: its shape instance */
  bool queued;           /* a shape instance: on gc reader's stack */
  bool deciding;         /* a foreign function: its decision under way */
  /* A method expression of a generic type in a shape instance, T[P].M or
   * (*T[P]).M, is a closure gc makes over the method's dictionary (a
   * func literal without source, named like one): decl is the
   * ND_SELECTOR, there is no body; it calls the method's shape instance
   * with its first parameter, dereferenced recv_derefs times, as the
   * receiver. */
  bool method_closure;
  int recv_derefs;
  int plan_entry;        /* while planning: its index in
                            InlinePlan.entries, plus one (0: none yet) */
} InlineFunc;

typedef struct InlineOptions {
  int m_level;           /* 1: "can inline f"; 2: with cost, and reasons */
} InlineOptions;

/* Decide, for every function of the checked package in gc's order, whether
 * it can be inlined; append `can inline` / `cannot inline` records to
 * `out` (DIAG_CAN_INLINE at -m, DIAG_CAN_INLINE_COST with an empty body
 * text and DIAG_CANNOT_INLINE at -m=2).  Functions whose cost goesc cannot
 * model are not reported; `unsupported_out` (may be NULL) receives their
 * count.  Returns EXIT_OK. */
int inline_analyze_package(Package *pkg, Node **files, int file_count,
                           const InlineOptions *options, DiagnosticList *out,
                           int *unsupported_out);

/* ===================================================================
 * inline.c — the inlining plan: which calls gc expands
 *
 * gc expands, in each function, every call of an inlinable callee that
 * fits the budget (and is not a go/defer call, nor a call already on the
 * recursion path), then the calls inside the expanded bodies, generation
 * by generation.  goesc does not rewrite the tree: it records each
 * expansion as an InlineSite, and the escape pass walks the callee's body
 * in place of the call (escape_graph.c), with the callee's variables
 * copied as the caller's.
 * =================================================================== */

/* One call that gc inlines: a node of a function's inlining tree. */
typedef struct InlineSite {
  const Node *call;          /* the call: in the function's own body, or in
                                the body of parent's callee; NULL for a call
                                inside an imported body (//goesc:inlcalls) */
  struct InlineSite *parent; /* the expansion whose body holds the call;
                                NULL: the function's own body */
  const char *callee_name;   /* as gc prints it: f, (*T).M, fmt.Println */
  Object *callee_obj;        /* the function or method called, or NULL */
  Node *callee_decl;         /* its ND_FUNC_DECL (or, for a closure, its
                                ND_FUNC_LIT) in this package; NULL:
                                imported, described by model facts */
  const struct InlineSite *home; /* a closure: the expansion whose body
                                holds its literal (NULL: the function's) */
  const Object *binding;     /* a closure: the local or parameter it was
                                called through, or NULL */
  Type *devirt;              /* an interface call gc devirtualized: the
                                concrete type the receiver holds */
  Type **targs;              /* a generic callee: the type arguments of
                                its shape instance (callee_name) */
  int targ_count;
  const char *through_wrapper; /* a call of a dictionary wrapper gc
                                expands, then the shape instance in it:
                                that instance's name (callee_name is the
                                wrapper's); the site stands for both */
  bool method_closure_call;  /* the method called by gc's closure for a
                                method expression (InlineFunc's
                                method_closure), the closure expanded at
                                `call` (or, call the ND_SELECTOR, the
                                closure's own body): the receiver is the
                                closure's first parameter, the call's
                                first argument, recv_derefs times
                                dereferenced.  (The planner's site of
                                the closure itself is left out of the
                                list: it only passes its arguments on.) */
  int recv_derefs;
  Node *delayed;             /* a callee with unnamed results and a single
                                return: the value it returns (gc's
                                CanDelayResults), else NULL */
  const Source *source;      /* the outermost call site, where gc reports */
  Pos pos;                   /* every line about the call and its body */
  struct InlineSite *next;   /* the function's next site, in gc's order */
} InlineSite;

/* A method wrapper gc generates, (*T).M for a value method M of T, or
 * T.M / (*T).M for a method M promoted from an embedded field, when it
 * expands the wrapped method: its lines are at <autogenerated>:1. */
typedef struct InlineWrapper {
  const char *name;          /* the wrapper: (*T).M, E.M */
  Object *target;            /* the method it calls */
  int recv_derefs;           /* the target's receiver is this many
                                dereferences of the wrapper's (-1: &) */
  InlineSite *first;         /* the expansion of the call, then its own */
  struct InlineWrapper *next;
} InlineWrapper;

/* An interface method call gc devirtualizes. */
typedef struct InlineDevirt {
  const Node *call;
  const InlineSite *ctx;     /* the expansion holding it (NULL: the
                                function's own body) */
  Object *method;            /* the concrete method called */
  Type *concrete;            /* the type the receiver statically holds */
} InlineDevirt;

/* The sites of one function (its ND_FUNC_DECL or ND_FUNC_LIT). */
typedef struct InlinePlanEntry {
  const Node *decl;
  const char *instance;      /* a shape instance's name, else NULL */
  InlineSite *first;
} InlinePlanEntry;

/* The sites of every function of the package. */
typedef struct InlinePlan {
  InlinePlanEntry *entries;  /* sorted by decl, for the lookup */
  int count, capacity;
  InlineSite *init_sites;    /* the package initializer's */
  InlineDevirt *devirts;     /* every devirtualized call, in gc's order */
  int devirt_count, devirt_capacity;
  int *devirt_slots;         /* a hash index of devirts by (call, ctx):
                                index + 1, 0 empty; a power of two */
  size_t devirt_slot_count;
  InlineWrapper *wrappers;   /* in gc's order */
  const char **instances;    /* the shape instances and dictionary
                                wrappers, by name, in gc's list (after
                                the package's functions) */
  const Object **instance_readers; /* for each: the declared function
                                whose reading (last function first)
                                brought it in, or NULL (initializers) */
  int instance_count;
  InlineWrapper *dict_wrappers; /* the dictionary wrappers of generic
                                   functions that expand their shape
                                   instance (target: the generic one,
                                   recv_derefs 0), in gc's order */
  struct {
    const Node *lit;         /* a func literal whose every use is expanded */
    const InlineSite *home;  /* in this expansion (NULL: the function) */
  } *dead_literals;
  int dead_count, dead_capacity;
  const Node **compiled_copies; /* closures copied by expansions that
                                   capture nothing and are gone (every
                                   call expanded): compiled on their own,
                                   last, in the order they were made */
  int compiled_count, compiled_capacity;
  Source autogenerated;      /* "<autogenerated>", their file */
  /* A case goesc cannot expand yet (the first one met), or NULL. */
  const char *unsupported;
  const Source *unsupported_source;
  Pos unsupported_pos;
  Arena arena;
} InlinePlan;

/* Decide inlinability (as inline_analyze_package), then plan the
 * expansions: appends the `can inline` records and, in gc's order, one
 * DIAG_INLINING_CALL record per site.  On a case it cannot expand it sets
 * plan->unsupported.  Free with inline_plan_free. */
int inline_plan_package(Package *pkg, Node **files, int file_count,
                        const InlineOptions *options, DiagnosticList *out,
                        InlinePlan *plan);
/* The sites of a function (its ND_FUNC_DECL or ND_FUNC_LIT; with the
 * name of a shape instance of a generic one, else NULL), or NULL. */
InlineSite *inline_plan_sites(const InlinePlan *plan, const Node *decl,
                              const char *instance);
/* The devirtualization of an interface call in the expansion ctx (NULL:
 * the function's own body), or NULL. */
const InlineDevirt *inline_plan_devirt(const InlinePlan *plan,
                                       const Node *call,
                                       const InlineSite *ctx);
/* Is this func literal, in the body of `home` (NULL: its function's
 * own), gone after inlining (every use expanded)? */
bool inline_plan_dead_literal(const InlinePlan *plan, const Node *lit,
                              const InlineSite *home);
void inline_plan_free(InlinePlan *plan);

/* gc's name for a func literal, after `namer`, the function it is
 * numbered in (the nearest enclosing one that is not a range-over-func
 * body): namer.func1 in a declared function, namer.1 in a closure,
 * namer-range1 for a range-over-func body; the counters are namer's. */
const char *inline_closure_name(Arena *arena, const char *namer,
                                bool namer_is_closure, bool range_body,
                                int *closure_count, int *range_count);

/* -debug-inline-costs: one line per function, in gc's order,
 * `file:line:col: can inline f with cost N` or `cannot inline f: reason`,
 * then one per closure the expansions copy (main.f.func1), as the plan
 * decides them; unsupported functions go to `err` as notes. */
int inline_debug_costs(Package *pkg, Node **files, int file_count,
                       FILE *out, FILE *err);

#endif /* GOESC_INLINE_H */
