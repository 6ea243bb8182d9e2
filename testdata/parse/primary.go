// Primary expressions: selectors (on values, pointers, packages), index
// and slice expressions (two and three index), type assertions in both
// forms, calls (variadic, with ..., of func literals), conversions
// (including parenthesized types), method values and method expressions,
// builtins (new with an expression operand is Go 1.26).
package main

import (
	"fmt"
	"strings"
	"unsafe"
)

type T struct {
	n    int
	next *T
	data []byte
}

func (t T) Value() int { return t.n }
func (t *T) Inc()      { t.n++ }
func (t *T) Add(d ...int) {
	for _, x := range d {
		t.n += x
	}
}
func (T) Static(s string) string { return strings.ToUpper(s) }

func variadic(prefix string, xs ...any) string { return fmt.Sprint(prefix, len(xs)) }

func main() {
	t := &T{n: 1, next: &T{n: 2}, data: []byte("hello")}
	fmt.Println(t.n, t.next.n, (*t).n, t.next.next == nil)
	s := []int{0, 1, 2, 3, 4, 5}
	a := [6]int{}
	str := "abcdef"
	fmt.Println(s[1], s[1:3], s[:2], s[4:], s[:], s[1:3:4], s[:2:3], a[1:2], str[2:], str[3])
	pa := &a
	fmt.Println(pa[2], pa[1:], len(pa))
	var x any = t
	if tt, ok := x.(*T); ok {
		fmt.Println(tt.n)
	}
	_ = x.(*T).data[0]
	v := x.(interface{ Value() int }).Value()
	t.Inc()
	t.Add()
	t.Add(1, 2)
	t.Add(s...)
	fmt.Println(variadic("p"), variadic("p", 1, "a"), variadic("p", []any{1, 2}...), v)
	f := t.Value
	g := (*T).Inc
	h := T.Value
	k := T.Static
	g(t)
	fmt.Println(f(), h(*t), k(T{}, "x"), t.Static("y"))
	n := func(a, b int) int { return a * b }(3, 4)
	b := []byte(str)
	r := []rune(str)
	i := int64(n)
	fl := float32(i)
	pi := (*int)(unsafe.Pointer(&n))
	fn := (func())(nil)
	ch := (<-chan int)(nil)
	arr := [2]int(s[:2])
	ap := (*[3]int)(s)
	fmt.Println(len(b), len(r), fl, *pi, fn == nil, ch == nil, arr, ap[0], string(rune(65)))
	fmt.Println(*new(42), *new(str + "!"), new(int), new(T).n, len(make([]int, 3, 10)), cap(make(chan int, 2)), min(1, 2, 3), max(2.5, 1))
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(copy(s, []int{9}), append(s[:1], 7, 8), complex(1, 2), unsafe.Sizeof(*t))
	chained := strings.NewReplacer("a", "b").Replace(strings.TrimSpace(" a "))
	fmt.Println(chained, fmt.Sprint(t.next.Value()), (t).n, (t.next).next)
}
