package main

func switchConstant(p func(string)) {
	const c = 1
	switch c {
	case 0:
		p("zero")
	case 1:
		p("one")
	default:
		p("other")
	}
}

func main() {}
