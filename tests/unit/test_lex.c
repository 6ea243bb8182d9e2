/*
 * test_lex.c — unit tests for lex.c.
 *
 * Most tests are rows of tables: a Go source fragment and what the lexer
 * must make of it, written out in full.  Each row runs as its own cmocka
 * test, named after the row, so a failure names the rule that broke.
 *
 *   token_cases      one row per token kind and literal form
 *   semicolon_cases  automatic semicolon insertion, rule by rule
 *   error_cases      every lexical error gc reports, with its position
 *   position_cases   columns with tabs, multi-byte characters, BOMs
 *   value_cases      lex_string_value
 *   comment_cases    which comments are recorded, and how
 *
 * The expected errors and positions were taken from gc itself (the
 * scanner of cmd/compile/internal/syntax, and `go tool compile`).
 *
 * A token stream is written as space-separated tokens, each followed by
 * @line:col: names as themselves, keywords and operators by their
 * spelling, literals as KIND:text (KIND! when the literal is bad),
 * semicolons as ";" (written), ";nl" (newline) or ";eof", and EOF.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "goesc.h"

/* A source fragment given with its length, so that it may hold NULs. */
#define SRC(literal) literal, sizeof(literal) - 1

/* ------------------------------------------------------------------ */
/* Lexing a fragment into text                                          */
/* ------------------------------------------------------------------ */

typedef struct Lexed {
  char tokens[16384];   /* the token stream, with positions */
  char errors[4096];    /* "line:col: message" lines joined by '\n' */
  char comments[4096];  /* recorded comments: "KIND@line:col text" | ... */
  int token_count;
} Lexed;

static Lexed lexed;

static void append(char *buffer, size_t size, const char *fmt, ...) GOESC_PRINTF(3, 4);
static void append(char *buffer, size_t size, const char *fmt, ...)
{
  size_t used = strlen(buffer);
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buffer + used, size - used, fmt, ap);
  va_end(ap);
}

/* Bytes as C would escape them: printable ASCII as is, the rest \xHH. */
static void append_bytes(char *buffer, size_t size, const char *text, size_t length)
{
  for (size_t i = 0; i < length; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c >= 0x20 && c < 0x7F)
      append(buffer, size, "%c", c);
    else
      append(buffer, size, "\\x%02X", c);
  }
}

static const char *literal_name(TokenKind kind)
{
  switch (kind) {
  case TK_INT: return "INT";
  case TK_FLOAT: return "FLOAT";
  case TK_IMAG: return "IMAG";
  case TK_CHAR: return "CHAR";
  case TK_STRING: return "STRING";
  default: return NULL;
  }
}

static void append_token(const Token *token)
{
  char *out = lexed.tokens;
  size_t size = sizeof lexed.tokens;
  if (out[0] != '\0')
    append(out, size, " ");
  if (token->kind == TK_IDENT) {
    append_bytes(out, size, token->text, token->length);
  } else if (literal_name(token->kind) != NULL) {
    append(out, size, "%s%s:", literal_name(token->kind), token->bad ? "!" : "");
    append_bytes(out, size, token->text, token->length);
  } else if (token->kind == TK_SEMICOLON) {
    append(out, size, "%s",
           token->semi == SEMI_WRITTEN ? ";" : token->semi == SEMI_NEWLINE ? ";nl" : ";eof");
  } else {
    append(out, size, "%s", token_spelling(token->kind));
  }
  append(out, size, "@%d:%d", (int)token->pos.line, (int)token->pos.col);
}

static const char *comment_kind_name(CommentKind kind)
{
  switch (kind) {
  case COMMENT_GO_DIRECTIVE: return "GO";
  case COMMENT_GOESC_DIRECTIVE: return "GOESC";
  case COMMENT_ERROR: return "ERROR";
  case COMMENT_LINE_DIRECTIVE: return "LINE";
  }
  return "?";
}

/* Lex text[0..length) to the end; fill `lexed`. */
static void lex_fragment(const char *text, size_t length)
{
  Source *source = source_from_memory("test.go", text, length);
  ErrorList errors;
  Arena arena;
  Lexer lexer;
  Token token;

  memset(&lexed, 0, sizeof lexed);
  error_list_init(&errors, 0);
  arena_init(&arena);
  lex_init(&lexer, source, &errors, &arena);
  do {
    lex_next(&lexer, &token);
    append_token(&token);
    lexed.token_count++;
    /* Every token but an inserted semicolon consumes input, and there is
     * at most one semicolon per newline: this bounds the token count. */
    assert_true((size_t)lexed.token_count <= 2 * length + 2);
  } while (token.kind != TK_EOF);

  /* After EOF, EOF again, at the same place. */
  for (int i = 0; i < 2; i++) {
    Token again;
    lex_next(&lexer, &again);
    assert_int_equal(again.kind, TK_EOF);
    assert_int_equal(again.pos.line, token.pos.line);
    assert_int_equal(again.pos.col, token.pos.col);
  }

  for (const Error *e = errors.first; e != NULL; e = e->next)
    append(lexed.errors, sizeof lexed.errors, "%s%d:%d: %s", e == errors.first ? "" : "\n",
           (int)e->pos.line, (int)e->pos.col, e->message);
  for (const Comment *c = lexer.comments; c != NULL; c = c->next) {
    append(lexed.comments, sizeof lexed.comments, "%s%s@%d:%d ", c == lexer.comments ? "" : " | ",
           comment_kind_name(c->kind), (int)c->pos.line, (int)c->pos.col);
    append_bytes(lexed.comments, sizeof lexed.comments, c->text, c->length);
  }

  error_list_free(&errors);
  arena_free(&arena);
  source_free(source);
}

/* ------------------------------------------------------------------ */
/* Running table rows as cmocka tests                                   */
/* ------------------------------------------------------------------ */

/* Run rows[0..count) of a table as a cmocka group, one test per row. */
static int run_table(const char *group, void (*test)(void **), const void *rows,
                     size_t row_size, size_t count, const char *(*row_name)(const void *))
{
  struct CMUnitTest *tests = calloc(count, sizeof *tests);
  int failures;
  for (size_t i = 0; i < count; i++) {
    const void *row = (const char *)rows + i * row_size;
    tests[i].name = row_name(row);
    tests[i].test_func = test;
    tests[i].initial_state = (void *)(uintptr_t)row;
  }
  failures = _cmocka_run_group_tests(group, tests, count, NULL, NULL);
  free(tests);
  return failures;
}

#define COUNT_OF(array) (sizeof(array) / sizeof((array)[0]))

/* ------------------------------------------------------------------ */
/* One row per token kind and literal form                              */
/* ------------------------------------------------------------------ */

typedef struct TokenCase {
  const char *name;
  const char *source; /* exactly one token */
  TokenKind kind;
} TokenCase;

static const TokenCase token_cases[] = {
    {"eof_of_empty_file", "", TK_EOF},
    {"ident_ascii", "x_9", TK_IDENT},
    {"ident_underscore", "_", TK_IDENT},
    {"ident_keyword_prefix", "breaks", TK_IDENT},
    {"ident_capital_keyword", "Func", TK_IDENT},
    {"ident_unicode_letters", "h\xC3\xA9llo\xE4\xB8\x96", TK_IDENT},
    {"ident_unicode_digit_inside", "x\xD9\xA1", TK_IDENT},
    {"int_decimal", "42", TK_INT},
    {"int_zero", "0", TK_INT},
    {"int_hex", "0x2Af", TK_INT},
    {"int_hex_upper_prefix", "0X2A", TK_INT},
    {"int_octal", "0o52", TK_INT},
    {"int_octal_upper_prefix", "0O52", TK_INT},
    {"int_legacy_octal", "0777", TK_INT},
    {"int_binary", "0b101010", TK_INT},
    {"int_binary_upper_prefix", "0B1", TK_INT},
    {"int_separators", "1_000_000", TK_INT},
    {"int_hex_separator_after_prefix", "0x_FF_ff", TK_INT},
    {"int_legacy_octal_separator", "0_7", TK_INT},
    {"float_trailing_point", "1.", TK_FLOAT},
    {"float_leading_point", ".5", TK_FLOAT},
    {"float_point", "1.5", TK_FLOAT},
    {"float_exponent", "1e9", TK_FLOAT},
    {"float_exponent_signed", "1E-9", TK_FLOAT},
    {"float_point_exponent", "1.5e+3", TK_FLOAT},
    {"float_leading_zero_digits", "0189.5", TK_FLOAT},
    {"float_legacy_octal_like_exponent", "089e1", TK_FLOAT},
    {"float_separators", "1_000.000_1", TK_FLOAT},
    {"float_hex", "0x1p-2", TK_FLOAT},
    {"float_hex_upper", "0X1P+2", TK_FLOAT},
    {"float_hex_fraction", "0x1.8p0", TK_FLOAT},
    {"float_hex_leading_point", "0x.8p1", TK_FLOAT},
    {"float_hex_trailing_point", "0x1.p4", TK_FLOAT},
    {"imag_int", "2i", TK_IMAG},
    {"imag_float", "1.5i", TK_IMAG},
    {"imag_exponent", "1e3i", TK_IMAG},
    {"imag_hex", "0x1p2i", TK_IMAG},
    {"imag_hex_int", "0xAi", TK_IMAG},
    {"imag_binary", "0b1i", TK_IMAG},
    {"imag_octal", "0o7i", TK_IMAG},
    {"imag_legacy_decimal", "09i", TK_IMAG},
    {"imag_leading_point", ".5i", TK_IMAG},
    {"char_ascii", "'a'", TK_CHAR},
    {"char_multibyte", "'\xC3\xA9'", TK_CHAR},
    {"char_escape_newline", "'\\n'", TK_CHAR},
    {"char_escape_quote", "'\\''", TK_CHAR},
    {"char_escape_backslash", "'\\\\'", TK_CHAR},
    {"char_escape_bell", "'\\a'", TK_CHAR},
    {"char_hex_escape", "'\\x41'", TK_CHAR},
    {"char_octal_escape", "'\\101'", TK_CHAR},
    {"char_u_escape", "'\\u00e9'", TK_CHAR},
    {"char_U_escape", "'\\U0001F600'", TK_CHAR},
    {"char_double_quote", "'\"'", TK_CHAR},
    {"string_plain", "\"abc\"", TK_STRING},
    {"string_empty", "\"\"", TK_STRING},
    {"string_escapes", "\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", TK_STRING},
    {"string_numeric_escapes", "\"\\x41\\101\\u00e9\\U0001F600\\377\"", TK_STRING},
    {"string_single_quote", "\"'\"", TK_STRING},
    {"string_carriage_return", "\"a\rb\"", TK_STRING},
    {"raw_string", "`a\\n\"b`", TK_STRING},
    {"raw_string_empty", "``", TK_STRING},
    {"raw_string_multiline", "`a\n\r\nb`", TK_STRING},
    {"op_add", "+", TK_ADD},
    {"op_sub", "-", TK_SUB},
    {"op_mul", "*", TK_MUL},
    {"op_quo", "/", TK_QUO},
    {"op_rem", "%", TK_REM},
    {"op_and", "&", TK_AND},
    {"op_or", "|", TK_OR},
    {"op_xor", "^", TK_XOR},
    {"op_shl", "<<", TK_SHL},
    {"op_shr", ">>", TK_SHR},
    {"op_and_not", "&^", TK_AND_NOT},
    {"op_add_assign", "+=", TK_ADD_ASSIGN},
    {"op_sub_assign", "-=", TK_SUB_ASSIGN},
    {"op_mul_assign", "*=", TK_MUL_ASSIGN},
    {"op_quo_assign", "/=", TK_QUO_ASSIGN},
    {"op_rem_assign", "%=", TK_REM_ASSIGN},
    {"op_and_assign", "&=", TK_AND_ASSIGN},
    {"op_or_assign", "|=", TK_OR_ASSIGN},
    {"op_xor_assign", "^=", TK_XOR_ASSIGN},
    {"op_shl_assign", "<<=", TK_SHL_ASSIGN},
    {"op_shr_assign", ">>=", TK_SHR_ASSIGN},
    {"op_and_not_assign", "&^=", TK_AND_NOT_ASSIGN},
    {"op_land", "&&", TK_LAND},
    {"op_lor", "||", TK_LOR},
    {"op_arrow", "<-", TK_ARROW},
    {"op_inc", "++", TK_INC},
    {"op_dec", "--", TK_DEC},
    {"op_eql", "==", TK_EQL},
    {"op_lss", "<", TK_LSS},
    {"op_gtr", ">", TK_GTR},
    {"op_assign", "=", TK_ASSIGN},
    {"op_not", "!", TK_NOT},
    {"op_tilde", "~", TK_TILDE},
    {"op_neq", "!=", TK_NEQ},
    {"op_leq", "<=", TK_LEQ},
    {"op_geq", ">=", TK_GEQ},
    {"op_define", ":=", TK_DEFINE},
    {"op_ellipsis", "...", TK_ELLIPSIS},
    {"punct_lparen", "(", TK_LPAREN},
    {"punct_lbrack", "[", TK_LBRACK},
    {"punct_lbrace", "{", TK_LBRACE},
    {"punct_comma", ",", TK_COMMA},
    {"punct_period", ".", TK_PERIOD},
    {"punct_rparen", ")", TK_RPAREN},
    {"punct_rbrack", "]", TK_RBRACK},
    {"punct_rbrace", "}", TK_RBRACE},
    {"punct_semicolon", ";", TK_SEMICOLON},
    {"punct_colon", ":", TK_COLON},
    {"kw_break", "break", TK_BREAK},
    {"kw_case", "case", TK_CASE},
    {"kw_chan", "chan", TK_CHAN},
    {"kw_const", "const", TK_CONST},
    {"kw_continue", "continue", TK_CONTINUE},
    {"kw_default", "default", TK_DEFAULT},
    {"kw_defer", "defer", TK_DEFER},
    {"kw_else", "else", TK_ELSE},
    {"kw_fallthrough", "fallthrough", TK_FALLTHROUGH},
    {"kw_for", "for", TK_FOR},
    {"kw_func", "func", TK_FUNC},
    {"kw_go", "go", TK_GO},
    {"kw_goto", "goto", TK_GOTO},
    {"kw_if", "if", TK_IF},
    {"kw_import", "import", TK_IMPORT},
    {"kw_interface", "interface", TK_INTERFACE},
    {"kw_map", "map", TK_MAP},
    {"kw_package", "package", TK_PACKAGE},
    {"kw_range", "range", TK_RANGE},
    {"kw_return", "return", TK_RETURN},
    {"kw_select", "select", TK_SELECT},
    {"kw_struct", "struct", TK_STRUCT},
    {"kw_switch", "switch", TK_SWITCH},
    {"kw_type", "type", TK_TYPE},
    {"kw_var", "var", TK_VAR},
};

/* Tokens after which a newline or EOF becomes a semicolon. */
static bool ends_statement(TokenKind kind)
{
  switch (kind) {
  case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
  case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH: case TK_RETURN:
  case TK_INC: case TK_DEC: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
    return true;
  default:
    return false;
  }
}

/* The position just past the last byte of text. */
static Pos end_position(const char *text)
{
  Pos pos = {1, 1};
  for (; *text != '\0'; text++) {
    if (*text == '\n') {
      pos.line++;
      pos.col = 1;
    } else {
      pos.col++;
    }
  }
  return pos;
}

static const char *token_case_name(const void *row) { return ((const TokenCase *)row)->name; }

/* The row's source is one token of the row's kind, at 1:1, spanning the
 * whole source, with no error; then EOF (after ";eof" if the token ends a
 * statement). */
static void test_token_case(void **state)
{
  const TokenCase *row = *state;
  size_t length = strlen(row->source);
  Source *source = source_from_memory("test.go", row->source, length);
  ErrorList errors;
  Arena arena;
  Lexer lexer;
  Token token;

  error_list_init(&errors, 0);
  arena_init(&arena);
  lex_init(&lexer, source, &errors, &arena);
  lex_next(&lexer, &token);
  assert_string_equal(token_spelling(token.kind), token_spelling(row->kind));
  assert_int_equal(token.kind, row->kind);
  assert_int_equal(token.pos.line, 1);
  assert_int_equal(token.pos.col, 1);
  assert_ptr_equal(token.text, source->text);
  assert_int_equal(token.length, length);
  assert_false(token.bad);
  if (row->kind == TK_SEMICOLON)
    assert_int_equal(token.semi, SEMI_WRITTEN);

  if (row->kind != TK_EOF) {
    if (ends_statement(row->kind)) {
      lex_next(&lexer, &token);
      assert_int_equal(token.kind, TK_SEMICOLON);
      assert_int_equal(token.semi, SEMI_EOF);
      assert_int_equal(token.pos.line, end_position(row->source).line);
      assert_int_equal(token.pos.col, end_position(row->source).col);
    }
    lex_next(&lexer, &token);
    assert_int_equal(token.kind, TK_EOF);
  }
  assert_int_equal(errors.count, 0);
  assert_null(lexer.comments);

  error_list_free(&errors);
  arena_free(&arena);
  source_free(source);
}

/* Every token kind has a row above. */
static void test_every_token_kind_has_a_case(void **state)
{
  (void)state;
  for (int kind = 0; kind < TK_COUNT; kind++) {
    bool found = false;
    for (size_t i = 0; i < COUNT_OF(token_cases); i++)
      if ((int)token_cases[i].kind == kind)
        found = true;
    if (!found)
      fail_msg("no token case for %s", token_spelling((TokenKind)kind));
  }
}

/* Tokens written next to each other split where gc splits them. */
static void test_operators_longest_match(void **state)
{
  (void)state;
  lex_fragment(SRC("a&^=b&&^c<<=<-d>>=>e...f..g.h:=!=!i"));
  assert_string_equal(lexed.tokens,
                      "a@1:1 &^=@1:2 b@1:5 &&@1:6 ^@1:8 c@1:9 <<=@1:10 <-@1:13 d@1:15 "
                      ">>=@1:16 >@1:19 e@1:20 ...@1:21 f@1:24 .@1:25 .@1:26 g@1:27 .@1:28 "
                      "h@1:29 :=@1:30 !=@1:32 !@1:34 i@1:35 ;eof@1:36 EOF@1:36");
  assert_string_equal(lexed.errors, "");
}

static void test_numbers_end_where_gc_ends_them(void **state)
{
  (void)state;
  /* A number stops at the first character that cannot continue it. */
  lex_fragment(SRC("123abc 0x1g 1.5.5 0b12 1e3e3 0x1p3p 1..2 .5.5 0.i"));
  assert_string_equal(lexed.tokens,
                      "INT:123@1:1 abc@1:4 INT:0x1@1:8 g@1:11 FLOAT:1.5@1:13 FLOAT:.5@1:16 "
                      "INT!:0b12@1:19 FLOAT:1e3@1:24 e3@1:27 FLOAT:0x1p3@1:30 p@1:35 "
                      "FLOAT:1.@1:37 FLOAT:.2@1:39 FLOAT:.5@1:42 FLOAT:.5@1:44 IMAG:0.i@1:47 "
                      ";eof@1:50 EOF@1:50");
  assert_string_equal(lexed.errors, "1:22: invalid digit '2' in binary literal");
}

static void test_keyword_lookup(void **state)
{
  static const char *const keywords[] = {
      "break", "case", "chan", "const", "continue", "default", "defer", "else",
      "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
      "map", "package", "range", "return", "select", "struct", "switch", "type", "var"};
  static const char *const others[] = {
      "", "_", "b", "br", "Break", "breaK", "iff", "go1", "fo", "forr", "vars", "int",
      "string", "nil", "true", "append", "fallthroug", "interfaces", "packages", "x"};
  (void)state;
  for (size_t i = 0; i < COUNT_OF(keywords); i++) {
    assert_true(lex_is_keyword(keywords[i], strlen(keywords[i])));
    /* The name less its last letter is no keyword. */
    assert_false(lex_is_keyword(keywords[i], strlen(keywords[i]) - 1));
  }
  assert_true(lex_is_keyword("goto", 2)); /* "go": the length counts */
  for (size_t i = 0; i < COUNT_OF(others); i++)
    assert_false(lex_is_keyword(others[i], strlen(others[i])));
  assert_false(lex_is_keyword(NULL, 0));
}

static void test_token_spelling(void **state)
{
  (void)state;
  assert_string_equal(token_spelling(TK_EOF), "EOF");
  assert_string_equal(token_spelling(TK_IDENT), "name");
  assert_string_equal(token_spelling(TK_INT), "literal");
  assert_string_equal(token_spelling(TK_STRING), "literal");
  assert_string_equal(token_spelling(TK_AND_NOT_ASSIGN), "&^=");
  assert_string_equal(token_spelling(TK_COMMA), "comma");
  assert_string_equal(token_spelling(TK_SEMICOLON), "semicolon");
  assert_string_equal(token_spelling(TK_ELLIPSIS), "...");
  assert_string_equal(token_spelling(TK_FALLTHROUGH), "fallthrough");
  assert_string_equal(token_spelling(TK_VAR), "var");
  assert_string_equal(token_spelling(TK_COUNT), "?");
  assert_string_equal(token_spelling((TokenKind)-1), "?");
}

/* ------------------------------------------------------------------ */
/* Tables of fragments: semicolons, errors, positions                   */
/* ------------------------------------------------------------------ */

typedef struct FragmentCase {
  const char *name;
  const char *source;
  size_t length;
  const char *tokens; /* expected stream with positions; NULL: not checked */
  const char *errors; /* expected errors, "" for none */
} FragmentCase;

static const char *fragment_case_name(const void *row) { return ((const FragmentCase *)row)->name; }

static void test_fragment_case(void **state)
{
  const FragmentCase *row = *state;
  lex_fragment(row->source, row->length);
  if (row->tokens != NULL)
    assert_string_equal(lexed.tokens, row->tokens);
  assert_string_equal(lexed.errors, row->errors);
}

static const FragmentCase semicolon_cases[] = {
    {"after_name", SRC("x\ny"), "x@1:1 ;nl@1:2 y@2:1 ;eof@2:2 EOF@2:2", ""},
    {"after_int", SRC("1\n"), "INT:1@1:1 ;nl@1:2 EOF@2:1", ""},
    {"after_float", SRC("1.5\n"), "FLOAT:1.5@1:1 ;nl@1:4 EOF@2:1", ""},
    {"after_imag", SRC("2i\n"), "IMAG:2i@1:1 ;nl@1:3 EOF@2:1", ""},
    {"after_char", SRC("'a'\n"), "CHAR:'a'@1:1 ;nl@1:4 EOF@2:1", ""},
    {"after_string", SRC("\"s\"\n"), "STRING:\"s\"@1:1 ;nl@1:4 EOF@2:1", ""},
    {"after_raw_string", SRC("`a\nb`\n"), "STRING:`a\\x0Ab`@1:1 ;nl@2:3 EOF@3:1", ""},
    {"after_break", SRC("break\n"), "break@1:1 ;nl@1:6 EOF@2:1", ""},
    {"after_continue", SRC("continue\n"), "continue@1:1 ;nl@1:9 EOF@2:1", ""},
    {"after_fallthrough", SRC("fallthrough\n"), "fallthrough@1:1 ;nl@1:12 EOF@2:1", ""},
    {"after_return", SRC("return\n"), "return@1:1 ;nl@1:7 EOF@2:1", ""},
    {"after_inc", SRC("++\n"), "++@1:1 ;nl@1:3 EOF@2:1", ""},
    {"after_dec", SRC("--\n"), "--@1:1 ;nl@1:3 EOF@2:1", ""},
    {"after_rparen", SRC(")\n"), ")@1:1 ;nl@1:2 EOF@2:1", ""},
    {"after_rbrack", SRC("]\n"), "]@1:1 ;nl@1:2 EOF@2:1", ""},
    {"after_rbrace", SRC("}\n"), "}@1:1 ;nl@1:2 EOF@2:1", ""},
    {"not_after_other_keywords",
     SRC("if\nfunc\nvar\ngo\ntype\nstruct\nchan\nmap\nelse\n"),
     "if@1:1 func@2:1 var@3:1 go@4:1 type@5:1 struct@6:1 chan@7:1 map@8:1 else@9:1 EOF@10:1",
     ""},
    {"not_after_operators", SRC("+\n-\n*\n=\n:=\n<-\n&&\n...\n.\n:\n"),
     "+@1:1 -@2:1 *@3:1 =@4:1 :=@5:1 <-@6:1 &&@7:1 ...@8:1 .@9:1 :@10:1 EOF@11:1", ""},
    {"not_after_opening_brackets", SRC("(\n[\n{\n,\n"),
     "(@1:1 [@2:1 {@3:1 comma@4:1 EOF@5:1", ""},
    {"not_after_written_semicolon", SRC("x;\ny"), "x@1:1 ;@1:2 y@2:1 ;eof@2:2 EOF@2:2", ""},
    {"one_per_run_of_newlines", SRC("x\n\n\n\ty\n"), "x@1:1 ;nl@1:2 y@4:2 ;nl@4:3 EOF@5:1", ""},
    {"blank_lines_first", SRC("\n\n  x"), "x@3:3 ;eof@3:4 EOF@3:4", ""},
    {"at_eof", SRC("x"), "x@1:1 ;eof@1:2 EOF@1:2", ""},
    {"at_eof_after_blanks", SRC("x \t\r"), "x@1:1 ;eof@1:5 EOF@1:5", ""},
    {"no_eof_semicolon_without_statement_end", SRC("x +"), "x@1:1 +@1:3 EOF@1:4", ""},
    {"line_comment_then_newline", SRC("x // note\ny"),
     "x@1:1 ;nl@1:10 y@2:1 ;eof@2:2 EOF@2:2", ""},
    {"line_comment_at_eof", SRC("x // note"), "x@1:1 ;eof@1:10 EOF@1:10", ""},
    {"carriage_return_before_newline", SRC("x\r\ny\r\n"),
     "x@1:1 ;nl@1:3 y@2:1 ;nl@2:3 EOF@3:1", ""},
    {"block_comment_with_newline_is_a_newline", SRC("x /* a\nb */ y"),
     "x@1:1 ;nl@1:3 y@2:6 ;eof@2:7 EOF@2:7", ""},
    {"block_comment_with_newline_not_after_operator", SRC("x + /* a\nb */ y"),
     "x@1:1 +@1:3 y@2:6 ;eof@2:7 EOF@2:7", ""},
    {"block_comment_on_one_line_is_not", SRC("x /* a */ y"),
     "x@1:1 y@1:11 ;eof@1:12 EOF@1:12", ""},
    {"block_comment_on_one_line_then_newline", SRC("return /* a */\n"),
     "return@1:1 ;nl@1:15 EOF@2:1", ""},
    {"unterminated_block_comment_with_newline", SRC("x /* a\n"),
     "x@1:1 ;nl@1:3 EOF@2:1", "1:3: comment not terminated"},
    {"unterminated_block_comment_on_one_line", SRC("x /* a"),
     "x@1:1 ;eof@1:7 EOF@1:7", "1:3: comment not terminated"},
    {"after_bad_literal", SRC("0x\n"), "INT!:0x@1:1 ;nl@1:3 EOF@2:1",
     "1:3: hexadecimal literal has no digits"},
    {"through_invalid_character", SRC("x @\n"), "x@1:1 ;nl@1:4 EOF@2:1",
     "1:3: invalid character U+0040 '@'"},
    {"statement_example", SRC("func f() {\n\tx++\n\treturn\n}\n"),
     "func@1:1 f@1:6 (@1:7 )@1:8 {@1:10 x@2:2 ++@2:3 ;nl@2:5 return@3:2 ;nl@3:8 }@4:1 "
     ";nl@4:2 EOF@5:1",
     ""},
};

static const FragmentCase error_cases[] = {
    /* Bytes Go forbids anywhere: reported, then skipped over. */
    {"nul", SRC("x\0y"), "x\\x00y@1:1 ;eof@1:4 EOF@1:4", "1:2: invalid NUL character"},
    {"nul_in_string", SRC("\"a\0b\""), "STRING:\"a\\x00b\"@1:1 ;eof@1:6 EOF@1:6",
     "1:3: invalid NUL character"},
    {"nul_in_comment", SRC("x // a\0b\ny"), "x@1:1 ;nl@1:9 y@2:1 ;eof@2:2 EOF@2:2",
     "1:7: invalid NUL character"},
    {"nul_as_first_byte", SRC("\0x"), "x@1:2 ;eof@1:3 EOF@1:3",
     "1:1: invalid character U+0000"},
    {"nul_operator_split", SRC("a +\0= b"), "a@1:1 +=@1:3 b@1:7 ;eof@1:8 EOF@1:8",
     "1:4: invalid NUL character"},
    {"utf8_bad_byte", SRC("x\xFFy"), "x\\xFFy@1:1 ;eof@1:4 EOF@1:4", "1:2: invalid UTF-8 encoding"},
    {"utf8_truncated", SRC("\"\xE2\x82\""), "STRING:\"\\xE2\\x82\"@1:1 ;eof@1:5 EOF@1:5",
     "1:2: invalid UTF-8 encoding\n1:3: invalid UTF-8 encoding"},
    {"utf8_surrogate", SRC("a\xED\xA0\x80"), "a\\xED\\xA0\\x80@1:1 ;eof@1:5 EOF@1:5",
     "1:2: invalid UTF-8 encoding\n1:3: invalid UTF-8 encoding\n1:4: invalid UTF-8 encoding"},
    {"utf8_overlong", SRC("\xC0\xAF"), "EOF@1:3",
     "1:1: invalid UTF-8 encoding\n1:2: invalid UTF-8 encoding"},
    {"utf8_beyond_max", SRC("\xF4\x90\x80\x80"), "EOF@1:5",
     "1:1: invalid UTF-8 encoding\n1:2: invalid UTF-8 encoding\n"
     "1:3: invalid UTF-8 encoding\n1:4: invalid UTF-8 encoding"},
    {"utf8_at_end_of_file", SRC("x \xE4\xB8"), "x@1:1 ;eof@1:5 EOF@1:5",
     "1:3: invalid UTF-8 encoding\n1:4: invalid UTF-8 encoding"},
    {"bom_middle", SRC("x \xEF\xBB\xBFy"), "x@1:1 y@1:6 ;eof@1:7 EOF@1:7",
     "1:3: invalid BOM in the middle of the file"},
    {"bom_twice_at_start", SRC("\xEF\xBB\xBF\xEF\xBB\xBFx"), "x@1:7 ;eof@1:8 EOF@1:8",
     "1:4: invalid BOM in the middle of the file"},
    {"bom_in_string", SRC("\"\xEF\xBB\xBF\""), "STRING:\"\\xEF\\xBB\\xBF\"@1:1 ;eof@1:6 EOF@1:6",
     "1:2: invalid BOM in the middle of the file"},
    /* Characters that start no token. */
    {"invalid_char_at", SRC("x @ y"), "x@1:1 y@1:5 ;eof@1:6 EOF@1:6",
     "1:3: invalid character U+0040 '@'"},
    {"invalid_char_control", SRC("\x01"), "EOF@1:2", "1:1: invalid character U+0001"},
    {"invalid_char_del", SRC("a\x7F"), "a@1:1 ;eof@1:3 EOF@1:3", "1:2: invalid character U+007F"},
    {"invalid_char_backslash", SRC("a \\ b"), "a@1:1 b@1:5 ;eof@1:6 EOF@1:6",
     "1:3: invalid character U+005C '\\'"},
    {"invalid_char_hash_dollar_question", SRC("#$?"), "EOF@1:4",
     "1:1: invalid character U+0023 '#'\n1:2: invalid character U+0024 '$'\n"
     "1:3: invalid character U+003F '?'"},
    /* Non-ASCII characters are kept in names, with a complaint unless
     * they are letters or (not first) digits. */
    {"invalid_char_in_ident_unprintable", SRC("a\xC2\xA0" "b"), "a\\xC2\\xA0b@1:1 ;eof@1:5 EOF@1:5",
     "1:2: invalid character U+00A0 in identifier"},
    {"invalid_char_in_ident_printable", SRC("x\xC2\xB7y"), "x\\xC2\\xB7y@1:1 ;eof@1:5 EOF@1:5",
     "1:2: invalid character U+00B7 '\xC2\xB7' in identifier"},
    {"invalid_char_in_ident_emoji", SRC("\xF0\x9F\x98\x80"), "\\xF0\\x9F\\x98\\x80@1:1 ;eof@1:5 EOF@1:5",
     "1:1: invalid character U+1F600 '\xF0\x9F\x98\x80' in identifier"},
    {"invalid_char_in_ident_format_char", SRC("a\xE2\x80\x8B"), "a\\xE2\\x80\\x8B@1:1 ;eof@1:5 EOF@1:5",
     "1:2: invalid character U+200B in identifier"},
    {"ident_begins_with_digit", SRC("\xD9\xA1x"), "\\xD9\\xA1x@1:1 ;eof@1:4 EOF@1:4",
     "1:1: identifier cannot begin with digit U+0661 '\xD9\xA1'"},
    /* Numbers. */
    {"radix_point_octal", SRC("0o1.2"), "FLOAT!:0o1.2@1:1 ;eof@1:6 EOF@1:6",
     "1:4: invalid radix point in octal literal"},
    {"radix_point_binary", SRC("0b1.0"), "FLOAT!:0b1.0@1:1 ;eof@1:6 EOF@1:6",
     "1:4: invalid radix point in binary literal"},
    {"binary_no_digits", SRC("0b"), "INT!:0b@1:1 ;eof@1:3 EOF@1:3",
     "1:3: binary literal has no digits"},
    {"octal_no_digits", SRC("0o_"), "INT!:0o_@1:1 ;eof@1:4 EOF@1:4",
     "1:4: octal literal has no digits"},
    {"hex_no_digits", SRC("0x.p1"), "FLOAT!:0x.p1@1:1 ;eof@1:6 EOF@1:6",
     "1:4: hexadecimal literal has no digits"},
    {"e_exponent_binary", SRC("0b1e2"), "FLOAT!:0b1e2@1:1 ;eof@1:6 EOF@1:6",
     "1:4: 'e' exponent requires decimal mantissa"},
    {"E_exponent_octal", SRC("0o7E2"), "FLOAT!:0o7E2@1:1 ;eof@1:6 EOF@1:6",
     "1:4: 'E' exponent requires decimal mantissa"},
    {"p_exponent_decimal", SRC("1p2"), "FLOAT!:1p2@1:1 ;eof@1:4 EOF@1:4",
     "1:2: 'p' exponent requires hexadecimal mantissa"},
    {"P_exponent_legacy_octal", SRC("07P1"), "FLOAT!:07P1@1:1 ;eof@1:5 EOF@1:5",
     "1:3: 'P' exponent requires hexadecimal mantissa"},
    {"exponent_no_digits", SRC("1e+"), "FLOAT!:1e+@1:1 ;eof@1:4 EOF@1:4",
     "1:4: exponent has no digits"},
    {"hex_exponent_no_digits", SRC("0x1p-"), "FLOAT!:0x1p-@1:1 ;eof@1:6 EOF@1:6",
     "1:6: exponent has no digits"},
    {"hex_mantissa_needs_p", SRC("0x1.8"), "FLOAT!:0x1.8@1:1 ;eof@1:6 EOF@1:6",
     "1:6: hexadecimal mantissa requires a 'p' exponent"},
    {"invalid_digit_legacy_octal", SRC("0128"), "INT!:0128@1:1 ;eof@1:5 EOF@1:5",
     "1:4: invalid digit '8' in octal literal"},
    {"invalid_digit_octal", SRC("0o19"), "INT!:0o19@1:1 ;eof@1:5 EOF@1:5",
     "1:4: invalid digit '9' in octal literal"},
    {"invalid_digit_binary", SRC("0b0120"), "INT!:0b0120@1:1 ;eof@1:7 EOF@1:7",
     "1:5: invalid digit '2' in binary literal"},
    {"separator_double", SRC("1__0"), "INT!:1__0@1:1 ;eof@1:5 EOF@1:5",
     "1:3: '_' must separate successive digits"},
    {"separator_trailing", SRC("10_"), "INT!:10_@1:1 ;eof@1:4 EOF@1:4",
     "1:3: '_' must separate successive digits"},
    {"separator_before_point", SRC("1_.5"), "FLOAT!:1_.5@1:1 ;eof@1:5 EOF@1:5",
     "1:2: '_' must separate successive digits"},
    {"separator_after_point", SRC("1._5"), "FLOAT!:1._5@1:1 ;eof@1:5 EOF@1:5",
     "1:3: '_' must separate successive digits"},
    {"separator_hex_trailing", SRC("0x_f_"), "INT!:0x_f_@1:1 ;eof@1:6 EOF@1:6",
     "1:5: '_' must separate successive digits"},
    {"separator_exponent", SRC("1e_1"), "FLOAT!:1e_1@1:1 ;eof@1:5 EOF@1:5",
     "1:3: '_' must separate successive digits"},
    {"separator_legacy_octal_trailing", SRC("0_"), "INT!:0_@1:1 ;eof@1:3 EOF@1:3",
     "1:2: '_' must separate successive digits"},
    {"junk_inside_number", SRC("1\0" "2"), "INT:1\\x002@1:1 ;eof@1:4 EOF@1:4",
     "1:2: invalid NUL character"},
    /* Escapes. */
    {"unknown_escape", SRC("\"\\q\""), "STRING!:\"\\q\"@1:1 ;eof@1:5 EOF@1:5", "1:3: unknown escape"},
    {"unknown_escape_single_quote_in_string", SRC("\"\\'\""),
     "STRING!:\"\\'\"@1:1 ;eof@1:5 EOF@1:5", "1:3: unknown escape"},
    {"unknown_escape_double_quote_in_rune", SRC("'\\\"'"),
     "CHAR!:'\\\"'@1:1 ;eof@1:5 EOF@1:5", "1:3: unknown escape"},
    {"unknown_escape_newline", SRC("\"\\\n"), "STRING!:\"\\@1:1 ;nl@1:3 EOF@2:1",
     "1:3: unknown escape\n1:3: newline in string"},
    {"hex_escape_bad_char", SRC("\"\\x4g\""), "STRING!:\"\\x4g\"@1:1 ;eof@1:7 EOF@1:7",
     "1:5: invalid character 'g' in hexadecimal escape"},
    {"hex_escape_newline", SRC("\"\\x\n"), "STRING!:\"\\x@1:1 ;nl@1:4 EOF@2:1",
     "1:4: invalid character '\\n' in hexadecimal escape\n1:4: newline in string"},
    {"hex_escape_tab", SRC("\"\\x\t\""), "STRING!:\"\\x\\x09\"@1:1 ;eof@1:6 EOF@1:6",
     "1:4: invalid character '\\t' in hexadecimal escape"},
    {"hex_escape_control", SRC("\"\\x\x01\""), "STRING!:\"\\x\\x01\"@1:1 ;eof@1:6 EOF@1:6",
     "1:4: invalid character '\\x01' in hexadecimal escape"},
    {"hex_escape_unprintable", SRC("\"\\u\xC2\xA0\""),
     "STRING!:\"\\u\\xC2\\xA0\"@1:1 ;eof@1:7 EOF@1:7",
     "1:4: invalid character '\\u00a0' in hexadecimal escape"},
    {"hex_escape_backslash", SRC("\"\\x\\\\\""), "STRING!:\"\\x\\\\\"@1:1 ;eof@1:7 EOF@1:7",
     "1:4: invalid character '\\\\' in hexadecimal escape"},
    {"octal_escape_bad_char", SRC("'\\18'"), "CHAR!:'\\18'@1:1 ;eof@1:6 EOF@1:6",
     "1:4: invalid character '8' in octal escape"},
    {"u_escape_quote", SRC("'\\u12'"), "CHAR!:'\\u12'@1:1 ;eof@1:7 EOF@1:7",
     "1:6: invalid character '\\'' in hexadecimal escape"},
    {"U_escape_double_quote", SRC("\"\\U1\""), "STRING!:\"\\U1\"@1:1 ;eof@1:6 EOF@1:6",
     "1:5: invalid character '\"' in hexadecimal escape"},
    {"U_escape_nonascii", SRC("\"\\U\xC3\xA9\""), "STRING!:\"\\U\\xC3\\xA9\"@1:1 ;eof@1:7 EOF@1:7",
     "1:4: invalid character '\xC3\xA9' in hexadecimal escape"},
    {"octal_escape_too_big", SRC("\"\\400\""), "STRING!:\"\\400\"@1:1 ;eof@1:7 EOF@1:7",
     "1:6: octal escape value 256 > 255"},
    {"octal_escape_after_junk", SRC("\"\\400\xFF\""), "STRING!:\"\\400\\xFF\"@1:1 ;eof@1:8 EOF@1:8",
     "1:6: invalid UTF-8 encoding\n1:7: octal escape value 256 > 255"},
    {"escape_surrogate", SRC("'\\ud800'"), "CHAR!:'\\ud800'@1:1 ;eof@1:9 EOF@1:9",
     "1:8: escape is invalid Unicode code point U+D800"},
    {"escape_too_big", SRC("\"\\U00110000\""), "STRING!:\"\\U00110000\"@1:1 ;eof@1:13 EOF@1:13",
     "1:12: escape is invalid Unicode code point U+110000"},
    {"escape_max", SRC("\"\\UFFFFFFFF\""), "STRING!:\"\\UFFFFFFFF\"@1:1 ;eof@1:13 EOF@1:13",
     "1:12: escape is invalid Unicode code point U+FFFFFFFF"},
    {"escape_largest_valid", SRC("\"\\U0010FFFF\\uFFFF\\xFF\\377\""), NULL, ""},
    /* Rune literals. */
    {"rune_two_chars", SRC("'ab'"), "CHAR!:'ab'@1:1 ;eof@1:5 EOF@1:5",
     "1:1: more than one character in rune literal"},
    {"rune_two_escapes", SRC("'\\n\\t'"), "CHAR!:'\\n\\t'@1:1 ;eof@1:7 EOF@1:7",
     "1:1: more than one character in rune literal"},
    {"rune_empty", SRC("''"), "CHAR!:''@1:1 ;eof@1:3 EOF@1:3", "1:2: empty rune literal or unescaped '"},
    {"rune_newline", SRC("'a\nb"), "CHAR!:'a@1:1 ;nl@1:3 b@2:1 ;eof@2:2 EOF@2:2",
     "1:3: newline in rune literal"},
    {"rune_not_terminated", SRC("x 'a"), "x@1:1 CHAR!:'a@1:3 ;eof@1:5 EOF@1:5",
     "1:3: rune literal not terminated"},
    {"rune_escape_at_eof", SRC("'\\"), "CHAR!:'\\@1:1 ;eof@1:3 EOF@1:3", "1:1: rune literal not terminated"},
    {"rune_one_error_only", SRC("'\\q\\q'"), "CHAR!:'\\q\\q'@1:1 ;eof@1:7 EOF@1:7",
     "1:3: unknown escape\n1:5: unknown escape"},
    /* Strings and comments. */
    {"string_newline", SRC("\"abc\ndef\""),
     "STRING!:\"abc@1:1 ;nl@1:5 def@2:1 STRING!:\"@2:4 ;eof@2:5 EOF@2:5",
     "1:5: newline in string\n2:4: string not terminated"},
    {"string_not_terminated", SRC("x \"abc"), "x@1:1 STRING!:\"abc@1:3 ;eof@1:7 EOF@1:7",
     "1:3: string not terminated"},
    {"string_escape_at_eof", SRC("\"\\x4"), "STRING!:\"\\x4@1:1 ;eof@1:5 EOF@1:5",
     "1:1: string not terminated"},
    {"raw_string_not_terminated", SRC("x `abc\ndef"), "x@1:1 STRING!:`abc\\x0Adef@1:3 ;eof@2:4 EOF@2:4",
     "1:3: string not terminated"},
    {"comment_not_terminated", SRC("x /* abc\n\n"), "x@1:1 ;nl@1:3 EOF@3:1",
     "1:3: comment not terminated"},
    {"comment_almost_terminated", SRC("/* a *"), "EOF@1:7", "1:1: comment not terminated"},
    /* gc's step back over ".." miscounts lines when a newline follows. */
    {"period_period_newline", SRC("a..\nb\n@"), "a@1:1 .@1:2 .@2:2 b@3:1 ;nl@3:2 EOF@4:2",
     "4:1: invalid character U+0040 '@'"},
    {"period_period_junk_newline", SRC("a.\0.\n"), "a@1:1 .@1:2 .@2:3 EOF@3:1",
     "1:3: invalid NUL character\n2:2: invalid NUL character"},
    {"period_period_junk", SRC("a..\0b"), "a@1:1 .@1:2 .@1:3 b@1:5 ;eof@1:6 EOF@1:6",
     "1:4: invalid NUL character"},
    {"period_junk_ellipsis", SRC(".\0.\0."), "...@1:1 EOF@1:6",
     "1:2: invalid NUL character\n1:4: invalid NUL character"},
};

/* Columns count bytes; a tab is one column. */
static const FragmentCase position_cases[] = {
    {"tabs", SRC("\tx\t\ty"), "x@1:2 y@1:5 ;eof@1:6 EOF@1:6", ""},
    {"multibyte_name", SRC("\xC3\xA9 := 1"), "\\xC3\\xA9@1:1 :=@1:4 INT:1@1:7 ;eof@1:8 EOF@1:8", ""},
    {"multibyte_in_string", SRC("\"h\xC3\xA9llo\xE4\xB8\x96\" x"),
     "STRING:\"h\\xC3\\xA9llo\\xE4\\xB8\\x96\"@1:1 x@1:13 ;eof@1:14 EOF@1:14", ""},
    {"multibyte_in_comment", SRC("/* \xF0\x9F\x98\x80 */x"), "x@1:11 ;eof@1:12 EOF@1:12", ""},
    {"raw_string_spans_lines", SRC("`a\nbc` x\n\ty"),
     "STRING:`a\\x0Abc`@1:1 x@2:5 ;nl@2:6 y@3:2 ;eof@3:3 EOF@3:3", ""},
    {"carriage_returns_are_columns", SRC("\r\rx"), "x@1:3 ;eof@1:4 EOF@1:4", ""},
    {"bom_at_start_is_skipped", SRC("\xEF\xBB\xBFpackage p\n"),
     "package@1:4 p@1:12 ;nl@1:13 EOF@2:1", ""},
    {"bom_only", SRC("\xEF\xBB\xBF"), "EOF@1:4", ""},
    {"bom_after_newline", SRC("\n\xEF\xBB\xBFx"), "x@2:4 ;eof@2:5 EOF@2:5",
     "2:1: invalid BOM in the middle of the file"},
    {"bom_inside_name", SRC("ab\xEF\xBB\xBF" "cd"), "ab\\xEF\\xBB\\xBFcd@1:1 ;eof@1:8 EOF@1:8",
     "1:3: invalid BOM in the middle of the file"},
};

/* ------------------------------------------------------------------ */
/* lex_string_value                                                     */
/* ------------------------------------------------------------------ */

typedef struct ValueCase {
  const char *name;
  const char *literal;
  size_t literal_length;
  const char *value;
  size_t value_length;
} ValueCase;

static const ValueCase value_cases[] = {
    {"string_plain", SRC("\"abc\""), SRC("abc")},
    {"string_empty", SRC("\"\""), SRC("")},
    {"string_simple_escapes", SRC("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\""), SRC("\a\b\f\n\r\t\v\\\"")},
    {"string_hex_escapes_are_bytes", SRC("\"\\x41\\xff\\xFF\""), SRC("A\xFF\xFF")},
    {"string_octal_escapes_are_bytes", SRC("\"\\101\\000\\377\""), SRC("A\0\xFF")},
    {"string_u_escape", SRC("\"\\u00e9\\u4E16\""), SRC("\xC3\xA9\xE4\xB8\x96")},
    {"string_U_escape", SRC("\"\\U0001F600\""), SRC("\xF0\x9F\x98\x80")},
    {"string_keeps_utf8", SRC("\"h\xC3\xA9\""), SRC("h\xC3\xA9")},
    {"string_keeps_carriage_return", SRC("\"a\rb\""), SRC("a\rb")},
    {"string_single_quote", SRC("\"'\""), SRC("'")},
    {"raw_string", SRC("`a\\n\"b`"), SRC("a\\n\"b")},
    {"raw_string_drops_carriage_returns", SRC("`a\r\nb\r`"), SRC("a\nb")},
    {"raw_string_empty", SRC("``"), SRC("")},
    {"rune_ascii", SRC("'a'"), SRC("a")},
    {"rune_multibyte", SRC("'\xE4\xB8\x96'"), SRC("\xE4\xB8\x96")},
    {"rune_escape", SRC("'\\n'"), SRC("\n")},
    {"rune_quote", SRC("'\\''"), SRC("'")},
    {"rune_backslash", SRC("'\\\\'"), SRC("\\")},
    {"rune_hex_escape_is_code_point", SRC("'\\xff'"), SRC("\xC3\xBF")},
    {"rune_octal_escape_is_code_point", SRC("'\\377'"), SRC("\xC3\xBF")},
    {"rune_small_octal", SRC("'\\000'"), SRC("\0")},
    {"rune_u_escape", SRC("'\\u00e9'"), SRC("\xC3\xA9")},
    {"rune_U_escape", SRC("'\\U0010FFFF'"), SRC("\xF4\x8F\xBF\xBF")},
    /* Bad literals (the lexer reported them) decode without harm. */
    {"bad_unterminated_string", SRC("\"abc"), SRC("abc")},
    {"bad_unterminated_escape", SRC("\"\\x4"), SRC("\x04")},
    {"bad_backslash_at_end", SRC("\"\\"), SRC("")},
    {"bad_escaped_quote_at_end", SRC("\"ab\\\""), SRC("ab\"")},
    {"bad_surrogate_escape", SRC("'\\ud800'"), SRC("\xEF\xBF\xBD")},
    {"bad_too_big_escape", SRC("\"\\UFFFFFFFF\""), SRC("\xEF\xBF\xBD")},
    {"bad_unknown_escape", SRC("\"\\q\""), SRC("q")},
    {"bad_two_char_rune", SRC("'ab'"), SRC("ab")},
    {"bad_empty_rune", SRC("''"), SRC("")},
    {"bad_lone_quote", SRC("\""), SRC("")},
    {"not_a_literal", SRC("abc"), SRC("abc")},
    {"empty_text", SRC(""), SRC("")},
};

static const char *value_case_name(const void *row) { return ((const ValueCase *)row)->name; }

static void test_value_case(void **state)
{
  const ValueCase *row = *state;
  Arena arena;
  size_t length = 12345;
  char *value;

  arena_init(&arena);
  value = lex_string_value(&arena, row->literal, row->literal_length, &length);
  assert_int_equal(length, row->value_length);
  assert_memory_equal(value, row->value, row->value_length);
  assert_int_equal(value[length], '\0');
  /* length_out may be NULL. */
  value = lex_string_value(&arena, row->literal, row->literal_length, NULL);
  assert_memory_equal(value, row->value, row->value_length);
  arena_free(&arena);
}

/* ------------------------------------------------------------------ */
/* Recorded comments                                                    */
/* ------------------------------------------------------------------ */

typedef struct CommentCase {
  const char *name;
  const char *source;
  size_t length;
  const char *comments; /* as rendered in lexed.comments */
} CommentCase;

static const CommentCase comment_cases[] = {
    {"go_directive", SRC("//go:noinline\nfunc f()"), "GO@1:1 //go:noinline"},
    {"go_directive_indented", SRC("\t//go:build linux\n"), "GO@1:2 //go:build linux"},
    {"go_directive_after_code", SRC("x //go:noescape\n"), "GO@1:3 //go:noescape"},
    {"go_directive_at_eof", SRC("//go:nosplit"), "GO@1:1 //go:nosplit"},
    {"go_directive_keeps_carriage_return", SRC("//go:noinline\r\n"), "GO@1:1 //go:noinline\\x0D"},
    {"goesc_directive", SRC("//goesc:escapes(p)\n"), "GOESC@1:1 //goesc:escapes(p)"},
    {"line_directive", SRC("//line foo.go:10\n"), "LINE@1:1 //line foo.go:10"},
    {"block_line_directive", SRC("x /*line foo.go:10:3*/ y"), "LINE@1:3 /*line foo.go:10:3*/"},
    {"error_comment", SRC("p := &x // ERROR \"moved to heap: x\"\n"),
     "ERROR@1:9 // ERROR \"moved to heap: x\""},
    {"error_comment_no_space", SRC("//ERROR \"x\""), "ERROR@1:1 //ERROR \"x\""},
    {"error_comment_tabs", SRC("// \t ERROR \"x\""), "ERROR@1:1 // \\x09 ERROR \"x\""},
    {"error_comment_gc_form", SRC("// GC_ERROR \"x\""), "ERROR@1:1 // GC_ERROR \"x\""},
    {"error_comment_auto_form", SRC("// ERRORAUTO \"x\""), "ERROR@1:1 // ERRORAUTO \"x\""},
    {"several_in_order", SRC("//go:noinline\n//line a.go:1\nx // ERROR \"y\"\n//goesc:z"),
     "GO@1:1 //go:noinline | LINE@2:1 //line a.go:1 | ERROR@3:3 // ERROR \"y\" | GOESC@4:1 //goesc:z"},
    {"plain_comments_dropped", SRC("// hello\n/* ERROR */\n// go:noinline\n//lineX\n//goesc\n"
                                   "// error \"x\"\n/*line*/\n"),
     ""},
    {"unterminated_block_line_directive_dropped", SRC("/*line x:1"), ""},
    {"comment_in_string_is_not_a_comment", SRC("\"//go:noinline\""), ""},
};

static const char *comment_case_name(const void *row) { return ((const CommentCase *)row)->name; }

static void test_comment_case(void **state)
{
  const CommentCase *row = *state;
  lex_fragment(row->source, row->length);
  assert_string_equal(lexed.comments, row->comments);
}

/* The recorded text points into the source, so later stages can look at
 * what precedes it on the line. */
static void test_comment_text_points_into_source(void **state)
{
  static const char text[] = "x\n  //go:noinline\n";
  Source *source = source_from_memory("test.go", text, sizeof text - 1);
  ErrorList errors;
  Arena arena;
  Lexer lexer;
  Token token;
  (void)state;

  error_list_init(&errors, 0);
  arena_init(&arena);
  lex_init(&lexer, source, &errors, &arena);
  do
    lex_next(&lexer, &token);
  while (token.kind != TK_EOF);
  assert_non_null(lexer.comments);
  assert_ptr_equal(lexer.comments, lexer.comments_last);
  assert_ptr_equal(lexer.comments->text, source->text + 4);
  assert_int_equal(lexer.comments->length, strlen("//go:noinline"));
  assert_null(lexer.comments->next);
  error_list_free(&errors);
  arena_free(&arena);
  source_free(source);
}

/* Line directives: the position and file name reported for the first
 * token of the line that follows, gc's rules (cmd/compile's doc). */
typedef struct DirectiveCase {
  const char *text;   /* the file; the token looked at is "x" */
  const char *expect; /* FILE:LINE[:COL] as reported */
} DirectiveCase;

static const DirectiveCase directive_cases[] = {
    {"//line foo.go:10\nx", "foo.go:10"},
    {"//line foo.go:10:5\nx", "foo.go:10:5"},
    {"//line C:foo.go:10\nx", "C:foo.go:10"},          /* colons in the name */
    {"//line  a:100 :10\nx", " a:100 :10"},            /* blanks too: no column */
    {"//line :10\nx", "??:10"},                        /* no name, no column */
    {"//line :10:3\nx", "t.go:10:3"},                  /* no name: the previous */
    {"//line a.go:5\n//line :10:3\nx", "a.go:10:3"},
    {"//line foo.go:0\nx", "t.go:2:1"},                /* invalid: ignored */
    {"//line foo.go\nx", "t.go:2:1"},                  /* no number: ignored */
    {" //line foo.go:10\nx", "t.go:2:1"},              /* not at column 1 */
    {"y /*line :7:20*/x", "t.go:7:20"},
    {"y /*line f.go:7:20*/ x", "f.go:7:21"},
    {"/*line f.go:7*/\n\n  x", "f.go:9"},
    {"//line f.go:100\n\n\n x", "f.go:102"},
};

static void test_line_directives(void **state)
{
  (void)state;
  for (size_t i = 0; i < sizeof directive_cases / sizeof *directive_cases; i++) {
    const DirectiveCase *row = &directive_cases[i];
    Source *source = source_from_memory("t.go", row->text, strlen(row->text));
    ErrorList errors;
    Arena arena;
    Lexer lexer;
    Token token;
    Pos at = {0, 0};
    error_list_init(&errors, 0);
    arena_init(&arena);
    lex_init(&lexer, source, &errors, &arena);
    do {
      lex_next(&lexer, &token);
      if (token.kind == TK_IDENT && token.length == 1 && token.text[0] == 'x')
        at = token.pos;
    } while (token.kind != TK_EOF);
    const char *path;
    Pos pos = source_reported_pos(source, at, &path);
    char got[200];
    if (pos.col > 0)
      snprintf(got, sizeof got, "%s:%d:%d", path, (int)pos.line, (int)pos.col);
    else
      snprintf(got, sizeof got, "%s:%d", path, (int)pos.line);
    if (strcmp(got, row->expect) != 0)
      fail_msg("%s: want %s, got %s", row->text, row->expect, got);
    error_list_free(&errors);
    arena_free(&arena);
    source_free(source);
  }
}

/* ------------------------------------------------------------------ */
/* Robustness                                                           */
/* ------------------------------------------------------------------ */

/* Any bytes lex to the end; every error lies inside the file. */
static void test_random_bytes(void **state)
{
  uint32_t seed = 12345;
  (void)state;
  for (int round = 0; round < 300; round++) {
    char text[512];
    size_t length = (size_t)(round * 7 % 500) + 1;
    Source *source;
    ErrorList errors;
    Arena arena;
    Lexer lexer;
    Token token;
    int count = 0;

    for (size_t i = 0; i < length; i++) {
      seed = seed * 1103515245u + 12345u;
      /* Half the rounds draw from Go's own alphabet, half from any byte. */
      text[i] = round % 2 ? (char)(seed >> 16) : "x1.'\"`\\/*\n e+_0p\xC3\xA9\xFF\0"[(seed >> 16) % 21];
    }
    source = source_from_memory("random.go", text, length);
    error_list_init(&errors, 0);
    arena_init(&arena);
    lex_init(&lexer, source, &errors, &arena);
    do {
      lex_next(&lexer, &token);
      assert_true(token.text >= source->text && token.text + token.length <= source->text + length);
      assert_true(token.pos.line >= 1 && token.pos.col >= 1);
      assert_true(++count <= (int)(2 * length + 2));
    } while (token.kind != TK_EOF);
    for (const Error *e = errors.first; e != NULL; e = e->next)
      assert_true(e->pos.line >= 1 && e->pos.col >= 1 && (size_t)e->pos.col <= length + 1);
    error_list_free(&errors);
    arena_free(&arena);
    source_free(source);
  }
}

/* A long line: columns keep counting, and scanning is not quadratic (the
 * test would take minutes if it were). */
static void test_long_line(void **state)
{
  size_t count = 1000000, length = 2 * count + 1;
  char *text = malloc(length + 1);
  Source *source;
  ErrorList errors;
  Arena arena;
  Lexer lexer;
  Token token;
  (void)state;

  for (size_t i = 0; i < count; i++) {
    text[2 * i] = 'x';
    text[2 * i + 1] = '+';
  }
  text[length - 1] = 'y';
  source = source_from_memory("long.go", text, length);
  free(text);
  error_list_init(&errors, 0);
  arena_init(&arena);
  lex_init(&lexer, source, &errors, &arena);
  for (size_t i = 0; i < 2 * count; i++)
    lex_next(&lexer, &token);
  assert_int_equal(token.kind, TK_ADD);
  assert_int_equal(token.pos.col, (int)length - 1);
  lex_next(&lexer, &token);
  assert_int_equal(token.kind, TK_IDENT);
  assert_int_equal(token.pos.col, (int)length);
  lex_next(&lexer, &token);
  assert_int_equal(token.semi, SEMI_EOF);
  assert_int_equal(errors.count, 0);
  error_list_free(&errors);
  arena_free(&arena);
  source_free(source);
}

/* A file whose bytes are all rejected yields EOF after the errors. */
static void test_only_junk(void **state)
{
  (void)state;
  lex_fragment(SRC("\xFF\0\xFE"));
  assert_string_equal(lexed.tokens, "EOF@1:4");
  assert_string_equal(lexed.errors,
                      "1:1: invalid UTF-8 encoding\n1:2: invalid NUL character\n"
                      "1:3: invalid UTF-8 encoding");
}

/* The lexer works without an arena for comments: it just records none. */
static void test_no_comment_arena(void **state)
{
  static const char text[] = "//go:noinline\nx";
  Source *source = source_from_memory("test.go", text, sizeof text - 1);
  ErrorList errors;
  Lexer lexer;
  Token token;
  (void)state;
  error_list_init(&errors, 0);
  lex_init(&lexer, source, &errors, NULL);
  lex_next(&lexer, &token);
  assert_int_equal(token.kind, TK_IDENT);
  assert_null(lexer.comments);
  error_list_free(&errors);
  source_free(source);
}

int main(void)
{
  const struct CMUnitTest single_tests[] = {
      cmocka_unit_test(test_every_token_kind_has_a_case),
      cmocka_unit_test(test_operators_longest_match),
      cmocka_unit_test(test_numbers_end_where_gc_ends_them),
      cmocka_unit_test(test_keyword_lookup),
      cmocka_unit_test(test_token_spelling),
      cmocka_unit_test(test_comment_text_points_into_source),
      cmocka_unit_test(test_line_directives),
      cmocka_unit_test(test_random_bytes),
      cmocka_unit_test(test_long_line),
      cmocka_unit_test(test_only_junk),
      cmocka_unit_test(test_no_comment_arena),
  };
  int failures = 0;

  failures += run_table("lex_tokens", test_token_case, token_cases, sizeof token_cases[0],
                        COUNT_OF(token_cases), token_case_name);
  failures += run_table("lex_semicolons", test_fragment_case, semicolon_cases,
                        sizeof semicolon_cases[0], COUNT_OF(semicolon_cases), fragment_case_name);
  failures += run_table("lex_errors", test_fragment_case, error_cases, sizeof error_cases[0],
                        COUNT_OF(error_cases), fragment_case_name);
  failures += run_table("lex_positions", test_fragment_case, position_cases,
                        sizeof position_cases[0], COUNT_OF(position_cases), fragment_case_name);
  failures += run_table("lex_string_values", test_value_case, value_cases, sizeof value_cases[0],
                        COUNT_OF(value_cases), value_case_name);
  failures += run_table("lex_comments", test_comment_case, comment_cases, sizeof comment_cases[0],
                        COUNT_OF(comment_cases), comment_case_name);
  failures += cmocka_run_group_tests_name("lex", single_tests, NULL, NULL);
  return failures == 0 ? 0 : 1;
}
