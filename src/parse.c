/*
 * parse.c — the parser.
 *
 * needs: a Source (read through lex.c);  produces: the AST of one File.
 *
 * This is a recursive-descent parser for the whole Go 1.26 grammar.  Each
 * function parses one production and is named after it; the production is
 * written as a comment at the top of the function.  The model is the Go
 * compiler's own parser (cmd/compile/internal/syntax/parser.go), because
 * goesc must report what gc reports:
 *
 *  - Positions.  Node.pos is the position gc attaches to a node, which is
 *    not always its first byte: a binary expression sits at its operator,
 *    a call at its "(", a selector at its ".", an index or slice at its
 *    "[", a composite literal at its "{", an assignment at its operator, a
 *    labeled statement at its ":", a declaration at its first name and a
 *    function declaration at the token after "func" (its name, or the "("
 *    of a receiver: that is where gc's -m reports "can inline T.m").
 *    Node.end is the position just past the node's last byte; we get it
 *    for free by remembering where the last consumed token ended
 *    (prev_end) and stamping it on each node as its production returns.
 *    node_start walks to the leftmost position exactly as gc's
 *    syntax.StartPos does, quirks included (a slice expression answers
 *    its "[", a function type its "(").  Unlike gc we keep every pair of
 *    parentheses as an ND_PAREN, so that the tree prints back as written;
 *    later stages look through them.
 *
 *  - Error messages.  A syntax error names the token the parser choked on
 *    ("syntax error: unexpected newline, expected comma or )"), with gc's
 *    spelling of tokens ("name x", "literal 42", "keyword func").  After an
 *    error the parser skips to a token that can follow the broken
 *    production (advance), so one file may report several errors; gc
 *    reports only the first syntax error per line, which error_at enforces.
 *
 *  - Ambiguities.  Go has a few places where one token of look-ahead is
 *    not enough, and we resolve them exactly as gc does: a composite
 *    literal T{...} whose type is a plain or qualified name cannot appear
 *    in an if/for/switch header (xnest < 0 there) because "{" starts the
 *    block; "type A[N]int" is an array type but "type A[P any]int" is a
 *    generic type, decided by looking at the expression after "[" (see
 *    extract_name); "<-chan int" is a channel type but "<-ch" a receive,
 *    decided after parsing what follows the arrow.
 *
 * Where gc's parser and go/parser (gofmt) disagree about which programs are
 * syntactically valid, we accept what gofmt accepts, and keep in the tree
 * what a later stage needs to reject the rest as gc does.  The messages of
 * such disagreements are held back to the end of the file (LateError):
 * one that gofmt reports but gc only in its type checker shows only if
 * the file has no syntax error (gc never type-checks a file that has
 * one); one that gc's parser reports but gofmt does not shows only if the
 * file is rejected anyway.  Those places mention gofmt in a comment.
 *
 * Lists are built with loops, never by recursion per element, and every
 * recursive path passes through enter(), which counts the nesting depth
 * and gives up cleanly (longjmp back to parse_file) past MAX_DEPTH levels,
 * so no input can overflow the C stack.  Loops that build left-nested
 * trees (a.b.c..., x+y+z...) count their nesting too, since every later
 * stage walks the tree recursively.
 */
#include "goesc.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

/* Deepest nesting we accept (gc has no limit, gofmt stops at 100000
 * recursive calls).  At a few hundred bytes of C stack per level this
 * stays well inside a default 8 MB stack. */
enum { MAX_DEPTH = 10000 };

/* One entry of a parameter list while it is being parsed: gc parses
 * "a, b int" as three entries (a), (b int) and distributes the types
 * afterwards, so the entries wait in a scratch stack (Parser.params). */
typedef struct Param {
  Node *name; /* ND_NAME or NULL */
  Node *type; /* or NULL */
  Pos pos;    /* first token of the entry */
} Param;

/* Errors on which gofmt and gc disagree, held back until the end of the
 * file so that goesc reports what gc reports while accepting what gofmt
 * accepts:
 *  - errors gofmt reports while parsing but gc only in its type checker,
 *    which it never reaches after a syntax error: reported only if the
 *    file has no syntax error;
 *  - errors gc reports while parsing but gofmt not at all (the checker
 *    must report them): reported only if the file has a syntax error,
 *    that is, only when it is rejected anyway. */
typedef struct LateError {
  Pos pos;
  const char *message;
  bool if_rejected; /* the second kind */
  struct LateError *next;
} LateError;

typedef struct Parser {
  Lexer lexer;
  Token tok;          /* current token (one token of look-ahead) */
  Pos prev_end;       /* just past the last consumed token */
  const Source *source;
  ErrorList *errors;
  Arena *arena;
  int errors_at_start; /* errors->count when this file began */
  bool reported;       /* this parser reported an error */
  int syntax_errors;   /* of them, those gc counts as syntax errors */
  LateError *late, *late_last; /* held-back errors, in order */
  int fnest;           /* function nesting: > 0 inside a body */
  size_t node_count;   /* nodes made so far (ND_FILE's node_count) */
  Node *header_pool;   /* where the next node outside a body goes */
  int header_left;     /* nodes left there */
  int xnest;           /* expression nesting; -1 in statement headers */
  int depth;           /* recursion depth, see enter() */
  int groups;          /* parenthesized declaration groups so far */
  Comment *pragmas_seen; /* comments up to here are consumed as pragmas */
  char msg[128];       /* messages are formatted here, not on the stack,
                          to keep the recursive functions' frames small */
  Param *params;       /* scratch stack for parameter lists */
  size_t param_count, param_capacity;
  jmp_buf bailout;     /* where enter() jumps when nesting is too deep */
} Parser;

/* ===================================================================
 * Tokens
 * =================================================================== */

static bool is_keyword(TokenKind kind) {
  return kind >= TK_BREAK && kind <= TK_VAR;
}

static bool is_literal(TokenKind kind) {
  return kind >= TK_INT && kind <= TK_STRING;
}

/* gc's _Operator token class: the operators that are neither "*", "<-",
 * "++"/"--" nor an assignment. */
static bool is_operator(TokenKind kind) {
  switch (kind) {
  case TK_LOR: case TK_LAND: case TK_EQL: case TK_NEQ: case TK_LSS:
  case TK_LEQ: case TK_GTR: case TK_GEQ: case TK_ADD: case TK_SUB:
  case TK_OR: case TK_XOR: case TK_QUO: case TK_REM: case TK_AND:
  case TK_AND_NOT: case TK_SHL: case TK_SHR: case TK_NOT: case TK_TILDE:
    return true;
  default:
    return false;
  }
}

/* Precedence of a binary operator, 0 if the token is not one. */
static int binary_prec(TokenKind kind) {
  switch (kind) {
  case TK_LOR:
    return 1;
  case TK_LAND:
    return 2;
  case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR:
  case TK_GEQ:
    return 3;
  case TK_ADD: case TK_SUB: case TK_OR: case TK_XOR:
    return 4;
  case TK_MUL: case TK_QUO: case TK_REM: case TK_AND: case TK_AND_NOT:
  case TK_SHL: case TK_SHR:
    return 5;
  default:
    return 0;
  }
}

static bool is_assign_op(TokenKind kind) {
  return kind >= TK_ADD_ASSIGN && kind <= TK_AND_NOT_ASSIGN;
}

/* The position just past a token.  Only raw strings span lines. */
static Pos token_end(const Token *tok) {
  Pos end = tok->pos;
  if (tok->kind == TK_STRING && tok->length > 0 && tok->text[0] == '`') {
    const char *s = tok->text, *stop = tok->text + tok->length;
    const char *line_start = NULL;
    for (; s < stop; s++) {
      if (*s == '\n') {
        end.line++;
        line_start = s + 1;
      }
    }
    if (line_start != NULL) {
      end.col = (int32_t)(stop - line_start) + 1;
      return end;
    }
  }
  end.col += (int32_t)tok->length;
  return end;
}

static void next(Parser *p) {
  /* Inserted semicolons have no bytes, so they do not move prev_end. */
  if (p->tok.kind != TK_EOF &&
      (p->tok.kind != TK_SEMICOLON || p->tok.semi == SEMI_WRITTEN))
    p->prev_end = token_end(&p->tok);
  lex_next(&p->lexer, &p->tok);
}

static bool got(Parser *p, TokenKind kind) {
  if (p->tok.kind == kind) {
    next(p);
    return true;
  }
  return false;
}

/* ===================================================================
 * Errors
 * =================================================================== */

static bool had_error(const Parser *p) {
  return p->reported || p->errors->count > p->errors_at_start;
}

/* An error that is not a syntax error in gc's wording (no prefix). */
static void error_here_at(Parser *p, Pos pos, const char *msg) {
  p->reported = true;
  error_at(p->errors, p->source, pos, "%s", msg);
}

/* Format a message into p->msg. */
static const char *format(Parser *p, const char *fmt, ...) GOESC_PRINTF(2, 3);
static const char *format(Parser *p, const char *fmt, ...) {
  va_list args;
  va_start(args, fmt);
  vsnprintf(p->msg, sizeof p->msg, fmt, args);
  va_end(args);
  return p->msg;
}

/* Hold back an error (see LateError). */
static void hold_error_at(Parser *p, Pos pos, const char *msg,
                          bool if_rejected) {
  LateError *e = arena_alloc(p->arena, sizeof *e);
  e->pos = pos;
  e->if_rejected = if_rejected;
  e->message = arena_strndup(p->arena, msg, strlen(msg));
  if (p->late_last != NULL)
    p->late_last->next = e;
  else
    p->late = e;
  p->late_last = e;
}

/* An error of gc's type checker that gofmt reports as a syntax error. */
static void late_error_at(Parser *p, Pos pos, const char *msg) {
  hold_error_at(p, pos, msg, false);
}

/* An error of gc's parser that gofmt does not report. */
static void gc_only_error_at(Parser *p, Pos pos, const char *msg) {
  hold_error_at(p, pos, msg, true);
}

static bool has_prefix(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* The words gc uses for "expected X": tokstring in parser.go. */
static const char *expected_string(TokenKind kind) {
  static char buffer[32];
  switch (kind) {
  case TK_COMMA:
    return "comma";
  case TK_SEMICOLON:
    return "semicolon or newline";
  default:
    break;
  }
  if (is_keyword(kind)) {
    snprintf(buffer, sizeof buffer, "keyword %s", token_spelling(kind));
    return buffer;
  }
  return token_spelling(kind);
}

/* gc's syntaxErrorAt: messages starting with "in", "at", "after" or
 * "expected" are about the current token and get "unexpected X" in front;
 * others are printed as they are. */
static void syntax_error_at(Parser *p, Pos pos, const char *msg) {
  const char *sep, *prefix = "", *text;
  int length;
  if (p->tok.kind == TK_EOF && had_error(p))
    return; /* avoid meaningless follow-up errors */
  if (msg[0] == '\0')
    sep = "";
  else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") ||
           has_prefix(msg, "after "))
    sep = " ";
  else if (has_prefix(msg, "expected "))
    sep = ", ";
  else {
    p->reported = true;
    p->syntax_errors++;
    error_at(p->errors, p->source, pos, "syntax error: %s", msg);
    return;
  }

  text = token_spelling(p->tok.kind);
  length = (int)strlen(text);
  if (p->tok.kind == TK_IDENT || is_literal(p->tok.kind)) {
    prefix = p->tok.kind == TK_IDENT ? "name " : "literal ";
    text = p->tok.text;
    length = (int)p->tok.length;
  } else if (p->tok.kind == TK_SEMICOLON) {
    text = p->tok.semi == SEMI_NEWLINE ? "newline"
           : p->tok.semi == SEMI_EOF   ? "EOF"
                                       : "semicolon";
    length = (int)strlen(text);
  } else if (is_keyword(p->tok.kind)) {
    prefix = "keyword ";
  }
  p->reported = true;
  p->syntax_errors++;
  error_at(p->errors, p->source, pos, "syntax error: unexpected %s%.*s%s%s",
           prefix, length, text, sep, msg);
}

static void syntax_error(Parser *p, const char *msg) {
  syntax_error_at(p, p->tok.pos, msg);
}

/* Keywords that start a statement: good places to resynchronize inside a
 * function body after an error. */
static bool in_stop_set(TokenKind kind) {
  switch (kind) {
  case TK_BREAK: case TK_CONST: case TK_CONTINUE: case TK_DEFER:
  case TK_FALLTHROUGH: case TK_FOR: case TK_GO: case TK_GOTO: case TK_IF:
  case TK_RETURN: case TK_SELECT: case TK_SWITCH: case TK_TYPE: case TK_VAR:
    return true;
  default:
    return false;
  }
}

/* A follow list is an array of token kinds ended by TK_EOF (which is
 * always in the follow set).  ANY_OPERATOR stands for gc's _Operator. */
#define ANY_OPERATOR TK_COUNT
#define FOLLOW(...) ((const TokenKind[]){__VA_ARGS__, TK_EOF})

static bool in_follow(const Parser *p, const TokenKind *follow) {
  TokenKind kind = p->tok.kind;
  if (kind == TK_EOF || (p->fnest > 0 && in_stop_set(kind)))
    return true;
  for (; *follow != TK_EOF; follow++)
    if (*follow == kind || (*follow == ANY_OPERATOR && is_operator(kind)))
      return true;
  return false;
}

/* Skip tokens until one in the follow list (or, inside a function, one
 * that starts a statement).  With no list, skip exactly one token. */
static void advance(Parser *p, const TokenKind *follow) {
  if (follow == NULL) {
    if (p->tok.kind != TK_EOF)
      next(p);
    return;
  }
  while (!in_follow(p, follow))
    next(p);
}

static void want(Parser *p, TokenKind kind) {
  if (!got(p, kind)) {
    syntax_error(p, format(p, "expected %s", expected_string(kind)));
    advance(p, NULL);
  }
}

/* gc's gotAssign: "=", or ":=" with a complaint (better recovery). */
static bool got_assign(Parser *p) {
  switch (p->tok.kind) {
  case TK_DEFINE:
    syntax_error(p, "expected =");
    /* fall through */
  case TK_ASSIGN:
    next(p);
    return true;
  default:
    return false;
  }
}

/* Count one level of nesting; past MAX_DEPTH, report and abandon the
 * file (parse_file catches the jump and returns what it has). */
static void enter(Parser *p) {
  if (++p->depth > MAX_DEPTH) {
    p->reported = true;
    p->syntax_errors++;
    error_at(p->errors, p->source, p->tok.pos,
             "syntax error: too deeply nested (more than %d levels)",
             MAX_DEPTH);
    longjmp(p->bailout, 1);
  }
}

static void leave(Parser *p) { p->depth--; }

/* ===================================================================
 * Nodes
 * =================================================================== */

/* The nodes outside function bodies (declarations, signatures, types,
 * package-level initializers) come from pools of HEADER_POOL nodes, so
 * that they lie together instead of one declaration per body: the
 * checker and the escape pass walk the declarations of a big file many
 * times, and then read consecutive memory.  (gen-100k: the checker's
 * time drops by a sixth.) */
#define HEADER_POOL 128

static Node *new_node(Parser *p, NodeKind kind, Pos pos) {
  Node *n;
  if (p->fnest > 0) {
    n = arena_alloc(p->arena, sizeof *n);
  } else {
    if (p->header_left == 0) {
      p->header_pool = arena_alloc(p->arena, sizeof *n * HEADER_POOL);
      p->header_left = HEADER_POOL;
    }
    n = p->header_pool++;
    p->header_left--;
  }
  p->node_count++;
  n->kind = kind;
  n->pos = pos;
  n->end = pos;
  return n;
}

/* Stamp the end of a node whose last token was just consumed. */
static Node *finish(Parser *p, Node *n) {
  Pos end = p->prev_end;
  if (end.line < n->pos.line ||
      (end.line == n->pos.line && end.col < n->pos.col))
    end = n->pos; /* nothing of it was consumed (error recovery) */
  n->end = end;
  return n;
}

/* Stretch a node's end to `end` if that lies further right. */
static Node *finish_at(Node *n, Pos end) {
  if (end.line > n->end.line ||
      (end.line == n->end.line && end.col > n->end.col))
    n->end = end;
  return n;
}

/* A case clause ends with its last statement (not the ";" after it), or
 * with its ":" when it has none. */
static Node *finish_clause(Node *c, const Node *body) {
  const Node *last = body;
  if (last == NULL)
    return c;
  while (last->next != NULL)
    last = last->next;
  c->end = last->end;
  return c;
}

static Node *bad_expr(Parser *p) { return new_node(p, ND_BAD, p->tok.pos); }

static Node *new_name(Parser *p, Pos pos, const char *name) {
  Node *n = new_node(p, ND_NAME, pos);
  n->u.name.name = intern(name, strlen(name));
  n->end = pos;
  n->end.col += (int32_t)strlen(name);
  return n;
}

static Node *unparen(Node *x) {
  while (x != NULL && x->kind == ND_PAREN)
    x = x->u.paren.x;
  return x;
}

/* Appending to a `next` chain through a pointer to its last link. */
typedef struct ListBuilder {
  Node *head, *tail;
} ListBuilder;

static void list_append(ListBuilder *list, Node *n) {
  if (n == NULL)
    return;
  if (list->tail != NULL)
    list->tail->next = n;
  else
    list->head = n;
  list->tail = n;
  while (list->tail->next != NULL) /* n may be a chain itself */
    list->tail = list->tail->next;
}

/* ===================================================================
 * gc's short-form printer, for the few syntax errors that quote code
 * ("cannot use x := 0 as value").  gc prints the syntax tree here (not
 * its IR, as in -m diagnostics), abbreviating literals' bodies to "…".
 * =================================================================== */

static void print_expr(StrBuf *b, const Node *n);

static void print_list(StrBuf *b, const Node *list, const char *sep) {
  for (; list != NULL; list = list->next) {
    print_expr(b, list);
    if (list->next != NULL)
      strbuf_puts(b, sep);
  }
}

static void print_fields(StrBuf *b, const Node *fields, const char *sep) {
  for (; fields != NULL; fields = fields->next) {
    if (fields->u.field.names != NULL) {
      print_list(b, fields->u.field.names, ", ");
      strbuf_puts(b, " ");
    }
    print_expr(b, fields->u.field.type);
    if (fields->next != NULL)
      strbuf_puts(b, sep);
  }
}

static void print_signature(StrBuf *b, const Node *ft) {
  const Node *results = ft->u.func_type.results;
  strbuf_puts(b, "(");
  print_fields(b, ft->u.func_type.params, ", ");
  strbuf_puts(b, ")");
  if (results == NULL)
    return;
  strbuf_puts(b, " ");
  if (results->next == NULL && results->u.field.names == NULL) {
    print_expr(b, results->u.field.type);
  } else {
    strbuf_puts(b, "(");
    print_fields(b, results, ", ");
    strbuf_puts(b, ")");
  }
}

static void print_expr(StrBuf *b, const Node *n) {
  if (n == NULL)
    return;
  switch (n->kind) {
  case ND_BAD:
    strbuf_puts(b, "<bad expr>");
    break;
  case ND_NAME:
    strbuf_puts(b, n->u.name.name);
    break;
  case ND_BASIC_LIT:
    strbuf_append(b, n->u.lit.text, n->u.lit.length);
    break;
  case ND_COMPOSITE_LIT:
    print_expr(b, n->u.composite.type);
    strbuf_puts(b, n->u.composite.elems != NULL ? "{…}" : "{}");
    break;
  case ND_KEY_VALUE:
    print_expr(b, n->u.key_value.key);
    strbuf_puts(b, ": ");
    print_expr(b, n->u.key_value.value);
    break;
  case ND_FUNC_LIT:
    print_expr(b, n->u.func_lit.type);
    strbuf_puts(b, n->u.func_lit.body->u.block.stmts != NULL ? " {…}" : " {}");
    break;
  case ND_PAREN:
    strbuf_puts(b, "(");
    print_expr(b, n->u.paren.x);
    strbuf_puts(b, ")");
    break;
  case ND_SELECTOR:
    print_expr(b, n->u.selector.x);
    strbuf_puts(b, ".");
    print_expr(b, n->u.selector.sel);
    break;
  case ND_INDEX:
    print_expr(b, n->u.index.x);
    strbuf_puts(b, "[");
    print_list(b, n->u.index.index, ", ");
    strbuf_puts(b, "]");
    break;
  case ND_SLICE_EXPR:
    print_expr(b, n->u.slice.x);
    strbuf_puts(b, "[");
    print_expr(b, n->u.slice.low);
    strbuf_puts(b, ":");
    print_expr(b, n->u.slice.high);
    if (n->u.slice.max != NULL) {
      strbuf_puts(b, ":");
      print_expr(b, n->u.slice.max);
    }
    strbuf_puts(b, "]");
    break;
  case ND_TYPE_ASSERT:
    print_expr(b, n->u.assert.x);
    strbuf_puts(b, ".(");
    print_expr(b, n->u.assert.type);
    strbuf_puts(b, ")");
    break;
  case ND_TYPE_SWITCH_GUARD:
    if (n->u.guard.lhs != NULL) {
      print_expr(b, n->u.guard.lhs);
      strbuf_puts(b, " := ");
    }
    print_expr(b, n->u.guard.x);
    strbuf_puts(b, ".(type)");
    break;
  case ND_CALL:
    print_expr(b, n->u.call.fun);
    strbuf_puts(b, "(");
    print_list(b, n->u.call.args, ", ");
    strbuf_puts(b, n->u.call.has_dots ? "...)" : ")");
    break;
  case ND_UNARY:
    strbuf_puts(b, token_spelling(n->u.unary.op));
    print_expr(b, n->u.unary.x);
    break;
  case ND_BINARY:
    print_expr(b, n->u.binary.x);
    strbuf_printf(b, " %s ", token_spelling(n->u.binary.op));
    print_expr(b, n->u.binary.y);
    break;
  case ND_ARRAY_TYPE:
    strbuf_puts(b, "[");
    if (n->u.array.len != NULL && n->u.array.len->kind == ND_ELLIPSIS)
      strbuf_puts(b, "...");
    else
      print_expr(b, n->u.array.len);
    strbuf_puts(b, "]");
    print_expr(b, n->u.array.elem);
    break;
  case ND_SLICE_TYPE:
    strbuf_puts(b, "[]");
    print_expr(b, n->u.slice_type.elem);
    break;
  case ND_STRUCT_TYPE:
    strbuf_puts(b, "struct{");
    print_fields(b, n->u.struct_type.fields, "; ");
    strbuf_puts(b, "}");
    break;
  case ND_FUNC_TYPE:
    strbuf_puts(b, "func");
    print_signature(b, n);
    break;
  case ND_INTERFACE_TYPE: {
    const Node *f;
    strbuf_puts(b, "interface{");
    for (f = n->u.interface_type.elems; f != NULL; f = f->next) {
      if (f->u.field.names != NULL) {
        print_expr(b, f->u.field.names);
        print_signature(b, f->u.field.type);
      } else {
        print_expr(b, f->u.field.type);
      }
      if (f->next != NULL)
        strbuf_puts(b, "; ");
    }
    strbuf_puts(b, "}");
    break;
  }
  case ND_MAP_TYPE:
    strbuf_puts(b, "map[");
    print_expr(b, n->u.map_type.key);
    strbuf_puts(b, "]");
    print_expr(b, n->u.map_type.value);
    break;
  case ND_CHAN_TYPE:
    strbuf_puts(b, n->u.chan_type.dir == CHAN_RECV   ? "<-chan "
                   : n->u.chan_type.dir == CHAN_SEND ? "chan<- "
                                                     : "chan ");
    print_expr(b, n->u.chan_type.elem);
    break;
  case ND_ELLIPSIS:
    strbuf_puts(b, "...");
    print_expr(b, n->u.ellipsis.elem);
    break;
  default:
    strbuf_puts(b, node_kind_name(n->kind));
    break;
  }
}

/* gc's emphasize: parenthesize a binary expression so that a misplaced
 * "=" stands out. */
static void print_emphasized(StrBuf *b, const Node *x) {
  if (x != NULL && x->next == NULL && x->kind == ND_BINARY) {
    strbuf_puts(b, "(");
    print_expr(b, x);
    strbuf_puts(b, ")");
  } else {
    print_list(b, x, ", ");
  }
}

static void print_simple_stmt(StrBuf *b, const Node *s) {
  switch (s->kind) {
  case ND_ASSIGN_STMT:
    if (s->u.assign.op == TK_ASSIGN) {
      strbuf_puts(b, "assignment ");
      print_emphasized(b, s->u.assign.lhs);
      strbuf_puts(b, " = ");
      print_emphasized(b, s->u.assign.rhs);
    } else {
      print_list(b, s->u.assign.lhs, ", ");
      strbuf_printf(b, " %s ", token_spelling(s->u.assign.op));
      print_list(b, s->u.assign.rhs, ", ");
    }
    break;
  case ND_INC_DEC_STMT:
    print_expr(b, s->u.inc_dec.x);
    strbuf_puts(b, token_spelling(s->u.inc_dec.op));
    break;
  case ND_SEND_STMT:
    print_expr(b, s->u.send.chan);
    strbuf_puts(b, " <- ");
    print_expr(b, s->u.send.value);
    break;
  case ND_EXPR_STMT:
    print_expr(b, s->u.expr_stmt.x);
    break;
  default:
    strbuf_puts(b, node_kind_name(s->kind));
    break;
  }
}

/* ===================================================================
 * Pragmas
 *
 * gc hands each //go: directive to the next declaration: the ones seen
 * since the previous declaration ended belong to the function declared
 * next.  The lexer records directives in its comment list as it scans, so
 * "seen since" is "after pragmas_seen in that list".
 * =================================================================== */

static void clear_pragma(Parser *p) { p->pragmas_seen = p->lexer.comments_last; }

/* The first pending comment, or NULL; take_pragma's range ends at
 * comments_last. */
static Comment *pending_pragmas(Parser *p) {
  return p->pragmas_seen != NULL ? p->pragmas_seen->next : p->lexer.comments;
}

static const struct {
  const char *verb;
  uint32_t bit;
} pragma_table[] = {
    {"go:noinline", PRAGMA_NOINLINE},
    {"go:noescape", PRAGMA_NOESCAPE},
    {"go:nosplit", PRAGMA_NOSPLIT},
    {"go:norace", PRAGMA_NORACE},
    {"go:nocheckptr", PRAGMA_NOCHECKPTR},
    {"go:uintptrescapes", PRAGMA_UINTPTRESCAPES},
    {"go:uintptrkeepalive", PRAGMA_UINTPTRKEEPALIVE},
    {"go:nowritebarrier", PRAGMA_NOWRITEBARRIER},
    {"go:yeswritebarrierrec", PRAGMA_YESWRITEBARRIERREC},
    {"go:nowritebarrierrec", PRAGMA_NOWRITEBARRIERREC},
    {"go:systemstack", PRAGMA_SYSTEMSTACK},
    {"go:registerparams", PRAGMA_REGISTERPARAMS},
};

/* gc ignores (and complains about) directives that do not start their
 * line; only whitespace may precede the "//". */
static bool directive_starts_line(const Parser *p, const Comment *c) {
  const char *s = c->text, *begin = p->source->text;
  if (s < begin || s > begin + p->source->length)
    return true;
  while (s > begin && (s[-1] == ' ' || s[-1] == '\t'))
    s--;
  return s == begin || s[-1] == '\n';
}

/* The PRAGMA_* bits of the directives from `first` to the lexer's last
 * comment, for a function called `name`.  //go:linkname is not attached
 * to a declaration by gc; we set PRAGMA_LINKNAME when a pending linkname
 * directive names this function. */
static uint32_t pragma_bits(Parser *p, Comment *first, Comment *last,
                            const char *name) {
  uint32_t bits = 0;
  Comment *c;
  if (first == NULL || last == NULL)
    return 0;
  for (c = first;; c = c->next) {
    if (c->kind == COMMENT_GO_DIRECTIVE && c->length > 2 &&
        directive_starts_line(p, c)) {
      const char *text = c->text + 2;
      size_t length = c->length - 2, verb = 0, i;
      while (verb < length && text[verb] != ' ' && text[verb] != '\t' &&
             text[verb] != '\r')
        verb++;
      for (i = 0; i < sizeof pragma_table / sizeof pragma_table[0]; i++)
        if (strlen(pragma_table[i].verb) == verb &&
            memcmp(pragma_table[i].verb, text, verb) == 0)
          bits |= pragma_table[i].bit;
      if (verb == 11 && memcmp(text, "go:linkname", 11) == 0 && name) {
        size_t start = verb, end;
        while (start < length && (text[start] == ' ' || text[start] == '\t'))
          start++;
        end = start;
        while (end < length && text[end] != ' ' && text[end] != '\t' &&
               text[end] != '\r')
          end++;
        if (end - start == strlen(name) &&
            memcmp(text + start, name, end - start) == 0)
          bits |= PRAGMA_LINKNAME;
      }
    }
    if (c == last)
      break;
  }
  return bits;
}

/* ===================================================================
 * Common productions
 * =================================================================== */

static Node *parse_expr(Parser *p);
static Node *parse_binary_expr(Parser *p, Node *x, int prec);
static Node *parse_unary_expr(Parser *p);
static Node *parse_primary_expr(Parser *p, Node *x);
static Node *parse_type(Parser *p);
static Node *parse_type_or_nil(Parser *p);
static Node *parse_func_type(Parser *p, const char *context,
                             Node **tparams_out);
static Node *parse_param_list(Parser *p, Node *name, Node *type,
                              TokenKind close, bool require_names,
                              bool dots_ok);
static Node *parse_block_stmt(Parser *p, const char *context);
static Node *parse_stmt_list(Parser *p);
static Node *parse_simple_stmt(Parser *p, Node *lhs, TokenKind keyword);
static Node *parse_composite_lit(Parser *p);

/* identifier */
static Node *parse_name(Parser *p) {
  Node *n;
  if (p->tok.kind == TK_IDENT) {
    n = new_node(p, ND_NAME, p->tok.pos);
    n->u.name.name = intern(p->tok.text, p->tok.length);
    next(p);
    return finish(p, n);
  }
  n = new_name(p, p->tok.pos, "_");
  n->end = n->pos;
  syntax_error(p, "expected name");
  advance(p, NULL);
  return n;
}

/* IdentifierList = identifier { "," identifier } .  (first is parsed) */
static Node *parse_identifier_list(Parser *p, Node *first) {
  ListBuilder list = {NULL, NULL};
  list_append(&list, first);
  while (got(p, TK_COMMA))
    list_append(&list, parse_name(p));
  return list.head;
}

/* BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit . */
static Node *parse_basic_lit(Parser *p) {
  Node *n = new_node(p, ND_BASIC_LIT, p->tok.pos);
  switch (p->tok.kind) {
  case TK_INT: n->u.lit.kind = LIT_INT; break;
  case TK_FLOAT: n->u.lit.kind = LIT_FLOAT; break;
  case TK_IMAG: n->u.lit.kind = LIT_IMAG; break;
  case TK_CHAR: n->u.lit.kind = LIT_RUNE; break;
  default: n->u.lit.kind = LIT_STRING; break;
  }
  n->u.lit.text = p->tok.text;
  n->u.lit.length = p->tok.length;
  n->u.lit.bad = p->tok.bad;
  next(p);
  return finish(p, n);
}

/* An optional literal (gc's oliteral). */
static Node *parse_literal_or_nil(Parser *p) {
  return is_literal(p->tok.kind) ? parse_basic_lit(p) : NULL;
}

/* Tag = string_lit .  gc's parser takes any literal here and its checker
 * complains; gofmt rejects all but strings at once.  We parse like gc and
 * hold back the checker's complaint (see LateError). */
static Node *parse_tag_or_nil(Parser *p) {
  Node *tag = parse_literal_or_nil(p);
  if (tag != NULL && tag->u.lit.kind != LIT_STRING && !tag->u.lit.bad) {
    StrBuf b = {NULL, 0, 0};
    uint32_t i;
    strbuf_puts(&b, "invalid syntax tree: incorrect tag syntax: \"");
    for (i = 0; i < tag->u.lit.length; i++) { /* Go's %q */
      char c = tag->u.lit.text[i];
      if (c == '"' || c == '\\')
        strbuf_puts(&b, "\\");
      strbuf_append(&b, &c, 1);
    }
    strbuf_puts(&b, "\"");
    late_error_at(p, tag->pos, b.data);
    strbuf_free(&b);
  }
  return tag;
}

/* ExpressionList = Expression { "," Expression } . */
static Node *parse_expr_list(Parser *p) {
  ListBuilder list = {NULL, NULL};
  list_append(&list, parse_expr(p));
  while (got(p, TK_COMMA))
    list_append(&list, parse_expr(p));
  return list.head;
}

/* TypeList = Type { "," Type } [ "," ] .  With strict false the first
 * element may be an ordinary expression (an index).  *comma reports a
 * separating or trailing comma. */
static Node *parse_type_list(Parser *p, bool strict, bool *comma) {
  ListBuilder list = {NULL, NULL};
  p->xnest++;
  list_append(&list, strict ? parse_type(p) : parse_expr(p));
  *comma = false;
  if (got(p, TK_COMMA)) {
    Node *t;
    *comma = true;
    if ((t = parse_type_or_nil(p)) != NULL) {
      list_append(&list, t);
      while (got(p, TK_COMMA)) {
        if ((t = parse_type_or_nil(p)) == NULL)
          break;
        list_append(&list, t);
      }
    }
  }
  p->xnest--;
  return list.head;
}

/* After one element of a sep-separated list closed by `close`: consume
 * the separator or complain.  Returns false if the list is broken and the
 * caller should stop without looking for `close`. */
static bool list_continues(Parser *p, const char *context, TokenKind sep,
                           TokenKind close) {
  if (!got(p, sep) && p->tok.kind != close) {
    syntax_error(p, format(p, "in %s; possibly missing %s or %s", context,
                           expected_string(sep), token_spelling(close)));
    advance(p, FOLLOW(TK_RPAREN, TK_RBRACK, TK_RBRACE));
    if (p->tok.kind != close)
      return false;
  }
  return true;
}

static bool list_more(const Parser *p, TokenKind close) {
  return p->tok.kind != TK_EOF && p->tok.kind != close;
}

/* The closing token of a list: its position, then consume it. */
static Pos list_close(Parser *p, TokenKind close) {
  Pos pos = p->tok.pos;
  want(p, close);
  return pos;
}

/* ===================================================================
 * Types
 * =================================================================== */

/* QualifiedIdent = PackageName "." identifier .  Also a type name's
 * type arguments: TypeName [ TypeArgs ] .  `name` may be pre-parsed. */
static Node *parse_qualified_name(Parser *p, Node *name) {
  Node *x = name;
  if (x == NULL) {
    if (p->tok.kind == TK_IDENT) {
      x = parse_name(p);
    } else {
      x = new_name(p, p->tok.pos, "_");
      x->end = x->pos;
      syntax_error(p, "expected name");
      advance(p, FOLLOW(TK_PERIOD, TK_SEMICOLON, TK_RBRACE));
    }
  }
  if (p->tok.kind == TK_PERIOD) {
    Node *s = new_node(p, ND_SELECTOR, p->tok.pos);
    next(p);
    s->u.selector.x = x;
    s->u.selector.sel = parse_name(p);
    x = finish(p, s);
  }
  if (p->tok.kind == TK_LBRACK) {
    /* TypeArgs = "[" TypeList [ "," ] "]" . */
    Node *t = new_node(p, ND_INDEX, p->tok.pos);
    bool comma;
    want(p, TK_LBRACK);
    t->u.index.x = x;
    if (p->tok.kind == TK_RBRACK) {
      syntax_error(p, "expected type argument list");
      t->u.index.index = bad_expr(p);
    } else {
      t->u.index.index = parse_type_list(p, true, &comma);
    }
    want(p, TK_RBRACK);
    x = finish(p, t);
  }
  return x;
}

/* Type = TypeName [ TypeArgs ] | TypeLit | "(" Type ")" . */
static Node *parse_type(Parser *p) {
  Node *t = parse_type_or_nil(p);
  if (t == NULL) {
    t = bad_expr(p);
    syntax_error(p, "expected type");
    advance(p, FOLLOW(TK_COMMA, TK_COLON, TK_SEMICOLON, TK_RPAREN, TK_RBRACK,
                      TK_RBRACE));
  }
  return t;
}

/* ArrayType = "[" ArrayLength "]" ElementType .  The "[" is consumed;
 * `len` may be pre-parsed.  "[...]T" gets an ND_ELLIPSIS length. */
static Node *parse_array_type(Parser *p, Pos lbrack, Node *len) {
  Node *t = new_node(p, ND_ARRAY_TYPE, lbrack);
  if (len == NULL) {
    if (p->tok.kind == TK_ELLIPSIS) {
      len = new_node(p, ND_ELLIPSIS, p->tok.pos);
      next(p);
      finish(p, len);
    } else {
      p->xnest++;
      len = parse_expr(p);
      p->xnest--;
    }
  }
  if (p->tok.kind == TK_COMMA) {
    /* Trailing commas are fine in type parameter lists, not here. */
    syntax_error(p, "unexpected comma; expected ]");
    next(p);
  }
  want(p, TK_RBRACK);
  t->u.array.len = len;
  enter(p);
  t->u.array.elem = parse_type(p);
  leave(p);
  return finish(p, t);
}

/* SliceType = "[" "]" ElementType .  Both brackets are consumed. */
static Node *parse_slice_type(Parser *p, Pos lbrack) {
  Node *t = new_node(p, ND_SLICE_TYPE, lbrack);
  enter(p);
  t->u.slice_type.elem = parse_type(p);
  leave(p);
  return finish(p, t);
}

/* ElementType = Type .  (of a channel) */
static Node *parse_chan_elem(Parser *p) {
  Node *t = parse_type_or_nil(p);
  if (t == NULL) {
    t = bad_expr(p);
    syntax_error(p, "missing channel element type");
    /* assume the element type is simply absent - don't advance */
  }
  return t;
}

/* x [n]E or x[P1, P2]: after a name in a field or parameter, "[" starts
 * either an array/slice type or type arguments.  Returns the array or
 * slice type, or an ND_INDEX whose x the caller fills in. */
static Node *parse_array_or_type_args(Parser *p) {
  Pos lbrack = p->tok.pos;
  Node *n, *elem, *t;
  bool comma;
  want(p, TK_LBRACK);
  if (got(p, TK_RBRACK))
    return parse_slice_type(p, lbrack);
  n = parse_type_list(p, false, &comma);
  want(p, TK_RBRACK);
  if (!comma && (elem = parse_type_or_nil(p)) != NULL) {
    t = new_node(p, ND_ARRAY_TYPE, lbrack);
    t->u.array.len = n;
    t->u.array.elem = elem;
    return finish(p, t);
  }
  t = new_node(p, ND_INDEX, lbrack);
  t->u.index.index = n;
  return finish(p, t);
}

static Node *new_field(Parser *p, Pos pos, Node *names, Node *type,
                       Node *tag) {
  Node *f = new_node(p, ND_FIELD, pos);
  f->u.field.names = names;
  f->u.field.type = type;
  f->u.field.tag = tag;
  return finish(p, f);
}

static Node *new_unary(Parser *p, Pos pos, TokenKind op, Node *x) {
  Node *u = new_node(p, ND_UNARY, pos);
  u->u.unary.op = op;
  u->u.unary.x = x;
  return finish(p, u);
}

/* FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
 * EmbeddedField = [ "*" ] TypeName [ TypeArgs ] . */
static Node *parse_field_decl(Parser *p) {
  Pos pos = p->tok.pos;
  Node *typ, *f;
  switch (p->tok.kind) {
  case TK_IDENT: {
    Node *name = parse_name(p), *names;
    TokenKind k = p->tok.kind;
    if (k == TK_PERIOD || is_literal(k) || k == TK_SEMICOLON ||
        k == TK_RBRACE) {
      /* embedded type */
      typ = parse_qualified_name(p, name);
      f = new_field(p, pos, NULL, typ, parse_tag_or_nil(p));
      f->u.field.embedded = true;
      return finish(p, f);
    }
    names = parse_identifier_list(p, name);
    if (names->next == NULL && p->tok.kind == TK_LBRACK) {
      /* Careful dance: an embedded instantiated type T[P1, P2] or a
       * field T of array or slice type [P]E or []E? */
      typ = parse_array_or_type_args(p);
      if (typ->kind == ND_INDEX) {
        typ->u.index.x = name;
        f = new_field(p, pos, NULL, typ, parse_tag_or_nil(p));
        f->u.field.embedded = true;
        return finish(p, f);
      }
    } else {
      typ = parse_type(p);
    }
    f = new_field(p, pos, names, typ, parse_tag_or_nil(p));
    return finish(p, f);
  }
  case TK_MUL:
    next(p);
    if (p->tok.kind == TK_LPAREN) {
      /* *(T) */
      syntax_error(p, "cannot parenthesize embedded type");
      next(p);
      typ = parse_qualified_name(p, NULL);
      got(p, TK_RPAREN); /* no need to complain if missing */
    } else {
      typ = parse_qualified_name(p, NULL);
    }
    typ = new_unary(p, pos, TK_MUL, typ);
    f = new_field(p, pos, NULL, typ, parse_tag_or_nil(p));
    f->u.field.embedded = true;
    return finish(p, f);
  case TK_LPAREN:
    syntax_error(p, "cannot parenthesize embedded type");
    next(p);
    if (p->tok.kind == TK_MUL) {
      /* (*T) */
      Pos star = p->tok.pos;
      next(p);
      typ = new_unary(p, star, TK_MUL, parse_qualified_name(p, NULL));
    } else {
      typ = parse_qualified_name(p, NULL);
    }
    got(p, TK_RPAREN);
    f = new_field(p, pos, NULL, typ, parse_tag_or_nil(p));
    f->u.field.embedded = true;
    return finish(p, f);
  default:
    syntax_error(p, "expected field name or embedded type");
    advance(p, FOLLOW(TK_SEMICOLON, TK_RBRACE));
    return NULL;
  }
}

/* StructType = "struct" "{" { FieldDecl ";" } "}" . */
static Node *parse_struct_type(Parser *p) {
  Node *t = new_node(p, ND_STRUCT_TYPE, p->tok.pos);
  ListBuilder fields = {NULL, NULL};
  enter(p);
  want(p, TK_STRUCT);
  want(p, TK_LBRACE);
  while (list_more(p, TK_RBRACE)) {
    list_append(&fields, parse_field_decl(p));
    if (!list_continues(p, "struct type", TK_SEMICOLON, TK_RBRACE))
      goto done;
  }
  list_close(p, TK_RBRACE);
done:
  leave(p);
  t->u.struct_type.fields = fields.head;
  return finish(p, t);
}

/* TypeTerm = Type | UnderlyingType .  UnderlyingType = "~" Type . */
static Node *parse_type_term(Parser *p) {
  Node *t;
  if (p->tok.kind == TK_TILDE) {
    Pos pos = p->tok.pos;
    next(p);
    return new_unary(p, pos, TK_TILDE, parse_type(p));
  }
  t = parse_type_or_nil(p);
  if (t == NULL) {
    t = bad_expr(p);
    syntax_error(p, "expected ~ term or type");
    advance(p, FOLLOW(ANY_OPERATOR, TK_SEMICOLON, TK_RPAREN, TK_RBRACK,
                      TK_RBRACE));
  }
  return t;
}

/* TypeElem = TypeTerm { "|" TypeTerm } .  `f` may hold the first term. */
static Node *parse_type_elem(Parser *p, Node *f) {
  int saved = p->depth;
  if (f == NULL) {
    f = new_node(p, ND_FIELD, p->tok.pos);
    f->u.field.type = parse_type_term(p);
  }
  while (p->tok.kind == TK_OR) {
    Node *t = new_node(p, ND_BINARY, p->tok.pos);
    enter(p); /* a long union nests as deeply as it is long */
    t->u.binary.op = TK_OR;
    next(p);
    t->u.binary.x = f->u.field.type;
    t->u.binary.y = parse_type_term(p);
    f->u.field.type = finish(p, t);
  }
  p->depth = saved;
  return finish(p, f);
}

/* MethodElem = MethodName Signature .  Or an embedded (possibly
 * instantiated) interface name, which starts the same way. */
static Node *parse_method_elem(Parser *p) {
  static const char context[] = "interface method";
  Node *f = new_node(p, ND_FIELD, p->tok.pos);
  Node *name = parse_name(p);
  switch (p->tok.kind) {
  case TK_LPAREN:
    f->u.field.names = name;
    f->u.field.type = parse_func_type(p, context, NULL);
    break;
  case TK_LBRACK: {
    /* A generic method m[T C](x T) (invalid, but accepted with an error)
     * or an embedded instantiated type T[P1, P2]? */
    Pos lbrack = p->tok.pos;
    Node *list, *t, *g;
    ListBuilder types = {NULL, NULL};
    next(p);
    if (p->tok.kind == TK_RBRACK) {
      Pos rbrack = p->tok.pos;
      next(p);
      if (p->tok.kind == TK_LPAREN) {
        error_here_at(p, rbrack, "empty type parameter list");
        f->u.field.names = name;
        f->u.field.type = parse_func_type(p, context, NULL);
      } else {
        error_here_at(p, rbrack, "empty type argument list");
        f->u.field.type = name;
      }
      break;
    }
    list = parse_param_list(p, NULL, NULL, TK_RBRACK, false, false);
    if (list == NULL) {
      if (p->tok.kind == TK_LPAREN) {
        f->u.field.names = name;
        f->u.field.type = parse_func_type(p, context, NULL);
      } else {
        f->u.field.type = name;
      }
      break;
    }
    if (list->u.field.names != NULL) {
      f->u.field.names = name;
      f->u.field.type = parse_func_type(p, context, NULL);
      error_here_at(p, lbrack, "interface method must have no type parameters");
      break;
    }
    /* embedded instantiated type */
    t = new_node(p, ND_INDEX, lbrack);
    t->u.index.x = name;
    for (g = list; g != NULL;) {
      Node *following = g->next, *typ = g->u.field.type;
      typ->next = NULL;
      list_append(&types, typ);
      g = following;
    }
    t->u.index.index = types.head;
    f->u.field.type = finish(p, t);
    break;
  }
  default:
    f->u.field.type = parse_qualified_name(p, name);
    break;
  }
  return finish(p, f);
}

/* InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
 * InterfaceElem = MethodElem | TypeElem . */
static Node *parse_interface_type(Parser *p) {
  Node *t = new_node(p, ND_INTERFACE_TYPE, p->tok.pos);
  ListBuilder elems = {NULL, NULL};
  enter(p);
  want(p, TK_INTERFACE);
  want(p, TK_LBRACE);
  while (list_more(p, TK_RBRACE)) {
    Node *f = NULL;
    if (p->tok.kind == TK_IDENT)
      f = parse_method_elem(p);
    if (f == NULL || f->u.field.names == NULL)
      f = parse_type_elem(p, f);
    list_append(&elems, f);
    if (!list_continues(p, "interface type", TK_SEMICOLON, TK_RBRACE))
      goto done;
  }
  list_close(p, TK_RBRACE);
done:
  leave(p);
  t->u.interface_type.elems = elems.head;
  return finish(p, t);
}

/* Result = Parameters | Type . */
static Node *parse_result(Parser *p) {
  Pos pos = p->tok.pos;
  Node *t;
  if (got(p, TK_LPAREN))
    return parse_param_list(p, NULL, NULL, TK_RPAREN, false, false);
  if ((t = parse_type_or_nil(p)) != NULL)
    return new_field(p, pos, NULL, t, NULL);
  return NULL;
}

/* Signature = [ TypeParameters ] Parameters [ Result ] .
 * Type parameters are only permitted when context is NULL; they go to
 * *tparams_out.  The node sits at "[" or "(", as in gc. */
static Node *parse_func_type(Parser *p, const char *context,
                             Node **tparams_out) {
  Node *t = new_node(p, ND_FUNC_TYPE, p->tok.pos);
  Node *tparams = NULL;
  if (got(p, TK_LBRACK)) {
    if (context != NULL) /* accept but complain */
      syntax_error_at(p, t->pos,
                      format(p, "%s must have no type parameters", context));
    if (p->tok.kind == TK_RBRACK) {
      syntax_error(p, "empty type parameter list");
      next(p);
    } else {
      tparams = parse_param_list(p, NULL, NULL, TK_RBRACK, true, false);
    }
  }
  want(p, TK_LPAREN);
  t->u.func_type.params = parse_param_list(p, NULL, NULL, TK_RPAREN, false,
                                           true);
  t->u.func_type.results = parse_result(p);
  if (tparams_out != NULL)
    *tparams_out = tparams;
  return finish(p, t);
}

/* TypeLit  = ArrayType | StructType | PointerType | FunctionType |
 *            InterfaceType | SliceType | MapType | ChannelType .
 * Returns NULL, without complaint, when no type starts here.  gc drops
 * the parentheses of "(T)"; we keep them as ND_PAREN so the tree prints
 * back as it was written. */
static Node *parse_type_or_nil(Parser *p) {
  Pos pos = p->tok.pos;
  Node *t = NULL;
  enter(p);
  switch (p->tok.kind) {
  case TK_MUL:
    /* PointerType = "*" BaseType . */
    next(p);
    t = new_unary(p, pos, TK_MUL, parse_type(p));
    break;
  case TK_ARROW:
    /* ChannelType = "<-" "chan" ElementType . */
    next(p);
    want(p, TK_CHAN);
    t = new_node(p, ND_CHAN_TYPE, pos);
    t->u.chan_type.dir = CHAN_RECV;
    t->u.chan_type.elem = parse_chan_elem(p);
    finish(p, t);
    break;
  case TK_FUNC:
    /* FunctionType = "func" Signature . */
    next(p);
    t = parse_func_type(p, "function type", NULL);
    break;
  case TK_LBRACK:
    next(p);
    if (got(p, TK_RBRACK))
      t = parse_slice_type(p, pos);
    else
      t = parse_array_type(p, pos, NULL);
    break;
  case TK_CHAN:
    /* ChannelType = "chan" [ "<-" ] ElementType . */
    next(p);
    t = new_node(p, ND_CHAN_TYPE, pos);
    t->u.chan_type.dir = got(p, TK_ARROW) ? CHAN_SEND : CHAN_BOTH;
    t->u.chan_type.elem = parse_chan_elem(p);
    finish(p, t);
    break;
  case TK_MAP:
    /* MapType = "map" "[" KeyType "]" ElementType . */
    next(p);
    want(p, TK_LBRACK);
    t = new_node(p, ND_MAP_TYPE, pos);
    t->u.map_type.key = parse_type(p);
    want(p, TK_RBRACK);
    t->u.map_type.value = parse_type(p);
    finish(p, t);
    break;
  case TK_STRUCT:
    t = parse_struct_type(p);
    break;
  case TK_INTERFACE:
    t = parse_interface_type(p);
    break;
  case TK_IDENT:
    t = parse_qualified_name(p, NULL);
    break;
  case TK_LPAREN:
    next(p);
    t = new_node(p, ND_PAREN, pos);
    t->u.paren.x = parse_type(p);
    want(p, TK_RPAREN);
    finish(p, t);
    break;
  default:
    break;
  }
  leave(p);
  return t;
}

/* ===================================================================
 * Parameter lists
 * =================================================================== */

static void push_param(Parser *p, Node *name, Node *type, Pos pos) {
  if (p->param_count == p->param_capacity) {
    p->param_capacity = p->param_capacity ? 2 * p->param_capacity : 64;
    p->params = xrealloc(p->params, p->param_capacity * sizeof *p->params);
  }
  p->params[p->param_count].name = name;
  p->params[p->param_count].type = type;
  p->params[p->param_count].pos = pos;
  p->param_count++;
}

/* ParameterDecl = [ IdentifierList ] [ "..." ] Type .  One entry of a
 * parameter list: a name, a type, or both; in a type parameter list
 * (follow is "]") the type may be a union of ~terms.  `name` may be
 * pre-parsed.  Returns false, after complaining, if there is nothing. */
static bool parse_parameter_decl(Parser *p, Node *name, TokenKind follow) {
  bool type_sets_ok = follow == TK_RBRACK;
  Pos pos = name != NULL ? name->pos : p->tok.pos;
  Node *f;

  /* Reuse the field node as the entry's holder while parsing unions. */
  f = new_node(p, ND_FIELD, pos);
  if (name == NULL && type_sets_ok && p->tok.kind == TK_TILDE) {
    f = parse_type_elem(p, NULL);
    push_param(p, NULL, f->u.field.type, pos);
    return true;
  }
  if (p->tok.kind == TK_IDENT || name != NULL) {
    if (name == NULL)
      name = parse_name(p);
    if (p->tok.kind == TK_LBRACK) {
      /* name "[" ... */
      Node *t = parse_array_or_type_args(p);
      if (t->kind == ND_INDEX) {
        t->u.index.x = name; /* name[...]: an instantiated type */
        name = NULL;
      }
      f->u.field.type = t;
      if (type_sets_ok && p->tok.kind == TK_OR)
        parse_type_elem(p, f);
      push_param(p, name, f->u.field.type, pos);
      return true;
    }
    if (p->tok.kind == TK_PERIOD) {
      /* name "." ...: a qualified type name */
      f->u.field.type = parse_qualified_name(p, name);
      if (type_sets_ok && p->tok.kind == TK_OR)
        parse_type_elem(p, f);
      push_param(p, NULL, f->u.field.type, pos);
      return true;
    }
    if (type_sets_ok && p->tok.kind == TK_OR) {
      /* name "|" ... */
      f->u.field.type = name;
      parse_type_elem(p, f);
      push_param(p, NULL, f->u.field.type, pos);
      return true;
    }
  }

  if (p->tok.kind == TK_ELLIPSIS) {
    /* [name] "..." Type */
    Node *t = new_node(p, ND_ELLIPSIS, p->tok.pos);
    next(p);
    t->u.ellipsis.elem = parse_type_or_nil(p);
    if (t->u.ellipsis.elem == NULL) {
      push_param(p, name, bad_expr(p), pos);
      syntax_error(p, "... is missing type");
    } else {
      push_param(p, name, finish(p, t), pos);
    }
    return true;
  }

  if (type_sets_ok && p->tok.kind == TK_TILDE) {
    /* [name] "~" ... */
    push_param(p, name, parse_type_elem(p, NULL)->u.field.type, pos);
    return true;
  }

  f->u.field.type = parse_type_or_nil(p);
  if (type_sets_ok && p->tok.kind == TK_OR && f->u.field.type != NULL)
    parse_type_elem(p, f);
  if (name != NULL || f->u.field.type != NULL) {
    push_param(p, name, f->u.field.type, pos);
    return true;
  }

  syntax_error(p, format(p, "expected %s", expected_string(follow)));
  advance(p, FOLLOW(TK_COMMA, follow));
  return false;
}

/* Parameters    = "(" [ ParameterList [ "," ] ] ")" .
 * ParameterList = ParameterDecl { "," ParameterDecl } .
 * TypeParameters = "[" TypeParamList [ "," ] "]" .
 * The opening token is consumed; `name` and `type` may hold a
 * pre-parsed first entry.  Returns ND_FIELDs, consecutive names sharing
 * a type grouped into one field ("a, b int"), as go/ast does. */
static Node *parse_param_list(Parser *p, Node *name, Node *type,
                              TokenKind close, bool require_names,
                              bool dots_ok) {
  size_t base = p->param_count, n, i;
  int named = 0, typed = 0;
  Pos end;
  ListBuilder fields = {NULL, NULL};
  bool reported_dots = false;

  if (name != NULL && type != NULL && p->tok.kind == close) {
    Node *f = new_field(p, name->pos, name, type, NULL);
    next(p);
    return f;
  }

  enter(p);

  while (list_more(p, close)) {
    if (type != NULL)
      push_param(p, name, type, name->pos);
    else if (!parse_parameter_decl(p, name, close))
      goto separator;
    name = type = NULL;
    {
      Param *par = &p->params[p->param_count - 1];
      if (par->name != NULL && par->type != NULL)
        named++;
      if (par->type != NULL)
        typed++;
    }
  separator:
    name = type = NULL;
    if (!list_continues(p, "parameter list", TK_COMMA, close)) {
      end = p->tok.pos;
      goto distribute;
    }
  }
  end = list_close(p, close);

distribute:
  leave(p);
  n = p->param_count - base;
  if (n == 0)
    return NULL;

  if (named == 0 && !require_names) {
    /* All unnamed: the names we found are type names. */
    for (i = base; i < p->param_count; i++) {
      Param *par = &p->params[i];
      if (par->name != NULL) {
        par->type = par->name;
        par->name = NULL;
      }
    }
  } else if ((size_t)named != n) {
    /* Some named: all must be.  Distribute types right to left. */
    Pos err_pos = {0, 0};
    Node *typ = NULL;
    for (i = p->param_count; i-- > base;) {
      Param *par = &p->params[i];
      if (par->type != NULL) {
        typ = par->type;
        if (par->name == NULL) {
          err_pos = node_start(typ);
          par->name = new_name(p, err_pos, "_");
        }
      } else if (typ != NULL) {
        par->type = typ;
      } else {
        err_pos = par->name->pos;
        par->type = new_node(p, ND_BAD, err_pos);
      }
    }
    if (err_pos.line != 0) {
      const char *msg;
      if (named == typed) {
        err_pos = end;
        msg = require_names ? "missing type constraint"
                            : "missing parameter type";
      } else if (require_names) {
        msg = n == 1 ? "missing type parameter name or invalid array length"
                     : "missing type parameter name";
      } else {
        msg = "missing parameter name";
      }
      syntax_error_at(p, err_pos, msg);
    }
  }

  /* Group entries that share a type into one field. */
  for (i = base; i < p->param_count;) {
    size_t j = i;
    ListBuilder names = {NULL, NULL};
    Node *typ = p->params[i].type, *f;
    while (j < p->param_count && p->params[j].type == typ) {
      if (p->params[j].name != NULL)
        list_append(&names, p->params[j].name);
      j++;
      if (names.head == NULL)
        break; /* unnamed entries never share */
    }
    if (typ->kind == ND_ELLIPSIS &&
        (!dots_ok || j < p->param_count || j - i > 1)) {
      if (!reported_dots) {
        reported_dots = true;
        error_here_at(p, typ->pos, dots_ok
                                       ? "can only use ... with final parameter"
                                       : "invalid use of ...");
      }
      typ = typ->u.ellipsis.elem; /* use T instead of invalid ...T */
    }
    f = new_node(p, ND_FIELD, p->params[i].pos);
    f->u.field.names = names.head;
    f->u.field.type = typ;
    f->end = typ->end;
    list_append(&fields, f);
    i = j;
  }
  p->param_count = base;
  return fields.head;
}

/* ===================================================================
 * Expressions
 * =================================================================== */

/* Expression = UnaryExpr | Expression binary_op Expression . */
static Node *parse_expr(Parser *p) { return parse_binary_expr(p, NULL, 0); }

/* Operator precedence climbing: the loop handles operators of the same
 * level left to right, the recursion the tighter-binding right side. */
static Node *parse_binary_expr(Parser *p, Node *x, int prec) {
  int saved = p->depth;
  enter(p);
  if (x == NULL)
    x = parse_unary_expr(p);
  while (binary_prec(p->tok.kind) > prec) {
    int tprec = binary_prec(p->tok.kind);
    Node *t = new_node(p, ND_BINARY, p->tok.pos);
    enter(p); /* x+y+z... nests to the left */
    t->u.binary.op = p->tok.kind;
    next(p);
    t->u.binary.x = x;
    t->u.binary.y = parse_binary_expr(p, NULL, tprec);
    x = finish(p, t);
  }
  p->depth = saved;
  return x;
}

/* Report gc's error for "<-" in front of something that is not a
 * channel type, quoting it. */
static void chan_syntax_error(Parser *p, Node *t) {
  StrBuf b = {NULL, 0, 0};
  strbuf_puts(&b, "unexpected ");
  print_expr(&b, t);
  strbuf_puts(&b, ", expected chan");
  syntax_error(p, b.data);
  strbuf_free(&b);
}

/* UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
 * unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" . (and "~") */
static Node *parse_unary_expr(Parser *p) {
  Pos pos = p->tok.pos;
  TokenKind op = p->tok.kind;
  Node *x;
  enter(p);
  switch (op) {
  case TK_MUL: case TK_ADD: case TK_SUB: case TK_NOT: case TK_XOR:
  case TK_TILDE: case TK_AND:
    next(p);
    x = new_unary(p, pos, op, parse_unary_expr(p));
    break;
  case TK_ARROW:
    /* A receive <-x, or a channel type <-chan T: we only know after
     * parsing what follows the arrow. */
    next(p);
    x = parse_unary_expr(p);
    if (x->kind == ND_CHAN_TYPE) {
      /* <-(chan E) is <-chan E, and <-(chan<- E) is <-chan (<-E):
       * re-associate the arrow with the channel types. */
      ChanDir dir = CHAN_SEND;
      Node *t = x;
      while (dir == CHAN_SEND) {
        if (t->kind != ND_CHAN_TYPE)
          break;
        dir = t->u.chan_type.dir;
        if (dir == CHAN_RECV) {
          /* t is <-chan E, but <-<-chan E is not permitted */
          syntax_error(p, "unexpected <-, expected chan");
        }
        t->u.chan_type.dir = CHAN_RECV;
        t = t->u.chan_type.elem;
      }
      if (dir == CHAN_SEND)
        chan_syntax_error(p, t);
      /* Like gc, the type keeps the position of its "chan". */
    } else {
      x = new_unary(p, pos, TK_ARROW, x);
    }
    break;
  default:
    x = parse_primary_expr(p, NULL);
    break;
  }
  leave(p);
  return x;
}

/* FunctionLit = "func" Signature FunctionBody .  Without a body it is a
 * function type (in a conversion, say). */
static Node *parse_func_lit_or_type(Parser *p) {
  Pos pos = p->tok.pos;
  Node *ftype, *f;
  next(p);
  ftype = parse_func_type(p, "function type", NULL);
  if (p->tok.kind != TK_LBRACE)
    return ftype;
  p->xnest++;
  f = new_node(p, ND_FUNC_LIT, pos);
  f->u.func_lit.type = ftype;
  p->fnest++;
  f->u.func_lit.body = parse_block_stmt(p, "");
  p->fnest--;
  p->xnest--;
  return finish(p, f);
}

/* Operand     = Literal | OperandName [ TypeArgs ] | "(" Expression ")" .
 * Literal     = BasicLit | CompositeLit | FunctionLit .
 * OperandName = identifier | QualifiedIdent .
 * (Qualified names, type arguments and composite literals are handled by
 * parse_primary_expr, which sees what follows the operand.) */
static Node *parse_operand(Parser *p) {
  Node *x;
  switch (p->tok.kind) {
  case TK_IDENT:
    return parse_name(p);
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
    return parse_basic_lit(p);
  case TK_LPAREN:
    x = new_node(p, ND_PAREN, p->tok.pos);
    next(p);
    p->xnest++;
    x->u.paren.x = parse_expr(p);
    p->xnest--;
    want(p, TK_RPAREN);
    return finish(p, x);
  case TK_FUNC:
    return parse_func_lit_or_type(p);
  case TK_LBRACK: case TK_CHAN: case TK_MAP: case TK_STRUCT:
  case TK_INTERFACE:
    return parse_type(p);
  default:
    x = bad_expr(p);
    syntax_error(p, "expected expression");
    advance(p, FOLLOW(TK_RPAREN, TK_RBRACK, TK_RBRACE));
    return x;
  }
}

/* Whether "{" after x starts a composite literal: gc's complit_ok, with
 * gofmt's acceptance.  gc refuses an index x[i] that must be a value
 * (a[0]{} is "unexpected {"); gofmt takes it as a literal type and leaves
 * the complaint to the checker, as we do. */
static bool composite_type_ok(const Parser *p, const Node *t) {
  switch (t->kind) {
  case ND_NAME: case ND_SELECTOR: case ND_INDEX: case ND_BAD:
    /* possibly a type, unless we are in a statement header */
    return p->xnest >= 0;
  case ND_ARRAY_TYPE: case ND_SLICE_TYPE: case ND_STRUCT_TYPE:
  case ND_MAP_TYPE:
    return true;
  default:
    return false;
  }
}

/* Index or slice after "[" (consumed):
 *   Index     = "[" Expression [ "," ] "]" .
 *   TypeArgs  = "[" TypeList [ "," ] "]" .
 *   Slice     = "[" [ Expression ] ":" [ Expression ] "]" |
 *               "[" [ Expression ] ":" Expression ":" Expression "]" . */
static Node *parse_index_or_slice(Parser *p, Node *x, Pos lbrack) {
  Node *i = NULL, *t;
  if (p->tok.kind != TK_COLON) {
    bool comma = false;
    if (p->tok.kind == TK_RBRACK) {
      /* invalid empty index, slice or instance: accept but complain */
      syntax_error(p, "expected operand");
      i = bad_expr(p);
    } else {
      i = parse_type_list(p, false, &comma);
    }
    if (comma || p->tok.kind == TK_RBRACK) {
      want(p, TK_RBRACK);
      t = new_node(p, ND_INDEX, lbrack);
      t->u.index.x = x;
      t->u.index.index = i;
      return finish(p, t);
    }
  }

  /* x[i:... */
  if (!got(p, TK_COLON)) {
    syntax_error(p, "expected comma, : or ]");
    advance(p, FOLLOW(TK_COMMA, TK_COLON, TK_RBRACK));
  }
  p->xnest++;
  t = new_node(p, ND_SLICE_EXPR, lbrack);
  t->u.slice.x = x;
  t->u.slice.low = i;
  if (p->tok.kind != TK_COLON && p->tok.kind != TK_RBRACK)
    t->u.slice.high = parse_expr(p);
  if (p->tok.kind == TK_COLON) {
    t->u.slice.full = true;
    if (t->u.slice.high == NULL) {
      error_here_at(p, p->tok.pos, "middle index required in 3-index slice");
      t->u.slice.high = bad_expr(p);
    }
    next(p);
    if (p->tok.kind != TK_RBRACK) {
      t->u.slice.max = parse_expr(p);
    } else {
      error_here_at(p, p->tok.pos, "final index required in 3-index slice");
      t->u.slice.max = bad_expr(p);
    }
  }
  p->xnest--;
  want(p, TK_RBRACK);
  return finish(p, t);
}

/* Arguments = "(" [ ( ExpressionList | Type [ "," ExpressionList ] )
 *             [ "..." ] [ "," ] ] ")" .   ("(" is consumed) */
static void parse_arguments(Parser *p, Node *call) {
  ListBuilder args = {NULL, NULL};
  p->xnest++;
  while (list_more(p, TK_RPAREN)) {
    list_append(&args, parse_expr(p));
    call->u.call.has_dots = got(p, TK_ELLIPSIS);
    if (!list_continues(p, "argument list", TK_COMMA, TK_RPAREN))
      goto done;
    if (call->u.call.has_dots)
      break;
  }
  list_close(p, TK_RPAREN);
done:
  p->xnest--;
  call->u.call.args = args.head;
}

/* PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
 *               PrimaryExpr Index | PrimaryExpr Slice |
 *               PrimaryExpr TypeAssertion | PrimaryExpr Arguments .
 * Selector      = "." identifier .
 * TypeAssertion = "." "(" Type ")" .   (and ".(type)" of a type switch)
 * CompositeLit  = LiteralType LiteralValue .
 * `x` may be a pre-parsed operand. */
static Node *parse_primary_expr(Parser *p, Node *x) {
  int saved = p->depth;
  if (x == NULL)
    x = parse_operand(p);
  for (;;) {
    Pos pos = p->tok.pos;
    Node *t;
    switch (p->tok.kind) {
    case TK_PERIOD:
      next(p);
      if (p->tok.kind == TK_IDENT) {
        t = new_node(p, ND_SELECTOR, pos);
        t->u.selector.x = x;
        t->u.selector.sel = parse_name(p);
        x = finish(p, t);
      } else if (p->tok.kind == TK_LPAREN) {
        next(p);
        if (got(p, TK_TYPE)) {
          t = new_node(p, ND_TYPE_SWITCH_GUARD, pos);
          t->u.guard.x = x; /* lhs is filled in by parse_simple_stmt */
        } else {
          t = new_node(p, ND_TYPE_ASSERT, pos);
          t->u.assert.x = x;
          t->u.assert.type = parse_type(p);
        }
        want(p, TK_RPAREN);
        x = finish(p, t);
      } else {
        syntax_error(p, "expected name or (");
        advance(p, FOLLOW(TK_SEMICOLON, TK_RPAREN));
      }
      break;
    case TK_LBRACK:
      next(p);
      x = parse_index_or_slice(p, x, pos);
      break;
    case TK_LPAREN:
      t = new_node(p, ND_CALL, pos);
      next(p);
      t->u.call.fun = x;
      parse_arguments(p, t);
      x = finish(p, t);
      break;
    case TK_LBRACE: {
      /* The operand may have been a parenthesized literal type:
       * accept it but complain if we have a composite literal. */
      Node *u = unparen(x);
      if (!composite_type_ok(p, u))
        goto done;
      if (u != x)
        syntax_error(p, "cannot parenthesize type in composite literal");
      t = parse_composite_lit(p);
      t->u.composite.type = x;
      x = t;
      break;
    }
    default:
      goto done;
    }
    enter(p); /* a.b.c... and f()()... nest to the left */
  }
done:
  p->depth = saved;
  return x;
}

/* Element = Expression | LiteralValue . */
static Node *parse_element(Parser *p) {
  if (p->tok.kind == TK_LBRACE)
    return parse_composite_lit(p);
  return parse_expr(p);
}

/* LiteralValue = "{" [ ElementList [ "," ] ] "}" .
 * ElementList  = KeyedElement { "," KeyedElement } .
 * KeyedElement = [ Key ":" ] Element .
 * The literal's type, if any, is filled in by the caller. */
static Node *parse_composite_lit(Parser *p) {
  Node *x = new_node(p, ND_COMPOSITE_LIT, p->tok.pos);
  ListBuilder elems = {NULL, NULL};
  enter(p);
  p->xnest++;
  want(p, TK_LBRACE);
  while (list_more(p, TK_RBRACE)) {
    Node *e = parse_element(p);
    if (p->tok.kind == TK_COLON) {
      Node *kv = new_node(p, ND_KEY_VALUE, p->tok.pos);
      next(p);
      kv->u.key_value.key = e;
      kv->u.key_value.value = parse_element(p);
      e = finish(p, kv);
    }
    list_append(&elems, e);
    x->u.composite.count++;
    if (!list_continues(p, "composite literal", TK_COMMA, TK_RBRACE)) {
      x->u.composite.rbrace = p->tok.pos;
      goto done;
    }
  }
  x->u.composite.rbrace = list_close(p, TK_RBRACE);
done:
  p->xnest--;
  leave(p);
  x->u.composite.elems = elems.head;
  return finish(p, x);
}

/* ===================================================================
 * Statements
 * =================================================================== */

static Node *new_expr_stmt(Parser *p, Node *x) {
  Node *s = new_node(p, ND_EXPR_STMT, x->pos);
  s->u.expr_stmt.x = x;
  s->end = x->end;
  return s;
}

/* RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range"
 *               Expression .
 * Produces the ND_RANGE_STMT; parse_for_stmt adds the body. */
static Node *parse_range_clause(Parser *p, Node *lhs, TokenKind op) {
  Node *r = new_node(p, ND_RANGE_STMT, p->tok.pos);
  next(p); /* "range" */
  r->u.range_stmt.op = op;
  if (lhs != NULL) {
    Node *value = lhs->next;
    r->u.range_stmt.key = lhs;
    lhs->next = NULL;
    if (value != NULL) {
      Node *extra = value->next;
      r->u.range_stmt.value = value;
      value->next = NULL;
      if (extra != NULL) /* gofmt rejects this; gc's checker words it */
        late_error_at(p, node_start(extra),
                      "range clause permits at most two iteration variables");
    }
  }
  r->u.range_stmt.x = parse_expr(p);
  return finish(p, r);
}

static Node *new_assign(Parser *p, Pos pos, TokenKind op, Node *lhs,
                        Node *rhs) {
  Node *a = new_node(p, ND_ASSIGN_STMT, pos);
  a->u.assign.op = op;
  a->u.assign.lhs = lhs;
  a->u.assign.rhs = rhs;
  return finish(p, a);
}

/* SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt |
 *              Assignment | ShortVarDecl .
 * `lhs` may be a pre-parsed expression list; `keyword` is the statement
 * whose header we are in (TK_FOR permits a range clause, TK_SWITCH a
 * type switch guard), or TK_EOF. */
static Node *parse_simple_stmt(Parser *p, Node *lhs, TokenKind keyword) {
  TokenKind op;
  Pos pos;
  Node *rhs, *s;

  if (keyword == TK_FOR && p->tok.kind == TK_RANGE)
    return parse_range_clause(p, NULL, TK_EOF); /* for range x */

  if (lhs == NULL)
    lhs = parse_expr_list(p);

  op = p->tok.kind;
  pos = p->tok.pos;
  if (lhs->next == NULL && op != TK_ASSIGN && op != TK_DEFINE) {
    if (is_assign_op(op)) {
      /* lhs op= rhs */
      next(p);
      return new_assign(p, pos, op, lhs, parse_expr(p));
    }
    if (op == TK_INC || op == TK_DEC) {
      /* IncDecStmt = Expression ( "++" | "--" ) . */
      s = new_node(p, ND_INC_DEC_STMT, pos);
      s->u.inc_dec.op = op;
      s->u.inc_dec.x = lhs;
      next(p);
      return finish(p, s);
    }
    if (op == TK_ARROW) {
      /* SendStmt = Channel "<-" Expression . */
      s = new_node(p, ND_SEND_STMT, pos);
      next(p);
      s->u.send.chan = lhs;
      s->u.send.value = parse_expr(p);
      return finish(p, s);
    }
    return new_expr_stmt(p, lhs); /* ExpressionStmt = Expression . */
  }

  if (op == TK_ASSIGN || op == TK_DEFINE) {
    /* Assignment   = ExpressionList "=" ExpressionList .
     * ShortVarDecl = IdentifierList ":=" ExpressionList . */
    next(p);
    if (keyword == TK_FOR && p->tok.kind == TK_RANGE)
      return parse_range_clause(p, lhs, op);
    rhs = parse_expr_list(p);
    if (rhs->kind == ND_TYPE_SWITCH_GUARD && rhs->next == NULL &&
        keyword == TK_SWITCH && op == TK_DEFINE && lhs->next == NULL) {
      /* switch ... lhs := x.(type).  gofmt takes any expression as lhs;
       * gc's parser wants a name, which the checker must verify. */
      if (lhs->kind != ND_NAME) {
        StrBuf b = {NULL, 0, 0};
        strbuf_puts(&b, "syntax error: cannot use ");
        print_expr(&b, lhs);
        strbuf_puts(&b, " := ");
        print_expr(&b, rhs);
        strbuf_puts(&b, " as value");
        gc_only_error_at(p, pos, b.data);
        strbuf_free(&b);
      }
      rhs->u.guard.lhs = lhs;
      return new_expr_stmt(p, rhs);
    }
    return new_assign(p, pos, op, lhs, rhs);
  }

  syntax_error(p, "expected := or = or comma");
  advance(p, FOLLOW(TK_SEMICOLON, TK_RBRACE));
  lhs->next = NULL; /* make the best of what we have */
  return new_expr_stmt(p, lhs);
}

/* The headers of if, for and switch statements:
 *   if     [ SimpleStmt ";" ] Expression
 *   switch [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ]
 *   for    [ Condition | ForClause | RangeClause ]
 * ForClause = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
 * Composite literals with a bare type name are not allowed here (they
 * would swallow the block's "{"), hence xnest = -1.  A range clause comes
 * back in *init. */
static void parse_header(Parser *p, TokenKind keyword, Node **init,
                         Node **cond, Node **post) {
  int outer = p->xnest;
  Node *cond_stmt = NULL;
  Pos semi_pos = {0, 0};
  const char *semi_lit = NULL;

  *init = *cond = NULL;
  if (post != NULL)
    *post = NULL;
  want(p, keyword);
  if (p->tok.kind == TK_LBRACE) {
    if (keyword == TK_IF) {
      syntax_error(p, "missing condition in if statement");
      *cond = bad_expr(p);
    }
    return;
  }

  p->xnest = -1;
  if (p->tok.kind != TK_SEMICOLON) {
    /* accept a var declaration but complain */
    if (got(p, TK_VAR))
      syntax_error(p, format(p, "var declaration not allowed in %s initializer",
                             token_spelling(keyword)));
    *init = parse_simple_stmt(p, NULL, keyword);
    if ((*init)->kind == ND_RANGE_STMT) {
      p->xnest = outer;
      return;
    }
  }

  if (p->tok.kind != TK_LBRACE) {
    if (p->tok.kind == TK_SEMICOLON) {
      semi_pos = p->tok.pos;
      semi_lit = p->tok.semi == SEMI_NEWLINE ? "newline"
                 : p->tok.semi == SEMI_EOF   ? "EOF"
                                             : "semicolon";
      next(p);
    } else {
      /* asking for "{" rather than ";" gives a better message */
      want(p, TK_LBRACE);
      if (p->tok.kind != TK_LBRACE)
        advance(p, FOLLOW(TK_LBRACE, TK_RBRACE));
    }
    if (keyword == TK_FOR) {
      if (p->tok.kind != TK_SEMICOLON) {
        if (p->tok.kind == TK_LBRACE) {
          syntax_error(p, "expected for loop condition");
          goto done;
        }
        cond_stmt = parse_simple_stmt(p, NULL, TK_EOF);
      }
      want(p, TK_SEMICOLON);
      if (p->tok.kind != TK_LBRACE) {
        /* gofmt accepts "x := 1" here; gc's parser says "cannot declare
         * in post statement of for loop", which the checker must say. */
        *post = parse_simple_stmt(p, NULL, TK_EOF);
        if ((*post)->kind == ND_ASSIGN_STMT &&
            (*post)->u.assign.op == TK_DEFINE)
          gc_only_error_at(p, (*post)->pos, "syntax error: cannot declare in "
                                            "post statement of for loop");
      }
    } else if (p->tok.kind != TK_LBRACE) {
      cond_stmt = parse_simple_stmt(p, NULL, keyword);
    }
  } else {
    cond_stmt = *init;
    *init = NULL;
  }

done:
  if (cond_stmt == NULL) {
    if (keyword == TK_IF && semi_pos.line != 0) {
      if (strcmp(semi_lit, "semicolon") != 0) {
        syntax_error_at(p, semi_pos,
                        format(p, "unexpected %s, expected { after if clause",
                               semi_lit));
      } else {
        syntax_error_at(p, semi_pos, "missing condition in if statement");
      }
      *cond = new_node(p, ND_BAD, semi_pos);
    }
  } else if (cond_stmt->kind == ND_EXPR_STMT) {
    *cond = cond_stmt->u.expr_stmt.x;
  } else {
    /* A common mistake is "=" for "==": quote the statement. */
    StrBuf b = {NULL, 0, 0};
    strbuf_puts(&b, "cannot use ");
    print_simple_stmt(&b, cond_stmt);
    strbuf_puts(&b, " as value");
    syntax_error_at(p, cond_stmt->pos, b.data);
    strbuf_free(&b);
    *cond = new_node(p, ND_BAD, cond_stmt->pos);
  }
  p->xnest = outer;
}

/* Block = "{" StatementList "}" . */
static Node *parse_block_stmt(Parser *p, const char *context) {
  Node *s = new_node(p, ND_BLOCK, p->tok.pos);
  enter(p);
  /* people coming from C may forget that braces are mandatory in Go */
  if (!got(p, TK_LBRACE)) {
    syntax_error(p, format(p, "expected { after %s", context));
    advance(p, FOLLOW(TK_IDENT, TK_RBRACE));
    s->u.block.rbrace = p->tok.pos; /* in case we found "}" */
    if (got(p, TK_RBRACE)) {
      leave(p);
      return finish(p, s);
    }
  }
  s->u.block.stmts = parse_stmt_list(p);
  s->u.block.rbrace = p->tok.pos;
  want(p, TK_RBRACE);
  leave(p);
  return finish(p, s);
}

/* IfStmt = "if" [ SimpleStmt ";" ] Expression Block
 *          [ "else" ( IfStmt | Block ) ] . */
static Node *parse_if_stmt(Parser *p) {
  Node *s = new_node(p, ND_IF_STMT, p->tok.pos);
  enter(p); /* else-if chains nest */
  parse_header(p, TK_IF, &s->u.if_stmt.init, &s->u.if_stmt.cond, NULL);
  s->u.if_stmt.then = parse_block_stmt(p, "if clause");
  if (got(p, TK_ELSE)) {
    switch (p->tok.kind) {
    case TK_IF:
      s->u.if_stmt.els = parse_if_stmt(p);
      break;
    case TK_LBRACE:
      s->u.if_stmt.els = parse_block_stmt(p, "");
      break;
    default:
      syntax_error(p, "else must be followed by if or statement block");
      advance(p, FOLLOW(TK_IDENT, TK_RBRACE));
      break;
    }
  }
  leave(p);
  return finish(p, s);
}

/* ExprCaseClause = ExprSwitchCase ":" StatementList .
 * ExprSwitchCase = "case" ExpressionList | "default" .
 * (TypeCaseClause has the same shape: a type is an expression here.) */
static Node *parse_case_clause(Parser *p) {
  Node *c = new_node(p, ND_CASE_CLAUSE, p->tok.pos);
  enter(p);
  switch (p->tok.kind) {
  case TK_CASE:
    next(p);
    c->u.case_clause.list = parse_expr_list(p);
    break;
  case TK_DEFAULT:
    next(p);
    c->u.case_clause.is_default = true;
    break;
  default:
    syntax_error(p, "expected case or default or }");
    advance(p, FOLLOW(TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE));
    break;
  }
  c->u.case_clause.colon = p->tok.pos;
  want(p, TK_COLON);
  finish(p, c);
  c->u.case_clause.body = parse_stmt_list(p);
  leave(p);
  return finish_clause(c, c->u.case_clause.body);
}

/* SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
 * ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ]
 *                  "{" { ExprCaseClause } "}" .
 * TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard
 *                  "{" { TypeCaseClause } "}" .
 * TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" . */
static Node *parse_switch_stmt(Parser *p) {
  Node *s = new_node(p, ND_SWITCH_STMT, p->tok.pos);
  ListBuilder clauses = {NULL, NULL};
  parse_header(p, TK_SWITCH, &s->u.switch_stmt.init, &s->u.switch_stmt.tag,
               NULL);
  if (!got(p, TK_LBRACE)) {
    syntax_error(p, "missing { after switch clause");
    advance(p, FOLLOW(TK_CASE, TK_DEFAULT, TK_RBRACE));
  }
  while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE)
    list_append(&clauses, parse_case_clause(p));
  s->u.switch_stmt.clauses = clauses.head;
  s->u.switch_stmt.rbrace = p->tok.pos;
  want(p, TK_RBRACE);
  return finish(p, s);
}

/* gofmt checks the shape of a communication clause; gc's parser takes any
 * simple statement and leaves the rest to its checker.  We take gofmt's
 * verdict, in the words of gc's checker: a send, a receive, or one or two
 * variables assigned (= or :=) from one expression. */
static void check_comm(Parser *p, Node *comm) {
  bool valid = true;
  if (comm->kind == ND_INC_DEC_STMT) {
    valid = false;
  } else if (comm->kind == ND_ASSIGN_STMT) {
    int count = 0;
    Node *lhs;
    for (lhs = comm->u.assign.lhs; lhs != NULL; lhs = lhs->next)
      count++;
    valid = (comm->u.assign.op == TK_ASSIGN ||
             comm->u.assign.op == TK_DEFINE) &&
            count <= 2 && comm->u.assign.rhs->next == NULL;
  }
  if (!valid)
    late_error_at(p, node_start(comm), "select case must be send or receive "
                                       "(possibly with assignment)");
}

/* CommClause = CommCase ":" StatementList .
 * CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
 * RecvStmt   = [ ExpressionList "=" | IdentifierList ":=" ] RecvExpr . */
static Node *parse_comm_clause(Parser *p) {
  Node *c = new_node(p, ND_COMM_CLAUSE, p->tok.pos);
  enter(p);
  switch (p->tok.kind) {
  case TK_CASE:
    next(p);
    c->u.comm_clause.comm = parse_simple_stmt(p, NULL, TK_EOF);
    check_comm(p, c->u.comm_clause.comm);
    break;
  case TK_DEFAULT:
    next(p);
    c->u.comm_clause.is_default = true;
    break;
  default:
    syntax_error(p, "expected case or default or }");
    advance(p, FOLLOW(TK_COLON, TK_CASE, TK_DEFAULT, TK_RBRACE));
    break;
  }
  c->u.comm_clause.colon = p->tok.pos;
  want(p, TK_COLON);
  finish(p, c);
  c->u.comm_clause.body = parse_stmt_list(p);
  leave(p);
  return finish_clause(c, c->u.comm_clause.body);
}

/* SelectStmt = "select" "{" { CommClause } "}" . */
static Node *parse_select_stmt(Parser *p) {
  Node *s = new_node(p, ND_SELECT_STMT, p->tok.pos);
  ListBuilder clauses = {NULL, NULL};
  want(p, TK_SELECT);
  if (!got(p, TK_LBRACE)) {
    syntax_error(p, "missing { after select clause");
    advance(p, FOLLOW(TK_CASE, TK_DEFAULT, TK_RBRACE));
  }
  while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE)
    list_append(&clauses, parse_comm_clause(p));
  s->u.select_stmt.clauses = clauses.head;
  s->u.select_stmt.rbrace = p->tok.pos;
  want(p, TK_RBRACE);
  return finish(p, s);
}

/* ForStmt = "for" [ Condition | ForClause | RangeClause ] Block . */
static Node *parse_for_stmt(Parser *p) {
  Pos pos = p->tok.pos;
  Node *init, *cond, *post, *body, *s;
  parse_header(p, TK_FOR, &init, &cond, &post);
  body = parse_block_stmt(p, "for clause");
  if (init != NULL && init->kind == ND_RANGE_STMT) {
    s = init;
    s->pos = pos;
    s->u.range_stmt.body = body;
    return finish(p, s);
  }
  s = new_node(p, ND_FOR_STMT, pos);
  s->u.for_stmt.init = init;
  s->u.for_stmt.cond = cond;
  s->u.for_stmt.post = post;
  s->u.for_stmt.body = body;
  return finish(p, s);
}

/* GoStmt    = "go" Expression .
 * DeferStmt = "defer" Expression . */
static Node *parse_call_stmt(Parser *p) {
  NodeKind kind = p->tok.kind == TK_GO ? ND_GO_STMT : ND_DEFER_STMT;
  const char *what = p->tok.kind == TK_GO ? "go" : "defer";
  Node *s = new_node(p, kind, p->tok.pos), *x, *t;
  next(p);
  x = parse_primary_expr(p, NULL);
  if ((t = unparen(x)) != x) {
    error_here_at(p, x->pos,
                  format(p, "expression in %s must not be parenthesized", what));
    x = t;
  }
  if (x->kind != ND_CALL && x->kind != ND_BAD) {
    /* gofmt rejects this; gc's checker says it like this */
    late_error_at(p, node_start(x),
                  format(p, "expression in %s must be function call", what));
  }
  s->u.go_defer.call = x;
  return finish(p, s);
}

static Node *parse_decl_group(Parser *p, Node *(*spec)(Parser *, int, int));
static Node *parse_const_spec(Parser *p, int group, int iota);
static Node *parse_var_spec(Parser *p, int group, int iota);
static Node *parse_type_spec(Parser *p, int group, int iota);

/* Declaration = ConstDecl | TypeDecl | VarDecl .  (inside a function) */
static Node *parse_decl_stmt(Parser *p) {
  Node *s = new_node(p, ND_DECL_STMT, p->tok.pos);
  TokenKind kind = p->tok.kind;
  next(p);
  s->u.decl_stmt.decls = parse_decl_group(
      p, kind == TK_CONST ? parse_const_spec
         : kind == TK_VAR ? parse_var_spec
                          : parse_type_spec);
  return finish(p, s);
}

static Node *parse_stmt_or_nil(Parser *p);

/* LabeledStmt = Label ":" Statement .  Sits at the ":", as in gc. */
static Node *parse_labeled_stmt(Parser *p, Node *label) {
  Node *s = new_node(p, ND_LABELED_STMT, p->tok.pos);
  s->u.labeled.label = label;
  want(p, TK_COLON);
  if (p->tok.kind == TK_RBRACE) {
    /* A "}" implies an empty statement (semicolons may be omitted
     * before it). */
    s->u.labeled.stmt = new_node(p, ND_EMPTY_STMT, p->tok.pos);
    return finish_at(finish(p, s), s->u.labeled.stmt->end);
  }
  enter(p);
  s->u.labeled.stmt = parse_stmt_or_nil(p);
  leave(p);
  if (s->u.labeled.stmt != NULL)
    return finish_at(finish(p, s), s->u.labeled.stmt->end);
  /* report the error at the ":" */
  syntax_error_at(p, s->pos, "missing statement after label");
  return NULL;
}

static Node *new_branch(Parser *p, TokenKind op) {
  Node *s = new_node(p, ND_BRANCH_STMT, p->tok.pos);
  s->u.branch.op = op;
  next(p);
  return s;
}

/* Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt |
 *             ReturnStmt | BreakStmt | ContinueStmt | GotoStmt |
 *             FallthroughStmt | Block | IfStmt | SwitchStmt |
 *             SelectStmt | ForStmt | DeferStmt .
 * Returns NULL if no statement starts here. */
static Node *parse_stmt_or_nil(Parser *p) {
  Node *s = NULL;
  enter(p);
  /* Most statements start with a name; try that first. */
  if (p->tok.kind == TK_IDENT) {
    Node *lhs;
    clear_pragma(p);
    lhs = parse_expr_list(p);
    if (lhs->kind == ND_NAME && lhs->next == NULL &&
        p->tok.kind == TK_COLON)
      s = parse_labeled_stmt(p, lhs);
    else
      s = parse_simple_stmt(p, lhs, TK_EOF);
    leave(p);
    return s;
  }

  switch (p->tok.kind) {
  case TK_VAR: case TK_CONST: case TK_TYPE:
    s = parse_decl_stmt(p);
    leave(p);
    return s;
  default:
    break;
  }

  clear_pragma(p);
  switch (p->tok.kind) {
  case TK_LBRACE:
    s = parse_block_stmt(p, "");
    break;
  case TK_ADD: case TK_SUB: case TK_MUL: case TK_AND: case TK_XOR:
  case TK_NOT:
  case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
  case TK_FUNC: case TK_LPAREN: case TK_LBRACK: case TK_STRUCT: case TK_MAP:
  case TK_CHAN: case TK_INTERFACE: case TK_ARROW:
    s = parse_simple_stmt(p, NULL, TK_EOF);
    break;
  case TK_FOR:
    s = parse_for_stmt(p);
    break;
  case TK_SWITCH:
    s = parse_switch_stmt(p);
    break;
  case TK_SELECT:
    s = parse_select_stmt(p);
    break;
  case TK_IF:
    s = parse_if_stmt(p);
    break;
  case TK_FALLTHROUGH:
    s = finish(p, new_branch(p, TK_FALLTHROUGH));
    break;
  case TK_BREAK: case TK_CONTINUE:
    s = new_branch(p, p->tok.kind);
    if (p->tok.kind == TK_IDENT)
      s->u.branch.label = parse_name(p);
    finish(p, s);
    break;
  case TK_GO: case TK_DEFER:
    s = parse_call_stmt(p);
    break;
  case TK_GOTO:
    s = new_branch(p, TK_GOTO);
    s->u.branch.label = parse_name(p);
    finish(p, s);
    break;
  case TK_RETURN:
    s = new_node(p, ND_RETURN_STMT, p->tok.pos);
    next(p);
    if (p->tok.kind != TK_SEMICOLON && p->tok.kind != TK_RBRACE)
      s->u.return_stmt.results = parse_expr_list(p);
    finish(p, s);
    break;
  case TK_SEMICOLON:
    /* The ";" itself is consumed by the statement list, but a written
     * one is the statement's text. */
    s = new_node(p, ND_EMPTY_STMT, p->tok.pos);
    if (p->tok.semi == SEMI_WRITTEN)
      s->end.col++;
    break;
  default:
    break;
  }
  leave(p);
  return s;
}

/* StatementList = { Statement ";" } . */
static Node *parse_stmt_list(Parser *p) {
  ListBuilder list = {NULL, NULL};
  while (p->tok.kind != TK_EOF && p->tok.kind != TK_RBRACE &&
         p->tok.kind != TK_CASE && p->tok.kind != TK_DEFAULT) {
    Node *s = parse_stmt_or_nil(p);
    clear_pragma(p);
    if (s == NULL)
      break;
    list_append(&list, s);
    /* ";" is optional before "}" */
    if (!got(p, TK_SEMICOLON) && p->tok.kind != TK_RBRACE) {
      syntax_error(p, "at end of statement");
      advance(p, FOLLOW(TK_SEMICOLON, TK_RBRACE, TK_CASE, TK_DEFAULT));
      got(p, TK_SEMICOLON); /* avoid a spurious empty statement */
    }
  }
  return list.head;
}

/* ===================================================================
 * Declarations
 * =================================================================== */

/* ImportSpec = [ "." | PackageName ] ImportPath .
 * ImportPath = string_lit . */
static Node *parse_import_spec(Parser *p, int group, int iota) {
  Node *d = new_node(p, ND_IMPORT_SPEC, p->tok.pos), *path;
  (void)group;
  (void)iota;
  if (p->tok.kind == TK_IDENT) {
    d->u.import_spec.name = parse_name(p);
  } else if (p->tok.kind == TK_PERIOD) {
    d->u.import_spec.name = new_name(p, p->tok.pos, ".");
    next(p);
  }
  path = parse_literal_or_nil(p);
  if (path == NULL) {
    syntax_error(p, "missing import path");
    advance(p, FOLLOW(TK_SEMICOLON, TK_RPAREN));
    d->u.import_spec.path = bad_expr(p);
    return finish(p, d);
  }
  if (!path->u.lit.bad && path->u.lit.kind != LIT_STRING) {
    syntax_error_at(p, path->pos, "import path must be a string");
    path->u.lit.bad = true;
  }
  d->u.import_spec.path = path;
  return finish(p, d);
}

/* ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
 * An omitted type and value list stay NULL: the checker repeats the
 * previous spec's, with this spec's iota. */
static Node *parse_const_spec(Parser *p, int group, int iota) {
  Node *d = new_node(p, ND_CONST_SPEC, p->tok.pos);
  d->u.value_spec.group = group;
  d->u.value_spec.iota = iota;
  d->u.value_spec.names = parse_identifier_list(p, parse_name(p));
  if (p->tok.kind != TK_EOF && p->tok.kind != TK_SEMICOLON &&
      p->tok.kind != TK_RPAREN) {
    d->u.value_spec.type = parse_type_or_nil(p);
    if (got_assign(p))
      d->u.value_spec.values = parse_expr_list(p);
  }
  return finish(p, d);
}

/* VarSpec = IdentifierList ( Type [ "=" ExpressionList ] |
 *                            "=" ExpressionList ) . */
static Node *parse_var_spec(Parser *p, int group, int iota) {
  Node *d = new_node(p, ND_VAR_SPEC, p->tok.pos);
  d->u.value_spec.group = group;
  d->u.value_spec.iota = iota;
  d->u.value_spec.names = parse_identifier_list(p, parse_name(p));
  if (got_assign(p)) {
    d->u.value_spec.values = parse_expr_list(p);
  } else {
    d->u.value_spec.type = parse_type(p);
    if (got_assign(p))
      d->u.value_spec.values = parse_expr_list(p);
  }
  return finish(p, d);
}

/* gc's isTypeElem: x is (syntactically) a type element, and could not be
 * an ordinary value expression. */
static bool is_type_elem(const Node *x) {
  switch (x->kind) {
  case ND_ARRAY_TYPE: case ND_STRUCT_TYPE: case ND_FUNC_TYPE:
  case ND_INTERFACE_TYPE: case ND_SLICE_TYPE: case ND_MAP_TYPE:
  case ND_CHAN_TYPE:
    return true;
  case ND_BINARY:
    return is_type_elem(x->u.binary.x) || is_type_elem(x->u.binary.y);
  case ND_UNARY:
    return x->u.unary.op == TK_TILDE || is_type_elem(x->u.unary.x);
  case ND_PAREN:
    return is_type_elem(x->u.paren.x);
  default:
    return false;
  }
}

/* gc's extractName: split the expression x after "type T[" into a type
 * parameter name and its constraint, if x can be read as "name expr" and
 * expr is a type element (or `force` is set, when a comma follows).
 *   P*[]int -> P, *[]int      P([]int) -> P, []int
 *   P*E|F|~G -> P, *E|F|~G    N (a name alone) -> N, NULL
 * Otherwise *name is NULL and x is an array length. */
static void extract_name(Parser *p, Node *x, bool force, Node **name,
                         Node **expr) {
  *name = *expr = NULL;
  switch (x->kind) {
  case ND_NAME:
    *name = x;
    return;
  case ND_BINARY:
    if (x->u.binary.op == TK_MUL) {
      Node *n = x->u.binary.x;
      if (n->kind == ND_NAME && (force || is_type_elem(x->u.binary.y))) {
        /* x = name *x.y */
        Node *u = new_node(p, ND_UNARY, x->pos);
        u->u.unary.op = TK_MUL;
        u->u.unary.x = x->u.binary.y;
        u->end = x->end;
        *name = n;
        *expr = u;
      }
    } else if (x->u.binary.op == TK_OR) {
      Node *n, *lhs;
      extract_name(p, x->u.binary.x, force || is_type_elem(x->u.binary.y),
                   &n, &lhs);
      if (n != NULL && lhs != NULL) {
        /* x = name lhs|x.y */
        Node *op = new_node(p, ND_BINARY, x->pos);
        *op = *x;
        op->u.binary.x = lhs;
        *name = n;
        *expr = op;
      }
    }
    return;
  case ND_CALL: {
    Node *fun = x->u.call.fun, *arg = x->u.call.args;
    if (fun->kind == ND_NAME && arg != NULL && arg->next == NULL &&
        !x->u.call.has_dots && (force || is_type_elem(arg))) {
      /* x = name (arg).  gc drops the call's parentheses; we keep them,
       * as go/parser does, so that the tree prints back as written. */
      Node *paren = new_node(p, ND_PAREN, x->pos);
      paren->u.paren.x = arg;
      paren->end = x->end;
      *name = fun;
      *expr = paren;
    }
    return;
  }
  default:
    return;
  }
}

/* TypeSpec  = AliasDecl | TypeDef .
 * AliasDecl = identifier [ TypeParameters ] "=" Type .
 * TypeDef   = identifier [ TypeParameters ] Type . */
static Node *parse_type_spec(Parser *p, int group, int iota) {
  Node *d = new_node(p, ND_TYPE_SPEC, p->tok.pos);
  (void)iota;
  d->u.type_spec.group = group;
  d->u.type_spec.name = parse_name(p);
  if (p->tok.kind == TK_LBRACK) {
    /* An array or slice type, or a type parameter list. */
    Pos lbrack = p->tok.pos;
    next(p);
    switch (p->tok.kind) {
    case TK_IDENT: {
      /* Parse an expression x and decide afterwards.  A name followed
       * by "[" starts a constraint like []E (an index expression would
       * not be a constant array length). */
      Node *x = parse_name(p), *pname, *ptype;
      if (p->tok.kind != TK_LBRACK) {
        p->xnest++;
        x = parse_binary_expr(p, parse_primary_expr(p, x), 0);
        p->xnest--;
      }
      /* A name alone followed by "]" is an array length; a type element
       * or a following comma makes it a type parameter list. */
      extract_name(p, x, p->tok.kind == TK_COMMA, &pname, &ptype);
      if (pname != NULL && (ptype != NULL || p->tok.kind != TK_RBRACK)) {
        d->u.type_spec.tparams =
            parse_param_list(p, pname, ptype, TK_RBRACK, true, false);
        d->u.type_spec.alias = got_assign(p);
        d->u.type_spec.type = parse_type_or_nil(p);
      } else {
        d->u.type_spec.type = parse_array_type(p, lbrack, x);
      }
      break;
    }
    case TK_RBRACK:
      next(p);
      d->u.type_spec.type = parse_slice_type(p, lbrack);
      break;
    default:
      d->u.type_spec.type = parse_array_type(p, lbrack, NULL);
      break;
    }
  } else {
    d->u.type_spec.alias = got_assign(p);
    d->u.type_spec.type = parse_type_or_nil(p);
  }
  if (d->u.type_spec.type == NULL) {
    d->u.type_spec.type = bad_expr(p);
    syntax_error(p, "in type declaration");
    advance(p, FOLLOW(TK_SEMICOLON, TK_RPAREN));
  }
  return finish(p, d);
}

/* A declaration's specs: one, or a parenthesized group of them.
 *   Decl = keyword ( Spec | "(" { Spec ";" } ")" ) .
 * Specs of a group share a group number and count their iota. */
static Node *parse_decl_group(Parser *p, Node *(*spec)(Parser *, int, int)) {
  ListBuilder list = {NULL, NULL};
  if (p->tok.kind == TK_LPAREN) {
    int group = ++p->groups, iota = 0;
    clear_pragma(p);
    next(p); /* consume "(" after clearing the pragmas */
    while (list_more(p, TK_RPAREN)) {
      list_append(&list, spec(p, group, iota++));
      if (!list_continues(p, "grouped declaration", TK_SEMICOLON, TK_RPAREN))
        return list.head;
    }
    list_close(p, TK_RPAREN);
  } else {
    list_append(&list, spec(p, 0, 0));
  }
  return list.head;
}

/* FunctionDecl = "func" FunctionName [ TypeParameters ] Signature
 *                [ FunctionBody ] .
 * MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
 * Receiver     = Parameters .
 * "func" is consumed; the node sits at the token after it, as gc's. */
static Node *parse_func_decl(Parser *p) {
  Node *f = new_node(p, ND_FUNC_DECL, p->tok.pos);
  Comment *pragma_first = pending_pragmas(p);
  Comment *pragma_last = p->lexer.comments_last;
  const char *context = NULL;

  clear_pragma(p);
  if (p->tok.kind == TK_LPAREN) {
    Pos lparen = p->tok.pos;
    next(p);
    context = "method";
    f->u.func_decl.recv =
        parse_param_list(p, NULL, NULL, TK_RPAREN, false, false);
    /* gofmt accepts "func () m()" and "func (a, b T) m()", gc's parser
     * does not: the checker must say so.  An empty receiver list becomes
     * a receiver of type ND_BAD. */
    if (f->u.func_decl.recv == NULL) {
      Node *bad = new_node(p, ND_BAD, lparen);
      gc_only_error_at(p, p->tok.pos, "method has no receiver");
      f->u.func_decl.recv = new_field(p, lparen, NULL, bad, NULL);
      f->u.func_decl.recv->end = lparen;
    } else if (f->u.func_decl.recv->next != NULL ||
               (f->u.func_decl.recv->u.field.names != NULL &&
                f->u.func_decl.recv->u.field.names->next != NULL)) {
      gc_only_error_at(p, p->tok.pos, "method has multiple receivers");
    }
  }

  if (p->tok.kind == TK_IDENT) {
    f->u.func_decl.name = parse_name(p);
    f->u.func_decl.type =
        parse_func_type(p, context, &f->u.func_decl.tparams);
  } else {
    f->u.func_decl.name = new_name(p, p->tok.pos, "_");
    f->u.func_decl.name->end = p->tok.pos;
    f->u.func_decl.type = new_node(p, ND_FUNC_TYPE, p->tok.pos);
    syntax_error(p, context != NULL ? "expected name" : "expected name or (");
    advance(p, FOLLOW(TK_LBRACE, TK_SEMICOLON));
  }

  if (pragma_first != NULL && pragma_last != NULL)
    f->pragmas = pragma_bits(p, pragma_first, pragma_last,
                             f->u.func_decl.name->u.name.name);

  if (p->tok.kind == TK_LBRACE) {
    p->fnest++;
    f->u.func_decl.body = parse_block_stmt(p, "");
    p->fnest--;
  }
  return finish(p, f);
}

/* SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
 * TopLevelDecl = Declaration | FunctionDecl | MethodDecl . */
static void parse_source_file(Parser *p, Node *file) {
  ListBuilder decls = {NULL, NULL};
  TokenKind prev = TK_IMPORT;
  Node *last_decl = NULL;

  /* PackageClause = "package" PackageName . */
  if (!got(p, TK_PACKAGE)) {
    syntax_error(p, "package statement must be first");
    return;
  }
  clear_pragma(p);
  file->u.file.package_name = parse_name(p);
  want(p, TK_SEMICOLON);
  /* don't bother continuing if the package clause has errors */
  if (had_error(p))
    return;

  /* Imports are accepted anywhere, with a complaint. */
  while (p->tok.kind != TK_EOF) {
    if (p->tok.kind == TK_IMPORT && prev != TK_IMPORT)
      syntax_error(p, "imports must appear before other declarations");
    prev = p->tok.kind;

    switch (p->tok.kind) {
    case TK_IMPORT:
      next(p);
      list_append(&decls, parse_decl_group(p, parse_import_spec));
      break;
    case TK_CONST:
      next(p);
      list_append(&decls, parse_decl_group(p, parse_const_spec));
      break;
    case TK_TYPE:
      next(p);
      list_append(&decls, parse_decl_group(p, parse_type_spec));
      break;
    case TK_VAR:
      next(p);
      list_append(&decls, parse_decl_group(p, parse_var_spec));
      break;
    case TK_FUNC:
      next(p);
      list_append(&decls, parse_func_decl(p));
      break;
    default:
      if (p->tok.kind == TK_LBRACE && last_decl != NULL &&
          last_decl->kind == ND_FUNC_DECL && last_decl->u.func_decl.body == NULL)
        /* the opening "{" of a function body on the next line */
        syntax_error(p, "unexpected semicolon or newline before {");
      else
        syntax_error(p, "non-declaration statement outside function body");
      advance(p, FOLLOW(TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC));
      continue;
    }
    last_decl = decls.tail;

    /* Clear the pragmas before consuming ";": directives after it belong
     * to the next declaration. */
    clear_pragma(p);

    if (p->tok.kind != TK_EOF && !got(p, TK_SEMICOLON)) {
      syntax_error(p, "after top level declaration");
      advance(p, FOLLOW(TK_IMPORT, TK_CONST, TK_TYPE, TK_VAR, TK_FUNC));
    }
  }
  file->u.file.decls = decls.head;
}

Node *parse_file(const Source *source, ErrorList *errors, Arena *arena) {
  Parser *p = xmalloc(sizeof *p);
  Node *file;
  memset(p, 0, sizeof *p);
  p->source = source;
  p->errors = errors;
  p->arena = arena;
  p->errors_at_start = errors->count;
  lex_init(&p->lexer, source, errors, arena);
  lex_next(&p->lexer, &p->tok);
  p->prev_end = p->tok.pos;

  file = new_node(p, ND_FILE, p->tok.pos);
  file->u.file.source = source;
  if (setjmp(p->bailout) == 0) {
    parse_source_file(p, file);
    if (file->u.file.package_name == NULL)
      file->u.file.package_name = new_name(p, p->tok.pos, "_");
  } else {
    /* Nesting too deep: keep the declarations completed so far. */
    if (file->u.file.package_name == NULL)
      file->u.file.package_name = new_name(p, file->pos, "_");
  }
  {
    LateError *e;
    for (e = p->late; e != NULL; e = e->next) {
      if (e->if_rejected != (p->syntax_errors > 0))
        continue;
      if (has_prefix(e->message, "syntax error: "))
        error_at(errors, source, e->pos, "syntax error: %s", e->message + 14);
      else
        error_at(errors, source, e->pos, "%s", e->message);
    }
  }
  file->u.file.comments = p->lexer.comments;
  file->u.file.node_count = p->node_count;
  file->end = p->tok.pos;
  free(p->params);
  free(p);
  return file;
}

/* ===================================================================
 * Node kinds and positions
 * =================================================================== */

const char *node_kind_name(NodeKind kind) {
  static const char *const names[] = {
#define X(kind, name) name,
      NODE_KIND_LIST(X)
#undef X
  };
  if ((int)kind < 0 || kind >= ND_COUNT)
    return "?";
  return names[kind];
}

/* gc's syntax.StartPos: follow the left edge of the node down to the
 * position of its leftmost token.  Like gc, a slice expression, a
 * function type and a declaration answer their own pos. */
Pos node_start(const Node *n) {
  for (;;) {
    if (n == NULL) {
      Pos none = {0, 0};
      return none;
    }
    switch (n->kind) {
    case ND_FILE: {
      Pos first = {1, 1};
      return first;
    }
    case ND_COMPOSITE_LIT:
      if (n->u.composite.type == NULL)
        return n->pos;
      n = n->u.composite.type;
      break;
    case ND_KEY_VALUE:
      n = n->u.key_value.key;
      break;
    case ND_SELECTOR:
      n = n->u.selector.x;
      break;
    case ND_INDEX:
      if (n->u.index.x == NULL)
        return n->pos;
      n = n->u.index.x;
      break;
    case ND_TYPE_ASSERT:
      n = n->u.assert.x;
      break;
    case ND_TYPE_SWITCH_GUARD:
      n = n->u.guard.lhs != NULL ? n->u.guard.lhs : n->u.guard.x;
      break;
    case ND_BINARY:
      n = n->u.binary.x;
      break;
    case ND_CALL:
      n = n->u.call.fun;
      break;
    case ND_SEND_STMT:
      n = n->u.send.chan;
      break;
    case ND_ASSIGN_STMT:
      n = n->u.assign.lhs;
      break;
    case ND_INC_DEC_STMT:
      n = n->u.inc_dec.x;
      break;
    default:
      return n->pos;
    }
  }
}

/* ---- Walking the tree ----
 * Later stages (escape analysis, the inliner) look for every node of some
 * kind under a function body; walk_node is the one walker they share,
 * through node_walk (pre-order, func literal bodies included) and
 * node_walk_post (children first, func literal bodies left out: the order
 * in which gc's inliner meets the calls of one function). */

typedef struct WalkSpec {
  void (*pre)(void *data, const Node *n);  /* before the children, or NULL */
  void (*post)(void *data, const Node *n); /* after them, or NULL */
  void *data;
  bool enter_func_lits;                    /* walk func literal bodies */
} WalkSpec;

static void walk_node(const Node *n, const WalkSpec *ws);

static void walk_list(const Node *list, const WalkSpec *ws) {
  for (const Node *n = list; n; n = n->next)
    walk_node(n, ws);
}

void node_walk(const Node *n, void (*fn)(void *data, const Node *n),
               void *data) {
  WalkSpec ws = {fn, NULL, data, true};
  walk_node(n, &ws);
}

void node_walk_post(const Node *n, void (*fn)(void *data, const Node *n),
                    void *data) {
  WalkSpec ws = {NULL, fn, data, false};
  walk_node(n, &ws);
}

static void walk_node(const Node *n, const WalkSpec *ws) {
  if (!n)
    return;
  if (ws->pre)
    ws->pre(ws->data, n);
  switch (n->kind) {
  case ND_COMPOSITE_LIT: walk_list(n->u.composite.elems, ws); break;
  case ND_KEY_VALUE:
    walk_node(n->u.key_value.key, ws);
    walk_node(n->u.key_value.value, ws);
    break;
  case ND_FUNC_LIT:
    if (ws->enter_func_lits)
      walk_node(n->u.func_lit.body, ws);
    break;
  case ND_PAREN: case ND_IMPLICIT_CONV: walk_node(n->u.paren.x, ws); break;
  case ND_SELECTOR: walk_node(n->u.selector.x, ws); break;
  case ND_INDEX:
    walk_node(n->u.index.x, ws);
    walk_list(n->u.index.index, ws);
    break;
  case ND_SLICE_EXPR:
    walk_node(n->u.slice.x, ws);
    walk_node(n->u.slice.low, ws);
    walk_node(n->u.slice.high, ws);
    walk_node(n->u.slice.max, ws);
    break;
  case ND_TYPE_ASSERT: walk_node(n->u.assert.x, ws); break;
  case ND_TYPE_SWITCH_GUARD: walk_node(n->u.guard.x, ws); break;
  case ND_CALL:
    walk_node(n->u.call.fun, ws);
    walk_list(n->u.call.args, ws);
    break;
  case ND_UNARY: walk_node(n->u.unary.x, ws); break;
  case ND_BINARY:
    walk_node(n->u.binary.x, ws);
    walk_node(n->u.binary.y, ws);
    break;
  case ND_BLOCK: walk_list(n->u.block.stmts, ws); break;
  case ND_EXPR_STMT: walk_node(n->u.expr_stmt.x, ws); break;
  case ND_SEND_STMT:
    walk_node(n->u.send.chan, ws);
    walk_node(n->u.send.value, ws);
    break;
  case ND_INC_DEC_STMT: walk_node(n->u.inc_dec.x, ws); break;
  case ND_ASSIGN_STMT:
    walk_list(n->u.assign.lhs, ws);
    walk_list(n->u.assign.rhs, ws);
    break;
  case ND_GO_STMT: case ND_DEFER_STMT: walk_node(n->u.go_defer.call, ws); break;
  case ND_RETURN_STMT: walk_list(n->u.return_stmt.results, ws); break;
  case ND_IF_STMT:
    walk_node(n->u.if_stmt.init, ws);
    walk_node(n->u.if_stmt.cond, ws);
    walk_node(n->u.if_stmt.then, ws);
    walk_node(n->u.if_stmt.els, ws);
    break;
  case ND_SWITCH_STMT:
    walk_node(n->u.switch_stmt.init, ws);
    walk_node(n->u.switch_stmt.tag, ws);
    walk_list(n->u.switch_stmt.clauses, ws);
    break;
  case ND_CASE_CLAUSE:
    walk_list(n->u.case_clause.list, ws);
    walk_list(n->u.case_clause.body, ws);
    break;
  case ND_SELECT_STMT: walk_list(n->u.select_stmt.clauses, ws); break;
  case ND_COMM_CLAUSE:
    walk_node(n->u.comm_clause.comm, ws);
    walk_list(n->u.comm_clause.body, ws);
    break;
  case ND_FOR_STMT:
    walk_node(n->u.for_stmt.init, ws);
    walk_node(n->u.for_stmt.cond, ws);
    walk_node(n->u.for_stmt.post, ws);
    walk_node(n->u.for_stmt.body, ws);
    break;
  case ND_RANGE_STMT:
    walk_node(n->u.range_stmt.key, ws);
    walk_node(n->u.range_stmt.value, ws);
    walk_node(n->u.range_stmt.x, ws);
    walk_node(n->u.range_stmt.body, ws);
    break;
  case ND_LABELED_STMT: walk_node(n->u.labeled.stmt, ws); break;
  case ND_DECL_STMT:
    for (const Node *s = n->u.decl_stmt.decls; s; s = s->next)
      if (s->kind == ND_VAR_SPEC)
        walk_node(s, ws);
    break;
  case ND_VAR_SPEC:
    walk_list(n->u.value_spec.names, ws);
    walk_list(n->u.value_spec.values, ws);
    break;
  default:
    break;
  }
  if (ws->post)
    ws->post(ws->data, n);
}
