package main

var g string

func f(s string) {
	g = s
}

func h(s string) string {
	return s[1:]
}

func main() {
	f("a")
	_ = h("bc")
}
