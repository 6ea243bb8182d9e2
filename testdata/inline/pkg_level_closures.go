// Func literals of package-level variables are functions of their own
// (init.func1 ...), compiled even when nothing in init calls them.
package main

var sink *int

var fs = []func(p *int){
	func(p *int) { sink = p },
	func(q *int) { _ = *q },
}

func main() {
	x := 1
	for _, f := range fs {
		f(&x)
	}
}
