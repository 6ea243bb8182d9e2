package main

import (
	"fmt"
	"iter"
)

var sink any

func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(m map[string]*int) iter.Seq2[string, *int] {
	return func(yield func(string, *int) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

var glob = func() int {
	s := 0
	for x := range count(3) {
		s += x
	}
	return s
}

func printing(m map[string]*int) {
	for k, v := range pairs(m) {
		fmt.Println(k, v)
	}
}

func typeswitch(xs []any) {
	for i := range count(len(xs)) {
		switch v := xs[i].(type) {
		case int:
			sink = &v
		}
	}
}

func gostmt(ch chan int) {
	for x := range count(2) {
		go func() { ch <- x }()
	}
}

func labeled() {
Outer:
	for i := 0; i < 2; i++ {
		for x := range count(2) {
			_ = x
		}
		if i > 0 {
			break Outer
		}
	}
}

func main() {}
