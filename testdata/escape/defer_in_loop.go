package main

func use(p *int) {}

func f() {
	for i := 0; i < 3; i++ {
		x := i
		defer use(&x)
	}
}

func main() { f() }
