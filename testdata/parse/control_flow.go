// if/else chains, every for loop form, range over slices, maps, strings,
// channels, integers and iterator functions, labels, break, continue, goto.
package main

import (
	"fmt"
	"iter"
	"maps"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if m := n % 2; m == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func loops() (total int) {
	for i := 0; i < 3; i++ {
		total += i
	}
	j := 0
	for j < 3 {
		j++
	}
	for {
		if total > 100 {
			break
		}
		total *= 2
		if total == 0 {
			total = 1
		}
	}
	for i, k := 0, 10; i < k; i, k = i+1, k-1 {
		total++
	}
	var i int
	for i = 0; i < 2; {
		i++
	}
	for ; ; i++ {
		if i > 4 {
			break
		}
	}
	return total
}

func ranges() {
	xs := []string{"a", "b"}
	for i := range xs {
		_ = i
	}
	for i, s := range xs {
		fmt.Print(i, s)
	}
	for _, s := range xs {
		_ = s
	}
	for range xs {
	}
	m := map[string]int{"x": 1}
	for k, v := range m {
		fmt.Print(k, v)
	}
	for _, r := range "héllo" {
		_ = r
	}
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		_ = v
	}
	for i := range 3 {
		_ = i
	}
	var k string
	var v int
	for k, v = range m {
	}
	_, _ = k, v
	for k := range maps.Keys(m) {
		_ = k
	}
	for a, b := range pairs(2) {
		fmt.Print(a, b)
	}
	for range countdown(3) {
	}
}

func countdown(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := n; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := range n {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func labels() int {
	n := 0
outer:
	for i := 0; i < 3; i++ {
	inner:
		for j := 0; j < 3; j++ {
			switch {
			case j == 1:
				continue inner
			case i == 2:
				break outer
			}
			if j == 2 {
				continue outer
			}
			n++
		}
	}
	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	goto done
done:
	return n + i
}

func main() {
	fmt.Println(classify(-1), classify(0), classify(4), classify(7), loops(), labels())
	ranges()
	{
		nested := 1
		{
			nested++
		}
		_ = nested
	}
}
