package main

func f(pp **int) {
	x := 7
	*pp = &x
}

func main() {
	var p *int
	f(&p)
}
