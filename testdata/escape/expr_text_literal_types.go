// The types of elided composite literals are spelled from the type, as
// gc's printer does: struct and interface literals with spaced braces,
// embedded fields as their type alone, tags quoted, interface methods in
// gc's order (exported first) with an unexported one's package.
package main

type deep struct{}

type node struct{ next *node }

var sink any

func main() {
	x := []*struct {
		a int
		b string `json:"b"`
	}{{1, "x"}, {}}
	sink = x
	y := []*interface {
		m()
		M() int
	}{nil}
	sink = y
	z := map[string]*struct {
		deep
		*node
	}{"a": {}}
	sink = z
	w := [][]*struct{}{{{}}}
	sink = w
}
