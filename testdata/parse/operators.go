// Every unary and binary operator, at every precedence level, with and
// without parentheses; comparisons, shifts, logical operators, address-of,
// dereference and receive.
package main

import "fmt"

func arith(a, b int) []int {
	return []int{
		a + b, a - b, a * b, a / b, a % b,
		a & b, a | b, a ^ b, a &^ b,
		a << 2, a >> 1, a << uint(b), -a, +a, ^a,
		a + b*2 - a/b%3,
		(a + b) * (a - b),
		a*b + a*b<<1&0xf | 3 ^ 2,
		-(-a), ^^a, - -a, + +a,
	}
}

func logic(a, b bool, x, y int) []bool {
	return []bool{
		a && b, a || b, !a, !!b,
		x == y, x != y, x < y, x <= y, x > y, x >= y,
		a && x < y || !b && x != 0,
		(a || b) && !(x > y),
		x+1 > y-1 == a,
	}
}

func floats(f, g float64) []float64 {
	return []float64{f + g, f - g, f * g, f / g, -f, +g, f*g + f/g}
}

func strs(s, t string) (string, bool, bool) {
	return s + t + "!", s < t, s+t >= t+s
}

func pointers() int {
	x := 1
	p := &x
	pp := &p
	**pp = 5
	*p += 1
	q := &struct{ n int }{n: 3}
	q.n *= *p
	return *p + (*q).n + q.n
}

func receive() int {
	c := make(chan int, 3)
	c <- 1
	c <- 2
	c <- 3
	return <-c + <-c*<-c
}

func complexes() complex128 {
	var z complex128 = 1 + 2i
	return z*z - z/2i + complex(1, real(z)) + complex(imag(z), 0)
}

func main() {
	fmt.Println(arith(17, 5))
	fmt.Println(logic(true, false, 3, 4))
	fmt.Println(floats(1.5, 0.5))
	fmt.Println(strs("a", "b"))
	fmt.Println(pointers(), receive(), complexes())
	const big = 1 << 100 >> 98
	var u8 uint8 = 255
	u8++
	fmt.Println(big, u8, ^uint32(0), -1<<63 == -9223372036854775808)
}
