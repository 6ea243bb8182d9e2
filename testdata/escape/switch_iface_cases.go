package main

type S struct{ a, b int }

func f(i any, x int, s S, p *int) int {
	switch i {
	case 1:
		return 1
	case x:
		return 2
	case s:
		return 3
	case p:
		return 4
	case "s", nil:
		return 5
	}
	return 0
}

func main() {
	_ = f(1, 2, S{}, nil)
}
