package main

import (
	"fmt"
	"strings"
	"time"
)

type MyInt int

func (m MyInt) Twice() int { return int(m) * 2 }

type Item0 struct{ name string }

func (i Item0) Label() string { return i.name }

func p2(m MyInt, sb *strings.Builder, d time.Duration, a *Item0) {
	fmt.Println(m.Twice())
	fmt.Println(sb.String())
	fmt.Println(d.String())
	fmt.Println(a.Label() + "x")
	fmt.Println(len(a.Label()))
	var b strings.Builder
	fmt.Println(b.Len())
}

func main() {}
