package main

var sink any

func g() ([]*int, *int) { return nil, nil }
func h() ([]any, int) { return nil, 0 }
func c() ([]byte, string) { return nil, "" }
func k() (*int, *int) { return nil, nil }
func m() (map[int]int, int) { return nil, 0 }
func cx() (float64, float64) { return 0, 0 }

func a1() {
	s := append(g())
	sink = s
}

func a2() []any {
	return append(h())
}

func a3() {
	copy(c())
}

func a4() {
	println(k())
	print(k())
}

func a5() {
	delete(m())
	_ = complex(cx())
}

func a6() int {
	return min(cx2())
}

func cx2() (int, int) { return 0, 0 }

func main() {}
