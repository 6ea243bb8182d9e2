package main

func use(p *int) {}

func f() {
	x := 1
	go use(&x)
}

func main() { f() }
