package main

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg }

func f() error {
	return &myErr{"x"}
}

func main() { _ = f() }
