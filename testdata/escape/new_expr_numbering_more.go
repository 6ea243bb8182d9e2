package main

var sink any

type T struct{ x int }

func (t T) M(a int) {}

func pair() (int, int) { return 1, 2 }
func take(a, b int) int { return a + b }

var gv = take(pair())
var gp = new(take(pair()))

func a(ch chan int, ich chan any, t T) {
	f := func(a, b int) int {
		q := new(a)
		return *q + b
	}
	_ = f
L:
	for i := 0; i < 2; i++ {
		for false {
			z := 1
			_ = z
		}
		switch 3 {
		case 1:
			w := 2
			_ = w
		case 3:
			p := new(i)
			sink = p
			continue L
		}
	}
	var i any
	select {
	case i = <-ch:
		p := new(i)
		sink = p
	case v, ok := <-ich:
		_, _ = v, ok
	}
	defer t.M(take(pair()))
	r := new(t)
	sink = r
	x, y := <-ch, 1
	sink = new(x + y)
}

func main() {}
