package main

func f() *int {
	var p *int
	for i := 0; i < 3; i++ {
		x := i
		p = &x
	}
	return p
}

func main() { _ = f() }
