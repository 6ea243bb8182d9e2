package main

type Node struct {
	val  int
	next *Node
}

func push(head *Node, v int) *Node {
	return &Node{val: v, next: head}
}

func main() { _ = push(nil, 1) }
