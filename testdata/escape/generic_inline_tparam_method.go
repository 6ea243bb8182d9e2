package main

// A method of a type parameter is called through the dictionary,
// (func(go.shape.int) string)(&.dict[0])(x): 5 for the function, and a
// call gc does not inline (57).

type Namer interface{ Name() string }

type ID int

func (ID) Name() string { return "id" }

func NameOf[T Namer](x T) string { return x.Name() }

func main() {
	_ = NameOf(ID(1))
}
