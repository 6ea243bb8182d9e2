package main

type Tree struct {
	left, right *Tree
	val         int
}

func (t *Tree) insert(v int) *Tree {
	if t == nil {
		return &Tree{val: v}
	}
	if v < t.val {
		t.left = t.left.insert(v)
	} else {
		t.right = t.right.insert(v)
	}
	return t
}

func main() {
	var t *Tree
	t = t.insert(1)
	_ = t
}
