/*
 * lex.c — the lexer.  Needs a Source; produces Tokens, one per lex_next
 * call, and a list of the comments later stages read.
 *
 * goesc must reject exactly the programs gc rejects, with gc's words at
 * gc's positions, so this lexer follows the behaviour of gc's scanner
 * (cmd/compile/internal/syntax/scanner.go) rather than only the Go spec.
 * Three of gc's habits shape the code:
 *
 *  1. gc reads the file as a stream of characters from which it silently
 *     drops, after reporting them, the bytes Go forbids anywhere: a NUL
 *     ("invalid NUL character"), a byte that does not start a well-formed
 *     UTF-8 sequence ("invalid UTF-8 encoding"), and a byte order mark
 *     anywhere but at the very start ("invalid BOM in the middle of the
 *     file").  Such junk is invisible to the grammar: "x\0y" is the one
 *     identifier xy.  Here peek() returns the next character after any
 *     junk, and the scanning code decides by peek() alone (its fast loops
 *     step only over plain ASCII bytes), so the rule holds inside names,
 *     numbers, strings and comments alike.  Token.text still spans the
 *     raw bytes, junk included, as gc's literal text does.
 *
 *  2. Positions are line and byte column, a tab being one column.  The
 *     lexer keeps a pointer to the start of the current line; a column is
 *     a pointer difference, so no per-character bookkeeping is needed.
 *
 *  3. Semicolons are inserted the way gc does it: a token that may end a
 *     statement (a name, a literal, break, continue, fallthrough, return,
 *     ++, --, ), ], }) sets semicolon_pending; the next newline, end of
 *     file, or block comment spanning lines then becomes a TK_SEMICOLON.
 *
 * Speed comes from doing the common case with plain byte loops: names,
 * strings, comments and blanks are scanned by tight loops over ASCII bytes
 * that only call out for a byte >= 0x80 or a NUL.  Nothing is allocated
 * per token; Token.text points into the source.
 */
#include "goesc.h"

#include <inttypes.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Character classes                                                    */
/* ------------------------------------------------------------------ */

enum { END_OF_FILE = -1 };
enum { MAX_RUNE = 0x10FFFF, BOM = 0xFEFF, REPLACEMENT_CHAR = 0xFFFD };

/* An inclusive range of code points, as in the generated tables. */
typedef struct CodeRange {
  uint32_t first, last;
} CodeRange;

/* letter_ranges, digit_ranges, print_ranges: non-ASCII code points only. */
#include "unicode_tables.inc"

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

/* ASCII bytes that may appear in identifiers: 1 = letter or '_', 2 = digit.
 * Bytes >= 0x80 and NUL are 0, which sends scanning to the slow path. */
enum { CLASS_LETTER = 1, CLASS_DIGIT = 2 };
static const unsigned char ident_class[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x00 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x10 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 0x20 */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0, /* 0x30 0-9 */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x40 A-O */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, /* 0x50 P-Z _ */
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* 0x60 a-o */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, /* 0x70 p-z */
};

static bool in_ranges(const CodeRange *ranges, size_t count, int32_t c)
{
  size_t low = 0, high = count;
  uint32_t value = (uint32_t)c;
  while (low < high) {
    size_t middle = low + (high - low) / 2;
    if (value < ranges[middle].first)
      high = middle;
    else if (value > ranges[middle].last)
      low = middle + 1;
    else
      return true;
  }
  return false;
}

/* unicode.IsLetter, unicode.IsDigit and strconv.IsPrint. */
static bool is_letter(int32_t c)
{
  if (c < 0x80)
    return c >= 0 && ident_class[c] == CLASS_LETTER && c != '_';
  return in_ranges(letter_ranges, COUNT_OF(letter_ranges), c);
}

static bool is_digit(int32_t c)
{
  if (c < 0x80)
    return c >= '0' && c <= '9';
  return in_ranges(digit_ranges, COUNT_OF(digit_ranges), c);
}

static bool is_print(int32_t c)
{
  if (c < 0x80)
    return c >= 0x20 && c < 0x7F;
  return c <= MAX_RUNE && in_ranges(print_ranges, COUNT_OF(print_ranges), c);
}

static bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }

/* ASCII lower case of a letter; other characters come out unchanged or as
 * a non-letter, which is all the callers need (gc's trick). */
static int32_t lower(int32_t c) { return c | ('a' - 'A'); }

static bool is_hex(int32_t c)
{
  return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

/* ------------------------------------------------------------------ */
/* UTF-8                                                                */
/* ------------------------------------------------------------------ */

static bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

/* Decode the sequence at p (before end) as Go's utf8.DecodeRune does:
 * return its width and store the code point, or return 0 when the bytes
 * are not well-formed (overlong forms and surrogates included). */
static int decode_utf8(const unsigned char *p, const unsigned char *end,
                       int32_t *rune)
{
  ptrdiff_t available = end - p;
  unsigned char lead = p[0];
  unsigned char second_low = 0x80, second_high = 0xBF;
  int width;
  int32_t value;

  if (lead < 0x80) {
    *rune = lead;
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    width = 2;
    value = lead & 0x1F;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    width = 3;
    value = lead & 0x0F;
    if (lead == 0xE0)
      second_low = 0xA0; /* shorter forms are overlong */
    if (lead == 0xED)
      second_high = 0x9F; /* U+D800..U+DFFF are surrogates */
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    width = 4;
    value = lead & 0x07;
    if (lead == 0xF0)
      second_low = 0x90;
    if (lead == 0xF4)
      second_high = 0x8F; /* beyond U+10FFFF */
  } else {
    return 0;
  }
  if (available < width || p[1] < second_low || p[1] > second_high)
    return 0;
  for (int i = 1; i < width; i++) {
    if (!is_continuation(p[i]))
      return 0;
    value = (value << 6) | (p[i] & 0x3F);
  }
  *rune = value;
  return width;
}

/* Width of the already validated character whose first byte is lead. */
static int utf8_width(unsigned char lead)
{
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

/* Append the UTF-8 encoding of c to out, as Go's utf8.AppendRune does
 * (invalid code points become U+FFFD); return the byte count. */
static int encode_utf8(char *out, uint32_t c)
{
  if (c > MAX_RUNE || (c >= 0xD800 && c < 0xE000))
    c = REPLACEMENT_CHAR;
  if (c < 0x80) {
    out[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (char)(0xC0 | (c >> 6));
    out[1] = (char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12));
    out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18));
  out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* ------------------------------------------------------------------ */
/* Message formatting: Go's %#U and %q of a rune                        */
/* ------------------------------------------------------------------ */

/* "U+0040 '@'", or just "U+00A0" when the character is not printable. */
static const char *format_unicode(char *buffer, size_t size, uint32_t c)
{
  int n = snprintf(buffer, size, "U+%04" PRIX32, c);
  if (c <= MAX_RUNE && is_print((int32_t)c) && n > 0 && (size_t)n + 8 < size) {
    buffer[n++] = ' ';
    buffer[n++] = '\'';
    n += encode_utf8(buffer + n, c);
    buffer[n++] = '\'';
    buffer[n] = '\0';
  }
  return buffer;
}

/* A rune as a Go rune literal: 'g', '\n', '\'', '\x01', '\u00a0'. */
static const char *quote_rune(char *buffer, size_t size, int32_t c)
{
  static const char hex[] = "0123456789abcdef";
  const char *escape = NULL;
  char *out = buffer;

  if (size < 16)
    return "?";
  *out++ = '\'';
  switch (c) {
  case '\a': escape = "\\a"; break;
  case '\b': escape = "\\b"; break;
  case '\f': escape = "\\f"; break;
  case '\n': escape = "\\n"; break;
  case '\r': escape = "\\r"; break;
  case '\t': escape = "\\t"; break;
  case '\v': escape = "\\v"; break;
  default: break;
  }
  if (c == '\'' || c == '\\') {
    *out++ = '\\';
    *out++ = (char)c;
  } else if (is_print(c)) {
    out += encode_utf8(out, (uint32_t)c);
  } else if (escape != NULL) {
    memcpy(out, escape, 2);
    out += 2;
  } else if (c < ' ' || c == 0x7F) {
    *out++ = '\\';
    *out++ = 'x';
    *out++ = hex[(c >> 4) & 0xF];
    *out++ = hex[c & 0xF];
  } else {
    uint32_t value = (uint32_t)c;
    int shift = value < 0x10000 ? 12 : 28;
    *out++ = '\\';
    *out++ = value < 0x10000 ? 'u' : 'U';
    for (; shift >= 0; shift -= 4)
      *out++ = hex[(value >> shift) & 0xF];
  }
  *out++ = '\'';
  *out = '\0';
  return buffer;
}

static const char *base_name(int base)
{
  switch (base) {
  case 2: return "binary";
  case 8: return "octal";
  case 16: return "hexadecimal";
  default: return "decimal";
  }
}

/* ------------------------------------------------------------------ */
/* Reading characters                                                   */
/* ------------------------------------------------------------------ */

static const char *source_end(const Lexer *lexer)
{
  return lexer->source->text + lexer->source->length;
}

/* The position of byte p on the current line.  Columns beyond int32 range
 * (a line over 2 GB) are pinned to the largest column. */
static Pos position_at(const Lexer *lexer, const char *p)
{
  ptrdiff_t column = p - lexer->line_start + 1;
  Pos pos;
  pos.line = lexer->line;
  pos.col = column > INT32_MAX ? INT32_MAX : (int32_t)column;
  return pos;
}

static Pos here(const Lexer *lexer) { return position_at(lexer, lexer->cursor); }

/* The character at the cursor when it is not plain ASCII: report and step
 * over junk (see the essay above), then decode what follows. */
static int32_t peek_slow(Lexer *lexer)
{
  const unsigned char *end = (const unsigned char *)source_end(lexer);
  for (;;) {
    const unsigned char *p = (const unsigned char *)lexer->cursor;
    int32_t c;
    int width;

    if (p >= end)
      return END_OF_FILE;
    if (*p == 0 && lexer->cursor == lexer->source->text)
      return 0; /* gc's quirk: a NUL first byte is an "invalid character" */
    if (*p == 0) {
      error_at(lexer->errors, lexer->source, here(lexer), "invalid NUL character");
      lexer->cursor++;
      continue;
    }
    width = decode_utf8(p, end, &c);
    if (width == 0) {
      error_at(lexer->errors, lexer->source, here(lexer), "invalid UTF-8 encoding");
      lexer->cursor++;
      continue;
    }
    if (c == BOM) {
      if (lexer->cursor != lexer->source->text)
        error_at(lexer->errors, lexer->source, here(lexer),
                 "invalid BOM in the middle of the file");
      lexer->cursor += width;
      continue;
    }
    return c;
  }
}

/* The character at the cursor, not consumed; END_OF_FILE at the end. */
static inline int32_t peek(Lexer *lexer)
{
  unsigned char byte = (unsigned char)*lexer->cursor;
  if (byte != 0 && byte < 0x80)
    return byte;
  return peek_slow(lexer);
}

/* Consume the character peek returned; it must not be END_OF_FILE or a
 * newline (newline() keeps the line count). */
static inline void advance(Lexer *lexer)
{
  lexer->cursor += utf8_width((unsigned char)*lexer->cursor);
}

/* Consume a '\n' at the cursor. */
static void newline(Lexer *lexer)
{
  lexer->cursor++;
  lexer->line_start = lexer->cursor;
  if (lexer->line < INT32_MAX)
    lexer->line++;
}

/* A byte that the fast loops may step over without a closer look:
 * printable ASCII and the control characters other than NUL. */
static bool is_plain_ascii(unsigned char byte) { return (unsigned)(byte - 1) < 0x7F; }

static uint32_t clamp_length(ptrdiff_t length)
{
  return length > (ptrdiff_t)UINT32_MAX ? UINT32_MAX : (uint32_t)length;
}

/* ------------------------------------------------------------------ */
/* Keywords                                                             */
/* ------------------------------------------------------------------ */

typedef struct Keyword {
  const char *name;
  TokenKind kind;
} Keyword;

/* Grouped by length so a lookup compares against at most five names. */
static const Keyword keywords_2[] = {{"go", TK_GO}, {"if", TK_IF}};
static const Keyword keywords_3[] = {{"for", TK_FOR}, {"map", TK_MAP}, {"var", TK_VAR}};
static const Keyword keywords_4[] = {
    {"case", TK_CASE}, {"chan", TK_CHAN}, {"else", TK_ELSE},
    {"func", TK_FUNC}, {"goto", TK_GOTO}, {"type", TK_TYPE}};
static const Keyword keywords_5[] = {
    {"break", TK_BREAK}, {"const", TK_CONST}, {"defer", TK_DEFER}, {"range", TK_RANGE}};
static const Keyword keywords_6[] = {
    {"import", TK_IMPORT}, {"return", TK_RETURN}, {"select", TK_SELECT},
    {"struct", TK_STRUCT}, {"switch", TK_SWITCH}};
static const Keyword keywords_7[] = {{"default", TK_DEFAULT}, {"package", TK_PACKAGE}};
static const Keyword keywords_8[] = {{"continue", TK_CONTINUE}};
static const Keyword keywords_9[] = {{"interface", TK_INTERFACE}};
static const Keyword keywords_11[] = {{"fallthrough", TK_FALLTHROUGH}};

/* The keyword spelled by name[0..length), or TK_IDENT. */
static TokenKind keyword_kind(const char *name, size_t length)
{
  const Keyword *candidates;
  size_t count;

  switch (length) {
#define CASE(n) \
  case n: candidates = keywords_##n; count = COUNT_OF(keywords_##n); break;
    CASE(2) CASE(3) CASE(4) CASE(5) CASE(6) CASE(7) CASE(8) CASE(9) CASE(11)
#undef CASE
  default:
    return TK_IDENT;
  }
  for (size_t i = 0; i < count; i++)
    if (candidates[i].name[0] == name[0] && memcmp(candidates[i].name, name, length) == 0)
      return candidates[i].kind;
  return TK_IDENT;
}

bool lex_is_keyword(const char *name, size_t length)
{
  return name != NULL && keyword_kind(name, length) != TK_IDENT;
}

static const char *const token_spellings[TK_COUNT] = {
#define X(kind, spelling) spelling,
    TOKEN_LIST(X)
#undef X
};

const char *token_spelling(TokenKind kind)
{
  if ((unsigned)kind >= TK_COUNT)
    return "?";
  return token_spellings[kind];
}

/* ------------------------------------------------------------------ */
/* Comments                                                             */
/* ------------------------------------------------------------------ */

static bool has_prefix(const char *text, size_t length, const char *prefix)
{
  size_t n = strlen(prefix);
  return length >= n && memcmp(text, prefix, n) == 0;
}

static void record_comment(Lexer *lexer, CommentKind kind, Pos pos,
                           const char *text, ptrdiff_t length)
{
  Comment *comment;
  if (lexer->arena == NULL)
    return;
  comment = arena_alloc(lexer->arena, sizeof *comment);
  comment->kind = kind;
  comment->pos = pos;
  comment->text = text;
  comment->length = clamp_length(length);
  comment->next = NULL;
  if (lexer->comments_last != NULL)
    lexer->comments_last->next = comment;
  else
    lexer->comments = comment;
  lexer->comments_last = comment;
}

/* A number of a line directive: decimal digits only, at most 2^30. */
static int32_t directive_number(const char *p, const char *end)
{
  int64_t n = 0;
  if (p == end)
    return -1;
  for (; p < end; p++) {
    if (*p < '0' || *p > '9')
      return -1;
    n = n * 10 + (*p - '0');
    if (n > ((int64_t)1 << 30))
      return -1;
  }
  return (int32_t)n;
}

/* A line directive's text (after "line "), read as gc reads it, from the
 * back: ":line" or ":line:col", and the file name before that, blanks and
 * colons included.  `at` is the position of the character it describes.
 * (gc reports malformed numbers as errors; goesc ignores such a
 * directive.) */
static void line_directive(Lexer *lexer, Pos at, const char *text,
                           const char *end)
{
  const char *colon = end;
  while (colon > text && colon[-1] != ':')
    colon--;
  if (colon == text)
    return; /* no colon: not a directive */
  int32_t last = directive_number(colon, end);
  const char *file_end = colon - 1;
  int32_t line = last, col = 0;
  const char *colon2 = file_end;
  while (colon2 > text && colon2[-1] != ':')
    colon2--;
  if (colon2 > text) {
    int32_t first = directive_number(colon2, file_end);
    if (first >= 0) {
      line = first;
      col = last;
      file_end = colon2 - 1;
      if (col <= 0)
        return;
    }
  }
  if (line <= 0)
    return;
  source_add_line_directive(lexer->source, at, text,
                            (size_t)(file_end - text), line, col);
}

/* Keep a "//" comment if a later stage reads it; text includes "//". */
static void classify_line_comment(Lexer *lexer, Pos pos, const char *text,
                                  ptrdiff_t length)
{
  const char *body = text + 2;
  size_t body_length = (size_t)(length - 2);
  size_t blank = 0;

  if (has_prefix(body, body_length, "go:"))
    record_comment(lexer, COMMENT_GO_DIRECTIVE, pos, text, length);
  else if (has_prefix(body, body_length, "goesc:"))
    record_comment(lexer, COMMENT_GOESC_DIRECTIVE, pos, text, length);
  else if (has_prefix(body, body_length, "line ")) {
    record_comment(lexer, COMMENT_LINE_DIRECTIVE, pos, text, length);
    if (pos.col == 1) { /* it describes the next line */
      Pos at = {pos.line + 1, 1};
      line_directive(lexer, at, body + 5, text + length);
    }
  }
  else {
    while (blank < body_length && (body[blank] == ' ' || body[blank] == '\t'))
      blank++;
    if (has_prefix(body + blank, body_length - blank, "ERROR") ||
        has_prefix(body + blank, body_length - blank, "GC_ERROR"))
      record_comment(lexer, COMMENT_ERROR, pos, text, length);
  }
}

/* Skip the rest of a "//" comment, up to but not including its newline:
 * the newline may still turn into a semicolon. */
static void scan_line_comment(Lexer *lexer, const char *start, Pos pos)
{
  for (;;) {
    const char *p = lexer->cursor;
    int32_t c;
    while (*p != '\n' && is_plain_ascii((unsigned char)*p))
      p++;
    lexer->cursor = p;
    c = peek(lexer);
    if (c == END_OF_FILE || c == '\n')
      break;
    advance(lexer);
  }
  classify_line_comment(lexer, pos, start, lexer->cursor - start);
}

/* Skip the rest of a block comment; return true if it contained a newline.
 * gc also honours line directives written as block comments ("/" then
 * "*line "), so those are recorded too. */
static bool scan_block_comment(Lexer *lexer, const char *start, Pos pos)
{
  bool spans_lines = false;
  for (;;) {
    const char *p = lexer->cursor;
    int32_t c;
    while (*p != '*' && *p != '\n' && is_plain_ascii((unsigned char)*p))
      p++;
    lexer->cursor = p;
    c = peek(lexer);
    if (c == END_OF_FILE) {
      error_at(lexer->errors, lexer->source, pos, "comment not terminated");
      return spans_lines;
    }
    if (c == '\n') {
      newline(lexer);
      spans_lines = true;
      continue;
    }
    advance(lexer);
    if (c != '*')
      continue;
    while ((c = peek(lexer)) == '*')
      advance(lexer);
    if (c == '/') {
      advance(lexer);
      (void)peek(lexer); /* gc's text of the comment includes junk after it */
      break;
    }
  }
  if (has_prefix(start + 2, (size_t)(lexer->cursor - start - 2), "line ")) {
    record_comment(lexer, COMMENT_LINE_DIRECTIVE, pos, start, lexer->cursor - start);
    /* it describes the character just after the comment */
    Pos at = pos;
    const char *line_start = NULL;
    for (const char *p = start; p < lexer->cursor; p++)
      if (*p == '\n') {
        at.line++;
        line_start = p + 1;
      }
    at.col = line_start ? (int32_t)(lexer->cursor - line_start) + 1
                        : pos.col + (int32_t)(lexer->cursor - start);
    line_directive(lexer, at, start + 7, lexer->cursor - 2);
  }
  return spans_lines;
}

/* ------------------------------------------------------------------ */
/* Identifiers                                                          */
/* ------------------------------------------------------------------ */

/* Check a non-ASCII character of an identifier.  gc keeps any such
 * character in the identifier, complaining unless it is a letter (or, past
 * the first position, a digit). */
static void check_identifier_char(Lexer *lexer, int32_t c, bool first)
{
  char buffer[32];
  if (is_letter(c))
    return;
  if (is_digit(c)) {
    if (first)
      error_at(lexer->errors, lexer->source, here(lexer),
               "identifier cannot begin with digit %s",
               format_unicode(buffer, sizeof buffer, (uint32_t)c));
    return;
  }
  error_at(lexer->errors, lexer->source, here(lexer), "invalid character %s in identifier",
           format_unicode(buffer, sizeof buffer, (uint32_t)c));
}

static void scan_identifier(Lexer *lexer, Token *token, int32_t first)
{
  if (first >= 0x80)
    check_identifier_char(lexer, first, true);
  advance(lexer);
  for (;;) {
    const char *p = lexer->cursor;
    unsigned char byte;
    int32_t c;
    while (ident_class[(unsigned char)*p] != 0)
      p++;
    lexer->cursor = p;
    byte = (unsigned char)*p;
    if (is_plain_ascii(byte))
      break; /* an ASCII character that is no part of a name */
    c = peek(lexer);
    if (c == END_OF_FILE)
      break;
    if (c < 0x80) {
      if (ident_class[c] != 0)
        continue; /* junk stood between two parts of the name */
      break;
    }
    check_identifier_char(lexer, c, false);
    advance(lexer);
  }
  token->length = clamp_length(lexer->cursor - token->text);
  token->kind = keyword_kind(token->text, token->length);
  switch (token->kind) {
  case TK_IDENT: case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
    lexer->semicolon_pending = true;
    break;
  default:
    break;
  }
}

/* ------------------------------------------------------------------ */
/* Numbers                                                              */
/* ------------------------------------------------------------------ */

enum { SAW_DIGIT = 1, SAW_SEPARATOR = 2 };

/* Scan { digit | '_' } in base; return SAW_* bits.  For bases below ten
 * every decimal digit is accepted, and the offset from start of the first
 * digit too large for the base is kept in *invalid (if still < 0), so the
 * caller can complain once it knows the literal is an integer. */
static int scan_digits(Lexer *lexer, int base, const char *start, ptrdiff_t *invalid)
{
  int seen = 0;
  for (;;) {
    int32_t c = peek(lexer);
    if (c == '_') {
      seen |= SAW_SEPARATOR;
    } else if (base <= 10 ? is_decimal(c) : is_hex(c)) {
      seen |= SAW_DIGIT;
      if (base < 10 && c >= '0' + base && *invalid < 0)
        *invalid = lexer->cursor - start;
    } else {
      return seen;
    }
    advance(lexer);
  }
}

/* The offset in a number literal of the first '_' that does not separate
 * two digits (a base prefix counts as a digit), or -1. */
static ptrdiff_t invalid_separator(const char *text, size_t length)
{
  int32_t prefix = ' ';
  char previous, current = '.'; /* '0' digit, '_' separator, '.' other */
  size_t i = 0;

  if (length >= 2 && text[0] == '0') {
    prefix = lower((unsigned char)text[1]);
    if (prefix == 'x' || prefix == 'o' || prefix == 'b') {
      current = '0';
      i = 2;
    }
  }
  for (; i < length; i++) {
    int32_t c = (unsigned char)text[i];
    previous = current;
    if (c == '_') {
      if (previous != '0')
        return (ptrdiff_t)i;
      current = '_';
    } else if (is_decimal(c) || (prefix == 'x' && is_hex(c))) {
      current = '0';
    } else {
      if (previous == '_')
        return (ptrdiff_t)i - 1;
      current = '.';
    }
  }
  return current == '_' ? (ptrdiff_t)length - 1 : -1;
}

/* Scan an int, float or imaginary literal; the cursor is past its first
 * digit's predecessor, or past the '.' of ".5" when seen_point. */
static void scan_number(Lexer *lexer, Token *token, bool seen_point)
{
  const char *start = token->text;
  bool ok = true;
  TokenKind kind = TK_INT;
  int base = 10;
  int32_t prefix = 0; /* 0 decimal, '0' legacy octal, 'x', 'o' or 'b' */
  int seen = 0;
  ptrdiff_t invalid = -1;
  int32_t c;

  if (!seen_point) {
    if (peek(lexer) == '0') {
      advance(lexer);
      prefix = lower(peek(lexer));
      switch (prefix) {
      case 'x': base = 16; advance(lexer); break;
      case 'o': base = 8; advance(lexer); break;
      case 'b': base = 2; advance(lexer); break;
      default: base = 8; prefix = '0'; seen = SAW_DIGIT; break;
      }
    }
    seen |= scan_digits(lexer, base, start, &invalid);
    if (peek(lexer) == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error_at(lexer->errors, lexer->source, here(lexer),
                 "invalid radix point in %s literal", base_name(base));
        ok = false;
      }
      advance(lexer);
      seen_point = true;
    }
  }
  if (seen_point) {
    kind = TK_FLOAT;
    seen |= scan_digits(lexer, base, start, &invalid);
  }
  if (!(seen & SAW_DIGIT) && ok) {
    error_at(lexer->errors, lexer->source, here(lexer), "%s literal has no digits",
             base_name(base));
    ok = false;
  }

  c = peek(lexer);
  if (lower(c) == 'e' || lower(c) == 'p') {
    ptrdiff_t unused = -1;
    if (ok && lower(c) == 'e' && prefix != 0 && prefix != '0') {
      error_at(lexer->errors, lexer->source, here(lexer),
               "'%c' exponent requires decimal mantissa", (char)c);
      ok = false;
    } else if (ok && lower(c) == 'p' && prefix != 'x') {
      error_at(lexer->errors, lexer->source, here(lexer),
               "'%c' exponent requires hexadecimal mantissa", (char)c);
      ok = false;
    }
    advance(lexer);
    kind = TK_FLOAT;
    c = peek(lexer);
    if (c == '+' || c == '-')
      advance(lexer);
    seen = scan_digits(lexer, 10, start, &unused) | (seen & SAW_SEPARATOR);
    if (!(seen & SAW_DIGIT) && ok) {
      error_at(lexer->errors, lexer->source, here(lexer), "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
    error_at(lexer->errors, lexer->source, here(lexer),
             "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (peek(lexer) == 'i') {
    kind = TK_IMAG;
    advance(lexer);
    (void)peek(lexer); /* trailing junk belongs to the literal, as in gc */
  }

  token->kind = kind;
  token->length = clamp_length(lexer->cursor - start);
  lexer->semicolon_pending = true;

  if (kind == TK_INT && invalid >= 0 && ok) {
    error_at(lexer->errors, lexer->source, position_at(lexer, start + invalid),
             "invalid digit '%c' in %s literal", start[invalid], base_name(base));
    ok = false;
  }
  if ((seen & SAW_SEPARATOR) && ok) {
    ptrdiff_t offset = invalid_separator(start, token->length);
    if (offset >= 0) {
      error_at(lexer->errors, lexer->source, position_at(lexer, start + offset),
               "'_' must separate successive digits");
      ok = false;
    }
  }
  token->bad = !ok;
}

/* ------------------------------------------------------------------ */
/* Strings and runes                                                    */
/* ------------------------------------------------------------------ */

/* Scan an escape sequence; the cursor is past the backslash.  Return false
 * if an error was reported.  At end of file return true: the caller then
 * reports the unterminated literal. */
static bool scan_escape(Lexer *lexer, int32_t quote)
{
  char buffer[32];
  int32_t c = peek(lexer);
  int digits;
  uint32_t base, max, value = 0;

  switch (c) {
  case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
    advance(lexer);
    return true;
  case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
    digits = 3, base = 8, max = 255;
    break;
  case 'x':
    advance(lexer);
    digits = 2, base = 16, max = 255;
    break;
  case 'u':
    advance(lexer);
    digits = 4, base = 16, max = MAX_RUNE;
    break;
  case 'U':
    advance(lexer);
    digits = 8, base = 16, max = MAX_RUNE;
    break;
  default:
    if (c == quote) {
      advance(lexer);
      return true;
    }
    if (c == END_OF_FILE)
      return true;
    error_at(lexer->errors, lexer->source, here(lexer), "unknown escape");
    return false;
  }

  for (; digits > 0; digits--) {
    uint32_t digit = base;
    c = peek(lexer);
    if (c == END_OF_FILE)
      return true;
    if (is_decimal(c))
      digit = (uint32_t)(c - '0');
    else if (lower(c) >= 'a' && lower(c) <= 'f')
      digit = (uint32_t)(lower(c) - 'a' + 10);
    if (digit >= base) {
      error_at(lexer->errors, lexer->source, here(lexer), "invalid character %s in %s escape",
               quote_rune(buffer, sizeof buffer, c), base_name((int)base));
      return false;
    }
    value = value * base + digit; /* at most 8 hex digits: fits */
    advance(lexer);
  }
  (void)peek(lexer); /* gc reports what follows at the next real character */

  if (value > max && base == 8) {
    error_at(lexer->errors, lexer->source, here(lexer), "octal escape value %" PRIu32 " > 255",
             value);
    return false;
  }
  if (value > max || (value >= 0xD800 && value < 0xE000)) {
    error_at(lexer->errors, lexer->source, here(lexer),
             "escape is invalid Unicode code point %s",
             format_unicode(buffer, sizeof buffer, value));
    return false;
  }
  return true;
}

/* End a string or rune token.  Like gc, look at the next character first,
 * so junk right after the literal is reported now and, as in gc, becomes
 * part of the literal's text. */
static void finish_literal(Lexer *lexer, Token *token, TokenKind kind, bool ok)
{
  (void)peek(lexer);
  token->kind = kind;
  token->length = clamp_length(lexer->cursor - token->text);
  token->bad = !ok;
  lexer->semicolon_pending = true;
}

/* "..." — the cursor is at the opening quote. */
static void scan_string(Lexer *lexer, Token *token)
{
  bool ok = true;
  advance(lexer);
  for (;;) {
    const char *p = lexer->cursor;
    int32_t c;
    while (*p != '"' && *p != '\\' && *p != '\n' && is_plain_ascii((unsigned char)*p))
      p++;
    lexer->cursor = p;
    c = peek(lexer);
    if (c == '"') {
      advance(lexer);
      break;
    }
    if (c == '\\') {
      advance(lexer);
      if (!scan_escape(lexer, '"'))
        ok = false;
      continue;
    }
    if (c == '\n') {
      error_at(lexer->errors, lexer->source, here(lexer), "newline in string");
      ok = false;
      break;
    }
    if (c == END_OF_FILE) {
      error_at(lexer->errors, lexer->source, token->pos, "string not terminated");
      ok = false;
      break;
    }
    advance(lexer);
  }
  finish_literal(lexer, token, TK_STRING, ok);
}

/* `...` — may span lines; carriage returns stay in the token's text. */
static void scan_raw_string(Lexer *lexer, Token *token)
{
  bool ok = true;
  advance(lexer);
  for (;;) {
    const char *p = lexer->cursor;
    int32_t c;
    while (*p != '`' && *p != '\n' && is_plain_ascii((unsigned char)*p))
      p++;
    lexer->cursor = p;
    c = peek(lexer);
    if (c == '`') {
      advance(lexer);
      break;
    }
    if (c == '\n') {
      newline(lexer);
      continue;
    }
    if (c == END_OF_FILE) {
      error_at(lexer->errors, lexer->source, token->pos, "string not terminated");
      ok = false;
      break;
    }
    advance(lexer);
  }
  finish_literal(lexer, token, TK_STRING, ok);
}

/* '...' — exactly one character or escape between the quotes. */
static void scan_rune(Lexer *lexer, Token *token)
{
  bool ok = true;
  size_t count = 0;
  advance(lexer);
  for (;; count++) {
    int32_t c = peek(lexer);
    if (c == '\'') {
      if (ok && count == 0) {
        error_at(lexer->errors, lexer->source, here(lexer),
                 "empty rune literal or unescaped '");
        ok = false;
      } else if (ok && count != 1) {
        error_at(lexer->errors, lexer->source, token->pos,
                 "more than one character in rune literal");
        ok = false;
      }
      advance(lexer);
      break;
    }
    if (c == '\\') {
      advance(lexer);
      if (!scan_escape(lexer, '\''))
        ok = false;
      continue;
    }
    if (c == '\n') {
      if (ok)
        error_at(lexer->errors, lexer->source, here(lexer), "newline in rune literal");
      ok = false;
      break;
    }
    if (c == END_OF_FILE) {
      if (ok)
        error_at(lexer->errors, lexer->source, token->pos, "rune literal not terminated");
      ok = false;
      break;
    }
    advance(lexer);
  }
  finish_literal(lexer, token, TK_CHAR, ok);
}

/* ------------------------------------------------------------------ */
/* Operators and the main loop                                          */
/* ------------------------------------------------------------------ */

/* After an operator character: op= if '=' follows, else op. */
static TokenKind with_assign(Lexer *lexer, TokenKind op, TokenKind op_assign)
{
  if (peek(lexer) == '=') {
    advance(lexer);
    return op_assign;
  }
  return op;
}

/* After one of two characters where a doubled one makes a different token
 * (&&, ||, ++, --): return doubled, else op or op= as with_assign. */
static TokenKind with_double(Lexer *lexer, int32_t c, TokenKind doubled, TokenKind op,
                             TokenKind op_assign)
{
  if (peek(lexer) == c) {
    advance(lexer);
    return doubled;
  }
  return with_assign(lexer, op, op_assign);
}

/* Scan an operator or punctuation starting with c (at the cursor); return
 * TK_EOF if c starts no token. */
static TokenKind scan_operator(Lexer *lexer, int32_t c)
{
  advance(lexer);
  switch (c) {
  case '(': return TK_LPAREN;
  case '[': return TK_LBRACK;
  case '{': return TK_LBRACE;
  case ',': return TK_COMMA;
  case ')': lexer->semicolon_pending = true; return TK_RPAREN;
  case ']': lexer->semicolon_pending = true; return TK_RBRACK;
  case '}': lexer->semicolon_pending = true; return TK_RBRACE;
  case ':': return with_assign(lexer, TK_COLON, TK_DEFINE);
  case '*': return with_assign(lexer, TK_MUL, TK_MUL_ASSIGN);
  case '%': return with_assign(lexer, TK_REM, TK_REM_ASSIGN);
  case '^': return with_assign(lexer, TK_XOR, TK_XOR_ASSIGN);
  case '=': return with_assign(lexer, TK_ASSIGN, TK_EQL);
  case '!': return with_assign(lexer, TK_NOT, TK_NEQ);
  case '~': return TK_TILDE;
  case '|': return with_double(lexer, '|', TK_LOR, TK_OR, TK_OR_ASSIGN);
  case '+':
  case '-': {
    TokenKind kind = c == '+' ? with_double(lexer, '+', TK_INC, TK_ADD, TK_ADD_ASSIGN)
                              : with_double(lexer, '-', TK_DEC, TK_SUB, TK_SUB_ASSIGN);
    if (kind == TK_INC || kind == TK_DEC)
      lexer->semicolon_pending = true;
    return kind;
  }
  case '&':
    if (peek(lexer) == '^') {
      advance(lexer);
      return with_assign(lexer, TK_AND_NOT, TK_AND_NOT_ASSIGN);
    }
    return with_double(lexer, '&', TK_LAND, TK_AND, TK_AND_ASSIGN);
  case '<':
    if (peek(lexer) == '-') {
      advance(lexer);
      return TK_ARROW;
    }
    if (peek(lexer) == '<') {
      advance(lexer);
      return with_assign(lexer, TK_SHL, TK_SHL_ASSIGN);
    }
    return with_assign(lexer, TK_LSS, TK_LEQ);
  case '>':
    if (peek(lexer) == '>') {
      advance(lexer);
      return with_assign(lexer, TK_SHR, TK_SHR_ASSIGN);
    }
    return with_assign(lexer, TK_GTR, TK_GEQ);
  default:
    return TK_EOF;
  }
}

/* Skip blanks (and newlines when they cannot become a semicolon); return
 * the character that follows. */
static int32_t skip_blanks(Lexer *lexer, bool semicolon_allowed)
{
  for (;;) {
    int32_t c = peek(lexer);
    if (c == ' ' || c == '\t' || c == '\r')
      lexer->cursor++;
    else if (c == '\n' && !semicolon_allowed)
      newline(lexer);
    else
      return c;
  }
}

void lex_init(Lexer *lexer, const Source *source, ErrorList *errors, Arena *arena)
{
  lexer->source = source;
  lexer->errors = errors;
  lexer->arena = arena;
  lexer->cursor = source->text;
  lexer->line_start = source->text;
  lexer->line = 1;
  lexer->semicolon_pending = false;
  lexer->comments = NULL;
  lexer->comments_last = NULL;
}

static void inserted_semicolon(Token *token, SemicolonKind why)
{
  token->kind = TK_SEMICOLON;
  token->semi = why;
  token->length = 0;
}

/* Whether the first character from p on, skipping junk without reporting
 * it, is the ASCII character c. */
static bool next_char_is(const Lexer *lexer, const char *p, int32_t c)
{
  const unsigned char *end = (const unsigned char *)source_end(lexer);
  const unsigned char *q = (const unsigned char *)p;
  while (q < end) {
    int32_t decoded;
    int width;
    if (is_plain_ascii(*q))
      return *q == c;
    width = *q == 0 ? 0 : decode_utf8(q, end, &decoded);
    if (width != 0 && decoded != BOM)
      return false;
    q += width == 0 ? 1 : width;
  }
  return false;
}

/* gc scans ".." by reading ahead and then stepping back to the second
 * '.'.  When the character it read ahead is a newline, the step back
 * miscounts: gc then numbers lines one too high from the second '.' on,
 * placing the first '.' at column 1 of the next line, and it reads again
 * (and reports again) any junk between the two periods.  goesc reports
 * what gc reports, so it does the same. */
static void imitate_rewind_at_newline(Lexer *lexer, const Token *token)
{
  lexer->cursor = token->text + 1;
  lexer->line_start = token->text;
  if (lexer->line < INT32_MAX)
    lexer->line++;
}

/* ".", "..." or a number like ".5"; the cursor is at the '.'. */
static void scan_period(Lexer *lexer, Token *token)
{
  const char *second;
  advance(lexer);
  if (is_decimal(peek(lexer))) {
    scan_number(lexer, token, true);
    return;
  }
  token->kind = TK_PERIOD;
  token->length = 1;
  /* ".." is two periods.  Look past the second one without consuming it,
   * so that junk after it is reported once, by the next token's scan. */
  if (peek(lexer) != '.')
    return;
  second = lexer->cursor;
  if (!next_char_is(lexer, second + 1, '.')) {
    if (next_char_is(lexer, second + 1, '\n')) {
      lexer->cursor = second + 1;
      (void)peek(lexer); /* gc reports the junk it read ahead */
      imitate_rewind_at_newline(lexer, token);
    }
    return;
  }
  advance(lexer);
  (void)peek(lexer);
  advance(lexer);
  token->kind = TK_ELLIPSIS;
  token->length = clamp_length(lexer->cursor - token->text);
}

/* '/' starts a comment, "/" or "/=".  Return false when it starts a
 * comment that stands for no token. */
static bool scan_slash(Lexer *lexer, Token *token, bool semicolon_allowed)
{
  int32_t c;
  advance(lexer);
  c = peek(lexer);
  if (c == '/') {
    advance(lexer);
    scan_line_comment(lexer, token->text, token->pos);
    return false;
  }
  if (c == '*') {
    advance(lexer);
    /* A block comment spanning lines acts as a newline; gc places the
     * semicolon it may become at the comment. */
    if (scan_block_comment(lexer, token->text, token->pos) && semicolon_allowed) {
      inserted_semicolon(token, SEMI_NEWLINE);
      return true;
    }
    return false;
  }
  token->kind = with_assign(lexer, TK_QUO, TK_QUO_ASSIGN);
  token->length = clamp_length(lexer->cursor - token->text);
  return true;
}

static void start_token(const Lexer *lexer, Token *token)
{
  token->pos = here(lexer);
  token->text = lexer->cursor;
  token->length = 0;
  token->semi = SEMI_WRITTEN;
  token->bad = false;
}

void lex_next(Lexer *lexer, Token *token)
{
  bool semicolon_allowed = lexer->semicolon_pending;
  lexer->semicolon_pending = false;

  for (;;) {
    int32_t c = skip_blanks(lexer, semicolon_allowed);
    char buffer[32];

    start_token(lexer, token);

    if (c >= 0x80 || (c >= 0 && ident_class[c] == CLASS_LETTER)) {
      scan_identifier(lexer, token, c);
      return;
    }
    switch (c) {
    case END_OF_FILE:
      if (semicolon_allowed)
        inserted_semicolon(token, SEMI_EOF);
      else
        token->kind = TK_EOF;
      return;
    case '\n':
      newline(lexer);
      inserted_semicolon(token, SEMI_NEWLINE);
      return;
    case ';':
      advance(lexer);
      token->kind = TK_SEMICOLON;
      token->length = 1;
      return;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      scan_number(lexer, token, false);
      return;
    case '.':
      scan_period(lexer, token);
      return;
    case '"':
      scan_string(lexer, token);
      return;
    case '`':
      scan_raw_string(lexer, token);
      return;
    case '\'':
      scan_rune(lexer, token);
      return;
    case '/':
      if (scan_slash(lexer, token, semicolon_allowed))
        return;
      continue; /* a comment */
    default:
      break;
    }

    token->kind = scan_operator(lexer, c);
    if (token->kind != TK_EOF) {
      token->length = clamp_length(lexer->cursor - token->text);
      return;
    }
    error_at(lexer->errors, lexer->source, token->pos, "invalid character %s",
             format_unicode(buffer, sizeof buffer, (uint32_t)c));
  }
}

/* ------------------------------------------------------------------ */
/* Literal values                                                       */
/* ------------------------------------------------------------------ */

/* Decode one escape of an interpreted literal at text[*offset] (just past
 * the backslash) into out; return the bytes written.  For runes, \x and
 * octal escapes name code points; in strings they are single bytes.  The
 * lexer has already rejected bad escapes, so for a bad literal the result
 * only needs to be harmless. */
static int decode_escape(const char *text, size_t length, size_t *offset, bool rune,
                         char *out)
{
  int digits;
  uint32_t base, value = 0;
  char c;

  if (*offset >= length)
    return 0;
  c = text[(*offset)++];
  switch (c) {
  case 'a': out[0] = '\a'; return 1;
  case 'b': out[0] = '\b'; return 1;
  case 'f': out[0] = '\f'; return 1;
  case 'n': out[0] = '\n'; return 1;
  case 'r': out[0] = '\r'; return 1;
  case 't': out[0] = '\t'; return 1;
  case 'v': out[0] = '\v'; return 1;
  case 'x': digits = 2, base = 16; break;
  case 'u': digits = 4, base = 16; break;
  case 'U': digits = 8, base = 16; break;
  default:
    if (c >= '0' && c <= '7') {
      (*offset)--;
      digits = 3, base = 8;
      break;
    }
    out[0] = c; /* \\ \' \" and, in bad literals, anything else */
    return 1;
  }
  for (; digits > 0 && *offset < length; digits--) {
    int32_t d = (unsigned char)text[*offset];
    uint32_t digit;
    if (is_decimal(d))
      digit = (uint32_t)(d - '0');
    else if (lower(d) >= 'a' && lower(d) <= 'f')
      digit = (uint32_t)(lower(d) - 'a' + 10);
    else
      break;
    if (digit >= base)
      break;
    value = value * base + digit;
    (*offset)++;
  }
  if (base == 8 || c == 'x') {
    if (!rune) {
      out[0] = (char)(value & 0xFF);
      return 1;
    }
  }
  return encode_utf8(out, value);
}

char *lex_string_value(Arena *arena, const char *text, size_t length, size_t *length_out)
{
  /* Decoding never makes text longer, except that a \x or octal escape in
   * a rune (4 bytes) may become 2 bytes of UTF-8: the slack covers it. */
  char *value = arena_alloc(arena, length + 8);
  size_t out = 0, i = 1;
  char quote;

  if (length == 0 || (text[0] != '"' && text[0] != '`' && text[0] != '\'')) {
    if (length > 0)
      memcpy(value, text, length);
    out = length;
    goto done;
  }
  quote = text[0];
  while (i < length && text[i] != quote) {
    char c = text[i++];
    if (quote == '`') {
      if (c != '\r')
        value[out++] = c;
    } else if (c == '\\') {
      out += (size_t)decode_escape(text, length, &i, quote == '\'', value + out);
    } else {
      value[out++] = c;
    }
  }
done:
  value[out] = '\0';
  if (length_out != NULL)
    *length_out = out;
  return value;
}
