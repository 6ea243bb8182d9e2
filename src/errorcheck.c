/*
 * errorcheck.c — `goesc -errorcheck`: the `// ERROR "regexp"` protocol.
 *
 * needs: the sources and goesc's diagnostics for them;  produces: the
 * list of missing and unexpected messages, and an exit status.
 *
 * Go's test suite states what the compiler must print next to the code:
 *
 *     p := &x // ERROR "moved to heap: x" "leaking param: .*"
 *
 * and its harness (cmd/internal/testdir, functions wantedErrors,
 * splitOutput, errorCheck, matchPrefix) decides whether the compiler's
 * output agrees.  goesc must give the same verdict, so this file follows
 * those rules to the letter, including the surprising ones:
 *
 *   - The annotation is found in the raw line, not in a parsed comment:
 *     the first "// ERROR " (or "// GC_ERROR ", or the ERRORAUTO forms) and
 *     everything after it.  A line containing "////" anywhere is skipped.
 *   - Every "..." after the marker is one regexp, used verbatim (no string
 *     unescaping: "\(" is a regexp escape).  Backquotes are plain text; an
 *     ERROR line without a double-quoted string is an error.  LINE, LINE+n
 *     and LINE-n inside a regexp become "file.go:N".
 *   - A regexp looks only at messages on its own line: their position
 *     must be "file.go:LINE" followed by ":" or "[" (so columns do not
 *     matter, and x.go:12 does not claim x.go:123).  It is matched,
 *     unanchored, against the text after the message's first space, i.e.
 *     without the position.
 *   - A regexp takes every message of its line that it matches, not just
 *     one: `ERROR "escapes"` absorbs three "... escapes to heap" lines.  A
 *     message taken by an earlier regexp of the line is gone for the later
 *     ones, so the second "a" of ERROR "a" "a" can never be satisfied.
 *   - Whatever is left over is "unexpected", and fails the check as surely
 *     as a missing message: a false positive costs as much as a miss.
 *
 * To apply those rules, the diagnostics are first rendered as gc would
 * print them for the harness, which compiles with -C: base name of the
 * file, line, no column (not even in -m=2 text: "at x.go:26"), text.  The
 * rest of the file works on those lines, as the harness works on gc's
 * output; what we print about them keeps the columns, for the reader.
 *
 * Output: see report.h.  One deliberate difference from the harness: a
 * missing regexp is printed as written in the source ("\.\.\."), where
 * the harness prints it Go-quoted ("\\.\\.\\.").
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

/* ---- reading annotations ---- */

/* The first occurrence of `needle` in line[0..length). */
static const char *find(const char *line, size_t length, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= length; i++)
    if (memcmp(line + i, needle, n) == 0)
      return line + i;
  return NULL;
}

/* Where the annotation text begins (just after "ERROR " or "ERRORAUTO "),
 * or NULL.  Go's harness tries `// (?:GC_)?ERRORAUTO (.*)` first and then
 * `// (?:GC_)?ERROR (.*)`, each time taking the leftmost match. */
static const char *find_marker(const char *line, size_t length, bool auto_form,
                               bool *is_auto) {
  const char *plain = auto_form ? "// ERRORAUTO " : "// ERROR ";
  const char *gc = auto_form ? "// GC_ERRORAUTO " : "// GC_ERROR ";
  const char *a = find(line, length, plain);
  const char *b = find(line, length, gc);
  const char *hit = a;
  const char *word = plain;
  if (b && (!a || b < a)) {
    hit = b;
    word = gc;
  }
  if (!hit)
    return NULL;
  *is_auto = auto_form;
  return hit + strlen(word);
}

/* Copy a regexp, replacing LINE, LINE+n and LINE-n by "basename:N" (the
 * harness's `LINE(([+-])(\d+))?` rewrite). */
static char *substitute_line(Arena *arena, const char *s, size_t n,
                             int line_number, const char *basename) {
  if (!find(s, n, "LINE"))
    return arena_strndup(arena, s, n);
  size_t capacity = n + 1, length = 0;
  char *out = xmalloc(capacity);
  for (size_t i = 0; i < n;) {
    if (i + 4 <= n && memcmp(s + i, "LINE", 4) == 0) {
      size_t j = i + 4;
      long target = line_number;
      if (j + 1 < n && (s[j] == '+' || s[j] == '-') && s[j + 1] >= '0' &&
          s[j + 1] <= '9') {
        char sign = s[j++];
        long delta = 0;
        while (j < n && s[j] >= '0' && s[j] <= '9') {
          if (delta < 100000000)
            delta = delta * 10 + (s[j] - '0');
          j++;
        }
        target += sign == '+' ? delta : -delta;
      }
      char piece[64];
      int k = snprintf(piece, sizeof piece, ":%ld", target);
      size_t need = strlen(basename) + (size_t)k;
      while (length + need + 1 > capacity) {
        capacity *= 2;
        out = xrealloc(out, capacity);
      }
      memcpy(out + length, basename, strlen(basename));
      length += strlen(basename);
      memcpy(out + length, piece, (size_t)k);
      length += (size_t)k;
      i = j;
    } else {
      if (length + 2 > capacity) {
        capacity *= 2;
        out = xrealloc(out, capacity);
      }
      out[length++] = s[i++];
    }
  }
  char *result = arena_strndup(arena, out, length);
  free(out);
  return result;
}

int errorcheck_parse_line(const char *line, size_t length, int line_number,
                          const char *basename, Arena *arena,
                          ErrorcheckWant *wants, int max) {
  if (find(line, length, "////"))
    return 0; /* "double comment disables ERROR" */
  bool is_auto = false;
  const char *rest = find_marker(line, length, true, &is_auto);
  if (!rest)
    rest = find_marker(line, length, false, &is_auto);
  if (!rest)
    return 0;
  const char *end = line + length;
  int count = 0;
  /* every "([^"]*)", left to right, without overlap */
  for (const char *p = rest; p < end; p++) {
    if (*p != '"')
      continue;
    const char *close = memchr(p + 1, '"', (size_t)(end - p - 1));
    if (!close)
      break;
    if (count < max) {
      wants[count].regexp = substitute_line(arena, p + 1, (size_t)(close - p - 1),
                                            line_number, basename);
      wants[count].file = basename;
      wants[count].line = line_number;
      wants[count].autogenerated = is_auto;
    }
    count++;
    p = close;
  }
  return count > 0 ? count : -1;
}

int errorcheck_comment_regexps(const Comment *comment, const char *basename,
                               Arena *arena, ErrorcheckWant *wants, int max) {
  return errorcheck_parse_line(comment->text, comment->length,
                               comment->pos.line, basename, arena, wants, max);
}

/* ---- the check ---- */

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* One message, rendered twice: as the harness's compile prints it (gc -C:
 * no columns, even inside -m=2 text such as "at x.go:26"), which is what
 * the regexps see, and with columns, which is what we show. */
typedef struct Message {
  const char *match;
  const char *show;
} Message;

/* A growable array of messages. */
typedef struct Lines {
  Message *items;
  int count, capacity;
} Lines;

static void lines_push(Lines *lines, Message m) {
  if (lines->count == lines->capacity) {
    lines->capacity = lines->capacity ? lines->capacity * 2 : 32;
    lines->items = xrealloc(lines->items,
                            sizeof *lines->items * (size_t)lines->capacity);
  }
  lines->items[lines->count++] = m;
}

/* Is `s` of the form (.*\/)?PREFIX(:|\[) ?  (matchPrefix: the directory
 * cut happens before the first colon.) */
static bool match_prefix(const char *s, const char *prefix) {
  const char *colon = strchr(s, ':');
  if (!colon)
    return false;
  const char *start = s;
  for (const char *p = s; p < colon; p++)
    if (*p == '/')
      start = p + 1;
  size_t n = strlen(prefix);
  if (strlen(start) <= n || strncmp(start, prefix, n) != 0)
    return false;
  return start[n] == ':' || start[n] == '[';
}

/* Split one record's rendering into its lines (copies in arena). */
static int split_lines(const char *text, Arena *arena, const char **lines,
                       int max) {
  int n = 0;
  while (*text && n < max) {
    const char *end = strchr(text, '\n');
    size_t length = end ? (size_t)(end - text) : strlen(text);
    lines[n++] = arena_strndup(arena, text, length);
    text += length + (end ? 1 : 0);
  }
  return n;
}

/* Render the diagnostics as gc prints them, with base names for files as
 * the harness sees them after cutting directories (report_format with
 * REPORT_BASE_NAMES: "file.go:L: text", and for -m=2 explanations their
 * flow lines, each a message of its own), then filter like splitOutput:
 * blank lines, "#" and "go tool" lines go, and so do <autogenerated>
 * lines unless want_auto.  A line starting with a tab continues the
 * previous message. */
static void render_messages(const DiagnosticList *diags, bool want_auto,
                            Arena *arena, Lines *out) {
  enum { MAX_LINES = 4096 };
  static const char *match[MAX_LINES], *show[MAX_LINES];
  for (const Diagnostic *d = diags->first; d; d = d->next) {
    char *plain = report_format(d, REPORT_BASE_NAMES | REPORT_NO_COLUMNS);
    char *full = report_format(d, REPORT_BASE_NAMES);
    int n = split_lines(plain, arena, match, MAX_LINES);
    int n2 = split_lines(full, arena, show, MAX_LINES);
    free(plain);
    free(full);
    for (int i = 0; i < n; i++) {
      Message m = {match[i], i < n2 ? show[i] : match[i]};
      if (m.match[0] == '\t' && out->count > 0) {
        Message *last = &out->items[out->count - 1];
        last->match = arena_printf(arena, "%s\n%s", last->match, m.match);
        last->show = arena_printf(arena, "%s\n%s", last->show, m.show);
        continue;
      }
      if (m.match[0] == '\0' || m.match[0] == '#' ||
          strncmp(m.match, "go tool", 7) == 0)
        continue;
      if (!want_auto && strncmp(m.match, "<autogenerated>", 15) == 0)
        continue;
      lines_push(out, m);
    }
  }
}

/* The text a regexp sees: everything after the first space. */
static const char *message_text(const char *line) {
  const char *space = strchr(line, ' ');
  return space ? space + 1 : line;
}

/* Collect the wanted errors of one source, in line order. */
static void source_wants(const Source *source, Arena *arena, ErrorcheckWant **wants,
                         int *count, int *capacity, ErrorcheckResult *result,
                         FILE *out) {
  const char *basename = base_name(source->path);
  const char *text = source->text, *end = source->text + source->length;
  int line_number = 1;
  while (text <= end) {
    const char *newline = memchr(text, '\n', (size_t)(end - text));
    const char *line_end = newline ? newline : end;
    size_t length = (size_t)(line_end - text);
    int room = *capacity - *count;
    int n = errorcheck_parse_line(text, length, line_number, basename, arena,
                                  *wants + *count, room);
    if (n > room) {
      /* not enough room: grow and read the line again */
      while (*capacity - *count < n)
        *capacity = *capacity ? *capacity * 2 : 64;
      *wants = xrealloc(*wants, sizeof **wants * (size_t)*capacity);
      n = errorcheck_parse_line(text, length, line_number, basename, arena,
                                *wants + *count, n);
    }
    if (n < 0) {
      fprintf(out, "%s:%d: invalid errchk line: %.*s\n", basename, line_number,
              (int)length, text);
      result->bad_lines++;
    } else {
      *count += n;
    }
    if (!newline)
      break;
    text = newline + 1;
    line_number++;
  }
}

/* Does some source of the check have this base name as the message's
 * file?  (The harness forgets leftovers positioned in other files.) */
static bool belongs(const char *line, const Source *const *sources, int count) {
  for (int i = 0; i < count; i++) {
    const char *short_name = base_name(sources[i]->path);
    size_t n = strlen(short_name);
    if (strncmp(line, short_name, n) == 0 && line[n] == ':')
      return true;
    n = strlen(sources[i]->path);
    if (strncmp(line, sources[i]->path, n) == 0 && line[n] == ':')
      return true;
  }
  return false;
}

/* Print the messages of a "no match" failure, one per line, indented. */
static void print_indented(FILE *out, const Lines *lines, int from) {
  for (int i = from; i < lines->count; i++)
    fprintf(out, "\t%s\n", lines->items[i].show);
}

int errorcheck_check(const Source *const *sources, int count,
                     const DiagnosticList *diags, bool want_auto, FILE *out,
                     ErrorcheckResult *result) {
  ErrorcheckResult local;
  if (!result)
    result = &local;
  memset(result, 0, sizeof *result);
  Arena arena;
  arena_init(&arena);

  Lines messages = {0};
  render_messages(diags, want_auto, &arena, &messages);

  ErrorcheckWant *wants = NULL;
  int want_count = 0, want_capacity = 0;
  for (int i = 0; i < count; i++)
    source_wants(sources[i], &arena, &wants, &want_count, &want_capacity,
                 result, out);
  result->annotations = want_count;

  /* errorCheck: each wanted error, in order, takes the messages of its
   * line out of the pool, keeps those its regexp matches, and puts the
   * others back at the end. */
  Lines candidates = {0}, rest = {0};
  for (int w = 0; w < want_count; w++) {
    const ErrorcheckWant *want = &wants[w];
    const char *prefix =
        want->autogenerated
            ? "<autogenerated>"
            : arena_printf(&arena, "%s:%d", want->file, want->line);
    candidates.count = rest.count = 0;
    for (int i = 0; i < messages.count; i++)
      lines_push(match_prefix(messages.items[i].match, prefix) ? &candidates
                                                               : &rest,
                 messages.items[i]);
    Lines swap = messages;
    messages = rest;
    rest = swap;
    if (candidates.count == 0) {
      fprintf(out, "%s:%d: missing error \"%s\"\n", want->file, want->line,
              want->regexp);
      result->missing++;
      continue;
    }
    const char *error = NULL;
    Regex *re = regex_compile(want->regexp, &error);
    if (!re) {
      fprintf(out, "%s:%d: invalid regexp \"%s\" in ERROR line: %s\n",
              want->file, want->line, want->regexp, error);
      result->bad_lines++;
      for (int i = 0; i < candidates.count; i++)
        lines_push(&messages, candidates.items[i]);
      continue;
    }
    bool matched = false;
    int before = messages.count;
    for (int i = 0; i < candidates.count; i++) {
      const char *text = message_text(candidates.items[i].match);
      if (regex_match(re, text, strlen(text)))
        matched = true;
      else
        lines_push(&messages, candidates.items[i]);
    }
    regex_free(re);
    if (matched) {
      result->satisfied++;
    } else {
      fprintf(out, "%s:%d: no match for `%s` in:\n", want->file, want->line,
              want->regexp);
      print_indented(out, &messages, before);
      result->nomatch++;
    }
  }

  /* Leftovers positioned in the checked files are unexpected; the harness
   * drops the others (say, a generic instantiated from another package). */
  for (int i = 0; i < messages.count; i++) {
    const char *line = messages.items[i].show;
    if (!belongs(line, sources, count))
      continue;
    /* "file:line:col: text" -> "file:line:col: unexpected: text" */
    const char *text = message_text(line);
    int position_length = (int)(text - line) - 1;
    if (text == line)
      fprintf(out, "unexpected: %s\n", line);
    else
      fprintf(out, "%.*s unexpected: %s\n", position_length, line, text);
    result->unexpected++;
  }

  fprintf(out, "errorcheck: %d/%d annotations satisfied, %d unexpected\n",
          result->satisfied, result->annotations, result->unexpected);

  free(wants);
  free(messages.items);
  free(candidates.items);
  free(rest.items);
  arena_free(&arena);
  bool ok = result->missing == 0 && result->nomatch == 0 &&
            result->unexpected == 0 && result->bad_lines == 0;
  return ok ? 0 : 1;
}

int errorcheck_run(const Source *const *sources, int count,
                   const DiagnosticList *diags, FILE *out) {
  return errorcheck_check(sources, count, diags, false, out, NULL);
}
