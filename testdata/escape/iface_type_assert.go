package main

func f(i interface{}) *int {
	return i.(*int)
}

func g(i interface{}) int {
	n, _ := i.(int)
	return n
}

func main() {
	_ = f(nil)
	_ = g(nil)
}
