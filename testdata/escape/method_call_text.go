package main

import "fmt"

type Item0 struct{ name string }

func (i Item0) Label() string   { return i.name }
func (i *Item0) PLabel() string { return i.name }

type Outer struct{ Item0 }
type OuterP struct{ *Item0 }

type Lab interface{ Label() string }

func p1(a *Item0, v Item0, o Outer, op *Outer, oq OuterP, l Lab) {
	fmt.Println(a.Label())
	fmt.Println(v.Label())
	fmt.Println(a.PLabel())
	fmt.Println(v.PLabel())
	fmt.Println(o.Label())
	fmt.Println(op.Label())
	fmt.Println(o.PLabel())
	fmt.Println(oq.Label())
	fmt.Println(oq.PLabel())
	fmt.Println(l.Label())
	fmt.Println(Item0.Label(v))
	fmt.Println((*Item0).Label(a))
	fmt.Println((*a).Label())
	fmt.Println(mk().Label())
	fmt.Println(mkp().Label())
	fmt.Println(op.Item0.Label())
}

func mk() Item0   { return Item0{} }
func mkp() *Item0 { return nil }

func main() {}
