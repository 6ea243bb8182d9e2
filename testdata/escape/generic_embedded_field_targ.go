package main

// Type arguments that are structs with embedded fields: gc's link
// strings write an embedded field's name only when it is not its type's
// own symbol (a predeclared type: main.int = int; a type renamed by an
// alias: main.myint = int), with the tag after the type.

type box[T any] struct{ v T }

type point struct{ x, y int }

type myint = int

var sink interface{}

func main() {
	sink = box[struct{ int }]{}
	sink = box[struct {
		string "tagged"
	}]{}
	sink = box[struct{ error }]{}
	sink = box[struct{ *point }]{}
	sink = box[struct{ point }]{}
	sink = box[struct{ myint }]{}
}
