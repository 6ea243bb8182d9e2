// Expression switches (with and without a tag, with init statements,
// fallthrough, lists of cases) and type switches (with and without a
// binding, nil and multi-type cases).
package main

import (
	"errors"
	"fmt"
	"io"
)

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	default:
		return "C"
	}
}

func weekday(d int) (s string) {
	switch d {
	case 0, 6:
		s = "weekend"
	case 1, 2, 3, 4, 5:
		s = "weekday"
	}
	return
}

func fall(n int) []int {
	var out []int
	switch x := n * 2; x {
	case 2:
		out = append(out, 2)
		fallthrough
	case 4:
		out = append(out, 4)
		fallthrough
	default:
		out = append(out, 0)
	case 8:
		out = append(out, 8)
	}
	return out
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string " + x
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	case []any, map[string]any:
		return "container"
	case *struct{ N int }:
		return fmt.Sprint("ptr ", x.N)
	case interface{ Len() int }:
		return "has Len"
	default:
		_ = x
		return "other"
	}
}

func kind(r io.Reader) int {
	switch r.(type) {
	case io.ReadCloser:
		return 1
	case io.Writer:
		return 2
	}
	switch y := r; t := y.(type) {
	case nil:
		return 0
	default:
		_ = t
	}
	return 3
}

func empty(x int) {
	switch {
	}
	switch x {
	}
	switch x := x; {
	case x > 0:
	}
}

func main() {
	fmt.Println(grade(95), grade(85), grade(10), weekday(0), weekday(3), fall(1), fall(4))
	fmt.Println(describe(nil), describe(3), describe("s"), describe(errors.New("e")),
		describe(func() int { return 7 }), describe([]any{}), describe(&struct{ N int }{5}),
		describe(1.5), kind(nil))
	empty(1)
}
