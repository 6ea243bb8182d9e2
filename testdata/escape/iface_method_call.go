package main

type I interface{ M(*int) }

func f(i I) {
	x := 1
	i.M(&x)
}

func main() { f(nil) }
