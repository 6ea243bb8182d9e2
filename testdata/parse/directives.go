// Compiler directives that later stages read: //go:noinline and friends
// on functions, //go:build on the file, //line directives, and comments
// that are not directives (a space after // or a // go: prefix).
//go:build linux || darwin || !windows

package main

import (
	"fmt"
	_ "unsafe" // for go:linkname
)

//go:noinline
func add(a, b int) int { return a + b }

//go:nosplit
func leaf() int { return 1 }

//go:norace
//go:nocheckptr
func both(p *int) int { return *p }

// go:noinline  (not a directive: there is a space)
func notDirective() int { return 2 }

//go:uintptrescapes
func keepAlive(p uintptr) uintptr { return p }

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

//line renamed.go:100
func renamed() int { return 100 }

//line :200:5
func renamedCol() int { return 200 }

func main() {
	x := 3
	fmt.Println(add(1, 2), leaf(), both(&x), notDirective(), keepAlive(0), renamed(), renamedCol(),
		runtimeNano() > 0)
}
