package main

// A chain of defined types declared by names that ends at a struct type
// still being declared when the chain is met (its field mentions the
// chain's head): every link has the struct as its underlying type.

type list struct {
	next *link1
	val  int
}

type link1 link2
type link2 link3
type link3 list

var sink *link1

func build(n int) *link1 {
	head := &link1{}
	for i := 0; i < n; i++ {
		head = &link1{next: head, val: i}
	}
	return head
}

func local() int {
	l := &list{next: &link1{val: 1}}
	return l.next.val
}

func main() {
	sink = build(3)
	_ = local()
}
