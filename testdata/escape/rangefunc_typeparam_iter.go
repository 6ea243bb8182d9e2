// An iterator of a type parameter's type: gc rewrites the loop over the
// constraint's core type.
package main

var sink any

func F[S ~func(func(int) bool)](s S) *int {
	for x := range s {
		if x > 0 {
			return &x
		}
	}
	return nil
}

func seq(yield func(int) bool) { yield(1) }

func main() { sink = F(seq) }
