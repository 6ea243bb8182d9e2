// Composite literals: structs (keyed and positional), arrays with [...]
// and index keys, slices, maps, nested literals with elided types and
// elided &T, anonymous struct literals, and literals in conditions.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
}

type Shape struct {
	Lines []Line
	Attrs map[string][]string
	Ref   *Point
}

func main() {
	p := Point{1, 2}
	q := Point{X: 3}
	r := &Point{Y: 4}
	var zero Point = Point{}
	line := Line{From: p, To: Point{5, 6}, Label: "l"}
	arr := [...]int{1, 2, 3}
	sparse := [10]string{2: "two", 5: "five", "six", 9: "nine"}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	slice := []Point{{1, 1}, {X: 2}, {}}
	ptrs := []*Point{{1, 2}, &Point{3, 4}, nil}
	m := map[string]Point{"a": {1, 2}, "b": {X: 3}}
	mk := map[Point]string{{1, 2}: "p", {X: 3}: "q"}
	nested := map[string][]map[int]*Point{
		"x": {{1: {1, 1}}, {2: nil}},
		"y": nil,
	}
	shape := Shape{
		Lines: []Line{{From: p, To: q}, {Label: "second"}},
		Attrs: map[string][]string{"color": {"red", "blue"}},
		Ref:   &Point{7, 8},
	}
	anon := struct {
		Name string
		Age  int
	}{"Bob", 42}
	anons := []struct{ A, B int }{{1, 2}, {A: 3}}
	fn := []func(int) int{func(i int) int { return i }, nil}
	ch := []chan int{make(chan int)}
	iface := []any{1, "two", Point{3, 3}, []int{4}, nil}
	arrOfArr := [...][2]string{{"a", "b"}, {"c"}}
	if (p == Point{1, 2}) {
		fmt.Println("equal")
	}
	for _, s := range []Point{{9, 9}} {
		_ = s
	}
	switch (Point{}) {
	case Point{0, 0}:
	}
	trailing := []int{
		1,
		2,
	}
	fmt.Println(p, q, r, zero, line, arr, sparse, grid, slice, ptrs, m, mk, nested, shape,
		anon, anons, len(fn), len(ch), iface, arrOfArr, trailing)
}
