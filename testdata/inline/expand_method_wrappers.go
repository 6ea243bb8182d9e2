package main

type T struct{ p *int }

func (t T) Get() *int { return t.p }
func (t T) Ptr() *T   { return &t }
func (t T) Set(q *int) { t.p = q; sink = t }
func (t T) mk() *int  { return new(int) }

var sink any

type E struct {
	T
	n int
}

type Z int

func (z Z) Str() string { return "z" }
func (z *Z) Inc()       { *z++ }

func main() {}
