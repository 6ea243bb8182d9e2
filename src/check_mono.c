/* check_mono.c — instantiation cycles: generic code gc cannot instantiate.
 *
 * gc compiles generic code by instantiating it for the shapes of its type
 * arguments, so a package whose instantiations grow without end is
 * rejected:
 *
 *     type M[T any] struct{}
 *     func (m *M[T]) Pair() *M[[]T]   // M[[]T] needs M[[][]T], ...
 *
 *     ./p.go:1:8: instantiation cycle:
 *             ./p.go:2:26: T instantiated as []T
 *
 * (goesc's inliner would otherwise plan M[[]T], M[[][]T], ... forever.)
 *
 * The check is a flow of types between type parameters.  Each vertex is
 * a type parameter of the package (a method's receiver parameters are
 * their type's), or a defined type declared inside a generic function,
 * which is implicitly parameterized by the type parameters around it.
 * Each instantiation G[A] adds an edge to G's parameter from every
 * vertex A mentions: of weight 0 when A is that vertex's type itself,
 * 1 when A is built around it.  A cycle of positive weight is a type
 * that instantiates itself with something bigger: an error.
 *
 * The cycle is found as in Bellman-Ford, looking for the heaviest paths:
 * relax every edge until nothing changes, or until some path has as many
 * edges as there are vertices, which only a cycle allows.  Instantiations
 * are recorded as the checker verifies them (check_mono_instance), and
 * the graph is solved once, when the package has no other error. */

#include <stdlib.h>
#include <string.h>

#include "goesc.h"
#include "types.h"

typedef struct MonoVertex {
  Object *obj;  /* the type parameter or the local defined type */
  int weight;   /* of the heaviest path found to it */
  int length;   /* that path's number of edges */
  int previous; /* its last edge, -1 for none */
} MonoVertex;

typedef struct MonoEdge {
  int dst, src;
  int weight;           /* 0: the argument is src's type; 1: built on it */
  Pos pos;              /* where the argument is written */
  const Source *source; /* in this file */
  Type *targ;           /* the whole argument, for the message */
} MonoEdge;

/* The index of the graph: a type parameter's or local type's object to
 * its vertex (-1: a local type that needs none), a method's receiver
 * type parameter to its type's.  Open addressing on the pointer. */
typedef struct MonoSlot {
  const void *key; /* NULL: empty */
  int vertex;
  Type *canon;
} MonoSlot;

struct MonoGraph {
  MonoVertex *vertices;
  int vertex_count, vertex_capacity;
  MonoEdge *edges;
  int edge_count, edge_capacity;
  MonoSlot *slots;
  size_t slot_count, slot_capacity; /* capacity: 0 or a power of two */
};

static MonoGraph *mono_graph(Checker *c) {
  if (!c->mono) {
    c->mono = xmalloc(sizeof *c->mono);
    memset(c->mono, 0, sizeof *c->mono);
  }
  return c->mono;
}

void check_mono_free(Checker *c) {
  if (!c->mono)
    return;
  free(c->mono->vertices);
  free(c->mono->edges);
  free(c->mono->slots);
  free(c->mono);
  c->mono = NULL;
}

static size_t mono_hash(const void *key, size_t capacity) {
  uintptr_t h = (uintptr_t)key;
  h ^= h >> 17;
  h *= (uintptr_t)0x9E3779B97F4A7C15u;
  return (size_t)(h >> 7) & (capacity - 1);
}

/* The slot of key, NULL when it has none. */
static MonoSlot *mono_find(const MonoGraph *g, const void *key) {
  if (!g->slot_capacity)
    return NULL;
  size_t j = mono_hash(key, g->slot_capacity);
  while (g->slots[j].key && g->slots[j].key != key)
    j = (j + 1) & (g->slot_capacity - 1);
  return g->slots[j].key ? &g->slots[j] : NULL;
}

/* The slot of key, made (vertex -1, no canon) when it has none.  (A
 * slot moves when the table grows: hold it only until the next insert.) */
static MonoSlot *mono_insert(MonoGraph *g, const void *key) {
  MonoSlot *slot = mono_find(g, key);
  if (slot)
    return slot;
  if ((g->slot_count + 1) * 2 > g->slot_capacity) {
    MonoSlot *old = g->slots;
    size_t old_capacity = g->slot_capacity;
    g->slot_capacity = old_capacity ? 2 * old_capacity : 64;
    g->slots = xmalloc(sizeof *g->slots * g->slot_capacity);
    memset(g->slots, 0, sizeof *g->slots * g->slot_capacity);
    g->slot_count = 0;
    for (size_t i = 0; i < old_capacity; i++)
      if (old[i].key)
        *mono_insert(g, old[i].key) = old[i];
    free(old);
  }
  size_t j = mono_hash(key, g->slot_capacity);
  while (g->slots[j].key)
    j = (j + 1) & (g->slot_capacity - 1);
  g->slots[j] = (MonoSlot){key, -1, NULL};
  g->slot_count++;
  return &g->slots[j];
}

void check_mono_receiver(Checker *c, Type *recv_param, Type *type_param) {
  mono_insert(mono_graph(c), recv_param)->canon = type_param;
}

/* The vertex of obj, made on first use. */
static int mono_vertex(MonoGraph *g, Object *obj) {
  MonoSlot *slot = mono_insert(g, obj);
  if (slot->vertex >= 0)
    return slot->vertex;
  if (g->vertex_count == g->vertex_capacity) {
    g->vertex_capacity = g->vertex_capacity ? 2 * g->vertex_capacity : 16;
    g->vertices = xrealloc(g->vertices, sizeof *g->vertices *
                                            (size_t)g->vertex_capacity);
  }
  g->vertices[g->vertex_count] = (MonoVertex){obj, 0, 0, -1};
  slot->vertex = g->vertex_count;
  return g->vertex_count++;
}

/* The vertex of type parameter t: its type's, for a receiver's. */
static int mono_type_param(MonoGraph *g, Type *t) {
  MonoSlot *slot = mono_find(g, t);
  if (slot && slot->canon)
    t = slot->canon;
  return mono_vertex(g, t->u.tparam.obj);
}

static void mono_edge(MonoGraph *g, int dst, int src, int weight, Pos pos,
                      const Source *source, Type *targ) {
  if (g->edge_count == g->edge_capacity) {
    g->edge_capacity = g->edge_capacity ? 2 * g->edge_capacity : 16;
    g->edges = xrealloc(g->edges, sizeof *g->edges * (size_t)g->edge_capacity);
  }
  g->edges[g->edge_count++] = (MonoEdge){dst, src, weight, pos, source, targ};
}

/* The vertex of a defined type declared inside a generic function, with
 * its edges from the type parameters declared before it around it; -1
 * for any other named type. */
static int mono_local_type(Checker *c, Object *obj) {
  MonoGraph *g = c->mono;
  if (!obj || obj->pkg != c->pkg || !obj->parent ||
      obj->parent == c->pkg->scope)
    return -1;
  const MonoSlot *seen = mono_find(g, obj);
  if (seen) /* (-1: met before, around no type parameter) */
    return seen->vertex;
  mono_insert(g, obj);
  int vertex = -1;
  for (Scope *s = obj->parent; s && s != c->pkg->scope; s = s->parent)
    for (int i = 0; i < s->count; i++) {
      Object *p = s->objects[i];
      if (p->kind != OBJ_TYPE || !p->type || p->type->kind != TY_TYPEPARAM ||
          pos_before(obj->pos, p->pos))
        continue;
      if (vertex < 0)
        vertex = mono_vertex(g, obj);
      mono_edge(g, vertex, mono_type_param(g, p->type), 1, obj->pos,
                obj->source, p->type);
    }
  return vertex;
}

/* Edges to vertex dst from every vertex type t (part of targ) mentions. */
static void mono_flow(Checker *c, int dst, Type *t, Type *targ, Pos pos,
                      int depth) {
  MonoGraph *g = c->mono;
  if (!t || depth > 100)
    return;
  switch (t->kind) {
  case TY_TYPEPARAM:
    if (t->u.tparam.obj && t->u.tparam.obj->pkg == c->pkg)
      mono_edge(g, dst, mono_type_param(g, t), t == targ ? 0 : 1, pos,
                c->source, targ);
    return;
  case TY_NAMED: {
    Type *origin = t->u.named.origin ? t->u.named.origin : t;
    int local = mono_local_type(c, origin->u.named.obj);
    if (local >= 0)
      mono_edge(g, dst, local, t == targ ? 0 : 1, pos, c->source, targ);
    for (int i = 0; i < t->u.named.targ_count; i++)
      mono_flow(c, dst, t->u.named.targs[i], targ, pos, depth + 1);
    return;
  }
  case TY_ARRAY: mono_flow(c, dst, t->u.array.elem, targ, pos, depth + 1); return;
  case TY_SLICE: mono_flow(c, dst, t->u.slice.elem, targ, pos, depth + 1); return;
  case TY_POINTER: mono_flow(c, dst, t->u.pointer.elem, targ, pos, depth + 1); return;
  case TY_CHAN: mono_flow(c, dst, t->u.chan.elem, targ, pos, depth + 1); return;
  case TY_MAP:
    mono_flow(c, dst, t->u.map.key, targ, pos, depth + 1);
    mono_flow(c, dst, t->u.map.elem, targ, pos, depth + 1);
    return;
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.count; i++)
      mono_flow(c, dst, t->u.tuple.vars[i]->type, targ, pos, depth + 1);
    return;
  case TY_FUNC:
    mono_flow(c, dst, t->u.func.params, targ, pos, depth + 1);
    mono_flow(c, dst, t->u.func.results, targ, pos, depth + 1);
    return;
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      mono_flow(c, dst, t->u.strct.fields[i]->type, targ, pos, depth + 1);
    return;
  case TY_INTERFACE:
    for (int i = 0; i < t->u.iface.method_count; i++)
      mono_flow(c, dst, t->u.iface.methods[i]->type, targ, pos, depth + 1);
    return;
  default:
    return;
  }
}

void check_mono_instance(Checker *c, Type **tparams, Type **targs, int n,
                         Pos pos, const Node *written) {
  MonoGraph *g = mono_graph(c);
  for (int i = 0; i < n; i++, written = written ? written->next : NULL) {
    Object *obj = tparams[i]->u.tparam.obj;
    if (!obj || obj->pkg != c->pkg) /* imported: no cycle through it */
      continue;
    mono_flow(c, mono_type_param(g, tparams[i]), targs[i], targs[i],
              written ? node_start(written) : pos, 0);
  }
}

/* Report the cycle on the heaviest path to vertex v: walk the path back
 * until a vertex comes again (v may hang off the cycle), then list the
 * cycle's edges from there. */
static void mono_report(Checker *c, int v) {
  MonoGraph *g = c->mono;
  bool *seen = xmalloc((size_t)g->vertex_count);
  memset(seen, 0, (size_t)g->vertex_count);
  int *stack = xmalloc(sizeof(int) * (size_t)g->vertex_count);
  int depth = 0;
  while (!seen[v]) {
    stack[depth++] = v;
    seen[v] = true;
    v = g->edges[g->vertices[v].previous].src;
  }
  int start = 0;
  while (stack[start] != v)
    start++;
  StrBuf buf = {NULL, 0, 0};
  strbuf_puts(&buf, "instantiation cycle:");
  for (int i = start; i < depth; i++) {
    const MonoEdge *e = &g->edges[g->vertices[stack[i]].previous];
    const Object *dst = g->vertices[e->dst].obj;
    strbuf_printf(&buf, "\n\t%s:%d:%d: %s %s %s",
                  e->source ? e->source->path : "", (int)e->pos.line,
                  (int)e->pos.col, dst->name,
                  dst->type && dst->type->kind == TY_TYPEPARAM
                      ? "instantiated as" : "implicitly parameterized by",
                  check_type_string(c, e->targ));
  }
  const Object *first = g->vertices[v].obj;
  const Source *saved = c->source;
  c->source = first->source;
  check_errorf_pos(c, first->pos, "%s", buf.data);
  c->source = saved;
  strbuf_free(&buf);
  free(stack);
  free(seen);
}

void check_mono(Checker *c) {
  MonoGraph *g = c->mono;
  if (!g || g->edge_count == 0)
    return;
  for (bool again = true; again;) {
    again = false;
    for (int i = 0; i < g->edge_count; i++) {
      const MonoEdge *e = &g->edges[i];
      MonoVertex *src = &g->vertices[e->src], *dst = &g->vertices[e->dst];
      int weight = src->weight + e->weight;
      if (weight <= dst->weight)
        continue;
      dst->previous = i;
      dst->length = src->length + 1;
      if (dst->length == g->vertex_count) {
        mono_report(c, e->dst);
        return;
      }
      dst->weight = weight;
      again = true;
    }
  }
}
