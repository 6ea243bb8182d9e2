// Without inlining gc devirtualizes i.M() before it draws the call graph:
// the concrete method is a callee of m, analyzed before it, wherever it is
// declared.
package main

type I interface{ M(x int) }
type TI struct{}

func main() {
	m()
}

func m() {
	var i I
	i = TI{}
	i.M(1)
}

func (_ TI) M(x int) {
	if x != 1 {
		panic("bad M")
	}
}
