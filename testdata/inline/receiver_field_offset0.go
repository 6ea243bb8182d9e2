package main

type U struct{ s *string }

func (u *U) get() *string { return u.s }

type V struct {
	u U
	w U
}

func first(v *V) *string  { return v.u.get() }
func second(v *V) *string { return v.w.get() }

func main() {}
