// gc's writer drops the branch a constant condition never takes, with
// the func literals in it: they are neither named nor costed, and the
// literals after them are numbered as if they were not there.
package main

import "unsafe"

const ptrSize = unsafe.Sizeof((*byte)(nil))

var sink func() int

func run(f func() int) int { return f() }

func main() {
	n := 1
	sink = func() int { return n }
	if ptrSize == 8 {
		sink = func() int { return n + 8 }
	} else {
		sink = func() int { return n + 4 }
	}
	if false {
		sink = func() int { return 0 }
	}
	sink = func() int { return n * 2 }
	_ = run(func() int { return 3 })
}
