/*
 * goesc.h — the map of goesc.
 *
 * goesc reads Go source and decides, as the Go compiler's escape pass does,
 * which variables and allocations stay on the stack and which move to the
 * heap.  The program is a pipeline; `main` (src/main.c) runs it as a flat
 * list of calls, one per stage:
 *
 *   read     src/source.c   file bytes -> Source (with a line table)
 *   lex      src/lex.c      Source -> Tokens, one at a time, + directives
 *   parse    src/parse.c    Tokens -> AST (Node tree of one File)
 *   print    src/ast_print.c AST -> Go source text / -dump=ast tree
 *
 * (type checking, graph building, solving and reporting land as later stages.)
 *
 * This header is sectioned by file, chibicc style: each section declares
 * what that file exports.  Every data structure of the program is here.
 */
#ifndef GOESC_H
#define GOESC_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define GOESC_VERSION "0.1.0"

/* Exit codes, as documented in the README and the man page. */
enum {
  EXIT_OK = 0,          /* everything fine */
  EXIT_INPUT_ERROR = 1, /* errors in the input program, or failed checks */
  EXIT_USAGE = 2,       /* usage or I/O error */
  EXIT_UNSUPPORTED = 3, /* input that goesc cannot analyze */
};

#if defined(__GNUC__) || defined(__clang__)
#define GOESC_PRINTF(fmt_index, first_arg) \
  __attribute__((format(printf, fmt_index, first_arg)))
#define GOESC_NORETURN __attribute__((noreturn))
#else
#define GOESC_PRINTF(fmt_index, first_arg)
#define GOESC_NORETURN
#endif

/* ===================================================================
 * arena.c — memory
 *
 * Everything goesc builds (tokens' text, AST, later types and graphs) is
 * allocated from arenas and released wholesale: a short-lived analyzer
 * never frees single objects.  xmalloc is the one checked allocation
 * function; on out-of-memory it prints a message and exits with EXIT_USAGE.
 * =================================================================== */

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
  ArenaBlock *head; /* newest block; older blocks chain behind it */
  size_t total;     /* bytes obtained from malloc, for statistics */
} Arena;

/* A saved allocation point; arena_reset returns the arena to it. */
typedef struct ArenaMark {
  ArenaBlock *block;
  size_t used;
} ArenaMark;

void *xmalloc(size_t size);
void *xrealloc(void *ptr, size_t size);
void arena_init(Arena *arena);
void *arena_alloc(Arena *arena, size_t size);   /* zeroed, 8-byte aligned */
char *arena_strndup(Arena *arena, const char *s, size_t len);
char *arena_printf(Arena *arena, const char *fmt, ...) GOESC_PRINTF(2, 3);
ArenaMark arena_mark(Arena *arena);
void arena_reset(Arena *arena, ArenaMark mark);
void arena_free(Arena *arena);
/* dst takes over src's blocks (freed with dst's; src is left empty).  New
 * allocations from dst go on in its own newest block; a mark of dst taken
 * before must not be reset to afterwards. */
void arena_adopt(Arena *dst, Arena *src);

/* Interned strings: equal names share one pointer, so scopes can compare
 * identifiers with ==.  The table lives for the whole run. */
const char *intern(const char *s, size_t len);

/* ===================================================================
 * source.c — source files, positions and error messages
 * =================================================================== */

/* A position as gc reports it: 1-based line, 1-based byte column, a tab
 * counts as one column.  line == 0 means "no position". */
typedef struct Pos {
  int32_t line;
  int32_t col;
} Pos;
/* Does a come before b (in one file)? */
bool pos_before(Pos a, Pos b);

/* A line directive (//line file:line:col, or the same in a block comment
 * starting "line "): from
 * `at` on, positions are reported as coming from `file`, counting lines
 * from `line`; `col` is the column of the character at `at` itself, and 0
 * leaves columns unknown (not printed) until the next directive. */
typedef struct LineDirective {
  Pos at;           /* where it takes effect, in the file's own lines */
  const char *file; /* the file name it gives ("" prints as ??) */
  int32_t line, col;
} LineDirective;

typedef struct LineDirectives {
  LineDirective *list; /* in the order of `at` */
  int count, capacity;
} LineDirectives;

typedef struct Source {
  const char *path; /* as given on the command line; used in messages */
  const char *text; /* the bytes, NUL-terminated (text[length] == 0) */
  size_t length;    /* byte count, not counting the terminating NUL */
  LineDirectives *lines; /* filled by the lexer */
} Source;

/* gc packs a position into 32 bits: lines from 1048574 on all print as
 * 1048574 without a column, and a column of 255 or more is "unknown" and
 * not printed.  pos_as_printed applies those rules; col 0 = no column. */
#define POS_LINE_MAX 1048574
#define POS_COLUMN_MAX 255
Pos pos_as_printed(Pos pos);

/* Record a directive (the lexer does, once per file); then the position
 * and file name gc reports for a position of the file, before
 * pos_as_printed. */
void source_add_line_directive(const Source *source, Pos at, const char *file,
                               size_t file_length, int32_t line, int32_t col);
Pos source_reported_pos(const Source *source, Pos pos, const char **path);
/* "path:line:col: " as gc prints a position of source (through its
 * //line directives; "path:line: " without a column, "path: " without
 * a line); `nowhere` is the path without a source. */
void source_print_pos(FILE *out, const Source *source, Pos pos,
                      const char *nowhere);

/* Read a whole file; NULL (and a message in *error_out) on I/O error. */
Source *source_read(const char *path, const char **error_out);
Source *source_from_memory(const char *path, const char *text, size_t length);
void source_free(Source *source);
/* The Go files of a package directory as the go command picks them (*.go
 * except *_test.go and names starting with . or _), sorted; NULL when the
 * directory cannot be read.  The strings and the array come from xmalloc. */
char **source_list_dir(const char *dir, int *count_out);

/* One error in the input program.  Errors are data: they are recorded where
 * they are detected and printed by main in order of detection. */
typedef struct Error {
  const Source *source;
  Pos pos;
  const char *message; /* gc's words, e.g. "syntax error: unexpected newline" */
  struct Error *next;
} Error;

typedef struct ErrorList {
  Error *first, *last;
  int count;         /* errors recorded */
  int limit;         /* stop recording after this many (gc: 10); 0 = none */
  bool too_many;     /* the limit was hit */
  int last_syntax_line;     /* gc reports one syntax error per line */
  const Source *last_syntax_source;
} ErrorList;

void error_list_init(ErrorList *list, int limit);
void error_at(ErrorList *list, const Source *source, Pos pos,
              const char *fmt, ...) GOESC_PRINTF(4, 5);
/* Prints "path:line:col: message" lines, then "too many errors" if needed. */
void error_list_print(const ErrorList *list, FILE *out);
void error_list_free(ErrorList *list);

/* An internal invariant failed: print where and stop (exit 3, since the
 * input hit something goesc does not handle). */
GOESC_NORETURN void internal_error(const char *file, int line,
                                   const char *fmt, ...) GOESC_PRINTF(3, 4);
#define INTERNAL_ERROR(...) internal_error(__FILE__, __LINE__, __VA_ARGS__)

/* ===================================================================
 * lex.c — the lexer
 *
 * Needs a Source; produces Tokens on demand (lex_next), with Go's automatic
 * semicolon insertion, and records the comments later stages read
 * (directives and "// ERROR" annotations) in a list.
 * =================================================================== */

/* X-macro: kind, spelling.  The spelling is what error messages print. */
#define TOKEN_LIST(X) \
  X(TK_EOF, "EOF")              /* end of file */                   \
  X(TK_IDENT, "name")           /* identifier */                    \
  X(TK_INT, "literal")          /* 42 0x2A 0o52 0b101010 1_000 */   \
  X(TK_FLOAT, "literal")        /* 1.5 1e9 0x1p-2 */                \
  X(TK_IMAG, "literal")         /* 2i 1.5i */                       \
  X(TK_CHAR, "literal")         /* 'a' '\n' */                      \
  X(TK_STRING, "literal")       /* "abc" `raw` */                   \
  /* operators and punctuation */                                   \
  X(TK_ADD, "+")                                                    \
  X(TK_SUB, "-")                                                    \
  X(TK_MUL, "*")                                                    \
  X(TK_QUO, "/")                                                    \
  X(TK_REM, "%")                                                    \
  X(TK_AND, "&")                                                    \
  X(TK_OR, "|")                                                     \
  X(TK_XOR, "^")                                                    \
  X(TK_SHL, "<<")                                                   \
  X(TK_SHR, ">>")                                                   \
  X(TK_AND_NOT, "&^")                                               \
  X(TK_ADD_ASSIGN, "+=")                                            \
  X(TK_SUB_ASSIGN, "-=")                                            \
  X(TK_MUL_ASSIGN, "*=")                                            \
  X(TK_QUO_ASSIGN, "/=")                                            \
  X(TK_REM_ASSIGN, "%=")                                            \
  X(TK_AND_ASSIGN, "&=")                                            \
  X(TK_OR_ASSIGN, "|=")                                             \
  X(TK_XOR_ASSIGN, "^=")                                            \
  X(TK_SHL_ASSIGN, "<<=")                                           \
  X(TK_SHR_ASSIGN, ">>=")                                           \
  X(TK_AND_NOT_ASSIGN, "&^=")                                       \
  X(TK_LAND, "&&")                                                  \
  X(TK_LOR, "||")                                                   \
  X(TK_ARROW, "<-")                                                 \
  X(TK_INC, "++")                                                   \
  X(TK_DEC, "--")                                                   \
  X(TK_EQL, "==")                                                   \
  X(TK_LSS, "<")                                                    \
  X(TK_GTR, ">")                                                    \
  X(TK_ASSIGN, "=")                                                 \
  X(TK_NOT, "!")                                                    \
  X(TK_TILDE, "~")                                                  \
  X(TK_NEQ, "!=")                                                   \
  X(TK_LEQ, "<=")                                                   \
  X(TK_GEQ, ">=")                                                   \
  X(TK_DEFINE, ":=")                                                \
  X(TK_ELLIPSIS, "...")                                             \
  X(TK_LPAREN, "(")                                                 \
  X(TK_LBRACK, "[")                                                 \
  X(TK_LBRACE, "{")                                                 \
  X(TK_COMMA, "comma")                                              \
  X(TK_PERIOD, ".")                                                 \
  X(TK_RPAREN, ")")                                                 \
  X(TK_RBRACK, "]")                                                 \
  X(TK_RBRACE, "}")                                                 \
  X(TK_SEMICOLON, "semicolon")  /* explicit or inserted, see Token */ \
  X(TK_COLON, ":")                                                  \
  /* keywords */                                                    \
  X(TK_BREAK, "break")                                              \
  X(TK_CASE, "case")                                                \
  X(TK_CHAN, "chan")                                                \
  X(TK_CONST, "const")                                              \
  X(TK_CONTINUE, "continue")                                        \
  X(TK_DEFAULT, "default")                                          \
  X(TK_DEFER, "defer")                                              \
  X(TK_ELSE, "else")                                                \
  X(TK_FALLTHROUGH, "fallthrough")                                  \
  X(TK_FOR, "for")                                                  \
  X(TK_FUNC, "func")                                                \
  X(TK_GO, "go")                                                    \
  X(TK_GOTO, "goto")                                                \
  X(TK_IF, "if")                                                    \
  X(TK_IMPORT, "import")                                            \
  X(TK_INTERFACE, "interface")                                      \
  X(TK_MAP, "map")                                                  \
  X(TK_PACKAGE, "package")                                          \
  X(TK_RANGE, "range")                                              \
  X(TK_RETURN, "return")                                            \
  X(TK_SELECT, "select")                                            \
  X(TK_STRUCT, "struct")                                            \
  X(TK_SWITCH, "switch")                                            \
  X(TK_TYPE, "type")                                                \
  X(TK_VAR, "var")

typedef enum TokenKind {
#define X(kind, spelling) kind,
  TOKEN_LIST(X)
#undef X
  TK_COUNT
} TokenKind;

/* Why a TK_SEMICOLON is there: gc's messages say "unexpected newline" for
 * an inserted one and "unexpected semicolon" for a written one. */
typedef enum SemicolonKind {
  SEMI_WRITTEN,  /* ";" in the source */
  SEMI_NEWLINE,  /* inserted at a newline (or at a comment spanning one) */
  SEMI_EOF,      /* inserted at end of file */
} SemicolonKind;

typedef struct Token {
  TokenKind kind;
  Pos pos;            /* first byte of the token */
  const char *text;   /* the token's bytes in the source (not NUL-terminated) */
  uint32_t length;    /* byte count of text */
  SemicolonKind semi; /* for TK_SEMICOLON only */
  bool bad;           /* a literal with an error already reported */
} Token;

/* Comments that later stages read; all other comments are dropped. */
typedef enum CommentKind {
  COMMENT_GO_DIRECTIVE,    /* //go:noinline, //go:build, //go:noescape ... */
  COMMENT_GOESC_DIRECTIVE, /* //goesc:... (the standard-library model) */
  COMMENT_ERROR,           /* // ERROR "regexp" ... (errorcheck tests) */
  COMMENT_LINE_DIRECTIVE,  /* //line file:line[:col] */
} CommentKind;

typedef struct Comment {
  CommentKind kind;
  Pos pos;              /* position of the leading "//" */
  const char *text;     /* the whole comment, "//" included, no newline */
  uint32_t length;
  struct Comment *next;
} Comment;

typedef struct Lexer {
  const Source *source;
  ErrorList *errors;
  Arena *arena;           /* for Comment records */
  const char *cursor;     /* next byte to read */
  const char *line_start; /* first byte of the current line (for columns) */
  int32_t line;
  bool semicolon_pending; /* last token allows an inserted semicolon */
  Comment *comments, *comments_last; /* recorded comments, in order */
} Lexer;

void lex_init(Lexer *lexer, const Source *source, ErrorList *errors,
              Arena *arena);
/* Scan the next token into *token.  After TK_EOF it keeps returning TK_EOF. */
void lex_next(Lexer *lexer, Token *token);
const char *token_spelling(TokenKind kind);
/* Decode the value of a string or rune literal token into a fresh arena
 * string (escapes resolved, raw-string carriage returns removed). */
char *lex_string_value(Arena *arena, const char *text, size_t length,
                       size_t *length_out);
bool lex_is_keyword(const char *name, size_t length);

/* ===================================================================
 * parse.c — the parser
 *
 * Needs a Source; produces the AST of one File.  Recursive descent over
 * the Go 1.26 grammar; each function is named after the production it
 * parses and carries that production in a comment.
 *
 * The AST: one node kind per construct.  Every node records `pos`, the
 * position gc reports for it (gc's syntax package convention: a binary
 * expression is at its operator, a call at its "(", a selector at its ".",
 * a composite literal at its "{", a declaration at its name ...), and
 * `end`, the position just past its last byte.  Lists are chained through
 * `next`.  Identifiers are interned.
 * =================================================================== */

#define NODE_KIND_LIST(X) \
  /* expressions */                                                   \
  X(ND_BAD, "Bad")               /* placeholder after a syntax error */ \
  X(ND_NAME, "Name")             /* identifier: name */             \
  X(ND_BASIC_LIT, "BasicLit")    /* literal: lit_kind, text */      \
  X(ND_COMPOSITE_LIT, "CompositeLit") /* T{elems} */                \
  X(ND_KEY_VALUE, "KeyValue")    /* key: value inside a literal */   \
  X(ND_FUNC_LIT, "FuncLit")      /* func(...) {...} */               \
  X(ND_PAREN, "Paren")           /* (x) */                           \
  X(ND_SELECTOR, "Selector")     /* x.sel */                         \
  X(ND_INDEX, "Index")           /* x[i], f[T1, T2] */               \
  X(ND_SLICE_EXPR, "SliceExpr")  /* x[lo:hi], x[lo:hi:max] */        \
  X(ND_TYPE_ASSERT, "TypeAssert") /* x.(T) */                        \
  X(ND_TYPE_SWITCH_GUARD, "TypeSwitchGuard") /* [v :=] x.(type) */  \
  X(ND_CALL, "Call")             /* f(args), f(args...) */           \
  X(ND_UNARY, "Unary")           /* op x: + - ! ^ & <- ~ ; and *x */  \
  X(ND_BINARY, "Binary")         /* x op y */                        \
  X(ND_IMPLICIT_CONV, "ImplicitConv") /* checker: u.paren.x converted to Node.type */ \
  /* types (in expression positions too) */                           \
  X(ND_ARRAY_TYPE, "ArrayType")  /* [len]T; len ND_ELLIPSIS for [...]T */ \
  X(ND_SLICE_TYPE, "SliceType")  /* []T */                           \
  X(ND_STRUCT_TYPE, "StructType") /* struct{fields} */               \
  X(ND_FUNC_TYPE, "FuncType")    /* func(params) results */          \
  X(ND_INTERFACE_TYPE, "InterfaceType") /* interface{elems} */       \
  X(ND_MAP_TYPE, "MapType")      /* map[K]V */                       \
  X(ND_CHAN_TYPE, "ChanType")    /* chan T, chan<- T, <-chan T */     \
  X(ND_ELLIPSIS, "Ellipsis")     /* ...T in a parameter list */       \
  X(ND_FIELD, "Field")           /* names Type [tag]; param; method  */ \
  /* statements */                                                    \
  X(ND_EMPTY_STMT, "EmptyStmt")  /* ; */                              \
  X(ND_BLOCK, "Block")           /* { stmts } */                     \
  X(ND_EXPR_STMT, "ExprStmt")    /* x */                             \
  X(ND_SEND_STMT, "SendStmt")    /* ch <- v */                       \
  X(ND_INC_DEC_STMT, "IncDecStmt") /* x++ x-- */                     \
  X(ND_ASSIGN_STMT, "AssignStmt") /* lhs = rhs, lhs op= rhs, lhs := rhs */ \
  X(ND_GO_STMT, "GoStmt")        /* go call */                       \
  X(ND_DEFER_STMT, "DeferStmt")  /* defer call */                    \
  X(ND_RETURN_STMT, "ReturnStmt") /* return results */               \
  X(ND_BRANCH_STMT, "BranchStmt") /* break/continue/goto/fallthrough */ \
  X(ND_IF_STMT, "IfStmt")        /* if init; cond {} else ... */     \
  X(ND_SWITCH_STMT, "SwitchStmt") /* switch init; tag { clauses } */ \
  X(ND_CASE_CLAUSE, "CaseClause") /* case list: body / default: */  \
  X(ND_SELECT_STMT, "SelectStmt") /* select { clauses } */           \
  X(ND_COMM_CLAUSE, "CommClause") /* case comm: body / default: */  \
  X(ND_FOR_STMT, "ForStmt")      /* for init; cond; post {} */       \
  X(ND_RANGE_STMT, "RangeStmt")  /* for k, v := range x {} */       \
  X(ND_LABELED_STMT, "LabeledStmt") /* label: stmt */               \
  X(ND_DECL_STMT, "DeclStmt")    /* const/var/type inside a body */  \
  /* declarations */                                                  \
  X(ND_IMPORT_SPEC, "ImportSpec") /* import name "path" */           \
  X(ND_CONST_SPEC, "ConstSpec")  /* names [Type] [= values] */       \
  X(ND_VAR_SPEC, "VarSpec")      /* names [Type] [= values] */       \
  X(ND_TYPE_SPEC, "TypeSpec")    /* name [tparams] [=] Type */       \
  X(ND_FUNC_DECL, "FuncDecl")    /* func (recv) name[tparams](...) {} */ \
  X(ND_FILE, "File")             /* package name; decls */

typedef enum NodeKind {
#define X(kind, name) kind,
  NODE_KIND_LIST(X)
#undef X
  ND_COUNT
} NodeKind;

/* Kind of an ND_BASIC_LIT. */
typedef enum LiteralKind {
  LIT_INT,
  LIT_FLOAT,
  LIT_IMAG,
  LIT_RUNE,
  LIT_STRING,
} LiteralKind;

/* Direction of an ND_CHAN_TYPE. */
typedef enum ChanDir {
  CHAN_BOTH, /* chan T */
  CHAN_SEND, /* chan<- T */
  CHAN_RECV, /* <-chan T */
} ChanDir;

/* //go: pragmas that matter to escape analysis and inlining, as a bit set
 * on ND_FUNC_DECL (and for the whole list, see File.comments). */
enum {
  PRAGMA_NOINLINE = 1 << 0,
  PRAGMA_NOESCAPE = 1 << 1,
  PRAGMA_NOSPLIT = 1 << 2,
  PRAGMA_NORACE = 1 << 3,
  PRAGMA_NOCHECKPTR = 1 << 4,
  PRAGMA_UINTPTRESCAPES = 1 << 5,
  PRAGMA_UINTPTRKEEPALIVE = 1 << 6,
  PRAGMA_LINKNAME = 1 << 7,
  PRAGMA_NOWRITEBARRIER = 1 << 8,
  PRAGMA_YESWRITEBARRIERREC = 1 << 9,
  PRAGMA_NOWRITEBARRIERREC = 1 << 10,
  PRAGMA_SYSTEMSTACK = 1 << 11,
  PRAGMA_REGISTERPARAMS = 1 << 12,
};

typedef struct Node Node;
struct Type;   /* types.h: a Go type */
struct Object; /* types.h: what a name denotes */

struct Node {
  NodeKind kind;
  Pos pos;    /* position gc reports for this node */
  Pos end;    /* position just past the node's last byte */
  /* ND_FUNC_DECL: PRAGMA_* bits from the //go: lines above it.  Kept here,
   * where the alignment of `next` leaves four bytes free anyway, so that
   * the union below stays at 40 bytes: every walk of a big tree reads
   * fewer cache lines. */
  uint32_t pragmas;
  Node *next; /* next node in the list this node belongs to */
  struct Type *type; /* set by the checker: the expression's type */

  /* Fields by kind.  Lists are the first node of a `next` chain. */
  union {
    struct {                                              /* ND_NAME */
      const char *name;       /* interned */
      struct Object *object;  /* set by the checker: what it denotes */
    } name;
    struct {                                              /* ND_BASIC_LIT */
      LiteralKind kind;
      const char *text;   /* source spelling, not NUL-terminated */
      uint32_t length;
      bool bad;           /* malformed (error already reported) */
      bool lowest_prec;   /* diagnostics: gc's inlined call (OINLCALL),
                             parenthesized as an operand */
    } lit;
    struct {                                              /* ND_COMPOSITE_LIT */
      Node *type;         /* NULL when elided inside an outer literal */
      Node *elems;        /* list: expressions or ND_KEY_VALUE */
      int count;          /* number of elements */
      Pos rbrace;
    } composite;
    struct { Node *key, *value; } key_value;              /* ND_KEY_VALUE */
    struct {                                              /* ND_FUNC_LIT */
      Node *type, *body;
      bool range_body; /* the closure of a range-over-func loop's body
                          (escape_rangefunc.c): gc names it f-rangeN */
    } func_lit;
    struct { Node *x; } paren;                            /* ND_PAREN */
    struct { Node *x, *sel; } selector;                   /* ND_SELECTOR; sel is ND_NAME */
    struct { Node *x, *index; } index;                    /* ND_INDEX; index is a list (>1 for instantiation) */
    struct { Node *x, *low, *high, *max; bool full; } slice; /* ND_SLICE_EXPR; full = 3-index */
    struct { Node *x, *type; } assert;                    /* ND_TYPE_ASSERT */
    struct { Node *lhs, *x; } guard;                      /* ND_TYPE_SWITCH_GUARD; lhs ND_NAME or NULL */
    struct { Node *fun, *args; bool has_dots; } call;     /* ND_CALL */
    struct { TokenKind op; Node *x; } unary;              /* ND_UNARY; op TK_MUL for *x */
    struct {                                              /* ND_BINARY */
      TokenKind op;
      Node *x, *y;
      bool concat; /* diagnostics: a string concatenation, gc's OADDSTR,
                      printed at the lowest precedence, operands too */
    } binary;

    struct { Node *len, *elem; } array;                   /* ND_ARRAY_TYPE */
    struct { Node *elem; } slice_type;                    /* ND_SLICE_TYPE */
    struct { Node *fields; } struct_type;                 /* ND_STRUCT_TYPE: list of ND_FIELD */
    struct {                                              /* ND_FUNC_TYPE */
      Node *params;   /* list of ND_FIELD */
      Node *results;  /* list of ND_FIELD */
    } func_type;
    struct { Node *elems; } interface_type;               /* ND_INTERFACE_TYPE: list of ND_FIELD
                                                             (methods: name + FuncType; embedded/unions: type only) */
    struct { Node *key, *value; } map_type;               /* ND_MAP_TYPE */
    struct { ChanDir dir; Node *elem; } chan_type;        /* ND_CHAN_TYPE */
    struct { Node *elem; } ellipsis;                      /* ND_ELLIPSIS; elem NULL in [...]T */
    struct {                                              /* ND_FIELD */
      Node *names;    /* list of ND_NAME, NULL if anonymous/embedded */
      Node *type;
      Node *tag;      /* ND_BASIC_LIT string or NULL */
      bool embedded;  /* struct field declared without a name */
    } field;

    struct { Node *stmts; Pos rbrace; } block;            /* ND_BLOCK */
    struct { Node *x; } expr_stmt;                        /* ND_EXPR_STMT */
    struct { Node *chan, *value; } send;                  /* ND_SEND_STMT */
    struct { TokenKind op; Node *x; } inc_dec;            /* ND_INC_DEC_STMT: TK_INC/TK_DEC */
    struct {                                              /* ND_ASSIGN_STMT */
      TokenKind op;   /* TK_ASSIGN, TK_DEFINE or TK_ADD_ASSIGN ... */
      Node *lhs, *rhs; /* lists */
    } assign;
    struct {                                              /* ND_GO_STMT, ND_DEFER_STMT */
      Node *call;
      Node *at; /* a defer in a range-over-func body: gc's #defers token,
                   which attaches it to the enclosing function */
    } go_defer;
    struct { Node *results; } return_stmt;                /* ND_RETURN_STMT */
    struct { TokenKind op; Node *label; } branch;         /* ND_BRANCH_STMT: TK_BREAK ...; label ND_NAME or NULL */
    struct { Node *init, *cond, *then, *els; } if_stmt;   /* ND_IF_STMT; els ND_IF_STMT or ND_BLOCK */
    struct {                                              /* ND_SWITCH_STMT */
      Node *init;
      Node *tag;      /* expression, ND_TYPE_SWITCH_GUARD, or NULL */
      Node *clauses;  /* list of ND_CASE_CLAUSE */
      Pos rbrace;
    } switch_stmt;
    struct { Node *list, *body; bool is_default; Pos colon; } case_clause; /* ND_CASE_CLAUSE */
    struct { Node *clauses; Pos rbrace; } select_stmt;    /* ND_SELECT_STMT */
    struct { Node *comm, *body; bool is_default; Pos colon; } comm_clause; /* ND_COMM_CLAUSE; comm is a send/receive stmt */
    struct { Node *init, *cond, *post, *body; } for_stmt; /* ND_FOR_STMT */
    struct {                                              /* ND_RANGE_STMT */
      Node *key, *value; /* either may be NULL */
      TokenKind op;      /* TK_DEFINE, TK_ASSIGN, or TK_EOF when no key */
      Node *x, *body;
    } range_stmt;
    struct { Node *label, *stmt; } labeled;               /* ND_LABELED_STMT */
    struct { Node *decls; } decl_stmt;                    /* ND_DECL_STMT: list of specs */

    struct { Node *name, *path; } import_spec;            /* ND_IMPORT_SPEC; name ND_NAME ("." or "_" too) or NULL */
    struct {                                              /* ND_CONST_SPEC, ND_VAR_SPEC */
      Node *names;    /* list of ND_NAME */
      Node *type;     /* or NULL */
      Node *values;   /* list, or NULL */
      int group;      /* parenthesized group number in this file, 0 if none */
      int iota;       /* ND_CONST_SPEC: index of the spec within its group */
    } value_spec;
    struct {                                              /* ND_TYPE_SPEC */
      Node *name;
      Node *tparams;  /* list of ND_FIELD, or NULL */
      Node *type;
      bool alias;     /* type A = B */
      int group;
    } type_spec;
    struct {                                              /* ND_FUNC_DECL */
      Node *recv;     /* ND_FIELD or NULL */
      Node *name;
      Node *tparams;  /* list of ND_FIELD, or NULL */
      Node *type;     /* ND_FUNC_TYPE */
      Node *body;     /* ND_BLOCK, or NULL for a bodyless declaration */
    } func_decl;
    struct {                                              /* ND_FILE */
      Node *package_name;
      Node *decls;     /* list: specs and ND_FUNC_DECL, in source order */
      Comment *comments; /* directives and ERROR annotations */
      const Source *source;
      size_t node_count; /* nodes the parser made for this file: sizes
                            the checker's side table up front */
    } file;
  } u;
};

/* Parse one file.  Syntax errors go to `errors`; the tree is returned even
 * then (with ND_BAD nodes where parsing failed).  All nodes come from
 * `arena`. */
Node *parse_file(const Source *source, ErrorList *errors, Arena *arena);
const char *node_kind_name(NodeKind kind);
/* The leftmost position of a node (gc's syntax.StartPos). */
Pos node_start(const Node *node);
/* Call fn on n and, in pre-order, on every expression and statement under
 * it, func literal bodies included (types are not visited). */
void node_walk(const Node *n, void (*fn)(void *data, const Node *n),
               void *data);
/* Call fn on every expression and statement under n and then on n:
 * children first, in source order, func literal bodies left out. */
void node_walk_post(const Node *n, void (*fn)(void *data, const Node *n),
                    void *data);

/* ===================================================================
 * ast_print.c — printing the tree
 *
 * ast_print_expr renders an expression as gc prints it in diagnostics
 * (gc abbreviates composite literals to "T{...}" and func literals to
 * "func literal"); ast_print_source prints a whole file back as Go source
 * (parse -> print -> parse gives the same tree); ast_dump prints the tree
 * structure for -dump=ast.
 * =================================================================== */

typedef struct StrBuf {
  char *data;
  size_t length, capacity;
} StrBuf;

void strbuf_append(StrBuf *buf, const char *s, size_t length);
void strbuf_puts(StrBuf *buf, const char *s);
void strbuf_printf(StrBuf *buf, const char *fmt, ...) GOESC_PRINTF(2, 3);
void strbuf_free(StrBuf *buf);

void ast_print_expr(StrBuf *out, const Node *expr);
/* strconv.Quote of n bytes; `shorten`: as go/constant shortens a string
 * constant's text, to 72 runes ending "...". */
void ast_quote_string(StrBuf *out, const char *s, size_t n, bool shorten);
/* The text gc prints after "can inline f with cost N as: " at -m=2: the
 * type and the statements of `func` (ND_FUNC_DECL or ND_FUNC_LIT, checked
 * as part of `pkg`) as gc's IR printer shows them, in `arena`, with
 * `names` (may be NULL) for the names of generic code; with
 * `wrapped` (a go or defer statement of func), the body of the closure gc
 * wraps its call in (f.gowrap1).  "" when the body holds something goesc
 * does not know how gc prints. */
struct Package;
struct Type;
/* What the body printer asks its caller about generic code, whose names
 * it cannot make alone (they depend on gc's shapes and on the numbers it
 * gives types declared in bodies). */
typedef struct AstGenericNames {
  void *data;
  /* gc's name of t, an instance of a generic type (Box[main.S]) or a
   * type parameter (in a shape instance: its shape, go.shape.int), or
   * NULL */
  const char *(*type_name)(void *data, struct Type *t);
  /* A call of a generic function or method, fun its operand (F[int],
   * F, x.M): the shape instance gc calls (F[go.shape.int],
   * (*T[go.shape.int]).M) and its dictionary (.dict.F[int]); false when
   * not known. */
  bool (*call_text)(void *data, const Node *fun, const char **callee,
                    const char **dict);
  /* the function printed is generic, printed as the shape instance
   * whose shapes type_name spells */
  bool shape_instance;
  /* a closure or go/defer wrapper printed is in a shape instance of this
   * generic function declaration (whose dictionary it uses), or NULL */
  const Node *instance_decl;
  /* In a shape instance's body (its closures' too): t with its type
   * parameters replaced by their shapes, whose layout unsafe.Sizeof and
   * the like fold to and whose element types string(x) converts
   * through; NULL when not known (or no shapes: field left NULL). */
  struct Type *(*shape_type)(void *data, struct Type *t);
} AstGenericNames;
const char *ast_print_inline_body(Arena *arena, const struct Package *pkg,
                                  const AstGenericNames *names,
                                  const Node *func, const Node *wrapped);
/* A dictionary wrapper of a generic function or method (F[int],
 * (*T[int]).M): its types, instantiated, and the names of what it calls. */
typedef struct AstWrapper {
  struct Type *recv;        /* a method's receiver type, or NULL */
  struct Type *sig;         /* its signature */
  struct Type *generic_sig; /* the generic one's (the parameters' names) */
  const char *callee;       /* the shape instance: F[go.shape.int] */
  const char *dict;         /* the dictionary: .dict.F[int] */
} AstWrapper;
/* The text gc prints after "as:" for a dictionary wrapper (its body
 * calls the shape instance); "" when a type cannot be spelled. */
const char *ast_print_wrapper_body(Arena *arena, const struct Package *pkg,
                                   const AstGenericNames *names,
                                   const AstWrapper *w);
void ast_print_source(StrBuf *out, const Node *file);
void ast_dump(FILE *out, const Node *node);

/* ===================================================================
 * import_source.c — the Go source of imported packages
 *
 * Escape analysis instantiates an imported generic function from its
 * body, as gc does: the package's source under $GOROOT/src, parsed and
 * checked on first need (check_source_package in types.h).
 * =================================================================== */

typedef struct ImportSource {
  const char *path;         /* import path: "slices" */
  const char *dir;          /* where its source was looked for */
  const struct Package *importer; /* whose side table holds its facts */
  struct Package *pkg;      /* checked, or NULL on failure */
  Node **files;             /* its files, build constraints applied */
  int file_count;
  const char *failure;      /* why it could not be read, or NULL */
} ImportSource;

/* $GOROOT, else the directory above $PATH's bin/go, else /usr/local/go. */
const char *import_source_goroot(void);
/* Package `path` from source, read once per run (check its failure). */
ImportSource *import_source_load(const char *path, struct Package *importer);
/* Forget every package read (their syntax, sources and checked objects'
 * files): a run that analyzes one package after another (the fuzzer,
 * tests) calls it between them, once nothing points into them. */
void import_source_release(void);

#endif /* GOESC_H */
