package main

type T struct{ n int }

func (t *T) close() {}

func f() {
	var t T
	defer t.close()
}

func main() { f() }
