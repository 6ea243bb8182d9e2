package main

var hook func(*int)

func f() {
	x := 1
	hook(&x)
}

func main() {
	hook = func(*int) {}
	f()
}
