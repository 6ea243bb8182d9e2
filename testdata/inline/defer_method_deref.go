package main

func d10(p *T) { defer p.N() }

type T struct{ a int }

func (t T) N() int { return t.a }

func main() {}
