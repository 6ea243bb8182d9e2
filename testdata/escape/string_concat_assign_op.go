package main

func f(xs []string) string {
	s := ""
	for _, x := range xs {
		s += x
	}
	return s
}

func main() { _ = f(nil) }
