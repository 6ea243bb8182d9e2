package main

func f(ppp ***int) *int {
	return **ppp
}

func main() {
	x := 1
	p := &x
	pp := &p
	_ = f(&pp)
}
