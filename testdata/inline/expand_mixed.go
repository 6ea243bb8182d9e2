package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t *T) Get() int { return t.n }
func (t T) Val() *int  { return &t.n }

func rec(n int) int {
	if n == 0 {
		return 0
	}
	return rec(n - 1)
}

func f() int { return g() + g() }
func g() int { return 1 }
func h() int { return 2 }

var sink any

func main() {
	defer fmt.Println("bye")
	t := &T{}
	_ = t.Get()
	sink = t.Val()
	_ = rec(3)
	_ = f() + h()
	err := errors.New("x")
	_ = err
	go func() { fmt.Println(1) }()
}
