/*
 * test_types.c — types, layout, printing and constants on hand-built
 * values (no parser involved).
 *
 * The layout expectations are gc's on linux/amd64 (checked against
 * unsafe.Sizeof/Alignof/Offsetof in Go 1.26).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "types.h"

static const char *name(const char *s) { return intern(s, strlen(s)); }

static Object *field(const char *n, Type *t) {
  return types_new_field(name(n), t, NULL, false, NULL, 0);
}

static Type *make_struct(int count, ...) {
  va_list ap;
  va_start(ap, count);
  Object **fields = types_alloc(sizeof(Object *) * (size_t)(count + 1));
  for (int i = 0; i < count; i++) {
    const char *n = va_arg(ap, const char *);
    Type *t = va_arg(ap, Type *);
    fields[i] = field(n, t);
  }
  va_end(ap);
  return types_new_struct(fields, count);
}

static int setup(void **state) {
  (void)state;
  universe_init();
  return 0;
}

static int teardown(void **state) {
  (void)state;
  types_release();
  return 0;
}

#define B(k) types_basic[k]

static void test_basic_layout(void **state) {
  (void)state;
  assert_int_equal(types_sizeof(B(TY_BOOL)), 1);
  assert_int_equal(types_sizeof(B(TY_INT)), 8);
  assert_int_equal(types_sizeof(B(TY_INT32)), 4);
  assert_int_equal(types_sizeof(B(TY_STRING)), 16);
  assert_int_equal(types_alignof(B(TY_STRING)), 8);
  assert_int_equal(types_sizeof(B(TY_COMPLEX64)), 8);
  assert_int_equal(types_alignof(B(TY_COMPLEX64)), 4);
  assert_int_equal(types_sizeof(B(TY_COMPLEX128)), 16);
  assert_int_equal(types_sizeof(types_any), 16);
  assert_int_equal(types_sizeof(types_new_slice(B(TY_INT))), 24);
  assert_int_equal(types_sizeof(types_new_map(B(TY_INT), B(TY_INT))), 8);
  assert_int_equal(types_sizeof(types_new_chan(B(TY_INT), CHAN_BOTH)), 8);
  assert_int_equal(types_sizeof(types_new_pointer(B(TY_INT))), 8);
  assert_true(types_has_pointers(B(TY_STRING)));
  assert_false(types_has_pointers(B(TY_FLOAT64)));
}

static void test_struct_layout(void **state) {
  (void)state;
  /* struct{a bool; b int64; c bool} = 24, offsets 0 8 16 */
  Type *s = make_struct(3, "a", B(TY_BOOL), "b", B(TY_INT64), "c", B(TY_BOOL));
  assert_int_equal(types_sizeof(s), 24);
  assert_int_equal(types_alignof(s), 8);
  assert_int_equal(types_offsetof(s, 1), 8);
  assert_int_equal(types_offsetof(s, 2), 16);
  /* struct{a int32; b struct{}} = 8: the zero-size final field gets a
   * byte of padding, then rounding to 4. */
  Type *empty = types_new_struct(NULL, 0);
  Type *z = make_struct(2, "a", B(TY_INT32), "b", empty);
  assert_int_equal(types_sizeof(z), 8);
  assert_int_equal(types_offsetof(z, 1), 4);
  /* struct{b struct{}; a int32} = 4: no padding at the front. */
  Type *z2 = make_struct(2, "b", empty, "a", B(TY_INT32));
  assert_int_equal(types_sizeof(z2), 4);
  /* struct{} and [0]int have size 0; [3]int16 is 6 aligned 2. */
  assert_int_equal(types_sizeof(empty), 0);
  assert_int_equal(types_sizeof(types_new_array(B(TY_INT), 0)), 0);
  Type *a = types_new_array(B(TY_INT16), 3);
  assert_int_equal(types_sizeof(a), 6);
  assert_int_equal(types_alignof(a), 2);
  /* struct{a byte; b complex64} = 12 (complex64 aligns to 4). */
  Type *c = make_struct(2, "a", B(TY_UINT8), "b", B(TY_COMPLEX64));
  assert_int_equal(types_sizeof(c), 12);
  /* has_pointers: only through pointerful fields. */
  assert_false(types_has_pointers(s));
  Type *p = make_struct(2, "n", B(TY_INT), "s", types_new_slice(B(TY_INT)));
  assert_true(types_has_pointers(p));
  assert_false(types_has_pointers(types_new_array(B(TY_STRING), 0)));
}

static void test_printing(void **state) {
  (void)state;
  assert_string_equal(types_string(types_new_slice(B(TY_INT)), NULL), "[]int");
  assert_string_equal(types_string(types_new_map(B(TY_STRING), B(TY_INT)), NULL),
                      "map[string]int");
  assert_string_equal(types_string(types_new_pointer(types_byte), NULL), "*byte");
  assert_string_equal(
      types_string(types_new_chan(types_new_chan(B(TY_INT), CHAN_RECV), CHAN_BOTH), NULL),
      "chan (<-chan int)");
  assert_string_equal(types_string(types_new_chan(B(TY_INT), CHAN_SEND), NULL),
                      "chan<- int");
  Object **params = types_alloc(sizeof(Object *) * 2);
  params[0] = types_new_var(name("x"), B(TY_INT), NULL);
  params[1] = types_new_var(name("rest"), types_new_slice(B(TY_STRING)), NULL);
  Object **results = types_alloc(sizeof(Object *));
  results[0] = types_new_var(name(""), B(TY_STRING), NULL);
  Type *f = types_new_func(NULL, types_new_tuple(params, 2),
                           types_new_tuple(results, 1), true);
  assert_string_equal(types_string(f, NULL), "func(x int, rest ...string) string");
  Type *s = make_struct(2, "a", B(TY_INT), "b", B(TY_STRING));
  assert_string_equal(types_string(s, NULL), "struct{a int; b string}");
  assert_string_equal(types_string(types_any, NULL), "any");
  assert_string_equal(types_string(types_error, NULL), "error");
  assert_string_equal(types_string(types_new_array(B(TY_INT), 4), NULL), "[4]int");
}

static void test_identity(void **state) {
  (void)state;
  Type *a = types_new_slice(B(TY_INT)), *b = types_new_slice(B(TY_INT));
  assert_true(types_identical(a, b));
  assert_false(types_identical(a, types_new_slice(B(TY_INT64))));
  assert_true(types_identical(types_byte, B(TY_UINT8)));
  assert_true(types_identical(types_rune, B(TY_INT32)));
  /* Named types are identical only to themselves. */
  Pos none = {0, 0};
  Object *o1 = types_new_object(OBJ_TYPE, name("T"), NULL, NULL, NULL, none);
  Object *o2 = types_new_object(OBJ_TYPE, name("T"), NULL, NULL, NULL, none);
  Type *n1 = types_new_named(o1, B(TY_INT)), *n2 = types_new_named(o2, B(TY_INT));
  assert_false(types_identical(n1, n2));
  assert_true(types_identical(types_under(n1), types_under(n2)));
  /* Struct tags matter for identity. */
  Object **f1 = types_alloc(sizeof(Object *)), **f2 = types_alloc(sizeof(Object *));
  f1[0] = types_new_field(name("a"), B(TY_INT), NULL, false, "json", 4);
  f2[0] = types_new_field(name("a"), B(TY_INT), NULL, false, NULL, 0);
  assert_false(types_identical(types_new_struct(f1, 1), types_new_struct(f2, 1)));
  assert_true(types_identical_ignore_tags(types_new_struct(f1, 1),
                                          types_new_struct(f2, 1)));
  assert_true(types_comparable(B(TY_STRING)));
  assert_false(types_comparable(a));
  assert_false(types_comparable(make_struct(1, "s", a)));
}

static void test_scopes(void **state) {
  (void)state;
  Scope *outer = types_new_scope(NULL, "outer");
  Scope *inner = types_new_scope(outer, "inner");
  char buf[16];
  for (int i = 0; i < 100; i++) {
    snprintf(buf, sizeof buf, "v%d", i);
    Object *o = types_new_var(name(buf), B(TY_INT), NULL);
    assert_null(types_scope_insert(outer, o));
  }
  Object *dup = types_new_var(name("v7"), B(TY_INT), NULL);
  assert_non_null(types_scope_insert(outer, dup));
  Scope *found = NULL;
  Object *o = types_scope_lookup_parent(inner, name("v42"), &found);
  assert_non_null(o);
  assert_ptr_equal(found, outer);
  assert_null(types_scope_lookup(inner, name("v42")));
  assert_null(types_scope_lookup_parent(inner, name("nope"), NULL));
  /* Blank names are never inserted. */
  assert_null(types_scope_insert(inner, types_new_var(name("_"), B(TY_INT), NULL)));
  assert_int_equal(inner->count, 0);
}

static const char *printed(const Value *v) {
  StrBuf b = {NULL, 0, 0};
  value_print(&b, v);
  const char *s = types_strdup(b.data ? b.data : "", b.length);
  strbuf_free(&b);
  return s;
}

static const Value *lit(LiteralKind k, const char *text) {
  return value_from_literal(k, text, strlen(text));
}

static void test_constants(void **state) {
  (void)state;
  bool over = false;
  /* 1 << 100 >> 98 == 4 */
  const Value *big = value_shift(TK_SHL, value_int64(1), 100, &over);
  assert_string_equal(printed(big), "1267650600228229401496703205376");
  const Value *four = value_shift(TK_SHR, big, 98, &over);
  assert_string_equal(printed(four), "4");
  /* 0.1 + 0.2 == 0.3 exactly */
  const Value *s = value_binary(TK_ADD, lit(LIT_FLOAT, "0.1"), lit(LIT_FLOAT, "0.2"),
                                false, &over);
  assert_true(value_compare(TK_EQL, s, lit(LIT_FLOAT, "0.3")));
  /* Integer division truncates, float division does not. */
  assert_string_equal(printed(value_binary(TK_QUO, value_int64(7), value_int64(2), true, &over)), "3");
  assert_string_equal(printed(value_binary(TK_QUO, value_int64(-7), value_int64(2), true, &over)), "-3");
  assert_string_equal(printed(value_binary(TK_REM, value_int64(-7), value_int64(2), true, &over)), "-1");
  assert_string_equal(printed(value_binary(TK_QUO, value_int64(7), value_int64(2), false, &over)), "3.5");
  /* Division by zero is reported as NULL. */
  assert_null(value_binary(TK_QUO, value_int64(1), value_int64(0), true, &over));
  /* Literals: hex, octal, binary, underscores, runes, strings. */
  assert_string_equal(printed(lit(LIT_INT, "0x_ff")), "255");
  assert_string_equal(printed(lit(LIT_INT, "0o17")), "15");
  assert_string_equal(printed(lit(LIT_INT, "017")), "15");
  assert_string_equal(printed(lit(LIT_INT, "0b101")), "5");
  assert_string_equal(printed(lit(LIT_INT, "1_000_000")), "1000000");
  assert_string_equal(printed(lit(LIT_RUNE, "'a'")), "97");
  assert_string_equal(printed(lit(LIT_RUNE, "'\\n'")), "10");
  assert_string_equal(printed(lit(LIT_RUNE, "'\\xff'")), "255");
  assert_string_equal(printed(lit(LIT_STRING, "\"a\\tb\"")), "\"a\\tb\"");
  assert_string_equal(printed(lit(LIT_FLOAT, "1e100")), "1e+100");
  assert_string_equal(printed(lit(LIT_FLOAT, "1.5")), "1.5");
  assert_string_equal(printed(lit(LIT_FLOAT, "0x1p-2")), "0.25");
  assert_string_equal(printed(lit(LIT_IMAG, "2i")), "(0 + 2i)");
  /* Bitwise operators on negative values (two's complement). */
  assert_string_equal(printed(value_unary(TK_XOR, value_int64(5), 0)), "-6");
  assert_string_equal(printed(value_unary(TK_XOR, value_int64(5), 8)), "250");
  assert_string_equal(printed(value_binary(TK_AND, value_int64(-1), value_int64(255), true, &over)), "255");
  assert_string_equal(printed(value_shift(TK_SHR, value_int64(-5), 1, &over)), "-3");
  /* Ranges. */
  int64_t i64;
  uint64_t u64;
  assert_true(value_get_int64(value_int64(INT64_MIN), &i64));
  assert_int_equal(i64, INT64_MIN);
  assert_false(value_get_int64(value_uint64(UINT64_MAX), &i64));
  assert_true(value_get_uint64(value_uint64(UINT64_MAX), &u64));
  assert_false(value_get_uint64(value_int64(-1), &u64));
  assert_null(value_to_int(lit(LIT_FLOAT, "1.5")));
  assert_non_null(value_to_int(lit(LIT_FLOAT, "2.0")));
}

static void test_float_rounding(void **state) {
  (void)state;
  /* 0.1 rounds to the float64 nearest 0.1 and to float32's. */
  const Value *f64 = value_round_float(lit(LIT_FLOAT, "0.1"), 64);
  assert_true(value_to_double(f64) == 0.1);
  const Value *f32 = value_round_float(lit(LIT_FLOAT, "0.1"), 32);
  assert_true((float)value_to_double(f32) == 0.1f);
  /* Overflow. */
  assert_null(value_round_float(lit(LIT_FLOAT, "1e309"), 64));
  assert_null(value_round_float(lit(LIT_FLOAT, "1e39"), 32));
  assert_non_null(value_round_float(lit(LIT_FLOAT, "1.7976931348623157e308"), 64));
  /* Subnormals round correctly. */
  const Value *tiny = value_round_float(lit(LIT_FLOAT, "5e-324"), 64);
  assert_true(value_to_double(tiny) == 5e-324);
  /* Exact big integers convert with rounding to nearest even. */
  assert_true(value_to_double(lit(LIT_INT, "9007199254740993")) == 9007199254740992.0);
  assert_true(value_to_double(lit(LIT_INT, "9007199254740995")) == 9007199254740996.0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_basic_layout, setup, teardown),
      cmocka_unit_test_setup_teardown(test_struct_layout, setup, teardown),
      cmocka_unit_test_setup_teardown(test_printing, setup, teardown),
      cmocka_unit_test_setup_teardown(test_identity, setup, teardown),
      cmocka_unit_test_setup_teardown(test_scopes, setup, teardown),
      cmocka_unit_test_setup_teardown(test_constants, setup, teardown),
      cmocka_unit_test_setup_teardown(test_float_rounding, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
