/*
 * check_const.c — exact constant arithmetic for the checker.
 *
 * needs: literal text and operators;  produces: Values.
 *
 * Go's untyped constants are exact: `1 << 100 >> 98` is 4, and
 * `0.1 + 0.2 == 0.3` is true.  gc keeps integers as big integers and
 * floats as big rationals while they are small, big floats with 512 bits of
 * mantissa otherwise.  We keep it simpler and (within limits) more exact:
 *
 *   - integers are BigInts: sign and magnitude in 32-bit limbs, with
 *     schoolbook multiplication and Knuth's long division (algorithm D);
 *   - floating-point constants are always exact rationals of two BigInts,
 *     reduced by their gcd after every operation;
 *   - complex constants are two rationals.
 *
 * The limit: a numerator or denominator beyond VALUE_MAX_BITS bits is an
 * overflow.  `1e5000` is therefore rejected where gc would accept it (as a
 * big float); no ordinary program writes such constants, and gc rejects
 * anything that large once it meets a typed context anyway.
 *
 * Rounding to float32/float64 (typed constants, and printing) is correct
 * to nearest-even: we divide with enough extra quotient bits and a sticky
 * remainder, then round once.
 *
 * Values are immutable and allocated from the types arena.
 */
#include "types.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- BigInt: magnitude helpers (little-endian uint32 limbs) ---- */

static BigInt big_alloc(int32_t len) {
  BigInt r;
  r.neg = false;
  r.len = len;
  r.limb = len ? types_alloc(sizeof(uint32_t) * (size_t)len) : NULL;
  return r;
}

static BigInt big_norm(BigInt r) {
  while (r.len > 0 && r.limb[r.len - 1] == 0)
    r.len--;
  if (r.len == 0)
    r.neg = false;
  return r;
}

BigInt bigint_from_u64(uint64_t v) {
  BigInt r = big_alloc(2);
  r.limb[0] = (uint32_t)v;
  r.limb[1] = (uint32_t)(v >> 32);
  return big_norm(r);
}

static BigInt big_from_i64(int64_t v) {
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  BigInt r = bigint_from_u64(m);
  r.neg = v < 0 && r.len > 0;
  return r;
}

static bool big_is_zero(BigInt a) { return a.len == 0; }

static int big_bitlen(BigInt a) {
  if (a.len == 0)
    return 0;
  uint32_t top = a.limb[a.len - 1];
  int bits = 0;
  while (top) {
    bits++;
    top >>= 1;
  }
  return (a.len - 1) * 32 + bits;
}

static int mag_cmp(BigInt a, BigInt b) {
  if (a.len != b.len)
    return a.len < b.len ? -1 : 1;
  for (int32_t i = a.len - 1; i >= 0; i--)
    if (a.limb[i] != b.limb[i])
      return a.limb[i] < b.limb[i] ? -1 : 1;
  return 0;
}

int bigint_cmp(BigInt a, BigInt b) {
  if (a.neg != b.neg)
    return a.neg ? -1 : 1;
  int c = mag_cmp(a, b);
  return a.neg ? -c : c;
}

static BigInt mag_add(BigInt a, BigInt b) {
  if (a.len < b.len) {
    BigInt t = a;
    a = b;
    b = t;
  }
  BigInt r = big_alloc(a.len + 1);
  uint64_t carry = 0;
  for (int32_t i = 0; i < a.len; i++) {
    uint64_t s = (uint64_t)a.limb[i] + (i < b.len ? b.limb[i] : 0) + carry;
    r.limb[i] = (uint32_t)s;
    carry = s >> 32;
  }
  r.limb[a.len] = (uint32_t)carry;
  return big_norm(r);
}

/* |a| - |b| with |a| >= |b|. */
static BigInt mag_sub(BigInt a, BigInt b) {
  BigInt r = big_alloc(a.len);
  int64_t borrow = 0;
  for (int32_t i = 0; i < a.len; i++) {
    int64_t d = (int64_t)a.limb[i] - (i < b.len ? b.limb[i] : 0) - borrow;
    borrow = d < 0;
    r.limb[i] = (uint32_t)(d + (borrow ? ((int64_t)1 << 32) : 0));
  }
  return big_norm(r);
}

static BigInt big_add(BigInt a, BigInt b) {
  BigInt r;
  if (a.neg == b.neg) {
    r = mag_add(a, b);
    r.neg = a.neg;
  } else if (mag_cmp(a, b) >= 0) {
    r = mag_sub(a, b);
    r.neg = a.neg;
  } else {
    r = mag_sub(b, a);
    r.neg = b.neg;
  }
  return big_norm(r);
}

static BigInt big_neg(BigInt a) {
  a.neg = !a.neg;
  return big_norm(a);
}

static BigInt big_sub(BigInt a, BigInt b) { return big_add(a, big_neg(b)); }

static BigInt big_mul(BigInt a, BigInt b) {
  if (a.len == 0 || b.len == 0)
    return big_alloc(0);
  BigInt r = big_alloc(a.len + b.len);
  for (int32_t i = 0; i < a.len; i++) {
    uint64_t carry = 0;
    for (int32_t j = 0; j < b.len; j++) {
      uint64_t t = (uint64_t)a.limb[i] * b.limb[j] + r.limb[i + j] + carry;
      r.limb[i + j] = (uint32_t)t;
      carry = t >> 32;
    }
    r.limb[i + b.len] = (uint32_t)carry;
  }
  r.neg = a.neg != b.neg;
  return big_norm(r);
}

static BigInt mag_shl(BigInt a, uint64_t s) {
  if (a.len == 0)
    return a;
  int32_t words = (int32_t)(s / 32), bits = (int32_t)(s % 32);
  BigInt r = big_alloc(a.len + words + 1);
  for (int32_t i = 0; i < a.len; i++) {
    uint64_t v = (uint64_t)a.limb[i] << bits;
    r.limb[i + words] |= (uint32_t)v;
    r.limb[i + words + 1] |= (uint32_t)(v >> 32);
  }
  r.neg = a.neg;
  return big_norm(r);
}

static BigInt mag_shr(BigInt a, uint64_t s) {
  if ((uint64_t)a.len * 32 <= s)
    return big_alloc(0);
  int32_t words = (int32_t)(s / 32), bits = (int32_t)(s % 32);
  BigInt r = big_alloc(a.len - words);
  for (int32_t i = 0; i < r.len; i++) {
    uint64_t v = a.limb[i + words];
    if (i + words + 1 < a.len)
      v |= (uint64_t)a.limb[i + words + 1] << 32;
    r.limb[i] = (uint32_t)(v >> bits);
  }
  r.neg = a.neg;
  return big_norm(r);
}

/* Divide |a| by a single limb; returns the remainder. */
static uint32_t mag_divmod_small(BigInt a, uint32_t d, BigInt *q) {
  BigInt r = big_alloc(a.len);
  uint64_t rem = 0;
  for (int32_t i = a.len - 1; i >= 0; i--) {
    uint64_t cur = (rem << 32) | a.limb[i];
    r.limb[i] = (uint32_t)(cur / d);
    rem = cur % d;
  }
  *q = big_norm(r);
  return (uint32_t)rem;
}

/* Knuth's algorithm D on magnitudes: q = |a| / |b|, r = |a| % |b|. */
static void mag_divmod(BigInt a, BigInt b, BigInt *q, BigInt *r) {
  if (mag_cmp(a, b) < 0) {
    *q = big_alloc(0);
    *r = a;
    r->neg = false;
    return;
  }
  if (b.len == 1) {
    uint32_t rem = mag_divmod_small(a, b.limb[0], q);
    *r = bigint_from_u64(rem);
    return;
  }
  /* Normalize so the divisor's top limb has its high bit set. */
  int shift = 0;
  uint32_t top = b.limb[b.len - 1];
  while (!(top & 0x80000000u)) {
    top <<= 1;
    shift++;
  }
  BigInt u = big_alloc(a.len + 1), v = big_alloc(b.len);
  for (int32_t i = 0; i < b.len; i++) {
    uint64_t x = (uint64_t)b.limb[i] << shift;
    if (i > 0 && shift)
      x |= b.limb[i - 1] >> (32 - shift);
    v.limb[i] = (uint32_t)x;
  }
  for (int32_t i = 0; i <= a.len; i++) {
    uint64_t x = i < a.len ? (uint64_t)a.limb[i] << shift : 0;
    if (i > 0 && shift)
      x |= a.limb[i - 1] >> (32 - shift);
    u.limb[i] = (uint32_t)x;
  }
  int32_t n = b.len, m = a.len - b.len;
  BigInt quot = big_alloc(m + 1);
  for (int32_t j = m; j >= 0; j--) {
    uint64_t num = ((uint64_t)u.limb[j + n] << 32) | u.limb[j + n - 1];
    uint64_t qhat = num / v.limb[n - 1], rhat = num % v.limb[n - 1];
    while (qhat > 0xffffffffu ||
           qhat * v.limb[n - 2] > ((rhat << 32) | u.limb[j + n - 2])) {
      qhat--;
      rhat += v.limb[n - 1];
      if (rhat > 0xffffffffu)
        break;
    }
    /* Multiply and subtract. */
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (int32_t i = 0; i < n; i++) {
      uint64_t p = qhat * v.limb[i] + carry;
      carry = p >> 32;
      int64_t t = (int64_t)u.limb[i + j] - (int64_t)(uint32_t)p - borrow;
      borrow = t < 0;
      u.limb[i + j] = (uint32_t)t;
    }
    int64_t t = (int64_t)u.limb[j + n] - (int64_t)carry - borrow;
    u.limb[j + n] = (uint32_t)t;
    if (t < 0) { /* qhat was one too big: add back */
      qhat--;
      uint64_t c = 0;
      for (int32_t i = 0; i < n; i++) {
        uint64_t s = (uint64_t)u.limb[i + j] + v.limb[i] + c;
        u.limb[i + j] = (uint32_t)s;
        c = s >> 32;
      }
      u.limb[j + n] += (uint32_t)c;
    }
    quot.limb[j] = (uint32_t)qhat;
  }
  *q = big_norm(quot);
  /* Unnormalize the remainder. */
  BigInt rem = big_alloc(n);
  for (int32_t i = 0; i < n; i++) {
    uint64_t x = u.limb[i] >> shift;
    if (shift)
      x |= (uint64_t)u.limb[i + 1] << (32 - shift);
    rem.limb[i] = (uint32_t)x;
  }
  *r = big_norm(rem);
}

/* Truncated division, as Go's integer / and %. */
static void big_quorem(BigInt a, BigInt b, BigInt *q, BigInt *r) {
  mag_divmod(a, b, q, r);
  q->neg = a.neg != b.neg;
  *q = big_norm(*q);
  r->neg = a.neg;
  *r = big_norm(*r);
}

static BigInt big_gcd(BigInt a, BigInt b) {
  a.neg = b.neg = false;
  while (!big_is_zero(b)) {
    BigInt q, r;
    mag_divmod(a, b, &q, &r);
    a = b;
    b = r;
  }
  return a;
}

static BigInt big_pow10(int n) {
  BigInt r = bigint_from_u64(1), ten9 = bigint_from_u64(1000000000u);
  while (n >= 9) {
    r = big_mul(r, ten9);
    n -= 9;
  }
  uint32_t p = 1;
  while (n-- > 0)
    p *= 10;
  return big_mul(r, bigint_from_u64(p));
}

static bool big_fits_u64(BigInt a) { return !a.neg && a.len <= 2; }

static uint64_t big_low_u64(BigInt a) {
  uint64_t v = a.len > 0 ? a.limb[0] : 0;
  if (a.len > 1)
    v |= (uint64_t)a.limb[1] << 32;
  return v;
}

/* Two's complement of `a` over `len` limbs (for bitwise operators). */
static BigInt to_twos(BigInt a, int32_t len) {
  BigInt r = big_alloc(len);
  for (int32_t i = 0; i < len; i++)
    r.limb[i] = i < a.len ? a.limb[i] : 0;
  if (a.neg) {
    uint64_t carry = 1;
    for (int32_t i = 0; i < len; i++) {
      uint64_t s = (uint64_t)(uint32_t)~r.limb[i] + carry;
      r.limb[i] = (uint32_t)s;
      carry = s >> 32;
    }
  }
  return r;
}

static BigInt from_twos(BigInt r) {
  if (r.len > 0 && (r.limb[r.len - 1] & 0x80000000u)) {
    uint64_t carry = 1;
    for (int32_t i = 0; i < r.len; i++) {
      uint64_t s = (uint64_t)(uint32_t)~r.limb[i] + carry;
      r.limb[i] = (uint32_t)s;
      carry = s >> 32;
    }
    r.neg = true;
  }
  return big_norm(r);
}

static BigInt big_bitwise(TokenKind op, BigInt a, BigInt b) {
  int32_t len = (a.len > b.len ? a.len : b.len) + 1;
  BigInt x = to_twos(a, len), y = to_twos(b, len);
  for (int32_t i = 0; i < len; i++) {
    switch (op) {
    case TK_AND: x.limb[i] &= y.limb[i]; break;
    case TK_OR: x.limb[i] |= y.limb[i]; break;
    case TK_XOR: x.limb[i] ^= y.limb[i]; break;
    default: x.limb[i] &= ~y.limb[i]; break; /* TK_AND_NOT */
    }
  }
  return from_twos(x);
}

/* Decimal text of a BigInt into out. */
static void big_print(StrBuf *out, BigInt a) {
  if (a.len == 0) {
    strbuf_puts(out, "0");
    return;
  }
  /* Peel off base-1e9 chunks, least significant first. */
  int cap = a.len * 10 / 9 + 2, n = 0;
  uint32_t *chunks = xmalloc(sizeof(uint32_t) * (size_t)cap);
  BigInt x = a;
  x.neg = false;
  while (x.len > 0) {
    BigInt q;
    chunks[n++] = mag_divmod_small(x, 1000000000u, &q);
    x = q;
  }
  if (a.neg)
    strbuf_puts(out, "-");
  strbuf_printf(out, "%u", (unsigned)chunks[n - 1]);
  for (int i = n - 2; i >= 0; i--)
    strbuf_printf(out, "%09u", (unsigned)chunks[i]);
  free(chunks);
}

/* ---- Rationals ---- */

static Rat rat_make(BigInt num, BigInt den) {
  Rat r;
  if (den.neg) {
    num = big_neg(num);
    den = big_neg(den);
  }
  if (big_is_zero(num)) {
    r.num = num;
    r.den = bigint_from_u64(1);
    return r;
  }
  BigInt g = big_gcd(num, den);
  if (!(g.len == 1 && g.limb[0] == 1)) {
    BigInt q, rem;
    big_quorem(num, g, &q, &rem);
    num = q;
    big_quorem(den, g, &q, &rem);
    den = q;
  }
  r.num = num;
  r.den = den;
  return r;
}

static Rat rat_from_int(BigInt i) {
  Rat r;
  r.num = i;
  r.den = bigint_from_u64(1);
  return r;
}

static bool rat_is_int(Rat r) { return r.den.len == 1 && r.den.limb[0] == 1; }

static Rat rat_add(Rat a, Rat b) {
  return rat_make(big_add(big_mul(a.num, b.den), big_mul(b.num, a.den)),
                  big_mul(a.den, b.den));
}
static Rat rat_neg(Rat a) {
  a.num = big_neg(a.num);
  return a;
}
static Rat rat_sub(Rat a, Rat b) { return rat_add(a, rat_neg(b)); }
static Rat rat_mul(Rat a, Rat b) {
  return rat_make(big_mul(a.num, b.num), big_mul(a.den, b.den));
}
static Rat rat_quo(Rat a, Rat b) {
  return rat_make(big_mul(a.num, b.den), big_mul(a.den, b.num));
}
static int rat_cmp(Rat a, Rat b) {
  return bigint_cmp(big_mul(a.num, b.den), big_mul(b.num, a.den));
}
static bool rat_is_zero(Rat a) { return big_is_zero(a.num); }
static bool rat_too_big(Rat a) {
  return big_bitlen(a.num) > VALUE_MAX_BITS || big_bitlen(a.den) > VALUE_MAX_BITS;
}

/* Round |num/den| to a binary float with `mant` mantissa bits and minimum
 * normal exponent `emin` (IEEE: the value m * 2^exp with 2^(mant-1) <= m).
 * Returns false on overflow beyond `emax`.  *m_out * 2^(*e_out) is the
 * rounded magnitude. */
static bool rat_round(Rat r, int mant, int emin, int emax, uint64_t *m_out,
                      int *e_out) {
  BigInt a = r.num, b = r.den;
  a.neg = false;
  if (big_is_zero(a)) {
    *m_out = 0;
    *e_out = 0;
    return true;
  }
  /* Scale so the quotient has at least mant + 2 bits. */
  int64_t s = (int64_t)mant + 2 - (big_bitlen(a) - big_bitlen(b));
  BigInt q, rem;
  if (s >= 0)
    mag_divmod(mag_shl(a, (uint64_t)s), b, &q, &rem);
  else
    mag_divmod(a, mag_shl(b, (uint64_t)-s), &q, &rem);
  bool sticky = !big_is_zero(rem);
  int n = big_bitlen(q);                 /* mant+2 or mant+3 bits */
  int64_t exp_top = (int64_t)n - 1 - s;  /* value in [2^exp_top, 2^(exp_top+1)) */
  int keep = mant;
  if (exp_top < emin)                    /* subnormal: fewer bits */
    keep = mant - (int)(emin - exp_top);
  if (keep < 0) {
    /* Below half the smallest subnormal: rounds to zero. */
    *m_out = 0;
    *e_out = 0;
    return true;
  }
  int drop = n - keep;
  uint64_t m;
  BigInt kept = mag_shr(q, (uint64_t)drop);
  m = big_low_u64(kept);
  /* Round half to even using the dropped bits and the sticky remainder. */
  bool half = false, more = sticky;
  if (drop > 0) {
    BigInt low = mag_sub(q, mag_shl(kept, (uint64_t)drop));
    BigInt half_unit = mag_shl(bigint_from_u64(1), (uint64_t)drop - 1);
    int c = mag_cmp(low, half_unit);
    half = c >= 0;
    if (c > 0)
      more = true;
  }
  if (half && (more || (m & 1)))
    m++;
  int64_t e = drop - s;
  if (keep > 0 && m == ((uint64_t)1 << keep) && keep == mant) {
    m >>= 1;
    e++;
  }
  /* Overflow: the value's top exponent beyond emax. */
  int bits = 0;
  for (uint64_t t = m; t; t >>= 1)
    bits++;
  if (m && e + bits - 1 > emax)
    return false;
  *m_out = m;
  *e_out = (int)e;
  return true;
}

/* ---- Values ---- */

static Value *value_new(ValueKind kind) {
  Value *v = types_alloc(sizeof *v);
  v->kind = kind;
  return v;
}

const Value *value_unknown(void) {
  static const Value unknown = {VAL_UNKNOWN, false, NULL, 0, {false, 0, NULL},
                                {{false, 0, NULL}, {false, 0, NULL}},
                                {{false, 0, NULL}, {false, 0, NULL}}};
  return &unknown;
}

const Value *value_bool(bool b) {
  Value *v = value_new(VAL_BOOL);
  v->b = b;
  return v;
}

const Value *value_string(const char *s, size_t len) {
  Value *v = value_new(VAL_STRING);
  v->str = s;
  v->str_len = len;
  return v;
}

const Value *value_from_bigint(BigInt i) {
  Value *v = value_new(VAL_INT);
  v->i = i;
  return v;
}

const Value *value_int64(int64_t i) { return value_from_bigint(big_from_i64(i)); }
const Value *value_uint64(uint64_t i) { return value_from_bigint(bigint_from_u64(i)); }

static const Value *value_from_rat(Rat r) {
  Value *v = value_new(VAL_FLOAT);
  v->re = r;
  return v;
}

const Value *value_from_double(double d) {
  int e;
  double frac = frexp(d, &e); /* d = frac * 2^e, 0.5 <= |frac| < 1 */
  int64_t m = (int64_t)ldexp(frac, 53);
  e -= 53;
  BigInt num = big_from_i64(m), den = bigint_from_u64(1);
  if (e >= 0)
    num = mag_shl(num, (uint64_t)e);
  else
    den = mag_shl(den, (uint64_t)-e);
  num.neg = m < 0;
  return value_from_rat(rat_make(big_norm(num), den));
}

static int digit_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return 99;
}

/* Parse an integer literal body (no sign) in the given base. */
static BigInt parse_digits(const char *s, size_t n, int base) {
  BigInt r = big_alloc(0), b = bigint_from_u64((uint64_t)base);
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '_')
      continue;
    int d = digit_value(s[i]);
    if (d >= base)
      break;
    r = big_add(big_mul(r, b), bigint_from_u64((uint64_t)d));
  }
  return r;
}

static Rat parse_float(const char *s, size_t n) {
  /* Collect mantissa digits (ignoring '_' and '.'), count fraction digits,
   * then apply the exponent: decimal p10, or binary (hex mantissa). */
  bool hex = n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  size_t i = hex ? 2 : 0;
  int base = hex ? 16 : 10;
  BigInt mant = big_alloc(0), b = bigint_from_u64((uint64_t)base);
  long frac_digits = 0;
  bool in_frac = false;
  for (; i < n; i++) {
    char c = s[i];
    if (c == '_')
      continue;
    if (c == '.') {
      in_frac = true;
      continue;
    }
    if ((!hex && (c == 'e' || c == 'E')) || (hex && (c == 'p' || c == 'P')))
      break;
    int d = digit_value(c);
    if (d >= base)
      break;
    mant = big_add(big_mul(mant, b), bigint_from_u64((uint64_t)d));
    if (in_frac)
      frac_digits++;
  }
  long exp = 0;
  if (i < n) {
    i++;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
      neg = s[i++] == '-';
    for (; i < n; i++)
      if (s[i] != '_' && exp < 100000000)
        exp = exp * 10 + (s[i] - '0');
    if (neg)
      exp = -exp;
  }
  BigInt num = mant, den = bigint_from_u64(1);
  if (hex) {
    long e2 = exp - 4 * frac_digits;
    if (e2 > VALUE_MAX_BITS * 2)
      e2 = VALUE_MAX_BITS * 2;
    if (e2 < -VALUE_MAX_BITS * 2)
      e2 = -VALUE_MAX_BITS * 2;
    if (e2 >= 0)
      num = mag_shl(num, (uint64_t)e2);
    else
      den = mag_shl(den, (uint64_t)-e2);
  } else {
    long e10 = exp - frac_digits;
    if (e10 > VALUE_MAX_BITS)
      e10 = VALUE_MAX_BITS; /* rejected later as too big */
    if (e10 < -VALUE_MAX_BITS)
      e10 = -VALUE_MAX_BITS;
    if (e10 >= 0)
      num = big_mul(num, big_pow10((int)e10));
    else
      den = big_pow10((int)-e10);
  }
  return rat_make(num, den);
}

/* Decode one UTF-8 sequence (for rune literals); returns the code point. */
static uint32_t decode_utf8(const unsigned char *s, size_t n) {
  if (n == 0)
    return 0xFFFD;
  if (s[0] < 0x80)
    return s[0];
  int len = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
  if ((size_t)len > n)
    return 0xFFFD;
  uint32_t c = s[0] & (0x3F >> (len - 1));
  for (int i = 1; i < len; i++)
    c = (c << 6) | (s[i] & 0x3F);
  return c;
}

const Value *value_from_literal(LiteralKind kind, const char *text,
                                size_t length) {
  Arena scratch;
  switch (kind) {
  case LIT_INT: {
    int base = 10;
    size_t skip = 0;
    if (length > 1 && text[0] == '0') {
      char c = text[1];
      if (c == 'x' || c == 'X') base = 16, skip = 2;
      else if (c == 'b' || c == 'B') base = 2, skip = 2;
      else if (c == 'o' || c == 'O') base = 8, skip = 2;
      else base = 8, skip = 1;
    }
    return value_from_bigint(parse_digits(text + skip, length - skip, base));
  }
  case LIT_FLOAT:
    return value_from_rat(parse_float(text, length));
  case LIT_IMAG: {
    Value *v = value_new(VAL_COMPLEX);
    v->re = rat_from_int(big_alloc(0));
    /* The imaginary part: the literal without its trailing 'i'.  An
     * integer-looking imaginary literal like 0123i is decimal. */
    size_t n = length - 1;
    bool is_float = false;
    bool hex = n > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    for (size_t i = 0; i < n; i++)
      if (text[i] == '.' || (!hex && (text[i] == 'e' || text[i] == 'E')) ||
          (hex && (text[i] == 'p' || text[i] == 'P')))
        is_float = true;
    if (is_float)
      v->im = parse_float(text, n);
    else if (n > 1 && text[0] == '0' &&
             strchr("xXbBoO", text[1]) != NULL)
      v->im = rat_from_int(((const Value *)value_from_literal(LIT_INT, text, n))->i);
    else
      v->im = rat_from_int(parse_digits(text, n, 10));
    return v;
  }
  case LIT_RUNE:
  case LIT_STRING: {
    arena_init(&scratch);
    size_t len = 0;
    char *s = lex_string_value(&scratch, text, length, &len);
    const Value *v;
    if (kind == LIT_STRING) {
      v = value_string(types_strdup(s, len), len);
    } else {
      /* lex_string_value encodes a rune literal's code point (escapes
       * included) as UTF-8: decode it back. */
      uint32_t c = decode_utf8((const unsigned char *)s, len);
      v = value_int64((int64_t)c);
    }
    arena_free(&scratch);
    return v;
  }
  }
  return value_unknown();
}

const Value *value_to_int(const Value *v) {
  switch (v->kind) {
  case VAL_INT:
    return v;
  case VAL_FLOAT:
    return rat_is_int(v->re) ? value_from_bigint(v->re.num) : NULL;
  case VAL_COMPLEX:
    return rat_is_zero(v->im) && rat_is_int(v->re) ? value_from_bigint(v->re.num)
                                                   : NULL;
  default:
    return NULL;
  }
}

const Value *value_to_float(const Value *v) {
  switch (v->kind) {
  case VAL_INT:
    return value_from_rat(rat_from_int(v->i));
  case VAL_FLOAT:
    return v;
  case VAL_COMPLEX:
    return rat_is_zero(v->im) ? value_from_rat(v->re) : NULL;
  default:
    return NULL;
  }
}

const Value *value_to_complex(const Value *v) {
  Value *r;
  switch (v->kind) {
  case VAL_INT:
  case VAL_FLOAT:
    r = value_new(VAL_COMPLEX);
    r->re = v->kind == VAL_INT ? rat_from_int(v->i) : v->re;
    r->im = rat_from_int(big_alloc(0));
    return r;
  case VAL_COMPLEX:
    return v;
  default:
    return NULL;
  }
}

bool value_is_int(const Value *v) { return value_to_int(v) != NULL; }

bool value_sign_negative(const Value *v) {
  switch (v->kind) {
  case VAL_INT: return v->i.neg;
  case VAL_FLOAT: return v->re.num.neg;
  case VAL_COMPLEX: return v->re.num.neg;
  default: return false;
  }
}

bool value_get_int64(const Value *v, int64_t *out) {
  const Value *i = value_to_int(v);
  if (!i || i->i.len > 2)
    return false;
  uint64_t m = big_low_u64(i->i);
  if (i->i.neg) {
    if (m > (uint64_t)1 << 63)
      return false;
    *out = (int64_t)(0 - m);
  } else {
    if (m > (uint64_t)INT64_MAX)
      return false;
    *out = (int64_t)m;
  }
  return true;
}

bool value_get_uint64(const Value *v, uint64_t *out) {
  const Value *i = value_to_int(v);
  if (!i || !big_fits_u64(i->i))
    return false;
  *out = big_low_u64(i->i);
  return true;
}

int value_bitlen(const Value *v) {
  const Value *i = value_to_int(v);
  return i ? big_bitlen(i->i) : 0;
}

static double rat_to_double(Rat r) {
  uint64_t m;
  int e;
  if (!rat_round(r, 53, -1022, 1023, &m, &e))
    return r.num.neg ? -HUGE_VAL : HUGE_VAL;
  double d = ldexp((double)m, e);
  return r.num.neg ? -d : d;
}

double value_to_double(const Value *v) {
  switch (v->kind) {
  case VAL_INT: return rat_to_double(rat_from_int(v->i));
  case VAL_FLOAT:
  case VAL_COMPLEX: return rat_to_double(v->re);
  default: return 0;
  }
}

const Value *value_round_float(const Value *v, int bits) {
  const Value *f = value_to_float(v);
  if (!f)
    return NULL;
  uint64_t m;
  int e;
  bool ok = bits == 32 ? rat_round(f->re, 24, -126, 127, &m, &e)
                       : rat_round(f->re, 53, -1022, 1023, &m, &e);
  if (!ok)
    return NULL;
  BigInt num = bigint_from_u64(m), den = bigint_from_u64(1);
  if (e >= 0)
    num = mag_shl(num, (uint64_t)e);
  else
    den = mag_shl(den, (uint64_t)-e);
  num.neg = f->re.num.neg && m != 0;
  return value_from_rat(rat_make(num, den));
}

static int kind_rank(ValueKind k) {
  return k == VAL_INT ? 1 : k == VAL_FLOAT ? 2 : k == VAL_COMPLEX ? 3 : 0;
}

void value_match(const Value **x, const Value **y) {
  int rx = kind_rank((*x)->kind), ry = kind_rank((*y)->kind);
  if (rx == 0 || ry == 0 || rx == ry)
    return;
  int r = rx > ry ? rx : ry;
  const Value **lo = rx < ry ? x : y;
  *lo = r == 2 ? value_to_float(*lo) : value_to_complex(*lo);
}

static bool value_too_big(const Value *v) {
  switch (v->kind) {
  case VAL_INT: return big_bitlen(v->i) > VALUE_MAX_BITS;
  case VAL_FLOAT: return rat_too_big(v->re);
  case VAL_COMPLEX: return rat_too_big(v->re) || rat_too_big(v->im);
  default: return false;
  }
}

const Value *value_binary(TokenKind op, const Value *x, const Value *y,
                          bool integer_division, bool *overflow) {
  value_match(&x, &y);
  if (x->kind == VAL_UNKNOWN || y->kind == VAL_UNKNOWN)
    return value_unknown();
  Value *r;
  switch (x->kind) {
  case VAL_BOOL:
    if (op == TK_LAND)
      return value_bool(x->b && y->b);
    return value_bool(x->b || y->b);
  case VAL_STRING: {
    char *s = types_alloc(x->str_len + y->str_len + 1);
    memcpy(s, x->str, x->str_len);
    memcpy(s + x->str_len, y->str, y->str_len);
    return value_string(s, x->str_len + y->str_len);
  }
  case VAL_INT: {
    BigInt a = x->i, b = y->i, res, q, rem;
    switch (op) {
    case TK_ADD: res = big_add(a, b); break;
    case TK_SUB: res = big_sub(a, b); break;
    case TK_MUL: res = big_mul(a, b); break;
    case TK_QUO:
      if (big_is_zero(b))
        return NULL;
      if (!integer_division)
        return value_binary(op, value_to_float(x), value_to_float(y), false,
                            overflow);
      big_quorem(a, b, &q, &rem);
      res = q;
      break;
    case TK_REM:
      if (big_is_zero(b))
        return NULL;
      big_quorem(a, b, &q, &rem);
      res = rem;
      break;
    case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT:
      res = big_bitwise(op, a, b);
      break;
    default:
      return value_unknown();
    }
    const Value *v = value_from_bigint(res);
    if (value_too_big(v))
      *overflow = true;
    return v;
  }
  case VAL_FLOAT: {
    Rat a = x->re, b = y->re, res;
    switch (op) {
    case TK_ADD: res = rat_add(a, b); break;
    case TK_SUB: res = rat_sub(a, b); break;
    case TK_MUL: res = rat_mul(a, b); break;
    case TK_QUO:
      if (rat_is_zero(b))
        return NULL;
      res = rat_quo(a, b);
      break;
    default:
      return value_unknown();
    }
    const Value *v = value_from_rat(res);
    if (value_too_big(v))
      *overflow = true;
    return v;
  }
  case VAL_COMPLEX: {
    Rat a = x->re, b = x->im, c = y->re, d = y->im;
    r = value_new(VAL_COMPLEX);
    switch (op) {
    case TK_ADD: r->re = rat_add(a, c); r->im = rat_add(b, d); break;
    case TK_SUB: r->re = rat_sub(a, c); r->im = rat_sub(b, d); break;
    case TK_MUL:
      r->re = rat_sub(rat_mul(a, c), rat_mul(b, d));
      r->im = rat_add(rat_mul(b, c), rat_mul(a, d));
      break;
    case TK_QUO: {
      Rat s = rat_add(rat_mul(c, c), rat_mul(d, d));
      if (rat_is_zero(s))
        return NULL;
      r->re = rat_quo(rat_add(rat_mul(a, c), rat_mul(b, d)), s);
      r->im = rat_quo(rat_sub(rat_mul(b, c), rat_mul(a, d)), s);
      break;
    }
    default:
      return value_unknown();
    }
    if (value_too_big(r))
      *overflow = true;
    return r;
  }
  default:
    return value_unknown();
  }
}

const Value *value_shift(TokenKind op, const Value *x, uint64_t count,
                         bool *overflow) {
  const Value *i = value_to_int(x);
  if (!i)
    return value_unknown();
  if (op == TK_SHL) {
    if (count > VALUE_MAX_BITS || big_bitlen(i->i) + (int64_t)count > VALUE_MAX_BITS) {
      *overflow = true;
      return value_unknown();
    }
    return value_from_bigint(mag_shl(i->i, count));
  }
  /* Arithmetic shift right: rounds toward negative infinity. */
  if (!i->i.neg)
    return value_from_bigint(mag_shr(i->i, count));
  BigInt m = i->i;
  m.neg = false;
  BigInt t = mag_shr(mag_sub(m, bigint_from_u64(1)), count);
  t = mag_add(t, bigint_from_u64(1));
  t.neg = true;
  return value_from_bigint(big_norm(t));
}

bool value_compare(TokenKind op, const Value *x, const Value *y) {
  value_match(&x, &y);
  int c = 0;
  switch (x->kind) {
  case VAL_BOOL:
    c = x->b == y->b ? 0 : 1;
    break;
  case VAL_STRING: {
    size_t n = x->str_len < y->str_len ? x->str_len : y->str_len;
    c = memcmp(x->str, y->str, n);
    if (c == 0)
      c = x->str_len < y->str_len ? -1 : x->str_len > y->str_len;
    break;
  }
  case VAL_INT:
    c = bigint_cmp(x->i, y->i);
    break;
  case VAL_FLOAT:
    c = rat_cmp(x->re, y->re);
    break;
  case VAL_COMPLEX:
    c = rat_cmp(x->re, y->re) == 0 && rat_cmp(x->im, y->im) == 0 ? 0 : 1;
    break;
  default:
    return false;
  }
  switch (op) {
  case TK_EQL: return c == 0;
  case TK_NEQ: return c != 0;
  case TK_LSS: return c < 0;
  case TK_LEQ: return c <= 0;
  case TK_GTR: return c > 0;
  case TK_GEQ: return c >= 0;
  default: return false;
  }
}

const Value *value_unary(TokenKind op, const Value *x, int unsigned_bits) {
  Value *r;
  switch (op) {
  case TK_ADD:
    return x;
  case TK_SUB:
    switch (x->kind) {
    case VAL_INT: return value_from_bigint(big_neg(x->i));
    case VAL_FLOAT: return value_from_rat(rat_neg(x->re));
    case VAL_COMPLEX:
      r = value_new(VAL_COMPLEX);
      r->re = rat_neg(x->re);
      r->im = rat_neg(x->im);
      return r;
    default: return value_unknown();
    }
  case TK_XOR: {
    const Value *i = value_to_int(x);
    if (!i)
      return value_unknown();
    if (unsigned_bits > 0) {
      /* ^x within the type's width: x XOR (2^bits - 1). */
      BigInt mask = mag_sub(mag_shl(bigint_from_u64(1), (uint64_t)unsigned_bits),
                            bigint_from_u64(1));
      return value_from_bigint(big_bitwise(TK_XOR, i->i, mask));
    }
    /* ^x == -x - 1 for (conceptually infinite) two's complement. */
    return value_from_bigint(big_sub(big_neg(i->i), bigint_from_u64(1)));
  }
  case TK_NOT:
    return x->kind == VAL_BOOL ? value_bool(!x->b) : value_unknown();
  default:
    return value_unknown();
  }
}

/* ---- Printing, as go/constant's String ---- */

/* Go's strconv.Quote for a byte string (valid UTF-8 passes through when
 * printable; we keep it simple: ASCII printable as is, common escapes,
 * UTF-8 sequences copied, other bytes as \x..). */
void value_quote(StrBuf *out, const char *s, size_t n) {
  ast_quote_string(out, s, n, false);
}

/* Go's %g without precision: the shortest digits that read back as x,
 * in exponent form when the exponent is < -4 or >= 6 (strconv's rule). */
static void print_shortest(StrBuf *out, double x) {
  char buf[64];
  int p;
  for (p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    if (strtod(buf, NULL) == x)
      break;
  }
  int exp = atoi(strchr(buf, 'e') + 1);
  if (exp < -4 || exp >= 6) {
    strbuf_puts(out, buf);
    return;
  }
  int decimals = p - 1 - exp;
  snprintf(buf, sizeof buf, "%.*f", decimals < 0 ? 0 : decimals, x);
  strbuf_puts(out, buf);
}

/* go/constant: "%.6g" of the nearest float64, or "%g" when the short form
 * would make a non-integer look like an integer. */
static void print_float(StrBuf *out, Rat r) {
  double x = rat_to_double(r);
  if (isinf(x) || (x == 0 && !rat_is_zero(r))) {
    /* Out of float64 range: mantissa and decimal exponent estimated from
     * the bit lengths (approximate, like gc's own fallback). */
    double lg = (big_bitlen(r.num) - big_bitlen(r.den)) * 0.30102999566398120;
    strbuf_printf(out, "%s1e%+d", r.num.neg ? "-" : "", (int)floor(lg));
    return;
  }
  char buf[64];
  snprintf(buf, sizeof buf, "%.6g", x);
  if (!rat_is_int(r) && strchr(buf, '.') == NULL)
    print_shortest(out, x);
  else
    strbuf_puts(out, buf);
}

void value_print(StrBuf *out, const Value *v) {
  switch (v->kind) {
  case VAL_UNKNOWN:
    strbuf_puts(out, "unknown");
    break;
  case VAL_BOOL:
    strbuf_puts(out, v->b ? "true" : "false");
    break;
  case VAL_STRING:
    ast_quote_string(out, v->str, v->str_len, true);
    break;
  case VAL_INT:
    big_print(out, v->i);
    break;
  case VAL_FLOAT:
    print_float(out, v->re);
    break;
  case VAL_COMPLEX:
    strbuf_puts(out, "(");
    print_float(out, v->re);
    strbuf_puts(out, " + ");
    print_float(out, v->im);
    strbuf_puts(out, "i)");
    break;
  }
}

void value_print_exact(StrBuf *out, const Value *v) {
  if (v->kind == VAL_INT)
    big_print(out, v->i);
  else
    value_print(out, v);
}
