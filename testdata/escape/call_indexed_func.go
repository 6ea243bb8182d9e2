package main

var sink any

func fs() []func(*int) { return []func(*int){func(p *int) { sink = p }} }

func table(m map[string]func(int) *int) *int { return m["a"](1) }

func main() {
	x := 1
	fs()[0](&x)
	_ = table(nil)
}
