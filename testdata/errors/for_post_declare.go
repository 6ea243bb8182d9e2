package main

var f = func() {
	for i := 0; i < 3; j := 1 {
		_ = i
	}
}

func main() {}
