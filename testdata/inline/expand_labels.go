package main

// Labels and gotos of an inlined body make loops of the caller.

func find(xs []*int, want int) *int {
	i := 0
loop:
	if i < len(xs) {
		if *xs[i] == want {
			return xs[i]
		}
		i++
		goto loop
	}
	v := want
	return &v
}

func main() {
	x := 1
	_ = find([]*int{&x}, 2)
}
