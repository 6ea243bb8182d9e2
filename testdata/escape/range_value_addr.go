package main

func f(xs []int) []*int {
	var ps []*int
	for _, v := range xs {
		ps = append(ps, &v)
	}
	return ps
}

func main() { _ = f(nil) }
