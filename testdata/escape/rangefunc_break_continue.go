package main

var sink any

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func brk() {
	for x := range seq {
		if x > 1 {
			break
		}
		p := new(x)
		sink = p
	}
}

func cont() {
	for x := range seq {
		if x == 0 {
			continue
		}
		q := new(x)
		sink = q
		switch x {
		case 2:
			break
		default:
			continue
		}
	}
}

func dead() {
	for x := range seq {
		break
		r := new(x)
		sink = r
	}
}

func deadcont(xs []int) {
	for x := range seq {
		for range xs {
			continue
		}
		continue
		r := new(x)
		sink = r
	}
}

func main() {}
