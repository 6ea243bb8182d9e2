package main

type Handler func(w int, r string) (int, error)

type Pair struct {
	K string
	V int
}

func Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func Swap(a, b string) (string, string) { return b, a }

func Named() (n int, err error) { return }

var handlers = map[string]Handler{}

var table = [...]Pair{{"a", 1}, {"b", 2}, {"c", 3}}

var ch = make(chan<- Pair, 4)

var recv <-chan []byte

var fn = func(p *Pair) bool { return p.V > 0 }

func main() {}
