package main

type P struct{ pairs [2]*int }

func (p *P) shift() {
	p.pairs[0] = p.pairs[1]
}

func main() {
	var p P
	p.shift()
}
