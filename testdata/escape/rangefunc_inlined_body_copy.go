// A function whose range-over-func loops are expanded where it is inlined:
// the body's closure, brought into main, is named main.nest-range1.
package main

func seq(yield func(int) bool) { yield(1) }

func two() (s int) {
	for x := range seq {
		s += x
	}
	for x := range seq {
		s -= x
	}
	return
}

func nest() (s int) {
	for x := range seq {
		for y := range seq {
			s += x * y
		}
	}
	return
}

func main() {
	f := func() int { return 1 }
	println(two(), nest(), f())
}
