./ptr_tree_insert.go:20:6: can inline main
