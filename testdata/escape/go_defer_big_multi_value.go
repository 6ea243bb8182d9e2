// Multi-value go/defer arguments over 128 bytes: gc captures each by
// reference through a temporary that its reader positions at base.Pos,
// the last variable declared before the statement (or the function name;
// a type switch guard does not count).
package main

type Big struct {
	a [20]int
	p *int
}

func gbig() (Big, *int) { return Big{}, nil }
func take(b Big, p *int) {}

func r1() {
	x := 1
	_ = x
	go take(gbig())
}

func r2() {
	var y int
	_ = y
	go take(gbig())
}

func r3() {
	for i := range 3 {
		_ = i
		go take(gbig())
	}
}

func r4() {
	f := func() { z := 2; _ = z }
	f()
	defer take(gbig())
}

func r5(q int) {
	a, b := 1, 2
	_, _ = a, b
	go take(gbig())
	go take(gbig())
}

func r6() {
	if c := 3; c > 2 {
		go take(gbig())
	}
	switch v := any(1).(type) {
	case int:
		_ = v
	}
	go take(gbig())
}

func main() {}
