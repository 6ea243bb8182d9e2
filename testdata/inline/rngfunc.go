package main

func rngfunc(f func(func(int) bool)) {
	for x := range f {
		_ = x
	}
}

func main() {}
