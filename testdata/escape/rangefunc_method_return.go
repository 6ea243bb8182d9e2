package main

type List struct{ items []*int }

func (l *List) All(yield func(*int) bool) {
	for _, p := range l.items {
		if !yield(p) {
			return
		}
	}
}

// A method that returns from a loop over another method's iterator.
func (l *List) First(n int) *int {
	for p := range l.All {
		if *p == n {
			return p
		}
	}
	return nil
}

// The receiver flows to the result through the body.
func (l *List) Self() *List {
	for range l.All {
		return l
	}
	return nil
}

func main() {}
