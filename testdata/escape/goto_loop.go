package main

func f() int {
	var p *int
	i := 0
loop:
	x := i
	p = &x
	i++
	if i < 3 {
		goto loop
	}
	return *p
}

func main() { _ = f() }
