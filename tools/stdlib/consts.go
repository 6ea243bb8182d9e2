package main

import (
	"fmt"
	"go/constant"
	"go/types"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// constLiteral writes the exact value of a constant as a Go constant
// expression whose untyped kind is the same as the constant's: an untyped
// float constant that happens to be integral still prints with a ".0", an
// untyped rune constant prints as a rune literal.
func constLiteral(v constant.Value, t types.Type) string {
	kind := types.Invalid
	if b, ok := t.Underlying().(*types.Basic); ok {
		kind = b.Kind()
	}
	switch v.Kind() {
	case constant.Bool:
		return v.ExactString()
	case constant.String:
		return strconv.Quote(constant.StringVal(v))
	case constant.Int:
		if kind == types.UntypedRune {
			return runeLiteral(v)
		}
		return v.ExactString()
	case constant.Float:
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsInteger != 0 {
			// A typed integer constant is an integer even when go/constant
			// keeps it as a float; print the integer.
			return constant.ToInt(v).ExactString()
		}
		return floatLiteral(v)
	case constant.Complex:
		re, im := constant.Real(v), constant.Imag(v)
		return fmt.Sprintf("complex(%s, %s)", floatLiteral(re), floatLiteral(im))
	}
	panic(fmt.Sprintf("unexpected constant %v", v))
}

// runeLiteral prints an untyped rune constant. Values that a rune literal
// cannot spell (surrogate halves, values past U+10FFFF, negative values)
// are written as '\x00' + N, which keeps the untyped rune kind.
func runeLiteral(v constant.Value) string {
	n, ok := constant.Int64Val(v)
	if ok && n >= 0 && n <= utf8.MaxRune && utf8.ValidRune(rune(n)) {
		return strconv.QuoteRuneToASCII(rune(n))
	}
	return "'\\x00' + " + v.ExactString()
}

// floatLiteral prints a float constant exactly:
//   - an integer of at most 20 digits as "N.0";
//   - a terminating decimal of at most 80 characters as that decimal;
//   - any other dyadic rational (p/2^k) as a hexadecimal float literal;
//   - any other rational as "N.0 / D" (an untyped float quotient, exact).
func floatLiteral(v constant.Value) string {
	var r *big.Rat
	switch x := constant.Val(v).(type) {
	case int64:
		r = new(big.Rat).SetInt64(x)
	case *big.Int:
		r = new(big.Rat).SetInt(x)
	case *big.Rat:
		r = x
	case *big.Float:
		// go/constant keeps a float as *big.Float only when it is too
		// large or too small for a *big.Rat; such a value is still
		// exactly p * 2^e, so a hexadecimal literal is exact.
		return x.Text('x', -1)
	default:
		panic(fmt.Sprintf("unexpected float constant %T", x))
	}
	neg := r.Sign() < 0
	a := new(big.Rat).Abs(r)
	sign := ""
	if neg {
		sign = "-"
	}
	num, den := a.Num(), a.Denom()
	if den.Cmp(big.NewInt(1)) == 0 && len(num.String()) <= 20 {
		return sign + num.String() + ".0"
	}
	// Is den = 2^i * 5^j? Then the decimal expansion terminates after
	// max(i, j) digits.
	d := new(big.Int).Set(den)
	twos, fives := 0, 0
	for d.Bit(0) == 0 {
		d.Rsh(d, 1)
		twos++
	}
	five := big.NewInt(5)
	for {
		q, m := new(big.Int).QuoRem(d, five, new(big.Int))
		if m.Sign() != 0 {
			break
		}
		d = q
		fives++
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		digits := twos
		if fives > digits {
			digits = fives
		}
		s := a.FloatString(digits)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		if len(s) <= 80 {
			return sign + s
		}
		if fives == 0 {
			return sign + hexFloat(a)
		}
	}
	if den.Cmp(big.NewInt(1)) == 0 {
		return sign + hexFloat(a)
	}
	return sign + num.String() + ".0 / " + den.String()
}

// hexFloat prints a non-negative dyadic rational as a Go hexadecimal float
// literal, exactly.
func hexFloat(r *big.Rat) string {
	prec := uint(r.Num().BitLen())
	if prec < 1 {
		prec = 1
	}
	f := new(big.Float).SetPrec(prec).SetRat(r)
	if f.Acc() != big.Exact {
		panic("hexFloat: inexact")
	}
	return f.Text('x', -1)
}
