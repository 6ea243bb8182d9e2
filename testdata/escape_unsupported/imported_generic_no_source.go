// want: cannot analyze call of an imported generic function (the Go source of package slices was not found at /nonexistent/goroot/src/slices) yet
// env: GOROOT=/nonexistent/goroot
package main

import "slices"

func main() {
	println(slices.Index([]int{1, 2}, 2))
}
