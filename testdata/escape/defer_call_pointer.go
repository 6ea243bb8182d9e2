package main

func use(p *int) {}

func f() {
	x := 1
	defer use(&x)
}

func main() { f() }
