package main

type S []int

func (s S) first() int { return s[0] }

func (s *S) push(v int) { *s = append(*s, v) }

func f() int {
	var s S
	s.push(1)
	return s.first()
}

func main() { _ = f() }
