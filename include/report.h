/*
 * report.h — the report layer: diagnostics as data, gc's words, and the
 * checks that compare them with expectations.
 *
 * The escape pass never prints.  It records what it decided as Diagnostic
 * records (position, kind, function, subject, the flow behind it) in a
 * DiagnosticList, and the formatters here render that list: as gc's text
 * (`./x.go:5:2: moved to heap: x`), and later as -m=2 flows, JSON or
 * SARIF.  Every sentence gc can print about escape analysis exists once,
 * in DIAGNOSTIC_LIST below, so gc's wording lives in exactly one place.
 *
 * Two consumers read the records besides the printer:
 *
 *   errorcheck.c  matches them against the `// ERROR "regexp"` comments of
 *                 the input, with the rules of Go's own test harness;
 *   regex.c       is the RE2-syntax matcher those rules need.
 *
 * Sectioned by file, like goesc.h.
 */
#ifndef GOESC_REPORT_H
#define GOESC_REPORT_H

#include "goesc.h"

/* ===================================================================
 * report.c — diagnostic records and the gc-text formatter
 *
 * Needs: records appended by the analysis (report_add).
 * Produces: gc's output lines.
 *
 * Order.  gc queues its messages and sorts them by position when it
 * flushes (base.FlushErrors: stable sort on file, then line, then column;
 * then it drops a line identical to the one just printed).  But under -m
 * every warning flushes at once, so the "sort" only ever sees one message:
 * -m output comes out in the order the compiler generated it, duplicates
 * included.  Hence report_print_gc prints in list order by default, and
 * report_sort plus REPORT_DEDUP_ADJACENT reproduce a batch flush for the
 * callers that want one (error messages, or a canonical listing).
 * =================================================================== */

/*
 * The vocabulary: X(kind, template, args), one entry per sentence gc prints.
 *
 * `args` names, in order, the record field that fills each % directive of
 * the template (%s takes a string, %d an int):
 *   s  subject      the variable, parameter or expression ("x", "&T{...}")
 *   f  function     the enclosing function's name ("main.f", "f")
 *   o  other        a second string: result name, statement, type, root
 *   n  number       level, derefs, width or cost
 *   a  addrtaken    "true"/"false"
 *   r  reassigned   "true"/"false"
 *
 * The first block is what the escape pass prints at -m; the second is -m=2
 * and debug output of the escape pass; the last comes from the passes that
 * print around it (devirtualizer, inliner), listed so that the tool can
 * speak for them too once they exist.  Sources: escape/escape.go (finish,
 * paramTag, reportLeaks), escape/solve.go and graph.go (explanations),
 * escape/assign.go (self-assignment), devirtualize/devirtualize.go,
 * inline/inl.go, of Go 1.26.
 */
#define DIAGNOSTIC_LIST(X)                                                    \
  /* -m: locations */                                                         \
  X(DIAG_MOVED_TO_HEAP, "moved to heap: %s", "s")   /* escaping variable */   \
  X(DIAG_ESCAPES, "%s escapes to heap", "s")        /* allocation site */     \
  X(DIAG_DOES_NOT_ESCAPE, "%s does not escape", "s") /* allocation site */    \
  X(DIAG_APPEND_ESCAPES, "append escapes to heap", "") /* Go 1.26 */         \
  X(DIAG_APPEND_DOES_NOT_ESCAPE, "append does not escape", "")               \
  X(DIAG_ZERO_COPY, "zero-copy string->[]byte conversion", "")               \
  /* -m: parameters (paramTag / reportLeaks) */                               \
  X(DIAG_LEAKING_PARAM, "leaking param: %s", "s")                             \
  X(DIAG_LEAKING_PARAM_CONTENT, "leaking param content: %s", "s")             \
  X(DIAG_LEAKING_PARAM_TO_RESULT, "leaking param: %s to result %s level=%d",  \
    "son")                                                                    \
  X(DIAG_PARAM_DOES_NOT_ESCAPE, "%s does not escape", "s")                    \
  X(DIAG_ASSUMING_UNSAFE_UINTPTR, "assuming %s is unsafe uintptr", "s")       \
  X(DIAG_MARKING_ESCAPING_UINTPTR, "marking %s as escaping uintptr", "s")     \
  X(DIAG_MARKING_ESCAPING_UINTPTRS, "marking %s as escaping ...uintptr", "s") \
  /* -m: statements */                                                        \
  X(DIAG_SELF_ASSIGNMENT, "%s ignoring self-assignment in %s", "fo")          \
  /* -d=escapemutationscalls=1 */                                             \
  X(DIAG_MUTATES_PARAM, "mutates param: %s derefs=%d", "sn")                  \
  X(DIAG_CALLS_PARAM, "calls param: %s derefs=%d", "sn")                      \
  X(DIAG_PARAM_UNTOUCHED, "%s does not escape, mutate, or call", "s")         \
  /* -m=2: explanations; the flow steps follow the header line */             \
  X(DIAG_EXPLAIN_ESCAPES, "%s escapes to heap in %s:", "sf")                  \
  X(DIAG_EXPLAIN_LEAK, "parameter %s leaks to %s for %s with derefs=%d:",     \
    "sofn")                                                                   \
  X(DIAG_CAPTURING, "%s capturing by %s: %s (addr=%s assign=%s width=%d)",    \
    "fosarn")                                                                 \
  /* errors and debug output of the escape pass */                            \
  X(DIAG_ESCAPES_IN_RUNTIME, "%s escapes to heap, not allowed in runtime",    \
    "s")                                                                      \
  X(DIAG_REWRITING_CONVIFACE, "rewriting OCONVIFACE value from %s to %s",     \
    "so") /* -d=escapedebug=3; s and o carry "x (T)" */                      \
  /* gc's reader (noder), while it reads the bodies of shape instances */     \
  X(DIAG_IMPRECISE_INTERFACE_CALL, "imprecise interface call", "")           \
  /* devirtualizer (printed even with -l) */                                  \
  X(DIAG_DEVIRTUALIZING, "devirtualizing %s to %s", "so")                     \
  X(DIAG_PARTIALLY_DEVIRTUALIZING, "partially devirtualizing %s to %s", "so") \
  X(DIAG_CANNOT_DEVIRTUALIZE_RECEIVER,                                        \
    "cannot devirtualize %s: shaped receiver %s", "so")                       \
  X(DIAG_CANNOT_DEVIRTUALIZE_INTERFACE,                                       \
    "cannot devirtualize %s: shaped interface %s", "so")                      \
  /* inliner (without -l) */                                                  \
  X(DIAG_CAN_INLINE, "can inline %s", "s")                                    \
  X(DIAG_CAN_INLINE_COST, "can inline %s with cost %d as: %s", "sno")         \
  X(DIAG_CANNOT_INLINE, "cannot inline %s: %s", "so")                         \
  X(DIAG_INLINING_CALL, "inlining call to %s", "s")                           \
  X(DIAG_BIG_FUNCTION,                                                        \
    "function %s considered 'big'; reducing max cost of inlinees", "s")       \
  /* -m: gc's walk phase (bounds.c) */                                        \
  X(DIAG_BOUNDS_ELIDED, "index bounds check elided", "")                      \
  /* a line given whole: tests, and text imported from another tool */        \
  X(DIAG_VERBATIM, "%s", "s")

typedef enum DiagnosticKind {
#define X(kind, template, args) kind,
  DIAGNOSTIC_LIST(X)
#undef X
  DIAG_COUNT
} DiagnosticKind;

/* One note under a flow step of a -m=2 explanation:
 * `     from WHERE (WHY) at FILE:LINE:COL`. */
typedef struct FlowNote {
  const char *where;    /* the statement or expression, as gc prints it */
  const char *why;      /* "address-of", "call parameter", ... */
  const Source *source; /* where `where` is */
  Pos pos;
  struct FlowNote *next;
} FlowNote;

/* One edge of the path a -m=2 explanation walks:
 * `   flow: DST ← OPS SRC:` where OPS is "&" for derefs -1, else derefs
 * times "*". */
typedef struct FlowStep {
  const char *dst;  /* "{heap}", "x", "{storage for &T{...}}", "{temp}" */
  const char *src;
  int derefs;       /* -1 .. n */
  FlowNote *notes;  /* innermost first, as gc prints them */
  struct FlowStep *next;
} FlowStep;

typedef struct Diagnostic {
  const Source *source;  /* NULL: no position (printed without a prefix) */
  Pos pos;               /* line 0: no position */
  DiagnosticKind kind;
  const char *function;  /* enclosing function, as gc names it */
  const char *subject;   /* variable, parameter or expression text */
  const char *other;     /* result name, statement, type ... (see args) */
  int number;            /* level, derefs, width, cost */
  bool addrtaken;        /* DIAG_CAPTURING only */
  bool reassigned;       /* DIAG_CAPTURING only */
  FlowStep *flow;        /* explanations: the path, printed after the line */
  bool truncated;        /* explanation cut at an assignment cycle */
  const char *text;      /* the rendered message, set by report_add */
  struct Diagnostic *next;
} Diagnostic;

typedef struct DiagnosticList {
  Diagnostic *first, *last;
  int count;
  Arena arena; /* the records, their text and their flows */
} DiagnosticList;

/* How report_print_gc writes positions and lines. */
enum {
  REPORT_NO_COLUMNS = 1 << 0,     /* gc -C: `file:line: msg` */
  REPORT_DEDUP_ADJACENT = 1 << 1, /* drop a line equal to the previous one,
                                     as a batch FlushErrors does */
  REPORT_BASE_NAMES = 1 << 2,     /* file names without their directories,
                                     as Go's test harness sees them */
};

void report_init(DiagnosticList *list);
void report_free(DiagnosticList *list);
/* Copy *fields (kind, position and the fields its template names) into a
 * new record at the end of the list, render its text, and return it.  The
 * strings are copied too; `flow` is kept by pointer (build it with
 * report_add_flow_step so that it lives in the list's arena). */
Diagnostic *report_add(DiagnosticList *list, const Diagnostic *fields);
/* Move the records of src for which keep holds (all of them when keep is
 * NULL) to the end of dst, in order, without copying: dst takes over the
 * memory of src's records, so the ones left in src stay valid while dst
 * lives (a later move can take them). */
void report_move(DiagnosticList *dst, DiagnosticList *src,
                 bool (*keep)(const Diagnostic *));
/* Shorthand for the most common records. */
Diagnostic *report_add_text(DiagnosticList *list, const Source *source,
                            Pos pos, DiagnosticKind kind,
                            const char *subject);
/* Append a step (and return it) to a -m=2 explanation record. */
FlowStep *report_add_flow_step(DiagnosticList *list, Diagnostic *diag,
                               const char *dst, int derefs, const char *src);
void report_add_flow_note(DiagnosticList *list, FlowStep *step,
                          const char *where, const char *why,
                          const Source *source, Pos pos);

/* Stable sort by file, line, column, as FlushErrors does.  Files rank in
 * the order of `sources` (gc's order of reading them); records without a
 * position come first; sources not in the array come last. */
void report_sort(DiagnosticList *list, const Source *const *sources,
                 int count);
/* `path:line:col: text` per record (plus flow lines for explanations). */
void report_print_gc(const DiagnosticList *list, FILE *out, unsigned flags);
/* All the lines of one record (its line, then the flow of an explanation),
 * each ending in a newline, in a new xmalloc'd string. */
char *report_format(const Diagnostic *diag, unsigned flags);
/* Render one record's first line into buf (no newline); returns buf. */
char *report_format_line(const Diagnostic *diag, unsigned flags, char *buf,
                         size_t size);

const char *report_kind_name(DiagnosticKind kind);     /* "DIAG_ESCAPES" */
const char *report_kind_template(DiagnosticKind kind); /* "%s escapes ..." */

/* ===================================================================
 * regex.c — RE2-syntax regular expressions
 *
 * Needs: a pattern in Go's regexp syntax.  Produces: a compiled program
 * and an unanchored yes/no search (Go's regexp.MatchString), in time
 * linear in pattern size times text length: a Pike VM over UTF-8 runes,
 * never backtracking.
 * =================================================================== */

typedef struct Regex Regex;

/* NULL on a syntax error, with Go's message ("missing closing )") in
 * *error_out (a static string).  The program is allocated with xmalloc. */
Regex *regex_compile(const char *pattern, const char **error_out);
bool regex_match(const Regex *re, const char *text, size_t length);
void regex_free(Regex *re);

/* ===================================================================
 * errorcheck.c — the `// ERROR "regexp"` protocol of Go's test harness
 *
 * Needs: the sources and the diagnostics goesc produced for them.
 * Produces: the missing and unexpected messages, exactly as
 * cmd/internal/testdir's errorCheck judges them, and an exit status.
 *
 * Output format (one line each, on `out`):
 *   FILE:LINE: missing error "RE"        no message at all on that line
 *   FILE:LINE: no match for `RE` in:     messages there, none matching;
 *   <TAB>MESSAGE                         ... each one, indented by a tab
 *   FILE:LINE:COL: unexpected: TEXT      a message no regexp consumed
 *   errorcheck: N/M annotations satisfied, K unexpected
 * FILE is the base name, as the harness writes it.
 * =================================================================== */

/* Counts of one check, for tables (tests/conformance/run). */
typedef struct ErrorcheckResult {
  int annotations; /* quoted regexps found (the harness's wanted errors) */
  int satisfied;   /* of those, how many matched a message */
  int missing;     /* no message on the annotated line */
  int nomatch;     /* messages on the line, none matching */
  int unexpected;  /* messages left over */
  int bad_lines;   /* ERROR lines without a quoted regexp, or a bad regexp */
} ErrorcheckResult;

/* One wanted error: a regexp from an ERROR comment. */
typedef struct ErrorcheckWant {
  const char *regexp; /* after LINE substitution, as compiled */
  const char *file;   /* base name of the file (the `basename` given) */
  int line;           /* the line that carries the comment */
  bool autogenerated; /* ERRORAUTO: matches <autogenerated> messages */
} ErrorcheckWant;

/* Scan one source line as the harness does: skip lines containing "////",
 * find `// ERRORAUTO ` or `// ERROR ` (optionally `GC_`-prefixed), and
 * collect every "..." after it, LINE / LINE+n / LINE-n rewritten to
 * BASENAME:n.  Returns how many regexps the line has (storing the first
 * `max` of them in wants, strings from arena), -1 for an ERROR line with
 * no quoted string ("invalid errchk line"), 0 when it has no annotation. */
int errorcheck_parse_line(const char *line, size_t length, int line_number,
                          const char *basename, Arena *arena,
                          ErrorcheckWant *wants, int max);
/* The same for a lexer Comment record (COMMENT_ERROR): its text is the
 * rest of the line from "//", which is all the harness looks at. */
int errorcheck_comment_regexps(const Comment *comment, const char *basename,
                               Arena *arena, ErrorcheckWant *wants, int max);

/* Check `diags` against the annotations of `sources` and print the result
 * in the format above.  Returns 0 when everything matched, 1 otherwise.
 * errorcheck_run_auto is the errorcheckwithauto variant: messages without
 * a position print as `<autogenerated>` and ERRORAUTO regexps match them. */
int errorcheck_run(const Source *const *sources, int count,
                   const DiagnosticList *diags, FILE *out);
int errorcheck_check(const Source *const *sources, int count,
                     const DiagnosticList *diags, bool want_auto, FILE *out,
                     ErrorcheckResult *result);

#endif /* GOESC_REPORT_H */
