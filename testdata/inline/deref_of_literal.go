package main

type C struct{ p *int }

func derefLiteral() *C {
	p := new(C)
	*p = *&C{}
	return p
}

func main() {}
