package main

type S struct{ p *int }

type Box[T any] struct{ v T }

type Pair[K, V any] struct {
	k K
	v V
}

var sink any

func F[T any](x T) {
	sink = &Pair[T, S]{}
	sink = []Pair[T, string]{}
	sink = []Box[S]{}
}

func main() {
	sink = &Box[S]{}
	sink = &Pair[int, S]{}
	sink = []*Box[S]{{}}
	F(1)
	F(S{})


}
