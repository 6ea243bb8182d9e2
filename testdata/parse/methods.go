// Methods and interfaces: value and pointer receivers, embedding and
// promotion, interface embedding, interface satisfaction checks, method
// sets through pointers, and anonymous interfaces.
package main

import (
	"fmt"
	"io"
	"strings"
)

type Animal interface {
	Sound() string
	Name() string
}

type Walker interface {
	Animal
	Walk(steps int) (distance float64)
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	tricks []string
}

func (d *Dog) Sound() string          { return "woof" }
func (d *Dog) Walk(steps int) float64 { return float64(steps) * 0.5 }
func (d *Dog) Learn(trick string)     { d.tricks = append(d.tricks, trick) }

type Cat struct{ *Base }

func (Cat) Sound() string { return "meow" }

var (
	_ Walker       = (*Dog)(nil)
	_ Animal       = Cat{}
	_ io.Reader    = (*strings.Reader)(nil)
	_ fmt.Stringer = counter(0)
)

type counter int

func (c counter) String() string { return fmt.Sprintf("#%d", int(c)) }

func (c *counter) Incr() *counter {
	*c++
	return c
}

type ReadWriter interface {
	io.Reader
	io.Writer
}

type buffer struct{ strings.Builder }

func (b *buffer) Read(p []byte) (int, error) { return 0, io.EOF }

func speak(as ...Animal) string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name()+": "+a.Sound())
	}
	return strings.Join(out, ", ")
}

func describe(x interface {
	Name() string
}) string {
	return x.Name()
}

func main() {
	d := &Dog{Base: Base{"rex"}}
	d.Learn("sit")
	c := Cat{&Base{name: "tom"}}
	fmt.Println(speak(d, c), d.Walk(4), d.name, d.Base.Name(), describe(c))
	var n counter
	n.Incr().Incr()
	fmt.Println(n, n.String())
	var rw ReadWriter = &buffer{}
	fmt.Fprintf(rw, "x=%d", 1)
	fmt.Println(rw.(*buffer).String())
	var w Walker = d
	if a, ok := w.(Animal); ok {
		fmt.Println(a.Sound())
	}
}
