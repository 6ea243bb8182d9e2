package main

type Reg struct{ m map[string]*int }

func (r *Reg) add(k string, v *int) {
	r.m[k] = v
}

func main() {
	r := Reg{m: map[string]*int{}}
	x := 1
	r.add("x", &x)
}
