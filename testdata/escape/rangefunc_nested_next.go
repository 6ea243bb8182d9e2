// Nested loops always declare #next (the inner check reads it), which
// counts in the outer function's .autotmp numbering.
package main

var sink any

func seq(yield func(int) bool) { yield(1) }

func f() {
	for range seq {
		for range seq {
		}
	}
	p := new(1)
	sink = p
}

func g() {
	for range seq {
	}
	p := new(1)
	sink = p
}

func main() {}
