/*
 * fuzz_pipeline.c — libFuzzer target for the whole analysis.
 *
 * Each input is one Go file of package main.  It goes through every stage
 * main runs for `goesc -m -l` and for `goesc -m`: parse, type-check, the
 * inliner's plan, escape analysis with and without it, and the rendering
 * of the diagnostics as gc text.  The oracles are the
 * sanitizers: no input may crash, read out of bounds or overflow.  Inputs
 * that stop early (syntax errors, type errors, constructs the escape pass
 * refuses with exit 3) are fine; they only must stop cleanly.
 *
 * The checker and the escape pass allocate from arenas and never free
 * single objects (see arena.c), so this target runs with leak detection
 * off.  The types arena is not released between inputs either (the
 * standard-library models it holds are loaded once), so memory grows by
 * about 270 MB a minute: a long run needs a higher -rss_limit_mb.
 *
 *   make fuzz-pipeline fuzz-corpus
 *   ASAN_OPTIONS=detect_leaks=0 ./tests/fuzz/fuzz_pipeline -detect_leaks=0 \
 *       -close_fd_mask=3 -rss_limit_mb=16000 -max_total_time=1800 \
 *       tests/fuzz/corpus
 */
#include "goesc.h"
#include "types.h"
#include "report.h"
#include "escape.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  Source *source = source_from_memory("fuzz.go", (const char *)data, size);
  Arena arena;
  arena_init(&arena);
  ErrorList errors;
  error_list_init(&errors, 10);
  Node *file = parse_file(source, &errors, &arena);
  if (errors.count == 0) {
    CheckOptions check_options;
    memset(&check_options, 0, sizeof check_options);
    check_options.unmodeled = UNMODELED_CONSERVATIVE;
    CheckResult result = check_package(&file, 1, &check_options, &errors);
    if (!result.unsupported && errors.count == 0) {
      EscapeOptions escape_options;
      memset(&escape_options, 0, sizeof escape_options);
      escape_options.m_level = 1;
      DiagnosticList diags;
      report_init(&diags);
      if (escape_analyze(result.pkg, &file, 1, &escape_options, &diags) ==
          EXIT_OK)
        report_print_gc(&diags, stdout, 0);
      report_free(&diags);
      /* and as `goesc -m`: the inliner's plan, the escape pass on it */
      InlinePlan plan;
      report_init(&diags);
      if (escape_analyze_inlined(result.pkg, &file, 1, &escape_options,
                                 &diags, &plan) == EXIT_OK)
        report_print_gc(&diags, stdout, 0);
      report_free(&diags);
      inline_plan_free(&plan);
    }
  }
  error_list_free(&errors);
  import_source_release(); /* the $GOROOT/src packages it read */
  arena_free(&arena);
  source_free(source);
  return 0;
}
