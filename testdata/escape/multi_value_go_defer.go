package main

import "fmt"

func g() (int, string) { return 1, "a" }
func gp() ([]any, int) { return nil, 1 }
func f(a, b any)      {}
func v(a ...any)      {}

func d1() {
	defer f(g())
}

func d2() {
	go v(g())
}

func d3() {
	defer fmt.Println(g())
}

func d4() {
	for i := 0; i < 2; i++ {
		defer f(g())
	}
}

func d5() {
	defer println(g())
	go func() { _ = append(gp()) }()
}

func main() {}
