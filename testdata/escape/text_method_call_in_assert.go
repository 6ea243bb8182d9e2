// A method call inside a type assertion prints as gc's method expression
// call, (*V).At(v, i), like any other concrete method call.
package main

import "fmt"

type V struct{ items []any }

func (v *V) At(i int) any { return v.items[i] }

type I struct{ val int }

func show(v *V, i int) {
	fmt.Println(v.At(i).(*I).val)
}

func main() {}
