/*
 * test_regex.c — unit tests for src/regex.c.
 *
 * Every expectation here was checked against Go's regexp.MatchString
 * (tools/regex_oracle.go), so the tests pin Go's meaning, not ours: the
 * spellings the `// ERROR` comments use, the corners of RE2 syntax (what
 * is an error, what is a literal), UTF-8, case folding, and the linear
 * time bound on patterns that make backtracking engines explode.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>
#include <time.h>

#include "report.h"

/* Does `pattern` compile, and does it find a match in `text`? */
static bool matches(const char *pattern, const char *text) {
  const char *error = NULL;
  Regex *re = regex_compile(pattern, &error);
  if (!re)
    fail_msg("pattern %s refused: %s", pattern, error);
  bool result = regex_match(re, text, strlen(text));
  regex_free(re);
  return result;
}

static void assert_match(const char *pattern, const char *text) {
  if (!matches(pattern, text))
    fail_msg("%s should match \"%s\"", pattern, text);
}

static void assert_no_match(const char *pattern, const char *text) {
  if (matches(pattern, text))
    fail_msg("%s should not match \"%s\"", pattern, text);
}

static void assert_refused(const char *pattern, const char *message) {
  const char *error = NULL;
  Regex *re = regex_compile(pattern, &error);
  if (re) {
    regex_free(re);
    fail_msg("%s should be refused", pattern);
  }
  assert_non_null(error);
  if (message)
    assert_string_equal(error, message);
}

/* The regexps as the escape tests write them. */
static void test_corpus_spellings(void **state) {
  (void)state;
  assert_match("moved to heap: x$", "moved to heap: x");
  assert_no_match("moved to heap: x$", "moved to heap: xy");
  assert_match("&T\\{\\.\\.\\.\\} escapes to heap", "&T{...} escapes to heap");
  assert_match("leaking param: p to result ~r0 level=0$",
               "leaking param: p to result ~r0 level=0");
  assert_match("\\.\\.\\. argument does not escape$",
               "... argument does not escape");
  assert_match("make\\(\\[\\]int, 10\\) does not escape",
               "make([]int, 10) does not escape");
  assert_match("\\(\\[\\]byte\\)\\(s\\) escapes to heap",
               "([]byte)(s) escapes to heap");
  assert_match("\\*\\(\\*i\\) escapes to heap", "*(*i) escapes to heap");
  assert_match("leaking param content: p|leaking param: p",
               "leaking param content: p");
  assert_match("autotmp_[0-9]+ escapes", ".autotmp_12 escapes to heap");
  assert_match("\\.\\.\\. argument escapes", "x ... argument escapes to heap");
  /* unanchored: a match anywhere will do */
  assert_match("escapes", "x escapes to heap");
  assert_match("", "anything");
  assert_match(".", "x");
  assert_no_match(".", "");
}

static void test_literals_and_escapes(void **state) {
  (void)state;
  assert_match("a\\.b", "a.b");
  assert_no_match("a\\.b", "axb");
  assert_match("a.b", "axb");
  assert_match("\\(\\)\\[\\]\\{\\}\\*\\+\\?\\|\\^\\$\\\\", "()[]{}*+?|^$\\");
  assert_match("\\_\\ \\-\\=\\/\\\"", "_ -=/\"");
  assert_match("\\x22fmt\\x22", "\"fmt\" imported and not used");
  assert_match("\\x{263a}", "smile \xe2\x98\xba");
  assert_match("\\101", "A"); /* octal */
  assert_match("\\12", "\n");
  assert_match("a\\tb\\nc", "a\tb\nc");
  assert_match("^\\Qa.b*\\E+$", "a.b**"); /* + takes the last rune */
  assert_no_match("\\Qa.b*\\E+", "a.bbb");
  assert_match("^a\\Q\\E*$", "aaa");
  assert_no_match("\\Qa.b*\\E", "axb");
  assert_match("\\Qa.b", "a.b");
  assert_match("a{", "a{");
  assert_match("a{1", "a{1");
  assert_match("a{1,", "a{1,");
  assert_match("a{,3}", "a{,3}");
  assert_match("x{01}", "x{01}"); /* leading zero: not a repetition */
}

static void test_classes(void **state) {
  (void)state;
  assert_match("[abc]", "xbx");
  assert_no_match("[abc]", "xyz");
  assert_match("[^abc]", "abcd");
  assert_no_match("[^abc]", "abc");
  assert_match("[^a]", "\n"); /* Go's negated classes match newline */
  assert_match("[a-c]+$", "zzabc");
  assert_match("[]a]", "]");
  assert_match("[^]a]", "b");
  assert_no_match("[^]a]", "]a");
  assert_match("[a-]", "-");
  assert_match("[-a]", "-");
  assert_match("[a-b-c]", "-");
  assert_match("[a-b-c]", "c");
  assert_match("[\\d-z]", "-");
  assert_match("[\\[\\]]", "]");
  assert_match("[\\x41-\\x43]", "B");
  assert_match("[\\w.]+[^.]/io", "x.y/io");
  assert_match("[.][.][.]", "...");
  assert_no_match("[.][.][.]", "..x");
  assert_match("[[:alpha:]]+", "abc");
  assert_no_match("[[:alpha:]]", "123");
  assert_match("[[:^digit:]]", "a");
  assert_no_match("[[:^digit:]]", "7");
  assert_match("\\d+", "x123");
  assert_no_match("\\d", "abc");
  assert_match("\\D", "1a");
  assert_match("\\s\\S", " x");
  assert_match("\\w\\W", "a.");
  assert_no_match("\\w", "..");
  assert_match("[\xc3\xa9-\xc3\xab]", "\xc3\xaa"); /* [é-ë] matches ê */
}

static void test_repetition(void **state) {
  (void)state;
  assert_match("ab*c", "ac");
  assert_match("ab*c", "abbbc");
  assert_match("ab+c", "abc");
  assert_no_match("ab+c", "ac");
  assert_match("ab?c", "ac");
  assert_no_match("^ab?c$", "abbc");
  assert_match("^x{2}$", "xx");
  assert_no_match("^x{2}$", "xxx");
  assert_match("^x{2,}$", "xxxx");
  assert_no_match("^x{2,}$", "x");
  assert_match("^x{2,3}$", "xxx");
  assert_no_match("^x{2,3}$", "xxxx");
  assert_match("^x{0}$", "");
  assert_match("^(ab){2}$", "abab");
  assert_match("^a*?$", "aaa"); /* lazy forms: same yes/no answer */
  assert_match("a+?b", "aab");
  assert_match("^(a*)*b$", "aaab");
  assert_match("^(a|)+$", "aaa");
  assert_match("^(a*)+$", "");
  assert_match("\\.{3}", "...");
  assert_match("^(?:ab)+$", "ababab");
  /* a flags group is invisible: the star applies to the a */
  assert_match("^ba(?i)*$", "baaa");
  assert_match("^$+$", "");
  assert_match("^*x", "x");
}

static void test_alternation_and_groups(void **state) {
  (void)state;
  assert_match("cat|dog", "hotdog");
  assert_no_match("^(cat|dog)$", "cow");
  assert_match("a|b|", "zzz"); /* empty alternative matches */
  assert_match("()", "");
  assert_match("((((a))))", "a");
  assert_match("(?P<name>a)(?P<name>b)", "ab"); /* Go allows the repeat */
  assert_match("(?<n>x)", "x");
  assert_match("(?)", "");
  assert_match("leaking param: (p|q)$", "leaking param: q");
}

static void test_anchors(void **state) {
  (void)state;
  assert_match("^abc", "abcd");
  assert_no_match("^abc", "xabc");
  assert_match("abc$", "xabc");
  assert_no_match("abc$", "abc\n"); /* $ is the end of text, not of line */
  assert_match("(?m)abc$", "abc\nx");
  assert_match("(?m)^x", "abc\nx");
  assert_no_match("^x", "abc\nx");
  assert_match("\\Afoo\\z", "foo");
  assert_no_match("\\Afoo\\z", "foo\n");
  assert_match("\\bfoo\\b", "a foo b");
  assert_no_match("\\bfoo\\b", "afoo");
  assert_match("\\Bfoo", "afoo");
  assert_no_match("\\Bfoo", "foo");
  assert_match("\\b", "x");
  assert_no_match("\\b", "");
}

static void test_dot_and_flags(void **state) {
  (void)state;
  assert_no_match("a.b", "a\nb");
  assert_match("(?s)a.b", "a\nb");
  assert_match("(?s:a.)b", "a\nb");
  assert_match("(?i)hello", "HeLLo");
  assert_no_match("hello", "HELLO");
  assert_match("(?i:h)ello", "Hello");
  assert_no_match("(?i:h)ello", "HELLO");
  assert_match("(?i)h(?-i)ello", "Hello");
  assert_no_match("(?i)h(?-i)ello", "HEllo");
  assert_match("(?i)[a-z]+$", "ABC");
  assert_match("(?i)k", "\xe2\x84\xaa");         /* KELVIN SIGN */
  assert_match("(?i)\xc5\xbf", "S");             /* LONG S */
  assert_match("(?i)\xce\xa3", "\xcf\x82");      /* Σ ~ ς */
  assert_match("(?i)\xc3\xa9", "\xc3\x89");      /* é ~ É */
  assert_no_match("(?i)\\W", "\xe2\x84\xaa");    /* folded, then negated */
  assert_no_match("(?i)[^k]", "K");
  assert_match("(?U)a+", "a");
}

static void test_utf8(void **state) {
  (void)state;
  /* `.` takes a whole rune, so "a.b" matches "aéb" */
  assert_match("^a.b$", "a\xc3\xa9" "b");
  assert_no_match("^a..b$", "a\xc3\xa9" "b");
  /* a broken byte is one rune, U+FFFD */
  assert_match("^a.b$", "a\xff" "b");
  assert_match("^a\xef\xbf\xbd" "b$", "a\xff" "b");
  assert_match("Foo\\{\xe2\x80\xa6\\}", "cannot use Foo{\xe2\x80\xa6} (value)");
}

static void test_errors(void **state) {
  (void)state;
  assert_refused("a**", "invalid nested repetition operator");
  assert_refused("a+*", "invalid nested repetition operator");
  assert_refused("x{2}{3}", "invalid nested repetition operator");
  assert_refused("*", "missing argument to repetition operator");
  assert_refused("+a", "missing argument to repetition operator");
  assert_refused("a|*", "missing argument to repetition operator");
  assert_refused("(*)", "missing argument to repetition operator");
  assert_refused("{2}", "missing argument to repetition operator");
  assert_refused("(?)*", "missing argument to repetition operator");
  assert_refused("x{1001}", "invalid repeat count");
  assert_refused("x{3,2}", "invalid repeat count");
  assert_refused("(", "missing closing )");
  assert_refused("(?i", "invalid or unsupported Perl syntax");
  assert_refused(")", "unexpected )");
  assert_refused("a)", "unexpected )");
  assert_refused("[", "missing closing ]");
  assert_refused("[a", "missing closing ]");
  assert_refused("[z-a]", "invalid character class range");
  assert_refused("[a-\\d]", "invalid escape sequence");
  assert_refused("[[:foo:]]", "invalid character class range");
  assert_refused("\\", "trailing backslash at end of expression");
  assert_refused("index|must be integer\\", NULL);
  assert_refused("\\1", "invalid escape sequence");
  assert_refused("\\8", "invalid escape sequence");
  assert_refused("\\Z", "invalid escape sequence");
  assert_refused("\\C", "invalid escape sequence");
  assert_refused("\\xg", "invalid escape sequence");
  assert_refused("\\x{110000}", "invalid escape sequence");
  assert_refused("(?x)", "invalid or unsupported Perl syntax");
  assert_refused("(?i-)", "invalid or unsupported Perl syntax");
  assert_refused("(?P=n)", "invalid or unsupported Perl syntax");
  assert_refused("(?P<>a)", "invalid named capture");
  assert_refused("a\xff", "invalid UTF-8");
  assert_refused("\\pL", "Unicode classes (\\p) are not supported");
  assert_refused("(a{1000}){1000}", "invalid repeat count");
  assert_refused("((a{100}){10}){2}", "invalid repeat count");
  static char thousand[1001];
  memset(thousand, 'a', 1000);
  assert_match("^((a{10}){10}){10}$", thousand); /* 1000: at the limit */
}

/* Patterns that take exponential time in a backtracking matcher must take
 * linear time here: (a?){n}a{n} against a^n, and (a*)*b against a^n. */
static void test_linear_time(void **state) {
  (void)state;
  char pattern[4096], text[1024];
  int n = 200;
  size_t k = 0;
  for (int i = 0; i < n; i++)
    k += (size_t)snprintf(pattern + k, sizeof pattern - k, "a?");
  for (int i = 0; i < n; i++)
    pattern[k++] = 'a';
  pattern[k] = '\0';
  memset(text, 'a', (size_t)n);
  text[n] = '\0';
  clock_t start = clock();
  assert_match(pattern, text);
  text[n - 1] = '\0';
  assert_no_match(pattern, text);
  static char long_text[100001];
  memset(long_text, 'a', sizeof long_text - 1);
  assert_no_match("(a*)*b", long_text);
  assert_no_match("(x+x+)+y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
  double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
  assert_true(seconds < 5.0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_corpus_spellings),
      cmocka_unit_test(test_literals_and_escapes),
      cmocka_unit_test(test_classes),
      cmocka_unit_test(test_repetition),
      cmocka_unit_test(test_alternation_and_groups),
      cmocka_unit_test(test_anchors),
      cmocka_unit_test(test_dot_and_flags),
      cmocka_unit_test(test_utf8),
      cmocka_unit_test(test_errors),
      cmocka_unit_test(test_linear_time),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
