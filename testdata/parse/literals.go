// Basic literals: integers in every base with separators, floats in
// decimal and hexadecimal, imaginary numbers, runes with every escape,
// interpreted and raw strings.  (Not gofmt-clean on purpose: gofmt would
// lower-case the 0O, 0B and 0X prefixes that the lexer must accept.)
package main

import "fmt"

const (
	dec      = 1234567890
	decSep   = 1_000_000
	hex      = 0xDeadBeef
	hexSep   = 0x_FF_FF
	oct      = 0o755
	octUpper = 0O17
	octOld   = 0755
	bin      = 0b1010_1010
	binUpper = 0B11
	zero     = 0
)

const (
	f1 = 0.
	f2 = .5
	f3 = 1.25
	f4 = 1e10
	f5 = 6.02e+23
	f6 = 1.6e-19
	f7 = 1_000.000_1
	f8 = 0x1p-2
	f9 = 0x1.8p+3
	fa = 0X_1FFFP-16
	fb = 0x.8p0
	fc = 072.5
)

const (
	i1 = 0i
	i2 = 3i
	i3 = 2.5i
	i4 = 1e3i
	i5 = 0x10i
	i6 = 0o17i
	i7 = 0b1i
	i8 = 1_0i
	i9 = 0123i
)

var runes = []rune{
	'a', 'ä', '本', '\t', '\n', '\\', '\'', '"',
	'\a', '\b', '\f', '\r', '\v', '\000', '\007', '\377',
	'\x00', '\x7f', '\xff', '\u12e4', '\U00101234', '\u00e9',
}

var strings = []string{
	"",
	"hello, world\n",
	"tab\there \"quoted\" back\\slash",
	"\xff\xfe\x00 bytes",
	"\u65e5\u672c\u8a9e \U0001F600",
	"\101\102\103 octal",
	"日本語",
	`raw \n stays`,
	`multi
line
raw string with "quotes" and 'runes'`,
	``,
	"\a\b\f\n\r\t\v\\\"",
}

func main() {
	fmt.Println(dec, decSep, hex, hexSep, oct, octUpper, octOld, bin, binUpper, zero)
	fmt.Println(f1, f2, f3, f4, f5, f6, f7, f8, f9, fa, fb, fc)
	fmt.Println(i1, i2, i3, i4, i5, i6, i7, i8, i9)
	fmt.Println(len(runes), len(strings), true, false, nil == any(nil), iota0)
}

const iota0 = iota
