package main

func lab() {
L:
	for {
		break L
	}
}

func main() {}
