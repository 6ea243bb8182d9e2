/*
 * regex.c — RE2-syntax regular expressions, matched by a Pike VM.
 *
 * needs: a pattern in Go's regexp syntax;  produces: a yes/no unanchored
 * search over a text, as Go's regexp.MatchString answers it.
 *
 * Why a matcher of our own: the `// ERROR "..."` comments of Go's test
 * suite are Go regexps, and the harness matches them with Go's regexp
 * package.  POSIX regcomp speaks a different dialect (no \d, no (?:),
 * different escapes, bytes instead of runes, backtracking in glibc), so
 * errorcheck would judge some lines differently from the harness.  This
 * file implements the part of RE2 syntax that Go accepts, with its
 * meaning:
 *
 *   literals, with \ before any ASCII punctuation, \a \f \t \n \r \v,
 *   octal \0 \012, hex \x41 \x{263a}, and \Q...\E quoting;
 *   .  [abc] [^a-z] [[:alpha:]] [[:^digit:]] \d \D \s \S \w \W;
 *   ^ $ \A \z \b \B (^ and $ are text boundaries unless (?m));
 *   x* x+ x? x{n} x{n,} x{n,m} and their lazy forms (the same thing for
 *   a yes/no answer), counts limited to 1000 like Go, nested ones too
 *   ((a{100}){20} is refused); a**, a+{2} are refused, as Go does;
 *   (x) (?:x) (?P<name>x) (?<name>x) (?flags) (?flags:x), flags i m s U.
 *
 * Not supported, and rejected with a message rather than misread:
 * Unicode classes \pL \p{Greek} (no Unicode tables here; no ERROR regexp
 * of Go's test suite uses them).  Go refuses \C and \Z, and so do we.
 * Case folding under (?i) covers ASCII, Latin-1, Greek and Cyrillic plus
 * the odd Unicode folds of k, s and å (KELVIN SIGN, LONG S, ANGSTROM SIGN).
 *
 * The approach is Thompson's and Pike's (Russ Cox's "Regular Expression
 * Matching: the Virtual Machine Approach" explains it well):
 *
 *   1. A recursive-descent parser builds a small tree: literals and
 *      classes become sorted lists of rune ranges; groups vanish (we need
 *      no captures); repetitions keep their bounds.
 *   2. The tree compiles to a program of five instructions: RANGES
 *      (consume one rune in a set), SPLIT (try two places), JMP, ASSERT
 *      (an empty-width test such as \b) and MATCH.
 *   3. The VM runs all threads in lock step, one rune of text at a time.
 *      Threads that reach the same instruction at the same position are
 *      merged, so there are never more threads than instructions: the
 *      cost is O(text length x program size) for every input, and no
 *      pattern can make it exponential.  A new thread starts at every
 *      position, which makes the search unanchored.
 *
 * Text is decoded as UTF-8 the way Go does: an invalid byte is one rune,
 * U+FFFD.  So `.` matches "é" whole, as it does in Go.
 */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#define MAX_RUNE 0x10FFFF
#define RUNE_ERROR 0xFFFD
#define MAX_REPEAT 1000     /* Go's limit for {n,m} */
#define MAX_DEPTH 1000      /* nesting of groups and repetitions */
#define MAX_PROGRAM 200000  /* instructions; "expression too large" */

/* ---- UTF-8 ---- */

/* Decode one rune at s (n > 0 bytes available), Go style: any malformed
 * or overlong sequence, surrogate or out-of-range value is U+FFFD of
 * width 1. */
static int32_t decode_rune(const unsigned char *s, size_t n, int *width) {
  unsigned c = s[0];
  *width = 1;
  if (c < 0x80)
    return (int32_t)c;
  int need;
  int32_t r, min;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1, r = c & 0x1F, min = 0x80;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2, r = c & 0x0F, min = 0x800;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3, r = c & 0x07, min = 0x10000;
  } else {
    return RUNE_ERROR;
  }
  if ((size_t)need >= n)
    return RUNE_ERROR;
  for (int i = 1; i <= need; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return RUNE_ERROR;
    r = (r << 6) | (s[i] & 0x3F);
  }
  if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
    return RUNE_ERROR;
  *width = need + 1;
  return r;
}

/* ---- rune sets ---- */

typedef struct Range {
  int32_t lo, hi;
} Range;

/* A growable list of ranges, kept sorted and merged once normalized. */
typedef struct RangeSet {
  Range *items;
  int count, capacity;
} RangeSet;

static void set_add(RangeSet *set, int32_t lo, int32_t hi) {
  if (lo > hi)
    return;
  if (set->count == set->capacity) {
    set->capacity = set->capacity ? set->capacity * 2 : 8;
    set->items = xrealloc(set->items, sizeof *set->items * (size_t)set->capacity);
  }
  set->items[set->count].lo = lo;
  set->items[set->count].hi = hi;
  set->count++;
}

static int compare_ranges(const void *a, const void *b) {
  const Range *x = a, *y = b;
  return x->lo < y->lo ? -1 : x->lo > y->lo;
}

static void set_normalize(RangeSet *set) {
  if (set->count < 2)
    return;
  qsort(set->items, (size_t)set->count, sizeof *set->items, compare_ranges);
  int out = 0;
  for (int i = 1; i < set->count; i++) {
    Range *last = &set->items[out];
    if (set->items[i].lo <= last->hi + 1) {
      if (set->items[i].hi > last->hi)
        last->hi = set->items[i].hi;
    } else {
      set->items[++out] = set->items[i];
    }
  }
  set->count = out + 1;
}

static void set_negate(RangeSet *set) {
  set_normalize(set);
  RangeSet result = {0};
  int32_t next = 0;
  for (int i = 0; i < set->count; i++) {
    set_add(&result, next, set->items[i].lo - 1);
    next = set->items[i].hi + 1;
  }
  set_add(&result, next, MAX_RUNE);
  free(set->items);
  *set = result;
}

/* Simple case folding: blocks whose letters pair up at a fixed distance,
 * and single pairs for the folds that cross blocks.  Applying every pair
 * in both directions once closes each orbit (k, K, KELVIN SIGN). */
static const struct {
  int32_t lo, hi, delta;
} fold_blocks[] = {
    {'A', 'Z', 32},           /* ASCII */
    {0xC0, 0xD6, 32},         /* Latin-1 (skipping the multiplication sign) */
    {0xD8, 0xDE, 32},
    {0x391, 0x3A1, 32},       /* Greek */
    {0x3A3, 0x3A9, 32},
    {0x410, 0x42F, 32},       /* Cyrillic */
    {0x400, 0x40F, 80},
    {'k', 'k', 0x212A - 'k'}, /* KELVIN SIGN */
    {'K', 'K', 0x212A - 'K'},
    {'s', 's', 0x17F - 's'},  /* LONG S */
    {'S', 'S', 0x17F - 'S'},
    {0xE5, 0xE5, 0x212B - 0xE5}, /* ANGSTROM SIGN */
    {0xC5, 0xC5, 0x212B - 0xC5},
    {0x3C2, 0x3C2, 1},        /* final sigma ~ sigma ~ SIGMA */
    {0x3A3, 0x3A3, 0x3C2 - 0x3A3},
    {0xB5, 0xB5, 0x3BC - 0xB5}, /* MICRO SIGN ~ mu ~ MU */
    {0xB5, 0xB5, 0x39C - 0xB5},
    {0xFF, 0xFF, 0x178 - 0xFF}, /* y with diaeresis */
};

static void set_fold(RangeSet *set) {
  int n = set->count; /* fold only the original ranges */
  for (int i = 0; i < n; i++) {
    int32_t lo = set->items[i].lo, hi = set->items[i].hi;
    for (size_t b = 0; b < sizeof fold_blocks / sizeof fold_blocks[0]; b++) {
      int32_t blo = fold_blocks[b].lo, bhi = fold_blocks[b].hi;
      int32_t d = fold_blocks[b].delta;
      /* forward: the part of [lo,hi] inside the block moves up by d */
      int32_t a = lo > blo ? lo : blo, z = hi < bhi ? hi : bhi;
      if (a <= z)
        set_add(set, a + d, z + d);
      /* backward: the part inside the image moves down */
      a = lo > blo + d ? lo : blo + d;
      z = hi < bhi + d ? hi : bhi + d;
      if (a <= z)
        set_add(set, a - d, z - d);
    }
  }
  set_normalize(set);
}

/* ---- the tree ---- */

typedef enum NodeOp {
  RX_EMPTY,  /* matches the empty string */
  RX_RANGES, /* one rune from `ranges` */
  RX_ASSERT, /* empty-width test `assert` */
  RX_CONCAT, /* left then right */
  RX_ALT,    /* left or right */
  RX_REPEAT, /* left, min..max times (max -1: unbounded) */
} NodeOp;

typedef enum AssertKind {
  AS_BEGIN_TEXT,
  AS_END_TEXT,
  AS_BEGIN_LINE,
  AS_END_LINE,
  AS_WORD_BOUNDARY,
  AS_NOT_WORD_BOUNDARY,
} AssertKind;

typedef struct RxNode RxNode;
struct RxNode {
  NodeOp op;
  RxNode *left, *right;
  int min, max;
  bool counted;  /* RX_REPEAT written as {n,m} */
  AssertKind assert;
  Range *ranges; /* RX_RANGES: sorted, disjoint */
  int range_count;
};

enum { FLAG_FOLD = 1, FLAG_MULTILINE = 2, FLAG_DOTNL = 4, FLAG_UNGREEDY = 8 };

typedef struct Parser {
  const char *p, *end; /* the pattern, unread part */
  unsigned flags;
  Arena *arena;
  const char *error;   /* first error, Go's wording */
  int depth;
  bool quoting;        /* inside \Q...\E */
} Parser;

static RxNode *new_node(Parser *ps, NodeOp op) {
  RxNode *n = arena_alloc(ps->arena, sizeof *n);
  n->op = op;
  return n;
}

static RxNode *fail(Parser *ps, const char *message) {
  if (!ps->error)
    ps->error = message;
  return NULL;
}

/* A node matching one rune of `set` (consumed: the set is freed). */
static RxNode *ranges_node(Parser *ps, RangeSet *set) {
  RxNode *n = new_node(ps, RX_RANGES);
  set_normalize(set);
  n->range_count = set->count;
  n->ranges = arena_alloc(ps->arena, sizeof(Range) * (size_t)(set->count + 1));
  if (set->count)
    memcpy(n->ranges, set->items, sizeof(Range) * (size_t)set->count);
  free(set->items);
  set->items = NULL;
  set->count = set->capacity = 0;
  return n;
}

static RxNode *literal_node(Parser *ps, int32_t r) {
  RangeSet set = {0};
  set_add(&set, r, r);
  if (ps->flags & FLAG_FOLD)
    set_fold(&set);
  return ranges_node(ps, &set);
}

static RxNode *concat(Parser *ps, RxNode *a, RxNode *b) {
  if (!b || b->op == RX_EMPTY)
    return a ? a : new_node(ps, RX_EMPTY);
  if (!a || a->op == RX_EMPTY)
    return b;
  RxNode *n = new_node(ps, RX_CONCAT);
  n->left = a;
  n->right = b;
  return n;
}

static bool at_end(const Parser *ps) { return ps->p >= ps->end; }

/* Read one rune of the pattern; the pattern itself must be valid UTF-8. */
static int32_t next_rune(Parser *ps) {
  int width;
  int32_t r = decode_rune((const unsigned char *)ps->p,
                          (size_t)(ps->end - ps->p), &width);
  if (r == RUNE_ERROR && width == 1 &&
      !(ps->end - ps->p >= 3 && memcmp(ps->p, "\xEF\xBF\xBD", 3) == 0)) {
    fail(ps, "invalid UTF-8");
  }
  ps->p += width;
  return r;
}

static bool is_word_rune(int32_t r) {
  return (r >= '0' && r <= '9') || (r >= 'A' && r <= 'Z') ||
         (r >= 'a' && r <= 'z') || r == '_';
}

static int hex_value(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Add `group` to set: folded first under (?i), then negated if asked,
 * which is Go's order: (?i)\W does not match KELVIN SIGN, because the
 * fold of \w contains it before the negation takes it away. */
static void add_group(RangeSet *set, RangeSet *group, bool fold,
                      bool negated) {
  if (fold)
    set_fold(group);
  if (negated)
    set_negate(group);
  for (int i = 0; i < group->count; i++)
    set_add(set, group->items[i].lo, group->items[i].hi);
  free(group->items);
  group->items = NULL;
  group->count = group->capacity = 0;
}

/* Perl classes \d \s \w (upper case negated) into set; false if `c` is
 * not one. */
static bool perl_class(int c, RangeSet *set, bool fold) {
  RangeSet tmp = {0};
  switch (c | 0x20) {
  case 'd':
    set_add(&tmp, '0', '9');
    break;
  case 's':
    set_add(&tmp, '\t', '\n');
    set_add(&tmp, '\f', '\r');
    set_add(&tmp, ' ', ' ');
    break;
  case 'w':
    set_add(&tmp, '0', '9');
    set_add(&tmp, 'A', 'Z');
    set_add(&tmp, '_', '_');
    set_add(&tmp, 'a', 'z');
    break;
  default:
    return false;
  }
  add_group(set, &tmp, fold, c >= 'A' && c <= 'Z');
  return true;
}

/* The escape after a backslash that stands for one rune (literal, octal,
 * hex, control).  ps->p is just past the backslash.  Returns -1 after an
 * error. */
static int32_t escaped_rune(Parser *ps) {
  if (at_end(ps)) {
    fail(ps, "trailing backslash at end of expression");
    return -1;
  }
  int32_t c = next_rune(ps);
  switch (c) {
  case 'a': return 7;
  case 'f': return '\f';
  case 't': return '\t';
  case 'n': return '\n';
  case 'r': return '\r';
  case 'v': return '\v';
  case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    /* a lone \1 would be a backreference, which RE2 refuses */
    if (at_end(ps) || *ps->p < '0' || *ps->p > '7')
      break;
    /* fall through */
  case '0': {
    int32_t value = c - '0';
    for (int i = 0; i < 2 && !at_end(ps) && *ps->p >= '0' && *ps->p <= '7'; i++)
      value = value * 8 + (*ps->p++ - '0');
    return value;
  }
  case 'x': {
    if (at_end(ps))
      break;
    if (*ps->p == '{') {
      ps->p++;
      int32_t value = 0;
      int digits = 0;
      while (!at_end(ps) && hex_value(*ps->p) >= 0) {
        value = value * 16 + hex_value(*ps->p++);
        if (value > MAX_RUNE)
          break;
        digits++;
      }
      if (digits == 0 || at_end(ps) || *ps->p != '}' || value > MAX_RUNE)
        break;
      ps->p++;
      return value;
    }
    if (ps->end - ps->p < 2 || hex_value(ps->p[0]) < 0 || hex_value(ps->p[1]) < 0)
      break;
    int32_t value = hex_value(ps->p[0]) * 16 + hex_value(ps->p[1]);
    ps->p += 2;
    return value;
  }
  default:
    /* any ASCII character but a letter or digit may be escaped to stand
     * for itself (so \_ and \<space> are literals too) */
    if (c < 0x80 && (!is_word_rune(c) || c == '_'))
      return c;
    break;
  }
  fail(ps, "invalid escape sequence");
  return -1;
}

static const struct {
  const char *name;
  const char *ranges; /* pairs of lo,hi bytes */
} posix_classes[] = {
    {"alnum", "09AZaz"},
    {"alpha", "AZaz"},
    {"ascii", "\x01\x7f"}, /* plus NUL, added below */
    {"blank", "\t\t  "},
    {"cntrl", "\x01\x1f\x7f\x7f"}, /* plus NUL */
    {"digit", "09"},
    {"graph", "!~"},
    {"lower", "az"},
    {"print", " ~"},
    {"punct", "!/:@[`{~"},
    {"space", "\t\r  "},
    {"upper", "AZ"},
    {"word", "09AZ__az"},
    {"xdigit", "09AFaf"},
};

/* [:name:] or [:^name:] inside a bracket; ps->p at the first '['.
 * Returns false (consuming nothing) if this is not a POSIX class. */
static bool posix_class(Parser *ps, RangeSet *set, bool fold) {
  const char *start = ps->p;
  if (ps->end - start < 4 || start[1] != ':')
    return false;
  const char *close = NULL;
  for (const char *q = start + 2; q + 1 < ps->end; q++)
    if (q[0] == ':' && q[1] == ']') {
      close = q;
      break;
    }
  if (!close)
    return false;
  const char *name = start + 2;
  bool negated = *name == '^';
  if (negated)
    name++;
  size_t length = (size_t)(close - name);
  for (size_t i = 0; i < sizeof posix_classes / sizeof posix_classes[0]; i++) {
    if (strlen(posix_classes[i].name) != length ||
        memcmp(posix_classes[i].name, name, length) != 0)
      continue;
    RangeSet tmp = {0};
    const char *r = posix_classes[i].ranges;
    for (; r[0]; r += 2)
      set_add(&tmp, (unsigned char)r[0], (unsigned char)r[1]);
    if (strcmp(posix_classes[i].name, "ascii") == 0 ||
        strcmp(posix_classes[i].name, "cntrl") == 0)
      set_add(&tmp, 0, 0);
    add_group(set, &tmp, fold, negated);
    ps->p = close + 2;
    return true;
  }
  fail(ps, "invalid character class range");
  ps->p = close + 2;
  return true;
}

/* One rune of a bracket class (a literal or an escape), for ranges.
 * Returns -2 if the item was a whole class (\d, [:alpha:]), which is
 * added to `groups` already folded; the end of a range cannot be one
 * (allow_class false). */
static int32_t class_atom(Parser *ps, RangeSet *groups, bool allow_class) {
  bool fold = ps->flags & FLAG_FOLD;
  if (allow_class && *ps->p == '[' && posix_class(ps, groups, fold))
    return -2;
  if (*ps->p == '\\') {
    ps->p++;
    if (allow_class && !at_end(ps) && perl_class(*ps->p, groups, fold)) {
      ps->p++;
      return -2;
    }
    if (!at_end(ps) && (*ps->p == 'p' || *ps->p == 'P')) {
      fail(ps, "Unicode classes (\\p) are not supported");
      return -1;
    }
    return escaped_rune(ps);
  }
  return next_rune(ps);
}

/* class -> "[" ["^"] items "]"; ps->p just past the "[". */
static RxNode *parse_class(Parser *ps) {
  RangeSet set = {0};    /* single runes and ranges, folded at the end */
  RangeSet groups = {0}; /* \d, [:alpha:] ..., each folded on its own */
  bool negated = false;
  if (!at_end(ps) && *ps->p == '^') {
    negated = true;
    ps->p++;
  }
  bool first = true;
  while (!ps->error) {
    if (at_end(ps)) {
      fail(ps, "missing closing ]");
      break;
    }
    if (*ps->p == ']' && !first) {
      ps->p++;
      break;
    }
    /* with Perl flags, as Go compiles, '-' is a literal anywhere it cannot
     * be a range: [a-b-c] is a, b, '-', c */
    first = false;
    int32_t lo = class_atom(ps, &groups, true);
    if (lo == -1 || ps->error)
      break;
    if (lo == -2)
      continue;
    int32_t hi = lo;
    if (ps->end - ps->p >= 2 && ps->p[0] == '-' && ps->p[1] != ']') {
      ps->p++;
      hi = class_atom(ps, &groups, false);
      if (hi == -1 || ps->error)
        break;
      if (hi < lo) {
        fail(ps, "invalid character class range");
        break;
      }
    }
    set_add(&set, lo, hi);
  }
  if (ps->error) {
    free(set.items);
    free(groups.items);
    return NULL;
  }
  if (ps->flags & FLAG_FOLD)
    set_fold(&set);
  add_group(&set, &groups, false, false);
  if (negated)
    set_negate(&set);
  return ranges_node(ps, &set);
}

static RxNode *parse_alternation(Parser *ps);
static bool parse_braces(Parser *ps, int *min, int *max);

static bool valid_name(const char *s, size_t n) {
  if (n == 0)
    return false;
  for (size_t i = 0; i < n; i++)
    if (!is_word_rune((unsigned char)s[i]))
      return false;
  return true;
}

/* group -> "(" ["?" flags ":" | "?P<name>" | "?<name>"] alternation ")"
 * ps->p just past the "(".  *flags_only is set for "(?i)", which changes
 * the flags of the enclosing group and matches nothing. */
static RxNode *parse_group(Parser *ps, bool *flags_only) {
  *flags_only = false;
  unsigned saved = ps->flags;
  if (!at_end(ps) && *ps->p == '?') {
    const char *q = ps->p + 1;
    if (q < ps->end && (*q == '<' || (*q == 'P' && q + 1 < ps->end && q[1] == '<'))) {
      q += *q == 'P' ? 2 : 1;
      const char *name = q;
      while (q < ps->end && *q != '>')
        q++;
      /* Go accepts a name used twice; only its spelling is checked */
      if (q >= ps->end || !valid_name(name, (size_t)(q - name)))
        return fail(ps, "invalid named capture");
      ps->p = q + 1;
    } else {
      /* flags: [imsU]* ["-" [imsU]*] (":" | ")") */
      unsigned flags = ps->flags;
      bool minus = false, any = false;
      for (;; q++) {
        if (q >= ps->end)
          return fail(ps, "invalid or unsupported Perl syntax");
        unsigned bit = 0;
        switch (*q) {
        case 'i': bit = FLAG_FOLD; break;
        case 'm': bit = FLAG_MULTILINE; break;
        case 's': bit = FLAG_DOTNL; break;
        case 'U': bit = FLAG_UNGREEDY; break;
        case '-':
          if (minus)
            return fail(ps, "invalid or unsupported Perl syntax");
          minus = true;
          any = false;
          continue;
        case ':':
        case ')':
          if (minus && !any)
            return fail(ps, "invalid or unsupported Perl syntax");
          break;
        default:
          return fail(ps, "invalid or unsupported Perl syntax");
        }
        if (bit) {
          flags = minus ? flags & ~bit : flags | bit;
          any = true;
          continue;
        }
        break;
      }
      ps->p = q + 1;
      if (*q == ')') {
        ps->flags = flags; /* applies to the rest of the enclosing group */
        *flags_only = true;
        return NULL;
      }
      ps->flags = flags;
    }
  }
  RxNode *inner = parse_alternation(ps);
  ps->flags = saved;
  if (ps->error)
    return NULL;
  if (at_end(ps) || *ps->p != ')')
    return fail(ps, "missing closing )");
  ps->p++;
  return inner ? inner : new_node(ps, RX_EMPTY);
}

static RxNode *assert_node(Parser *ps, AssertKind kind) {
  RxNode *n = new_node(ps, RX_ASSERT);
  n->assert = kind;
  return n;
}

/* atom -> literal | "." | class | group | escape | "^" | "$"
 * Returns NULL with *flags_only for a "(?i)"-style group. */
static RxNode *parse_atom(Parser *ps, bool *flags_only) {
  *flags_only = false;
  char c = *ps->p;
  switch (c) {
  case '(':
    ps->p++;
    if (++ps->depth > MAX_DEPTH)
      return fail(ps, "expression nests too deeply");
    {
      RxNode *group = parse_group(ps, flags_only);
      ps->depth--;
      return group;
    }
  case '[':
    ps->p++;
    return parse_class(ps);
  case '.': {
    ps->p++;
    RangeSet set = {0};
    set_add(&set, 0, MAX_RUNE);
    if (!(ps->flags & FLAG_DOTNL)) {
      set.count = 0;
      set_add(&set, 0, '\n' - 1);
      set_add(&set, '\n' + 1, MAX_RUNE);
    }
    return ranges_node(ps, &set);
  }
  case '^':
    ps->p++;
    return assert_node(ps, ps->flags & FLAG_MULTILINE ? AS_BEGIN_LINE
                                                      : AS_BEGIN_TEXT);
  case '$':
    ps->p++;
    return assert_node(ps, ps->flags & FLAG_MULTILINE ? AS_END_LINE
                                                      : AS_END_TEXT);
  case '\\': {
    ps->p++;
    if (at_end(ps))
      return fail(ps, "trailing backslash at end of expression");
    char e = *ps->p;
    RangeSet set = {0};
    if (perl_class(e, &set, ps->flags & FLAG_FOLD)) {
      ps->p++;
      return ranges_node(ps, &set);
    }
    switch (e) {
    case 'A': ps->p++; return assert_node(ps, AS_BEGIN_TEXT);
    case 'z': ps->p++; return assert_node(ps, AS_END_TEXT);
    case 'b': ps->p++; return assert_node(ps, AS_WORD_BOUNDARY);
    case 'B': ps->p++; return assert_node(ps, AS_NOT_WORD_BOUNDARY);
    case 'p':
    case 'P':
      return fail(ps, "Unicode classes (\\p) are not supported");
    case 'Q':
      /* \Q...\E: parse_concat reads the quoted runes one by one, so
       * that a repetition after \E takes only the last of them */
      ps->p++;
      ps->quoting = true;
      *flags_only = true;
      return NULL;
    default: {
      int32_t r = escaped_rune(ps);
      return r < 0 ? NULL : literal_node(ps, r);
    }
    }
  }
  default:
    return literal_node(ps, next_rune(ps));
  }
}

/* A repetition count at *q: decimal digits, without leading zeros (Go
 * reads "{01}" as literal text).  Large values saturate past the limit so
 * that the caller reports them. */
static bool read_count(const char **q, const char *end, long *value) {
  const char *start = *q;
  long n = 0;
  while (*q < end && **q >= '0' && **q <= '9') {
    if (n <= MAX_REPEAT)
      n = n * 10 + (**q - '0');
    (*q)++;
  }
  if (*q == start || (*q - start >= 2 && start[0] == '0'))
    return false;
  *value = n;
  return true;
}

/* "{n}", "{n,}" or "{n,m}" at ps->p.  Returns false, consuming nothing,
 * when the text is not a repetition (then "{" is a literal). */
static bool parse_braces(Parser *ps, int *min, int *max) {
  const char *q = ps->p + 1;
  long lo, hi;
  if (!read_count(&q, ps->end, &lo) || q >= ps->end)
    return false;
  if (*q == '}') {
    hi = lo;
  } else if (*q == ',') {
    q++;
    if (q < ps->end && *q == '}')
      hi = -1;
    else if (!read_count(&q, ps->end, &hi) || q >= ps->end || *q != '}')
      return false;
  } else {
    return false;
  }
  ps->p = q + 1;
  /* out-of-range bounds still parse, so the error names them */
  *min = lo > MAX_REPEAT ? MAX_REPEAT + 1 : (int)lo;
  *max = hi > MAX_REPEAT ? MAX_REPEAT + 1 : (int)hi;
  return true;
}

static bool is_repeat_op(const Parser *ps) {
  if (at_end(ps))
    return false;
  if (*ps->p == '*' || *ps->p == '+' || *ps->p == '?')
    return true;
  if (*ps->p == '{') {
    Parser probe = *ps;
    int min, max;
    return parse_braces(&probe, &min, &max);
  }
  return false;
}

/* Go refuses nested counted repetitions whose counts multiply past 1000,
 * such as (a{100}){20}: the budget shrinks by each count on the way in. */
static bool repeat_is_valid(const RxNode *n, int budget) {
  if (!n)
    return true;
  if (n->op == RX_REPEAT && n->counted) {
    int m = n->max < 0 ? n->min : n->max;
    if (m == 0)
      return true;
    if (m > budget)
      return false;
    budget /= m;
  }
  return repeat_is_valid(n->left, budget) && repeat_is_valid(n->right, budget);
}

/* Apply the repetition operator at ps->p ("*", "+", "?" or "{n,m}", each
 * optionally followed by the lazy "?") to `atom`. */
static RxNode *parse_repeat_op(Parser *ps, RxNode *atom) {
  int min, max;
  char op = *ps->p;
  if (op == '{') {
    parse_braces(ps, &min, &max);
    if (min > MAX_REPEAT || max > MAX_REPEAT || (max >= 0 && max < min))
      return fail(ps, "invalid repeat count");
  } else {
    ps->p++;
    min = op == '+' ? 1 : 0;
    max = op == '?' ? 1 : -1;
  }
  if (!at_end(ps) && *ps->p == '?')
    ps->p++; /* lazy: the same set of matches */
  RxNode *n = new_node(ps, RX_REPEAT);
  n->left = atom;
  n->min = min;
  n->max = max;
  n->counted = op == '{';
  if (n->counted && (min >= 2 || max >= 2) &&
      !repeat_is_valid(n, MAX_REPEAT))
    return fail(ps, "invalid repeat count");
  return n;
}

/*
 * concatenation -> { atom | repetition-operator }
 *
 * The operator applies to the last atom.  Two of Go's rules shape the
 * loop: an operator right after another is refused (a**, a+{2}), and a
 * flags group "(?i)" is invisible, so in "a(?i)*" the star applies to a
 * and "a*(?i)*" is accepted.  `last` is the atom an operator would take;
 * it joins `result` when the next atom arrives.
 */
static RxNode *parse_concat(Parser *ps) {
  RxNode *result = new_node(ps, RX_EMPTY), *last = NULL;
  bool after_repeat = false;
  while (!at_end(ps) && !ps->error) {
    if (ps->quoting) {
      if (ps->end - ps->p >= 2 && ps->p[0] == '\\' && ps->p[1] == 'E') {
        ps->p += 2;
        ps->quoting = false;
        after_repeat = false;
        continue;
      }
      result = concat(ps, result, last);
      last = literal_node(ps, next_rune(ps));
      after_repeat = false;
      continue;
    }
    if (*ps->p == '|' || *ps->p == ')')
      break;
    if (is_repeat_op(ps)) {
      if (!last)
        return fail(ps, "missing argument to repetition operator");
      if (after_repeat)
        return fail(ps, "invalid nested repetition operator");
      last = parse_repeat_op(ps, last);
      after_repeat = true;
      continue;
    }
    bool flags_only;
    RxNode *atom = parse_atom(ps, &flags_only);
    if (ps->error)
      return NULL;
    after_repeat = false;
    if (flags_only)
      continue;
    result = concat(ps, result, last);
    last = atom;
  }
  if (ps->error)
    return NULL;
  return concat(ps, result, last);
}

/* alternation -> concatenation { "|" concatenation } */
static RxNode *parse_alternation(Parser *ps) {
  RxNode *left = parse_concat(ps);
  while (!ps->error && !at_end(ps) && *ps->p == '|') {
    ps->p++;
    RxNode *right = parse_concat(ps);
    if (ps->error)
      return NULL;
    RxNode *n = new_node(ps, RX_ALT);
    n->left = left;
    n->right = right;
    left = n;
  }
  return ps->error ? NULL : left;
}

/* ---- the program ---- */

typedef enum InstOp {
  I_RANGES, /* consume a rune in ranges[x .. x+y) */
  I_SPLIT,  /* continue at x and at y */
  I_JMP,    /* continue at x */
  I_ASSERT, /* continue at pc+1 if assertion x holds here */
  I_MATCH,
} InstOp;

typedef struct Inst {
  InstOp op;
  int x, y;
} Inst;

struct Regex {
  Inst *prog;
  int count;
  Range *ranges;
  int range_count;
};

typedef struct Compiler {
  Inst *prog;
  int count, capacity;
  RangeSet ranges; /* all RANGES instructions' sets, end to end */
} Compiler;

static int emit(Compiler *c, InstOp op, int x, int y) {
  if (c->count == c->capacity) {
    c->capacity = c->capacity ? c->capacity * 2 : 32;
    c->prog = xrealloc(c->prog, sizeof *c->prog * (size_t)c->capacity);
  }
  c->prog[c->count].op = op;
  c->prog[c->count].x = x;
  c->prog[c->count].y = y;
  return c->count++;
}

/* How many instructions a node compiles to, saturating at the limit, so
 * that (a{1000}){1000} is refused before it is built. */
static long program_size(const RxNode *n) {
  long size = 0, a, b;
  switch (n->op) {
  case RX_EMPTY:
    return 0;
  case RX_RANGES:
  case RX_ASSERT:
    return 1;
  case RX_CONCAT:
  case RX_ALT:
    a = program_size(n->left);
    b = program_size(n->right);
    size = a + b + (n->op == RX_ALT ? 2 : 0);
    break;
  case RX_REPEAT: {
    a = program_size(n->left);
    long copies = n->max < 0 ? (n->min > 0 ? n->min : 1) : n->max;
    size = copies * (a + 2) + 2;
    break;
  }
  }
  return size > MAX_PROGRAM ? MAX_PROGRAM + 1 : size;
}

static void compile_node(Compiler *c, const RxNode *n) {
  switch (n->op) {
  case RX_EMPTY:
    break;
  case RX_RANGES: {
    int start = c->ranges.count;
    for (int i = 0; i < n->range_count; i++)
      set_add(&c->ranges, n->ranges[i].lo, n->ranges[i].hi);
    emit(c, I_RANGES, start, n->range_count);
    break;
  }
  case RX_ASSERT:
    emit(c, I_ASSERT, (int)n->assert, 0);
    break;
  case RX_CONCAT:
    compile_node(c, n->left);
    compile_node(c, n->right);
    break;
  case RX_ALT: {
    /* split L1, L2; L1: left; jmp end; L2: right; end: */
    int split = emit(c, I_SPLIT, 0, 0);
    c->prog[split].x = c->count;
    compile_node(c, n->left);
    int jump = emit(c, I_JMP, 0, 0);
    c->prog[split].y = c->count;
    compile_node(c, n->right);
    c->prog[jump].x = c->count;
    break;
  }
  case RX_REPEAT: {
    int copies = n->min;
    if (n->max < 0 && copies > 0)
      copies--; /* the last mandatory copy doubles as the loop body */
    for (int i = 0; i < copies; i++)
      compile_node(c, n->left);
    if (n->max < 0) {
      if (n->min > 0) {
        /* L: body; split L, out */
        int top = c->count;
        compile_node(c, n->left);
        emit(c, I_SPLIT, top, c->count + 1);
      } else {
        /* L: split body, out; body; jmp L; out: */
        int split = emit(c, I_SPLIT, 0, 0);
        c->prog[split].x = c->count;
        compile_node(c, n->left);
        emit(c, I_JMP, split, 0);
        c->prog[split].y = c->count;
      }
    } else {
      /* the optional copies: split next, out; body; ... ; out: */
      int optional = n->max - n->min;
      int *splits = xmalloc(sizeof(int) * (size_t)(optional + 1));
      for (int i = 0; i < optional; i++) {
        splits[i] = emit(c, I_SPLIT, 0, 0);
        c->prog[splits[i]].x = c->count;
        compile_node(c, n->left);
      }
      for (int i = 0; i < optional; i++)
        c->prog[splits[i]].y = c->count;
      free(splits);
    }
    break;
  }
  }
}

Regex *regex_compile(const char *pattern, const char **error_out) {
  Arena arena;
  arena_init(&arena);
  Parser ps;
  memset(&ps, 0, sizeof ps);
  ps.p = pattern;
  ps.end = pattern + strlen(pattern);
  ps.arena = &arena;
  RxNode *tree = parse_alternation(&ps);
  if (!ps.error && !at_end(&ps))
    fail(&ps, *ps.p == ')' ? "unexpected )" : "missing closing )");
  if (!ps.error && program_size(tree) > MAX_PROGRAM)
    fail(&ps, "expression too large");
  Regex *re = NULL;
  if (ps.error) {
    if (error_out)
      *error_out = ps.error;
  } else {
    Compiler c;
    memset(&c, 0, sizeof c);
    compile_node(&c, tree);
    emit(&c, I_MATCH, 0, 0);
    re = xmalloc(sizeof *re);
    re->prog = c.prog;
    re->count = c.count;
    re->ranges = c.ranges.items;
    re->range_count = c.ranges.count;
  }
  arena_free(&arena);
  return re;
}

void regex_free(Regex *re) {
  if (!re)
    return;
  free(re->prog);
  free(re->ranges);
  free(re);
}

/* ---- the VM ---- */

static bool in_ranges(const Range *ranges, int count, int32_t r) {
  int lo = 0, hi = count - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (r < ranges[mid].lo)
      hi = mid - 1;
    else if (r > ranges[mid].hi)
      lo = mid + 1;
    else
      return true;
  }
  return false;
}

/* An empty-width assertion between the rune before the position (-1 at
 * the start) and the rune after it (-1 at the end). */
static bool assertion_holds(AssertKind kind, int32_t before, int32_t after) {
  switch (kind) {
  case AS_BEGIN_TEXT: return before < 0;
  case AS_END_TEXT: return after < 0;
  case AS_BEGIN_LINE: return before < 0 || before == '\n';
  case AS_END_LINE: return after < 0 || after == '\n';
  case AS_WORD_BOUNDARY:
    return is_word_rune(before) != is_word_rune(after);
  case AS_NOT_WORD_BOUNDARY:
    return is_word_rune(before) == is_word_rune(after);
  }
  return false;
}

/*
 * The lock-step simulation.  `current` holds the instructions threads are
 * waiting at before the rune at `pos`; they are not yet closed under the
 * empty moves, because the assertions need the runes on both sides of the
 * position, which are known only here.  Each step closes the set (with
 * the start instruction added: a match may begin anywhere), and every
 * RANGES instruction that accepts the rune puts its successor in `next`.
 * `mark` stamps instructions already visited in this step, so each is
 * handled once per position: the linear bound.
 */
bool regex_match(const Regex *re, const char *text, size_t length) {
  int n = re->count;
  int *current = xmalloc(sizeof(int) * (size_t)n);
  int *next = xmalloc(sizeof(int) * (size_t)n);
  int *stack = xmalloc(sizeof(int) * (size_t)(3 * n + 2));
  unsigned *mark = calloc((size_t)n, sizeof(unsigned));
  unsigned *queued = calloc((size_t)n, sizeof(unsigned));
  if (!mark || !queued) {
    fputs("goesc: out of memory\n", stderr);
    exit(EXIT_USAGE);
  }
  int current_count = 0;
  int32_t before = -1;
  size_t pos = 0;
  unsigned stamp = 0;
  bool matched = false;
  for (;;) {
    int width = 0;
    int32_t after = -1;
    if (pos < length)
      after = decode_rune((const unsigned char *)text + pos, length - pos, &width);
    stamp++;
    int next_count = 0, top = 0;
    stack[top++] = 0;
    for (int i = 0; i < current_count; i++)
      stack[top++] = current[i];
    while (top > 0 && !matched) {
      int pc = stack[--top];
      if (mark[pc] == stamp)
        continue;
      mark[pc] = stamp;
      const Inst *inst = &re->prog[pc];
      switch (inst->op) {
      case I_MATCH:
        matched = true;
        break;
      case I_JMP:
        stack[top++] = inst->x;
        break;
      case I_SPLIT:
        stack[top++] = inst->y;
        stack[top++] = inst->x;
        break;
      case I_ASSERT:
        if (assertion_holds((AssertKind)inst->x, before, after))
          stack[top++] = pc + 1;
        break;
      case I_RANGES:
        if (after >= 0 && queued[pc + 1] != stamp &&
            in_ranges(re->ranges + inst->x, inst->y, after)) {
          queued[pc + 1] = stamp;
          next[next_count++] = pc + 1;
        }
        break;
      }
    }
    if (matched || pos >= length)
      break;
    int *swap = current;
    current = next;
    next = swap;
    current_count = next_count;
    before = after;
    pos += (size_t)width;
  }
  free(current);
  free(next);
  free(stack);
  free(mark);
  free(queued);
  return matched;
}
