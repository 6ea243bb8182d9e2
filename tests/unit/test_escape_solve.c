/*
 * test_escape_solve.c — unit tests for src/escape_solve.c: leak summaries
 * and the solver on small hand-built graphs, one rule of the algorithm
 * each (address of a local stored in the heap, in a result, in an outer
 * loop's variable; content leaks; closures; the fixed point).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "escape.h"

/* A batch with one function and helpers to add locations to it. */
typedef struct Fixture {
  Arena arena;
  EscBatch batch;
  EscFunc fn;
} Fixture;

static Fixture *fixture_new(void) {
  Fixture *f = xmalloc(sizeof *f);
  memset(f, 0, sizeof *f);
  arena_init(&f->arena);
  escape_batch_init(&f->batch, &f->arena);
  f->fn.name = "f";
  f->fn.state = ESC_FUNC_STARTED;
  return f;
}

static void fixture_free(Fixture *f) {
  escape_batch_free(&f->batch);
  arena_free(&f->arena);
  free(f);
}

static EscLoc *var(Fixture *f, EscFunc *fn, int loop_depth) {
  EscLoc *loc = escape_new_loc(&f->batch, LOC_VAR, fn, loop_depth);
  loc->attrs |= ESC_PERSISTS;
  return loc;
}

static EscLoc *param(Fixture *f) {
  EscLoc *loc = var(f, &f->fn, 1);
  loc->is_param = true;
  return loc;
}

static EscLoc *result(Fixture *f, int index) {
  EscLoc *loc = var(f, &f->fn, 1);
  loc->is_result = true;
  loc->result_index = index;
  return loc;
}

static bool escapes(const EscLoc *loc) {
  return (loc->attrs & ESC_ESCAPES) != 0;
}

static void test_leaks_encoding(void **state) {
  (void)state;
  EscLeaks l;
  memset(&l, 0, sizeof l);
  assert_int_equal(escape_leaks_get(&l, LEAK_HEAP), -1);
  escape_leaks_add(&l, LEAK_RESULT0, 2);
  escape_leaks_add(&l, LEAK_RESULT0, 1); /* keeps the minimum */
  escape_leaks_add(&l, LEAK_RESULT0, 3);
  assert_int_equal(escape_leaks_get(&l, LEAK_RESULT0), 1);
  escape_leaks_add(&l, LEAK_HEAP, 1);
  escape_leaks_add(&l, LEAK_RESULT0 + 1, 0);
  escape_leaks_optimize(&l); /* result0 at 1 is no shorter than heap at 1 */
  assert_int_equal(escape_leaks_get(&l, LEAK_RESULT0), -1);
  assert_int_equal(escape_leaks_get(&l, LEAK_RESULT0 + 1), 0);
  EscLeaks h = escape_leaks_heap();
  assert_int_equal(escape_leaks_get(&h, LEAK_HEAP), 0);
}

/* sink = &x (sink a global: the heap) */
static void test_address_to_heap(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *x = var(f, &f->fn, 1);
  escape_add_edge(&f->batch, &f->batch.heap, x, -1);
  escape_solve(&f->batch);
  assert_true(escapes(x));
  fixture_free(f);
}

/* p := &x; q := p; sink = q */
static void test_address_through_copies(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *x = var(f, &f->fn, 1);
  EscLoc *p = var(f, &f->fn, 1);
  EscLoc *q = var(f, &f->fn, 1);
  escape_add_edge(&f->batch, p, x, -1);
  escape_add_edge(&f->batch, q, p, 0);
  escape_add_edge(&f->batch, &f->batch.heap, q, 0);
  escape_solve(&f->batch);
  assert_true(escapes(x));
  assert_false(escapes(p)); /* p's value escapes, p itself does not */
  assert_false(escapes(q));
  fixture_free(f);
}

/* p := &x; y := *p; sink = y: a dereference cancels the address */
static void test_deref_cancels_address(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *x = var(f, &f->fn, 1);
  EscLoc *p = var(f, &f->fn, 1);
  EscLoc *y = var(f, &f->fn, 1);
  escape_add_edge(&f->batch, p, x, -1);
  escape_add_edge(&f->batch, y, p, 1);
  escape_add_edge(&f->batch, &f->batch.heap, y, 0);
  escape_solve(&f->batch);
  assert_false(escapes(x));
  fixture_free(f);
}

/* return &x: results outlive the function */
static void test_address_to_result(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *r = result(f, 1);
  EscLoc *x = var(f, &f->fn, 1);
  escape_add_edge(&f->batch, r, x, -1);
  escape_solve(&f->batch);
  assert_true(escapes(x));
  fixture_free(f);
}

/* func f(p *int) *int { return p }: leaking param to result level=0, and
 * func g(p **int) { sink = *p }: leaking param content */
static void test_param_summaries(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *p = param(f);
  EscLoc *q = param(f);
  EscLoc *r = result(f, 1);
  escape_add_edge(&f->batch, r, p, 0);
  escape_add_edge(&f->batch, &f->batch.heap, q, 1);
  escape_solve(&f->batch);
  assert_false(escapes(p));
  assert_int_equal(escape_leaks_get(&p->param_esc, LEAK_RESULT0), 0);
  assert_int_equal(escape_leaks_get(&p->param_esc, LEAK_HEAP), -1);
  assert_int_equal(escape_leaks_get(&q->param_esc, LEAK_HEAP), 1);
  fixture_free(f);
}

/* var p *int; for { x := 0; p = &x }: p outlives each iteration's x */
static void test_outer_loop_variable(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *p = var(f, &f->fn, 1);
  EscLoc *x = var(f, &f->fn, 2);
  EscLoc *y = var(f, &f->fn, 2);
  EscLoc *q = var(f, &f->fn, 2);
  escape_add_edge(&f->batch, p, x, -1); /* outer = &inner: escapes */
  escape_add_edge(&f->batch, q, y, -1); /* inner = &inner: fine */
  escape_solve(&f->batch);
  assert_true(escapes(x));
  assert_false(escapes(y));
  fixture_free(f);
}

/* A closure's local whose address is stored in its enclosing function's
 * variable must outlive the closure's frame. */
static void test_closure_frames(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscFunc inner;
  memset(&inner, 0, sizeof inner);
  inner.outer = &f->fn;
  inner.is_closure = true;
  EscLoc *p = var(f, &f->fn, 1);
  EscLoc *c = var(f, &inner, 1);
  escape_add_edge(&f->batch, p, c, -1);
  escape_solve(&f->batch);
  assert_true(escape_contains_closure(&f->fn, &inner));
  assert_false(escape_contains_closure(&inner, &f->fn));
  assert_true(escapes(c));
  fixture_free(f);
}

/* The fixed point: q := &x; p := &q; sink = p makes q escape, and then
 * x, whose address q holds, escapes too. */
static void test_escaping_becomes_root(void **state) {
  (void)state;
  Fixture *f = fixture_new();
  EscLoc *x = var(f, &f->fn, 1);
  EscLoc *q = var(f, &f->fn, 1);
  EscLoc *p = var(f, &f->fn, 1);
  escape_add_edge(&f->batch, q, x, -1);
  escape_add_edge(&f->batch, p, q, -1);
  escape_add_edge(&f->batch, &f->batch.heap, p, 0);
  escape_solve(&f->batch);
  assert_true(escapes(q));
  assert_true(escapes(x));
  assert_false(escapes(p));
  fixture_free(f);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_leaks_encoding),
      cmocka_unit_test(test_address_to_heap),
      cmocka_unit_test(test_address_through_copies),
      cmocka_unit_test(test_deref_cancels_address),
      cmocka_unit_test(test_address_to_result),
      cmocka_unit_test(test_param_summaries),
      cmocka_unit_test(test_outer_loop_variable),
      cmocka_unit_test(test_closure_frames),
      cmocka_unit_test(test_escaping_becomes_root),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
