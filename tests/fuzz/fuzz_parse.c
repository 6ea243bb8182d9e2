/*
 * fuzz_parse.c — libFuzzer target for the front end.
 *
 * Each input is one Go file: read it from memory, parse it in a fresh
 * arena, and when it parses, print it back as Go source and parse that
 * again.  The crash oracles are the sanitizers (ASan, UBSan) plus one
 * property of our own: printed source must parse without errors.
 * Everything is released before the next input, so a leak or a
 * use-after-free across inputs is caught too.
 *
 *   make fuzz fuzz-corpus
 *   ./tests/fuzz/fuzz_parse -max_total_time=1800 tests/fuzz/corpus testdata
 */
#include "goesc.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Parse text; on success and when `out` is given, print it back there.
 * Returns the number of errors. */
static int parse_and_print(const char *path, const char *text, size_t size,
                           StrBuf *out, ErrorList *errors) {
  Source *source = source_from_memory(path, text, size);
  Arena arena;
  arena_init(&arena);
  error_list_init(errors, 10);
  Node *file = parse_file(source, errors, &arena);
  int count = errors->count;
  if (count == 0 && out)
    ast_print_source(out, file);
  if (count != 0 && !out) {
    /* The second parse failed: keep the messages for the report. */
    error_list_print(errors, stderr);
  }
  error_list_free(errors);
  arena_free(&arena);
  source_free(source);
  return count;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  ErrorList errors;
  StrBuf printed = {NULL, 0, 0};
  int count = parse_and_print("fuzz.go", (const char *)data, size, &printed,
                              &errors);
  if (count == 0) {
    /* parse -> print -> parse: the printer must produce valid Go. */
    if (parse_and_print("printed.go", printed.data ? printed.data : "",
                        printed.length, NULL, &errors) != 0) {
      fprintf(stderr, "fuzz_parse: printed source does not parse:\n%.*s\n",
              (int)printed.length, printed.data ? printed.data : "");
      abort();
    }
  }
  strbuf_free(&printed);
  return 0;
}
