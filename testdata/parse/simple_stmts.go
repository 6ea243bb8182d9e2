// Simple statements: assignments of every operator, := with several
// names, increments, expression statements, defer with recover and panic,
// blocks, and return forms.
package main

import (
	"errors"
	"fmt"
)

func ops() []int {
	x := 100
	x += 1
	x -= 2
	x *= 3
	x /= 4
	x %= 50
	x &= 0xff
	x |= 0x100
	x ^= 0x0f
	x <<= 2
	x >>= 1
	x &^= 0x3
	x++
	x--
	a, b := 1, 2
	a, b = b, a
	_, c := a, b
	var arr [3]int
	arr[0], arr[1] = arr[1]+1, arr[0]+2
	m := map[string]int{}
	m["k"]++
	m["k"] += 5
	p := &arr
	p[2] = 9
	(*p)[1]++
	return []int{x, a, b, c, arr[0], arr[1], arr[2], m["k"]}
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer fmt.Print("")
	q = a / b
	return
}

func mustPositive(n int) int {
	if n < 0 {
		panic(errors.New("negative"))
	}
	return n
}

func multi() (int, string, error) { return 1, "a", nil }

func forward() (int, string, error) { return multi() }

func bare() (n int) {
	n = 3
	return
}

func main() {
	fmt.Println(ops())
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeDiv(6, 3))
	fmt.Println(mustPositive(3), bare())
	n, s, err := forward()
	fmt.Println(n, s, err)
	var f func()
	f = func() {}
	f()
	defer func(s string) { fmt.Println(s) }("deferred")
	for i := 0; i < 2; i++ {
		defer fmt.Println("loop defer", i)
	}
	{
	}
	println()
}
