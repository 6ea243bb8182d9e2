package main

import "fmt"

var sink any

type G[T any] struct{ t T }

func typeswitch(x any) {
	switch v := x.(type) {
	case nil:
		sink = &v
	case fmt.Stringer:
		sink = &v
	case map[string]*int:
		sink = &v
	case chan int, [4]int:
		sink = &v
	case func(int) (string, error):
		sink = &v
	case func(a, b int):
		sink = &v
	case interface{ M() int }:
		sink = &v
	case struct{ a int }:
		sink = &v
	case G[int]:
		sink = &v
	case (*int):
		sink = &v
	}
}

func main() {}
