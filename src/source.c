/*
 * source.c — source files and the list of errors found in them.
 *
 * needs: a path;  produces: a Source (the file's bytes, NUL-terminated),
 * and ErrorList, where every stage records the errors it detects.
 *
 * Errors are data: a stage calls error_at at the point of detection, and
 * main prints the list when the stage is over.  Two of gc's habits are kept
 * here, in one place, so that every stage gets them for free: gc reports at
 * most one syntax error per line, and stops after ten errors with
 * "too many errors".
 */
#include "goesc.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

static Source *new_source(void) {
  Source *source = xmalloc(sizeof *source);
  source->lines = xmalloc(sizeof *source->lines);
  memset(source->lines, 0, sizeof *source->lines);
  return source;
}

Source *source_from_memory(const char *path, const char *text, size_t length) {
  Source *source = new_source();
  char *copy = xmalloc(length + 1);
  memcpy(copy, text, length);
  copy[length] = '\0';
  source->path = path;
  source->text = copy;
  source->length = length;
  return source;
}

Source *source_read(const char *path, const char **error_out) {
  FILE *file = fopen(path, "rb");
  if (!file) {
    *error_out = strerror(errno);
    return NULL;
  }
  /* Read in growing chunks rather than trusting fseek: the path may be a
   * pipe or a character device. */
  size_t capacity = 1 << 16, length = 0;
  char *text = xmalloc(capacity);
  for (;;) {
    if (capacity - length < 2) {
      capacity *= 2;
      text = xrealloc(text, capacity);
    }
    size_t n = fread(text + length, 1, capacity - length - 1, file);
    length += n;
    if (n == 0)
      break;
  }
  if (ferror(file)) {
    *error_out = strerror(errno ? errno : EIO);
    fclose(file);
    free(text);
    return NULL;
  }
  fclose(file);
  text[length] = '\0';
  Source *source = new_source();
  source->path = path;
  source->text = text;
  source->length = length;
  return source;
}

void source_free(Source *source) {
  if (!source)
    return;
  free((char *)source->text);
  for (int i = 0; i < source->lines->count; i++)
    free((char *)source->lines->list[i].file);
  free(source->lines->list);
  free(source->lines);
  free(source);
}

bool pos_before(Pos a, Pos b) {
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* gc's rule for a directive without a file name: with a column it keeps
 * the file name in effect before it, without one the name is empty. */
void source_add_line_directive(const Source *source, Pos at, const char *file,
                               size_t file_length, int32_t line, int32_t col) {
  LineDirectives *lines = source->lines;
  if (lines->count > 0 && !pos_before(lines->list[lines->count - 1].at, at))
    return; /* the file is being read again */
  if (file_length == 0) {
    if (col > 0 && lines->count > 0)
      file = lines->list[lines->count - 1].file;
    else if (col > 0)
      file = source->path;
    else
      file = "";
    file_length = strlen(file);
  }
  if (lines->count == lines->capacity) {
    lines->capacity = lines->capacity ? 2 * lines->capacity : 8;
    lines->list = xrealloc(lines->list, sizeof *lines->list *
                                            (size_t)lines->capacity);
  }
  char *copy = xmalloc(file_length + 1);
  memcpy(copy, file, file_length);
  copy[file_length] = '\0';
  LineDirective *d = &lines->list[lines->count++];
  d->at = at;
  d->file = copy;
  d->line = line;
  d->col = col;
}

Pos source_reported_pos(const Source *source, Pos pos, const char **path) {
  *path = source ? source->path : "";
  const LineDirectives *lines = source ? source->lines : NULL;
  if (!lines || lines->count == 0 || pos.line == 0)
    return pos;
  /* the last directive at or before pos */
  int lo = 0, hi = lines->count;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (pos_before(pos, lines->list[mid].at))
      hi = mid;
    else
      lo = mid + 1;
  }
  if (lo == 0)
    return pos;
  const LineDirective *d = &lines->list[lo - 1];
  Pos out;
  out.line = d->line + (pos.line - d->at.line);
  out.col = d->col == 0 ? 0
            : pos.line == d->at.line ? d->col + (pos.col - d->at.col)
            : pos.col;
  *path = d->file[0] ? d->file : "??";
  return out;
}

void error_list_init(ErrorList *list, int limit) {
  memset(list, 0, sizeof *list);
  list->limit = limit;
}

void error_at(ErrorList *list, const Source *source, Pos pos,
              const char *fmt, ...) {
  if (list->limit > 0 && list->count >= list->limit) {
    list->too_many = true;
    return;
  }
  /* gc's rule: only the first syntax error on a line is reported, since
   * the rest are usually consequences of it. */
  if (strncmp(fmt, "syntax error", 12) == 0) {
    if (list->last_syntax_source == source && list->last_syntax_line == pos.line)
      return;
    list->last_syntax_source = source;
    list->last_syntax_line = pos.line;
  }
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *message = xmalloc(n < 0 ? 1 : (size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(message, n < 0 ? 1 : (size_t)n + 1, fmt, ap);
  va_end(ap);

  Error *error = xmalloc(sizeof *error);
  error->source = source;
  error->pos = pos;
  error->message = message;
  error->next = NULL;
  if (list->last)
    list->last->next = error;
  else
    list->first = error;
  list->last = error;
  list->count++;
}

Pos pos_as_printed(Pos pos) {
  if (pos.line >= POS_LINE_MAX) {
    pos.line = POS_LINE_MAX;
    pos.col = 0;
  }
  if (pos.col >= POS_COLUMN_MAX)
    pos.col = 0;
  return pos;
}

void source_print_pos(FILE *out, const Source *source, Pos pos,
                      const char *nowhere) {
  const char *path = nowhere;
  if (source)
    pos = source_reported_pos(source, pos, &path);
  pos = pos_as_printed(pos);
  if (pos.line > 0 && pos.col > 0)
    fprintf(out, "%s:%d:%d: ", path, (int)pos.line, (int)pos.col);
  else if (pos.line > 0)
    fprintf(out, "%s:%d: ", path, (int)pos.line);
  else
    fprintf(out, "%s: ", path);
}

/* An error and its place in detection order, for a stable sort. */
typedef struct SortedError {
  const Error *error;
  int index;
} SortedError;

static const char *error_path(const Error *e) {
  return e->source ? e->source->path : "";
}

/* gc's order (Pos.Before): file name, then line, then column; an error
 * without a position comes first in its file. */
static int compare_errors(const void *pa, const void *pb) {
  const SortedError *a = pa, *b = pb;
  int by_path = strcmp(error_path(a->error), error_path(b->error));
  if (by_path != 0)
    return by_path;
  if (a->error->pos.line != b->error->pos.line)
    return a->error->pos.line < b->error->pos.line ? -1 : 1;
  if (a->error->pos.col != b->error->pos.col)
    return a->error->pos.col < b->error->pos.col ? -1 : 1;
  return a->index < b->index ? -1 : a->index > b->index;
}

/* gc sorts its errors by position before printing them (stably, so equal
 * positions keep the order of detection) and drops a message that repeats
 * the previous one on the same line. */
void error_list_print(const ErrorList *list, FILE *out) {
  int n = list->count;
  SortedError *sorted = xmalloc(sizeof *sorted * (size_t)(n > 0 ? n : 1));
  int i = 0;
  for (const Error *e = list->first; e; e = e->next, i++) {
    sorted[i].error = e;
    sorted[i].index = i;
  }
  qsort(sorted, (size_t)n, sizeof *sorted, compare_errors);
  for (i = 0; i < n; i++) {
    const Error *e = sorted[i].error;
    const Error *previous = i > 0 ? sorted[i - 1].error : NULL;
    if (previous && previous->source == e->source &&
        previous->pos.line == e->pos.line &&
        strcmp(previous->message, e->message) == 0)
      continue;
    source_print_pos(out, e->source, e->pos, "goesc");
    fprintf(out, "%s\n", e->message);
  }
  free(sorted);
  if (list->too_many)
    fprintf(out, "too many errors\n");
}

void error_list_free(ErrorList *list) {
  Error *e = list->first;
  while (e) {
    Error *next = e->next;
    free((char *)e->message);
    free(e);
    e = next;
  }
  int limit = list->limit;
  error_list_init(list, limit);
}

void internal_error(const char *file, int line, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "goesc: internal error at %s:%d: ", file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fprintf(stderr, "\n");
  exit(EXIT_UNSUPPORTED);
}

/* ---- Package directories ---- */

static bool has_suffix(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The Go files of a directory, as the go command picks them: *.go except
 * *_test.go, in sorted order.  (Build constraints are the checker's job.) */
char **source_list_dir(const char *dir, int *count_out) {
  DIR *d = opendir(dir);
  if (!d)
    return NULL;
  int count = 0, capacity = 16;
  char **names = xmalloc(sizeof(char *) * (size_t)capacity);
  struct dirent *entry;
  while ((entry = readdir(d)) != NULL) {
    const char *name = entry->d_name;
    if (name[0] == '.' || name[0] == '_' || !has_suffix(name, ".go") ||
        has_suffix(name, "_test.go"))
      continue;
    if (count == capacity) {
      capacity *= 2;
      names = xrealloc(names, sizeof(char *) * (size_t)capacity);
    }
    size_t length = strlen(dir) + strlen(name) + 2;
    names[count] = xmalloc(length);
    snprintf(names[count], length, "%s/%s", dir, name);
    count++;
  }
  closedir(d);
  qsort(names, (size_t)count, sizeof(char *), compare_strings);
  *count_out = count;
  return names;
}
