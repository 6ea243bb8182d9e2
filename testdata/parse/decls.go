// Declarations: imports in every form, constants with iota, variables,
// types and aliases, functions and methods, grouped and single.
package main

import (
	"errors"
	f "fmt"
	. "strings"
	_ "unsafe"
)

import "os"

const Pi = 3.14159

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	a, b = iota, iota * 10
	c, d
	typed   int64 = 7
	untyped       = "text"
)

var global int

var (
	x, y    = 1, 2
	name    string
	ratio   float64 = 0.5
	errNope         = errors.New("nope")
)

type (
	Celsius float64
	Point   struct{ X, Y int }
	Alias   = Point
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s *Stack) Pop() (v int, ok bool) {
	if len(*s) == 0 {
		return 0, false
	}
	v = (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

func (Point) Origin() Point { return Point{} }

func (c Celsius) String() string { return f.Sprintf("%.1f°C", float64(c)) }

func pair() (int, string) { return 1, "one" }

func named(a, b int, s ...string) (sum int, err error) {
	sum = a + b + len(s)
	return
}

func noResult(int, string) {}

func init() { global = 1 }

func init() { global++ }

func main() {
	var s Stack
	s.Push(KB)
	s.Push(MB)
	v, ok := s.Pop()
	n, _ := named(1, 2, "a", "b")
	var al Alias = Point{1, 2}
	f.Println(v, ok, n, al.Origin(), Celsius(21.5), ToUpper(untyped), a, b, c, d,
		typed, Pi, GB, Sunday, Monday, Tuesday, Thursday, x, y, name, ratio, errNope)
	noResult(pair())
	if len(os.Args) > 5 {
		os.Exit(global)
	}
}
