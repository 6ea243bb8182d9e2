package main

// The methods of generic types that nothing calls come last in gc's list
// of functions, in the order its reader meets their types.  Types only
// implied by expressions (the result of Some[int]()) are modeled when
// each is first met in a body of its own (the last declared body is read
// first: Result's methods before Option[string]'s before Option[int]'s),
// the methods of one type in reverse declaration order.  Two implied
// types first met in one body are still refused (gc meets them in the
// reverse order, a rule not modeled yet).

var sink any

type Option[T any] struct{ val T }

func (o Option[T]) String() string { sink = o.val; return "" }
func (o Option[T]) Get() T         { sink = &o; return o.val }

func Some[T any](val T) Option[T] { return Option[T]{val: val} }

type Result[T any] struct{ val T }

func (r Result[T]) String() string { sink = r.val; return "" }

func Ok[T any](val T) Result[T] { return Result[T]{val: val} }

func useOption() {
	a := Some[int](1)
	sink = a
}

func useOther() {
	b := Some[string]("s")
	sink = b
}

func useResult() {
	x := Ok[int](1)
	sink = x
}

func main() {
	useOption()
	useOther()
	useResult()
}
