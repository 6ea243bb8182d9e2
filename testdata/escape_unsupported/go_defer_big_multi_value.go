// want: cannot analyze go/defer with a multi-value argument over 128 bytes in a package with imports yet
package main

import "fmt"

type Big struct {
	a [20]int
	p *int
}

func gbig() (Big, *int) { return Big{}, nil }
func take(b Big, p *int) {}

// gc captures the Big result by reference through a temporary positioned
// at its reader's base.Pos, which the first use of fmt.Println moved into
// fmt's source (print.go): goesc does not know where imported objects are
// declared, so it refuses.
func run() {
	x := 1
	fmt.Println(x)
	go take(gbig())
}

func main() {}
