// want: cannot analyze methods of an imported generic type (the Go source of package sync/atomic was not found at /nonexistent/goroot/src/sync/atomic) yet
// env: GOROOT=/nonexistent/goroot
package main

import "sync/atomic"

func main() {
	var p atomic.Pointer[int]
	x := 1
	p.Store(&x)
	println(*p.Load())
}
