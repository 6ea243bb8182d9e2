package main

type Base struct{ n int }
type Derived struct{ *Base }

func f() *Derived {
	return &Derived{&Base{1}}
}

func main() { _ = f() }
