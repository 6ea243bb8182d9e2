/*
 * report.c — diagnostic records and the gc-text formatter.
 *
 * needs: Diagnostic records from the analysis;  produces: gc's lines.
 *
 * A diagnostic is a record, not a string: the escape pass says "location
 * x of function f moved to the heap" and this file decides how gc would
 * word it.  The wording comes from one table, DIAGNOSTIC_LIST in report.h.
 * Each entry pairs a printf-like template with a little argument string
 * naming which field of the record fills each directive ("son": subject,
 * other, number).  Rendering is then a walk over the template; there is no
 * per-kind code, so adding a sentence is adding a table row.
 *
 * The text is rendered once, when the record is added, because every
 * consumer needs it: the printer, errorcheck's regexps, the differential
 * tests.  Positions are printed only at output time, since the same
 * record prints as `x.go:5:2:` normally and `x.go:5:` under -C.
 *
 * Ordering is the caller's business (see report.h): under -m gc prints in
 * generation order, so the list is kept in the order records were added,
 * and report_sort exists for the cases where gc really sorts.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

static const char *const kind_names[] = {
#define X(kind, template, args) #kind,
    DIAGNOSTIC_LIST(X)
#undef X
};

static const char *const kind_templates[] = {
#define X(kind, template, args) template,
    DIAGNOSTIC_LIST(X)
#undef X
};

static const char *const kind_args[] = {
#define X(kind, template, args) args,
    DIAGNOSTIC_LIST(X)
#undef X
};

const char *report_kind_name(DiagnosticKind kind) {
  return (unsigned)kind < DIAG_COUNT ? kind_names[kind] : "DIAG_?";
}

const char *report_kind_template(DiagnosticKind kind) {
  return (unsigned)kind < DIAG_COUNT ? kind_templates[kind] : "%s";
}

void report_init(DiagnosticList *list) {
  memset(list, 0, sizeof *list);
  arena_init(&list->arena);
}

void report_free(DiagnosticList *list) {
  arena_free(&list->arena);
  list->first = list->last = NULL;
  list->count = 0;
}

static const char *copy_string(DiagnosticList *list, const char *s) {
  return s ? arena_strndup(&list->arena, s, strlen(s)) : NULL;
}

/* A growing byte buffer for rendering; freed by the caller (text_free).
 * It may start in the caller's buffer (TEXT_ON): a line is short, and a
 * malloc per line was a tenth of the time of a big -m run. */
typedef struct Text {
  char *data;
  size_t length, capacity;
  bool on_heap; /* data was malloc'ed (else the caller's, or NULL) */
} Text;

#define TEXT_ON(buffer) {(buffer), 0, sizeof(buffer), false}

static void text_free(Text *t) {
  if (t->on_heap)
    free(t->data);
}

static void text_add(Text *t, const char *s, size_t n) {
  if (t->length + n + 1 > t->capacity) {
    size_t capacity = t->capacity ? t->capacity : 64;
    while (t->length + n + 1 > capacity)
      capacity *= 2;
    if (t->on_heap) {
      t->data = xrealloc(t->data, capacity);
    } else {
      char *heap = xmalloc(capacity);
      if (t->length)
        memcpy(heap, t->data, t->length);
      t->data = heap;
      t->on_heap = true;
    }
    t->capacity = capacity;
  }
  memcpy(t->data + t->length, s, n);
  t->length += n;
  t->data[t->length] = '\0';
}

static void text_puts(Text *t, const char *s) { text_add(t, s, strlen(s)); }

/* Decimal digits by hand: every printed line has two numbers, and
 * snprintf's generality was a tenth of the time of a big -m run. */
static void text_int(Text *t, long value) {
  char digits[24];
  char *end = digits + sizeof digits, *p = end;
  unsigned long magnitude = value < 0 ? 0UL - (unsigned long)value
                                      : (unsigned long)value;
  do {
    *--p = (char)('0' + magnitude % 10);
    magnitude /= 10;
  } while (magnitude > 0);
  if (value < 0)
    *--p = '-';
  text_add(t, p, (size_t)(end - p));
}

/* The value a template directive takes, by its letter in the args string.
 * A missing string prints as "?" rather than crashing: a half-filled
 * record is a bug in the analysis, and a visible "?" finds it sooner. */
static void render_arg(Text *t, const Diagnostic *d, char letter) {
  const char *s = NULL;
  switch (letter) {
  case 's': s = d->subject; break;
  case 'f': s = d->function; break;
  case 'o': s = d->other; break;
  case 'a': s = d->addrtaken ? "true" : "false"; break;
  case 'r': s = d->reassigned ? "true" : "false"; break;
  case 'n': text_int(t, d->number); return;
  default: break;
  }
  text_puts(t, s ? s : "?");
}

/* Walk the kind's template: literal bytes are copied, each %s or %d takes
 * the next field named in the args string, and %% is a percent sign. */
static void render(Text *t, const Diagnostic *d) {
  const char *template = report_kind_template(d->kind);
  const char *args = (unsigned)d->kind < DIAG_COUNT ? kind_args[d->kind] : "s";
  for (const char *p = template; *p;) {
    if (p[0] == '%' && (p[1] == 's' || p[1] == 'd')) {
      render_arg(t, d, *args ? *args++ : 's');
      p += 2;
    } else if (p[0] == '%' && p[1] == '%') {
      text_add(t, "%", 1);
      p += 2;
    } else { /* the literal bytes up to the next directive, at once */
      const char *percent = strchr(p + 1, '%');
      size_t n = percent ? (size_t)(percent - p) : strlen(p);
      text_add(t, p, n);
      p += n;
    }
  }
}

Diagnostic *report_add(DiagnosticList *list, const Diagnostic *fields) {
  Diagnostic *d = arena_alloc(&list->arena, sizeof *d);
  *d = *fields;
  d->function = copy_string(list, fields->function);
  d->subject = copy_string(list, fields->subject);
  d->other = copy_string(list, fields->other);
  d->next = NULL;
  if (fields->text) { /* a line of another list: rendered already */
    d->text = copy_string(list, fields->text);
  } else {
    char buffer[256];
    Text t = TEXT_ON(buffer);
    render(&t, d);
    d->text = arena_strndup(&list->arena, t.data, t.length);
    text_free(&t);
  }
  if (list->last)
    list->last->next = d;
  else
    list->first = d;
  list->last = d;
  list->count++;
  return d;
}

void report_move(DiagnosticList *dst, DiagnosticList *src,
                 bool (*keep)(const Diagnostic *)) {
  arena_adopt(&dst->arena, &src->arena);
  Diagnostic **link = &src->first;
  src->last = NULL;
  while (*link) {
    Diagnostic *d = *link;
    if (keep && !keep(d)) { /* stays in src */
      src->last = d;
      link = &d->next;
      continue;
    }
    *link = d->next;
    d->next = NULL;
    if (dst->last)
      dst->last->next = d;
    else
      dst->first = d;
    dst->last = d;
    dst->count++;
    src->count--;
  }
}

Diagnostic *report_add_text(DiagnosticList *list, const Source *source,
                            Pos pos, DiagnosticKind kind,
                            const char *subject) {
  Diagnostic fields;
  memset(&fields, 0, sizeof fields);
  fields.source = source;
  fields.pos = pos;
  fields.kind = kind;
  fields.subject = subject;
  return report_add(list, &fields);
}

FlowStep *report_add_flow_step(DiagnosticList *list, Diagnostic *diag,
                               const char *dst, int derefs, const char *src) {
  FlowStep *step = arena_alloc(&list->arena, sizeof *step);
  step->dst = copy_string(list, dst);
  step->src = copy_string(list, src);
  step->derefs = derefs;
  FlowStep **tail = &diag->flow;
  while (*tail)
    tail = &(*tail)->next;
  *tail = step;
  return step;
}

void report_add_flow_note(DiagnosticList *list, FlowStep *step,
                          const char *where, const char *why,
                          const Source *source, Pos pos) {
  FlowNote *note = arena_alloc(&list->arena, sizeof *note);
  note->where = copy_string(list, where);
  note->why = copy_string(list, why);
  note->source = source;
  note->pos = pos;
  FlowNote **tail = &step->notes;
  while (*tail)
    tail = &(*tail)->next;
  *tail = note;
}

/* ---- sorting ---- */

/* The rank of a record's file: gc orders positions by the index of their
 * file in its position table, which is the order files were read.  No
 * position at all ranks first (gc's unknown position has index 0). */
static int file_rank(const Diagnostic *d, const Source *const *sources,
                     int count) {
  if (!d->source || d->pos.line == 0)
    return -1;
  for (int i = 0; i < count; i++)
    if (sources[i] == d->source)
      return i;
  return count;
}

typedef struct SortItem {
  Diagnostic *diag;
  int rank;
  int order; /* original index: makes qsort stable */
} SortItem;

static int compare_items(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  if (x->diag->pos.line != y->diag->pos.line)
    return x->diag->pos.line < y->diag->pos.line ? -1 : 1;
  if (x->diag->pos.col != y->diag->pos.col)
    return x->diag->pos.col < y->diag->pos.col ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

void report_sort(DiagnosticList *list, const Source *const *sources,
                 int count) {
  if (list->count < 2)
    return;
  SortItem *items = xmalloc(sizeof *items * (size_t)list->count);
  int n = 0;
  for (Diagnostic *d = list->first; d; d = d->next, n++) {
    items[n].diag = d;
    items[n].rank = file_rank(d, sources, count);
    items[n].order = n;
  }
  qsort(items, (size_t)n, sizeof *items, compare_items);
  for (int i = 0; i + 1 < n; i++)
    items[i].diag->next = items[i + 1].diag;
  items[n - 1].diag->next = NULL;
  list->first = items[0].diag;
  list->last = items[n - 1].diag;
  free(items);
}

/* ---- printing ---- */

/* `path:line:col` (or `path:line` under -C, or when the column is 0 as in
 * gc's `<autogenerated>:1`); empty without a position. */
static void format_pos(Text *t, const Source *source, Pos pos,
                       unsigned flags) {
  if (!source || pos.line == 0)
    return;
  const char *path;
  pos = source_reported_pos(source, pos, &path);
  if (flags & REPORT_BASE_NAMES) {
    const char *slash = strrchr(path, '/');
    if (slash)
      path = slash + 1;
  }
  pos = pos_as_printed(pos);
  text_puts(t, path);
  text_add(t, ":", 1);
  text_int(t, pos.line);
  if (!(flags & REPORT_NO_COLUMNS) && pos.col > 0) {
    text_add(t, ":", 1);
    text_int(t, pos.col);
  }
}

/* The first line of a record: gc adds "pos: " only for a known position
 * (golang.org/issue/11361). */
static void format_line(Text *t, const Diagnostic *d, unsigned flags) {
  size_t before = t->length;
  format_pos(t, d->source, d->pos, flags);
  if (t->length > before)
    text_add(t, ": ", 2);
  text_puts(t, d->text ? d->text : "");
}

char *report_format_line(const Diagnostic *diag, unsigned flags, char *buf,
                         size_t size) {
  Text t = {0};
  format_line(&t, diag, flags);
  if (size > 0) {
    size_t n = t.length < size - 1 ? t.length : size - 1;
    if (n)
      memcpy(buf, t.data, n);
    buf[n] = '\0';
  }
  text_free(&t);
  return buf;
}

/* The lines under a -m=2 header.  Every one carries the header's position
 * (the location being explained), whatever edge it describes:
 *   POS:   flow: DST ← OPS SRC:
 *   POS:     from WHERE (WHY) at WHEREPOS
 *   POS:   warning: truncated explanation due to assignment cycle; ... */
static void format_flow(Text *t, const Diagnostic *d, unsigned flags) {
  if (!d->flow && !d->truncated)
    return;
  char pos_buffer[256];
  Text pos = TEXT_ON(pos_buffer);
  format_pos(&pos, d->source, d->pos, flags);
  text_add(&pos, "", 0); /* (terminated even when empty) */
  const char *prefix = pos.data;
  for (const FlowStep *step = d->flow; step; step = step->next) {
    text_puts(t, prefix);
    text_puts(t, ":   flow: ");
    text_puts(t, step->dst ? step->dst : "?");
    text_puts(t, " \xe2\x86\x90 "); /* U+2190 LEFTWARDS ARROW */
    if (step->derefs < 0)
      text_add(t, "&", 1);
    for (int i = 0; i < step->derefs; i++)
      text_add(t, "*", 1);
    text_puts(t, step->src ? step->src : "?");
    text_puts(t, ":\n");
    for (const FlowNote *note = step->notes; note; note = note->next) {
      text_puts(t, prefix);
      text_puts(t, ":     from ");
      text_puts(t, note->where ? note->where : "?");
      text_puts(t, " (");
      text_puts(t, note->why ? note->why : "?");
      text_puts(t, ") at ");
      format_pos(t, note->source, note->pos, flags);
      text_add(t, "\n", 1);
    }
  }
  if (d->truncated) {
    text_puts(t, prefix);
    text_puts(t, ":   warning: truncated explanation due to assignment "
                 "cycle; see golang.org/issue/35518\n");
  }
  text_free(&pos);
}

static void format_record(Text *t, const Diagnostic *diag, unsigned flags) {
  format_line(t, diag, flags);
  text_add(t, "\n", 1);
  format_flow(t, diag, flags);
}

char *report_format(const Diagnostic *diag, unsigned flags) {
  Text t = {0};
  format_record(&t, diag, flags);
  return t.data;
}

void report_print_gc(const DiagnosticList *list, FILE *out, unsigned flags) {
  /* each record is formatted into one of two buffers, in turn, so that
   * the one before is still there to compare with */
  char first[512], second[512];
  Text texts[2] = {TEXT_ON(first), TEXT_ON(second)};
  Text *previous = NULL;
  for (const Diagnostic *d = list->first; d; d = d->next) {
    Text *t = previous == &texts[0] ? &texts[1] : &texts[0];
    t->length = 0;
    format_record(t, d, flags);
    bool repeat = previous && previous->length == t->length &&
                  memcmp(previous->data, t->data, t->length) == 0;
    if (!(flags & REPORT_DEDUP_ADJACENT) || !repeat)
      fwrite(t->data, 1, t->length, out);
    previous = t;
  }
  text_free(&texts[0]);
  text_free(&texts[1]);
}
