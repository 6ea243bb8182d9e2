./slice_of_pointers.go:5:6: can inline f
./slice_of_pointers.go:10:6: can inline main
./slice_of_pointers.go:10:16: inlining call to f
