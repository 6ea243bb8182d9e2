package main

func rngint() {
	for i := range 10 {
		_ = i
	}
}

func main() {}
