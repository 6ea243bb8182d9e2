// gc prints an expanded call as its result variable with the lowest
// precedence, (~r0).Name, (~r0) + 1; a string concatenation (OADDSTR)
// prints its operands at that precedence too: ~r0 + "x".
package main

import "fmt"

type U struct{ Name string; p *int }

func get() *U { return &U{Name: "x"} }
func val() U  { return U{Name: "y"} }
func sl() []string { return []string{"a"} }
func n() int { x := 1; return x + 1 }

func main() {
	fmt.Println(get().Name)
	fmt.Println(val().Name)
	fmt.Println(sl()[0])
	fmt.Println(n() + 1)
	fmt.Println(n())
}

func s() string { return "a" }

func concat() { fmt.Println(s() + "x", "y" + s() + s()) }
