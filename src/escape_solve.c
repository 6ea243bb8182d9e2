/*
 * escape_solve.c — the solver: which locations must live on the heap.
 *
 * needs: a batch's location graph (escape_graph.c);  produces: the
 * ESC_ESCAPES attribute of every location and the leak summary of every
 * parameter.
 *
 * The problem.  A location is a variable or an allocation.  An edge
 * `dst <-(d)- src` says that some statement stores into dst a value made
 * from src with d dereferences: d = 0 for `dst = src`, 1 for `dst = *src`,
 * 2 for `dst = **src`, and -1 for `dst = &src`.  Following edges backwards
 * from a location `root` and adding up their weights tells, for every
 * other location l, how many dereferences separate l from what root may
 * hold.  If that minimum is -1, root may hold l's *address*.  Holding an
 * address is only a problem when root lives longer than l: then l must be
 * moved to the heap, so that the pointer never dangles.
 *
 * The walk.  From each root we compute those minimum dereference counts
 * with a Bellman-Ford style relaxation: pop a location, look at its
 * incoming edges, and improve the count of each source.  Negative cycles
 * cannot occur because a count below zero is clamped back to zero before
 * it is propagated: in `root = &l; l = x` it is l's address that reaches
 * root, not x's.  So a location reached with count -1 is "addressed" by
 * root, and its own sources continue from 0.
 *
 * The outlives rules (escape_outlives).  Root outlives l when
 *   1. root escapes (the heap outlives everything);
 *   2. root is a result parameter: the caller may keep what it returns —
 *      except for a closure called where its results stay visible, whose
 *      results may point into its enclosing function's frame;
 *   3. both are in one function and root was declared outside l's loop
 *      (l is a new variable every iteration, root is not);
 *   4. l belongs to a closure nested in root's function (the closure's
 *      frame dies first).
 * Pseudo-locations (mutator, callee) outlive nothing.
 *
 * The fixed point.  Deciding that l escapes makes l a new heap-like root:
 * whatever l points to now outlives everything.  So the outer loop
 * (escape_solve) walks from every location once, and again from each
 * location whose attributes grow; attributes only ever grow, so this
 * ends after at most a few walks per location.  The queue order follows
 * gc's: the heap first, then locations in reverse creation order, with
 * newly escaping locations pushed to the front.  The order does not change
 * the result, only the order of gc's -m=2 explanations.
 *
 * Parameter summaries.  When a walk from root reaches a parameter p with
 * count d and root outlives p (root is the heap, another escaping
 * location, or a result), p "leaks" there with d dereferences.  Leaks to
 * the function's own (first five) results are kept per result; all others
 * count as heap leaks.  Callers use the summary instead of the body.
 *
 * Other attributes ride along: a location addressed by a persistent root
 * persists; mutation and call facts flow from the mutator and callee
 * pseudo-locations at zero dereferences.  Closures whose spill reaches the
 * callee pseudo-location have "lost" their results: their result
 * parameters are walked again, now as ordinary results.
 */
#include "escape.h"

#include <stdlib.h>
#include <string.h>

/* ---- Leak summaries ---- */

int escape_leaks_get(const EscLeaks *leaks, int slot) {
  return (int)leaks->slot[slot] - 1;
}

static void leaks_set(EscLeaks *leaks, int slot, int derefs) {
  int v = derefs + 1;
  if (v < 0)
    INTERNAL_ERROR("negative leak derefs %d", derefs);
  if (v > 255)
    v = 255;
  leaks->slot[slot] = (uint8_t)v;
}

void escape_leaks_add(EscLeaks *leaks, int slot, int derefs) {
  int old = escape_leaks_get(leaks, slot);
  if (old < 0 || derefs < old)
    leaks_set(leaks, slot, derefs);
}

void escape_leaks_optimize(EscLeaks *leaks) {
  int heap = escape_leaks_get(leaks, LEAK_HEAP);
  if (heap < 0)
    return;
  for (int i = 1; i < LEAK_SLOTS; i++)
    if (escape_leaks_get(leaks, i) >= heap)
      leaks->slot[i] = 0;
}

EscLeaks escape_leaks_heap(void) {
  EscLeaks leaks;
  memset(&leaks, 0, sizeof leaks);
  escape_leaks_add(&leaks, LEAK_HEAP, 0);
  return leaks;
}

/* ---- Locations and edges ---- */

void escape_batch_init(EscBatch *batch, Arena *arena) {
  memset(batch, 0, sizeof *batch);
  batch->arena = arena;
  batch->heap.kind = LOC_HEAP;
  batch->heap.attrs = ESC_ESCAPES | ESC_PERSISTS | ESC_MUTATES | ESC_CALLS;
  batch->heap.text = "{heap}";
  batch->mutator.kind = LOC_MUTATOR;
  batch->mutator.attrs = ESC_MUTATES;
  batch->callee.kind = LOC_CALLEE;
  batch->callee.attrs = ESC_CALLS;
  batch->blank.kind = LOC_BLANK;
  batch->heap.index = batch->mutator.index = -1;
  batch->callee.index = batch->blank.index = -1;
}

void escape_batch_free(EscBatch *batch) {
  free(batch->locs);
  batch->locs = NULL;
  batch->loc_count = batch->loc_capacity = 0;
}

EscLoc *escape_new_loc(EscBatch *batch, EscLocKind kind, EscFunc *fn,
                       int loop_depth) {
  EscLoc *loc = arena_alloc(batch->arena, sizeof *loc);
  loc->kind = kind;
  loc->fn = fn;
  loc->loop_depth = loop_depth;
  loc->index = batch->loc_count;
  if (batch->loc_count == batch->loc_capacity) {
    /* malloc'ed, not from the arena: under -m the arena outlives the
     * batch, and this list does not (escape_batch_free) */
    int capacity = batch->loc_capacity ? batch->loc_capacity * 2 : 64;
    batch->locs = xrealloc(batch->locs, sizeof *batch->locs * (size_t)capacity);
    batch->loc_capacity = capacity;
  }
  batch->locs[batch->loc_count++] = loc;
  return loc;
}

void escape_add_edge(EscBatch *batch, EscLoc *dst, EscLoc *src, int derefs) {
  if (dst->edge_count == dst->edge_capacity) {
    int capacity = dst->edge_capacity ? dst->edge_capacity * 2 : 4;
    EscEdge *edges =
        arena_alloc(batch->arena, sizeof *edges * (size_t)capacity);
    if (dst->edge_count)
      memcpy(edges, dst->edges, sizeof *edges * (size_t)dst->edge_count);
    dst->edges = edges;
    dst->edge_capacity = capacity;
  }
  dst->edges[dst->edge_count].src = src;
  dst->edges[dst->edge_count].derefs = derefs;
  dst->edge_count++;
}

/* ---- The outlives rules ---- */

bool escape_contains_closure(const EscFunc *outer, const EscFunc *inner) {
  if (!outer || !inner || outer == inner)
    return false;
  for (const EscFunc *f = inner->outer; f; f = f->outer)
    if (f == outer)
      return true;
  return false;
}

bool escape_outlives(const EscBatch *batch, const EscLoc *l,
                     const EscLoc *other) {
  /* 1. The heap (and anything escaping) outlives everything. */
  if (l->attrs & ESC_ESCAPES)
    return true;
  /* Pseudo-locations do not really exist. */
  if (l == &batch->mutator || l == &batch->callee)
    return false;
  /* 2. Results go to callers we cannot see ... unless l belongs to a
   * closure inside other's function whose every call keeps its results in
   * view. */
  if (l->is_result) {
    if (escape_contains_closure(other->fn, l->fn) && !l->fn->results_lost)
      return false;
    return true;
  }
  /* 3. Declared outside other's loop, in the same function. */
  if (l->fn == other->fn && l->loop_depth < other->loop_depth)
    return true;
  /* 4. other lives in a closure called while l is alive. */
  if (escape_contains_closure(l->fn, other->fn))
    return true;
  return false;
}

/* ---- A double-ended queue of locations ---- */

typedef struct Queue {
  EscLoc **items;
  size_t capacity; /* a power of two */
  size_t head, count;
} Queue;

static void queue_init(Queue *q, size_t capacity) {
  q->capacity = 2;
  while (q->capacity < capacity)
    q->capacity *= 2;
  q->items = xmalloc(sizeof *q->items * q->capacity);
  q->head = q->count = 0;
}

static void queue_grow(Queue *q) {
  EscLoc **items = xmalloc(sizeof *items * q->capacity * 2);
  for (size_t i = 0; i < q->count; i++)
    items[i] = q->items[(q->head + i) & (q->capacity - 1)];
  free(q->items);
  q->items = items;
  q->capacity *= 2;
  q->head = 0;
}

static void queue_push_front(Queue *q, EscLoc *loc) {
  if (q->count == q->capacity)
    queue_grow(q);
  q->head = (q->head - 1) & (q->capacity - 1);
  q->items[q->head] = loc;
  q->count++;
}

static void queue_push_back(Queue *q, EscLoc *loc) {
  if (q->count == q->capacity)
    queue_grow(q);
  q->items[(q->head + q->count) & (q->capacity - 1)] = loc;
  q->count++;
}

static EscLoc *queue_pop_front(Queue *q) {
  EscLoc *loc = q->items[q->head];
  q->head = (q->head + 1) & (q->capacity - 1);
  q->count--;
  return loc;
}

/* ---- The walks ---- */

/* Queue a root for (another) walk; escaping ones go first. */
static void enqueue_root(Queue *todo, EscLoc *loc) {
  if (loc->queued_all)
    return;
  loc->queued_all = true;
  if (loc->attrs & ESC_ESCAPES)
    queue_push_front(todo, loc);
  else
    queue_push_back(todo, loc);
}

/* Record that parameter l's value reaches root with `derefs`. */
static void leak_to(EscLoc *l, const EscLoc *root, int derefs) {
  if (!(root->attrs & ESC_ESCAPES) && root->is_result && root->fn == l->fn) {
    int ri = root->result_index - 1;
    if (ri < ESC_RESULT_SLOTS) {
      escape_leaks_add(&l->param_esc, LEAK_RESULT0 + ri, derefs);
      return;
    }
  }
  escape_leaks_add(&l->param_esc, LEAK_HEAP, derefs);
}

/* One walk: minimum dereferences from every location to root. */
static void walk_one(EscBatch *batch, EscLoc *root, uint32_t walkgen,
                     Queue *roots) {
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = NULL;

  /* A closure whose value may be called by unknown code: its results can
   * no longer be traced, so walk them again as ordinary results. */
  if ((root->attrs & ESC_CALLS) && root->kind == LOC_ALLOC && root->closure) {
    EscFunc *fn = root->closure;
    if (fn->state < ESC_FUNC_TAGGED && !fn->results_lost) {
      fn->results_lost = true;
      for (int i = 0; i < fn->result_count; i++)
        if (fn->result_locs && fn->result_locs[i])
          enqueue_root(roots, fn->result_locs[i]);
    }
  }

  Queue todo;
  queue_init(&todo, 8);
  queue_push_front(&todo, root);
  while (todo.count > 0) {
    EscLoc *l = queue_pop_front(&todo);
    l->queued_one = 0;
    int derefs = l->derefs;
    uint8_t new_attrs = 0;

    /* derefs < 0: l's address reaches root. */
    bool address_of = derefs < 0;
    if (address_of) {
      derefs = 0; /* root = &l; l = x: x's address does not flow */
      if (escape_outlives(batch, root, l))
        new_attrs |= ESC_ESCAPES | ESC_PERSISTS | ESC_MUTATES | ESC_CALLS;
      else if (root->attrs & ESC_PERSISTS)
        new_attrs |= ESC_PERSISTS;
    }
    if (derefs == 0)
      new_attrs |= root->attrs & (ESC_MUTATES | ESC_CALLS);

    /* A parameter's value reaches root: note it for the summary. */
    if (l->is_param) {
      if (escape_outlives(batch, root, l))
        leak_to(l, root, derefs);
      if (root->attrs & ESC_MUTATES)
        escape_leaks_add(&l->param_esc, LEAK_MUTATOR, derefs);
      if (root->attrs & ESC_CALLS)
        escape_leaks_add(&l->param_esc, LEAK_CALLEE, derefs);
    }

    if (new_attrs & ~l->attrs) {
      l->attrs |= new_attrs;
      enqueue_root(roots, l);
      if (l->attrs & ESC_ESCAPES)
        continue; /* it will be walked as a root of its own */
    }

    for (int i = 0; i < l->edge_count; i++) {
      EscEdge *edge = &l->edges[i];
      EscLoc *src = edge->src;
      if (src->attrs & ESC_ESCAPES)
        continue;
      int d = derefs + edge->derefs;
      if (src->walkgen != walkgen || src->derefs > d) {
        src->walkgen = walkgen;
        src->derefs = d;
        src->dst = l;
        src->dst_edge = i;
        if (src->queued_one != walkgen) {
          src->queued_one = walkgen;
          queue_push_back(&todo, src);
        }
      }
    }
  }
  free(todo.items);
}

void escape_solve(EscBatch *batch) {
  Queue roots;
  queue_init(&roots, (size_t)batch->loc_count + 3);
  for (int i = 0; i < batch->loc_count; i++) {
    queue_push_front(&roots, batch->locs[i]);
    batch->locs[i]->queued_all = true;
  }
  queue_push_front(&roots, &batch->mutator);
  queue_push_front(&roots, &batch->callee);
  queue_push_front(&roots, &batch->heap);
  batch->mutator.queued_all = batch->callee.queued_all = true;
  batch->heap.queued_all = true;

  uint32_t walkgen = 0;
  while (roots.count > 0) {
    EscLoc *root = queue_pop_front(&roots);
    root->queued_all = false;
    walk_one(batch, root, ++walkgen, &roots);
  }
  free(roots.items);
}
