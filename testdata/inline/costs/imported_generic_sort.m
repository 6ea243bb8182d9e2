./imported_generic_sort.go:12:6: can inline main
./imported_generic_sort.go:8:13: inlining call to slices.Sort[go.shape.[]int,go.shape.int]
