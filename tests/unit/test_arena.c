/*
 * test_arena.c — unit tests for arena.c and source.c.
 *
 * The arena (alignment, zeroing, big requests, mark/reset), interned
 * strings, the error list's two gc habits (one syntax error per line, stop
 * after ten with "too many errors"), and reading sources.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "goesc.h"

/* ---- arena ---- */

static void test_alloc_is_aligned(void **state) {
  (void)state;
  Arena arena;
  arena_init(&arena);
  /* Odd sizes must not knock later allocations off 8-byte alignment. */
  size_t sizes[] = {1, 3, 7, 8, 9, 13, 24, 1000, 5};
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
    void *p = arena_alloc(&arena, sizes[i]);
    assert_non_null(p);
    assert_int_equal((uintptr_t)p % 8, 0);
  }
  arena_free(&arena);
  assert_null(arena.head);
  assert_int_equal(arena.total, 0);
}

static void test_alloc_is_zeroed(void **state) {
  (void)state;
  Arena arena;
  arena_init(&arena);
  ArenaMark mark = arena_mark(&arena);
  unsigned char *p = arena_alloc(&arena, 256);
  memset(p, 0xAB, 256);
  /* Reset and allocate again: the memory handed out twice must come back
   * zeroed the second time. */
  arena_reset(&arena, mark);
  arena_alloc(&arena, 1); /* start a block, then roll back into it */
  mark = arena_mark(&arena);
  p = arena_alloc(&arena, 256);
  memset(p, 0xCD, 256);
  arena_reset(&arena, mark);
  unsigned char *q = arena_alloc(&arena, 256);
  assert_ptr_equal(p, q);
  for (int i = 0; i < 256; i++)
    assert_int_equal(q[i], 0);
  arena_free(&arena);
}

static void test_large_blocks(void **state) {
  (void)state;
  Arena arena;
  arena_init(&arena);
  char *small = arena_alloc(&arena, 16);
  strcpy(small, "still here");
  /* Bigger than a default block (64 KiB): gets a block of its own. */
  size_t big = 3 * 1024 * 1024 + 5;
  unsigned char *p = arena_alloc(&arena, big);
  assert_non_null(p);
  assert_int_equal((uintptr_t)p % 8, 0);
  assert_true(arena.total >= big);
  for (size_t i = 0; i < big; i++)
    assert_true(p[i] == 0);
  memset(p, 0x5A, big);
  /* The older block (and what it holds) survives. */
  assert_string_equal(small, "still here");
  /* Many allocations that together exceed one block. */
  for (int i = 0; i < 10000; i++) {
    int *n = arena_alloc(&arena, sizeof *n * 4);
    n[3] = i;
    assert_int_equal(n[0] + n[1] + n[2], 0);
  }
  arena_free(&arena);
  assert_int_equal(arena.total, 0);
}

static void test_mark_reset(void **state) {
  (void)state;
  Arena arena;
  arena_init(&arena);
  char *keep = arena_strndup(&arena, "keep me", 7);
  ArenaMark mark = arena_mark(&arena);
  size_t total_at_mark = arena.total;
  char *first = arena_alloc(&arena, 32);
  for (int i = 0; i < 100; i++)
    arena_alloc(&arena, 4096); /* several new blocks */
  arena_alloc(&arena, 1 << 20);
  assert_true(arena.total > total_at_mark);
  arena_reset(&arena, mark);
  assert_int_equal(arena.total, total_at_mark);
  assert_string_equal(keep, "keep me");
  /* Allocation resumes exactly where the mark was taken. */
  assert_ptr_equal(arena_alloc(&arena, 32), first);

  /* A mark on an empty arena resets to empty. */
  Arena empty;
  arena_init(&empty);
  ArenaMark none = arena_mark(&empty);
  arena_alloc(&empty, 100);
  arena_reset(&empty, none);
  assert_null(empty.head);
  assert_int_equal(empty.total, 0);
  arena_free(&arena);
}

/* arena_adopt: the adopted blocks' data stays valid, the adopter goes on
 * allocating in its own newest block, and one free releases all (ASan
 * and valgrind check the memory). */
static void test_adopt(void **state) {
  (void)state;
  Arena a, b;
  arena_init(&a);
  arena_init(&b);
  char *kept = arena_strndup(&b, "kept", 4);
  char *big = arena_alloc(&b, 300 * 1024); /* a second block in b */
  big[0] = 'x';
  char *own = arena_alloc(&a, 16);
  size_t total = a.total + b.total;
  arena_adopt(&a, &b);
  assert_null(b.head);
  assert_int_equal(b.total, 0);
  assert_int_equal(a.total, total);
  char *next = arena_alloc(&a, 16);
  assert_ptr_equal(next, own + 16); /* the newest block is still a's */
  assert_string_equal(kept, "kept");
  assert_int_equal(big[0], 'x');
  arena_adopt(&a, &b); /* an empty arena: nothing to take */
  assert_int_equal(a.total, total);
  arena_init(&b);
  arena_adopt(&b, &a); /* into an empty arena: all of it */
  assert_null(a.head);
  assert_int_equal(b.total, total);
  arena_free(&b);
  assert_int_equal(b.total, 0);
}

static void test_strndup_printf(void **state) {
  (void)state;
  Arena arena;
  arena_init(&arena);
  char *s = arena_strndup(&arena, "hello, world", 5);
  assert_string_equal(s, "hello");
  char *f = arena_printf(&arena, "%s:%d:%d", "a.go", 12, 3);
  assert_string_equal(f, "a.go:12:3");
  assert_string_equal(arena_printf(&arena, "%s", ""), "");
  arena_free(&arena);
}

/* ---- interned strings ---- */

/* A name may hold a NUL byte (the lexer reports it and goes on).  It must
 * stay a name of its own, and must not take the place of its prefix when
 * the table grows: this once made the checker lose "int" between runs. */
static void test_intern_embedded_nul(void **state) {
  (void)state;
  const char *with_nul = intern("int\0x", 5);
  const char *plain = intern("int", 3);
  assert_ptr_not_equal(with_nul, plain);
  char name[32];
  for (int i = 0; i < 50000; i++) { /* several growths of the table */
    int n = snprintf(name, sizeof name, "grow%d", i);
    intern(name, (size_t)n);
  }
  assert_ptr_equal(intern("int", 3), plain);
  assert_ptr_equal(intern("int\0x", 5), with_nul);
}

static void test_intern_identity(void **state) {
  (void)state;
  const char *a = intern("User", 4);
  const char *b = intern("Username", 4); /* only the first 4 bytes count */
  assert_ptr_equal(a, b);
  assert_string_equal(a, "User");
  const char *c = intern("Username", 8);
  assert_ptr_not_equal(a, c);
  assert_string_equal(c, "Username");
  const char *empty1 = intern("", 0), *empty2 = intern("x", 0);
  assert_ptr_equal(empty1, empty2);
  assert_string_equal(empty1, "");

  /* Enough names to make the table grow several times; every one keeps
   * its identity across the growth. */
  enum { N = 20000 };
  static const char *first[N];
  char buf[32];
  for (int i = 0; i < N; i++) {
    int n = snprintf(buf, sizeof buf, "name%d", i);
    first[i] = intern(buf, (size_t)n);
  }
  for (int i = 0; i < N; i++) {
    int n = snprintf(buf, sizeof buf, "name%d", i);
    assert_ptr_equal(intern(buf, (size_t)n), first[i]);
    assert_string_equal(first[i], buf);
  }
  assert_ptr_equal(intern("User", 4), a);
}

/* ---- the error list ---- */

/* Everything error_list_print writes, as one string (caller frees). */
static char *printed(const ErrorList *list) {
  FILE *f = tmpfile();
  assert_non_null(f);
  error_list_print(list, f);
  long n = ftell(f);
  assert_true(n >= 0);
  rewind(f);
  char *text = calloc((size_t)n + 1, 1);
  assert_non_null(text);
  assert_int_equal(fread(text, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  return text;
}

static Pos pos_at(int line, int col) {
  Pos pos = {line, col};
  return pos;
}

static void test_one_syntax_error_per_line(void **state) {
  (void)state;
  Source *a = source_from_memory("a.go", "", 0);
  Source *b = source_from_memory("b.go", "", 0);
  ErrorList list;
  error_list_init(&list, 10);
  error_at(&list, a, pos_at(3, 5), "syntax error: unexpected %s", "newline");
  error_at(&list, a, pos_at(3, 9), "syntax error: unexpected }"); /* dropped */
  error_at(&list, a, pos_at(3, 12), "undefined: x");  /* not syntax: kept */
  error_at(&list, b, pos_at(3, 1), "syntax error: in b"); /* other file */
  error_at(&list, a, pos_at(4, 1), "syntax error: next line");
  error_at(&list, a, pos_at(0, 0), "no position");
  assert_int_equal(list.count, 5);
  assert_false(list.too_many);
  char *text = printed(&list);
  /* Printed in gc's order: by file name, line, column. */
  assert_string_equal(text,
                      "a.go: no position\n"
                      "a.go:3:5: syntax error: unexpected newline\n"
                      "a.go:3:12: undefined: x\n"
                      "a.go:4:1: syntax error: next line\n"
                      "b.go:3:1: syntax error: in b\n");
  free(text);
  error_list_free(&list);
  assert_int_equal(list.count, 0);
  assert_null(list.first);
  assert_int_equal(list.limit, 10); /* free keeps the limit for reuse */
  source_free(a);
  source_free(b);
}

static void test_limit_ten_too_many_errors(void **state) {
  (void)state;
  Source *src = source_from_memory("x.go", "", 0);
  ErrorList list;
  error_list_init(&list, 10);
  for (int line = 1; line <= 12; line++)
    error_at(&list, src, pos_at(line, 2), "syntax error: bad %d", line);
  assert_int_equal(list.count, 10);
  assert_true(list.too_many);
  char *text = printed(&list);
  assert_string_equal(text,
                      "x.go:1:2: syntax error: bad 1\n"
                      "x.go:2:2: syntax error: bad 2\n"
                      "x.go:3:2: syntax error: bad 3\n"
                      "x.go:4:2: syntax error: bad 4\n"
                      "x.go:5:2: syntax error: bad 5\n"
                      "x.go:6:2: syntax error: bad 6\n"
                      "x.go:7:2: syntax error: bad 7\n"
                      "x.go:8:2: syntax error: bad 8\n"
                      "x.go:9:2: syntax error: bad 9\n"
                      "x.go:10:2: syntax error: bad 10\n"
                      "too many errors\n");
  free(text);
  error_list_free(&list);

  /* Exactly ten errors is not "too many". */
  for (int line = 1; line <= 10; line++)
    error_at(&list, src, pos_at(line, 1), "e%d", line);
  assert_int_equal(list.count, 10);
  assert_false(list.too_many);
  error_list_free(&list);

  /* Limit 0 means no limit. */
  error_list_init(&list, 0);
  for (int line = 1; line <= 50; line++)
    error_at(&list, src, pos_at(line, 1), "e%d", line);
  assert_int_equal(list.count, 50);
  assert_false(list.too_many);
  error_list_free(&list);
  source_free(src);
}

/* ---- sources ---- */

static void test_source_read_missing_file(void **state) {
  (void)state;
  const char *error = NULL;
  Source *s = source_read("/nonexistent/dir/missing.go", &error);
  assert_null(s);
  assert_non_null(error);
  assert_string_equal(error, "No such file or directory");
}

static void test_source_read_file(void **state) {
  (void)state;
  char path[] = "/tmp/goesc_test_arena_XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  FILE *f = fdopen(fd, "wb");
  assert_non_null(f);
  /* Embedded NUL and more than one read chunk (64 KiB). */
  size_t length = 200000;
  char *data = malloc(length);
  assert_non_null(data);
  for (size_t i = 0; i < length; i++)
    data[i] = (char)('a' + i % 26);
  data[10] = '\0';
  assert_int_equal(fwrite(data, 1, length, f), length);
  fclose(f);

  const char *error = NULL;
  Source *s = source_read(path, &error);
  assert_non_null(s);
  assert_string_equal(s->path, path);
  assert_int_equal(s->length, length);
  assert_memory_equal(s->text, data, length);
  assert_int_equal(s->text[length], '\0');
  source_free(s);
  remove(path);
  free(data);

  Source *m = source_from_memory("mem.go", "package p\n", 10);
  assert_int_equal(m->length, 10);
  assert_string_equal(m->text, "package p\n");
  source_free(m);
  source_free(NULL); /* allowed, like free(NULL) */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_alloc_is_aligned),
      cmocka_unit_test(test_alloc_is_zeroed),
      cmocka_unit_test(test_large_blocks),
      cmocka_unit_test(test_mark_reset),
      cmocka_unit_test(test_strndup_printf),
      cmocka_unit_test(test_adopt),
      cmocka_unit_test(test_intern_identity),
      cmocka_unit_test(test_intern_embedded_nul),
      cmocka_unit_test(test_one_syntax_error_per_line),
      cmocka_unit_test(test_limit_ten_too_many_errors),
      cmocka_unit_test(test_source_read_missing_file),
      cmocka_unit_test(test_source_read_file),
  };
  return cmocka_run_group_tests_name("arena", tests, NULL, NULL);
}
