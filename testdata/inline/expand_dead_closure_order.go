package main

func a() {
	func() { p := new(int); _ = p }()
	g := func() { r := new(int); _ = r }
	g()
}

func b() {
	f := func() { q := new(int); _ = q }
	f()
}

func main() {
	func() { m := new(int); _ = m }()
}

func z() {
	func() { s := new(int); _ = s }()
}
