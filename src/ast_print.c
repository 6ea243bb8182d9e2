/*
 * ast_print.c — printing the tree three ways.
 *
 * needs: an AST from parse.c;  produces: text.
 *
 * 1. ast_print_expr renders one expression the way gc writes it inside -m
 *    diagnostics ("&User{...} escapes to heap").  gc prints its IR, not the
 *    source: parentheses are dropped by the front end and put back by
 *    operator precedence, composite literals shrink to "T{...}", function
 *    literals to "func literal", constants are printed from their values
 *    (0x10 reads "16", `a` reads "a" in double quotes), and types use gc's
 *    own spelling ("interface {}", "struct { X int }", "Pair[K,V]").  We
 *    reproduce all of that from the syntax alone.  What only the type
 *    checker knows (folded constants, implicit conversions, "... argument")
 *    is printed in its source form; later stages print those themselves.
 *
 * 2. ast_print_source prints a whole file back as Go source.  The only
 *    promise is that parsing the output gives the same tree, so we never add
 *    or drop parentheses: every ND_PAREN the parser kept is printed, nothing
 *    else is.  Layout follows gofmt loosely (tabs, one statement a line).
 *
 * 3. ast_dump prints the tree itself, one node a line, for -dump=ast and for
 *    golden tests.  Every line reads
 *        Label: Kind [line:col-line:col] attributes
 *    so that a test can strip the bracketed positions with one sed command
 *    and compare two trees that differ only in layout.
 *
 * Each printer is a family of small static functions named after the part of
 * the tree they handle: diag_* for gc's diagnostic form, emit_* for source,
 * dump_* for the tree dump.  each_child, which knows the child fields of
 * every node kind, serves the dump and the source printer alike.
 */
#include "goesc.h"
#include "types.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

/* ===================================================================
 * StrBuf — a growable, always NUL-terminated string
 * =================================================================== */

void strbuf_append(StrBuf *buf, const char *s, size_t length) {
  if (buf->length + length + 1 > buf->capacity) {
    size_t capacity = buf->capacity ? buf->capacity : 64;
    while (buf->length + length + 1 > capacity)
      capacity *= 2;
    buf->data = xrealloc(buf->data, capacity);
    buf->capacity = capacity;
  }
  if (length)
    memcpy(buf->data + buf->length, s, length);
  buf->length += length;
  buf->data[buf->length] = '\0';
}

void strbuf_puts(StrBuf *buf, const char *s) {
  strbuf_append(buf, s, strlen(s));
}

void strbuf_printf(StrBuf *buf, const char *fmt, ...) {
  va_list ap;
  char small[256];
  va_start(ap, fmt);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  va_end(ap);
  if (n < 0)
    return;
  if ((size_t)n < sizeof small) {
    strbuf_append(buf, small, (size_t)n);
    return;
  }
  char *big = xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(big, (size_t)n + 1, fmt, ap);
  va_end(ap);
  strbuf_append(buf, big, (size_t)n);
  free(big);
}

void strbuf_free(StrBuf *buf) {
  free(buf->data);
  buf->data = NULL;
  buf->length = buf->capacity = 0;
}

static void putc_buf(StrBuf *buf, char c) { strbuf_append(buf, &c, 1); }

/* ===================================================================
 * Constants as gc prints them
 *
 * gc keeps a literal as a go/constant value and prints the value: strings
 * through strconv.Quote (shortened to 72 runes), runes through
 * strconv.QuoteRune, integers in decimal, floats with "%.6g", imaginary
 * numbers as "(0 + Xi)".  The helpers below do the same from the literal's
 * source text.
 * =================================================================== */

/* Decode one UTF-8 sequence.  Like Go, a malformed sequence decodes to
 * U+FFFD with width 1 so that the caller can print the byte as \xNN. */
static uint32_t utf8_decode(const unsigned char *s, size_t n, size_t *width) {
  uint32_t r;
  size_t len;
  *width = 1;
  if (n == 0)
    return 0xFFFD;
  if (s[0] < 0x80)
    return s[0];
  if ((s[0] & 0xE0) == 0xC0) {
    r = s[0] & 0x1F;
    len = 2;
  } else if ((s[0] & 0xF0) == 0xE0) {
    r = s[0] & 0x0F;
    len = 3;
  } else if ((s[0] & 0xF8) == 0xF0) {
    r = s[0] & 0x07;
    len = 4;
  } else {
    return 0xFFFD;
  }
  if (len > n)
    return 0xFFFD;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0xFFFD;
    r = r << 6 | (s[i] & 0x3F);
  }
  /* overlong forms, surrogates and values past U+10FFFF are malformed */
  if ((len == 2 && r < 0x80) || (len == 3 && r < 0x800) ||
      (len == 4 && r < 0x10000) || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
    return 0xFFFD;
  *width = len;
  return r;
}

static void utf8_encode(StrBuf *out, uint32_t r) {
  char b[4];
  if (r < 0x80) {
    b[0] = (char)r;
    strbuf_append(out, b, 1);
  } else if (r < 0x800) {
    b[0] = (char)(0xC0 | r >> 6);
    b[1] = (char)(0x80 | (r & 0x3F));
    strbuf_append(out, b, 2);
  } else if (r < 0x10000) {
    b[0] = (char)(0xE0 | r >> 12);
    b[1] = (char)(0x80 | (r >> 6 & 0x3F));
    b[2] = (char)(0x80 | (r & 0x3F));
    strbuf_append(out, b, 3);
  } else {
    b[0] = (char)(0xF0 | r >> 18);
    b[1] = (char)(0x80 | (r >> 12 & 0x3F));
    b[2] = (char)(0x80 | (r >> 6 & 0x3F));
    b[3] = (char)(0x80 | (r & 0x3F));
    strbuf_append(out, b, 4);
  }
}

/* Go's unicode.IsPrint, approximately: ASCII graphics and space, and every
 * other code point except the control, format, separator, surrogate and
 * private-use ranges listed here.  (Unassigned code points count as
 * printable; Go would escape them.) */
static bool rune_is_print(uint32_t r) {
  static const uint32_t unprintable[][2] = {
      {0x7F, 0xA0},       {0xAD, 0xAD},       {0x600, 0x605},
      {0x61C, 0x61C},     {0x6DD, 0x6DD},     {0x70F, 0x70F},
      {0x890, 0x891},     {0x8E2, 0x8E2},     {0x1680, 0x1680},
      {0x180E, 0x180E},   {0x2000, 0x200F},   {0x2028, 0x202F},
      {0x205F, 0x206F},   {0x3000, 0x3000},   {0xD800, 0xF8FF},
      {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFB},   {0xFFFE, 0xFFFF},
      {0x110BD, 0x110BD}, {0x110CD, 0x110CD}, {0x13430, 0x1343F},
      {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
      {0xF0000, 0x10FFFF},
  };
  if (r < 0x80)
    return r >= 0x20 && r < 0x7F;
  for (size_t i = 0; i < sizeof unprintable / sizeof unprintable[0]; i++)
    if (r >= unprintable[i][0] && r <= unprintable[i][1])
      return false;
  return true;
}

/* One rune inside a quoted literal, escaped as strconv does. */
static void quote_rune(StrBuf *out, uint32_t r, char quote) {
  static const char hex[] = "0123456789abcdef";
  if (r == (uint32_t)quote || r == '\\') {
    putc_buf(out, '\\');
    putc_buf(out, (char)r);
    return;
  }
  if (rune_is_print(r)) {
    utf8_encode(out, r);
    return;
  }
  switch (r) {
  case '\a': strbuf_puts(out, "\\a"); return;
  case '\b': strbuf_puts(out, "\\b"); return;
  case '\f': strbuf_puts(out, "\\f"); return;
  case '\n': strbuf_puts(out, "\\n"); return;
  case '\r': strbuf_puts(out, "\\r"); return;
  case '\t': strbuf_puts(out, "\\t"); return;
  case '\v': strbuf_puts(out, "\\v"); return;
  default: break;
  }
  if (r < ' ' || r == 0x7F) {
    strbuf_printf(out, "\\x%c%c", hex[r >> 4], hex[r & 0xF]);
  } else {
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
      r = 0xFFFD;
    if (r < 0x10000)
      strbuf_printf(out, "\\u%04x", (unsigned)r);
    else
      strbuf_printf(out, "\\U%08x", (unsigned)r);
  }
}

static int hex_digit(int c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Decode the escape sequence at s (just past the backslash).  Returns the
 * value; *is_byte says whether it names a byte (\x, octal) rather than a
 * rune; *used is the number of characters consumed. */
static uint32_t unescape(const char *s, const char *end, bool *is_byte,
                         size_t *used) {
  *is_byte = false;
  *used = 1;
  if (s >= end)
    return '\\';
  switch (*s) {
  case 'a': return '\a';
  case 'b': return '\b';
  case 'f': return '\f';
  case 'n': return '\n';
  case 'r': return '\r';
  case 't': return '\t';
  case 'v': return '\v';
  case 'x': case 'u': case 'U': {
    size_t digits = *s == 'x' ? 2 : *s == 'u' ? 4 : 8;
    uint32_t v = 0;
    size_t i;
    for (i = 0; i < digits && s + 1 + i < end && hex_digit(s[1 + i]) >= 0; i++)
      v = v * 16 + (uint32_t)hex_digit(s[1 + i]);
    *is_byte = *s == 'x';
    *used = 1 + i;
    return v;
  }
  default:
    if (*s >= '0' && *s <= '7') {
      uint32_t v = 0;
      size_t i;
      for (i = 0; i < 3 && s + i < end && s[i] >= '0' && s[i] <= '7'; i++)
        v = v * 8 + (uint32_t)(s[i] - '0');
      *is_byte = true;
      *used = i;
      return v & 0xFF;
    }
    return (unsigned char)*s; /* \\ \' \" */
  }
}

/* The bytes a string literal stands for. */
static void string_value(StrBuf *value, const char *text, size_t length) {
  if (length < 2)
    return;
  const char *s = text + 1, *end = text + length - 1;
  if (text[0] == '`') {
    for (; s < end; s++)
      if (*s != '\r')
        putc_buf(value, *s);
    return;
  }
  while (s < end) {
    if (*s != '\\') {
      putc_buf(value, *s++);
      continue;
    }
    bool is_byte;
    size_t used;
    uint32_t v = unescape(s + 1, end, &is_byte, &used);
    if (is_byte)
      putc_buf(value, (char)v);
    else
      utf8_encode(value, v);
    s += 1 + used;
  }
}

/* strconv.Quote of the bytes in value; gc's go/constant then shortens the
 * quoted text to 72 runes, ending it with "...". */
void ast_quote_string(StrBuf *out, const char *s, size_t n, bool shorten) {
  StrBuf q = {0};
  putc_buf(&q, '"');
  for (size_t i = 0; i < n;) {
    size_t width;
    uint32_t r = utf8_decode((const unsigned char *)s + i, n - i, &width);
    if (r == 0xFFFD && width == 1) {
      strbuf_printf(&q, "\\x%02x", (unsigned char)s[i]);
    } else {
      quote_rune(&q, r, '"');
    }
    i += width;
  }
  putc_buf(&q, '"');
  size_t runes = 0, cut = q.length;
  for (size_t i = 0; i < q.length; i++) {
    if (((unsigned char)q.data[i] & 0xC0) == 0x80)
      continue;
    if (runes == 69)
      cut = i;
    runes++;
  }
  if (shorten && runes > 72) {
    strbuf_append(out, q.data, cut);
    strbuf_puts(out, "...");
  } else {
    strbuf_append(out, q.data, q.length);
  }
  strbuf_free(&q);
}

static void diag_string_lit(StrBuf *out, const Node *lit) {
  StrBuf value = {0};
  string_value(&value, lit->u.lit.text, lit->u.lit.length);
  ast_quote_string(out, value.data ? value.data : "", value.length, true);
  strbuf_free(&value);
}

static void diag_rune_lit(StrBuf *out, const Node *lit) {
  const char *s = lit->u.lit.text + 1;
  const char *end = lit->u.lit.text + lit->u.lit.length - 1;
  uint32_t r;
  if (s < end && *s == '\\') {
    bool is_byte;
    size_t used;
    r = unescape(s + 1, end, &is_byte, &used);
  } else {
    size_t width;
    r = utf8_decode((const unsigned char *)s, (size_t)(end - s), &width);
  }
  putc_buf(out, '\'');
  quote_rune(out, r, '\'');
  putc_buf(out, '\'');
}

/* Copy a numeric literal without its digit separators. */
static char *number_text(const char *text, size_t length) {
  char *s = xmalloc(length + 1);
  size_t n = 0;
  for (size_t i = 0; i < length; i++)
    if (text[i] != '_')
      s[n++] = text[i];
  s[n] = '\0';
  return s;
}

/* Integer literal -> decimal.  Values may exceed 64 bits (untyped
 * constants), so the conversion runs on base-10^9 limbs. */
static bool integer_decimal(StrBuf *out, const char *digits) {
  int base = 10;
  const char *p = digits;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    base = 16, p += 2;
  else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
    base = 8, p += 2;
  else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
    base = 2, p += 2;
  else if (p[0] == '0' && p[1] != '\0')
    base = 8, p += 1;
  if (*p == '\0')
    return false;
  size_t cap = strlen(p) + 2, n = 1;
  uint32_t *limb = xmalloc(cap * sizeof *limb);
  limb[0] = 0;
  for (; *p; p++) {
    int d = hex_digit(*p);
    if (d < 0 || d >= base) {
      free(limb);
      return false;
    }
    uint64_t carry = (uint64_t)d;
    for (size_t i = 0; i < n; i++) {
      uint64_t v = (uint64_t)limb[i] * (uint64_t)base + carry;
      limb[i] = (uint32_t)(v % 1000000000u);
      carry = v / 1000000000u;
    }
    if (carry)
      limb[n++] = (uint32_t)carry;
  }
  strbuf_printf(out, "%u", (unsigned)limb[n - 1]);
  for (size_t i = n - 1; i-- > 0;)
    strbuf_printf(out, "%09u", (unsigned)limb[i]);
  free(limb);
  return true;
}

/* A float value as go/constant prints it: "%.6g", or Go's shortest "%g"
 * when six digits would hide that the value is not an integer. */
static void float_value(StrBuf *out, double x) {
  char s[64];
  snprintf(s, sizeof s, "%.6g", x);
  /* The range test comes first: converting a double outside long long's
   * range (or a NaN) is undefined behaviour. */
  bool integral = !(x > -9e18 && x < 9e18) || x == (double)(long long)x;
  if (integral || strchr(s, '.') != NULL) {
    strbuf_puts(out, s);
    return;
  }
  int digits;
  for (digits = 1; digits < 17; digits++) {
    snprintf(s, sizeof s, "%.*e", digits - 1, x);
    if (strtod(s, NULL) == x)
      break;
  }
  snprintf(s, sizeof s, "%.*e", digits - 1, x);
  int exp = atoi(strchr(s, 'e') + 1);
  if (exp < -4 || exp >= 6) {
    strbuf_puts(out, s); /* Go's shortest %g switches to %e from 1e6 on */
  } else {
    int decimals = digits - 1 - exp;
    snprintf(s, sizeof s, "%.*f", decimals > 0 ? decimals : 0, x);
    strbuf_puts(out, s);
  }
}

/* The value of a (non-imaginary) float or integer-valued literal. */
static bool number_value(StrBuf *out, const char *digits, bool is_float) {
  if (!is_float)
    return integer_decimal(out, digits);
  char *end;
  double x = strtod(digits, &end);
  if (*end != '\0' || x > DBL_MAX)
    return false;
  float_value(out, x);
  return true;
}

static bool looks_like_float(const char *s) {
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
    return strchr(s, '.') || strchr(s, 'p') || strchr(s, 'P');
  return strchr(s, '.') || strchr(s, 'e') || strchr(s, 'E');
}

static void diag_number_lit(StrBuf *out, const Node *lit) {
  char *s = number_text(lit->u.lit.text, lit->u.lit.length);
  size_t mark = out->length;
  bool ok;
  if (lit->u.lit.kind == LIT_IMAG) {
    /* an imaginary literal's digits are decimal even with a leading 0 */
    s[strlen(s) - 1] = '\0';
    bool prefixed = s[0] == '0' && strchr("xXoObB", s[1]) && s[1] != '\0';
    strbuf_puts(out, "(0 + ");
    if (prefixed && !looks_like_float(s))
      ok = integer_decimal(out, s);
    else
      ok = number_value(out, s, true);
    strbuf_puts(out, "i)");
  } else {
    ok = number_value(out, s, lit->u.lit.kind == LIT_FLOAT);
  }
  if (!ok) { /* malformed or out of range: show what was written */
    out->length = mark;
    strbuf_append(out, lit->u.lit.text, lit->u.lit.length);
  }
  free(s);
}

static void diag_literal(StrBuf *out, const Node *lit) {
  if (lit->u.lit.bad) {
    strbuf_append(out, lit->u.lit.text, lit->u.lit.length);
    return;
  }
  switch (lit->u.lit.kind) {
  case LIT_STRING: diag_string_lit(out, lit); break;
  case LIT_RUNE: diag_rune_lit(out, lit); break;
  default: diag_number_lit(out, lit); break;
  }
}

/* ===================================================================
 * ast_print_expr — expressions as gc's diagnostics print them
 *
 * gc (cmd/compile/internal/ir/fmt.go) gives every operation a precedence
 * and wraps an operand in parentheses when its precedence is lower than its
 * context demands.  Primary expressions are 8, unary 7, then the binary
 * levels 6 (* / % << >> & &^), 5 (+ - | ^), 4 (comparisons), 2 (&&),
 * 1 (||).  Some operations are missing from gc's table and so count as 0:
 * func literals, &T{...}, make of a map or channel, complex, real, imag
 * and recover.  That is why gc prints "(func literal)()" and
 * "-(real(c))".
 * =================================================================== */

static void diag_expr(StrBuf *out, const Node *n, int prec);

/* Parentheses are gone from gc's IR, and it skips the conversions the
 * type checker inserted; both are looked through. */
static const Node *unparen(const Node *n) {
  while (n && (n->kind == ND_PAREN || n->kind == ND_IMPLICIT_CONV))
    n = n->u.paren.x;
  return n;
}

static bool is_name(const Node *n, const char *name) {
  n = unparen(n);
  return n && n->kind == ND_NAME && strcmp(n->u.name.name, name) == 0;
}

static bool is_type_literal(const Node *n) {
  switch (n->kind) {
  case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_STRUCT_TYPE:
  case ND_FUNC_TYPE: case ND_INTERFACE_TYPE: case ND_MAP_TYPE:
  case ND_CHAN_TYPE:
    return true;
  default:
    return false;
  }
}

static int binary_prec(TokenKind op) {
  switch (op) {
  case TK_MUL: case TK_QUO: case TK_REM: case TK_SHL: case TK_SHR:
  case TK_AND: case TK_AND_NOT:
    return 6;
  case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
    return 5;
  case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR:
  case TK_GEQ:
    return 4;
  case TK_LAND:
    return 2;
  case TK_LOR:
    return 1;
  default:
    return 0;
  }
}

static int call_prec(const Node *call) {
  const Node *fun = unparen(call->u.call.fun);
  if (is_name(fun, "complex") || is_name(fun, "real") ||
      is_name(fun, "imag") || is_name(fun, "recover"))
    return 0;
  if (is_name(fun, "make") && call->u.call.args) {
    const Node *type = unparen(call->u.call.args);
    Type *u = type->type ? types_under(type->type) : NULL;
    if (type->kind == ND_MAP_TYPE || type->kind == ND_CHAN_TYPE ||
        (u && (u->kind == TY_MAP || u->kind == TY_CHAN)))
      return 0; /* OMAKEMAP, OMAKECHAN (of a named type too) */
  }
  return 8;
}

/* gc's precedence of an expression (see the section comment). */
static int diag_prec(const Node *n) {
  n = unparen(n);
  switch (n->kind) {
  case ND_FUNC_LIT: case ND_KEY_VALUE: case ND_TYPE_SWITCH_GUARD:
    return 0;
  case ND_UNARY:
    if (n->u.unary.op == TK_AND &&
        unparen(n->u.unary.x)->kind == ND_COMPOSITE_LIT)
      return 0; /* OPTRLIT */
    return 7;
  case ND_BINARY:
    return n->u.binary.concat ? 0 : binary_prec(n->u.binary.op);
  case ND_CALL:
    return call_prec(n);
  case ND_BASIC_LIT:
    return n->u.lit.lowest_prec ? 0 : 8;
  default:
    return 8;
  }
}

static void diag_list(StrBuf *out, const Node *list, const char *sep) {
  for (const Node *n = list; n; n = n->next) {
    diag_expr(out, n, 0);
    if (n->next)
      strbuf_puts(out, sep);
  }
}

static int list_length(const Node *list) {
  int n = 0;
  for (; list; list = list->next)
    n++;
  return n;
}

/* The length gc computes for [...]T{elems}: one past the highest index,
 * where keys are integer literals.  -1 when a key is anything else. */
static long implied_array_length(const Node *elems) {
  long index = 0, length = 0;
  for (const Node *e = elems; e; e = e->next, index++) {
    if (e->kind == ND_KEY_VALUE) {
      const Node *key = unparen(e->u.key_value.key);
      if (key->kind != ND_BASIC_LIT || key->u.lit.kind != LIT_INT)
        return -1;
      char *s = number_text(key->u.lit.text, key->u.lit.length);
      index = strtol(s, NULL, 0);
      if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        index = strtol(s + 2, NULL, 8);
      else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        index = strtol(s + 2, NULL, 2);
      free(s);
    }
    if (index + 1 > length)
      length = index + 1;
  }
  return length;
}

/* gc's types keep no aliases: a name declared by `type A = T` prints as
 * T.  Only package-level aliases without type parameters are followed
 * (the declaration is reachable from the name's object); a local alias
 * still prints under its own name. */
static const Node *alias_target(const Node *n) {
  for (int depth = 0; n && n->kind == ND_NAME && depth < 64; depth++) {
    const Object *obj = n->u.name.object;
    if (!obj || obj->kind != OBJ_TYPE || !obj->u.type_name.is_alias ||
        obj->u.type_name.tparam_count || !obj->decl || !obj->decl->spec ||
        obj->decl->spec->kind != ND_TYPE_SPEC ||
        obj->decl->spec->u.type_spec.tparams ||
        !obj->decl->spec->u.type_spec.type)
      return n;
    n = unparen(obj->decl->spec->u.type_spec.type);
  }
  return n;
}

/* A local alias (no declaration to follow) of a predeclared or a plain
 * named type: that type's name, as the checker spells it relative to the
 * alias's package.  False, printing nothing, for anything else. */
static bool local_alias_printed(StrBuf *out, const Object *obj) {
  if (!obj || obj->kind != OBJ_TYPE || !obj->u.type_name.is_alias ||
      !obj->pkg || obj->decl || !obj->type || obj->u.type_name.tparam_count)
    return false;
  Type *t = obj->type;
  bool plain_named = t->kind == TY_NAMED && t->u.named.targ_count == 0;
  if (!plain_named && !(types_is_basic(t) && t->kind < TY_UNTYPED_BOOL))
    return false;
  types_print(out, t, obj->pkg);
  return true;
}

/* T{...}: gc prints the literal's type and elides the elements. */
static void diag_composite(StrBuf *out, const Node *n) {
  const Node *type =
      n->u.composite.type ? alias_target(unparen(n->u.composite.type)) : NULL;
  if (type && type->kind == ND_ARRAY_TYPE && type->u.array.len &&
      type->u.array.len->kind == ND_ELLIPSIS &&
      implied_array_length(n->u.composite.elems) >= 0) {
    strbuf_printf(out, "[%ld]", implied_array_length(n->u.composite.elems));
    diag_expr(out, type->u.array.elem, 0);
  } else if (type) {
    diag_expr(out, type, 0);
  }
  strbuf_puts(out, n->u.composite.elems ? "{...}" : "{}");
}

/* unsafe.String, unsafe.StringData and unsafe.SliceData: gc's printer
 * has no case for their operations and prints "<node unsafe.String>". */
static const char *unsafe_unprinted(const Node *fun) {
  if (fun->kind != ND_SELECTOR)
    return NULL;
  const Node *x = unparen(fun->u.selector.x);
  const char *name = fun->u.selector.sel->u.name.name;
  if (x->kind != ND_NAME || !x->u.name.object ||
      x->u.name.object->kind != OBJ_PKGNAME ||
      strcmp(x->u.name.object->u.pkgname.imported->path, "unsafe") != 0)
    return NULL;
  if (strcmp(name, "String") == 0 || strcmp(name, "StringData") == 0 ||
      strcmp(name, "SliceData") == 0)
    return name;
  return NULL;
}

static void diag_call(StrBuf *out, const Node *n) {
  const Node *fun = alias_target(unparen(n->u.call.fun));
  const char *unprinted = unsafe_unprinted(fun);
  if (unprinted) {
    strbuf_printf(out, "<node unsafe.%s>", unprinted);
    return;
  }
  if (is_type_literal(fun)) { /* conversion to an unnamed type: ([]byte)(s) */
    putc_buf(out, '(');
    diag_expr(out, fun, 0);
    putc_buf(out, ')');
  } else {
    diag_expr(out, fun, 8);
  }
  putc_buf(out, '(');
  diag_list(out, n->u.call.args, ", ");
  if (n->u.call.has_dots)
    strbuf_puts(out, "...");
  putc_buf(out, ')');
}

/* gc separates two equal prefix operators by a space, then parenthesizes
 * the inner one anyway: "- (-n)", "! (!b)"; but "*(*p)". */
static void diag_unary(StrBuf *out, const Node *n) {
  const Node *x = unparen(n->u.unary.x);
  strbuf_puts(out, token_spelling(n->u.unary.op));
  if (n->u.unary.op != TK_MUL && x->kind == ND_UNARY &&
      x->u.unary.op == n->u.unary.op)
    putc_buf(out, ' ');
  diag_expr(out, x, 8);
}

static void diag_binary(StrBuf *out, const Node *n) {
  int prec = binary_prec(n->u.binary.op);
  bool concat = n->u.binary.concat;
  diag_expr(out, n->u.binary.x, concat ? 0 : prec);
  strbuf_printf(out, " %s ", token_spelling(n->u.binary.op));
  diag_expr(out, n->u.binary.y, concat ? 0 : prec + 1);
}

static void diag_slice(StrBuf *out, const Node *n) {
  diag_expr(out, n->u.slice.x, 8);
  putc_buf(out, '[');
  if (n->u.slice.low)
    diag_expr(out, n->u.slice.low, 0);
  putc_buf(out, ':');
  if (n->u.slice.high)
    diag_expr(out, n->u.slice.high, 0);
  if (n->u.slice.full) {
    putc_buf(out, ':');
    if (n->u.slice.max)
      diag_expr(out, n->u.slice.max, 0);
  }
  putc_buf(out, ']');
}

/* Parameter and result types, one per declared name: gc's signatures
 * carry no names, so func(a, b int) reads "func(int, int)". */
static int diag_field_types(StrBuf *out, const Node *fields, int count) {
  for (const Node *f = fields; f; f = f->next) {
    int names = f->u.field.names ? list_length(f->u.field.names) : 1;
    for (int i = 0; i < names; i++) {
      if (count++ > 0)
        strbuf_puts(out, ", ");
      diag_expr(out, f->u.field.type, 0);
    }
  }
  return count;
}

static void diag_signature(StrBuf *out, const Node *ft) {
  putc_buf(out, '(');
  diag_field_types(out, ft->u.func_type.params, 0);
  putc_buf(out, ')');
  StrBuf results = {0};
  int count = diag_field_types(&results, ft->u.func_type.results, 0);
  if (count == 1)
    strbuf_printf(out, " %s", results.data);
  else if (count > 1)
    strbuf_printf(out, " (%s)", results.data);
  strbuf_free(&results);
}

/* struct { X int; y string "tag" }: one entry per name, tags requoted. */
static void diag_struct_type(StrBuf *out, const Node *n) {
  int count = 0;
  strbuf_puts(out, "struct {");
  for (const Node *f = n->u.struct_type.fields; f; f = f->next) {
    const Node *name = f->u.field.names;
    do {
      strbuf_puts(out, count++ ? "; " : " ");
      if (name)
        strbuf_printf(out, "%s ", name->u.name.name);
      diag_expr(out, f->u.field.type, 0);
      if (f->u.field.tag) { /* an empty tag is no tag */
        StrBuf tag = {0};
        string_value(&tag, f->u.field.tag->u.lit.text,
                     f->u.field.tag->u.lit.length);
        if (tag.length > 0) {
          putc_buf(out, ' ');
          ast_quote_string(out, tag.data, tag.length, false);
        }
        strbuf_free(&tag);
      }
    } while (name && (name = name->next) != NULL);
  }
  strbuf_puts(out, count ? " }" : "}");
}

static bool is_exported(const char *name) {
  return name[0] >= 'A' && name[0] <= 'Z'; /* ASCII is enough for sorting */
}

/* gc's method order (types.CompareSyms): exported first, then by name. */
static int method_compare(const void *a, const void *b) {
  const char *x = (*(const Node *const *)a)->u.field.names->u.name.name;
  const char *y = (*(const Node *const *)b)->u.field.names->u.name.name;
  if (is_exported(x) != is_exported(y))
    return is_exported(x) ? -1 : 1;
  return strcmp(x, y);
}

/* interface { M(); N() int }: methods sorted as gc sorts them, embedded
 * elements after them in source order (gc would expand them). */
static void diag_interface_type(StrBuf *out, const Node *n) {
  int count = list_length(n->u.interface_type.elems), methods = 0;
  if (count == 0) {
    strbuf_puts(out, "interface {}");
    return;
  }
  const Node **elems = xmalloc((size_t)count * sizeof *elems);
  for (const Node *e = n->u.interface_type.elems; e; e = e->next)
    if (e->kind == ND_FIELD && e->u.field.names)
      elems[methods++] = e;
  qsort(elems, (size_t)methods, sizeof *elems, method_compare);
  int i = methods;
  for (const Node *e = n->u.interface_type.elems; e; e = e->next)
    if (!(e->kind == ND_FIELD && e->u.field.names))
      elems[i++] = e;
  strbuf_puts(out, "interface {");
  for (i = 0; i < count; i++) {
    strbuf_puts(out, i ? "; " : " ");
    const Node *e = elems[i];
    if (i < methods) {
      /* an unexported method carries its package, as gc's symbol does:
       * "main.foo()" (a main package is "main" to gc, others their
       * path) */
      const Node *name = e->u.field.names;
      const Object *m = name->u.name.object;
      if (!is_exported(name->u.name.name) && m && m->pkg)
        strbuf_printf(out, "%s.", types_gc_prefix(m->pkg));
      strbuf_puts(out, name->u.name.name);
      if (e->u.field.type->kind == ND_FUNC_TYPE)
        diag_signature(out, e->u.field.type);
    } else {
      diag_expr(out, e->kind == ND_FIELD ? e->u.field.type : e, 0);
    }
  }
  strbuf_puts(out, " }");
  free(elems);
}

static void diag_chan_type(StrBuf *out, const Node *n) {
  const Node *elem = unparen(n->u.chan_type.elem);
  switch (n->u.chan_type.dir) {
  case CHAN_SEND: strbuf_puts(out, "chan<- "); break;
  case CHAN_RECV: strbuf_puts(out, "<-chan "); break;
  case CHAN_BOTH:
    strbuf_puts(out, "chan ");
    if (elem->kind == ND_CHAN_TYPE && elem->u.chan_type.dir == CHAN_RECV) {
      putc_buf(out, '(');
      diag_expr(out, elem, 0);
      putc_buf(out, ')');
      return;
    }
    break;
  }
  diag_expr(out, elem, 0);
}

/* Type expressions, in gc's type syntax. */
static void diag_type(StrBuf *out, const Node *n) {
  switch (n->kind) {
  case ND_ARRAY_TYPE:
    putc_buf(out, '[');
    if (n->u.array.len)
      diag_expr(out, n->u.array.len, 0);
    putc_buf(out, ']');
    diag_expr(out, n->u.array.elem, 0);
    break;
  case ND_SLICE_TYPE:
    strbuf_puts(out, "[]");
    diag_expr(out, n->u.slice_type.elem, 0);
    break;
  case ND_MAP_TYPE:
    strbuf_puts(out, "map[");
    diag_expr(out, n->u.map_type.key, 0);
    putc_buf(out, ']');
    diag_expr(out, n->u.map_type.value, 0);
    break;
  case ND_FUNC_TYPE:
    strbuf_puts(out, "func");
    diag_signature(out, n);
    break;
  case ND_STRUCT_TYPE: diag_struct_type(out, n); break;
  case ND_INTERFACE_TYPE: diag_interface_type(out, n); break;
  case ND_CHAN_TYPE: diag_chan_type(out, n); break;
  case ND_ELLIPSIS:
    strbuf_puts(out, "...");
    if (n->u.ellipsis.elem)
      diag_expr(out, n->u.ellipsis.elem, 0);
    break;
  default:
    break;
  }
}

static void diag_expr(StrBuf *out, const Node *n, int prec) {
  if (n == NULL) {
    strbuf_puts(out, "<nil>");
    return;
  }
  n = unparen(n);
  if (prec > diag_prec(n)) {
    putc_buf(out, '(');
    diag_expr(out, n, 0);
    putc_buf(out, ')');
    return;
  }
  switch (n->kind) {
  case ND_BAD: strbuf_puts(out, "BAD"); break;
  case ND_NAME:
    if (alias_target(n) != n)
      diag_expr(out, alias_target(n), prec);
    else if (local_alias_printed(out, n->u.name.object))
      break;
    else
      strbuf_puts(out, n->u.name.name);
    break;
  case ND_BASIC_LIT: diag_literal(out, n); break;
  case ND_COMPOSITE_LIT: diag_composite(out, n); break;
  case ND_FUNC_LIT: strbuf_puts(out, "func literal"); break;
  case ND_KEY_VALUE:
    diag_expr(out, n->u.key_value.key, 0);
    putc_buf(out, ':');
    diag_expr(out, n->u.key_value.value, 0);
    break;
  case ND_SELECTOR:
    diag_expr(out, n->u.selector.x, 8);
    putc_buf(out, '.');
    diag_expr(out, n->u.selector.sel, 0);
    break;
  case ND_INDEX:
    /* a list of several is an instantiation, which gc's type names
     * spell without a space: Pair[string,int] */
    diag_expr(out, n->u.index.x, 8);
    putc_buf(out, '[');
    diag_list(out, n->u.index.index, ",");
    putc_buf(out, ']');
    break;
  case ND_SLICE_EXPR: diag_slice(out, n); break;
  case ND_TYPE_ASSERT:
    diag_expr(out, n->u.assert.x, 8);
    strbuf_puts(out, ".(");
    diag_expr(out, n->u.assert.type, 0);
    putc_buf(out, ')');
    break;
  case ND_TYPE_SWITCH_GUARD:
    if (n->u.guard.lhs) {
      diag_expr(out, n->u.guard.lhs, 0);
      strbuf_puts(out, " := ");
    }
    diag_expr(out, n->u.guard.x, 8);
    strbuf_puts(out, ".(type)");
    break;
  case ND_CALL: diag_call(out, n); break;
  case ND_UNARY: diag_unary(out, n); break;
  case ND_BINARY: diag_binary(out, n); break;
  case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_STRUCT_TYPE:
  case ND_FUNC_TYPE: case ND_INTERFACE_TYPE: case ND_MAP_TYPE:
  case ND_CHAN_TYPE: case ND_ELLIPSIS:
    diag_type(out, n);
    break;
  default:
    strbuf_printf(out, "<node %s>", node_kind_name(n->kind));
    break;
  }
}

void ast_print_expr(StrBuf *out, const Node *expr) {
  diag_expr(out, expr, 0);
}

/* ===================================================================
 * The children of a node
 *
 * each_child calls fn once for every child field of n, in source order,
 * with the field's name; `list` says whether the field holds a list (which
 * may be empty).  The dump and the printer's group scan both walk the tree
 * through it, so the shape of every node kind is written down once.
 * =================================================================== */

typedef void ChildFn(void *ctx, const char *label, const Node *child,
                     bool list);

static void visit_one(ChildFn *fn, void *ctx, const char *label,
                      const Node *c) {
  fn(ctx, label, c, false);
}

static void visit_list(ChildFn *fn, void *ctx, const char *label,
                       const Node *list) {
  fn(ctx, label, list, true);
}

static void each_expr_child(const Node *n, ChildFn *fn, void *ctx) {
  switch (n->kind) {
  case ND_COMPOSITE_LIT:
    visit_one(fn, ctx, "Type", n->u.composite.type);
    visit_list(fn, ctx, "Elems", n->u.composite.elems);
    break;
  case ND_KEY_VALUE:
    visit_one(fn, ctx, "Key", n->u.key_value.key);
    visit_one(fn, ctx, "Value", n->u.key_value.value);
    break;
  case ND_FUNC_LIT:
    visit_one(fn, ctx, "Type", n->u.func_lit.type);
    visit_one(fn, ctx, "Body", n->u.func_lit.body);
    break;
  case ND_PAREN: case ND_IMPLICIT_CONV:
    visit_one(fn, ctx, "X", n->u.paren.x);
    break;
  case ND_SELECTOR:
    visit_one(fn, ctx, "X", n->u.selector.x);
    visit_one(fn, ctx, "Sel", n->u.selector.sel);
    break;
  case ND_INDEX:
    visit_one(fn, ctx, "X", n->u.index.x);
    visit_list(fn, ctx, "Index", n->u.index.index);
    break;
  case ND_SLICE_EXPR:
    visit_one(fn, ctx, "X", n->u.slice.x);
    visit_one(fn, ctx, "Low", n->u.slice.low);
    visit_one(fn, ctx, "High", n->u.slice.high);
    visit_one(fn, ctx, "Max", n->u.slice.max);
    break;
  case ND_TYPE_ASSERT:
    visit_one(fn, ctx, "X", n->u.assert.x);
    visit_one(fn, ctx, "Type", n->u.assert.type);
    break;
  case ND_TYPE_SWITCH_GUARD:
    visit_one(fn, ctx, "Lhs", n->u.guard.lhs);
    visit_one(fn, ctx, "X", n->u.guard.x);
    break;
  case ND_CALL:
    visit_one(fn, ctx, "Fun", n->u.call.fun);
    visit_list(fn, ctx, "Args", n->u.call.args);
    break;
  case ND_UNARY: visit_one(fn, ctx, "X", n->u.unary.x); break;
  case ND_BINARY:
    visit_one(fn, ctx, "X", n->u.binary.x);
    visit_one(fn, ctx, "Y", n->u.binary.y);
    break;
  default: break;
  }
}

static void each_type_child(const Node *n, ChildFn *fn, void *ctx) {
  switch (n->kind) {
  case ND_ARRAY_TYPE:
    visit_one(fn, ctx, "Len", n->u.array.len);
    visit_one(fn, ctx, "Elem", n->u.array.elem);
    break;
  case ND_SLICE_TYPE: visit_one(fn, ctx, "Elem", n->u.slice_type.elem); break;
  case ND_STRUCT_TYPE:
    visit_list(fn, ctx, "Fields", n->u.struct_type.fields);
    break;
  case ND_FUNC_TYPE:
    visit_list(fn, ctx, "Params", n->u.func_type.params);
    visit_list(fn, ctx, "Results", n->u.func_type.results);
    break;
  case ND_INTERFACE_TYPE:
    visit_list(fn, ctx, "Elems", n->u.interface_type.elems);
    break;
  case ND_MAP_TYPE:
    visit_one(fn, ctx, "Key", n->u.map_type.key);
    visit_one(fn, ctx, "Value", n->u.map_type.value);
    break;
  case ND_CHAN_TYPE: visit_one(fn, ctx, "Elem", n->u.chan_type.elem); break;
  case ND_ELLIPSIS: visit_one(fn, ctx, "Elem", n->u.ellipsis.elem); break;
  case ND_FIELD:
    visit_list(fn, ctx, "Names", n->u.field.names);
    visit_one(fn, ctx, "Type", n->u.field.type);
    visit_one(fn, ctx, "Tag", n->u.field.tag);
    break;
  default: break;
  }
}

static void each_stmt_child(const Node *n, ChildFn *fn, void *ctx) {
  switch (n->kind) {
  case ND_BLOCK: visit_list(fn, ctx, "Stmts", n->u.block.stmts); break;
  case ND_EXPR_STMT: visit_one(fn, ctx, "X", n->u.expr_stmt.x); break;
  case ND_SEND_STMT:
    visit_one(fn, ctx, "Chan", n->u.send.chan);
    visit_one(fn, ctx, "Value", n->u.send.value);
    break;
  case ND_INC_DEC_STMT: visit_one(fn, ctx, "X", n->u.inc_dec.x); break;
  case ND_ASSIGN_STMT:
    visit_list(fn, ctx, "Lhs", n->u.assign.lhs);
    visit_list(fn, ctx, "Rhs", n->u.assign.rhs);
    break;
  case ND_GO_STMT: case ND_DEFER_STMT:
    visit_one(fn, ctx, "Call", n->u.go_defer.call);
    break;
  case ND_RETURN_STMT:
    visit_list(fn, ctx, "Results", n->u.return_stmt.results);
    break;
  case ND_BRANCH_STMT: visit_one(fn, ctx, "Label", n->u.branch.label); break;
  case ND_IF_STMT:
    visit_one(fn, ctx, "Init", n->u.if_stmt.init);
    visit_one(fn, ctx, "Cond", n->u.if_stmt.cond);
    visit_one(fn, ctx, "Then", n->u.if_stmt.then);
    visit_one(fn, ctx, "Else", n->u.if_stmt.els);
    break;
  case ND_SWITCH_STMT:
    visit_one(fn, ctx, "Init", n->u.switch_stmt.init);
    visit_one(fn, ctx, "Tag", n->u.switch_stmt.tag);
    visit_list(fn, ctx, "Clauses", n->u.switch_stmt.clauses);
    break;
  case ND_CASE_CLAUSE:
    visit_list(fn, ctx, "List", n->u.case_clause.list);
    visit_list(fn, ctx, "Body", n->u.case_clause.body);
    break;
  case ND_SELECT_STMT:
    visit_list(fn, ctx, "Clauses", n->u.select_stmt.clauses);
    break;
  case ND_COMM_CLAUSE:
    visit_one(fn, ctx, "Comm", n->u.comm_clause.comm);
    visit_list(fn, ctx, "Body", n->u.comm_clause.body);
    break;
  case ND_FOR_STMT:
    visit_one(fn, ctx, "Init", n->u.for_stmt.init);
    visit_one(fn, ctx, "Cond", n->u.for_stmt.cond);
    visit_one(fn, ctx, "Post", n->u.for_stmt.post);
    visit_one(fn, ctx, "Body", n->u.for_stmt.body);
    break;
  case ND_RANGE_STMT:
    visit_one(fn, ctx, "Key", n->u.range_stmt.key);
    visit_one(fn, ctx, "Value", n->u.range_stmt.value);
    visit_one(fn, ctx, "X", n->u.range_stmt.x);
    visit_one(fn, ctx, "Body", n->u.range_stmt.body);
    break;
  case ND_LABELED_STMT:
    visit_one(fn, ctx, "Label", n->u.labeled.label);
    visit_one(fn, ctx, "Stmt", n->u.labeled.stmt);
    break;
  case ND_DECL_STMT: visit_list(fn, ctx, "Decls", n->u.decl_stmt.decls); break;
  default: break;
  }
}

static void each_decl_child(const Node *n, ChildFn *fn, void *ctx) {
  switch (n->kind) {
  case ND_IMPORT_SPEC:
    visit_one(fn, ctx, "Name", n->u.import_spec.name);
    visit_one(fn, ctx, "Path", n->u.import_spec.path);
    break;
  case ND_CONST_SPEC: case ND_VAR_SPEC:
    visit_list(fn, ctx, "Names", n->u.value_spec.names);
    visit_one(fn, ctx, "Type", n->u.value_spec.type);
    visit_list(fn, ctx, "Values", n->u.value_spec.values);
    break;
  case ND_TYPE_SPEC:
    visit_one(fn, ctx, "Name", n->u.type_spec.name);
    visit_list(fn, ctx, "TParams", n->u.type_spec.tparams);
    visit_one(fn, ctx, "Type", n->u.type_spec.type);
    break;
  case ND_FUNC_DECL:
    visit_one(fn, ctx, "Recv", n->u.func_decl.recv);
    visit_one(fn, ctx, "Name", n->u.func_decl.name);
    visit_list(fn, ctx, "TParams", n->u.func_decl.tparams);
    visit_one(fn, ctx, "Type", n->u.func_decl.type);
    visit_one(fn, ctx, "Body", n->u.func_decl.body);
    break;
  case ND_FILE:
    visit_one(fn, ctx, "Package", n->u.file.package_name);
    visit_list(fn, ctx, "Decls", n->u.file.decls);
    break;
  default: break;
  }
}

static void each_child(const Node *n, ChildFn *fn, void *ctx) {
  if (n->kind < ND_ARRAY_TYPE)
    each_expr_child(n, fn, ctx);
  else if (n->kind < ND_EMPTY_STMT)
    each_type_child(n, fn, ctx);
  else if (n->kind < ND_IMPORT_SPEC)
    each_stmt_child(n, fn, ctx);
  else
    each_decl_child(n, fn, ctx);
}

/* ===================================================================
 * ast_print_source — the file back as Go source
 *
 * The printer walks declarations and statements, writing one a line at the
 * current indentation; expressions are written exactly as the tree has
 * them, with a space only where two tokens would otherwise fuse ("- -x",
 * "0 ...").  Compiler directives (//go:noinline ...) live in the file's
 * comment list, not in the tree, so they are copied back in front of the
 * declaration they preceded.  Group numbers need care; see below.
 * =================================================================== */

typedef struct Printer {
  StrBuf *out;
  int indent;             /* tabs at the start of a line */
  const Comment *comment; /* next directive comment not yet considered */
  Pos last_end;           /* end of the previous top-level declaration */
  int groups;             /* parenthesized groups written so far */
} Printer;

static void emit_expr(Printer *p, const Node *n);
static void emit_stmt(Printer *p, const Node *n);
static void emit_block(Printer *p, const Node *n);
static void emit_decl_stmt(Printer *p, const Node *n);

static void emit(Printer *p, const char *s) { strbuf_puts(p->out, s); }

static void emit_indent(Printer *p) {
  for (int i = 0; i < p->indent; i++)
    putc_buf(p->out, '\t');
}

/* Copy the directives that sit between the previous declaration and this
 * one; comments inside the previous declaration are skipped. */
static void emit_directives(Printer *p, const Node *decl) {
  Pos start = node_start(decl);
  for (; p->comment && pos_before(p->comment->pos, start);
       p->comment = p->comment->next) {
    const Comment *c = p->comment;
    if (pos_before(c->pos, p->last_end))
      continue;
    if (c->kind != COMMENT_GO_DIRECTIVE && c->kind != COMMENT_GOESC_DIRECTIVE)
      continue;
    emit_indent(p);
    strbuf_append(p->out, c->text, c->length);
    putc_buf(p->out, '\n');
  }
}

static void emit_list(Printer *p, const Node *list) {
  for (const Node *n = list; n; n = n->next) {
    emit_expr(p, n);
    if (n->next)
      emit(p, ", ");
  }
}

/* names Type, or Type alone; shared by parameters, type parameters,
 * struct fields and interface elements. */
static void emit_field(Printer *p, const Node *f) {
  if (f->kind != ND_FIELD) {
    emit_expr(p, f);
    return;
  }
  if (f->u.field.names) {
    emit_list(p, f->u.field.names);
    if (f->u.field.type)
      putc_buf(p->out, ' ');
  }
  if (f->u.field.type)
    emit_expr(p, f->u.field.type);
  if (f->u.field.tag) {
    putc_buf(p->out, ' ');
    emit_expr(p, f->u.field.tag);
  }
}

static void emit_fields(Printer *p, const Node *fields) {
  for (const Node *f = fields; f; f = f->next) {
    emit_field(p, f);
    if (f->next)
      emit(p, ", ");
  }
}

/* (params) results — a lone unnamed result goes without parentheses. */
static void emit_signature(Printer *p, const Node *ft) {
  putc_buf(p->out, '(');
  emit_fields(p, ft->u.func_type.params);
  putc_buf(p->out, ')');
  const Node *results = ft->u.func_type.results;
  if (!results)
    return;
  putc_buf(p->out, ' ');
  if (!results->next && !results->u.field.names) {
    emit_expr(p, results->u.field.type);
  } else {
    putc_buf(p->out, '(');
    emit_fields(p, results);
    putc_buf(p->out, ')');
  }
}

/* [P any, Q ~int].  A lone parameter constrained by an expression such as
 * *C would read as an array length in a type declaration (type T[P *C]),
 * so it gets gofmt's trailing comma. */
static void emit_type_params(Printer *p, const Node *tparams, bool in_type) {
  if (!tparams)
    return;
  putc_buf(p->out, '[');
  emit_fields(p, tparams);
  const Node *type = tparams->u.field.type;
  if (in_type && !tparams->next && type &&
      (type->kind == ND_UNARY || type->kind == ND_BINARY ||
       type->kind == ND_PAREN))
    putc_buf(p->out, ',');
  putc_buf(p->out, ']');
}

/* struct { ... } and interface { ... }: one field or element a line. */
static void emit_field_block(Printer *p, const char *keyword,
                             const Node *fields) {
  emit(p, keyword);
  if (!fields) {
    emit(p, "{}");
    return;
  }
  emit(p, " {\n");
  p->indent++;
  for (const Node *f = fields; f; f = f->next) {
    emit_indent(p);
    if (f->kind == ND_FIELD && f->u.field.names &&
        f->u.field.type && f->u.field.type->kind == ND_FUNC_TYPE &&
        strcmp(keyword, "interface") == 0) {
      emit(p, f->u.field.names->u.name.name); /* method: M(x int) error */
      emit_signature(p, f->u.field.type);
    } else {
      emit_field(p, f);
    }
    putc_buf(p->out, '\n');
  }
  p->indent--;
  emit_indent(p);
  putc_buf(p->out, '}');
}

static void emit_type(Printer *p, const Node *n) {
  switch (n->kind) {
  case ND_ARRAY_TYPE:
    putc_buf(p->out, '[');
    if (n->u.array.len)
      emit_expr(p, n->u.array.len);
    putc_buf(p->out, ']');
    emit_expr(p, n->u.array.elem);
    break;
  case ND_SLICE_TYPE:
    emit(p, "[]");
    emit_expr(p, n->u.slice_type.elem);
    break;
  case ND_MAP_TYPE:
    emit(p, "map[");
    emit_expr(p, n->u.map_type.key);
    putc_buf(p->out, ']');
    emit_expr(p, n->u.map_type.value);
    break;
  case ND_CHAN_TYPE:
    emit(p, n->u.chan_type.dir == CHAN_SEND   ? "chan<- "
            : n->u.chan_type.dir == CHAN_RECV ? "<-chan "
                                              : "chan ");
    emit_expr(p, n->u.chan_type.elem);
    break;
  case ND_FUNC_TYPE:
    emit(p, "func");
    emit_signature(p, n);
    break;
  case ND_STRUCT_TYPE:
    emit_field_block(p, "struct", n->u.struct_type.fields);
    break;
  case ND_INTERFACE_TYPE:
    emit_field_block(p, "interface", n->u.interface_type.elems);
    break;
  case ND_ELLIPSIS:
    emit(p, "...");
    if (n->u.ellipsis.elem)
      emit_expr(p, n->u.ellipsis.elem);
    break;
  default:
    break;
  }
}

/* Two prefix operators written together could fuse into one token
 * ("- -x" is not "--x"), so they need a space between them. */
static bool operators_fuse(TokenKind outer, const Node *x) {
  if (x->kind != ND_UNARY)
    return false;
  TokenKind inner = x->u.unary.op;
  return (outer == TK_ADD && inner == TK_ADD) ||
         (outer == TK_SUB && inner == TK_SUB) ||
         (outer == TK_AND && (inner == TK_AND || inner == TK_XOR)) ||
         (outer == TK_ARROW && inner == TK_SUB);
}

static const Node *last(const Node *list) {
  while (list && list->next)
    list = list->next;
  return list;
}

/* "0..." and "5.x" would read as the float "0." and "5.": a number
 * followed by a dot needs a space between them. */
static bool ends_in_number(const Node *n) {
  return n && n->kind == ND_BASIC_LIT && n->u.lit.kind != LIT_STRING &&
         n->u.lit.kind != LIT_RUNE;
}

static void emit_composite(Printer *p, const Node *n) {
  if (n->u.composite.type)
    emit_expr(p, n->u.composite.type);
  putc_buf(p->out, '{');
  emit_list(p, n->u.composite.elems);
  putc_buf(p->out, '}');
}

static void emit_slice(Printer *p, const Node *n) {
  emit_expr(p, n->u.slice.x);
  putc_buf(p->out, '[');
  if (n->u.slice.low)
    emit_expr(p, n->u.slice.low);
  putc_buf(p->out, ':');
  if (n->u.slice.high)
    emit_expr(p, n->u.slice.high);
  if (n->u.slice.full) {
    putc_buf(p->out, ':');
    if (n->u.slice.max)
      emit_expr(p, n->u.slice.max);
  }
  putc_buf(p->out, ']');
}

static void emit_expr(Printer *p, const Node *n) {
  switch (n->kind) {
  case ND_BAD: emit(p, "BAD"); break;
  case ND_NAME: emit(p, n->u.name.name); break;
  case ND_BASIC_LIT:
    strbuf_append(p->out, n->u.lit.text, n->u.lit.length);
    break;
  case ND_COMPOSITE_LIT: emit_composite(p, n); break;
  case ND_KEY_VALUE:
    emit_expr(p, n->u.key_value.key);
    emit(p, ": ");
    emit_expr(p, n->u.key_value.value);
    break;
  case ND_FUNC_LIT:
    emit(p, "func");
    emit_signature(p, n->u.func_lit.type);
    putc_buf(p->out, ' ');
    emit_block(p, n->u.func_lit.body);
    break;
  case ND_PAREN:
    putc_buf(p->out, '(');
    emit_expr(p, n->u.paren.x);
    putc_buf(p->out, ')');
    break;
  case ND_IMPLICIT_CONV: /* the checker's, not the source's */
    emit_expr(p, n->u.paren.x);
    break;
  case ND_SELECTOR:
    emit_expr(p, n->u.selector.x);
    emit(p, ends_in_number(n->u.selector.x) ? " ." : ".");
    emit_expr(p, n->u.selector.sel);
    break;
  case ND_INDEX:
    emit_expr(p, n->u.index.x);
    putc_buf(p->out, '[');
    emit_list(p, n->u.index.index);
    putc_buf(p->out, ']');
    break;
  case ND_SLICE_EXPR: emit_slice(p, n); break;
  case ND_TYPE_ASSERT:
    emit_expr(p, n->u.assert.x);
    emit(p, ".(");
    emit_expr(p, n->u.assert.type);
    putc_buf(p->out, ')');
    break;
  case ND_TYPE_SWITCH_GUARD:
    if (n->u.guard.lhs) {
      emit_expr(p, n->u.guard.lhs);
      emit(p, " := ");
    }
    emit_expr(p, n->u.guard.x);
    emit(p, ".(type)");
    break;
  case ND_CALL:
    emit_expr(p, n->u.call.fun);
    putc_buf(p->out, '(');
    emit_list(p, n->u.call.args);
    if (n->u.call.has_dots)
      emit(p, ends_in_number(last(n->u.call.args)) ? " ..." : "...");
    putc_buf(p->out, ')');
    break;
  case ND_UNARY:
    emit(p, token_spelling(n->u.unary.op));
    if (operators_fuse(n->u.unary.op, n->u.unary.x))
      putc_buf(p->out, ' ');
    emit_expr(p, n->u.unary.x);
    break;
  case ND_BINARY:
    emit_expr(p, n->u.binary.x);
    strbuf_printf(p->out, " %s ", token_spelling(n->u.binary.op));
    emit_expr(p, n->u.binary.y);
    break;
  case ND_FIELD: emit_field(p, n); break;
  default:
    emit_type(p, n);
    break;
  }
}

/* --- statements --- */

/* A statement that fits in a header: if x := f(); x > 0 {. */
static void emit_simple_stmt(Printer *p, const Node *n) {
  switch (n->kind) {
  case ND_EMPTY_STMT: break;
  case ND_EXPR_STMT: emit_expr(p, n->u.expr_stmt.x); break;
  case ND_SEND_STMT:
    emit_expr(p, n->u.send.chan);
    emit(p, " <- ");
    emit_expr(p, n->u.send.value);
    break;
  case ND_INC_DEC_STMT:
    emit_expr(p, n->u.inc_dec.x);
    emit(p, token_spelling(n->u.inc_dec.op));
    break;
  case ND_ASSIGN_STMT:
    emit_list(p, n->u.assign.lhs);
    strbuf_printf(p->out, " %s ", token_spelling(n->u.assign.op));
    emit_list(p, n->u.assign.rhs);
    break;
  default:
    emit_expr(p, n); /* a bare expression where a statement may stand */
    break;
  }
}

/* Statements of a block or a clause body, one a line, one level deeper. */
static void emit_stmt_list(Printer *p, const Node *stmts) {
  p->indent++;
  for (const Node *s = stmts; s; s = s->next)
    emit_stmt(p, s);
  p->indent--;
}

static void emit_block(Printer *p, const Node *n) {
  emit(p, "{\n");
  emit_stmt_list(p, n->u.block.stmts);
  emit_indent(p);
  putc_buf(p->out, '}');
}

static void emit_if(Printer *p, const Node *n) {
  emit(p, "if ");
  if (n->u.if_stmt.init) {
    emit_simple_stmt(p, n->u.if_stmt.init);
    emit(p, "; ");
  }
  if (n->u.if_stmt.cond)
    emit_expr(p, n->u.if_stmt.cond);
  putc_buf(p->out, ' ');
  emit_block(p, n->u.if_stmt.then);
  if (n->u.if_stmt.els) {
    emit(p, " else ");
    if (n->u.if_stmt.els->kind == ND_IF_STMT)
      emit_if(p, n->u.if_stmt.els);
    else
      emit_block(p, n->u.if_stmt.els);
  }
}

static void emit_switch(Printer *p, const Node *n) {
  emit(p, "switch ");
  if (n->u.switch_stmt.init) {
    emit_simple_stmt(p, n->u.switch_stmt.init);
    emit(p, "; ");
  }
  if (n->u.switch_stmt.tag) {
    emit_simple_stmt(p, n->u.switch_stmt.tag);
    putc_buf(p->out, ' ');
  }
  emit(p, "{\n");
  for (const Node *c = n->u.switch_stmt.clauses; c; c = c->next) {
    emit_indent(p);
    if (c->u.case_clause.is_default) {
      emit(p, "default:\n");
    } else {
      emit(p, "case ");
      emit_list(p, c->u.case_clause.list);
      emit(p, ":\n");
    }
    emit_stmt_list(p, c->u.case_clause.body);
  }
  emit_indent(p);
  putc_buf(p->out, '}');
}

static void emit_select(Printer *p, const Node *n) {
  emit(p, "select {\n");
  for (const Node *c = n->u.select_stmt.clauses; c; c = c->next) {
    emit_indent(p);
    if (c->u.comm_clause.is_default) {
      emit(p, "default:\n");
    } else {
      emit(p, "case ");
      emit_simple_stmt(p, c->u.comm_clause.comm);
      emit(p, ":\n");
    }
    emit_stmt_list(p, c->u.comm_clause.body);
  }
  emit_indent(p);
  putc_buf(p->out, '}');
}

/* for {}, for cond {}, for init; cond; post {} */
static void emit_for(Printer *p, const Node *n) {
  emit(p, "for ");
  if (n->u.for_stmt.init || n->u.for_stmt.post) {
    if (n->u.for_stmt.init)
      emit_simple_stmt(p, n->u.for_stmt.init);
    emit(p, "; ");
    if (n->u.for_stmt.cond)
      emit_expr(p, n->u.for_stmt.cond);
    emit(p, "; ");
    if (n->u.for_stmt.post) {
      emit_simple_stmt(p, n->u.for_stmt.post);
      putc_buf(p->out, ' ');
    }
  } else if (n->u.for_stmt.cond) {
    emit_expr(p, n->u.for_stmt.cond);
    putc_buf(p->out, ' ');
  }
  emit_block(p, n->u.for_stmt.body);
}

static void emit_range(Printer *p, const Node *n) {
  emit(p, "for ");
  if (n->u.range_stmt.key) {
    emit_expr(p, n->u.range_stmt.key);
    if (n->u.range_stmt.value) {
      emit(p, ", ");
      emit_expr(p, n->u.range_stmt.value);
    }
    strbuf_printf(p->out, " %s ", token_spelling(n->u.range_stmt.op));
  }
  emit(p, "range ");
  emit_expr(p, n->u.range_stmt.x);
  putc_buf(p->out, ' ');
  emit_block(p, n->u.range_stmt.body);
}

static void emit_stmt_body(Printer *p, const Node *n) {
  switch (n->kind) {
  case ND_BLOCK: emit_block(p, n); break;
  case ND_GO_STMT: case ND_DEFER_STMT:
    emit(p, n->kind == ND_GO_STMT ? "go " : "defer ");
    emit_expr(p, n->u.go_defer.call);
    break;
  case ND_RETURN_STMT:
    emit(p, "return");
    if (n->u.return_stmt.results) {
      putc_buf(p->out, ' ');
      emit_list(p, n->u.return_stmt.results);
    }
    break;
  case ND_BRANCH_STMT:
    emit(p, token_spelling(n->u.branch.op));
    if (n->u.branch.label) {
      putc_buf(p->out, ' ');
      emit_expr(p, n->u.branch.label);
    }
    break;
  case ND_IF_STMT: emit_if(p, n); break;
  case ND_SWITCH_STMT: emit_switch(p, n); break;
  case ND_SELECT_STMT: emit_select(p, n); break;
  case ND_FOR_STMT: emit_for(p, n); break;
  case ND_RANGE_STMT: emit_range(p, n); break;
  case ND_EMPTY_STMT: putc_buf(p->out, ';'); break;
  default: emit_simple_stmt(p, n); break;
  }
}

static void emit_stmt(Printer *p, const Node *n) {
  if (n->kind == ND_DECL_STMT) {
    emit_decl_stmt(p, n);
    return;
  }
  emit_indent(p);
  /* A label takes the next statement; an empty one is written ";" so
   * that the statement after it is not taken instead. */
  while (n->kind == ND_LABELED_STMT) {
    emit_expr(p, n->u.labeled.label);
    emit(p, ":");
    n = n->u.labeled.stmt;
    if (!n) {
      putc_buf(p->out, '\n');
      return;
    }
    if (n->kind == ND_DECL_STMT) {
      putc_buf(p->out, '\n');
      emit_decl_stmt(p, n);
      return;
    }
    putc_buf(p->out, ' ');
  }
  emit_stmt_body(p, n);
  putc_buf(p->out, '\n');
}

/* --- declarations --- */

/* One spec, without its keyword. */
static void emit_spec(Printer *p, const Node *n) {
  switch (n->kind) {
  case ND_IMPORT_SPEC:
    if (n->u.import_spec.name) {
      emit_expr(p, n->u.import_spec.name);
      putc_buf(p->out, ' ');
    }
    emit_expr(p, n->u.import_spec.path);
    break;
  case ND_CONST_SPEC: case ND_VAR_SPEC:
    emit_list(p, n->u.value_spec.names);
    if (n->u.value_spec.type) {
      putc_buf(p->out, ' ');
      emit_expr(p, n->u.value_spec.type);
    }
    if (n->u.value_spec.values) {
      emit(p, " = ");
      emit_list(p, n->u.value_spec.values);
    }
    break;
  case ND_TYPE_SPEC:
    emit_expr(p, n->u.type_spec.name);
    emit_type_params(p, n->u.type_spec.tparams, true);
    emit(p, n->u.type_spec.alias ? " = " : " ");
    emit_expr(p, n->u.type_spec.type);
    break;
  default:
    break;
  }
}

static void emit_func_decl(Printer *p, const Node *n) {
  emit(p, "func ");
  const Node *recv = n->u.func_decl.recv;
  if (recv) {
    /* "func () m()" parses, leaving a receiver of type ND_BAD for the
     * checker to complain about: print it empty again */
    putc_buf(p->out, '(');
    if (!(recv->kind == ND_FIELD && recv->u.field.type &&
          recv->u.field.type->kind == ND_BAD && !recv->u.field.names))
      emit_field(p, recv);
    emit(p, ") ");
  }
  emit_expr(p, n->u.func_decl.name);
  emit_type_params(p, n->u.func_decl.tparams, false);
  emit_signature(p, n->u.func_decl.type);
  if (n->u.func_decl.body) {
    putc_buf(p->out, ' ');
    emit_block(p, n->u.func_decl.body);
  }
  putc_buf(p->out, '\n');
}

/* --- group numbers ---
 *
 * The parser numbers every parenthesized group of the file in order,
 * counting import groups and empty groups such as "var ()", which leave no
 * number in the tree.  To reproduce the numbers, the printer counts the
 * groups it writes (p->groups) and, before a group numbered g, makes sure
 * g-1 groups came before: imports are grouped accordingly, and any groups
 * still missing are written as empty "var ()" declarations. */

typedef struct GroupScan {
  int first;   /* first group number in the subtree, 0 if none */
  int empties; /* empty "var ()" statements before it */
} GroupScan;

static int spec_group(const Node *n) {
  switch (n->kind) {
  case ND_CONST_SPEC: case ND_VAR_SPEC: return n->u.value_spec.group;
  case ND_TYPE_SPEC: return n->u.type_spec.group;
  default: return 0;
  }
}

static void scan_groups(void *ctx, const char *label, const Node *child,
                        bool list) {
  GroupScan *scan = ctx;
  (void)label;
  for (; child && scan->first == 0; child = list ? child->next : NULL) {
    if (spec_group(child) != 0) {
      scan->first = spec_group(child);
      return;
    }
    if (child->kind == ND_DECL_STMT && child->u.decl_stmt.decls == NULL)
      scan->empties++;
    each_child(child, scan_groups, scan);
  }
}

/* How many groups must precede the first numbered one in n (or in the
 * list starting at n); -1 when there is none, so the count does not
 * matter. */
static int groups_needed(const Node *n, bool list) {
  GroupScan scan = {0, 0};
  scan_groups(&scan, NULL, n, list);
  return scan.first ? scan.first - 1 - scan.empties : -1;
}

/* Empty groups standing for the ones the tree does not show. */
static void emit_missing_groups(Printer *p, int needed) {
  for (; p->groups < needed; p->groups++) {
    emit_indent(p);
    emit(p, "var ()\n");
  }
}

static const char *spec_keyword(NodeKind kind) {
  switch (kind) {
  case ND_IMPORT_SPEC: return "import";
  case ND_CONST_SPEC: return "const";
  case ND_VAR_SPEC: return "var";
  case ND_TYPE_SPEC: return "type";
  default: return "";
  }
}

/* Imports carry no group number: they become `needed` groups (all in the
 * first, the rest empty), or one group when the count does not matter.
 * Returns the first declaration after them. */
static const Node *emit_imports(Printer *p, const Node *decls) {
  const Node *rest = decls;
  int count = 0;
  while (rest && rest->kind == ND_IMPORT_SPEC)
    rest = rest->next, count++;
  if (count == 0)
    return rest;
  int needed = groups_needed(rest, true);
  bool grouped = needed < 0 ? count > 1 : needed > 0;
  putc_buf(p->out, '\n');
  if (grouped)
    emit(p, "import (\n");
  for (const Node *n = decls; n != rest; n = n->next) {
    emit_directives(p, n);
    emit(p, grouped ? "\t" : "import ");
    emit_spec(p, n);
    putc_buf(p->out, '\n');
    p->last_end = n->end;
  }
  if (grouped) {
    emit(p, ")\n");
    p->groups++;
  }
  for (; p->groups < needed; p->groups++)
    emit(p, "import ()\n");
  return rest;
}

/* A group of specs of one kind: "var x int", or "var (" one a line ")". */
static const Node *emit_spec_group(Printer *p, const Node *n, bool top_level) {
  int group = spec_group(n);
  emit_indent(p);
  emit(p, spec_keyword(n->kind));
  if (group == 0) {
    putc_buf(p->out, ' ');
    emit_spec(p, n);
    putc_buf(p->out, '\n');
    p->last_end = n->end;
    return n->next;
  }
  emit(p, " (\n");
  p->groups = group;
  p->indent++;
  const Node *first = n;
  for (; n && n->kind == first->kind && spec_group(n) == group; n = n->next) {
    if (top_level && n != first)
      emit_directives(p, n);
    emit_indent(p);
    emit_spec(p, n);
    putc_buf(p->out, '\n');
    p->last_end = n->end;
  }
  p->indent--;
  emit_indent(p);
  emit(p, ")\n");
  return n;
}

/* A declaration statement: its specs, or an empty group. */
static void emit_decl_stmt(Printer *p, const Node *n) {
  const Node *spec = n->u.decl_stmt.decls;
  if (spec == NULL) {
    emit_indent(p);
    emit(p, "var ()\n");
    p->groups++;
    return;
  }
  while (spec)
    spec = emit_spec_group(p, spec, false);
}

/* The file's declarations, separated by blank lines, each preceded by its
 * directives. */
static void emit_decls(Printer *p, const Node *decls) {
  const Node *n = emit_imports(p, decls);
  while (n) {
    putc_buf(p->out, '\n');
    emit_missing_groups(p, groups_needed(n, false));
    emit_directives(p, n);
    if (n->kind == ND_FUNC_DECL) {
      emit_func_decl(p, n);
      p->last_end = n->end;
      n = n->next;
    } else {
      n = emit_spec_group(p, n, true);
    }
  }
}

void ast_print_source(StrBuf *out, const Node *file) {
  Printer p = {out, 0, NULL, {0, 0}, 0};
  if (file == NULL)
    return;
  if (file->kind != ND_FILE) { /* a fragment: a statement or expression */
    if (file->kind >= ND_EMPTY_STMT && file->kind < ND_IMPORT_SPEC)
      emit_stmt(&p, file);
    else if (file->kind >= ND_IMPORT_SPEC && file->kind != ND_FUNC_DECL)
      while (file)
        file = emit_spec_group(&p, file, false);
    else if (file->kind == ND_FUNC_DECL)
      emit_func_decl(&p, file);
    else
      emit_expr(&p, file);
    return;
  }
  p.comment = file->u.file.comments;
  emit_directives(&p, file->u.file.package_name);
  emit(&p, "package ");
  emit_expr(&p, file->u.file.package_name);
  putc_buf(out, '\n');
  p.last_end = file->u.file.package_name->end;
  emit_decls(&p, file->u.file.decls);
}

/* ===================================================================
 * ast_dump — the tree, one node a line
 *
 *   FuncDecl [3:6-5:2] pragmas=noinline
 *     Name: Name [3:6-3:7] name=f
 *     Type: FuncType [3:7-3:9]
 *
 * A field holding a list labels its members Field[0], Field[1] ...
 * Everything between the brackets is a position; nothing else is.
 * =================================================================== */

static void dump_node(FILE *out, const char *label, const Node *n, int depth);

/* Literal text on one line: control bytes are written as escapes. */
static void dump_text(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n')
      fputs("\\n", out);
    else if (c == '\r')
      fputs("\\r", out);
    else if (c == '\t')
      fputs("\\t", out);
    else if (c < 0x20 || c == 0x7F)
      fprintf(out, "\\x%02x", c);
    else
      fputc(c, out);
  }
}

static void dump_pragmas(FILE *out, uint32_t pragmas) {
  static const char *const names[] = {
      "noinline",     "noescape",         "nosplit",
      "norace",       "nocheckptr",       "uintptrescapes",
      "uintptrkeepalive", "linkname",     "nowritebarrier",
      "yeswritebarrierrec", "nowritebarrierrec", "systemstack",
      "registerparams",
  };
  const char *sep = " pragmas=";
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    if (pragmas & (1u << i)) {
      fprintf(out, "%s%s", sep, names[i]);
      sep = ",";
    }
  }
}

static const char *literal_kind_name(LiteralKind kind) {
  switch (kind) {
  case LIT_INT: return "int";
  case LIT_FLOAT: return "float";
  case LIT_IMAG: return "imag";
  case LIT_RUNE: return "rune";
  case LIT_STRING: return "string";
  }
  return "?";
}

static void dump_pos(FILE *out, const char *name, Pos pos) {
  fprintf(out, " %s=%d:%d", name, (int)pos.line, (int)pos.col);
}

/* The bracketed positions, then the node's own attributes. */
static void dump_attributes(FILE *out, const Node *n) {
  fprintf(out, " [%d:%d-%d:%d", (int)n->pos.line, (int)n->pos.col,
          (int)n->end.line, (int)n->end.col);
  switch (n->kind) {
  case ND_COMPOSITE_LIT: dump_pos(out, "rbrace", n->u.composite.rbrace); break;
  case ND_BLOCK: dump_pos(out, "rbrace", n->u.block.rbrace); break;
  case ND_SWITCH_STMT: dump_pos(out, "rbrace", n->u.switch_stmt.rbrace); break;
  case ND_SELECT_STMT: dump_pos(out, "rbrace", n->u.select_stmt.rbrace); break;
  case ND_CASE_CLAUSE: dump_pos(out, "colon", n->u.case_clause.colon); break;
  case ND_COMM_CLAUSE: dump_pos(out, "colon", n->u.comm_clause.colon); break;
  default: break;
  }
  fputc(']', out);

  switch (n->kind) {
  case ND_NAME: fprintf(out, " name=%s", n->u.name.name); break;
  case ND_BASIC_LIT:
    fprintf(out, " kind=%s%s text=", literal_kind_name(n->u.lit.kind),
            n->u.lit.bad ? " bad" : "");
    dump_text(out, n->u.lit.text, n->u.lit.length);
    break;
  case ND_COMPOSITE_LIT: fprintf(out, " count=%d", n->u.composite.count); break;
  case ND_SLICE_EXPR: if (n->u.slice.full) fputs(" full", out); break;
  case ND_CALL: if (n->u.call.has_dots) fputs(" dots", out); break;
  case ND_UNARY: fprintf(out, " op=%s", token_spelling(n->u.unary.op)); break;
  case ND_BINARY: fprintf(out, " op=%s", token_spelling(n->u.binary.op)); break;
  case ND_CHAN_TYPE:
    fprintf(out, " dir=%s", n->u.chan_type.dir == CHAN_SEND   ? "send"
                            : n->u.chan_type.dir == CHAN_RECV ? "recv"
                                                              : "both");
    break;
  case ND_FIELD: if (n->u.field.embedded) fputs(" embedded", out); break;
  case ND_INC_DEC_STMT:
    fprintf(out, " op=%s", token_spelling(n->u.inc_dec.op));
    break;
  case ND_ASSIGN_STMT:
    fprintf(out, " op=%s", token_spelling(n->u.assign.op));
    break;
  case ND_BRANCH_STMT:
    fprintf(out, " op=%s", token_spelling(n->u.branch.op));
    break;
  case ND_CASE_CLAUSE:
    if (n->u.case_clause.is_default) fputs(" default", out);
    break;
  case ND_COMM_CLAUSE:
    if (n->u.comm_clause.is_default) fputs(" default", out);
    break;
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op != TK_EOF)
      fprintf(out, " op=%s", token_spelling(n->u.range_stmt.op));
    break;
  case ND_CONST_SPEC:
    fprintf(out, " group=%d iota=%d", n->u.value_spec.group,
            n->u.value_spec.iota);
    break;
  case ND_VAR_SPEC: fprintf(out, " group=%d", n->u.value_spec.group); break;
  case ND_TYPE_SPEC:
    fprintf(out, "%s group=%d", n->u.type_spec.alias ? " alias" : "",
            n->u.type_spec.group);
    break;
  case ND_FUNC_DECL: dump_pragmas(out, n->pragmas); break;
  default: break;
  }
}

typedef struct DumpContext {
  FILE *out;
  int depth;
} DumpContext;

/* One child field: a node, or a list whose members are labelled with
 * their index.  Absent children print nothing. */
static void dump_child(void *ctx, const char *label, const Node *c,
                       bool list) {
  DumpContext *d = ctx;
  if (!list) {
    if (c)
      dump_node(d->out, label, c, d->depth);
    return;
  }
  char indexed[64];
  int i = 0;
  for (; c; c = c->next, i++) {
    snprintf(indexed, sizeof indexed, "%s[%d]", label, i);
    dump_node(d->out, indexed, c, d->depth);
  }
}

static void dump_node(FILE *out, const char *label, const Node *n, int depth) {
  for (int i = 0; i < depth; i++)
    fputs("  ", out);
  if (label)
    fprintf(out, "%s: ", label);
  fputs(node_kind_name(n->kind), out);
  dump_attributes(out, n);
  fputc('\n', out);
  DumpContext d = {out, depth + 1};
  each_child(n, dump_child, &d);
}

void ast_dump(FILE *out, const Node *node) {
  if (node)
    dump_node(out, NULL, node, 0);
}

/* ===================================================================
 * ast_print_inline_body — the body gc prints after "as:" at -m=2
 *
 * gc's `can inline f with cost N as: BODY` prints the function's type and
 * its statements as its IR holds them after type checking, with the same
 * printer as its diagnostics (ast_print_expr above), so the body reads
 * like the source rewritten by gc's front end:
 *
 *   - the type has no parameter names: "func(int, int) int", and a
 *     method's receiver comes first: "method(*T) func() int";
 *   - statements are joined by "; "; nested blocks are flattened, and so
 *     is an `if` on a constant (its taken branch only); the writer drops
 *     what follows a return, a goto or a panic (up to the last label);
 *   - `var x T` is "x = <nil>", `var x = v` is "x := v"; a label is a
 *     statement of its own ("L: ; for loop");
 *   - loops print "for loop", switches "switch statement", selects
 *     "select statement"; an if's `x := v` init is not printed;
 *   - constants are folded and carry their type unless it is the default
 *     one ("x + int64(1)", "byte(97)"); implicit conversions are not
 *     printed, explicit ones with their type in parentheses unless it has
 *     a name ("([]byte)(s)");
 *   - a concrete method call is a call of the method expression with the
 *     receiver first ("(*T).sum(t)"); a field reached through embedded
 *     fields shows the path ("e.T.a"); variadic arguments are packed
 *     ("f(... argument...)", "f(nil...)");
 *   - the values of a multi-value call or comma-ok expression go through
 *     temporaries, numbered by gc's count of declarations so far
 *     (parameters, results, then each name and temporary as the body is
 *     read): `a, ok := m[k]` is "a, ok := int(.autotmp_3), .autotmp_4";
 *     so do new(x), a called operand that calls (g()(x)), and the
 *     operands a go/defer statement evaluates for its wrapper closure,
 *     whose body is the call on them ("func() { use(.autotmp_5) }").
 *
 *   - generic code takes its names from the caller (AstGenericNames):
 *     a call of a generic function is a call of its shape instance with
 *     a dictionary ("Id[go.shape.int](&.dict.Id[int], 3)"); a shape
 *     instance is printed from the generic declaration with its types
 *     spelled with the shapes and its dictionary first
 *     ("func(*[2]uintptr, go.shape.int) any { return x }"), the
 *     dictionary's length counted as gc's writer fills it (see "the
 *     dictionary of a shape instance" below); a dictionary wrapper is a
 *     call of its shape instance (ast_print_wrapper_body, at the end).
 *
 * The expression rewriting copies the tree into the form above and hands
 * it to diag_expr; the statements are walked in the order gc's reader
 * reads them, also where nothing is printed ("for loop"), to count the
 * declarations.  What goesc does not know how gc prints (types it cannot
 * spell as gc does, a dictionary it cannot count, ...) makes the whole
 * body unknown: the caller then prints nothing after "as:" rather than a
 * guess.
 * =================================================================== */

/* How the printer spells types: the package whose names go unqualified
 * (NULL: every package's, as inside type arguments), and what the caller
 * knows of generic code's names (NULL: nothing). */
typedef struct Spelling {
  const Package *pkg;
  const AstGenericNames *names;
} Spelling;

typedef struct BodyPrinter {
  Arena *arena;
  const Package *pkg;
  Spelling sp;  /* how its types are spelled */
  Type *sig;    /* the function's type (its results, for return) */
  int dcl;      /* gc's len(fn.Dcl) so far: the N of the next .autotmp_N */
  bool unknown; /* met something goesc does not print as gc does */
  int hidden;   /* inside statements gc does not print ("for loop") */
  struct DictCount *dict; /* a shape instance of a function: what its
                             dictionary holds, in the writer's order */
  const Node *wrapped;  /* printing this go/defer statement's wrapper */
  const char *wrapper;  /* ... its body, once the walk has reached it */
} BodyPrinter;

static Node *ir_expr(BodyPrinter *bp, const Node *n);
static void ir_stmts(BodyPrinter *bp, StrBuf *out, const Node *list);
static bool has_type_param(Type *t, int depth);
static bool on_type_param(const Node *x);
static bool hidden_in_shape(const BodyPrinter *bp);
static const char *subdict_text(BodyPrinter *bp, const Node *fun,
                                const Node *args, const ExprInfo *info);
static const char *tparam_method_text(BodyPrinter *bp, const Node *fun);
static Type *ir_shaped(BodyPrinter *bp, Type *t);
static bool is_unsafe_layout(const ExprInfo *info);
static Node *ir_unsafe(BodyPrinter *bp, const Node *n);

static const ExprInfo *ir_info(const BodyPrinter *bp, const Node *n) {
  return check_expr_info(bp->pkg, n);
}

static Node *ir_copy(BodyPrinter *bp, const Node *n) {
  Node *c = arena_alloc(bp->arena, sizeof *c);
  *c = *n;
  c->next = NULL;
  return c;
}

/* A node printed as the given text (diag_literal prints a "bad" literal
 * as written). */
static Node *ir_text(BodyPrinter *bp, const Node *at, const char *text) {
  Node *c = ir_copy(bp, at);
  c->kind = ND_BASIC_LIT;
  c->u.lit.kind = LIT_INT;
  c->u.lit.text = text;
  c->u.lit.length = (uint32_t)strlen(text);
  c->u.lit.bad = true;
  c->u.lit.lowest_prec = false; /* the union held another kind's fields */
  return c;
}

static const char *buf_text(BodyPrinter *bp, StrBuf *buf) {
  const char *s = arena_strndup(bp->arena, buf->data ? buf->data : "",
                                buf->length);
  strbuf_free(buf);
  return s;
}

static bool is_builtin_call(const ExprInfo *info, BuiltinId id) {
  return info && info->call_kind == CALL_BUILTIN && info->builtin == id;
}

/* Types are spelled by types_print_gc, as gc prints them.  The printer
 * names the instances of generic types and the type parameters (in a
 * shape instance: their shapes) as the caller does; without the
 * caller's names, type parameters are not known. */
static const char *generic_type_name(void *data, Type *t,
                                     TypesGcMode mode) {
  const AstGenericNames *names = data;
  bool instance = t->kind == TY_NAMED && t->u.named.targ_count > 0;
  if (t->kind != TY_TYPEPARAM && !instance)
    return NULL;
  bool known = names && names->type_name && mode == TYPES_GC_GO;
  if (instance) {
    const Object *obj = t->u.named.obj;
    if (!obj->pkg || obj->parent != obj->pkg->scope)
      return ""; /* declared in a body: in a generic one, its instances
                    carry the enclosing type arguments too */
    if (!known)
      return NULL; /* types_print_gc's Box[main.T] */
  }
  const char *text = known ? names->type_name(names->data, t) : NULL;
  return text ? text : "";
}

/* A type as gc spells it; false for one goesc cannot spell. */
static bool gc_type(StrBuf *out, const Spelling *sp, Type *t) {
  TypesGcNamer namer = {sp->pkg, generic_type_name, (void *)sp->names};
  return types_print_gc(out, t, TYPES_GC_GO, &namer);
}

/* func(int, string) (bool, error): gc's signatures carry no names. */
static bool gc_signature(StrBuf *out, const Spelling *sp, Type *sig) {
  TypesGcNamer namer = {sp->pkg, generic_type_name, (void *)sp->names};
  return types_print_gc_signature(out, sig, TYPES_GC_GO, &namer);
}

/* gc names a type in a conversion T(x) as is when it has a name, and in
 * parentheses otherwise: "([]byte)(s)", "(*int)(p)". */
static bool gc_conversion_type(StrBuf *out, const Spelling *sp, Type *t) {
  bool named = t && (t->kind == TY_NAMED || t->kind == TY_TYPEPARAM ||
                     (t->kind > TY_INVALID && t->kind <= TY_UNSAFE_POINTER) ||
                     (t->kind == TY_INTERFACE && t->u.iface.is_any));
  if (!named)
    putc_buf(out, '(');
  if (!gc_type(out, sp, t))
    return false;
  if (!named)
    putc_buf(out, ')');
  return true;
}

/* The text of type t as gc spells it (in a conversion: parenthesized
 * unless it has a name); a type gc_type cannot spell makes the body
 * unknown. */
static const char *ir_type_text(BodyPrinter *bp, Type *t, bool conversion) {
  StrBuf buf = {0};
  if (!(conversion ? gc_conversion_type(&buf, &bp->sp, t)
                   : gc_type(&buf, &bp->sp, t)))
    bp->unknown = true;
  return buf_text(bp, &buf);
}

/* A folded constant as gc prints it: its value, wrapped in a conversion
 * to its type unless that is the default type of the value's kind;
 * runes (of type rune, or untyped) as quoted characters. */
static bool gc_constant(StrBuf *out, const Spelling *sp, Type *t,
                        const Value *v) {
  int64_t r;
  if (t && (t == types_rune || t->kind == TY_UNTYPED_RUNE) &&
      v->kind == VAL_INT && value_get_int64(v, &r) && r >= 0 &&
      r <= 0x10FFFF) {
    putc_buf(out, '\'');
    quote_rune(out, (uint32_t)r, '\'');
    putc_buf(out, '\'');
    return true;
  }
  TypeKind def = v->kind == VAL_BOOL     ? TY_BOOL
                 : v->kind == VAL_STRING ? TY_STRING
                 : v->kind == VAL_INT    ? TY_INT
                 : v->kind == VAL_FLOAT  ? TY_FLOAT64
                                         : TY_COMPLEX128;
  bool typed = t && !types_is_untyped(t) && t->kind != def;
  if (v->kind == VAL_UNKNOWN)
    return false;
  if (typed) {
    if (!gc_type(out, sp, t))
      return false;
    putc_buf(out, '(');
  }
  switch (v->kind) {
  case VAL_STRING: ast_quote_string(out, v->str, v->str_len, true); break;
  case VAL_BOOL: strbuf_puts(out, v->b ? "true" : "false"); break;
  case VAL_INT: value_print_exact(out, v); break;
  default: value_print(out, v); break;
  }
  if (typed)
    putc_buf(out, ')');
  return true;
}

static Node *ir_unknown(BodyPrinter *bp, const Node *n) {
  bp->unknown = true;
  return ir_copy(bp, n);
}

static Node *ir_list(BodyPrinter *bp, const Node *list) {
  Node *head = NULL, **tail = &head;
  for (const Node *x = list; x; x = x->next) {
    *tail = ir_expr(bp, x);
    tail = &(*tail)->next;
  }
  return head;
}

static Node *ir_append(Node *list, Node *x) {
  Node **tail = &list;
  while (*tail)
    tail = &(*tail)->next;
  *tail = x;
  return list;
}

/* The temporaries gc's reader makes for the values of a multi-value
 * expression `n` assigned to `count` destinations of types dst (NULL: no
 * conversion): the first is wrapped in a conversion to its own type that
 * holds the assignment, unless it is converted to its destination (which
 * is implicit, so not printed). */
static Node *ir_temps(BodyPrinter *bp, const Node *n, Type **types,
                      Type **dst, int count) {
  Node *head = NULL;
  /* its own temporaries come first; of x.(T) only x's, which is all
   * that is printed of it (in a shape instance T may come from the
   * dictionary, a DYNAMICDOTTYPE) */
  const Node *x = unparen(n);
  (void)ir_expr(bp, x->kind == ND_TYPE_ASSERT ? x->u.assert.x : n);
  int first = bp->dcl;
  bp->dcl += count;
  for (int i = 0; i < count; i++) {
    StrBuf buf = {0};
    bool converted = dst && dst[i] && !types_identical(dst[i], types[i]);
    if (i == 0 && !converted) {
      if (!gc_conversion_type(&buf, &bp->sp, types[i]))
        bp->unknown = true;
      strbuf_printf(&buf, "(.autotmp_%d)", first);
    } else {
      strbuf_printf(&buf, ".autotmp_%d", first + i);
    }
    head = ir_append(head, ir_text(bp, n, buf_text(bp, &buf)));
  }
  return head;
}

/* The types of the values of a multi-value expression: a call's results,
 * or a comma-ok form's value and bool. */
static int value_types(const Node *n, Type **types, int max) {
  n = unparen(n);
  if (n->type && n->type->kind == TY_TUPLE) {
    int count = n->type->u.tuple.count;
    for (int i = 0; i < count && i < max; i++)
      types[i] = n->type->u.tuple.vars[i]->type;
    return count <= max ? count : 0;
  }
  if (max < 2)
    return 0;
  types[0] = n->type;
  types[1] = types_basic[TY_BOOL];
  return 2;
}

/* Is the method selected an interface's (called dynamically), also when
 * promoted from an embedded interface field? */
static bool is_interface_method(const Selection *s) {
  const Object *m = s->obj;
  return s->via_interface || types_is_interface(s->recv) || !m ||
         m->kind != OBJ_FUNC || !m->type || !m->type->u.func.recv ||
         types_is_interface(m->type->u.func.recv->type);
}

/* x's path to a field or method promoted through embedded fields,
 * spelled out: x.T.a (x already printed, n the selector).  NULL, the body
 * unknown, when the path cannot be followed. */
static Node *ir_embedded_path(BodyPrinter *bp, const Node *n, Node *x,
                              const Selection *s) {
  Type *t = n->u.selector.x->type;
  for (int i = 0; i < s->depth - 1 && t; i++) {
    Type *u = types_under(t);
    if (u->kind == TY_POINTER)
      u = types_under(u->u.pointer.elem);
    if (u->kind != TY_STRUCT || s->path[i] >= u->u.strct.field_count) {
      bp->unknown = true;
      return NULL;
    }
    Object *f = u->u.strct.fields[s->path[i]];
    Node *sel = ir_copy(bp, n);
    sel->u.selector.x = x;
    sel->u.selector.sel = ir_copy(bp, n->u.selector.sel);
    sel->u.selector.sel->u.name.name = f->name;
    x = sel;
    t = f->type;
  }
  return x;
}

/* x.M(args) with M a concrete method: M's method expression called with
 * the receiver first (*recv_out), reached through the embedded fields of
 * a promoted method (the implicit & or * that fits it to M is not
 * printed).  An interface method keeps x.M, with *recv_out NULL.  False
 * when the call is not a method call. */
static bool ir_method_call(BodyPrinter *bp, Node *c, const Node *n,
                           Node **recv_out) {
  const Node *fun = unparen(n->u.call.fun);
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? ir_info(bp, fun) : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  if (!s || s->kind != SEL_METHOD_VALUE)
    return false;
  if (on_type_param(fun->u.selector.x)) {
    bp->unknown = true; /* through the dictionary */
    return true;
  }
  if (is_interface_method(s)) {
    /* an interface call, also through an embedded interface: x.I.M()
     * (not converted as a method value is: ir_shaped_method_value) */
    if (has_type_param(fun->u.selector.x->type, 0)) {
      bp->unknown = true;
      return true;
    }
    c->u.call.fun = ir_expr(bp, fun);
    return true;
  }
  Type *rt = s->obj->type->u.func.recv->type;
  Node *recv = ir_embedded_path(bp, fun, ir_expr(bp, fun->u.selector.x), s);
  if (!recv)
    return true;
  StrBuf buf = {0};
  bool ptr = rt && rt->kind == TY_POINTER;
  strbuf_puts(&buf, ptr ? "(" : "");
  if (!gc_type(&buf, &bp->sp, rt))
    bp->unknown = true;
  strbuf_printf(&buf, "%s.%s", ptr ? ")" : "", s->obj->name);
  c->u.call.fun = ir_text(bp, fun, buf_text(bp, &buf));
  *recv_out = recv;
  return true;
}

/* Does evaluating n call or receive?  gc then evaluates a called function
 * operand, or an interface method's receiver, into a temporary first
 * (typecheck.RewriteNonNameCall). */
static bool ir_calls_or_receives(const BodyPrinter *bp, const Node *n) {
  if (!n)
    return false;
  const ExprInfo *info = ir_info(bp, n);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_TYPEXPR))
    return false;
  switch (n->kind) {
  case ND_CALL:
    if (!info)
      return false;
    if (info->call_kind == CALL_CONVERSION || is_builtin_call(info, BI_NEW))
      return ir_calls_or_receives(bp, n->u.call.args);
    return true;
  case ND_UNARY:
    return n->u.unary.op == TK_ARROW || ir_calls_or_receives(bp, n->u.unary.x);
  case ND_PAREN: case ND_IMPLICIT_CONV:
    return ir_calls_or_receives(bp, n->u.paren.x);
  case ND_SELECTOR: return ir_calls_or_receives(bp, n->u.selector.x);
  case ND_INDEX:
    return ir_calls_or_receives(bp, n->u.index.x) ||
           ir_calls_or_receives(bp, n->u.index.index);
  case ND_SLICE_EXPR:
    return ir_calls_or_receives(bp, n->u.slice.x) ||
           ir_calls_or_receives(bp, n->u.slice.low) ||
           ir_calls_or_receives(bp, n->u.slice.high) ||
           ir_calls_or_receives(bp, n->u.slice.max);
  case ND_TYPE_ASSERT: return ir_calls_or_receives(bp, n->u.assert.x);
  case ND_BINARY:
    return ir_calls_or_receives(bp, n->u.binary.x) ||
           ir_calls_or_receives(bp, n->u.binary.y);
  case ND_KEY_VALUE:
    return ir_calls_or_receives(bp, n->u.key_value.key) ||
           ir_calls_or_receives(bp, n->u.key_value.value);
  case ND_COMPOSITE_LIT:
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      if (ir_calls_or_receives(bp, e))
        return true;
    return false;
  default:
    return false;
  }
}

/* string(x) with x a slice of a defined byte or rune type: gc converts x
 * to []byte or []rune first: string(([]byte)(x)).  In a shape instance
 * by the shapes: the shape of []MyByte is go.shape.[]main.MyByte. */
static void ir_string_of_named_elems(BodyPrinter *bp, const Node *n,
                                     Node *c) {
  const Node *x = unparen(n->u.call.args);
  Type *xt = x ? ir_shaped(bp, x->type) : NULL;
  Type *nt = ir_shaped(bp, n->type);
  if (x && (!xt || !nt)) {
    bp->unknown = true;
    return;
  }
  Type *xu = x && nt && types_is_string(nt) ? types_under(xt) : NULL;
  if (!xu || xu->kind != TY_SLICE || xu->u.slice.elem->kind != TY_NAMED)
    return;
  Type *eu = types_under(xu->u.slice.elem);
  const char *via = eu->kind == TY_UINT8   ? "([]byte)"
                    : eu->kind == TY_INT32 ? "([]rune)"
                                           : NULL;
  if (!via)
    return;
  StrBuf buf = {0};
  strbuf_printf(&buf, "%s(", via);
  diag_expr(&buf, c->u.call.args, 0);
  putc_buf(&buf, ')');
  c->u.call.args = ir_text(bp, x, buf_text(bp, &buf));
}

/* A call of a builtin: new(expr) is `tmp := expr; &tmp`, a multi-value
 * argument goes through temporaries, and a few are missing from gc's
 * printer. */
static Node *ir_builtin(BodyPrinter *bp, const Node *n, Node *c,
                        const ExprInfo *info) {
  const Node *a = n->u.call.args;
  switch (info->builtin) {
  case BI_NEW: {
    const ExprInfo *ai = ir_info(bp, a);
    if (ai && ai->mode == MODE_TYPEXPR && has_type_param(a->type, 0)) {
      /* the type comes from the dictionary */
      c->u.call.fun = ir_copy(bp, n->u.call.fun);
      c->u.call.args = ir_text(bp, a, "<node DYNAMICTYPE>");
      return c;
    }
    if (ai && ai->mode == MODE_TYPEXPR)
      break;
    (void)ir_expr(bp, a);
    c->kind = ND_UNARY;
    c->u.unary.op = TK_AND;
    c->u.unary.x = ir_text(bp, n, arena_printf(bp->arena, ".autotmp_%d",
                                               bp->dcl++));
    return c;
  }
  case BI_STRING: case BI_STRINGDATA: case BI_SLICEDATA: {
    const char *name = info->builtin == BI_STRING       ? "String"
                       : info->builtin == BI_STRINGDATA ? "StringData"
                                                        : "SliceData";
    (void)ir_list(bp, a);
    return ir_text(bp, n, arena_printf(bp->arena, "<node unsafe.%s>", name));
  }
  case BI_RECOVER:
    return ir_unknown(bp, n);
  default:
    break;
  }
  c->u.call.fun = ir_copy(bp, n->u.call.fun);
  Type *types[16];
  int count;
  if (a && !a->next && a->type && a->type->kind == TY_TUPLE &&
      (count = value_types(a, types, 16)) > 0)
    c->u.call.args = ir_temps(bp, a, types, NULL, count);
  else /* make's type keeps its Type, for call_prec */
    c->u.call.args = ir_list(bp, a);
  return c;
}

/* The arguments of a call of a function or method: a multi-value one
 * goes through temporaries, variadic ones are packed.  NULL (and the body
 * unknown) when they cannot be told. */
static Node *ir_args(BodyPrinter *bp, const Node *n, const ExprInfo *info,
                     Type *ft) {
  const Node *a = n->u.call.args;
  Node *args = NULL;
  if (a && !a->next && a->type && a->type->kind == TY_TUPLE) {
    Type *types[16], *dst[16];
    int count = value_types(a, types, 16);
    if (count == 0 || !ft || ft->kind != TY_FUNC) {
      bp->unknown = true;
      return NULL;
    }
    for (int i = 0; i < count; i++)
      dst[i] = i < ft->u.func.params->u.tuple.count
                   ? ft->u.func.params->u.tuple.vars[i]->type : NULL;
    args = ir_temps(bp, a, types, dst, count);
    if (info->has_variadic_slice) { /* the temporaries are packed */
      Node **tail = &args;
      for (int i = 0; *tail && i < info->variadic_index; i++)
        tail = &(*tail)->next;
      *tail = ir_text(bp, n, *tail ? "... argument..." : "nil...");
    }
    return args;
  }
  if (!info->has_variadic_slice || n->u.call.has_dots)
    return ir_list(bp, a);
  for (int i = 0; a && i < info->variadic_index; a = a->next, i++)
    args = ir_append(args, ir_expr(bp, a));
  for (const Node *p = a; p; p = p->next)
    (void)ir_expr(bp, p);
  return ir_append(args, ir_text(bp, n, a ? "... argument..." : "nil..."));
}

/* Is `t` an instance of a generic type, or a pointer to one? */
static bool is_instance(Type *t) {
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  return t && t->kind == TY_NAMED &&
         (t->u.named.targ_count > 0 || t->u.named.tparam_count > 0);
}

/* Does t mention a type parameter?  In a shape instance gc reaches what
 * depends on one through the dictionary, and prints that its own way. */
static bool has_type_param(Type *t, int depth) {
  if (!t || depth > 32)
    return false;
  switch (t->kind) {
  case TY_TYPEPARAM: return true;
  case TY_NAMED:
    for (int i = 0; i < t->u.named.targ_count; i++)
      if (has_type_param(t->u.named.targs[i], depth + 1))
        return true;
    return false;
  case TY_POINTER: return has_type_param(t->u.pointer.elem, depth + 1);
  case TY_SLICE: return has_type_param(t->u.slice.elem, depth + 1);
  case TY_ARRAY: return has_type_param(t->u.array.elem, depth + 1);
  case TY_CHAN: return has_type_param(t->u.chan.elem, depth + 1);
  case TY_MAP:
    return has_type_param(t->u.map.key, depth + 1) ||
           has_type_param(t->u.map.elem, depth + 1);
  case TY_FUNC:
    return has_type_param(t->u.func.params, depth + 1) ||
           has_type_param(t->u.func.results, depth + 1);
  case TY_TUPLE:
    for (int i = 0; i < t->u.tuple.count; i++)
      if (has_type_param(t->u.tuple.vars[i]->type, depth + 1))
        return true;
    return false;
  case TY_STRUCT:
    for (int i = 0; i < t->u.strct.field_count; i++)
      if (has_type_param(t->u.strct.fields[i]->type, depth + 1))
        return true;
    return false;
  case TY_INTERFACE: /* interface { foo() T } */
    for (int i = 0; i < t->u.iface.method_count; i++)
      if (has_type_param(t->u.iface.methods[i]->type, depth + 1))
        return true;
    for (int i = 0; i < t->u.iface.embedded_count; i++)
      if (has_type_param(t->u.iface.embedded[i], depth + 1))
        return true;
    return false;
  case TY_UNION:
    for (int i = 0; i < t->u.uni.count; i++)
      if (has_type_param(t->u.uni.terms[i].type, depth + 1))
        return true;
    return false;
  default:
    return false;
  }
}

/* Is x (a selector's operand) of a type parameter, or a pointer to one?
 * Its methods are called through the dictionary:
 * (func(go.shape.int) string)(&.dict[0])(x). */
static bool on_type_param(const Node *x) {
  Type *t = x ? x->type : NULL;
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  return t && t->kind == TY_TYPEPARAM;
}

/* The dictionary's key of method x.M, x on a type parameter: the
 * parameter's place and the method, as gc's writer keys it, so a call
 * and a method value share the word, and so do a generic type's
 * methods (each has receiver type parameters of its own). */
static const char *tparam_method_key(Arena *arena, const Node *sel) {
  Type *t = sel->u.selector.x->type;
  if (t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  return arena_printf(arena, "%d.%s", t->u.tparam.index,
                      sel->u.selector.sel->u.name.name);
}

/* Does the call's function operand name a generic function's instance
 * (F[int]) or a method of a generic type's instance (b.Get with b a
 * Box[int])?  gc calls their shape instances with a dictionary. */
static bool calls_generic(const BodyPrinter *bp, const Node *fun) {
  if (fun->kind == ND_INDEX) {
    Type *xt = fun->u.index.x->type;
    return xt && xt->kind == TY_FUNC && xt->u.func.tparam_count > 0;
  }
  const ExprInfo *info = fun->kind == ND_SELECTOR ? ir_info(bp, fun) : NULL;
  const Selection *s = info ? info->selection : NULL;
  if (!s || s->kind == SEL_QUALIFIED || s->kind == SEL_FIELD)
    return false;
  const Object *m = s->obj;
  return m && m->kind == OBJ_FUNC && m->type && m->type->u.func.recv &&
         is_instance(m->type->u.func.recv->type);
}

/* A call of a generic function or method: gc calls its shape instance
 * with the dictionary, after the receiver of a method:
 * F[go.shape.int](&.dict.F[int], x), (*T[go.shape.int]).M(t,
 * &.dict.T[int]), a promoted method's receiver spelled out (w.T).  The
 * names come from the caller. */
static Node *ir_generic_call(BodyPrinter *bp, const Node *n, Node *c,
                             const ExprInfo *info) {
  const AstGenericNames *names = bp->sp.names;
  const Node *fun = unparen(n->u.call.fun);
  const char *callee = NULL, *dict = NULL;
  bool known = names && names->call_text &&
               names->call_text(names->data, fun, &callee, &dict);
  if (known && !dict) {
    /* in a shape instance, with a sub-dictionary:
     * Inner[go.shape.int]((*[2]uintptr)(.dict[0]), x) */
    dict = subdict_text(bp, fun, n->u.call.args, info);
    known = dict != NULL;
  } else if (known) {
    dict = arena_printf(bp->arena, "&%s", dict);
  }
  if (!known) {
    if (!hidden_in_shape(bp))
      return ir_unknown(bp, n);
    callee = "?", dict = "?";
  }
  Node *args = NULL;
  if (fun->kind == ND_SELECTOR) {
    const ExprInfo *finfo = ir_info(bp, fun);
    const Selection *s = finfo ? finfo->selection : NULL;
    if (!s || s->kind != SEL_METHOD_VALUE)
      return ir_unknown(bp, n);
    args = ir_embedded_path(bp, fun, ir_expr(bp, fun->u.selector.x), s);
    if (!args)
      return ir_copy(bp, n);
  }
  args = ir_append(args, ir_text(bp, n, dict));
  c->u.call.fun = ir_text(bp, fun, callee);
  c->u.call.args = ir_append(
      args, ir_args(bp, n, info, fun->type ? types_under(fun->type) : NULL));
  return c;
}

static Node *ir_call(BodyPrinter *bp, const Node *n) {
  Node *c = ir_copy(bp, n);
  const ExprInfo *info = ir_info(bp, n);
  if (!info)
    return ir_unknown(bp, n);
  const Node *fun = unparen(n->u.call.fun);
  if (info->call_kind == CALL_CONVERSION) {
    long runes = check_constant_runes(bp->pkg, n->type, n->u.call.args);
    if (runes >= 0) {
      /* []rune("héllo"): the front end makes it a slice literal */
      const char *type = ir_type_text(bp, n->type, false);
      return ir_text(bp, n, arena_printf(bp->arena, "%s{%s}", type,
                                         runes > 0 ? "..." : ""));
    }
    c->u.call.fun = ir_text(bp, fun, ir_type_text(bp, n->type, true));
    c->u.call.args = ir_list(bp, n->u.call.args);
    ir_string_of_named_elems(bp, n, c);
    return c;
  }
  if (is_unsafe_layout(info)) /* the checker's Sizeof of a type parameter */
    return ir_unsafe(bp, n);
  if (info->call_kind == CALL_BUILTIN)
    return ir_builtin(bp, n, c, info);
  if (info->targ_count > 0 || calls_generic(bp, fun))
    return ir_generic_call(bp, n, c, info);
  if (fun->kind == ND_SELECTOR && on_type_param(fun->u.selector.x)) {
    /* (func(go.shape.int) string)(&.dict[0])(x): not modeled, but
     * where it is not printed */
    const char *text = bp->hidden ? NULL : tparam_method_text(bp, fun);
    if ((!text && !hidden_in_shape(bp)) ||
        ir_calls_or_receives(bp, fun->u.selector.x))
      return ir_unknown(bp, n);
    c->u.call.fun = text ? ir_text(bp, fun, text) : ir_copy(bp, fun);
    c->u.call.args = ir_append(ir_expr(bp, fun->u.selector.x),
                               ir_args(bp, n, info, types_under(fun->type)));
    return c;
  }
  /* the function operand, then the arguments */
  bool temp_fun = false, temp_recv = false;
  Node *recv = NULL;
  if (!ir_method_call(bp, c, n, &recv)) {
    temp_fun = ir_calls_or_receives(bp, fun);
    c->u.call.fun = ir_expr(bp, fun);
  } else if (!recv) { /* an interface method: i.M(args) */
    const ExprInfo *finfo = ir_info(bp, fun);
    Selection *s = finfo ? finfo->selection : NULL;
    temp_recv = ir_calls_or_receives(bp, fun->u.selector.x);
    if (temp_recv && (!s || s->depth > 1 ||
                      c->u.call.fun->kind != ND_SELECTOR))
      return ir_unknown(bp, n);
  }
  Node *args = ir_args(bp, n, info, fun->type ? types_under(fun->type) : NULL);
  c->u.call.args = recv ? ir_append(recv, args) : args;
  /* the temporary is declared after the arguments are read */
  if (temp_fun)
    c->u.call.fun = ir_text(bp, fun, arena_printf(bp->arena, ".autotmp_%d",
                                                  bp->dcl++));
  if (temp_recv)
    c->u.call.fun->u.selector.x = ir_text(
        bp, fun, arena_printf(bp->arena, ".autotmp_%d", bp->dcl++));
  return c;
}

/* A method expression T.M of an instance of a generic type with
 * derived type arguments, in a shape instance: gc's reader makes it a
 * closure (printed "func literal") over the method's sub-dictionary,
 * which it evaluates into a temporary here.  The closure, when it is
 * the one printed (bp->wrapped), calls the shaped method with its
 * parameters, named ~pN, the dictionary second and the implicit * of
 * the receiver not shown:
 * func(*s[go.shape.int], go.shape.int) { s[go.shape.int].set(~p0,
 * .autotmp_6, ~p1) }. */
static Node *ir_method_closure(BodyPrinter *bp, const Node *n,
                               const Selection *s) {
  const Object *m = s ? s->obj : NULL;
  Type *sig = m && m->kind == OBJ_FUNC ? m->type : NULL;
  Type *ft = n->type;
  if (!s || s->kind != SEL_METHOD_EXPR || s->via_interface ||
      s->depth != 1 || !sig || sig->kind != TY_FUNC || !sig->u.func.recv ||
      sig->u.func.variadic || sig->u.func.results->u.tuple.count > 1 ||
      !ft || ft->kind != TY_FUNC || !bp->sp.names)
    return ir_unknown(bp, n);
  Type *rt = sig->u.func.recv->type;
  bool ptr = rt && rt->kind == TY_POINTER;
  Type *named = ptr ? rt->u.pointer.elem : rt;
  if (!named || named->kind != TY_NAMED || named->u.named.targ_count == 0)
    return ir_unknown(bp, n);
  int dict = bp->dcl++;
  if (n != bp->wrapped)
    return ir_text(bp, n, "func literal");
  StrBuf out = {0};
  bool ok = gc_signature(&out, &bp->sp, ft);
  strbuf_printf(&out, " { %s%s",
                sig->u.func.results->u.tuple.count ? "return " : "",
                ptr ? "(*" : "");
  /* the receiver's instance as the expression wrote it (the method's
   * own receiver type is the generic one's) */
  Type *xt = s->recv && s->recv->kind == TY_POINTER ? s->recv->u.pointer.elem
                                                    : s->recv;
  ok = ok && gc_type(&out, &bp->sp, xt);
  strbuf_printf(&out, "%s.%s(~p0, .autotmp_%d", ptr ? ")" : "", m->name,
                dict);
  for (int i = 1; i < ft->u.func.params->u.tuple.count; i++)
    strbuf_printf(&out, ", ~p%d", i);
  strbuf_puts(&out, ") }");
  if (!ok)
    bp->unknown = true;
  bp->wrapper = buf_text(bp, &out);
  return ir_text(bp, n, "func literal");
}

/* x.M not called, with x's type mentioning the type parameters.  Of an
 * interface (not a type parameter): gc's reader converts the receiver,
 * whose type has shapes, to the method's receiver type, the same one,
 * so it reads I[go.shape.string](b.I).put.  The others are closures
 * over the dictionary, not modeled. */
static Node *ir_shaped_method_value(BodyPrinter *bp, const Node *n,
                                    const Selection *s) {
  /* the type x.M's method is taken from: x's, or the embedded field's */
  Type *rt = types_selection_holder(n->u.selector.x->type, s);
  if (on_type_param(n->u.selector.x) || !rt || !types_is_interface(rt) ||
      rt->kind == TY_TYPEPARAM || !is_interface_method(s))
    return ir_unknown(bp, n); /* a method value through the dictionary */
  Node *x = ir_embedded_path(bp, n, ir_expr(bp, n->u.selector.x), s);
  if (!x)
    return ir_copy(bp, n);
  Node *c = ir_copy(bp, n);
  c->u.selector.x = x;
  if (!has_type_param(rt, 0))
    return c; /* b.Stringer.String: no shape, no conversion */
  StrBuf buf = {0};
  strbuf_printf(&buf, "%s(", ir_type_text(bp, rt, true));
  diag_expr(&buf, x, 0);
  putc_buf(&buf, ')');
  c->u.selector.x = ir_text(bp, n->u.selector.x, buf_text(bp, &buf));
  return c;
}

/* A selector through embedded fields spells out the path: e.T.a. */
static Node *ir_selector(BodyPrinter *bp, const Node *n) {
  Node *c = ir_copy(bp, n);
  const ExprInfo *info = ir_info(bp, n);
  Selection *s = info ? info->selection : NULL;
  const ExprInfo *xinfo = ir_info(bp, n->u.selector.x);
  if (xinfo && xinfo->mode == MODE_TYPEXPR) {
    /* a method expression: gc's OTYPE of a pointer binds like a *x */
    Type *t = n->u.selector.x->type;
    if (has_type_param(t, 0) && !on_type_param(n->u.selector.x))
      return ir_method_closure(bp, n, s);
    if ((is_instance(t) && !bp->sp.names) || has_type_param(t, 0))
      return ir_unknown(bp, n); /* gc names the wrapper: (*T[int]).M */
    const char *text = ir_type_text(bp, t, false);
    if (t && t->kind == TY_POINTER)
      text = arena_printf(bp->arena, "(%s)", text);
    c->u.selector.x = ir_text(bp, n->u.selector.x, text);
    return c;
  }
  if (s && s->kind == SEL_METHOD_VALUE &&
      (on_type_param(n->u.selector.x) ||
       has_type_param(n->u.selector.x->type, 0)))
    return ir_shaped_method_value(bp, n, s);
  Node *x = ir_expr(bp, n->u.selector.x);
  if (s && s->kind != SEL_QUALIFIED) {
    x = ir_embedded_path(bp, n, x, s);
    if (!x)
      return ir_copy(bp, n);
  }
  c->u.selector.x = x;
  return c;
}

/* ---- unsafe.Sizeof, Alignof and Offsetof in generic bodies ----
 *
 * The checker folds unsafe.Sizeof(x) to a constant unless the size of
 * x's type varies with a type parameter (the parameter itself, an array
 * or struct holding one by value); Offsetof(s.f) likewise by the struct
 * of s.  gc's writer writes those others as the type alone (x is not
 * evaluated, nothing goes in the dictionary), and its reader makes them
 * the constant of the shape's layout: uintptr(48) in the shape instance
 * for [3]string.  What surrounds them is no constant (uintptr(8) +
 * uintptr(1)); what the checker folded prints as the constant it is
 * (Sizeof(&x) + 1 is uintptr(9)). */

/* Type t as a shape instance has it (its type parameters replaced by
 * their shapes); NULL when not known. */
static Type *ir_shaped(BodyPrinter *bp, Type *t) {
  const AstGenericNames *names = bp->sp.names;
  if (!has_type_param(t, 0))
    return t;
  return names && names->shape_type ? names->shape_type(names->data, t)
                                    : NULL;
}

static bool is_unsafe_layout(const ExprInfo *info) {
  return is_builtin_call(info, BI_SIZEOF) ||
         is_builtin_call(info, BI_ALIGNOF) ||
         is_builtin_call(info, BI_OFFSETOF);
}


/* The type whose layout unsafe call n reads: the operand's of Sizeof
 * and Alignof; of Offsetof(s.f), s's (through a pointer), with the
 * selection in *sel.  NULL when not known. */
static Type *unsafe_base(const BodyPrinter *bp, const Node *n,
                         const Selection **sel) {
  const Node *arg = unparen(n->u.call.args);
  *sel = NULL;
  if (!arg)
    return NULL;
  if (!is_builtin_call(ir_info(bp, n), BI_OFFSETOF))
    return arg->type;
  const ExprInfo *si = arg->kind == ND_SELECTOR ? ir_info(bp, arg) : NULL;
  const Selection *s = si ? si->selection : NULL;
  if (!s || s->kind != SEL_FIELD || !s->recv)
    return NULL;
  *sel = s;
  Type *t = s->recv;
  return t->kind == TY_POINTER ? t->u.pointer.elem : t;
}

/* unsafe call n as gc's reader makes it in a shape instance: the
 * constant of the layout with the shapes, uintptr(16). */
static Node *ir_unsafe(BodyPrinter *bp, const Node *n) {
  const Selection *s;
  Type *t = ir_shaped(bp, unsafe_base(bp, n, &s));
  if (!t || check_has_var_size(t))
    return ir_unknown(bp, n);
  int64_t v = 0;
  if (!s) {
    v = is_builtin_call(ir_info(bp, n), BI_SIZEOF) ? types_sizeof(t)
                                                   : types_alignof(t);
  } else { /* the offsets along the path of embedded fields */
    for (int i = 0; i < s->depth; i++) {
      Type *u = types_under(t);
      if (u->kind != TY_STRUCT || s->path[i] >= u->u.strct.field_count)
        return ir_unknown(bp, n);
      v += types_offsetof(u, s->path[i]);
      t = u->u.strct.fields[s->path[i]]->type;
    }
  }
  if (v < 0) /* too large */
    return ir_unknown(bp, n);
  return ir_text(bp, n, arena_printf(bp->arena, "uintptr(%lld)",
                                     (long long)v));
}

/* Does constant expression n call unsafe.Sizeof or the like? */
static bool has_unsafe_call(const BodyPrinter *bp, const Node *n) {
  n = unparen(n);
  if (!n)
    return false;
  switch (n->kind) {
  case ND_UNARY: return has_unsafe_call(bp, n->u.unary.x);
  case ND_BINARY:
    return has_unsafe_call(bp, n->u.binary.x) ||
           has_unsafe_call(bp, n->u.binary.y);
  case ND_CALL: {
    const ExprInfo *info = ir_info(bp, n);
    return is_unsafe_layout(info) ||
           (info && info->call_kind == CALL_CONVERSION &&
            has_unsafe_call(bp, n->u.call.args));
  }
  default: return false;
  }
}

/* Does constant expression n call anything else (len(a), a conversion
 * of constants alone)?  How gc prints those in generic code is not
 * known. */
static bool calls_beyond_unsafe(const BodyPrinter *bp, const Node *n) {
  n = unparen(n);
  if (!n)
    return false;
  switch (n->kind) {
  case ND_UNARY: return calls_beyond_unsafe(bp, n->u.unary.x);
  case ND_BINARY:
    return calls_beyond_unsafe(bp, n->u.binary.x) ||
           calls_beyond_unsafe(bp, n->u.binary.y);
  case ND_CALL: {
    const ExprInfo *info = ir_info(bp, n);
    if (is_unsafe_layout(info))
      return false;
    return !info || info->call_kind != CALL_CONVERSION ||
           has_type_param(n->type, 0) ||
           !has_unsafe_call(bp, n->u.call.args) ||
           calls_beyond_unsafe(bp, n->u.call.args);
  }
  default: return false;
  }
}

/* A copy of expression n in the form gc's IR has it (see the section
 * comment), for diag_expr. */
static Node *ir_expr(BodyPrinter *bp, const Node *n) {
  if (!n)
    return NULL;
  const ExprInfo *info = ir_info(bp, n);
  if (info && info->mode == MODE_TYPEXPR)
    return ir_text(bp, n, ir_type_text(bp, n->type, false));
  if (info && info->mode == MODE_CONSTANT && info->value) {
    if (bp->sig && (bp->sig->u.func.tparam_count ||
                    bp->sig->u.func.rtparam_count) &&
        calls_beyond_unsafe(bp, n))
      return ir_unknown(bp, n);
    StrBuf buf = {0};
    if (!gc_constant(&buf, &bp->sp, n->type, info->value))
      bp->unknown = true;
    return ir_text(bp, n, buf_text(bp, &buf));
  }
  Node *c;
  switch (n->kind) {
  case ND_PAREN: case ND_IMPLICIT_CONV:
    return ir_expr(bp, n->u.paren.x); /* gc re-parenthesizes by precedence */
  case ND_NAME: {
    /* another package's function named without a selector (a dot
     * import, the runtime helpers of a range-over-func rewrite) is
     * qualified in gc's IR: runtime.panicrangestate */
    const Object *obj = n->u.name.object;
    if (obj && obj->kind == OBJ_FUNC && obj->pkg && obj->pkg != bp->pkg)
      return ir_text(bp, n, arena_printf(bp->arena, "%s.%s", obj->pkg->name,
                                         obj->name));
    return ir_copy(bp, n);
  }
  case ND_FUNC_LIT:
    return ir_copy(bp, n);
  case ND_CALL:
    return ir_call(bp, n);
  case ND_SELECTOR:
    return ir_selector(bp, n);
  case ND_UNARY:
    c = ir_copy(bp, n);
    c->u.unary.x = ir_expr(bp, n->u.unary.x);
    return c;
  case ND_BINARY:
    c = ir_copy(bp, n);
    c->u.binary.x = ir_expr(bp, n->u.binary.x);
    c->u.binary.y = ir_expr(bp, n->u.binary.y);
    c->u.binary.concat = n->u.binary.op == TK_ADD && n->type &&
                         types_is_string(n->type); /* gc's OADDSTR */
    return c;
  case ND_INDEX:
    if (n->u.index.index && n->u.index.index->next)
      return ir_unknown(bp, n); /* an instantiation */
    c = ir_copy(bp, n);
    c->u.index.x = ir_expr(bp, n->u.index.x);
    c->u.index.index = ir_expr(bp, n->u.index.index);
    return c;
  case ND_SLICE_EXPR:
    c = ir_copy(bp, n);
    c->u.slice.x = ir_expr(bp, n->u.slice.x);
    c->u.slice.low = ir_expr(bp, n->u.slice.low);
    c->u.slice.high = ir_expr(bp, n->u.slice.high);
    c->u.slice.max = ir_expr(bp, n->u.slice.max);
    return c;
  case ND_TYPE_ASSERT:
    if (has_type_param(n->type, 0)) {
      /* the type comes from the dictionary: gc's DYNAMICDOTTYPE, which
       * its printer has no case for */
      (void)ir_expr(bp, n->u.assert.x);
      c = ir_text(bp, n, "<node DYNAMICDOTTYPE>");
      c->u.lit.lowest_prec = true; /* an operand of any operator: (...) */
      return c;
    }
    c = ir_copy(bp, n);
    c->u.assert.x = ir_expr(bp, n->u.assert.x);
    c->u.assert.type = ir_expr(bp, n->u.assert.type);
    return c;
  case ND_COMPOSITE_LIT: {
    /* gc prints the literal's type, never its elements */
    for (const Node *e = n->u.composite.elems; e; e = e->next)
      (void)ir_expr(bp, e->kind == ND_KEY_VALUE ? e->u.key_value.value : e);
    c = ir_copy(bp, n);
    c->u.composite.type =
        ir_text(bp, n, ir_type_text(bp, n->type, false));
    return c;
  }
  default:
    return ir_unknown(bp, n);
  }
}

/* ---- statements ---- */

static Type *bp_results(const BodyPrinter *bp) {
  return bp->sig && bp->sig->kind == TY_FUNC ? bp->sig->u.func.results : NULL;
}

/* gc's writer folds a condition made of constants, !, && and || (its
 * staticBool): 1 true, -1 false, 0 not known; like gc, `!x` has the sign
 * of x.  On the way it rewrites the condition it writes (*cond): `x || y`
 * with x true is x, with x a false constant (or y true and x a constant)
 * it is y, and likewise for &&; so `false || c` prints as `c`. */
static int ir_static_bool(BodyPrinter *bp, const Node **cond) {
  const Node *e = unparen(*cond);
  if (!e)
    return 0;
  const ExprInfo *info = ir_info(bp, e);
  if (info && info->mode == MODE_CONSTANT && info->value &&
      info->value->kind == VAL_BOOL)
    return info->value->b ? 1 : -1;
  if (e->kind == ND_UNARY && e->u.unary.op == TK_NOT) {
    const Node *x = e->u.unary.x;
    int sign = ir_static_bool(bp, &x);
    if (x != e->u.unary.x) {
      Node *c = ir_copy(bp, e);
      c->u.unary.x = (Node *)x;
      *cond = c;
    }
    return sign;
  }
  if (e->kind != ND_BINARY ||
      (e->u.binary.op != TK_LAND && e->u.binary.op != TK_LOR))
    return 0;
  int decides = e->u.binary.op == TK_LAND ? -1 : 1;
  const Node *x = e->u.binary.x, *y = e->u.binary.y;
  int sx = ir_static_bool(bp, &x);
  if (sx == decides) {
    *cond = x;
    return sx;
  }
  int sy = ir_static_bool(bp, &y);
  if (sx == -decides || sy == decides) {
    const ExprInfo *xi = ir_info(bp, unparen(x));
    if (xi && xi->mode == MODE_CONSTANT) {
      *cond = y;
      return sy;
    }
  }
  if (x != e->u.binary.x || y != e->u.binary.y) {
    Node *c = ir_copy(bp, e);
    c->u.binary.x = (Node *)x;
    c->u.binary.y = (Node *)y;
    *cond = c;
  }
  return sx == -decides || sy == decides ? sy : 0;
}

static const Node *last_stmt(const Node *list) {
  const Node *last = NULL;
  for (; list; list = list->next)
    if (list->kind != ND_EMPTY_STMT)
      last = list;
  return last;
}

/* The writer's terminating statements: after one, it drops the rest. */
static bool ir_terminates(BodyPrinter *bp, const Node *n) {
  if (!n)
    return false;
  switch (n->kind) {
  case ND_BRANCH_STMT: return n->u.branch.op == TK_GOTO;
  case ND_RETURN_STMT: return true;
  case ND_EXPR_STMT: {
    const Node *x = unparen(n->u.expr_stmt.x);
    return x->kind == ND_CALL &&
           is_builtin_call(ir_info(bp, x), BI_PANIC);
  }
  case ND_IF_STMT: {
    const Node *c = n->u.if_stmt.cond;
    int cond = ir_static_bool(bp, &c);
    return (cond < 0 || ir_terminates(bp, n->u.if_stmt.then)) &&
           (cond > 0 || ir_terminates(bp, n->u.if_stmt.els));
  }
  case ND_BLOCK: return ir_terminates(bp, last_stmt(n->u.block.stmts));
  default: return false;
  }
}

/* Start a statement of the list being printed. */
static void stmt_begin(StrBuf *out, bool *first) {
  if (!*first)
    strbuf_puts(out, "; ");
  *first = false;
}

static void ir_print_list(StrBuf *out, const Node *list) {
  for (const Node *n = list; n; n = n->next) {
    diag_expr(out, n, 0);
    if (n->next)
      strbuf_puts(out, ", ");
  }
}

/* A name the assignment declares: gc adds it to the function's
 * declarations (blank names are not declared). */
static void ir_declare(BodyPrinter *bp, const Node *l, bool define) {
  const Node *name = unparen(l);
  if (define && name->kind == ND_NAME && strcmp(name->u.name.name, "_") &&
      name->u.name.object && name->u.name.object->ident == name)
    bp->dcl++;
}

/* lhs = rhs, lhs := rhs, and `var` with values. */
static void ir_assign(BodyPrinter *bp, StrBuf *out, const Node *lhs,
                      const Node *rhs, bool define) {
  int nl = list_length(lhs), before = bp->dcl;
  for (const Node *l = lhs; l; l = l->next)
    ir_declare(bp, l, define);
  define = bp->dcl > before; /* `var _ = v` declares nothing: "_ = v" */
  Node *targets = NULL;
  for (const Node *l = lhs; l; l = l->next) {
    const Node *name = unparen(l);
    targets = ir_append(targets, name->kind == ND_NAME ? ir_copy(bp, name)
                                                       : ir_expr(bp, l));
  }
  Node *values;
  if (rhs && !rhs->next && nl > 1) {
    Type *types[16], *dst[16];
    int count = value_types(rhs, types, 16);
    if (count != nl) {
      bp->unknown = true;
      return;
    }
    int i = 0;
    for (const Node *l = lhs; l; l = l->next, i++)
      dst[i] = is_name(l, "_") ? NULL : unparen(l)->type;
    values = ir_temps(bp, rhs, types, dst, count);
  } else {
    values = ir_list(bp, rhs);
  }
  ir_print_list(out, targets);
  strbuf_puts(out, define ? " := " : " = ");
  ir_print_list(out, values);
}

static void ir_stmt(BodyPrinter *bp, StrBuf *out, bool *first,
                    const Node *n);

/* Statements whose text gc does not print ("for loop"): read for the
 * declarations they make. */
static void ir_skip(BodyPrinter *bp, const Node *n) {
  StrBuf scratch = {0};
  bool first = true;
  bp->hidden++;
  ir_stmt(bp, &scratch, &first, n);
  bp->hidden--;
  strbuf_free(&scratch);
}

static void ir_skip_expr(BodyPrinter *bp, const Node *n) {
  bp->hidden++;
  if (n)
    (void)ir_expr(bp, n);
  bp->hidden--;
}

/* Is bp printing a shape instance, and inside what it does not print?
 * There a call through the dictionary (whose text is not modeled) only
 * needs its operands read, for the declarations they make. */
static bool hidden_in_shape(const BodyPrinter *bp) {
  return bp->hidden > 0 && bp->sig &&
         (bp->sig->u.func.tparam_count > 0 ||
          bp->sig->u.func.rtparam_count > 0);
}

static void ir_if(BodyPrinter *bp, StrBuf *out, bool *first, const Node *n) {
  const Node *condition = n->u.if_stmt.cond;
  int known = ir_static_bool(bp, &condition);
  const Node *init = n->u.if_stmt.init;
  if (known) {
    /* the reader makes a block of the init, the condition for its side
     * effects (unless it is a constant) and the branch taken */
    ir_stmt(bp, out, first, init);
    const ExprInfo *ci = ir_info(bp, unparen(condition));
    if (!ci || ci->mode != MODE_CONSTANT) {
      Node *cond = ir_expr(bp, condition);
      stmt_begin(out, first);
      strbuf_puts(out, "_ = ");
      diag_expr(out, cond, 0);
    }
    ir_stmt(bp, out, first, known > 0 ? n->u.if_stmt.then : n->u.if_stmt.els);
    return;
  }
  /* gc prints an init of one IR statement; `x := v` is two (its
   * declaration and the assignment), so is not printed */
  bool print_init = init && init->kind != ND_EMPTY_STMT &&
                    !(init->kind == ND_ASSIGN_STMT &&
                      init->u.assign.op == TK_DEFINE);
  StrBuf init_text = {0};
  bool init_first = true;
  ir_stmt(bp, &init_text, &init_first, init);
  Node *cond = ir_expr(bp, condition);
  stmt_begin(out, first);
  strbuf_puts(out, "if ");
  if (print_init && init_text.length) {
    strbuf_append(out, init_text.data, init_text.length);
    strbuf_puts(out, "; ");
  }
  strbuf_free(&init_text);
  diag_expr(out, cond, 0);
  strbuf_puts(out, " { ");
  bool then_first = true;
  ir_stmt(bp, out, &then_first, n->u.if_stmt.then);
  strbuf_puts(out, " }");
  if (n->u.if_stmt.els) {
    strbuf_puts(out, " else { ");
    bool else_first = true;
    ir_stmt(bp, out, &else_first, n->u.if_stmt.els);
    strbuf_puts(out, " }");
  }
}

static bool ends_in_fallthrough(const Node *body) {
  const Node *last = last_stmt(body);
  return last && last->kind == ND_BRANCH_STMT &&
         last->u.branch.op == TK_FALLTHROUGH;
}

/* gc's writer keeps only the clause a switch always takes when the tag
 * (or its absence) and every case are constants, unless that clause falls
 * through.  True when the switch is such; *out is the clause, or NULL. */
static bool ir_static_switch(const BodyPrinter *bp, const Node *n,
                             const Node **out) {
  const Node *tag = n->u.switch_stmt.tag;
  const Value *tv = value_bool(true);
  if (tag) {
    const ExprInfo *ti = ir_info(bp, tag);
    if (!ti || ti->mode != MODE_CONSTANT || !ti->value)
      return false;
    tv = ti->value;
  }
  const Node *target = NULL;
  for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
    if (cl->u.case_clause.is_default && !target)
      target = cl;
    for (const Node *c = cl->u.case_clause.list; c; c = c->next) {
      const ExprInfo *ci = ir_info(bp, unparen(c));
      if (!ci || ci->mode != MODE_CONSTANT || !ci->value)
        return false;
      const Value *a = tv, *b = ci->value;
      bool comparable = (a->kind == VAL_BOOL) == (b->kind == VAL_BOOL) &&
                        (a->kind == b->kind ||
                         (value_is_int(a) && value_is_int(b)));
      if (comparable && a->kind == VAL_BOOL ? a->b == b->b
          : comparable ? (value_match(&a, &b), value_compare(TK_EQL, a, b))
                       : false) {
        *out = cl;
        return !ends_in_fallthrough(cl->u.case_clause.body);
      }
    }
  }
  *out = target;
  return !target || !ends_in_fallthrough(target->u.case_clause.body);
}

static void ir_switch_skip(BodyPrinter *bp, const Node *n) {
  ir_skip(bp, n->u.switch_stmt.init);
  const Node *target;
  if (ir_static_switch(bp, n, &target)) {
    if (target) {
      StrBuf scratch = {0};
      ir_stmts(bp, &scratch, target->u.case_clause.body);
      strbuf_free(&scratch);
    }
    return;
  }
  const Node *tag = n->u.switch_stmt.tag;
  bool type_switch = tag && tag->kind == ND_TYPE_SWITCH_GUARD;
  if (type_switch)
    ir_skip_expr(bp, tag->u.guard.x);
  else
    ir_skip_expr(bp, tag);
  for (const Node *cl = n->u.switch_stmt.clauses; cl; cl = cl->next) {
    if (type_switch && tag->u.guard.lhs && !is_name(tag->u.guard.lhs, "_"))
      bp->dcl++; /* each clause has its own v */
    if (!type_switch)
      for (const Node *c = cl->u.case_clause.list; c; c = c->next)
        ir_skip_expr(bp, c);
    StrBuf scratch = {0};
    ir_stmts(bp, &scratch, cl->u.case_clause.body);
    strbuf_free(&scratch);
  }
}

/* The temporaries of a go/defer statement: gc evaluates the operands of
 * the call at the statement into temporaries, which the wrapper closure
 * (f.gowrap1, f.deferwrap1) captures; what needs no evaluation stays in
 * the wrapper: constants, nil, types, functions and method expressions,
 * new(T), and composite literals (whose elements are evaluated). */
static bool stays_in_wrapper(BodyPrinter *bp, const Node *arg) {
  const Node *a = arg;
  while (a->kind == ND_PAREN)
    a = a->u.paren.x;
  if (a->kind == ND_IMPLICIT_CONV)
    return false; /* a conversion to an interface is evaluated */
  const ExprInfo *info = ir_info(bp, a);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_NILVALUE ||
               info->mode == MODE_TYPEXPR))
    return true;
  if (a->kind == ND_BASIC_LIT ||
      (a->kind == ND_NAME && a->u.name.object &&
       a->u.name.object->kind == OBJ_FUNC))
    return true;
  Selection *s = a->kind == ND_SELECTOR && info ? info->selection : NULL;
  if (s && (s->kind == SEL_METHOD_EXPR ||
            (s->kind == SEL_QUALIFIED && a->u.selector.sel->u.name.object &&
             a->u.selector.sel->u.name.object->kind == OBJ_FUNC)))
    return true;
  if (a->kind == ND_CALL && is_builtin_call(info, BI_NEW)) {
    const ExprInfo *ai = ir_info(bp, a->u.call.args);
    return ai && ai->mode == MODE_TYPEXPR;
  }
  return false;
}

/* The text of an expression already read: its temporaries are counted. */
static Node *ir_reread(BodyPrinter *bp, const Node *n) {
  int dcl = bp->dcl;
  Node *c = ir_expr(bp, n);
  bp->dcl = dcl;
  return c;
}

/* One operand of the wrapped call: a temporary, or itself. */
static Node *wrapper_operand(BodyPrinter *bp, const Node *arg) {
  const Node *a = arg;
  while (a->kind == ND_PAREN)
    a = a->u.paren.x;
  if (stays_in_wrapper(bp, a))
    return ir_reread(bp, a);
  const ExprInfo *info = a->kind == ND_CALL ? ir_info(bp, a) : NULL;
  if (info && info->call_kind == CALL_CONVERSION && a->type &&
      a->type->kind == TY_UINTPTR && a->u.call.args &&
      unparen(a->u.call.args)->type &&
      unparen(a->u.call.args)->type->kind == TY_UNSAFE_POINTER) {
    /* uintptr(p): the pointer is what gc keeps alive in a temporary */
    Node *c = ir_reread(bp, a);
    c->u.call.args = wrapper_operand(bp, a->u.call.args);
    return c;
  }
  Type *u = a->kind == ND_COMPOSITE_LIT && a->type ? types_under(a->type)
                                                   : NULL;
  if (u && (u->kind == TY_STRUCT || u->kind == TY_ARRAY ||
            u->kind == TY_SLICE)) {
    for (const Node *e = a->u.composite.elems; e; e = e->next)
      (void)wrapper_operand(bp, e->kind == ND_KEY_VALUE ? e->u.key_value.value
                                                        : e);
    return ir_reread(bp, a);
  }
  return ir_text(bp, a, arena_printf(bp->arena, ".autotmp_%d", bp->dcl++));
}

/* A go/defer of a generic function or method: the wrapper calls its
 * shape instance, and the dictionary, an operand like the others, goes
 * through a temporary after the receiver's:
 * "func() { (*S[go.shape.int]).M(.autotmp_7, .autotmp_8, 3) }", also for
 * F[int]() (which would otherwise be called as it is).  c is the call as
 * ir_generic_call made it; the wrapper's operands before the arguments,
 * or NULL with the body unknown. */
static Node *generic_wrapper_operands(BodyPrinter *bp, const Node *call,
                                      Node *c) {
  if (bp->unknown || c->kind != ND_CALL)
    return NULL;
  const Node *fun = unparen(call->u.call.fun);
  Node *args = NULL;
  if (fun->kind == ND_SELECTOR) {
    /* the receiver, also one reached through embedded fields (w.S), is
     * evaluated into one temporary */
    const ExprInfo *finfo = ir_info(bp, fun);
    const Selection *s = finfo ? finfo->selection : NULL;
    const ExprInfo *xi = ir_info(bp, fun->u.selector.x);
    if (!s || s->kind != SEL_METHOD_VALUE ||
        is_interface_method(s) || (xi && xi->mode == MODE_CONSTANT) ||
        stays_in_wrapper(bp, fun->u.selector.x)) {
      bp->unknown = true;
      return NULL;
    }
    args = ir_text(bp, call, arena_printf(bp->arena, ".autotmp_%d",
                                          bp->dcl++));
  }
  return ir_append(args, ir_text(bp, call, arena_printf(bp->arena,
                                                        ".autotmp_%d",
                                                        bp->dcl++)));
}

static void ir_go_defer(BodyPrinter *bp, const Node *n) {
  const Node *call = unparen(n->u.go_defer.call);
  const ExprInfo *info = call->kind == ND_CALL ? ir_info(bp, call) : NULL;
  if (!info) {
    bp->unknown = true;
    return;
  }
  bool generic = (info->call_kind == CALL_FUNC ||
                  info->call_kind == CALL_METHOD) &&
                 (info->targ_count > 0 ||
                  calls_generic(bp, unparen(call->u.call.fun)));
  /* the operands' own temporaries come first */
  Node *read = ir_expr(bp, call);
  const Node *fun = unparen(call->u.call.fun);
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? ir_info(bp, fun) : NULL;
  Selection *s = finfo ? finfo->selection : NULL;
  bool method = !generic && s && s->kind == SEL_METHOD_VALUE;
  if (check_go_defer_as_is(bp->pkg, call))
    return; /* f() is called as it is: no wrapper */
  Node *c = ir_copy(bp, call);
  Node *args = NULL;
  if (generic) {
    const Node *callee = read->kind == ND_CALL ? read->u.call.fun : NULL;
    if (n == bp->wrapped && callee && callee->kind == ND_BASIC_LIT &&
        strcmp(callee->u.lit.text, "?") == 0)
      bp->unknown = true; /* ir_generic_call's placeholder, not a text */
    args = generic_wrapper_operands(bp, call, read);
    if (!args)
      return;
    c->u.call.fun = read->u.call.fun;
  } else if (method) {
    const Node *x = unparen(fun->u.selector.x);
    const ExprInfo *xi = ir_info(bp, x);
    bool plain_new = x->kind == ND_CALL && is_builtin_call(xi, BI_NEW) &&
                     stays_in_wrapper(bp, x) && s->depth == 1 &&
                     !s->implicit_deref;
    bool constant = xi && xi->mode == MODE_CONSTANT;
    Node *recv = plain_new || constant
                     ? ir_reread(bp, x)
                     : ir_text(bp, x, arena_printf(bp->arena, ".autotmp_%d",
                                                   bp->dcl++));
    if (is_interface_method(s)) { /* the interface value is evaluated */
      Node *sel = ir_copy(bp, fun);
      sel->u.selector.x = recv;
      c->u.call.fun = sel;
    } else {
      Node *ignored = NULL;
      int dcl = bp->dcl;
      ir_method_call(bp, c, call, &ignored); /* the method expression */
      bp->dcl = dcl;
      args = recv;
    }
  } else if (info->call_kind == CALL_BUILTIN) {
    c->u.call.fun = ir_copy(bp, call->u.call.fun);
  } else {
    c->u.call.fun = wrapper_operand(bp, fun);
  }
  const Node *a = call->u.call.args;
  Type *tuple = a && !a->next && a->type && a->type->kind == TY_TUPLE
                    ? a->type : NULL;
  int index = 0;
  bool packed = info->has_variadic_slice && !call->u.call.has_dots &&
                info->call_kind != CALL_BUILTIN;
  for (int i = 0; tuple ? i < tuple->u.tuple.count : a != NULL; i++) {
    /* the reader's temporaries of f(g()), each captured through one more */
    Node *operand = tuple ? ir_text(bp, call, arena_printf(bp->arena,
                                                           ".autotmp_%d",
                                                           bp->dcl++))
                          : wrapper_operand(bp, a);
    if (!packed || index++ < info->variadic_index)
      args = ir_append(args, operand);
    if (!tuple)
      a = a->next;
  }
  if (packed)
    args = ir_append(args, ir_text(bp, call, index > info->variadic_index
                                                 ? "... argument..."
                                                 : "nil..."));
  c->u.call.args = args;
  if (n != bp->wrapped)
    return;
  StrBuf out = {0};
  strbuf_puts(&out, "func() { ");
  diag_expr(&out, c, 0);
  strbuf_puts(&out, " }");
  bp->wrapper = buf_text(bp, &out);
}

static void ir_stmt(BodyPrinter *bp, StrBuf *out, bool *first,
                    const Node *n) {
  if (!n)
    return;
  switch (n->kind) {
  case ND_EMPTY_STMT:
    break;
  case ND_BLOCK: {
    StrBuf inner = {0};
    ir_stmts(bp, &inner, n->u.block.stmts);
    if (inner.length) {
      stmt_begin(out, first);
      strbuf_append(out, inner.data, inner.length);
    }
    strbuf_free(&inner);
    break;
  }
  case ND_EXPR_STMT: {
    Node *x = ir_expr(bp, n->u.expr_stmt.x);
    stmt_begin(out, first);
    diag_expr(out, x, 0);
    break;
  }
  case ND_SEND_STMT: {
    Node *ch = ir_expr(bp, n->u.send.chan);
    Node *v = ir_expr(bp, n->u.send.value);
    stmt_begin(out, first);
    diag_expr(out, ch, 3);
    strbuf_puts(out, " <- ");
    diag_expr(out, v, 4);
    break;
  }
  case ND_INC_DEC_STMT: {
    Node *x = ir_expr(bp, n->u.inc_dec.x);
    stmt_begin(out, first);
    diag_expr(out, x, 0);
    strbuf_puts(out, n->u.inc_dec.op == TK_INC ? "++" : "--");
    break;
  }
  case ND_ASSIGN_STMT:
    if (n->u.assign.op == TK_DEFINE || n->u.assign.op == TK_ASSIGN) {
      StrBuf text = {0};
      ir_assign(bp, &text, n->u.assign.lhs, n->u.assign.rhs,
                n->u.assign.op == TK_DEFINE);
      stmt_begin(out, first);
      strbuf_append(out, text.data ? text.data : "", text.length);
      strbuf_free(&text);
    } else {
      Node *x = ir_expr(bp, n->u.assign.lhs);
      Node *y = ir_expr(bp, n->u.assign.rhs);
      stmt_begin(out, first);
      diag_expr(out, x, 0);
      strbuf_printf(out, " %s ", token_spelling(n->u.assign.op));
      diag_expr(out, y, 0);
    }
    break;
  case ND_DECL_STMT:
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next) {
      if (s->kind != ND_VAR_SPEC)
        continue;
      if (s->u.value_spec.values) {
        StrBuf text = {0};
        ir_assign(bp, &text, s->u.value_spec.names, s->u.value_spec.values,
                  true);
        stmt_begin(out, first);
        strbuf_append(out, text.data ? text.data : "", text.length);
        strbuf_free(&text);
        continue;
      }
      for (const Node *name = s->u.value_spec.names; name;
           name = name->next) {
        if (is_name(name, "_")) {
          bp->unknown = true;
          continue;
        }
        ir_declare(bp, name, true);
        stmt_begin(out, first); /* the zeroing of gc's `var x T` */
        strbuf_printf(out, "%s = <nil>", name->u.name.name);
      }
    }
    break;
  case ND_RETURN_STMT: {
    const Node *r = n->u.return_stmt.results;
    Node *values;
    Type *results = bp_results(bp);
    if (r && !r->next && results && results->u.tuple.count > 1) {
      Type *types[16], *dst[16];
      int count = value_types(r, types, 16);
      if (count != results->u.tuple.count) {
        bp->unknown = true;
        return;
      }
      for (int i = 0; i < count; i++)
        dst[i] = results->u.tuple.vars[i]->type;
      values = ir_temps(bp, r, types, dst, count);
    } else if (r && !r->next && r->type && r->type->kind == TY_TUPLE) {
      bp->unknown = true; /* the function's results are not known */
      return;
    } else {
      values = ir_list(bp, r);
    }
    stmt_begin(out, first);
    strbuf_puts(out, "return ");
    ir_print_list(out, values);
    break;
  }
  case ND_IF_STMT:
    ir_if(bp, out, first, n);
    break;
  case ND_SWITCH_STMT:
    ir_switch_skip(bp, n);
    stmt_begin(out, first);
    strbuf_puts(out, "switch statement");
    break;
  case ND_SELECT_STMT:
    for (const Node *cl = n->u.select_stmt.clauses; cl; cl = cl->next) {
      const Node *comm = cl->u.comm_clause.comm;
      ir_skip(bp, comm);
      StrBuf scratch = {0};
      ir_stmts(bp, &scratch, cl->u.comm_clause.body);
      strbuf_free(&scratch);
      /* case i = <-c, converting: the reader receives into a temporary
       * it declares after the body */
      if (comm && comm->kind == ND_ASSIGN_STMT &&
          comm->u.assign.op == TK_ASSIGN && !comm->u.assign.lhs->next &&
          comm->u.assign.rhs->kind == ND_IMPLICIT_CONV)
        bp->dcl++;
    }
    stmt_begin(out, first);
    strbuf_puts(out, "select statement");
    break;
  case ND_FOR_STMT: {
    const Node *loop_cond = n->u.for_stmt.cond;
    ir_skip(bp, n->u.for_stmt.init);
    bool never = loop_cond && ir_static_bool(bp, &loop_cond) < 0;
    ir_skip_expr(bp, loop_cond);
    if (!never) { /* the writer drops them otherwise */
      ir_skip(bp, n->u.for_stmt.post);
      ir_skip(bp, n->u.for_stmt.body);
    }
    const ExprInfo *ci = loop_cond ? ir_info(bp, unparen(loop_cond)) : NULL;
    if (ci && ci->mode == MODE_CONSTANT && ci->value &&
        ci->value->kind == VAL_BOOL && !ci->value->b) {
      /* for init; false; post {...}: the reader keeps the init alone */
      ir_stmt(bp, out, first, n->u.for_stmt.init);
      break;
    }
    stmt_begin(out, first);
    strbuf_puts(out, "for loop");
    break;
  }
  case ND_RANGE_STMT:
    if (n->u.range_stmt.op == TK_DEFINE) {
      if (n->u.range_stmt.key)
        ir_declare(bp, n->u.range_stmt.key, true);
      if (n->u.range_stmt.value)
        ir_declare(bp, n->u.range_stmt.value, true);
    }
    ir_skip_expr(bp, n->u.range_stmt.x);
    ir_skip(bp, n->u.range_stmt.body);
    stmt_begin(out, first);
    strbuf_puts(out, "for loop");
    break;
  case ND_LABELED_STMT:
    stmt_begin(out, first);
    if (!is_name(n->u.labeled.label, "_")) /* a blank label prints empty */
      strbuf_printf(out, "%s: ", n->u.labeled.label->u.name.name);
    ir_stmt(bp, out, first, n->u.labeled.stmt);
    break;
  case ND_BRANCH_STMT:
    stmt_begin(out, first);
    strbuf_puts(out, token_spelling(n->u.branch.op));
    if (n->u.branch.label)
      strbuf_printf(out, " %s", n->u.branch.label->u.name.name);
    break;
  case ND_GO_STMT: case ND_DEFER_STMT:
    ir_go_defer(bp, n);
    if (!bp->wrapped)
      bp->unknown = true; /* their function is not inlined: never printed */
    break;
  default:
    bp->unknown = true;
    break;
  }
}

/* A statement list, without what the writer drops as dead: the
 * statements after a terminating one, once past the last label. */
static void ir_stmts(BodyPrinter *bp, StrBuf *out, const Node *list) {
  const Node *last_label = NULL;
  for (const Node *n = list; n; n = n->next)
    if (n->kind == ND_LABELED_STMT)
      last_label = n;
  bool dead = false, past_label = last_label == NULL, first = true;
  for (const Node *n = list; n; n = n->next) {
    if (dead && past_label && n->kind != ND_LABELED_STMT)
      continue;
    ir_stmt(bp, out, &first, n);
    if (n == last_label)
      past_label = true;
    dead = ir_terminates(bp, n);
  }
}

/* ---- the dictionary of a shape instance ----
 *
 * gc's shape instance F[go.shape.int] takes its dictionary first, typed
 * *[N]uintptr: "func(*[2]uintptr, go.shape.int) any { return x }".  N
 * counts what gc's writer puts in the dictionary while it writes the
 * generic body (noder/writer.go): a run-time type for each *derived*
 * type (one that mentions a type parameter) the body needs one for,
 * then an itab for each conversion that involves a derived type, then
 * the sub-dictionaries and method values of type parameters (not
 * counted here: a body that needs them is left unknown).
 *
 * The writer needs a type for each variable it declares (parameters and
 * results too), for a conversion's two sides, for a map it indexes or
 * ranges over, for make, new and append.  It tells types apart as the
 * type checker made them, by identity: a type parameter is one type, an
 * instance of a generic type one type per list of type arguments, but
 * each []T or *T written in the source is a type of its own (`a, b *T`
 * is one, `a *T, b *T` two), and so is the *T of each &x.  The count
 * below keeps that identity as a key: the type parameter or instance,
 * else the node that wrote the type.  Whatever it cannot key (a type
 * the checker derived some other way), or a construct it does not
 * model, makes the length unknown, and the body with it. */

typedef struct DictCount {
  BodyPrinter *bp;   /* for the checker's facts and the writer's folding */
  const char *rtypes[64];
  int nrtypes;
  const char *itabs[64];
  int nitabs;
  const char *subdicts[64];   /* generic callees with derived arguments */
  int nsubdicts;
  const char *tparam_methods[64]; /* methods of type parameters called */
  int ntparam_methods;
  const Object *vars[128];   /* the variables declared so far ... */
  const char *var_keys[128]; /* ... and the keys of their types */
  int nvars;
  Type *results;     /* of the function or closure whose body is walked */
  int unnamed;       /* dc_unnamed_key's so far */
  const char *node_keys[64]; /* the keys made of type nodes ... */
  const Node *nodes[64];     /* ... and those nodes */
  int nnodes;
  Type *spread[16];  /* types of `var a, b T` the checker shared but gc's
                        made once per name (dc_var_spec) */
  int nspread;
  int subdicts_at;   /* where in the dictionary its subdicts start */
  bool unknown;
} DictCount;

static bool derived(Type *t) { return has_type_param(t, 0); }

static void dc_add(DictCount *dc, const char **set, int *n, const char *key) {
  for (int i = 0; i < *n; i++)
    if (strcmp(set[i], key) == 0)
      return;
  if (*n == 64) {
    dc->unknown = true;
    return;
  }
  set[(*n)++] = key;
}

/* The key of a derived type t that needs no node: a type parameter, an
 * instance of a generic type (the checker makes one per list of type
 * arguments); NULL for the others. */
static const char *dc_type_key(DictCount *dc, Type *t) {
  if (t && (t->kind == TY_TYPEPARAM || t->kind == TY_NAMED))
    return arena_printf(dc->bp->arena, "T%p", (void *)t);
  return NULL;
}

/* The key of the type written by type expression tn, NULL when it is
 * not derived. */
static const char *dc_type_node_key(DictCount *dc, const Node *tn) {
  tn = unparen(tn);
  Type *t = tn ? tn->type : NULL;
  if (!tn || !derived(t))
    return NULL;
  const char *key = dc_type_key(dc, t);
  if (key)
    return key;
  key = arena_printf(dc->bp->arena, "N%p", (void *)tn);
  if (dc->nnodes == 64)
    dc->unknown = true;
  else {
    dc->node_keys[dc->nnodes] = key;
    dc->nodes[dc->nnodes++] = tn;
  }
  return key;
}

/* The key of the element type of derived type t (a slice, an array, a
 * map's value, a pointer's target) keyed `key`: written in the node
 * that wrote t, unless it needs none.  NULL when not derived. */
static const char *dc_elem_key(DictCount *dc, Type *t, const char *key) {
  Type *u = t ? types_under(t) : NULL;
  Type *elem = !u                     ? NULL
               : u->kind == TY_SLICE  ? u->u.slice.elem
               : u->kind == TY_ARRAY  ? u->u.array.elem
               : u->kind == TY_MAP    ? u->u.map.elem
               : u->kind == TY_POINTER ? u->u.pointer.elem
               : u->kind == TY_CHAN    ? u->u.chan.elem
                                      : NULL;
  if (!elem || !derived(elem))
    return NULL;
  const char *k = dc_type_key(dc, elem);
  if (k)
    return k;
  for (int i = 0; key && i < dc->nnodes; i++) {
    if (strcmp(dc->node_keys[i], key) != 0)
      continue;
    const Node *tn = dc->nodes[i];
    const Node *child = tn->kind == ND_SLICE_TYPE ? tn->u.slice_type.elem
                        : tn->kind == ND_ARRAY_TYPE ? tn->u.array.elem
                        : tn->kind == ND_MAP_TYPE   ? tn->u.map_type.value
                        : tn->kind == ND_ELLIPSIS   ? tn->u.ellipsis.elem
                        : tn->kind == ND_UNARY      ? tn->u.unary.x
                        : tn->kind == ND_CHAN_TYPE  ? tn->u.chan_type.elem
                                                    : NULL;
    if (child)
      return dc_type_node_key(dc, child);
  }
  /* a type the checker made once (an instance's field, a substituted
   * underlying type): so is its element */
  if (key && key[0] && key[0] != 'N')
    return arena_printf(dc->bp->arena, "%s/e", key);
  dc->unknown = true;
  return "";
}

/* The key of a type that is not derived, for an itab's other side.  The
 * writer keys it by the type checker's object, so two `interface{}`
 * written apart are two types, and two entries.  A named or predeclared
 * type is one object; an unnamed one is made where it is written, as
 * goesc's checker makes it (once per type of a var declaration, a group
 * of parameters or of fields), except for the one case where gc's
 * checker makes more: `var a, b T` in a body. */
static const char *dc_plain_key(DictCount *dc, Type *t) {
  if (t && (t->kind == TY_NAMED || (t->kind == TY_INTERFACE &&
                                    t->u.iface.is_any) ||
            (t->kind > TY_INVALID && t->kind <= TY_UNSAFE_POINTER))) {
    StrBuf buf = {0};
    types_print(&buf, t, NULL);
    return arena_printf(dc->bp->arena, "G%s", buf_text(dc->bp, &buf));
  }
  for (int i = 0; i < dc->nspread; i++)
    if (dc->spread[i] == t)
      t = NULL;
  if (t)
    return arena_printf(dc->bp->arena, "P%p", (void *)t);
  dc->unknown = true;
  return "";
}

static const char *dc_var_key(DictCount *dc, const Object *v) {
  for (int i = dc->nvars - 1; i >= 0; i--)
    if (dc->vars[i] == v)
      return dc->var_keys[i];
  dc->unknown = true;
  return "";
}

/* Declare variable v, of the type keyed `key` (NULL: not derived). */
static void dc_declare(DictCount *dc, const Object *v, const char *key) {
  if (!v || dc->nvars == 128) {
    dc->unknown = true;
    return;
  }
  dc->vars[dc->nvars] = v;
  dc->var_keys[dc->nvars++] = key;
  if (key)
    dc_add(dc, dc->rtypes, &dc->nrtypes, key);
}

/* Declare the parameters and results of signature sig, written as the
 * func type ft: one variable per name, keyed by the type node they share
 * (gc's checker makes one type for `a, b *T`, two for `a *T, b *T`).
 * False when the names and the signature disagree in number. */
static bool dc_declare_signature(DictCount *dc, const Node *ft, Type *sig) {
  const Node *groups[2] = {ft->u.func_type.params, ft->u.func_type.results};
  Type *tuples[2] = {sig->u.func.params, sig->u.func.results};
  bool matched = true;
  for (int g = 0; g < 2; g++) {
    int i = 0;
    for (const Node *f = groups[g]; f; f = f->next) {
      const char *key = dc_type_node_key(dc, f->u.field.type);
      int names = f->u.field.names ? list_length(f->u.field.names) : 1;
      for (int k = 0; k < names; k++, i++)
        if (i < tuples[g]->u.tuple.count)
          dc_declare(dc, tuples[g]->u.tuple.vars[i], key);
    }
    if (i != tuples[g]->u.tuple.count)
      matched = false;
  }
  return matched;
}

static const char *dc_subdict_key(DictCount *dc, const Node *fun,
                                  const Node *args, const ExprInfo *info);

/* The key of the type of result i of call e, when the callee is a
 * generic function or a method of a generic type: the checker
 * substitutes its signature once per list of type arguments (and
 * method), as the writer tells sub-dictionaries apart; NULL otherwise. */
static const char *dc_result_key(DictCount *dc, const Node *e, int i) {
  const ExprInfo *info = ir_info(dc->bp, e);
  if (!info || (info->call_kind != CALL_FUNC &&
                info->call_kind != CALL_METHOD))
    return NULL;
  const Node *fun = unparen(e->u.call.fun);
  if (info->targ_count == 0 && !calls_generic(dc->bp, fun))
    return NULL;
  const char *k = dc_subdict_key(dc, fun, e->u.call.args, info);
  if (!k)
    return NULL;
  return arena_printf(dc->bp->arena, "R%s.%s.%d", k,
                      fun->kind == ND_SELECTOR
                          ? fun->u.selector.sel->u.name.name : "", i);
}

/* The key of the type of expression e as the checker made it, NULL when
 * it is not derived. */
static const char *dc_expr_key(DictCount *dc, const Node *e) {
  e = unparen(e);
  if (!e || !derived(e->type))
    return NULL;
  const char *key = dc_type_key(dc, e->type);
  if (key)
    return key;
  const ExprInfo *info = ir_info(dc->bp, e);
  switch (e->kind) {
  case ND_NAME: {
    const Object *v = e->u.name.object;
    if (v && v->kind == OBJ_VAR)
      return dc_var_key(dc, v);
    break;
  }
  case ND_UNARY:
    if (e->u.unary.op == TK_AND) /* &x: a pointer type of its own */
      return arena_printf(dc->bp->arena, "A%p", (void *)e);
    break;
  case ND_COMPOSITE_LIT:
    if (e->u.composite.type)
      return dc_type_node_key(dc, e->u.composite.type);
    break;
  case ND_FUNC_LIT: /* the signature its type node writes */
    return dc_type_node_key(dc, e->u.func_lit.type);
  case ND_TYPE_ASSERT:
    if (e->u.assert.type)
      return dc_type_node_key(dc, e->u.assert.type);
    break;
  case ND_CALL:
    if (info && info->call_kind == CALL_CONVERSION)
      return dc_type_node_key(dc, e->u.call.fun);
    if (is_builtin_call(info, BI_MAKE))
      return dc_type_node_key(dc, e->u.call.args);
    if (is_builtin_call(info, BI_NEW)) /* a pointer type of its own */
      return arena_printf(dc->bp->arena, "A%p", (void *)e);
    if (is_builtin_call(info, BI_APPEND)) /* the first argument's type */
      return dc_expr_key(dc, e->u.call.args);
    {
      const char *k = dc_result_key(dc, e, 0);
      if (k)
        return k;
    }
    break;
  case ND_SELECTOR: {
    /* a field of an instance of a generic type: the checker substitutes
     * the instance's fields once */
    const Selection *s = info ? info->selection : NULL;
    Type *xt = e->u.selector.x->type;
    if (xt && xt->kind == TY_POINTER)
      xt = xt->u.pointer.elem;
    if (s && s->kind == SEL_FIELD && s->depth == 1 && xt &&
        xt->kind == TY_NAMED && xt->u.named.origin)
      return arena_printf(dc->bp->arena, "F%p.%d", (void *)xt, s->path[0]);
    if (s && (s->kind == SEL_METHOD_EXPR || s->kind == SEL_METHOD_VALUE))
      return arena_printf(dc->bp->arena, "A%p", (void *)e); /* its own */
    break;
  }
  case ND_INDEX: { /* an element of a slice, array or map */
    const Node *x = e->u.index.x;
    return dc_elem_key(dc, x->type, dc_expr_key(dc, x));
  }
  case ND_SLICE_EXPR: { /* a slice of a slice has the slice's type */
    Type *xt = e->u.slice.x->type;
    if (xt && xt->kind == TY_SLICE)
      return dc_expr_key(dc, e->u.slice.x);
    break;
  }
  case ND_BINARY: {
    const ExprInfo *xi = ir_info(dc->bp, unparen(e->u.binary.x));
    bool xconst = xi && xi->mode == MODE_CONSTANT;
    return dc_expr_key(dc, xconst ? e->u.binary.y : e->u.binary.x);
  }
  default:
    break;
  }
  dc->unknown = true;
  return "";
}

static void dc_expr(DictCount *dc, const Node *e);
static void dc_stmts(DictCount *dc, const Node *list);
static void dc_assert(DictCount *dc, const Node *x);

/* The writer's conversion of a value of type src (keyed skey) to type
 * dst (keyed dkey): a run-time type for each derived side and an itab
 * for the pair, when either side is derived.  dplain keys the side that
 * is not derived when it has no name. */
static void dc_conv_to(DictCount *dc, Type *src, const char *skey,
                       Type *dst, const char *dkey, const char *dplain) {
  if (!skey && derived(src) && !(skey = dc_type_key(dc, src)))
    dc->unknown = true;
  if (!dkey && derived(dst) && !(dkey = dc_type_key(dc, dst)))
    dc->unknown = true;
  if (dc->unknown || (!skey && !dkey))
    return;
  if (skey)
    dc_add(dc, dc->rtypes, &dc->nrtypes, skey);
  if (dkey)
    dc_add(dc, dc->rtypes, &dc->nrtypes, dkey);
  const char *pair = arena_printf(
      dc->bp->arena, "%s|%s",
      skey ? skey : dplain ? dplain : dc_plain_key(dc, src),
      dkey ? dkey : dplain ? dplain : dc_plain_key(dc, dst));
  dc_add(dc, dc->itabs, &dc->nitabs, pair);
}

static void dc_conv_rtti(DictCount *dc, Type *src, const char *skey,
                         Type *dst, const char *dkey) {
  dc_conv_to(dc, src, skey, dst, dkey, NULL);
}

/* A key of its own for a type that is not derived and has no name (the
 * []byte of []byte(x), the interface{} a switch compares in): one such
 * per body, since whether the writer tells two apart is not known. */
static const char *dc_unnamed_key(DictCount *dc, const void *at) {
  if (dc->unnamed++)
    dc->unknown = true;
  return arena_printf(dc->bp->arena, "U%p", at);
}

/* Value e assigned to a destination of type dst (keyed dkey): the
 * writer converts it when the types differ (an untyped constant or nil
 * has the destination's type already, or its default one). */
static void dc_assign(DictCount *dc, Type *dst, const char *dkey,
                      const Node *e) {
  dc_expr(dc, e);
  const Node *x = unparen(e); /* the checker's conversion to an interface
                                 is the one made here */
  const ExprInfo *info = ir_info(dc->bp, x);
  if (!dst || !x || !x->type || types_identical(x->type, dst))
    return;
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_NILVALUE ||
               types_is_untyped(x->type))) {
    if (derived(dst))
      dc->unknown = true;
    return;
  }
  if (x->type->kind == TY_TUPLE) {
    dc->unknown = true;
    return;
  }
  dc_conv_rtti(dc, x->type, dc_expr_key(dc, x), dst, dkey);
}

static void dc_list(DictCount *dc, const Node *list) {
  for (const Node *e = list; e; e = e->next)
    dc_expr(dc, e);
}

/* The key of a type argument inferred from an argument of the call: the
 * checker binds the type parameter to the argument's own type, so
 * Use(&x); Use(&x) takes two sub-dictionaries (two *T), p := &x;
 * Use(p); Use(p) one.  NULL when no argument has that very type. */
static const char *dc_inferred_key(DictCount *dc, const Node *args,
                                   Type *targ) {
  for (const Node *a = args; a; a = a->next)
    if (unparen(a)->type == targ)
      return dc_expr_key(dc, a);
  return NULL;
}

/* The key of the sub-dictionary a call of a generic function or of a
 * method of a generic type takes, when one of its type arguments (the
 * receiver type's) is derived; NULL when its dictionary is static.  The
 * writer tells sub-dictionaries apart by callee (a method's: its type)
 * and type arguments. */
static const char *dc_subdict_key(DictCount *dc, const Node *fun,
                                  const Node *args, const ExprInfo *info) {
  const Object *owner = NULL;
  Type **targs = NULL;
  int count = 0;
  const ExprInfo *fi = ir_info(dc->bp, fun);
  const Selection *sel = fun->kind == ND_SELECTOR && fi ? fi->selection
                                                         : NULL;
  if (sel && (sel->kind == SEL_METHOD_VALUE ||
              sel->kind == SEL_METHOD_EXPR)) {
    /* the instance is the receiver's, or the method expression's type
     * (the method's own receiver has the declaration's type
     * parameters) */
    Type *rt = fun->u.selector.x->type;
    if (rt && rt->kind == TY_POINTER)
      rt = rt->u.pointer.elem;
    if (!rt || rt->kind != TY_NAMED || sel->depth != 1) {
      dc->unknown = true;
      return NULL;
    }
    owner = rt->u.named.origin ? rt->u.named.origin->u.named.obj
                               : rt->u.named.obj;
    targs = rt->u.named.targs;
    count = rt->u.named.targ_count;
  } else {
    const Node *name = fun->kind == ND_INDEX ? unparen(fun->u.index.x) : fun;
    owner = name->kind == ND_NAME ? name->u.name.object : NULL;
    const ExprInfo *ti = fi && fi->targ_count ? fi : info;
    targs = ti->targs;
    count = ti->targ_count;
  }
  if (!owner || !owner->parent || !owner->pkg ||
      owner->parent != owner->pkg->scope || count == 0) {
    dc->unknown = true; /* declared in a body: implicit type parameters */
    return NULL;
  }
  bool any = false;
  StrBuf buf = {0};
  strbuf_printf(&buf, "%p", (void *)owner);
  for (int i = 0; i < count; i++) {
    const char *k = derived(targs[i]) ? dc_type_key(dc, targs[i]) : NULL;
    if (derived(targs[i]) && !k)
      k = dc_inferred_key(dc, args, targs[i]);
    if (derived(targs[i]) && !k)
      dc->unknown = true; /* a composite argument: its identity */
    any = any || derived(targs[i]);
    strbuf_printf(&buf, ",%s", k ? k : dc_plain_key(dc, targs[i]));
  }
  const char *key = buf_text(dc->bp, &buf);
  return any ? key : NULL;
}

/* A call: its arguments converted to the parameters' types; a call of a
 * generic function or method may take a sub-dictionary, one of a method
 * of a type parameter the method's func value. */
static void dc_call(DictCount *dc, const Node *e, const ExprInfo *info) {
  const Node *fun = unparen(e->u.call.fun);
  if (info->call_kind == CALL_CONVERSION) {
    const Node *x = e->u.call.args;
    dc_expr(dc, x);
    /* the side that is not derived, when it has no name: the type
     * written in the conversion ([]byte(s)) or x's (T(b), b a []byte) */
    Type *t = e->type, *xt = x ? x->type : NULL;
    Type *other = !derived(t) ? t : !derived(xt) ? xt : NULL;
    bool plain = !other || other->kind == TY_NAMED ||
                 (other->kind > TY_INVALID &&
                  other->kind <= TY_UNSAFE_POINTER) ||
                 (other->kind == TY_INTERFACE && other->u.iface.is_any) ||
                 types_is_untyped(other);
    if (derived(t) || derived(xt))
      dc_conv_to(dc, xt, dc_expr_key(dc, x), t, dc_type_node_key(dc, fun),
                 plain ? NULL : dc_unnamed_key(dc, other == t ? fun : x));
    return;
  }
  if (info->call_kind == CALL_BUILTIN) {
    const Node *a = e->u.call.args;
    Type *u = e->type ? types_under(e->type) : NULL;
    switch (info->builtin) {
    case BI_LEN: case BI_CAP: case BI_PANIC: case BI_PRINT:
    case BI_PRINTLN:
      dc_list(dc, a);
      return;
    case BI_SIZEOF: case BI_ALIGNOF: case BI_OFFSETOF:
      return; /* the writer writes the operand's type alone */
    case BI_APPEND: {
      /* a run-time type for the result's element type; the values are
       * converted to it (the slice appended, to the result's type) */
      dc_expr(dc, a);
      if (!u || u->kind != TY_SLICE) {
        dc->unknown = true;
        return;
      }
      const char *skey = derived(e->type) ? dc_expr_key(dc, a) : NULL;
      const char *key = dc_elem_key(dc, e->type, skey);
      if (key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      for (const Node *x = a ? a->next : NULL; x; x = x->next)
        dc_assign(dc, e->u.call.has_dots ? e->type : u->u.slice.elem,
                  e->u.call.has_dots ? skey : key, x);
      return;
    }
    case BI_NEW: { /* new(T): T's run-time type; new(x): x evaluated */
      const ExprInfo *ai = ir_info(dc->bp, unparen(a));
      if (ai && ai->mode == MODE_TYPEXPR) {
        const char *key = dc_type_node_key(dc, a);
        if (key)
          dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      } else if (derived(e->type)) {
        dc->unknown = true;
      }
      return;
    }
    case BI_COPY: case BI_DELETE: case BI_CLEAR: {
      /* the arguments (of their own types: nothing converted), and
       * copy's element type, delete's map type */
      dc_list(dc, a);
      Type *at = a ? a->type : NULL;
      if (!at || at->kind == TY_TUPLE ||
          (at->kind == TY_TYPEPARAM && info->builtin == BI_COPY)) {
        dc->unknown = true; /* (the element of a core type: not keyed) */
        return;
      }
      if (info->builtin == BI_CLEAR || !derived(at))
        return;
      const char *key = dc_expr_key(dc, a);
      if (info->builtin == BI_COPY)
        key = dc_elem_key(dc, at, key);
      if (key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      return;
    }
    case BI_MAKE: {
      /* the type made, and a slice's element type or else the type
       * again */
      const char *key = dc_type_node_key(dc, a);
      if (key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      if (u && u->kind == TY_SLICE)
        key = dc_elem_key(dc, e->type, key);
      if (key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      dc_list(dc, a ? a->next : NULL);
      return;
    }
    default:
      if (derived(e->type))
        dc->unknown = true;
      for (const Node *x = a; x; x = x->next)
        if (derived(x->type))
          dc->unknown = true;
      dc_list(dc, a);
      return;
    }
  }
  if (fun->kind == ND_SELECTOR && on_type_param(fun->u.selector.x)) {
    /* a method of a type parameter: its func value in the dictionary */
    const ExprInfo *fi = ir_info(dc->bp, fun);
    const Selection *sel = fi ? fi->selection : NULL;
    if (!sel || sel->kind != SEL_METHOD_VALUE || sel->depth != 1) {
      dc->unknown = true;
      return;
    }
    dc_add(dc, dc->tparam_methods, &dc->ntparam_methods,
           tparam_method_key(dc->bp->arena, fun));
  } else if (info->targ_count > 0 || calls_generic(dc->bp, fun)) {
    const char *key = dc_subdict_key(dc, fun, e->u.call.args, info);
    if (key)
      dc_add(dc, dc->subdicts, &dc->nsubdicts, key);
  }
  /* (a func value of a type parameter's type is called through its
   * core type) */
  Type *ft = fun->type ? types_core(fun->type) : NULL;
  const Node *a = e->u.call.args;
  if (!ft || ft->kind != TY_FUNC ||
      (a && !a->next && a->type && a->type->kind == TY_TUPLE)) {
    dc->unknown = true; /* a multi-value argument */
    return;
  }
  const ExprInfo *finfo = fun->kind == ND_SELECTOR ? ir_info(dc->bp, fun)
                                                   : NULL;
  if (finfo && finfo->selection &&
      finfo->selection->kind == SEL_METHOD_VALUE)
    dc_expr(dc, fun->u.selector.x); /* the receiver */
  else
    dc_expr(dc, fun);
  Type *params = ft->u.func.params;
  int np = params->u.tuple.count;
  int i = 0;
  for (const Node *x = a; x; x = x->next, i++) {
    Type *pt = i < np ? params->u.tuple.vars[i]->type
                      : np ? params->u.tuple.vars[np - 1]->type : NULL;
    if (ft->u.func.variadic && i >= np - 1 && !e->u.call.has_dots && pt &&
        pt->kind == TY_SLICE)
      pt = pt->u.slice.elem;
    dc_assign(dc, pt, NULL, x);
  }
}

/* T.M or (*T).M: the writer needs a word for it when T is an instance
 * of a generic type with derived type arguments, the sub-dictionary of
 * T (the same as a call x.M() takes); one of a type parameter's
 * methods is not modeled. */
static void dc_method_expr(DictCount *dc, const Node *e, const Selection *s) {
  const Object *m = s->obj;
  Type *rt = m && m->kind == OBJ_FUNC && m->type && m->type->u.func.recv
                 ? m->type->u.func.recv->type
                 : NULL;
  if (rt && rt->kind == TY_POINTER)
    rt = rt->u.pointer.elem;
  if (s->via_interface || types_is_interface(s->recv) || s->depth != 1 ||
      !rt || rt->kind != TY_NAMED) {
    if (derived(s->recv))
      dc->unknown = true;
    return;
  }
  if (!derived(rt))
    return; /* a static dictionary, or none */
  const char *key = dc_subdict_key(dc, e, NULL, ir_info(dc->bp, e));
  if (key)
    dc_add(dc, dc->subdicts, &dc->nsubdicts, key);
}

/* x.M not called: the receiver, then what the method needs as for a
 * call x.M(): a word of its own for a type parameter's method, the
 * sub-dictionary of a derived instance's; none for an interface's. */
static void dc_method_value(DictCount *dc, const Node *e, const Selection *s) {
  const Node *x = e->u.selector.x;
  dc_expr(dc, x);
  if (is_interface_method(s) && !on_type_param(x))
    return;
  if (on_type_param(x) && s->depth == 1)
    dc_add(dc, dc->tparam_methods, &dc->ntparam_methods,
           tparam_method_key(dc->bp->arena, e));
  else if (on_type_param(x))
    dc->unknown = true;
  else if (calls_generic(dc->bp, e)) {
    const char *key = dc_subdict_key(dc, e, NULL, ir_info(dc->bp, e));
    if (key)
      dc_add(dc, dc->subdicts, &dc->nsubdicts, key);
  }
}

/* What evaluating expression e puts in the dictionary. */
static void dc_expr(DictCount *dc, const Node *e) {
  while (e && e->kind == ND_PAREN)
    e = e->u.paren.x;
  if (!e || dc->unknown)
    return;
  if (e->kind == ND_IMPLICIT_CONV) { /* to an interface */
    dc_assign(dc, e->type, NULL, e->u.paren.x);
    return;
  }
  const ExprInfo *info = ir_info(dc->bp, e);
  if (info && (info->mode == MODE_CONSTANT || info->mode == MODE_TYPEXPR))
    return;
  switch (e->kind) {
  case ND_NAME: case ND_BASIC_LIT:
    return;
  case ND_FUNC_LIT: {
    /* a closure's body is written with the function's dictionary */
    if (!e->type) {
      dc->unknown = true;
      return;
    }
    Type *sig = e->type;
    if (e->u.func_lit.range_body) {
      /* the body of a range-over-func loop, as escape_rangefunc.c
       * rewrote it: its parameters are written with no type node; how
       * gc's rewrite keys a derived one is not known */
      Type *params = sig->u.func.params;
      for (int i = 0; i < params->u.tuple.count; i++) {
        if (derived(params->u.tuple.vars[i]->type))
          dc->unknown = true;
        dc_declare(dc, params->u.tuple.vars[i], NULL);
      }
    } else {
      (void)dc_declare_signature(dc, e->u.func_lit.type, sig);
    }
    Type *outer = dc->results;
    dc->results = sig->u.func.results;
    dc_stmts(dc, e->u.func_lit.body->u.block.stmts);
    dc->results = outer;
    return;
  }
  case ND_CALL:
    if (!info) {
      dc->unknown = true;
      return;
    }
    dc_call(dc, e, info);
    return;
  case ND_SELECTOR: {
    const Selection *s = info ? info->selection : NULL;
    if (s && s->kind == SEL_METHOD_EXPR) {
      dc_method_expr(dc, e, s);
      return;
    }
    if (s && s->kind == SEL_METHOD_VALUE) {
      dc_method_value(dc, e, s);
      return;
    }
    if (!s || (s->kind != SEL_FIELD && s->kind != SEL_QUALIFIED)) {
      dc->unknown = true; /* method values */
      return;
    }
    if (s->kind == SEL_FIELD)
      dc_expr(dc, e->u.selector.x);
    return;
  }
  case ND_UNARY:
    dc_expr(dc, e->u.unary.x);
    return;
  case ND_BINARY: {
    const Node *x = e->u.binary.x, *y = e->u.binary.y;
    if (e->u.binary.op == TK_SHL || e->u.binary.op == TK_SHR ||
        !x->type || !y->type || types_identical(x->type, y->type)) {
      dc_expr(dc, x);
      dc_expr(dc, y);
      return;
    }
    /* operands of different types meet at the one the other is
     * assignable to: an interface, or nil's */
    bool x_to_y = types_is_interface(y->type) && !types_is_untyped(y->type);
    if (derived(x->type) || derived(y->type))
      dc_assign(dc, x_to_y ? y->type : NULL, NULL, x);
    else
      dc_expr(dc, x);
    if (derived(x->type) || derived(y->type))
      dc_assign(dc, x_to_y ? NULL : x->type, NULL, y);
    else
      dc_expr(dc, y);
    return;
  }
  case ND_INDEX: {
    Type *xt = e->u.index.x->type ? types_under(e->u.index.x->type) : NULL;
    dc_expr(dc, e->u.index.x);
    if (xt && xt->kind == TY_MAP) {
      dc_assign(dc, xt->u.map.key, NULL, e->u.index.index);
      const char *key = dc_expr_key(dc, e->u.index.x);
      if (key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      return;
    }
    dc_expr(dc, e->u.index.index);
    return;
  }
  case ND_SLICE_EXPR:
    dc_expr(dc, e->u.slice.x);
    dc_expr(dc, e->u.slice.low);
    dc_expr(dc, e->u.slice.high);
    dc_expr(dc, e->u.slice.max);
    return;
  case ND_COMPOSITE_LIT: {
    Type *t = e->type ? types_under(e->type) : NULL;
    if (t && t->kind == TY_POINTER)
      t = types_under(t->u.pointer.elem);
    if (t && t->kind == TY_MAP) {
      /* a run-time type for the map; keys and values converted */
      Type *lt = e->type;
      if (!e->u.composite.type || (lt && lt->kind == TY_POINTER)) {
        dc->unknown = true;
        return;
      }
      const char *key = dc_type_node_key(dc, e->u.composite.type);
      if (key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      /* the keys' and values' types: type parameters, or written in
       * the map's node */
      const Node *tn = unparen(e->u.composite.type);
      const char *kkey =
          !derived(t->u.map.key) ? NULL
          : dc_type_key(dc, t->u.map.key) ? dc_type_key(dc, t->u.map.key)
          : tn->kind == ND_MAP_TYPE ? dc_type_node_key(dc, tn->u.map_type.key)
                                    : NULL;
      const char *vkey = dc_elem_key(dc, tn->type, key);
      if (derived(t->u.map.key) && !kkey)
        dc->unknown = true;
      for (const Node *el = e->u.composite.elems; el; el = el->next) {
        if (el->kind != ND_KEY_VALUE) {
          dc->unknown = true;
          return;
        }
        dc_assign(dc, t->u.map.key, kkey, el->u.key_value.key);
        dc_assign(dc, t->u.map.elem, vkey, el->u.key_value.value);
      }
      return;
    }
    if (!t || (t->kind != TY_STRUCT && t->kind != TY_SLICE &&
               t->kind != TY_ARRAY)) {
      dc->unknown = true;
      return;
    }
    int i = 0;
    for (const Node *el = e->u.composite.elems; el; el = el->next, i++) {
      const Node *v = el->kind == ND_KEY_VALUE ? el->u.key_value.value : el;
      Type *ft = NULL;
      if (t->kind == TY_STRUCT) {
        if (el->kind == ND_KEY_VALUE) {
          const char *name = el->u.key_value.key->kind == ND_NAME
                                 ? el->u.key_value.key->u.name.name
                                 : NULL;
          for (int f = 0; name && f < t->u.strct.field_count; f++)
            if (t->u.strct.fields[f]->name == name)
              ft = t->u.strct.fields[f]->type;
        } else if (i < t->u.strct.field_count) {
          ft = t->u.strct.fields[i]->type;
        }
        if (!ft) {
          dc->unknown = true;
          return;
        }
      } else {
        ft = t->kind == TY_SLICE ? t->u.slice.elem : t->u.array.elem;
        if (el->kind == ND_KEY_VALUE)
          dc_expr(dc, el->u.key_value.key);
      }
      if (v->kind == ND_COMPOSITE_LIT && !v->u.composite.type) {
        if (derived(v->type))
          dc->unknown = true;
        dc_expr(dc, v);
        continue;
      }
      dc_assign(dc, ft, dc_type_key(dc, ft), v);
      if (derived(ft) && !dc_type_key(dc, ft) && v->type &&
          !types_identical(v->type, ft))
        dc->unknown = true;
    }
    return;
  }
  case ND_TYPE_ASSERT: /* x.(T): as in v, ok := x.(T) */
    dc_assert(dc, e);
    return;
  default:
    dc->unknown = true;
    return;
  }
}

/* <-c */
static bool is_receive(const Node *x) {
  return x->kind == ND_UNARY && x->u.unary.op == TK_ARROW;
}

/* The variables a := declares, typed as their values. */
static void dc_define(DictCount *dc, const Node *lhs, const Node *rhs) {
  const Node *r = rhs;
  bool multi = rhs && !rhs->next && lhs && lhs->next;
  for (const Node *l = lhs; l; l = l->next) {
    const Object *v = l->kind == ND_NAME ? l->u.name.object : NULL;
    bool blank = is_name(l, "_"); /* declares nothing */
    bool fresh = v && v->ident == l && !blank;
    if (multi) {
      if (blank)
        continue;
      /* v, ok := m[k] and the like: the first takes the value's type */
      if (fresh && derived(v->type)) {
        /* v, ok := m[k]: the map's element type; v, ok := <-c: the
         * channel's */
        const Node *x = unparen(rhs);
        bool results = x->type && x->type->kind == TY_TUPLE;
        int index = 0;
        for (const Node *k = lhs; k && k != l; k = k->next)
          index++;
        const char *own = results ? dc_type_key(dc, v->type) : NULL;
        const char *key = results ? (own ? own : dc_result_key(dc, x, index))
                          : l != lhs            ? NULL
                          : x->kind == ND_INDEX ? dc_expr_key(dc, x)
                          : x->kind == ND_TYPE_ASSERT && x->u.assert.type
                              ? dc_type_node_key(dc, x->u.assert.type)
                          : is_receive(x) ? dc_elem_key(dc, x->u.unary.x->type,
                                                        dc_expr_key(dc, x->u.unary.x))
                              : NULL;
        if (!key)
          dc->unknown = true;
        dc_declare(dc, v, key);
      } else if (fresh) {
        dc_declare(dc, v, NULL);
      } else if (v && derived(v->type)) {
        dc->unknown = true;
      }
      continue;
    }
    if (fresh) {
      dc_expr(dc, r);
      dc_declare(dc, v, derived(v->type) ? dc_expr_key(dc, r) : NULL);
    } else if (blank) {
      dc_assign(dc, NULL, NULL, r);
    } else {
      dc_assign(dc, v ? v->type : NULL, v ? dc_var_key(dc, v) : NULL, r);
    }
    r = r ? r->next : NULL;
  }
  if (multi) {
    const ExprInfo *info = ir_info(dc->bp, unparen(rhs));
    const Node *x = unparen(rhs);
    if (x->kind == ND_INDEX && info && info->mode == MODE_COMMAOK)
      dc_expr(dc, x);
    else if (x->kind == ND_TYPE_ASSERT && info &&
             info->mode == MODE_COMMAOK)
      dc_assert(dc, x);
    else if (is_receive(x) && info && info->mode == MODE_COMMAOK)
      dc_expr(dc, x);
    else if (x->kind == ND_CALL && x->type && x->type->kind == TY_TUPLE)
      dc_expr(dc, x); /* a call's results, declared with their types */
    else
      dc->unknown = true;
  }
}

/* x.(T) with a value and a bool: T's run-time type, or the itab to a
 * non-empty interface. */
static void dc_assert(DictCount *dc, const Node *x) {
  const Node *v = x->u.assert.x;
  Type *iu = v->type ? types_under(v->type) : NULL;
  dc_expr(dc, v);
  if (!iu || iu->kind != TY_INTERFACE || derived(v->type) ||
      !x->u.assert.type) {
    dc->unknown = true;
    return;
  }
  const char *key = dc_type_node_key(dc, x->u.assert.type);
  if (iu->u.iface.method_count == 0 && iu->u.iface.embedded_count == 0) {
    if (key)
      dc_add(dc, dc->rtypes, &dc->nrtypes, key);
  } else {
    dc_conv_rtti(dc, x->type, key, v->type, NULL);
  }
}

/* Value i of x, a call's results or a comma-ok form, assigned to a
 * destination of type dst keyed dkey (NULL: not derived): converted as
 * dc_assign converts, with the result's type keyed as the checker made
 * it (a type parameter or an instance; anything else is unknown). */
static void dc_assign_value(DictCount *dc, const Node *x, int i, Type *dst,
                            const char *dkey) {
  bool tuple = x->type && x->type->kind == TY_TUPLE;
  Type *src = tuple ? (i < x->type->u.tuple.count
                           ? x->type->u.tuple.vars[i]->type : NULL)
                    : i == 0 ? x->type : types_basic[TY_BOOL];
  if (!src || !dst) {
    dc->unknown = true;
    return;
  }
  if (types_identical(src, dst) || (!derived(src) && !derived(dst)))
    return;
  const char *skey = !derived(src) ? NULL
                     : tuple       ? dc_type_key(dc, src)
                                   : dc_expr_key(dc, x);
  if (derived(src) && !skey) {
    dc->unknown = true;
    return;
  }
  dc_conv_rtti(dc, src, skey, dst, dkey);
}

/* The values of x, a call's results or a comma-ok form, written first. */
static bool dc_values(DictCount *dc, const Node *x) {
  const ExprInfo *xi = ir_info(dc->bp, x);
  if (!(x->type && x->type->kind == TY_TUPLE) &&
      !(xi && xi->mode == MODE_COMMAOK)) {
    dc->unknown = true;
    return false;
  }
  if (x->kind == ND_TYPE_ASSERT)
    dc_assert(dc, x);
  else
    dc_expr(dc, x);
  return true;
}

/* a, b = v where v has several values (a call's results, or a comma-ok
 * form's value and bool): each converted to its destination's type. */
static void dc_assign_values(DictCount *dc, const Node *lhs,
                             const Node *rhs) {
  const Node *x = unparen(rhs);
  if (!dc_values(dc, x))
    return;
  int i = 0;
  for (const Node *l = lhs; l && !dc->unknown; l = l->next, i++) {
    const Node *u = unparen(l);
    if (is_name(u, "_"))
      continue;
    if (u->kind != ND_NAME)
      dc_expr(dc, u);
    dc_assign_value(dc, x, i, l->type,
                    derived(l->type) ? dc_expr_key(dc, u) : NULL);
  }
}

/* return f(), f of several results: each converted to its result. */
static void dc_return_values(DictCount *dc, Type *results, const Node *r) {
  const Node *x = unparen(r);
  if (!dc_values(dc, x) || x->type->kind != TY_TUPLE ||
      x->type->u.tuple.count != results->u.tuple.count) {
    dc->unknown = true;
    return;
  }
  for (int i = 0; i < results->u.tuple.count && !dc->unknown; i++) {
    const Object *v = results->u.tuple.vars[i];
    dc_assign_value(dc, x, i, v->type,
                    derived(v->type) ? dc_var_key(dc, v) : NULL);
  }
}

/* lhs = rhs: each value converted to its destination's type. */
static void dc_assign_stmt(DictCount *dc, const Node *n) {
  const Node *lhs = n->u.assign.lhs, *rhs = n->u.assign.rhs;
  if (n->u.assign.op == TK_DEFINE) {
    dc_define(dc, lhs, rhs);
    return;
  }
  if (lhs && lhs->next && rhs && !rhs->next) {
    dc_assign_values(dc, lhs, rhs);
    return;
  }
  const Node *r = rhs;
  for (const Node *l = lhs; l; l = l->next, r = r ? r->next : NULL) {
    const Node *u = unparen(l);
    bool blank = u->kind == ND_NAME && strcmp(u->u.name.name, "_") == 0;
    if (!blank && u->kind != ND_NAME)
      dc_expr(dc, u);
    if (n->u.assign.op != TK_ASSIGN) { /* x op= y */
      dc_expr(dc, r);
      if (derived(l->type) && r && r->type &&
          !types_identical(l->type, r->type) && !types_is_untyped(r->type))
        dc->unknown = true;
      continue;
    }
    const char *key = NULL;
    if (!blank && derived(l->type))
      key = dc_expr_key(dc, u);
    dc_assign(dc, blank ? NULL : l->type, key, r);
  }
}

static void dc_stmt(DictCount *dc, const Node *n);

/* Each var of `var x, y T = a, b`. */
static void dc_var_spec(DictCount *dc, const Node *spec) {
  if (spec->kind != ND_VAR_SPEC) {
    if (spec->kind == ND_TYPE_SPEC)
      dc->unknown = true; /* a type declared in a generic body */
    return;
  }
  const char *tkey = spec->u.value_spec.type
                         ? dc_type_node_key(dc, spec->u.value_spec.type)
                         : NULL;
  const Node *v = spec->u.value_spec.values;
  if (v && v->next == NULL && spec->u.value_spec.names->next) {
    dc->unknown = true; /* var a, b = f() */
    return;
  }
  /* gc's checker writes the type of `var a, b T` once per name (unlike
   * a group of parameters): a derived type gets a key per name, and an
   * unnamed one cannot be keyed by goesc's one type (dc_plain_key) */
  Type *t = spec->u.value_spec.type ? spec->u.value_spec.type->type : NULL;
  bool spread = t && spec->u.value_spec.names->next;
  if (spread && !derived(t) && t->kind != TY_NAMED) {
    if (dc->nspread == 16)
      dc->unknown = true;
    else
      dc->spread[dc->nspread++] = t;
  }
  int index = 0;
  for (const Node *name = spec->u.value_spec.names; name;
       name = name->next, v = v ? v->next : NULL, index++) {
    const Object *obj = name->u.name.object;
    if (spread && index > 0 && tkey && tkey[0] == 'N')
      tkey = arena_printf(dc->bp->arena, "V%p.%d", (void *)spec, index);
    if (is_name(name, "_")) {
      if (derived(spec->u.value_spec.type ? spec->u.value_spec.type->type
                                          : v ? v->type : NULL))
        dc->unknown = true; /* var _ T = x */
      dc_expr(dc, v);
      continue;
    }
    if (!obj)
      continue;
    if (spec->u.value_spec.type) {
      dc_assign(dc, obj->type, tkey, v);
      dc_declare(dc, obj, tkey);
    } else {
      dc_expr(dc, v);
      dc_declare(dc, obj, derived(obj->type) ? dc_expr_key(dc, v) : NULL);
    }
  }
}

static void dc_range(DictCount *dc, const Node *n) {
  const Node *x = n->u.range_stmt.x;
  Type *xt = x->type ? types_under(x->type) : NULL;
  dc_expr(dc, x);
  if (!xt || (xt->kind != TY_SLICE && xt->kind != TY_MAP &&
              xt->kind != TY_ARRAY && !(xt->kind > TY_INVALID &&
                                        xt->kind <= TY_UNSAFE_POINTER))) {
    if (derived(x->type))
      dc->unknown = true;
    dc_stmts(dc, n->u.range_stmt.body->u.block.stmts);
    return;
  }
  if (xt->kind == TY_MAP) {
    const char *key = dc_expr_key(dc, x);
    if (key)
      dc_add(dc, dc->rtypes, &dc->nrtypes, key);
  }
  /* each variable set is converted from the key or element type (the
   * writer converts even between identical types) */
  Type *kt = xt->kind == TY_MAP ? xt->u.map.key : types_basic[TY_INT];
  Type *vt = xt->kind == TY_MAP     ? xt->u.map.elem
             : xt->kind == TY_SLICE ? xt->u.slice.elem
             : xt->kind == TY_ARRAY ? xt->u.array.elem
                                    : NULL;
  const Node *vars[2] = {n->u.range_stmt.key, n->u.range_stmt.value};
  Type *src[2] = {kt, vt};
  for (int i = 0; i < 2; i++) {
    const Node *l = unparen(vars[i]);
    if (!l || (l->kind == ND_NAME && strcmp(l->u.name.name, "_") == 0))
      continue;
    const char *skey = src[i] && derived(src[i]) ? dc_type_key(dc, src[i])
                                                 : NULL;
    if (src[i] && derived(src[i]) && !skey && i == 1) /* the element's */
      skey = dc_elem_key(dc, x->type, dc_expr_key(dc, x));
    if (!src[i] || (derived(src[i]) && !skey)) {
      dc->unknown = true; /* a key type written as a node */
      return;
    }
    const Object *v = l->kind == ND_NAME ? l->u.name.object : NULL;
    if (n->u.range_stmt.op == TK_DEFINE) {
      dc_declare(dc, v, skey);
      dc_conv_rtti(dc, src[i], skey, src[i], skey);
    } else {
      if (derived(l->type))
        dc->unknown = true;
      dc_expr(dc, l);
      dc_conv_rtti(dc, src[i], skey, l->type, NULL);
    }
  }
  dc_stmts(dc, n->u.range_stmt.body->u.block.stmts);
}

/* switch x := i.(type): each case type's run-time type (for a
 * non-empty interface, the itab to it), and each clause's x, of the
 * case's type when it names one type, else of i's. */
static void dc_type_switch(DictCount *dc, const Node *n) {
  const Node *guard = n->u.switch_stmt.tag;
  const Node *x = guard->u.guard.x;
  Type *iface = x->type;
  Type *iu = iface ? types_under(iface) : NULL;
  if (!iu || iu->kind != TY_INTERFACE || derived(iface)) {
    dc->unknown = true;
    return;
  }
  bool empty = iu->u.iface.method_count == 0 && iu->u.iface.embedded_count == 0;
  dc_expr(dc, x);
  for (const Node *c = n->u.switch_stmt.clauses; c && !dc->unknown;
       c = c->next) {
    const char *one = NULL; /* the key of the clause's one type */
    int count = 0;
    for (const Node *e = c->u.case_clause.list; e; e = e->next, count++) {
      const ExprInfo *ei = ir_info(dc->bp, unparen(e));
      if (ei && ei->mode == MODE_NILVALUE)
        continue;
      const char *key = dc_type_node_key(dc, e);
      if (empty && key)
        dc_add(dc, dc->rtypes, &dc->nrtypes, key);
      else if (!empty)
        dc_conv_rtti(dc, unparen(e)->type, key, iface, NULL);
      one = key;
    }
    const ExprInfo *ci = ir_info(dc->bp, c);
    const Object *v = ci ? ci->implicit_obj : NULL;
    if (guard->u.guard.lhs && !v)
      dc->unknown = true;
    if (v)
      dc_declare(dc, v, count == 1 && derived(v->type) ? one : NULL);
    if (v && derived(v->type) && count != 1)
      dc->unknown = true;
    dc_stmts(dc, c->u.case_clause.body);
  }
}

/* switch t { case ... } with t of a derived type: the writer converts
 * the tag and each case to the tag's type, or, when a case is an
 * interface the tag's type is not assignable from, all to a new empty
 * interface. */
static void dc_derived_switch(DictCount *dc, const Node *n) {
  const Node *tag = n->u.switch_stmt.tag;
  bool to_iface = false;
  for (const Node *c = n->u.switch_stmt.clauses; c; c = c->next)
    for (const Node *e = c->u.case_clause.list; e; e = e->next) {
      const Node *x = unparen(e);
      const ExprInfo *xi = ir_info(dc->bp, x);
      if (!x->type || (xi && (xi->mode == MODE_CONSTANT ||
                              xi->mode == MODE_NILVALUE)))
        continue;
      if (types_identical(x->type, tag->type))
        continue;
      if (types_is_interface(x->type) && !derived(x->type))
        to_iface = true;
      else
        dc->unknown = true;
    }
  dc_expr(dc, tag);
  if (to_iface)
    dc_conv_to(dc, tag->type, dc_expr_key(dc, tag), NULL, NULL,
               dc_unnamed_key(dc, n));
  for (const Node *c = n->u.switch_stmt.clauses; c && !dc->unknown;
       c = c->next) {
    for (const Node *e = c->u.case_clause.list; e; e = e->next) {
      const Node *x = unparen(e);
      Type *xu = x->type ? types_under(x->type) : NULL;
      /* to interface{}: only an empty interface is identical to it */
      if (to_iface && !(xu && xu->kind == TY_INTERFACE &&
                        xu->u.iface.method_count == 0 &&
                        xu->u.iface.embedded_count == 0))
        dc->unknown = true;
      dc_expr(dc, x);
    }
    dc_stmts(dc, c->u.case_clause.body);
  }
}

static void dc_stmt(DictCount *dc, const Node *n) {
  if (!n || dc->unknown)
    return;
  switch (n->kind) {
  case ND_EMPTY_STMT: case ND_BRANCH_STMT:
    return;
  case ND_BLOCK:
    dc_stmts(dc, n->u.block.stmts);
    return;
  case ND_LABELED_STMT:
    dc_stmt(dc, n->u.labeled.stmt);
    return;
  case ND_EXPR_STMT:
    dc_expr(dc, n->u.expr_stmt.x);
    return;
  case ND_INC_DEC_STMT:
    dc_expr(dc, n->u.inc_dec.x);
    return;
  case ND_ASSIGN_STMT:
    dc_assign_stmt(dc, n);
    return;
  case ND_DECL_STMT:
    for (const Node *d = n->u.decl_stmt.decls; d; d = d->next)
      dc_var_spec(dc, d);
    return;
  case ND_RETURN_STMT: {
    Type *results = dc->results;
    const Node *r = n->u.return_stmt.results;
    if (r && results && r->next == NULL && results->u.tuple.count > 1) {
      dc_return_values(dc, results, r);
      return;
    }
    for (int i = 0; r; r = r->next, i++) {
      const Object *v = results && i < results->u.tuple.count
                            ? results->u.tuple.vars[i]
                            : NULL;
      if (!v) {
        dc->unknown = true;
        return;
      }
      dc_assign(dc, v->type, derived(v->type) ? dc_var_key(dc, v) : NULL,
                r);
    }
    return;
  }
  case ND_IF_STMT: {
    dc_stmt(dc, n->u.if_stmt.init);
    const Node *cond = n->u.if_stmt.cond;
    int known = ir_static_bool(dc->bp, &cond);
    if (known == 0)
      dc_expr(dc, cond);
    if (known >= 0)
      dc_stmt(dc, n->u.if_stmt.then);
    if (known <= 0)
      dc_stmt(dc, n->u.if_stmt.els);
    return;
  }
  case ND_FOR_STMT:
    dc_stmt(dc, n->u.for_stmt.init);
    dc_expr(dc, n->u.for_stmt.cond);
    dc_stmt(dc, n->u.for_stmt.post);
    dc_stmts(dc, n->u.for_stmt.body->u.block.stmts);
    return;
  case ND_RANGE_STMT:
    dc_range(dc, n);
    return;
  case ND_SWITCH_STMT: {
    const Node *tag = n->u.switch_stmt.tag;
    if (tag && tag->kind == ND_TYPE_SWITCH_GUARD) {
      dc_stmt(dc, n->u.switch_stmt.init);
      dc_type_switch(dc, n);
      return;
    }
    if (tag && derived(tag->type)) {
      dc_stmt(dc, n->u.switch_stmt.init);
      dc_derived_switch(dc, n);
      return;
    }
    dc_stmt(dc, n->u.switch_stmt.init);
    dc_expr(dc, tag);
    for (const Node *c = n->u.switch_stmt.clauses; c; c = c->next) {
      for (const Node *e = c->u.case_clause.list; e; e = e->next) {
        if (derived(e->type) || (tag && !types_identical(tag->type, e->type) &&
                                 !types_is_untyped(e->type)))
          dc->unknown = true;
        dc_expr(dc, e);
      }
      dc_stmts(dc, c->u.case_clause.body);
    }
    return;
  }
  case ND_GO_STMT: case ND_DEFER_STMT: /* the writer writes the call */
    dc_expr(dc, n->u.go_defer.call);
    return;
  default: /* select, send: not modeled */
    dc->unknown = true;
    return;
  }
}

/* A statement list, without what the writer drops as dead (as
 * ir_stmts). */
static void dc_stmts(DictCount *dc, const Node *list) {
  const Node *last_label = NULL;
  for (const Node *n = list; n; n = n->next)
    if (n->kind == ND_LABELED_STMT)
      last_label = n;
  bool dead = false, past_label = last_label == NULL;
  for (const Node *n = list; n && !dc->unknown; n = n->next) {
    if (dead && past_label && n->kind != ND_LABELED_STMT)
      continue;
    dc_stmt(dc, n);
    if (n == last_label)
      past_label = true;
    dead = ir_terminates(dc->bp, n);
  }
}

/* What the writer puts in the dictionary for function or method decl
 * of type sig: its receiver, parameters and results, then its body; -1
 * when not known. */
static long count_function(BodyPrinter *bp, const Node *decl, Type *sig,
                           DictCount **keep) {
  if (!decl || decl->kind != ND_FUNC_DECL || !decl->u.func_decl.body ||
      !sig || sig->kind != TY_FUNC)
    return -1;
  DictCount *dc = xmalloc(sizeof *dc);
  memset(dc, 0, sizeof *dc);
  dc->bp = bp;
  dc->results = sig->u.func.results;
  const Node *recv = decl->u.func_decl.recv;
  if (recv && sig->u.func.recv)
    dc_declare(dc, sig->u.func.recv, dc_type_node_key(dc, recv->u.field.type));
  else if (recv || sig->u.func.recv)
    dc->unknown = true;
  if (!dc_declare_signature(dc, decl->u.func_decl.type, sig))
    dc->unknown = true;
  dc_stmts(dc, decl->u.func_decl.body->u.block.stmts);
  long n = dc->unknown ? -1
                      : dc->ntparam_methods + dc->nsubdicts + dc->nrtypes +
                            dc->nitabs;
  if (keep && n >= 0)
    *keep = dc;
  else
    free(dc);
  return n;
}

/* The length of the dictionary of the shape instances of generic
 * function decl (whose signature is bp->sig), -1 when not known; what
 * decl's body puts there is kept in bp->dict, for the printer to look
 * up its entries.
 *
 * A method's dictionary is its type's, filled by all its methods in the
 * order they are declared, each kind of entry after the other: first
 * the methods of type parameters, then the sub-dictionaries, and so on.
 * A method of a type parameter is keyed by the parameter's place, so the
 * methods share it; everything else is keyed by types of the method's
 * own receiver type parameters, so the methods' entries never meet and
 * their counts add up. */
static long dictionary_length(BodyPrinter *bp, const Node *decl) {
  const Object *recv = bp->sig->u.func.recv;
  if (!recv) {
    long n = count_function(bp, decl, bp->sig, &bp->dict);
    if (bp->dict)
      bp->dict->subdicts_at = bp->dict->ntparam_methods;
    return n;
  }
  Type *t = recv->type;
  if (t && t->kind == TY_POINTER)
    t = t->u.pointer.elem;
  if (t && t->kind == TY_NAMED && t->u.named.origin)
    t = t->u.named.origin;
  if (!t || t->kind != TY_NAMED || t->u.named.method_count == 0)
    return -1;
  DictCount all = {0}; /* the methods of type parameters of every method */
  long rest = 0;       /* the other entries */
  int subdicts = 0;    /* of the methods before decl */
  DictCount *own = NULL; /* decl's */
  for (int i = 0; i < t->u.named.method_count; i++) {
    const Object *m = t->u.named.methods[i];
    DictCount *dc = NULL;
    long n = m->kind == OBJ_FUNC
                 ? count_function(bp, m->u.func.decl, m->type, &dc) : -1;
    if (n < 0) {
      free(own);
      return -1;
    }
    for (int k = 0; k < dc->ntparam_methods; k++)
      dc_add(&all, all.tparam_methods, &all.ntparam_methods,
             dc->tparam_methods[k]);
    if (m->u.func.decl == decl) {
      own = dc;
      own->subdicts_at = subdicts;
    }
    subdicts += dc->nsubdicts;
    rest += n - dc->ntparam_methods;
    if (dc != own)
      free(dc);
  }
  if (all.unknown) {
    free(own);
    return -1;
  }
  if (own) { /* its methods of type parameters are looked up among all */
    memcpy(own->tparam_methods, all.tparam_methods,
           sizeof all.tparam_methods);
    own->ntparam_methods = all.ntparam_methods;
    own->subdicts_at += all.ntparam_methods;
  }
  bp->dict = own;
  return all.ntparam_methods + rest;
}

/* Where word i of the dictionary is, among what the function's count
 * found: -1 when not there. */
static int dict_index(const char **set, int n, const char *key) {
  for (int i = 0; key && i < n; i++)
    if (strcmp(set[i], key) == 0)
      return i;
  return -1;
}

/* The sub-dictionary a call in a shape instance of a function passes,
 * as gc prints it: (*[2]uintptr)(.dict[0]), the callee's dictionary
 * (its length counted as this function's) at its place among the
 * words (in a method, among those of the type's methods: see
 * dictionary_length); NULL when not known. */
static const char *subdict_text(BodyPrinter *bp, const Node *fun,
                                const Node *args, const ExprInfo *info) {
  DictCount *dc = bp->dict;
  if (!dc)
    return NULL;
  int i = dict_index(dc->subdicts, dc->nsubdicts,
                     dc_subdict_key(dc, fun, args, info));
  const ExprInfo *fi = ir_info(bp, fun);
  const Selection *s = fi ? fi->selection : NULL;
  const Node *name = fun->kind == ND_INDEX ? unparen(fun->u.index.x) : fun;
  const Object *g = s && s->kind == SEL_METHOD_VALUE ? s->obj
                    : name->kind == ND_NAME          ? name->u.name.object
                                                     : NULL;
  if (g && g->kind == OBJ_FUNC && g->u.func.origin)
    g = g->u.func.origin;
  if (i < 0 || dc->unknown || !g || g->kind != OBJ_FUNC || !g->type)
    return NULL;
  BodyPrinter callee = *bp;
  callee.sig = g->type;
  callee.dict = NULL;
  long words = dictionary_length(&callee, g->u.func.decl);
  free(callee.dict);
  if (words < 0)
    return NULL;
  return arena_printf(bp->arena, "(*[%ld]uintptr)(.dict[%d])", words,
                      dc->subdicts_at + i);
}

/* x.M of a type parameter x, in a shape instance of a function: gc
 * calls the func value the dictionary holds for it, typed with the
 * receiver first: (func(go.shape.int) string)(&.dict[0]).  NULL when
 * not known. */
static const char *tparam_method_text(BodyPrinter *bp, const Node *fun) {
  DictCount *dc = bp->dict;
  Type *xt = fun->u.selector.x->type;
  const ExprInfo *fi = ir_info(bp, fun);
  const Selection *s = fi ? fi->selection : NULL;
  if (!dc || !xt || xt->kind != TY_TYPEPARAM ||
      !s || !s->obj || !s->obj->type || s->obj->type->kind != TY_FUNC)
    return NULL;
  int i = dict_index(dc->tparam_methods, dc->ntparam_methods,
                     tparam_method_key(bp->arena, fun));
  StrBuf recv = {0}, sig = {0};
  bool ok = i >= 0 && gc_type(&recv, &bp->sp, xt) &&
            gc_signature(&sig, &bp->sp, s->obj->type);
  const char *text = NULL;
  if (ok) {
    const char *rest = sig.data + strlen("func(");
    text = arena_printf(bp->arena, "(func(%s%s%s)(&.dict[%d])", recv.data,
                        *rest == ')' ? "" : ", ", rest, i);
  }
  strbuf_free(&recv);
  strbuf_free(&sig);
  return text;
}

/* A closure of a shape instance of function decl uses the function's
 * dictionary (.dict, captured): what it holds, NULL when not known.  (A
 * method's closures are left out: dictionary_length knows a method's
 * entries now, but how gc prints those closures' bodies has not been
 * checked against gc.) */
static DictCount *closure_dictionary(BodyPrinter *bp, const Node *decl) {
  const Object *obj = decl->kind == ND_FUNC_DECL
                          ? decl->u.func_decl.name->u.name.object
                          : NULL;
  if (!obj || !obj->type || obj->type->kind != TY_FUNC ||
      obj->type->u.func.recv)
    return NULL;
  BodyPrinter outer = *bp;
  outer.sig = obj->type;
  outer.dict = NULL;
  (void)dictionary_length(&outer, decl);
  if (outer.dict) /* its keys are looked up from the closure's printer */
    outer.dict->bp = bp;
  return outer.dict;
}

const char *ast_print_inline_body(Arena *arena, const struct Package *pkg,
                                  const AstGenericNames *names,
                                  const Node *func, const Node *wrapped) {
  if (!func || !pkg)
    return "";
  bool lit = func->kind == ND_FUNC_LIT;
  const Node *body = lit ? func->u.func_lit.body : func->u.func_decl.body;
  const Object *obj = lit ? NULL : func->u.func_decl.name->u.name.object;
  Type *sig = lit ? func->type : obj ? obj->type : NULL;
  if (!body || !sig || sig->kind != TY_FUNC)
    return "";
  /* generic code: gc prints its shape instances, when the caller
   * spells the shapes */
  bool shaped = sig->u.func.tparam_count > 0 || sig->u.func.rtparam_count > 0;
  if (shaped && (lit || !names || (!wrapped && !names->shape_instance)))
    return "";
  BodyPrinter bp = {arena, pkg, {pkg, names}, sig, 0, false, 0, NULL,
                    wrapped, NULL};
  long dict = shaped ? dictionary_length(&bp, func) : 0;
  if (dict < 0 && !wrapped)
    return ""; /* a wrapper of a shape instance does not print it */
  if (lit && names && names->instance_decl)
    bp.dict = closure_dictionary(&bp, names->instance_decl);
  /* the receiver, the dictionary, parameters and results are declared
   * first, named or not */
  const Object *recv = sig->u.func.recv;
  bp.dcl = (recv ? 1 : 0) + (shaped ? 1 : 0) +
           sig->u.func.params->u.tuple.count +
           sig->u.func.results->u.tuple.count;
  StrBuf out = {0};
  if (recv) {
    strbuf_puts(&out, "method(");
    if (!gc_type(&out, &bp.sp, recv->type))
      bp.unknown = true;
    strbuf_puts(&out, ") ");
  }
  StrBuf type = {0};
  if (!gc_signature(&type, &bp.sp, sig))
    bp.unknown = true;
  else if (shaped) /* func(*[2]uintptr, go.shape.int) */
    strbuf_printf(&out, "func(*[%ld]uintptr%s", dict,
                  sig->u.func.params->u.tuple.count ? ", " : "");
  strbuf_puts(&out, type.data + (shaped ? strlen("func(") : 0));
  strbuf_free(&type);
  strbuf_puts(&out, " { ");
  ir_stmts(&bp, &out, body->u.block.stmts);
  strbuf_puts(&out, " }");
  const char *text = bp.unknown ? "" : wrapped ? bp.wrapper ? bp.wrapper : ""
                                               : buf_text(&bp, &out);
  strbuf_free(&out);
  free(bp.dict);
  return text;
}

/* ---- dictionary wrappers ----
 *
 * gc compiles F[int], the instance of a generic function for concrete
 * type arguments, as a *dictionary wrapper*: a body of one tail call of
 * the shape instance, F[go.shape.int], with the address of the
 * dictionary first (after the receiver of a method, whose dictionary is
 * its type's):
 *
 *   func([]int) []int { return F[go.shape.int](&.dict.F[int], xs) }
 *   method(*L[int]) func(int) { (*L[go.shape.int]).Push(l, &.dict.L[int], v) }
 *
 * The arguments are the wrapper's parameters, an unnamed or blank one
 * named ~pN by its place among the receiver and parameters.  With two
 * results or more the call goes through temporaries, numbered after the
 * receiver, parameters and results: "return .autotmp_3, .autotmp_4". */

/* gc's name of parameter i (the receiver counts first): its own, or
 * ~pN when it has none. */
static const char *wrapper_param(Arena *arena, const Object *v, int i) {
  if (!v || !v->name || !v->name[0] || strcmp(v->name, "_") == 0)
    return arena_printf(arena, "~p%d", i);
  return v->name;
}

const char *ast_print_wrapper_body(Arena *arena, const struct Package *pkg,
                                   const AstGenericNames *names,
                                   const AstWrapper *w) {
  Spelling sp = {pkg, names};
  Type *gsig = w->generic_sig;
  if (!w->sig || w->sig->kind != TY_FUNC || !gsig || gsig->kind != TY_FUNC ||
      !w->callee || !w->dict || (w->recv != NULL) != (gsig->u.func.recv != NULL))
    return "";
  Type *params = gsig->u.func.params;
  int recvs = w->recv ? 1 : 0;
  int nparams = params->u.tuple.count;
  int nresults = w->sig->u.func.results->u.tuple.count;
  StrBuf out = {0};
  bool ok = true;
  if (w->recv) {
    strbuf_puts(&out, "method(");
    ok = gc_type(&out, &sp, w->recv);
    strbuf_puts(&out, ") ");
  }
  ok = ok && gc_signature(&out, &sp, w->sig);
  strbuf_puts(&out, " { ");
  if (nresults > 1) {
    int first = recvs + nparams + nresults;
    strbuf_puts(&out, "return ");
    for (int i = 0; i < nresults; i++)
      strbuf_printf(&out, "%s.autotmp_%d", i ? ", " : "", first + i);
  } else {
    strbuf_printf(&out, "%s%s(", nresults ? "return " : "", w->callee);
    if (w->recv)
      strbuf_printf(&out, "%s, ",
                    wrapper_param(arena, gsig->u.func.recv, 0));
    strbuf_printf(&out, "&%s", w->dict);
    for (int i = 0; i < nparams; i++)
      strbuf_printf(&out, ", %s%s",
                    wrapper_param(arena, params->u.tuple.vars[i], recvs + i),
                    gsig->u.func.variadic && i == nparams - 1 ? "..." : "");
    putc_buf(&out, ')');
  }
  strbuf_puts(&out, " }");
  const char *text =
      ok ? arena_strndup(arena, out.data, out.length) : "";
  strbuf_free(&out);
  return text;
}
