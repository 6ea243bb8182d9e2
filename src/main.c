/*
 * main.c — the command line and the pipeline.
 *
 * needs: argv;  produces: exit status, diagnostics on stdout, errors on
 * stderr.
 *
 * The pipeline is a flat list of calls, one per stage (see goesc.h):
 * read -> lex+parse -> (check -> build graph -> solve -> report).
 * Stop points (-parse, -dump=...) end the list early; they exist for
 * tests, for debugging and for teaching.
 */
#include "escape.h"
#include "goesc.h"
#include "inline.h"
#include "report.h"
#include "types.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* What the user asked for. */
typedef enum StopPoint {
  STOP_PARSE,       /* -parse: syntax check only */
  STOP_DUMP_AST,    /* -dump=ast: print the tree */
  STOP_DUMP_SOURCE, /* -dump=source: print the tree back as Go source */
  STOP_TYPES,       /* -types: stop after type checking */
  STOP_DUMP_TYPES,  /* -dump=types: declarations with types and layout */
  STOP_ESCAPE,      /* -m: the full analysis */
  STOP_INLINE_COSTS, /* -debug-inline-costs: gc's inlining decisions */
} StopPoint;

typedef struct Options {
  StopPoint stop;
  int m_level;        /* -m count: 1 for -m, 2 for -m=2 or -m -m */
  bool no_inline;     /* -l */
  int errorcheck;     /* 1: -errorcheck, 2: -errorcheckwithauto */
  bool small_frames;  /* -smallframes */
  bool mutations_calls; /* -d=escapemutationscalls */
  bool live;          /* -live (liveness: not modeled) */
  UnmodeledPolicy unmodeled; /* -unmodeled=error|conservative */
  const char **paths; /* files or directories, as given */
  int path_count;
} Options;

static const char usage_text[] =
    "usage: goesc [flags] FILE.go... | DIR\n"
    "\n"
    "goesc reads Go source and reports, like `go build -gcflags=-m`, which\n"
    "variables and allocations escape to the heap.\n"
    "\n"
    "flags:\n"
    "  -m            print escape-analysis decisions (as gc's -m)\n"
    "  -m=2          also gc's inlining costs and bodies and closure\n"
    "                captures (its flow explanations are not modeled yet)\n"
    "  -l            disable inlining (as gc's -l)\n"
    "  -errorcheck   check the // ERROR \"regexp\" comments of the input\n"
    "                against goesc's diagnostics (Go's test harness rules)\n"
    "  -parse        stop after parsing; exit 0 when every file parses\n"
    "  -dump=ast     print the syntax tree of each file\n"
    "  -dump=source  print each file back as Go source\n"
    "  -types        stop after type checking; exit 0 when the package is\n"
    "                well typed\n"
    "  -dump=types   print every package-level declaration with its type,\n"
    "                size and alignment (struct fields with offsets)\n"
    "  -debug-inline-costs\n"
    "                print gc's inlining decision for every function:\n"
    "                `can inline f with cost N` or `cannot inline f: why`\n"
    "  -unmodeled=conservative\n"
    "                accept imports goesc does not model (every call into\n"
    "                them is treated conservatively) instead of exiting 3\n"
    "  -V, --version print the version and exit\n"
    "  -h, --help    print this help and exit\n"
    "\n"
    "exit status: 0 ok, 1 errors in the input program or failed checks,\n"
    "2 usage or I/O error, 3 input that goesc cannot analyze.\n";

GOESC_NORETURN static void usage_error(const char *message,
                                       const char *arg) {
  fprintf(stderr, "goesc: %s%s\nrun 'goesc --help' for usage\n", message,
          arg);
  exit(EXIT_USAGE);
}

/* Is the setting p[0..n) `name` or `name=1`? */
static bool debug_flag_on(const char *p, size_t n, const char *name) {
  size_t len = strlen(name);
  return n >= len && strncmp(p, name, len) == 0 &&
         (n == len || (n == len + 2 && strncmp(p + len, "=1", 2) == 0));
}

/* gc's -d=name[=value],...: the settings that change what -m prints.
 * zerocopy and inlfuncswithclosures are on in gc by default. */
static void parse_debug_flags(Options *options, const char *arg) {
  const char *p = arg + 3;
  while (*p) {
    const char *end = strchr(p, ',');
    size_t n = end ? (size_t)(end - p) : strlen(p);
    if (debug_flag_on(p, n, "escapemutationscalls"))
      options->mutations_calls = true;
    else if (!debug_flag_on(p, n, "zerocopy") &&
             !debug_flag_on(p, n, "inlfuncswithclosures"))
      usage_error("unsupported -d setting: ", arg);
    p += n;
    if (*p == ',')
      p++;
  }
}

static Options parse_options(int argc, char **argv) {
  Options options;
  memset(&options, 0, sizeof options);
  options.stop = STOP_ESCAPE;
  options.paths = xmalloc(sizeof(char *) * (size_t)(argc > 0 ? argc : 1));
  bool flags_done = false;
  for (int i = 1; i < argc; i++) {
    const char *arg = argv[i];
    if (flags_done || arg[0] != '-' || arg[1] == '\0') {
      options.paths[options.path_count++] = arg;
      continue;
    }
    if (strcmp(arg, "--") == 0) {
      flags_done = true;
    } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "-help") == 0 ||
               strcmp(arg, "--help") == 0) {
      fputs(usage_text, stdout);
      exit(EXIT_OK);
    } else if (strcmp(arg, "-V") == 0 || strcmp(arg, "--version") == 0) {
      printf("goesc version %s\n", GOESC_VERSION);
      exit(EXIT_OK);
    } else if (strcmp(arg, "-m") == 0) {
      options.m_level++;
    } else if (strncmp(arg, "-m=", 3) == 0) {
      char *end;
      long level = strtol(arg + 3, &end, 10);
      if (*end != '\0' || level < 0 || level > 9)
        usage_error("bad -m level: ", arg);
      options.m_level = (int)level;
    } else if (strcmp(arg, "-l") == 0) {
      options.no_inline = true;
    } else if (strcmp(arg, "-N") == 0) {
      /* optimizations off: the escape pass decides the same */
    } else if (strcmp(arg, "-smallframes") == 0) {
      options.small_frames = true;
    } else if (strcmp(arg, "-live") == 0) {
      options.live = true;
    } else if (strncmp(arg, "-d=", 3) == 0) {
      parse_debug_flags(&options, arg);
    } else if (strcmp(arg, "-errorcheck") == 0) {
      options.errorcheck = 1;
    } else if (strcmp(arg, "-errorcheckwithauto") == 0) {
      options.errorcheck = 2;
    } else if (strcmp(arg, "-parse") == 0) {
      options.stop = STOP_PARSE;
    } else if (strcmp(arg, "-dump=ast") == 0) {
      options.stop = STOP_DUMP_AST;
    } else if (strcmp(arg, "-dump=source") == 0) {
      options.stop = STOP_DUMP_SOURCE;
    } else if (strcmp(arg, "-types") == 0) {
      options.stop = STOP_TYPES;
    } else if (strcmp(arg, "-dump=types") == 0) {
      options.stop = STOP_DUMP_TYPES;
    } else if (strcmp(arg, "-debug-inline-costs") == 0) {
      options.stop = STOP_INLINE_COSTS;
    } else if (strcmp(arg, "-unmodeled=conservative") == 0) {
      options.unmodeled = UNMODELED_CONSERVATIVE;
    } else if (strcmp(arg, "-unmodeled=error") == 0) {
      options.unmodeled = UNMODELED_ERROR;
    } else {
      usage_error("unknown flag: ", arg);
    }
  }
  if (options.path_count == 0)
    usage_error("no input files", "");
  return options;
}

/* The Go files of a directory, as the go command picks them (source.c). */
static char **list_directory(const char *dir, int *count_out) {
  char **names = source_list_dir(dir, count_out);
  if (!names) {
    fprintf(stderr, "goesc: cannot read directory %s\n", dir);
    exit(EXIT_USAGE);
  }
  return names;
}

static bool is_directory(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Parse one file and do what the stop point asks.  Returns the number of
 * errors found. */
static int process_file(const char *path, const Options *options,
                        Arena *arena) {
  const char *io_error = NULL;
  Source *source = source_read(path, &io_error);
  if (!source) {
    fprintf(stderr, "goesc: cannot read %s: %s\n", path, io_error);
    exit(EXIT_USAGE);
  }
  ErrorList errors;
  error_list_init(&errors, 10);
  ArenaMark mark = arena_mark(arena);

  Node *file = parse_file(source, &errors, arena);

  if (errors.count == 0) {
    if (options->stop == STOP_DUMP_AST) {
      ast_dump(stdout, file);
    } else if (options->stop == STOP_DUMP_SOURCE) {
      StrBuf buf = {NULL, 0, 0};
      ast_print_source(&buf, file);
      if (buf.length)
        fwrite(buf.data, 1, buf.length, stdout);
      strbuf_free(&buf);
    }
  }
  error_list_print(&errors, stderr);
  int count = errors.count;
  error_list_free(&errors);
  arena_reset(arena, mark);
  source_free(source);
  return count;
}

/* The `can inline f with cost N as:` lines whose body goesc left empty
 * (ast_print_inline_body knows no gc text for it) are named on stderr, so
 * that an empty body is never taken for gc's. */
static void note_unprinted_bodies(const DiagnosticList *diags) {
  int count = 0;
  const char *names[3];
  for (const Diagnostic *d = diags->first; d; d = d->next)
    if (d->kind == DIAG_CAN_INLINE_COST && d->other && !d->other[0]) {
      if (count < 3)
        names[count] = d->subject;
      count++;
    }
  if (count == 0)
    return;
  fprintf(stderr, "goesc: note: -m=2: the %s after `as:` of %s%s%s%s%s%s"
                  " not modeled yet (printed empty)\n",
          count > 1 ? "bodies" : "body", names[0], count > 1 ? ", " : "",
          count > 1 ? names[1] : "", count > 2 ? ", " : "",
          count > 2 ? names[2] : "",
          count > 3 ? " and others are" : count > 1 ? " are" : " is");
}

/* Escape analysis of the checked package, then its diagnostics: printed
 * as gc prints them, or checked against the ERROR comments. */
static int escape_stage(Package *pkg, Node **files, int count,
                        Source **sources, const Options *options) {
  if (options->m_level == 0 && !options->errorcheck)
    return EXIT_OK; /* nothing asked for: gc prints nothing either */
  if (options->m_level >= 2 && !options->errorcheck)
    fprintf(stderr, "goesc: note: the flow explanations of -m=2 (\"x "
                    "escapes to heap in f:\" and the flow lines under it) "
                    "are not modeled yet\n");
  if (options->live) {
    fprintf(stderr, "goesc: cannot analyze -live (liveness) yet\n");
    return EXIT_UNSUPPORTED;
  }
  EscapeOptions escape_options;
  memset(&escape_options, 0, sizeof escape_options);
  escape_options.m_level = options->m_level ? options->m_level : 1;
  escape_options.small_frames = options->small_frames;
  escape_options.mutations_calls = options->mutations_calls;
  escape_options.ignore_wrappers = options->errorcheck != 0;
  DiagnosticList diags;
  report_init(&diags);
  InlinePlan plan;
  int status = options->no_inline
                   ? escape_analyze(pkg, files, count, &escape_options, &diags)
                   : escape_analyze_inlined(pkg, files, count,
                                            &escape_options, &diags, &plan);
  if (status == EXIT_OK) {
    if (options->errorcheck)
      status = errorcheck_check((const Source *const *)sources, count, &diags,
                                options->errorcheck == 2, stdout, NULL);
    else
      report_print_gc(&diags, stdout, 0);
    /* -m lines that are -m -l's (the note said why): printed for the
     * reader, but a script must not take them for gc's */
    if (escape_options.fell_back && !options->errorcheck)
      status = EXIT_UNSUPPORTED;
    if (options->m_level >= 2 && !options->errorcheck)
      note_unprinted_bodies(&diags);
  }
  report_free(&diags);
  if (!options->no_inline)
    inline_plan_free(&plan); /* after the lines that point into it */
  return status;
}

/* Parse every file of the package into one arena, then type-check them
 * together (check.c).  Returns an exit status. */
static int check_stage(const char **paths, int count, const Options *options,
                       Arena *arena) {
  Source **sources = xmalloc(sizeof(Source *) * (size_t)count);
  Node **files = xmalloc(sizeof(Node *) * (size_t)count);
  int kept = 0, syntax_errors = 0;
  for (int i = 0; i < count; i++) {
    const char *io_error = NULL;
    Source *source = source_read(paths[i], &io_error);
    if (!source) {
      fprintf(stderr, "goesc: cannot read %s: %s\n", paths[i], io_error);
      exit(EXIT_USAGE);
    }
    ErrorList errors;
    error_list_init(&errors, 10);
    Node *file = parse_file(source, &errors, arena);
    error_list_print(&errors, stderr);
    syntax_errors += errors.count;
    error_list_free(&errors);
    /* Files excluded by build constraints are not part of the package. */
    if (errors.count == 0 && !check_build_constraints(file, paths[i])) {
      source_free(source);
      continue;
    }
    sources[kept] = source;
    files[kept++] = file;
  }
  int status = EXIT_OK;
  if (syntax_errors > 0) {
    status = EXIT_INPUT_ERROR;
  } else if (kept == 0) {
    fprintf(stderr, "goesc: build constraints exclude all Go files\n");
    status = EXIT_USAGE;
  } else {
    CheckOptions check_options;
    memset(&check_options, 0, sizeof check_options);
    check_options.unmodeled = options->unmodeled;
    ErrorList errors;
    error_list_init(&errors, 0);
    CheckResult result = check_package(files, kept, &check_options, &errors);
    if (result.unsupported) {
      for (int i = 0; i < result.unmodeled_count; i++)
        fprintf(stderr, "goesc: package %s is not modeled\n",
                result.unmodeled_paths[i]);
      fprintf(stderr, "goesc: (-unmodeled=conservative treats every call "
                      "into unmodeled packages as leaking its arguments)\n");
      status = EXIT_UNSUPPORTED;
    } else {
      error_list_print(&errors, stderr);
      if (errors.count > 0) {
        status = EXIT_INPUT_ERROR;
      } else {
        for (int i = 0; i < result.unmodeled_count; i++)
          fprintf(stderr, "goesc: note: package %s is not modeled; calls into "
                          "it are treated conservatively\n",
                  result.unmodeled_paths[i]);
        if (options->stop == STOP_DUMP_TYPES)
          check_dump_types(stdout, result.pkg);
        /* gc rewrites range-over-func loops before anything costs or
         * analyzes the code */
        if (options->stop == STOP_INLINE_COSTS ||
            options->stop == STOP_ESCAPE)
          escape_rewrite_range_funcs(result.pkg, files, kept);
        if (options->stop == STOP_INLINE_COSTS)
          status = inline_debug_costs(result.pkg, files, kept, stdout, stderr);
        if (options->stop == STOP_ESCAPE)
          status = escape_stage(result.pkg, files, kept, sources, options);
      }
    }
    error_list_free(&errors);
  }
  for (int i = 0; i < kept; i++)
    source_free(sources[i]);
  free(sources);
  free(files);
  return status;
}

int main(int argc, char **argv) {
  Options options = parse_options(argc, argv);

  /* Expand directories into their Go files. */
  int file_count = 0, capacity = options.path_count;
  const char **files = xmalloc(sizeof(char *) * (size_t)capacity);
  for (int i = 0; i < options.path_count; i++) {
    const char *path = options.paths[i];
    int n = 1;
    char **names = NULL;
    if (is_directory(path)) {
      names = list_directory(path, &n);
    }
    if (file_count + n > capacity) {
      capacity = file_count + n;
      files = xrealloc((void *)files, sizeof(char *) * (size_t)capacity);
    }
    for (int j = 0; j < n; j++)
      files[file_count++] = names ? names[j] : path;
    free(names);
  }
  if (file_count == 0) {
    fprintf(stderr, "goesc: no Go files in %s\n", options.paths[0]);
    return EXIT_USAGE;
  }

  Arena arena;
  arena_init(&arena);
  if (options.stop == STOP_PARSE || options.stop == STOP_DUMP_AST ||
      options.stop == STOP_DUMP_SOURCE) {
    int total_errors = 0;
    for (int i = 0; i < file_count; i++)
      total_errors += process_file(files[i], &options, &arena);
    arena_free(&arena);
    return total_errors > 0 ? EXIT_INPUT_ERROR : EXIT_OK;
  }

  int status = check_stage(files, file_count, &options, &arena);
  arena_free(&arena);
  if (status != EXIT_OK || options.stop != STOP_ESCAPE)
    return status;

  return EXIT_OK;
}
