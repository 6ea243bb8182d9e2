package main

func f() int { return 3 }

type T struct{ x int }

func a1() *int { return new(5) }
func a2() *int { return new(f()) }
func a3() *T   { return new(T{}) }
func a4() *T   { return new(T{x: 1}) }
func a5() **int { return new(new(3)) }
func a6(x int) *int { return new(x) }
func a7() *int { p := new(5); return p }
func a8() { new(T{}).M() }

func (t *T) M() {}

func main() {}
