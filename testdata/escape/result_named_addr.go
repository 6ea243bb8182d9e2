package main

func f() (r int) {
	p := &r
	*p = 3
	return
}

func g() (r int, q *int) {
	q = &r
	return
}

func main() {
	_ = f()
	_, _ = g()
}
