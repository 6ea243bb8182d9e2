package main

type Stringer interface{ String() string }

type T struct{ n int }

func (t T) String() string { return "t" }

func show(s Stringer) string { return s.String() }

func f() string {
	t := T{1}
	return show(t)
}

func main() { _ = f() }
