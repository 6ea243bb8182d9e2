package main

type T struct{ a, b int }

func f() int {
	t := T{1, 2}
	u := t
	u.a = 3
	return t.a + u.a
}

func main() { _ = f() }
