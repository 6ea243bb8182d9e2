package main

// T(nil) is gc's nil of type T: it costs as nil alone, no conversion.

type T struct{ x int }

var sink any

func n1() error          { return error(nil) }
func n2() []int          { return []int(nil) }
func n3() *T             { return (*T)(nil) }
func n4() map[int]int    { return map[int]int(nil) }
func n5() any            { return any(nil) }
func n6()                { sink = error(nil) }
func n7() func()         { return (func())(nil) }
func n8() (error, error) { return error(nil), nil }

func main() {
	_ = n1()
	_ = n2()
	_ = n3()
	_ = n4()
	_ = n5()
	n6()
	_ = n7()
	_, _ = n8()
}
