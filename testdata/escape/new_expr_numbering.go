package main

var sink any

func g() (int, int) { return 1, 2 }
func h(a, b int) int { return a + b }
func use(a ...int) {}

type I interface{ M() }

func getI() I { return nil }

func a(x any, m map[int]int, ch chan int) int {
	switch v := x.(type) {
	case int:
		sink = new(v)
	case string:
		sink = new(v)
	default:
		_ = v
	}
	v, ok := m[1]
	sink = new(v)
	_ = ok
	select {
	case y := <-ch:
		sink = new(y)
	case y, ok := <-ch:
		sink = new(y)
		_ = ok
	}
	for i, e := range m {
		sink = new(i + e)
	}
	sink = new(h(g()))
	getI().M()
	defer use(x.(int), 2)
	sink = new(3)
	if false {
		z := 1
		sink = new(z)
	}
	sink = new(4)
	return 1
	w := 5
	sink = new(w)
	return 2
}

func b() (int, int) {
	p := new(1)
	sink = p
	return g()
}

func c() (int, int) {
	if true {
		return g()
	}
	p := new(1)
	sink = p
	return 0, 0
}

func main() {}
