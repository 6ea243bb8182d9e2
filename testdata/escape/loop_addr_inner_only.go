package main

func f() int {
	t := 0
	for i := 0; i < 3; i++ {
		x := i
		p := &x
		t += *p
	}
	return t
}

func main() { _ = f() }
