package main

func gt() {
	goto L
L:
}

func main() {}
