package main

func f() (err interface{}) {
	defer func() {
		err = recover()
	}()
	panic("boom")
}

func main() { _ = f() }
