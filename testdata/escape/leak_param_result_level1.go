package main

func f(pp **int) *int {
	return *pp
}

func main() {
	x := 1
	p := &x
	_ = f(&p)
}
