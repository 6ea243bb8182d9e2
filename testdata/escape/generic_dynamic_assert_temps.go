package main

// In a shape instance a type assertion to a shaped type is gc's
// DYNAMICDOTTYPE, which its printer shows as <node DYNAMICDOTTYPE>; and
// the instance's dictionary is a parameter, so its temporaries are
// numbered one later than in a plain function (.autotmp_4, not _3).

var temp, temp1 any
var ch any

type box[T any] struct{}

func (b box[T]) next() bool {
	var ok bool
	temp1 = <-ch.(chan T)
	temp, ok = <-ch.(chan T)
	return ok
}

func assert[T any](x any) bool {
	var ok bool
	temp, ok = x.(T)
	return ok
}

func lookup[T any](m map[int]T) bool {
	k := 1
	var ok bool
	temp, ok = m[k]
	return ok
}

func plain() bool {
	var ok bool
	temp, ok = <-ch.(chan int)
	return ok
}

func main() {
	c := make(chan int, 2)
	c <- 1
	c <- 2
	ch = c
	box[int]{}.next()
	assert[int](1)
	lookup[int](nil)
	c <- 3
	plain()
}
