// want: inlining: cannot model the closure an inlined standard-library function returns yet
package main

// gc inlines strings.SplitSeq, knows the iterator it returns, and inlines
// that closure and the loop body into count: n and the loop's state stay
// on the stack.  goesc's model of strings has no body to follow, so -m
// must not pass off its -m -l answer (n moved to heap) as gc's.

import "strings"

func count(s string) int {
	n := 0
	for part := range strings.SplitSeq(s, ",") {
		n += len(part)
	}
	return n
}

func main() {
	println(count("a,b,c"))
}
