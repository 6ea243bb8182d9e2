package main

import "fmt"

var sink any

func g() (int, string) { return 1, "a" }
func gp() (*int, []int) { return nil, nil }

func f(a, b any) { sink = a; _ = b }
func v(a ...any) {}
func h(a any, b any) {}

func c1() {
	f(g())
}

func c2() {
	v(g())
}

func c3() {
	h(g())
}

func c4() {
	fmt.Println(g())
}

func c5() {
	x := 1
	fmt.Println(gp())
	_ = x
}

func main() {}
