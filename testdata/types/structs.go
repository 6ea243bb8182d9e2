package main

type Padded struct {
	A bool
	B int64
	C bool
}

type Tight struct {
	B int64
	A bool
	C bool
}

type Empty struct{}

type TrailingZero struct {
	N int32
	Z struct{}
}

type LeadingZero struct {
	Z struct{}
	N int32
}

type OnlyZero struct {
	A struct{}
	B [0]int
}

type ZeroArrayEnd struct {
	P *int
	A [0]int64
}

type Nested struct {
	P Padded
	T Tight
	x byte
}

type Mixed struct {
	a byte
	c complex64
	b byte
	d complex128
	e int16
}

type Tagged struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

type WithSlices struct {
	S []int
	M map[string]int
	C chan bool
	F func(int) string
	I interface{ M() }
	P *Padded
	A [3]int16
}

func main() {}
