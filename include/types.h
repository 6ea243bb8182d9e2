/*
 * types.h — the map of goesc's types layer.
 *
 * The checker turns a parsed package into a typed one.  After it has run,
 * every expression Node has its Go type in Node.type, every ND_NAME has the
 * Object it denotes in Node.u.name.object, every implicit operation the
 * escape pass must see is explicit (ND_IMPLICIT_CONV nodes, and the facts in
 * ExprInfo), and every type knows its size, alignment and field offsets
 * exactly as gc computes them for linux/amd64.
 *
 *   check_const.c  exact constant arithmetic (big integers, rationals)
 *   types.c        types, objects, scopes: construction, identity,
 *                  printing in types2's style, layout (sizes, offsets)
 *   universe.c     the universe scope and package unsafe; the tiny built-in
 *                  model of imported packages (check_import's data)
 *   check.c        the checker's driver: packages, declarations, cycles,
 *                  errors, imports, -dump=types
 *   check_type.c   type expressions, method sets, lookup, generics
 *   check_expr.c   expressions, conversions, assignability, builtins, calls
 *   check_stmt.c   statements and function bodies
 *
 * Sectioned by file like goesc.h.  Every data structure of the layer is here.
 */
#ifndef GOESC_TYPES_H
#define GOESC_TYPES_H

#include "goesc.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct Scope Scope;
typedef struct Package Package;
typedef struct Value Value;

/* ===================================================================
 * check_const.c — exact constant values
 *
 * Untyped constants obey exact arithmetic.  Integers are arbitrary-
 * precision (BigInt); floating-point constants are exact rationals of two
 * BigInts, which is *more* exact than gc for + - * / (gc keeps 512-bit
 * floats) and equal to it for every ordinary literal.  Limits, honestly:
 * functions that are not rational (none are allowed in Go constants) cannot
 * occur; a rational whose numerator or denominator would exceed
 * VALUE_MAX_BITS bits is reported as an overflow, as gc does for its own
 * (lower) limits.  Conversion to float32/float64 rounds correctly
 * (nearest-even), so folded values print as gc prints them.
 * =================================================================== */

/* A big integer: sign and magnitude, 32-bit limbs, least significant first.
 * len == 0 is zero.  Limbs come from the types arena and are never freed. */
typedef struct BigInt {
  bool neg;
  int32_t len;
  uint32_t *limb;
} BigInt;

/* A rational num/den with den > 0, in lowest terms. */
typedef struct Rat {
  BigInt num, den;
} Rat;

typedef enum ValueKind {
  VAL_UNKNOWN, /* the value of an erroneous expression */
  VAL_BOOL,    /* b */
  VAL_STRING,  /* str, str_len */
  VAL_INT,     /* i */
  VAL_FLOAT,   /* re (a rational) */
  VAL_COMPLEX, /* re + im i */
} ValueKind;

struct Value {
  ValueKind kind;
  bool b;
  const char *str; /* bytes, not NUL-terminated (may contain NUL) */
  size_t str_len;
  BigInt i;
  Rat re, im;
};

#define VALUE_MAX_BITS 16384

const Value *value_unknown(void);
const Value *value_bool(bool b);
const Value *value_string(const char *s, size_t len);
const Value *value_int64(int64_t v);
const Value *value_uint64(uint64_t v);
const Value *value_from_bigint(BigInt v);
const Value *value_from_double(double v); /* exact: a double is a rational */
/* Parse a Go literal's source text (int, float, imaginary, rune, string). */
const Value *value_from_literal(LiteralKind kind, const char *text,
                                size_t length);

/* Representations: int -> float -> complex.  value_to_* return NULL when the
 * value cannot be represented in that kind (e.g. 1.5 as an int). */
const Value *value_to_int(const Value *v);
const Value *value_to_float(const Value *v);
const Value *value_to_complex(const Value *v);

bool value_is_int(const Value *v); /* an integer value of any kind */
bool value_sign_negative(const Value *v);
bool value_get_int64(const Value *v, int64_t *out);   /* false if out of range */
bool value_get_uint64(const Value *v, uint64_t *out); /* false if out of range */
double value_to_double(const Value *v);           /* nearest (re part) */
int value_bitlen(const Value *v); /* bit length of an int's magnitude */

/* Arithmetic on values of matching kind (after value_match).  op is a
 * TokenKind: TK_ADD ... TK_AND_NOT, TK_SHL/TK_SHR (y an int), comparisons.
 * `integer_division`: TK_QUO truncates (both operands integers, typed or
 * untyped int).  Returns NULL on division by zero; sets *overflow when the
 * result exceeds VALUE_MAX_BITS. */
const Value *value_binary(TokenKind op, const Value *x, const Value *y,
                          bool integer_division, bool *overflow);
const Value *value_shift(TokenKind op, const Value *x, uint64_t count,
                         bool *overflow);
bool value_compare(TokenKind op, const Value *x, const Value *y);
/* Unary + - ^ !.  For ^ on an unsigned typed operand, `unsigned_bits` is
 * the type's width (the complement is taken within it); 0 otherwise. */
const Value *value_unary(TokenKind op, const Value *x, int unsigned_bits);
/* Bring x and y to the same (larger) kind. */
void value_match(const Value **x, const Value **y);

/* Round a float value to float32 (bits 32) or float64 (bits 64); NULL when
 * it overflows.  The result is the exact rational of the rounded number. */
const Value *value_round_float(const Value *v, int bits);

/* Print as go/constant's String does (used in messages): ints in full,
 * floats with 6 significant digits, strings quoted and shortened. */
void value_print(StrBuf *out, const Value *v);
/* strconv.Quote of a byte string (for tags and string constants). */
void value_quote(StrBuf *out, const char *s, size_t n);
/* Exact decimal text of an int value (value_print for other kinds). */
void value_print_exact(StrBuf *out, const Value *v);

/* BigInt helpers the checker uses for array lengths and shifts. */
BigInt bigint_from_u64(uint64_t v);
int bigint_cmp(BigInt a, BigInt b); /* -1, 0, 1 */

/* ===================================================================
 * types.c — types, objects and scopes
 * =================================================================== */

/* The types arena: every Type, Object, Scope and Value lives in it and is
 * released only by types_release (at exit, or between unit tests). */
void *types_alloc(size_t size); /* zeroed */
char *types_strdup(const char *s, size_t len);
void types_release(void);

typedef enum TypeKind {
  /* Basic types.  The order matters: kind ranges are tested below. */
  TY_INVALID,           /* the type of an erroneous expression */
  TY_BOOL,              /* bool */
  TY_INT,               /* int */
  TY_INT8,              /* int8 */
  TY_INT16,             /* int16 */
  TY_INT32,             /* int32 (and rune) */
  TY_INT64,             /* int64 */
  TY_UINT,              /* uint */
  TY_UINT8,             /* uint8 (and byte) */
  TY_UINT16,            /* uint16 */
  TY_UINT32,            /* uint32 */
  TY_UINT64,            /* uint64 */
  TY_UINTPTR,           /* uintptr */
  TY_FLOAT32,           /* float32 */
  TY_FLOAT64,           /* float64 */
  TY_COMPLEX64,         /* complex64 */
  TY_COMPLEX128,        /* complex128 */
  TY_STRING,            /* string */
  TY_UNSAFE_POINTER,    /* unsafe.Pointer */
  TY_UNTYPED_BOOL,      /* untyped bool: true, x == y */
  TY_UNTYPED_INT,       /* untyped int: 42 */
  TY_UNTYPED_RUNE,      /* untyped rune: 'a' */
  TY_UNTYPED_FLOAT,     /* untyped float: 1.5 */
  TY_UNTYPED_COMPLEX,   /* untyped complex: 2i */
  TY_UNTYPED_STRING,    /* untyped string: "s" */
  TY_UNTYPED_NIL,       /* untyped nil */
  /* Composite types. */
  TY_POINTER,           /* *elem */
  TY_ARRAY,             /* [len]elem */
  TY_SLICE,             /* []elem */
  TY_MAP,               /* map[key]elem */
  TY_CHAN,              /* chan elem, with a direction */
  TY_FUNC,              /* a signature: func(params) results */
  TY_STRUCT,            /* struct{fields} */
  TY_INTERFACE,         /* interface{methods; embedded; terms} */
  TY_TUPLE,             /* parameter/result lists, multi-value results */
  TY_UNION,             /* ~T1 | T2: only inside constraint interfaces */
  TY_NAMED,             /* a defined type (or an instance of a generic one) */
  TY_TYPEPARAM,         /* a type parameter */
} TypeKind;

/* One term of a union or of an interface's type set: ~T or T. */
typedef struct Term {
  bool tilde;
  Type *type;
} Term;

/* The computed type set of an interface: its full method set (sorted by
 * name, embedded interfaces flattened) and its terms (all == every type). */
typedef struct TypeSet {
  Object **methods;
  int method_count;
  bool all;          /* no type restriction (only methods, maybe comparable) */
  Term *terms;       /* when !all: the union of these terms */
  int term_count;
  bool comparable;   /* embeds comparable */
} TypeSet;

struct Type {
  TypeKind kind;
  /* Layout, computed on demand by types_layout (size -1 = not yet). */
  int64_t size;
  int32_t align;
  bool has_pointers;
  bool layout_busy;   /* cycle guard while computing */
  union {
    struct { const char *name; } basic;           /* "int", "byte", "untyped int" */
    struct { Type *elem; } pointer;               /* TY_POINTER */
    struct { Type *elem; int64_t len; } array;    /* TY_ARRAY; len -1 while unknown */
    struct { Type *elem; } slice;                 /* TY_SLICE */
    struct { Type *key, *elem; } map;             /* TY_MAP */
    struct { Type *elem; ChanDir dir; } chan;     /* TY_CHAN */
    struct {                                      /* TY_FUNC */
      Object *recv;      /* the receiver variable of a method, or NULL */
      Type *params;      /* TY_TUPLE (never NULL) */
      Type *results;     /* TY_TUPLE (never NULL) */
      bool variadic;     /* the last parameter is ...T (its type is []T) */
      Type **tparams;    /* type parameters of a generic function */
      int tparam_count;
      Type **rtparams;   /* a generic type's method: its receiver's params */
      int rtparam_count;
      Scope *scope;      /* type parameters and parameters (declarations) */
    } func;
    struct {                                      /* TY_STRUCT */
      Object **fields;   /* OBJ_VAR with is_field; offset set by layout */
      int field_count;
    } strct;
    struct {                                      /* TY_INTERFACE */
      Object **methods;  /* explicitly declared methods, in source order */
      int method_count;
      Type **embedded;   /* embedded interfaces, unions, types */
      int embedded_count;
      bool implicit;     /* [T ~int] written without interface{} */
      bool is_any;       /* the universe's `any`: printed as "any" */
      bool is_comparable;/* underlying of universe comparable */
      TypeSet *set;      /* computed on demand by types_type_set */
      bool set_busy;
    } iface;
    struct { Object **vars; int count; } tuple;  /* TY_TUPLE: OBJ_VAR */
    struct { Term *terms; int count; } uni;       /* TY_UNION */
    struct {                                      /* TY_NAMED */
      Object *obj;       /* its OBJ_TYPE name */
      Type *underlying;  /* NULL while the declaration is being checked */
      Object **methods;  /* declared methods (OBJ_FUNC), in source order */
      int method_count, method_capacity;
      Type **tparams;    /* a generic type's parameters */
      int tparam_count;
      Type *origin;      /* an instance's generic type; NULL otherwise */
      Type **targs;      /* an instance's type arguments */
      int targ_count;
      bool expanded;     /* an instance's underlying has been substituted */
    } named;
    struct {                                      /* TY_TYPEPARAM */
      Object *obj;       /* its OBJ_TYPE name */
      int index;         /* position in its list */
      Type *constraint;  /* an interface (possibly implicit) */
    } tparam;
  } u;
};

typedef enum ObjectKind {
  OBJ_BAD,      /* placeholder after an error */
  OBJ_VAR,      /* variable, parameter, result, struct field */
  OBJ_CONST,    /* constant, with an exact value */
  OBJ_TYPE,     /* type name (defined type, alias, type parameter) */
  OBJ_FUNC,     /* function or method */
  OBJ_PKGNAME,  /* an imported package's name in a file scope */
  OBJ_BUILTIN,  /* a predeclared function: len, append ... */
  OBJ_LABEL,    /* a statement label */
  OBJ_NIL,      /* the predeclared nil */
} ObjectKind;

/* Predeclared functions (and those of package unsafe). */
#define BUILTIN_LIST(X)                                        \
  X(BI_APPEND, "append", 1, true, false)                      \
  X(BI_CAP, "cap", 1, false, false)                            \
  X(BI_CLEAR, "clear", 1, false, true)                         \
  X(BI_CLOSE, "close", 1, false, true)                         \
  X(BI_COMPLEX, "complex", 2, false, false)                    \
  X(BI_COPY, "copy", 2, false, true)                           \
  X(BI_DELETE, "delete", 2, false, true)                       \
  X(BI_IMAG, "imag", 1, false, false)                          \
  X(BI_LEN, "len", 1, false, false)                            \
  X(BI_MAKE, "make", 1, true, false)                           \
  X(BI_MAX, "max", 1, true, false)                             \
  X(BI_MIN, "min", 1, true, false)                             \
  X(BI_NEW, "new", 1, false, false)                            \
  X(BI_PANIC, "panic", 1, false, true)                         \
  X(BI_PRINT, "print", 0, true, true)                          \
  X(BI_PRINTLN, "println", 0, true, true)                      \
  X(BI_REAL, "real", 1, false, false)                          \
  X(BI_RECOVER, "recover", 0, false, true)                     \
  X(BI_ALIGNOF, "Alignof", 1, false, false)                    \
  X(BI_OFFSETOF, "Offsetof", 1, false, false)                  \
  X(BI_SIZEOF, "Sizeof", 1, false, false)                      \
  X(BI_ADD, "Add", 2, false, false)                            \
  X(BI_SLICE, "Slice", 2, false, false)                        \
  X(BI_SLICEDATA, "SliceData", 1, false, false)                \
  X(BI_STRING, "String", 2, false, false)                      \
  X(BI_STRINGDATA, "StringData", 1, false, false)

/* X(id, name, minimum argument count, variadic, is a statement) */
typedef enum BuiltinId {
#define X(id, name, nargs, variadic, stmt) id,
  BUILTIN_LIST(X)
#undef X
  BI_COUNT
} BuiltinId;

typedef struct DeclInfo DeclInfo; /* check.c: how a package object is declared */

/* What kind of variable an OBJ_VAR is (types2's objectKind words). */
typedef enum VarKind {
  VAR_LOCAL,    /* "local variable" */
  VAR_PACKAGE,  /* "package-level variable" */
  VAR_PARAM,    /* "parameter" */
  VAR_RESULT,   /* "result variable" */
  VAR_RECV,     /* "receiver" */
  VAR_FIELD,    /* "struct field" */
} VarKind;

struct Object {
  ObjectKind kind;
  const char *name;     /* interned; "_" for blank */
  Type *type;           /* NULL while its declaration is being checked */
  Package *pkg;         /* NULL for the universe */
  Scope *parent;        /* the scope it was declared in (NULL: fields, methods) */
  const Source *source; /* where it is declared (NULL: universe, models) */
  Pos pos;
  Node *ident;          /* the declaring ND_NAME, if any */
  DeclInfo *decl;       /* package-level objects: how to check them */
  uint32_t order;       /* order of declaration within its package */
  uint8_t color;        /* cycle detection: white, grey, black */
  bool used;            /* variables, imports, labels */
  union {
    struct {                                      /* OBJ_VAR */
      bool is_field;    /* a struct field */
      bool embedded;    /* an embedded field */
      uint8_t var_kind; /* VAR_PACKAGE, VAR_LOCAL, VAR_PARAM ... */
      bool captured;    /* referenced from a closure (for the escape pass) */
      uint32_t tag_length; /* the tag's length (it may hold NUL bytes);
                              here, it fills the bools' padding */
      const char *tag;  /* field tag, decoded, or NULL */
      int64_t offset;   /* field offset (layout), -1 until computed */
      Object *origin;   /* for fields and params of instances: the generic one */
    } var;
    struct { const Value *value; } cnst;          /* OBJ_CONST */
    struct {                                      /* OBJ_TYPE */
      bool is_alias;
      Type **tparams;  /* a generic alias's type parameters */
      int tparam_count;
    } type_name;
    struct {                                      /* OBJ_FUNC */
      Node *decl;          /* ND_FUNC_DECL, or NULL for models */
      bool pointer_recv;   /* method with *T receiver */
      Object *origin;      /* methods of instances: the generic method */
    } func;
    struct { Package *imported; } pkgname;        /* OBJ_PKGNAME */
    struct { BuiltinId id; } builtin;             /* OBJ_BUILTIN */
    struct { Node *stmt; } label;                 /* OBJ_LABEL: its ND_LABELED_STMT */
  } u;
};

/* A lexical scope.  Names are interned, so lookup hashes the pointer. */
typedef struct ScopeSlot {
  const char *name;    /* the object's (interned); NULL: an empty slot */
  Object *obj;
} ScopeSlot;

struct Scope {
  Scope *parent;
  Object **objects;    /* in insertion order */
  int count, capacity;
  ScopeSlot *table;    /* hash index (open addressing) once count > 8 */
  int table_size;
  bool is_func;        /* a function's outermost scope */
  bool is_file;        /* a file scope (imports) */
  bool fake_dot_import;/* a file dot-importing an unmodeled package */
  Object **dot_imports;/* a file's dot-imported packages (OBJ_PKGNAME) */
  int dot_count, dot_capacity;
  const char *comment; /* "package", "file", "func", "block": for dumps */
};

/* A package: the one being checked, or an imported model. */
struct Package {
  const char *path;  /* import path; "main"-like for the checked package */
  const char *name;  /* package clause name */
  Scope *scope;
  bool unmodeled;    /* an import goesc knows nothing about (conservative) */
  bool fake;         /* the unmodeled package's members are invalid-typed */
  bool from_source;  /* read from $GOROOT/src for its generic bodies
                        (import_source.c); its names print qualified */
  struct CheckInfo *info; /* side table of facts per node (checked package) */
  /* What the checker met, counted so that the escape pass can skip a
   * walk of every body that would find nothing: on a big program the
   * trees no longer fit the caches, and each such walk is a trip through
   * all of memory. */
  int range_func_count;    /* range loops over functions not yet rewritten
                              (escape_rangefunc.c) */
  int local_type_count;    /* types declared inside function bodies */
  int instantiation_count; /* generic types and functions instantiated */
  int method_value_count;  /* method values x.M that are not called at once
                              (inline.c's search for their wrappers);
                              may count one twice, never misses one */
  int fixed_index_count;   /* indexes of arrays, constant strings and type
                              parameters, whose bounds check gc may drop
                              (bounds.c) */
  /* The first mention of an imported type that makes gc compile generic
   * code of another package in this one, which the model hides (sync.Map:
   * internal/sync.HashTrieMap[any, any]'s methods), or NULL: the escape
   * pass refuses such a package rather than leave those lines out. */
  const char *hidden_generic;
  const Source *hidden_generic_source;
  Pos hidden_generic_pos;
  /* Struct type literals with embedded fields, other than a defined
   * type's (type T struct{...}): gc compiles wrappers for the methods
   * such a type promotes, which inline.c does not model under -m. */
  struct EmbeddingStruct *embedding_structs;
  int embedding_struct_count, embedding_struct_capacity;
};

/* A struct type literal with embedded fields, where it is written. */
typedef struct EmbeddingStruct {
  Type *type;
  const Source *source;
  Pos pos;
} EmbeddingStruct;

/* Predeclared types, indexed by TypeKind for the basic kinds. */
extern Type *types_basic[TY_UNTYPED_NIL + 1];
extern Type *types_byte, *types_rune; /* aliases printing as byte / rune */
extern Type *types_invalid;
extern Type *types_any;          /* interface{} printed "any" */
extern Type *types_error;        /* the named type error */
extern Type *types_comparable_type; /* the named constraint comparable */

/* Kind predicates (on the type itself; use types_under for named ones). */
bool types_is_basic(const Type *t);
bool types_is_untyped(const Type *t);
bool types_is_integer(const Type *t);   /* incl. untyped int and rune */
bool types_is_unsigned(const Type *t);
bool types_is_float(const Type *t);     /* incl. untyped float */
bool types_is_complex(const Type *t);
bool types_is_numeric(const Type *t);
bool types_is_string(const Type *t);    /* incl. untyped string */
bool types_is_boolean(const Type *t);
bool types_is_constant_type(const Type *t); /* boolean, numeric or string */
bool types_is_interface(const Type *t);     /* underlying is an interface */
bool types_is_typeparam(const Type *t);
bool types_has_nil(const Type *t);   /* pointer, slice, map, chan, func, iface */

/* Constructors.  Types are structural except named ones; constructors do
 * not hash-cons, so compare with types_identical, never ==. */
Type *types_new_pointer(Type *elem);
Type *types_new_slice(Type *elem);
Type *types_new_array(Type *elem, int64_t len);
Type *types_new_map(Type *key, Type *elem);
Type *types_new_chan(Type *elem, ChanDir dir);
Type *types_new_tuple(Object **vars, int count);
Type *types_new_func(Object *recv, Type *params, Type *results, bool variadic);
Type *types_new_struct(Object **fields, int count);
Type *types_new_interface(Object **methods, int method_count,
                          Type **embedded, int embedded_count);
Type *types_new_union(Term *terms, int count);
Type *types_new_named(Object *obj, Type *underlying);
Type *types_new_typeparam(Object *obj, int index, Type *constraint);
void types_add_method(Type *named, Object *method);

Object *types_new_object(ObjectKind kind, const char *name, Type *type,
                         Package *pkg, const Source *source, Pos pos);
Object *types_new_var(const char *name, Type *type, Package *pkg);
Object *types_new_field(const char *name, Type *type, Package *pkg,
                        bool embedded, const char *tag, size_t tag_length);

/* The underlying type: follows named types (instances are expanded) and
 * returns non-named types unchanged.  Never NULL (invalid on cycles). */
Type *types_under(Type *t);
/* For a type parameter: the single underlying type of its type set ("core
 * type"), or NULL; for other types types_under. */
Type *types_core(Type *t);
/* Identity as the spec defines it (tags matter, parameter names do not). */
bool types_identical(Type *x, Type *y);
bool types_identical_ignore_tags(Type *x, Type *y);
/* Comparable with == (spec's "comparable"; strict: interfaces count). */
bool types_comparable(Type *t);
/* The interface's type set (methods sorted by name, terms). */
TypeSet *types_type_set(Type *iface);
/* A named type or a pointer to one: the named type (NULL otherwise). */
Type *types_deref_named(Type *t, bool *is_pointer);
/* The default type of an untyped type (untyped int -> int ...). */
Type *types_default(Type *t);

/* Printing as types2 does.  `local` is the package whose names print
 * unqualified (others print as "pkg.Name"); NULL qualifies everything
 * except the universe. */
void types_print(StrBuf *out, Type *t, const Package *local);
/* The same, into a fresh types-arena string. */
const char *types_string(Type *t, const Package *local);
/* A signature without the "func" keyword: "(x int) string". */
void types_print_signature(StrBuf *out, Type *sig, const Package *local);
/* "struct", "pointer", "func" ... for operand descriptions; "" for basic. */
const char *types_composite_kind(Type *t);

/* Printing as gc does, in the two of its modes goesc needs: as -m prints
 * a type (TYPES_GC_GO, gc's %v: "struct { a int; T; b string "t" }",
 * "interface { M() int; main.m(main.T) }", "func(int) string") and as
 * gc's symbols carry it (TYPES_GC_LINK, its link string:
 * "struct { main.a int; T = main.G[int] }", "interface {}").  What the
 * types alone do not tell is the caller's: its namer may spell a named
 * type or a type parameter (an instance inside a shape instance, the
 * number gc gives a type declared in a body, a type parameter's shape).
 * False when the type is not one gc spells that way (generic types,
 * constraints, methods) or a name in it cannot be spelled. */
typedef enum { TYPES_GC_GO, TYPES_GC_LINK } TypesGcMode;
typedef struct TypesGcNamer {
  const Package *pkg; /* the package compiled: its names go unqualified
                         in TYPES_GC_GO */
  /* t's name in mode, or NULL for the printer's own spelling, "" when
   * t cannot be spelled (may be NULL: the printer's spelling always) */
  const char *(*name)(void *data, Type *t, TypesGcMode mode);
  void *data;
} TypesGcNamer;
bool types_print_gc(StrBuf *out, Type *t, TypesGcMode mode,
                    const TypesGcNamer *namer);
/* The qualifier of a package's names where gc spells them in full (link
 * strings, unexported methods): its path, "main" for a main package (the
 * go command gives it another path). */
const char *types_gc_prefix(const Package *pkg);
/* A function's type without its receiver (a generic one's with its type
 * parameters as the namer spells them): "func(int, ...string) error". */
bool types_print_gc_signature(StrBuf *out, Type *sig, TypesGcMode mode,
                              const TypesGcNamer *namer);

/* Layout, exactly as gc for linux/amd64 (word size 8, max alignment 8).
 * Computes sizes, alignments, field offsets and has_pointers on demand.
 * A size or offset that does not fit in an int64 is TYPES_TOO_LARGE
 * (unsafe.Sizeof reports "x is too large", as types2 does). */
#define TYPES_TOO_LARGE ((int64_t)-2)
int64_t types_sizeof(Type *t);
int64_t types_alignof(Type *t);
bool types_has_pointers(Type *t);
int64_t types_offsetof(Type *struct_type, int field_index);

/* Scopes. */
Scope *types_new_scope(Scope *parent, const char *comment);
/* Insert obj; returns the object already declared with that name in this
 * scope (and does not insert), or NULL.  Blank names are never inserted. */
Object *types_scope_insert(Scope *scope, Object *obj);
Object *types_scope_lookup(const Scope *scope, const char *name);
/* Look up through the parent chain; *found_in receives the scope. */
Object *types_scope_lookup_parent(const Scope *scope, const char *name,
                                  Scope **found_in);

/* ===================================================================
 * universe.c — the universe scope, package unsafe, built-in models
 *
 * The universe holds the predeclared types, constants, nil and builtins;
 * package unsafe is built here too.  The standard-library model
 * (stdlib/PKG.go, compiled in as src/stdlib_models.inc) is served from here
 * as Go declaration text that the checker parses and checks on import.
 * =================================================================== */

extern Scope *universe_scope;
extern Package *universe_unsafe; /* package unsafe */
extern Object *universe_iota;    /* the predeclared iota */

void universe_init(void); /* idempotent; also run by check_package */
const char *universe_builtin_name(BuiltinId id);
/* Facts about a builtin from BUILTIN_LIST. */
int universe_builtin_nargs(BuiltinId id);
bool universe_builtin_variadic(BuiltinId id);
bool universe_builtin_is_stmt(BuiltinId id);
/* The Go declaration text of a built-in package model (the checker parses
 * and checks it like any package), or NULL when the path is not modeled. */
const char *universe_model_source(const char *path);
/* The facts the model records for a standard-library function or method:
 * the span [*start, *end) of the //goesc: lines written right above its
 * declaration (empty when there are none).  False when the function's
 * package, or the function itself, is not in the model. */
bool universe_model_facts(const Object *func, const char **start,
                          const char **end);
/* Within such a span, the text after `prefix` on the line that starts
 * with it (e.g. "//goesc:escape "), up to its end of line in *line_end;
 * NULL when no line does. */
const char *universe_model_fact(const char *start, const char *end,
                                const char *prefix, const char **line_end);
/* The two together: the text after `prefix` on function f's line that
 * starts with it, up to *line_end; NULL when f or the line is not in the
 * model. */
const char *universe_model_line(const Object *f, const char *prefix,
                                const char **line_end);
/* How many times `text` occurs on that line (0 without it):
 * note("index bounds check elided"), "func literal"=result ... */
int universe_model_line_count(const Object *f, const char *prefix,
                              const char *text);

/* ===================================================================
 * check.c, check_type.c, check_expr.c, check_stmt.c — the checker
 *
 * Needs the ASTs of every file of one package; produces types on nodes,
 * objects on names, ND_IMPLICIT_CONV nodes and the CheckInfo side table,
 * and errors in gc's words (gc prints them sorted by position).
 * =================================================================== */

/* How an expression was classified (types2's operand modes). */
typedef enum OperandMode {
  MODE_INVALID,   /* an error was reported; suppress follow-up errors */
  MODE_NOVALUE,   /* a call of a function without results */
  MODE_BUILTIN,   /* a predeclared function name (must be called) */
  MODE_TYPEXPR,   /* a type */
  MODE_CONSTANT,  /* a constant, with a value */
  MODE_VARIABLE,  /* an addressable variable */
  MODE_MAPINDEX,  /* m[k]: assignable but not addressable */
  MODE_VALUE,     /* any other value */
  MODE_NILVALUE,  /* the untyped nil, or nil converted to a type */
  MODE_COMMAOK,   /* a value that may be used as v, ok (recv, assert, index) */
} OperandMode;

/* What a selector x.f denotes (ND_SELECTOR). */
typedef enum SelectionKind {
  SEL_FIELD,        /* x.f is a struct field */
  SEL_METHOD_VALUE, /* x.m is a method bound to x (called or not) */
  SEL_METHOD_EXPR,  /* T.m is a method expression: func(recv, params) */
  SEL_QUALIFIED,    /* pkg.Name: no selection, just a qualified name */
} SelectionKind;

typedef struct Selection {
  SelectionKind kind;
  Object *obj;        /* the field or method */
  Type *recv;         /* the type of x */
  int *path;          /* field indices from x to obj (embedded fields) */
  int depth;          /* number of indices in path */
  bool indirect;      /* a pointer was followed on the way (implicit *) */
  /* Method values: what happens to the receiver to fit the method. */
  bool implicit_addr; /* x.m with m on *T and x addressable: (&x).m */
  bool implicit_deref;/* x.m with m on T and x a *T: (*x).m */
  bool via_interface; /* the method belongs to an interface */
} Selection;
/* The type of the embedded field that holds a selected method or field:
 * t after the first depth-1 steps of s's path (through pointers); NULL
 * when the path does not fit t. */
Type *types_selection_holder(Type *t, const Selection *s);

/* What a call does (ND_CALL). */
typedef enum CallKind {
  CALL_FUNC,        /* an ordinary function or func value */
  CALL_METHOD,      /* x.m(...) with a selection on the fun */
  CALL_CONVERSION,  /* T(x) */
  CALL_BUILTIN,     /* len(x), append(...) ... */
} CallKind;

/* Facts about one node beyond Node.type, kept in a side table so the AST
 * stays the parser's.  Every expression the checker visited has one. */
/* (The small members come first, the pointers after them: 64 bytes, one
 * cache line, where the order of the meanings left 72.) */
typedef struct ExprInfo {
  OperandMode mode;
  CallKind call_kind;   /* ND_CALL */
  BuiltinId builtin;    /* ND_CALL with CALL_BUILTIN */
  /* Variadic calls f(a, b, c) to func(...T): the arguments from
   * variadic_index on are packed into a hidden []T (variadic_slice). */
  bool has_variadic_slice;
  int variadic_index;
  int targ_count;       /* entries of targs */
  const Value *value;   /* folded constant value (MODE_CONSTANT) */
  Selection *selection; /* ND_SELECTOR */
  Type *variadic_slice;
  Type **targs;         /* a generic function's inferred type arguments */
  Object *implicit_obj; /* ND_CASE_CLAUSE of a type switch `v := x.(type)`:
                           the clause's own v (its type is the case type) */
} ExprInfo;

/* The side table: open addressing by node pointer.  A key and its value
 * share a slot, so that a probe reads one cache line. */
typedef struct CheckInfoSlot {
  const Node *node; /* NULL: empty */
  ExprInfo *info;
} CheckInfoSlot;

typedef struct CheckInfo {
  CheckInfoSlot *slots;
  size_t size, count;
} CheckInfo;

typedef enum UnmodeledPolicy {
  UNMODELED_ERROR,        /* "package X is not modeled", exit 3 */
  UNMODELED_CONSERVATIVE, /* go on; every use of it is opaque */
} UnmodeledPolicy;

typedef struct CheckOptions {
  UnmodeledPolicy unmodeled;
  const char *package_path; /* "command-line-arguments" unless set */
} CheckOptions;

/* The result of checking a package. */
typedef struct CheckResult {
  Package *pkg;
  bool unsupported;             /* an unmodeled import (exit 3) */
  const char **unmodeled_paths; /* unmodeled imports, for the warning */
  int unmodeled_count, unmodeled_capacity;
} CheckResult;

/* ---- The checker's working state (shared by the check_*.c files) ---- */

/* Append item to a growing array of the types arena (count and capacity
 * are the array's own fields): the one way the checker grows its lists. */
#define PUSH(array, count, capacity, item)                                  \
  do {                                                                      \
    if ((count) == (capacity)) {                                            \
      int cap_ = (capacity) ? (capacity) * 2 : 8;                           \
      void *fresh_ = types_alloc(sizeof *(array) * (size_t)cap_);           \
      if (array)                                                            \
        memcpy(fresh_, (array), sizeof *(array) * (size_t)(count));         \
      (array) = fresh_;                                                     \
      (capacity) = cap_;                                                    \
    }                                                                       \
    (array)[(count)++] = (item);                                            \
  } while (0)

/* An operand: an expression's classification while it is being checked. */
typedef struct Operand {
  OperandMode mode;
  Node *expr;          /* the expression (for messages), may be NULL */
  Type *type;
  const Value *value;  /* MODE_CONSTANT */
  BuiltinId builtin;   /* MODE_BUILTIN */
} Operand;

/* How a package-level object is declared. */
struct DeclInfo {
  Node *spec;          /* ND_CONST_SPEC, ND_VAR_SPEC, ND_TYPE_SPEC, ND_FUNC_DECL */
  Scope *file_scope;   /* the scope of the declaring file */
  const Source *source;
  Node *type_expr;     /* const/var: the declared type, or NULL */
  Node *init;          /* const/var: this object's initializer, or NULL */
  Object **lhs;        /* var a, b = f(): every object sharing `init` */
  int lhs_count;
  int iota;            /* const: the spec's index in its group */
  Object **deps;       /* package-level vars/funcs its initializer uses */
  int dep_count, dep_capacity;
  Object **dep_set;    /* once deps is long: the same objects in an open-
                          addressing table, so that a new one is found
                          new without reading them all */
  int dep_set_size;    /* slots of dep_set (a power of two), 0: none */
  Object **methods;    /* type: the methods declared with it as receiver */
  int method_count, method_capacity;
  bool rhs_is_name;    /* type: `type T U` is being declared (cycle check) */
  bool in_embedding;   /* type: its interface's embedded list is being checked */
};

/* One function body being checked (closures nest). */
typedef struct FuncContext {
  struct FuncContext *outer;
  Type *sig;           /* its signature */
  Node *body;
  Scope *scope;        /* its outermost scope (parameters) */
  Object **vars;       /* local variables, for "declared and not used" */
  int var_count, var_capacity;
  bool has_labels;
} FuncContext;

/* The errors found so far, kept back until the check ends (they are then
 * sorted, as gc sorts them, and the first ten kept). */
typedef struct CheckErrors {
  Error *first, *last; /* in detection order */
  int count;
  bool too_many;       /* ten found: later ones are dropped */
  Pos too_many_pos;    /* where the tenth was found */
  const Source *too_many_source;
} CheckErrors;

typedef struct Checker Checker;
struct Checker {
  Package *pkg;
  const CheckOptions *options;
  CheckResult *result;
  CheckErrors errors;
  bool rules_per_body;  /* check_package: gc's parse-time rules are run on
                           each function just before its body is checked
                           (check_files), not in a walk of their own */
  bool rules_failed;    /* ... and one of them failed: check_files stopped */
  bool in_model;        /* checking a built-in package model */
  const Source *source; /* the file being checked */
  Scope *scope;         /* the innermost scope */
  DeclInfo *decl;       /* the package-level declaration being checked */
  const Value *iota;    /* in a constant declaration: iota's value */
  FuncContext *func;    /* the function being checked, or NULL */
  Object **path;        /* objects being declared (cycle detection) */
  int path_len, path_capacity;
  Object **objects;     /* package-level objects in source order */
  int object_count, object_capacity;
  Node **method_decls;  /* methods, to associate with their receivers */
  int method_count, method_capacity;
  struct SpecRef *specs; /* const and var specs, for their count checks */
  int spec_count, spec_capacity;
  Object **imports;     /* PkgName objects, for "imported and not used" */
  int import_count, import_capacity;
  Node **funcs;         /* function declarations whose bodies to check */
  int func_count, func_capacity;
  Type **instances;     /* instance cache: identical instances share one */
  int instance_count, instance_capacity;
  int depth;            /* expression nesting (guards deep recursion) */
  Node *calling;        /* the fun of the call being checked */
  Node *defining;       /* the struct type of `type T struct{...}` being
                           checked: not an unnamed struct type */
  Type *lookup_recv;    /* set by check_lookup: the (possibly instantiated)
                           named type whose method was found */
  struct Verify *verify; /* checks waiting for declarations to complete:
                           type arguments, map keys, embedded fields */
  int verify_count, verify_capacity;
  struct MonoGraph *mono; /* how type arguments flow (check_mono.c) */
};

/* A package-level const or var spec and the file that holds it. */
typedef struct SpecRef {
  Node *spec;
  const Source *source;
} SpecRef;

/* check.c */
void check_errorf(Checker *c, const Node *at, const char *fmt, ...)
    GOESC_PRINTF(3, 4);
void check_errorf_pos(Checker *c, Pos pos, const char *fmt, ...)
    GOESC_PRINTF(3, 4);
/* An import's package (parsed and checked model), or NULL if unmodeled. */
Package *check_import(Checker *c, const char *path);
void check_object_decl(Checker *c, Object *obj);
ExprInfo *check_record(Checker *c, const Node *node);
void check_record_dep(Checker *c, Object *obj);
/* pkg.Name resolved to obj at `at`: notes the types gc brings generic
 * code in with (Package.hidden_generic). */
void check_note_qualified(Checker *c, const Package *p, const Object *obj,
                          const Node *at);
void check_declare(Checker *c, Scope *scope, Node *ident, Object *obj);
/* "x (variable of type int)", as types2 describes operands. */
const char *check_operand_string(Checker *c, const Operand *x);
const char *check_type_string(Checker *c, Type *t);
const char *check_expr_string(const Node *expr);
/* gc's error for a type-switch guard declaring a non-name (check_stmt.c). */
void check_bad_guard(Checker *c, const Node *guard);
/* Does the current file dot-import an unmodeled package?  (Then unknown
 * names may come from it and are not reported.) */
bool check_fake_dot_import(const Checker *c);
/* A name resolved to obj in scope `found`: a dot import is now used. */
void check_note_use(const Checker *c, const Object *obj, const Scope *found);

/* check_mono.c: instantiation cycles */
typedef struct MonoGraph MonoGraph;
/* recv_param, a method's receiver type parameter, is type_param. */
void check_mono_receiver(Checker *c, Type *recv_param, Type *type_param);
/* tparams[i] was instantiated with targs[i], written as the i-th node
 * of the list `written` (NULL: at pos). */
void check_mono_instance(Checker *c, Type **tparams, Type **targs, int n,
                         Pos pos, const Node *written);
/* Report an instantiation cycle, if any (once every body is checked). */
void check_mono(Checker *c);
void check_mono_free(Checker *c);

/* check_type.c */
/* Check type arguments against their constraints once the declarations
 * they mention are complete (queued by instantiations). */
void check_verify_instances(Checker *c);
/* Is t, or anything it is made of, invalid (an unmodeled package's type,
 * or an earlier error)?  Errors about such types are not reported. */
bool check_mentions_invalid(Type *t);
Type *check_type_expr(Checker *c, Node *expr);     /* a type, or invalid */
Type *check_generic_type(Checker *c, Node *expr, Object *for_decl);
void check_type_decl(Checker *c, Object *obj, Node *spec);
void check_func_signature(Checker *c, Object *obj, Node *decl);
Type *check_signature(Checker *c, Node *recv, Node *tparams, Node *ftype,
                      Object *method_obj);
void check_valid_types(Checker *c);
/* Field or method lookup: sel is the name; returns the object, fills the
 * path; *indirect when a pointer was followed.  NULL: not found, with
 * *ambiguous set when several at the shallowest depth. */
Object *check_lookup(Checker *c, Type *t, bool addressable, const char *name,
                     Package *pkg, int **path, int *depth, bool *indirect,
                     bool *ambiguous);
/* Does t implement iface?  When not, *why gets types2's reason text. */
bool check_implements(Checker *c, Type *t, Type *iface, const char **why);
bool check_satisfies(Checker *c, Type *t, Type *constraint, const char **why);
Object *check_missing_method(Checker *c, Type *t, Type *iface, bool static_,
                             bool *wrong_type, bool *pointer_recv);
Type *check_instantiate(Checker *c, Type *generic, Type **targs, int count,
                        Node *at);
int check_instance_type_count(void); /* instances of generic types made so far */
/* Empty the cache of instances of generic types (types_release does). */
void check_forget_instances(void);
Type *check_subst(Checker *c, Type *t, Type **tparams, Type **targs,
                  int count);
Type *check_method_type(Checker *c, Object *method, Type *recv_named);

/* check_expr.c */
void check_expr(Checker *c, Operand *x, Node *expr);
void check_expr_or_type(Checker *c, Operand *x, Node *expr);
void check_multi_expr(Checker *c, Operand *x, Node *expr); /* tuples ok */
/* An expression statement: calls without results are fine. */
void check_stmt_expr(Checker *c, Operand *x, Node *expr);
void check_expr_with_hint(Checker *c, Operand *x, Node *expr, Type *hint);
/* Assign x to a variable of type t (context: "assignment", "argument to f"
 * ...); reports gc's error and returns false when x is not assignable.
 * `slot` is where x->expr hangs in the tree, for implicit conversions. */
bool check_assignment(Checker *c, Operand *x, Type *t, const char *context,
                      Node **slot);
void check_convert_untyped(Checker *c, Operand *x, Type *target);
void check_default_untyped(Checker *c, Operand *x);
bool check_assignable(Checker *c, Operand *x, Type *t, const char **reason);
void check_record_operand(Checker *c, const Operand *x);
void check_func_body(Checker *c, Object *fobj, Type *sig, Node *body,
                     FuncContext *ctx);
void check_use_exprs(Checker *c, Node *list);
Type *check_func_lit(Checker *c, Node *lit);
void check_update_untyped(Checker *c, Node *expr, Type *t);

/* check_stmt.c */
void check_body(Checker *c, Type *sig, Node *body);
void check_decl_stmt(Checker *c, Node *decl);
void check_const_spec(Checker *c, Node *spec, Node *inherited_type,
                      Node *inherited_values, int iota, bool local);
void check_var_spec_local(Checker *c, Node *spec);
bool check_terminates(Node *stmt, const char *label);
/* gc's parse-time checks of break, continue, fallthrough, goto and labels
 * over the function bodies of one top-level declaration; returns the
 * number of errors. */
int check_branches(Checker *c, Node *decl);

/* Check the files (all parsed into one arena) as one package.  Errors go to
 * `errors`, sorted by position as gc prints them. */
CheckResult check_package(Node **files, int file_count,
                          const CheckOptions *options, ErrorList *errors);
/* Check the Go source of imported package `path` (import_source.c reads
 * it) so that escape analysis can walk its bodies.  Its imports resolve
 * as the importer's do; its facts join the importer's side table (nodes
 * are unique), so check_expr_info(importer, n) answers for its nodes. */
Package *check_source_package(const char *path, Node **files, int file_count,
                              Package *importer, ErrorList *errors);
/* Is the file part of a linux/amd64 gc build?  (File name suffixes like
 * _windows.go, and the //go:build line; cgo counts as disabled.) */
bool check_build_constraints(const Node *file, const char *path);
/* Does the size of t vary with a type parameter (types2's hasVarSize)?
 * Then unsafe.Sizeof, Alignof and Offsetof of it are no constants. */
bool check_has_var_size(Type *t);
/* The side-table facts for a node (NULL if the checker never saw it). */
const ExprInfo *check_expr_info(const Package *pkg, const Node *node);
/* Is call a call of a generic function (F[int](), F(x) inferred)?  gc
 * passes its shape instance a dictionary, an argument even when the
 * function has no parameters. */
bool check_calls_generic_func(const Package *pkg, const Node *call);
/* Does gc call a go or defer statement's call as it is, without the
 * closure (f.gowrap1, f.deferwrap1) it wraps any other in?  Only f()
 * of a func() without parameters or results, not a method value, not
 * generic (whose dictionary is an argument). */
bool check_go_defer_as_is(const Package *pkg, const Node *call);
/* A conversion to `to` of `arg`: when `to` is a slice of runes and arg a
 * constant string, gc's front end makes it the slice literal to{...},
 * one element per rune; their number, or -1 for any other conversion. */
long check_constant_runes(const Package *pkg, Type *to, const Node *arg);
/* The facts of a node made after checking (escape_rangefunc.c's rewrite),
 * created empty on first use. */
ExprInfo *check_record_node(Package *pkg, const Node *node);
/* Substitute an instance's type arguments into its origin's underlying
 * type (called lazily by types_under; check_type.c). */
void check_expand_instance(Type *instance);
/* -dump=types: every package-level declaration with type, size, alignment
 * (and struct fields with offsets), sorted by name. */
void check_dump_types(FILE *out, const Package *pkg);

#endif /* GOESC_TYPES_H */
