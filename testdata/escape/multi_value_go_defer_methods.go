package main

var sink any

type T struct{ p *int }

func (T) Take(a, b any) {}

type Taker interface{ Take(a, b any) }

type E struct{ T }

func g() (int, string)          { return 1, "a" }
func g3() (T, int, string)      { return T{}, 1, "a" }
func gm() (map[any]int, int)    { return nil, 1 }

func d(i Taker, e E) {
	defer i.Take(g())
	go e.Take(g())
	T.Take(g3())
	defer T.Take(g3())
	delete(gm())
	defer delete(gm())
}

func main() {}
