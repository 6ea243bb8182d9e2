package main

func sum(s []*int) int {
	t := 0
	for _, v := range s {
		t += *v
	}
	return t
}

func main() { _ = sum(nil) }
