// want: cannot analyze range over a function yet
package main

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func sum() int {
	s := 0
	for x := range seq {
		s += x
	}
	return s
}

func main() {}
