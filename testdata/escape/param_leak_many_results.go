package main

func f(p *int) (a, b, c, d, e, f2, g *int) {
	return p, p, p, p, p, p, p
}

func main() {
	x := 1
	r1, r2, r3, r4, r5, r6, r7 := f(&x)
	_, _, _, _, _, _, _ = r1, r2, r3, r4, r5, r6, r7
}
