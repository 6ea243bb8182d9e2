/*
 * import_source.c — the Go source of imported packages.
 *
 * needs: an import path and the GOROOT of the installed Go;  produces: the
 * package's files, parsed and type-checked with their bodies, for escape
 * analysis to instantiate its generic functions and the methods of its
 * generic types (escape.c).
 *
 * The standard-library model (stdlib/) has the signatures of generic
 * functions, not their bodies: a summary of a generic function does not
 * exist, since each shape of its type arguments is a different function.
 * gc compiles the shape instances an importer needs inside the importer,
 * from the bodies it finds in the export data, and analyzes them there;
 * their lines carry the positions of the package's files under
 * $GOROOT/src.  goesc does the same from the Go source itself: it reads
 * the package's directory as the go command would (no _test.go files,
 * build constraints applied), parses it, and checks it with the checker
 * every program goes through; the package's own imports resolve through
 * the model, as the importer's do.
 *
 * GOROOT is found as the go command finds it: $GOROOT when set, else the
 * directory above the bin/go that $PATH finds (symbolic links resolved,
 * as the go command resolves its own executable), else /usr/local/go.
 * Nothing is read unless a program calls an imported generic function
 * or uses an imported generic type with methods (atomic.Pointer[T]).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "types.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef PATH_MAX
#define PATH_MAX 4096
#endif

/* Packages read so far: a run may analyze its package twice (-m falls
 * back to -m -l), and both analyses see the same objects. */
static ImportSource **loaded;
static int loaded_count, loaded_capacity;
static Arena source_arena; /* their syntax trees live for the whole run */
static Source **sources_read; /* every file read, for the release */
static int sources_count, sources_capacity;

static bool is_executable(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
         (st.st_mode & 0111) != 0;
}

/* The GOROOT above $PATH's go: DIR/bin/go -> DIR, or NULL. */
static const char *goroot_of_path(void) {
  const char *path = getenv("PATH");
  while (path && *path) {
    const char *end = strchr(path, ':');
    size_t n = end ? (size_t)(end - path) : strlen(path);
    char candidate[PATH_MAX], real[PATH_MAX];
    if (n > 0 && n + 4 < sizeof candidate) {
      memcpy(candidate, path, n);
      memcpy(candidate + n, "/go", 4);
      if (is_executable(candidate) && realpath(candidate, real)) {
        char *slash = strrchr(real, '/'); /* .../bin/go */
        if (slash) {
          *slash = '\0';
          slash = strrchr(real, '/');
          if (slash && strcmp(slash, "/bin") == 0) {
            *slash = '\0';
            return types_strdup(real, strlen(real));
          }
        }
      }
    }
    path = end ? end + 1 : NULL;
  }
  return NULL;
}

const char *import_source_goroot(void) {
  static const char *goroot;
  if (goroot)
    return goroot;
  const char *env = getenv("GOROOT");
  if (env && env[0])
    goroot = types_strdup(env, strlen(env));
  else if (!(goroot = goroot_of_path()))
    goroot = "/usr/local/go";
  return goroot;
}

/* Read, parse and check the files of dir; a failure names what failed. */
static void load(ImportSource *is, Package *importer) {
  int count = 0;
  char **paths = source_list_dir(is->dir, &count);
  if (!paths || count == 0) {
    is->failure = arena_printf(&source_arena,
                               "the Go source of package %s was not found "
                               "at %s",
                               is->path, is->dir);
    free(paths);
    return;
  }
  is->files = arena_alloc(&source_arena, sizeof(Node *) * (size_t)count);
  for (int i = 0; i < count && !is->failure; i++) {
    const char *io_error = NULL;
    Source *source = source_read(paths[i], &io_error);
    if (!source) {
      is->failure = arena_printf(&source_arena, "cannot read %s: %s",
                                 paths[i], io_error);
      free(paths[i]);
      break;
    }
    if (sources_count == sources_capacity) {
      sources_capacity = sources_capacity ? 2 * sources_capacity : 16;
      sources_read = xrealloc(sources_read,
                              sizeof *sources_read * (size_t)sources_capacity);
    }
    sources_read[sources_count++] = source;
    ErrorList errors;
    error_list_init(&errors, 1);
    Node *file = parse_file(source, &errors, &source_arena);
    if (errors.count)
      is->failure = arena_printf(&source_arena, "%s does not parse: %s",
                                 paths[i], errors.first->message);
    else if (check_build_constraints(file, paths[i]))
      is->files[is->file_count++] = file;
    error_list_free(&errors); /* the Source stays: objects point at it */
  }
  free(paths); /* not the paths: the Sources keep them */
  if (is->failure)
    return;
  if (is->file_count == 0) {
    is->failure = arena_printf(&source_arena,
                               "build constraints exclude all Go files of "
                               "package %s in %s",
                               is->path, is->dir);
    return;
  }
  ErrorList errors;
  error_list_init(&errors, 1);
  is->pkg = check_source_package(is->path, is->files, is->file_count,
                                 importer, &errors);
  if (errors.count) {
    is->failure = arena_printf(&source_arena,
                               "the Go source of package %s does not "
                               "type-check: %s:%d:%d: %s",
                               is->path,
                               errors.first->source
                                   ? errors.first->source->path
                                   : "?",
                               errors.first->pos.line, errors.first->pos.col,
                               errors.first->message);
    is->pkg = NULL;
  }
  error_list_free(&errors);
}

ImportSource *import_source_load(const char *path, Package *importer) {
  for (int i = 0; i < loaded_count; i++)
    if (strcmp(loaded[i]->path, path) == 0 && loaded[i]->importer == importer)
      return loaded[i];
  ImportSource *is = arena_alloc(&source_arena, sizeof *is);
  is->path = arena_printf(&source_arena, "%s", path);
  is->dir = arena_printf(&source_arena, "%s/src/%s", import_source_goroot(),
                         path);
  is->importer = importer;
  load(is, importer);
  if (loaded_count == loaded_capacity) {
    loaded_capacity = loaded_capacity ? loaded_capacity * 2 : 8;
    loaded = xrealloc(loaded, sizeof *loaded * (size_t)loaded_capacity);
  }
  loaded[loaded_count++] = is;
  return is;
}

void import_source_release(void) {
  for (int i = 0; i < sources_count; i++) {
    free((char *)sources_read[i]->path); /* source_list_dir's string */
    source_free(sources_read[i]);
  }
  free(sources_read);
  sources_read = NULL;
  sources_count = sources_capacity = 0;
  free(loaded);
  loaded = NULL;
  loaded_count = loaded_capacity = 0;
  arena_free(&source_arena);
}
